"""Sections in the shapes of crawled reports: run-in headings, part lists, combined headings."""

from __future__ import annotations

import pytest

from textmine.sections import classify_title, find_sections


def heads(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.number, s.title, s.kind) for s in find_sections(text) if s.level == 1]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("三、收到申请情况全年收到5件。四、依法实施政府信息依申请公开在省政府网站建立依申请公开系统。五、其他需要报告的事项无。",
         "依法实施政府信息依申请公开"),
        ("四、政府信息公开工作存在的问题和下一步工作打算2022年，存在不足。五、其他需要报告的事项无。",
         "政府信息公开工作存在的问题和下一步工作打算"),
        ("三、存在的主要问题和改进措施一是不足。四、其他需要报告的事项无。", "存在的主要问题和改进措施"),
        ("三、存在的主要问题及改进情况\n一是不足。\n四、其他需要报告的事项\n无。", "存在的主要问题及改进情况"),
    ],
    ids=["run-in-stops-at-heading", "not-cut-at-conjunction", "flat-combined", "line"],
)
def test_run_in_heading_ends_where_the_heading_ends(text: str, title: str) -> None:
    assert title in [t for _, t, _ in heads(text)]


BODY = "一、概述\n2015年，我局坚持公开。\n二、主动公开政府信息情况\n文。\n三、依申请公开情况\n文。\n四、存在的问题及改进措施\n文。"
WANT = [("一", "概述", "overview"), ("二", "主动公开政府信息情况", "proactive"), ("三", "依申请公开情况", "requests"),
        ("四", "存在的问题及改进措施", "problems")]


@pytest.mark.parametrize(
    "preamble",
    [
        "本报告内容包括：一、概述；二、主动公开政府信息情况；三、依申请公开情况；四、存在的问题及改进措施。",
        "本报告分为一、概述，二、主动公开政府信息情况，三、依申请公开情况，四、存在的问题及改进措施等四个部分。\n",
        "全文包括：\n一、概述\n二、主动公开政府信息情况\n三、依申请公开情况\n四、存在的问题及改进措施\n",
        "本报告内容包括概述、主动公开政府信息情况、依申请公开情况、存在的问题及改进措施等部分。\n",
    ],
    ids=["semicolon-list", "comma-list", "line-list", "unnumbered-list"],
)
def test_a_preamble_listing_the_parts_is_not_a_heading_list(preamble: str) -> None:
    assert heads(preamble + BODY) == WANT


def test_a_listing_cue_that_introduces_the_body_keeps_its_headings() -> None:
    text = "本报告包括以下部分：\n一、总体情况\n2015年，我局坚持公开。\n二、主动公开政府信息情况\n文。"
    assert heads(text) == [("一", "总体情况", "overview"), ("二", "主动公开政府信息情况", "proactive")]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("存在的主要问题及改进情况", "problems"),
        ("存在的问题及改进措施", "problems"),
        ("存在的问题和下一步工作打算", "problems"),
        ("主要问题和改进措施", "problems"),
        ("政府信息公开工作存在的主要问题及改进情况", "problems"),
        ("改进措施", "plans"),
        ("下一步工作计划", "plans"),
        ("2024年工作打算", "plans"),
    ],
)
def test_combined_problem_headings_keep_kind_problems(title: str, kind: str) -> None:
    assert classify_title(title) == kind


def test_flattened_old_era_report_with_custom_headings() -> None:
    text = ("根据《条例》要求，现公布本年度报告。一、加强组织领导，健全工作机制我厅高度重视政府信息公开工作，成立了领导小组。"
            "二、突出公开重点，丰富公开内容2015年，我厅主动公开信息320条。"
            "三、依法实施政府信息依申请公开在省政府网站建立依申请公开系统，全年受理申请5件。"
            "四、加强平台建设拓宽公开渠道充分利用门户网站和政务微博发布信息。"
            "五、存在的问题和下一步工作打算一是解读不够。下一步，我厅将加强培训。六、其他需要报告的事项无。")
    assert heads(text) == [
        ("一", "加强组织领导，健全工作机制", "measures"),
        ("二", "突出公开重点，丰富公开内容", "measures"),
        ("三", "依法实施政府信息依申请公开", "requests"),
        ("四", "加强平台建设拓宽公开渠道", "measures"),
        ("五", "存在的问题和下一步工作打算", "problems"),
        ("六", "其他需要报告的事项", "other"),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("一、加强组织领导成立了以厅长为组长的领导小组。二、其他需要报告的事项无。", "加强组织领导"),
        ("一、完善制度建设制定了保密审查办法。二、其他需要报告的事项无。", "完善制度建设"),
        ("一、完善制度建设\n制定了保密审查办法。\n二、其他需要报告的事项\n无。", "完善制度建设"),
    ],
)
def test_a_verb_with_le_starts_the_sentence_after_a_run_in_heading(text: str, title: str) -> None:
    assert heads(text)[0][1] == title
