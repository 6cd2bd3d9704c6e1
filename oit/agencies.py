"""Read and validate an agencies CSV (``id,name,url`` and optional ``province,type`` and budget columns).

Pure: a path in, agencies and per-row problems out. A bad row is reported with
its line number and skipped; the good rows still run.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from crawler.records import Agency, Budget

REQUIRED = ("url",)
# Optional per-agency overrides of the crawl budget: CSV column -> Budget field and type.
BUDGET_COLUMNS = {f.name: f.type for f in fields(Budget)}
_ID_OK = re.compile(r"^[\w.-]{1,64}$")


class AgencyFileError(ValueError):
    """The file as a whole cannot be used (missing, unreadable, no url column)."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _ipv6(host: str) -> str | None:
    """The compressed form of an IPv6 literal (brackets already removed), else None."""
    try:
        address = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return None
    return str(address) if address.version == 6 else None


def normalize_url(raw: str) -> str:
    """An http(s) URL with a host, IDN host encoded as punycode; ValueError otherwise.

    >>> normalize_url("https://เทศบาล.ไทย")
    'https://xn--o3cg7ak5c9d.xn--o3cw4h/'
    >>> normalize_url("www.example.go.th/")
    'https://www.example.go.th/'
    """
    raw = raw.strip()
    if not raw:
        raise ValueError("empty URL")
    if "://" not in raw:
        # ("[2001:db8::1]:8080/path" is an IPv6 literal, not a scheme)
        if (
            not raw.startswith("[")
            and ":" in raw.split("/")[0]
            and not re.match(r"^[^:]+:\d+", raw)
        ):
            raise ValueError(f"not an http(s) URL: {raw}")
        raw = "https://" + raw
    parts = urlsplit(raw)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"not an http(s) URL: {raw}")
    host = parts.hostname
    ipv6 = _ipv6(host or "") if parts.netloc.split("@")[-1].startswith("[") else None
    if not host or " " in raw or ("." not in host and host != "localhost" and ipv6 is None):
        raise ValueError(f"malformed URL: {raw}")
    try:
        port = parts.port
        ascii_host = f"[{ipv6}]" if ipv6 else host.encode("idna").decode("ascii")
    except (ValueError, UnicodeError) as exc:
        raise ValueError(f"malformed URL: {raw}") from exc
    netloc = ascii_host + (f":{port}" if port else "")
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def _decode(data: bytes) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM (Excel's "Unicode text"), else windows-874."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise AgencyFileError("not a text CSV file (binary content) / ไม่ใช่ไฟล์ CSV")
    for encoding in ("utf-8-sig", "cp874"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _budget(row: dict[str, str], line: int, problems: list[RowProblem]) -> Budget:
    budget = Budget()
    for column, kind in BUDGET_COLUMNS.items():
        value = (row.get(column) or "").strip()
        if not value:
            continue
        try:
            number = float(value) if kind in (float, "float") else int(value)
            if number <= 0:
                raise ValueError
        except ValueError:
            problems.append(RowProblem(line, f"{column} must be a positive number, got {value!r}"))
            continue
        budget = replace(budget, **{column: number})
    return budget


def parse_agencies(text: str) -> tuple[list[Agency], list[RowProblem]]:
    """Agencies from CSV text; rows with problems are left out and listed."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        found = ", ".join(header) or "nothing"
        raise AgencyFileError(
            f"no '{missing[0]}' column (header has: {found}) / ไม่มีคอลัมน์ {missing[0]}"
        )
    reader.fieldnames = header
    agencies: list[Agency] = []
    problems: list[RowProblem] = []
    seen: set[str] = set()
    for number, row in enumerate(reader, start=1):
        line = reader.line_num
        row = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
        if not any(row.values()):
            continue
        try:
            url = normalize_url(row.get("url", ""))
        except ValueError as exc:
            problems.append(RowProblem(line, str(exc)))
            continue
        agency_id = row.get("id") or f"row{number}"
        if not _ID_OK.match(agency_id):
            problems.append(RowProblem(line, f"bad id {agency_id!r} (letters, digits, . _ -)"))
            continue
        if agency_id in seen:
            problems.append(RowProblem(line, f"duplicate id {agency_id!r}"))
            continue
        seen.add(agency_id)
        agencies.append(
            Agency(
                id=agency_id,
                name=row.get("name") or urlsplit(url).hostname or agency_id,
                url=url,
                province=row.get("province", ""),
                type=row.get("type", ""),
                budget=_budget(row, line, problems),
            )
        )
    return agencies, problems


def load_agencies(path: str | Path) -> tuple[list[Agency], list[RowProblem]]:
    """Read ``path``; raises :class:`AgencyFileError` with a one-line message when it is unusable."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AgencyFileError(f"file not found: {path} / ไม่พบไฟล์") from None
    except OSError as exc:
        raise AgencyFileError(f"cannot read {path}: {exc.strerror} / อ่านไฟล์ไม่ได้") from None
    try:
        return parse_agencies(_decode(data))
    except UnicodeDecodeError:
        raise AgencyFileError(f"{path}: cannot decode the file / อ่านรหัสอักขระไม่ได้") from None
    except csv.Error as exc:
        raise AgencyFileError(f"{path}: not a valid CSV file ({exc})") from None
