"""Round 9 of prose facts (tests/cases/facts_probes_heldout8.yaml, facts_probes_heldout9.yaml):
a count of percentages (实现“两个100%”, 三个100%) names a slogan of targets: neither the count nor
the percentage is a figure of the year; a field label naming a class of documents or cases before
a colon (主动公开政府信息：2,345条) is the counted phrase; a percentage range whose bounds each carry
the sign (40%—50%) is one range; 九成五 is 9.5 成; a year in full-width digits (较２０２２年增加１５件)
is a comparison's period as an ASCII one is; 压缩/缩短 state a decrease (压缩50%); a bare 培训/参训
before a count of people names trainees (培训一百二十人次); the noun counted after a number ends
before 设立/建立/开设/设置 and a trailing 均 (在12个行政村设立政务公开栏12块: 行政村, then 政务公开栏); a
label before a colon that names an indicator is the counted phrase (回应社会关切：15次); 压缩比例/压缩率
name a decrease, as 降幅 does (压缩比例达75.6%).

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


# --- N个 + a percentage: a slogan of targets, not a count and not a rate reached
@pytest.mark.parametrize(
    "text",
    [
        "确保实现“两个100%”目标。",
        "全面实现三个100%。",
        "做到‘两个100%’。",
        "实现“四个 100%”要求。",
    ],
)
def test_count_of_percentages_is_a_slogan(text):
    assert _f(text) == []


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the rates that spell the slogan out are facts
        ("确保实现“两个100%”目标，即依申请公开按时答复率100%、规范性文件公开率100%。", (100, "%", None, None, None)),
        # a count of things before a rate is a count (三个区县 … 100%)
        ("三个区县的公开率100%。", (3, "个", None, None, None)),
        ("三个区县的公开率100%。", (100, "%", None, None, None)),
        # N个 with a clause between it and a percentage counts things
        ("新增专栏3个，占比100%。", (3, "个", None, None, None)),
        ("按时答复率100%，三个部门参与。", (100, "%", None, None, None)),
    ],
)
def test_counts_and_rates_beside_percentages_stay(text, fact):
    assert fact in _f(text)


def test_spelled_out_rates_count_twice():
    got = _f("确保实现“两个100%”目标，即依申请公开按时答复率100%、规范性文件公开率100%。")
    assert got == [(100.0, "%", None, None, None), (100.0, "%", None, None, None)]


# --- a field label before a colon naming a class of documents or cases
@pytest.mark.parametrize(
    ("text", "value", "counted", "indicator"),
    [
        ("主动公开政府信息：2,345条；其中政策文件：126件。", 2345, "主动公开政府信息", "active_items"),
        ("主动公开政府信息：2,345条；其中政策文件：126件。", 126, "政策文件", None),
        ("行政复议案件：2件，行政诉讼案件：1件。", 2, "行政复议案件", "review"),
        ("政府信息公开申请：36件。", 36, "政府信息公开申请", "new_received"),
        ("政务服务事项：1,245项。", 1245, "政务服务事项", None),
    ],
)
def test_document_class_label_before_colon(text, value, counted, indicator):
    got = [(f.counted, f.indicator) for f in facts_in(text, template="gov2021") if float(f.value) == value]
    assert got == [(counted, indicator)]


@pytest.mark.parametrize("text", ["主要内容：12件。", "工作情况：3件。", "具体要求：5条。"])
def test_heading_before_colon_is_no_label(text):
    (f,) = facts_in(text, template="gov2021")
    assert f.counted is None and f.indicator is None


# --- 40%—50%: one range, the upper bound with its own sign
@pytest.mark.parametrize(
    ("text", "lower", "upper"),
    [
        ("网上申请比例提高到40%—50%。", 40, 50),
        ("同比增长２０％～３０％。", 20, 30),
        ("比例为40%至50%之间。", 40, 50),
        ("占比12.5%-15%。", 12.5, 15),
    ],
)
def test_percent_range_with_both_signs(text, lower, upper):
    (f,) = facts_in(text, template="gov2021")
    assert (float(f.value), float(f.upper)) == (lower, upper) and f.unit == "%"


@pytest.mark.parametrize(
    "text",
    [
        "公开率40%，答复率50%。",  # two rates, a comma between
        "占比40%、50%和60%。",  # a list, not a range
        "公开率40%；答复率50%。",
    ],
)
def test_percents_apart_stay_apart(text):
    assert all(f.upper is None for f in facts_in(text, template="gov2021"))
    assert [q.value for q in list_quantities(text) if q.unit == "%"][:2] == [40, 50]


def test_percent_range_keeps_its_change():
    (f,) = facts_in("同比增长２０％～３０％。", template="gov2021")
    assert f.change == "increase"


# --- 九成五: tenths of 成
@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("按期办结率超过九成五。", 9.5, "more_than"),
        ("满意率达到八成三以上。", 8.3, "more_than"),
        ("网上申请占比约九成五左右。", 9.5, "about"),
        ("同比增长两成五。", 2.5, None),
    ],
)
def test_tenths_of_cheng(text, value, qualifier):
    (f,) = facts_in(text, template="gov2021")
    assert (float(f.value), f.unit, f.qualifier) == (value, "成", qualifier)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("按期办结率达九成，五个部门参与。", [(9, "成"), (5, "个")]),  # a comma ends the 成 figure
        ("超过三成一线人员参与。", [(3, "成")]),  # 一线 is a word
        ("九成五成", [(9, "成"), (5, "成")]),
    ],
)
def test_cheng_without_tenths(text, values):
    got = [(float(q.value), q.unit) for q in list_quantities(text) if q.unit in ("成", "个")]
    assert got == [(float(v), u) for v, u in values]


# --- a year in full-width digits is a year (the comparison, the baseline, the cut of the phrase)
@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("本年度申请数量为１２０件，较２０２２年增加１５件。", 15, "increase"),
        ("主动公开信息较２０２２年减少１２０条。", 120, "decrease"),
        ("本年度申请数量为120件，较2022年增加15件。", 15, "increase"),
    ],
)
def test_fullwidth_year_in_comparison(text, value, change):
    assert [f.change for f in facts_in(text, template="gov2021") if float(f.value) == value] == [change]


def test_fullwidth_baseline_is_skipped():
    got = _f("较２０２２年的１０５件增加１５件。")
    assert got == [(15.0, "件", None, "increase", None)]


@pytest.mark.parametrize("text", ["２０２２年收到申请１５件。", "2022年收到申请15件。"])
def test_fullwidth_year_alone_is_no_change(text):
    assert [f.change for f in facts_in(text, template="gov2021")] == [None]


# --- 压缩/缩短: a decrease
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全市企业开办时间压缩50%。", 50),
        ("审批时间较上年压缩30%。", 30),
        ("会议数量较上年压缩12个。", 12),
        ("平均办理时间缩短40%。", 40),
    ],
)
def test_compress_is_a_decrease(text, value):
    assert [f.change for f in facts_in(text, template="gov2021") if float(f.value) == value] == ["decrease"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("压缩会议12个。", 12),  # a count of what was cut, no comparison: no change stated
        ("文件压缩包3个。", 3),
    ],
)
def test_compress_without_comparison_counts(text, value):
    assert [f.change for f in facts_in(text, template="gov2021") if float(f.value) == value] == [None]


def test_compressed_to_a_duration_is_no_fact():
    assert _f("办理时限压缩至3个工作日。") == []


# --- a bare 培训/参训 before a count of people: trainees
@pytest.mark.parametrize(
    "text",
    ["全年共举办培训班五期，培训一百二十人次。", "培训120人次。", "参训300人。", "组织培训，受训干部职工85人次。"],
)
def test_bare_training_verb_counts_trainees(text):
    people = [f.indicator for f in facts_in(text, template="gov2014") if f.unit in ("人", "人次")]
    assert people == ["trainees"]


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("接待120人次。", "gov2014"),  # 接待 names no indicator
        ("解答120人次。", "gov2014"),
        ("培训120人次。", "gov2021"),  # trainees is a row of the 2014 table only
        ("办结12件。", "gov2021"),  # not a count of people
    ],
)
def test_other_bare_verbs_name_nothing(text, template):
    assert [f.indicator for f in facts_in(text, template=template)] == [None]


# --- the noun after a number ends before 设立/建立/开设/设置 (and a trailing 均)
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("乡政府在12个行政村设立政务公开栏12块。", ["行政村", "政务公开栏"]),
        ("在5个社区建立便民服务站5个。", ["社区", "便民服务站"]),
        ("全区18个部门开设专栏36个。", ["部门", "专栏"]),
        ("县图书馆和十二个乡镇便民服务中心均设立政府信息查阅点。", ["乡镇便民服务中心"]),
        ("开设专栏5个，设置窗口3个。", ["专栏", "窗口"]),
    ],
)
def test_counted_noun_ends_before_a_setting_up_verb(text, counted):
    assert [f.counted for f in facts_in(text, template="gov2021")] == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("设置查阅点3个。", ["查阅点"]),
        ("3个人均", ["人均"]),  # 人均 is a word, not the adverb 均
        ("机构设置3个。", ["机构设置"]),  # 设置 as the noun's last word, not a verb before it
    ],
)
def test_setting_up_words_inside_nouns_stay(text, counted):
    assert [f.counted for f in facts_in(text, template="gov2021")] == counted


def test_setting_up_verb_keeps_reading_points_indicator():
    assert [f.indicator for f in facts_in("设置查阅点3个。", template="gov2014")] == ["reading_points"]


# --- a label before a colon that names an indicator
@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("回应社会关切：15次。", 15, "response_hotspots"),
        ("主动公开规范性文件：36件；政策解读稿件：42篇。", 42, "interpretations"),
        ("新闻发布会：6场。", 6, "press_conferences"),
    ],
)
def test_indicator_label_before_colon(text, value, indicator):
    assert [f.indicator for f in facts_in(text, template="gov2021") if float(f.value) == value] == [indicator]


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("主要做法：12项。", "gov2021"),
        ("具体情况如下：8次。", "gov2021"),
        ("专项经费：3项。", "gov2014"),  # names budget, an amount in 元, not a count of 项
    ],
)
def test_plain_heading_before_colon_names_nothing(text, template):
    assert [(f.counted, f.indicator) for f in facts_in(text, template=template)] == [(None, None)]


# --- 压缩比例/压缩率: a rate of reduction is a decrease (as 降幅)
@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("审批时限压缩至4.2个工作日，压缩比例达75.6%。", "decrease"),
        ("审批时限压缩率为60%。", "decrease"),
        ("压缩比例较上年提高5个百分点。", "increase"),  # the verb right before the number states the change
    ],
)
def test_compression_rate_is_a_decrease(text, change):
    assert [f.change for f in facts_in(text, template="gov2021")] == [change]
