"""Statistics tables of every era as keyed cells (SCHEMA.md §2–§3).

``detect_template`` names the table format a report uses; ``extract_cells`` reads its tables
from ``Document.tables`` grids or from the text (TAB rows, pipe tables, one cell per line,
PDF layout, flattened digit runs) and returns one :class:`~textmine.model.Cell` per template
cell: cells the report does not print come back with status ``missing``.

Example:
    >>> from textmine.model import Document
    >>> text = "指标名称 计量单位 2011年度 历年累计 主动公开信息数 条 425 1516 行政复议数 条 0 0"
    >>> doc = Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)
    >>> detect_template(doc)
    'local'
    >>> [(c.row_key, c.col_key, c.value) for c in extract_cells(doc)][:2]
    [('active_items', 'value', 425), ('active_items', 'cumulative', 1516)]
"""

from __future__ import annotations

import logging
import re

from textmine.model import Cell, Document
from textmine.tables.cells import read_cell
from textmine.tables.grid import read_grids
from textmine.tables.locate import label_pattern
from textmine.tables.reader import FoundRow, read_text_table
from textmine.tables.registry import RowSpec, TableSpec, TemplateSpec, get_template, template_names

__all__ = ["detect_template", "extract_cells", "template_regions"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

#: Fewest distinct markers a template needs to be detected.
MIN_MARKERS = 2


def _haystack(doc: Document) -> str:
    grids = "\n".join("\t".join(row) for t in doc.tables for row in t.rows)
    return doc.text + "\n" + grids


def detect_template(doc: Document) -> str | None:
    """The template whose markers the report prints most (``None`` when no table is seen).

    >>> from textmine.model import Document
    >>> t = "第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数"
    >>> detect_template(Document(text=t, raw_text=t, offsets=[], sha256=""))
    'gov2021'
    """
    hay = _haystack(doc)
    best, best_score = None, 0
    for name in template_names():
        spec = get_template(name)
        score = sum(1 for m in spec.markers if label_pattern(m.replace(" ", "")).search(hay))
        if score > best_score:
            best, best_score = name, score
    return best if best_score >= MIN_MARKERS else None


def template_regions(text: str, spec: TemplateSpec) -> list[tuple[int, int]]:
    """``(start, end)`` of each table of ``spec`` in ``text``, in template order.

    A table starts at the first of its anchors after the previous table's start and ends where
    the next table starts (the last one at the end of the text).
    """
    found: list[int | None] = []
    cursor = 0
    for table in spec.tables:
        pos = _table_start(text, table, cursor)
        found.append(pos)
        if pos is not None:
            cursor = pos + 1
    out = []
    for k, table in enumerate(spec.tables):
        later = [p for p in found[k + 1 :] if p is not None]
        end = later[0] if later else len(text)
        start = found[k]
        if start is None:
            if table.layout == "single_row":
                start = end = len(text)  # no caption: never read another table's digits
            else:
                start = max([p for p in found[:k] if p is not None], default=0)
        out.append((start, max(start, end)))
    return out


#: How far around an anchor the table's column labels must be printed (characters).
WINDOW_BEFORE, WINDOW_AFTER = 300, 700


def _table_start(text: str, table: TableSpec, cursor: int) -> int | None:
    """First anchor occurrence after ``cursor`` with the table's column labels around it.

    Preambles list the section names (…主动公开政府信息情况、收到和处理政府信息公开申请情况…),
    so an anchor alone does not open a table: at least two column labels (one for one-column
    tables) must be printed near it. Falls back to the first anchor occurrence.
    """
    occurrences = sorted(
        m.start()
        for anchor in table.anchors
        for m in label_pattern(anchor.replace(" ", "")).finditer(text, cursor)
    )
    if not occurrences:
        return None
    need = min(2, len(table.columns))
    for pos in occurrences:
        lo, hi = max(0, pos - WINDOW_BEFORE), min(len(text), pos + WINDOW_AFTER)
        seen = sum(
            1
            for col in table.columns
            if any(label_pattern(k).search(text, lo, hi) for k in col.match_keys if len(k) >= 2)
        )
        if seen >= need:
            return pos
    return occurrences[0]


#: Fewest rows with values (one of them a number) that make a table region real.
MIN_VALUE_ROWS = 2
#: A CJK character: prose (or an unknown row) printed after a label in place of cells.
RE_CJK = re.compile(r"[\u4e00-\u9fff]")


def _in_table(text: str, table: TableSpec, found: list[FoundRow]) -> list[FoundRow]:
    """The rows read from text that belong to a printed table.

    A label matched in prose is not a row: a table is only taken when a run of at least
    :data:`MIN_VALUE_ROWS` rows holds values (one of them a number; fewer when the template
    table has fewer rows), and a row without values is kept only inside that run or when its
    label is followed by visibly empty cells (a blank line, an empty TAB/pipe cell, a unit) or
    by nothing but the next label, never when prose follows it. No real run → no rows (the table's cells come back ``missing``).
    """
    if table.layout == "single_row":
        return found
    valued = [f for f in found if f.has_values and not f.extra]
    need = min(MIN_VALUE_ROWS, len([r for r in table.rows if not r.optional]) or 1)
    numeric = any(read_cell(c.raw)[1] == "number" for f in valued for c in f.cells.values())
    if len(valued) < need or not numeric:
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
        else:
            logger.debug("%s: label %r in prose, not a table row", table.key, f.label)
    return out


def _quality(rows: list[FoundRow]) -> int:
    return sum(1 for r in rows if r.has_values and not r.row.optional and not r.extra)


def _cells_of(template: str, table: TableSpec, found: list[FoundRow]) -> list[Cell]:
    by_index = {f.index: f for f in found if not f.extra}
    extras: dict[int, list[FoundRow]] = {}
    for f in found:
        if f.extra:
            extras.setdefault(f.index, []).append(f)
    out: list[Cell] = []
    for i, row in enumerate(table.rows):
        out.extend(_row_cells(template, table, row, by_index.get(i)))
        for fr in extras.get(i, []):  # printed rows the template lacks: no key, label kept
            out.extend(_row_cells(template, table, fr.row, fr))
    return out


def _row_cells(template: str, table: TableSpec, row: RowSpec, fr: FoundRow | None) -> list[Cell]:
    """The cells of one template row (``missing`` when not printed) or of an extra row."""
    if fr is None:
        if row.key is None or row.optional:
            return []
        return [
            _missing(template, table, row.key, col.key, row.unit or col.unit, None)
            for col in table.row_columns(row)
        ]
    if fr.extra:
        cols = [c for c in table.columns if c.key in fr.cells]
    else:
        cols = [*table.row_columns(row), *(c for c in table.columns if c.optional and c.key in fr.cells)]
    out: list[Cell] = []
    for col in cols:
        fc = fr.cells.get(col.key)
        if fc is None:
            out.append(_missing(template, table, row.key, col.key, row.unit or col.unit, fr.label))
            continue
        value, status, printed = read_cell(fc.raw)
        out.append(
            Cell(
                template=template,
                table=table.key,
                row_key=row.key,
                col_key=col.key,
                value=value,
                raw=fc.raw if status != "blank" else fc.raw.strip(),
                status=status,
                unit=printed or fr.unit or row.unit or col.unit,
                start=fc.start if status != "blank" else None,
                end=fc.end if status != "blank" else None,
                label=fr.label,
                grid_row=fc.grid_row,
                grid_col=fc.grid_col,
                inferred=fc.inferred,
                note=fc.note,
            )
        )
    return out


def _missing(template: str, table: TableSpec, row: str | None, col: str, unit: str | None, label: str | None) -> Cell:
    return Cell(
        template=template, table=table.key, row_key=row, col_key=col, value=None, raw="",
        status="missing", unit=unit, label=label,
    )


def extract_cells(doc: Document, *, template: str | None = None) -> list[Cell]:
    """Every cell of the report's statistics tables, keyed by the template (SCHEMA.md §3).

    Args:
        doc: the document (its ``tables`` grids are preferred where they hold the table).
        template: ``gov2021``, ``gov2019``, ``gov2014`` or ``local``; detected when ``None``.

    Returns:
        One cell per template (table, row_key, col_key) — ``missing`` when not printed — plus
        the cells of local rows that have no key (``row_key`` ``None``, label kept).
        An empty list when no template is given or detected.

    Raises:
        LexiconError: ``template`` is not a known template.
    """
    name = template or detect_template(doc)
    if name is None:
        return []
    spec = get_template(name)
    regions = template_regions(doc.text, spec)
    cells: list[Cell] = []
    for table, (start, end) in zip(spec.tables, regions, strict=False):
        from_text = _in_table(doc.text, table, read_text_table(doc.text, name, table, start, end))
        from_grid = read_grids(doc.tables, name, table, text=doc.text) if doc.tables else []
        found = from_grid if from_grid and _quality(from_grid) >= _quality(from_text) else from_text
        logger.debug(
            "%s/%s: %d rows from %s", name, table.key, len(found), "grids" if found is from_grid else "text"
        )
        cells.extend(_cells_of(name, table, found))
    return cells
