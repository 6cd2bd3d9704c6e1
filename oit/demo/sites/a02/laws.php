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
<h1>ระเบียบ/กฎหมายที่เกี่ยวข้อง</h1>
<ul>
  <li>พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537</li>
  <li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</li>
  <li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</li>
  <li>ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548</li>
  <li>ข้อบัญญัติองค์การบริหารส่วนตำบลหนองน้ำ เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย</li>
</ul>
<p>ปรับปรุงล่าสุด {{th:-45}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
