"""One-off generator of the evaluation pages and labels (kept to show how they were made).

Each page is a hand-written body inside one of six template families modelled on
real Thai agency sites (see README.md). Running it rewrites ``pages/`` and
``labels.json``; after that ``labels.json`` is the source of truth and pages may
be added by hand. ``python tests/eval/make_pages.py``
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
PAGES = HERE / "pages"

# Every ITA item label, as mega-menus show them.
MEGA = [
    ("โครงสร้างส่วนราชการ", "structure"),
    ("คณะผู้บริหาร", "executive"),
    ("อำนาจหน้าที่", "authority"),
    ("แผนพัฒนาท้องถิ่น", "plan"),
    ("ข้อมูลการติดต่อ", "contact"),
    ("กฎหมายที่เกี่ยวข้อง", "law"),
    ("ข่าวประชาสัมพันธ์", "news"),
    ("ข่าวจัดซื้อจัดจ้าง", "purchase"),
    ("เจตจำนงสุจริตของผู้บริหาร", "intent"),
    ("แผนดำเนินงานประจำปี", "actionplan"),
    ("รายงานการกำกับติดตาม รอบ 6 เดือน", "monitor"),
    ("รายงานผลการดำเนินงานประจำปี", "annualreport"),
    ("แผนการจัดซื้อจัดจ้าง", "purchaseplan"),
    ("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "sorkhor"),
    ("คู่มือการปฏิบัติงาน", "workmanual"),
    ("คู่มือการให้บริการประชาชน", "servicemanual"),
    ("กระดานถาม-ตอบ", "webboard"),
    ("ร้องเรียน/ร้องทุกข์", "complain"),
    ("ITA 2569", "ita2569"),
]


def webabt(site: str, title: str, body: str) -> str:
    """Old PHP CMS: table layout, the left menu is a plain <td> (markup gives no region)."""
    menu = "".join(
        f'<tr><td><a href="http://{site}/index.php?_mod={slug}">» {label}</a></td></tr>'
        for label, slug in MEGA
    )
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title></head><body>
<table width="980"><tr><td colspan="2"><img src="/images/banner.jpg" alt="เทศบาลตำบลธาตุนาเวง"></td></tr>
<tr><td width="200" valign="top" class="leftmenu"><table>{menu}</table>
<div>ผู้เข้าชม 123456 คน</div></td>
<td valign="top" class="bodytext">{body}</td></tr>
<tr><td colspan="2" align="center">เทศบาลตำบลธาตุนาเวง อ.เมือง จ.สกลนคร 47000 โทร 042-000000<br>© 2569</td></tr>
</table></body></html>"""


def bootstrap(site: str, title: str, body: str) -> str:
    """assystemth-like CodeIgniter build: navbar mega-menu, container, footer."""
    menu = "".join(
        f'<li><a class="dropdown-item" href="https://{site}/{slug}">{label}</a></li>'
        for label, slug in MEGA
    )
    return f"""<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav class="navbar navbar-expand-lg"><ul class="navbar-nav"><li class="dropdown">
<a href="#">ข้อมูลหน่วยงาน</a><ul class="dropdown-menu">{menu}</ul></li></ul></nav>
<div class="container"><div class="row"><div class="col-md-9 content">{body}</div>
<div class="col-md-3 sidebar"><h4>ลิงก์หน่วยงาน</h4><a href="https://www.dla.go.th">กรมส่งเสริมการปกครองท้องถิ่น</a>
<h4>แบบสำรวจความคิดเห็น</h4><form>เว็บไซต์นี้ใช้งานง่ายหรือไม่<label><input type="radio">ดี</label></form></div></div></div>
<footer class="footer">องค์การบริหารส่วนตำบลบึงนคร โทร 043-030304 ข้อมูล ณ วันที่ 1 พฤษภาคม 2569</footer></body></html>"""


def wordpress(site: str, title: str, body: str, h1: str = "") -> str:
    menu = "".join(
        f'<li class="menu-item"><a href="https://{site}/{slug}/">{label}</a></li>'
        for label, slug in MEGA
    )
    heading = f'<h1 class="entry-title">{h1}</h1>' if h1 else ""
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>{title} – เทศบาลเมืองร้อยเอ็ด</title>
<meta property="article:modified_time" content="2026-01-15T08:00:00+07:00"></head><body class="page">
<header id="masthead" class="site-header"><p class="site-title">เทศบาลเมืองร้อยเอ็ด</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">{menu}</ul></nav></header>
<div id="content" class="site-content"><main id="main"><article class="post">{heading}
<div class="entry-content">{body}</div></article></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2>เรื่องล่าสุด</h2><ul>
<li><a href="https://{site}/news-1/">เทศบาลจัดกิจกรรมวันเด็ก</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer">© 2026 เทศบาลเมืองร้อยเอ็ด</footer></body></html>"""


def modern(site: str, title: str, body: str) -> str:
    """A Laravel/Bootstrap 5 build with semantic landmarks."""
    return f"""<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title}</title></head><body>
<header><a href="https://{site}/">หน้าแรก</a><span>วันพุธที่ 6 พฤษภาคม 2569</span></header>
<nav><a href="https://{site}/about">เกี่ยวกับเรา</a><a href="https://{site}/news">ข่าวประชาสัมพันธ์</a>
<a href="https://{site}/ita">ITA</a><a href="https://{site}/contact">ติดต่อเรา</a></nav>
<main>{body}</main><footer>ติดต่อเรา | นโยบายเว็บไซต์ | © 2569</footer></body></html>"""


def gsites(site: str, title: str, body: str) -> str:
    """Google Sites: obfuscated classes, side nav in <nav>."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="UtePc RCETm"><nav class="JzO0Vc"><ul><li><a href="https://sites.google.com/view/{site}/home">หน้าแรก</a></li>
<li><a href="https://sites.google.com/view/{site}/oit">OIT</a></li></ul></nav>
<div class="yaqOZd">{body}</div></div></body></html>"""


def plain(site: str, title: str, body: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>"""


def rows(items: list[str]) -> str:
    return (
        "<table>"
        + "".join(f"<tr><td>{i + 1}</td><td>{t}</td></tr>" for i, t in enumerate(items))
        + "</table>"
    )


PAGES_SPEC: list[dict] = []


def page(pid, site, url, tmpl, title, body, with_=(), without=(), ignore=(), note="", **kw):
    PAGES_SPEC.append(
        dict(
            id=pid,
            site=site,
            url=url,
            tmpl=tmpl,
            title=title,
            body=body,
            with_=list(with_),
            without=list(without),
            ignore=list(ignore),
            note=note,
            **kw,
        )
    )


def doc(pid, site, url, kind, with_=(), without=(), ignore=(), note="", text="", link_texts=()):
    PAGES_SPEC.append(
        dict(
            id=pid,
            site=site,
            url=url,
            kind=kind,
            text=text,
            link_texts=list(link_texts),
            with_=list(with_),
            without=list(without),
            ignore=list(ignore),
            note=note,
        )
    )


from spec_pages import define  # noqa: E402  (the page bodies live in their own module)

define(
    page,
    doc,
    rows,
    {
        "webabt": webabt,
        "bootstrap": bootstrap,
        "wordpress": wordpress,
        "modern": modern,
        "gsites": gsites,
        "plain": plain,
    },
)

if __name__ == "__main__":
    TEMPLATES = {
        "webabt": webabt,
        "bootstrap": bootstrap,
        "wordpress": wordpress,
        "modern": modern,
        "gsites": gsites,
        "plain": plain,
    }
    for old in PAGES.rglob("*.html"):
        old.unlink()
    labels = []
    for spec in PAGES_SPEC:
        entry = {"id": spec["id"], "url": spec["url"]}
        if spec.get("site"):
            entry["site"] = spec["site"]
        if "tmpl" in spec:
            sub = spec["site"] or "single"
            path = PAGES / sub / f"{spec['id']}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            fn = TEMPLATES[spec["tmpl"]]
            host = spec["url"].split("/")[2]
            extra = {"h1": spec["h1"]} if "h1" in spec else {}
            html = fn(host, spec["title"], spec["body"], **extra)
            encoding = spec.get("encoding", "utf-8")
            if encoding != "utf-8":
                html = html.replace(
                    '<meta charset="utf-8">',
                    f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">',
                )
            path.write_bytes(
                html.encode("cp874" if encoding == "windows-874" else encoding, "xmlcharrefreplace")
            )
            entry["file"] = str(path.relative_to(HERE))
        else:
            entry["kind"] = spec["kind"]
            if spec["text"]:
                entry["text"] = spec["text"]
        if spec.get("link_texts"):
            entry["link_texts"] = spec["link_texts"]
        entry["with"] = spec["with_"]
        if spec["without"]:
            entry["without"] = spec["without"]
        if spec["ignore"]:
            entry["ignore"] = spec["ignore"]
        if spec["note"]:
            entry["note"] = spec["note"]
        labels.append(entry)
    out = {"version": 1, "checklist": "oit-2569", "pages": labels}
    (HERE / "labels.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(labels)} labelled documents")
