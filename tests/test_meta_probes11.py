"""Rules found with the eleventh probe set (tests/cases/probes11: generic crawl titles, offices,
every kind of division, cut and run-in heads): ``第一部分：`` opens a part with the colon left out
of its title; ``本报告由`` is never part of a body's name; a crawled title's part marker
(``（二）``, ``（续）``) is not part of the title; a run-in heading ends before 在 + the body's own
channel (在厅门户网站…); a prefecture-level body holds no county; a customs office named after a
county-level city without 市 (昆山海关) is in that city. Each rule has cases that must match and
cases that must not.

Batch B: a 关于…政府信息公开工作情况的报告 title names its body; a local bureau of a national body the
list lacks (国家矿山安全监察局山西局) is in its province; a sub-heading that opens with its year and ends
with a closing noun (（三）2023年工作打算) is a heading; a township takes the county it says leads it
(在滑县县委、县政府的正确领导下); a 办公厅 that compiles a report its government speaks in (2023年，
自治区人民政府坚持…) compiles the government's report. Batch D: the abbreviations of the bodies of
2013–2018 (卫生计生委, 工商局, 食药监局, 质监局, 安监局) are expanded, also where a self-reference is
completed by a name the text gives in short."""

from __future__ import annotations

import pytest

from textmine.meta import _bare_title, _expand, _places_of, extract_meta, find_issuer, find_title
from textmine.model import Document
from textmine.sections import find_sections


def _doc(text: str, header: dict[str, str] | None = None) -> Document:
    return Document(text=text, raw_text=text, offsets=[], sha256="", header=header or {})


def _meta(text: str, header: dict[str, str] | None = None):  # noqa: ANN202
    return extract_meta(_doc(text, header), find_sections(text))


# ---------------------------------------------------------------- 第一部分：总体情况


@pytest.mark.parametrize("sep", ["：", ":", "、", "", " "])
def test_a_part_numbered_dibufen_keeps_its_title_after_a_colon(sep: str) -> None:
    text = (f"第一部分{sep}总体情况\n2023年，某县人民政府推进政务公开。\n"
            f"第二部分{sep}主动公开政府信息情况\n全年主动公开信息120条。\n")
    assert [(s.level, s.title, s.kind) for s in find_sections(text)] == [
        (1, "总体情况", "overview"), (1, "主动公开政府信息情况", "proactive")]


def test_a_part_named_in_prose_is_no_heading() -> None:
    text = ("一、总体情况\n2023年，某县人民政府推进政务公开，第一部分：总体情况的写法按照上级要求调整。\n"
            "二、主动公开政府信息情况\n全年主动公开信息120条。\n")
    assert [s.title for s in find_sections(text) if s.level == 1] == ["总体情况", "主动公开政府信息情况"]


# ---------------------------------------------------------------- 本报告由X编制


def test_the_compiling_sentence_names_the_body_without_its_lead_words() -> None:
    m = _meta("本报告由安吉县气象局根据《中华人民共和国政府信息公开条例》要求编制。\n一、总体情况\n"
              "2023年，我局坚持公开为常态。\n二、主动公开政府信息情况\n全年主动公开信息23条。\n")
    assert (m.issuer, m.province, m.city, m.county) == ("安吉县气象局", "浙江省", "湖州市", "安吉县")


def test_a_name_starting_with_ben_keeps_it() -> None:
    m = _meta("本溪市民政局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，本溪市民政局坚持公开为常态。\n")
    assert (m.issuer, m.city) == ("本溪市民政局", "本溪市")


# ---------------------------------------------------------------- a crawled title's part marker


@pytest.mark.parametrize("marker", ["（二）", "(一)", "（续）", "（下）", "（之二）"])
def test_a_title_split_over_rows_names_its_body(marker: str) -> None:
    title = "阜平县人民政府2023年政府信息公开工作年度报告" + marker
    assert _bare_title(title) == "阜平县人民政府2023年政府信息公开工作年度报告"
    m = _meta("五、存在的主要问题及改进情况\n存在的问题是乡镇公开能力不足。\n", {"标题": title})
    assert (m.issuer, m.admin_level, m.year) == ("阜平县人民政府", "county", 2023)


@pytest.mark.parametrize("title", ["某县2023年政府信息公开工作年度报告（修订版）", "某县2023年政府信息公开工作年度报告（十一）",
                                   "某县人民政府（某县政府办）"])
def test_other_brackets_at_the_end_stay(title: str) -> None:
    assert _bare_title(title) == title


# ---------------------------------------------------------------- 在 + the body's own channel ends a run-in heading


def test_a_run_in_heading_ends_before_zai_and_the_bodys_channel() -> None:
    text = ("一、总体情况2023年，某省自然资源厅推进政务公开。二、坚持主动公开政府信息全年主动公开政府信息2130条。"
            "三、依法实施政府信息依申请公开在厅门户网站建立依申请公开平台，全年新收申请186件。")
    assert [s.title for s in find_sections(text) if s.level == 1] == [
        "总体情况", "坚持主动公开政府信息", "依法实施政府信息依申请公开"]


@pytest.mark.parametrize(("heading", "title"), [
    ("五、存在局部公开不到位的问题", "存在局部公开不到位的问题"),  # 存在: the verb, not the preposition
    ("五、所在乡镇公开栏目更新的问题", "所在乡镇公开栏目更新的问题"),
])
def test_zai_inside_a_word_ends_no_heading(heading: str, title: str) -> None:
    text = f"四、政府信息公开行政复议、行政诉讼情况\n本年度未发生。\n{heading}\n部分单位重视不够。\n"
    assert [s.title for s in find_sections(text) if s.level == 1][-1] == title


# ---------------------------------------------------------------- a prefecture-level body holds no county


def test_a_new_area_committee_has_no_county() -> None:
    assert _places_of("重庆两江新区管理委员会", "", "city") == ("重庆市", "重庆市", None)


def test_a_new_area_government_keeps_its_district() -> None:
    assert _places_of("天津市滨海新区人民政府", "", "district") == ("天津市", "天津市", "滨海新区")
    assert _places_of("上海市浦东新区人民政府", "", "district")[2] == "浦东新区"


# ---------------------------------------------------------------- customs named after a county-level city


@pytest.mark.parametrize(("issuer", "places"), [
    ("昆山海关", ("江苏省", "苏州市", "昆山市")),
    ("张家港海关", ("江苏省", "苏州市", "张家港市")),
    ("中华人民共和国义乌海关", ("浙江省", "金华市", "义乌市")),
])
def test_a_customs_office_is_in_the_city_it_is_named_after(issuer: str, places: tuple) -> None:
    assert _places_of(issuer, "", "department") == places


@pytest.mark.parametrize(("issuer", "places"), [
    ("拱北海关", (None, None, None)),  # a port's name, no 拱北市
    ("南京海关", ("江苏省", "南京市", None)),  # a prefecture's customs: its city, no county
    ("海关总署", (None, None, None)),
])
def test_other_customs_take_no_county_city(issuer: str, places: tuple) -> None:
    assert _places_of(issuer, "", "department") == places


def test_find_issuer_of_a_split_row_title() -> None:
    assert find_issuer("阜平县人民政府2023年政府信息公开工作年度报告") == "阜平县人民政府"


# ---------------------------------------------------------------- batch B: 关于…工作情况的报告


def test_a_guanyu_gongzuo_qingkuang_title_names_its_body() -> None:
    m = _meta("德宏傣族景颇族自治州人民政府关于2022年度政府信息公开工作情况的报告\n一、总体情况\n2022年，州人民政府推进政务公开。\n")
    assert (m.issuer, m.admin_level, m.city, m.year) == ("德宏傣族景颇族自治州人民政府", "city", "德宏傣族景颇族自治州", 2022)


def test_a_report_on_other_work_is_no_title() -> None:
    assert find_title(_doc("某县人民政府关于2022年度安全生产工作情况的报告\n正文。\n")) is None


# ---------------------------------------------------------------- batch B: a local bureau of an unlisted national body


def test_the_local_bureau_of_an_unlisted_national_body_is_in_its_province() -> None:
    assert _places_of("国家矿山安全监察局山西局", "", "department") == ("山西省", None, None)


@pytest.mark.parametrize("issuer", ["国家矿山安全监察局", "国务院国有资产监督管理委员会", "国家药品监督管理局药品审评中心"])
def test_national_bodies_and_their_centres_have_no_province(issuer: str) -> None:
    assert _places_of(issuer, "", "department") == (None, None, None)


# ---------------------------------------------------------------- batch B: a sub-heading that opens with its year


def test_a_year_plan_sub_heading_is_a_plans_section() -> None:
    text = ("六、其他需要报告的事项\n（一）收取信息处理费情况。本年度未收取。\n"
            "（二）2023年工作打算。一是深化重点领域信息公开；二是加强政策解读。\n")
    assert [(s.level, s.title, s.kind) for s in find_sections(text)][-1] == (2, "2023年工作打算", "plans")


@pytest.mark.parametrize("item", ["（二）2023年全年主动公开信息120条。", "（二）2023年，我局加强组织领导。",
                                  "（二）2023年我局加强领导。"])
def test_an_item_that_opens_with_its_year_is_no_heading(item: str) -> None:
    text = f"二、主动公开政府信息情况\n（一）公开情况。全年公开信息。\n{item}\n"
    assert [s.title for s in find_sections(text)] == ["主动公开政府信息情况", "公开情况"]


# ---------------------------------------------------------------- batch B: the county that leads a township


def test_a_township_takes_the_county_that_leads_it() -> None:
    m = _meta("留固镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我镇在滑县县委、县政府的正确领导下，推进政务公开。\n")
    assert (m.issuer, m.admin_level, m.province, m.city, m.county) == ("留固镇人民政府", "township", "河南省", "安阳市", "滑县")


@pytest.mark.parametrize("sentence", ["2023年，我镇在县委、县政府的正确领导下推进政务公开。",  # no name
                                      "2023年，我镇在鼓楼区委、区政府的领导下推进政务公开。",  # four 鼓楼区
                                      "2023年，我镇按照滑县政务公开要点推进工作。"])  # not the leading county
def test_no_leading_county_is_guessed(sentence: str) -> None:
    m = _meta(f"留固镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n{sentence}\n")
    assert m.county is None


def test_a_county_report_is_not_placed_by_the_leading_sentence() -> None:
    m = _meta("某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，在滑县县委、县政府的正确领导下，推进政务公开。\n")
    assert m.county != "滑县"


# ---------------------------------------------------------------- batch B: a 办公厅 compiling its government's report


def test_an_office_compiles_the_report_its_government_speaks_in() -> None:
    m = _meta("本报告由广西壮族自治区人民政府办公厅根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n"
              "2023年，自治区人民政府坚持以人民为中心的发展思想，统筹推进全区政务公开工作。\n")
    assert (m.issuer, m.admin_level, m.province) == ("广西壮族自治区人民政府", "province", "广西壮族自治区")


def test_an_office_reporting_on_its_own_work_stays_the_issuer() -> None:
    m = _meta("本报告由河北省人民政府办公厅根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n"
              "2023年，省政府办公厅坚持公开为常态，做好本机关政府信息公开工作。\n")
    assert (m.issuer, m.admin_level) == ("河北省人民政府办公厅", "department")


# ---------------------------------------------------------------- batch D: abbreviations of the bodies of 2013–2018


@pytest.mark.parametrize(("short", "full"), [
    ("贵州省卫生计生委", "贵州省卫生和计划生育委员会"),
    ("某市卫计委", "某市卫生和计划生育委员会"),
    ("某县卫计局", "某县卫生和计划生育局"),
    ("云南省工商局", "云南省工商行政管理局"),
    ("湖南省食药监局", "湖南省食品药品监督管理局"),
    ("某市质监局", "某市质量技术监督局"),
    ("安徽省安监局", "安徽省安全生产监督管理局"),
])
def test_an_old_bodys_abbreviation_is_expanded(short: str, full: str) -> None:
    assert _expand(short) == full


@pytest.mark.parametrize("name", ["某省工商行政管理局", "国家工商行政管理总局", "某市卫生健康委员会", "某省工商业联合会"])
def test_full_names_keep_their_form(name: str) -> None:
    assert _expand(name) == name


def test_a_drug_bureau_is_not_a_food_and_drug_bureau() -> None:
    assert _expand("某县药监局") == "某县药品监督管理局"


def test_a_self_reference_is_completed_by_an_abbreviated_name_in_full() -> None:
    m = _meta("本报告的电子版可在云南省工商局门户网站下载。\n一、概述\n2014年，我局做好政府信息公开工作。\n"
              "二、主动公开政府信息情况\n2014年，我局共主动公开政府信息1820条。\n")
    assert (m.issuer, m.province) == ("云南省工商行政管理局", "云南省")


# ---------------------------------------------------------------- batch E: a numbered 附件： before a table caption


def test_a_numbered_annex_takes_its_caption_as_title() -> None:
    text = ("六、政府信息公开工作存在的主要问题及改进措施\n存在的问题是公开不够。\n"
            "七、附件：剑阁县人民政府2016年政府信息公开情况统计表\n统计指标\n单位\n统计数\n")
    assert [(s.title, s.kind) for s in find_sections(text) if s.level == 1][-1] == (
        "剑阁县人民政府2016年政府信息公开情况统计表", "statistics")


def test_a_numbered_annex_without_a_table_caption_keeps_its_word() -> None:
    text = ("六、其他需要报告的事项\n无。\n七、附件：政府信息公开指南。\n")
    assert [s.title for s in find_sections(text) if s.level == 1][-1] == "附件"
