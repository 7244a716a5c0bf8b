"""Stata export: `textmine tag --format dta` files read back in pandas with the same values."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from textmine.cli import app
from textmine.export import STATA_STR_BYTES, labels, stata_frame, to_stata

BUNDLED = Path(__file__).resolve().parents[1] / "corpora"


@pytest.fixture(scope="module")
def tagged(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dta")
    result = CliRunner().invoke(app, ["tag", str(BUNDLED), "-o", str(out), "--format", "dta", "--quiet", "--texts"])
    assert result.exit_code == 0, result.output
    return out


def _same(a, b) -> bool:
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    return a == b


@pytest.mark.parametrize("table", ["manifest", "reports", "sections", "sentences", "facts", "cells", "items", "findings", "texts"])
def test_dta_reads_back_with_the_same_values(tagged, table):
    parquet = stata_frame(pd.read_parquet(tagged / f"{table}.parquet"))
    dta = pd.read_stata(tagged / f"{table}.dta", convert_categoricals=False)
    assert len(dta) == len(parquet) > 0
    renamed = {"end": "end_"}
    for col in parquet.columns:
        if col == "seconds":
            continue
        got = dta[renamed.get(col, col)].tolist()
        want = parquet[col].tolist()
        assert all(_same(float(w) if isinstance(w, int) else w, float(g) if isinstance(g, int) else g)
                   for w, g in zip(want, got, strict=True)), (table, col)


def test_variables_carry_chinese_labels(tagged):
    with pd.io.stata.StataReader(tagged / "reports.dta") as reader:
        found = reader.variable_labels()
    assert found["issuer"] == labels()["issuer"] == "发布机关"
    assert found["year"] == "报告年度"


def test_long_text_becomes_strl_and_lists_are_joined(tmp_path):
    long = "政" * (STATA_STR_BYTES // 3 + 10)
    frame = pd.DataFrame({"text": [long, None], "themes": [["proactive", "requests"], []], "inferred": [True, False]})
    to_stata(frame, tmp_path / "x.dta")
    back = pd.read_stata(tmp_path / "x.dta")
    assert back["text"].tolist() == [long, ""]
    assert back["themes"].tolist() == ["proactive;requests", ""]
    assert back["inferred"].tolist() == [1.0, 0.0]


def test_every_output_column_has_a_label():
    from textmine.frames import _VERSION_COLUMNS, COLUMNS

    names = {c for cols in COLUMNS.values() for c, _ in cols} | {c for c, _ in _VERSION_COLUMNS}
    assert names <= set(labels())
    assert all(len(v) <= 80 for v in labels().values())
