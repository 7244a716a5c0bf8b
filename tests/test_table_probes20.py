"""The held-out table probes of ``tests/cases/table_probes20`` (written and labelled by
``bench/make_table_probes20.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right, none gets an error finding, and every planted error of the
``inconsistent`` probes is found."""

from __future__ import annotations

import pytest

from bench.table_probes3 import wrong_cells
from bench.table_probes20 import DIR
from tests.table_probe_cases import expected_probes
from textmine.ingest import read_document
from textmine.pipeline import read
from textmine.tables import extract_cells
from textmine.tables.labels import outline_prefix
from textmine.tables.ocr import ocr_rows
from textmine.tables.records import Token
from textmine.tables.registry import get_template
from textmine.tables.step2_tokens import glued_dash_cells, outline_number, turned_without_corner

#: Probes not yet read right, each with the reason (strict: the test fails once they are read right).
KNOWN = {
    "printed-twice-2021": "table 二 read from the OCR'd printing (323l, I 6o: one-cell rows with OCR "
    "letters), not from the text printing after it",
}
EXPECTED = expected_probes(DIR)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN[n])) if n in KNOWN else n
        for n in sorted(EXPECTED)
    ],
)
def test_probe_cells_and_findings(name: str) -> None:
    """As :func:`tests.table_probe_cases.cells_and_findings_test`, with the probes still misread marked."""
    probe = EXPECTED[name]
    report = read(DIR / probe["file"])
    wrong, _ = wrong_cells(probe, report)
    assert wrong == []
    errors = {f.check_id for f in report.finding_records if f.severity == "error"}
    assert errors == set(probe["expected_errors"])


# ------------------------------------------------------------------ table 三 turned under a head with no corner cell

ITEMS = [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "（一）予以公开",
    "（二）部分公开",
    "1.属于国家秘密",
    "（七）总计",
    "四、结转下年度继续办理",
]


def _requests(text: str) -> dict:
    doc = read_document(text.encode("utf-8"), name="r.txt")
    return {
        (c.row_key, c.col_key): c
        for c in extract_cells(doc, template="gov2021")
        if c.table == "requests"
    }


@pytest.mark.parametrize("sep", [" ", "\t"])
def test_a_turned_table_with_no_corner_cell_is_read_by_its_heads(sep):
    text = (
        "三、收到和处理政府信息公开申请情况\n"
        + sep.join(ITEMS)
        + f"\n自然人{sep}5{sep}1{sep}3{sep}0{sep}1{sep}4{sep}2\n总计{sep}6{sep}1{sep}4{sep}0{sep}1{sep}5{sep}2\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
    )
    cells = _requests(text)
    got = cells[("new_received", "total")]
    assert (got.raw, cells[("carried_forward", "natural_person")].raw) == ("6", "2")
    assert text[got.start : got.end] == "6"  # offsets in the report's own text


def test_a_head_with_its_corner_or_rows_of_other_widths_is_not_read_as_cornerless():
    t = get_template("gov2021").table("requests")
    with_corner = "申请人 " + " ".join(ITEMS) + "\n自然人 5 1 3 0 1 4 2\n"
    assert turned_without_corner(with_corner, t, 0, len(with_corner)) == []
    same_width = " ".join(ITEMS) + "\n5 1 3 0 1 4 2\n"  # no kind of applicant first: no turned row
    assert turned_without_corner(same_width, t, 0, len(same_width)) == []
    usual = "一、本年新收政府信息公开申请数量 31 0 5 2 5 6 49\n总计 1 2 3 4 5 6 7 8\n"
    assert turned_without_corner(usual, t, 0, len(usual)) == []


# ------------------------------------------------------------------ a province's outline numbers (3.1, 3.3.2)


def test_outline_numbers_before_labels_are_no_cells():
    text = (
        "三、收到和处理政府信息公开申请情况\n"
        "1.本年新收政府信息公开申请数量 5 0 0 0 0 0 5\n2.上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n"
        "3.本年度办理结果 3.1 予以公开 2 0 0 0 0 0 2\n3.2 部分公开 0 0 0 0 0 0 0\n"
        "3.3 不予公开 3.3.1 属于国家秘密 3 0 0 0 0 0 3\n3.3.2 其他法律行政法规禁止公开 0 0 0 0 0 0 0\n"
        "3.7 总计 5 0 0 0 0 0 5\n4.结转下年度继续办理 0 0 0 0 0 0 0\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
    )
    cells = _requests(text)
    assert cells[("partial", "total")].raw == "0"
    assert cells[("denied_state_secret", "natural_person")].raw == "3"
    assert cells[("granted", "total")].raw == "2"


def test_an_outline_number_is_found_only_before_a_label():
    assert outline_prefix("3.本年度办理结果 3.1 予以公开", 14) == 10
    assert outline_prefix("予以公开 0 3.3 属于", 13) == 13  # after a cell: a cell
    assert (
        outline_prefix("予以公开 12.5 属于", 13) == 13
    )  # an amount, not two numbers of an outline
    assert (
        outline_prefix("行政处罚\t0.0\t\n行政强制\t429", 10) == 10
    )  # a cell ending the line above
    assert outline_prefix("予以公开 2.0 属于", 12) == 12  # a part 0: a cell
    cols = get_template("gov2021").table("requests").columns
    assert not outline_number("部分公开 0 3.3\n", Token("3.3", 7, 10, "value"), cols)
    assert not outline_number("3.5 万元\n", Token("3.5", 0, 3, "value"), cols)
    amounts = get_template("gov2021").table("active").columns
    assert not outline_number("3.3 不予公开\n", Token("3.3", 0, 3, "value"), amounts)


# ------------------------------------------------------------------ ``—`` cells glued to their neighbours


def test_glued_dashes_of_table_four_are_a_cell_each():
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n"
        "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
        "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n"
        "——5 8 13—————3—3 32 38\n五、存在的主要问题及改进情况\n"
    )
    doc = read_document(text.encode("utf-8"), name="r.txt")
    cells = {
        (c.row_key, c.col_key): c
        for c in extract_cells(doc, template="gov2021")
        if c.table == "appeals"
    }
    assert (cells[("review", "upheld")].status, cells[("review", "total")].value) == ("dash", 13)
    assert cells[("suit_after_review", "total")].value == 38


def test_a_dash_run_stays_one_cell_when_the_count_says_so():
    row = [Token(x, i, i + len(x), "value") for i, x in enumerate(["——", "5"] * 5 + ["3"] * 5)]
    assert glued_dash_cells(row) == row  # fifteen tokens: each —— one cell
    few = row[:-1]
    assert glued_dash_cells(few) == few  # 14 + 5 runs = 19, not 15: left alone


# ------------------------------------------------------------------ a row of zeros OCR printed all as letters


def test_a_row_of_lone_o_letters_after_a_label_is_a_row_of_zeros():
    line = "10\t\t\t6.属于四类过程性信息\tO\to\to\tO\tO\tO\to\n"
    assert ocr_rows(line) == "10\t\t\t6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0\n"


@pytest.mark.parametrize(
    "line", ["甲 O o O\n", "O o O O O\n", "选项 O o x O O\n", "型号 O O O O 或 o\n"]
)
def test_other_rows_of_letters_are_left(line):
    assert ocr_rows(line) == line
