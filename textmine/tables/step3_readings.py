"""Stage 3: every candidate reading of a region's rows.

A row printed as ``270020130`` under seven columns can be read as 27|0|0|2|0|1|30 or
2|7|0|0|20|1|30 and a hundred other ways: :func:`split_candidates` lists every way digit runs
make ``n`` cells (no leading zeros). A row with an optional column printed (小计) has one
:class:`~textmine.tables.records.Layout` per place that column can take; a space-separated row
with fewer values than columns (blank cells invisible) lists the positions its values can take.
Nothing is chosen here: :mod:`textmine.tables.step4_scoring` picks.

Example:
    >>> from textmine.tables.records import Token
    >>> toks = [Token("4251516", 0, 7, "value")]
    >>> [[p.raw for p in c] for c in split_candidates(toks, 2)][:2]
    [['4', '251516'], ['42', '51516']]
"""

from __future__ import annotations

import functools
import itertools
import operator
import re

from textmine.tables.positions import column_positions
from textmine.tables.records import (
    Layout,
    Piece,
    Placement,
    RowReadings,
    RowTokens,
    TableReadings,
    TableTokens,
    Token,
)
from textmine.tables.registry import TableSpec, cell_words, match_key

#: Most placements of a short row's values tried (combinations of blank positions).
MAX_PLACEMENTS = 5000


def enumerate_readings(text: str, tokens: TableTokens) -> TableReadings:
    """The candidate readings of every row of a tokenised region.

    Rows of an optional template row that print no value are left out (they are not printed).
    """
    table = tokens.region.table
    out = TableReadings(tokens)
    if table.layout == "single_row":
        out.single_keys = [f"{r.key}:{c.key}" for r in table.rows for c in table.row_columns(r)]
        values = [t for t in tokens.single if t.kind == "value"]
        head = text[tokens.region.start: values[0].start] if values else ""
        totals = header_totals_only(head, table)
        if totals and len(values) == len(totals):  # each group printed as its 总计 alone
            out.single_keys = totals
            out.single = [[Piece(t.raw, t.start, t.end) for t in values]]
            return out
        out.single = _single_row_candidates(table, tokens.single, len(out.single_keys), text=text)
        out.single_spaced = bool(out.single) and any(p.start < 0 for p in out.single[0])
        return out
    rows: dict[str, RowReadings] = {}
    tabs_shown = spaces_shown = ends_kept = False
    at: dict[int, tuple[int, ...]] = {}
    if any(_short(table, row) for row in tokens.rows if row.values or not row.hit.row.optional):
        # what the region shows of its empty cells only weighs on rows printed with fewer values
        # than columns (:func:`_layout`): a region without one is read alike without it.
        # TAB rows show an empty cell as nothing between two tabs; when no row of the region has
        # one, the empty cells may have vanished with the tabs around them (whitespace collapsed)
        tabs_shown = any(not a.raw.strip() and b.raw.strip() for row in tokens.rows
                         if row.mode in ("tab", "tab_below", "comma") for a, b in itertools.pairwise(row.values))
        spaces_shown = spaces_show_blanks(text, tokens)
        ends_kept = spaces_shown and separators_reach_line_ends(text, tokens)
        at = _positions(text, table, tokens)
    first = min((row.hit.label_start for row in tokens.rows), default=tokens.region.start)
    subtotal_at = subtotal_place(text[tokens.region.start: first])
    order = header_order(text[tokens.region.start: first], table) if subtotal_at is None else None
    narrow = header_narrow(text[tokens.region.start: first], table) if order is None else None
    if narrow and any(len([t for t in row.values if t.raw.strip()]) > len(narrow) for row in tokens.rows):
        narrow = None  # a row prints more cells than the header names: the header is not all of it
    order = narrow or order
    heads = block_orders(text, table, tokens) if order is None else {}
    for n, row in enumerate(tokens.rows):
        if not row.values and row.hit.row.optional:
            continue
        key = row.hit.row.key or "~" + match_key(row.hit.row.label)  # local rows without a key
        shown = {"lines": tokens.run is not None, "space": spaces_shown}.get(row.mode, tabs_shown)
        rows[key] = RowReadings(key, row, _layouts(text, table, row, tokens.mode, shown=shown, at=at.get(n),
                                                   ends=ends_kept, subtotal_at=subtotal_at,
                                                   order=heads.get(n, order)))
    out.rows = list(rows.values())
    return out


def _short(table: TableSpec, row: RowTokens) -> bool:
    """True when the row fills fewer cells than its columns: only then do the region's empty-cell
    habits and the values' positions on the page weigh on its reading (:func:`_layout`)."""
    return len(row.fitted) < len(table.row_columns(row.hit.row))


def _positions(text: str, table: TableSpec, tokens: TableTokens) -> dict[int, tuple[int, ...]]:
    """The columns of the values of space-separated rows read from where they sit on their lines
    (:mod:`textmine.tables.positions`), by row index; rows of one width are read together, and
    only when one of them is short (:func:`_short`: the others' positions are never read)."""
    if tokens.mode != "space":
        return {}
    by_width: dict[int, list[int]] = {}
    for n, row in enumerate(tokens.rows):
        if row.mode == "space" and row.fitted:
            by_width.setdefault(len(table.row_columns(row.hit.row)), []).append(n)
    out: dict[int, tuple[int, ...]] = {}
    for width, ns in by_width.items():
        if width < 2 or not any(_short(table, tokens.rows[n]) for n in ns):
            continue
        found = column_positions(text, [tokens.rows[n].fitted for n in ns], width)
        out.update({n: at for n, at in zip(ns, found, strict=True) if at is not None})
    return out


#: A header whitespace (a column label printed over two lines: 商业\n企业).
RE_HEADER_SPACE = re.compile(r"\s+")


def subtotal_place(header: str) -> str | None:
    r"""Where the header printed above a table 三 puts its 小计 column: ``after_person`` (before
    商业企业, right after 自然人), ``before_total`` (after the five organisation columns), or ``None``
    when the header names no 小计 or no 商业企业. A header that prints 总计 may head the subtotal 合计.

    >>> subtotal_place("自然人\t法人或其他组织\t总计\n\t商业\n企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计")
    'before_total'
    >>> subtotal_place("自然人\t法人或其他组织\t总计\n小计\t商业企业\t科研机构"), subtotal_place("自然人\t商业企业")
    ('after_person', None)
    >>> subtotal_place("自然人\n法人或其他组织\n总计\n商业企业\n其他\n合计"), subtotal_place("自然人\n商业企业\n其他\n合计")
    ('before_total', None)
    """
    compact = RE_HEADER_SPACE.sub("", header)
    sub, biz = compact.rfind("小计"), compact.find("商业企业")
    if sub < 0 and "总计" in compact:  # 总计 is the total: a 合计 beside it is the organisations' subtotal
        sub = compact.rfind("合计")
    if sub < 0 or biz < 0:
        return None
    return "after_person" if sub < biz else "before_total"


def header_order(header: str, table: TableSpec) -> list[str] | None:
    r"""The table's columns in the order the header printed above its rows names them, when it
    names every column (a grouped column under its group: 法人或其他组织 over 商业企业 … 其他) once
    each and in another order than the template's; ``None`` otherwise (the template's order).

    >>> from textmine.tables.registry import get_template
    >>> t = {x.key: x for x in get_template("gov2021").tables}["requests"]
    >>> header_order("\t法人或其他组织\t\t\t\t\t自然人\t总计\n\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他", t)
    ['commercial', 'research', 'social_welfare', 'legal_services', 'other_org', 'natural_person', 'total']
    >>> header_order("总计\n自然人\n法人或其他组织\n科研机构\n商业企业\n社会公益组织\n法律服务机构\n其他", t)[:3]
    ['total', 'natural_person', 'research']
    >>> header_order("自然人\t法人或其他组织\t总计\n商业\n企业\t科研机构\t社会公益组织\t法律服务机构\t其他", t) is None
    True
    >>> header_order("其中自然人申请3件\n总计\t自然人\t法人或其他组织\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他", t) is None
    True
    """
    cols = [c for c in table.columns if not c.optional]
    groups = {c.group for c in cols if c.group}
    compact = RE_HEADER_SPACE.sub("", header)
    if not groups or len(compact) > 400:
        return None
    at: dict[str, int] = {}
    for group in groups:  # a group's label (法人或其他组织) holds a column's (其他): read it first
        k = compact.find(group)
        if k >= 0:
            at[group] = k
            compact = compact[:k] + "\x00" * len(group) + compact[k + len(group):]
    for col in cols:
        names = [n for n in (col.label, *col.variants) if len(n) >= 2 and n in compact]
        if not names or any(compact.count(n) > 1 for n in names):  # not named, or named twice (prose)
            return None
        at[col.key] = min(compact.find(n) for n in names)
    top: list[tuple[int, list[str]]] = []
    for group in groups:
        members = sorted((c.key for c in cols if c.group == group), key=at.__getitem__)
        top.append((at.get(group, at[members[0]]), members))
    top += [(at[c.key], [c.key]) for c in cols if not c.group]
    order = [k for _, keys in sorted(top) for k in keys]
    return None if order == [c.key for c in cols] else order


def block_orders(text: str, table: TableSpec, tokens: TableTokens) -> dict[int, list[str]]:
    r"""The columns of each row of a table without column groups (table 二, whose blocks each print
    their own head: 信息内容 | 本年制发件数 | …) in the order the head printed above the row names
    them, by row index, where that is not the template's order: the text between the previous
    row's last cell (or the region's start) and the row's label names each of the row's columns
    exactly once (the head's own words decide, not the template's positions); a row under no head
    of its own (the block's second row) takes the order of the row before when it has the same
    columns. Rows of one column and heads in the template's order give nothing.

    >>> from textmine.tables.registry import get_template
    >>> from textmine.tables.step2_tokens import tokenise_text
    >>> from textmine.tables.records import Region
    >>> spec = get_template("gov2021").table("active")
    >>> t = "信息内容\t现行有效件数\t本年制发件数\t本年废止件数\n规章\t5\t1\t0\n行政规范性文件\t9\t2\t1\n"
    >>> block_orders(t, spec, tokenise_text(t, Region(spec, 0, len(t))))
    {0: ['in_force', 'issued', 'repealed'], 1: ['in_force', 'issued', 'repealed']}
    >>> t = "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t5\t1\t0\n"
    >>> block_orders(t, spec, tokenise_text(t, Region(spec, 0, len(t))))
    {}
    """
    if any(c.group for c in table.columns):
        return {}
    out: dict[int, list[str]] = {}
    floor = tokens.region.start
    last: tuple[list[str], list[str]] | None = None  # (template columns, printed order) of the row before
    for n, row in enumerate(tokens.rows):
        cols = [c.key for c in table.row_columns(row.hit.row)]
        head = RE_HEADER_SPACE.sub("", text[floor: row.hit.label_start])
        floor = row.values[-1].end if row.values else row.hit.label_end
        if len(cols) < 2:
            last = None
            continue
        at: dict[str, int] = {}
        for col in (c for c in table.columns if c.key in cols):
            names = [n_ for n_ in (col.label, *col.variants) if len(n_) >= 2 and n_ in head]
            if names and not any(head.count(n_) > 1 for n_ in names):
                at[col.key] = min(head.find(n_) for n_ in names)
        if len(at) == len(cols):
            order = sorted(cols, key=at.__getitem__)
            last = (cols, order)
        elif not at and last is not None and last[0] == cols:
            order = last[1]
        else:
            last = None
            continue
        if order != cols:
            out[n] = order
    return out


def header_totals_only(header: str, table: TableSpec) -> list[str] | None:
    r"""The ``row:col`` keys of a single-row table (四) whose header names each group by its total
    alone: every row's label printed, 总计 printed once per row and no other column's label
    (结果维持, 结果纠正 …); the cells of the other columns are not printed. ``None`` otherwise.

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2021").table("appeals")
    >>> header_totals_only("行政复议\t行政诉讼\n总计\t未经复议直接起诉\t复议后起诉\n\t总计\t总计\n", t)
    ['review:total', 'suit_direct:total', 'suit_after_review:total']
    >>> header_totals_only("行政复议\t行政诉讼\n结果维持\t总计\t未经复议直接起诉\t复议后起诉\n\t总计\t总计\n", t) is None
    True
    """
    compact = RE_HEADER_SPACE.sub("", header)
    if table.layout != "single_row" or len(compact) > 200:
        return None
    total = table.total_columns
    others = [n for c in table.columns if c not in total for n in (c.label, *c.variants) if len(n) >= 2]
    if len(total) != 1 or any(n in compact for n in others):
        return None
    if not all(r.label in compact for r in table.rows):
        return None
    if sum(compact.count(n) for n in (total[0].label, *total[0].variants)) != len(table.rows):
        return None
    return [f"{r.key}:{total[0].key}" for r in table.rows if total[0] in table.row_columns(r)]


def header_narrow(header: str, table: TableSpec) -> list[str] | None:
    r"""The columns of a table printed with fewer columns than the template's, as its header names
    them: 总计 alone, or 自然人, 法人或其他组织 and 总计 with the group's members not printed (the
    group's one column is its subtotal, ``org_subtotal``); ``None`` when the header names a member
    of a group or no total (the template's columns, or a header that is not printed).

    >>> from textmine.tables.registry import get_template
    >>> t = {x.key: x for x in get_template("gov2021").tables}["requests"]
    >>> header_narrow("项目\t\t\t总计\n", t), header_narrow("项目\t自然人\t法人或其他组织\t总计", t)
    (['total'], ['natural_person', 'org_subtotal', 'total'])
    >>> header_narrow("自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他", t) is None
    True
    >>> header_narrow("", t) is None, header_narrow("三、收到和处理政府信息公开申请情况", t) is None
    (True, True)
    """
    cols = [c for c in table.columns if not c.optional]
    groups = {c.group for c in cols if c.group}
    compact = RE_HEADER_SPACE.sub("", header)
    if not groups or len(compact) > 200:
        return None
    for group in groups:
        compact = compact.replace(group, "\x00")
    at: dict[str, int] = {}
    for col in cols:
        names = [n for n in (col.label, *col.variants) if len(n) >= 2 and n in compact]
        if names:
            at[col.key] = min(compact.find(n) for n in names)
    if "total" not in at or any(c.group and c.key in at for c in cols):
        return None
    if "\x00" in compact:  # the group printed as one column: its subtotal
        sub = next((c.key for c in table.columns if c.optional and c.group in groups), None)
        if sub is None:
            return None
        at[sub] = compact.find("\x00")
    return sorted(at, key=at.__getitem__)


def _layouts(text: str, table: TableSpec, row: RowTokens, default: str, *, shown: bool = False,
             at: tuple[int, ...] | None = None, ends: bool = False, subtotal_at: str | None = None,
             order: list[str] | None = None) -> list[Layout]:
    """The template's columns first; with an optional 小计 column printed (one value more than
    columns), the layouts with 小计 right after 自然人 and right before 总计 as well (only the one
    the header shows, ``subtotal_at``, when it shows where 小计 is). ``shown``: the region shows
    its empty cells (runs of line breaks, two tabs in a row)."""
    spec = row.hit.row
    values = row.values
    cols = [c.key for c in table.row_columns(spec)]
    if order is not None and sorted(order) == sorted(cols):  # the header prints the columns in its own order
        cols = list(order)
    elif order is not None and len(order) < len(cols) and len(values) >= len(order):
        # a header naming fewer columns (总计 alone): the row's last cells are those columns, the
        # empty ones before them the label's own cells spanning the label columns
        cols = list(order)
        return [_layout(text, cols, values[-len(cols):], row.mode, default, shown=shown)]
    optional = [c.key for c in table.columns if c.optional and (not spec.cols or c.key in spec.cols)]
    out = [_layout(text, cols, row.fitted, row.mode, default, shown=shown, at=at, ends=ends)]
    values = _spanned_label_blanks_dropped(values, len(cols) + 1)
    if optional and len(values) == len(cols) + 1 and "org_subtotal" in optional:
        variants = {"after_person": cols[:1] + ["org_subtotal"] + cols[1:],
                    "before_total": cols[:-1] + ["org_subtotal"] + cols[-1:]}
        for place, variant in variants.items():
            if subtotal_at in (None, place):
                out.append(_layout(text, variant, values, row.mode, default, shown=shown))
    return out


def _spanned_label_blanks_dropped(values: list[Token], width: int) -> list[Token]:
    """``values`` without the empty cells that open them when exactly those make the row longer
    than ``width`` cells: a label spanning several columns printed with a separator per column it
    covers (a tab-separated table whose 一、本年新收… row spans the three label columns, beside a
    小计 column: two empty cells, then eight values).

    >>> toks = [Token(r, i, i + 1, "value") for i, r in enumerate(["", "", "4", "5", "9"])]
    >>> [t.raw for t in _spanned_label_blanks_dropped(toks, 3)], [t.raw for t in _spanned_label_blanks_dropped(toks, 2)]
    (['4', '5', '9'], ['', '', '4', '5', '9'])
    """
    lead = len(values) - width
    if lead > 0 and all(not t.raw.strip() for t in values[:lead]):
        return values[lead:]
    return values


#: Most splits of a run into fewer cells than columns listed for one row.
MAX_SPARSE = 2000


def _layout(text: str, cols: list[str], values: list[Token], mode: str, default: str, *,
            shown: bool = False, at: tuple[int, ...] | None = None, ends: bool = False) -> Layout:
    # a space row that keeps its empty cells' separators prints each cell apart: no run to cut
    kept = shown and mode == "space" and default == "space" and len(values) < len(cols)
    splits = split_candidates(values, len(cols)) if values and not kept else []
    layout = Layout(cols, values, splits)
    if at is not None and len(at) == len(values) < len(cols):
        # the columns the values sit in on the page: that placement first, the others after it
        whole = [Piece(t.raw, t.start, t.end) for t in values]
        layout.placements = [Placement(whole, at)] + [p for p in placements(values, len(cols)) if p.at != at]
        layout.positions = at
        return layout
    # run-together text hides empty cells: the run may hold fewer cells than columns
    layout.hides_blanks = bool(splits) and len(values) < len(cols) and default == "space" and mode == "space"
    if not splits and values and len(values) < len(cols) and default == "space" and mode == "space":
        # blank cells are invisible in this layout: every position the values can take
        layout.placements = placements(values, len(cols))
        if shown:
            layout.gaps = _separator_blanks(text, values)
            if ends:
                layout.positions = _separator_positions(text, values, layout.gaps, len(cols))
        else:
            layout.gaps = _gap_blanks(text, values)
    elif values and len(values) < len(cols) and mode in ("lines", "tab", "tab_below", "comma") and not shown:
        # one cell per line (or per tab), fewer cells than columns and nothing in the region
        # that shows an empty cell (runs of line breaks, two tabs in a row): the empty cells
        # printed nothing, their places are to be found
        layout.placements = placements(values, len(cols))
    return layout


def sparse_splits(layout: Layout) -> list[list[Piece]]:
    """The splits of a run-together row into fewer cells than columns (its empty cells not
    printed), most cells first; ``[]`` unless the layout ``hides_blanks``. Listed on demand:
    the scoring stage asks only when the first reading leaves identities failing.

    >>> from textmine.tables.records import Token
    >>> layout = Layout(["a", "b", "c"], [Token("123", 0, 3, "value")], [], hides_blanks=True)
    >>> [[p.raw for p in s] for s in sparse_splits(layout)]
    [['1', '23'], ['12', '3'], ['123']]
    """
    out: list[list[Piece]] = []
    if not layout.hides_blanks:
        return out
    for k in range(len(layout.cols) - 1, max(1, len(layout.values)) - 1, -1):
        out += split_candidates(layout.values, k, limit=MAX_SPARSE - len(out))
        if len(out) >= MAX_SPARSE:
            break
    return out


def placements(values: list[Token], n: int) -> list[Placement]:
    """Every way ``values`` (fewer than ``n`` cells, blanks not printed) sit in ``n`` columns: the
    tokens as printed at every combination of columns, then — for a run-together row such as
    ``33`` under seven columns — the runs cut into more cells (up to one per digit, fewer than
    ``n``), fewest cells first. At most :data:`MAX_PLACEMENTS` are listed.

    >>> [(tuple(p.raw for p in x.pieces), x.at) for x in placements([Token("33", 0, 2, "value")], 3)]
    [(('33',), (0,)), (('33',), (1,)), (('33',), (2,)), (('3', '3'), (0, 1)), (('3', '3'), (0, 2)), (('3', '3'), (1, 2))]
    """
    out: list[Placement] = []
    whole = [Piece(t.raw, t.start, t.end) for t in values]
    for at in itertools.islice(itertools.combinations(range(n), len(values)), MAX_PLACEMENTS):
        out.append(Placement(whole, at))
    digits = sum(len(m.group(2)) if (m := number_pattern().fullmatch(t.raw)) else 1 for t in values)
    for k in range(len(values) + 1, min(digits, n - 1) + 1):
        for pieces in split_candidates(values, k, limit=MAX_PLACEMENTS):
            for at in itertools.combinations(range(n), k):
                if len(out) >= 2 * MAX_PLACEMENTS:
                    return out
                out.append(Placement(pieces, at, split=True))
    return out


def _value_gaps(text: str, values: list[Token]) -> list[int] | None:
    """The spaces between consecutive values on one line (``None`` when a gap holds anything
    else, or the values are not on one line)."""
    gaps = []
    for a, b in itertools.pairwise(values):
        between = text[a.end : b.start]
        if between.strip(" "):
            return None
        gaps.append(len(between))
    return gaps


def spaces_show_blanks(text: str, tokens: TableTokens) -> bool:
    """True when the region's space-separated rows keep their empty cells: cells are joined by
    one separator (an ideographic space, a space) and an empty cell adds one more. No gap between
    two values is then longer than a row has cells (a PDF layout line often spaces them far more),
    and either the usual gap is one space with longer ones beside it, or a row that prints no
    value keeps exactly one separator per cell after its label.

    >>> from textmine.tables.records import Token
    >>> line = "予以公开 2   0  0 2"
    >>> spaced = [Token("2", 5, 6, "value"), Token("0", 9, 10, "value"), Token("0", 12, 13, "value"),
    ...           Token("2", 14, 15, "value")]
    >>> _value_gaps(line, spaced)
    [3, 2, 1]
    """
    gaps: list[int] = []
    widest = 0
    empty_rows_kept = False
    for row in tokens.rows:
        if row.mode != "space":
            continue
        n = len(tokens.region.table.row_columns(row.hit.row))
        widest = max(widest, n)
        if len(row.values) >= 2:
            gaps += _value_gaps(text, row.values) or []
        elif not row.values and n > 1:
            line_end = text.find("\n", row.hit.label_end)
            after = text[row.hit.label_end : len(text) if line_end < 0 else line_end]
            empty_rows_kept |= after == " " * n
    if not gaps or gaps[-1] < 1:
        return False
    gaps.sort()
    if not 2 <= gaps[-1] <= widest:
        return False
    return gaps[len(gaps) // 2] == 1 or empty_rows_kept


def separators_reach_line_ends(text: str, tokens: TableTokens) -> bool:
    """True when the region's space rows keep their separators to the line's end: some row ends
    in spaces after its last value, or a row without values keeps one per cell. A crawler that
    strips the spaces at line ends leaves no row so, and then a row that ends at its last value
    says nothing of the empty cells after it."""
    for row in tokens.rows:
        if row.mode != "space":
            continue
        start = row.values[-1].end if row.values else row.hit.label_end
        line_end = text.find("\n", start)
        after = text[start : len(text) if line_end < 0 else line_end]
        if after and not after.strip(" "):
            return True
    return False


def _separator_blanks(text: str, values: list[Token]) -> list[int] | None:
    """Empty cells between consecutive values of a row whose cells are joined by one separator
    and whose empty cells keep theirs (:func:`spaces_show_blanks`): a gap of k + 1 spaces holds k
    empty cells; ``None`` when a gap holds anything but spaces."""
    gaps = _value_gaps(text, values)
    if gaps is None or (gaps and min(gaps) < 1):
        return None
    return [g - 1 for g in gaps]


def _separator_positions(text: str, values: list[Token], gaps: list[int] | None, n: int) -> tuple[int, ...] | None:
    """The columns of a row's values when its cells keep their separators to the line's end:
    the spaces after the last value are its trailing empty cells (``None`` when anything else
    follows on the line, or the values would not fit ``n`` columns).

    >>> from textmine.tables.records import Token
    >>> _separator_positions("予以公开 2  0  ", [Token("2", 5, 6, "value"), Token("0", 8, 9, "value")], [1], 5)
    (0, 2)
    """
    if gaps is None:
        return None
    line_end = text.find("\n", values[-1].end)
    after = text[values[-1].end : len(text) if line_end < 0 else line_end]
    if after.strip(" "):
        return None
    at = [n - 1 - len(after)]
    for gap in reversed(gaps):
        at.append(at[-1] - gap - 1)
    return tuple(reversed(at)) if at[-1] >= 0 else None


def _gap_blanks(text: str, values: list[Token]) -> list[int] | None:
    """Empty cells between consecutive values read from the spacing of a PDF-layout line
    (a gap about twice the usual one hides an empty cell); ``None`` when spacing says nothing."""
    gaps = [b.start - a.end for a, b in itertools.pairwise(values)]
    if not gaps or any("\n" in text[a.end : b.start] for a, b in itertools.pairwise(values)):
        return None
    unit = sorted(gaps)[len(gaps) // 2]
    if unit < 2:
        return None
    width = max(len(t.raw) for t in values)
    return [max(0, round((g - unit) / (unit + width))) for g in gaps]


def _single_row_candidates(table: TableSpec, tokens: list[Token], nkeys: int, *, text: str = "") -> list[list[Piece]]:
    """Readings of table 四's data row (``[]`` when the tokens cannot be that row). A line of
    fewer values than cells whose spacing shows where the empty cells are (PDF layout text)
    is read that way first, before cutting digit runs."""
    values = [t for t in tokens if t.kind == "value"]
    # the most cells the values can make: one per digit, one per value without a digit (无, —)
    digits = sum(len(re.sub(r"\D", "", t.raw)) or 1 for t in values)
    if len(values) < 5 and digits < nkeys:
        return []
    spaced = _spaced_candidates(text, values, nkeys) if text and 5 <= len(values) < nkeys else []
    if spaced:
        return [*spaced, *split_candidates(values, nkeys)]
    ncols = len(table.rows[0].cols) if table.rows[0].cols else len(
        [c for c in table.columns if not c.optional])
    if len(values) == 1 and len(values[0].raw) > nkeys:
        cands = sum_group_splits(values[0], groups=len(table.rows), parts=ncols - 1)
        cands = cands or split_candidates(values, nkeys, limit=5000)
    else:
        cands = split_candidates(values, nkeys)
    return cands or [[Piece(t.raw, t.start, t.end) for t in values]]


def _spaced_candidates(text: str, values: list[Token], nkeys: int) -> list[list[Piece]]:
    """Readings of a line of fewer values than cells with the empty cells in its widest gaps
    (PDF layout text): the blanks the spacing shows, else each way to put them one to a gap
    among the widest, widest first. ``[]`` when the values are not on one spaced line."""
    gaps = _gap_blanks(text, values)
    if gaps is None:
        return []
    missing = nkeys - len(values)
    widths = [b.start - a.end for a, b in itertools.pairwise(values)]
    options: list[list[int]] = [gaps] if sum(gaps) == missing else []
    widest = sorted(range(len(widths)), key=lambda i: -widths[i])[: missing + 2]
    for chosen in itertools.combinations(widest, missing):
        counts = [1 if i in chosen else 0 for i in range(len(widths))]
        if counts not in options:
            options.append(counts)
    out = []
    for counts in options:
        pieces: list[Piece] = []
        for t, gap in zip(values, [*counts, 0], strict=True):
            pieces += [Piece(t.raw, t.start, t.end)] + [Piece("", -1, -1) for _ in range(gap)]
        out.append(pieces)
    return out


@functools.lru_cache(maxsize=1)
def number_pattern() -> re.Pattern[str]:
    """A number token that digit-run splitting may cut, as ``(sign)(digits)(tail)``: the
    sign stays on the first piece, decimals and a suffix unit (元, 万元) on the last."""
    suffix = "|".join(re.escape(u) for u in cell_words()["suffix_units"])
    return re.compile(rf"([+\-]?)(\d+)((?:\.\d+)?(?:{suffix})?)")


@functools.lru_cache(maxsize=8192)
def _cut_bounds(digits: str, k: int) -> tuple[tuple[int, ...], ...]:
    """Piece boundaries ``(0, cut, …, len(digits))`` of every way to cut ``digits`` into ``k``
    numbers without leading zeros, in the order of ``itertools.combinations`` of the cuts.

    Only valid cuts are walked: a piece that starts with 0 is the single digit 0, and every
    piece keeps at least one digit for each piece after it.

    >>> _cut_bounds("1020", 3)
    ((0, 1, 2, 4), (0, 2, 3, 4))
    """
    n = len(digits)
    out: list[tuple[int, ...]] = []

    def cut(pos: int, left: int, bounds: tuple[int, ...]) -> None:
        if left == 1:  # the last piece takes the rest
            if digits[pos] != "0" or pos == n - 1:
                out.append((*bounds, n))
            return
        last = 1 + pos if digits[pos] == "0" else n - left + 1
        for e in range(pos + 1, min(last, n - left + 1) + 1):
            cut(e, left - 1, (*bounds, e))

    if 1 <= k <= n:
        cut(0, k, (0,))
    return tuple(out)


def _split_number(tok: Token, k: int) -> list[list[Piece]]:
    """Every way to cut a number token into ``k`` numbers (no leading zeros).

    The cuts share their pieces: one :class:`Piece` per distinct span (a run of ten digits cut into
    seven numbers has 84 cuts of 7 pieces, and at most 55 distinct spans); pieces are never
    changed once made, so a shared one reads as a copy would.

    >>> cuts = _split_number(Token("1234", 10, 14, "value"), 2)
    >>> [[(p.raw, p.start, p.end) for p in c] for c in cuts]
    [[('1', 10, 11), ('234', 11, 14)], [('12', 10, 12), ('34', 12, 14)], [('123', 10, 13), ('4', 13, 14)]]
    >>> cuts[0][0] is _split_number(Token("1234", 10, 14, "value"), 2)[0][0]
    False
    """
    if k == 1:
        return [[Piece(tok.raw, tok.start, tok.end)]]
    shape = _cut_pieces(tok.raw, k)
    if shape is None:
        return []
    spans, cuts = shape
    start, end = tok.start, tok.end
    made = [Piece(raw, start + a, end if b is None else start + b, True) for raw, a, b in spans]  # positional: faster
    return [list(take(made)) for take in _cut_takers(tok.raw, k)]  # [[made[i] for i in cut] for cut in cuts]


@functools.lru_cache(maxsize=4096)
def _cut_takers(raw: str, k: int) -> tuple[operator.itemgetter, ...]:
    """An ``itemgetter`` per cut of :func:`_cut_pieces` (``k`` ≥ 2, known to cut): it takes the
    cut's pieces from the distinct ones in one call, not one index at a time.

    >>> [take("abcdefg") for take in _cut_takers("1234", 3)]
    [('a', 'b', 'c'), ('a', 'd', 'e'), ('f', 'g', 'e')]
    """
    shape = _cut_pieces(raw, k)
    return tuple(operator.itemgetter(*cut) for cut in shape[1]) if shape is not None else ()


@functools.lru_cache(maxsize=4096)
def _cut_pieces(raw: str, k: int) -> tuple[tuple[tuple[str, int, int | None], ...], tuple[tuple[int, ...], ...]] | None:
    """:func:`_number_cuts` as its distinct pieces (in order of first use) and each cut as the
    indices of its pieces among them; ``None`` as there.

    >>> _cut_pieces("105", 2)
    ((('10', 0, 2), ('5', 2, 3)), ((0, 1),))
    >>> _cut_pieces("1234", 3)[1]
    ((0, 1, 2), (0, 3, 4), (5, 6, 4))
    """
    cuts = _number_cuts(raw, k)
    if cuts is None:
        return None
    index: dict[tuple[str, int, int | None], int] = {}
    shaped = tuple(tuple(index.setdefault(piece, len(index)) for piece in cut) for cut in cuts)
    return tuple(index), shaped


Cut = tuple[tuple[str, int, int | None], ...]


@functools.lru_cache(maxsize=4096)
def _number_cuts(raw: str, k: int) -> tuple[Cut, ...] | None:
    """The pieces of every cut of the number ``raw`` into ``k`` numbers as ``(text, start, end)``
    relative to the token (``end`` ``None``: the token's end); ``None`` when ``raw`` is not a
    number that may be cut. Pure in its arguments: the same runs recur in every report."""
    m = number_pattern().fullmatch(raw)
    if not m:
        return None
    sign, digits, tail = m.groups()
    lead = len(sign)
    out = []
    for bounds in _cut_bounds(digits, k):
        pieces: list[tuple[str, int, int | None]] = []
        for j, (a, b) in enumerate(itertools.pairwise(bounds)):
            text, s, e = digits[a:b], lead + a, lead + b
            if j == 0 and sign:
                text, s = sign + text, 0
            if j == k - 1 and tail:
                pieces.append((text + tail, s, None))
            else:
                pieces.append((text, s, e))
        out.append(tuple(pieces))
    return tuple(out)


def split_candidates(tokens: list[Token], n: int, *, limit: int = 20000) -> list[list[Piece]]:
    """All ways the value tokens make exactly ``n`` cells (digit runs cut where needed).

    Returns ``[]`` when the tokens cannot make ``n`` cells (too few digits). The search only
    follows branches that can still make ``n`` cells: a token gives at most one cell per digit.
    """
    values = [t for t in tokens if t.kind == "value"]
    if len(values) >= n:
        return [[Piece(t.raw, t.start, t.end) for t in values[:n]]]
    if len(values) == 1:  # one run into n cells: the plans are its cuts into n, in their order
        return _split_number(values[0], n)[:limit]
    splits: dict[tuple[int, int], list[list[Piece]]] = {}
    out: list[list[Piece]] = []
    for plan in _split_plans(tuple(t.raw for t in values), n, limit):
        cand: list[Piece] = []
        for i, (k, j) in enumerate(plan):
            parts = splits.get((i, k))
            if parts is None:
                parts = splits[i, k] = _split_number(values[i], k)
            cand += parts[j]
        out.append(cand)
    return out


#: Most candidates of a plan kept in :data:`_PLANS` (larger ones are walked again when asked).
MAX_PLAN_KEPT = 1000
#: Most plans kept (the table is emptied when full).
MAX_PLANS = 4096
_PLANS: dict[tuple[tuple[str, ...], int, int], tuple[tuple[tuple[int, int], ...], ...]] = {}


def _split_plans(raws: tuple[str, ...], n: int, limit: int) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The splits :func:`split_candidates` lists, as one ``(pieces k, cut j)`` per token: token
    ``i`` gives the cells of ``_split_number(token, k)[j]``. Pure in the texts: kept in
    :data:`_PLANS` (the same rows recur in every report of a body)."""
    key = (raws, n, limit)
    got = _PLANS.get(key)
    if got is None:
        got = _walk_plans(raws, n, limit)
        if len(got) <= MAX_PLAN_KEPT:
            if len(_PLANS) >= MAX_PLANS:
                _PLANS.clear()
            _PLANS[key] = got
    return got


def _walk_plans(raws: tuple[str, ...], n: int, limit: int) -> tuple[tuple[tuple[int, int], ...], ...]:
    """:func:`_split_plans` walked: only branches that can still make ``n`` cells (a token gives
    at most one cell per digit), at most ``limit`` plans."""
    matches = [number_pattern().fullmatch(raw) for raw in raws]
    # most cells each token can give, and the most that the tokens after it can give together
    most = [len(m.group(2)) if m else 1 for m in matches]
    most_after = [sum(most[i + 1 :]) for i in range(len(raws))]
    out: list[tuple[tuple[int, int], ...]] = []

    def count(i: int, k: int) -> int:
        """How many cuts ``_split_number`` lists for token ``i`` into ``k`` pieces."""
        if k == 1:
            return 1
        cuts = _number_cuts(raws[i], k)
        return len(cuts) if cuts is not None else 0

    def walk(i: int, left: int, acc: tuple[tuple[int, int], ...]) -> None:
        if len(out) >= limit:
            return
        if i == len(raws):
            if left == 0:
                out.append(acc)
            return
        remaining = len(raws) - i - 1
        max_k = min(left - remaining, most[i]) if matches[i] else 1
        for k in range(max(1, left - most_after[i]), max_k + 1):
            for j in range(count(i, k)):
                walk(i + 1, left - k, (*acc, (k, j)))

    walk(0, n, ())
    return tuple(out)


#: Powers of ten: a total below ``_TENS[d]`` prints in ``d`` digits or fewer.
_TENS = tuple(10**d for d in range(40))


def sum_group_splits(tok: Token, *, groups: int, parts: int, limit: int = 1000) -> list[list[Piece]]:
    """Cut a digit run into ``groups`` groups of ``parts`` numbers followed by their total.

    The fast path for table 四 printed as one run (3 groups of 维持/纠正/其他/尚未审结 + 总计):
    only readings in which every group's last number is the sum of the others are listed.

    >>> run = Token("10203120001200000", 0, 17, "value")
    >>> [int(p.raw) for p in sum_group_splits(run, groups=3, parts=4)[0]]
    [1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]
    """
    digits = tok.raw
    if not digits.isdigit():
        return []
    n = len(digits)
    out: list[list[Piece]] = []
    # the cuts of one group from each start, in the order they are walked: the same start is
    # reached by many cuts of the groups before it
    group_cuts: dict[int, list[tuple[int, tuple[tuple[int, int], ...]]]] = {}

    def cuts_from(pos: int) -> list[tuple[int, tuple[tuple[int, int], ...]]]:
        found = group_cuts.get(pos)
        if found is not None:
            return found
        found = group_cuts[pos] = []

        def inner(p: int, k: int, got: tuple[tuple[int, int], ...], subtotal: int) -> None:
            if k == parts:
                total = str(subtotal)  # the group's numbers summed as they were cut
                if digits.startswith(total, p):
                    found.append((p + len(total), (*got, (p, p + len(total)))))
                return
            room = n - p - (parts - k)  # digits left for the total after one per number still to cut
            if room <= 0 or (room < len(_TENS) and subtotal >= _TENS[room]):
                return  # the total (at least the sum so far) cannot be printed in what is left
            ends = (p + 1,) if digits[p] == "0" else range(p + 1, min(n, p + 7) + 1)
            for e in ends:
                inner(e, k + 1, (*got, (p, e)), subtotal + int(digits[p:e]))

        inner(pos, 0, (), 0)
        return found

    def walk(pos: int, group: int, acc: tuple[tuple[int, int], ...]) -> None:
        if len(out) >= limit:
            return
        if group == groups:
            if pos == n:
                out.append([Piece(digits[a:b], tok.start + a, tok.start + b, True) for a, b in acc])
            return
        for end, cut in cuts_from(pos):
            walk(end, group + 1, acc + cut)

    walk(0, 0, ())
    return out
