"""Columns read from where the values sit on their lines (PDF layout text).

``pdftotext -layout`` prints a ruled table as lines of values separated by runs of spaces; an
empty cell prints nothing, so a row of fewer values than columns does not say which cells are
empty. The rows of one page of a table do: every value of a column sits at the same place on its
line. The value tokens of consecutive rows are gathered into columns (token spans, counted in
characters from the line start, that overlap); a block of rows whose values make exactly as many
columns as the table has gives each value its column. A page break moves the columns (another
page, another layout): a row whose values would make more columns than the table has starts a
new block, and so does a run of two blank lines. A block with fewer columns (a column empty in
every row of it) or values that do not fall one to a column says nothing.

Example:
    >>> from textmine.tables.records import Token
    >>> text = "a   1   2   3\\nb   4       6\\n"
    >>> rows = [[Token("1", 4, 5, "value"), Token("2", 8, 9, "value"), Token("3", 12, 13, "value")],
    ...         [Token("4", 18, 19, "value"), Token("6", 26, 27, "value")]]
    >>> column_positions(text, rows, 3)
    [(0, 1, 2), (0, 2)]
    >>> column_positions("a 1 2 3 b 4 6", [rows[0], [Token("4", 10, 11, "value"), Token("6", 12, 13, "value")]], 3)
    [None, None]
"""

from __future__ import annotations

from collections.abc import Sequence

from textmine.tables.records import Token

#: Two blank lines between rows: a page break (the page number and form feed dropped).
PAGE_GAP = "\n\n\n"

Span = tuple[int, int]


def _span(text: str, tok: Token) -> Span:
    line_start = text.rfind("\n", 0, tok.start) + 1
    return tok.start - line_start, tok.end - line_start


def _set_apart(text: str, tok: Token) -> bool:
    """True when the token stands apart on its line: two spaces (or the line start) before it."""
    before = text[max(0, tok.start - 2):tok.start]
    return before == "  " or tok.start == 0 or before.endswith("\n") or "\t" in before


def _columns(spans: list[Span]) -> list[Span]:
    """Overlapping spans merged, left to right."""
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _wide_span(text: str, tok: Token) -> Span:
    """:func:`_span` in display columns: a Chinese (wide) character two columns, as a table lined
    up by hand in a monospaced editor counts them."""
    line_start = text.rfind("\n", 0, tok.start) + 1
    before = text[line_start:tok.start]
    start = len(before) + sum(1 for ch in before if ch >= "\u2e80")
    return start, start + (tok.end - tok.start)


def column_positions(text: str, rows: Sequence[Sequence[Token]], ncols: int) -> list[tuple[int, ...] | None]:
    """For each row of value tokens (in printed order), the column of each token, or ``None``
    where the positions on the lines do not settle it.

    Positions count characters (pdftotext places a Chinese character in one character cell);
    when that leaves rows unsettled, they are counted again in display columns (a Chinese
    character two, as a table lined up by hand in an editor counts them; only blocks holding a
    full row count), and the count that settles more rows is kept.

    >>> from textmine.tables.records import Token
    >>> text = "规章" + " " * 12 + "1   2   3\\n" + "行政规范性文件  4       6\\n"  # lined up by hand
    >>> rows = [[Token("1", 14, 15, "value"), Token("2", 18, 19, "value"), Token("3", 22, 23, "value")],
    ...         [Token("4", 33, 34, "value"), Token("6", 41, 42, "value")]]
    >>> column_positions(text, rows, 3)
    [(0, 1, 2), (0, 2)]
    """
    narrow = _column_positions(text, rows, ncols, _span)
    if all(x is not None for x, row in zip(narrow, rows, strict=True) if row) or not any(
            ch >= "\u2e80" for row in rows for t in row[:1] for ch in text[text.rfind("\n", 0, t.start) + 1:t.start]):
        return narrow
    wide = _column_positions(text, rows, ncols, _wide_span, anchored=True)
    return wide if sum(x is not None for x in wide) > sum(x is not None for x in narrow) else narrow


def _column_positions(text: str, rows: Sequence[Sequence[Token]], ncols: int, span, *,
                      anchored: bool = False) -> list[tuple[int, ...] | None]:
    """:func:`column_positions` with the token spans that ``span`` measures; with ``anchored``
    only blocks holding a full row (a value in every column) say anything: lines whose labels
    differ in width shift their values a column or two in display columns, and short rows alone
    could then make up as many columns as the table has."""
    out: list[tuple[int, ...] | None] = [None] * len(rows)
    # each block's rows with their spans, and the block's columns so far: merging the columns
    # already merged with a row's spans gives the columns of all the spans (overlap is a
    # relation of open intervals, whose union merging keeps)
    blocks: list[tuple[list[tuple[int, list[Span]]], list[Span]]] = []
    columns: list[Span] = []
    last_end = None
    for i, row in enumerate(rows):
        if not row or not _set_apart(text, row[0]):
            continue  # (values glued to their label: tested first, as below)
        if any("\n" in text[a.end:b.start] for a, b in zip(row, row[1:], strict=False)):
            continue  # a row's values spread over several lines: no single line to read
        if not all(_set_apart(text, t) for t in row) or (last_end is not None and "\n" not in text[last_end:row[0].start]):
            continue  # values glued to their label or to each other, or two rows on one line: no layout
        mine = [span(text, t) for t in row]
        broke = last_end is not None and PAGE_GAP in text[last_end:row[0].start]
        merged = _columns(columns + mine) if blocks and not broke else []
        if not blocks or broke or len(merged) > ncols:
            blocks.append(([], []))
            merged = _columns(mine)
        blocks[-1][0].append((i, mine))
        columns = merged
        blocks[-1][1][:] = merged
        last_end = row[-1].end
    for block, columns in blocks:
        if len(columns) != ncols or (anchored and not any(len(mine) == ncols for _, mine in block)):
            continue
        for i, mine in block:
            at = tuple(next(k for k, (a, b) in enumerate(columns) if a <= s[0] < b) for s in mine)
            if all(x < y for x, y in zip(at, at[1:], strict=False)):
                out[i] = at
    return out
