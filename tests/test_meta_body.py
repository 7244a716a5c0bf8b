"""Metadata of reports without a title line: the issuer from the body, short forms, headers."""

from __future__ import annotations

import pytest

from textmine.meta import admin_level, body_issuers, extract_meta, find_year, parse_places
from textmine.model import Document
from textmine.sections import find_sections


def meta(text: str, **header: str):  # noqa: ANN201
    doc = Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64, header=header)
    return extract_meta(doc, find_sections(text))


BODY = "一、总体情况\n全年主动公开信息120条。\n二、其他需要报告的事项\n无。\n"


@pytest.mark.parametrize(
    ("text", "issuer", "level", "province", "city"),
    [
        ("2022年，湖南省民政厅坚持以公开为常态。\n" + BODY, "湖南省民政厅", "department", "湖南省", None),
        ("2022年，我厅坚持以公开为常态。\n" + BODY + "湖南省民政厅\n2023年1月20日", "湖南省民政厅", "department",
         "湖南省", None),
        ("本报告由四川省司法厅办公室编制。\n" + BODY, "四川省司法厅", "department", "四川省", None),
        ("2021年，省交通厅认真贯彻《条例》。\n" + BODY + "全年在江西省交通运输厅网站发布信息。",
         "江西省交通运输厅", "department", "江西省", None),
        ("2021年，省人社厅认真贯彻《条例》，按照江西省人民政府要求推进公开。\n" + BODY,
         "江西省人力资源和社会保障厅", "department", "江西省", None),
        ("2020年，市住建局持续推进公开。\n" + BODY + "按照要求，西安市住房和城乡建设局网站开设专栏。",
         "西安市住房和城乡建设局", "department", "陕西省", "西安市"),
        ("2023年，我部坚持以人民为中心。\n" + BODY + "交通运输部\n2024年1月15日", "交通运输部", "department",
         None, None),
        ("2016年，海关总署严格落实《条例》。\n" + BODY, "海关总署", "department", None, None),
        ("2023年，岳池县九龙镇人民政府坚持公开。\n" + BODY, "岳池县九龙镇人民政府", "township", "四川省", "广安市"),
        ("2022年，我县扎实推进政务公开。桐庐县人民政府门户网站改版上线。\n" + BODY + "杭州市桐庐县人民政府\n2023年1月9日",
         "杭州市桐庐县人民政府", "county", "浙江省", "杭州市"),
        ("2019年，我区持续深化公开，区政府常务会议研究部署。\n" + BODY + "兰州市城关区人民政府网站开设专栏。",
         "兰州市城关区人民政府", "district", "甘肃省", "兰州市"),
        ("根据《条例》要求，现将大连市民政局2023年政府信息公开工作年度报告公布如下。\n" + BODY,
         "大连市民政局", "department", "辽宁省", "大连市"),
        ("一、总体情况\n全年公开信息。特此报告。福建省公安厅2014年1月10日", "福建省公安厅", "department", "福建省", None),
    ],
    ids=["opening-full", "self-and-signature", "compiled-by-office", "short-resolved-in-text",
         "short-completed-by-province", "municipal-short", "ministry-signature", "ministry-opening",
         "township", "county-self-ref", "district-self-ref", "named-report", "flat-signature"],
)
def test_issuer_from_the_body(text: str, issuer: str, level: str, province: str | None, city: str | None) -> None:
    m = meta(text)
    assert (m.issuer, m.admin_level, m.province, m.city) == (issuer, level, province, city)


@pytest.mark.parametrize(
    "text",
    [
        "2022年，全县政府系统坚持公开。\n" + BODY,  # 全县: not one body
        "2022年，区办公室坚持公开。\n" + BODY,  # a bare office without a place
        "2022年，各部门坚持公开。\n" + BODY,
        BODY,
    ],
    ids=["whole-county", "bare-office", "every-department", "nothing"],
)
def test_no_issuer_where_the_body_names_none(text: str) -> None:
    assert meta(text).issuer is None


def test_header_title_wins_and_derives_the_issuer() -> None:
    m = meta("2022年，我厅坚持公开。\n" + BODY + "湖南省民政厅\n2023年1月20日",
             标题="湖南省交通运输厅2022年政府信息公开工作年度报告")
    assert (m.title, m.issuer, m.year) == ("湖南省交通运输厅2022年政府信息公开工作年度报告", "湖南省交通运输厅", 2022)


def test_header_title_without_a_body_falls_back_to_header_then_text() -> None:
    m = meta("2019年，我厅坚持公开。\n" + BODY, 标题="2019年政府信息公开工作年度报告", 发布机构="江西省人力资源和社会保障厅")
    assert (m.issuer, m.admin_level, m.province) == ("江西省人力资源和社会保障厅", "department", "江西省")
    m2 = meta("2019年，贵州省应急管理厅坚持公开。\n" + BODY, 标题="2019年政府信息公开工作年度报告")
    assert m2.issuer == "贵州省应急管理厅"


def test_short_header_title_is_completed_from_the_header_source() -> None:
    m = meta("2024年，我厅坚持公开。\n" + BODY, 标题="省交通运输厅2024年政府信息公开工作年度报告", 来源="四川省交通运输厅")
    assert m.issuer == "四川省交通运输厅"


@pytest.mark.parametrize("portal", ["某某市人民政府门户网站", "中国政府网", "江西省人民政府网站", "某某政务服务网"])
def test_portal_is_never_the_issuer(portal: str) -> None:
    assert meta(BODY, 来源=portal).issuer is None
    assert meta("2022年，江西省民政厅坚持公开。\n" + BODY, 来源=portal).issuer == "江西省民政厅"


def test_department_names_are_not_townships() -> None:
    assert parse_places("市住房和城乡建设局") == {}
    assert parse_places("长沙县黄兴镇人民政府")["township"] == "黄兴镇"


@pytest.mark.parametrize(("name", "level"), [("交通运输部", "department"), ("中国人民银行", "department"),
                                             ("省民政厅", "department"), ("某某市人大常委会", "other")])
def test_levels_of_ministries_and_short_forms(name: str, level: str) -> None:
    assert admin_level(name) == level


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("根据2019年修订的《条例》编制本报告。\n2022年，我局坚持公开。", 2022),
        ("根据2019年修订的《条例》编制本报告。\n一、总体情况\n全年公开信息。\n某某局\n2023年1月20日", 2022),
        ("本报告统计区间为2018年1月1日至12月31日。2019年将继续推进。", 2018),
        ("现将本局2015年度政府信息公开工作报告如下。", 2015),
    ],
    ids=["opening-not-revision", "signature-minus-one", "statistics-range", "named-report"],
)
def test_year_without_a_title(text: str, year: int) -> None:
    assert find_year(None, text) == year


def test_body_issuers_order_and_short_forms() -> None:
    text = "2022年，省民政厅坚持公开。\n本报告由湖南省民政厅办公室编制。\n" + BODY + "湖南省民政厅\n2023年1月20日"
    assert body_issuers(text) == ["湖南省民政厅", "省民政厅"]


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("江西省民政厅政府信息公开工作2022年度报告", "江西省民政厅"),
        ("江西省民政厅关于2022年度政府信息公开工作的报告", "江西省民政厅"),
        ("江西省民政厅2022年度政府信息公开年报", "江西省民政厅"),
        ("2022年度江西省民政厅政府信息公开工作年度报告", "江西省民政厅"),
    ],
)
def test_title_forms(title: str, issuer: str) -> None:
    assert meta(BODY, 标题=title).issuer == issuer
    m = meta(title + "\n" + BODY)
    assert (m.title, m.issuer, m.year) == (title, issuer, 2022)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("本报告由江西省民政厅根据《条例》要求编制。\n" + BODY, "江西省民政厅"),
        ("本报告由江西省人民政府办公厅编制。\n" + BODY, "江西省人民政府办公厅"),
        ("一年来，四川省水利厅坚持公开为常态。\n" + BODY, "四川省水利厅"),
        ("2022年，江西省民政厅党组坚持以人民为中心。\n" + BODY, "江西省民政厅"),
        (BODY + "上饶市万年县人民政府办公室\n2023年1月5日", "上饶市万年县人民政府"),
    ],
    ids=["compiled-according-to", "general-office-itself", "one-year-on", "party-group", "office-signs"],
)
def test_more_body_shapes(text: str, issuer: str) -> None:
    assert meta(text).issuer == issuer


def test_compiling_sentence_and_year_before_the_verb() -> None:
    assert meta("根据《条例》的要求，市科委编制了2024年度政务公开工作报告。" + BODY + "上海市科学技术委员会网站").issuer == \
        "上海市科学技术委员会"
    assert meta("上海市科委 2024 年深入贯彻《条例》。\n" + BODY).issuer == "上海市科学技术委员会"


def test_self_reference_is_not_a_longer_word() -> None:
    # 本部门 / 本市内 are not 本部 / 本市 as a body
    assert body_issuers("本部门全年公开信息。本市内各单位。") == []


def test_crawler_fields_are_not_titles_and_a_posting_office_is_its_body() -> None:
    m = meta("栏目：政府信息公开年报\n" + BODY)
    assert m.title is None and m.issuer is None
    assert meta(BODY, 发布机构="高台县人民政府办公室").issuer == "高台县人民政府"


def test_county_city_from_the_prefecture_the_report_names() -> None:
    text = "2022年，岳池县人民政府坚持公开。按照广安市政务公开工作要点，全县推进公开。\n" + BODY
    m = meta(text)
    assert (m.issuer, m.admin_level, m.province, m.city, m.county) == (
        "岳池县人民政府", "county", "四川省", "广安市", "岳池县")
    # named nowhere: the national division list gives the prefecture of a county it holds once
    assert meta("2022年，岳池县人民政府坚持公开。\n" + BODY).city == "广安市"
    assert meta("2022年，青木县人民政府坚持公开。\n" + BODY).city is None  # not a county of the list
    assert meta("2022年，鼓楼区人民政府坚持公开。\n" + BODY).city is None  # four prefectures have one


@pytest.mark.parametrize(
    ("header", "text", "issuer"),
    [
        ({"来源": "高台县人民政府"}, "2019年，我局坚持公开。\n" + BODY + "高台县市场监督管理局\n2020年1月10日",
         "高台县市场监督管理局"),
        ({"发布机构": "江西省人民政府"}, "2019年，江西省民政厅坚持公开。\n" + BODY, "江西省民政厅"),
        ({"发布机构": "江西省民政厅"}, "2019年，我厅坚持公开。\n" + BODY, "江西省民政厅"),
        ({"来源": "高台县人民政府"}, "2019年，我县坚持公开。\n" + BODY, "高台县人民政府"),
    ],
    ids=["county-hosts-its-bureau", "province-hosts-its-department", "header-is-the-body", "header-only"],
)
def test_a_hosting_government_in_the_header_is_not_the_author(header: dict, text: str, issuer: str) -> None:
    assert meta(text, **header).issuer == issuer


@pytest.mark.parametrize(
    ("title", "issuer", "level"),
    [("九龙镇2025年政府信息公开工作年度报告", "九龙镇人民政府", "township"),
     ("东华门街道2024年政府信息公开工作年度报告", "东华门街道办事处", "township")],
)
def test_township_titles(title: str, issuer: str, level: str) -> None:
    m = meta(BODY, 标题=title)
    assert (m.issuer, m.admin_level) == (issuer, level)


def test_abbreviation_with_and_dropped() -> None:
    m = meta("2014年，省住房城乡建设厅认真贯彻《条例》，广东省各级住房城乡建设部门推进公开。\n" + BODY)
    assert m.issuer == "广东省住房和城乡建设厅"


def test_unresolved_pronoun_is_no_issuer_and_titles_name_no_body() -> None:
    assert meta("2022年，本局坚持公开。\n" + BODY).issuer is None
    # 《福建省政府信息公开办法》 is a document, not the body behind 我办
    text = "依据《福建省政府信息公开办法》。2017年，我办主动公开信息。我区坚持公开。平潭综合实验区管委会网站。\n" + BODY
    assert meta(text).issuer == "平潭综合实验区管委会"


def test_year_comma_starts_a_subject_after_a_run_in_heading() -> None:
    assert meta("一、总体情况 2022年，国家林业和草原局坚持公开。二、其他需要报告的事项 无。").issuer == "国家林业和草原局"
    assert meta("一、总体情况2022年，江西省民政厅坚持公开。二、其他需要报告的事项无。").issuer == "江西省民政厅"
