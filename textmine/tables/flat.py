"""Cells of one table row as printed in text, and the ways a flattened digit run can split.

Text renderings differ in what separates cells: a TAB (HTML tables rendered by ingest), a
pipe (markdown), a line per cell (the seed's one-cell-per-line table, where a line holding
only spaces is a blank cell), spaces (PDF layout, space-separated crawls) or nothing at all
(``主动公开信息数条4251516`` = 条 | 425 | 1516). :func:`read_segment` returns the cell tokens
after a row label; :func:`split_candidates` lists every way digit runs can make ``n`` cells.

Example:
    >>> toks = read_segment("条4251516其中", 0, 11, mode="space")
    >>> [(t.raw, t.kind) for t in toks]
    [('条', 'unit'), ('4251516', 'value')]
    >>> [[p.raw for p in c] for c in split_candidates(toks, 2)][:2]
    [['4', '251516'], ['42', '51516']]
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from textmine.tables.cells import is_number_text, read_cell
from textmine.tables.registry import cell_words

#: A number as printed in a cell (thousands commas and decimals allowed).
NUMBER = r"[+\-]?\d[\d,]*(?:\.\d+)?"
#: A parenthetical note printed after a number in the same cell: ``12 (含转办)``. Numbering
#: such as （一） or (3) is the next row's label, never a note.
NOTE = r"[ \t\u3000]*[（(](?![一二三四五六七八九十\d]+[）)])[^（）()\n]{1,30}[）)]"


@functools.lru_cache(maxsize=1)
def token_pattern() -> re.Pattern[str]:
    """One token of space-separated or flattened text, built from the lexicon's cell words:
    a number (with a glued suffix unit such as 元), a dash, 无/没有, a unit, or anything else."""
    words = cell_words()
    alt = lambda items: "|".join(re.escape(x) for x in items)  # noqa: E731
    dashes = "".join(re.escape(x) for x in words["dash"] if len(x) == 1 and x != "-")
    return re.compile(
        rf"(?P<noted>{NUMBER}{NOTE})"
        # commas that do not group thousands (1,18): one text cell, never 1 | , | 18
        r"|(?P<commas>(?!\d{1,3}(?:,\d{3})+(?![\d,]))\d+(?:,\d+)+)"
        rf"|(?P<num>[+\-]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:{alt(words['suffix_units'])})?)"
        rf"|(?P<dash>[{dashes}]+|-(?!\d))"
        rf"|(?P<none>{alt(words['none_word'])})(?![\u4e00-\u9fff])"
        rf"|(?P<unit>{alt(words['units'])})"
        r"|(?P<ws>\s+)"
        r"|(?P<other>.)",
        re.S,
    )


#: Page furniture of PDF text: page numbers like -3- and form feeds.
RE_PAGE_NUMBER = re.compile(r"^\s*[-—]\s*\d{1,3}\s*[-—]\s*$")


@dataclass
class Token:
    """A cell (``kind`` value or blank) or a printed unit (``kind`` unit) with its span."""

    raw: str
    start: int
    end: int
    kind: str  # value | unit


def region_mode(text: str, start: int, end: int) -> str:
    """How cells are separated in a region without TABs or pipes: ``lines`` or ``space``.

    ``lines`` is the one-cell-per-line rendering: many lines hold one value or only spaces and
    almost no line holds two numbers.

    >>> region_mode("一、主动公开情况\\n\\n 67467\\n\\n（一）主动公开政府信息数\\n\\n15689\\n\\n 7584\\n\\n \\n", 0, 50)
    'lines'
    """
    lines = [ln for ln in text[start:end].split("\n") if ln != ""]
    if len(lines) < 4:
        return "space"
    single = sum(1 for ln in lines if read_cell(ln)[1] != "text")  # one value or only spaces
    multi = sum(1 for ln in lines if len(re.findall(r"(?<![\d.])\d+", ln)) >= 2)
    if single >= 0.3 * len(lines) and multi <= 2:
        return "lines"
    return "space"


def segment_mode(text: str, label_end: int, seg_end: int, default: str) -> str:
    """The separator of the row whose label ends at ``label_end``: tab, pipe or ``default``."""
    line_start = text.rfind("\n", 0, label_end) + 1
    line_end = text.find("\n", label_end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if "\t" in line:
        return "tab"
    if line.lstrip().startswith("|"):
        return "pipe"
    return default


def _kind(raw: str) -> str | None:
    """``value`` / ``unit`` for a cell text, ``None`` for text that ends the row."""
    stripped = raw.strip()
    if stripped in cell_words()["units"]:
        return "unit"
    if read_cell(raw)[1] != "text" or is_number_text(stripped):
        return "value"
    return None


def _separated(text: str, start: int, end: int, sep: str) -> list[Token]:
    line_end = text.find("\n", start, end)
    stop = line_end if line_end >= 0 else end
    out: list[Token] = []
    pos = start
    pieces = text[start:stop].split(sep)
    if sep == "|" and pieces and pieces[-1].strip() == "":
        pieces = pieces[:-1]  # the closing pipe
    for i, piece in enumerate(pieces):
        p_start = pos
        pos += len(piece) + 1
        if i == 0:
            continue  # rest of the label's own cell
        kind = _kind(piece)
        if kind is None:
            if not out:
                continue  # a second label cell (e.g. the group column)
            kind = "value"  # separators make it a cell: a text cell
        lead = len(piece) - len(piece.lstrip())
        raw = piece.strip()
        s = p_start + lead if raw else p_start
        out.append(Token(raw if raw else piece, s, s + len(raw) if raw else p_start + len(piece), kind))
    return out


def _lines(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    pos = start
    first = True
    lines = text[start:end].split("\n")
    if len(lines) > 1 and end < len(text) and text[end] != "\n":
        lines = lines[:-1]  # the indentation of the next label's line, not a cell
    for line in lines:
        l_start = pos
        pos += len(line) + 1
        if first:
            first = False
            if line.strip() == "":
                continue  # rest of the label line
        if line == "" or RE_PAGE_NUMBER.match(line):
            continue
        kind = _kind(line)
        if kind is None:
            break
        raw = line.strip()
        s = l_start + (len(line) - len(line.lstrip())) if raw else l_start
        out.append(Token(raw if raw else line, s, s + len(raw) if raw else l_start + len(line), kind))
    return out


def _space_tokens(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    for m in token_pattern().finditer(text, start, end):
        group = m.lastgroup
        if group == "ws":
            continue
        if group == "other":
            break
        kind = "unit" if group == "unit" else "value"
        out.append(Token(m.group(), m.start(), m.end(), kind))
    return out


def read_segment(text: str, start: int, end: int, *, mode: str) -> list[Token]:
    """The cell tokens printed in ``text[start:end]`` after a row label.

    ``mode`` is ``tab``, ``pipe``, ``lines`` or ``space``; reading stops at the first text
    that is neither a value nor a unit (the next label, a header, prose).
    """
    if mode == "tab":
        return _separated(text, start, end, "\t")
    if mode == "pipe":
        return _separated(text, start, end, "|")
    if mode == "lines":
        return _lines(text, start, end)
    return _space_tokens(text, start, end)


@dataclass
class Piece:
    """A cell made from (part of) a token: ``raw`` text and its span."""

    raw: str
    start: int
    end: int
    split: bool = False  # True when cut out of a longer digit run


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
    """Every way to cut a number token into ``k`` numbers (no leading zeros)."""
    if k == 1:
        return [[Piece(tok.raw, tok.start, tok.end)]]
    m = number_pattern().fullmatch(tok.raw)
    if not m:
        return []
    sign, digits, tail = m.groups()
    out = []
    for bounds in _cut_bounds(digits, k):
        pieces = []
        for j, (a, b) in enumerate(itertools.pairwise(bounds)):
            raw = digits[a:b]
            s = tok.start + len(sign) + a
            e = tok.start + len(sign) + b
            if j == 0 and sign:
                raw, s = sign + raw, tok.start
            if j == k - 1 and tail:
                raw, e = raw + tail, tok.end
            pieces.append(Piece(raw, s, e, split=True))
        out.append(pieces)
    return out


def split_candidates(tokens: list[Token], n: int, *, limit: int = 20000) -> list[list[Piece]]:
    """All ways the value tokens make exactly ``n`` cells (digit runs cut where needed).

    Returns ``[]`` when the tokens cannot make ``n`` cells (too few digits). The search only
    follows branches that can still make ``n`` cells: a token gives at most one cell per digit.
    """
    values = [t for t in tokens if t.kind == "value"]
    if len(values) >= n:
        return [[Piece(t.raw, t.start, t.end) for t in values[:n]]]
    matches = [number_pattern().fullmatch(t.raw) for t in values]
    # most cells each token can give, and the most that the tokens after it can give together
    most = [len(m.group(2)) if m else 1 for m in matches]
    most_after = [sum(most[i + 1 :]) for i in range(len(values))]
    splits: dict[tuple[int, int], list[list[Piece]]] = {}
    out: list[list[Piece]] = []

    def walk(i: int, left: int, acc: list[Piece]) -> None:
        if len(out) >= limit:
            return
        if i == len(values):
            if left == 0:
                out.append(list(acc))
            return
        remaining = len(values) - i - 1
        max_k = min(left - remaining, most[i]) if matches[i] else 1
        for k in range(max(1, left - most_after[i]), max_k + 1):
            if (i, k) not in splits:
                splits[i, k] = _split_number(values[i], k)
            for parts in splits[i, k]:
                walk(i + 1, left - k, acc + parts)

    walk(0, n, [])
    return out


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
    out: list[list[Piece]] = []

    def number_at(pos: int) -> list[int]:
        if pos >= len(digits):
            return []
        if digits[pos] == "0":
            return [pos + 1]
        return list(range(pos + 1, min(len(digits), pos + 7) + 1))

    def walk(pos: int, group: int, acc: list[tuple[int, int]]) -> None:
        if len(out) >= limit:
            return
        if group == groups:
            if pos == len(digits):
                out.append([Piece(digits[a:b], tok.start + a, tok.start + b, split=True) for a, b in acc])
            return

        def inner(p: int, k: int, got: list[tuple[int, int]]) -> None:
            if k == parts:
                total = str(sum(int(digits[a:b]) for a, b in got))
                if digits.startswith(total, p):
                    walk(p + len(total), group + 1, acc + got + [(p, p + len(total))])
                return
            for e in number_at(p):
                inner(e, k + 1, got + [(p, e)])

        inner(pos, 0, [])

    walk(0, 0, [])
    return out
