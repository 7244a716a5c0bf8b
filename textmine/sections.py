"""Heading detection and the section tree of a report.

Finds numbered headings in every numbering style of FORMAT.md §4.3 (``一、`` ``（一）``
``1.`` ``（1）`` ``①``, and ``第一部分`` / ``第一章`` at the start of a line as level 1) plus
the unnumbered statistics-table headings (``附件1：…统计表``, ``政府信息公开情况统计表``),
also when a crawler collapsed the whole body onto one line so that a heading runs straight
into its paragraph. A report without numbered parts whose headings are standalone lines of
known titles (bold lines of an HTML page) gets those lines as level-1 sections. A table of
contents before the body (:func:`find_toc`), an enumeration inside a sentence
(``我局将：（一）…；（二）…。``) and table rows (``3.其他\t0\t0``) give no sections. Heading variants, sentence-start cues,
table row labels and kind rules are data in ``lexicons/sections.yaml``.

Text before the first heading belongs to no section (no ``preamble`` record is emitted) and
signature/footer matter stays in the last section; :mod:`textmine.sentences` gives such
sentences the kinds ``preamble`` and ``closing``.

Example:
    >>> [s.title for s in find_sections("前言。\\n一、概述\\n正文。\\n二、主动公开政府信息情况\\n正文。")]
    ['概述', '主动公开政府信息情况']
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from textmine import lexicons
from textmine.literals import AnyOf, ByFirstChar, first_chars
from textmine.model import Section

logger = logging.getLogger(__name__)

LEXICON = "sections.yaml"

#: Level-1 numbers: ``一、`` ``一．`` ``一.`` ``一 、`` ``十一、`` (not ``一.5``). (One numeral, then up
#: to two: ``{1,3}`` as the search sees it, but a pattern that starts with a class is searched by
#: skipping to that class's characters, three times as fast.)
RE_L1 = re.compile(r"(?P<num>[一二三四五六七八九十][一二三四五六七八九十]{0,2})[ \t]*(?:、|[．.](?![\d]))")
#: A level-1 number (or a Roman numeral) followed by a space instead of 、 at the start of a line
#: (一 总体情况, Ⅰ 总体情况).
RE_L1_SPACED = re.compile(r"(?m)^[ \t]*(?P<num>[一二三四五六七八九十]{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[ \t]+(?=[\u4e00-\u9fff])")
#: A level-1 number closed by a comma, a colon or by 丶 (typed for 、: 一，总体情况, 一：总体情况, 一丶总体情况), or a first
#: numeral that OCR read as the katakana mark ー (ー、总体情况), at the start of a line: a heading only
#: when a known title follows.
RE_L1_TYPO = re.compile(r"(?m)^[ \t\u3000]*(?P<num>[一二三四五六七八九十]{1,3}|ー)[ \t]*(?P<mark>[，,丶、．.：:])[ \t]*(?=[\u4e00-\u9fff])")
#: An ordinal part number closed by a comma, a colon or a space instead of 、 at the start of a line (第一，总体情况,
#: 第二：主动公开…, 第三　依申请公开…): a heading only when a known title follows (第一，加强… opens an enumeration).
RE_ORDINAL_TYPO = re.compile(r"(?m)^[ \t\u3000]*第(?P<num>[一二三四五六七八九十]{1,3})[ \t\u3000]*[，,：:\u3000 \t][ \t\u3000]*(?=[\u4e00-\u9fff])")
#: A line that opens with a numeral and a comma or colon (most texts have none: no search then).
RE_L1_COMMA_ANY = re.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]{1,3}[ \t]*[，,：:]")
#: Level-1 numbers closed otherwise, at the start of a line: ``【一】概述``, ``一）基本情况`` (a
#: half bracket), the formal numerals ``壹、概述``, Roman numerals ``Ⅰ、概述`` and ordinals ``第一、概述``. Read as parts only in a report whose lines number no part ``一、`` (where
#: ``一）`` may number the items inside a part).
RE_L1_CLOSED = re.compile(
    r"(?m)^[ \t\u3000]*(?P<head>【[ \t]*(?P<num>[一二三四五六七八九十]{1,3})[ \t]*】|(?P<bare>[一二三四五六七八九十]{1,3})[）)]"
    r"|(?P<formal>[壹贰叁肆伍陆柒捌玖拾]{1,3})[ \t]*[、．.]|(?P<roman>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[ \t]*[、．.]"
    r"|(?P<ascii>VIII|VII|VI|IV|IX|III|II|I|V|X)[ \t]*[、．.]"
    r"|第(?P<ordinal>[一二三四五六七八九十]{1,3})、)"
    r"[ \t\u3000]*(?=[\u4e00-\u9fff])"
)
#: An ordinal part number ``第二、`` anywhere (a flattened line): a part only after a sentence's end or
#: the report's title and before a known title (…工作。第二、主动公开政府信息情况…).
RE_ORDINAL_RUNIN = re.compile(r"第(?P<num>[一二三四五六七八九十]{1,3})、")
#: The characters after which a part number runs in on a flattened line (a sentence's end).
RUNIN_BEFORE = frozenset("。；;！!？?")
#: Formal (financial) and Roman numerals → the common ones: 壹 → 一, Ⅱ → 二.
FORMAL_NUMERALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ", "一二三四五六七八九十一二三四五六七八九十")
#: Roman numerals typed in ASCII capitals (I、 II、 … X、) → the common ones.
ASCII_ROMAN = {"I": "一", "II": "二", "III": "三", "IV": "四", "V": "五", "VI": "六", "VII": "七", "VIII": "八",
               "IX": "九", "X": "十"}
#: An Arabic part number followed by a space at the start of a line (1 总体情况, a portal's <h3>): a heading only
#: when a known title follows, numbered as 1. is.
RE_L3_SPACED = re.compile(r"(?m)^[ \t\u3000]*(?P<num>\d{1,2})[ \t\u3000]+(?=[\u4e00-\u9fff])")
#: A level-1 number ``一、`` / ``一．`` / ``第一部分`` at the start of a line.
RE_LINE_L1 = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[ \t]*[、．.]|第(?:[一二三四五六七八九十]{1,3}|\d{1,2})[ \t]*(?:部分|章))")
#: Level-1 parts and chapters at the start of a line: ``第一部分`` ``第二章``, with the colon or
#: enumeration comma some reports put between the number and the title (``第一部分：总体情况``).
RE_PART = re.compile(r"第(?P<num>[一二三四五六七八九十]{1,3}|\d{1,2})[ \t]*(?:部分|章)(?:[ \t\u3000]*[：:、])?")
#: Level-2 numbers: ``（一）`` ``(一)``, and the parenthesised ideographs ``㈠`` … ``㈩`` (one character that is
#: ``（一）``).
RE_L2 = re.compile(r"[（(][ \t]*(?P<num>[一二三四五六七八九十]{1,3})[ \t]*[）)]|(?P<paren>[㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩])")
#: The parenthesised ideographs → the numerals they hold: ㈡ → 二.
PAREN_NUMERALS = str.maketrans("㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩", "一二三四五六七八九十")
#: Level-3 numbers: ``1.`` ``1．`` ``1、`` (not decimals ``3.5``, dates ``2016.12``). No digit or dot
#: before the number: asked after its first digit (``(?<![\d.．]\d)``), so that the pattern starts
#: with a digit and is searched by skipping to digits (a lookbehind first is tried everywhere).
RE_L3 = re.compile(r"(?P<num>\d(?<![\d.．]\d)\d?)[ \t]*[、．.](?![\d])")
#: Level-4 numbers: ``（1）`` ``(1)``.
RE_L4 = re.compile(r"[（(][ \t]*(?P<num>\d{1,2})[ \t]*[）)]")
#: Level-5 numbers: ``①`` … ``⑳``.
RE_L5 = re.compile(r"(?P<num>[①-⑳])(?:[ \t]*[、．.](?![\d]))?")
#: An annex marker before a statistics table: ``附件1：`` ``附件2`` ``附表`` ``附：``.
RE_ANNEX = re.compile(r"附(?:[件表][ \t]*(?P<num>\d{0,2})[ \t]*[:：]?|[:：])")
#: The word that ends a statistics-table caption.
RE_STAT_WORD = re.compile(r"统计表")
#: What may directly precede a heading number (besides whitespace and the start of text).
BOUNDARY_CHARS = frozenset("。；;！!？?：:）)”\"」】>|#*")
#: Characters that never directly precede a real heading number (an opening quote mark quotes
#: a heading: 按照“三、收到和处理政府信息公开申请情况”的要求).
NEVER_BEFORE = frozenset("第条之是款项“《「『‘")
#: The formats' closing part cut to one word (a Word head 其他 after 问题和改进): a part only as a line alone right
#: after the problems part.
SHORT_CLOSING = ("其他",)
#: Characters after which a title continues (so a title-ending word there is not the end).
CONTINUE_CHARS = frozenset("，,、和及与的")
#: A break between clauses inside a heading window.
RE_CLAUSE_BREAK = re.compile(r"[，,、；;]")
#: A place's level word: a subject that starts with one may end a place name (实验区政府).
PLACE_LEVELS = frozenset("省市县区州旗镇乡")
#: Characters that join a known title to more words (存在的问题和不足): the title goes on.
CONJUNCTIONS = frozenset("和及与、")
#: White space, removed from a title before it is compared with table row labels.
RE_SPACE = re.compile(r"\s")
#: Hard stops of a heading title.
RE_HARD_STOP = re.compile(r"[\n。！!？?；;：:]")
#: Next heading number inside a title window (the title ends before it).
RE_NEXT_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[）)]")
#: Punctuation and spaces ignored when comparing titles.
RE_IGNORED = re.compile(r"[\s\u3000（）()、．.，,：:；;。“”\"《》〈〉]")
#: The bullets a page or a Word file may print before an unnumbered heading (◆ 总体情况).
BULLETS = "◆◇■□●★☆▶►▪•"
#: A short line on its own, a colon allowed at its end (an unnumbered sub-heading when it is
#: exactly a known title: ``改进措施：`` before a list of plans; ``概述`` or ``【概述】`` when it is a part title;
#: a year may open it: ``2011年工作计划``, a 2008–2012 report's bare last line;
#: ``概述。`` the bold run-in head of a page, put on its own line).
RE_LINE = re.compile(r"(?m)^[ \t]*(?:[" + BULLETS + r"][ \t]*)?(?P<open>【[ \t]*)?"
                     r"(?P<line>(?:(?:19|20)\d\d年度?)?[\u4e00-\u9fff][\u4e00-\u9fff、]{1,31})"
                     r"(?(open)[ \t]*】)[ \t]*[：:。]?[ \t]*$")
#: A line that opens with a short title closed by a colon and goes on with its text on the same line
#: (``收到和处理政府信息公开申请情况：全年收到申请2件``): a part of a report without numbers when the title
#: is one the national formats give a part.
RE_LINE_RUNIN = re.compile(r"(?m)^[ \t]*(?P<line>[\u4e00-\u9fff][\u4e00-\u9fff、]{1,31})[ \t]*[：:][ \t]*(?=\S)")
#: Dot leaders and a page number at the end of a table-of-contents line.
RE_TOC_TAIL = re.compile(r"(?:[ \t\u3000]*[.．…·•‥_\-—]{2,}[ \t\u3000]*\d{0,4}|[ \t\u3000]+\d{1,4})[ \t\u3000]*$")
#: The characters a match of :data:`RE_TOC_TAIL` is made of (and decimal digits, ``\d``).
TOC_TAIL_CHARS = frozenset(" \t\u3000.．…·•‥_-—")
#: Punctuation of prose, never in a table-of-contents entry.
RE_TOC_PROSE = re.compile(r"[。；;！!？?，,]")
#: The caption of a table of contents.
RE_TOC_CAPTION = re.compile(r"^[ \t\u3000]*目[ \t\u3000]*录[ \t\u3000]*[:：]?[ \t\u3000]*$")
#: A numbered heading at the start of a table-of-contents line.
RE_TOC_NUMBER = re.compile(
    r"(?:第[一二三四五六七八九十]{1,3}[ \t]*(?:部分|章)|[一二三四五六七八九十]{1,3}[ \t]*[、．.]"
    r"|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．.](?!\d)|[（(]\d{1,2}[）)])"
)
#: A Markdown list item's bullet and a link around its text (``- [一、总体情况](#part1) …… 1``, as Markdown
#: editors write a table of contents): the entry is the link's text.
RE_TOC_MARKDOWN = re.compile(r"^[ \t]*[-*+][ \t]+|\[([^\]\n]+)\]\([^)\s]*\)")
#: Fewest entries of a table of contents.
TOC_MIN_LINES = 3
#: How far past a number the end of its clause or row is looked for (a row or clause is
#: shorter; the bound keeps a long line without stops from being rescanned per number).
MAX_CLAUSE = 4000
#: A table row after its number: a label, then TAB-separated cells or two or more bare numbers.
RE_ROW_CELLS = re.compile(
    r"[ \t]*\S{1,40}?(?:[ \u3000]*\t[ \t]*\S|(?:[ \t\u3000]+[-+]?\d[\d.,%]*){2,}[ \t\u3000]*$)"
)
#: A line of a table whose cells are one a line: a bare number, a unit or a placeholder. A
#: numbered label followed by two such lines (``\n件\n0``) is a row -- a heading is followed by prose.
RE_CELL_LINE = re.compile(r"[ \t\u3000]*(?:[-+]?\d[\d.,%]*|[条件次个项人万元]{1,2}|万元|[-—/无])[ \t\u3000]*(?:[\r\n]|$)")
#: A row of the 2014 statistics table on a line of its own: a label, its unit and its count
#: (（一）收到申请数 件 7; 其中：主动公开规范性文件数 条 3) -- prose never ends a line so.
RE_UNIT_ROW = re.compile(
    r"[ \t\u3000]*[^\n。；;！？!?，,]{2,40}?[ \t\u3000]+(?:[条件次个项人篇份场期]|人次|万元|元)[ \t\u3000]+[-+]?\d[\d.,]*[ \t\u3000]*(?:\r?\n|$)")
#: A numeral and a measure word at the start of a title (三季度, 四级, 三、四类): the number
#: before it and this numeral are a series (二、三季度), not a heading and its title.
RE_SERIES = re.compile(r"(?P<num>[一二三四五六七八九十])(?:、[一二三四五六七八九十])*(?:季度|级|类|等|批|档|期|星|轮|层|产业?)")
#: A number alone on its line: blanks, then the line break.
RE_LINE_ALONE = re.compile(r"[ \t]*\n")
#: A space or a tab.
RE_BLANK = re.compile(r"[ \t]")
#: ``其中：`` before a number marks a table sub-row.
RE_QIZHONG = re.compile(r"其中[:：]?\s*$")

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_STYLES = ("l1", "l2", "l3", "l4", "l5")
#: Titles whose kind ``_rule_for`` keeps (the dict starts afresh when full).
RULE_CACHE_SIZE = 4096
_RANKS = {"part": -1, "stat": 0, "l1": 0, "top": 0, "line": 1, "l2": 1, "l3": 2, "l4": 3, "l5": 4}


@dataclass
class _Lexicon:
    kinds: list[dict[str, Any]]
    work: re.Pattern[str]
    table_rows: list[re.Pattern[str]]
    cues: list[re.Pattern[str]]
    subjects: list[re.Pattern[str]]
    body_kinds: list[tuple[str, re.Pattern[str]]]
    clause_endings: tuple[str, ...]
    verbs: re.Pattern[str]
    closing_endings: tuple[str, ...]
    endings: tuple[str, ...]
    max_chars: int
    titles: list[re.Pattern[str]]
    closing: list[re.Pattern[str]]
    part_titles: re.Pattern[str]
    opening: re.Pattern[str]
    overview_subheads: re.Pattern[str]
    # the lists above as one alternation each: matches where one of them matches, with the
    # first that does (the order of the list)
    table_row_any: AnyOf = field(init=False)
    cue_any: AnyOf = field(init=False)
    subject_any: AnyOf = field(init=False)
    title_any: AnyOf = field(init=False)
    # the titles by the characters they may start with (``_known_prefix`` asks each that may match)
    titles_by_first: ByFirstChar = field(init=False)
    # normalised title -> its kind rule (``_rule_for``), kept with the lexicon it was read from
    rule_cache: dict[str, dict[str, Any] | None] = field(init=False, default_factory=dict)
    # the characters a match of a cue, a clause subject or a clause verb may start with
    # (``None``: not known, any): where a title may end before a clause, :func:`_title_end`
    stop_first: re.Pattern[str] | None = field(init=False)
    # the last characters of ``closing_endings`` as one character class (``None``: an empty
    # ending, any position): where :func:`_closed_kind_heading` may find a window ending with one
    closing_last: re.Pattern[str] | None = field(init=False)
    endings_last: re.Pattern[str] | None = field(init=False)  # the same of ``endings``

    def __post_init__(self) -> None:
        self.title_any = AnyOf(self.titles)
        self.table_row_any = AnyOf(self.table_rows)
        self.cue_any = AnyOf(self.cues)
        self.subject_any = AnyOf(self.subjects)
        self.titles_by_first = ByFirstChar(self.titles)
        self.stop_first = first_chars([*self.cues, *self.subjects, self.verbs])
        self.closing_last = _last_chars(self.closing_endings)
        self.endings_last = _last_chars(self.endings)

    def stops(self, window: str, start: int, stop: int) -> Iterable[int]:
        """The positions ``start <= p < stop`` of ``window`` where a cue, a clause subject or a
        clause verb may match (a character one of them starts with): the only places where
        ``cue_any.match`` or :func:`_subject_after_heading` may hold."""
        if self.stop_first is None:
            return range(start, stop)
        return [m.start() for m in self.stop_first.finditer(window, start, stop)]


def _last_chars(endings: tuple[str, ...]) -> re.Pattern[str] | None:
    """One character class of the last characters of ``endings`` (a text ends with one of them
    only where its last character is one of these); ``None`` when one is empty (any text ends so)."""
    if not endings or not all(endings):
        return None
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted({e[-1] for e in endings})) + "]")


def _ending_stops(window: str, start: int, stop: int, last: re.Pattern[str] | None) -> Iterable[int]:
    """The positions ``start <= p < stop`` where ``window[:p]`` may end with an ending whose last
    characters are ``last`` (:func:`_last_chars`; ``None``: every position), in order."""
    if last is None:
        return range(start, stop)
    if start < 1:  # window[:0] ends with no non-empty ending
        start = 1
    return [m.end() for m in last.finditer(window, start - 1, stop - 1)]


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = lexicons.load_yaml(LEXICON)
    kinds = []
    for rule in data["kinds"]:
        kinds.append({**rule, "regex": re.compile(rule["pattern"])})
    return _Lexicon(
        kinds=kinds,
        work=re.compile(data["default_work_pattern"]),
        table_rows=[re.compile(p) for p in data["table_rows"]],
        cues=[re.compile(p) for p in data["sentence_cues"]],
        subjects=[re.compile(p) for p in data.get("clause_subjects", [])],
        body_kinds=[(k, re.compile(p)) for k, p in (data.get("body_kinds") or {}).items()],
        clause_endings=(*data["title_endings"], *data.get("clause_heading_endings", [])),
        verbs=re.compile("|".join(map(re.escape, data.get("clause_verbs", []))) or r"(?!)"),
        closing_endings=tuple(data.get("closing_endings", [])),
        endings=tuple(data["title_endings"]),
        max_chars=int(data["max_title_chars"]),
        titles=[re.compile(p) for p in data["titles"]],
        closing=[re.compile(p) for p in data["closing_patterns"]],
        part_titles=re.compile(data["part_titles"]),
        opening=re.compile(data.get("opening_titles") or r"(?!)"),
        overview_subheads=re.compile(data.get("overview_subheads") or r"(?!)"),
    )


def cn_numeral(numeral: str) -> int:
    """Value of a Chinese numeral up to 九十九 (``十一`` → 11), or of ``①``… / Arabic digits.

    Raises:
        ValueError: ``numeral`` is not a numeral of that form.

    >>> cn_numeral("十二"), cn_numeral("②"), cn_numeral("7")
    (12, 2, 7)
    """
    if numeral.isdigit() and numeral.isascii():
        return int(numeral)
    if len(numeral) == 1 and "①" <= numeral <= "⑳":
        return ord(numeral) - ord("①") + 1
    if numeral in _CN_DIGITS:
        return _CN_DIGITS[numeral]
    if numeral.startswith("十"):
        rest = numeral[1:]
        if rest and rest not in _CN_DIGITS:
            return _bad(numeral)
        return 10 + (_CN_DIGITS[rest] if rest else 0)
    if len(numeral) >= 2 and numeral[1] == "十" and numeral[0] in _CN_DIGITS:
        rest = numeral[2:]
        if rest and rest not in _CN_DIGITS:
            return _bad(numeral)
        return _CN_DIGITS[numeral[0]] * 10 + (_CN_DIGITS[rest] if rest else 0)
    return _bad(numeral)


def _bad(numeral: str) -> int:
    raise ValueError(f"not a section numeral: {numeral!r}; expected 一…九十九, ①…⑳ or digits")


def normalize_title(title: str) -> str:
    """Title without spaces and punctuation, as titles are compared.

    >>> normalize_title("（一）主动公开 情况。")
    '一主动公开情况'
    """
    return RE_IGNORED.sub("", title)


def _rule_for(title: str) -> dict[str, Any] | None:
    norm = normalize_title(title)
    if not norm:
        return None
    lex = _lexicon()
    cache = lex.rule_cache
    if norm in cache:  # the same titles recur in every report
        return cache[norm]
    found = next((rule for rule in lex.kinds if rule["regex"].search(norm)), None)
    if len(cache) >= RULE_CACHE_SIZE:
        cache.clear()
    cache[norm] = found
    return found


def classify_title(title: str) -> str | None:
    """The section kind a heading title names, or ``None`` when it names none.

    >>> classify_title("存在的主要问题及改进情况"), classify_title("改进措施")
    ('problems', 'plans')
    """
    rule = _rule_for(title)
    return rule["kind"] if rule else None


def is_table_row(title: str) -> bool:
    """Whether a numbered title is a statistics-table row label (``予以公开``, ``当面申请数`` …).

    >>> is_table_row("本年新收政府信息公开申请数量"), is_table_row("总体情况")
    (True, False)
    """
    norm = RE_SPACE.sub("", title)
    return _lexicon().table_row_any.match(norm) is not None


def _is_known(title: str) -> bool:
    rule = _rule_for(title)
    return bool(rule and rule.get("known"))


@dataclass(frozen=True)
class _Candidate:
    style: str  # l1..l5 | stat
    start: int
    num_end: int
    number: str | None
    value: int | None
    part: bool = False  # 第一部分 / 第一章: only at the start of a line


@functools.lru_cache(maxsize=8)
def _candidates(text: str) -> tuple[_Candidate, ...]:
    """Every numbered or caption candidate of ``text`` in order (cached: read by the part-list
    check and by heading detection, twice when a report has no numbered parts)."""
    found: dict[int, _Candidate] = {}
    for m in RE_PART.finditer(text):
        try:
            value = cn_numeral(m.group("num"))
        except ValueError:
            continue
        found[m.start()] = _Candidate("l1", m.start(), m.end(), m.group("num"), value, part=True)
    for style, regex in zip(_STYLES, (RE_L1, RE_L2, RE_L3, RE_L4, RE_L5), strict=False):
        for m in regex.finditer(text):
            raw = m.group(0)
            number = raw.replace(" ", "").replace("\t", "")
            if style in ("l1", "l3") or (style == "l5" and len(number) > 1):
                number = number[:-1]  # 一、 → 一; ①、 → ①
            try:
                value = cn_numeral(m.group("num") or m.group("paren").translate(PAREN_NUMERALS))
            except ValueError:  # 十五一、 and the like: not a numeral, so not a heading
                continue
            cand = _Candidate(style, m.start(), m.end(), number, value)
            found.setdefault(m.start(), cand)
    if not RE_LINE_L1.search(text):  # 【一】概述 / 一）基本情况: parts numbered otherwise
        for m in RE_L1_CLOSED.finditer(text):
            num = (m.group("num") or m.group("bare") or m.group("ordinal")
                   or ASCII_ROMAN.get(m.group("ascii") or "")
                   or (m.group("formal") or m.group("roman")).translate(FORMAL_NUMERALS))
            try:
                found[m.start("head")] = _Candidate("l1", m.start("head"), m.end(), num, cn_numeral(num))
            except ValueError:  # 十五一） and the like: not a numeral
                continue
        for m in RE_ORDINAL_RUNIN.finditer(text):  # …。第二、主动公开政府信息情况…: ordinals run in on a flattened line
            start = m.start()
            if start in found or not (text[start - 1 : start] in RUNIN_BEFORE
                                      or RE_AFTER_TITLE.search(text, max(0, start - 8), start)):
                continue
            if _known_prefix(text[m.end() : m.end() + 40]) >= 2:
                found[start] = _Candidate("l1", start, m.end(), m.group("num"), cn_numeral(m.group("num")))
    for m in RE_L1_SPACED.finditer(text):  # 一 总体情况: a space for 、, at a line start, a known title
        if m.start("num") not in found and _known_prefix(text[m.end() : m.end() + 40]) >= 2:
            num = m.group("num").translate(FORMAL_NUMERALS)
            found[m.start("num")] = _Candidate("l1", m.start("num"), m.end(), num, cn_numeral(num))
    if "丶" in text or "ー" in text or RE_L1_COMMA_ANY.search(text):
        for m in RE_L1_TYPO.finditer(text):  # 一，总体情况 / 一丶总体情况 / ー、总体情况: a known title follows
            num = m.group("num").replace("ー", "一")
            if m.group("mark") in "、．." and num == m.group("num"):
                continue  # 一、 itself: RE_L1's
            if m.start("num") not in found and _known_prefix(text[m.end() : m.end() + 40]) >= 2:
                found[m.start("num")] = _Candidate("l1", m.start("num"), m.end(), num, cn_numeral(num))
    for m in RE_L3_SPACED.finditer(text):  # 1 总体情况: a space for 1., at a line start, a known title
        if m.start("num") not in found and _known_prefix(text[m.end() : m.end() + 40]) >= 2:
            found[m.start("num")] = _Candidate("l3", m.start("num"), m.end(), m.group("num"), int(m.group("num")))
    if "第" in text:
        for m in RE_ORDINAL_TYPO.finditer(text):
            start = m.end() - len(m.group(0).lstrip(" \t\u3000"))
            if start not in found and _known_prefix(text[m.end() : m.end() + 40]) >= 2:
                found[start] = _Candidate("l1", start, m.end(), m.group("num"), cn_numeral(m.group("num")))
    for m in RE_ANNEX.finditer(text):
        found[m.start()] = _Candidate("stat", m.start(), m.end(), None, None)
    for m in RE_STAT_WORD.finditer(text):
        start = _stat_caption_start(text, m.start())
        if start is not None and start not in found:
            found[start] = _Candidate("stat", start, start, None, None)
    for m in RE_LINE.finditer(text):
        line = m.group("line")
        if _known_prefix(line) == len(line) and (len(line) >= 4 or _is_part_title(line) or line in SHORT_CLOSING):
            found.setdefault(m.start("line"), _Candidate("line", m.start("line"), m.start("line"), None, None))
    for m in RE_LINE_RUNIN.finditer(text):
        if _is_part_title(m.group("line")):
            found.setdefault(m.start("line"), _Candidate("colon", m.start("line"), m.end("line"), None, None))
    return tuple(found[k] for k in sorted(found))


def _toc_line(line: str) -> str:
    """A table-of-contents line without Markdown list and link marks (:data:`RE_TOC_MARKDOWN`).

    >>> _toc_line("- [二、主动公开政府信息情况](#part2) …… 2")
    '二、主动公开政府信息情况 …… 2'
    """
    if "[" not in line and line.lstrip(" \t")[:1] not in ("-", "*", "+"):
        return line
    return RE_TOC_MARKDOWN.sub(lambda m: m.group(1) or "", line)


def _toc_entry(line: str) -> str | None:
    """The compared form of a table-of-contents entry (heading without leaders), or None; ``line``
    without Markdown marks (:func:`_toc_line`)."""
    if RE_TOC_PROSE.search(line):  # prose (most lines): the leaders and spaces cut hold none
        return None
    core = line[: _toc_tail(line)].strip(" \t\u3000")
    if not (2 <= len(core) <= 40):
        return None
    m = RE_TOC_NUMBER.match(core)
    if m:
        rest = core[m.end() :].strip(" \t\u3000")
        if not rest or not ("\u4e00" <= rest[0] <= "\u9fff"):
            return None
    elif _known_prefix(core) != len(core):
        return None
    key = normalize_title(core)
    return key or None


def _toc_tail(line: str) -> int:
    """Where the dot leaders and page number that end a table-of-contents line start (the
    line's length when it ends otherwise).

    The tail is made only of :data:`TOC_TAIL_CHARS` and digits, so it is looked for only in
    the run of those that ends the line (most lines end with a word: nothing to search).

    >>> _toc_tail("一、概述……3"), _toc_tail("二、主动公开 12"), _toc_tail("三、附表")
    (4, 6, 4)
    """
    start = len(line)
    while start and (line[start - 1] in TOC_TAIL_CHARS or line[start - 1].isdecimal()):
        start -= 1
    m = RE_TOC_TAIL.search(line, start)
    return m.start() if m else len(line)


def find_toc(text: str) -> tuple[int, int] | None:
    """Span of a table of contents before the body (``目录`` and its heading lines), or None.

    A table of contents is a run of at least three heading-like lines (numbered or known
    titles, optionally with dot leaders and page numbers) with no prose between them, whose
    entries recur later as the headings of the body. The span includes a ``目录`` caption line.

    >>> text = "目录\\n一、概述\\n二、主动公开情况\\n三、附表\\n一、概述\\n文。\\n二、主动公开情况\\n文。\\n三、附表"
    >>> text[slice(*find_toc(text))].splitlines()[-1]
    '三、附表'
    """
    return _find_toc(text)


@functools.lru_cache(maxsize=64)
def _find_toc(text: str) -> tuple[int, int] | None:
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    plain = [_toc_line(raw) for _, _, raw in lines]  # each line without Markdown list and link marks
    keys = [_toc_entry(line) if line.strip() else "" for line in plain]
    titles = [_unnumbered_key(line[: _toc_tail(line)]) if key else "" for line, key in zip(plain, keys, strict=True)]
    k = 0
    while k < len(lines):
        if not keys[k]:
            k += 1
            continue
        block: list[int] = []
        j = k
        while j < len(lines) and keys[j] is not None:
            if keys[j] and any(titles[b] == titles[j] for b in block):
                break  # an entry again (by its title, whatever its number): the body starts right after the contents
            if keys[j] and block and _restarts(plain[j], plain[block[-1]]):
                break  # 一、 after 四、: the body starts again at its first part
            if keys[j]:
                block.append(j)
            j += 1
        if len(block) >= TOC_MIN_LINES:
            # an entry recurs as a body heading by its title, whatever numbering each uses
            # (第一部分 总体情况 in the contents, 一、总体情况 in the body)
            later = [_unnumbered_key(raw) for _, _, raw in lines[block[-1] + 1 :]]
            hits = [any(n.startswith(titles[b]) for n in later) for b in block]
            if hits[0] and sum(hits) * 3 >= len(block) * 2:
                start = lines[block[0]][0]
                c = block[0] - 1
                while c >= 0 and not lines[c][2].strip():
                    c -= 1
                if c >= 0 and RE_TOC_CAPTION.match(lines[c][2]):
                    start = lines[c][0]
                return start, lines[block[-1]][1]
        k = j + 1
    return None


def _unnumbered_key(line: str) -> str:
    """A heading line's compared title without its number (第一部分, 一、, （一）, 1.).

    >>> _unnumbered_key("第一部分 总体情况"), _unnumbered_key("一、总体情况"), _unnumbered_key("总体情况")
    ('总体情况', '总体情况', '总体情况')
    """
    core = line.strip(" \t\u3000")
    m = RE_TOC_NUMBER.match(core)
    return normalize_title(core[m.end() :] if m else core)


def _restarts(line: str, previous: str) -> bool:
    """Whether ``line`` numbers 一 after a ``previous`` line numbered higher in the same style."""
    a, b = RE_L1.match(line.strip()), RE_L1.match(previous.strip())
    if not a or not b:
        return False
    try:
        return cn_numeral(a.group("num")) == 1 and cn_numeral(b.group("num")) > 1
    except ValueError:
        return False


def _stat_caption_start(text: str, word: int) -> int | None:
    """Start of an unnumbered caption ``…政府信息公开情况统计表`` ending at ``word``."""
    k = word
    while k > 0 and word - k < 40 and text[k - 1] not in " \t\n。；：:，,、）)”|#*":
        k -= 1
    if k > 0 and text[k - 1] not in " \t\n。":
        return None
    return k


def _prev_char(text: str, pos: int) -> tuple[str, bool]:
    """The character before ``pos`` skipping spaces/tabs, and whether a space was skipped."""
    i = pos
    spaced = False
    while i > 0 and text[i - 1] in " \t":
        i -= 1
        spaced = True
    return (text[i - 1] if i > 0 else "\n"), spaced


def _line_start(text: str, pos: int) -> bool:
    """Whether only spaces, an opening 【 and a bullet (◆ ■ ● ★ …) stand between the line's start and ``pos``.

    >>> _line_start("文。\\n【概述】", 4), _line_start("文。【概述】", 3), _line_start("文。\\n◆ 概述", 5)
    (True, False, True)
    """
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip(" \t【" + BULLETS)


def _title_window(text: str, start: int, *, allow_newline: bool) -> tuple[int, int, bool]:
    """Skip leading blanks after a number; return (title_start, window_end, hard_stop)."""
    lex = _lexicon()
    i = start
    while i < len(text) and (text[i] in " \t" or (allow_newline and text[i] in "\n")):
        i += 1
    limit = min(len(text), i + lex.max_chars + 8)
    end = limit
    hard = limit == len(text)
    m = RE_HARD_STOP.search(text, i, limit)
    if m:
        end, hard = m.start(), True
        end = _questions_end(text, end, limit)
    known = -1  # the known title at i, worked out on first need (the window is the same until a break)
    for blank in RE_BLANK.finditer(text, i + 1, end):  # the spaces and tabs of the window
        j = blank.start()
        before, after = text[j - 1], text[j + 1] if j + 1 < len(text) else ""
        if not before.isdigit() and not after.isdigit() and after not in " \t":
            if known < 0:
                known = _known_prefix(text[i:end])
            if known <= j - i:
                end, hard = j, True  # a space ends the title, unless a known title goes on past it (收到和处理 政府…)
                break
    m = RE_NEXT_NUMBER.search(text, i + 1, end)
    if m:
        end, hard = m.start(), True
    return i, end, hard


#: The rest of a head of two questions after its first ？ (公开什么？|怎么公开？⏎): a short question closing the line.
RE_SECOND_QUESTION = re.compile(r"[？?][ \t\u3000]*[\u4e00-\u9fff]{2,12}[？?][ \t\u3000]*(?=\n|$)")


def _questions_end(text: str, end: int, limit: int) -> int:
    """Where a head of two short questions on one line ends (公开什么？怎么公开？ → before its last ？), else ``end``:
    a line that asks twice is one heading, its first ？ no end of the title.

    >>> t = "公开什么？怎么公开？\\n全年公开。"
    >>> _questions_end(t, 4, len(t))
    9
    >>> t = "公开什么？全年公开信息12条？\\n"  # the text goes on after the first ？ with figures: no second question
    >>> _questions_end(t, 4, len(t))
    4
    """
    m = RE_SECOND_QUESTION.match(text, end)
    if m and m.end() <= limit + 2:
        return text.rindex("？" if "？" in m.group() else "?", end, m.end())
    return end


def _title_end(text: str, i: int, end: int, hard: bool) -> int:
    """Where a heading title starting at ``i`` ends inside the window ``i..end``."""
    lex = _lexicon()
    window = text[i:end]
    whole = _whole_line_title(text, end, window)
    if whole:
        return i + whole
    if _question_line(text, end, window):
        return i + len(window.rstrip(" \t\u3000"))
    known = _known_prefix(window)
    if known >= 2 and window[known : known + 1] not in CONJUNCTIONS and not _line_goes_on(text, end, window, known):
        return i + (_known_goes_on(window, known) or known)
    # a heading of a known kind closed by its noun ends there, before any cue further on
    # (存在的不足和改进措施|信息发布审核不够严格: 严格 is no cue here)
    closed = _closed_kind_heading(window)
    # no heading says 了: a clause with one (调整充实了…) is the paragraph's first
    aspect = _aspect_particle(window)
    # a known title joined to more words (存在的问题和不足…) goes on: it ends at a cue or below
    for p in lex.stops(window, 2, min(len(window), closed or len(window), aspect if aspect >= 0 else len(window))):
        if window[p - 1] in CONJUNCTIONS:  # after 、和及与 (准确、及时; 存在的问题及2018年工作计划) no title ends
            continue
        if window[p - 1] == "不":  # 不 binds the next word (公开不及时, 审核不严格): no cue starts there
            continue
        if lex.cue_any.match(window, p) or _subject_after_heading(window, p):
            return i + len(window[:p].rstrip(" \t，,"))
    if closed:
        return i + closed
    if aspect >= 0:
        ending = _last_ending(window[:aspect])
        if ending:
            return i + ending
    commas = window.count("，") + window.count(",")
    if hard and len(window) <= lex.max_chars - 4 and commas <= 1:
        return i + len(window.rstrip(" \t"))
    for p in _ending_stops(window, 2, min(len(window), lex.max_chars) + 1, lex.endings_last):
        if window[:p].endswith(lex.endings) and (p == len(window) or window[p] not in CONTINUE_CHARS):
            while window[p : p + 2] in lex.endings and len(window[p : p + 2]) == 2:
                p += 2
            return i + p
    # No cue and no full stop within reach: end at the last clause break rather than mid-clause
    # (1、加强信息公开培训指导工作，确保政府信息公开准确、及时… → 加强信息公开培训指导工作).
    head = window[: lex.max_chars]
    cut = max(head.rfind("，"), head.rfind(","), head.rfind("；"))
    if cut >= 4:
        return i + cut
    return i + min(len(window), lex.max_chars)


def _question_ends_line(text: str, end: int) -> bool:
    """Whether a ？ (or ?) at ``end`` closes its line (主动公开了哪些信息？⏎).

    >>> _question_ends_line("哪些信息？\\n全年", 4), _question_ends_line("哪些信息？全年", 4)
    (True, False)
    """
    return text.startswith(("？", "?"), end) and text[end + 1 : end + 2] in ("", "\n")


def _question_line(text: str, end: int, window: str) -> bool:
    """Whether a heading is a question filling its line, closed by ？ at the line's end (主动公开了哪些信息？,
    还存在哪些问题，下一步怎么改进？): the whole question is the title, however its words run on past a
    known title (主动公开|了哪些信息) -- a sentence asks no question there.

    >>> t = "主动公开了哪些信息？\\n全年公开。"
    >>> _question_line(t, 9, t[:9]), _question_line("主动公开了哪些信息？全年公开。", 9, "主动公开了哪些信息")
    (True, False)
    """
    if not _question_ends_line(text, end):
        return False
    line = window.rstrip(" \t\u3000")
    return 4 <= len(line) <= _lexicon().max_chars and line.count("，") + line.count(",") <= 1 and "。" not in line


#: A statistics table's caption, which names the body and the year (某县人民政府2015年政府信息公开情况统计表).
RE_CAPTION_END = re.compile(r"统计表$")
#: The second half of an old-era heading of two parallel phrases (规范程序，认真办理依申请公开): a
#: verb-object phrase without digits or a further break.
RE_PARALLEL_HALF = re.compile(r"[\u4e00-\u9fff]{4,14}")


def _whole_line_title(text: str, end: int, window: str) -> int:
    """The length of a heading that fills its line and is one title as a whole, else 0: a
    statistics table's caption (a year inside it starts no sentence), or two parallel
    phrases joined by a comma whose second ends like a heading (规范程序，认真办理依申请公开:
    认真 starts no sentence there). Only a whole line counts (the text breaks the line after it),
    short and without a sentence's punctuation.

    >>> t = "伊宁县人民政府2015年政府信息公开情况统计表\\n"
    >>> _whole_line_title(t, len(t) - 1, t[:-1])
    23
    >>> t = "规范程序，认真办理依申请公开\\n全年受理3件。"
    >>> _whole_line_title(t, 14, t[:14])
    14
    >>> t = "规范程序，认真办理依申请公开。\\n全年受理3件。"
    >>> _whole_line_title(t, 14, t[:14])
    14
    >>> t = "概述2016年，怀化市财政局认真公开\\n"
    >>> _whole_line_title(t, len(t) - 1, t[:-1])
    0
    >>> t = "规范程序，认真办理依申请公开。全年受理3件。"  # the full stop ends a sentence that goes on: not a line
    >>> _whole_line_title(t, 14, t[:14])
    0
    >>> t = "因政府信息公开申请提起行政复议、行政诉讼情况及存在的主要问题和改进情况\\n"
    >>> _whole_line_title(t, len(t) - 1, t[:-1])
    35
    >>> t = "因政府信息公开申请提起行政复议、行政诉讼情况及存在的主要问题和改进情况，全年无复议\\n"
    >>> _whole_line_title(t, len(t) - 1, t[:-1])
    0
    """
    lex = _lexicon()
    line = window.rstrip(" \t\u3000")
    if text.startswith("。", end):  # a whole-sentence heading closed by its full stop (规范程序，认真办理依申请公开。)
        end += 1
    if end < len(text) and text[end] not in "\r\n":
        return 0
    if lex.max_chars < len(line) <= lex.max_chars + 8:
        # a merged heading alone on its line, longer than a run-in title may be (因政府信息公开申请提起行政复议、
        # 行政诉讼情况及存在的主要问题和改进情况): whole when one clause of a known kind closed by its noun
        whole = (line.endswith(lex.closing_endings) and not re.search(r"[，,；;。]", line)
                 and not any(ch.isdigit() for ch in line) and _rule_for(line) is not None)
        return len(line) if whole else 0
    if not 4 <= len(line) <= lex.max_chars:
        return 0
    if RE_CAPTION_END.search(line) and not RE_CLAUSE_BREAK.search(line):
        return len(line)
    first, comma, second = line.partition("，") if "，" in line else line.partition(",")
    if (comma and 4 <= len(first) <= 8 and RE_PARALLEL_HALF.fullmatch(second)
            and second.endswith(lex.clause_endings)
            and not any(lex.cue_any.match(first, p) for p in range(len(first)))
            and RE_PARALLEL_HALF.fullmatch(first)):
        return len(line)
    return 0


#: The aspect particle 了 after a verb (调整充实了, 研究部署了), not in 了解 / 为了 / 除了 / 不了 / 了结.
RE_ASPECT = re.compile(r"(?<![为除不])了(?![解结如])")


#: The object a heading line alone may end with after a known activity (主动公开|政府信息, 依申请公开|政府信息):
#: the whole line is the title, as when it ends with a title's noun.
LINE_OBJECTS = ("政府信息",)


def _line_goes_on(text: str, end: int, window: str, known: int) -> bool:
    """Whether a heading line alone goes on past the known title it starts with and ends like a
    title (依申请公开|政府信息的情况: the known 依申请公开 is only its start), names its object
    (主动公开|政府信息) or asks a question closed by ？ at the line's end (主动公开|了哪些信息？), no sentence
    starting in it.

    >>> _line_goes_on("依申请公开政府信息的情况\\n", 12, "依申请公开政府信息的情况", 5)
    True
    >>> _line_goes_on("依申请公开情况全年受理申请3件。", 15, "依申请公开情况全年受理申请3件", 7)
    False
    >>> _line_goes_on("主动公开了哪些信息？\\n", 9, "主动公开了哪些信息", 4), _line_goes_on("主动公开政府信息\\n", 8, "主动公开政府信息", 4)
    (True, True)
    >>> _line_goes_on("主动公开了哪些信息？全年公开", 9, "主动公开了哪些信息", 4), _line_goes_on("主动公开政府信息1200条\\n", 8, "主动公开政府信息", 4)
    (False, False)
    """
    lex = _lexicon()
    question = _question_ends_line(text, end)
    if end < len(text) and text[end] != "\n" and not question or len(window.rstrip()) > lex.max_chars - 4:
        return False
    rest = window.rstrip(" \t\u3000")
    if known >= len(rest) or rest.count("，") + rest.count(",") > 1:
        return False
    if not (question or rest.endswith(lex.endings) or rest.endswith(LINE_OBJECTS)):
        return False
    return not any(lex.cue_any.match(rest, p) or _subject_after_heading(rest, p) for p in range(known, len(rest)))


#: The most characters a known title (主动公开) may go on by before the heading's ending
#: (主动公开|政府信息工作: 政府信息工作).
MAX_KNOWN_TAIL = 14


def _known_goes_on(window: str, known: int) -> int:
    """End of a run-in heading that goes on past the known title it starts with, or 0.

    A heading such as 主动公开政府信息工作 runs into its paragraph on a flattened line: the known
    title 主动公开 (a bare activity, not closed by a title's noun) is only its start when the words
    after it, without a clause break, a cue or a clause subject, reach a title ending (工作, 情况 …) right where a sentence starts (a cue such as
    全年, 本年度, 我局, 2014年, or a subject). Where a sentence starts right after the known title,
    or no sentence starts after an ending within reach, the known title is the heading.

    >>> _known_goes_on("主动公开政府信息工作全年主动公开政府信息624条", 4)
    10
    >>> _known_goes_on("依申请公开政府信息工作本年度共受理申请9件", 5)
    11
    >>> _known_goes_on("主动公开全年主动公开政府信息624条", 4), _known_goes_on("主动公开政府信息1200条", 4)
    (0, 0)
    >>> _known_goes_on("存在的主要问题和改进措施政府信息公开工作虽然取得了一定成效", 12)
    0
    """
    lex = _lexicon()
    if window[:known].endswith(lex.endings):  # a title closed by its noun (…改进措施) is whole
        return 0
    reach = min(len(window), known + MAX_KNOWN_TAIL + 1)
    for p in range(known, reach):
        if lex.cue_any.match(window, p) or _subject_after_heading(window, p) or RE_CLAUSE_BREAK.match(window, p):
            break
        if window[p].isdigit():
            break
    else:
        return 0
    if p == known or not window[:p].endswith(lex.endings):
        return 0
    return p if lex.cue_any.match(window, p) or _subject_after_heading(window, p) else 0


def _aspect_particle(window: str) -> int:
    """Where the aspect particle 了 stands in a heading window, or -1 (no heading says 了).

    >>> _aspect_particle("加强组织领导调整充实了领导小组"), _aspect_particle("为了解决群众关切")
    (10, -1)
    """
    m = RE_ASPECT.search(window, 2)
    return m.start() if m else -1


def _last_ending(head: str) -> int:
    """End of the last title ending (领导, 机制, 建设 …) in ``head`` that closes a heading of at
    least four characters, or 0: the heading before a clause that says 了.

    >>> _last_ending("加强组织领导调整充实"), _last_ending("健全工作机制修订完善"), _last_ending("局党组研究部署")
    (6, 6, 0)
    """
    endings = _lexicon().clause_endings
    for p in range(len(head), 3, -1):
        if head[:p].endswith(endings) and head[p : p + 1] not in CONTINUE_CHARS:
            return p
    return 0


#: A count right after a noun: 21件, 3 条.
RE_COUNT = re.compile(r"\d+[ \t]*[件条次个项人份篇家]")


def _closed_kind_heading(window: str) -> int:
    """Where a heading of a known kind ends at its closing noun and a clause follows, or 0.

    ``存在的不足及改进措施部分单位重视不够``: the part up to 措施 is a problems heading (a kind
    rule of the lexicon matches it) and 部分… is not joined to it by 、和及与 or another ending.
    """
    lex = _lexicon()
    for p in _ending_stops(window, 4, min(len(window), lex.max_chars), lex.closing_last):
        if not window[:p].endswith(lex.closing_endings):
            continue
        if window[p] in CONTINUE_CHARS or window[p : p + 2] in lex.endings or window[p] in "。：:；;":
            continue
        if RE_COUNT.match(window, p):  # a noun that is counted (承办代表建议21件) closes no heading
            continue
        if _rule_for(window[:p]) is not None:
            return p
    return 0


def _subject_after_heading(window: str, p: int) -> bool:
    """Whether a verb-object heading ends at ``p`` and a new clause starts with its subject.

    The heading part ends with a title ending (建设, 领导, 工作, 公开 …) and the text goes on with
    a body, channel or scope (门户网站, 区政府, 全县, 各部门): 强化平台建设|门户网站全面改版; or a
    heading that opens with a work verb goes on with a clause's verb (``clause_verbs``):
    加强组织领导|调整充实领导小组.

    >>> _subject_after_heading("加强组织领导调整充实政府信息公开工作领导小组", 6)
    True
    >>> _subject_after_heading("加强领导完善机制建设", 4), _subject_after_heading("组织领导将", 4)
    (False, False)
    """
    lex = _lexicon()
    if p < 4 or window[p - 1] in CONTINUE_CHARS:
        return False  # a subject never follows a conjunction (建设项目和|政府与社会资本…)
    if (lex.verbs.match(window, p) and window[:p].endswith(lex.clause_endings) and lex.work.match(window)
            and not RE_CLAUSE_BREAK.search(window, 0, p) and len(window) - p >= 6):
        return True  # 加强组织领导|调整充实…: a clause without a subject opens with its verb
    subject = lex.subject_any.match(window, p)
    if subject is None:
        return False
    if window[:p].endswith(lex.clause_endings):
        return True
    # a heading that opens with a work verb (加强, 拓宽 …) ends after its object, in its first
    # clause, where a subject starts that is a word of its own: not the end of a place name
    # (实验|区政府) nor of a longer subject (加强门户|网站内容保障)
    return (lex.work.match(window) is not None and subject.group()[0] not in PLACE_LEVELS
            and not RE_CLAUSE_BREAK.search(window, 0, p)
            and not any((m := c.match(window, q)) and m.end() > p for c in lex.subjects for q in (p - 2, p - 1)))


def _known_prefix(window: str) -> int:
    """Length of the longest known title at the start of ``window`` (spaces allowed inside)."""
    lex = _lexicon()
    spaced = " " in window or "\t" in window
    compact = window.replace(" ", "").replace("\t", "") if spaced else window
    if not lex.title_any.match(compact):  # no known title at all (most windows)
        return 0
    keep = [k for k, ch in enumerate(window) if ch not in " \t"] if spaced else range(len(window))
    best = 0
    for regex in lex.titles_by_first.at(compact):  # (a title that cannot start here cannot match)
        m = regex.match(compact)
        if m and m.end() > best:
            best = m.end()
    return keep[best - 1] + 1 if best else 0


def _heading_end(text: str, title_end: int) -> int:
    """Extend a heading span over the punctuation that closes the title (``。`` ``：``)."""
    j = title_end
    if j < len(text) and text[j] in "。：:．.":
        j += 1
    return j


@dataclass
class _Head:
    style: str
    start: int
    number: str | None
    value: int | None
    title: str
    title_end: int
    heading_end: int


def _good_title(title: str) -> bool:
    if not title:
        return False
    first = title[0]
    return ("\u4e00" <= first <= "\u9fff") or first in "“《\"" or first.isdigit()


def _inline_item(text: str, cand: _Candidate, prev: str) -> bool:
    """Whether a numbered candidate is an item of an enumeration inside a sentence.

    ``我局将：（一）丰富解读形式；（二）加强答复文书审核。``: an item after ``；`` on the same
    line, or after ``：`` when the item itself ends with ``；``.
    """
    if prev in "；;":
        return True
    if prev in "：:":
        m = re.compile(r"[。！!？?；;\n]").search(text, cand.num_end, cand.num_end + MAX_CLAUSE)
        return bool(m and m.group(0) in "；;")
    return False


#: Where the rest of a numbered candidate's line or clause ends (:func:`_table_row`).
RE_ROW_STOP = re.compile(r"[\n。；;！!？?]")


#: A page number alone after a TAB at the end of a line (a Word 目录 entry pasted into the body).
RE_PAGE_AFTER_TAB = re.compile(r"[ \t\u3000]*\t[ \t\u3000]*\d{1,3}[ \t\u3000]*(?:\r?\n|$)")


def _paged_part(rest: str) -> bool:
    """Whether a numbered line is a prescribed part's heading followed by a page number after a TAB
    (``总体情况\\t1``, as a Word contents entry repeated in the body), not a table row: a row's label is no
    part title (一、本年新收政府信息公开申请数量\\t33).

    >>> _paged_part("总体情况\\t1\\n"), _paged_part("本年新收政府信息公开申请数量\\t33\\n"), _paged_part("总体情况\\t1\\t2\\n")
    (True, False, False)
    """
    tab = rest.find("\t")
    m = RE_PAGE_AFTER_TAB.match(rest, tab) if tab > 0 else None
    return bool(m) and _is_part_title(rest[:tab].strip(" \u3000"))


def _table_row(text: str, cand: _Candidate) -> bool:
    """Whether the line of a numbered candidate is a table row (label followed by cells), or the
    label of a group of rows: its line is followed by a row whose label ends in cells.

    >>> t = "三、依申请公开情况\\n（一）收到申请数 件 7\\n"
    >>> _table_row(t, _candidates(t)[0])
    True
    >>> t = "三、依申请公开政府信息情况\\n全年收到申请7件，均已答复。\\n"
    >>> _table_row(t, _candidates(t)[0])
    False
    >>> t = "二、主动公开政府信息情况\\n（一）主动公开政府信息数 条 382\\n"
    >>> _table_row(t, _candidates(t)[0])
    False
    """
    limit = min(len(text), cand.num_end + MAX_CLAUSE)
    stop = RE_ROW_STOP.search(text, cand.num_end, limit)
    rest = text[cand.num_end : stop.start() if stop else limit]
    if RE_ROW_CELLS.match(rest) and not _paged_part(rest):
        return True
    line_end = text.find("\n", cand.num_end, limit)
    if line_end < 0 or "。" in text[cand.num_end : line_end]:
        return False
    if RE_UNIT_ROW.match(text, line_end + 1) and not _is_part_title(text[cand.num_end : line_end].strip()):
        return True  # a part the formats prescribe (二、主动公开政府信息情况) stays a part above its rows
    first = RE_CELL_LINE.match(text, line_end + 1)
    return bool(first and first.group(0).endswith(("\n", "\r")) and RE_CELL_LINE.match(text, first.end()))


#: A preamble that lists the report's parts: 本报告内容包括：一、… / 全文分为一、…，二、….
RE_LIST_CUE = re.compile(r"(?:包括|包含|分为|分成|共分|由以下|主要内容|内容有)[^。\n]{0,12}?[:：]?[ \t\n]*$")


def _part_list(text: str, cands: tuple[_Candidate, ...]) -> tuple[int, int] | None:
    """Span of a list of the report's parts in its preamble (``本报告内容包括：一、概述；二、…``).

    The list starts with a level-1 ``一`` right after a listing cue (包括, 分为 …) and ends where
    the body starts again with a ``一`` whose title begins the same way; without that repeat
    there is no list (the cue introduced the body itself).

    >>> t = "本报告包括：一、概述；二、主动公开情况。一、概述\\n文。\\n二、主动公开情况\\n文。"
    >>> _part_list(t, _candidates(t))
    (6, 20)
    """
    l1 = [c for c in cands if c.style == "l1" and not c.part]
    for k, cand in enumerate(l1):
        if cand.value != 1 or not RE_LIST_CUE.search(text, max(0, cand.start - 40), cand.start):
            continue
        head = normalize_title(text[cand.num_end : cand.num_end + 4])[:2]
        for later in l1[k + 1 :]:
            if later.value == 1 and normalize_title(text[later.num_end : later.num_end + 4])[:2] == head:
                return cand.start, later.start
        return None
    return None


def _detect(text: str, *, top_lines: bool = False) -> list[_Head]:
    """Headings of ``text``; with ``top_lines`` known-title lines are top-level headings."""
    toc = find_toc(text)
    parts = _part_list(text, _candidates(text))
    heads: list[_Head] = []
    last_value: dict[str, int] = {}
    last_title_end = -1
    in_stats = False
    stats_locked = False
    in_list = False  # after a level-1 一 that restarts the parts' numbering: a list, not parts
    list_next = 0  # the number the open list's next item would carry
    for cand in _candidates(text):
        if heads and cand.start < heads[-1].heading_end:
            continue
        if toc and toc[0] <= cand.start < toc[1]:
            continue
        if parts and parts[0] <= cand.start < parts[1]:
            continue
        prev, spaced = _prev_char(text, cand.start)
        after_title = RE_AFTER_TITLE.search(text, max(0, cand.start - 8), cand.start) is not None
        if cand.part and prev != "\n" and not _part_runs_in(text, cand, prev, spaced or after_title):
            continue
        if prev in NEVER_BEFORE and not spaced and not cand.part:
            continue
        at_boundary = (spaced or prev == "\n" or prev in BOUNDARY_CHARS or cand.start == last_title_end
                       or after_title)
        if cand.style == "stat":
            head = _stat_heading(text, cand, prev, spaced)
            if head is None:
                continue
            heads.append(head)
            in_stats, stats_locked = True, False
            last_title_end = head.title_end
            continue
        if cand.style == "colon":
            # 总体情况：2024年，… as a line of a report without numbered parts: the part and its first sentence
            if top_lines and not in_stats and _line_start(text, cand.start):
                colon = text.index("：" if "：" in text[cand.num_end : cand.num_end + 3] else ":", cand.num_end)
                heads.append(_Head("top", cand.start, None, None, text[cand.start : cand.num_end], cand.num_end, colon + 1))
                last_title_end = cand.num_end
            continue
        if cand.style == "line":
            if not (heads or top_lines) or not _line_start(text, cand.start):
                continue
            line_end = text.find("\n", cand.start)
            end = cand.start + len(text[cand.start : line_end if line_end >= 0 else len(text)].rstrip())
            title = text[cand.start : end].rstrip("：:。 \t】")
            if in_stats:
                if not _parts_resume(heads, title):
                    continue
                in_stats = False
            if title in SHORT_CLOSING and not (heads and classify_title(heads[-1].title) in ("problems", "plans")):
                continue
            heads.append(_Head("top" if top_lines else "line", cand.start, None, None, title, end, end))
            last_title_end = end
            continue
        if cand.style in ("l2", "l4") and text[cand.num_end : cand.num_end + 1] in ("项", "款", "条", "、"):
            continue
        if cand.style in ("l3", "l4") and RE_QIZHONG.search(text, max(0, cand.start - 4), cand.start):
            continue
        if in_stats and cand.style != "l1":
            continue
        if _inline_item(text, cand, prev) or _table_row(text, cand):
            if in_stats:
                stats_locked = True
            continue
        line_alone = cand.style == "l1" and RE_LINE_ALONE.match(text, cand.num_end, cand.num_end + 3) is not None
        i, end, hard = _title_window(text, cand.num_end, allow_newline=line_alone)
        t_end = _title_end(text, i, end, hard)
        t_end = _title_continued(text, i, t_end)
        span = without_furniture(text[i:t_end])
        title = RE_SPACE.sub("", span) if "\n" in span.strip(" \t\n") else span.strip(" \t\n")
        if (caption := _annex_caption(text, title, t_end)) is not None:
            i, t_end = caption  # 七、附件：某县2016年政府信息公开情况统计表: the caption is the title
            title = text[i:t_end]
        value = cand.value or 0
        if cand.style == "l1" and _repeats_part(heads, value, title):
            continue  # 二、主动公开政府信息情况 over the table inside part 二: its caption, not a second part 二
        if cand.style == "l1" and not cand.part and not in_stats and not is_table_row(title) and (_in_list(
                value, last_value.get("l1", 0), in_list=in_list, part_title=_is_part_title(title),
                parts=any(h.style == "l1" and text.startswith("第", h.start) for h in heads))
                or (in_list and value == list_next and _list_item_line(text, cand.num_end, title))):
            in_list, list_next = True, value + 1
            continue
        if not _accept(cand, title, text[i:end], value, last_value, at_boundary, prev, last_title_end):
            if in_stats:
                stats_locked = True
            continue
        if in_stats:
            expected = last_value.get("l1", 0) + 1
            # a part the formats prescribe, numbered next, ends the table even after rows numbered like parts
            # (…九、政府信息公开会议和培训情况 九、其他需要报告的事项): the rows never take a part's own title
            if (stats_locked and not _is_part_title(title)) or value != expected or not _is_known(title):
                stats_locked = True
                continue
            in_stats = False
        head = _Head(cand.style, cand.start, cand.number, cand.value, title, t_end, _heading_end(text, t_end))
        heads.append(head)
        in_list = in_list and cand.style != "l1"
        last_value[cand.style] = value
        for deeper in _STYLES[_STYLES.index(cand.style) + 1 :]:
            last_value.pop(deeper, None)
        last_title_end = t_end
        if cand.style == "l1" and classify_title(title) == "statistics":
            in_stats, stats_locked = True, False
    return heads


def _parts_resume(heads: list[_Head], title: str) -> bool:
    """Whether an unnumbered line after a statistics table is the report's next part, not the table's
    own matter: a title the national formats give a part, of a kind no part before the table had (an
    old-era Word report's 附表 between 依申请公开 and 政府信息公开的收费及减免情况; a caption 主动公开政府信息情况
    over a table at the end repeats a part and stays in the table).

    >>> h = [_Head("top", 0, None, None, "主动公开政府信息情况", 10, 10), _Head("stat", 40, None, None, "附表", 42, 42)]
    >>> _parts_resume(h, "政府信息公开的收费及减免情况"), _parts_resume(h, "主动公开政府信息情况"), _parts_resume(h, "统计指标")
    (True, False, False)
    """
    if not _is_part_title(title):
        return False
    kind = classify_title(title)
    return all(classify_title(h.title) != kind for h in heads if h.style != "stat")


def _repeats_part(heads: list[_Head], value: int, title: str) -> bool:
    """Whether a level-1 number repeats the part now open: the same number with a title of the same
    kind (the part's words again, or the format's words for it). A report numbers each part once,
    so this is the caption of the part's table (二、主动公开政府信息情况 printed over the table of
    part 二、政府信息主动公开情况), not a second part.

    >>> h = [_Head("l1", 0, "二", 2, "政府信息主动公开情况", 12, 13)]
    >>> _repeats_part(h, 2, "主动公开政府信息情况"), _repeats_part(h, 3, "主动公开政府信息情况")
    (True, False)
    >>> _repeats_part(h, 2, "收到和处理政府信息公开申请情况")
    False
    """
    last = next((h for h in reversed(heads) if h.style == "l1"), None)
    if last is None or not value or last.value != value:
        return False
    if normalize_title(last.title) == normalize_title(title):
        return True
    kind = classify_title(title)
    return kind is not None and kind == classify_title(last.title)


def _list_item_line(text: str, start: int, title: str) -> bool:
    """Whether the line after a number (from ``start``) is an item of a list, not a part's heading: one
    sentence closed by ``；`` or ``。`` at the line's end, its title no heading the lexicon knows or one that
    says 了 as no heading does (三、公共资源配置信息公开137条。 as the third item of a list inside part 二, where
    the next part is 三 too; 二、规范了政府信息公开申请办理； inside part 一).

    >>> _list_item_line("三、公共资源配置信息公开137条。\\n", 2, "公共资源配置信息公开137条")
    True
    >>> _list_item_line("三、收到和处理政府信息公开申请情况\\n", 2, "收到和处理政府信息公开申请情况")
    False
    >>> _list_item_line("三、加强组织建设。全年召开会议3次。\\n", 2, "加强组织建设")
    False
    >>> _list_item_line("二、规范了政府信息公开申请办理；\\n", 2, "规范了政府信息公开申请办理")
    True
    """
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].rstrip(" \t\u3000")
    if not line or line[-1] not in "；;。" or len(RE_ROW_STOP.findall(line)) != 1:
        return False
    return not _is_known(title) or RE_ASPECT.search(title) is not None


def _is_part_title(title: str) -> bool:
    """Whether a title is one of the parts the national formats prescribe (lexicon ``part_titles``).

    >>> _is_part_title("主动公开政府信息情况"), _is_part_title("信息处理费收取情况")
    (True, False)
    """
    return _lexicon().part_titles.match(normalize_title(title)) is not None


def _in_list(value: int, last: int, *, in_list: bool, part_title: bool = False, parts: bool = False) -> bool:
    """Whether a level-1 number is an item of a list inside a part, not the next part.

    A report numbers its parts once: a ``一`` after part ``一`` or beyond starts a list inside the
    current part (problems and plans listed 一、…二、… under 五、; works listed 一、…三、 under 一、总体情况;
    an uncaptioned statistics table's rows 一、主动公开情况 …), and the list goes on until a number
    continues the parts (``六`` after ``五``). A restart with a title the national formats prescribe for a
    part (``一、主动公开政府信息情况``) opens a new series of parts instead; parts numbered 第X部分
    hold 一、 headings of their own.

    >>> _in_list(1, 5, in_list=False), _in_list(6, 5, in_list=True), _in_list(2, 5, in_list=True)
    (True, False, True)
    >>> _in_list(1, 1, in_list=False), _in_list(1, 0, in_list=False)  # a second 一 inside part 一; the first 一
    (True, False)
    >>> _in_list(1, 6, in_list=False, part_title=True)
    False
    """
    if parts or part_title:
        return False
    if in_list:
        return value != last + 1
    return value == 1 and last >= 1


#: The end of a report's title (…工作年度报告), right before a number on a flattened line.
RE_AFTER_TITLE = re.compile(r"(?:年度报告|年报|(?:公开|工作|情况)的?报告)[ \t\u3000]*$")


def _part_runs_in(text: str, cand: _Candidate, prev: str, spaced: bool) -> bool:
    """Whether a ``第X部分`` inside a flattened line is a heading: after a sentence end, a space
    or the title, and followed by a known title (…。第二部分主动公开政府信息情况全年…)."""
    if not (spaced or prev in BOUNDARY_CHARS):
        return False
    i, end, _ = _title_window(text, cand.num_end, allow_newline=False)
    return _known_prefix(text[i:end]) >= 2


def _last_part_other(cand: _Candidate, title: str, value: int, last_value: dict[str, int]) -> bool:
    """Whether ``六、其他`` continues the report's parts (the next 一、 number after a part): the part
    for other matters, though 其他 alone is also a table row's label (（七）其他, 3.其他)."""
    return cand.style == "l1" and title == "其他" and value > 1 and value == last_value.get("l1", 0) + 1


def _accept(
    cand: _Candidate,
    title: str,
    window: str,
    value: int,
    last_value: dict[str, int],
    at_boundary: bool,
    prev: str,
    last_title_end: int,
) -> bool:
    """Whether a numbered candidate with this title is a heading (not a list item or row)."""
    year_head = cand.style != "l1" and _year_heading(title)
    if not _good_title(title) or (title[0].isdigit() and cand.style != "l1" and not year_head):
        return False
    if cand.style != "l1" and (len(title) < 2 or (title[1].isdigit() and not year_head)):
        return False
    if RE_L1.match(title) or RE_L2.match(title):
        return False
    if (is_table_row(title) or is_table_row(window)) and not _last_part_other(cand, title, value, last_value):
        return False
    if _numeral_series(value, title):
        return False
    expected = last_value.get(cand.style, 0) + 1
    if cand.style == "l1":
        known = _is_known(title)
        if value != expected and not known:
            return False
        if not at_boundary and not known and not (prev.isascii() or prev.isdigit()):
            return False
        return True
    if at_boundary:
        return True
    if cand.start == last_title_end:
        return True
    return value == expected and value > 1


#: A sub-heading that opens with its year: ``（三）2023年工作打算`` ``（二）2024年工作计划``.
RE_YEAR_HEADING = re.compile(r"(?:19|20)\d\d[ \t]*年度?[\u4e00-\u9fff]{2,14}")


def _year_heading(title: str) -> bool:
    """Whether a title that starts with a year is a heading: the year, then words only, ending with
    a noun that closes a heading (打算, 计划, 安排, 重点, 情况 …), not a sentence that opens with its
    year (2023年，我局…; 2023年全年主动公开信息120条).

    >>> _year_heading("2023年工作打算"), _year_heading("2024年度工作计划"), _year_heading("2023年重点工作安排")
    (True, True, True)
    >>> _year_heading("2023年全年主动公开信息120条"), _year_heading("2023年"), _year_heading("2023年我局加强领导")
    (False, False, False)
    """
    return RE_YEAR_HEADING.fullmatch(title) is not None and title.endswith(_lexicon().closing_endings)


#: The rest of a heading broken onto the next line (PDF extraction): a few CJK characters alone.
RE_TITLE_REST = re.compile(r"\n[ \t\u3000]*([\u4e00-\u9fff]{1,8})[ \t\u3000]*(?=\n)")


#: A page's furniture printed between a heading's halves when a page break cuts it: the running
#: head (the report's own title line) or a folio (— 2 —, -2-, 第2页 共3页).
RE_PAGE_FURNITURE = re.compile(
    r"\n[ \t\u3000]*(?:[^\n。；;，,]{0,30}?(?:政府信息公开|政务公开|信息公开)[^\n。；;，,]{0,12}?(?:年度报告|年报)"
    r"|[—\-－–][ \t]*\d{1,3}[ \t]*[—\-－–]|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)[ \t\u3000]*(?=\n)")


def without_furniture(span: str) -> str:
    """A heading's text without the running heads and folios a page break put inside it.

    >>> without_furniture("存在的主要问\\n某区人民政府2023年政府信息公开工作年度报告\\n题及改进情况")
    '存在的主要问\\n题及改进情况'
    """
    return RE_PAGE_FURNITURE.sub("", span) if "\n" in span else span


#: A longer rest of a cut heading (up to a title's length, 、 inside): joined only when the whole
#: is a known title (因政府信息公开 / 申请行政复议、提起行政诉讼的情况).
RE_TITLE_REST_LONG = re.compile(r"\n[ \t\u3000]*([\u4e00-\u9fff][\u4e00-\u9fff、]{8,30})[ \t\u3000]*(?=\n|$)")


def _title_continued(text: str, start: int, t_end: int) -> int:
    """End of a level-1 title that a line break cut (四、政府信息公开行政复议、行政 / 诉讼情况).

    The title goes on to the next line when that line is a few characters alone and the title
    could not end where the line did: at a joining character (、和及与的) or short of a title
    ending (情况, 措施, 事项 …) that the joined line reaches.

    >>> t = "四、存在的主要问题及改进\\n情况\\n文。"
    >>> t[2:_title_continued(t, 2, 12)]
    '存在的主要问题及改进\\n情况'
    """
    line = text[start:t_end].rstrip(" \t\u3000")
    at = start + len(line)
    while line and "\n" not in line and (furniture := RE_PAGE_FURNITURE.match(text, at)):
        at = furniture.end()  # a page break inside the heading: its running head or folio between the halves
    m = RE_TITLE_REST.match(text, at) if line and "\n" not in line else None
    if line and "\n" not in line and not line.endswith(_lexicon().endings) and (
            (long := RE_TITLE_REST_LONG.match(text, at)) and (m is None or long.end(1) > m.end(1))):
        joined = line + long.group(1)  # 因政府信息公开 / 申请行政复议、提起行政诉讼的情况: a long rest, a known whole
        if joined.endswith(_lexicon().endings) and _is_known(joined):
            return long.end(1)
    if not m or line.endswith(_lexicon().endings):
        return t_end
    joined = line + m.group(1)
    if line[-1] in CONTINUE_CHARS or (joined.endswith(_lexicon().endings) and _is_known(joined)):
        return m.end(1)
    return t_end


def _numeral_series(value: int, title: str) -> bool:
    """Whether a number and its "title" are a series of numerals: 二、三季度 (quarters 2 and 3),
    三、四级 (grades 3 and 4) -- the title starts with the next numeral and a measure word, so
    it is no heading (二、三公经费公开情况 is one).

    >>> _numeral_series(2, "三季度发布信息26篇"), _numeral_series(2, "三公经费公开情况")
    (True, False)
    """
    m = RE_SERIES.match(title)
    if not m:
        return False
    try:
        return cn_numeral(m.group("num")) == value + 1
    except ValueError:
        return False


#: A numbered heading's title that only says 附件/附表 (the caption follows its colon).
RE_ANNEX_TITLE = re.compile(r"附[件表][ \t]*\d{0,2}")


def _annex_caption(text: str, title: str, t_end: int) -> tuple[int, int] | None:
    """The span of the statistics-table caption after a numbered ``附件：`` (``七、附件：某县2016年政府信息公开
    情况统计表``), or None: the caption, not the word 附件, is the part's title, as for an unnumbered
    ``附件1：…统计表``.

    >>> t = "七、附件：某县2016年政府信息公开情况统计表\\n"
    >>> span = _annex_caption(t, "附件", 4); t[span[0]:span[1]]
    '某县2016年政府信息公开情况统计表'
    >>> _annex_caption("七、附件：某县政府信息公开指南。\\n", "附件", 4) is None
    True
    """
    if not RE_ANNEX_TITLE.fullmatch(title) or text[t_end : t_end + 1] not in ("：", ":"):
        return None
    i = t_end + 1
    while i < len(text) and text[i] in " \t":
        i += 1
    m = RE_STAT_WORD.search(text, i, i + 45)
    if not m or m.start() == i or re.search(r"[。；;，,\n]", text[i : m.start()]):
        return None
    return i, m.end()


def _stat_heading(text: str, cand: _Candidate, prev: str, spaced: bool) -> _Head | None:
    """An unnumbered statistics heading (``附件1：…统计表``, ``附表``, ``…统计表``) or None."""
    if not (spaced or prev == "\n" or prev in "。" or cand.start == 0):
        return None
    i = cand.num_end
    while i < len(text) and text[i] in " \t\n":
        i += 1
    annex = cand.num_end > cand.start
    # 附表, or 附件 alone on its line over numbered tables (附件\n1.…统计表\n<rows>\n2.…): the word is the title
    if annex and (text.startswith("附表", cand.start) or (
            text.startswith("附件", cand.start) and "\n" in text[cand.num_end : i] and RE_ANNEX_ITEM.match(text, i))):
        title_start, stop = cand.start, cand.num_end
        m = RE_STAT_WORD.search(text, i, i + 45)
        if m and "。" not in text[i : m.start()] and not RE_ANNEX_ITEM.match(text, i):
            title_start, stop = i, m.end()  # 附表：某县…统计表; not 附表 over a list 1.…统计表 2.…统计表
        title = text[title_start:stop].strip(" \t\n:：")
    else:
        m = RE_STAT_WORD.search(text, i, i + 45)
        if not m or re.search(r"[。；，]", text[i : m.start()]):
            return None
        title = re.sub(r"\s+", "", text[i : m.end()]) if annex else text[i : m.end()]
        stop = m.end()
        after = text[stop : stop + 1]
        if after and after not in " \t\n（(指统":
            return None
    if not title or (annex and (not text[stop:].strip() or _signature_only(text[stop:]) or _annex_list_only(text[stop:]))):
        return None
    return _Head("stat", cand.start, None, None, title, stop, stop)


#: An item of a numbered list of attachments: ``1.某县2014年政府信息公开情况统计表`` (a name, no figures).
RE_ANNEX_ITEM = re.compile(r"[ \t]*\d{1,2}[.．、][ \t]*[^\n。；;，,\t]{2,60}?(?:表|件|清单|目录)[ \t]*$", re.M)


def _annex_list_only(rest: str) -> bool:
    """Whether what follows an 附件 line's first item is only more items of a numbered list of
    attachments (``2.…统计表``), perhaps then note lines (``说明：…。``) and the signature block: the report
    lists its annexes and holds no table, as a single 附件 line at the end does.

    >>> _annex_list_only("\\n2.某县依申请公开情况统计表\\n"), _annex_list_only("\\n统计指标 单位 统计数\\n主动公开 条 12\\n")
    (True, False)
    >>> _annex_list_only("\\n2.某县依申请公开情况明细表\\n说明：本报告数据统计期限为2019年1月1日至12月31日。\\n")
    True
    """
    lines = [line for line in rest.strip().split("\n") if line.strip()]
    k = 0
    while k < len(lines) and RE_ANNEX_ITEM.fullmatch(lines[k]) and not re.search(r"\d[ \t]+\d", lines[k]):
        k += 1
    if k == 0:
        return False
    while k < len(lines) and RE_NOTE_LINE.fullmatch(lines[k].strip()):
        k += 1  # 说明：本报告所列数据的统计期限…。 after the list: a note, no table
    tail = "\n".join(lines[k:])
    return not tail.strip() or _signature_only(tail)


#: A note line after a report's last part: ``说明：…。`` ``注：…。`` ``备注：…。`` (sentences, no figures in columns).
RE_NOTE_LINE = re.compile(r"(?:说明|注|备注)[ \t]*[:：][^\t\n]*[。.]")


#: A signature block's date line: 2023年1月30日, 二〇二三年一月三十日, 2023-01-30.
RE_SIGNATURE_DATE = re.compile(
    r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[一二三四五六七八九〇○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
    r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
)


def _signature_only(rest: str) -> bool:
    """Whether what follows an 附件 line is only the signature block (the body's name, the date):
    the line lists an attachment before the signature, as letters do, and holds no table.

    >>> _signature_only("\\n某某区人民政府\\n2023年1月30日\\n"), _signature_only("\\n项目\\t数量\\n主动公开\\t12\\n")
    (True, False)
    """
    lines = [line.strip() for line in rest.strip().split("\n") if line.strip()]
    if not 1 <= len(lines) <= 3 or not RE_SIGNATURE_DATE.fullmatch(lines[-1]):
        return False
    return all(len(line) <= 40 and not re.search(r"[\d。；;，,\t]", line) for line in lines[:-1])


def find_sections(text: str) -> list[Section]:
    """Find the headings of a report and return its sections in document order.

    Args:
        text: the report's normalised text.

    Returns:
        Sections numbered 1… in order, with ``parent_id``, ``level`` (nesting depth, 1 = top),
        ``number`` as printed (``一``, ``（一）``, ``1``, ``（1）``, ``①``; ``None`` for
        unnumbered statistics headings), ``title``, ``kind``, ``start``/``end`` (the section
        with its sub-sections) and ``heading_end``.

    >>> [(s.level, s.kind) for s in find_sections("一、总体情况\\n（一）主动公开\\n文。\\n二、其他需要报告的事项\\n无。")]
    [(1, 'overview'), (2, 'overview'), (1, 'other')]
    """
    heads = _detect(text)
    if not any(h.style == "l1" for h in heads):
        # no numbered parts: standalone known titles (bold lines of an HTML page) are the parts
        top = _detect(text, top_lines=True)
        if sum(h.style == "top" for h in top) >= 2:
            heads = top
        heads = _unnumbered_subheads(_paren_parts(_arabic_parts(heads)))
    else:
        heads = _chapter_parts(_closing_part_unnumbered(_mixed_parts(heads)), text)
    sections: list[Section] = []
    stack: list[tuple[int, Section]] = []  # (style rank, section)
    seen_problems = False
    for n, head in enumerate(heads, start=1):
        rank = _RANKS[head.style]
        while stack and stack[-1][0] >= rank:
            stack.pop()
        parent = stack[-1][1] if stack else None
        kind = _kind(head.title, parent, seen_problems)
        if parent is None and _rule_for(head.title) is None:
            kind = _kind_of_body(text, head.heading_end) or kind
        if parent is None and not any(s.level == 1 for s in sections) and _opening_part(head.title):
            kind = "overview"  # 一、政府信息公开的组织领导和机构建设: the report's opening part
        if parent is None and kind in ("problems", "plans"):
            seen_problems = True
        section = Section(
            section_id=n,
            parent_id=parent.section_id if parent else None,
            level=len(stack) + 1,
            number=head.number,
            title=head.title,
            kind=kind,
            start=head.start,
            end=len(text),
            heading_end=head.heading_end,
        )
        sections.append(section)
        stack.append((rank, section))
    for idx, sec in enumerate(sections):
        for nxt in sections[idx + 1 :]:
            if nxt.level <= sec.level:
                sec.end = nxt.start
                break
    logger.debug("found %d sections", len(sections))
    return sections


#: The fewest Arabic-numbered heads with part titles that make a report's parts (1.总体情况 2.主动公开…).
MIN_ARABIC_PARTS = 3


def _arabic_parts(heads: list[_Head]) -> list[_Head]:
    """``heads`` with a report's parts numbered ``1.`` ``2.`` … made top-level: where the first
    numbered heading of a report without ``一、`` parts is ``1.`` with a title the formats give a
    part (总体情况), the ``1.`` … ``n.`` heads that go on in sequence with such titles are the parts,
    and the ``（一）`` sub-heads under them (the five sub-heads of 总体情况) stay below them, though
    ``（一）`` outranks ``1.`` where parts are numbered ``一、``.

    >>> h = [_Head("l3", 0, "1", 1, "总体情况", 5, 6), _Head("l2", 9, "（一）", 1, "主动公开", 15, 16),
    ...      _Head("l3", 30, "2", 2, "主动公开政府信息情况", 40, 41), _Head("l3", 60, "3", 3, "收到和处理政府信息公开申请情况", 70, 71)]
    >>> [x.style for x in _arabic_parts(h)]
    ['l1', 'l2', 'l1', 'l1']
    >>> [x.style for x in _arabic_parts([h[1], *h[:1], *h[2:]])]  # （一） first: the 1. heads are its items
    ['l2', 'l3', 'l3', 'l3']
    """
    numbered = [h for h in heads if h.style in ("l2", "l3")]
    if not numbered or numbered[0].style != "l3" or numbered[0].value != 1:
        return heads
    promote: set[int] = set()
    expected = 1
    for k, head in enumerate(heads):
        if head.style == "l3" and head.value == expected and _is_known(head.title):
            promote.add(k)
            expected += 1
    if len(promote) < MIN_ARABIC_PARTS:
        return heads
    return [dataclasses.replace(h, style="l1") if k in promote else h for k, h in enumerate(heads)]


def _paren_parts(heads: list[_Head]) -> list[_Head]:
    """``heads`` with a report's parts numbered ``（一）`` … made top-level where a sub-list numbered the
    same way restarts inside one of them: in a report without ``一、`` parts, ``（一）总体情况`` followed by
    ``（一）主动公开`` … ``（五）监督保障`` and then ``（二）主动公开政府信息情况`` nests the restarted run under
    the part, as a reader does. The outer run must go on in sequence (a head with the next part's
    number resumes it; where the inner run could go on with that number too, only a title the national
    formats give a part does) and hold at least :data:`MIN_ARABIC_PARTS` parts; a run without
    a restart is left as it is (its heads are the parts already).

    >>> h = [_Head("l2", 0, "（一）", 1, "总体情况", 5, 6), _Head("l2", 9, "（一）", 1, "主动公开", 15, 16),
    ...      _Head("l2", 20, "（二）", 2, "依申请公开", 25, 26), _Head("l2", 30, "（二）", 2, "主动公开政府信息情况", 40, 41),
    ...      _Head("l2", 60, "（三）", 3, "收到和处理政府信息公开申请情况", 70, 71)]
    >>> [x.style for x in _paren_parts(h)]
    ['l1', 'l2', 'l2', 'l1', 'l1']
    >>> [x.style for x in _paren_parts([h[0], h[3], h[4]])]  # no restart: left alone
    ['l2', 'l2', 'l2']
    """
    numbered = [k for k, h in enumerate(heads) if h.style == "l2"]
    if len(numbered) < MIN_ARABIC_PARTS or heads[numbered[0]].value != 1:
        return heads
    outer, expected, inner, resumed = [numbered[0]], 2, None, False
    for k in numbered[1:]:
        head = heads[k]
        if head.value == expected and (head.value != inner or _is_part_title(head.title)):
            outer.append(k)
            resumed, expected, inner = resumed or inner is not None, expected + 1, None
        elif inner is not None and head.value == inner:
            inner += 1
        elif head.value == 1:
            inner = 2
        else:
            return heads
    if not resumed or inner is not None or len(outer) < MIN_ARABIC_PARTS:
        return heads
    return [dataclasses.replace(h, style="l1") if k in outer else h for k, h in enumerate(heads)]


def _mixed_parts(heads: list[_Head]) -> list[_Head]:
    """``heads`` with parts numbered in another system than ``一、`` made top-level: a ``（二）`` or ``3.``
    heading whose number is the next part's (after ``一、`` comes ``（二）``), that opens no list of its
    own (no heading of its style since the last part: a sub-list starts at one), whose title is one the
    national formats give a part and whose number no later ``一、`` part takes, is that part, as a reader
    takes 一、总体情况 （二）主动公开政府信息情况 三.收到和处理政府信息公开申请情况.

    >>> h = [_Head("l1", 0, "一", 1, "总体情况", 6, 7), _Head("l2", 20, "（二）", 2, "主动公开政府信息情况", 35, 36),
    ...      _Head("l1", 50, "三", 3, "收到和处理政府信息公开申请情况", 67, 68)]
    >>> [x.style for x in _mixed_parts(h)]
    ['l1', 'l1', 'l1']
    >>> sub = _Head("l2", 10, "（一）", 1, "主动公开", 14, 15)  # a sub-list under 一: its （二） is an item of it
    >>> [x.style for x in _mixed_parts([h[0], sub, *h[1:]])]
    ['l1', 'l2', 'l2', 'l1']
    >>> [x.style for x in _mixed_parts([h[0], dataclasses.replace(h[1], title="平台建设"), h[2]])]  # no part's title
    ['l1', 'l2', 'l1']
    """
    out = list(heads)
    last = 0
    opened: set[str] = set()
    for k, head in enumerate(heads):
        if head.style == "l1":
            last, opened = head.value or last, set()
            continue
        if (head.style in ("l2", "l3") and head.style not in opened and last >= 1 and head.value == last + 1
                and _is_part_title(head.title)
                and not any(h.style == "l1" and h.value == head.value for h in heads[k + 1 :])):
            out[k] = dataclasses.replace(head, style="l1")
            last, opened = head.value, set()
            continue
        opened.add(head.style)
    return out


def _unnumbered_subheads(heads: list[_Head]) -> list[_Head]:
    """``heads`` of a report whose parts are unnumbered lines (Word 标题 1/标题 2 without numbers) with its
    sub-heads put under the parts: where at least four lines carry the titles the national formats give
    parts, a line after 总体情况 that is one of the format's sub-heads of 总体情况 (主动公开, 依申请公开,
    政府信息管理, 平台建设, 监督保障; lexicon ``overview_subheads``) and a line after a problems part that
    names problems or plans (存在的问题, 改进措施: the halves of 存在的主要问题及改进情况) are its sub-heads.

    >>> h = [_Head("top", 0, None, None, t, 0, 0) for t in ("总体情况", "主动公开", "主动公开政府信息情况",
    ...      "收到和处理政府信息公开申请情况", "存在的主要问题及改进情况", "改进措施", "其他需要报告的事项")]
    >>> [x.style for x in _unnumbered_subheads(h)]
    ['top', 'line', 'top', 'top', 'top', 'line', 'top']
    >>> [x.style for x in _unnumbered_subheads(h[:3])]  # two part titles only: left as they are
    ['top', 'top', 'top']
    """
    tops = [k for k, h in enumerate(heads) if h.style == "top"]
    if sum(_is_part_title(heads[k].title) for k in tops) < 4:
        return heads
    out = list(heads)
    parent: str | None = None
    for k in tops:
        title = heads[k].title
        if _is_part_title(title):
            parent = classify_title(title)
            continue
        if (parent == "overview" and _lexicon().overview_subheads.match(normalize_title(title))) or (
                parent == "problems" and classify_title(title) in ("problems", "plans")):
            out[k] = dataclasses.replace(heads[k], style="line")
    return out


def _chapter_parts(heads: list[_Head], text: str) -> list[_Head]:
    """``heads`` with parts numbered ``第X部分`` put above the ``一、`` heads inside them: a report that
    numbers its parts 第一部分 … holds 一、 headings of its own under them (the sub-heads of 总体情况
    numbered 一、…五、), as a reader nests them. Only where at least two parts are so numbered and the
    first heading is one of them; ``一、`` parts under a lone 第一部分 caption are left as they are.

    >>> t = "第一部分 总体情况\\n一、主动公开\\n文。\\n第二部分 主动公开政府信息情况\\n文。"
    >>> h = [_Head("l1", 0, "一", 1, "总体情况", 9, 10), _Head("l1", 10, "一", 1, "主动公开", 16, 17),
    ...      _Head("l1", 20, "二", 2, "主动公开政府信息情况", 36, 37)]
    >>> [x.style for x in _chapter_parts(h, t)]
    ['part', 'l1', 'part']
    >>> [x.style for x in _chapter_parts(h[:2], t)]  # one 第X部分 only: left alone
    ['l1', 'l1']
    """
    chapters = [k for k, h in enumerate(heads) if h.style == "l1" and RE_PART.match(text, h.start)]
    if len(chapters) < 2 or chapters[0] != next(k for k, h in enumerate(heads) if h.style == "l1"):
        return heads
    if len(chapters) == sum(h.style == "l1" for h in heads):
        return heads
    return [dataclasses.replace(h, style="part") if k in chapters else h for k, h in enumerate(heads)]


def _closing_part_unnumbered(heads: list[_Head]) -> list[_Head]:
    """``heads`` with the closing part printed without a number after the numbered parts made a
    top-level part: a line that is exactly the title every format since 2008 gives the last part
    (其他需要报告的事项) after the last ``一、`` part is that part, not a sub-heading of the part before
    it; an unnumbered line with that title before another numbered part stays a sub-heading.

    >>> h = [_Head("l1", 0, "五", 5, "存在的主要问题及改进情况", 14, 15), _Head("line", 30, None, None, "其他需要报告的事项", 39, 39)]
    >>> [x.style for x in _closing_part_unnumbered(h)]
    ['l1', 'top']
    >>> [x.style for x in _closing_part_unnumbered([h[1], h[0]])]
    ['line', 'l1']
    """
    last = max((k for k, h in enumerate(heads) if h.style == "l1"), default=-1)
    out = list(heads)
    for k in range(last + 1, len(heads)):
        head = heads[k]
        if head.style == "line" and _is_part_title(head.title) and classify_title(head.title) == "other":
            out[k] = dataclasses.replace(head, style="top")
    return out


def _opening_part(title: str) -> bool:
    """Whether a title names how the disclosure work is organised and led (lexicon ``opening_titles``):
    the report's opening part when it comes first.

    >>> _opening_part("政府信息公开的组织领导和机构建设"), _opening_part("信息公开的组织领导和制度建设情况")
    (True, True)
    >>> _opening_part("政府信息公开机构建设情况"), _opening_part("加强组织领导")
    (False, False)
    """
    return _lexicon().opening.match(normalize_title(title)) is not None


def _kind(title: str, parent: Section | None, seen_problems: bool) -> str:
    rule = _rule_for(title)
    if parent is None:
        if rule:
            return str(rule["kind"])
        if not seen_problems and _lexicon().work.search(title):
            return "measures"
        return "other"
    if rule and rule.get("override") and rule["kind"] != parent.kind:
        parents = rule.get("parents")
        if not parents or parent.kind in parents:
            return str(rule["kind"])
    return parent.kind


def _kind_of_body(text: str, start: int) -> str | None:
    """The kind a custom part's first clause reports a count of (全年主动公开政府信息5620条 →
    ``proactive``; 全年受理依申请公开21件 → ``requests``), or None. The clause starts after the
    line break and spaces that end the heading.

    >>> _kind_of_body("二、突出重点\\n全年主动公开政府信息6230条，重点…", 6)
    'proactive'
    """
    while start < len(text) and text[start].isspace():
        start += 1
    m = RE_CLAUSE_END.search(text, start, start + 120)
    clause = text[start : m.start() if m else min(len(text), start + 120)]
    return next((kind for kind, regex in _lexicon().body_kinds if regex.search(clause)), None)


#: The end of a part's first clause.
RE_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")


def is_closing(sentence: str) -> bool:
    """Whether a sentence is signature/footer matter (a date line, 附件下载, a copyright line).

    >>> is_closing("二○一二年二月二十日"), is_closing("全年公开信息425条。")
    (True, False)
    """
    s = sentence.strip()
    return any(p.search(s) for p in _lexicon().closing)
