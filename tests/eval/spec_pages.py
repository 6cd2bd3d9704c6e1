"""Bodies and labels of the evaluation pages (used by make_pages.py)."""

# ruff: noqa: E501
from __future__ import annotations


def define(page, doc, rows, t):
    """Register every page and document; ``t`` maps template names to functions (unused here)."""
    # ------------------------------------------------------------------ site A: webabt, mega left menu in a plain <td>
    A = "http://www.thatnaweng.go.th/index.php?_mod="
    page(
        "a-home",
        "a",
        A + "home",
        "webabt",
        "เทศบาลตำบลธาตุนาเวง",
        "<h2>ข่าวประชาสัมพันธ์</h2><ul>"
        "<li><a href='"
        + A
        + "bmV3cw&id=101'>เทศบาลจัดโครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน 12 ม.ค. 69</a></li>"
        "<li><a href='"
        + A
        + "bmV3cw&id=102'>ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569</a></li></ul>"
        "<h2>ภาพกิจกรรม</h2><p>กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569</p>",
        with_=["5.2"],
        note="home page news box: heading + headlines",
    )
    page(
        "a-structure",
        "a",
        A + "c3RydWN0dXJl",
        "webabt",
        "เทศบาลตำบลธาตุนาเวง",
        "<h3>โครงสร้างส่วนราชการ</h3><img src='/images/structure69.jpg' alt='แผนภูมิ'>"
        "<p>สำนักปลัดเทศบาล กองคลัง กองช่าง กองสาธารณสุขและสิ่งแวดล้อม</p><p>ปรับปรุงเมื่อ 3 ตุลาคม 2568</p>",
        with_=["5.1/structure"],
    )
    page(
        "a-exec",
        "a",
        A + "ZXhlY3V0aXZl",
        "webabt",
        "เทศบาลตำบลธาตุนาเวง",
        "<h3>คณะผู้บริหาร</h3><table><tr><td>นายพานิช พุ่งสิน<br>นายกเทศมนตรีตำบลธาตุนาเวง<br>โทร 08-1234-5678</td></tr>"
        "<tr><td>นายสมชาย ใจดี<br>รองนายกเทศมนตรี</td></tr></table>",
        with_=["5.1/executives"],
    )
    page(
        "a-authority",
        "a",
        A + "YXV0aG9yaXR5",
        "webabt",
        "อำนาจหน้าที่",
        "<h3>อำนาจหน้าที่</h3><p>เทศบาลตำบลมีหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 ดังนี้ (1) รักษาความสงบเรียบร้อยของประชาชน "
        "(2) ให้มีและบำรุงทางบกและทางน้ำ (3) รักษาความสะอาดของถนน ... และจัดทำแผนพัฒนาท้องถิ่นและแผนการจัดซื้อจัดจ้างตามระเบียบ</p>",
        with_=["5.1/authority"],
        without=["5.1/plan", "5.7"],
        note="law text with passing mentions",
    )
    page(
        "a-news-post",
        "a",
        A + "bmV3cw&id=101",
        "webabt",
        "ติดต่อเรา",
        "<h2>ข่าวประชาสัมพันธ์</h2><h3>เทศบาลจัดโครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน</h3>"
        "<p>วันที่ 12 มกราคม 2569 เทศบาลตำบลธาตุนาเวงจัดโครงการอบรม อปพร. ณ หอประชุมเทศบาล มีผู้เข้าร่วม 80 คน "
        "สอบถามเพิ่มเติม ติดต่อเรา ที่งานป้องกันฯ</p>",
        with_=["5.2"],
        without=["5.1/contact"],
        note="<title> is a template leftover 'ติดต่อเรา'",
    )
    page(
        "a-news-post2",
        "a",
        A + "bmV3cw&id=102",
        "webabt",
        "ติดต่อเรา",
        "<h3>ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569</h3>"
        "<p>ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีภายในเดือนเมษายน 2569 ติดต่อได้ที่กองคลัง</p>",
        without=["5.1/contact"],
        ignore=["5.2"],
        note="news post without a section heading; title leftover",
    )
    page(
        "a-purchase",
        "a",
        A + "cHVyY2hhc2U",
        "webabt",
        "ข่าวจัดซื้อจัดจ้าง",
        "<h3>ข่าวจัดซื้อจัดจ้าง</h3>"
        + rows(
            [
                "ประกาศเทศบาลตำบลธาตุนาเวง เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) 15 ม.ค. 69",
                "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน โดยวิธีเฉพาะเจาะจง 20 ธ.ค. 68",
            ]
        ),
        with_=["5.7/announcements"],
        without=["5.2"],
        note="ข่าวจัดซื้อจัดจ้าง is procurement, not news",
    )
    page(
        "a-empty-manual",
        "a",
        A + "d29ya21hbnVhbA",
        "webabt",
        "คู่มือการปฏิบัติงาน",
        "<h3>คู่มือการปฏิบัติงาน</h3><p>ไม่พบข้อมูล</p>",
        without=["5.8"],
        note="menu target with an empty category",
    )
    page(
        "a-finance",
        "a",
        A + "ZmluYW5jZQ",
        "webabt",
        "กองคลัง",
        "<h3>กองคลัง</h3><p>หน้าที่ความรับผิดชอบ</p><ul><li>งานการเงินและบัญชี</li>"
        "<li>จัดทำแผนการจัดซื้อจัดจ้างและดำเนินการจัดซื้อจัดจ้างตามระเบียบ</li>"
        "<li>จัดทำรายงานผลการติดตามการใช้จ่ายงบประมาณประจำปี</li><li>ควบคุมการซื้อการจ้าง และงานพัสดุ</li></ul>",
        with_=["5.1/authority"],
        without=["5.7", "5.5", "5.4", "5.6"],
        note="duty page uses document words without publishing them",
    )
    page(
        "a-webboard",
        "a",
        A + "d2ViYm9hcmQ",
        "webabt",
        "เว็บบอร์ด",
        "<h3>กระดานถาม-ตอบ</h3><table><tr><td>หัวข้อ</td><td>ผู้ตั้ง</td></tr>"
        "<tr><td>สอบถามเรื่องการขอใบอนุญาตก่อสร้าง</td><td>สมศรี 2 ก.พ. 69</td></tr>"
        "<tr><td>ไฟฟ้าส่องสว่างดับ หมู่ 3</td><td>ประชาชน 28 ม.ค. 69</td></tr></table>",
        with_=["5.10"],
    )
    page(
        "a-contact",
        "a",
        A + "Y29udGFjdA",
        "webabt",
        "ติดต่อเรา",
        "<h3>ติดต่อเรา</h3><p>เทศบาลตำบลธาตุนาเวง 99 หมู่ 1 ตำบลธาตุนาเวง อำเภอเมือง จังหวัดสกลนคร 47000</p>"
        "<p>โทรศัพท์ 042-000000 โทรสาร 042-000001 อีเมล saraban@thatnaweng.go.th</p>",
        with_=["5.1/contact"],
    )

    # ------------------------------------------------------------------ site B: assystemth-like with an ITA hub
    B = "https://www.buengnakorn.go.th/"
    hub_rows = [
        ("O1", "โครงสร้าง", B + "structure", "แสดงแผนผังโครงสร้างการแบ่งส่วนราชการ"),
        ("O7", "ข่าวประชาสัมพันธ์", B + "news", "แสดงข้อมูลข่าวสารที่เกี่ยวข้องกับการดำเนินงานตามอำนาจหน้าที่"),
        (
            "O10",
            "แผนดำเนินงานประจำปี",
            "https://drive.google.com/file/d/1aPlan69/view",
            "แสดงแผนงาน/โครงการ งบประมาณ ระยะเวลา",
        ),
        (
            "O11",
            "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน",
            B + "uploads/ita2569/o11.pdf",
            "แสดงความก้าวหน้า การใช้จ่ายงบประมาณ",
        ),
        (
            "O12",
            "รายงานผลการดำเนินงานประจำปี 2568",
            B + "uploads/ita2569/o12.pdf",
            "แสดงผลการดำเนินงานปีที่ผ่านมา ปัญหา อุปสรรค ข้อเสนอแนะ",
        ),
        ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", B + "operation_manual", "แสดงคู่มือการปฏิบัติงาน"),
        ("O14", "คู่มือหรือมาตรฐานการให้บริการ", B + "uploads/ita2569/o14.pdf", "แสดงคู่มือสำหรับประชาชน"),
        (
            "O21",
            "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ",
            "https://drive.google.com/file/d/1bProc69/view",
            "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง",
        ),
        (
            "O22",
            "ประกาศต่างๆเกี่ยวกับการจัดซื้อจัดจ้าง",
            B + "e_gp",
            "ประกาศเชิญชวน ประกาศผลผู้ชนะการเสนอราคา รายชื่อผู้เสนอราคา",
        ),
        (
            "O23",
            "สรุปผลการจัดซื้อจัดจ้างรายเดือน ต.ค. 68",
            B + "uploads/ita2569/sorkhor-2568-10.pdf",
            "แบบ สขร.1 กรณีไม่มีการจัดซื้อจัดจ้างให้ระบุว่าไม่มี",
        ),
        (
            "O30",
            "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
            B + "complain",
            "ช่องทางแจ้งเรื่องร้องเรียน กรณีไม่มีเรื่องร้องเรียนให้เผยแพร่ว่าไม่มีเรื่องร้องเรียน",
        ),
        (
            "O32",
            "ช่องทางการรับฟังความคิดเห็น",
            "https://forms.gle/opinion69",
            "ช่องทางการรับฟังความคิดเห็นของผู้รับบริการ",
        ),
        ("O34", "เจตจำนงสุจริตของผู้บริหาร", B + "intent", "ประกาศเจตจำนงสุจริตของผู้บริหารสูงสุด"),
        (
            "O39",
            "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569",
            B + "uploads/ita2569/o39.pdf",
            "แผนปฏิบัติการป้องกันการทุจริต",
        ),
    ]
    hub_table = (
        "<table><tr><th>ข้อ</th><th>รายการ</th><th>คำอธิบาย</th></tr>"
        + "".join(
            f"<tr><td>{o}</td><td><a href='{u}'>{o} {name}</a></td><td>{desc}</td></tr>"
            for o, name, u, desc in hub_rows
        )
        + "</table>"
    )
    page(
        "b-hub",
        "b",
        B + "ita2569",
        "bootstrap",
        "ITA 2569",
        "<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569</h2>"
        "<h3>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</h3>" + hub_table,
        note="ITA hub quoting criteria text: its own text is not evidence",
    )
    page(
        "b-structure",
        "b",
        B + "structure",
        "bootstrap",
        "โครงสร้าง",
        "<h2>แผนผังโครงสร้าง</h2><p><img src='/uploads/structure.png' alt='structure'></p><p>โครงสร้างส่วนราชการ องค์การบริหารส่วนตำบลบึงนคร (ฝ่ายบริหาร / ฝ่ายประจำ)</p>",
        with_=["5.1/structure"],
    )
    page(
        "b-news",
        "b",
        B + "news",
        "bootstrap",
        "ข่าวกิจกรรม",
        "<h2>ข่าวกิจกรรม</h2><div class='list'><a href='"
        + B
        + "news/55'>อบต.บึงนครลงพื้นที่ตรวจสอบความเสียหายจากวาตภัย</a> 3 เม.ย. 69</div>"
        "<div class='list'><a href='"
        + B
        + "news/54'>โครงการบริการสาธารณสุขเคลื่อนที่</a> 21 มี.ค. 69</div>",
        with_=["5.2"],
    )
    page(
        "b-manual",
        "b",
        B + "operation_manual",
        "bootstrap",
        "คู่มือการปฏิบัติงาน",
        "<h2>คู่มือการปฏิบัติงาน</h2><ul><li><a href='"
        + B
        + "uploads/manual-finance.pdf'>คู่มือการปฏิบัติงาน งานการเงินและบัญชี</a></li>"
        "<li><a href='" + B + "uploads/manual-tax.pdf'>คู่มือการปฏิบัติงาน งานจัดเก็บรายได้</a></li></ul>",
        with_=["5.8"],
    )
    page(
        "b-egp",
        "b",
        B + "e_gp",
        "bootstrap",
        "e-GP",
        "<h2>ประกาศจัดซื้อจัดจ้าง (e-GP)</h2>"
        + rows(
            [
                "ประกาศเชิญชวน ซื้อครุภัณฑ์คอมพิวเตอร์ ด้วยวิธีประกาศเชิญชวนทั่วไป",
                "ประกาศราคากลาง โครงการก่อสร้างรางระบายน้ำ หมู่ 7",
            ]
        ),
        with_=["5.7/announcements"],
        without=["5.2"],
    )
    page(
        "b-complain",
        "b",
        B + "complain",
        "bootstrap",
        "ร้องเรียน",
        "<h2>ร้องเรียน/ร้องทุกข์</h2><p>ท่านสามารถแจ้งเรื่องร้องเรียนได้ตามแบบฟอร์มด้านล่าง หรือโทร 043-030304</p>"
        "<form><label>ชื่อผู้ร้อง</label><label>รายละเอียด</label><button>ส่งเรื่อง</button></form>"
        "<p><a href='https://www.facebook.com/buengnakorn'>ติดตามเราทาง Facebook</a></p>",
        with_=["5.11"],
    )
    page(
        "b-intent",
        "b",
        B + "intent",
        "bootstrap",
        "เจตจำนงสุจริต",
        "<h2>ประกาศองค์การบริหารส่วนตำบลบึงนคร เรื่อง เจตจำนงสุจริตในการบริหารงาน</h2>"
        "<p>ข้าพเจ้า นายกองค์การบริหารส่วนตำบลบึงนคร ขอประกาศเจตจำนงว่าจะปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้</p>"
        "<p>ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2568</p>",
        with_=["5.3"],
        without=["5.1/executives"],
    )
    doc(
        "b-doc-plan",
        "b",
        "https://drive.google.com/file/d/1aPlan69/view",
        "offsite",
        with_=["5.4"],
        note="off-site Google Drive, hub link text only",
    )
    doc("b-doc-o11", "b", B + "uploads/ita2569/o11.pdf", "pdf", with_=["5.5"], without=["5.6"])
    doc("b-doc-o12", "b", B + "uploads/ita2569/o12.pdf", "pdf", with_=["5.6"], without=["5.5"])
    doc("b-doc-o14", "b", B + "uploads/ita2569/o14.pdf", "pdf", with_=["5.9"], without=["5.8"])
    doc(
        "b-doc-proc",
        "b",
        "https://drive.google.com/file/d/1bProc69/view",
        "offsite",
        with_=["5.7/plan"],
    )
    doc("b-doc-skr", "b", B + "uploads/ita2569/sorkhor-2568-10.pdf", "pdf", with_=["5.7/summary"])
    doc("b-doc-opinion", "b", "https://forms.gle/opinion69", "offsite", with_=["5.10"])
    doc(
        "b-doc-o39",
        "b",
        B + "uploads/ita2569/o39.pdf",
        "pdf",
        without=["5.4"],
        note="anti-corruption plan is not the annual plan",
    )
    doc(
        "b-doc-manual1",
        "b",
        B + "uploads/manual-finance.pdf",
        "pdf",
        with_=["5.8"],
        note="link text from a content list",
    )

    # ------------------------------------------------------------------ site C: WordPress municipality
    C = "https://www.roietmunicipal.go.th/"
    page(
        "c-devplan",
        "c",
        C + "devplan/",
        "wordpress",
        "แผนพัฒนาท้องถิ่น",
        "<p>แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ฉบับที่ 2</p><p><a href='"
        + C
        + "wp-content/uploads/2025/11/devplan.pdf'>ดาวน์โหลด</a></p>",
        h1="แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)",
        with_=["5.1/plan"],
    )
    page(
        "c-annual",
        "c",
        C + "report-2568/",
        "wordpress",
        "รายงานผลการดำเนินงาน",
        "<p>รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 ของเทศบาลเมืองร้อยเอ็ด ตามแผนพัฒนาท้องถิ่น</p><p>โพสต์เมื่อ 20 ตุลาคม 2568</p>",
        h1="รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2568",
        with_=["5.6"],
        without=["5.5", "5.1/plan"],
    )
    page(
        "c-6month",
        "c",
        C + "report-6m-2569/",
        "wordpress",
        "รายงานผลการดำเนินงาน รอบ 6 เดือน",
        "<p>รายงานผลการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)</p><p>ความก้าวหน้าของโครงการ 45 โครงการ เบิกจ่ายแล้วร้อยละ 38</p>",
        h1="รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ 2569",
        with_=["5.5"],
        without=["5.6"],
    )
    page(
        "c-actionplan",
        "c",
        C + "actionplan-2569/",
        "wordpress",
        "แผนการดำเนินงาน",
        "<p>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน 120 โครงการ งบประมาณ 85,000,000 บาท</p>",
        h1="แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        with_=["5.4"],
    )
    page(
        "c-news",
        "c",
        C + "news-1/",
        "wordpress",
        "ติดต่อเรา",
        "<p class='cat-links'>หมวดหมู่: ข่าวประชาสัมพันธ์</p><p>วันที่ 11 มกราคม 2569 เทศบาลเมืองร้อยเอ็ดจัดงานวันเด็กแห่งชาติ ณ บึงพลาญชัย</p>"
        "<h3>แสดงความคิดเห็น</h3><form><textarea></textarea><button>ส่งความคิดเห็น</button></form>",
        h1="เทศบาลจัดกิจกรรมวันเด็ก",
        with_=["5.2"],
        without=["5.10", "5.1/contact"],
        note="comment form is not an opinion channel",
    )
    page(
        "c-opinion",
        "c",
        C + "opinion/",
        "wordpress",
        "ช่องทางการรับฟังความคิดเห็น",
        "<p>เทศบาลเมืองร้อยเอ็ดเปิดรับฟังความคิดเห็นของประชาชนผ่านช่องทางต่อไปนี้</p><ul><li>แบบฟอร์มออนไลน์</li><li>LINE OA @roietcity</li><li>โทร 043-511-000</li></ul>",
        h1="ช่องทางการรับฟังความคิดเห็น",
        with_=["5.10"],
    )
    page(
        "c-laws",
        "c",
        C + "laws/",
        "wordpress",
        "กฏหมาย",
        "<ul><li>พระราชบัญญัติเทศบาล พ.ศ. 2496</li><li>พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจ พ.ศ. 2542</li><li>ระเบียบกระทรวงมหาดไทย ว่าด้วยการจัดทำแผนพัฒนา</li></ul>",
        h1="กฏหมายที่เกี่ยวข้อง",
        with_=["5.1/laws"],
        note="misspelling กฏ",
    )
    page(
        "c-nogift-news",
        "c",
        C + "news-2/",
        "wordpress",
        "ข่าว",
        "<p class='cat-links'>หมวดหมู่: ข่าวประชาสัมพันธ์</p><p>นายกเทศมนตรีนำคณะผู้บริหารและพนักงานร่วมรณรงค์ไม่รับของขวัญ</p>",
        h1="นายกเทศมนตรีร่วมรณรงค์ No Gift Policy",
        with_=["5.2"],
        ignore=["5.3"],
        without=["5.1/executives"],
    )

    # ------------------------------------------------------------------ single pages (structural chrome only)
    page(
        "s-criteria-hub",
        None,
        "https://www.college-ovec.ac.th/ita2569",
        "modern",
        "ITA 2569",
        "<h1>OIT ประจำปีงบประมาณ พ.ศ. 2569</h1>"
        + "".join(
            f"<h4>{o}</h4><p>{d}</p>"
            for o, d in [
                (
                    "O1 โครงสร้างและอำนาจหน้าที่",
                    "แสดงแผนผังโครงสร้างการแบ่งส่วนราชการ และอำนาจหน้าที่ของหน่วยงาน",
                ),
                ("O2 ข้อมูลผู้บริหารสถานศึกษา", "แสดงรายนาม ตำแหน่ง รูปถ่าย และช่องทางการติดต่อ"),
                ("O6 แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณประจำปี", "แสดงแผนงาน โครงการ งบประมาณ"),
                ("O9 ข่าวประชาสัมพันธ์", "ข่าวที่เกิดขึ้นในปีงบประมาณปัจจุบัน"),
                ("O10 ประกาศจัดซื้อจัดจ้าง", "ประกาศเชิญชวน ประกาศผลผู้ชนะ รายชื่อผู้เสนอราคา"),
                (
                    "O11 รายงานผลการจัดซื้อจัดจ้างประจำปี",
                    "สรุปผลรายเดือน กรณีไม่มีการจัดซื้อจัดจ้างให้ระบุว่าไม่มีการจัดซื้อจัดจ้าง",
                ),
                ("O12 คู่มือปฏิบัติงาน", "อย่างน้อย 4 เล่ม"),
                ("O19 สถิติเรื่องร้องเรียน", "กรณีไม่มีเรื่องร้องเรียนให้เผยแพร่ว่าไม่มีเรื่องร้องเรียน"),
            ]
        )
        + "<p><a href='https://drive.google.com/drive/folders/x1'>คลิก</a> <a href='https://drive.google.com/drive/folders/x2'>คลิก</a></p>",
        note="criteria text of every O-item; links say only คลิก",
    )
    page(
        "s-measure",
        None,
        "http://www.thatnaweng.go.th/measure.html",
        "plain",
        "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
        "<h2>มาตรการเผยแพร่ข้อมูลต่อสาธารณะ</h2><p>๕. แนวทางการปฏิบัติ</p>"
        "<p>๕.๑. ข้อมูลพื้นฐานของหน่วยงานที่เป็นปัจจุบัน ได้แก่ โครงสร้างหน่วยงาน ข้อมูลผู้บริหาร อำนาจหน้าที่ แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน ข้อมูลการติดต่อหน่วยงาน และกฎหมายที่เกี่ยวข้อง</p>"
        "<p>๕.๒ ข่าวประชาสัมพันธ์ที่เกี่ยวข้องกับภารกิจของหน่วยงาน</p><p>๕.๓ เจตจำนงสุจริตของผู้บริหารสูงสุดของหน่วยงาน</p>"
        "<p>๕.๔ แผนปฏิบัติราชการประจำปี ที่แสดง แผนงาน/โครงการ หรือกิจกรรม งบประมาณ และระยะเวลาดำเนินการ</p>"
        "<p>๕.๕ การกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการประจำปี</p><p>๕.๖ รายงานผลการปฏิบัติราชการประจำปีของรอบปีงบประมาณที่ผ่านมา</p>"
        "<p>๕.๗ ข้อมูลการจัดซื้อจัดจ้าง ได้แก่ แผนการจัดซื้อจัดจ้างประจำปี</p><p>๕.๘ คู่มือหรือมาตรฐานการปฏิบัติงาน</p>"
        "<p>๕.๙ คู่มือหรือมาตรฐานการให้บริการ</p><p>๕.๑๐ ช่องทางการรับฟังความคิดเห็นของผู้รับบริการ</p><p>๕.๑๑ ช่องทางการร้องเรียน/ข้อเสนอนแนะ</p>",
        note="the measure itself (seed 002) lists every item: evidence of none",
    )
    page(
        "s-duty",
        None,
        "https://www.nongka-local.go.th/duty-palad",
        "bootstrap",
        "สำนักปลัด",
        "<h2>อำนาจหน้าที่ สำนักปลัด</h2><ul><li>รับเรื่องร้องเรียน ร้องทุกข์ และประสานการแก้ไข</li>"
        "<li>จัดทำแผนพัฒนาท้องถิ่นและแผนดำเนินงาน</li><li>งานประชาสัมพันธ์ เผยแพร่ข่าวสารของหน่วยงาน</li>"
        "<li>จัดทำคู่มือการปฏิบัติงานของบุคลากร</li></ul>",
        with_=["5.1/authority"],
        without=["5.11", "5.4", "5.2", "5.8", "5.1/plan"],
    )
    page(
        "s-anticorrupt",
        None,
        "https://www.banna.go.th/anticorruption-plan",
        "modern",
        "แผนปฏิบัติการป้องกันการทุจริต",
        "<h1>แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569</h1><p>องค์การบริหารส่วนตำบลบ้านนาจัดทำแผนปฏิบัติการป้องกันการทุจริต เพื่อเป็นกรอบแนวทาง 3 มิติ 15 โครงการ</p>",
        without=["5.4"],
    )
    page(
        "s-infocenter",
        None,
        "https://www.banna.go.th/infocenter",
        "modern",
        "ศูนย์ข้อมูลข่าวสาร",
        "<h1>ศูนย์ข้อมูลข่าวสาร</h1><p>ข้อมูลข่าวสารตามมาตรา 7 และมาตรา 9 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</p>"
        "<ul><li>คำสั่งแต่งตั้งเจ้าหน้าที่ศูนย์ข้อมูลข่าวสาร</li><li>สถานที่ตั้งศูนย์ข้อมูลข่าวสาร</li></ul>",
        without=["5.2"],
        note="information centre is not news",
    )
    page(
        "s-poll",
        None,
        "https://www.nongbua.go.th/poll",
        "modern",
        "ผลโพล",
        "<h2>แบบสำรวจ</h2><p>ท่านคิดว่าผู้บริหารปฏิบัติงานด้วยความซื่อสัตย์สุจริตหรือไม่</p><ul><li>สุจริต 80%</li><li>ไม่แน่ใจ 20%</li></ul>",
        without=["5.3", "5.1/executives"],
        ignore=["5.10"],
        note="a poll option with สุจริต is not an integrity statement",
    )
    page(
        "s-en-procplan",
        None,
        "https://www.dept.go.th/en/procurement-plan",
        "modern",
        "Procurement Plan",
        "<h1>Procurement Plan FY2026</h1><p>Annual procurement plan of the Department, fiscal year 2026 (BE 2569). Download PDF (2.3 MB).</p>",
        with_=["5.7/plan"],
        note="English label",
    )
    page(
        "s-en-complaint",
        None,
        "https://www.dept.go.th/en/complaints",
        "modern",
        "Complaints",
        "<h1>Complaints and Suggestions</h1><p>Submit a complaint online, by e-mail complaint@dept.go.th or call 1111.</p>",
        with_=["5.11"],
    )
    page(
        "s-zw-digits",
        None,
        "https://www.tambon.go.th/procplan69",
        "plain",
        "หน้าหลัก",
        "<h2>แผน\u200bการจัดซื้อ\u200bจัดจ้าง ประจำปี ๒๕๖๙</h2><p>ประกาศ ณ วันที่ ๑๕ ตุลาคม ๒๕๖๘ รายละเอียดตามเอกสารแนบ (๓ รายการ)</p>",
        with_=["5.7/plan"],
        note="zero-width spaces and Thai digits",
    )
    page(
        "s-damrong",
        None,
        "https://www.tambon2.go.th/damrongdhama",
        "plain",
        "ศูนย์",
        "<h2>ศุนย์ดำรงธรรม องค์การบริหารส่วนตำบลหนองแก</h2><p>รับเรื่องราวร้องทุกข์ โทร 1567 หรือยื่นด้วยตนเองที่สำนักปลัด ในวันและเวลาราชการ</p>",
        with_=["5.11"],
        note="misspelling ศุนย์",
    )
    page(
        "s-citizen-manual",
        None,
        "https://www.pungngoo.go.th/citizen-manual",
        "modern",
        "คู่มือประชาชน",
        "<h1>คู่มือสำหรับประชาชน</h1><ul><li><a href='https://www.pungngoo.go.th/f/1.pdf'>การขออนุญาตก่อสร้างอาคาร</a></li>"
        "<li><a href='https://www.pungngoo.go.th/f/2.pdf'>การรับชำระภาษีป้าย</a></li><li><a href='https://www.pungngoo.go.th/f/3.pdf'>การลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ</a></li></ul>",
        with_=["5.9"],
        without=["5.8"],
    )
    page(
        "s-noproc",
        None,
        "https://www.tambon3.go.th/skr-2569-01",
        "plain",
        "สขร",
        "<p>ในเดือนมกราคม 2569 องค์การบริหารส่วนตำบลหนองบัว ไม่มีการจัดซื้อจัดจ้าง จึงประกาศให้ทราบโดยทั่วกัน</p><p>ประกาศ ณ วันที่ 5 กุมภาพันธ์ 2569</p>",
        with_=["5.7/summary"],
        note="nothing-to-report statement in a paragraph",
    )
    page(
        "s-complaint-stats",
        None,
        "https://www.tambon3.go.th/complaint-stat",
        "modern",
        "สถิติ",
        "<h2>รายงานสถิติ ไตรมาส 1/2569</h2><p>ในไตรมาสที่ 1 ปีงบประมาณ 2569 ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</p>",
        with_=["5.11"],
        without=["5.5", "5.6"],
    )
    page(
        "s-winner-roof",
        None,
        "https://www.tambon4.go.th/procure/881",
        "modern",
        "ประกาศ",
        "<h2>ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมโครงสร้างหลังคาอาคารศูนย์พัฒนาเด็กเล็ก</h2><p>ผู้ชนะ ห้างหุ้นส่วนจำกัด ก่อสร้างดี ราคา 245,000 บาท</p>",
        with_=["5.7/announcements"],
        without=["5.1/structure"],
    )
    page(
        "s-hearing-news",
        None,
        "https://www.tambon4.go.th/news/77",
        "modern",
        "ข่าว",
        "<h2>อบต.หนองแวง ประชุมประชาคมหมู่บ้าน เพื่อรับฟังความคิดเห็นการจัดทำแผนพัฒนาท้องถิ่น</h2><p>วันที่ 10 ก.พ. 2569 ณ ศาลาประชาคมหมู่ 4 มีประชาชนเข้าร่วม 120 คน</p>",
        without=["5.1/plan"],
        ignore=["5.10", "5.2"],
        note="news about making the plan is not the plan",
    )
    page(
        "s-en-qa",
        None,
        "https://www.dept.go.th/en/faq",
        "modern",
        "FAQ",
        "<h1>Q&amp;A</h1><p>Ask a question and our staff will answer within 3 working days.</p><ol><li>How do I request official information?</li></ol>",
        with_=["5.10"],
    )
    page(
        "s-strategy",
        None,
        "https://www.province.go.th/strategy",
        "modern",
        "ยุทธศาสตร์",
        "<h1>แผนยุทธศาสตร์ สำนักงานจังหวัด พ.ศ. 2566-2570</h1><p>วิสัยทัศน์ พันธกิจ เป้าประสงค์ ตัวชี้วัด และกลยุทธ์</p>",
        with_=["5.1/plan"],
    )
    page(
        "s-infra-news",
        None,
        "https://www.tambon5.go.th/news/12",
        "modern",
        "โครงการ",
        "<h2>โครงการพัฒนาโครงสร้างพื้นฐาน ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ 2</h2><p>ดำเนินการแล้วเสร็จ เมื่อวันที่ 2 มีนาคม 2569</p>",
        without=["5.1/structure"],
        ignore=["5.2"],
    )
    page(
        "s-exec-directory",
        None,
        "https://www.tambon5.go.th/exec",
        "gsites",
        "ทำเนียบผู้บริหาร",
        "<h1>ทำเนียบผู้บริหาร</h1><p>นายสมพร ศรีสุข นายกองค์การบริหารส่วนตำบล โทร 081-111-2222</p><p>นางสาวสุดา ใจงาม ปลัดองค์การบริหารส่วนตำบล</p>",
        with_=["5.1/executives"],
    )
    page(
        "s-procplan-noheading",
        None,
        "https://www.tambon6.go.th/plan-egp",
        "plain",
        "Untitled",
        "<p><b>แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</b></p><table><tr><td>ลำดับ</td><td>รายการ</td><td>วงเงิน</td></tr>"
        "<tr><td>1</td><td>ซื้อวัสดุสำนักงาน</td><td>50,000</td></tr></table>"
        "<p><a href='/files/procplan69.pdf'>ดาวน์โหลดแผน (PDF)</a></p>",
        with_=["5.7/plan"],
        note="no heading tags; label line in content; the plan file linked under it",
    )
    page(
        "s-work-standard",
        None,
        "http://www.tambon7.go.th/index.php?_mod=c3RhbmRhcmQ",
        "webabt",
        "มาตรฐาน",
        "<h3>มาตรฐานการปฏิบัติงาน</h3><p><a href='http://www.tambon7.go.th/files/std1.pdf'>มาตรฐานการปฏิบัติงาน งานธุรการ</a></p>",
        with_=["5.8"],
        note="webabt page, mega menu in a plain td",
    )
    page(
        "s-discretion",
        None,
        "https://www.buengnakorn.go.th/measure-discretion",
        "modern",
        "มาตรการ",
        "<h2>มาตรการตรวจสอบการใช้ดุลพินิจ</h2><p>๑. กำหนดบทบาทหน้าที่ของผู้บริหารทุกระดับ ให้ครอบคลุมถึงการตรวจสอบ กำกับดูแล และติดตามการปฏิบัติงาน ให้เป็นไปตามกฎหมาย กฎระเบียบข้อบังคับมาตรฐาน/คู่มือการปฏิบัติงาน/ขั้นตอนที่เกี่ยวข้อง อย่างเคร่งครัด</p>"
        "<p>๓. กำหนดให้จัดทำคู่มือ หรือมาตรฐาน การปฏิบัติงานของบุคลากร รวมถึงคู่มือหรือมาตรฐานในการให้บริการที่สำคัญ</p><p>มาตรฐาน คู่มือการปฏิบัติงาน</p>",
        without=["5.8", "5.9", "5.1/executives"],
        note="measure text repeating manual words (seed 003)",
    )
    page(
        "s-annual-perf",
        None,
        "https://www.office.go.th/annual-2568",
        "modern",
        "รายงาน",
        "<h1>รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568</h1><p>ผลการดำเนินงานตามแผนปฏิบัติราชการ 24 โครงการ ปัญหาอุปสรรค และข้อเสนอแนะ</p>",
        with_=["5.6"],
        without=["5.4"],
    )
    page(
        "s-devplan-eval",
        None,
        "https://www.tumboltasai.go.th/eval-plan",
        "modern",
        "ติดตามประเมินผล",
        "<h1>รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ปีงบประมาณ 2569 (รอบ 6 เดือน)</h1><p>คณะกรรมการติดตามและประเมินผลแผนพัฒนาได้ประชุมเมื่อ 20 เมษายน 2569</p>",
        with_=["5.5"],
        without=["5.1/plan", "5.6"],
    )
    page(
        "s-budget-ordinance",
        None,
        "https://www.tumboltasai.go.th/budget-2569",
        "modern",
        "ข้อบัญญัติ",
        "<h1>ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569</h1><p>ประกาศใช้เมื่อ 15 กันยายน 2568 รายละเอียดตามไฟล์แนบ</p>",
        with_=["5.4"],
        without=["5.1/laws"],
        note="LAO budget ordinance = annual plan",
    )
    page(
        "s-sitemap",
        None,
        "https://www.banna.go.th/sitemap",
        "plain",
        "ผังเว็บไซต์",
        "<h1>ผังเว็บไซต์</h1><ul>"
        + "".join(
            f"<li><a href='https://www.banna.go.th/{s}'>{label}</a></li>"
            for label, s in [
                ("โครงสร้างองค์กร", "structure"),
                ("ผู้บริหาร", "exec"),
                ("อำนาจหน้าที่", "authority"),
                ("ข่าวประชาสัมพันธ์", "news"),
                ("แผนการจัดซื้อจัดจ้าง", "procplan"),
                ("คู่มือการปฏิบัติงาน", "manual"),
                ("ร้องเรียน", "complain"),
                ("ITA", "ita"),
            ]
        )
        + "</ul>",
        note="HTML sitemap lists everything",
    )
    page(
        "s-school-plan",
        None,
        "https://www.school.ac.th/oit/o11",
        "gsites",
        "O11",
        "<h2>O11 แผนดำเนินงานและการใช้งบประมาณประจำปี</h2><p>แผนปฏิบัติการประจำปีงบประมาณ 2569 โรงเรียนบ้านหนองบัว</p><p><a href='https://drive.google.com/file/d/s1/view'>เปิดไฟล์</a></p>",
        with_=["5.4"],
    )
    page(
        "s-cp874-exec",
        None,
        "http://www.oldtambon.go.th/exec.php",
        "plain",
        "ข้อมูลผู้บริหาร",
        "<h3>ข้อมูลผู้บริหาร</h3><p>นายประยุทธ มั่นคง นายกองค์การบริหารส่วนตำบลเก่าแก่ โทร 089-000-0000</p>",
        with_=["5.1/executives"],
        encoding="windows-874",
        note="windows-874 page",
    )
    page(
        "s-title-leftover-proc",
        None,
        "https://www.tambon8.go.th/news/31",
        "modern",
        "แผนการจัดซื้อจัดจ้าง",
        "<h2>มอบเงินช่วยเหลือผู้ประสบอุทกภัย</h2><p>วันที่ 5 ม.ค. 2569 นายก อบต. มอบเงินช่วยเหลือผู้ประสบภัย 25 ครัวเรือน</p>",
        without=["5.7"],
        note="<title> is a template leftover",
    )
    page(
        "s-complaint-online",
        None,
        "https://www.tambon8.go.th/complaint-online",
        "modern",
        "ระบบ",
        "<h1>ระบบรับเรื่องร้องเรียนออนไลน์</h1><p>กรอกข้อมูลผู้ร้อง เรื่องที่ต้องการแจ้ง และแนบหลักฐาน ระบบจะแจ้งเลขติดตามเรื่อง</p>",
        with_=["5.11"],
    )
    page(
        "s-nogift",
        None,
        "https://www.office2.go.th/nogift",
        "modern",
        "No Gift",
        "<h1>ประกาศเจตนารมณ์ No Gift Policy จากการปฏิบัติหน้าที่</h1><p>ผู้ว่าราชการจังหวัดประกาศเจตนารมณ์ งดให้ งดรับ ของขวัญและของกำนัลทุกชนิด ประกาศ ณ วันที่ 1 ตุลาคม 2568</p>",
        with_=["5.3"],
    )
    page(
        "s-anticorrupt-report",
        None,
        "https://www.office2.go.th/ac-report-2568",
        "modern",
        "รายงาน",
        "<h1>รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568</h1><p>ดำเนินการแล้ว 12 จาก 15 โครงการ</p>",
        without=["5.6", "5.4"],
    )
    page(
        "s-proc-annual",
        None,
        "https://www.office2.go.th/proc-report-2568",
        "modern",
        "รายงาน",
        "<h1>รายงานผลการจัดซื้อจัดจ้างประจำปี 2568</h1><p>การวิเคราะห์ผลการจัดซื้อจัดจ้าง จำนวน 142 โครงการ วงเงินรวม 12.4 ล้านบาท</p>",
        with_=["5.7/summary"],
        without=["5.6"],
    )
    page(
        "s-complaint-manual",
        None,
        "https://www.office2.go.th/complaint-manual",
        "modern",
        "คู่มือ",
        "<h1>คู่มือการปฏิบัติงานเรื่องร้องเรียน/ร้องทุกข์</h1><p>ขั้นตอนการรับเรื่อง การพิจารณา ระยะเวลา 15 วัน และช่องทางการร้องเรียน</p>",
        with_=["5.11"],
        ignore=["5.8"],
    )
    page(
        "s-menu-only",
        None,
        "https://www.tambon9.go.th/news-empty",
        "modern",
        "ข่าวประชาสัมพันธ์",
        "<h1>ข่าวประชาสัมพันธ์</h1>",
        without=["5.2"],
        note="heading only",
    )
    page(
        "s-structure-en",
        None,
        "https://www.dept.go.th/en/about/structure",
        "modern",
        "About",
        "<h1>Organization Structure</h1><p><img src='/org.png' alt='chart'> The Department has five bureaus and two centres.</p>",
        with_=["5.1/structure"],
    )
    page(
        "s-service-std",
        None,
        "https://www.hospital.go.th/service-standard",
        "wordpress",
        "มาตรฐาน",
        "<p>มาตรฐานการให้บริการ งานผู้ป่วยนอก: ระยะเวลารอคอยไม่เกิน 60 นาที</p><p>ขั้นตอนการให้บริการ 5 ขั้นตอน</p>",
        h1="คู่มือหรือมาตรฐานการให้บริการ",
        with_=["5.9"],
        without=["5.8"],
    )
    page(
        "s-mega-in-main",
        None,
        "http://www.tambon10.go.th/index.php?_mod=bmV3cw",
        "webabt",
        "ข่าว",
        "<h3>ข่าวประชาสัมพันธ์</h3><p><a href='http://www.tambon10.go.th/news/9'>ประชาสัมพันธ์รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2569</a></p>",
        with_=["5.2"],
        note="single webabt page: the undetected left mega-menu stays in content",
    )
    doc(
        "d-skr-text",
        None,
        "https://www.tambon11.go.th/files/skr-2569-02.pdf",
        "pdf",
        text="แบบ สขร.1\nสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน กุมภาพันธ์ 2569\nองค์การบริหารส่วนตำบลนาดี\nลำดับ งานที่จัดซื้อหรือจัดจ้าง วงเงินงบประมาณ ราคากลาง วิธีซื้อหรือจ้าง",
        link_texts=["ดาวน์โหลด"],
        with_=["5.7/summary"],
    )
    doc(
        "d-measure-pdf",
        None,
        "https://www.tambon11.go.th/files/measure.pdf",
        "pdf",
        text="มาตรการเผยแพร่ข้อมูลต่อสาธารณะ\n๕.๑. ข้อมูลพื้นฐานของหน่วยงานที่เป็นปัจจุบัน ได้แก่ โครงสร้างหน่วยงาน ข้อมูลผู้บริหาร\n๕.๒ ข่าวประชาสัมพันธ์ที่เกี่ยวข้องกับภารกิจของหน่วยงาน\n๕.๓ เจตจำนงสุจริตของผู้บริหารสูงสุดของหน่วยงาน\n๕.๗ ข้อมูลการจัดซื้อจัดจ้าง\n๕.๘ คู่มือหรือมาตรฐานการปฏิบัติงาน\n๕.๑๑ ช่องทางการร้องเรียน/ข้อเสนอนแนะ",
        link_texts=["มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"],
        note="the measure as a PDF",
    )
    doc(
        "d-scan-structure",
        None,
        "https://www.tambon11.go.th/files/org-2569.pdf",
        "pdf",
        link_texts=["โครงสร้างองค์กร (ปรับปรุง ต.ค. 2568)"],
        with_=["5.1/structure"],
        note="scan without text layer",
    )
    doc(
        "d-facebook",
        None,
        "https://www.facebook.com/tambon11",
        "offsite",
        link_texts=["Facebook อบต.นาดี"],
        ignore=["5.10", "5.2"],
    )
    doc(
        "d-wbs",
        None,
        "https://wbs.nacc.go.th/",
        "offsite",
        link_texts=["แจ้งเบาะแสการทุจริต (ป.ป.ช.)"],
        with_=["5.11"],
    )
    doc(
        "d-skr-filename",
        None,
        "https://www.tambon11.go.th/files/sorkhor1-2569-03.pdf",
        "pdf",
        link_texts=["ดาวน์โหลด"],
        with_=["5.7/summary"],
        note="no text, generic link text, file name only",
    )
    doc(
        "d-news-link-pdf",
        None,
        "https://www.tambon11.go.th/files/newsletter-69-1.pdf",
        "pdf",
        link_texts=["จดหมายข่าว ฉบับที่ 1/2569"],
        with_=["5.2"],
    )
    doc(
        "d-ac-plan-link",
        None,
        "https://www.tambon11.go.th/files/ac-plan-69.pdf",
        "pdf",
        link_texts=["O23 แผนปฏิบัติการป้องกันการทุจริต 2569"],
        without=["5.4"],
    )
