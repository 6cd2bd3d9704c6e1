"""Checklist editions: a stored run is re-judged with the edition it recorded unless asked
otherwise; an unknown edition is one Thai/English line (unit tier: SQLite in tmp, no network)."""

from __future__ import annotations

from pathlib import Path

import pytest

import checklist.editions as editions_module
from checklist.definitions import ITEMS_DIR, ChecklistError
from checklist.editions import find_edition, newest
from crawler.store import open_db
from oit.report import build_report, rules_for_run
from tests.conftest import TODAY, run_oit
from tests.test_history import seed_run

NEWEST = newest().version
OLD_TITLE = "ข้อมูลพื้นฐาน (ชุดเกณฑ์ปีก่อน)"


def test_an_edition_is_found_by_version_or_file_name() -> None:
    edition = find_edition(NEWEST)
    assert edition.items_path.parent == ITEMS_DIR and edition.checklist.version == NEWEST
    stem = edition.items_path.stem
    assert find_edition(stem) is edition and find_edition(stem.removeprefix("oit-")) is edition
    assert find_edition(None) is edition
    with pytest.raises(ChecklistError) as caught:
        find_edition("1999.9")
    message = str(caught.value)
    assert message.startswith("ไม่รู้จักชุดเกณฑ์ / unknown checklist edition '1999.9'")
    assert NEWEST in message and "\n" not in message


@pytest.fixture
def two_editions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """The shipped items file and an older year's copy with another title for 5.1."""
    text = find_edition(None).items_path.read_text(encoding="utf-8")
    year = find_edition(None).checklist.fiscal_year
    old = (
        text.replace(f'version = "{NEWEST}"', f'version = "{year - 1}.1"', 1)
        .replace(f"fiscal_year = {year}", f"fiscal_year = {year - 1}", 1)
        .replace('title_th = "ข้อมูลพื้นฐานของหน่วยงานที่เป็นปัจจุบัน"', f'title_th = "{OLD_TITLE}"', 1)
    )
    assert OLD_TITLE in old
    files = [tmp_path / f"oit-{year - 1}.toml", tmp_path / f"oit-{year}.toml"]
    files[0].write_text(old, encoding="utf-8")
    files[1].write_text(text, encoding="utf-8")
    monkeypatch.setattr(editions_module, "available_checklists", lambda: files)
    return f"{year - 1}.1", NEWEST


def _title_51(report: dict) -> str:
    return next(i["title_th"] for i in report["agencies"][0]["items"] if i["code"] == "5.1")


def test_a_run_is_rejudged_with_the_edition_it_recorded(
    tmp_path: Path, two_editions: tuple[str, str]
) -> None:
    old, new = two_editions
    with open_db(tmp_path / "a.db") as store:
        run = seed_run(store, {"a": {}})
        store.db.execute("UPDATE runs SET checklist_version = ? WHERE id = ?", [old, run])
        recorded = build_report(store, TODAY, run_id=run)
        asked = build_report(store, TODAY, run_id=run, checklist=new)
        with pytest.raises(ChecklistError, match="unknown checklist edition '2400.1'"):
            build_report(store, TODAY, run_id=run, checklist="2400.1")
    assert recorded["checklist_version"] == old and _title_51(recorded) == OLD_TITLE
    assert asked["checklist_version"] == new and _title_51(asked) != OLD_TITLE


def test_a_run_of_an_edition_no_longer_shipped_is_judged_by_the_newest(
    two_editions: tuple[str, str],
) -> None:
    old, new = two_editions
    assert rules_for_run({"checklist_version": "test"}).checklist.version == new
    assert rules_for_run({"checklist_version": old}).checklist.version == old
    assert rules_for_run({"checklist_version": old}, new).checklist.version == new


@pytest.mark.integration
def test_oit_report_checklist_option(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with open_db(db) as store:
        seed_run(store, {"a": {}})
    ok = run_oit(
        "report",
        "--db",
        str(db),
        "--as-of",
        TODAY.isoformat(),
        "--format",
        "json",
        "--checklist",
        NEWEST,
    )
    assert ok.returncode == 0, ok.stderr
    bad = run_oit("report", "--db", str(db), "--format", "json", "--checklist", "1999.9")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert (
        len(bad.stderr.strip().splitlines()) == 1
        and "unknown checklist edition '1999.9'" in bad.stderr
    )


def test_short_titles_come_from_the_edition_and_fall_back_to_the_full_title() -> None:
    """Charts and narrow columns name items by the edition's short_th/short_en, not a table in reports/."""
    from checklist.definitions import Item
    from checklist.editions import newest
    from reports.labels import short_titles

    shorts = short_titles(newest().checklist.version)
    assert shorts["5.2"] == ("ข่าวประชาสัมพันธ์", "news") and set(shorts) == {
        i.code for i in newest().checklist.items
    }
    assert short_titles("no-such-edition") == shorts  # an unknown edition reads the newest
    bare = Item("9.9", "ชื่อเต็ม", "Full title", "official", ())
    assert bare.short == ("ชื่อเต็ม", "Full title")
