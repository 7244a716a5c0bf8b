"""Round 7 of prose facts (tests/cases/facts_probes_heldout6.yaml): numerals a layout split
(1 258条, 1 / 236条 over a line break, 申 请 2 3 件, 共计 3 125 条), a count written as digits
and 万 with no measure word (关注人数超过8.5万), 突破 as more_than, the rate of a change named as
a noun (增幅/增速/增长率/降幅), 增加到 ending a phrase, a number alone in brackets after its
phrase, money labels before a colon, scope glosses (含…) left out of the indicator, an event
noun implied by its kind (常务会议…全年召开21次), 复议/诉讼 alone, 办理结果 as the total, a score
(综合得分87.6分).

Every rule has cases that must match and cases that must not.
"""

from __future__ import annotations

import pytest

from textmine.facts import facts_in
from textmine.numbers import list_quantities


def _q(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(float(n.value), n.unit, n.qualifier) for n in list_quantities(text)]


def _f(text: str, template: str | None = "gov2021") -> list[tuple[float, str | None, str | None, str | None]]:
    return [(float(f.value), f.unit, f.change, f.indicator) for f in facts_in(text, template=template)]


# --- a numeral split by a space or a line break is read whole (never its last part alone)
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全年主动公开政府信息1 258条。", 1258, "条"),  # GB/T 15835 digit groups
        ("采购金额12 345 678.5元", 12345678.5, "元"),
        ("门户网站发布信息1\n236条", 1236, "条"),  # a hard wrap inside the numeral
        ("发布信息2\r\n816条", 2816, "条"),
        ("全 年 共 受 理 申 请 2 3 件 。", 23, "件"),  # a letter-spaced line
        ("受理政府信息公开申请 1 2 3 件", 123, "件"),
        ("县政府网站发布信息共计 3 125 条。", 3125, "条"),  # spaced on both sides
        ("年度点击量2 356万次", 2356, "万次"),
    ],
)
def test_a_split_numeral_is_read_whole(text: str, value: float, unit: str) -> None:
    assert _q(text)[0][:2] == (value, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("自然人 3 125件", [(125, "件", None)]),  # two cells of a row: a space before the first
        ("数 12 345件", [(345, "件", None)]),
        ("第1 258条", [(258, "条", None)]),  # an ordinal before the space
        ("2023 258件", [(258, "件", None)]),  # four digits are no leading group
        ("共2 3件", [(3, "件", None)]),  # no letter-spaced unit
        ("附件1\n2023年收到申请5件", [(5, "件", None)]),
    ],
)
def test_cells_and_ordinals_before_a_space_stay_apart(text: str, expected: list) -> None:
    assert _q(text) == expected


def test_a_split_numeral_keeps_its_qualifier() -> None:
    assert _q("约1 258条") == [(1258, "条", "about")]
    assert _q("共计 3 125 条") == [(3125, "条", "total")]


# --- digits and 万/亿 with no measure word at the end of a clause: a count in 万
def test_a_bare_wan_count() -> None:
    assert _f("微信公众号关注人数超过8.5万，全年推送信息1,120篇。")[0] == (8.5, "万", None, "followers")
    assert _f("局微信公众号粉丝总数达25.3万，同比增长18%。")[0] == (25.3, "万", None, "followers")
    assert _q("访问量1200万余。") == [(1200, "万", "more_than")]
    assert _f("政务抖音号粉丝量达3.6万")[0][3] == "followers"


@pytest.mark.parametrize("text", ["投入3-5万，", "达1万2千", "百万市民", "千万不要", "约3万名群众"])
def test_no_bare_wan_count_without_digits_and_a_clause_end(text: str) -> None:
    assert all(u != "万" for _, u, _ in _q(text))


# --- 突破 before a number: more than it
def test_tupo_is_more_than() -> None:
    assert _q("总点击量突破2000万次") == [(2000, "万次", "more_than")]
    assert _q("全年实现12项突破") == [(12, "项", None)]


# --- the rate of a change named as a noun
@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("收到申请较上年增加46件，增幅为38.3%。", "increase"),
        ("本年新收申请增速为12.4%。", "increase"),
        ("本年度申请量为418件，增长率6.6%。", "increase"),
        ("依申请公开件数降幅达15.6%。", "decrease"),
    ],
)
def test_a_rate_of_change_is_a_change(text: str, change: str) -> None:
    assert _f(text)[-1][2] == change


def test_a_share_is_no_change() -> None:
    assert _f("申请人通过政府网站提交申请占比达72.4%。") == [(72.4, "%", None, None)]
    assert _f("保持增幅稳定，主动公开信息120条。") == [(120, "条", None, "active_items")]


# --- 增加到/下降至 end the phrase after a number: the figure moves to another one
def test_increase_to_ends_a_phrase() -> None:
    f, g = facts_in("申请数量由2022年的86件增加到2023年的112件。", template="gov2021")
    assert (f.value, f.change, f.text) == (86, None, "86件") and g.value == 112
    (f,) = facts_in("收到申请较上年增加8件。", template="gov2021")
    assert (f.value, f.change) == (8, "increase")


# --- a number alone in brackets counts the phrase before them
def test_a_number_alone_in_brackets() -> None:
    assert _f("行政复议和行政诉讼情况：被申请行政复议（3件）、被提起行政诉讼（1件）。") == [
        (3, "件", None, "review"),
        (1, "件", None, "suits"),
    ]
    (f,) = facts_in("受理政府信息公开申请（共15件）全部按时答复。", template="gov2014")
    assert (f.indicator, f.qualifier) == ("requests_received", "total")


def test_a_number_in_brackets_after_a_period_names_no_thing() -> None:
    (f,) = facts_in("与上年（137件）相比有所增加。", template="gov2021")
    assert f.counted is None
    f, g = facts_in("较上年同期（122件）增加5件。", template="gov2021")
    assert f.counted is None and g.change == "increase"


def test_a_bracket_with_words_besides_the_number_is_no_label() -> None:
    fs = facts_in("受理申请32件（其中网上申请21件、当面申请11件）。", template="gov2014")
    assert [f.indicator for f in fs] == ["requests_received", "requests_online", "requests_in_person"]
    (f, g) = facts_in("各乡镇（共12个）主动公开信息300条", template="gov2021")
    assert g.indicator == "active_items"


# --- a money label before a colon names the amount
def test_a_money_label_before_a_colon() -> None:
    assert _f("政府信息公开专项经费：12.5万元。", "gov2014")[0][3] == "budget"
    assert _f("信息处理费：0元。", "gov2019")[0][3] == "processing_fees"
    assert _f("信息公开工作经费:6.5万元", "gov2014")[0][3] == "budget"


def test_a_money_word_before_a_colon_labels_no_count() -> None:
    (f,) = facts_in("专项经费：3项", template="gov2014")
    assert f.indicator is None and f.counted != "专项经费"


# --- a scope gloss (含…) is no part of what is counted
def test_a_scope_gloss_leaves_the_indicator_alone() -> None:
    assert _f("全县主动公开政府信息（含各乡镇、各部门）共5,236条。", "gov2019")[0][3] == "active_items"
    assert _f("主动公开政府信息（含部门和乡镇）共计9,876条。")[0][3] == "active_items"


def test_a_gloss_that_names_the_body_still_counts() -> None:
    assert _f("全县各乡镇（街道）主动公开信息6,352条。")[0][3] == "active_townships"


# --- an event noun implied before 全年召开N次 is read with the words that make it a kind
def test_an_implied_event_noun_with_its_kind() -> None:
    assert _f("县政府常务会议全年召开21次。", "gov2014")[0][3] == "executive_meetings"
    assert _f("区政府常务会议全年共召开18次，审议议题96个。", "gov2014")[0][3] == "executive_meetings"


def test_an_implied_event_noun_without_a_kind() -> None:
    assert _f("组织召开会议，全年召开5次。", "gov2014")[0][3] is None


# --- 复议 and 诉讼 alone as the whole phrase
def test_review_and_suit_alone() -> None:
    fs = facts_in("全年政府信息公开行政复议、诉讼情况为：复议2件（维持2件），诉讼1件（维持1件）。", template="gov2021")
    by_text = {f.text: f.indicator for f in fs}
    assert by_text["复议2件"] == "review" and by_text["诉讼1件"] == "suits"


def test_review_inside_a_longer_phrase_is_not_alone() -> None:
    assert _f("设立复议机关2个。")[0][3] is None


# --- 办理结果 totals
def test_handling_results_total() -> None:
    fs = facts_in("依申请公开答复（办理结果）共计39件：予以公开25件，部分公开6件。", template="gov2021")
    assert [f.indicator for f in fs] == ["total_processed", "granted", "partial"]


def test_proposals_handling_results_are_no_requests() -> None:
    assert _f("人大代表建议和政协提案办理结果公开情况。全年公开办理结果326件。")[0][3] is None


# --- a score: an Arabic number and 分 after 得分/评分 at the end of its clause
@pytest.mark.parametrize(("text", "value"), [("综合得分87.6分。", 87.6), ("平均得分91.5分", 91.5), ("考核得分为95分，", 95)])
def test_a_score(text: str, value: float) -> None:
    assert _q(text) == [(value, "分", None)]


@pytest.mark.parametrize("text", ["9时1分。", "十分重视", "三分部署、七分落实", "评分1分之差", "用时3分钟", "领先1分，"])
def test_no_score_without_a_score_word_or_with_another_unit(text: str) -> None:
    assert all(u != "分" for _, u, _ in _q(text))
