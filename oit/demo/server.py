"""Serve the bundled sample agency websites on loopback, with dates relative to a given day.

Each agency in ``sites/<id>/`` gets its own :class:`~http.server.ThreadingHTTPServer`
on ``127.0.0.1`` and a free port. HTML (and robots.txt) is rendered on every request:
``{{include:_parts/x.html}}`` pulls in a shared fragment and date tokens such as
``{{th:-20}}`` become dates counted back from ``today`` (the token language is
documented in ``README.md``). Files and directories whose name starts with ``_``
are never served directly.

Usage::

    with DemoSites(today=datetime.date(2026, 11, 25)) as sites:
        for agency in sites.agencies:
            print(agency["id"], agency["url"])
        sites.write_csv("agencies.csv")

or ``python -m oit.demo.server [--today YYYY-MM-DD]`` to serve until Ctrl-C.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import mimetypes
import re
import threading
import time
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from pythainlp.util.date import thai_abbr_months, thai_full_months

from reports import clock

__all__ = ["SITES_DIR", "DemoSites", "Site", "load_sites", "render_dates"]

SITES_DIR = Path(__file__).resolve().parent / "sites"  # same as oit.demo.SITES_DIR
HOST = "127.0.0.1"  # never anything but loopback
CSV_FIELDS = ("id", "name", "url", "province", "type")
BE_OFFSET = 543

TH_MONTHS = tuple(thai_full_months)  # มกราคม … ธันวาคม
TH_MONTHS_ABBR = tuple(thai_abbr_months)  # ม.ค. … ธ.ค.
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
TH_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
_TO_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

# {{name}}, {{name:arg}}, {{fy-1}}, {{fy|thai}}, {{th:-20|thai}}
_TOKEN = re.compile(
    r"\{\{\s*(?P<name>[a-z_]+)(?P<delta>[+-]\d+)?(?::(?P<arg>[^{}|]*?))?"
    r"(?:\|(?P<filter>thai))?\s*\}\}"
)
_INCLUDE = re.compile(r"\{\{\s*include:(?P<path>[^{}\s]+)\s*\}\}")
_SLOT = re.compile(r"\{\{\s*slot:(?P<name>[a-z_]+)\s*\}\}")


# --------------------------------------------------------------------------- dates


def fiscal_year(day: dt.date) -> int:
    """Thai fiscal year (BE) of ``day``: FY N runs 1 Oct (N-544 CE) to 30 Sep (N-543 CE)."""
    return day.year + BE_OFFSET + (1 if day.month >= 10 else 0)


def th_long(day: dt.date) -> str:
    return f"{day.day} {TH_MONTHS[day.month - 1]} {day.year + BE_OFFSET}"


def th_weekday(day: dt.date) -> str:
    return f"วัน{TH_WEEKDAYS[day.weekday()]}ที่ {th_long(day)}"


def last_round(day: dt.date) -> str:
    """The latest reporting round that ended on or before ``day``, in Thai.

    Rounds end on 31 March (รอบ 6 เดือน, Oct-Mar) and 30 September (รอบ 12 เดือน).
    """
    y = day.year
    ends = [dt.date(y, 9, 30), dt.date(y, 3, 31), dt.date(y - 1, 9, 30)]
    end = next(e for e in ends if e <= day)
    fy = fiscal_year(end)
    start = dt.date(fy - BE_OFFSET - 1, 10, 1)
    months = 6 if end.month == 3 else 12
    return f"รอบ {months} เดือน ({th_long(start)} – {th_long(end)}) ประจำปีงบประมาณ พ.ศ. {fy}"


DATE_FORMATS: dict[str, Callable[[dt.date], str]] = {
    "th": th_long,  # 25 พฤศจิกายน 2569
    "thabbr": lambda d: f"{d.day} {TH_MONTHS_ABBR[d.month - 1]} {(d.year + BE_OFFSET) % 100:02d}",
    "thdigits": lambda d: th_long(d).translate(_TO_THAI_DIGITS),  # ๒๕ พฤศจิกายน ๒๕๖๙
    "thce": lambda d: f"{d.day} {TH_MONTHS[d.month - 1]} {d.year}",  # Thai month, CE year
    "thweekday": th_weekday,  # วันพุธที่ 25 พฤศจิกายน 2569
    "month": lambda d: f"{TH_MONTHS[d.month - 1]} {d.year + BE_OFFSET}",  # พฤศจิกายน 2569
    "en": lambda d: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",  # 25 November 2026
    "enus": lambda d: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",  # November 25, 2026
    "iso": lambda d: d.isoformat(),  # 2026-11-25
    "isodt": lambda d: f"{d.isoformat()}T10:15:00+07:00",
    "dmy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year + BE_OFFSET}",  # 25/11/2569
    "ymdpath": lambda d: f"{d.year:04d}/{d.month:02d}/{d.day:02d}",  # WordPress permalink
    "round": last_round,
    "fy": lambda d: str(fiscal_year(d)),
    "year": lambda d: str(d.year + BE_OFFSET),  # BE calendar year
}
ALIASES = {"today_th": ("thweekday", 0), "fy_prev": ("fy", -1), "fy_next": ("fy", 1)}


def _render_token(match: re.Match[str], today: dt.date) -> str:
    name, delta, arg = match["name"], match["delta"], match["arg"]
    years = int(delta) if delta else 0
    if name in ALIASES:
        name, years = ALIASES[name][0], years + ALIASES[name][1]
    fmt = DATE_FORMATS.get(name)
    if fmt is None:
        return match[0]  # not ours (include, slot, or text that merely looks like a token)
    days = int(arg) if arg and arg.strip() else 0
    day = today + dt.timedelta(days=days)
    text = fmt(day)
    if years:
        if name not in ("fy", "year"):
            raise ValueError(f"year arithmetic only applies to fy/year: {match[0]!r}")
        text = str(int(text) + years)
    return text.translate(_TO_THAI_DIGITS) if match["filter"] == "thai" else text


def render_dates(text: str, today: dt.date) -> str:
    """Replace every date token in ``text``; unknown ``{{...}}`` are left as they are."""
    return _TOKEN.sub(lambda m: _render_token(m, today), text)


# --------------------------------------------------------------------------- sites


@dataclass(frozen=True)
class FileSpec:
    """How one stored file is encoded and which Content-Type it is served with."""

    encoding: str = "utf-8"
    content_type: str | None = None  # default: by extension, with "; charset=utf-8" for text


@dataclass(frozen=True)
class Site:
    id: str
    name: str
    province: str
    type: str
    root: Path
    fail_status: int | None = None
    files: dict[str, FileSpec] = field(default_factory=dict)
    routes: tuple[tuple[re.Pattern[str], str], ...] = ()
    generators: tuple[str, ...] = ()


def load_sites(sites_dir: Path = SITES_DIR) -> list[Site]:
    """Read every ``<id>/_site.json`` under ``sites_dir``, sorted by id."""
    return [_load_site(p.parent) for p in sorted(sites_dir.glob("*/_site.json"))]


def _load_site(root: Path) -> Site:
    spec: dict[str, Any] = json.loads((root / "_site.json").read_text(encoding="utf-8"))
    return Site(
        id=root.name,
        name=spec["name"],
        province=spec["province"],
        type=spec["type"],
        root=root,
        fail_status=spec.get("fail_status"),
        files={k: FileSpec(**v) for k, v in spec.get("files", {}).items()},
        routes=tuple((re.compile(r["pattern"]), r["file"]) for r in spec.get("routes", [])),
        generators=tuple(spec.get("generators", [])),
    )


# --------------------------------------------------------------------------- rendering


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()


IANA_CHARSETS = {"cp874": "windows-874", "tis_620": "TIS-620"}
INDEX_FILES = ("index.html", "index.php")
_TEXT_TYPES = ("text/html", "text/plain", "text/css", "application/xml", "text/xml")
NOT_FOUND_HTML = (
    "<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
    "<body><h1>Not Found</h1><p>ไม่พบหน้าที่ท่านต้องการ</p></body></html>"
)


class SiteRenderer:
    """Turns a request path into a :class:`Reply` for one site."""

    def __init__(self, site: Site, today: dt.date) -> None:
        self.site = site
        self.today = today

    # -- public
    def reply(self, raw_path: str) -> Reply:
        if self.site.fail_status:
            return _failure(self.site.fail_status)
        parts = urllib.parse.urlsplit(raw_path)
        path = urllib.parse.unquote(parts.path) or "/"
        for name in self.site.generators:
            generated = GENERATORS[name](self, path, parts.query)
            if generated is not None:
                return generated
        for pattern, target in self.site.routes:
            m = pattern.match(path)
            if m:
                return self._file_reply(target.format(**m.groupdict()))
        return self._static(path, parts.query)

    def fragment(self, relpath: str) -> str:
        """A shared fragment (``_parts/...``), includes expanded, dates not yet rendered."""
        return self._expand((self.site.root / relpath).read_text(encoding="utf-8"))

    def page(self, title: str, body: str) -> Reply:
        """A generated page laid out with the site's ``_parts/page.html`` template."""
        template = self.fragment("_parts/page.html")
        html = _SLOT.sub(lambda m: {"title": title, "body": body}[m["name"]], template)
        return Reply(200, render_dates(html, self.today).encode("utf-8"))

    # -- internals
    def _static(self, path: str, query: str) -> Reply:
        rel = path.lstrip("/")
        segments = [s for s in rel.split("/") if s]
        if any(s.startswith(("_", ".")) or s == ".." for s in segments):
            return _not_found()
        if rel and not rel.endswith("/") and (self.site.root / rel).is_dir():
            return Reply(301, headers=(("Location", path + "/"),))
        if not rel or rel.endswith("/"):
            rel = next(
                (rel + i for i in INDEX_FILES if (self.site.root / (rel + i)).is_file()),
                rel + INDEX_FILES[0],
            )
        # "news.php?id=12" is stored as "news.php@id=12"; a static file ignores its query.
        if query and (self.site.root / f"{rel}@{query}").is_file():
            rel = f"{rel}@{query}"
        return self._file_reply(rel)

    def _file_reply(self, rel: str) -> Reply:
        file = (self.site.root / rel).resolve()
        if not file.is_file() or self.site.root.resolve() not in file.parents:
            return _not_found()
        spec = self.site.files.get(rel, FileSpec())
        ctype = spec.content_type or _guess_type(rel)
        data = file.read_bytes()
        if ctype.startswith(_TEXT_TYPES):
            text = self._expand(data.decode(spec.encoding))
            data = render_dates(text, self.today).encode(spec.encoding, "xmlcharrefreplace")
            if spec.content_type is None:
                ctype = f"{ctype}; charset={IANA_CHARSETS.get(spec.encoding, spec.encoding)}"
        return Reply(200, data, ctype)

    def _expand(self, text: str, depth: int = 0) -> str:
        if depth > 5:
            raise RecursionError("includes nested too deep")
        return _INCLUDE.sub(
            lambda m: self._expand(
                (self.site.root / m["path"]).read_text(encoding="utf-8"), depth + 1
            ),
            text,
        )


def _guess_type(rel: str) -> str:
    name = rel.split("@", 1)[0]
    if name.endswith((".html", ".htm", ".php")) or "." not in name.rsplit("/", 1)[-1]:
        return "text/html"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _not_found() -> Reply:
    return Reply(404, NOT_FOUND_HTML.encode("utf-8"))


def _failure(status: int) -> Reply:
    phrase = HTTPStatus(status).phrase
    body = (
        f"<html><head><title>{status} {phrase}</title></head><body><h1>{phrase}</h1></body></html>"
    )
    return Reply(status, body.encode("ascii"), headers=(("Retry-After", "3600"),))


# --------------------------------------------------------------------------- generated pages

_GIF = bytes.fromhex(
    "47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b"
)
GALLERY_ALBUMS = 120  # /gallery/album-1.html .. album-120.html, one album every 3 days
GALLERY_PER_PAGE = 12
CALENDAR_SPAN_MONTHS = 36  # /calendar.php?ym=YYYY-MM serves today +- 36 months, 404 beyond

_ACTIVITIES = (
    "โครงการส่งเสริมสุขภาพผู้สูงอายุ",
    "กิจกรรมจิตอาสาพัฒนาหมู่บ้าน",
    "โครงการอบรมป้องกันไฟป่า",
    "กิจกรรมวันเด็กแห่งชาติ",
    "โครงการคัดแยกขยะต้นทาง",
    "ประชุมประชาคมหมู่บ้าน",
    "โครงการฝึกอาชีพสตรี",
    "กิจกรรมรณรงค์ป้องกันไข้เลือดออก",
    "โครงการแข่งขันกีฬาต้านยาเสพติด",
    "กิจกรรมปลูกต้นไม้เฉลิมพระเกียรติ",
)


def _gallery(r: SiteRenderer, path: str, query: str) -> Reply | None:
    if path.startswith("/gallery/img/") and path.endswith(".gif"):
        return Reply(200, _GIF, "image/gif")
    if path in ("/gallery/", "/gallery/index.html"):
        page = _int_param(query, "page", 1)
        pages = -(-GALLERY_ALBUMS // GALLERY_PER_PAGE)
        if not 1 <= page <= pages:
            return _not_found()
        first = (page - 1) * GALLERY_PER_PAGE + 1
        items = "".join(
            f'<li><a href="album-{n}.html"><img src="img/{n}-1.gif" alt="">'
            f"{_ACTIVITIES[n % len(_ACTIVITIES)]} ครั้งที่ {n}</a></li>\n"
            for n in range(first, min(first + GALLERY_PER_PAGE, GALLERY_ALBUMS + 1))
        )
        pager = " ".join(
            f'<a href="index.html?page={p}">{p}</a>' if p != page else f"<b>{p}</b>"
            for p in range(1, pages + 1)
        )
        body = (
            f'<h1>ภาพกิจกรรม</h1><ul class="albums">{items}</ul><div class="pager">หน้า {pager}</div>'
        )
        return r.page("ภาพกิจกรรม", body)
    m = re.fullmatch(r"/gallery/album-(\d+)\.html", path)
    if m and 1 <= int(m[1]) <= GALLERY_ALBUMS:
        return r.page("ภาพกิจกรรม", _album_body(int(m[1])))
    return None


def _album_body(n: int) -> str:
    title = f"{_ACTIVITIES[n % len(_ACTIVITIES)]} ครั้งที่ {n}"
    photos = "".join(f'<img src="img/{n}-{k}.gif" alt="{title} ภาพที่ {k}">' for k in range(1, 7))
    prev_link = f'<a href="album-{n - 1}.html">« อัลบั้มก่อนหน้า</a>' if n > 1 else ""
    next_link = f'<a href="album-{n + 1}.html">อัลบั้มถัดไป »</a>' if n < GALLERY_ALBUMS else ""
    # Album n is 30 + 3n days old: gallery dates are real but say nothing about the checklist.
    return (
        f'<h1>{title}</h1><p class="date">โพสต์เมื่อ {{{{th:-{30 + 3 * n}}}}}</p>'
        f'<div class="photos">{photos}</div><p>{prev_link} | <a href="index.html">'
        f"กลับหน้ารวมภาพกิจกรรม</a> | {next_link}</p>"
    )


def _calendar(r: SiteRenderer, path: str, query: str) -> Reply | None:
    if path != "/calendar.php":
        return None
    params = urllib.parse.parse_qs(query)
    ym = params.get("ym", [f"{r.today.year:04d}-{r.today.month:02d}"])[0]
    m = re.fullmatch(r"(\d{4})-(\d{2})", ym)
    if not m or not 1 <= int(m[2]) <= 12:
        return _not_found()
    year, month = int(m[1]), int(m[2])
    offset = (year - r.today.year) * 12 + month - r.today.month
    if abs(offset) > CALENDAR_SPAN_MONTHS:
        return _not_found()
    prev_ym = f"{year - (month == 1):04d}-{(month - 2) % 12 + 1:02d}"
    next_ym = f"{year + (month == 12):04d}-{month % 12 + 1:02d}"
    body = (
        f"<h1>ปฏิทินกิจกรรม {TH_MONTHS[month - 1]} {year + BE_OFFSET}</h1>"
        f"<p>ไม่มีกิจกรรมในเดือนนี้</p>"
        f'<p><a href="calendar.php?ym={prev_ym}">« เดือนก่อน</a> | '
        f'<a href="calendar.php?ym={next_ym}">เดือนถัดไป »</a></p>'
    )
    return r.page("ปฏิทินกิจกรรม", body)


def _int_param(query: str, name: str, default: int) -> int:
    value = urllib.parse.parse_qs(query).get(name, [str(default)])[0]
    return int(value) if value.isdigit() else -1


GENERATORS: dict[str, Callable[[SiteRenderer, str, str], Reply | None]] = {
    "gallery": _gallery,
    "calendar": _calendar,
}


# --------------------------------------------------------------------------- HTTP


def _handler_for(renderer: SiteRenderer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def version_string(self) -> str:
            return "Apache/2.4.41 (Ubuntu)"  # what the old CMS hosts say

        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            self._send(renderer.reply(self.path), with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._send(renderer.reply(self.path), with_body=False)

        def _send(self, reply: Reply, with_body: bool) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers:
                self.send_header(name, value)
            self.end_headers()
            if with_body:
                self.wfile.write(reply.body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # quiet: the crawler's own logs are what matter

    return Handler


class DemoSites:
    """Start one loopback HTTP server per sample agency; stop them all on exit.

    ``today`` is the day the dates on the sites are counted from (and the
    ``as_of`` day that ``expected.json`` is judged at).
    """

    def __init__(
        self,
        today: dt.date,
        *,
        sites_dir: Path = SITES_DIR,
        ids: Sequence[str] | None = None,
    ) -> None:
        self.today = today
        self.sites = [s for s in load_sites(sites_dir) if ids is None or s.id in ids]
        self._servers: dict[str, ThreadingHTTPServer] = {}
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> DemoSites:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> DemoSites:
        try:
            for site in self.sites:
                self._start_one(site)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def _start_one(self, site: Site) -> None:
        server = ThreadingHTTPServer((HOST, 0), _handler_for(SiteRenderer(site, self.today)))
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, name=f"demo-{site.id}", daemon=True)
        thread.start()
        self._servers[site.id] = server
        self._threads.append(thread)

    def url(self, agency_id: str) -> str:
        """Home page URL of one agency, e.g. ``http://127.0.0.1:41234/``."""
        port = self._servers[agency_id].server_address[1]
        return f"http://{HOST}:{port}/"

    @property
    def agencies(self) -> list[dict[str, str]]:
        """``[{id, name, url, province, type}, ...]`` for the running servers."""
        return [
            {
                "id": s.id,
                "name": s.name,
                "url": self.url(s.id),
                "province": s.province,
                "type": s.type,
            }
            for s in self.sites
            if s.id in self._servers
        ]

    def write_csv(self, path: str | Path) -> Path:
        """Write the agencies CSV (``id,name,url,province,type``, UTF-8) and return its path."""
        path = Path(path)
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=CSV_FIELDS)
            writer.writeheader()
            writer.writerows(self.agencies)
        return path


# --------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the sample agency sites on 127.0.0.1.")
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=clock.today(),
        help="day the site dates are counted from (default: today)",
    )
    parser.add_argument("--csv", type=Path, help="also write the agencies CSV here")
    args = parser.parse_args(argv)
    with DemoSites(today=args.today) as sites:
        print(
            f"Sample sites, dates relative to {args.today.isoformat()} (Ctrl-C to stop):",
            flush=True,
        )
        for a in sites.agencies:
            print(f"  {a['id']}  {a['url']}  {a['name']}", flush=True)
        if args.csv:
            print(f"Agencies CSV: {sites.write_csv(args.csv)}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("stopping")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
