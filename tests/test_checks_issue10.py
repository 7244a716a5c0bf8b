"""Cell and prose rules of issue 10 item 5, each with a value that must fire and one that must not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from textmine.checks import check_cells, check_prose
from textmine.model import Cell, Document, Fact
from textmine.tables.cells import read_cell


def _cell(table, row, col, value, template="gov2021", status="number", raw=None):
    return Cell(template, table, row, col, value, raw if raw is not None else str(value), status)


@pytest.mark.parametrize(
    ("template", "row", "col", "value", "fires"),
    [
        ("gov2021", "licensing", "decisions", -3, True),  # a negative count
        ("gov2021", "normative_docs", "issued", Decimal("2.5"), True),  # a fractional count
        ("gov2021", "fees", "amount", Decimal("-1.2"), True),  # a negative 收费金额
        ("gov2021", "fees", "amount", Decimal("1.25"), False),  # amounts may have decimals
        ("gov2021", "licensing", "decisions", 12, False),
        ("gov2019", "licensing", "change", -4, False),  # 本年增/减 carries a sign
        ("gov2019", "licensing", "change", Decimal("1.5"), True),  # …but counts items
        ("gov2019", "procurement", "amount", Decimal("187321.5"), False),
        ("gov2019", "procurement", "items", -1, True),
    ],
)
def test_table_two_values_that_cannot_be(template, row, col, value, fires):
    cells = [_cell("active", row, col, value, template=template)]
    found = [f for f in check_cells(cells, template=template) if f.check_id == "T2-E"]
    assert bool(found) == fires
    if fires:
        assert found[0].severity == "error" and "(T2-E," in found[0].message


@pytest.mark.parametrize(
    ("raw", "status"),
    [("不适用", "dash"), ("不涉及", "none_word"), ("无此项", "none_word"), ("无", "none_word"),
     ("适用", "text"), ("不涉及事项", "text"), ("0", "number")],
)
def test_placeholder_words_are_not_text(raw, status):
    assert read_cell(raw)[1] == status


def _fact(value, counted, indicator="new_received", text=None):
    return Fact(1, 1, value, "件", None, counted, indicator, text or f"{counted}{value}件", 0, 5)


def _requests(new_total, processed_total):
    return [_cell("requests", "new_received", "total", new_total),
            _cell("requests", "total_processed", "total", processed_total)]


@pytest.mark.parametrize(
    ("counted", "value", "fires"),
    [
        ("答复政府信息公开申请", 18, True),  # 办理结果总计 is 20
        ("答复政府信息公开申请", 20, False),
        ("办结政府信息公开申请", 19, True),
        ("办理政府信息公开申请", 20, False),
        ("收到政府信息公开申请", 25, False),  # 新收 is 25, as today
        ("收到政府信息公开申请", 20, True),
        ("收到并办结政府信息公开申请", 25, False),  # a receipt phrase stays 新收
        ("申请人主动撤回申请", 2, False),  # a withdrawn count is never a total
    ],
)
def test_prose_totals_of_answered_requests_meet_the_outcome_total(counted, value, fires):
    findings = check_prose([_fact(value, counted)], _requests(25, 20), template="gov2021")
    assert bool(findings) == fires
    if fires:
        assert findings[0].check_id == "PROSE-TABLE"


def test_a_subset_of_the_answers_is_not_the_outcome_total():
    # the facts stage calls it granted (予以公开 总计 is not printed here): never 办理结果总计
    fact = _fact(9, "所有办结的信息公开申请中同意公开答复", indicator="granted")
    assert check_prose([fact], _requests(25, 20), template="gov2021") == []


def test_a_handled_appeal_is_not_the_outcome_total():
    fact = Fact(1, 1, 36, "起", None, "办理因政府信息公开申请引发的行政复议", None, "行政复议36起", 0, 5)
    assert check_prose([fact], _requests(25, 20), template="gov2021") == []


# ---- a table present in any shape is never TABLE-MISSING ---------------------------------

APPEALS_HEADER = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 "
                  "未经复议直接起诉 复议后起诉\n")


def _check_text(text: str) -> list[str]:
    from textmine.tables import extract_cells

    doc = Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)
    return [f.check_id for f in check_cells(extract_cells(doc, template="gov2021"), template="gov2021")]


def test_a_printed_table_whose_cells_cannot_be_read_is_unread_not_missing():
    ids = _check_text(APPEALS_HEADER + "（本表数据见附件）\n五、存在的主要问题及改进情况\n")
    assert "TABLE-UNREAD" in ids
    assert ids.count("TABLE-MISSING") == 2  # 表二 and 表三 are not printed at all


def test_a_table_not_printed_is_still_missing():
    ids = _check_text("四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议和行政诉讼。\n")
    assert "TABLE-UNREAD" not in ids and ids.count("TABLE-MISSING") == 3


# ---- a failure on an unsettled reading is a warning about the reading ---------------------


def _t3c(note: str | None, inferred: bool) -> list:
    cols = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")
    cells = [Cell("gov2021", "requests", "granted", c, 3 if c == "natural_person" else None,
                  "3" if c == "natural_person" else "", "number" if c == "natural_person" else "blank",
                  inferred=inferred, note=note) for c in cols]
    cells.append(Cell("gov2021", "requests", "granted", "total", 33, "33", "number", inferred=inferred, note=note))
    return [f.check_id for f in check_cells(cells, template="gov2021")]


def test_failure_on_unsettled_inferred_cells_is_a_reading_warning():
    note = ("digit run split by plausibility: 4 readings fit the identities; "
            "another reading of this run would satisfy an identity this reading fails")
    ids = _t3c(note, inferred=True)
    assert "READING-UNCERTAIN" in ids and "T3-C" not in ids


def test_failure_on_one_unsettled_run_among_printed_cells_is_a_reading_warning():
    # 总计 printed in its own cell, 自然人 split out of a run that another reading would fix
    note = ("digit run split by plausibility: 4 readings fit the identities; "
            "another reading of this run would satisfy an identity this reading fails")
    cols = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")
    cells = [Cell("gov2021", "requests", "granted", c, 3 if c == "natural_person" else None,
                  "3" if c == "natural_person" else "", "number" if c == "natural_person" else "blank",
                  inferred=c == "natural_person", note=note if c == "natural_person" else None) for c in cols]
    cells.append(Cell("gov2021", "requests", "granted", "total", 33, "33", "number"))
    findings = check_cells(cells, template="gov2021")
    ids = [f.check_id for f in findings]
    assert "READING-UNCERTAIN" in ids and "T3-C" not in ids
    assert all(f.severity == "warning" for f in findings if f.check_id == "READING-UNCERTAIN")
    # the same cells printed (not inferred) stay the report's error
    printed = [Cell(c.template, c.table, c.row_key, c.col_key, c.value, c.raw, c.status) for c in cells]
    assert "T3-C" in [f.check_id for f in check_cells(printed, template="gov2021")]


@pytest.mark.parametrize(("note", "inferred"), [
    (None, False),  # printed cells: the report's error
    ("digit run split: the only reading without leading zeros", True),  # one reading only
    ("digit run split by plausibility: 4 readings fit the identities", True),  # no reading passes
])
def test_failure_on_printed_or_settled_cells_stays_an_error(note, inferred):
    ids = _t3c(note, inferred=inferred)
    assert "T3-C" in ids and "READING-UNCERTAIN" not in ids
