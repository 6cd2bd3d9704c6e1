"""Template inheritance of framework views, inlined the way the framework would assemble a page.

Blade (Laravel): ``@extends('layouts.app')`` + ``@section('content') … @endsection`` fill the
layout's ``@yield('content')`` (or its ``@section … @show`` default); ``@include('header')``
inlines a view. CodeIgniter 4: ``$this->extend('layout')``, ``$this->section('x') …
$this->endSection()``, ``$this->renderSection('x')`` and ``$this->include('Home/Part')``.
Only literal view names are followed; everything else is left for the PHP/Blade stripping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .routes import CODEIGNITER4, LARAVEL, Framework, view_file

MAX_DEPTH = 6
_N = rb"['\"]([^'\"]+)['\"]"  # a literal view or section name
_OPEN = rb"<\?(?:=|php)?\s*(?:echo\s+)?"  # <?= / <?php echo / <?php
_CLOSE = rb"\s*;?\s*\?>"


@dataclass(frozen=True, slots=True)
class Syntax:
    framework: Framework
    extends: re.Pattern[bytes]
    # group 1 name, group 2 body, group 3 how it ends ("show" = a layout's default, printed in place)
    section: re.Pattern[bytes]
    inline_section: (
        re.Pattern[bytes] | None
    )  # @section('title', 'text'): group 1 name, group 3 text
    yield_: re.Pattern[bytes]  # group 1 name, optional group 3 default text
    include: re.Pattern[bytes]
    parent: bytes  # a child section's marker for the parent's own content


BLADE = Syntax(
    framework=LARAVEL,
    extends=re.compile(rb"@extends\(\s*" + _N + rb"[^)\n]*\)"),
    section=re.compile(
        rb"@section\(\s*" + _N + rb"\s*\)([\s\S]*?)@(endsection|stop|show|overwrite|append)\b"
    ),
    inline_section=re.compile(rb"@section\(\s*" + _N + rb"\s*,\s*(['\"])(.*?)\2\s*\)"),
    yield_=re.compile(rb"@yield\(\s*" + _N + rb"\s*(?:,\s*(['\"])(.*?)\2\s*)?\)"),
    include=re.compile(rb"@include(?:If)?\(\s*" + _N + rb"\s*(?:,\s*\[[^\]]*\]\s*)?\)"),
    parent=b"@parent",
)
CI4 = Syntax(
    framework=CODEIGNITER4,
    extends=re.compile(_OPEN + rb"\$this->extend\(\s*" + _N + rb"\s*\)" + _CLOSE),
    section=re.compile(
        _OPEN
        + rb"\$this->section\(\s*"
        + _N
        + rb"\s*\)"
        + _CLOSE
        + rb"([\s\S]*?)"
        + _OPEN
        + rb"\$this->(endSection)\(\s*\)"
        + _CLOSE
    ),
    inline_section=None,
    yield_=re.compile(_OPEN + rb"\$this->renderSection\(\s*" + _N + rb"()()[^)]*\)" + _CLOSE),
    include=re.compile(_OPEN + rb"(?:\$this->include|view)\(\s*" + _N + rb"[^)]*\)" + _CLOSE),
    parent=b"\x00no-parent-marker\x00",
)


def syntax_of(path: Path) -> tuple[Syntax, Path] | None:
    """The template syntax of a view file and its site root, or None for plain PHP."""
    parts = path.parts
    if path.name.endswith(".blade.php"):
        for i in range(len(parts) - 2, 0, -1):
            if parts[i] == "views" and parts[i - 1] == "resources":
                return BLADE, Path(*parts[: i - 1])
    for i in range(len(parts) - 2, 0, -1):
        if parts[i] == "Views" and parts[i - 1] == "app":
            return CI4, Path(*parts[: i - 1])
    return None


def expand(path: Path, sections: dict[bytes, bytes] | None = None, depth: int = 0) -> bytes:
    """The view with its layout, sections and includes inlined (literal names only)."""
    body = path.read_bytes()
    found = syntax_of(path)
    if found is None or depth > MAX_DEPTH:
        return body
    syntax, site = found
    given = dict(sections or {})
    own: dict[bytes, bytes] = {}

    if syntax.inline_section is not None:

        def inline(m: re.Match[bytes]) -> bytes:
            own.setdefault(m.group(1), m.group(3))
            return b""

        body = syntax.inline_section.sub(inline, body)

    def section(m: re.Match[bytes]) -> bytes:
        name, content, end = m.group(1), m.group(2), m.group(3)
        if (
            end == b"show"
        ):  # a layout's section with a default: printed here unless a child fills it
            child = given.get(name)
            return content if child is None else child.replace(syntax.parent, content)
        own.setdefault(name, content)
        return b""

    body = syntax.section.sub(section, body)
    merged = {**own, **{k: v.replace(syntax.parent, own.get(k, b"")) for k, v in given.items()}}

    ext = syntax.extends.search(body)
    body = syntax.extends.sub(b"", body)
    body = syntax.yield_.sub(lambda m: merged.get(m.group(1), m.group(3) or b""), body)

    def include(m: re.Match[bytes]) -> bytes:
        target = view_file(site, syntax.framework, m.group(1).decode("utf-8", "replace"))
        return expand(target, merged, depth + 1) if target is not None else b""

    body = syntax.include.sub(include, body)
    if ext and (
        parent := view_file(site, syntax.framework, ext.group(1).decode("utf-8", "replace"))
    ):
        # What a child prints outside its sections (an @include('header') before @section) comes
        # out before the layout, as the compiled view echoes it first.
        return body.strip() + expand(parent, merged, depth + 1)
    return body
