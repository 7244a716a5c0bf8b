"""Rules of the sections module that the held-out set ``tests/cases/probes17`` led to (issue 10
item 3), each with a case that must match and one that must not."""

from __future__ import annotations

from textmine.sections import find_sections


def _level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


SUBS = "（一）主动公开\n全年公开信息186条。\n（二）依申请公开\n全年收到申请3件。\n"


# ---- parts numbered 1. 2. … over the five （一） sub-heads of 总体情况

def test_arabic_numbered_parts_outrank_the_subheads_of_the_overview() -> None:
    text = ("1.总体情况\n2023年，县政府推进政务公开。\n" + SUBS + "2.主动公开政府信息情况\n制发文件2件。\n"
            "3.收到和处理政府信息公开申请情况\n新收3件。\n4.存在的主要问题及改进情况\n下一步，将加强培训。\n")
    assert _level1(text) == [("总体情况", "overview"), ("主动公开政府信息情况", "proactive"),
                             ("收到和处理政府信息公开申请情况", "requests"), ("存在的主要问题及改进情况", "problems")]
    assert [s.title for s in find_sections(text) if s.level == 2] == ["主动公开", "依申请公开"]


def test_arabic_items_under_chinese_subheads_stay_items() -> None:
    # must not: the report opens with （一）, so its 1. 2. 3. heads are items under it
    text = ("（一）总体情况\n1.主动公开政府信息情况\n文。\n2.收到和处理政府信息公开申请情况\n文。\n"
            "3.存在的主要问题及改进情况\n文。\n")
    assert [s.level for s in find_sections(text)] == [1, 2, 2, 2]


def test_two_arabic_part_titles_are_not_enough() -> None:
    # must not: a 1. 2. list of two with part titles inside a report without 一、 parts is left as read
    text = "1.总体情况\n文。\n" + SUBS + "2.主动公开政府信息情况\n文。\n"
    assert [s.level for s in find_sections(text)] == [1, 1, 1, 2]


# ---- an old-era heading of two parallel phrases closed by a full stop at the end of its line

def test_sentence_heading_closed_by_full_stop_is_whole() -> None:
    text = ("一、强化组织领导，健全工作机制。\n厅党组高度重视。\n二、规范办理程序，认真做好依申请公开。\n全年受理申请12件。\n"
            "三、存在的问题\n公开不够全面。\n")
    assert [t for t, _ in _level1(text)][1] == "规范办理程序，认真做好依申请公开"


def test_full_stop_inside_a_run_on_line_is_a_sentence() -> None:
    # must not: the full stop ends a sentence the line goes on after
    text = "一、概述\n文。\n二、规范办理程序，认真做好依申请公开。全年受理申请12件，均已答复。\n三、存在的问题\n文。\n"
    assert [t for t, _ in _level1(text)][1] != "规范办理程序，认真做好依申请公开。全年受理申请12件"


# ---- a run-in heading's known title goes on through a longer object to its ending

def test_runin_known_title_goes_on_through_a_long_object() -> None:
    text = ("一、基本情况2012年，我厅认真贯彻《条例》。二、主动公开政府信息的主要内容和形式全年主动公开政府信息826条。"
            "三、依申请公开政府信息情况全年受理申请5件。")
    assert _level1(text)[1] == ("主动公开政府信息的主要内容和形式", "proactive")


def test_runin_known_title_stops_where_a_sentence_starts() -> None:
    # must not: the words after 主动公开 hold a count (a sentence), so the known title is the heading
    text = "一、基本情况2012年，我厅认真贯彻《条例》。二、主动公开政府信息的主要内容共826条全年公开。三、依申请公开政府信息情况全年受理申请5件。"
    assert _level1(text)[1] == ("主动公开", "proactive")


# ---- a part the formats prescribe ends a statistics table whose rows are numbered like parts

STAT14 = ("某省交通运输厅2014年政府信息公开情况统计表\n统计指标 单位 统计数\n一、主动公开情况\n（一）主动公开政府信息数 条 1268\n"
          "二、回应解读情况\n三、依申请公开情况\n四、行政复议数量 件 1\n五、行政诉讼数量 件 0\n六、举报投诉数量 件 0\n"
          "七、依申请公开信息收取的费用 万元 0\n八、机构建设和保障经费情况\n九、政府信息公开会议和培训情况\n")
HEAD8 = ("一、概述\n文。\n二、主动公开政府信息情况\n文。\n三、依申请公开政府信息情况\n文。\n四、政府信息公开咨询处理情况\n文。\n"
         "五、政府信息公开的收费及减免情况\n文。\n六、因政府信息公开申请行政复议、提起行政诉讼的情况\n文。\n七、重点领域政府信息公开情况\n文。\n"
         "八、存在的主要问题和改进措施\n文。\n")


def test_part_title_after_table_rows_ends_the_table() -> None:
    kinds = [k for _, k in _level1(HEAD8 + STAT14 + "九、其他需要报告的事项\n无。\n")]
    assert kinds[-2:] == ["statistics", "other"]


def test_table_rows_numbered_like_parts_stay_rows() -> None:
    # must not: the table's own 九、 row (not a part's title) after the locked rows is no part
    kinds = [k for _, k in _level1(HEAD8 + STAT14 + "注：本表数据截至2014年12月31日。\n")]
    assert kinds[-1] == "statistics"
    assert len(kinds) == 9


# ---- an 附件 line with nothing after it names an attachment that is not there

def test_annex_line_at_the_very_end_is_no_section() -> None:
    text = "一、总体情况\n文。\n二、其他需要报告的事项\n无。\n附件：2024年政府信息公开工作年度报告统计表\n"
    assert [k for _, k in _level1(text)] == ["overview", "other"]


def test_annex_line_with_its_table_is_a_section() -> None:
    # must not: an 附件 line with the table after it opens the statistics section
    text = ("一、总体情况\n文。\n二、其他需要报告的事项\n无。\n附件：2024年政府信息公开工作年度报告统计表\n"
            "信息内容\t本年制发件数\n规章\t0\n")
    assert [k for _, k in _level1(text)] == ["overview", "other", "statistics"]


# ---- kinds of old-era parts: 保密审查 is work of the body, 保障情况 the support of the work

def test_confidentiality_review_part_is_measures_and_support_part_is_other() -> None:
    text = ("一、概述\n文。\n二、政府信息公开保密审查情况\n坚持先审后发。\n三、政府信息公开保障情况\n配备专职人员2名。\n"
            "四、存在的主要问题和改进措施\n文。\n")
    assert [k for _, k in _level1(text)] == ["overview", "measures", "other", "problems"]


def test_confidentiality_review_after_the_problems_part_is_other() -> None:
    # must not: after the problems part an unmatched part is other, as every unmatched part there
    text = "一、概述\n文。\n二、存在的主要问题和改进措施\n文。\n三、政府信息公开保密审查情况\n文。\n"
    assert [k for _, k in _level1(text)] == ["overview", "problems", "other"]


# ---- ordinals 第二、 run in on a flattened line

def test_ordinal_parts_run_in_after_a_sentence_end() -> None:
    text = ("第一、总体情况2023年，镇政府认真落实《条例》。第二、主动公开政府信息情况本年度未制发规范性文件。"
            "第三、收到和处理政府信息公开申请情况本年度收到申请1件。")
    assert [k for _, k in _level1(text)] == ["overview", "proactive", "requests"]


def test_ordinal_inside_prose_is_no_part() -> None:
    # must not: 第二、三季度 inside a sentence, and 第二、 not after a sentence's end, are no parts
    text = "第一、总体情况\n全年公开信息86条，第二、三季度较多。经统计第二、主动公开政府信息情况良好。\n"
    assert [k for _, k in _level1(text)] == ["overview"]


# ---- a thematic part on consultation service

def test_thematic_consultation_part() -> None:
    text = "一、加强组织领导，完善工作机制。\n文。\n二、做好咨询服务，方便公众查询。\n全年接受咨询3260人次。\n三、存在的主要问题\n文。\n"
    assert [k for _, k in _level1(text)] == ["measures", "consultation", "problems"]


def test_consultation_service_subhead_keeps_the_parents_kind() -> None:
    # must not: a sub-head 做好咨询服务 under 总体情况 stays overview
    text = "一、总体情况\n（一）做好咨询服务\n文。\n二、主动公开政府信息情况\n文。\n"
    assert [(s.level, s.kind) for s in find_sections(text)] == [(1, "overview"), (2, "overview"), (1, "proactive")]


# ---- metadata: a county-level city whose own name ends in 市 (津市 → 津市市)

def test_county_level_city_named_with_shi_takes_its_whole_name() -> None:
    from textmine.meta import parse_places

    assert parse_places("津市市毛里湖镇人民政府") == {"province": "湖南省", "city": "常德市", "county": "津市市",
                                                "township": "毛里湖镇"}


def test_city_bureau_named_with_shi_chang_is_no_county() -> None:
    # must not: 南昌市市场监督管理局 is the city's market bureau (市 + 市场), no county 南昌市市
    from textmine.meta import parse_places

    assert parse_places("南昌市市场监督管理局").get("county") is None
