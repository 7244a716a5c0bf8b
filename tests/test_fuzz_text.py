"""Fuzzing the text readers (plain text, Markdown, HTML) and crawl tables: any bytes are read or
refused with a ReadError naming the input, never another exception.

A modest number of examples runs in CI; ``TEXTMINE_FUZZ_EXAMPLES=10000`` gives a long run.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import textmine
from textmine.corpus import tag
from textmine.errors import ReadError
from textmine.ingest import read_document

EXAMPLES = int(os.environ.get("TEXTMINE_FUZZ_EXAMPLES", "100"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)

HTML_PIECES = st.sampled_from(
    ["<html>", "<body>", "</body>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>",
     '<td rowspan="3">', '<td colspan="999999">', '<td rowspan="-1">', "<p>", "</p>", "<div class='nav'>",
     "</div>", "<br>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&nbsp;", "&#x0;", "&#99999999;",
     "一、总体情况", "统计表", "本年新收政府信息公开申请数量", "3", "—", "无", "\n", "\r", "\t",
     '<meta charset="gbk">', "<title>", "</title>", "某县2021年政府信息公开工作年度报告"]
)  # fmt: skip

TEXT_PIECES = st.sampled_from(
    ["一、", "（一）", "1.", "①", "| 项目 | 数 |", "|---|---|", "| a |", "\n", "\r\n", "\r", "\t", " ",
     "— 1 —", "第1页共3页", "标题：", "发布时间：2022-01-05", "==== 正文 ====", "# ", "## 二、主动公开",
     "本年新收政府信息公开申请数量", "3", "12345", "万", "件", "一网通办", "\ufeff", "\x00", "\u2028",
     "某县2021年政府信息公开工作年度报告", "统计期限自2021年1月1日起至2021年12月31日止"]
)  # fmt: skip


def _read(data: bytes, name: str) -> None:
    try:
        textmine.read(data, name=name)
    except ReadError as exc:
        assert name in str(exc)


@SETTINGS
@given(st.lists(HTML_PIECES, max_size=80))
def test_generated_html(pieces) -> None:
    _read("".join(pieces).encode("utf-8"), "fuzz.html")


@SETTINGS
@given(st.lists(TEXT_PIECES, max_size=80), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_generated_text_and_markdown(pieces, encoding) -> None:
    data = "".join(pieces).encode(encoding, errors="replace")
    _read(data, "fuzz.txt")
    _read(data, "fuzz.md")


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(["x.txt", "x.md", "x.html", "x.htm"]))
def test_random_bytes(data, name) -> None:
    try:
        read_document(data, name=name)
    except ReadError as exc:
        assert name in str(exc)


@settings(max_examples=max(10, EXAMPLES // 10), deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.binary(max_size=600), st.sampled_from([".csv", ".tsv", ".jsonl"]))
def test_random_crawl_tables(tmp_path_factory, data, suffix) -> None:
    path = tmp_path_factory.mktemp("crawl") / f"c{suffix}"
    path.write_bytes(data)
    manifest = tag(path, timeout=None, cross_year=False).manifest
    assert len(manifest) >= 1
    assert manifest["status"].isin(["ok", "warning", "error"]).all()
    assert not manifest["message"].str.contains("internal error").any(), list(manifest["message"])


@SETTINGS
@given(st.binary(max_size=800), st.sampled_from([".csv", ".tsv", ".jsonl", ".parquet"]))
def test_the_crawl_reader_on_random_bytes(tmp_path_factory, data, suffix) -> None:
    from textmine.errors import TextmineError
    from textmine.ingest.crawl import crawl_rows

    path = tmp_path_factory.mktemp("c") / f"c{suffix}"
    path.write_bytes(data)
    try:
        rows = list(crawl_rows(path))
    except TextmineError as exc:
        assert path.as_posix() in str(exc)
        return
    assert [r.row for r in rows] == list(range(1, len(rows) + 1))
