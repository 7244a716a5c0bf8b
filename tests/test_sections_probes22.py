"""Rules of the sections and items modules that the held-out set ``tests/cases/probes22`` led to
(issue 10 item 3), each with a case that must match and one that must not."""

from __future__ import annotations

from textmine.items import split_items
from textmine.sections import classify_title, find_sections


def _level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


def _item_kinds(text: str) -> list[str]:
    return [i.kind for i in split_items(text, find_sections(text), [], tagger=lambda _: ())]


# ---- a first part on the disclosure work's 组织领导 (and 机构建设) is the opening overview

REST3 = "二、主动公开政府信息情况\n全年公开386条。\n三、工作中存在的主要问题和改进措施\n下一步，将加强培训。\n"


def test_first_part_on_the_works_organisation_is_overview() -> None:
    for head in ("政府信息公开的组织领导和机构建设", "政务公开组织领导和制度建设情况"):
        text = f"一、{head}\n县政府成立了领导小组。\n" + REST3
        assert [k for _, k in _level1(text)] == ["overview", "proactive", "problems"], head


def test_organisation_part_after_an_overview_and_staffing_parts_keep_their_kinds() -> None:
    # must not: after 概述 the same part is work described as achievements (measures, as probes17 labels a
    # ministry's); a first part on 机构建设 alone stays `other`; a verb phrase 加强组织领导 is no such title
    text = "一、概述\n2012年，我部推进公开。\n二、政府信息公开的组织领导和制度建设情况\n召开会议2次。\n" + REST3.replace("二、", "三、", 1).replace("三、工作", "四、工作")
    assert [k for _, k in _level1(text)] == ["overview", "measures", "proactive", "problems"]
    text = "一、政府信息公开机构建设情况\n配备专职人员2名。\n" + REST3
    assert _level1(text)[0][1] == "other"
    assert classify_title("机构建设和保障经费情况") == "other"
    text = "一、加强组织领导\n县政府成立了领导小组。\n" + REST3
    assert _level1(text)[0][1] != "overview"


# ---- a level-1 number repeating the open part with a title of its kind is the part's table caption

PART2 = "一、总体情况\n2023年，市政府推进公开。\n二、{head}\n全年主动公开政府信息5862条。\n"
REST = "三、收到和处理政府信息公开申请情况\n新收146件。\n四、其他需要报告的事项\n无。\n"


def test_caption_repeating_the_part_is_no_part() -> None:
    table = "二、主动公开政府信息情况\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n"
    for head in ("主动公开政府信息情况", "政府信息主动公开情况"):
        text = PART2.format(head=head) + table + REST
        assert [k for _, k in _level1(text)] == ["overview", "proactive", "requests", "other"], head


def test_same_number_with_another_kind_stays_a_part() -> None:
    # must not: a mis-numbered next part (二 twice, another kind) is still a part
    text = PART2.format(head="主动公开政府信息情况") + "二、收到和处理政府信息公开申请情况\n新收146件。\n四、其他需要报告的事项\n无。\n"
    assert [k for _, k in _level1(text)] == ["overview", "proactive", "requests", "other"]


# ---- a combined problems-and-improvements part listing again from 一 after its problems: improvements

FIVE = "一、总体情况\n2022年，市政府推进公开。\n五、{head}\n存在的主要问题：一是公开内容不够丰富；二是解读质量有待提高。\n"
SECOND = "一是拓展公开内容，围绕重点领域加大公开力度。\n二是提升解读质量，每季度开展解读评估。\n"


def test_second_list_of_a_combined_part_is_plans() -> None:
    kinds = _item_kinds(FIVE.format(head="存在的主要问题及改进情况") + SECOND)
    assert kinds == ["problems", "problems", "plans", "plans"]


def test_second_list_of_a_problems_only_part_stays_problems() -> None:
    # must not: a part headed by its problems alone lists problems twice
    kinds = _item_kinds(FIVE.format(head="存在的主要问题") + SECOND)
    assert "plans" not in kinds


# ---- a report without parts: a sentence that turns to what will be done is a plans item

BARE = ("三亚市水务局2015年政府信息公开工作年度报告\n2015年，市水务局明确办公室负责政府信息公开。\n"
        "全年主动公开政府信息186条。\n我局还存在公开不够全面等问题。{turn}\n三亚市水务局\n2016年3月28日\n")


def test_unheaded_report_finds_its_plans() -> None:
    for turn in ("2016年，我局将建立信息发布审核制度。", "下一步，我局将扩大公开范围。"):
        text = BARE.format(turn=turn)
        assert find_sections(text) == []
        assert _item_kinds(text) == ["plans"], turn


def test_unheaded_report_without_a_look_ahead_has_no_plans() -> None:
    # must not: this year's own work (2015年，我局将…纳入考核) and what was already done are no plans
    for turn in ("2015年，我局将政府信息公开纳入考核。", "针对上述问题，我局已将信息公开纳入考核。"):
        assert _item_kinds(BARE.format(turn=turn)) == [], turn


# ---- batch B: the opening part without 政府信息公开 before 组织领导

def test_first_part_on_organisation_without_the_works_name_is_overview() -> None:
    text = "一、组织领导和机构建设情况\n区政府成立了领导小组。\n" + REST3
    assert _level1(text)[0] == ("组织领导和机构建设情况", "overview")


def test_first_part_on_a_measure_of_organisation_is_not_overview() -> None:
    # must not: 健全组织领导机制 is a measure's verb phrase, not the noun part
    text = "一、健全组织领导机制\n区政府成立了领导小组。\n" + REST3
    assert _level1(text)[0][1] != "overview"


# ---- batch B: a report without numbers whose parts are lines 总体情况：… run into their text

STREET = ("某区某街道办事处2024年政府信息公开工作年度报告\n总体情况：2024年，街道公开政府信息186条。\n"
          "收到和处理政府信息公开申请情况：全年收到申请2件。\n存在的主要问题及改进情况：公开栏更新不够及时，2025年街道将建立月度更新制度。\n"
          "其他需要报告的事项：无。\n")


def test_colon_lines_with_part_titles_are_the_parts() -> None:
    assert _level1(STREET) == [("总体情况", "overview"), ("收到和处理政府信息公开申请情况", "requests"),
                               ("存在的主要问题及改进情况", "problems"), ("其他需要报告的事项", "other")]
    assert "plans" in _item_kinds(STREET)


def test_colon_lines_are_no_parts_beside_numbered_parts_or_with_other_words() -> None:
    # must not: under numbered parts such a line is text of the part; lead-ins that are no part titles
    # (工作成效：…, 主要做法：…) make no parts
    text = "一、总体情况\n主动公开情况：全年公开186条。\n二、其他需要报告的事项\n无。\n"
    assert _level1(text) == [("总体情况", "overview"), ("其他需要报告的事项", "other")]
    text = "某镇2024年政府信息公开工作年度报告\n工作成效：全年公开186条。\n主要做法：规范公开栏。\n"
    assert find_sections(text) == []


def test_comma_turn_needs_a_later_year() -> None:
    # must not: this year's own work after a comma (，2024年街道将其纳入考核 in a 2024 report) is no plan
    text = STREET.replace("2025年街道将建立月度更新制度", "2024年街道将其纳入考核")
    assert "plans" not in _item_kinds(text)


# ---- batch B: parts numbered 第X部分 hold the 一、 headings inside them

def test_yi_heads_nest_under_diyibufen_parts() -> None:
    text = ("第一部分 总体情况\n2020年，市政府推进公开。\n一、主动公开\n全年公开2468条。\n二、依申请公开\n收到申请37件。\n"
            "第二部分 主动公开政府信息情况\n制发文件3件。\n第三部分 其他需要报告的事项\n无。\n")
    assert _level1(text) == [("总体情况", "overview"), ("主动公开政府信息情况", "proactive"), ("其他需要报告的事项", "other")]
    assert [(s.level, s.title) for s in find_sections(text) if s.level == 2] == [(2, "主动公开"), (2, "依申请公开")]


def test_yi_parts_after_a_lone_diyibufen_stay_parts() -> None:
    # must not: one 第一部分 over the whole body (a report's single part caption) leaves the 一、 parts top-level
    text = "第一部分 年度报告\n一、总体情况\n2020年推进公开。\n二、主动公开政府信息情况\n公开2468条。\n三、其他需要报告的事项\n无。\n"
    assert [k for _, k in _level1(text)][-3:] == ["overview", "proactive", "other"]


# ---- batch B: the 2008 template's 政府信息公开工作中存在的主要问题和改进措施 run into its first sentence

def test_known_2008_problems_title_ends_before_its_sentence() -> None:
    text = ("一、概述\n2010年，市政府推进公开。\n二、政府信息公开工作中存在的主要问题和改进措施工作中存在的主要问题是部分单位重视不够。"
            "2011年，市政府将加强检查。\n")
    assert _level1(text)[-1] == ("政府信息公开工作中存在的主要问题和改进措施", "problems")


def test_problems_title_alone_still_ends_at_its_sentence() -> None:
    # must not: a shorter head 工作中存在的主要问题 running into 部分单位… keeps its own end
    text = "一、概述\n2010年，市政府推进公开。\n二、工作中存在的主要问题部分单位重视不够。\n"
    assert _level1(text)[-1] == ("工作中存在的主要问题", "problems")
