"""Rules found with the fifteenth probe set (tests/cases/probes15: a province's worth of body types
for 宁夏, 甘肃, 青海, 西藏, 海南, 贵州, 黑龙江, 天津 and 重庆, crawls without titles, old part orders, local
names of the 2019 and 2021 parts, bodies created in 2023–2024). Each rule has cases that must match and
cases that must not.

- words in front of a known prefecture or municipality (本报告由哈尔滨市, 报告本报告由天津市) are no prefecture of
  their own: they do not join the place chain put in front of a street office or town named short in a title;
- 总体概况, 基本概况, 工作概况 and 年度概况 name the overview part (as 概况 and 概述 do);
- a vertically managed body named after its prefecture's stem (…监管分局, 海关, 调查队, zones) is in that
  prefecture when the stem is an autonomous prefecture's, a 地区's or a 盟's (黔东南, 阿里), as for a city's
  (温州), unless the stem also names a county-level city (喀什海关 is 喀什市's);
- 主要工作措施 and 主要工作做法 name the measures part (as 主要措施 and 主要做法 do);
- a prefecture's stem may have four characters (大兴安岭, 锡林郭勒监管分局);
- in a government office's abbreviation 政府 stands for 人民政府 and a last 办 for 办公室 (市政府口岸物流办 is
  重庆市人民政府口岸和物流办公室 when the report names that office).
"""

from __future__ import annotations

import pytest

from textmine.meta import _is_place_chain, _places_of, _with_upper, abbreviates, extract_meta
from textmine.model import Document
from textmine.sections import classify_title, find_sections

# ---------------------------------------------------------------- place chains in front of a short name


def test_a_compiling_sentences_lead_words_do_not_join_the_place_chain() -> None:
    text = "本报告由哈尔滨市香坊区通天街道办事处根据《中华人民共和国政府信息公开条例》编制。"
    assert _with_upper("通天街道办事处", text) == "哈尔滨市香坊区通天街道办事处"
    assert not _is_place_chain("本报告由哈尔滨市香坊区", "通天街道办事处")


def test_a_title_line_and_lead_words_do_not_join_a_municipalitys_chain() -> None:
    text = "向阳路街道办事处2022年政府信息公开工作年度报告\n本报告由天津市南开区向阳路街道办事处编制。"
    assert _with_upper("向阳路街道办事处", text) == "天津市南开区向阳路街道办事处"
    assert not _is_place_chain("报告本报告由天津市南开区", "向阳路街道办事处")


@pytest.mark.parametrize(("upper", "name"), [("天津市南开区", "向阳路街道办事处"), ("哈尔滨市香坊区", "通天街道办事处"), ("武汉市江岸区", "二七街道办事处"),
                                             ("西宁市城中区", "南滩街道办事处")])
def test_a_prefecture_and_district_in_front_of_a_street_office_are_its_chain(upper: str, name: str) -> None:
    assert _is_place_chain(upper, name)
    assert _with_upper(name, f"现将{upper}{name}2023年报告予以公布。") == upper + name


# ---------------------------------------------------------------- part titles in local words


@pytest.mark.parametrize("title", ["总体概况", "基本概况", "工作概况", "年度概况", "概况"])
def test_a_general_situation_named_gaikuang_is_the_overview(title: str) -> None:
    assert classify_title(title) == "overview"


@pytest.mark.parametrize(("title", "kind"), [("主动公开概况", "proactive"), ("依申请公开概况", "requests"),
                                             ("行政复议和行政诉讼概况", "appeals")])
def test_a_named_parts_gaikuang_keeps_that_parts_kind(title: str, kind: str) -> None:
    assert classify_title(title) == kind


@pytest.mark.parametrize(("title", "kind"), [("主要工作措施", "measures"), ("主要工作做法", "measures"), ("主要措施", "measures"),
                                             ("下一步工作措施", "plans")])
def test_main_work_measures_name_the_measures_part(title: str, kind: str) -> None:
    assert classify_title(title) == kind


# ---------------------------------------------------------------- vertical bodies named by a prefecture's stem


@pytest.mark.parametrize(("issuer", "places"), [
    ("国家金融监督管理总局黔东南监管分局", ("贵州省", "黔东南苗族侗族自治州", None)),
    ("国家金融监督管理总局阿里监管分局", ("西藏自治区", "阿里地区", None)),
    ("国家金融监督管理总局温州监管分局", ("浙江省", "温州市", None)),
    ("国家金融监督管理总局大兴安岭监管分局", ("黑龙江省", "大兴安岭地区", None)),
    ("国家金融监督管理总局锡林郭勒监管分局", ("内蒙古自治区", "锡林郭勒盟", None)),
])
def test_a_branch_named_by_a_prefectures_stem_is_in_that_prefecture(issuer: str, places: tuple) -> None:
    assert _places_of(issuer, issuer, "department") == places


@pytest.mark.parametrize("issuer", ["中关村科技园区管理委员会", "国家金融监督管理总局第一监管分局"])
def test_a_stem_that_names_no_prefecture_gives_no_place(issuer: str) -> None:
    assert _places_of(issuer, issuer, "department") == (None, None, None)


def test_a_stem_that_also_names_a_county_level_city_is_that_city() -> None:
    """喀什海关 sits in 喀什市, the seat of 喀什地区: the county-level city, not the prefecture."""
    assert _places_of("喀什海关", "喀什海关", "department") == ("新疆维吾尔自治区", "喀什地区", "喀什市")


# ---------------------------------------------------------------- abbreviations of a government's offices


@pytest.mark.parametrize(("short", "name"), [("政府口岸物流办", "人民政府口岸和物流办公室"), ("政府外办", "人民政府外事办公室"),
                                             ("口岸物流办", "口岸和物流办公室"), ("卫生健康委", "卫生健康委员会")])
def test_zhengfu_and_ban_abbreviate_renmin_zhengfu_and_bangongshi(short: str, name: str) -> None:
    assert abbreviates(short, name)


@pytest.mark.parametrize(("short", "name"), [("政府口岸物流办", "人民政府外事办公室"), ("物流办", "口岸和物流办公室"),
                                             ("政府外办", "人民政府外事办公室党组"), ("外事办", "人民政府外事办公室")])
def test_an_office_abbreviation_keeps_first_and_last_characters(short: str, name: str) -> None:
    assert not abbreviates(short, name)


def test_a_titles_office_abbreviation_takes_the_full_name_the_report_states() -> None:
    text = ("市政府口岸物流办2020年政府信息公开工作年度报告\n一、总体情况\n"
            "2020年，重庆市人民政府口岸和物流办公室认真贯彻新修订的《条例》，推进政务公开。我办将继续努力。\n")
    doc = Document(text=text, raw_text=text, offsets=[], sha256="", header={})
    assert extract_meta(doc, find_sections(text)).issuer == "重庆市人民政府口岸和物流办公室"
