"""Round 10 of prose facts (tests/cases/facts_probes_heldout10.yaml, facts_probes_heldout11.yaml):
a number followed by its unit in brackets (申请数量为48（件）, 访问量 18.6（万人次）, 费用 0（万元）), as
statistics sentences and flattened table rows write it, is a quantity of that unit (a duration in
brackets stays none, 第3（次） an ordinal); 一 + a unit of things ending a clause is a count, not an
article (当面申请一件。); a bracket opened right after a count lists its parts as 其中 does
(受理申请9件（当面提交6件，电子邮件3件）); 回应…舆情 / 舆情回应 name response_hotspots, 关注用户
followers, 不予公开 (old era) replies_denied, 办理结果总计 total_processed; 落地/上线 after a count
are verbs, not the thing counted (事项150项落地).

Every rule has cases that must match and cases that must not.
"""

from __future__ import annotations

import pytest

from textmine.facts import facts_in
from textmine.numbers import list_quantities, may_hold_quantities


def _f(text: str, template: str | None = "gov2021") -> list[tuple]:
    return [
        (float(f.value), f.unit, f.qualifier, f.indicator) for f in facts_in(text, template=template)
    ]


# --- the unit in brackets after the number
@pytest.mark.parametrize(
    ("text", "template", "expected"),
    [
        ("本年新收政府信息公开申请数量为48（件），上年结转3（件）。", "gov2021",
         [(48.0, "件", None, "new_received"), (3.0, "件", None, "carried_over")]),
        ("网上政府信息公开专栏访问量 18.6（万人次）。", "gov2014", [(18.6, "万人次", None, "portal_visits")]),
        ("依申请公开信息收取的费用 0（万元）。", "gov2014", [(0.0, "万元", None, "processing_fees")]),
        ("主动公开规范性文件数 25（条）。", "gov2014", [(25.0, "条", None, "active_normative")]),
        ("本年度办理结果总计51（件）。", "gov2021", [(51.0, "件", "total", "total_processed")]),
        ("接受培训人员数 1,320（人次）。", "gov2014", [(1320.0, "人次", None, "trainees")]),
    ],
)
def test_bracketed_unit_is_the_numbers(text, template, expected):
    assert _f(text, template) == expected


@pytest.mark.parametrize(
    "text",
    [
        "第3（次）会议审议通过。",          # an ordinal
        "平均办理时限6.3（个工作日）。",    # a duration
        "见附表A2（件）。",                # a code
        "按（2023）5号文件执行。",          # a document number
        "其中（1）项已整改。",              # a list marker, no number before the bracket
    ],
)
def test_bracketed_unit_not(text):
    assert _f(text) == []


def test_bracketed_unit_quantities():
    assert [(q.value, q.unit, q.text) for q in list_quantities("申请数 15（件），其中当面 3 （件）")] == [
        (15, "件", "15（件）"),
        (3, "件", "3 （件）"),
    ]
    assert may_hold_quantities("收到申请数 15（件）")
    assert not may_hold_quantities("按照（一）（二）项执行")


# --- 一 + a unit of things at a clause's end: a count
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("共受理申请四件，其中网络申请三件、当面申请一件。",
         [(4.0, "件", "total", "requests_received"), (3.0, "件", None, "requests_online"),
          (1.0, "件", None, "requests_in_person")]),
        ("收到行政复议申请一件，", [(1.0, "件", None, "reviews")]),
    ],
)
def test_one_at_clause_end_is_a_count(text, expected):
    assert _f(text, "local") == expected


@pytest.mark.parametrize(
    "text",
    ["开展了一次专项检查。", "这是一项重要工作，也是一件大事。", "每季度召开一次。", "做到一件一档。"],
)
def test_one_before_a_noun_or_an_event_is_no_count(text):
    assert _f(text) == []


# --- a bracket right after a count lists its parts
def test_bracket_after_a_count_lists_its_parts():
    assert _f("受理信息公开申请共计9件（当面提交6件，电子邮件3件）。", "local") == [
        (9.0, "件", "total", "requests_received"),
        (6.0, "件", None, "requests_in_person"),
        (3.0, "件", None, "requests_online"),
    ]


def test_bracket_parts_not():
    # no topic before: 电子邮件 alone is a manner, not a request
    assert _f("通过电子邮件答复3件。", "local") == [(3.0, "件", None, None)]
    # the new era has no request-channel rows
    assert [f[3] for f in _f("受理申请9件（网上申请6件，当面申请3件）。")][1:] == [None, None]


# --- indicator words
@pytest.mark.parametrize(
    ("text", "template", "indicator"),
    [
        ("积极回应政务舆情37次。", "gov2021", "response_hotspots"),
        ("全年政务舆情回应22次。", "gov2021", "response_hotspots"),
        ("微信公众号累计关注用户达12.6万人。", "gov2021", "followers"),
        ("不予公开的3件。", "local", "replies_denied"),
        ("本年度办理结果51（件）。", "gov2021", "total_processed"),
    ],
)
def test_indicator_words(text, template, indicator):
    assert [f[3] for f in _f(text, template)] == [indicator]


@pytest.mark.parametrize(
    ("text", "template", "indicator"),
    [
        ("监测到政务舆情线索89条。", "gov2021", None),
        ("不予公开的信息3条。", "local", "info_not_public"),
        ("建议提案办理结果51件。", "gov2021", None),
        ("区政府门户网站主动公开政府信息214条。", "gov2021", "active_items"),
    ],
)
def test_indicator_words_not(text, template, indicator):
    assert [f[3] for f in _f(text, template)] == [indicator]


# --- 落地/上线 after a count
def test_verb_after_a_count_is_not_counted():
    (f,) = facts_in("推动“跨省通办”事项150项落地。", template="gov2021")
    assert f.counted.endswith("事项") and f.text.endswith("150项")
    (g,) = facts_in("建成3个落地项目。", template="gov2021")
    assert g.counted == "落地项目"


# --- batch B (heldout11): a label with its unit in brackets after 数, a counting rule in
# brackets between a label and its number, channel words with the topic's 申请, 回应…关切,
# moves in a ranking, 一张 before a noun
def test_label_with_bracketed_unit():
    assert _f("政府网站公开政府信息数（条）：2,145。", "gov2014") == [(2145.0, "条", None, "channel_website")]
    assert [(q.value, q.unit) for q in list_quantities("申请数（件）：12")] == [(12, "件")]


def test_label_with_bracketed_unit_not():
    # no unit in the brackets, or no 数 before them: a bare number stays bare
    assert _f("政府网站公开政府信息（附件）：2,145。", "gov2014") == []
    assert list_quantities("见附表（三）：12") == []


def test_counting_rule_in_brackets_is_an_aside():
    assert _f("主动公开政府信息数（不同渠道和方式公开相同信息计1条）4,108（条）。", "gov2014") == [
        (4108.0, "条", None, "active_items")
    ]
    assert _f("主动公开政府信息（不同渠道和方式公开相同信息计1条）4108条。", "gov2014") == [
        (4108.0, "条", None, "active_items")
    ]


def test_counting_rule_alone_is_no_fact():
    assert _f("不同渠道和方式公开相同信息计1条。", "gov2014") == []


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("受理政府信息公开申请7件（当面5件，网络2件）。", ["requests_received", "requests_in_person", "requests_online"]),
        ("全年共受理申请14件（网上申请9件、信函申请3件、传真申请2件）。",
         ["requests_received", "requests_online", "requests_mail", "requests_fax"]),
    ],
)
def test_channel_words_with_the_topic(text, indicators):
    assert [f[3] for f in _f(text, "local")] == indicators


def test_channel_words_not():
    # a channel word without a request topic names no request channel
    assert [f[3] for f in _f("网络宣传3件，当面走访5件。", "local")] == [None, None]


def test_response_to_concerns():
    assert [f[3] for f in _f("全年回应网民关切问题213个。")] == ["response_hotspots"]
    assert [f[3] for f in _f("收集网民关切问题213个。")] == [None]


@pytest.mark.parametrize("text", ["较上年前进3个位次。", "综合排名上升5个名次。"])
def test_move_in_a_ranking_is_no_count(text):
    assert _f(text) == []


def test_counts_before_ranking_words_kept():
    assert [f[0] for f in _f("参评单位3个，位次前移。")] == [3.0]


@pytest.mark.parametrize("text", ["形成一份清单、一张表格，逐项推进。", "绘制一张蓝图。"])
def test_one_zhang_before_a_noun_is_an_article(text):
    assert _f(text) == []


def test_one_zhang_at_clause_end_is_a_count():
    assert _f("发放明白纸一张。") == [(1.0, "张", None, None)]
