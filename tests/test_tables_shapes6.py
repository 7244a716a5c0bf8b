"""Table readings the consistency-check probes found wrong (issue 10, tables6).

* A failed identity whose cells every admissible reading of their rows gives the same value fails
  whatever the reading: it is the report's error, not a doubt about our reading
  (``agreed_columns``, ``AGREED_NOTE``); an identity whose failure depends on the open choice
  stays a READING-UNCERTAIN warning.
* A row printed with fewer cells than columns in a table that shows its empty cells is read as
  printed with its 总计 left blank when that (each blank 总计 the sum of its row) makes every
  identity hold, rather than cutting a number to fill the row.
* A placeholder (不涉及, 不适用, 无此项, —) right after a row label is the row's first cell, never
  the rest of a wrapped label.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from textmine.checks import check_cells
from textmine.model import Document
from textmine.tables import extract_cells
from textmine.tables.labels import RowHit, _placeholder_after
from textmine.tables.records import AGREED_NOTE, Piece, Region
from textmine.tables.registry import RowSpec, get_template
from textmine.tables.step2_tokens import tokenise_text
from textmine.tables.step4_scoring import T3_PARTS, _blank_totals, agreed_columns, row_rule

CASES = Path(__file__).resolve().parent / "cases"
COLS = ["natural_person", *T3_PARTS[1:], "total"]
REQUESTS = get_template("gov2021").table("requests")


def _doc(text: str) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)


def _cells(path: Path):
    return extract_cells(_doc(path.read_text(encoding="utf-8")))


def _one(at: int, value: str = "1") -> list[Piece]:
    """``11`` read as ``value`` at applicant column ``at`` and the same 总计."""
    return [Piece(value, 0, 1, True) if i in (at, 6) else Piece("", -1, -1) for i in range(7)]


# ---- cells every reading agrees on ------------------------------------------------------------


def test_the_total_of_a_run_every_placement_shares_is_agreed() -> None:
    rule = row_rule("gov2021", "requests")
    agreed = agreed_columns(rule, "granted", COLS, _one(2), [_one(i) for i in range(6)])
    assert agreed == {"total"}  # must fire: 总计 is 1 in every placement
    assert "natural_person" not in agreed  # must not: which applicant holds the 1 is open


def test_readings_the_row_identity_rejects_do_not_unsettle_a_cell() -> None:
    rule = row_rule("gov2021", "requests")
    whole = [Piece("11", 0, 2)] + [Piece("", -1, -1)] * 6  # 自然人 11, 总计 blank: fails T3-C
    assert "total" in agreed_columns(rule, "granted", COLS, _one(0), [_one(0), _one(3), whole])


def test_a_row_no_reading_fits_agrees_on_nothing() -> None:
    # must not fire: 473888 read left to right is a fallback, not every reading of the run
    rule = row_rule("gov2021", "requests")
    whole = [Piece("473888", 0, 6)] + [Piece("", -1, -1)] * 6
    assert agreed_columns(rule, "new_received", COLS, whole, [whole]) == frozenset()


def test_a_chosen_reading_off_the_others_agrees_on_nothing_it_differs_in() -> None:
    rule = row_rule("gov2021", "requests")
    assert "total" not in agreed_columns(rule, "granted", COLS, _one(0, "2"), [_one(0), _one(3)])


def test_an_identity_failing_in_every_reading_is_the_reports_error() -> None:
    cells = _cells(CASES / "checks_probes" / "39-runbig-2021-t3-b.txt")
    total = next(c for c in cells if c.table == "requests" and c.row_key == "granted" and c.col_key == "total")
    assert AGREED_NOTE in (total.note or "")
    findings = check_cells(cells, template="gov2021")
    errors = [f for f in findings if f.severity == "error"]
    # must fire: the 总计 column fails (57 against 56) whichever applicant column holds each run
    assert [(f.check_id, "column 总计" in f.message) for f in errors] == [("T3-B", True)]
    # must not: the applicant columns whose failure depends on the open placement stay doubts
    doubts = [f for f in findings if f.check_id == "READING-UNCERTAIN"]
    assert doubts and all("column 总计" not in f.message for f in doubts)


# ---- a short row read with its 总计 blank --------------------------------------------------------


def test_a_short_row_is_read_as_printed_when_a_blank_total_fits_the_table() -> None:
    cells = _cells(CASES / "checks_probes" / "54-crlf-2021-ok-blanktotals.txt")
    got = {(c.row_key, c.col_key): c for c in cells if c.table == "requests"}
    assert got["unable_not_held", "natural_person"].value == 10  # not cut into 1 | 0
    assert got["unable_needs_creation", "natural_person"].value == 119
    assert got["other_no_fee", "natural_person"].value == 105
    assert got["other_no_fee", "total"].value is None
    findings = check_cells(cells, template="gov2021")
    assert not [f for f in findings if f.severity == "error" or f.check_id == "READING-UNCERTAIN"]


def test_a_cut_reading_that_fits_the_table_is_kept() -> None:
    # must not fire: 1 | 0 | … with 总计 1 holds already; the printed 10 with a blank 总计 is no better
    cut = [Piece("1", 0, 1, True), Piece("0", 1, 2, True), *[Piece("0", 3, 4)] * 4, Piece("1", 5, 6)]
    printed = [Piece("10", 0, 2), *[Piece("0", 3, 4)] * 4, Piece("1", 5, 6)]
    assert _blank_totals("gov2021", "requests", {"granted": cut}, {"granted": COLS}, {"granted": printed}) == set()


def test_a_blank_total_that_leaves_the_table_failing_is_not_taken() -> None:
    # must not fire: 予以公开 10 with a blank 总计 does not make the table's identities hold
    cols = {r: COLS for r in ("new_received", "granted", "total_processed")}
    chosen = {
        "new_received": [Piece("1", 0, 1, True), Piece("0", 1, 2, True), *[Piece("0", 3, 4)] * 4, Piece("1", 5, 6)],
        "granted": [Piece("1", 0, 1), *[Piece("0", 3, 4)] * 5, Piece("1", 5, 6)],
        "total_processed": [Piece("1", 0, 1), *[Piece("0", 3, 4)] * 5, Piece("1", 5, 6)],
    }
    printed = {"granted": [Piece("10", 0, 2), *[Piece("0", 3, 4)] * 5]}
    assert _blank_totals("gov2021", "requests", chosen, cols, printed) == set()


# ---- placeholders are cells --------------------------------------------------------------------


def _hit(text: str, label: str) -> RowHit:
    return RowHit(0, RowSpec("x", label), 0, len(label), len(text))


@pytest.mark.parametrize("word", ["不涉及", "不适用", "无此项", "—", "/"])
def test_a_placeholder_after_a_label_is_a_cell(word: str) -> None:
    text = f"属于行政执法案卷\n{word}\n0\n"
    assert _placeholder_after(text, _hit(text, "属于行政执法案卷"))


@pytest.mark.parametrize("rest", ["信息", "不涉及的信息"])
def test_text_after_a_label_that_is_no_placeholder_may_wrap(rest: str) -> None:
    text = f"属于行政执法案卷\n{rest}\n0\n"
    assert not _placeholder_after(text, _hit(text, "属于行政执法案卷"))


def test_placeholders_keep_the_column_count() -> None:
    text = ("三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n"
            "法律服务机构\n其他\n6.属于四类过程性信息\n0\n0\n0\n0\n0\n0\n0\n7.属于行政执法案卷\n不涉及\n0\n不涉及\n2\n"
            "不涉及\n不涉及\n2\n8.属于行政查询事项\n0\n0\n0\n0\n0\n0\n0\n")
    tokens = tokenise_text(text, Region(REQUESTS, 0, len(text)))
    row = next(r for r in tokens.rows if r.hit.row.key == "denied_enforcement_file")
    assert [t.raw for t in row.values] == ["不涉及", "0", "不涉及", "2", "不涉及", "不涉及", "2"]
    assert row.hit.label(text) == "7.属于行政执法案卷"
