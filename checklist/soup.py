"""The page tree the extraction reads: small slotted nodes built straight from lxml's parser events.

The extraction used to read a BeautifulSoup tree (BeautifulSoup over lxml). Building it was
most of a page's CPU: a Tag carries a dozen attributes and links (next/previous element,
siblings, builder settings), and each parser event goes through several layers of calls.
This module builds the same tree from the same events (lxml's HTML parser with a target,
as BeautifulSoup's lxml builder drives it) and applies the same rules as it does:

- adjacent text pieces become one string; a string of ASCII whitespace alone becomes one
  newline or one space, except inside ``<pre>`` and ``<textarea>``;
- strings in ``<script>``, ``<style>``, ``<template>``, ``<rt>``, ``<rp>`` are their own kinds,
  and ``get_text`` on an element reads only the strings of its own kind (comments, the
  doctype never);
- the attributes that hold lists (``class`` on any element, ``rel`` on links...) are lists
  of their whitespace-separated words;
- ``{namespace}name`` names (lxml gives them for odd attribute names such as ``{x}``) are
  split as BeautifulSoup's builder splits them;
- an end tag closes the most recent open element of its name, and nothing when none is open.

Only the queries the extraction makes are offered, with BeautifulSoup's names and
answers (``find(class_=…)`` and ``find(attrs={…})`` are ``find_class`` and ``find_attr``;
``tests/test_soup.py`` compares tree and queries with BeautifulSoup's own). Every node also
knows its place in document order (``Document.nodes``), so "all elements under this one" and
"the text of this cell" are slices of one list, and "the next table" or "the nearest heading
before" a walk along it by index that stops at the first match, as BeautifulSoup's does.
Removing nodes leaves a placeholder in that list, so the places stay valid; moving nodes
(rare) renumbers the whole document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from operator import attrgetter
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

_START = attrgetter("start")
_ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"
_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
# Attributes whose value is a list of words: on every element, and on some elements only.
_LIST_ATTRS_ANY = frozenset({"class", "accesskey", "dropzone"})
_LIST_ATTRS = {
    "a": {"rel", "rev"},
    "link": {"rel", "rev"},
    "td": {"headers"},
    "th": {"headers"},
    "form": {"accept-charset"},
    "object": {"archive"},
    "area": {"rel"},
    "icon": {"sizes"},
    "iframe": {"sandbox"},
    "output": {"for"},
}


class Text:
    """A string of the page (BeautifulSoup's NavigableString)."""

    __slots__ = ("text", "parent", "start")
    name = None  # not an element: name queries pass over it

    def __init__(self, text: str, parent: Tag | None, start: int) -> None:
        self.text = text
        self.parent = parent
        self.start = start

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.text!r})"


class Comment(Text):
    __slots__ = ()


class Doctype(Text):
    __slots__ = ()


class ProcessingInstruction(Text):
    __slots__ = ()


class Script(Text):
    __slots__ = ()


class Stylesheet(Text):
    __slots__ = ()


class TemplateText(Text):
    __slots__ = ()


class RubyText(Text):
    __slots__ = ()


class RubyParenthesis(Text):
    __slots__ = ()


# The kind of the strings inside these elements, and the only kind their get_text reads.
_STRING_KINDS: dict[str, type[Text]] = {
    "rt": RubyText,
    "rp": RubyParenthesis,
    "style": Stylesheet,
    "script": Script,
    "template": TemplateText,
}


# What an element's start and end change for the strings inside it.
_PRESERVE = object()  # whitespace-only strings kept as they are
_SPECIAL: dict[str, Any] = {"pre": _PRESERVE, "textarea": _PRESERVE, **_STRING_KINDS}


class _Gone:
    """What a removed node leaves in document order: no name, no text of any kind."""

    __slots__ = ()
    name = None


_GONE = _Gone()


def _names(name: Any) -> frozenset[str] | None:
    """The names a query asks for; None for ``True`` (any element)."""
    if name is True:
        return None
    key = name if isinstance(name, (str, tuple)) else tuple(name)
    names = _NAME_SETS.get(key)
    if names is None:  # (the queries are the extraction's own few literals)
        names = _NAME_SETS[key] = frozenset((name,) if isinstance(name, str) else name)
    return names


_NAME_SETS: dict[Any, frozenset[str]] = {}


class Tag:
    """An element: name, attributes, parent, children, and its span in document order."""

    # ``get``: the attributes' own ``dict.get``, bound once (the rules ask it ~550 times a page).
    __slots__ = ("name", "attrs", "get", "parent", "contents", "nodes", "start", "end")

    def __init__(self, name: str, attrs: dict, parent: Tag | None, nodes: list, start: int) -> None:
        self.name = name
        self.attrs = attrs
        self.get = attrs.get
        self.parent = parent
        self.contents: list[Tag | Text] = []
        self.nodes: list[Any] = nodes  # the document's, shared by all its nodes
        self.start = start
        self.end = start + 1

    def __repr__(self) -> str:
        return f"<{self.name} {self.attrs!r}>"

    # Attributes
    def __getitem__(self, key: str) -> Any:
        return self.attrs[key]

    def has_attr(self, key: str) -> bool:
        return key in self.attrs

    # Navigation
    @property
    def children(self) -> Iterator[Tag | Text]:
        return iter(self.contents)

    @property
    def parents(self) -> Iterator[Tag]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    @property
    def descendants(self) -> Iterator[Tag | Text]:
        """Every node under this one, in document order (one at a time: a reader may stop early)."""
        nodes = self.nodes
        for i in range(self.start + 1, self.end):
            node = nodes[i]
            if node is not _GONE:
                yield node

    def span(self) -> list[Tag | Text]:
        """Every node under this one, in document order, as a list."""
        return [n for n in self.nodes[self.start + 1 : self.end] if n is not _GONE]

    def find_parent(self, name: Any) -> Tag | None:
        node = self.parent
        if isinstance(name, str):
            while node is not None and node.name != name:
                node = node.parent
            return node
        names = _names(name)
        while node is not None:
            if names is None or node.name in names:
                return node
            node = node.parent
        return None

    def find_all(self, name: Any, recursive: bool = True) -> list[Tag]:
        names = _names(name)
        nodes: list[Any] = self.nodes[self.start + 1 : self.end] if recursive else self.contents
        if names is None:
            return [n for n in nodes if n.name is not None]
        return [n for n in nodes if n.name in names]

    def find(self, name: Any, recursive: bool = True) -> Tag | None:
        if not recursive:
            return _first(self.contents, range(len(self.contents)), _names(name))
        return _first(self.nodes, range(self.start + 1, self.end), _names(name))

    def find_class(self, pattern: re.Pattern[str]) -> Tag | None:
        """The first element under this one with a class word ``pattern`` finds (``find(class_=…)``)."""
        nodes = self.nodes
        for i in range(self.start + 1, self.end):
            n = nodes[i]
            if n.name is not None:
                classes = n.attrs.get("class")
                if classes is not None and _class_matches(classes, pattern):
                    return n
        return None

    def find_attr(self, key: str, value: str) -> Tag | None:
        """The first element under this one whose ``key`` is ``value`` (``find(attrs={key: value})``)."""
        nodes = self.nodes
        for i in range(self.start + 1, self.end):
            n = nodes[i]
            if n.name is not None and n.attrs.get(key) == value:
                return n
        return None

    def find_next(self, name: Any) -> Tag | None:
        """The first element after this one's start tag in document order (its own descendants first)."""
        return _first(self.nodes, range(self.start + 1, len(self.nodes)), _names(name))

    def find_previous(self, name: Any) -> Tag | None:
        """The nearest element before this one in document order (its ancestors included, the
        document itself not)."""
        return _first(self.nodes, range(self.start - 1, 0, -1), _names(name))

    def _siblings(self, after: bool, name: Any) -> list[Tag]:
        """The sibling elements after this one (nearest first), or before it (nearest first),
        with one of the names ``name`` asks for."""
        parent = self.parent
        if parent is None:
            return []
        kids = parent.contents
        at = _index(kids, self)
        names = _names(name)
        return [
            n
            for n in (kids[at + 1 :] if after else kids[:at][::-1])
            if n.name is not None and (names is None or n.name in names)
        ]

    def find_next_siblings(self, name: Any = True) -> list[Tag]:
        return self._siblings(True, name)

    def find_next_sibling(self, name: Any = True) -> Tag | None:
        parent = self.parent
        if parent is None:
            return None
        kids = parent.contents
        return _first(kids, range(_index(kids, self) + 1, len(kids)), _names(name))

    def find_previous_siblings(self, name: Any = True) -> list[Tag]:
        return self._siblings(False, name)

    # Text
    def get_text(self, separator: str = "") -> str:
        kind = _STRING_KINDS.get(self.name, Text)
        return separator.join(
            [n.text for n in self.nodes[self.start + 1 : self.end] if n.__class__ is kind]
        )

    # Changes
    def extract(self) -> Tag:
        _detach(self)
        return self

    def insert(self, position: int, node: Tag | Text) -> None:
        """Add ``node`` (detached) as a child at ``position``; document order is stale until
        :meth:`Document.renumber`."""
        node.parent = self
        self.contents.insert(position, node)

    def insert_after(self, node: Tag | Text) -> None:
        parent = self.parent
        assert parent is not None
        parent.insert(_index(parent.contents, self) + 1, node)


def _class_matches(classes: Any, pattern: re.Pattern[str]) -> bool:
    """BeautifulSoup's test of a list attribute: any word matches, or all words joined by a space."""
    if isinstance(classes, str):
        return pattern.search(classes) is not None
    return any(pattern.search(c) for c in classes) or pattern.search(" ".join(classes)) is not None


def _first(nodes: list[Any], indices: range, names: frozenset[str] | None) -> Any:
    """The first element of ``nodes`` at ``indices`` (in their order) with one of ``names``
    (any element for None): BeautifulSoup's find, stopping where it stops."""
    if names is None:
        for i in indices:
            node = nodes[i]
            if node.name is not None:
                return node
    else:
        for i in indices:
            node = nodes[i]
            if node.name in names:
                return node
    return None


def _index(kids: list[Any], node: Tag | Text) -> int:
    """Where ``node`` is among ``kids``: children are in document order, so found by bisection
    (a long list of siblings is not walked once per sibling); by a walk when document order is
    stale (nodes moved before :meth:`Document.renumber`)."""
    i = bisect_left(kids, node.start, key=_START)
    if i < len(kids) and kids[i] is node:
        return i
    for i, kid in enumerate(kids):
        if kid is node:
            return i
    raise ValueError("not a child")


def _detach(node: Tag | Text) -> bool:
    """Take ``node`` out of its parent's children; False when it had no parent (or its parent
    was removed before it: the node went with it)."""
    parent = node.parent
    if parent is None:
        return False
    del parent.contents[_index(parent.contents, node)]
    node.parent = None
    return True


class Document(Tag):
    """The root (BeautifulSoup's ``[document]``); ``nodes`` holds every node in document order."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__("[document]", {}, None, [], 0)
        self.nodes.append(self)

    @property
    def head(self) -> Tag | None:
        return self.find("head")

    @property
    def body(self) -> Tag | None:
        return self.find("body")

    def new_tag(self, name: str) -> Tag:
        return Tag(name, {}, None, self.nodes, 0)

    def remove(self, node: Tag | Text) -> None:
        """Take ``node`` (and what is under it) out of the tree and out of document order."""
        if _detach(node):
            end = node.end if isinstance(node, Tag) else node.start + 1
            nodes = self.nodes
            for i in range(node.start + 1, end):
                if nodes[i] is not _GONE:
                    nodes[i].parent = None  # (unlinked: freed at once, see release)
            nodes[node.start : end] = [_GONE] * (end - node.start)

    def renumber(self) -> None:
        """Document order again after nodes were moved: one walk of the tree."""
        order: list[Tag | Text] = []
        stack: list[Any] = [self]
        while stack:
            node = stack.pop()
            if node.__class__ is _End:
                node.tag.end = len(order)
                continue
            node.start = len(order)
            order.append(node)
            if node.name is not None:
                stack.append(_End(node))
                stack.extend(reversed(node.contents))
        self.nodes[:] = order

    def release(self) -> None:
        """Unlink every node, so the tree is freed by reference counting at once, not by the
        cyclic collector."""
        for node in self.nodes:
            if node is not _GONE:
                node.parent = None
        self.nodes.clear()


class _End:
    __slots__ = ("tag",)

    def __init__(self, tag: Tag) -> None:
        self.tag = tag


class ParserRejectedMarkup(ValueError):
    """lxml could not read the page at all."""


class _Builder:
    """The lxml parser target: builds the tree from the parser's events (see the module doc)."""

    def __init__(self) -> None:
        self.doc = Document()
        self.nodes = self.doc.nodes
        self.stack: list[Tag] = [self.doc]
        self.prefixes: dict[int, str] = {}  # id of an open element -> its namespace prefix, if any
        self.kinds: list[type[Text]] = []  # string kinds of the open string-container elements
        self.preserve = 0  # open <pre>/<textarea> elements
        self.lists: dict[str, frozenset[str]] = {}  # element name -> its list attributes
        self.pieces: list[str] = []
        self.data = self.pieces.append  # lxml calls it for every piece of text

    def _text(self, kind: type[Text] | None = None) -> None:
        """BeautifulSoup's endData: the pieces of text so far become one string of the tree."""
        pieces = self.pieces
        text = "".join(pieces)
        pieces.clear()
        if not self.preserve and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        if kind is None:
            kind = self.kinds[-1] if self.kinds else Text
        parent = self.stack[-1]
        nodes = self.nodes
        string = kind(text, parent, len(nodes))
        nodes.append(string)
        parent.contents.append(string)

    def start(self, name: str, attrib: Any) -> None:
        if self.pieces:
            self._text()
        prefix = None
        if name[0] == "{" and "}" in name:
            namespace, name = name[1:].split("}", 1)
            prefix = "xml" if namespace == _XML_NAMESPACE else None
        if attrib:
            attrs = attrib  # a fresh dict for each element
            lists = self.lists.get(name)
            if lists is None:
                lists = self.lists[name] = _LIST_ATTRS_ANY | _LIST_ATTRS.get(name.lower(), set())
            namespaced = False
            for key in attrs:
                if key in lists:
                    attrs[key] = attrs[key].split()  # = re "\S+" words (both split at str.isspace)
                elif key[0] == "{":
                    namespaced = True
            if namespaced:  # "{x}": renamed first, then its value read as a list if it is one
                attrs = _namespaced_attrs(attrs)
                for key in attrs:
                    if key in lists and isinstance(attrs[key], str):
                        attrs[key] = attrs[key].split()
        else:
            attrs = {}
        stack = self.stack
        nodes = self.nodes
        parent = stack[-1]
        tag = Tag(name, attrs, parent, nodes, len(nodes))
        nodes.append(tag)
        parent.contents.append(tag)
        stack.append(tag)
        if prefix is not None:
            self.prefixes[id(tag)] = prefix
        special = _SPECIAL.get(name)
        if special is not None:
            if special is _PRESERVE:
                self.preserve += 1
            else:
                self.kinds.append(special)

    def end(self, name: str) -> None:
        if self.pieces:
            self._text()
        prefix = None
        if name[0] == "{" and "}" in name:
            namespace, name = name[1:].split("}", 1)
            prefix = "xml" if namespace == _XML_NAMESPACE else None
        stack = self.stack
        top = stack[-1]
        if top.name == name and prefix is None and not self.prefixes:
            self._pop()  # the usual case: the element the parser closes is the last one opened
            return
        # The most recent open element of this name and prefix, and everything opened after it;
        # nothing once no element of this name is open.
        while len(stack) > 1 and any(t.name == name for t in stack[1:]):
            top = stack[-1]
            found = top.name == name and self.prefixes.get(id(top)) == prefix
            self._pop()
            if found:
                break

    def _pop(self) -> None:
        tag = self.stack.pop()
        tag.end = len(self.nodes)
        if self.prefixes:
            self.prefixes.pop(id(tag), None)
        special = _SPECIAL.get(tag.name)
        if special is not None:
            if special is _PRESERVE:
                self.preserve -= 1
            else:
                self.kinds.pop()

    def comment(self, text: str) -> None:
        if self.pieces:
            self._text()
        self.pieces.append(text)
        self._text(Comment)

    def doctype(self, name: str | None, pubid: str | None, system: str | None) -> None:
        if self.pieces:
            self._text()
        value = name or ""
        if pubid is not None:
            value += f' PUBLIC "{pubid}"'
            if system is not None:
                value += f' "{system}"'
        elif system is not None:
            value += f' SYSTEM "{system}"'
        self.pieces.append(value)
        self._text(Doctype)

    def pi(self, target: str, data: str) -> None:
        if self.pieces:
            self._text()
        self.pieces.append(target + " " + data)
        self._text(ProcessingInstruction)

    def close(self) -> Document:
        if self.pieces:
            self._text()
        while len(self.stack) > 1:
            self._pop()
        doc = self.doc
        doc.end = len(self.nodes)
        # The parser holds its target in a reference cycle of its own: the tree must not hang
        # from it, or it waits for the cyclic collector too.
        del self.doc, self.nodes, self.stack
        return doc


def _namespaced_attrs(attrib: dict) -> dict:
    """Attribute names as BeautifulSoup's builder reads ``{namespace}name``: the name with the
    namespace's prefix ("xml:lang"), the bare name, or the prefix alone (``None`` for an unknown
    namespace, when the name is empty)."""
    out: dict = {}
    for key, value in attrib.items():
        if key[0] == "{" and "}" in key:
            namespace, local = key[1:].split("}", 1)
            prefix = "xml" if namespace == _XML_NAMESPACE else None
            if not local:
                key = str(prefix)
            elif not prefix:
                key = local
            else:
                key = f"{prefix}:{local}"
        out[key] = value
    return out


def _feed(markup: str | bytes, encoding: str | None) -> Document:
    builder = _Builder()
    parser = etree.HTMLParser(target=builder, recover=True, encoding=encoding)
    parser.feed(markup)
    return parser.close()


def parse(html: str) -> Document:
    """The page's tree, as BeautifulSoup(html, "lxml") builds it."""
    if html[:1] == "\ufeff":
        html = html[1:]
    attempts: Iterable[tuple[str | bytes, str | None]] = (
        (html, None),
        (html.encode("utf8"), "utf8"),
    )
    problems: list[str] = []
    for markup, encoding in attempts:
        try:
            return _feed(markup, encoding)
        except (UnicodeDecodeError, LookupError, etree.ParserError) as e:
            problems.append(str(e))
    raise ParserRejectedMarkup("; ".join(problems))
