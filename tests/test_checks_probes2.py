"""Issue 10, held-out: the second set of labelled check probes (``tests/cases/checks_probes2``,
written by ``bench/make_checks_probes2.py``), and the principles that keep a doubt said once.

* no error on a consistent probe; every planted inconsistency found with its check id and cells;
* one unsettled reading of a table is one READING-UNCERTAIN warning naming each failure;
* a SOFT rule failing in the 总计 column by exactly its columns' gap says it once (T3-E);
* a received count that says it includes last year's carry-over (含上年结转) restates 新收 + 上年结转.
"""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

import pytest
from report_writer import cells_from_values, consistent_values

from bench.checks_probes import findings_by_probe, judge
from textmine.checks import check_cross_year, check_prose, one_doubt_per_table
from textmine.model import Cell, Fact, Finding, ReportMeta

DIR = Path(__file__).resolve().parent / "cases" / "checks_probes2"
EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def found():
    return findings_by_probe(DIR)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_held_out_probe_errors_accuse_only_what_is_wrong(name, found):
    probe = EXPECTED[name]
    c = judge(probe, found[name])
    assert c["wrong"] == 0, [f["message"] for f in found[name] if f["severity"] == "error"]
    if probe["planted"]:
        assert c["found"] == 1, [f["message"] for f in found[name]]
    else:
        assert c["errors"] == 0


def test_the_held_out_set_is_labelled_and_holds_its_shapes():
    planted = [p for p in EXPECTED.values() if p["planted"]]
    assert len(EXPECTED) >= 20 and len(planted) >= 10
    assert {p["template"] for p in EXPECTED.values()} == {"gov2021", "gov2019", "gov2014"}
    ids = {i for p in planted for i in p["planted"]["check_ids"]}
    assert {"P-1", "P-3", "P-6", "T3-D", "T2-E", "T3-E", "PROSE-TABLE"} <= ids


# ---- one doubt per table ---------------------------------------------------------------------


def _doubt(where: str, rule: str, cell: str, *, start: int = 0) -> Finding:
    return Finding("READING-UNCERTAIN", "warning",
                   f"{where}: x, but cells involved were placed by textmine (another reading may satisfy the "
                   f"identities), so this may be a misreading rather than an error of the report "
                   f"(READING-UNCERTAIN, e; the rule is {rule}, t).", cells=(cell,), start=start, end=start + 1)


def test_doubts_about_one_table_are_said_once_with_every_failure_and_cell():
    a = _doubt("表三 column 自然人", "T3-A", "requests.new_received.natural_person", start=9)
    b = _doubt("表三 row 新收", "T3-C", "requests.new_received.total", start=4)
    other = Finding("T3-D", "error", "表三 row x holds -1", cells=("requests.granted.total",))
    (one, kept) = one_doubt_per_table([a, other, b])
    assert kept is other
    assert one.check_id == "READING-UNCERTAIN" and one.severity == "warning"
    assert one.cells == ("requests.new_received.natural_person", "requests.new_received.total")
    assert "表三 column 自然人: x" in one.message and "表三 row 新收: x" in one.message
    assert "T3-A, T3-C" in one.message and (one.start, one.end) == (9, 10)  # the first failure's span


def test_a_lone_doubt_doubts_of_other_tables_and_two_values_in_one_cell_stay():
    a = _doubt("表三 column 自然人", "T3-A", "requests.new_received.natural_person")
    b = _doubt("表四 row 行政复议", "T4-A", "appeals.review.total")
    two = Finding("READING-UNCERTAIN", "warning", "表三 row 予以公开 column 总计 was read as '2 /', the values of "
                  "two cells", cells=("requests.granted.total",))
    assert one_doubt_per_table([a, b, two]) == [a, b, two]


# ---- T3-E: the total column's failure is its columns' failure ----------------------------------


def _years(carried_over: dict[str, int]) -> list:
    rng = random.Random(11)
    reports = []
    first = consistent_values("gov2021", rng)
    for col in ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total"):
        first[("requests", "carried_forward", col)] = 0
    second = consistent_values("gov2021", rng)
    for col in ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total"):
        second[("requests", "carried_over", col)] = carried_over.get(col, 0)
    for year, values in ((2021, first), (2022, second)):
        reports.append((f"r{year}", ReportMeta(issuer="某县人民政府", year=year, template="gov2021"),
                        cells_from_values("gov2021", values)))
    return [f for _, f in check_cross_year(reports) if f.check_id == "T3-E"]


def test_a_carry_over_off_in_one_column_is_one_warning_naming_the_total_too():
    (f,) = _years({"natural_person": 2, "total": 2})
    assert {"requests.carried_over.natural_person", "requests.carried_over.total"} <= set(f.cells)
    assert "总计 column differs by the same" in f.message


def test_a_total_off_by_another_amount_stays_its_own_warning():
    found = _years({"natural_person": 2, "total": 5})  # the total is off by more than its columns
    assert len(found) == 2
    assert not any("differs by the same" in f.message for f in found)


# ---- prose: 收到申请98件（含上年结转3件） ------------------------------------------------------


def _cells(new: int, carried: int) -> list[Cell]:
    return [Cell("gov2021", "requests", "new_received", "total", new, str(new), "number"),
            Cell("gov2021", "requests", "carried_over", "total", carried, str(carried), "number")]


def _received(text: str, value: int) -> list[Fact]:
    start = text.index(f"{value}件") - len("收到申请")
    return [Fact(1, 1, value, "件", "total", "申请", "new_received", f"收到申请{value}件", start, start + len(f"收到申请{value}件"))]


@pytest.mark.parametrize("said", ["（含上年结转3件）", "(包括上年结转3件)", "，含上年结转3件"])
def test_a_count_said_to_include_the_carry_over_restates_new_plus_carried(said):
    text = f"全年共计收到申请98件{said}。"
    assert check_prose(_received(text, 98), _cells(95, 3), template="gov2021", text=text) == []
    # the same sentence stating a sum the table does not hold is still a disagreement
    wrong = f"全年共计收到申请99件{said}。"
    (f,) = check_prose(_received(wrong, 99), _cells(95, 3), template="gov2021", text=wrong)
    assert f.check_id == "PROSE-TABLE" and f.expected == Decimal(98)


def test_not_including_the_carry_over_keeps_the_plain_reading():
    text = "全年收到申请98件（不含上年结转3件）。"
    (f,) = check_prose(_received(text, 98), _cells(95, 3), template="gov2021", text=text)
    assert f.check_id == "PROSE-TABLE"
    plain = "全年收到申请95件（不含上年结转3件）。"
    assert check_prose(_received(plain, 95), _cells(95, 3), template="gov2021", text=plain) == []
    # without the report's text the plain reading stays
    assert len(check_prose(_received("收到申请98件（含上年结转3件）", 98), _cells(95, 3), template="gov2021")) == 1
