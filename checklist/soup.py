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

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.builder import nonwhitespace_re
from bs4.builder._lxml import LXMLTreeBuilder
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

    def find(
        self,
        name: Any = None,
        attrs: Any = None,
        recursive: bool = True,
        string: Any = None,
        **kwargs: Any,
    ) -> Any:
        names = _names(name) if attrs is None and string is None and not kwargs else None
        if names is None:
            return super().find(name, attrs, recursive, string, **kwargs)
        for node in self.descendants if recursive else self.contents:
            if isinstance(node, Tag) and node.name in names:
                return node
        return None

    def find_all(
        self,
        name: Any = None,
        attrs: Any = None,
        recursive: bool = True,
        string: Any = None,
        limit: Any = None,
        **kwargs: Any,
    ) -> Any:
        names = (
            _names(name)
            if attrs is None and string is None and limit is None and not kwargs
            else None
        )
        if names is None:
            return super().find_all(name, attrs, recursive, string, limit, **kwargs)
        nodes = self.descendants if recursive else self.contents
        return ResultSet(None, [n for n in nodes if isinstance(n, Tag) and n.name in names])


class _Builder(LXMLTreeBuilder):
    """BeautifulSoup's lxml HTML builder without its namespace bookkeeping where no namespace is
    in play (an HTML page: the parser reports none), and with the names of the attributes that
    hold lists ("class") looked up once per tag name: the same tree, built with less work per
    element. Anything namespaced goes to the builder unchanged."""

    def start(self, tag: Any, attrib: Any, nsmap: Any = {}) -> None:  # noqa: B006 (lxml's signature)
        if nsmap or len(self.nsmaps) > 1 or "{" in tag:
            return super().start(tag, attrib, nsmap)
        attrs = self.attribute_dict_class()
        for key, value in attrib.items():
            if "{" in key:
                return super().start(tag, attrib, nsmap)
            attrs[key] = value
        assert self.soup is not None
        self.soup.handle_starttag(
            tag, None, None, attrs, namespaces=self.active_namespace_prefixes[-1]
        )
        return None

    def end(self, tag: Any) -> None:
        if len(self.nsmaps) > 1 or "{" in tag:
            return super().end(tag)
        assert self.soup is not None
        self.soup.endData()
        self.soup._popToTag(tag, None)  # handle_endtag, whose own endData has nothing left
        return None

    def data(self, data: Any) -> None:
        assert self.soup is not None
        self.soup.current_data.append(data)  # handle_data, one call less per string

    def _replace_cdata_list_attribute_values(self, tag_name: str, attrs: Any) -> Any:
        if not attrs or not self.cdata_list_attributes:
            return attrs
        known = self.__dict__.setdefault("_list_names", {})
        names = known.get(tag_name)
        if names is None:
            names = known[tag_name] = frozenset(
                self.cdata_list_attributes.get("*", set())
                | (self.cdata_list_attributes.get(tag_name.lower()) or set())
            )
        for attr, value in attrs.items():
            if attr in names and isinstance(value, str):
                attrs[attr] = self.attribute_value_list_class(nonwhitespace_re.findall(value))
        return attrs


_ASCII_SPACES = BeautifulSoup.ASCII_SPACES


class _Soup(BeautifulSoup):
    """BeautifulSoup's endData (a string's text ends: add it to the tree) for a parse without
    ``parse_only``, with its helpers (string_container, object_was_parsed) inlined: the same
    strings, classes and links between nodes, with fewer calls for each of a page's strings."""

    def endData(self, containerClass: Any = None) -> None:
        pieces = self.current_data
        if not pieces:
            return
        text = "".join(pieces)
        self.current_data = []
        # Whitespace alone (outside <pre>, <textarea>) is kept as one newline or space.
        if not self.preserve_whitespace_tag_stack and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        container: Any = containerClass or NavigableString
        container = self.element_classes.get(container, container)
        if self.string_container_stack and container is NavigableString:
            container = self.builder.string_containers.get(
                self.string_container_stack[-1].name, container
            )
        string = container(text)
        parent = self.currentTag
        assert parent is not None  # the soup itself at least
        fix = parent.next_element is not None
        string.setup(parent, self._most_recent_element)
        self._most_recent_element = string
        parent.contents.append(string)
        if fix:
            self._linkage_fixer(parent)


def parse(html: str) -> BeautifulSoup:
    """BeautifulSoup over lxml, its elements :class:`FastTag`."""
    return _Soup(html, builder=_Builder, element_classes={Tag: FastTag})
