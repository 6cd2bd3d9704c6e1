"""The BeautifulSoup tree the extraction reads, with fast lookups by tag name.

BeautifulSoup answers ``find_parent("a")``, ``find(("td", "th"))`` and the like through its
general filter machinery (a SoupStrainer per call, every candidate matched against name,
attribute and string rules): on the crawl's hot path that was a fifth of the extraction.
The queries the extraction makes by tag name alone are answered here by a plain walk, with
the same result in the same order; any other query (attributes, strings, a limit, a
callable) goes to BeautifulSoup unchanged. Pages parsed by the HTML parser carry no
namespace prefixes, so a name matches ``tag.name`` exactly.
"""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import ResultSet


def _names(name: Any) -> tuple[str, ...] | None:
    """The tag names a plain name query asks for, or None when it is not plain."""
    if isinstance(name, str):
        return (name,)
    if isinstance(name, (tuple, list)) and all(isinstance(n, str) for n in name):
        return tuple(name)
    return None


class FastTag(Tag):
    def find_parent(self, name: Any = None, attrs: Any = None, **kwargs: Any) -> Any:
        names = _names(name) if attrs is None and not kwargs else None
        if names is None:
            return super().find_parent(name, attrs, **kwargs)
        node = self.parent
        while node is not None:
            if node.name in names:
                return node
            node = node.parent
        return None

    def find(self, name: Any = None, attrs: Any = None, recursive: bool = True, string: Any = None,
             **kwargs: Any) -> Any:  # fmt: skip
        names = _names(name) if attrs is None and string is None and not kwargs else None
        if names is None:
            return super().find(name, attrs, recursive, string, **kwargs)
        for node in self.descendants if recursive else self.contents:
            if isinstance(node, Tag) and node.name in names:
                return node
        return None

    def find_all(self, name: Any = None, attrs: Any = None, recursive: bool = True, string: Any = None,
                 limit: Any = None, **kwargs: Any) -> Any:  # fmt: skip
        names = _names(name) if attrs is None and string is None and limit is None and not kwargs else None
        if names is None:
            return super().find_all(name, attrs, recursive, string, limit, **kwargs)
        nodes = self.descendants if recursive else self.contents
        return ResultSet(None, [n for n in nodes if isinstance(n, Tag) and n.name in names])


def parse(html: str) -> BeautifulSoup:
    """BeautifulSoup over lxml, its elements :class:`FastTag`."""
    return BeautifulSoup(html, "lxml", element_classes={Tag: FastTag})
