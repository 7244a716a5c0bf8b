"""Round trip: write reports with known tables, read them back, check the cells and the checks.

≥ 500 generated reports across gov2021, gov2019, gov2014 and local, each in every rendering of
``report_writer`` (HTML grids, markdown, one cell per line, one-line flattened text with and
without spaces, pdftotext-like layout), seeded and deterministic:

render → ``textmine.ingest.read_document`` → ``textmine.tables.extract_cells`` → compare every
cell's value and status with what was written; then ``textmine.checks.check_cells`` must find no
error on a consistent report and the right check id on every injected inconsistency.
"""

from __future__ import annotations

import random
from collections import defaultdict

import pytest
import report_writer as w

from textmine.checks import check_cells, normalize_label

ingest = pytest.importorskip("textmine.ingest", reason="textmine.ingest (read_document) not available yet")
tables = pytest.importorskip("textmine.tables", reason="textmine.tables (extract_cells) not available yet")
if not hasattr(ingest, "read_document") or not hasattr(tables, "extract_cells"):  # pragma: no cover
    pytest.skip("read_document / extract_cells not available yet", allow_module_level=True)

#: Reports per (template, rendering): 4 templates × 6 renderings × 22 = 528 consistent reports.
SEEDS = 22
#: Reports per (template, rendering) that also get every injection of ``report_writer.INJECTIONS``.
INJECTION_SEEDS = 3
#: Renderings that keep every cell apart (blank cells visible or numbers separated by spaces).
SEPARATING = ("html", "markdown", "cells", "flat_spaced", "pdf")


def _key(table: str, row: str | None, col: str | None, label: str | None) -> tuple:
    return (table, row if row is not None else "~" + normalize_label(label), col)


def _expected_key(key: tuple) -> tuple:
    table, row, col = key
    return (table, "~" + normalize_label(row[1:]), col) if row.startswith("~") else key


def _read(template: str, rendering: str, values: dict, year: int) -> list:
    data, name = w.render_report(template, values, rendering=rendering, year=year)
    doc = ingest.read_document(data, name=name)
    return tables.extract_cells(doc)


def _values(template: str, rendering: str, seed: int) -> tuple[dict, int]:
    rng = random.Random(f"{template}-{rendering}-{seed}")
    values = w.consistent_values(template, rng, blanks=rendering in w.SEPARATED)
    return w.allowed_values(rendering, values), w.default_year(template, rng)


def _compare(values: dict, cells: list) -> tuple[int, list[tuple]]:
    """(cells right, [(key, written, read cell or None)] of the wrong ones)."""
    index: dict[tuple, object] = {}
    for c in cells:
        index.setdefault(_key(c.table, c.row_key, c.col_key, c.label), c)
    right, wrong = 0, []
    for key, value in values.items():
        cell = index.get(_expected_key(key))
        status = w.expected_status(value)
        if cell is not None and cell.status == status and (status != "number" or cell.value == value):
            right += 1
        else:
            wrong.append((key, value, cell))
    return right, wrong


RESULTS: dict[tuple[str, str], tuple[int, int, int]] = {}


@pytest.mark.parametrize("rendering", w.RENDERINGS)
@pytest.mark.parametrize("template", w.TEMPLATES)
def test_cells_recovered_and_consistent_reports_have_no_error(template, rendering):
    total = right = 0
    not_inferred: list[tuple] = []
    error_messages: list[str] = []
    for seed in range(SEEDS):
        values, year = _values(template, rendering, seed)
        cells = _read(template, rendering, values, year)
        got, wrong = _compare(values, cells)
        total += len(values)
        right += got
        not_inferred += [(seed, k, v, c and (c.value, c.status, c.raw)) for k, v, c in wrong if c is None or not c.inferred]
        error_messages += [f.message for f in check_cells(cells, template=template) if f.severity == "error"]
    RESULTS[(template, rendering)] = (right, total, len(not_inferred))
    if rendering in SEPARATING:
        assert right == total, f"{template}/{rendering}: {right}/{total}; first wrong: {not_inferred[:3]}"
    else:
        # One-line text without separators: a split the identities cannot settle is a guess, so
        # the cell must say so (inferred=True); every other cell is right.
        assert not not_inferred, f"{template}/{rendering}: wrong cells not marked inferred: {not_inferred[:3]}"
    assert not error_messages, f"{template}/{rendering}: errors on consistent tables: {error_messages[:3]}"


def test_flattened_text_recovers_99_percent():
    """≥ 99% of the cells of one-line text without separators, outside table 二.

    Table 二's runs (e.g. 行政许可1281740 = 128|17|40 or 12|81|740) have no identity that
    settles them: the gold notes of r013/r014/r015/r017-r019 confirm such splits only from the
    source HTML. Those cells are held to ``inferred=True`` when wrong (test above) and their
    rate is reported here, not asserted.
    """
    right = total = t2_right = t2_total = 0
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for template in w.TEMPLATES:
        for seed in range(SEEDS):
            values, year = _values(template, "flat", seed)
            _, wrong = _compare(values, _read(template, "flat", values, year))
            bad = {k for k, _, _ in wrong}
            for key in values:
                ok = key not in bad
                if key[0] == "active":
                    t2_right += ok
                    t2_total += 1
                else:
                    right += ok
                    total += 1
                    per[template][0] += ok
                    per[template][1] += 1
    detail = {t: f"{a}/{b}" for t, (a, b) in per.items()}
    print(f"flat text: {right}/{total} cells outside table 二 {detail}; table 二 {t2_right}/{t2_total}")
    assert right / total >= 0.99, f"flat text: {right}/{total} = {right / total:.4f} {detail}"


@pytest.mark.parametrize("rendering", w.RENDERINGS)
@pytest.mark.parametrize("template", w.TEMPLATES)
def test_injected_inconsistencies_are_reported(template, rendering):
    rng = random.Random(f"inject-{template}-{rendering}")
    missed = []
    tried = 0
    for seed in range(INJECTION_SEEDS):
        values, year = _values(template, rendering, 1000 + seed)
        for kind, key, expected in w.INJECTIONS[template]:
            broken = w.inject(values, kind, key, rng)
            if broken is None:
                continue
            broken = w.allowed_values(rendering, broken)
            tried += 1
            cells = _read(template, rendering, broken, year)
            found = {f.check_id for f in check_cells(cells, template=template)}
            if expected not in found:
                missed.append((seed, kind, key, expected, sorted(found)))
    assert tried
    assert not missed, f"{template}/{rendering}: {len(missed)}/{tried} injections not reported: {missed[:3]}"
