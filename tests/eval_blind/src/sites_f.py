"""Site f_uni: Drupal-like bilingual site of a university faculty (คณะเกษตรศาสตร์).

Block regions (region-header / region-sidebar-first / region-footer), English menu labels,
/th/node/<n> URLs, academic calendar trap, infrastructure news.
"""

from make_blind import calendar_table, doc, page

SITE = "f_uni"
BASE = "https://agri.rmu.ac.th/th/"

MENU = [
    (
        "About",
        [
            ("ประวัติคณะ History", "about/history"),
            ("Organization Chart", "about/structure"),
            ("Executives ผู้บริหาร", "about/executives"),
            ("Mission & Authority", "about/mission"),
            ("Strategic Plan", "about/strategic-plan"),
            ("Contact Us", "contact"),
        ],
    ),
    (
        "Academics",
        [
            ("หลักสูตร Programs", "programs"),
            ("ปฏิทินการศึกษา", "academic-calendar"),
            ("Research", "research"),
        ],
    ),
    ("News", [("News & Events", "news"), ("Procurement", "procurement"), ("Jobs", "jobs")]),
    (
        "Governance",
        [
            ("ITA 2567", "ita-2567"),
            ("Annual Report", "annual-report"),
            ("Service Standards", "service-standards"),
            ("Laws & Regulations", "laws"),
            ("Complaints", "complaints"),
            ("Feedback", "feedback"),
        ],
    ),
]


def tpl(title: str, body: str) -> str:
    menu = "".join(
        f'<li class="menu-item--expanded"><span>{h}</span><ul class="menu">'
        + "".join(f'<li class="menu-item"><a href="{BASE}{v}">{t}</a></li>' for t, v in links)
        + "</ul></li>"
        for h, links in MENU
    )
    return f"""<!DOCTYPE html><html lang="th" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>{title} | Faculty of Agriculture</title></head><body class="path-node page-node-type-page">
<div class="dialog-off-canvas-main-canvas"><header class="region region-header"><div id="block-clock" class="block">
<span class="date-th">14 พฤษภาคม 2569</span> <span class="time">10:21</span></div>
<div id="block-branding"><a href="{BASE}"><img src="/sites/default/files/logo.png" alt="Home"></a>
<div class="site-name">คณะเกษตรศาสตร์ มหาวิทยาลัยราชภัฏมหาสารคาม<br>Faculty of Agriculture, Rajabhat Maha Sarakham University</div></div>
<div class="language-switcher"><a href="{BASE}">TH</a> | <a href="https://agri.rmu.ac.th/en/">EN</a></div></header>
<nav id="block-mainnavigation" class="region-primary-menu"><ul class="menu">{menu}</ul></nav>
<div class="layout-container"><main role="main"><div class="region region-content">{body}</div></main>
<aside class="region region-sidebar-first"><div class="block"><h2>Calendar</h2>{calendar_table()}</div>
<div class="block"><h2>Quick Links</h2><ul><li><a href="https://reg.rmu.ac.th/">ระบบทะเบียน</a></li><li><a href="https://www.rmu.ac.th/">มหาวิทยาลัย</a></li></ul></div>
<div class="block"><h2>Visitors</h2><p>Today 318 · Total 1,024,777</p></div></aside></div>
<footer class="region region-footer"><p>คณะเกษตรศาสตร์ มหาวิทยาลัยราชภัฏมหาสารคาม 80 ถนนนครสวรรค์ ตำบลตลาด อำเภอเมือง จังหวัดมหาสารคาม 44000
Tel. 043-713-111 ext. 401 · agri@rmu.ac.th · &copy; 2026 All rights reserved.</p></footer></div></body></html>"""


def node(title: str, inner: str, date: str | None = None) -> str:
    meta = (
        f'<div class="node__meta">Submitted on <time datetime="{date}">{date}</time></div>'
        if date
        else ""
    )
    return f'<article class="node"><h1 class="page-title"><span class="field--name-title">{title}</span></h1>{meta}<div class="field--name-body">{inner}</div></article>'


def build() -> None:
    page(
        SITE,
        "f_structure",
        BASE + "about/structure",
        tpl(
            "Organization Chart",
            node(
                "Organization Chart โครงสร้างองค์กร",
                """
<p><img src="/sites/default/files/2025-09/orgchart-2569.png" alt="Organization Chart 2569"></p>
<p>คณบดี — รองคณบดีฝ่ายบริหาร / รองคณบดีฝ่ายวิชาการและวิจัย / รองคณบดีฝ่ายกิจการนักศึกษา — สำนักงานคณบดี (งานบริหารทั่วไป งานแผนและงบประมาณ งานบริการการศึกษา)
— สาขาวิชาพืชศาสตร์ สาขาวิชาสัตวศาสตร์ สาขาวิชาเทคโนโลยีการอาหาร — ศูนย์ฝึกปฏิบัติการเกษตร (ฟาร์มมหาวิทยาลัย)</p>""",
            ),
        ),
        with_=["5.1/structure"],
        note="English label",
    )

    page(
        SITE,
        "f_exec",
        BASE + "about/executives",
        tpl(
            "Executives",
            node(
                "Executives ผู้บริหารคณะ",
                """
<div class="person"><img src="/files/dean.jpg"><h3>ผู้ช่วยศาสตราจารย์ ดร.วรวุฒิ ชาญเกษตร</h3><p>คณบดีคณะเกษตรศาสตร์ (Dean) · dean.agri@rmu.ac.th · 043-713-111 ต่อ 401</p></div>
<div class="person"><h3>อาจารย์ ดร.ปิยะนุช ทองมา</h3><p>รองคณบดีฝ่ายบริหาร (Associate Dean for Administration)</p></div>
<div class="person"><h3>อาจารย์ ดร.ธีรวัฒน์ แสนสุข</h3><p>รองคณบดีฝ่ายวิชาการและวิจัย</p></div>""",
            ),
        ),
        with_=["5.1/executives"],
    )

    page(
        SITE,
        "f_plan",
        BASE + "about/strategic-plan",
        tpl(
            "Strategic Plan",
            node(
                "Strategic Plan แผนยุทธศาสตร์คณะเกษตรศาสตร์ พ.ศ. 2566–2570 (ฉบับทบทวน 2569)",
                """
<p>วิสัยทัศน์: เป็นคณะชั้นนำด้านเกษตรอัจฉริยะเพื่อพัฒนาท้องถิ่นภาคตะวันออกเฉียงเหนือ</p>
<p>ประเด็นยุทธศาสตร์ที่ 1 การผลิตบัณฑิตนักปฏิบัติ · ประเด็นยุทธศาสตร์ที่ 2 การวิจัยและนวัตกรรมเกษตร · ประเด็นยุทธศาสตร์ที่ 3 การบริการวิชาการแก่ชุมชน
· ประเด็นยุทธศาสตร์ที่ 4 การบริหารจัดการตามหลักธรรมาภิบาล</p><p>ตัวชี้วัดและค่าเป้าหมาย กลยุทธ์ ดังเอกสารแนบ</p>
<p><a href="/sites/default/files/plan/strategic-plan-2566-2570-rev2569.pdf">Download (PDF, 3.2 MB)</a></p>""",
            ),
        ),
        with_=["5.1/plan"],
    )

    items = [
        (
            "2026-05-08",
            "news/2026/05/agri-smart-farm",
            "คณะเกษตรศาสตร์จัดอบรมเกษตรกรรุ่นใหม่ Smart Farmer ปี 2569",
        ),
        (
            "2026-04-22",
            "news/2026/04/network-upgrade",
            "คณะฯ ปรับปรุงโครงสร้างพื้นฐานระบบเครือข่ายและโรงเรือนอัจฉริยะ",
        ),
        ("2026-03-30", "news/2026/03/thesis-award", "นักศึกษาสาขาสัตวศาสตร์คว้ารางวัลนำเสนอผลงานระดับชาติ"),
    ]
    lis = "".join(
        f'<div class="views-row"><span class="date">{d}</span> <a href="{BASE}{v}">{t}</a></div>'
        for d, v, t in items
    )
    page(
        SITE,
        "f_news",
        BASE + "news",
        tpl(
            "News & Events",
            f'<h1 class="page-title">News &amp; Events ข่าวและกิจกรรม</h1><div class="view-content">{lis}</div>'
            f'<nav class="pager"><a href="{BASE}news?page=1">Next ›</a></nav>',
        ),
        with_=["5.2"],
        note="English label, ISO dates",
    )

    page(
        SITE,
        "f_infra",
        BASE + "news/2026/04/network-upgrade",
        tpl(
            "คณะฯ ปรับปรุงโครงสร้างพื้นฐาน",
            node(
                "คณะฯ ปรับปรุงโครงสร้างพื้นฐานระบบเครือข่ายและโรงเรือนอัจฉริยะ",
                """
<p>คณะเกษตรศาสตร์ได้รับงบประมาณแผ่นดินปี 2569 เพื่อปรับปรุงโครงสร้างพื้นฐานด้านดิจิทัล ได้แก่ ระบบเครือข่ายไร้สายในฟาร์มมหาวิทยาลัย เซนเซอร์วัดความชื้นในดิน
และระบบควบคุมโรงเรือนอัจฉริยะ (Smart Greenhouse) รวมถึงปรับปรุงโครงสร้างหลังคาโรงเรือนเดิมที่ชำรุด เพื่อใช้ในการเรียนการสอนและบริการวิชาการแก่เกษตรกร
คาดว่าจะแล้วเสร็จภายในเดือนสิงหาคม 2569</p>""",
                "2026-04-22",
            ),
        ),
        with_=["5.2"],
        without=["5.1/structure"],
        note="โครงสร้างพื้นฐาน (infrastructure) news is not the org structure",
    )

    page(
        SITE,
        "f_contact",
        BASE + "contact",
        tpl(
            "Contact Us",
            node(
                "Contact Us ติดต่อเรา",
                """
<p>สำนักงานคณบดีคณะเกษตรศาสตร์ อาคาร 12 ชั้น 1 มหาวิทยาลัยราชภัฏมหาสารคาม 80 ถนนนครสวรรค์ ตำบลตลาด อำเภอเมือง จังหวัดมหาสารคาม 44000</p>
<p>Tel. 043-713-111 ext. 401 · Fax 043-713-112 · E-mail agri@rmu.ac.th · Facebook: Agri RMU</p>
<p><a href="https://goo.gl/maps/agriRMU">Google Maps</a></p>""",
            ),
        ),
        with_=["5.1/contact"],
    )

    rows = [
        ("O1", "โครงสร้าง", BASE + "about/structure"),
        ("O2", "ข้อมูลผู้บริหาร", BASE + "about/executives"),
        ("O4", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", BASE + "about/strategic-plan"),
        ("O5", "ข้อมูลการติดต่อ", BASE + "contact"),
        ("O7", "ข่าวประชาสัมพันธ์", BASE + "news"),
        ("O12", "รายงานผลการดำเนินงานประจำปี", BASE + "annual-report"),
        ("O14", "คู่มือหรือมาตรฐานการให้บริการ", BASE + "service-standards"),
    ]
    trs = "".join(
        f'<tr><td>{o}</td><td>{t}</td><td><a href="{h}">{h}</a></td></tr>' for o, t, h in rows
    )
    page(
        SITE,
        "f_ita",
        BASE + "ita-2567",
        tpl(
            "ITA 2567",
            node("ITA 2567 การเปิดเผยข้อมูลสาธารณะ (OIT) คณะเกษตรศาสตร์", f"<table>{trs}</table>"),
        ),
        note="hub whose link texts are bare URLs",
    )

    page(
        SITE,
        "f_annual",
        BASE + "annual-report",
        tpl(
            "Annual Report",
            node(
                "Annual Report รายงานประจำปี",
                f"""
<ul><li><a href="{BASE}files/annual-report-2568.pdf">รายงานประจำปี 2568 (Annual Report 2025)</a> – ผลการดำเนินงานตามแผนปฏิบัติราชการ ปีงบประมาณ 2568 และการใช้จ่ายงบประมาณ</li>
<li><a href="{BASE}files/annual-report-2567.pdf">รายงานประจำปี 2567 (Annual Report 2024)</a></li></ul>""",
            ),
        ),
        with_=["5.6"],
    )

    page(
        SITE,
        "f_calendar",
        BASE + "academic-calendar",
        tpl(
            "ปฏิทินการศึกษา",
            node(
                "ปฏิทินการศึกษา ภาคเรียนที่ 1/2569",
                """
<table><tr><td>ลงทะเบียนเรียน</td><td>1 – 14 มิถุนายน 2569</td></tr><tr><td>เปิดภาคเรียน</td><td>15 มิถุนายน 2569</td></tr>
<tr><td>สอบกลางภาค</td><td>10 – 16 สิงหาคม 2569</td></tr><tr><td>สอบปลายภาค</td><td>5 – 16 ตุลาคม 2569</td></tr></table>""",
            ),
        ),
        note="academic calendar: dates but no item",
    )

    page(
        SITE,
        "f_service",
        BASE + "service-standards",
        tpl(
            "Service Standards",
            node(
                "Service Standards มาตรฐานการให้บริการ",
                """
<h3>มาตรฐานการให้บริการ งานบริการการศึกษา</h3><table><tr><th>บริการ</th><th>ขั้นตอน</th><th>ระยะเวลา</th></tr>
<tr><td>ขอหนังสือรับรองการเป็นนักศึกษา</td><td>ยื่นคำร้อง → ตรวจสอบ → ลงนาม</td><td>1 วันทำการ</td></tr>
<tr><td>ขอใช้ห้องปฏิบัติการ/ฟาร์ม</td><td>ยื่นแบบขอใช้ → อนุมัติโดยหัวหน้าศูนย์</td><td>3 วันทำการ</td></tr>
<tr><td>บริการตรวจวิเคราะห์ดิน</td><td>ส่งตัวอย่าง → ชำระค่าธรรมเนียม 150 บาท → รับผล</td><td>7 วันทำการ</td></tr></table>""",
            ),
        ),
        with_=["5.9"],
    )

    doc(SITE, "f_d_annual68", BASE + "files/annual-report-2568.pdf", "pdf", ["5.6"])
