"""Reading one input (a path or bytes) into a :class:`~textmine.model.Document`.

Steps: guess the format from the extension (or sniff bytes without a name); decode
(:mod:`.encoding`); for HTML render the page as lines with TAB-separated table grids
(:mod:`.html`); find the archiver header and portal chrome (:mod:`.chrome`); for hard-wrapped
PDF-extracted text undo the layout (:mod:`.layout`); for markdown find pipe tables
(:mod:`.pipe`) and drop heading marks (``#``); then normalise once with all drop ranges, so every character of
``Document.text`` maps back to ``Document.raw_text`` through ``Document.offsets``.

Example:
    >>> doc = read_document("报告\\n一、总体情况".encode("gbk"), name="a.txt")
    >>> doc.text, doc.encoding, doc.format
    ('报告\\n一、总体情况', 'gb18030', 'txt')
"""

from __future__ import annotations

import bisect
import hashlib
import html
import io
import logging
import os
import re
import zipfile
from pathlib import Path

from textmine.errors import ReadError, UnsupportedFormatError
from textmine.ingest.chrome import find_chrome, leading_header, looks_like_report, rules
from textmine.ingest.doc import doc_text
from textmine.ingest.docx import render_docx
from textmine.ingest.encoding import decode
from textmine.ingest.html import embedded_tables, render_html
from textmine.ingest.layout import (
    hard_wrap_drops,
    letter_spacing_drops,
    page_number_drops,
    running_head_drops,
)
from textmine.ingest.page import RenderedPage
from textmine.ingest.pdf import MAX_PAGES, render_pdf
from textmine.ingest.pipe import find_pipe_tables
from textmine.ingest.spans import SpanSet, raw_to_text_span
from textmine.model import Document, Table
from textmine.normalize import normalize

logger = logging.getLogger(__name__)

#: Extension → format.
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".htm": "html",
    ".html": "html",
    ".shtml": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",
    ".wps": "wps",
    ".et": "et",
    ".rtf": "rtf",
}

#: Formats that have a reader.
READABLE = frozenset({"txt", "md", "html", "pdf", "docx", "doc"})

#: Formats that are recognised but not read, with what to do instead.
UNSUPPORTED: dict[str, str] = {
    "wps": "WPS Writer .wps documents cannot be read: save the file as .docx or PDF",
    "et": "WPS Spreadsheets .et files are not reports: save the report as .docx or PDF",
    "rtf": "RTF documents cannot be read yet: save the file as .docx or PDF",
    "zip": "a ZIP archive that is not a Word document: unpack it and tag the folder",
    "ole": "an Office binary file that is not a Word .doc (a spreadsheet or slides?)",
    "xlsx": "an Excel workbook, not a report (tag a crawl table as .csv/.xlsx by its extension)",
}

#: Formats recognised from their first bytes (a file's content overrides its extension).
BINARY = frozenset({"pdf", "docx", "doc", "rtf", "zip", "ole", "xlsx"})

#: The start of an HTML document (after a BOM/whitespace), for sniffing bytes without a name.
RE_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)

#: A markdown ATX heading mark at a line start (the mark and the spaces after it are dropped).
RE_MD_HEADING = re.compile(r"^([ \t]*#{1,6}[ \t]*)(?=[^\s#])", re.M)
#: A markdown line that is wholly bold (``**概述**``, a heading written as emphasis): its marks are dropped.
RE_MD_BOLD_LINE = re.compile(r"^[ \t]*(\*\*|__)(?=\S)[^*_\n]+?(?<=\S)(\1)[ \t]*$", re.M)

NOT_A_REPORT = "page does not look like an annual report"

#: The longest text read by default, in characters (``--max-chars``).
MAX_CHARS = 5_000_000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

NAMES = {"pdf": "PDF", "docx": "Word .docx", "doc": "Word .doc", "rtf": "RTF", "html": "HTML",
         "txt": "plain text", "md": "Markdown", "zip": "ZIP", "ole": "Office binary",
         "xlsx": "Excel", "wps": "WPS", "et": "WPS Spreadsheets"}  # fmt: skip


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError, EOFError, RuntimeError):
        return "docx"  # a truncated or damaged package: the Word reader says what is wrong
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return "zip"


def sniff(data: bytes) -> str:
    """The format of a file from its first bytes: a binary format, ``html`` or ``txt``.

    >>> sniff(b"%PDF-1.7 ..."), sniff(b"<!DOCTYPE html><p>x"), sniff("报告".encode())
    ('pdf', 'html', 'txt')
    """
    if data[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):  # a package, or an empty archive
        return _zip_kind(data)
    if data.startswith(OLE_MAGIC):
        return "doc" if "WordDocument".encode("utf-16-le") in data[:1 << 20] else "ole"
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            head = head.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return "txt"
    if RE_HTML_START.match(head):
        return "html"
    return "txt"


def _unsupported(label: str, fmt: str) -> UnsupportedFormatError:
    return UnsupportedFormatError(label, f"{fmt}: {UNSUPPORTED[fmt]}")


def _declared(label: str, name: str | None, format: str | None) -> str | None:
    """The format from ``format`` or the name's extension; ``None`` means: sniff the bytes."""
    if format is not None:
        fmt = format.lower().lstrip(".")
        fmt = FORMATS.get("." + fmt, fmt)
        if fmt in READABLE:
            return fmt
        if fmt in UNSUPPORTED:
            raise _unsupported(label, fmt)
        raise UnsupportedFormatError(
            label, f"unknown format {format!r} (expected one of {', '.join(sorted(READABLE))})"
        )
    suffix = Path(name).suffix.lower() if name else ""
    if not suffix:
        return None
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise UnsupportedFormatError(
            label,
            f"unsupported file extension {suffix!r} (expected one of {', '.join(sorted(FORMATS))})",
        )
    if fmt in UNSUPPORTED:
        raise _unsupported(label, fmt)
    return fmt


def _format(label: str, declared: str | None, data: bytes, warnings: list[str]) -> str:
    """The format to read: the content decides when it contradicts the extension."""
    found = sniff(data)
    if declared is None:
        fmt = found
    elif found in BINARY and found != declared:
        warnings.append(f"the file is {NAMES[found]}, not {NAMES[declared]} as its name says")
        fmt = found
    elif declared in BINARY and found not in BINARY:
        if declared == "doc" or found == "html":  # Word's "save as web page" .doc, error pages
            warnings.append(f"the file is {NAMES[found]}, not {NAMES[declared]} as its name says")
            fmt = found
        elif data.strip():
            raise ReadError(label, f"not a {NAMES[declared]} file (its first bytes are {data[:8]!r})")
        else:
            fmt = declared  # empty: the reader says so
    else:
        fmt = declared
    if fmt in UNSUPPORTED:
        raise _unsupported(label, fmt)
    return fmt


def _load(
    source: str | os.PathLike[str] | bytes, name: str | None
) -> tuple[bytes, str | None, str, str | None]:
    """Return ``(data, path, label, name)`` for a path or bytes (data read later for paths)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None, name or "<bytes>", name
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        shown = source[:20].replace("\n", "\\n").replace("\r", "\\r")
        raise ReadError(
            "<str>", f"a path or bytes was expected, but the string given holds line breaks ({shown!r}…): "
            "for a report's text pass its bytes, e.g. textmine.read(text.encode('utf-8'))"
        )
    path = Path(source)
    return b"", str(path), str(path), name or path.name


def _render(
    fmt: str, data: bytes, label: str, warnings: list[str], *, ocr: bool, max_pages: int
) -> tuple[RenderedPage | None, str, str]:
    """``(page, raw text, encoding)``: a rendered page for HTML/Word/PDF, else ``None``."""
    if fmt == "docx":
        page = render_docx(data, label=label)
        encoding = "utf-8"
    elif fmt == "pdf":
        page = render_pdf(data, label=label, ocr=ocr, max_pages=max_pages)
        encoding = "pdf"
    elif fmt == "doc":
        return None, doc_text(data, label=label), "utf-8"
    else:
        decoded = decode(data, name=label, html=fmt == "html")
        warnings.extend(decoded.warnings)
        if fmt != "html":
            return None, unescape_references(decoded.text), decoded.encoding
        page = render_html(decoded.text)
        encoding = decoded.encoding
    warnings.extend(page.warnings)
    if not page.text.strip():
        what = {"html": "the HTML page (an image-only or script-built page?)"}
        raise ReadError(label, f"no text in {what.get(fmt, 'the ' + NAMES[fmt] + ' file')}")
    return page, page.text, encoding


#: An HTML character reference: named (&nbsp; &ldquo;) or numeric (&#12288; &#x3000;).
RE_REFERENCE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")


def unescape_references(text: str) -> str:
    r"""A plain text with the HTML character references a crawler left (tags stripped, but
    ``&nbsp;`` between the blocks, ``&ldquo;…&rdquo;`` around quotations) decoded, when it holds at
    least two; the text itself otherwise (a lone ``&amp;`` may be meant).

    >>> unescape_references("一、总体情况&nbsp;&nbsp;&ldquo;放管服&rdquo;")
    '一、总体情况\xa0\xa0“放管服”'
    >>> unescape_references("R&D 与 &c;"), unescape_references("A&amp;B")
    ('R&D 与 &c;', 'A&amp;B')
    """
    if len(RE_REFERENCE.findall(text, 0, 200_000)) < 2:
        return text
    return RE_REFERENCE.sub(lambda m: html.unescape(m.group()), text)


def _text_offset(offsets: list[int], raw: int) -> int:
    """The first text index whose raw offset is at or after ``raw``."""
    return bisect.bisect_left(offsets, raw)


def read_document(
    source: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    format: str | None = None,
    ocr: bool = False,
    max_pages: int = MAX_PAGES,
    max_chars: int = MAX_CHARS,
) -> Document:
    """Read a report file (or its bytes) into a :class:`Document`.

    Args:
        source: a path, or the raw bytes of a file.
        name: the file name for bytes (used for the format guess and in messages).
        format: force a format (``txt``, ``md``, ``html``, ``pdf``, ``docx``, ``doc``) instead
            of guessing it from the extension and the first bytes.
        ocr: read PDF pages without a text layer through tesseract (when installed).
        max_pages: a PDF with more pages is an error.
        max_chars: a text longer than this (after decoding or rendering) is an error: a
            report is rarely over 300,000 characters, and the analysis needs memory in
            proportion to the text.

    Returns:
        The document: normalised ``text`` with ``offsets`` into ``raw_text``, tables, header
        fields (archiver header, page metadata such as 来源/时间) and warnings.

    Raises:
        FileNotFoundError: the path does not exist.
        UnsupportedFormatError: the format has no reader (``.wps``, ``.et``, ``.rtf``, ``.xls`` …).
        NoTextLayerError: a PDF without usable text (and no OCR).
        ReadError: the input is empty, binary, undecodable, damaged or over a size limit, or
            holds no text.

    >>> read_document(b"<html><body><p>\\xe6\\x8a\\xa5\\xe5\\x91\\x8a</p></body></html>").format
    'html'
    """
    data, path, label, name = _load(source, name)
    declared = _declared(label, name, format)
    if path is not None:
        file = Path(path)
        if not file.exists():
            raise FileNotFoundError(f"{path}: no such file")
        if file.is_dir():
            raise ReadError(path, "is a folder, not a report file (use walk() to expand folders)")
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise ReadError(path, f"cannot read the file: {exc.strerror or exc}") from exc
    if not data:
        raise ReadError(label, "empty file: no text to read")
    warnings: list[str] = []
    fmt = declared if format is not None and declared else _format(label, declared, data, warnings)
    sha256 = hashlib.sha256(data).hexdigest()
    page, raw, encoding = _render(fmt, data, label, warnings, ocr=ocr, max_pages=max_pages)
    if len(raw) > max_chars:
        raise ReadError(
            label,
            f"the text has {len(raw):,} characters, more than the limit of {max_chars:,} "
            "(a report is rarely over 300,000; raise the limit with --max-chars)",
        )
    raw_tables: list[Table] = [t.to_table() for t in page.tables] if page else []
    page_header: dict[str, str] = dict(page.header) if page else {}
    if page is None:
        raw, html_tables = embedded_tables(raw)  # a converter's HTML tables inside Markdown or text
        raw_tables = sorted(find_pipe_tables(raw) + [t.to_table() for t in html_tables], key=lambda t: t.start or 0)
    protect = [(t.start or 0, t.end or 0) for t in raw_tables]
    drops: list[tuple[int, int]] = []
    header: dict[str, str] = dict(page_header)
    header_end = 0
    header_end, leading = leading_header(raw) if page is None else (0, {})
    if not header_end:
        header_end = 0
        for key, value in leading.items():  # header lines kept in the text: only parsed
            header.setdefault(key, value)
    else:
        header.update(leading)  # the scraper's block: parsed and dropped
        drops.append((0, header_end))
    if fmt == "md":  # markdown heading marks: `## 一、总体情况` and `**概述**` read as `一、总体情况` and `概述`
        drops.extend(
            m.span(1) for m in RE_MD_HEADING.finditer(raw) if not SpanSet(protect).overlaps(*m.span(1))
        )
        for m in RE_MD_BOLD_LINE.finditer(raw):
            if not SpanSet(protect).overlaps(*m.span()):
                drops.extend((m.span(1), m.span(2)))
    chrome = find_chrome(raw, protect=protect, start=header_end)
    drops.extend(chrome.drops)
    for key, value in chrome.header.items():
        header.setdefault(key, value)
    wrapped = hard_wrap_drops(raw, dropped=drops) if fmt not in ("html", "docx") else None
    if wrapped is not None:
        logger.debug("%s: hard-wrapped layout text, rejoining lines", label)
        drops.extend(wrapped)
    elif fmt in ("txt", "md", "doc"):  # page numbers a converter left between lines or table rows
        drops.extend(page_number_drops(raw, dropped=drops))
    if fmt in ("txt", "md", "doc"):  # a converter's running heads beside its page numbers
        drops.extend(running_head_drops(raw, dropped=drops))
    drops.extend(letter_spacing_drops(raw, dropped=protect))  # 政 府 信 息 公 开: an extractor's spaced-out title
    text, offsets = normalize(raw, drop=drops)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    offsets = offsets[lead : lead + len(text)]
    if not text:
        raise ReadError(label, "no report text left after removing page chrome")
    tables = []
    for table in raw_tables:
        start, end = raw_to_text_span(offsets, table.start or 0, table.end or 0)
        if end > start:
            tables.append(
                Table(
                    rows=table.rows,
                    start=start,
                    end=end,
                    caption=table.caption,
                    source=table.source,
                    short_rows=table.short_rows,
                )
            )
    if not looks_like_report(text):
        markers = ", ".join(rules().report_markers)
        warnings.append(f"{NOT_A_REPORT} (none of {markers} found)")
    return Document(
        text=text,
        raw_text=raw,
        offsets=offsets,
        sha256=sha256,
        path=path,
        format=fmt,
        encoding=encoding,
        tables=tables,
        header=header,
        warnings=warnings,
        pages=[_text_offset(offsets, p) for p in page.pages] if page else [],
    )
