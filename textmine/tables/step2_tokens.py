"""Stage 2: tokenise a table region into row labels and the value tokens printed after them.

Text renderings differ in what separates cells: a TAB (HTML tables rendered by ingest), a
pipe (markdown), a line per cell (the seed's one-cell-per-line table, where a line holding
only spaces is a blank cell), spaces (PDF layout, space-separated crawls) or nothing at all
(``主动公开信息数条4251516`` = 条 | 425 | 1516). :func:`read_segment` returns the cell tokens
after a row label; :func:`tokenise_text` reads a whole region into a
:class:`~textmine.tables.records.TableTokens`. Grids (HTML, DOCX, PDF, pipe tables read by
ingest) are tokenised by :mod:`textmine.tables.step2_grids`. Digit runs are left whole here:
the ways they split are the next stage's business.

Example:
    >>> toks = read_segment("条4251516其中", 0, 11, mode="space")
    >>> [(t.raw, t.kind) for t in toks]
    [('条', 'unit'), ('4251516', 'value')]
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterator

from textmine.tables.cells import is_number_text, joined_digits, read_cell
from textmine.tables.labels import SHORT_KEY, RowHit, listed_count, match_rows
from textmine.tables.records import FoundCell, FoundRow, Region, RowTokens, TableTokens, Token
from textmine.tables.registry import (
    ColumnSpec,
    RowSpec,
    TableSpec,
    cell_words,
    column_key,
    get_template,
    last_year_head,
    match_key,
)
from textmine.tables.turned import turned_one_column, turned_single_row

logger = logging.getLogger(__name__)

#: A number as printed in a cell (thousands commas and decimals allowed).
NUMBER = r"[+\-]?\d[\d,]*(?:\.\d+)?"
#: A parenthetical note printed after a number in the same cell: ``12 (含转办)``. Numbering
#: such as （一） or (3) is the next row's label, never a note.
NOTE = r"[ \t\u3000]*[（(](?![一二三四五六七八九十\d]+[）)])[^（）()\n]{1,30}[）)]"


@functools.lru_cache(maxsize=1)
def token_pattern() -> re.Pattern[str]:
    """One token of space-separated or flattened text, built from the lexicon's cell words:
    a number (with a glued suffix unit such as 元), a dash, 无/没有, a unit, or anything else."""
    words = cell_words()
    alt = lambda items: "|".join(re.escape(x) for x in items)  # noqa: E731
    dashes = "".join(re.escape(x) for x in words["dash"] if len(x) == 1 and x != "-")
    dash_words = [x for x in words["dash"] if len(x) > 1 and x.strip("—–-－/／\\…")]  # 不适用
    # whitespace first: no other alternative starts with a blank (none of the cell words does), so
    # the same alternative matches everywhere; a run of blanks no longer tries them all first
    return re.compile(
        r"(?P<ws>\s+)"
        rf"|(?P<noted>{NUMBER}{NOTE})"
        # commas that do not group thousands (1,18): one text cell, never 1 | , | 18
        r"|(?P<commas>(?!\d{1,3}(?:,\d{3})+(?![\d,]))\d+(?:,\d+)+)"
        # a change written with its direction (本年增/减: 增加3, 减少2) is a signed number
        rf"|(?P<num>(?:(?<![\u4e00-\u9fff])(?:增加|减少)[ \t]*(?=\d))?[+\-]?(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:，\d{{3}})+(?![\d，])|\d+)(?:\.\d+)?"
        rf"(?:{alt(words['suffix_units'])})?)"
        # a Chinese zero not running into a word (零, 〇; not 零星, 二〇二二年): 0; a zero typed as the
        # letter O stands alone (not OA, O2O)
        rf"|(?P<zero>(?<![A-Za-zＡ-Ｚａ-ｚ\d])(?:{alt(words['zero_word'])})(?![\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ\d]))"
        rf"|(?P<dash>[{dashes}]+|-(?!\d))"
        rf"|(?P<word>{alt(dash_words) or '(?!)'})(?![\u4e00-\u9fff])"
        rf"|(?P<none>{alt(words['none_word'])})(?![\u4e00-\u9fff])"
        rf"|(?P<unit>{alt(words['units'])})"
        r"|(?P<other>.)",
        re.S,
    )


#: A run of digits not inside a decimal nor a group of thousands (``1,234``, ``1，234``): two on
#: one line are not one cell per line.
RE_NUMBER_RUN = re.compile(r"(?<![\d.])(?<!\d[,，])\d+")
#: A run of non-space characters (one cell of a space-separated value line).
RE_NONSPACE = re.compile(r"\S+")
#: A run of whitespace (removed from the label of an extra row).
RE_SPACES = re.compile(r"\s+")
#: A digit (table 四's data row starts at the first).
RE_DIGIT = re.compile(r"\d")
#: The first character of a cell holding a number: a digit, or a zero written as a word (零, 〇)
#: or typed as the letter O, standing as a cell of its own (``O  O  4``).
#: A table's number in its caption, right before the digit (表4, 附表 2, 表四-1 not).
RE_TABLE_NUMBER = re.compile(r"(?<![\u4e00-\u9fff])附?表[ \t]*$")
RE_CELL_DIGIT = re.compile(r"\d|(?:^|(?<=[ \t\u3000|]))[零〇○OＯ](?=[ \t\u3000|]|$)", re.M)

#: Page furniture of PDF text: page numbers like -3- and form feeds.
RE_PAGE_NUMBER = re.compile(r"^\s*[-—]\s*\d{1,3}\s*[-—]\s*$")


def region_mode(text: str, start: int, end: int) -> str:
    """How cells are separated in a region without TABs or pipes: ``lines`` or ``space``.

    ``lines`` is the one-cell-per-line rendering: almost no line holds two numbers, and many
    lines hold one value or only spaces, or cells are separated by runs of line breaks
    (:func:`region_run`).

    >>> region_mode("一、主动公开情况\\n\\n 67467\\n\\n（一）主动公开政府信息数\\n\\n15689\\n\\n 7584\\n\\n \\n", 0, 50)
    'lines'
    """
    lines = [ln for ln in text[start:end].split("\n") if ln != ""]
    if len(lines) < 4:
        return "space"
    multi = 0  # lines with two numbers, counted up to three: more never make ``lines``
    for ln in lines:
        if len(RE_NUMBER_RUN.findall(ln)) >= 2:
            multi += 1
            if multi > 2:
                return "space"
    single = sum(1 for ln in lines if read_cell(ln)[1] != "text")  # one value or only spaces
    if single >= 0.3 * len(lines):
        return "lines"
    spaced = sum(1 for ln in lines if RE_SPACED.search(ln))
    if multi == 0 and spaced <= 0.1 * len(lines) and region_run(text, start, end):
        return "lines"  # a Word table whose cells end in runs of line breaks
    return "space"


#: Two pieces of a line set apart by a layout gap (PDF text), not a cell of its own.
RE_SPACED = re.compile(r"\S[ \t]{2,}\S")


def segment_mode(text: str, label_end: int, seg_end: int, default: str) -> str:
    """The separator of the row whose label ends at ``label_end``: tab, pipe or ``default``."""
    line_start = text.rfind("\n", 0, label_end) + 1
    line_end = text.find("\n", label_end)
    if line_end < 0:
        line_end = len(text)
    if text.find("\t", line_start, line_end) >= 0:  # no copy of the line: it may be the whole text
        return "tab"
    if _tab_row_below(text, label_end, line_end, seg_end):
        return "tab_below"
    # (matched in place: the rest of a flattened text's one line is not copied for every row)
    if RE_COMMA_NEXT.match(text, label_end, line_end) and comma_row(text[label_end:line_end]):
        return "comma"
    first = RE_LEAD_BLANKS.match(text, line_start, line_end).end()  # str.isspace is what \s is
    if first < line_end and text[first] == "|":
        return "pipe"
    return default


#: The blanks at a line's start (the pipe of a pipe table's row comes after them).
RE_LEAD_BLANKS = re.compile(r"\s*")
#: A comma after nothing but spaces (``rest.lstrip(" ").startswith(",")`` without the copy).
RE_COMMA_NEXT = re.compile(" *,")
#: A piece of a comma-separated row: a quoted cell (``"1,234"``, a CSV quotes a number holding
#: a comma) or the text up to the next comma.
RE_CSV_PIECE = re.compile(r'[ \t]*"[^"\n]*"[ \t]*|[^,\n]*')


def csv_pieces(line: str) -> list[tuple[int, str]]:
    """The pieces of a comma-separated line with their offsets, quotes respected and removed.

    >>> csv_pieces('规章,3,"1,234",')
    [(0, '规章'), (3, '3'), (6, '1,234'), (13, '')]
    """
    out: list[tuple[int, str]] = []
    pos = 0
    while True:
        m = RE_CSV_PIECE.match(line, pos)
        piece = m.group()
        stripped = piece.strip()
        if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
            out.append((m.start() + piece.index('"') + 1, stripped[1:-1]))
        else:
            out.append((pos, piece))
        pos = m.end()
        if pos >= len(line) or line[pos] != ",":
            return out
        pos += 1


def comma_row(rest: str) -> bool:
    """True when ``rest`` (a line's text after its label, or a whole line) is a comma-separated
    row of cells: two commas or more, every piece after the first a value or empty (a table
    pasted from a spreadsheet as CSV: ``规章,,,3,0,12``).

    >>> comma_row(",,,46,5,6"), comma_row(',"1,234",0'), comma_row("，共3件"), comma_row(",说明,3")
    (True, True, False, False)
    """
    pieces = csv_pieces(rest)
    return len(pieces) >= 3 and all(_kind(p) == "value" for _, p in pieces[1:] if p.strip())


def _tab_row_below(text: str, label_end: int, line_end: int, seg_end: int) -> bool:
    """True when the label ends its line and the next line is a TAB row of values only (a CMS
    export printing each row's label on lines of its own above its TAB-separated cells, the
    empty cells kept as empty pieces)."""
    if line_end >= seg_end or text[label_end:line_end].strip():
        return False
    nxt = text.find("\n", line_end + 1, seg_end)
    line = text[line_end + 1: nxt if nxt >= 0 else seg_end]
    return "\t" in line and all(_kind(piece) == "value" for piece in line.split("\t") if piece.strip())


def _kind(raw: str) -> str | None:
    """``value`` / ``unit`` for a cell text, ``None`` for text that ends the row."""
    stripped = raw.strip()
    if stripped in cell_words()["units"]:
        return "unit"
    if read_cell(raw)[1] != "text" or is_number_text(stripped):
        return "value"
    return None


#: The direction of a 2019 本年增/减 printed as a cell of its own before its magnitude (增 | 28).
DIRECTION_CELLS = ("增", "减", "增加", "减少", "+", "-", "＋", "－")
#: The direction cells that are signs only (+, -): elsewhere than under a 本年增/减 column a lone ``-``
#: is a dash cell (a zero printed ``-``, as spreadsheets' accounting format prints it).
SIGN_CELLS = ("+", "-", "＋", "－")
#: The magnitude after a direction cell.
RE_MAGNITUDE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _separated(text: str, start: int, end: int, sep: str, *, whole: bool = False, signs: bool = True) -> list[Token]:
    r"""The cells of the line at ``start`` split by ``sep``: its first piece is the rest of the
    label's own cell unless the line is ``whole`` (a row of cells only). A direction cell (增, 减)
    before a number is one signed cell with it (the 2019 本年增/减 printed over two columns).

    >>> [t.raw for t in _separated("行政处罚\t2553\t增\t28\t0", 0, 99, "\t")]
    ['2553', '28', '0']
    >>> [t.raw for t in _separated("行政强制\t90\t减\t3\t68", 0, 99, "\t")]
    ['90', '-3', '68']
    >>> [t.raw for t in _separated("其他\t减\t见附件", 0, 99, "\t")]
    ['减', '见附件']

    Without ``signs`` (a table of counts, no 本年增/减 column) a lone ``-`` is a cell of its own:

    >>> [t.raw for t in _separated("予以公开\t-\t12\t - \t12", 0, 99, "\t", signs=False)]
    ['-', '12', '-', '12']
    """
    line_end = text.find("\n", start, end)
    stop = line_end if line_end >= 0 else end
    out: list[Token] = []
    pos = start
    pieces = text[start:stop].split(sep)
    if sep == "|" and pieces and pieces[-1].strip() == "":
        pieces = pieces[:-1]  # the closing pipe
    sign = None  # a direction cell (增/减) waiting for the magnitude in the next cell
    for i, piece in enumerate(pieces):
        p_start = pos
        pos += len(piece) + 1
        if i == 0 and not whole:
            continue  # rest of the label's own cell
        if sign is not None:
            raw = piece.strip()
            if RE_MAGNITUDE.fullmatch(raw):  # 本年增/减 printed as a direction cell and its magnitude
                lead = len(piece) - len(piece.lstrip())
                out.append(Token(("-" if sign[0] in "减-－" else "") + raw, sign[1], p_start + lead + len(raw), "value"))
                sign = None
                continue
            out.append(Token(sign[0], sign[1], sign[2], "value"))
            sign = None
        if sep == "\t" and piece.strip() in DIRECTION_CELLS and i + 1 < len(pieces) \
                and (signs or piece.strip() not in SIGN_CELLS):
            lead = len(piece) - len(piece.lstrip())
            sign = (piece.strip(), p_start + lead, p_start + lead + len(piece.strip()))
            continue
        joined = joined_digits(piece) if sep in "\t|" else None
        kind = "value" if joined else _kind(piece)
        if kind is None:
            if not out:
                continue  # a second label cell (e.g. the group column)
            kind = "value"  # separators make it a cell: a text cell
        lead = len(piece) - len(piece.lstrip())
        raw = piece.strip()
        if joined:  # one cell's digits printed apart by spaces: one number (span kept)
            out.append(Token(joined[0], p_start + lead, p_start + lead + len(raw), kind))
            continue
        s = p_start + lead if raw else p_start
        out.append(Token(raw if raw else piece, s, s + len(raw) if raw else p_start + len(piece), kind))
    if sign is not None:
        out.append(Token(sign[0], sign[1], sign[2], "value"))
    return out


def _comma_cells(text: str, start: int, end: int, *, whole: bool = False) -> list[Token]:
    """The cells of the comma-separated line at ``start`` (its first piece is the rest of the
    label's cell unless the line is ``whole``); empty pieces are empty cells."""
    line_end = text.find("\n", start, end)
    stop = line_end if line_end >= 0 else end
    out: list[Token] = []
    for i, (offset, piece) in enumerate(csv_pieces(text[start:stop])):
        if i == 0 and not whole:
            continue
        raw = piece.strip()
        s = start + offset + (len(piece) - len(piece.lstrip()) if raw else 0)
        out.append(Token(raw if raw else piece, s, s + len(raw) if raw else start + offset + len(piece),
                         _kind(piece) or "value"))
    while out and out[-1].raw == "" and out[-1].start == stop:
        out.pop()  # the line's closing comma
    return out


def _lines(text: str, start: int, end: int, run: int | None = None) -> list[Token]:
    out: list[Token] = []
    pos = start
    first = True
    empty = 0  # empty lines since the last line with content
    lines = text[start:end].split("\n")
    if len(lines) > 1 and end < len(text) and text[end] != "\n":
        lines = lines[:-1]  # the indentation of the next label's line, not a cell
    for line in lines:
        l_start = pos
        pos += len(line) + 1
        if first:
            first = False
            if line.strip() == "":
                continue  # rest of the label line
        if line == "":
            empty += 1
            continue
        if RE_PAGE_NUMBER.match(line):
            continue
        if run:
            # cells separated by runs of `run` line breaks: a longer run holds empty cells
            out.extend(Token("", l_start, l_start, "value") for _ in range((empty + 1) // run - 1))
        empty = 0
        kind = _kind(line)
        if kind is None:
            break
        raw = line.strip()
        s = l_start + (len(line) - len(line.lstrip())) if raw else l_start
        out.append(Token(raw if raw else line, s, s + len(raw) if raw else l_start + len(line), kind))
    return out


#: A run of line breaks between two lines with content.
RE_BREAKS = re.compile(r"(?<=\S)[ \t]*\n+(?=[ \t]*\S)")


#: Fewest line-break runs in a region before their lengths are read as a cell separator.
MIN_RUNS = 6


def region_run(text: str, start: int, end: int) -> int | None:
    r"""The run of line breaks that separates cells in a one-cell-per-line region whose empty
    cells are printed as nothing (a crawled Word table: ``\r\r\r0\r\r\r\r\r\r0``), or
    ``None``: the commonest run is the separator when (almost) every run is a multiple of it
    and some runs are longer (they hold empty cells).

    >>> t = "规章\n\n\n0\n\n\n\n\n\n0\n\n\n0\n\n\n规范性文件\n\n\n3\n\n\n\n\n\n12\n\n\n完"
    >>> region_run(t, 0, len(t)), region_run(t.replace("\n" * 6, "\n" * 3), 0, len(t))
    (3, None)
    """
    runs = [m.group().count("\n") for m in RE_BREAKS.finditer(text, start, end)]
    if len(runs) < MIN_RUNS:
        return None
    counts = Counter(runs)
    sep = max(counts, key=lambda r: (counts[r], -r))
    fitting = sum(1 for r in runs if r % sep == 0)
    if fitting < 0.9 * len(runs) or not any(r >= 2 * sep for r in runs):
        return None
    return sep


#: Marks after a number that numbers a label (``3、不予公开``, ``2.重复申请``).
ENUM_MARKS = frozenset("、.．")
#: A CJK character (a number glued to one at the start of a line opens a sentence).
RE_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=1)
def unit_cell_end() -> re.Pattern[str]:
    """A unit printed right after a number that ends the cell (``件`` of ``27件 9件``; not ``件事``)."""
    return re.compile("(?:" + "|".join(re.escape(u) for u in cell_words()["units"]) + r")(?![\u4e00-\u9fff])")


def _opens_line(text: str, start: int, pos: int) -> bool:
    """True when ``pos`` is the first non-space character of a line that begins after ``start``."""
    line = text.rfind("\n", start, pos)
    return line >= 0 and not text[line + 1 : pos].strip()


def _space_tokens(text: str, start: int, end: int) -> list[Token]:
    r"""The tokens of a space-separated or run-together segment, up to the first text that is no
    cell. A number that starts a line of its own and runs straight into text
    (``12345政务服务便民热线…``, prose printed between two tables) opens a sentence: reading stops
    before it.

    >>> [t.raw for t in _space_tokens("办理 3 0 3\n12345热线受理诉求367件", 2, 24)]
    ['3', '0', '3']
    >>> [t.raw for t in _space_tokens("数条4251516行政复议数条00", 1, 17)]
    ['条', '4251516']
    >>> [t.raw for t in _space_tokens("公开 0 零 1\n3、不予公开 1 2", 2, 20)]
    ['0', '零', '1']
    >>> [t.raw for t in _space_tokens("规章\n27件 9件\n3件事项已办结", 2, 20)]
    ['27', '件', '9', '件']
    """
    out: list[Token] = []
    cjk = RE_CJK_CHAR.match
    unit_end = unit_cell_end().match  # looked up once, not once per number
    for m in _spaced_token_pattern().finditer(text, start, end):
        group = m.lastgroup
        if group == "other":
            break
        s, e = m.span(group)
        if group == "num" and (
                (cjk(text, e) and not unit_end(text, e))
                or (text[e:e + 1] in ENUM_MARKS and cjk(text, e + 1))) and _opens_line(text, start, s):
            # a line that opens with a number glued to text (a sentence) or numbering a label
            # (3、不予公开); a number with its unit and nothing more (27件 9件) is a cell
            break
        out.append(Token(text[s:e], s, e, "unit" if group == "unit" else "value"))
    return out


@functools.lru_cache(maxsize=1)
def _spaced_token_pattern() -> re.Pattern[str]:
    r""":func:`token_pattern` with the blanks before a token taken in the token's match (``\s*``
    before its alternatives, no ``ws`` token): one match a cell instead of two. Every alternative
    but ``other`` starts with no blank and ``other`` takes any character, so after the blanks
    the same alternative matches as :func:`token_pattern` finds there (at the range's end, blanks
    alone give back their last blank to ``other``: nothing more is read either way).

    >>> [(m.lastgroup, m.group(m.lastgroup)) for m in _spaced_token_pattern().finditer("  3 件\t无 x")]
    [('num', '3'), ('unit', '件'), ('none', '无'), ('other', 'x')]
    """
    whole = token_pattern().pattern
    blanks = r"(?P<ws>\s+)|"
    if not whole.startswith(blanks):
        raise ValueError(f"token_pattern must open with {blanks!r} (the blanks first), got {whole[:40]!r}")
    return re.compile(r"\s*(?:" + whole.removeprefix(blanks) + ")", re.S)


#: A value cell of a space-separated row, alone between spaces (or the line's ends).
RE_SPACED_VALUE = re.compile(r"(?<![^ ])[+\-]?(?:\d[\d,.]*|[零〇])(?:万元|[件条个项元])?(?![^ ])")


def single_space_blanks(text: str, start: int, end: int) -> bool:
    r"""True when the space-separated rows of ``text[start:end]`` print an empty cell as one space
    between the single spaces that part the cells (a row ``3   1`` holds 3, an empty cell, 1): the
    gaps between two values on a line are one space (at least twice), some are three (five, …), and
    none is of an even length (a layout that aligns columns with runs of spaces has gaps of every length).

    >>> single_space_blanks("公开 1 2 3 4\n处理 3   1 0 2\n", 0, 27)
    True
    >>> single_space_blanks("公开 1 2 3 4\n处理 3  1 0   2\n", 0, 27), single_space_blanks("公开   1   2   3\n", 0, 15)
    (False, False)
    """
    region = text[start:end]
    if "\t" in region or "|" in region:
        return False
    ones = odd = 0
    for line in region.split("\n"):
        cells = list(RE_SPACED_VALUE.finditer(line))
        for a, b in zip(cells, cells[1:], strict=False):
            gap = line[a.end():b.start()]
            if gap.strip(" "):
                continue
            if len(gap) % 2 == 0:
                return False
            ones += len(gap) == 1
            odd += len(gap) > 1
    return odd > 0 and ones >= 2


def with_space_blanks(text: str, begin: int, tokens: list[Token], *, line_start: bool = False) -> list[Token]:
    r"""``tokens`` (one space-separated line's cells read from ``begin``: a row label's end, or the line's
    start with ``line_start``) with the empty cells that :func:`single_space_blanks` rows print as one
    space: a gap of 2k+1 spaces between two cells (or after the label) holds k empty cells, 2k spaces
    before the line's first cell or after its last hold k. ``tokens`` unchanged when a gap is not
    spaces alone or not of that length, or the cells run over several lines.

    >>> t = "处理 3   1 0  \n"
    >>> [x.raw for x in with_space_blanks(t, 2, _space_tokens(t, 2, len(t)))]
    ['3', '', '1', '0', '']
    """
    values = [t for t in tokens if t.kind == "value"]
    if not values or len(values) != len(tokens):
        return tokens
    stop = text.find("\n", values[-1].end)
    stop = len(text) if stop < 0 else stop
    if "\n" in text[begin:values[-1].end]:
        return tokens
    out: list[Token] = []
    lead = text[begin:values[0].start]
    if lead.strip(" ") or (not line_start and len(lead) % 2 == 0):
        return tokens
    out += [Token("", begin, begin, "value")] * (len(lead) // 2)
    for a, b in zip(values, values[1:], strict=False):
        gap = text[a.end:b.start]
        if gap.strip(" ") or len(gap) % 2 == 0:
            return tokens
        out.append(a)
        out += [Token("", a.end, a.end, "value")] * (len(gap) // 2)
    out.append(values[-1])
    tail = text[values[-1].end:stop]
    if not tail.strip(" "):
        out += [Token("", values[-1].end, values[-1].end, "value")] * (len(tail) // 2)
    return out


def read_segment(text: str, start: int, end: int, *, mode: str, run: int | None = None,
                 signs: bool = True) -> list[Token]:
    """The cell tokens printed in ``text[start:end]`` after a row label.

    ``mode`` is ``tab``, ``tab_below`` (the TAB row on the line after the label's), ``comma``
    (a comma-separated row), ``pipe``, ``lines`` or ``space``; reading stops at the first text
    that is neither a value nor a unit (the next label, a header, prose). ``run`` (lines
    only) is the run of line breaks between two cells (:func:`region_run`): a longer run
    yields the empty cells it holds.
    """
    if mode == "tab":
        return _separated(text, start, end, "\t", signs=signs)
    if mode == "comma":
        return _comma_cells(text, start, end)
    if mode == "tab_below":  # the label's line ends: its cells are the TAB row below it
        return _separated(text, text.find("\n", start, end) + 1, end, "\t", whole=True, signs=signs)
    if mode == "pipe":
        return _separated(text, start, end, "|")
    if mode == "lines":
        return _lines(text, start, end, run)
    colon = RE_LABEL_COLON.match(text, start, end)
    if colon:  # a list's row (收到申请数：25件): the colon ends the label, its value follows
        start = colon.end()
    return _space_tokens(text, start, end)


#: The colon that ends a row label in a list of ``label：value`` lines.
RE_LABEL_COLON = re.compile(r"[ \t]*[：:]")


#: Dash and 无 cells right before the first number of table 四's data row.
RE_LEAD_WORDS = re.compile(r"(?:(?:[—–－/／\-]+|无|没有)\s*)+$")
#: The label of a printed row the template lacks: optional numbering, then at least three
#: CJK characters (page furniture such as 第 2 页 is shorter).
RE_EXTRA_LABEL = re.compile(
    r"(?:[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]+\s*[、.．]|其中\s*[：:])?"
    r"\s*[\u4e00-\u9fff“”《》（）()、]*[\u4e00-\u9fff]{3}[\u4e00-\u9fff“”《》（）()、]*"
)
#: A markdown separator line (|---|---|).
RE_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


def tokenise_text(text: str, region: Region) -> TableTokens:
    """Tokenise ``region`` of ``text``: each template row's label with the tokens after it,
    the printed rows the template lacks and table 四's data row (the value lines of the
    order-only fallback are read when asked: :func:`value_lines`).

    >>> from textmine.tables.registry import get_template
    >>> text = "指标名称计量单位2011年度历年累计主动公开信息数条4251516行政复议数条00"
    >>> region = Region(get_template("local").table("stats"), 0, len(text))
    >>> [(r.hit.row.key, r.unit, [t.raw for t in r.values]) for r in tokenise_text(text, region).rows]
    [('active_items', '条', ['4251516']), ('reviews', '条', ['00'])]
    """
    table, start, end = region.table, region.start, region.end
    default = region_mode(text, start, end)
    run = region_run(text, start, end) if default == "lines" else None
    out = TableTokens(region, default, run=run)
    if table.layout == "single_row":
        turned_rows = turned_single_row(text, table, start, end)
        if turned_rows:  # printed turned (a row per result, a column per kind of case): read by its labels
            out.extras = turned_rows
            return out
        out.single = glued_dash_cells(_single_row_tokens(text, start, end, run, mode=default))
        return out
    turned = (
        _turned_table(text, table, start, end)
        or turned_without_corner(text, table, start, end)
        or turned_one_column(text, table, start, end)
    )
    if turned:  # printed turned: its rows as columns, its columns as rows
        out.extras = turned
        return out
    free = not region.printed and is_free_table(table)
    split_change: bool | None = None  # the 本年增/减 head spans a direction column (asked once)
    signs = any(c.key == "change" for c in table.columns)  # signed cells only under 本年增/减
    hits = match_rows(text, table, start, end, free=free)
    spaced_blanks = default == "space" and single_space_blanks(text, start, end)
    foreign = last_year_tab_columns(text, table, start, hits[0].label_start) if hits else set()
    for hit in hits:
        named = named_cells(text, table, hit)
        if named is not None:  # 规章：本年制发3件，本年废止0件，现行有效12件: each cell under its own words
            out.rows.append(RowTokens(hit, named, list(named), None, "tab"))
            continue
        mode = segment_mode(text, hit.label_end, hit.seg_end, default)
        tokens = read_segment(text, hit.label_end, hit.seg_end, mode=mode, run=run, signs=signs)
        if mode == "space" and spaced_blanks:  # 3   1: an empty cell printed as one space
            tokens = with_space_blanks(text, hit.label_end, tokens)
        if mode == "space" and _in_sentence(text, hit, tokens) and not (free and listed_count(text, table, hit)):
            continue  # prose naming the row (其中当面申请21件、网络申请25件。): no printed row
        values = [t for t in tokens if t.kind == "value"]
        values = [t for t in values if not outline_number(text, t, table.row_columns(hit.row))]
        unit = next((t.raw for t in tokens if t.kind == "unit" and not _label_rest(text, hit, t)), None)
        if mode == "tab" and foreign:  # last year's column beside this year's: no cell of this table
            values = [t for t in values if _tab_index(text, t.start) not in foreign]
        if mode == "tab" and split_change is None:
            split_change = bool(RE_SPLIT_CHANGE_HEAD.search(text, start, end))
        if mode == "tab" and split_change:
            values = _unsplit_change(values, table.row_columns(hit.row))
        fitted = _fit(values, len(table.row_columns(hit.row)))
        if len(fitted) < len(values):
            logger.debug("row %r: %d cells for %d columns", hit.row.label, len(values), len(fitted))
        out.rows.append(RowTokens(hit, values, fitted, unit, mode))
    glued = _glued_named_rows(text, table, out.rows, start, end)
    if glued:
        out.rows = sorted(out.rows + glued, key=lambda r: r.hit.label_start)
    _values_before_labels(text, table, out.rows, start)
    out.extras = _extra_rows(text, table, out.rows, default)
    return out


#: A province's outline number (``3.3``, ``3.4.1``) and what follows it on its line: a label's words.
RE_OUTLINE_NUMBER = re.compile(r"\d{1,2}(?:[.．]\d{1,2}){1,3}")
RE_LABEL_AFTER = re.compile(r"[ \t]*[（(]?[\u4e00-\u9fff]{2}")
#: Characters that open a unit, not a label (``3.5 万元``).
UNIT_OPENERS = frozenset("万元件条次个项人")


def outline_number(text: str, token: Token, columns: tuple) -> bool:
    r"""True when a value ``token`` is the outline number of the next line's label (``3.3 不予公开 3.3.1
    属于国家秘密``): dotted numbers opening their line with a label's words after them, in a row of counts (no
    column of amounts, whose ``3.5`` may open a line).

    >>> from textmine.tables.registry import get_template
    >>> cols = get_template("gov2021").table("requests").columns
    >>> text = "3.2 部分公开 0 0 0\n3.3 不予公开 3.3.1 属于国家秘密 2 0\n"
    >>> at = text.index("3.3 ")
    >>> outline_number(text, Token("3.3", at, at + 3, "value"), cols)
    True
    >>> outline_number("部分公开 0 3.3\n", Token("3.3", 7, 10, "value"), cols)  # after a cell: a cell
    False
    >>> outline_number("3.5 万元\n", Token("3.5", 0, 3, "value"), cols)  # a unit after it
    False
    >>> outline_number("3.3 不予公开\n", Token("3.3", 0, 3, "value"), get_template("gov2021").table("active").columns)
    False
    """
    if not RE_OUTLINE_NUMBER.fullmatch(token.raw):
        return False
    if text[text.rfind("\n", 0, token.start) + 1 : token.start].strip():
        return False
    m = RE_LABEL_AFTER.match(text, token.end)
    if not m or text[m.end() - 2] in UNIT_OPENERS:
        return False
    return not any(c.role == "amount" or (c.unit and "元" in c.unit) for c in columns)


def last_year_tab_columns(text: str, table: TableSpec, start: int, first: int) -> set[int]:
    r"""The TAB columns (counted from the line's start) whose head, in the TAB lines above the table's
    first row (``start`` to ``first``), names last year's figures printed beside this year's
    (:func:`textmine.tables.registry.last_year_head`: ``上年同期``, ``去年总计``).

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2021").table("requests")
    >>> h = "说明\t\t\t申请人情况\t\t\t\t\t\t\t上年同期\n\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n"
    >>> last_year_tab_columns(h, t, 0, len(h)), last_year_tab_columns("\t自然人\t总计\n", t, 0, 9)
    ({10}, set())
    """
    out: set[int] = set()
    for line in text[start:first].split("\n"):
        if "\t" in line:
            out |= {i for i, piece in enumerate(line.split("\t")) if piece.strip() and last_year_head(table, piece)}
    return out


def _tab_index(text: str, at: int) -> int:
    """The TAB column of offset ``at``: the tabs between its line's start and it."""
    return text.count("\t", text.rfind("\n", 0, at) + 1, at)


def _glued_named_rows(text: str, table: TableSpec, rows: list[RowTokens], start: int, end: int) -> list[RowTokens]:
    r"""Rows whose short label (规章, two characters: never a label when a word follows it, as 其他 of
    其他处理) opens a line glued to a sentence that names each of its cells (``规章本年制发3件、本年废止0件、
    现行有效12件``): read by :func:`named_cells`, only for rows no label was found for.

    >>> from textmine.tables.registry import get_template
    >>> spec = get_template("gov2021").table("active")
    >>> t = "规章本年制发3件、本年废止0件、现行有效12件；\n"
    >>> [[x.raw for x in r.values] for r in _glued_named_rows(t, spec, [], 0, len(t))]
    [['3', '0', '12']]
    >>> _glued_named_rows("规章制度建设不断加强，本年制发3件。\n", spec, [], 0, 20)
    []
    """
    have = {r.hit.row.key for r in rows}
    out: list[RowTokens] = []
    for i, row in enumerate(table.rows):
        if row.header or row.key is None or row.key in have:
            continue
        for key in (k for k in row.match_keys if len(k) <= SHORT_KEY):
            for m in re.finditer(r"(?m)^[ \t]*(" + re.escape(key) + r")(?=[\u4e00-\u9fff])", text[start:end]):
                stop = text.find("\n", start + m.end(1), end)
                hit = RowHit(i, row, start + m.start(1), start + m.end(1), end if stop < 0 else stop)
                named = named_cells(text, table, hit)
                if named is not None:
                    out.append(RowTokens(hit, named, list(named), None, "tab"))
                    break
            if out and out[-1].hit.row is row:
                break
    return out


#: What may follow a column's words before its value in a row printed as a sentence: the rest of
#: the column label (件数, 数量), a colon or 为, then the value (signed, decimal, thousands, or a
#: placeholder word), then its unit.
RE_NAMED_VALUE = (r"(?:件数|数量|数)?[^\S\n]*(?:[：:为][^\S\n]*)?"
                  r"(?P<v>[+\-－＋]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?|不涉及|不适用|无此项|[—/／])"
                  r"(?:件|项|个|条|万元|元)?(?![\d.])")
#: A column label's ending that its sentence form leaves out (本年制发件数 → 本年制发3件).
RE_LABEL_TAIL = re.compile(r"(?:（[^）]*）|\([^)]*\))$|(?:件数|数量)$")


@functools.cache
def _named_patterns(template_columns: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[re.Pattern[str], ...]:
    """One pattern per column: any of its names (label, variants, their stems without 件数/数量 or
    a bracketed unit), longest first, followed by :data:`RE_NAMED_VALUE`."""
    out = []
    for label, variants in template_columns:
        names = set()
        for name in (label, *variants):
            stem = RE_LABEL_TAIL.sub("", RE_LABEL_TAIL.sub("", name))
            names.update(n for n in (name, stem) if len(n) >= 2)
        alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        out.append(re.compile(f"(?:{alts}){RE_NAMED_VALUE}"))
    return tuple(out)


#: :func:`_named_patterns` of a row's columns, by the columns' tuple (``TableSpec.row_columns`` gives
#: one tuple per table and ``cols``): the tuple held beside its patterns, so its id is never reused.
_NAMED_BY_COLS: dict[int, tuple[tuple[ColumnSpec, ...], tuple[re.Pattern[str], ...]]] = {}


def _cols_named_patterns(cols: tuple[ColumnSpec, ...]) -> tuple[re.Pattern[str], ...]:
    """:func:`_named_patterns` of ``cols`` (their labels and variants) without building and hashing
    that key for every row of every report: looked up by the columns' tuple itself.

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2021").table("active")
    >>> cols = t.row_columns(t.rows[0])
    >>> _cols_named_patterns(cols) is _named_patterns(tuple((c.label, c.variants) for c in cols))
    True
    """
    got = _NAMED_BY_COLS.get(id(cols))
    if got is not None and got[0] is cols:
        return got[1]
    patterns = _named_patterns(tuple((c.label, c.variants) for c in cols))
    if len(_NAMED_BY_COLS) >= 4096:  # templates built again and again (lexicons reloaded): start anew
        _NAMED_BY_COLS.clear()
    _NAMED_BY_COLS[id(cols)] = (cols, patterns)
    return patterns


def named_cells(text: str, table: TableSpec, hit: RowHit) -> list[Token] | None:
    r"""A row printed as a sentence that names each of its cells (``规章：本年制发3件，本年废止0件，
    现行有效12件``; ``行政许可：上一年项目数量45项，本年增/减-3，处理决定数量1203件``): the value after
    each column's words, in the template's column order, when the row's line names every column of
    the row exactly once and nothing else holds a digit; ``None`` otherwise (a row of cells, prose).

    >>> from textmine.tables.registry import get_template
    >>> from textmine.tables.labels import match_rows
    >>> spec = get_template("gov2021").table("active")
    >>> t = "规章：现行有效12件，本年制发3件，本年废止0件\n"
    >>> [x.raw for x in named_cells(t, spec, match_rows(t, spec, 0, len(t))[0])]
    ['3', '0', '12']
    >>> t = "规章\t3\t0\t12\n"
    >>> named_cells(t, spec, match_rows(t, spec, 0, len(t))[0]) is None
    True
    >>> t = "规章：本年制发3件，现行有效12件\n"
    >>> named_cells(t, spec, match_rows(t, spec, 0, len(t))[0]) is None
    True
    """
    patterns = _cols_named_patterns(table.row_columns(hit.row))
    paired = _head_value_lines(text, hit, patterns)
    if paired is not None:
        return paired
    stop = text.find("\n", hit.label_end, hit.seg_end)
    stop = hit.seg_end if stop < 0 else stop
    seg = text[hit.label_end:stop]
    if not seg.strip() or RE_CJK_CHAR.search(seg) is None:  # no column's words: a row of cells
        return None
    found: list[Token] = []
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        ms = list(pattern.finditer(seg))
        if len(ms) != 1:
            return None
        m = ms[0]
        spans.append(m.span())
        found.append(Token(m.group("v"), hit.label_end + m.start("v"), hit.label_end + m.end("v"), "value"))
    spans.sort()
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:], strict=False)):
        return None  # two columns' words on one value
    rest = "".join(seg[a:b] for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(seg)],
                                            strict=True))
    if RE_DIGIT.search(rest):
        return None  # another number in the line: not a row of named cells
    return found


def _head_value_lines(text: str, hit: RowHit, patterns: tuple[re.Pattern[str], ...]) -> list[Token] | None:
    r"""A row as a responsive (mobile) page prints it: its label on a line, then each cell as its
    column's head on a line and its value on the next (``规章⏎本年制发件数⏎3⏎本年废止件数⏎0⏎现行有效件数⏎12``):
    each value under the head printed right above it, in the template's column order, when the lines
    after the label are such pairs naming every column of the row exactly once and the lines after
    them hold no digit; ``None`` otherwise.

    >>> from textmine.tables.registry import get_template
    >>> from textmine.tables.labels import match_rows
    >>> spec = get_template("gov2021").table("active")
    >>> t = "规章\n现行有效件数\n12\n本年制发件数\n3\n本年废止件数\n0\n行政规范性文件\n本年制发件数\n1\n本年废止件数\n0\n现行有效件数\n4\n"
    >>> [x.raw for x in named_cells(t, spec, match_rows(t, spec, 0, len(t))[0])]
    ['3', '0', '12']
    >>> t = "规章\n3\n0\n12\n行政规范性文件\n1\n0\n4\n"
    >>> named_cells(t, spec, match_rows(t, spec, 0, len(t))[0]) is None
    True
    """
    line_end = text.find("\n", hit.label_start, hit.seg_end)
    if line_end < 0:
        return None
    lines: list[tuple[int, str]] = []
    pos = line_end + 1
    for line in text[pos:hit.seg_end].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    found: dict[int, Token] = {}
    k = 0
    while k + 1 < len(lines):
        (_, head), (at, value) = lines[k], lines[k + 1]
        if not head.strip() or not RE_CJK_CHAR.search(head) or RE_DIGIT.search(head):
            break
        hits = [(n, m) for n, p in enumerate(patterns) if (m := p.fullmatch(head.strip() + value.strip()))]
        if not hits:
            break  # the pairs end (the next group's heading)
        if len(hits) != 1 or hits[0][0] in found:
            return None
        n, m = hits[0]
        lead = len(value) - len(value.lstrip())
        v0 = m.start("v") - len(head.strip())
        if v0 < 0:
            return None
        found[n] = Token(m.group("v"), at + lead + v0, at + lead + v0 + len(m.group("v")), "value")
        k += 2
    if len(found) != len(patterns) or any(RE_DIGIT.search(line) for _, line in lines[k:]):
        return None
    return [found[n] for n in range(len(patterns))]


def _turned_table(text: str, table: TableSpec, start: int, end: int) -> list[FoundRow]:
    r"""The rows of a table printed turned in TAB lines: a head line naming the table's rows (one a
    cell, at least five, each once), then a line per column whose first cell names one of the
    table's columns and whose other cells are values, as many as the head names rows. Each cell is
    read where the two labels meet; ``[]`` when the region is not such a table.

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2021").table("requests")
    >>> heads = "\t".join(["类别", "本年新收申请数量", "上年结转申请数量", "予以公开", "部分公开", "办理结果总计", "结转下年度继续办理"])
    >>> text = heads + "\n自然人\t5\t1\t3\t0\t3\t3\n总计\t6\t1\t4\t0\t4\t3\n"
    >>> rows = _turned_table(text, t, 0, len(text))
    >>> [(r.row.key, {k: c.raw for k, c in r.cells.items()}) for r in rows][:2]
    [('new_received', {'natural_person': '5', 'total': '6'}), ('carried_over', {'natural_person': '1', 'total': '1'})]
    >>> _turned_table("本年新收申请数量\t5\t0\n予以公开\t3\t0\n", t, 0, 24)
    []
    >>> text = heads.replace("\t", " ") + "\n自然人 5 1 3 0 3 3\n总计 6 1 4 0 4 3\n"
    >>> [r.cells["total"].raw for r in _turned_table(text, t, 0, len(text))]
    ['6', '1', '4', '0', '4', '3']
    """
    if table.layout == "single_row":
        return []
    lines = text[start:end].split("\n")
    pos = start
    for n, line in enumerate(lines):
        at = pos
        pos += len(line) + 1
        spaced = "\t" not in line  # space rows: every head piece must name a row (a piece may not be a cell)
        if line.count("\t") < 5 and not (spaced and line.count(" ") >= 5):
            continue
        pieces = _turned_pieces(line, spaced)
        rows = []
        for _, piece in pieces[1:]:
            rows.append(table.row_of_head(piece))
        named_rows = [i for i in rows if i is not None]
        if len(named_rows) < 5 or len(set(named_rows)) < len(named_rows) or (spaced and None in rows):
            continue
        found: dict[int, FoundRow] = {}
        line_at = pos
        for below in lines[n + 1:]:
            cells = _turned_pieces(below, spaced)
            col = column_key(table, cells[0][1]) if cells else None
            if col is None or len(cells) != len(pieces) or not all(_kind(c) == "value" for _, c in cells[1:]):
                break
            for i, (off, raw) in zip(rows, cells[1:], strict=True):
                if i is not None:
                    fr = found.setdefault(i, FoundRow(i, table.rows[i], table.rows[i].label))
                    lead = len(raw) - len(raw.lstrip())
                    fr.cells[col] = FoundCell(raw.strip(), line_at + off + lead, line_at + off + lead + len(raw.strip()))
            line_at += len(below) + 1
        if found and len({c for fr in found.values() for c in fr.cells}) >= 2:
            logger.debug("table %r: printed turned at %d", table.key, at)
            return sorted(found.values(), key=lambda fr: fr.index)
    return []


def turned_without_corner(text: str, table: TableSpec, start: int, end: int) -> list[FoundRow]:
    r"""The rows of a table printed turned whose head line has no corner cell: the head names the table's
    rows from its first cell on, and the line below it has one cell more (its kind of applicant first).
    Read as :func:`_turned_table` reads the head with its corner, the offsets those of ``text``.

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2021").table("requests")
    >>> heads = " ".join(["本年新收申请数量", "上年结转申请数量", "予以公开", "部分公开", "办理结果总计", "结转下年度继续办理"])
    >>> text = heads + "\n自然人 5 1 3 0 3 3\n总计 6 1 4 0 4 3\n"
    >>> rows = turned_without_corner(text, t, 0, len(text))
    >>> [(r.row.key, r.cells["total"].raw, text[r.cells["total"].start]) for r in rows][:2]
    [('new_received', '6', '6'), ('carried_over', '1', '1')]
    >>> turned_without_corner("类别 " + text, t, 0, len(text) + 3)  # a corner: read by _turned_table
    []
    """
    if table.layout == "single_row":
        return []
    lines = text[start:end].split("\n")
    pos = start
    for n, line in enumerate(lines[:-1]):
        at = pos
        pos += len(line) + 1
        spaced = "\t" not in line
        pieces = _turned_pieces(line, spaced)
        below = _turned_pieces(lines[n + 1], spaced)
        if len(pieces) < 5 or len(below) != len(pieces) + 1:
            continue
        if table.row_of_head(pieces[0][1]) is None or column_key(table, below[0][1]) is None:
            continue
        corner = "\t" if not spaced else "申请人 "  # a piece naming no row, as the corner cell prints it
        padded = text[:at] + corner + text[at:]
        rows = _turned_table(padded, table, at, end + len(corner))
        if not rows:
            continue
        for fr in rows:
            for cell in fr.cells.values():
                cell.start = None if cell.start is None else cell.start - len(corner)
                cell.end = None if cell.end is None else cell.end - len(corner)
        return rows
    return []


def _turned_pieces(line: str, spaced: bool) -> list[tuple[int, str]]:
    """The cells of a line of a turned table with their offsets in the line: TAB pieces, or the pieces
    between runs of spaces (``spaced``)."""
    if spaced:
        return [(m.start(), m.group()) for m in RE_NONSPACE.finditer(line)]
    out, off = [], 0
    for piece in line.split("\t"):
        out.append((off, piece))
        off += len(piece) + 1
    return out


def _label_rest(text: str, hit: RowHit, token: Token) -> bool:
    r"""True when ``token`` is a piece of the row's own label printed after the values line it wraps
    around (``8.属于行政查询事 0 0 4`` / ``项``: 项 is the label's last character, not a unit cell).

    >>> from textmine.tables.registry import RowSpec
    >>> text = "8.属于行政查询事 0 4\n项\n"
    >>> hit = RowHit(0, RowSpec("x", "属于行政查询事项"), 0, 10, 16, rest_end=15)
    >>> _label_rest(text, hit, Token("项", 14, 15, "unit")), _label_rest(text, hit, Token("0", 10, 11, "value"))
    (True, False)
    """
    if hit.rest_end < 0:
        return False
    line_end = text.find("\n", hit.label_end, hit.rest_end)
    return line_end >= 0 and line_end < token.start < hit.rest_end


#: A mark that goes on a sentence right after a count (、，；。): the count is prose's.
RE_SENTENCE_MARK = re.compile(r"[、，,；;。]")


def _in_sentence(text: str, hit: RowHit, tokens: list[Token]) -> bool:
    """True when a row label's only count is glued to it and a sentence goes on right after the
    count (and its unit): ``其中当面申请21件、网络申请25件。`` names the row in prose, where a
    printed row sets its cell apart or ends its line (``当面申请 21``, ``当面申请数25`` ⏎).

    >>> from textmine.tables.registry import RowSpec
    >>> text = "其中当面申请21件、网络申请25件。"
    >>> _in_sentence(text, RowHit(0, RowSpec("x", "当面申请"), 2, 6, 17), _space_tokens(text, 6, 17))
    True
    >>> text = "当面申请 21件\\n网络申请 25件\\n"
    >>> _in_sentence(text, RowHit(0, RowSpec("x", "当面申请"), 0, 4, 9), _space_tokens(text, 4, 9))
    False
    """
    values = [t for t in tokens if t.kind == "value"]
    if len(values) != 1 or values[0].start != hit.label_end:
        return False
    end = max(t.end for t in tokens)
    return bool(RE_SENTENCE_MARK.match(text, end))


def is_free_table(table: TableSpec) -> bool:
    """Whether ``table`` is a table of the template free 2013–2018 tables are read as."""
    from textmine.tables.step1_regions import FREE_TEMPLATE  # stage 1 imports this module's kin

    return any(t is table for t in get_template(FREE_TEMPLATE).tables)


def _value_run_before(text: str, floor: int, pos: int, groups: frozenset[str] = frozenset()) -> list[Token]:
    """The value cells on the lines right before ``pos`` (back to the first line holding text
    other than a group header of ``groups``, never before ``floor``), in printed order."""
    out: list[Token] = []
    end = pos
    while end > floor:
        line_start = max(text.rfind("\n", floor, end) + 1, floor)
        line = text[line_start:end]
        if line.strip() and match_key(line) in groups:
            end = line_start - 1  # a group header printed out of its place (the left column's)
            continue
        pieces = list(RE_NONSPACE.finditer(line))
        if pieces and not all(_kind(m.group()) == "value" for m in pieces):
            break
        out[:0] = [Token(m.group(), line_start + m.start(), line_start + m.end(), "value") for m in pieces]
        end = line_start - 1
    return out


def _values_before_labels(text: str, table: TableSpec, rows: list[RowTokens], start: int) -> None:
    r"""Rows whose values are printed before their labels (a PDF converter's reading order puts a
    row's label cell after its value cells: ``本年增/减`` / ``502`` / ``25`` / ``行政事业性收费``, or
    the cells of （七）总计 and 四、结转下年度 after 3.其他's and both labels after them): a run
    of rows printing no value after their labels takes the value cells on the lines right before
    the first of them that no row before holds (group headers such as （五）不予处理 printed between
    are passed over), when there are exactly as many as the run's columns (in order). Anything
    else leaves the rows as they are.

    >>> from textmine.tables.registry import get_template
    >>> t = "行政强制\n2280\n0\n0\n第二十条第（八）项\n本年增/减\n502\n25\n行政事业性收费\n第二十条第（九）项"
    >>> spec = get_template("gov2019").table("active")
    >>> toks = tokenise_text(t, Region(spec, 0, len(t)))
    >>> [(r.hit.row.key, [x.raw for x in r.fitted]) for r in toks.rows]
    [('enforcement', ['2280', '0', '0']), ('fees', ['502', '25'])]
    """
    groups = frozenset(match_key(h) for h in table.headers if h)
    i = 0
    while i < len(rows):
        if rows[i].values:
            i += 1
            continue
        j = i
        while (j + 1 < len(rows) and not rows[j + 1].values
               and not text[rows[j].hit.label_end:rows[j + 1].hit.label_start].strip()):
            j += 1
        group = rows[i:j + 1]
        before = rows[i - 1] if i else None
        floor = start if before is None else (before.fitted[-1].end if before.fitted else before.hit.label_end)
        run = _value_run_before(text, floor, rows[i].hit.label_start, groups)
        widths = [len(table.row_columns(r.hit.row)) for r in group]
        if run and len(run) == sum(widths):
            for r, width in zip(group, widths, strict=True):
                r.values, run = run[:width], run[width:]
                r.fitted = list(r.values)
            logger.debug("rows %s: values printed before their labels", [r.hit.row.key for r in group])
        i = j + 1


def value_lines(text: str, tokens: TableTokens) -> list[list[Token]]:
    """The value lines of a tokenised region of an ordered table (the order-only fallback when
    its labels are displaced), read on the first call and kept in ``tokens.value_lines``;
    ``[]`` for a table that is not read by order."""
    if tokens.value_lines is None:
        region = tokens.region
        table = region.table
        required = [r for r in table.rows if not r.optional]
        tokens.value_lines = (_value_lines(text, region.start, region.end, len(table.row_columns(required[0])))
                              if table.ordered and required else [])
    return tokens.value_lines


#: From a line's first digit to its end: one match per line that holds a digit.
RE_DIGIT_TO_EOL = re.compile(r"\d[^\n]*")


def value_lines_at_most(text: str, tokens: TableTokens) -> int:
    r"""A bound on ``len(value_lines(text, tokens))`` without reading the lines: how many lines of
    the region hold a digit (a value line holds a number), or the count itself once read.

    >>> from textmine.tables.registry import get_template
    >>> t = "主动公开 1 2\n说明\n依申请 3 4\n"
    >>> tokens = TableTokens(Region(get_template("local").table("stats"), 0, len(t)), "space")
    >>> value_lines_at_most(t, tokens)
    2
    """
    if tokens.value_lines is not None:
        return len(tokens.value_lines)
    region = tokens.region
    return len(RE_DIGIT_TO_EOL.findall(text, region.start, region.end))


#: The 2019 本年增/减 head over two TAB cells (a direction column, then the magnitude's).
RE_SPLIT_CHANGE_HEAD = re.compile(r"本年增/减\t[ \u3000]*\t")


def _unsplit_change(values: list[Token], columns: tuple) -> list[Token]:
    """A row under a 本年增/减 head over two cells, one cell more than its columns: the empty
    direction cell before an unsigned magnitude (a change of 0, or printed without 增/减) dropped.

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2019").table("active")
    >>> cols = t.row_columns(next(r for r in t.rows if r.key == "licensing"))
    >>> cells = lambda *xs: [Token(x, 0, 0, "value") for x in xs]
    >>> [x.raw for x in _unsplit_change(cells("2955", "", "0", "50"), cols)]
    ['2955', '0', '50']
    >>> [x.raw for x in _unsplit_change(cells("2955", "", "50"), cols)]
    ['2955', '', '50']
    """
    keys = [c.key for c in columns]
    if "change" not in keys or len(values) != len(keys) + 1:
        return values
    j = keys.index("change")
    if read_cell(values[j].raw)[1] == "blank" and read_cell(values[j + 1].raw)[1] == "number":
        return values[:j] + values[j + 1:]
    return values


def _fit(values: list[Token], ncols: int) -> list[Token]:
    """The value tokens that fill ``ncols`` columns: an empty unit column before the values is dropped,
    values beyond the last column are ignored (an empty cell or a remark after them is a 备注 column).

    >>> cells = lambda *xs: [Token(x, 0, 0, "value") for x in xs]
    >>> [t.raw for t in _fit(cells("", "", "80", "8", "106", ""), 3)]
    ['80', '8', '106']
    >>> [t.raw for t in _fit(cells("", "0", "2", "2", "已转办"), 3)]
    ['0', '2', '2']
    >>> [t.raw for t in _fit(cells("", "0", "2", "2", "5"), 3)]
    ['', '0', '2']
    """
    if len(values) <= ncols:
        return values
    lead = len(values) - ncols
    if all(read_cell(t.raw)[1] == "blank" for t in values[:lead]):
        return values[lead:]
    # fewer leading empty cells (a merged label's covered cells) than extra cells: the rest are an
    # extra column after the values (备注: empty, or a remark's words), never the row's last values
    k = next(i for i, t in enumerate(values) if read_cell(t.raw)[1] != "blank")
    if k and all(read_cell(t.raw)[1] != "text" for t in values[k:k + ncols]) and all(
            read_cell(t.raw)[1] in ("blank", "text") for t in values[k + ncols:]):
        return values[k:k + ncols]
    return values[: ncols]


def _value_lines(text: str, start: int, end: int, ncols: int) -> list[list[Token]]:
    """Lines ending in a run of at least ``ncols`` value cells (order-only fallback)."""
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        l_start = pos
        pos += len(line) + 1
        if not RE_DIGIT.search(line) or RE_PIPE_RULE.match(line):
            continue  # without a digit no cell of the line is a number: never a value line
        if line.lstrip().startswith("|"):
            toks: list[Token] = []
            off = l_start
            for i, piece in enumerate(line.split("|")):
                p_start = off
                off += len(piece) + 1
                if i == 0:
                    continue
                toks.append(Token(piece.strip() or piece, p_start, p_start + len(piece), "value"))
            if toks and toks[-1].raw.strip() == "" and line.rstrip().endswith("|"):
                toks = toks[:-1]
            run: list[Token] = []
            for tok in reversed(toks):
                if read_cell(tok.raw)[1] == "text":
                    break
                run.append(tok)
        else:
            # the line's pieces (runs of non-space: str.split and \S+ know the same spaces); only
            # the trailing run of values is read, from the end, and becomes tokens only when the
            # line holds a full row (a flattened region is one long line of pieces)
            pieces = line.split()
            k = len(pieces)
            while k and read_cell(pieces[k - 1])[1] != "text":
                k -= 1
            tail = pieces[k:]  # no piece is blank: the loop below pops nothing
            if len(tail) < ncols or not any(read_cell(p)[1] == "number" for p in tail):
                continue
            run = []
            cursor = len(line)
            for piece in reversed(tail):  # its last occurrence before the spaces after it
                at = line.rfind(piece, 0, cursor)
                run.append(Token(piece, l_start + at, l_start + at + len(piece), "value"))
                cursor = at
        run.reverse()
        while len(run) > ncols and read_cell(run[-1].raw)[1] == "blank":
            run.pop()  # empty cells of a ragged markdown row
        if len(run) >= ncols and any(read_cell(t.raw)[1] == "number" for t in run):
            out.append(run[:ncols])
    return out


def shaped_value_lines(text: str, start: int, end: int, widths: list[int], *,
                       any_width: bool = False) -> list[list[Token]] | None:
    r"""The lines of ``text[start:end]`` that hold only values (one a number), when there are as
    many as ``widths`` and each holds its row's ``widths[i]`` values: a table whose labels were
    printed apart from their values (a PDF read by columns: every label, then a line of values per
    row), rows of several widths (table 二: 3, 3, 1, 1, 1, 1); with ``any_width`` only their count
    is asked. ``None`` otherwise.

    >>> t = "规章\n行政规范性文件\n行政许可\n0 1 5\n2 0 9\n13\n"
    >>> [[x.raw for x in line] for line in shaped_value_lines(t, 0, len(t), [3, 3, 1])]
    [['0', '1', '5'], ['2', '0', '9'], ['13']]
    >>> shaped_value_lines(t, 0, len(t), [3, 1, 3]) is None, shaped_value_lines(t, 0, len(t), [3, 3]) is None
    (True, True)
    """
    out: list[list[Token]] = []
    pos = start
    for line in text[start:end].split("\n"):
        l_start = pos
        pos += len(line) + 1
        if not RE_DIGIT.search(line):
            continue
        toks = [Token(m.group(), l_start + m.start(), l_start + m.end(), "value") for m in RE_NONSPACE.finditer(line)]
        if any(read_cell(t.raw)[1] == "text" for t in toks):
            continue
        out.append(toks)
    if len(out) != len(widths) or not any_width and any(len(line) != w for line, w in zip(out, widths, strict=True)):
        return None
    return out


def single_value_lines(text: str, start: int, end: int, *, together: bool = False) -> list[Token] | None:
    r"""The value of each line of ``text[start:end]`` that holds one value and nothing else (in
    order; other lines are labels or heads), or ``None`` when a line holds several values or a
    label with a number (not a table printed one value per line), or with ``together`` when a
    label or head comes between two values (text after the last one, the next caption, ends them).

    >>> t = "自然人\n3\n0\n总计\n3\n0\n"
    >>> [x.raw for x in single_value_lines(t, 0, len(t))], single_value_lines("自然人 3\n", 0, 9)
    (['3', '0', '3', '0'], None)
    >>> single_value_lines(t, 0, len(t), together=True), len(single_value_lines("总计\n3\n0\n三、", 0, 9, together=True))
    (None, 2)
    """
    out: list[Token] = []
    closed = False
    for raw, s in stripped_lines(text, start, end):
        if read_cell(raw)[1] in ("number", "dash", "none_word"):
            if closed:
                return None
            out.append(Token(raw, s, s + len(raw), "value"))
        elif RE_DIGIT.search(raw) and not RE_LABEL_NUMBERING.match(raw):
            return None
        else:
            closed = together and bool(out)  # text after the values (the next caption) ends them
    return out


def stripped_lines(text: str, start: int, end: int) -> Iterator[tuple[str, int]]:
    """The non-blank lines of ``text[start:end]``, stripped, each with the offset in ``text`` of
    its first character.

    >>> list(stripped_lines("a\\n  b \\n\\n3", 0, 9))
    [('a', 0), ('b', 4), ('3', 8)]
    """
    pos = start
    for line in text[start:end].split("\n"):
        l_start = pos
        pos += len(line) + 1
        raw = line.strip()
        if raw:
            yield raw, l_start + len(line) - len(line.lstrip())


#: A label's own numbering (1. / （一） / 一、), digits that are no cell.
RE_LABEL_NUMBERING = re.compile(r"[（(]?[\d一二三四五六七八九十]+[）)、.．]")


#: Table 四's row labels when it is printed turned (one row per kind of case, five columns).
RE_T4_REVIEW = re.compile(r"行政复议")
RE_T4_DIRECT = re.compile(r"(?:未经复议)?直接(?:提起)?(?:行政)?起诉")
RE_T4_AFTER = re.compile(r"复议后(?:提起)?(?:行政)?起诉")
#: Table 四's cells per kind of case (结果维持, 结果纠正, 其他结果, 尚未审结, 总计).
T4_CELLS = 5


def _turned_tokens(text: str, start: int, end: int, run: int | None = None) -> list[Token] | None:
    r"""Table 四 printed turned: 行政复议 / 未经复议直接起诉 / 复议后起诉 as three rows of five cells
    under one header (a layout many reports use), read as the template's one row of fifteen;
    ``None`` when the region is not laid out so (the labels come before the first number).

    >>> t = "结果维持 结果纠正 其他结果 尚未审结 总计\n行政复议 1 0 0 1 2\n未经复议直接起诉 0 1 0 0 1\n复议后起诉 2 0 0 0 2"
    >>> [x.raw for x in _turned_tokens(t, 0, len(t))]
    ['1', '0', '0', '1', '2', '0', '1', '0', '0', '1', '2', '0', '0', '0', '2']
    >>> _turned_tokens("行政复议 行政诉讼 未经复议直接起诉 复议后起诉 1 0 0 1 2 0 1 0 0 1 2 0 0 0 2", 0, 60) is None
    True
    """
    region = text[start:end]
    first = RE_DIGIT.search(region)
    direct = RE_T4_DIRECT.search(region)
    if first is None or direct is None or first.start() > direct.start():
        return None  # the labels are column headers above the numbers: the usual layout
    after = RE_T4_AFTER.search(region, direct.end())
    reviews = [m for m in RE_T4_REVIEW.finditer(region, 0, direct.start()) if m.end() <= direct.start()]
    if after is None or not reviews:
        return None
    review = reviews[-1]
    if RE_DIGIT.search(region, 0, review.end()):
        return None
    default = region_mode(text, start, end)
    out: list[Token] = []
    for s, e in ((review.end(), direct.start()), (direct.end(), after.start()), (after.end(), len(region))):
        while s < e and region[s] in "）)":
            s += 1
        mode = segment_mode(text, start + s, start + e, default)
        values = [t for t in read_segment(text, start + s, start + e, mode=mode, run=run) if t.kind == "value"]
        if len(values) < T4_CELLS:
            return None
        out.extend(values[:T4_CELLS])
    return out


def _single_row_tokens(text: str, start: int, end: int, run: int | None = None, *,
                       mode: str | None = None) -> list[Token]:
    r"""The cell tokens of table 四's data row: from the first number after the header (dash and
    无 cells right before it included; blank cells kept where separators show them); the three
    rows of a turned table 四 one after the other (:func:`_turned_tokens`). A region without a
    digit is read from its first dash / 无 cell, and only when that gives all fifteen cells.
    ``mode``: :func:`region_mode` of the region when the caller has it.

    >>> t = "行政复议\t行政诉讼\n结果维持\t总计\n" + "\t".join(["—"] * 15) + "\n"
    >>> few = t.replace("—\t", "", 3)  # twelve cells: not the whole row
    >>> len(_single_row_tokens(t, 0, len(t))), _single_row_tokens(few, 0, len(few))
    (15, [])
    """
    region = text[start:end]
    first = _first_cell_digit(region)
    if first is None:
        # a table 四 printed with — / 无 in every cell: read only when it holds the whole row
        first = RE_PLACEHOLDER_CELL.search(region)
        if first is None:
            return []
        tokens = _row_tokens(text, start, end, first, run, mode)
        values = [t for t in tokens if t.kind == "value"]
        ok = len(values) == 3 * T4_CELLS and all(read_cell(t.raw)[1] in PLACEHOLDERS for t in values)
        return tokens if ok else []
    return _row_tokens(text, start, end, first, run, mode)


def glued_dash_cells(tokens: list[Token], cells: int = 3 * T4_CELLS) -> list[Token]:
    r"""Table 四's row with its empty cells printed ``—`` and glued to their neighbours (``——5 8 13—————3``):
    each ``—`` of a run is a cell of its own when that, and only that, makes the row's fifteen cells (a
    ``——`` that is one cell, as in a row of fifteen tokens, stays one).

    >>> row = [Token(x, i, i + len(x), "value") for i, x in enumerate(["——", "5", "8", "13", "—————"])]
    >>> [t.raw for t in glued_dash_cells(row, 10)]
    ['—', '—', '5', '8', '13', '—', '—', '—', '—', '—']
    >>> [t.raw for t in glued_dash_cells(row, 5)], len(glued_dash_cells(row, 9))  # the count says no
    (['——', '5', '8', '13', '—————'], 5)
    """
    values = [t for t in tokens if t.kind == "value"]
    runs = [t for t in values if len(t.raw) >= 2 and set(t.raw) == {"—"}]
    if not runs or len(values) >= cells or len(values) + sum(len(t.raw) - 1 for t in runs) != cells:
        return tokens
    out: list[Token] = []
    for t in tokens:
        if t in runs:
            out += [Token("—", t.start + i, t.start + i + 1, t.kind) for i in range(len(t.raw))]
        else:
            out.append(t)
    return out


#: A mark of a sentence (not a comma grouping digits): a line holding one is prose, not cells.
RE_SENTENCE_LINE = re.compile(r"[。；]|(?<!\d)[，,]|[，,](?!\d)")
RE_CJK_LINE = re.compile(r"[\u4e00-\u9fff]")
#: A head of table 四's columns: a line holding one is the table's, not a note about it.
RE_T4_HEAD = re.compile(r"结果维持|结果纠正|其他结果|尚未审结")


def _first_cell_digit(region: str) -> re.Match[str] | None:
    r"""The first digit of ``region`` outside a line of prose (a note between the caption and the
    table such as ``（2021年以来累计3件，下表为2023年数据）``: Chinese words and a sentence mark).

    >>> _first_cell_digit("（2021年以来累计3件，下表为2023年数据）\n行政复议\n18\t24").group(), _first_cell_digit("复议\n1，234\t5").start()
    ('1', 3)
    >>> _first_cell_digit("结果维持 总计 3 0 3。2024年将继续努力。").group()
    '3'
    >>> _first_cell_digit("尚未审结 总计\n表4 行政复议情况\n3 0 3").group(), _first_cell_digit("表述 总计 3").group()
    ('3', '3')
    >>> _first_cell_digit("复议\nO O 4").start(), _first_cell_digit("OA系统 3").group()
    (3, '3')
    """
    for m in RE_CELL_DIGIT.finditer(region):
        if RE_TABLE_NUMBER.search(region, max(0, m.start() - 4), m.start()):
            continue  # a caption's number (表4 政府信息公开行政复议…) is no cell
        a = region.rfind("\n", 0, m.start()) + 1
        b = region.find("\n", m.start())
        line = region[a: b if b >= 0 else len(region)]
        if not (RE_SENTENCE_LINE.search(line) and RE_CJK_LINE.search(line)) or RE_T4_HEAD.search(line):
            return m  # a line of cells, or the whole table run into one line with its heads
    return None


#: A dash or 无 cell standing alone: on a line of its own, between TABs or pipes, or between spaces.
RE_PLACEHOLDER_CELL = re.compile(r"(?:^|(?<=[\t| \u3000]))[ \t\u3000]*(?:[—–－/／\-]+|无|没有)(?=[ \t\u3000]*(?:[\t|\n]|$))",
                                 re.M)
#: The statuses of a printed cell that holds no number.
PLACEHOLDERS = ("dash", "none_word", "blank")


def _row_tokens(text: str, start: int, end: int, first: re.Match[str], run: int | None,
                mode: str | None = None) -> list[Token]:
    """Table 四's cell tokens from ``first``, the first cell of the region (see :func:`_single_row_tokens`)."""
    region = text[start:end]
    turned = _turned_tokens(text, start, end, run)
    if turned is not None:
        return turned
    if (mode or region_mode(text, start, end)) == "lines":
        # the cells start on the line after the last header text above the first number
        lines_start, pos = start, 0
        for line in region[: first.start()].split("\n")[:-1]:
            pos += len(line) + 1
            if line.strip() and read_cell(line)[1] == "text":
                lines_start = start + pos - 1
        tokens = read_segment(text, lines_start, end, mode="lines", run=run)
        return tokens if len(tokens) >= 3 * T4_CELLS else _lines_between_headers(text, lines_start, end) or tokens
    line_start = region.rfind("\n", 0, first.start()) + 1
    line_end = region.find("\n", first.start())
    line = region[line_start : line_end if line_end >= 0 else len(region)]
    if "\t" in line:
        tokens = _tab_line_tokens(text, start + line_start, line)
        if len([t for t in tokens if t.kind == "value"]) > 3 * T4_CELLS and not line.split("\t")[0].strip():
            # a sheet's empty first column: the row's leading empty piece is no cell of table 四
            tokens = _tab_line_tokens(text, start + line_start, line, lead_cell=False)
        if len([t for t in tokens if t.kind == "value"]) < 3 * T4_CELLS:
            after = start + line_start + len(line)
            parts = _tab_parts(text, after, end, tokens, line)
            if parts is tokens and not line.split("\t")[0].strip():  # halves under a sheet's empty first column
                bare = _tab_line_tokens(text, start + line_start, line, lead_cell=False)
                parts = _tab_parts(text, after, end, bare, line, lead_cell=False)
                return tokens if parts is bare else parts
            return parts
        return tokens
    if line.lstrip().startswith("|"):
        return read_segment(text, start + line_start, start + line_start + len(line), mode="pipe")
    if comma_row("," + line) and len(csv_pieces(line)) >= T4_CELLS:  # a spreadsheet row pasted as CSV
        return _comma_cells(text, start + line_start, start + line_start + len(line), whole=True)
    # dash / 无 cells printed before the first number belong to the row
    lead = RE_LEAD_WORDS.search(region, line_start, first.start())
    begin = start + (lead.start() if lead else first.start())
    if begin > start and text[begin - 1] in "+-":
        begin -= 1
    tokens = read_segment(text, begin, end, mode="space")
    if begin == start + first.start() and not region[line_start:first.start()].strip(" ") \
            and single_space_blanks(text, start, end):  # an empty cell printed as one space
        tokens = with_space_blanks(text, start + line_start, tokens, line_start=True)
    if 0 < len([t for t in tokens if t.kind == "value"]) < 3 * T4_CELLS:
        label = region[line_start:first.start()].strip()
        last = max(t.end for t in tokens)
        after = text.find("\n", last, end)
        if after >= 0:
            return _space_parts(text, after + 1, end, tokens, label)
    return tokens


def _space_parts(text: str, pos: int, end: int, tokens: list[Token], label: str) -> list[Token]:
    r"""Table 四's row printed in parts one under the other (its columns in two halves, each under its
    own heads, the page being too narrow) in space-separated lines: the lines after the first part's
    ``tokens`` that hold only values (one a number), after the first line's row ``label`` if it had
    one, up to fifteen cells; ``tokens`` itself when the parts do not make exactly fifteen.

    >>> t = "数量 1 0 1 0 2 0 0 0 0 0\n续表\n复议后起诉\n结果维持 总计\n数量 3 0 0 0 3\n五、"
    >>> first = _separated(t, 0, 22, " ", whole=True)
    >>> [x.raw for x in _space_parts(t, 23, len(t), first, "数量")][-5:]
    ['3', '0', '0', '0', '3']
    >>> t2 = t.replace("数量 3", "说明 3")  # another row's label: no part of this row
    >>> len(_space_parts(t2, 23, len(t2), first, "数量"))
    10
    """
    def values(line: str, at: int) -> list[Token] | None:
        pieces = [(m.group(), at + m.start()) for m in RE_NONSPACE.finditer(line)]
        if pieces and label and pieces[0][0] == label:
            pieces = pieces[1:]
        if not pieces or any(read_cell(p)[1] == "text" and not joined_digits(p) for p, _ in pieces) \
                or not any(read_cell(p)[1] == "number" for p, _ in pieces):
            return None
        return [Token(p, s, s + len(p), "value") for p, s in pieces]

    return _t4_parts(text, pos, end, tokens, values)


def _tab_line_tokens(text: str, at: int, line: str, *, lead_cell: bool = True) -> list[Token]:
    """The tokens of a TAB row of table 四 starting at ``at`` (its first piece a cell too when it
    is no label; an empty first piece only with ``lead_cell``)."""
    cells = line.split("\t")
    tokens = read_segment(text, at, at + len(line), mode="tab", signs=False)
    joined = joined_digits(cells[0])
    if not lead_cell and not cells[0].strip():
        empty = next((i for i, c in enumerate(cells) if c.strip()), len(cells))  # the sheet's empty columns
        return [t for t in tokens if t.start >= at + sum(len(c) + 1 for c in cells[:empty])]
    if joined or read_cell(cells[0])[1] != "text":  # the first piece is a cell too: no label here
        lead = len(cells[0]) - len(cells[0].lstrip())
        raw = cells[0].strip()
        s = at + lead
        tokens.insert(0, Token(joined[0] if joined else raw or cells[0], s, s + len(raw), "value"))
    return tokens


def _tab_parts(text: str, pos: int, end: int, tokens: list[Token], first: str = "", *,
               lead_cell: bool = True) -> list[Token]:
    r"""Table 四's row printed in parts, each under its own heads (行政复议's five cells, then
    行政诉讼's ten in a table of its own; or its sixteen columns, a label and the fifteen cells, in
    two halves one under the other): the value rows of TAB lines after the first one's ``tokens``
    (every piece a value, one a number; the first piece may be the row's label, as on the first
    line ``first``), up to fifteen cells; ``tokens`` itself when the parts do not make exactly
    fifteen. Without ``lead_cell`` a line's empty first piece is a sheet's empty column, no cell.

    >>> t = "24\t0\t12\t12\t48\n行政诉讼\n结果维持\t总计\n" + "\t".join("0" * 10) + "\n"
    >>> len(_tab_parts(t, 13, len(t), _tab_line_tokens(t, 0, t[:13])))
    15
    >>> t = "件数\t" + "\t".join("1" * 7) + "\n\t复议后起诉\n\t总计\n件数\t" + "\t".join("2" * 8) + "\n"
    >>> [x.raw for x in _tab_parts(t, 16, len(t), _tab_line_tokens(t, 0, t[:16]), t[:16])][-3:]
    ['2', '2', '2']
    >>> t = "件数\t1\t1\n\t总计\n说明\t见附件\t2\n"  # a line of other words is no part
    >>> len(_tab_parts(t, 8, len(t), _tab_line_tokens(t, 0, t[:7]), t[:7]))
    2
    """
    head = first.split("\t")[0].strip() if first else ""
    labelled = bool(head) and read_cell(head)[1] == "text" and not joined_digits(head)

    def values(line: str, at: int) -> list[Token] | None:
        pieces = line.split("\t")
        rest = pieces[1:] if labelled and pieces[0].strip() == head else pieces
        if "\t" not in line or not all(read_cell(p)[1] != "text" or joined_digits(p) for p in rest) \
                or not any(read_cell(p)[1] == "number" for p in rest):
            return None
        return _tab_line_tokens(text, at, line, lead_cell=lead_cell)

    return _t4_parts(text, pos, end, tokens, values)


def _t4_parts(text: str, pos: int, end: int, tokens: list[Token],
              values: Callable[[str, int], list[Token] | None]) -> list[Token]:
    """The first part's ``tokens`` of a table 四 row printed in parts, with the cells ``values`` finds
    on each later line (``None``: no part of the row), up to fifteen cells; ``tokens`` itself when the
    parts do not make exactly fifteen (:func:`_tab_parts`, :func:`_space_parts`)."""
    count = len([t for t in tokens if t.kind == "value"])
    out = list(tokens)
    for line in text[pos:end].split("\n"):
        at = pos
        pos += len(line) + 1
        if count >= 3 * T4_CELLS:
            break
        more = values(line, at)
        if more is None:
            continue
        count += len([t for t in more if t.kind == "value"])
        out += more
    return out if count == 3 * T4_CELLS else tokens


def _lines_between_headers(text: str, start: int, end: int) -> list[Token] | None:
    r"""Table 四's fifteen cells, one per line, when a converter printed each column group's header
    lines before the group's cells (``总计`` / ``15`` … ``51`` / ``复议后起诉`` / ``结果维`` / ``持`` …
    ``0`` … ``6``): every line holding only a value, in order, when there are exactly fifteen;
    ``None`` otherwise.

    >>> t = "总计\n1\n0\n0\n0\n1\n复议后起诉\n结果维\n持\n0\n0\n0\n2\n2\n总计\n0\n0\n0\n0\n0\n五、"
    >>> [x.raw for x in _lines_between_headers(t, 0, len(t))][-6:]
    ['2', '0', '0', '0', '0', '0']
    """
    out: list[Token] = []
    pos = start
    for line in text[start:end].split("\n"):
        l_start = pos
        pos += len(line) + 1
        raw = line.strip()
        if raw and _kind(raw) == "value" and len(raw.split()) == 1:
            s = l_start + len(line) - len(line.lstrip())
            out.append(Token(raw, s, s + len(raw), "value"))
    return out if len(out) == 3 * T4_CELLS else None


def _known_label(table: TableSpec, label: str) -> bool:
    """True when ``label`` names a template row, a group header or holds a column label."""
    key = match_key(label)
    return (
        not key
        or bool(table.rows_named(key))
        or any(h and match_key(h) in key for h in table.headers)
        or any(len(k) >= 2 and k in key for c in table.columns for k in c.match_keys)
    )


@functools.lru_cache(maxsize=1)
def number_mark() -> re.Pattern[str]:
    """What every cell :func:`read_cell` reads as a number holds: a digit, or one of the zero words
    (零, 〇) that make a cell of their own. Text without one holds no number cell.

    >>> bool(number_mark().search("其他 〇")), bool(number_mark().search("行政许可 3")), bool(number_mark().search("二、主动公开"))
    (True, True, False)
    """
    words = sorted(cell_words()["zero_word"], key=len, reverse=True)
    return re.compile("|".join([r"\d", *(re.escape(w) for w in words)]))


def _extra_rows(text: str, table: TableSpec, rows: list[RowTokens], default: str) -> list[FoundRow]:
    """Rows printed between two template rows whose label the template lacks (``5.电子邮件申请数
    4`` in a gov2014 table): kept with their label and cells, never dropped silently.

    Only the text between a row's last cell and the next template row's label is searched, so
    prose after the table is never read as a row.
    """
    out: list[FoundRow] = []
    width = [c.key for c in table.columns if not c.optional]
    for k, row in enumerate(rows[:-1]):
        hit: RowHit = row.hit
        nxt = rows[k + 1].hit
        pos = max([hit.label_end] + [t.end for t in row.fitted if t.end >= 0])
        stop = nxt.label_start
        while pos < stop:
            m = RE_EXTRA_LABEL.search(text, pos, stop)
            if m is None:
                break
            after = text[m.end() : m.end() + 1]
            if not (after.isspace() or after in "|\t"):
                pos = m.end()  # the label runs on into its cells: no row (tested first, before reading them)
                continue
            if not number_mark().search(text, m.end(), stop):
                pos = m.end()  # no digit and no zero word up to the next row: no number cell (asked before reading them)
                continue
            label = RE_SPACES.sub("", m.group())
            mode = segment_mode(text, m.end(), stop, default)
            toks = read_segment(text, m.end(), stop, mode=mode)
            values = [t for t in toks if t.kind == "value"]
            if (
                not values
                or len(values) > len(width)
                or _known_label(table, label)
                or not any(read_cell(t.raw)[1] == "number" for t in values)
            ):
                pos = m.end()
                continue
            spec = RowSpec(key=None, label=label)
            fr = FoundRow(
                hit.index, spec, label, unit=next((t.raw for t in toks if t.kind == "unit"), None),
                label_start=m.start(), label_end=m.end(), seg_end=stop, extra=True,
            )
            for col, tok in zip(width, values, strict=False):
                fr.cells[col] = FoundCell(tok.raw, tok.start, tok.end)
            logger.debug("table %r: row %r is not in the template, kept without a key", table.key, label)
            out.append(fr)
            pos = max(t.end for t in toks)
    return out
