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
