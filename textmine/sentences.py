"""Sentence units of a report's prose, with spans and the section each belongs to.

A unit ends at ``。！？；`` (full or half width; a closing quote or bracket right after the
stop stays with the sentence), at a blank line, or after a short line (a date or signature
line; hard-wrapped PDF lines are longer and do not end a unit). Headings, statistics sections and the
``exclude`` spans (table regions) and a table of contents before the body
(:func:`textmine.sections.find_toc`) yield no sentences, and a sentence never spans two
sections. Text before the first heading has kind ``preamble``; signature and footer lines
(dates, 附件下载, copyright) have kind ``closing``.

Example:
    >>> from textmine.sections import find_sections
    >>> text = "说明。\\n一、概述\\n我区公开信息。共10条！"
    >>> [(s.text, s.kind) for s in split_sentences(text, find_sections(text))]
    [('说明。', 'preamble'), ('我区公开信息。', 'overview'), ('共10条！', 'overview')]
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence

from textmine.model import Section, Sentence
from textmine.sections import find_toc, is_closing

logger = logging.getLogger(__name__)

#: A sentence stop with the closing quotes/brackets that follow it, or a blank line.
RE_STOP = re.compile(r"[。！？!?；;][”’」』）)\"']*|\n[ \t\u3000]*\n")
#: A line this short (after stripping) ends its paragraph; hard-wrapped lines are longer.
SHORT_LINE = 20
#: Punctuation that cannot start a sentence (left over where a run-on heading was cut).
LEADING_JUNK = frozenset("，,、：:；;。")
#: Space and :data:`LEADING_JUNK` at the start of a unit (``\\s`` is ``str.isspace``).
RE_LEADING = re.compile("[\\s" + re.escape("".join(sorted(LEADING_JUNK))) + "]*")
#: Text that carries words (a unit of only punctuation/space is dropped).
RE_WORDY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def split_sentences(
    text: str,
    sections: list[Section],
    *,
    exclude: Sequence[tuple[int, int]] = (),
) -> list[Sentence]:
    """Split the prose of ``text`` into sentences tagged with their innermost section.

    Args:
        text: the report's normalised text.
        sections: the sections of ``text`` (from :func:`textmine.sections.find_sections`).
        exclude: half-open ``(start, end)`` spans that hold no prose (e.g. table regions).

    Returns:
        Sentences numbered 1… in text order; ``text[s.start:s.end] == s.text``.

    Raises:
        ValueError: a span in ``exclude`` is not a valid ``(start, end)`` pair in ``text``.

    >>> [s.text for s in split_sentences("甲。乙；丙", [])]
    ['甲。', '乙；', '丙']
    """
    blocked: list[tuple[int, int]] = []
    for start, end in exclude:
        if not (0 <= start <= end <= len(text)):
            raise ValueError(
                f"exclude span {(start, end)!r} is not within the text (0..{len(text)}); "
                "expected 0 <= start <= end <= len(text)"
            )
        blocked.append((start, end))
    toc = find_toc(text)
    if toc:
        blocked.append(toc)
    for sec in sections:
        blocked.append((sec.start, sec.heading_end))
        if sec.kind == "statistics":
            blocked.append((sec.start, sec.end))
    cuts = {0, len(text)}
    for sec in sections:
        cuts.update((sec.start, sec.heading_end, sec.end))
    for start, end in blocked:
        cuts.update((start, end))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    blocked = _union(blocked)
    starts = [b[0] for b in blocked]
    innermost = _Innermost(sections)

    out: list[Sentence] = []
    for a, b in zip(points, points[1:], strict=False):
        if a >= b or _is_blocked(a, blocked, starts):
            continue
        section = innermost.at(a)
        for s, e in _units(text, a, b):
            piece = text[s:e]
            kind = section.kind if section else "preamble"
            if is_closing(piece):
                kind = "closing"
            out.append(
                Sentence(
                    sentence_id=len(out) + 1,
                    section_id=section.section_id if section else None,
                    kind=kind,
                    text=piece,
                    start=s,
                    end=e,
                )
            )
    logger.debug("split %d sentences", len(out))
    return out


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of half-open spans as sorted, disjoint spans (empty spans dropped)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _is_blocked(pos: int, blocked: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``pos`` lies in one of the disjoint, sorted ``blocked`` spans (a bisection)."""
    k = bisect.bisect_right(starts, pos)
    return k > 0 and pos < blocked[k - 1][1]


class _Innermost:
    """The innermost section at increasing positions, in one sweep over the sections.

    At each position the answer is the containing section of the highest level, the later one
    on a tie; the sections open at a position form a chain (their nesting), so the sweep is
    linear in the text's sections rather than quadratic.
    """

    def __init__(self, sections: list[Section]) -> None:
        self._order = sorted(range(len(sections)), key=lambda i: sections[i].start)
        self._sections = sections
        self._next = 0
        self._open: list[int] = []
        self._pos = -1

    def at(self, pos: int) -> Section | None:
        if pos < self._pos:
            raise ValueError(f"positions must not decrease: {pos} after {self._pos}")
        self._pos = pos
        secs = self._sections
        while self._next < len(self._order) and secs[self._order[self._next]].start <= pos:
            self._open.append(self._order[self._next])
            self._next += 1
        self._open = [i for i in self._open if pos < secs[i].end]
        if not self._open:
            return None
        return secs[max(self._open, key=lambda i: (secs[i].level, i))]


def _short_lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Split a span after short lines (a line of <= SHORT_LINE chars ends its paragraph)."""
    nl = text.find("\n", s, e)
    if nl < 0:
        return [(s, e)]
    out = []
    pos = s
    while nl >= 0:
        line = text[pos:nl].strip()
        if line and len(line) <= SHORT_LINE and line[-1] not in "，,、":
            out.append((pos, nl))
            pos = nl + 1
        nl = text.find("\n", nl + 1, e)
    out.append((pos, e))
    return out


def _units(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Stripped sentence spans inside ``text[a:b]``."""
    spans = []
    pos = a
    for m in RE_STOP.finditer(text, a, b):
        start, end = m.span()
        spans.append((pos, start if text[start] == "\n" else end))
        pos = end
    spans.append((pos, b))
    if text.find("\n", a, b) >= 0:  # else no span has a line to split after
        spans = [piece for span in spans for piece in _short_lines(text, *span)]
    out = []
    for s, e in spans:
        s = RE_LEADING.match(text, s, e).end()  # type: ignore[union-attr]  # always matches
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and RE_WORDY.search(text, s, e):
            out.append((s, e))
    return out
