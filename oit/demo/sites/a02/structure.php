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
<h1>โครงสร้างองค์กร</h1>
<p>องค์การบริหารส่วนตำบลหนองน้ำ แบ่งส่วนราชการเป็น สำนักปลัด กองคลัง กองช่าง กองการศึกษาฯ</p>
<p><b>ฝ่ายบริหาร:</b> นายก อบต. รองนายก อบต. 2 คน เลขานุการนายก อบต.<br><b>สภา อบต.:</b> ประธานสภา รองประธานสภา สมาชิกสภา 11 คน</p>
<p><img src="images/structure.gif" alt="แผนภูมิโครงสร้าง" width="700"></p>
<p>ปรับปรุงล่าสุด {{th:-70}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
