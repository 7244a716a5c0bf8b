"""The documentation builds without warnings and the codebook page matches the codebook."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_docs_build_strict(tmp_path):
    pytest.importorskip("mkdocstrings")
    if shutil.which("mkdocs") is None and not (Path(sys.executable).parent / "mkdocs").exists():
        pytest.skip("mkdocs not installed (pip install '.[docs]')")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "WARNING" not in result.stderr, result.stderr[-3000:]
    page = (tmp_path / "site" / "api" / "corpus" / "index.html").read_text(encoding="utf-8")
    assert "process_input" in page and "ordered_map" in page


def test_the_codebook_page_is_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "make_codebook.py"), "--check"], capture_output=True, text=True,
        timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, "docs/codebook.md is stale: run python docs/make_codebook.py"


def test_citation_and_changelog_exist():
    import yaml

    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0" and citation["title"].startswith("textmine")
    from textmine._version import __version__

    assert citation["version"] == __version__
    assert "## Unreleased" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
