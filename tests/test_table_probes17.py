"""The held-out table probes of ``tests/cases/table_probes17`` (written and labelled by
``bench/make_table_probes17.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right, none gets an error finding, and every planted error of the
``inconsistent`` probes is found."""

from __future__ import annotations

import json

import pytest

from bench.table_probes3 import wrong_cells
from bench.table_probes17 import DIR
from textmine.ingest import read_document
from textmine.model import Table
from textmine.pipeline import read
from textmine.tables import extract_cells
from textmine.tables.registry import get_template
from textmine.tables.step2_grids import read_grid, turned_single_row

EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))
APPEALS = get_template("gov2021").table("appeals")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_cells_and_findings(name):
    probe = EXPECTED[name]
    report = read(DIR / probe["file"])
    wrong, _ = wrong_cells(probe, report)
    assert wrong == []
    errors = {f.check_id for f in report.finding_records if f.severity == "error"}
    assert errors == set(probe["expected_errors"])


# ------------------------------------------------------------------ table 四 turned: a row per result, its 总计 first

TURNED_HEAD = ["结果", "行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]
TURNED_ROWS = [["总计", "7", "3", "1"], ["结果维持", "4", "1", "0"], ["结果纠正", "1", "0", "0"],
               ["其他结果", "2", "0", "1"], ["尚未审结", "0", "2", "0"]]


def _cells(rows) -> dict[tuple[str, str], str]:
    return {(fr.row.key, col): c.raw for fr in rows for col, c in fr.cells.items()}


@pytest.mark.parametrize("sep", ["\t", " "])
def test_turned_appeals_read_where_labels_meet(sep):
    text = "\n".join(sep.join(r) for r in [TURNED_HEAD, *TURNED_ROWS]) + "\n"
    got = _cells(turned_single_row(text, APPEALS, 0, len(text)))
    assert got[("review", "total")] == "7" and got[("review", "upheld")] == "4"  # 总计 first is still 总计
    assert got[("suit_direct", "pending")] == "2" and got[("suit_after_review", "other")] == "1"
    assert len(got) == 15


def test_turned_appeals_in_a_grid():
    got = _cells(read_grid(Table(rows=[TURNED_HEAD, *TURNED_ROWS], source="html"), "gov2021", APPEALS))
    assert got[("review", "total")] == "7" and got[("suit_direct", "total")] == "3" and len(got) == 15


def test_turned_appeals_whole_report():
    body = "\n".join("\t".join(r) for r in [TURNED_HEAD, *TURNED_ROWS])
    text = "四、政府信息公开行政复议、行政诉讼情况\n" + body + "\n五、存在的主要问题及改进情况\n无。\n"
    cells = {(c.row_key, c.col_key): c.value for c in extract_cells(read_document(text.encode("utf-8"), name="r.txt"), template="gov2021")
             if c.table == "appeals"}
    assert cells[("review", "total")] == 7 and cells[("suit_after_review", "upheld")] == 0


def test_appeals_in_their_usual_layout_are_not_turned():
    usual = ("行政复议\t\t\t\t\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
             + "\t".join(["1", "0", "0", "1", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"]) + "\n")
    assert turned_single_row(usual, APPEALS, 0, len(usual)) == []


def test_turned_appeals_missing_a_result_row_are_not_read_by_labels():
    rows = [TURNED_HEAD, *TURNED_ROWS[:-1]]  # 尚未审结 not printed: no row whole
    text = "\n".join("\t".join(r) for r in rows) + "\n"
    assert turned_single_row(text, APPEALS, 0, len(text)) == []

