"""The streaming cross-year index: same findings as comparing every pair, kept state small."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from decimal import Decimal

import pytest
from report_writer import cells_from_values, consistent_values

from textmine.checks import check_cross_year
from textmine.checks.history import CrossYearIndex, _compact_cells, _wanted
from textmine.checks.identities import _applies, _run_identity, infer_template
from textmine.checks.index import _dec, _Index, cell_key
from textmine.checks.spec import checks_spec, table_label
from textmine.issuers import body_key
from textmine.model import Cell, Finding, ReportMeta

# ---- the reference: every pair of reports of a body, on whole Cell lists (the former code) ----


def _reference(reports):
    by_body = defaultdict(lambda: defaultdict(list))
    for rid, meta, cells in reports:
        body = body_key(meta.issuer, year=meta.year)
        template = meta.template or infer_template(cells)
        if not body or meta.year is None or template is None:
            continue
        by_body[body][int(meta.year)].append((rid, template, [c for c in cells if c.template == template]))
    checks = [(cid, s) for cid, s in checks_spec()["checks"].items() if s.get("scope") == "cross_year"]
    out = []
    for body in sorted(by_body):
        years = by_body[body]
        for year in sorted(years):
            for rid, template, cells in years[year] if year - 1 in years else ():
                for _, ptemplate, pcells in years[year - 1]:
                    for cid, spec in checks:
                        if not (_applies(spec, template) and _applies(spec, ptemplate)):
                            continue
                        if spec.get("kind") == "prose_year":
                            continue  # reads the prose, which these panels lack (test_checks_probes6.py)
                        if spec.get("kind") == "copy":
                            if template != ptemplate:
                                continue
                            a = {cell_key(c): _dec(c.value) for c in cells if c.status == "number" and c.value is not None}
                            b = {cell_key(c): _dec(c.value) for c in pcells if c.status == "number" and c.value is not None}
                            nonzero = sum(1 for v in a.values() if v != 0)
                            if a and a == b and nonzero >= int(spec.get("min_nonzero", 5)):
                                tables = ", ".join(table_label(t) for t in sorted({k.split(".")[0] for k in a}))
                                message = (f"All {len(a)} numbers of {tables} ({nonzero} of them non-zero) equal the "
                                           f"same body's {year - 1} report ({cid}, {spec['en']}).")
                                out.append((rid, Finding(cid, str(spec["severity"]), message,
                                                         "numbers that differ from last year", len(a), tuple(sorted(a)))))
                            continue
                        for f in _run_identity(cid, spec, template=template, cur=_Index(cells), prev=_Index(pcells)):
                            out.append((rid, f))
    return out


def _flat(findings):
    return list(findings)


def _panel(seed: int):
    """A random panel: 3 bodies × 2014–2023, some years missing, doubled or copied, some cells changed."""
    rng = random.Random(seed)
    reports = []
    for b, issuer in enumerate(("甲县人民政府", "乙市 人民政府", "丙区司法局")):
        last = None
        for year in range(2014, 2024):
            if rng.random() < 0.15:
                continue
            template = "gov2021" if year >= 2021 else "gov2019" if year >= 2019 else rng.choice(["gov2014", "local"])
            for dup in range(2 if rng.random() < 0.1 else 1):
                if last is not None and last[0] == template and rng.random() < 0.3:
                    values = dict(last[1])  # copied from last year
                else:
                    values = consistent_values(template, rng, blanks=rng.random() < 0.5)
                    for key in rng.sample(sorted(values), k=3):
                        values[key] = rng.choice([None, 0, values[key], Decimal("1.5")])
                cells = cells_from_values(template, values)
                meta = ReportMeta(issuer=issuer, year=year, template=template if rng.random() < 0.8 else None)
                reports.append((f"b{b}-{year}-{dup}", meta, cells))
                last = (template, values)
    rng.shuffle(reports)
    return reports


@pytest.mark.parametrize("seed", range(6))
def test_index_gives_the_pairwise_findings_in_the_same_order(seed):
    reports = _panel(seed)
    assert _flat(check_cross_year(reports)) == _flat(_reference(reports))


def test_panels_do_produce_each_kind_of_finding():
    """The random panels exercise copies and broken carry-overs, so the comparison above can fail."""
    kinds = {f.check_id for seed in range(6) for _, f in check_cross_year(_panel(seed))}
    assert {"COPY-TABLE", "T3-E"} <= kinds


def _carry_over_pair(issuers, places=({}, {})):
    """Two consecutive reports whose carry-over disagrees (2021 carries 2 over, 2022 starts from 0)."""
    rng = random.Random(7)
    reports = []
    for year, issuer, place in zip((2021, 2022), issuers, places, strict=True):
        values = consistent_values("gov2021", rng)
        reports.append((f"{issuer}-{year}", ReportMeta(issuer=issuer, year=year, template="gov2021", **place),
                        cells_from_values("gov2021", values)))
    return reports


def test_a_body_named_with_and_without_its_province_is_one_body():
    """江苏省淮安市洪泽区人民政府 (2022) and 淮安市洪泽区人民政府 (2023): the same body, as in the panel."""
    same = _carry_over_pair(("江苏省淮安市洪泽区人民政府", "淮安市洪泽区人民政府"))
    assert body_key(same[0][1].issuer, year=2021) == body_key(same[1][1].issuer, year=2022)
    assert any(f.check_id == "T3-E" for _, f in check_cross_year(same))
    # a county bureau named by its short form is completed by the report's places: two counties stay apart
    apart = _carry_over_pair(("县财政局", "县财政局"),
                             ({"city": "福州市", "county": "闽侯县"}, {"city": "福州市", "county": "闽清县"}))
    assert check_cross_year(apart) == []
    together = _carry_over_pair(("县财政局", "闽侯县财政局"),
                                ({"city": "福州市", "county": "闽侯县"}, {"city": "福州市", "county": "闽侯县"}))
    assert any(f.check_id == "T3-E" for _, f in check_cross_year(together))


def test_rows_of_the_cells_table_and_cell_records_index_alike():
    reports = _panel(3)
    by_cells, by_rows = CrossYearIndex(), CrossYearIndex()
    for rid, meta, cells in reports:
        by_cells.add(rid, issuer=meta.issuer, year=meta.year, template=meta.template, cells=cells)
        rows = [
            {"template": c.template, "table": c.table, "row_key": c.row_key, "col_key": c.col_key,
             "label": c.label, "status": c.status, "raw": c.raw, "start": c.start, "end": c.end,
             "value_exact": None if c.value is None else str(c.value)}
            for c in cells
        ]
        by_rows.add(rid, issuer=meta.issuer, year=meta.year, template=meta.template, cells=rows)
    assert _flat(by_cells.findings()) == _flat(by_rows.findings())


def test_seq_orders_reports_that_arrive_out_of_order():
    reports = sorted(_panel(1), key=lambda r: r[0])
    ordered = CrossYearIndex()
    for rid, meta, cells in reports:
        ordered.add(rid, issuer=meta.issuer, year=meta.year, template=meta.template, cells=cells)
    shuffled = CrossYearIndex()
    order = list(enumerate(reports))
    random.Random(0).shuffle(order)
    for seq, (rid, meta, cells) in order:
        shuffled.add(rid, issuer=meta.issuer, year=meta.year, template=meta.template, cells=cells, seq=seq)
    assert _flat(ordered.findings()) == _flat(shuffled.findings())


def test_only_the_cells_the_rules_read_are_kept():
    cells = cells_from_values("gov2021", consistent_values("gov2021", random.Random(2), blanks=False))
    index = CrossYearIndex()
    index.add("a", issuer="甲县人民政府", year=2022, template="gov2021", cells=cells, stamps="s")
    ((_, _, entry),) = index._by_body["甲县人民政府"][2022]
    kept = {(t, r, c) for t, r, c, *_ in _compact_cells(entry)}
    keys, tables = _wanted("gov2021")
    assert kept == {(c.table, c.row_key, c.col_key) for c in cells if (c.table, c.row_key, c.col_key) in keys}
    assert ("requests", "carried_forward", "total") in kept and ("active", "rules", "in_force") in kept
    assert ("requests", "new_received", "natural_person") not in kept  # no cross-year rule reads it
    assert ("requests", "new_received", "total") in kept  # PROSE-YEAR: a change of it on last year
    assert len(kept) < len(cells) / 3 and not tables
    assert len(entry.cells) < 1000  # bytes kept for this report's 200 cells
    # local L-5 runs over every row of stats: that table is kept whole (rows found by label too)
    assert "stats" in _wanted("local")[1]


def test_copy_compares_values_not_spelling_and_needs_the_same_keys():
    def report(rid, year, values):
        return (rid, ReportMeta(issuer="甲县人民政府", year=year, template="local"),
                [Cell("local", "stats", f"r{i}", "value", v, str(v), "number") for i, v in enumerate(values)])

    same = [report("a", 2020, [1, 2, 3, 4, 5]), report("b", 2021, [Decimal("1.0"), 2, 3, 4, Decimal("5.00")])]
    ((rid, f),) = check_cross_year(same)
    assert (rid, f.check_id, f.found) == ("b", "COPY-TABLE", 5)
    assert f.cells == tuple(f"stats.r{i}.value" for i in range(5))
    # one value differs, or too few non-zero numbers, or not consecutive: no finding
    assert not check_cross_year([same[0], report("b", 2021, [1, 2, 3, 4, 6])])
    assert not check_cross_year([report("a", 2020, [0, 0, 1, 2, 3]), report("b", 2021, [0, 0, 1, 2, 3])])
    assert not check_cross_year([same[0], report("b", 2022, [1, 2, 3, 4, 5])])
    # same values under other keys is not a copy
    moved = report("b", 2021, [1, 2, 3, 4, 5])
    moved[2][4] = Cell("local", "stats", "other", "value", 5, "5", "number")
    assert not check_cross_year([same[0], moved])


def test_reports_without_body_year_or_template_are_not_kept():
    index = CrossYearIndex()
    cell = Cell("local", "stats", "x", "value", 1, "1", "number")
    index.add("a", issuer=None, year=2020, template="local", cells=[cell])
    index.add("b", issuer="甲县人民政府", year=None, template="local", cells=[cell])
    index.add("c", issuer="甲县人民政府", year=2020, template=None, cells=[])
    assert len(index) == 0
    index.add("d", issuer="甲县人民政府", year=2020, template=None, cells=[cell])  # template from cells
    assert len(index) == 1


def test_finding_rows_hand_back_the_stamps():
    index = CrossYearIndex()
    for rid, year, cum in (("a", 2012, 4359), ("b", 2013, 3620)):
        cells = [Cell("local", "stats", "active_items", "value", 100, "100", "number"),
                 Cell("local", "stats", "active_items", "cumulative", cum, str(cum), "number")]
        index.add(rid, issuer="某县人民政府", year=year, template="local", cells=cells, stamps=("sha-" + rid,))
    ((rid, finding, stamps),) = index.finding_rows()
    assert (rid, finding.check_id, stamps) == ("b", "L-5", ("sha-b",)) and isinstance(finding, Finding)


def test_gold_cells_of_the_real_corpus_agree_with_the_reference(shared_corpus):
    reports = []
    for path in sorted((shared_corpus / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cells = []
        for c in data.get("cells") or ():
            value = c.get("value")
            if isinstance(value, float):
                value = Decimal(str(value))
            cells.append(Cell(c["template"], c["table"], c.get("row_key"), c.get("col_key"), value,
                              c.get("raw", "" if value is None else str(value)), c["status"], label=c.get("label")))
        meta = data.get("meta") or {}
        reports.append((path.stem, ReportMeta(issuer=meta.get("issuer"), year=meta.get("year"),
                                              template=meta.get("template")), cells))
    found = check_cross_year(reports)
    assert found and _flat(found) == _flat(_reference(reports))


def test_corpus_stream_and_dataframe_paths_agree(shared_corpus, tmp_path):
    """``corpus.run`` indexes reports as they stream; ``cross_year_rows`` reads written tables."""
    from textmine.corpus import cross_year_rows, run
    from textmine.frames import read_table

    run([shared_corpus / "texts"], tmp_path)
    findings = read_table(tmp_path, "findings")
    again = cross_year_rows(read_table(tmp_path, "reports"), read_table(tmp_path, "cells"))
    assert again, "the real corpus has consecutive years of one body"
    tail = findings.tail(len(again))
    assert [(r["report_id"], r["check_id"], r["message"]) for r in again] == list(
        zip(tail["report_id"], tail["check_id"], tail["message"], strict=True)
    )
