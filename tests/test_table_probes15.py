"""The held-out table probes of ``tests/cases/table_probes15`` (written and labelled by
``bench/make_table_probes15.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right, none gets an error finding, and every planted error of the
``inconsistent`` probes is found."""

from __future__ import annotations

from bench.table_probes15 import DIR
from tests.table_probe_cases import cells_and_findings_test
from textmine.checks import check_second_set
from textmine.ingest import read_document
from textmine.ingest.pipe import find_pipe_tables
from textmine.tables import detect_template, extract_cells
from textmine.tables.registry import column_key, get_template, last_year_head
from textmine.tables.step2_tokens import last_year_tab_columns

REQUESTS = get_template("gov2021").table("requests")


test_probe_cells_and_findings = cells_and_findings_test(DIR)


# ------------------------------------------------------------------ pipe tables without outer pipes


def test_table_without_outer_pipes_is_a_table():
    raw = "表二\n信息内容 | 本年处理决定数量\n:-: | :-:\n行政许可 | 5\n | 3\n正文\n"
    tables = find_pipe_tables(raw)
    assert [t.rows for t in tables] == [[["信息内容", "本年处理决定数量"], ["行政许可", "5"], ["", "3"]]]
    assert raw[tables[0].start:tables[0].end] == "信息内容 | 本年处理决定数量\n:-: | :-:\n行政许可 | 5\n | 3"


def test_last_empty_head_cell_before_a_closing_pipe_counts():
    raw = "规章 | 3 | \n--- | --- | ---\n行政许可 | 5 | \n"
    assert [t.rows for t in find_pipe_tables(raw)] == [[["规章", "3"], ["行政许可", "5"]]]


def test_pipes_without_a_separator_row_are_no_table():
    assert find_pipe_tables("首页 | 信息公开 | 年度报告\n正文一段。\n") == []
    assert find_pipe_tables("一段话\n---\n另一段\n") == []  # a rule under a paragraph (a heading or a line)
    assert find_pipe_tables("甲 | 乙 | 丙\n:-: | :-:\n1 | 2\n") == []  # the separator's cells differ


# ------------------------------------------------------------------ a flattened head joined with its group's name


def test_flattened_head_names_its_own_column():
    heads = ["申请人情况 自然人", "申请人情况 法人或其他组织 商业企业", "申请人情况 法人或其他组织 科研机构",
             "法人或其他组织-其他", "申请人情况 总计"]
    assert [column_key(REQUESTS, h) for h in heads] == ["natural_person", "commercial", "research", "other_org", "total"]


def test_group_name_alone_names_no_column():
    assert column_key(REQUESTS, "法人或其他组织") is None
    assert column_key(REQUESTS, "其他组织") == "other_org"


# ------------------------------------------------------------------ last year's column beside this year's


def test_last_year_head_names_no_column():
    assert last_year_head(REQUESTS, "上年同期") and last_year_head(REQUESTS, "去年总计")
    assert column_key(REQUESTS, "上年同期总计") is None
    assert column_key(REQUESTS, "总计") == "total"


def test_last_year_head_kept_where_the_table_has_one():
    active19 = get_template("gov2019").table("active")
    assert not last_year_head(active19, "上一年项目数量")
    assert column_key(active19, "上一年项目数量") == "prev_items"


def test_tab_column_of_last_year_dropped():
    head = "说明\t\t\t申请人情况\t\t\t\t\t\t\t上年同期\n\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n"
    assert last_year_tab_columns(head, REQUESTS, 0, len(head)) == {10}
    assert last_year_tab_columns("\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n", REQUESTS, 0, 30) == set()
    # a row label of table 三 (二、上年结转…) below the head is no head
    text = "\t\t\t自然人\t总计\n二、上年结转政府信息公开申请数量\t\t\t3\t3\n"
    assert last_year_tab_columns(text, REQUESTS, 0, text.index("二、")) == set()


# ------------------------------------------------------------------ a second set starts after the first set's last table


def _second_sets(name: str) -> list[str]:
    doc = read_document(DIR / name)
    template = detect_template(doc)
    return [f.check_id for f in check_second_set(doc.text, extract_cells(doc, template=template), template=template)]


def test_markdown_header_naming_its_table_again_is_no_second_set():
    # the pandas pipe table 三's header line names the table again (its note, 申请人情况) before table 四 opens;
    # its cells, read from the grid, carry no offsets to lie after
    assert _second_sets("md-pandas-flat-head-2022.md") == []


def test_last_years_table_after_the_set_is_a_second_set():
    assert _second_sets("last-year-table-after-2023.txt") == ["TABLE-SECOND-SET"]
