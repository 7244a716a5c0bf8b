"""Enumerated problem / plan / measure items (textmine.items)."""

from __future__ import annotations

from pathlib import Path

import pytest

from textmine.items import find_enumerations, is_concrete, split_items
from textmine.model import Section, Sentence

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "gaotai-2016.txt"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _section(
    text: str, heading: str, sid: int, kind: str, end_marker: str | None, *, parent=None, level=1
) -> Section:
    start = text.index(heading)
    end = text.index(end_marker, start + len(heading)) if end_marker else len(text)
    return Section(sid, parent, level, None, heading, kind, start, end, start + len(heading))


def _no_themes(_text: str) -> tuple[str, ...]:
    return ()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "主要表现在：一是内容不全；二是形式单一；三是平台不完善。",
            ["一是内容不全；", "二是形式单一；", "三是平台不完善。"],
        ),
        (
            "（一）加强培训。做好培训。（二）完善制度。",
            ["（一）加强培训。做好培训。", "（二）完善制度。"],
        ),
        (
            "1.加强培训；2.完善制度；3、健全机制。",
            ["1.加强培训；", "2.完善制度；", "3、健全机制。"],
        ),
        ("①加强培训；②完善制度。", ["①加强培训；", "②完善制度。"]),
        (
            "首先，加强培训；其次，完善制度；最后，健全机制。",
            ["首先，加强培训；", "其次，完善制度；", "最后，健全机制。"],
        ),
        ("第一，加强培训；第二，完善制度。", ["第一，加强培训；", "第二，完善制度。"]),
        ("（1）加强培训；（2）完善制度。", ["（1）加强培训；", "（2）完善制度。"]),
        # typo tolerated: 一是…三是…三是 (r017)
        ("问题：一是甲；三是乙；三是丙。", ["一是甲；", "三是乙；", "三是丙。"]),
        # last inline item takes as many sentences as the longest earlier one
        (
            "问题：一是甲不足。原因是人少。二是乙不够。原因是钱少。其他内容",
            ["一是甲不足。原因是人少。", "二是乙不够。原因是钱少。"],
        ),
    ],
    ids=[
        "shi",
        "paren_cn",
        "arabic",
        "circled",
        "sequence",
        "di",
        "paren_ar",
        "typo",
        "multi_sentence",
    ],
)
def test_find_enumerations_styles(body: str, expected: list[str]) -> None:
    enums = find_enumerations(body, 0, len(body))
    assert [body[a:b] for enum in enums for a, b in enum] == expected


@pytest.mark.parametrize(
    "body",
    [
        "坚持统一是关键，二是不存在的。",  # 统一是 is not a marker
        "发挥门户网站第一平台作用，第二平台也要用好。",  # 第一平台 is not 第一，
        "共公开1.5万条，2016年增长2.3%。",  # decimals and years are not 1. 2.
        "一是只有一项。",  # a single marker is not an enumeration
        "二是从二开始；三是接着。",  # runs start at 1
    ],
    ids=["tongyi", "diyi_pingtai", "decimals", "single", "no_start"],
)
def test_find_enumerations_negative(body: str) -> None:
    assert find_enumerations(body, 0, len(body)) == []


def test_nested_enumeration_is_not_split_twice() -> None:
    body = "（一）加强公开。一是甲；二是乙。（二）完善制度。"
    enums = find_enumerations(body, 0, len(body))
    assert [[body[a:b] for a, b in e] for e in enums] == [
        ["（一）加强公开。一是甲；二是乙。", "（二）完善制度。"]
    ]


@pytest.mark.parametrize(
    ("text", "concrete"),
    [
        ("进一步加强政府信息公开工作的组织领导", False),
        ("坚持“以公开为原则，不公开为例外”的要求", False),
        ("年底前完成《政府信息公开指南》修订", True),
        ("开通“i平潭”APP", True),
        ("优化“政府信息公开”专栏", True),
        ("6月底前上线新平台", True),
        ("全年开展培训两次", True),
        ("2025年实现全覆盖", True),
        ("不断提升政务公开队伍工作水平", False),
        ("确保每一项事项都在平台内办理", False),  # 每一项 is not a count
    ],
)
def test_is_concrete(text: str, concrete: bool) -> None:
    assert is_concrete(text) is concrete


def test_plan_cue_in_problems_section_gives_plans() -> None:
    text = "五、存在的问题及改进情况\n主要是：一是甲不足；二是乙不够。下一步整改措施：一是加强甲；二是改进乙。"
    sec = Section(1, None, 1, "五", "存在的问题及改进情况", "problems", 0, len(text), 12)
    items = split_items(text, [sec], [], tagger=_no_themes)
    assert [i.kind for i in items] == ["problems", "problems", "plans", "plans"]
    assert [i.item_id for i in items] == [1, 2, 3, 4]
    assert all(text[i.start : i.end] == i.text for i in items)


def test_other_kinds_give_no_items() -> None:
    text = "二、主动公开情况\n一是公开文件；二是公开数据。"
    sec = Section(1, None, 1, "二", "主动公开情况", "proactive", 0, len(text), 8)
    assert split_items(text, [sec], [], tagger=_no_themes) == []


def test_seed_with_hand_made_sections() -> None:
    """Sections built by hand from the seed's headings (no sections module needed)."""
    text = SEED.read_text(encoding="utf-8")
    problems = _section(text, "五、存在的主要问题", 9, "problems", "六、关于2017年")
    plans = _section(text, "六、关于2017年政府信息公开工作", 10, "plans", "附件2")
    subs = []
    numbers = ["(一)", "(二)", "(三)", "(四)", "(五)"]
    starts = [text.index(n, plans.heading_end) for n in numbers]
    for k, (n, s) in enumerate(zip(numbers, starts, strict=False)):
        e = starts[k + 1] if k + 1 < len(starts) else plans.end
        title = text[s + len(n) : text.index("。", s)]
        subs.append(Section(11 + k, 10, 2, n, title, "plans", s, e, s + len(n) + len(title)))
    plans = Section(
        10, None, 1, "六", plans.title, "plans", plans.start, plans.end, plans.heading_end
    )
    items = split_items(text, [problems, plans, *subs], [], tagger=_no_themes)
    probs = [i for i in items if i.kind == "problems"]
    assert [i.text[:2] for i in probs] == ["一是", "二是", "三是"]
    assert probs[-1].text.endswith("有待进一步健全和完善。")
    plan_items = [i for i in items if i.kind == "plans"]
    assert [i.text[:3] for i in plan_items] == numbers
    assert [i.section_id for i in plan_items] == [11, 12, 13, 14, 15]


@pytest.fixture(scope="module")
def seed_report():
    textmine = pytest.importorskip("textmine")
    try:
        return textmine.read(SEED)
    except ImportError as exc:  # pipeline stage still missing
        pytest.skip(f"pipeline not ready: {exc}")


def test_seed_items_with_pipeline(seed_report) -> None:
    """Acceptance: 五、存在的主要问题 → 3 problem items, 六、关于2017年… → 5 plan items, with themes."""
    r = seed_report
    items = split_items(r.text, r.sections, r.sentences)
    titles = {s.section_id: s.title for s in r.sections}
    probs = [i for i in items if i.kind == "problems"]
    plans = [i for i in items if i.kind == "plans"]
    assert len(probs) == 3
    assert all(titles[i.section_id] == "存在的主要问题" for i in probs)
    assert [i.text[:2] for i in probs] == ["一是", "二是", "三是"]
    assert len(plans) == 5
    assert [i.text[1] for i in plans] == list("一二三四五")
    assert plans[-1].text.rstrip().endswith("高效、准确、及时办理。")
    assert all(i.themes for i in probs + plans), [(i.text[:10], i.themes) for i in items]
    assert all(r.text[i.start : i.end] == i.text for i in items)
    # generic problem statements are not concrete; the plan quoting a named system
    # or a document is judged on its own words
    assert not any(i.concrete for i in probs)


@pytest.mark.parametrize("rid", ["r001", "r017", "r019"])
def test_corpus_items_have_spans(rid: str) -> None:
    if not (CORPUS / "texts" / f"{rid}.txt").exists():
        pytest.skip("../shared/corpus not present")
    textmine = pytest.importorskip("textmine")
    r = textmine.read(CORPUS / "texts" / f"{rid}.txt")
    items = split_items(r.text, r.sections, r.sentences)
    assert len(items) >= 3
    assert {i.kind for i in items} <= {"problems", "plans", "measures"}
    assert all(r.text[i.start : i.end] == i.text and i.text for i in items)
    if rid == "r017":  # 一是…三是…三是 problems, then 2024年…将采取以下措施：一是…二是…三是
        assert [i.kind for i in items] == ["problems"] * 3 + ["plans"] * 3


def test_sentences_clip_heading_list_before_table() -> None:
    text = "六、下一步工作\n1、加强培训；\n2、完善制度。\n统计表 指标 数量 12 34"
    sec = Section(1, None, 1, "六", "下一步工作", "plans", 0, len(text), 7)
    s_end = text.index("完善制度。") + len("完善制度。")
    sents = [Sentence(1, 1, "plans", text[8:s_end], 8, s_end)]
    items = split_items(text, [sec], sents, tagger=_no_themes)
    assert [i.text for i in items] == ["1、加强培训；", "2、完善制度。"]


# --- QA probe defects (fictional snippets) ------------------------------------------------


def _read(text: str):
    from textmine.sections import find_sections
    from textmine.sentences import split_sentences

    secs = find_sections(text)
    return split_items(text, secs, split_sentences(text, secs), tagger=lambda _t: ())


def test_topic_subheading_naming_another_kind_is_still_an_item():
    text = (
        "五、存在的主要问题及改进情况\n存在的主要问题：一是解读形式单一；二是答复说理不足。\n"
        "针对上述问题，2024年将着力做好以下工作：\n"
        "（一）丰富政策解读形式。全年制作图解不少于50件。\n"
        "（二）提升答复质量。组织答复文书评查2次。\n"
        "（三）加强基层公开。开展季度检查。\n"
        "六、其他需要报告的事项\n无。"
    )
    got = [(i.kind, i.text) for i in _read(text)]
    assert got == [
        ("problems", "一是解读形式单一；"),
        ("problems", "二是答复说理不足。"),
        ("plans", "（一）丰富政策解读形式。全年制作图解不少于50件。"),
        ("plans", "（二）提升答复质量。组织答复文书评查2次。"),
        ("plans", "（三）加强基层公开。开展季度检查。"),
    ]


def test_split_heads_without_enumeration_give_one_item_each():
    text = (
        "五、存在的主要问题及改进情况\n"
        "（一）存在的主要问题。社区公开栏更新不够及时，公开内容的通俗性有待提高。\n"
        "（二）改进措施。2023年，街道将加强对社区公开栏的督促检查。\n"
        "六、其他需要报告的事项\n无。"
    )
    got = [(i.kind, i.text) for i in _read(text)]
    assert got == [
        ("problems", "社区公开栏更新不够及时，公开内容的通俗性有待提高。"),
        ("plans", "2023年，街道将加强对社区公开栏的督促检查。"),
    ]


def test_split_head_with_enumeration_right_after_the_title():
    text = (
        "六、主要问题和改进措施\n(一)存在问题\n一是公开不够及时；二是解读不够。\n"
        "（二）改进措施一是加强培训。二是完善制度。\n七、其他需要报告的事项\n无。"
    )
    got = [(i.kind, i.text) for i in _read(text)]
    assert got == [
        ("problems", "一是公开不够及时；"),
        ("problems", "二是解读不够。"),
        ("plans", "一是加强培训。"),
        ("plans", "二是完善制度。"),
    ]


def test_plain_prose_problem_section_gives_only_its_plans_turn():
    # no enumeration: no problems items, but the turn to what will be done is the plans item
    text = "五、存在的主要问题及改进情况\n主要问题是公开不够及时。下一步将加强指导。\n六、其他需要报告的事项\n无。"
    assert [(i.kind, i.text) for i in _read(text)] == [("plans", "下一步将加强指导。")]


@pytest.mark.parametrize(
    ("body", "plan"),
    [
        ("一是解读不够；二是培训不足。下一步，我厅将丰富解读形式。", "下一步，我厅将丰富解读形式。"),
        ("解读形式单一。今后，我局将加强培训。", "今后，我局将加强培训。"),
        ("解读形式单一。2024年，我委将持续深化公开。", "2024年，我委将持续深化公开。"),
        ("解读形式单一。改进措施：健全解读机制。", "改进措施：健全解读机制。"),
        ("解读形式单一。针对上述问题，将加强培训。", "针对上述问题，将加强培训。"),
    ],
    ids=["next-step", "from-now-on", "next-year", "measures-colon", "addressing"],
)
def test_plans_turn_in_a_problems_section(body: str, plan: str) -> None:
    text = f"五、存在的主要问题及改进情况\n{body}\n六、其他需要报告的事项\n无。"
    items = _read(text)
    assert [i.text for i in items if i.kind == "plans"] == [plan]
    assert all(plan not in i.text for i in items if i.kind == "problems")


@pytest.mark.parametrize(
    "body",
    ["解读形式单一，将在今后逐步改进的说法不准确。", "公开栏更新不够及时，群众反映较多。"],
    ids=["mid-sentence", "no-turn"],
)
def test_no_plans_turn_without_a_sentence_that_turns(body: str) -> None:
    text = f"五、存在的主要问题\n{body}\n六、其他需要报告的事项\n无。"
    assert not [i for i in _read(text) if i.kind == "plans"]
