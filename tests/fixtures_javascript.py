"""Pages written for the coverage tests, reproducing the structures met on real agency
sites (own markup and wording, no copied page): pages that show nothing without being
script-built, and pages that really need JavaScript."""

from __future__ import annotations

from tests.sites import html

# Libraries every template loads: not a sign that scripts build the page.
LIBRARIES = (
    "<script src='/js/jquery.min.js'></script><script src='/js/bootstrap.bundle.min.js'>"
    "</script><script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script>"
)

# A page exported from an image editor: a table of image slices, no text at all.
IMAGE_EXPORT = html(
    "",
    "<table id='Table_01' width='1000' border='0' cellpadding='0' cellspacing='0'>"
    + "".join(
        f"<tr><td><img src='images/index_{n:02}.jpg' width='1000' height='120' alt=''></td></tr>"
        for n in range(1, 9)
    )
    + "</table>",
    head=LIBRARIES,
)

# A CMS detail template whose record is missing: empty containers, a heading, libraries.
EMPTY_TEMPLATE = html(
    "รายละเอียด",
    "<div class='container'><h3 class='title'></h3>"
    "<div class='detail-date'></div><div class='detail-body'></div>"
    "<div class='attach'><a href='#'></a></div></div>",
    head=LIBRARIES,
)

# A gallery: pictures with short captions.
GALLERY = html(
    "ภาพกิจกรรม",
    "<h2>ภาพกิจกรรม</h2>"
    + "".join(
        f"<figure><img src='/photo/{n}.jpg'><figcaption>กิจกรรม {n}</figcaption></figure>"
        for n in range(1, 6)
    ),
    head=LIBRARIES,
)

# A single-page application shell (the create-react-app layout): root div, bundle, noscript.
SPA_SHELL = html(
    "เทศบาลตำบลทดสอบ",
    "<noscript>You need to enable JavaScript to run this app.</noscript><div id='root'></div>",
    head="<script defer src='/static/js/main.5e1f3c.js'></script>",
)

# A Vue-style mount point with a Thai noscript message.
VUE_SHELL = html(
    "หน้าแรก",
    "<noscript><strong>กรุณาเปิดใช้งาน JavaScript เพื่อใช้งานเว็บไซต์นี้"
    '</strong></noscript><div id="app"></div>'
    '<script type="module" src="/assets/index-4b2c.js"></script>',
)

# A heading and an empty container that an inline script fills from a data URL.
SCRIPT_FILL = html(
    "ระเบียบ",
    "<h1>ระเบียบการติดต่อ</h1><div class='row' id='content'></div>"
    "<script>document.addEventListener('DOMContentLoaded',function(){"
    "fetch('/api/rules').then(function(r){return r.json()}).then(function(d){"
    "d.forEach(function(x){var c=document.createElement('div');c.textContent=x.title;"
    "document.getElementById('content').appendChild(c)})})});</script>",
    head=LIBRARIES,
)

# A server-rendered page with a noscript banner and an AJAX visitor counter: ordinary.
SERVER_PAGE = html(
    "ข่าวประชาสัมพันธ์",
    "<noscript>Please enable JavaScript for the best experience"
    "</noscript><h1>ข่าวประชาสัมพันธ์</h1>"
    + "<p>เทศบาลตำบลทดสอบจัดประชุมประจำเดือนเพื่อติดตามการดำเนินงานตามแผน "
    "และรับฟังความคิดเห็นของประชาชนในพื้นที่</p>"
    * 3
    + "<div id='counter'></div><script>$.get('/counter',function(n){$('#counter')"
    ".html(n)})</script>",
    head=LIBRARIES,
)

# The script of an SPA page: builds the complaint channel page when it runs.
COMPLAINT_APP = (
    "document.getElementById('root').innerHTML = '<h1>ช่องทางการร้องเรียน</h1>"
    "<p>ประชาชนร้องเรียนการทุจริตได้ทางแบบฟอร์มออนไลน์ โทรศัพท์ 0 4400 0000 หรือ"
    'ยื่นหนังสือที่สำนักปลัด</p><a href="/complaint-form.html">แบบฟอร์มร้องเรียน</a>\';'
)

# A template view served without its layout: no <html>/<body>, a <style> first, then
# HTML5 sections (libxml2 would read all of it as <head>).
BODYLESS_VIEW = (
    "\n\n<style>.hero{margin-top:7rem}</style>\n<section class='hero'><h2>ยินดีต้อนรับ</h2>"
    "</section><main id='main'><section><h4>โรงพยาบาลทดสอบ</h4><p>ให้บริการสุขภาพแก่ประชาชน"
    "ในอำเภอทดสอบ</p><a href='/news'>ข่าวประชาสัมพันธ์</a></section></main>"
)
