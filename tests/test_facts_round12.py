"""Round 12 of prose facts (tests/cases/facts_probes_heldout13.yaml): measure words the genre
uses and the lexicon lacked (帖 forum posts, 本 books, 组 groups and sets), the spoken numerals
俩 (= 两个) and 仨 (= 三个) before a measure word, and the cutting verbs 压减, 压降 and 削减 as
decreases after a comparison.

Every rule has cases that must read and cases that must NOT read.
"""

from __future__ import annotations

import pytest

from textmine.facts import facts_in
from textmine.numbers import iter_quantities


def _facts(text: str, template: str = "gov2021"):
    return [(float(f.value), f.unit, f.change) for f in facts_in(text, template=template)]


# --- 帖, 本, 组 as measure words
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("在政务论坛回复网民帖子2,340帖。", 2340, "帖"),
        ("为各乡镇配发《政府信息公开工作指南》520本。", 520, "本"),
        ("发放宣传手册两千本。", 2000, "本"),
        ("编印办事指南一本通3000本。", 3000, "本"),
        ("组建政策解读宣讲小组36组。", 36, "组"),
        ("“政策问答库”累计收录问答1,820组。", 1820, "组"),
    ],
)
def test_new_measure_words_read(text, value, unit):
    assert (float(value), unit, None) in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "每人回复3帖子。",  # 帖子 is a word
        "编制《政务服务一本通》，实行一本账管理。",  # names and slogans
        "县级1本级预算已公开。",  # 本级
        "做到一本正经。",
        "第一组完成任务。",  # an ordinal
        "成立3组织。",  # 组织
        "一组数据显示，群众满意度持续提升。",  # discourse
    ],
)
def test_new_measure_words_do_not_read(text):
    assert not [f for f in facts_in(text) if f.unit in ("帖", "本", "组")], text


# --- 俩 and 仨 before a measure word
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("镇党政办配备兼职信息员俩人。", 2, "人"),
        ("值班窗口仨人轮岗。", 3, "人"),
    ],
)
def test_spoken_numerals_read(text, value, unit):
    assert (float(value), unit, None) in _facts(text)


@pytest.mark.parametrize("text", ["他们俩一起办理。", "识破各种伎俩。", "哥儿仨都在。"])
def test_spoken_numerals_alone_do_not_read(text):
    assert facts_in(text) == []
    assert list(iter_quantities(text)) == []


# --- 压减, 压降, 削减 after a comparison are decreases; 压减至 states the level reached
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("公开镇级“三公”经费支出18.6万元，较上年压减2.3万元。", 2.3, "万元"),
        ("承诺时限较法定时限平均压减65%。", 65, "%"),
        ("行政成本同比压降12%。", 12, "%"),
        ("审批事项较上年削减15项。", 15, "项"),
    ],
)
def test_cutting_verbs_are_decreases(text, value, unit):
    assert (float(value), unit, "decrease") in _facts(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("会议经费压减至18万元。", 18, "万元"),  # the level reached, not the cut
        ("削减审批事项15项。", 15, "项"),  # no comparison: the items cut are counted
    ],
)
def test_cutting_verbs_without_a_change(text, value, unit):
    assert (float(value), unit, None) in _facts(text)
    assert not [c for _, _, c in _facts(text) if c]


def test_cut_time_limit_is_no_fact():
    # a duration stays no fact, whatever verb cuts it
    assert facts_in("审批时限压减至5个工作日。") == []
