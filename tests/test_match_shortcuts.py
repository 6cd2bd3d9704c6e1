"""The evaluation's shortcuts give what the plain rules they replace gave (issue 21: CPU per agency).

Each test holds the plain form of a rule (as it was written before it was made cheaper) and checks
the shortcut against it on generated and on real-shaped text: the shortcuts must change no finding.
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from checklist import dates as datelib
from checklist.chrome import docview_from_page, find_chrome
from checklist.extract import extract_page
from checklist.match import (
    NAME_LIKENESS,
    _alike,
    _blank_terms,
    _field_label,
    _fold_normalized,
    _name_cuts,
    _Occ,
    _whole_key,
    default_matcher,
    fold,
)
from checklist.thai import normalize

M = default_matcher()
PAGES = sorted((Path(__file__).parent / "eval" / "pages").rglob("*.html"))
THAI = "กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋็์ๆ"
# Letters, marks, digits, separators and the label/colon characters the rules look at.
CHARS = THAI + "abcITA019๐๙ .:-/|&+,\t"
text = st.text(alphabet=CHARS, max_size=60)


def _page_texts() -> list[str]:
    """The main text of each evaluation page, as the matcher reads it."""
    contents = [
        extract_page(p.read_bytes().decode("utf-8", "replace"), f"http://t.go.th/{p.name}")
        for p in PAGES
    ]
    chrome = find_chrome(contents)
    return [docview_from_page(c, chrome).content for c in contents]


# ---------------------------------------------------------------- blanking a line's terms
def _blank_per_char(folded: str, occs: list[_Occ]) -> str:
    covered = {
        i for o in occs if o.kind != "combo" for i in range(o.start, o.start + len(fold(o.term)))
    }
    return "".join(" " if i in covered else c for i, c in enumerate(folded))


@settings(max_examples=300)
@given(
    text,
    st.lists(
        st.tuples(st.integers(0, 70), st.sampled_from(["ข่าว", "ita", "แผนการจัดซื้อ", "ถาม - ตอบ"])),
        max_size=5,
    ),
    st.sampled_from(["term", "statement", "combo"]),
)
def test_blanking_by_slices_is_blanking_per_character(line, spans, kind):
    occs = [_Occ("5.2", "main", term, start, kind) for start, term in spans]
    assert _blank_terms(line, occs) == _blank_per_char(line, occs)


# ---------------------------------------------------------------- link names alike
@settings(max_examples=300)
@given(text, text)
def test_likeness_bounds_keep_the_ratio_answer(line, name):
    expected = SequenceMatcher(None, line, name).ratio() >= NAME_LIKENESS
    assert _alike(line, name) == expected
    assert _alike(name + line[:2], name) == (
        SequenceMatcher(None, name + line[:2], name).ratio() >= NAME_LIKENESS
    )


# ---------------------------------------------------------------- field labels
_FIELD_LABEL = re.compile(r"\S\s*:\s*$")


@settings(max_examples=300)
@given(st.text(alphabet="ab :\t", max_size=12))
def test_field_label_without_a_regex_search(segment):
    assert _field_label(segment) == bool(_FIELD_LABEL.search(segment))


# ---------------------------------------------------------------- whole segments
_WHOLE_STRIP = re.compile(r"^[\W\d_]+|[\W\d_]+$")


@settings(max_examples=300)
@given(st.text(alphabet="aBก่ 1_.!\n-", max_size=12))
def test_whole_key_strips_the_edges_the_pattern_stripped(segment):
    assert _whole_key(segment) == _WHOLE_STRIP.sub("", segment.lower())


# ---------------------------------------------------------------- label words
def _strip_by_list(token: str) -> str:
    while token:
        for word in M._label_words:
            if word and token.startswith(word):
                token = token[len(word) :].lstrip(".")
                break
        else:
            break
    return token


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(M._label_words), max_size=3), st.sampled_from(["", ".", "x", "ข่าว"])
)
def test_label_words_stripped_as_the_list_strips_them(words, tail):
    token = ".".join(words) + tail
    assert M._strip_labels(token) == _strip_by_list(token)
    assert M._strip_labels("ประจำปีงบประมาณ2569") == _strip_by_list("ประจำปีงบประมาณ2569")


# ---------------------------------------------------------------- dates need a digit
DIGITLESS = [
    "ครึ่งปีแรก",
    "รายงานผลการดำเนินงาน รอบหกเดือน ครึ่งปีหลัง",
    "ไตรมาสที่ สอง ปีงบประมาณ พ.ศ. สองพันห้าร้อยหกสิบเก้า",
    "ตุลาคม - ธันวาคม",
    "ประกาศ ณ วันที่ พฤศจิกายน",
    "ปรับปรุงล่าสุด เมื่อ มกราคม",
    "April May June, Fiscal Year",
    "ต.ค. – มี.ค. ประจำปีงบประมาณ",
]


def test_a_text_without_a_digit_has_no_date():
    # The forms themselves (what find_dates skips for such a text) find nothing there either...
    for line in DIGITLESS:
        assert datelib._find_dates(line, "text") == []
        assert datelib.find_dates(line) == []
    # ...and the same wording with its numbers is read, in Thai digits too.
    assert datelib.find_dates("ครึ่งปีแรก ปีงบประมาณ 2569")[0].kind == "period"
    assert datelib.find_dates("ประกาศ ณ วันที่ ๒๔ พฤศจิกายน ๒๕๖๙")[0].kind == "day"


# ---------------------------------------------------------------- scanning line by line
def _scan_joined(text: str) -> list[tuple[str, list[_Occ], set[str]]]:
    """The scanner as it read a whole text in one pass before lines were scanned one by one."""
    raws = [r for r in (normalize(line) for line in text.split("\n")) if r]
    if not raws:
        return []
    folded_lines = [_fold_normalized(r) for r in raws]
    starts, pos = [], 0
    for line in folded_lines:
        starts.append(pos)
        pos += len(line) + 1
    per_line: dict[int, list] = defaultdict(list)
    line_no = 0
    for m in sorted(M._raw_matches("\n".join(folded_lines))):
        while line_no + 1 < len(starts) and m[0] >= starts[line_no + 1]:
            line_no += 1
        per_line[line_no].append((m[0] - starts[line_no], m[1] - starts[line_no], m[2], m[3]))
    out = []
    for n, raw in enumerate(raws):
        occs, markers = M._segment(per_line.get(n, ()), _name_cuts(folded_lines[n]))
        out.append((raw, occs + M._whole_occs(folded_lines[n]), markers))
    return out


SAMPLES = [
    "ข่าวประชาสัมพันธ์\n\nแผนการจัดซื้อจัดจ้าง ประจำปี 2569\ncapital ITA O12\nสขรส. 1 สขร.1",
    "ถาม - ตอบ\u200b\nข่าว & กิจกรรม\nติดต่อ :\nช่องทางแจ้งเรื่องร้องเรียน / ช่องทางรับฟังความคิดเห็น",
    " \n\t\n" + "รายงานผลการดำเนินงาน " * 30,  # a line longer than the cached ones
]


def test_line_by_line_scan_is_the_one_pass_scan():
    for sample in SAMPLES + _page_texts():
        got = [(raw, list(occs), set(markers)) for raw, occs, markers in M._scan_lines(sample)]
        assert got == _scan_joined(sample)
        again = [(raw, list(occs), set(markers)) for raw, occs, markers in M._scan_lines(sample)]
        assert again == got  # remembered lines read the same the second time


def test_fold_line_by_line_is_fold_of_the_text():
    for sample in [*SAMPLES, "ก" * 400 + "\nข ่าว", *_page_texts()]:
        expected = "\n".join(_fold_normalized(normalize(line)) for line in sample.split("\n"))
        assert fold(sample) == expected
