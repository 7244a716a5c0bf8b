"""Rules of the genre found by the held-out facts probes (tests/cases/facts_probes_heldout.yaml).

Each rule has a case that must fire and one that must not.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from textmine.facts import facts_in
from textmine.numbers import find_numbers


def one(text: str, template: str | None = None):
    facts = facts_in(text, template=template)
    assert len(facts) == 1, [(f.value, f.unit, f.text) for f in facts]
    return facts[0]


@pytest.mark.parametrize(
    ("text", "template", "indicator"),
    [
        ("不同意公开答复2件", "gov2014", "replies_denied"),
        ("同意公开答复15件", "gov2014", "replies_granted"),
        ("同意公开12件", "gov2019", "granted"),
    ],
)
def test_a_refusal_is_not_a_grant(text, template, indicator):
    assert one(text, template).indicator == indicator


def test_not_granted_when_refused_in_the_new_era():
    assert one("不同意公开3件", "gov2019").indicator != "granted"


def test_the_reporting_body_does_not_name_the_category():
    assert one("省国土资源厅共主动公开政府信息1326条", "gov2014").indicator == "active_items"
    assert one("市国土资源局公开政府信息20条", "gov2014").indicator != "active_land"
    assert one("公开国土资源信息12条", "gov2014").indicator == "active_land"


def test_a_verb_after_the_count_is_not_what_it_counts():
    f = facts_in("设专职人员2名、兼职人员5名负责日常工作", template="local")[1]
    assert (f.value, f.counted) == (5, "兼职人员")
    assert one("配备3名负责人", "local").counted == "负责人"


@pytest.mark.parametrize("written", ["件（次）", "件(次)", "件/次"])
def test_jian_ci_written_with_brackets(written):
    f = one(f"受理申请12{written}", "gov2014")
    assert (f.value, f.unit) == (12, "件次")


def test_plain_jian_stays_jian():
    assert one("受理申请12件（含电话）", "gov2014").unit == "件"


@pytest.mark.parametrize("text", ["建立一人一档", "一户一策精准帮扶", "开展数十次活动", "服务数万人", "成千上万群众受益", "几十条意见"])
def test_slogans_and_vague_quantities_are_no_numbers(text):
    assert [n for n in find_numbers(text) if n.kind in ("count", "percent")] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("件数十二件", 12, "件"),
        ("占总数百分之八十", 80, "%"),
        ("每户1人", 1, "人"),
        ("办结率百分之百", 100, "%"),
    ],
)
def test_real_numbers_next_to_vague_words_stay(text, value, unit):
    nums = [(n.value, n.unit) for n in find_numbers(text) if n.kind in ("count", "percent")]
    assert nums == [(value, unit)]


def test_hundred_percent_as_a_manner_is_no_share():
    assert facts_in("以百分之百的热情做好服务") == []


def test_a_field_label_before_a_colon_names_the_value():
    f = one("收到政府信息公开申请数：36件", "gov2021")
    assert (f.counted, f.indicator, f.text) == ("收到政府信息公开申请数", "new_received", "收到政府信息公开申请数：36件")
    assert one("办结率：98%").counted == "办结率"


def test_a_heading_before_a_colon_does_not_name_the_value():
    assert one("主要内容：12件").counted is None
    assert one("其中：当面申请3件", "gov2014").counted == "当面申请"


def test_a_scaled_unit_is_the_unit_it_scales():
    f = one("全年受理群众诉求4.6万件", "gov2019")
    assert (f.value, f.unit, f.indicator) == (Decimal("4.6"), "万件", "citizen_appeals")
    assert one("全年受理群众诉求4.6万人", "gov2019").indicator is None


def test_total_of_requests():
    assert one("本年度申请总数为25件", "gov2019").indicator == "new_received"
    assert one("申请总数为25件", "gov2014").indicator == "requests_received"
    assert one("行政复议申请总数3件", "gov2019").indicator not in ("new_received", "requests_received")


def test_what_was_published_outranks_where():
    assert one("在政府网站公开财政资金信息1360条", "gov2014").indicator == "active_budget"
    assert one("通过门户网站公开1102条", "gov2014").indicator == "channel_website"
    assert one("通过政务微博发布信息1560条", "gov2014").indicator == "channel_weibo"


@pytest.mark.parametrize(
    ("text", "unit"),
    [("检查企业860家次", "家次"), ("检查营运车辆1200辆次", "辆次"), ("发布信息13456条（次）", "条次"), ("走访企业86家", "家")],
)
def test_person_and_vehicle_times(text, unit):
    assert one(text).unit == unit


def test_a_named_year_after_the_comparison_word():
    f = facts_in("收到申请41件，较2021年增加5件", template="gov2021")[1]
    assert (f.value, f.change) == (5, "increase")
    assert one("2021年增加5件").change is None  # no comparison: a count of what was added


def test_duo_chu_is_an_increase_only_after_a_comparison():
    assert one("依申请公开件数比上年多出7件").change == "increase"
    assert one("多出7件").change is None


def test_an_aside_in_brackets_does_not_cut_the_phrase():
    f = one("全年共召开新闻发布会（含线上）12场", "gov2014")
    assert (f.counted, f.qualifier, f.indicator) == ("新闻发布会", "total", "press_conferences")
    assert one("其中当面申请（含电话）3件", "gov2014").indicator == "requests_in_person"
    assert one("（三）12件").counted is None  # a list marker is no aside


def test_a_rank_is_not_a_count():
    assert facts_in("在全市考核中位列前10名") == []
    assert facts_in("进入前十名") == []
    assert one("目前3名工作人员").counted == "工作人员"


def test_a_compound_with_zuo_stays_whole():
    assert one("配备3名工作人员").counted == "工作人员"
    assert one("开展5个合作项目").counted == "合作项目"
    assert one("3件作出答复").counted is None  # 作出 still ends the phrase


def test_carried_over_from_the_last_year_written_with_du():
    assert one("上年度结转申请2件", "gov2021").indicator == "carried_over"
