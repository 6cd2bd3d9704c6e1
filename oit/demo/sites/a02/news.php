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
<h1>ข่าวประชาสัมพันธ์</h1>
<table>
<tr><td>{{dmy:-2}}</td><td><a href="news.php?id=247">อบต.หนองน้ำ จัดโครงการฝึกอบรมอาชีพการทำน้ำยาล้างจาน</a></td></tr>
<tr><td>{{dmy:-14}}</td><td><a href="news.php?id=246">ประชาสัมพันธ์รับสมัครเด็กเล็กเข้าศูนย์พัฒนาเด็กเล็ก</a></td></tr>
<tr><td>{{dmy:-29}}</td><td><a href="news.php?id=245">ขอเชิญร่วมกิจกรรมทำบุญตักบาตรเนื่องในวันสำคัญทางพระพุทธศาสนา</a></td></tr>
</table>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
