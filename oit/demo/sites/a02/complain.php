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
<h1>ร้องเรียน/ร้องทุกข์</h1>
<p>ช่องทางการร้องเรียน: ด้วยตนเองที่ อบต.หนองน้ำ / โทรศัพท์ 0 4321 1234 / อีเมล admin@nongnam.go.th / แบบฟอร์มออนไลน์ด้านล่าง</p>
<p>แจ้งเบาะแสการทุจริตและประพฤติมิชอบ: <a href="https://wbs.nacc.go.th/">ระบบแจ้งเบาะแส ป.ป.ช.</a></p>
<form action="complain.php" method="post">เรื่อง <input name="t"><br><textarea name="d"></textarea><br><button>ส่งเรื่องร้องเรียน</button></form>
<p>สถิติเรื่องร้องเรียน ประจำเดือน {{month:-40}}: ไม่มีเรื่องร้องเรียน (ข้อมูล ณ วันที่ {{th:-12}})</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
