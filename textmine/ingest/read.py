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

import hashlib
import logging
import os
import re
from pathlib import Path

from textmine.errors import ReadError, UnsupportedFormatError
from textmine.ingest.chrome import find_chrome, leading_header, looks_like_report, rules
from textmine.ingest.encoding import decode
from textmine.ingest.html import render_html
from textmine.ingest.layout import layout_drops, looks_hard_wrapped
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
}

#: Formats that have a reader.
READABLE = frozenset({"txt", "md", "html"})

#: Formats that are reports but have no reader yet.
NOT_YET = frozenset({"pdf", "docx", "doc"})

#: The start of an HTML document (after a BOM/whitespace), for sniffing bytes without a name.
RE_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)

#: A markdown ATX heading mark at a line start (the mark and the spaces after it are dropped).
RE_MD_HEADING = re.compile(r"^([ \t]*#{1,6}[ \t]*)(?=[^\s#])", re.M)

NOT_A_REPORT = "page does not look like an annual report"


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            head = head.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return "txt"
    if RE_HTML_START.match(head):
        return "html"
    return "txt"


def _format(label: str, name: str | None, format: str | None) -> str | None:
    """The format from ``format`` or the name's extension; ``None`` means: sniff the bytes."""
    if format is not None:
        fmt = format.lower().lstrip(".")
        fmt = FORMATS.get("." + fmt, fmt)
        if fmt in READABLE:
            return fmt
        if fmt in NOT_YET:
            raise UnsupportedFormatError(label, f"{fmt}: format not supported yet")
        raise UnsupportedFormatError(
            label, f"unknown format {format!r} (expected one of txt, md, html)"
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
    if fmt in NOT_YET:
        raise UnsupportedFormatError(label, f"{suffix}: format not supported yet")
    return fmt


def _load(
    source: str | os.PathLike[str] | bytes, name: str | None
) -> tuple[bytes, str | None, str, str | None]:
    """Return ``(data, path, label, name)`` for a path or bytes (data read later for paths)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None, name or "<bytes>", name
    path = Path(source)
    return b"", str(path), str(path), name or path.name


def read_document(
    source: str | os.PathLike[str] | bytes, *, name: str | None = None, format: str | None = None
) -> Document:
    """Read a report file (or its bytes) into a :class:`Document`.

    Args:
        source: a path, or the raw bytes of a file.
        name: the file name for bytes (used for the format guess and in messages).
        format: force a format (``txt``, ``md``, ``html``) instead of guessing it.

    Returns:
        The document: normalised ``text`` with ``offsets`` into ``raw_text``, tables, header
        fields (archiver header, page metadata such as 来源/时间) and warnings.

    Raises:
        FileNotFoundError: the path does not exist.
        UnsupportedFormatError: the extension has no reader (``.pdf``/``.docx``/``.doc`` yet).
        ReadError: the input is empty, binary or undecodable, or holds no text.

    >>> read_document(b"<html><body><p>\\xe6\\x8a\\xa5\\xe5\\x91\\x8a</p></body></html>").format
    'html'
    """
    data, path, label, name = _load(source, name)
    fmt = _format(label, name, format)
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
    if fmt is None:
        fmt = _sniff(data)
    sha256 = hashlib.sha256(data).hexdigest()
    decoded = decode(data, name=label, html=fmt == "html")
    warnings = list(decoded.warnings)
    raw_tables: list[Table] = []
    if fmt == "html":
        page = render_html(decoded.text)
        raw = page.text
        warnings.extend(page.warnings)
        raw_tables = [t.to_table() for t in page.tables]
        page_header = page.header
        if not raw.strip():
            raise ReadError(label, "no text in the HTML page (an image-only or script-built page?)")
    else:
        raw = decoded.text
        page_header: dict[str, str] = {}
        raw_tables = find_pipe_tables(raw)  # markdown pipe tables (also seen in .txt copies)
    protect = [(t.start or 0, t.end or 0) for t in raw_tables]
    drops: list[tuple[int, int]] = []
    header: dict[str, str] = dict(page_header)
    header_end = 0
    header_end, leading = leading_header(raw) if fmt != "html" else (0, {})
    if not header_end:
        header_end = 0
        for key, value in leading.items():  # header lines kept in the text: only parsed
            header.setdefault(key, value)
    else:
        header.update(leading)  # the scraper's block: parsed and dropped
        drops.append((0, header_end))
    if fmt == "md":  # markdown heading marks: `## 一、总体情况` reads as `一、总体情况`
        drops.extend(
            m.span(1) for m in RE_MD_HEADING.finditer(raw) if not SpanSet(protect).overlaps(*m.span(1))
        )
    chrome = find_chrome(raw, protect=protect, start=header_end)
    drops.extend(chrome.drops)
    for key, value in chrome.header.items():
        header.setdefault(key, value)
    if fmt != "html" and looks_hard_wrapped(raw, dropped=drops):
        logger.debug("%s: hard-wrapped layout text, rejoining lines", label)
        drops.extend(layout_drops(raw, dropped=drops))
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
        encoding=decoded.encoding,
        tables=tables,
        header=header,
        warnings=warnings,
    )
