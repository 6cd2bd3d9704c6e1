<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>กระดานถาม-ตอบ</title>
{{include:_parts/head.html}}
</head>
<body>
{{include:_parts/header.html}}
{{include:_parts/menu.html}}
<div class="cols">
{{include:_parts/sidebar.html}}
<div class="main">
<h1>กระดานถาม-ตอบ (ช่องทางการรับฟังความคิดเห็น)</h1>
<p>ท่านสามารถตั้งคำถาม แสดงความคิดเห็นหรือข้อเสนอแนะต่อการดำเนินงานของ อบต.หนองน้ำ ได้ที่นี่ เจ้าหน้าที่จะตอบภายใน 3 วันทำการ</p>
<table border="1"><tr><th>หัวข้อ</th><th>ผู้ตั้ง</th><th>วันที่</th><th>ตอบ</th></tr>
<tr><td>ขอให้ซ่อมถนนหน้าโรงเรียน</td><td>ชาวบ้าน ม.4</td><td>{{dmy:-4}}</td><td>1</td></tr>
<tr><td>สอบถามการรับเบี้ยยังชีพ</td><td>ป้าแดง</td><td>{{dmy:-21}}</td><td>2</td></tr></table>
<form action="webboard.php" method="post">หัวข้อ <input name="t"> <button>ตั้งกระทู้</button></form>
</div>
</div>
{{include:_parts/footer.html}}
</body>
</html>
