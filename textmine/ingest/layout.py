"""Undoing the page layout of PDF-extracted text: hard wraps, page numbers, form feeds.

``pdftotext -layout`` (and PDF-to-markdown converters) break lines where the page ended, not
where the sentence did: ``中华人民共和`` / ``国政府信息公开条例``, ``2023`` / ``年``. They also add
page numbers (``-1-``, ``— 1 —``), form feeds, and spaces inside words of justified lines
(``号 ， 邮 编 ：``, ``2023 年``). This module finds drop ranges that undo that:

- page-number lines and form feeds are dropped, and so are running heads beside them that repeat
  the report's title (:func:`running_head_drops`);
- a line break is dropped together with the next line's indentation when the line before is
  a full-width prose line that does not end a sentence (。！？；), and the next line is prose,
  not indented further, that does not start a heading (一、 （一） 1. 第X条 …, patterns in
  ``lexicons/chrome.yaml``); blank lines are paragraph breaks and stay, unless they only
  surround a page number;
- table rows (cells separated by runs of spaces) and markdown structure (``|``, ``#``) are
  never joined and their spaces are kept; nor are a report title line (short, with 年度报告 /
  工作报告) and header lines (``发布时间：`` ``发布日期：`` ``来源：`` ``发布机构：``);
- in prose lines a single space between a CJK character and a CJK character or digit (and
  between a digit and a CJK character) is dropped;
- in any text, a letter-spaced run (``政 府 信 息 公 开``, ``一 、 总 体 情 况``: four or more single
  Han characters or 、 each one space apart, as extractors print a spaced-out title or heading)
  loses its spaces (:func:`letter_spacing_drops`).

Example:
    >>> raw = "  本报告根据《中华人民共和\\n国政府信息公开条例》编制。\\n" * 6
    >>> drops = layout_drops(raw, width=14)
    >>> raw[drops[0][0]:drops[0][1]]
    '\\n'
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textmine.ingest.chrome import rules
from textmine.ingest.spans import SpanSet, line_spans

logger = logging.getLogger(__name__)

#: East-Asian wide characters (two columns in a monospaced layout).
RE_WIDE = re.compile(
    r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
    r"\uffe0-\uffe6\u201c\u201d\u2018\u2019]"
)

#: Runs of wide characters (counted by length: faster than one match per character).
RE_WIDE_RUN = re.compile(RE_WIDE.pattern + "+")

#: A form feed (a page break in PDF-extracted text).
RE_FORM_FEED = re.compile("\f")

#: A line that ends a sentence: 。！？； (optionally followed by a closing quote). A colon is
#: not an end: a full-width line ending in ：continues (电子邮箱：/ hzzwgk@126.com).
RE_TERMINAL = re.compile(r"[。！？；!?;…][”’」』\"')）]?$")

#: Table-like line: a gap of 3+ spaces or a tab inside it, or two gaps of 2+ spaces.
RE_WIDE_GAP = re.compile(r"\S(?: {3,}|\t)\S")
RE_GAP2 = re.compile(r"\S {2,}(?=\S)")

#: CJK characters, CJK/full-width punctuation and curly quotes (the "CJK side" of a space).
CJK = r"\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019"

#: A single space inside a prose line between CJK and CJK/digit, or digit and CJK.
RE_INNER_SPACE = re.compile(rf"(?<=[{CJK}]) (?=[{CJK}0-9])|(?<=[0-9]) (?=[{CJK}])")

#: CJK sentence punctuation that marks a line as prose.
RE_PROSE_PUNCT = re.compile(r"[，。；：、！？]")

#: Han characters and digit groups (to tell a prose line from a label + number line).
RE_HAN = re.compile(r"[\u4e00-\u9fff]")
RE_DIGITS = re.compile(r"\d+")

#: A report title line: short, names the report, holds no sentence punctuation. It is never
#: joined to a neighbour (a plain .txt title followed by the first sentence is not a wrap).
RE_TITLE_LINE = re.compile(r"^[^。，；！？]{0,50}(?:年度报告|工作报告|年报)[^。，；！？]{0,12}$")

#: A header-like line (发布时间：… 发布日期：… 来源：… 发布机构：…): never joined to a neighbour.
RE_HEADER_LINE = re.compile(
    r"^(?:标题|发布时间|发布日期|成文日期|信息来源|来源|发布机构|发布单位|索引号|文号)\s*[:：]"
)

#: Markdown structure lines that are never joined: tables, headings, quotes, fences.
RE_MD_STRUCTURE = re.compile(r"^(?:\||#|>|```|[-*+] )")

#: ASCII letters at the end/start of lines: a break between two words is not joined.
RE_ASCII_END = re.compile(r"[A-Za-z]$")
RE_ASCII_START = re.compile(r"^[A-Za-z]")

#: A number as a table cell prints it.
CELL_NUMBER = r"[+\-]?\d[\d,]*(?:\.\d+)?"
#: A line of table cells and nothing else: one number, or numbers (and dashes) apart (the cells
#: of one row, a cell per line or a row's values under its wrapped label).
RE_VALUES_ONLY = re.compile(rf"^{CELL_NUMBER}(?:[ \t]+(?:{CELL_NUMBER}|[—/／]))*$")
#: A table's cell with its unit and nothing else (``件 0``, ``0件``, ``万元 9.5``, ``人次 91``): a count, never a
#: running head (a running head names the body or the report).
RE_UNIT_COUNT = re.compile(rf"^(?:(?:件|条|个|次|篇|项|人|人次|万元|元)[ \t]*{CELL_NUMBER}|{CELL_NUMBER}[ \t]*(?:件|条|个|次|篇|项|人|人次|万元|元))$")
#: A line ending in three or more numbers apart: a table row (its label, then its cells).
RE_VALUES_END = re.compile(rf"(?:^|[ \t]){CELL_NUMBER}(?:[ \t]+{CELL_NUMBER}){{2,}}$")
#: A line ending in a unit column's word and a count after blanks (``…（不同渠道 条 9614``), or in two
#: dash cells (``（二）通过不同渠道和方式公开 — —``): the 2013–2018 统计表's row (label, unit, value),
#: its label cut by the cell's width; prose never writes the unit before its count.
RE_UNIT_VALUE_END = re.compile(
    rf"[ \t](?:(?:件|条|个|次|篇|项|人|人次|万元|元)[ \t]+{CELL_NUMBER}|[—–]+[ \t]+[—–]+)$")

#: A join needs the previous line to reach this share of the typical line width.
FULL_LINE_SHARE = 0.8

#: A continuation line starts at most this many columns right of the line before it (a line
#: indented further is a new block: a centred title, a table header cell).
MAX_EXTRA_INDENT = 2

#: Minimum numbers for the hard-wrap detector.
MIN_WRAPS = 8
MIN_WRAP_SHARE = 0.2


def display_width(line: str) -> int:
    """Columns the line takes in a monospaced layout (CJK characters count two).

    >>> display_width("2023 年")
    7
    """
    return len(line) + sum(map(len, RE_WIDE_RUN.findall(line)))


#: A piece of a comma-separated row that is a cell value: empty, a number, a dash.
RE_CSV_VALUE = re.compile(rf"[ \t]*(?:{CELL_NUMBER}|\"{CELL_NUMBER}\"|[—/／\-]|无)?[ \t]*")


def _csv_row(content: str) -> bool:
    """A row of a table pasted from a spreadsheet as CSV: three commas or more, at least half of
    its pieces empty or values (``,,,46,5,6``; ``第二十条第（一）项,,,,``), no full-width
    punctuation of a sentence.

    >>> _csv_row(",,,46,5,6,5,3,5,70"), _csv_row("第二十条第（一）项,,,,"), _csv_row("北京,上海,广州和深圳")
    (True, True, False)
    """
    if content.count(",") < 3 or any(ch in content for ch in "，。；"):
        return False
    pieces = content.split(",")
    return 2 * sum(1 for p in pieces if RE_CSV_VALUE.fullmatch(p)) >= len(pieces)


def _table_like(content: str) -> bool:
    if "," in content and _csv_row(content):
        return True
    if "  " not in content and "\t" not in content:
        return False  # neither gap pattern can match (both need two spaces or a tab)
    return bool(RE_WIDE_GAP.search(content)) or len(RE_GAP2.findall(content)) >= 2


def _heading_start(content: str) -> bool:
    return rules().heading_starts_any.match(content) is not None


def _page_line(content: str) -> bool:
    return rules().page_lines_any.match(content) is not None


def page_number_drops(raw: str, *, dropped: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    r"""Drop ranges of whole lines that are only a page number (``— 3 —``, ``第3页共6页``) with
    their line break: PDF furniture that converters leave in text and Markdown, also inside
    tables. Lines inside ``dropped`` ranges are left alone.

    >>> page_number_drops("甲\n— 3 —\n乙")
    [(2, 8)]
    """
    out = []
    pos = 0
    blocked = SpanSet(dropped)
    bare = bare_folios(raw)
    for k, line in enumerate(raw.split("\n")):
        end = pos + len(line)
        content = line.strip()
        if (content and len(content) <= 16 and (_page_line(content) or k in bare)
                and not blocked.overlaps(pos, end)):
            out.append((pos, min(end + 1, len(raw))))
        pos = end + 1
    return out


#: A page number printed bare, as a page's last line: one to three digits.
RE_BARE_FOLIO = re.compile(r"\d{1,3}")


def bare_folios(raw: str) -> set[int]:
    r"""Indexes of the lines that are a page number printed bare (``3``): a page's last line, just before the
    form feed that opens the next page, after a line of several cells or a sentence. After a lone cell or a
    label a number alone may be a table's next cell (a table printed a cell per line), so it stays; so does
    any number not followed by a form feed.

    >>> sorted(bare_folios("规章 0 0 0\n3\n\f下一页")), sorted(bare_folios("完成。\n12\n\f下一页"))
    ([1], [1])
    >>> sorted(bare_folios("规章\n3\n\f下一页")), sorted(bare_folios("规章 0 0 0\n3\n下一页"))
    ([], [])
    """
    if "\f" not in raw:
        return set()
    spans = line_spans(raw)
    out = set()
    for k in range(1, len(spans) - 1):
        s, e = spans[k]
        if not RE_BARE_FOLIO.fullmatch(raw[s:e].strip()) or not raw[spans[k + 1][0] : spans[k + 1][1]].lstrip(" ").startswith("\f"):
            continue
        before = next((raw[a:b].strip() for a, b in reversed(spans[:k]) if raw[a:b].strip()), "")
        if len(before.split()) >= 2 or RE_TERMINAL.search(before):
            out.add(k)
    return out


#: A running head that repeats the report's title (…年度报告, …情况的报告): dropped where it stands next to a
#: page number and also stands elsewhere; any other short line only when it stands next to page
#: numbers at least twice (a body's name printed on every page, not its signature after one page break).
RE_RUNNING_TITLE = re.compile(r"^[^。，；！？]{0,50}(?:年度报告|工作报告|年报|的报告)$")
RE_RUNNING_PROSE = re.compile(r"[，,。；;！!？?]")
RUNNING_MAX_CHARS = 60


def running_head_drops(raw: str, *, dropped: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    r"""Drop ranges of running heads a converter left between pages: a short line without sentence
    punctuation and not a heading, next to a page-number line (before or after it), that repeats the
    report's title printed elsewhere in the text, or that stands next to page numbers twice or more, or
    that names the report, opens a page (after a form feed) and has a table's rows on its other side (a
    table cut by the page break: a report's own title is never followed by a table's cells).
    Headings, sentences, table rows (a header repeated on the next page), lines of numbers only (a
    table's cells beside a folio) and a line printed once (a signature after a page break) are kept.

    >>> raw = "某县2022年年度报告\n一、总体情况\n文\n- 1 -\n某县2022年年度报告\n字。\n- 2 -\n某县人民政府"
    >>> [raw[a:b] for a, b in running_head_drops(raw)]
    ['某县2022年年度报告\n']
    >>> running_head_drops("件 17\n件 0\n— 3 —\n件 0\n件 17\n— 4 —\n件 17")
    []
    """
    spans = line_spans(raw)
    contents = [raw[s:e].strip() for s, e in spans]
    bare = bare_folios(raw)
    pages = [k for k, c in enumerate(contents) if c and len(c) <= 16 and (_page_line(c) or k in bare)]
    if not pages:
        return []
    blocked = SpanSet(dropped)
    counts = Counter(c for c in contents if c)
    beside: dict[int, None] = {}
    between: set[int] = set()  # a page's first line, title-like, with a page number before and table cells after
    for k in pages:
        before = next((j for j in range(k - 1, -1, -1) if contents[j]), None)
        after = next((j for j in range(k + 1, len(contents)) if contents[j]), None)
        for j in (before, after):
            if (j is not None and raw[spans[j][0] : spans[j][1]].lstrip(" \t").startswith("\f")
                    and _table_on_the_far_side(raw, spans, contents, j, away=1 if j == after else -1)):
                between.add(j)  # it opens a page (form feed) and a table's rows go on past it
            c = contents[j] if j is not None else ""
            if (j is not None and j not in pages and len(c) <= RUNNING_MAX_CHARS and not RE_RUNNING_PROSE.search(c)
                    and not _heading_start(c) and not _table_like(raw[spans[j][0] : spans[j][1]])
                    and not RE_VALUES_ONLY.match(c)  # a line of numbers is a table's cells (0 beside 第1页共3页)
                    and not RE_UNIT_COUNT.match(c)  # and so is a count with its unit (件 0 beside — 3 —)
                    and not blocked.overlaps(*_content_span(raw, spans[j]))):  # a header repeated after a page break stays
                beside[j] = None
    by_text = Counter(contents[j] for j in beside)
    out = []
    for j in beside:
        c = contents[j]
        if (RE_RUNNING_TITLE.match(c) and (counts[c] >= 2 or (j in between and not RE_CAPTION_MARK.search(c)))) \
                or by_text[c] >= 2:
            s, e = spans[j]
            out.append((s, min(e + 1, len(raw))))
    return sorted(out)


def _content_span(raw: str, span: tuple[int, int]) -> tuple[int, int]:
    """A line's span without the form feed (and blanks) a page break put before its text: the form feed is
    dropped on its own, and that drop does not make the line's text a dropped one."""
    s, e = span
    return s + len(raw[s:e]) - len(raw[s:e].lstrip(" \t\f\r\u3000")), e


#: A caption's colon (附表：…年度报告): a line naming the table under it, not a running head.
RE_CAPTION_MARK = re.compile(r"[:：]")


def _table_on_the_far_side(raw: str, spans: list[tuple[int, int]], contents: list[str], j: int, *, away: int) -> bool:
    """Whether the first non-empty line past line ``j`` (going ``away`` from the page number beside it) is a
    table's row: a report's title printed once is never followed or preceded by a table's cells, while a
    running head between a page number and the table cut by the page break is."""
    k = j + away
    while 0 <= k < len(contents) and not contents[k]:
        k += away
    if not 0 <= k < len(contents):
        return False
    c = contents[k]
    return bool(RE_VALUES_ONLY.match(c) or RE_VALUES_END.search(c) or _table_like(raw[spans[k][0] : spans[k][1]]))


#: A letter-spaced run: single Han characters (or 、) each followed by one space, four or more.
#: (Written ``C S (C S){2,} C``, the same matches as ``C (S C){3,}``: a character not followed by
#: a space, nearly every one, fails at once instead of entering the repeat.)
RE_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff、][ \u3000](?:[\u4e00-\u9fff、][ \u3000]){2,}[\u4e00-\u9fff、]")

#: The fewest different characters a letter-spaced run holds (``件 件 件 件`` is a row of units).
LETTER_SPACED_DISTINCT = 3


def letter_spacing_drops(raw: str, *, dropped: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    r"""Drop ranges of the spaces inside letter-spaced runs: a title or heading an extractor printed
    with a space between every character (``政 府 信 息 公 开``) reads as the words it spells. Words
    a space apart (``总体情况 主动公开``), digits (``0 0 0 0``, cells of a flattened table) and runs of
    one repeated unit (``件 件 件 件``) are left alone, and so are runs inside ``dropped`` ranges.

    >>> raw = "2021年政 府 信 息 公 开\n一 、 总 体 情 况\n规章 0 0 0 0\n件 件 件 件"
    >>> "".join(raw[a:b] for a, b in letter_spacing_drops(raw)).count(" ")
    10
    """
    blocked = SpanSet(dropped)
    out = []
    for m in RE_LETTER_SPACED.finditer(raw):
        run = m.group()
        if len(set(run[::2])) < LETTER_SPACED_DISTINCT or blocked.overlaps(*m.span()):
            continue
        out.extend((k, k + 1) for k in range(m.start() + 1, m.end(), 2))
    return out


@dataclass
class _Line:
    start: int  # raw offset of the line
    end: int  # raw offset of the end of the line (before \n)
    lead: int  # raw offset of the first non-space character
    tail: int  # raw offset after the last non-space character
    content: str
    kind: str  # content | blank | page | dropped
    table: bool = False
    width: int = 0
    indent: int = 0
    joined: bool = False


def _lines(raw: str, dropped: SpanSet) -> list[_Line]:
    out = []
    bare = bare_folios(raw)
    for k, (start, end) in enumerate(line_spans(raw)):
        text = raw[start:end]
        left = text.lstrip(" \t\f\r\u3000")
        stripped = left.rstrip(" \t\f\r\u3000")
        lead = start + len(text) - len(left)
        tail = lead + len(stripped) if stripped else start
        if not stripped:
            kind = "blank"
        elif dropped.covers(lead, tail):
            kind = "dropped"
        elif _page_line(stripped) or k in bare:
            kind = "page"
        else:
            kind = "content"
        line = _Line(start, end, lead, tail, stripped, kind)
        if kind == "content":
            line.table = _table_like(stripped)
            line.width = display_width(text.rstrip().replace("\f", ""))
            line.indent = display_width(raw[start:lead].replace("\f", "")) if lead > start else 0
        out.append(line)
    return out


def looks_hard_wrapped(raw: str, *, dropped: Iterable[tuple[int, int]] = ()) -> bool:
    """Guess whether ``raw`` is PDF-extracted, hard-wrapped text.

    True when the text has form feeds or two page-number lines, or when many consecutive
    line pairs look like one sentence broken across lines: the first line reaches the typical
    full line width and does not end a sentence, the next is not a heading. A short line
    before a break (a heading ``一、概述``, a title, ``发布时间：…``) is not a wrap, so a
    line-broken .txt report whose headings stand on their own lines is not hard-wrapped.

    >>> looks_hard_wrapped("第一段。\\n\\n第二段。")
    False
    """
    return "\f" in raw or _hard_wrapped(_lines(raw, SpanSet(dropped)))


def hard_wrap_drops(
    raw: str, *, dropped: Iterable[tuple[int, int]] = ()
) -> list[tuple[int, int]] | None:
    """:func:`layout_drops` of ``raw`` when it :func:`looks_hard_wrapped`, else ``None`` (the
    lines are read once for both).

    >>> hard_wrap_drops("第一段。\\n\\n第二段。") is None
    True
    """
    lines = _lines(raw, SpanSet(dropped))
    if "\f" not in raw and not _hard_wrapped(lines):
        return None
    return _layout_drops(raw, lines, width=None)


def _hard_wrapped(all_lines: list[_Line]) -> bool:
    lines = [line for line in all_lines if line.kind != "dropped"]
    if sum(1 for line in lines if line.kind == "page") >= 2:
        return True
    content = [line for line in lines if line.kind == "content"]
    full = _typical_width(lines) * FULL_LINE_SHARE
    wraps = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if a.kind != "content" or b.kind != "content" or a.table or b.table:
            continue
        if a.width < full or b.indent > a.indent + MAX_EXTRA_INDENT:
            continue  # a short line (a heading, a title) before a break is not a wrap
        if len(a.content) >= 10 and len(a.content) <= 200 and _joinable_pair(a, b):
            wraps += 1
    return wraps >= MIN_WRAPS and wraps >= MIN_WRAP_SHARE * max(len(content), 1)


def _standalone(content: str) -> bool:
    """A line that is never joined to a neighbour: a report title or a header field line."""
    return bool(RE_TITLE_LINE.match(content) or RE_HEADER_LINE.match(content))


def _joinable_pair(a: _Line, b: _Line) -> bool:
    if RE_TERMINAL.search(a.content) or _heading_start(b.content):
        return False
    if _standalone(a.content) or _standalone(b.content):
        return False
    if RE_MD_STRUCTURE.match(a.content) or RE_MD_STRUCTURE.match(b.content):
        return False
    if RE_ASCII_END.search(a.content) and RE_ASCII_START.match(b.content):
        return False
    if RE_VALUES_ONLY.match(b.content) or RE_VALUES_END.search(a.content) or RE_UNIT_VALUE_END.search(a.content):
        return False  # cells of a table row: a wrapped sentence goes on in words, not in numbers
    return True


def _typical_width(lines: list[_Line]) -> int:
    widths = sorted(
        line.width
        for line in lines
        if line.kind == "content" and not line.table and len(line.content) >= 6
    )
    if not widths:
        return 0
    return widths[int(len(widths) * 0.75)]


def _prose(line: _Line) -> bool:
    if (line.table or RE_MD_STRUCTURE.match(line.content) or RE_VALUES_END.search(line.content)
            or RE_UNIT_VALUE_END.search(line.content)):
        return False
    if line.joined or RE_PROSE_PUNCT.search(line.content):
        return True
    return len(RE_HAN.findall(line.content)) >= 8 and len(RE_DIGITS.findall(line.content)) <= 1


def _inside_tables(lines: list[_Line]) -> set[int]:
    """Lines between two table rows of one block (no blank line between): the wrapped text of a
    table's cells (``2.申请人逾期未按收费通知要求缴纳`` / ``他处理``), never prose to join."""
    out: set[int] = set()
    block: list[_Line] = []
    for line in [*lines, None]:
        if line is None or line.kind == "blank":
            rows = [i for i, x in enumerate(block) if x.table]
            if len(rows) >= 2:
                out.update(id(x) for x in block[rows[0] + 1:rows[-1]] if not x.table)
            block = []
        elif line.kind == "content":
            block.append(line)
    return out


def layout_drops(
    raw: str, *, dropped: Iterable[tuple[int, int]] = (), width: int | None = None
) -> list[tuple[int, int]]:
    """Drop ranges that undo the page layout of hard-wrapped text (see the module docstring).

    Args:
        raw: the decoded text.
        dropped: raw ranges already dropped (chrome); lines inside them are ignored.
        width: the typical full line width in columns (measured from the text when ``None``).

    Returns:
        Sorted ``(start, end)`` ranges of ``raw`` to delete.

    >>> layout_drops("正文。\\n\\n     -1-\\n\\f下一页。")
    [(5, 14), (14, 15)]
    """
    return _layout_drops(raw, _lines(raw, SpanSet(dropped)), width=width)


def _layout_drops(raw: str, lines: list[_Line], *, width: int | None) -> list[tuple[int, int]]:
    full = (width if width is not None else _typical_width(lines)) * FULL_LINE_SHARE
    drops: list[tuple[int, int]] = [(m.start(), m.end()) for m in RE_FORM_FEED.finditer(raw)]
    # page-number lines go with their line break
    for line in lines:
        if line.kind == "page":
            drops.append((line.start, min(line.end + 1, len(raw))))
    inside = _inside_tables(lines)
    previous: _Line | None = None
    gap_blank = gap_page = False
    for line in lines:
        if line.kind == "blank":
            gap_blank = True
            continue
        if line.kind in ("page", "dropped"):
            gap_page = True
            continue
        a, b = previous, line
        previous = line
        blank, page = gap_blank, gap_page
        gap_blank = gap_page = False
        if a is None or (blank and not page) or a.table or b.table or id(a) in inside or id(b) in inside:
            continue
        if a.width < full or b.indent > a.indent + MAX_EXTRA_INDENT or not _joinable_pair(a, b):
            continue
        drops.append((a.tail, b.lead))
        a.joined = b.joined = True
    for line in lines:
        if line.kind == "content" and _prose(line):
            drops.extend(m.span() for m in RE_INNER_SPACE.finditer(raw, line.lead, line.tail))
    return sorted(drops)
