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
<h1>คู่มือการปฏิบัติงาน</h1>
<ul>
  <li><a href="files/manual-saraban.pdf">คู่มือการปฏิบัติงาน งานสารบรรณ</a> (PDF)</li>
  <li><a href="files/manual-finance.pdf">คู่มือการปฏิบัติงาน งานการเงินและบัญชี</a> (PDF)</li>
</ul>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
