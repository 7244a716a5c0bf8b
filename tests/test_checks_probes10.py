"""Issue 10, tenth held-out set (``tests/cases/checks_probes10``, ``bench/make_checks_probes10.py``) and
the principles its failures asked for, each with a case that must fire and one that must not.

* an outcome group of table 三 named in prose (不予公开N件, 无法提供N件, 不予处理N件) restates the sum of its
  rows' 总计: the 2021 and 2019 formats print the group's reasons, not the group (PROSE-TABLE);
* a row whose cells were cut out of numbers the report printed apart (the split cells of several numbers
  printed between separators, or a split cell beside a number printed whole) may have lost empty cells
  instead: how many cells each number holds is our guess, so a failed identity on them is READING-UNCERTAIN,
  never an error; the cells of one run printed without separators stay as read.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench.checks_probes import DOUBTS, findings_by_probe, judge, misjudged
from textmine.checks import check_prose
from textmine.facts import extract_facts
from textmine.model import Cell, Sentence
from textmine.tables.records import Piece, split_apart

DIR = Path(__file__).resolve().parent / "cases" / "checks_probes10"
EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))


# ---- the held-out set ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def found():
    return findings_by_probe(DIR)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_tenth_held_out_probe_errors_accuse_only_what_is_wrong(name, found):
    probe = EXPECTED[name]
    assert misjudged(probe, found[name]) is None, misjudged(probe, found[name])
    if not probe["planted"] and not probe["ambiguous"]:
        doubts = [f["message"] for f in found[name] if f["severity"] != "error" and f["check_id"] in DOUBTS]
        assert not doubts
    if not probe["planted"] and probe["ambiguous"]:
        # a table whose empty cells vanished: a failed identity is a doubt naming the reading
        assert all(f["check_id"] == "READING-UNCERTAIN" for f in found[name] if f["check_id"] in DOUBTS)


def test_the_tenth_set_is_labelled_and_holds_its_shapes():
    planted = [p for p in EXPECTED.values() if p["planted"]]
    assert len(EXPECTED) >= 100 and len(planted) >= 30 and len(EXPECTED) - len(planted) >= 60
    ids = {i for p in planted for i in p["planted"]["check_ids"]}
    assert {"T3-A", "T3-B", "T3-C", "T3-C-sub", "T3-D", "T2-E", "T4-A", "P-1", "P-5", "P-6", "P-7", "T3-E", "T2-B",
            "PROSE-TABLE", "PROSE-YEAR", "PROSE-PERCENT"} <= ids
    assert {p["template"] for p in EXPECTED.values()} == {"gov2021", "gov2019", "gov2014"}
    assert {p["year"] for p in EXPECTED.values() if p["template"] != "gov2014"} >= set(range(2019, 2026))
    assert sum(p["ambiguous"] for p in EXPECTED.values()) >= 5
    pairs = {p["pair"] for p in EXPECTED.values() if p.get("pair")}
    assert len(pairs) >= 10
    assert len({p["issuer"][:2] for p in EXPECTED.values()}) >= 10


def test_the_tenth_set_figures(found):
    """Batch A (68) untuned (main 0f5356d): 16 errors, 15 right (precision 0.938), 24/25 found, 1 false error
    (T3-C on a CR-collapsed 2019 table whose (七)总计 44 / 72 / 116 were cut into seven digits), doubts 2 on
    consistent probes / 1 beside the planted one. After batch A's fixes: 15 errors, all right, 25/25, no
    false error; the doubts left are READING-UNCERTAIN on two tables whose empty cells vanished, and the
    维持 half of a planted 维持/纠正 swap (both halves disagree with table 四)."""
    total: Counter[str] = Counter()
    for probe_name, probe in EXPECTED.items():
        total += judge(probe, found[probe_name])
    assert total["errors"] == total["right"] and total["found"] == total["planted"]
    assert total["false error probes"] == 0
    uncertain = sum(1 for p in EXPECTED.values() if p["ambiguous"] and not p["planted"])
    assert total["warn"] <= uncertain


# ---- prose against table 三's outcome groups ----------------------------------------------------


def _facts(text: str):
    return extract_facts(text, [Sentence(1, None, "overview", text, 0, len(text))], template="gov2021")


def _groups() -> list[Cell]:
    values = {"new_received": 20, "carried_over": 0, "total_processed": 20, "carried_forward": 0, "granted": 5,
              "partial": 2, "denied_state_secret": 1, "denied_process_info": 3, "unable_not_held": 4,
              "unable_unclear": 1, "rejected_complaint": 2, "rejected_repeat": 2}
    rows = [f"denied_{k}" for k in ("state_secret", "law_prohibited", "three_safety", "third_party",
                                    "internal_affairs", "process_info", "enforcement_file", "query")]
    rows += ["unable_not_held", "unable_needs_creation", "unable_unclear", "rejected_complaint", "rejected_repeat",
             "rejected_publication", "rejected_mass", "rejected_confirm"]
    values = {r: 0 for r in rows} | values
    return [Cell("gov2021", "requests", row, "total", v, str(v), "number") for row, v in values.items()]


def _prose(text: str) -> list[str]:
    got = check_prose(_facts(text), _groups(), template="gov2021", text=text, year=2023)
    return [c for f in got if f.check_id == "PROSE-TABLE" for c in f.cells]


@pytest.mark.parametrize(("text", "cells"), [
    ("答复结果为：予以公开5件、部分公开2件、无法提供5件、不予处理4件。", []),
    ("办结政府信息公开申请20件，其中不予公开4件。", []),
    ("答复结果为：予以公开5件、部分公开2件、无法提供7件。", ["requests.unable_not_held.total"]),
    ("办结政府信息公开申请20件，其中不予公开6件。", ["requests.denied_state_secret.total"]),
    ("不予处理3件。", ["requests.rejected_complaint.total"]),
])
def test_an_outcome_group_in_prose_is_the_sum_of_its_rows(text, cells):
    got = _prose(text)
    assert got[:1] == cells, got


# ---- numbers printed apart, cut into cells ----------------------------------------------------


@pytest.mark.parametrize(("pieces", "apart"), [
    # 44 / 72 / 116 printed on lines of their own, cut into seven one-digit cells
    ([("4", 0, 1, True), ("4", 1, 2, True), ("7", 3, 4, True), ("2", 4, 5, True), ("1", 6, 7, True),
      ("1", 7, 8, True), ("6", 8, 9, True)], True),
    ([("1", 0, 1, True), ("2", 1, 2, True), ("30", 3, 5, False)], True),  # beside a number printed whole
    # one run printed without separators (4472116): as read
    ([("4", 0, 1, True), ("4", 1, 2, True), ("7", 2, 3, True), ("2", 3, 4, True), ("1", 4, 5, True),
      ("1", 5, 6, True), ("6", 6, 7, True)], False),
    ([("12", 0, 2, False), ("30", 3, 5, False)], False),  # nothing split
])
def test_cells_cut_out_of_numbers_printed_apart(pieces, apart):
    assert split_apart([Piece(*p) for p in pieces]) is apart


def test_a_collapsed_row_cut_into_digits_is_a_doubt_not_an_error(found):
    name = next(n for n in EXPECTED if n.startswith("023-"))
    assert not [f for f in found[name] if f["severity"] == "error"]
    assert any(f["check_id"] == "READING-UNCERTAIN" and "requests.total_processed.total" in f["cells"]
               for f in found[name])
