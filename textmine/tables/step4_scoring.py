"""Stage 4: score the candidate readings and pick one per row — the one place where readings
are judged.

Judged, in order: the column layout (a printed 小计 is the sum of the organisations), the
positions of values whose blank cells are not printed (the line's spacing and the row
identity), and the split of digit runs. A row printed as ``270020130`` can be read as 27|0|0|2|0|1|30 or 2|7|0|0|20|1|30; the row
identity (总计 = sum of the applicant columns, T3-C) and the column identities of FORMAT.md
§3.1 (T3-A, T3-B) pick one. When identities leave several readings, the most plausible one
(short, balanced numbers; larger counts in the first columns) is taken and reported as such.

A table whose empty cells are not printed (run-together rows such as ``一、本年新收…数量325``)
is read whole by :func:`solve_table`: the readings of every row that make every identity hold
together, then the ones that agree with the report's own statements (其中自然人申请3件), then
— table 三 — the fewest applicant columns filled (自然人 first), then plausibility. What none of
these settles is noted ``reading not settled`` with the columns left open
(:func:`unsettled_columns`), never picked silently.

Example:
    >>> rule = row_rule("gov2021", "requests")
    >>> rule("granted", ["natural_person", "commercial", "research", "social_welfare",
    ...      "legal_services", "other_org", "total"], [27, 0, 0, 2, 0, 1, 30])
    True
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import operator
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from decimal import Decimal, getcontext
from typing import Any

from textmine.tables.cells import read_cell, split_unit, to_value
from textmine.tables.records import (
    OWN_STATEMENT,
    Choice,
    Layout,
    Piece,
    Placement,
    RowReadings,
    Statement,
    TableReadings,
    Token,
)
from textmine.tables.registry import get_template
from textmine.tables.step3_readings import MAX_PLAN_KEPT, sparse_splits, split_candidates

logger = logging.getLogger(__name__)

Number = int | Decimal | None
RowRule = Callable[[str | None, Sequence[str], Sequence[Number]], bool]

T3_PARTS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")
T3_OUTCOMES = (
    "granted", "partial", "denied_state_secret", "denied_law_prohibited", "denied_three_safety",
    "denied_third_party", "denied_internal_affairs", "denied_process_info",
    "denied_enforcement_file", "denied_query", "unable_not_held", "unable_needs_creation",
    "unable_unclear", "rejected_complaint", "rejected_repeat", "rejected_publication",
    "rejected_mass", "rejected_confirm", "other_handling", "other_no_correction",
    "other_no_fee", "other_misc",
)
T4_ROWS = ("review", "suit_direct", "suit_after_review")
T4_PARTS = ("upheld", "corrected", "other", "pending")


#: A piece's text (``map`` over pieces without a Python-level loop).
_RAW = operator.attrgetter("raw")


def piece_value(piece: Piece) -> Number:
    """The number a piece holds (unit suffix removed), or ``None``."""
    return _raw_value(piece.raw)


@functools.lru_cache(maxsize=65536)
def _raw_value(raw: str) -> Number:
    return to_value(split_unit(raw)[0])


def _padded(pieces: Sequence[Piece], n: int) -> list[Number]:
    vals: list[Number] = [_raw_value(p.raw) for p in pieces[:n]]
    if len(vals) < n:
        vals += [None] * (n - len(vals))
    return vals


#: Integers below this size are summed as ``int``: their sums stay far below the 28 digits a
#: ``Decimal`` keeps, so they equal the ``Decimal`` sums exactly (larger ones stay ``Decimal``).
_EXACT = 10**18


def _num(v: Number) -> int | Decimal:
    """``v`` as a number to sum (``None`` is 0): small integers as ``int`` (fast), the rest as
    ``Decimal``; sums and comparisons come out as with ``Decimal`` throughout."""
    if v is None:
        return 0
    if type(v) is int and -_EXACT < v < _EXACT:
        return v
    return Decimal(v)


def _total(get: Callable[[tuple[str, str]], Number], cells: Sequence[tuple[str, str]]) -> int | Decimal:
    """``sum(_num(get(x)) for x in cells)`` without a generator (the identities' hot loop)."""
    acc: int | Decimal = 0
    for x in cells:
        v = get(x)
        if v is not None:
            acc += v if type(v) is int and -_EXACT < v < _EXACT else Decimal(v)
    return acc


@functools.lru_cache(maxsize=256)
def _t3_positions(cols: tuple[str, ...]) -> tuple[int, tuple[int, ...]] | None:
    """Where 总计 and the six applicant columns of table 三 sit in ``cols`` (``None`` when one
    of them is not among them)."""
    pos = {c: i for i, c in enumerate(cols)}
    if "total" not in pos or not all(p in pos for p in T3_PARTS):
        return None
    return pos["total"], tuple(pos[p] for p in T3_PARTS)


def _requests_rule(row: str | None, cols: Sequence[str], values: Sequence[Number]) -> bool:
    where = _t3_positions(tuple(cols))
    if where is None:
        return True
    total, parts = where
    acc: int | Decimal = 0  # the sum of _num(values[i]), None adding nothing
    for i in parts:
        v = values[i]
        if v is not None:
            acc += v if type(v) is int and -_EXACT < v < _EXACT else Decimal(v)
    return _num(values[total]) == acc


def _appeals_rule(row: str | None, cols: Sequence[str], values: Sequence[Number]) -> bool:
    # single_row layout: cols are "row:col" pairs
    groups: dict[str, dict[str, Number]] = {}
    for c, v in zip(cols, values, strict=False):
        r, _, k = c.partition(":")
        groups.setdefault(r, {})[k] = v
    return all(
        _num(g.get("total")) == sum(_num(g.get(p)) for p in T4_PARTS) for g in groups.values()
    )


def _local_rule(row: str | None, cols: Sequence[str], values: Sequence[Number]) -> bool:
    pos = {c: i for i, c in enumerate(cols)}
    if "value" in pos and "cumulative" in pos:
        a, b = values[pos["value"]], values[pos["cumulative"]]
        if a is not None and b is not None:
            return b >= a
    return True


def _active2021_rule(row: str | None, cols: Sequence[str], values: Sequence[Number]) -> bool:
    pos = {c: i for i, c in enumerate(cols)}
    if {"issued", "repealed", "in_force"} <= set(pos):
        return _num(values[pos["issued"]]) <= _num(values[pos["in_force"]]) + _num(
            values[pos["repealed"]]
        )
    return True


def _active2019_rule(row: str | None, cols: Sequence[str], values: Sequence[Number]) -> bool:
    pos = {c: i for i, c in enumerate(cols)}
    if {"made", "published", "total_published"} <= set(pos):
        return _num(values[pos["published"]]) <= _num(values[pos["total_published"]])
    return True


def _always(row: str | None, cols: Sequence[str], values: Sequence[Number]) -> bool:
    return True


def _holds(rule: RowRule, row: str | None, cols: Sequence[str], pieces: Sequence[Piece], *,
           unsigned: bool = False) -> bool:
    """``rule`` on the values of ``pieces`` (padded with ``None`` to the columns); with
    ``unsigned`` also no negative count (only 本年增/减, ``change``, carries a sign)."""
    return _holds_raw(rule, row, cols if type(cols) is tuple else tuple(cols), tuple([p.raw for p in pieces]), unsigned)


@functools.lru_cache(maxsize=65536)
def _holds_raw(rule: RowRule, row: str | None, cols: tuple[str, ...], raws: tuple[str, ...],
               unsigned: bool) -> bool:
    """:func:`_holds` of the pieces' texts (pure: memoised, the same readings are tested by
    every stage of the choice and recur in every report of a body)."""
    vals: list[Number] = [_raw_value(raw) for raw in raws[: len(cols)]]
    vals += [None] * (len(cols) - len(vals))
    if unsigned:
        for c, v in zip(cols, vals, strict=False):
            if v is not None and v < 0 and c != "change":
                return False
    return rule(row, cols, vals)


def row_rule(template: str, table: str) -> RowRule:
    """The per-row identity used to filter splits of ``template``/``table``."""
    if table == "requests":
        return _requests_rule
    if table == "appeals":
        return _appeals_rule
    if template == "local":
        return _local_rule
    if template == "gov2021" and table == "active":
        return _active2021_rule
    if template == "gov2019" and table == "active":
        return _active2019_rule
    return _always


Cells = list[tuple[str, str]]
Identity = list[tuple[Cells, Cells]]


@functools.lru_cache(maxsize=64)
def column_identities(template: str, table: str) -> list[Identity]:
    """Identities across rows used to pick joint splits.

    Each identity is a list of equations ``(lhs cells, rhs cells)`` that must all hold; the
    soft identities of local tables count only when they hold in both columns, so that small
    numbers cannot satisfy them by chance. Built once per table (the list is shared: callers
    only read it).
    """
    out: list[Identity] = []
    if table == "requests":
        for c in (*T3_PARTS, "total"):
            out.append([([("new_received", c), ("carried_over", c)],
                         [("total_processed", c), ("carried_forward", c)])])
            out.append([([("total_processed", c)], [(r, c) for r in T3_OUTCOMES])])
    elif template == "local":
        out.append([([("active_items", c)], [("channel_website", c), ("channel_gazette", c)])
                    for c in ("value", "cumulative")])
        # rows without a gov2014 key are named "~" + their normalised template label
        channels = ("requests_in_person", "requests_fax", "requests_online", "requests_mail",
                    "~电子邮件申请数", "~信函传真申请数", "~其它形式申请数")
        out.append([([("requests_received", c)], [(r, c) for r in channels])
                    for c in ("value", "cumulative")])
        replies = ("replies_granted", "replies_partial", "replies_denied", "~其他类型答复数")
        out.append([([("replies", c)], [(r, c) for r in replies]) for c in ("value", "cumulative")])
    return out


@functools.lru_cache(maxsize=64)
def identity_rows(template: str, table: str) -> frozenset[str]:
    """The rows a cell of one of :func:`column_identities` belongs to.

    >>> sorted(identity_rows("local", "stats"))[:3]
    ['active_items', 'channel_gazette', 'channel_website']
    """
    return frozenset(r for identity in column_identities(template, table)
                     for lhs, rhs in identity for r, _ in (*lhs, *rhs))


#: Penalty of a reading with a count but no amount (or an amount but no count).
MISMATCH_PENALTY = 50


def _per_count_penalty(pieces: Sequence[Piece], roles: Sequence[str | None], per_count: int | None) -> int:
    """How far (tenths of tenfold steps) the amount per counted item is from ``per_count`` 元
    (采购总金额 / 采购项目数量): ``187321.5万元`` reads 18 | 7321.5万元, not 187 | 321.5万元.

    >>> _per_count_penalty([Piece("18", 0, 2), Piece("7321.5万元", 2, 11)], ("count", "amount"), 500000)
    9
    >>> _per_count_penalty([Piece("187", 0, 3), Piece("321.5万元", 3, 11)], ("count", "amount"), 500000)
    14
    >>> _per_count_penalty([Piece("1873", 0, 4), Piece("21.5万元", 4, 11)], ("count", "amount"), 500000)
    36
    """
    return _per_count_raw(tuple(map(_RAW, pieces)), tuple(roles), per_count)


def _per_count_raw(raws: tuple[str, ...], roles: tuple[str | None, ...], per_count: int | None) -> int:
    """:func:`_per_count_penalty` of the pieces' texts."""
    if not per_count or len(raws) < len(roles):
        return 0
    count = _raw_value(raws[roles.index("count")])
    raw = raws[roles.index("amount")]
    amount = _raw_value(raw)
    if count is None or amount is None or count < 0 or amount < 0 or count == amount == 0:
        return 0
    if count == 0 or amount == 0:
        return MISMATCH_PENALTY  # projects without money, or money without projects
    yuan = Decimal(amount) * (10000 if "万" in raw else 1)
    return int(10 * abs(math.log10(float(yuan / Decimal(count) / per_count))))


def plausibility(
    pieces: Sequence[Piece], roles: Sequence[str | None] = (), per_count: int | None = None
) -> tuple[int, int, int, int]:
    """Lower is more plausible: column roles first (a ``stock`` column is not smaller than the
    row's other counts, a ``small`` column is short), then short balanced numbers, weight on
    the first columns.
    """
    return _plausibility(tuple(map(_RAW, pieces)), tuple(roles), per_count)


@functools.lru_cache(maxsize=65536)
def _plausibility(
    raws: tuple[str, ...], roles: tuple[str | None, ...], per_count: int | None
) -> tuple[int, int, int, int]:
    """:func:`plausibility` of the pieces' texts (pure: memoised, readings recur)."""
    lengths = [len(raw.lstrip("+-").split(".")[0].rstrip("万元个")) for raw in raws]
    role_penalty = 0
    if "amount" in roles and "count" in roles:
        role_penalty += _per_count_raw(raws, roles, per_count)
    if any(roles):
        values = [_num(_raw_value(raw)) for raw in raws]
        for i, role in enumerate(roles[: len(raws)]):
            if role == "small":
                role_penalty += lengths[i] - 1
            elif role == "stock":
                role_penalty += sum(
                    1 for j, v in enumerate(values)
                    if j != i and (j >= len(roles) or roles[j] is None) and v > values[i]
                )
    squared = sum((n - 1) ** 2 for n in lengths)
    weighted = sum(i * n for i, n in enumerate(lengths[1:-1], start=1))
    return (role_penalty, squared, weighted, -lengths[-1] if lengths else 0)


@functools.lru_cache(maxsize=64)
def _column_roles(template: str, table: str) -> tuple[dict[str, str | None], int | None]:
    """The role of each column of ``template``'s ``table`` and its ``per_count`` (the first
    column's that has one), read once per table (the dict is shared: callers only read it)."""
    specs = [c for t in get_template(template).tables if t.key == table for c in t.columns]
    return {c.key: c.role for c in specs}, next((c.per_count for c in specs if c.per_count), None)


def choose(
    template: str,
    table: str,
    candidates: dict[str, list[list[Piece]]],
    cols: dict[str, list[str]],
    *,
    preferred: Collection[str] = (),
    statements: Sequence[Statement] = (),
    joint: bool = True,
) -> dict[str, tuple[int, str | None]]:
    """Pick one candidate per row; returns ``{row: (index, note)}``.

    Readings are ranked by the identities that hold, then by how many of the report's own
    ``statements`` (制发规范性文件3件) they agree with, then by column roles and plausibility.

    ``note`` is ``None`` for rows that had one reading; otherwise it says whether the
    identities settled the split or the most plausible reading was taken. Rows in ``preferred``
    list their candidates most likely first (placements of values whose blanks are not
    printed): their order replaces plausibility, and their note is ``"identities"`` when the
    table identities picked among several, else ``None``.
    """
    table_rule = row_rule(template, table)
    role_of, per_count = _column_roles(template, table)

    seen_plaus: dict[tuple[str, int], tuple[int, int, int, int]] = {}

    def plaus(row: str, i: int) -> tuple[int, int, int, int]:
        if row in preferred:
            return (i, 0, 0, 0)
        got = seen_plaus.get((row, i))
        if got is None:  # pure in (row, i): the product of the rows asks again and again
            got = plausibility(candidates[row][i], tuple(role_of.get(c) for c in cols[row]), per_count)
            seen_plaus[row, i] = got
        return got

    kept: dict[str, list[int]] = {}
    for row, cands in candidates.items():
        if len(cands) == 1:  # kept whether the rule holds or not: not tested
            kept[row] = [0]
            continue
        # counts are never negative; only 本年增/减 (change) carries a sign
        ok = [i for i, c in enumerate(cands) if _holds(table_rule, row, cols[row], c, unsigned=True)]
        kept[row] = ok or list(range(len(cands)))
    identities = column_identities(template, table)
    alone = _decided_alone(table, candidates, cols, kept, identities, statements)
    multi = [r for r in kept if len(kept[r]) > 1]
    said = [s for s in statements if all(t == table and r in kept for t, r, _ in s.cells)
            and any(r in multi for _, r, _ in s.cells)]
    # the values of every kept reading of the rows an identity or statement names (what score and
    # agree read), read only when some row has several
    named = identity_rows(template, table).union(r for s in said for _, r, _ in s.cells)
    values = {
        r: {i: dict(zip(cols[r], _padded(candidates[r][i], len(cols[r])), strict=False)) for i in kept[r]}
        for r in kept if r in named
    } if multi else {}

    def full_score(choice: dict[str, int]) -> int:
        total = 0
        get = lambda rc: values[rc[0]][choice[rc[0]]].get(rc[1]) if rc[0] in choice else None  # noqa: E731
        for identity in identities:
            cells = [x for lhs, rhs in identity for x in lhs + rhs]
            if not any(r in multi for r, _ in cells):
                continue
            if all(_total(get, lhs) == _total(get, rhs) for lhs, rhs in identity):
                total += 1
        return total

    terms: list[list[tuple[int, list[tuple[str, dict[int, int]]]]]] | None = None

    def score(choice: dict[str, int]) -> int:
        """:func:`full_score`, from what each row's reading adds to each equation (worked out once
        per table: the rows with one reading add a constant), when every cell is a small integer
        (sums then exact in any order); else :func:`full_score` itself."""
        nonlocal terms
        if terms is None:
            terms = _score_terms(identities, values, kept, multi) or []
        if not terms:
            return full_score(choice)
        return sum(1 for identity in terms
                   if all(const + sum([adds[choice[r]] for r, adds in rows]) == 0 for const, rows in identity))

    def agree(choice: dict[str, int]) -> int:
        return sum(
            1 for s in said
            if all(values[r][choice[r]].get(c) is not None for _, r, c in s.cells)
            and sum(_num(values[r][choice[r]].get(c)) for _, r, c in s.cells) == s.value
        )

    base = {r: min(kept[r], key=lambda i, r=r: plaus(r, i)) if len(kept[r]) > 1 else kept[r][0] for r in kept}
    best_choice = dict(base)
    unique = True
    by_prose = False
    if not joint:
        multi = []  # each row on its own: the whole-table search weighs them together
    if multi and said:
        space = 1
        for r in multi:
            space *= len(kept[r])
        if space <= 50000:
            # the best of the product of the rows' readings, found part by part: rows that no
            # identity or statement ties together are chosen on their own (the key's terms are
            # sums over the parts, so the best whole is the best of each part)
            ties = [[r for lhs, rhs in identity for r, _ in (*lhs, *rhs)] for identity in identities]
            ties += [[r for _, r, _ in st.cells] for st in said]
            top_combo: dict[str, int] = {}
            for part in _linked(multi, ties):
                best_key = None
                for combo in itertools.product(*(kept[r] for r in part)):
                    choice = dict(base)
                    choice.update(zip(part, combo, strict=True))
                    total = tuple(sum(x) for x in zip(*(plaus(r, choice[r]) for r in part), strict=False))
                    key = (-score(choice) if identities else 0, -agree(choice), total, combo)
                    if best_key is None or key < best_key:
                        best_key = key
                top_combo.update(zip(part, best_key[3], strict=True))
            top_choice = dict(base, **top_combo)
            if agree(top_choice) > 0:  # the prose confirms a reading: the most plausible of those it confirms
                best_choice.update(top_choice)
                by_prose = True
                multi_said = {r for _, r, _ in (c for s in said for c in s.cells)}
                source_of = {r: " and ".join(sorted({s.source for s in said if any(x == r for _, x, _ in s.cells)}))
                             for r in multi_said}
    if multi and identities and not by_prose:
        space = 1
        for r in multi:
            space *= len(kept[r])
        ranked = []
        if space <= 50000:
            for combo in itertools.product(*(kept[r] for r in multi)):
                choice = dict(base)
                choice.update(zip(multi, combo, strict=False))
                total = tuple(sum(x) for x in zip(*(plaus(r, choice[r]) for r in multi), strict=False))
                ranked.append((-score(choice), total, combo))
            ranked.sort()
            best = ranked[0]
            best_choice.update(zip(multi, best[2], strict=False))
            unique = len(ranked) == 1 or ranked[1][0] > best[0]
        else:  # coordinate descent from the most plausible reading
            changed = True
            while changed:
                changed = False
                for r in multi:
                    current = score(best_choice)
                    for i in kept[r]:
                        trial = dict(best_choice, **{r: i})
                        if score(trial) > current:
                            best_choice, current, changed = trial, score(trial), True
            unique = False
    out: dict[str, tuple[int, str | None]] = {}
    for r, cands in candidates.items():
        split = any(p.split for p in cands[best_choice[r]])
        if r in alone and split:
            n_fit, source = alone[r]
            if len(kept[r]) == 1:
                out[r] = (best_choice[r], f"digit run split by {source} ({n_fit} readings fit the identities)")
            else:
                out[r] = (best_choice[r], f"digit run split by plausibility: {len(kept[r])} readings fit the "
                                          f"identities and {source}")
        elif by_prose and r in multi_said and split:
            out[r] = (best_choice[r], f"digit run split by {source_of[r]} ({len(kept[r])} readings fit the identities)")
        elif r in preferred:
            out[r] = (best_choice[r], "identities" if len(kept[r]) > 1 and identities and unique else None)
        elif not split:
            out[r] = (best_choice[r], None)
        elif len(cands) == 1:
            out[r] = (best_choice[r], "digit run split: the only reading without leading zeros")
        elif len(kept[r]) == 1:
            out[r] = (best_choice[r], f"digit run split by the row identity ({len(cands)} readings, 1 consistent)")
        elif identities and unique:
            out[r] = (best_choice[r], f"digit run split by table identities ({len(kept[r])} row readings)")
        else:
            out[r] = (best_choice[r], f"digit run split by plausibility: {len(kept[r])} readings fit the identities")
    return out


def _score_terms(
    identities: list[Identity], values: dict[str, dict[int, dict[str, Number]]], kept: dict[str, list[int]],
    multi: Collection[str],
) -> list[list[tuple[int, list[tuple[str, dict[int, int]]]]]] | None:
    """The identities :func:`choose` scores that tie a row of several readings (``multi``), each
    as its equations ``lhs - rhs``: a constant (the cells of rows with one reading) and, per row
    of several, what each reading adds. ``None`` when a cell is not an integer below
    :data:`_EXACT` (a ``Decimal`` sum may round: the identities are then summed as printed).

    >>> vals = {"a": {0: {"x": 3}}, "b": {0: {"x": 1}, 1: {"x": 3}}}
    >>> _score_terms([[([("a", "x")], [("b", "x")])]], vals, {"a": [0], "b": [0, 1]}, ["b"])
    [[(3, [('b', {0: -1, 1: -3})])]]
    """
    out = []
    for identity in identities:
        if not any(r in multi for lhs, rhs in identity for r, _ in (*lhs, *rhs)):
            continue
        equations = []
        for lhs, rhs in identity:
            const = 0
            adds: dict[str, dict[int, int]] = {}
            for side, sign in ((lhs, 1), (rhs, -1)):
                for r, c in side:
                    if r not in kept:
                        continue  # a row not printed: its cells are empty
                    row_adds = adds.setdefault(r, dict.fromkeys(kept[r], 0)) if r in multi else None
                    for i in kept[r]:
                        v = values[r][i].get(c)
                        if v is None:
                            continue
                        if type(v) is not int or not -_EXACT < v < _EXACT:
                            return None
                        if row_adds is None:
                            const += sign * v
                        else:
                            row_adds[i] += sign * v
            equations.append((const, list(adds.items())))
        out.append(equations)
    return out


def _linked(rows: Sequence[str], ties: Iterable[Iterable[str]]) -> list[list[str]]:
    """``rows`` in groups that ``ties`` (each a collection of rows) join, directly or through
    other rows; each group keeps the order of ``rows``, groups ordered by their first row.

    >>> _linked(["a", "b", "c", "d"], [["a", "c"], ["x"], ["c", "x", "a"]])
    [['a', 'c'], ['b'], ['d']]
    """
    parent = {r: r for r in rows}

    def root(r: str) -> str:
        while parent[r] != r:
            parent[r] = parent[parent[r]]
            r = parent[r]
        return r

    for tie in ties:
        linked = [r for r in tie if r in parent]
        for a, b in itertools.pairwise(linked):
            parent[root(b)] = root(a)
    groups: dict[str, list[str]] = {}
    for r in rows:
        groups.setdefault(root(r), []).append(r)
    return list(groups.values())


def _decided_alone(
    table: str,
    candidates: dict[str, list[list[Piece]]],
    cols: dict[str, list[str]],
    kept: dict[str, list[int]],
    identities: list[Identity],
    statements: Sequence[Statement],
) -> dict[str, tuple[int, str]]:
    """Rows that no identity ties to others, decided by a statement about that row alone
    (上一年项目数量 that the year before's report settles): ``kept`` is narrowed in place to the
    readings that agree with it, when some do. Returns ``{row: (readings before, source)}``.

    >>> pieces = lambda *raws: [Piece(r, 0, 0) for r in raws]
    >>> cands = {"penalty": [pieces("29", "74", "170"), pieces("2974", "17", "0"), pieces("297", "4", "170")]}
    >>> kept = {"penalty": [0, 1, 2]}
    >>> said = [Statement((("active", "penalty", "prev_items"),), 2974, -1, -1, "last year")]
    >>> _decided_alone("active", cands, {"penalty": ["prev_items", "change", "decisions"]}, kept, [], said), kept
    ({'penalty': (3, 'last year')}, {'penalty': [1]})
    """
    out: dict[str, tuple[int, str]] = {}
    if not statements:
        return out
    tied = {r for identity in identities for lhs, rhs in identity for r, _ in (*lhs, *rhs)}
    for s in statements:
        rows = {r for _, r, _ in s.cells}
        if len(rows) != 1 or any(t != table for t, _, _ in s.cells):
            continue
        r = rows.pop()
        if r in tied or len(kept.get(r, ())) < 2:
            continue
        agree = [i for i in kept[r]
                 if (vals := dict(zip(cols[r], _padded(candidates[r][i], len(cols[r])), strict=False)))
                 and all(vals.get(c) is not None for _, _, c in s.cells)
                 and sum(_num(vals[c]) for _, _, c in s.cells) == s.value]
        if agree:
            out[r] = (len(kept[r]), s.source)
            kept[r] = agree
    return out


def pick_layout(readings: RowReadings) -> Layout:
    """The layout of a row: with 小计 where it is the sum of the five organisation columns
    (right after 自然人 or right before 总计), else the template's columns. The variants' values are
    the row's, less the empty cells a spanned label printed before them.

    When the header shows where its 小计 is (one variant only, :func:`~textmine.tables.step3_readings._layouts`)
    and the row prints a number for every column of it, the row is read with 小计 there even when it
    is not the organisations' sum: that is the report's T3-C-sub, not a reason to drop one of its values."""
    default, *variants = readings.layouts
    shown = None
    for variant in variants:
        nums = [piece_value(Piece(t.raw, t.start, t.end)) for t in variant.values]
        if len(nums) != len(variant.cols) or any(n is None for n in nums):
            continue
        sub = variant.cols.index("org_subtotal")
        orgs = [n for c, n in zip(variant.cols, nums, strict=True) if c not in ("natural_person", "org_subtotal", "total")]
        if nums[sub] == sum(orgs):
            return variant
        shown = variant if len(variants) == 1 else None
    return shown or default


def rank_placements(template: str, table: str, layout: Layout) -> tuple[list[Placement], str]:
    """The placements of a row whose blank cells are not printed that fit, most likely first,
    and how far the row alone settles them.

    Fewest cells first: a run is only cut into more cells than printed tokens when no
    placement of the tokens as printed fits the row identity (T3-C: 总计 = the six applicant
    columns). Then the spacing of the line (when it shows the gaps); then, among several,
    the ones that fill the row's 总计 (totals are almost always filled), then left to right.
    The table identities choose among what is left (:func:`choose`).
    """
    cols, n = layout.cols, len(layout.cols)
    rule = row_rule(template, table)
    fits: list[Placement] = []
    for placement in layout.placements or ():
        if fits and len(placement.pieces) > len(fits[0].pieces):
            break  # placements come fewest cells first
        vals: list[Number] = [None] * n
        for pos, piece in zip(placement.at, placement.pieces, strict=True):
            vals[pos] = piece_value(piece)
        if rule(None, cols, vals):
            fits.append(placement)
    gaps = layout.gaps
    by_place = [p for p in fits if not p.split and p.at == layout.positions]
    if by_place:
        how = "the separators on the line" if gaps is not None and layout.positions else "the column positions on the page"
        return by_place, f"placed by {how} and the row identity"

    def interior(at: tuple[int, ...]) -> list[int]:
        return [b - a - 1 for a, b in itertools.pairwise(at)]

    by_gaps = [p for p in fits if not p.split and gaps is not None and interior(p.at) == gaps]
    if len(by_gaps) == 1:
        return by_gaps, "placed by the line's spacing and the row identity"
    if len(fits) == 1:
        return fits, "placed by the row identity"
    if by_gaps:
        return by_gaps, f"not settled ({len(by_gaps)} placements fit the spacing and identity)"
    if fits:
        total = cols.index("total") if "total" in cols else None
        left = tuple(range(len(fits[0].pieces)))
        order = sorted(range(len(fits)), key=lambda i: (total is not None and total not in fits[i].at,
                                                       fits[i].at != left, i))
        return [fits[i] for i in order], f"not settled ({len(fits)} placements fit the row identity)"
    whole = [Piece(t.raw, t.start, t.end) for t in layout.values]
    return [Placement(whole, tuple(range(len(whole))))], (
        "not settled (no placement fits the row identity): read left to right")


def _placed_pieces(placement: Placement, n: int) -> list[Piece]:
    pieces = [Piece("", -1, -1) for _ in range(n)]
    for pos, piece in zip(placement.at, placement.pieces, strict=True):
        pieces[pos] = piece
    return pieces


def _placed_note(placement: Placement, n: int, how: str) -> str:
    k = len(placement.pieces)
    empty = n - k
    run = "a digit run read as " if placement.split else ""
    return (f"{run}{k} value{'s' if k > 1 else ''} for {n} columns ({empty} empty cell{'s' if empty > 1 else ''} "
            f"not printed): positions {how}")


def score_readings(
    template: str, readings: TableReadings, *, statements: Sequence[Statement] = (), silent_blanks: bool = False
) -> dict[str, Choice]:
    """One :class:`~textmine.tables.records.Choice` per row of the region (table 四's single
    row under the key ``appeals``). ``silent_blanks``: the report's other tables show that it
    prints blank cells as nothing, so a run-together table 四 without a placeholder that fits no
    reading with every cell printed is read with one or two cells that printed nothing when
    such a reading fits (:func:`silent_blank_readings`), noted not settled.

    >>> from textmine.tables.records import Region, TableTokens
    >>> from textmine.tables.registry import get_template
    >>> from textmine.tables.step3_readings import enumerate_readings
    >>> from textmine.tables.step2_tokens import tokenise_text
    >>> text = "指标名称 计量单位 2011年度 历年累计 主动公开信息数 条 4251516"
    >>> region = Region(get_template("local").table("stats"), 0, len(text))
    >>> choice = score_readings("local", enumerate_readings(text, tokenise_text(text, region)))
    >>> [p.raw for p in choice["active_items"].pieces], choice["active_items"].note
    (['425', '1516'], 'digit run split by plausibility: 3 readings fit the identities')
    """
    table = readings.tokens.region.table
    if table.layout == "single_row":
        if not readings.single:
            return {}
        index, note = choose(template, table.key, {"appeals": readings.single}, {"appeals": readings.single_keys},
                             preferred=("appeals",) if readings.single_spaced else ())["appeals"]
        if readings.single_spaced and note is None:
            rule = row_rule(template, table.key)
            spaced = [c for c in readings.single if any(p.start < 0 for p in c)]
            fit = sum(1 for c in spaced if _holds(rule, "appeals", readings.single_keys, c, unsigned=True))
            if fit > 1:
                note = f"not settled ({fit} placements of the empty cells fit the line's spacing and identities)"
        elif not readings.single_spaced:
            blanked, tried_all = unprinted_blank_readings(template, table.key, readings.tokens.single,
                                                          readings.single_keys, readings.single)
            if blanked:
                return {"appeals": Choice(readings.single_keys, blanked[0], unprinted_blank_note(blanked))}
            rule = row_rule(template, table.key)
            if silent_blanks and tried_all and not any(_holds(rule, "appeals", readings.single_keys, c, unsigned=True)
                                                       for c in readings.single):
                silent = silent_blank_readings(readings.single_keys, readings.tokens.single)
                if silent:
                    return {"appeals": Choice(readings.single_keys, silent[0],
                                              f"{unprinted_blank_note(silent)}; {SILENT_HABIT}")}
            if not tried_all:  # the failure may be a cell that printed nothing: a doubt, not an error
                note = f"{note}; {UNTRIED_BLANKS}" if note else UNTRIED_BLANKS
        return {"appeals": Choice(readings.single_keys, readings.single[index], note)}
    layouts = {row.key: pick_layout(row) for row in readings.rows}
    plain = plain_choices(layouts)
    if plain is not None:
        return plain
    candidates: dict[str, list[list[Piece]]] = {}
    cols_of: dict[str, list[str]] = {}
    placed: dict[str, tuple[list[Placement], str]] = {}
    rule = row_rule(template, table.key)
    for row in readings.rows:
        layout = layouts[row.key]
        if layout.placements is not None:
            placed[row.key] = rank_placements(template, table.key, layout)
            cands = [_placed_pieces(p, len(layout.cols)) for p in placed[row.key][0]]
        elif layout.splits:
            cands = layout.splits
            hidden = _sparse_options(layout) if not any(_holds(rule, None, layout.cols, c)
                                                        for c in cands) else []
            if hidden:
                # no split into every column fits the row: its empty cells were not printed
                placed[row.key] = ([Placement([p for p in h if p.raw], tuple(i for i, p in enumerate(h) if p.raw),
                                              split=True) for h in hidden],
                                   f"not settled ({len(hidden)} readings with empty cells fit the row identity)")
                cands = hidden
        else:
            # too few digits to fill every column: read left to right, the rest blank
            cands = [[Piece(t.raw, t.start, t.end) for t in layout.values]]
        candidates[row.key] = cands
        cols_of[row.key] = layout.cols
    # empty cells not printed: the whole-table search reads the table, the row-by-row joint
    # choice only when that search finds nothing
    hidden = any(len(options) > 1 for options, _ in placed.values())
    picked = choose(template, table.key, candidates, cols_of, preferred=placed, statements=statements, joint=not hidden)
    sparse: dict[str, list[list[Piece]]] = {}
    repaired: dict[str, tuple[list[Piece], str]] = {}
    hold = _all_hold(template, table.key, {k: candidates[k][picked[k][0]] for k in candidates}, cols_of)
    if not hold:
        sparse = {
            row.key: options
            for row in readings.rows
            if row.key not in placed and (options := _sparse_options(layouts[row.key]))
        }
    if sparse or hidden:
        solved = solve_table(template, table.key, _options(template, table.key, candidates, cols_of, placed, sparse),
                             cols_of, statements=statements)
        if solved is None and hidden:
            picked = choose(template, table.key, candidates, cols_of, preferred=placed, statements=statements)
            hold = _all_hold(template, table.key, {k: candidates[k][picked[k][0]] for k in candidates}, cols_of)
        if solved is not None:
            repaired = solved
        elif not hold:
            repaired = _repair(template, table.key, candidates, cols_of, picked, sparse)
    out: dict[str, Choice] = {}
    for key, cands in candidates.items():
        index, note = picked[key]
        if key in repaired:
            pieces, how = repaired[key]
            blanks = key in placed or any(not p.raw for p in pieces)
            if not blanks and not how.startswith("digit run"):
                how = "digit run split by the table identities"
            out[key] = Choice(cols_of[key], pieces, how, placed=blanks)
        elif key in placed:
            options, how = placed[key]
            if note == "identities":
                how = f"placed by the table identities ({len(options)} placements fit the row identity)"
            note = _placed_note(options[index], len(cols_of[key]), how)
            out[key] = Choice(cols_of[key], cands[index], note, placed=True)
        else:
            out[key] = Choice(cols_of[key], cands[index], note)
    if not hold and not repaired:
        printed = {
            row.key: [Piece(t.raw, t.start, t.end) for t in layout.values]
            for row in readings.rows
            if row.key not in placed and (layout := layouts[row.key]).splits and not layout.hides_blanks
            and 0 < len(layout.values) < len(layout.cols) and layout.cols[-1] == "total"
        }
        for key in _blank_totals(template, table.key, {k: c.pieces for k, c in out.items()}, cols_of, printed):
            out[key] = Choice(cols_of[key], printed[key], BLANK_TOTAL_NOTE)
    others = {k: [*candidates[k], *sparse.get(k, ())] for k in candidates}
    loose = [k for k, c in out.items() if c.placed]
    for key in _doubtful(template, table.key, {k: c.pieces for k, c in out.items()}, others, cols_of, loose):
        choice = out[key]
        if any(p.split for p in choice.pieces) or choice.placed:
            choice.note = f"{choice.note}; {ANOTHER_READING}"
    # readings with empty cells not printed are only listed (``sparse``) when the table fails
    complete = {row.key for row in readings.rows
                if row.key in placed or not hold or not layouts[row.key].hides_blanks}
    for key, choice in out.items():
        if key in complete and (choice.placed or any(p.split for p in choice.pieces)):
            cut = len(sparse.get(key, ())) >= MAX_SPARSE_OPTIONS or len(candidates[key]) >= MAX_PLAN_KEPT
            choice.agreed = frozenset() if cut else agreed_columns(rule, key, choice.cols, choice.pieces, others[key])
    return out


def plain_choices(layouts: dict[str, Layout]) -> dict[str, Choice] | None:
    """The choices of a region whose every row has one reading, as printed: no digit run cut,
    no placement of values whose empty cells are not printed (each row's layout of
    :func:`pick_layout`, by row key). ``None`` when some row has another reading.

    The whole search of :func:`score_readings` picks the same then, whether the identities
    hold or not: every row keeps its one reading (a row of one reading is never tested), no
    note is due (nothing was split or placed), no row has a reading with empty cells not
    printed (only a cut run hides them) nor is read as printed with a blank 总计 (only a row cut
    to fill its columns is), and no reading is doubted (no row has another). So the search is
    skipped; ``tests/test_tables_plain.py`` compares both.

    >>> from textmine.tables.records import Token
    >>> toks = [Token("4", 0, 1, "value"), Token("5", 2, 3, "value")]
    >>> plain_choices({"a": Layout(["x", "y"], toks, [[Piece("4", 0, 1), Piece("5", 2, 3)]])})["a"].note is None
    True
    >>> plain_choices({"a": Layout(["x", "y"], toks[:1], [[Piece("4", 0, 1, True), Piece("5", 1, 2, True)]])})
    """
    out: dict[str, Choice] = {}
    for key, layout in layouts.items():
        if layout.placements is not None or layout.hides_blanks:
            return None
        splits = layout.splits
        if not splits:  # too few digits to fill every column: read left to right, the rest blank
            pieces = [Piece(t.raw, t.start, t.end) for t in layout.values]
        elif len(splits) == 1 and not any(p.split for p in splits[0]):
            pieces = splits[0]
        else:
            return None
        out[key] = Choice(layout.cols, pieces, None)
    return out


#: The note of a row printed with fewer cells than columns read as printed, its 总计 left blank.
BLANK_TOTAL_NOTE = ("row printed with fewer cells than the table has columns: read as printed, its last "
                    "cells (总计) left blank, which the table identities fit with each blank 总计 the sum of its row")


#: Most empty cells a run-together table 四 is read with when they printed nothing.
MAX_UNPRINTED_BLANKS = 2
#: Most readings with empty cells tested.
MAX_UNPRINTED_TRIED = 10000
#: Most splits of a row's digits (into the cells its numbers fill) for which empty cells are tried.
MAX_UNPRINTED_SPLITS = 20000
#: The statuses of a printed cell that holds no number (a placeholder: 无, —, /).
_PLACEHOLDER_STATUSES = ("dash", "none_word")


#: Said of table 四's cells when no reading fits and the readings with empty cells that printed
#: nothing were not all tried (an ``uncertain_notes`` marker of READING-UNCERTAIN in checks.yaml).
UNTRIED_BLANKS = ("count of cells not settled: the readings with a cell that printed nothing beside a placeholder "
                  "were not all tried")


def unprinted_blank_readings(
    template: str, table: str, tokens: Sequence[Token], keys: Sequence[str], readings: Sequence[Sequence[Piece]],
) -> tuple[list[list[Piece]], bool]:
    """Readings of a run-together table 四 (``keys``: its ``row:col`` cells in order) in which one
    or more cells printed nothing, when none of its ``readings`` with every cell printed fits the
    table's identities and the row prints a placeholder (无, —, /) among its values.

    A digit run split into cells holds as many cells as the table has columns only when every
    cell printed something; a table that writes an empty cell as 无 may also leave one empty, and
    a cell that printed nothing leaves no trace in a run (``…总计002262808008无000``: ten cells in
    the run, then an empty cell, then 无). So "no split fits" accuses the report only once the
    splits into fewer cells (up to :data:`MAX_UNPRINTED_BLANKS` empty ones) fail too. Readings
    that fit are listed fewest empty cells first, then those whose empty cells sit next to a
    placeholder or between two printed tokens (where a run ends) rather than inside a run, then
    by plausibility; ``[]`` when none fits (the report's error stands) or the row prints no
    placeholder (its count of cells is then the columns'). The flag: every reading with one or two
    empty cells was tried (``False`` when the row's digits allow too many: then the count of cells
    is not settled, and a failure on them is a doubt).

    >>> toks = [Token("002262808008", 0, 12, "value"), Token("无", 12, 13, "value"), Token("000", 13, 16, "value")]
    >>> keys = [f"{r}:{c}" for r in T4_ROWS for c in (*T4_PARTS, "total")]
    >>> [p.raw for p in unprinted_blank_readings("gov2021", "appeals", toks, keys, [])[0][0]]
    ['0', '0', '22', '6', '28', '0', '8', '0', '0', '8', '', '无', '0', '0', '0']
    >>> toks[0] = Token("002262809008", 0, 12, "value")  # 总计 9 = 0 + 8 + 0 + 0: no reading fits
    >>> unprinted_blank_readings("gov2021", "appeals", toks, keys, [])
    ([], True)

    A reading with empty cells still reads every printed value: fifteen tokens (one cell a line)
    fill the fifteen cells, so none printed nothing and a failed identity stays the report's.

    >>> raws = ["／"] * 5 + ["0"] * 5 + ["1", "0", "1", "0", "3"]  # 1 + 0 + 1 + 0 = 2, not 3
    >>> unprinted_blank_readings("gov2021", "appeals", [Token(r, 2 * i, 2 * i + 1, "value")
    ...                                                  for i, r in enumerate(raws)], keys, [])
    ([], True)
    """
    values = [t for t in tokens if t.kind == "value"]
    status = [_cell_status(t.raw) for t in values]
    if not any(s in _PLACEHOLDER_STATUSES for s in status) or not any(s == "number" for s in status):
        return [], True
    n = len(keys)
    digits = sum(len(re.sub(r"\D", "", t.raw)) for t in values)
    numbers = n - 1 - sum(1 for s in status if s != "number")  # the cells the digits fill with one empty
    if math.comb(max(0, digits - 1), max(0, numbers - 1)) > MAX_UNPRINTED_SPLITS:
        return [], False  # digits to spare for far more cells than columns: too many readings to try
    rule = row_rule(template, table)
    if any(_holds(rule, "appeals", keys, c, unsigned=True) for c in readings):
        return [], True
    found: list[tuple[tuple[int, int, tuple[int, int, int, int]], list[Piece]]] = []
    left, cut = MAX_UNPRINTED_TRIED, False
    for blanks in range(1, MAX_UNPRINTED_BLANKS + 1):
        if len(values) > n - blanks:
            continue  # more printed values than cells left: a reading would leave one unread
        slots = list(itertools.combinations(range(n), blanks))
        limit = left // len(slots)
        splits = split_candidates(values, n - blanks, limit=limit) if limit else []
        cut = cut or not limit or len(splits) >= limit
        left -= len(splits) * len(slots)
        for pieces in splits:
            for at in slots:
                src = iter(pieces)
                row = [Piece("", -1, -1) if j in at else next(src) for j in range(n)]
                if _holds(rule, "appeals", keys, row, unsigned=True):
                    found.append(((blanks, _blank_places(values, pieces, at), plausibility(pieces)), row))
        if found:
            break
    found.sort(key=lambda x: x[0])
    return [row for _, row in found], bool(found) or not cut


#: Said of table 四's cells read with cells that printed nothing in a row without a placeholder,
#: taken because the same report prints blank cells as nothing in its other tables.
SILENT_HABIT = "the report prints blank cells as nothing in its other tables"


def silent_blank_readings(keys: Sequence[str], tokens: Sequence[Token]) -> list[list[Piece]] | None:
    """Every reading of a run-together table 四 printed with digits only (no placeholder) in
    which one or two cells printed nothing and each row's 总计 is the sum of its four parts; the
    readings with the fewest empty cells, ordered as :func:`unprinted_blank_readings` orders
    them. The search is exhaustive (row by row, each 总计 is read as the sum its parts give), so
    ``[]`` means no such reading exists. ``None`` when the row is not of that shape (a value
    that is not plain digits, or not three rows of five cells), which this search does not read.

    Used only for a report that prints blank cells as nothing elsewhere (its other tables hold
    cells of status ``blank``): there a run that fits no reading with every cell printed may be
    a run with a silent empty cell, not an error of the report.

    >>> keys = [f"{r}:{c}" for r in T4_ROWS for c in (*T4_PARTS, "total")]
    >>> [p.raw for p in silent_blank_readings(keys, [Token("0022628080080000", 0, 16, "value")])[0]]
    ['0', '0', '22', '6', '28', '0', '8', '0', '0', '8', '0', '0', '0', '0', '']
    >>> silent_blank_readings(keys, [Token("55672674001100000", 0, 17, "value")])
    []
    """
    values = [t for t in tokens if t.kind == "value"]
    if not values or any(not t.raw.isascii() or not t.raw.isdigit() for t in values):
        return None
    if len(keys) != len(T4_ROWS) * (len(T4_PARTS) + 1):
        return None
    text = "".join(t.raw for t in values)
    where: list[int] = []  # the offset in the report of each digit of ``text``
    ends: set[int] = set()  # where a token ends: no cell runs across
    for t in values:
        where.extend(range(t.start, t.start + len(t.raw)))
        ends.add(len(where))
    n_parts = len(T4_PARTS)
    found: list[list[tuple[int, int]]] = []  # cells as (from, to) in ``text``; (i, i) printed nothing

    def cells_at(i: int) -> Iterable[tuple[int, int]]:
        # one printed number from ``i``: no leading zero, not across a token's end
        for j in range(i + 1, min(len(text), i + 9) + 1):
            if j - 1 > i and text[i] == "0":
                return
            yield i, j
            if j in ends:
                return

    def walk(i: int, row: int, blanks: int, acc: list[tuple[int, int]]) -> None:
        if row == len(T4_ROWS):
            if i == len(text) and blanks:
                found.append(list(acc))
            return
        parts: list[tuple[int, int]] = []

        def part(i: int, k: int, blanks: int) -> None:
            if k == n_parts:
                total = sum(int(text[a:b]) for a, b in parts if b > a)
                want = str(total)
                if text.startswith(want, i) and all(e <= i or e >= i + len(want) for e in ends):
                    walk(i + len(want), row + 1, blanks, [*acc, *parts, (i, i + len(want))])
                if total == 0 and blanks < MAX_UNPRINTED_BLANKS:
                    walk(i, row + 1, blanks + 1, [*acc, *parts, (i, i)])
                return
            if blanks < MAX_UNPRINTED_BLANKS:
                parts.append((i, i))
                part(i, k + 1, blanks + 1)
                parts.pop()
            for cell in cells_at(i) if i < len(text) else ():
                parts.append(cell)
                part(cell[1], k + 1, blanks)
                parts.pop()

        part(i, 0, blanks)

    walk(0, 0, 0, [])
    if not found:
        return []
    fewest = min(sum(1 for a, b in r if a == b) for r in found)
    rows = []
    for r in found:
        if sum(1 for a, b in r if a == b) != fewest:
            continue
        row = [Piece("", -1, -1) if a == b else Piece(text[a:b], where[a], where[b - 1] + 1, True) for a, b in r]
        printed = [p for p in row if p.raw]
        at = [j for j, p in enumerate(row) if not p.raw]
        rows.append(((_blank_places(values, printed, at), plausibility(printed)), row))
    rows.sort(key=lambda x: x[0])
    return [row for _, row in rows]


def _blank_places(values: Sequence[Token], pieces: Sequence[Piece], at: Sequence[int]) -> int:
    """Where the empty cells at slots ``at`` sit among the printed ``pieces``: per cell 0 beside a
    placeholder, 1 where two printed tokens meet (or at either end), 2 inside a digit run."""
    token = [next((k for k, t in enumerate(values) if t.start <= p.start < max(t.end, t.start + 1)), -1)
             for p in pieces]
    where = 0
    for k, j in enumerate(at):
        i = j - k  # the printed piece right after this empty cell
        if any(0 <= x < len(pieces) and _cell_status(pieces[x].raw) in _PLACEHOLDER_STATUSES for x in (i - 1, i)):
            continue
        where += 1 if i in (0, len(pieces)) or token[i - 1] != token[i] else 2
    return where


def unprinted_blank_note(readings: Sequence[Sequence[Piece]]) -> str:
    """The note of a run-together table 四 read with cells that printed nothing: not settled."""
    blanks = sum(1 for p in readings[0] if not p.raw)
    return (f"not settled ({len(readings)} readings with {blanks} empty cell{'s' if blanks > 1 else ''} printed as "
            f"nothing fit the identities; none with every cell printed does): a digit run split by plausibility")


@functools.lru_cache(maxsize=1024)
def _cell_status(raw: str) -> str:
    return read_cell(raw)[1]


def _implied_total(cols: Sequence[str], pieces: Sequence[Piece]) -> list[Number]:
    """The values of a row, a blank 总计 of a row with applicants taken as their sum (T3-C)."""
    vals = _padded(pieces, len(cols))
    where = _t3_positions(tuple(cols))
    if where is not None and vals[where[0]] is None and not all(_zero(vals[i]) for i in where[1]):
        vals[where[0]] = sum((_num(vals[i]) for i in where[1]), Decimal(0))
    return vals


def _blank_totals(template: str, table: str, chosen: dict[str, list[Piece]], cols: dict[str, list[str]],
                  printed: dict[str, list[Piece]]) -> set[str]:
    """Rows printed with fewer cells than columns whose digits the chosen reading cut to fill
    them, to read as printed instead, their 总计 left blank (a known habit: FORMAT.md, T3-C's
    blank total), when that makes every identity of the table hold with each blank 总计 taken
    as the sum of its row; rows are switched one at a time while the table gets closer to that.
    Empty when no such reading makes the whole table hold.

    >>> cols = {"a": ["natural_person", *T3_PARTS[1:], "total"]}  # 10 0 0 0 0 0 cut as 1 0 0 0 0 0 0
    >>> cut = [Piece("1", 0, 1, True), Piece("0", 1, 2, True), *[Piece("0", 3, 4)] * 5]
    >>> _blank_totals("gov2021", "requests", {"a": cut}, cols, {"a": [Piece("10", 0, 2), *[Piece("0", 3, 4)] * 5]})
    {'a'}
    """
    identities = column_identities(template, table)
    if not printed or not identities:
        return set()
    rule = row_rule(template, table)

    def measure(choice: dict[str, list[Piece]]) -> tuple[int, Decimal]:
        vals = {r: dict(zip(cols[r], _implied_total(cols[r], p), strict=False)) for r, p in choice.items()}
        get = lambda rc: vals.get(rc[0], {}).get(rc[1])  # noqa: E731
        holds = sum(1 for r in choice if rule(r, cols[r], list(vals[r].values())))
        gap = Decimal(0)
        for identity in identities:
            gaps = [abs(_total(get, lhs) - _total(get, rhs)) for lhs, rhs in identity]
            holds += all(g == 0 for g in gaps)
            gap += sum(gaps)
        return holds, -gap

    current, switched = dict(chosen), set()
    best = measure(current)
    for _ in range(MAX_PASSES):
        changed = False
        for r, pieces in printed.items():
            if r in switched:
                continue
            trial = dict(current, **{r: pieces})
            score = measure(trial)
            if score > best:
                current, best, changed = trial, score, True
                switched.add(r)
        if not changed:
            break
    return switched if best[0] == len(identities) + len(current) else set()


def agreed_columns(rule: RowRule, row: str, cols: list[str], chosen: list[Piece],
                   options: Sequence[list[Piece]]) -> frozenset[str]:
    """The columns the chosen reading of a row and every reading of it that its own identity
    allows give the same value: whatever the reading, those cells are what the report printed.
    Nothing is agreed when no reading fits the row (the readings listed are then a fallback, not
    all the row may hold), nor (the caller) when the readings were cut short.

    >>> rule = row_rule("gov2021", "requests")
    >>> cols = ["natural_person", *T3_PARTS[1:], "total"]
    >>> one = lambda at: [Piece("1", 0, 1, True) if i in (at, 6) else Piece("", -1, -1) for i in range(7)]
    >>> sorted(agreed_columns(rule, "granted", cols, one(0), [one(i) for i in range(6)]))
    ['total']
    """
    fit = [o for o in options if _holds(rule, row, cols, o)]
    if not fit:
        return frozenset()  # no reading fits the row: those listed are not all it may hold
    values = [_padded(o, len(cols)) for o in [chosen, *fit]]
    return frozenset(c for i, c in enumerate(cols) if len({v[i] for v in values}) == 1)


def row_options(template: str, readings: TableReadings) -> dict[str, list[dict[str, Number]]]:
    """Every reading of each row that its own rule allows (no negative count, the row identity),
    as ``{row: [{col: value}]}``: what a report's neighbour may weigh when this report's
    reading is open (:mod:`textmine.tables.evidence`).

    >>> from textmine.tables.records import Region
    >>> from textmine.tables.registry import get_template
    >>> from textmine.tables.step3_readings import enumerate_readings
    >>> from textmine.tables.step2_tokens import tokenise_text
    >>> text = "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可1230"
    >>> region = Region(get_template("gov2019").table("active"), 0, len(text))
    >>> opts = row_options("gov2019", enumerate_readings(text, tokenise_text(text, region)))["licensing"]
    >>> {"prev_items": 12, "change": 3, "decisions": 0} in opts, len(opts)
    (True, 3)
    """
    table = readings.tokens.region.table
    if table.layout == "single_row":
        return {}
    rule = row_rule(template, table.key)
    out: dict[str, list[dict[str, Number]]] = {}
    for row in readings.rows:
        layout = pick_layout(row)
        if layout.placements is not None:
            cands = [_placed_pieces(p, len(layout.cols)) for p in rank_placements(template, table.key, layout)[0]]
        elif layout.splits:
            cands = layout.splits
        else:
            cands = [[Piece(t.raw, t.start, t.end) for t in layout.values]]
        out[row.key] = [dict(zip(layout.cols, _padded(c, len(layout.cols)), strict=False))
                        for c in cands if _holds(rule, row.key, layout.cols, c, unsigned=True)]
    return out


def _options(
    template: str,
    table: str,
    candidates: dict[str, list[list[Piece]]],
    cols: dict[str, list[str]],
    placed: dict[str, tuple[list[Placement], str]],
    sparse: dict[str, list[list[Piece]]],
) -> dict[str, list[list[Piece]]]:
    """Every row's readings for the whole-table search, most plausible first: placements in
    their ranked order; splits by column roles and plausibility, then the readings with empty
    cells not printed."""
    role_of, per_count = _column_roles(template, table)
    out = {}
    for r, cands in candidates.items():
        if r in placed:
            out[r] = cands
            continue
        roles = tuple(role_of.get(c) for c in cols[r])
        ranked = sorted(cands, key=lambda c, roles=roles: plausibility(c, roles, per_count)) if len(cands) > 1 else cands
        out[r] = [*ranked, *sparse.get(r, ())]
    return out


def _all_hold(template: str, table: str, chosen: dict[str, list[Piece]], cols: dict[str, list[str]]) -> bool:
    """True when every row and column identity holds on the chosen readings."""
    rule = row_rule(template, table)
    if not all(_holds(rule, r, cols[r], p) for r, p in chosen.items()):
        return False
    identities = column_identities(template, table)
    if not identities:
        return True
    vals = {r: dict(zip(cols[r], _padded(p, len(cols[r])), strict=False)) for r, p in chosen.items()}
    get = lambda rc: vals.get(rc[0], {}).get(rc[1])  # noqa: E731
    return all(_total(get, lhs) == _total(get, rhs) for identity in identities for lhs, rhs in identity)


#: Said of a run whose reading fails an identity that another of its readings satisfies.
ANOTHER_READING = "another reading of this run would satisfy an identity this reading fails"


def _doubtful(
    template: str,
    table: str,
    chosen: dict[str, list[Piece]],
    options: dict[str, list[list[Piece]]],
    cols: dict[str, list[str]],
    loose: Collection[str] = (),
) -> set[str]:
    """Rows whose chosen reading fails a row or column identity that another of their
    readings (the others kept as they are) would satisfy; for rows in ``loose`` (empty cells
    not printed, their positions inferred), any joint placement of them that satisfies it."""
    rule = row_rule(template, table)
    out: set[str] = set()
    # only readings that satisfy their own row identity (when some do) are alternatives
    options = {
        r: ([o for o in opts if _holds(rule, r, cols[r], o)] or opts) if len(opts) > 1 else opts
        for r, opts in options.items()
    }
    if all(len(options[r]) < 2 for r in chosen):
        return out  # no row with another reading: nothing to doubt (both tests below ask for one)

    def value_of(choice: dict[str, list[Piece]], r: str, c: str) -> Number:
        if r not in choice or c not in cols[r]:
            return None
        pieces = choice[r]
        i = cols[r].index(c)
        return piece_value(pieces[i]) if i < len(pieces) else None

    def values_of(r: str, pieces: list[Piece]) -> dict[str, Number]:
        return dict(zip(cols[r], _padded(pieces, len(cols[r])), strict=False))

    chosen_values = {r: values_of(r, p) for r, p in chosen.items()}  # read once, not per identity

    def holds(identity: Identity, values: dict[str, dict[str, Number]]) -> bool:
        get = lambda rc: values[rc[0]].get(rc[1]) if rc[0] in values else None  # noqa: E731
        return all(_total(get, lhs) == _total(get, rhs) for lhs, rhs in identity)

    for r, pieces in chosen.items():
        if len(options[r]) > 1 and not _holds(rule, r, cols[r], pieces):
            if any(_holds(rule, r, cols[r], o) for o in options[r]):
                out.add(r)
    for identity in column_identities(template, table):
        rows = {r for lhs, rhs in identity for r, _ in lhs + rhs if r in chosen and len(options[r]) > 1}
        if not rows or holds(identity, chosen_values):
            continue  # no row with another reading: nothing to doubt, whether it holds or not
        unprinted = rows & set(loose)
        if len(identity) == 1 and unprinted and _reachable(identity[0], chosen, options, unprinted, value_of):
            out |= unprinted  # some placement of the unprinted empty cells satisfies the equation
            continue
        for r in rows - out:
            if any(holds(identity, dict(chosen_values, **{r: values_of(r, o)})) for o in options[r] if o is not chosen[r]):
                out.add(r)
    return out


#: Most partial sums tracked when asking whether any readings satisfy an equation.
MAX_SUMS = 100_000


def _reachable(
    equation: tuple[Cells, Cells],
    chosen: dict[str, list[Piece]],
    options: dict[str, list[list[Piece]]],
    rows: set[str],
    value_of: Callable[[dict[str, list[Piece]], str, str], Number],
) -> bool:
    """True when some choice of readings of ``rows`` (the others as chosen) makes ``lhs`` equal
    ``rhs``: the reachable differences are followed row by row."""
    lhs, rhs = equation

    def gap(choice: dict[str, list[Piece]], row: str | None) -> Decimal:
        side = lambda cells: sum(_num(value_of(choice, r, c)) for r, c in cells if row is None or r == row)  # noqa: E731
        return side(lhs) - side(rhs)

    fixed = gap({r: p for r, p in chosen.items() if r not in rows}, None)
    sums = {fixed}
    for r in sorted(rows):
        steps = {gap({r: o}, r) for o in options[r]}
        sums = {a + b for a in sums for b in steps}
        if len(sums) > MAX_SUMS:
            return False
    return Decimal(0) in sums


#: Most placements of a run's fewer-than-columns splits tried for one row.
MAX_SPARSE_OPTIONS = 300
#: Most passes of the repair over the rows.
MAX_PASSES = 6


def _sparse_options(layout: Layout) -> list[list[Piece]]:
    """Readings of a run-together row with empty cells not printed, as one piece per column
    (``""`` for an empty cell): only where the row has a 总计 column, which is then filled and
    equals the sum of the pieces before it (T3-C); the other pieces at any applicant columns."""
    cols = layout.cols
    if not layout.hides_blanks or "total" not in cols or cols[-1] != "total":
        return []
    n = len(cols)
    out: list[list[Piece]] = []
    for pieces in sparse_splits(layout):
        values = [piece_value(p) for p in pieces]
        if any(v is None for v in values) or values[-1] == 0 or values[-1] != sum(values[:-1]):
            continue
        for at in itertools.combinations(range(n - 1), len(pieces) - 1):
            row = [Piece("", -1, -1) for _ in range(n)]
            for pos, piece in zip(at, pieces[:-1], strict=True):
                row[pos] = piece
            row[-1] = pieces[-1]
            out.append(row)
            if len(out) >= MAX_SPARSE_OPTIONS:
                return out
    return out


def identity_gaps(
    identities: Sequence[Identity],
    get: Callable[[tuple[str, str]], Number],
    named: Sequence[frozenset[str]] = (),
    row: str | None = None,
    were: Sequence[tuple[bool, int | Decimal]] | None = None,
) -> list[tuple[bool, int | Decimal]]:
    """Whether each identity holds on the values ``get`` reads, and the sum of its equations' gaps
    (``|lhs - rhs|``). With ``were`` (the same of values that differ from these in ``row`` alone)
    and ``named`` (the rows each identity names), an identity that does not name ``row`` is
    taken from ``were``, not summed again.

    >>> ids = [[([("a", "x")], [("b", "x")])], [([("c", "x")], [("d", "x")])]]
    >>> v = {("a", "x"): 3, ("b", "x"): 1, ("c", "x"): 2, ("d", "x"): 2}
    >>> identity_gaps(ids, v.get)
    [(False, 2), (True, 0)]
    >>> v["a", "x"] = 1
    >>> identity_gaps(ids, v.get, [frozenset("ab"), frozenset("cd")], "a", [(False, 2), (True, 0)])
    [(True, 0), (True, 0)]
    """
    out: list[tuple[bool, int | Decimal]] = []
    for k, identity in enumerate(identities):
        if were is not None and row not in named[k]:
            out.append(were[k])
            continue
        gaps = [abs(_total(get, lhs) - _total(get, rhs)) for lhs, rhs in identity]
        out.append((all(g == 0 for g in gaps), sum(gaps)))
    return out


def _repair(
    template: str,
    table: str,
    candidates: dict[str, list[list[Piece]]],
    cols: dict[str, list[str]],
    picked: dict[str, tuple[int, str | None]],
    sparse: dict[str, list[list[Piece]]],
) -> dict[str, tuple[list[Piece], str]]:
    """When the chosen reading leaves identities of the whole table failing, read runs as
    holding empty cells that were not printed (``一、本年新收…数量33`` = 自然人 3, 总计 3) where
    that makes more identities hold: rows are changed one at a time, each change must raise
    the number of identities that hold, starting from the chosen reading. Returns the rows
    that changed, with their cells and note."""
    identities = column_identities(template, table)
    rule = row_rule(template, table)
    if not identities:
        return {}
    options = {
        r: ([c for c in candidates[r] if _holds(rule, r, cols[r], c)] or [candidates[r][picked[r][0]]])
        if len(candidates[r]) > 1 else [candidates[r][0]]
        for r in candidates
    }
    for r, extra in sparse.items():
        options[r] = options[r] + extra
    current = {r: candidates[r][picked[r][0]] for r in candidates}
    # each reading's values and whether its row identity holds, by row and reading (the readings
    # live as long as this call): a trial changes one row, the others are read once
    read: dict[tuple[str, int], tuple[dict[str, Number], bool]] = {}
    # the rows each identity names: a trial that changes one row leaves the others' equations as
    # they were for the current reading (their gaps are taken from it, not summed again)
    named = [frozenset(r for lhs, rhs in identity for r, _ in (*lhs, *rhs)) for identity in identities]

    def measure(choice: dict[str, list[Piece]], row: str | None = None,
                were: list[tuple[bool, int | Decimal]] | None = None,
                ) -> tuple[tuple[int, Decimal], list[tuple[bool, int | Decimal]]]:
        """(minus the summed gaps of the column equations, row and column identities that hold),
        and whether each identity holds with its summed gaps; ``were``, those of a choice that
        differs from this one in ``row`` alone (the identities that do not name it are the same)."""
        vals: dict[str, dict[str, Number]] = {}
        holds, gap = 0, Decimal(0)
        for r, p in choice.items():
            got = read.get((r, id(p)))
            if got is None:
                got = read[r, id(p)] = (dict(zip(cols[r], _padded(p, len(cols[r])), strict=False)),
                                        _holds(rule, r, cols[r], p))
            vals[r] = got[0]
            holds += got[1]
        get = lambda rc: vals.get(rc[0], {}).get(rc[1])  # noqa: E731
        each = identity_gaps(identities, get, named, row, were)
        for ok, summed in each:  # in the identities' order, as they were summed one by one
            holds += ok
            gap += summed
        return (-gap, holds), each

    best, current_each = measure(current)
    first = best
    if best[1] == len(identities) + len(current):
        return {}
    start = dict(current)
    for _ in range(MAX_PASSES):
        changed = False
        for r in options:
            for cand in options[r]:
                if cand is current[r]:
                    continue
                trial = dict(current, **{r: cand})
                score, each = measure(trial, r, current_each)
                if score > best:
                    current, best, current_each, changed = trial, score, each, True
        if not changed:
            break
    if best[1] <= first[1]:
        return {}  # no more identity holds: keep the reading chosen
    out: dict[str, tuple[list[Piece], str]] = {}
    for r, pieces in current.items():
        if pieces is start[r]:
            continue
        k = sum(1 for p in pieces if p.raw)
        n = len(cols[r])
        empty = n - k
        note = (f"a digit run read as {k} value{'s' if k > 1 else ''} for {n} columns ({empty} empty "
                f"cell{'s' if empty > 1 else ''} not printed): placed by the table identities "
                f"({best[1]} of {len(identities) + len(current)} hold)")
        out[r] = (pieces, note)
    return out


# --- the whole table at once ---------------------------------------------------------------

#: Said of a row whose cells several readings of the whole table leave open (also the marker
#: the rows placed row by row carry when nothing settles them): such cells may be wrong.
UNSETTLED = "not settled"
#: Most partial-sum states the whole-table search keeps per row before it gives up.
MAX_STATES = 20_000
#: Most steps (a partial sum extended by a reading) the whole-table search takes on one table.
MAX_WORK = 2_000_000
#: Most states of the first search over any columns (it only tells early that no table holds).
PRECHECK_STATES = 300
#: Most readings of one row the whole-table search weighs.
MAX_ROW_OPTIONS = 400


def unsettled_columns(note: str | None) -> set[str] | None:
    """The columns a whole-table note names as read otherwise by equally likely readings
    (``None`` when the note names none).

    >>> sorted(unsettled_columns("placed by …; reading not settled: 5 readings pass every identity (commercial, research differ)"))
    ['commercial', 'research']
    """
    m = re.search(r"\(([a-z_, ]+) differ\)", note or "")
    return set(m.group(1).split(", ")) if m else None


Vector = tuple[Number, ...]


def _zero(v: Number) -> bool:
    return v is None or v == 0


Gaps = tuple[Decimal, ...]


def _cheapest_path(layers: Sequence[Mapping[Any, tuple[int, Any, int]]], goal: Any) -> list[int]:
    """The reading of each row on the cheapest path to ``goal``, walked back through the search's
    ``layers`` (per row: state -> (cost, the state before, the reading taken)).

    >>> _cheapest_path([{0: (0, 0, -1)}, {2: (1, 0, 1)}, {0: (1, 2, 0)}], 0)
    [1, 0]
    """
    picked: list[int] = []
    state = goal
    for layer in reversed(layers[1:]):
        _, state, i = layer[state]
        picked.append(i)
    picked.reverse()
    return picked


class _Search:
    """The readings of every row of a table that make every identity hold at once.

    Each equation (lhs − rhs of a column identity, or a prose statement's cells − its number)
    gets a partial sum; a row's reading adds its cells to them (its ``deltas``). The search walks
    the rows keeping every reachable vector of partial sums (a dynamic programme over the rows)
    with the cheapest way to reach it: the readings that end at all zeros make every identity
    hold, and walking back from there gives, per row, every reading some such table uses.
    """

    def __init__(self, deltas: list[list[Gaps]], offset: Gaps, *, limit: int = MAX_STATES,
                 budget: list[int] | None = None) -> None:
        self.limit = limit
        self.budget = budget if budget is not None else [MAX_WORK]  # shared by the searches of a table
        live = [k for k in range(len(offset)) if any(d[k] for ds in deltas for d in ds)]
        self.dead_ok = all(offset[k] == 0 for k in range(len(offset)) if k not in live)
        self.deltas = [[tuple(d[k] for k in live) for d in ds] for ds in deltas]
        self.start = tuple(offset[k] for k in live)
        self.overflow = False  # set when the search grew too large to finish

    def run(self) -> tuple[list[int], list[set[int]]] | None:
        """The cheapest readings (option index per row) that make every equation hold, and per
        row the options some table that holds uses; ``None`` when none holds (or the search
        grows too large)."""
        if not self.dead_ok:
            return None
        packed = self._packed()
        if packed is None:
            return self._run_tuples()
        return self._run_packed(*packed)

    def _packed(self) -> tuple[list[list[int]], int, list[tuple[int, int]], int, int] | None:
        """The search's vectors of partial sums packed into one integer each, so that adding a
        reading is one integer addition: every value scaled to an integer, each equation a field
        of ``width`` bits holding its partial sum plus a bias (so it is never negative) under a
        guard bit. Returns the deltas, the start, per row the two constants that test the
        reach bounds (:meth:`_run_packed`), the goal and the guard mask; ``None`` when a sum
        could round in :class:`~decimal.Decimal` arithmetic (then the search adds tuples of
        decimals, exactly as written)."""
        values = {*self.start, *(x for ds in self.deltas for d in ds for x in d)}  # equal values once
        if not values or not all(isinstance(v, Decimal) and v.is_finite() for v in values):
            return None
        forms = {v: v.as_tuple() for v in values}
        shift = max(0, -min(int(exponent) for _, _, exponent in forms.values()))
        scaled = {}
        for v, (sign, digits, exponent) in forms.items():
            n = int("".join(map(str, digits)) or "0") * 10 ** (int(exponent) + shift)
            scaled[v] = -n if sign else n
        deltas = [[tuple(map(scaled.__getitem__, d)) for d in ds] for ds in self.deltas]
        start = [scaled[x] for x in self.start]
        n = len(start)
        # every partial sum on any path (and every sum the reach test forms) is within bound
        bound = max(abs(start[j]) + sum(max(abs(d[j]) for d in ds) for ds in deltas) for j in range(n))
        if 2 * bound >= 10 ** getcontext().prec:
            return None  # a decimal sum might round: keep the decimal search
        width = (2 * bound).bit_length() + 2
        guard = 1 << (width - 1)
        mask = sum(guard << (width * j) for j in range(n))

        def pack(v: Sequence[int], bias: int = 0) -> int:
            return sum((x + bias) << (width * j) for j, x in enumerate(v))

        lo = [0] * n
        hi = [0] * n
        tests = [(mask - pack(hi, bound), mask + pack(lo, bound))]
        for ds in reversed(deltas):
            lo = [a + min(d[j] for d in ds) for j, a in enumerate(lo)]
            hi = [b + max(d[j] for d in ds) for j, b in enumerate(hi)]
            tests.append((mask - pack([-b for b in hi], bound), mask + pack([-a for a in lo], bound)))
        tests.reverse()
        return ([[pack(d) for d in ds] for ds in deltas], pack(start, bound), tests,
                pack([0] * n, bound), mask)

    def _run_packed(self, deltas: list[list[int]], start: int, tests: list[tuple[int, int]],
                    goal: int, mask: int) -> tuple[list[int], list[set[int]]] | None:
        """:meth:`run` on packed vectors (:meth:`_packed`): the same states in the same order.
        A state ``s`` (fields ``x + bias``) can still reach zero when every field lies within
        ``bias − hi ≤ x + bias ≤ bias − lo``: ``s + (guard − (bias − hi))`` and
        ``(guard + (bias − lo)) − s`` keep every guard bit set exactly then.

        Readings of a row that add the same to every equation (they differ in cells no
        identity ties) are tried once, as the first of them: a later one reaches the same state
        from the same state at a higher cost, right after it, so it never wins nor adds a state.
        They count in the work all the same, and each is used when the first is."""
        alike: list[dict[int, list[int]]] = []
        for row in deltas:
            same: dict[int, list[int]] = {}
            for i, d in enumerate(row):
                same.setdefault(d, []).append(i)
            alike.append(same)
        layers: list[dict[int, tuple[int, int, int]]] = [{start: (0, start, -1)}]
        for k, row in enumerate(deltas):
            above, below = tests[k + 1]
            self.budget[0] -= len(layers[-1]) * len(row)
            if self.budget[0] < 0:
                self.overflow = True
                return None
            nxt: dict[int, tuple[int, int, int]] = {}
            get = nxt.get
            options = [(i[0], d) for d, i in alike[k].items()]
            for state, (cost, _, _) in layers[-1].items():
                for i, d in options:
                    s = state + d
                    old = get(s)
                    if old is not None:
                        if cost + i < old[0]:
                            nxt[s] = (cost + i, state, i)
                    elif (s + above) & mask == mask and (below - s) & mask == mask:
                        nxt[s] = (cost + i, state, i)  # the rows left can still bring it to zero
            if len(nxt) > self.limit:
                self.overflow = True
                return None
            layers.append(nxt)
        if goal not in layers[-1]:
            return None
        picked = _cheapest_path(layers, goal)
        used: list[set[int]] = [set() for _ in deltas]
        good = {goal}
        for k in range(len(deltas) - 1, -1, -1):
            before = set()
            for state in layers[k]:
                for d, same in alike[k].items():
                    if state + d in good:
                        before.add(state)
                        used[k].update(same)
            good = before
        return picked, used

    def _run_tuples(self) -> tuple[list[int], list[set[int]]] | None:
        """:meth:`run` adding tuples of decimals (when :meth:`_packed` cannot pack them)."""
        reach = self._reach()
        layers: list[dict[Gaps, tuple[int, Gaps, int]]] = [{self.start: (0, self.start, -1)}]
        for k, deltas in enumerate(self.deltas):
            lo, hi = reach[k + 1]
            self.budget[0] -= len(layers[-1]) * len(deltas)
            if self.budget[0] < 0:
                self.overflow = True
                return None
            nxt: dict[Gaps, tuple[int, Gaps, int]] = {}
            for state, (cost, _, _) in layers[-1].items():
                for i, d in enumerate(deltas):
                    s = tuple(a + b for a, b in zip(state, d, strict=True))
                    if s in nxt:
                        if cost + i < nxt[s][0]:
                            nxt[s] = (cost + i, state, i)
                    elif all(x + a <= 0 <= x + b for x, a, b in zip(s, lo, hi, strict=True)):
                        nxt[s] = (cost + i, state, i)  # the rows left can still bring it to zero
            if len(nxt) > self.limit:
                self.overflow = True
                return None
            layers.append(nxt)
        goal = tuple(Decimal(0) for _ in self.start)
        if goal not in layers[-1]:
            return None
        return _cheapest_path(layers, goal), self._used(layers, goal)

    def _reach(self) -> list[tuple[Gaps, Gaps]]:
        """Per row, the least and the most the rows from it on can add to each partial sum."""
        zero = tuple(Decimal(0) for _ in self.start)
        out = [(zero, zero)]
        for deltas in reversed(self.deltas):
            lo, hi = out[-1]
            out.append((tuple(a + min(d[j] for d in deltas) for j, a in enumerate(lo)),
                        tuple(b + max(d[j] for d in deltas) for j, b in enumerate(hi))))
        return out[::-1]

    def _used(self, layers: list[dict[Gaps, tuple[int, Gaps, int]]], goal: Gaps) -> list[set[int]]:
        """Per row, the options on some path that ends at ``goal``."""
        used: list[set[int]] = [set() for _ in self.deltas]
        good = {goal}
        for k in range(len(self.deltas) - 1, -1, -1):
            before = set()
            for state in layers[k]:
                for i, d in enumerate(self.deltas[k]):
                    if tuple(a + b for a, b in zip(state, d, strict=True)) in good:
                        before.add(state)
                        used[k].add(i)
            good = before
        return used


def _cells_by_row(equations: list[tuple[Cells, Cells, Decimal]]) -> dict[str, list[tuple[int, str, int]]]:
    """Each row's cells in ``equations`` as ``(equation index, column, sign)``, in equation order
    (lhs before rhs): what :func:`_row_deltas` adds, gathered in one pass over the equations
    instead of one pass per row.

    >>> _cells_by_row([([("a", "x")], [("b", "x"), ("a", "y")], Decimal(0))])
    {'a': [(0, 'x', 1), (0, 'y', -1)], 'b': [(0, 'x', -1)]}
    """
    out: dict[str, list[tuple[int, str, int]]] = {}
    for k, (lhs, rhs, _) in enumerate(equations):
        for side, sign in ((lhs, 1), (rhs, -1)):
            for r, c in side:
                out.setdefault(r, []).append((k, c, sign))
    return out


def _row_deltas(vectors: list[Vector], cols: list[str], cells: Sequence[tuple[int, str, int]],
                n_equations: int) -> list[Gaps]:
    """What each reading of a row adds to each equation's lhs − rhs; ``cells`` are the row's
    (:func:`_cells_by_row`)."""
    pos = {c: i for i, c in enumerate(cols)}
    terms = [(k, pos[c], sign) for k, c, sign in cells if c in pos]
    out = []
    for vector in vectors:
        gaps = [Decimal(0)] * n_equations
        for k, i, sign in terms:
            if vector[i]:
                gaps[k] += sign * _num(vector[i])
        out.append(tuple(gaps))
    return out


def _equations(template: str, table: str, cols: dict[str, list[str]],
               statements: Sequence[Statement]) -> tuple[list[tuple[Cells, Cells, Decimal]], list[tuple[Cells, Cells, Decimal]]]:
    """The table's column identities as equations ``lhs − rhs = const``, and the report's own
    statements about cells of rows it prints (``cells = value``)."""
    identities = [(lhs, rhs, Decimal(0)) for identity in column_identities(template, table) for lhs, rhs in identity]
    said = [([(r, c) for _, r, c in s.cells], [], Decimal(s.value)) for s in _statements_of(table, cols, statements)]
    return identities, said  # type: ignore[return-value]


def _statements_of(table: str, cols: dict[str, list[str]], statements: Sequence[Statement]) -> list[Statement]:
    """The statements :func:`_equations` turns into equations, in the same order."""
    return [s for s in statements if all(t == table and r in cols and c in cols[r] for t, r, c in s.cells)]


def _supports(parts: Sequence[str], required: set[str]) -> list[list[frozenset[str]]]:
    """Sets of applicant columns a table's counts may fill, grouped most likely first: fewest
    columns (the rare 法人或其他组织 columns are mostly empty), with 自然人 before without; the
    sets of a group are equally likely (in column order)."""
    groups: dict[tuple[int, bool], list[frozenset[str]]] = {}
    free = [p for p in parts if p not in required]
    for k in range(len(free) + 1):
        for extra in itertools.combinations(free, k):
            s = frozenset(required) | frozenset(extra)
            if s:
                groups.setdefault((len(s), parts[0] not in s), []).append(s)
    return [groups[k] for k in sorted(groups)]


def solve_table(
    template: str,
    table: str,
    options: dict[str, list[list[Piece]]],
    cols: dict[str, list[str]],
    *,
    statements: Sequence[Statement] = (),
) -> dict[str, tuple[list[Piece], str]] | None:
    """The readings of the whole table that make every identity hold (FORMAT.md §3.1, T3-A/B/C).

    ``options`` lists every row's candidate readings, most plausible first. The identities are
    required of the whole table at once (not row by row); among the tables that satisfy them,
    the one that agrees with the report's own ``statements`` (收到申请33件), then — for table
    三 — the one that fills the fewest applicant columns (with 自然人 among them), then the most
    plausible. Rows that tables as likely as the chosen one read otherwise are noted as
    :data:`UNSETTLED`, naming the columns that differ.

    Returns ``{row: (pieces, note)}`` for every row with more than one reading, or ``None`` when
    no reading makes every identity hold (the caller then repairs what it can).
    """
    rule = row_rule(template, table)
    vectors: dict[str, list[Vector]] = {}
    source: dict[str, list[list[Piece]]] = {}
    for r, opts in options.items():
        seen: dict[Vector, list[Piece]] = {}
        for o in opts:
            vals = tuple(_padded(o, len(cols[r])))
            if vals in seen or not all(v is None or v >= 0 for c, v in zip(cols[r], vals, strict=False)
                                       if c != "change") or not rule(r, cols[r], vals):
                continue
            seen[vals] = o
            if len(seen) >= MAX_ROW_OPTIONS:
                break
        if not seen:
            return None
        vectors[r], source[r] = list(seen), list(seen.values())
    identities, said_all = _equations(template, table, cols, statements)
    if not identities:
        return None
    kept = [(eq, s) for eq, s in zip(said_all, _statements_of(table, cols, statements), strict=True)
            if not _settled_against(eq, vectors, cols)]
    parts = T3_PARTS if table == "requests" else ()
    # the identities with every statement, then with the report's own only, then alone
    tiers = [kept, [(eq, s) for eq, s in kept if s.source == OWN_STATEMENT], []]
    found = None
    used: list[tuple[tuple[Cells, Cells, Decimal], Statement]] = []
    for tier in [t for i, t in enumerate(tiers) if not i or t != tiers[i - 1]]:
        found = _search_supports(vectors, cols, [*identities, *(eq for eq, _ in tier)], parts)
        if found:
            used = tier
            break
    if not found:
        return None
    chosen, readings, how = found
    told = sorted({s.source for (lhs, _, _), s in used if any(len(vectors[r]) > 1 for r, _ in lhs)})
    out: dict[str, tuple[list[Piece], str]] = {}
    for r, index in chosen.items():
        if len(vectors[r]) < 2:
            continue
        pieces = source[r][index]
        note = _whole_note(pieces, len(cols[r]), " and ".join([how, *told]))
        if len(readings[r]) > 1:
            differ = [c for i, c in enumerate(cols[r]) if len({v[i] for v in readings[r]}) > 1]
            note += f"; reading {UNSETTLED}: {len(readings[r])} readings pass every identity ({', '.join(differ)} differ)"
        out[r] = (pieces, note)
    return out


def _settled_against(equation: tuple[Cells, Cells, Decimal], vectors: dict[str, list[Vector]],
                     cols: dict[str, list[str]]) -> bool:
    """True when a statement is only about cells that have one reading, and they disagree with
    it (the prose counts something else): it is no evidence about the open readings."""
    lhs, _, value = equation
    if any(len(vectors[r]) > 1 for r, _ in lhs):
        return False
    return sum((_num(vectors[r][0][cols[r].index(c)]) for r, c in lhs), Decimal(0)) != value


def _whole_note(pieces: Sequence[Piece], n: int, how: str) -> str:
    k = sum(1 for p in pieces if p.raw)
    if k == n:
        return f"digit run split by {how}"
    empty = n - k
    run = "a digit run read as " if any(p.split for p in pieces) else ""
    return (f"{run}{k} value{'s' if k > 1 else ''} for {n} columns ({empty} empty "
            f"cell{'s' if empty > 1 else ''} not printed): placed by {how}")


def _search_supports(
    vectors: dict[str, list[Vector]],
    cols: dict[str, list[str]],
    equations: list[tuple[Cells, Cells, Decimal]],
    parts: Sequence[str],
) -> tuple[dict[str, int], dict[str, set[Vector]], str] | None:
    """The cheapest table that satisfies ``equations`` (option index per row), every reading of
    each row used by an equally likely table, and how the table was settled."""
    cells = _cells_by_row(equations)
    deltas = {r: _row_deltas(vs, cols[r], cells.get(r, ()), len(equations)) for r, vs in vectors.items()}
    const = tuple(-c for _, _, c in equations)
    budget = [MAX_WORK]
    found = _search(vectors, cols, deltas, const, None, limit=MAX_STATES if not parts else PRECHECK_STATES,
                    budget=budget)
    if found is None:
        return None  # no table satisfies them: neither does one that fills fewer columns
    if not parts and found:
        chosen, used = found
        return chosen, {r: {vectors[r][i] for i in used[r]} for r in used}, "the whole table's identities"
    required = {c for r, vs in vectors.items() if len(vs) == 1 for c in parts
                if c in cols[r] and not _zero(vs[0][cols[r].index(c)])}
    for group in _supports(parts, required):
        hits = [f for s in group if (f := _search(vectors, cols, deltas, const, s, budget=budget))]
        if budget[0] < 0:
            return None  # too large a table to search: the caller repairs what it can
        if hits:
            readings: dict[str, set[Vector]] = {r: set() for r in vectors}
            for _, used in hits:
                for r, idx in used.items():
                    readings[r] |= {vectors[r][i] for i in idx}
            # the fewest columns is the genre's likeliest reading, not proof: a table that fills
            # other applicant columns and passes as well leaves the cells it reads otherwise open
            for r, idx in swapped_readings(deltas, hits[0][0]).items():
                readings[r] |= {vectors[r][i] for i in idx}
            return hits[0][0], readings, "the whole table's identities (fewest applicant columns filled)"
    return None


def swapped_readings(deltas: dict[str, list[Gaps]], chosen: dict[str, int]) -> dict[str, set[int]]:
    """The readings of rows that another table passing every equation uses, where it differs
    from the ``chosen`` one (option index per row) in one row or in two: a reading that changes
    no equation, or two readings of two rows whose changes cancel (a count moved from one
    applicant column to another in two rows the identities tie, such as 上年结转 and 结转下年度).

    >>> d = {"a": [(Decimal(4), Decimal(0)), (Decimal(0), Decimal(4))], "b": [(Decimal(-4), Decimal(0)), (Decimal(0), Decimal(-4))]}
    >>> swapped_readings(d, {"a": 0, "b": 0})
    {'a': {1}, 'b': {1}}
    """
    out: dict[str, set[int]] = {}
    changes: dict[Gaps, list[tuple[str, int]]] = {}
    for r, ds in deltas.items():
        base = ds[chosen[r]]
        for i, d in enumerate(ds):
            if i == chosen[r]:
                continue
            change = tuple(a - b for a, b in zip(d, base, strict=True))
            if not any(change):
                out.setdefault(r, set()).add(i)
            else:
                changes.setdefault(change, []).append((r, i))
    for change, firsts in changes.items():
        for r2, i2 in changes.get(tuple(-x for x in change), ()):
            for r1, i1 in firsts:
                if r1 != r2:
                    out.setdefault(r1, set()).add(i1)
                    out.setdefault(r2, set()).add(i2)
    return out


def _search(
    vectors: dict[str, list[Vector]],
    cols: dict[str, list[str]],
    deltas: dict[str, list[Gaps]],
    const: Gaps,
    support: frozenset[str] | None,
    *,
    limit: int = MAX_STATES,
    budget: list[int] | None = None,
) -> tuple[dict[str, int], dict[str, set[int]]] | tuple[()] | None:
    """:class:`_Search` over the readings that fill only the columns of ``support`` (``None``:
    any); returns the chosen option per row and the options some satisfying table uses (indices
    into ``vectors``), ``None`` when no such table satisfies the equations and ``()`` when the
    search grew too large to tell."""
    keep: dict[str, list[int]] = {}
    for r, vs in vectors.items():
        outside = [i for i, c in enumerate(cols[r]) if support is not None and c in T3_PARTS and c not in support]
        keep[r] = [k for k, v in enumerate(vs) if all(_zero(v[i]) for i in outside)]
        if not keep[r]:
            return None
    rows = [r for r in vectors if len(keep[r]) > 1]
    offset = list(const)
    for r in vectors:
        if len(keep[r]) == 1:
            offset = [a + b for a, b in zip(offset, deltas[r][keep[r][0]], strict=True)]
    search = _Search([[deltas[r][k] for k in keep[r]] for r in rows], tuple(offset), limit=limit, budget=budget)
    result = search.run()
    if result is None:
        return () if search.overflow else None
    picked, used = result
    chosen = {r: keep[r][0] for r in vectors}
    used_of = {r: {keep[r][0]} for r in vectors}
    for r, i, u in zip(rows, picked, used, strict=True):
        chosen[r] = keep[r][i]
        used_of[r] = {keep[r][j] for j in u}
    return chosen, used_of
