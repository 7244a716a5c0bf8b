"""TABLE-SECOND-SET: a second set of the template's tables printed after the first is reported
(a warning naming where it starts); a header repeated across a page break, a caption quoted in
prose, and every probe that prints one set stay silent. The first set's cells do not change."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bench.make_table_probes3 import (
    CAPTIONS,
    active_grid,
    appeals_grid,
    cells_once,
    render_runs,
    render_tabs,
    report_text,
    requests_grid,
)
from tests.report_writer import consistent_values
from textmine.checks import check_ids, check_info, check_second_set
from textmine.ingest import read_document
from textmine.model import Document
from textmine.pipeline import analyze
from textmine.tables import detect_template, extract_cells

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases"
DEV = ROOT.parent / "shared" / "corpus" / "texts"
#: checks_probes3 37–40 print a body's tables and then its subordinate units' (bench/make_checks_probes3.py, J.)
TWO_SETS = {"37-crlf-2021-ok-two-tables", "38-html-2019-ok-two-tables", "39-lines-2021-ok-two-tables",
            "40-tabs-2021-t3-b-two-tables",
            "last-year-table-after-2023",  # table_probes15: last year's table 三 printed after this year's tables
            # table_probes19: the body's own tables, then its units' 汇总 set
            "two-sets-html-2023", "two-sets-spaces-2024", "two-sets-tabs-2022",
            # table_probes20: the tables printed twice (an OCR'd printing, then the text's; two printings that differ)
            "printed-twice-2021", "ambiguous-twice-differ-2023"}


def _doc(text: str) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)


def _tables(template: str, v: dict, render, brk: str, *, only: tuple[str, ...] = ("active", "requests", "appeals"),
            repeat_at: str | None = None) -> list[str]:
    grids = {"active": active_grid(template, v), "requests": requests_grid(template, v, repeat_at=repeat_at),
             "appeals": appeals_grid(v)}
    return [CAPTIONS[k] + brk + render(grids[k]) for k in only]


def _lines(grid) -> str:
    return "\n".join(cells_once(grid))


def _findings(text: str) -> tuple[list, list]:
    doc = _doc(text)
    template = detect_template(doc)
    cells = extract_cells(doc, template=template)
    return cells, check_second_set(doc.text, cells, template=template)


def _values(cells) -> list[tuple]:
    return [(c.table, c.row_key, c.col_key, c.value, c.status, c.start, c.end) for c in cells]


def test_the_id_is_declared_as_a_warning():
    assert "TABLE-SECOND-SET" in check_ids()
    assert check_info("TABLE-SECOND-SET")["severity"] == "warning"


@pytest.mark.parametrize("template, render, lead", [
    ("gov2021", render_tabs, "（二）所属单位政府信息公开情况"),
    ("gov2019", _lines, "附表2：下属事业单位政府信息公开工作情况统计"),
    ("gov2021", _lines, "各乡镇政府信息公开情况汇总如下："),
])
def test_a_second_set_fires_and_the_first_set_is_read_as_alone(template, render, lead):
    rng = random.Random(11)
    body, sub = consistent_values(template, rng, blanks=False), consistent_values(template, rng, blanks=False)
    alone = report_text("某县人民政府", 2022, _tables(template, body, render, "\n"))
    text = report_text("某县人民政府", 2022, [*_tables(template, body, render, "\n"), lead,
                                          *_tables(template, sub, render, "\n")])
    cells, found = _findings(text)
    assert [f.check_id for f in found] == ["TABLE-SECOND-SET"]
    f = found[0]
    second = text.index(lead) + len(lead) + 1
    assert f.severity == "warning" and f.start == second and f.found == CAPTIONS["active"]
    assert CAPTIONS["active"] in f.message and lead in f.message and "not in cells" in f.message
    assert f.message.endswith(".") and "(TABLE-SECOND-SET," in f.message
    assert _values(cells) == _values(extract_cells(_doc(alone), template=template))  # the first set only


def test_a_partial_second_set_fires():
    """A township 汇总 that prints table 三 only after the county's three tables."""
    rng = random.Random(12)
    body, sub = consistent_values("gov2021", rng, blanks=False), consistent_values("gov2021", rng, blanks=False)
    text = report_text("某县人民政府", 2022, [*_tables("gov2021", body, render_tabs, "\n"), "附：乡镇汇总表",
                                          *_tables("gov2021", sub, render_tabs, "\n", only=("requests",))])
    _, found = _findings(text)
    assert [f.check_id for f in found] == ["TABLE-SECOND-SET"]
    assert found[0].found == CAPTIONS["requests"] and "表三" in found[0].message and "表二" not in found[0].message


def _crlf_runs(grid) -> str:
    return render_runs(grid, "\r\n")


@pytest.mark.parametrize("render", [_crlf_runs, _lines])
def test_a_header_repeated_across_a_page_break_is_silent(render):
    """(table_probes6 *-page-break-* hold the same in TAB and line shapes, see below)"""
    rng = random.Random(13)
    v = consistent_values("gov2021", rng, blanks=False)
    text = report_text("某县人民政府", 2022, _tables("gov2021", v, render, "\n", repeat_at="unable_not_held"))
    assert text.count("申请人情况") == 2  # the header is printed twice
    assert _findings(text)[1] == []


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_caption_quoted_in_prose_is_silent(where):
    rng = random.Random(14)
    v = consistent_values("gov2021", rng, blanks=False)
    quote = "依申请公开情况详见“收到和处理政府信息公开申请情况”表，自然人申请3件，商业企业申请1件，总计4件。"
    tables = _tables("gov2021", v, render_tabs, "\n")
    text = report_text("某县人民政府", 2022, [quote, *tables] if where == "before" else [*tables, quote])
    assert _findings(text)[1] == []


def test_the_pipeline_reports_it():
    doc = read_document(CASES / "checks_probes3" / "38-html-2019-ok-two-tables.html")
    report = analyze(doc)
    found = [f for f in report.finding_records if f.check_id == "TABLE-SECOND-SET"]
    assert len(found) == 1 and "附表2：下属事业单位政府信息公开工作情况统计" in found[0].message
    assert len(report.cell_records) == 198  # one set, as before


def _probe_files() -> list[Path]:
    folders = sorted(CASES.glob("table_probes*")) + sorted(CASES.glob("checks_probes*"))
    return [p for f in folders for p in sorted(f.iterdir())
            if p.is_file() and p.suffix != ".json" and not p.name.startswith("README")]


@pytest.mark.parametrize("path", _probe_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_probes_fire_only_where_two_sets_are_printed(path):
    doc = read_document(path)
    template = detect_template(doc)
    if template is None:
        return
    found = check_second_set(doc.text, extract_cells(doc, template=template), template=template)
    assert [f.check_id for f in found] == (["TABLE-SECOND-SET"] if path.stem in TWO_SETS else [])


@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus ../shared/corpus/texts absent")
def test_the_dev_corpus_is_silent():
    fired = []
    for path in sorted(DEV.iterdir()):
        doc = read_document(path)
        template = detect_template(doc)
        if template and check_second_set(doc.text, extract_cells(doc, template=template), template=template):
            fired.append(path.name)
    assert fired == []
