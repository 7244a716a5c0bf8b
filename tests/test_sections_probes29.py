"""Rules of the sections lexicon and code that the held-out set ``tests/cases/probes29`` led to (issue 10
item 3), each with a case that must match and one that must not."""

from __future__ import annotations

from textmine.sections import classify_title, find_sections

T6 = (
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况",
    "其他需要报告的事项",
)


def _level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


def _tree(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.title, s.kind) for s in find_sections(text)]


# ---- parts numbered in mixed systems: （二）/3./(四) with the next part's number and a part's title are parts


def test_mixed_numbering_parts_are_level_one() -> None:
    text = (
        "一、总体情况\n2020年，市政府推进公开。\n（二）主动公开政府信息情况\n全年公开386条。\n"
        "三.收到和处理政府信息公开申请情况\n全年收到申请12件。\n(四)政府信息公开行政复议、行政诉讼情况\n无。\n"
        "五、存在的主要问题及改进情况\n解读不够。\n六．其他需要报告的事项\n无。\n"
    )
    assert [k for _, k in _level1(text)] == [
        "overview",
        "proactive",
        "requests",
        "appeals",
        "problems",
        "other",
    ]
    old = (
        "一、概述\n县政府推进公开。\n二、主动公开政府信息情况\n全年公开386条。\n3.依申请公开政府信息情况\n"
        "受理申请9件。\n（四）政府信息公开的收费及减免情况\n未收费。\n"
    )
    assert [t for t, _ in _level1(old)] == [
        "概述",
        "主动公开政府信息情况",
        "依申请公开政府信息情况",
        "政府信息公开的收费及减免情况",
    ]


def test_sub_lists_and_other_titles_stay_sub_heads() -> None:
    # must not: a （二） after a （一） under the same part is the second item of a sub-list, though it has the
    # next part's number; a （二） without a part's title is a sub-head; a （二） whose number a later 二、 takes too
    sub_list = (
        "一、总体情况\n（一）主动公开\n公开386条。\n（二）主动公开政府信息情况\n见下。\n二、主动公开政府信息情况\n"
        "全年公开386条。\n"
    )
    assert [t for t, _ in _level1(sub_list)] == ["总体情况", "主动公开政府信息情况"]
    assert _tree(sub_list)[2][0] == 2
    other_title = (
        "一、总体情况\n（二）平台建设\n优化专栏。\n二、主动公开政府信息情况\n全年公开386条。\n"
    )
    assert [t for t, _ in _level1(other_title)] == ["总体情况", "主动公开政府信息情况"]
    taken_later = "一、总体情况\n（二）主动公开政府信息情况\n见下。\n二、主动公开政府信息情况\n全年公开386条。\n"
    assert [t for t, _ in _level1(taken_later)] == ["总体情况", "主动公开政府信息情况"]


# ---- a list inside a part numbered like parts: its third item is no part 三 though the parts reach 二


def test_list_item_with_the_next_parts_number_stays_in_the_list() -> None:
    text = (
        "一、总体情况\n2021年，区政府推进公开。\n二、主动公开政府信息情况\n全年重点领域信息公开情况如下：\n"
        "一、财政预决算信息公开86条；\n二、重大建设项目信息公开41条；\n三、公共资源配置信息公开137条。\n"
        "三、收到和处理政府信息公开申请情况\n全年收到申请12件。\n四、其他需要报告的事项\n无。\n"
    )
    assert [t for t, _ in _level1(text)] == [
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
        "其他需要报告的事项",
    ]


def test_heading_with_the_next_number_after_a_list_is_a_part() -> None:
    # must not: after a list 一、二、 inside part 二, a 三、 heading (no closing ；/。, or a run-in heading with
    # its sentences) is part 三
    for third in (
        "三、加强组织建设\n全年召开会议3次。\n",
        "三、加强组织建设。全年召开会议3次，培训2次。\n",
    ):
        text = (
            "一、总体情况\n县政府推进公开。\n二、主动公开政府信息情况\n重点如下：\n一、财政信息86条；\n"
            "二、项目信息41条；\n" + third + "四、其他需要报告的事项\n无。\n"
        )
        assert [t for t, _ in _level1(text)][2] == "加强组织建设"


# ---- unnumbered Word heads: the 2021 format's sub-heads of 总体情况 and the halves of a combined part are sub-heads


def test_unnumbered_format_sub_heads_are_level_two() -> None:
    body = {
        "总体情况": ["主动公开", "全年公开386条。", "平台建设", "优化专栏。"],
        "存在的主要问题及改进情况": ["存在的问题", "更新不及时。", "改进措施", "建立核查机制。"],
    }
    text = "".join(f"{t}\n" + "".join(x + "\n" for x in body.get(t, ["正文。"])) for t in T6)
    assert [t for t, _ in _level1(text)] == list(T6)
    tree = _tree(text)
    assert (2, "平台建设", "overview") in tree and (2, "改进措施", "plans") in tree


def test_unnumbered_old_era_parts_stay_parts() -> None:
    # must not: old-era parts with other titles (政策解读和回应社会关切情况, 平台建设 after 主动公开…) are parts, and
    # with fewer than four of the formats' part titles nothing is moved
    old = ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政策解读和回应社会关切情况", "政府信息公开收费及减免情况",
           "行政复议、行政诉讼情况", "存在的主要问题及改进措施", "其他需要报告的事项"]  # fmt: skip
    text = "".join(f"{t}\n正文。\n" for t in old)
    assert [t for t, _ in _level1(text)] == old
    few = "总体情况\n正文。\n平台建设\n优化专栏。\n主动公开政府信息情况\n正文。\n"
    assert [t for t, _ in _level1(few)] == ["总体情况", "平台建设", "主动公开政府信息情况"]


def test_fees_part_title_without_de_is_known_whole() -> None:
    assert classify_title("政府信息公开收费及减免情况") == "fees"
    text = "概述\n正文。\n主动公开政府信息情况\n正文。\n政府信息公开收费及减免情况\n未收费。\n其他需要报告的事项\n无。\n"
    assert "政府信息公开收费及减免情况" in [t for t, _ in _level1(text)]
    # must not: 收费及减免 inside a sentence is no heading line
    prose = "概述\n正文。\n主动公开政府信息情况\n政府信息公开收费及减免情况按规定执行。\n其他需要报告的事项\n无。\n"
    assert "政府信息公开收费及减免情况" not in [t for t, _ in _level1(prose)]


# ---- an 附件 line listing attachments, then 说明： notes: no statistics part


def test_annex_list_then_notes_is_no_part() -> None:
    text = (
        "一、总体情况\n正文。\n二、其他需要报告的事项\n无。\n附件：1.2019年度政府信息公开工作情况统计表\n"
        "2.2019年度依申请公开办理情况明细表\n说明：本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
    )
    assert [k for _, k in _level1(text)] == ["overview", "other"]


def test_annex_over_a_table_after_notes_is_a_part() -> None:
    # must not: an 附件 list followed by a table's rows (figures in columns) is the statistics part
    text = (
        "一、总体情况\n正文。\n二、其他需要报告的事项\n无。\n附件：1.2019年度政府信息公开工作情况统计表\n"
        "2.2019年度依申请公开办理情况明细表\n说明：数据截至12月31日。\n指标 单位 数量\n主动公开政府信息数 条 612\n"
    )
    assert [k for _, k in _level1(text)][-1] == "statistics"


# ---- 厅/局/委 alone as a clause's subject before its verb ends a run-in heading


def test_body_word_with_verb_ends_run_in_heading() -> None:
    text = "一、加强组织领导和制度建设厅成立由分管厅领导任组长的政府信息公开工作领导小组，修订了保密审查办法。\n二、其他需要报告的事项\n无。\n"
    assert _level1(text)[0][0] == "加强组织领导和制度建设"


def test_body_name_ending_in_ting_is_no_clause_subject() -> None:
    # must not: 建设厅 / 管理局 as part of a body's name followed by other words is not cut
    for title in ("加强住房和城乡建设厅网站建设", "推进城市管理局政务公开"):
        text = f"一、{title}\n全年更新信息。\n二、其他需要报告的事项\n无。\n"
        assert _level1(text)[0][0] == title


# ---- batch B: a list 一、二、三、 inside part 一 (its 二、 has the next part's number); platform sub-heads in other words


def test_list_inside_part_one_stays_in_the_list() -> None:
    text = (
        "一、总体情况\n2019年，市政府推进公开。\n全年重点做了以下工作：\n一、完善了政务公开制度体系；\n"
        "二、规范了政府信息公开申请办理；\n三、加强了政策解读和回应关切。\n二、主动公开政府信息情况\n全年公开386条。\n"
        "三、收到和处理政府信息公开申请情况\n全年收到申请12件。\n"
    )
    assert [t for t, _ in _level1(text)] == [
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
    ]


def test_next_part_after_one_item_is_a_part() -> None:
    # must not: after one item 一、 inside part 一, a 二、 heading line (no closing ；/。) is part 二
    text = (
        "一、总体情况\n重点如下：\n一、完善了政务公开制度体系；\n二、规范政府信息公开申请办理\n全年办理12件。\n"
        "三、其他需要报告的事项\n无。\n"
    )
    assert [t for t, _ in _level1(text)] == [
        "总体情况",
        "规范政府信息公开申请办理",
        "其他需要报告的事项",
    ]


def test_platform_sub_head_in_other_words_is_level_two() -> None:
    body = {"总体情况": ["政务公开平台建设", "优化专栏。"]}
    text = "".join(f"{t}\n" + "".join(x + "\n" for x in body.get(t, ["正文。"])) for t in T6)
    assert [t for t, _ in _level1(text)] == list(T6)
    # must not: the same line after a part other than 总体情况 is left a part
    moved = {"主动公开政府信息情况": ["正文。", "政务公开平台建设", "优化专栏。"]}
    text = "".join(f"{t}\n" + "".join(x + "\n" for x in moved.get(t, ["正文。"])) for t in T6)
    assert "政务公开平台建设" in [t for t, _ in _level1(text)]
