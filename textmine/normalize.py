"""Character normalisation that keeps a map back to the original offsets.

Every change is either a one-to-one replacement of a character or a deletion, so the
normalised text carries, for each of its characters, the index of the raw character it came
from. Readers use ``drop`` to delete whole regions (portal chrome, PDF page furniture, layout
line breaks) while keeping that map exact.

What changes: full-width ASCII letters, digits and ``%`` become half-width (``２０１６`` →
``2016``); the ideographic space and no-break spaces become a plain space; ``\\r`` and
zero-width characters are deleted, except that a carriage return not followed by a line feed
(old Mac text, crawled Word tables whose cells end in ``\\r``) becomes a line feed. A full-width
point between two digits is a decimal point (``１．２`` → ``1.2``; ``1．加强`` keeps its point).
Chinese punctuation (``，。（）：``) is kept as written. Characters that scanning (OCR) or a variant
font gives for the genre's key words are read as those words: ``吿`` (a variant of 告) is ``告``,
``年庋`` is ``年度``, ``公幵`` is ``公开``, and a letter O inside a year before 年 is a zero
(``2O23年`` → ``2023年``).

Example:
    >>> text, offsets = normalize("２０１６年\\u3000报告", drop=[(5, 6)])
    >>> text, offsets
    ('2016年报告', [0, 1, 2, 3, 4, 6, 7])
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Characters deleted outright: zero-width space/joiners, BOM, soft hyphen, carriage return
#: (before a line feed; a lone one becomes a line feed).
DELETED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\r")

#: Characters replaced by a plain space.
SPACES = frozenset("\u3000\u00a0\u2002\u2003\u2009\u202f")


def _translation_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF10, 0xFF1A)}
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF21, 0xFF3B)})
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF41, 0xFF5B)})
    table.update({ord(ch): chr(ord(ch) - 0xFEE0) for ch in "％＠＋－／＝＜＞"})
    # the minus sign (U+2212, as typeset tables print −3) and the small hyphen-minus: a minus
    table.update({ord(ch): "-" for ch in "\u2212\ufe63"})
    table.update({ord(ch): " " for ch in SPACES})
    table[ord("\r")] = "\n"  # only lone carriage returns are left when this table is applied
    return table


#: One-to-one replacements: full-width digits, Latin letters and a few symbols to ASCII,
#: odd spaces to a plain space.
TRANSLATE = _translation_table()

#: One character that :data:`RE_DELETED` may delete (most texts hold none: no search then).
RE_DELETED_ANY = re.compile("[" + "".join(sorted(DELETED)) + "]")

#: Runs of characters that :data:`TRANSLATE` replaces (most texts hold few or none).
RE_TRANSLATED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(TRANSLATE)) + "]+")

#: A full-width point between digits (after the digits are half-width): a decimal point.
RE_WIDE_POINT = re.compile(r"(?<=\d)．(?=\d)")

#: Runs of characters that are always deleted (carriage returns only before a line feed).
RE_DELETED = re.compile("[" + "".join(sorted(DELETED - {"\r"})) + "]+|\r+(?=\n)")


#: One character that :data:`RE_LOOKALIKE` may replace (most texts hold none: no search then).
RE_LOOKALIKE_ANY = re.compile("[吿庋幵Oo]")

#: A character read for another (OCR, variant fonts) in the genre's key words: 吿 (告), 年庋 (年度),
#: 公幵 (公开), a letter O in a year before 年 (2O23年). Every branch opens with its own character,
#: the conditions after it (a lookbehind written after the character), so the scan skips ahead to
#: one of 吿庋幵12 instead of trying each branch at every position.
RE_LOOKALIKE = re.compile(r"吿|庋(?<=年庋)|幵(?<=公幵)|[12](?<![A-Za-z\d][12])(?=[\dOo]{0,2}[Oo])(?=[\dOo]{3}\s*年)[\dOo]{3}")

#: The replacements of :data:`RE_LOOKALIKE` (letters O in a year: zeros).
LOOKALIKES = str.maketrans({"吿": "告", "庋": "度", "幵": "开", "O": "0", "o": "0"})


def normalize(raw: str, *, drop: Iterable[tuple[int, int]] = ()) -> tuple[str, list[int]]:
    """Normalise ``raw`` and return ``(text, offsets)`` with ``offsets[i]`` = raw index of ``text[i]``.

    Args:
        raw: the decoded text.
        drop: half-open ``(start, end)`` ranges of ``raw`` to delete (may overlap, any order).

    Returns:
        The normalised text and, for each of its characters, its index in ``raw``.
    """
    n = len(raw)
    cuts = [(max(0, a), min(n, b)) for a, b in drop if min(n, b) > max(0, a)]
    if RE_DELETED_ANY.search(raw):
        cuts.extend(map(re.Match.span, RE_DELETED.finditer(raw)))
    cuts.sort()
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for start, end in cuts:
        if start > pos:
            pieces.append(raw[pos:start])
            offsets.extend(range(pos, start))
        pos = max(pos, end)
    if pos < n:
        pieces.append(raw[pos:])
        offsets.extend(range(pos, n))
    text = RE_TRANSLATED.sub(_translate, "".join(pieces))
    if "．" in text:
        text = RE_WIDE_POINT.sub(".", text)
    if RE_LOOKALIKE_ANY.search(text):
        text = RE_LOOKALIKE.sub(lambda m: m.group().translate(LOOKALIKES), text)
    return text, offsets


def _translate(match: re.Match[str]) -> str:
    """A run of :data:`RE_TRANSLATED` translated (only these runs need the table)."""
    return match.group().translate(TRANSLATE)
