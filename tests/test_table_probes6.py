"""The held-out table probes of ``tests/cases/table_probes6`` (written and labelled by
``bench/make_table_probes6.py`` before textmine read them): every probe is consistent, so no error
finding; a wrong cell is always flagged as not settled (never picked silently); tables that show
their empty cells (one cell per line, CR runs, TAB rows, HTML, Word), continued across a page
break, of the 2019 format with signed 本年增/减 and decimal 采购总金额, and of the 2014 era are read
whole."""

from __future__ import annotations

import json

import pytest

from bench.table_probes import uncertain
from bench.table_probes3 import wrong_cells
from bench.table_probes6 import DIR
from textmine.pipeline import read

EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))
#: Shapes whose every cell the text settles.
WHOLE = ("cr_runs", "docx", "era2014", "era2019", "html", "lines", "page_break", "tabs")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_cells_and_findings(name):
    probe = EXPECTED[name]
    report = read(DIR / probe["file"])
    wrong, got = wrong_cells(probe, report)
    if probe["shape"] in WHOLE:
        assert wrong == []
    silent = [k for k in wrong if got.get(tuple(k.split("|"))) is None or not uncertain(got[tuple(k.split("|"))])]
    assert silent == []
    assert [f.check_id for f in report.finding_records if f.severity == "error"] == []
