"""A good citizen that reads Thai right: per-host concurrency, User-Agent, robots.txt, legacy encodings."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from crawler.middlewares import thai_encoding
from crawler.records import Agency
from crawler.store import open_db
from oit.audit import run_audit
from tests.conftest import TODAY, run_oit
from tests.sites import Reply, Site, html

CONTACT = "https://example.test/oit-contact"
THAI = "ประกาศผลการจัดซื้อจัดจ้าง"
SHORT = "ข่าว"


def _legacy(title: str, charset_in_meta: str = "") -> bytes:
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset_in_meta}">'
        if charset_in_meta
        else ""
    )
    return (
        f"<html><head>{meta}<title>{title}</title></head><body><h1>{title}</h1>"
        f"<p>{title}</p></body></html>"
    ).encode("cp874")


ENCODED = {
    # path: (bytes, Content-Type header or None, the title that must come out)
    "/utf8-lie.html": (_legacy(THAI), "text/html; charset=utf-8", THAI),
    "/latin1-lie.html": (_legacy(THAI), "text/html; charset=iso-8859-1", THAI),
    "/meta-tis.html": (_legacy(THAI, "tis-620"), "text/html", THAI),
    "/short.html": (
        b"<html><head><title>" + SHORT.encode("cp874") + b"</title></head></html>",
        "text/html",
        SHORT,
    ),
    "/no-type.php": (_legacy(THAI), None, THAI),
    "/utf8-as-latin1.html": (
        html(THAI, f"<h1>{THAI}</h1>").encode("utf-8"),
        "text/html; charset=iso-8859-1",
        THAI,
    ),
    "/word.html": (
        "<html><head><meta charset='windows-1252'><title>&#3586;&#3656;&#3634;&#3623; "
        "\x93quoted\x94</title></head><body>x</body></html>".encode("latin-1"),
        "text/html; charset=windows-1252",
        "ข่าว “quoted”",
    ),
}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    pages = {
        f"/p{n}.html": Reply(body=html("หน้า", f"<h1>หน้าที่ {n}</h1>"), delay=0.25) for n in range(24)
    }
    links = "".join(f'<a href="/p{n}.html">หน้าที่ {n}</a> ' for n in range(24))
    links += '<a href="/private/plan.html">แผนปฏิบัติราชการประจำปี</a> '
    links += "".join(f'<a href="{path}">{path}</a> ' for path in ENCODED)
    routes = {
        "/": Reply(body=html("หน้าแรก", links)),
        "/robots.txt": Reply(
            body="User-agent: *\nDisallow: /private/\n", content_type="text/plain"
        ),
        "/private/plan.html": Reply(body=html("แผน", "<h1>แผนปฏิบัติราชการประจำปี</h1>")),
        **pages,
        **{
            path: Reply(body=body, content_type=ctype) for path, (body, ctype, _) in ENCODED.items()
        },
    }
    site = Site(routes).start()
    db = tmp_path_factory.mktemp("polite") / "polite.db"
    mp = pytest.MonkeyPatch()
    mp.setenv("OIT_CONTACT_URL", CONTACT)
    try:
        run_id = run_audit(
            [Agency("polite", "polite", site.url)],
            db,
            TODAY,
            settings={"AUTOTHROTTLE_ENABLED": False},
        )
    finally:
        mp.undo()
    with open_db(db) as store:
        crawl = store.crawls(run_id)[0]
        stored = {"/" + p["url"].split("/", 3)[-1]: p for p in store.pages(crawl["id"])}
    yield {"site": site, "crawl": crawl, "pages": stored}
    site.stop()


@pytest.mark.integration
def test_at_most_two_requests_at_once_per_host(crawled: dict) -> None:
    assert crawled["site"].max_active == 2  # the limit is used, and never exceeded


@pytest.mark.integration
def test_user_agent_names_the_tool_and_a_contact(crawled: dict) -> None:
    (agent,) = crawled["site"].user_agents
    assert agent.startswith("OITWatch/") and CONTACT in agent


@pytest.mark.integration
def test_robots_txt_is_obeyed_and_the_cut_is_honest(crawled: dict) -> None:
    paths = crawled["site"].paths()
    assert paths[0] == "/robots.txt" and "/private/plan.html" not in paths
    crawl = crawled["crawl"]
    assert crawl["status"] == "partial" and "robots 1" in crawl["reason"]
    assert json.loads(crawl["coverage"])["failures"] == {"robots": 1}


@pytest.mark.parametrize("path", sorted(ENCODED))
@pytest.mark.integration
def test_thai_legacy_encodings_are_decoded_whatever_the_charset_says(
    crawled: dict, path: str
) -> None:
    assert crawled["pages"][path]["title"] == ENCODED[path][2]


@pytest.mark.integration
def test_no_robots_flag_crawls_a_site_that_forbids_robots(tmp_path) -> None:
    site = Site(
        {
            "/": Reply(body=html("หน้าแรก", '<a href="/contact.html">ติดต่อเรา</a>')),
            "/contact.html": Reply(body=html("ติดต่อ", "<h1>ติดต่อเรา</h1><p>โทร 0 4321 1234</p>")),
            "/robots.txt": Reply(body="User-agent: *\nDisallow: /\n", content_type="text/plain"),
        }
    ).start()
    try:
        args = [
            "check",
            site.url,
            "--json",
            "--as-of",
            TODAY.isoformat(),
            "--db",
            str(tmp_path / "c.db"),
        ]
        forbidden = run_oit(*args)
        allowed = run_oit(*args, "--no-robots")
    finally:
        site.stop()
    assert forbidden.returncode == 0 and allowed.returncode == 0, allowed.stderr
    assert json.loads(forbidden.stdout)["agencies"][0]["crawl"]["status"] == "failed"
    crawl = json.loads(allowed.stdout)["agencies"][0]["crawl"]
    assert crawl["status"] == "ok" and crawl["pages"] == 2


@pytest.mark.parametrize(
    ("body", "declared", "expected"),
    [
        (THAI.encode("cp874"), "utf-8", "cp874"),  # a header that lies
        (THAI.encode("cp874"), "iso-8859-1", "cp874"),
        (SHORT.encode("cp874"), "", "cp874"),  # short page, no charset anywhere
        (THAI.encode("cp874"), "tis-620", "cp874"),  # TIS-620 lacks the cp874 extras
        (THAI.encode("utf-8"), "iso-8859-1", "utf-8"),
        (THAI.encode("utf-8"), "utf-8", None),
        ("café résumé".encode("latin-1"), "iso-8859-1", None),  # real Latin-1 stays Latin-1
        (b"&#3586;&#3656; \x93q\x94", "windows-1252", None),  # Word: entities and smart quotes
        (THAI.encode("utf-8") * 50 + b"\xff", "utf-8", None),  # one stray byte in UTF-8
        (THAI.encode("cp874"), "shift_jis", None),  # an explicit foreign charset is believed
    ],
)
def test_thai_encoding_decision(body: bytes, declared: str, expected: str | None) -> None:
    assert thai_encoding(body, declared) == expected


@pytest.mark.integration
def test_agencies_sharing_a_host_share_its_two_requests(tmp_path) -> None:
    """Two agencies under one host (a shared hosting account): 2 in flight for both, not 2 each."""
    pages = {
        f"/{who}/p{n}.html": Reply(body=html("หน้า", f"<h1>หน้าที่ {n}</h1>"), delay=0.25)
        for who in ("a", "b")
        for n in range(12)
    }
    homes = {
        f"/{who}/": Reply(
            body=html(
                "หน้าแรก", "".join(f'<a href="/{who}/p{n}.html">หน้าที่ {n}</a> ' for n in range(12))
            )
        )
        for who in ("a", "b")
    }
    site = Site(
        {"/robots.txt": Reply(body="User-agent: *\n", content_type="text/plain"), **homes, **pages}
    ).start()
    try:
        agencies = [Agency(who, who, f"{site.url}{who}/") for who in ("a", "b")]
        run_id = run_audit(
            agencies,
            tmp_path / "shared.db",
            TODAY,
            jobs=2,
            workers=2,
            settings={"AUTOTHROTTLE_ENABLED": False},
        )
        with open_db(tmp_path / "shared.db") as store:
            assert {c["status"] for c in store.crawls(run_id)} == {"ok"}
        fetched = site.paths()
        assert all(sum(p.startswith(f"/{who}/p") for p in fetched) >= 3 for who in "ab"), fetched
        assert site.max_active == 2  # both at once on one host, never more than 2 requests
    finally:
        site.stop()
