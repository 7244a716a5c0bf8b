"""Hostile and odd input: the pipeline either returns a report or raises a ReadError, never
anything else, and every span it returns points into the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import textmine
from textmine.errors import ReadError

# Pieces that stress the structure, numbers and tables readers when shuffled together.
PIECES = [
    "一、", "（一）", "(二)", "1.", "1、", "（1）", "①", "二是", "第二十条第（一）项", "附件", "统计表",
    "总体情况", "存在的主要问题及改进情况", "本年新收政府信息公开申请数量", "予以公开", "（七）总计",
    "结果维持", "主动公开信息数", "条", "件", "历年累计", "指标名称", "2016年", "3月7日", "〔2015〕77号",
    "一网通办", "三个必须", "两千余件", "1.2万", "35%", "百分之八十五", "3至5件", "0", "7", "123456789",
    "—", "/", "无", "|", "\t", "\n", "\n\n", " ", "。", "，", "：", "“", "”", "<table>", "<tr><td>", "</td>",
    "\ufeff", "\u3000", "２０２１", "ＡＢＣ",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_shuffled_domain_text_never_crashes(pieces):
    text = "某县2021年政府信息公开工作年度报告\n" + "".join(pieces)
    try:
        report = textmine.read(text.encode("utf-8"), name="fuzz.txt")
    except ReadError:
        return
    n = len(report.text)
    for s in report.sentences:
        assert 0 <= s.start <= s.end <= n and report.text[s.start:s.end] == s.text
    for sec in report.sections:
        assert 0 <= sec.start <= sec.heading_end <= sec.end <= n
    for f in report.fact_records:
        assert report.text[f.start:f.end] == f.text
    for c in report.cell_records:
        if c.start is not None:
            assert 0 <= c.start <= c.end <= n


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_are_read_or_refused_with_a_read_error(data):
    try:
        textmine.read(data, name="random.txt")
    except ReadError as exc:
        assert "random.txt" in str(exc)


def test_invalid_numeral_before_a_comma_is_not_a_heading():
    report = textmine.read("某县2021年政府信息公开工作年度报告\n十五一、总体情况\n一、总体情况\n内容。".encode(), name="x.txt")
    assert [s.number for s in report.sections] == ["一"]


def test_huge_html_spans_are_capped():
    html = (
        "<html><body><p>2021年政府信息公开工作年度报告</p><table><tr>"
        "<td rowspan=100000000 colspan=100000000>x</td><td>1</td></tr></table></body></html>"
    )
    report = textmine.read(html.encode(), name="spans.html")
    (table,) = report.document.tables
    assert len(table.rows) <= 1000 and all(len(row) <= 1001 for row in table.rows)


def test_template_and_cells_agree():
    """Prose that names a table format without printing a table gives no template and no cells."""
    text = (
        "某县2016年政府信息公开工作年度报告\n一、概述\n全年主动公开政府信息120条。\n"
        "二、回应解读情况\n我县及时回应公众关注热点。\n三、依申请公开情况\n未收到申请。\n"
    )
    report = textmine.read(text.encode(), name="no-table.txt")
    assert report.cell_records == [] and report.meta.template is None
