"""Issue 10, ninth held-out set (``tests/cases/checks_probes9``, ``bench/make_checks_probes9.py``) and
the principles its failures asked for, each with a case that must fire and one that must not.

* a count of a part of the year (截至11月底…, 上半年… / 下半年…, 其中第四季度…, 1—11月…) is not the year's
  table; the period may open the sentence and carries on to later clauses until one names the whole year
  (…，全年共61件); 截至12月31日 is the whole year;
* a count of requests handled (共办理…件) that its sentence splits into closed and still open (其中已办理完毕…，
  剩余…正在办理中) is the year's caseload (新收 + 上年结转), not 办理结果总计 alone;
* last year's count said right before this year's of the same indicator (上年度收到申请88件，本年度收到87件)
  is a change claim checked against last year's report (PROSE-YEAR); 上年结转 is not last year's count;
* a change in per cent printed with last year's count beside this year's (…100件，比上年的104件下降3.8%;
  较2021年（97件）增长3.1%) must recompute from the two counts (PROSE-PERCENT);
* (batch B) last year's count is told by its clause's words (去年共收到…86件: the fact begins at its verb);
  a change in 件 beside both counts (比上年的95件增加5件) is their difference (PROSE-PERCENT); a 2014 channel
  (其中网上申请3件) and a review's outcome (其中被纠错1件, 维持2件) are compared with their own cells, but not the
  outcomes of the cases a review organ handles (全年共办理行政复议案件101件，其中维持61件);
* (batch C) an outcome belongs to the nearest count of cases before it (行政复议1件，行政诉讼2件，其中被纠错1件 is
  the suits'); this year's count may say 共 (上年度共收到…80件，本年度共收到87件).
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

DIR = Path(__file__).resolve().parent / "cases" / "checks_probes9"
EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))


# ---- the held-out set ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def found():
    return findings_by_probe(DIR)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_ninth_held_out_probe_errors_accuse_only_what_is_wrong(name, found):
    probe = EXPECTED[name]
    assert misjudged(probe, found[name]) is None, misjudged(probe, found[name])
    if not probe["planted"] and not probe["ambiguous"]:
        doubts = [f["message"] for f in found[name] if f["severity"] != "error" and f["check_id"] in DOUBTS]
        assert not doubts
    if not probe["planted"] and probe["ambiguous"]:
        # a table whose empty cells vanished: a failed identity of placed cells is a doubt naming it
        assert all(f["check_id"] == "READING-UNCERTAIN" and "not printed in place" in f["message"]
                   for f in found[name] if f["check_id"] in DOUBTS)


def test_the_ninth_set_is_labelled_and_holds_its_shapes():
    planted = [p for p in EXPECTED.values() if p["planted"]]
    assert len(EXPECTED) >= 100 and len(planted) >= 25 and len(EXPECTED) - len(planted) >= 60
    ids = {i for p in planted for i in p["planted"]["check_ids"]}
    assert {"T3-A", "T3-B", "T3-C", "T3-D", "T2-E", "T4-A", "T3-E", "T2-D-year", "PROSE-TABLE", "PROSE-YEAR",
            "PROSE-PERCENT"} <= ids
    assert {p["template"] for p in EXPECTED.values()} == {"gov2021", "gov2019", "gov2014"}
    assert {p["year"] for p in EXPECTED.values()} >= {2014, 2019, 2025}
    assert sum(p["ambiguous"] for p in EXPECTED.values()) >= 5
    pairs: dict[str, list[str]] = {}
    for p in EXPECTED.values():
        if p.get("pair"):
            pairs.setdefault(p["pair"], []).append(p["pair_role"])
    assert len(pairs) >= 10
    provinces = {p["issuer"][:2] for p in EXPECTED.values()}
    assert len(provinces) >= 10


def test_the_ninth_set_figures(found):
    """Batch A (70) untuned (main 60144ee): 9 errors, all right, 20/23 found, no false error, 7 doubts on
    consistent probes (periods of the year and a caseload compared with the year's table; two are tables
    whose empty cells vanished, right to doubt), 1 beside the planted one. After batch A's fixes: 23/23
    (one label corrected: see bench/README.md). Batch B (51, after A's fixes, before any change for it): no
    error wrong, 13/17 found, 1 doubt (a table whose empty cells vanished); after B's fixes 40/40. Batch C
    (20, after B's fixes, before any change for it): no error, 5/6 found, 1 doubt (被纠错 of a suit read as
    the review's); after C's fixes 46/46, the doubts left on the three tables whose empty cells vanished."""
    total: Counter[str] = Counter()
    for probe_name, probe in EXPECTED.items():
        total += judge(probe, found[probe_name])
    assert total["errors"] == total["right"] and total["found"] == total["planted"]
    assert total["false error probes"] == 0 and total["warn beside planted"] == 0
    uncertain = sum(1 for p in EXPECTED.values() if p["ambiguous"] and not p["planted"])
    assert total["warn"] <= uncertain


# ---- prose against table 三 -------------------------------------------------------------------


def _facts(text: str):
    return extract_facts(text, [Sentence(1, None, "overview", text, 0, len(text))], template="gov2021")


def _table(new: int, over: int, processed: int, forward: int) -> list[Cell]:
    return [Cell("gov2021", "requests", row, "total", v, str(v), "number")
            for row, v in (("new_received", new), ("carried_over", over), ("total_processed", processed),
                           ("carried_forward", forward))]


def _prose(text: str, table: tuple[int, ...], check_id: str = "PROSE-TABLE"):
    return [f for f in check_prose(_facts(text), _table(*table), template="gov2021", text=text, year=2023)
            if f.check_id == check_id]


@pytest.mark.parametrize(("text", "cells"), [
    ("截至11月底，共收到政府信息公开申请77件，均已按期答复。", []),
    ("截至2023年11月30日，共收到政府信息公开申请77件。", []),
    ("1—11月共收到政府信息公开申请77件。", []),
    ("上半年收到政府信息公开申请22件，下半年收到39件，全年共收到61件。", []),
    ("全年受理政府信息公开申请61件，其中第四季度受理27件。", []),
    ("7—12月收到政府信息公开申请39件。", []),  # any range of months but the whole year
    ("1—12月共收到政府信息公开申请77件。", ["requests.new_received.total"]),
    ("2021—2023年每年收到政府信息公开申请77件。", ["requests.new_received.total"]),  # years, not months
    # the whole year: compared
    ("截至12月31日，共收到政府信息公开申请77件。", ["requests.new_received.total"]),
    ("截至2023年12月31日，共收到政府信息公开申请77件。", ["requests.new_received.total"]),
    ("上半年收到政府信息公开申请22件，下半年收到39件，全年共收到60件。", ["requests.new_received.total"]),
    ("全年受理政府信息公开申请62件，其中第四季度受理27件。", ["requests.new_received.total"]),
])
def test_a_count_of_a_part_of_the_year_is_not_the_years_table(text, cells):
    got = _prose(text, (61, 3, 62, 2))
    assert [c for f in got for c in f.cells] == cells, [f.message for f in got]


@pytest.mark.parametrize(("text", "cells"), [
    ("全年共办理政府信息公开申请64件，其中已办理完毕62件，剩余2件正在办理中。", []),  # 61 + 3 = 62 + 2
    ("全年共办理政府信息公开申请64件，其中已办结62件，2件结转下年度办理。", []),
    ("全年共办理政府信息公开申请62件。", []),  # 办理结果总计
    # no open part: the closed total, which 64 is not
    ("全年共办理政府信息公开申请64件，均已办结。", ["requests.total_processed.total"]),
    # an open part, but 65 is neither the caseload nor the closed total
    ("全年共办理政府信息公开申请65件，其中已办理完毕62件，剩余3件正在办理中。", ["requests.total_processed.total"]),
])
def test_a_handled_count_split_into_closed_and_open_is_the_caseload(text, cells):
    got = _prose(text, (61, 3, 62, 2))
    assert [c for f in got for c in f.cells] == cells, [f.message for f in got]


@pytest.mark.parametrize(("text", "fires"), [
    ("新收政府信息公开申请100件，比上年的104件下降3.8%。", False),
    ("新收政府信息公开申请100件，比上年的104件下降7.7%。", True),
    ("受理政府信息公开申请100件，较2021年（97件）增长3.1%。", False),
    ("受理政府信息公开申请100件，较2021年（97件）增长4.5%。", True),
    ("受理政府信息公开申请100件，较上年同期（90件）增长11.1%。", False),
    ("新收政府信息公开申请100件，同比下降7.7%。", False),  # no count of last year beside it: a cross-year claim
    ("新收政府信息公开申请100件，比上年的104件下降约4%。", False),  # approximate: not recomputed
])
def test_a_change_beside_both_counts_recomputes(text, fires):
    got = _prose(text, (100, 0, 100, 0), "PROSE-PERCENT")
    assert bool(got) == fires, [f.message for f in got]
    assert all(f.cells == ("requests.new_received.total",) for f in got)


def _year(year: int, text: str, new: int):
    from textmine.model import ReportMeta

    values = {("requests", "new_received", "total"): new, ("requests", "carried_over", "total"): 0,
              ("requests", "total_processed", "total"): new, ("requests", "carried_forward", "total"): 0}
    cells = [Cell("gov2021", t, r, c, v, str(v), "number") for (t, r, c), v in values.items()]
    sentences = [Sentence(1, None, "overview", text, 0, len(text))]
    return (f"r{year}", ReportMeta(issuer="某县人民政府", year=year, template="gov2021"), cells,
            _facts(text), sentences)


@pytest.mark.parametrize(("text", "before", "fires"), [
    ("上年度收到政府信息公开申请88件，本年度收到87件。", 88, False),
    ("上年度收到政府信息公开申请88件，本年度收到87件。", 85, True),
    ("去年受理政府信息公开申请90件，今年受理87件。", 90, False),
    ("去年受理政府信息公开申请90件，今年受理87件。", 80, True),
    ("上年结转政府信息公开申请3件，本年新收87件。", 80, False),  # this year's carry-over, not last year's count
    ("上年度结转3件，本年度收到87件。", 80, False),
])
def test_last_years_count_before_this_years(text, before, fires):
    from textmine.checks import check_cross_year

    got = [f for _, f in check_cross_year([_year(2022, "", before), _year(2023, text, 87)])
           if f.check_id == "PROSE-YEAR"]
    assert bool(got) == fires, [f.message for f in got]
    assert all(f.severity == "warning" for f in got)


# ---- batch B's principles ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "before", "fires"), [
    ("去年共收到政府信息公开申请86件，今年收到87件。", 86, False),  # 共 (a total) is exact
    ("去年共收到政府信息公开申请86件，今年收到87件。", 84, True),
    ("上年度共受理政府信息公开申请80余件，本年度受理87件。", 60, False),  # not exact: no claim
])
def test_last_years_count_from_its_clause_words(text, before, fires):
    from textmine.checks import check_cross_year

    got = [f for _, f in check_cross_year([_year(2022, "", before), _year(2023, text, 87)])
           if f.check_id == "PROSE-YEAR"]
    assert bool(got) == fires, [f.message for f in got]


@pytest.mark.parametrize(("text", "fires"), [
    ("全年收到政府信息公开申请100件，比上年的95件增加5件。", False),
    ("全年收到政府信息公开申请100件，比上年的95件增加7件。", True),
    ("全年收到政府信息公开申请100件，较上年（104件）减少4件。", False),
    ("全年收到政府信息公开申请100件，较上年减少4件。", False),  # no count of last year: a cross-year claim
])
def test_a_change_in_pieces_beside_both_counts_is_their_difference(text, fires):
    got = _prose(text, (100, 0, 100, 0), "PROSE-PERCENT")
    assert bool(got) == fires, [f.message for f in got]


def _stats(values: dict[str, int]) -> list[Cell]:
    return [Cell("gov2014", "stats", k, "value", v, str(v), "number") for k, v in values.items()]


@pytest.mark.parametrize(("text", "cells"), [
    ("受理政府信息公开申请43件，其中网上申请3件、当面申请40件。", []),
    ("受理政府信息公开申请43件，其中网上申请6件。", ["stats.requests_online.value"]),
    ("受理政府信息公开申请43件，其中当面申请41件。", ["stats.requests_in_person.value"]),
])
def test_a_2014_channel_is_compared_with_its_row(text, cells):
    facts = extract_facts(text, [Sentence(1, None, "overview", text, 0, len(text))], template="gov2014")
    table = _stats({"requests_received": 43, "requests_online": 3, "requests_in_person": 40, "requests_fax": 0,
                    "requests_mail": 0})
    got = [f for f in check_prose(facts, table, template="gov2014", text=text, year=2016) if f.check_id == "PROSE-TABLE"]
    assert [c for f in got for c in f.cells] == cells, [f.message for f in got]


def _appeals(upheld: int, corrected: int) -> list[Cell]:
    vals = {"upheld": upheld, "corrected": corrected, "other": 0, "pending": 0, "total": upheld + corrected}
    return [Cell("gov2021", "appeals", "review", c, v, str(v), "number") for c, v in vals.items()]


@pytest.mark.parametrize(("text", "cells"), [
    ("全年发生政府信息公开行政复议2件，其中被纠错1件。", []),
    ("全年发生政府信息公开行政复议2件，其中被纠错2件。", ["appeals.review.corrected"]),
    ("因政府信息公开被申请行政复议2件，其中维持2件。", ["appeals.review.upheld"]),
    # a review organ's cases and their outcomes: not table 四's
    ("全年共办理行政复议案件101件，其中维持61件、纠正5件。", []),
])
def test_a_review_outcome_is_compared_with_its_cell(text, cells):
    got = [f for f in check_prose(_facts(text), _appeals(1, 1), template="gov2021", text=text, year=2023)
           if f.check_id == "PROSE-TABLE"]
    assert [c for f in got for c in f.cells] == cells, [f.message for f in got]


# ---- batch C's principles ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "cells"), [
    ("行政复议1件，行政诉讼2件，其中被纠错1件。", []),  # the suits' outcome
    ("行政复议2件，其中被纠错1件；行政诉讼2件。", []),
    ("行政复议2件，其中被纠错2件；行政诉讼2件。", ["appeals.review.corrected"]),
])
def test_an_outcome_belongs_to_the_nearest_count_of_cases(text, cells):
    got = [f for f in check_prose(_facts(text), _appeals(1, 1), template="gov2021", text=text, year=2023)
           if f.check_id == "PROSE-TABLE" and f.cells == ("appeals.review.corrected",)]
    assert [c for f in got for c in f.cells] == cells, [f.message for f in got]


@pytest.mark.parametrize(("text", "before", "fires"), [
    ("上年度共收到政府信息公开申请80件，本年度共收到87件。", 80, False),
    ("上年度共收到政府信息公开申请80件，本年度共收到87件。", 85, True),
])
def test_this_years_total_with_gong_after_last_years(text, before, fires):
    from textmine.checks import check_cross_year

    got = [f for _, f in check_cross_year([_year(2022, "", before), _year(2023, text, 87)])
           if f.check_id == "PROSE-YEAR"]
    assert bool(got) == fires, [f.message for f in got]
