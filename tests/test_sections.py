"""Tests of textmine.sections: numbering styles, run-on headings, false headings, kinds."""

from __future__ import annotations

import re

import pytest

from tests._corpus import CORPUS, gold_files, load_document, load_gold
from textmine.sections import (
    classify_title,
    cn_numeral,
    find_sections,
    is_table_row,
    normalize_title,
)


def titles(text: str) -> list[tuple[int, str | None, str]]:
    return [(s.level, s.number, s.title) for s in find_sections(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一、概述\n正文。", [(1, "一", "概述")]),
        ("一．概述\n正文。", [(1, "一", "概述")]),
        ("一.概述\n正文。", [(1, "一", "概述")]),
        ("一 、概述\n正文。", [(1, "一", "概述")]),
        ("十一、其他需要报告的事项\n无。", [(1, "十一", "其他需要报告的事项")]),
        ("（一）主动公开情况\n正文。", [(1, "（一）", "主动公开情况")]),
        ("(一)主动公开情况\n正文。", [(1, "(一)", "主动公开情况")]),
        ("1.门户网站\n正文。", [(1, "1", "门户网站")]),
        ("1．门户网站\n正文。", [(1, "1", "门户网站")]),
        ("1、门户网站\n正文。", [(1, "1", "门户网站")]),
        ("（1）推进权责清单公开\n正文。", [(1, "（1）", "推进权责清单公开")]),
        ("(1)推进权责清单公开\n正文。", [(1, "(1)", "推进权责清单公开")]),
        ("①本级预决算公开情况\n正文。", [(1, "①", "本级预决算公开情况")]),
    ],
    ids=["l1-dun", "l1-fullstop", "l1-dot", "l1-space", "l1-eleven", "l2-full", "l2-half",
         "l3-dot", "l3-fullwidth-dot", "l3-dun", "l4-full", "l4-half", "l5-circled"],
)
def test_numbering_styles(text: str, expected: list) -> None:
    assert titles(text) == expected


def test_nesting_of_all_levels() -> None:
    text = "一、总体情况\n（一）主要做法\n1.加强领导\n（1）推进公开\n①预算公开\n文。\n二、其他需要报告的事项\n无。"
    secs = find_sections(text)
    assert [(s.level, s.parent_id) for s in secs] == [(1, None), (2, 1), (3, 2), (4, 3), (5, 4), (1, None)]
    assert secs[0].end == secs[-1].start
    assert secs[-1].end == len(text)


def test_relative_nesting_when_subheads_start_with_arabic() -> None:
    secs = find_sections("一、概述\n1.加强领导\n文。\n2.健全制度\n文。\n二、主动公开政府信息情况\n文。")
    assert [(s.level, s.parent_id, s.title) for s in secs] == [
        (1, None, "概述"), (2, 1, "加强领导"), (2, 1, "健全制度"), (1, None, "主动公开政府信息情况")]


@pytest.mark.parametrize(
    ("text", "expected_title", "rest"),
    [
        ("联系（地址：平潭）。 一、 概述 推进政府信息公开工作是重要举措。", "概述", "推进"),
        ("电话：0591-23165370。一、总体情况2021年，我区以习近平新时代中国特色社会主义思想为指导。", "总体情况", "2021"),
        ("要求。二、主动公开政府信息情况（一）主动公开政府信息的数量各乡镇、县直各单位对政府信息进行了梳理。", "主动公开政府信息情况", "（一）"),
        ("说明。一、概述政务信息公开是提高服务效率的重要举措。", "概述", "政务"),
        ("说明。（一）完善工作机构，加强组织领导。县政府高度重视。", "完善工作机构，加强组织领导", "。县"),
        ("说明。（一）组织机构方面我区成立了以主任为组长的领导小组。", "组织机构方面", "我区"),
        ("说明。（二）改进措施一是丰富政策解读形式。", "改进措施", "一是"),
        ("说明。（四）开展政策解读工作情况按照政策文件同步起草。", "开展政策解读工作情况", "按照"),
        ("说明。（一）存在问题虽然我区取得了一定成效。", "存在问题", "虽然"),
        ("说明。五、存在的主要问题及改进情况存在的问题主要有以下几个方面。", "存在的主要问题及改进情况", "存在的问题"),
    ],
    ids=["space-separated", "year-after", "next-number", "known-title", "full-stop", "subject-pronoun",
         "yishi", "anzhao", "suiran", "longest-known"],
)
def test_run_on_heading_title_end(text: str, expected_title: str, rest: str) -> None:
    sec = find_sections(text)[0]
    assert sec.title == expected_title
    assert text[sec.start:].lstrip("一二三四五六（）、 ").startswith(expected_title)
    after = text[sec.heading_end:].lstrip(" 。")
    assert after.startswith(rest.lstrip("。")) or text[sec.heading_end - 1:].startswith(rest)


def test_run_on_subheading_without_separator() -> None:
    text = "要求。二、主动公开政府信息情况（一）主动公开政府信息的数量各乡镇、县直各单位对政府信息进行了梳理和编目。（二）主动公开政府信息的主要类别2011年，公开425条。"
    secs = find_sections(text)
    assert [s.title for s in secs] == ["主动公开政府信息情况", "主动公开政府信息的数量", "主动公开政府信息的主要类别"]
    assert [s.level for s in secs] == [1, 2, 2]


@pytest.mark.parametrize(
    "text",
    [
        "我区一是加强领导，二是健全制度，三是拓展渠道。",
        "第一，加强领导；第二，健全制度。",
        "依据《条例》第二十条第（一）项的规定公开。",
        "不属于第（一）项规定的情形。",
        "其中：1.网站公开418条，2.政府公报公开7条。",
        "截至2016.12底共公开信息。",
        "全年共公开信息1.5万条，增长3.5%。",
        "咨询电话：0591-23165250，邮编350400。",
        "分为一、二、三类进行管理。",
    ],
    ids=["yishi-ershi", "diyi", "article-item", "item-after-di", "qizhong-table-row", "date", "decimal",
         "phone", "enumerated-numerals"],
)
def test_false_headings_do_not_split(text: str) -> None:
    assert find_sections(text) == []


def test_table_rows_of_2021_table_are_not_sections() -> None:
    text = ("三、收到和处理政府信息公开申请情况（本列数据的勾稽关系）一、本年新收政府信息公开申请数量640020470"
            "二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开270020130（七）总计630020469"
            "四、结转下年度继续办理1000001 四、政府信息公开行政复议、行政诉讼情况 行政复议000"
            "五、存在的主要问题及改进情况（一）存在的主要问题:解读形式不够丰富。（二）改进措施：一是丰富形式。")
    secs = find_sections(text)
    assert [(s.level, s.title, s.kind) for s in secs] == [
        (1, "收到和处理政府信息公开申请情况", "requests"),
        (1, "政府信息公开行政复议、行政诉讼情况", "appeals"),
        (1, "存在的主要问题及改进情况", "problems"),
        (2, "存在的主要问题", "problems"),
        (2, "改进措施", "plans"),
    ]


@pytest.mark.parametrize(
    ("title", "row"),
    [("本年新收政府信息公开申请数量", True), ("予以公开", True), ("当面申请数", True),
     ("属于国家秘密", True), ("总体情况", False), ("主动公开政府信息情况", False)],
    ids=["new", "granted", "in-person", "secret", "overview", "proactive"],
)
def test_is_table_row(title: str, row: bool) -> None:
    assert is_table_row(title) is row


def test_statistics_heading_starts_a_table_region() -> None:
    text = ("五、存在的主要问题\n不足。\n六、关于2017年政府信息公开工作\n计划。\n附件2\n\n政府信息公开情况统计表\n(2016年度)\n"
            "统 计 指 标\n单位\n一、主动公开情况\n67467\n  (一)主动公开政府信息数\n15689\n     1.政府公报公开政府信息数\n"
            "七、依申请公开信息收取的费用\n万元\n")
    secs = find_sections(text)
    assert [(s.number, s.title, s.kind) for s in secs] == [
        ("五", "存在的主要问题", "problems"),
        ("六", "关于2017年政府信息公开工作", "plans"),
        (None, "政府信息公开情况统计表", "statistics"),
    ]
    assert secs[-1].end == len(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("正文。 附件1：平潭县人民政府2011年政府信息公开情况统计表 指标名称计量单位", "平潭县人民政府2011年政府信息公开情况统计表"),
        ("正文。 平潭综合实验区政府信息公开情况统计表 指标名称 计量单位", "平潭综合实验区政府信息公开情况统计表"),
        ("正文。七、附表指 标 名 称计量单位", "附表"),
    ],
    ids=["annex", "unnumbered-caption", "numbered-annex-table"],
)
def test_statistics_headings(text: str, title: str) -> None:
    secs = find_sections(text)
    assert [(s.title, s.kind) for s in secs] == [(title, "statistics")]


def test_preamble_mention_of_statistics_table_is_not_a_heading() -> None:
    assert find_sections("本报告由概述、政府信息公开情况统计表共五个部分组成。报告并附相关指标统计表。") == []


def test_sequence_break_needs_a_known_title() -> None:
    text = "一、概述\n文。\n二、主动公开政府信息情况\n文。\n二、收到和处理政府信息公开申请情况\n文。\n一、加强领导\n文。"
    secs = find_sections(text)
    assert [s.title for s in secs] == ["概述", "主动公开政府信息情况", "收到和处理政府信息公开申请情况"]


KINDS = [
    ("概述", "overview"), ("主要工作概述", "overview"), ("基本工作情况", "overview"), ("总体情况", "overview"),
    ("政府信息公开总体工作情况", "overview"), ("政府信息公开工作要点落实情况", "overview"),
    ("总体情况及《要点》落实情况", "overview"), ("政府信息公开基本情况", "overview"),
    ("主要措施及成效", "measures"), ("主要做法", "measures"),
    ("主动公开政府信息情况", "proactive"), ("主动公开情况", "proactive"), ("政府信息主动公开情况", "proactive"),
    ("行政机关主动公开政府信息情况", "proactive"), ("重点领域政府信息公开情况", "proactive"),
    ("回应解读情况", "response"), ("政策解读与回应关切", "response"),
    ("依申请公开政府信息情况", "requests"), ("政府信息依申请公开办理情况", "requests"),
    ("依申请公开政府信息和不予公开政府信息情况", "requests"), ("收到和处理政府信息公开申请情况", "requests"),
    ("行政机关收到和处理政府信息公开申请情况", "requests"), ("依申请公开、不予公开及咨询政府信息情况", "requests"),
    ("咨询处理情况", "consultation"), ("咨询和投诉情况", "consultation"), ("咨询情况", "consultation"),
    ("政府信息公开的收费及减免情况", "fees"), ("政府支出和收费情况", "fees"), ("依申请收费及减免情况", "fees"),
    ("因政府信息公开申请行政复议和提起行政诉讼的情况", "appeals"), ("复议、诉讼和申诉的情况", "appeals"),
    ("政府信息公开行政复议、行政诉讼情况", "appeals"), ("因政府信息公开工作被申请行政复议和提起行政诉讼情况", "appeals"),
    ("行政复议诉讼和举报投诉情况", "appeals"),
    ("存在的主要问题及改进情况", "problems"), ("政府信息公开工作存在的主要问题及改进情况", "problems"),
    ("主要问题和改进措施", "problems"), ("存在问题及工作打算", "problems"), ("存在的主要问题和下步工作措施", "problems"),
    ("存在问题", "problems"),
    ("改进措施", "plans"), ("下一步工作打算", "plans"), ("下步工作计划", "plans"), ("2017年工作计划", "plans"),
    ("关于2017年政府信息公开工作", "plans"), ("今后改进方向", "plans"), ("工作打算", "plans"), ("进一步整改", "plans"),
    ("其他需要报告的事项", "other"), ("其他需要报告事项", "other"), ("机构建设和保障经费情况", "other"),
    ("政府信息公开会议和培训情况", "other"), ("其他工作情况", "other"), ("工作人员和费用支出情况", "other"),
    ("政府信息公开情况统计表", "statistics"), ("附表", "statistics"), ("附件1：政府信息公开情况统计表", "statistics"),
]


@pytest.mark.parametrize(("title", "kind"), KINDS, ids=[t for t, _ in KINDS])
def test_classify_title(title: str, kind: str) -> None:
    assert classify_title(title) == kind


@pytest.mark.parametrize("title", ["", "。", "加强组织领导"], ids=["empty", "punct", "no-kind"])
def test_classify_title_none(title: str) -> None:
    assert classify_title(title) is None


def test_unknown_level1_defaults() -> None:
    text = "一、健全组织、强化领导\n文。\n二、存在的主要问题\n文。\n三、网站访问量统计\n文。"
    assert [s.kind for s in find_sections(text)] == ["measures", "problems", "other"]


def test_subsection_inheritance_and_override() -> None:
    text = ("一、总体情况\n（一）主动公开\n文。\n（二）主要做法\n文。\n二、主动公开政府信息情况\n（一）主动公开政府信息的数量\n文。\n"
            "（四）开展政策解读工作情况\n文。\n三、依申请公开、不予公开及咨询政府信息情况\n（三）咨询情况\n文。\n"
            "四、主要问题和改进措施\n（一）存在问题\n文。\n（二）改进措施\n文。\n（三）继续强化信息公开责任\n文。")
    got = [(s.title, s.kind) for s in find_sections(text)]
    assert got == [
        ("总体情况", "overview"), ("主动公开", "overview"), ("主要做法", "measures"),
        ("主动公开政府信息情况", "proactive"), ("主动公开政府信息的数量", "proactive"),
        ("开展政策解读工作情况", "response"),
        ("依申请公开、不予公开及咨询政府信息情况", "requests"), ("咨询情况", "consultation"),
        ("主要问题和改进措施", "problems"), ("存在问题", "problems"), ("改进措施", "plans"),
        ("继续强化信息公开责任", "problems"),
    ]


@pytest.mark.parametrize(("numeral", "value"), [("一", 1), ("十", 10), ("十一", 11), ("二十三", 23), ("③", 3), ("12", 12)])
def test_cn_numeral(numeral: str, value: int) -> None:
    assert cn_numeral(numeral) == value


@pytest.mark.parametrize("bad", ["百", "十十", "a"])
def test_cn_numeral_rejects(bad: str) -> None:
    with pytest.raises(ValueError, match="not a section numeral"):
        cn_numeral(bad)


def test_sections_are_deterministic_and_ordered() -> None:
    text = "一、概述\n文。\n（一）组织\n文。\n二、其他需要报告的事项\n无。"
    a, b = find_sections(text), find_sections(text)
    assert a == b
    assert [s.section_id for s in a] == [1, 2, 3]
    assert all(s.start < s.heading_end <= s.end for s in a)


# --- real corpus --------------------------------------------------------------------------

GOLD = gold_files()
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")


def _norm(s: str | None) -> str:
    return re.sub(r"[\s\u3000（）()、．.，,：:；;。]", "", str(s or ""))


def _f1(gold: dict, secs: list) -> float:
    """Per-report F1 exactly as tools/score_gold.py scores sections."""
    used: set[int] = set()
    tp = 0
    for g in gold["sections"]:
        gt = _norm(g["title"])
        hit = None
        for i, s in enumerate(secs):
            if i in used:
                continue
            pt = _norm(s.title)
            if gt and (gt == pt or (len(gt) >= 4 and (gt in pt or pt in gt) and len(pt) >= 2)):
                hit = i
                break
        if hit is not None:
            used.add(hit)
            tp += secs[hit].kind == g["kind"]
    top = min((s.level for s in secs), default=1)
    extra = sum(1 for i, s in enumerate(secs) if s.level == top and i not in used)
    p = tp / max(tp + extra, 1)
    r = tp / max(len(gold["sections"]), 1)
    return 2 * p * r / max(p + r, 1e-9)


@needs_corpus
@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_level1_kinds(path) -> None:
    gold = load_gold(path)
    doc = load_document(gold["file"])
    assert _f1(gold, find_sections(doc.text)) >= 0.8


@needs_corpus
def test_seed_table_rows_are_not_sections() -> None:
    doc = load_document("seed/gaotai-2016.txt")
    secs = find_sections(doc.text)
    stats = [s for s in secs if s.kind == "statistics"]
    assert len(stats) == 1 and stats[0].title == "政府信息公开情况统计表"
    assert all(s.start < stats[0].start for s in secs if s is not stats[0])
    assert not any("主动公开政府信息数" in s.title or "申请数" in s.title for s in secs)


@needs_corpus
def test_titles_are_heading_text_only() -> None:
    for path in GOLD:
        gold = load_gold(path)
        secs = find_sections(load_document(gold["file"]).text)
        for s in secs:
            assert s.title and len(s.title) <= 40, (gold["id"], s.title)
            assert normalize_title(s.title)


# --- QA probe defects (fictional snippets) ------------------------------------------------


def kinds(text: str) -> list[tuple[int, str | None, str, str]]:
    return [(s.level, s.number, s.title, s.kind) for s in find_sections(text)]


def test_part_headings_are_level_one():
    text = (
        "某局2021年政府信息公开工作年度报告\n"
        "第一部分 总体情况\n全年主动公开信息1047条。\n"
        "第二部分 主动公开政府信息情况\n制发规范性文件3件。\n"
        "第五部分 存在的主要问题及改进情况\n"
        "（一）存在问题。解读针对性不强。\n（二）改进措施。加强与媒体合作。\n"
        "第六章 其他需要报告的事项\n无。\n"
    )
    assert kinds(text) == [
        (1, "一", "总体情况", "overview"),
        (1, "二", "主动公开政府信息情况", "proactive"),
        (1, "五", "存在的主要问题及改进情况", "problems"),
        (2, "（一）", "存在问题", "problems"),
        (2, "（二）", "改进措施", "plans"),
        (1, "六", "其他需要报告的事项", "other"),
    ]


def test_part_inside_prose_is_not_a_heading():
    assert titles("一、总体情况\n详见本报告第二部分主动公开政府信息情况。\n") == [(1, "一", "总体情况")]


TOC_TEXT = (
    "某局2022年政府信息公开工作年度报告\n"
    "目  录\n"
    "一、总体情况……………………1\n"
    "二、主动公开政府信息情况……2\n"
    "三、收到和处理政府信息公开申请情况 3\n"
    "四、其他需要报告的事项\n"
    "本报告根据《条例》编制。\n"
    "一、总体情况\n全年主动公开信息358条。\n"
    "二、主动公开政府信息情况\n制发规范性文件1件。\n"
    "三、收到和处理政府信息公开申请情况\n新收申请4件。\n"
    "四、其他需要报告的事项\n无。\n"
)


def test_table_of_contents_gives_no_sections():
    from textmine.sections import find_toc

    start, end = find_toc(TOC_TEXT)
    assert TOC_TEXT[start:end].startswith("目  录") and TOC_TEXT[start:end].endswith("四、其他需要报告的事项")
    secs = find_sections(TOC_TEXT)
    assert [s.title for s in secs] == [
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
        "其他需要报告的事项",
    ]
    assert all(s.start > end for s in secs)


def test_headings_without_body_repeated_later_only_once_are_no_toc():
    from textmine.sections import find_toc

    text = "一、总体情况\n（一）主动公开\n（二）依申请公开\n全年公开信息。\n二、其他需要报告的事项\n无。"
    assert find_toc(text) is None


def test_standalone_known_titles_are_level_one_without_numbers():
    text = (
        "某局2019年政府信息公开工作年度报告\n本报告依据《条例》编制。\n"
        "总体情况\n全年主动公开政府信息562条。\n"
        "主动公开政府信息情况\n制发规范性文件2件。\n"
        "政府信息公开行政复议、行政诉讼情况\n未发生行政复议。\n"
        "存在的主要问题及改进情况\n公开不够及时。\n"
        "其他需要报告的事项\n无。\n"
    )
    assert [(s.level, s.number, s.title, s.kind) for s in find_sections(text)] == [
        (1, None, "总体情况", "overview"),
        (1, None, "主动公开政府信息情况", "proactive"),
        (1, None, "政府信息公开行政复议、行政诉讼情况", "appeals"),
        (1, None, "存在的主要问题及改进情况", "problems"),
        (1, None, "其他需要报告的事项", "other"),
    ]


def test_standalone_known_title_stays_sub_heading_under_numbered_parts():
    text = "一、概述\n正文。\n二、主动公开政府信息情况\n主动公开范围\n正文。\n"
    assert [(s.level, s.title) for s in find_sections(text)] == [
        (1, "概述"),
        (1, "主动公开政府信息情况"),
        (2, "主动公开范围"),
    ]


def test_inline_enumeration_is_not_a_heading():
    text = (
        "五、存在的主要问题及改进情况\n一是解读形式不够丰富。针对上述问题，我局将：（一）丰富解读形式；"
        "（二）加强答复文书审核。\n六、其他需要报告的事项\n无。"
    )
    assert titles(text) == [(1, "五", "存在的主要问题及改进情况"), (1, "六", "其他需要报告的事项")]


def test_enumeration_after_colon_ending_with_full_stop_is_still_a_heading():
    text = "一、总体情况\n具体如下：\n（一）主动公开。全年公开信息。\n（二）依申请公开。收到申请6件。"
    assert titles(text)[1:] == [(2, "（一）", "主动公开"), (2, "（二）", "依申请公开")]


@pytest.mark.parametrize(
    "row",
    ["3.其他\t0\t0\t0\t0\t0\t0\t0", "3.其他 0 0 0 0", "（三）其他情形\t1\t2", "3、合计\t\t5"],
)
def test_table_rows_are_not_headings(row):
    text = f"三、收到和处理政府信息公开申请情况\n（六）其他处理\n1.申请人逾期不补正\t0\t0\n{row}\n四、其他需要报告的事项\n无。"
    got = titles(text)
    assert (1, "四", "其他需要报告的事项") in got
    assert not any("\t" in t or re.search(r"\d \d", t) for _, _, t in got)


def test_run_on_heading_with_numbers_later_is_still_a_heading():
    text = "前言。 一、概述 全年公开信息10条，其中 1 2 3。 二、其他需要报告的事项 无。"
    assert [t for _, _, t in titles(text)] == ["概述", "其他需要报告的事项"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [("不予公开政府信息情况", "requests"), ("举报投诉情况", "appeals"), ("咨询和投诉情况", "consultation")],
)
def test_kinds_of_old_era_parts(title, kind):
    assert classify_title(title) == kind
    assert find_sections(f"一、概述\n正文。\n二、{title}\n正文。")[1].kind == kind


def test_table_of_contents_directly_followed_by_the_body():
    from textmine.sections import find_toc

    text = (
        "目录\n一、总体情况\n二、主动公开政府信息情况\n三、其他需要报告的事项\n"
        "一、总体情况\n（一）主动公开\n全年公开信息。\n二、主动公开政府信息情况\n文。\n"
        "三、其他需要报告的事项\n无。"
    )
    start, end = find_toc(text)
    assert text[start:end].endswith("三、其他需要报告的事项") and text[end + 1 :].startswith("一、总体情况")
    assert [(s.level, s.title) for s in find_sections(text)] == [
        (1, "总体情况"),
        (2, "主动公开"),
        (1, "主动公开政府信息情况"),
        (1, "其他需要报告的事项"),
    ]
