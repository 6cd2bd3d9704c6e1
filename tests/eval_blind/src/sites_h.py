"""Site h_school: Maxsite/PHP-Nuke-style school site (OBEC) in windows-874, OIT 2566 OBEC numbering.

index.php?name=<module>&file=<file>&id=N URLs, <table> layout with left blocks, news ticker, clock,
counter; O10 is the PDPA policy in this numbering.
"""

from make_blind import calendar_table, doc, page

SITE = "h_school"
BASE = "http://www.bannongkhu.ac.th/"


def m(name: str, file: str = "index", **kw) -> str:
    q = "".join(f"&amp;{k}={v}" for k, v in kw.items())
    return f"{BASE}index.php?name={name}&amp;file={file}{q}"


def url(name: str, file: str = "index", **kw) -> str:
    return m(name, file, **kw).replace("&amp;", "&")


BLOCKS = [
    (
        "เมนูหลัก",
        [
            ("หน้าแรก", BASE + "index.php"),
            ("ประวัติโรงเรียน", m("page", "history")),
            ("ทำเนียบผู้บริหาร", m("personnel", "index", g=1)),
            ("บุคลากร", m("personnel", "index", g=2)),
            ("โครงสร้างการบริหาร", m("page", "structure")),
            ("ข่าวประชาสัมพันธ์", m("news")),
            ("ภาพกิจกรรม", m("gallery")),
            ("เว็บบอร์ด", m("webboard")),
        ],
    ),
    (
        "งานบริหาร",
        [
            ("แผนปฏิบัติการ", m("page", "plan")),
            ("SAR", m("page", "sar")),
            ("งานพัสดุ/จัดซื้อจัดจ้าง", m("page", "procure")),
            ("คู่มือการปฏิบัติงาน", m("page", "manual")),
            ("คู่มือการให้บริการ", m("page", "service")),
            ("ร้องเรียน", m("page", "complain")),
            ("ติดต่อสอบถาม Q&amp;A", m("page", "qa")),
        ],
    ),
    (
        "OIT",
        [
            ("OIT 2566", m("page", "oit2566")),
            ("OIT 2567", m("page", "oit2567")),
            ("นโยบายคุ้มครองข้อมูลส่วนบุคคล", m("page", "pdpa")),
        ],
    ),
]


def tpl(title: str, body: str) -> str:
    left = "".join(
        f'<table width="100%" class="block"><tr><td class="blocktitle">{h}</td></tr>'
        + "".join(
            f'<tr><td><img src="images/arrow.gif"> <a href="{u}">{t}</a></td></tr>'
            for t, u in links
        )
        + "</table>"
        for h, links in BLOCKS
    )
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874"><title>{title}</title></head>
<body><table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="templates/school/images/header.jpg">
<div class="clock">วันพฤหัสบดีที่ 14 พฤษภาคม พ.ศ. 2569</div>
<marquee>ยินดีต้อนรับสู่เว็บไซต์โรงเรียนบ้านหนองคู สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสุรินทร์ เขต 2 ... รับสมัครนักเรียนปีการศึกษา 2569</marquee></td></tr>
<tr><td width="220" valign="top">{left}
<table width="100%" class="block"><tr><td class="blocktitle">ปฏิทิน</td></tr><tr><td>{calendar_table()}</td></tr></table>
<table width="100%" class="block"><tr><td class="blocktitle">สถิติ</td></tr><tr><td>ออนไลน์ 2 คน<br>วันนี้ 41<br>ทั้งหมด 77,845 <br>IP 171.5.xx.xx</td></tr></table></td>
<td valign="top" style="padding:6px">{body}</td></tr>
<tr><td colspan="2" align="center" class="footer">โรงเรียนบ้านหนองคู ตำบลหนองคู อำเภอศีขรภูมิ จังหวัดสุรินทร์ 32110 โทร. 044-561-222<br>
Copyright &copy; 2011-2026 Powered by Maxsite 1.10 &nbsp; Design by ครูคอม</td></tr></table></body></html>"""


def box(title: str, inner: str) -> str:
    return f'<table width="100%" class="content"><tr><td class="contenttitle"><b>{title}</b></td></tr><tr><td>{inner}</td></tr></table>'


def spage(pid: str, u: str, title: str, body: str, **kw) -> None:
    page(SITE, pid, u, tpl(title, body), encoding="cp874", **kw)


def build() -> None:
    rows = [
        ("O1", "โครงสร้าง", url("page", "structure")),
        ("O2", "ข้อมูลผู้บริหาร", url("personnel", "index", g=1)),
        ("O7", "ข่าวประชาสัมพันธ์", url("news")),
        ("O8", "Q&amp;A", url("page", "qa")),
        ("O10", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", url("page", "pdpa")),
        ("O11", "แผนดำเนินงานและการใช้งบประมาณประจำปี", url("page", "plan")),
        ("O13", "รายงานผลการดำเนินงานประจำปี", url("page", "sar")),
        ("O21", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", url("page", "procure")),
    ]
    trs = "".join(
        f'<tr><td>{o}</td><td>{t}</td><td><a href="{h.replace("&", "&amp;")}"><img src="images/link.png" alt="">คลิกที่นี่</a></td></tr>'
        for o, t, h in rows
    )
    spage(
        "h_oit2566",
        url("page", "oit2566"),
        "OIT 2566 - โรงเรียนบ้านหนองคู",
        box(
            "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ 2566",
            f'<table border="1" cellspacing="0" width="100%">{trs}</table>',
        ),
        note="OBEC OIT hub with PDPA as O10; links 'คลิกที่นี่'",
    )

    spage(
        "h_news",
        url("news", "readnews", id=212),
        "โรงเรียนบ้านหนองคู",
        box(
            "ข่าวประชาสัมพันธ์",
            """
<h3>โรงเรียนบ้านหนองคูจัดกิจกรรมปฐมนิเทศนักเรียนและประชุมผู้ปกครอง ภาคเรียนที่ 1/2569</h3>
<p>โพสต์เมื่อ : 12 พ.ค. 69 | อ่าน 88 ครั้ง</p>
<p>เมื่อวันที่ 11 พฤษภาคม 2569 โรงเรียนบ้านหนองคู นำโดยนางสาวศิริพร ใจงาม ผู้อำนวยการโรงเรียน จัดกิจกรรมปฐมนิเทศนักเรียนใหม่และประชุมผู้ปกครอง
เพื่อชี้แจงแนวทางการจัดการเรียนการสอน ภาคเรียนที่ 1 ปีการศึกษา 2569 และการรับเงินอุดหนุนค่าอุปกรณ์การเรียน มีผู้ปกครองเข้าร่วม 143 คน</p>""",
        ),
        with_=["5.2"],
    )

    spage(
        "h_history",
        url("page", "history"),
        "ประวัติโรงเรียน",
        box(
            "ประวัติโรงเรียน",
            """
<p>โรงเรียนบ้านหนองคู ก่อตั้งเมื่อวันที่ 15 พฤษภาคม พ.ศ. 2478 โดยอาศัยศาลาการเปรียญวัดบ้านหนองคูเป็นสถานที่เรียน ต่อมาในปี พ.ศ. 2505 ได้รับงบประมาณ
สร้างอาคารเรียนแบบ ป.1 ฉ ปัจจุบันเปิดสอนตั้งแต่ระดับชั้นอนุบาล 2 ถึงชั้นมัธยมศึกษาปีที่ 3 (โรงเรียนขยายโอกาส) มีนักเรียน 312 คน ครู 18 คน</p>""",
        ),
        note="school history: founding year etc.",
    )

    spage(
        "h_personnel",
        url("personnel", "index", g=1),
        "ทำเนียบผู้บริหาร",
        box(
            "ทำเนียบผู้บริหาร",
            """
<table width="100%"><tr><td align="center"><img src="data/personnel/1.jpg"><br>นางสาวศิริพร ใจงาม<br>ผู้อำนวยการโรงเรียนบ้านหนองคู<br>โทร. 08-6123-4567</td></tr>
<tr><td align="center"><img src="data/personnel/2.jpg"><br>นายประยุทธ ดีมาก<br>รองผู้อำนวยการโรงเรียน</td></tr></table>
<h4>ทำเนียบผู้บริหารในอดีต</h4><ol><li>นายสวัสดิ์ มั่นคง พ.ศ. 2520-2535</li><li>นายบุญส่ง ทองแท้ พ.ศ. 2535-2552</li><li>นายธวัช สมบูรณ์ พ.ศ. 2552-2566</li></ol>""",
        ),
        with_=["5.1/executives"],
    )

    spage(
        "h_plan",
        url("page", "plan"),
        "แผนปฏิบัติการ",
        box(
            "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569",
            f"""
<p>โรงเรียนบ้านหนองคู จัดทำแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569 (แผนดำเนินงานและการใช้งบประมาณ) ได้รับความเห็นชอบจากคณะกรรมการสถานศึกษาขั้นพื้นฐาน</p>
<table border="1" cellspacing="0"><tr><th>โครงการ</th><th>งบประมาณ</th><th>ระยะเวลา</th></tr><tr><td>ยกระดับผลสัมฤทธิ์ทางการเรียน</td><td>45,000</td><td>ต.ค.68-ก.ย.69</td></tr>
<tr><td>อาหารกลางวันและนม</td><td>612,000</td><td>ต.ค.68-ก.ย.69</td></tr><tr><td>ห้องสมุดมีชีวิต</td><td>12,000</td><td>พ.ย.68-ส.ค.69</td></tr></table>
<p><a href="{BASE}data/plan2569.pdf">ดาวน์โหลดแผนฉบับเต็ม</a></p>""",
        ),
        with_=["5.4"],
    )

    spage(
        "h_sar",
        url("page", "sar"),
        "SAR",
        box(
            "รายงานผลการประเมินตนเองของสถานศึกษา (SAR) ปีการศึกษา 2567",
            f"""
<p>รายงานผลการดำเนินงานตามมาตรฐานการศึกษาขั้นพื้นฐาน 3 มาตรฐาน ปีการศึกษา 2567 (พฤษภาคม 2567 – มีนาคม 2568)</p>
<p><a href="{BASE}data/sar2567.pdf">SAR 2567.pdf</a></p>""",
        ),
        ignore=["5.6"],
        note="SAR linked as O13 annual report: ambiguous",
    )

    spage(
        "h_procure",
        url("page", "procure"),
        "งานพัสดุ",
        box(
            "สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2569",
            """
<table border="1" cellspacing="0" width="100%"><tr><th>เดือน</th><th>รายการ</th></tr>
<tr><td>ต.ค. 68</td><td>ไม่มีการจัดซื้อจัดจ้าง</td></tr><tr><td>พ.ย. 68</td><td>ซื้อวัสดุการเรียนการสอน 12,450 บาท (ร้านศึกษาภัณฑ์ศีขรภูมิ) วิธีเฉพาะเจาะจง</td></tr>
<tr><td>ธ.ค. 68</td><td>จ้างเหมาประกอบอาหารกลางวัน 51,000 บาท วิธีเฉพาะเจาะจง</td></tr><tr><td>ม.ค. 69</td><td>ไม่มีการจัดซื้อจัดจ้าง</td></tr>
<tr><td>ก.พ. 69</td><td>ซื้อนมโรงเรียน 38,112.60 บาท</td></tr><tr><td>มี.ค. 69</td><td>ไม่มีการจัดซื้อจัดจ้าง</td></tr></table>""",
        ),
        with_=["5.7/summary"],
    )

    spage(
        "h_qa",
        url("page", "qa"),
        "ติดต่อสอบถาม",
        box(
            "ติดต่อสอบถาม Q&amp;A",
            f"""
<p>ผู้ปกครองและประชาชนสามารถสอบถามข้อมูล แสดงความคิดเห็นหรือข้อเสนอแนะต่อโรงเรียนได้ที่นี่ โรงเรียนจะตอบกลับภายใน 3 วันทำการ</p>
<form action="{m("page", "qa_save")}" method="post">ชื่อ <input name="n"> อีเมล <input name="e"><br>คำถาม <textarea name="q"></textarea><input type="submit" value="ส่งคำถาม"></form>
<p><b>ถาม:</b> ปีนี้เปิดรับสมัครนักเรียนชั้นอนุบาล 2 เมื่อไหร่คะ <b>ตอบ:</b> ระหว่างวันที่ 1-10 มีนาคม 2569 ค่ะ</p>""",
        ),
        with_=["5.10"],
    )

    spage(
        "h_pdpa",
        url("page", "pdpa"),
        "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
        box(
            "นโยบายคุ้มครองข้อมูลส่วนบุคคล (Privacy Policy)",
            """
<p>โรงเรียนบ้านหนองคูให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 โรงเรียนจะเก็บรวบรวม ใช้
หรือเปิดเผยข้อมูลส่วนบุคคลของนักเรียน ผู้ปกครอง และบุคลากร เท่าที่จำเป็น ท่านสามารถติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลได้ที่ โทร. 044-561-222</p>""",
        ),
        note="PDPA policy (OBEC O10): no item",
    )

    doc(
        SITE,
        "h_d_plan",
        f"{BASE}data/plan2569.pdf",
        "pdf",
        ["5.4"],
        note="link text 'ดาวน์โหลดแผนฉบับเต็ม'",
    )
