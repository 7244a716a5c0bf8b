"""Read a template table from normalised text: region → row labels → cells → split choice.

Works on every text rendering (TAB rows, pipe tables, one cell per line, PDF layout, space
separated, flattened with no separators). The result is a list of :class:`FoundRow`: the
template row, the label as printed and the cells read for its columns.

Example:
    >>> from textmine.tables.registry import get_template
    >>> text = "指标名称计量单位2011年度历年累计主动公开信息数条4251516其中：1.网站公开条41815092.政府公报公开条77"
    >>> rows = read_text_table(text, "local", get_template("local").table("stats"), 0, len(text))
    >>> [(r.row.key, [c.raw for c in r.cells.values()]) for r in rows]
    [('active_items', ['425', '1516']), ('channel_website', ['418', '1509']), ('channel_gazette', ['7', '7'])]
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass, field

from textmine.tables.cells import read_cell
from textmine.tables.flat import (
    Piece,
    Token,
    read_segment,
    region_mode,
    segment_mode,
    split_candidates,
    sum_group_splits,
)
from textmine.tables.infer import Number, choose, piece_value, row_rule
from textmine.tables.locate import RowHit, match_rows
from textmine.tables.registry import RowSpec, TableSpec, match_key

logger = logging.getLogger(__name__)

#: Dash and 无 cells right before the first number of table 四's data row.
RE_LEAD_WORDS = re.compile(r"(?:(?:[—–－/／\-]+|无|没有)\s*)+$")
#: The label of a printed row the template lacks: optional numbering, then at least three
#: CJK characters (page furniture such as 第 2 页 is shorter).
RE_EXTRA_LABEL = re.compile(
    r"(?:[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]+\s*[、.．]|其中\s*[：:])?"
    r"\s*[\u4e00-\u9fff“”《》（）()、]*[\u4e00-\u9fff]{3}[\u4e00-\u9fff“”《》（）()、]*"
)
#: A markdown separator line (|---|---|).
RE_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


@dataclass
class FoundCell:
    """A cell read for a column: raw text and where it came from."""

    raw: str
    start: int | None
    end: int | None
    inferred: bool = False
    note: str | None = None
    grid_row: int | None = None
    grid_col: int | None = None


@dataclass
class FoundRow:
    """A template row found in a report with the cells read for its columns."""

    index: int
    row: RowSpec
    label: str
    cells: dict[str, FoundCell] = field(default_factory=dict)
    unit: str | None = None  # unit printed in the row's unit column
    #: where the label was printed and where the row's segment ends (text rows only)
    label_start: int | None = None
    label_end: int | None = None
    seg_end: int | None = None
    #: a printed row the template lacks (``row`` is a key-less stand-in; ``index`` is the
    #: template row it follows)
    extra: bool = False

    @property
    def has_values(self) -> bool:
        return any(read_cell(c.raw)[1] != "blank" for c in self.cells.values())


def _columns(table: TableSpec, row: RowSpec, values: list[Token]) -> list[str]:
    """Column keys for a row; an optional column is taken in when one extra value is printed."""
    cols = [c.key for c in table.row_columns(row)]
    optional = [c.key for c in table.columns if c.optional and (not row.cols or c.key in row.cols)]
    if optional and len(values) == len(cols) + 1 and "org_subtotal" in optional:
        nums = [piece_value(Piece(t.raw, t.start, t.end)) for t in values]
        if len(nums) == 8 and all(n is not None for n in nums):
            # 小计 either right after 自然人 (sum of the next five) or right before 总计.
            if nums[1] == sum(nums[2:7]):
                return cols[:1] + ["org_subtotal"] + cols[1:]
            if nums[6] == sum(nums[1:6]):
                return cols[:-1] + ["org_subtotal"] + cols[-1:]
    return cols


def _value_lines(text: str, start: int, end: int, ncols: int) -> list[list[Token]]:
    """Lines ending in a run of at least ``ncols`` value cells (order-only fallback)."""
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        l_start = pos
        pos += len(line) + 1
        if RE_PIPE_RULE.match(line):
            continue
        if line.lstrip().startswith("|"):
            toks: list[Token] = []
            off = l_start
            for i, piece in enumerate(line.split("|")):
                p_start = off
                off += len(piece) + 1
                if i == 0:
                    continue
                toks.append(Token(piece.strip() or piece, p_start, p_start + len(piece), "value"))
            if toks and toks[-1].raw.strip() == "" and line.rstrip().endswith("|"):
                toks = toks[:-1]
        else:
            toks = [
                Token(m.group(), l_start + m.start(), l_start + m.end(), "value")
                for m in re.finditer(r"\S+", line)
            ]
        run: list[Token] = []
        for tok in reversed(toks):
            if read_cell(tok.raw)[1] == "text":
                break
            run.append(tok)
        run.reverse()
        while len(run) > ncols and read_cell(run[-1].raw)[1] == "blank":
            run.pop()  # empty cells of a ragged markdown row
        if len(run) >= ncols and any(read_cell(t.raw)[1] == "number" for t in run):
            out.append(run[:ncols])
    return out


def _single_row_tokens(text: str, start: int, end: int) -> list[Token]:
    """The cell tokens of table 四's data row: from the first number after the header (dash and
    无 cells right before it included; blank cells kept where separators show them)."""
    region = text[start:end]
    first = re.search(r"\d", region)
    if first is None:
        return []
    if region_mode(text, start, end) == "lines":
        # the cells start on the line after the last header text above the first number
        lines_start, pos = start, 0
        for line in region[: first.start()].split("\n")[:-1]:
            pos += len(line) + 1
            if line.strip() and read_cell(line)[1] == "text":
                lines_start = start + pos - 1
        return read_segment(text, lines_start, end, mode="lines")
    line_start = region.rfind("\n", 0, first.start()) + 1
    line_end = region.find("\n", first.start())
    line = region[line_start : line_end if line_end >= 0 else len(region)]
    if "\t" in line:
        cells = line.split("\t")
        tokens = read_segment(text, start + line_start, start + line_start + len(line), mode="tab")
        if read_cell(cells[0])[1] != "text":  # the first piece is a cell too: no label here
            lead = len(cells[0]) - len(cells[0].lstrip())
            raw = cells[0].strip()
            s = start + line_start + lead
            tokens.insert(0, Token(raw or cells[0], s, s + len(raw), "value"))
        return tokens
    if line.lstrip().startswith("|"):
        return read_segment(text, start + line_start, start + line_start + len(line), mode="pipe")
    # dash / 无 cells printed before the first number belong to the row
    lead = RE_LEAD_WORDS.search(region, line_start, first.start())
    begin = start + (lead.start() if lead else first.start())
    if begin > start and text[begin - 1] in "+-":
        begin -= 1
    return read_segment(text, begin, end, mode="space")


def _single_row(text: str, template: str, table: TableSpec, start: int, end: int) -> list[FoundRow]:
    """Table 四: the cells of every row printed as one line after a multi-level header."""
    keys = [f"{r.key}:{c.key}" for r in table.rows for c in table.row_columns(r)]
    tokens = _single_row_tokens(text, start, end)
    values = [t for t in tokens if t.kind == "value"]
    digits = sum(len(re.sub(r"\D", "", t.raw)) for t in values)
    if len(values) < 5 and digits < len(keys):
        return []
    ncols = len(table.rows[0].cols) if table.rows[0].cols else len(
        [c for c in table.columns if not c.optional])
    if len(values) == 1 and len(values[0].raw) > len(keys):
        cands = sum_group_splits(values[0], groups=len(table.rows), parts=ncols - 1)
        cands = cands or split_candidates(values, len(keys), limit=5000)
    else:
        cands = split_candidates(values, len(keys))
    if not cands:
        cands = [[Piece(t.raw, t.start, t.end) for t in values]]
    picked = choose(template, table.key, {"appeals": cands}, {"appeals": keys})
    index, note = picked["appeals"]
    pieces = cands[index]
    found: dict[str, FoundRow] = {}
    for key, piece in zip(keys, pieces, strict=False):
        row_key, _, col_key = key.partition(":")
        i = next(j for j, r in enumerate(table.rows) if r.key == row_key)
        fr = found.setdefault(row_key, FoundRow(i, table.rows[i], table.rows[i].label))
        fr.cells[col_key] = FoundCell(piece.raw, piece.start, piece.end, piece.split, note if piece.split else None)
    return list(found.values())


def read_text_table(
    text: str, template: str, table: TableSpec, start: int, end: int
) -> list[FoundRow]:
    """Read ``table`` from ``text[start:end]``; rows not printed are absent from the result."""
    if table.layout == "single_row":
        return _single_row(text, template, table, start, end)
    hits = match_rows(text, table, start, end)
    default = region_mode(text, start, end)
    rows: list[tuple[RowHit, list[Token], list[str]]] = []
    for hit in hits:
        mode = segment_mode(text, hit.label_end, hit.seg_end, default)
        tokens = read_segment(text, hit.label_end, hit.seg_end, mode=mode)
        values = [t for t in tokens if t.kind == "value"]
        cols = _columns(table, hit.row, values)
        if len(values) > len(cols):
            lead = len(values) - len(cols)
            if all(read_cell(t.raw)[1] == "blank" for t in values[:lead]):
                values = values[lead:]  # an empty unit column before the value
            else:
                logger.debug("row %r: %d cells for %d columns, extra ignored", hit.row.label, len(values), len(cols))
                values = values[: len(cols)]
        units = [t.raw for t in tokens if t.kind == "unit"]
        rows.append((hit, values + [Token(u, -1, -1, "unit") for u in units[:1]], cols))
    found = _assemble(text, template, table, rows, default)
    found += _extra_rows(text, table, rows, default)
    required = [r for r in table.rows if not r.optional]
    incomplete = any(not f.has_values and not f.row.header for f in found) or len(
        [f for f in found if not f.row.optional]
    ) < len(required)
    if table.ordered and incomplete:
        ncols = len(table.row_columns(required[0]))
        lines = _value_lines(text, start, end, ncols)
        if len(lines) == len(required):
            logger.debug("table %r: rows assigned by order (%d value lines)", table.key, len(lines))
            return _by_order(table, required, lines)
    return found


def _known_label(table: TableSpec, label: str) -> bool:
    """True when ``label`` names a template row, a group header or holds a column label."""
    key = match_key(label)
    return (
        not key
        or bool(table.rows_named(key))
        or any(h and match_key(h) in key for h in table.headers)
        or any(len(k) >= 2 and k in key for c in table.columns for k in c.match_keys)
    )


def _extra_rows(
    text: str, table: TableSpec, rows: list[tuple[RowHit, list[Token], list[str]]], default: str
) -> list[FoundRow]:
    """Rows printed between two template rows whose label the template lacks (``5.电子邮件申请数
    4`` in a gov2014 table): kept with their label and cells, never dropped silently.

    Only the text between a row's last cell and the next template row's label is searched, so
    prose after the table is never read as a row.
    """
    out: list[FoundRow] = []
    width = [c.key for c in table.columns if not c.optional]
    for k, (hit, tokens, _) in enumerate(rows[:-1]):
        nxt = rows[k + 1][0]
        pos = max([hit.label_end] + [t.end for t in tokens if t.end >= 0])
        stop = nxt.label_start
        while pos < stop:
            m = RE_EXTRA_LABEL.search(text, pos, stop)
            if m is None:
                break
            label = re.sub(r"\s+", "", m.group())
            mode = segment_mode(text, m.end(), stop, default)
            toks = read_segment(text, m.end(), stop, mode=mode)
            values = [t for t in toks if t.kind == "value"]
            if (
                not values
                or len(values) > len(width)
                or _known_label(table, label)
                or not any(read_cell(t.raw)[1] == "number" for t in values)
                or not (text[m.end() : m.end() + 1].isspace() or text[m.end() : m.end() + 1] in "|\t")
            ):
                pos = m.end()
                continue
            spec = RowSpec(key=None, label=label)
            fr = FoundRow(
                hit.index, spec, label, unit=next((t.raw for t in toks if t.kind == "unit"), None),
                label_start=m.start(), label_end=m.end(), seg_end=stop, extra=True,
            )
            for col, tok in zip(width, values, strict=False):
                fr.cells[col] = FoundCell(tok.raw, tok.start, tok.end)
            logger.debug("table %r: row %r is not in the template, kept without a key", table.key, label)
            out.append(fr)
            pos = max(t.end for t in toks)
    return out


def _by_order(table: TableSpec, required: list[RowSpec], lines: list[list[Token]]) -> list[FoundRow]:
    out = []
    for row, toks in zip(required, lines, strict=False):
        i = table.rows.index(row)
        fr = FoundRow(i, row, row.label)
        for col, tok in zip(table.row_columns(row), toks, strict=False):
            fr.cells[col.key] = FoundCell(
                tok.raw, tok.start, tok.end, True, "row assigned by order: labels displaced in this rendering"
            )
        out.append(fr)
    return out


#: Most placements of a short row's values tried (combinations of blank positions).
MAX_PLACEMENTS = 5000


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


def _place_values(
    text: str, template: str, table: str, values: list[Token], cols: list[str]
) -> tuple[list[Piece], str]:
    """Put ``len(values) < len(cols)`` values of a row whose empty cells are not printed into
    columns: the spacing of the line (when it shows the gaps), then the row identity (T3-C:
    总计 = the six applicant columns) settle the positions; when they do not, the values are
    read left to right. The note says which; the cells are always marked inferred."""
    n, k = len(cols), len(values)
    rule = row_rule(template, table)
    fits: list[tuple[int, ...]] = []
    combos = itertools.combinations(range(n), k)
    for combo in itertools.islice(combos, MAX_PLACEMENTS):
        vals: list[Number] = [None] * n
        for pos, tok in zip(combo, values, strict=True):
            vals[pos] = piece_value(Piece(tok.raw, tok.start, tok.end))
        if rule(None, cols, vals):
            fits.append(combo)
    gaps = _gap_blanks(text, values)

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


def _assemble(
    text: str,
    template: str,
    table: TableSpec,
    rows: list[tuple[RowHit, list[Token], list[str]]],
    default: str = "space",
) -> list[FoundRow]:
    candidates: dict[str, list[list[Piece]]] = {}
    placed: dict[str, tuple[list[Piece], str]] = {}
    cols_of: dict[str, list[str]] = {}
    meta: dict[str, tuple[RowHit, str | None, list[str]]] = {}
    for hit, tokens, cols in rows:
        values = [t for t in tokens if t.kind == "value"]
        unit = next((t.raw for t in tokens if t.kind == "unit"), None)
        key = hit.row.key or "~" + match_key(hit.row.label)  # local rows without a key
        if not values and hit.row.optional:
            continue
        cands = split_candidates(values, len(cols)) if values else []
        if not cands and values and len(values) < len(cols) and default == "space" and segment_mode(
            text, hit.label_end, hit.seg_end, default
        ) == "space":
            # blank cells are invisible in this layout: place the values, never silently
            placed[key] = _place_values(text, template, table.key, values, cols)
            cands = [placed[key][0]]
        if not cands:
            # too few digits to fill every column: read left to right, the rest blank
            cands = [[Piece(t.raw, t.start, t.end) for t in values]]
        candidates[key] = cands
        cols_of[key] = cols
        meta[key] = (hit, unit, cols)
    picked = choose(template, table.key, candidates, cols_of)
    out = []
    for key, (hit, unit, cols) in meta.items():
        index, note = picked[key]
        pieces = candidates[key][index]
        fr = FoundRow(
            hit.index, hit.row, hit.label(text), unit=unit,
            label_start=hit.label_start, label_end=hit.label_end, seg_end=hit.seg_end,
        )
        for j, col in enumerate(cols):
            if key in placed:
                p = pieces[j]
                start, end = (p.start, p.end) if p.raw else (None, None)
                fr.cells[col] = FoundCell(p.raw, start, end, True, placed[key][1])
            elif j < len(pieces):
                p = pieces[j]
                fr.cells[col] = FoundCell(p.raw, p.start, p.end, p.split, note if p.split else None)
            else:
                fr.cells[col] = FoundCell("", None, None)
        out.append(fr)
    return out
