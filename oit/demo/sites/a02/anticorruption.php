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
<h1>แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {{fy}}</h1>
<p>องค์การบริหารส่วนตำบลหนองน้ำ จัดทำแผนปฏิบัติการป้องกันการทุจริต เพื่อเป็นกรอบแนวทางในการดำเนินการป้องกันการทุจริต
ประกอบด้วย 4 มิติ 27 โครงการ งบประมาณ 185,000 บาท</p>
<p>ประกาศ ณ วันที่ {{th:-47}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
