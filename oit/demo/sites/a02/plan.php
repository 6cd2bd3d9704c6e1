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
<h1>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {{fy}}</h1>
<p>บัญชีโครงการ/กิจกรรม/งบประมาณ จำแนกตามยุทธศาสตร์ จำนวน 48 โครงการ งบประมาณรวม 12,860,000 บาท</p>
<table border="1"><tr><th>ยุทธศาสตร์</th><th>โครงการ</th><th>งบประมาณ</th></tr>
<tr><td>ด้านโครงสร้างพื้นฐาน</td><td>17</td><td>7,400,000</td></tr>
<tr><td>ด้านเศรษฐกิจ</td><td>5</td><td>520,000</td></tr>
<tr><td>ด้านสังคม</td><td>18</td><td>4,180,000</td></tr>
<tr><td>ด้านทรัพยากรธรรมชาติ</td><td>3</td><td>260,000</td></tr>
<tr><td>ด้านการบริหารจัดการ</td><td>5</td><td>500,000</td></tr></table>
<p>ประกาศ ณ วันที่ {{th:-48}}</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
