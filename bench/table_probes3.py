"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes3``
(written by ``bench/make_table_probes3.py``: official 2019/2021 layouts with merged cells, CR/LF
runs, repeated headers, HTML spans, pipe and tab tables, run-together rows, placeholder words,
decimal 万元 amounts, the 2014 statistics table).

    python bench/table_probes3.py            # a line per probe and the totals
    python bench/table_probes3.py --corpus   # as the corpus run reads the folder (adjacent years as evidence)

Columns: cells right (value and status); ``flagged`` cells whose note says the reading is not
settled, ``silent wrong`` the wrong cells that say nothing of it; ``wrong err`` the error findings
that blame a report for what it does not do (on a consistent probe every error; on an
inconsistent probe those not named in ``expected_errors``); ``missed`` the expected errors not
reported; ``uncertain`` the READING-UNCERTAIN findings.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes import uncertain  # noqa: E402
from textmine.model import Report  # noqa: E402
from textmine.pipeline import read  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes3"


def same(cell, value: str | None, status: str) -> bool:
    if cell is None or cell.status != status:
        return False
    if value is None:
        return cell.value is None
    return cell.value is not None and Decimal(str(cell.value)) == Decimal(value)


def wrong_cells(probe: dict, report) -> tuple[list[str], dict]:
    """The expected cells of ``probe`` (``"table|row|col"`` keys) that ``report`` read wrong
    (value or status), and the report's cells by ``(table, row, col)``."""
    got = {(c.table, c.row_key, c.col_key): c for c in report.cell_records}
    wrong = [k for k, (value, status) in probe["cells"].items() if not same(got.get(tuple(k.split("|"))), value, status)]
    return wrong, got


def tally_cells(report, cells: dict[str, list]) -> tuple[Counter[str], list[str]]:
    """Count a probe's expected ``cells`` (``"table|row|col": [value, status]``) in ``report``:
    ``cells``, ``right``, ``flagged`` (the note says the reading is not settled) and ``silent
    wrong``, with a line per wrong cell (``!`` first when its note says nothing of it)."""
    got = {(c.table, c.row_key, c.col_key): c for c in report.cell_records}
    c: Counter[str] = Counter()
    misses = []
    for key, (value, status) in cells.items():
        cell = got.get(tuple(key.split("|")))
        ok = same(cell, value, status)
        flagged = cell is not None and uncertain(cell)
        c["cells"] += 1
        c["right"] += ok
        c["flagged"] += flagged
        c["silent wrong"] += not ok and not flagged
        if not ok:
            found = cell and (None if cell.value is None else str(cell.value), cell.status)
            misses.append(f"{' ' if flagged else '!'} {key}: {value} {status} -> {found}")
    return c, misses


def tally_consistent(report, cells: dict[str, list]) -> tuple[Counter[str], list[str]]:
    """:func:`tally_cells` for a probe that is consistent, so that every error finding blames the
    report for our misreading: also ``errors`` (listed after the wrong cells), ``uncertain``
    (READING-UNCERTAIN findings) and ``probes``."""
    c, misses = tally_cells(report, cells)
    errors = [f for f in report.finding_records if f.severity == "error"]
    c["errors"] += len(errors)
    misses += [f"ERROR {f.check_id}: {f.message[:140]}" for f in errors]
    c["uncertain"] += sum(1 for f in report.finding_records if f.check_id == "READING-UNCERTAIN")
    c["probes"] += 1
    return c, misses


def by_shape(results: list[tuple[str, str, Counter[str], list[str]]], line, *, probes: bool = False,
             misses: bool = False) -> Counter[str]:
    """Print ``line(label, counts)`` per shape and for all the ``(name, shape, counts, misses)``
    results (and per probe, with its misses, when asked); return the totals."""
    shapes: dict[str, Counter[str]] = defaultdict(Counter)
    for name, shape, c, wrong in results:
        shapes[shape] += c
        if probes or misses:
            print(line(name, c))
        if misses:
            for w in wrong:
                print("    " + w)
    total: Counter[str] = Counter()
    for shape, c in sorted(shapes.items()):
        print(line(shape, c))
        total += c
    print(line("all", total))
    return total


def reports() -> dict[str, Report]:
    """Each probe's report, read alone."""
    expected = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))
    return {name: read(DIR / p["file"]) for name, p in expected.items()}


class _Tagged:
    """A probe's cells and findings as the corpus run wrote them (``cell_records`` and
    ``finding_records`` of plain rows)."""

    def __init__(self, cells: list[SimpleNamespace], findings: list[SimpleNamespace]) -> None:
        self.cell_records, self.finding_records = cells, findings


def tagged(folder: Path = DIR) -> dict[str, _Tagged]:
    """Each probe's report of ``folder`` as the corpus run reads the folder (with its second
    reading of open tables: the same body's adjacent years as evidence)."""
    import pandas as pd

    from textmine.corpus import run

    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        run([folder], tmp, format="csv", timeout=None)
        frames = {n: pd.read_csv(Path(tmp) / f"{n}.csv", encoding="utf-8-sig", dtype={"value_exact": str})
                  for n in ("reports", "cells", "findings")}
    out = {}
    for name, probe in expected.items():
        paths = frames["reports"].path.astype(str)
        # the whole file name: thousands-tabs-2021.txt is also the end of fullwidth-thousands-tabs-2021.txt
        rid = frames["reports"][(paths == probe["file"]) | paths.str.endswith("/" + probe["file"])].report_id.iloc[0]
        cells = [SimpleNamespace(table=r.table, row_key=r.row_key, col_key=r.col_key, status=r.status,
                                 value=None if pd.isna(r.value_exact) else Decimal(r.value_exact),
                                 note=None if pd.isna(r.note) else r.note)
                 for r in frames["cells"][frames["cells"].report_id == rid].itertuples()]
        findings = [SimpleNamespace(check_id=r.check_id, severity=r.severity, message=str(r.message))
                    for r in frames["findings"][frames["findings"].report_id == rid].itertuples()]
        out[name] = _Tagged(cells, findings)
    return out


def score(*, corpus: bool = False, quiet: bool = False) -> Counter[str]:
    expected = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))
    got_reports = tagged() if corpus else reports()
    total: Counter[str] = Counter()
    if not quiet:
        print(f"{'probe':30s} {'cells right':>12s} {'flagged':>7s} {'silent wrong':>12s} {'wrong err':>9s} "
              f"{'missed':>6s} {'uncertain':>9s}")
    for name, probe in expected.items():
        report = got_reports[name]
        c, _ = tally_cells(report, probe["cells"])
        want = set(probe["expected_errors"])
        errors = {f.check_id for f in report.finding_records if f.severity == "error"}
        c["wrong err"] += sum(1 for f in report.finding_records if f.severity == "error" and f.check_id not in want)
        c["missed"] += len(want - errors)
        c["uncertain"] += sum(1 for f in report.finding_records if f.check_id == "READING-UNCERTAIN")
        c["probes"] += 1
        total += c
        if not quiet:
            print(f"{name:30s} {c['right']:5d}/{c['cells']:<6d} {c['flagged']:7d} {c['silent wrong']:12d} "
                  f"{c['wrong err']:9d} {c['missed']:6d} {c['uncertain']:9d}")
    print(f"{'all':30s} {total['right']:5d}/{total['cells']:<6d} share {total['right'] / total['cells']:.4f}  "
          f"flagged {total['flagged']}  silent wrong {total['silent wrong']}  wrong errors {total['wrong err']}  "
          f"missed {total['missed']}  uncertain {total['uncertain']}")
    return total


if __name__ == "__main__":
    score(corpus="--corpus" in sys.argv[1:])
