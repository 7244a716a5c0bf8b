"""Round 6 of prose facts (tests/cases/facts_probes_heldout5.yaml): a gloss in brackets after a
noun (各乡镇（街道）), lists read against the enumeration before 分别为/依次为, a change verb that
opens its clause after a count of the same unit, an outcome framed by 「…申请中，」, and the
aliases 复议申请, 提起诉讼, 公开政府信息申请, 检索、复制、邮寄等费用, 政府公报 (期), 属于已主动公开范围,
市级部门.

Every rule has cases that must match and cases that must not.
"""

from __future__ import annotations

import pytest

from textmine.facts import facts_in


def _ind(text: str, template: str | None = "gov2021") -> list[tuple[float, str | None]]:
    return [(float(f.value), f.indicator) for f in facts_in(text, template=template)]


def _chg(text: str, template: str | None = "gov2021") -> list[tuple[float, str | None]]:
    return [(float(f.value), f.change) for f in facts_in(text, template=template)]


# --- a gloss in brackets right after a noun belongs to the noun: the clause goes on
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县各乡镇（街道）主动公开信息6,352条。", "active_townships"),
        ("全县各乡镇（街道）共主动公开信息8,764条。", "active_townships"),
        ("各乡镇（街道办事处）主动公开信息4,128条。", "active_townships"),
        ("区政府各部门（单位）共主动公开政府信息11,236条。", "active_departments"),
        ("市级部门（单位）全年主动公开政府信息2.3万条。", "active_departments"),
    ],
)
def test_a_gloss_after_a_noun_is_no_clause_boundary(text: str, expected: str) -> None:
    assert _ind(text)[0][1] == expected


def test_a_bracket_that_is_no_gloss_still_closes_the_clause() -> None:
    # a numbered heading （一） is no gloss: the phrase starts after it
    (f,) = facts_in("一、主动公开情况（一）主动公开政府信息1234条", template="gov2014")
    assert f.text == "主动公开政府信息1234条" and f.indicator == "active_items"
    # an aside holding a number is a clause of its own
    (f, g) = facts_in("各乡镇（共12个）主动公开信息300条", template="gov2021")
    assert (g.value, g.text) == (300, "主动公开信息300条") and g.indicator == "active_items"
    # an aside right before the number is still read as such (the phrase before it names it)
    (f,) = facts_in("全年召开新闻发布会（含线上）12场", template="gov2014")
    assert f.indicator == "press_conferences"


def test_a_gloss_never_cuts_a_phrase_in_mid_word() -> None:
    # the noun before the gloss reaches past how far a phrase may: the phrase starts after it
    s = "本年度按要求在专栏中集中公开政府和社会资本合作（PPP）有关项目清单、落地项目、PPP项目、法律法规、政策文件等信息共13条"
    (f,) = facts_in(s)
    assert f.counted == "项目清单、落地项目、PPP项目、法律法规、政策文件等信息"
    # within reach, the phrase takes the noun and its gloss
    (f,) = facts_in("公开社会资本合作（PPP）有关项目清单等信息共13条")
    assert f.counted == "社会资本合作（PPP）有关项目清单等信息"


# --- lists after 分别为 / 依次为: each number counts its own thing of the enumeration
@pytest.mark.parametrize(
    ("text", "template", "expected"),
    [
        ("上年结转和本年新收的政府信息公开申请分别为3件和41件。", "gov2021", ["carried_over", "new_received"]),
        ("本年度收到政府信息公开申请、行政复议申请和行政诉讼分别为26件、2件和1件。", "gov2021", ["new_received", "review", "suits"]),
        ("办理结果方面，予以公开和部分公开的依次为45件和12件。", "gov2021", ["granted", "partial"]),
        ("全年主动公开政府信息、规范性文件、政策解读分别为6,842条、35件和128篇。", "gov2021", ["active_items", "normative_docs", "interpretations"]),
        ("网上申请、当面申请、信函申请的数量依次为18件、9件、3件。", "gov2014", ["requests_online", "requests_in_person", "requests_mail"]),
        ("召开新闻发布会、举办在线访谈分别为15场和6期。", "gov2019", ["press_conferences", "online_interviews"]),
        ("全市举办新闻发布会、在线访谈和政策解读活动分别达到56场、32期和104次。", "gov2014", ["press_conferences", "online_interviews", "interpretations"]),
        # the words after 分别 are said of each thing
        ("各镇（街道）、区级部门（单位）分别主动公开信息3,128条和5,764条。", "gov2021", ["active_townships", "active_departments"]),
    ],
)
def test_a_list_after_fenbiewei_reads_each_thing(text: str, template: str, expected: list[str]) -> None:
    assert [i for _, i in _ind(text, template)] == expected


def test_a_list_shares_no_indicator_its_parts_have_in_common() -> None:
    # 当面、网络、信函 are parts of the requests received: none of them is the whole
    s = "2020年，通过当面、网络和信函方式收到的政府信息公开申请分别为12件、8件和3件。"
    assert [i for _, i in _ind(s, "gov2019")] == [None, None, None]
    # a list longer than its enumeration is read as before (no thing is guessed)
    s = "主动公开政府信息、规范性文件分别为100条、20件和5篇。"
    assert [i for _, i in _ind(s)][1:] == [None, None]
    # a distributive change stays a change of the same kind
    assert _chg("申请量和办结量同比分别增长11.6%和23.0%。") == [(11.6, "increase"), (23.0, "increase")]


def test_a_bare_verb_after_a_list_takes_the_shared_head() -> None:
    s = "县政府本年度新收、上年结转的政府信息公开申请分别为38件、2件，办结40件。"
    assert _ind(s) == [(38.0, "new_received"), (2.0, "carried_over"), (40.0, "total_processed")]


# --- a change verb opening its clause after a count of the same unit, or after 本年
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市本级收费项目由2020年的38项减少到26项，减少12项。", (12.0, "decrease")),
        ("网上办件量达到42.8万件，增加6.3万件，增长17.3%。", (6.3, "increase")),
        ("县级行政许可事项调整后为186项，本年减少14项。", (14.0, "decrease")),
        ("全年行政事业性收费金额为0万元，行政许可本年增加2项，减少5项。", (5.0, "decrease")),
    ],
)
def test_a_change_verb_opening_its_clause_is_a_change(text: str, expected: tuple) -> None:
    assert expected in _chg(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2021年增加5件", 5),  # alone: a count of what was added
        ("多出7件", 7),
        ("公开信息100条，多达300人参加", 300),  # 多达 is "as many as"
        ("收到申请12件，减少审批环节3个", 3),  # a noun follows the number: a count
        ("公开信息100条，增加3件", 3),  # another unit: not the change of that count
        ("答复满意率提高到98%", 98),  # 提高到 states the level reached
    ],
)
def test_a_change_verb_without_its_count_is_no_change(text: str, value: float) -> None:
    assert (float(value), None) in _chg(text)


# --- an outcome framed by the clause before it (…复议申请中，维持4件)
def test_an_outcome_takes_the_frame_of_its_sentence() -> None:
    s = "本机关收到的复议申请中，维持4件，纠正1件；因政府信息公开被提起诉讼2件。"
    assert _ind(s) == [(4.0, "reviews_upheld"), (1.0, "reviews_corrected"), (2.0, "suits")]


def test_a_frame_that_makes_no_indicator_leaves_the_thing_implied() -> None:
    (f,) = facts_in("在办理过程中，依法办结4件。", template="gov2021")
    assert f.counted is None and f.indicator is None


# --- aliases
@pytest.mark.parametrize(
    ("text", "template", "expected"),
    [
        ("全年共收到因政府信息公开引发的复议申请7件。", "gov2019", "review"),
        ("全年依申请公开政府信息申请共24件，已全部办结。", "gov2019", "new_received"),
        ("全年依申请公开政府信息申请共24件。", "gov2014", "requests_received"),
        ("全年依申请公开信息收取检索、复制、邮寄等费用共计0元。", "gov2014", "processing_fees"),
        ("全年收取政府信息公开复印、邮寄费用合计86元。", "gov2014", "processing_fees"),
        ("县政府公报全年编印12期，每期印发500份。", "gov2019", "gazette_issues"),
        ("政府信息公开申请答复中，属于已主动公开范围的14件。", "gov2014", "replies_already_public"),
        ("因政府信息公开被提起诉讼2件。", "gov2021", "suits"),
    ],
)
def test_aliases_name_their_indicator(text: str, template: str, expected: str) -> None:
    assert _ind(text, template)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "template", "not_expected"),
    [
        ("全年依申请公开政府信息38条。", "gov2014", "requests_received"),  # information, not requests
        ("用于政府信息公开资料印刷复制的费用2万元。", "gov2014", "processing_fees"),  # money spent
        ("全年编印12期。", "gov2019", "gazette_issues"),  # nothing names the gazette
        ("收到政府信息公开申请7件。", "gov2021", "review"),
        ("市级主动公开政府信息5,210条。", "gov2021", "active_departments"),  # a level, no departments
    ],
)
def test_aliases_do_not_reach_other_things(text: str, template: str, not_expected: str) -> None:
    assert all(i != not_expected for _, i in _ind(text, template))
