"""Writes the blind evaluation set: pages/<site>/<id>.html and labels.json.

Hand-written Thai bodies inside eight site templates (one CMS family each) plus
single pages and linked documents. Written without reading the matcher's rules
or the tuned set in tests/eval (see README.md). Run from anywhere:

    python tests/eval_blind/make_blind.py
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "pages"
ENTRIES: list[dict] = []


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode().rstrip("=")


def page(
    site: str,
    pid: str,
    url: str,
    html: str,
    with_=(),
    without=(),
    ignore=(),
    note=None,
    encoding="utf-8",
    link_texts=(),
) -> None:
    folder = OUT / (site or "single")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{pid}.html").write_bytes(html.encode(encoding))
    e = {"id": pid, "url": url}
    if site:
        e["site"] = site
    e["file"] = f"pages/{site or 'single'}/{pid}.html"
    if link_texts:
        e["link_texts"] = list(link_texts)
    e["with"] = list(with_)
    if without:
        e["without"] = list(without)
    if ignore:
        e["ignore"] = list(ignore)
    if note:
        e["note"] = note
    ENTRIES.append(e)


def doc(
    site: str | None,
    pid: str,
    url: str,
    kind: str,
    with_=(),
    text=None,
    link_texts=(),
    without=(),
    ignore=(),
    note=None,
) -> None:
    e = {"id": pid, "url": url}
    if site:
        e["site"] = site
    e["kind"] = kind
    if text:
        e["text"] = text
    if link_texts:
        e["link_texts"] = list(link_texts)
    e["with"] = list(with_)
    if without:
        e["without"] = list(without)
    if ignore:
        e["ignore"] = list(ignore)
    if note:
        e["note"] = note
    ENTRIES.append(e)


def calendar_table(month: str = "พฤษภาคม 2569", first: int = 5, days: int = 31) -> str:
    cells = ["<td></td>"] * first + [
        f'<td><a href="?cal={d}">{d}</a></td>' for d in range(1, days + 1)
    ]
    rows = ["".join(cells[i : i + 7]) for i in range(0, len(cells), 7)]
    head = "".join(f"<th>{d}</th>" for d in ("อา", "จ", "อ", "พ", "พฤ", "ศ", "ส"))
    return (
        f'<table class="calendar"><caption>{month}</caption><tr>{head}</tr>'
        + "".join(f"<tr>{r}</tr>" for r in rows)
        + "</table>"
    )


def main() -> None:
    import singles
    import singles2
    import sites_a  # noqa: E401
    import sites_b
    import sites_c
    import sites_d
    import sites_e
    import sites_f
    import sites_g
    import sites_h

    for mod in (
        sites_a,
        sites_b,
        sites_c,
        sites_d,
        sites_e,
        sites_f,
        sites_g,
        sites_h,
        singles,
        singles2,
    ):
        mod.build()
    ids = [e["id"] for e in ENTRIES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    data = {"version": 1, "checklist": "oit-2569", "pages": ENTRIES}
    (HERE / "labels.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(ENTRIES)} documents, {sum(1 for e in ENTRIES if 'file' in e)} HTML pages")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE / "src"))
    sys.modules.setdefault("make_blind", sys.modules["__main__"])
    main()
