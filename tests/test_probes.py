"""The probe corpus (tests/cases/probes): reports in the shapes of the rest of the country.

Each probe is read through the whole pipeline with its crawler header; its metadata and
level-1 section kinds must be those written by hand in ``tests/probe_writer.py``.
"""

from __future__ import annotations

import json

import pytest

from tests.probe_hand import HAND
from tests.probe_writer import OUT, PROBES, analyse_probes, build, expected

TABLE = json.loads((OUT / "expected.json").read_text(encoding="utf-8"))
IDS = sorted(TABLE)


def test_probe_files_are_those_the_writer_builds() -> None:
    assert sorted([p.pid for p in PROBES] + list(HAND)) == IDS
    for p in PROBES:
        text, header = build(p)
        assert (OUT / f"{p.pid}.txt").read_bytes().decode("utf-8") == text
        assert TABLE[p.pid] == {"header": header, "expected": expected(p)}
    for pid, (text, header, want) in HAND.items():
        assert (OUT / f"{pid}.txt").read_bytes().decode("utf-8") == text
        assert TABLE[pid] == {"header": header, "expected": want}


def test_probe_corpus_is_wide() -> None:
    want = [TABLE[k]["expected"] for k in IDS]
    assert len(want) >= 40
    provinces = {w["province"] for w in want if w["admin_level"] == "department" and w["province"]}
    assert len(provinces) >= 10
    assert {w["admin_level"] for w in want} >= {"department", "county", "district", "township", "city"}
    assert any(w["province"] is None for w in want)  # ministries
    years = {w["year"] for w in want}
    assert min(years) <= 2013 and max(years) >= 2025


@pytest.fixture(scope="module")
def reports() -> dict:
    return analyse_probes(OUT, TABLE)


@pytest.mark.parametrize("pid", IDS)
def test_probe_metadata(pid: str, reports: dict) -> None:
    want = TABLE[pid]["expected"]
    m = reports[pid].meta
    assert (m.issuer, m.admin_level, m.province, m.city, m.year) == (
        want["issuer"], want["admin_level"], want["province"], want["city"], want["year"])


@pytest.mark.parametrize("pid", IDS)
def test_probe_sections(pid: str, reports: dict) -> None:
    want = TABLE[pid]["expected"]
    assert [s.kind for s in reports[pid].sections if s.level == 1] == want["kinds"]


@pytest.mark.parametrize("pid", IDS)
def test_probe_plans_are_found(pid: str, reports: dict) -> None:
    report = reports[pid]
    found = any(s.kind == "plans" for s in report.sections) or bool((report.items["kind"] == "plans").any())
    assert found == TABLE[pid]["expected"]["plans"]
