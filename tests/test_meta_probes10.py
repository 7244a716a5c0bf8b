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


# ================================================================ batch B

# ---------------------------------------------------------------- a bold run-in head of a page gets its own line


def test_a_bold_head_closed_by_a_full_stop_is_an_unnumbered_part() -> None:
    from textmine.ingest.html import render_html

    page = render_html("<p><strong>概述。</strong>2010年，我县健全了工作机制。</p>"
                       "<p><strong>主动公开政府信息情况。</strong>全年公开信息12条。</p>"
                       "<p><b>依申请公开政府信息情况：</b>全年受理申请1件。</p>")
    assert page.text.split("\n")[:2] == ["概述。", "2010年，我县健全了工作机制。"]
    assert [(s.title, s.kind) for s in find_sections(page.text)] == [
        ("概述", "overview"), ("主动公开政府信息情况", "proactive"), ("依申请公开政府信息情况", "requests")]


@pytest.mark.parametrize("markup", [
    "<p><b>全年</b>主动公开信息12条。</p>",  # a bold word inside a sentence: no line break
    "<p>我县<strong>高度重视。</strong>成立了领导小组。</p>",  # not at the paragraph's start
    "<p><strong>一是加强领导，二是完善制度。</strong>文。</p>",  # a sentence with a comma
])
def test_other_bold_runs_stay_in_their_line(markup: str) -> None:
    from textmine.ingest.html import render_html

    assert "\n" not in render_html(markup).text


# ---------------------------------------------------------------- Markdown lines that are wholly bold


def test_a_wholly_bold_markdown_line_loses_its_marks() -> None:
    doc = read_document("**某县2011年政府信息公开工作年度报告**\n\n**概述**\n\n2011年，我县**加强**领导。\n".encode(), name="a.md")
    assert doc.text.split("\n\n") == ["某县2011年政府信息公开工作年度报告", "概述", "2011年，我县**加强**领导。"]
    assert read_document("**概述**\n".encode(), name="a.txt").text == "**概述**"  # plain text keeps its stars


# ---------------------------------------------------------------- a space inside a known title


@pytest.mark.parametrize(("line", "title"), [
    ("三、收到和处理 政府信息公开申请情况\n全年新收申请8件。", "收到和处理政府信息公开申请情况"),
    ("一、总体情况 2020年，我区推进政务公开。", "总体情况"),  # the body after a space: the title ends
    ("二、主动公开政府信息情况 全年主动公开信息12条。", "主动公开政府信息情况"),
])
def test_a_space_ends_a_title_unless_a_known_title_goes_on(line: str, title: str) -> None:
    assert find_sections(line)[0].title.replace(" ", "") == title


# ---------------------------------------------------------------- running heads beside page numbers


def test_a_running_head_between_the_lines_of_a_heading_is_dropped() -> None:
    raw = ("徽县人民政府2019年政府信息公开工作年度报告\n一、总体情况\n全年公开信息12条。\n三、收到和处理政府信息公开申\n"
           "第 1 页 共 2 页\n徽县人民政府2019年政府信息公开工作年度报告\n请情况\n全年新收申请8件。\n第 2 页 共 2 页\n")
    doc = read_document(raw.encode(), name="a.txt")
    assert doc.text.count("徽县人民政府2019年") == 1
    assert [s.title.replace("\n", "") for s in find_sections(doc.text)][-1] == "收到和处理政府信息公开申请情况"


def test_a_signature_after_a_page_break_is_kept() -> None:
    from textmine.ingest.layout import running_head_drops

    raw = "某县人民政府\n2022年政府信息公开工作年度报告\n正文。\n- 1 -\n某县人民政府\n2023年1月20日\n"
    assert running_head_drops(raw) == []  # printed once beside a page number, and no title
    heading = "一、总体情况\n文。\n- 1 -\n一、总体情况\n"  # a heading is never a running head
    assert running_head_drops(heading) == []
    assert running_head_drops("某县2022年年度报告\n文。\n某县2022年年度报告\n") == []  # no page number
    head = "信息内容\t本年制发件数\t本年废止件数\n"
    header = head + "规章\t0\t0\n- 1 -\n" + head + "规章\t1\t0\n- 2 -\n" + head + "规章\t2\t0\n"
    assert running_head_drops(header) == []  # a table's header repeated after page breaks is a table row
    cells = "（五）不予处理\n1.信访举报投诉类申请\n0\n第1页共3页\n0\n2.重复申请\n0\n第2页共3页\n0\n"
    assert running_head_drops(cells) == []  # a lone number beside each folio is a table's cell


def test_a_body_name_printed_beside_every_page_number_is_a_running_head() -> None:
    from textmine.ingest.layout import running_head_drops

    raw = "一、总体情况\n文\n- 1 -\n某县人民政府\n字\n- 2 -\n某县人民政府\n完。\n"
    assert len(running_head_drops(raw)) == 2


# ---------------------------------------------------------------- years with a typed 0, joint titles, portal prefixes


@pytest.mark.parametrize(("text", "year"), [
    ("务川仡佬族苗族自治县丰乐镇人民政府二0二二年度政府信息公开工作年度报告\n一、总体情况\n本年度，我镇推进公开。", 2022),
    ("某县人民政府二〇二三年政府信息公开工作年度报告\n一、总体情况\n今年以来，我县推进公开。", 2023),
])
def test_a_chinese_numeral_year_with_a_typed_zero_is_a_year(text: str, year: int) -> None:
    from textmine.pipeline import analyze

    assert analyze(_doc(text, {})).meta.year == year


def test_digits_are_no_chinese_year() -> None:
    from textmine.meta import _arabic_years

    assert _arabic_years("全年公开2020条，20年来") == "全年公开2020条，20年来"
    assert _arabic_years("共三0件") == "共三0件"  # three characters, not a year


@pytest.mark.parametrize(("title", "issuer"), [
    ("嘉兴市发展和改革委员会、嘉兴市能源局2023年政府信息公开工作年度报告", "嘉兴市发展和改革委员会"),
    ("天津市市场监督管理委员会天津市知识产权局2019年政府信息公开工作年度报告", "天津市市场监督管理委员会"),
    ("宝鸡市自然资源局、宝鸡市林业局2021年政府信息公开工作年度报告", "宝鸡市自然资源局"),
    # must not: a second name without its own places is no second body
    ("北京市海淀区人民政府、中关村科学城管委会2022年政府信息公开工作年度报告", "北京市海淀区人民政府、中关村科学城管委会"),
    # must not: one body's name with a 、 inside its own words stays whole
    ("和田地区行政公署2022年政府信息公开工作年度报告", "和田地区行政公署"),
])
def test_the_first_of_two_bodies_joined_by_a_comma_is_the_issuer(title: str, issuer: str) -> None:
    from textmine.meta import find_issuer

    assert find_issuer(title) == issuer


def test_a_title_line_opening_with_the_portal_s_name_is_the_report_s_part() -> None:
    text = "阳江市人民政府门户网站—阳江市统计局2022年政府信息公开工作年度报告\n一、总体情况\n文。"
    assert find_title(_doc(text, {})) == "阳江市统计局2022年政府信息公开工作年度报告"
    for plain in ("某县2019—2020年政府信息公开工作年度报告", "某县2019-2020年政府信息公开工作年度报告"):  # a dash between years
        assert find_title(_doc(plain + "\n一、总体情况\n文。", {})) == plain


# ---------------------------------------------------------------- industrial parks and central-bank branches


def test_an_industrial_park_committee_is_a_zone_in_its_city() -> None:
    from textmine.meta import admin_level

    assert admin_level("苏州工业园区管理委员会") == "city"
    assert parse_places("苏州工业园区管理委员会") == {"province": "江苏省", "city": "苏州市"}
    assert admin_level("苏州市工业和信息化局") == "department"  # 工业 alone is no park


def test_a_central_bank_branch_is_a_department_in_its_city() -> None:
    from textmine.meta import _places_of, admin_level, find_issuer

    name = find_issuer("中国人民银行赣州市中心支行2018年政府信息公开工作年度报告")
    assert name == "中国人民银行赣州市中心支行" and admin_level(name) == "department"
    assert _places_of(name, "", "department") == ("江西省", "赣州市", None)
    assert _places_of("中国人民银行", "", "department") == (None, None, None)


# ================================================================ batch E: plans in other words


def _plans(text: str) -> list[str]:
    from textmine.pipeline import analyze

    report = analyze(_doc(text, {}))
    return [t for k, t in zip(report.items["kind"], report.items["text"], strict=True) if k == "plans"]


HEAD6 = "一、总体情况\n2020年，我局推进公开。\n二、主动公开政府信息情况\n全年公开信息12条。\n"


@pytest.mark.parametrize("problems", [
    "存在的问题是公开不及时。针对上述问题，我乡已将信息公开纳入年度考核。",  # already done
    "存在的问题是公开不及时。针对上述问题，我局已经明确了专人负责。",
])
def test_what_was_already_done_is_no_plan(problems: str) -> None:
    assert _plans(HEAD6 + "五、存在的主要问题及改进情况\n" + problems + "\n六、其他需要报告的事项\n无。") == []


@pytest.mark.parametrize("problems", [
    "存在的问题是公开不及时。针对上述问题，我局将加强考核。",
    "存在的问题是公开不及时。针对上述问题，我局已制定方案，将进一步加强考核。",  # done, and more to do
    "存在的问题是公开不及时。下步，我局将加强考核。",
])
def test_an_intention_after_the_problems_is_a_plan(problems: str) -> None:
    assert _plans(HEAD6 + "五、存在的主要问题及改进情况\n" + problems + "\n六、其他需要报告的事项\n无。")


@pytest.mark.parametrize("other", [
    "2021年，我局将围绕河湖长制加大信息公开力度。",  # a year after the report's
    "下一步，我局将继续加大公开力度。",
])
def test_an_intention_in_the_other_matters_part_is_a_plan(other: str) -> None:
    text = HEAD6 + "五、存在的主要问题及改进情况\n存在的问题是公开不及时。\n六、其他需要报告的事项\n" + other
    assert _plans(text)


@pytest.mark.parametrize("other", [
    "2020年，我局将政务公开工作纳入绩效考核。",  # the report's own year: its work, 将 as 把
    "我局将政务公开工作纳入绩效考核。",  # no word looking ahead
    "本年度无其他需要报告的事项。",
])
def test_the_year_s_own_work_in_the_other_matters_part_is_no_plan(other: str) -> None:
    text = HEAD6 + "五、存在的主要问题及改进情况\n存在的问题是公开不及时。\n六、其他需要报告的事项\n" + other
    assert _plans(text) == []
