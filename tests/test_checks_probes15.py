"""Issue 10, fifteenth held-out set (``tests/cases/checks_probes15``, ``bench/make_checks_probes15.py``) and the
principles its misses asked for, each with a case that must fire and one that must not.

* a sentence that opens with its date alone as its topic (上年度，本机关共受理…15件; 2022年，本机关收到并办结…10件 in a
  report on 2023) dates every later clause of the sentence, until a clause names this year (本年度 …, or the
  report's own year): such counts are last year's, not compared with this year's table;
* a completion clause (办理完毕 / 答复完毕 / 完毕 alone) is parsed once (``counts._completed_verb``), for the bare
  verb of a clause and for the bare processed total alike;
* (batch C) a bare total (共计 N件) closing a list of parts that adds up to it, in a sentence opening with what is
  counted before a colon (全年收到政府信息公开申请：网上申请…件、…，共计…件), restates the sentence's subject (新收, or
  the processed total after a verb of handling): compared with the table;
* (batch C) 上一年度结转至本年度办理的申请…件 is carried into this year (上年结转), not to next year: the facts' aliases
  (``lexicons/indicators.yaml``) name 上一年度结转 / 结转至本年度 as 上年结转;
* a table's one doubt (``checks.one_doubt_per_table``) names each reason of its failures once (a failure whose
  reason joins two, beside one with the second alone, said the second twice);
* (batch E) a sentence counting since a year before the report's (2022年以来，共受理… / 自2020年以来 / 2021年至今 in a
  report on 2023) gives the years up to now, 累计 or not: not compared with this year's table
  (``prose.running_totals.since``); since the report's own year it is this year's;
* (batch D) the subordinate units named by their kind (所属事业单位, 下属机构, 派出机构 …) count theirs, not the
  report's own table (``prose.scope.units``); joined to the body (本局及所属事业单位) they are a wider scope, said so.

One label was corrected after the first scoring, with its reason in the writer: 办结率100% beside 17 closed of 20
received, with the 3 others carried to next year, is the genre's rate over the requests due (consistent).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench.checks_probes import DOUBTS, findings_by_probe, judge, misjudged
from textmine.checks import check_info, check_prose
from textmine.checks.counts import _bare_processed, _bare_verb, _completed_verb
from textmine.checks.doubt import one_doubt_per_table
from textmine.facts import extract_facts
from textmine.model import Cell, Fact, Finding, Sentence

CASES = Path(__file__).resolve().parent / "cases"
SET = json.loads((CASES / "checks_probes15" / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def found():
    return findings_by_probe(CASES / "checks_probes15")


@pytest.mark.parametrize("name", sorted(SET))
def test_held_out_probe_errors_accuse_only_what_is_wrong(name, found):
    probe = SET[name]
    got = found[name]
    assert misjudged(probe, got) is None, misjudged(probe, got)
    if not probe["planted"]:
        assert not [
            f["message"] for f in got if f["severity"] != "error" and f["check_id"] in DOUBTS
        ]
    if probe["ambiguous"]:
        assert not [f for f in got if f["severity"] == "error"]  # a doubtful reading accuses nobody


def test_the_fifteenth_set_is_labelled_and_holds_its_shapes():
    planted = [p for p in SET.values() if p["planted"]]
    assert len(SET) >= 50 and len(planted) >= 15
    ids = {i for p in planted for i in p["planted"]["check_ids"]}
    assert {"PROSE-TABLE", "T2-E", "T3-C", "T4-A", "T3-E", "READING-UNCERTAIN"} <= ids
    assert {p["template"] for p in SET.values()} == {"gov2019", "gov2021"}
    across = {}
    for p in SET.values():
        if p.get("pair"):
            across.setdefault(p["pair"], set()).add(p["template"])
    assert sum(1 for t in across.values() if t == {"gov2019", "gov2021"}) >= 5


def test_the_fifteenth_set_figures(found):
    """Batch A (56) untuned (main c2db56a, as first written): 8 errors, all right, 17/18 found, no false error,
    doubts on 2 consistent probes (a 上年度 topic and a 2022年 topic compared with this year's table); with the one
    label corrected, then after A's fixes: 17/17, no doubt. Batch B (24, after A's fixes, before any change for it):
    5 errors, all right, 8/8, no doubt. Batch C (20, after B, before any change for it): 2 errors, all right, 5/6
    (共计 after a list of parts not compared), 1 doubt (上一年度结转至本年度 read as 结转下年度). Batch D (22, after C's
    fixes, before any change for it): 5 errors, all right, 10/10, 1 doubt (所属事业单位's count compared). Batch E (17,
    after D's fixes, before any change for it): 1 error, right, 5/5, 1 doubt (2022年以来，共受理… compared). After
    checks20, all 139: 21 errors, all right, 46/46, no false error, no doubt."""
    total: Counter[str] = Counter()
    for name, probe in SET.items():
        total += judge(probe, found[name])
    assert total["errors"] == total["right"] == 21 and total["found"] == total["planted"] == 46
    assert (
        total["false error probes"] == 0
        and total["warn"] == 0
        and total["warn beside planted"] == 0
    )


# ---- a date as the sentence's topic ----------------------------------------------------------------------


def _new(value: int) -> list[Cell]:
    return [
        Cell("gov2021", "requests", "new_received", "total", value, str(value), "number"),
        Cell("gov2021", "requests", "total_processed", "total", value, str(value), "number"),
    ]


def _compared(text: str, table: int, year: int = 2023) -> list[tuple[str, ...]]:
    facts = extract_facts(
        text, [Sentence(1, None, "overview", text, 0, len(text))], template="gov2021"
    )
    got = check_prose(facts, _new(table), template="gov2021", text=text, year=year)
    return [f.cells for f in got if f.check_id == "PROSE-TABLE"]


@pytest.mark.parametrize(
    "text",
    [
        "上年度，本机关共受理政府信息公开申请15件，均已按期答复。",
        "去年，本局收到政府信息公开申请15件，办结15件。",
        "2022年，本机关收到并办结申请15件。",
        "2022年度，本机关共受理政府信息公开申请15件；办结15件。",
    ],
)
def test_a_count_under_another_years_topic_is_not_compared(text):
    assert not _compared(text, 6)


@pytest.mark.parametrize(
    "text",
    [
        "2023年，本机关共受理政府信息公开申请15件。",  # the report's own year
        "上年度结转申请2件，本机关新收政府信息公开申请15件。",  # 上年度结转 is this year's cell, not a date
        "与上年度相比，本年度新收政府信息公开申请15件。",  # the clause names this year
        "上年度，本机关共受理申请9件；本年度新收政府信息公开申请15件。",  # this year named before the count
    ],
)
def test_a_count_of_this_year_is_still_compared(text):
    assert _compared(text, 6)


# ---- one parse of a completion clause --------------------------------------------------------------------


SPEC = {
    "verbs": ["办理", "答复", "办结"],
    "bare_prefixes": ["已", "共"],
    "completions": ["完毕"],
    "caseload_words": ["办理"],
    "indicator": "total_processed",
    "templates": ["gov2021"],
}


@pytest.mark.parametrize(
    ("words", "verb"),
    [
        ("办理完毕", "办理"),
        ("答复完毕", "答复"),
        ("完毕", ""),
        ("处理完毕", None),
        ("办理", None),
        ("完毕了", None),
    ],
)
def test_a_completion_clause_names_its_verb(words, verb):
    assert _completed_verb(words, SPEC) == verb


def _fact(
    i: int,
    text: str,
    at: int,
    counted: str | None,
    indicator: str | None = None,
    qualifier: str | None = None,
) -> Fact:
    value = int("".join(c for c in text if c.isdigit()))
    return Fact(i, 1, value, "件", qualifier, counted, indicator, text, at, at + len(text))


def test_the_bare_verb_and_the_bare_total_read_completion_alike():
    t = "共需办理9件，已办理完毕6件，答复完毕2件。"
    load = _fact(1, "需办理9件", 1, "需办理", qualifier="total")
    done = _fact(2, "已办理完毕6件", t.index("已办理"), "完毕")
    answered = _fact(3, "答复完毕2件", t.index("答复完毕"), "答复完毕")
    assert _bare_verb(done, SPEC) == "办理" and _bare_verb(answered, SPEC) == "答复"
    assert _bare_processed(done, [load, done], SPEC, "gov2021", t) == "total_processed"
    assert _bare_processed(answered, [load, answered], SPEC, "gov2021", t) == "total_processed"
    other = _fact(
        4, "已处理完毕6件", t.index("已办理"), "处理完毕"
    )  # not a verb of the spec: no total
    assert (
        _bare_verb(other, SPEC) is None
        and _bare_processed(other, [load, other], SPEC, "gov2021", t) is None
    )


# ---- a total after its parts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        (
            "全年收到政府信息公开申请：网上申请8件、当面申请2件、信函申请3件，共计13件。",
            "requests.new_received.total",
        ),
        (
            "本年度办结政府信息公开申请：予以公开8件、部分公开2件、无法提供3件，合计13件。",
            "requests.total_processed.total",
        ),
    ],
)
def test_a_total_closing_its_parts_restates_the_subject(text, cell):
    assert any(cell in c for c in _compared(text, 11)), _compared(text, 11)


@pytest.mark.parametrize(
    "text",
    [
        "全年收到政府信息公开申请：网上申请8件、当面申请2件、信函申请1件，共计11件。",  # agrees
        "全年收到政府信息公开申请：网上申请8件、当面申请2件，共计13件。",  # not the sum of its parts
        "全年收到群众来信：网上来信8件、当面递交2件、信函3件，共计13件。",  # not requests
    ],
)
def test_a_total_that_agrees_or_is_not_the_lists_is_not_reported(text):
    assert not _compared(text, 11)


# ---- carried into this year ---------------------------------------------------------------------------------


def _indicators(text: str) -> list[str | None]:
    facts = extract_facts(
        text, [Sentence(1, None, "overview", text, 0, len(text))], template="gov2021"
    )
    return [f.indicator for f in facts]


@pytest.mark.parametrize(
    "text",
    [
        "上一年度结转至本年度办理的申请3件已全部办结。",
        "上一年结转申请3件。",
        "结转至本年度办理的申请3件。",
    ],
)
def test_carried_into_this_year_is_last_years_carry(text):
    assert _indicators(text) == ["carried_over"]


@pytest.mark.parametrize("text", ["另有3件结转至下一年度继续办理。", "3件申请结转至2024年办理。"])
def test_carried_to_a_later_year_is_still_carried_forward(text):
    assert _indicators(text) == ["carried_forward"]


# ---- subordinate units named by their kind ------------------------------------------------------------------


def test_the_units_own_count_is_not_the_tables():
    assert not _compared("所属事业单位共受理并办结政府信息公开申请15件。", 6)
    assert not _compared("派出机构共受理政府信息公开申请15件。", 6)


def test_the_bodys_own_count_beside_its_units_is_still_compared():
    got = _compared("本局新收政府信息公开申请15件；所属事业单位共受理申请20件。", 6)
    assert got and all("requests.new_received.total" in c for c in got)


def test_the_body_with_its_units_is_a_wider_scope_said_so():
    text = "本局及所属事业单位共受理政府信息公开申请15件。"
    facts = extract_facts(
        text, [Sentence(1, None, "overview", text, 0, len(text))], template="gov2021"
    )
    got = [
        f
        for f in check_prose(facts, _new(6), template="gov2021", text=text, year=2023)
        if f.check_id == "PROSE-TABLE"
    ]
    assert got and all("wider scope" in f.message for f in got)


# ---- a table's one doubt names each reason once --------------------------------------------------------------


def _doubt(why: str, rule: str, cell: str) -> Finding:
    return Finding(
        "READING-UNCERTAIN",
        "warning",
        f"表三 row 予以公开: x, but cells involved were {why} (another reading may satisfy the identities), "
        f"so … (READING-UNCERTAIN, e; the rule is {rule}, t).",
        cells=(cell,),
        start=1,
        end=2,
    )


def test_a_tables_doubt_names_each_reason_once():
    a, b = [str(r) for r in check_info("READING-UNCERTAIN")["uncertain_notes"].values()][:2]
    got = one_doubt_per_table(
        [
            _doubt(f"{a} or {b}", "T3-C", "requests.granted.total"),
            _doubt(b, "T3-B", "requests.total_processed.total"),
        ]
    )
    assert len(got) == 1 and got[0].message.count(b) == 1 and got[0].message.count(a) == 1


def test_a_tables_doubt_keeps_every_distinct_reason():
    a, b = [str(r) for r in check_info("READING-UNCERTAIN")["uncertain_notes"].values()][:2]
    got = one_doubt_per_table(
        [
            _doubt(a, "T3-C", "requests.granted.total"),
            _doubt(b, "T3-B", "requests.total_processed.total"),
        ]
    )
    assert len(got) == 1 and f"{a} or {b}" in got[0].message


# ---- counts since an earlier year -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2022年以来，本机关共受理政府信息公开申请15件。",
        "自2020年以来，共收到政府信息公开申请15件。",
        "2021年至今，本局办结政府信息公开申请15件。",
    ],
)
def test_a_count_since_an_earlier_year_is_not_this_years(text):
    assert not _compared(text, 6)


@pytest.mark.parametrize(
    "text",
    [
        "2023年以来，本机关共受理政府信息公开申请15件。",  # since this year's start: this year's
        "2022年以来，全区推进政务公开。本年度新收政府信息公开申请15件。",  # another sentence
        "2022年以来持续推进公开工作，本年度新收政府信息公开申请15件。",  # the clause says this year
    ],
)
def test_a_count_of_this_year_beside_a_since_is_still_compared(text):
    assert _compared(text, 6)
