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


# ---- a heading cut by a line break goes on with a long rest when the whole is a known title

def test_long_rest_of_a_cut_heading_is_joined_when_the_whole_is_known() -> None:
    text = ("四、政府信息公开的收费及减免情况\n本年度未收取任何费用。\n五、因政府信息公开\n申请行政复议、提起行政诉讼的情况\n"
            "本年度未发生此类情况。\n")
    assert _level1(text)[1] == ("因政府信息公开申请行政复议、提起行政诉讼的情况", "appeals")


def test_long_next_line_is_not_joined_to_a_heading_that_is_whole() -> None:
    # must not: the heading ends with its ending; a following line without punctuation stays text
    text = "一、概述\n县政府高度重视政府信息公开工作\n全年主动公开政府信息1864条。\n二、主动公开政府信息情况\n全年公开1864条。\n"
    assert _level1(text)[0] == ("概述", "overview")
    text = "一、加强政府信息公开\n各部门认真落实政府信息公开制度\n全年未发生问题。\n二、其他需要报告的事项\n无。\n"
    assert [t for t, _ in _level1(text)] == ["加强政府信息公开", "其他需要报告的事项"]


# ---- the 2014 statistics table's row groups (一、主动公开情况 then （一）…数 条 382) are not parts

def test_row_group_labels_of_the_2014_table_are_not_parts() -> None:
    text = ("一、概述\n市卫生计生委落实工作要点。\n二、主动公开政府信息情况\n全年主动公开政府信息382条，详见下表。\n"
            "统计指标 单位 统计数\n一、主动公开情况\n（一）主动公开政府信息数 条 382\n二、回应解读情况\n"
            "（一）回应公众关注热点或重大舆情数 次 4\n三、依申请公开情况\n（一）收到申请数 件 7\n四、行政复议数量 件 0\n"
            "八、机构建设和保障经费情况\n（一）政府信息公开工作专门机构数 个 1\n三、依申请公开政府信息情况\n全年收到申请7件。\n")
    assert [t for t, _ in _level1(text)] == ["概述", "主动公开政府信息情况", "依申请公开政府信息情况"]


def test_part_followed_by_prose_with_a_count_stays_a_part() -> None:
    # must not: a part whose first line is prose (a count inside a sentence, or closed by 。) is a part
    text = "三、依申请公开情况\n全年收到申请 件 7。\n四、其他需要报告的事项\n县政府全年共收到申请7件\n"
    assert [t for t, _ in _level1(text)] == ["依申请公开情况", "其他需要报告的事项"]


# ---- free-form parts of the 2008 era named in rarer words are known titles with their kinds

def test_rare_old_era_part_names_are_known_unnumbered_heads() -> None:
    text = ("政府信息公开的主要做法\n县政府建立了主动公开制度。\n公开的主要内容\n全年公开政府信息1126条。\n"
            "收费及减免\n全年未收取任何费用。\n")
    assert _level1(text) == [("政府信息公开的主要做法", "measures"), ("公开的主要内容", "proactive"), ("收费及减免", "fees")]


def test_main_content_of_other_things_is_not_proactive() -> None:
    # must not: 主要内容 of something else names no proactive part
    from textmine.sections import classify_title

    assert classify_title("培训的主要内容") != "proactive"
    assert classify_title("公开的主要内容") == "proactive"


def test_known_title_closed_by_its_noun_does_not_go_on() -> None:
    # must not: 存在的主要问题和改进措施 is whole; 政府信息公开工作虽然… is the paragraph's first clause
    text = ("六、政府信息公开工作存在的主要问题和改进措施政府信息公开工作虽然取得了一定成效，但仍存在不足。"
            "2018年，我厅将加强解读。七、其他需要报告的事项无")
    assert [t for t, _ in _level1(text)] == ["政府信息公开工作存在的主要问题和改进措施", "其他需要报告的事项"]


# ---- plans inside a combined part that open with 下阶段 / 为此…将 (items)

def _plans(text: str) -> list[str]:
    from textmine.items import split_items

    return [i.text for i in split_items(text, find_sections(text), tagger=lambda _t: ()) if i.kind == "plans"]


REPORT = ("一、总体情况\n全年推进政务公开。\n二、主动公开政府信息情况\n全年公开3826条。\n"
          "五、存在的主要问题及改进情况\n存在的主要问题是基层力量不足。{turn}\n六、其他需要报告的事项\n无。\n")


def test_plans_turn_with_xiajieduan_or_weici_is_found() -> None:
    assert _plans(REPORT.format(turn="下阶段，市政府将加强基层政务公开队伍建设。"))
    assert _plans(REPORT.format(turn="为此，县政府将建立信息报送通报制度。"))


def test_weici_without_an_intention_is_no_plan() -> None:
    # must not: 为此 followed by what was already done, or by no intention at all
    assert not _plans(REPORT.format(turn="为此，县政府已建立信息报送通报制度。"))
    assert not _plans(REPORT.format(turn="对此，群众反映较多。"))


# ---- a table of contents numbered otherwise than the body (第一部分 … over 一、 …) is still contents

PARTS = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况")


def test_contents_numbered_as_parts_over_a_body_numbered_yi() -> None:
    toc = "".join(f"第{n}部分 {t}\n" for n, t in zip("一二三", PARTS, strict=True))
    body = "".join(f"{n}、{t}\n全年推进政务公开{i}项。\n" for i, (n, t) in enumerate(zip("一二三", PARTS, strict=True)))
    text = "某厅2022年政府信息公开工作年度报告\n目录\n" + toc + body
    assert [t for t, _ in _level1(text)] == list(PARTS)


def test_parts_numbered_bufen_in_the_body_are_no_contents() -> None:
    # must not: 第一部分 heads with prose under them are the body itself
    body = "".join(f"第{n}部分 {t}\n全年推进政务公开{i}项。\n" for i, (n, t) in enumerate(zip("一二三", PARTS, strict=True)))
    assert [t for t, _ in _level1("某厅2022年政府信息公开工作年度报告\n" + body)] == list(PARTS)


def test_prescribed_part_above_its_2014_rows_stays_a_part() -> None:
    # must not: a part the formats prescribe, its rows right under it, is still a part
    text = ("一、概述\n全年推进政务公开。\n二、主动公开政府信息情况\n（一）主动公开政府信息数 条 382\n"
            "三、依申请公开政府信息情况\n全年收到申请7件。\n")
    assert [t for t, _ in _level1(text)] == ["概述", "主动公开政府信息情况", "依申请公开政府信息情况"]
