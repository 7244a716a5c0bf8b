"""The fourth held-out probe set (tests/cases/probes4): level-1 sections in hard contexts.

Each probe is read through the whole pipeline with its crawler header; its metadata, level-1
section kinds and titles (no flattened table row, list item, quotation, table of contents or
page chrome taken for a part) and whether plans are found must be those written by hand in
``tests/probe_hand4.py``.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.probe_hand4 import OUT, PROBES4
from tests.probe_writer import analyse_probes

TABLE = json.loads((OUT / "expected.json").read_text(encoding="utf-8"))
IDS = sorted(TABLE)


def _bare(title: str) -> str:
    return re.sub(r"[。．.：:]+$", "", re.sub(r"\s+", "", title or ""))


def test_probe_files_are_those_the_writer_builds() -> None:
    assert sorted(PROBES4) == IDS
    for pid, (text, header, want) in PROBES4.items():
        assert (OUT / f"{pid}.txt").read_bytes().decode("utf-8") == text
        assert TABLE[pid] == {"header": header, "expected": want}
    assert len(IDS) >= 50


@pytest.fixture(scope="module")
def reports() -> dict:
    return analyse_probes(OUT, TABLE)


@pytest.mark.parametrize("pid", IDS)
def test_probe_metadata(pid: str, reports: dict) -> None:
    want = TABLE[pid]["expected"]
    m = reports[pid].meta
    assert (m.issuer, m.admin_level, m.province, m.city, m.county, m.year) == (
        want["issuer"], want["admin_level"], want["province"], want["city"], want["county"], want["year"])


@pytest.mark.parametrize("pid", IDS)
def test_probe_sections(pid: str, reports: dict) -> None:
    want = TABLE[pid]["expected"]
    level1 = [s for s in reports[pid].sections if s.level == 1]
    assert [s.kind for s in level1] == want["kinds"]
    assert [_bare(s.title) for s in level1] == [_bare(t) for t in want["titles"]]


@pytest.mark.parametrize("pid", IDS)
def test_probe_plans_are_found(pid: str, reports: dict) -> None:
    report = reports[pid]
    found = any(s.kind == "plans" for s in report.sections) or bool((report.items["kind"] == "plans").any())
    assert found == TABLE[pid]["expected"]["plans"]
