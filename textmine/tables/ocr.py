"""Counts OCR read with letters for digits inside a table's rows: ``2O`` for 20, ``l5`` for 15.

An image of a table run through OCR gives rows whose counts carry the letter O (o) for 0 and l (I) for 1.
In a line that is a table row — an optional label, then cells only, three or more, one at least printed in
digits — each cell that is such a count (:func:`textmine.tables.cells.ocr_count`, or a lone ``o``: a zero in
lower case, which only a row of counts makes a count) is read with its digits. The text keeps its length, so
every offset still points into the report; prose (``见附件 l5 页``, ``o``) is left alone.

Example:
    >>> ocr_rows("予以公开 2O 0 l5 35\\n见附件 l5 页")
    '予以公开 20 0 15 35\\n见附件 l5 页'
"""

from __future__ import annotations

import re

from textmine.tables.cells import OCR_DIGITS, ocr_count, read_cell

#: A token holding one of OCR's letters for a digit beside digits or another such letter (a quick test).
RE_OCR_TOKEN = re.compile(
    r"(?<!\S)[0-9OoIl]*(?:[0-9][OoIl]|[OoIl][0-9OoIl])[0-9OoIl]*(?!\S)|(?<!\S)[lo](?!\S)"
)
RE_TOKEN = re.compile(r"\S+")
#: A zero OCR read as a lower-case o: a count only among a row's counts.
LOWER_ZERO = "o"
#: The fewest cells, and of them the fewest printed in digits, of a line whose OCR'd counts are read.
MIN_CELLS = 3
MIN_DIGIT_CELLS = 1


class _Last:
    """The last text read and its reading (asked again for the same report's reading options)."""

    entry: tuple[str | None, str | None] = (None, None)


def ocr_rows(text: str) -> str:
    """``text`` with the OCR'd counts of its table rows in digits (same length; ``text`` itself when none)."""
    if not RE_OCR_TOKEN.search(text):
        return text
    last_in, last_out = _Last.entry
    if last_in is text and last_out is not None:
        return last_out
    chars = list(text)
    pos = 0
    changed = False
    for line in text.split("\n"):
        if RE_OCR_TOKEN.search(line):
            for start, end in _row_counts(line):
                chars[pos + start : pos + end] = line[start:end].translate(OCR_DIGITS)
                changed = True
        pos += len(line) + 1
    out = "".join(chars) if changed else text
    _Last.entry = (text, out)
    return out


def _row_counts(line: str) -> list[tuple[int, int]]:
    """Spans of the OCR'd counts of ``line`` when it is a table row (label, then cells only)."""
    tokens = [(m.start(), m.end(), m.group()) for m in RE_TOKEN.finditer(line)]
    cells: list[tuple[int, int, str]] = []
    for token in reversed(tokens):
        if read_cell(token[2])[1] == "text" and token[2] != LOWER_ZERO:
            break
        cells.append(token)
    digits = sum(1 for _, _, t in cells if t.isdigit())
    if zero_row(cells, len(tokens)):
        return [(s, e) for s, e, _ in cells]
    if len(cells) < MIN_CELLS or digits < MIN_DIGIT_CELLS:
        return []
    return [(s, e) for s, e, t in cells if t == LOWER_ZERO or ocr_count(t) is not None]


#: The fewest cells of a row of zeros OCR printed all as letters (``O o o O O O o``).
MIN_ZERO_CELLS = 5


def zero_row(cells: list[tuple[int, int, str]], n_tokens: int) -> bool:
    """True when a row's cells are all a lone ``O`` or ``o`` (five at least) after a label: a row of zeros that
    OCR read as letters, with no cell left in digits to show it is a row of counts.

    >>> cells = [(0, 1, x) for x in "OooOOOo"]
    >>> zero_row(cells, 8), zero_row(cells, 7), zero_row(cells[:4], 5)  # no label before: not shown a row
    (True, False, False)
    >>> zero_row([(0, 1, "O"), (0, 1, "o"), (0, 1, "x"), (0, 1, "O"), (0, 1, "O")], 6)
    False
    """
    return (
        len(cells) >= MIN_ZERO_CELLS
        and n_tokens > len(cells)
        and all(t in ("O", LOWER_ZERO) for _, _, t in cells)
    )
