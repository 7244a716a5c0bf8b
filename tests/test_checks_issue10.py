"""Cell and prose rules of issue 10 item 5, each with a value that must fire and one that must not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from textmine.checks import check_cells, check_prose
from textmine.model import Cell, Fact
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
