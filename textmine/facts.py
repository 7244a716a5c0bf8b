"""Numeric facts stated in prose: what was counted, how many, in which unit.

For every count, amount or share that :func:`textmine.numbers.find_numbers` reads in a
sentence, the counted phrase is cut out of its clause: to the left when the number follows
its noun (受理各类政务服务事项140154件), to the right when it precedes it (219项便民服务事项).
Enumerations (其中：当面申请3件、网络申请12件) give one fact per number; a share written after
a count (…303条，占71.3%) counts the same thing; a change (同比增长12.3%) says so in
``change``. A previous-year baseline (较2019年的3580条增加432条) gives no fact: the number
after the change verb is the change of the same counted thing (432 条, increase); a
comparison set up in an earlier clause (与上年相比，收到申请增加5件) still makes a change. A
number that nothing names but a verb phrase after it counts that phrase (约200人参加培训 →
参加培训).

``counted`` is the noun phrase the number measures, not the action: action verbs are cut from
its start (受理政府信息公开申请 → 政府信息公开申请; outcome verbs such as 办结 stay: 办结申请).
A phrase that is only a verb (依法办结, 予以维持, 发布) takes the sentence's first counted noun in
the same unit (收到行政复议申请4件，依法办结4件 → 依法办结的行政复议申请) or is null when the
thing counted is only implied (全年共发布152条; 调用21525次, an event unit, counts the action).

Where the counted phrase names a row of a statistics table of any era (SCHEMA.md §2) or a
standard prose indicator, ``indicator`` carries its canonical id (aliases in
``lexicons/indicators.yaml``; ``suits`` serves every era, see there). A part introduced by
其中 takes an id of its own with the topic's words (其中维持原行政行为9件 → ``reviews_upheld``),
never the topic's.

Values and units are those of :mod:`textmine.numbers`, as written: 8232万条 is 8232 万条
(万 ending the numeral goes to the unit), 3万4000人次 is 34000 人次 (万 inside the numeral),
增长两成 is 2 成 with change increase, 千分之五 is 5 ‰, 翻了一番 is 1 番 with change increase.

Example:
    >>> [(f.value, f.unit, f.counted, f.indicator) for f in facts_in("县政府共收到行政复议申请4件", template="gov2014")]
    [(4, '件', '行政复议申请', 'reviews')]
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from textmine.errors import LexiconError
from textmine.lexicons import load_yaml
from textmine.literals import pattern_literals
from textmine.model import Fact, Sentence
from textmine.numbers import FACT_KINDS, list_quantities, may_hold_quantities

__all__ = ["extract_facts", "facts_in", "guess_era"]

log = logging.getLogger(__name__)

#: Punctuation that closes a clause: a counted phrase never crosses it.
RE_BOUNDARY = re.compile(
    r"[，,。；;：:！!？?（(）)【】\[\]]|\n[ \t\u3000]*\n"
    # a heading run into its body: spaces after an ideograph, before an ideograph or bracket
    # (the first space is matched before the lookbehind, so positions are skipped fast)
    r"|[ \u3000](?<=[\u4e00-\u9fff][ \u3000])[ \u3000]*(?=[\u4e00-\u9fff（(])"
)

#: The last clause boundary of a region (greedy prefix, so the match ends at the last one).
RE_LAST_BOUNDARY = re.compile(r"(?s:.*)(?:" + RE_BOUNDARY.pattern + ")")

#: Whitespace inside a phrase (hard-wrapped PDF text breaks words across lines).
RE_SPACE = re.compile(r"\s+")


def _nospace(text: str) -> str:
    """``text`` without whitespace: ``_nospace(text)``, faster (``\\s`` and
    ``str.split`` know the same whitespace)."""
    return "".join(text.split())

#: A CJK ideograph, an opening quote or title mark, or a Latin letter: a phrase can start here.
RE_WORD_START = re.compile(r"[\u4e00-\u9fff“《「A-Za-z]")

#: How far a passive outcome after a counted noun (…被纠正, …被撤销) is read for its indicator.
PASSIVE_REACH = 6

#: The words between two facts that make the second count the same thing (各, 每个).
RE_EACH = re.compile(r"\s*(?:各|每个|每)\s*")

#: 共有 / 共计有 / 合计有 at a cut: the counted noun may stand before it (查阅点共有18个).
RE_TOTAL_HAVE = re.compile(r"(?:共计?|合计|总计)有|(?:共计|合计|总计|累计)(?:达到?|为)")

#: A quoted name (“两微一端”): its numerals are words, not a date or a count.
RE_QUOTED = re.compile(r"“[^”]*”")

#: Any digit, Arabic or Chinese (a fallback phrase must not be a date such as 2021年).
RE_ANY_DIGIT = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万]")

#: Between two numbers of one distributive change (分别增长11.6%和23.0%).
RE_CHANGE_JOIN = re.compile(r"\s*[和、及与]\s*")

#: Words that state a total (共 but not 公共, 共同 …).
RE_TOTAL = re.compile(r"(?<!公)共(?![同享建性识青产治])|合计|总计")

#: The characters that end a sentence: the topic of a bare verb (依法办结4件) is looked for
#: after one only.
SENTENCE_ENDS = "。！？!?"
RE_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_ENDS)}]")
#: Everything up to the last sentence end (greedy: one match call finds the last one).
RE_UP_TO_LAST_END = re.compile(f".*[{re.escape(SENTENCE_ENDS)}]", re.S)

#: A field label and its value (申请数：36件): a colon right before the number.
RE_FIELD_COLON = re.compile(r"[：:][ \t\u3000]*$")

#: A unit word written with brackets (件（次）, 人(次)) ending right before a clause cut: its
#: closing bracket is no boundary (申请件（次）数12件).
RE_BRACKET_UNIT = re.compile(r"[件人条][（(]次[）)]$")

#: An aside in brackets right before a number (发布会（含线上）12场), without digits of its own.
RE_ASIDE = re.compile(r"[（(][^（()）\d０-９]{1,12}[）)][ \t\u3000]*$")
#: A counting rule in brackets right before a number, as the 2014 table's row label writes it
#: (主动公开政府信息数（不同渠道和方式公开相同信息计1条）4,108（条）): an aside too.
RE_RULE_ASIDE = re.compile(r"[（(][^（()）]{1,30}计\s*[0-9０-９一]\s*[条件个次项][）)][ \t\u3000]*$")

#: A number alone in brackets right after the phrase it counts (被申请行政复议（3件）): the
#: bracket's inside before the number (spaces, 共/计) and after it (its closing bracket).
RE_BRACKET_ALONE_BEFORE = re.compile(r"[（(][ \t\u3000]*(?:共计?|合计|计)?[ \t\u3000]*$")
RE_BRACKET_ALONE_AFTER = re.compile(r"[ \t\u3000]*[）)]")
#: A phrase that ends in a period names no thing (与上年（137件）相比, 较2021年同期（86件）).
RE_PERIOD_END = re.compile(r"(?:年度?|同期|上年|去年|月份?|季度)\s*$")

#: A field label naming an amount of money before a colon (专项经费：12.5万元), as a nominal
#: (数, 量, 额 …) names a count.
RE_MONEY_LABEL = re.compile(r"(?:费|费用|资金|支出|收入|预算)$")

#: A field label before a colon that names a class of documents or cases counted (主动公开政府
#: 信息：2,345条, 政策文件：126件, 行政复议案件：2件): the label of the count after it, as a
#: nominal is (收到申请数：36件) and as a phrase that names an indicator is (回应社会关切：15次); a
#: heading before a colon (主要内容：, 具体情况如下：) is not.
RE_COUNT_LABEL = re.compile(r"(?:信息|文件|申请|事项|案件|稿件|公告)$")

#: A gloss that says what a count includes or leaves out (主动公开政府信息（含各乡镇、各部门）共
#: 5236条, 主动公开信息（不含转载）): no part of what is counted, so no word of it decides the
#: indicator.
RE_SCOPE_GLOSS = re.compile(r"[（(](?:含|包含|包括|不含|不包括|未含)[^（()）]{0,16}[）)]")

#: A gloss in brackets right after a noun (各乡镇（街道）, 各部门（单位）, 各区（市、县）): part of
#: the noun, not a clause of its own (no digit, no clause punctuation inside).
RE_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（()）\d０-９零〇一二两三四五六七八九十，,。；;：:]{1,10}[）)]$")

#: The end of an enumeration whose numbers follow in the same order (A、B和C分别为1件、2件和3件;
#: A、B分别主动公开信息1条和2条: the words after it are said of each thing).
RE_LIST_MARK = re.compile(r"(?:分别|依次)(?:为|是|有|达到|达|计)?")
#: Between two numbers of such a list (1件、2件和3件).
RE_LIST_JOIN = re.compile(r"\s*(?:[、，,]|以及|和|及|与)\s*")
#: Between two things of the enumeration (not 和谐, 涉及, 及时, 参与 …).
RE_LIST_SPLIT = re.compile(r"、|以及|和(?!谐)|(?<![以涉普])及(?!时)|(?<![参给])与(?!会)")

#: The year a change verb speaks of, right before it (本年增加2项).
RE_PERIOD_BEFORE = re.compile(r"(?:本年度?|今年|当年)\s*$")

#: A clause that frames the parts after it (本机关收到的复议申请中，维持4件): what it names.
RE_FRAME = re.compile(r"(?:^|[，,。；;：:（(）)])([^，,。；;：:（(）)\d０-９]{2,24}?)中[，,：:]")

#: How far before an outcome's clause its frame is looked for (characters).
FRAME_REACH = 3 * 40

#: A sentence that opens with 其中 lists parts of the sentence before it.
RE_PART_OPENS = re.compile(r"\s*其中")

#: Units of things whose 一 ends a clause as a count, not an article (当面申请一件。, 办结一件，;
#: 一件重要工作 is an article): never events such as 次/场 (每季度召开一次 is a frequency).
COUNT_UNITS_AT_END = frozenset({"件", "条", "项", "份", "宗", "张"})
#: The characters that end a clause right after a number.
CLAUSE_END_CHARS = frozenset("，,。；;、）)！？!?")


def _closes(s: str, lo: int, hi: int) -> bool:
    """Whether a closing bracket stands in ``s[lo:hi]``."""
    return s.find("）", lo, hi) >= 0 or s.find(")", lo, hi) >= 0


#: Units that count people (a bare verb before them counts the people it acts on).
PERSON_UNITS = frozenset({"人", "人次", "名", "位", "万人", "万人次"})

#: Before a percentage: a count of figures (实现“两个100%”, 三个100%): the name of a set of
#: targets, a slogan, not a figure the report states.
RE_FIGURES_COUNTED = re.compile(r"[一二两三四五六七八九十]\s*个\s*[“\"‘]?$")
#: After N个: a percentage (三个100%): the count names that slogan, it counts nothing.
RE_PERCENT_NEXT = re.compile(r"\s*[“\"‘]?\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％]")


#: After a number-first phrase: 各/共 and another number (4个片区权责清单事项各14项).
RE_SPLIT_NEXT = re.compile(r"\s*(?:各|共计?|合计)\s*\d")

#: Between two numbers: only 各/共 (12个区直部门权责清单项共4650项).
RE_SPLIT_GAP = re.compile(r"\s*(?:各|共计?|合计)?\s*")

#: A numeral and a measure word left at the end of a counted phrase (服务事项5大类 → 服务事项).
RE_TRAILING_COUNT = re.compile(r"\d+(?:\.\d+)?[大小]?[类项个种批]$")

#: How far before an implied object (组织…常务会议，全年召开21次) the words that make it a kind
#: are read for its indicator (characters).
IMPLIED_REACH = 4

#: How far (characters) a counted phrase may reach from its number.
LEFT_REACH = 40
RIGHT_REACH = 30


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _alt_re(words: list[str]) -> str:
    """Like :func:`_alt`, but words with a parenthesis are regular expressions (``(?<!行)为``)."""
    plain = [w for w in words if "(" not in w]
    return "|".join([w for w in words if "(" in w] + ([_alt(plain)] if plain else []))


#: Characters that end a regular expression in something other than a plain character.
_REGEX_END = frozenset(")]}?*+.$|\\^")

#: What may stand between a change verb and its number (增加了, 增长达, 下降为).
_CHANGE_TAIL = "了达为约近"


def _last_chars(words: Sequence[str]) -> frozenset[str] | None:
    """The characters a match of one of ``words`` ends with (plain words, or patterns ending in
    a plain character such as ``(?<!行)为``); ``None`` when one may end otherwise."""
    out = set()
    for w in words:
        if not w or w[-1] in _REGEX_END or w[-2:-1] == "\\" or ("(" in w and "|" in w):
            return None  # (a pattern with an alternation may end elsewhere)
        out.add(w[-1])
    return frozenset(out)


def _may_end(s: str, lo: int, hi: int, ends: frozenset[str] | None, skip: str = "") -> bool:
    """Whether ``(?:words)(?:[skip]|\\s)*$`` can match in ``s[lo:hi]``, where ``ends`` are the
    words' last characters: a cheap test that spares the search of most numbers."""
    if ends is None:
        return True
    k = hi
    while k > lo and (s[k - 1] in skip or s[k - 1].isspace()):
        k -= 1
    return not ends.isdisjoint(s[lo if lo > k - 1 else k - 1 : hi])


def _gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A search for the literals of which every match of ``pattern`` holds one (a text where
    it finds none has no match), or ``None`` when nothing is known.

    >>> _gate(re.compile("(?<!公)共|合计")).pattern
    '合计|共'
    """
    lits = pattern_literals(pattern)
    if len(lits) != 1:
        return None  # (one set: the gate is one alternation of literals, a fast search)
    return re.compile(_alt(list(lits[0])))


def _find_all(s: str, words: tuple[str, ...]) -> list[int]:
    """Where any of the literal ``words`` starts in ``s``, sorted (str.find: a fast scan in C,
    where a regular expression alternation tries every position)."""
    out: list[int] = []
    for w in words:
        i = s.find(w)
        while i >= 0:
            out.append(i)
            i = s.find(w, i + 1)
    if len(words) > 1:
        out.sort()
    return out


def _between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a position of the sorted ``starts`` is in ``[lo, hi)``."""
    i = bisect.bisect_left(starts, hi)
    return i > 0 and starts[i - 1] >= lo


def _last_sentence_end(s: str, lo: int, hi: int) -> int:
    """The position of the last sentence end (。！？!?) in ``s[lo:hi]``, or -1.

    >>> _last_sentence_end("收到3件。办结2件！", 0, 10)
    9
    """
    m = RE_UP_TO_LAST_END.match(s, lo, hi)  # (one call for the five characters of SENTENCE_ENDS)
    return m.end() - 1 if m else -1


def _lead_starts(words: Sequence[str]) -> frozenset[str]:
    """First characters of the lead words (the lead pattern also starts at a space or digit);
    a regular expression entry (将(?![军来])) starts with its literal first character."""
    return frozenset(w[0] for w in words if w)


@dataclass(frozen=True)
class _Indicator:
    id: str
    eras: frozenset[str] | None
    units: frozenset[str] | None
    match: re.Pattern[str]
    exclude: re.Pattern[str] | None
    # words of the sentence before the number that veto this entry (``unless_sentence``)
    unless: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Rules:
    lead: re.Pattern[str]
    trail: re.Pattern[str]
    trail_ends: frozenset[str] | None
    cut_after: re.Pattern[str]
    # Shortcuts (``None``: always search): a gate that finds no literal of cut_after (or of
    # RE_TOTAL) in a region means no match; a lead can only start at a space, a digit or a
    # first character of its words.
    cut_gate: re.Pattern[str] | None
    total_gate: re.Pattern[str] | None
    lead_starts: frozenset[str] | None
    number_first_after: re.Pattern[str]
    number_first_ends: frozenset[str] | None
    number_first_units: frozenset[str]
    right_stop: re.Pattern[str]
    right_trail: re.Pattern[str]
    clause_marker: re.Pattern[str]
    article_units: frozenset[str]
    share: re.Pattern[str]
    change: re.Pattern[str]
    change_after_compare: re.Pattern[str]
    new_words: tuple[str, ...]  # the shortest of increase_after_compare (新增 for 新增加): a quick test
    change_ends: frozenset[str] | None
    increase: frozenset[str]
    baseline_before: re.Pattern[str]
    baseline_after: re.Pattern[str]
    baseline_gap: re.Pattern[str]
    verb_start: re.Pattern[str]
    verb_lead: re.Pattern[str]
    bare_verb: re.Pattern[str]
    adverbs_only: re.Pattern[str]
    event_units: frozenset[str]
    nominal_end: re.Pattern[str]
    implied: dict[str, re.Pattern[str]]
    split_nouns: re.Pattern[str]
    rule_before: re.Pattern[str]
    rank_before: re.Pattern[str]
    rank_units: frozenset[str]
    misread_day_units: frozenset[str]
    rank_nouns: tuple[str, ...]
    anaphora_before: re.Pattern[str]
    target_before: tuple[str, ...]
    target_after: re.Pattern[str]
    target_any: tuple[str, ...]
    target_firsts: tuple[str, ...]  # the first characters of target_before (a quick test)
    plans_open: re.Pattern[str]
    plans_first: frozenset[str]
    compare_clause: re.Pattern[str]
    # an outcome word ending a topic (行政复议维持), cut off when a bare sibling outcome follows
    outcome_end: re.Pattern[str]
    outcome_bare: re.Pattern[str]
    indicators: tuple[_Indicator, ...]
    era_of_template: dict[str, str]
    era_markers: dict[str, tuple[str, ...]]


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    """Compile the phrase rules and indicator aliases of ``indicators.yaml`` (once)."""
    lex: dict[str, Any] = load_yaml("indicators.yaml")
    c = lex["counted"]
    cut_words = [str(w) for w in c["cut_after"]]
    cut = "|".join(w if "(" in w else re.escape(w) for w in cut_words)
    compare = _alt_re([str(w) for w in c["compare"]])
    outcomes = _alt([str(w) for w in c.get("outcomes") or ()]) or "(?!)"  # 维持, 纠正 … (an appeal's results)
    inc = [str(w) for w in c["increase"]]
    inc_cmp = [str(w) for w in c.get("increase_after_compare") or ()]
    dec = [str(w) for w in c["decrease"]]
    adverbs = _alt([str(w) for w in c["adverbs"]])
    verbs = _alt([str(w) for w in c["action_verbs"]])
    bare_verbs = _alt([str(w) for w in c["action_verbs"] + c["bare_only_verbs"]])
    indicators = []
    for e in lex["indicators"]:
        alts = [re.escape(str(a)) for a in e.get("aliases") or ()]
        alts += [f"(?:{p})" for p in e.get("patterns") or ()]
        if not alts:
            raise LexiconError(f"indicators.yaml: indicator {e.get('id')!r} has no aliases or patterns")
        excl = [str(a) for a in e.get("exclude") or ()]
        indicators.append(
            _Indicator(
                id=str(e["id"]),
                eras=frozenset(e["eras"]) if e.get("eras") else None,
                units=frozenset(str(u) for u in e["units"]) if e.get("units") else None,
                match=re.compile("|".join(alts)),
                exclude=re.compile(_alt(excl)) if excl else None,
                unless=re.compile(_alt([str(a) for a in e["unless_sentence"]])) if e.get("unless_sentence") else None,
            )
        )
    return _Rules(
        lead=re.compile(rf"(?:\s|{_alt_re([str(w) for w in c['lead']])}|\d{{4}}\s*年度?)+"),
        trail=re.compile(rf"(?:\s|{_alt_re([str(w) for w in c['trail']])})+$"),
        trail_ends=_last_chars([str(w) for w in c["trail"]]),
        cut_after=re.compile(rf"(?:{cut})"),
        cut_gate=_gate(re.compile(rf"(?:{cut})")),
        total_gate=_gate(RE_TOTAL),
        lead_starts=_lead_starts([str(w) for w in c["lead"]]),
        number_first_after=re.compile(rf"(?:{_alt([str(w) for w in c['number_first_after']])})\s*$"),
        number_first_ends=_last_chars([str(w) for w in c["number_first_after"]]),
        number_first_units=frozenset(str(u) for u in c["number_first_units"]),
        right_stop=re.compile("|".join(str(w) for w in c["right_stop"])),
        right_trail=re.compile(rf"(?:\s|{_alt_re([str(w) for w in c['right_trail']])})+$"),
        clause_marker=re.compile(_alt([str(w) for w in c["clause_markers"]])),
        article_units=frozenset(str(u) for u in c["article_units"]),
        share=re.compile(rf"^(?:{_alt([str(w) for w in c['share_words']])})"),
        change=re.compile(
            rf"(?:(?P<cmp>{compare})(?:\s*(?:19|20|１９|２０)\d{{2}}\s*年度?)?[^，,。；;\d]{{0,4}}?)?"
            rf"(?<!新)(?P<verb>{_alt(inc + dec)})"
            rf"(?:{'|'.join(_CHANGE_TAIL)}|\s)*$"
        ),
        # 新增 states a change only right after a comparison (较上年新增2.1万人, not 新增栏目6个)
        change_after_compare=re.compile(
            rf"(?P<cmp>{compare})(?:\s*(?:19|20|１９|２０)\d{{2}}\s*年度?)?[^，,。；;\d]{{0,4}}?"
            rf"(?P<verb>{_alt(inc_cmp) or '(?!)'})"
            rf"(?:{'|'.join(_CHANGE_TAIL)}|\s)*$"
        ),
        new_words=tuple(w for w in inc_cmp if not any(v != w and v in w for v in inc_cmp)),
        change_ends=_last_chars(inc + dec),
        increase=frozenset(inc + inc_cmp),
        baseline_before=re.compile(str(c["baseline_before"])),
        baseline_after=re.compile(rf"{c['baseline_after']}(?:{_alt(inc + dec)})"),
        verb_start=re.compile(_alt([str(w) for w in c["verb_phrase_start"]])),
        baseline_gap=re.compile(
            rf"{c['baseline_after']}(?P<verb>{_alt(inc + dec)})(?:了|达|为|约|近|\s)*"
        ),
        verb_lead=re.compile(rf"(?:(?:{adverbs})*(?:{verbs})+(?:了|出)?[、和及与并]?)+的?"),
        bare_verb=re.compile(rf"(?:(?:{adverbs})*(?:{bare_verbs})+了?[、和及与并]?)+"),
        adverbs_only=re.compile(rf"(?:{adverbs})+"),
        event_units=frozenset(str(u) for u in c["event_units"]),
        implied={
            str(u): re.compile(_alt([str(w) for w in ws]))
            for u, ws in (c.get("implied_objects") or {}).items()
        },
        nominal_end=re.compile(rf"(?:{_alt([str(w) for w in c['nominal_ends']])})$"),
        split_nouns=re.compile(_alt([str(w) for w in c["split_nouns"]])),
        rule_before=re.compile("|".join(str(p) for p in c["rule_before"])),
        rank_before=re.compile(str(c["rank_before"])),
        rank_units=frozenset(str(u) for u in c["rank_units"]),
        misread_day_units=frozenset(str(u) for u in c.get("misread_day_units") or ()),
        rank_nouns=tuple(str(w) for w in c.get("rank_nouns") or ()),
        anaphora_before=re.compile(str(c.get("anaphora_before") or "(?!)")),
        target_before=tuple(str(w) for w in c.get("target_before") or ()),
        target_after=re.compile(str(c.get("target_after") or "(?!)")),
        target_any=tuple(str(w) for w in c.get("target_any") or ()),
        target_firsts=tuple(sorted({str(w)[0] for w in c.get("target_before") or ()})),
        plans_open=re.compile(rf"\s*(?:{_alt([str(w) for w in c.get('plans_open') or ()]) or '(?!)'})"),
        plans_first=frozenset(str(w)[0] for w in c.get("plans_open") or ()) | frozenset(" \u3000\t\r\n"),
        # 与上年相比，收到申请增加5件: the comparison closes the clause before the number's
        compare_clause=re.compile(rf"(?:{compare})[^，,。；;\d]{{0,4}}[，,]\s*$"),
        outcome_end=re.compile(rf"(?:结果)?(?:{outcomes})$"),
        outcome_bare=re.compile(rf"(?:结果)?(?:{outcomes})"),
        indicators=tuple(indicators),
        era_of_template={str(k): str(v) for k, v in lex["era_of_template"].items()},
        era_markers={str(k): tuple(str(x) for x in v) for k, v in lex["era_markers"].items()},
    )


def guess_era(text: str) -> str | None:
    """Guess a report's era (``old`` / ``new``) from words only one era uses, or ``None``.

    >>> guess_era("根据国务院令第711号")
    'new'
    """
    rules = _rules()
    found = {era: any(w in text for w in words) for era, words in rules.era_markers.items()}
    if found.get("new") and not found.get("old"):
        return "new"
    if found.get("old") and not found.get("new"):
        return "old"
    if found.get("new"):
        return "new"
    return None


@functools.lru_cache(maxsize=512)
def _candidates(unit: str | None, era: str | None) -> tuple[_Indicator, ...]:
    """Indicators that may apply to a fact with this unit in this era (file order). A unit
    scaled by 万/亿 (4.6万件, 1.2万条) is the unit it scales."""
    base = unit[1:] if unit and len(unit) > 1 and unit[0] in "万亿" else unit
    return tuple(
        ind
        for ind in _rules().indicators
        if (ind.units is None or unit in ind.units or base in ind.units)
        and (era is None or ind.eras is None or era in ind.eras)
    )


@functools.lru_cache(maxsize=1)
def _any_indicator() -> re.Pattern[str]:
    """One pattern that matches where any indicator's aliases match (a phrase it misses names
    none); one compile for every unit and era."""
    return re.compile("|".join(f"(?:{ind.match.pattern})" for ind in _rules().indicators))


@functools.lru_cache(maxsize=16384)
def _indicator_entry(
    phrase: str, unit: str | None, era: str | None, vetoed: frozenset[_Indicator] = frozenset()
) -> _Indicator | None:
    """The first indicator entry (file order) whose aliases match ``phrase`` and whose
    exclusions do not, skipping the ``vetoed`` entries (cached: counted phrases repeat across
    sentences and reports)."""
    inds = _candidates(unit, era)
    if not inds or not _any_indicator().search(phrase):
        return None
    for ind in inds:
        if ind in vetoed:
            continue
        if ind.match.search(phrase) and not (ind.exclude and ind.exclude.search(phrase)):
            return ind
    return None


def _indicator(
    phrase: str, unit: str | None, era: str | None, s: str = "", lo: int = 0, hi: int = 0
) -> str | None:
    """The id of the indicator ``phrase`` names; an entry whose ``unless_sentence`` words stand
    in ``s[lo:hi]`` (the sentence before the number) gives way to the next one.

    >>> _indicator("受理申请", "件", "new"), _indicator("受理申请", "件", "new", "开设窗口24个，共受理申请", 0, 12)
    ('new_received', None)
    """
    ind = _indicator_entry(phrase, unit, era)
    vetoed: frozenset[_Indicator] = frozenset()
    while ind is not None and ind.unless is not None and ind.unless.search(s, lo, hi):
        vetoed |= {ind}
        ind = _indicator_entry(phrase, unit, era, vetoed)
    return ind.id if ind is not None else None


@functools.lru_cache(maxsize=8192)
def _noun_phrase_of(phrase: str | None) -> tuple[str | None, str | None]:
    """:func:`_noun_phrase` with the compiled rules, cached (counted phrases repeat a lot)."""
    return _noun_phrase(_rules(), phrase)


def _noun_phrase(rules: _Rules, phrase: str | None) -> tuple[str | None, str | None]:
    """Split a counted phrase into (noun phrase, bare verb phrase).

    受理政府信息公开申请 -> (政府信息公开申请, None); 依法办结 -> (None, 依法办结);
    保留、 -> (None, 保留); 主动公开政府信息 -> (主动公开政府信息, None).
    """
    if not phrase:
        return None, None
    phrase = phrase.strip("、，, ")
    if not phrase:
        return None, None
    if rules.bare_verb.fullmatch(phrase) or rules.adverbs_only.fullmatch(phrase):
        return None, phrase
    m = None if rules.nominal_end.search(phrase) else rules.verb_lead.match(phrase)
    if m and len(phrase) - m.end() >= 2:
        rest = phrase[m.end() :].lstrip("的")
        if len(rest) >= 2 and not rules.bare_verb.fullmatch(rest):
            return rest, None
    return phrase, None


@dataclass(slots=True)
class _Made:
    fact: Fact
    text_start: int  # in sentence coordinates
    end: int
    noun: str | None = None  # the noun phrase it counts (for a later bare verb: 依法办结4件)
    split_rest: str | None = None  # 4个片区权责清单事项各14项: 权责清单事项, for the next number


def _left_phrase(
    rules: _Rules, s: str, lo: int, hi: int
) -> tuple[int, int, str, bool, bool]:
    """Cut the counted phrase out of ``s[lo:hi]`` (the text before a number).

    Returns (start, end, phrase, total_marker, cumulative_marker).
    """
    region = s[lo:hi]
    total = (rules.total_gate is None or rules.total_gate.search(region) is not None) and (
        RE_TOTAL.search(region) is not None
    )
    cumulative = "累计" in region
    last = None
    if rules.cut_gate is None or rules.cut_gate.search(region):
        for m in rules.cut_after.finditer(region):
            last = m
    start = lo + (last.end() if last else 0)
    end = hi
    m = None
    if end > start and ((c := s[end - 1]).isspace() or rules.trail_ends is None or c in rules.trail_ends):
        m = rules.trail.search(s, max(start, end - 12), end)
    if m:
        end = m.start()
    close = s.rfind("》", start, end)
    if close >= 0 and s.rfind("《", start, close) < 0 and end - close > 2:
        start = close + 1  # …工作总体情况》及主合办人大代表建议50件: not the tail of a title
    ls = rules.lead_starts
    if start < end and (ls is None or (c := s[start]) in ls or c.isspace() or c.isdecimal()):
        m = rules.lead.match(s, start, end)
        if m:
            start = m.end()
    phrase = _nospace(s[start:end])
    if not phrase and last is not None and RE_TOTAL_HAVE.match(region, last.start()):
        # 查阅点共有18个: the noun stands before 共有 (the subject of 有), not after it
        b_start, b_end, before, _, _ = _left_phrase(rules, s, lo, lo + last.start())
        if before and not RE_ANY_DIGIT.search(RE_QUOTED.sub("", before) if "“" in before else before):
            return b_start, b_end, before, total, cumulative
    return start, end, phrase, total, cumulative


def _right_phrase(rules: _Rules, s: str, lo: int, hi: int) -> tuple[int, str]:
    """Cut the counted phrase out of ``s[lo:hi]`` (the text after a number and unit).

    Returns the end of the fact's text and the counted phrase.
    """
    if s.startswith("的", lo) and lo + 1 < hi:
        lo += 1  # 超过80%的申请: the share counts what follows 的
    region = s[lo:hi]
    first_de = region.find("的")
    last_de = region.rfind("的")
    if first_de > 0 and not rules.clause_marker.search(region, 0, first_de):
        # 60个单位的主动公开的政府信息: the number counts what stands before the first 的
        start, stop_at = lo, lo + first_de
    elif last_de > 0:
        # 1件涉及政府信息公开工作的行政复议: a clause, then the counted noun after the last 的
        start, stop_at = lo + last_de + 1, hi
    else:
        start, stop_at = lo, hi
    m = rules.right_stop.search(s, start, stop_at)
    end = m.start() if m else stop_at
    m = rules.right_trail.search(s, start, end)
    if m and m.start() > start:
        end = m.start()
    if end <= start:  # nothing after the last 的: fall back to what stands before it
        m = rules.right_stop.search(s, lo, lo + max(first_de, 0))
        start, end = lo, (m.start() if m else lo + max(first_de, 0))
    return end, _nospace(s[start:end])


def _verb_phrase(rules: _Rules, s: str, lo: int, hi: int) -> tuple[int, str]:
    """The verb phrase right after a number that nothing else names (200人参加培训 → 参加培训).

    Returns the end of the fact's text and the phrase ('' when there is none).
    """
    vm = rules.verb_start.match(s, lo)
    if not vm:
        return lo, ""
    nxt = rules.right_stop.search(s, vm.end(), hi)
    end = min(nxt.start() if nxt else hi, lo + 12)
    m = rules.right_trail.search(s, vm.end(), end)
    if m and m.start() > vm.end():
        end = m.start()
    return end, _nospace(s[lo:end])


def _before_bracket_unit(s: str, start: int, floor: int) -> int:
    """A phrase start cut by the closing bracket of a unit word (件（次）数): moved back to the
    boundary before that word, else ``start`` unchanged.

    >>> _before_bracket_unit("，收到申请件（次）数", 9, 0)
    1
    """
    um = RE_BRACKET_UNIT.search(s, max(floor, start - 4), start)
    if um is None or um.start() <= floor:
        return start
    lb = RE_LAST_BOUNDARY.match(s, max(floor, um.start() - LEFT_REACH), um.start())
    return lb.end() if lb else max(floor, um.start() - LEFT_REACH)


def _behind_glosses(s: str, lo: int, hi: int, floor: int) -> int:
    """The start of a counted phrase whose clause boundary (ending at ``lo``) is the closing
    bracket of a gloss after a noun (各乡镇（街道）主动公开信息6,352条): the boundary before the
    noun, past every such gloss; ``lo`` unchanged when the bracket closes no gloss or stands
    right before the number (发布会（含线上）12场 is read by :func:`_label_before`).

    >>> s = "全县各乡镇（街道）主动公开信息6352条"
    >>> s[_behind_glosses(s, 9, 15, 0):9]
    '全县各乡镇（街道）'
    """
    if not s[lo:hi].strip():
        return lo
    while True:
        gm = RE_GLOSS.search(s, max(floor, lo - 12), lo)
        if gm is None or gm.start() - 1 < floor:
            return lo
        bm = RE_LAST_BOUNDARY.match(s, floor, gm.start())
        if bm is None and floor > 0 and "\u4e00" <= s[floor - 1] <= "\u9fff":
            return lo  # the noun reaches past how far a phrase may: not cut in mid-word
        lo = bm.end() if bm else floor
        if not bm or s[lo - 1] not in "）)":
            return lo


def _last_match(pattern: re.Pattern[str], s: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``s[lo:hi]``, or ``None``."""
    m = None
    for m in pattern.finditer(s, lo, hi):  # noqa: B007 (the loop keeps the last one)
        pass
    return m


def _list_plan(
    s: str, numbers: list, idx: int, l_start: int, mark: re.Match[str], era: str | None, sent_lo: int
) -> tuple[dict[int, tuple[str, str | None]], str]:
    """The counted thing and indicator of every number of a list read against the enumeration
    before 分别为/依次为 (上年结转和本年新收的政府信息公开申请分别为3件和41件: 3 件 counts
    上年结转…申请, 41 件 本年新收…申请), keyed by the numbers' indices, and the head noun the
    things share; empty when the list and the enumeration differ in length. A head noun after
    the last thing's 的 is shared by all, and so are the words after 分别 (各镇、区级部门分别
    主动公开信息…); an indicator that two things would share names what they have in common,
    not either part (当面、网络和信函方式收到的申请: none).

    >>> s = "网上申请、当面申请、信函申请的数量依次为18件、9件、3件"
    >>> ns = [n for n in list_quantities(s) if n.kind in FACT_KINDS]
    >>> [v[1] for v in _list_plan(s, ns, 0, 0, RE_LIST_MARK.search(s), "old", 0)[0].values()]
    ['requests_online', 'requests_in_person', 'requests_mail']
    """
    j = idx
    while j + 1 < len(numbers) and RE_LIST_JOIN.fullmatch(s, numbers[j].end, numbers[j + 1].start):
        j += 1
    items = [x for x in RE_LIST_SPLIT.split(_nospace(s[l_start : mark.start()])) if x]
    if j == idx or len(items) != j - idx + 1:
        return {}, ""
    last, _, head = items[-1].rpartition("的")
    if last:
        items = [*items[:-1], last]
    else:
        head = ""
    said = _nospace(s[mark.end() : numbers[idx].start])
    things = [x + head + said for x in items]
    inds = [_indicator(t, numbers[idx + i].unit, era, s, sent_lo, numbers[idx].start) for i, t in enumerate(things)]
    plan = {
        idx + i: (t, ind if ind is None or inds.count(ind) == 1 else None)
        for i, (t, ind) in enumerate(zip(things, inds, strict=True))
    }
    return plan, head


def _label_before(
    rules: _Rules, s: str, lo: int, hi: int, floor: int, money: bool = False, unit: str | None = None
) -> tuple[int, int]:
    """Where the counted phrase of a number at ``hi`` lies when the clause boundary just
    before it (ending at ``lo``) is a colon or a closing bracket: a field label ending in a
    nominal before a colon (收到申请数：36件), or the phrase before an aside in brackets
    (新闻发布会（含线上）12场). Else ``(lo, hi)`` unchanged. ``floor``: the previous fact's end.

    >>> _label_before(_rules(), "办结率：98%", 4, 4, 0)
    (0, 3)
    >>> _label_before(_rules(), "收到申请件（次）数12件", 8, 9, 0)
    (0, 9)
    """
    back = _before_bracket_unit(s, lo, floor)
    if back != lo:
        return back, hi  # 收到申请件（次）数12件: the brackets belong to the unit word 件（次）
    fm = RE_FIELD_COLON.match(s, lo - 1, hi)
    am = None if fm else (
        RE_ASIDE.search(s, max(floor, hi - 16), hi) or RE_RULE_ASIDE.search(s, max(floor, hi - 40), hi)
    )
    m = fm or am
    if m is None or m.start() <= floor:
        return lo, hi
    lb = RE_LAST_BOUNDARY.match(s, max(floor, m.start() - LEFT_REACH), m.start())
    start = _before_bracket_unit(s, lb.end() if lb else max(floor, m.start() - LEFT_REACH), floor)
    if start >= m.start():
        return lo, hi
    if fm and not (
        rules.nominal_end.search(label := _nospace(s[start : m.start()]))
        or (money and RE_MONEY_LABEL.search(label))
        or (not money and RE_COUNT_LABEL.search(label))
        # 回应社会关切：15次 names an indicator of this unit (专项经费：3项 names none)
        or (unit is not None and _indicator_entry(label, unit, None) is not None)
    ):
        return lo, hi  # 主要内容：12件: a heading, not a label of the value (经费：12.5万元 is one)
    return start, m.start()


def facts_in(
    sentence_text: str,
    *,
    offset: int = 0,
    sentence_id: int | None = None,
    template: str | None = None,
) -> list[Fact]:
    """Extract the numeric facts of one sentence.

    Args:
        sentence_text: the sentence (or any span of text).
        offset: added to every span, so that spans point into the report's text.
        sentence_id: copied into each fact.
        template: the report's template (``gov2014``, ``local``, ``gov2019``, ``gov2021``) to
            choose between era-specific indicators (收到申请 → ``requests_received`` or
            ``new_received``); ``None`` matches every era.

    Returns:
        Facts in text order, ``fact_id`` numbered from 1.

    >>> [(f.value, f.unit, f.counted) for f in facts_in("其中：当面申请3件、网络申请12件")]
    [(3, '件', '当面申请'), (12, '件', '网络申请')]
    """
    rules = _rules()
    era = rules.era_of_template.get(template) if template else None
    return _facts(sentence_text, rules, era, offset, sentence_id, 1)


def _facts(
    s: str,
    rules: _Rules,
    era: str | None,
    offset: int,
    sentence_id: int | None,
    first_id: int,
    carry: dict[str | None, _Made] | None = None,
    held: bool = False,
) -> list[Fact]:
    """The facts of ``s``. ``carry``: the topics of the sentence before (a sentence opening
    with 其中 lists its parts); it is replaced in place by this sentence's topics. ``held``:
    :func:`may_hold_quantities` was seen true for ``s``."""
    numbers = [n for n in list_quantities(s, held=held) if n.kind in FACT_KINDS]
    if carry is not None and not RE_PART_OPENS.match(s):
        carry.clear()
    if not numbers:
        return []
    made: list[_Made] = []
    prev_end = 0
    # a previous-year baseline just skipped (较2019年的3580条增加432条): its counted phrase
    # and where it ended
    baseline: tuple[str | None, int] | None = None
    # the sentence's first counted noun per unit (its topic); a 其中 sentence starts with the
    # topics of the sentence before
    topics: dict[str | None, _Made] = (
        {u: dataclasses.replace(m, text_start=0, end=0) for u, m in carry.items()} if carry else {}
    )
    # sentence ends inside s (facts_in may be given a whole text): the topic of a bare verb is
    # looked for in its own sentence only
    size, n_numbers = len(s), len(numbers)
    checked, sentence_start = 0, 0  # sentence ends before ``checked`` are accounted for
    # the first sentence end: a number before it needs no search (a sentence's own end
    # follows all its numbers)
    # (searched up to the last number only: an end after it decides nothing)
    em = RE_SENTENCE_END.search(s, 0, numbers[-1].start)
    first_end = em.start() if em else size
    # numbers of a list after 分别为/依次为: their counted things and indicators (_list_plan)
    plan: dict[int, tuple[str, str | None]] = {}
    plan_head = ""  # the head noun the things of that list share (…的政府信息公开申请)
    # what a number's tests look for, once per text rather than once per number (a substring
    # test in C): a text without 计 has no counting rule (相同信息计1条), without 分别/依次 no
    # list read against an enumeration
    has_rule = "计" in s
    has_list = "分别" in s or "依次" in s
    has_new = any(w in s for w in rules.new_words)
    # where words of striving stand (力争, 争取 …): one scan of the text, not a search per number
    goals = _find_all(s, rules.target_before) if any(c in s for c in rules.target_firsts) else []
    strive = _find_all(s, rules.target_any) if goals else goals
    for idx, n in enumerate(numbers):
        if n.start < prev_end:
            continue
        last_end = _last_sentence_end(s, checked, n.start) if first_end < n.start else -1
        checked = n.start
        if last_end >= 0:
            sentence_start = last_end + 1
            if topics and not RE_PART_OPENS.match(s, sentence_start):
                topics = {}  # a new sentence (facts_in may be given a whole text) …
            # … unless it opens with 其中: its parts belong to the last sentence's topic
        unit = n.unit
        if (
            n.value == 1
            and unit in rules.article_units
            and s.startswith("一", n.start)
            and n.qualifier is None
            and not (unit in COUNT_UNITS_AT_END and (n.end == size or s[n.end] in CLAUSE_END_CHARS))
        ):
            prev_end = max(prev_end, n.end)
            continue
        if n.kind == "percent" and n.start and s[n.start - 1] in "个“\"‘ " and RE_FIGURES_COUNTED.search(
            s, max(0, n.start - 4), n.start
        ):
            prev_end = max(prev_end, n.end)  # 实现“两个100%”: a slogan of targets
            continue
        if unit == "个" and RE_PERCENT_NEXT.match(s, n.end) and RE_FIGURES_COUNTED.search(s, n.start, n.end):
            prev_end = max(prev_end, n.end)  # 实现三个100%: 三个 names the slogan
            continue
        if unit in rules.rank_units and rules.rank_before.search(s, max(0, n.start - 3), n.start):
            prev_end = max(prev_end, n.end)  # 位列前10名: a rank, not a count
            continue
        if unit in rules.misread_day_units and s[max(0, n.start - 2) : n.start].rstrip().endswith("月"):
            prev_end = max(prev_end, n.end)  # 三月十五口: a date whose 日 was misread, not a count
            continue
        if unit == "个" and s.startswith(rules.rank_nouns, n.end):
            prev_end = max(prev_end, n.end)  # 前进3个位次: a move in a ranking, not a count
            continue
        if (n.kind == "percent" or (strive and _between(strive, sentence_start, n.start))) and (
            rules.target_after.match(s, n.end)
            or (goals and _between(goals, sentence_start, n.start))
            or (s[sentence_start : sentence_start + 1] in rules.plans_first and rules.plans_open.match(s, sentence_start))
        ):
            # 力争…达到100%的目标; 下一步，确保答复率保持100%: a target, not a figure of the year
            prev_end = max(prev_end, n.end)
            continue
        if n.start and s[n.start - 1] in "该此这述列 " and rules.anaphora_before.search(s, max(0, n.start - 4), n.start):
            prev_end = max(prev_end, n.end)  # 该3件申请: the count stated before, mentioned again
            continue
        # left region: after the last clause boundary, the previous fact and LEFT_REACH
        # (conditional expressions, not max/min calls: this loop runs for every number)
        lo = n.start - LEFT_REACH
        if lo < prev_end:
            lo = prev_end
        if lo < 0:
            lo = 0
        bm = RE_LAST_BOUNDARY.match(s, lo, n.start)
        l_hi = n.start
        if bm:
            floor, lo = lo, bm.end()
            if s[lo - 1] in "）)":
                lo = _behind_glosses(s, lo, n.start, floor)
            if lo > 0 and s[lo - 1] in "：:）)":
                lo, l_hi = _label_before(rules, s, lo, n.start, prev_end, n.kind == "amount", unit)
            elif (
                lo > floor + 1
                and s[lo - 1] in "（("
                and RE_BRACKET_ALONE_BEFORE.search(s, lo - 1, n.start)
                and RE_BRACKET_ALONE_AFTER.match(s, n.end)
            ):
                # 被申请行政复议（3件）: a number alone in brackets counts the phrase before them,
                # unless that phrase is a period (较上年同期（122件）: the figure of that period)
                pb = RE_LAST_BOUNDARY.match(s, floor, lo - 1)
                if not RE_PERIOD_END.search(s, pb.end() if pb else floor, lo - 1):
                    lo, l_hi = (pb.end() if pb else floor), lo - 1
        l_start, l_end, left, total, cumulative = _left_phrase(rules, s, lo, l_hi)
        if has_rule and s.find("计", n.start - 3 if n.start > 3 else 0, n.start) >= 0 and rules.rule_before.search(
            s, max(0, n.start - 12), n.start
        ):
            if s[n.end : n.end + 1] not in ("）", ")"):
                prev_end = max(prev_end, n.end)  # 不同渠道和方式公开相同信息计1条: a counting rule
            # (a rule in brackets after a label, 主动公开政府信息数（…计1条）4,108（条）, is an aside:
            # the label before it still names the number after it)
            continue
        bb = rules.baseline_before.search(s, lo if lo > n.start - 16 else n.start - 16, n.start)
        if bb and rules.baseline_after.match(s, n.end):
            # 较2019年的3580条增加432条: 3580 is last year's figure, not a fact of this report
            thing = _left_phrase(rules, s, lo, bb.start())[2]
            baseline = (thing or None, n.end)
            prev_end = max(prev_end, n.end)
            continue
        change = None
        verb_start = None
        gm = rules.baseline_gap.fullmatch(s, baseline[1], n.start) if baseline else None
        if gm:
            # …增加432条 after a baseline: the change of the thing the baseline counted
            change = "increase" if gm.group("verb") in rules.increase else "decrease"
            left = (baseline[0] if baseline else None) or ""
            l_start = verb_start = gm.start("verb")
        else:
            c_lo = lo if lo > n.start - 20 else n.start - 20
            cm = None
            if _may_end(s, c_lo, n.start, rules.change_ends, _CHANGE_TAIL):
                cm = rules.change.search(s, c_lo, n.start)
            if cm is None and has_new and any(s.find(w, c_lo, n.start) >= 0 for w in rules.new_words):
                cm = rules.change_after_compare.search(s, c_lo, n.start)
            if cm and (
                cm.group("cmp")
                or (n.kind in ("percent", "ratio") and len(cm.group("verb")) > 1)
                or n.unit == "番"  # 翻了一番
                or (lo > 0 and rules.compare_clause.search(s, max(0, lo - 24), lo))
            ):
                change = "increase" if cm.group("verb") in rules.increase else "decrease"
                l_start, l_end, left, _, _ = _left_phrase(rules, s, lo, cm.start())
            elif (
                cm
                and n.kind in ("count", "amount")
                and len(cm.group("verb")) > 1
                and not RE_WORD_START.match(s, n.end)
            ):
                # a change verb right after the year it speaks of (行政许可本年增加2项), or opening
                # a clause after a count or change of the same unit in its sentence (…减少到26项，
                # 减少12项; 办件量达到42.8万件，增加6.3万件; 本年增加2项，减少5项), its number naming
                # nothing after it: the change of that count. Alone (2021年增加5件, 多出7件) it
                # counts what was added.
                pm = RE_PERIOD_BEFORE.search(s, lo, cm.start())
                b_start, _, b_left, _, _ = _left_phrase(rules, s, lo, pm.start() if pm else cm.start())
                if pm or (
                    not b_left
                    and made
                    and made[-1].fact.unit == unit
                    and made[-1].end > sentence_start
                ):
                    change = "increase" if cm.group("verb") in rules.increase else "decrease"
                    l_start, left = b_start, b_left
        if (
            change is None
            and made
            and made[-1].fact.change is not None
            and made[-1].fact.unit == unit
            and RE_CHANGE_JOIN.fullmatch(s, made[-1].end, n.start)
        ):
            # 分别比上年增长11.6%和23.0%: the second number states the same kind of change
            change = made[-1].fact.change
            left, l_start = "", n.start
        baseline = None
        # right region: up to the next boundary, the next number, RIGHT_REACH
        hi = n.end + RIGHT_REACH
        if hi > size:
            hi = size
        if idx + 1 < n_numbers and numbers[idx + 1].start < hi:
            hi = numbers[idx + 1].start
        bm = RE_BOUNDARY.search(s, n.end, hi)
        if bm:
            hi = bm.start()
        right_end, right = n.end, ""
        if n.end < hi and RE_WORD_START.match(s, n.end) and not rules.right_stop.match(s, n.end):
            right_end, right = _right_phrase(rules, s, n.end, hi)
        elif (
            not left
            and change is None
            and n.kind in ("count", "amount")
            and n.end < hi
            and RE_WORD_START.match(s, n.end)
            and not (made and RE_EACH.fullmatch(s, lo, n.start))
        ):
            # 约200人参加培训: nothing names the count but the verb phrase after it
            right_end, right = _verb_phrase(rules, s, n.end, hi)
        number_first = False
        if right and change is None:
            nf_lo = max(lo, n.start - 8)
            if not left or (
                _may_end(s, nf_lo, n.start, rules.number_first_ends)
                and rules.number_first_after.search(s, nf_lo, n.start)
            ):
                number_first = True
            else:
                number_first = unit in rules.number_first_units
        if not left and not number_first and made and RE_EACH.fullmatch(s, lo, n.start):
            prev = made[-1]  # 4个片区权责清单事项各14项: 14 of the same thing, each
            left = prev.split_rest or prev.fact.counted or ""
            l_start = prev.text_start
        if not left and not number_first and made and made[-1].fact.unit == "类" and made[-1].end == n.start:
            prev = made[-1]  # 服务事项5大类53项: the items of the classes, the same thing
            left = prev.fact.counted or ""
            l_start = prev.text_start
        if n.kind == "percent" and not number_first:
            region = _nospace(s[lo : n.start])
            if (not left or rules.share.match(region)) and made:
                prev = made[-1]
                left = prev.fact.counted or ""
                l_start = prev.text_start
        split_rest = None
        if number_first:
            if rules.adverbs_only.fullmatch(right):
                # 其中2件依法予以维持: the adverb alone names nothing, the verb after it does
                k = right_end
                while k < hi and s[k].isspace():
                    k += 1
                vp_end, vp = _verb_phrase(rules, s, k, hi)
                if vp:
                    right, right_end = right + vp, vp_end
            sm = rules.split_nouns.match(right) if RE_SPLIT_NEXT.match(s, right_end) else None
            if sm and len(right) - sm.end() >= 2:
                # 4个片区权责清单事项各14项: 4 counts 片区, 14 counts 权责清单事项
                right, split_rest = sm.group(0), right[sm.end() :]
            counted = right or None
            t_start, t_end = n.start, right_end
        else:
            if not left and made and made[-1].split_rest and RE_SPLIT_GAP.fullmatch(s, lo, n.start):
                left = made[-1].split_rest  # 12个区直部门权责清单项共4650项
            if not left and change is not None and made and made[-1].noun:
                left = made[-1].noun  # 收到申请34件，同比增加5件: the change of the same thing
            if left and left[-1] in "类项个种批":
                left = RE_TRAILING_COUNT.sub("", left)  # 服务事项5大类53项
            counted = left or None
            t_start, t_end = (l_start if left else n.start), n.end
            if verb_start is not None:
                t_start = verb_start  # 下降3件 after a baseline
        qualifier = n.qualifier
        if qualifier is None:
            qualifier = "total" if total else ("cumulative" if cumulative else None)
        noun, bare = _noun_phrase_of(counted) if counted else (None, None)
        derived = False
        implied_ctx = None
        if bare is not None:
            # 依法办结4件 after 收到行政复议申请4件: 依法办结的行政复议申请; else only implied
            # the sentence's first counted noun in this unit is its topic (新收申请…，上年结转…，
            # 办结… : 办结的申请, not 办结的上年结转)
            prev_noun = topics[unit].noun if unit in topics else None
            if prev_noun and unit not in rules.event_units and n.kind == "count":
                last = made[-1] if made and made[-1].fact.unit == unit and made[-1].end > sentence_start else None
                if (
                    last is not None
                    and last.noun
                    and rules.outcome_bare.search(bare)
                    and (om := rules.outcome_end.search(last.noun)) is not None
                    and om.start() >= 2
                ):
                    # 行政复议维持2件、纠正0件: a sibling outcome of what the fact before it
                    # names (纠正的行政复议), not an outcome of its outcome
                    prev_noun = last.noun[: om.start()]
                counted, derived = f"{bare}的{prev_noun}", True
            elif prev_noun is None and unit in rules.implied:
                # 组织业务培训班，全年举办了14期: the object named earlier in the sentence
                sent_lo = max(sentence_start, n.start - LEFT_REACH)  # not across a sentence end
                im = _last_match(rules.implied[unit], s, sent_lo, n.start)  # the last one named
                counted, derived = (im.group(0), True) if im else (None, False)
                if im:
                    # its indicator is read with the words that make it a kind (常务会议: the
                    # executive meetings, 专题培训班), up to IMPLIED_REACH characters before it
                    implied_ctx = _nospace(s[max(sent_lo, im.start() - IMPLIED_REACH) : im.end()])
            else:
                counted = None
                f_lo = max(sentence_start, lo - FRAME_REACH)
                if n.kind == "count" and unit not in rules.event_units and s.find("中", f_lo, lo) >= 0:
                    # 收到的复议申请中，维持4件，纠正1件: an outcome of what the frame names, when
                    # that makes an indicator (else the thing stays implied)
                    fm = _last_match(RE_FRAME, s, f_lo, lo)
                    if fm is not None:
                        frame = fm.group(1).rpartition("的")[2]
                        ctx = f"{bare}的{frame}"
                        if len(frame) >= 2 and _indicator(ctx, unit, era, s, sentence_start, n.start):
                            counted, derived = ctx, True
        else:
            counted = noun
        indicator = None
        if (
            change is None
            and not number_first
            and idx not in plan
            and left
            and has_list
            and (s.find("分别", lo, n.start) >= 0 or s.find("依次", lo, n.start) >= 0)
        ):
            mk = _last_match(RE_LIST_MARK, s, max(lo, l_start), n.start)  # the last 分别/依次
            if mk:
                plan, plan_head = _list_plan(s, numbers, idx, l_start, mk, era, sentence_start)
                if plan_head and idx in plan:
                    noun = plan_head  # the topic of a bare verb after the list (…，办结40件)
        item = plan.get(idx) if plan and change is None and not number_first else None
        if item is not None:
            counted = _noun_phrase_of(item[0])[0] or item[0]
            if n.kind in ("count", "amount"):
                indicator = item[1]
        elif counted and change is None and n.kind in ("count", "amount"):
            # The indicator is named by what is counted: the noun after a number that
            # precedes it with the verb just before the number (共收到70件申请; 六个部分 counts
            # 部分, whatever the clause said before), a derived phrase as a whole.
            if derived:
                context = implied_ctx or counted
            elif number_first:
                context = _nospace(s[max(lo, n.start - 6) : n.start]) + (right or "")
                if s.startswith("被", right_end):  # 1件行政复议案件结果被纠正: the outcome names the part
                    context += _nospace(s[right_end : min(hi, right_end + PASSIVE_REACH)])
            else:
                context = _nospace(s[lo : n.start])
                if "含" in context or "包括" in context:
                    context = RE_SCOPE_GLOSS.sub("", context)
            # 受理申请 is a disclosure request unless the sentence speaks of a service hall
            # (开设窗口24个，共受理申请136437件): entries with ``unless_sentence`` read it
            ie = _indicator_entry(context, unit, era)  # (_indicator without its call when no entry vetoes)
            indicator = (
                None if ie is None else ie.id if ie.unless is None else _indicator(context, unit, era, s, sentence_start, n.start)
            )
            topic = topics.get(unit)
            if (
                indicator is None
                and topic is not None
                and not number_first
                and (
                    s.find("其中", topic.end, n.start) >= 0
                    # 受理申请9件（当面提交6件，电子邮件3件）: a bracket opened right after the
                    # topic's count lists its parts, as 其中 does
                    or (s[topic.end : topic.end + 1] in ("（", "(") and not _closes(s, topic.end, n.start))
                )
            ):
                # 收到行政复议申请12件，其中维持原行政行为9件: a part of the sentence's topic
                # takes an indicator of its own with the topic's words (reviews_upheld), never
                # the topic's (that would count the part as the whole)
                part = _indicator(context + topic.noun, unit, era, s, sentence_start, n.start)
                if part != topic.fact.indicator:
                    indicator = part
        elif bare is not None and counted is None and change is None and unit in PERSON_UNITS and n.kind == "count":
            # 培训120人次, 参训300人: a bare verb that counts the people it acts on names
            # their indicator by itself (trainees), as 培训工作人员120人次 does
            indicator = _indicator(_nospace(bare), unit, era)
        raw = s[t_start:t_end]
        text = raw.strip()
        lead_ws = len(raw) - len(raw.lstrip()) if raw[:1].isspace() else 0
        fact = Fact(  # (positional: fact_id, sentence_id, value, unit, qualifier, counted,
            # indicator, text, start, end, change, upper)
            first_id + len(made),
            sentence_id,
            n.value,
            unit,
            qualifier,
            counted,
            indicator,
            text,
            offset + t_start + lead_ws,
            offset + t_start + lead_ws + len(text),
            change,
            n.upper,
        )
        if counted and made and made[-1].fact.unit == "类" and made[-1].fact.counted is None and made[-1].end == n.start:
            # 将8大类348项公共服务事项: the classes are classes of what the items right after them count
            made[-1].fact.counted = counted
        made.append(_Made(fact, t_start, t_end, noun, split_rest))
        if noun and unit not in topics:
            topics[unit] = made[-1]
        if t_end > prev_end:
            prev_end = t_end
    if carry is not None:
        carry.clear()
        carry.update(topics)
    return [m.fact for m in made]


def extract_facts(
    text: str, sentences: Sequence[Sentence], *, template: str | None = None
) -> list[Fact]:
    """Extract the numeric facts of every sentence of a report.

    Args:
        text: the report's normalised text (spans of ``sentences`` point into it).
        sentences: the report's sentences.
        template: the report's template; when ``None`` the era is guessed from the text
            (:func:`guess_era`) to choose era-specific indicators.

    Returns:
        Facts in sentence order with spans in ``text`` coordinates, ``fact_id`` from 1.

    >>> s = Sentence(sentence_id=1, section_id=None, kind="overview", text="开设窗口26个", start=0, end=7)
    >>> [(f.value, f.counted, f.start, f.end) for f in extract_facts("开设窗口26个", [s])]
    [(26, '窗口', 0, 7)]
    """
    rules = _rules()
    era = rules.era_of_template.get(template) if template else guess_era(text)
    out: list[Fact] = []
    carry: dict[str | None, _Made] = {}
    may_hold = may_hold_quantities
    for sent in sentences:
        chunk = text[sent.start : sent.end]
        if chunk != sent.text:
            log.debug("sentence %s: text differs from its span; using the span", sent.sentence_id)
        if not may_hold(chunk):
            # no quantity (most sentences): what _facts does for it, without its calls
            if carry and not RE_PART_OPENS.match(chunk):
                carry.clear()
            continue
        out.extend(_facts(chunk, rules, era, sent.start, sent.sentence_id, len(out) + 1, carry, True))
    return out
