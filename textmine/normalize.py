"""Character normalisation that keeps a map back to the original offsets.

Every change is either a one-to-one replacement of a character or a deletion, so the
normalised text carries, for each of its characters, the index of the raw character it came
from. Readers use ``drop`` to delete whole regions (portal chrome, PDF page furniture, layout
line breaks) while keeping that map exact.

What changes: full-width ASCII letters, digits and ``%`` become half-width (``２０１６`` →
``2016``); the ideographic space and no-break spaces become a plain space; ``\\r`` and
zero-width characters are deleted. Chinese punctuation (``，。（）：``) is kept as written.

Example:
    >>> text, offsets = normalize("２０１６年\\u3000报告", drop=[(5, 6)])
    >>> text, offsets
    ('2016年报告', [0, 1, 2, 3, 4, 6, 7])
"""

from __future__ import annotations

from collections.abc import Iterable

#: Characters deleted outright: zero-width space/joiners, BOM, soft hyphen, carriage return.
DELETED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\r")

#: Characters replaced by a plain space.
SPACES = frozenset("\u3000\u00a0\u2002\u2003\u2009\u202f")


def _translate(ch: str) -> str:
    code = ord(ch)
    # Full-width digits, Latin letters and a few symbols (U+FF10..FF5A, ％, ＠, ．) to ASCII.
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if ch in "％＠＋－／＝＜＞":
        return chr(code - 0xFEE0)
    if ch in SPACES:
        return " "
    return ch


def normalize(raw: str, *, drop: Iterable[tuple[int, int]] = ()) -> tuple[str, list[int]]:
    """Normalise ``raw`` and return ``(text, offsets)`` with ``offsets[i]`` = raw index of ``text[i]``.

    Args:
        raw: the decoded text.
        drop: half-open ``(start, end)`` ranges of ``raw`` to delete (may overlap, any order).

    Returns:
        The normalised text and, for each of its characters, its index in ``raw``.
    """
    deleted = bytearray(len(raw))
    for start, end in drop:
        start = max(0, start)
        end = min(len(raw), end)
        if end > start:
            deleted[start:end] = b"\x01" * (end - start)
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(raw):
        if deleted[i] or ch in DELETED:
            continue
        out.append(_translate(ch))
        offsets.append(i)
    return "".join(out), offsets
