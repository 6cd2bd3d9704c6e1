"""A page read back from the store keeps everything the matcher reads (images, forms, embeds)."""

from __future__ import annotations

from checklist.extract import extract_page
from crawler.store import _page_content_to_json, page_content_from_json


def test_page_content_round_trips_through_the_store() -> None:
    html = (
        "<html><head><title>ติดต่อเรา</title></head><body><main><h1>แผนภูมิโครงสร้าง</h1>"
        "<img src='/files/org-chart-2567.jpg' alt='โครงสร้าง'><iframe src='/files/plan.pdf'></iframe>"
        "<form><textarea name='m'></textarea></form><p><a href='/a.pdf'>แผน</a></p></main></body></html>"
    )
    page = extract_page(html, "http://127.0.0.1:9/contact.php")
    assert page.images and page.forms == 1 and page.embeds
    assert page_content_from_json(_page_content_to_json(page)) == page
