"""Text of a PDF with pypdfium2, the only extractor measured to keep Thai tone marks.

``extract_pdf`` never raises for bad input: broken, encrypted or non-PDF data
gives ``PdfText`` with ``error`` set. ``error`` is also set (with the text of
the other pages kept) when a single page fails. pdfium is not thread-safe:
call this from one thread at a time (Scrapy's reactor thread, or a process).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pypdfium2 as pdfium

__all__ = ["PdfText", "extract_pdf"]

# Document-information keys carrying dates, strongest first.
_META_DATE_KEYS = ("ModDate", "CreationDate")
# Titles that word processors write instead of the document's title.
_JUNK_TITLE = re.compile(r"^(?:microsoft (?:word|excel|powerpoint) - |untitled\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PdfText:
    text: str
    title: str
    pages: int  # pages in the document (text is read from at most max_pages of them)
    meta_dates: tuple[tuple[str, str], ...] = ()  # (raw value, "pdf-meta")
    error: str | None = None


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\ufffe", "")


def extract_pdf(data: bytes, max_pages: int = 40) -> PdfText:
    """Text of the first ``max_pages`` pages, the title and the date fields of the document information."""
    if not data or b"%PDF" not in data[:1024]:
        return PdfText("", "", 0, (), "not a PDF")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        return PdfText("", "", 0, (), f"cannot open PDF: {exc}")
    except Exception as exc:  # pdfium raises assorted errors on hostile input
        return PdfText("", "", 0, (), f"cannot open PDF: {type(exc).__name__}: {exc}")
    try:
        try:
            meta = doc.get_metadata_dict(skip_empty=True)
        except Exception:
            meta = {}
        title = (meta.get("Title") or "").strip()
        title = _JUNK_TITLE.sub("", title).strip() if not _JUNK_TITLE.fullmatch(title) else ""
        meta_dates = tuple(
            (meta[k].strip(), "pdf-meta") for k in _META_DATE_KEYS if meta.get(k, "").strip()
        )
        pages = len(doc)
        texts: list[str] = []
        error: str | None = None
        for i in range(min(pages, max(0, max_pages))):
            try:
                page = doc[i]
                try:
                    textpage = page.get_textpage()
                    try:
                        texts.append(_clean(textpage.get_text_range()))
                    finally:
                        textpage.close()
                finally:
                    page.close()
            except Exception as exc:
                error = error or f"page {i + 1}: {type(exc).__name__}: {exc}"
        return PdfText("\n".join(texts).strip(), title, pages, meta_dates, error)
    finally:
        doc.close()
