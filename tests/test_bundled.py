"""The bundled corpus (corpora/) read end to end against its EXPECTED.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import textmine
from textmine.evaluate import norm

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = json.loads((ROOT / "corpora" / "EXPECTED.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reports():
    return {e["file"]: textmine.read(ROOT / "corpora" / e["file"]) for e in EXPECTED}


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["file"] for e in EXPECTED])
def test_meta(reports, expected):
    meta = reports[expected["file"]].meta
    assert meta.year == expected["year"]
    assert meta.template == expected["template"]
    assert norm(meta.issuer) == norm(expected["issuer"])
    assert meta.admin_level == expected["admin_level"]
    assert meta.published == expected["published"]


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["file"] for e in EXPECTED])
def test_section_kinds(reports, expected):
    got = {norm(s.title): s.kind for s in reports[expected["file"]].sections}
    for sec in expected["sections"]:
        title = norm(sec["title"])
        match = [kind for t, kind in got.items() if t == title or (len(title) >= 4 and title in t)]
        assert match, f"section {sec['title']} not found"
        assert match[0] == sec["kind"], sec["title"]


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["file"] for e in EXPECTED])
def test_encoding_detected(reports, expected):
    doc = reports[expected["file"]].document
    want = expected["encoding"].lower().replace("-", "").replace("_", "")
    got = doc.encoding.lower().replace("-", "").replace("_", "")
    assert got.startswith(want[:5]), (doc.encoding, expected["encoding"])
