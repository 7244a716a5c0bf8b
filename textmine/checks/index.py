"""Cell references of ``checks.yaml`` (``[-][prev:]table.row.col[?]``) and the lookup of cells by key or label."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from textmine.checks.spec import BLANKISH, RE_TERM, Number, normalize_label
from textmine.model import Cell


@dataclass(frozen=True)
class _Ref:
    table: str
    row: str
    col: str
    sign: int = 1
    prev: bool = False
    optional: bool = False
    #: ``(table, row, col)``, the key of :attr:`_Index.present`; ``None`` for a row named by its label
    key: tuple[str, str, str] | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", None if self.row[:1] == "~" else (self.table, self.row, self.col))


class _Term(NamedTuple):
    """A reference and the cell it found (a tuple: one is made per term and evaluation)."""

    ref: _Ref
    cell: Cell


#: ``_Term(ref, cell)`` from the tuple ``(ref, cell)``, without the call of the named tuple's ``__new__``.
_new_term = functools.partial(tuple.__new__, _Term)


@functools.lru_cache(maxsize=8192)
def _parse_term(text: str) -> _Ref:
    """The reference a term names (cached: the same terms are read for every report)."""
    m = RE_TERM.match(text.strip())
    if not m:
        raise ValueError(f"checks.yaml: cannot read cell reference {text!r}; expected [-][prev:]table.row.col[?]")
    return _Ref(
        table=m["table"],
        row=m["row"],
        col=m["col"],
        sign=-1 if m["neg"] else 1,
        prev=bool(m["prev"]),
        optional=bool(m["opt"]),
    )


class _Index:
    """The cells of one report by key; rows without key are found by their label."""

    def __init__(self, cells: Iterable[Cell]) -> None:
        self.keyed: dict[tuple[str, str, str], Cell] = {}
        self.labelled: dict[str, list[tuple[str, str, Cell]]] = defaultdict(list)
        self.row_order: dict[str, list[str]] = defaultdict(list)
        self._by_label: dict[tuple[str, str, str], Cell | None] = {}
        self._present: set[str] | None = None
        seen: set[tuple[str, str]] = set()  # (table, row id) already in row_order
        keyed = self.keyed
        for cell in cells:
            col = cell.col_key
            if col is None:
                continue
            table = cell.table
            if cell.row_key is not None:
                row_id = cell.row_key
                key = (table, row_id, col)
                if key not in keyed:
                    keyed[key] = cell
            else:
                label = normalize_label(cell.label)
                if not label:
                    continue
                row_id = "~" + label
                self.labelled[table].append((label, col, cell))
            if (table, row_id) not in seen:
                seen.add((table, row_id))
                self.row_order[table].append(row_id)
        #: the keyed cells :meth:`get` gives (status not ``missing``)
        self.present: dict[tuple[str, str, str], Cell] = {k: c for k, c in keyed.items() if c.status != "missing"}

    def get(self, table: str, row: str, col: str) -> Cell | None:
        """The cell, or ``None`` when the report lacks it (absent or status ``missing``)."""
        if row[:1] == "~":
            key = (table, row, col)
            if key in self._by_label:
                cell = self._by_label[key]
            else:
                cell = self._by_label[key] = self._labelled(table, normalize_label(row[1:]), col)
        else:
            cell = self.keyed.get((table, row, col))
        if cell is None or cell.status == "missing":
            return None
        return cell

    def _labelled(self, table: str, want: str, col: str) -> Cell | None:
        """The first cell of column ``col`` whose row label is ``want``, else contains it."""
        entries = self.labelled.get(table, ())
        for lab, k, c in entries:
            if k == col and lab == want:
                return c
        for lab, k, c in entries:
            if k == col and want in lab:
                return c
        return None

    def rows(self, table: str) -> list[str]:
        return list(self.row_order.get(table, ()))

    def has_table(self, table: str) -> bool:
        if self._present is None:
            self._present = {c.table for c in self._all() if c.status != "missing"}
        return table in self._present

    def _all(self) -> Iterable[Cell]:
        yield from self.keyed.values()
        for entries in self.labelled.values():
            for _, _, cell in entries:
                yield cell


def cell_key(cell: Cell) -> str:
    """The key of a cell in findings: ``table.row_key.col_key`` (label when no row key).

    >>> cell_key(Cell("gov2021", "requests", "granted", "total", 3, "3", "number"))
    'requests.granted.total'
    """
    row = cell.row_key if cell.row_key is not None else (cell.label or "")
    return f"{cell.table}.{row}.{cell.col_key}"


def cell_number(cell: Cell) -> Number | None:
    """The value a cell contributes to a sum: its number, 0 for blank/dash/无, else ``None``."""
    if cell.status == "number" and cell.value is not None:
        return cell.value
    if cell.status in BLANKISH:
        return 0
    return None


#: Whole numbers below this add up exactly in Decimal's default 28-digit context too.
_EXACT = 10**18


def _dec(value: Number) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(int(value))


def fact_decimal(value: Number | float) -> Decimal:
    """A prose fact's value as a Decimal, a float (a value read back from Parquet) by its printed digits.

    >>> fact_decimal(4.2), fact_decimal(71)
    (Decimal('4.2'), Decimal('71'))
    """
    return value if isinstance(value, Decimal) else Decimal(str(value))


@dataclass
class _Side:
    terms: list[_Term]
    agg: str = "sum"

    @property
    def value(self) -> Decimal:
        ints = []
        exact = True  # every term a whole number below _EXACT
        for ref, cell in self.terms:  # cell_number(cell) * ref.sign, without the call
            status = cell.status
            n = cell.value if status == "number" and cell.value is not None else 0 if status in BLANKISH else None
            n = n * ref.sign  # type: ignore[operator]
            ints.append(n)
            if exact and not (type(n) is int and -_EXACT < n < _EXACT):
                exact = False
        if exact:
            # whole numbers: the int sum is the Decimal sum (exact below the context precision)
            return Decimal(max(ints) if self.agg == "max" else sum(ints))
        nums = [_dec(cell_number(t.cell)) * t.ref.sign for t in self.terms]  # type: ignore[arg-type]
        if self.agg == "max":
            return max(nums)
        return sum(nums, Decimal(0))

    def top(self) -> _Term:
        return max(self.terms, key=lambda t: _dec(cell_number(t.cell)))  # type: ignore[arg-type]


def _substitute(text: str, col: str | None, row: str | None) -> str:
    if col is not None:
        text = text.replace("$col", col)
    if row is not None:
        text = text.replace("$row", row)
    return text


def _resolve_side(
    raw_terms: Sequence[Any], *, col: str | None, row: str | None, cur: _Index, prev: _Index | None
) -> list[_Term] | None:
    """Cells of one side; ``None`` when a required cell is missing or unreadable."""
    out: list[_Term] = []
    for item in _plan(raw_terms, col, row):
        if type(item) is _Ref:
            refs_here: Sequence[_Ref] = (item,)
        else:  # first_present: the first alternative with a cell present
            chosen = None
            for refs in item:
                if any(_lookup(r, cur, prev) is not None for r in refs):
                    chosen = refs
                    break
            if chosen is None:
                return None
            refs_here = chosen
        for ref in refs_here:
            index = prev if ref.prev else cur
            if index is None:
                cell = None
            elif ref.key is not None:  # (index.get, without the call)
                cell = index.present.get(ref.key)
            else:
                cell = index.get(ref.table, ref.row, ref.col)
            if cell is None:
                if ref.optional:
                    continue
                return None
            status = cell.status  # cell_number(cell) is None, without the call:
            if not (status == "number" and cell.value is not None) and status not in BLANKISH:
                return None  # text cell: T3-D reports it, sums cannot use it
            out.append(_new_term((ref, cell)))
    return out or None


#: Parsed sides by (id of the term list, col, row): the list itself is kept in the entry, so
#: its id cannot be reused by another list while the entry lives.
_PLANS: dict[tuple[int, str | None, str | None], tuple[Sequence[Any], tuple[Any, ...]]] = {}
#: Most parsed sides kept (the lexicon has a few hundred).
MAX_PLANS = 65536


def _plan(raw_terms: Sequence[Any], col: str | None, row: str | None) -> tuple[Any, ...]:
    """The terms of one side parsed once: a :class:`_Ref` per plain term, and per
    ``first_present`` term a tuple of alternatives (tuples of refs)."""
    key = (id(raw_terms), col, row)
    entry = _PLANS.get(key)
    if entry is not None and entry[0] is raw_terms:
        return entry[1]
    plan: list[Any] = []
    for raw in raw_terms:
        if type(raw) is str:
            plan.append(_ref(raw, col, row))
        elif isinstance(raw, Mapping) and "first_present" in raw:
            plan.append(tuple(tuple(_ref(t, col, row) for t in alternative) for alternative in raw["first_present"]))
        else:
            plan.append(_ref(str(raw), col, row))
    if len(_PLANS) >= MAX_PLANS:
        _PLANS.clear()
    _PLANS[key] = (raw_terms, tuple(plan))
    return _PLANS[key][1]


@functools.lru_cache(maxsize=16384)
def _ref(raw: str, col: str | None, row: str | None) -> _Ref:
    """The reference of term ``raw`` with ``$col``/``$row`` substituted (cached)."""
    return _parse_term(_substitute(raw, col, row))


def _lookup(ref: _Ref, cur: _Index, prev: _Index | None) -> Cell | None:
    index = prev if ref.prev else cur
    if index is None:
        return None
    return index.get(ref.table, ref.row, ref.col)

