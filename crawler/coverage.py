"""How a crawl ended, from its stats: ok, partial or failed, and why. Pure.

Coverage is defined by the checklist, not the whole site. A crawl reached
coverage when:
- the home page was read, and it does not build its links with JavaScript;
- every checklist-looking link it found (menu, hub page, list pages) was followed:
  none was cut by the page, depth, byte or time budget, nor by a query-string trap;
- none of those requests failed for a reason that says nothing about the site's
  content (timeout, 5xx, blocked, refused, robots.txt, redirect loop ...), and none
  of those pages needed JavaScript to show its content;
- every one of those requests was answered, and the crawl was not stopped early
  (time limit, shutdown).
Only then may an item without evidence be reported ``missing``; otherwise it is
``not_checked`` with the reason recorded here (``reason``, and ``coverage.reasons``).

Coverage is per item where the cut is: a checklist page that could not be read
(failed, blocked, needs JavaScript and was not rendered, cut by the budget or as a
trap) stands for the items its link names (its text, the hub row around it, its URL;
the spider counts ``oit/unread/<code>/<why>``), and only those items are
``not_checked`` for it (``coverage.unread_items``: code -> why). What leaves every
item unconcluded is in ``coverage.site_reasons``: the home page failed or could not be
rendered or leads nowhere, the crawl was stopped early, requests were never answered,
or the unread page was an ITA/OIT hub (every item's candidate page) or a page whose
item could not be told. ``crawl.status`` is ``partial`` whenever either list is not empty.

Deliberate sampling is not a cut: list entries beyond the first few of the same URL
pattern and meaning, and list pages beyond the first two, are counted in
``coverage.capped`` but do not prevent coverage (their link texts are still read
as evidence). Notes that do not change the status (a broken TLS certificate, a
home page reached under another address) are in ``coverage.notes`` and, for an
``ok`` crawl, in ``reason``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from crawler.records import CrawlOutcome

# Close reasons of Scrapy and why each means the crawl was cut short.
_CUT_SHORT = {
    "closespider_timeout": "time budget reached / หมดเวลาที่กำหนด",
    "closespider_pagecount": "page budget reached / ครบจำนวนหน้าที่กำหนด",
    "closespider_errorcount": "too many errors / ข้อผิดพลาดมากเกินไป",
    "shutdown": "crawl interrupted / การเก็บข้อมูลถูกขัดจังหวะ",
    "cancelled": "crawl cancelled / ยกเลิกการเก็บข้อมูล",
}
_OWN_WORDS = {"dns"}  # home errors whose reason says it all: no library text after it
_HOME_ERRORS = {
    "dns": "domain name not found / ไม่พบชื่อโดเมน",
    "refused": "connection refused / เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ",
    "timeout": "no answer in time / เซิร์ฟเวอร์ไม่ตอบสนอง",
    "tls": "TLS/certificate error / ใบรับรองความปลอดภัยผิดพลาด",
    "blocked": "the site blocked the crawler / เว็บไซต์ปิดกั้นการเข้าถึง",
    "robots": "robots.txt forbids crawling / robots.txt ไม่อนุญาต",
    "server-error": "server error (5xx) / เซิร์ฟเวอร์ขัดข้อง",
    "connection": "connection lost / การเชื่อมต่อขาด",
    "redirect-loop": "home page redirects in a loop or too many times / "
    "หน้าแรกเปลี่ยนเส้นทางวนซ้ำหรือหลายทอดเกินไป",
    "too-large": "home page larger than the size limit / หน้าแรกมีขนาดใหญ่เกินกำหนด",
    "redirect": "home page redirects nowhere / หน้าแรกเปลี่ยนเส้นทางไม่สมบูรณ์",
    "internal-address": "address not allowed / ที่อยู่ไม่ได้รับอนุญาต",
    "offsite-redirect": "home page redirects off the site / หน้าแรกเปลี่ยนเส้นทางไปเว็บอื่น",
    "unreadable": "home page could not be read / อ่านหน้าแรกไม่ได้",
    "none": "home page never fetched / ไม่ได้ดึงหน้าแรก",
}


def _count(stats: Mapping[str, Any], key: str) -> int:
    return int(stats.get(key, 0) or 0)


def _group(stats: Mapping[str, Any], prefix: str) -> dict[str, int]:
    return {k[len(prefix) :]: int(v) for k, v in stats.items() if k.startswith(prefix)}


HOME_TEXT = 200  # characters of main text on a home page without links: less hides the site
_UNREAD = "oit/unread/"
EVERY_ITEM, UNKNOWN_ITEM = "*", "?"  # see crawler.spiders.agency
# Why a checklist page was not read, in words (the error classes are _HOME_ERRORS' keys).
_UNREAD_WHY = {
    "javascript": "needs JavaScript / ต้องใช้ JavaScript",
    "budget": "crawl budget / เกินงบประมาณการเก็บข้อมูล",
    "trap": "crawler trap / URL ไม่รู้จบ",
}


def unread_items(stats: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """Item code -> {why: pages} of checklist pages not read (``oit/unread/<code>/<why>``)."""
    found: dict[str, dict[str, int]] = {}
    for key, value in stats.items():
        if key.startswith(_UNREAD) and key.count("/") >= 3:
            code, why = key[len(_UNREAD) :].split("/", 1)
            found.setdefault(code, {})[why] = int(value)
    return found


def _why(kinds: Mapping[str, int]) -> tuple[int, str]:
    """(pages, "server error (5xx) 1, needs JavaScript 2") of unread pages by why."""
    why = ", ".join(
        f"{_UNREAD_WHY.get(k, _HOME_ERRORS.get(k, k)).split(' / ')[0]} {n}"
        for k, n in sorted(kinds.items())
    )
    return sum(kinds.values()), why


def item_reason(kinds: Mapping[str, int]) -> str:
    """Why one item is ``not_checked``: its candidate pages that could not be read."""
    total, why = _why(kinds)
    return (
        f"{total} candidate page(s) for this item could not be read ({why}) / "
        f"หน้าที่อาจเป็นหลักฐานของข้อนี้อ่านไม่ได้ {total} หน้า"
    )


def crawl_outcome(stats: Mapping[str, Any], close_reason: str, pages: int) -> CrawlOutcome:
    """Classify one site's crawl from its Scrapy stats and close reason."""
    home = stats.get("oit/home") or "none"
    relevant = _group(stats, "oit/relevant/")
    notes = [str(n) for n in stats.get("oit/notes") or []]
    notes += _home_notes(stats)
    if stats.get("oit/tls_problem"):
        notes.append(f"TLS certificate: {stats['oit/tls_problem']} / ใบรับรองความปลอดภัยไม่ถูกต้อง")
    coverage: dict[str, object] = {
        "home": home,
        "home_url": stats.get("oit/home_url"),
        "close_reason": close_reason,
        "focus": bool(stats.get("oit/focus", True)),
        "relevant_scheduled": relevant.get("scheduled", 0),
        "relevant_done": relevant.get("done", 0),
        "relevant_failed": relevant.get("failed", 0),
        "relevant_skipped": relevant.get("skipped", 0),
        "relevant_trapped": relevant.get("trapped", 0),
        "relevant_javascript": relevant.get("javascript", 0),
        "failures": _group(stats, "oit/failed/"),
        "capped": _group(stats, "oit/capped/"),
        "explore_skipped": _count(stats, "oit/explore/skipped"),
        "hub_pages": _count(stats, "oit/hub_pages"),
        "traps": _group(stats, "oit/trap/"),
        "needs_javascript": bool(stats.get("oit/needs_javascript")),
        "rendered": _count(stats, "oit/render/done"),
        "render_failed": _group(stats, "oit/render/failed/"),
        "tls_problem": stats.get("oit/tls_problem"),
        "bytes": _count(stats, "oit/bytes"),
        "notes": notes,
    }
    requests = _count(stats, "downloader/request_count")
    if home != "ok":
        reason = _HOME_ERRORS.get(home, f"home page failed: {home} / หน้าแรกใช้งานไม่ได้")
        detail = stats.get("oit/home_detail") or ""
        if home in _OWN_WORDS:  # Twisted's text adds nothing a user can act on; the host name does
            detail = urlsplit(str(stats.get("oit/home_url") or "")).hostname or ""
        coverage["reached"] = False
        coverage["reasons"] = [reason]
        return CrawlOutcome(
            "failed",
            pages,
            requests,
            error=home,
            reason=f"{reason}{' — ' + detail if detail else ''}",
            coverage=coverage,
        )
    reasons = _cut_reasons(stats, close_reason, relevant)
    unread = unread_items(stats)
    site = _site_reasons(stats, close_reason, relevant, unread)
    reasons += [r for r in site if r not in reasons]
    if unread and not reasons:
        reasons.append(
            f"checklist pages not read for {', '.join(sorted(unread))} / หน้าที่เกี่ยวข้องบางหน้าอ่านไม่ได้"
        )
    coverage["reached"] = not reasons
    coverage["reasons"] = reasons
    coverage["site_reasons"] = site
    coverage["unread_items"] = {
        code: item_reason(kinds)
        for code, kinds in sorted(unread.items())
        if code not in (EVERY_ITEM, UNKNOWN_ITEM)
    }
    if reasons:
        return CrawlOutcome(
            "partial",
            pages,
            requests,
            error="partial",
            reason="; ".join(reasons),
            coverage=coverage,
        )
    return CrawlOutcome("ok", pages, requests, reason="; ".join(notes), coverage=coverage)


def _home_reasons(stats: Mapping[str, Any]) -> list[str]:
    """A home page that was read but shows the crawler no way into the site."""
    script = bool(stats.get("oit/needs_javascript"))
    if script and not stats.get("oit/home_rendered"):
        return [
            "home page builds its content with JavaScript and could not be rendered / "
            "หน้าแรกสร้างเนื้อหาด้วย JavaScript และแสดงผลไม่ได้"
        ]
    # A home page without links that shows little (a splash image whose "enter" is a
    # script, a page built by scripts) hides the site; one with content is a one-page site.
    if stats.get("oit/home_links") == 0 and _count(stats, "oit/home_text") < HOME_TEXT:
        if script:
            return []  # rendered by the browser and still showing nothing: an empty page (see below)
        return ["home page has no links to follow / หน้าแรกไม่มีลิงก์ให้ตรวจต่อ"]
    return []


def _home_notes(stats: Mapping[str, Any]) -> list[str]:
    """A home page that the browser rendered and that still shows nothing is an empty page, not a
    page the crawler could not read: the site publishes nothing there, and its items are judged."""
    if (
        stats.get("oit/needs_javascript")
        and stats.get("oit/home_rendered")
        and stats.get("oit/home_links") == 0
        and _count(stats, "oit/home_text") < HOME_TEXT
    ):
        return [
            "home page rendered with JavaScript shows nothing: judged as an empty page / "
            "หน้าแรกแสดงผลด้วย JavaScript แล้วว่างเปล่า จึงตรวจเป็นหน้าว่าง"
        ]
    return []


def _site_reasons(
    stats: Mapping[str, Any],
    close_reason: str,
    relevant: dict[str, int],
    unread: dict[str, dict[str, int]],
) -> list[str]:
    """The cuts that leave every item unconcluded (see the module docstring)."""
    reasons = []
    if close_reason not in ("finished", ""):
        reasons.append(_CUT_SHORT.get(close_reason, f"stopped: {close_reason} / หยุดก่อนเสร็จ"))
    reasons += _home_reasons(stats)
    if EVERY_ITEM in unread:
        total, why = _why(unread[EVERY_ITEM])
        reasons.append(
            f"{total} ITA/OIT page(s) could not be read ({why}) / "
            f"หน้ารวมข้อมูล ITA/OIT อ่านไม่ได้ {total} หน้า"
        )
    if UNKNOWN_ITEM in unread:
        total, why = _why(unread[UNKNOWN_ITEM])
        reasons.append(
            f"{total} checklist page(s) of an unknown item could not be read ({why}) / "
            f"หน้าที่เกี่ยวข้องซึ่งระบุข้อไม่ได้อ่านไม่ได้ {total} หน้า"
        )
    cut = sum(relevant.get(k, 0) for k in ("skipped", "trapped", "failed", "javascript"))
    if cut and not unread:  # counted by a spider that did not attribute them to items
        reasons.append(f"{cut} checklist pages not read / หน้าที่เกี่ยวข้องบางหน้าอ่านไม่ได้")
    pending = relevant.get("scheduled", 0) - relevant.get("done", 0)
    if pending > 0 and close_reason in ("finished", ""):
        reasons.append(f"{pending} checklist requests never answered / คำขอบางรายการไม่ได้รับคำตอบ")
    return reasons


def _cut_reasons(
    stats: Mapping[str, Any], close_reason: str, relevant: dict[str, int]
) -> list[str]:
    reasons = []
    if close_reason not in ("finished", ""):
        reasons.append(_CUT_SHORT.get(close_reason, f"stopped: {close_reason} / หยุดก่อนเสร็จ"))
    reasons += _home_reasons(stats)
    if relevant.get("skipped"):
        reasons.append(
            f"{relevant['skipped']} checklist links not followed (budget) / "
            "ลิงก์ที่เกี่ยวข้องบางส่วนไม่ได้ตรวจ (เกินงบประมาณการเก็บข้อมูล)"
        )
    if relevant.get("trapped"):
        reasons.append(
            f"{relevant['trapped']} checklist links cut as a crawler trap / "
            "ลิงก์ที่เกี่ยวข้องบางส่วนถูกตัดเพราะสร้าง URL ไม่รู้จบ"
        )
    if relevant.get("failed"):
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(_group(stats, "oit/failed/").items()))
        reasons.append(
            f"{relevant['failed']} checklist pages failed to load ({kinds}) / "
            "หน้าที่เกี่ยวข้องบางหน้าโหลดไม่สำเร็จ"
        )
    if relevant.get("javascript"):
        reasons.append(
            f"{relevant['javascript']} checklist pages need JavaScript / "
            "หน้าที่เกี่ยวข้องบางหน้าต้องใช้ JavaScript"
        )
    pending = relevant.get("scheduled", 0) - relevant.get("done", 0)
    if pending > 0 and close_reason in ("finished", ""):
        reasons.append(f"{pending} checklist requests never answered / คำขอบางรายการไม่ได้รับคำตอบ")
    return reasons
