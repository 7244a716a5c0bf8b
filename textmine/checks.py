"""Consistency checks: which numbers of a report's statistics tables can a researcher trust.

The identities of FORMAT.md §3 are data in ``lexicons/checks.yaml`` (cell references, an
operator, a severity, a one-line explanation); this module is the engine that evaluates them
on :class:`~textmine.model.Cell` records and explains every failure in one sentence.

* :func:`check_cells` — HARD (error) and SOFT (warning) rules within one report's tables.
* :func:`check_prose` — numbers stated in prose (facts with an ``indicator``) against the table.
* :func:`check_cross_year` — the same body's consecutive reports (carry-over, running totals,
  copied tables).

Blank, dash and 无 cells count as 0 in sums, and a finding says when its sums relied on them;
``missing`` cells (the report lacks the row or column) make a rule skip silently, except that a
whole missing table gives one ``TABLE-MISSING`` warning.

Example:
    >>> from textmine.model import Cell
    >>> cells = [Cell("gov2014", "stats", "staff", "value", 5, "5", "number"),
    ...          Cell("gov2014", "stats", "staff_full_time", "value", 2, "2", "number"),
    ...          Cell("gov2014", "stats", "staff_part_time", "value", 2, "2", "number")]
    >>> [f.check_id for f in check_cells(cells) if f.severity == "error"]
    ['P-6']
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from textmine.lexicons import load_yaml
from textmine.model import Cell, Fact, Finding, ReportMeta

logger = logging.getLogger(__name__)

LEXICON = "checks.yaml"
TEMPLATES_LEXICON = "templates.yaml"

#: Statuses that read as 0 in a sum but are not zeros (SCHEMA.md §3).
BLANKISH = frozenset({"blank", "dash", "none_word"})

#: A cell reference of checks.yaml: ``[-][prev:]table.row.col[?]`` (row may be ``~label``).
RE_TERM = re.compile(r"^(?P<neg>-)?(?P<prev>prev:)?(?P<table>[a-z_]+)\.(?P<row>[^.]+)\.(?P<col>[^.?]+)(?P<opt>\?)?$")
#: Characters ignored when labels are compared: spaces, brackets, quotes and marks.
RE_LABEL_NOISE = re.compile(r"[\s（）()【】\[\]“”\"'‘’、，,：:；;。.．·/／《》]")
#: A leading numbering of a printed row label: 一、 （一） 1. 1、 其中：
RE_LABEL_NUMBER = re.compile(
    r"^(?:\s*(?:其中[：:]?|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d)))+"
)
#: A trailing parenthetical of a printed label, e.g. （不同渠道和方式公开相同信息计1条）.
RE_TRAILING_PAREN = re.compile(r"[（(][^（）()]*[）)]\s*$")

Number = int | Decimal


# --------------------------------------------------------------------------------------------
# Lexicon access
# --------------------------------------------------------------------------------------------


def checks_spec() -> dict[str, Any]:
    """The parsed ``lexicons/checks.yaml`` (cached by the lexicon loader).

    >>> "T3-A" in checks_spec()["checks"]
    True
    """
    return load_yaml(LEXICON)


def check_ids() -> tuple[str, ...]:
    """Every stable check id, in the order of ``lexicons/checks.yaml``.

    >>> check_ids()[:3]
    ('T3-A', 'T3-B', 'T3-C')
    """
    return tuple(checks_spec()["checks"])


def check_info(check_id: str) -> dict[str, Any]:
    """Severity, templates and the English/Chinese explanation of one check.

    Raises:
        KeyError: ``check_id`` is not in ``lexicons/checks.yaml``.

    >>> check_info("P-8-max")["severity"]
    'error'
    """
    try:
        return checks_spec()["checks"][check_id]
    except KeyError:
        raise KeyError(f"unknown check id {check_id!r}; known: {', '.join(check_ids())}") from None


def normalize_label(label: str | None) -> str:
    """A printed row label without numbering, parentheticals, spaces and marks.

    >>> normalize_label("3、信函、传真申请数")
    '信函传真申请数'
    """
    text = (label or "").strip()
    previous = None
    while previous != text:
        previous = text
        text = RE_TRAILING_PAREN.sub("", text).strip()
        text = RE_LABEL_NUMBER.sub("", text).strip()
    return RE_LABEL_NOISE.sub("", text)


@functools.cache
def _template_labels(template: str) -> dict[tuple[str, str, str], str]:
    """Short printed labels of rows and columns: {("row"|"col", table, key): label}."""
    out: dict[tuple[str, str, str], str] = {}
    data = load_yaml(TEMPLATES_LEXICON) or {}
    spec = (data.get("templates") or {}).get(template) or {}
    for table in spec.get("tables") or ():
        for row in table.get("rows") or ():
            if row.get("key"):
                out[("row", table["key"], row["key"])] = _short(str(row["label"]))
        for col in table.get("columns") or ():
            out[("col", table["key"], col["key"])] = _short(str(col["label"]))
    return out


def _short(label: str) -> str:
    text = label.strip()
    previous = None
    while previous != text:
        previous = text
        text = RE_TRAILING_PAREN.sub("", text).strip()
    return RE_LABEL_NUMBER.sub("", text).strip() or label


@functools.cache
def _template_tables(template: str) -> tuple[tuple[str, str], ...]:
    """(table key, caption) of every table of ``template`` in ``templates.yaml``."""
    data = load_yaml(TEMPLATES_LEXICON) or {}
    spec = (data.get("templates") or {}).get(template) or {}
    return tuple((t["key"], str(t.get("caption", t["key"]))) for t in spec.get("tables") or ())


def row_label(template: str, table: str, row: str) -> str:
    """Chinese label of a row for messages (short form).

    >>> row_label("gov2021", "requests", "granted")
    '予以公开'
    """
    if row.startswith("~"):
        return row[1:]
    short = checks_spec().get("short_labels", {}).get("rows", {})
    if row in short:
        return short[row]
    return _template_labels(template).get(("row", table, row), row)


def col_label(template: str, table: str, col: str) -> str:
    """Chinese label of a column for messages (short form).

    >>> col_label("gov2021", "requests", "natural_person")
    '自然人'
    """
    labels = checks_spec().get("short_labels", {})
    own = (labels.get("cols_by_template") or {}).get(template) or {}
    if col in own:
        return own[col]
    short = labels.get("cols", {})
    if col in short:
        return short[col]
    return _template_labels(template).get(("col", table, col), col)


@functools.lru_cache(maxsize=64)
def _single_column(template: str, table: str) -> bool:
    """True for a table with one value column (gov2014 统计表): messages name the row only."""
    from textmine.errors import LexiconError
    from textmine.tables.registry import get_template

    try:
        spec = get_template(template).table(table)
    except (KeyError, LexiconError):
        return False
    return len([c for c in spec.columns if not c.optional]) == 1


def table_label(table: str) -> str:
    """Name of a table in messages (表二, 表三, 表四, 统计表)."""
    return checks_spec().get("table_names", {}).get(table, table)


# --------------------------------------------------------------------------------------------
# Cell lookup
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# Evaluation of one formula instance
# --------------------------------------------------------------------------------------------


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
    table_hint = _first_table(formula)
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
    all_terms = [*lhs_terms, *rhs_terms]
    scope = "col" if col is not None and row is None else "row" if row is not None and col is None else None
    vary = _vary(all_terms, scope)
    where = _scope_text(table_hint, template, col=col, row=row, cur=cur)
    blank_rule = spec.get("lhs_blank")
    if (
        blank_rule
        and len(lhs_terms) == 1
        and lhs_terms[0].cell.status in BLANKISH
        and row in set(blank_rule.get("rows") or ())
    ):
        if right == 0:
            return None
        derived = str(blank_rule["check_id"])
        info = check_info(derived)
        message = (
            f"{where}: {_describe(lhs_terms[0], template=template, vary=vary)} is left blank while "
            f"{_side_text(rhs, template=template, vary=vary)} ({derived}, {info['en']})."
        )
        start, end = _span(lhs_terms)
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
    if _holds(op, left, right, tolerance):
        return None
    if _blank_total_explains(spec, lhs_terms, rhs_terms, op=op, tolerance=tolerance, cur=cur):
        return None  # the blank 总计 is reported once, by the row check's derived finding
    phrase = _op_phrase(op, tolerance).format(
        L=_side_text(lhs, template=template, vary=vary), R=_side_text(rhs, template=template, vary=vary)
    )
    noted = [lhs.top(), *rhs_terms] if agg == "max" else all_terms
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
            return _parse_term(raw.replace("$col", "x").replace("$row", "x")).table
    return "stats"


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
    check_id: str, spec: Mapping[str, Any], *, template: str, cur: _Index, prev: _Index | None = None
) -> list[Finding]:
    out: list[Finding] = []
    for col, row in _instances(spec, cur):
        for formula in spec["formulas"]:
            finding = _evaluate(check_id, spec, formula, template=template, col=col, row=row, cur=cur, prev=prev)
            if finding is not None:
                out.append(finding)
    return out


# --------------------------------------------------------------------------------------------
# Special kinds
# --------------------------------------------------------------------------------------------


def _run_nonneg_int(check_id: str, spec: Mapping[str, Any], *, template: str, cells: Sequence[Cell]) -> list[Finding]:
    tables = set(spec.get("tables") or ())
    out = []
    for cell in cells:
        if cell.table not in tables or cell.status == "missing":
            continue
        problem = None
        if cell.status == "text":
            problem = f"holds the text {cell.raw.strip()!r}, not a number"
        elif cell.status == "number" and cell.value is not None:
            if cell.value < 0:
                problem = f"holds {fmt_number(cell.value)}, a negative count"
            elif _dec(cell.value) != _dec(cell.value).to_integral_value():
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
                expected="non-negative integer",
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


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


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
    out: list[Finding] = []
    for check_id, spec in checks_spec()["checks"].items():
        if not _applies(spec, template) or spec.get("scope", "report") != "report":
            continue
        kind = spec.get("kind", "identity")
        if kind == "identity":
            out.extend(_run_identity(check_id, spec, template=template, cur=cur))
        elif kind == "nonneg_int":
            out.extend(_run_nonneg_int(check_id, spec, template=template, cells=mine))
        elif kind == "unit_wan":
            out.extend(_run_unit_wan(check_id, spec, template=template, cur=cur))
    out.extend(_missing_tables(template, cur))
    out.extend(_incomplete_tables(template, mine, cur))
    logger.debug("check_cells: %d cells of %s, %d findings", len(mine), template, len(out))
    return out


def _missing_tables(template: str, cur: _Index) -> list[Finding]:
    info = check_info("TABLE-MISSING")
    out = []
    for table, caption in _template_tables(template):
        if cur.has_table(table):
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


# ---- prose versus table --------------------------------------------------------------------


def _fact_bounds(fact: Fact, bounded: Sequence[str]) -> tuple[Decimal | None, Decimal | None, bool]:
    """(low, high, high_inclusive) the table value must fall in, from value, qualifier, upper."""
    value = _dec(fact.value) if not isinstance(fact.value, float) else Decimal(str(fact.value))
    if fact.upper is not None:
        return value, _dec(fact.upper), True
    q = fact.qualifier
    if q == "more_than":
        if any(mark in (fact.text or "") for mark in bounded):
            # the next step of the last significant digit: 900余 → [900, 1000), 1.2万余 → [1.2, 1.3)
            exponent = value.normalize().as_tuple().exponent if value else 0
            step = Decimal(1).scaleb(int(exponent))
            return value, value + step, False
        return value, None, True
    if q == "less_than":
        return None, value, True
    return value, value, True


#: Magnitude prefixes of units as written (8232万条, 1.86亿元).
MAGNITUDES = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}


def _magnitude(unit: str | None) -> tuple[Decimal, str]:
    """Split a unit into its magnitude and base: ``万条`` → (10000, ``条``), ``件`` → (1, ``件``)."""
    unit = unit or ""
    if len(unit) > 1 and unit[0] in MAGNITUDES:
        return MAGNITUDES[unit[0]], unit[1:]
    return Decimal(1), unit


def _unit_factor(fact_unit: str | None, table_unit: str | None) -> Decimal:
    """Factor turning a prose value into the table's unit (元 → 万元, 1.2万条 → 条 and the like).

    >>> _unit_factor("万条", "条"), _unit_factor("元", "万元"), _unit_factor("件", None)
    (Decimal('10000'), Decimal('0.0001'), Decimal('1'))
    """
    fact_mag, _ = _magnitude(fact_unit)
    table_mag, _ = _magnitude(table_unit)
    return fact_mag / table_mag


def check_prose(facts: Sequence[Fact], cells: Sequence[Cell], *, template: str | None = None) -> list[Finding]:
    """Compare prose facts that carry a canonical ``indicator`` with the table cell they restate.

    Qualifiers are honoured: ``about`` allows the ``prose.about_tolerance`` of checks.yaml
    (近900件 agrees with 897), ``more_than`` needs the table at or above the value and, for
    余/多, below the next step (900余件 → [900, 1000)), ``less_than`` at or below it; exact
    values must be equal. Percentages, changes and counts of a part (the counted phrase names
    one office, one channel or a sub-category: ``prose.partial_markers``) are not compared.

    Returns:
        ``PROSE-TABLE`` warnings whose span is the fact's.

    >>> check_prose([], [])
    []
    """
    template = template or infer_template(cells)
    if template is None:
        return []
    prose = checks_spec().get("prose") or {}
    mapping = prose.get("indicators") or {}
    about = Decimal(str(prose.get("about_tolerance", 0.05)))
    bounded = tuple(prose.get("bounded_more_than") or ("余", "多"))
    partial = tuple(prose.get("partial_markers") or ())
    info = check_info("PROSE-TABLE")
    cur = _Index(c for c in cells if c.template == template)
    out: list[Finding] = []
    for fact in facts:
        if not fact.indicator or fact.change or fact.unit in ("%", "％"):
            continue
        if any(mark in (fact.counted or "") for mark in partial):
            continue  # a part of the whole (one office, one channel, a sub-category)
        refs = (mapping.get(fact.indicator) or {}).get(template)
        if not refs:
            continue
        terms = _resolve_side(refs, col=None, row=None, cur=cur, prev=None)
        if not terms:
            continue
        table_value = _Side(terms).value
        table_unit = terms[0].cell.unit
        factor = _unit_factor(fact.unit, table_unit)
        low, high, inclusive = _fact_bounds(fact, bounded)
        low = low * factor if low is not None else None
        high = high * factor if high is not None else None
        if fact.qualifier == "about" and low is not None:
            slack = max(abs(low) * about, Decimal(1))
            low, high = low - slack, low + slack
        ok = (low is None or table_value >= low) and (
            high is None or (table_value <= high if inclusive else table_value < high)
        )
        if ok:
            continue
        vary = "both" if len(terms) > 1 else "row"
        cell_text = _side_text(_Side(terms), template=template, vary=vary)
        qual = {"about": "about ", "more_than": "more than ", "less_than": "less than "}.get(fact.qualifier or "", "")
        message = (
            f"Prose {fact.text.strip()!r} states {qual}{fmt_number(fact.value)}"
            f"{' ' + fact.unit if fact.unit else ''}, but {table_label(terms[0].ref.table)} "
            f"{cell_text} (PROSE-TABLE, {info['en']}){_blank_note(terms, template=template)}."
        )
        out.append(
            Finding(
                check_id="PROSE-TABLE",
                severity=str(info["severity"]),
                message=message,
                expected=_plain(table_value),
                found=fact.value,
                cells=tuple(cell_key(t.cell) for t in terms),
                start=fact.start,
                end=fact.end,
            )
        )
    return out


# ---- across years --------------------------------------------------------------------------


def normalize_issuer(name: str | None) -> str:
    """An issuer name for matching: no spaces, aliases of ``checks.yaml`` applied.

    >>> normalize_issuer("平潭综合实验区 管理委员会")
    '平潭综合实验区管委会'
    """
    text = re.sub(r"\s+", "", name or "")
    for old, new in (checks_spec().get("issuer_aliases") or {}).items():
        text = text.replace(old, new)
    return text


def _copy_finding(
    check_id: str, spec: Mapping[str, Any], *, template: str, cur: Sequence[Cell], prev: Sequence[Cell], year: int
) -> Finding | None:
    def numbers(cells: Sequence[Cell]) -> dict[str, Decimal]:
        return {cell_key(c): _dec(c.value) for c in cells if c.status == "number" and c.value is not None}

    a, b = numbers(cur), numbers(prev)
    if not a or a != b:
        return None
    nonzero = sum(1 for v in a.values() if v != 0)
    if nonzero < int(spec.get("min_nonzero", 5)):
        return None
    tables = sorted({k.split(".")[0] for k in a})
    return Finding(
        check_id=check_id,
        severity=str(spec["severity"]),
        message=(
            f"All {len(a)} numbers of {', '.join(table_label(t) for t in tables)} ({nonzero} of them "
            f"non-zero) equal the same body's {year - 1} report ({check_id}, {spec['en']})."
        ),
        expected="numbers that differ from last year",
        found=len(a),
        cells=tuple(sorted(a)),
    )


def check_cross_year(
    reports: Sequence[tuple[str, ReportMeta, Sequence[Cell]]],
) -> list[tuple[str, Finding]]:
    """Checks between reports of the same body (normalised issuer) in consecutive years.

    Covers carry-over (T3-E), running document counts (T2-B, T2-D-year), local running
    totals (L-5) and tables copied unchanged from last year (COPY-TABLE).

    Args:
        reports: (report_id, meta, cells); meta gives issuer and year, the template comes
            from ``meta.template`` or the cells.

    Returns:
        (report_id of the later report, finding) pairs.

    >>> check_cross_year([])
    []
    """
    by_body: dict[str, dict[int, list[tuple[str, str, list[Cell]]]]] = defaultdict(lambda: defaultdict(list))
    for report_id, meta, cells in reports:
        body = normalize_issuer(meta.issuer)
        template = meta.template or infer_template(cells)
        if not body or meta.year is None or template is None:
            continue
        by_body[body][int(meta.year)].append((report_id, template, [c for c in cells if c.template == template]))
    out: list[tuple[str, Finding]] = []
    checks = [(cid, spec) for cid, spec in checks_spec()["checks"].items() if spec.get("scope") == "cross_year"]
    for body in sorted(by_body):
        years = by_body[body]
        for year in sorted(years):
            if year - 1 not in years:
                continue
            for rid, template, cells in years[year]:
                for _prev_id, prev_template, prev_cells in years[year - 1]:
                    cur, prev = _Index(cells), _Index(prev_cells)
                    for check_id, spec in checks:
                        if not (_applies(spec, template) and _applies(spec, prev_template)):
                            continue
                        if spec.get("kind") == "copy":
                            if template == prev_template:
                                f = _copy_finding(check_id, spec, template=template, cur=cells, prev=prev_cells, year=year)
                                if f is not None:
                                    out.append((rid, f))
                            continue
                        for f in _run_identity(check_id, spec, template=template, cur=cur, prev=prev):
                            out.append((rid, f))
    return out


# --------------------------------------------------------------------------------------------
# Report-level checks: statistics period and template era against the report year
# --------------------------------------------------------------------------------------------

#: 统计期限自2019年1月1日起至2019年12月31日止 (the second year may be left out: 至12月31日).
RE_PERIOD = re.compile(
    r"统计(?:期限|时限|时间|期间|区间|周期)[^。\n]{0,12}?(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日"
    r"[^。\n\d]{0,12}?(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日"
)


def check_period(text: str, year: int | None) -> list[Finding]:
    """``PERIOD-YEAR``: the statistics period stated in the report is not its report year.

    >>> [f.check_id for f in check_period("本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。", 2020)]
    ['PERIOD-YEAR']
    >>> check_period("统计期限自2020年1月1日起至2020年12月31日止", 2020)
    []
    """
    if year is None:
        return []
    m = RE_PERIOD.search(text)
    if m is None:
        return []
    years = {int(m.group(1))} | ({int(m.group(2))} if m.group(2) else set())
    if years == {year}:
        return []
    info = check_info("PERIOD-YEAR")
    shown = "–".join(str(y) for y in sorted(years))
    return [
        Finding(
            check_id="PERIOD-YEAR",
            severity=str(info["severity"]),
            message=(
                f"The report is for {year} but its statistics period '{m.group()}' is {shown} "
                f"(PERIOD-YEAR, {info['en']})."
            ),
            expected=year,
            found=min(years) if len(years) == 1 else shown,
            start=m.start(),
            end=m.end(),
        )
    ]


def check_template_year(template: str | None, year: int | None) -> list[Finding]:
    """``TEMPLATE-YEAR``: tables of a format that does not belong to the report year (a 2021+
    report with the 2019-format tables, a 2019/2020 report with the 2021 ones).

    >>> [f.check_id for f in check_template_year("gov2019", 2021)]
    ['TEMPLATE-YEAR']
    >>> check_template_year("gov2019", 2020), check_template_year("gov2021", 2022)
    ([], [])
    """
    if template is None or year is None:
        return []
    info = check_info("TEMPLATE-YEAR")
    era = (info.get("years") or {}).get(template)
    if not era:
        return []
    first, last = era.get("from"), era.get("until")
    if (first is None or year >= int(first)) and (last is None or year <= int(last)):
        return []
    span = f"{first}–{last}" if last else f"{first}–"
    return [
        Finding(
            check_id="TEMPLATE-YEAR",
            severity=str(info["severity"]),
            message=(
                f"The {year} report's tables follow the {template} format (report years {span}) "
                f"(TEMPLATE-YEAR, {info['en']})."
            ),
            expected=None,
            found=template,
        )
    ]
