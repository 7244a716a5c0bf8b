"""checks.claims._get reads a field of an output row (a dict, asked first), another Mapping or a record."""

from __future__ import annotations

from types import MappingProxyType, SimpleNamespace

from textmine.checks.claims import _get


def test_get_reads_rows_mappings_and_records():
    assert _get({"unit": "件"}, "unit") == "件"
    assert _get({"value": float("nan")}, "value") is None  # NaN read back from a table is missing
    assert _get(MappingProxyType({"unit": "件"}), "unit") == "件"  # a Mapping that is not a dict
    assert _get(SimpleNamespace(unit="件"), "unit") == "件"


def test_get_missing_field_is_none():
    assert _get({"unit": "件"}, "value") is None
    assert _get(SimpleNamespace(unit="件"), "value") is None
