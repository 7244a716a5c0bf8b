"""Rules of the sections lexicon and code that the held-out set ``tests/cases/probes27`` led to (issue 10
item 3), each with a case that must match and one that must not."""

from __future__ import annotations

from textmine.items import split_items
from textmine.sections import classify_title, find_sections


def _level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


def _has_plans(text: str) -> bool:
    sections = find_sections(text)
    return any(s.kind == "plans" for s in sections) or any(
        i.kind == "plans" for i in split_items(text, sections, [], tagger=lambda _: ()))


# ---- question headings: the kind of what they ask, the whole question the title


def test_question_heads_are_whole_and_kinded() -> None:
    text = ("一、今年政府信息公开工作总体怎么样？\n2021年，我市扎实推进政务公开。\n二、主动公开了哪些信息？\n全年公开信息386条。\n"
            "三、依申请公开办理得怎么样？\n全年收到申请12件。\n四、还存在哪些问题，下一步怎么改进？\n解读形式单一。\n")
    assert _level1(text) == [("今年政府信息公开工作总体怎么样", "overview"), ("主动公开了哪些信息", "proactive"),
                             ("依申请公开办理得怎么样", "requests"), ("还存在哪些问题，下一步怎么改进", "problems")]
    assert classify_title("全年政府信息公开工作概况如何") == "overview"
    assert classify_title("存在哪些问题，如何改进") == "problems"


def test_question_in_prose_is_no_title() -> None:
    # must not: a ？ that does not close its line leaves the run-in rules as they were; a question-worded
    # sub-phrase elsewhere is no overview or problems title
    text = "一、主动公开了哪些信息？全年公开信息386条，均已按时发布。\n二、其他需要报告的事项\n无。\n"
    assert _level1(text)[0][0] != "主动公开了哪些信息？全年公开信息386条"
    assert classify_title("总体要求") != "overview"
    assert classify_title("存在的主要问题") == "problems"
    assert classify_title("群众关心哪些政策") != "problems"


# ---- a heading line alone naming its object (主动公开政府信息) is whole


def test_heading_line_naming_its_object_is_whole() -> None:
    text = "一、总体情况\n2017年，我委推进公开。\n二、主动公开政府信息\n全年公开386条。\n三、依申请公开政府信息\n全年受理12件。\n"
    assert [t for t, _ in _level1(text)] == ["总体情况", "主动公开政府信息", "依申请公开政府信息"]


def test_object_with_counts_is_no_title() -> None:
    # must not: the object running into a count on a flattened line is the paragraph, not the heading
    text = "一、总体情况\n2017年，我委推进公开。\n二、主动公开政府信息1200条，均已按时发布。\n三、其他需要报告的事项\n无。\n"
    assert _level1(text)[1][0] != "主动公开政府信息1200条"


# ---- a part title followed by a page number after a TAB (a Word 目录 entry) is a heading, not a table row


def test_part_title_with_tab_page_number_is_a_heading() -> None:
    text = ("一、总体情况\t1\n2021年，县政府推进公开。\n二、主动公开政府信息情况\t2\n全年公开386条。\n"
            "三、收到和处理政府信息公开申请情况\t4\n全年收到12件。\n")
    assert _level1(text) == [("总体情况", "overview"), ("主动公开政府信息情况", "proactive"),
                             ("收到和处理政府信息公开申请情况", "requests")]


def test_row_label_with_tab_cell_stays_a_row() -> None:
    # must not: a table row's label (no part title) with a TAB cell is a row
    text = ("一、总体情况\n2021年，县政府推进公开。\n二、收到和处理政府信息公开申请情况\n全年收到12件。\n"
            "一、本年新收政府信息公开申请数量\t12\n二、上年结转政府信息公开申请数量\t0\n三、其他需要报告的事项\n无。\n")
    assert [t for t, _ in _level1(text)] == ["总体情况", "收到和处理政府信息公开申请情况", "其他需要报告的事项"]


# ---- a 2019 part 四 merged with the problems: appeals, long title whole, plans found


def test_merged_appeals_problems_part() -> None:
    title = "因政府信息公开申请提起行政复议、行政诉讼情况及存在的主要问题和改进情况"
    text = (f"一、总体情况\n2019年，县政府推进公开。\n二、主动公开政府信息情况\n全年公开386条。\n四、{title}\n"
            "未发生行政复议。主要问题是栏目更新不及时。2020年，县政府将建立督办机制。\n五、其他需要报告的事项\n无。\n")
    assert _level1(text)[2] == (title, "appeals")
    assert classify_title("因政府信息公开申请提起行政复议、行政诉讼情况及存在的主要问题") == "appeals"
    assert _has_plans(text)


def test_problems_named_first_stay_problems() -> None:
    # must not: a problems heading that names the appeals later, and the appeals alone, keep their kinds;
    # an appeals part alone looking back is no plan
    assert classify_title("存在的主要问题及行政复议情况") == "problems"
    assert classify_title("因政府信息公开申请提起行政复议、行政诉讼情况") == "appeals"
    text = ("一、总体情况\n2019年，县政府推进公开。\n二、行政复议、行政诉讼情况\n2019年，县政府将复议决定全部公开。\n"
            "三、其他需要报告的事项\n无。\n")
    assert not _has_plans(text)


# ---- unnumbered response and system parts after ■ or closed by ：


def test_joined_response_and_system_titles_are_heads() -> None:
    text = ("■概述\n2018年，县政府推进公开。\n■主动公开政府信息情况\n全年公开386条。\n■政策解读和回应关切情况\n发布解读12篇。\n"
            "■制度建设情况\n修订保密审查办法。\n■存在的问题和改进措施\n解读形式单一。\n")
    assert _level1(text) == [("概述", "overview"), ("主动公开政府信息情况", "proactive"), ("政策解读和回应关切情况", "response"),
                             ("制度建设情况", "measures"), ("存在的问题和改进措施", "problems")]
    assert classify_title("解读回应情况") == "response"


def test_joined_words_inside_prose_are_no_heads() -> None:
    # must not: the same words inside a sentence open no part
    text = ("■概述\n2018年，县政府推进公开，政策解读和回应关切情况良好。\n制度建设情况已报市政府备案。\n"
            "■存在的问题和改进措施\n解读形式单一。\n")
    assert [t for t, _ in _level1(text)] == ["概述", "存在的问题和改进措施"]


# ---- 附件 alone over numbered tables: the part is titled 附件


def test_annex_word_over_numbered_tables_is_the_title() -> None:
    text = ("一、概述\n2017年，我厅推进公开。\n二、其他需要报告的事项\n无。\n附件\n1.政府信息公开情况统计表\n指标 单位 数量\n"
            "一、主动公开情况 — —\n（一）主动公开政府信息数 条 916\n2.依申请公开情况统计表\n指标 单位 数量\n一、收到申请数 件 14\n")
    assert _level1(text)[-1] == ("附件", "statistics")


def test_annex_list_without_tables_is_no_part() -> None:
    # must not: an 附件 list naming the tables, with no table after it, is no part
    text = ("一、概述\n2017年，我厅推进公开。\n二、其他需要报告的事项\n无。\n附件\n1.政府信息公开情况统计表\n2.依申请公开情况统计表\n")
    assert [t for t, _ in _level1(text)] == ["概述", "其他需要报告的事项"]


# ---- batch B: 回应关切 and 公开平台建设 as unnumbered parts (in 【】)


def test_unnumbered_concerns_and_platform_parts() -> None:
    text = ("【概述】\n2015年，我厅推进公开。\n【回应关切情况】\n回应社会关切12次。\n【公开平台建设】\n改版门户网站。\n"
            "【存在问题及改进措施】\n解读形式单一。\n")
    assert _level1(text) == [("概述", "overview"), ("回应关切情况", "response"), ("公开平台建设", "measures"),
                             ("存在问题及改进措施", "problems")]


def test_concerns_and_platform_words_in_prose_are_no_parts() -> None:
    # must not: the words inside a sentence, or followed by more of it, open no part
    text = ("【概述】\n2015年，我厅推进公开。\n回应关切情况良好，公开平台建设稳步推进。\n公开平台建设已纳入考核。\n"
            "【存在问题及改进措施】\n解读形式单一。\n")
    assert [t for t, _ in _level1(text)] == ["概述", "存在问题及改进措施"]
