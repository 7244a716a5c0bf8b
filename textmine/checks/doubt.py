"""Doubts about our own reading: cells placed by a reading another reading may beat.

A failed HARD identity accuses the report only when every cell it reads was printed where we
read it. Cells whose note carries one of the ``uncertain_notes`` markers of READING-UNCERTAIN
in ``checks.yaml`` (a digit run split one way, a row printed with fewer cells than columns and
placed in order, a number printed apart split to fill a row) make the failure a doubt about
the reading (:func:`_uncertain_reading`), said in the words of the lexicon (:func:`uncertainty`).
A count cell read as two cells' values (``2 /``) is such a doubt too (:func:`_two_cells_in_one`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from textmine.checks.index import _Term, cell_key
from textmine.checks.spec import check_info, col_label, row_label, table_label
from textmine.model import Cell, Finding
from textmine.tables.cells import read_cell


def _uncertain_reading(terms: Sequence[_Term]) -> bool:
    """True when a cell of a failed identity was inferred (split out of a digit run or placed)
    from a reading the tables stage did not settle, another reading of which would satisfy an
    identity this one fails: the failure may be ours, whatever the other cells (a table printed
    with separators but one run-together row is as uncertain as a wholly run-together one). A
    row printed with fewer cells than columns is as unsettled: its cells were placed in order,
    inferred or not (``uncertain_notes`` of READING-UNCERTAIN in checks.yaml)."""
    markers = tuple(check_info("READING-UNCERTAIN").get("uncertain_notes") or ())
    return any(
        t.cell.status != "missing" and any(m in (t.cell.note or "") for m in markers) for t in terms
    )


def uncertainty(terms: Sequence[_Term]) -> str:
    """What makes the reading of ``terms`` uncertain, in the words of ``uncertain_notes``.

    >>> from textmine.checks.index import _Ref
    >>> cell = Cell("gov2021", "requests", "granted", "total", 3, "3", "number",
    ...             note="x; another reading of this run would satisfy an identity this reading fails")
    >>> uncertainty([_Term(_Ref("requests", "granted", "total"), cell)])
    'read from run-together digits whose reading is not settled'
    """
    notes = check_info("READING-UNCERTAIN").get("uncertain_notes") or {}
    said = [str(why) for mark, why in notes.items() if any(mark in (t.cell.note or "") for t in terms)]
    return " or ".join(said) or "read in a way that is not settled"


def _values_of_two_cells(raw: str) -> bool:
    """True when a text cell is several cell values side by side (``2 /``): a value of the next
    cell read into this one (a PDF's characters placed across a cell's edge), not text the report
    printed in a count cell."""
    parts = raw.split()
    return len(parts) > 1 and all(read_cell(p)[1] in ("number", "dash", "none_word") for p in parts)


def _two_cells_in_one(check_id: str, spec: Mapping[str, Any], *, template: str, cell: Cell) -> Finding:
    info = check_info("READING-UNCERTAIN")
    where = f"{table_label(cell.table)} row {row_label(template, cell.table, cell.row_key or '')} column " \
            f"{col_label(template, cell.table, cell.col_key or '')}"
    return Finding(
        check_id="READING-UNCERTAIN",
        severity=str(info["severity"]),
        message=(f"{where} was read as {cell.raw.strip()!r}, the values of two cells: a neighbouring cell's "
                 f"value may have been read into it, so its reading is not settled "
                 f"(READING-UNCERTAIN, {info['en']}; the rule is {check_id}, {spec['en']})."),
        expected="one value per cell",
        found=cell.raw,
        cells=(cell_key(cell),),
        start=cell.start,
        end=cell.end,
    )
