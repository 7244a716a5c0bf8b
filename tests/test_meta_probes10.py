"""Rules found with the tenth probe set (tests/cases/probes10: the old free-form era, vertically
managed bodies, damaged text, other encodings and CMS pages): a letter-spaced title or heading
reads as its words; an unnumbered old part titled 概述 (a bare line or 【概述】) is a part; a
related-links list ending a page is chrome; a site owner's government completes 我县/我区; a
special body named after its city without 市 (南宁住房公积金管理中心) is in that city. Each rule has
cases that must match and cases that must not."""

from __future__ import annotations

import pytest

from textmine.ingest import read_document
from textmine.ingest.chrome import find_chrome
from textmine.ingest.layout import letter_spacing_drops
from textmine.meta import _compatible, _local_bureau, find_title, parse_places, resolve_issuer
from textmine.model import Document
from textmine.sections import find_sections


def _doc(text: str, header: dict[str, str]) -> Document:
    return Document(text=text, raw_text=text, offsets=[], sha256="", header=header)


def _spaced_out(raw: str) -> str:
    drops = letter_spacing_drops(raw)
    keep = [ch for k, ch in enumerate(raw) if not any(a <= k < b for a, b in drops)]
    return "".join(keep)


# ---------------------------------------------------------------- letter-spaced titles and headings


@pytest.mark.parametrize(("raw", "read"), [
    ("长春市九台区人民政府2021年政 府 信 息 公 开 工 作 年 度 报 告", "长春市九台区人民政府2021年政府信息公开工作年度报告"),
    ("一 、 总 体 情 况", "一、总体情况"),
    ("二、主\u3000动\u3000公\u3000开", "二、主动公开"),
])
def test_a_letter_spaced_run_reads_as_its_words(raw: str, read: str) -> None:
    assert _spaced_out(raw) == read


@pytest.mark.parametrize("raw", [
    "总体情况 主动公开 依申请公开",  # words a space apart
    "规章 0 0 0 0",  # cells of a flattened table
    "件 件 件 件",  # a column of units
    "甲 乙 丙",  # three characters are no run
    "一、总体情况\n二 三",
])
def test_words_cells_and_short_runs_keep_their_spaces(raw: str) -> None:
    assert _spaced_out(raw) == raw


def test_a_letter_spaced_heading_is_found_with_its_title() -> None:
    doc = read_document("某县2021年政 府 信 息 公 开 工 作 年 度 报 告\n一、总 体 情 况\n全年公开信息12条。\n"
                        "二、主 动 公 开 政 府 信 息 情 况\n全年主动公开信息12条。\n".encode(), name="a.txt")
    assert find_title(doc) == "某县2021年政府信息公开工作年度报告"
    assert [(s.title, s.kind) for s in find_sections(doc.text)] == [("总体情况", "overview"), ("主动公开政府信息情况", "proactive")]


# ---------------------------------------------------------------- 概述 and 【概述】 as unnumbered parts

OLD = ["主动公开政府信息情况", "全年主动公开信息12条。", "依申请公开政府信息情况", "全年受理申请1件。"]


@pytest.mark.parametrize("head", ["概述", "【概述】", "【 概述 】", "概述："])
def test_an_unnumbered_overview_line_is_a_part(head: str) -> None:
    text = "\n".join([head, "2009年，我县认真贯彻《条例》。", *OLD])
    assert [(s.level, s.title, s.kind) for s in find_sections(text)][0] == (1, "概述", "overview")


def test_bracketed_unnumbered_parts_are_parts() -> None:
    text = "\n".join(["【概述】", "2008年，我市成立领导小组。", "【主动公开政府信息情况】", "全年公开信息12条。",
                      "【存在的问题及改进措施】", "公开不够及时。"])
    assert [s.kind for s in find_sections(text)] == ["overview", "proactive", "problems"]


@pytest.mark.parametrize("line", [
    "概况",  # not a part title of the formats
    "其他",  # two characters, not a part title
    "概述一下",  # not the whole line
    "【通知】",  # a bracketed word that is no part
])
def test_other_short_lines_are_no_parts(line: str) -> None:
    text = "\n".join([line, "2009年，我县认真贯彻《条例》。", *OLD])
    assert all(s.title != line.strip("【】") for s in find_sections(text))


def test_an_overview_line_inside_a_sentence_is_no_part() -> None:
    text = "\n".join(["2009年，我县按照工作概述", *OLD])
    assert [s.kind for s in find_sections(text)] == ["proactive", "requests"]


# ---------------------------------------------------------------- a related-links list is chrome

PAGE_END = "六、其他需要报告的事项\n本年度无其他需要报告的事项。\n"


def _kept(raw: str) -> str:
    drops = find_chrome(raw).drops
    return "".join(ch for k, ch in enumerate(raw) if not any(a <= k < b for a, b in drops))


@pytest.mark.parametrize("tail", [
    "相关链接\n峨眉山市教育局2023年政府信息公开工作年度报告\n峨眉山市民政局2023年政府信息公开工作年度报告\n主办单位：峨眉山市人民政府",
    "相关文章：\n某县2021年政府信息公开工作年度报告\n",
    "推荐阅读\n某县财政局2022年政府信息公开工作年度报告",
])
def test_a_related_links_list_ending_the_page_is_chrome(tail: str) -> None:
    assert _kept(PAGE_END + tail).rstrip("\n") == PAGE_END.rstrip("\n")


@pytest.mark.parametrize("tail", [
    "相关链接\n本单位将在门户网站设置相关链接，方便群众查阅。",  # a sentence under it: content
    "相关文件\n某县2021年政府信息公开工作年度报告",  # 相关文件 is no related-links caption
    "附件：\n1．某县政府信息公开情况统计表",
])
def test_prose_or_another_caption_after_the_report_is_kept(tail: str) -> None:
    kept = _kept(PAGE_END + tail)
    assert tail.splitlines()[-1] in kept


def test_the_related_list_does_not_name_the_issuer() -> None:
    raw = ("<html><head><title>峨眉山市卫生健康局2023年政府信息公开工作年度报告</title></head><body>"
           "<div class='content'><p>一、总体情况</p><p>2023年，峨眉山市卫生健康局认真贯彻落实《条例》。</p></div>"
           "<div class='right'><h3>相关链接</h3><ul><li>峨眉山市教育局2023年政府信息公开工作年度报告</li></ul></div>"
           "</body></html>").encode()
    doc = read_document(raw, name="a.html")
    assert "峨眉山市教育局" not in doc.text
    assert resolve_issuer(doc, find_title(doc)) == "峨眉山市卫生健康局"


# ---------------------------------------------------------------- 我县 completed by the site's government


@pytest.mark.parametrize(("header", "text", "issuer"), [
    ({"网站": "忻州市五台县人民政府"}, "2023年，我县坚持以人民为中心。", "忻州市五台县人民政府"),
    ({"网站": "重庆市武隆区人民政府"}, "2021年，我区全面推进政务公开。", "重庆市武隆区人民政府"),
    ({"标题": "安吉县递铺街道办事处"}, "2023年，我街道认真落实政务公开要求。", "安吉县递铺街道办事处"),
])
def test_the_site_s_government_completes_a_place_self_reference(header: dict[str, str], text: str, issuer: str) -> None:
    assert resolve_issuer(_doc(text, header), None) == issuer


@pytest.mark.parametrize(("header", "text"), [
    ({"网站": "忻州市人民政府"}, "2023年，我县坚持以人民为中心。"),  # a city's site hosts a county's report
    ({"网站": "五台县人民政府"}, "2023年，我镇坚持以人民为中心。"),  # a county's site hosts a town's report
    ({"网站": "五台县人民政府"}, "2023年，我局坚持以人民为中心。"),  # …and a bureau's
])
def test_a_government_site_of_another_level_does_not_complete_it(header: dict[str, str], text: str) -> None:
    assert resolve_issuer(_doc(text, header), None) != next(iter(header.values()))


def test_place_self_references_fit_governments_only() -> None:
    assert _compatible("县", "五台县人民政府") and _compatible("街道", "金水区丰产路街道办事处")
    assert not _compatible("县", "五台县财政局") and not _compatible("区", "五台县人民政府")


# ---------------------------------------------------------------- special bodies named after their city without 市


@pytest.mark.parametrize(("name", "city"), [
    ("南宁住房公积金管理中心", "南宁市"),
    ("温州监管分局", "温州市"),
    ("宁波海事局", "宁波市"),
    ("南宁市住房公积金管理中心", "南宁市"),
])
def test_a_special_body_named_after_its_city_is_in_it(name: str, city: str) -> None:
    assert parse_places(name).get("city") == city


@pytest.mark.parametrize("name", ["住房公积金管理中心", "大学城住房公积金管理中心", "城区监管分局"])
def test_a_special_body_without_a_city_s_name_has_no_city(name: str) -> None:
    assert "city" not in parse_places(name)


def test_a_national_regulator_s_city_office_is_in_its_city() -> None:
    assert _local_bureau("国家金融监督管理总局温州监管分局") == {"province": "浙江省", "city": "温州市"}
    assert _local_bureau("国家金融监督管理总局河南监管局") == {"province": "河南省"}
