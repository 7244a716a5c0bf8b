"""The corpus run's second look at reports whose table reading is open: the same body's
reports of the year before and after as evidence.

A run-together table row can leave several readings that pass every identity (``2309150``
under 上一年项目数量 | 本年增/减 | 处理决定数量). When the corpus holds the same issuer's report of
an adjacent year, what carries over between the two years
(:func:`textmine.tables.evidence.neighbour_statements`) can settle it: the corpus run keeps
such reports back and, once every file has been read once, reads them again with that evidence.

Evidence comes from the first reading of every report (an open neighbour gives every reading
its rows allow), and a year's copies must agree, so the result depends neither on the order of
the files nor on the number of workers.

Example:
    >>> years = YearEvidence()
    >>> years.add({"reports": [], "cells": []})
    >>> years.statements_for({"reports": [], "cells": []}, options_of=lambda source, template: {})
    ()
"""

from __future__ import annotations

import marshal
import zlib
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from textmine.issuers import body_key
from textmine.model import Cell
from textmine.tables.evidence import Neighbour, Options, is_open, neighbour_statements
from textmine.tables.records import Statement

Rows = Mapping[str, Sequence[Mapping[str, Any]]]

#: The rows whose cells carry over between years (see :mod:`textmine.tables.evidence`).
CARRIED = {("requests", "carried_forward"), ("requests", "carried_over"), ("active", "licensing"),
           ("active", "other_services"), ("active", "penalty"), ("active", "enforcement"), ("active", "fees")}


#: A carried-over cell as :class:`YearEvidence` keeps it: (template, table, row_key, col_key,
#: value_exact, raw, status, note), plain strings; a report's cells are marshalled and compressed together.
Kept = tuple[str, str, str | None, str | None, str | None, str, str, str | None]


def _cell(kept: Kept) -> Cell:
    template, table, row_key, col_key, exact, raw, status, note = kept
    value = None if exact in (None, "") else (int(exact) if exact.lstrip("-").isdigit() else Decimal(exact))
    return Cell(template, table, row_key, col_key, value, raw, status, note=note)


def _kept(row: Mapping[str, Any]) -> Kept:
    exact = row.get("value_exact")
    return (row["template"], row["table"], row["row_key"], row["col_key"], None if exact is None else str(exact),
            row.get("raw") or "", row["status"], row.get("note"))


def _pack(cells: Sequence[Kept]) -> bytes:
    """A report's kept cells in a few hundred bytes, not as :class:`Cell` objects (hundreds of
    bytes each with their strings and values): a corpus run keeps these for every report until its end."""
    return zlib.compress(marshal.dumps(tuple(cells)), 1)


def _unpack(packed: bytes) -> list[Cell]:
    return [_cell(kept) for kept in marshal.loads(zlib.decompress(packed))]


def open_rows(rows: Rows) -> bool:
    """True when a cell of the file's reports says its reading is open."""
    return any(is_open(c.get("note")) for c in rows.get("cells") or ())


def _key(report: Mapping[str, Any]) -> tuple[str, int] | None:
    year = report.get("year")
    if year is None:
        return None
    places = {k: report.get(k) for k in ("province", "city", "county")}
    body = body_key(report.get("issuer"), year=int(year), **places)
    return (body, int(year)) if body else None


#: What :class:`YearEvidence` keeps of one report: (body, year), template, packed kept cells
#: (:func:`_pack`), and whether one of them says its reading is open.
Entry = tuple[tuple[str, int], str, bytes, bool]


def year_entries(rows: Rows) -> list[Entry]:
    """What :meth:`YearEvidence.add` keeps of one file's reports (those with a template, an
    issuer and a year): computed where the rows are made (a worker process sends them with its
    result, :attr:`textmine.corpus.FileResult.years`), not in the one process every result
    passes through. A report's cells are found in one pass over the file's cells.

    Example:
        >>> year_entries({"reports": [{"report_id": "r", "issuer": None, "year": 2020, "template": "gov2021"}]})
        []
    """
    entries: list[Entry] = []
    by_report: dict[str, list[Kept]] | None = None
    for report in rows.get("reports") or ():
        if not report.get("template"):
            continue
        key = _key(report)
        if key is None:
            continue
        if by_report is None:
            by_report = {}
            for c in rows.get("cells") or ():
                if (c["table"], c["row_key"]) in CARRIED:
                    by_report.setdefault(c["report_id"], []).append(_kept(c))
        kept = by_report.get(report["report_id"], [])
        entries.append((key, report["template"], _pack(kept), any(is_open(note) for *_, note in kept)))
    return entries


class YearEvidence:
    """The carried-over cells of every report read once, by (issuer, year); for a report whose
    reading is open, also where to read it again (``source``) for the readings it allows."""

    def __init__(self) -> None:
        #: by (body, year): (template, packed kept cells (:func:`_pack`), source when open)
        self._copies: dict[tuple[str, int], list[tuple[str, bytes, Any]]] = {}

    def add(self, rows: Rows, *, source: Any = None, entries: Sequence[Entry] | None = None) -> None:
        """Keep what one file's reports carry over (``source``: the input, kept when open;
        ``entries``: :func:`year_entries` of ``rows`` when the worker computed them)."""
        for key, template, packed, reread in year_entries(rows) if entries is None else entries:
            self._copies.setdefault(key, []).append((template, packed, source if reread else None))

    def statements_for(
        self, rows: Rows, *, options_of: Callable[[Any, str], Options], source: Any = None
    ) -> tuple[Statement, ...]:
        """Evidence for the file's (first) report from the same body's reports of the years
        before and after; a side whose copies disagree gives none, and none is given when no
        statement is about a row whose reading is open (it could not change the reading).
        ``options_of(source, template)`` reads the row readings of an open report (``source``:
        this file's input).
        """
        open_rows = {(c["table"], c["row_key"]) for c in rows.get("cells") or () if is_open(c.get("note"))}
        if not open_rows & CARRIED:  # evidence speaks only of rows that carry over
            return ()
        for report in rows.get("reports") or ():
            key = _key(report)
            if key is None or not report.get("template"):
                continue
            sides = [(side, copies) for year, side in ((key[1] - 1, "previous"), (key[1] + 1, "following"))
                     if (copies := self._copies.get((key[0], year)))]
            if not sides:  # no report of the years around: nothing to read again
                return ()
            out: list[Statement] = []
            mine = options_of(source, report["template"]) if source is not None else None
            for side, copies in sides:
                found = set()
                for template, packed, source in copies:
                    options = options_of(source, template) if source is not None else {}
                    neighbour = Neighbour(_unpack(packed), options)
                    found.add(tuple(neighbour_statements(report["template"], mine=mine, **{side: neighbour})))
                if len(found) == 1:
                    out.extend(next(iter(found)))
            if not any((table, row) in open_rows for said in out for table, row, _ in said.cells):
                return ()
            return tuple(out)
        return ()
