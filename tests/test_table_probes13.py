"""The held-out table probes of ``tests/cases/table_probes13`` (written and labelled by
``bench/make_table_probes13.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right, none gets an error finding, and every planted error of the
``inconsistent`` probes is found."""

from __future__ import annotations

import json

import pytest

from bench.table_probes3 import wrong_cells
from bench.table_probes13 import DIR
from tests.test_tables import by_key, make_doc
from textmine.pipeline import read
from textmine.tables import extract_cells
from textmine.tables.cells import read_cell
from textmine.tables.records import Token
from textmine.tables.registry import get_template
from textmine.tables.step2_tokens import (
    _first_cell_digit,
    _fit,
    _separated,
    _unsplit_change,
    token_pattern,
)

EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))
T19 = get_template("gov2019")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_cells_and_findings(name):
    probe = EXPECTED[name]
    report = read(DIR / probe["file"])
    wrong, _ = wrong_cells(probe, report)
    assert wrong == []
    errors = {f.check_id for f in report.finding_records if f.severity == "error"}
    assert errors == set(probe["expected_errors"])


def _cells(*raws: str) -> list[Token]:
    return [Token(x, 0, 0, "value") for x in raws]


# ------------------------------------------------------------------ a zero typed as the letter O


def test_letter_o_standing_as_a_cell_is_zero():
    assert read_cell("O")[:2] == (0, "number")
    kinds = [m.lastgroup for m in token_pattern().finditer("O 3 O") if m.lastgroup != "ws"]
    assert kinds == ["zero", "num", "zero"]


def test_letter_o_inside_a_word_is_no_zero():
    assert read_cell("OA")[1] == "text"
    kinds = [m.lastgroup for m in token_pattern().finditer("OA系统 O2O") if m.lastgroup != "ws"]
    assert "zero" not in kinds


def test_table_four_row_opening_with_letter_o():
    assert _first_cell_digit("复议\nO O 4").start() == 3
    assert _first_cell_digit("OA系统 3").group() == "3"


# ------------------------------------------------------------------ a caption between heads and row


def test_caption_number_is_no_cell():
    assert _first_cell_digit("总计\n表4 行政复议、行政诉讼情况\n3 0 3").start() == len("总计\n表4 行政复议、行政诉讼情况\n")


def test_digit_after_a_word_ending_in_biao_is_a_cell():
    # 列表 / 图表 are no caption's 表N
    assert _first_cell_digit("列表3 0 3").group() == "3"


# ------------------------------------------------------------------ a 备注 column after the values


def test_trailing_remark_cell_dropped_after_covered_label_cells():
    assert [t.raw for t in _fit(_cells("", "", "80", "8", "106", ""), 3)] == ["80", "8", "106"]
    assert [t.raw for t in _fit(_cells("", "0", "2", "2", "已转信访部门"), 3)] == ["0", "2", "2"]


def test_extra_number_is_no_remark():
    # a fourth number is no remark: the row keeps its first cells as before
    assert [t.raw for t in _fit(_cells("", "0", "2", "2", "5"), 3)] == ["", "0", "2"]
    assert [t.raw for t in _fit(_cells("", "", "3", "4", "7"), 3)] == ["3", "4", "7"]


# ------------------------------------------------------------------ 本年增/减 as direction + magnitude


def test_direction_cell_joins_its_magnitude():
    assert [t.raw for t in _separated("行政强制\t90\t减\t3\t68", 0, 99, "\t")] == ["90", "-3", "68"]
    assert [t.raw for t in _separated("行政处罚\t90\t增\t3\t68", 0, 99, "\t")] == ["90", "3", "68"]


def test_direction_word_before_text_stays_a_cell():
    assert [t.raw for t in _separated("其他\t减\t见附件", 0, 99, "\t")] == ["减", "见附件"]


def test_empty_direction_cell_dropped_only_with_a_surplus_cell():
    t = T19.table("active")
    cols = t.row_columns(next(r for r in t.rows if r.key == "licensing"))
    assert [x.raw for x in _unsplit_change(_cells("2955", "", "0", "50"), cols)] == ["2955", "0", "50"]
    assert [x.raw for x in _unsplit_change(_cells("2955", "", "50"), cols)] == ["2955", "", "50"]
    rules = t.row_columns(next(r for r in t.rows if r.key == "rules"))
    assert [x.raw for x in _unsplit_change(_cells("1", "", "2", "3"), rules)] == ["1", "", "2", "3"]


# ------------------------------------------------------------------ labels first, then the value lines

ACTIVE_LABELS_FIRST = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n"
                       "行政规范性文件\n第二十条第（五）项\n信息内容\n本年处理决定数量\n行政许可\n第二十条第（六）项\n信息内容\n"
                       "本年处理决定数量\n行政处罚\n行政强制\n第二十条第（八）项\n信息内容\n本年收费金额（单位：万元）\n行政事业性收费\n"
                       "{values}三、收到和处理政府信息公开申请情况\n")


def test_value_lines_of_the_rows_widths_read_by_order():
    doc = make_doc(ACTIVE_LABELS_FIRST.format(values="5 0 12\n0 17 40\n3\n71\n0\n3.5\n"))
    cells = by_key(extract_cells(doc, template="gov2021"))
    assert cells["active", "rules", "issued"].value == 5
    assert cells["active", "normative_docs", "repealed"].value == 17
    assert str(cells["active", "fees", "amount"].value) == "3.5"


def test_value_lines_of_other_widths_not_read_by_order():
    doc = make_doc(ACTIVE_LABELS_FIRST.format(values="5 0 12\n0 17\n3\n71\n0\n3.5\n"))
    cells = by_key(extract_cells(doc, template="gov2021"))
    assert cells["active", "normative_docs", "repealed"].value != 17
