"""The held-out table probes of ``tests/cases/table_probes19`` (written and labelled by
``bench/make_table_probes19.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right, none gets an error finding, and every planted error of the
``inconsistent`` probes is found."""

from __future__ import annotations

import pytest

from bench.table_probes19 import DIR
from tests.table_probe_cases import cells_and_findings_test
from textmine.checks import check_cells
from textmine.ingest import read_document
from textmine.ingest.layout import bare_folios, page_number_drops, running_head_drops
from textmine.model import Cell
from textmine.tables import extract_cells
from textmine.tables.cells import SPACED_DIGITS_NOTE, joined_digits, ocr_count, read_cell
from textmine.tables.ocr import ocr_rows
from textmine.tables.registry import get_template
from textmine.tables.step2_tokens import _turned_table

test_probe_cells_and_findings = cells_and_findings_test(DIR)


# ------------------------------------------------------------------ a bare page number before a form feed


def test_a_bare_number_closing_a_page_is_its_folio():
    assert bare_folios(
        "3.危及“三安全一稳定” 0 0 0 0 2 2 4\n3\n\f某区2019年政府信息公开工作年度报告\n"
    ) == {1}
    assert bare_folios("全年共办理申请12件。\n12\n\f二、主动公开\n") == {1}
    raw = "规章 0 0 0\n3\n\f下一页"
    assert [raw[a:b] for a, b in page_number_drops(raw)] == ["3\n"]


@pytest.mark.parametrize(
    "raw",
    [
        "规章 0 0 0\n3\n下一页",  # no form feed after it: a cell or a count
        "（一）予以公开\n3\n\f（二）部分公开\n",  # after a label: the table's next cell (a cell per line)
        "0\n3\n\f4\n",  # after a lone cell
        "规章 0 0 0\n1234\n\f下一页",  # four digits: a count
    ],
)
def test_a_number_that_may_be_a_cell_is_no_folio(raw):
    assert bare_folios(raw) == set()


# ------------------------------------------------------------------ a running head printed once, beside a table's rows


HEAD = "某区2024年政府信息公开工作年度报告"


def test_a_title_between_a_folio_and_a_table_row_is_a_running_head():
    raw = f"结果维持 结果纠正 其他结果 尚未审结 总计\n— 5 —\n\f{HEAD}\n8 2 0 0 10 0 0 0 4 4 64 0 8 0 72\n五、存在的问题\n"
    assert [raw[a:b].strip() for a, b in running_head_drops(raw)] == [HEAD]


@pytest.mark.parametrize(
    "raw",
    [
        f"封面\n— 1 —\n\f{HEAD}\n根据《条例》规定，现公布本年度报告。\n",  # the title after a cover page: prose follows
        f"正文。\n— 5 —\n\f附表：{HEAD}\n统计指标 单位 统计数\n",  # a caption names the table under it
        f"正文。\n— 5 —\n\f{HEAD}\n一、总体情况\n",  # a heading follows
        f"总计\n— 5 —\n{HEAD}\n8 2 0 0 10 0 0 0 4 4\n",  # no form feed: not shown to open a page
    ],
)
def test_a_title_printed_once_not_beside_table_rows_is_kept(raw):
    assert running_head_drops(raw) == []


# ------------------------------------------------------------------ OCR's letters for digits


@pytest.mark.parametrize(
    "raw,value", [("2O", 20), ("l5", 15), ("54O", 540), ("lO", 10), ("l", 1), ("1o", 10)]
)
def test_an_ocr_count_is_its_number(raw, value):
    assert ocr_count(raw) == value
    assert read_cell(raw) == (value, "number", None)


@pytest.mark.parametrize("raw", ["25", "II", "I", "O", "lOT", "ol件", "Il", "见l5"])
def test_other_letters_are_no_ocr_count(raw):
    assert ocr_count(raw) is None


def test_an_ocr_count_with_a_stray_space_is_one_unsettled_number():
    assert joined_digits("l O") == ("10", SPACED_DIGITS_NOTE)
    assert joined_digits("I I") is None  # a Roman numeral, not a count


def test_ocr_counts_are_read_in_table_rows_only():
    text = "予以公开 2O 0 l5 35\n（七）总计 54O 1O 5 l8O 0\n见附件 l5 页\n共 l 件\n"
    out = ocr_rows(text)
    assert len(out) == len(text)
    assert out.splitlines()[:2] == ["予以公开 20 0 15 35", "（七）总计 540 10 5 180 0"]
    assert out.splitlines()[2:] == ["见附件 l5 页", "共 l 件"]
    assert ocr_rows("规章 1 0 20\n") == "规章 1 0 20\n"


def test_a_lower_case_o_is_a_zero_among_a_rows_counts_only():
    assert (
        ocr_rows("7.属于行政执法案卷\to\to\t0\to\tIo\n") == "7.属于行政执法案卷\t0\t0\t0\t0\t10\n"
    )
    assert ocr_rows("选项 o 或 x\n") == "选项 o 或 x\n"  # words between: no row of counts
    assert read_cell("o")[1] == "text"  # alone, outside a row of counts, it stays a letter


def test_a_row_of_letters_with_too_few_digits_is_left():
    assert (
        ocr_rows("甲 lO l5 l8\n") == "甲 lO l5 l8\n"
    )  # no count printed in digits: maybe not a table row


def test_an_ocr_cell_keeps_what_the_report_prints():
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
        "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n"
        "6 0 24 0 3O 24 0 l8 24 66 O 3 0 O 3\n五、存在的主要问题及改进情况\n无。\n"
    )
    doc = read_document(text.encode("utf-8"), name="r.txt")
    cells = {
        (c.row_key, c.col_key): c
        for c in extract_cells(doc, template="gov2021")
        if c.table == "appeals"
    }
    assert (cells[("review", "total")].value, cells[("review", "total")].raw) == (30, "3O")
    assert cells[("suit_direct", "other")].value == 18


# ------------------------------------------------------------------ a province's further channel rows under 收到申请数


def _stats(extra: list[tuple[str, int]], received: int) -> list[Cell]:
    keyed = {
        "requests_received": received,
        "requests_in_person": 2,
        "requests_fax": 0,
        "requests_online": 5,
        "requests_mail": 1,
    }
    cells = [Cell("gov2014", "stats", k, "value", v, str(v), "number") for k, v in keyed.items()]
    cells += [
        Cell("gov2014", "stats", None, "value", v, str(v), "number", label=lab) for lab, v in extra
    ]
    return cells


def _p1(cells: list[Cell]) -> bool:
    return any(f.check_id == "P-1" for f in check_cells(cells, template="gov2014"))


def test_a_further_channel_row_joins_the_sum():
    assert not _p1(_stats([("5.电子邮件申请数", 3)], 11))
    assert not _p1(_stats([("5.其他方式申请数", 4), ("（四）接受政府信息公开咨询数", 326)], 12))


def test_a_sum_still_off_with_the_channel_fires():
    assert _p1(_stats([("5.电子邮件申请数", 3)], 12))
    assert _p1(
        _stats([("（四）接受政府信息公开咨询数", 3)], 11)
    )  # a consultation count is no channel


# ------------------------------------------------------------------ table 三 turned in space rows


def _turned(head: list[str]) -> str:
    return (
        "三、收到和处理政府信息公开申请情况\n"
        + " ".join(head)
        + "\n自然人 5 1 3 0 1 4 2\n总计 5 1 3 0 1 4 2\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
    )


HEADS = [
    "申请人",
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "（一）予以公开",
    "（二）部分公开",
    "（六）其他处理",
    "（七）总计",
    "四、结转下年度继续办理",
]


def test_table_three_turned_in_space_rows_is_read():
    doc = read_document(_turned(HEADS).encode("utf-8"), name="r.txt")
    cells = {
        (c.row_key, c.col_key): c.raw
        for c in extract_cells(doc, template="gov2019")
        if c.table == "requests"
    }
    assert (
        cells[("new_received", "natural_person")] == "5"
        and cells[("carried_forward", "total")] == "2"
    )


def test_a_space_head_with_a_piece_naming_no_row_is_not_turned():
    t = get_template("gov2019").table("requests")
    text = " ".join(HEADS[:4] + ["其中", *HEADS[4:]]) + "\n自然人 5 1 3 0 9 1 4 2\n"
    assert _turned_table(text, t, 0, len(text)) == []
