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
<h1>รายงานผลการดำเนินงานประจำปี</h1>
<p>รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {{fy-1}}: ดำเนินการแล้วเสร็จ 41 โครงการ จาก 46 โครงการ เบิกจ่ายงบประมาณร้อยละ 91.20</p>
<p>ประกาศ ณ วันที่ {{th:-55}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
