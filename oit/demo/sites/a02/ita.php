<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>ITA</title>
{{include:_parts/head.html}}
</head>
<body>
{{include:_parts/header.html}}
{{include:_parts/menu.html}}
<div class="cols">
{{include:_parts/sidebar.html}}
<div class="main">
<h1>ITA {{fy}} การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)</h1>
<table border="1" cellpadding="3">
<tr><th>ตัวชี้วัด</th><th>ข้อมูล</th><th>รายละเอียดตามเกณฑ์</th><th>URL</th></tr>
<tr><td>O1</td><td>โครงสร้าง</td><td>แสดงแผนผังแบ่งส่วนราชการทั้งฝ่ายการเมืองและฝ่ายประจำ</td><td><a href="structure.php">คลิก</a></td></tr>
<tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td>ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย ช่องทางการติดต่อ</td><td><a href="executives.php">คลิก</a></td></tr>
<tr><td>O3</td><td>อำนาจหน้าที่</td><td>อำนาจหน้าที่ตามกฎหมายจัดตั้ง</td><td><a href="authority.php">คลิก</a></td></tr>
<tr><td>O4</td><td>แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</td><td>แผนที่มีระยะมากกว่า 1 ปี ครอบคลุมปีปัจจุบัน</td><td><a href="devplan.php">คลิก</a></td></tr>
<tr><td>O5</td><td>ข้อมูลการติดต่อ</td><td>ที่อยู่ หมายเลขโทรศัพท์ E-mail แผนที่ตั้ง</td><td><a href="contact.php">คลิก</a></td></tr>
<tr><td>O6</td><td>กฎหมายที่เกี่ยวข้อง</td><td>กฎหมายที่เกี่ยวข้องกับการดำเนินงาน</td><td><a href="laws.php">คลิก</a></td></tr>
<tr><td>O7</td><td>ข่าวประชาสัมพันธ์</td><td>ข่าวที่เกี่ยวข้องกับการดำเนินงานตามอำนาจหน้าที่</td><td><a href="news.php">คลิก</a></td></tr>
<tr><td>O8</td><td>Q&amp;A</td><td>ช่องทางที่บุคคลภายนอกสามารถสอบถามข้อมูลและหน่วยงานสามารถตอบได้</td><td><a href="webboard.php">คลิก</a></td></tr>
<tr><td>O10</td><td>แผนดำเนินงานประจำปี</td><td>แผนงาน/โครงการ งบประมาณ ระยะเวลา ของปีปัจจุบัน</td><td><a href="plan.php">คลิก</a></td></tr>
<tr><td>O11</td><td>รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน</td><td>ความก้าวหน้า การใช้จ่ายงบประมาณ ปัญหาอุปสรรค</td><td><a href="monitoring.php">คลิก</a></td></tr>
<tr><td>O12</td><td>รายงานผลการดำเนินงานประจำปี</td><td>ผลการดำเนินงาน ผลการใช้จ่ายงบประมาณ ของปีที่ผ่านมา</td><td><a href="report.php">คลิก</a></td></tr>
<tr><td>O13</td><td>คู่มือหรือมาตรฐานการปฏิบัติงาน</td><td>หลักเกณฑ์ วิธีการ ขั้นตอนการปฏิบัติงาน</td><td><a href="manual.php">คลิก</a></td></tr>
<tr><td>O14</td><td>คู่มือหรือมาตรฐานการให้บริการ</td><td>หลักเกณฑ์ ขั้นตอน ระยะเวลา การให้บริการประชาชน</td><td><a href="service.php">คลิก</a></td></tr>
<tr><td>O18</td><td>แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ</td><td>รายการจัดซื้อจัดจ้าง งบประมาณ ช่วงเวลาที่คาดว่าจะจัดซื้อ</td><td><a href="procurement.php?id=88">คลิก</a></td></tr>
<tr><td>O19</td><td>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง</td><td>ประกาศเชิญชวน ประกาศผลการจัดซื้อจัดจ้าง</td><td><a href="procurement.php">คลิก</a></td></tr>
<tr><td>O20</td><td>สรุปผลการจัดซื้อจัดจ้างรายเดือน</td><td>ชื่อรายการ วงเงิน วิธีการ ผู้เสนอราคา ผู้ได้รับคัดเลือก เหตุผล</td><td><a href="skr.php">คลิก</a></td></tr>
<tr><td>O27</td><td>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td><td>ช่องทางแจ้งเรื่องร้องเรียน/แจ้งเบาะแส</td><td><a href="complain.php">คลิก</a></td></tr>
<tr><td>O29</td><td>การเปิดโอกาสให้เกิดการมีส่วนร่วม</td><td>ช่องทางการรับฟังความคิดเห็นของผู้รับบริการ</td><td><a href="webboard.php">คลิก</a></td></tr>
<tr><td>O34</td><td>เจตจำนงสุจริตของผู้บริหาร</td><td>ประกาศเจตจำนงสุจริตในการบริหารงานของผู้บริหารสูงสุด ลงนามโดยผู้บริหาร ปีปัจจุบัน</td><td>-</td></tr>
<tr><td>O39</td><td>แผนปฏิบัติการป้องกันการทุจริต</td><td>แผนปฏิบัติการป้องกันการทุจริตประจำปี</td><td><a href="anticorruption.php">คลิก</a></td></tr>
</table>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
