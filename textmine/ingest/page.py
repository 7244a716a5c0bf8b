"""A rendered page: report text as lines, with every data table kept as a grid.

The readers of structured formats (HTML, Word, PDF) all render to the same shape before the
text stages run: one line per paragraph or heading, and each data table as one line per row
with its cells separated by a TAB, its grid kept with the span it was rendered to. PDF pages
add the offset at which each page starts, so every span can be traced to its page.

Example:
    >>> page = assemble(["一、总体情况", [["规章", "0"]]])
    >>> page.text, page.tables[0].rows, (page.tables[0].start, page.tables[0].end)
    ('一、总体情况\\n规章\\t0', [['规章', '0']], (7, 11))
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from textmine.model import Table

#: A line of a page: text, or a table's grid (rows of cell texts).
Line = str | list[list[str]]


@dataclass
class RenderedTable:
    """A grid rendered into the page text at ``text[start:end]``."""

    rows: list[list[str]]
    start: int
    end: int
    caption: str = ""
    source: str = "html"
    short_rows: tuple[int, ...] = ()

    def to_table(self) -> Table:
        return Table(
            rows=self.rows, start=self.start, end=self.end, caption=self.caption, source=self.source,
            short_rows=self.short_rows,
        )


@dataclass
class RenderedPage:
    """The text rendering of a page, its tables, metadata-box fields and warnings.

    ``pages`` holds the offset in ``text`` where each page starts (PDF only; empty otherwise).
    """

    text: str
    tables: list[RenderedTable] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    header: dict[str, str] = field(default_factory=dict)
    pages: list[int] = field(default_factory=list)


def assemble(
    lines: Sequence[Line],
    *,
    captions: Mapping[int, str] | None = None,
    header: Mapping[str, str] | None = None,
    page_starts: Sequence[int] = (),
    source: str = "html",
    short_rows: Mapping[int, tuple[int, ...]] | None = None,
) -> RenderedPage:
    """Join rendered lines into one text, grids as TAB-separated rows.

    Args:
        lines: text lines and grids in reading order.
        captions: a caption for the grid at a line index.
        header: page metadata fields (来源, 发布时间 …).
        page_starts: for each page, the index of its first line (a page without lines starts
            where the next line does); empty when the input has no pages.
        source: the ``Table.source`` of the grids (``html``, ``docx``, ``pdf``).
        short_rows: for the grid at a line index, its rows that printed fewer cells than its width.
    """
    captions = captions or {}
    parts: list[str] = []
    tables: list[RenderedTable] = []
    starts: list[int] = []
    pos = 0
    for index, line in enumerate(lines):
        if parts:
            parts.append("\n")
            pos += 1
        starts.append(pos)
        if isinstance(line, str):
            parts.append(line)
            pos += len(line)
            continue
        rows = [[cell.replace("\t", " ").replace("\n", " ") for cell in row] for row in line]
        block = "\n".join("\t".join(row) for row in rows)
        tables.append(
            RenderedTable(rows, pos, pos + len(block), captions.get(index, ""), source=source,
                          short_rows=(short_rows or {}).get(index, ()))
        )
        parts.append(block)
        pos += len(block)
    pages = [starts[i] if i < len(starts) else pos for i in page_starts]
    return RenderedPage("".join(parts), tables, header=dict(header or {}), pages=pages)
