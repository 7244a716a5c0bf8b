"""Short cuts of table reading that must read exactly what the whole search reads.

* :func:`~textmine.tables.step4_scoring.plain_choices`: a region whose every row has one reading
  as printed skips the scoring search (:func:`~textmine.tables.step4_scoring.score_readings`);
* :func:`~textmine.tables.step3_readings.enumerate_readings` works out what the region shows of
  its empty cells (and where values sit on the page) only when some row is short.

Each is compared with the plain form it short-cuts: on hand-made regions that take the short cut
(an identity failing too) and regions that must not (run-together digits, a missing value), and
on table probe reports. ``bench/tables_same.py`` checks every test document.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from textmine.ingest import read_document
from textmine.model import Document
from textmine.tables import extract_cells, reading_options, step3_readings, step4_scoring
from textmine.tables.registry import get_template
from textmine.tables.step1_regions import detect_template, find_regions
from textmine.tables.step2_tokens import tokenise_text
from textmine.tables.step3_readings import enumerate_readings
from textmine.tables.step4_scoring import pick_layout, plain_choices

CASES = Path(__file__).resolve().parent / "cases"

HEAD = "指标名称 计量单位 2011年度 历年累计 "
#: every row printed apart, one value per column: the short cut
APART = HEAD + "主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509 2.政府公报公开 条 7 7 行政复议数 条 0 0"
#: the same with an identity failing (website + gazette ≠ all): still one reading per row
FAILING = HEAD + "主动公开信息数 条 425 1516 其中：1.网站公开 条 400 1509 2.政府公报公开 条 7 7 行政复议数 条 0 0"
#: run-together digits: several readings of a row, the whole search
RUN = HEAD + "主动公开信息数 条 4251516 其中：1.网站公开 条 4181509 2.政府公报公开 条 77 行政复议数 条 0 0"
#: a value missing from a row (space-separated: its blank is not printed): the whole search
MISSING = HEAD + "主动公开信息数 条 425 1516 其中：1.网站公开 条 418 2.政府公报公开 条 7 7 行政复议数 条 0 0"


def _doc(text: str) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)


def _plain(cells: list) -> list[tuple]:
    return [dataclasses.astuple(c) for c in cells]


def _read(doc: Document) -> tuple[list[tuple], dict]:
    template = detect_template(doc)
    if template is None:
        return [], {}
    return _plain(extract_cells(doc, template=template)), reading_options(doc, template=template)


def _read_without_short_cuts(doc: Document, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple], dict]:
    with monkeypatch.context() as m:
        m.setattr(step4_scoring, "plain_choices", lambda layouts: None)
        m.setattr(step3_readings, "_short", lambda table, row: True)
        return _read(doc)


def _takes_short_cut(text: str, template: str = "local") -> bool:
    region = find_regions(text, get_template(template))[0]
    readings = enumerate_readings(text, tokenise_text(text, region))
    return plain_choices({row.key: pick_layout(row) for row in readings.rows}) is not None


@pytest.mark.parametrize(("text", "short_cut"), [(APART, True), (FAILING, True), (RUN, False), (MISSING, False)])
def test_plain_regions_read_as_the_whole_search_reads(text: str, short_cut: bool, monkeypatch) -> None:
    assert _takes_short_cut(text) is short_cut
    doc = _doc(text)
    cells, options = _read(doc)
    assert cells and any(c[6] == "number" for c in cells)
    assert (cells, options) == _read_without_short_cuts(_doc(text), monkeypatch)


def test_plain_region_cells_are_as_printed() -> None:
    cells = {(c.row_key, c.col_key): (c.value, c.note) for c in extract_cells(_doc(FAILING), template="local")}
    assert cells["channel_website", "value"] == (400, None)
    assert cells["active_items", "cumulative"] == (1516, None)


def test_run_together_region_is_still_split_by_the_search() -> None:
    cells = {(c.row_key, c.col_key): c for c in extract_cells(_doc(RUN), template="local")}
    assert cells["active_items", "value"].value == 425 and cells["active_items", "value"].note


def _probe_files() -> list[Path]:
    folders = sorted(CASES.glob("table_probes*")) + [CASES / "qa_tables"]
    return [p for f in folders if f.is_dir() for p in sorted(f.iterdir())
            if p.is_file() and p.suffix != ".json" and not p.name.startswith("README")]


def test_probe_reports_read_alike_without_the_short_cuts(monkeypatch) -> None:
    files = _probe_files()
    assert len(files) > 100
    for path in random.Random(7).sample(files, 60):
        try:
            doc = read_document(path)
        except Exception:  # noqa: BLE001 - a crawl table holds many reports: not read here
            continue
        assert _read(doc) == _read_without_short_cuts(read_document(path), monkeypatch), path.name
