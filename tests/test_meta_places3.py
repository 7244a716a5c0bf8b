"""Rules found by the third held-out probe set (issue 10): place words, abbreviations, compiling
offices and self-references that the first two sets did not exercise; each with cases that
must match and cases that must not."""

from __future__ import annotations

import pytest

from textmine.meta import (
    RE_COMPILING_OFFICE,
    _compatible,
    _is_short,
    _named_body,
    abbreviates,
    admin_level,
    body_issuers,
    parse_places,
    resolve_issuer,
)
from textmine.model import Document
from textmine.sections import find_sections


def _doc(text: str, header: dict[str, str] | None = None) -> Document:
    doc = Document(text=text, raw_text="", offsets=[], sha256="0" * 64)
    doc.header = header or {}
    return doc


# --- 自治区 alone is a level word (like 省), not a county called 自治区 --

def test_bare_autonomous_region_word_is_a_short_form() -> None:
    assert parse_places("自治区商务厅") == {}
    assert _is_short("自治区商务厅") and _is_short("自治区人力资源社会保障厅")


@pytest.mark.parametrize(("name", "key", "value"), [
    ("西藏自治区商务厅", "province", "西藏自治区"),
    ("宽城满族自治县人民政府", "county", "宽城满族自治县"),
    ("三江侗族自治县人民政府", "county", "三江侗族自治县"),
])
def test_named_autonomous_units_still_parse(name: str, key: str, value: str) -> None:
    assert parse_places(name)[key] == value
    assert not _is_short(name)


def test_region_short_form_resolves_to_the_full_name_stated_once() -> None:
    text = ("一、总体情况\n2021年，自治区商务厅认真贯彻落实《条例》。\n（三）政府信息管理。西藏自治区商务厅建立公开属性"
            "源头认定机制。\n二、主动公开政府信息情况\n无。")
    assert resolve_issuer(_doc(text), None, text[:600]) == "西藏自治区商务厅"


# --- 苏木 is a township; 林区 a county-level unit, not a city's district --

@pytest.mark.parametrize(("name", "level"), [
    ("锡林郭勒盟正蓝旗那日图苏木人民政府", "township"),
    ("那日图苏木", "township"),
    ("神农架林区人民政府", "county"),
    ("神农架林区", "county"),
    ("武汉市洪山区人民政府", "district"),      # must not: an ordinary 区 stays a district
    ("阿拉善左旗人民政府", "county"),          # must not: a banner is no township
    ("湖北省林业局", "department"),            # must not: 林 in a department's name
    ("内蒙古森工集团林区管理局", "department"),  # must not: 林区 not at the end
])
def test_sumu_and_forest_district_levels(name: str, level: str) -> None:
    assert admin_level(name) == level


def test_sumu_is_parsed_as_the_township() -> None:
    assert parse_places("锡林郭勒盟正蓝旗那日图苏木人民政府") == {
        "province": "内蒙古自治区", "city": "锡林郭勒盟", "county": "正蓝旗", "township": "那日图苏木"}


# --- a development zone named after its city without 市 --

@pytest.mark.parametrize(("name", "want"), [
    ("芜湖经济技术开发区管理委员会", {"province": "安徽省", "city": "芜湖市"}),
    ("长沙高新区管委会", {"province": "湖南省", "city": "长沙市"}),
    ("某某经济技术开发区管委会", {}),            # must not: no prefecture of that name
    ("朝阳街道办事处", {"township": "朝阳街道"}),  # must not: a city's stem before other words
])
def test_zone_named_after_its_city(name: str, want: dict[str, str]) -> None:
    assert parse_places(name) == want


# --- an abbreviation takes the first character, the suffix and other characters in order --

@pytest.mark.parametrize(("short", "name", "want"), [
    ("旅文局", "旅游和文化广电体育局", True),
    ("市场监管局", "市场监督管理局", True),
    ("卫健委", "卫生健康委员会", True),
    ("文旅局", "旅游和文化广电体育局", False),  # other first character
    ("公安局", "公共资源交易管理局", False),    # 安 not in the name
    ("交通厅", "交通运输局", False),            # other suffix
    ("局", "统计局", False),                    # a bare suffix is no abbreviation
])
def test_abbreviates(short: str, name: str, want: bool) -> None:
    assert abbreviates(short, name) is want


def test_short_title_resolves_to_the_full_name_it_abbreviates() -> None:
    assert _compatible("旅文局", "三亚市旅游和文化广电体育局")
    assert not _compatible("旅文局", "三亚市统计局")
    text = "市旅文局2020年政府信息公开工作年度报告\n一、总体情况\n2020年，三亚市旅游和文化广电体育局围绕旅游推进公开。"
    doc = _doc(text, {"来源": "三亚市人民政府"})
    assert resolve_issuer(doc, "市旅文局2020年政府信息公开工作年度报告", text) == "三亚市旅游和文化广电体育局"


# --- a compiling office (人民政府办公室, 部办公厅) compiles the report of its body --

@pytest.mark.parametrize(("text", "want"), [
    ("本报告根据《中华人民共和国政府信息公开条例》要求，由人力资源和社会保障部办公厅编制。全年，我部推进公开。",
     "人力资源和社会保障部"),
    ("根据《条例》要求，延吉市人民政府办公室编制本报告。全年，我市推进公开。", "延吉市人民政府"),
    ("本报告由江苏省发展和改革委员会办公室编制。", "江苏省发展和改革委员会"),
])
def test_compiling_office_gives_its_body(text: str, want: str) -> None:
    assert body_issuers(text)[0] == want


@pytest.mark.parametrize("name", ["河北省人民政府办公厅", "国务院办公厅", "南昌市人民政府办公厅"])
def test_a_government_general_office_is_not_stripped(name: str) -> None:
    assert RE_COMPILING_OFFICE.sub("", name) == name


# --- 本机关: the one body the report names in full as an actor --

def test_generic_self_reference_takes_the_named_actor() -> None:
    text = ("一、总体情况\n2022年，本机关认真贯彻落实县委、县政府的部署。依托丰都县人民政府门户网站，"
            "重庆市丰都县住房和城乡建设委员会开设专栏。\n二、主动公开政府信息情况\n无。")
    assert resolve_issuer(_doc(text), None, text) == "重庆市丰都县住房和城乡建设委员会"


@pytest.mark.parametrize("text", [
    "（四）无法提供\n1.本机关不掌握相关政府信息\t0\n",  # the 2021 table's row is no self-reference
    "2022年，本机关依托丰都县人民政府门户网站公开信息。",  # a portal's owner is not the author
    "2022年，本机关认真贯彻落实县委、县政府的部署。",      # no body named in full
])
def test_generic_self_reference_must_not_guess(text: str) -> None:
    assert _named_body(text) is None
    assert resolve_issuer(_doc(text), None, text) is None


# --- a heading joined by 及 to a year's plan is not cut at the year --

def test_heading_not_cut_after_a_conjunction_before_a_year() -> None:
    text = "五、行政复议、行政诉讼情况\n无。\n六、存在的问题及2018年工作计划\n公开不及时。2018年，旗政府将加强检查。\n"
    assert [s.title for s in find_sections(text) if s.level == 1][-1] == "存在的问题及2018年工作计划"


def test_run_in_year_still_ends_a_heading() -> None:
    text = "五、复议情况无。六、存在的主要问题2018年，部分单位更新不及时。七、其他需要报告的事项无。"
    assert "存在的主要问题" in [s.title for s in find_sections(text) if s.level == 1]


# --- a signature dated by month only; the crawl header's host places an ambiguous district --

@pytest.mark.parametrize(("tail", "want"), [
    ("六、其他需要报告的事项\n无。\n\n南京市秦淮区夫子庙街道办事处\n2023年1月\n", "南京市秦淮区夫子庙街道办事处"),
    ("六、其他需要报告的事项\n无。\n湖北省民政厅\n二〇二三年一月\n", "湖北省民政厅"),
    ("六、其他需要报告的事项\n无。\n湖北省民政厅\n二〇二三年一月十八日\n", "湖北省民政厅"),
])
def test_signature_dated_by_month(tail: str, want: str) -> None:
    assert body_issuers("一、总体情况\n2022年，本街道推进公开。\n" + tail)[0] == want


def test_a_month_in_the_last_sentence_is_no_signature() -> None:
    assert body_issuers("六、其他需要报告的事项\n本报告经审定后于2023年1月\n") == []


def test_host_header_places_an_ambiguous_district() -> None:
    from textmine.meta import extract_meta

    text = "永定区教育局二〇一四年度政府信息公开工作报告\n一、概述\n全年，我局推进公开。\n"
    got = extract_meta(_doc(text, {"来源": "张家界市永定区人民政府"}), [])
    assert (got.issuer, got.province, got.city, got.county) == ("永定区教育局", "湖南省", "张家界市", "永定区")
    fujian = extract_meta(_doc(text, {"来源": "龙岩市人民政府"}), [])  # the other 永定区's prefecture
    assert (fujian.province, fujian.city) == ("福建省", "龙岩市")
    other = extract_meta(_doc(text, {"来源": "三明市人民政府"}), [])  # must not: a prefecture without it
    assert other.city is None


# --- a crawled page title that joins the site's name; a level-1 number with a space for 、 --

@pytest.mark.parametrize(("title", "want"), [
    ("庆阳市人民政府门户网站-庆阳市人民政府2019年政府信息公开工作年度报告", "庆阳市人民政府2019年政府信息公开工作年度报告"),
    ("某某县2022年政府信息公开工作年度报告_某某县人民政府", "某某县2022年政府信息公开工作年度报告"),
    ("某某县2019-2020年政府信息公开工作年度报告", "某某县2019-2020年政府信息公开工作年度报告"),  # must not: a year span
    ("某某县-某某镇", "某某县-某某镇"),  # must not: no part is a report's title
])
def test_site_name_is_cut_from_a_crawled_title(title: str, want: str) -> None:
    from textmine.meta import _report_part, find_title

    assert _report_part(title) == want
    # a title column that names no document (某某县-某某镇) is the site's name, no title (probes8)
    assert find_title(_doc("正文", {"标题": title})) == (want if "报告" in want else None)


def test_level1_number_with_a_space_for_the_comma() -> None:
    text = "一 总体情况\n2023年，我区推进公开。\n二 主动公开政府信息情况\n文。\n三 其他需要报告的事项\n无。\n"
    assert [(s.number, s.title) for s in find_sections(text) if s.level == 1] == [
        ("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "其他需要报告的事项")]


@pytest.mark.parametrize("line", [
    "一 年来，我局认真推进政务公开工作。",   # no known title after the numeral
    "全年共 三 主动公开政府信息情况良好。",  # not at a line's start
])
def test_spaced_numeral_must_not_make_a_heading(line: str) -> None:
    text = "一、总体情况\n2023年，推进公开。\n" + line + "\n"
    assert [s.title for s in find_sections(text) if s.level == 1] == ["总体情况"]


# --- a report published inside a notice (关于印发…的通知) is the report of the body it names --

@pytest.mark.parametrize(("title", "want"), [
    ("武义县人民政府办公室关于印发武义县2022年政府信息公开工作年度报告的通知", "武义县人民政府"),
    ("某某县人民政府办公室关于印发《景宁畲族自治县人民政府2022年政府信息公开工作年度报告》的通知", "景宁畲族自治县人民政府"),
    ("武义县人民政府办公室关于公布2022年政府信息公开工作年度报告的通知", "武义县人民政府"),
    ("衢州市生态环境局关于2022年度政府信息公开工作的报告", "衢州市生态环境局"),  # must not: 关于 alone is no notice
    ("武义县人民政府办公室2022年政府信息公开工作年度报告", "武义县人民政府办公室"),  # must not: the office's own report
])
def test_notice_names_the_reporting_body(title: str, want: str) -> None:
    from textmine.meta import find_issuer

    assert find_issuer(title) == want
