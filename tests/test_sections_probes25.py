"""Rules of the sections lexicon that the held-out set ``tests/cases/probes25`` led to (issue 10
item 3), each with a case that must match and one that must not."""

from __future__ import annotations

from textmine.items import split_items
from textmine.sections import classify_title, find_sections, find_toc


def _level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


def _has_plans(text: str) -> bool:
    sections = find_sections(text)
    return any(s.kind == "plans" for s in sections) or any(
        i.kind == "plans" for i in split_items(text, sections, [], tagger=lambda _: ()))


# ---- a 政务公开 report's parts on the 五公开 are proactive disclosure


def test_five_disclosures_parts_are_proactive() -> None:
    for title in ("决策公开情况", "推进执行公开", "管理和服务公开", "执行和结果公开", "深化决策、执行、管理、服务、结果公开"):
        assert classify_title(title) == "proactive", title
    text = ("一、推进决策公开\n全年公开征求意见草案12件。\n二、推进管理和服务公开\n公开权责清单。\n"
            "三、政务公开平台建设\n整合政务新媒体账号7个。\n四、存在的主要问题及改进情况\n下一步，将加强培训。\n")
    assert [k for _, k in _level1(text)] == ["proactive", "proactive", "measures", "problems"]


def test_other_disclosure_titles_keep_their_kinds() -> None:
    # must not: the proposals' 办理结果公开 part is `other`; platform and information management name no 五公开;
    # a 五公开 sub-head under 总体情况 keeps its parent's kind
    assert classify_title("代表建议委员提案办理结果公开情况") == "other"
    assert classify_title("政务公开平台建设") != "proactive"
    assert classify_title("政府信息管理") != "proactive"
    assert classify_title("政策解读与回应关切") == "response"
    text = ("一、总体情况\n2023年，我市全面推进政务公开。\n（一）决策公开\n公开征求意见12件。\n（二）结果公开\n公开审计整改结果。\n"
            "二、主动公开政府信息情况\n全年公开386条。\n")
    kinds = [(s.level, s.kind) for s in find_sections(text)]
    assert kinds == [(1, "overview"), (2, "overview"), (2, "overview"), (1, "proactive")]


# ---- a town's or street's short unnumbered heads alone on their lines


def test_short_unnumbered_heads_of_towns_are_parts() -> None:
    text = ("某镇人民政府2023年政府信息公开工作年度报告\n总体情况\n2023年，我镇公开政府信息218条。\n"
            "政府信息公开申请办理情况\n全年收到申请3件。\n问题和打算\n公开栏更新不及时。2024年，我镇将按月更新。\n其他事项\n无。\n")
    assert _level1(text) == [("总体情况", "overview"), ("政府信息公开申请办理情况", "requests"),
                             ("问题和打算", "problems"), ("其他事项", "other")]
    assert _has_plans(text)
    assert classify_title("主要问题及改进措施") == "problems"


def test_short_words_inside_prose_are_no_heads() -> None:
    # must not: the same words inside a sentence, or a line that goes on past them, open no part
    text = ("某镇人民政府2023年政府信息公开工作年度报告\n总体情况\n2023年，我镇公开政府信息218条，其他事项均按规定办理。\n"
            "问题和打算都已报县政府备案。\n存在问题及改进措施\n公开栏更新不及时。\n")
    assert [t for t, _ in _level1(text)] == ["总体情况", "存在问题及改进措施"]
    assert classify_title("其他事项说明") is None


# ---- batch B: the 五公开 by name, 落实…工作要点情况, ``主动公开工作`` lines, year turns cut by a hard wrap, Markdown contents


def test_five_disclosures_by_name_and_work_points_part() -> None:
    assert classify_title("推进“五公开”工作情况") == "proactive"
    assert classify_title("落实上级年度政务公开工作要点情况") == "overview"
    # must not: 十五公开 is no such name; a work-points part that is not about 落实 keeps no overview rule of this kind
    assert classify_title("第十五公开栏") != "proactive"
    assert classify_title("落实整改情况") != "overview"


def test_work_lines_of_towns_are_parts() -> None:
    text = ("某镇人民政府2020年政府信息公开工作年度报告\n工作概述\n2020年，我镇推进公开。\n主动公开工作\n全年公开246条。\n"
            "依申请公开工作\n全年收到申请2件。\n")
    assert _level1(text) == [("工作概述", "overview"), ("主动公开工作", "proactive"), ("依申请公开工作", "requests")]
    # must not: the words run on in a sentence of their own line
    text = ("某镇人民政府2020年政府信息公开工作年度报告\n工作概述\n2020年，我镇推进公开。\n主动公开工作做得扎实。\n"
            "依申请公开工作\n全年收到申请2件。\n")
    assert [t for t, _ in _level1(text)] == ["工作概述", "依申请公开工作"]


def test_year_turn_cut_by_a_hard_wrap_is_a_plan() -> None:
    head = "一、概述\n2011年，市政府推进公开。\n二、存在的主要问题和改进措施\n工作中还存在公开不够全面等问题。"
    assert _has_plans(head + "2012年\n，市政府将加强监督考核。\n")
    # must not: the year's own work, wrapped the same way, is no plan
    assert not _has_plans(head.replace("改进措施", "不足") + "2011年\n，市政府已将公开纳入考核。\n")


def test_markdown_contents_with_links_are_no_parts() -> None:
    heads = ("一、总体情况", "二、主动公开政府信息情况", "三、其他需要报告的事项")
    toc = "目录\n" + "".join(f"- [{h}](#part{k}) …… {k}\n" for k, h in enumerate(heads, 1))
    body = "".join(f"{h}\n正文第{k}段。\n" for k, h in enumerate(heads, 1))
    assert [k for _, k in _level1(toc + body)] == ["overview", "proactive", "other"]
    # must not: a linked line in the body that is no contents entry is kept as it is
    assert find_toc("一、总体情况\n详见[政府网站](http://www.example.gov.cn)。\n二、主动公开政府信息情况\n正文。\n") is None
