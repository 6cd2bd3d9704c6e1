"""The report as one self-contained HTML page: Thai first, English second, phone and print.

The markup is in Jinja2 templates (reports/templates/report.html, _agency.html and _fragments.html,
the last shared with the web app); this module holds the environment and the small
computations the templates call. No external CSS, fonts, scripts or images; a
Content-Security-Policy forbids them anyway. Everything that comes from a website (titles,
link texts, URLs, crawl reasons) is escaped on output with controls and bidi overrides
dropped (``_finalize``), and only http(s) URLs become links (safe_href, in _fragments.html).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from functools import cache
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from jinja2 import Environment, PackageLoader
from jinja2.ext import Extension
from markupsafe import Markup

from checklist.freshness import cutoff
from checklist.statuses import BEST_FIRST, CRAWL_STATUSES, STATUS_LOOKS, Status
from reports.html_charts import items_chart, trend_chart, trend_table
from reports.labels import (
    counts,
    crawl_en,
    crawl_symbol,
    crawl_th,
    date_source,
    groups,
    short_title,
    status_en,
    status_symbol,
    status_th,
    thai_date,
    thai_datetime,
)
from reports.model import Agency, Item, Report, as_report
from reports.untrusted import html_text, safe_href

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)
MAX_EVIDENCE = 3  # per row shown open; the rest are folded under "+N more"
TITLE = "รายงานการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ 5.1–5.11"
DETAILED = {Status.STALE, Status.NOT_CHECKED}  # their machine reason adds dates or a cause
TEMPLATES = Path(__file__).resolve().parent / "templates"

STATUS_COLOURS = "  /* STATUS COLOURS: --<status>, --<status>-bg, --<status>-fill from checklist/statuses.py */\n"


@cache
def stylesheet() -> str:
    """report.css with the status colours of the one vocabulary (checklist/statuses.py)."""
    css = resources.files("reports").joinpath("templates/report.css").read_text(encoding="utf-8")
    colours = "".join(
        f"  --{s}: {look.ink}; --{s}-bg: {look.paper}; --{s}-fill: {look.fill};\n"
        for s in BEST_FIRST
        for look in [STATUS_LOOKS[s]]
    )
    return css.replace(STATUS_COLOURS, colours)


class Spaceless(Extension):
    """Drops each line break and the indentation after it from the source of reports/templates/*.html,
    so the templates are laid out for reading while the page stays one compact line (as it always was).
    A space that matters is written inside a line. Other templates (the web app's) are left alone."""

    LINE_BREAK = re.compile(r"\n[ \t]*")

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        if filename and Path(filename).resolve().parent == TEMPLATES:
            return self.LINE_BREAK.sub("", source)
        return source


def _finalize(value: Any) -> Any:
    """Every ``{{ }}`` that is not markup already: controls and bidi overrides dropped, then escaped
    (quotes too, so it is safe in attributes). Autoescape stays on behind it."""
    if isinstance(value, Markup):
        return value
    return Markup(escape(html_text(value), quote=True))


def anchor(agency_id: str, code: str | None = None) -> str:
    base = "a-" + re.sub(r"[^A-Za-z0-9_-]", lambda m: f"_{ord(m.group()):x}", agency_id)
    return base if code is None else f"{base}-{code.replace('.', '-')}"


def problems_first(items: Sequence[Item]) -> tuple[list[Item], list[Item]]:
    """(items needing attention, items up to date), each in checklist order: what to fix leads."""
    problems = [i for i in items if i.shown_status != "ok"]
    return problems, [i for i in items if i.shown_status == "ok"]


def collapsed_not_checked(items: Sequence[Item]) -> list[list[Item]]:
    """Groups of two or more ``not_checked`` items with the same reason and nothing else to show
    (no evidence, no override): one line each instead of a row per item."""
    groups: dict[str, list[Item]] = {}
    for item in items:
        if (
            item.status == "not_checked"
            and not item.overridden
            and not item.evidence
            and all(p.status == "not_checked" for p in item.parts)
        ):
            # An item with parts rolls their reasons up ("structure: not_checked; …"): its parts' own
            # reason (the crawl's) is the one to compare.
            reasons = {p.reason for p in item.parts} or {item.reason}
            if len(reasons) == 1:
                groups.setdefault(reasons.pop(), []).append(item)
    return [members for members in groups.values() if len(members) > 1]


def _due_soon(report: Report, agency: Agency) -> list[tuple[Any, str, str]]:
    """The agency's dates due within 30 days (overdue first), each with its words (Thai, English)."""
    from checklist.due import due_dates, due_soon
    from reports.guide import report_policy, when_text

    as_of = dt.date.fromisoformat(report.as_of)
    dues = due_dates(agency, as_of, report_policy(report))
    return [(d, *when_text(d, as_of)) for d in due_soon(dues, as_of)]


def _grid_tip(report: Report, item: Item) -> str:
    status = item.shown_status
    tip = f"{item.code} {short_title(item, report.checklist_version)[0]}: {status_th(status)} ({status_en(status)})"
    if item.overridden:
        tip += f" — ผู้ตรวจแก้ไข / override; เครื่องตรวจ / machine: {status_th(item.status)}"
    return tip


def _per_item_counts(report: Report) -> dict[str, dict[str, int]]:
    per_item: dict[str, dict[str, int]] = {}
    for item in report.items():
        per_item.setdefault(item.code, dict.fromkeys(BEST_FIRST, 0))[item.shown_status] += 1
    return per_item


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _ok_share(entries: Sequence[Item]) -> str:
    return f"{_percent(counts(entries)['ok'], len(entries))}%" if entries else "–"


def _all_items(agencies: Sequence[Agency]) -> list[Item]:
    return [i for a in agencies for i in a.items]


# What the templates call, by name: the vocabulary, labels and the computations above.
GLOBALS: dict[str, Any] = {
    "BEST_FIRST": BEST_FIRST,
    "STATUS_LOOKS": STATUS_LOOKS,
    "DETAILED": DETAILED,
    "MAX_EVIDENCE": MAX_EVIDENCE,
    "TITLE": TITLE,
    "CSP": Markup(CSP),
    "status_symbol": status_symbol,
    "status_th": status_th,
    "status_en": status_en,
    "crawl_symbol": crawl_symbol,
    "crawl_th": crawl_th,
    "crawl_en": crawl_en,
    "counts": counts,
    "groups": groups,
    "date_source": date_source,
    "thai_date": thai_date,
    "thai_datetime": thai_datetime,
    "unquote": unquote,
    "anchor": anchor,
    "problems_first": problems_first,
    "collapsed_not_checked": collapsed_not_checked,
    "due_soon_of": _due_soon,
    "grid_tip": _grid_tip,
    "percent": _percent,
    "ok_share": _ok_share,
    "per_item_counts": _per_item_counts,
    "items_chart": items_chart,
    "trend_chart": trend_chart,
    "trend_table": trend_table,
    "all_items_of": _all_items,
    "all_ok": lambda agencies: sum(
        1 for a in agencies if all(i.shown_status == "ok" for i in a.items)
    ),
    "crawl_counts": lambda agencies: {
        s: sum(1 for a in agencies if a.crawl.status == s) for s in CRAWL_STATUSES
    },
    "overrides_in": lambda entries: sum(1 for i in entries for e in [i, *i.parts] if e.override),
    "titles_by_code": lambda report: {i.code: i for i in report.items()},
    "has_groups": lambda grouped: any(p or k for p, k, _ in grouped),
    "ok_count": lambda items: sum(1 for i in items if i.shown_status == "ok"),
    "cutoff_day": lambda as_of, months: cutoff(
        dt.date.fromisoformat(as_of), int(months)
    ).isoformat(),
    "why_of": lambda status: look.why if (look := STATUS_LOOKS.get(status)) else ("", ""),
    "codes_of": lambda items: ", ".join(i.code for i in items),
    "codes_in": lambda groups: {i.code for same in groups for i in same},
    "place_of": lambda agency: " · ".join(
        html_text(v) for v in (agency.province, agency.type) if v
    ),
}


FRAGMENTS_PREFIX = "report"  # another app's loader serves reports/templates under this prefix


def share_fragments(env: Environment) -> None:
    """Let another Jinja2 environment (the web app's) use reports/templates/_fragments.html as
    "report/_fragments.html": the line-break rule of these templates, the filter and labels they call,
    and the report's output rule (every value cleaned of controls and bidi overrides, then escaped).
    Its own loader must serve this package's templates under FRAGMENTS_PREFIX (a PrefixLoader)."""
    env.add_extension(Spaceless)
    env.finalize = _finalize
    env.filters["safe_href"] = safe_href
    env.globals.update(
        status_symbol=status_symbol,
        status_th=status_th,
        status_en=status_en,
        MAX_EVIDENCE=MAX_EVIDENCE,
        date_source=date_source,
        thai_date=thai_date,
        unquote=unquote,
    )  # what the evidence and rejected rows call


@cache
def environment() -> Environment:
    """The report's templates, autoescaped, every value cleaned and escaped on output."""
    env = Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=True,
        finalize=_finalize,
        extensions=[Spaceless],
    )
    env.globals.update(GLOBALS)
    env.filters["safe_href"] = safe_href
    env.filters["clean"] = html_text
    return env


def render_html(report: Report | Mapping[str, Any], trend: Sequence[Any] | None = None) -> str:
    """The whole report as one HTML document (its records, or its JSON read back);
    ``trend`` is reports.trend.trend(...) when known."""
    page = environment().get_template("report.html")
    return page.render(report=as_report(report), trend=trend, stylesheet=Markup(stylesheet()))
