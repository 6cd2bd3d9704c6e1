"""Site a_abt: webabt-like PHP CMS of a sub-district administrative organisation (อบต.).

Table layout, base64 `?_mod=` URLs, left <td> mega-menu, right sidebar with calendar,
poll and counter, ITA 2564-style hub (O1-O43) whose rows mostly say only "คลิก".
"""

from make_blind import b64, calendar_table, doc, page

SITE = "a_abt"
BASE = "http://www.nongbuadaeng.go.th/"


def u(mod: str, type_: str | None = None, id_: str | None = None) -> str:
    q = f"index.php?_mod={b64(mod)}"
    if type_:
        q += f"&type={b64(type_)}"
    if id_:
        q += f"&id={id_}"
    return BASE + q


MENU = [
    (
        "ข้อมูลพื้นฐาน",
        [
            ("ประวัติความเป็นมา", u("content", "1")),
            ("วิสัยทัศน์ / พันธกิจ", u("content", "2")),
            ("สภาพทั่วไปและข้อมูลพื้นฐาน", u("content", "3")),
            ("อำนาจหน้าที่", u("content", "4")),
            ("ผลิตภัณฑ์ OTOP", u("otop")),
        ],
    ),
    (
        "บุคลากร",
        [
            ("คณะผู้บริหาร", u("head", "1")),
            ("สมาชิกสภา อบต.", u("head", "2")),
            ("โครงสร้างส่วนราชการ", u("content", "5")),
            ("สำนักปลัด", u("head", "3")),
            ("กองคลัง", u("head", "4")),
            ("กองช่าง", u("head", "5")),
        ],
    ),
    (
        "แผนงาน",
        [
            ("แผนพัฒนาท้องถิ่น", u("files", "10")),
            ("แผนการดำเนินงาน", u("files", "11")),
            ("รายงานการติดตามและประเมินผลแผน", u("files", "12")),
            ("ข้อบัญญัติงบประมาณรายจ่าย", u("files", "13")),
            ("รายงานผลการดำเนินงานประจำปี", u("files", "14")),
        ],
    ),
    (
        "ข่าวสาร",
        [
            ("ข่าวประชาสัมพันธ์", u("news", "1")),
            ("ภาพกิจกรรม", u("gallery")),
            ("ประกาศจัดซื้อจัดจ้าง", u("purchase", "1")),
            ("ผลการจัดซื้อจัดจ้าง / สขร.1", u("purchase", "2")),
            ("แผนการจัดหาพัสดุ", u("purchase", "3")),
            ("ประกาศรับสมัครงาน", u("news", "4")),
        ],
    ),
    (
        "เอกสาร / คู่มือ",
        [
            ("คู่มือการปฏิบัติงาน", u("files", "20")),
            ("คู่มือสำหรับประชาชน", u("files", "21")),
            ("กฎหมายที่เกี่ยวข้อง", u("files", "22")),
            ("แบบฟอร์มดาวน์โหลด", u("files", "23")),
        ],
    ),
    (
        "การมีส่วนร่วม",
        [
            ("ช่องทางการรับฟังความคิดเห็นของประชาชน", u("people_opinion_2021")),
            ("กระดานข่าว ถาม-ตอบ", u("webboard")),
            ("สายด่วนผู้บริหาร", u("hotline")),
            ("ร้องเรียนการทุจริตและประพฤติมิชอบ", u("complain", "2")),
            ("เจตจำนงสุจริตของผู้บริหาร", u("files", "30")),
        ],
    ),
    (
        "ITA",
        [
            ("ITA ประจำปี 2569", u("ita", "2569")),
            ("ITA ประจำปี 2564", u("configita_2564")),
            ("ศูนย์ข้อมูลข่าวสาร", u("infocenter")),
            ("ติดต่อเรา", u("contact")),
        ],
    ),
]


def menu_html() -> str:
    rows = []
    for head, links in MENU:
        rows.append(
            f'<tr><td class="menuhead" bgcolor="#2E7D32"><font color="#FFFFFF"><b>{head}</b></font></td></tr>'
        )
        for text, href in links:
            rows.append(f'<tr><td class="menu">&raquo; <a href="{href}">{text}</a></td></tr>')
    return (
        '<table width="100%" border="0" cellspacing="1" cellpadding="3">'
        + "".join(rows)
        + "</table>"
    )


SIDEBAR = f"""
<table width="100%" border="0"><tr><td class="boxhead">ปฏิทินกิจกรรม</td></tr>
<tr><td>{calendar_table()}</td></tr>
<tr><td class="boxhead">แบบสำรวจความคิดเห็น</td></tr>
<tr><td><form action="{u("poll", "vote")}" method="post">ท่านพึงพอใจต่อเว็บไซต์ อบต. หรือไม่<br>
<input type="radio" name="p" value="1"> พึงพอใจมาก<br><input type="radio" name="p" value="2"> พึงพอใจ<br>
<input type="radio" name="p" value="3"> ควรปรับปรุง<br><input type="submit" value="โหวต"> <a href="{u("poll", "result")}">ดูผล</a></form></td></tr>
<tr><td class="boxhead">สถิติผู้เข้าชม</td></tr>
<tr><td>วันนี้ 87<br>เมื่อวาน 143<br>เดือนนี้ 2,118<br>ทั้งหมด 498,221<br>เริ่มนับตั้งแต่ : 1 มกราคม 2555</td></tr>
<tr><td class="boxhead">ลิงก์หน่วยงาน</td></tr>
<tr><td><a href="http://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="http://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br>
<a href="https://itas.nacc.go.th/">ระบบ ITAS</a></td></tr></table>"""

FOOTER = """<table width="100%" bgcolor="#2E7D32"><tr><td align="center"><font color="#FFFFFF">
องค์การบริหารส่วนตำบลหนองบัวแดง 199 หมู่ 4 ตำบลหนองบัวแดง อำเภอหนองบัวแดง จังหวัดชัยภูมิ 36210<br>
โทรศัพท์ 0-4487-2111 โทรสาร 0-4487-2112 อีเมล saraban@nongbuadaeng.go.th<br>
Copyright &copy; 2569 All rights reserved. Powered by webabt.com</font></td></tr></table>"""


def tpl(title: str, body: str) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title><link rel="stylesheet" href="css/style.css"></head>
<body topmargin="0"><table width="1000" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="images/banner2569.jpg" width="1000" alt="อบต.หนองบัวแดง">
<table width="100%"><tr><td><div id="clock">วันพฤหัสบดีที่ 14 พฤษภาคม พ.ศ. 2569 เวลา 10:21:45 น.</div></td>
<td align="right"><a href="index.php">หน้าหลัก</a> | <a href="{u("contact")}">ติดต่อเรา</a> | <a href="{u("sitemap")}">แผนผังเว็บไซต์</a></td></tr></table>
<marquee scrollamount="3">ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลหนองบัวแดง &quot;ถนนดี น้ำพอใช้ ไฟสว่าง ประชาชนมีส่วนร่วม&quot;</marquee></td></tr>
<tr><td width="200" valign="top" bgcolor="#E8F4D8">{menu_html()}</td>
<td width="600" valign="top" style="padding:8px">{body}</td>
<td width="200" valign="top">{SIDEBAR}</td></tr>
<tr><td colspan="3">{FOOTER}</td></tr></table></body></html>"""


def build() -> None:
    build_extra()
    news = [
        (
            "1882",
            "15 พ.ค. 2569",
            "อบต.หนองบัวแดง จัดโครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2569",
        ),
        ("1879", "8 พ.ค. 2569", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569 ภายในเดือนมิถุนายน"),
        ("1871", "30 เม.ย. 2569", "กิจกรรมวันท้องถิ่นไทย ร่วมทำความสะอาดถนนสายหลักหมู่ที่ 1-4"),
        ("1860", "21 เม.ย. 2569", "ขอเชิญร่วมประเพณีสงกรานต์และรดน้ำดำหัวผู้สูงอายุ ตำบลหนองบัวแดง"),
        ("1844", "2 เม.ย. 2569", "ประชาสัมพันธ์ มาตรการป้องกันโรคไข้เลือดออกในช่วงฤดูฝน"),
    ]
    home_news = "".join(
        f'<tr><td><img src="images/new.gif"> <a href="{u("news", "1", i)}">{t}</a> <font size="1">({d})</font></td></tr>'
        for i, d, t in news
    )
    dla_news = """<table width="100%"><tr><td class="boxhead">ข่าวสารจาก สถ.</td></tr>
<tr><td>&bull; <a href="http://www.dla.go.th/servlet/DocumentServlet?id=8812">กรมส่งเสริมการปกครองท้องถิ่นแจ้งแนวทางการจัดทำแผนพัฒนาท้องถิ่น</a> (12/05/2569)</td></tr>
<tr><td>&bull; <a href="http://www.dla.go.th/servlet/DocumentServlet?id=8790">ประกาศรายชื่อผู้ผ่านการคัดเลือกโครงการอบรม</a> (06/05/2569)</td></tr>
<tr><td>&bull; <a href="http://www.dla.go.th/servlet/DocumentServlet?id=8771">ข่าวประชาสัมพันธ์ สถ. การประชุมชี้แจงการจัดซื้อจัดจ้างภาครัฐ</a> (29/04/2569)</td></tr></table>"""
    page(
        SITE,
        "a_home",
        BASE + "index.php",
        tpl(
            "องค์การบริหารส่วนตำบลหนองบัวแดง อำเภอหนองบัวแดง จังหวัดชัยภูมิ",
            f"""
<table width="100%"><tr><td><img src="images/nayok.jpg" alt="นายก อบต."><br><b>นายสมพงษ์ ทองดี</b><br>นายกองค์การบริหารส่วนตำบลหนองบัวแดง<br>สายด่วนนายก 08-1234-5678</td></tr></table>
<table width="100%"><tr><td class="title">ข่าวประชาสัมพันธ์</td></tr>{home_news}
<tr><td align="right"><a href="{u("news", "1")}">อ่านทั้งหมด &gt;&gt;</a></td></tr></table>
{dla_news}
<table width="100%"><tr><td><a href="{u("otop")}"><img src="images/otop_banner.jpg" alt="สินค้า OTOP"></a>
<a href="{u("ita", "2569")}"><img src="images/ita2569.png" alt="ITA 2569"></a></td></tr></table>""",
        ),
        ignore=["5.2"],
        note="home page: latest-news widget (arguably news evidence), another agency's (DLA) news widget, banners",
    )

    page(
        SITE,
        "a_structure",
        u("content", "5"),
        tpl(
            "โครงสร้างส่วนราชการ :: อบต.หนองบัวแดง",
            """
<h3>โครงสร้างส่วนราชการ องค์การบริหารส่วนตำบลหนองบัวแดง</h3>
<p align="center"><img src="upload/structure2569.jpg" alt="แผนภูมิโครงสร้าง อบต.หนองบัวแดง"></p>
<table border="1" cellpadding="4" width="100%"><tr><th>ส่วนราชการ</th><th>งาน</th></tr>
<tr><td>ฝ่ายการเมือง</td><td>นายก อบต. / รองนายก อบต. 2 คน / เลขานุการนายก อบต. / สภา อบต.</td></tr>
<tr><td>ปลัด อบต. (นักบริหารงานท้องถิ่น ระดับกลาง)</td><td>รองปลัด อบต.</td></tr>
<tr><td>สำนักปลัด</td><td>งานบริหารทั่วไป งานนโยบายและแผน งานกฎหมายและคดี งานป้องกันและบรรเทาสาธารณภัย งานสวัสดิการสังคม</td></tr>
<tr><td>กองคลัง</td><td>งานการเงิน งานบัญชี งานพัฒนาและจัดเก็บรายได้ งานพัสดุและทรัพย์สิน</td></tr>
<tr><td>กองช่าง</td><td>งานก่อสร้าง งานออกแบบและควบคุมอาคาร งานประสานสาธารณูปโภค</td></tr>
<tr><td>กองการศึกษา ศาสนาและวัฒนธรรม</td><td>ศูนย์พัฒนาเด็กเล็ก 2 แห่ง</td></tr>
<tr><td>หน่วยตรวจสอบภายใน</td><td>-</td></tr></table>
<p>ที่มา: แผนอัตรากำลัง 3 ปี (พ.ศ. 2567-2569)</p>""",
        ),
        with_=["5.1/structure"],
    )

    page(
        SITE,
        "a_exec",
        u("head", "1"),
        tpl(
            "คณะผู้บริหาร :: อบต.หนองบัวแดง",
            """
<h3>คณะผู้บริหาร</h3>
<table width="100%" cellpadding="6"><tr><td align="center" colspan="2"><img src="upload/head/1.jpg"><br><b>นายสมพงษ์ ทองดี</b><br>นายกองค์การบริหารส่วนตำบลหนองบัวแดง<br>โทร. 08-1234-5678</td></tr>
<tr><td align="center"><img src="upload/head/2.jpg"><br><b>นายบุญมา ศรีสุข</b><br>รองนายก อบต.<br>โทร. 08-9012-3456</td>
<td align="center"><img src="upload/head/3.jpg"><br><b>นางสาวจันทร์เพ็ญ แก้วมณี</b><br>รองนายก อบต.<br>โทร. 09-2345-6789</td></tr>
<tr><td align="center"><img src="upload/head/4.jpg"><br><b>นายวิชัย พรมมา</b><br>เลขานุการนายก อบต.</td>
<td align="center"><img src="upload/head/5.jpg"><br><b>นางรัตนา บุญเรือง</b><br>ปลัดองค์การบริหารส่วนตำบล<br>โทร. 0-4487-2111 ต่อ 101</td></tr></table>""",
        ),
        with_=["5.1/executives"],
    )

    rows = "".join(
        f'<tr><td>{d}</td><td><a href="{u("news", "1", i)}">{t}</a></td><td>สำนักปลัด</td><td>{r}</td></tr>'
        for (i, d, t), r in zip(news, (54, 211, 98, 175, 301), strict=False)
    )
    page(
        SITE,
        "a_news_list",
        u("news", "1"),
        tpl(
            "ข่าวประชาสัมพันธ์ :: อบต.หนองบัวแดง",
            f"""
<table width="100%"><tr><td class="title"><img src="images/icon_news.gif"> ข่าวประชาสัมพันธ์</td></tr></table>
<table width="100%" border="0" cellpadding="3"><tr bgcolor="#DDDDDD"><th>วันที่</th><th>หัวข้อ</th><th>โดย</th><th>อ่าน</th></tr>{rows}</table>
<p>หน้า 1 <a href="{u("news", "1")}&page=2">2</a> <a href="{u("news", "1")}&page=3">3</a> ... <a href="{u("news", "1")}&page=41">41</a></p>""",
        ),
        with_=["5.2"],
    )

    page(
        SITE,
        "a_news_detail",
        u("news", "1", "1882"),
        tpl(
            "ติดต่อเรา",
            f"""
<table width="100%"><tr><td class="title">ข่าวประชาสัมพันธ์</td></tr></table>
<h3>อบต.หนองบัวแดง จัดโครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2569</h3>
<p><font size="1">วันที่ 15 พ.ค. 2569 | อ่าน 54 ครั้ง</font></p>
<p>วันที่ 13-15 พฤษภาคม 2569 องค์การบริหารส่วนตำบลหนองบัวแดง โดยงานป้องกันและบรรเทาสาธารณภัย สำนักปลัด
ได้จัดโครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรจัดตั้ง ประจำปีงบประมาณ พ.ศ. 2569
ณ หอประชุม อบต.หนองบัวแดง มีผู้เข้ารับการฝึกอบรมจำนวน 60 คน โดยได้รับเกียรติจากนายอำเภอหนองบัวแดงเป็นประธานในพิธีเปิด
และวิทยากรจากศูนย์ป้องกันและบรรเทาสาธารณภัย เขต 5 นครราชสีมา ให้ความรู้เรื่องการดับเพลิงเบื้องต้นและการปฐมพยาบาล</p>
<p><img src="upload/news/1882_1.jpg"> <img src="upload/news/1882_2.jpg"> <img src="upload/news/1882_3.jpg"></p>
<p><a href="{u("news", "1")}">&lt;&lt; ย้อนกลับ</a></p>""",
        ),
        with_=["5.2"],
        without=["5.1/contact"],
        note="template-leftover <title> 'ติดต่อเรา' on a news detail page",
    )

    purch = [
        ("ประกาศผู้ชนะการเสนอราคา", "ซื้อวัสดุก่อสร้าง จำนวน 12 รายการ โดยวิธีเฉพาะเจาะจง", "12 พ.ค. 2569"),
        (
            "ประกาศเชิญชวน",
            "ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 7 บ้านโนนสะอาด ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "7 พ.ค. 2569",
        ),
        (
            "ประกาศราคากลาง",
            "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 7 บ้านโนนสะอาด (ราคากลาง 1,452,000.00 บาท)",
            "1 พ.ค. 2569",
        ),
        (
            "ประกาศผู้ชนะการเสนอราคา",
            "จ้างเหมาซ่อมแซมรถบรรทุกน้ำอเนกประสงค์ ทะเบียน บษ 4521 ชัยภูมิ",
            "25 เม.ย. 2569",
        ),
        ("ประกาศยกเลิก", "ประกาศยกเลิกการประกวดราคาจ้างก่อสร้างรางระบายน้ำ หมู่ที่ 3", "18 เม.ย. 2569"),
    ]
    prow = "".join(
        f'<tr><td>{d}</td><td>{k}</td><td><a href="{u("purchase", "1", str(700 + n))}">{t}</a></td></tr>'
        for n, (k, t, d) in enumerate(purch)
    )
    page(
        SITE,
        "a_purchase",
        u("purchase", "1"),
        tpl(
            "ประกาศจัดซื้อจัดจ้าง :: อบต.หนองบัวแดง",
            f"""
<table width="100%"><tr><td class="title">ประกาศจัดซื้อจัดจ้าง</td></tr></table>
<table width="100%" border="1" cellpadding="3" cellspacing="0"><tr bgcolor="#DDDDDD"><th>วันที่</th><th>ประเภท</th><th>เรื่อง</th></tr>{prow}</table>""",
        ),
        with_=["5.7/announcements"],
    )

    skr = [
        (
            "1",
            "ซื้อวัสดุสำนักงาน (กองคลัง)",
            "8,450.00",
            "8,450.00",
            "เฉพาะเจาะจง",
            "ร้านเจริญพาณิชย์ / 8,450.00",
            "ร้านเจริญพาณิชย์ / 8,450.00",
            "เป็นผู้มีอาชีพขายและเสนอราคาต่ำสุด",
            "ใบสั่งซื้อ 31/2569 ลว. 4 มี.ค. 2569",
        ),
        (
            "2",
            "จ้างเหมาบริการเก็บขยะมูลฝอย ประจำเดือนมีนาคม",
            "18,000.00",
            "18,000.00",
            "เฉพาะเจาะจง",
            "นายสมบัติ ใจดี / 18,000.00",
            "นายสมบัติ ใจดี / 18,000.00",
            "ผ่านคุณสมบัติ ราคาไม่เกินวงเงิน",
            "ใบสั่งจ้าง 44/2569 ลว. 1 มี.ค. 2569",
        ),
        (
            "3",
            "ซื้ออาหารเสริม (นม) โรงเรียน",
            "96,232.80",
            "96,232.80",
            "เฉพาะเจาะจง",
            "สหกรณ์โคนมชัยภูมิ จำกัด / 96,232.80",
            "สหกรณ์โคนมชัยภูมิ จำกัด / 96,232.80",
            "ผู้ผลิตที่ อ.ส.ค. กำหนด",
            "สัญญาซื้อขาย 5/2569 ลว. 10 มี.ค. 2569",
        ),
    ]
    srow = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in skr)
    page(
        SITE,
        "a_skr_mar",
        u("purchase", "2", "311"),
        tpl(
            "ผลการจัดซื้อจัดจ้าง :: อบต.หนองบัวแดง",
            f"""
<table width="100%"><tr><td class="title">ผลการจัดซื้อจัดจ้าง / สขร.1</td></tr></table>
<h4>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มีนาคม 2569</h4>
<p>องค์การบริหารส่วนตำบลหนองบัวแดง วันที่ 5 เดือน เมษายน พ.ศ. 2569</p>
<table border="1" cellpadding="2" cellspacing="0" style="font-size:11px"><tr><th>ลำดับ</th><th>งานจัดซื้อจัดจ้าง</th><th>วงเงินงบประมาณ</th><th>ราคากลาง</th><th>วิธีซื้อ/จ้าง</th>
<th>รายชื่อผู้เสนอราคาและราคาที่เสนอ</th><th>ผู้ได้รับการคัดเลือกและราคาที่ตกลง</th><th>เหตุผลที่คัดเลือกโดยสังเขป</th><th>เลขที่และวันที่ของสัญญาหรือข้อตกลง</th></tr>{srow}</table>
<p><a href="upload/purchase/skr1_mar69.pdf"><img src="images/pdf.gif"> ดาวน์โหลด สขร.1 มีนาคม 2569</a></p>""",
        ),
        with_=["5.7/summary"],
    )

    page(
        SITE,
        "a_opinion",
        u("people_opinion_2021"),
        tpl(
            "ช่องทางการรับฟังความคิดเห็นของประชาชน",
            f"""
<table width="100%"><tr><td class="title">ช่องทางการรับฟังความคิดเห็นของประชาชน</td></tr></table>
<p>องค์การบริหารส่วนตำบลหนองบัวแดง เปิดรับฟังความคิดเห็น ข้อเสนอแนะ จากประชาชนผู้รับบริการ เพื่อนำไปปรับปรุงการให้บริการและการดำเนินงาน ท่านสามารถแสดงความคิดเห็นผ่านแบบฟอร์มด้านล่าง หรือช่องทางอื่น ดังนี้</p>
<ul><li>ตู้รับฟังความคิดเห็น ณ ที่ทำการ อบต.</li><li>โทรศัพท์ 0-4487-2111</li><li>Facebook : อบต.หนองบัวแดง</li><li>Line Official : @nongbuadaeng</li></ul>
<form method="post" action="{u("people_opinion_2021", "save")}"><table>
<tr><td>ชื่อ-สกุล</td><td><input name="name"></td></tr><tr><td>เรื่อง</td><td><input name="subject"></td></tr>
<tr><td>ความคิดเห็น/ข้อเสนอแนะ</td><td><textarea name="detail"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="ส่งความคิดเห็น"></td></tr></table></form>
<table border="1" width="100%"><tr><th>ลำดับ</th><th>เรื่อง</th><th>วันที่</th><th>สถานะ</th></tr>
<tr><td>1</td><td>ขอให้ติดตั้งไฟส่องสว่างทางเข้าหมู่บ้าน หมู่ 5</td><td>02/05/2569</td><td>ตอบแล้ว</td></tr>
<tr><td>2</td><td>เสนอให้จัดตลาดนัดชุมชนทุกวันเสาร์</td><td>20/04/2569</td><td>ตอบแล้ว</td></tr></table>""",
        ),
        with_=["5.10"],
    )

    page(
        SITE,
        "a_hotline",
        u("hotline"),
        tpl(
            "สายด่วนผู้บริหาร",
            f"""
<table width="100%"><tr><td class="title">สายด่วนผู้บริหาร</td></tr></table>
<p>ท่านสามารถแจ้งเรื่องร้องเรียน/ร้องทุกข์ ถึงผู้บริหารโดยตรงผ่านแบบฟอร์มนี้ เรื่องของท่านจะถูกส่งถึงนายก อบต. และจะได้รับการตอบกลับภายใน 15 วันทำการ</p>
<form method="post" action="{u("hotline", "send")}">
ชื่อผู้ร้องเรียน <input name="n"><br>เบอร์โทรศัพท์ <input name="t"><br>
ประเภทเรื่อง <select name="c"><option>ร้องทุกข์ทั่วไป</option><option>ร้องเรียนเจ้าหน้าที่</option><option>ไฟฟ้า ประปา ถนน</option></select><br>
รายละเอียด <textarea name="d"></textarea><br><input type="submit" value="ส่งเรื่อง"></form>
<p>หรือโทรสายตรงนายก อบต. 08-1234-5678</p>""",
        ),
        with_=["5.11"],
    )

    # ITA 2564-style hub: O1-O43, links mostly "คลิก"
    F = lambda n: BASE + f"upload/ita/2564/O{n}.pdf"  # noqa: E731
    hub_rows = [
        ("9.1", "O1", "โครงสร้าง", u("content", "5"), "คลิก"),
        ("9.1", "O2", "ข้อมูลผู้บริหาร", u("head", "1"), "คลิก"),
        ("9.1", "O3", "อำนาจหน้าที่", u("content", "4"), "คลิก"),
        ("9.1", "O4", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", u("files", "10"), "คลิก"),
        ("9.1", "O5", "ข้อมูลการติดต่อ", u("contact"), "คลิก"),
        ("9.1", "O6", "กฎหมายที่เกี่ยวข้อง", u("files", "22"), "คลิก"),
        ("9.1", "O7", "ข่าวประชาสัมพันธ์", u("news", "1"), "คลิก"),
        ("9.1", "O8", "Q&amp;A", u("webboard"), "คลิก"),
        ("9.1", "O9", "Social Network", "https://www.facebook.com/nongbuadaeng.sao", "คลิก"),
        ("9.2", "O10", "แผนดำเนินงานประจำปี", F(10), "คลิก"),
        ("9.2", "O11", "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน", F(11), "คลิก"),
        ("9.2", "O12", "รายงานผลการดำเนินงานประจำปี", F(12), "รายงานผลการดำเนินงานประจำปี 2563"),
        ("9.2", "O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", F(13), "O13 คู่มือหรือมาตรฐานการปฏิบัติงาน"),
        ("9.2", "O14", "คู่มือหรือมาตรฐานการให้บริการ", F(14), "ดาวน์โหลด"),
        ("9.3", "O21", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", F(21), "แผนการจัดหาพัสดุ ประจำปี 2564"),
        ("9.3", "O22", "ประกาศต่างๆเกี่ยวกับการจัดซื้อจัดจ้าง", u("purchase", "1"), "คลิก"),
        ("9.3", "O23", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", u("purchase", "2"), "คลิก"),
        ("9.5", "O30", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", u("hotline"), "สายด่วนผู้บริหาร"),
        (
            "9.5",
            "O31",
            "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี",
            BASE + "upload/ita/2564/O31.xlsx",
            "ข้อมูลเชิงสถิติเรื่องร้องเรียน รอบ 6 เดือน",
        ),
        ("9.5", "O32", "ช่องทางการรับฟังความคิดเห็น", u("people_opinion_2021"), "คลิก"),
        ("10.1", "O34", "เจตจำนงสุจริตของผู้บริหาร", F(34), "คลิก"),
        ("10.1", "O39", "แผนปฏิบัติการป้องกันการทุจริต", F(39), "แผนปฏิบัติการป้องกันการทุจริต 4 ปี (2565-2568)"),
    ]
    hrows = "".join(
        f'<tr><td>{g}</td><td>{o}</td><td>{t}</td><td align="center"><a href="{h}" target="_blank">{lt}</a></td></tr>'
        for g, o, t, h, lt in hub_rows
    )
    page(
        SITE,
        "a_ita2564",
        u("configita_2564"),
        tpl(
            "ITA 2564 :: อบต.หนองบัวแดง",
            f"""
<table width="100%"><tr><td class="title">การประเมินคุณธรรมและความโปร่งใสของ อปท. (ITA) 2564</td></tr></table>
<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr bgcolor="#DDDDDD"><th>ตัวชี้วัด</th><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>{hrows}</table>""",
        ),
        note="ITA hub: own text is not evidence; rows link mostly with 'คลิก'",
    )

    page(
        SITE,
        "a_otop",
        u("otop"),
        tpl(
            "ผลิตภัณฑ์ OTOP :: อบต.หนองบัวแดง",
            """
<table width="100%"><tr><td class="title">ผลิตภัณฑ์ OTOP ตำบลหนองบัวแดง</td></tr></table>
<table width="100%" cellpadding="6"><tr><td><img src="upload/otop/1.jpg"><br><b>ผ้าไหมมัดหมี่ลายนาคเกี้ยว</b><br>กลุ่มทอผ้าบ้านโนนสะอาด หมู่ 7 ราคา 1,200-3,500 บาท โทร. 08-7654-3210</td>
<td><img src="upload/otop/2.jpg"><br><b>ข้าวหอมมะลิอินทรีย์</b><br>วิสาหกิจชุมชนบ้านหนองบัว ระดับ 4 ดาว (ปี 2562)</td></tr>
<tr><td><img src="upload/otop/3.jpg"><br><b>เครื่องจักสานไม้ไผ่</b><br>กลุ่มจักสานบ้านโคกกลาง</td><td><img src="upload/otop/4.jpg"><br><b>น้ำพริกปลาร้าบอง</b><br>กลุ่มแม่บ้านเกษตรกร หมู่ 2</td></tr></table>""",
        ),
        note="OTOP product page: no item",
    )

    # documents linked from the hub
    doc(
        SITE,
        "a_d_o10",
        F(10),
        "pdf",
        ["5.4"],
        text="แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2564 องค์การบริหารส่วนตำบลหนองบัวแดง "
        "บัญชีสรุปจำนวนโครงการและงบประมาณ ยุทธศาสตร์ที่ 1 การพัฒนาโครงสร้างพื้นฐาน จำนวนโครงการ 14 งบประมาณ 4,250,000 บาท "
        "บัญชีโครงการ/กิจกรรม/งบประมาณ ระยะเวลาดำเนินการ ต.ค. 63 - ก.ย. 64",
        note="hub link text is only 'คลิก'; PDF text layer names it",
    )
    doc(
        SITE,
        "a_d_o11",
        F(11),
        "pdf",
        ["5.5"],
        note="scanned PDF, no text; only hub link text 'คลิก' (row says รายงานการกำกับติดตาม รอบ 6 เดือน)",
    )
    doc(SITE, "a_d_o12", F(12), "pdf", ["5.6"])
    doc(SITE, "a_d_o13", F(13), "pdf", ["5.8"])
    doc(
        SITE,
        "a_d_o14",
        F(14),
        "pdf",
        ["5.9"],
        text="คู่มือสำหรับประชาชน งานที่ให้บริการ การขอรับเงินเบี้ยยังชีพผู้สูงอายุ หน่วยงานที่รับผิดชอบ "
        "องค์การบริหารส่วนตำบลหนองบัวแดง ช่องทางการให้บริการ ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ รายการเอกสารหลักฐานประกอบ ค่าธรรมเนียม",
        note="hub link text 'ดาวน์โหลด'",
    )
    doc(SITE, "a_d_o21", F(21), "pdf", ["5.7/plan"])
    doc(SITE, "a_d_o31", BASE + "upload/ita/2564/O31.xlsx", "document", ["5.11"])
    doc(SITE, "a_d_o34", F(34), "pdf", ["5.3"], note="scan; only 'คลิก'")
    doc(
        SITE,
        "a_d_o39",
        F(39),
        "pdf",
        [],
        without=["5.4"],
        text="แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2565-2568) องค์การบริหารส่วนตำบลหนองบัวแดง "
        "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต งบประมาณ ระยะเวลาดำเนินการ",
        note="anti-corruption plan: not the annual operational plan",
    )
    doc(
        SITE,
        "a_d_fb",
        "https://www.facebook.com/nongbuadaeng.sao",
        "offsite",
        [],
        ignore=["5.2", "5.10"],
        note="Facebook page linked as O9 Social Network with 'คลิก'",
    )


def build_extra() -> None:
    page(
        SITE,
        "a_plan_empty",
        u("files", "11"),
        tpl(
            "แผนการดำเนินงาน :: อบต.หนองบัวแดง",
            """
<table width="100%"><tr><td class="title">แผนการดำเนินงาน</td></tr></table>
<table width="100%" border="0"><tr><td align="center"><font color="#999999">-- ไม่พบข้อมูลในหมวดนี้ --</font></td></tr></table>""",
        ),
        without=["5.4"],
        note="menu + heading, empty category",
    )
