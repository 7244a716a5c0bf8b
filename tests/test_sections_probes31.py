"""Rules of the sections lexicon, the section code and the plans items that the held-out set
``tests/cases/probes31`` led to (issue 10 item 3), each with a case that must match and one that must not."""

from __future__ import annotations

from textmine.items import split_items
from textmine.sections import classify_title, find_sections

T7 = (
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政府信息公开的收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "存在的主要问题及改进措施",
    "其他需要报告的事项",
)


def _level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


def _plans(text: str) -> bool:
    sections = find_sections(text)
    return any(s.kind == "plans" for s in sections) or any(
        i.kind == "plans" for i in split_items(text, sections, tagger=lambda _: ())
    )


# ---- parts numbered 第一，/第一　 (no 部分) and ㈠: parts when a known title follows


def test_ordinal_with_comma_or_space_numbers_parts() -> None:
    text = "".join(f"第{c}，{t}\n本部分内容。\n" for c, t in zip("一二三四五六七", T7, strict=True))
    assert [t for t, _ in _level1(text)] == list(T7)
    spaced = "".join(f"第{c}\u3000{t}\n本部分内容。\n" for c, t in zip("一二三", T7, strict=False))
    assert [k for _, k in _level1(spaced)] == ["overview", "proactive", "requests"]


def test_ordinal_with_comma_opening_an_enumeration_is_no_part() -> None:
    # must not: 第一，加强… opens the first item of an enumeration in a paragraph; no known title follows
    text = "一、概述\n本年度重点做了三项工作。\n第一，加强组织领导，调整了领导小组。\n第二，完善制度建设。\n二、主动公开政府信息情况\n全年公开386条。\n"
    assert [t for t, _ in _level1(text)] == ["概述", "主动公开政府信息情况"]


def test_parenthesised_ideographs_number_parts() -> None:
    text = "".join(f"{c}{t}\n本部分内容。\n" for c, t in zip("㈠㈡㈢㈣", T7, strict=False))
    assert [k for _, k in _level1(text)] == ["overview", "proactive", "requests", "fees"]
    # must not: under 一、 parts, ㈠ numbers a sub-head as （一） does
    nested = "一、概述\n㈠加强领导\n成立领导小组。\n㈡完善制度\n修订制度。\n二、主动公开政府信息情况\n全年公开。\n"
    assert [t for t, _ in _level1(nested)] == ["概述", "主动公开政府信息情况"]


# ---- format titles cut short (Word heads without their numbers)


def test_short_format_titles_are_known() -> None:
    assert classify_title("依申请办理情况") == "requests"
    assert classify_title("复议诉讼") == "appeals"
    assert classify_title("问题和改进") == "problems"
    assert classify_title("存在问题及改进") == "problems"
    text = (
        "基本情况\n2022年，市政府推进公开。\n主动公开\n全年公开386条。\n依申请办理情况\n收到申请9件。\n复议诉讼\n无。\n"
        "问题和改进\n解读不够。2023年，市政府将加强解读。\n其他\n无。\n"
    )
    assert [k for _, k in _level1(text)] == [
        "overview",
        "proactive",
        "requests",
        "appeals",
        "problems",
        "other",
    ]


def test_bare_other_line_only_after_problems() -> None:
    # must not: a line 其他 inside a part (a list of sources, a table's label) is no part
    text = "基本情况\n2022年，市政府推进公开。\n主动公开\n信息来源包括：\n门户网站\n其他\n全年公开386条。\n"
    assert [t for t, _ in _level1(text)] == ["基本情况", "主动公开"]


# ---- body-worded parts: problems by what they are about, two-phrase titles whole


def test_body_worded_problems_parts() -> None:
    assert classify_title("正视问题不足，明确努力方向") == "problems"
    assert classify_title("以问题为导向，持续改进工作") == "problems"
    # must not: a part on what will be done stays plans; 坚持问题导向 without improvement names no problems part
    assert classify_title("明确努力方向") == "plans"
    assert classify_title("坚持问题导向，强化督促检查") != "problems"


def test_two_phrase_title_ending_in_a_noun_is_whole() -> None:
    text = (
        "一、强化组织保障，夯实公开基础\n市政府调整了领导小组。\n二、加强政策解读，积极回应关切\n发布解读稿件46篇。\n"
        "三、正视问题不足，明确努力方向\n解读形式不够丰富。2018年，市政府将推出图解。\n"
    )
    assert [t for t, _ in _level1(text)] == [
        "强化组织保障，夯实公开基础",
        "加强政策解读，积极回应关切",
        "正视问题不足，明确努力方向",
    ]
    # must not: a run-in sentence after a head is no part of its title
    run_in = "一、加强政策解读，积极回应关切，全年发布解读稿件46篇，回应关切212次。\n二、主动公开政府信息情况\n全年公开。\n"
    assert (
        _level1(run_in)[0][0] != "加强政策解读，积极回应关切，全年发布解读稿件46篇，回应关切212次"
    )


# ---- unnumbered parts after a statistics table between parts


def test_parts_resume_after_a_table_between_parts() -> None:
    text = (
        "概述\n2012年，市环保局推进公开。\n主动公开政府信息情况\n全年公开515条。\n依申请公开政府信息情况\n受理5件。\n"
        "附表\n统计指标\t单位\t统计数\n主动公开政府信息数\t条\t648\n政府信息公开的收费及减免情况\n未收费。\n"
        "存在的主要问题及改进措施\n更新不及时。2013年，我局将加强公开。\n"
    )
    assert [k for _, k in _level1(text)] == [
        "overview",
        "proactive",
        "requests",
        "statistics",
        "fees",
        "problems",
    ]
    # must not: a caption repeating a part already reported, under an 附表 at the end, stays in the table
    tail = (
        "概述\n2012年，市环保局推进公开。\n主动公开政府信息情况\n全年公开515条。\n"
        "附表\n主动公开政府信息情况\n统计指标\t单位\t统计数\n主动公开政府信息数\t条\t648\n"
    )
    assert [k for _, k in _level1(tail)] == ["overview", "proactive", "statistics"]


# ---- plans: a 一是 list after the stated problems, a closing paragraph, a year cut by a hard wrap


def test_list_after_stated_problems_is_plans() -> None:
    text = (
        "一、总体情况\n2021年，县政府推进公开。\n二、存在的主要问题及改进情况\n存在的问题主要是基层公开不够规范。\n"
        "一是持续推进基层政务公开标准化建设；\n二是加大政策解读力度。\n"
    )
    assert _plans(text)
    # must not: a list of shortfalls after a sentence naming the problems is the problems themselves
    problems = (
        "一、总体情况\n2021年，县政府推进公开。\n二、存在的主要问题及改进情况\n工作中还存在一些问题。\n"
        "一是公开内容不够丰富；\n二是专栏更新有待加快。\n"
    )
    assert not _plans(problems)


def test_closing_paragraph_of_the_last_part_is_plans() -> None:
    text = (
        "一、概述\n2011年，我局推进公开。\n二、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生。\n"
        "今后，我局将进一步加大财政预决算公开力度。\n"
    )
    assert _plans(text)
    # must not: the year's own work in the last part (2011年，… in a 2011 report) looks not ahead
    done = (
        "一、概述\n2011年，我局推进公开。\n二、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生。\n"
        "2011年，我局将复议答复纳入考核。\n"
    )
    assert not _plans(done)


def test_plan_turn_across_a_wrap_inside_the_year() -> None:
    text = "一、概述\n2015年，区政府推进公开。\n二、存在的主要问题及改进措施\n信息更新不够及时。201\n6年，区政府将加强培训。\n"
    assert _plans(text)
    # must not: a year cut by a wrap in a sentence of what was done
    done = "一、概述\n2015年，区政府推进公开。\n二、存在的主要问题及改进措施\n信息更新不够及时，201\n5年已完成整改。\n"
    assert not _plans(done)


# ---- batch B: 第1部分, ①、, ASCII I、, 1 总体情况, 查找短板弱项 heads, （一）（二） improvements after stated problems


def test_arabic_ordinal_parts() -> None:
    text = "".join(f"第{k}部分：{t}\n本部分内容。\n" for k, t in enumerate(T7[:3], 1))
    assert [k for _, k in _level1(text)] == ["overview", "proactive", "requests"]
    # must not: 第1条 / 第2项 of a rule quoted in the body are no parts
    rule = "一、概述\n依据《条例》第1条和第2条规定开展工作。\n第2条\n全文见附件。\n二、主动公开政府信息情况\n全年公开。\n"
    assert [t for t, _ in _level1(rule)] == ["概述", "主动公开政府信息情况"]


def test_circled_numbers_with_a_comma_number_parts() -> None:
    text = "".join(f"{c}、{t}\n本部分内容。\n" for c, t in zip("①②③", T7, strict=False))
    assert [t for t, _ in _level1(text)] == list(T7[:3])


def test_ascii_roman_numerals_number_parts() -> None:
    text = "".join(
        f"{r}、{t}\n本部分内容。\n" for r, t in zip(("I", "II", "III", "IV"), T7, strict=False)
    )
    assert [k for _, k in _level1(text)] == ["overview", "proactive", "requests", "fees"]
    # must not: under 一、 parts, a line opening with an ASCII letter is no part
    nested = "一、概述\nI、加强领导\n成立领导小组。\n二、主动公开政府信息情况\n全年公开。\n"
    assert [t for t, _ in _level1(nested)] == ["概述", "主动公开政府信息情况"]


def test_arabic_number_and_space_numbers_parts_before_a_known_title() -> None:
    text = "".join(f"{k} {t}\n本部分内容。\n" for k, t in enumerate(T7[:4], 1))
    assert [k for _, k in _level1(text)] == ["overview", "proactive", "requests", "fees"]
    # must not: a line opening with a count and a space is no head where no known title follows
    counts = "一、概述\n2016年，县政府推进公开。\n12 个乡镇建成公开栏。\n二、主动公开政府信息情况\n全年公开。\n"
    assert [t for t, _ in _level1(counts)] == ["概述", "主动公开政府信息情况"]


def test_looking_for_shortfalls_is_problems() -> None:
    assert classify_title("查找短板弱项，推动持续改进") == "problems"
    text = "一、查找短板弱项，推动持续改进\n部分县区更新不及时。2017年，市政府将建立检查制度。\n"
    assert _level1(text) == [("查找短板弱项，推动持续改进", "problems")]
    # must not: 补齐短板 as an achievement names no problems part
    assert classify_title("补齐基层短板，推进公开全覆盖") != "problems"


def test_paren_sub_heads_after_stated_problems_are_plans() -> None:
    text = (
        "一、总体情况\n2022年，县政府推进公开。\n二、存在的主要问题及改进情况\n仍存在基层公开内容不够丰富的问题。\n"
        "（一）持续丰富基层公开内容，推动公开栏每月更新。\n（二）加强政务公开业务培训。\n"
    )
    assert _plans(text)
    # must not: sub-heads that state shortfalls are the problems
    problems = (
        "一、总体情况\n2022年，县政府推进公开。\n二、存在的主要问题及改进情况\n工作中还存在一些问题。\n"
        "（一）基层公开内容不够丰富。\n（二）业务培训有待加强。\n"
    )
    assert not _plans(problems)
