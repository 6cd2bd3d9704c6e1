<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>องค์การบริหารส่วนตำบลหนองน้ำ</title>
{{include:_parts/head.html}}
</head>
<body>
{{include:_parts/header.html}}
{{include:_parts/menu.html}}
<div class="cols">
{{include:_parts/sidebar.html}}
<div class="main">
<h1>สรุปผลการจัดซื้อจัดจ้างรายเดือน</h1>
<p>แบบ สขร.1 ประจำเดือน {{month:-45}}: จัดซื้อจัดจ้าง 4 รายการ วงเงินรวม 162,340 บาท (วิธีเฉพาะเจาะจงทั้งหมด)</p>
<p>ลงวันที่ {{th:-26}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
