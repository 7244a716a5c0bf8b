"""The test every held-out table probe set shares (``tests/test_table_probes14.py`` … ``19.py``): each probe of
a folder written by ``bench/make_table_probesN.py`` is read with every labelled cell right (value and status),
and its error findings are exactly those its ``expected_errors`` name (none on a consistent probe).

    >>> test_probe_cells_and_findings = cells_and_findings_test(DIR)   # in a test module
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.table_probes3 import wrong_cells
from textmine.pipeline import read


def expected_probes(folder: Path) -> dict[str, dict]:
    """The folder's ``expected.json``: probe name → its file, cells and expected error check ids."""
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))


def cells_and_findings_test(folder: Path) -> Callable[[str], None]:
    """A test parametrised by the probes of ``folder`` (ids: the probe names, sorted)."""
    expected = expected_probes(folder)

    @pytest.mark.parametrize("name", sorted(expected))
    def test_probe_cells_and_findings(name: str) -> None:
        probe = expected[name]
        report = read(folder / probe["file"])
        wrong, _ = wrong_cells(probe, report)
        assert wrong == []
        errors = {f.check_id for f in report.finding_records if f.severity == "error"}
        assert errors == set(probe["expected_errors"])

    return test_probe_cells_and_findings
