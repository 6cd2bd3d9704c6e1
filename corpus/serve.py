"""Serve one cached corpus site on 127.0.0.1, the way its web server would have.

    python -m corpus.serve SITE_ID [--cache DIR] [--port N]

PHP files that are mostly literal HTML are served as text/html the way PHP would
render their literal parts: ``include``/``require`` of a literal file name is
inlined (menus and headers usually live there), URL helpers with a literal
argument (``base_url('x')``, ``site_url('x')``, Blade ``{{ asset('x') }}``) become
``/x``, every other ``<?php … ?>`` block (and Blade directive) is removed.
index.html / index.php / index.htm answer for a folder, and ``name`` answers for ``name.php`` or ``name.html`` (a rewrite rule), and a CodeIgniter route ``/Controller/method`` answers with
``application/views/**/method.php``; a Blade view's relative link to a file missing
under ``resources/views/`` is answered from Laravel's ``public/``. CodeIgniter 4 and Laravel
apps answer the URIs of their route files with the views named there (:mod:`corpus.routes`),
with template inheritance inlined (:mod:`corpus.templates`); ``route('name')`` becomes its URI. The query string is ignored (``news.php?id=3`` is ``news.php``). No
Last-Modified header: a file's extraction time is not a date of the site.
"""

from __future__ import annotations

import argparse
import contextlib
import mimetypes
import re
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import cache_dir, site_dir
from .routes import route_table
from .templates import expand, syntax_of

INDEX_FILES = ("index.html", "index.php", "index.htm")
PHP_SUFFIXES = frozenset({".php", ".phtml"})
# <?php … ?>, <?= … ?> and short <? … ?>; an unclosed block runs to the end of the file.
_PHP_BLOCK = re.compile(rb"<\?(?:php|=)?[\s\S]*?(?:\?>|\Z)", re.IGNORECASE)
# A block that only includes one literal file: include 'inc/menu.php'; require_once("x.php");
_INCLUDE = re.compile(
    rb"<\?(?:php)?\s*(?:include|require)(?:_once)?\s*\(?\s*['\"]([^'\"$]+)['\"]\s*\)?\s*;?\s*\?>",
    re.IGNORECASE,
)
# A block or Blade echo that only prints a URL helper of a literal path.
_URL_HELPER = re.compile(
    rb"(?:<\?(?:php\s+echo|=)\s*|\{\{\s*)(?:base_url|site_url|asset|url)\(\s*['\"]([^'\"$]*)['\"]\s*\)"
    rb"\s*;?\s*(?:\?>|\}\})",
    re.IGNORECASE,
)
# route('name') of a named route without parameters (Laravel), route_to('Name') (CodeIgniter 4).
_ROUTE_HELPER = re.compile(
    rb"(?:<\?(?:php\s+echo|=)\s*|\{\{\s*)(?:route|route_to)\(\s*['\"]([^'\"$]+)['\"]\s*\)\s*;?\s*(?:\?>|\}\})",
    re.IGNORECASE,
)
# A Blade echo of a string literal: {{ 'plan' }}
_BLADE_LITERAL = re.compile(rb"\{\{\s*'([^'\\{}$]*)'\s*\}\}")
_BLADE = re.compile(
    rb"\{\{--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}|\{!![\s\S]*?!!\}|^[ \t]*@\w+(?:\([^\n]*\))?[ \t]*$",
    re.MULTILINE,
)
MAX_INCLUDE_DEPTH = 4


def strip_php(body: bytes) -> bytes:
    """The literal HTML of a PHP file: every PHP block removed."""
    return _PHP_BLOCK.sub(b"", body)


def render_php(path: Path, root: Path, depth: int = 0) -> bytes:
    """What PHP would print of a mostly-literal file: literal includes inlined, literal
    URL helpers as paths, Blade echoes and directives dropped, other code removed."""
    body = _with_layout(path, root) if depth == 0 else expand(path)

    def include(match: re.Match[bytes]) -> bytes:
        name = match.group(1).decode("utf-8", "replace")
        for base in (path.parent, root):
            target = (base / name).resolve()
            if depth < MAX_INCLUDE_DEPTH and target.is_file() and root.resolve() in target.parents:
                return render_php(target, root, depth + 1)
        return b""

    body = _INCLUDE.sub(include, body)
    body = _URL_HELPER.sub(lambda m: b"/" + m.group(1).lstrip(b"/"), body)
    body = _ROUTE_HELPER.sub(lambda m: _route_url(root, m.group(1)), body)
    if path.name.endswith(".blade.php"):
        body = _BLADE_LITERAL.sub(lambda m: m.group(1), body)
        body = _BLADE.sub(b"", body)
    return strip_php(body)


def _with_layout(path: Path, root: Path) -> bytes:
    """A framework view as its page: the views its controller renders around it
    (CodeIgniter 4 header/navbar/page/footer), each with its template inheritance inlined."""
    if syntax_of(path) is None:
        return path.read_bytes()
    chain = route_table(root).chains.get(path.resolve()) or (path,)
    return b"".join(expand(view) for view in chain)


def _route_url(root: Path, name: bytes) -> bytes:
    uri = route_table(root).names.get(name.decode("utf-8", "replace"), "")
    return uri.encode() if uri and "{" not in uri and "(:" not in uri else b""


def _routed(root: Path, rel: str) -> Path | None:
    """The view a framework route answers ``rel`` with; a view's relative link
    (``resources/views/record`` from a Blade file) is tried as the route ``record``."""
    table = route_table(root)
    if not table.routes:
        return None
    for prefix in ("", "resources/views/", "app/Views/"):
        if rel.startswith(prefix) and (route := table.match(rel[len(prefix) :])) is not None:
            return table.page_view(route)
    return None


def resolve(root: Path, url_path: str) -> Path | None:
    """The file that answers ``url_path`` under ``root``, or None (404)."""
    rel = unquote(urlsplit(url_path).path).lstrip("/")
    candidate = (root / rel).resolve()
    if root.resolve() not in (candidate, *candidate.parents):
        return None
    try:
        candidate.stat()
    except FileNotFoundError:
        pass
    except OSError:  # a name beyond the file system's limit: no such file on any server
        return None
    if candidate.is_dir():  # a framework's route for "/" wins over its front controller index.php
        return _routed(root, rel) or next(
            (candidate / n for n in INDEX_FILES if (candidate / n).is_file()), None
        )
    if candidate.is_file():
        return candidate
    # Extension-less links served by a rewrite rule (.htaccess "er" -> er.php).
    rewritten = next(
        (
            candidate.with_name(candidate.name + ext)
            for ext in (".php", ".html")
            if candidate.name and candidate.with_name(candidate.name + ext).is_file()
        ),
        None,
    )
    return rewritten or _routed(root, rel) or _mvc_view(root, rel) or _laravel_public(root, rel)


def _mvc_view(root: Path, rel: str) -> Path | None:
    """A CodeIgniter-style route (``/Pages/history``) answered by the view of its method's
    name (``application/views/frontend/history.php``), front-end views first."""
    views = _views(root.resolve())
    parts = [p for p in rel.split("/") if p]
    return views.get(parts[-1].lower()) if parts else None


def _laravel_public(root: Path, rel: str) -> Path | None:
    """A Blade view's relative link (``itafiles/x.pdf`` from ``resources/views/eb4.blade.php``)
    is a path under Laravel's web root, ``public/``: answer it from there; so is any path of
    a routed app that the repository root does not hold (``/itafiles/x.pdf`` from ``/eb4``)."""
    prefix = "resources/views/"
    if not rel.startswith(prefix) and not route_table(root).routes:
        return None
    candidate = (root / "public" / rel.removeprefix(prefix)).resolve()
    inside = (root / "public").resolve() in candidate.parents
    return candidate if inside and candidate.is_file() else None


_VIEW_CACHE: dict[Path, dict[str, Path]] = {}


def _views(root: Path) -> dict[str, Path]:
    if root not in _VIEW_CACHE:
        found: dict[str, Path] = {}
        folder = root / "application" / "views"
        if folder.is_dir():
            # Shallow, front-end folders win over back-office ones with the same file name.
            files = sorted(
                folder.rglob("*.php"),
                key=lambda p: (
                    "admin" in str(p).lower() or "backend" in str(p).lower(),
                    len(p.parts),
                ),
            )
            for path in files:
                found.setdefault(path.stem.lower(), path)
        _VIEW_CACHE[root] = found
    return _VIEW_CACHE[root]


def page_bytes(path: Path, root: Path | None = None) -> tuple[bytes, str]:
    """(body, content type) as served; ``root`` bounds the files a PHP include may inline."""
    if path.suffix.lower() in PHP_SUFFIXES:
        return render_php(path, root or path.parent), "text/html"
    body = path.read_bytes()
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return body, ctype


def _handler(root: Path) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self, with_body: bool) -> None:
            path = resolve(root, self.path)
            if path is None:
                body, ctype, code = (
                    b"<html><body><h1>404 Not Found</h1></body></html>",
                    "text/html",
                    404,
                )
            else:
                (body, ctype), code = page_bytes(path, root), 200
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._answer(True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._answer(False)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Handler


@contextlib.contextmanager
def serve(root: Path, port: int = 0) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 in a background thread; yields the base URL (ends with /)."""
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(root))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m corpus.serve", description=__doc__.split("\n")[0]
    )
    parser.add_argument("site_id")
    parser.add_argument("--cache", help="cache folder (default $OIT_CORPUS_CACHE)")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    root = site_dir(cache_dir(args.cache), args.site_id)
    if not root.is_dir():
        print(
            f"ไม่พบเว็บไซต์ในแคช / site not in the cache: {root} (run python -m corpus.rebuild)",
            file=sys.stderr,
        )
        return 2
    with serve(root, args.port) as url:
        print(f"serving {root} at {url} (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
