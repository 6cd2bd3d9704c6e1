"""Site d_police: Laravel/Bootstrap 5 build of a provincial police station (สภ.), police ITA numbering.

Semantic <header>/<nav>/<main>/<footer>, offcanvas mega-menu, /ita/2568 hub linking Google Drive
and Facebook, monthly procurement pages with "ไม่มีการจัดซื้อจัดจ้าง".
"""

from make_blind import calendar_table, doc, page

SITE = "d_police"
BASE = "https://khaoyoi.phetchaburi.police.go.th/"

NAV = [
    ("หน้าแรก", ""),
    ("ประวัติสถานี", "about/history"),
    ("อำนาจหน้าที่", "about/mission"),
    ("โครงสร้างหน่วยงาน", "about/structure"),
    ("ข้อมูลผู้บริหาร อัตรากำลัง และพื้นที่รับผิดชอบ", "about/o2"),
    ("ข่าวประชาสัมพันธ์", "news"),
    ("แผนปฏิบัติราชการ", "plan"),
    ("จัดซื้อจัดจ้าง", "procurement"),
    ("คู่มือการปฏิบัติงาน", "manual/staff"),
    ("คู่มือประชาชน", "manual/people"),
    ("สถิติการให้บริการ", "stats"),
    ("แจ้งความออนไลน์", "https://thaipoliceonline.go.th/"),
    ("ร้องเรียน/ร้องทุกข์", "complaint"),
    ("สถิติเรื่องร้องเรียน", "complaint/stats"),
    ("No Gift Policy", "nogift"),
    ("ITA 2568", "ita/2568"),
    ("ITA 2569", "ita/2569"),
    ("ติดต่อเรา", "contact"),
]


def href(v: str) -> str:
    return v if v.startswith("http") else BASE + v


def tpl(title: str, body: str) -> str:
    links = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{href(v)}">{t}</a></li>' for t, v in NAV
    )
    return f"""<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Yv3kQd1m2x"><title>{title}</title><link href="{BASE}build/assets/app-4f2a9c.css" rel="stylesheet"></head>
<body><header class="bg-navy text-white py-2"><div class="container d-flex justify-content-between">
<div><img src="{BASE}images/logo-police.png" alt=""> <strong>สถานีตำรวจภูธรเขาย้อย</strong> ตำรวจภูธรจังหวัดเพชรบุรี</div>
<div id="realtime-clock" data-format="th">พฤหัสบดี 14 พ.ค. 2569 10:21:45</div></div></header>
<nav class="navbar navbar-dark bg-dark"><div class="container"><button class="navbar-toggler" data-bs-toggle="offcanvas" data-bs-target="#menu">เมนู</button>
<div class="offcanvas offcanvas-start" id="menu"><div class="offcanvas-body"><ul class="navbar-nav">{links}</ul></div></div></div></nav>
<div class="container my-4"><div class="row"><main class="col-lg-8">{body}</main>
<aside class="col-lg-4"><div class="card mb-3"><div class="card-header">ปฏิทิน</div><div class="card-body">{calendar_table()}</div></div>
<div class="card mb-3"><div class="card-header">สายด่วน</div><div class="card-body">เหตุด่วนเหตุร้าย 191<br>สายด่วน สภ.เขาย้อย 032-561-191</div></div>
<div class="card"><div class="card-header">ผู้เข้าชม</div><div class="card-body">วันนี้ 64 | ทั้งหมด 88,120</div></div></aside></div></div>
<footer class="bg-navy text-white py-3"><div class="container">สถานีตำรวจภูธรเขาย้อย ถนนเพชรเกษม ตำบลเขาย้อย อำเภอเขาย้อย จังหวัดเพชรบุรี 76140
โทร. 032-561-191 | &copy; 2026 Khao Yoi Police Station. Built with Laravel.</div></footer>
<script src="{BASE}build/assets/app-81c3d1.js"></script></body></html>"""


def build() -> None:
    build_extra()
    DRIVE = "https://drive.google.com/file/d/"
    rows = [
        (
            "O1",
            "โครงสร้างหน่วยงาน",
            DRIVE + "1aO1structureKhaoyoi/view?usp=sharing",
            "โครงสร้าง สภ.เขาย้อย",
        ),
        ("O2", "ข้อมูลผู้บริหาร อัตรากำลังและพื้นที่รับผิดชอบ", BASE + "about/o2", "คลิกเพื่อดูข้อมูล"),
        ("O3", "อำนาจหน้าที่", BASE + "about/mission", "คลิกเพื่อดูข้อมูล"),
        ("O4", "ข่าวประชาสัมพันธ์", "https://www.facebook.com/khaoyoipolice", "Facebook สภ.เขาย้อย"),
        (
            "O6",
            "แผนปฏิบัติราชการประจำปี",
            DRIVE + "1bO6planKhaoyoi2568/view",
            "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568 สภ.เขาย้อย",
        ),
        ("O10", "คู่มือการปฏิบัติงาน", BASE + "manual/staff", "คลิกเพื่อดูข้อมูล"),
        ("O15", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", BASE + "procurement/2569/03", "มีนาคม 2569"),
        ("O19", "ช่องทางแจ้งเรื่องร้องเรียน", "https://www.nacc.go.th/wbs", "แจ้งเบาะแสการทุจริต (ป.ป.ช.)"),
        ("O20", "ข้อมูลเชิงสถิติเรื่องร้องเรียน", BASE + "complaint/stats", "คลิกเพื่อดูข้อมูล"),
        ("O22", "ประกาศเจตนารมณ์ No Gift Policy", BASE + "nogift", "คลิกเพื่อดูข้อมูล"),
    ]
    trs = "".join(
        f'<tr><th scope="row">{o}</th><td>{t}</td><td><a href="{h}" target="_blank" rel="noopener">{lt}</a></td></tr>'
        for o, t, h, lt in rows
    )
    page(
        SITE,
        "d_ita2568",
        BASE + "ita/2568",
        tpl(
            "ITA 2568 | สภ.เขาย้อย",
            f"""
<h1 class="h3">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568</h1>
<table class="table table-hover"><thead><tr><th>ข้อ</th><th>ตัวชี้วัด</th><th>ลิงก์</th></tr></thead><tbody>{trs}</tbody></table>""",
        ),
        note="police ITA hub with Drive/Facebook/NACC links",
    )

    page(
        SITE,
        "d_o2",
        BASE + "about/o2",
        tpl(
            "ข้อมูลผู้บริหาร | สภ.เขาย้อย",
            """
<h1 class="h3">ข้อมูลผู้บริหาร อัตรากำลัง และพื้นที่รับผิดชอบ</h1>
<div class="row text-center"><div class="col-12"><img src="/storage/exec/1.jpg" class="rounded-circle"><h5>พ.ต.อ.ประเสริฐ ศักดิ์ดี</h5><p>ผู้กำกับการสถานีตำรวจภูธรเขาย้อย<br>โทร. 08-1944-5566</p></div>
<div class="col-4"><h6>พ.ต.ท.สุรชัย มีทรัพย์</h6><p>รองผู้กำกับการป้องกันปราบปราม</p></div>
<div class="col-4"><h6>พ.ต.ท.อนุชา กล้าหาญ</h6><p>รองผู้กำกับการสอบสวน</p></div>
<div class="col-4"><h6>พ.ต.ต.วีระ ทองคำ</h6><p>สารวัตรสืบสวน</p></div></div>
<h5>อัตรากำลัง</h5><table class="table table-sm"><tr><td>สัญญาบัตร</td><td>21 นาย</td></tr><tr><td>ประทวน</td><td>68 นาย</td></tr><tr><td>รวม</td><td>89 นาย</td></tr></table>
<h5>พื้นที่รับผิดชอบ</h5><p>8 ตำบล 71 หมู่บ้าน ได้แก่ ตำบลเขาย้อย หนองปรง ทับคาง หนองปลาไหล หนองชุมพล ห้วยท่าช้าง บางเค็ม หนองชุมพลเหนือ พื้นที่ประมาณ 365 ตารางกิโลเมตร</p>""",
        ),
        with_=["5.1/executives"],
        ignore=["5.1/structure"],
        note="police O2 wording",
    )

    page(
        SITE,
        "d_o15_mar",
        BASE + "procurement/2569/03",
        tpl(
            "จัดซื้อจัดจ้าง | สภ.เขาย้อย",
            """
<h1 class="h3">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน มีนาคม 2569</h1>
<p>สถานีตำรวจภูธรเขาย้อย</p>
<div class="alert alert-info">ในเดือนมีนาคม 2569 สถานีตำรวจภูธรเขาย้อย ไม่มีการจัดซื้อจัดจ้าง</div>
<p>ข้อมูล ณ วันที่ 14 พฤษภาคม 2569</p>""",
        ),
        with_=["5.7/summary"],
        note="'no procurement this month' statement is evidence; server-date stamp",
    )

    page(
        SITE,
        "d_news",
        BASE + "news/345",
        tpl(
            "ข่าวประชาสัมพันธ์ | สภ.เขาย้อย",
            """
<article><h1 class="h3">สภ.เขาย้อย ตั้งจุดตรวจจุดสกัด ลดอุบัติเหตุช่วงเทศกาลสงกรานต์ 2569</h1>
<p class="text-muted"><i class="bi bi-calendar"></i> 12 เม.ย. 69 · <i class="bi bi-eye"></i> 233</p>
<p>พ.ต.อ.ประเสริฐ ศักดิ์ดี ผกก.สภ.เขาย้อย สั่งการให้เจ้าหน้าที่ตำรวจร่วมกับฝ่ายปกครอง อปพร. และอาสาสมัครมูลนิธิ ตั้งจุดตรวจบริเวณถนนเพชรเกษม
กม.ที่ 135 เพื่ออำนวยความสะดวกด้านการจราจรแก่ประชาชนที่เดินทางกลับภูมิลำเนา ในช่วง 7 วันอันตราย ระหว่างวันที่ 11-17 เมษายน 2569
พร้อมรณรงค์สวมหมวกนิรภัยและไม่ดื่มแล้วขับ</p><img src="/storage/news/345/1.jpg" class="img-fluid"></article>""",
        ),
        with_=["5.2"],
    )

    page(
        SITE,
        "d_contact",
        BASE + "contact",
        tpl(
            "ติดต่อเรา | สภ.เขาย้อย",
            """
<h1 class="h3">ติดต่อสถานีตำรวจภูธรเขาย้อย</h1>
<dl class="row"><dt class="col-3">ที่อยู่</dt><dd class="col-9">ถนนเพชรเกษม ตำบลเขาย้อย อำเภอเขาย้อย จังหวัดเพชรบุรี 76140</dd>
<dt class="col-3">โทรศัพท์</dt><dd class="col-9">032-561-191, 032-561-192 (ร้อยเวร)</dd><dt class="col-3">อีเมล</dt><dd class="col-9">khaoyoi.pb@police.go.th</dd>
<dt class="col-3">Facebook</dt><dd class="col-9"><a href="https://www.facebook.com/khaoyoipolice">สภ.เขาย้อย</a></dd></dl>
<div class="ratio ratio-16x9"><iframe src="https://www.google.com/maps/embed?pb=!1m14!khaoyoi"></iframe></div>""",
        ),
        with_=["5.1/contact"],
    )

    page(
        SITE,
        "d_complaint_stats",
        BASE + "complaint/stats",
        tpl(
            "สถิติเรื่องร้องเรียน | สภ.เขาย้อย",
            """
<h1 class="h3">ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2569</h1>
<table class="table table-bordered text-center"><thead><tr><th>ช่วงเวลา</th><th>จำนวนเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr></thead>
<tbody><tr><td>ไตรมาสที่ 1 (ต.ค. - ธ.ค. 68)</td><td>0</td><td>0</td><td>0</td></tr><tr><td>ไตรมาสที่ 2 (ม.ค. - มี.ค. 69)</td><td>0</td><td>0</td><td>0</td></tr></tbody></table>
<p class="fw-bold">หมายเหตุ: ในรอบ 6 เดือนแรกของปีงบประมาณ พ.ศ. 2569 ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</p>""",
        ),
        with_=["5.11"],
    )

    page(
        SITE,
        "d_nogift",
        BASE + "nogift",
        tpl(
            "No Gift Policy | สภ.เขาย้อย",
            """
<h1 class="h3">ประกาศเจตนารมณ์ นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)</h1>
<p>สถานีตำรวจภูธรเขาย้อย ขอประกาศเจตนารมณ์ให้ผู้บังคับบัญชา และข้าราชการตำรวจทุกนาย ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่
ในทุกโอกาส เพื่อเสริมสร้างวัฒนธรรมองค์กรที่โปร่งใส ปราศจากการทุจริต</p><p>ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2568<br>พ.ต.อ.ประเสริฐ ศักดิ์ดี ผกก.สภ.เขาย้อย</p>""",
        ),
        ignore=["5.3"],
        note="No Gift declaration signed by the chief: the ITA 2566+ stand-in for 5.3, ambiguous",
    )

    page(
        SITE,
        "d_manual",
        BASE + "manual/staff",
        tpl(
            "คู่มือการปฏิบัติงาน | สภ.เขาย้อย",
            f"""
<h1 class="h3">คู่มือการปฏิบัติงาน</h1><ul class="list-group">
<li class="list-group-item"><a href="{BASE}storage/manual/complaint-intake.pdf">คู่มือการปฏิบัติงานการรับแจ้งความร้องทุกข์ของพนักงานสอบสวน</a></li>
<li class="list-group-item"><a href="{BASE}storage/manual/traffic.pdf">คู่มือการปฏิบัติงานจราจร ตั้งจุดตรวจ จุดสกัด</a></li>
<li class="list-group-item"><a href="{BASE}storage/manual/patrol.pdf">มาตรฐานการปฏิบัติงานสายตรวจ (SOP)</a></li></ul>
<iframe src="{BASE}storage/manual/complaint-intake.pdf" width="100%" height="600"></iframe>""",
        ),
        with_=["5.8"],
        ignore=["5.11"],
    )

    page(
        SITE,
        "d_mission",
        BASE + "about/mission",
        tpl(
            "อำนาจหน้าที่ | สภ.เขาย้อย",
            """
<h1 class="h3">อำนาจหน้าที่</h1><p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานตำรวจแห่งชาติ สถานีตำรวจมีอำนาจหน้าที่ ดังนี้</p>
<ol><li>รักษาความสงบเรียบร้อย ความปลอดภัยของประชาชน และความมั่นคงของราชอาณาจักร</li><li>ป้องกันและปราบปรามการกระทำความผิดทางอาญา</li>
<li>ดำเนินการเกี่ยวกับการสอบสวนคดีอาญาตามประมวลกฎหมายวิธีพิจารณาความอาญา</li><li>อำนวยความสะดวกด้านการจราจร</li>
<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้อง</li></ol>""",
        ),
        with_=["5.1/authority"],
    )

    doc(
        SITE,
        "d_d_o1",
        DRIVE + "1aO1structureKhaoyoi/view?usp=sharing",
        "offsite",
        ["5.1/structure"],
        note="Drive image of the org chart",
    )
    doc(SITE, "d_d_o6", DRIVE + "1bO6planKhaoyoi2568/view", "offsite", ["5.4"])
    doc(
        SITE,
        "d_d_fb",
        "https://www.facebook.com/khaoyoipolice",
        "offsite",
        [],
        ignore=["5.2", "5.10"],
        note="Facebook page linked as O4 news: ambiguous",
    )
    doc(
        SITE,
        "d_d_wbs",
        "https://www.nacc.go.th/wbs",
        "offsite",
        ["5.11"],
        note="NACC whistle-blowing system linked as complaint channel",
    )
    doc(
        SITE,
        "d_d_intake",
        BASE + "storage/manual/complaint-intake.pdf",
        "pdf",
        ["5.8"],
        ignore=["5.11"],
        note="operating manual for taking criminal complaints: 'ร้องทุกข์' here is the criminal-law term",
    )


def build_extra() -> None:
    page(
        SITE,
        "d_ita2569",
        BASE + "ita/2569",
        tpl(
            "ITA 2569 | สภ.เขาย้อย",
            """
<h1 class="h3">ITA ประจำปีงบประมาณ พ.ศ. 2569</h1><div class="alert alert-warning">อยู่ระหว่างดำเนินการปรับปรุงข้อมูล</div>""",
        ),
        note="under construction page",
    )
