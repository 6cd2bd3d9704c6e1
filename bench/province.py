"""A synthetic province: N generated agency websites served on 127.0.0.1, for crawl benchmarks.

Each agency is one :class:`~http.server.ThreadingHTTPServer` on a free loopback port
(nothing else is ever listened on or contacted). Its pages are generated from a seed
on request, so N=100 costs little memory, and every response waits an injected
latency first (uniform between ``latency`` and 4×``latency``), as a real provincial
server behind a slow uplink would.

A site looks like a Thai local-government CMS site:

- a home page with a mega-menu (about, departments, news, services, tourism, ITA …),
  a clock in the header, the latest news, albums and procurement notices;
- an ITA/OIT hub listing 20–40 O-items, each its own page (5.1–5.11 evidence beside
  ITA items outside 5.1–5.11), some stale, a few missing, one a PDF;
- news, photo-album and procurement archives (100–300 / 40–150 / 30–100 entries,
  paginated, entries linked "ก่อนหน้า / ถัดไป"), a 24-month event calendar,
  department and tourism pages, downloads: hundreds of pages unrelated to the checklist;
- pages of 20–40 KB (inline CSS and scripts as CMS templates ship them).

Sites are varied by a seed: about 3 % refuse connections (dead), 3 % answer 10×
slower, 2 % answer 503 to everything (maintenance).

``python bench/province.py --agencies 20 [--latency 50]`` serves until Ctrl-C and
writes ``province.csv``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import datetime as dt
import hashlib
import random
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from network import PROFILES, NetworkProfile
from pythainlp.util.date import thai_full_months

TODAY = dt.date(2026, 11, 25)  # the as-of date every benchmark audits on
HOST = "127.0.0.1"
HANG_SECONDS = 300.0  # longer than any crawler timeout: the answer never comes
CHUNK = 64 * 1024
PDF = Path(__file__).resolve().parents[1] / "oit/demo/sites/a01/files/procurement-plan.pdf"
TH_MONTHS = tuple(thai_full_months)  # มกราคม … ธันวาคม
PLACES = (
    "บ้านสวน",
    "หนองน้ำ",
    "โคกงาม",
    "นาดี",
    "ท่าช้าง",
    "ห้วยทราย",
    "โนนสูง",
    "บ้านใหม่",
    "วังหิน",
    "ดอนแก้ว",
    "หนองบัว",
    "ป่าแดง",
    "ทุ่งใหญ่",
    "บางปลา",
    "คลองน้ำใส",
    "เขาน้อย",
    "นาคำ",
    "โพธิ์ทอง",
    "สระแก้ว",
    "ศรีสำราญ",
)
KINDS = ("เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "เทศบาลเมือง", "โรงพยาบาลส่งเสริมสุขภาพตำบล")
ACTIVITIES = (
    "โครงการส่งเสริมสุขภาพผู้สูงอายุ",
    "กิจกรรมจิตอาสาพัฒนาหมู่บ้าน",
    "โครงการอบรมป้องกันไฟป่า",
    "กิจกรรมวันเด็กแห่งชาติ",
    "โครงการคัดแยกขยะต้นทาง",
    "ประชุมประชาคมหมู่บ้าน",
    "โครงการปลูกต้นไม้เฉลิมพระเกียรติ",
    "การแข่งขันกีฬาต้านยาเสพติด",
)
DEPARTMENTS = (
    "สำนักปลัด",
    "กองคลัง",
    "กองช่าง",
    "กองการศึกษา ศาสนาและวัฒนธรรม",
    "กองสาธารณสุขและสิ่งแวดล้อม",
    "กองสวัสดิการสังคม",
    "หน่วยตรวจสอบภายใน",
    "ศูนย์พัฒนาเด็กเล็ก",
)
TRAVEL = (
    "วัดป่าศรีมงคล",
    "น้ำตกห้วยหินลาด",
    "ตลาดน้ำโบราณ",
    "ผ้าไหมมัดหมี่",
    "ข้าวหอมมะลิอินทรีย์",
    "ศูนย์เรียนรู้เศรษฐกิจพอเพียง",
    "บึงบัวแดง",
    "จักสานไม้ไผ่",
    "ถ้ำพระ",
    "อ่างเก็บน้ำห้วยยาง",
)

# The 5.1–5.11 pages: slug, link text on the hub (O-code, label), heading, body.
CHECKLIST = (
    (
        "structure",
        "O1",
        "โครงสร้างหน่วยงาน",
        "แผนภูมิโครงสร้างการแบ่งส่วนราชการ ประกอบด้วย สำนักปลัด กองคลัง กองช่าง กองการศึกษา",
    ),
    ("executives", "O2", "ข้อมูลผู้บริหาร", "นายก รองนายก ปลัด และหัวหน้าส่วนราชการ พร้อมหมายเลขโทรศัพท์ติดต่อ"),
    ("authority", "O3", "อำนาจหน้าที่", "อำนาจหน้าที่ตามพระราชบัญญัติและกฎหมายที่เกี่ยวข้องกับการบริหารท้องถิ่น"),
    (
        "devplan",
        "O4",
        "แผนพัฒนาท้องถิ่น",
        "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) ยุทธศาสตร์การพัฒนาและโครงการที่จะดำเนินการ",
    ),
    (
        "contact",
        "O5",
        "ข้อมูลการติดต่อ",
        "ที่อยู่ 99 หมู่ 1 โทรศัพท์ 0 4321 1234 อีเมล saraban@example.go.th แผนที่การเดินทาง",
    ),
    (
        "laws",
        "O6",
        "กฎหมายที่เกี่ยวข้อง",
        "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
    ),
    (
        "integrity",
        "O7",
        "เจตจำนงสุจริตของผู้บริหาร",
        "ข้าพเจ้า ผู้บริหารสูงสุด ขอแสดงเจตจำนงสุจริตในการบริหารงานด้วยความซื่อสัตย์ โปร่งใส",
    ),
    (
        "annual-plan",
        "O8",
        "แผนปฏิบัติราชการประจำปี",
        "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2570 โครงการ งบประมาณ และระยะเวลาดำเนินการ",
    ),
    (
        "monitoring",
        "O9",
        "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน",
        "รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการประจำปี รอบ 6 เดือน ความก้าวหน้า และผลการใช้จ่ายงบประมาณ",
    ),
    (
        "annual-report",
        "O10",
        "รายงานผลการปฏิบัติราชการประจำปี",
        "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569 ผลการดำเนินงานตามแผน ปัญหาและอุปสรรค",
    ),
    (
        "skr",
        "O13",
        "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
        "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1) รายการ วงเงิน วิธีซื้อหรือจ้าง ผู้ได้รับการคัดเลือก",
    ),
    (
        "manual",
        "O14",
        "คู่มือการปฏิบัติงาน",
        "คู่มือการปฏิบัติงาน งานธุรการ งานการเงิน และงานพัสดุ ขั้นตอนและมาตรฐานการปฏิบัติงาน",
    ),
    (
        "service",
        "O15",
        "คู่มือการให้บริการประชาชน",
        "คู่มือสำหรับประชาชน การขออนุญาตก่อสร้าง การชำระภาษี มาตรฐานการให้บริการ ระยะเวลา",
    ),
    (
        "opinion",
        "O16",
        "ช่องทางการรับฟังความคิดเห็น",
        "ช่องทางการรับฟังความคิดเห็นของผู้รับบริการ แบบสอบถามออนไลน์ และกล่องรับความคิดเห็น",
    ),
    (
        "complaint",
        "O17",
        "ช่องทางการร้องเรียน",
        "ช่องทางการร้องเรียนร้องทุกข์และแจ้งเบาะแสการทุจริต โทรศัพท์ 0 4321 1234 หรือแบบฟอร์มออนไลน์",
    ),
)
# ITA items outside 5.1–5.11: on the hub too, but no evidence for any checklist item.
OTHER_ITA = (
    "รายงานผลการใช้จ่ายงบประมาณ",
    "ข้อมูลเชิงสถิติการให้บริการ",
    "รายงานผลความพึงพอใจ",
    "นโยบายการบริหารทรัพยากรบุคคล",
    "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
    "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",
    "การประเมินความเสี่ยงการทุจริต",
    "การเสริมสร้างวัฒนธรรมองค์กร",
    "ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ",
    "การขับเคลื่อนจริยธรรม",
    "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต",
    "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต",
    "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
    "มาตรการส่งเสริมความโปร่งใส",
    "การดำเนินการเพื่อป้องกันการรับสินบน",
    "รายงานการประเมินและเร่งรัดการบริหารความเสี่ยง",
    "ผลการดำเนินการตามมาตรการ",
    "แผนการใช้จ่ายงบประมาณประจำปี",
    "มาตรการป้องกันการขัดกันระหว่างประโยชน์",
    "การส่งเสริมคุณธรรมและความโปร่งใส",
    "Q&A ถาม-ตอบ",
    "Social Network",
    "การมอบอำนาจ",
    "รายงานผลการตรวจสอบภายใน",
    "ข้อมูลสถิติการใช้ไฟฟ้า",
)
# A CMS template's weight: inline CSS and scripts repeated on every page.
_STYLE = "".join(
    f".c{n}{{margin:{n % 7}px;padding:{n % 5}px;color:#{n * 4111 % 0xFFFFFF:06x}}}"
    for n in range(420)
)
_SCRIPT = "var cfg=" + repr([f"widget-{n}" for n in range(300)]) + ";"


def th_date(day: dt.date) -> str:
    return f"{day.day} {TH_MONTHS[day.month - 1]} {day.year + 543}"


@dataclass(frozen=True)
class AgencySite:
    """What one generated site holds; everything is derived from ``seed``."""

    id: str
    name: str
    seed: int
    mode: str = "ok"  # ok | slow | dead | down (flat profile); ok | dead | hanging | big (others)
    pdf_bytes: int = 0  # size the procurement-plan PDF is padded to (0: as it is)
    news: int = 200
    albums: int = 80
    procurement: int = 60
    months: int = 24
    ages: dict[str, int | None] = field(default_factory=dict)  # slug -> age in days, None: absent
    others: int = 15  # other ITA items on the hub

    @classmethod
    def generate(
        cls, number: int, seed: int = 0, profile: NetworkProfile | None = None
    ) -> AgencySite:
        rng = random.Random(seed * 100_003 + number)
        roll = rng.random()
        if profile is None:
            mode = (
                "dead"
                if roll < 0.03
                else "slow"
                if roll < 0.06
                else "down"
                if roll < 0.08
                else "ok"
            )
        else:
            mode = profile.site_mode(roll)
        ages: dict[str, int | None] = {}
        for slug, *_ in CHECKLIST:
            state = rng.random()
            ages[slug] = (
                None
                if state < 0.05
                else rng.randint(120, 500)
                if state < 0.15
                else rng.randint(3, 75)
            )
        ages["procurement-plan"] = (
            rng.randint(3, 60) if rng.random() > 0.1 else rng.randint(120, 400)
        )
        name = f"{KINDS[rng.randrange(len(KINDS))]}{PLACES[number % len(PLACES)]}"
        if number >= len(PLACES):
            name += f" {number // len(PLACES) + 1}"
        site = cls(
            id=f"p{number + 1:03d}",
            name=name,
            seed=rng.randrange(1 << 30),
            mode=mode,
            news=rng.randint(100, 300),
            albums=rng.randint(40, 150),
            procurement=rng.randint(30, 100),
            ages=ages,
            others=rng.randint(5, len(OTHER_ITA)),
        )
        if profile is None:
            return site
        big = mode == "big"  # thousands of pages: archives ten times longer
        return dataclasses.replace(
            site,
            news=site.news * (10 if big else 1),
            albums=site.albums * (10 if big else 1),
            procurement=site.procurement * (10 if big else 1),
            pdf_bytes=int(rng.uniform(*profile.pdf_mb) * 1_000_000),
        )


class SiteRenderer:
    """Renders the pages of one :class:`AgencySite` for ``today``."""

    per_page = 15

    def __init__(self, site: AgencySite, today: dt.date) -> None:
        self.site = site
        self.today = today

    def dated(self, days: int) -> str:
        return th_date(self.today - dt.timedelta(days=days))

    # -- the template --------------------------------------------------------
    def menu(self) -> str:
        groups = {
            "เกี่ยวกับหน่วยงาน": [
                ("/about/history.html", "ประวัติความเป็นมา"),
                ("/about/vision.html", "วิสัยทัศน์ พันธกิจ"),
                ("/oit/structure.html", "โครงสร้างหน่วยงาน"),
                ("/oit/executives.html", "คณะผู้บริหาร"),
                ("/oit/authority.html", "อำนาจหน้าที่"),
                ("/about/map.html", "แผนที่ตำบล"),
            ],
            "หน่วยงานภายใน": [(f"/dept/{k}.html", d) for k, d in enumerate(DEPARTMENTS)],
            "ข่าวสาร": [
                ("/news.php", "ข่าวประชาสัมพันธ์"),
                ("/gallery.php", "ภาพกิจกรรม"),
                ("/procurement.php", "ประกาศจัดซื้อจัดจ้าง"),
                ("/calendar.php", "ปฏิทินกิจกรรม"),
            ],
            "บริการประชาชน": [
                ("/oit/service.html", "คู่มือประชาชน"),
                ("/oit/complaint.html", "ร้องเรียนร้องทุกข์"),
                ("/downloads.html", "ดาวน์โหลดแบบฟอร์ม"),
                ("/eservice.html", "E-Service"),
            ],
            "ท่องเที่ยว/OTOP": [(f"/travel/{k}.html", t) for k, t in enumerate(TRAVEL)],
            "ITA": [
                ("/ita.html", "การเปิดเผยข้อมูลสาธารณะ (OIT)"),
                ("/oit/laws.html", "กฎหมายที่เกี่ยวข้อง"),
            ],
        }
        cols = "".join(
            f'<li class="dropdown"><a href="#">{g}</a><ul class="sub-menu">'
            + "".join(
                f'<li><a href="{href}">{text}</a></li>'
                for href, text in links
                if self.present(href)
            )
            + "</ul></li>"
            for g, links in groups.items()
        )
        return f'<nav class="mega-menu"><ul>{cols}</ul></nav>'

    def present(self, href: str) -> bool:
        slug = href.removeprefix("/oit/").removesuffix(".html")
        return not (href.startswith("/oit/") and self.site.ages.get(slug, 0) is None)

    def page(self, title: str, body: str) -> bytes:
        name = self.site.name
        html = (
            f"<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>{title} - {name}</title>"
            f"<style>{_STYLE}</style><script>{_SCRIPT}</script></head><body>"
            f'<header id="header"><div class="logo">{name}</div>'
            f'<div class="clock">วันนี้ {th_date(self.today)}</div></header>{self.menu()}'
            f'<main id="content">{body}</main>'
            f'<footer id="footer">{name} อำเภอเมือง จังหวัดตัวอย่าง โทรศัพท์ 0 4321 1234 '
            f"© {self.today.year + 543} สงวนลิขสิทธิ์ ผู้เข้าชม {self.site.seed % 99991}</footer>"
            "</body></html>"
        )
        return html.encode("utf-8")

    # -- routes ----------------------------------------------------------------
    def render(self, target: str) -> tuple[int, str, bytes]:
        parts = urlsplit(target)
        path, query = parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}
        html = "text/html; charset=utf-8"
        if path == "/robots.txt":
            return 200, "text/plain", b"User-agent: *\nDisallow: /admin/\n"
        if path == "/files/procurement-plan.pdf" and PDF.exists():
            pdf = PDF.read_bytes()
            # padded after %%EOF to the site's size: a scanned plan is megabytes, not kilobytes
            pad = max(0, self.site.pdf_bytes - len(pdf) - 2)
            return 200, "application/pdf", pdf + (b"\n%" + b"0" * pad if pad else b"")
        answer = self.answer(path, query)
        if answer is None:
            return 404, html, self.page("ไม่พบหน้า", "<h1>ไม่พบหน้าที่ต้องการ</h1>")
        return 200, html, answer

    def answer(self, path: str, query: dict[str, str]) -> bytes | None:
        if path in ("/", "/index.php"):
            return self.home()
        if path == "/ita.html":
            return self.hub()
        if path.startswith("/oit/"):
            return self.checklist_page(path[5:].removesuffix(".html"))
        lists = {
            "/news.php": ("news", self.site.news),
            "/gallery.php": ("gallery", self.site.albums),
            "/procurement.php": ("procurement", self.site.procurement),
        }
        if path in lists:
            kind, total = lists[path]
            return self.listing(path, kind, total, query)
        if path == "/calendar.php":
            return self.calendar(query.get("month", ""))
        for prefix, names in (("/dept/", DEPARTMENTS), ("/travel/", TRAVEL)):
            if path.startswith(prefix):
                key = path[len(prefix) :].removesuffix(".html")
                if key.isdigit() and int(key) < len(names):
                    return self.filler(names[int(key)], 6)
                return None
        static = {
            "/about/history.html": "ประวัติความเป็นมา",
            "/about/vision.html": "วิสัยทัศน์ พันธกิจ",
            "/about/map.html": "แผนที่ตำบล",
            "/downloads.html": "ดาวน์โหลดแบบฟอร์ม",
            "/eservice.html": "E-Service ยื่นคำร้องออนไลน์",
        }
        return self.filler(static[path], 4) if path in static else None

    def home(self) -> bytes:
        def latest(path: str, kind: str, count: int, step: int) -> str:
            return (
                "<ul>"
                + "".join(
                    f'<li><a href="{path}?id={n}">{self.title(kind, n)}</a> '
                    f"{self.dated(step * n)}</li>"
                    for n in range(1, count + 1)
                )
                + "</ul>"
            )

        return self.page(
            "หน้าแรก",
            (
                f"<h1>ยินดีต้อนรับสู่เว็บไซต์{self.site.name}</h1>"
                f"<section><h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>{latest('/news.php', 'news', 5, 1)}"
                '<a href="/news.php">ดูทั้งหมด</a></section>'
                f"<section><h2>ภาพกิจกรรม</h2>{latest('/gallery.php', 'gallery', 4, 3)}</section>"
                f"<section><h2>ประกาศจัดซื้อจัดจ้าง</h2>{latest('/procurement.php', 'procurement', 5, 2)}</section>"
                '<section><a href="/ita.html"><img src="/img/ita-banner.png" alt="ITA"> '
                "การประเมินคุณธรรมและความโปร่งใส (ITA)</a></section>"
            ),
        )

    def hub(self) -> bytes:
        rows = []
        for slug, code, label, _ in CHECKLIST:
            if self.site.ages.get(slug) is not None:
                rows.append((code, label, f"/oit/{slug}.html"))
        if self.site.ages.get("procurement-plan") is not None:
            rows.append(
                (
                    "O11",
                    f"แผนการจัดซื้อจัดจ้างประจำปี (ประกาศ {self.dated(self.site.ages['procurement-plan'])})",
                    "/files/procurement-plan.pdf",
                )
            )
            rows.append(("O12", "ประกาศจัดซื้อจัดจ้าง", "/procurement.php"))
        rows.append(("O2.1", "ข่าวประชาสัมพันธ์", "/news.php"))
        for n in range(self.site.others):
            rows.append((f"O{18 + n}", OTHER_ITA[n], f"/oit/other-{n}.html"))
        table = "".join(
            f'<tr><td>{code}</td><td><a href="{href}">{label}</a></td></tr>'
            for code, label, href in rows
        )
        return self.page(
            "การเปิดเผยข้อมูลสาธารณะ (OIT)",
            (
                "<h1>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) "
                f"ประจำปีงบประมาณ พ.ศ. 2570</h1><table>{table}</table>"
            ),
        )

    def checklist_page(self, slug: str) -> bytes | None:
        if slug.startswith("other-"):
            n = slug[6:]
            if not n.isdigit() or int(n) >= self.site.others:
                return None
            title = OTHER_ITA[int(n)]
            return self.page(
                title,
                f"<h1>{title}</h1><p>ข้อมูล{title} ของ{self.site.name}</p>"
                f"<p>ปรับปรุงล่าสุด {self.dated(10 + int(n))}</p>",
            )
        entry = next((c for c in CHECKLIST if c[0] == slug), None)
        age = self.site.ages.get(slug)
        if entry is None or age is None:
            return None
        _, _, title, text = entry
        return self.page(title, f"<h1>{title}</h1><p>{text}</p><p>ปรับปรุงล่าสุด {self.dated(age)}</p>")

    def title(self, kind: str, n: int) -> str:
        activity = ACTIVITIES[(n + self.site.seed) % len(ACTIVITIES)]
        return {
            "news": f"{activity} ครั้งที่ {n}",
            "gallery": f"อัลบั้มภาพ {activity} {n}",
            "procurement": f"ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ {n % 12 + 1} ({n})",
        }[kind]

    def listing(self, path: str, kind: str, total: int, query: dict[str, str]) -> bytes | None:
        heading = {
            "news": "ข่าวประชาสัมพันธ์",
            "gallery": "ภาพกิจกรรม",
            "procurement": "ประกาศจัดซื้อจัดจ้าง",
        }[kind]
        step = {"news": 1, "gallery": 3, "procurement": 2}[kind]
        if "id" in query:
            n = int(query["id"]) if query["id"].isdigit() else 0
            if not 1 <= n <= total:
                return None
            nav = (f'<a href="{path}?id={n + 1}">« ก่อนหน้า</a> ' if n < total else "") + (
                f'<a href="{path}?id={n - 1}">ถัดไป »</a>' if n > 1 else ""
            )
            label = "ประกาศ ณ วันที่" if kind == "procurement" else "เผยแพร่เมื่อ"
            images = "".join(
                f'<img src="/img/{kind}/{n}-{k}.jpg" alt="ภาพที่ {k}">' for k in range(1, 9)
            )
            return self.page(
                self.title(kind, n),
                (
                    f"<h1>{self.title(kind, n)}</h1><p>{label} {self.dated(step * n)}</p>"
                    f"<p>{self.site.name}จัด{self.title(kind, n)} ณ ศาลาประชาคม "
                    f"มีประชาชนเข้าร่วมจำนวนมาก</p>{images}<p>{nav}</p>"
                ),
            )
        pages = -(-total // self.per_page)
        number = int(query.get("page", "1")) if query.get("page", "1").isdigit() else 0
        if not 1 <= number <= pages:
            return None
        first = (number - 1) * self.per_page + 1
        rows = "".join(
            f'<li><a href="{path}?id={n}">{self.title(kind, n)}</a> {self.dated(step * n)}</li>'
            for n in range(first, min(first + self.per_page, total + 1))
        )
        pager = " ".join(f'<a href="{path}?page={p}">{p}</a>' for p in range(1, pages + 1))
        return self.page(heading, f"<h1>{heading}</h1><ul>{rows}</ul><p>หน้า {pager}</p>")

    def calendar(self, month: str) -> bytes | None:
        months = [
            (self.today.year * 12 + self.today.month - 1 - k) for k in range(self.site.months)
        ]
        keys = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in months]
        key = month or keys[0]
        if key not in keys:
            return None
        i = keys.index(key)
        nav = (
            f'<a href="/calendar.php?month={keys[i + 1]}">« เดือนก่อน</a> '
            if i + 1 < len(keys)
            else ""
        ) + (f'<a href="/calendar.php?month={keys[i - 1]}">เดือนถัดไป »</a>' if i > 0 else "")
        year, mon = int(key[:4]), int(key[5:])
        cells = "".join(f"<td>{d}</td>" for d in range(1, 29))
        return self.page(
            "ปฏิทินกิจกรรม",
            f"<h1>ปฏิทินกิจกรรม {TH_MONTHS[mon - 1]} {year + 543}</h1>"
            f"<table><tr>{cells}</tr></table><p>{nav}</p>",
        )

    def filler(self, title: str, paragraphs: int) -> bytes:
        rng = random.Random(f"{self.site.seed}-{title}")
        body = "".join(
            f"<p>{title} {ACTIVITIES[rng.randrange(len(ACTIVITIES))]} "
            f"{'ข้อมูลทั่วไปของพื้นที่ ประชากร การคมนาคม เศรษฐกิจ ' * 6}</p>"
            for _ in range(paragraphs)
        )
        return self.page(title, f"<h1>{title}</h1>{body}")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64


@dataclass
class Province:
    """``with Province(100, today, latency_ms=50) as p: p.agencies`` serves N sites on loopback."""

    count: int
    today: dt.date
    latency_ms: float = 50.0
    seed: int = 0
    profile: NetworkProfile | None = None  # None: the flat profile (latency_ms, 1-4x)
    sites: list[AgencySite] = field(default_factory=list)
    urls: dict[str, str] = field(default_factory=dict)
    requests: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._servers: list[ThreadingHTTPServer] = []
        self._closed: list[socket.socket] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()  # ends hanging answers at shutdown
        self.sites = [AgencySite.generate(n, self.seed, self.profile) for n in range(self.count)]

    def __enter__(self) -> Province:
        for site in self.sites:
            if site.mode == "dead":
                sock = socket.socket()  # bound, never listening: connections are refused
                sock.bind((HOST, 0))
                self._closed.append(sock)
                self.urls[site.id] = f"http://{HOST}:{sock.getsockname()[1]}/"
                continue
            server = _Server((HOST, 0), self._handler(site))
            threading.Thread(target=server.serve_forever, args=(0.5,), daemon=True).start()
            self._servers.append(server)
            self.urls[site.id] = f"http://{HOST}:{server.server_address[1]}/"
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        stoppers = [
            threading.Thread(target=s.shutdown) for s in self._servers
        ]  # at once, not 0.5 s each
        for thread in stoppers:
            thread.start()
        for thread in stoppers:
            thread.join()
        for server in self._servers:
            server.server_close()
        for sock in self._closed:
            sock.close()

    @property
    def agencies(self) -> list[dict[str, str]]:
        return [
            {
                "id": s.id,
                "name": s.name,
                "url": self.urls[s.id],
                "province": "ตัวอย่าง",
                "type": s.name.split("ตำบล")[0] + ("ตำบล" if "ตำบล" in s.name else ""),
            }
            for s in self.sites
        ]

    def write_csv(self, path: str | Path) -> Path:
        path = Path(path)
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=["id", "name", "url", "province", "type"])
            writer.writeheader()
            writer.writerows(self.agencies)
        return path

    def _handler(self, site: AgencySite) -> type[BaseHTTPRequestHandler]:
        province, renderer, profile = self, SiteRenderer(site, self.today), self.profile
        factor = 10.0 if site.mode == "slow" else 1.0
        rng = random.Random(site.seed)
        failed_once: set[str] = set()

        def fate(path: str) -> float:
            """A fixed number in [0, 1) per page: which pages hang or fail does not depend on
            the order of requests, so two audits of the same sites can be compared."""
            digest = hashlib.blake2b(f"{site.seed}:{path}".encode(), digest_size=8).digest()
            return int.from_bytes(digest) / 2**64

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:  # noqa: N802 (http.server naming)
                with province._lock:
                    province.requests[site.id] = province.requests.get(site.id, 0) + 1
                    if profile is None:
                        delay = rng.uniform(1, 4) * province.latency_ms / 1000 * factor
                    else:
                        delay = profile.latency(rng)
                if province._stop.wait(delay):
                    return
                status, ctype, data = self.answer()
                if status == 0:  # hangs until the client gives up (or the province stops)
                    province._stop.wait(HANG_SECONDS)
                    return
                rate = (
                    profile.pdf_rate_mb_s * 1_000_000
                    if profile and ctype == "application/pdf"
                    else 0
                )
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    if not rate:
                        self.wfile.write(data)
                        return
                    # About rate bytes a second, paced against the clock since the first byte: a
                    # wait that overran (a loaded machine) is made up by the next ones instead of
                    # adding up, so a 10 MB PDF takes about 10 s however busy the bench is.
                    began = time.monotonic()
                    for start in range(0, len(data), CHUNK):
                        self.wfile.write(data[start : start + CHUNK])
                        due = began + (start + CHUNK) / rate - time.monotonic()
                        if due > 0 and province._stop.wait(due):
                            return
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def answer(self) -> tuple[int, str, bytes]:
                if site.mode == "down":
                    return (
                        503,
                        "text/html; charset=utf-8",
                        renderer.page("ปิดปรับปรุง", "<h1>ปิดปรับปรุงระบบชั่วคราว</h1>"),
                    )
                if profile is not None and self.path != "/robots.txt":
                    roll = fate(self.path)
                    if site.mode == "hanging" and roll < profile.hanging_answers:
                        return 0, "", b""
                    with province._lock:  # a passing 5xx: the retry of the same page succeeds
                        transient = (
                            roll > 1 - profile.error_answers and self.path not in failed_once
                        )
                        failed_once.add(self.path) if transient else None
                    if transient:
                        return (
                            503,
                            "text/html; charset=utf-8",
                            renderer.page("ขัดข้อง", "<h1>503</h1>"),
                        )
                return renderer.render(self.path)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        return Handler


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agencies", type=int, default=20)
    parser.add_argument(
        "--latency", type=float, default=50.0, help="base latency in ms (each answer waits 1-4x)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--profile", choices=sorted(PROFILES), help="network profile (default: flat --latency)"
    )
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--csv", default="province.csv")
    args = parser.parse_args(argv)
    profile = PROFILES[args.profile] if args.profile else None
    with Province(args.agencies, args.today, args.latency, args.seed, profile) as province:
        print(
            f"wrote {province.write_csv(args.csv)}; serving {args.agencies} sites, Ctrl-C to stop"
        )
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
