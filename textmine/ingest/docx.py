"""Reading a Word ``.docx`` file as a rendered page: paragraphs in order, tables as grids.

The package is opened with :mod:`zipfile` and its XML parsed with :mod:`defusedxml` (no DTDs,
no entities), every member read with a size limit, so a zip bomb or an XML bomb is an error,
not a hang. Paragraphs are rendered in body order, with the number Word shows in front of a
numbered paragraph (``numbering.xml``: ``一、``, ``（二）``, ``3.``) put into its text, since
headings are often numbered that way and the XML text lacks it. Tables become grids with
``gridSpan`` and ``vMerge`` expanded, the cell text repeated in every position it covers.
Field codes, deleted revisions and the fallback copies of alternate content are skipped.

Example:
    >>> from textmine.ingest.docx import numeral
    >>> numeral(12, "chineseCounting"), numeral(3, "decimalEnclosedCircle")
    ('十二', '③')
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from textmine.errors import ReadError
from textmine.ingest.html import metadata_box
from textmine.ingest.page import Line, RenderedPage, assemble

logger = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

#: Largest uncompressed size of one XML member read from the package.
MAX_MEMBER_BYTES = 64 * 1024 * 1024

#: Largest ratio of uncompressed to compressed size accepted for a member (zip bombs).
MAX_RATIO = 200

#: A table cell longer than this makes the table a layout table (rendered as paragraphs).
MAX_DATA_CELL = 300

#: A text box's content (paragraphs and tables of their own, anchored in a paragraph).
TXBX = W + "txbxContent"

#: Tags whose text is not part of the document's visible text (a text box's is read as a block
#: of its own after its paragraph: :func:`text_boxes`).
SKIP_TAGS = frozenset({W + "instrText", W + "delText", W + "delInstrText", MC_FALLBACK, TXBX})


def text_boxes(node: Any) -> list[Any]:
    """The text boxes anchored under ``node`` (a paragraph), outermost only, the fallback copy
    Word writes beside the DrawingML one (``mc:Fallback``'s VML ``v:textbox``) left out."""
    out: list[Any] = []
    stack = list(node)
    while stack:
        cur = stack.pop(0)
        if cur.tag == TXBX:
            out.append(cur)
        elif cur.tag != MC_FALLBACK:
            stack[:0] = list(cur)
    return out

RE_CJK_EDGE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
#: A run of spaces, tabs and no-break spaces inside a paragraph line (read as one space).
RE_LINE_SPACES = re.compile(r"[ \t\u00a0]+")

DIGITS = "〇一二三四五六七八九"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def _chinese(n: int) -> str:
    """Chinese counting numerals for 0 < n < 10000 (十二, 一百零五)."""
    if n <= 0 or n >= 10000:
        return str(n)
    out = ""
    zero = False
    for unit, value in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit, n = divmod(n, value)
        if digit:
            if zero:
                out += "零"
            out += DIGITS[digit] + unit
            zero = False
        elif out:
            zero = True
    return out[1:] if out.startswith("一十") else out


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while n >= value:
            out += letters
            n -= value
    return out


def numeral(n: int, fmt: str) -> str:
    """Render list number ``n`` in Word's number format ``fmt`` (``w:numFmt``).

    >>> numeral(2, "decimal"), numeral(4, "upperLetter"), numeral(21, "chineseCountingThousand")
    ('2', 'D', '二十一')
    """
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand"):  # fmt: skip
        return _chinese(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(DIGITS[int(d)] for d in str(n))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < n <= 20:
        return CIRCLED[n - 1]
    if fmt in ("ideographTraditional", "ideographZodiac") and 0 < n <= 10:
        return TIANGAN[n - 1]
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and n > 0:
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt == "decimalFullWidth":
        return "".join(chr(ord("０") + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class _Numbering:
    """``numbering.xml``: the levels of each list and the running counters."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # abstract id → levels
    nums: dict[str, str] = field(default_factory=dict)  # numId → abstract id
    starts: dict[tuple[str, int], int] = field(default_factory=dict)  # (numId, ilvl) → start
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # per abstract id

    def label(self, num_id: str, ilvl: int) -> str:
        """The number shown before the next paragraph of list ``num_id`` at level ``ilvl``."""
        abstract = self.nums.get(num_id)
        if abstract is None or num_id == "0":
            return ""
        levels = self.levels.get(abstract, {})
        level = levels.get(ilvl)
        if level is None or level.fmt == "bullet":
            return ""
        counters = self.counters.setdefault(abstract, {})
        start = self.starts.get((num_id, ilvl), level.start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def sub(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lv = levels.get(k, _Level())
            value = counters.get(k, self.starts.get((num_id, k), lv.start))
            return numeral(value, lv.fmt)

        return re.sub(r"%(\d)", sub, level.text)


def _attr(node: Any, name: str, default: str | None = None) -> str | None:
    return node.get(W + name, default) if node is not None else default


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _read_numbering(root: Any | None) -> _Numbering:
    numbering = _Numbering()
    if root is None:
        return numbering
    for abstract in root.iter(W + "abstractNum"):
        levels: dict[int, _Level] = {}
        for lvl in abstract.iter(W + "lvl"):
            levels[_int(_attr(lvl, "ilvl"), 0)] = _Level(
                start=_int(_attr(lvl.find(W + "start"), "val"), 1),
                fmt=_attr(lvl.find(W + "numFmt"), "val", "decimal") or "decimal",
                text=_attr(lvl.find(W + "lvlText"), "val", "") or "",
            )
        numbering.levels[_attr(abstract, "abstractNumId", "") or ""] = levels
    for num in root.iter(W + "num"):
        num_id = _attr(num, "numId", "") or ""
        numbering.nums[num_id] = _attr(num.find(W + "abstractNumId"), "val", "") or ""
        for override in num.iter(W + "lvlOverride"):
            start = override.find(W + "startOverride")
            if start is not None:
                ilvl = _int(_attr(override, "ilvl"), 0)
                numbering.starts[(num_id, ilvl)] = _int(_attr(start, "val"), 1)
    return numbering


def _style_numbering(root: Any | None) -> dict[str, tuple[str, int]]:
    """Paragraph styles that carry list numbering (heading styles often do), with ``basedOn``."""
    if root is None:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for style in root.iter(W + "style"):
        sid = _attr(style, "styleId", "") or ""
        parent = style.find(W + "basedOn")
        if parent is not None:
            based[sid] = _attr(parent, "val", "") or ""
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id = _attr(num_pr.find(W + "numId"), "val")
            ilvl = _attr(num_pr.find(W + "ilvl"), "val")
            own[sid] = (num_id, _int(ilvl, 0) if ilvl is not None else None)
    resolved: dict[str, tuple[str, int]] = {}
    for sid in set(own) | set(based):
        seen: set[str] = set()
        cur: str | None = sid
        num_id, ilvl = None, None
        while cur and cur not in seen:
            seen.add(cur)
            n, i = own.get(cur, (None, None))
            num_id = num_id or n
            ilvl = ilvl if ilvl is not None else i
            cur = based.get(cur)
        if num_id:
            resolved[sid] = (num_id, ilvl or 0)
    return resolved


def join_lines(parts: list[str]) -> str:
    """Join the lines of a cell: no space between Chinese characters, one space otherwise.

    >>> join_lines(["商业", "企业"]), join_lines(["Item", "one"])
    ('商业企业', 'Item one')
    """
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and not (RE_CJK_EDGE.match(out[-1]) or RE_CJK_EDGE.match(part[0])):
            out += " "
        out += part
    return out


class _Reader:
    def __init__(self, numbering: _Numbering, styles: dict[str, tuple[str, int]]) -> None:
        self.numbering = numbering
        self.styles = styles
        self.lines: list[Line] = []
        self.header: dict[str, str] = {}

    def text(self, node: Any) -> str:
        """The visible text under ``node`` (runs, tabs and breaks), without field codes."""
        out: list[str] = []
        stack = [node]
        while stack:
            cur = stack.pop()
            tag = cur.tag
            if tag in SKIP_TAGS:
                continue
            if tag == W + "t":
                out.append(cur.text or "")
            elif tag in (W + "tab", W + "ptab"):
                out.append(" ")
            elif tag in (W + "br", W + "cr"):
                if _attr(cur, "type") not in ("page", "column"):
                    out.append("\n")
            elif tag == W + "noBreakHyphen":
                out.append("-")
            stack.extend(reversed(list(cur)))
        return "".join(out)

    def paragraph(self, p: Any) -> list[str]:
        """A paragraph's lines, its list number in front."""
        text = self.text(p)
        num_pr = p.find(f"{W}pPr/{W}numPr")
        style = _attr(p.find(f"{W}pPr/{W}pStyle"), "val")
        num_id: str | None = None
        ilvl = 0
        if num_pr is not None:
            num_id = _attr(num_pr.find(W + "numId"), "val")
            ilvl = _int(_attr(num_pr.find(W + "ilvl"), "val"), 0)
        elif style in self.styles:
            num_id, ilvl = self.styles[style]
        lines = [RE_LINE_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        if num_id and any(lines):
            label = self.numbering.label(num_id, ilvl)
            first = next(i for i, line in enumerate(lines) if line)
            lines[first] = label + lines[first]
        return [line for line in lines if line]

    def cell_text(self, tc: Any) -> str:
        parts: list[str] = []
        for p in tc.iter(W + "p"):
            parts.extend(self.paragraph(p))
        return join_lines(parts)

    def table(self, tbl: Any) -> None:
        grid: dict[tuple[int, int], str] = {}
        width = 0
        rows = [tr for tr in tbl if tr.tag == W + "tr"]
        open_merge: dict[int, str] = {}
        for r, tr in enumerate(rows):
            c = _int(_attr(tr.find(f"{W}trPr/{W}gridBefore"), "val"), 0)
            for tc in _cells(tr):
                pr = tc.find(W + "tcPr")
                span = max(1, min(_int(_attr(pr.find(W + "gridSpan") if pr is not None else None, "val"), 1), 1000))
                merge = pr.find(W + "vMerge") if pr is not None else None
                if merge is not None and _attr(merge, "val", "continue") == "continue":
                    text = open_merge.get(c, "")
                else:
                    text = self.cell_text(tc)
                    if merge is not None:
                        open_merge[c] = text
                    else:
                        open_merge.pop(c, None)
                for dc in range(span):
                    grid[(r, c + dc)] = text
                c += span
            width = max(width, c)
        matrix = [[grid.get((r, c), "") for c in range(width)] for r in range(len(rows))]
        nested = tbl.find(f".//{W}tc//{W}tbl") is not None
        if width < 2 or nested or any(len(cell) > MAX_DATA_CELL for row in matrix for cell in row):
            for tr in rows:  # a layout table: its paragraphs as lines
                for tc in _cells(tr):
                    self.block(tc)
            return
        meta = metadata_box(matrix)
        if meta is not None:  # an info table (标题/发布机构/发布日期 …): page metadata, not text
            for key, value in meta.items():
                self.header.setdefault(key, value)
        elif any(any(row) for row in matrix):
            self.lines.append(matrix)

    def block(self, parent: Any) -> None:
        for child in parent:
            if child.tag == W + "p":
                self.lines.extend(self.paragraph(child))
                for box in text_boxes(child):  # a text box's paragraphs and tables, in place
                    self.block(box)
            elif child.tag == W + "tbl":
                self.table(child)
            elif child.tag in (W + "sdt", W + "customXml", W + "ins"):
                content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
                if content is not None:
                    self.block(content)


def _cells(tr: Any) -> Iterator[Any]:
    for child in tr:
        if child.tag == W + "tc":
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):  # cells wrapped in content controls
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            yield from (c for c in (content if content is not None else []) if c.tag == W + "tc")


def _member(zf: zipfile.ZipFile, name: str, label: str, *, required: bool = False) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        if required:
            raise ReadError(label, f"not a Word document: the package has no {name}") from None
        return None
    if info.file_size > MAX_MEMBER_BYTES or (
        info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1 << 20
    ):
        raise ReadError(
            label,
            f"{name} expands to {info.file_size:,} bytes from {info.compress_size:,} "
            f"(a zip bomb? the limit is {MAX_MEMBER_BYTES:,} bytes, ratio {MAX_RATIO})",
        )
    with zf.open(info) as handle:
        data = handle.read(MAX_MEMBER_BYTES + 1)
    if len(data) > MAX_MEMBER_BYTES:
        raise ReadError(label, f"{name} is larger than {MAX_MEMBER_BYTES:,} bytes")
    return data


def _parse(data: bytes | None, name: str, label: str) -> Any | None:
    if data is None:
        return None
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        return ElementTree.fromstring(data)
    except DefusedXmlException as exc:
        raise ReadError(label, f"{name} declares a DTD or entities (refused: {exc})") from exc
    except ElementTree.ParseError as exc:
        raise ReadError(label, f"{name} is not well-formed XML ({exc})") from exc


def render_docx(data: bytes, *, label: str = "<docx>") -> RenderedPage:
    """Render a ``.docx`` package as text lines with its tables as grids.

    Raises:
        ReadError: not a ZIP package, no ``word/document.xml``, a member over the size
            limit, or XML with a DTD/entities or not well formed.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as exc:
        raise ReadError(label, f"not a Word .docx file (not a ZIP package: {exc})") from exc
    with zf:
        try:
            document = _parse(_member(zf, "word/document.xml", label, required=True), "document.xml", label)
            numbering = _parse(_member(zf, "word/numbering.xml", label), "numbering.xml", label)
            styles = _parse(_member(zf, "word/styles.xml", label), "styles.xml", label)
            names = sorted(n for n in zf.namelist() if re.fullmatch(r"word/header\d*\.xml", n))
            headers = [root for n in names if (root := _parse(_member(zf, n, label), n.split("/")[1], label)) is not None]
        except ReadError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError) as exc:
            raise ReadError(label, f"damaged Word package ({exc})") from exc
    reader = _Reader(_read_numbering(numbering), _style_numbering(styles))
    body = document.find(W + "body")
    if body is None:
        raise ReadError(label, "not a Word document: document.xml has no body")
    reader.block(body)
    if page_header := _page_header(reader, headers, label):
        reader.header.setdefault(PAGE_HEADER, page_header)
    return assemble(reader.lines, source="docx", header=reader.header)


#: The header field that holds the text of a Word file's page header (页眉): often the title or
#: the body's name printed above every page, never part of the body's text.
PAGE_HEADER = "页眉"


def _page_header(reader: _Reader, headers: list[Any], label: str) -> str | None:
    """The first page header of the package that has text, its paragraphs joined (spaces
    collapsed), or None.

    >>> _page_header(_Reader(_Numbering(), {}), [], "a.docx") is None
    True
    """
    for root in headers:
        parts = [re.sub(r"\s+", "", reader.text(p)) for p in root.iter(W + "p")]
        text = "".join(p for p in parts if p)
        if text:
            return text[:200]
    return None
