"""Site b_ci: assystemth-like CodeIgniter build of a sub-district municipality (เทศบาลตำบล).

Bootstrap navbar with a mega dropdown, /Pages/<view> URLs, sidebar calendar/poll/counter,
ITA 2567 hub whose rows link with a PDF icon or "ดาวน์โหลด".
"""

from make_blind import calendar_table, doc, page

SITE = "b_ci"
BASE = "https://www.donkham.go.th/"


def p(view: str) -> str:
    return BASE + "Pages/" + view


MEGA = [
    (
        "ข้อมูลหน่วยงาน",
        [
            ("ประวัติความเป็นมา", "history"),
            ("วิสัยทัศน์ พันธกิจ", "vision"),
            ("อำนาจหน้าที่", "mission"),
            ("โครงสร้างองค์กร", "structure"),
            ("คณะผู้บริหาร", "executive"),
            ("สมาชิกสภาเทศบาล", "council"),
            ("ข้อมูลการติดต่อ", "contact"),
        ],
    ),
    (
        "ส่วนราชการ",
        [
            ("สำนักปลัดเทศบาล", "operation_office"),
            ("กองคลัง", "operation_finance"),
            ("กองช่าง", "operation_engineer"),
            ("งานป้องกันและบรรเทาสาธารณภัย", "operation_disaster"),
            ("งานนิติการ", "operation_law"),
        ],
    ),
    (
        "แผนงานและงบประมาณ",
        [
            ("แผนพัฒนาท้องถิ่น", "plan_dev"),
            ("แผนการดำเนินงาน", "plan_action"),
            ("รายงานติดตามและประเมินผลแผน", "plan_follow"),
            ("เทศบัญญัติงบประมาณ", "budget"),
            ("รายงานผลการดำเนินงาน", "plan_report"),
        ],
    ),
    (
        "ข่าวสาร",
        [
            ("ข่าวประชาสัมพันธ์", "news"),
            ("ข่าวกิจกรรม", "activity"),
            ("ข่าวจัดซื้อจัดจ้าง (e-GP)", "e_gp"),
            ("แผนจัดซื้อจัดจ้าง", "procurement_plan"),
            ("สรุปผลจัดซื้อจัดจ้าง สขร.1", "procurement_result"),
            ("วารสารเทศบาล", "journal"),
        ],
    ),
    (
        "บริการประชาชน",
        [
            ("คู่มือสำหรับประชาชน", "manual_people"),
            ("คู่มือการปฏิบัติงาน", "manual_staff"),
            ("ดาวน์โหลดแบบฟอร์ม", "loadform"),
            ("E-Service", "eservice"),
            ("กฏหมายที่เกี่ยวข้อง", "law"),
        ],
    ),
    (
        "ติดต่อ/ร้องเรียน",
        [
            ("กระดานถาม-ตอบ (Q&A)", "q_a"),
            ("ร้องเรียน/ร้องทุกข์", "complain"),
            ("แจ้งเรื่องร้องเรียนการทุจริต", "corruption"),
            ("ติดตามสถานะเรื่องร้องเรียน", "follow_complain"),
            ("ผลโหวตแบบสำรวจ", "poll_result"),
        ],
    ),
    (
        "ITA/OIT",
        [
            ("ITA 2569", "ita_year_detail/14"),
            ("ITA 2568", "ita_year_detail/13"),
            ("ITA 2567", "ita_year_detail/12"),
            ("ศูนย์ข้อมูลข่าวสาร", "odata"),
            ("เจตจำนงสุจริตของผู้บริหาร", "integrity"),
            ("ผังเว็บไซต์", "all_web"),
        ],
    ),
]


def navbar() -> str:
    cols = "".join(
        f'<div class="col-md-3"><h6 class="dropdown-header">{h}</h6>'
        + "".join(f'<a class="dropdown-item" href="{p(v)}">{t}</a>' for t, v in links)
        + "</div>"
        for h, links in MEGA
    )
    return f"""<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
<a class="navbar-brand" href="{BASE}">หน้าหลัก</a><ul class="navbar-nav">
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">เมนูหลัก</a>
<div class="dropdown-menu mega-menu"><div class="row">{cols}</div></div></li>
<li class="nav-item"><a class="nav-link" href="{p("news")}">ข่าวประชาสัมพันธ์</a></li>
<li class="nav-item"><a class="nav-link" href="{p("e_gp")}">จัดซื้อจัดจ้าง</a></li>
<li class="nav-item"><a class="nav-link" href="{p("ita_year_detail/14")}">ITA</a></li>
<li class="nav-item"><a class="nav-link" href="{p("complain")}">ร้องเรียน</a></li></ul></div></nav>"""


SIDEBAR = f"""<aside class="col-md-3">
<div class="card mb-2"><div class="card-header">ปฏิทินกิจกรรม</div><div class="card-body">{calendar_table()}</div></div>
<div class="card mb-2"><div class="card-header">แบบสำรวจความพึงพอใจ</div><div class="card-body">
<p>ท่านคิดว่าเทศบาลบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส หรือไม่</p>
<label><input type="radio" name="vote" value="1"> มากที่สุด</label><br><label><input type="radio" name="vote" value="2"> มาก</label><br>
<label><input type="radio" name="vote" value="3"> ปานกลาง</label><br><label><input type="radio" name="vote" value="4"> น้อย</label><br>
<button class="btn btn-sm btn-primary">โหวต</button> <a href="{p("poll_result")}">ผลโหวต</a></div></div>
<div class="card mb-2"><div class="card-header">สถิติผู้เข้าชมเว็บไซต์</div><div class="card-body">
ออนไลน์ 3<br>วันนี้ 152<br>เดือนนี้ 3,921<br>ปีนี้ 31,884<br>ทั้งหมด 1,203,556</div></div>
<div class="card"><div class="card-body"><a href="https://itas.nacc.go.th/"><img src="{BASE}assets/img/itas.png" alt="ITAS"></a>
<a href="https://www.gprocurement.go.th/"><img src="{BASE}assets/img/egp.png" alt="e-GP"></a></div></div></aside>"""


def tpl(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="{BASE}assets/bootstrap/css/bootstrap.min.css"></head><body>
<header class="top-bar"><div class="container d-flex justify-content-between">
<span id="clock">วันพฤหัสบดีที่ 14 พฤษภาคม 2569 | 10:21:45</span>
<span><a href="{p("all_web")}">ผังเว็บไซต์</a> | <a href="{p("contact")}">ติดต่อเรา</a></span></div>
<div class="container"><img src="{BASE}assets/img/logo.png" alt="โลโก้"> <span class="site-name">เทศบาลตำบลดอนคำ<br><small>อำเภอท่าม่วง จังหวัดกาญจนบุรี</small></span></div></header>
{navbar()}
<div class="container mt-3"><div class="row"><main class="col-md-9">{body}</main>{SIDEBAR}</div></div>
<footer class="bg-dark text-white mt-4 p-3"><div class="container">
สำนักงานเทศบาลตำบลดอนคำ 88 หมู่ 2 ตำบลดอนคำ อำเภอท่าม่วง จังหวัดกาญจนบุรี 71110 โทรศัพท์ 0-3461-5123 โทรสาร 0-3461-5124<br>
E-mail: admin@donkham.go.th | นโยบายเว็บไซต์ | นโยบายคุ้มครองข้อมูลส่วนบุคคล<br>
&copy; 2569 เทศบาลตำบลดอนคำ พัฒนาโดย บริษัท เอเอส ซิสเต็ม</div></footer></body></html>"""


def card(title: str, inner: str) -> str:
    return f'<div class="card"><div class="card-header bg-primary text-white"><h4>{title}</h4></div><div class="card-body">{inner}</div></div>'


def build() -> None:
    page(
        SITE,
        "b_mission",
        p("mission"),
        tpl(
            "เทศบาลตำบลดอนคำ",
            card(
                "อำนาจหน้าที่",
                """
<p>เทศบาลตำบลดอนคำ มีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 และแก้ไขเพิ่มเติม และตามพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 ดังนี้</p>
<p><b>หน้าที่ต้องทำ (มาตรา 50)</b></p><ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>
<li>รักษาความสะอาดของถนนหรือทางเดินและที่สาธารณะ รวมทั้งการกำจัดมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันและระงับโรคติดต่อ</li>
<li>ให้มีเครื่องใช้ในการดับเพลิง</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li></ol>
<p><b>หน้าที่อาจจัดทำ (มาตรา 51)</b></p><ol><li>ให้มีน้ำสะอาดหรือการประปา</li><li>ให้มีโรงฆ่าสัตว์</li><li>ให้มีตลาด ท่าเทียบเรือและท่าข้าม</li></ol>
<p><b>อำนาจหน้าที่ตามมาตรา 16</b> แห่ง พ.ร.บ.กำหนดแผนและขั้นตอนการกระจายอำนาจฯ จำนวน 31 ประการ</p>""",
            ),
        ),
        with_=["5.1/authority"],
        note="<title> is only the site name",
    )

    page(
        SITE,
        "b_law",
        p("law"),
        tpl(
            "กฏหมายที่เกี่ยวข้อง - เทศบาลตำบลดอนคำ",
            card(
                "กฏหมายที่เกี่ยวข้อง",
                f"""
<table class="table table-striped"><thead><tr><th>#</th><th>ชื่อกฏหมาย/ระเบียบ</th><th>ไฟล์</th></tr></thead><tbody>
<tr><td>1</td><td>พระราชบัญญัติเทศบาล พ.ศ. 2496 แก้ไขเพิ่มเติมถึง (ฉบับที่ 14) พ.ศ. 2562</td><td><a href="{BASE}uploads/law/1.pdf"><i class="fa fa-file-pdf"></i></a></td></tr>
<tr><td>2</td><td>พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542</td><td><a href="{BASE}uploads/law/2.pdf"><i class="fa fa-file-pdf"></i></a></td></tr>
<tr><td>3</td><td>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</td><td><a href="{BASE}uploads/law/3.pdf"><i class="fa fa-file-pdf"></i></a></td></tr>
<tr><td>4</td><td>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</td><td><a href="{BASE}uploads/law/4.pdf"><i class="fa fa-file-pdf"></i></a></td></tr>
<tr><td>5</td><td>ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 แก้ไขเพิ่มเติม</td><td><a href="{BASE}uploads/law/5.pdf"><i class="fa fa-file-pdf"></i></a></td></tr>
<tr><td>6</td><td>เทศบัญญัติ เรื่อง การควบคุมการเลี้ยงหรือปล่อยสัตว์ พ.ศ. 2565</td><td><a href="{BASE}uploads/law/6.pdf"><i class="fa fa-file-pdf"></i></a></td></tr>
</tbody></table>""",
            ),
        ),
        with_=["5.1/laws"],
        note="misspelling กฏหมาย",
    )

    egp = [
        (
            "ประกาศเชิญชวน",
            "ประกวดราคาจ้างก่อสร้างอาคารศูนย์พัฒนาเด็กเล็กเทศบาลตำบลดอนคำ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "11/05/2569",
            "69059012345",
        ),
        (
            "ประกาศราคากลาง",
            "ประกวดราคาจ้างก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก (ราคากลาง 2,980,000.00 บาท)",
            "08/05/2569",
            "69059012345",
        ),
        (
            "ประกาศผู้ชนะการเสนอราคา",
            "ซื้อครุภัณฑ์คอมพิวเตอร์ จำนวน 5 รายการ โดยวิธีเฉพาะเจาะจง",
            "02/05/2569",
            "69049087766",
        ),
        (
            "ประกาศผู้ชนะการเสนอราคา",
            "จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 6 โดยวิธีเฉพาะเจาะจง",
            "27/04/2569",
            "69049055112",
        ),
        ("ร่างเอกสารประกวดราคา", "จ้างก่อสร้างระบบประปาหมู่บ้าน หมู่ที่ 4", "20/04/2569", "69049001234"),
    ]
    rows = "".join(
        f'<tr><td>{d}</td><td><span class="badge badge-info">{k}</span> <a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?pid={n}">{t}</a></td><td>{n}</td></tr>'
        for k, t, d, n in egp
    )
    page(
        SITE,
        "b_egp",
        p("e_gp"),
        tpl(
            "ข่าวจัดซื้อจัดจ้าง - เทศบาลตำบลดอนคำ",
            card(
                "ข่าวจัดซื้อจัดจ้าง (e-GP)",
                f"""
<p>ข้อมูลจากระบบการจัดซื้อจัดจ้างภาครัฐ กรมบัญชีกลาง (ดึงข้อมูลอัตโนมัติ)</p>
<table class="table table-sm"><thead><tr><th>วันที่ประกาศ</th><th>เรื่อง</th><th>เลขที่โครงการ</th></tr></thead><tbody>{rows}</tbody></table>""",
            ),
        ),
        with_=["5.7/announcements"],
        without=["5.2"],
        note="ข่าวจัดซื้อจัดจ้าง = procurement, not PR news",
    )

    page(
        SITE,
        "b_complain",
        p("complain"),
        tpl(
            "ร้องเรียน/ร้องทุกข์ - เทศบาลตำบลดอนคำ",
            card(
                "ร้องเรียน/ร้องทุกข์",
                f"""
<p>ประชาชนสามารถยื่นเรื่องร้องเรียน/ร้องทุกข์ ได้ตลอด 24 ชั่วโมง โดยกรอกข้อมูลด้านล่าง เจ้าหน้าที่จะแจ้งผลการดำเนินการภายใน 15 วัน และท่านสามารถ
<a href="{p("follow_complain")}">ติดตามสถานะเรื่องร้องเรียน</a> ได้ด้วยเลขที่รับเรื่อง</p>
<form method="post" action="{p("complain_save")}" class="form">
<div class="form-group"><label>ชื่อ-นามสกุล (ไม่ประสงค์ออกนามได้)</label><input class="form-control" name="name"></div>
<div class="form-group"><label>หมายเลขโทรศัพท์</label><input class="form-control" name="tel"></div>
<div class="form-group"><label>หัวข้อเรื่อง</label><input class="form-control" name="topic"></div>
<div class="form-group"><label>รายละเอียด</label><textarea class="form-control" name="detail"></textarea></div>
<div class="form-group"><label>แนบไฟล์/รูปภาพ</label><input type="file" name="img"></div>
<button class="btn btn-success">ส่งเรื่อง</button></form>
<p>ช่องทางอื่น: ตู้รับเรื่องร้องเรียน ณ สำนักงานเทศบาล, โทร. 0-3461-5123 ต่อ 12, Line: @donkham</p>""",
            ),
        ),
        with_=["5.11"],
    )

    page(
        SITE,
        "b_corruption",
        p("corruption"),
        tpl(
            "แจ้งเรื่องร้องเรียนการทุจริต - เทศบาลตำบลดอนคำ",
            card(
                "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                f"""
<div class="alert alert-warning">ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</div>
<p>หากพบเห็นเจ้าหน้าที่ของเทศบาลตำบลดอนคำ กระทำการทุจริตหรือประพฤติมิชอบ สามารถแจ้งเบาะแสได้ที่แบบฟอร์มนี้ หรือ
<a href="https://www.nacc.go.th/wbs">ระบบรับแจ้งเบาะแส ป.ป.ช.</a> หรือ ศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงมหาดไทย โทร. 1567</p>
<form method="post" action="{p("corruption_save")}"><input name="name" placeholder="ชื่อผู้แจ้ง"><input name="accused" placeholder="ชื่อผู้ถูกร้อง">
<textarea name="detail" placeholder="พฤติการณ์ที่ทุจริต"></textarea><button>ส่งข้อมูล</button></form>""",
            ),
        ),
        with_=["5.11"],
    )

    groups = [(h, links) for h, links in MEGA]
    tree = "".join(
        f"<li><b>{h}</b><ul>"
        + "".join(f'<li><a href="{p(v)}">{t}</a></li>' for t, v in links)
        + "</ul></li>"
        for h, links in groups
    )
    page(
        SITE,
        "b_allweb",
        p("all_web"),
        tpl("ผังเว็บไซต์ - เทศบาลตำบลดอนคำ", card("ผังเว็บไซต์", f"<ul class='sitemap'>{tree}</ul>")),
        note="HTML sitemap: names every item, evidence of none",
    )

    page(
        SITE,
        "b_loadform",
        p("loadform"),
        tpl(
            "ดาวน์โหลดแบบฟอร์ม - เทศบาลตำบลดอนคำ",
            card(
                "ดาวน์โหลดแบบฟอร์ม",
                f"""
<ul class="list-group"><li class="list-group-item"><a href="{BASE}uploads/form/1.pdf">แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ</a></li>
<li class="list-group-item"><a href="{BASE}uploads/form/2.pdf">แบบคำร้องขออนุญาตก่อสร้างอาคาร (ข.1)</a></li>
<li class="list-group-item"><a href="{BASE}uploads/form/3.pdf">แบบแจ้งรายการเพื่อเสียภาษีป้าย (ภ.ป.1)</a></li>
<li class="list-group-item"><a href="{BASE}uploads/form/4.doc">แบบคำร้องทั่วไป</a></li></ul>""",
            ),
        ),
        ignore=["5.9"],
        note="citizen forms: service-related but not a service manual",
    )

    page(
        SITE,
        "b_disaster",
        p("operation_disaster"),
        tpl(
            "งานป้องกันและบรรเทาสาธารณภัย - เทศบาลตำบลดอนคำ",
            card(
                "งานป้องกันและบรรเทาสาธารณภัย",
                """
<p><b>หัวหน้างาน</b> นายชาตรี ใจกล้า เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย</p>
<p><b>หน้าที่ความรับผิดชอบ</b></p><ul>
<li>จัดทำแผนปฏิบัติการในการป้องกันและบรรเทาสาธารณภัย และแผนเผชิญเหตุ</li>
<li>จัดทำรายงานผลการดำเนินงานและรายงานการติดตามการปฏิบัติงานเสนอผู้บังคับบัญชา</li>
<li>ดำเนินการจัดซื้อจัดจ้างวัสดุอุปกรณ์ดับเพลิงตามระเบียบ</li>
<li>จัดทำคู่มือการปฏิบัติงานของอาสาสมัคร อปพร.</li><li>รับเรื่องร้องเรียนเหตุเดือดร้อนรำคาญ</li></ul>
<p>โทรแจ้งเหตุ 24 ชั่วโมง 199 หรือ 0-3461-5199</p>""",
            ),
        ),
        ignore=["5.1/authority"],
        note="unit duty page using document words without publishing them",
    )

    page(
        SITE,
        "b_odata",
        p("odata"),
        tpl(
            "ศูนย์ข้อมูลข่าวสาร - เทศบาลตำบลดอนคำ",
            card(
                "ศูนย์ข้อมูลข่าวสารของราชการ",
                """
<p>ศูนย์ข้อมูลข่าวสารเทศบาลตำบลดอนคำ จัดตั้งขึ้นตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 ตั้งอยู่ ณ สำนักปลัดเทศบาล ชั้น 1
เปิดให้บริการในวันและเวลาราชการ ประชาชนสามารถขอตรวจดูข้อมูลข่าวสารตามมาตรา 7 มาตรา 9 และขอข้อมูลข่าวสารตามมาตรา 11</p>
<p>ผู้รับผิดชอบ: นางสาวพิมพ์ชนก อินทร์แก้ว นักจัดการงานทั่วไป</p>
<p>หมวดข้อมูล: ข้อมูลข่าวสารตามมาตรา 7 | ข้อมูลข่าวสารตามมาตรา 9 | คำสั่งแต่งตั้งเจ้าหน้าที่ศูนย์ | การขอข้อมูลข่าวสาร</p>""",
            ),
        ),
        without=["5.2"],
        note="ศูนย์ข้อมูลข่าวสาร is the information centre, not news",
    )

    ita = [
        ("O1", "โครงสร้าง", p("structure"), "<i class='fa fa-link'></i>"),
        ("O2", "ข้อมูลผู้บริหาร", p("executive"), "<i class='fa fa-link'></i>"),
        ("O3", "อำนาจหน้าที่", p("mission"), "<i class='fa fa-link'></i>"),
        (
            "O10",
            "แผนดำเนินงานและการใช้งบประมาณประจำปี",
            BASE + "uploads/ita/2567/plan_action_2567.pdf",
            "<img src='/assets/img/pdf.png' alt='pdf'>",
        ),
        (
            "O11",
            "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน",
            BASE + "uploads/ita/2567/follow6.pdf",
            "ดาวน์โหลด",
        ),
        (
            "O12",
            "รายงานผลการดำเนินงานประจำปี",
            BASE + "uploads/ita/2567/report_2566.pdf",
            "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        ),
        (
            "O14",
            "คู่มือหรือมาตรฐานการให้บริการ",
            BASE + "uploads/ita/2567/manual_people.pdf",
            "คู่มือสำหรับประชาชน",
        ),
        (
            "O18",
            "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ",
            BASE + "uploads/ita/2567/procplan67.pdf",
            "แผนจัดซื้อจัดจ้าง ปี 67",
        ),
        (
            "O19",
            "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
            p("e_gp"),
            "<i class='fa fa-link'></i>",
        ),
        (
            "O27",
            "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
            p("corruption"),
            "<i class='fa fa-link'></i>",
        ),
        ("O29", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", p("q_a"), "<i class='fa fa-link'></i>"),
    ]
    rows = "".join(
        f"<tr><td>{o}</td><td>{t}</td><td class='text-center'><a href='{h}' target='_blank'>{lt}</a></td></tr>"
        for o, t, h, lt in ita
    )
    page(
        SITE,
        "b_ita2567",
        p("ita_year_detail/12"),
        tpl(
            "ITA 2567 - เทศบาลตำบลดอนคำ",
            card(
                "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2567",
                f"""
<table class="table table-bordered"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>URL</th></tr></thead><tbody>{rows}</tbody></table>""",
            ),
        ),
        note="ITA 2567 hub, links by icon",
    )

    page(
        SITE,
        "b_qa",
        p("q_a"),
        tpl(
            "กระดานถาม-ตอบ - เทศบาลตำบลดอนคำ",
            card(
                "กระดานถาม-ตอบ (Q&amp;A)",
                f"""
<a class="btn btn-primary" href="{p("q_a_add")}">+ ตั้งกระทู้ใหม่</a>
<table class="table"><thead><tr><th>กระทู้</th><th>ผู้ถาม</th><th>ตอบ</th><th>วันที่</th></tr></thead><tbody>
<tr><td><a href="{p("q_a_detail/412")}">สอบถามการยื่นขอรับเบี้ยความพิการ ต้องใช้เอกสารอะไรบ้างครับ</a></td><td>ชาวบ้านดอนคำ</td><td>1</td><td>09/05/2569</td></tr>
<tr><td><a href="{p("q_a_detail/411")}">ไฟถนนหมู่ 3 ดับหลายวันแล้ว</a></td><td>สมศรี</td><td>2</td><td>30/04/2569</td></tr>
<tr><td><a href="{p("q_a_detail/409")}">ภาษีป้ายชำระออนไลน์ได้ไหมคะ</a></td><td>ร้านกาแฟ</td><td>1</td><td>17/04/2569</td></tr>
</tbody></table>""",
            ),
        ),
        with_=["5.10"],
        ignore=["5.11"],
        note="Q&A webboard (two-way channel)",
    )

    page(
        SITE,
        "b_poll",
        p("poll_result"),
        tpl(
            "ผลโหวต - เทศบาลตำบลดอนคำ",
            card(
                "ผลโหวตแบบสำรวจ",
                """
<p>ท่านคิดว่าเทศบาลบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส หรือไม่</p>
<table class="table"><tr><td>มากที่สุด</td><td>412 (58%)</td></tr><tr><td>มาก</td><td>201 (28%)</td></tr>
<tr><td>ปานกลาง</td><td>77 (11%)</td></tr><tr><td>น้อย</td><td>21 (3%)</td></tr></table><p>รวม 711 โหวต</p>""",
            ),
        ),
        without=["5.3"],
        note="poll with สุจริต is not an integrity statement",
    )

    page(
        SITE,
        "b_news_empty",
        p("news"),
        tpl(
            "ข่าวประชาสัมพันธ์ - เทศบาลตำบลดอนคำ",
            card(
                "ข่าวประชาสัมพันธ์",
                """
<div class="text-center text-muted p-5">ไม่พบข้อมูล</div>""",
            ),
        ),
        without=["5.2"],
        note="empty category page",
    )

    doc(
        SITE,
        "b_d_plan",
        BASE + "uploads/ita/2567/plan_action_2567.pdf",
        "pdf",
        ["5.4"],
        text="แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลตำบลดอนคำ อำเภอท่าม่วง จังหวัดกาญจนบุรี "
        "ส่วนที่ ๑ บทนำ ส่วนที่ ๒ บัญชีโครงการ/กิจกรรม/ครุภัณฑ์ ยุทธศาสตร์ แผนงาน งบประมาณ (บาท) สถานที่ดำเนินการ หน่วยงานรับผิดชอบ พ.ศ. ๒๕๖๖ พ.ศ. ๒๕๖๗ ต.ค. พ.ย. ธ.ค.",
        note="hub link is an icon image; Thai digits in text layer",
    )
    doc(
        SITE,
        "b_d_follow",
        BASE + "uploads/ita/2567/follow6.pdf",
        "pdf",
        ["5.5"],
        note="hub link text 'ดาวน์โหลด', scan",
    )
    doc(SITE, "b_d_report", BASE + "uploads/ita/2567/report_2566.pdf", "pdf", ["5.6"])
    doc(SITE, "b_d_people", BASE + "uploads/ita/2567/manual_people.pdf", "pdf", ["5.9"])
    doc(
        SITE,
        "b_d_procplan",
        BASE + "uploads/ita/2567/procplan67.pdf",
        "pdf",
        ["5.7/plan"],
        note="abbreviated year '67'",
    )
    doc(
        SITE,
        "b_d_budget",
        BASE + "uploads/budget/tessabanyat2569.pdf",
        "pdf",
        [],
        ignore=["5.4"],
        link_texts=["เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569"],
        note="budget ordinance: related to but not the annual operational plan",
    )
