"""A one-column table printed turned (the 2008–2018 free tables, 项目 | 数量, printed as a line of
row names over a line of counts): read here for stage 1 (detecting the free template) and stage 2
(tokenising its region) alike, so neither stage imports the other's module."""

from __future__ import annotations

import logging

from textmine.tables.cells import is_number_text, read_cell
from textmine.tables.records import FoundCell, FoundRow
from textmine.tables.registry import TableSpec, cell_words, match_key

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
