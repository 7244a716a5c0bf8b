"""Stage 2 for grids: read a template table from ``Document.tables`` (HTML/DOCX/PDF/pipe, spans
expanded). A grid prints every cell separately, so its cells are placed by the header here and
need no readings or scoring.

Rows are recognised by their label cell (the rightmost cell that names a template row, so
that the group cells of table 三 — 三、本年度办理结果, （三）不予公开 — are skipped); columns by
the header rows above the data (read bottom-up, so 商业企业 wins over its group header
法人或其他组织). A 小计 column maps to ``org_subtotal``; columns the template lacks are ignored.
Table 四's single data row is mapped through its three-level header (a group printed as its 总计
alone gives that one cell). A grid printed turned — a header row naming the table's rows, a first
column naming its columns — is read where the two labels meet.

Example:
    >>> from textmine.model import Table
    >>> from textmine.tables.registry import get_template
    >>> grid = Table(rows=[["信息内容", "本年处理决定数量"], ["行政许可", "550"]])
    >>> rows = read_grids([grid], "gov2021", get_template("gov2021").table("active"))
    >>> [(r.row.key, {k: c.raw for k, c in r.cells.items()}) for r in rows]
    [('licensing', {'decisions': '550'})]
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import replace

from textmine.model import Table
from textmine.tables.cells import is_number_text, joined_digits, read_cell
from textmine.tables.records import SHORT_ROW_NOTE, FoundCell, FoundRow
from textmine.tables.registry import RowSpec, TableSpec, cell_words, column_key, match_key
from textmine.tables.turned import single_turned

logger = logging.getLogger(__name__)

#: Three CJK characters in a row: a label cell (not a unit, a page number or a mark).
RE_CJK3 = re.compile(r"[\u4e00-\u9fff]{3}")
#: A run of whitespace (removed from the label of an extra row).
RE_SPACES = re.compile(r"\s+")


def _is_unit(cell: str) -> bool:
    return cell.strip() in cell_words()["units"]


@functools.lru_cache(maxsize=65536)
def _is_value(cell: str) -> bool:
    """A data cell (number, blank, dash, 无, a number with a note) or a printed unit (条 / 万元).

    Pure in the cell's text (as :func:`read_cell`, cached alike): every table of a report asks it
    of every cell of every grid."""
    return read_cell(cell)[1] != "text" or _is_unit(cell) or is_number_text(cell) or joined_digits(cell) is not None


def _row_label(table: TableSpec, cells: list[str], cursor: int) -> tuple[int, int] | None:
    """``(template row index, grid column)`` of the row's label cell, or ``None``."""
    best = None
    for j, cell in enumerate(cells):
        if _is_value(cell):
            continue
        key = match_key(cell)
        if not key:
            continue
        matches = table.rows_named(key)
        if not matches:
            continue
        after = [i for i in matches if i >= cursor] if table.ordered else matches
        i = (after or matches)[0]
        best = (i, j)
    return best


def _column_map(table: TableSpec, headers: list[list[str]], width: int) -> dict[int, str]:
    """Grid column → column key, reading each column's header cells bottom-up.

    A header that prints the total's label (总计) and also one of its variants (合计) over another
    column names the total by its label; the variant heads the optional subtotal column of a group
    when the table has one (法人或其他组织 … 合计 | 总计: 合计 is the organisations' subtotal).
    """
    out: dict[int, str] = {}
    named: dict[int, str] = {}
    for c in range(width):
        for hrow in reversed(headers):
            if c >= len(hrow):
                continue
            col = column_key(table, hrow[c])
            if col:
                out[c] = col
                named[c] = match_key(hrow[c]) or ""
                break
    for group in {c.group for c in table.columns if c.group}:
        # a group printed as one column (法人或其他组织 without its five columns beneath): its subtotal
        sub = next((c.key for c in table.columns if c.optional and c.group == group), None)
        if sub is None or any(c.group == group and c.key in out.values() for c in table.columns):
            continue
        alone = [c for c in range(width) if c not in out
                 and any(c < len(h) and match_key(h[c]) == match_key(group) for h in headers)]
        if len(alone) == 1:
            out[alone[0]] = sub
    for col in table.columns:
        same = [c for c, key in out.items() if key == col.key]
        sub = next((o.key for o in table.columns if o.optional and o.group and o.key not in out.values()), None)
        if len(same) < 2 or sub is None:
            continue
        by_label = [c for c in same if named[c] == match_key(col.label)]
        if len(by_label) == 1:
            for c in same:
                if c not in by_label:
                    out[c] = sub
    return out


def _offsets(text: str | None, grid: Table) -> list[list[tuple[int, int]]] | None:
    """Spans of every grid cell in the rendered text (TAB cells, one row per line), if exact."""
    if text is None or grid.start is None or grid.end is None:
        return None
    lines = text[grid.start : grid.end].split("\n")
    if lines and lines[-1] == "" and len(lines) == len(grid.rows) + 1:
        lines = lines[:-1]
    if len(lines) != len(grid.rows):
        return None
    out = []
    pos = grid.start
    for line, row in zip(lines, grid.rows, strict=False):
        cells = line.split("\t")
        if len(cells) != len(row):
            return None
        spans = []
        off = pos
        for cell in cells:
            lead = len(cell) - len(cell.lstrip())
            raw = cell.strip()
            spans.append((off + lead, off + lead + len(raw)) if raw else (off, off))
            off += len(cell) + 1
        out.append(spans)
        pos += len(line) + 1
    return out


def _cell(grid_rows: list[list[str]], spans, r: int, c: int) -> FoundCell:
    raw = grid_rows[r][c]
    start = end = None
    if spans is not None:
        start, end = spans[r][c]
    joined = joined_digits(raw)
    if joined:  # one cell's digits printed apart by spaces: one number
        return FoundCell(joined[0], start, end, grid_row=r, grid_col=c, note=joined[1])
    return FoundCell(raw.strip() or raw, start, end, grid_row=r, grid_col=c)


def _single_row(grid: Table, template: str, table: TableSpec, spans) -> list[FoundRow]:
    keys = [(r.key, c.key) for r in table.rows for c in table.row_columns(r)]
    for r, cells in enumerate(grid.rows):
        values = [c for c, cell in enumerate(cells) if _is_value(cell)]
        if len(values) < len(keys) or not any(read_cell(cells[c])[1] == "number" for c in values):
            continue
        headers = grid.rows[:r]
        mapping: dict[tuple[str, str], int] = {}
        for c in values:
            col = row = None
            for hrow in reversed(headers):
                key = match_key(hrow[c]) if c < len(hrow) else ""
                if col is None:
                    col = next((s.key for s in table.columns if key and key in s.match_keys), None)
                if row is None:
                    row = next((s.key for s in table.rows if key and key in s.match_keys), None)
            if col and row and (row, col) not in mapping:
                mapping[(row, col)] = c
        if len(mapping) < len(keys):  # header not readable: cells in template order
            if _heads_of_another_table(template, table, headers):
                continue  # another table printed turned (its rows as heads): none of this table's
            mapping = dict(zip(keys, values[-len(keys):], strict=False))
        return _single_found(grid, table, spans, r, mapping)
    turned = single_turned(grid.rows, table, keys, is_value=_is_value,
                           cell=lambda r, c: _cell(grid.rows, spans, r, c))
    return turned or _single_part(grid, table, spans, keys)


def _heads_of_another_table(template: str, table: TableSpec, headers: list[list[str]]) -> bool:
    """True when one header row names, across its cells, at least three rows of another table of
    ``template`` (table 三 printed turned: its rows as the grid's heads): its rows of numbers are that
    table's, never the single-row table's cells in template order. Labels down a column (another
    table's rows printed as rows) are no such head.

    >>> from textmine.tables.registry import get_template
    >>> spec = get_template("gov2021").table("appeals")
    >>> _heads_of_another_table("gov2021", spec, [["申请人情况", "本年新收政府信息公开申请数量", "（一）予以公开", "（七）总计"]])
    True
    >>> _heads_of_another_table("gov2021", spec, [["行政复议", "", "行政诉讼"], ["结果维持", "结果纠正", "总计"]])
    False
    >>> _heads_of_another_table("gov2021", spec, [["本年新收政府信息公开申请数量", "5"], ["（一）予以公开", "3"], ["（七）总计", "5"]])
    False
    """
    from textmine.tables.registry import get_template

    for other in get_template(template).tables:
        if other.key == table.key:
            continue
        for hrow in headers:  # one header row across its cells, never the labels down a column
            if len({other.row_of_head(c) for c in hrow if c.strip()} - {None}) >= 3:
                return True
    return False


def _single_part(grid: Table, table: TableSpec, spans, keys: list[tuple[str, str]]) -> list[FoundRow]:
    """Part of table 四's row printed as a table of its own (行政复议's five cells under their
    heads, then 行政诉讼's ten in a second table): the first row of values whose header names
    every value's row and column, each named row whole, and never the whole table's cells (those
    are :func:`_single_row`'s). The parts are joined by :func:`read_grids` (first grid wins per row)."""
    for r, cells in enumerate(grid.rows):
        values = [c for c, cell in enumerate(cells) if _is_value(cell)]
        if not any(read_cell(cells[c])[1] == "number" for c in values):
            continue
        mapping: dict[tuple[str, str], int] = {}
        for c in values:
            col = row = None
            for hrow in reversed(grid.rows[:r]):
                key = match_key(hrow[c]) if c < len(hrow) else ""
                if col is None:
                    col = next((s.key for s in table.columns if key and key in s.match_keys), None)
                if row is None:
                    row = next((s.key for s in table.rows if key and key in s.match_keys), None)
            if col is None or row is None or (row, col) in mapping:
                if not cells[c].strip():  # an empty cell under no head (the table's edge)
                    continue
                return []
            mapping[(row, col)] = c
        rows = {row for row, _ in mapping}
        if len(mapping) >= len(keys) or not all(_whole_or_total(table, keys, mapping, row) for row in rows):
            return []
        return _single_found(grid, table, spans, r, mapping)
    return []


def _whole_or_total(table: TableSpec, keys: list[tuple[str, str]], mapping: dict[tuple[str, str], int], row: str) -> bool:
    """True when table 四's ``row`` is printed whole (every column of it in ``mapping``) or as its
    总计 alone (a report that prints only each group's total: the other cells are not printed,
    so they stay ``missing``).

    >>> from textmine.tables.registry import get_template
    >>> spec = get_template("gov2021").table("appeals")
    >>> keys = [(r.key, c.key) for r in spec.rows for c in spec.row_columns(r)]
    >>> _whole_or_total(spec, keys, {("review", "total"): 0}, "review")
    True
    >>> _whole_or_total(spec, keys, {("review", "upheld"): 0, ("review", "total"): 1}, "review")
    False
    """
    own = {col for r, col in mapping if r == row}
    if all((row, col) in mapping for r, col in keys if r == row):
        return True
    return own == {c.key for c in table.total_columns}


def _single_found(grid: Table, table: TableSpec, spans, r: int, mapping: dict[tuple[str, str], int]) -> list[FoundRow]:
    """The found rows of table 四's cells in grid row ``r`` (``mapping``: (row, column) → grid column)."""
    found: dict[str, FoundRow] = {}
    for (row_key, col_key), c in mapping.items():
        i = next(j for j, s in enumerate(table.rows) if s.key == row_key)
        fr = found.setdefault(row_key, FoundRow(i, table.rows[i], table.rows[i].label))
        fr.cells[col_key] = _cell(grid.rows, spans, r, c)
    return list(found.values())


def shows_blanks(rows: list[list[str]]) -> bool:
    """True when some row prints an empty cell between two filled ones: the grid keeps its empty
    cells, so a row ending in empty cells ends in blanks. When no row does, a row with fewer
    filled cells than columns may have lost empty cells anywhere (a converter that drops empty
    ``<td>``) and its cells are placed by guess.

    >>> shows_blanks([["予以公开", "3", "", "3"]]), shows_blanks([["予以公开", "3", "3", ""]])
    (True, False)
    """
    for row in rows:
        filled = [bool(c.strip()) for c in row]
        if True in filled:
            first, last = filled.index(True), len(filled) - 1 - filled[::-1].index(True)
            if not all(filled[first : last + 1]):
                return True
    return False


#: The note of the two cells whose values a PDF grid printed in one of them (:func:`unspill`).
SPILLED_NOTE = (
    "two values printed in one cell of a PDF grid beside an empty cell: split into the two cells; "
    "another placement of them may satisfy an identity this one fails"
)
#: A run of non-space characters (the tokens of a cell).
RE_TOKEN = re.compile(r"\S+")


def _two_values(cell: str) -> list[re.Match[str]] | None:
    tokens = list(RE_TOKEN.finditer(cell))
    if len(tokens) == 2 and all(read_cell(t.group())[1] in ("number", "dash", "none_word") for t in tokens):
        return tokens
    return None


def unspill(rows: list[list[str]]) -> tuple[list[list[str]], dict[tuple[int, int], tuple[int, int, int]]]:
    """A PDF grid's rows with each cell that holds two cell values side by side (``2 /``) while the
    cell on one side of it is empty split over the two: the characters of one cell placed across
    its edge by the PDF, so that the extractor put them in its neighbour (a count cell holds one
    value). Only when exactly one neighbour is empty (both empty: which one lost its value is not
    told). Also, by ``(row, column)`` of each cell that got a value, the ``(start, end)`` of that
    value inside the stripped cell it was printed in and that cell's column.

    >>> rows, moved = unspill([["a", "1", "2 /", "", "7"], ["b", "", "1 2", "", "3"], ["c", "3 4", "5"]])
    >>> rows
    [['a', '1', '2', '/', '7'], ['b', '', '1 2', '', '3'], ['c', '3 4', '5']]
    >>> unspill([["d", "1 2", "", "3 4"]])[0]
    [['d', '1', '2', '3 4']]
    >>> sorted(moved)
    [(0, 2), (0, 3)]
    """
    out = rows
    moved: dict[tuple[int, int], tuple[int, int, int]] = {}
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            tokens = _two_values(cell)
            if tokens is None:
                continue
            now = out[r]  # a neighbour filled by an earlier split is no longer empty
            before = c > 0 and not now[c - 1].strip()
            after = c + 1 < len(now) and not now[c + 1].strip()
            if before == after:
                continue
            target = c + 1 if after else c - 1
            if out is rows:
                out = [list(row) for row in rows]
            lead = len(cell) - len(cell.lstrip())
            first, second = (tokens[0], tokens[1]) if after else (tokens[1], tokens[0])
            out[r][c], out[r][target] = first.group(), second.group()
            moved[r, c] = (first.start() - lead, first.end() - lead, c)
            moved[r, target] = (second.start() - lead, second.end() - lead, c)
    return out, moved


def read_grid(grid: Table, template: str, table: TableSpec, *, text: str | None = None) -> list[FoundRow]:
    """Read ``table`` from one grid; rows not printed are absent from the result."""
    spans = _offsets(text, grid)
    moved: dict[tuple[int, int], tuple[int, int, int]] = {}
    if grid.source == "pdf":
        rows, moved = unspill(grid.rows)
        grid = replace(grid, rows=rows) if moved else grid
    found = _read_grid(grid, template, table, spans)
    for fr in found if moved else ():
        for cell in fr.cells.values():
            where = moved.get((cell.grid_row, cell.grid_col))
            if where is not None:
                cell.note = cell.note or SPILLED_NOTE
                if spans is not None:
                    at = spans[cell.grid_row][where[2]][0]
                    cell.start, cell.end = at + where[0], at + where[1]
    return found


def _read_grid(grid: Table, template: str, table: TableSpec, spans) -> list[FoundRow]:
    if table.layout == "single_row":
        return _single_row(grid, template, table, spans)
    found: dict[int, FoundRow] = {}
    extras: list[FoundRow] = []
    headers: list[list[str]] = []
    # HTML says which rows stop short (Table.short_rows); pipe and Word tables keep every cell;
    # a PDF grid that never prints an empty cell between filled ones may have lost them anywhere
    blanks_shown = not grid.source.startswith("pdf") or shows_blanks(grid.rows)
    last_was_data = False
    last_index = -1
    cursor = 0
    ragged = False  # a header row stops short: its cells' positions are not the columns'
    turned: dict[int, FoundRow] = {}  # rows of a table printed turned (:func:`_turned_row`)
    for r, cells in enumerate(grid.rows):
        hit = _row_label(table, cells, cursor)
        rest = cells[hit[1] + 1 :] if hit else []
        if hit and rest and all(_is_value(c) for c in rest) and not _names_columns(table, cells[: hit[1]], cells[hit[1]]):
            i, j = hit
            row = table.rows[i]
            if i in found:
                continue
            cursor = i + 1 if table.ordered else cursor
            mapping = _column_map(table, headers, len(cells))
            wanted = [c.key for c in table.row_columns(row)]
            optional = [c.key for c in table.columns if c.optional]
            fr = FoundRow(i, row, cells[j].strip())
            used = set()
            own = _own_cells(cells, j, len(wanted), short=r in grid.short_rows) if ragged else None
            for c in range(j + 1, len(cells)) if own is None else ():
                key = mapping.get(c)
                if key and key not in used and (key in wanted or key in optional):
                    fr.cells[key] = _cell(grid.rows, spans, r, c)
                    used.add(key)
            for key, c in zip(_heads_in_order(table, headers, wanted) if own else wanted, own or (), strict=False):
                fr.cells[key] = _cell(grid.rows, spans, r, c)
            if not fr.cells:  # no readable header: cells in template order
                data = [c for c in range(j + 1, len(cells)) if not _is_unit(cells[c])]
                for key, c in zip(wanted, data, strict=False):
                    fr.cells[key] = _cell(grid.rows, spans, r, c)
            filled = len([c for c in rest if c.strip() and not _is_unit(c)])
            if (r in grid.short_rows or not blanks_shown) and filled < len(wanted):
                for cell in fr.cells.values():  # fewer cells than columns: placed by guess
                    cell.note = cell.note or SHORT_ROW_NOTE
            found[i] = fr
            last_index = i
            last_was_data = True
        elif any(read_cell(c)[1] == "number" for c in cells) and _turned_row(table, cells, headers, turned, r, grid.rows, spans):
            last_was_data = True  # a column of a turned table, read where its label meets the head's
        elif any(read_cell(c)[1] == "number" for c in cells):
            extra = _extra_row(table, cells, headers, last_index, r, grid.rows, spans) if found else None
            if extra is not None:  # a printed row the template lacks: kept without a key
                extras.append(extra)
            else:
                logger.debug("grid row %d holds numbers but no known label: skipped", r)
        else:
            if last_was_data:
                headers, ragged = [], False
            if any(match_key(c) for c in cells):
                headers.append(cells)
                ragged = ragged or r in grid.short_rows
            last_was_data = False
    for i, fr in turned.items():  # a row read both ways: the row the grid prints as a row wins
        found.setdefault(i, fr)
    return list(found.values()) + extras


def _turned_heads(table: TableSpec, headers: list[list[str]], width: int) -> dict[int, int]:
    """Grid column → template row index, when the header names the table's rows along a row (a
    table printed turned: its rows as columns): each of at least two header cells names exactly
    one row and no column, each row once; ``{}`` otherwise (a header of column heads).

    >>> from textmine.tables.registry import get_template
    >>> spec = get_template("gov2021").table("active")
    >>> _turned_heads(spec, [["指标", "规章", "行政规范性文件"]], 3)
    {1: 0, 2: 1}
    >>> _turned_heads(spec, [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]], 4)
    {}
    """
    out: dict[int, int] = {}
    for c in range(width):
        for hrow in reversed(headers):
            if c >= len(hrow) or not hrow[c].strip():
                continue
            i = table.row_of_head(hrow[c])
            if i is not None and column_key(table, hrow[c]) is None:
                out[c] = i
            break
    rows = list(out.values())
    return out if len(rows) >= 2 and len(set(rows)) == len(rows) else {}


def _turned_row(
    table: TableSpec, cells: list[str], headers: list[list[str]], turned: dict[int, FoundRow], r: int,
    grid_rows: list[list[str]], spans,
) -> bool:
    """Read one data row of a grid printed turned (:func:`_turned_heads`): its label cell names a
    template column (and no row), the cells after it are values, and each value under a head naming
    a row that has this column is that row's cell (read where the two labels meet; cells added to
    ``turned``). False when the row is not such a row."""
    heads = _turned_heads(table, headers, len(cells)) if headers else {}
    labels = [j for j, c in enumerate(cells) if c.strip() and not _is_value(c)]
    if not heads or len(labels) != 1 or any(c <= labels[0] for c in heads):
        return False
    j = labels[0]
    col = column_key(table, cells[j])
    key = match_key(cells[j])
    if col is None or (key and table.rows_named(key)):
        return False
    read = False
    for c, i in heads.items():
        row = table.rows[i]
        if c < len(cells) and col in {s.key for s in table.row_columns(row)}:
            fr = turned.setdefault(i, FoundRow(i, row, row.label))
            if col not in fr.cells:
                fr.cells[col] = _cell(grid_rows, spans, r, c)
                read = True
    return read


def _names_columns(table: TableSpec, cells: list[str], label: str) -> bool:
    """True when one of ``cells`` (those before a row's ``label`` cell, other than the label's own
    text repeated by a merged cell) is a column's own label: the row is a header row whose last
    label also names a row (``商业企业 … 其他`` under stripped spans, where 其他 is also 3.其他),
    never a data row, whose cells before its label are group labels.

    >>> from textmine.tables.registry import get_template
    >>> spec = get_template("gov2021").table("requests")
    >>> _names_columns(spec, ["商业企业", "科研机构"], "其他")
    True
    >>> _names_columns(spec, ["三、本年度办理结果", "（六）其他处理"], "3.其他")
    False
    >>> _names_columns(spec, ["三、本年度办理结果", "（七）总计"], "（七）总计")
    False
    """
    own = match_key(label)
    keys = {match_key(c) for c in cells if c.strip()} - {own}
    return any(k in col.match_keys for col in table.columns for k in keys if k)


def _heads_in_order(table: TableSpec, headers: list[list[str]], wanted: list[str]) -> list[str]:
    """The columns ``wanted`` in the order the nearest header row naming any of them names them
    left to right (a merged head repeated over its cells counts once), when it names each exactly
    once: under a header whose cells no longer stand above their columns, the order of its words
    still says which cell is which. ``wanted`` (the template's order) otherwise.

    >>> from textmine.tables.registry import get_template
    >>> spec = get_template("gov2019").table("active")
    >>> _heads_in_order(spec, [["信息内容", "本年增/减", "上一年项目数量", "处理决定数量"]], ["prev_items", "change", "decisions"])
    ['change', 'prev_items', 'decisions']
    >>> _heads_in_order(spec, [["信息内容", "上一年项目数量", "本年增/减", "本年增/减"]], ["prev_items", "change"])
    ['prev_items', 'change']
    """
    for hrow in reversed(headers):
        named: list[str] = []
        for cell in hrow:
            key = column_key(table, cell)
            if key and (not named or named[-1] != key):
                named.append(key)
        if not any(k in wanted for k in named):
            continue
        return named if sorted(named) == sorted(wanted) else wanted
    return wanted


def _own_cells(cells: list[str], label: int, count: int, *, short: bool) -> list[int] | None:
    """Under a header whose rows stop short (an HTML table whose rowspan/colspan were stripped:
    its cells no longer stand above their columns), the grid columns of a row's ``count`` cells:
    the cells after its label when there are exactly ``count`` (a row that stops short itself
    was padded with empty cells at its end: those beyond ``count`` go), else ``None``.

    >>> _own_cells(["（二）部分公开", "", "8", "", "", "0", "0", "8", ""], 0, 7, short=True)
    [1, 2, 3, 4, 5, 6, 7]
    >>> _own_cells(["（二）部分公开", "", "8", "", "", "0", "0", "8", "3"], 0, 7, short=True) is None
    True
    """
    data = [c for c in range(label + 1, len(cells)) if not _is_unit(cells[c])]
    while short and len(data) > count and not cells[data[-1]].strip():
        data.pop()
    return data if len(data) == count else None


def _extra_row(
    table: TableSpec, cells: list[str], headers: list[list[str]], after: int, r: int,
    grid_rows: list[list[str]], spans,
) -> FoundRow | None:
    """A data row of the table whose label the template lacks (``5.电子邮件申请数 | 件 | 4``)."""
    labels = [j for j, c in enumerate(cells) if not _is_value(c) and RE_CJK3.search(c)]
    if not labels:
        return None
    j = labels[-1]
    if any(not _is_value(c) for c in cells[j + 1 :]):
        return None
    key = match_key(cells[j])
    if not key or table.rows_named(key) or any(key in c.match_keys for c in table.columns):
        return None
    label = RE_SPACES.sub("", cells[j])
    fr = FoundRow(after, RowSpec(key=None, label=label), label, extra=True)
    mapping = _column_map(table, headers, len(cells))
    wanted = [c.key for c in table.columns if not c.optional]
    for c in range(j + 1, len(cells)):
        col = mapping.get(c)
        if col in wanted and col not in fr.cells:
            fr.cells[col] = _cell(grid_rows, spans, r, c)
    if not fr.cells:
        data = [c for c in range(j + 1, len(cells)) if not _is_unit(cells[c])]
        for col, c in zip(wanted, data, strict=False):
            fr.cells[col] = _cell(grid_rows, spans, r, c)
    if not fr.cells or len([c for c in cells[j + 1 :] if not _is_unit(c)]) > len(wanted) + 1:
        return None
    return fr


def read_grids(grids: list[Table], template: str, table: TableSpec, *, text: str | None = None) -> list[FoundRow]:
    """Read ``table`` from whichever grids hold its rows (first grid wins per row)."""
    found: dict[int, FoundRow] = {}
    extras: dict[str, FoundRow] = {}
    for grid in grids:
        for fr in read_grid(grid, template, table, text=text):
            if fr.extra:
                extras.setdefault(fr.label, fr)
            else:
                found.setdefault(fr.index, fr)
    return sorted([*found.values(), *extras.values()], key=lambda f: (f.index, f.extra))

