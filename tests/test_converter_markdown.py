"""Markdown made from a PDF by another project's converter (``r023.md``): its split pipe tables,
placeholder columns and page footers are read by row labels, and table 二 agrees with what that
project's own test asserts (``originals/r023.expected.kirogovcompare.json``, transcribed by hand)."""

from __future__ import annotations

import json
import random

import pytest
from report_writer import consistent_values, render_report

import textmine

#: That project's table-2 field names -> our (row_key, col_key) in table ``active``.
KEYS = {
    ("regulations", "made"): ("rules", "issued"),
    ("regulations", "repealed"): ("rules", "repealed"),
    ("regulations", "valid"): ("rules", "in_force"),
    ("normativeDocuments", "made"): ("normative_docs", "issued"),
    ("normativeDocuments", "repealed"): ("normative_docs", "repealed"),
    ("normativeDocuments", "valid"): ("normative_docs", "in_force"),
    ("licensing", "processed"): ("licensing", "decisions"),
    ("punishment", "processed"): ("penalty", "decisions"),
    ("coercion", "processed"): ("enforcement", "decisions"),
    ("fees", "amount"): ("fees", "amount"),
}


def test_r023_table_two_agrees_with_the_other_projects_assertions(shared_corpus):
    expected_file = shared_corpus / "originals" / "r023.expected.kirogovcompare.json"
    if not expected_file.exists():
        pytest.skip("r023.expected.kirogovcompare.json absent")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))["table2_deterministic_parse"]
    report = textmine.read(shared_corpus / "texts" / "r023.md")
    cells = {(c.row_key, c.col_key): c for c in report.cell_records if c.table == "active"}
    assert len(KEYS) == sum(len(v) for v in expected.values())
    for (row, field), key in KEYS.items():
        cell = cells[key]
        assert cell.status == "number", (key, cell.raw)
        assert float(cell.value) == expected[row][field], (key, cell.raw)


def _cells(report) -> dict:
    return {(c.table, c.row_key, c.col_key): (c.value, c.status) for c in report.cell_records}


@pytest.mark.parametrize("template", ["gov2021", "gov2019"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_table_split_by_a_page_footer_and_a_repeated_header_reads_the_same(template, seed):
    """A converter splits a table at a page break: a footer line (— 3 —), then the header again."""
    values = consistent_values(template, random.Random(seed))
    data, _ = render_report(template, values, rendering="markdown", year=2022 if template == "gov2021" else 2020)
    lines = data.decode("utf-8").split("\n")
    pipes = [i for i, line in enumerate(lines) if line.startswith("|")]
    cut = pipes[len(pipes) * 2 // 3]
    top = next(i for i in range(cut, 0, -1) if lines[i].startswith("|") and not lines[i - 1].startswith("|"))
    split = lines[:cut] + ["", "— 3 —", "", *lines[top : top + 2]] + lines[cut:]
    whole = _cells(textmine.read(data, name="whole.md"))
    broken = _cells(textmine.read("\n".join(split).encode("utf-8"), name="split.md"))
    assert len(whole) > 100
    assert broken == whole
    report = textmine.read("\n".join(split).encode("utf-8"), name="split.md")
    assert not any("— 3 —" in s.text for s in report.sentences)
