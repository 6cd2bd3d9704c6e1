"""How a crawl ended, from its stats: ok, partial or failed, and why. Pure.

Coverage is defined by the checklist, not the whole site. A crawl reached
coverage when:
- the home page was read;
- every checklist-looking link it found (menu, hub page, list pages) was followed:
  none was cut by the page, depth, byte or time budget;
- none of those requests failed for a reason that says nothing about the site's
  content (timeout, 5xx, blocked, refused ...);
- the crawl was not stopped early (time limit, shutdown).
Only then may an item without evidence be reported ``missing``; otherwise it is
``not_checked`` with the reason recorded here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crawler.records import CrawlOutcome

# Close reasons of Scrapy and why each means the crawl was cut short.
_CUT_SHORT = {
    "closespider_timeout": "time budget reached / หมดเวลาที่กำหนด",
    "closespider_pagecount": "page budget reached / ครบจำนวนหน้าที่กำหนด",
    "closespider_errorcount": "too many errors / ข้อผิดพลาดมากเกินไป",
    "shutdown": "crawl interrupted / การเก็บข้อมูลถูกขัดจังหวะ",
    "cancelled": "crawl cancelled / ยกเลิกการเก็บข้อมูล",
}
_HOME_ERRORS = {
    "dns": "domain name not found / ไม่พบชื่อโดเมน",
    "refused": "connection refused / เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ",
    "timeout": "no answer in time / เซิร์ฟเวอร์ไม่ตอบสนอง",
    "tls": "TLS/certificate error / ใบรับรองความปลอดภัยผิดพลาด",
    "blocked": "the site blocked the crawler / เว็บไซต์ปิดกั้นการเข้าถึง",
    "robots": "robots.txt forbids crawling / robots.txt ไม่อนุญาต",
    "server-error": "server error (5xx) / เซิร์ฟเวอร์ขัดข้อง",
    "connection": "connection lost / การเชื่อมต่อขาด",
    "internal-address": "address not allowed / ที่อยู่ไม่ได้รับอนุญาต",
    "offsite-redirect": "home page redirects off the site / หน้าแรกเปลี่ยนเส้นทางไปเว็บอื่น",
    "none": "home page never fetched / ไม่ได้ดึงหน้าแรก",
}


def crawl_outcome(stats: Mapping[str, Any], close_reason: str, pages: int) -> CrawlOutcome:
    """Classify one site's crawl from its Scrapy stats and close reason."""
    home = stats.get("oit/home") or "none"
    relevant = {k.rsplit("/", 1)[-1]: int(v) for k, v in stats.items()
                if k.startswith("oit/relevant/")}  # fmt: skip
    coverage: dict[str, object] = {
        "home": home,
        "close_reason": close_reason,
        "relevant_scheduled": relevant.get("scheduled", 0),
        "relevant_done": relevant.get("done", 0),
        "relevant_failed": relevant.get("failed", 0),
        "relevant_skipped": relevant.get("skipped", 0),
        "traps": {k.rsplit("/", 1)[-1]: v for k, v in stats.items() if k.startswith("oit/trap/")},
        "needs_javascript": bool(stats.get("oit/needs_javascript")),
        "bytes": int(stats.get("oit/bytes", 0) or 0),
    }
    requests = int(stats.get("downloader/request_count", 0) or 0)
    if home != "ok":
        reason = _HOME_ERRORS.get(home, f"home page failed: {home} / หน้าแรกใช้งานไม่ได้")
        detail = stats.get("oit/home_detail") or ""
        coverage["reached"] = False
        return CrawlOutcome("failed", pages, requests, error=home,
                            reason=f"{reason}{' — ' + detail if detail else ''}",
                            coverage=coverage)  # fmt: skip
    reasons = []
    if close_reason in _CUT_SHORT or close_reason not in ("finished", ""):
        reasons.append(_CUT_SHORT.get(close_reason, f"stopped: {close_reason}"))
    if relevant.get("skipped"):
        reasons.append(
            f"{relevant['skipped']} checklist links not followed (budget) / "
            "ลิงก์ที่เกี่ยวข้องบางส่วนไม่ได้ตรวจ (เกินงบประมาณการเก็บข้อมูล)"
        )
    if relevant.get("failed"):
        reasons.append(
            f"{relevant['failed']} checklist pages failed to load / "
            "หน้าที่เกี่ยวข้องบางหน้าโหลดไม่สำเร็จ"
        )
    pending = relevant.get("scheduled", 0) - relevant.get("done", 0)
    if pending > 0 and close_reason == "finished":
        reasons.append(f"{pending} checklist requests never answered / คำขอบางรายการไม่ได้รับคำตอบ")
    coverage["reached"] = not reasons
    if reasons:
        return CrawlOutcome("partial", pages, requests, error="partial",
                            reason="; ".join(reasons), coverage=coverage)  # fmt: skip
    return CrawlOutcome("ok", pages, requests, coverage=coverage)
