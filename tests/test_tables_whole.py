"""Run-together tables read by the whole table at once (issue 10 item 2): the identities of every
row and column together, then what the report says in its prose, then the priors of the genre
(totals filled, the rare 法人或其他组织 columns mostly empty); what none of them settles is noted
as not settled, never picked silently."""

from __future__ import annotations

import random

import pytest

from tests.table_probes import make_probe
from tests.test_tables_probes import REQUEST_HEADER, ZERO_ROWS, _requests, read_text
from textmine.tables.records import Piece
from textmine.tables.step4_scoring import UNSETTLED, solve_table, unsettled_columns

PARTIAL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"


def _table(new: str, carried: str, granted: str, partial: str, processed: str, prose: str = "") -> str:
    return (prose + REQUEST_HEADER + "一、本年新收政府信息公开申请数量" + new + "二、上年结转政府信息公开申请数量" + carried
            + "三、本年度办理结果（一）予以公开" + granted + ZERO_ROWS.replace(PARTIAL + "0000000", PARTIAL + partial)
            + "（七）总计" + processed + "四、结转下年度继续办理0000000")


def _settled(cell) -> bool:
    named = unsettled_columns(cell.note)
    return UNSETTLED not in (cell.note or "") or (named is not None and cell.col_key not in named)


def test_column_identities_place_a_single_count_in_the_column_that_needs_it():
    # 予以公开 33 and 部分公开 22 each fill one applicant column: only 自然人 3 | an organisation 2
    # makes 总计 = the outcomes in both columns (325 = 自然人 3, an organisation 2, 总计 5)
    cells = _requests(_table("325", "0000000", "33", "22", "325"))
    assert (cells[("granted", "natural_person")].value, cells[("granted", "total")].value) == (3, 3)
    assert cells[("partial", "natural_person")].status == "blank"
    assert cells[("partial", "total")].value == 2
    assert all(_settled(cells[(r, c)]) for r in ("granted", "partial") for c in ("natural_person", "total"))


def test_which_organisation_column_nothing_settles_is_noted_not_picked_silently():
    cells = _requests(_table("325", "0000000", "33", "22", "325"))
    note = cells[("partial", "commercial")].note
    assert UNSETTLED in note
    assert unsettled_columns(note) == {"commercial", "research", "social_welfare", "legal_services", "other_org"}
    assert not _settled(cells[("partial", "research")])


def test_a_printed_row_that_pins_the_organisation_column_settles_the_table():
    # 上年结转 printed in full (0200002: 商业企业 2) says which organisation column is used
    cells = _requests(_table("33", "0200002", "33", "22", "325"))
    assert cells[("partial", "commercial")].value == 2
    assert cells[("new_received", "natural_person")].value == 3
    assert all(UNSETTLED not in (c.note or "") for c in cells.values())


def test_fewest_applicant_columns_natural_persons_first():
    # every row one count: read as natural persons, not spread over organisation columns
    cells = _requests(_table("44", "0000000", "33", "11", "44"))
    assert [cells[(r, "natural_person")].value for r in ("new_received", "granted", "partial")] == [4, 3, 1]
    assert all(UNSETTLED not in (c.note or "") for c in cells.values())


def test_two_rows_with_the_same_count_that_could_swap_columns_are_noted():
    # 予以公开 22 and 部分公开 22 under 自然人 2 + organisation 2: which row is whose is open
    cells = _requests(_table("224", "0000000", "22", "22", "224"))
    assert not _settled(cells[("granted", "natural_person")])
    assert _settled(cells[("granted", "total")])


def _piece_rows(*rows: str) -> list[list[Piece]]:
    return [[Piece(x, 0, len(x)) if x else Piece("", -1, -1) for x in row.split("|")] for row in rows]


def test_solve_table_returns_none_when_no_reading_holds():
    cols = {"new_received": ["natural_person", "total"], "total_processed": ["natural_person", "total"]}
    options = {"new_received": _piece_rows("3|3"), "total_processed": _piece_rows("4|4", "5|5")}
    assert solve_table("gov2021", "requests", options, cols) is None


def test_solve_table_prefers_the_reading_the_report_states():
    from textmine.tables.records import Statement

    rows = ("new_received", "granted", "total_processed")
    cols = dict.fromkeys(rows, ["natural_person", "commercial", "total"])
    options = {r: _piece_rows("2||2", "|2|2") for r in rows}
    plain = solve_table("gov2021", "requests", options, cols)
    assert [p.raw for p in plain["new_received"][0]] == ["2", "", "2"]  # natural persons first
    said = [Statement((("requests", "new_received", "commercial"),), 2, 0, 1)]
    told = solve_table("gov2021", "requests", options, cols, statements=said)
    assert [p.raw for p in told["new_received"][0]] == ["", "2", "2"]
    assert "statement" in told["new_received"][1] and UNSETTLED not in told["new_received"][1]
    wrong = [Statement((("requests", "new_received", "commercial"),), 7, 0, 1)]  # no reading meets it
    assert solve_table("gov2021", "requests", options, cols, statements=wrong) == plain


@pytest.mark.parametrize("seed", range(6))
def test_run_together_probe_cells_are_right_or_say_they_are_not_settled(seed):
    probe = make_probe("run_together", random.Random(seed), issuer="贵州省遵义市汇川区人民政府", year=2022)
    report = read_text(probe.text)
    got = {(c.table, c.row_key, c.col_key): c for c in report.cell_records}
    silent = [k for k, (value, status) in probe.expected.items()
              if (got[k].value, got[k].status) != (value, status) and _settled(got[k])
              and "plausibility" not in (got[k].note or "")]
    assert silent == []
    assert not [f for f in report.finding_records if f.severity == "error"]


@pytest.mark.parametrize(("prose", "column"), [
    ("本年新收政府信息公开申请5件，其中自然人申请3件，科研机构申请2件。", "research"),
    ("从申请主体看，自然人提出申请3件，法律服务机构申请2件。", "legal_services"),
])
def test_the_reports_own_count_of_an_applicant_settles_the_column(prose, column):
    cells = _requests(_table("325", "0000000", "33", "22", "325", prose="一、总体情况" + prose))
    assert cells[("partial", column)].value == 2 and cells[("new_received", column)].value == 2
    assert cells[("partial", "commercial")].status == "blank"
    assert all(UNSETTLED not in (c.note or "") for c in cells.values())
    assert "statement" in cells[("partial", column)].note


@pytest.mark.parametrize("prose", [
    "其中法人或其他组织申请2件。",  # true of every organisation column: settles none
    "其中科研机构申请7件。",  # no reading has it: the prose counts something else
])
def test_a_statement_that_settles_nothing_leaves_the_note(prose):
    cells = _requests(_table("325", "0000000", "33", "22", "325", prose="一、总体情况" + prose))
    assert UNSETTLED in cells[("partial", "commercial")].note
    assert cells[("partial", "total")].value == 2


def test_applicant_statements_are_found():
    from textmine.tables.step1_regions import find_statements

    text = "全年共收到政府信息公开申请33件，其中自然人申请30件，法人或其他组织申请3件。"
    got = [(tuple(c[2] for c in s.cells), s.value) for s in find_statements(text, "gov2021")]
    orgs = ("commercial", "research", "social_welfare", "legal_services", "other_org")
    assert got == [(("total",), 33), (("natural_person",), 30), (orgs, 3)]
    assert find_statements("申请人情况自然人法人或其他组织总计商业企业科研机构", "gov2021") == []


def _brute(deltas, offset):
    import itertools

    out = []
    for combo in itertools.product(*(range(len(d)) for d in deltas)):
        total = list(offset)
        for row, i in zip(deltas, combo, strict=True):
            total = [a + b for a, b in zip(total, row[i], strict=True)]
        if all(t == 0 for t in total):
            out.append(combo)
    return out


@pytest.mark.parametrize("seed", range(25))
def test_the_search_finds_exactly_the_tables_that_hold(seed):
    from decimal import Decimal

    from textmine.tables.step4_scoring import _Search

    rng = random.Random(seed)
    width = rng.randint(1, 3)
    deltas = [[tuple(Decimal(rng.randint(-3, 3)) for _ in range(width)) for _ in range(rng.randint(1, 4))]
              for _ in range(rng.randint(1, 5))]
    offset = tuple(Decimal(rng.randint(-4, 4)) for _ in range(width))
    brute = _brute(deltas, offset)
    got = _Search(deltas, offset).run()
    if not brute:
        assert got is None
        return
    picked, used = got
    assert tuple(picked) in brute
    cost = sum(picked)
    assert cost == min(sum(c) for c in brute)  # the cheapest (most plausible) reading
    assert used == [{c[k] for c in brute} for k in range(len(deltas))]


def test_the_search_gives_up_past_its_limit_and_says_so():
    from decimal import Decimal

    from textmine.tables.step4_scoring import _Search

    deltas = [[(Decimal(i),) for i in range(-9, 10)] for _ in range(4)]
    small = _Search(deltas, (Decimal(0),), limit=5)
    assert small.run() is None and small.overflow
    large = _Search(deltas, (Decimal(0),))
    assert large.run() is not None and not large.overflow


def test_the_bench_counts_cells_that_say_they_are_not_settled_apart():
    import importlib.util
    from pathlib import Path

    from textmine.model import Cell

    path = Path(__file__).parents[1] / "bench" / "table_probes.py"
    spec = importlib.util.spec_from_file_location("table_probes_bench", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    note = "placed by the whole table's identities; reading not settled: 5 readings pass every identity (commercial, research differ)"

    def cell(col: str, note: str | None) -> Cell:
        return Cell(template="gov2021", table="requests", row_key="granted", col_key=col,
                    value=None, raw="", status="blank", unit="件", start=None, end=None, note=note)

    assert bench.uncertain(cell("research", note))
    assert not bench.uncertain(cell("natural_person", note))  # the note names the columns left open
    assert bench.uncertain(cell("in_force", "digit run split by plausibility: 2 readings fit the identities"))
    assert not bench.uncertain(cell("total", "digit run split by the row identity (4 readings, 1 consistent)"))
    probe = make_probe("run_together", random.Random(3), issuer="甘肃省民政厅", year=2022)
    said = bench.applicants_sentence(probe)
    total = probe.expected[("requests", "new_received", "total")][0]
    assert said.startswith(f"本年度共收到政府信息公开申请{total}件，其中自然人申请")


@pytest.mark.parametrize("seed", range(40))
def test_the_packed_search_keeps_the_same_states_as_the_decimal_one(seed):
    """The search packs each vector of partial sums into one integer: the same readings, the
    same ties, the same limits and work as adding tuples of decimals (fractions, large values)."""
    from decimal import Decimal

    from textmine.tables.step4_scoring import _Search

    rng = random.Random(seed)
    width = rng.randint(1, 4)

    def value() -> Decimal:
        v = Decimal(rng.randint(-6, 6))
        if rng.random() < 0.2:
            v = v / Decimal(rng.choice([2, 4, 10]))
        if rng.random() < 0.05:
            v = Decimal(10) ** rng.randint(3, 26) * rng.choice([1, -1])
        return v

    deltas = [[tuple(value() for _ in range(width)) for _ in range(rng.randint(1, 6))] for _ in range(rng.randint(1, 7))]
    offset = tuple(value() for _ in range(width))
    limit, work = rng.choice([3, 10, 50, 20000]), rng.choice([30, 200, 2_000_000])
    packed = _Search(deltas, offset, limit=limit, budget=[work])
    plain = _Search(deltas, offset, limit=limit, budget=[work])
    expected = plain._run_tuples() if plain.dead_ok else None
    assert (packed.run(), packed.overflow, packed.budget) == (expected, plain.overflow, plain.budget)


def test_the_search_adds_decimals_when_a_sum_could_round():
    from decimal import Decimal

    from textmine.tables.step4_scoring import _Search

    huge = Decimal(10) ** 28
    deltas = [[(huge,), (Decimal(1),)], [(-huge,), (Decimal(-1),)]]
    search = _Search(deltas, (Decimal(0),))
    assert search._packed() is None  # 10²⁸ + 1 has more digits than the decimal context keeps
    assert search.run() == ([0, 0], [{0, 1}, {0, 1}])
    assert _Search([[(Decimal(10) ** 20,), (Decimal(1),)]], (Decimal(-1),))._packed() is not None
