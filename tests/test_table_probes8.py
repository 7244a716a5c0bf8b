"""The held-out table probes of ``tests/cases/table_probes8`` (written and labelled by
``bench/make_table_probes8.py`` before textmine read them): CMS exports
with a row's wrapped label above its cells, thousands separators (1,234 and 1，234) in bodies of
10,000+ requests, cells with units, 单位/注 lines, captions written otherwise, reordered and
renumbered rows, zeros as 零/〇, editors' HTML and converters' Markdown (pandoc, MinerU). Every
probe is consistent, so no error finding; every cell is read right."""

from __future__ import annotations

import json

import pytest

from bench.table_probes3 import wrong_cells
from bench.table_probes8 import DIR
from textmine.pipeline import read

EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_cells_and_findings(name):
    probe = EXPECTED[name]
    if probe["file"].endswith(".pdf"):
        pytest.importorskip("pdfplumber")
    report = read(DIR / probe["file"])
    wrong, _ = wrong_cells(probe, report)
    assert wrong == []
    assert [f.check_id for f in report.finding_records if f.severity == "error"] == []
