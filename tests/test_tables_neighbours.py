"""A run-together table's reading settled by the same body's reports of the years before and
after (issue 10 item 2): what carries over between two years' tables (上年结转 = last year's
结转下年度; the 2019 format's 上一年项目数量 = last year's 上一年项目数量 + 本年增/减) is weighed after
the report's own arithmetic and statements; a neighbour whose own reading is open settles a cell
only when exactly one value fits both reports. The corpus run reads such reports again at the
end, the same whatever the order of the files and the number of workers."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pandas as pd
import pytest

from textmine.corpus import run
from textmine.model import Cell
from textmine.pipeline import read
from textmine.tables.evidence import Neighbour, is_open, neighbour_statements
from textmine.tables.records import LAST_YEAR, NEXT_YEAR, Statement
from textmine.tables.step4_scoring import _decided_alone

ACTIVE_2019 = ("第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可{licensing}"
               "其他对外管理服务事项000第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量"
               "行政处罚{penalty}行政强制000第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费00")


def _report(issuer: str, year: int, licensing: str, penalty: str) -> str:
    return (f"{year}年，{issuer}认真落实政府信息公开工作。\n二、主动公开政府信息情况第二十条第（一）项信息内容"
            "本年新制作数量本年新公开数量对外公开总数量规章000规范性文件000"
            + ACTIVE_2019.format(licensing=licensing, penalty=penalty)
            + "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购00\n五、存在的主要问题及改进情况\n无。\n"
            f"{issuer}\n{year + 1}年1月10日\n")


def _cell(row: str, col: str, value, note: str | None = None, template: str = "gov2019") -> Cell:
    return Cell(template, "active" if row != "carried_forward" else "requests", row, col, value, str(value),
                "number", note=note)


def test_last_year_sure_cells_give_this_years_stock():
    prev = Neighbour([_cell("penalty", "prev_items", 2982), _cell("penalty", "change", -8)])
    said = neighbour_statements("gov2019", previous=prev)
    assert [(s.cells, s.value, s.source) for s in said] == [((("active", "penalty", "prev_items"),), 2974, LAST_YEAR)]


def test_next_year_stock_is_this_years_stock_plus_change():
    following = Neighbour([_cell("penalty", "prev_items", 2974)])
    said = neighbour_statements("gov2019", following=following)
    assert [(s.cells, s.value, s.source) for s in said] == [
        ((("active", "penalty", "prev_items"), ("active", "penalty", "change")), 2974, NEXT_YEAR)]


def test_carry_over_of_requests_links_both_new_formats():
    prev = Neighbour([_cell("carried_forward", "total", 2, template="gov2019")])
    said = neighbour_statements("gov2021", previous=prev)
    assert [(s.cells, s.value) for s in said] == [((("requests", "carried_over", "total"),), 2)]


@pytest.mark.parametrize("template, prev_template", [("gov2021", "gov2014"), ("gov2014", "gov2019"), ("gov2021", "local")])
def test_formats_that_carry_nothing_give_no_statement(template, prev_template):
    prev = Neighbour([_cell("carried_forward", "total", 2, template=prev_template)])
    assert neighbour_statements(template, previous=prev) == []


def test_a_2021_table_two_takes_nothing_from_the_2019_stock():
    # the 2021 format has no 上一年项目数量: the 2019 stock carries into nothing
    prev = Neighbour([_cell("penalty", "prev_items", 2982), _cell("penalty", "change", -8)])
    assert neighbour_statements("gov2021", previous=prev) == []


def test_open_neighbour_settles_only_a_value_both_readings_share():
    note = "digit run split by plausibility: 3 readings fit the identities"
    prev = Neighbour([_cell("penalty", "prev_items", 298, note), _cell("penalty", "change", 2, note)],
                     {("active", "penalty"): [{"prev_items": 2982, "change": -8}, {"prev_items": 298, "change": 2},
                                              {"prev_items": 29, "change": 8}]})
    mine_one = {("active", "penalty"): [{"prev_items": 2974, "change": 17}, {"prev_items": 297, "change": 4}]}
    said = neighbour_statements("gov2019", previous=prev, mine=mine_one)
    assert [s.value for s in said] == [2974]  # 2974 is the only stock both readings allow
    mine_two = {("active", "penalty"): [{"prev_items": 2974}, {"prev_items": 300}, {"prev_items": 37}]}
    assert neighbour_statements("gov2019", previous=prev, mine=mine_two) == []  # 2974 or 300: open


def test_open_cells_are_no_evidence_without_their_readings():
    note = "reading not settled: 3 readings pass every identity (commercial, research differ)"
    prev = Neighbour([_cell("carried_forward", "total", 2, note)])
    assert neighbour_statements("gov2019", previous=prev) == []
    assert is_open(note) and not is_open("digit run split by the row identity (4 readings, 1 consistent)")


def test_statement_about_an_untied_row_narrows_its_readings():
    piece = __import__("textmine.tables.records", fromlist=["Piece"]).Piece
    cands = {"penalty": [[piece(r, 0, 0) for r in raws] for raws in (("297", "4", "170"), ("2974", "17", "0"),
                                                                      ("2974", "1", "70"))]}
    cols = {"penalty": ["prev_items", "change", "decisions"]}
    kept = {"penalty": [0, 1, 2]}
    said = [Statement((("active", "penalty", "prev_items"),), 2974, -1, -1, LAST_YEAR)]
    assert _decided_alone("active", cands, cols, kept, [], said) == {"penalty": (3, LAST_YEAR)}
    assert kept == {"penalty": [1, 2]}
    # a statement no reading agrees with changes nothing
    kept = {"penalty": [0, 1, 2]}
    wrong = [Statement((("active", "penalty", "prev_items"),), 5, -1, -1, LAST_YEAR)]
    assert _decided_alone("active", cands, cols, kept, [], wrong) == {} and kept == {"penalty": [0, 1, 2]}
    # a row an identity ties to others is left to the identities
    ties = [[([("penalty", "prev_items")], [("licensing", "prev_items")])]]
    kept = {"penalty": [0, 1, 2]}
    assert _decided_alone("active", cands, cols, kept, ties, said) == {} and kept == {"penalty": [0, 1, 2]}


def test_read_with_evidence_settles_the_run_and_says_where_from(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(_report("甲县人民政府", 2020, "2324173", "2974170"), encoding="utf-8")
    alone = read(path)
    cells = {(c.row_key, c.col_key): c for c in alone.cell_records if c.table == "active"}
    assert is_open(cells[("licensing", "prev_items")].note)
    said = [Statement((("active", "licensing", "prev_items"),), 2324, -1, -1, LAST_YEAR)]
    cells = {(c.row_key, c.col_key): c for c in read(path, evidence=said).cell_records if c.table == "active"}
    assert cells[("licensing", "prev_items")].value == 2324
    assert LAST_YEAR in cells[("licensing", "prev_items")].note


def _tag(folder, out, **kw) -> dict[str, pd.DataFrame]:
    run([folder], out, format="csv", **kw)
    return {name: pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig") for name in ("cells", "findings")}


def test_corpus_reads_open_reports_again_with_last_year(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    # 2019 read for sure (spaced); 2020 printed run-together
    spaced = _report("甲县人民政府", 2019, "2309 15 0", "2982 -8 0").replace("行政许可2309 15 0", "行政许可 2309 15 0")
    (folder / "a-2019.txt").write_text(spaced, encoding="utf-8")
    (folder / "b-2020.txt").write_text(_report("甲县人民政府", 2020, "2324173", "2974170"), encoding="utf-8")
    got = _tag(folder, tmp_path / "out")["cells"]
    row = got[(got.row_key == "licensing") & (got.col_key == "prev_items")].sort_values("value")
    assert [Decimal(str(v)) for v in row.value] == [2309, 2324]
    # without the year before the 2020 run stays open (the most plausible reading, flagged)
    shutil.rmtree(tmp_path / "out")
    (folder / "a-2019.txt").unlink()
    got = _tag(folder, tmp_path / "out")["cells"]
    cell = got[(got.row_key == "licensing") & (got.col_key == "prev_items")].iloc[0]
    assert is_open(cell.note)


def test_second_reading_does_not_depend_on_file_order_or_workers(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    texts = {"2019": _report("乙镇人民政府", 2019, "2309 15 0", "2982 -8 0").replace("行政许可2309", "行政许可 2309"),
             "2020": _report("乙镇人民政府", 2020, "2324173", "2974170")}
    (a / "1.txt").write_text(texts["2019"], encoding="utf-8")
    (a / "2.txt").write_text(texts["2020"], encoding="utf-8")
    (b / "1.txt").write_text(texts["2020"], encoding="utf-8")
    (b / "2.txt").write_text(texts["2019"], encoding="utf-8")

    def values(folder, out, **kw):
        cells = _tag(folder, tmp_path / out, **kw)["cells"]
        return sorted(zip(cells.row_key, cells.col_key, cells.value.astype(str), cells.note.astype(str), strict=True))

    one = values(a, "o1", timeout=None)
    assert one == values(b, "o2", timeout=None)
    assert one == values(a, "o3", workers=2)


def test_a_second_reading_that_fails_keeps_the_first(tmp_path, monkeypatch):
    import textmine.corpus as corpus_mod

    folder = tmp_path / "in"
    folder.mkdir()
    spaced = _report("丙县人民政府", 2019, "2309 15 0", "2982 -8 0").replace("行政许可2309", "行政许可 2309")
    (folder / "a-2019.txt").write_text(spaced, encoding="utf-8")
    (folder / "b-2020.txt").write_text(_report("丙县人民政府", 2020, "2324173", "2974170"), encoding="utf-8")
    real = corpus_mod._process
    asked = []

    def failing_second(job):
        inp, options = job
        if options.evidence:
            asked.append(inp.display)
            return corpus_mod._failed(job, "the second reading failed")
        return real(job)

    monkeypatch.setattr(corpus_mod, "_process", failing_second)
    run([folder], tmp_path / "out", format="csv", timeout=None)
    manifest = pd.read_csv(tmp_path / "out" / "manifest.csv", encoding="utf-8-sig")
    cells = pd.read_csv(tmp_path / "out" / "cells.csv", encoding="utf-8-sig")
    assert len(asked) == 1 and asked[0].endswith("b-2020.txt")
    assert "error" not in set(manifest.status)
    cell = cells[(cells.row_key == "licensing") & (cells.col_key == "prev_items") & (cells.value != 2309)].iloc[0]
    assert is_open(cell.note)  # the first reading, still open, not an error row


def test_held_results_come_back_in_order_from_their_file():
    from textmine.corpus import FileResult, Input, _Held

    with _Held() as held:
        assert len(held) == 0 and list(held) == []
        for k in range(3):
            held.add(Input(path=f"p{k}", display=f"d{k}"), FileResult(manifest={"path": f"d{k}"}, rows={"cells": [{"k": k}]}))
        got = list(held)
        assert [inp.display for inp, _ in got] == ["d0", "d1", "d2"]
        assert [r.rows["cells"][0]["k"] for _, r in got] == [0, 1, 2]
        assert [r.manifest["path"] for _, r in held] == ["d0", "d1", "d2"]  # read again from the start


def test_held_results_stay_in_memory_up_to_their_inputs_budget_then_go_to_the_file(monkeypatch):
    import pickle

    from textmine.corpus import FileResult, Input, _Held

    dumped = []
    real = pickle.dump
    monkeypatch.setattr(pickle, "dump", lambda obj, *a, **k: dumped.append(obj.manifest["path"]) or real(obj, *a, **k))
    with _Held(in_memory=250) as held:
        for k, size in enumerate((100, 100, 100, 10)):
            held.add(Input(path=f"p{k}", display=f"d{k}"),
                     FileResult(manifest={"path": f"d{k}", "bytes": size}, rows={"cells": [{"k": k}]}))
        assert dumped == ["d2"]  # over the budget: the third goes to the file; the small fourth still fits
        assert [r.rows["cells"][0]["k"] for _, r in held] == [0, 1, 2, 3]
        assert held.result(2).manifest == {"path": "d2", "bytes": 100} and held._file is not None
    with _Held(in_memory=0) as held:  # nothing in memory: every result from the file, as before
        held.add(Input(path="p", display="d"), FileResult(manifest={"path": "d", "bytes": 1}))
        assert held.result(0).manifest["path"] == "d" and dumped == ["d2", "d"]


def _rows(year: int, cells: list[tuple[str, str, int, str | None]]) -> dict:
    rid = f"r{year}"
    report = {"report_id": rid, "issuer": "丁县人民政府", "year": year, "template": "gov2019"}
    return {"reports": [report], "cells": [
        {"report_id": rid, "template": "gov2019", "table": "active", "row_key": row, "col_key": col,
         "value_exact": str(value), "raw": str(value), "status": "number", "note": note}
        for row, col, value, note in cells]}


@pytest.mark.parametrize(("open_row", "expected"), [("licensing", True), ("penalty", False)])
def test_evidence_only_when_it_speaks_of_an_open_row(open_row, expected):
    from textmine.lastyear import YearEvidence

    years = YearEvidence()
    years.add(_rows(2019, [("licensing", "prev_items", 2309, None), ("licensing", "change", 15, None)]))
    open_note = "digit run split by plausibility: 3 readings fit the identities"
    this = _rows(2020, [(open_row, "prev_items", 2324, open_note), (open_row, "change", 17, open_note)])
    said = years.statements_for(this, options_of=lambda source, template: {})
    assert bool(said) is expected


def test_year_entries_keep_each_reports_carried_cells_and_whether_one_is_open():
    # what a worker sends (FileResult.years) is what YearEvidence.add keeps of the rows itself
    from textmine.lastyear import YearEvidence, _unpack, year_entries

    open_note = "digit run split by plausibility: 3 readings fit the identities"
    first = _rows(2019, [("licensing", "prev_items", 2309, None), ("licensing", "change", 15, open_note)])
    second = _rows(2020, [("licensing", "prev_items", 2324, None)])
    both = {"reports": first["reports"] + second["reports"] + [{"report_id": "x", "issuer": "丁县人民政府",
                                                                "year": 2021, "template": None}],
            "cells": second["cells"] + first["cells"] + [{**first["cells"][0], "row_key": "not_carried"}]}
    entries = year_entries(both)
    assert [(key[1], template, reread) for key, template, _, reread in entries] == [
        (2019, "gov2019", True), (2020, "gov2019", False)]  # no template: not kept
    assert [(c.row_key, c.col_key, c.value) for c in _unpack(entries[0][2])] == [
        ("licensing", "prev_items", 2309), ("licensing", "change", 15)]  # its own cells, those that carry over
    own, sent = YearEvidence(), YearEvidence()
    own.add(both, source="in")
    sent.add({}, source="in", entries=entries)
    assert own._copies == sent._copies and own._copies[entries[0][0]][0][2] == "in"
    assert year_entries({"reports": [{**first["reports"][0], "issuer": None}], "cells": first["cells"]}) == []


def test_a_worker_sends_the_year_entries_only_when_it_compacts(tmp_path):
    from textmine.corpus import Options, _evidence_rows, process_file
    from textmine.lastyear import year_entries

    path = tmp_path / "a.txt"
    path.write_text(_report("甲县人民政府", 2020, "2324173", "2974170"), encoding="utf-8")
    plain = process_file(path)
    assert plain.years is None
    sent = process_file(path, options=Options(compact=True, readings=True, columnar=True))
    assert sent.years == year_entries(plain.rows) and sent.years[0][3]  # its licensing reading is open
    # beside its packed columns it sends only what the year evidence asks of a held report
    assert sent.rows == _evidence_rows(plain.rows) and sent.rows["cells"]
    assert all(is_open(c["note"]) for c in sent.rows["cells"])
    assert process_file(path, options=Options(compact=True, readings=True, evidence=(1,))).years is None


def test_a_result_held_back_as_rows_is_packed_when_it_comes_as_several_workers_send_it(tmp_path):
    # one worker sends rows; a result held for the second reading is packed as it comes (not at
    # the end of the run): the columns and the cross-year reduction a worker of several sends,
    # and the same questions for the year evidence
    from textmine.corpus import FileResult, Options, _evidence_rows, _packed_now, process_file

    path = tmp_path / "a.txt"
    path.write_text(_report("甲县人民政府", 2020, "2324173", "2974170"), encoding="utf-8")
    plain = process_file(path, options=Options(readings=True, optional=False))  # as one worker sends it
    several = process_file(path, options=Options(compact=True, readings=True, optional=False, columnar=True))
    now = _packed_now(plain)
    assert now.columns == several.columns and now.compact == several.compact and now.compact
    assert _evidence_rows(now.rows) == _evidence_rows(plain.rows) and _evidence_rows(now.rows)["cells"]
    assert now.rows["reports"] == plain.rows["reports"] and len(now.rows["cells"]) < len(plain.rows["cells"])
    assert now.manifest == plain.manifest and now.readings == plain.readings
    # not: a result sent as columns already, or one without rows (an input that failed)
    assert _packed_now(several) is several
    failed = FileResult(manifest={"path": "b.txt", "status": "error"})
    assert _packed_now(failed) is failed


@pytest.mark.parametrize("template", ["gov2019", "gov2021"])
def test_statements_speak_only_of_rows_that_carry_over(template):
    # the second reading is skipped for reports whose open rows do not carry over (lastyear.CARRIED)
    from textmine.lastyear import CARRIED
    from textmine.tables.registry import get_template

    cells = []
    for table in get_template("gov2019").tables:
        for row in table.rows:
            for col in table.columns:
                cells.append(Cell("gov2019", table.key, row.key, col.key, 3, "3", "number"))
    said = neighbour_statements(template, previous=Neighbour(cells), following=Neighbour(cells))
    assert said and {(t, r) for s in said for t, r, _ in s.cells} <= CARRIED


def test_the_dataframe_api_reads_open_reports_again_as_the_corpus_run_does(tmp_path):
    from textmine.corpus import tag

    folder = tmp_path / "in"
    folder.mkdir()
    spaced = _report("戊县人民政府", 2019, "2309 15 0", "2982 -8 0").replace("行政许可2309", "行政许可 2309")
    (folder / "a-2019.txt").write_text(spaced, encoding="utf-8")
    (folder / "b-2020.txt").write_text(_report("戊县人民政府", 2020, "2324173", "2974170"), encoding="utf-8")
    cells = tag(folder, timeout=None).cells
    row = cells[(cells.row_key == "licensing") & (cells.col_key == "prev_items")]
    assert sorted(int(v) for v in row.value) == [2309, 2324]
    written = _tag(folder, tmp_path / "out")["cells"]
    def triples(frame):
        return sorted(zip(frame.row_key, frame.col_key, frame.value.astype(float).fillna(-1), strict=True))

    assert triples(written) == triples(cells)


def test_the_writing_process_does_not_read_an_open_report_again(tmp_path, monkeypatch):
    # the worker sends the open report's row readings back with its first result
    import collections

    import textmine.corpus as corpus_mod

    folder = tmp_path / "in"
    folder.mkdir()
    spaced = _report("己县人民政府", 2019, "2309 15 0", "2982 -8 0").replace("行政许可2309", "行政许可 2309")
    (folder / "a-2019.txt").write_text(spaced, encoding="utf-8")
    (folder / "b-2020.txt").write_text(_report("己县人民政府", 2020, "2324173", "2974170"), encoding="utf-8")
    reads = collections.Counter()
    real = corpus_mod._input_bytes

    def counted(inp, options):
        reads[inp.display.rsplit("/", 1)[-1]] += 1
        return real(inp, options)

    monkeypatch.setattr(corpus_mod, "_input_bytes", counted)
    cells = _tag(folder, tmp_path / "out", timeout=None)["cells"]
    assert reads == {"a-2019.txt": 1, "b-2020.txt": 2}  # the second reading, and nothing more
    row = cells[(cells.row_key == "licensing") & (cells.col_key == "prev_items")]
    assert sorted(int(v) for v in row.value) == [2309, 2324]


def test_the_second_reading_runs_on_the_workers_of_the_first_pass(tmp_path, monkeypatch):
    # one pool for the whole run: the open report is read again without starting new workers
    import textmine.engines as engines_mod

    pools, rounds = [], []

    class Counted(engines_mod.WorkerPool):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            pools.append(self)

        def map(self, jobs):
            jobs = list(jobs)
            rounds.append([inp.display.rsplit("/", 1)[-1] for inp, _ in jobs])
            return super().map(jobs)

    monkeypatch.setattr(engines_mod, "WorkerPool", Counted)
    folder = tmp_path / "in"
    folder.mkdir()
    spaced = _report("庚县人民政府", 2019, "2309 15 0", "2982 -8 0").replace("行政许可2309", "行政许可 2309")
    (folder / "a-2019.txt").write_text(spaced, encoding="utf-8")
    (folder / "b-2020.txt").write_text(_report("庚县人民政府", 2020, "2324173", "2974170"), encoding="utf-8")
    cells = _tag(folder, tmp_path / "out", workers=2)["cells"]
    assert len(pools) == 1 and rounds == [["a-2019.txt", "b-2020.txt"], ["b-2020.txt"]]
    row = cells[(cells.row_key == "licensing") & (cells.col_key == "prev_items")]
    assert sorted(int(v) for v in row.value) == [2309, 2324]


def test_a_held_result_is_read_back_only_when_its_first_reading_is_written(tmp_path, monkeypatch):
    # the evidence is weighed from what the held file keeps in memory (the reports and the open
    # cells); the first result is read back from the file only when it is the one written
    import textmine.corpus as corpus_mod
    from textmine.corpus import _evidence_rows

    note = "digit run split by plausibility: 3 readings fit the identities"
    report = {"report_id": "r", "issuer": "辛县人民政府", "year": 2019, "template": "gov2019", "province": None,
              "city": None, "county": "辛县", "title": "辛县2019年报告", "sha256": "ab" * 32}
    cell = {"report_id": "r", "template": "gov2019", "table": "active", "row_key": "licensing", "col_key": "change",
            "value_exact": "15", "raw": "15", "status": "number", "start": 10, "end": 12}
    rows = {"reports": [report], "cells": [{**cell, "note": None}, {**cell, "note": note}]}
    # only the columns the year evidence reads are kept (a run keeps them until its end)
    asked = {k: v for k, v in report.items() if k not in ("title", "sha256")}
    assert _evidence_rows(rows) == {
        "reports": [asked], "cells": [{"report_id": "r", "table": "active", "row_key": "licensing", "note": note}]
    }
    folder = tmp_path / "in"
    folder.mkdir()
    spaced = _report("辛县人民政府", 2019, "2309 15 0", "2982 -8 0").replace("行政许可2309", "行政许可 2309")
    (folder / "a-2019.txt").write_text(spaced, encoding="utf-8")
    (folder / "b-2020.txt").write_text(_report("辛县人民政府", 2020, "2324173", "2974170"), encoding="utf-8")
    (folder / "c-2020.txt").write_text(_report("壬县人民政府", 2020, "2324173", "2974170"), encoding="utf-8")
    loads = []
    real = corpus_mod._Held.result
    monkeypatch.setattr(corpus_mod._Held, "result", lambda self, k: loads.append(k) or real(self, k))
    cells = _tag(folder, tmp_path / "out", timeout=None)["cells"]
    assert loads == [1]  # c-2020 (no year around it) keeps its first reading; b-2020 is read again
    assert set(cells.report_id) and len(set(cells.report_id)) == 3


def test_row_readings_of_the_report_just_read_are_not_read_again(monkeypatch):
    # reading_options right after extract_cells takes the same text's readings; another text
    # (even with equal content) or another template is read anew, and gives what a fresh read gives
    import textmine.tables as tables_mod
    from textmine.ingest import read_document

    text = _report("癸县人民政府", 2020, "2324173", "2974170")
    doc = read_document(text.encode("utf-8"), name="a.txt")
    fresh = tables_mod.reading_options(read_document(text.encode("utf-8"), name="b.txt"), template="gov2019")
    assert fresh  # the run-together rows allow several readings
    calls = []
    real = tables_mod.tokenise_text
    monkeypatch.setattr(tables_mod, "tokenise_text", lambda *a: calls.append(1) or real(*a))
    cells = tables_mod.extract_cells(doc, template="gov2019")
    read = len(calls)
    assert read and any(is_open(c.note) for c in cells)
    assert tables_mod.reading_options(doc, template="gov2019") == fresh and len(calls) == read
    other = read_document(text.encode("utf-8"), name="c.txt")
    assert other.text == doc.text and other.text is not doc.text
    assert tables_mod.reading_options(other, template="gov2019") == fresh and len(calls) == 2 * read
    tables_mod.reading_options(other, template="gov2021")
    assert len(calls) > 2 * read


@pytest.mark.parametrize(("note", "expected"), [
    (None, False), ("", False), ("read from the grid", False), ("digit run split by plausibility: 2 fit", True),
    ("not settled: two columns fit", True), ("x; another reading fits", True),
])
def test_which_notes_say_a_reading_is_open(note, expected):
    assert is_open(note) is expected
