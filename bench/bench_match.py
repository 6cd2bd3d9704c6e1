"""Throughput of the checklist matcher on realistic pages (no pass/fail).

    python bench/bench_match.py [--mb 4]

Builds DocViews from the evaluation pages (tests/eval), repeats them to about
``--mb`` MB of text, and reports characters per second of Matcher.scan and
Matcher.classify, each as a ratio against baselines run in the same process:
a plain ``str.count`` loop over every term (naive substring search) and
pythainlp ``word_tokenize(engine="newmm")`` on a sample.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")  # some pythainlp helpers otherwise hit the network
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from eval_checklist import LABELS, run  # noqa: E402

from checklist.match import default_matcher, fold  # noqa: E402


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--mb", type=float, default=4.0, help="text volume to scan, in MB of characters"
    )
    args = ap.parse_args()
    matcher = default_matcher()
    docs = [r.doc for r in run(LABELS, matcher)]
    # Realistic page bodies: the eval pages' main content plus their menus and footers.
    texts = [r for r in (d.content for d in docs) if r]
    unit = sum(len(t) for t in texts)
    reps = max(1, int(args.mb * 1_000_000 / unit))
    corpus = texts * reps
    total = sum(len(t) for t in corpus)
    doc_corpus = [d for d in docs] * reps

    t_scan = timed(lambda: [matcher.scan(t) for t in corpus])
    t_classify = timed(lambda: [matcher.classify(d) for d in doc_corpus])
    classify_chars = sum(
        len(d.content) + sum(map(len, d.headings)) + sum(map(len, d.link_texts)) for d in doc_corpus
    )

    terms = sorted({fold(t) for i in matcher.checklist.items for p in i.parts for t in p.terms})
    sample = corpus[: max(1, len(corpus) // 20)]
    sample_chars = sum(len(t) for t in sample)
    t_count = timed(lambda: [sum(fold(t).count(term) for term in terms) for t in sample])

    from pythainlp.tokenize import word_tokenize

    nlp_sample = corpus[: max(1, len(texts))]
    nlp_chars = sum(len(t) for t in nlp_sample)
    word_tokenize("อุ่นเครื่อง", engine="newmm")  # load the dictionary outside the timing
    t_newmm = timed(lambda: [word_tokenize(t, engine="newmm") for t in nlp_sample])

    rate = {
        "Matcher.scan": total / t_scan,
        "Matcher.classify": classify_chars / t_classify,
        f"str.count x {len(terms)} terms": sample_chars / t_count,
        "pythainlp newmm": nlp_chars / t_newmm,
    }
    print(f"{len(docs)} documents x {reps} = {total / 1e6:.1f} M chars")
    base = rate["pythainlp newmm"]
    naive = rate[f"str.count x {len(terms)} terms"]
    for name, r in rate.items():
        print(
            f"{name:<28}{r / 1e6:>8.2f} M chars/s   x{r / base:>7.1f} newmm   x{r / naive:>6.2f} str.count"
        )


if __name__ == "__main__":
    main()
