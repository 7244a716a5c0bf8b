"""Sections in the shapes of probes8 (issue 10 item 3, ``tests/probe_hand8.py``): parts numbered
``【一】``, ``一）`` or with formal numerals ``壹、``; a heading line that goes on past the known title
it starts with; invented old-era headings running into a clause that opens with a bare verb;
known headings running into a sentence that opens with 工作人员. Each rule has cases that must
match and cases that must not."""

from __future__ import annotations

import pytest

from textmine.sections import _line_goes_on, find_sections


def level1(text: str) -> list[str]:
    return [s.title for s in find_sections(text) if s.level == 1]


BODIES = ("2010年，我局认真贯彻《条例》。", "全年主动公开信息176条。", "全年受理申请1件。", "下一步，我局将完善制度。")
TITLES = ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的问题和改进措施"]


def numbered(nums: tuple[str, ...]) -> str:
    return "".join(f"{n}{t}\n{b}\n" for n, t, b in zip(nums, TITLES, BODIES, strict=True))


@pytest.mark.parametrize("nums", [
    ("【一】", "【二】", "【三】", "【四】"),
    ("一）", "二）", "三）", "四）"),
    ("壹、", "贰、", "叁、", "肆、"),
    ("【一】 ", "【二】 ", "【三】 ", "【四】 "),
    ("Ⅰ、", "Ⅱ、", "Ⅲ、", "Ⅳ、"),
    ("第一、", "第二、", "第三、", "第四、"),
])
def test_parts_numbered_otherwise(nums: tuple[str, ...]) -> None:
    assert level1("某局2010年政府信息公开工作年度报告\n" + numbered(nums)) == TITLES


def test_half_bracket_items_inside_parts_numbered_with_a_comma_are_no_parts() -> None:  # must not
    text = ("一、概述\n2010年，我局做了以下工作：\n一）健全机构\n二）完善制度\n"
            "二、主动公开政府信息情况\n全年公开信息176条。\n")
    assert level1(text) == ["概述", "主动公开政府信息情况"]


def test_ordinals_with_a_comma_are_no_parts() -> None:  # must not: 第一，… opens a sentence
    assert level1("第一，加强组织领导，成立了领导小组。\n第二，完善工作制度，修订了审核办法。\n") == []


def test_half_bracket_inside_a_line_is_no_part() -> None:  # must not: not at a line start
    assert level1("我局的工作有三项：一）健全机构，二）完善制度，三）加强培训。\n") == []


def test_heading_line_going_on_past_a_known_title() -> None:
    text = "某市2010年政府信息公开工作年度报告\n第一部分 政府信息公开工作概况\n正文。\n第二部分 依申请公开政府信息的情况\n全年受理申请27件。\n"
    assert level1(text) == ["政府信息公开工作概况", "依申请公开政府信息的情况"]
    assert _line_goes_on("依申请公开政府信息的情况\n", 12, "依申请公开政府信息的情况", 5)


@pytest.mark.parametrize(("text", "end", "window", "known"), [
    ("依申请公开情况全年受理申请3件。", 15, "依申请公开情况全年受理申请3件", 7),  # a run-in heading: a sentence follows
    ("关于2017年政府信息公开工作\n", 15, "关于2017年政府信息公开工作", 15),  # the whole line is the known title
    ("依申请公开全年受理\n", 9, "依申请公开全年受理", 5),  # 全年 opens a sentence
])
def test_heading_line_that_does_not_go_on(text: str, end: int, window: str, known: int) -> None:  # must not
    assert not _line_goes_on(text, end, window, known)


def test_invented_headings_running_into_bare_verbs() -> None:
    text = ("一、加强组织领导调整充实政府信息公开工作领导小组，由分管副县长任组长。"
            "二、健全工作机制修订完善信息发布审核、保密审查等制度六项。"
            "三、拓宽公开渠道依托县政府门户网站、政务微博等平台公开信息。"
            "四、强化监督考核将政府信息公开工作纳入年度目标考核。")
    assert level1(text) == ["加强组织领导", "健全工作机制", "拓宽公开渠道", "强化监督考核"]


@pytest.mark.parametrize(("line", "title"), [
    ("一、加强领导完善机制\n正文。\n", "加强领导完善机制"),  # 完善 is a heading verb: one heading
    ("一、健全制度建立台账\n正文。\n", "健全制度建立台账"),
    ("一、政府信息公开组织机构建设情况\n正文。\n", "政府信息公开组织机构建设情况"),
])
def test_headings_with_two_verb_objects_stay_whole(line: str, title: str) -> None:  # must not
    assert level1(line) == [title]


def test_known_headings_running_into_staff_sentences() -> None:
    text = ("一、总体情况2021年，区统计局坚持依法公开。二、收到和处理政府信息公开申请情况工作人员按照法定时限办理申请。"
            "三、存在的主要问题及改进情况工作人员对新《条例》的理解还不够深入。四、其他需要报告的事项工作人员无其他事项。")
    assert level1(text) == ["总体情况", "收到和处理政府信息公开申请情况", "存在的主要问题及改进情况", "其他需要报告的事项"]
