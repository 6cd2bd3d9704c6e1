"""A crawl opens no remote-control server and leaves no job files behind.

Scrapy 2.19 turned on, for every crawler, an HTTP server on localhost that runs any Python
code sent to it with a token written to a job file under the user's state directory. The
crawl runs one crawler per agency: the settings turn it off (crawler/settings.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crawler import settings as project
from crawler.records import Agency
from crawler.store import open_db
from oit.audit import run_audit
from tests.sites import Reply, Site, html

pytestmark = pytest.mark.integration  # a loopback server and a crawl process


def test_project_settings_turn_remote_control_off() -> None:
    assert project.REMOTE_CONTROL_ENABLED is False


def test_a_crawl_writes_no_remote_control_job_file(tmp_path: Path) -> None:
    jobs = tmp_path / "job_files"
    home = Reply(body=html("หน้าแรก", '<h1>เทศบาลตำบลทดสอบ</h1><a href="/news.html">ข่าว</a>'))
    news = Reply(body=html("ข่าว", "<h1>ข่าวประชาสัมพันธ์</h1><p>ประชุม 20 พฤศจิกายน 2569</p>"))
    seen: list[list[str]] = []

    def news_page(method: str, path: str) -> Reply | None:
        # While the crawl runs: with the extension on, its job file is here now (a clean stop
        # deletes it again; a killed crawl leaves it).
        seen.append(sorted(p.name for p in jobs.iterdir()) if jobs.exists() else [])
        return news if path == "/news.html" else None

    with Site({"/": home}, fallback=news_page) as site:
        run_id = run_audit(
            [Agency(id="t1", name="ทดสอบ", url=site.url)],
            tmp_path / "audit.db",
            dt.date(2026, 11, 25),
            jobs=1,
            settings={"REMOTE_CONTROL_JOBS_DIR": str(jobs)},
        )
    with open_db(tmp_path / "audit.db") as store:
        crawls = store.crawls(run_id)
        assert [c["status"] for c in crawls] == ["ok"]
        assert len(list(store.pages(crawls[0]["id"]))) == 2
    assert seen and not any(seen)  # robots.txt and the news page were asked for
    assert not jobs.exists() or not any(jobs.iterdir())
