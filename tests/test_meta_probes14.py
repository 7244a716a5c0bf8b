"""Rules found with the fourteenth probe set (tests/cases/probes14: notices and leading groups,
bilingual reports, OCR-damaged titles and heading marks, regional and special bodies, bullets and
run-in heads, problems and plans parts in other words). Each rule has cases that must match and
cases that must not.

- a line-start numeral closed by a comma, a colon or 丶 (typed for 、), a first numeral OCR read as
  the katakana mark ー, and a Roman numeral followed by a space number parts when a known title follows;
- bullets (◆ ■ ● ★ …) before an unnumbered known title do not hide it;
- 其他需要报告的事项 printed without a number after the numbered parts is the closing part;
- 努力方向 and 工作展望 name the plans part; 短板 and 差距 the problems part;
- a place's 政务公开 (政府信息公开) leading group or its office signs or compiles its government's report;
- 林场, 农场 and 牧场 are ``other`` (public institutions); a government's 驻X办事处/联络处 is its department;
- a national statistics survey team named by its county's stem (桐庐调查队) is in that county;
- in a title ``A关于B…的报告`` the report is B's (an office's report on its government's work);
- (tests/test_normalize.py) 吿, 年庋, 公幵 and a letter O in a year are read as 告, 年度, 公开, 0.
"""

from __future__ import annotations

import pytest

from textmine.meta import (
    _group_government,
    _survey_team_places,
    admin_level,
    extract_meta,
    find_issuer,
)
from textmine.model import Document
from textmine.sections import classify_title, find_sections

T6 = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况", "其他需要报告的事项")


def _report(nums: list[str], titles: tuple[str, ...] = T6) -> str:
    return "".join(f"{n}{t}\n本年度，县政府推进政务公开。\n" for n, t in zip(nums, titles, strict=True))


def _level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


def _meta(text: str):  # noqa: ANN202
    doc = Document(text=text, raw_text=text, offsets=[], sha256="", header={})
    return extract_meta(doc, find_sections(text))


# ---------------------------------------------------------------- heading marks typed or read wrong


@pytest.mark.parametrize("mark", ["，", "丶", "：", ","])
def test_a_numeral_closed_by_a_comma_colon_or_dot_numbers_parts(mark: str) -> None:
    nums = [f"{c}{mark}" for c in "一二三四五六"]
    assert [t for t, _ in _level1(_report(nums))] == list(T6)


def test_a_first_numeral_read_as_katakana_numbers_the_first_part() -> None:
    nums = ["ー、", "二、", "三、", "四、", "五、", "六、"]
    assert _level1(_report(nums))[0] == ("总体情况", "overview")


@pytest.mark.parametrize("space", [" ", "\t", "  "])  # (an ideographic space is a space once normalised)
def test_a_roman_numeral_and_a_space_number_parts(space: str) -> None:
    nums = [f"{c}{space}" for c in "ⅠⅡⅢⅣⅤⅥ"]
    assert [t for t, _ in _level1(_report(nums))] == list(T6)


def test_a_numeral_and_a_comma_before_words_that_are_no_title_are_no_part() -> None:
    text = "一、总体情况\n本年度推进政务公开。\n一，加大培训力度，提升业务水平。\n二，完善考核机制，压实工作责任。\n"
    assert _level1(text) == [("总体情况", "overview")]


def test_a_roman_numeral_and_a_space_before_a_sentence_are_no_part() -> None:
    text = "一、总体情况\nⅡ 型糖尿病患者健康管理服务信息全部公开。\n"
    assert _level1(text) == [("总体情况", "overview")]


# ---------------------------------------------------------------- bullets, the closing part unnumbered


@pytest.mark.parametrize("bullet", ["◆", "■ ", "●", "★ "])
def test_bullets_before_unnumbered_known_titles_do_not_hide_them(bullet: str) -> None:
    assert [t for t, _ in _level1(_report([bullet] * 6))] == list(T6)


def test_a_bullet_before_a_sentence_is_no_heading() -> None:
    text = "◆ 全年主动公开政府信息120条\n◆ 全年受理申请12件\n"
    assert _level1(text) == []


def test_the_closing_part_printed_without_a_number_after_the_numbered_parts_is_a_part() -> None:
    nums = ["一、", "二、", "三、", "四、", "五、", ""]
    assert _level1(_report(nums))[-2:] == [("存在的主要问题及改进情况", "problems"), ("其他需要报告的事项", "other")]


def test_an_unnumbered_line_before_a_later_numbered_part_stays_a_sub_heading() -> None:
    text = ("一、总体情况\n本年度推进政务公开。\n其他需要报告的事项\n无。\n二、主动公开政府信息情况\n公开120条。\n")
    assert [t for t, _ in _level1(text)] == ["总体情况", "主动公开政府信息情况"]


# ---------------------------------------------------------------- problems and plans in other words


@pytest.mark.parametrize("title", ["今后努力方向", "下一步努力方向", "2024年工作展望", "工作展望", "2025年展望"])
def test_努力方向_and_展望_name_the_plans_part(title: str) -> None:
    assert classify_title(title) == "plans"


@pytest.mark.parametrize("title", ["存在的差距和不足", "存在的短板及改进措施", "存在的主要短板", "短板和不足"])
def test_短板_and_差距_name_the_problems_part(title: str) -> None:
    assert classify_title(title) == "problems"


@pytest.mark.parametrize("title", ["展望未来", "补齐短板情况", "缩小差距的做法"])
def test_展望_短板_差距_elsewhere_name_neither(title: str) -> None:
    assert classify_title(title) not in ("plans", "problems")


# ---------------------------------------------------------------- leading groups, liaison offices, farms, survey teams


@pytest.mark.parametrize("name", ["周至县政务公开工作领导小组办公室", "周至县政府信息公开工作领导小组", "周至县人民政府政务公开领导小组办公室"])
def test_a_place_s_leading_group_stands_for_its_government(name: str) -> None:
    assert _group_government(name) == "周至县人民政府"


@pytest.mark.parametrize("name", ["县政务公开工作领导小组办公室", "周至县财政局", "周至县安全生产委员会办公室"])
def test_other_names_are_no_leading_group(name: str) -> None:
    assert _group_government(name) == name


def test_a_report_signed_by_a_leading_group_office_is_the_government_s() -> None:
    text = "一、总体情况\n2023年，我县推进政务公开。\n周至县政务公开工作领导小组办公室\n2024年1月22日\n"
    m = _meta(text)
    assert (m.issuer, m.admin_level, m.city) == ("周至县人民政府", "county", "西安市")


@pytest.mark.parametrize(("name", "level"), [
    ("福建省洋口国有林场", "other"), ("黑龙江省友谊农场", "other"), ("某某牧场", "other"),
    ("四川省人民政府驻北京办事处", "department"), ("温州市人民政府驻上海联络处", "department"),
])
def test_farms_are_other_and_liaison_offices_are_departments(name: str, level: str) -> None:
    assert admin_level(name) == level


@pytest.mark.parametrize(("name", "level"), [
    ("上海市黄浦区外滩街道办事处", "township"), ("国家林业和草原局", "department"), ("某市林业局", "department"),
])
def test_other_offices_and_forestry_bodies_keep_their_levels(name: str, level: str) -> None:
    assert admin_level(name) == level


def test_a_survey_team_named_by_its_county_s_stem_is_in_that_county() -> None:
    assert _survey_team_places("桐庐调查队") == {"province": "浙江省", "city": "杭州市", "county": "桐庐县"}


@pytest.mark.parametrize("rest", ["鼓楼调查队", "桐庐税务局", "桐庐调查总队"])
def test_a_stem_of_several_units_or_another_body_gives_no_places(rest: str) -> None:
    assert _survey_team_places(rest) == {}


# ---------------------------------------------------------------- A关于B…的报告


def test_an_office_s_report_on_its_government_s_work_is_the_government_s() -> None:
    assert find_issuer("会宁县人民政府办公室关于会宁县2023年度政府信息公开工作情况的报告") == "会宁县人民政府"


@pytest.mark.parametrize(("title", "issuer"), [
    ("会宁县人民政府关于2023年度政府信息公开工作情况的报告", "会宁县人民政府"),
    ("会宁县人民政府办公室关于2023年度政府信息公开工作情况的报告", "会宁县人民政府办公室"),
    ("江西省民政厅关于2019年度政府信息公开工作情况的报告", "江西省民政厅"),
    ("会宁县财政局关于会宁县2023年度政府信息公开工作情况的报告", "会宁县财政局"),  # a department is no government's office
])
def test_a_report_on_no_named_body_is_its_author_s(title: str, issuer: str) -> None:
    assert find_issuer(title) == issuer
