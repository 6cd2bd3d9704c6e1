"""Fetched pages as JSON lines: the items feed a Scrapyd node sends back (``FEED_EXPORTERS``
of oit/scrapyd.py's jobs) and how the dispatcher reads it."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from scrapy.exporters import JsonLinesItemExporter

from crawler.records import FetchedPage
from crawler.store import page_content_from_json


def page_to_json(page: FetchedPage) -> dict[str, Any]:
    data = {f.name: getattr(page, f.name) for f in fields(FetchedPage)}
    data["content"] = asdict(page.content) if page.content is not None else None
    data["meta_dates"] = [list(m) for m in page.meta_dates]
    data["headers"] = [list(h) for h in page.headers]
    return data


def page_from_json(data: dict[str, Any]) -> FetchedPage:
    known = {f.name for f in fields(FetchedPage)}
    values = {k: v for k, v in data.items() if k in known}
    content = data.get("content")
    values["content"] = page_content_from_json(json.dumps(content)) if content else None
    values["meta_dates"] = tuple(tuple(m) for m in data.get("meta_dates") or ())
    values["headers"] = tuple(tuple(h) for h in data.get("headers") or ())
    return FetchedPage(**values)


class PageLinesExporter(JsonLinesItemExporter):
    """Scrapyd's items feed (format ``jsonlines``): ``{"page": {...}}`` per fetched page,
    in the shape :func:`page_from_json` reads back."""

    def export_item(self, item: Any) -> None:
        if not isinstance(item, FetchedPage):
            return super().export_item(item)
        line = json.dumps({"page": page_to_json(item)}, ensure_ascii=False) + "\n"
        self.file.write(line.encode("utf-8"))
        return None
