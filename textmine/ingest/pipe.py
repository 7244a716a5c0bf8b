"""Markdown pipe tables (``| a | b |``) found in text, as grids with their raw spans.

Consecutive lines that start with ``|`` form one table; separator rows (``|---|:--:|``) are
part of the span but not of the rows; rows are kept as found (they may differ in length).

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

    for start, end in line_spans(raw):
        if RE_PIPE_ROW.match(raw, start, end):
            block.append((start, end))
        elif block:
            close()
    if block:
        close()
    return tables
