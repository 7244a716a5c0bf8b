"""Rules found with the ninth probe set (tests/cases/probes9: Word files, PDFs, portal pages and
crawl rows): a Word info table and page header are page metadata, and a body's site or letterhead
(a crawl title column that kept the site's name, a page footer's site, a Word page header)
completes a self-reference (我厅, 我委, 我局) that the text never states in full. Each rule has
cases that must match and cases that must not."""

from __future__ import annotations

import pytest

from tests.probe_sets import Docx, docx_bytes
from textmine.ingest import read_document
from textmine.meta import _site_owners, find_title, resolve_issuer
from textmine.model import Document

BODY = ("一、总体情况", "2023年，我委认真贯彻落实《条例》。", "二、主动公开政府信息情况", "全年主动公开信息120条。")


def _doc(text: str, header: dict[str, str]) -> Document:
    return Document(text=text, raw_text=text, offsets=[], sha256="", header=header)


def _word(recipe: Docx) -> Document:
    pytest.importorskip("docx")
    return read_document(docx_bytes(recipe), name="a.docx")


# ---------------------------------------------------------------- Word: info tables and page headers


def test_a_word_info_table_is_page_metadata_not_text() -> None:
    doc = _word(Docx((("table", [["标题", "湄潭县人民政府2021年政府信息公开工作年度报告"], ["发布机构", "湄潭县人民政府"],
                                 ["发布日期", "2022-01-20"]]), *BODY)))
    assert doc.header["标题"] == "湄潭县人民政府2021年政府信息公开工作年度报告"
    assert doc.header["发布机构"] == "湄潭县人民政府"
    assert "发布机构" not in doc.text and not doc.tables
    assert find_title(doc) == "湄潭县人民政府2021年政府信息公开工作年度报告"


def test_a_word_data_table_stays_a_table() -> None:
    rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"]]
    doc = _word(Docx((*BODY, ("table", rows))))
    assert len(doc.tables) == 1 and "标题" not in doc.header
    two = _word(Docx((*BODY, ("table", [["标题", "甲"], ["全年", "3"]]))))  # one label is no info table
    assert len(two.tables) == 1 and "标题" not in two.header


def test_a_word_page_header_is_a_header_field_not_text() -> None:
    doc = _word(Docx(BODY, page_header="甘肃省发展和改革委员会"))
    assert doc.header["页眉"] == "甘肃省发展和改革委员会"
    assert "发展和改革委员会" not in doc.text
    assert "页眉" not in _word(Docx(BODY)).header


def test_a_page_header_that_prints_the_title_is_the_title() -> None:
    title = "云南省卫生健康委员会2023年政府信息公开工作年度报告"
    assert find_title(_doc("\n".join(BODY), {"页眉": title})) == title
    assert find_title(_doc("\n".join(BODY), {"页眉": "玛纳斯县人民政府门户网站"})) is None
    # a title line of the text comes first
    assert find_title(_doc("某县2023年政府信息公开工作年度报告\n" + "\n".join(BODY), {"页眉": title})) == "某县2023年政府信息公开工作年度报告"


def test_a_page_header_naming_the_body_completes_its_self_reference() -> None:
    doc = _word(Docx(BODY, page_header="甘肃省发展和改革委员会"))
    assert resolve_issuer(doc, find_title(doc)) == "甘肃省发展和改革委员会"


# ---------------------------------------------------------------- a site's owner completes 我厅


@pytest.mark.parametrize(("header", "text", "issuer"), [
    ({"标题": "云南省生态环境厅"}, "2022年，我厅认真贯彻落实《条例》。", "云南省生态环境厅"),  # a crawl's title column: the site
    ({"网站": "上海市生态环境局"}, "2021年，我局认真贯彻落实《条例》。", "上海市生态环境局"),  # a page footer's site
    ({"页眉": "甘肃省发展和改革委员会"}, "2023年，我委认真贯彻落实《条例》。", "甘肃省发展和改革委员会"),
])
def test_the_site_owner_completes_a_self_reference(header: dict[str, str], text: str, issuer: str) -> None:
    assert resolve_issuer(_doc(text, header), find_title(_doc(text, header))) == issuer


@pytest.mark.parametrize(("header", "text"), [
    ({"网站": "上海市人民政府"}, "2021年，我局认真贯彻落实《条例》。"),  # a government's site hosts a bureau's report
    ({"标题": "某某市人民政府门户网站"}, "2021年，我局认真贯彻落实《条例》。"),  # a portal is no body
    ({"标题": "宾川县人民政府"}, "2023年，我乡认真落实基层政务公开要求。"),  # a county's site hosts a township's report
])
def test_a_site_that_does_not_fit_the_self_reference_is_not_the_issuer(header: dict[str, str], text: str) -> None:
    assert resolve_issuer(_doc(text, header), None) != next(iter(header.values()))


def test_the_text_s_own_statement_comes_before_the_site() -> None:
    text = "2022年，我厅认真贯彻落实《条例》。\n湖南省交通运输厅\n2023年1月20日"
    assert resolve_issuer(_doc(text, {"标题": "云南省生态环境厅"}), None) == "湖南省交通运输厅"


def test_site_owners_are_full_body_names_only() -> None:
    assert _site_owners({"标题": "云南省生态环境厅", "网站": "某某市人民政府门户网站"}) == ["云南省生态环境厅"]
    assert _site_owners({"标题": "云南省生态环境厅2022年政府信息公开工作年度报告"}) == []  # a title, not a site
    assert _site_owners({"标题": "省生态环境厅"}) == []  # a short form names no place
    assert _site_owners({"页眉": "生态环境部"}) == ["生态环境部"]


# ---------------------------------------------------------------- a crawled title's date, a branch's county


@pytest.mark.parametrize(("title", "bare"), [
    ("某区三孝口街道办事处2024年政府信息公开工作年度报告（2025-01-15）", "某区三孝口街道办事处2024年政府信息公开工作年度报告"),
    ("某县2022年政府信息公开工作年度报告 [2023.01.20]", "某县2022年政府信息公开工作年度报告"),
    ("某县2022年政府信息公开工作年度报告(2023年1月20日)", "某县2022年政府信息公开工作年度报告"),
    # must not: a bracket that is no publication date
    ("某县2022年政府信息公开工作年度报告（修订版）", "某县2022年政府信息公开工作年度报告（修订版）"),
    ("某校2021-2022学年信息公开工作年度报告（2021-2022）", "某校2021-2022学年信息公开工作年度报告（2021-2022）"),
])
def test_a_crawled_title_loses_its_trailing_date(title: str, bare: str) -> None:
    from textmine.meta import _bare_title

    assert _bare_title(title) == bare


def test_the_bracketed_title_column_names_the_street_office() -> None:
    header = {"标题": "【年报】合肥市庐阳区三孝口街道办事处2024年政府信息公开工作年度报告（2025-01-15）"}
    doc = _doc("2024年，我街道办认真落实区委、区政府关于基层政务公开的部署。", header)
    assert resolve_issuer(doc, find_title(doc)) == "合肥市庐阳区三孝口街道办事处"


@pytest.mark.parametrize(("issuer", "county"), [
    ("鄂尔多斯市生态环境局乌审旗分局", "乌审旗"),
    ("南阳市公安局西峡县分局", "西峡县"),
    ("鄂尔多斯市生态环境局西峡县分局", None),  # must not: 西峡县 is no county of 鄂尔多斯市
    ("南阳市生态环境局", None),  # must not: no branch
    ("南阳市公安局交通警察支队", None),
])
def test_a_prefecture_department_s_branch_has_its_county(issuer: str, county: str | None) -> None:
    from textmine.meta import _places_of

    assert _places_of(issuer, "", "department")[2] == county


# ---------------------------------------------------------------- character references left in a crawl's text


def test_a_text_with_character_references_is_read_with_them_decoded() -> None:
    raw = "&nbsp;&nbsp;".join(("一、总体情况", "2022年，平江县人民政府推进&ldquo;放管服&rdquo;改革。", "二、主动公开政府信息情况",
                               "全年主动公开政府信息3120条。"))
    doc = read_document(raw.encode("utf-8"), name="row.txt", format="txt")
    assert "&nbsp;" not in doc.text and "“放管服”" in doc.text
    assert "二、主动公开政府信息情况" in doc.text


@pytest.mark.parametrize("raw", ["研发（R&D）投入增长。一、总体情况", "A&amp;B 一、总体情况", "&c; 一、总体情况"])
def test_a_lone_reference_or_ampersand_is_kept(raw: str) -> None:
    assert read_document(raw.encode("utf-8"), name="row.txt", format="txt").text == raw


# ---------------------------------------------------------------- a crawl's publisher under an English key


def test_the_publisher_under_a_source_key_is_the_crawl_s_issuer() -> None:
    from textmine.ingest.crawl import find_columns

    assert find_columns(["title", "date", "url", "source", "content"], label="c.jsonl")["issuer"] == "source"
    assert find_columns(["title", "publisher", "content"], label="c.jsonl")["issuer"] == "publisher"
    # must not: a Chinese issuer column comes first; a crawl without one has no issuer column
    assert find_columns(["标题", "来源", "source", "内容"], label="c.csv")["issuer"] == "来源"
    assert find_columns(["title", "date", "url", "content"], label="c.jsonl")["issuer"] is None


@pytest.mark.parametrize(("source", "issuer"), [
    ("湖北省民政厅", "湖北省民政厅"),
    ("湖北省人民政府门户网站", None),  # must not: a portal names no publisher
])
def test_a_source_column_names_the_body_only_when_it_is_one(source: str, issuer: str | None, tmp_path) -> None:  # noqa: ANN001
    import json

    from textmine.corpus import tag

    row = {"title": "政府信息公开年报", "source": source, "content": "一、总体情况\n2021年，我厅认真贯彻落实《条例》。\n二、主动公开政府信息情况\n全年主动公开信息1120条。"}
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    got = tag(path, timeout=None).reports["issuer"].iloc[0]
    assert (None if got != got else got) == issuer  # NaN when no issuer is read
