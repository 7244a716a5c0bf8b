"""The held-out table probes of ``tests/cases/table_probes14`` (written and labelled by
``bench/make_table_probes14.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right, none gets an error finding, and every planted error of the
``inconsistent`` probes is found."""

from __future__ import annotations

import random
from decimal import Decimal

from bench.make_table_probes3 import requests_grid
from bench.make_table_probes7 import gov
from bench.make_table_probes14 import columns_lines
from bench.table_probes14 import DIR
from tests.table_probe_cases import cells_and_findings_test
from textmine.tables.registry import get_template
from textmine.tables.step2_tokens import (
    _separated,
    _single_row_tokens,
    _space_parts,
    _tab_line_tokens,
    _tab_parts,
)
from textmine.tables.step5_placing import _column_value_lines, _placeholder_or_value_lines

test_probe_cells_and_findings = cells_and_findings_test(DIR)


# ------------------------------------------------------------------ a lone - is a dash cell in a table of counts


def test_lone_minus_is_a_dash_cell_without_a_change_column():
    raws = [t.raw for t in _separated("予以公开\t-\t12\t - \t12", 0, 99, "\t", signs=False)]
    assert raws == ["-", "12", "-", "12"]


def test_minus_cell_still_signs_the_2019_change():
    assert [t.raw for t in _separated("行政强制\t90\t-\t3\t68", 0, 99, "\t")] == ["90", "-3", "68"]
    assert [t.raw for t in _separated("行政强制\t90\t减\t3\t68", 0, 99, "\t", signs=False)] == ["90", "-3", "68"]


# ------------------------------------------------------------------ table 四 under a sheet's empty first column

HEAD4 = "\t行政复议\t行政诉讼\n\t结果维持\t总计\n"


def test_empty_first_column_is_no_cell_of_table_four():
    values = [str(x) for x in (3, 0, 1, 0, 4, 2, 0, 0, 0, 2, 0, 1, 0, 0, 1)]
    t = HEAD4 + "\t" + "\t".join(values) + "\n"
    assert [x.raw for x in _single_row_tokens(t, 0, len(t)) if x.kind == "value"] == values


def test_empty_first_piece_of_a_fifteen_piece_row_stays_a_blank_cell():
    values = [str(x) for x in (0, 1, 0, 4, 2, 0, 0, 0, 2, 0, 1, 0, 0, 1)]
    t = HEAD4 + "\t" + "\t".join(values) + "\n"
    raws = [x.raw for x in _single_row_tokens(t, 0, len(t)) if x.kind == "value"]
    assert len(raws) == 15 and raws[0] == "" and raws[1:] == values


# ------------------------------------------------------------------ table 四 in two halves one under the other


def test_labelled_tab_halves_make_one_row():
    first = "件数\t" + "\t".join("1" * 7)
    t = first + "\n\t复议后起诉\n\t总计\n件数\t" + "\t".join("2" * 8) + "\n"
    out = _tab_parts(t, len(first) + 1, len(t), _tab_line_tokens(t, 0, first), first)
    assert [x.raw for x in out] == ["1"] * 7 + ["2"] * 8


def test_a_line_of_other_words_is_no_half():
    first = "件数\t" + "\t".join("1" * 7)
    t = first + "\n\t总计\n说明\t" + "\t".join("2" * 8) + "\n"
    tokens = _tab_line_tokens(t, 0, first)
    assert _tab_parts(t, len(first) + 1, len(t), tokens, first) is tokens


def test_space_halves_make_one_row():
    t = "数量 1 0 1 0 2 0 0 0 0 0\n续表\n复议后起诉\n结果维持 总计\n数量 3 0 0 0 3\n五、"
    first = _separated(t, 0, 22, " ", whole=True)
    assert [x.raw for x in _space_parts(t, 23, len(t), first, "数量")][-5:] == ["3", "0", "0", "0", "3"]


def test_space_halves_that_do_not_make_fifteen_are_not_joined():
    t = "数量 1 0 1 0 2 0 0 0 0 0\n续表\n数量 3 0 0 3\n"
    first = _separated(t, 0, 22, " ", whole=True)
    assert _space_parts(t, 23, len(t), first, "数量") is first


# ------------------------------------------------------------------ table 三 read by columns, one line a column

T21 = get_template("gov2021").table("requests")
REQUIRED = [r for r in T21.rows if not r.optional]


def _columns_text() -> str:
    v = gov("gov2021", random.Random(14), fees=Decimal("0"), factor=3)
    return columns_lines(requests_grid("gov2021", v))


def test_one_line_per_column_is_read_across():
    text = _columns_text()
    rows, lines = _column_value_lines(text, 0, len(text), T21, REQUIRED)
    assert len(lines) == len(rows) and all(len(line) == 7 for line in lines)


def test_column_lines_whose_totals_do_not_add_up_are_not_read_across():
    text = _columns_text()
    lines = text.split("\n")
    lines[-1], lines[-2] = lines[-2], lines[-1]  # the 总计 column's line swapped with 其他's
    text = "\n".join(lines)
    assert _column_value_lines(text, 0, len(text), T21, REQUIRED) is None


def _dash_column_text(*, keep_totals: bool) -> str:
    """Table 三 by columns whose 科研机构 column holds only zeros printed ``-`` (with ``keep_totals``
    False the 总计 column still counts the numbers the column held: the rows no longer add up)."""
    v = gov("gov2021", random.Random(7), fees=Decimal("0"), factor=3)
    for key in [k for k in v if k[0] == "requests" and k[2] == "research"]:
        if keep_totals:
            v[(key[0], key[1], "total")] -= v[key]
        v[key] = "-"
    return columns_lines(requests_grid("gov2021", v))


def test_dash_column_lines_read_across():
    text = _dash_column_text(keep_totals=True)
    assert "\n- - -" in text
    rows, lines = _column_value_lines(text, 0, len(text), T21, REQUIRED)
    assert [x.raw for x in lines[0]][2] == "-"  # 新收's 科研机构 cell


def test_dash_column_lines_that_do_not_add_up_are_not_read_across():
    v = gov("gov2021", random.Random(7), fees=Decimal("0"), factor=3)
    assert any(v[k] for k in v if k[0] == "requests" and k[2] == "research")
    text = _dash_column_text(keep_totals=False)
    assert _column_value_lines(text, 0, len(text), T21, REQUIRED) is None


def test_a_line_with_words_is_no_column_line():
    lines = _placeholder_or_value_lines("3 0 3\n说明 0 3\n—\n- -\n", 0, 19)
    assert [[x.raw for x in line] for line in lines] == [["3", "0", "3"], ["-", "-"]]
