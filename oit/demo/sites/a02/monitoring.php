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
<h1>รายงานการกำกับติดตามการดำเนินงาน</h1>
<h3>{{round:-235}}</h3>
<p>ผลการดำเนินงานตามแผนการดำเนินงาน ดำเนินการแล้ว 21 โครงการ จาก 46 โครงการ คิดเป็นร้อยละ 45.65
เบิกจ่ายงบประมาณ 4,215,800 บาท คิดเป็นร้อยละ 34.19</p>
<p>ปัญหาอุปสรรค: งบประมาณได้รับการจัดสรรล่าช้า</p>
<p>ประกาศ ณ วันที่ {{th:-235}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
