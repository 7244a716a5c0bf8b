"""Sections in the shapes of probes7 (issue 10 item 3): a run-in heading of a known kind ends at
its closing noun even where a later word is a sentence cue; no heading says 了; problems headings
joined to 不足 or to what will be done are known titles; a problems part turns to plans where the
report names itself (我街道将…). Each rule has cases that must match and cases that must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from textmine.ingest import read_document
from textmine.items import RE_PLAN_TURN, _starts_turn
from textmine.pipeline import analyze
from textmine.sections import _aspect_particle, _last_ending, classify_title, find_sections


def level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


TAIL = "五、其他需要报告的事项无。"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("存在的不足和改进措施", "信息发布审核不够严格。"),  # 严格 is a cue, later than 措施
        ("存在的问题和不足", "信息更新不及时。"),  # 及时 is a cue
        ("存在的不足与今后努力方向", "部分单位重视不够。"),
        ("问题与不足及下一步工作安排", "基层力量薄弱。"),
        ("存在的主要问题和2024年工作重点", "部分部门答复不规范。"),
        ("工作中存在的问题及下一步工作计划", "信息发布审核不严。"),
    ],
)
def test_a_combined_problems_heading_ends_at_its_noun(heading: str, body: str) -> None:
    assert level1(f"三、收到申请情况全年5件。四、{heading}{body}{TAIL}")[1] == (heading, "problems")


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("存在的问题和不足及时整改", "已完成。"),  # 及 after 不足 joins the title: it is one clause
        ("存在的问题及2018年工作计划", "公开不够及时。"),
    ],
)
def test_a_problems_heading_joined_by_a_conjunction_goes_on(heading: str, body: str) -> None:
    title = level1(f"三、收到申请情况全年5件。四、{heading}{body}{TAIL}")[1][0]
    assert title.startswith(heading[:8]) and len(title) >= len(heading) - 4


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("一、加强组织领导调整充实了领导小组。", "加强组织领导"),
        ("一、加强组织领导局党组研究部署了公开工作。", "加强组织领导"),
        ("一、健全工作机制修订完善了保密审查制度。", "健全工作机制"),
        ("一、加强组织领导，健全工作机制成立了领导小组。", "加强组织领导，健全工作机制"),
    ],
)
def test_no_heading_says_le(text: str, title: str) -> None:
    assert level1(text + "二、主动公开政府信息情况全年100条。")[0][0] == title


@pytest.mark.parametrize(
    ("window", "pos"),
    [("加强组织领导调整充实了领导小组", 10), ("为了解决群众关切", -1), ("完成了网站改版", 2),
     ("深入了解群众需求", -1),  # 了解 is read as a word, never as 了
     ("公开除了涉密信息", -1), ("确保不了解", -1)],
)
def test_aspect_particle(window: str, pos: int) -> None:
    assert _aspect_particle(window) == pos


def test_the_last_title_ending_needs_four_characters_and_no_continuation() -> None:
    assert _last_ending("加强组织领导调整充实") == 6
    assert _last_ending("局党组研究部署") == 0
    assert _last_ending("工作") == 0  # too short to be a heading
    assert _last_ending("加强管理和建设网站") == 7  # 管理 goes on with 和: the heading ends at 建设


@pytest.mark.parametrize(
    "text",
    [
        "少数社区公开不及时。我街道将在今后的工作中加强督促检查。",
        "依申请公开答复质量有待提升。本机关将健全答复审核机制。",
        "窗口人员不足。我中心将充实人员。",
        "平台功能单一。2024年，我局将完成网站集约化改造。",
        "解读不够。下一步工作中，我局将丰富形式。",
    ],
)
def test_a_problems_part_turns_to_plans_where_the_report_names_itself(text: str) -> None:
    assert RE_PLAN_TURN.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "我镇政务公开工作人员少，业务水平不高，公开内容不够丰富。",
        "街道将近一半的社区没有公开栏。",  # 将近: nearly, not a plan
        "部分单位对公开工作重视不够。",
    ],
)
def test_problems_alone_are_no_plans(text: str) -> None:
    assert RE_PLAN_TURN.search(text) is None


@pytest.mark.parametrize(
    ("problems", "plans"),
    [("我镇公开内容不够丰富，人员少。", False), ("公开内容不够丰富。我镇将充实人员。", True)],
)
def test_plans_are_found_only_where_the_problems_part_turns_to_them(tmp_path: Path, problems: str, plans: bool) -> None:
    path = tmp_path / "r.txt"
    path.write_text("一、总体情况\n我镇按要求推进公开。\n二、存在的主要问题\n" + problems
                    + "\n三、其他需要报告的事项\n无。\n", encoding="utf-8")
    report = analyze(read_document(path))
    assert bool((report.items["kind"] == "plans").any()) == plans


@pytest.mark.parametrize(
    ("heading", "body", "kind"),
    [
        ("存在的问题和建议", "公开不及时。", "problems"),
        ("信息公开存在的不足", "公开不及时。", "problems"),
        ("政务公开工作存在的主要问题", "答复不规范。", "problems"),
        ("存在的不足", "部分单位重视不够。", "problems"),
    ],
)
def test_problems_headings_of_other_wordings(heading: str, body: str, kind: str) -> None:
    assert level1(f"三、收到申请情况全年5件。四、{heading}{body}{TAIL}")[1] == (heading, kind)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("四、存在问题和改进措施存在问题：1.公开不及时。2.审核不严格。", "公开不及时"),  # 及时 after 不: no cue
        ("一、加强平台建设不断完善门户网站。", "加强平台建设"),  # 不断 itself is still a cue
    ],
)
def test_no_cue_starts_right_after_bu(text: str, title: str) -> None:
    assert title in [s.title for s in find_sections(text + "五、其他需要报告的事项无。")]


@pytest.mark.parametrize(
    ("title", "kind"),
    [("信息公开存在的不足", "problems"), ("存在的问题和建议", "problems"), ("补齐短板弥补不足", None),
     ("征求意见建议情况", None)],
)
def test_the_kind_of_a_shortcomings_title(title: str, kind: str | None) -> None:
    assert classify_title(title) == kind


def test_a_counted_noun_closes_no_heading() -> None:
    text = "六、其他需要报告的事项\n（一）本年度未收费。\n（二）全年承办市人大代表建议21件、市政协提案26件，均已办结。"
    titles = [s.title for s in find_sections(text)]
    assert "全年承办市人大代表建议" not in titles
    assert "存在的问题和建议" in [s.title for s in find_sections("四、存在的问题和建议公开不及时。")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a problem's subject (部分/少数/个别 + a body or scope) starts the paragraph
        ("二、强化监督保障部分单位重视不够。", "强化监督保障"),
        ("二、存在的不足少数乡镇更新不及时。", "存在的不足"),
        # 标准化 / 规范化 … close a verb-object heading before a clause subject
        ("二、推进政务公开标准化规范化区政府办公室牵头抓总。", "推进政务公开标准化规范化"),
        # a party committee or group is a clause subject
        ("二、加强组织领导局党组专题研究政务公开工作。", "加强组织领导"),
        ("二、加强组织领导市委、市政府高度重视。", "加强组织领导"),
        # FORMAT.md §4.1 variants are known titles
        ("二、健全组织、强化领导部分单位重视不够。", "健全组织、强化领导"),
        ("二、信息公开的组织领导和制度建设情况市政府调整了领导小组。", "信息公开的组织领导和制度建设情况"),
        ("二、存在的问题和意见建议部分单位重视不够。", "存在的问题和意见建议"),
    ],
)
def test_run_in_headings_before_a_clause(text: str, title: str) -> None:
    assert [t for t, _ in level1("一、概述文。" + text + "三、其他需要报告的事项无。")][1] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("二、存在的部分问题\n文。", "存在的部分问题"),  # 部分 before a word that is no body or scope
        ("二、加强基层党组织建设\n文。", "加强基层党组织建设"),  # 党组织 is no 党组 subject
        ("二、规范依申请公开，保障群众知情权\n文。", "规范依申请公开，保障群众知情权"),
        ("二、代表建议委员提案办理结果公开情况部分单位重视不够。", "代表建议委员提案办理结果公开情况"),
    ],
)
def test_headings_that_must_not_be_cut(text: str, title: str) -> None:
    assert [t for t, _ in level1("一、概述文。" + text + "三、其他需要报告的事项无。")][1] == title


@pytest.mark.parametrize(
    ("text", "turn"),
    [
        ("公开不及时。为此，我们将加强督查。", True),
        ("公开不及时。对此，我县将加强督查。", True),
        ("公开不及时。为解决上述问题，我局将加强督查。", True),
        ("公开不及时。下一步，将加强督查。", True),
        # must NOT: the clause after the comma is not the report itself; after a long clause the
        # turn is left to sentence starts (conservative: 我局将… may be 把, 我局将公开纳入考核)
        ("部分单位在公开中存在不及时等情况，各单位将按要求整改。", False),
        ("公开不及时，将近一半的信息没有更新。", False),
        ("公开内容不够全面、形式不够丰富、解读不够深入等问题仍然存在，我局将加强督查。", False),
    ],
)
def test_a_turn_to_plans_after_a_short_lead(text: str, turn: bool) -> None:
    found = any(_starts_turn(text, m.start(), 0) for m in RE_PLAN_TURN.finditer(text))
    assert found == turn
