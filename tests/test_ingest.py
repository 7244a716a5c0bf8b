"""Tests of textmine.ingest: encodings, HTML, chrome, layout, pipe tables, walk, offsets."""

from __future__ import annotations

import codecs
import json
import random
import re
from pathlib import Path

import pytest

from textmine.errors import ReadError, UnsupportedFormatError
from textmine.ingest import REPORT_EXTENSIONS, read_document, walk
from textmine.ingest.chrome import archive_header, classify_line, find_chrome, leading_header
from textmine.ingest.encoding import decode
from textmine.ingest.layout import layout_drops, looks_hard_wrapped
from textmine.ingest.pipe import find_pipe_tables
from textmine.normalize import normalize

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

REPORT = "某县2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息１１３６条。\n"


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip("../shared/corpus not present")
    return path


def gold_files() -> list[Path]:
    if not (CORPUS / "gold").is_dir():
        return []
    return sorted((CORPUS / "gold").glob("*.json"))


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (REPORT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8-sig"),
        (REPORT.encode("utf-16"), "utf-16-le"),  # Python writes a BOM, little-endian
        (codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), "utf-16-be"),
        (REPORT.encode("utf-16-le"), "utf-16-le"),  # no BOM: found by the NUL pattern
        (REPORT.encode("gb18030"), "gb18030"),
        (REPORT.encode("gbk"), "gb18030"),
        (REPORT.encode("gb2312"), "gb18030"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom-le",
        "utf16-bom-be",
        "utf16-le-no-bom",
        "gb18030",
        "gbk",
        "gb2312",
    ],
)
def test_encodings_round_trip(data: bytes, encoding: str) -> None:
    doc = read_document(data, name="r.txt")
    assert doc.encoding == encoding
    assert doc.raw_text == REPORT
    assert doc.text == REPORT.strip().replace("１１３６", "1136")


def test_meta_charset_is_honoured_when_utf8_fails() -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
    page += "<body><p>政府信息公开工作年度报告</p></body></html>"
    doc = read_document(page.encode("gbk"), name="p.html")
    assert doc.encoding == "gb18030"
    assert doc.text == "政府信息公开工作年度报告"


def test_utf8_with_one_stray_byte_stays_utf8_with_warning() -> None:
    data = ("政府信息公开工作年度报告。" * 200).encode("utf-8") + b"\xff" + "结束。".encode()
    decoded = decode(data, name="x.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.warnings and "replaced" in decoded.warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"   \n\t\r\n  ", "empty file"),
        ("\u3000\u3000\n".encode("utf-8"), "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF: damaged"),  # content decides: read as PDF
        (b"PK\x03\x04\x14\x00\x06\x00", "not a Word .docx file"),
        (
            bytes(random.Random(7).randrange(256) for _ in range(4000)) + b"\x00\x01\x02" * 50,
            "binary content",
        ),
    ],
    ids=[
        "empty",
        "whitespace",
        "ideographic-space",
        "png",
        "pdf-in-txt",
        "zip",
        "random-with-nuls",
    ],
)
def test_unreadable_inputs_raise_read_error_naming_the_file(data: bytes, message: str) -> None:
    with pytest.raises(ReadError) as info:
        read_document(data, name="bad-report.txt")
    assert "bad-report.txt" in str(info.value)
    assert message in str(info.value)


def test_read_error_names_path(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ReadError, match="empty.txt: empty file"):
        read_document(path)


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("a.wps", "save the file as .docx or PDF"),
        ("a.ET", "WPS Spreadsheets"),
        ("a.rtf", "RTF"),
        ("a.xls", "'.xls'"),
    ],
    ids=["wps", "et-upper", "rtf", "xls"],
)
def test_unsupported_formats(name: str, fragment: str) -> None:
    with pytest.raises(UnsupportedFormatError) as info:
        read_document(b"whatever", name=name)
    assert fragment in str(info.value)
    assert name in str(info.value)


@pytest.mark.parametrize(("name", "what"), [("a.pdf", "PDF"), ("a.docx", "Word .docx")])
def test_text_under_a_binary_extension_is_an_error_naming_the_format(name: str, what: str) -> None:
    with pytest.raises(ReadError, match=f"{name}: not a {what} file"):
        read_document("一、总体情况".encode() * 20, name=name)


def test_missing_path_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nope.txt"):
        read_document(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        (b"  <html><body><p>x</p></body></html>", "html"),
        (b"plain <b>not</b> html", "txt"),
    ],
    ids=["doctype", "html-tag", "text"],
)
def test_format_sniffed_for_bytes_without_name(data: bytes, fmt: str) -> None:
    assert read_document(data).format == fmt


def test_document_fields(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(REPORT.encode("utf-8"))
    doc = read_document(path)
    assert doc.path == str(path)
    assert doc.format == "txt"
    assert (
        len(doc.sha256) == 64 and doc.sha256 == read_document(REPORT.encode(), name="x.txt").sha256
    )
    assert len(doc.offsets) == len(doc.text)


def test_same_input_same_output() -> None:
    page = HTML_CHROME.encode("utf-8")
    first, second = read_document(page, name="a.html"), read_document(page, name="a.html")
    assert (first.text, first.offsets, first.tables, first.header) == (
        second.text,
        second.offsets,
        second.tables,
        second.header,
    )


# --------------------------------------------------------------------------- HTML

HTML_TABLE = """<html><body><div id="content"><h1>某区2023年政府信息公开工作年度报告</h1>
<p>二、主动公开政府信息情况</p>
<table><caption>表二</caption>
<tr><th rowspan="2">信息内容</th><th colspan="2">本年</th><th rowspan="2">现行有效件数</th></tr>
<tr><th>制发件数</th><th>废止件数</th></tr>
<tr><td>规章</td><td> 0 </td><td>0</td><td>3</td></tr>
<tr><td>行政规范性<br>文件</td><td>5</td><td colspan="2">2</td></tr>
</table><p>三、收到和处理政府信息公开申请情况</p></div></body></html>"""


def test_html_table_spans_expanded_and_rendered() -> None:
    doc = read_document(HTML_TABLE.encode("utf-8"), name="t.html")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.rows == [
        ["信息内容", "本年", "本年", "现行有效件数"],
        ["信息内容", "制发件数", "废止件数", "现行有效件数"],
        ["规章", "0", "0", "3"],
        ["行政规范性 文件", "5", "2", "2"],
    ]
    assert table.caption == "表二" and table.source == "html"
    rendered = doc.text[table.start : table.end]
    assert rendered.split("\n") == ["\t".join(row) for row in table.rows]
    assert "二、主动公开政府信息情况\n" in doc.text
    assert doc.text[table.end :].startswith("\n三、收到和处理")


def test_html_layout_table_is_not_a_grid() -> None:
    page = "<html><body><table><tr><td><p>政府信息公开工作年度报告</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table></body></html>"
    doc = read_document(page.encode(), name="l.html")
    assert [t.rows for t in doc.tables] == [[["规章", "0"]]]
    assert doc.text.startswith("政府信息公开工作年度报告\n")


HTML_CHROME = """<!DOCTYPE html><html><head><title>年报</title><script>var x = "当前位置";</script></head><body>
<div class="top-nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a>办事服务</a></div>
<div class="crumbs">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 年度报告</div>
<div class="article">
<h1>某县2023年政府信息公开工作年度报告</h1>
<div class="meta">发布时间：2024-01-20 来源：某县人民政府办公室 【字体：大 中 小】</div>
<p>　　本报告根据《中华人民共和国政府信息公开条例》编制。</p>
<p>一、总体情况</p><p>2023年，全县主动公开政府信息1136条。</p>
<div>【打印本页】 【关闭窗口】</div>
</div>
<div id="bottom"><p>主办：某县人民政府 承办：某县大数据中心</p><p>地址：某县人民路1号</p>
<p>版权所有 © 某县人民政府 ICP备12345678号-1</p><p>网站标识码：1234000001 公网安备 12345号</p></div>
</body></html>"""


def test_html_chrome_removed_and_metadata_kept() -> None:
    doc = read_document(HTML_CHROME.encode("utf-8"), name="c.html")
    assert doc.text == (
        "某县2023年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        "一、总体情况\n2023年，全县主动公开政府信息1136条。"
    )
    for chrome in (
        "当前位置",
        "字体",
        "打印",
        "关闭窗口",
        "版权所有",
        "ICP",
        "网站标识码",
        "首页",
        "var x",
    ):
        assert chrome not in doc.text
    # the page's <title> and its own site (the footer's 主办) go to the header too
    assert doc.header == {"时间": "2024-01-20", "来源": "某县人民政府办公室", "网页标题": "年报", "网站": "某县人民政府"}
    assert doc.warnings == []


def test_html_body_used_when_container_is_small() -> None:
    body = "".join(f"<p>第{i}段 政府信息公开工作年度报告内容。</p>" for i in range(20))
    page = f'<html><body><div class="content"><p>摘要</p></div>{body}</body></html>'
    doc = read_document(page.encode(), name="b.html")
    assert "第19段" in doc.text and "摘要" in doc.text


def test_non_report_page_gets_warning_not_error() -> None:
    page = "<html><body><div class='nav'>首页</div><p>欢迎访问某市人民政府门户网站</p><p>新闻动态 通知公告</p></body></html>"
    doc = read_document(page.encode("utf-8"), name="index.html")
    assert doc.text == "欢迎访问某市人民政府门户网站\n新闻动态 通知公告"
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith(
        "page does not look like an annual report"
    )


def test_html_without_text_is_an_error() -> None:
    with pytest.raises(ReadError, match="no text in the HTML page"):
        read_document(b"<html><body><img src='a.png'></body></html>", name="img.html")


# --------------------------------------------------------------------------- chrome


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("设为首页 | 加入收藏 | 联系我们 | 版权声明 | 网站地图", "chrome"),
        ("订阅本站RSS  |  手机版", "chrome"),
        ("【字体:】【关闭窗口", "chrome"),
        ("Copyright 2006 & Communist party All Rights Reserved", "chrome"),
        ("陇ICP备13000766号 网络视听许可证2811617号", "chrome"),
        ("发布时间：2024-01-20 来源：某县人民政府办公室 【字体：大 中 小】", "chrome"),
        ("地址:张掖市南环路679号 邮编:734000", "edge"),
        ("一、总体情况", None),
        ("联系电话 :18693617694             填报日期: 2017年3月7日", None),
        ("单位负责人 :赵登兴            审核人:          填报人: 刘成君", None),
        ("2016年,县政府共收到行政复议申请4件。", None),
        ("在网站底部标注网站标识码，规范版权所有声明，完善网站地图。", None),
        ("", "blank"),
    ],
    ids=[
        "link-bar",
        "rss",
        "font-close",
        "copyright",
        "icp",
        "meta-line",
        "address",
        "heading",
        "contact",
        "signature",
        "prose",
        "prose-with-chrome-words",
        "blank",
    ],
)
def test_classify_line(line: str, kind: str | None) -> None:
    assert classify_line(line)[0] == kind


def test_report_contact_lines_at_the_end_are_kept() -> None:
    raw = "政府信息公开工作年度报告\n正文。\n地址：某县人民路1号\n电话：0000-1234567\n设为首页 | 加入收藏 | 联系我们\n地址：某县某路\n"
    text, _ = normalize(raw, drop=find_chrome(raw).drops)
    assert text == "政府信息公开工作年度报告\n正文。\n地址：某县人民路1号\n电话：0000-1234567\n"


def test_archive_header_parsed() -> None:
    raw = "标题: 某报告\n发布时间: 2012-04-11 00:00\n文号: \n页面链接与图片详见 links.tsv(同目录)\n==================== 正文 ====================\n正文"
    end, fields = archive_header(raw)
    assert raw[end:] == "正文"
    assert fields == {"标题": "某报告", "发布时间": "2012-04-11 00:00"}
    assert archive_header("正文\n标题: x") == (0, {})


def test_inline_breadcrumb_and_tail() -> None:
    raw = (
        "当前位置： 首页政务公开政府信息公开年报 某区2011年政府信息公开工作年度报告 来源：某区办公室 "
        "时间：2012-04-11 00:00 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： --> 本报告根据条例编制。"
        "<!--[if !supportLists]-->一、概述 行政申诉数 条 0 0 来源：某区办公室 附件下载"
    )
    chrome = find_chrome(raw)
    text, _ = normalize(raw, drop=chrome.drops)
    assert (
        text == "某区2011年政府信息公开工作年度报告 本报告根据条例编制。一、概述 行政申诉数 条 0 0"
    )
    assert chrome.header == {"来源": "某区办公室", "时间": "2012-04-11 00:00"}


def test_inline_breadcrumb_title_repeated_in_body_kept_once() -> None:
    raw = "当前位置： 首页政务公开部门文件 某局2019年度报告 时间：2020-01-06 14:31 微信 微博 QQ空间 某局2019年度报告 根据条例编制。"
    text, _ = normalize(raw, drop=find_chrome(raw).drops)
    assert text == "某局2019年度报告 根据条例编制。"


def test_seed_chrome_removed_title_and_table_kept() -> None:
    doc = read_document(corpus_file("seed/gaotai-2016.txt"))
    assert doc.text.startswith("高台县2016年政府信息公开工作年度报告\n")
    assert doc.text.endswith("填报日期: 2017年3月7日")
    for chrome in (
        "订阅本站",
        "信息公开目录",
        "您现在的位置",
        "关闭窗口",
        "设为首页",
        "主办",
        "Copyright",
        "ICP备",
        "邮编:734000",
    ):
        assert chrome not in doc.text, chrome
    for kept in (
        "政府信息公开情况统计表",
        "（一）主动公开政府信息数".replace("（", "(").replace("）", ")"),
        "单位负责人",
        "联系电话",
    ):
        assert kept in doc.text, kept


def test_pingtan_header_parsed_and_body_starts_at_report() -> None:
    doc = read_document(corpus_file("texts/r001.txt"))
    assert doc.header["标题"] == "平潭综合实验区2011年政府信息公开工作年度报告"
    assert doc.header["发布时间"] == "2012-04-11 00:00"
    assert doc.header["发布机构"] == "平潭综合实验区管委会办公室"
    assert doc.header["来源"] == "平潭综合实验区管委会办公室"
    assert doc.header["时间"] == "2012-04-11 00:00"
    assert doc.text.startswith(
        "平潭综合实验区2011年政府信息公开工作年度报告 本报告主要根据《中华人民共和国政府信息公开条例》"
    )
    for chrome in ("当前位置", "微信", "QQ空间", "-->", "附件下载", "原文链接", "===="):
        assert chrome not in doc.text, chrome


def test_pingtan_tail_source_kept_in_header() -> None:
    doc = read_document(corpus_file("texts/r025.txt"))
    assert doc.header["来源"] == "平潭综合实验区旅游与文化体育局"
    assert doc.text.endswith("平潭综合实验区旅游与文化体育局 2020年1月2日")
    assert doc.text.count("平潭综合实验区旅游与文化体育局2019年度政府信息公开工作年度报告") == 1


@pytest.mark.parametrize("gold", gold_files(), ids=lambda p: p.stem)
def test_gold_section_titles_survive_reading(gold: Path) -> None:
    data = json.loads(gold.read_text(encoding="utf-8"))
    doc = read_document(corpus_file(data["file"]))
    missing = [s["title"] for s in data["sections"] if s["title"] not in doc.text]
    assert missing == []
    assert doc.warnings == []


@pytest.mark.parametrize("gold", gold_files(), ids=lambda p: p.stem)
def test_gold_fact_texts_survive_reading(gold: Path) -> None:
    data = json.loads(gold.read_text(encoding="utf-8"))
    text = re.sub(r"\s", "", read_document(corpus_file(data["file"])).text)
    missing = [f["text"] for f in data.get("facts", []) if re.sub(r"\s", "", f["text"]) not in text]
    assert missing == []


def test_corpus_folder_skips_cleanly_when_absent() -> None:
    if not CORPUS.exists():
        pytest.skip("../shared/corpus not present")
    assert gold_files(), "gold files expected in ../shared/corpus/gold"


# --------------------------------------------------------------------------- layout


def test_pdftotext_rejoined() -> None:
    doc = read_document(corpus_file("texts/r020.pdftotext.txt"))
    assert "根据《中华人民共和国政府信息公开条例》（国令第711号）" in doc.text
    assert re.search(r"^\s*一、总体情况$", doc.text, re.M)
    assert re.search(r"^\s*（一）主动公开情况。", doc.text, re.M)
    assert not re.search(r"^\s*-\d+-\s*$", doc.text, re.M)
    assert "\f" not in doc.text
    assert "严格执行“分级审核、先审后发”程序" in doc.text  # joined across a page break
    assert "邮编：223100，电话：0517-87222589" in doc.text  # justified spaces removed
    assert "2023年，我区在政府网站平台主动公开政府信息1136条。" in doc.text
    assert re.search(r"^规章 {5,}0 {5,}0 {3,}0$", doc.text, re.M)  # table rows keep their gaps
    assert "三、收到和处理政府信息公开申请情况\n" in doc.text  # a right-aligned cell is not joined


def test_r021_split_number_and_place_name_rejoined() -> None:
    doc = read_document(corpus_file("texts/r021.pdftotext.txt"))
    assert "公开政府常务会议7期" in doc.text
    assert "淮安市洪泽区人民政府办公室联系" in doc.text


def test_markdown_rejoined_and_pipe_tables() -> None:
    doc = read_document(corpus_file("texts/r023.md"))
    assert doc.format == "md"
    assert "根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》的要求" in doc.text
    assert not doc.text.startswith("正文")
    assert re.search(r"^一、总体情况$", doc.text, re.M)
    assert "行政许可 97" in doc.text  # a label + value line is not prose: its space stays
    first = doc.tables[0]
    assert first.source == "pipe"
    assert first.rows == [
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "0", "0", "0"],
        ["规范性文件", "13", "0", "55"],
    ]
    assert doc.text[first.start : first.end].startswith("| 信息内容 |")
    assert doc.text[first.start : first.end].endswith("| 55 |")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "　本报告根据《中华人民共和\n国政府信息公开条例》编制。\n",
            "　本报告根据《中华人民共和国政府信息公开条例》编制。\n",
        ),
        (
            "截至 2023 年底共有文件 12\n件，其中规章 3 件。\n",
            "截至2023年底共有文件12件，其中规章3件。\n",
        ),
        (
            "本年度受理政府信息公开申请。\n一、总体情况正在进行中的\n",
            "本年度受理政府信息公开申请。\n一、总体情况正在进行中的\n",
        ),
        (
            "本年度受理政府信息公开申请\n（一）主动公开情况较好的\n",
            "本年度受理政府信息公开申请\n（一）主动公开情况较好的\n",
        ),
        (
            "本年度受理政府信息公开申请\n\n第二段落是新的段落内容\n",
            "本年度受理政府信息公开申请\n\n第二段落是新的段落内容\n",
        ),
        (
            "规章      0      0      0\n规范性文件     3    0    8\n",
            "规章      0      0      0\n规范性文件     3    0    8\n",
        ),
        (
            "本年度受理政府信息公开申请\n\n        -1-\n\f事项共计二十件左右的数量。\n",
            "本年度受理政府信息公开申请事项共计二十件左右的数量。\n",
        ),
    ],
    ids=[
        "word-split",
        "number-split",
        "heading-after-stop",
        "heading-after-wrap",
        "blank-line",
        "table-rows",
        "page-break",
    ],
)
def test_layout_rejoin(raw: str, expected: str) -> None:
    text, _ = normalize(raw, drop=layout_drops(raw, width=24))
    assert text == expected.replace("　", " ")


def test_hard_wrap_detection() -> None:
    assert looks_hard_wrapped(corpus_file("texts/r023.md").read_text(encoding="utf-8"))
    assert looks_hard_wrapped("正文。\f下一页。")
    assert not looks_hard_wrapped(corpus_file("seed/gaotai-2016.txt").read_text(encoding="utf-8"))
    assert not looks_hard_wrapped(
        "一、总体情况\n本年度工作顺利。\n二、主动公开\n公开信息若干条。\n"
    )


def test_pipe_tables_rows_as_found() -> None:
    raw = "前言\n| a | b |\n|:--|--:|\n| 1 | 2 | 3 |\n\n| x |\n后记"
    tables = find_pipe_tables(raw)
    assert [t.rows for t in tables] == [[["a", "b"], ["1", "2", "3"]], [["x"]]]
    assert raw[tables[0].start : tables[0].end] == "| a | b |\n|:--|--:|\n| 1 | 2 | 3 |"


# --------------------------------------------------------------------------- offsets


@pytest.mark.parametrize(
    "relative",
    ["seed/gaotai-2016.txt", "texts/r001.txt", "texts/r020.pdftotext.txt", "texts/r023.md"],
    ids=["seed", "pingtan", "pdftotext", "markdown"],
)
def test_offsets_map_back_to_raw(relative: str) -> None:
    doc = read_document(corpus_file(relative))
    _check_offsets(doc)


def test_offsets_map_back_to_raw_html() -> None:
    _check_offsets(read_document(HTML_CHROME.encode("utf-8"), name="c.html"))
    _check_offsets(read_document(HTML_TABLE.encode("utf-8"), name="t.html"))


def _check_offsets(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.offsets) == len(doc.text)
    assert doc.offsets == sorted(set(doc.offsets))
    rng = random.Random(42)
    for _ in range(200):
        i = rng.randrange(len(doc.text))
        original = doc.raw_text[doc.offsets[i]]
        char = doc.text[i]
        assert (
            original == char
            or (char == " " and original.isspace())
            or (ord(original) - 0xFEE0 == ord(char))
        ), (i, char, original)


# --------------------------------------------------------------------------- walk


def test_walk_counts_ignored_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in (
        "a.TXT",
        "b/c.html",
        "b/d.pdf",
        "b/e.xls",
        "notes.csv",
        ".hidden.txt",
        ".git/x.txt",
        "b/~$f.docx",
        "z.md",
    ):
        (tmp_path / name).write_text("x", encoding="utf-8")
    inputs, ignored = walk([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in inputs] == [
        "a.TXT",
        "b/c.html",
        "b/d.pdf",
        "z.md",
    ]
    assert [p.relative_to(tmp_path).as_posix() for p in ignored] == ["b/e.xls", "notes.csv"]


def test_walk_explicit_file_kept_and_deduplicated(tmp_path: Path) -> None:
    other = tmp_path / "table.xls"
    other.write_text("x", encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("x", encoding="utf-8")
    inputs, ignored = walk([other, tmp_path, report])
    assert inputs == [report, other]
    assert ignored == []  # not a report, but given as a file it is kept, so not ignored


def test_walk_keeps_unreadable_word_processor_files_in_a_folder(tmp_path: Path) -> None:
    for name in ("a.wps", "b.RTF", "c.xls", "d.et", "e.txt"):
        (tmp_path / name).write_bytes(b"x")
    inputs, ignored = walk([tmp_path])
    assert [p.name for p in inputs] == ["a.wps", "b.RTF", "e.txt"]  # the first two get a clear error
    assert [p.name for p in ignored] == ["c.xls", "d.et"]  # spreadsheets are not reports


def test_walk_missing_path(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="missing"):
        walk([tmp_path / "missing"])


def test_report_extensions() -> None:
    assert REPORT_EXTENSIONS == (".txt", ".md", ".htm", ".html", ".shtml", ".pdf", ".docx", ".doc")


# --------------------------------------------------------------------------- QA defects (fictional texts)

LINE_BROKEN = (
    "河南省南阳市卧龙区人民政府2015年政府信息公开工作年度报告\n"
    "本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。\n"
    + "".join(
        f"{n}、第{n}项工作情况\n全年办理第{n}项工作事项共计若干件，均已按期办结。\n"
        for n in "一二三四五六七八九十"
    )
    + "南阳市卧龙区人民政府办公室\n2016年3月30日\n"
)


def test_line_broken_txt_is_not_hard_wrapped() -> None:
    assert not looks_hard_wrapped(LINE_BROKEN)
    doc = read_document(LINE_BROKEN.encode("utf-8"), name="t06.txt")
    assert doc.text.startswith("河南省南阳市卧龙区人民政府2015年政府信息公开工作年度报告\n本报告根据")
    assert "一、第一项工作情况\n全年办理" in doc.text


def test_title_and_header_lines_never_joined_in_hard_wrapped_text() -> None:
    body = "　　本报告根据《中华人民共和国政府信息公开条例》和有关规定的要求编制完成，全文包括总体\n情况等内容。\n" * 8
    raw = "四川省绵阳市涪城区教育和体育局2022年政府信息公开工作年度报告\n发布时间：2023-01-16\n" + body + "\f"
    doc = read_document(raw.encode("utf-8"), name="t11.txt")
    assert doc.text.startswith("四川省绵阳市涪城区教育和体育局2022年政府信息公开工作年度报告\n发布时间：2023-01-16\n")
    assert "包括总体情况等内容" in doc.text  # the real wraps are still joined
    assert doc.header["发布时间"] == "2023-01-16"


def test_leading_header_without_divider_is_parsed_and_dropped() -> None:
    raw = "标题: 江西省赣州市章贡区人民政府2020年政府信息公开工作年度报告\n发布时间: 2021-01-29\n本报告根据《条例》编制。\n一、总体情况\n"
    end, fields = leading_header(raw)
    assert raw[end:].startswith("本报告根据")
    assert fields == {"标题": "江西省赣州市章贡区人民政府2020年政府信息公开工作年度报告", "发布时间": "2021-01-29"}
    doc = read_document(raw.encode("utf-8"), name="t07.txt")
    assert doc.text.startswith("本报告根据")
    assert doc.header["发布时间"] == "2021-01-29"


def test_leading_header_divider_form_unchanged() -> None:
    raw = "标题: 某报告\n发布时间: 2022-01-25\n==================== 正文 ====================\n正文内容"
    assert leading_header(raw) == archive_header(raw)
    assert read_document(raw.encode("utf-8"), name="a.txt").text == "正文内容"


@pytest.mark.parametrize(
    ("raw", "fields"),
    [
        ("某县2020年度政府信息公开工作年度报告\n发布日期：2021-01-25\n一、总体情况\n", {"发布日期": "2021-01-25"}),
        ("某局2022年政府信息公开工作年度报告\n发布时间：2023-01-18\n正文。\n", {"发布时间": "2023-01-18"}),
        ("某局2022年年度报告\n来源：某局办公室\n正文。\n", {"来源": "某局办公室"}),
    ],
    ids=["fabu-riqi", "fabu-shijian", "source"],
)
def test_header_lines_near_start_parsed_and_kept(raw: str, fields: dict[str, str]) -> None:
    doc = read_document(raw.encode("utf-8"), name="a.txt")
    for key, value in fields.items():
        assert doc.header[key] == value
    first_key = next(iter(fields))
    assert f"{first_key}：" in doc.text  # a plain header line is report text, not chrome


def test_header_line_with_two_fields_parsed() -> None:
    _, fields = leading_header("某局2022年年度报告\n来源：某局办公室 发布机构：某局 【字体：大 中 小】\n正文。\n")
    assert fields == {"来源": "某局办公室", "发布机构": "某局"}


def test_header_line_late_in_text_not_parsed() -> None:
    raw = "某县2020年度政府信息公开工作年度报告\n" + "正文。\n" * 20 + "发布日期：2021-01-25\n"
    assert "发布日期" not in read_document(raw.encode("utf-8"), name="a.txt").header


def test_markdown_heading_marks_dropped() -> None:
    raw = "# 宁陵县2020年度政府信息公开工作年度报告\n\n发布日期：2021-01-25\n\n## 一、总体情况\n\n正文。\n\n| a | # b |\n|---|---|\n| 1 | 2 |\n"
    doc = read_document(raw.encode("utf-8"), name="t03.md")
    assert doc.text.startswith("宁陵县2020年度政府信息公开工作年度报告\n")
    assert re.search(r"^一、总体情况$", doc.text, re.M)
    assert "| a | # b |" in doc.text
    assert doc.header["发布日期"] == "2021-01-25"
    assert read_document(raw.encode("utf-8"), name="t03.txt").text.startswith("# 宁陵县")  # .txt keeps it
