"""Rules found by the sixth probe set (tests/cases/probes6): a portal page's info box, <title>
and own site read into the header; a page title used only when it names a report; a township
or county bureau placed by its county's own site; …林区 districts; a government's 办公厅
compiling its report; the 兵团 and its divisions; a 【】 label before a title column; old-era
parts kinded by their first clause or named 政府信息公开工作开展情况. Each rule has cases that
must match and cases that must not.
"""

from __future__ import annotations

from textmine.corps import corps_issuer, corps_places
from textmine.ingest import read_document
from textmine.ingest.html import render_html
from textmine.meta import (
    _site_county,
    admin_level,
    body_issuers,
    extract_meta,
    find_title,
    parse_places,
)
from textmine.model import Document
from textmine.sections import _kind, _kind_of_body

BODY = "<div class='article-content'><p>一、总体情况</p><p>2022年，我局推进政务公开，全年主动公开政府信息120条。</p></div>"


def _page(title: str, box: str = "", footer: str = "") -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='nav'>首页 | 政务公开</div>"
            f"{box}{BODY}<div class='footer'>{footer}</div></body></html>")


def _doc(text: str, header: dict[str, str] | None = None) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64, header=header or {})


# --- the HTML reader: <title>, the site, info boxes ------------------------------------------

def test_page_title_and_site_beside_the_report_name() -> None:
    header = render_html(_page("县统计局2022年政府信息公开工作年度报告_祁门县人民政府")).header
    assert header["网页标题"] == "县统计局2022年政府信息公开工作年度报告_祁门县人民政府"
    assert header["网站"] == "祁门县人民政府"


def test_site_from_the_footer_when_the_title_names_no_site() -> None:
    header = render_html(_page("详细信息", footer="主办：永嘉县人民政府办公室 承办：县大数据中心 ICP备0001号")).header
    assert header["网站"] == "永嘉县人民政府"


def test_no_site_from_a_title_without_a_report_nor_a_footer() -> None:
    header = render_html(_page("首页 - 政务公开 - 新闻动态")).header
    assert "网站" not in header  # no part names a body, no report named beside it
    assert "网站" not in render_html(_page("工作动态_某某县人民政府")).header  # no report in the title


def test_info_box_of_list_items_and_spans() -> None:
    box = "<ul class='meta'><li>发文机关：四川省统计局</li><li>成文日期：2021年01月20日</li></ul>" \
          "<div class='info'><span>来源：四川省统计局</span><span>浏览次数：</span></div>"
    header = render_html(_page("详细信息", box)).header
    assert header["发文机关"] == "四川省统计局" and header["来源"] == "四川省统计局"


def test_list_items_that_are_not_an_info_box() -> None:
    box = "<ul><li>主要做法：加强组织领导</li><li>来源：本报告所列数据来源于 政务公开办 统计</li><li>标题：某某</li></ul>"
    header = render_html(_page("详细信息", box)).header
    assert "主要做法" not in header and "来源" not in header and "标题" not in header


def test_table_info_box_with_fawen_jiguan_is_header_not_a_table() -> None:
    box = "<table><tr><td>发文机关：</td><td>新疆生产建设兵团发展和改革委员会</td><td>成文日期：</td><td>2020-01-22</td></tr></table>"
    page = render_html(_page("详细信息", box))
    assert page.header["发文机关"] == "新疆生产建设兵团发展和改革委员会"
    assert page.tables == [] and "发文机关" not in page.text


def test_page_title_is_the_title_only_when_it_names_a_report() -> None:
    text = "一、总体情况\n2022年，我局推进政务公开。"
    assert find_title(_doc(text, {"网页标题": "某某县人民政府2022年政府信息公开工作年度报告"})) == \
        "某某县人民政府2022年政府信息公开工作年度报告"
    assert find_title(_doc(text, {"网页标题": "广东省人民政府门户网站"})) is None
    assert find_title(_doc(text, {"网页标题": "详细信息"})) is None


def test_portal_title_names_no_issuer_through_the_reader() -> None:
    markup = _page("广东省人民政府门户网站").replace("2022年，我局", "2022年，我厅")
    meta = extract_meta(read_document(markup.encode("utf-8"), name="p.html"), [])
    assert meta.issuer != "广东省人民政府" and meta.title is None


def test_bracketed_label_before_a_title_column_is_dropped() -> None:
    text = "一、总体情况\n2021年，我局推进公开。"
    assert find_title(_doc(text, {"标题": "【年度报告】桂林市自然资源局2021年政府信息公开工作年度报告"})) == \
        "桂林市自然资源局2021年政府信息公开工作年度报告"
    assert extract_meta(_doc(text, {"标题": "[年报]桂林市自然资源局2021年政府信息公开工作年度报告"}), []).issuer == "桂林市自然资源局"
    assert find_title(_doc(text, {"标题": "桂林市【自然资源局】2021年报"})) == "桂林市【自然资源局】2021年报"  # not a leading label


# --- hosts: a township's county, a county bureau ----------------------------------------------

def test_township_county_from_its_county_site() -> None:
    doc = _doc("岩头镇2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我镇推进公开。", {"网站": "永嘉县人民政府"})
    meta = extract_meta(doc, [])
    assert (meta.admin_level, meta.province, meta.city, meta.county) == ("township", "浙江省", "温州市", "永嘉县")


def test_township_county_not_from_a_crawl_source_nor_a_prefecture_site() -> None:
    text = "峡口镇2025年政府信息公开工作年度报告\n一、总体情况\n2025年，我镇推进公开。"
    assert extract_meta(_doc(text, {"来源": "江山市人民政府"}), []).county is None
    assert _site_county({"网站": "衢州市人民政府"}) == {}
    assert _site_county({"网站": "江山市教育局"}) == {}
    assert _site_county({"网站": "江山市人民政府"})["county"] == "江山市"


def test_county_bureau_short_name_on_its_county_site() -> None:
    doc = _doc("县市场监管局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局推进公开。",
               {"发布机构": "县市场监管局", "网站": "祁门县人民政府"})
    meta = extract_meta(doc, [])
    assert (meta.issuer, meta.county) == ("祁门县市场监督管理局", "祁门县")


# --- levels and compiling offices --------------------------------------------------------------

def test_linqu_district_of_a_prefecture_and_the_forestry_area() -> None:
    assert admin_level("西安市碑林区人民政府") == "district"
    assert admin_level("碑林区人民政府") == "district"
    assert admin_level("神农架林区人民政府") == "county"


def test_government_office_compiling_the_report_is_not_the_issuer() -> None:
    text = "本报告是根据《条例》要求，由宁夏回族自治区人民政府办公厅编制的2022年度自治区人民政府政府信息公开工作年度报告。\n一、总体情况\n2022年，自治区人民政府推进公开。"
    assert body_issuers(text)[0] == "宁夏回族自治区人民政府"
    assert extract_meta(_doc(text), []).admin_level == "province"


def test_government_office_compiling_without_naming_the_government_report_stays() -> None:
    assert body_issuers("本报告由江西省人民政府办公厅编制。\n一、总体情况")[0] == "江西省人民政府办公厅"
    text = "本报告由江西省人民政府办公厅编制的本厅2022年政府信息公开工作年度报告。"
    assert body_issuers(text)[0] == "江西省人民政府办公厅"


def test_office_naming_itself_in_the_title_stays_the_issuer() -> None:
    doc = _doc("重庆市人民政府办公厅2022年政府信息公开工作年度报告\n一、总体情况\n2022年，市政府办公厅推进公开。")
    assert extract_meta(doc, []).issuer == "重庆市人民政府办公厅"


# --- the 兵团 -------------------------------------------------------------------------------------

def test_corps_divisions_and_their_cities() -> None:
    assert corps_issuer("第一师阿拉尔市人民政府") == "新疆生产建设兵团第一师阿拉尔市"
    assert corps_issuer("兵团第八师") == "新疆生产建设兵团第八师"
    assert corps_issuer("新疆生产建设兵团第十师2016年政府信息公开工作年度报告", title=True) == "新疆生产建设兵团第十师"
    assert corps_issuer("兵团第六师五家渠市政务公开领导小组办公室") == "新疆生产建设兵团第六师五家渠市"
    assert corps_issuer("第十二师") == "新疆生产建设兵团第十二师"  # a division without a city
    assert corps_places("新疆生产建设兵团第一师阿拉尔市") == {"province": "新疆维吾尔自治区", "city": "新疆生产建设兵团第一师"}
    assert parse_places("第八师石河子市人民政府") == {"province": "新疆维吾尔自治区", "city": "新疆生产建设兵团第八师"}


def test_corps_departments() -> None:
    assert corps_issuer("兵团财政局") == "新疆生产建设兵团财政局"
    assert corps_issuer("第八师财政局") == "新疆生产建设兵团第八师财政局"
    assert admin_level("新疆生产建设兵团财政局") == "department"
    assert admin_level("新疆生产建设兵团第八师") == "city" and admin_level("新疆生产建设兵团第一师阿拉尔市") == "city"
    assert corps_places("新疆生产建设兵团财政局") == {"province": "新疆维吾尔自治区"}


def test_names_that_are_not_the_corps() -> None:
    assert corps_issuer("兵团精神") is None and corps_places("兵团精神") == {}
    assert corps_issuer("第八中学") is None and corps_places("第八中学") == {}
    assert corps_issuer("第十五师") is None  # no such division
    assert corps_issuer("石河子市人民政府") is None and corps_places("石河子市人民政府") == {}
    assert corps_issuer("第八师2021年…") is None  # a title only when read as one


def test_corps_report_through_extract_meta() -> None:
    meta = extract_meta(_doc("第八师2021年政府信息公开工作年度报告\n一、总体情况\n2021年，第八师推进公开。"), [])
    assert (meta.issuer, meta.admin_level, meta.province, meta.city, meta.county) == (
        "新疆生产建设兵团第八师", "city", "新疆维吾尔自治区", "新疆生产建设兵团第八师", None)


def test_a_report_mentioning_a_division_keeps_its_own_issuer() -> None:
    text = "石河子市财政局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局配合第八师做好公开。"
    assert extract_meta(_doc(text), []).issuer == "石河子市财政局"


# --- old-era parts -------------------------------------------------------------------------------

def test_unnamed_part_kinded_by_its_first_clause_after_the_line_break() -> None:
    assert _kind_of_body("二、突出重点，扩大公开\n全年主动公开政府信息6230条，重点…", 12) == "proactive"
    assert _kind_of_body("三、规范办理\n  全年受理依申请公开56件，均按期答复。", 6) == "requests"
    assert _kind_of_body("一、强化领导\n2014年，市政府调整了领导小组。", 6) is None


def test_work_carried_out_part_is_the_overview() -> None:
    assert _kind("政府信息公开工作开展情况", None, False) == "overview"
    assert _kind("工作开展情况", None, False) == "overview"
    assert _kind("依申请公开工作情况", None, False) == "requests"
    assert _kind("其他工作情况", None, False) == "other"
    assert _kind("主动公开工作情况", None, False) == "proactive"


def test_fawen_jiguan_line_at_the_start_of_a_text_is_a_header_field() -> None:
    text = "发文机关：四川省统计局 成文日期：2021年01月20日\n一、总体情况\n2020年，我局推进公开。\n"
    assert read_document(text.encode("utf-8"), name="a.txt").header["发文机关"] == "四川省统计局"
    late = "一、总体情况\n" + "2020年，我局推进公开。\n" * 20 + "发文机关：某某局\n"
    assert "发文机关" not in read_document(late.encode("utf-8"), name="b.txt").header  # not near the start
