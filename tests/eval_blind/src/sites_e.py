"""Site e_gsites: Google Sites ITA-VEC 2569 hub of a vocational college (วิทยาลัยการอาชีพ), OVEC O1-O23.

Google-Sites-like markup (obfuscated classes, nav listing every O-page, embedded Drive files,
embedded clock / calendar / counter widgets, "Google Sites" footer).
"""

from urllib.parse import quote

from make_blind import doc, page

SITE = "e_gsites"
BASE = "https://sites.google.com/phonthong.ac.th/ita2569/"

PAGES = [
    ("หน้าแรก", ""),
    ("O1 โครงสร้างและอำนาจหน้าที่", "o1"),
    ("O2 ข้อมูลผู้บริหารสถานศึกษา", "o2"),
    ("O3 แผนพัฒนาสถานศึกษา", "o3"),
    ("O4 ข้อมูลการติดต่อ", "o4"),
    ("O5 กฎหมายที่เกี่ยวข้อง", "o5"),
    ("O6 แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณประจำปี", "o6"),
    ("O7 รายงานผลการดำเนินงานประจำปี", "o7"),
    ("O8 SAR", "o8"),
    ("O9 ข่าวประชาสัมพันธ์", "o9"),
    ("O10 ประกาศจัดซื้อจัดจ้าง", "o10"),
    ("O11 รายงานผลการจัดซื้อจัดจ้างประจำปี", "o11"),
    ("O12 คู่มือปฏิบัติงาน", "o12"),
    ("O13 คู่มือบริการ", "o13"),
    ("O14 E-Service", "o14"),
    ("O15 สถิติการให้บริการและความพึงพอใจ", "o15"),
    ("O16 การบริหารทรัพยากรบุคคล", "o16"),
    ("O17 ประมวลจริยธรรม", "o17"),
    ("O18 แนวปฏิบัติการจัดการเรื่องร้องเรียน", "o18"),
    ("O19 สถิติเรื่องร้องเรียน", "o19"),
    ("O20 No Gift Policy", "o20"),
    ("O21 การประเมินความเสี่ยงการทุจริต", "o21"),
    ("O22 แผนปฏิบัติการป้องกันการทุจริต", "o22"),
    ("O23 มาตรการส่งเสริมคุณธรรม", "o23"),
]


def tpl(title: str, body: str) -> str:
    nav = "".join(
        f'<li class="VsJjtf"><div class="PsKE7e"><a class="aJHbb" href="{BASE}{v}" data-url="/phonthong.ac.th/ita2569/{v}">{t}</a></div></li>'
        for t, v in PAGES
    )
    return f"""<!DOCTYPE html><html lang="th" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8">
<meta property="og:title" content="ITA 2569 วิทยาลัยการอาชีพโพนทอง"><title>ITA 2569 วิทยาลัยการอาชีพโพนทอง - {title}</title></head>
<body><div class="Xpil1b"><header class="BbxBP"><div class="Brx7ob"><span class="Zjiec">ITA 2569 วิทยาลัยการอาชีพโพนทอง</span></div>
<nav class="JzO0Vc"><ul class="jYxBte Fpy8Db" role="navigation">{nav}</ul></nav></header>
<div class="UtePc RCETm"><section class="yaqOZd"><div class="tyJCtd"><iframe class="YMEQtf" src="https://www.gstatic.com/clock-widget.html?tz=Asia/Bangkok" title="นาฬิกา"></iframe>
<p class="zfr3Q">วันพฤหัสบดีที่ 14 พฤษภาคม 2569</p></div></section>
<section class="yaqOZd"><div class="tyJCtd mGzaTb">{body}</div></section>
<section class="yaqOZd"><div class="tyJCtd"><p class="zfr3Q">ปฏิทินกิจกรรมวิทยาลัย</p>
<iframe src="https://calendar.google.com/calendar/embed?src=phonthong.ac.th_calendar&amp;ctz=Asia%2FBangkok" title="ปฏิทิน"></iframe>
<p class="zfr3Q">จำนวนผู้เข้าชม <img src="https://counter11.stat.ovh/private/freecounterstat.php?c=7q2" alt="counter"></p></div></section></div>
<footer class="dZA9kd"><p class="zfr3Q">วิทยาลัยการอาชีพโพนทอง 99 หมู่ 9 ตำบลแวง อำเภอโพนทอง จังหวัดร้อยเอ็ด 45110 โทร. 043-571-234</p>
<div class="ptRp4d">Google Sites <a href="https://www.google.com/sites/">Report abuse</a> <a href="https://policies.google.com/">Page details</a></div></footer></div></body></html>"""


def drive(fid: str) -> str:
    return f"https://drive.google.com/file/d/{fid}/view?usp=drive_link"


def embed(fid: str) -> str:
    return f'<div class="w536ob"><iframe src="https://drive.google.com/file/d/{fid}/preview" width="640" height="480" allow="autoplay"></iframe></div>'


def h(text: str) -> str:
    return f'<h2 class="duRjpb CDt4Ke"><span class="C9DxTc">{text}</span></h2>'


def build() -> None:
    home_rows = "".join(f'<p class="zfr3Q"><a href="{BASE}{v}">{t}</a></p>' for t, v in PAGES[1:])
    page(
        SITE,
        "e_home",
        BASE,
        tpl(
            "หน้าแรก",
            h(
                "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสถานศึกษา (ITA-VEC) ประจำปีงบประมาณ พ.ศ. 2569"
            )
            + '<p class="zfr3Q">ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>'
            + home_rows,
        ),
        note="Google Sites ITA hub: every O-title, no evidence",
    )

    page(
        SITE,
        "e_o1",
        BASE + "o1",
        tpl(
            "O1 โครงสร้างและอำนาจหน้าที่",
            h("O1 โครงสร้างและอำนาจหน้าที่")
            + """
<p class="zfr3Q">แผนภูมิโครงสร้างการบริหารวิทยาลัยการอาชีพโพนทอง ปีการศึกษา 2568</p>
<img src="https://lh3.googleusercontent.com/sitesv/APaQ0ST_structure2568=w1280" alt="โครงสร้างการบริหารสถานศึกษา">
<p class="zfr3Q">ผู้อำนวยการ / รองผู้อำนวยการฝ่ายบริหารทรัพยากร / ฝ่ายแผนงานและความร่วมมือ / ฝ่ายพัฒนากิจการนักเรียน นักศึกษา / ฝ่ายวิชาการ</p>
<p class="zfr3Q"><b>อำนาจหน้าที่ของสถานศึกษา</b> ตามระเบียบกระทรวงศึกษาธิการว่าด้วยการบริหารสถานศึกษาอาชีวศึกษา พ.ศ. 2553: (1) จัดการศึกษาวิชาชีพ
ในระดับประกาศนียบัตรวิชาชีพ (ปวช.) และประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.) (2) จัดการศึกษาวิชาชีพระยะสั้น (3) วิจัยและพัฒนานวัตกรรม (4) ให้บริการวิชาชีพแก่ชุมชน
(5) ทำนุบำรุงศาสนา ศิลปะ วัฒนธรรม</p>""",
        ),
        with_=["5.1/structure", "5.1/authority"],
    )

    page(
        SITE,
        "e_o2",
        BASE + "o2",
        tpl(
            "O2 ข้อมูลผู้บริหารสถานศึกษา",
            h("O2 ข้อมูลผู้บริหารสถานศึกษา")
            + """
<div class="zfr3Q"><img src="https://lh3.googleusercontent.com/sitesv/director.jpg" alt=""><br>นายชัยวัฒน์ บุญประเสริฐ<br>ผู้อำนวยการวิทยาลัยการอาชีพโพนทอง<br>โทร. 08-9711-2233 อีเมล director@phonthong.ac.th</div>
<div class="zfr3Q">นางสาวกนกวรรณ ศรีทอง<br>รองผู้อำนวยการฝ่ายบริหารทรัพยากร<br>โทร. 08-1122-3344</div>
<div class="zfr3Q">นายอภิชาติ สุขเจริญ<br>รองผู้อำนวยการฝ่ายวิชาการ<br>โทร. 08-5566-7788</div>""",
        ),
        with_=["5.1/executives"],
    )

    page(
        SITE,
        "e_o6",
        BASE + "o6",
        tpl(
            "O6 แผนปฏิบัติราชการ",
            h("O6 แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณประจำปี")
            + f"""
<p class="zfr3Q">แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569 วิทยาลัยการอาชีพโพนทอง (ได้รับความเห็นชอบจากคณะกรรมการสถานศึกษา 28 ตุลาคม 2568)</p>
{embed("1xPlan2569PhonthongVec")}<p class="zfr3Q"><a href="{drive("1xPlan2569PhonthongVec")}">เปิดไฟล์ใน Google Drive</a></p>""",
        ),
        with_=["5.4"],
    )

    page(
        SITE,
        "e_o7",
        BASE + "o7",
        tpl(
            "O7 รายงานผลการดำเนินงานประจำปี",
            h("O7 รายงานผลการดำเนินงานประจำปี")
            + f"""
<p class="zfr3Q">รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568 (ผลการดำเนินโครงการ การใช้จ่ายงบประมาณ ปัญหาอุปสรรค และข้อเสนอแนะ)</p>
{embed("1yReport2568PhonthongVec")}""",
        ),
        with_=["5.6"],
    )

    ann = [
        ("1zWin01", "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุฝึกแผนกวิชาช่างยนต์ จำนวน 45 รายการ"),
        (
            "1zInv02",
            "ประกาศเชิญชวน ประกวดราคาซื้อครุภัณฑ์ชุดฝึกระบบไฟฟ้ารถยนต์ไฟฟ้า (EV) ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์",
        ),
        ("1zRef03", "ตารางแสดงวงเงินงบประมาณที่ได้รับจัดสรรและรายละเอียดค่าใช้จ่าย (ราคากลาง) ครุภัณฑ์ชุดฝึก EV"),
    ]
    lis = "".join(f'<p class="zfr3Q"><a href="{drive(f)}">{t}</a></p>' for f, t in ann)
    page(
        SITE,
        "e_o10",
        BASE + "o10",
        tpl("O10 ประกาศจัดซื้อจัดจ้าง", h("O10 ประกาศจัดซื้อจัดจ้าง") + lis),
        with_=["5.7/announcements"],
    )

    y = [
        ("1wSkrOct", "สขร.1 เดือนตุลาคม 2568"),
        ("1wSkrNov", "สขร.1 เดือนพฤศจิกายน 2568"),
        ("1wSkrDec", "สขร.1 เดือนธันวาคม 2568"),
        ("1wAnnual68", "รายงานผลการจัดซื้อจัดจ้างและการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. 2568"),
    ]
    lis = "".join(f'<p class="zfr3Q"><a href="{drive(f)}">{t}</a></p>' for f, t in y)
    page(
        SITE,
        "e_o11",
        BASE + "o11",
        tpl("O11 รายงานผลการจัดซื้อจัดจ้างประจำปี", h("O11 รายงานผลการจัดซื้อจัดจ้างประจำปี") + lis),
        with_=["5.7/summary"],
    )

    man = [
        ("1vMan1", "คู่มือการปฏิบัติงาน งานทะเบียน"),
        ("1vMan2", "คู่มือการปฏิบัติงาน งานพัสดุ"),
        ("1vMan3", "คู่มือการปฏิบัติงาน งานการเงิน"),
        ("1vMan4", "คู่มือการปฏิบัติงาน งานครูที่ปรึกษา"),
    ]
    lis = "".join(f'<p class="zfr3Q"><a href="{drive(f)}">{t}</a></p>' for f, t in man)
    page(
        SITE, "e_o12", BASE + "o12", tpl("O12 คู่มือปฏิบัติงาน", h("O12 คู่มือปฏิบัติงาน") + lis), with_=["5.8"]
    )

    page(
        SITE,
        "e_o19",
        BASE + "o19",
        tpl(
            "O19 สถิติเรื่องร้องเรียน",
            h("O19 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
            + """
<table class="zfr3Q"><tr><th>เดือน</th><th>จำนวนเรื่อง</th><th>ผลการดำเนินการ</th></tr>
<tr><td>ตุลาคม 2568</td><td>-</td><td>ไม่มีเรื่องร้องเรียน</td></tr><tr><td>พฤศจิกายน 2568</td><td>-</td><td>ไม่มีเรื่องร้องเรียน</td></tr>
<tr><td>ธันวาคม 2568</td><td>-</td><td>ไม่มีเรื่องร้องเรียน</td></tr><tr><td>มกราคม 2569</td><td>1</td><td>ดำเนินการแล้วเสร็จ</td></tr>
<tr><td>กุมภาพันธ์ 2569</td><td>-</td><td>ไม่มีเรื่องร้องเรียน</td></tr><tr><td>มีนาคม 2569</td><td>-</td><td>ไม่มีเรื่องร้องเรียน</td></tr></table>""",
        ),
        with_=["5.11"],
    )

    page(
        SITE,
        "e_o22",
        BASE + "o22",
        tpl(
            "O22 แผนปฏิบัติการป้องกันการทุจริต",
            h("O22 แผนปฏิบัติการป้องกันการทุจริต")
            + f"""
<p class="zfr3Q">แผนปฏิบัติการป้องกันการทุจริตและประพฤติมิชอบ วิทยาลัยการอาชีพโพนทอง ประจำปีงบประมาณ พ.ศ. 2569</p>{embed("1uAntiCorr2569")}""",
        ),
        without=["5.4"],
    )

    page(
        SITE,
        "e_o8",
        BASE + "o8",
        tpl(
            "O8 SAR",
            h("O8 รายงานการประเมินตนเอง (SAR) ปีการศึกษา 2567")
            + f"""
<p class="zfr3Q">รายงานการประเมินตนเองของสถานศึกษา (Self Assessment Report : SAR) ประจำปีการศึกษา 2567 ตามมาตรฐานการอาชีวศึกษา พ.ศ. 2567</p>{embed("1tSar2567")}""",
        ),
        ignore=["5.6"],
        note="self-assessment report of the academic year: close to but not the annual performance report",
    )

    doc(SITE, "e_d_win", drive("1zWin01"), "offsite", ["5.7/announcements"])
    doc(SITE, "e_d_skr_nov", drive("1wSkrNov"), "offsite", ["5.7/summary"])
    doc(
        SITE,
        "e_d_annual",
        drive("1wAnnual68"),
        "offsite",
        ["5.7/summary"],
        note="annual procurement report counts as results summary",
    )
    doc(SITE, "e_d_man2", drive("1vMan2"), "offsite", ["5.8"])
    doc(
        SITE,
        "e_d_plan",
        drive("1xPlan2569PhonthongVec"),
        "offsite",
        ["5.4"],
        note="'เปิดไฟล์ใน Google Drive' link text only",
    )
    doc(
        SITE,
        "e_d_o13",
        f"https://drive.google.com/drive/folders/1sSvc{quote('คู่มือบริการ')}",
        "offsite",
        ["5.9"],
        link_texts=["O13 คู่มือการให้บริการ (งานทะเบียน, งานแนะแนว)"],
        note="Drive folder linked from another hub",
    )
