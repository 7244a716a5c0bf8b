"""Markdown pipe tables (``| a | b |``) found in text, as grids with their raw spans.

Consecutive lines that start with ``|`` form one table; separator rows (``|---|:--:|``) are
part of the span but not of the rows; rows are kept as found (they may differ in length).
A pandoc grid table (``+----+----+`` rules, ``+====+`` under the header) is one table whose row
is every text line between two rules: a cell wrapped over several lines is joined back into
one cell (``| 第二十条第（一 |`` / ``| ）项 |`` is ``第二十条第（一）项``).

Example:
    >>> raw = "表二\\n| 规章 | 0 |\\n|---|---|\\n| 规范性文件 | 13 |\\n"
    >>> table = find_pipe_tables(raw)[0]
    >>> table.rows, raw[table.start:table.end]
    ([['规章', '0'], ['规范性文件', '13']], '| 规章 | 0 |\\n|---|---|\\n| 规范性文件 | 13 |')
"""

from __future__ import annotations

import re

from textmine.ingest.spans import line_spans
from textmine.model import Table

#: A pipe-table row: starts with | and holds at least one more |.
RE_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|", re.M)

#: A separator row: cells of dashes with optional alignment colons.
RE_SEPARATOR = re.compile(r"^[ \t]*\|(?:[ \t]*:?-{1,}:?[ \t]*\|)+[ \t]*$")

#: A separator row of a table printed without outer pipes (GitHub's tables allow them: ``:-: | :-:``,
#: ``--- | ---``): cells of dashes (one or more) with optional colons, at least one ``|`` between.
RE_BARE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")

#: Cell boundaries: | not escaped with a backslash.
RE_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def split_row(line: str) -> list[str]:
    """Split one pipe-table row into stripped cells.

    >>> split_row("| a | b |  |")
    ['a', 'b', '']
    """
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [cell.strip().replace("\\|", "|") for cell in RE_CELL_SPLIT.split(body)]


def split_bare_row(line: str) -> list[str]:
    r"""Split a row of a table printed without outer pipes into stripped cells: a ``|`` at the line's
    start opens an empty first cell (the table's own rows print none there), one at its end closes
    the row.

    >>> split_bare_row("规章 | 3 | 0"), split_bare_row(" |  | 2.其他 | 0 | ")
    (['规章', '3', '0'], ['', '', '2.其他', '0'])
    """
    body = line.rstrip()
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [cell.strip().replace("\\|", "|") for cell in RE_CELL_SPLIT.split(body)]


def bare_table_end(raw: str, spans: list[tuple[int, int]], i: int) -> int | None:
    r"""The index past the last row of a table printed without outer pipes whose header is line ``i``
    (a line holding a ``|`` that does not start with one, over a separator row with as many cells,
    a last empty cell printed before a closing ``|`` counted),
    its rows every following line that holds a ``|``; ``None`` when line ``i`` heads no such table.

    >>> raw = "规章 | 3\n:-: | :-:\n行政许可 | 5\n正文"
    >>> bare_table_end(raw, line_spans(raw), 0), bare_table_end("网站 | 首页\n正文", line_spans("网站 | 首页\n正文"), 0)
    (3, None)
    """
    if i + 1 >= len(spans) or raw.find("|", *spans[i + 1]) < 0:
        return None  # (most lines: no separator row under them, nothing copied)
    head = raw[spans[i][0]:spans[i][1]]
    rule = raw[spans[i + 1][0]:spans[i + 1][1]]
    if "|" not in head or head.lstrip().startswith("|") or not RE_BARE_SEPARATOR.match(rule):
        return None
    if len(split_bare_row(rule)) not in (len(split_bare_row(head)), len(RE_CELL_SPLIT.split(head.rstrip()))):
        return None  # as many cells as the separator (a last empty cell before a closing pipe kept)
    j = i + 2
    while j < len(spans) and "|" in raw[spans[j][0]:spans[j][1]]:
        j += 1
    return j


#: A rule line of a pandoc grid table: ``+----+:---:+`` or ``+====+====+``.
RE_GRID_RULE = re.compile(r"[ \t]*\+(?:[-=:]{2,}\+)+[ \t\r]*$")
#: An ASCII letter or digit: two wrapped pieces that meet between two of them had a space there.
RE_WORD_CHAR = re.compile(r"[A-Za-z0-9]")


def _join_pieces(pieces: list[str]) -> str:
    """The pieces of a cell wrapped over lines, joined: without a space between CJK text (a
    line break inside a Chinese word), with one between two ASCII words."""
    out = ""
    for piece in (p for p in pieces if p):
        if out and RE_WORD_CHAR.match(out[-1]) and RE_WORD_CHAR.match(piece[0]):
            out += " "
        out += piece
    return out


def grid_table_rows(lines: list[str]) -> list[list[str]] | None:
    """The rows of a pandoc grid table given as its lines (rules and cell lines), each row the
    cell lines between two rules with every column's pieces joined; ``None`` when a row's lines
    differ in their number of cells (a cell spanning columns: read as plain pipe rows).

    >>> grid_table_rows(["+----+----+", "| 规 | 3  |", "| 章 |    |", "+====+====+", "| 规 | 0  |", "+----+----+"])
    [['规章', '3'], ['规', '0']]
    """
    rows: list[list[str]] = []
    pending: list[list[str]] = []
    for line in lines + ["+"]:
        if RE_GRID_RULE.match(line) or line == "+":
            if pending:
                if len({len(p) for p in pending}) != 1:
                    return None
                rows.append([_join_pieces([p[j] for p in pending]) for j in range(len(pending[0]))])
                pending = []
        else:
            pending.append(split_row(line))
    return rows or None


def find_pipe_tables(raw: str) -> list[Table]:
    """Find the pipe tables of ``raw``; ``start``/``end`` index ``raw`` (not yet normalised).

    >>> find_pipe_tables("no table here")
    []
    """
    tables: list[Table] = []
    block: list[tuple[int, int]] = []

    def close() -> None:
        rows = [split_row(raw[s:e]) for s, e in block if not RE_SEPARATOR.match(raw[s:e])]
        if rows:
            end = block[-1][1]
            while end > block[-1][0] and raw[end - 1] in " \t\r":
                end -= 1
            tables.append(Table(rows=rows, start=block[0][0], end=end, source="pipe"))
        block.clear()

    spans = list(line_spans(raw))
    i = 0
    while i < len(spans):
        start, end = spans[i]
        if RE_GRID_RULE.match(raw, start, end):
            j = i + 1
            while j < len(spans) and (RE_GRID_RULE.match(raw, *spans[j]) or RE_PIPE_ROW.match(raw, *spans[j])):
                j += 1
            last = max(k for k in range(i, j) if RE_GRID_RULE.match(raw, *spans[k]))
            rows = grid_table_rows([raw[s:e] for s, e in spans[i:last + 1]]) if last > i else None
            if rows:
                if block:
                    close()
                tables.append(Table(rows=rows, start=start, end=spans[last][1], source="pipe"))
                i = last + 1
                continue
        bare = None if block else bare_table_end(raw, spans, i)
        if bare is not None:  # a table without outer pipes: its header, separator and rows
            rows = [split_bare_row(raw[s:e]) for k, (s, e) in enumerate(spans[i:bare]) if k != 1]
            end = spans[bare - 1][1]
            while end > start and raw[end - 1] in " \t\r":
                end -= 1
            tables.append(Table(rows=rows, start=start, end=end, source="pipe"))
            i = bare
            continue
        if RE_PIPE_ROW.match(raw, start, end):
            block.append((start, end))
        elif block:
            close()
        i += 1
    if block:
        close()
    return tables
