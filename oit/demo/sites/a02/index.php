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
<h2>ข่าวประชาสัมพันธ์</h2>
<ul>
  <li><a href="news.php?id=247">อบต.หนองน้ำ จัดโครงการฝึกอบรมอาชีพการทำน้ำยาล้างจาน</a> ({{thabbr:-2}})</li>
  <li><a href="news.php?id=246">ประชาสัมพันธ์รับสมัครเด็กเล็กเข้าศูนย์พัฒนาเด็กเล็ก</a> ({{thabbr:-14}})</li>
  <li><a href="news.php?id=245">ขอเชิญร่วมกิจกรรมทำบุญตักบาตรเนื่องในวันสำคัญทางพระพุทธศาสนา</a> ({{thabbr:-29}})</li>
</ul>
<h2>ข่าวจัดซื้อจัดจ้าง</h2>
<ul>
  <li><a href="procurement.php?id=91">ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุก่อสร้าง</a> ({{thabbr:-9}})</li>
</ul>
<p><a href="ita.php"><b>ITA {{fy}}</b> การเปิดเผยข้อมูลสาธารณะ</a></p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
