"""The bundled demo sites: served on loopback, dates rendered relative to ``today``.

Also checks that ``oit/demo/expected.json`` agrees with what the sites serve:
every local evidence path answers 200 and every dated entry shows its date.
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import pypdfium2
import pytest

from oit.demo import EXPECTED_JSON, SITES_DIR, DemoSites, render_dates
from oit.demo.server import DATE_FORMATS, fiscal_year, last_round

TODAY = dt.date(2026, 11, 25)  # a Wednesday; fiscal year 2570
EXPECTED = json.loads(EXPECTED_JSON.read_text(encoding="utf-8"))
CODES = [f"5.{n}" for n in range(1, 12)]
STATUSES = {"ok", "stale", "undated", "missing", "not_checked"}
LEGACY = {"windows-874": "cp874", "tis-620": "cp874"}  # Python knows neither label
DATE_KINDS = ("th", "thabbr", "thdigits", "thce", "en", "enus", "iso", "dmy")


@pytest.fixture(scope="module")
def sites() -> Iterator[DemoSites]:
    with DemoSites(today=TODAY) as running:
        yield running


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def decode(headers: dict[str, str], body: bytes) -> str:
    ctype = headers.get("Content-Type", "")
    charset = re.search(r"charset=([\w-]+)", ctype) or re.search(rb"charset=([\w-]+)", body[:1024])
    if charset:
        name = charset[1] if isinstance(charset[1], str) else charset[1].decode()
        return body.decode(LEGACY.get(name.lower(), name))
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp874")  # the undeclared legacy page


def crawl(base: str, limit: int = 400) -> dict[str, tuple[int, dict[str, str], bytes]]:
    """Every same-site page reachable from the home page (breadth first)."""
    seen, queue, pages = {base}, collections.deque([base]), {}
    while queue and len(pages) < limit:
        url = queue.popleft()
        status, headers, body = pages[url] = fetch(url)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in re.findall(r'href="([^"]+)"', decode(headers, body)):
            nxt = urldefrag(urljoin(url, href.replace("&amp;", "&")))[0]
            if nxt.startswith(base) and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return pages


def pdf_text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def renderings(day: dt.date) -> set[str]:
    return {DATE_FORMATS[k](day) for k in DATE_KINDS}


# --------------------------------------------------------------------------- tokens


def test_render_dates_formats() -> None:
    text = (
        "{{today_th}}|{{th:-20}}|{{thabbr:-45}}|{{thdigits:-30}}|{{iso:-15}}|{{dmy:-60}}"
        "|{{thce:-1}}|{{en:-1}}|{{enus:-1}}|{{month:-30}}|{{ymdpath:-1}}|{{year}}"
    )
    assert render_dates(text, TODAY).split("|") == [
        "วันพุธที่ 25 พฤศจิกายน 2569",
        "5 พฤศจิกายน 2569",
        "11 ต.ค. 69",
        "๒๖ ตุลาคม ๒๕๖๙",
        "2026-11-10",
        "26/09/2569",
        "24 พฤศจิกายน 2026",
        "24 November 2026",
        "November 24, 2026",
        "ตุลาคม 2569",
        "2026/11/24",
        "2569",
    ]


def test_render_dates_fiscal_years() -> None:
    assert render_dates("{{fy}} {{fy_prev}} {{fy-1}} {{fy+1}} {{fy_next}}", TODAY) == (
        "2570 2569 2569 2571 2571"
    )
    assert render_dates("{{fy:-60}} {{fy|thai}}", TODAY) == "2569 ๒๕๗๐"
    assert fiscal_year(dt.date(2025, 10, 1)) == 2569
    assert fiscal_year(dt.date(2026, 9, 30)) == 2569


def test_render_dates_leaves_other_braces_alone() -> None:
    assert render_dates("{{include:_parts/x.html}} {{slot:body}} {{nope}}", TODAY) == (
        "{{include:_parts/x.html}} {{slot:body}} {{nope}}"
    )


def test_last_round_ends_on_or_before_the_day() -> None:
    assert last_round(dt.date(2026, 4, 4)).startswith("รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)")
    assert last_round(dt.date(2026, 10, 31)).startswith(
        "รอบ 12 เดือน (1 ตุลาคม 2568 – 30 กันยายน 2569)"
    )
    assert "2569" in last_round(dt.date(2026, 3, 31))
    assert last_round(dt.date(2026, 3, 30)).startswith("รอบ 12 เดือน (1 ตุลาคม 2567")


# --------------------------------------------------------------------------- serving


@pytest.mark.integration
def test_agencies_and_csv(sites: DemoSites, tmp_path: Path) -> None:
    agencies = sites.agencies
    assert [a["id"] for a in agencies] == ["a01", "a02", "a03", "a04", "a05"]
    assert len({a["url"] for a in agencies}) == len(agencies)
    for a in agencies:
        assert set(a) == {"id", "name", "url", "province", "type"}
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", a["url"])
        assert a["province"] == "ขอนแก่น"
    path = sites.write_csv(tmp_path / "agencies.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"id,name,url,province,type")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows == agencies


@pytest.mark.integration
def test_every_page_is_rendered_and_carries_the_clock(sites: DemoSites) -> None:
    clock = "วันพุธที่ 25 พฤศจิกายน 2569"
    for agency in sites.agencies:
        if agency["id"] == "a04":
            continue
        pages = crawl(agency["url"])
        html = {
            u: p for u, p in pages.items() if p[1].get("Content-Type", "").startswith("text/html")
        }
        assert len(html) >= 15, agency["id"]
        for url, (status, headers, body) in html.items():
            if status != 200:
                continue
            text = decode(headers, body)
            assert "{{" not in text and "}}" not in text, url
            assert clock in text, url
            assert "สงวนลิขสิทธิ์" in text and "0 4321 1234" in text, url
            assert re.search(r'<nav\b|class="menu"', text), url


@pytest.mark.integration
def test_dates_follow_today(sites: DemoSites) -> None:
    status, headers, body = fetch(sites.url("a01") + "news-0133.html")
    assert status == 200
    assert "วันที่โพสต์ 22 พฤศจิกายน 2569" in decode(headers, body)
    with DemoSites(today=dt.date(2027, 3, 10), ids=["a01"]) as other:
        _, headers, body = fetch(other.url("a01") + "news-0133.html")
        text = decode(headers, body)
    assert "วันที่โพสต์ 7 มีนาคม 2570" in text
    assert "วันพุธที่ 10 มีนาคม 2570" in text


@pytest.mark.integration
def test_failing_site_answers_503(sites: DemoSites) -> None:
    base = sites.url("a04")
    for path in ("", "robots.txt", "index.html", "ita.html"):
        status, headers, _ = fetch(base + path)
        assert status == 503
        assert headers.get("Retry-After") == "3600"


@pytest.mark.integration
def test_robots_and_404s(sites: DemoSites) -> None:
    for agency in ("a01", "a02", "a03", "a05"):
        base = sites.url(agency)
        status, headers, body = fetch(base + "robots.txt")
        assert status == 200 and headers["Content-Type"].startswith("text/plain")
        assert b"User-agent: *" in body and b"Disallow:" in body
        for hidden in (
            "_site.json",
            "_parts/header.html",
            "no-such-page.html",
            "%2e%2e/a01/_site.json",
        ):
            assert fetch(base + hidden)[0] == 404, (agency, hidden)


@pytest.mark.integration
def test_pdfs_are_valid(sites: DemoSites) -> None:
    pdfs = sorted(SITES_DIR.glob("*/**/*.pdf"))
    assert len(pdfs) >= 5
    for path in pdfs:
        agency, *rel = path.relative_to(SITES_DIR).parts
        status, headers, body = fetch(sites.url(agency) + "/".join(rel))
        assert status == 200 and headers["Content-Type"] == "application/pdf"
        assert body == path.read_bytes()
        text = pdf_text(body)
        assert len(text) > 50 and re.search(r"[\u0e00-\u0e7f]", text), path
        meta = pypdfium2.PdfDocument(body).get_metadata_dict()
        if path.name == "skr1-2568-03.pdf":
            assert meta["CreationDate"].startswith("D:20250408")
            assert "8 เมษายน 2568" in text
        else:  # fresh evidence: its date comes from the link text only
            assert not meta.get("CreationDate") and not meta.get("ModDate"), path
            assert not re.search(r"25[67]\d|20[23]\d", text), path


@pytest.mark.integration
def test_windows_874_pages(sites: DemoSites) -> None:
    base = sites.url("a03")
    status, headers, body = fetch(base + "laws/")
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert b"charset=windows-874" in body
    assert "กฎหมายที่เกี่ยวข้อง" in body.decode("cp874")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    status, headers, body = fetch(base + "complaint/")
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert b"charset" not in body.lower()
    text = body.decode("cp874")
    assert "ช่องทางการร้องเรียน" in text and "&#169;" in text  # © is not in cp874


@pytest.mark.integration
def test_wordpress_permalinks_route_by_slug(sites: DemoSites) -> None:
    base = sites.url("a03")
    post = render_dates("{{ymdpath:-5}}/vaccine-campaign/", TODAY)
    status, headers, body = fetch(base + post)
    text = decode(headers, body)
    assert status == 200 and "article:modified_time" in text
    assert render_dates('content="{{isodt:-5}}"', TODAY) in text
    assert fetch(base + "2026/11/20/no-such-post/")[0] == 404
    assert fetch(base + "about/structure")[0] == 200  # redirected to the slash form


@pytest.mark.integration
def test_generated_gallery_and_calendar(sites: DemoSites) -> None:
    base = sites.url("a05")
    pages = crawl(base, limit=1000)
    albums = [u for u in pages if re.search(r"/gallery/album-\d+\.html$", u)]
    months = [u for u, (status, _, _) in pages.items() if "?ym=" in u and status == 200]
    assert len(albums) == 120
    assert len(months) == 2 * 36 + 1  # today +- 36 months; the links beyond answer 404
    assert fetch(base + "gallery/album-121.html")[0] == 404
    assert fetch(base + "calendar.php?ym=2031-01")[0] == 404
    status, headers, body = fetch(base + "gallery/img/5-1.gif")
    assert status == 200 and headers["Content-Type"] == "image/gif"


@pytest.mark.integration
def test_server_is_quiet(sites: DemoSites, capfd: pytest.CaptureFixture[str]) -> None:
    fetch(sites.url("a01"))
    fetch(sites.url("a01") + "missing.html")
    out, err = capfd.readouterr()
    assert out == "" and err == ""


@pytest.mark.integration
def test_servers_stop_on_exit() -> None:
    with DemoSites(today=TODAY, ids=["a02"]) as running:
        url = running.url("a02")
        assert fetch(url)[0] == 200
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


# --------------------------------------------------------------------------- expected.json


def _entries() -> Iterator[tuple[str, str, str | None, dict]]:
    for agency, spec in EXPECTED["agencies"].items():
        for code, item in spec["items"].items():
            yield agency, code, None, item
            for part, sub in item.get("parts", {}).items():
                yield agency, code, part, sub


def test_expected_covers_every_item() -> None:
    parts = {
        "5.1": {"structure", "executives", "authority", "plan", "contact", "laws"},
        "5.7": {"plan", "announcements", "summary"},
    }
    order = ["missing", "stale", "undated", "ok"]
    for agency, spec in EXPECTED["agencies"].items():
        assert sorted(spec["items"], key=lambda c: int(c.split(".")[1])) == CODES, agency
        for code, item in spec["items"].items():
            assert item["status"] in STATUSES
            if code in parts:
                assert set(item["parts"]) == parts[code], (agency, code)
                # the worst part with evidence decides; missing only when no part has any
                found = {p["status"] for p in item["parts"].values()} - {"missing"}
                if agency != "a04":
                    assert item["status"] == min(found or {"missing"}, key=order.index)
    assert {e["status"] for e in EXPECTED["planted"]} == {
        "stale",
        "missing",
        "undated",
        "not_checked",
    }
    a04 = EXPECTED["agencies"]["a04"]["items"]
    assert {i["status"] for i in a04.values()} == {"not_checked"}


def _load(sites: DemoSites, agency: str, path: str) -> str:
    status, headers, body = fetch(sites.url(agency) + render_dates(path, TODAY).lstrip("/"))
    assert status == 200, (agency, path, status)
    if headers["Content-Type"] == "application/pdf":
        return pdf_text(body)
    return decode(headers, body)


@pytest.mark.integration
def test_expected_matches_the_sites(sites: DemoSites) -> None:
    for agency, code, part, entry in _entries():
        where = (agency, code, part)
        if "parts" in entry or entry["status"] == "not_checked":
            continue
        for path in entry["evidence"]:
            if path.startswith("/"):
                _load(sites, agency, path)
            else:
                assert path.startswith("https://"), where
                assert path in _load(sites, agency, entry["date_on"]).replace("&amp;", "&"), where
        if entry["status"] == "missing":
            assert entry["evidence"] == [] and entry["decoys"], where
            continue
        if entry["status"] == "undated":
            assert "date_offset_days" not in entry and "date" not in entry, where
            continue
        text = _load(sites, agency, entry["date_on"])
        if "date" in entry:
            day = dt.date.fromisoformat(entry["date"])
        else:
            day = TODAY + dt.timedelta(days=entry["date_offset_days"])
        assert any(shown in text for shown in renderings(day)), where
        stale_before = TODAY.replace(month=8)  # as_of minus 3 calendar months
        assert (day < stale_before) == (entry["status"] == "stale"), where


@pytest.mark.integration
def test_planted_undated_manual_has_only_chrome_dates(sites: DemoSites) -> None:
    text = _load(sites, "a02", "/manual.php")
    content = text.split('<div class="main">', 1)[1].split('<div class="foot">', 1)[0]
    assert not re.search(r"\d{1,2}/\d{2}/25\d\d|25[67]\d", content)
    assert "ข้อมูล ณ วันที่ 25/11/2569" in text  # the generated footer stamp
