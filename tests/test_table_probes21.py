"""The held-out table probes of ``tests/cases/table_probes21`` (written and labelled by
``bench/make_table_probes21.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right, none gets an error finding, and every planted error of the
``inconsistent`` probes is found."""

from __future__ import annotations

import pytest

from bench.table_probes3 import wrong_cells
from bench.table_probes21 import DIR
from tests.table_probe_cases import cells_and_findings_test, expected_probes
from textmine.pipeline import read
from textmine.tables.cells import joined_digits

EXPECTED = expected_probes(DIR)
test_probe_cells_and_findings = cells_and_findings_test(DIR)


# ------------------------------------------------------------------ a grouped count wrapped after its comma


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("1, 530", "1530"),
        ("12， 345", "12345"),
        ("1,\u00a0234, 567", "1234567"),
        ("2， 070", "2070"),
    ],
)
def test_wrapped_groups_join(raw: str, digits: str) -> None:
    """A count grouped by commas whose line wrapped after a comma (``1,<br>530``) is that one count, settled."""
    assert joined_digits(raw) == (digits, None)


@pytest.mark.parametrize(
    "raw", ["1, 18", "1,5 30", "12, 3456", "1,530", "1， 234,567", "1,  530", "第1, 530"]
)
def test_wrapped_groups_not(raw: str) -> None:
    """Commas that do not group thousands, mixed separators, two spaces, a plain grouped count: no wrapped count."""
    joined = joined_digits(raw)
    assert joined is None or joined[1] is not None


def test_wrapped_groups_html_cell() -> None:
    """In an HTML table 四 the cell ``1,<br>530`` reads 1530 and no error finding blames the report."""
    probe = EXPECTED["br-grouped-html-2022"]
    report = read(DIR / probe["file"])
    assert wrong_cells(probe, report)[0] == []
    assert not [f for f in report.finding_records if f.severity == "error"]
