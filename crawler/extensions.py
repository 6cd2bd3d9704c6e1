"""Extensions: at the end of each site's crawl, record how it ended (see crawler.coverage)."""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import asdict
from typing import Any

from scrapy import signals

from crawler.coverage import crawl_outcome
from crawler.store import open_db

# Prefix of the log line that carries the outcome back from a Scrapyd node (oit.scrapyd).
OUTCOME_LOG_PREFIX = "oit-outcome "
logger = logging.getLogger(__name__)


class CrawlOutcomeExtension:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("OIT_DB")
        self.crawl_id = crawler.settings.getint("OIT_CRAWL_ID") or None
        self.progress = crawler.settings.getbool("OIT_PROGRESS")
        self.agency_id = crawler.settings.get("OIT_AGENCY_ID")
        self.log_outcome = crawler.settings.getbool("OIT_LOG_OUTCOME")

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlOutcomeExtension:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider: Any, reason: str) -> None:
        if not (self.db_path and self.crawl_id):
            if self.log_outcome:  # a Scrapyd node: no database, the outcome goes to the job's log
                stats = self.crawler.stats.get_stats()
                outcome = crawl_outcome(stats, reason, int(stats.get("item_scraped_count", 0)))
                logger.info(
                    "%s%s", OUTCOME_LOG_PREFIX, json.dumps(asdict(outcome), ensure_ascii=False)
                )
            return
        with open_db(self.db_path) as store:
            outcome = crawl_outcome(
                self.crawler.stats.get_stats(), reason, store.page_count(self.crawl_id)
            )
            store.finish_crawl(self.crawl_id, outcome)
        if self.progress:
            event = {
                "event": "crawl_done",
                "agency": self.agency_id,
                "status": outcome.status,
                "pages": outcome.pages,
                "reason": outcome.reason,
            }
            print(json.dumps(event, ensure_ascii=False), file=sys.stdout, flush=True)
