"""Tests of textmine.meta: title, issuer, levels, places, year, date, template."""

from __future__ import annotations

import re

import pytest

from tests._corpus import CORPUS, gold_files, load_document, load_gold
from textmine.meta import (
    admin_level,
    extract_meta,
    find_issuer,
    find_published,
    find_template,
    find_year,
    parse_places,
)
from textmine.model import Document
from textmine.sections import find_sections


def doc(text: str, **header: str) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64, header=header)


def test_meta_of_hand_written_county_report() -> None:
    text = ("高台县2016年政府信息公开工作年度报告\n\n2016年，我县严格按照《条例》要求。\n一、主要措施及成效\n文。\n"
            "附件2\n政府信息公开情况统计表\n(2016年度)\n统 计 指 标\n单位\n统计数\n填报日期: 2017年3月7日\n")
    m = extract_meta(doc(text), find_sections(text))
    assert (m.title, m.issuer, m.admin_level) == ("高台县2016年政府信息公开工作年度报告", "高台县人民政府", "county")
    assert (m.province, m.city, m.county) == ("甘肃省", "张掖市", "高台县")
    assert (m.year, m.published, m.template) == (2016, "2017-03-07", "gov2014")


def test_meta_prefers_header_and_fuller_name() -> None:
    text = "洪泽区人民政府\n2023 年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室编制。\n一、总体情况\n本年制发件数"
    m = extract_meta(doc(text), find_sections(text))
    assert m.issuer == "淮安市洪泽区人民政府"
    assert (m.admin_level, m.province, m.city, m.county) == ("district", "江苏省", "淮安市", "洪泽区")
    assert m.published is None and m.template == "gov2021" and m.year == 2023
    m2 = extract_meta(doc("正文", 标题="平潭综合实验区2011年政府信息公开工作年度报告", 发布时间="2012-04-11 00:00"), [])
    assert (m2.issuer, m2.admin_level, m2.province, m2.city, m2.county) == (
        "平潭综合实验区管委会", "city", "福建省", "平潭综合实验区", None)
    assert (m2.year, m2.published) == (2011, "2012-04-11")


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("平潭县人民政府2011年政府信息公开工作年度报告", "平潭县人民政府"),
        ("平潭综合实验区地方税务局2013年信息公开年度报告", "平潭综合实验区地方税务局"),
        ("平潭综合实验区管委会2014年度政府信息公开工作年度报告", "平潭综合实验区管委会"),
        ("2024年上海市科委政府信息公开工作年度报告", "上海市科学技术委员会"),
        ("福建省2018年政府信息公开工作年度报告", "福建省人民政府"),
        (None, None),
    ],
    ids=["county-gov", "department", "zone", "abbreviation", "province", "none"],
)
def test_find_issuer(title: str | None, issuer: str | None) -> None:
    assert find_issuer(title) == issuer


@pytest.mark.parametrize(
    ("issuer", "level"),
    [("福建省人民政府", "province"), ("上海市人民政府", "province"), ("张掖市人民政府", "city"),
     ("高台县人民政府", "county"), ("淮安市洪泽区人民政府", "district"), ("城关镇人民政府", "township"),
     ("平潭综合实验区管委会", "city"), ("平潭综合实验区市场监督管理局", "department"),
     ("上海市科学技术委员会", "department"), ("平潭综合实验区纪工委", "other"), ("某某", None)],
    ids=["province", "municipality", "city", "county", "district", "township", "zone", "bureau",
         "commission", "party", "unknown"],
)
def test_admin_level(issuer: str, level: str | None) -> None:
    assert admin_level(issuer) == level


@pytest.mark.parametrize(
    ("title", "text", "year"),
    [
        ("某县2016年政府信息公开工作年度报告", "2017年3月7日发布", 2016),
        ("某县2015年度政府信息公开工作年度报告", "", 2015),
        (None, "本报告所列数据的统计期限自2019年9月1日至2019年12月31日。2020年1月2日", 2019),
        (None, "统计周期为 2024 年 1 月 1 日至 12 月 31 日", 2024),
        (None, "没有年份", None),
    ],
    ids=["title", "title-niandu", "period", "period-spaced", "none"],
)
def test_find_year(title: str | None, text: str, year: int | None) -> None:
    assert find_year(title, text) == year


@pytest.mark.parametrize(
    ("text", "header", "date"),
    [
        ("正文。\n二○一二年二月二十日", {}, "2012-02-20"),
        ("正文。\n平潭综合实验区旅游与文化体育局 2020年1月2日", {"时间": "2020-01-06 14:31"}, "2020-01-06"),
        ("正文。\n2018年1月15日", {"发布时间": "2018-01-15 09:06"}, "2018-01-15"),
        ("正文。", {}, None),
    ],
    ids=["cn-numerals", "header-first", "header", "none"],
)
def test_find_published(text: str, header: dict, date: str | None) -> None:
    assert find_published(doc(text, **header)) == date


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("信息内容本年制发件数本年废止件数现行有效件数", "gov2021"),
        ("（六）其他处理2.申请人逾期未按收费通知要求缴纳费用", "gov2021"),
        ("信息内容本年新制作数量本年新公开数量对外公开总数量", "gov2019"),
        ("政府信息公开情况统计表\n(2016年度)\n统 计 指 标\n单位", "gov2014"),
        ("七、附表指 标 名 称计量单位2017年度历年累计", "local"),
        ("本报告没有统计表。", None),
    ],
    ids=["gov2021", "gov2021-other-rows", "gov2019", "gov2014", "local", "none"],
)
def test_find_template(text: str, template: str | None) -> None:
    assert find_template(text) == template


GOLD = gold_files()


def _norm(s: object) -> str:
    return re.sub(r"[\s\u3000（）()、．.，,：:；;。]", "", str(s or ""))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_meta(path) -> None:
    gold = load_gold(path)
    d = load_document(gold["file"])
    m = extract_meta(d, find_sections(d.text))
    assert m.year == gold["meta"]["year"]
    assert m.template == gold["meta"]["template"]
    assert _norm(m.issuer) == _norm(gold["meta"]["issuer"])
    assert m.admin_level == gold["meta"]["admin_level"]
    assert m.published == gold["meta"].get("published")


# --------------------------------------------------------------------------- QA defects (fictional texts)


@pytest.mark.parametrize(
    ("issuer", "province", "city", "county"),
    [
        ("河南省南阳市卧龙区人民政府", "河南省", "南阳市", "卧龙区"),
        ("南京市鼓楼区人民政府", "江苏省", "南京市", "鼓楼区"),
        ("济南市历下区人民政府", "山东省", "济南市", "历下区"),
        ("遵义市汇川区人民政府", "贵州省", "遵义市", "汇川区"),
        ("上海市闵行区人民政府", "上海市", "上海市", "闵行区"),
        ("北京市东城区人民政府", "北京市", "北京市", "东城区"),
        ("伊犁哈萨克自治州伊宁县人民政府", "新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁县"),
        ("成都市人民政府", "四川省", "成都市", None),
        ("湖北省宜昌市交通运输局", "湖北省", "宜昌市", None),
        ("合肥市人民政府", "安徽省", "合肥市", None),
        ("广东省韶关市武江区司法局", "广东省", "韶关市", "武江区"),
        ("成都市锦江区卫生健康局", "四川省", "成都市", "锦江区"),
        ("四川省绵阳市涪城区教育和体育局", "四川省", "绵阳市", "涪城区"),
        ("长沙县黄兴镇人民政府", "湖南省", "长沙市", "长沙县"),
        ("杭州市西湖区翠苑街道办事处", "浙江省", "杭州市", "西湖区"),
        ("吉林市人民政府", "吉林省", "吉林市", None),
        ("明州市新河区人民政府", None, "明州市", "新河区"),  # a city not in the table
        ("国家文物遗产局", None, None, None),  # national: no province
        ("国务院办公厅", None, None, None),
    ],
)
def test_places_parsed_left_to_right(issuer: str, province, city, county) -> None:
    text = f"{issuer}2022年政府信息公开工作年度报告\n一、总体情况\n正文。"
    m = extract_meta(doc(text), find_sections(text))
    assert m.issuer == issuer
    assert (m.province, m.city, m.county) == (province, city, county)


def test_parse_places_township() -> None:
    assert parse_places("长沙县黄兴镇人民政府")["township"] == "黄兴镇"
    assert parse_places("安徽省合肥市蜀山区三里庵街道办事处") == {
        "province": "安徽省", "city": "合肥市", "county": "蜀山区", "township": "三里庵街道"}


def test_national_body_is_department_without_province() -> None:
    text = ("国家文物遗产局2022年政府信息公开工作年度报告\n\n如有疑问请与本局办公室联系（地址：北京市东城区朝阳门北大街10号）。\n"
            "一、总体情况\n正文。\n国家文物遗产局\n2023年1月20日")
    m = extract_meta(doc(text), find_sections(text))
    assert (m.issuer, m.admin_level, m.province, m.city) == ("国家文物遗产局", "department", None, None)
    assert m.published == "2023-01-20"


def test_markdown_heading_mark_not_in_title_or_issuer() -> None:
    text = "# 宁陵县2020年度政府信息公开工作年度报告\n\n## 一、总体情况\n正文。"
    m = extract_meta(doc(text), find_sections(text))
    assert m.title == "宁陵县2020年度政府信息公开工作年度报告"
    assert (m.issuer, m.county, m.year) == ("宁陵县人民政府", "宁陵县", 2020)


def test_issuer_from_publisher_header_when_title_names_no_body() -> None:
    text = "2023年政府信息公开工作年度报告\n一、总体情况\n正文。"
    m = extract_meta(doc(text, 发布机构="湖北省宜昌市交通运输局"), find_sections(text))
    assert (m.issuer, m.admin_level, m.province, m.city) == ("湖北省宜昌市交通运输局", "department", "湖北省", "宜昌市")


@pytest.mark.parametrize(
    ("text", "header", "date"),
    [
        ("报告\n本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n一、总体情况\n无。", {}, None),
        ("报告\n数据统计期限为2022年1月1日至2022年12月31日。\n一、总体情况\n无。", {}, None),
        ("报告\n统计期限为2022年1月1日至12月31日。\n一、总体情况\n无。", {}, None),
        ("报告\n统计期限自2019年1月1日起至2019年12月31日止。\n一、总体情况\n无。", {"发布时间": "2021-01-29"}, "2021-01-29"),
        ("报告\n发布日期：2021-01-25\n统计期限自2020年1月1日起至2020年12月31日止。\n无。", {}, "2021-01-25"),
        ("报告\n统计期限自2020年1月1日起至2020年12月31日止。\n无。", {"发布日期": "2021-01-25"}, "2021-01-25"),
        ("报告\n统计期限自2015年1月1日起至2015年12月31日止。\n无。\n某区人民政府办公室\n2016年3月30日", {}, "2016-03-30"),
    ],
    ids=["period-qi-zhi-zhi", "period-zhi", "period-no-second-year", "header-wins", "date-line", "header-fabu-riqi",
         "signature"],
)
def test_published_never_from_statistics_period(text: str, header: dict, date: str | None) -> None:
    assert find_published(doc(text, **header)) == date
