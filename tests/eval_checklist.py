"""Precision, recall and F1 of the checklist matcher on the labelled pages in tests/eval/.

    python tests/eval_checklist.py              # table per item and part, micro/macro totals
    python tests/eval_checklist.py --json       # machine output
    python tests/eval_checklist.py --errors     # every false positive/negative with the matcher's reasons
    python tests/eval_checklist.py --check      # exit 1 if an F1 is below its floor or fixtures changed
    python tests/eval_checklist.py --update [--allow-regression]   # re-pin floors and hashes
    python tests/eval_checklist.py --set tests/eval_blind [--errors|--json]   # another labelled set, table only

The pipeline is the crawler's: extract_page -> find_chrome (sites of 3+ pages) ->
docview_from_page with inbound non-chrome link texts -> Matcher.is_hub (a hub's
own text is never evidence) -> Matcher.classify.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from checklist.chrome import Chrome, docview_from_page, find_chrome  # noqa: E402
from checklist.definitions import load_checklist  # noqa: E402
from checklist.extract import extract_page  # noqa: E402
from checklist.match import Matcher  # noqa: E402
from checklist.model import DocView  # noqa: E402

EVAL_DIR = ROOT / "tests" / "eval"
LABELS = EVAL_DIR / "labels.json"
BASELINE = EVAL_DIR / "baseline.json"
PART_ITEMS = ("5.1", "5.7")
_CHARSET = re.compile(rb"charset=[\"']?([A-Za-z0-9_-]+)", re.I)
_ALIASES = {"tis-620": "cp874", "tis620": "cp874", "windows-874": "cp874", "x-windows-874": "cp874"}


def read_html(path: Path) -> str:
    raw = path.read_bytes()
    m = _CHARSET.search(raw[:4096])
    enc = m.group(1).decode().lower() if m else "utf-8"
    return raw.decode(_ALIASES.get(enc, enc), errors="replace")


@dataclass
class Result:
    id: str
    url: str
    truth: set[str]  # "5.2", "5.1/structure", ...
    ignore: set[str]
    predicted: set[str]
    hub: bool
    doc: DocView
    explain: list[dict] = field(default_factory=list)


def _split(labels: list[str]) -> set[str]:
    """{"5.1/structure"} -> {"5.1", "5.1/structure"}."""
    out = set()
    for label in labels:
        out.add(label)
        out.add(label.split("/")[0])
    return out


def run(labels_path: Path = LABELS, matcher: Matcher | None = None) -> list[Result]:
    data = json.loads(labels_path.read_text(encoding="utf-8"))
    matcher = matcher or Matcher(load_checklist(data.get("checklist")))
    base = labels_path.parent
    by_site: dict[str, list[dict]] = defaultdict(list)
    for n, entry in enumerate(data["pages"]):
        by_site[entry.get("site") or f"__single{n}"].append(entry)
    results = []
    for entries in by_site.values():
        pages = {
            e["id"]: extract_page(read_html(base / e["file"]), e["url"])
            for e in entries
            if "file" in e
        }
        chrome = find_chrome(list(pages.values())) if len(pages) >= 3 else Chrome()
        inbound: dict[str, list[str]] = defaultdict(list)
        for page in pages.values():
            for link in page.links:
                if link.text and not chrome.is_chrome_link(link.url, link.text, link.region):
                    inbound[link.url].append(link.text)
        for e in entries:
            link_texts = [*inbound.get(e["url"], ()), *e.get("link_texts", ())]
            hub = False
            if "file" in e:
                page = pages[e["id"]]
                doc = docview_from_page(page, chrome, link_texts)
                outlinks = [
                    lk.text
                    for lk in page.links
                    if lk.text and not chrome.is_chrome_link(lk.url, lk.text, lk.region)
                ]
                hub = matcher.is_hub(doc, outlinks)
            else:
                doc = DocView(
                    url=e["url"],
                    content=e.get("text", ""),
                    link_texts=tuple(link_texts),
                    kind=e["kind"],
                )
            predicted: set[str] = set()
            if not hub:
                for hit in matcher.classify(doc):
                    predicted.add(hit.code)
                    if hit.code in PART_ITEMS:
                        predicted.add(f"{hit.code}/{hit.part}")
            results.append(
                Result(
                    e["id"],
                    e["url"],
                    _split(e["with"]),
                    _split(e.get("ignore", [])),
                    predicted,
                    hub,
                    doc,
                    [] if hub else matcher.explain(doc),
                )
            )
    return results


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
    }


def score(results: list[Result], codes: tuple[str, ...], parts: dict[str, tuple[str, ...]]) -> dict:
    counts: dict[str, list[int]] = {}
    keys = list(codes) + [f"{c}/{p}" for c in PART_ITEMS if c in parts for p in parts[c]]
    for key in keys:
        item = key.split("/")[0]
        tp = fp = fn = 0
        for r in results:
            if key in r.ignore and key not in r.truth:
                continue
            if (
                "/" in key
                and item in r.truth
                and not any(t.startswith(item + "/") for t in r.truth)
            ):
                continue  # labelled with the item but no part: part unknown
            truth, pred = key in r.truth, key in r.predicted
            tp += truth and pred
            fp += pred and not truth
            fn += truth and not pred
        counts[key] = [tp, fp, fn]
    per = {k: _prf(*v) for k, v in counts.items()}
    items = [per[c] for c in codes]
    micro = _prf(*(sum(counts[c][i] for c in codes) for i in range(3)))
    macro = {
        m: round(sum(x[m] for x in items) / len(items), 4) for m in ("precision", "recall", "f1")
    }
    return {"per": per, "micro": micro, "macro": macro, "documents": len(results)}


def fixture_hashes(base: Path = EVAL_DIR) -> dict[str, str]:
    pages = hashlib.sha256()
    for path in sorted((base / "pages").rglob("*")):
        if path.is_file():
            pages.update(str(path.relative_to(base)).encode() + b"\0" + path.read_bytes() + b"\0")
    labels = hashlib.sha256((base / "labels.json").read_bytes()).hexdigest()
    return {"labels_sha256": labels, "pages_sha256": pages.hexdigest()}


def evaluate(labels_path: Path = LABELS) -> dict:
    cl = load_checklist(json.loads(labels_path.read_text(encoding="utf-8")).get("checklist"))
    results = run(labels_path, Matcher(cl))
    report = score(
        results, cl.codes, {c: cl.item(c).part_keys for c in PART_ITEMS if c in cl.codes}
    )
    report["checklist"] = cl.version
    report["errors"] = [
        {
            "id": r.id,
            "url": r.url,
            "false_positive": sorted(r.predicted - r.truth - r.ignore),
            "false_negative": sorted(r.truth - r.predicted - r.ignore),
            "hub": r.hub,
            "explain": r.explain,
        }
        for r in results
        if (r.predicted - r.truth - r.ignore) or (r.truth - r.predicted - r.ignore)
    ]
    return report


def check_baseline(report: dict, baseline_path: Path = BASELINE) -> list[str]:
    """Problems that should fail the gate: an F1 under its floor, or changed fixtures."""
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
    problems = []
    for key, floor in baseline["floors"].items():
        got = report["per"].get(key, {}).get("f1")
        if got is None or got < floor:
            problems.append(f"{key}: F1 {got} below floor {floor}")
    for name, digest in fixture_hashes().items():
        if baseline.get(name) != digest:
            problems.append(
                f"{name} changed: re-run with --update after reviewing the fixture change"
            )
    return problems


def update_baseline(
    report: dict, allow_regression: bool, baseline_path: Path = BASELINE
) -> list[str]:
    old = (
        json.loads(baseline_path.read_text(encoding="utf-8"))["floors"]
        if baseline_path.exists()
        else {}
    )
    floors = {k: v["f1"] for k, v in report["per"].items()}
    lowered = [f"{k}: {old[k]} -> {floors.get(k)}" for k in old if floors.get(k, 0) < old[k]]
    if lowered and not allow_regression:
        return lowered
    out = {"checklist": report["checklist"], "floors": floors, **fixture_hashes()}
    baseline_path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return []


def table(report: dict) -> str:
    lines = [
        f"checklist {report['checklist']}, {report['documents']} labelled documents",
        f"{'item':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}",
    ]
    for key, v in report["per"].items():
        lines.append(
            f"{key:<18}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['tp']:>5}{v['fp']:>5}{v['fn']:>5}"
        )
    mi, ma = report["micro"], report["macro"]
    lines.append(
        f"{'micro (items)':<18}{mi['precision']:>7.3f}{mi['recall']:>7.3f}{mi['f1']:>7.3f}{mi['tp']:>5}{mi['fp']:>5}{mi['fn']:>5}"
    )
    lines.append(
        f"{'macro (items)':<18}{ma['precision']:>7.3f}{ma['recall']:>7.3f}{ma['f1']:>7.3f}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument(
        "--errors", action="store_true", help="list false positives/negatives with reasons"
    )
    ap.add_argument("--check", action="store_true", help="fail when below the pinned floors")
    ap.add_argument("--update", action="store_true", help="re-pin floors and fixture hashes")
    ap.add_argument("--allow-regression", action="store_true", help="let --update lower a floor")
    ap.add_argument(
        "--set",
        type=Path,
        default=EVAL_DIR,
        metavar="DIR",
        help="labelled set directory holding labels.json (default tests/eval); floors are pinned for the default only",
    )
    args = ap.parse_args(argv)
    labels_path = args.set.resolve() / "labels.json"
    if labels_path != LABELS.resolve() and (args.check or args.update):
        ap.error("--check/--update apply only to the default set (tests/eval)")
    report = evaluate(labels_path)
    if args.json:
        print(
            json.dumps(
                report if args.errors else {k: v for k, v in report.items() if k != "errors"},
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print(table(report))
        if args.errors:
            for err in report["errors"]:
                print(
                    f"\n{err['id']} {err['url']} FP={err['false_positive']} FN={err['false_negative']} hub={err['hub']}"
                )
                for e in err["explain"]:
                    print(
                        f"   {e['code']}/{e['part']} {'ACCEPT' if e['accepted'] else 'reject'}: {e['reason']} {e['terms']}"
                    )
    if args.update:
        lowered = update_baseline(report, args.allow_regression)
        if lowered:
            print(
                "refusing to lower floors (use --allow-regression): " + "; ".join(lowered),
                file=sys.stderr,
            )
            return 1
        print(f"pinned {BASELINE.relative_to(ROOT)}", file=sys.stderr)
    if args.check:
        problems = check_baseline(report)
        for p in problems:
            print("GATE: " + p, file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
