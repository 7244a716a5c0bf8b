"""The notebooks run top to bottom on a fresh install and are stored without outputs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_and_has_no_outputs(path, monkeypatch):
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code, "a notebook without code"
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), (
        "notebooks are committed without outputs"
    )
    monkeypatch.chdir(path.parent.parent)
    namespace: dict = {"__name__": "__notebook__"}
    for i, cell in enumerate(code):
        source = "".join(cell["source"])
        try:
            exec(compile(source, f"{path.name}[{i}]", "exec"), namespace)  # noqa: S102
        except Exception as exc:  # pragma: no cover - the message says which cell failed
            raise AssertionError(f"{path.name} code cell {i} failed: {exc!r}\n{source}") from exc
    assert os.getcwd() == str(path.parent.parent)


def test_there_is_a_walkthrough():
    assert any(p.name == "walkthrough.ipynb" for p in NOTEBOOKS)
