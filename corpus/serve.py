"""Serve one cached corpus site on 127.0.0.1, the way its web server would have.

    python -m corpus.serve SITE_ID [--cache DIR] [--port N]

PHP files that are mostly literal HTML are served as text/html with their
``<?php … ?>`` blocks removed; index.html / index.php / index.htm answer for a
folder. The query string is ignored (``news.php?id=3`` is ``news.php``). No
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

INDEX_FILES = ("index.html", "index.php", "index.htm")
PHP_SUFFIXES = frozenset({".php", ".phtml"})
# <?php … ?>, <?= … ?> and short <? … ?>; an unclosed block runs to the end of the file.
_PHP_BLOCK = re.compile(rb"<\?(?:php|=)?[\s\S]*?(?:\?>|\Z)", re.IGNORECASE)


def strip_php(body: bytes) -> bytes:
    """The literal HTML of a PHP file: every PHP block removed."""
    return _PHP_BLOCK.sub(b"", body)


def resolve(root: Path, url_path: str) -> Path | None:
    """The file that answers ``url_path`` under ``root``, or None (404)."""
    rel = unquote(urlsplit(url_path).path).lstrip("/")
    candidate = (root / rel).resolve()
    if root.resolve() not in (candidate, *candidate.parents):
        return None
    if candidate.is_dir():
        return next((candidate / n for n in INDEX_FILES if (candidate / n).is_file()), None)
    return candidate if candidate.is_file() else None


def page_bytes(path: Path) -> tuple[bytes, str]:
    """(body, content type) as served."""
    body = path.read_bytes()
    if path.suffix.lower() in PHP_SUFFIXES:
        return strip_php(body), "text/html"
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return body, ctype


def _handler(root: Path) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self, with_body: bool) -> None:
            path = resolve(root, self.path)
            if path is None:
                body, ctype, code = b"<html><body><h1>404 Not Found</h1></body></html>", "text/html", 404
            else:
                (body, ctype), code = page_bytes(path), 200
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
    parser = argparse.ArgumentParser(prog="python -m corpus.serve", description=__doc__.split("\n")[0])
    parser.add_argument("site_id")
    parser.add_argument("--cache", help="cache folder (default $OIT_CORPUS_CACHE)")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    root = site_dir(cache_dir(args.cache), args.site_id)
    if not root.is_dir():
        print(f"ไม่พบเว็บไซต์ในแคช / site not in the cache: {root} (run python -m corpus.rebuild)",
              file=sys.stderr)  # fmt: skip
        return 2
    with serve(root, args.port) as url:
        print(f"serving {root} at {url} (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
