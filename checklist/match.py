"""Which checklist items a page or document is evidence for.

One Aho-Corasick automaton per checklist holds every term, statement, combo word,
exclusion, hub marker and empty-page marker, keyed by its folded form. Text is
``thai.normalize``d, then folded (:func:`fold`), then scanned once.

Rules of :meth:`Matcher.classify` (why: see domain.md, "What fools a matcher"):

* Text is cut into segments: the title, each heading, each inbound link text,
  each content line, the URL. An ``exclude`` word of a part vetoes that part in
  its segment; a term inside a longer term is dropped (ข่าวจัดซื้อจัดจ้าง is 5.7,
  not news).
* A term counts as a *label* when nothing but label words (ประกาศ, เรื่อง, O11,
  dates, an agency name) stands before it; headings and link texts of at most
  60 characters also count when no mention word (จัดทำ, ประชุม, ร่วม...) precedes
  the term. Content lines must be labels of at most 200 characters: a term in
  the middle of a paragraph describing duties is a passing mention.
* Strong: a label heading or inbound link text (HTML pages need some body under
  it, so a menu-only or "ไม่พบข้อมูล" page is not evidence); a label content
  line; a "nothing to report" statement anywhere; the title of a PDF/document.
* Weak: the HTML ``<title>`` (template leftovers) and the URL. Two content
  mentions plus a weak signal are accepted; weak signals alone never are, except
  the URL of a document with no text and no usable link text.
* A page whose headings, or whose content lines, label four items or more is a
  listing (hub, menu, criteria, a measure quoting 5.1-5.11): those signals are
  dropped and only inbound link texts count.
"""

from __future__ import annotations

import base64
import binascii
import functools
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any
from urllib.parse import unquote, urlsplit

import ahocorasick

from . import dates as datelib
from .chrome import is_document_url
from .definitions import Checklist, load_checklist
from .extract import HUB_ROW_CODE
from .model import DocView, Hit
from .thai import normalize

__all__ = ["REJECTION_TH", "WHERE", "Matcher", "Rejection", "default_matcher", "fold"]

WHERE = ("title", "heading", "content", "link", "url")
# Lines and short texts up to this long are remembered once folded or scanned (menus, footers and list
# rows recur on every page of a site); longer ones, paragraphs of one page, are not kept: memory stays bounded.
LINE_CACHED = 300
LISTING_ITEMS = 4  # a page labelling this many items is a listing, not evidence
LABEL_MAX = 200  # longest content line / heading read as a label
SHORT_LABEL = 60  # headings and link texts this short are labels unless a mention word precedes
MENTIONS_WITH_SUPPORT = 2  # content mentions that, with title or URL support, are accepted
BODY_MIN = 20  # characters of body an HTML page needs under a matching heading
SUPPORT_MIN = 20  # characters beside terms, label words and numbers that make a line content
ARTICLE_MIN = 80  # free characters in one line that make a dated page an article
# Items a page lists as dated entries (news cards, notices): their wording in the content over
# this many lines of their own day is a list of published entries, not a passing mention.
DATED_LIST_ITEMS = frozenset({"5.2"})
# Abbreviation terms that a following consonant turns into another abbreviation ("สขรส." is a
# unit's name): they match only before a dot, a digit, a space or a vowel-less end.
CLOSED_ABBREVIATIONS = frozenset({"สขร"})
_THAI_CONSONANT = re.compile("[\u0e01-\u0e2e]")
DATED_LIST_MIN = 3  # dated lines on the page: a list of entries, not one dated notice
DATED_WINDOW = 6  # lines under the wording its first entry stands in (a card is title, text, date)
DATE_CHARS = 20  # a dated line is content: a template over database rows leaves its dates empty
SINGLE_TOPIC_HEADINGS = 2
FIRST_HEADING_LINES = (
    4  # lines (a breadcrumb, a date) that may stand above the heading that titles a page
)
# A search results page says so near its top; its rows are other pages of every kind.
SEARCH_RESULTS = ("ผลการค้นหา", "ผลลัพธ์การค้นหา", "search results", "search result")
SEARCH_LINES = 40
BODY_WINDOW = 15  # lines under a label line searched for the part's body words
BODY_REASON = "the text under it is not of this item (copied template)"
_PAGE = "\x00page"  # the section of lines above the page's first heading
DUTY_ITEM = "5.1"  # the item whose part (authority) a duty description is
DUTY_LINES = 2  # lines with a duty marker that make a page a duty description (one is a FAQ answer)
FORM_ITEMS = frozenset({"5.10", "5.11"})  # items a message form on the page is itself (a channel)
# A message form (<textarea>) on a page of the first part (by its URL) is evidence for the second: a contact page
# with a form to write to the agency is a channel for opinions (5.10), whatever its words.
FORM_CHANNELS = {("5.1", "contact"): ("5.10", "main")}
FORM_TERM = "<textarea>"
OPINION_PART = ("5.10", "main")
# ...unless the form is a job application (a résumé box is no channel for opinions).
FORM_NOT_CHANNEL = ("สมัครงาน", "ใบสมัคร", "ตำแหน่งที่สมัคร", "application", "resume", "curriculum vitae")
# A message form whose own words invite questions or opinions ("หากมีคำถาม คำติชม … กรุณากรอกแบบฟอร์ม",
# "แบบฟอร์มติดต่อสอบถาม", "ร่วมแสดงความคิดเห็น") is a channel for them (5.10) wherever it stands: an FAQ page's
# question form, a poll. A bare contact form ("แบบฟอร์มติดต่อ") counts too, unless the page is about complaints.
_ASKS = r"(?:คำถาม|สอบถาม|ติชม|ความคิดเห็น)"
_FORM_WORDS = r"(?:แบบฟอร์ม|กรอก|ส่งข้อความ)"
OPINION_FORM = re.compile(
    rf"{_FORM_WORDS}[^\n]*{_ASKS}|{_ASKS}[^\n]*{_FORM_WORDS}|ร่วมแสดงความคิดเห็น"
)
CONTACT_FORM = re.compile(r"(?m)^\s*(?:แบบฟอร์มติดต่อ|ส่งข้อความถึงเรา)")
LIST_ROWS = 3  # label-like lines of one item that make a list of its documents
# What a part's content looks like, whatever words the page uses: at a URL of the part, content
# of this shape is the part (a contact page that never says "ติดต่อ" but gives a phone, an e-mail or a postcode).
_PHONE = re.compile(r"(?<![\d/])0[\s\-]?\d(?:[\s\-]?\d){7,8}(?![\d/])")
_ADDRESS = re.compile(r"[\w.\-]+@[\w\-]+\.[\w.]+|(?<!\d)[1-9]\d{4}(?!\d)")
# A line that names a complaint and gives the number to call is that channel, however it is worded
# ("บริการสายด่วน 1567 เพื่อรับเรื่องราวร้องเรียน/ร้องทุกข์ ได้ตลอดเวลา").
_HOTLINE = re.compile(r"สายด่วน\s*\d{4,5}(?!\d)|(?<!\d)1\d{3}(?!\d).{0,12}สายด่วน")
CHANNEL_SHAPES = {("5.11", "main"): lambda line: bool(_HOTLINE.search(line) or _PHONE.search(line))}
# A breadcrumb ("หน้าหลัก / ข่าวสารกิจกรรม / ข่าวรับสมัครงาน"): the crumbs before the last one are the
# sections above this page, not what it is.
_BREADCRUMB = re.compile(r"(?i)^\s*(?:หน้าหลัก|หน้าแรก|home)\s*[/>»›|]")
_CRUMB_SEP = re.compile(r"\s[/>»›|]\s|[»›]")


def _parent_crumb(raw: str, occ: _Occ) -> bool:
    """True when ``occ`` stands in a breadcrumb's parent crumb, not in its last one."""
    if not _BREADCRUMB.match(raw):
        return False
    seps = [m.start() for m in _CRUMB_SEP.finditer(raw)] + [_BREADCRUMB.match(raw).end() - 1]
    return _raw_offset(raw, occ.start) < max(seps)


# A quick-links box ("ลิงก์ด่วน" over "> กิจกรรม", "> ติดต่อเรา"): the lines under its title are the
# site's menu, not this page's content.
_QUICK_LINKS = re.compile(
    r"(?i)^(?:(?:ลิ้ง|ลิงก์|ลิงค์|ลิ้งค์|ลิ้งก์|ลิงค)\s*ด่วน|เมนูลัด|quick\s*links?|useful\s*links?)$"
)
# A home page's cards point to plans, reports and manuals ("แผนปฏิบัติราชการ ประจำปี 2569" over a
# button): the home page is never that document, its link is followed to it.
HOME_CARD_ITEMS = frozenset({"5.4", "5.5", "5.6", "5.8", "5.9"})
_HOME_PATH = re.compile(r"(?i)^/?(?:(?:index|home|default|main)\.(?:php|html?|aspx?|jsp))?$")


def _tag_lines(lines: Sequence[str]) -> set[int]:
    """Numbers of the lines that are tags (up to TAG_LINES after a "แท็ก" line)."""
    out: set[int] = set()
    for number, raw in enumerate(lines):
        if _TAG_MARK.match(raw.strip()):
            out.update(range(number + 1, min(number + 1 + TAG_LINES, len(lines))))
    return out


def _is_home(url: str) -> bool:
    return bool(url) and not urlsplit(url).query and bool(_HOME_PATH.match(urlsplit(url).path))


# A post's read counter ("ยอดการเปิดอ่าน 12,485 ครั้ง"): a published article shows it where a template
# would show a date, so an undated post with its own paragraph is still an article.
_READ_COUNTER = re.compile(r"(?:เปิดอ่าน|ผู้อ่าน|จำนวนผู้เข้าชม|การเข้าชม)\s*:?\s*\d[\d,]*\s*ครั้ง")


def _dated_flags(lines: Sequence[_Line]) -> list[bool]:
    """Per line: it carries a day of its own (not a cited one), as an entry of a list does."""
    for line in lines:
        if line.dated is None:
            line.dated = any(d.kind == "day" for d in datelib.find_dates(line.raw))
    return [bool(line.dated) for line in lines]


def _dated_after(lines: Sequence[tuple[str, list, set]], dated: Sequence[bool]) -> dict[str, int]:
    """Per item: the most dated lines within DATED_WINDOW lines after a line naming it: the
    entries that wording stands over (a news box's dated cards)."""
    found: dict[str, int] = {}
    for number, (_, occs, _) in enumerate(lines):
        count = sum(dated[number + 1 : number + 1 + DATED_WINDOW])
        for occ in occs:
            found[occ.code] = max(found.get(occ.code, 0), count)
    return found


def _read_counter(text: str) -> bool:
    return bool(_READ_COUNTER.search(text))


# Words of a box of other pages' rows (latest, related, more): such a box's title is no label of this page.
# A tag list under a detail page ("แท็ก" then "ข่าวกิจกรรม") names what the item is filed under; on a page
# whose URL names another kind of content (an e-book, a job post) the tag is no label of what the page is.
# Elsewhere it stays one: a news detail page often says "ข่าว" only in its tags.
_TAG_MARK = re.compile(r"(?i)^(?:แท็ก|แท็ก\s*:|tags?\s*:?|ป้ายกำกับ\s*:?)$")
TAG_LINES = 3  # lines after the mark that are its tags
_OTHER_KIND_URL = re.compile(r"(?i)(?<![a-z])(?:e-?books?|career|careers|jobs?|recruit)(?![a-z])")
_WIDGET_TITLE = re.compile(r"(?i)ล่าสุด|ที่เกี่ยวข้อง|อื่น\s*ๆ|\b(?:latest|related|recent|more)\b")
# An organisation chart drawn as boxes of units ("สำนัก…", "กอง…", "กลุ่ม…") with no title of its own.
_UNIT_LINE = re.compile(
    r"^(?:\d+\.\s*)?(?:สำนัก|กอง|กลุ่ม|ศูนย์|ฝ่าย|งาน|สถาบัน|ส่วน|แผนก|หน่วย|ราชการบริหารส่วน)"
)
# Distinct units a page at a URL of the structure part lists to be its chart in text (a school's
# four administration groups with their heads is one; the lines repeat in a drawn chart's boxes).
CHART_UNITS = 4
UNIT_LINE_MAX = 80


def unit_chart(text: str) -> bool:
    lines = {line.strip() for line in _fold_page(text).split("\n")}
    return (
        sum(1 for line in lines if len(line) < UNIT_LINE_MAX and _UNIT_LINE.match(line))
        >= CHART_UNITS
    )


PART_SHAPES = {
    ("5.1", "contact"): lambda text: bool(_PHONE.search(text) or _ADDRESS.search(text)),
    ("5.1", "structure"): unit_chart,
}
# What a page must show to be evidence of the part at all, whatever names it: a contact title
# over a message form only, or over a person's empty fields, gives no way to reach the agency.
CONTACT = ("5.1", "contact")
PART_DATA = {("5.1", "contact"): lambda text: bool(_PHONE.search(text) or _ADDRESS.search(text))}
NO_PART_DATA = "no contact data (phone, e-mail, address, map) on the page"


# The agency's own contact block (an address with a phone or an e-mail), shown in the footer of every page, is
# contact information a person finds on the HOME page (lead's label policy); on other pages it is chrome.
_POSTCODE = re.compile(r"(?<!\d)[1-9]\d{4}(?!\d)")
_ADDRESS_WORDS = re.compile(
    r"เลขที่|หมู่|ม\.\s?\d|ถนน|ถ\.|ซอย|ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|จังหวัด|จ\.|กรุงเทพ"
)
_MAIL = re.compile(r"[\w.\-]+@[\w\-]+\.[\w.]+")
# A page about another item (a No Gift policy, an integrity statement) that closes with "report it through
# the complaint channel" and a button points to the channel; it is the channel only when it gives one:
# a phone, an e-mail, a hotline or a form of its own.
POINTED_CHANNELS = frozenset({("5.11", "main")})
_CHANNEL_DATA = re.compile(rf"{_PHONE.pattern}|{_MAIL.pattern}|{_HOTLINE.pattern}")
POINTER = (
    "names the channel on a page about another item, without giving it (no phone, e-mail or form)"
)
CONTACT_BLOCK_SPAN = 8  # consecutive text blocks an address and its phone/e-mail sit within
CONTACT_ADDRESS_WORDS = 2  # address words that make a line an address when it has no postcode
HOME_CONTACT_TERM = "ที่อยู่และโทรศัพท์ของหน่วยงาน (หน้าแรก)"


# ...or a contact title of its own ("ติดต่อเรา") over the numbers, where the footer gives no address.
_CONTACT_TITLE = re.compile(
    r"^(?:ติดต่อ(?:เรา|หน่วยงาน|สอบถาม)?|ช่องทางการติดต่อ|contact(?: us)?)\s*:?$", re.IGNORECASE
)


def _address_line(text: str) -> bool:
    return (
        bool(_POSTCODE.search(text))
        or len(_ADDRESS_WORDS.findall(text)) >= CONTACT_ADDRESS_WORDS
        or bool(_CONTACT_TITLE.match(text.strip()))
    )


def contact_block(texts: Sequence[str]) -> bool:
    """An address (or a contact title) with a phone number or an e-mail within a few blocks of it (any region)."""
    for i, text in enumerate(texts):
        if not _address_line(text):
            continue
        near = " ".join(texts[max(0, i - CONTACT_BLOCK_SPAN) : i + CONTACT_BLOCK_SPAN + 1])
        if _PHONE.search(near) or _MAIL.search(near):
            return True
    return False


# A contact title over a named person ("ติดต่อ" / "คุณสมศรี … หัวหน้าฝ่ายบุคคล" / phone), or under a person's
# card (a CIO page: name, post, "ข้อมูลการติดต่อ"), gives that person's phone: not the agency's contact information.
_CONTACT_TITLE_LINE = re.compile(r"^(?:ข้อมูล|ช่องทาง)?(?:การ)?ติดต่อ(?:เรา|สอบถาม)?\s*:?$")
_NAMED = re.compile(
    r"^(?!นายก)(?:คุณ|นาย|นางสาว|นาง|น\.ส\.|ดร\.|นพ\.|พญ\.|นายแพทย์|แพทย์หญิง|ว่าที่)\S*\s+\S"
)
PERSON_BEFORE, PERSON_AFTER = 2, 1  # lines around the contact title a person's name sits on
NAMED_OTHERWISE = "a file its links name as something else (inner sections, file name)"
_FILE_NAME = re.compile(r"(?i)\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|jpe?g|png|zip|rar)$")
NAME_CHARS = (
    12  # characters of a link text beyond terms, label words and numbers: a name of its own
)
PERSONS_CONTACT = (
    "the contact details of a named person (a CIO, a job's recruiter), not of the agency"
)


def persons_contact(text: str) -> bool:
    """Every contact title of the page has a person's name just above or below it."""
    lines = [
        line.strip() for line in text.split("\n") if line.strip()
    ]  # raw: fold() drops the name's space
    titles = [i for i, line in enumerate(lines) if _CONTACT_TITLE_LINE.match(fold(line))]
    return bool(titles) and all(
        any(
            _NAMED.match(line)
            for line in lines[max(0, i - PERSON_BEFORE) : i] + lines[i + 1 : i + 1 + PERSON_AFTER]
        )
        for i in titles
    )


# An executive's card, whatever the page calls it: a person's name (a title before it) on one line
# and, on the line before or after, the post of the agency's head ("นายสมชาย ใจดี" / "ผู้อำนวยการโรงเรียน…").
# Deputies alone ("รองอธิบดี") do not make it: a CIO or spokesperson page names one deputy.
_PERSON = re.compile(
    r"^(?:นาย|นางสาว|นาง|น\.ส\.|ดร\.|นพ\.|พญ\.|นายแพทย์|แพทย์หญิง|ว่าที่|พัน|ร้อย|จ่า|พล|ผศ\.|รศ\.|ศ\.)"
    r"\S*\s+\S+(?:\s+\S+)?(?:\s+[\w.\-]+@[\w.\-]+|\s+[\d\-]{9,})*$"
)
# A board member by office ("ปลัดกระทรวง… กรรมการโดยตำแหน่ง") sits on a board; the board is not the executives.
# The head of a unit inside the agency ("หัวหน้าแผนกวิชา…", "ผู้อำนวยการกองคลัง") heads a staff list, not the agency.
_UNIT_HEAD = r"(?!\s*(?:แผนก|สาขา|หมวด|ทีม))"
# Heads by the agency's kind: a district health office's "สาธารณสุขอำเภอ", a province's governor, a
# district's "นายอำเภอ", a police station's "ผู้กำกับการ", a university's "อธิการบดี".
# A card may label the post ("ตำแหน่ง: ผู้อำนวยการโรงเรียน", also typed "ตำเเหน่ง" or "ตำหน่ง").
_POST_LABEL = r"(?:ต(?:ำ|ํา)(?:แ|เเ)?หน่ง\s*:?\s*)?"
_HEAD_POST = re.compile(
    rf"^{_POST_LABEL}(?:ผู้อำนวยการ{_UNIT_HEAD}|ผู้ว่าการ|ผู้ว่าราชการ|อธิบดี|อธิการบดี|นายก|นายอำเภอ|ปลัด|ผู้บัญชาการ|ผู้กำกับการ|"
    rf"เลขาธิการ|สาธารณสุขอำเภอ|สาธารณสุขจังหวัด|นายแพทย์สาธารณสุขจังหวัด|หัวหน้า{_UNIT_HEAD}|ผู้บริหาร)(?!.*กรรมการ)"
)
EXECUTIVES = ("5.1", "executives")
# A directory row puts the person's civil-service rank between the name and the post
# ("นาย… | นักวิชาการสาธารณสุขชำนาญการ | สาธารณสุขอำเภอ"); any other line between them parts them.
_RANK = re.compile(
    r"(?:ปฏิบัติการ|ชำนาญการ|ชำนาญการพิเศษ|เชี่ยวชาญ|ทรงคุณวุฒิ|ปฏิบัติงาน|ชำนาญงาน|อาวุโส|ทักษะพิเศษ)\s*$"
)


def executive_card(text: str) -> bool:
    """True when ``text`` has a person's name beside the post of the agency's head (next to it, or
    after the person's rank)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for i, line in enumerate(lines):
        if not _PERSON.match(line):
            continue
        if i and _HEAD_POST.match(lines[i - 1]):
            return True
        after = lines[i + 1 : i + 3]
        if after and (
            _HEAD_POST.match(after[0])
            or (len(after) == 2 and _RANK.search(after[0]) and _HEAD_POST.match(after[1]))
        ):
            return True
    return False


# A sentence that opens the list of the agency's duties: "…มีหน้าที่และอำนาจดังต่อไปนี้", "…มีอำนาจหน้าที่ ดังนี้",
# and the regulation's wording quoted by the agency: "กฎกระทรวง… ได้กำหนดบทบาทหน้าที่ของสำนักงาน…ไว้ดังนี้".
_DUTY_LIST = re.compile(
    r"(?:มี(?:อำนาจ)?|กำหนด\S{0,8}?)\s*หน้าที่(?:\s*และ\s*อำนาจ)?(?:ของ[^\n]{0,80}?)?"
    r"\s*(?:ไว้\s*)?ดัง(?:ต่อไป)?นี้\s*:?\s*$"
)
DUTY_LIST_ROWS = 2  # lines of the list under that sentence
# Numbered duties run together in one paragraph: "1.จัดทำ… 2.ดำเนินการ… 3.กำกับ…".
_NUMBERED = re.compile(r"(?:^|(?<=\s))\d{1,2}\s*[.)]\s*(?=\D)")


def duty_list(text: str) -> bool:
    """True when ``text`` states the duties as a list ("X มีหน้าที่ดังนี้" over at least two lines,
    or over one paragraph of at least two numbered duties)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return any(
        _DUTY_LIST.search(line)
        and (
            len(lines) - i - 1 >= DUTY_LIST_ROWS
            or (i + 1 < len(lines) and len(_NUMBERED.findall(lines[i + 1])) >= DUTY_LIST_ROWS)
        )
        for i, line in enumerate(lines)
    )


# The founding text's duties: "…เรื่อง การจัดตั้งศูนย์… เพื่อทำหน้าที่ในการรับเรื่อง…" (not a working group
# set up for a task: "จัดตั้งคณะทำงาน… ทำหน้าที่").
_FOUNDING_DUTIES = re.compile(r"จัดตั้ง(?!\s*คณะ).{0,120}?ทำหน้าที่")


def founding_duties(text: str) -> bool:
    return any(_FOUNDING_DUTIES.search(line) for line in text.split("\n"))


def states_duties(text: str) -> bool:
    """The agency's duties stated: a list under "มีหน้าที่ดังนี้", or the founding text's duties."""
    text = _fold_page(text)  # "ทําหน้าที่" written with a separate nikhahit, spaces inside Thai words
    return duty_list(text) or founding_duties(text)


# What a part's content looks like anywhere on a page (not only at a URL of the part).
# The colon may be left out before the value: "ตั้งอยู่ เลขที่ 345 หมู่ 2 …", "โทรศัพท์ 0-5317-4551".
_ADDRESS_FIELD = re.compile(
    r"^\s*(?:ที่อยู่|ที่ตั้ง|ตั้งอยู่)(?:สำนักงาน|หน่วยงาน|โรงเรียน)?\s*(?::|(?=(?:เลขที่\s*)?\d))"
)
_REACH_FIELD = re.compile(
    r"^\s*(?:โทรศัพท์|โทร\.?|โทรสาร|อีเมล|อีเมล์|e-?mail)\s*(?::|(?=0|[\w.\-]+@))", re.I
)
FIELD_SPAN = 3  # lines between an address field and a phone or e-mail field of the same block


def contact_fields(text: str) -> bool:
    """An "ที่อยู่ : …" field with a postcode and a "โทรศัพท์ : …" or "อีเมล : …" field with a value
    next to it: the agency's contact details set out in a page's body (an about page's data sheet)."""
    lines = [line for line in text.split("\n") if line.strip()]
    for i, line in enumerate(lines):
        if _ADDRESS_FIELD.match(line) and _POSTCODE.search(line):
            near = lines[i + 1 : i + 1 + FIELD_SPAN]
            if any(_REACH_FIELD.match(n) and (_PHONE.search(n) or _MAIL.search(n)) for n in near):
                return True
    return False


# "สามารถติดต่อสอบถามได้ที่" (also typed "ติต่อ…ใด้ที่") over the agency's postal address: a contact page
# that gives no phone. The address must be whole (a postcode and village/district words), not a venue in a story.
_CONTACT_INVITE = re.compile(r"^(?:สามารถ)?ติด?ต่อ(?:สอบถาม)?(?:ได้|ใด้)?(?:ที่)?\s*:?$")
INVITE_SPAN = 2  # lines under the invitation the address sits on
INVITE_ADDRESS_WORDS = 3


def contact_invitation(text: str) -> bool:
    lines = [fold(line.strip()) for line in text.split("\n") if line.strip()]
    return any(
        _CONTACT_INVITE.match(line)
        and any(
            _POSTCODE.search(n) and len(_ADDRESS_WORDS.findall(n)) >= INVITE_ADDRESS_WORDS
            for n in lines[i + 1 : i + 1 + INVITE_SPAN]
        )
        for i, line in enumerate(lines)
    )


def agency_contact(text: str) -> bool:
    return contact_fields(text) or contact_invitation(text)


# A Thai official letter published as a page ("ที่ ศธ …", its day, "เรื่อง ขอเชิญประชุม", "เรียน …",
# "ขอแสดงความนับถือ"): a school posts its meeting invitations and notices so, as its news item.
_LETTER_LINES = (
    re.compile(r"^เรื่อง\s*\S"),
    re.compile(r"^เรียน\s*\S"),
    re.compile(r"^ขอแสดงความนับถือ"),
)


def official_letter(text: str) -> bool:
    lines = [line.strip() for line in text.split("\n")]
    return all(any(p.match(line) for line in lines) for p in _LETTER_LINES) and any(
        d.kind == "day" for d in datelib.find_dates(text)
    )


CONTENT_SHAPES = {
    EXECUTIVES: executive_card,
    ("5.2", "main"): official_letter,
    ("5.1", "authority"): states_duties,
    ("5.1", "contact"): agency_contact,
}

# The annual plan's table (5.4: แผนงาน/โครงการ, งบประมาณ): a header row with a project column and a budget
# column over rows of amounts, under a heading that calls it a plan ("แผนงานโครงการ"). A report of spending
# (5.5: เบิกจ่าย, ร้อยละ, คงเหลือ) has columns of results as well.
_PROJECT_COLUMN = re.compile(r"^(?:ชื่อ)?(?:แผนงาน\s*/?\s*)?โครงการ(?:\s*/?\s*กิจกรรม)?$")
_BUDGET_COLUMN = re.compile(r"^(?:งบ|จำนวนเงิน|วงเงิน)")
_RESULT_COLUMN = re.compile(r"เบิกจ่าย|ผลการ|ร้อยละ|คงเหลือ|ความก้าวหน้า|ผลผลิต|ผลลัพธ์")
_AMOUNT = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_PLAN_HEADING = re.compile(r"^แผน")
PLAN_HEADER_SPAN = 5  # header cells after the project column searched for the budget column
PLAN_AMOUNTS = 3


def project_budget_table(text: str) -> bool:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines or not _PLAN_HEADING.match(lines[0]):
        return False
    for i, line in enumerate(lines):
        if not _PROJECT_COLUMN.match(line):
            continue
        header = lines[i + 1 : i + 1 + PLAN_HEADER_SPAN]
        if any(_BUDGET_COLUMN.match(h) for h in header) and not any(
            _RESULT_COLUMN.search(h) for h in header
        ):
            return sum(1 for rest in lines[i + 1 :] if _AMOUNT.match(rest)) >= PLAN_AMOUNTS
    return False


CONTENT_SHAPES[("5.4", "main")] = project_budget_table

_THAI = "\u0e01-\u0e5b"
_SEP_BETWEEN_THAI = re.compile(rf"(?<=[{_THAI}])[ \t\-\u2010-\u2015]+(?=[{_THAI}])")
_SPELLING = (
    ("ฏ", "ฎ"),
    ("ศุนย์", "ศูนย์"),
    ("าา", "า"),
    ("ํา", "ำ"),
    ("มาตราการ", "มาตรการ"),
    ("ภาระกิจ", "ภารกิจ"),
)
_TOKEN_SPLIT = re.compile(r"[\s()\[\]{}:;,|/\\\-\u2010-\u2015•·*>\"'“”‘’_#=+!?]+")
_NUMERIC = re.compile(r"[\d.]*")
_OCODE = re.compile(r"(?:o|moit|oit|eb|ita|ข้อ|no|ตัวชี้วัด(?:ย่อย)?(?:ที่)?)\.?\d+[\d.]*")
# The row codes of ITA/OIT hubs under every numbering scheme: o1-o37, MOIT1-22, EB1-24,
# "OIT 5", "ตัวชี้วัดย่อยที่ 9.1", and bare criterion numbers on a line of their own ("9.1", "4.1.2").
_OCODE_START = re.compile(
    rf"^\s*(?:{HUB_ROW_CODE}|ตัวชี้วัด(?:ย่อย)?(?:ที่)?\s*\d|\d{{1,2}}\.\d{{1,2}}(?:\.\d{{1,2}})?\s*$)",
    re.I,
)
CRITERIA_ROWS = 3  # numbered criterion rows that, with a linked document naming an item, make a hub
_YEAR = re.compile(r"\b25[5-7]\d\b")
_TEMPLATE_CODE = re.compile(
    r"@(?:php|endphp|foreach|endforeach|forelse|endforelse|if|endif|else|extends|section|endsection|"
    r"include|yield|csrf)\b|\{\{|\}\}|\{!!|<\?|\?>|\$[A-Za-z_]\w*\s*(?:->|\[)"
)
# A designer's filler text: the template's words, never the agency's.
# A page builder's sample copy is filler too ("Mobirise Page Maker is a free and simple website builder").
_FILLER = re.compile(
    r"(?i)\blorem ipsum\b|\bdummy text\b|ข้อความตัวอย่าง|\bmobirise\b|\bnicepage\b|\bwebsite builder\b"
)
# ...and a chart template's unfilled boxes ("ชื่อฝ่าย", "ชื่อแผนก", "ชื่อตำแหน่ง"): a field name over no value.
_FILLER_BOX = re.compile(
    r"^\s*ชื่อ\s*(?:ตำแหน่ง|แผนก|ฝ่าย|กอง|กลุ่มงาน|กลุ่ม|หน่วยงาน|ส่วน|งาน|บุคคล|-\s*สกุล|สกุล)\s*$"
)
# The site's cookie consent notice ("เราใช้คุกกี้เพื่อ…", "This website uses cookies") is the site's, on every page:
# never the body under a page's heading.
_COOKIE_NOTICE = re.compile(
    r"(?i)(?:ใช้|การใช้)\s*คุกกี้|\buses? cookies\b|\bcookie (?:policy|settings|consent)\b"
)
# A line of hashtags ("#COVID19 #สงกรานต์") is a post's tags, not its text.
_TAGS_LINE = re.compile(r"^\s*(?:#\S+\s*)+$")
# A page builder's caption left as it came under an image ("Image Description"): the image stands alone.
_BUILDER_CAPTION = re.compile(r"(?i)^(?:image|photo|picture)\s+(?:description|caption|title|text)$")
_B64 = re.compile(r"^[A-Za-z0-9+/]{4,}={0,2}$")


FILLER_BOX_SHARE = (
    0.5  # share of a page's lines that are unfilled boxes: a chart template, not a chart
)
FILLER_BOX_MIN = 6


PROSE_MIN = 40  # characters of a line that is prose (a sentence), not a label or a value
FILLER_PROSE = (
    2  # prose lines of filler that, being half the page's prose, make it a builder's demo
)


def _unfilled_template(lines: Sequence[_Line]) -> bool:
    boxes = sum(1 for line in lines if _FILLER_BOX.match(line.raw))
    if boxes >= FILLER_BOX_MIN and boxes >= FILLER_BOX_SHARE * len(lines):
        return True
    # A demo page of a page builder or theme: its sentences are the sample copy ("Our News" over
    # three posts of "Lorem ipsum…"), whatever its headings call them.
    prose = [line for line in lines if len(line.raw) >= PROSE_MIN and not _cookie_notice(line)]
    filler = sum(1 for line in prose if _filler(line))
    # ...or a page whose every sentence is filler (a heading over one paragraph of "Lorem ipsum").
    return (filler >= FILLER_PROSE and 2 * filler >= len(prose)) or (
        filler > 0 and filler == len(prose)
    )


def _template_left(raw: str, filler: bool, cookie: bool) -> bool:
    """Template source (Blade, PHP) or filler text left in the page: a line without its data."""
    return (
        filler
        or cookie
        or bool(_TEMPLATE_CODE.search(raw) or _FILLER_BOX.match(raw) or _TAGS_LINE.match(raw))
    )


def _filler(line: _Line) -> bool:
    if line.filler is None:
        line.filler = bool(_FILLER.search(line.raw))
    return line.filler


def _cookie_notice(line: _Line) -> bool:
    if line.cookie is None:
        line.cookie = bool(_COOKIE_NOTICE.search(line.raw))
    return line.cookie


def _filler_beside_nothing(lines: Sequence[_Line], repeated: str) -> bool:
    """A page with no sentence of its own whose template copy, repeated on the site's other pages,
    is filler ("Lorem ipsum…" under every heading): the same unfilled template, its image and file
    the template's too."""
    if any(len(line.raw) >= PROSE_MIN for line in lines):
        return False
    return any(_FILLER.search(raw) for raw in repeated.split("\n"))


# A table's header row ("ลำดับ | สถานบริการ | ผู้บริหาร | หมายเลขโทรศัพท์") names its columns: a column called
# "ผู้บริหาร" in a directory of other units is a field of each row, not a title of the page.
_ROW_NUMBER_CELL = re.compile(r"^(?:ลำดับ(?:ที่)?|ที่|no\.?)$", re.IGNORECASE)
HEADER_ROW_CELLS = 5  # cells after the row-number cell that are column names
COLUMN_NAME_MAX = 30


def _column_names(lines: Sequence[str]) -> set[int]:
    """Numbers of the lines that are column names of a table header row opened by a row-number cell."""
    out: set[int] = set()
    for i, raw in enumerate(lines):
        if not _ROW_NUMBER_CELL.match(raw.strip()):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + HEADER_ROW_CELLS)):
            if len(lines[j]) > COLUMN_NAME_MAX:
                break
            out.add(j)
    return out


def _body_repeated_here(words: Sequence[str], s: _Signals, info: dict) -> bool:
    """The part's body words in the page's other headings (a name set as a heading under the post),
    or, at a URL of the part, in what the site repeats on other pages (a school's executive cards
    copied onto every staff page)."""
    others = [h for h in info["section"] if h not in s.heading_texts and h != _PAGE]
    if any(w in fold(h).lower() for h in others for w in words):
        return True
    return s.url and any(w in fold(info["repeated"]).lower() for w in words)


_NAME_CUT = re.compile(r"\s+/\s+")


def _name_cuts(folded: str) -> list[int]:
    """Offsets of " / " that separate two names in one line."""
    return [m.start() for m in _NAME_CUT.finditer(folded)]


def _channel_line(raw: str, occ: _Occ) -> bool:
    """A short line that has the shape of the part's channel (CHANNEL_SHAPES)."""
    shape = CHANNEL_SHAPES.get((occ.code, occ.part))
    return bool(shape) and len(raw) <= LABEL_MAX and shape(raw)


def fold(text: str) -> str:
    """Normalise, then merge the variants real pages write for one word.

    Spaces and dashes between Thai letters go (``ข่าว ประชาสัมพันธ์``, ``ถาม - ตอบ``),
    common misspellings are mapped to one form (กฏ/กฎ, ศุนย์/ศูนย์, doubled า).
    Line breaks survive, so a folded text keeps its lines.
    """
    return "\n".join(map(_fold_line, text.split("\n")))


def _fold_line(line: str) -> str:
    return _line_forms(line)[1]


def _line_forms(line: str) -> tuple[str, str]:
    """(normalised, folded) ``line``. Short lines (link texts, headings, menu and list rows) recur on
    every page of a site, and one page's lines are read by several rules: each is worked out once.
    Only the last few long lines (a page's paragraphs) are kept, so memory stays bounded."""
    return _forms_short(line) if len(line) <= LINE_CACHED else _forms_long(line)


def _forms(line: str) -> tuple[str, str]:
    raw = normalize(line)
    return raw, _fold_normalized(raw)


_forms_short = functools.lru_cache(maxsize=16384)(_forms)
_forms_long = functools.lru_cache(maxsize=256)(_forms)


# A page's text is folded by several rules while one page is classified (duties, forms, shapes): once.
_fold_page = functools.lru_cache(maxsize=4)(fold)


def _fold_normalized(line: str) -> str:
    for wrong, right in _SPELLING:
        if wrong in line:
            line = line.replace(wrong, right)
    return _SEP_BETWEEN_THAI.sub("", line)


def _fold_map(raw: str) -> tuple[str, list[int]]:
    """``fold`` of an already-normalised line, with the raw offset of each folded char."""
    chars: list[str] = []
    index: list[int] = []
    i = 0
    while i < len(raw):
        for wrong, right in _SPELLING:
            if raw.startswith(wrong, i):
                chars.extend(right)
                # A same-length respelling maps letter for letter (ศุนย์ -> ศูนย์).
                index.extend(
                    range(i, i + len(right)) if len(wrong) == len(right) else [i] * len(right)
                )
                i += len(wrong)
                break
        else:
            chars.append(raw[i])
            index.append(i)
            i += 1
    text = "".join(chars)
    keep = [True] * len(text)
    for m in _SEP_BETWEEN_THAI.finditer(text):
        for j in range(m.start(), m.end()):
            keep[j] = False
    return (
        "".join(c for c, k in zip(text, keep, strict=True) if k),
        [ix for ix, k in zip(index, keep, strict=True) if k],
    )


def _raw_offset(raw: str, pos: int) -> int:
    """Offset in the normalised line ``raw`` of position ``pos`` of its folded form."""
    spelled = raw
    for wrong, right in _SPELLING:
        if wrong in spelled:
            spelled = spelled.replace(wrong, right)
    if len(spelled) != len(raw):  # a length-changing respelling: take the slow exact path
        index = _fold_map(raw)[1]
        return index[pos] if pos < len(index) else len(raw)
    removed = 0
    for m in _SEP_BETWEEN_THAI.finditer(spelled):
        if m.start() - removed > pos:
            break
        removed += m.end() - m.start()
    return pos + removed


@functools.lru_cache(maxsize=4096)  # checklist terms: a bounded set
def _term_length(term: str) -> int:
    return len(fold(term))


def _blank_terms(folded: str, occs: Sequence[_Occ]) -> str:
    """``folded`` with the characters of its term occurrences (not combos) turned into spaces.
    Sliced span by span: a line is blanked in a few copies, not character by character."""
    spans = sorted((o.start, o.start + _term_length(o.term)) for o in occs if o.kind != "combo")
    if not spans:
        return folded
    out: list[str] = []
    pos, size = 0, len(folded)
    for start, end in spans:
        start, end = max(start, pos), min(end, size)
        if start < end:
            out += (folded[pos:start], " " * (end - start))
            pos = end
    out.append(folded[pos:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str  # term | statement | word (combo) | exclude | hub | empty
    code: str = ""
    part: str = ""
    text: str = ""  # as written in the checklist


@dataclass(frozen=True, slots=True)
class _Occ:
    """One term occurrence in one segment, after exclusions."""

    code: str
    part: str
    term: str
    start: int
    kind: str  # term | statement | combo


@dataclass(slots=True, eq=False)
class _Line:
    """One scanned line: its normalised text, occurrences and markers (unpacks as that triple),
    and what the rules work out from it alone, kept once worked out (the line is remembered)."""

    raw: str
    occs: tuple[_Occ, ...]
    markers: frozenset[str]
    folded: str  # _fold_normalized(raw)
    free: int | None = None  # Matcher._free_chars
    rest: str | None = None  # Matcher._rest
    dated: bool | None = None  # carries a day of its own (_dated_flags)
    filler: bool | None = None  # a designer's filler text (_FILLER)
    cookie: bool | None = None  # the site's cookie notice (_COOKIE_NOTICE)

    def __iter__(self) -> Iterator[Any]:
        return iter((self.raw, self.occs, self.markers))


# Scanned lines, segments and URLs remembered: a site has a few thousand distinct ones; all of
# them take a few MB.
LINES_KEPT = 8192


@functools.lru_cache(maxsize=LINES_KEPT)
def _scan_line(matcher: Matcher, line: str) -> _Line | None:
    return matcher._scan_line(line)


@functools.lru_cache(maxsize=LINES_KEPT)
def _segment_occs(matcher: Matcher, raw: str) -> tuple[_Occ, ...]:
    return matcher._segment_occs(raw)


@functools.lru_cache(maxsize=LINES_KEPT)
def _url_parts(matcher: Matcher, url: str) -> dict[tuple[str, str], tuple[str, ...]]:
    return matcher._read_url(url)


@functools.lru_cache(maxsize=4)
def _is_sitemap(matcher: Matcher, doc: DocView) -> bool:
    return matcher._is_sitemap(doc)


@dataclass(slots=True)
class _Signals:
    terms: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    heading: bool = False
    link: bool = False
    title: bool = False
    url: bool = False
    label: bool = False  # a label-like content line
    label_lines: int = 0  # distinct label-like content lines
    heading_texts: set[str] = field(default_factory=set)  # normalised headings that name it
    label_sections: set[str] = field(
        default_factory=set
    )  # sections (heading, or _PAGE) of its label lines
    statement: bool = False
    mentions: int = 0
    form_of: bool = (
        False  # a message form on a page of another part that makes this one (FORM_CHANNELS)
    )
    label_at: list[int] = field(
        default_factory=list
    )  # line numbers of its label lines (body words)
    shape: bool = False  # the content has the part's shape (CONTENT_SHAPES)

    def add(self, where: str, term: str) -> None:
        if term not in self.terms[where]:
            self.terms[where].append(term)


def _field_label(folded: str) -> bool:
    """A segment that ends with a colon (after some text) names the value after it."""
    text = folded.rstrip()
    return text.endswith(":") and bool(text[:-1].rstrip())


_WHOLE_JOIN = re.compile(r"\s*[/|&+,]\s*")
_WHOLE_EDGE = re.compile(r"[\W\d_]+")


def _whole_key(folded: str) -> str:
    """A segment as a whole: lowercase, without surrounding punctuation, numbers and spaces."""
    # The trailing run is matched at the start of the reversed text: a search for it would try
    # every position of the line.
    low = folded.lower()
    lead = _WHOLE_EDGE.match(low)
    start = lead.end() if lead else 0
    if start == len(low):
        return ""
    trail = _WHOLE_EDGE.match(low[::-1])
    return low[start : len(low) - trail.end()] if trail else low[start:]


NAME_LIKENESS = (
    0.9  # a line this close to a link's text is that name, respelt ("…ควบคุม…" / "…การควบคุม…")
)
NAME_PART_MIN = 10  # characters of a link's name a line must repeat to be that name, shortened


def _alike(line: str, name: str) -> bool:
    """SequenceMatcher's ratio at least NAME_LIKENESS. Its cheap upper bounds (lengths alone, then
    the characters shared in any order) are checked first, as difflib's own recipe does: most lines
    are of another length than the name, and building the matcher costs more than the answer."""
    size = len(line) + len(name)
    if size and 2.0 * min(len(line), len(name)) / size < NAME_LIKENESS:
        return False
    matcher = SequenceMatcher(None, line, name)
    return matcher.quick_ratio() >= NAME_LIKENESS and matcher.ratio() >= NAME_LIKENESS


def _beyond_names(lines: Sequence[_Line], link_texts: Sequence[str]) -> int:
    """Characters of content lines that are not just a name links give the page."""
    names = [fold(t) for t in link_texts]

    def is_name(line: str) -> bool:
        # A page heading that repeats its link's name without the category word ("ข้อบัญญัติการควบคุม…"
        # -> "การควบคุม…") is that name too.
        return any(
            line == n or (len(line) >= NAME_PART_MIN and line in n) or _alike(line, n)
            for n in names
        )

    return sum(
        len(line.raw) for line in lines if not is_name(line.folded) and not _PAGER.match(line.raw)
    )


# A list's page controls ("1", "2", "…", "ไปหน้าที่", "Next"): an empty list template has them too.
_PAGER = re.compile(
    r"(?i)^\s*(?:\d{1,3}|…|\.{2,}|ไปหน้าที่|หน้าถัดไป|(?:หน้า)?ก่อนหน้า|ถัดไป|หน้าสุดท้าย|"
    r"next|prev(?:ious)?|first|last|[«»‹›]|<<|>>)\s*$"
)


def _row_code(raw: str) -> str:
    """The row code a line starts with ("MOIT 4", "9.1"), spaces dropped, lowercase."""
    m = _OCODE_START.match(raw)
    if not m:
        return ""
    # "EB 1 (1)", "EB 1 (2)": the sub-criteria of one code are rows of their own.
    sub = _SUB_CRITERION.match(raw, m.end())
    return re.sub(r"\s+", "", (m.group(0) + (sub.group(0) if sub else "")).lower())


_NUMBERED_ROW = re.compile(r"^\s*(\d{1,2}\.\d{1,2})\s+\S")
_SUB_CRITERION = re.compile(r"\s*\(\d{1,2}\)")


def _criteria_rows(codes: set[str], named: set[tuple[str, str]]) -> bool:
    """Row codes of a criterion table. Bare numbers ("2.1", "2.2") are a criterion table's only when
    its rows name several parts: under one part's heading they number that part's own sections
    (a school's duties 2.1-2.4)."""
    if len(codes) < CRITERIA_ROWS:
        return False
    return any(not _BARE_CODE.fullmatch(code) for code in codes) or len(named) >= CRITERIA_PARTS


_BARE_CODE = re.compile(r"[\d.]+")
CRITERIA_PARTS = 2  # parts named on a page whose bare-numbered rows make it a criterion table


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class Matcher:
    """Finds checklist terms in text and decides what a :class:`DocView` is evidence for."""

    def __init__(self, checklist: Checklist):
        self.checklist = checklist
        self._auto = ahocorasick.Automaton()
        table: dict[str, list[_Entry]] = defaultdict(list)
        self._combos: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        self._hints: dict[tuple[str, str], re.Pattern[str]] = {}
        for item in checklist.items:
            for part in item.parts:
                key = (item.code, part.key)
                for kind, words in (("term", part.terms), ("statement", part.statements)):
                    for word in words:
                        table[fold(word)].append(_Entry(kind, item.code, part.key, word))
                for word in part.exclude:
                    table[fold(word)].append(_Entry("exclude", item.code, part.key, word))
                if part.combos:
                    self._combos[key] = [tuple(fold(w) for w in c) for c in part.combos]
                    for combo in part.combos:
                        for word in combo:
                            table[fold(word)].append(_Entry("word", item.code, part.key, word))
                if part.url_hints:
                    alts = "|".join(
                        sorted(
                            map(re.escape, (h.lower() for h in part.url_hints)),
                            key=len,
                            reverse=True,
                        )
                    )
                    self._hints[key] = re.compile(rf"(?<![a-z])(?:{alts})(?![a-z])")
        for word in checklist.hub_markers:
            table[fold(word)].append(_Entry("hub", text=word))
        for word in checklist.empty_markers:
            table[fold(word)].append(_Entry("empty", text=word))
        for key, entries in table.items():
            if key:
                # One entry per (kind, part): "ถาม-ตอบ" and "ถามตอบ" fold to one key.
                unique = {(e.kind, e.code, e.part): e for e in reversed(entries)}
                self._auto.add_word(key, (key, tuple(reversed(unique.values()))))
        self._auto.make_automaton()
        self._parts = [(i.code, p.key) for i in checklist.items for p in i.parts]
        self._articles = {(i.code, p.key) for i in checklist.items for p in i.parts if p.articles}
        self._body = {
            (i.code, p.key): tuple(fold(w).lower() for w in p.body)
            for i in checklist.items
            for p in i.parts
            if p.body
        }
        self._label_words = sorted(
            {fold(w).strip(".") for w in checklist.label_prefixes}, key=len, reverse=True
        )
        # One pattern tried in the list's order (longest first): the first word a token starts with.
        self._label_start = re.compile(
            "|".join(re.escape(w) for w in self._label_words if w) or "(?!)"
        )
        self._agency_words = tuple(fold(w) for w in checklist.agency_prefixes)
        self._mention_words = tuple(fold(w) for w in checklist.mention_words)
        self._duty_words = tuple(fold(w) for w in checklist.duty_markers)
        self._sitemap_words = tuple(fold(w).lower() for w in checklist.sitemap_markers)
        self._whole: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for item in checklist.items:
            for part in item.parts:
                for word in part.whole:
                    self._whole[_whole_key(fold(word))].append((item.code, part.key, word))

    # ------------------------------------------------------------ scanning
    def _raw_matches(self, folded: str) -> list[tuple[int, int, str, tuple[_Entry, ...]]]:
        found = []
        for end, (key, entries) in self._auto.iter(folded):
            start = end - len(key) + 1
            # Latin terms must be whole words: "ita" is not in "capital".
            if _is_ascii_word(key[0]) and start > 0 and _is_ascii_word(folded[start - 1]):
                continue
            if (
                _is_ascii_word(key[-1])
                and end + 1 < len(folded)
                and _is_ascii_word(folded[end + 1])
            ):
                continue
            if (
                key in CLOSED_ABBREVIATIONS
                and end + 1 < len(folded)
                and _THAI_CONSONANT.match(folded[end + 1])
            ):
                continue  # "สขรส." is another unit's abbreviation, not the สขร. form
            found.append((start, end + 1, key, entries))
        return found

    def _segment(
        self, matches: Iterable[tuple[int, int, str, tuple[_Entry, ...]]], cuts: Sequence[int] = ()
    ) -> tuple[list[_Occ], set[str]]:
        """Occurrences of one segment with exclusions and containment applied; plus marker kinds.

        ``cuts``: offsets of " / " between two names in the segment ("ช่องทางแจ้งเรื่องร้องเรียน /
        ช่องทางรับฟังความคิดเห็น"): an exclude word vetoes only the terms of its own name.
        """
        matches = list(matches)
        vetoed: set[tuple[str, str]] = set()
        piece_vetoes: set[tuple[str, str, int]] = set()
        words: set[str] = set()
        markers: set[str] = set()
        spans = []
        for start, end, key, entries in matches:
            for e in entries:
                if e.kind == "exclude":
                    vetoed.add((e.code, e.part))
                    piece_vetoes.add((e.code, e.part, bisect_right(cuts, start)))
                elif e.kind == "word":
                    words.add(key)
                elif e.kind in ("hub", "empty"):
                    markers.add(e.kind)
                else:
                    spans.append((start, end, e))
        occs: list[_Occ] = []
        term_spans = {(s, t) for s, t, _ in spans}
        for start, end, e in spans:
            if (e.code, e.part, bisect_right(cuts, start)) in piece_vetoes:
                continue
            # A term inside a longer term belongs to the longer one.
            if any(s <= start and end <= t and (s, t) != (start, end) for s, t in term_spans):
                continue
            occs.append(_Occ(e.code, e.part, e.text, start, e.kind))
        if words:
            for key, combos in self._combos.items():
                if key in vetoed:
                    continue
                for combo in combos:
                    if all(w in words for w in combo):
                        first = min(s for s, _, k, _ in matches if k in combo)
                        occs.append(_Occ(key[0], key[1], " + ".join(combo), first, "combo"))
        occs.sort(key=lambda o: o.start)
        return occs, markers

    def _scan_lines(self, text: str) -> list[_Line]:
        """(raw normalised line, occurrences, markers) per non-empty line of ``text``.

        Line by line (no term holds a line break, so a match never spans two lines), each line
        scanned once: a site's template lines recur on every page, and a page's own lines are read
        for hubs, then for evidence."""
        out = []
        for line in text.split("\n"):
            scanned = _scan_line(self, line) if len(line) <= LINE_CACHED else self._scan_line(line)
            if scanned is not None:
                out.append(scanned)
        return out

    def _scan_line(self, line: str) -> _Line | None:
        raw, folded = _line_forms(line)  # shared with the other rules reading this line
        if not raw:
            return None
        occs, markers = self._segment(sorted(self._raw_matches(folded)), _name_cuts(folded))
        if self._whole:
            occs = occs + self._whole_occs(folded)
        return _Line(raw, tuple(occs), frozenset(markers), folded)

    def _line_free(self, line: _Line) -> int:
        """:meth:`_free_chars` of a scanned line, worked out once (its filler and cookie tests
        shared with the page's template tests)."""
        if line.free is None:
            left = _template_left(line.raw, _filler(line), _cookie_notice(line))
            line.free = 0 if left else self._count_free(line.raw, line.occs)
        return line.free

    def _line_rest(self, line: _Line) -> str:
        """:meth:`_rest` of a scanned line, worked out once."""
        if line.rest is None:
            line.rest = self._rest(line.raw, line.occs)
        return line.rest

    def scan(self, text: str) -> list[tuple[str, str, str]]:
        """(code, part, term) for each checklist term in ``text``, first occurrence order.

        Each line is a segment for exclusions. Statements and combos are included.
        """
        seen: dict[tuple[str, str, str], None] = {}
        for _, occs, _ in self._scan_lines(text):
            for o in occs:
                seen.setdefault((o.code, o.part, o.term), None)
        return list(seen)

    def _occs(self, raw: str) -> Sequence[_Occ]:
        """Occurrences in one short segment (title, heading, link text), whole-segment words included."""
        # the same headings and link texts recur on many pages of a site: each read once
        return _segment_occs(self, raw) if len(raw) <= LINE_CACHED else self._segment_occs(raw)

    def _segment_occs(self, raw: str) -> tuple[_Occ, ...]:
        folded = fold(raw)
        occs = self._segment(self._raw_matches(folded), _name_cuts(folded))[0]
        return tuple(occs + self._whole_occs(folded))

    def _whole_occs(self, folded: str) -> list[_Occ]:
        if _field_label(folded):
            return []  # "ติดต่อ :" keys a value (a person's phone in a directory row): a field, not a title
        found = self._whole.get(_whole_key(folded), ())
        if not found:
            # Whole words of one part joined by a separator: "ประชาสัมพันธ์/กิจกรรม", "ข่าว & กิจกรรม".
            split = _WHOLE_JOIN.split(folded)
            pieces = [self._whole.get(_whole_key(p), ()) for p in split] if len(split) > 1 else []
            if len(pieces) > 1 and all(pieces):
                shared = set.intersection(*({(c, k) for c, k, _ in hits} for hits in pieces))
                found = [hit for hit in pieces[0] if (hit[0], hit[1]) in shared]
        return [_Occ(code, part, word, 0, "term") for code, part, word in found]

    # ------------------------------------------------------------ labels
    def _prefix_ok(self, prefix: str) -> bool:
        """True when ``prefix`` (raw text before a term) holds only label words."""
        for token in _TOKEN_SPLIT.split(prefix):
            token = token.strip(".")
            if not token or _NUMERIC.fullmatch(token) or _OCODE.fullmatch(token):
                continue
            rest = self._strip_labels(fold(token))
            if rest and not (rest.startswith(self._agency_words) and not self._has_mention(rest)):
                return False
        return True

    def _free_chars(self, raw: str, occs: Sequence[_Occ]) -> int:
        """Characters of ``raw`` that are neither checklist terms, label words nor numbers.

        "รายการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ" is wording, not content; a row title, a sentence is.
        """
        left = _template_left(raw, bool(_FILLER.search(raw)), bool(_COOKIE_NOTICE.search(raw)))
        return 0 if left else self._count_free(raw, occs)

    def _count_free(self, raw: str, occs: Sequence[_Occ]) -> int:
        folded = _fold_normalized(raw)
        dated = sum(1 for d in datelib.find_dates(raw) if d.kind in ("day", "cited")) * DATE_CHARS
        # a phone number is a value a template leaves empty, like a date
        dated += len(_PHONE.findall(raw)) * DATE_CHARS
        rest = _blank_terms(folded, occs)
        count = 0
        for token in _TOKEN_SPLIT.split(rest):
            token = token.strip(".")
            if not token or _NUMERIC.fullmatch(token):
                continue
            count += len(self._strip_labels(token))
        return count + dated

    def _strip_labels(self, token: str) -> str:
        """``token`` without the label words it starts with, longest first, one after another."""
        while token and (m := self._label_start.match(token)):
            token = token[m.end() :].lstrip(".")
        return token

    def _has_mention(self, text: str) -> bool:
        folded = fold(text)
        return any(w in folded for w in self._mention_words)

    def _is_label(self, raw: str, occ: _Occ, *, lenient: bool) -> bool:
        if len(raw) > LABEL_MAX:
            return False
        # In "A / B" each name is a label of its own: only the words before the term in its name count.
        prefix = _NAME_CUT.split(raw[: _raw_offset(raw, occ.start)])[-1]
        if self._prefix_ok(prefix):
            return True
        return (
            lenient
            and len(raw) <= SHORT_LABEL
            and not self._has_mention(prefix)
            and not self._names_another_item(prefix, occ.code)
        )

    def _names_another_item(self, prefix: str, code: str) -> bool:
        """True when ``prefix`` already names another item: in "โครงสร้างศูนย์ดำรงธรรม" (an agency
        named after a complaint centre) the label is about the structure; what follows qualifies it."""
        occs, _ = self._segment(self._raw_matches(fold(prefix)))
        return any(o.code != code for o in occs)

    # ------------------------------------------------------------ URLs
    @staticmethod
    def url_text(url: str) -> str:
        """Path and query of ``url`` decoded for matching (percent-escapes, base64 module names)."""
        parts = urlsplit(url)
        text = unquote(f"{parts.netloc}{parts.path} {parts.query}".replace("+", " "))
        decoded = []
        for value in re.split(r"[&=/?]", parts.query):
            if _B64.match(value) and len(value) <= 64:
                try:
                    raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
                except (binascii.Error, ValueError):
                    continue
                if raw.isascii() and raw.decode().isprintable():
                    decoded.append(raw.decode())
        return " ".join([text, *decoded]).lower()

    def _url_parts(self, url: str) -> dict[tuple[str, str], tuple[str, ...]]:
        # a site's host ("https://www.1111.go.th/"), named by each link to it, is read once
        return _url_parts(self, url) if url else {}

    def _read_url(self, url: str) -> dict[tuple[str, str], tuple[str, ...]]:
        text = self.url_text(url)
        found: dict[tuple[str, str], list[str]] = defaultdict(list)
        for key, pattern in self._hints.items():
            m = pattern.search(text)
            if m:
                found[key].append(m.group(0))
        # Thai slugs and file names ("แผนการจัดซื้อจัดจ้าง2569.pdf").
        segment = re.sub(r"[/_.?&=%]+", " ", text)
        occs, _ = self._segment(self._raw_matches(fold(segment)))
        for o in occs:
            found[(o.code, o.part)].append(o.term)
        return {key: tuple(terms) for key, terms in found.items()}  # shared: read only

    # ------------------------------------------------------------ classify
    def _signals(self, doc: DocView) -> tuple[dict[tuple[str, str], _Signals], dict[str, object]]:
        sig: dict[tuple[str, str], _Signals] = defaultdict(_Signals)
        heading_items: set[str] = set()
        content_items: set[str] = set()
        # A page describing units' duties ("งานแผน มีหน้าที่จัดทำรายงานผลการดำเนินงาน") names
        # reports and plans as tasks: its headings and lines are labels of 5.1 (duties) only.
        duty = (
            doc.kind == "html"
            and sum(
                any(w in line for w in self._duty_words)
                for line in _fold_page(doc.content).split("\n")
            )
            >= DUTY_LINES
        )
        # The page's first line names what the page is; when it vetoes a part ("ติดตามสถานะเรื่องร้องเรียน":
        # a lookup of a complaint already filed), no heading or line of the page names that part.
        first = next((line for line in (normalize(t) for t in doc.content.split("\n")) if line), "")
        page_vetoes = self._vetoed_parts(first) if doc.kind == "html" else set()
        for text in doc.headings:
            raw = normalize(text)
            for occ in self._occs(raw):
                if duty and occ.code != DUTY_ITEM:
                    continue
                if (occ.code, occ.part) in page_vetoes:
                    if self._is_label(raw, occ, lenient=True):
                        heading_items.add(occ.code)  # a label still, for telling a listing
                    continue
                if self._is_label(raw, occ, lenient=True):
                    s = sig[(occ.code, occ.part)]
                    s.heading = True
                    s.heading_texts.add(raw)
                    s.add("heading", occ.term)
                    heading_items.add(occ.code)
        for text in doc.link_texts:
            raw = normalize(text)
            for occ in self._occs(raw):
                if doc.kind != "html" or self._is_label(raw, occ, lenient=True):
                    s = sig[(occ.code, occ.part)]
                    s.link = True
                    s.add("link", occ.term)
        raw_title = normalize(doc.title)
        for occ in self._occs(raw_title):
            s = sig[(occ.code, occ.part)]
            s.title = True
            s.add("title", occ.term)
        for key, terms in self._url_parts(doc.url).items():
            s = sig[key]
            s.url = True
            for t in terms:
                s.add("url", t)

        headings = {normalize(h) for h in doc.headings}
        lines = self._scan_lines(doc.content)
        body_lines: list[tuple[int, set[str]]] = []  # (length, items it labels)
        label_seen: set[str] = set()
        other_body = 0
        # What stands under each heading, up to the next one (a home page's empty news box is a
        # heading over nothing even when the rest of the page is full).
        # A section runs to the next heading of the same or a higher level, so "ข่าวประชาสัมพันธ์"
        # (h2) over a news title (h3) and its text has a body; without levels, to the next heading.
        section: dict[str, int] = defaultdict(int)
        level = dict(zip((normalize(h) for h in doc.headings), doc.heading_levels, strict=False))
        open_headings: list[str] = []
        rests: list[
            str
        ] = []  # each line without its checklist terms (what body words are looked for in)
        section_rest: dict[str, list[str]] = defaultdict(list)
        # Parts a heading names and vetoes ("มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง"): the lines
        # under it are that measure's text, not labels of the part.
        heading_vetoes = {raw: self._vetoed_parts(raw) for raw in headings}
        columns = _column_names([raw for raw, _, _ in lines])
        tags = _tag_lines([raw for raw, _, _ in lines])
        other_kind = bool(_OTHER_KIND_URL.search(self.url_text(doc.url)))
        last = len(lines) - 1
        for number, line in enumerate(lines):
            raw, occs, markers = line
            rests.append(self._line_rest(line) if raw not in headings else "")
            if raw in headings:
                mine = level.get(raw, 0)
                while open_headings and level.get(open_headings[-1], 0) >= mine:
                    open_headings.pop()
                open_headings.append(raw)
                section.setdefault(raw, 0)
            labelled: set[str] = set()
            for occ in occs:
                page_veto = (occ.code, occ.part) in page_vetoes
                s = sig[(occ.code, occ.part)]
                if not page_veto:
                    s.mentions += 1
                    s.add("content", occ.term)
                if occ.kind == "statement":
                    s.statement = s.statement or not page_veto
                # A widget's bare title ("…ล่าสุด", "…ที่เกี่ยวข้อง") as the page's last line has nothing
                # under it: rows the template left empty ("ภาพกิจกรรมล่าสุด" closing an event page).
                elif (
                    raw not in headings
                    and not (
                        number == last
                        and _WIDGET_TITLE.search(raw)
                        and self._line_free(line) < SUPPORT_MIN
                    )
                    and not (duty and occ.code != DUTY_ITEM)
                    and not _parent_crumb(raw, occ)
                    and not any(_QUICK_LINKS.match(h) for h in open_headings)
                    and number not in columns
                    and not (number in tags and other_kind)
                    and (self._is_label(raw, occ, lenient=False) or _channel_line(raw, occ))
                ):
                    if page_veto or any(
                        (occ.code, occ.part) in heading_vetoes[h] for h in open_headings
                    ):
                        content_items.add(occ.code)  # a label still, for telling a listing
                        continue
                    if not s.label or raw not in label_seen:
                        s.label_lines += 1
                        label_seen.add(raw)
                    s.label = True
                    s.label_sections.add(open_headings[-1] if open_headings else _PAGE)
                    s.label_at.append(number)
                    labelled.add(occ.code)
            content_items |= labelled
            if raw in headings or ("empty" in markers and len(raw) < 80):
                continue
            body_lines.append((len(raw), labelled))
            # Text beside the terms: "คู่มือการปฏิบัติงาน งานจัดเก็บรายได้ (PDF 2 MB)" has some, a bare
            # "ข่าวประชาสัมพันธ์" over an empty list template has none. One line must have it: short
            # field labels whose values a template leaves empty ("เรื่อง", "ดาวน์โหลดแล้ว ครั้ง") do not add up.
            free = self._line_free(line)
            other_body = max(other_body, free)
            for heading in open_headings or [_PAGE]:
                section[heading] = max(section[heading], free)
                section_rest[heading].append(rests[-1])
        if doc.kind == "html":
            self._mark_shapes(doc, sig)
        dated = _dated_flags(lines) if doc.kind == "html" else []
        info = {
            # "ไม่พบข้อมูล" with nothing else to read: a label line there is an empty category.
            "empty_page": any("empty" in markers for _, _, markers in lines)
            and sum(n for n, items in body_lines if not items) < BODY_MIN,
            "heading_items": heading_items,
            "content_items": content_items,
            "body_lines": body_lines,
            "content_empty": not lines
            or all(raw in headings or _BUILDER_CAPTION.match(raw) for raw, _, _ in lines),
            "other_body": other_body,
            "documents": doc.documents - self._stock_images(doc),
            "forms": doc.forms,
            # A page of one or two headings is about one thing: its images and files stand under it.
            "single_topic": len(set(doc.headings)) <= SINGLE_TOPIC_HEADINGS,
            "first_heading": normalize(doc.headings[0]) if doc.headings else None,
            "first_heading_opens": bool(doc.headings)
            and normalize(doc.headings[0]) in {raw for raw, _, _ in lines[:FIRST_HEADING_LINES]},
            # "อยู่ระหว่างปรับปรุงเว็บไซต์" as the page's first heading: a stand-in many links point to,
            # whatever they call it.
            "stand_in": (
                bool(doc.headings)
                and any("empty" in markers for _, _, markers in self._scan_lines(doc.headings[0]))
            )
            or _unfilled_template(lines)
            or _filler_beside_nothing(lines, doc.repeated),
            # A criterion table (rows 21.1, 21.2, ...): its text quotes what the ITA asks for.
            "criteria": _criteria_rows(
                {_row_code(raw) for raw, _, _ in lines if _OCODE_START.match(raw)},
                {key for key, s in sig.items() if s.label or s.heading},
            ),
            # An article: a dated line and a paragraph of its own text (a template has neither).
            "article": doc.kind == "html"
            and other_body >= ARTICLE_MIN
            and (
                any(d.kind == "day" for d in datelib.find_dates(doc.content))
                or _read_counter(doc.content)
            ),
            "dated_after": _dated_after(lines, dated),
            "dated_lines": sum(dated),
            "section": section,
            "section_rest": section_rest,
            "rests": rests,
            "text": doc.content,
            "repeated": doc.repeated,
            "beyond_names": _beyond_names(lines, doc.link_texts),
            "home": doc.kind == "html" and _is_home(doc.url),
            # A link target never fetched is named by its file name only when it is a file: the
            # path of a page ("/pages/activity?page=1", reached by a pager's "1") names a listing.
            # A channel's own website is named by its host ("www.1111.go.th", "wbs.nacc.go.th").
            "file_name": doc.kind != "offsite"
            or is_document_url(doc.url)
            or bool(self._url_parts(f"https://{urlsplit(doc.url).hostname or ''}/")),
        }
        return sig, info

    def _stock_images(self, doc: DocView) -> int:
        """Images whose own name (alt text, file name) is another item's ("Webboard" under the title
        "โครงสร้างการแบ่งส่วนราชการ"): a template's stock picture of another page, not this page's
        chart or scan. An image named for what its title names, or for nothing, stays."""
        if not doc.image_names:
            return 0
        titled = {
            code
            for text in (doc.title, *doc.headings, *doc.link_texts)
            for code, _, _ in self.scan(text)
        }
        if not titled:
            return 0  # nothing names the page: its pictures' names are all it has
        return sum(
            1
            for name in doc.image_names
            if (named := {code for code, _, _ in self.scan(name)}) and not named & titled
        )

    @staticmethod
    def _shows_part_data(code: str, part: str, info: dict, kind: str) -> bool:
        """The page shows what the part is made of (PART_DATA). The data may sit in a block the
        site repeats (an address box on every page) or in a map or image shown on the page."""
        data = PART_DATA.get((code, part))
        if kind != "html" or data is None or info["documents"] > 0:
            return True
        return data(info["text"] + "\n" + info["repeated"])

    @staticmethod
    def _mark_shapes(doc: DocView, sig: dict[tuple[str, str], _Signals]) -> None:
        """Parts whose content shape the page shows. At a URL of the part, what the site repeats
        on other pages counts too: a school's executive cards copied onto every staff page are
        still the executives page's own content."""
        for key, shape in CONTENT_SHAPES.items():
            named_here = key in sig and sig[key].url
            if shape(doc.content) or (
                named_here and doc.repeated and shape(doc.content + "\n" + doc.repeated)
            ):
                sig[key].shape = True

    @staticmethod
    def _heading_has_body(s: _Signals, info: dict) -> bool:
        """Some heading naming the part has text under it, or is the page's title over a document."""
        for text in s.heading_texts:
            if info["section"].get(text, 0) >= SUPPORT_MIN:
                return True
            # A first heading below other lines (a slider's captions, a home page's boxes) is the title of
            # a box, not of the page's files.
            if (
                text == info["first_heading"]
                and info["documents"] > 0
                and info["first_heading_opens"]
            ):
                return True
        return False

    def _vetoed_parts(self, raw: str) -> set[tuple[str, str]]:
        """Parts whose term ``raw`` holds together with one of the part's exclude words."""
        named: set[tuple[str, str]] = set()
        vetoed: set[tuple[str, str]] = set()
        for _, _, _, entries in self._raw_matches(fold(raw)):
            for e in entries:
                if e.kind == "term":
                    named.add((e.code, e.part))
                elif e.kind == "exclude":
                    vetoed.add((e.code, e.part))
        return vetoed

    def _rest(self, raw: str, occs: Sequence[_Occ]) -> str:
        """``raw`` folded and lowercased, with its checklist terms blanked out."""
        folded = _fold_normalized(raw).lower()
        return _blank_terms(folded, occs)

    def _body_ok(self, words: tuple[str, ...], s: _Signals, info: dict) -> bool:
        """The text under the part's heading or label lines (up to the next heading) holds one of
        ``words``; a section of no text over files (scanned notices) passes."""
        rests: list[str] = info["rests"]
        windows = [info["section_rest"].get(h, []) for h in s.heading_texts]
        for start in s.label_at:
            end = start + 1
            while end < len(rests) and end - start < BODY_WINDOW and rests[end] != "":
                end += 1
            windows.append(rests[start:end])
        if not windows:
            if info["documents"] > 0:
                return True  # named only by its links, title or URL over files or images: the files are the body
            windows = [rests]
        for window in windows:
            text = "\n".join(window)
            if any(w in text for w in words):
                return True
            if not text.strip() and info["documents"] > 0:
                return True
        return False

    def _decide_with_body(
        self, code: str, s: _Signals, info: dict, kind: str, part: str
    ) -> tuple[bool, str]:
        """:meth:`_decide`, then the part's body words (see :meth:`_body_ok`)."""
        accepted, reason = self._decide(code, s, info, kind, part)
        words = self._body.get((code, part))
        if (
            accepted
            and words
            and kind == "html"
            and not s.form_of
            and not s.statement
            and not self._body_ok(words, s, info)
            and not _body_repeated_here(words, s, info)
        ):
            return False, BODY_REASON
        return accepted, reason

    def _decide(
        self, code: str, s: _Signals, info: dict, kind: str, part: str = ""
    ) -> tuple[bool, str]:
        if s.form_of:
            return True, "message form on the contact page"
        if info["stand_in"] and kind == "html":
            return False, "page under construction (a stand-in)"
        listing_headings = len(info["heading_items"]) >= LISTING_ITEMS or info["criteria"]
        listing_content = len(info["content_items"]) >= LISTING_ITEMS or info["criteria"]
        body = sum(n for n, items in info["body_lines"] if not items or code in items)
        # What stands under a label besides labels: other text, documents, or a list of labelled rows.
        supported = kind != "html" or (
            info["other_body"] >= SUPPORT_MIN
            or info["documents"] > 0
            or s.label_lines >= LIST_ROWS
            or (info["forms"] > 0 and code in FORM_ITEMS)
        )
        if s.link:
            if kind != "html":
                return True, "inbound link text names it (document)"
            # An empty page is evidence only when it shows something (an image-only chart, a PDF);
            # a page that only repeats what its links call it is a title over an empty template.
            if (body >= BODY_MIN and supported and info["beyond_names"] >= BODY_MIN) or (
                info["content_empty"] and info["documents"] > 0
            ):
                return True, "inbound link text names it"
        if (
            s.heading
            and not listing_headings
            and (kind != "html" or self._heading_has_body(s, info))
        ):
            return True, "heading names it"
        if kind != "html" and s.title:
            return True, "document title names it"
        if not listing_content and not (info.get("home") and code in HOME_CARD_ITEMS):
            if s.statement:
                return True, "nothing-to-report statement"
            # A label line needs its support in its own section (a home page's empty news box is
            # not filled by the welcome text of another box).
            if (
                s.label
                and not info["empty_page"]
                and supported
                and info["beyond_names"] >= BODY_MIN
                and (
                    kind != "html"
                    or (info["documents"] > 0 and info["single_topic"])
                    or s.label_lines >= LIST_ROWS
                    or (info["forms"] > 0 and code in FORM_ITEMS)
                    or any(info["section"].get(sec, 0) >= SUPPORT_MIN for sec in s.label_sections)
                )
            ):
                return True, "label-like content line names it"
            if s.mentions >= MENTIONS_WITH_SUPPORT and (s.title or s.url) and supported:
                return True, "several content mentions with title/URL support"
            # Two weak signals that agree: a template-leftover <title> rarely matches the URL too.
            if (
                s.title
                and s.url
                and kind == "html"
                and (body >= BODY_MIN or info["documents"])
                and supported
            ):
                return True, "<title> and URL agree"
        if s.url and info["article"] and (code, part) in self._articles:
            return True, "dated article at a URL of this item"
        if (
            code in DATED_LIST_ITEMS
            and s.mentions
            and not listing_content
            and not info["criteria"]
            and info["dated_after"].get(code, 0) >= 1
            and info["dated_lines"] >= DATED_LIST_MIN
        ):
            return True, "dated entries under its wording"
        if s.shape and kind == "html" and not listing_content:
            return True, "content has the part's shape"
        shape = PART_SHAPES.get((code, part))
        if s.url and kind == "html" and shape and not listing_content and shape(info["text"]):
            return True, "content has the part's shape at a URL of the part"
        if (
            kind != "html"
            and s.url
            and info["content_empty"]
            and info["file_name"]
            and not any(v.link or v.title for v in info.get("all", {}).values())
        ):
            return True, "file name of a document without text"
        # Why not: the most useful explanation first.
        if s.link:
            return False, "link text names it but the page has no body"
        if s.heading and listing_headings:
            return False, "headings list many items (hub/menu/listing)"
        if s.heading or s.label:
            return False, "label only: no body under it (menu or empty template)"
        if (s.label or s.statement) and listing_content:
            return False, "content lists many items (hub/menu/criteria text)"
        if s.mentions:
            return False, "passing mention in content"
        if s.title and kind == "html":
            return False, "<title> alone (template leftovers)"
        return False, "URL hint alone"

    def is_sitemap(self, doc: DocView) -> bool:
        """The site map: a page whose title, first heading or URL path says so; or a search
        results page (a line that starts "ผลการค้นหา"): both list other pages by their names."""
        return _is_sitemap(self, doc)  # asked for hubs, then for evidence: answered once per page

    def _is_sitemap(self, doc: DocView) -> bool:
        where = [
            fold(text).lower() for text in (doc.title, *doc.headings[:1], urlsplit(doc.url).path)
        ]
        if any(w in text for text in where for w in self._sitemap_words):
            return True
        # fold() keeps lines one for one: the first lines folded are the folded text's first lines
        top = "\n".join(doc.content.split("\n", SEARCH_LINES)[:SEARCH_LINES])
        lines = fold(top).lower().split("\n")
        return any(line.strip().startswith(SEARCH_RESULTS) for line in lines)

    def _evaluate(self, doc: DocView) -> list[tuple[str, str, _Signals, bool, str]]:
        sig, info = self._signals(doc)
        if doc.kind == "html" and self.is_sitemap(doc):
            # Every entry of a site map names a page; only links pointing here could name this one.
            sig = {k: v for k, v in sig.items() if v.link}
            info["content_items"] = info["heading_items"] = set(range(LISTING_ITEMS))
        if doc.kind == "html" and doc.forms > 0:
            for source, target in FORM_CHANNELS.items():
                named = sig.get(source)
                # not on a complaint page: its form is the complaint channel (5.11)
                if (
                    named
                    and named.url
                    and not any(code == "5.11" for code, _ in sig)
                    and not any(w in _fold_page(doc.content).lower() for w in FORM_NOT_CHANNEL)
                ):
                    self._form_channel(sig, target)
            if self._opinion_form(doc, sig):
                self._form_channel(sig, OPINION_PART)
        info["all"] = sig
        out = []
        for code, part in self._parts:
            s = sig.get((code, part))
            if s is None:
                continue
            accepted, reason = self._decide_with_body(code, s, info, doc.kind, part)
            if accepted and not self._shows_part_data(code, part, info, doc.kind):
                accepted, reason = False, NO_PART_DATA
            if (
                accepted
                and doc.kind != "html"
                and not (s.link or s.title or s.heading or s.statement)
                and self._named_otherwise(doc)
            ):
                accepted, reason = False, NAMED_OTHERWISE
            if accepted and (code, part) == CONTACT and not s.url and persons_contact(doc.content):
                accepted, reason = False, PERSONS_CONTACT
            if (
                accepted
                and (code, part) in POINTED_CHANNELS
                and doc.kind == "html"
                and self._points_to_channel(code, s, info, doc)
            ):
                accepted, reason = False, POINTER
            out.append((code, part, s, accepted, reason))
        return out

    def _named_otherwise(self, doc: DocView) -> bool:
        """A file the site's links name in words of their own (a report's title), none naming this part:
        what the file is, is that name; its inner sections ("โครงสร้างการบริหารงาน", the survey form
        appended to a satisfaction report) and its folder or file name ("qa", "power") do not make it
        the part."""
        # A web page elsewhere (a complaint centre's site) is named by its address too: files only.
        if doc.kind not in ("pdf", "document") and not _FILE_NAME.search(urlsplit(doc.url).path):
            return False
        named = [
            text
            for text in doc.link_texts
            if self._free_chars(normalize(text), self._occs(normalize(text))) >= NAME_CHARS
        ]
        return bool(named) and len(named) == len(doc.link_texts)

    @staticmethod
    def _form_channel(sig: dict[tuple[str, str], _Signals], target: tuple[str, str]) -> None:
        """The page's message form makes it evidence for ``target``. A weaker signal of the part already
        on the page (a combo word, a passing mention) must not keep the form from counting."""
        s = sig.get(target)
        if s is None:
            s = sig[target] = _Signals()
        s.form_of = True
        s.add("content", FORM_TERM)

    @staticmethod
    def _opinion_form(doc: DocView, sig: dict[tuple[str, str], _Signals]) -> bool:
        """The page's message form invites questions or opinions in its own words (OPINION_FORM), or is a
        bare contact form on a page that names no complaint channel; never a job application."""
        text = _fold_page(doc.content)
        if any(w in text.lower() for w in FORM_NOT_CHANNEL):
            return False
        if OPINION_FORM.search(text):
            return True
        return bool(CONTACT_FORM.search(text)) and not any(code == "5.11" for code, _ in sig)

    def _points_to_channel(self, code: str, s: _Signals, info: dict, doc: DocView) -> bool:
        """``code`` is named only by label lines of a page whose title and first heading name another
        item, and the page gives no channel (POINTED_CHANNELS)."""
        if s.title or s.url or s.link or s.heading or s.statement or doc.forms:
            return False
        about = {
            o.code
            for text in (doc.title, info["first_heading"] or "")
            for o in self._occs(normalize(text))
        }
        return bool(about - {code}) and not _CHANNEL_DATA.search(doc.content)

    def classify(self, doc: DocView) -> list[Hit]:
        """The items/parts ``doc`` is evidence for, checklist order."""
        hits = []
        for code, part, s, accepted, _ in self._evaluate(doc):
            if accepted:
                where = tuple(w for w in WHERE if s.terms.get(w))
                terms = tuple(dict.fromkeys(t for w in where for t in s.terms[w]))
                hits.append(Hit(code=code, part=part, terms=terms, where=where))
        return hits

    def explain(self, doc: DocView) -> list[dict]:
        """Per item/part with any match: terms by place, accepted or not, and why."""
        return [
            {
                "code": code,
                "part": part,
                "accepted": accepted,
                "reason": reason,
                "terms": {w: list(s.terms[w]) for w in WHERE if s.terms.get(w)},
                "content_mentions": s.mentions,
            }
            for code, part, s, accepted, reason in self._evaluate(doc)
        ]

    def rejections(self, doc: DocView) -> list[Rejection]:
        """Parts ``doc`` names without being evidence for them, each with its reason."""
        return [
            Rejection(code, part, REJECTION_TH.get(reason, reason), reason)
            for code, part, _, accepted, reason in self._evaluate(doc)
            if not accepted
        ]

    # ------------------------------------------------------------ hubs and links
    def is_hub(self, doc: DocView, outlink_texts: Sequence[str]) -> bool:
        """An ITA/OIT hub: names the assessment and links to (or lists) many items.

        ``outlink_texts`` should be the page's non-chrome link texts; the marker
        must be in the page's own title, headings or content, not only in a menu.
        """
        if self.is_sitemap(doc):
            return False
        # A menu left in the content names "ITA" as a link: only non-link lines count.
        link_lines = {normalize(t) for t in outlink_texts}
        own = "\n".join([doc.title, *doc.headings, doc.content])
        marker = False
        content_items: set[str] = set()
        codes_seen: set[str] = (
            set()
        )  # distinct row codes: a page's own "O6" title, heading and link are one
        for raw, occs, markers in self._scan_lines(own):
            marker = marker or ("hub" in markers and raw not in link_lines)
            content_items.update(o.code for o in occs)
            if _OCODE_START.match(raw):
                codes_seen.add(_row_code(raw))
        link_items: set[str] = set()
        for text in outlink_texts:
            link_items.update(code for code, _, _ in self.scan(text))
            if _OCODE_START.match(normalize(text)):
                codes_seen.add(_row_code(normalize(text)))
            elif m := _NUMBERED_ROW.match(normalize(text)):
                # a criterion row linked by its own text: "1.5 กฎหมายที่เกี่ยวข้อง…"
                codes_seen.add(m.group(1))
        ocodes = len(codes_seen)
        if marker and (len(link_items) >= 5 or (len(content_items) >= 6 and ocodes >= 5)):
            return True
        # One table of a hub on its own page: numbered criterion rows, each linking its documents.
        if ocodes >= CRITERIA_ROWS and link_items:
            return True
        return len(link_items) >= 5 and ocodes >= 5

    def link_score(self, text: str, url: str) -> float:
        """How checklist-relevant a link looks: 0 for nothing, hub links highest.

        Hub marker 3 (+1 with a BE year), item terms 2 (+0.25 per further part),
        URL hint 1 (0.5 if the text already matched).
        """
        score = 0.0
        lines = self._scan_lines(text)
        hub = any("hub" in markers for _, _, markers in lines)
        parts = {(o.code, o.part) for _, occs, _ in lines for o in occs}
        url_parts = self._url_parts(url)
        url_l = self.url_text(url) if url else ""
        if hub or re.search(r"(?<![a-z])(ita|oit|moit)(?![a-z])", url_l):
            score += 3.0 + (1.0 if _YEAR.search(normalize(text)) or _YEAR.search(url_l) else 0.0)
        if parts:
            score += 2.0 + 0.25 * (len(parts) - 1)
        if url_parts:
            score += 0.5 if parts else 1.0
        return score


# Why a page was not taken as evidence, for a person contesting a verdict: Thai first.
REJECTION_TH = {
    "link text names it but the page has no body": "ลิงก์ชื่อตรงหัวข้อ แต่หน้าปลายทางไม่มีเนื้อหา",
    "headings list many items (hub/menu/listing)": "หัวข้อในหน้าระบุหลายรายการ (หน้ารวมลิงก์/เมนู)",
    "label only: no body under it (menu or empty template)": "มีเพียงชื่อหัวข้อ ไม่มีเนื้อหาใต้หัวข้อ (เมนูหรือแม่แบบว่าง)",
    "content lists many items (hub/menu/criteria text)": "เนื้อหาระบุหลายรายการ (หน้ารวมลิงก์/เกณฑ์การประเมิน)",
    "passing mention in content": "กล่าวถึงในเนื้อหาเพียงผ่าน ๆ",
    "<title> alone (template leftovers)": "พบเฉพาะในชื่อหน้าเว็บ (ค่าค้างจากแม่แบบ)",
    "URL hint alone": "พบเฉพาะในที่อยู่ URL",
    "page under construction (a stand-in)": "หน้าอยู่ระหว่างปรับปรุง (หน้าแทนที่ ไม่มีข้อมูลจริง)",
    BODY_REASON: "เนื้อหาใต้หัวข้อไม่ใช่เรื่องของหัวข้อนี้ (แม่แบบที่คัดลอกมา)",
    NO_PART_DATA: "ไม่มีข้อมูลการติดต่อ (โทรศัพท์ อีเมล ที่อยู่ แผนที่) ในหน้า",
    POINTER: "กล่าวถึงช่องทางในหน้าของเรื่องอื่น แต่ไม่ได้ให้ช่องทางนั้น (ไม่มีโทรศัพท์ อีเมล หรือแบบฟอร์ม)",
    NAMED_OTHERWISE: "ลิงก์ในเว็บไซต์เรียกไฟล์นี้ว่าเป็นเอกสารเรื่องอื่น (พบเพียงในหัวข้อย่อยภายในไฟล์หรือชื่อไฟล์)",
    PERSONS_CONTACT: "ข้อมูลการติดต่อของบุคคล (เช่น ผู้บริหารเทคโนโลยีสารสนเทศ ผู้รับสมัครงาน) ไม่ใช่ของหน่วยงาน",
}


@dataclass(frozen=True, slots=True)
class Rejection:
    """A part a page named but is not evidence for, and why (Thai and English)."""

    code: str
    part: str
    reason_th: str
    reason_en: str


@functools.cache
def default_matcher() -> Matcher:
    """The matcher for the newest checklist (built once per process)."""
    return Matcher(load_checklist())
