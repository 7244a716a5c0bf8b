"""Metadata rules found by the eighth held-out probe set (issue 10 items 1 and 6,
``tests/probe_hand8.py``): a crawl's title column that is only the site's name, Markdown marks
around a title, an issuer named only in the contact paragraph, two bodies sharing one office,
local branches of national bodies, public institutions, titles that name the year of publication,
school years, long autonomous-county names, zones and customs districts named after their city, a
地区 that became a city. Each rule has cases that must match and cases that must not."""

from __future__ import annotations

import pytest

from textmine.meta import (
    _branch_of,
    _first_of_joint,
    _local_bureau,
    _successor_province,
    _trim_left,
    admin_level,
    body_issuers,
    extract_meta,
    find_title,
    find_year,
    parse_places,
)
from textmine.model import Document

SIX = ("一、总体情况\n2022年，我局坚持公开为常态。\n二、主动公开政府信息情况\n全年公开信息100条。\n"
       "三、收到和处理政府信息公开申请情况\n全年收到申请2件。\n")


def _doc(text: str, header: dict[str, str] | None = None) -> Document:
    doc = Document(text=text, raw_text="", offsets=[], sha256="0" * 64)
    doc.header = header or {}
    return doc


# --- a crawl's title column that names no document is the site's name ------------------------

@pytest.mark.parametrize("site", ["黑河市人民政府门户网站", "五大连池市人民政府", "上海市崇明区人民政府-政府信息公开"])
def test_a_site_name_in_the_title_column_is_no_title(site: str) -> None:
    doc = _doc(SIX + "黑河市生态环境局\n2023年1月16日\n", {"标题": site})
    assert find_title(doc) is None
    assert extract_meta(doc, []).issuer == "黑河市生态环境局"


@pytest.mark.parametrize("title", ["黑河市生态环境局2022年政府信息公开工作年度报告", "政府信息公开工作年度报告",
                                   "关于印发某县政府信息公开年报的通知"])
def test_a_title_column_naming_a_document_is_kept(title: str) -> None:  # must not drop a real title
    assert find_title(_doc(SIX, {"标题": title})) == title


# --- Markdown marks around a title line ------------------------------------------------------

def test_markdown_bold_title_line() -> None:
    doc = _doc("**天津市河西区人民政府2022年政府信息公开工作年度报告**\n" + SIX)
    assert find_title(doc) == "天津市河西区人民政府2022年政府信息公开工作年度报告"
    meta = extract_meta(doc, [])
    assert (meta.issuer, meta.county) == ("天津市河西区人民政府", "河西区")


# --- the contact paragraph names the body (least trusted) ------------------------------------

@pytest.mark.parametrize(("line", "self_word", "want"), [
    ("联系地址：西宁市城西区五四西路33号青海省林业局办公室，邮政编码810008。", "我局", "青海省林业局"),
    ("如有疑问，请与海口市市场监督管理局办公室联系，电话：0898-65300000。", "我局", "海口市市场监督管理局"),
    ("联系单位：林芝市巴宜区人民政府办公室；联系电话：0894-5820000。", "我区", "林芝市巴宜区人民政府"),
])
def test_issuer_from_the_contact_paragraph(line: str, self_word: str, want: str) -> None:
    text = SIX.replace("我局", self_word) + line + "\n"
    assert want in body_issuers(text)
    assert extract_meta(_doc(text), []).issuer == want


def test_contact_paragraph_is_less_trusted_than_the_signature() -> None:  # must not
    text = SIX + "联系地址：某市某路1号某市政务服务中心。\n海口市市场监督管理局\n2023年1月20日\n"
    assert body_issuers(text)[0] == "海口市市场监督管理局"


def test_an_address_without_a_body_names_none() -> None:  # must not
    assert body_issuers("一、总体情况\n全年公开。\n地址：西宁市城西区五四西路33号，邮编810008。\n") == []


# --- two bodies that share one office, named together ----------------------------------------

@pytest.mark.parametrize(("name", "want"), [
    ("天津市市场监督管理委员会天津市知识产权局", "天津市市场监督管理委员会"),
    ("上海市浦东新区人民政府陆家嘴街道办事处", "上海市浦东新区人民政府陆家嘴街道办事处"),  # must not: one body
    ("黑龙江省人民政府国有资产监督管理委员会", "黑龙江省人民政府国有资产监督管理委员会"),  # must not
    ("国家税务总局海口市税务局", "国家税务总局海口市税务局"),  # must not: a national body's branch
    ("北京市西城区人民政府办公室", "北京市西城区人民政府办公室"),  # must not
])
def test_first_of_a_joint_title(name: str, want: str) -> None:
    assert _first_of_joint(name) == want


# --- local branches of national bodies keep the national name --------------------------------

def test_national_prefix_of_a_local_branch_is_kept() -> None:
    assert _trim_left("国家税务总局海口市税务局") == "国家税务总局海口市税务局"
    assert _trim_left("现将江西省民政厅") == "江西省民政厅"  # must not: lead words still go
    assert _local_bureau("中华人民共和国大连海关")["city"] == "大连市"
    assert _local_bureau("中华人民共和国外交部") == {}  # must not: a national body has no place


# --- public institutions and customs districts -----------------------------------------------

@pytest.mark.parametrize(("name", "level"), [
    ("海南大学", "other"), ("天津市第一中心医院", "other"), ("互助土族自治县人民医院", "other"),
    ("某某镇中心卫生院", "other"), ("某某职业技术学院", "other"),
    ("拉萨海关", "department"), ("中国科学院", "department"),  # must not: the academy is a national body
    ("青海省农业科学院", "department"), ("海口市卫生健康委员会", "department"), ("海关总署", "department"),
])
def test_admin_level_of_institutions(name: str, level: str) -> None:
    assert admin_level(name) == level


# --- the year: publication year in the title, school years -----------------------------------

PERIOD_2018 = "本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。\n"


def test_title_naming_the_publication_year() -> None:
    title = "某县2019年政府信息公开工作年度报告"
    assert find_year(title, PERIOD_2018 + "正文。\n某县人民政府\n2019年3月28日") == 2018
    # must not: a stale period copied from last year's report, published the year after the title's
    assert find_year(title, PERIOD_2018 + "正文。\n某县人民政府\n2020年3月28日") == 2019
    # must not: no signature date, or a period of the title's year
    assert find_year(title, PERIOD_2018 + "正文。") == 2019
    assert find_year(title, PERIOD_2018.replace("2018", "2019") + "某县人民政府\n2019年3月28日") == 2019


def test_school_year() -> None:
    assert find_year("海南大学2021-2022学年信息公开工作年度报告", "本学年，学校…") == 2021
    assert find_year(None, "2020—2021学年，学校认真贯彻…") == 2020
    assert find_year("某县2019-2020年政府信息公开工作年度报告", "") == 2020  # must not: a span of report years


# --- places: long autonomous counties, zones named after their city, a 地区 that became a city --

@pytest.mark.parametrize(("name", "want"), [
    ("孟连傣族拉祜族佤族自治县娜允镇人民政府", ("云南省", "普洱市", "孟连傣族拉祜族佤族自治县")),
    ("海口国家高新技术产业开发区管理委员会", ("海南省", "海口市", None)),
    ("大连金普新区管理委员会", ("辽宁省", "大连市", None)),
    ("拉萨海关", ("西藏自治区", "拉萨市", None)),
    ("林芝地区林芝县人民政府", ("西藏自治区", "林芝地区", "林芝县")),
    ("上海市浦东新区人民政府", ("上海市", "上海市", "浦东新区")),  # must not: a division-list new area
])
def test_places(name: str, want: tuple) -> None:  # type: ignore[type-arg]
    found = parse_places(name)
    assert (found.get("province"), found.get("city"), found.get("county")) == want


def test_zone_needs_a_city_of_the_table() -> None:  # must not
    assert parse_places("某某国家高新技术产业开发区管理委员会") == {}
    assert parse_places("某某海关") == {}
    assert _successor_province("林芝地区") == "西藏自治区" and _successor_province("阿里地区") is None


# --- a township named short and in full, on its county's portal ------------------------------

def test_township_named_in_full_beats_the_hosting_portal() -> None:
    text = ("根据《条例》规定，上海市崇明区横沙乡人民政府编制本报告。\n" + SIX.replace("我局", "横沙乡人民政府"))
    meta = extract_meta(_doc(text, {"来源": "崇明区人民政府"}), [])
    assert (meta.issuer, meta.admin_level) == ("上海市崇明区横沙乡人民政府", "township")


# --- a national portal hosts its branches' reports; detachments name themselves ---------------

def test_branch_on_the_national_portal() -> None:
    text = SIX.replace("2022年，我局", "2023年，广州海关")
    assert extract_meta(_doc(text, {"来源": "海关总署"}), []).issuer == "广州海关"
    assert _branch_of(["广州海关"], "海关总署")
    assert not _branch_of(["我署"], "海关总署")  # must not: the body names no other body
    assert not _branch_of(["广州海关"], "广东省人民政府")  # must not: not a national body (see _department_of)
    ministry = extract_meta(_doc(SIX.replace("我局", "我署"), {"来源": "海关总署"}), [])
    assert ministry.issuer == "海关总署"  # must not: the national body's own report


def test_detachment_named_in_its_signature() -> None:
    text = SIX.replace("我局", "我支队") + "银川市公安局交通警察支队\n2021年1月22日\n"
    meta = extract_meta(_doc(text), [])
    assert (meta.issuer, meta.admin_level, meta.city) == ("银川市公安局交通警察支队", "department", "银川市")


def test_customs_self_reference() -> None:
    from textmine.meta import _places

    self_ref = _places()["self_ref"]
    assert self_ref.search("下一步，我关将完善公开目录").group(0) == "我关"
    assert self_ref.search("我支队认真贯彻").group(0) == "我支队"
    assert self_ref.search("群众对我关注的问题") is None  # must not: 关注 is a verb
    assert self_ref.search("本关于政务公开的报告") is None  # must not
