"""A Scrapyd dispatcher over nodes that start nothing: for tests of which jobs it would start."""

from __future__ import annotations

from crawler.records import Agency
from oit.scrapyd import Node, _Dispatcher


class FakeNode(Node):
    def schedule(self, agency: Agency, version: str, settings: dict) -> str:
        return f"{self.url}-{agency.id}"


class FakeStore:
    def mark_crawl_running(self, crawl_id: int) -> None:
        pass


def idle_dispatcher() -> tuple[_Dispatcher, list[Node]]:
    """A dispatcher over two fake nodes with 4 slots each, and its nodes."""
    nodes: list[Node] = [FakeNode("http://n1"), FakeNode("http://n2")]
    dispatcher = _Dispatcher(
        FakeStore(),
        nodes,
        ("v", b""),
        {},
        per_node=4,
        max_attempts=3,  # type: ignore[arg-type]
        poll=0,
        grace=0,
        down=0,
        progress=None,
    )
    return dispatcher, nodes
