"""Rules of the sections lexicon that the held-out set ``tests/cases/probes33`` led to (issue 10 item 3), each with
a case that must match and one that must not."""

from __future__ import annotations

from textmine.sections import classify_title, find_sections


def _level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


# ---- a small body's own-word parts: what was made public, how requests were handled, next year's plans


def test_what_was_made_public_is_proactive() -> None:
    assert classify_title("公开了哪些信息") == "proactive"
    assert classify_title("公开什么") == "proactive"
    assert classify_title("公开了哪些内容") == "proactive"
    # must NOT: a problems part asking what is lacking, a heading naming disclosure in general
    assert classify_title("还有哪些不足") == "problems"
    assert classify_title("信息公开平台建设") != "proactive"


def test_the_publics_requests_are_requests() -> None:
    assert classify_title("群众申请怎么办的") == "requests"
    assert classify_title("群众的申请办得怎么样") == "requests"
    assert classify_title("申请办得怎么样") == "requests"
    # must NOT: the public's satisfaction or a request-less heading
    assert classify_title("群众满意度调查") != "requests"
    assert classify_title("办得怎么样") != "requests"


def test_next_years_intentions_are_plans() -> None:
    for title in ("明年打算", "明年怎么干", "今后打算", "来年工作计划", "明年的工作安排"):
        assert classify_title(title) == "plans", title
    # must NOT: problems and intentions under one heading stay problems; 今后 inside a sentence-like heading
    assert classify_title("存在问题和今后打算") == "problems"
    assert classify_title("差距和打算") == "problems"
    assert classify_title("明年") is None


def test_a_gap_heading_is_problems() -> None:
    assert classify_title("差距和打算") == "problems"
    assert classify_title("差距与不足") == "problems"
    # must NOT: narrowing a gap is work, not a problems heading
    assert classify_title("缩小城乡差距") != "problems"


def test_township_parts_in_own_words() -> None:
    heads = ["基本情况", "公开了哪些信息", "群众申请怎么办的", "还有哪些不足", "明年打算"]
    text = "某镇人民政府2016年政府信息公开工作年度报告\n" + "".join(
        f"{c}、{h}\n本部分内容。\n" for c, h in zip("一二三四五", heads, strict=True)
    )
    assert [k for _, k in _level1(text)] == [
        "overview",
        "proactive",
        "requests",
        "problems",
        "plans",
    ]


# ---- 2008–2012 bare lines: 概述 / 主要工作 / 工作措施 / 存在问题 / 下一步打算 as the parts


def test_bare_old_era_lines_are_parts() -> None:
    text = (
        "某县人民政府2009年政府信息公开工作年度报告\n概述\n2009年，县政府推进公开。\n主要工作\n一是健全了机构；二是编制了目录。\n"
        "存在问题\n部分单位认识不到位。\n下一步打算\n2010年，县政府将完善目录。\n"
    )
    assert _level1(text) == [
        ("概述", "overview"),
        ("主要工作", "measures"),
        ("存在问题", "problems"),
        ("下一步打算", "plans"),
    ]
    measures = text.replace("主要工作\n", "工作措施\n")
    assert [k for _, k in _level1(measures)] == ["overview", "measures", "problems", "plans"]


def test_work_words_inside_a_sentence_are_no_part() -> None:
    # must NOT: 主要工作 / 下一步打算 opening a sentence of a paragraph (not alone on a line) are no parts
    text = (
        "某县人民政府2009年政府信息公开工作年度报告\n概述\n2009年，县政府推进公开。\n"
        "主要工作是编制目录和指南。\n存在问题\n部分单位认识不到位。\n下一步打算完善目录，加强督查。\n"
    )
    assert [t for t, _ in _level1(text)] == ["概述", "存在问题"]


# ---- a head of two questions on one line: one title up to its last ？


def test_two_questions_on_a_line_are_one_title() -> None:
    text = (
        "某镇人民政府2019年政府信息公开工作年度报告\n一、公开什么？怎么公开？\n全年公开信息263条。\n"
        "二、群众申请了什么？怎么答复的？\n全年收到申请5件。\n三、还有哪些问题？怎么改？\n部分村更新慢。\n"
    )
    assert _level1(text) == [
        ("公开什么？怎么公开", "proactive"),
        ("群众申请了什么？怎么答复的", "requests"),
        ("还有哪些问题？怎么改", "problems"),
    ]


def test_a_question_then_text_is_no_second_question() -> None:
    # must NOT: after the first ？ the text goes on with figures (no short question closing the line)
    text = "某镇人民政府2019年政府信息公开工作年度报告\n一、公开什么？全年公开信息263条？\n二、主动公开政府信息情况\n无。\n"
    assert [t for t, _ in _level1(text)][0] == "公开什么"


# ---- a bare line opened by a year: 2011年工作计划, the last part of a 2008–2012 report


def test_year_plan_line_is_a_part() -> None:
    text = (
        "某县人民政府2010年政府信息公开工作年度报告\n概述\n2010年，县政府推进公开。\n工作措施\n完善目录。\n"
        "存在问题\n部分乡镇不及时。\n2011年工作计划\n2011年，县政府将加强考核。\n"
    )
    assert _level1(text)[-1] == ("2011年工作计划", "plans")


def test_year_lines_that_are_no_known_title_are_no_part() -> None:
    # must NOT: the report's title line and a year opening a sentence on its own line
    text = (
        "某县人民政府2010年政府信息公开工作年度报告\n概述\n2010年县政府推进公开\n存在问题\n部分乡镇不及时。\n"
        "2011年县政府将加强考核\n"
    )
    assert [t for t, _ in _level1(text)] == ["概述", "存在问题"]


# ---- a question head asking how the year's work went: the overview


def test_how_did_this_years_work_go_is_overview() -> None:
    assert classify_title("今年公开工作做得怎么样") == "overview"
    assert classify_title("全年政府信息公开工作开展得如何") == "overview"
    # must NOT: next year's work asked about, or no question at all
    assert classify_title("明年工作怎么做") == "plans"
    assert classify_title("今年公开工作") is None
