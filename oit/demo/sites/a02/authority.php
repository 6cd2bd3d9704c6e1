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
<h1>อำนาจหน้าที่</h1>
<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66, 67 และ 68 องค์การบริหารส่วนตำบลมีหน้าที่พัฒนาตำบลทั้งในด้านเศรษฐกิจ สังคม และวัฒนธรรม ได้แก่
จัดให้มีและบำรุงรักษาทางน้ำและทางบก รักษาความสะอาดของถนน ป้องกันโรคและระงับโรคติดต่อ ป้องกันและบรรเทาสาธารณภัย ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม
คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</p>
<p>ปรับปรุงล่าสุด {{th:-60}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
