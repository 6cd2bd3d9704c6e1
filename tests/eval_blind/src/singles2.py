"""More single pages: near-miss wordings a reader of real sites meets (job notices, project reports,
HR plans, spending plans, leaflets, other agencies' news feeds, English-only pages)."""

from make_blind import doc, page

NAV = """<nav class="main-nav"><ul><li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับเรา</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li><a href="/ita">ITA</a></li><li><a href="/complaint">ร้องเรียน</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav>"""


def pg(title: str, body: str, org: str = "เทศบาลตำบลนาดี") -> str:
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title}</title></head><body>
<header><div class="logo">{org}</div><div class="today">14 พ.ค. 2569</div></header>{NAV}
<main><div class="content">{body}</div></main><footer>{org} โทร. 044-000-111 &copy; 2569</footer></body></html>"""


def build() -> None:
    page(
        None,
        "t_job_notice",
        "https://www.nadee.go.th/announce/322",
        pg(
            "ประกาศ",
            """
<h1>ประกาศเทศบาลตำบลนาดี เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง</h1><p>ประกาศ ณ วันที่ 1 พฤษภาคม 2569</p>
<p>ด้วยเทศบาลตำบลนาดี มีความประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่ง ผู้ช่วยเจ้าพนักงานพัสดุ จำนวน 1 อัตรา
และพนักงานจ้างทั่วไป ตำแหน่ง คนงานประจำรถขยะ จำนวน 2 อัตรา รับสมัครตั้งแต่วันที่ 5 – 15 พฤษภาคม 2569</p>""",
        ),
        without=["5.7"],
        ignore=["5.2"],
        note="a notice (ประกาศ) that is a job notice, not procurement; the word พัสดุ appears",
    )

    page(
        None,
        "t_project_report",
        "https://www.nadee.go.th/report/kids-day-2569",
        pg(
            "รายงานผลการดำเนินโครงการ",
            """
<h1>รายงานผลการดำเนินโครงการจัดงานวันเด็กแห่งชาติ ประจำปี 2569</h1>
<p>โครงการจัดงานวันเด็กแห่งชาติ ดำเนินการเมื่อวันที่ 10 มกราคม 2569 ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองเข้าร่วม 1,250 คน ใช้งบประมาณ 80,000 บาท
ผลการประเมินความพึงพอใจร้อยละ 91.4 ปัญหาอุปสรรค: สถานที่คับแคบ ข้อเสนอแนะ: ควรจัดในพื้นที่ที่กว้างขึ้น</p>""",
        ),
        without=["5.6"],
        ignore=["5.2"],
        note="a single project's report, not the annual performance report",
    )

    page(
        None,
        "t_hr_plan",
        "https://www.nadee.go.th/plan/manpower-2567-2569",
        pg(
            "แผนอัตรากำลัง",
            """
<h1>แผนอัตรากำลัง 3 ปี ประจำปีงบประมาณ พ.ศ. 2567 – 2569 (ฉบับปรับปรุงครั้งที่ 2)</h1>
<p>เทศบาลตำบลนาดี จัดทำแผนอัตรากำลัง 3 ปี เพื่อใช้เป็นกรอบในการกำหนดตำแหน่งและการใช้ตำแหน่งข้าราชการ ลูกจ้างประจำ และพนักงานจ้าง
ตามประกาศคณะกรรมการพนักงานเทศบาลจังหวัด</p><p><a href="/files/manpower.pdf">ดาวน์โหลด</a></p>""",
        ),
        without=["5.1/plan", "5.4"],
        note="HR manpower plan: neither the development plan nor the annual plan",
    )

    page(
        None,
        "t_spending_plan",
        "https://www.nadee.go.th/plan/spending-2569",
        pg(
            "แผนการใช้จ่ายงบประมาณ",
            """
<h1>แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2569</h1>
<table border="1"><tr><th>แผนงาน</th><th>ไตรมาส 1</th><th>ไตรมาส 2</th><th>ไตรมาส 3</th><th>ไตรมาส 4</th><th>รวม</th></tr>
<tr><td>บริหารงานทั่วไป</td><td>3,100,000</td><td>3,100,000</td><td>3,100,000</td><td>3,100,000</td><td>12,400,000</td></tr>
<tr><td>การศึกษา</td><td>1,200,000</td><td>1,150,000</td><td>900,000</td><td>1,050,000</td><td>4,300,000</td></tr></table>""",
        ),
        ignore=["5.4"],
        note="spending plan: budget by quarter without projects; ambiguous for 5.4",
    )

    page(
        None,
        "t_leaflet_news",
        "https://www.nadee.go.th/news/1611",
        pg(
            "ข่าวกิจกรรม",
            """
<h1>เทศบาลตำบลนาดีลงพื้นที่แจกคู่มือป้องกันโรคไข้เลือดออกและทรายอะเบท</h1><p>เผยแพร่เมื่อ 6 พฤษภาคม 2569</p>
<p>งานสาธารณสุขและสิ่งแวดล้อม ร่วมกับ อสม. ลงพื้นที่ชุมชน 8 ชุมชน แจกคู่มือการป้องกันโรคไข้เลือดออกสำหรับประชาชน พร้อมทรายอะเบท
และให้ความรู้การกำจัดแหล่งเพาะพันธุ์ยุงลาย</p>""",
        ),
        with_=["5.2"],
        without=["5.9"],
        note="news about handing out a health leaflet (คู่มือ…สำหรับประชาชน) is not a service manual",
    )

    feed = "".join(
        f'<li><a href="https://region.prd.go.th/th/content/category/detail/id/{i}">{t}</a> <span>{d}</span></li>'
        for i, t, d in (
            (9921, "จังหวัดบุรีรัมย์ เตรียมพร้อมรับมือฤดูฝน", "13/05/2569"),
            (9917, "กรมประชาสัมพันธ์ชวนตรวจสอบข่าวปลอม", "12/05/2569"),
            (9902, "ครม.อนุมัติมาตรการช่วยเหลือเกษตรกรผู้ปลูกข้าว", "11/05/2569"),
        )
    )
    page(
        None,
        "t_foreign_feed",
        "https://www.nadee.go.th/prd-news",
        pg(
            "ข่าวสารภาครัฐ",
            f"""
<h1>ข่าวสารจากกรมประชาสัมพันธ์</h1><p>ข่าวจากสำนักงานประชาสัมพันธ์จังหวัด (RSS)</p><ul>{feed}</ul>""",
        ),
        without=["5.2"],
        note="a page that only shows another agency's news feed",
    )

    page(
        None,
        "t_mayor_policy",
        "https://www.nadee.go.th/about/mayor-policy",
        pg(
            "นโยบายนายกเทศมนตรี",
            """
<h1>นโยบายการบริหารงานของนายกเทศมนตรีตำบลนาดี</h1><p><img src="/img/mayor.jpg"> นายสุรศักดิ์ พลอยงาม นายกเทศมนตรีตำบลนาดี</p>
<p>ข้าพเจ้าได้แถลงนโยบายต่อสภาเทศบาล เมื่อวันที่ 2 กรกฎาคม 2568 ประกอบด้วย นโยบายด้านโครงสร้างพื้นฐาน นโยบายด้านเศรษฐกิจ นโยบายด้านสังคม
และนโยบายด้านการบริหารจัดการที่ดี ยึดหลักความโปร่งใส สุจริต ตรวจสอบได้</p>""",
        ),
        without=["5.3", "5.1/structure"],
        ignore=["5.1/executives"],
        note="mayor's policy statement (with โครงสร้างพื้นฐาน and สุจริต) is not the integrity declaration",
    )

    page(
        None,
        "t_en_complaint",
        "https://www.kku-eng.ac.th/en/complaints",
        """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Complaints | Faculty of Engineering</title></head><body><nav><a href="/en/">Home</a> <a href="/en/about">About</a> <a href="/en/news">News</a></nav>
<main><h1>Complaints and Whistleblowing</h1><p>Students, staff and the public may file a complaint or report misconduct or corruption through the channels below.
Complaints are handled confidentially and answered within 15 working days.</p><ul><li>Online form: <a href="https://forms.gle/abcEng">Complaint form</a></li>
<li>E-mail: complaint@eng.kku.ac.th</li><li>Phone: +66 43 009 700 ext. 44000</li></ul></main><footer>&copy; 2026 Faculty of Engineering</footer></body></html>""",
        with_=["5.11"],
        note="English-only page",
    )

    page(
        None,
        "t_satisfaction",
        "https://www.nadee.go.th/survey",
        pg(
            "แบบประเมินความพึงพอใจ",
            """
<h1>แบบประเมินความพึงพอใจและรับฟังความคิดเห็นของผู้รับบริการ</h1>
<p>เพื่อนำความคิดเห็นของท่านไปปรับปรุงการให้บริการ กรุณาตอบแบบประเมินออนไลน์ (ใช้เวลาประมาณ 3 นาที)</p>
<p><a href="https://forms.gle/NadeeSurvey2569">ตอบแบบประเมิน (Google Form)</a></p><img src="/img/qr-survey.png" alt="QR Code แบบประเมิน">""",
        ),
        with_=["5.10"],
        note="satisfaction/opinion survey for service users",
    )

    page(
        None,
        "t_service_stats",
        "https://www.nadee.go.th/stats/service-2569",
        pg(
            "สถิติการให้บริการ",
            """
<h1>ข้อมูลเชิงสถิติการให้บริการ ประจำปีงบประมาณ 2569 (ต.ค. 68 – มี.ค. 69)</h1>
<table border="1"><tr><th>งานบริการ</th><th>จำนวน (ราย)</th></tr><tr><td>ชำระภาษีที่ดินและสิ่งปลูกสร้าง</td><td>1,842</td></tr>
<tr><td>ขออนุญาตก่อสร้างอาคาร</td><td>37</td></tr><tr><td>ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ</td><td>112</td></tr></table>""",
        ),
        ignore=["5.9"],
        note="service statistics, not a service manual",
    )

    page(
        None,
        "t_ebid_result",
        "https://www.nadee.go.th/procurement/881",
        pg(
            "ประกาศผลการพิจารณา",
            """
<h1>ประกาศผลการพิจารณาการประกวดราคาจ้างก่อสร้างถนนแอสฟัลท์ติกคอนกรีต สายบ้านนาดี-บ้านโคกใหญ่ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</h1>
<p>ผู้ที่ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา ราคาที่เสนอ 4,215,000.00 บาท ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่ม</p>
<p>ประกาศ ณ วันที่ 29 เมษายน พ.ศ. 2569</p>""",
        ),
        with_=["5.7/announcements"],
        note="result announcement in older wording",
    )

    doc(
        None,
        "t_gform_complaint",
        "https://forms.gle/NadeeComplaint",
        "offsite",
        ["5.11"],
        link_texts=["แบบฟอร์มแจ้งเรื่องร้องเรียน/ร้องทุกข์ออนไลน์"],
        note="Google Form complaint channel",
    )
    doc(
        None,
        "t_line_oa",
        "https://lin.ee/NadeeOA",
        "offsite",
        [],
        ignore=["5.10"],
        link_texts=["LINE Official Account @nadee"],
        note="LINE OA: two-way channel or just PR, ambiguous",
    )
