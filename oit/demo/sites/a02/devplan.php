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
<h1>แผนพัฒนาท้องถิ่น (พ.ศ. {{fy-3}}-{{fy+1}})</h1>
<p>วิสัยทัศน์: "หนองน้ำน่าอยู่ เศรษฐกิจพอเพียง ประชาชนมีคุณภาพชีวิตที่ดี"</p>
<p>ยุทธศาสตร์ที่ 1 ด้านโครงสร้างพื้นฐาน / ยุทธศาสตร์ที่ 2 ด้านเศรษฐกิจ / ยุทธศาสตร์ที่ 3 ด้านสังคม / ยุทธศาสตร์ที่ 4 ด้านทรัพยากรธรรมชาติ / ยุทธศาสตร์ที่ 5 ด้านการบริหารจัดการ</p>
<p>แผนพัฒนาท้องถิ่น แก้ไข ครั้งที่ 1 ประกาศ ณ วันที่ {{th:-40}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
