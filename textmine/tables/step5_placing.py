"""Stage 5: place the chosen readings into the template's cells.

The chosen pieces of each row become :class:`~textmine.tables.records.FoundRow` cells (with
the scoring note on cells cut out of a digit run, and every cell inferred when positions were);
the printed rows the template lacks join them; when labels are displaced and whole rows are
missing, the value lines are assigned to the rows by order. Rows whose label only sits in
prose are dropped (:func:`in_table`), the grid reading is taken over the text reading when it
fills at least as many rows, and every template cell comes back — ``missing`` when not printed.

Example:
    >>> from textmine.tables.registry import get_template
    >>> from textmine.tables.step1_regions import find_regions
    >>> from textmine.tables.step2_tokens import tokenise_text
    >>> from textmine.tables.step3_readings import enumerate_readings
    >>> from textmine.tables.step4_scoring import score_readings
    >>> text = "指标名称计量单位2011年度历年累计主动公开信息数条4251516其中：1.网站公开条41815092.政府公报公开条77"
    >>> region = find_regions(text, get_template("local"))[0]
    >>> readings = enumerate_readings(text, tokenise_text(text, region))
    >>> rows = place_rows(text, readings, score_readings("local", readings))
    >>> [(r.row.key, [c.raw for c in r.cells.values()]) for r in rows]
    [('active_items', ['425', '1516']), ('channel_website', ['418', '1509']), ('channel_gazette', ['7', '7'])]
"""

from __future__ import annotations

import itertools
import logging
import re

from textmine.model import Cell
from textmine.tables.cells import joined_digits, read_cell
from textmine.tables.records import (
    AGREED_NOTE,
    SHORT_ROW_NOTE,
    SPLIT_SEPARATED_NOTE,
    Choice,
    FoundCell,
    FoundRow,
    Region,
    TableReadings,
    TableTokens,
    Token,
    split_apart,
)
from textmine.tables.registry import ColumnSpec, RowSpec, TableSpec, match_key
from textmine.tables.step2_tokens import (
    shaped_value_lines,
    single_value_lines,
    stripped_lines,
    value_lines,
    value_lines_at_most,
)

logger = logging.getLogger(__name__)

#: The note of the cells of a table printed (caption and column labels found) whose cells
#: could not be read: the checks report it as unread, not as missing.
UNREAD_NOTE = "table printed (caption and column labels found) but its cells could not be read"
#: Fewest rows with values (one of them a number, or all placeholders: :func:`placeholder_rows`)
#: that make a table region real.
MIN_VALUE_ROWS = 2
#: A CJK character: prose (or an unknown row) printed after a label in place of cells.
RE_CJK = re.compile(r"[\u4e00-\u9fff]")


def place_cells(
    text: str, template: str, readings: TableReadings, choices: dict[str, Choice], grid_rows: list[FoundRow]
) -> list[Cell]:
    """The cells of one template table: the text reading (rows in prose dropped) or the grid
    reading when it fills at least as many rows, one cell per template cell."""
    table = readings.tokens.region.table
    from_text = in_table(text, table, place_rows(text, readings, choices))
    found = grid_rows if grid_rows and _quality(grid_rows) >= _quality(from_text) else from_text
    return _cells_from(text, template, readings.tokens.region, found, "grids" if found is grid_rows else "text")


def grids_hold_all(table: TableSpec, grid_rows: list[FoundRow]) -> bool:
    """Whether the grids' rows fill as many of ``table``'s rows as any text reading can (every row
    that is not optional, each read once): :func:`place_cells` then takes the grids' rows whatever
    the text says, so the text need not be read (:func:`grid_cells`)."""
    return bool(grid_rows) and _quality(grid_rows) >= sum(1 for r in table.rows if not r.optional)


def grid_cells(text: str, template: str, region: Region, grid_rows: list[FoundRow]) -> list[Cell]:
    """:func:`place_cells` of a region whose grids hold every row (:func:`grids_hold_all`): the
    same cells, without the text's readings."""
    return _cells_from(text, template, region, grid_rows, "grids")


def _cells_from(text: str, template: str, region: Region, found: list[FoundRow], source: str) -> list[Cell]:
    """One cell per template cell of ``region``'s table from the rows ``found`` (read from
    ``source``: grids or text)."""
    table = region.table
    logger.debug("%s/%s: %d rows from %s", template, table.key, len(found), source)
    cells = cells_of(template, table, found)
    for c in cells:  # a text cell whose digits were printed apart by spaces (joined when tokenised)
        if c.note is None and c.start is not None and c.status == "number" and " " in text[c.start:c.end]:
            joined = joined_digits(text[c.start:c.end])
            c.note = joined[1] if joined else None
    if region.printed and cells and all(c.status == "missing" for c in cells):
        for c in cells:
            c.note = UNREAD_NOTE
    return cells


def place_rows(text: str, readings: TableReadings, choices: dict[str, Choice]) -> list[FoundRow]:
    """The rows read from text: chosen readings, extra rows, or the order-only fallback."""
    tokens = readings.tokens
    table = tokens.region.table
    if table.layout == "single_row":  # table 四 printed turned comes read by its labels (TableTokens.extras)
        return tokens.extras or _single_row(table, choices.get("appeals"))
    found = []
    # a table that prints its empty cells somewhere drops none but a row's trailing ones: asked
    # only of a row with fewer pieces than columns (``None`` until then: most tables have none)
    blanks_shown = None
    for row in readings.rows:
        choice = choices[row.key]
        hit = row.tokens.hit
        cells: dict[str, FoundCell] = {}
        # positional (index, row, label, cells, unit, label_start, label_end, seg_end): faster
        fr = FoundRow(hit.index, hit.row, hit.label(text), cells, row.tokens.unit, hit.label_start, hit.label_end,
                      hit.seg_end)
        cols, pieces, note, agreed_cols = choice.cols, choice.pieces, choice.note, choice.agreed
        # the notes are the row's: worked out once, not per cell
        agreed_note = f"{note}; {AGREED_NOTE}" if agreed_cols else note
        if choice.placed:
            for j, col in enumerate(cols):
                p = pieces[j]
                start, end = (p.start, p.end) if p.raw else (None, None)
                cells[col] = FoundCell(p.raw, start, end, True, agreed_note if col in agreed_cols else note)
            found.append(fr)
            continue
        short = 0 < len(pieces) < len(cols)
        if short:
            if blanks_shown is None:
                blanks_shown = any(not p.raw.strip() for r in readings.rows for p in choices[r.key].pieces
                                   if not choices[r.key].placed)
            short = not blanks_shown
        mixed = split_apart(pieces)  # numbers printed apart, one or more split: a split one may be one cell
        unsplit_note = SHORT_ROW_NOTE if short else None
        if mixed:  # the split moves every cell of the row after it: all are placed by us
            split_note = f"{note}; {SPLIT_SEPARATED_NOTE}" if note else SPLIT_SEPARATED_NOTE
            unsplit_note = SPLIT_SEPARATED_NOTE
        n = len(pieces)
        for j, col in enumerate(cols):
            if j < n:
                p = pieces[j]
                # a row split to fill it may instead have lost empty cells: no reading settles that
                if p.split:
                    cell_note = split_note if mixed else (agreed_note if col in agreed_cols else note)
                    cells[col] = FoundCell(p.raw, p.start, p.end, p.split, cell_note or (SHORT_ROW_NOTE if short else None))
                else:
                    cells[col] = FoundCell(p.raw, p.start, p.end, p.split, unsplit_note)
            else:
                cells[col] = FoundCell("", None, None, note=SHORT_ROW_NOTE if short else SPLIT_SEPARATED_NOTE if mixed else None)
        found.append(fr)
    found += tokens.extras
    required = [r for r in table.rows if not r.optional]
    incomplete = any(not f.has_values and not f.row.header for f in found) or len(
        [f for f in found if not f.row.optional]
    ) < len(required)
    if (table.ordered and incomplete and _order_may_fill(text, tokens, required)
            and (lines := value_lines(text, tokens))):
        # a group header row (一、主动公开情况) holds no count: its cells print — or nothing, so
        # the lines of values may be as many as the rows that hold counts
        rows = _rows_of(required, len(lines))
        if rows:
            logger.debug("table %r: rows assigned by order (%d value lines)", table.key, len(lines))
            return _by_order(table, rows, lines)
    # every label printed before every row's values (a PDF read by columns): the last label may
    # have taken the first line of values as its own; value lines of exactly the rows' widths say so
    last = max((f for f in found if f.label_start is not None), key=lambda f: f.label_start, default=None)
    if incomplete and not any(f.has_values for f in found if f is not last) and _labels_in_order(readings, required):
        widths = [len(table.row_columns(r)) for r in required]
        shaped = shaped_value_lines(text, tokens.region.start, tokens.region.end, widths)
        if shaped is None and len(widths) > 1:  # every value on a line of its own, row after row, after every label
            one = single_value_lines(text, tokens.region.start, tokens.region.end, together=True)
            if one is not None and len(one) == sum(widths):
                ends = list(itertools.accumulate(widths))
                shaped = [one[e - w:e] for e, w in zip(ends, widths, strict=True)]
        if shaped is not None:
            logger.debug("table %r: rows assigned by order (value lines of the rows' widths)", table.key)
            return _by_order(table, required, shaped)
    # every label, then one line per column holding that column's cells top to bottom (a PDF read
    # by columns): the template's arithmetic (each row's 总计) decides
    if incomplete and _labels_in_order(readings, required) and (
            by_lines := _column_value_lines(text, tokens.region.start, tokens.region.end, table, required)):
        logger.debug("table %r: rows rebuilt from one line of values per column", table.key)
        return _by_order(table, *by_lines)
    # the last label may have taken the first column's cells: its head says whose they are
    if incomplete and _labels_in_order(readings, required) and (
            by_heads := _under_heads(text, tokens.region.start, tokens.region.end, table, required)):
        logger.debug("table %r: rows rebuilt from columns printed head, then cells", table.key)
        return by_heads
    if incomplete and table.ordered and (by_cols := _printed_by_columns(text, tokens.region.start,
                                                                          tokens.region.end, table, required)):
        logger.debug("table %r: rows rebuilt from values printed one per line apart from their labels", table.key)
        return _by_order(table, required, by_cols)
    return found


def _printed_by_columns(text: str, start: int, end: int, table: TableSpec,
                        required: list[RowSpec]) -> list[list[Token]] | None:
    """The rows of a table whose values are printed one per line apart from their labels (a PDF
    read by columns): row after row, or column after column (each column's head, then its cells);
    read only when the region holds exactly one value per cell of the printed rows and exactly one
    of the two orders makes every row's 总计 the sum of its other cells (the template's identity).
    ``None`` otherwise."""
    widths = {len(table.row_columns(r)) for r in required}
    cols = [c.key for c in table.row_columns(required[0])] if len(widths) == 1 else []
    if "total" not in cols or len(cols) < 3:
        return None
    n, w = len(required), len(cols)
    toks = single_value_lines(text, start, end)
    if toks is None or len(toks) != n * w:
        return None
    by_rows = [toks[i * w:(i + 1) * w] for i in range(n)]
    by_cols = [[toks[c * n + i] for c in range(w)] for i in range(n)]
    t = cols.index("total")

    def adds_up(rows: list[list[Token]]) -> bool:
        for row in rows:
            values = [read_cell(x.raw)[0] or 0 for x in row]
            if sum(v for j, v in enumerate(values) if j != t) != values[t]:
                return False
        return True

    fits = [rows for rows in (by_rows, by_cols) if adds_up(rows)]
    return fits[0] if len(fits) == 1 else None


def _order_may_fill(text: str, tokens: TableTokens, required: list[RowSpec]) -> bool:
    """Whether the region may hold as many value lines as :func:`_rows_of` asks for (every required
    row, or every row that holds counts): a bound (:func:`value_lines_at_most`) below both means
    the order-only fallback cannot apply, and its lines are not read."""
    need = min(len(required), sum(1 for r in required if not r.header))
    return value_lines_at_most(text, tokens) >= need


def _rows_of(required: list[RowSpec], n: int) -> list[RowSpec] | None:
    """The rows ``n`` lines of values (or values a line) are for: every required row, or only the rows
    that hold counts (a group header row such as 一、主动公开情况 holds none); ``None`` when neither."""
    if n == len(required):
        return required
    counted = [r for r in required if not r.header]
    return counted if n == len(counted) else None


def _column_value_lines(text: str, start: int, end: int, table: TableSpec,
                        required: list[RowSpec]) -> tuple[list[RowSpec], list[list[Token]]] | None:
    r"""The rows of a table of one width whose values were printed one line per column (a PDF
    extractor reading it by columns: after the labels, the first column's cells top to bottom on a
    line, then the second's …): exactly as many lines of values only as the table has value
    columns, each holding one value per row that holds counts (or per required row), and every
    row's 总计 the sum of its other cells once they are read across (the template's identity).
    The rows and their lines of values; ``None`` otherwise.

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2021").table("appeals")
    >>> _column_value_lines("x\n1 2\n", 0, 6, t, list(t.rows)) is None  # no table of rows and columns
    True
    """
    widths = {len(table.row_columns(r)) for r in required}
    cols = [c.key for c in table.row_columns(required[0])] if len(widths) == 1 else []
    if "total" not in cols or len(cols) < 3:
        return None
    lines = _placeholder_or_value_lines(text, start, end)
    if len(lines) != len(cols) or not any(read_cell(x.raw)[1] == "number" for line in lines for x in line):
        return None
    n = len(lines[0])
    rows = _rows_of(required, n)
    if rows is None or any(len(line) != n for line in lines):
        return None
    across = [[line[i] for line in lines] for i in range(n)]
    t = cols.index("total")
    for row in across:
        values = [read_cell(x.raw)[0] or 0 for x in row]
        if sum(v for j, v in enumerate(values) if j != t) != values[t]:
            return None
    return rows, across


def _placeholder_or_value_lines(text: str, start: int, end: int) -> list[list[Token]]:
    r"""The lines of ``text[start:end]`` of two or more cells that are all values: numbers or
    placeholders (a column of zeros printed ``-`` holds no digit).

    >>> [[x.raw for x in line] for line in _placeholder_or_value_lines("自然人\n3 0 3\n- - -\n—\n", 0, 20)]
    [['3', '0', '3'], ['-', '-', '-']]
    """
    out = []
    for raw, s0 in stripped_lines(text, start, end):
        toks = [Token(m.group(), s0 + m.start(), s0 + m.end(), "value") for m in re.finditer(r"\S+", raw)]
        if len(toks) >= 2 and all(read_cell(t.raw)[1] in ("number", "dash", "none_word") for t in toks):
            out.append(toks)
    return out


def _under_heads(text: str, start: int, end: int, table: TableSpec, required: list[RowSpec]) -> list[FoundRow] | None:
    """The rows of a table printed column after column, each column's head on a line, then its
    cells one a line (a PDF read by columns): the cells after a head go, in order, to the next
    rows of the template that have that head's column and lack it. Read only when that fills every
    cell of every row exactly, with no value left over; ``None`` otherwise."""
    cells: dict[int, dict[str, Token]] = {i: {} for i in range(len(required))}
    wanted = [[c.key for c in table.row_columns(r)] for r in required]
    col: str | None = None
    for raw, s0 in stripped_lines(text, start, end):
        if read_cell(raw)[1] in ("number", "dash", "none_word"):
            if col is None:
                return None
            i = next((i for i, keys in enumerate(wanted) if col in keys and col not in cells[i]), None)
            if i is None:
                return None
            cells[i][col] = Token(raw, s0, s0 + len(raw), "value")
            continue
        key = match_key(raw)
        named = [c.key for c in table.columns if key and key in c.match_keys]
        if named:
            col = named[0]
        elif RE_DIGIT_CHAR.search(raw):
            return None
    if any(set(cells[i]) != set(keys) for i, keys in enumerate(wanted)):
        return None
    return _by_order(table, required, [[cells[i][k] for k in keys] for i, keys in enumerate(wanted)])


RE_DIGIT_CHAR = re.compile(r"\d")


def _labels_in_order(readings: TableReadings, required: list[RowSpec]) -> bool:
    """Whether every required row's label is printed, in the template's order."""
    hits = sorted((row.tokens.hit.label_start, row.tokens.hit.row.key) for row in readings.rows)
    return [k for _, k in hits] == [r.key for r in required]


def _single_row(table: TableSpec, choice: Choice | None) -> list[FoundRow]:
    """Table 四: the chosen cells of its one data row, by ``row:col`` key."""
    if choice is None:
        return []
    found: dict[str, FoundRow] = {}
    # empty cells placed by the line's spacing: a note on where they go is the whole row's
    spaced = any(p.start < 0 for p in choice.pieces)
    index: dict[str | None, int] = {}
    for j, r in enumerate(table.rows):
        index.setdefault(r.key, j)  # the first row of each key
    for key, piece in zip(choice.cols, choice.pieces, strict=False):
        row_key, _, col_key = key.partition(":")
        i = index[row_key]
        fr = found.setdefault(row_key, FoundRow(i, table.rows[i], table.rows[i].label))
        fr.cells[col_key] = FoundCell(
            piece.raw, piece.start, piece.end, piece.split, choice.note if piece.split or spaced else None
        )
    return list(found.values())


def _by_order(table: TableSpec, required: list[RowSpec], lines: list[list[Token]]) -> list[FoundRow]:
    out = []
    for row, toks in zip(required, lines, strict=False):
        i = table.rows.index(row)
        fr = FoundRow(i, row, row.label)
        for col, tok in zip(table.row_columns(row), toks, strict=False):
            fr.cells[col.key] = FoundCell(
                tok.raw, tok.start, tok.end, True, "row assigned by order: labels displaced in this rendering"
            )
        out.append(fr)
    return out


#: Nothing after a label on its line, then the next section's heading (三、收到和处理…): the label
#: is the last row of a printed table, its cells empty.
RE_LAST_ROW_END = re.compile(r"[ \t]*\n\s*[一二三四五六七八九十]+、")


def in_table(text: str, table: TableSpec, found: list[FoundRow]) -> list[FoundRow]:
    """The rows read from text that belong to a printed table.

    A label matched in prose is not a row: a table is only taken when a run of at least
    :data:`MIN_VALUE_ROWS` rows holds values (one of them a number; fewer when the template
    table has fewer rows), and a row without values is kept only inside that run or when its
    label is followed by visibly empty cells (a blank line, an empty TAB/pipe cell, a unit), by
    nothing but the next label, or (after the run) by nothing on its line and then the next
    section's heading, or — a row of several columns — alone on its line right after the run; never
    when prose follows it on its line. No real run → no rows (the table's cells come back ``missing``).
    A table without a single number is taken only as :func:`placeholder_rows` finds it (every
    cell —, / 无 or visibly empty in most of the template's rows, in order).
    """
    if table.layout == "single_row":
        return found
    valued = [f for f in found if f.has_values and not f.extra]
    need = min(MIN_VALUE_ROWS, len([r for r in table.rows if not r.optional]) or 1)
    numeric = any(read_cell(c.raw)[1] == "number" for f in valued for c in f.cells.values())
    if not numeric:
        # no number at all: only the template's table printed with — / 无 / empty cells
        valued = placeholder_rows(table, found)
    if len(valued) < need:
        return []
    starts = [f.label_start for f in valued if f.label_start is not None]
    ends = [c.end for f in valued for c in f.cells.values() if c.end is not None]
    lo, hi = (min(starts), max(ends)) if starts and ends else (None, None)
    out = []
    for f in found:
        if f.has_values or f.label_start is None or f.label_end is None or f.seg_end is None:
            out.append(f)
        elif lo is not None and hi is not None and lo <= f.label_start <= hi:
            out.append(f)
        elif f.unit is not None or any(c.start is not None for c in f.cells.values()):
            out.append(f)  # empty cells (or a unit cell) printed after the label
        elif not RE_CJK.search(text, f.label_end, f.seg_end):
            out.append(f)
        elif hi is not None and f.label_start > hi and RE_LAST_ROW_END.match(text, f.label_end, f.seg_end):
            out.append(f)  # the table's last row, its cells empty: the next section's heading follows
        elif (hi is not None and f.label_start > hi and len(table.row_columns(f.row)) > 1 and RE_LINE_END.match(text, f.label_end)
              and _adjoins(text, hi, f, found)):
            # a line of its own right after the table's rows: a row with empty cells (a sentence
            # may say what one cell holds, 本年度未收取任何费用, never a row of several columns)
            out.append(f)
        else:
            logger.debug("%s: label %r in prose, not a table row", table.key, f.label)
    return out


#: The statuses of a printed cell without a number (a body with nothing to count prints these).
PLACEHOLDERS = frozenset({"dash", "none_word", "blank"})


def placeholder_rows(table: TableSpec, found: list[FoundRow]) -> list[FoundRow]:
    """The rows of a table printed without a single number — every cell —, / 无 or visibly empty
    (a body that received no applications) — or ``[]`` when ``found`` is not clearly the
    template's table: at least half its required rows (and :data:`MIN_VALUE_ROWS`) must be
    printed with every cell so, their labels in the template's order, and no row may hold text.

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2021").table("requests")
    >>> rows = [FoundRow(i, r, r.label, {c.key: FoundCell("—", 10 * i, 10 * i + 1) for c in t.row_columns(r)},
    ...                  label_start=10 * i) for i, r in enumerate(t.rows) if not r.header]
    >>> len(placeholder_rows(t, rows)), placeholder_rows(t, rows[:2])
    (25, [])
    """
    required = [r for r in table.rows if not r.optional and not r.header]
    rows = [f for f in found if not f.extra and f.cells]
    if any(read_cell(c.raw)[1] not in PLACEHOLDERS for f in rows for c in f.cells.values()):
        return []
    full = [f for f in rows if f.label_start is not None and not f.row.header
            and len(f.cells) == len(table.row_columns(f.row)) and all(c.start is not None for c in f.cells.values())]
    starts = [f.label_start for f in sorted(full, key=lambda f: f.index)]
    if len(full) < max(MIN_VALUE_ROWS, (len(required) + 1) // 2) or starts != sorted(starts):
        return []
    return full


#: Nothing more on the label's line.
RE_LINE_END = re.compile(r"[ \t\u3000]*(?:\r?\n|$)")


def _adjoins(text: str, hi: int, row: FoundRow, found: list[FoundRow]) -> bool:
    r"""True when only whitespace and the labels of other rows read lie between the end of the
    table's last printed cell (``hi``) and ``row``'s label: the row follows the table's rows.

    >>> t = "四、结转下年度继续办理 3 3\n五、其他\n12345热线"
    >>> a = FoundRow(0, None, "", label_start=0, label_end=11)
    >>> b = FoundRow(1, None, "", label_start=16, label_end=20)
    >>> _adjoins(t, 15, b, [a, b]), _adjoins(t, 3, b, [a, b])
    (True, False)
    """
    gap = list(text[hi : row.label_start])
    for f in found:
        if f.label_start is not None and f.label_end is not None and f is not row:
            for i in range(max(f.label_start, hi), min(f.label_end, row.label_start or 0)):
                gap[i - hi] = " "
    return not "".join(gap).strip()


def _quality(rows: list[FoundRow]) -> int:
    return sum(1 for r in rows if r.has_values and not r.row.optional and not r.extra)


def cells_of(template: str, table: TableSpec, found: list[FoundRow]) -> list[Cell]:
    by_index = {f.index: f for f in found if not f.extra}
    extras: dict[int, list[FoundRow]] = {}
    for f in found:
        if f.extra:
            extras.setdefault(f.index, []).append(f)
    out: list[Cell] = []
    optional = tuple(c for c in table.columns if c.optional)
    for i, row in enumerate(table.rows):
        out.extend(_row_cells(template, table, row, by_index.get(i), optional))
        for fr in extras.get(i, []):  # printed rows the template lacks: no key, label kept
            out.extend(_row_cells(template, table, fr.row, fr, optional))
    return out


def _row_cells(template: str, table: TableSpec, row: RowSpec, fr: FoundRow | None,
               optional: tuple[ColumnSpec, ...]) -> list[Cell]:
    """The cells of one template row (``missing`` when not printed) or of an extra row;
    ``optional`` the table's optional columns."""
    if fr is None:
        if row.key is None or row.optional:
            return []
        return [
            _missing(template, table, row.key, col.key, row.unit or col.unit, None)
            for col in table.row_columns(row)
        ]
    found = fr.cells
    if fr.extra:
        cols = [c for c in table.columns if c.key in found]
    else:
        cols = [*table.row_columns(row), *(c for c in optional if c.key in found)]
    out: list[Cell] = []
    table_key, row_key, label, row_unit = table.key, row.key, fr.label, fr.unit or row.unit
    for col in cols:
        fc = found.get(col.key)
        if fc is None:
            out.append(_missing(template, table, row_key, col.key, row.unit or col.unit, label))
            continue
        value, status, printed = read_cell(fc.raw)
        shown = status != "blank"
        # positional: template, table, row_key, col_key, value, raw, status, unit, start, end,
        # label, grid_row, grid_col, inferred, note (one Cell per template cell: the hot path)
        out.append(
            Cell(
                template, table_key, row_key, col.key, value, fc.raw if shown else fc.raw.strip(), status,
                printed or row_unit or col.unit, fc.start if shown else None, fc.end if shown else None,
                label, fc.grid_row, fc.grid_col, fc.inferred, fc.note,
            )
        )
    return out


def _missing(template: str, table: TableSpec, row: str | None, col: str, unit: str | None, label: str | None) -> Cell:
    # positional (template, table, row_key, col_key, value, raw, status, unit, start, end, label): faster
    return Cell(template, table.key, row, col, None, "", "missing", unit, None, None, label)
