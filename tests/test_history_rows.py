"""checks.history reads cells rows (dicts) in one call per row, as _as_tuple reads them one field at a time."""

from __future__ import annotations

from decimal import Decimal

import pytest

from textmine.checks.history import _as_tuple, _as_tuples, compact_report
from textmine.model import Cell

FULL = {"report_id": "r", "template": "gov2021", "table": "requests", "row_key": "granted", "col_key": "total",
        "label": None, "status": "number", "value_exact": "12", "raw": "12", "start": 3, "end": 5}


@pytest.mark.parametrize(
    "cell",
    [
        FULL,
        {**FULL, "raw": None},  # raw None reads as ""
        {**FULL, "raw": "", "status": "blank", "value_exact": None},
        {k: v for k, v in FULL.items() if k not in ("label", "start")},  # optional fields absent
        Cell("gov2021", "requests", "granted", "total", 12, "12", "number", start=3, end=5),
    ],
)
def test_as_tuples_reads_as_as_tuple(cell) -> None:
    assert _as_tuples([cell]) == [_as_tuple(cell)]


def test_compact_report_same_digest_for_rows_and_cells() -> None:
    """Numbers spelled 12, "12", Decimal("12.0") and "012" are one number to COPY-TABLE."""
    def digest(values):
        cells = [{**FULL, "col_key": f"c{k}", "value_exact": v} if isinstance(v, str) else
                 Cell("gov2021", "requests", "granted", f"c{k}", v, str(v), "number") for k, v in enumerate(values)]
        return compact_report("r", issuer="某县人民政府", year=2022, template="gov2021", cells=cells).entry.copy.digest

    assert digest([12, "7", Decimal("3.50")]) == digest(["12", 7, "3.5"]) == digest([Decimal("12.0"), "07", "3.50"])
    assert digest([12, 7, 3]) != digest([12, 7, 4])
