"""Round 8 of prose facts (tests/cases/facts_probes_heldout7.yaml): a subject before 累计/共计
达到 (访问量累计达到1,560万人次), 较上年新增 as an increase, percentages and counts stated as
targets (力争…达到100%的目标, 下一步，确保…保持100%), 依申请公开信息数为 naming its indicator, 票 as
a measure word (报关单2.3万票).

Every rule has cases that must match and cases that must not.
"""

from __future__ import annotations

import pytest

from textmine.facts import facts_in
from textmine.numbers import list_quantities


def _f(text: str, template: str | None = "gov2021") -> list[tuple[float, str | None, str | None, str | None, str | None]]:
    return [
        (float(f.value), f.unit, f.qualifier, f.change, f.indicator) for f in facts_in(text, template=template)
    ]


# --- the subject stands before 累计/共计/总计 + 达到/达/为 (not after it)
@pytest.mark.parametrize(
    ("text", "template", "fact"),
    [
        ("全盟政府网站访问量累计达到1,560万人次。", "gov2014", (1560, "万人次", "cumulative", None, "portal_visits")),
        ("主动公开政府信息累计达986条。", "gov2014", (986, "条", "cumulative", None, "active_items")),
        ("政务微博粉丝总数共计达到12.6万人。", "gov2021", (12.6, "万人", "total", None, "followers")),
        # a quoted slogan's numerals are words, not a date (“两微一端”粉丝总数)
        ("气象部门“两微一端”粉丝总数累计达86.5万人。", "gov2021", (86.5, "万人", "cumulative", None, "followers")),
    ],
)
def test_subject_before_cumulative_reach(text, template, fact):
    assert fact in _f(text, template)


@pytest.mark.parametrize(
    "text",
    [
        "2023年累计达到986条。",  # a year before 累计 is no subject
        "全年共计达到986条。",
    ],
)
def test_no_subject_from_a_period_before_cumulative(text):
    (f,) = facts_in(text, template="gov2014")
    assert f.counted is None and f.indicator is None


# --- 新增 after a comparison states an increase; alone it counts what was added
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("政务微信公众号关注人数达12.3万人，较上年新增2.1万人。", 2.1),
        ("共收到政府信息公开申请312件，较上年新增41件。", 41),
        ("开设专栏18个，比上年新增加5个。", 5),
    ],
)
def test_new_after_comparison_is_an_increase(text, value):
    assert [f.change for f in facts_in(text, template="gov2021") if float(f.value) == value] == ["increase"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("累计整合栏目1,128个，新增数据集236个。", 236),
        ("累计公开政府信息5.6万余条，本年新增3,826条。", 3826),
        ("全市共有政务新媒体账号87个，关停整合12个，新增5个。", 5),
    ],
)
def test_new_alone_is_no_change(text, value):
    assert [f.change for f in facts_in(text, template="gov2021") if float(f.value) == value] == [None]


# --- a target is no figure of the year
@pytest.mark.parametrize(
    "text",
    [
        "力争2026年底实现高频事项“一网通办”率达到100%的目标。",
        "下一步，确保政府信息公开申请按时答复率保持100%，政策解读率达到100%。",
        "力争全区政务公开标准目录覆盖率达到95%以上。",
        "今后将继续确保依申请公开按时办结率100%。",
        "新的一年，力争主动公开政府信息不少于5000条。",
        "全年实现按时答复率达到98%的工作目标。",
    ],
)
def test_targets_are_no_facts(text):
    assert facts_in(text, template="gov2021") == []


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("全年按时答复率达到100%。", [(100, "%", None, None, None)]),
        # a weight in a target appraisal is a fact; 目标考核 is no target
        ("将政务公开工作纳入年度目标考核，分值占比5%。", [(5, "%", None, None, None)]),
        ("将政务公开纳入目标考核，占总分的4%。", [(4, "%", None, None, None)]),
        ("全年完成95%的目标任务。", [(95, "%", None, None, None)]),
        # 争取 money is money obtained, not a target
        ("全年争取上级资金1.2亿元。", [(1.2, "亿元", None, None, None)]),
        # a number before 力争 is stated, not aimed at
        ("全年主动公开政府信息1,200条，力争明年有新突破。", [(1200, "条", None, None, "active_items")]),
    ],
)
def test_rates_and_counts_stated_stay_facts(text, facts):
    assert _f(text) == facts


# --- 依申请公开信息数为N条: the row of the 2014 table in prose
def test_info_on_request_with_wei():
    assert (37, "条", None, None, "info_on_request") in _f("依申请公开信息数为37条。", "gov2014")


def test_info_on_request_not_a_request_count():
    assert all(f[4] != "info_on_request" for f in _f("依申请公开信息的申请人共37条意见。", "gov2014"))


# --- 票 is a measure word; 一票否决 and 票据 are words
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("在“互联网+海关”平台办理业务2.3万票。", 2.3, "万票"),
        ("全年审核报关单8,624票。", 8624, "票"),
    ],
)
def test_piao_counts(text, value, unit):
    assert [(float(f.value), f.unit) for f in facts_in(text, template="gov2021")] == [(value, unit)]


@pytest.mark.parametrize("text", ["对政务公开工作实行一票否决。", "开具一票据。", "实行一票制。"])
def test_piao_words_are_no_numbers(text):
    assert [n for n in list_quantities(text) if n.unit == "票"] == []
