"""The held-out table probes of ``tests/cases/table_probes18`` (written and labelled by
``bench/make_table_probes18.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right, none gets an error finding, and every planted error of the
``inconsistent`` probes is found."""

from __future__ import annotations

import pytest

from bench.table_probes18 import DIR
from tests.table_probe_cases import cells_and_findings_test
from textmine.tables.cells import chinese_count, read_cell
from textmine.tables.records import Region
from textmine.tables.registry import get_template
from textmine.tables.step2_tokens import (
    _space_tokens,
    single_space_blanks,
    tokenise_text,
    with_space_blanks,
)
from textmine.tables.step3_readings import block_orders

test_probe_cells_and_findings = cells_and_findings_test(DIR)


# ------------------------------------------------------------------ a count in Chinese numerals


@pytest.mark.parametrize("raw,value", [("三", 3), ("十", 10), ("十二", 12), ("二十五", 25), ("一百零五", 105)])
def test_a_cell_in_chinese_numerals_is_its_count(raw, value):
    assert read_cell(raw) == (value, "number", None)


@pytest.mark.parametrize("raw", ["十二五", "一一", "三五", "三、", "三个", "第三", "两"])
def test_other_chinese_numerals_stay_text(raw):
    assert chinese_count(raw) is None
    assert read_cell(raw)[1] == "text"


# ------------------------------------------------------------------ table 二's heads 制发件数 / 废止件数


def _orders(text: str):
    spec = get_template("gov2021").table("active")
    return block_orders(text, spec, tokenise_text(text, Region(spec, 0, len(text))))


def test_short_heads_order_table_two_columns():
    t = "信息内容 废止件数 制发件数 现行有效件数\n规章 1 5 20\n行政规范性文件 0 3 41\n"
    assert _orders(t) == {0: ["repealed", "issued", "in_force"], 1: ["repealed", "issued", "in_force"]}


def test_short_heads_in_the_template_order_change_nothing():
    assert _orders("信息内容 制发件数 废止件数 现行有效件数\n规章 5 1 20\n") == {}
    assert _orders("信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 5 1 20\n") == {}


# ------------------------------------------------------------------ a blank printed as one space


def test_single_space_blanks_signature():
    rows = "予以公开 3 1 0 2 6\n部分公开 3   1 0   4\n"
    assert single_space_blanks(rows, 0, len(rows))


@pytest.mark.parametrize("rows", [
    "予以公开 3  1  0   2 6\n部分公开 3 1 0 4\n",  # columns aligned by runs of spaces (an even gap)
    "予以公开   3   1   0\n部分公开   2   1   1\n",  # every gap three spaces: the separator, no blanks
    "予以公开\t3\t\t1\n部分公开 3   1 0 4\n",  # TAB rows
])
def test_no_single_space_blanks_in_aligned_or_tab_rows(rows):
    assert not single_space_blanks(rows, 0, len(rows))


def test_blank_cells_printed_as_one_space_are_kept():
    t = "部分公开   3   1 0     2  \n"
    got = [x.raw for x in with_space_blanks(t, 4, _space_tokens(t, 4, len(t)))]
    assert got == ["", "3", "", "1", "0", "", "", "2", ""]


def test_a_row_with_an_even_gap_is_left_as_read():
    t = "部分公开 3  1 0\n"
    assert [x.raw for x in with_space_blanks(t, 4, _space_tokens(t, 4, len(t)))] == ["3", "1", "0"]
