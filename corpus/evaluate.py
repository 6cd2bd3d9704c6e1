"""Measure the checklist code against the labelled real sites.

    python -m corpus.evaluate [--pages] [--sites] [--json] [--labels DIR ...] [--site ID ...]

Pages: every labelled page goes through the audit's own per-page path
(scrapy response -> ThaiEncodingMiddleware -> crawler.responses.read_response ->
checklist.evaluate.candidates over the site's pages, so the chrome rule sees the
other pages of the same site as in a crawl). Items and parts predicted for a page
are its candidate's hits; for a page the product takes as an ITA hub (its own text
is never evidence) they are the hits its links give to their targets.
Per-item precision/recall/F1 (parts folded into their item for the headline).

Sites: each cached site is served on loopback (corpus.serve) and audited by the
real crawl (oit.audit.run_audit, the library behind ``oit check``) as of the
site's label day; every item's status is compared with the label.

It measures whatever ``checklist``/``crawler`` the running interpreter imports, so
``PYTHONPATH=/path/to/corpus-checkout /other/.venv/bin/python -m corpus.evaluate``
measures the other checkout's code with these labels.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote

from checklist.statuses import STATUS_LOOKS

from . import SITES_DIR, cache_dir, site_dir
from .labels import ITEM_CODES, LabelError, Site, load_sites
from .serve import INDEX_FILES, page_bytes, resolve, serve

PART_ITEMS = ("5.1", "5.7")
PAGE_SUFFIXES = frozenset({".html", ".htm", ".php", ".phtml", ".shtml"})
MAX_CONTEXT_PAGES = (
    250  # pages reached from home (the crawl's own page budget); labelled pages always
)
DOC_SUFFIXES = frozenset({".pdf"})
MAX_DOC_BYTES = 15_000_000  # the crawl's PDF cap
FAKE_BASE = "http://127.0.0.1:8000/"  # URL base of pages in the page evaluation


# ---------------------------------------------------------------- records
@dataclass(frozen=True, slots=True)
class PageResult:
    site: str
    path: str
    truth: tuple[str, ...]  # labels, parts kept ("5.1/structure") and items added
    predicted: tuple[str, ...]
    hub: bool
    note: str = ""


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class ItemResult:
    site: str
    code: str
    label: str
    status: str
    last_updated: str | None
    evidence: tuple[str, ...]


@dataclass(slots=True)
class SiteRun:
    site: str
    crawl_status: str
    pages: int
    items: list[ItemResult] = field(default_factory=list)
    error: str = ""


# ---------------------------------------------------------------- page evaluation
def _expand(codes: Iterable[str]) -> set[str]:
    """{"5.1/structure"} -> {"5.1", "5.1/structure"}."""
    out = set()
    for code in codes:
        out.add(code)
        out.add(code.split("/")[0])
    return out


def page_url(base: str, path: str, home: str) -> str:
    """The URL a crawl would know a file by: the home page is the site's root URL."""
    if path == home and Path(home).name in INDEX_FILES:
        path = str(Path(home).parent).lstrip(".")
        path = path + "/" if path else ""
    return base + quote(path, safe="/")


def fetched_page(url: str, body: bytes, ctype: str):  # -> crawler.records.FetchedPage
    """What the crawl makes of one response: scrapy's response class, the Thai encoding
    middleware, then crawler.responses.read_response."""
    from scrapy.http import Headers, Request
    from scrapy.responsetypes import responsetypes

    from crawler.middlewares import ThaiEncodingMiddleware
    from crawler.records import Budget
    from crawler.responses import read_response

    request = Request(url)
    headers = Headers({"Content-Type": ctype})
    cls = responsetypes.from_args(headers=headers, url=url, body=body)
    response = cls(url=url, status=200, headers=headers, body=body, request=request)
    response = ThaiEncodingMiddleware().process_response(request, response)
    return read_response(response, Budget())


def site_page(fetched, as_of: dt.date):  # -> checklist.model.SitePage
    from checklist.model import SitePage

    return SitePage(
        url=fetched.url,
        kind=fetched.kind,
        title=fetched.title,
        content=fetched.content,
        text=fetched.text,
        meta_dates=fetched.meta_dates,
        error=fetched.error,
        fetched_on=as_of,
    )


def crawl_copy(site: Site, root: Path) -> dict[str, object]:
    """URL -> fetched page for the pages a crawl of the copy reaches from the home page
    (same-site links, breadth first, capped), then every labelled page not reached, so the
    chrome rule compares a page with the pages a crawl would have seen beside it."""
    from urllib.parse import urlsplit

    fetched: dict[str, object] = {}
    queue = [page_url(FAKE_BASE, site.home, site.home)]
    queue += [page_url(FAKE_BASE, p.path, site.home) for p in site.pages]
    labelled = set(queue[1:])
    seen = set(queue[:1])
    while queue and len(fetched) < MAX_CONTEXT_PAGES + len(labelled):
        url = queue.pop(0)
        if url in fetched:
            continue
        path = resolve(root, urlsplit(url).path)
        if path is None or (path.suffix.lower() not in PAGE_SUFFIXES | DOC_SUFFIXES):
            continue
        if path.suffix.lower() in DOC_SUFFIXES and path.stat().st_size > MAX_DOC_BYTES:
            continue
        body, ctype = page_bytes(path, root)
        page = fetched_page(url, body, ctype)
        fetched[url] = page
        for link in page.content.links if page.content else ():
            target = link.url.split("#")[0].split("?")[0]
            if target.startswith(FAKE_BASE) and target not in seen:
                seen.add(target)
                queue.append(target)
    return fetched


def dead_links(pages, root: Path, as_of: dt.date) -> list:
    """An error page for every same-site link the copy answers with 404, as a crawl would
    record it: a link to nothing is not evidence by its link text."""
    from urllib.parse import urlsplit

    from checklist.model import SitePage

    known = {p.url.split("#")[0] for p in pages}
    dead = []
    for page in pages:
        for link in page.content.links if page.content else ():
            url = link.url.split("#")[0]
            if not url.startswith(FAKE_BASE) or url in known:
                continue
            known.add(url)
            if resolve(root, urlsplit(url).path) is None:
                dead.append(SitePage(url=url, kind="error", error="http-404", fetched_on=as_of))
    return dead


def evaluate_site_pages(site: Site, root: Path, matcher=None) -> list[PageResult]:
    """Predicted items of every labelled page of ``site``, through the audit's candidates()."""
    from checklist.chrome import docview_from_page, find_chrome
    from checklist.evaluate import candidates
    from checklist.match import default_matcher

    matcher = matcher or default_matcher()
    fetched = crawl_copy(site, root)
    pages = [site_page(f, site.as_of) for f in fetched.values()]
    url_of = {
        p.path: page_url(FAKE_BASE, p.path, site.home)
        for p in site.pages
        if page_url(FAKE_BASE, p.path, site.home) in fetched
    }
    pages += dead_links(pages, root, site.as_of)
    found, _ = candidates(
        pages, matcher, site.as_of, home=page_url(FAKE_BASE, site.home, site.home)
    )
    by_url = {c.doc.url.rstrip("/"): c for c in found}
    by_content = {
        (c.doc.content, c.doc.documents): c for c in found if c.doc.content and c.doc.kind == "html"
    }
    html = [p.content for p in pages if p.content is not None and not p.error]
    chrome = find_chrome(html)
    page_by_url = {p.url: p for p in pages}

    def hits_of(candidate) -> set[str]:
        out = set()
        for hit in candidate.hits:
            out.add(hit.code)
            if hit.code in PART_ITEMS:
                out.add(f"{hit.code}/{hit.part}")
        return out

    results = []
    for label in site.pages:
        url = url_of.get(label.path)
        truth = tuple(sorted(_expand(label.items)))
        if url is None:
            results.append(PageResult(site.id, label.path, truth, (), False, "file not in cache"))
            continue
        candidate = by_url.get(url.rstrip("/"))
        page = page_by_url[url]
        if candidate is None and page.content is not None:
            # The same content under another URL: the audit keeps one of them (the shorter).
            doc = docview_from_page(page.content, chrome)
            candidate = by_content.get((doc.content, doc.documents)) if doc.content else None
        predicted: set[str] = set()
        hub = bool(candidate and candidate.hub)
        if candidate is not None and not hub:
            predicted = hits_of(candidate)
        elif hub and page.content is not None:
            targets = {
                link.url.split("#")[0].rstrip("/")
                for link in page.content.links
                if link.text and not chrome.is_chrome_link(link.url, link.text, link.region)
            }
            for target in targets:
                if target in by_url and not by_url[target].hub:
                    predicted |= hits_of(by_url[target])
        results.append(PageResult(site.id, label.path, truth, tuple(sorted(predicted)), hub))
    return results


def score_pages(results: Sequence[PageResult]) -> dict[str, Score]:
    """Per item and per part (5.1/x, 5.7/x); a part is not scored on a page labelled with its
    item but no part (part unknown)."""
    from checklist.definitions import load_checklist

    keys = list(ITEM_CODES) + [
        f"{item.code}/{part.key}"
        for item in load_checklist().items
        if item.code in PART_ITEMS
        for part in item.parts
    ]
    scores = {key: Score() for key in keys}
    for r in results:
        truth, pred = set(r.truth), set(r.predicted)
        for key in keys:
            item = key.split("/")[0]
            if "/" in key and item in truth and not any(t.startswith(item + "/") for t in truth):
                continue
            t, p = key in truth, key in pred
            scores[key].tp += t and p
            scores[key].fp += p and not t
            scores[key].fn += t and not p
    return scores


def micro(scores: dict[str, Score]) -> Score:
    total = Score()
    for code in ITEM_CODES:
        total.tp += scores[code].tp
        total.fp += scores[code].fp
        total.fn += scores[code].fn
    return total


# ---------------------------------------------------------------- site evaluation
def start_url(base: str, site: Site) -> str:
    return page_url(base, site.home, site.home)


def evaluate_sites(sites: Sequence[Site], cache: Path, jobs: int = 2) -> list[SiteRun]:
    """Serve every site on loopback and audit them in one run, each as of its label day.

    One crawl run per distinct as_of (the run's as_of is the freshness reference)."""
    from crawler.records import Agency
    from crawler.store import open_db
    from oit.audit import run_audit
    from oit.report import build_report

    runs: list[SiteRun] = []
    by_day: dict[dt.date, list[Site]] = defaultdict(list)
    for site in sites:
        by_day[site.as_of].append(site)
    with tempfile.TemporaryDirectory(prefix="oit-corpus-") as tmp, contextlib.ExitStack() as stack:
        for day, group in sorted(by_day.items()):
            agencies = []
            for site in group:
                base = stack.enter_context(serve(site_dir(cache, site.id)))
                agencies.append(Agency(id=site.id, name=site.name, url=start_url(base, site)))
            db = Path(tmp) / f"run-{day}.db"
            run_id = run_audit(agencies, db, day, jobs=jobs, kind="check")
            with open_db(db) as store:
                report = build_report(store, day, run_id=run_id)
            found = {a["id"]: a for a in report["agencies"]}
            for site in group:
                agency = found.get(site.id)
                if agency is None:
                    runs.append(SiteRun(site.id, "failed", 0, error="not in report"))
                    continue
                crawl = agency.get("crawl") or {}
                run = SiteRun(
                    site.id,
                    crawl.get("status", "?"),
                    crawl.get("pages") or 0,
                    error=" ".join(filter(None, (crawl.get("error"), crawl.get("reason")))),
                )
                statuses = {i["code"]: i for i in agency["items"]}
                for code in ITEM_CODES:
                    item = statuses.get(code, {})
                    run.items.append(
                        ItemResult(
                            site.id,
                            code,
                            site.items[code].status,
                            item.get("status", "absent"),
                            item.get("last_updated"),
                            tuple(e["url"] for e in item.get("evidence", ())),
                        )
                    )
                runs.append(run)
    return runs


@dataclass(frozen=True, slots=True)
class SiteFigures:
    items: int
    accuracy: float
    false_missing: int
    not_checked_share: float
    per_item_accuracy: dict[str, float]


def site_figures(runs: Sequence[SiteRun]) -> SiteFigures:
    items = [i for r in runs for i in r.items]
    n = len(items) or 1
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for i in items:
        per[i.code][0] += i.status == i.label
        per[i.code][1] += 1
    return SiteFigures(
        items=len(items),
        accuracy=round(sum(i.status == i.label for i in items) / n, 4),
        false_missing=sum(i.status == "missing" and i.label != "missing" for i in items),
        not_checked_share=round(sum(i.status == "not_checked" for i in items) / n, 4),
        per_item_accuracy={c: round(a / t, 4) for c, (a, t) in sorted(per.items(), key=_code_key)},
    )


def _code_key(pair: tuple[str, object]) -> tuple[int, ...]:
    return tuple(int(x) for x in pair[0].split("/")[0].split("."))


# ---------------------------------------------------------------- output
def _page_table(scores: dict[str, Score], results: Sequence[PageResult]) -> str:
    lines = [
        f"หน้าเว็บที่ติดป้าย / labelled pages: {len(results)} "
        f"({sum(1 for r in results if not r.truth)} negatives, {sum(r.hub for r in results)} hubs) "
        f"on {len({r.site for r in results})} sites",
        f"{'item':<16}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for key, s in scores.items():
        lines.append(
            f"{key:<16}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>7.2f}{s.recall:>7.2f}{s.f1:>7.2f}"
        )
    m = micro(scores)
    lines.append(
        f"{'micro (items)':<16}{m.tp:>5}{m.fp:>5}{m.fn:>5}{m.precision:>7.2f}{m.recall:>7.2f}{m.f1:>7.2f}"
    )
    return "\n".join(lines)


def _errors(results: Sequence[PageResult]) -> str:
    lines = []
    for r in results:
        truth = {c for c in r.truth if "/" not in c}
        pred = {c for c in r.predicted if "/" not in c}
        if truth != pred:
            fp, fn = sorted(pred - truth), sorted(truth - pred)
            lines.append(
                f"{r.site}/{r.path}{' [hub]' if r.hub else ''}: "
                f"fp={','.join(fp) or '-'} fn={','.join(fn) or '-'} {r.note}"
            )
    return "\n".join(lines)


def _site_table(runs: Sequence[SiteRun]) -> str:
    width = max((len(r.site) for r in runs), default=4) + 2
    head = f"{'site':<{width}}{'crawl':<9}{'pages':>6}  " + " ".join(f"{c:>8}" for c in ITEM_CODES)
    lines = [head]
    short = {s: look.abbrev for s, look in STATUS_LOOKS.items()}
    for r in runs:
        cells = []
        for i in r.items:
            mark = "" if i.status == i.label else "≠" + short.get(i.label, i.label)[:3]
            cells.append(f"{short.get(i.status, i.status)[:5] + mark:>8}")
        lines.append(f"{r.site:<{width}}{r.crawl_status:<9}{r.pages:>6}  " + " ".join(cells))
        if r.crawl_status != "ok" and r.error:
            lines.append(f"{'':<{width}}└ {r.error[:160]}")
    fig = site_figures(runs)
    lines.append(
        f"status accuracy {fig.accuracy:.2f} ({fig.items} items) · false missing "
        f"{fig.false_missing} · not_checked {fig.not_checked_share:.0%}"
    )
    lines.append("per item: " + "  ".join(f"{c} {a:.2f}" for c, a in fig.per_item_accuracy.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m corpus.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--pages", action="store_true", help="page-level P/R/F1 only")
    parser.add_argument("--sites", action="store_true", help="whole-site statuses only (crawls)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--errors", action="store_true", help="list every page the matcher gets wrong"
    )
    parser.add_argument(
        "--labels",
        action="append",
        type=Path,
        default=[],
        help="folder of site files (repeatable; default corpus/sites)",
    )
    parser.add_argument(
        "--site", action="append", default=[], help="only this site id (repeatable)"
    )
    parser.add_argument("--cache", help="cache folder (default $OIT_CORPUS_CACHE)")
    parser.add_argument("--jobs", type=int, default=2, help="sites crawled at once")
    args = parser.parse_args(argv)
    do_pages = args.pages or not args.sites
    do_sites = args.sites or not args.pages
    cache = cache_dir(args.cache)
    try:
        sites = load_sites(args.labels or [SITES_DIR], args.site)
    except LabelError as exc:
        print(f"ไฟล์ป้ายกำกับไม่ถูกต้อง / bad label file: {exc}", file=sys.stderr)
        return 2
    absent = [s.id for s in sites if not site_dir(cache, s.id).is_dir()]
    if absent:
        print(
            f"ไม่พบเว็บไซต์ในแคช / not in the cache {cache}: {', '.join(absent)} "
            "(run python -m corpus.rebuild)",
            file=sys.stderr,
        )
        return 2
    import checklist

    measured = str(Path(checklist.__file__).resolve().parent.parent)
    out: dict[str, object] = {"sites": [s.id for s in sites], "code": measured}
    if not args.json:
        print(f"วัดโค้ดจาก / measuring the checklist and crawler of {measured}")
    if do_pages:
        results: list[PageResult] = []
        from checklist.match import default_matcher

        matcher = default_matcher()
        for site in sites:
            results += evaluate_site_pages(site, site_dir(cache, site.id), matcher)
        scores = score_pages(results)
        out["pages"] = {
            "micro": micro(scores).as_dict(),
            "per": {k: s.as_dict() for k, s in scores.items()},
            "documents": len(results),
            "results": [asdict(r) for r in results],
        }
        if not args.json:
            print(_page_table(scores, results))
            if args.errors:
                print(_errors(results))
    if do_sites:
        runs = evaluate_sites(sites, cache, args.jobs)
        fig = site_figures(runs)
        out["site_figures"] = asdict(fig)
        out["site_runs"] = [asdict(r) for r in runs]
        if not args.json:
            print(_site_table(runs))
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
