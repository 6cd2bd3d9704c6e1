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
<h1>ศูนย์ข้อมูลข่าวสาร</h1>
<p>ศูนย์ข้อมูลข่าวสารขององค์การบริหารส่วนตำบลหนองน้ำ ตั้งอยู่ที่สำนักปลัด อบต. เปิดให้ประชาชนตรวจดูข้อมูลข่าวสารตามมาตรา 9 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540
ในวันและเวลาราชการ</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
