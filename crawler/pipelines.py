"""Item pipelines: small single steps between the spider and the database.

- StorePipeline writes every FetchedPage of a crawl to SQLite as it arrives, so
  a killed crawl keeps what it fetched. With ``OIT_KEEP_PAGES`` (a crawl process that
  evaluates its own agencies, crawler.worker) it also keeps them in memory as the evaluation
  reads them (:data:`KEPT`), so the agency is evaluated without reading them back.
- ProgressPipeline prints one JSON line per page for the parent process (progress bars).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from checklist.model import SitePage
from crawler.records import FetchedPage
from crawler.store import Store, open_db, site_page

# crawl id -> its stored pages by URL, in the order they were first stored (the store's id
# order; a page stored again keeps its place, as its row keeps its id). Taken by the worker's
# evaluation with :func:`take_pages`.
KEPT: dict[int, dict[str, SitePage]] = {}


class StorePipeline:
    def __init__(self, db_path: str | None, crawl_id: int | None, keep: bool = False) -> None:
        self.db_path = db_path
        self.crawl_id = crawl_id
        self.keep = keep
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        settings = crawler.settings
        return cls(
            settings.get("OIT_DB"),
            settings.getint("OIT_CRAWL_ID") or None,
            settings.getbool("OIT_KEEP_PAGES"),
        )

    def open_spider(self, spider: Any = None) -> None:
        if self.db_path and self.crawl_id:
            self.store = open_db(self.db_path)
            # One commit per page: in WAL mode "normal" does not wait for the disk at each one
            # (a killed crawl process still keeps every page it committed; only a power cut may
            # lose the last few, and that crawl is resumed). This connection only.
            self.store.db.execute("pragma synchronous = normal")
            self.store.mark_crawl_running(self.crawl_id)
            # A resumed crawl already has pages from another process: evaluated from the store.
            if self.keep and not self.store.page_count(self.crawl_id):
                KEPT[self.crawl_id] = {}

    def close_spider(self, spider: Any = None) -> None:
        if self.store is not None:
            self.store.close()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if self.store is not None and self.crawl_id and isinstance(item, FetchedPage):
            row = self.store.save_page(self.crawl_id, item)
            kept = KEPT.get(self.crawl_id)
            if kept is not None:  # after the save: only what the store holds
                kept[item.url] = site_page(row, item.content)
        return item


def take_pages(crawl_id: int) -> list[SitePage] | None:
    """The pages this process stored for ``crawl_id`` (and forgets them), or None when it did
    not keep them all (not asked to, or the crawl was resumed): then read them from the store."""
    kept = KEPT.pop(crawl_id, None)
    return None if kept is None else list(kept.values())


class ProgressPipeline:
    def __init__(self, enabled: bool, agency_id: str | None) -> None:
        self.enabled = enabled
        self.agency_id = agency_id
        self.count = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> ProgressPipeline:
        return cls(crawler.settings.getbool("OIT_PROGRESS"), crawler.settings.get("OIT_AGENCY_ID"))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if self.enabled and isinstance(item, FetchedPage):
            self.count += 1
            event = {
                "event": "page",
                "agency": self.agency_id,
                "pages": self.count,
                "url": item.url,
                "error": item.error,
            }
            print(json.dumps(event, ensure_ascii=False), file=sys.stdout, flush=True)
        return item
