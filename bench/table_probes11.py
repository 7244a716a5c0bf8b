"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes11`` (written
and labelled by ``bench/make_table_probes11.py`` before textmine read them: OCR spaces inside numbers,
``0件``/``0.00`` zeros, reworded and reordered row labels, table 三 with only 总计 or with one
法人或其他组织 column, table 四 with totals only, turned tables, header rows lost to an image, a table
printed twice, page heads between rows, Markdown alignment rows, ``<th>`` and nested HTML tables,
Word text boxes, prose numbers near the tables, 2014 tables, and probes with planted errors).

    python bench/table_probes11.py            # a line per shape and the totals
    python bench/table_probes11.py --probes   # and a line per probe
    python bench/table_probes11.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes11.py --corpus   # as the corpus run reads the folder (adjacent years as evidence)

Columns as in ``bench/table_probes5.py``: cells right (value and status); ``flagged`` cells whose
note says the reading is not settled; ``silent wrong`` the wrong cells that say nothing of it;
``errors`` error findings that blame the report wrongly (on a consistent probe every error finding;
on a probe with planted errors those whose check is not named in its ``expected_errors``);
``missed`` the planted errors not found; ``uncertain`` READING-UNCERTAIN findings.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes3 import by_shape, tagged, tally_cells  # noqa: E402
from textmine.pipeline import read  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes11"


def tally(report, probe: dict) -> tuple[Counter[str], list[str]]:
    """One probe's counts and misses: its cells, the error findings that blame it wrongly and the
    planted errors missed."""
    c, misses = tally_cells(report, probe["cells"])
    want = set(probe["expected_errors"])
    errors = [f for f in report.finding_records if f.severity == "error"]
    wrong = [f for f in errors if f.check_id not in want]
    c["errors"] += len(wrong)
    misses += [f"ERROR {f.check_id}: {f.message[:140]}" for f in wrong]
    missed = want - {f.check_id for f in errors}
    c["missed"] += len(missed)
    misses += [f"MISSED {m}" for m in sorted(missed)]
    c["uncertain"] += sum(1 for f in report.finding_records if f.check_id == "READING-UNCERTAIN")
    c["probes"] += 1
    return c, misses


def line(label: str, c: Counter[str]) -> str:
    return (f"{label:32s} {c['right']:5d}/{c['cells']:<5d} {c['right'] / max(1, c['cells']):.4f} "
            f"flagged {c['flagged']:4d} silent wrong {c['silent wrong']:3d} errors {c['errors']:2d} "
            f"missed {c['missed']:2d} uncertain {c['uncertain']:2d} probes {c['probes']}")


def score(directory: Path = DIR, *, probes: bool = False, misses: bool = False, corpus: bool = False,
          batches: str = "") -> Counter[str]:
    """Score the probes of ``directory`` (its ``expected.json``; with ``batches`` "A,B" only theirs)."""
    expected = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    if batches:
        expected = {k: p for k, p in expected.items() if p["batch"] in batches.split(",")}
    got = tagged(directory) if corpus else {name: read(directory / p["file"]) for name, p in expected.items()}
    results = [(name, probe["shape"], *tally(got[name], probe)) for name, probe in sorted(expected.items())]
    return by_shape(results, line, probes=probes, misses=misses)


def main(directory: Path, args: list[str]) -> None:
    """The command line of this script and of the later sets' scripts that share it."""
    batch = args[args.index("--batch") + 1] if "--batch" in args else ""
    score(directory, probes="--probes" in args, misses="--misses" in args, corpus="--corpus" in args, batches=batch)


if __name__ == "__main__":
    main(DIR, sys.argv[1:])
