"""The wording of findings: numbers, cell descriptions and the sides of a failed identity as one sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from textmine.checks.index import _dec, _Index, _Side, _Term, cell_number
from textmine.checks.spec import BLANKISH, Number, _single_column, col_label, row_label, table_label
from textmine.model import Cell, Finding


def fmt_number(value: Any) -> str:
    """Print an int or Decimal without exponent or trailing zeros.

    >>> fmt_number(Decimal("7730.280")), fmt_number(12)
    ('7730.28', '12')
    """
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return str(int(value))
        return format(value.normalize(), "f")
    return str(value)


def _plain(value: Decimal) -> Number:
    return int(value) if value == value.to_integral_value() else value


def _describe(term: _Term, *, template: str, vary: str) -> str:
    ref = term.ref
    if vary == "col":
        name = col_label(template, ref.table, ref.col)
    elif vary == "row":
        name = row_label(template, ref.table, ref.row) if not ref.row.startswith("~") else (term.cell.label or ref.row[1:])
    else:
        rname = row_label(template, ref.table, ref.row) if not ref.row.startswith("~") else (term.cell.label or ref.row[1:])
        if _single_column(template, ref.table):
            name = rname  # 当面申请数, not 当面申请数 统计数
        else:
            cname = col_label(template, ref.table, ref.col)
            # （七）总计 总计列, not （七）总计 总计
            name = f"{rname} {cname}列" if cname in rname else f"{rname} {cname}"
    if ref.prev:
        name = "上年" + name
    return name


def _vary(terms: Sequence[_Term], scope: str | None) -> str:
    rows = {t.ref.row for t in terms}
    cols = {t.ref.col for t in terms}
    if len(cols) == 1 and (scope == "col" or len(rows) > 1):
        return "row"
    if len(rows) == 1:
        return "col"
    if scope == "row":
        return "col"
    return "both"


def _raw_shown(cell: Cell) -> str:
    return cell.raw.strip() if cell.raw and cell.raw.strip() else "blank"


def _shown_value(cell: Cell) -> str:
    if cell.status in BLANKISH:
        return "blank" if not cell.raw.strip() else f"{cell.raw.strip()!r} (0)"
    return fmt_number(cell_number(cell))


def _side_text(side: _Side, *, template: str, vary: str) -> str:
    terms = side.terms
    if side.agg == "max":
        top = side.top()
        return f"{_describe(top, template=template, vary=vary)} {_shown_value(top.cell)}"
    if len(terms) == 1 and terms[0].ref.sign == 1:
        t = terms[0]
        return f"{_describe(t, template=template, vary=vary)} {_shown_value(t.cell)}"
    shown = terms
    hidden = 0
    if len(terms) > 4:
        shown = [t for t in terms if cell_number(t.cell) != 0]
        hidden = len(terms) - len(shown)
    parts: list[str] = []
    for i, t in enumerate(shown):
        text = f"{_describe(t, template=template, vary=vary)} {_shown_value(t.cell)}"
        if i == 0:
            parts.append(("− " if t.ref.sign < 0 else "") + text)
        else:
            parts.append(("− " if t.ref.sign < 0 else "+ ") + text)
    noun = {"row": "rows", "col": "columns"}.get(vary, "cells")
    if not parts:
        return f"the {len(terms)} {noun} ({_describe(terms[0], template=template, vary=vary)} …) all 0 or blank"
    body = " ".join(parts)
    if hidden:
        body += f" (the other {hidden} {noun} 0 or blank)"
    return f"{body} = {fmt_number(_plain(side.value))}"


def _op_phrase(op: str, tolerance: float) -> str:
    return {
        "==": "{L}, but {R}",
        "<=": "{L} exceeds {R}",
        ">=": "{L} is below {R}",
        "~=": "{L} differs from {R} by more than " + f"{tolerance:.0%}",
    }[op]


def _scope_text(table: str, template: str, *, col: str | None, row: str | None, cur: _Index) -> str:
    name = table_label(table)
    if col is not None and row is None:
        return f"{name} column {col_label(template, table, col)}"
    if row is not None and col is None:
        if row.startswith("~"):
            cell = next((c for lab, _, c in cur.labelled.get(table, ()) if "~" + lab == row), None)
            return f"{name} row {cell.label if cell and cell.label else row[1:]}"
        return f"{name} row {row_label(template, table, row)}"
    return name


def _blank_note(terms: Sequence[_Term], *, template: str) -> str:
    blanks = [t for t in terms if t.cell.status in BLANKISH]
    if not blanks:
        return ""
    shown = ", ".join(
        f"{_describe(t, template=template, vary='both')} ({_raw_shown(t.cell)})" for t in blanks[:4]
    )
    more = f" and {len(blanks) - 4} more" if len(blanks) > 4 else ""
    return f"; the sums relied on blank cells read as 0: {shown}{more}"


def _span(terms: Sequence[_Term]) -> tuple[int | None, int | None]:
    for t in terms:
        if t.cell.start is not None and not t.ref.prev:
            return t.cell.start, t.cell.end
    return None, None


def _gap(f: Finding) -> Decimal | None:
    try:
        return _dec(f.found) - _dec(f.expected)
    except (TypeError, ValueError, ArithmeticError):
        return None


def total_said_once(by_col: Sequence[tuple[str | None, Finding]], out: list[Finding]) -> list[Finding]:
    """A SOFT rule failing in the 总计 column by exactly what it fails by in the other columns
    says one thing twice (last year's 结转 of one column differs, so does the total's): the
    total's failure joins the first column's finding (its cells and a clause) instead of
    standing as a second warning."""
    total = next((f for col, f in by_col if col == "total"), None)
    parts = [f for col, f in by_col if col not in (None, "total")]
    if total is None or not parts or total.check_id != parts[0].check_id:
        return out
    gaps = [_gap(f) for f in parts]
    whole = _gap(total)
    if whole is None or any(g is None for g in gaps) or sum(g for g in gaps if g is not None) != whole:
        return out
    first = parts[0]
    said = total.message.split(": ", 1)[-1].split(f" ({total.check_id},", 1)[0]
    joined = replace(first, message=f"{first.message[:-1]}; the 总计 column differs by the same ({said}).",
                     cells=tuple(dict.fromkeys([*first.cells, *total.cells])))
    return [joined if f is first else f for f in out if f is not total]
