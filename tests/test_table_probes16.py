"""The held-out table probes of ``tests/cases/table_probes16`` (written and labelled by
``bench/make_table_probes16.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right, none gets an error finding, and every planted error of the
``inconsistent`` probes is found."""

from __future__ import annotations

from bench.table_probes16 import DIR
from tests.table_probe_cases import cells_and_findings_test
from textmine.ingest import read_document
from textmine.tables import extract_cells
from textmine.tables.labels import match_rows, side_by_side_halves
from textmine.tables.registry import get_template
from textmine.tables.step2_grids import _heads_of_another_table
from textmine.tables.step2_tokens import named_cells

ACTIVE = get_template("gov2021").table("active")
REQUESTS = get_template("gov2021").table("requests")
APPEALS = get_template("gov2021").table("appeals")
STATS = get_template("gov2014").table("stats")


test_probe_cells_and_findings = cells_and_findings_test(DIR)


# ------------------------------------------------------------------ a turned table's heads joined with their group


def test_turned_head_with_its_group_names_the_row():
    keys = [REQUESTS.rows[REQUESTS.row_of_head(h)].key for h in
            ("（六）其他处理3.其他", "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
             "（四）无法提供1.本机关不掌握相关政府信息")]
    assert keys == ["other_misc", "other_no_correction", "unable_not_held"]


def test_turned_head_of_a_group_alone_names_no_row():
    assert REQUESTS.row_of_head("（六）其他处理") is None  # the group's own row (a header) holds no cells
    assert REQUESTS.row_of_head("申请人情况") is None


def _turned_text(applicant: str) -> str:
    heads = ["申请人情况", "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开",
             "（二）部分公开", "（六）其他处理3.其他", "（七）总计", "四、结转下年度继续办理"]
    return ("\t".join(heads) + f"\n{applicant}\t5\t1\t3\t0\t1\t4\t2\n总计\t5\t1\t3\t0\t1\t4\t2\n")


def test_turned_tab_table_with_group_path_columns_is_read():
    doc = read_document(("三、收到和处理政府信息公开申请情况\n" + _turned_text("法人或其他组织-商业企业")).encode("utf-8"), name="probe.txt")
    cells = {(c.row_key, c.col_key): c.raw for c in extract_cells(doc, template="gov2021") if c.table == "requests"}
    assert cells[("other_misc", "commercial")] == "1" and cells[("other_misc", "total")] == "1"
    assert cells[("total_processed", "commercial")] == "4"


def test_turned_tab_table_whose_column_names_nothing_is_not_read_turned():
    doc = read_document(("三、收到和处理政府信息公开申请情况\n" + _turned_text("某某单位")).encode("utf-8"), name="probe.txt")
    cells = {(c.row_key, c.col_key): c.raw for c in extract_cells(doc, template="gov2021") if c.table == "requests"}
    assert ("other_misc", "commercial") not in cells or cells[("other_misc", "commercial")] != "1"


def test_heads_of_turned_table_three_are_not_table_four():
    heads = [["申请人情况", "本年新收政府信息公开申请数量", "（一）予以公开", "（七）总计", "四、结转下年度继续办理"]]
    assert _heads_of_another_table("gov2021", APPEALS, heads)
    assert not _heads_of_another_table("gov2021", APPEALS, [["行政复议", "行政诉讼"], ["结果维持", "结果纠正", "总计"]])
    # table 三's rows printed as rows (labels down the first column) are no turned head
    assert not _heads_of_another_table("gov2021", APPEALS, [["一、本年新收政府信息公开申请数量", "5"], ["（一）予以公开", "3"],
                                                           ["（七）总计", "5"]])


# ------------------------------------------------------------------ the 统计表 in two halves side by side

SIDE = ("政府信息公开情况统计表\n统计指标\t单位\t统计数\t统计指标\t单位\t统计数\n"
        "（一）收到申请数\t件\t5\t四、行政复议数量\t件\t1\n1.当面申请数\t件\t2\t（一）维持具体行政行为数\t件\t1\n"
        "2.传真申请数\t件\t0\t（二）被依法纠错数\t件\t0\n3.网络申请数\t件\t3\t（三）其他情形数\t件\t0\n")


def test_side_by_side_halves_each_read_in_its_own_order():
    hits = {h.row.key for h in match_rows(SIDE, STATS, 0, len(SIDE))}
    assert {"requests_received", "requests_online", "reviews", "reviews_upheld", "reviews_corrected",
            "reviews_other"} <= hits
    doc = read_document(("附表：" + SIDE).encode("utf-8"), name="probe.txt")
    cells = {c.row_key: c.raw for c in extract_cells(doc, template="gov2014")}
    assert cells["reviews"] == "1" and cells["reviews_upheld"] == "1" and cells["requests_online"] == "3"


def test_a_header_printed_once_is_no_halves():
    text = "统计指标\t单位\t统计数\n收到申请数\t件\t5\n行政复议数量\t件\t1\n"
    assert side_by_side_halves(text, 0, len(text)) is None
    assert side_by_side_halves("年份\t2019\t2019\n", 0, 12) is None  # numbers repeated: no header


# ------------------------------------------------------------------ responsive tables: head⏎value


def test_responsive_row_cells_under_their_heads():
    t = "规章\n本年废止件数\n0\n本年制发件数\n3\n现行有效件数\n12\n第二十条第（五）项\n行政许可\n本年处理决定数量\n5\n"
    hit = match_rows(t, ACTIVE, 0, len(t))[0]
    assert [x.raw for x in named_cells(t, ACTIVE, hit)] == ["3", "0", "12"]


def test_values_without_heads_are_no_responsive_row():
    t = "规章\n3\n0\n12\n行政规范性文件\n1\n0\n4\n"
    assert named_cells(t, ACTIVE, match_rows(t, ACTIVE, 0, len(t))[0]) is None
    t = "规章\n本年制发件数\n3\n本年制发件数\n0\n现行有效件数\n12\n"  # one head twice: not settled by heads
    assert named_cells(t, ACTIVE, match_rows(t, ACTIVE, 0, len(t))[0]) is None
