"""Single pages (no site) and standalone documents: the measure itself, legacy encodings,
Word-exported HTML, blogspot, misspellings, Thai digits, PDFs and off-site links as a hub links them."""

from make_blind import doc, page


def bare(title: str, body: str, charset: str = "utf-8", extra_head: str = "") -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">{extra_head}'
        f"<title>{title}</title></head><body>{body}</body></html>"
    )


def entities(s: str) -> str:
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in s)


MEASURE = """<p align="center"><b>ประกาศองค์การบริหารส่วนตำบลโคกสูง<br>เรื่อง มาตรการเผยแพร่ข้อมูลต่อสาธารณะ</b></p>
<p>ตามเกณฑ์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (Integrity and Transparency Assessment : ITA)
กำหนดให้หน่วยงานมีมาตรการภายในเพื่อส่งเสริมความโปร่งใส จึงกำหนดแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ดังนี้</p>
<p>๑. ข้อมูลที่ต้องเผยแพร่อย่างน้อย ได้แก่</p>
<p>๑.๑ ข้อมูลพื้นฐานของหน่วยงานที่เป็นปัจจุบัน ได้แก่ โครงสร้างหน่วยงาน ข้อมูลผู้บริหาร อำนาจหน้าที่ แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน ข้อมูลการติดต่อหน่วยงาน และกฎหมายที่เกี่ยวข้อง</p>
<p>๑.๒ ข่าวประชาสัมพันธ์ที่เกี่ยวข้องกับภารกิจของหน่วยงาน</p><p>๑.๓ เจตจำนงสุจริตของผู้บริหารสูงสุดของหน่วยงาน</p>
<p>๑.๔ แผนปฏิบัติราชการประจำปี ที่แสดงแผนงาน/โครงการ งบประมาณ และระยะเวลาดำเนินการ</p>
<p>๑.๕ การกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการประจำปี และการใช้จ่ายงบประมาณ</p>
<p>๑.๖ รายงานผลการปฏิบัติราชการประจำปีของรอบปีงบประมาณที่ผ่านมา</p>
<p>๑.๗ ข้อมูลการจัดซื้อจัดจ้าง ได้แก่ แผนการจัดซื้อจัดจ้างประจำปี ราคากลาง ผู้ได้รับการคัดเลือก และสรุปผลการจัดซื้อจัดจ้าง</p>
<p>๑.๘ คู่มือหรือมาตรฐานการปฏิบัติงาน</p><p>๑.๙ คู่มือหรือมาตรฐานการให้บริการ</p>
<p>๑.๑๐ ช่องทางการรับฟังความคิดเห็นของผู้รับบริการ</p><p>๑.๑๑ ช่องทางการร้องเรียน/ข้อเสนอแนะ</p>
<p>๒. ให้ทบทวนข้อมูลให้เป็นปัจจุบันทุกครั้งที่มีการเปลี่ยนแปลง หรือทุก ๓ เดือน และรายงานผลปีละ ๔ ครั้ง</p>
<p>ประกาศ ณ วันที่ ๒๐ ตุลาคม พ.ศ. ๒๕๖๘</p><p>(นายประสิทธิ์ โคตรสมบัติ)<br>นายกองค์การบริหารส่วนตำบลโคกสูง</p>"""


def build() -> None:
    page(
        None,
        "s_measure_html",
        "https://www.khoksung.go.th/news/detail/1290",
        bare("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", MEASURE),
        note="the measure document itself: names every item, evidence of none",
    )
    doc(
        None,
        "s_measure_pdf",
        "https://www.khoksung.go.th/uploads/ita2569/O42_measure.pdf",
        "pdf",
        [],
        text=MEASURE.replace("<p>", " ")
        .replace("</p>", " ")
        .replace("<br>", " ")
        .replace('<p align="center"><b>', "")
        .replace("</b>", ""),
        link_texts=["มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"],
        note="the measure as PDF",
    )
    doc(
        None,
        "s_integrity_measures",
        "https://www.phumriang.go.th/files/measure2568.pdf",
        "pdf",
        [],
        text="ประกาศเทศบาลตำบลพุมเรียง เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
        "มาตรการตรวจสอบการใช้ดุลพินิจ กำหนดให้จัดทำคู่มือหรือมาตรฐานการปฏิบัติงานของบุคลากร มาตรการเผยแพร่ข้อมูลต่อสาธารณะ "
        "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง มาตรการจัดการเรื่องร้องเรียนการทุจริต มาตรการป้องกันการรับสินบน",
        link_texts=["O43 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"],
        note="internal integrity measures (seed 000 style)",
    )
    doc(
        None,
        "s_ita_analysis",
        "https://www.thana.go.th/files/ita_analysis_2565.pdf",
        "pdf",
        [],
        text="การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสภายในหน่วยงาน ITA ของเทศบาลตำบลท่านา ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ "
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ประเด็นที่ต้องแก้ไข ไม่มีการเผยแพร่แผนการจัดซื้อจัดจ้าง ไม่มีรายงานการกำกับติดตามการใช้จ่ายงบประมาณ "
        "รอบ ๖ เดือน ข้อมูลข่าวประชาสัมพันธ์ไม่ระบุวันที่ ช่องทางการร้องเรียนไม่ชัดเจน",
        link_texts=["การวิเคราะห์ผลการประเมิน ITA ประจำปี 2565"],
        note="ITA result analysis (seed 001 style): mentions gaps",
    )

    tis = bare(
        "ข่าวประชาสัมพันธ์ เทศบาลตำบลบ้านแก้ง",
        """<table width="760"><tr><td><b>ข่าวประชาสัมพันธ์</b></td></tr>
<tr><td><b>เทศบาลตำบลบ้านแก้ง จัดงานประเพณีแห่เทียนพรรษา ประจำปี 2568</b><br>ลงวันที่ 10 ก.ค. 2568<br>
เทศบาลตำบลบ้านแก้ง ร่วมกับวัดและชุมชน 12 ชุมชน จัดขบวนแห่เทียนพรรษา จากสำนักงานเทศบาลไปยังวัดศรีบุญเรือง มีประชาชนร่วมงานกว่า 800 คน</td></tr>
<tr><td>เทศบาลตำบลบ้านแก้ง โทร. 045-xxx-xxx</td></tr></table>""",
        "windows-874",
    )
    page(
        None,
        "s_tis620_news",
        "http://www.bankaeng.go.th/news_detail.php?id=88",
        tis,
        with_=["5.2"],
        encoding="cp874",
        note="windows-874 legacy page",
    )

    word = bare(
        entities("คู่มือการปฏิบัติงาน"),
        entities(
            "<div class=WordSection1><p class=MsoTitle align=center>คู่มือการปฏิบัติงาน งานจัดเก็บรายได้ กองคลัง</p>"
            "<p class=MsoNormal>องค์การบริหารส่วนตำบลนาจาน ฉบับปรับปรุง มกราคม ๒๕๖๙</p>"
            "<p class=MsoNormal>๑. วัตถุประสงค์ ๒. ขอบเขต ๓. คำจำกัดความ ๔. หน้าที่ความรับผิดชอบ ๕. ขั้นตอนการปฏิบัติงาน (Flow Chart) "
            "การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ระยะเวลา ๑๐ นาที/ราย ๖. กฎหมายที่เกี่ยวข้อง ๗. แบบฟอร์มที่ใช้</p></div>"
        ),
        "windows-1252",
        '<meta name=Generator content="Microsoft Word 15">',
    )
    page(
        None,
        "s_word_manual",
        "http://www.najan.go.th/files/manual_revenue.htm",
        word,
        with_=["5.8"],
        note="Word-exported HTML, declares windows-1252, Thai as numeric entities",
    )

    page(
        None,
        "s_blogspot",
        "https://infocenternajan.blogspot.com/p/9-8-2.html",
        bare(
            "ศูนย์ข้อมูลข่าวสาร อบต.นาจาน",
            """
<div class="header"><h1>ศูนย์ข้อมูลข่าวสาร อบต.นาจาน</h1></div><div class="post"><h3 class="post-title">มาตรา 9 (8) ข้อมูลข่าวสารอื่นตามที่คณะกรรมการกำหนด</h3>
<div class="post-body">ศูนย์ข้อมูลข่าวสารขององค์การบริหารส่วนตำบลนาจาน เปิดให้ประชาชนตรวจดูได้ในวันและเวลาราชการ ณ ที่ทำการ อบต. โทร. 042-xxx-xxx</div></div>
<div class="sidebar"><h2>Blog Archive</h2><ul><li>2025 (4)</li><li>2024 (11)</li></ul></div>""",
        ),
        without=["5.2", "5.7"],
        note="blogspot information-centre page",
    )

    page(
        None,
        "s_manual_typo",
        "https://www.sila.go.th/manual.php",
        bare(
            "คู่มือ - เทศบาลเมืองศิลา",
            """
<nav><a href="/">หน้าแรก</a> <a href="/news.php">ข่าว</a></nav><h2>คู่มือการปฏิบัติงาาน</h2>
<ul><li><a href="/files/m1.pdf">คู่มือการปฏิบัติงาาน ด้านการรับเรื่องขออนุญาตก่อสร้างอาคาร กองช่าง</a></li>
<li><a href="/files/m2.pdf">คู่มือการปฏิบัติงาน งานสารบรรณ สำนักปลัด</a></li></ul>""",
        ),
        with_=["5.8"],
        note="misspelling งาาน",
    )

    page(
        None,
        "s_complaint_typo",
        "https://www.sila.go.th/complain_center.php",
        bare(
            "ศุนย์รับเรื่องร้องเรียน",
            """
<h2>ศุนย์รับเรื่องราวร้องทุกข์ เทศบาลเมืองศิลา</h2><p>รับเรื่องร้องทุกข์/ร้องเรียน ทาง โทร. 043-xxx-xxx ในวันและเวลาราชการ หรือกรอกแบบฟอร์ม</p>
<form><input name="name"><textarea name="msg"></textarea><button>ส่ง</button></form>""",
        ),
        with_=["5.11"],
        note="misspelling ศุนย์",
    )

    page(
        None,
        "s_plan_thai_digits",
        "https://www.nongphai.go.th/plan/%E0%B9%92%E0%B9%95%E0%B9%96%E0%B9%99",
        bare(
            "แผนการดำเนินงาน",
            """
<h1>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</h1><p>องค์การบริหารส่วนตำบลหนองไผ่ อำเภอหนองไผ่ จังหวัดเพชรบูรณ์</p>
<table border="1"><tr><th>ที่</th><th>โครงการ</th><th>งบประมาณ (บาท)</th><th>สถานที่</th><th>หน่วยงาน</th><th>ต.ค. – ก.ย.</th></tr>
<tr><td>๑</td><td>โครงการก่อสร้างรางระบายน้ำ คสล. หมู่ที่ ๓</td><td>๔๘๕,๐๐๐</td><td>หมู่ที่ ๓</td><td>กองช่าง</td><td>ม.ค. – มี.ค.</td></tr>
<tr><td>๒</td><td>โครงการป้องกันและควบคุมโรคพิษสุนัขบ้า</td><td>๓๐,๐๐๐</td><td>ทุกหมู่บ้าน</td><td>สำนักปลัด</td><td>ก.พ. – มิ.ย.</td></tr></table>""",
        ),
        with_=["5.4"],
        note="Thai digits, percent-encoded Thai-digit URL",
    )

    page(
        None,
        "s_budget6",
        "https://www.nongphai.go.th/report/budget-6m-2569",
        bare(
            "รายงานการใช้จ่ายงบประมาณ",
            """
<h1>รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๘ – ๓๑ มีนาคม ๒๕๖๙)</h1>
<table border="1"><tr><th>แผนงาน</th><th>งบประมาณที่ตั้งไว้</th><th>เบิกจ่ายแล้ว</th><th>ร้อยละ</th></tr>
<tr><td>แผนงานบริหารงานทั่วไป</td><td>๑๒,๔๐๐,๐๐๐</td><td>๕,๗๑๒,๓๔๐</td><td>๔๖.๐๗</td></tr><tr><td>แผนงานเคหะและชุมชน</td><td>๘,๒๐๐,๐๐๐</td><td>๒,๐๑๕,๐๐๐</td><td>๒๔.๕๘</td></tr></table>""",
        ),
        with_=["5.5"],
    )

    page(
        None,
        "s_anticorr_news",
        "https://www.nongphai.go.th/news/1500",
        bare(
            "ข่าว",
            """
<h1>อบต.หนองไผ่ จัดอบรมคุณธรรมจริยธรรมและการป้องกันการทุจริต ประจำปี 2569</h1><p>วันที่ 20 มีนาคม 2569</p>
<p>องค์การบริหารส่วนตำบลหนองไผ่ จัดโครงการอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน ให้แก่ผู้บริหาร สมาชิกสภา และพนักงาน
เพื่อปลูกจิตสำนึกไม่ทนต่อการทุจริต โดยนายก อบต. กล่าวย้ำนโยบายบริหารงานด้วยความซื่อสัตย์สุจริต</p>""",
        ),
        with_=["5.2"],
        without=["5.11"],
        ignore=["5.3"],
        note="ทุจริต alone is not a complaint channel; exec speech on honesty is not the signed statement",
    )

    doc(
        None,
        "s_skr_pdf",
        "https://www.nongphai.go.th/uploads/skr1/2568-12.pdf",
        "pdf",
        ["5.7/summary"],
        text="แบบ สขร.๑ สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ธันวาคม ๒๕๖๘ องค์การบริหารส่วนตำบลหนองไผ่ ลำดับที่ งานจัดซื้อหรือจัดจ้าง "
        "วงเงินที่จะซื้อหรือจ้าง ราคากลาง วิธีซื้อหรือจ้าง รายชื่อผู้เสนอราคาและราคาที่เสนอ ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง "
        "เหตุผลที่คัดเลือกโดยสังเขป เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง",
        link_texts=["สขร.1 ธ.ค.68"],
    )
    doc(
        None,
        "s_winner_pdf",
        "https://www.nongphai.go.th/uploads/proc/w-2569-041.pdf",
        "pdf",
        ["5.7/announcements"],
        text="ประกาศองค์การบริหารส่วนตำบลหนองไผ่ เรื่อง ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุไฟฟ้าและวิทยุ จำนวน ๒๑ รายการ โดยวิธีเฉพาะเจาะจง "
        "ผู้ได้รับการคัดเลือก ได้แก่ ร้านวิทยาการไฟฟ้า โดยเสนอราคาเป็นเงินทั้งสิ้น ๒๔,๘๐๐.๐๐ บาท ประกาศ ณ วันที่ ๒ เมษายน พ.ศ. ๒๕๖๙",
        link_texts=["w-2569-041.pdf"],
        note="file-name link text; text layer says what it is",
    )
    doc(
        None,
        "s_refprice_pdf",
        "https://www.nongphai.go.th/uploads/proc/ref-road-m3.pdf",
        "pdf",
        ["5.7/announcements"],
        link_texts=[
            "ตารางแสดงวงเงินงบประมาณที่ได้รับจัดสรรและราคากลางในงานจ้างก่อสร้าง (บก.06) ถนน คสล. หมู่ 3"
        ],
    )
    doc(
        None,
        "s_flip_report",
        "https://fliphtml5.com/bookcase/nongphai/annual-2568",
        "offsite",
        ["5.6"],
        link_texts=["รายงานผลการดำเนินงานประจำปีงบประมาณ 2568 (E-Book)"],
    )
    doc(
        None,
        "s_egp_generic",
        "https://www.gprocurement.go.th/new_index.html",
        "offsite",
        [],
        ignore=["5.7/plan", "5.7/announcements", "5.7/summary"],
        link_texts=["ระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)"],
        note="national e-GP home page: not this agency's procurement data",
    )
    doc(
        None,
        "s_complaint_xlsx",
        "https://www.nongphai.go.th/uploads/ita/complaint-stat-2569.xlsx",
        "document",
        ["5.11"],
        link_texts=["สถิติเรื่องร้องเรียน ต.ค.68-มี.ค.69.xlsx"],
    )
    doc(
        None,
        "s_icon_only",
        "https://www.nongphai.go.th/uploads/ita/O34.pdf",
        "pdf",
        ["5.3"],
        link_texts=["pdf"],
        note="linked only by an icon alt 'pdf' from a hub row 'เจตจำนงสุจริต'; scanned: a human reading the hub row accepts it",
    )
    doc(
        None,
        "s_fb_post",
        "https://www.facebook.com/nongphai.sao/posts/pfbid02xYz",
        "offsite",
        ["5.2"],
        link_texts=["ภาพกิจกรรมโครงการปลูกต้นไม้เฉลิมพระเกียรติ 5 มิ.ย. 69 (Facebook)"],
        note="Facebook post of an activity as news",
    )
    doc(
        None,
        "s_svc_manual",
        "https://www.nongphai.go.th/uploads/ita/people-manual.pdf",
        "pdf",
        ["5.9"],
        link_texts=[
            "คู่มือสำหรับประชาชน ตาม พ.ร.บ.การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558"
        ],
    )
    doc(
        None,
        "s_anticorr_plan",
        "https://www.nongphai.go.th/uploads/ita/anticorruption-2569.pdf",
        "pdf",
        [],
        without=["5.4"],
        link_texts=["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569"],
    )
    doc(
        None,
        "s_procplan_xlsx",
        "https://www.nongphai.go.th/uploads/ita/procplan-2569.xlsx",
        "document",
        ["5.7/plan"],
        link_texts=["ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569"],
    )
