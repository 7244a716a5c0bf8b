"""Cell references of ``checks.yaml`` (``[-][prev:]table.row.col[?]``) and the lookup of cells by key or label."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

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


@dataclass(frozen=True)
class _Term:
    ref: _Ref
    cell: Cell


def _parse_term(text: str) -> _Ref:
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
        for cell in cells:
            if cell.col_key is None:
                continue
            if cell.row_key is not None:
                row_id = cell.row_key
                self.keyed.setdefault((cell.table, cell.row_key, cell.col_key), cell)
            else:
                label = normalize_label(cell.label)
                if not label:
                    continue
                row_id = "~" + label
                self.labelled[cell.table].append((label, cell.col_key, cell))
            if row_id not in self.row_order[cell.table]:
                self.row_order[cell.table].append(row_id)

    def get(self, table: str, row: str, col: str) -> Cell | None:
        """The cell, or ``None`` when the report lacks it (absent or status ``missing``)."""
        if row.startswith("~"):
            want = normalize_label(row[1:])
            candidates = [c for lab, k, c in self.labelled.get(table, ()) if k == col and lab == want]
            if not candidates:
                candidates = [c for lab, k, c in self.labelled.get(table, ()) if k == col and want in lab]
            cell = candidates[0] if candidates else None
        else:
            cell = self.keyed.get((table, row, col))
        if cell is None or cell.status == "missing":
            return None
        return cell

    def rows(self, table: str) -> list[str]:
        return list(self.row_order.get(table, ()))

    def has_table(self, table: str) -> bool:
        return any(c.table == table and c.status != "missing" for c in self._all())

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


def _dec(value: Number) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(int(value))


@dataclass
class _Side:
    terms: list[_Term]
    agg: str = "sum"

    @property
    def value(self) -> Decimal:
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
    for raw in raw_terms:
        if isinstance(raw, Mapping) and "first_present" in raw:
            chosen = None
            for alternative in raw["first_present"]:
                refs = [_parse_term(_substitute(t, col, row)) for t in alternative]
                if any(_lookup(r, cur, prev) is not None for r in refs):
                    chosen = refs
                    break
            if chosen is None:
                return None
            refs_here = chosen
        else:
            refs_here = [_parse_term(_substitute(str(raw), col, row))]
        for ref in refs_here:
            cell = _lookup(ref, cur, prev)
            if cell is None:
                if ref.optional:
                    continue
                return None
            if cell_number(cell) is None:  # text cell: T3-D reports it, sums cannot use it
                return None
            out.append(_Term(ref, cell))
    return out or None


def _lookup(ref: _Ref, cur: _Index, prev: _Index | None) -> Cell | None:
    index = prev if ref.prev else cur
    if index is None:
        return None
    return index.get(ref.table, ref.row, ref.col)

