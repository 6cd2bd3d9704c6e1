<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>เจตจำนงสุจริตของผู้บริหาร</title>
{{include:_parts/head.html}}
</head>
<body>
{{include:_parts/header.html}}
{{include:_parts/menu.html}}
<div class="cols">
{{include:_parts/sidebar.html}}
<div class="main">
<h1>เจตจำนงสุจริตของผู้บริหาร</h1>
<p>อยู่ระหว่างดำเนินการ</p>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
