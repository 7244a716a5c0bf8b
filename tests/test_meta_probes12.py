"""Rules found with the twelfth probe set (tests/cases/probes12: the first years, bodies of 20
provinces, portal chrome, signature dates). Each rule has cases that must match and cases that
must not.

Batch A: a breadcrumb without its 当前位置 lead-in (首页 > … > 年报) and a 【字号：大 中 小】 switch are
chrome; a title cut over two lines inside a word (…2022年政府信息 / 公开工作年度报告, …街道 / 办事处…)
is one title; the longest abbreviation wins (民族宗教委 is not 民族宗 + 教委); the date of an event told
in a sentence (《条例》于2008年5月1日起施行) is no publication date; a 保税区 committee is a zone's;
a public enterprise (…有限公司) is a body of level ``other`` and signs its report; a branch named
after its place without 区/市 (甘井子分局, 苏州检查分局) is in that place; a 联系方式 line and a
contact naming an internal unit (…局综合科) name the body; a local body whose name holds no place
(北仑海关) takes its address line's; 交通局/交通厅 were official names before the 2008–2010
reform. Batch B: a county the division list knows (西盟佤族自治县) is not a 盟 and a county. Batch C: the
unnumbered old part 依申请公开政府信息的情况 (with 的) is a heading, as 主动公开政府信息的情况 was.
Batch D: a zone named after a district of its city (广州南沙经济技术开发区); a town named 新市镇; an
address's house number. Batch E: a crawl's publish_time column; 卫生健康委 for 卫生健康委员会.
Batch F: a last part titled 其他 alone; 元月 (January) in a signature date.
"""

from __future__ import annotations

import pytest

from textmine.ingest import read_document
from textmine.meta import _expand, admin_level, extract_meta, find_published, parse_places
from textmine.model import Document
from textmine.sections import find_sections

BODY = ("一、总体情况\n{year}年，{we}认真贯彻落实《条例》，推进政务公开。\n二、主动公开政府信息情况\n"
        "{year}年，{we}主动公开政府信息120条。\n")


def _doc(text: str, header: dict[str, str] | None = None) -> Document:
    return Document(text=text, raw_text=text, offsets=[], sha256="", header=header or {})


def _meta(text: str, header: dict[str, str] | None = None):  # noqa: ANN202
    return extract_meta(_doc(text, header), find_sections(text))


def _read(text: str):  # noqa: ANN202
    return read_document(text.encode("utf-8"), name="r.txt")


# ---------------------------------------------------------------- portal chrome


@pytest.mark.parametrize("crumb", ["首页 > 政务公开 > 政府信息公开年报", "网站首页 >> 信息公开 >> 年报", "首页＞政府信息公开＞年度报告"])
def test_a_breadcrumb_without_its_lead_in_is_chrome(crumb: str) -> None:
    doc = _read(f"{crumb}\n某某县人民政府2023年政府信息公开工作年度报告\n" + BODY.format(year=2023, we="县政府"))
    assert doc.text.startswith("某某县人民政府2023年")


@pytest.mark.parametrize("line", ["首页改版后，网站访问量明显提升。", "首页栏目调整为5个"])
def test_a_line_opening_with_shouye_but_no_path_stays(line: str) -> None:
    doc = _read("某某县人民政府2023年政府信息公开工作年度报告\n" + BODY.format(year=2023, we="县政府") + line + "\n")
    assert line in doc.text


def test_the_font_size_switch_zihao_is_chrome() -> None:
    doc = _read("某某县人民政府2023年政府信息公开工作年度报告\n【字号：大 中 小】\n" + BODY.format(year=2023, we="县政府"))
    assert "字号" not in doc.text


def test_zihao_in_prose_stays() -> None:
    doc = _read("某某县人民政府2023年政府信息公开工作年度报告\n" + BODY.format(year=2023, we="县政府") + "规范公文字号大小和格式。\n")
    assert "规范公文字号大小和格式。" in doc.text


# ---------------------------------------------------------------- a title cut over two lines


@pytest.mark.parametrize(("head", "rest", "issuer"), [
    ("广西壮族自治区民族宗教事务委员会2022年政府信息", "公开工作年度报告", "广西壮族自治区民族宗教事务委员会"),
    ("大连市中山区青泥洼桥街道", "办事处2022年政府信息公开工作年度报告", "大连市中山区青泥洼桥街道办事处"),
])
def test_a_title_cut_inside_a_word_is_one_title(head: str, rest: str, issuer: str) -> None:
    m = _meta(f"{head}\n{rest}\n" + BODY.format(year=2022, we="我委"))
    assert m.issuer == issuer and m.title == head + rest


@pytest.mark.parametrize("prev", ["根据《条例》规定，广西壮族自治区民政厅编制本报告。", "首页 > 政务公开 > 广西壮族自治区", "政务公开"])
def test_a_line_that_is_no_title_head_is_not_joined(prev: str) -> None:
    m = _meta(f"{prev}\n公开工作年度报告\n" + BODY.format(year=2022, we="我局"))
    assert m.title == "公开工作年度报告"


def test_a_title_naming_its_own_body_keeps_it_after_a_place_line() -> None:
    m = _meta("大连市人民政府\n大连市交通运输局2022年政府信息公开工作年度报告\n" + BODY.format(year=2022, we="我局"))
    assert m.issuer == "大连市交通运输局"


# ---------------------------------------------------------------- abbreviations: the longest first


def test_the_longest_abbreviation_wins() -> None:
    assert _expand("民族宗教委") == "民族宗教事务委员会"
    assert _meta("2022年，自治区民族宗教委推进政务公开。\n广西壮族自治区民族宗教委\n2023年1月10日\n").issuer.endswith(
        "民族宗教事务委员会")


def test_a_plain_jiaowei_is_still_the_education_commission() -> None:
    assert _expand("区教委") == "区教育委员会"


# ---------------------------------------------------------------- event dates are not publication dates


@pytest.mark.parametrize("sentence", ["《条例》于2008年5月1日起施行。", "新修订的《条例》自2019年5月15日起施行。",
                                      "截至2023年12月31日，累计公开信息1200条。"])
def test_the_date_of_an_event_is_no_publication_date(sentence: str) -> None:
    assert find_published(_doc(f"正文。\n{sentence}\n民政部\n二〇〇九年三月\n")) is None


@pytest.mark.parametrize(("tail", "date"), [("某某局\n二〇二四年一月十五日", "2024-01-15"), ("某某局\n2024年1月15日", "2024-01-15"),
                                            ("某某局\n2024年1月15日发布", "2024-01-15")])
def test_the_signature_date_is_still_the_publication_date(tail: str, date: str) -> None:
    assert find_published(_doc(f"《条例》于2008年5月1日起施行。\n{tail}\n")) == date


# ---------------------------------------------------------------- zones and public enterprises


def test_a_bonded_zone_committee_is_a_zone() -> None:
    m = _meta(BODY.format(year=2023, we="我委") + "宁波保税区管理委员会\n二〇二四年一月二十二日\n")
    assert (m.issuer, m.admin_level, m.province, m.city, m.county) == ("宁波保税区管理委员会", "city", "浙江省", "宁波市", None)


def test_a_bureau_of_a_bonded_zone_is_a_department() -> None:
    assert admin_level("宁波保税区市场监督管理局") == "department"


@pytest.mark.parametrize("name", ["深圳市水务（集团）有限公司", "成都市自来水有限责任公司", "宁波市轨道交通集团有限公司"])
def test_a_public_enterprise_is_level_other(name: str) -> None:
    assert admin_level(name) == "other"


def test_a_public_enterprise_signs_its_report() -> None:
    m = _meta(BODY.format(year=2023, we="我公司") + "成都市自来水有限责任公司\n二〇二四年一月二十六日\n")
    assert (m.issuer, m.admin_level, m.city) == ("成都市自来水有限责任公司", "other", "成都市")


def test_a_company_named_in_the_body_is_not_the_issuer() -> None:
    m = _meta("2023年，我局委托某某科技有限公司开发依申请公开平台。\n" + BODY.format(year=2023, we="我局")
              + "郑州市大数据管理局\n2024年1月20日\n")
    assert m.issuer == "郑州市大数据管理局"
    m = _meta(BODY.format(year=2023, we="我局") + "平台由某某科技有限公司开发。\n")
    assert m.issuer is None or "公司" not in m.issuer


# ---------------------------------------------------------------- branches named without 区/市


@pytest.mark.parametrize(("name", "places"), [
    ("大连市自然资源局甘井子分局", {"province": "辽宁省", "city": "大连市", "county": "甘井子区"}),
    ("江苏省药品监督管理局苏州检查分局", {"province": "江苏省", "city": "苏州市", "county": None}),
])
def test_a_branch_named_after_its_place_without_the_level_word(name: str, places: dict) -> None:
    m = _meta(f"{name}2022年政府信息公开工作年度报告\n" + BODY.format(year=2022, we="我分局"))
    assert {"province": m.province, "city": m.city, "county": m.county} == places


@pytest.mark.parametrize("name", ["江苏省药品监督管理局第一检查分局", "大连市自然资源局高新园区分局"])
def test_a_branch_named_otherwise_takes_no_place(name: str) -> None:
    m = _meta(f"{name}2022年政府信息公开工作年度报告\n" + BODY.format(year=2022, we="我分局"))
    assert m.county is None and (m.city is None or name.startswith(m.city))


# ---------------------------------------------------------------- contact lines and addresses


def test_a_contact_line_naming_an_internal_unit_names_the_body() -> None:
    m = _meta(BODY.format(year=2023, we="本局").replace("推进政务公开", "落实国家邮政局和福建省邮政管理局的部署")
              + "六、其他需要报告的事项\n联系方式：厦门市邮政管理局综合科，电话：0592-1234567。\n")
    assert (m.issuer, m.city) == ("厦门市邮政管理局", "厦门市")


def test_a_contact_line_does_not_override_the_title() -> None:
    m = _meta("江西省民政厅2023年政府信息公开工作年度报告\n" + BODY.format(year=2023, we="我厅")
              + "联系方式：江西省人民政府办公厅政务公开办，电话：0791-1234567。\n")
    assert m.issuer == "江西省民政厅"


def test_a_body_without_places_takes_its_address() -> None:
    m = _meta("北仑海关2023年政府信息公开工作年度报告\n" + BODY.format(year=2023, we="我关")
              + "地址：浙江省宁波市北仑区明州路1号，邮编：315800。\n")
    assert (m.province, m.city, m.county) == ("浙江省", "宁波市", "北仑区")


def test_a_national_body_ignores_its_address() -> None:
    m = _meta("海关总署2023年政府信息公开工作年度报告\n" + BODY.format(year=2023, we="海关总署")
              + "地址：北京市东城区建国门内大街6号。\n")
    assert (m.issuer, m.province, m.city) == ("海关总署", None, None)


def test_a_body_with_places_keeps_its_own_over_an_address() -> None:
    m = _meta("宁波市交通运输局2023年政府信息公开工作年度报告\n" + BODY.format(year=2023, we="我局")
              + "地址：浙江省杭州市西湖区某路1号。\n")
    assert m.city == "宁波市"


# ---------------------------------------------------------------- names of the reform years


def test_jiaotongju_was_the_name_in_2009() -> None:
    m = _meta("宁波市交通局二〇〇九年政府信息公开工作年度报告\n" + BODY.format(year=2009, we="我局"))
    assert m.issuer == "宁波市交通局"


@pytest.mark.parametrize("title", ["宁波市交通局2015年政府信息公开工作年度报告", "市交通局2009年政府信息公开工作年度报告"])
def test_jiaotongju_is_expanded_later_or_without_its_place(title: str) -> None:
    m = _meta(f"{title}\n" + BODY.format(year=int(title[title.index("20"):][:4]), we="我局"))
    assert m.issuer != title.split("20")[0]


# ---------------------------------------------------------------- 西盟佤族自治县 is no 盟


def test_a_county_ending_a_word_in_meng_is_a_county() -> None:
    assert parse_places("西盟佤族自治县力所拉祜族乡人民政府") == {
        "province": "云南省", "city": "普洱市", "county": "西盟佤族自治县"}


@pytest.mark.parametrize(("name", "city"), [("兴安盟科尔沁右翼前旗人民政府", "兴安盟"), ("锡林郭勒盟行政公署", "锡林郭勒盟")])
def test_a_real_meng_is_still_the_prefecture(name: str, city: str) -> None:
    assert parse_places(name)["city"] == city


# ---------------------------------------------------------------- batch C: 依申请公开政府信息的情况 unnumbered

OLD = "概述\n2011年，某区推进公开。\n主动公开政府信息的情况\n全年公开100条。\n{line}\n其他需要报告的事项\n无。\n"


def test_an_unnumbered_old_part_with_de_is_a_heading() -> None:
    text = OLD.format(line="依申请公开政府信息的情况\n全年受理7件。")
    assert [(s.title, s.kind) for s in find_sections(text) if s.level == 1][2] == ("依申请公开政府信息的情况", "requests")


def test_a_sentence_opening_with_that_part_title_is_no_heading() -> None:
    text = OLD.format(line="依申请公开政府信息的情况良好，全年受理7件。")
    assert [s.title for s in find_sections(text) if s.level == 1] == ["概述", "主动公开政府信息的情况", "其他需要报告的事项"]


# ---------------------------------------------------------------- batch D


def test_a_zone_named_after_a_district_of_its_city() -> None:
    assert parse_places("广州南沙经济技术开发区管理委员会") == {"province": "广东省", "city": "广州市"}


@pytest.mark.parametrize(("name", "city"), [("芜湖经济技术开发区管理委员会", "芜湖市"), ("石家庄高新技术产业开发区管理委员会", "石家庄市")])
def test_a_zone_named_after_its_city_alone_keeps_its_city(name: str, city: str) -> None:
    assert parse_places(name)["city"] == city


def test_a_town_named_xinshi_is_no_county_level_city() -> None:
    m = _meta("新市镇人民政府2023年政府信息公开工作年度报告\n" + BODY.format(year=2023, we="我镇").replace(
        "认真贯彻落实", "在德清县委、县政府的正确领导下，认真贯彻落实"))
    assert (m.admin_level, m.province, m.city, m.county) == ("township", "浙江省", "湖州市", "德清县")


def test_xinshiqu_is_still_a_district() -> None:
    assert parse_places("新市区人民政府")["county"] == "新市区"


def test_an_address_house_number_is_not_part_of_the_name() -> None:
    m = _meta(BODY.format(year=2023, we="我县")
              + "联系地址：宁夏回族自治区固原市泾源县香水镇人民路1号泾源县人民政府办公室，邮编：756400。\n")
    assert (m.issuer, m.county) == ("泾源县人民政府", "泾源县")


def test_a_name_starting_with_a_house_word_elsewhere_is_not_cut() -> None:
    m = _meta(BODY.format(year=2023, we="本局") + "联系地址：号山县某某路8号，号山县统计局办公室，邮编：000000。\n")
    assert m.issuer is None or not m.issuer.startswith("号")


# ---------------------------------------------------------------- batch E


@pytest.mark.parametrize("column", ["publish_time", "publish_date", "pubdate", "pub_date", "release_time"])
def test_a_crawls_publish_time_column_is_its_date(column: str) -> None:
    from textmine.ingest.crawl import find_columns

    assert find_columns(["title", column, "url", "content"], label="c.csv")["date"] == column


def test_a_column_of_another_time_is_not_the_date() -> None:
    from textmine.ingest.crawl import find_columns

    assert find_columns(["title", "crawl_time", "url", "content"], label="c.csv")["date"] is None


def test_a_commission_named_without_yuanhui_is_completed_by_the_contact_line() -> None:
    m = _meta(BODY.format(year=2022, we="区卫生健康委")
              + "联系方式：重庆市江北区卫生健康委员会办公室，电话：023-67712345。\n")
    assert (m.issuer, m.county) == ("重庆市江北区卫生健康委员会", "江北区")


def test_a_commission_short_form_is_not_completed_by_another_body() -> None:
    m = _meta(BODY.format(year=2022, we="区卫生健康委")
              + "联系方式：重庆市江北区教育委员会办公室，电话：023-67712345。\n")
    assert m.issuer != "重庆市江北区教育委员会"


# ---------------------------------------------------------------- batch F


def test_a_last_part_titled_qita_alone_is_the_other_part() -> None:
    text = ("一、概述\n2009年，某县推进公开。\n二、主动公开政府信息情况\n全年公开100条。\n三、存在的不足和今后打算\n"
            "一是不足。今后将改进。\n四、其他\n无其他需要报告的事项。\n")
    assert [(s.title, s.kind) for s in find_sections(text) if s.level == 1][-1] == ("其他", "other")


def test_a_table_row_qita_is_no_part() -> None:
    text = ("一、概述\n2022年，某县推进公开。\n二、主动公开政府信息情况\n全年公开100条。\n"
            "（一）予以公开\n12\n（二）其他\n3\n三、存在的主要问题及改进情况\n问题是解读不够。\n")
    assert "其他" not in [s.title for s in find_sections(text)]
    text = "一、概述\n2022年，某县推进公开。\n一、其他\n无。\n"  # 一 restarting: no continuation of the parts
    assert [s.title for s in find_sections(text) if s.level == 1] == ["概述"]


def test_yuanyue_is_january() -> None:
    assert find_published(_doc("正文。\n青海省生态环境厅\n2024年元月16日\n")) == "2024-01-16"
    assert _meta("2023年，我厅推进公开。\n青海省生态环境厅\n2024年元月16日\n").issuer == "青海省生态环境厅"


def test_yuanyue_in_prose_is_no_date() -> None:
    assert find_published(_doc("正文。元月以来开展培训2次。\n某某局\n2024年1月6日\n")) == "2024-01-06"
