"""Metadata rules found by the fifth probe set (tests/cases/probes5): a body's own revised guide
names it, a township's county from its publishing county when the text names it, a signature's
leading-group office, a host county-level city for 市X局, 新市区, and counties renamed since.
"""

from __future__ import annotations

from textmine import divisions
from textmine.meta import _county_at, _named_host_county, extract_meta, parse_places, resolve_issuer
from textmine.model import Document


def _doc(text: str, header: dict[str, str] | None = None) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64, header=header or {})


def test_own_revised_guide_names_the_body() -> None:
    text = "2020年，我局认真贯彻《条例》，及时修订《深圳市市场监督管理局政府信息公开指南》。下一步，我局将…"
    assert resolve_issuer(_doc(text), None) == "深圳市市场监督管理局"


def test_a_guide_only_studied_or_another_title_names_no_body() -> None:
    assert resolve_issuer(_doc("2020年，我局组织学习《深圳市市场监督管理局政府信息公开指南》。我局将…"), None) is None
    assert resolve_issuer(_doc("2020年，我局执行《深圳市市场监督管理局行政处罚办法》。我局将…"), None) is None


def test_township_county_from_publishing_county_named_in_text() -> None:
    found = _named_host_county({"来源": "上杭县人民政府"}, "我镇按照《上杭县人民政府办公室关于…》要求")
    assert (found["province"], found["city"], found["county"]) == ("福建省", "龙岩市", "上杭县")


def test_township_county_not_from_a_portal_the_text_never_names() -> None:
    assert _named_host_county({"来源": "江山市人民政府"}, "我镇在县政府门户网站发布信息") == {}
    assert _named_host_county({"来源": "上杭县人民政府门户网站"}, "上杭县") == {}


def test_leading_group_office_in_a_signature_is_not_the_issuer() -> None:
    text = "2021年，我厅推进公开。\n安徽省水利厅\n安徽省水利厅政务公开领导小组办公室\n2022年1月25日"
    assert resolve_issuer(_doc(text), None) == "安徽省水利厅"


def test_short_city_bureau_on_a_county_level_city_portal() -> None:
    doc = _doc("市统计局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局发布统计数据。",
               {"发布机构": "宁乡市人民政府"})
    meta = extract_meta(doc, [])
    assert (meta.issuer, meta.city, meta.county) == ("宁乡市统计局", "长沙市", "宁乡市")


def test_short_city_bureau_on_a_prefecture_portal_keeps_the_prefecture() -> None:
    doc = _doc("市统计局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局发布统计数据。",
               {"来源": "南昌市人民政府"})
    assert extract_meta(doc, []).issuer == "南昌市统计局"


def test_county_name_holding_shi() -> None:
    assert parse_places("乌鲁木齐市新市区人民政府")["county"] == "新市区"
    assert _county_at("济南市市中区人民政府", 3) == "市中区"
    assert _county_at("海安市区域发展", 0) == "海安市"  # 海安市区 is no unit


def test_renamed_county_by_its_former_name() -> None:
    assert divisions.renamed_parents("彬县") == [("陕西省", "咸阳市")]
    assert divisions.renamed_parents("余江县") == [("江西省", "鹰潭市")]
    assert parse_places("彬县人民政府")["city"] == "咸阳市"


def test_unknown_or_ambiguous_former_county_gives_nothing() -> None:
    assert divisions.renamed_parents("长安县") == []  # 长安区 of 西安市 and of 石家庄市
    assert divisions.renamed_parents("甲乙县") == []
    assert divisions.renamed_parents("兰考县") == []  # a current county: not renamed
