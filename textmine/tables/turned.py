"""Tables printed turned, read here for more than one stage so that no stage imports another's
module: a one-column table (the 2008–2018 free tables, 项目 | 数量, printed as a line of row names
over a line of counts), read for stage 1 (detecting the free template) and stage 2 (tokenising its
region); table 四 turned (a row per result, a column per kind of case), read for stage 2 from grids
and from text lines alike."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from textmine.tables.cells import is_number_text, read_cell
from textmine.tables.records import FoundCell, FoundRow
from textmine.tables.registry import TableSpec, cell_words, column_key, match_key

logger = logging.getLogger(__name__)


def _is_value(raw: str) -> bool:
    """A value cell (number, dash, placeholder word), not a unit or text."""
    stripped = raw.strip()
    return stripped not in cell_words()["units"] and (read_cell(raw)[1] != "text" or is_number_text(stripped))


def turned_one_column(text: str, table: TableSpec, start: int, end: int) -> list[FoundRow]:
    r"""The rows of a one-column table (the 2008–2018 free tables: 项目 | 数量) printed turned: a TAB
    line whose every cell names one of the table's rows (at least four, each once), then the next
    non-blank line holding as many cells, every one a value. ``[]`` otherwise.

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2014").table("stats")
    >>> text = "申请总数\t当面申请\t网上申请\t已答复\n22\t20\t2\t22\n"
    >>> [(r.row.key, r.cells["value"].raw) for r in turned_one_column(text, t, 0, len(text))][:2]
    [('requests_received', '22'), ('requests_in_person', '20')]
    >>> turned_one_column("申请总数\t当面申请\t网上申请\t已答复\n22\t20\t2\n", t, 0, 30)
    []
    >>> text = "申请总数\t当面申请\t网上申请\t已答复\n件\t件\t件\t件\n22\t20\t2\t22\n"
    >>> [r.cells["value"].raw for r in turned_one_column(text, t, 0, len(text))]
    ['22', '20', '2', '22']
    >>> turned_one_column("申请总数\t当面申请\t网上申请\t已答复\n件\t件\t件\n22\t20\t2\t22\n", t, 0, 40)
    []
    """
    cols = [c for c in table.columns if not c.optional]
    if table.layout == "single_row" or len(cols) != 1:
        return []
    lines = text[start:end].split("\n")
    offsets = [start]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for n, line in enumerate(lines):
        if line.count("\t") < 3:
            continue
        pieces = line.split("\t")
        rows = []
        for piece in pieces:
            named = table.rows_named(match_key(piece)) if match_key(piece) else []
            rows.append(named[0] if len(named) == 1 and not table.rows[named[0]].header else None)
        if None in rows or len(set(rows)) < len(rows):
            continue
        m = next((k for k in range(n + 1, len(lines)) if lines[k].strip()), None)
        if m is None:
            return []
        units = lines[m].split("\t")
        if len(units) == len(pieces) and all(u.strip() in cell_words()["units"] for u in units):
            # a line of units under the names (件 | 件 | 万元): the counts are on the next line
            m = next((k for k in range(m + 1, len(lines)) if lines[k].strip()), None)
            if m is None:
                return []
        cells = lines[m].split("\t")
        if len(cells) != len(pieces) or not all(_is_value(c) and c.strip() for c in cells):
            continue
        out = []
        off = offsets[m]
        for i, raw in zip(rows, cells, strict=True):
            fr = FoundRow(i, table.rows[i], table.rows[i].label)
            lead = len(raw) - len(raw.lstrip())
            fr.cells[cols[0].key] = FoundCell(raw.strip(), off + lead, off + lead + len(raw.strip()))
            out.append(fr)
            off += len(raw) + 1
        logger.debug("table %r: printed turned (one column) at %d", table.key, offsets[n])
        return sorted(out, key=lambda fr: fr.index)
    return []


#: Brackets around a row's own name under its group's (``行政诉讼（未经复议直接起诉）``).
RE_HEAD_BRACKETS = re.compile(r"[（()）]")
#: A cell of a text line without a TAB: a run of non-space characters.
RE_SPACE_CELL = re.compile(r"\S+")


def single_turned(
    rows: list[list[str]], table: TableSpec, keys: list[tuple[str, str]], *,
    is_value: Callable[[str], bool] = _is_value, cell: Callable[[int, int], FoundCell],
) -> list[FoundRow]:
    """Table 四 printed turned: a header row naming the template's rows across it (行政复议 |
    行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉）), then a row per column (总计, 结果维持 …, in any
    order: a 总计 row first is read as 总计), each cell read where its row's label meets its column's
    head, never by position (``cell(r, c)`` builds the cell of grid row ``r``, column ``c``). Every
    named row must come out whole; ``[]`` otherwise. Shared by the grid reader (HTML, Word) and
    the text tokeniser (:func:`turned_single_row`).

    >>> from textmine.tables.registry import get_template
    >>> spec = get_template("gov2021").table("appeals")
    >>> keys = [(r.key, c.key) for r in spec.rows for c in spec.row_columns(r)]
    >>> rows = [["结果", "行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"], ["总计", "3", "2", "0"],
    ...         ["结果维持", "1", "2", "0"], ["结果纠正", "0", "0", "0"], ["其他结果", "2", "0", "0"], ["尚未审结", "0", "0", "0"]]
    >>> found = single_turned(rows, spec, keys, cell=lambda r, c: FoundCell(rows[r][c], None, None))
    >>> [(fr.row.key, fr.cells["total"].raw, fr.cells["upheld"].raw) for fr in found]
    [('review', '3', '1'), ('suit_direct', '2', '2'), ('suit_after_review', '0', '0')]
    >>> usual = [["行政复议", "", "行政诉讼"], ["结果维持", "结果纠正", "总计"], ["1", "0", "1"]]
    >>> single_turned(usual, spec, keys, cell=lambda r, c: FoundCell(usual[r][c], None, None))
    []
    """
    for h, head in enumerate(rows):
        if any(read_cell(c)[1] == "number" for c in head):
            continue
        named: dict[int, int] = {}  # grid column → the index of the template row its head names
        for c, text in enumerate(head):
            i = table.row_of_head(RE_HEAD_BRACKETS.sub("", text)) if text.strip() else None
            if i is not None and column_key(table, text) is None:
                named[c] = i
        if len(named) < 2 or len(set(named.values())) != len(named):
            continue
        mapping: dict[tuple[int, str], tuple[int, int]] = {}  # (row index, column key) → grid cell
        for r in range(h + 1, len(rows)):
            cells = rows[r]
            labels = [j for j, x in enumerate(cells) if x.strip() and not is_value(x)]
            col = column_key(table, cells[labels[0]]) if len(labels) == 1 else None
            if col is None or any(c <= labels[0] for c in named):
                break
            for c, i in named.items():
                if c < len(cells) and (i, col) not in mapping:
                    mapping[(i, col)] = (r, c)
        if not mapping or not all(
                (i, col) in mapping for i in named.values() for row, col in keys if row == table.rows[i].key):
            continue
        found: dict[int, FoundRow] = {}
        for (i, col_key), (r, c) in mapping.items():
            fr = found.setdefault(i, FoundRow(i, table.rows[i], table.rows[i].label))
            fr.cells[col_key] = cell(r, c)
        return sorted(found.values(), key=lambda fr: fr.index)
    return []


def turned_single_row(text: str, table: TableSpec, start: int, end: int) -> list[FoundRow]:
    r"""Table 四 printed turned in text lines (TAB cells, or space-separated cells on lines without a
    TAB): the rows :func:`single_turned` reads from the lines' cells, with offsets into ``text``;
    ``[]`` when the region is not laid out so.

    >>> from textmine.tables.registry import get_template
    >>> spec = get_template("gov2021").table("appeals")
    >>> t = "结果 行政复议 行政诉讼（未经复议直接起诉） 行政诉讼（复议后起诉）\n总计 3 2 0\n结果维持 1 2 0\n"
    >>> t += "结果纠正 0 0 0\n其他结果 2 0 0\n尚未审结 0 0 0\n"
    >>> found = turned_single_row(t, spec, 0, len(t))
    >>> [(fr.row.key, fr.cells["total"].raw, t[fr.cells["total"].start]) for fr in found]
    [('review', '3', '3'), ('suit_direct', '2', '2'), ('suit_after_review', '0', '0')]
    >>> turned_single_row("行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n1 0 0 1 2\n", spec, 0, 40)
    []
    """
    if table.layout != "single_row":
        return []
    rows: list[list[str]] = []
    spans: list[list[tuple[int, int]]] = []
    at = start
    for line in text[start:end].split("\n"):
        cells, where = [], []
        if "\t" in line:
            pieces, off = [], 0
            for raw in line.split("\t"):
                pieces.append((off, raw))
                off += len(raw) + 1
        else:
            pieces = [(m.start(), m.group()) for m in RE_SPACE_CELL.finditer(line)]
        for off, raw in pieces:
            lead = len(raw) - len(raw.lstrip())
            cells.append(raw.strip())
            where.append((at + off + lead, at + off + lead + len(raw.strip())))
        at += len(line) + 1
        if cells:
            rows.append(cells)
            spans.append(where)
    keys = [(r.key, c.key) for r in table.rows for c in table.row_columns(r)]

    def cell(r: int, c: int) -> FoundCell:
        a, b = spans[r][c]
        return FoundCell(rows[r][c], a, b, grid_row=r, grid_col=c)

    return single_turned(rows, table, keys, cell=cell)
