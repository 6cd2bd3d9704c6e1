"""Thai-aware date extraction: formats, traps, URLs, machine values and the choice of a page date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checklist.dates import DateChoice, choose_date, dates_in_url, find_dates, parse_date_value
from checklist.model import FoundDate

D = dt.date


def one(text: str) -> FoundDate:
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def days(text: str) -> list[dt.date]:
    return [f.date for f in find_dates(text) if f.kind == "day"]


# --------------------------------------------------------------------------- day forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 มกราคม 2569", D(2026, 1, 15)),
        ("๑๕ มกราคม ๒๕๖๙", D(2026, 1, 15)),
        ("15 ม.ค. 2569", D(2026, 1, 15)),
        ("15 ม.ค 2569", D(2026, 1, 15)),
        ("15 ม. ค. 2569", D(2026, 1, 15)),
        ("15 มค 2569", D(2026, 1, 15)),
        ("15 ม.ค. 69", D(2026, 1, 15)),
        ("ลงวันที่ 3 ต.ค 2568", D(2025, 10, 3)),
        ("1 มี.ค. 64", D(2021, 3, 1)),
        ("30 เมษายน 64", D(2021, 4, 30)),
        ("8 ม.ย.63", D(2020, 6, 8)),  # misspelt มิ.ย.
        ("12 กรกฏาคม 2568", D(2025, 7, 12)),
        ("5 พฤษจิกายน 2568", D(2025, 11, 5)),
        ("1 กุมภาพนธ์ 2569", D(2026, 2, 1)),
        ("15 มกราคม พ.ศ. 2569", D(2026, 1, 15)),
        ("15 มกราคม พ.ศ.2569", D(2026, 1, 15)),
        ("วันที่ 3 เดือน ตุลาคม พ.ศ. 2568", D(2025, 10, 3)),
        ("วันพุธที่ 4 ธันวาคม พ.ศ. 2567", D(2024, 12, 4)),
        ("วันจันทร์ที่ 4 ธันวาคม 2567", D(2024, 12, 4)),  # wrong weekday: trust the numbers
        ("18ธค66", D(2023, 12, 18)),
        ("15ม.ค.69", D(2026, 1, 15)),
        ("08 พฤษภาคม 2026", D(2026, 5, 8)),  # Thai month with a CE year
        ("ปรับปรุงเมื่อ 30 สิงหาคม 2023 เวลา 04:14:12", D(2023, 8, 30)),
        ("15/01/2569", D(2026, 1, 15)),
        ("๑๕/๐๑/๒๕๖๙", D(2026, 1, 15)),
        ("15-01-2026", D(2026, 1, 15)),
        ("15.01.69", D(2026, 1, 15)),
        ("วันที่:27/02/2563", D(2020, 2, 27)),
        ("01/25/2026", D(2026, 1, 25)),  # unambiguously month-first
        ("2026-01-15", D(2026, 1, 15)),
        ("2569-01-15", D(2026, 1, 15)),
        ("2026-01-15T10:00:00+07:00", D(2026, 1, 15)),
        ("2026-01-14T20:00:00Z", D(2026, 1, 15)),  # 03:00 in Thailand
        ("Friday, April 20, 2018", D(2018, 4, 20)),
        ("20 April 2018", D(2018, 4, 20)),
        ("Apr 20, 2018", D(2018, 4, 20)),
        ("Sept. 3, 2025", D(2025, 9, 3)),
        ("3rd of March 2025", D(2025, 3, 3)),
    ],
)
def test_day_forms(text: str, expected: dt.date) -> None:
    fd = one(text)
    assert (fd.kind, fd.date, fd.end) == ("day", expected, None)


def test_text_and_position_refer_to_the_original_string() -> None:
    text = "ประกาศ ณ วันที่ ๑๕ ม.ค. ๒๕๖๙ และ 3 ต.ค. 68"
    found = find_dates(text)
    assert [f.text for f in found] == ["๑๕ ม.ค. ๒๕๖๙", "3 ต.ค. 68"]
    for f in found:
        assert text[f.position : f.position + len(f.text)] == f.text


def test_zero_width_characters_are_ignored_and_positions_map_back() -> None:
    text = "ข่าว\u200b 15 มก\u200bราคม 2569"
    fd = one(text)
    assert fd.date == D(2026, 1, 15)
    assert text[fd.position : fd.position + len(fd.text)] == fd.text == "15 มก\u200bราคม 2569"


def test_dates_come_in_order_with_source() -> None:
    found = find_dates("3 ต.ค. 2568 ... 1 ม.ค. 2569 ... 2025-12-01", source="pdf")
    assert [f.date for f in found] == [D(2025, 10, 3), D(2026, 1, 1), D(2025, 12, 1)]
    assert {f.source for f in found} == {"pdf"}
    assert [f.position for f in found] == sorted(f.position for f in found)


# --------------------------------------------------------------------------- months and periods


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("สขร.1 เดือน ตุลาคม 2567", D(2024, 10, 1), D(2024, 10, 31)),
        ("ประจำเดือนตุลาคม2567", D(2024, 10, 1), D(2024, 10, 31)),
        ("ต.ค. 67", D(2024, 10, 1), D(2024, 10, 31)),
        ("กันยายน2568", D(2025, 9, 1), D(2025, 9, 30)),
        ("กุมภาพันธ์ 2567", D(2024, 2, 1), D(2024, 2, 29)),
        ("April 2018", D(2018, 4, 1), D(2018, 4, 30)),
    ],
)
def test_month_without_day(text: str, first: dt.date, last: dt.date) -> None:
    fd = one(text)
    assert (fd.kind, fd.date, fd.end, fd.last_day) == ("month", first, last, last)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("1 ต.ค. 2568 – 31 มี.ค. 2569", D(2025, 10, 1), D(2026, 3, 31)),
        ("1-15 มกราคม 2569", D(2026, 1, 1), D(2026, 1, 15)),
        ("1 ต.ค. – 31 ธ.ค. 2568", D(2025, 10, 1), D(2025, 12, 31)),
        ("1 ธ.ค. - 15 ม.ค. 2569", D(2025, 12, 1), D(2026, 1, 15)),  # start borrows the year before
        ("ตั้งแต่วันที่ 1 ตุลาคม 2568 ถึงวันที่ 31 มีนาคม 2569", D(2025, 10, 1), D(2026, 3, 31)),
        ("01/10/2568 - 31/03/2569", D(2025, 10, 1), D(2026, 3, 31)),
        ("ตุลาคม - ธันวาคม 2568", D(2025, 10, 1), D(2025, 12, 31)),
        ("ต.ค. 2568 - มี.ค. 2569", D(2025, 10, 1), D(2026, 3, 31)),
        ("ต.ค.-ธ.ค. 68", D(2025, 10, 1), D(2025, 12, 31)),
        ("ประจำปีงบประมาณ พ.ศ. 2569", D(2025, 10, 1), D(2026, 9, 30)),
        ("ปีงบประมาณ 2569", D(2025, 10, 1), D(2026, 9, 30)),
        ("ปีงบประมาณ ๒๕๖๙", D(2025, 10, 1), D(2026, 9, 30)),
        ("ปีงบ 69", D(2025, 10, 1), D(2026, 9, 30)),
        ("ประจําปีงบประมาณ 2569", D(2025, 10, 1), D(2026, 9, 30)),  # nikhahit + sara aa
        ("Fiscal Year 2026", D(2025, 10, 1), D(2026, 9, 30)),
        ("ไตรมาสที่ 1 ปีงบประมาณ 2569", D(2025, 10, 1), D(2025, 12, 31)),
        ("ไตรมาสที่ 2 ปีงบประมาณ 2569", D(2026, 1, 1), D(2026, 3, 31)),
        ("ไตรมาส 3/2569", D(2026, 4, 1), D(2026, 6, 30)),
        ("ไตรมาสที่ ๔ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", D(2026, 7, 1), D(2026, 9, 30)),
        ("รายงานผลการดำเนินงาน รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2569", D(2025, 10, 1), D(2026, 3, 31)),
        ("รอบ ๖ เดือนแรก ปีงบประมาณ 2569", D(2025, 10, 1), D(2026, 3, 31)),
        ("รอบ 12 เดือน ปีงบประมาณ 2568", D(2024, 10, 1), D(2025, 9, 30)),
        ("รอบ 6 เดือนหลัง ปีงบประมาณ 2568", D(2025, 4, 1), D(2025, 9, 30)),
        ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", D(2022, 10, 1), D(2027, 9, 30)),
        ("แผนพัฒนาท้องถิ่น 2566–2570", D(2022, 10, 1), D(2027, 9, 30)),
    ],
)
def test_periods(text: str, first: dt.date, last: dt.date) -> None:
    fd = one(text)
    assert (fd.kind, fd.date, fd.end) == ("period", first, last)


def test_quarter_takes_a_nearby_fiscal_year() -> None:
    found = find_dates("รายงานประจำปีงบประมาณ พ.ศ. 2569 ... ไตรมาสที่ 2 (ม.ค. - มี.ค.)")
    assert [(f.date, f.end) for f in found] == [
        (D(2025, 10, 1), D(2026, 9, 30)),
        (D(2026, 1, 1), D(2026, 3, 31)),
    ]


def test_quarter_and_round_without_a_fiscal_year_are_dropped() -> None:
    assert find_dates("ไตรมาสที่ 2 และ รอบ 6 เดือน") == []


def test_fiscal_year_is_never_a_day() -> None:
    assert all(f.kind == "period" for f in find_dates("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569"))


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("ประกาศ ณ วันที่ 15 มกราคม พ.ศ. 2569", "ประกาศ ณ วันที่"),
        ("ประกาศ ณ วันพฤหัสบดีที่ 15 มกราคม 2569", "ประกาศ ณ วันที่"),
        ("คำสั่งที่ 12/2569 ลงวันที่ 15 ม.ค. 2569", "ลงวันที่"),
        ("หนังสือ ลง 14 ม.ค.62", "ลง"),
        ("ข้อมูล ณ วันที่ 5 มิถุนายน 2563", "ข้อมูล ณ วันที่"),
        ("ณ วันที่ 30 ก.ย. 2568", "ณ วันที่"),
        ("ปรับปรุงล่าสุด: 15/01/2569", "ปรับปรุงล่าสุด"),
        ("ปรับปรุงเมื่อ 30 สิงหาคม 2023", "ปรับปรุงเมื่อ"),
        ("อัปเดตล่าสุด 2026-01-15", "อัปเดตล่าสุด"),
        ("อัพเดทล่าสุด 2026-01-15", "อัปเดตล่าสุด"),
        ("วันที่โพสต์ 15 ม.ค. 69", "วันที่โพสต์"),
        ("โพสต์เมื่อ 15 ม.ค. 69", "โพสต์เมื่อ"),
        ("เผยแพร่เมื่อ 15 ม.ค. 69", "เผยแพร่เมื่อ"),
        ("วันที่: 27/02/2563", "วันที่:"),
        ("Last updated: January 15, 2026", "Last updated"),
        ("Posted on Friday, April 20, 2018", "Posted on"),
        ("Published 20 April 2018", "Published"),
    ],
)
def test_labels(text: str, label: str) -> None:
    assert one(text).label == label


@pytest.mark.parametrize(
    "text",
    [
        "วันที่ 3 ตุลาคม 2568",  # plain "วันที่" introduces any date
        "ประมาณ วันที่ 3 ตุลาคม 2568",  # ณ at the end of a word is not "ณ วันที่"
        "ราคาลดลง 3 ตุลาคม 2568",  # ลง at the end of a word
        "ข่าว 3 ตุลาคม 2568",
    ],
)
def test_no_label(text: str) -> None:
    assert one(text).label is None


# --------------------------------------------------------------------------- traps


@pytest.mark.parametrize(
    "text",
    [
        "โทร 0 2123 4567",
        "มือถือ 081-234-5678",
        "โทรศัพท์ 02-123-4567 ต่อ 12",
        "ราคา 30,000 บาท",
        "ที่ มท 0808.2/ว 1234",
        "เลขที่ 12/2567",
        "คำสั่งที่ 123/2569",
        "เวลา 13:45 น.",
        "เวลา 09.00-12.00 น.",
        "version 1.2.2020",
        "v2.10.2020",
        "IP 192.168.1.10",
        "31 ก.พ. 2569",
        "30 กุมภาพันธ์ 2568",
        "15 มกราคม 2400",  # 1857 CE
        "15 มกราคม 2700",
        "15/01/26",  # two-digit years are BE: 2526 = 1983
        "พ.ร.บ. ข้อมูลข่าวสารของราชการ พ.ศ. 2540",
        "พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560",
        "ภาคเรียนที่ 1/2569",
        "ปีการศึกษา 2569",
        "ปีการศึกษา 2568-2569",
        "© 2569",
        "สงวนลิขสิทธิ์ 2569",
        "Copyright © 2018-2026 เทศบาล",
        "นายก อบต. วาระ พ.ศ. 2564-2568",
        "ปี 2569",
        "พ.ศ. 2569",
        "2569",
        "15 มกราคม",  # no year
        "ต.คลองหนึ่ง อ.คลองหลวง หมู่ 5 ต.คลองสอง",
        "ตุลาการ 2568",
        "you may 2026",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_document_number_next_to_a_real_date() -> None:
    found = find_dates("ที่ มท 0808.2/ว 1234 ลงวันที่ 5 มกราคม 2569 เลขที่ 12/2567")
    assert [(f.date, f.label) for f in found] == [(D(2026, 1, 5), "ลงวันที่")]


def test_agency_page_snippet() -> None:
    text = (
        "หน้าหลัก | วันพุธที่ 4 ธันวาคม พ.ศ. 2567 | โทร 0 4412 3456\n"
        "ข่าวประชาสัมพันธ์\n"
        "17 ธ.ค. 2567 ประกาศผู้ชนะการเสนอราคา โครงการก่อสร้างถนน ราคา 1,250,000 บาท\n"
        "3 ธ.ค. 67 ประชุมสภา สมัยสามัญ สมัยที่ 4/2567\n"
        "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) | © 2567 สงวนลิขสิทธิ์"
    )
    found = find_dates(text)
    assert [(f.date, f.kind) for f in found] == [
        (D(2024, 12, 4), "day"),
        (D(2024, 12, 17), "day"),
        (D(2024, 12, 3), "day"),
        (D(2022, 10, 1), "period"),
    ]


def test_bulleted_dates_are_not_a_range() -> None:
    found = find_dates("ข่าวล่าสุด\n15 ม.ค. 2569\n- 20 ม.ค. 2569\nตุลาคม 2568\n- พฤศจิกายน 2568")
    assert [(f.kind, f.date) for f in found] == [
        ("day", D(2026, 1, 15)),
        ("day", D(2026, 1, 20)),
        ("month", D(2025, 10, 1)),
        ("month", D(2025, 11, 1)),
    ]


def test_range_wrapped_after_the_dash_is_still_a_range() -> None:
    fd = one("1 ต.ค. 2568 –\n31 มี.ค. 2569")
    assert (fd.kind, fd.date, fd.end) == ("period", D(2025, 10, 1), D(2026, 3, 31))


def test_label_with_spacing_and_colon() -> None:
    assert one("ปรับปรุงล่าสุด :    15 ม.ค. 2569").label == "ปรับปรุงล่าสุด"
    assert one("Last updated: 2026-01-15T10:00:00+07:00").label == "Last updated"


def test_empty_text() -> None:
    assert find_dates("") == []


# --------------------------------------------------------------------------- property-based

THAI_MONTHS = {
    1: ("มกราคม", "ม.ค.", "ม.ค", "มค"),
    2: ("กุมภาพันธ์", "ก.พ.", "ก.พ", "กพ", "กุมภาพนธ์"),
    3: ("มีนาคม", "มี.ค.", "มี.ค", "มีค"),
    4: ("เมษายน", "เม.ย.", "เม.ย", "เมย"),
    5: ("พฤษภาคม", "พ.ค.", "พ.ค", "พค"),
    6: ("มิถุนายน", "มิ.ย.", "มิ.ย", "มิย", "ม.ย."),
    7: ("กรกฎาคม", "ก.ค.", "ก.ค", "กค", "กรกฏาคม"),
    8: ("สิงหาคม", "ส.ค.", "ส.ค", "สค"),
    9: ("กันยายน", "ก.ย.", "ก.ย", "กย"),
    10: ("ตุลาคม", "ต.ค.", "ต.ค", "ตค"),
    11: ("พฤศจิกายน", "พ.ย.", "พ.ย", "พย", "พฤษจิกายน"),
    12: ("ธันวาคม", "ธ.ค.", "ธ.ค", "ธค"),
}
WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


@st.composite
def thai_rendering(draw: st.DrawFn) -> tuple[dt.date, str]:
    day = draw(st.dates(D(2000, 1, 1), D(2100, 12, 31)))
    era = draw(st.sampled_from(["be4", "be2", "ce"]))
    if era == "be2" and day.year > 2056:  # two-digit years are BE 25xx: up to 2599 = 2056 CE
        era = "be4"
    year = {
        "be4": str(day.year + 543),
        "be2": f"{(day.year + 543) % 100:02d}",
        "ce": str(day.year),
    }[era]
    month = draw(st.sampled_from(THAI_MONTHS[day.month]))
    d = f"{day.day:02d}" if draw(st.booleans()) else str(day.day)
    sp1, sp2 = draw(st.sampled_from(["", " ", "  "])), draw(st.sampled_from([" ", ""]))
    era_mark = draw(st.sampled_from(["", "พ.ศ. ", "พ.ศ."])) if era.startswith("be") else ""
    if era_mark:
        sp2 = " "
    core = f"{d}{sp1}{draw(st.sampled_from(['', 'เดือน ']))}{month}{sp2}{era_mark}{year}"
    prefix = draw(
        st.sampled_from(
            ["", "วันที่ ", f"วัน{draw(st.sampled_from(WEEKDAYS))}ที่ ", "ประกาศ ณ วันที่ ", "ข่าว "]
        )
    )
    text = prefix + core
    if draw(st.booleans()):
        text = text.translate(THAI_DIGITS)
    filler = draw(st.sampled_from(["", "ข้อมูลข่าวสาร ", "เรื่อง ประกาศ\n"]))
    return day, filler + text + draw(st.sampled_from(["", " ประกาศ", " น."]))


@settings(max_examples=600, deadline=None)
@given(thai_rendering())
def test_any_thai_rendering_reads_back(case: tuple[dt.date, str]) -> None:
    day, text = case
    found = find_dates(text)
    assert [(f.date, f.kind) for f in found] == [(day, "day")], text


@settings(max_examples=300, deadline=None)
@given(
    st.dates(D(2000, 1, 1), D(2056, 12, 31)),
    st.sampled_from(["/", "-", "."]),
    st.sampled_from(["be4", "be2", "ce"]),
    st.booleans(),
)
def test_any_numeric_rendering_reads_back(day: dt.date, sep: str, era: str, thai: bool) -> None:
    year = {
        "be4": str(day.year + 543),
        "be2": f"{(day.year + 543) % 100:02d}",
        "ce": str(day.year),
    }[era]
    text = f"วันที่ {day.day:02d}{sep}{day.month:02d}{sep}{year}"
    if thai:
        text = text.translate(THAI_DIGITS)
    assert [f.date for f in find_dates(text)] == [day]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789๑๒๕๖๙/.-: ม.คตุลาพศปีงบ\u200bประกาศณวันที่", max_size=60))
def test_never_raises_and_positions_hold(text: str) -> None:
    for f in find_dates(text):
        assert text[f.position : f.position + len(f.text)] == f.text
        assert D(2000, 1, 1) <= f.date <= D(2100, 12, 31)
        assert f.kind in ("day", "month", "period")


# --------------------------------------------------------------------------- parse_date_value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-15", D(2026, 1, 15)),
        ("2026-01-15T10:00:00+07:00", D(2026, 1, 15)),
        ("2026-01-15T10:00:00.123456+07:00", D(2026, 1, 15)),
        ("2026-01-14T18:30:00Z", D(2026, 1, 15)),
        ("2026-01-14T18:30:00", D(2026, 1, 14)),  # no offset: taken as written
        ("2026-01-15 10:00:00", D(2026, 1, 15)),
        ("20260115", D(2026, 1, 15)),
        ("2569-01-15", D(2026, 1, 15)),
        ("Wed, 21 Oct 2025 07:28:00 GMT", D(2025, 10, 21)),
        ("Wed, 21 Oct 2025 20:28:00 GMT", D(2025, 10, 22)),
        ("D:20251014093000+07'00'", D(2025, 10, 14)),
        ("D:20251013200000Z", D(2025, 10, 14)),
        ("D:25681014093000+07'00'", D(2025, 10, 14)),  # Thai Word writes BE years
        ("D:20251014", D(2025, 10, 14)),
        ("๑๕ มกราคม ๒๕๖๙", D(2026, 1, 15)),
        ("  15 ม.ค. 69 ", D(2026, 1, 15)),
    ],
)
def test_parse_date_value(value: str, expected: dt.date) -> None:
    fd = parse_date_value(value, "meta")
    assert fd is not None
    assert (fd.date, fd.source, fd.kind) == (expected, "meta", "day")


def test_parse_date_value_month_and_failures() -> None:
    fd = parse_date_value("2026-01", "jsonld")
    assert fd is not None and (fd.kind, fd.date, fd.end) == ("month", D(2026, 1, 1), D(2026, 1, 31))
    for bad in (
        "",
        "   ",
        "tomorrow",
        "2026-13-01",
        "D:garbage",
        "Wed, 32 Oct 2025 07:28:00 GMT",
        "0000-00-00",
    ):
        assert parse_date_value(bad, "meta") is None, bad


# --------------------------------------------------------------------------- URLs


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.go.th/2026/01/15/news-title/", [("day", D(2026, 1, 15), None)]),
        (
            "https://x.go.th/wp-content/uploads/2026/01/plan.pdf",
            [("month", D(2026, 1, 1), D(2026, 1, 31))],
        ),
        ("https://x.go.th/files/2569-01-15-report.pdf", [("day", D(2026, 1, 15), None)]),
        ("https://x.go.th/files/scan_20260115_1030.pdf", [("day", D(2026, 1, 15), None)]),
        (
            "https://x.go.th/doc/%E0%B8%AA%E0%B8%82%E0%B8%A3.%E0%B9%80%E0%B8%94%E0%B8%B7%E0%B8%AD%E0%B8%99%20"
            "%E0%B8%95%E0%B8%B8%E0%B8%A5%E0%B8%B2%E0%B8%84%E0%B8%A1%202567.pdf",  # สขร.เดือน ตุลาคม 2567.pdf
            [("month", D(2024, 10, 1), D(2024, 10, 31))],
        ),
        ("https://x.go.th/news/ข่าว-15-มกราคม-2569", [("day", D(2026, 1, 15), None)]),
        ("https://x.go.th/news/ข่าว-๑๕-ม.ค.-๒๕๖๙", [("day", D(2026, 1, 15), None)]),
        ("https://x.go.th/procurement/plan-2569.pdf", [("period", D(2025, 10, 1), D(2026, 9, 30))]),
        (
            "https://x.go.th/d/แผนการจัดซื้อจัดจ้าง_2569.pdf",
            [("period", D(2025, 10, 1), D(2026, 9, 30))],
        ),
        ("https://x.go.th/d/ปีงบประมาณ-2569/", [("period", D(2025, 10, 1), D(2026, 9, 30))]),
        ("https://x.go.th/gallery/photo-2569.jpg", []),  # no plan/report word: conservative
        ("https://x.go.th/news?id=2569&page=12", []),
        ("https://x.go.th/index.php?_mod=Y29udGVudA", []),
        ("https://x.go.th/พ-ศ-๒๕๖๗-๓", []),
    ],
)
def test_dates_in_url(url: str, expected: list[tuple[str, dt.date, dt.date | None]]) -> None:
    found = dates_in_url(url)
    assert [(f.kind, f.date, f.end) for f in found] == expected
    assert all(f.source == "url" for f in found)


# --------------------------------------------------------------------------- choose_date

AS_OF = D(2026, 1, 20)


def fd(
    day: dt.date,
    source: str = "text",
    *,
    kind: str = "day",
    label: str | None = None,
    end: dt.date | None = None,
) -> FoundDate:
    return FoundDate(day, day.isoformat(), source, kind, end, label)


def test_choose_labelled_over_everything() -> None:
    choice = choose_date(
        [
            fd(D(2026, 1, 10), "meta"),
            fd(D(2025, 12, 1), "text", label="ประกาศ ณ วันที่"),
            fd(D(2026, 1, 5)),
        ],
        AS_OF,
    )
    assert isinstance(choice, DateChoice)
    assert (choice.date, choice.source) == (D(2025, 12, 1), "text")
    assert choice.reason == "labelled 'ประกาศ ณ วันที่' in text"


def test_choose_newest_labelled() -> None:
    choice = choose_date(
        [fd(D(2025, 12, 1), label="ลงวันที่"), fd(D(2026, 1, 2), label="ปรับปรุงล่าสุด")], AS_OF
    )
    assert choice is not None and choice.date == D(2026, 1, 2)


def test_choose_meta_over_text_then_newest_text() -> None:
    choice = choose_date([fd(D(2026, 1, 1)), fd(D(2025, 11, 1), "jsonld")], AS_OF)
    assert choice is not None and (choice.date, choice.source) == (D(2025, 11, 1), "jsonld")
    choice = choose_date(
        [fd(D(2025, 12, 1)), fd(D(2026, 1, 9)), fd(D(2025, 11, 1)), fd(D(2026, 1, 1), "url")], AS_OF
    )
    assert choice is not None and (choice.date, choice.source) == (D(2026, 1, 9), "text")
    assert choice.reason == "newest of 3 dates in text"


@pytest.mark.parametrize(
    ("sources", "winner"),
    [
        (["pdf", "title", "link", "url", "pdf-meta", "http-header"], "pdf"),
        (["title", "link", "url", "pdf-meta", "http-header"], "title"),
        (["link", "url", "pdf-meta", "http-header"], "link"),
        (["url", "pdf-meta", "http-header"], "url"),
        (["pdf-meta", "http-header"], "http-header"),
        (["http-header"], "http-header"),
    ],
)
def test_source_preference(sources: list[str], winner: str) -> None:
    # each weaker source carries a newer date, which must not win
    cands = [fd(D(2025, 12, 1) + dt.timedelta(days=i), s) for i, s in enumerate(sources)]
    choice = choose_date(cands, AS_OF)
    assert choice is not None and choice.source == winner


def test_choose_drops_future_chrome_and_periods() -> None:
    cands = [
        fd(D(2026, 2, 1), label="ประกาศ ณ วันที่"),  # after as_of
        fd(AS_OF, label="ข้อมูล ณ วันที่"),  # server clock: passed as chrome
        fd(D(2025, 10, 1), kind="period", end=D(2026, 9, 30)),
        fd(D(2025, 12, 24)),
    ]
    choice = choose_date(cands, AS_OF, chrome=frozenset({AS_OF}))
    assert choice is not None and choice.date == D(2025, 12, 24)
    assert "1 future" in choice.reason and "1 site-chrome" in choice.reason


def test_choose_month_counts_as_last_day_or_as_of() -> None:
    oct_ = fd(D(2025, 10, 1), kind="month", end=D(2025, 10, 31))
    assert choose_date([oct_], AS_OF) == DateChoice(
        D(2025, 10, 31), "text", "2025-10-01", "only date in text"
    )
    running = fd(D(2026, 1, 1), kind="month", end=D(2026, 1, 31))
    choice = choose_date([running], AS_OF)
    assert choice is not None and choice.date == AS_OF
    assert choose_date([fd(D(2026, 2, 1), kind="month", end=D(2026, 2, 28))], AS_OF) is None


def test_choose_nothing() -> None:
    assert choose_date([], AS_OF) is None
    assert choose_date([fd(D(2025, 10, 1), kind="period", end=D(2026, 9, 30))], AS_OF) is None


def test_end_to_end_page_date() -> None:
    text = "ข่าว 3 ธ.ค. 2568 | ประกาศ ณ วันที่ 15 ธันวาคม พ.ศ. 2568 | กิจกรรม 5 ม.ค. 2569 | ประชุม 30 ม.ค. 2569"
    choice = choose_date(find_dates(text), AS_OF)
    assert choice is not None
    assert (choice.date, choice.text) == (D(2025, 12, 15), "15 ธันวาคม พ.ศ. 2568")
