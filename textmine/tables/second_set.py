"""A second set of the template's tables printed after the first (a body's own tables followed by
its subordinate units', a county's followed by a 汇总 of its townships).

``extract_cells`` reads one set: the first. A second set starts where a table of the template
opens again — its anchor printed with its column labels, like the first set's tables
(:func:`~textmine.tables.step1_regions._table_start`) — after every cell the first set read, and
its own rows with values follow: reading the text from there gives cells again. A header row
repeated across a page break lies before cells the first set read (the same table goes on), and
a caption quoted in prose (详见“收到和处理政府信息公开申请情况”表) has no rows after it: neither
is a second set.

Example:
    >>> from textmine.tables.second_set import find_second_set
    >>> find_second_set("三、收到和处理政府信息公开申请情况 详见上表。", "gov2021", []) is None
    True
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from textmine.model import Cell, Document
from textmine.tables import extract_cells
from textmine.tables.labels import label_pattern
from textmine.tables.registry import get_template
from textmine.tables.step1_regions import _labelled, find_regions

logger = logging.getLogger(__name__)

#: Fewest rows with a number the text after a repeated anchor must give to be a second set.
MIN_SECOND_ROWS = 2
#: Longest heading (and line before it) a message quotes, in characters.
HEADING_CHARS = 40


@dataclass(frozen=True)
class SecondSet:
    """Where a second set of tables starts and what reading it gives (cells not in ``cells``)."""

    start: int  # start of the heading line of its first table
    anchor: int  # offset of the anchor that opens it
    heading: str  # that line, stripped
    lead: str  # the non-blank line before it (whose tables these are), or ""
    tables: tuple[str, ...]  # table keys it prints with values
    cells: int  # cells with a value its reading gives


def _line(text: str, pos: int) -> tuple[int, str, str]:
    """(start of the line holding ``pos``, that line, the non-blank line before it)."""
    start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    end = min([i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0], default=len(text))
    if pos - start > HEADING_CHARS:  # a text without line breaks: the heading from its anchor
        return pos, text[pos:end][:HEADING_CHARS].strip(), ""
    before = [ln.strip() for ln in text[:start].splitlines() if ln.strip()]
    return start, text[start:end][: 2 * HEADING_CHARS].strip(), before[-1][: 2 * HEADING_CHARS] if before else ""


def _anchors_again(text: str, template: str, pos: int, read: frozenset[str] = frozenset()) -> list[int]:
    """Offsets (ascending) of every anchor at or after ``pos`` of a table of ``template`` that the
    first set opened before (:func:`~textmine.tables.step1_regions.find_regions`), printed with the
    table's column labels around it: that table is printed again. A table the first set opens only
    there (its own first anchor) is the first set's, however late; and a second set starts after
    the first set's last table (of those it read, ``read``) opened: an anchor before that is inside
    the first set (a Markdown table's header line naming its table again, whose cells carry no
    offsets to be after)."""
    spec = get_template(template)
    opened = {r.table.key: r.start for r in find_regions(text, spec) if r.printed}
    pos = max([pos] + [at for key, at in opened.items() if key in read])
    out = set()
    for table in spec.tables:
        first = opened.get(table.key)
        if first is None:
            continue
        for anchor in table.anchors:
            for m in label_pattern(anchor.replace(" ", "")).finditer(text, max(pos, first + 1)):
                if _labelled(text, table, m.start()):
                    out.add(m.start())
    return sorted(out)


def find_second_set(text: str, template: str, cells: Sequence[Cell], *, max_tries: int = 3) -> SecondSet | None:
    """The second set of ``template``'s tables in ``text`` after the first set's ``cells``, or ``None``.

    Args:
        text: the document text the cells were read from (their offsets index it).
        template: the template the first set was read with.
        cells: what :func:`~textmine.tables.extract_cells` read (the first set).
        max_tries: how many anchors after the first set to try reading from.
    """
    read = [c.end for c in cells if c.template == template and c.status != "missing" and c.end is not None]
    if not read:
        return None
    tried: set[int] = set()
    end = max(read)
    tables_read = frozenset(c.table for c in cells if c.template == template and c.status != "missing")
    for pos in _anchors_again(text, template, end, tables_read):
        start, heading, lead = _line(text, pos)
        if start in tried or len(tried) >= max_tries:
            continue
        tried.add(start)
        tail = text[max(start, end):]  # never the first set's cells again (a text with no line breaks)
        doc = Document(text=tail, raw_text=tail, offsets=list(range(len(tail))), sha256="")
        got = [c for c in extract_cells(doc, template=template) if c.status == "number"]
        rows = {(c.table, c.row_key, c.label) for c in got}
        if len(rows) >= MIN_SECOND_ROWS:
            tables = tuple(dict.fromkeys(c.table for c in got))
            logger.debug("second set of %s tables at %d (%r): %d cells", template, start, heading, len(got))
            return SecondSet(start, pos, heading, lead, tables, len(got))
    return None
