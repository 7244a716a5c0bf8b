"""Level-1 headings against lists, quotations and table rows that reuse heading numbers (issue 10)."""

from __future__ import annotations

from textmine.sections import find_sections


def top(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


HEAD = "一、总体情况\n文。\n二、主动公开政府信息情况\n文。\n三、收到和处理政府信息公开申请情况\n文。\n" \
       "四、政府信息公开行政复议、行政诉讼情况\n文。\n"


def test_list_restarting_under_problems_is_not_parts() -> None:
    text = HEAD + ("五、存在的主要问题及改进情况\n一、政策解读的形式还比较单一。\n二、基层标准化建设仍有差距。\n"
                   "六、其他需要报告的事项\n无。\n")
    assert [t for t, _ in top(text)][4:] == ["存在的主要问题及改进情况", "其他需要报告的事项"]


def test_list_of_known_titles_under_the_last_part_is_not_parts() -> None:
    text = HEAD + ("五、存在的主要问题及改进情况\n文。\n六、其他需要报告的事项\n一、信息处理费收取情况\n未收取。\n"
                   "二、人大代表建议和政协提案办理结果公开情况\n已公开。\n")
    assert len(top(text)) == 6


def test_list_that_skips_its_first_item_is_still_a_list() -> None:
    text = HEAD.replace("四、", "四、") + ("五、存在的主要问题及改进措施\n2016年将做好以下工作：\n"
                                         "一、加强组织领导，落实公开责任。\n二、完善制度。\n三、加强培训，提高业务水平。\n")
    assert top(text)[-1] == ("存在的主要问题及改进措施", "problems")


def test_restart_with_a_format_part_title_opens_new_parts() -> None:
    text = ("一、总体情况\n文。\n二、工作机制保障\n文。\n三、政府信息管理\n文。\n一、主动公开政府信息情况\n文。\n"
            "二、收到和处理政府信息公开申请情况\n文。\n")
    assert [t for t, _ in top(text)][-2:] == ["主动公开政府信息情况", "收到和处理政府信息公开申请情况"]


def test_parts_continue_after_a_list() -> None:
    text = HEAD + "五、存在的主要问题及改进情况\n一、解读不够。\n二、更新不及时。\n六、其他需要报告的事项\n无。\n"
    assert top(text)[-1] == ("其他需要报告的事项", "other")


def test_quoted_heading_is_not_a_heading() -> None:
    text = ("一、总体情况\n按照格式中“三、收到和处理政府信息公开申请情况”的要求统计。\n“一、总体情况”部分的数据来源于后台。\n"
            "二、主动公开政府信息情况\n文。\n")
    assert [t for t, _ in top(text)] == ["总体情况", "主动公开政府信息情况"]


def test_uncaptioned_old_table_rows_with_cells_a_line_are_not_parts() -> None:
    rows = "\n".join(["统计指标", "单位", "统计数", "一、主动公开情况", "（一）主动公开政府信息数", "条", "386",
                      "二、回应解读情况", "三、依申请公开情况", "（一）收到申请数", "件", "7", "四、行政复议数量", "件", "0",
                      "七、依申请公开信息收取的费用", "万元", "0", "八、机构建设和保障经费情况",
                      "九、政府信息公开会议和培训情况"])
    text = ("一、概述\n文。\n二、主动公开政府信息情况\n文。\n三、依申请公开政府信息情况\n文。\n四、政府信息公开的收费及减免情况\n"
            "文。\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n文。\n六、存在的主要问题及改进措施\n文。\n" + rows)
    assert len(top(text)) == 6


def test_next_part_followed_by_prose_is_still_a_heading() -> None:
    text = "一、概述\n文。\n二、主动公开政府信息情况\n全年公开386条。\n三、依申请公开政府信息情况\n2\n件申请。"
    assert [t for t, _ in top(text)][-1] == "依申请公开政府信息情况"


def test_colon_line_names_the_plans_sub_part() -> None:
    text = HEAD + "五、存在的主要问题及改进情况\n存在的问题：\n1、内容不全。\n改进措施：\n1、加强制度建设。\n"
    subs = [(s.title, s.kind) for s in find_sections(text) if s.level == 2]
    assert subs == [("存在的问题", "problems"), ("改进措施", "plans")]


def test_colon_line_of_prose_is_no_sub_heading() -> None:
    text = HEAD + "五、存在的主要问题及改进情况\n我局将着重做好以下工作：\n1、加强制度建设。\n"
    assert not [s for s in find_sections(text) if "以下工作" in s.title]


def test_numeral_series_line_is_not_a_heading() -> None:
    text = "一、总体情况\n文。\n二、三季度集中发布解读26篇。\n三、四级机构信息全部公开。\n二、主动公开政府信息情况\n文。\n"
    assert [t for t, _ in top(text)] == ["总体情况", "主动公开政府信息情况"]


def test_heading_whose_title_starts_with_another_numeral_is_kept() -> None:
    text = "一、总体情况\n文。\n二、三公经费公开情况\n文。\n"
    assert [t for t, _ in top(text)] == ["总体情况", "三公经费公开情况"]


def test_heading_split_over_two_lines_is_joined() -> None:
    text = ("一、总体情况\n文。\n二、政府信息公开行政复议、行政\n诉讼情况\n未发生。\n三、存在的主要问题及改进\n情况\n"
            "解读不够。\n")
    assert [t for t, _ in top(text)] == ["总体情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况"]


def test_short_line_after_a_complete_heading_is_not_joined() -> None:
    text = "一、总体情况\n无变化\n二、主动公开\n全年公开\n三、存在的主要问题\n无\n"
    assert [t for t, _ in top(text)] == ["总体情况", "主动公开", "存在的主要问题"]


def test_caption_after_fu_colon_is_the_statistics_part() -> None:
    text = "一、概述\n文。\n二、存在的主要问题及改进措施\n文。\n附：政府信息公开情况统计表\n统计指标\n单位\n"
    assert top(text)[-1] == ("政府信息公开情况统计表", "statistics")


def test_fu_colon_before_other_matter_is_no_heading() -> None:
    text = "一、概述\n文。\n二、存在的主要问题及改进措施\n文。\n附：联系电话0591-1234567，欢迎监督。\n"
    assert len(top(text)) == 2
