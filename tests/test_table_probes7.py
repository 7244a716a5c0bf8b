"""The held-out table probes of ``tests/cases/table_probes7`` (written and labelled by
``bench/make_table_probes7.py`` before textmine read them): tables as PDFs (ruled, unruled, their
text copied by pdftotext or a viewer), Word files and HTML print them, 2014, 2019 and 2021. Every
probe is consistent, so no error finding; every cell is read right."""

from __future__ import annotations

import json

import pytest

from bench.table_probes3 import wrong_cells
from bench.table_probes7 import DIR
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
