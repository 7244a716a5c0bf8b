"""Statistics tables of every era as keyed cells (SCHEMA.md §2–§3).

``detect_template`` names the table format a report uses; ``extract_cells`` reads its tables
from ``Document.tables`` grids or from the text (TAB rows, pipe tables, one cell per line,
PDF layout, flattened digit runs) and returns one :class:`~textmine.model.Cell` per template
cell: cells the report does not print come back with status ``missing``.

The reading is a pipeline whose order the file names give; each stage is a function from
plain records to plain records (``records.py``):

1. ``step1_regions`` — the template, each table's region of the text (:class:`Region`) and
   what the prose says about the cells (:class:`Statement`, 制发规范性文件3件);
2. ``step2_tokens`` / ``step2_grids`` — each region's row labels and the value tokens after
   them, whatever separates the cells (:class:`TableTokens`); grids come out already placed;
3. ``step3_readings`` — every candidate reading: column layouts, digit-run splits, positions
   of values whose blank cells are not printed (:class:`TableReadings`);
4. ``step4_scoring`` — the one place readings are judged: the template's identities over the
   whole table, then the report's own statements, then column roles and plausibility (a
   :class:`Choice` per row);
5. ``step5_placing`` — chosen readings → rows → one :class:`~textmine.model.Cell` per
   template cell (grid or text, whichever fills more rows).

``registry`` (the templates), ``labels`` (finding printed labels) and ``cells`` (what one
printed cell says) serve every stage. ``extract_cells`` reads one set of tables, the first;
``second_set`` finds a second set printed after it (for the TABLE-SECOND-SET warning).

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

import contextlib
import gc
import logging
from collections.abc import Iterator, Sequence
from decimal import Decimal

from textmine.model import Cell, Document
from textmine.tables.ocr import ocr_rows
from textmine.tables.records import FoundRow, Region, Statement, TableReadings
from textmine.tables.registry import get_template
from textmine.tables.step1_regions import (
    detect_template,
    find_regions,
    find_statements,
    template_regions,
)
from textmine.tables.step2_grids import read_grids
from textmine.tables.step2_tokens import tokenise_text
from textmine.tables.step3_readings import enumerate_readings
from textmine.tables.step4_scoring import row_options, score_readings
from textmine.tables.step5_placing import grid_cells, grids_hold_all, place_cells

__all__ = ["detect_template", "extract_cells", "reading_options", "template_regions"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())


def extract_cells(doc: Document, *, template: str | None = None, evidence: Sequence[Statement] = ()) -> list[Cell]:
    """Every cell of the report's statistics tables, keyed by the template (SCHEMA.md §3).

    Args:
        doc: the document (its ``tables`` grids are preferred where they hold the table).
        template: ``gov2021``, ``gov2019``, ``gov2014`` or ``local``; detected when ``None``.
        evidence: what the same body's report of the year before settles about these cells
            (:func:`textmine.tables.evidence.last_year_statements`), weighed after the report's
            own arithmetic and statements.

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
    get_template(name)  # an unknown template is an error before anything is read
    with _collector_paused():
        return _extract_cells(doc, name, evidence)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while one report's tables are read, back on after (only
    if it was on). Reading a report makes thousands of short-lived lists, tuples and pieces and no
    reference cycle worth collecting at once; the collections they set off took ~5 % of the time
    (~8 % beside jieba's heap). What the reading gives is the same either way."""
    if not gc.isenabled():  # off already (by the caller, or a reading in progress): left as it is
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _extract_cells(doc: Document, name: str, evidence: Sequence[Statement]) -> list[Cell]:
    """:func:`extract_cells` of a known template ``name``."""
    cells: list[Cell] = []
    statements = [*find_statements(doc.text, name), *evidence]  # 1: what the prose says about the cells
    text = ocr_rows(doc.text)  # OCR's letters for digits in table rows (2O, l5) read as digits, same offsets
    if doc.tables:  # 1, and the grids: 2, 3 only for the tables the grids do not hold whole
        regions, grids = _regions_beside_grids(doc, name, text)
    else:
        regions, grids = _region_readings(text, name), None  # 1, 2, 3
    placed: list[list[Cell]] = [[] for _ in regions]
    # the single-row table (四) last: whether the report prints blank cells as nothing is read
    # from its other tables (cells of status ``blank``)
    order = sorted(range(len(regions)), key=lambda i: regions[i][0].table.layout == "single_row")
    # the table keys whose placed cells hold a blank one (asked by the single-row table only)
    blank_tables: set[str] = set()
    for i in order:
        region, readings = regions[i]
        grid_rows = grids[i] if grids is not None else []
        if readings is None:  # the grids hold every row: their cells, whatever the text says
            placed[i] = grid_cells(text, name, region, grid_rows)
        else:
            silent = region.table.layout == "single_row" and any(k != region.table.key for k in blank_tables)
            choices = score_readings(name, readings, statements=statements, silent_blanks=silent)  # 4
            placed[i] = place_cells(text, name, readings, choices, grid_rows)  # 5
        if region.table.key not in blank_tables and any(c.status == "blank" for c in placed[i]):
            blank_tables.add(region.table.key)
    for got in placed:
        cells.extend(got)
    if text is not doc.text:  # a cell keeps the raw text the report prints (2O), its value the count
        for c in cells:
            if c.start is not None and c.end is not None and c.raw == text[c.start : c.end]:
                c.raw = doc.text[c.start : c.end]
    return cells


def _regions_beside_grids(
    doc: Document, template: str, text: str
) -> tuple[list[tuple[Region, TableReadings | None]], list[list[FoundRow]]]:
    """Each table region of a document with grids, with its grids' rows and the readings (steps 2–3)
    of ``text`` (the document's text with OCR's letters for digits read: :func:`ocr_rows`), ``None``
    where the grids hold every row of the table (:func:`grids_hold_all`: the text reading cannot
    fill more, so it is never placed). Readings of the text already read (:class:`_Last`) are
    taken as they are."""
    last_text, last_template, last = _Last.entry
    if last_text is text and last_template == template:
        return list(last), [read_grids(doc.tables, template, r.table, text=doc.text) for r, _ in last]
    out: list[tuple[Region, TableReadings | None]] = []
    grids: list[list[FoundRow]] = []
    for region in find_regions(text, get_template(template)):
        rows = read_grids(doc.tables, template, region.table, text=doc.text)
        whole = grids_hold_all(region.table, rows)
        out.append((region, None if whole else enumerate_readings(text, tokenise_text(text, region))))
        grids.append(rows)
    return out, grids


def reading_options(doc: Document, *, template: str) -> dict[tuple[str, str], list[dict[str, int | Decimal | None]]]:
    """Every reading each text-read row of ``template``'s tables allows, by ``(table, row)``
    (see :func:`~textmine.tables.step4_scoring.row_options`): what the same body's report of
    the next or previous year may weigh when this report's reading is open.
    """
    out: dict[tuple[str, str], list[dict[str, int | Decimal | None]]] = {}
    with _collector_paused():
        for region, readings in _region_readings(ocr_rows(doc.text), template):
            for row, options in row_options(template, readings).items():
                out[region.table.key, row] = options
    return out


class _Last:
    """The regions and readings of the last text read (steps 1–3 of one text and template):
    :func:`reading_options` of a report whose reading is open, asked right after
    :func:`extract_cells` read it, takes them instead of reading the text again. Scoring and
    placing never change readings. Keyed by the text object itself (held here, so never mistaken
    for another); one entry, so it holds one report. Replaced as one tuple, so a thread never
    sees one text's readings under another's key."""

    entry: tuple[str | None, str | None, list[tuple[Region, TableReadings]]] = (None, None, [])


def _region_readings(text: str, template: str) -> list[tuple[Region, TableReadings]]:
    """Each table region of ``template`` in ``text`` with its candidate readings (steps 1–3)."""
    last_text, last_template, last = _Last.entry
    if last_text is text and last_template == template:
        return last
    out = []
    for region in find_regions(text, get_template(template)):  # 1
        out.append((region, enumerate_readings(text, tokenise_text(text, region))))  # 2, 3
    _Last.entry = (text, template, out)
    return out
