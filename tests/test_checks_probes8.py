"""Issue 10, eighth held-out set (``tests/cases/checks_probes8``, ``bench/make_checks_probes8.py``) and
the principles its failures asked for, each with a case that must fire and one that must not.

* 回复 is 答复 in other words: 全年回复政府信息公开申请86件 states 办理结果总计, not 新收;
* a count whose counted phrase opens with bodies (所属12个单位共受理…: the 12 counts units) is not a count
  of requests, and a count of bodies inside their name (所属12个单位) does not hide the units from the
  scope (本机关及所属12个单位 is the body with its units: a wider scope, said as such);
* nearly a round number (近千件) is short of it: 948 agrees, as it does not with 约1000件;
* (batch B) a bare clause 结转N件 after the year's closed count in the same sentence (受理85件，办结86件，结转3件)
  is 结转下年度; without a closed count before it (新收85件，结转3件) it is not read;
* last year's value said right after this year's count (新收申请111件，去年为88件) is a change claim
  checked against last year's report (PROSE-YEAR), 上年结转3件 is not;
* (batch C) a bare verb clause 办结70件 that took the carry-over from its sentence's first count (上年结转4件，
  本年新收67件，办结70件) is the processed total; a count whose own words name the carry-over (上年结转至本年度办理的
  申请6件) stays the carry-over;
* the minus sign U+2212 (and the small hyphen-minus U+FE63) is a minus: −1 in table 三 is a negative
  count (T3-D), −0.80 a negative 收费金额 (T2-E), while the 2019 本年增/减 −2 stays signed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.checks_probes import DOUBTS, findings_by_probe, misjudged
from textmine.checks import check_prose
from textmine.facts import extract_facts
from textmine.model import Cell, Sentence
from textmine.normalize import normalize

DIR = Path(__file__).resolve().parent / "cases" / "checks_probes8"
EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))


# ---- the held-out set ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def found():
    return findings_by_probe(DIR)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_eighth_held_out_probe_errors_accuse_only_what_is_wrong(name, found):
    probe = EXPECTED[name]
    assert misjudged(probe, found[name]) is None, misjudged(probe, found[name])
    if not probe["planted"]:
        # the one doubt left on a consistent probe names its uncertainty: a count of the body with
        # its units (本机关及所属12个单位…答复90件) may be a wider scope than the table's
        doubts = [f["message"] for f in found[name] if f["severity"] != "error" and f["check_id"] in DOUBTS
                  and "wider scope" not in f["message"]]
        assert not doubts


def test_the_eighth_set_is_labelled_and_holds_its_shapes():
    planted = [p for p in EXPECTED.values() if p["planted"]]
    assert len(EXPECTED) >= 60 and len(planted) >= 15 and len(EXPECTED) - len(planted) >= 40
    ids = {i for p in planted for i in p["planted"]["check_ids"]}
    assert {"T3-A", "T3-C", "T3-D", "T2-E", "T4-A", "T3-E", "T2-D-year", "PROSE-TABLE", "PROSE-YEAR"} <= ids
    assert {p["shape"] for p in EXPECTED.values()} == {"crlf", "lines", "html", "tabs"}
    assert {p["template"] for p in EXPECTED.values()} == {"gov2021", "gov2019"}
    pairs: dict[str, list[str]] = {}
    for p in EXPECTED.values():
        if p.get("pair"):
            pairs.setdefault(p["pair"], []).append(p["pair_role"])
    assert len(pairs) >= 10
    assert all(sorted(roles) in (["first", "second"], ["first", "second", "third"]) for roles in pairs.values())


def test_the_eighth_set_figures(found):
    """Batch A untuned (main): 10 errors, 7 right (0.700), 16/19 found; batch B after A's fixes: 7/10 found;
    batch C after B's: 4/4 found, 1 doubt on a consistent report (办结70件 read as 上年结转).
    Then every error right and every planted one found but one: T4-A in a one-cell-a-line table 四 whose
    first group is ／ throughout, read by the tables stage with two empty cells and its last two values
    left unread (a reading under which every identity holds). A reading with cells that printed nothing
    now reads every printed value, so that T4-A is found too."""
    from collections import Counter

    from bench.checks_probes import judge

    total: Counter[str] = Counter()
    for name, probe in EXPECTED.items():
        total += judge(probe, found[name])
    assert total["errors"] == total["right"] and total["planted"] == 33 and total["found"] == 33
    assert total["false error probes"] == 0 and total["warn"] <= 1 and total["warn beside planted"] == 0


# ---- prose against table 三 -------------------------------------------------------------------


def _facts(text: str):
    return extract_facts(text, [Sentence(1, None, "overview", text, 0, len(text))], template="gov2021")


def _table(new: int, over: int, processed: int, forward: int) -> list[Cell]:
    return [Cell("gov2021", "requests", row, "total", v, str(v), "number")
            for row, v in (("new_received", new), ("carried_over", over), ("total_processed", processed),
                           ("carried_forward", forward))]


def _prose(text: str, table: tuple[int, ...]):
    return [f for f in check_prose(_facts(text), _table(*table), template="gov2021", text=text, year=2023)
            if f.check_id == "PROSE-TABLE"]


@pytest.mark.parametrize(("text", "cells"), [
    ("全年回复政府信息公开申请60件。", []),  # 办理结果总计 60 (新收 59)
    ("全年回复政府信息公开申请58件。", ["requests.total_processed.total"]),
    ("全年共回复政府信息公开申请59件。", ["requests.total_processed.total"]),  # 新收's number, not the total
    ("全年回复群众来信58件。", []),  # another thing
])
def test_replied_is_answered(text, cells):
    got = _prose(text, (59, 3, 60, 2))
    assert [c for f in got for c in f.cells] == cells, [f.message for f in got]


@pytest.mark.parametrize(("text", "cells", "wide"), [
    # the 12 counts units, and the body with its units is a wider scope than the table: said as such
    ("本机关及所属12个单位共受理政府信息公开申请90件，答复90件。", ["requests.total_processed.total"], True),
    ("本机关及所属12个单位共受理政府信息公开申请59件，答复60件。", [], False),
    ("所属12个单位共受理政府信息公开申请90件，答复90件。", [], False),  # the units' own: not compared
    ("本机关共受理政府信息公开申请59件，答复66件。", ["requests.total_processed.total"], False),
])
def test_a_count_of_bodies_is_not_a_count_of_requests(text, cells, wide):
    got = _prose(text, (59, 3, 60, 2))
    assert [c for f in got for c in f.cells] == cells, [f.message for f in got]
    assert all(("wider scope" in f.message) == wide and f.severity == "warning" for f in got)


@pytest.mark.parametrize(("text", "new", "fires"), [
    ("全年受理政府信息公开申请近千件。", 948, False),
    ("全年受理政府信息公开申请近千件。", 880, True),
    ("全年受理政府信息公开申请约1000件。", 948, True),  # about: the usual tolerance on both sides
    ("全年受理政府信息公开申请约1000件。", 960, False),
    ("全年受理政府信息公开申请将近300件。", 286, False),
])
def test_nearly_a_round_number_is_short_of_it(text, new, fires):
    assert bool(_prose(text, (new, 0, new, 0))) == fires


# ---- the minus sign -----------------------------------------------------------------------------


def test_the_minus_sign_is_a_minus():
    assert normalize("本年增/减\t\u22122\t收费\t\ufe630.80")[0] == "本年增/减\t-2\t收费\t-0.80"
    assert normalize("2019\u20132022年")[0] == "2019\u20132022年"  # an en dash stays a dash


def _report(cell: str) -> bytes:
    """A whole 2021-format report (tab tables) with ``cell`` as 属于国家秘密 of natural persons."""
    import random

    from bench.make_checks_probes2 import SHAPES
    from bench.make_table_probes3 import (
        CAPTIONS,
        active_grid,
        appeals_grid,
        report_text,
        requests_grid,
    )
    from tests.report_writer import consistent_values

    render, brk, _ = SHAPES["tabs"]
    v = consistent_values("gov2021", random.Random(3), blanks=False)
    v[("requests", "denied_state_secret", "natural_person")] = cell
    tables = [CAPTIONS["active"] + brk + render(active_grid("gov2021", v)),
              CAPTIONS["requests"] + brk + render(requests_grid("gov2021", v)),
              CAPTIONS["appeals"] + brk + render(appeals_grid(v))]
    return report_text("某省某厅", 2023, tables, brk).encode()


@pytest.mark.parametrize(("minus", "fires"), [("\u22121", True), ("-1", True), ("0", False)])
def test_a_negative_count_with_the_minus_sign(minus, fires):
    from textmine.pipeline import read

    report = read(_report(minus), name="x.txt")
    negative = [f for f in report.findings.itertuples() if f.check_id == "T3-D"]
    assert bool(negative) == fires, list(report.findings.message)
    if fires:
        assert "requests.denied_state_secret.natural_person" in list(negative[0].cells)


@pytest.mark.parametrize(("text", "cells"), [
    ("全年共受理政府信息公开申请59件，办结60件，结转2件。", []),
    ("全年共受理政府信息公开申请59件，办结60件，结转3件。", ["requests.carried_forward.total"]),
    ("全年共受理政府信息公开申请59件，答复60件，结转4件。", ["requests.carried_forward.total"]),
    ("全年新收政府信息公开申请59件，结转4件。", []),  # no closed count before it: may be last year's
    ("全年共受理政府信息公开申请59件，办结60件，上年结转4件。", ["requests.carried_over.total"]),  # read as it says
])
def test_a_bare_carry_after_the_closed_count_is_carried_forward(text, cells):
    got = _prose(text, (59, 3, 60, 2))
    assert [c for f in got for c in f.cells] == cells, [f.message for f in got]


def _year(year: int, text: str, new: int):
    from textmine.model import ReportMeta

    values = {("requests", "new_received", "total"): new, ("requests", "carried_over", "total"): 0,
              ("requests", "total_processed", "total"): new, ("requests", "carried_forward", "total"): 0}
    cells = [Cell("gov2021", t, r, c, v, str(v), "number") for (t, r, c), v in values.items()]
    sentences = [Sentence(1, None, "overview", text, 0, len(text))]
    return (f"r{year}", ReportMeta(issuer="某镇人民政府", year=year, template="gov2021"), cells,
            _facts(text), sentences)


@pytest.mark.parametrize(("text", "before", "fires"), [
    ("本年度新收政府信息公开申请23件，去年为20件。", 20, False),
    ("本年度新收政府信息公开申请23件，去年为20件。", 17, True),
    ("本年度新收政府信息公开申请23件，上年为25件。", 25, False),
    ("本年度新收政府信息公开申请23件，上年为25件。", 20, True),
    ("本年度新收政府信息公开申请23件，上年结转4件。", 20, False),  # this year's carry-over, not last year's count
    ("本年度新收政府信息公开申请23件，去年为20余件。", 17, False),  # not exact: no claim
])
def test_last_years_value_beside_this_years_count(text, before, fires):
    from textmine.checks import check_cross_year

    got = [f for _, f in check_cross_year([_year(2022, "", before), _year(2023, text, 23)])
           if f.check_id == "PROSE-YEAR"]
    assert bool(got) == fires, [f.message for f in got]
    assert all(f.severity == "warning" and "last year's count" in f.message for f in got)


@pytest.mark.parametrize(("text", "cells"), [
    ("上年结转3件，本年新收59件，办结60件，结转2件。", []),
    ("上年结转3件，本年新收59件，办结61件，结转2件。", ["requests.total_processed.total"]),
    ("上年结转至本年度办理的申请3件。", []),
    ("上年结转至本年度办理的申请4件。", ["requests.carried_over.total"]),  # its own words name the carry-over
])
def test_a_bare_closed_clause_after_the_carry_over_is_the_processed_total(text, cells):
    got = _prose(text, (59, 3, 60, 2))
    assert [c for f in got for c in f.cells] == cells, [f.message for f in got]
