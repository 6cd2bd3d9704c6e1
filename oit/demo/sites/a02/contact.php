<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>ติดต่อเรา</title>
{{include:_parts/head.html}}
</head>
<body>
{{include:_parts/header.html}}
{{include:_parts/menu.html}}
<div class="cols">
{{include:_parts/sidebar.html}}
<div class="main">
<h1>ติดต่อเรา</h1>
<p>องค์การบริหารส่วนตำบลหนองน้ำ หมู่ 1 ตำบลหนองน้ำ อำเภอบ้านฝาง จังหวัดขอนแก่น 40270</p>
<p>โทรศัพท์ 0 4321 1234 โทรสาร 0 4321 1236<br>อีเมล admin@nongnam.go.th<br>Facebook: <a href="https://www.facebook.com/nongnam.sao">อบต.หนองน้ำ</a></p>
<p>ปรับปรุงล่าสุด {{th:-5}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
