"""Line and span helpers shared by the ingest passes (all offsets index the raw text).

Example:
    >>> line_spans("ab\\ncd")
    [(0, 2), (3, 5)]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence


def line_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every line, without its ``\\n`` (a final empty line is kept).

    >>> line_spans("a\\n")
    [(0, 1), (2, 2)]
    """
    spans = []
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, end))
        start = end + 1


def merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort and merge overlapping or touching half-open spans.

    >>> merge([(5, 7), (0, 2), (1, 3)])
    [(0, 3), (5, 7)]
    """
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


class SpanSet:
    """A merged set of half-open spans with fast containment queries.

    >>> SpanSet([(2, 6)]).covers(3, 5), SpanSet([(2, 6)]).overlaps(5, 9)
    (True, True)
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = merge(spans)
        self._starts = [s for s, _ in self.spans]

    def _index(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos) - 1

    def covers(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside one span (an empty range: ``start`` inside)."""
        i = self._index(start)
        return i >= 0 and self.spans[i][1] >= max(end, start + 1)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with a span."""
        i = self._index(max(start, end - 1))
        while i >= 0:
            s, e = self.spans[i]
            if e <= start:
                return False
            if s < end:
                return True
            i -= 1
        return False


def raw_to_text_span(offsets: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Map a raw ``[start, end)`` span to the normalised text through ``offsets``.

    >>> raw_to_text_span([0, 1, 3, 4], 1, 4)
    (1, 3)
    """
    return bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
