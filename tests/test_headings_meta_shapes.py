"""Genre rules of issue 10 (held-out probes2): run-in headings, flattened titles, places.

Each rule has a case that must fire and one that must not.
"""

from __future__ import annotations

import pytest

from textmine.meta import (
    _bare_department,
    _flat_title,
    admin_level,
    extract_meta,
    find_issuer,
    parse_places,
)
from textmine.model import Document
from textmine.sections import find_sections


def _titles(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("前言。一、强化平台建设门户网站全面改版，新增在线办理功能。", "强化平台建设"),
        ("前言。一、加强组织领导区政府调整了领导小组。", "加强组织领导"),
        ("前言。一、突出重点，深化主动公开县政府门户网站全年发布信息。", "突出重点，深化主动公开"),
        ("前言。一、加强监督检查县政务公开办定期通报。", "加强监督检查"),
        # a heading opening with a work verb ends after its object where a subject starts
        ("前言。一、拓宽公开渠道门户网站全年发布信息。", "拓宽公开渠道"),
        ("前言。一、积极回应社会关切局办公室安排专人负责。", "积极回应社会关切"),
        # must not cut inside a word, a place name or a second clause
        ("前言。一、加强门户网站内容保障全年发布信息。", "加强门户网站内容保障"),
        ("前言。一、推进重大建设项目和政府与社会资本合作项目信息公开。", "推进重大建设项目和政府与社会资本合作项目信息公开"),
        # must not cut: the heading goes on after its ending word
        ("前言。一、加强政府网站建设全年发布信息。", "加强政府网站建设"),
        ("前言。一、依申请公开政府信息情况全年受理申请3件。", "依申请公开政府信息情况"),
        ("前言。一、政府信息公开平台建设情况全年发布信息。", "政府信息公开平台建设情况"),
    ],
)
def test_run_in_heading_ends_where_the_heading_ends(text: str, title: str) -> None:
    assert _titles(text)[0][0] == title


def test_part_headings_run_in_on_a_flattened_line() -> None:
    text = "某区2022年政府信息公开工作年度报告第一部分总体情况2022年，我区推进公开。第二部分主动公开政府信息情况全年公开信息5条。"
    assert _titles(text) == [("总体情况", "overview"), ("主动公开政府信息情况", "proactive")]
    # inside a sentence and not followed by a known title: no heading
    assert _titles("本报告第一部分介绍了全年工作。一、总体情况\n正文。") == [("总体情况", "overview")]


def test_custom_heading_takes_the_kind_its_first_clause_counts() -> None:
    text = "一、强化领导，健全机制。县政府调整了领导小组。\n二、突出重点，扩大公开。全年主动公开政府信息5620条。\n三、依法受理，规范答复。全年受理依申请公开21件。\n"
    assert [k for _, k in _titles(text)] == ["measures", "proactive", "requests"]


def test_flattened_title() -> None:
    assert _flat_title("望江县2014年政府信息公开工作年度报告一、健全机制") == "望江县2014年政府信息公开工作年度报告"
    assert _flat_title("根据《条例》规定，现公布本局2014年度报告。") is None


@pytest.mark.parametrize(
    ("name", "level"),
    [("海安市人民政府", "county"), ("石狮市人民政府", "county"), ("湖州市人民政府", "city"), ("明州市人民政府", "city")],
)
def test_county_level_city(name: str, level: str) -> None:
    assert admin_level(name) == level


def test_places_from_the_division_list_and_short_forms() -> None:
    assert parse_places("兰考县人民政府") == {"province": "河南省", "city": "开封市", "county": "兰考县"}
    assert "city" not in parse_places("鼓楼区人民政府")  # four prefectures have one
    assert parse_places("省市场监督管理局") == {}  # a short form, not a county called 省市
    assert parse_places("济南市市中区人民政府")["county"] == "市中区"
    assert parse_places("上海市浦东新区人民政府")["county"] == "浦东新区"
    assert find_issuer("黔东南州2025年政府信息公开工作年度报告") == "黔东南苗族侗族自治州人民政府"
    assert find_issuer("苏州市2025年政府信息公开工作年度报告") == "苏州市人民政府"


def _meta(text: str, header: dict[str, str] | None = None):  # noqa: ANN202
    doc = Document(text=text, raw_text="", offsets=[], sha256="0" * 64)
    doc.header = header or {}
    return extract_meta(doc, find_sections(text))


def test_local_bureau_of_a_national_administration() -> None:
    m = _meta("国家税务总局广东省税务局2021年政府信息公开工作年度报告\n一、总体情况\n正文。")
    assert (m.issuer, m.admin_level, m.province) == ("国家税务总局广东省税务局", "department", "广东省")
    m = _meta("国家税务总局2021年政府信息公开工作年度报告\n一、总体情况\n正文。")
    assert (m.issuer, m.province) == ("国家税务总局", None)


def test_self_reference_resolves_to_a_committee_and_a_township_takes_its_chain() -> None:
    m = _meta("本报告可在广东省卫生健康委员会门户网站下载。\n一、总体情况\n2023年，我委推进公开。\n")
    assert m.issuer == "广东省卫生健康委员会"
    m = _meta("二七街道办事处\n2020年政府信息公开工作年度报告\n一、总体情况\n正文。\n武汉市江岸区二七街道办事处\n2021年1月25日\n")
    assert (m.issuer, m.city, m.county) == ("武汉市江岸区二七街道办事处", "武汉市", "江岸区")
    m = _meta("二七街道办事处\n2020年政府信息公开工作年度报告\n一、总体情况\n正文。\n")
    assert m.issuer == "二七街道办事处"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a known title joined to more words is not cut at the conjunction
        ("前言。一、存在的问题和不足2020年，我局公开不够。", "存在的问题和不足"),
        # a heading of a known kind ends at its closing noun before a new clause
        ("前言。一、存在的不足及改进措施部分单位重视不够。", "存在的不足及改进措施"),
        ("前言。一、问题与不足部分单位重视不够。", "问题与不足"),
        # must not cut: sentence-like heads closed by a full stop stay whole
        ("前言。一、加强组织领导，确保工作落实。为进一步做好。", "加强组织领导，确保工作落实"),
        ("前言。一、突出重点领域，以信息公开取信于民。全年。", "突出重点领域，以信息公开取信于民"),
        ("前言。一、存在的主要问题及改进情况\n正文。", "存在的主要问题及改进情况"),
    ],
)
def test_problems_heading_neither_cut_short_nor_run_on(text: str, title: str) -> None:
    assert _titles(text)[0] == (title, "problems" if "问题" in title or "不足" in title else _titles(text)[0][1])


def test_department_named_without_its_place_takes_the_hosting_government_place() -> None:
    body = "一、总体情况\n2020年，我局推进公开。\n"
    m = _meta(body, {"标题": "市场监管局2020年政府信息公开工作年度报告", "来源": "南昌市人民政府"})
    assert (m.issuer, m.city) == ("南昌市市场监督管理局", "南昌市")  # 市场 is no short form of 市
    m = _meta(body, {"标题": "县统计局2020年政府信息公开工作年度报告", "来源": "安仁县人民政府"})
    assert (m.issuer, m.county) == ("安仁县统计局", "安仁县")
    m = _meta(body, {"标题": "统计局2020年政府信息公开工作年度报告"})  # no host: left as written
    assert m.issuer == "统计局"
    assert not _bare_department("水利部办公厅")  # a national body's office has its place (none)
    assert _bare_department("市场监督管理局")


def test_year_in_chinese_numerals() -> None:
    assert _meta("一、总体情况\n二〇二二年，我委坚持公开。\n").year == 2022
    assert _meta("一、总体情况\n2021年，我委坚持公开。\n").year == 2021
