"""Find a template table's region and its row labels in normalised text.

Labels are matched robustly: whitespace (including line breaks of PDF text), brackets of
either width, quotes and marks between characters are ignored, and a numbering prefix
(``2.``, ``（三）``, ``其中：``) before the label is taken as part of the label, so that the digit
of ``…41815092.政府公报公开`` that numbers the next row is never read as data.

Example:
    >>> from textmine.tables.registry import get_template
    >>> spec = get_template("local").table("stats")
    >>> text = "指标名称 主动公开信息数 条 425 1516 行政复议数 条 0 0"
    >>> [(h.row.key, text[h.label_start:h.label_end]) for h in match_rows(text, spec, 0, len(text))]
    [('active_items', '主动公开信息数'), ('reviews', '行政复议数')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from textmine.tables.cells import read_cell
from textmine.tables.registry import RowSpec, TableSpec, match_key

#: What may sit between two characters of a label in printed text.
GAP = r"[\s“”\"'‘’「」《》〈〉、，,：:；;。.．·・/／（）()]*"
#: The values of a row printed inside its label wrapped in its cell (PDF layout text prints them
#: on a line between the label's pieces, after the label's own text or another column's:
#: ``1.本机关不掌握相关政府`` / ``0  0  1  1`` / ``信息``). A signed change of the 2019 table 二
#: (``+3``, ``增加5``, ``减少2``: a direction word right before its digits) is a value too.
CHANGE_VALUE = r"(?:[+＋]|(?<![\u4e00-\u9fff])(?:增加|减少)[ \t]*)(?=\d)"
#: A unit column's word before the value (the 2013–2018 统计表: ``条 9614``) is part of the values line.
UNIT_CELL = r"(?:(?:人次|万元|[条件次篇个人])[ \t]+)?"
VALUES_LINE = (UNIT_CELL + r"(?:[\d/／—–无零〇○]|" + CHANGE_VALUE + r")(?:[ \t\d.,，/／—–\-无零〇○]|" + CHANGE_VALUE
               + r")*\n")
#: The values start a line, follow another column's text on it after two blanks, or follow the
#: label's piece after blanks (a PDF extractor's one blank between the cut label's first piece and
#: the row's cells: ``一、本年新收政府信息公开 5 0 5`` / ``申请数量``), and run to the end of their line.
#: After another column's text one blank is no cell boundary: ``公开申请数量 5 0 5`` is a label's end.
WRAP_TAKEN = r"(?:(?<=\n)[^\n]{0,40}?[ \t]{2,}|(?<=\n)|[ \t]+)[ \t]*" + VALUES_LINE + GAP
WRAP = "(?:" + WRAP_TAKEN + ")?"
#: Another label column's text at the start of a wrapped label's next line, or on a line of its
#: own (the group label ``（六）其他处`` / ``理`` printed beside ``2.申请人逾期未按收费通`` /
#: ``知要求缴纳费用``). A Chinese zero (零, 〇) on a line of its own is a value, as 0 is.
NOT_VALUE = r"(?![\d/／—–无零〇○]+\s)"
LEFT_TAKEN = r"(?<=\n)[ \t]*" + NOT_VALUE + r"[^\s\d]{1,10}(?:[ \t]+|[ \t]*\n[ \t]*)"
LEFT_TEXT = "(?:" + LEFT_TAKEN + ")?"
#: A label key this short is only a label when no CJK character follows it.
SHORT_KEY = 2
#: One character of :data:`GAP`.
GAP_CHAR = GAP[:-1]
#: A run of :data:`GAP_CHAR` (removed to compare a text with label keys).
RE_GAP_RUN = re.compile(GAP_CHAR + "+")
#: A run of blanks or line breaks: a run of gap characters holding one is the only place where a
#: wrapped label (:data:`WRAP`, :data:`LEFT_TEXT`) can
#: leave the plain form (see :class:`RowPatterns`).
RE_BREAK = re.compile(r"[ \t\n]+")
#: A run of characters that are not :data:`GAP_CHAR`.
RE_SOLID_RUN = re.compile("[^" + GAP_CHAR[1:] + "+")
#: Splits a text into its runs of characters that are not gaps and the gap runs between them
#: (solid, gap, solid, …, solid; the first and last solid piece may be empty).
RE_GAP_SPLIT = re.compile("(" + GAP_CHAR + "+)")
#: Where the values of a wrapped label start.
RE_WRAPPED = re.compile(r"(?:\n|[ \t]+)[ \t]*(?=" + VALUES_LINE + ")")
#: Text (no value) right after a label, on its line or the next.
RE_TEXT_AFTER = re.compile(r"[ \t]*(?:\n[ \t]*)?" + NOT_VALUE + r"[^\s\d]")
#: The rest of a wrapped label on its first line (no digits), its row's values on the next.
RE_WRAPPED_AFTER = re.compile(r"[^\n\d]*(?:\n[^\n\d]*){0,2}\n(?:[ \t]*" + NOT_VALUE + r"[^\s\d]{1,10}[ \t]{2,}|[ \t]*)(?="
                              + VALUES_LINE + ")")
#: A numbering prefix right before a label core (one digit only: glued digits are data).
RE_PREFIX = re.compile(
    r"(?:其中\s*[：:]?\s*(?:\d[.．、])?|\d[.．、]|[（(]\s*[一二三四五六七八九十]+\s*[）)]"
    r"|[一二三四五六七八九十]+\s*[、.．])\s*$"
)
#: Closing quotes/brackets that end a label (3.危及“三安全一稳定”).
RE_CLOSE = re.compile(r"[”\"'’」』]+")
#: A parenthetical right after a label (qualifier such as （不同渠道和方式公开相同信息计1条）): up to
#: 80 characters besides the blanks, which layout text pads it with where it wraps around its
#: row's values (``（区分处理的，只计这`` ␣␣ ``2  0  2`` ⏎ ␣␣ ``一情形，不计其他情形）``).
RE_PAREN_AFTER = re.compile(r"\s*[（(](?:\s*[^（）()\s]){0,80}\s*[）)]")
#: The first run of non-space text after a label (the row's first cell when it holds no number).
RE_FIRST_CELL = re.compile(r"\s*(\S+)")
#: A run of whitespace (removed from printed labels and anchors).
RE_SPACES = re.compile(r"\s+")
#: What shows that a label is followed by cells: a digit, a dash or slash, or 无.
RE_CELLS_AFTER = re.compile(r"\d|[—–/／]|无")


@functools.lru_cache(maxsize=4096)
def label_pattern(key: str) -> re.Pattern[str]:
    """A regex that finds the normalised label ``key`` in printed text (anchors, column labels).

    >>> bool(label_pattern("结果维持").search("结 果\\n维 持"))
    True
    """
    return re.compile(GAP.join(re.escape(ch) for ch in key))


@functools.lru_cache(maxsize=4096)
def row_pattern(key: str) -> re.Pattern[str]:
    """A regex that finds the row label ``key``: as :func:`label_pattern`, and also wrapped in its
    cell around its row's values or beside another label column's text (PDF layout text); a key
    of :data:`SHORT_KEY` characters or fewer only when no CJK character follows it.

    >>> bool(row_pattern("本机关不掌握相关政府信息").search("本机关不掌握相关政府\\n    0   1\\n信息"))
    True
    >>> bool(row_pattern("其他").search("（六）其他处理"))
    False
    """
    return re.compile(_row_regex(key, GAP + WRAP + LEFT_TEXT))


@functools.lru_cache(maxsize=4096)
def plain_row_pattern(key: str) -> re.Pattern[str]:
    """:func:`row_pattern` without the wrapped forms (:data:`WRAP`, :data:`LEFT_TEXT` empty):
    about ten times cheaper to compile, and the same matches wherever :class:`RowPatterns`
    allows it.

    >>> bool(plain_row_pattern("本机关不掌握相关政府信息").search("本机关不掌握相关政府\\n    0   1\\n信息"))
    False
    """
    return re.compile(_row_regex(key, GAP))


@functools.lru_cache(maxsize=4096)
def wrapped_gap(char: str) -> re.Pattern[str]:
    """A gap of :func:`row_pattern` that takes :data:`WRAP` or :data:`LEFT_TEXT`, then ``char``.

    >>> bool(wrapped_gap("信").match("政府\\n  0  1\\n信息", 2))
    True
    >>> bool(wrapped_gap("信").match("政府\\n信息", 2))
    False
    """
    return re.compile(GAP + "(?:" + WRAP_TAKEN + LEFT_TEXT + "|" + LEFT_TAKEN + ")" + re.escape(char))


#: :data:`VALUES_LINE` with its loop possessive: nothing it repeats is a line break, so giving
#: characters back never lets the ``\n`` after it match.
_VALUES_LINE_ONCE = VALUES_LINE.replace(")*\\n", ")*+\\n")
#: :data:`WRAP_TAKEN` for a yes/no answer: the blanks before the values line run to its first
#: value (after another column's text ``[ \t]{2,}[ \t]*`` then a value is two or more blanks up to
#: it; after the label's piece one or more), taken once.
_WRAP_TAKEN_ONCE = r"(?:(?<=\n)[^\n]{0,40}?(?=[ \t]{2})|(?<=\n)|(?=[ \t]))[ \t]*+" + _VALUES_LINE_ONCE + GAP
#: :data:`LEFT_TAKEN` for a yes/no answer: each run of blanks is followed by what no blank is
#: (the other column's text, a line break, the label's next character), so it is taken whole.
_LEFT_TAKEN_ONCE = r"(?<=\n)[ \t]*+" + NOT_VALUE + r"[^\s\d]{1,10}(?:[ \t]++|[ \t]*+\n[ \t]*+)"


@functools.lru_cache(maxsize=4096)
def wrapped_gap_taken(char: str) -> re.Pattern[str]:
    """A pattern that matches at a position iff :func:`wrapped_gap` of ``char`` does there (for
    ``char`` no blank, as a label key's characters are), without its backtracking over every
    way to share a run of blanks between its pieces (about 0.1–1 ms a check on a PDF layout's
    lines of values). Only whether it matches is the same, not where it ends.

    >>> text = "政府\\n  0  1\\n信息"
    >>> [bool(p.match(text, 2)) for p in (wrapped_gap_taken("信"), wrapped_gap_taken("息"))]
    [True, False]
    """
    return re.compile(GAP + "(?:" + _WRAP_TAKEN_ONCE + "(?:" + _LEFT_TAKEN_ONCE + ")?|" + _LEFT_TAKEN_ONCE + ")"
                      + re.escape(char))


@functools.lru_cache(maxsize=4096)
def _gap_free(key: str) -> bool:
    return RE_GAP_RUN.search(key) is None


def _row_regex(key: str, between: str) -> str:
    pattern = between.join(re.escape(ch) for ch in key)
    if len(key) <= SHORT_KEY:  # 其他 of 其他处理 is part of a longer word, not the label
        pattern += r"(?![\u4e00-\u9fff])"
    return pattern


class PlainSpan:
    """Where a label was found by :class:`RowPatterns` without a regex (as a ``re.Match``)."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end


class _PlainFinder:
    """:func:`plain_row_pattern` of one key over one :class:`RowPatterns` range, run as
    ``str.find`` in the range's text with its gap characters removed (see there)."""

    def __init__(self, owner: RowPatterns, key: str) -> None:
        self.owner, self.key, self.short = owner, key, len(key) <= SHORT_KEY

    def search(self, text: str, pos: int, endpos: int) -> PlainSpan | None:
        owner = self.owner
        if endpos != owner.end:
            raise ValueError(f"search up to {endpos}: these patterns hold for searches up to {owner.end}")
        return self._from(text, owner.squeezed_index(pos), endpos)[0]

    def _from(self, text: str, at: int, endpos: int) -> tuple[PlainSpan | None, int]:
        """The first match from the squeezed index ``at`` on, and the squeezed index right after it
        (that of the match's end: no character that is no gap lies between)."""
        owner, key = self.owner, self.key
        stop = len(owner.squeezed)  # every run ends by the range's end
        while True:
            at = owner.squeezed.find(key, at, stop)
            if at < 0:
                return None, stop
            last = owner.original_index(at + len(key) - 1)
            if not (self.short and last + 1 < endpos and "\u4e00" <= text[last + 1] <= "\u9fff"):
                return PlainSpan(owner.original_index(at), last + 1), at + len(key)
            at += 1

    def finditer(self, text: str, pos: int, endpos: int) -> list[PlainSpan]:
        owner = self.owner
        if endpos != owner.end:
            raise ValueError(f"search up to {endpos}: these patterns hold for searches up to {owner.end}")
        found = []
        m, at = self._from(text, owner.squeezed_index(pos), endpos)
        while m is not None:
            found.append(m)
            m, at = self._from(text, at, endpos)
        return found


#: Whether a gap run holds a break (a blank or a line break: :data:`RE_BREAK`).
_HAS_BREAK = re.compile(r"[ \t\n]").search


def _runs_before_breaks(pieces: list[str], first: int) -> list[int]:
    """The runs (counted as :class:`RowPatterns` counts them: ``first`` is 1 when the range opens
    with a gap run) that a gap run holding a break follows, in order, 0 (no run before) left out:
    every break is inside a gap run, so the gap runs of ``pieces`` (:data:`RE_GAP_SPLIT`'s solid,
    gap, solid, … pieces) are asked, not each break searched and placed among the runs.

    >>> _runs_before_breaks(RE_GAP_SPLIT.split("政务、公开 信息\\n0"), 0)
    [2, 3]
    >>> _runs_before_breaks(RE_GAP_SPLIT.split(" 政务 公开"), 1)
    [1]
    """
    gaps = pieces[1::2]
    return [j + 1 - first for j in itertools.compress(range(len(gaps)), map(_HAS_BREAK, gaps)) if j + 1 - first]


class RowPatterns:
    """How to find each row label key inside ``text[start:end]``: its :func:`row_pattern`, or,
    where that finds exactly what :func:`plain_row_pattern` finds, the plain pattern run as
    ``str.find`` in the text with its gap characters removed: no regex to compile for most keys
    (the wrapped pattern takes about 10 ms a key, the plain one 1 ms).

    Why they agree. A key holds no :data:`GAP_CHAR` (else the wrapped pattern is used), so its
    plain pattern matches at ``s`` iff the text with its gap characters removed spells the key
    from ``s`` on, up to the key's last character (the gaps are all taken, greedily, and none
    after the last character), as ``str.find`` finds it. The wrapped pattern tries the same
    paths in the same order, each optional :data:`WRAP` and :data:`LEFT_TEXT` first taken then
    left empty, so its first successful path at ``s`` is the plain match unless a path taking
    one of them succeeds; take the first key gap ``i`` where one is not empty: the key's first
    ``i`` characters match plainly up to ``p``, the group starts after a ``\\n`` (both look
    behind for one) or at two blanks, all inside the run of gap characters at ``p``, and
    :func:`wrapped_gap` of the key's next character matches at ``p``. So when no prefix of a key
    (shorter than the key) ends right before a gap run holding a line break or two blanks
    (:data:`RE_BREAK`) where that gap matches, the two patterns agree at every start, hence
    for ``search`` and ``finditer`` from any position up to the range's end (the end must be
    the same: :data:`NOT_VALUE` looks ahead).

    >>> text = "本机关不掌握相关政府\\n    0   1\\n信息\\n行政复议数 条 0 0"
    >>> p = RowPatterns(text, 0, len(text))
    >>> p.pattern("行政复议数").search(text, 0, len(text)).span()
    (24, 29)
    >>> p.pattern("本机关不掌握相关政府信息") is row_pattern("本机关不掌握相关政府信息")
    True
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        # one pass of the regex: the pieces' lengths give where each starts (no match objects)
        seg = text[start:end]
        pieces = RE_GAP_SPLIT.split(seg)
        bounds = list(itertools.accumulate(map(len, pieces), initial=start))
        solid = pieces[0::2]
        first, last = (0 if solid[0] else 1), (len(solid) if solid[-1] else len(solid) - 1)  # no empty run
        #: original start and end, and squeezed start, of each run of characters that are not gaps
        self._runs_original = bounds[0::2][first:last]
        self._runs_end = bounds[1::2][first:last]
        self._runs_squeezed = list(itertools.accumulate(map(len, solid[first:last]), initial=0))
        self.squeezed = "".join(solid)  # the runs joined
        #: squeezed length up to each character followed by a break run, by that character
        self._marks: dict[str, list[int]] = {}
        # (a break is a run of blanks or line breaks: a range without a space, a tab or a line
        # break holds none, and is not scanned for one)
        if " " in seg or "\t" in seg or "\n" in seg:
            for k in _runs_before_breaks(pieces, first):
                mark = self._runs_squeezed[k]
                self._marks.setdefault(self.squeezed[mark - 1], []).append(mark)
        self._marked = frozenset(self._marks)  # the characters that have marks
        self._chosen: dict[str, re.Pattern[str] | _PlainFinder | _Absent] = {}
        self._taken: dict[tuple[int, str], bool] = {}

    def squeezed_index(self, pos: int) -> int:
        """Index in :attr:`squeezed` of the first character at or after ``pos`` that is no gap."""
        if not self.start <= pos <= self.end:
            raise ValueError(f"position {pos} outside the range {self.start}..{self.end} of these patterns")
        k = bisect.bisect_right(self._runs_original, pos) - 1
        if k < 0:
            return 0
        if pos < self._runs_end[k]:
            return self._runs_squeezed[k] + pos - self._runs_original[k]
        return self._runs_squeezed[k + 1]

    def original_index(self, i: int) -> int:
        """Index in the text of the character ``i`` of :attr:`squeezed`."""
        k = bisect.bisect_right(self._runs_squeezed, i) - 1
        return self._runs_original[k] + i - self._runs_squeezed[k]

    def may_wrap(self, key: str) -> bool:
        """Whether a prefix of ``key`` ends before a break run where the wrapped pattern may take
        its next gap differently."""
        if not _gap_free(key):
            return True
        if self._marked.isdisjoint(key[:-1]):
            return False
        squeezed = self.squeezed
        for i in range(1, len(key)):
            for mark in self._marks.get(key[i - 1], ()):
                if mark >= i and squeezed[mark - i : mark] == key[:i] and self._gap_taken(mark, key[i]):
                    return True
        return False

    def _gap_taken(self, mark: int, char: str) -> bool:
        """Whether :func:`wrapped_gap` of ``char`` matches after the squeezed length ``mark``."""
        taken = self._taken.get((mark, char))
        if taken is None:
            pos = self.original_index(mark - 1) + 1
            taken = self._taken[mark, char] = wrapped_gap_taken(char).match(self.text, pos, self.end) is not None
        return taken

    def pattern(self, key: str) -> re.Pattern[str] | _PlainFinder | _Absent:
        """:func:`row_pattern` of ``key``, or what finds the same without it here (``search``
        and ``finditer`` from a position inside the range up to its end)."""
        chosen = self._chosen.get(key)
        if chosen is None:
            if self.may_wrap(key):
                chosen = row_pattern(key)
            elif key in self.squeezed:
                chosen = _PlainFinder(self, key)
            else:  # the plain pattern finds what str.find finds in the squeezed text: nothing
                chosen = _Absent(self)
            self._chosen[key] = chosen
        return chosen


class _Absent:
    """A :class:`_PlainFinder` of a key its :class:`RowPatterns` range does not hold (not in the
    range's text with its gap characters removed): it finds nothing, without looking."""

    __slots__ = ("start", "end")

    def __init__(self, owner: RowPatterns) -> None:
        self.start, self.end = owner.start, owner.end

    def _check(self, pos: int, endpos: int) -> None:  # what _PlainFinder raises, raised alike
        if not self.start <= pos <= self.end:
            raise ValueError(f"position {pos} outside the range {self.start}..{self.end} of these patterns")
        if endpos != self.end:
            raise ValueError(f"search up to {endpos}: these patterns hold for searches up to {self.end}")

    def search(self, text: str, pos: int, endpos: int) -> None:
        self._check(pos, endpos)

    def finditer(self, text: str, pos: int, endpos: int) -> list[PlainSpan]:
        self._check(pos, endpos)
        return []


@dataclass
class RowHit:
    """Where a template row's label was found: ``label_start``..``label_end`` and the segment
    ``label_end``..``seg_end`` that holds its cells."""

    index: int
    row: RowSpec
    label_start: int
    label_end: int
    seg_end: int = -1
    #: where the label's own text ends when it wraps around its row's values (``8.属于行政查询事 0 4`` /
    #: ``项``): its pieces after the values line are the label's, never a unit cell (-1: no wrap)
    rest_end: int = -1

    def label(self, text: str) -> str:
        """The printed label, whitespace collapsed."""
        return "".join(text[self.label_start : self.label_end].split())  # RE_SPACES removed, without a regex


def _with_prefix(text: str, start: int) -> int:
    m = RE_PREFIX.search(text, max(0, start - 12), start)
    return m.start() if m else outline_prefix(text, start)


#: A province's outline number before a label (``3.1 予以公开``, ``3.3.2 其他法律行政法规禁止公开``): two to
#: four numbers joined by dots, none of them 0 (``0.0`` and ``2.0`` are cells), on the label's line, opening it or
#: after a label's text, never after a cell.
RE_OUTLINE = re.compile(
    r"(?:(?:^|(?<=\n))[ \t]*|(?<=[^\d\s.．%％][ \t])|(?<=[^\d\s.．%％]))[1-9]\d?(?:[.．][1-9]\d?){1,3}[.．、]?[ \t]*\Z"
)


def outline_prefix(text: str, start: int) -> int:
    """Where a label starting at ``start`` starts with its outline number, if one is printed before it.

    >>> outline_prefix("3.本年度办理结果 3.1 予以公开 12", 14), outline_prefix("3.3 不予公开 3.3.1 属于国家秘密", 15)
    (10, 9)
    >>> outline_prefix("12 0 3.3 不予公开", 9), outline_prefix("予以公开 0.5 属于", 10)  # after a cell: a cell
    (9, 10)
    >>> outline_prefix("行政处罚\\t0.0\\t\\n行政强制\\t429", 10)  # a cell on the line above
    10
    """
    m = RE_OUTLINE.search(text, max(0, start - 14), start)
    return m.start() if m else start


def _occurrences(
    text: str, row: RowSpec, start: int, end: int, patterns: RowPatterns
) -> list[tuple[int, int, int]]:
    """Every ``(start, end, key length)`` occurrence of the row's label keys in the range."""
    found = []
    for key in row.match_keys:
        for m in patterns.pattern(key).finditer(text, start, end):
            found.append((m.start(), m.end(), len(key)))
    return found


def find_anchor(text: str, anchors: tuple[str, ...], start: int, end: int) -> int | None:
    """The earliest position in ``start..end`` where one of ``anchors`` is printed."""
    best = None
    for anchor in anchors:
        key = RE_SPACES.sub("", anchor)
        m = label_pattern(key).search(text, start, end)
        if m and (best is None or m.start() < best):
            best = m.start()
    return best


def _placeholder_after(text: str, hit: RowHit) -> bool:
    r"""True when the text right after a label is a cell of its own that holds no number (不涉及,
    不适用, 无此项, —): the row's first cell, never the rest of a wrapped label.

    >>> hit = RowHit(0, RowSpec("x", "属于行政执法案卷"), 0, 8, 20)
    >>> _placeholder_after("属于行政执法案卷\n不涉及\n0\n2\n", hit), _placeholder_after("属于行政执法案卷\n信息\n0\n", hit)
    (True, False)
    """
    m = RE_FIRST_CELL.match(text, hit.label_end, hit.seg_end)
    return bool(m) and read_cell(m.group(1))[1] in ("dash", "none_word")


def _finish(text: str, hits: list[RowHit], end: int) -> list[RowHit]:
    hits.sort(key=lambda h: h.label_start)
    for i, hit in enumerate(hits):
        m = RE_CLOSE.match(text, hit.label_end)
        hit.label_end = m.end() if m else hit.label_end
        hit.seg_end = hits[i + 1].label_start if i + 1 < len(hits) else end
        hit.seg_end = max(hit.seg_end, hit.label_end)
        m = RE_PAREN_AFTER.match(text, hit.label_end, hit.seg_end)
        if m:
            hit.label_end = m.end()
        wrapped = RE_WRAPPED.search(text, hit.label_start, hit.label_end)
        if wrapped:  # the label (or its parenthetical) wraps around the row's values: its cells
            hit.rest_end = hit.label_end
            hit.label_end = wrapped.end()
        elif RE_TEXT_AFTER.match(text, hit.label_end, hit.seg_end) and not _placeholder_after(text, hit):
            # text after the label (on its line or the next two), the row's values on a line after
            # it: the label goes on
            after = RE_WRAPPED_AFTER.match(text, hit.label_end, hit.seg_end)
            if after:
                hit.label_end = after.end()
    return hits


def match_rows(text: str, table: TableSpec, start: int, end: int, *, free: bool = False) -> list[RowHit]:
    """Find the labels of ``table``'s rows in ``text[start:end]`` (sorted by position).

    Ordered tables are matched in template order (a label found after the next row's label is
    taken as absent); unordered ones anywhere, longest labels claiming their span first. In a
    ``free`` 2013–2018 table (no caption printed) a row's parts listed after 其中 are found in any
    order (:func:`listed_count`).
    """
    # one RowPatterns for the region: its wrapped-gap checks (a regex that backtracks over a PDF
    # layout's runs of blanks) are worked out once, not once per pass over the labels
    patterns = RowPatterns(text, start, end)
    if table.ordered:
        hits = _match_ordered(text, table, start, end, free=free, patterns=patterns)
        halves = side_by_side_halves(text, start, end) if len(hits) < len(table.rows) else None
        if halves is not None:  # printed in two halves side by side: the rows still missing, in the right half's order
            taken = [(h.label_start, h.label_end) for h in hits]
            hits += [h for h in _match_ordered(halves[1], table, start, end, free=free, skip={h.index for h in hits})
                     if not any(a < h.label_end and h.label_start < b for a, b in taken)]
        hits += _line_rows(text, table, start, end, hits, patterns=patterns)
        if free:
            hits += _listed_rows(text, table, start, end, hits, patterns=patterns)
        return _finish(text, hits, end)
    return _finish(text, _match_unordered(text, table, start, end, patterns=patterns), end)


def side_by_side_halves(text: str, start: int, end: int) -> tuple[str, str] | None:
    r"""A table printed in two halves side by side on a landscape page (the 2013–2018 统计表 of many
    provinces: ``统计指标 单位 统计数 统计指标 单位 统计数``): when a TAB line of ``text[start:end]`` prints
    the same header cells twice (two or more words), ``text`` twice, as long as it and with every
    character kept in place, once with each line's right half (from the header's second copy's TAB
    column on) blanked and once with its left half blanked: each half's labels are then found in
    their own order at their true offsets. ``None`` when no line repeats its header.

    >>> text = "统计指标\t单位\t统计数\t统计指标\t单位\t统计数\n收到申请数\t件\t5\t行政复议数量\t件\t1\n"
    >>> left, right = side_by_side_halves(text, 0, len(text))
    >>> len(left) == len(right) == len(text), "行政复议" in left, "收到申请数" in right, right.index("行政复议") == text.index("行政复议")
    (True, False, False, True)
    >>> side_by_side_halves("统计指标\t单位\t统计数\n收到申请数\t件\t5\t5\n", 0, 30) is None
    True
    """
    lines = text[start:end].split("\n")
    n = 0
    for line in lines:
        cells = [c.strip() for c in line.split("\t")]
        half = len(cells) // 2
        if half >= 2 and len(cells) == 2 * half and cells[:half] == cells[half:] and sum(
            1 for c in cells[:half] if c and read_cell(c)[1] != "number"
        ) >= 2:
            n = half
            break
    if not n:
        return None
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        parts = line.split("\t")
        if len(parts) <= n:
            left.append(line)
            right.append(" " * len(line))
            continue
        cut = len("\t".join(parts[:n]))
        left.append(line[:cut] + " " * (len(line) - cut))
        right.append(" " * (cut + 1) + line[cut + 1:])
    return (text[:start] + "\n".join(left) + text[end:], text[:start] + "\n".join(right) + text[end:])


#: The rest of a table line after its row label: only the row's cells, each after a separator
#: (blanks, a tab, a bar, a colon; never nothing, as in prose: 当面申请5件) — a unit of its own
#: column, a number, a placeholder — up to the line's end.
RE_LINE_CELLS = re.compile(
    r"(?:[ \t\u3000|｜：:]+(?:人次|万元|[条件个人次篇项元]|[+\-]?\d[\d,.]*|[—–/／无零〇○\-]+)(?![^\s|｜]))+"
    r"[ \t\u3000|｜]*(?=\n|$)"
)
#: Only blanks (and a numbering prefix, matched apart) before a label at the start of its line.
RE_LINE_START = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*")


def _line_rows(text: str, table: TableSpec, start: int, end: int, hits: list[RowHit],
               patterns: RowPatterns | None = None) -> list[RowHit]:
    r"""Rows the ordered match left out whose label is printed as a table line of its own — at the
    line's start (after a numbering prefix such as ``其中：``) with nothing after it but the row's
    cells — in an order other than the template's (a free 2013–2018 table may list 网上申请
    before 当面申请): the printed label, not its place, names the row. Only a row no other row
    shares a label with (其他 of several groups is placed by its order alone), and only where no
    label was found.

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2014").table("stats")
    >>> text = "收到申请数   件  6\n网上申请    件  2\n当面申请    件  4\n"
    >>> sorted(h.row.key for h in match_rows(text, t, 0, len(text)))
    ['requests_in_person', 'requests_online', 'requests_received']
    >>> text = "收到申请数   件  6\n网上申请    件  2\n另有当面申请 件 4\n"
    >>> sorted(h.row.key for h in match_rows(text, t, 0, len(text)))
    ['requests_online', 'requests_received']
    """
    def lines(i: int, row: RowSpec, patterns: RowPatterns) -> list[tuple[int, int]]:
        out = []
        for s, e, _ in _occurrences(text, row, start, end, patterns):
            label_start = _with_prefix(text, s)
            line = text.rfind("\n", start, label_start) + 1
            if not _own_group_cells(text[max(line, start) : label_start], row) or "\n" in text[s:e]:
                continue
            after = e
            while after < end and text[after] in CLOSING_QUOTES:  # the label's closing quote (危及“三安全一稳定”)
                after += 1
            if RE_LINE_CELLS.match(text, after, end):
                out.append((label_start, e))
        return out

    return _unplaced_rows(text, table, start, end, hits, lines, patterns)


#: Closing quote marks a printed label may end with (its pattern matches the words inside them).
CLOSING_QUOTES = "”’\"'」』"
#: The cell separators of a table line (TAB, bars; blanks around them).
RE_CELL_SEPARATORS = re.compile(r"[\t|｜]")


def _own_group_cells(before: str, row: RowSpec) -> bool:
    r"""Whether ``before`` (a line's text before a row label) is blank or only the cells of the
    row's own group (``不予公开\t`` before ``国家秘密``: the merged group cell printed on its rows).

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2021").table("requests")
    >>> row = next(r for r in t.rows if r.key == "denied_third_party")
    >>> _own_group_cells("  ", row), _own_group_cells("（三）不予公开\t", row), _own_group_cells("不予处理\t", row)
    (True, True, False)
    >>> _own_group_cells("不予公开 ", row), _own_group_cells("共有", row)
    (False, False)
    """
    if not before.strip(" \t\u3000"):
        return True
    pieces = RE_CELL_SEPARATORS.split(before)
    if len(pieces) < 2 or pieces[-1].strip(" \u3000") or not row.group:
        return False  # the label's own cell starts after a separator
    group = match_key(row.group)
    return all(not p.strip(" \u3000") or match_key(p) == group for p in pieces)


def _unplaced_rows(text: str, table: TableSpec, start: int, end: int, hits: list[RowHit],
                   spans: Callable[[int, RowSpec, RowPatterns], list[tuple[int, int]]],
                   patterns: RowPatterns | None = None) -> list[RowHit]:
    """The rows ``hits`` left out, each placed at the one span ``spans`` offers for it that
    overlaps no label already found (several such spans: the order decides, not this). Only rows
    that share no label key with another row (其他 of several groups is placed by its order)."""
    found = {h.index for h in hits}
    missing = [i for i, row in enumerate(table.rows) if i not in found and not row.header]
    if not missing:
        return []
    taken = sorted((h.label_start, h.label_end) for h in hits)
    shared: dict[str, int] = {}
    for row in table.rows:
        for key in set(row.match_keys):
            shared[key] = shared.get(key, 0) + 1
    patterns = patterns or RowPatterns(text, start, end)
    out: list[RowHit] = []
    for i in missing:
        row = table.rows[i]
        if any(shared[key] > 1 for key in row.match_keys):
            continue
        free = []
        for a, b in spans(i, row, patterns):
            k = bisect.bisect_left(taken, (b, b))
            if not ((k and taken[k - 1][1] > a) or (k < len(taken) and taken[k][0] < b)):
                free.append((a, b))
        if len(free) == 1:
            bisect.insort(taken, free[0])
            out.append(RowHit(i, row, *free[0]))
    return out


#: A row's count given with a colon, then 其中 opening the list of its parts on that line
#: (``收到申请数：15件；其中``): what follows 其中 breaks that row down.
RE_LISTED_HEAD = re.compile(
    r"[：:][^\S\n]*\d+[^\S\n]*(?:人次|万元|[条件个人次篇项元])?[^\S\n]*[；;，,]?[^\S\n]*其中[^\S\n]*[：:]?[^\S\n]*"
)
#: One piece of such a list: a row label (after an optional numbering), its count glued to it,
#: its unit (never left out: 当面申请数2 is no piece), nothing else.
RE_LISTED_PIECE = re.compile(
    r"[^\S\n]*(?:\d[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])?[^\S\n]*(?P<label>[^\d\s、，,；;。：:]+?)"
    r"[^\S\n]*\d+[^\S\n]*(?:人次|万元|[条件个人次篇项元])[^\S\n]*"
)
#: What separates the pieces of a list (、，；); 。 or the line's end closes it.
RE_LISTED_SEP = re.compile(r"[、，,；;]")


def listed_count(text: str, table: TableSpec, hit: RowHit) -> bool:
    r"""Whether ``hit`` is one piece of a list of counts after 其中 that breaks down a row printed
    with its count and a colon (``收到申请数：15件；其中当面申请数2件、网络申请数0件。``), every
    piece of the list a row label of ``table`` with its count glued to it and its unit: the
    parts of a free 2013–2018 table's row, not prose (a piece that is not a row label of the
    table — 主要涉及城建领域3件 — makes the whole list prose).

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2014").table("stats")
    >>> text = "（二）收到申请数：15件；其中当面申请数2件、网络申请数0件。\n"
    >>> [(h.row.key, listed_count(text, t, h)) for h in match_rows(text, t, 0, len(text))]
    [('requests_received', False), ('requests_in_person', True), ('requests_online', True)]
    >>> text = "（二）收到申请数：15件；其中当面申请数2件、涉及城建领域3件。\n"
    >>> [(h.row.key, listed_count(text, t, h)) for h in match_rows(text, t, 0, len(text))]
    [('requests_received', False), ('requests_in_person', False)]
    >>> text = "（二）收到申请数：15件；其中当面申请数2件、网络申请数0。\n"
    >>> [(h.row.key, listed_count(text, t, h)) for h in match_rows(text, t, 0, len(text))]
    [('requests_received', False), ('requests_in_person', False), ('requests_online', False)]
    >>> text = "全年收到申请数15件，其中当面申请数2件、网络申请数0件。\n"
    >>> [(h.row.key, listed_count(text, t, h)) for h in match_rows(text, t, 0, len(text))]
    [('requests_received', False), ('requests_in_person', False), ('requests_online', False)]
    """
    line = text.rfind("\n", 0, hit.label_start) + 1
    head = None
    for m in RE_LISTED_HEAD.finditer(text, line, hit.label_end):
        head = m
    if head is None or head.end() > hit.label_end:
        return False
    stop = len(text)
    for mark in ("\n", "。"):
        at = text.find(mark, head.end())
        if at >= 0:
            stop = min(stop, at)
    if hit.label_end > stop:
        return False
    known = {key for row in table.rows if not row.header for key in row.match_keys}
    ours = False
    pos = head.end()
    while pos < stop:
        sep = RE_LISTED_SEP.search(text, pos, stop)
        piece_end = sep.start() if sep else stop
        m = RE_LISTED_PIECE.fullmatch(text, pos, piece_end)
        if m is None or match_key(m.group("label")) not in known:
            return False
        ours = ours or (m.end("label") == hit.label_end and match_key(m.group("label")) in hit.row.match_keys)
        pos = piece_end + 1 if sep else stop
    return ours


def _listed_rows(text: str, table: TableSpec, start: int, end: int, hits: list[RowHit],
                 patterns: RowPatterns | None = None) -> list[RowHit]:
    r"""Rows the ordered match left out whose label is printed once as a piece of a list of a
    row's parts after 其中 (:func:`listed_count`), in an order other than the template's (其中网上申请
    6件、当面申请13件): the printed label, not its place, names the row. Only a row no other row
    shares a label with, and only where no label was found.

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2014").table("stats")
    >>> text = "收到申请数：19件；其中网上申请6件、当面申请13件。\n"
    >>> sorted(h.row.key for h in match_rows(text, t, 0, len(text), free=True))
    ['requests_in_person', 'requests_online', 'requests_received']
    >>> sorted(h.row.key for h in match_rows(text, t, 0, len(text)))
    ['requests_online', 'requests_received']
    """
    def listed(i: int, row: RowSpec, patterns: RowPatterns) -> list[tuple[int, int]]:
        return sorted({(s, e) for s, e, _ in _occurrences(text, row, start, end, patterns)
                       if "\n" not in text[s:e] and listed_count(text, table, RowHit(i, row, s, e))})

    return _unplaced_rows(text, table, start, end, hits, listed, patterns)


class _FirstFinder:
    """The first label of a row after a rising cursor, up to one range end, each key searched
    as seldom as possible: a label pattern has no look-behind or anchor, so the leftmost match found from
    one cursor is still the leftmost from any later cursor up to its start (and no match from
    one cursor means none from a later one)."""

    def __init__(self, text: str, end: int, patterns: RowPatterns) -> None:
        self.text, self.end, self.patterns = text, end, patterns
        self.found: dict[str, tuple[int, re.Match[str] | PlainSpan | None]] = {}  # key -> (from, match)
        #: id of a row -> (from, its first label): still its first from any later cursor up to
        #: that label's start, as for each of its keys
        self.firsts: dict[int, tuple[int, tuple[int, int] | None]] = {}

    def _search(self, key: str, cursor: int) -> re.Match[str] | PlainSpan | None:
        known = self.found.get(key)
        if known is not None and known[0] <= cursor and (known[1] is None or known[1].start() >= cursor):
            return known[1]
        m = self.patterns.pattern(key).search(self.text, cursor, self.end)
        self.found[key] = (cursor, m)
        return m

    def first(self, row: RowSpec, cursor: int) -> tuple[int, int] | None:
        """``(start, end)`` of the earliest match of the row's keys in ``cursor..end`` (the
        longer key first at one start), or ``None``."""
        known = self.firsts.get(id(row))
        if known is not None and known[0] <= cursor and (known[1] is None or known[1][0] >= cursor):
            return known[1]
        best: tuple[int, int, int] | None = None
        for key in row.match_keys:
            m = self._search(key, cursor)
            if m is not None and (best is None or (m.start(), -len(key)) < (best[0], -best[2])):
                best = (m.start(), m.end(), len(key))
        found = None if best is None else (best[0], best[1])
        self.firsts[id(row)] = (cursor, found)
        return found


def _match_ordered(text: str, table: TableSpec, start: int, end: int, *, free: bool = False,
                   patterns: RowPatterns | None = None, skip: frozenset[int] | set[int] = frozenset()) -> list[RowHit]:
    """The rows' labels in template order (rows of ``skip``, found already, not searched)."""
    hits: list[RowHit] = []
    cursor = start
    rows = table.rows
    finder = _FirstFinder(text, end, patterns or RowPatterns(text, start, end))
    for i, row in enumerate(rows):
        if i in skip:
            continue
        here = finder.first(row, cursor)
        if here is None:
            continue
        # A label printed after the next two rows' labels belongs to another context (the second
        # row is searched only when the first does not settle it: the finder's answers do not
        # depend on which rows were asked before)
        later = False
        for j in range(i + 1, min(i + 3, len(rows))):
            nxt = finder.first(rows[j], cursor)
            if nxt is not None and nxt[0] < here[0] and nxt[1] <= here[0]:
                later = True
                break
        if later:
            continue
        if _heading_line(text, here[0], here[1]):
            valued = _valued_later(text, row, here[1], end, finder.patterns)
            if valued is None and free and not row.header and _words_after(text, here[1]):
                continue  # a section's title in a free table (五、因…行政复议、提起行政诉讼的情况): no row
            here = valued or here
        label_start = _with_prefix(text, here[0])
        hits.append(RowHit(i, row, max(label_start, cursor), here[1]))
        cursor = here[1]
    return hits


#: A numbered section heading at a line's start: 一、, （二）, 第三部分 / 第三章.
RE_HEADING_NUMBER = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[ \t]*[、．.]|[（(][ \t]*[一二三四五六七八九十]{1,3}[ \t]*[）)]"
    r"|第[一二三四五六七八九十]{1,3}[ \t]*(?:部分|章)[ \t\u3000]*[：:、]?)"
)
#: A label's count printed right after it with the report's own wording, ``label：N条`` (a
#: parenthetical note between them allowed).
RE_COLON_COUNT = re.compile(r"[^\S\n]*(?:[（(][^（）()\n]{0,80}[）)])?[^\S\n]*[：:][^\S\n]*[\d０-９]")


def _heading_line(text: str, start: int, end: int) -> bool:
    r"""Whether the label at ``start..end`` is part of a numbered section heading line (一、 /
    （二） / 第三部分 at its start) that prints no count after it: a section's title
    (二、主动公开政府信息情况), not a table row.

    >>> t = "二、主动公开政府信息情况\n（一）主动公开政府信息数：3831条\n"
    >>> _heading_line(t, 2, 10), _heading_line(t, 16, 25)
    (True, False)
    """
    line = text.rfind("\n", 0, start) + 1
    m = RE_HEADING_NUMBER.match(text, line, start)
    if m is None or m.end() > start:
        return False
    stop = text.find("\n", end)
    return not any(ch.isdigit() for ch in text[end : len(text) if stop < 0 else stop])


#: The rest of a line that goes on in words after a label (、提起行政诉讼的情况), not a unit.
RE_WORDS_AFTER = re.compile(r"[^\S\n]*[、，,的和及与]?[^\S\n]*(?!(?:人次|万元)(?![\u4e00-\u9fff]))[\u4e00-\u9fff]{2}")


def _words_after(text: str, end: int) -> bool:
    r"""Whether the line goes on in words right after a label ending at ``end`` (a title's
    words: 行政复议、提起行政诉讼的情况), not a unit cell (件) nor the end of the line.

    >>> _words_after("五、因申请行政复议、提起行政诉讼的情况\n", 9), _words_after("（四）行政复议 件\n", 7), _words_after("收取费用 万元\n", 4)
    (True, False, False)
    """
    return RE_WORDS_AFTER.match(text, end) is not None


def _valued_later(text: str, row: RowSpec, after: int, end: int, patterns: RowPatterns) -> tuple[int, int] | None:
    r"""The first occurrence of ``row``'s label after ``after`` that prints its count right after
    it with a colon (``主动公开政府信息数：3831条``): the row's own line, which a section heading
    printing the same words (二、主动公开政府信息情况) must not take from it. ``None`` when there is
    none (the heading is then read as the tables reader reads it, its words never a count).

    >>> from textmine.tables.registry import get_template
    >>> t = get_template("gov2014").table("stats")
    >>> text = "二、主动公开政府信息情况\n本年主动公开政府信息，内容涵盖规划。\n（一）主动公开政府信息数：3831条。\n"
    >>> [(h.row.key, h.label(text)) for h in match_rows(text, t, 0, len(text))]
    [('active_items', '（一）主动公开政府信息数')]
    """
    best: tuple[int, int] | None = None
    for key in row.match_keys:
        for m in patterns.pattern(key).finditer(text, after, end):
            if RE_COLON_COUNT.match(text, m.end(), end):
                if best is None or (m.start(), -m.end()) < (best[0], -best[1]):
                    best = (m.start(), m.end())
                break
    return best


def _match_unordered(text: str, table: TableSpec, start: int, end: int, *,
                     patterns: RowPatterns | None = None) -> list[RowHit]:
    candidates = []
    patterns = patterns or RowPatterns(text, start, end)
    for i, row in enumerate(table.rows):
        for s, e, n in _occurrences(text, row, start, end, patterns):
            candidates.append((n, s, e, i))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    # claimed spans never overlap, so sorted by start they are sorted by end too: a new span
    # overlaps one iff the last claimed span starting before its end ends after its start
    starts: list[int] = []
    ends: list[int] = []
    per_row: dict[int, list[tuple[int, int]]] = {}
    for _, s, e, i in candidates:
        k = bisect.bisect_left(starts, e)
        if k and ends[k - 1] > s:
            continue
        starts.insert(k, s)
        ends.insert(k, e)
        per_row.setdefault(i, []).append((s, e))
    hits = []
    for i, occ in per_row.items():
        occ.sort()
        chosen = occ[0]
        for s, e in occ:
            k = bisect.bisect_left(starts, e)
            nxt = starts[k] if k < len(starts) else end
            if RE_CELLS_AFTER.search(text, e, min(nxt, e + 40)):  # text[e:nxt][:40], not copied
                chosen = (s, e)
                break
        hits.append(RowHit(i, table.rows[i], _with_prefix(text, chosen[0]), chosen[1]))
    return hits


def region_keys(text: str) -> str:
    """``match_key`` of a text (exposed for readers that compare header cells)."""
    return match_key(text)
