"""Did two audits of the same province store and find the same? ``python bench/same_crawl.py A.json B.json``.

A and B are ``bench/crawl_cpu.py --dump`` files. Compared: every finding (status, evidence,
dates) and every stored page (kind, status, title, the extracted content with its blocks,
links, regions and dates, the stored text, errors). Exit status 0 when all are identical,
1 with the first differences printed otherwise.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SHOWN = 10  # differences printed per kind


def differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """One line per key missing on a side or holding a different value."""
    lines = [f"only in A: {k}" for k in sorted(set(a) - set(b))]
    lines += [f"only in B: {k}" for k in sorted(set(b) - set(a))]
    for key in sorted(set(a) & set(b)):
        if a[key] != b[key]:
            fields = sorted(f for f in set(a[key]) | set(b[key]) if a[key].get(f) != b[key].get(f))
            lines.append(f"differs: {key} ({', '.join(fields)})")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python bench/same_crawl.py A.json B.json", file=sys.stderr)
        return 2
    a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args)
    same = True
    for kind in ("findings", "pages"):
        lines = differences(a[kind], b[kind])
        print(f"{kind}: {len(a[kind])} in A, {len(b[kind])} in B, {len(lines)} differences")
        for line in lines[:SHOWN]:
            print(f"  {line}")
        same = same and not lines
    print("identical" if same else "NOT identical")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
