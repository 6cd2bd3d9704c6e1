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
<h1>ข่าวจัดซื้อจัดจ้าง</h1>
<table>
<tr><td>{{dmy:-9}}</td><td><a href="procurement.php?id=91">ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุก่อสร้าง โดยวิธีเฉพาะเจาะจง</a></td></tr>
<tr><td>{{dmy:-16}}</td><td><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?pid=69129000777">ประกาศเชิญชวน ประกวดราคาจ้างก่อสร้างถนนลาดยาง หมู่ 6 (e-bidding)</a></td></tr>
<tr><td>{{dmy:-60}}</td><td><a href="procurement.php?id=88">ประกาศ เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {{fy}}</a></td></tr>
</table>
<p><a href="skr.php">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
