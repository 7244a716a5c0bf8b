"""The held-out table probes of ``tests/cases/table_probes5`` (written and labelled by
``bench/make_table_probes5.py`` before textmine read them): every probe is consistent, so no error
finding; a wrong cell is always flagged as not settled (never picked silently); tables that print
their empty cells (TAB rows) and the 2014 statistics table flattened are read whole."""

from __future__ import annotations

import json

import pytest

from bench.table_probes import uncertain
from bench.table_probes3 import wrong_cells
from bench.table_probes5 import DIR
from textmine.pipeline import read

EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))
#: Shapes whose every cell the text settles (empty cells shown, or one value per row).
WHOLE = ("era2014", "some_columns", "zero_blank")


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
