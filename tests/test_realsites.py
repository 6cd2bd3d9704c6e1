"""Floors on the real-site corpus (corpus/, README "Real-site corpus").

Skipped unless every labelled site is in the corpus cache ($OIT_CORPUS_CACHE, built by
``python -m corpus.rebuild``): the page bytes are third-party and never in the repo.
"""

from __future__ import annotations

import tomllib

import pytest

from corpus import PACKAGE_DIR, SITES_DIR, cache_dir, site_dir
from corpus.evaluate import evaluate_site_pages, evaluate_sites, micro, score_pages, site_figures
from corpus.labels import ITEM_CODES, load_sites
from corpus.serve import strip_php

FLOORS = tomllib.loads((PACKAGE_DIR / "floors.toml").read_text(encoding="utf-8"))
SITES = load_sites([SITES_DIR])
CACHE = cache_dir()
CACHED = bool(SITES) and all(site_dir(CACHE, s.id).is_dir() for s in SITES)
needs_cache = pytest.mark.skipif(not CACHED, reason="corpus cache absent: python -m corpus.rebuild")


def test_label_files_are_complete():
    """Every site labels all eleven items and at least a third of its pages are negatives
    or evidence for other items only — checked without the cache."""
    assert SITES, "no site files in corpus/sites"
    for site in SITES:
        assert set(site.items) == set(ITEM_CODES)
        assert site.pages, site.id
    pages = [p for s in SITES for p in s.pages]
    assert sum(1 for p in pages if not p.items) >= len(pages) / 5


def test_strip_php_keeps_literal_html():
    body = b"<html><?php include 'menu.php'; ?><h1>A</h1><?= $x ?><p>B</p><? echo 1 ?></html>"
    assert strip_php(body) == b"<html><h1>A</h1><p>B</p></html>"
    assert strip_php(b"<p>ok</p><?php never closed") == b"<p>ok</p>"


@needs_cache
def test_page_floors():
    from checklist.match import default_matcher

    matcher = default_matcher()
    results = [r for s in SITES for r in evaluate_site_pages(s, site_dir(CACHE, s.id), matcher)]
    total = micro(score_pages(results))
    assert total.precision >= FLOORS["pages"]["precision"], total
    assert total.recall >= FLOORS["pages"]["recall"], total


@pytest.mark.slow
@pytest.mark.integration  # whole sites through the real crawl, served on loopback
@needs_cache
def test_site_floors():
    figures = site_figures(evaluate_sites(SITES, CACHE))
    assert figures.accuracy >= FLOORS["sites"]["accuracy"], figures
    assert figures.false_missing <= FLOORS["sites"]["max_false_missing"], figures
    assert figures.not_checked_share <= FLOORS["sites"]["max_not_checked_share"], figures


def test_rebuild_skips_names_beyond_the_file_system_limit():
    from pathlib import Path

    from corpus.rebuild import NAME_MAX, writable

    thai = "พระราชบัญญัติ" * 8  # 13 characters x 3 bytes x 8 = 312 bytes
    assert len(thai.encode()) > NAME_MAX
    assert not writable(Path("uploads") / f"{thai}.pdf")
    assert writable(Path("uploads") / "พระราชบัญญัติ.pdf")


def test_serve_answers_404_for_a_name_beyond_the_file_system_limit(tmp_path):
    from corpus.serve import resolve

    (tmp_path / "index.html").write_text("<p>home</p>")
    assert resolve(tmp_path, "/" + "ก" * 120 + ".pdf") is None  # 360 bytes
    assert resolve(tmp_path, "/") == tmp_path / "index.html"


def test_serve_answers_a_blade_views_relative_link_from_laravel_public(tmp_path):
    from corpus.serve import resolve

    views = tmp_path / "resources" / "views"
    views.mkdir(parents=True)
    (views / "eb4.blade.php").write_text('<a href="docs/plan.pdf">แผน</a>')
    (tmp_path / "public" / "docs").mkdir(parents=True)
    (tmp_path / "public" / "docs" / "plan.pdf").write_bytes(b"%PDF-1.4")
    assert (
        resolve(tmp_path, "/resources/views/docs/plan.pdf")
        == (tmp_path / "public" / "docs" / "plan.pdf").resolve()
    )
    assert resolve(tmp_path, "/resources/views/docs/absent.pdf") is None
    assert resolve(tmp_path, "/resources/views/../../etc/passwd") is None
