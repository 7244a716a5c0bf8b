"""Enumerated items of problems, plans and measures sections (SCHEMA.md §4 ``items``).

Reports list their problems and plans as enumerations: 一是…二是…, （一）…（二）…, 1.…2.…,
1、…, （1）…, ①…, 第一…第二…, 首先…其次…最后…. :func:`split_items` finds them in ``problems``
and ``plans`` sections (and in ``measures`` written as lists) and returns one
:class:`~textmine.model.Item` per entry, with its span (from its marker to the next marker, or
to the end of the enumeration's sentence for inline markers and of its paragraph or section
for heading-like markers), its section, kind, themes and whether it is ``concrete``.

Where numbered sub-headings are already sections (（一）进一步充实… under a plans heading),
each sub-section is an item, unless its title is itself a kind heading (（二）改进措施), which
is then searched like a section; such a split head whose body holds no enumeration
(（一）存在的主要问题。社区公开栏更新不够及时。) is one item, its body. An enumeration in a ``problems`` section introduced by an
improvement cue (改进措施, 下一步, 将采取…) is given kind ``plans``.

Example:
    >>> from textmine.model import Section
    >>> text = "五、存在的问题\\n一是公开不够全面；二是平台有待完善。"
    >>> sec = Section(1, None, 1, "五", "存在的问题", "problems", 0, len(text), 8)
    >>> [i.text for i in split_items(text, [sec], [])]
    ['一是公开不够全面；', '二是平台有待完善。']
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textmine.model import Item, Section, Sentence

logger = logging.getLogger(__name__)

#: Section kinds whose enumerations are items.
ITEM_KINDS: tuple[str, ...] = ("problems", "plans", "measures")

#: Chinese ordinals used by enumeration markers.
CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}

#: Lookbehind: a marker that starts a clause (text start, whitespace or punctuation before it).
_CLAUSE = r"(?<![^\s，,；;。：:！？!?、）)”\"])"


def _after_clause(width: int) -> str:
    """The :data:`_CLAUSE` test written ``width`` characters into the marker: the same
    condition on the character before it, but the pattern now opens with a character class,
    so the engine skips ahead to where a marker can start instead of trying every position."""
    return _CLAUSE[:-1] + "." * width + ")"


#: Enumeration markers without the clause test, by style; group 1 is the ordinal: a marker
#: right at the start of a section's body (（二）改进措施一是…) starts a clause even when the
#: heading ends without punctuation.
RE_MARKERS_AT_START: dict[str, re.Pattern[str]] = {
    # （一） (一)
    "paren_cn": re.compile(r"[（(]([一二三四五六七八九十]{1,3})[）)]"),
    # （1） (1)
    "paren_ar": re.compile(r"[（(](\d{1,2})[）)]"),
    # 一是 二是
    "shi": re.compile(r"([一二三四五六七八九十]{1,3})是"),
    # 第一， 第二、 (not 第一平台)
    "di": re.compile(r"第([一二三四五六七八九十]{1,3})(?=[，,、：:；;]|是)"),
    # 1. 1、 1． (not 1.5 or 2016)
    "arabic": re.compile(r"(\d{1,2})[、.．](?![\d\s%])"),
    # ① ②
    "circled": re.compile(r"([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"),
    # 首先 其次 再次 然后 最后
    "sequence": re.compile(r"(首先|其次|再次|然后|最后)"),
}

#: Enumeration markers by style; group 1 is the ordinal. Inline styles end at their sentence.
#: 一是, 第一, 1. and 首先 must start a clause (so 统一是 is not a marker): the test of
#: :data:`_CLAUSE` on the character before the marker, written after its first character(s).
RE_MARKERS: dict[str, re.Pattern[str]] = {
    "paren_cn": RE_MARKERS_AT_START["paren_cn"],
    "paren_ar": RE_MARKERS_AT_START["paren_ar"],
    "shi": re.compile(rf"([一二三四五六七八九十]{_after_clause(1)}[一二三四五六七八九十]{{0,2}})是"),
    "di": re.compile(rf"第{_after_clause(1)}([一二三四五六七八九十]{{1,3}})(?=[，,、：:；;]|是)"),
    "arabic": re.compile(rf"(\d{_after_clause(1)}\d?)[、.．](?![\d\s%])"),
    "circled": RE_MARKERS_AT_START["circled"],
    # every word is two characters long
    "sequence": re.compile(rf"((?:首先|其次|再次|然后|最后){_after_clause(2)})"),
}

#: Styles whose items run inside one sentence (the last item ends with that sentence).
INLINE_STYLES = frozenset({"shi", "di", "circled", "sequence"})

#: How a report names itself as the one who acts: 我们, 我厅, 我街道, 本机关 ….
SELF = r"(?:我们|[我本](?:[厅局委办部署区县市镇乡省州旗院]|街道|中心|单位|机关|部门|公司))"

#: Words that introduce improvements rather than problems (in the lead-in of a list).
RE_PLAN_CUE = re.compile(
    r"改进|整改|下一步|工作打算|工作计划|将采取|以下措施|以下工作|努力方向|工作思路"
    rf"|(?:{SELF}|年)将"
)

#: Where a problems section turns to what will be done, at the start of a sentence (a PDF's hard wrap may
#: fall between the year and its comma: 2012年\n，市政府将…, or inside the year: 201\n6年，区政府将…):
#: 下一步，… / 下阶段，… / 今后，… / 2024年，我局将… (二〇一〇年，市政府将… in an old report) / 为此，县政府将… /
#: 改进措施：… / 针对上述问题，… / 我厅将…, and what looks ahead to them: 展望2024年，我市将… / 展望新的一年，….
RE_PLAN_TURN = re.compile(
    r"(?:在|展望)?(?:下一步|下步|今后|接下来|下一?阶段|未来|新的一年|明年"
    rf"|(?:(?:为此|对此)[，,]?|(?:(?:1\n?9|2\n?0)\n?\d\n?\d|[一二][〇○零一二三四五六七八九]{{3}})\s*年(?:度)?\s*[，,]?)\s*(?:{SELF}"
    r"|[\u4e00-\u9fff]{2,10}?(?=将(?!近|达|超)))?(?:将|要|拟)"
    r"|(?:改进|整改)(?:措施|方向|计划|情况)[：:]|针对(?:上述|以上|存在的|这些)?(?:问题|不足)"
    rf"|{SELF}(?:将|要|拟|计划))"
)

#: End of a sentence (inline items) and of a paragraph (heading-like items).
RE_SENTENCE_END = re.compile(r"[。！？!?\n]")
RE_PARAGRAPH_END = re.compile(r"\n")
RE_FULL_STOP = re.compile(r"[。！？!?]")

#: A named document: 《…》.
RE_DOCUMENT = re.compile(r"《[^》]{2,}》")
#: A quoted name “…”; concrete when it names an object (suffix) or holds letters/digits.
RE_QUOTED = re.compile(r"[“\"「]([^”\"」]{2,40})[”\"」]")
RE_OBJECT_SUFFIX = re.compile(
    r"(系统|平台|网|网站|APP|app|专栏|栏目|专区|热线|公众号|号|库|目录|指南|清单|制度|办法|方案|规定|意见|通知|计划|要点|标准|规范|手册|工程|中心|窗口)$"
)
#: The object word right after a quoted name: “政府信息公开”专栏.
RE_OBJECT_AFTER = re.compile(
    r"(系统|平台|网站|APP|app|专栏|栏目|专区|热线|公众号|小程序|目录|指南|清单|制度|办法|方案|手册|工程|窗口)"
)
RE_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
#: A number: Arabic digits, or a Chinese numeral with a measure word (两次, 三个).
RE_NUMBER = re.compile(
    r"\d|(?<![每这那任何第同单统进唯逐])[一二两三四五六七八九十百千万]+"
    r"(?:个|项|次|条|家|场|期|批|名|人次|件|篇|份|类|所|处)"
)
#: A deadline or time: 年底前, 6月底, 年内, 上半年, 第三季度, 2025年.
RE_DEADLINE = re.compile(
    r"年底|年末|年内|月底|月前|上半年|下半年|季度|前完成|限期|截至|\d{4}年|[一二三四五六七八九十]{1,2}月"
)

#: A tail after an item's last full stop shorter than this, without clause punctuation, is
#: a signature or date (平潭县人民政府 / 二○一三年一月二十日) and is trimmed.
MAX_TAIL = 30
RE_CLAUSE_PUNCT = re.compile(r"[，,；;：:、]")

#: How far before a list its lead-in (主要表现在： / 下一步将…) is looked for.
LEAD_CHARS = 120

_ORD_SEQUENCE = {"首先": 1, "其次": 2, "再次": 3, "然后": 3, "最后": 9}


@dataclass(frozen=True)
class _Marker:
    style: str
    number: int
    start: int
    end: int


@dataclass(frozen=True)
class _Run:
    style: str
    markers: tuple[_Marker, ...]
    end: int  # end of the last item

    @property
    def start(self) -> int:
        return self.markers[0].start


def _ordinal(style: str, token: str) -> int:
    if style in ("paren_ar", "arabic"):
        return int(token)
    if style == "circled":
        return ord(token) - ord("①") + 1
    if style == "sequence":
        return _ORD_SEQUENCE[token]
    if len(token) == 1:
        return CN_DIGITS[token]
    if token[0] == "十":
        return 10 + CN_DIGITS.get(token[1:], 0)
    tens = CN_DIGITS[token[0]] * 10
    return tens + (CN_DIGITS.get(token[2:], 0) if len(token) > 2 else 0)


def _markers(text: str, start: int, end: int, style: str) -> list[_Marker]:
    found = []
    first = RE_MARKERS_AT_START[style].match(text, start, end)
    matches = list(RE_MARKERS[style].finditer(text, start, end))
    if first and not (matches and matches[0].start() == start):
        matches.insert(0, first)
    for m in matches:
        try:
            found.append(_Marker(style, _ordinal(style, m.group(1)), m.start(), m.end()))
        except (KeyError, ValueError, IndexError):
            continue
    return found


def _runs_of(markers: list[_Marker]) -> list[list[_Marker]]:
    """Consecutive runs starting at 1; one skipped or repeated ordinal is tolerated (typos)."""
    runs: list[list[_Marker]] = []
    current: list[_Marker] = []
    for m in markers:
        last = current[-1].number if current else None
        if m.style == "sequence":
            ok = (
                last is not None
                and last != 9
                and m.number != 1
                and (m.number == 9 or m.number >= last)
            )
        else:
            ok = last is not None and last <= m.number <= last + 2 and m.number != 1
        if m.number == 1:
            if len(current) >= 2:
                runs.append(current)
            current = [m]
        elif ok:
            current.append(m)
        else:
            if len(current) >= 2:
                runs.append(current)
            current = []
    if len(current) >= 2:
        runs.append(current)
    return runs


def _sentence_end(text: str, pos: int, limit: int) -> int:
    m = RE_SENTENCE_END.search(text, pos, limit)
    return m.end() if m else limit


def _clip_to_prose(stop: int, first: int, sentences: Sequence[Sentence]) -> int:
    """End an item with the last sentence it overlaps (table text after prose is not prose)."""
    ends = [s.end for s in sentences if s.start < stop and s.end > first]
    return min(stop, max(ends)) if ends else stop


def _count_sentences(item: str) -> int:
    """Sentences in an item: full stops inside it, plus one for an unterminated tail."""
    body = item.rstrip()
    ends = len(RE_FULL_STOP.findall(body))
    return ends + (0 if body.endswith(("。", "！", "？", "!", "?")) else 1) if body else 0


def find_enumerations(
    text: str, start: int, end: int, *, sentences: Sequence[Sentence] = ()
) -> list[list[tuple[int, int]]]:
    """Enumerations in ``text[start:end]``: each a list of item spans ``(start, end)``.

    Runs of every marker style are found, then kept outermost-first without overlap (an
    enumeration nested inside an item of another is not returned). An inline list's last item
    gets as many sentences as its longest earlier item; a heading-like list's last item runs
    to the paragraph's end, clipped to the last of ``sentences`` it overlaps (so table text
    after the prose is left out).

    >>> find_enumerations("问题：一是甲不足；二是乙不够。另外", 0, 17)
    [[(3, 9), (9, 15)]]
    """
    runs: list[_Run] = []
    for style in RE_MARKERS:
        for run in _runs_of(_markers(text, start, end, style)):
            last = run[-1]
            if style in INLINE_STYLES:
                # the last item has as many sentences as the longest earlier item (within its paragraph)
                para = RE_PARAGRAPH_END.search(text, last.end, end)
                limit = para.start() if para else end
                want = max(
                    _count_sentences(text[a.start : b.start])
                    for a, b in zip(run, run[1:], strict=False)
                )
                stop = last.end
                for _ in range(max(want, 1)):
                    if stop >= limit:
                        break
                    stop = _sentence_end(text, stop, limit)
            else:
                m = RE_PARAGRAPH_END.search(text, last.end, end)
                stop = m.start() if m else end
            if sentences:
                stop = _clip_to_prose(stop, last.start, sentences)
            runs.append(_Run(style, tuple(run), stop))
    runs.sort(key=lambda r: (r.start, -r.end, list(RE_MARKERS).index(r.style)))
    kept: list[_Run] = []
    for run in runs:
        if all(run.start >= k.end or run.end <= k.start for k in kept):
            kept.append(run)
    out = []
    for run in sorted(kept, key=lambda r: r.start):
        bounds = [m.start for m in run.markers] + [run.end]
        spans = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            while b > a and text[b - 1].isspace():
                b -= 1
            spans.append((a, b))
        out.append(spans)
    return out


def is_concrete(text: str) -> bool:
    """Whether an item names an object, a number or a deadline (not generic boilerplate).

    Objects are documents in 《》 and quoted names of systems, platforms, catalogues, rules …
    (“政府信息公开”专栏); a quoted slogan (“以公开为原则，不公开为例外”) is not one. Pass
    the item text without its enumeration marker.

    >>> is_concrete("进一步加强政府信息公开工作"), is_concrete("年底前完成《公开指南》修订")
    (False, True)
    """
    if RE_DOCUMENT.search(text) or RE_NUMBER.search(text) or RE_DEADLINE.search(text):
        return True
    for m in RE_QUOTED.finditer(text):
        name = m.group(1)
        if (
            RE_ASCII_ALNUM.search(name)
            or RE_OBJECT_SUFFIX.search(name)
            or RE_OBJECT_AFTER.match(text, m.end())
        ):
            return True
    return False


def _strip_marker(text: str) -> str:
    for style in ("paren_cn", "paren_ar", "shi", "di", "arabic", "circled", "sequence"):
        m = RE_MARKERS[style].match(text)
        if m:
            return text[m.end() :]
    return text


def _trim_tail(text: str, start: int, end: int) -> int:
    """Drop an unpunctuated short tail after an item's last full stop (a signature or date)."""
    body = text[start:end]
    last = max(body.rfind(c) for c in "。！？!?")
    if last < 0:
        return end
    tail = body[last + 1 :]
    if tail.strip() and len(tail.strip()) <= MAX_TAIL and not RE_CLAUSE_PUNCT.search(tail):
        return start + last + 1
    return end


def _default_tagger() -> Callable[[str], tuple[str, ...]]:
    try:
        from textmine.themes import tag_text

        tag_text("")
        return tag_text
    except Exception as exc:  # noqa: BLE001 - themes are optional for items
        logger.debug("items: no theme tagger (%s); items get no themes", exc)
        return lambda _text: ()


def _is_kind_heading(title: str) -> bool:
    """Whether a sub-heading names an item kind (（二）改进措施) rather than a topic.

    A topic that merely mentions another section kind (（一）丰富政策解读形式 → ``response``)
    is not a kind heading.
    """
    try:
        from textmine.sections import classify_title

        return classify_title(title) in ITEM_KINDS
    except ImportError:  # pragma: no cover
        return bool(re.search(r"问题|措施|打算|计划|下一步", title))


def _body_span(text: str, sec: Section, prose: Sequence[Sentence]) -> tuple[int, int] | None:
    """The prose body of a section (after its heading), or None when it has none."""
    a, b = sec.heading_end, sec.end
    if prose:
        inside = [s for s in prose if s.start >= a and s.end <= b]
        if not inside:
            return None
        a, b = inside[0].start, inside[-1].end
    while a < b and (text[a].isspace() or text[a] in "，,、：:；;。"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if RE_FULL_STOP.search(text, a, b) or b - a >= 4 else None


#: Longest lead clause before a turn to plans that opens with the report itself (为此，我们将…).
MAX_TURN_LEAD = 12
#: The report naming itself as the one who will act, at the start of a clause: 我们将 / 我局将 ….
RE_SELF_WILL = re.compile(rf"{SELF}(?:将|要|拟|计划)")


def _starts_turn(text: str, pos: int, start: int) -> bool:
    """Whether a turn to plans found at ``pos`` starts a sentence, or the main clause after a
    short lead (为此，/ 对此，/ 为解决上述问题，) when it names the report as the one who acts.

    >>> t = "公开不及时。为此，我们将加强督查。"
    >>> _starts_turn(t, t.index("我们"), 0), _starts_turn("部分单位重视不够，各单位将…", 9, 0)
    (True, False)
    """
    if pos == start or text[pos - 1] in "。！？!?\n；; \t":
        return True
    if text[pos - 1] not in "，," or not RE_SELF_WILL.match(text, pos):
        return False
    lead = max(text.rfind(c, start, pos - 1) for c in "。！？!?\n；;")
    return pos - 1 - max(lead + 1, start) <= MAX_TURN_LEAD


def _year_turn(text: str, m: re.Match[str]) -> bool:
    """Whether a turn after a comma names a year later than every year the report states before it
    (社区公开栏更新不够及时，2025年街道将建立… in a 2024 report): the clause says what will be done,
    though it does not start the sentence.

    >>> t = "2024年公开186条。公开栏更新不及时，2025年街道将建立更新制度。"
    >>> _year_turn(t, RE_PLAN_TURN.search(t, 12))
    True
    >>> t = "2024年公开186条。公开栏更新不及时，2024年街道将其纳入考核。"
    >>> _year_turn(t, RE_PLAN_TURN.search(t, 12))
    False
    """
    return (m.start() > 0 and text[m.start() - 1] in "，," and re.match(r"(?:19|20)\d\d", m.group()) is not None
            and _looks_ahead(text, m))


#: What was already done (已将…纳入考核, 已经建立): a measure taken, not a plan.
RE_DONE = re.compile(r"已(?:经)?|均已")
#: An intention in the same sentence: 将 (not 已将), 要, 拟, 计划, 继续, 进一步.
RE_INTENT = re.compile(r"(?<![已均])将(?!近|达|超)|要|拟|计划|继续|进一步")
#: A turn that looks ahead by its words alone: 下一步, 今后, 明年 ….
RE_AHEAD_WORDS = re.compile(r"(?:在|展望)?(?:下一步|下步|今后|接下来|下一?阶段|未来|新的一年|明年)")


def _done_not_planned(text: str, m: re.Match[str]) -> bool:
    """Whether the sentence a turn opens only states what was already done (针对上述问题，我乡已将…纳入
    考核): no plan.

    >>> t = "针对上述问题，我乡已将信息公开纳入考核。"
    >>> _done_not_planned(t, RE_PLAN_TURN.search(t)), _done_not_planned("针对上述问题，我乡将加强考核。", RE_PLAN_TURN.search("针对上述问题，我乡将加强考核。"))
    (True, False)
    """
    end = RE_SENTENCE_END.search(text, m.end())  # past the turn itself, which a hard wrap may cut (2012年\n，…)
    sentence = text[m.start() : end.start() if end else len(text)]
    return bool(RE_DONE.search(sentence)) and not RE_INTENT.search(sentence)


def _looks_ahead(text: str, m: re.Match[str]) -> bool:
    """Whether a turn outside the problems part speaks of the future: by its words (下一步, 今后), or
    by a year later than every year the report states before it (2021年，我局将… in a 2020 report;
    2020年，我局将…纳入考核 there is the year's own work).

    >>> t = "2020年，全年公开信息。2021年，我局将加大公开力度。"
    >>> _looks_ahead(t, RE_PLAN_TURN.search(t, 11)), _looks_ahead("2020年，我局将公开纳入考核。", RE_PLAN_TURN.search("2020年，我局将公开纳入考核。"))
    (True, False)
    """
    if RE_AHEAD_WORDS.match(m.group()):
        return True
    year = re.match(r"(?:展望)?((?:19|20)\d\d)", m.group())
    before = [int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年", text[: m.start()])]
    return bool(year) and bool(before) and int(year.group(1)) > max(before)


#: A part's heading that names the problems after another part it merges with (2019 format, part 四:
#: 因政府信息公开申请提起行政复议、行政诉讼情况及存在的主要问题, kind ``appeals``): its text turns to what will be
#: done as a problems part's does.
RE_NAMES_PROBLEMS = re.compile(r"(?:及|和|与|、)存在的?(?:主要)?(?:问题|不足)")


def _names_problems(title: str) -> bool:
    """Whether a heading of another kind names the problems too (a merged part).

    >>> _names_problems("因政府信息公开申请提起行政复议、行政诉讼情况及存在的主要问题"), _names_problems("行政复议、行政诉讼情况")
    (True, False)
    """
    return RE_NAMES_PROBLEMS.search(title or "") is not None


def _plan_turns(
    text: str,
    sections: Sequence[Section],
    prose: Sequence[Sentence],
    spans: list[tuple[int, int, int | None, str]],
) -> list[tuple[int, int, int | None, str]]:
    """A ``plans`` item where a problems section turns to what will be done (下一步，我厅将…), or
    where the other-matters part looks ahead (下一步 …, 2021年，我局将… in a 2020 report).

    Used when the report has no plans section and no plans list: the item runs from the turn
    to the end of the section's prose; a problems item running over the turn ends there. A turn
    whose sentence only states what was already done (针对上述问题，我乡已将…) is none.
    """
    out = list(spans)
    parts = [s for s in sections if s.level == 1]
    last = max(parts, key=lambda s: s.start) if parts else None
    for sec in sections:
        problems = sec.kind == "problems" or _names_problems(sec.title)
        # the report's closing paragraph, in its last part whatever that part is about (今后，我局将… after 行政复议)
        closing = sec is last and not problems and sec.kind != "other"
        if not (problems or sec.kind == "other" or closing) or sec.level != 1:
            continue
        a, b = sec.heading_end, sec.end
        m = next((m for m in RE_PLAN_TURN.finditer(text, a, b) if (_starts_turn(text, m.start(), a) or _year_turn(text, m))
                  and not _done_not_planned(text, m) and (problems or _looks_ahead(text, m))
                  and (not closing or text[m.start() - 1 : m.start()] == "\n")), None)
        if m is None:
            continue
        start = m.start()
        end = _clip_to_prose(b, start, prose) if prose else b
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 6:
            continue
        out = [(x, min(y, start) if x < start else y, sid, k) for x, y, sid, k in out
               if not (start <= x < end and k == "problems")]
        out = [t for t in out if t[1] > t[0]]
        out.append((start, end, sec.section_id, "plans"))
    return out


#: What a problem is said with (不够, 有待, 滞后 …): a list item without any of these states no shortfall.
RE_SHORTFALL = re.compile(
    r"不够|不足|不强|不高|不及时|不到位|不规范|不完善|不健全|不平衡|不充分|不深入|不全面|不统一|不便|有待|欠缺|缺乏|较少|偏少"
    r"|滞后|薄弱|单一|差距|短板|问题|困难|尚未|尚需|仍需|还需|仍有|存在"
)


def _list_after_problems(sec: Section, lead: str, items: Sequence[str]) -> bool:
    """Whether a list of a part headed by both problems and improvements (存在的主要问题及改进情况) is its
    improvements though no cue leads it in: the sentence before it has stated the problems and closed
    (…存在的问题主要是基层公开不够规范。), and no item states a shortfall (一是持续推进…；二是加大…).

    >>> sec = Section(1, None, 1, "五", "存在的主要问题及改进情况", "problems", 0, 99, 14)
    >>> _list_after_problems(sec, "存在的问题是解读不够。\\n", ["一是加大解读力度；", "二是加强培训。"])
    True
    >>> _list_after_problems(sec, "工作中还存在一些问题。", ["一是公开内容不够丰富；", "二是更新有待加快。"])
    False
    >>> _list_after_problems(sec, "存在的问题主要有：", ["一是加大解读力度；", "二是加强培训。"])
    False
    """
    if RE_PLAN_CUE.search(sec.title) is None:
        return False
    closed = lead.rstrip()
    if not closed.endswith(("。", "！", "!")):
        return False
    last = closed[:-1]
    last = last[max(last.rfind(c) for c in "。！？!?\n") + 1 :]
    return RE_SHORTFALL.search(last) is not None and not any(RE_SHORTFALL.search(t) for t in items)


def _second_list_improves(sec: Section, n: int, spans: list[tuple[int, int, int | None, str]]) -> bool:
    """Whether the ``n``-th enumeration (from 0) of a problems section is its improvements: a part
    headed by both (存在的主要问题及改进情况, 问题和改进措施) that lists its problems first (一是…二是…)
    and then lists again from 一 without a cue (一是拓展公开内容…): the second list is what will be
    done. A part headed by problems alone keeps every list a list of problems.

    >>> sec = Section(1, None, 1, "五", "存在的主要问题及改进情况", "problems", 0, 99, 14)
    >>> _second_list_improves(sec, 1, [(20, 30, 1, "problems")]), _second_list_improves(sec, 0, [])
    (True, False)
    >>> _second_list_improves(Section(1, None, 1, "五", "存在的主要问题", "problems", 0, 99, 9), 1, [(20, 30, 1, "problems")])
    False
    """
    return (n >= 1 and RE_PLAN_CUE.search(sec.title) is not None
            and any(sid == sec.section_id and k == "problems" for *_, sid, k in spans))


def _unheaded_plan_turn(
    text: str, prose: Sequence[Sentence], spans: list[tuple[int, int, int | None, str]]
) -> list[tuple[int, int, int | None, str]]:
    """A ``plans`` item in a report without parts (one run of paragraphs, no heading): where a
    sentence turns to what will be done and looks ahead (下一步，… / 2016年，我局将… in a 2015 report),
    as the other-matters part is read; the item runs to the end of that paragraph.

    >>> t = "2015年，我局公开信息186条。2016年，我局将建立更新制度。\\n三亚市水务局"
    >>> [(text, k) for a, b, _, k in _unheaded_plan_turn(t, [], []) for text in [t[a:b]]]
    [('2016年，我局将建立更新制度。', 'plans')]
    """
    for m in RE_PLAN_TURN.finditer(text):
        if not _starts_turn(text, m.start(), 0) or _done_not_planned(text, m) or not _looks_ahead(text, m):
            continue
        end_m = RE_PARAGRAPH_END.search(text, m.start())
        end = end_m.start() if end_m else len(text)
        if prose:
            end = min(end, _clip_to_prose(end, m.start(), prose))
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        if end - m.start() >= 6:
            return [*spans, (m.start(), end, None, "plans")]
    return spans


def split_items(
    text: str,
    sections: Sequence[Section],
    sentences: Sequence[Sentence] = (),
    *,
    tagger: Callable[[str], tuple[str, ...]] | None = None,
) -> list[Item]:
    """Enumerated problem, plan and measure items of one report.

    Args:
        text: the report's normalised text (all spans point into it).
        sections: its sections (from :func:`textmine.sections.find_sections`).
        sentences: its sentences; used to end an inline list at its sentence's end.
        tagger: text → theme ids (default :func:`textmine.themes.tag_text`, or no themes
            when the codebook cannot be loaded).

    Returns:
        Items in text order, ``item_id`` from 1.

    >>> split_items(report.text, report.sections, report.sentences)  # doctest: +SKIP
    """
    tag = tagger if tagger is not None else _default_tagger()
    prose = [s for s in sentences if s.kind != "closing"]
    children: dict[int | None, list[Section]] = {}
    for s in sections:
        children.setdefault(s.parent_id, []).append(s)
    for kids in children.values():
        kids.sort(key=lambda s: s.start)

    def descendants(sid: int) -> list[int]:
        out = []
        for k in children.get(sid, []):
            out.append(k.section_id)
            out.extend(descendants(k.section_id))
        return out

    by_id = {s.section_id: s for s in sections}
    spans: list[tuple[int, int, int | None, str]] = []  # start, end, section_id, kind
    skip: set[int] = set()
    for sec in sorted(sections, key=lambda s: (s.start, s.level)):
        if sec.section_id in skip or sec.kind not in ITEM_KINDS:
            continue
        kids = children.get(sec.section_id, [])
        body_end = kids[0].start if kids else sec.end
        previous_end = sec.heading_end
        enums = find_enumerations(text, sec.heading_end, body_end, sentences=prose)
        for n, enum in enumerate(enums):
            lead = text[max(previous_end, enum[0][0] - LEAD_CHARS) : enum[0][0]]
            kind = "plans" if sec.kind == "problems" and (
                RE_PLAN_CUE.search(lead) or _second_list_improves(sec, n, spans)
                or _list_after_problems(sec, lead, [text[a:b] for a, b in enum])) else sec.kind
            spans.extend((a, b, sec.section_id, kind) for a, b in enum)
            previous_end = enum[-1][1]
        parent = by_id.get(sec.parent_id) if sec.parent_id is not None else None
        if (
            not enums
            and not kids
            and parent is not None
            and parent.kind in ("problems", "plans")
            and sec.kind in ("problems", "plans")
            and _is_kind_heading(sec.title)
        ):
            span = _body_span(text, sec, prose)
            if span:
                spans.append((*span, sec.section_id, sec.kind))
        if sec.kind in ("problems", "plans"):
            topical = [
                k for k in kids if k.kind in ("problems", "plans") and not _is_kind_heading(k.title)
            ]
            if len(topical) >= 2:
                lead = text[max(sec.heading_end, body_end - LEAD_CHARS) : body_end]
                for k in topical:
                    kind = "plans" if k.kind == "problems" and (
                        RE_PLAN_CUE.search(lead)
                        or _list_after_problems(sec, lead, [text[t.start : t.end] for t in topical])) else k.kind
                    end = _clip_to_prose(k.end, k.start, prose) if prose else k.end
                    while end > k.start and text[end - 1].isspace():
                        end -= 1
                    spans.append((k.start, end, k.section_id, kind))
                    skip.add(k.section_id)
                    skip.update(descendants(k.section_id))
    if not any(s.kind == "plans" for s in sections) and not any(k == "plans" for *_, k in spans):
        spans = _plan_turns(text, sections, prose, spans)
        if not any(s.level == 1 for s in sections):
            spans = _unheaded_plan_turn(text, prose, spans)
    spans = [(a, _trim_tail(text, a, b), sid, kind) for a, b, sid, kind in spans]
    spans.sort(key=lambda t: (t[0], t[1]))
    items = []
    for n, (a, b, sid, kind) in enumerate(spans, start=1):
        body = text[a:b]
        items.append(
            Item(
                item_id=n,
                section_id=sid,
                kind=kind,
                text=body,
                start=a,
                end=b,
                themes=tuple(tag(body)),
                concrete=is_concrete(_strip_marker(body)),
            )
        )
    return items
