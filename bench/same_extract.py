"""Does a change to page extraction give the same records? Run on every saved real page, old and new.

    python bench/same_extract.py collect BODIES.pickle       # real-site pages, decoded, once
    python bench/same_extract.py run BODIES.pickle OUT.pickle  # extract each, time it
    python bench/same_extract.py compare A.pickle B.pickle

``collect`` reads every page of the corpus cache (``$OIT_CORPUS_CACHE``: PHP rendered as
served, HTML as is) and the evaluation set's pages (tests/eval/pages), decoded as the
crawl decodes them, into BODIES (a scratch file outside the repository: third-party page
text is never committed). ``run`` extracts each with :func:`checklist.extract.extract_page`
(the code on ``PYTHONPATH`` first, so an old checkout can run it too), prints the CPU per
page, and writes the records; ``compare`` tells whether two runs extracted the same.
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH: an old checkout given there comes first


def collect(out: Path) -> int:
    from scrapy.http import Headers, Request, TextResponse
    from scrapy.responsetypes import responsetypes

    from corpus import cache_dir
    from corpus.evaluate import FAKE_BASE, PAGE_SUFFIXES
    from corpus.serve import page_bytes
    from crawler.middlewares import ThaiEncodingMiddleware

    pages: dict[str, tuple[str, str]] = {}  # name -> (url, decoded text)
    roots = [(p.name, p) for p in sorted((cache_dir() / "sites").iterdir()) if p.is_dir()]
    roots.append(("eval", ROOT / "tests" / "eval" / "pages"))
    for name, root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix.lower() not in PAGE_SUFFIXES or not path.is_file():
                continue
            url = FAKE_BASE + path.relative_to(root).as_posix()
            body, ctype = page_bytes(path, root)
            # Decoded as the crawl decodes it (corpus.evaluate.fetched_page).
            request, headers = Request(url), Headers({"Content-Type": ctype})
            cls = responsetypes.from_args(headers=headers, url=url, body=body)
            response = cls(url=url, status=200, headers=headers, body=body, request=request)
            response = ThaiEncodingMiddleware().process_response(request, response)
            if isinstance(response, TextResponse) and body[:5] != b"%PDF-":
                pages[f"{name}/{path.relative_to(root)}"] = (url, response.text)
    out.write_bytes(pickle.dumps(pages))
    print(f"{len(pages)} pages -> {out}")
    return 0


def run(bodies: Path, out: Path) -> int:
    from checklist.extract import extract_page

    pages: dict[str, tuple[str, str]] = pickle.loads(bodies.read_bytes())
    records: dict[str, str] = {}
    cpu = 0.0
    for name, (url, text) in pages.items():
        start = time.process_time()
        content = extract_page(text, url)
        cpu += time.process_time() - start
        records[name] = repr(content)
    out.write_bytes(pickle.dumps(records))
    print(f"{len(pages)} pages: extraction {1000 * cpu / max(1, len(pages)):.2f} ms CPU per page")
    return 0


def compare(a: Path, b: Path) -> int:
    one, two = (pickle.loads(p.read_bytes()) for p in (a, b))
    differ = sorted(k for k in set(one) | set(two) if one.get(k) != two.get(k))
    for name in differ[:10]:
        print(f"differs: {name}")
    print(f"{len(one)} / {len(two)} pages, {len(differ)} differ")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    commands = {"collect": (collect, 1), "run": (run, 2), "compare": (compare, 2)}
    if not args or args[0] not in commands or len(args) != commands[args[0]][1] + 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    return commands[args[0]][0](*(Path(a) for a in args[1:]))


if __name__ == "__main__":
    raise SystemExit(main())
