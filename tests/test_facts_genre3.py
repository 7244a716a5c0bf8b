"""Rules of the genre found by the third held-out facts probes
(tests/cases/facts_probes_heldout3.yaml). Each rule has a case that must fire and one that
must not.
"""

from __future__ import annotations

import pytest

from textmine.facts import facts_in
from textmine.numbers import find_numbers, iter_quantities


def facts(text: str, template: str | None = "gov2021") -> list[tuple]:
    return [(f.value, f.unit, f.qualifier, f.counted, f.indicator) for f in facts_in(text, template=template)]


# ---- a unit written before the number as a label: 申请件（次）数为19 ---------------------------


@pytest.mark.parametrize(("text", "unit"), [("收到政府信息公开申请件（次）数为19。", "件次"),
                                            ("收到政府信息公开申请件(次)数为19。", "件次"),
                                            ("收到政府信息公开申请件数为19。", "件"),
                                            ("收到政府信息公开申请件数：19。", "件")])
def test_a_unit_label_before_a_bare_number_gives_its_unit_and_keeps_the_label(text, unit):
    assert facts(text) == [(19, unit, None, "政府信息公开申请", "new_received")]


def test_a_labelled_number_spans_its_label_and_keeps_a_word_ending_in_the_unit():
    (f,) = facts_in("其中网上申请件（次）数为231。")
    assert (f.value, f.unit, f.counted, f.text) == (231, "件次", "网上申请", "网上申请件（次）数为231")
    (g,) = facts_in("行政复议案件数为3。")
    assert (g.value, g.unit, g.counted) == (3, "件", "行政复议案件")  # 案件 stays a word


@pytest.mark.parametrize("text", ["编号为19", "申请数为19", "电话为12345678", "件数为12.5%", "2021年件数为"])
def test_no_label_or_another_unit_is_no_labelled_count(text):
    assert [n for n in iter_quantities(text) if n.unit in ("件", "件次")] == []


def test_a_number_with_its_own_unit_after_the_label_is_read_once():
    assert [(n.value, n.unit) for n in iter_quantities("受理申请件数为12件")] == [(12, "件")]
    assert [(n.value, n.unit, n.kind) for n in find_numbers("件（次）数为19")] == [(19, "件次", "count")]


# ---- 共分 / 分为 N大类: the classes of what stands before -----------------------------------------


def test_classes_a_total_is_divided_into_count_what_stands_before():
    assert facts("全市主动公开政府信息共分12大类。") == [(12, "类", "total", "主动公开政府信息", None)]
    assert facts("主动公开的政府信息分为8大类。") == [(8, "类", None, "主动公开的政府信息", None)]
    assert facts("政府信息共分为8大类。")[0][2:4] == ("total", "政府信息")


def test_fen_that_is_no_division_stays():
    # 共分配资金: 分配 is the verb; 将8大类 names nothing counted
    assert facts("共分配资金12万元。")[0][3] == "分配资金"
    assert facts_in("将8大类")[0].counted is None
    assert facts("部分公开3件。")[0][3] == "部分公开"


# ---- 该3件: a count stated before, mentioned again -----------------------------------------------


@pytest.mark.parametrize("text", ["全年收到申请人撤回的申请3件，该3件申请已不再处理。",
                                  "全年收到申请人撤回的申请3件，上述3件申请已不再处理。",
                                  "全年收到申请人撤回的申请3件，这3件申请已不再处理。"])
def test_a_demonstrative_before_a_count_re_mentions_it(text):
    assert [f.value for f in facts_in(text)] == [3]


@pytest.mark.parametrize("text", ["该局全年办理申请12件。", "如此3件", "因此3件申请被驳回"])
def test_a_word_ending_like_a_demonstrative_keeps_its_count(text):
    assert len(facts_in(text)) == 1


# ---- units of other provinces and of 件（次） counts -----------------------------------------------


def test_zong_counts_requests_and_jian_ci_carries_over():
    assert facts("全区各单位共受理政府信息公开申请286宗。", "gov2014")[0][4] == "requests_received"
    got = facts("上年结转3件次，结转下年度办理2件次。")
    assert [g[4] for g in got] == ["carried_over", "carried_forward"]
    assert facts("办理各类事项286宗。", "gov2014")[0][4] is None  # not a request


def test_full_and_part_time_alone_name_the_staff_in_the_old_era():
    got = facts("局机关共有政府信息公开工作人员5人，其中专职2人，兼职3人。", "gov2014")
    assert [g[4] for g in got] == ["staff", "staff_full_time", "staff_part_time"]
    assert [g[4] for g in facts("其中专职2人，兼职3人。", "gov2021")] == [None, None]  # no such indicator now


# ---- 8大类348项公共服务事项: classes of what the items after them count ---------------------------


def test_classes_run_into_items_count_the_items_noun():
    got = facts("首推改革，将8大类348项公共服务事项实现一窗通办。")
    assert [(g[0], g[1], g[3]) for g in got] == [(8, "类", "公共服务事项"), (348, "项", "公共服务事项")]


def test_classes_alone_or_apart_from_the_items_name_nothing_new():
    assert facts_in("将8大类")[0].counted is None
    assert facts("梳理8大类、348项公共服务事项。")[0][3] is None  # not run together: 、 between


# ---- 件（次）数 before a number with its own unit: the label stays ------------------------------------


@pytest.mark.parametrize("text", ["本年度收到政府信息公开申请件（次）数12件。", "政府信息公开申请件（次）数：12件。",
                                  "政府信息公开申请件(次)数：12件。"])
def test_a_bracketed_unit_word_is_no_clause_cut(text):
    (f,) = facts_in(text, template="gov2021")
    assert "政府信息公开申请件" in f.counted and f.indicator == "new_received"


def test_an_aside_in_brackets_still_cuts_the_label_off():
    (f,) = facts_in("新闻发布会（含线上）12场。")
    assert f.counted == "新闻发布会"
    (g,) = facts_in("主要内容：12件。")
    assert g.counted is None  # a heading, not a label of the value
