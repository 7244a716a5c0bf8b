"""Stage 4: score the candidate readings and pick one per row — the one place where readings
are judged.

Judged, in order: the column layout (a printed 小计 is the sum of the organisations), the
positions of values whose blank cells are not printed (the line's spacing and the row
identity), and the split of digit runs. A row printed as ``270020130`` can be read as 27|0|0|2|0|1|30 or 2|7|0|0|20|1|30; the row
identity (总计 = sum of the applicant columns, T3-C) and the column identities of FORMAT.md
§3.1 (T3-A, T3-B) pick one. When identities leave several readings, the most plausible one
(short, balanced numbers; larger counts in the first columns) is taken and reported as such.

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
from collections.abc import Callable, Sequence
from decimal import Decimal

from textmine.tables.cells import split_unit, to_value
from textmine.tables.records import Choice, Layout, Piece, RowReadings, TableReadings
from textmine.tables.registry import get_template

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


def piece_value(piece: Piece) -> Number:
    """The number a piece holds (unit suffix removed), or ``None``."""
    return _raw_value(piece.raw)


@functools.lru_cache(maxsize=65536)
def _raw_value(raw: str) -> Number:
    return to_value(split_unit(raw)[0])


def _padded(pieces: Sequence[Piece], n: int) -> list[Number]:
    vals: list[Number] = [piece_value(p) for p in pieces[:n]]
    return vals + [None] * (n - len(vals))


def _num(v: Number) -> Decimal:
    return Decimal(0) if v is None else Decimal(v)


def _requests_rule(row: str | None, cols: Sequence[str], values: Sequence[Number]) -> bool:
    pos = {c: i for i, c in enumerate(cols)}
    if "total" not in pos or not all(p in pos for p in T3_PARTS):
        return True
    return _num(values[pos["total"]]) == sum(_num(values[pos[p]]) for p in T3_PARTS)


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


def column_identities(template: str, table: str) -> list[Identity]:
    """Identities across rows used to pick joint splits.

    Each identity is a list of equations ``(lhs cells, rhs cells)`` that must all hold; the
    soft identities of local tables count only when they hold in both columns, so that small
    numbers cannot satisfy them by chance.
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


def plausibility(pieces: Sequence[Piece], roles: Sequence[str | None] = ()) -> tuple[int, int, int, int]:
    """Lower is more plausible: column roles first (a ``stock`` column is not smaller than the
    row's other counts, a ``small`` column is short), then short balanced numbers, weight on
    the first columns.
    """
    lengths = [len(p.raw.lstrip("+-").split(".")[0].rstrip("万元个")) for p in pieces]
    role_penalty = 0
    if any(roles):
        values = [_num(piece_value(p)) for p in pieces]
        for i, role in enumerate(roles[: len(pieces)]):
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


def choose(
    template: str,
    table: str,
    candidates: dict[str, list[list[Piece]]],
    cols: dict[str, list[str]],
) -> dict[str, tuple[int, str | None]]:
    """Pick one candidate per row; returns ``{row: (index, note)}``.

    ``note`` is ``None`` for rows that had one reading; otherwise it says whether the
    identities settled the split or the most plausible reading was taken.
    """
    table_rule = row_rule(template, table)
    role_of = {c.key: c.role for t in get_template(template).tables if t.key == table for c in t.columns}

    def plaus(row: str, i: int) -> tuple[int, int, int, int]:
        return plausibility(candidates[row][i], tuple(role_of.get(c) for c in cols[row]))

    def rule(row: str | None, cs: Sequence[str], vals: Sequence[Number]) -> bool:
        # counts are never negative; only 本年增/减 (change) carries a sign
        signed_ok = all(v is None or v >= 0 for c, v in zip(cs, vals, strict=False) if c != "change")
        return signed_ok and table_rule(row, cs, vals)

    kept: dict[str, list[int]] = {}
    for row, cands in candidates.items():
        ok = [i for i, c in enumerate(cands) if rule(row, cols[row], _padded(c, len(cols[row])))]
        kept[row] = ok or list(range(len(cands)))
    identities = column_identities(template, table)
    multi = [r for r in kept if len(kept[r]) > 1]
    values = {
        r: {i: dict(zip(cols[r], _padded(candidates[r][i], len(cols[r])), strict=False)) for i in kept[r]}
        for r in kept
    }

    def score(choice: dict[str, int]) -> int:
        total = 0
        get = lambda rc: values[rc[0]][choice[rc[0]]].get(rc[1]) if rc[0] in choice else None  # noqa: E731
        for identity in identities:
            cells = [x for lhs, rhs in identity for x in lhs + rhs]
            if not any(r in multi for r, _ in cells):
                continue
            if all(sum(_num(get(x)) for x in lhs) == sum(_num(get(x)) for x in rhs) for lhs, rhs in identity):
                total += 1
        return total

    base = {r: min(kept[r], key=lambda i, r=r: plaus(r, i)) for r in kept}
    best_choice = dict(base)
    unique = True
    if multi and identities:
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
        if not split:
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


def pick_layout(readings: RowReadings) -> Layout:
    """The layout of a row: with 小计 where it is the sum of the five organisation columns
    (right after 自然人 or right before 总计), else the template's columns."""
    default, *variants = readings.layouts
    if variants:
        nums = [piece_value(Piece(t.raw, t.start, t.end)) for t in readings.tokens.values]
        if len(nums) == 8 and all(n is not None for n in nums):
            if nums[1] == sum(nums[2:7]):
                return variants[0]
            if nums[6] == sum(nums[1:6]):
                return variants[1]
    return default


def choose_placement(template: str, table: str, layout: Layout) -> tuple[list[Piece], str]:
    """Put ``len(values) < len(cols)`` values of a row whose empty cells are not printed into
    columns: the spacing of the line (when it shows the gaps), then the row identity (T3-C:
    总计 = the six applicant columns) settle the positions; when they do not, the values are
    read left to right. The note says which; the cells are always marked inferred."""
    cols, values = layout.cols, layout.values
    n, k = len(cols), len(values)
    rule = row_rule(template, table)
    fits: list[tuple[int, ...]] = []
    for combo in layout.placements or ():
        vals: list[Number] = [None] * n
        for pos, tok in zip(combo, values, strict=True):
            vals[pos] = piece_value(Piece(tok.raw, tok.start, tok.end))
        if rule(None, cols, vals):
            fits.append(combo)
    gaps = layout.gaps

    def interior(combo: tuple[int, ...]) -> list[int]:
        return [b - a - 1 for a, b in itertools.pairwise(combo)]

    by_gaps = [c for c in fits if gaps is not None and interior(c) == gaps]
    empty = n - k
    if len(by_gaps) == 1:
        combo, how = by_gaps[0], "placed by the line's spacing and the row identity"
    elif len(fits) == 1:
        combo, how = fits[0], "placed by the row identity"
    elif by_gaps:
        combo, how = by_gaps[0], f"not settled ({len(by_gaps)} placements fit the spacing and identity)"
    elif fits:
        combo = tuple(range(k)) if tuple(range(k)) in fits else fits[0]
        how = f"not settled ({len(fits)} placements fit the row identity)"
    else:
        combo, how = tuple(range(k)), "not settled (no placement fits the row identity): read left to right"
    pieces = [Piece("", -1, -1) for _ in range(n)]
    for pos, tok in zip(combo, values, strict=True):
        pieces[pos] = Piece(tok.raw, tok.start, tok.end)
    note = f"{k} value{'s' if k > 1 else ''} for {n} columns ({empty} empty cell{'s' if empty > 1 else ''} not printed): positions {how}"
    return pieces, note


def score_readings(template: str, readings: TableReadings) -> dict[str, Choice]:
    """One :class:`~textmine.tables.records.Choice` per row of the region (table 四's single
    row under the key ``appeals``).

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
        index, note = choose(template, table.key, {"appeals": readings.single}, {"appeals": readings.single_keys})["appeals"]
        return {"appeals": Choice(readings.single_keys, readings.single[index], note)}
    candidates: dict[str, list[list[Piece]]] = {}
    cols_of: dict[str, list[str]] = {}
    placed: dict[str, str] = {}
    for row in readings.rows:
        layout = pick_layout(row)
        if layout.placements is not None:
            pieces, placed[row.key] = choose_placement(template, table.key, layout)
            cands = [pieces]
        elif layout.splits:
            cands = layout.splits
        else:
            # too few digits to fill every column: read left to right, the rest blank
            cands = [[Piece(t.raw, t.start, t.end) for t in layout.values]]
        candidates[row.key] = cands
        cols_of[row.key] = layout.cols
    picked = choose(template, table.key, candidates, cols_of)
    out: dict[str, Choice] = {}
    for key, cands in candidates.items():
        index, note = picked[key]
        if key in placed:
            out[key] = Choice(cols_of[key], cands[index], placed[key], placed=True)
        else:
            out[key] = Choice(cols_of[key], cands[index], note)
    return out
