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
<h1>คู่มือสำหรับประชาชน</h1>
<p>คู่มือสำหรับประชาชน ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>
<ol><li>การขอรับเงินเบี้ยยังชีพผู้สูงอายุ</li><li>การขอรับเงินเบี้ยความพิการ</li><li>การขออนุญาตก่อสร้างอาคาร</li><li>การแจ้งขุดดิน/ถมดิน</li><li>การชำระภาษีป้าย</li></ol>
<p>ปรับปรุงล่าสุด {{th:-30}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
