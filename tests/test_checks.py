"""Tests of textmine.checks: every rule fires on a broken table and stays silent on a sound one."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

import pytest
from report_writer import (
    INJECTIONS,
    TEMPLATES,
    all_keys,
    cells_from_values,
    consistent_values,
    inject,
)

from textmine.checks import (
    check_cells,
    check_cross_year,
    check_ids,
    check_info,
    check_period,
    check_prose,
    check_template_year,
    normalize_issuer,
)
from textmine.model import Cell, Fact, ReportMeta

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _cell(template: str, key: str, value, *, status: str | None = None, label: str | None = None, unit=None) -> Cell:
    table, row, col = key.split(".")
    if status is None:
        status = "number" if value is not None else "blank"
    return Cell(template, table, None if row == "-" else row, col, value if status == "number" else None,
                "" if value is None else str(value), status, unit=unit, label=label)


def _values(template: str, seed: int = 7) -> dict:
    return consistent_values(template, random.Random(seed), blanks=False)


def _ids(findings, severity: str | None = None) -> set[str]:
    return {f.check_id for f in findings if severity is None or f.severity == severity}


# ---- one broken cell set per check id ---------------------------------------------------------


def _set(values: dict, key: tuple, value) -> dict:
    out = dict(values)
    out[key] = value
    return out


def _case(check_id: str) -> tuple[str, dict, dict]:
    """(template, consistent values, the same values broken so that ``check_id`` must fire)."""
    g21 = _values("gov2021")
    g19 = _values("gov2019")
    g14 = _values("gov2014")
    loc = _values("local")
    # Make a few cells non-zero so that every breakage below is visible.
    g21 = {**g21, ("active", "normative_docs", "issued"): 5, ("active", "normative_docs", "repealed"): 1,
           ("active", "normative_docs", "in_force"): 40}
    g19 = {**g19, ("active", "rules", "made"): 4, ("active", "rules", "published"): 4,
           ("active", "rules", "total_published"): 9}
    cases = {
        "T3-A": ("gov2021", g21, _set(_set(g21, ("requests", "carried_over", "commercial"), g21[("requests", "carried_over", "commercial")] + 2),
                                      ("requests", "carried_over", "total"), g21[("requests", "carried_over", "total")] + 2)),
        "T3-B": ("gov2021", g21, _set(_set(g21, ("requests", "total_processed", "research"), g21[("requests", "total_processed", "research")] + 1),
                                      ("requests", "carried_forward", "research"), g21[("requests", "carried_forward", "research")] - 1)),
        "T3-C": ("gov2019", g19, _set(g19, ("requests", "granted", "total"), g19[("requests", "granted", "total")] + 1)),
        "T3-C-blank-total": ("gov2021", g21, _set(_set(g21, ("requests", "granted", "natural_person"), 3),
                                                  ("requests", "granted", "total"), "")),
        "T3-C-sub": ("gov2021", g21, {**g21, ("requests", "new_received", "org_subtotal"): 99}),
        "T3-D": ("gov2021", g21, _set(g21, ("appeals", "review", "pending"), -1)),
        "T4-A": ("gov2019", g19, _set(g19, ("appeals", "suit_after_review", "total"), g19[("appeals", "suit_after_review", "total")] + 3)),
        "T2-A": ("gov2021", g21, _set(g21, ("active", "normative_docs", "in_force"), 2)),
        "T2-C": ("gov2021", g21, _set(g21, ("active", "fees", "amount"), 2_500_000)),
        "T2-D": ("gov2019", g19, _set(g19, ("active", "rules", "published"), 12)),
        "T2-E": ("gov2021", g21, _set(g21, ("active", "licensing", "decisions"), -2)),
        "P-1": ("gov2014", g14, _set(g14, ("stats", "requests_fax", "value"), g14[("stats", "requests_fax", "value")] + 1)),
        "P-2": ("gov2014", g14, _set(g14, ("stats", "requests_closed_on_time", "value"), g14[("stats", "requests_closed_on_time", "value")] + 4)),
        "P-3": ("gov2014", g14, _set(g14, ("stats", "replies_amend", "value"), g14[("stats", "replies_amend", "value")] + 1)),
        "P-4": ("gov2014", g14, _set(g14, ("stats", "denied_privacy", "value"), g14[("stats", "replies_denied", "value")] + 1)),
        "P-5": ("gov2014", g14, _set(g14, ("stats", "suits_other", "value"), g14[("stats", "suits_other", "value")] + 1)),
        "P-6": ("gov2014", g14, _set(g14, ("stats", "staff_part_time", "value"), g14[("stats", "staff_part_time", "value")] + 1)),
        "P-7": ("gov2014", g14, _set(g14, ("stats", "active_normative", "value"), g14[("stats", "active_items", "value")] + 1)),
        "P-8-max": ("gov2014", g14, _set(g14, ("stats", "channel_weibo", "value"), g14[("stats", "active_items", "value")] + 1)),
        "P-8-sum": ("gov2014", g14, {**g14, **{("stats", k, "value"): 0 for k in ("channel_gazette", "channel_weibo", "channel_wechat", "channel_other")},
                                     ("stats", "channel_website", "value"): g14[("stats", "active_items", "value")] - 1}),
        "P-9": ("gov2014", g14, _set(_set(g14, ("stats", "trainees", "value"), 0), ("stats", "training_sessions", "value"), 3)),
        "P-10": ("gov2014", g14, _set(g14, ("stats", "fees", "value"), 35000)),
        "L-1": ("local", loc, _set(loc, ("stats", "channel_gazette", "cumulative"), loc[("stats", "channel_gazette", "cumulative")] + 1)),
        "L-2": ("local", loc, _set(loc, ("stats", "~3.电子邮件申请数", "value"), loc[("stats", "~3.电子邮件申请数", "value")] + 1)),
        "L-3": ("local", loc, _set(loc, ("stats", "replies_partial", "value"), loc[("stats", "replies_partial", "value")] + 1)),
        "L-4": ("local", loc, _set(loc, ("stats", "reviews", "cumulative"), -1 if False else 0) if loc[("stats", "reviews", "value")] else
                _set(_set(loc, ("stats", "reviews", "value"), 5), ("stats", "reviews", "cumulative"), 2)),
    }
    return cases[check_id]


REPORT_CHECKS = [c for c in check_ids() if check_info(c).get("scope", "report") == "report"
                 and check_info(c).get("kind") not in ("derived", "report") or c == "T3-C-blank-total"]


@pytest.mark.parametrize("check_id", REPORT_CHECKS)
def test_check_fires_on_broken_and_not_on_consistent(check_id):
    template, good, bad = _case(check_id)
    assert check_id not in _ids(check_cells(cells_from_values(template, good), template=template))
    findings = [f for f in check_cells(cells_from_values(template, bad), template=template) if f.check_id == check_id]
    assert findings, f"{check_id} did not fire"
    info = check_info(check_id)
    for f in findings:
        assert f.severity == info["severity"]
        assert f"({check_id}," in f.message and f.message.endswith(".")
        assert f.cells and all(c.count(".") >= 2 for c in f.cells)


def test_every_check_id_is_tested():
    tested = set(REPORT_CHECKS) | {"T3-E", "T2-B", "T2-D-year", "L-5", "COPY-TABLE", "TABLE-MISSING",
                                   "PROSE-TABLE", "CELLS-MISSING", "CELL-TEXT", "PERIOD-YEAR", "TEMPLATE-YEAR",
                                   "TABLE-UNREAD", "READING-UNCERTAIN", "PROSE-PERCENT",  # PROSE-PERCENT: test_checks_issue10b.py
                                   "TABLE-SECOND-SET",  # test_tables_second_set.py
                                   "PROSE-YEAR"}  # test_checks_probes6.py
    assert tested == set(check_ids())


def test_severity_follows_format_md():
    hard = {"T3-A", "T3-B", "T3-C", "T3-D", "T4-A", "P-1", "P-2", "P-3", "P-5", "P-6", "P-7", "P-8-max"}
    soft = {"T3-C-blank-total", "T3-E", "T2-A", "T2-B", "T2-C", "T2-D", "P-4", "P-8-sum", "P-9", "P-10", "L-5", "COPY-TABLE"}
    assert all(check_info(c)["severity"] == "error" for c in hard)
    assert all(check_info(c)["severity"] == "warning" for c in soft)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("seed", range(25))
def test_generated_consistent_tables_have_no_error(template, seed):
    values = consistent_values(template, random.Random(seed))
    findings = check_cells(cells_from_values(template, values), template=template)
    assert not [f.message for f in findings if f.severity == "error"]
    assert "TABLE-MISSING" not in _ids(findings)


@pytest.mark.parametrize("template", TEMPLATES)
def test_injections_reported_with_the_right_check_id(template):
    rng = random.Random(11)
    for seed in range(10):
        values = consistent_values(template, random.Random(seed))
        for kind, key, expected in INJECTIONS[template]:
            broken = inject(values, kind, key, rng)
            if broken is None:
                continue
            assert expected in _ids(check_cells(cells_from_values(template, broken), template=template)), (kind, key)


# ---- the example message and the blank rules ---------------------------------------------------


def test_message_of_t3a_names_labels_and_numbers():
    cells = [
        _cell("gov2021", "requests.new_received.natural_person", 12),
        _cell("gov2021", "requests.carried_over.natural_person", 3),
        _cell("gov2021", "requests.total_processed.natural_person", 10),
        _cell("gov2021", "requests.carried_forward.natural_person", 4),
    ]
    (f,) = [f for f in check_cells(cells) if f.check_id == "T3-A"]
    assert f.message.startswith("表三 column 自然人: 新收 12 + 上年结转 3 = 15, but （七）总计 10 + 结转下年度 4 = 14 (T3-A")
    assert (f.found, f.expected, f.severity) == (15, 14, "error")
    assert f.cells == ("requests.new_received.natural_person", "requests.carried_over.natural_person",
                       "requests.total_processed.natural_person", "requests.carried_forward.natural_person")


@pytest.mark.parametrize("raw,status", [("", "blank"), ("—", "dash"), ("/", "dash"), ("无", "none_word")])
def test_blank_like_cells_count_as_zero_and_are_named(raw, status):
    cells = [_cell("gov2014", "stats.staff.value", 5), _cell("gov2014", "stats.staff_full_time.value", 5),
             Cell("gov2014", "stats", "staff_part_time", "value", None, raw, status)]
    assert "P-6" not in _ids(check_cells(cells))  # 5 = 5 + blank
    cells[0] = _cell("gov2014", "stats.staff.value", 6)
    (f,) = [f for f in check_cells(cells) if f.check_id == "P-6"]
    assert "relied on blank cells" in f.message and "兼职人员数" in f.message


def test_blank_is_not_a_zero_for_the_total_column():
    # A 总计 left blank on an outcome sub-row is a warning, not a T3-C error.
    cells = [_cell("gov2021", f"requests.granted.{c}", v) for c, v in
             [("natural_person", 2), ("commercial", 1), ("research", 0), ("social_welfare", 0), ("legal_services", 0), ("other_org", 0)]]
    cells.append(_cell("gov2021", "requests.granted.total", None))
    ids = _ids(check_cells(cells))
    assert "T3-C-blank-total" in ids and "T3-C" not in ids
    # ... but on 新收 it is an error, and a blank total with an all-zero row is fine.
    cells = [Cell(c.template, c.table, "new_received", c.col_key, c.value, c.raw, c.status) for c in cells]
    assert "T3-C" in _ids(check_cells(cells))
    zero = [_cell("gov2021", f"requests.partial.{c}", 0) for c in
            ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")]
    assert not _ids(check_cells([*zero, _cell("gov2021", "requests.partial.total", None)])) & {"T3-C", "T3-C-blank-total"}


def test_missing_cells_skip_rules_and_missing_tables_warn_once():
    cells = [_cell("gov2014", "stats.requests_received.value", 9), _cell("gov2014", "stats.requests_fax.value", 1)]
    assert "P-1" not in _ids(check_cells(cells))  # 当面/网络/信函 absent: cannot check
    cells.append(Cell("gov2014", "stats", "requests_online", "value", None, "", "missing"))
    assert "P-1" not in _ids(check_cells(cells))
    g21 = [c for c in cells_from_values("gov2021", _values("gov2021")) if c.table != "appeals"]
    findings = check_cells(g21, template="gov2021")
    missing = [f for f in findings if f.check_id == "TABLE-MISSING"]
    assert len(missing) == 1 and missing[0].expected == "appeals" and "表四" in missing[0].message
    assert len([f for f in check_cells([], template="local") if f.check_id == "TABLE-MISSING"]) == 1


def test_partly_missing_tables_and_text_cells_are_reported():
    cells = cells_from_values("gov2014", _values("gov2014"))
    cut = [c if c.row_key not in ("reviews", "suits") else Cell(c.template, c.table, c.row_key, c.col_key, None, "", "missing")
           for c in cells]
    (finding,) = [f for f in check_cells(cut, template="gov2014") if f.check_id == "CELLS-MISSING"]
    assert finding.found == finding.expected - 2 and "行政复议数量" in finding.message
    texty = [c if c.row_key != "requests_received" else Cell(c.template, c.table, c.row_key, c.col_key, None, "20 (含转办)", "text")
             for c in cells]
    findings = check_cells(texty, template="gov2014")
    assert [f.found for f in findings if f.check_id == "CELL-TEXT"] == ["20 (含转办)"]
    assert "P-1" not in _ids(findings)
    assert not {"CELLS-MISSING", "CELL-TEXT"} & _ids(check_cells(cells, template="gov2014"))


def test_gov2021_single_other_handling_row_is_used_for_t3b():
    values = _values("gov2021")
    other = [("requests", k, c) for k in ("other_no_correction", "other_no_fee", "other_misc")
             for c in ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total")]
    merged = dict(values)
    for col in ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total"):
        merged[("requests", "other_handling", col)] = sum(values[("requests", k, col)] for k in ("other_no_correction", "other_no_fee", "other_misc"))
    for key in other:
        del merged[key]
    cells = cells_from_values("gov2021", merged)
    cells += [Cell("gov2021", *key, None, "", "missing") for key in other]
    assert not _ids(check_cells(cells), "error")


def test_local_rows_without_key_take_part_by_label():
    loc = _values("local")
    cells = cells_from_values("local", loc)
    assert any(c.row_key is None and c.label == "3.电子邮件申请数" for c in cells)
    assert "L-2" not in _ids(check_cells(cells))
    # Dropping the 电子邮件 row (a table that lacks it) still checks the other channels.
    fewer = [c for c in cells if c.label != "3.电子邮件申请数"]
    emails = loc[("stats", "~3.电子邮件申请数", "value")] or loc[("stats", "~3.电子邮件申请数", "cumulative")]
    assert ("L-2" in _ids(check_cells(fewer))) == bool(emails)


def test_check_cells_infers_template_and_ignores_other_templates():
    cells = cells_from_values("gov2014", _values("gov2014"))
    cells.append(_cell("local", "stats.active_items.value", 1))
    assert not _ids(check_cells(cells), "error")


# ---- prose -------------------------------------------------------------------------------------


def _fact(value, indicator, *, qualifier=None, unit="件", text="", upper=None, change=None) -> Fact:
    return Fact(1, 1, value, unit, qualifier, None, indicator, text or f"共{value}{unit}", 10, 20, change=change, upper=upper)


@pytest.mark.parametrize(
    "fact,table,agrees",
    [
        (_fact(897, "new_received"), 897, True),
        (_fact(900, "new_received"), 897, False),
        (_fact(900, "new_received", qualifier="about", text="近900件"), 897, True),
        (_fact(900, "new_received", qualifier="about", text="约900件"), 800, False),
        (_fact(900, "new_received", qualifier="more_than", text="900余件"), 950, True),
        (_fact(900, "new_received", qualifier="more_than", text="900余件"), 1000, False),
        (_fact(900, "new_received", qualifier="more_than", text="900余件"), 897, False),
        (_fact(900, "new_received", qualifier="more_than", text="超过900件"), 5000, True),
        (_fact(100, "new_received", qualifier="less_than", text="不足100件"), 99, True),
        (_fact(100, "new_received", qualifier="less_than", text="不足100件"), 120, False),
        (_fact(Decimal("1.2"), "processing_fees", unit="万元", text="收费1.2万元"), Decimal("1.20"), True),
        (_fact(12000, "processing_fees", unit="元", text="收费12000元"), Decimal("1.2"), True),
        (_fact(12500, "processing_fees", unit="元", text="收费12500元"), Decimal("1.2"), False),
        (_fact(Decimal("50.5"), "new_received", unit="%", text="占50.5%"), 3, True),
        (_fact(12, "new_received", change="increase", text="增长12件"), 3, True),
    ],
)
def test_prose_against_table(fact, table, agrees):
    fees = fact.indicator == "processing_fees"
    key = "stats.fees.value" if fees else "requests.new_received.total"
    cells = [_cell("gov2014" if fees else "gov2021", key, table, unit="万元" if fees else "件")]
    findings = check_prose([fact], cells)
    assert (not findings) == agrees
    for f in findings:
        assert f.check_id == "PROSE-TABLE" and f.severity == "warning" and (f.start, f.end) == (10, 20)
        assert fact.text in f.message


def test_prose_indicator_maps_per_template_and_sums_lawsuits():
    cells = [_cell("gov2021", "appeals.suit_direct.total", 6), _cell("gov2021", "appeals.suit_after_review.total", 3)]
    assert not check_prose([_fact(9, "suits", text="行政诉讼9起")], cells)
    (f,) = check_prose([_fact(7, "suits", text="行政诉讼7起")], cells)
    assert f.expected == 9 and f.found == 7
    local = [_cell("local", "stats.active_items.value", 425, unit="条")]
    assert check_prose([_fact(421, "active_items", unit="条")], local)
    assert not check_prose([_fact(425, "active_items", unit="条"), _fact(3, "unknown_indicator")], local)


# ---- across years --------------------------------------------------------------------------------


def _meta(year: int, template: str, issuer: str = "平潭综合实验区管委会") -> ReportMeta:
    return ReportMeta(issuer=issuer, year=year, template=template)


def test_cross_year_carry_over_and_copy():
    a = _values("gov2021", 1)
    b = _values("gov2021", 2)
    cols = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total")
    b_ok = dict(b)
    for col in cols:
        delta = a[("requests", "carried_forward", col)] - b[("requests", "carried_over", col)]
        b_ok[("requests", "carried_over", col)] += delta
        b_ok[("requests", "new_received", col)] -= delta
        b_ok[("requests", "carried_forward", col)] += max(0, -b_ok[("requests", "new_received", col)])
        b_ok[("requests", "new_received", col)] = max(0, b_ok[("requests", "new_received", col)])
    for row in ("rules", "normative_docs"):
        b_ok[("active", row, "in_force")] = a[("active", row, "in_force")] + b[("active", row, "issued")] - b[("active", row, "repealed")]
    reports = [("y1", _meta(2021, "gov2021"), cells_from_values("gov2021", a)),
               ("y2", _meta(2022, "gov2021", "平潭综合实验区 管理委员会"), cells_from_values("gov2021", b_ok))]
    assert not check_cross_year(reports)
    bad = dict(b_ok)
    bad[("requests", "carried_over", "natural_person")] += 1
    bad[("active", "rules", "in_force")] += 1
    found = check_cross_year([reports[0], ("y2", reports[1][1], cells_from_values("gov2021", bad))])
    assert {(rid, f.check_id) for rid, f in found} == {("y2", "T3-E"), ("y2", "T2-B")}
    copied = check_cross_year([reports[0], ("y2", _meta(2022, "gov2021"), cells_from_values("gov2021", a))])
    assert "COPY-TABLE" in {f.check_id for _, f in copied}
    # Not consecutive, or another body: nothing to compare.
    assert not check_cross_year([reports[0], ("y3", _meta(2023, "gov2021"), cells_from_values("gov2021", bad))])
    assert not check_cross_year([reports[0], ("y2", _meta(2022, "gov2021", "别的单位"), cells_from_values("gov2021", bad))])


def test_cross_year_local_running_total_and_gov2019_items():
    prev = [_cell("local", "stats.active_items.value", 739), _cell("local", "stats.active_items.cumulative", 4359)]
    cur = [_cell("local", "stats.active_items.value", 100), _cell("local", "stats.active_items.cumulative", 4459)]
    assert not check_cross_year([("a", _meta(2012, "local"), prev), ("b", _meta(2013, "local"), cur)])
    cur[1] = _cell("local", "stats.active_items.cumulative", 3620)
    ((rid, f),) = check_cross_year([("a", _meta(2012, "local"), prev), ("b", _meta(2013, "local"), cur)])
    assert rid == "b" and f.check_id == "L-5" and f.expected == 4459 and "上年历年累计 4359" in f.message
    p19 = [_cell("gov2019", "active.penalty.prev_items", 2648), _cell("gov2019", "active.penalty.change", -18)]
    c19 = [_cell("gov2019", "active.penalty.prev_items", 2630)]
    assert not check_cross_year([("a", _meta(2019, "gov2019"), p19), ("b", _meta(2020, "gov2019"), c19)])
    c19 = [_cell("gov2019", "active.penalty.prev_items", 2648)]
    assert {f.check_id for _, f in check_cross_year([("a", _meta(2019, "gov2019"), p19), ("b", _meta(2020, "gov2019"), c19)])} == {"T2-D-year"}


def test_normalize_issuer():
    assert normalize_issuer("平潭综合实验区管理委员会") == normalize_issuer("平潭综合实验区管委会")


# ---- real reports: gold cells ----------------------------------------------------------------------


def _gold(name: str) -> tuple[dict, list[Cell]]:
    data = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    cells = []
    for c in data.get("cells") or ():
        value = c.get("value")
        if isinstance(value, float):
            value = Decimal(str(value))
        raw = c.get("raw", "" if value is None else str(value))
        cells.append(Cell(c["template"], c["table"], c.get("row_key"), c.get("col_key"), value, raw, c["status"],
                          unit=c.get("unit"), label=c.get("label")))
    return data, cells


def _gold_names() -> list[str]:
    if not (CORPUS / "gold").is_dir():
        return []
    return sorted(p.stem for p in (CORPUS / "gold").glob("*.json"))


needs_corpus = pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="../shared/corpus/gold not present")

#: What each gold file's notes say about its tables' internal consistency, as error findings:
#: {name: {(check_id, a cell key the finding must involve)}}; files not listed must have none.
GOLD_ERRORS = {
    "gaotai-2016": {("P-8-max", "stats.channel_website.value")},  # channel counts exceed the total
    "r005": {("L-1", "stats.active_items.value"), ("L-1", "stats.active_items.cumulative")},  # 1853 vs 1713 + 0
    "r014": {("T3-B", "requests.total_processed.natural_person"), ("T3-B", "requests.total_processed.total")},  # 26 vs 20
    "r020": {("T4-A", "appeals.review.total"), ("T4-A", "appeals.suit_after_review.total")},  # 总计 0 printed
    "r023": {("T3-A", "requests.carried_forward.total"), ("T3-C", "requests.carried_forward.total")},  # blank 总计
    "r028": {("L-1", "stats.active_items.cumulative")},  # 837 vs 787 + 0
    "r029": {("L-1", "stats.active_items.cumulative")},  # 31 vs 25 + '/'
}


@needs_corpus
def test_gaotai_gold_cells_report_p8():
    _, cells = _gold("gaotai-2016")
    findings = check_cells(cells)
    (f,) = [f for f in findings if f.check_id == "P-8-max"]
    assert f.severity == "error" and f.found == 32785 and f.expected == 15689
    assert "政府网站公开政府信息数 32785" in f.message and "主动公开政府信息数 15689" in f.message


@needs_corpus
@pytest.mark.parametrize("name", _gold_names() or ["-"])
def test_gold_error_findings_match_the_notes(name):
    data, cells = _gold(name)
    template = (data.get("meta") or {}).get("template")
    findings = check_cells(cells, template=template) if template else []
    got = {(f.check_id, cell) for f in findings if f.severity == "error" for cell in f.cells}
    want = GOLD_ERRORS.get(name, set())
    assert want <= got, f"{name}: notes state {want - got}"
    assert {c for c, _ in got} == {c for c, _ in want}, f"{name}: unexpected errors {[f.message for f in findings if f.severity == 'error']}"


@needs_corpus
def test_gold_cross_year_findings_match_the_notes():
    reports = []
    for name in _gold_names():
        data, cells = _gold(name)
        meta = data.get("meta") or {}
        reports.append((name, ReportMeta(issuer=meta.get("issuer"), year=meta.get("year"), template=meta.get("template")), cells))
    found = {(rid, f.check_id) for rid, f in check_cross_year(reports)}
    # Notes: r004 历年累计 not carried from 2011; r007 cumulative not carried forward; r010 requests
    # cumulative drops to 0; r011 10037 below 85376 + 2122; r018/r019 T2-B fails; r020→r021 and
    # r013→r014 hold.
    assert {("r004", "L-5"), ("r007", "L-5"), ("r010", "L-5"), ("r011", "L-5"), ("r018", "T2-B"), ("r019", "T2-B")} <= found
    assert not {rid for rid, _ in found} & {"r009", "r014", "r021"}
    assert all(f.severity == "warning" for _, f in check_cross_year(reports))


def test_all_keys_cover_the_schema():
    assert len(all_keys("gov2019")) == 22 + 23 * 7 + 15
    assert len(all_keys("local")) == 17 * 2


@pytest.mark.parametrize(
    "value, unit, qualifier, text, table, agrees",
    [
        (Decimal("1.2"), "万条", None, "1.2万条", 12000, True),
        (Decimal("1.3"), "万条", None, "1.3万条", 12000, False),
        (Decimal("1.2"), "万条", "more_than", "1.2万余条", 12500, True),
        (Decimal("1.2"), "万条", "more_than", "1.2万余条", 13000, False),
        (900, "条", "more_than", "900余条", 999, True),
    ],
    ids=["wan-exact", "wan-differs", "wan-yu-inside", "wan-yu-next-step", "yu-integer"],
)
def test_prose_in_wan_is_scaled_to_the_table(value, unit, qualifier, text, table, agrees):
    cells = [_cell("gov2014", "stats.active_items.value", table, unit="条")]
    fact = _fact(value, "active_items", unit=unit, qualifier=qualifier, text=text)
    assert (not check_prose([fact], cells)) == agrees


# ---- report year against the statistics period and the template era ---------------------------


def test_period_year_disagreeing_with_the_title_year():
    text = "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。"
    findings = check_period(text, 2020)
    assert [f.check_id for f in findings] == ["PERIOD-YEAR"]
    assert findings[0].severity == "warning" and findings[0].found == 2019 and findings[0].expected == 2020
    assert text[findings[0].start : findings[0].end].startswith("统计期限")
    assert check_period(text, 2019) == [] and check_period(text, None) == [] and check_period("无", 2019) == []


def test_period_year_through_the_pipeline():
    import textmine

    report = textmine.read(Path(__file__).parent / "cases" / "qa_tables" / "t07_period.txt")
    assert "PERIOD-YEAR" in _ids(report.finding_records)


@pytest.mark.parametrize(("template", "year", "fires"), [
    ("gov2019", 2021, True), ("gov2019", 2023, True), ("gov2021", 2019, True), ("gov2021", 2020, True),
    ("gov2019", 2019, False), ("gov2019", 2020, False), ("gov2021", 2021, False), ("gov2014", 2016, False),
    ("local", 2011, False), (None, 2021, False), ("gov2019", None, False),
])
def test_template_year(template, year, fires):
    findings = check_template_year(template, year)
    assert bool(findings) is fires
    assert all(f.check_id == "TEMPLATE-YEAR" and f.severity == "warning" for f in findings)


def test_template_year_through_the_pipeline():
    import textmine

    report = textmine.read(Path(__file__).parent / "cases" / "qa_tables" / "t12_2021_oldtables.txt")
    assert "TEMPLATE-YEAR" in _ids(report.finding_records)


# ---- a blank total is reported once -------------------------------------------------------------


def test_blank_total_of_row_seven_is_one_warning():
    g21 = _values("gov2021")
    assert g21[("requests", "total_processed", "total")] > 0
    assert not _ids(check_cells(cells_from_values("gov2021", g21), template="gov2021"), "error")
    blank = _set(g21, ("requests", "total_processed", "total"), "")
    findings = check_cells(cells_from_values("gov2021", blank), template="gov2021")
    assert not _ids(findings, "error")
    t3 = [f for f in findings if f.check_id.startswith("T3")]
    assert [f.check_id for f in t3] == ["T3-C-blank-total"]
    assert "（七）总计: 总计 is left blank" in t3[0].message


def test_message_names_a_total_column_of_the_total_row_once():
    g21 = _values("gov2021")
    bad = _set(g21, ("requests", "total_processed", "total"), g21[("requests", "total_processed", "total")] + 1)
    messages = [f.message for f in check_cells(cells_from_values("gov2021", bad), template="gov2021")]
    assert messages and not any("（七）总计 总计 " in m for m in messages)


def test_blank_total_with_a_real_error_still_reports_it():
    g21 = _values("gov2021")
    bad = _set(_set(g21, ("requests", "total_processed", "total"), ""),
               ("requests", "carried_forward", "natural_person"), g21[("requests", "carried_forward", "natural_person")] + 5)
    ids = _ids(check_cells(cells_from_values("gov2021", bad), template="gov2021"), "error")
    assert "T3-A" in ids


def test_gov2014_messages_name_the_row_not_a_year_column():
    g14 = _values("gov2014")
    bad = _set(g14, ("stats", "requests_in_person", "value"), "")
    bad = _set(bad, ("stats", "requests_fax", "value"), g14[("stats", "requests_fax", "value")] + 1)
    findings = [f for f in check_cells(cells_from_values("gov2014", bad), template="gov2014") if f.check_id == "P-1"]
    assert findings
    assert "当面申请数 (blank)" in findings[0].message and "本年度" not in findings[0].message


@pytest.mark.parametrize(
    "counted, compared",
    [
        ("主动公开政府信息", True),
        ("区管委会、县政府公开办主动公开信息数为", False),
        ("其他应主动公开的政府信息", False),
        ("通过门户网站主动公开政府信息", False),
    ],
    ids=["whole", "one-office", "sub-category", "one-channel"],
)
def test_prose_counts_of_a_part_are_not_compared_with_the_total(counted, compared):
    cells = [_cell("local", "stats.active_items.value", 425, unit="条")]
    fact = Fact(1, 1, 62, "条", None, counted, "active_items", f"{counted}62条", 0, 5)
    assert bool(check_prose([fact], cells)) == compared
