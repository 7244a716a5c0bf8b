"""The scanner's speed shortcuts give what the plain path gives.

* A bare Arabic number ends at once when the next character starts none of its optional parts
  (``_build_scanner(fast_exit=True)``, the scanner in use): every match and every group span
  equals the plain pattern's.
* ``iter_quantities`` walks the text with ``quantity_regex``, which passes over characters
  that start no number, numbers that are no quantities and characters known to start none
  (一是, （以下简称）) inside the regex, and compares group numbers instead of names: it yields
  what the plain loop over ``regex.finditer`` and ``m.lastgroup`` yields.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textmine.model import Number
from textmine.numbers import (
    _QUANTITY_BRANCHES,
    RE_BARE_MAG_END,
    _bare_magnitude,
    _build_scanner,
    _number_from_match,
    _rejoined,
    _scanner,
    _score,
    find_numbers,
    iter_quantities,
    list_quantities,
    may_hold_quantities,
)

#: Digits, separators, every kind of character that may follow an Arabic numeral (suffix,
#: range, 余多来, 万亿, measure words and their blockers, spaces, line breaks) and some that
#: may not, Chinese numerals and the words around them.
_ALPHABET = (
    "0123456789０１２ ,，.．kKwWxA至到-－—~～余多来万萬亿億件个人次年月日元%％条项类期号"
    "\n\t\u3000\xa0《》“”第（）()、/:@一二两三十百千零统网通办同步是进"
    "四五九廿佰仟萬分之点部署以"
)

#: Strings that must give no number, or exactly the number the plain path gives.
_WORDS = [
    "一网通办", "三同步", "统一", "两三个", "进一步", "一是", "十四五", "两三个月", "1.", "2 3 4",
    "12 件", "3-5万元", "4，565件", "40k次", "3w人", "1,234,5678", "2016年", "2018-01-15",
    "0591-23165370", "3/4", "第3条", "《1号文件》", "7 万5 千4 百人次", "约200人参加", "12\n件",
    "12\u3000余件", "5千元", "8232万条", "3万4000人次", "1.2万", "26个", "26", "26x",
    "一是", "统一部署", "（以下简称）", "（一）", "( 3 )", "（2015）12号", "三分之一", "二〇一六年",
    "百分之五", "近万人", "逾千件", "十几个", "两 三个", "一 部", "三点五万元", "廿五件",
]


def _signature(rx: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.lastindex, m.regs) for m in rx.finditer(text)]


@pytest.fixture(scope="module")
def plain() -> re.Pattern[str]:
    return _build_scanner(fast_exit=False).regex


def test_the_scanner_in_use_takes_the_fast_exit(plain: re.Pattern[str]) -> None:
    assert _scanner().regex.pattern != plain.pattern
    assert _scanner().regex.groupindex == plain.groupindex


@pytest.mark.parametrize("text", _WORDS)
def test_fast_exit_matches_the_plain_scanner_on_hand_written_strings(plain: re.Pattern[str], text: str) -> None:
    for t in (text, f"共{text}。", f"{text}，收到申请3件"):
        assert _signature(_scanner().regex, t) == _signature(plain, t)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=16))
def test_fast_exit_matches_the_plain_scanner(text: str) -> None:
    assert _signature(_scanner().regex, text) == _signature(_build_scanner(fast_exit=False).regex, text)


@pytest.mark.parametrize("word", ["一网通办", "三同步", "统一", "进一步", "一是", "十四五"])
def test_words_that_are_no_numbers_stay_no_numbers(word: str) -> None:
    assert find_numbers(f"全面推行{word}，") == []
    assert list(iter_quantities(f"全面推行{word}，")) == []


def _plain_quantities(text: str) -> list[Number]:
    """iter_quantities as it was written first: branch names, every match through one function;
    with the two rules added since on an Arabic match (facts7): digits and 万/亿 at the end of
    a clause are a count (1.2万，), and a numeral a space or a line break split is read whole
    (1 258条)."""
    sc = _scanner()
    out = []
    for m in sc.regex.finditer(text):
        branch = m.lastgroup
        if branch not in _QUANTITY_BRANCHES:
            continue
        if branch == "ar" and m.group("aunit") is None:
            if m.group("ar")[-1] in "万亿" and RE_BARE_MAG_END.match(text, m.end("ar")):
                num = _bare_magnitude(m, text, sc)
            elif text.startswith("分", m.end("ar")):
                num = _score(m, text)
            else:
                continue
        else:
            num = _number_from_match(m, text, sc)
        if num is not None and branch == "ar" and num.start > 1 and text[num.start - 1].isspace() and (
            text[num.start - 2].isdigit() or text[num.start - 2].isspace()
        ):
            num = _rejoined(num, text, sc)
        if num is not None:
            out.append(num)
    return out


@pytest.mark.parametrize("text", _WORDS)
def test_iter_quantities_equals_the_plain_loop_on_hand_written_strings(text: str) -> None:
    for t in (text, f"较上年{text}，其中{text}；"):
        assert list(iter_quantities(t)) == _plain_quantities(t)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_ALPHABET + "百分之翻番¥￥〔〕", max_size=16))
def test_iter_quantities_equals_the_plain_loop(text: str) -> None:
    assert list(iter_quantities(text)) == _plain_quantities(text)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_ALPHABET + "百分之翻番¥￥〔〕", max_size=16))
def test_list_quantities_held_equals_iter_quantities(text: str) -> None:
    # held (the gate seen true by the caller) spares only a search: the numbers are the same;
    # the scan stops at the end of the text (a number ending it is still read)
    expected = list(iter_quantities(text))
    assert list_quantities(text) == expected
    if may_hold_quantities(text):
        assert list_quantities(text, held=True) == expected


def test_a_quantity_that_ends_the_text_is_read_and_nothing_after_it() -> None:
    assert [(n.value, n.unit) for n in list_quantities("办结171件", held=True)] == [(171, "件")]
    assert list_quantities("", held=True) == [] and list_quantities("统一思想", held=True) == []


def test_the_prose_scanner_is_compiled_only_when_find_numbers_needs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import textmine.numbers as numbers

    fresh = _build_scanner(fast_exit=True)
    monkeypatch.setattr(numbers, "_scanner", lambda: fresh)
    assert "regex" not in vars(fresh)
    found = [(n.value, n.unit) for n in iter_quantities("共受理申请12件，答复二十五件")]
    assert found == [(12, "件"), (25, "件")]
    assert "regex" not in vars(fresh)  # iter_quantities (the pipeline) never compiles it
    assert [n.value for n in find_numbers("2016年共办理3件")] == [2016, 3]
    assert "regex" in vars(fresh) and fresh.regex.pattern == fresh.regex_source


def test_a_unit_is_refused_before_each_of_its_blocked_characters() -> None:
    # the scanner writes a unit's blockers as one negative lookahead per character (cheaper to
    # compile than a character class): every blocker still refuses the unit, and the unit alone
    # is still read (项目, 条件, 个性 are no measure words; 3项，is)
    from textmine.lexicons import load_yaml

    blocked = load_yaml("units.yaml")["blocked_next"]
    tested = 0
    for unit, chars in blocked.items():
        unit = str(unit)
        end = 2 + len(unit)  # 甲3 and the unit
        if [q.end for q in iter_quantities(f"甲3{unit}，") if q.unit] != [end]:
            continue  # a unit read only in its own phrase (翻了一番)
        tested += 1
        for ch in str(chars):
            assert end not in [q.end for q in iter_quantities(f"甲3{unit}{ch}，") if q.unit], (unit, ch)
    assert tested >= len(blocked) - 2


# --- the quantity scan reads each number once, and the gate passes over years (speedFacts2)

#: A quantity of every numeral form (each must keep its sentence held by the gate).
_FORMS = [
    "受理申请12件", "发布信息1.2万条", "公开3,456条", "公开4，565件", "访问40k次", "培训3w人",
    "费用¥200", "占比百分之五", "千分之三", "投入三百万元", "两千余件", "近百场", "3至5件",
    "3-5万元", "3万4000人次", "7 万5 千4 百人次", "壹拾壹元整", "翻了两番", "增长两成",
    "办理12 件", "办结12\n件", "１２件", "２０１６年", "2016年3个月", "1.2016年", "3-2016年",
    "12016年", "二〇一六年受理申请十二件", "三分之一的申请共3件", "二千零一十六件", "廿五件",
]

#: Sentences whose only numbers are years, dates, codes, slogans or ordinals: no quantity.
_NO_QUANTITY = [
    "2016年", "2016年度", "2016 年", "于2016年1月1日起施行", "2016年至2020年", "2019-2020年",
    "二〇一六年", "全面推行一网通办", "一网通办，统一部署", "国办发〔2016〕12号", "第3条",
    "拨打12345热线", "十四五规划", "2016.12", "9:00", "（一）总体情况",
]


@pytest.mark.parametrize("text", _FORMS)
def test_the_gate_holds_every_numeral_form(text: str) -> None:
    for t in (text, f"2016年，{text}。", f"{text}，2016年"):
        assert list_quantities(t), t
        assert may_hold_quantities(t), t


@pytest.mark.parametrize("text", _NO_QUANTITY)
def test_no_quantity_in_years_dates_codes_and_slogans(text: str) -> None:
    assert list_quantities(text) == [] and list_quantities(f"{text}。", held=True) == []


@pytest.mark.parametrize("text", ["2016年", "2016年度", "2016 年", "于2016年1月1日起施行", "2016年至2020年", "全面推行一网通办"])
def test_the_gate_passes_over_sentences_whose_only_numbers_are_years(text: str) -> None:
    assert not may_hold_quantities(text) and not may_hold_quantities(f"自{text}以来，持续推进。")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=_ALPHABET + "百分之翻番¥￥〔〕", max_size=20))
def test_the_gate_never_drops_a_text_with_a_quantity(text: str) -> None:
    if list_quantities(text) and "数" not in text:
        assert may_hold_quantities(text)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["2016", "2020", "1998", "12", "3", "年", "件", "个", " ", ".", "-", "至", "，", "万", "度", "月"]), max_size=10))
def test_the_gate_never_drops_a_text_with_a_quantity_around_years(parts: list[str]) -> None:
    text = "".join(parts)
    if list_quantities(text):
        assert may_hold_quantities(text)


def test_the_quantity_scan_tries_only_quantity_branches_where_its_loop_stops() -> None:
    # every other branch failed just before at the same position (the loop tries them all):
    # the scan's groups are those of the quantity branches, each number is read once
    names = set(_scanner().quantity_regex.groupindex)
    assert _QUANTITY_BRANCHES <= names
    assert not names & {"doc", "pdoc", "ord", "pord", "yrange", "ymd", "iso", "cymd", "time", "md", "phone", "hao", "frac"}


@pytest.mark.parametrize("text", ["| 0 | 0 | 0 |", "0 0 0 0", "1.属于国家秘密0", "共3，其中1,", "26。"])
def test_bare_numbers_shown_by_the_next_character_are_passed_inside_the_loop(text: str) -> None:
    # a table row gives one match (to the end of the text), not one match per number
    assert next(_scanner().quantity_regex.finditer(text)).span() == (0, len(text))
    assert list_quantities(text) == _plain_quantities(text) == []


# --- a sentence with 数 is held only by the gate or a labelled number (speedFacts3)


@pytest.mark.parametrize("text", ["收到申请件（次）数为19", "办理人数：36", "案件数为3，其中", "场数共12"])
def test_a_labelled_number_holds_its_sentence(text: str) -> None:
    assert list_quantities(text) and may_hold_quantities(text)


@pytest.mark.parametrize("text", ["数据统计工作进一步加强", "总数12", "数量为2016年", "件数较多", "人数：若干"])
def test_a_sentence_with_shu_but_no_quantity_is_not_held(text: str) -> None:
    assert list_quantities(text) == [] and not may_hold_quantities(text)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=_ALPHABET + "数为是达共：:（）件次人条项", max_size=20))
def test_the_gate_never_drops_a_text_with_a_labelled_number(text: str) -> None:
    if list_quantities(text):
        assert may_hold_quantities(text)
