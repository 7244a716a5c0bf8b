"""What the same body's reports of the year before and after settle about this year's cells.

Two facts carry over from one year's tables to the next (FORMAT.md §3):

* table 三: the requests carried into a year (二、上年结转) are the year before's
  四、结转下年度继续办理, column by column (both new formats);
* the 2019 format's table 二: a year's 上一年项目数量 is the year before's 上一年项目数量 plus its
  本年增/减 (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费).

They are evidence, not identities: the tables reader weighs them after the report's own
arithmetic and its own statements, to settle a run-together row that several readings fit.
A neighbour's cells read for sure give one value; where the neighbour's own reading is open,
every reading it allows (:func:`textmine.tables.reading_options`) gives one, and only a value
that one of this report's own readings also gives, alone of its kind, settles anything.

Example:
    >>> from textmine.model import Cell
    >>> prev = Neighbour([Cell("gov2019", "active", "licensing", "prev_items", 2309, "2309", "number"),
    ...                   Cell("gov2019", "active", "licensing", "change", 15, "15", "number")])
    >>> [(s.cells, s.value) for s in neighbour_statements("gov2019", previous=prev)]
    [((('active', 'licensing', 'prev_items'),), 2324)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from textmine.model import Cell
from textmine.tables.records import LAST_YEAR, NEXT_YEAR, Statement

#: The new formats, whose table 三 carries requests from one year into the next.
NEW_FORMATS = ("gov2019", "gov2021")
#: Table 三's columns.
REQUEST_COLS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total")
#: The 2019 format's table 二 rows counted as 上一年项目数量 and 本年增/减.
ITEM_ROWS = ("licensing", "other_services", "penalty", "enforcement", "fees")
#: Notes of cells whose reading is open (they settle nothing for sure about a neighbour).
OPEN_NOTES = ("not settled", "by plausibility", "another reading")

Options = Mapping[tuple[str, str], Sequence[Mapping[str, int | Decimal | None]]]
#: (table, row, columns summed) in the earlier year, the same in the later year.
Side = tuple[str, str, tuple[str, ...]]


@dataclass
class Neighbour:
    """The same body's report of an adjacent year: its cells and, where its reading is open,
    the readings its rows allow."""

    cells: Sequence[Cell]
    options: Options = field(default_factory=dict)


def is_open(note: str | None) -> bool:
    """True for a cell note that says the reading is open.

    >>> is_open("digit run split by plausibility: 3 readings fit the identities"), is_open(None)
    (True, False)
    """
    return bool(note) and any(m in note for m in OPEN_NOTES)  # most cells have no note


def _links(template: str, other: str) -> list[tuple[Side, Side]]:
    """What an earlier report (format ``template``) carries into a later one (``other``)."""
    if template not in NEW_FORMATS or other not in NEW_FORMATS:
        return []
    out: list[tuple[Side, Side]] = [(("requests", "carried_forward", (c,)), ("requests", "carried_over", (c,)))
                                    for c in REQUEST_COLS]
    if template == other == "gov2019":
        out += [(("active", r, ("prev_items", "change")), ("active", r, ("prev_items",))) for r in ITEM_ROWS]
    return out


def _whole(value: int | Decimal | None) -> int | None:
    if value is None:
        return 0
    d = Decimal(value)
    return int(d) if d == d.to_integral_value() else None


def _values(side: Side, neighbour: Neighbour, *, open_: bool = False) -> set[int]:
    """The values ``side`` may sum to in the neighbour's report (empty: it says nothing);
    ``open_``: every reading of its options, whatever its cells."""
    table, row, cols = side
    cells = {(c.table, c.row_key, c.col_key): c for c in neighbour.cells}
    got = [cells.get((table, row, c)) for c in cols]
    if open_:
        pass
    elif all(c is not None and c.status in ("number", "blank") and not is_open(c.note) for c in got):
        total = [_whole(c.value if c.status == "number" else None) for c in got]  # type: ignore[union-attr]
        return {sum(total)} if None not in total else set()  # type: ignore[arg-type]
    elif not any(c is not None and is_open(c.note) for c in got):
        return set()
    out = set()
    for option in neighbour.options.get((table, row)) or ():
        total = [_whole(option.get(c)) for c in cols]
        if None not in total:
            out.add(sum(total))  # type: ignore[arg-type]
    return out


def neighbour_statements(
    template: str, *, previous: Neighbour | None = None, following: Neighbour | None = None,
    mine: Options | None = None,
) -> list[Statement]:
    """Statements about a ``template`` report's cells that the same body's reports of the
    year before (``previous``) and after (``following``) settle; none when the formats do not carry.

    ``mine``: the readings this report's own rows allow. A neighbour whose reading is open
    settles a cell only when exactly one of its values is also one this report's readings give
    (both reports read so that the carried numbers agree, in one way only).

    >>> prev = Neighbour([Cell("gov2021", "requests", "carried_forward", "total", 2, "2", "number",
    ...                        note="reading not settled")])
    >>> neighbour_statements("gov2021", previous=prev)
    []
    """
    out = []
    for neighbour, source, earlier in ((previous, LAST_YEAR, True), (following, NEXT_YEAR, False)):
        if neighbour is None:
            continue
        other = next((c.template for c in neighbour.cells), None)
        if other is None:
            continue
        links = _links(other, template) if earlier else _links(template, other)
        for before, after in links:
            theirs, here = (before, after) if earlier else (after, before)
            values = _values(theirs, neighbour)
            if len(values) > 1 and mine is not None:
                values &= _values(here, Neighbour([], mine), open_=True)
            if len(values) == 1:
                table, row, cols = here
                out.append(Statement(tuple((table, row, c) for c in cols), values.pop(), -1, -1, source))
    return out
