"""Shared fixtures: the real corpus beside the project (skipped cleanly when absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
BUNDLED = ROOT / "corpora"

# tests/ holds helper modules (e.g. report_writer) imported by the tests.
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """The real reports of ../shared/corpus; skips when the folder is not there."""
    if not (SHARED_CORPUS / "manifest.csv").exists():
        pytest.skip("../shared/corpus not present (real reports live beside the project)")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def bundled_corpus() -> Path:
    """The project's own corpora/ folder."""
    return BUNDLED


@pytest.fixture(scope="session")
def corpus_frames(shared_corpus):
    """The real report texts tagged once per test session, with an ``era`` column on
    ``reports`` (old before 2019, gov2019 for 2019–2020, gov2021 from 2021)."""
    import numpy as np

    import textmine

    frames = textmine.tag([shared_corpus / "texts"])
    years = frames.reports["year"]
    frames.reports["era"] = np.where(
        years >= 2021, "gov2021", np.where(years >= 2019, "gov2019", "old")
    )
    return frames
