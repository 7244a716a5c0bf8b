"""Rules of the sections module that the held-out set ``tests/cases/probes16`` led to (issue 10
item 3), each with a case that must match and one that must not."""

from __future__ import annotations

from textmine.sections import find_sections


def _level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


# ---- a run-in heading goes on past a known title to its ending, where a sentence starts

def test_runin_heading_goes_on_past_known_title_to_its_ending() -> None:
    text = ("一、政府信息公开工作概述我局高度重视政府信息公开工作。二、主动公开政府信息工作全年主动公开政府信息624条。"
            "三、依申请公开政府信息工作本年度共受理政府信息公开申请9件。")
    assert _level1(text) == [("政府信息公开工作概述", "overview"), ("主动公开政府信息工作", "proactive"),
                             ("依申请公开政府信息工作", "requests")]


def test_known_title_followed_by_a_sentence_stays_the_heading() -> None:
    # must not: the sentence starts right after the known title, or no ending is followed by one
    text = "一、总体情况2023年，我局推进政务公开。（一）主动公开全年主动公开政府信息624条。（二）依申请公开政府信息1200条均已答复。"
    titles = [s.title for s in find_sections(text) if s.level == 2]
    assert titles == ["主动公开", "依申请公开"]


# ---- a page break inside a heading: the running head and folio between its halves are not the title

def test_running_head_inside_a_heading_is_skipped() -> None:
    text = ("四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议案件。\n五、政府信息公开工作存在的主要问\n"
            "重庆市某区人民政府2023年政府信息公开工作年度报告\n题及改进情况\n存在的主要问题是公开不够规范。\n"
            "六、其他需要报告的事项\n无。\n")
    assert _level1(text)[1] == ("政府信息公开工作存在的主要问题及改进情况", "problems")


def test_folio_inside_a_heading_is_skipped() -> None:
    text = ("四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议案件。\n五、存在的主要问题及改\n— 3 —\n进情况\n"
            "存在的主要问题是公开不够规范。\n")
    assert _level1(text)[1] == ("存在的主要问题及改进情况", "problems")


def test_report_title_line_after_a_whole_heading_is_not_joined() -> None:
    # must not: a heading that ends on its line keeps its title; the title-like line after it is text
    text = ("一、总体情况\n某区人民政府2023年政府信息公开工作年度报告\n全区推进政务公开。\n"
            "二、主动公开政府信息情况\n全年公开3128条。\n")
    assert _level1(text) == [("总体情况", "overview"), ("主动公开政府信息情况", "proactive")]
