"""Site c_wp: WordPress site of a community hospital (MOPH, MOIT numbering).

Theme with a header clock, a mega-menu, widgets (recent posts, categories, wp-calendar,
visitor counter), entry-title / entry-meta / "หมวดหมู่:" lines, ?p= and /category/ URLs.
"""

from make_blind import calendar_table, doc, page

SITE = "c_wp"
BASE = "https://www.nawahospital.go.th/"

MENU = [
    (
        "เกี่ยวกับเรา",
        [
            ("ประวัติโรงพยาบาล", "?page_id=12"),
            ("วิสัยทัศน์ พันธกิจ", "?page_id=14"),
            ("โครงสร้างองค์กร", "?page_id=16"),
            ("ผู้บริหาร", "?page_id=18"),
            ("อำนาจหน้าที่", "?page_id=20"),
            ("แผนยุทธศาสตร์", "?page_id=22"),
            ("ติดต่อเรา", "?page_id=30"),
        ],
    ),
    (
        "ข่าวสาร",
        [
            ("ข่าวประชาสัมพันธ์", "category/news/"),
            ("ข่าวจัดซื้อจัดจ้าง", "category/procurement/"),
            ("รับสมัครงาน", "category/jobs/"),
            ("แกลเลอรี่", "category/gallery/"),
        ],
    ),
    (
        "บริการ",
        [
            ("ตารางแพทย์ออกตรวจ", "?page_id=40"),
            ("สิทธิการรักษา", "?page_id=42"),
            ("คู่มือการให้บริการ", "?page_id=44"),
            ("คู่มือการปฏิบัติงาน", "?page_id=46"),
        ],
    ),
    (
        "ITA / MOIT",
        [
            ("MOIT 2569", "moit-2569/"),
            ("MOIT 2568", "moit-2568/"),
            ("เจตจำนงสุจริต", "?p=2011"),
            ("แผนปฏิบัติการ", "?page_id=60"),
            ("จัดซื้อจัดจ้าง สขร.1", "category/skr1/"),
            ("ร้องเรียน/แจ้งเบาะแส", "?page_id=70"),
            ("แสดงความคิดเห็น", "?page_id=72"),
        ],
    ),
]


def tpl(title: str, body: str, body_class: str = "single") -> str:
    items = "".join(
        f'<li class="menu-item menu-item-has-children"><a href="#">{h}</a><ul class="sub-menu">'
        + "".join(f'<li class="menu-item"><a href="{BASE}{v}">{t}</a></li>' for t, v in links)
        + "</ul></li>"
        for h, links in MENU
    )
    recent = "".join(
        f'<li><a href="{BASE}?p={n}">{t}</a></li>'
        for n, t in (
            (2044, "โรงพยาบาลนาหว้า รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ ประจำปี 2569"),
            (2040, "ประกาศผู้ชนะการเสนอราคา ซื้อเวชภัณฑ์มิใช่ยา"),
            (2031, "สรุปผลการจัดซื้อจัดจ้าง เดือน มกราคม 2569 (แบบ สขร.1)"),
            (2011, "ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569"),
        )
    )
    return f"""<!DOCTYPE html><html lang="th-TH"><head><meta charset="UTF-8"><title>{title}</title>
<meta name="generator" content="WordPress 6.5.3"><link rel="stylesheet" href="{BASE}wp-content/themes/hospital-pro/style.css"></head>
<body class="{body_class} wp-theme-hospital-pro"><div id="page" class="site">
<div class="topbar"><span class="clock">14 พฤษภาคม 2569 10:21 น.</span> <span>สายด่วน 1669 | โทร. 042-597-111</span></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="{BASE}" rel="home"><img src="{BASE}wp-content/uploads/logo.png" alt="">
<p class="site-title">โรงพยาบาลนาหว้า</p><p class="site-description">Nawa Hospital สำนักงานสาธารณสุขจังหวัดนครพนม</p></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{items}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">{body}</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" action="{BASE}"><input type="search" name="s" placeholder="ค้นหา …"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>{recent}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">หมวดหมู่</h2><ul>
<li class="cat-item"><a href="{BASE}category/news/">ข่าวประชาสัมพันธ์</a> (214)</li><li class="cat-item"><a href="{BASE}category/procurement/">ข่าวจัดซื้อจัดจ้าง</a> (388)</li>
<li class="cat-item"><a href="{BASE}category/skr1/">สขร.1</a> (41)</li><li class="cat-item"><a href="{BASE}category/moit/">MOIT</a> (66)</li></ul></section>
<section class="widget widget_calendar"><h2 class="widget-title">ปฏิทิน</h2><div id="calendar_wrap">{calendar_table()}</div></section>
<section class="widget"><h2 class="widget-title">สถิติผู้เยี่ยมชม</h2><ul><li>วันนี้ : 211</li><li>สัปดาห์นี้ : 1,455</li><li>ทั้งหมด : 287,009</li></ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">โรงพยาบาลนาหว้า 123 หมู่ 1 ตำบลนาหว้า อำเภอนาหว้า จังหวัดนครพนม 48180 โทร. 042-597-111<br>
Copyright &copy; 2026 Nawa Hospital | Theme: Hospital Pro by ThemeForest</div></footer></div></body></html>"""


def post(title: str, date: str, cats: list[tuple[str, str]], content: str) -> str:
    catlinks = ", ".join(
        f'<a href="{BASE}category/{s}/" rel="category tag">{n}</a>' for n, s in cats
    )
    return f"""<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on">โพสต์เมื่อ <time class="entry-date published" datetime="{date}">{date}</time></span>
<span class="byline"> โดย admin_it</span></div></header><div class="entry-content">{content}</div>
<footer class="entry-footer"><span class="cat-links">หมวดหมู่: {catlinks}</span></footer></article>"""


def build() -> None:
    moit = [
        (
            "MOIT 1",
            "หน่วยงานมีการกำหนดมาตรการ และวางระบบการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน",
            "moit1-2569/",
        ),
        (
            "MOIT 2",
            "หน่วยงานมีการวิเคราะห์ผลการจัดซื้อจัดจ้างและการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. 2568",
            "moit2-2569/",
        ),
        (
            "MOIT 3",
            "หน่วยงานมีการเผยแพร่แผนการจัดซื้อจัดจ้างและการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. 2569",
            "moit3-2569/",
        ),
        ("MOIT 4", "หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างและการจัดหาพัสดุรายเดือน", "category/skr1/"),
        ("MOIT 8", "หน่วยงานมีการเผยแพร่ช่องทางการรับเรื่องร้องเรียน และแจ้งเบาะแสการทุจริต", "?page_id=70"),
        (
            "MOIT 14",
            "หน่วยงานมีแผนปฏิบัติการป้องกันการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2569",
            "moit14-2569/",
        ),
        ("MOIT 18", "ผู้บริหารแสดงเจตจำนงสุจริตในการบริหารงาน", "?p=2011"),
    ]
    rows = "".join(
        f'<tr><td>{c}</td><td>{t}</td><td><a href="{BASE}{h}">รายละเอียด</a></td></tr>'
        for c, t, h in moit
    )
    page(
        SITE,
        "c_moit_hub",
        BASE + "moit-2569/",
        tpl(
            "MOIT 2569 – โรงพยาบาลนาหว้า",
            f"""
<article class="page"><h1 class="entry-title">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (MOIT) ประจำปีงบประมาณ 2569</h1>
<div class="entry-content"><table class="wp-block-table"><thead><tr><th>ข้อ</th><th>ประเด็นการประเมิน</th><th>หลักฐาน</th></tr></thead><tbody>{rows}</tbody></table></div></article>""",
            "page",
        ),
        note="MOIT hub quoting criteria; links say only 'รายละเอียด'",
    )

    page(
        SITE,
        "c_moit1",
        BASE + "moit1-2569/",
        tpl(
            "MOIT 1 – โรงพยาบาลนาหว้า",
            f"""
<article class="page"><h1 class="entry-title">MOIT 1 หน่วยงานมีการกำหนดมาตรการ และวางระบบการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน</h1>
<div class="entry-content"><p>1. บันทึกข้อความขออนุมัติมาตรการเผยแพร่ข้อมูลต่อสาธารณะ</p>
<p>2. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ โรงพยาบาลนาหว้า: ข้อมูลที่ต้องเผยแพร่อย่างน้อย ได้แก่ ข้อมูลพื้นฐาน (โครงสร้างหน่วยงาน ข้อมูลผู้บริหาร อำนาจหน้าที่
แผนยุทธศาสตร์ ข้อมูลการติดต่อ กฎหมายที่เกี่ยวข้อง) ข่าวประชาสัมพันธ์ เจตจำนงสุจริตของผู้บริหาร แผนปฏิบัติราชการประจำปี การกำกับติดตามการดำเนินงาน
รายงานผลการปฏิบัติราชการ ข้อมูลการจัดซื้อจัดจ้าง คู่มือการปฏิบัติงาน คู่มือการให้บริการ ช่องทางการรับฟังความคิดเห็น และช่องทางการร้องเรียน
โดยทบทวนข้อมูลให้เป็นปัจจุบันทุก 3 เดือน</p>
<p>3. คำสั่งแต่งตั้งผู้รับผิดชอบการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์</p>
<p>4. แบบฟอร์มการขออนุมัติเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงานในสังกัดกระทรวงสาธารณสุข</p>
<p><a href="{BASE}wp-content/uploads/2025/11/moit1-2569.pdf">ดาวน์โหลดเอกสาร MOIT 1</a></p></div></article>""",
            "page",
        ),
        note="the measure itself (MOIT 1): lists every item, publishes none",
    )

    page(
        SITE,
        "c_news",
        BASE + "?p=2044",
        tpl(
            "โรงพยาบาลนาหว้า รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ ประจำปี 2569 – โรงพยาบาลนาหว้า",
            post(
                "โรงพยาบาลนาหว้า รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ ประจำปี 2569",
                "2026-05-11",
                [("ข่าวประชาสัมพันธ์", "news")],
                """
<p>วันที่ 11 พฤษภาคม 2569 โรงพยาบาลนาหว้า ร่วมกับสำนักงานสาธารณสุขอำเภอนาหว้า จัดกิจกรรมรณรงค์ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่ตามฤดูกาล
ให้แก่กลุ่มเสี่ยง 7 กลุ่มโรค ได้แก่ ผู้สูงอายุ 65 ปีขึ้นไป หญิงตั้งครรภ์ ผู้ป่วยโรคเรื้อรัง เด็กอายุ 6 เดือน – 2 ปี ณ อาคารผู้ป่วยนอก
มีผู้มารับบริการทั้งสิ้น 412 ราย ทั้งนี้ประชาชนที่ยังไม่ได้รับวัคซีนสามารถติดต่อรับบริการได้ที่ รพ.สต. ใกล้บ้านจนถึง 31 สิงหาคม 2569</p>
<figure class="wp-block-gallery"><img src="/wp-content/uploads/2026/05/flu1.jpg"><img src="/wp-content/uploads/2026/05/flu2.jpg"></figure>""",
            ),
        ),
        with_=["5.2"],
    )

    procs = [
        (
            2040,
            "ประกาศผู้ชนะการเสนอราคา ซื้อเวชภัณฑ์มิใช่ยา จำนวน 34 รายการ โดยวิธีเฉพาะเจาะจง",
            "8 พฤษภาคม 2569",
        ),
        (
            2036,
            "ประกาศเชิญชวนประกวดราคาซื้อเครื่องช่วยหายใจชนิดควบคุมด้วยปริมาตรและความดัน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "2 พฤษภาคม 2569",
        ),
        (2033, "ประกาศราคากลาง ซื้อเครื่องช่วยหายใจ จำนวน 2 เครื่อง", "28 เมษายน 2569"),
        (
            2029,
            "ประกาศผู้ชนะการเสนอราคา จ้างเหมาทำความสะอาดอาคาร ประจำปีงบประมาณ 2569",
            "21 เมษายน 2569",
        ),
    ]
    arts = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="{BASE}?p={n}">{t}</a></h2><div class="entry-meta">{d}</div></article>'
        for n, t, d in procs
    )
    page(
        SITE,
        "c_cat_proc",
        BASE + "category/procurement/",
        tpl(
            "ข่าวจัดซื้อจัดจ้าง – โรงพยาบาลนาหว้า",
            f"""
<header class="page-header"><h1 class="page-title">หมวดหมู่: <span>ข่าวจัดซื้อจัดจ้าง</span></h1></header>{arts}
<nav class="pagination"><a class="next page-numbers" href="{BASE}category/procurement/page/2/">ถัดไป »</a></nav>""",
            "archive category",
        ),
        with_=["5.7/announcements"],
        without=["5.2"],
    )

    page(
        SITE,
        "c_integrity",
        BASE + "?p=2011",
        tpl(
            "ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569 – โรงพยาบาลนาหว้า",
            post(
                "ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
                "2025-10-15",
                [("MOIT", "moit")],
                f"""
<p style="text-align:center"><strong>ประกาศโรงพยาบาลนาหว้า<br>เรื่อง เจตจำนงสุจริตในการบริหารงาน</strong></p>
<p>ข้าพเจ้า นายแพทย์ธนากร วงศ์ใหญ่ ผู้อำนวยการโรงพยาบาลนาหว้า ขอประกาศเจตจำนงว่าจะปฏิบัติหน้าที่และบริหารงานด้วยความซื่อสัตย์สุจริต
โปร่งใส เป็นธรรม และตรวจสอบได้ ยึดหลักธรรมาภิบาล ไม่กระทำการทุจริตและประพฤติมิชอบ และจะไม่ยอมให้มีการทุจริตในโรงพยาบาล
รวมทั้งส่งเสริมให้บุคลากรทุกระดับถือปฏิบัติตามนโยบายไม่รับของขวัญและของกำนัล (No Gift Policy)</p>
<p>ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2568</p><p>(นายธนากร วงศ์ใหญ่)<br>ผู้อำนวยการโรงพยาบาลนาหว้า</p>
<p><a href="{BASE}wp-content/uploads/2025/10/integrity2569.pdf">ดาวน์โหลดประกาศ (PDF)</a></p>""",
            ),
        ),
        with_=["5.3"],
    )

    page(
        SITE,
        "c_actionplan",
        BASE + "?page_id=60",
        tpl(
            "แผนปฏิบัติการ – โรงพยาบาลนาหว้า",
            f"""
<article class="page"><h1 class="entry-title">แผนปฏิบัติการ (Action Plan) โรงพยาบาลนาหว้า ปีงบประมาณ 2569</h1><div class="entry-content">
<table class="wp-block-table"><thead><tr><th>โครงการ/กิจกรรม</th><th>งบประมาณ (บาท)</th><th>แหล่งงบ</th><th>ระยะเวลา</th><th>ผู้รับผิดชอบ</th></tr></thead><tbody>
<tr><td>โครงการคัดกรองเบาหวานความดันโลหิตสูงในชุมชน</td><td>85,000</td><td>เงินบำรุง</td><td>ต.ค. 68 – มี.ค. 69</td><td>กลุ่มงานบริการด้านปฐมภูมิ</td></tr>
<tr><td>โครงการพัฒนาคุณภาพบริการห้องฉุกเฉิน (ER คุณภาพ)</td><td>120,000</td><td>เงินบำรุง</td><td>ม.ค. – ก.ย. 69</td><td>กลุ่มงานการพยาบาล</td></tr>
<tr><td>โครงการส่งเสริมคุณธรรมและความโปร่งใส</td><td>15,000</td><td>เงินบำรุง</td><td>ต.ค. 68 – ก.ย. 69</td><td>กลุ่มงานบริหารทั่วไป</td></tr>
</tbody></table><p><a href="{BASE}wp-content/uploads/2025/11/actionplan2569.pdf">ดาวน์โหลดแผนปฏิบัติการฉบับเต็ม</a></p>
<p><a href="{BASE}wp-content/uploads/2026/04/progress-q2-2569.pdf">รายงานผลการดำเนินงานตามแผนปฏิบัติการ ไตรมาสที่ 2 (รอบ 6 เดือน)</a></p></div></article>""",
            "page",
        ),
        with_=["5.4"],
        ignore=["5.5"],
        note="plan page that also links the 6-month progress report",
    )

    skr = f"""<p>แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มกราคม 2569 โรงพยาบาลนาหว้า</p>
<table><tr><th>ที่</th><th>งานที่จัดซื้อหรือจัดจ้าง</th><th>วงเงิน</th><th>ราคากลาง</th><th>วิธี</th><th>ผู้เสนอราคา</th><th>ผู้ได้รับคัดเลือก</th><th>เหตุผล</th><th>เลขที่/วันที่สัญญา</th></tr>
<tr><td>1</td><td>ซื้อยา 41 รายการ</td><td>412,880</td><td>412,880</td><td>เฉพาะเจาะจง</td><td>องค์การเภสัชกรรม</td><td>องค์การเภสัชกรรม 412,880</td><td>ราคาต่ำสุด</td><td>PO 69/0112 ลว. 6 ม.ค. 69</td></tr>
<tr><td>2</td><td>จ้างซ่อมเครื่องปรับอากาศ ตึกผู้ป่วยใน</td><td>24,500</td><td>24,500</td><td>เฉพาะเจาะจง</td><td>หจก.นครพนมแอร์</td><td>หจก.นครพนมแอร์ 24,000</td><td>ราคาต่ำสุด</td><td>PO 69/0130 ลว. 15 ม.ค. 69</td></tr></table>
<p><a href="{BASE}wp-content/uploads/2026/02/skr1-jan69.pdf">สขร.1 มกราคม 2569.pdf</a></p>"""
    page(
        SITE,
        "c_skr_jan",
        BASE + "?p=2031",
        tpl(
            "สรุปผลการจัดซื้อจัดจ้าง เดือน มกราคม 2569 (แบบ สขร.1) – โรงพยาบาลนาหว้า",
            post(
                "สรุปผลการจัดซื้อจัดจ้าง เดือน มกราคม 2569 (แบบ สขร.1)",
                "2026-02-05",
                [("สขร.1", "skr1"), ("MOIT", "moit")],
                skr,
            ),
        ),
        with_=["5.7/summary"],
    )

    page(
        SITE,
        "c_complaint",
        BASE + "?page_id=70",
        tpl(
            "ร้องเรียน/แจ้งเบาะแส – โรงพยาบาลนาหว้า",
            """
<article class="page"><h1 class="entry-title">ช่องทางการรับเรื่องร้องเรียน ร้องทุกข์ และแจ้งเบาะแสการทุจริต</h1><div class="entry-content">
<ol><li>ด้วยตนเอง ณ ศูนย์รับเรื่องร้องเรียน กลุ่มงานประกันสุขภาพ ชั้น 1 อาคารผู้ป่วยนอก</li><li>ตู้รับความคิดเห็น/ร้องเรียน 5 จุดในโรงพยาบาล</li>
<li>โทรศัพท์ 042-597-111 ต่อ 120 (ในเวลาราชการ)</li><li>แบบฟอร์มออนไลน์: <a href="https://forms.gle/Nw8kYfR2a">คลิกที่นี่</a></li>
<li>ศูนย์ร้องเรียน สำนักงานปลัดกระทรวงสาธารณสุข <a href="https://complain.moph.go.th/">complain.moph.go.th</a></li></ol>
<p>ระยะเวลาการตอบกลับ: ภายใน 15 วันทำการ</p></div></article>""",
            "page",
        ),
        with_=["5.11"],
    )

    thumbs = "".join(
        f'<figure><img src="{BASE}wp-content/uploads/gallery/{n}.jpg"><figcaption>{c}</figcaption></figure>'
        for n, c in (
            (1, "อาคารผู้ป่วยใน 60 เตียง"),
            (2, "ห้องฉุกเฉิน"),
            (3, "ทีมแพทย์และพยาบาล"),
            (4, "สวนสมุนไพรโรงพยาบาล"),
            (5, "มุมพักญาติ"),
        )
    )
    page(
        SITE,
        "c_gallery",
        BASE + "category/gallery/",
        tpl(
            "แกลเลอรี่ – โรงพยาบาลนาหว้า",
            f"""
<header class="page-header"><h1 class="page-title">หมวดหมู่: <span>แกลเลอรี่</span></h1></header><div class="gallery">{thumbs}</div>""",
            "archive",
        ),
        note="photo gallery of buildings/staff",
    )

    page(
        SITE,
        "c_moit14",
        BASE + "moit14-2569/",
        tpl(
            "MOIT 14 – โรงพยาบาลนาหว้า",
            f"""
<article class="page"><h1 class="entry-title">MOIT 14 แผนปฏิบัติการป้องกันการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2569</h1><div class="entry-content">
<p>โรงพยาบาลนาหว้าจัดทำแผนปฏิบัติการป้องกันการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2569 ประกอบด้วย 4 ยุทธศาสตร์ 9 โครงการ
งบประมาณรวม 45,000 บาท ได้รับอนุมัติจากผู้อำนวยการโรงพยาบาล เมื่อวันที่ 30 ตุลาคม 2568</p>
<p><a href="{BASE}wp-content/uploads/2025/10/anticorruption-plan-2569.pdf">แผนปฏิบัติการป้องกันการทุจริต 2569.pdf</a></p></div></article>""",
            "page",
        ),
        without=["5.4"],
        note="anti-corruption action plan is not the annual operational plan",
    )

    page(
        SITE,
        "c_contact",
        BASE + "?page_id=30",
        tpl(
            "ติดต่อเรา – โรงพยาบาลนาหว้า",
            """
<article class="page"><h1 class="entry-title">ติดต่อเรา</h1><div class="entry-content">
<p><strong>โรงพยาบาลนาหว้า</strong><br>123 หมู่ 1 ตำบลนาหว้า อำเภอนาหว้า จังหวัดนครพนม 48180</p>
<p>โทรศัพท์ 042-597-111 โทรสาร 042-597-112<br>อีเมล saraban.nawahos@moph.go.th<br>Facebook: โรงพยาบาลนาหว้า Nawa Hospital<br>LINE OA: @nawahospital</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3822" width="600" height="450"></iframe></div></article>""",
            "page",
        ),
        with_=["5.1/contact"],
        ignore=["5.10"],
        note="contact page with social channels (ITA 2569 merged contact and inquiry channels)",
    )

    doc(
        SITE,
        "c_d_progress",
        BASE + "wp-content/uploads/2026/04/progress-q2-2569.pdf",
        "pdf",
        ["5.5"],
    )
    doc(
        SITE,
        "c_d_actionplan",
        BASE + "wp-content/uploads/2025/11/actionplan2569.pdf",
        "pdf",
        ["5.4"],
    )
    doc(
        SITE,
        "c_d_integrity",
        BASE + "wp-content/uploads/2025/10/integrity2569.pdf",
        "pdf",
        ["5.3"],
        note="link text 'ดาวน์โหลดประกาศ (PDF)' only",
    )
    doc(
        SITE,
        "c_d_anticorr",
        BASE + "wp-content/uploads/2025/10/anticorruption-plan-2569.pdf",
        "pdf",
        [],
        without=["5.4"],
    )
    doc(
        SITE,
        "c_d_opman",
        BASE + "wp-content/uploads/2025/12/manual-opd.pdf",
        "pdf",
        ["5.8"],
        link_texts=["คู่มือการปฏิบัติงาน งานผู้ป่วยนอก (OPD) ฉบับปรับปรุง 2568"],
    )
    doc(
        SITE,
        "c_d_svc",
        BASE + "wp-content/uploads/2025/12/service-standard.pdf",
        "pdf",
        ["5.9"],
        text="มาตรฐานการให้บริการ โรงพยาบาลนาหว้า ขั้นตอนการรับบริการผู้ป่วยนอก 1. ยื่นบัตรประชาชนที่จุดเวชระเบียน 2. คัดกรองซักประวัติ "
        "3. พบแพทย์ 4. รับยา ระยะเวลารอคอยเฉลี่ยไม่เกิน 2 ชั่วโมง ช่องทางการติดต่อสอบถาม",
        link_texts=["ขั้นตอนการรับบริการ"],
    )
