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
<h1>คณะผู้บริหาร</h1>
<p><b>นายบุญเลิศ ทองคำ</b> นายกองค์การบริหารส่วนตำบลหนองน้ำ โทร 08 9876 5432 (ดำรงตำแหน่งตั้งแต่ 2 ตุลาคม 2564)</p>
<p><b>นายสุรชัย แก้วมณี</b> รองนายก อบต. โทร 08 7654 3210</p>
<p><b>นางวันเพ็ญ ศรีสวัสดิ์</b> รองนายก อบต. โทร 08 6543 2109</p>
<p><b>นายอนุชา พรหมวงศ์</b> ปลัด อบต. โทร 0 4321 1234</p>
<p>ข้อมูล ณ วันที่ {{th:-20}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
