"""Issue 10, tenth held-out set (``tests/cases/checks_probes10``, ``bench/make_checks_probes10.py``) and
the principles its failures asked for, each with a case that must fire and one that must not.

* an outcome group of table 三 named in prose (不予公开N件, 无法提供N件, 不予处理N件) restates the sum of its
  rows' 总计: the 2021 and 2019 formats print the group's reasons, not the group (PROSE-TABLE);
* a row whose cells were cut out of numbers the report printed apart (the split cells of several numbers
  printed between separators, or a split cell beside a number printed whole) may have lost empty cells
  instead: how many cells each number holds is our guess, so a failed identity on them is READING-UNCERTAIN,
  never an error; the cells of one run printed without separators stay as read;
* (batch B) a count of several kinds together (同意公开和部分公开的8件; 新收和上年结转的申请合计56件) restates the
  sum of the kinds' cells, not the cell of one of them; last year's count said right after this year's may
  repeat its verb (全年受理申请64件，去年同期受理70件): a change claim checked against last year's report
  (PROSE-YEAR), but not when the verb is another (去年同期办结… after 受理…).
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
    false error. Batch B (51, after A's fixes, before any change for it): 17 errors, all right, 19/20 found,
    no false error, doubts 4 on consistent probes (two tables whose empty cells vanished; 同意公开和部分公开的…件
    and 新收和上年结转的申请合计…件 read as one kind). After B's fixes, all 119: 32 errors, all right, 45/45, no
    false error; the doubts left are READING-UNCERTAIN on four tables whose empty cells vanished, and the 维持
    half of a planted 维持/纠正 swap (both halves disagree with table 四)."""
    total: Counter[str] = Counter()
    for probe_name, probe in EXPECTED.items():
        total += judge(probe, found[probe_name])
    assert total["errors"] == total["right"] and total["found"] == total["planted"]
    assert total["false error probes"] == 0 and total["warn beside planted"] <= 1
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


# ---- batch B: several kinds together; last year's count after this year's ------------------------


@pytest.mark.parametrize(("text", "cells"), [
    ("同意公开和部分公开的7件均已按时答复。", []),  # 5 + 2
    ("同意公开和部分公开的8件均已按时答复。", ["requests.granted.total", "requests.partial.total"]),
    ("新收和上年结转的申请合计20件。", []),  # 20 + 0
    ("新收和上年结转的申请合计21件。", ["requests.new_received.total", "requests.carried_over.total"]),
    ("部分公开2件。", []),  # one kind: its own cell
    ("部分公开3件。", ["requests.partial.total"]),
])
def test_a_count_of_several_kinds_together_is_their_sum(text, cells):
    got = check_prose(_facts(text), _groups(), template="gov2021", text=text, year=2023)
    assert [c for f in got if f.check_id == "PROSE-TABLE" for c in f.cells] == cells, [f.message for f in got]


def _year(year: int, text: str, new: int):
    from textmine.model import ReportMeta

    values = {("requests", "new_received", "total"): new, ("requests", "carried_over", "total"): 0,
              ("requests", "total_processed", "total"): new, ("requests", "carried_forward", "total"): 0}
    cells = [Cell("gov2021", t, r, c, v, str(v), "number") for (t, r, c), v in values.items()]
    sentences = [Sentence(1, None, "overview", text, 0, len(text))]
    return (f"r{year}", ReportMeta(issuer="某县人民政府", year=year, template="gov2021"), cells,
            _facts(text), sentences)


@pytest.mark.parametrize(("text", "before", "fires"), [
    ("全年受理政府信息公开申请64件，去年同期受理70件。", 70, False),
    ("全年受理政府信息公开申请64件，去年同期受理70件。", 73, True),
    ("全年受理政府信息公开申请64件，去年为70件。", 73, True),  # (as before: no verb)
    ("全年受理政府信息公开申请64件，去年同期办结70件。", 73, False),  # another kind of count
])
def test_last_years_count_after_this_years_with_its_verb(text, before, fires):
    from textmine.checks import check_cross_year

    got = [f for _, f in check_cross_year([_year(2022, "", before), _year(2023, text, 64)])
           if f.check_id == "PROSE-YEAR"]
    assert bool(got) == fires, [f.message for f in got]
    assert all(f.severity == "warning" for f in got)
