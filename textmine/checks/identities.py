"""The identity engine: evaluates the rules of ``checks.yaml`` over one report's cells (:func:`check_cells`)."""

from __future__ import annotations

import functools
import logging
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from textmine.checks.doubt import (
    _two_cells_in_one,
    _uncertain_reading,
    _values_of_two_cells,
    no_soft_doubt_on_impossible_values,
    one_error_per_run,
    open_multi_row_runs,
    placed_blank_doubt,
    uncertainty,
)
from textmine.checks.index import (
    _dec,
    _Index,
    _parse_term,
    _resolve_side,
    _Side,
    _Term,
    cell_key,
    cell_number,
)
from textmine.checks.render import (
    _blank_note,
    _describe,
    _op_phrase,
    _plain,
    _scope_text,
    _side_text,
    _span,
    _vary,
    fmt_number,
    total_said_once,
)
from textmine.checks.spec import (
    BLANKISH,
    _template_tables,
    check_info,
    checks_spec,
    col_label,
    row_label,
    table_label,
)
from textmine.model import Cell, Finding
from textmine.tables.step5_placing import UNREAD_NOTE

logger = logging.getLogger(__name__)


def _holds(op: str, left: Decimal, right: Decimal, tolerance: float) -> bool:
    if op == "==":
        return left == right
    if op == "<=":
        return left <= right
    if op == ">=":
        return left >= right
    if op == "~=":
        scale = max(abs(left), abs(right), Decimal(1))
        return abs(left - right) <= scale * Decimal(str(tolerance))
    raise ValueError(f"checks.yaml: unknown operator {op!r}; use ==, <=, >= or ~=")


def _evaluate(
    check_id: str,
    spec: Mapping[str, Any],
    formula: Mapping[str, Any],
    *,
    template: str,
    col: str | None,
    row: str | None,
    cur: _Index,
    prev: _Index | None = None,
) -> Finding | None:
    lhs_terms = _resolve_side(formula["lhs"], col=col, row=row, cur=cur, prev=prev)
    rhs_terms = _resolve_side(formula["rhs"], col=col, row=row, cur=cur, prev=prev)
    if not lhs_terms or not rhs_terms:
        return None
    op = str(formula.get("op", spec.get("op", "==")))
    tolerance = float(formula.get("tolerance", spec.get("tolerance", 0.0)))
    agg = str(spec.get("lhs_agg", "sum"))
    lhs = _Side(lhs_terms, agg=agg)
    rhs = _Side(rhs_terms)
    skip_side = spec.get("skip_if_all_blank")
    if skip_side:
        side_terms = lhs_terms if skip_side == "lhs" else rhs_terms
        if all(t.cell.status in BLANKISH for t in side_terms):
            return None
    left, right = lhs.value, rhs.value
    blank_rule = spec.get("lhs_blank")
    blank_lhs = bool(
        blank_rule
        and len(lhs_terms) == 1
        and lhs_terms[0].cell.status in BLANKISH
        and row in set(blank_rule.get("rows") or ())
    )
    if (right == 0) if blank_lhs else _holds(op, left, right, tolerance):
        return None  # the common case: nothing to report, so no message is worded
    all_terms = [*lhs_terms, *rhs_terms]
    scope = "col" if col is not None and row is None else "row" if row is not None and col is None else None
    vary = _vary(all_terms, scope)
    where = _scope_text(_first_table(formula), template, col=col, row=row, cur=cur)
    if blank_lhs:
        derived = str(blank_rule["check_id"])
        info = check_info(derived)
        message = (
            f"{where}: {_describe(lhs_terms[0], template=template, vary=vary)} is left blank while "
            f"{_side_text(rhs, template=template, vary=vary)} ({derived}, {info['en']})."
        )
        start, end = _span(lhs_terms)
        if _uncertain_reading(lhs_terms):  # the blank is where our reading placed the row's cells
            return placed_blank_doubt(derived, message, all_terms, expected=_plain(right), span=(start, end))
        return Finding(
            check_id=derived,
            severity=str(info["severity"]),
            message=message,
            expected=_plain(right),
            found=None,
            cells=tuple(cell_key(t.cell) for t in all_terms),
            start=start,
            end=end,
        )
    if _blank_total_explains(spec, lhs_terms, rhs_terms, op=op, tolerance=tolerance, cur=cur):
        return None  # the blank 总计 is reported once, by the row check's derived finding
    phrase = _op_phrase(op, tolerance).format(
        L=_side_text(lhs, template=template, vary=vary), R=_side_text(rhs, template=template, vary=vary)
    )
    noted = [lhs.top(), *rhs_terms] if agg == "max" else all_terms
    implied = _implied_parts(spec, all_terms, cur)  # cells a blank total stands for
    if spec.get("severity") == "error" and (
        _uncertain_reading(all_terms) or _uncertain_reading(implied)
    ):
        info = check_info("READING-UNCERTAIN")
        start, end = _span(lhs_terms)
        return Finding(
            check_id="READING-UNCERTAIN",
            severity=str(info["severity"]),
            message=(
                f"{where}: {phrase}, but cells involved were {uncertainty([*all_terms, *implied])} "
                f"(another reading may satisfy the identities), so this may be "
                f"a misreading rather than an error of the report "
                f"(READING-UNCERTAIN, {info['en']}; the rule is {check_id}, {spec['en']})."
            ),
            expected=_plain(right),
            found=_plain(left),
            cells=tuple(cell_key(t.cell) for t in all_terms),
            start=start,
            end=end,
        )
    message = f"{where}: {phrase} ({check_id}, {spec['en']}){_blank_note(noted, template=template)}."
    start, end = _span(lhs_terms)
    return Finding(
        check_id=check_id,
        severity=str(spec["severity"]),
        message=message,
        expected=_plain(right),
        found=_plain(left),
        cells=tuple(cell_key(t.cell) for t in all_terms),
        start=start,
        end=end,
    )


def _implied_parts(spec: Mapping[str, Any], terms: Sequence[_Term], cur: _Index) -> list[_Term]:
    """The cells of the rows whose blank total ``skip_blank_total`` reads as their sum: a
    failure of the identity may come from them as much as from its own terms."""
    rule = spec.get("skip_blank_total")
    if not rule:
        return []
    col, rows, parts = str(rule["col"]), set(rule.get("rows") or ()), list(rule["parts"])
    out = []
    for t in terms:
        if not t.ref.prev and t.ref.col == col and t.ref.row in rows and t.cell.status in BLANKISH:
            for p in parts:
                cell = cur.get(t.ref.table, t.ref.row, p)
                if cell is not None:
                    out.append(_Term(t.ref, cell))
    return out


def _blank_total_explains(
    spec: Mapping[str, Any],
    lhs_terms: Sequence[_Term],
    rhs_terms: Sequence[_Term],
    *,
    op: str,
    tolerance: float,
    cur: _Index,
) -> bool:
    """True when the identity only fails because of blank total cells that the row check
    reports itself (``skip_blank_total`` in checks.yaml): reading each blank ``col`` cell of the
    listed ``rows`` as the sum of its row's ``parts`` makes the identity hold."""
    rule = spec.get("skip_blank_total")
    if not rule:
        return False
    col, rows, parts = str(rule["col"]), set(rule.get("rows") or ()), list(rule["parts"])
    changed = False

    def side(terms: Sequence[_Term]) -> Decimal:
        nonlocal changed
        total = Decimal(0)
        for t in terms:
            value = cell_number(t.cell)
            if (
                not t.ref.prev and t.ref.col == col and t.ref.row in rows and t.cell.status in BLANKISH
            ):
                cells = [cur.get(t.ref.table, t.ref.row, p) for p in parts]
                nums = [cell_number(c) for c in cells if c is not None]
                if any(n is None for n in nums):
                    return Decimal("NaN")
                value = sum((_dec(n) for n in nums if n is not None), Decimal(0))
                changed = True
            if value is None:
                return Decimal("NaN")
            total += t.ref.sign * _dec(value)
        return total

    left, right = side(lhs_terms), side(rhs_terms)
    if not changed or left.is_nan() or right.is_nan():
        return False
    return _holds(op, left, right, tolerance)


def _first_table(formula: Mapping[str, Any]) -> str:
    for raw in formula["lhs"]:
        if isinstance(raw, str):
            return _table_of(raw)
    return "stats"


@functools.lru_cache(maxsize=4096)
def _table_of(raw: str) -> str:
    """The table a term names, whatever its ``$col``/``$row`` (cached per term)."""
    return _parse_term(raw.replace("$col", "x").replace("$row", "x")).table


def _instances(spec: Mapping[str, Any], cur: _Index) -> Iterable[tuple[str | None, str | None]]:
    cols = spec.get("each_col")
    rows = spec.get("each_row")
    if rows == ["*"]:
        table = _first_table(spec["formulas"][0])
        rows = cur.rows(table)
    if cols and rows:
        for r in rows:
            for c in cols:
                yield c, r
    elif cols:
        for c in cols:
            yield c, None
    elif rows:
        for r in rows:
            yield None, r
    else:
        yield None, None


def _run_identity(
    check_id: str, spec: Mapping[str, Any], *, template: str, cur: _Index, prev: _Index | None = None,
    runs: Mapping[str, int] | None = None,
) -> list[Finding]:
    out: list[Finding] = []
    by_col: list[tuple[str | None, Finding]] = []
    for col, row in _instances(spec, cur):
        for formula in spec["formulas"]:
            finding = _evaluate(check_id, spec, formula, template=template, col=col, row=row, cur=cur, prev=prev)
            if finding is not None:
                out.append(finding)
                by_col.append((col if row is None else None, finding))
    if spec.get("severity") == "warning" and len(by_col) > 1:
        return total_said_once(by_col, out)
    return one_error_per_run(check_id, spec, out, runs or {})


def _run_nonneg_int(check_id: str, spec: Mapping[str, Any], *, template: str, cells: Sequence[Cell]) -> list[Finding]:
    tables = set(spec.get("tables") or ())
    signed = set(spec.get("signed_cols") or ())  # may be negative (本年增/减)
    decimal = set(spec.get("decimal_cols") or ())  # amounts: fractions allowed, never negative
    text_cells = bool(spec.get("text_cells", True))
    out = []
    for cell in cells:
        if cell.table not in tables or cell.status == "missing":
            continue
        problem = None
        if cell.status == "text" and text_cells and _values_of_two_cells(cell.raw):
            out.append(_two_cells_in_one(check_id, spec, template=template, cell=cell))
            continue
        if cell.status == "text" and text_cells:
            problem = f"holds the text {cell.raw.strip()!r}, not a number"
        elif cell.status == "number" and cell.value is not None:
            if cell.value < 0 and cell.col_key not in signed:
                what = "a negative amount" if cell.col_key in decimal else "a negative count"
                problem = f"holds {fmt_number(cell.value)}, {what}"
            elif (
                type(cell.value) is not int  # an int is whole: no Decimal needed to see it
                and cell.col_key not in decimal
                and _dec(cell.value) != _dec(cell.value).to_integral_value()
            ):
                problem = f"holds {fmt_number(cell.value)}, not a whole number"
        if problem is None:
            continue
        rname = cell.label if cell.row_key is None else row_label(template, cell.table, cell.row_key)
        where = f"{table_label(cell.table)} row {rname} column {col_label(template, cell.table, cell.col_key or '')}"
        out.append(
            Finding(
                check_id=check_id,
                severity=str(spec["severity"]),
                message=f"{where} {problem} ({check_id}, {spec['en']}).",
                expected="non-negative amount" if cell.col_key in decimal else "non-negative integer",
                found=cell.value if cell.status == "number" else cell.raw,
                cells=(cell_key(cell),),
                start=cell.start,
                end=cell.end,
            )
        )
    return out


def _run_unit_wan(check_id: str, spec: Mapping[str, Any], *, template: str, cur: _Index) -> list[Finding]:
    out = []
    limit = Decimal(str(spec.get("max_plausible", 10**6)))
    for raw in spec.get("cells") or ():
        ref = _parse_term(raw)
        cell = cur.get(ref.table, ref.row, ref.col)
        if cell is None or cell.status != "number" or cell.value is None:
            continue
        printed = cell.raw or ""
        yuan = cell.unit == "元" or ("元" in printed and "万" not in printed)
        big = _dec(cell.value) >= limit
        if not (yuan or big):
            continue
        why = "is printed with 元" if yuan else f"is at least {fmt_number(_plain(limit))} 万元"
        where = f"{table_label(ref.table)} {row_label(template, ref.table, ref.row)} {col_label(template, ref.table, ref.col)}"
        out.append(
            Finding(
                check_id=check_id,
                severity=str(spec["severity"]),
                message=(
                    f"{where} is {fmt_number(cell.value)} (printed {printed.strip()!r}), which {why}: "
                    f"check whether it is 元 rather than 万元 ({check_id}, {spec['en']})."
                ),
                expected="万元",
                found=cell.value,
                cells=(cell_key(cell),),
                start=cell.start,
                end=cell.end,
            )
        )
    return out


def infer_template(cells: Sequence[Cell]) -> str | None:
    """The template most cells carry (``None`` for no cells).

    >>> infer_template([Cell("local", "stats", "reviews", "value", 0, "0", "number")])
    'local'
    """
    counts = Counter(c.template for c in cells if c.template)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _applies(spec: Mapping[str, Any], template: str) -> bool:
    return template in (spec.get("templates") or ())


def check_cells(cells: Sequence[Cell], *, template: str | None = None) -> list[Finding]:
    """Evaluate every HARD and SOFT rule of ``template`` on one report's cells.

    Args:
        cells: the report's table cells (any order; cells of other templates are ignored).
        template: gov2021 | gov2019 | gov2014 | local; by default the one most cells carry.

    Returns:
        Findings in the order of ``lexicons/checks.yaml``: errors for HARD rules, warnings
        for SOFT ones, one ``TABLE-MISSING`` warning per table of the template with no cell.

    >>> check_cells([], template=None)
    []
    """
    template = template or infer_template(cells)
    if template is None:
        return []
    mine = [c for c in cells if c.template == template]
    cur = _Index(mine)
    multi_row = open_multi_row_runs(mine)  # digit runs that hold several rows, split by plausibility
    runs = {cell_key(c): multi_row[id(c)] for c in mine if id(c) in multi_row}
    out: list[Finding] = []
    for check_id, spec in checks_spec()["checks"].items():
        if not _applies(spec, template) or spec.get("scope", "report") != "report":
            continue
        kind = spec.get("kind", "identity")
        if kind == "identity":
            out.extend(_run_identity(check_id, spec, template=template, cur=cur, runs=runs))
        elif kind == "nonneg_int":
            out.extend(_run_nonneg_int(check_id, spec, template=template, cells=mine))
        elif kind == "unit_wan":
            out.extend(_run_unit_wan(check_id, spec, template=template, cur=cur))
    out = no_soft_doubt_on_impossible_values(out)
    out.extend(_missing_tables(template, cur))
    out.extend(_incomplete_tables(template, mine, cur))
    logger.debug("check_cells: %d cells of %s, %d findings", len(mine), template, len(out))
    return out


def _missing_tables(template: str, cur: _Index) -> list[Finding]:
    info = check_info("TABLE-MISSING")
    out = []
    unread = {c.table for c in cur._all() if c.status == "missing" and c.note == UNREAD_NOTE}
    for table, caption in _template_tables(template):
        if cur.has_table(table):
            continue
        if table in unread:
            uinfo = check_info("TABLE-UNREAD")
            out.append(
                Finding(
                    check_id="TABLE-UNREAD",
                    severity=str(uinfo["severity"]),
                    message=(
                        f"{table_label(table)} ({caption}) of the {template} format is printed but none of "
                        f"its cells could be read, so its checks were skipped (TABLE-UNREAD, {uinfo['en']})."
                    ),
                    expected=table,
                    found=None,
                )
            )
            continue
        out.append(
            Finding(
                check_id="TABLE-MISSING",
                severity=str(info["severity"]),
                message=(
                    f"{table_label(table)} ({caption}) of the {template} format was not found in the "
                    f"report, so its checks were skipped (TABLE-MISSING, {info['en']})."
                ),
                expected=table,
                found=None,
            )
        )
    return out


def _incomplete_tables(template: str, cells: Sequence[Cell], cur: _Index) -> list[Finding]:
    """CELLS-MISSING per table that was found but lacks some of its cells, and CELL-TEXT per
    cell that holds text where a number is expected (both make identities skip silently)."""
    out = []
    if _applies(check_info("CELLS-MISSING"), template):
        info = check_info("CELLS-MISSING")
        for table, _caption in _template_tables(template):
            if not cur.has_table(table):
                continue
            mine = [c for c in cells if c.table == table]
            missing = [c for c in mine if c.status == "missing"]
            if not missing:
                continue
            rows = sorted({row_label(template, table, c.row_key) for c in missing if c.row_key})
            shown = "、".join(rows[:4]) + (f" and {len(rows) - 4} more rows" if len(rows) > 4 else "")
            out.append(
                Finding(
                    check_id="CELLS-MISSING",
                    severity=str(info["severity"]),
                    message=(
                        f"{table_label(table)}: {len(missing)} of {len(mine)} cells not found in the report "
                        f"(rows {shown}) (CELLS-MISSING, {info['en']})."
                    ),
                    expected=len(mine),
                    found=len(mine) - len(missing),
                    cells=tuple(cell_key(c) for c in missing),
                )
            )
    info = check_info("CELL-TEXT")
    for cell in cells:
        if cell.status != "text" or cell.row_key is None:
            continue
        out.append(
            Finding(
                check_id="CELL-TEXT",
                severity=str(info["severity"]),
                message=(
                    f"{table_label(cell.table)} {row_label(template, cell.table, cell.row_key)} "
                    f"{col_label(template, cell.table, cell.col_key or '')}: {cell.raw!r} is not a number "
                    f"(CELL-TEXT, {info['en']})."
                ),
                expected="number",
                found=cell.raw,
                cells=(cell_key(cell),),
                start=cell.start,
                end=cell.end,
            )
        )
    return out

