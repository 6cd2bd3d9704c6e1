"""Loopback test sites with configurable behaviour, for crawl tests and the crawl benchmark.

A :class:`Site` is one HTTP(S) server on ``127.0.0.1`` and a free port. It answers
from a table of routes (path, with or without the query, to a :class:`Reply` or
a function of the request that returns one), and records every request it gets
(path, time) and the highest number of requests it was serving at once, so a
test can assert politeness and scope. Nothing here ever listens on or sends to
anything but loopback.

Helpers make the failure classes real without leaving the machine:
``closed_port()`` (connection refused), ``Site(..., hang=...)`` (accepts and never
answers), ``self_signed_context()`` (TLS with a self-signed certificate), and
``news_site()`` (a generated site with a big news archive, a photo gallery and a
webboard next to its checklist pages).
"""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pythainlp.util.date import thai_full_months

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes | str = b""
    content_type: str | None = "text/html; charset=utf-8"  # None: no Content-Type header
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0  # seconds before answering
    hang: bool = False  # accept the request and never answer (until the site stops)

    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


Route = Reply | Callable[[str, str], "Reply | None"]  # fn(path, query) -> Reply or None (404)


def html(title: str, body: str, *, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}"
        f"</head><body>{body}</body></html>"
    )


@dataclass
class Site:
    """One loopback server: ``with Site({"/": Reply(body=...)}) as site: site.url``."""

    routes: Mapping[str, Route] = field(default_factory=dict)
    fallback: Callable[[str, str], Reply | None] | None = None
    tls: ssl.SSLContext | None = None
    requests: list[tuple[float, str]] = field(default_factory=list)
    max_active: int = 0
    user_agents: set[str] = field(default_factory=set)
    host: str = HOST  # another loopback address (127.0.0.x) stands for a hosting provider's server

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._active = 0
        self._stop = threading.Event()
        self._server: ThreadingHTTPServer | None = None

    # -- lifecycle -------------------------------------------------------
    def __enter__(self) -> Site:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> Site:
        server = ThreadingHTTPServer((self.host, 0), self._handler())
        server.daemon_threads = True
        if self.tls is not None:
            server.socket = self.tls.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        self._server = server
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}/"

    def paths(self) -> list[str]:
        with self._lock:
            return [p for _, p in self.requests]

    # -- answering -------------------------------------------------------
    def reply(self, target: str) -> Reply | None:
        parts = urlsplit(target)
        for key in (target, parts.path):
            route = self.routes.get(key)
            if route is not None:
                return route if isinstance(route, Reply) else route(parts.path, parts.query)
        return self.fallback(parts.path, parts.query) if self.fallback else None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:  # noqa: N802 (http.server naming)
                with site._lock:
                    site.requests.append((time.monotonic(), self.path))
                    site.user_agents.add(self.headers.get("User-Agent", ""))
                    site._active += 1
                    site.max_active = max(site.max_active, site._active)
                try:
                    reply = site.reply(self.path) or Reply(404, html("404", "<h1>ไม่พบหน้า</h1>"))
                    if reply.hang:
                        site._stop.wait(60)
                        return
                    if reply.delay:
                        time.sleep(reply.delay)
                    data = reply.data()
                    self.send_response(reply.status)
                    if reply.content_type is not None:
                        self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in reply.headers:
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                    pass
                finally:
                    with site._lock:
                        site._active -= 1

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        return Handler


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then closed): connecting is refused."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def self_signed_context(directory: Path | None = None) -> ssl.SSLContext:
    """A server TLS context with a fresh self-signed certificate for ``localhost``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    folder = Path(directory or tempfile.mkdtemp(prefix="oit-tls-"))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    return context


# --------------------------------------------------------------------------- generated site

TH_MONTHS = tuple(thai_full_months)  # มกราคม … ธันวาคม


def th_date(day: dt.date) -> str:
    return f"{day.day} {TH_MONTHS[day.month - 1]} {day.year + 543}"


MENU = (
    ("structure.html", "โครงสร้างหน่วยงาน"),
    ("executives.html", "ข้อมูลผู้บริหาร"),
    ("authority.html", "อำนาจหน้าที่"),
    ("devplan.html", "แผนพัฒนาท้องถิ่น"),
    ("contact.html", "ติดต่อเรา"),
    ("laws.html", "กฎหมายที่เกี่ยวข้อง"),
    ("news.php", "ข่าวประชาสัมพันธ์"),
    ("integrity.html", "เจตจำนงสุจริตของผู้บริหาร"),
    ("annual-plan.html", "แผนปฏิบัติราชการประจำปี"),
    ("monitoring.html", "รายงานการกำกับติดตามการดำเนินงานรอบ 6 เดือน"),
    ("annual-report.html", "รายงานผลการปฏิบัติราชการประจำปี"),
    ("procurement-plan.html", "แผนการจัดซื้อจัดจ้างประจำปี"),
    ("procurement.php", "ประกาศจัดซื้อจัดจ้าง"),
    ("skr.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน"),
    ("manual.html", "คู่มือการปฏิบัติงาน"),
    ("service.html", "คู่มือการให้บริการประชาชน"),
    ("opinion.html", "ช่องทางการรับฟังความคิดเห็น"),
    ("complaint.html", "ช่องทางการร้องเรียน"),
    ("gallery.php", "ภาพกิจกรรม"),
    ("webboard.php", "กระดานสนทนา"),
    ("history.html", "ประวัติตำบล"),
)

_ITEM_BODIES = {
    "structure.html": (
        "โครงสร้างหน่วยงาน",
        "แผนภูมิโครงสร้างการแบ่งส่วนราชการของเทศบาล ประกอบด้วย สำนักปลัด กองคลัง กองช่าง",
    ),
    "executives.html": ("ข้อมูลผู้บริหาร", "นายกเทศมนตรี รองนายกเทศมนตรี ปลัดเทศบาล พร้อมหมายเลขโทรศัพท์ติดต่อ"),
    "authority.html": (
        "อำนาจหน้าที่",
        "อำนาจหน้าที่ตามพระราชบัญญัติเทศบาล และกฎหมายที่เกี่ยวข้องกับการบริหารท้องถิ่น",
    ),
    "devplan.html": (
        "แผนพัฒนาท้องถิ่น",
        "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) ยุทธศาสตร์การพัฒนาและโครงการที่จะดำเนินการ",
    ),
    "contact.html": (
        "ติดต่อเรา",
        "ที่อยู่ 99 หมู่ 1 ตำบลตัวอย่าง โทรศัพท์ 0 4321 1234 อีเมล saraban@example.go.th แผนที่",
    ),
    "laws.html": (
        "กฎหมายที่เกี่ยวข้อง",
        "พระราชบัญญัติเทศบาล พ.ศ. 2496 พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
    ),
    "integrity.html": (
        "เจตจำนงสุจริตของผู้บริหาร",
        "ข้าพเจ้า นายกเทศมนตรี ขอแสดงเจตจำนงสุจริตในการบริหารงานด้วยความซื่อสัตย์ โปร่งใส",
    ),
    "annual-plan.html": (
        "แผนปฏิบัติราชการประจำปี",
        "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2570 โครงการ งบประมาณ และระยะเวลาดำเนินการ",
    ),
    "monitoring.html": (
        "รายงานการกำกับติดตามการดำเนินงาน",
        "รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการประจำปี รอบ 6 เดือน ความก้าวหน้า และผลการใช้จ่ายงบประมาณ",
    ),
    "annual-report.html": (
        "รายงานผลการปฏิบัติราชการประจำปี",
        "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569 ผลการดำเนินงานตามแผน ปัญหาและอุปสรรค",
    ),
    "procurement-plan.html": (
        "แผนการจัดซื้อจัดจ้างประจำปี",
        "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2570 รายการ วงเงิน และช่วงเวลาที่คาดว่าจะจัดซื้อ",
    ),
    "skr.html": (
        "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
        "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1) รายการ วงเงิน วิธีซื้อหรือจ้าง ผู้ได้รับการคัดเลือก",
    ),
    "manual.html": (
        "คู่มือการปฏิบัติงาน",
        "คู่มือการปฏิบัติงาน งานธุรการ งานการเงิน และงานพัสดุ ขั้นตอนและมาตรฐานการปฏิบัติงาน",
    ),
    "service.html": (
        "คู่มือการให้บริการประชาชน",
        "คู่มือสำหรับประชาชน การขออนุญาตก่อสร้าง การชำระภาษี มาตรฐานการให้บริการ ระยะเวลา",
    ),
    "opinion.html": (
        "ช่องทางการรับฟังความคิดเห็น",
        "ช่องทางการรับฟังความคิดเห็นของผู้รับบริการ แบบสอบถามออนไลน์ และกล่องรับความคิดเห็น",
    ),
    "complaint.html": (
        "ช่องทางการร้องเรียน",
        "ช่องทางการร้องเรียนร้องทุกข์และแจ้งเบาะแสการทุจริต โทรศัพท์ 0 4321 1234 หรือแบบฟอร์มออนไลน์",
    ),
    "history.html": ("ประวัติตำบล", "ตำบลตัวอย่างตั้งขึ้นเมื่อ พ.ศ. 2480 มีหมู่บ้านทั้งหมด 12 หมู่บ้าน"),
}
_ACTIVITIES = (
    "โครงการส่งเสริมสุขภาพผู้สูงอายุ",
    "กิจกรรมจิตอาสาพัฒนาหมู่บ้าน",
    "โครงการอบรมป้องกันไฟป่า",
    "กิจกรรมวันเด็กแห่งชาติ",
    "โครงการคัดแยกขยะต้นทาง",
    "ประชุมประชาคมหมู่บ้าน",
)


def news_site(
    today: dt.date,
    *,
    news: int = 400,
    per_page: int = 15,
    albums: int = 150,
    threads: int = 150,
    procurement: int = 60,
) -> dict[str, Route]:
    """Routes of a generated agency site: every checklist item on its own page, dated a few
    days before ``today``, beside big archives that say nothing about the checklist (news
    entries with prev/next links, paginated lists, photo albums, webboard threads)."""

    def page(title: str, body: str) -> Reply:
        menu = "".join(f'<li><a href="/{href}">{text}</a></li>' for href, text in MENU)
        return Reply(
            body=html(
                title,
                f'<div id="header">เทศบาลตำบลตัวอย่าง</div>'
                f'<div class="menu"><ul>{menu}</ul></div>'
                f'<div id="content">{body}</div>'
                f'<div id="footer">© {today.year + 543} เทศบาลตำบลตัวอย่าง</div>',
            )
        )

    def dated(n: int) -> str:
        return th_date(today - dt.timedelta(days=n))

    def listing(
        kind: str, total: int, title: str, entry: Callable[[int], str]
    ) -> Callable[[str, str], Reply | None]:
        def answer(path: str, query: str) -> Reply | None:
            params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
            if "id" in params:
                n = int(params["id"]) if params["id"].isdigit() else 0
                if not 1 <= n <= total:
                    return None
                nav = (f'<a href="/{kind}?id={n + 1}">« ก่อนหน้า</a> ' if n < total else "") + (
                    f'<a href="/{kind}?id={n - 1}">ถัดไป »</a>' if n > 1 else ""
                )
                return page(title, entry(n) + f"<p>{nav}</p>")
            pages = -(-total // per_page)
            number = int(params.get("page", "1")) if params.get("page", "1").isdigit() else 0
            if not 1 <= number <= pages:
                return None
            first = (number - 1) * per_page + 1
            rows = "".join(
                f'<li><a href="/{kind}?id={n}">{_title(kind, n)}</a> {dated(n)}</li>'
                for n in range(first, min(first + per_page, total + 1))
            )
            pager = " ".join(f'<a href="/{kind}?page={p}">{p}</a>' for p in range(1, pages + 1))
            return page(title, f"<h1>{title}</h1><ul>{rows}</ul><p>หน้า {pager}</p>")

        return answer

    def _title(kind: str, n: int) -> str:
        activity = _ACTIVITIES[n % len(_ACTIVITIES)]
        return {
            "news.php": f"{activity} ครั้งที่ {n}",
            "gallery.php": f"อัลบั้ม {activity} {n}",
            "webboard.php": f"สอบถามเรื่องทั่วไป กระทู้ที่ {n}",
            "procurement.php": f"ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีต หมู่ที่ {n % 12 + 1} ({n})",
        }[kind]

    routes: dict[str, Route] = {}
    home_news = "".join(
        f'<li><a href="/news.php?id={n}">{_title("news.php", n)}</a> {dated(n)}</li>'
        for n in range(1, 6)
    )
    routes["/"] = page("หน้าแรก", f"<h1>ยินดีต้อนรับ</h1><h2>ข่าวล่าสุด</h2><ul>{home_news}</ul>")
    routes["/robots.txt"] = Reply(
        body="User-agent: *\nDisallow: /admin/\n", content_type="text/plain"
    )
    for number, (href, (title, text)) in enumerate(_ITEM_BODIES.items()):
        routes["/" + href] = page(
            title, f"<h1>{title}</h1><p>{text}</p><p>ปรับปรุงล่าสุด {dated(7 + 3 * number)}</p>"
        )
    routes["/news.php"] = listing(
        "news.php",
        news,
        "ข่าวประชาสัมพันธ์",
        lambda n: (
            f"<h1>{_title('news.php', n)}</h1><p>เผยแพร่เมื่อ {dated(n)}</p>"
            f"<p>เทศบาลตำบลตัวอย่างจัด{_title('news.php', n)} ณ ศาลาประชาคม มีประชาชนเข้าร่วมจำนวนมาก</p>"
        ),
    )
    routes["/procurement.php"] = listing(
        "procurement.php",
        procurement,
        "ประกาศจัดซื้อจัดจ้าง",
        lambda n: (
            f"<h1>{_title('procurement.php', n)}</h1><p>ประกาศ ณ วันที่ {dated(n)}</p>"
            f"<p>ประกาศเทศบาลตำบลตัวอย่าง เรื่อง ประกวดราคาจ้างด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ ราคากลาง 1,250,000 บาท</p>"
        ),
    )
    routes["/gallery.php"] = listing(
        "gallery.php",
        albums,
        "ภาพกิจกรรม",
        lambda n: (
            f"<h1>{_title('gallery.php', n)}</h1><p>โพสต์เมื่อ {dated(3 * n)}</p>"
            + "".join(f'<img src="/img/{n}-{k}.jpg" alt="ภาพที่ {k}">' for k in range(1, 5))
        ),
    )
    routes["/webboard.php"] = listing(
        "webboard.php",
        threads,
        "กระดานสนทนา",
        lambda n: (
            f"<h1>{_title('webboard.php', n)}</h1><p>ตั้งกระทู้เมื่อ {dated(2 * n)}</p><p>สอบถามเวลาเปิดทำการวันเสาร์ครับ</p>"
        ),
    )
    return routes
