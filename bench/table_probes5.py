"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes5`` (written
and labelled by ``bench/make_table_probes5.py`` before textmine read them: other provinces' CMS
flattenings with the empty cells gone, tables with only some columns filled, 2014-era and
2019-era tables flattened, 一网通办 prose near the tables, 0 next to blank, decimal 万元).

    python bench/table_probes5.py            # a line per shape and the totals
    python bench/table_probes5.py --probes   # and a line per probe
    python bench/table_probes5.py --misses   # and every wrong cell (``!`` when its note says nothing of it)

Columns as in ``bench/table_probes3.py``: cells right (value and status); ``flagged`` cells whose
note says the reading is not settled; ``silent wrong`` the wrong cells that say nothing of it;
``errors`` error findings (every probe is consistent: each blames the report for our misreading);
``uncertain`` READING-UNCERTAIN findings.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes3 import by_shape, tally_consistent  # noqa: E402
from textmine.pipeline import read  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes5"


def check(name: str, probe: dict) -> tuple[Counter[str], list[str]]:
    """One probe's counts and its misses (wrong cells, then error findings)."""
    report = read(DIR / probe["file"])
    return tally_consistent(report, probe["cells"])


def line(label: str, c: Counter[str]) -> str:
    return (f"{label:30s} {c['right']:5d}/{c['cells']:<5d} {c['right'] / max(1, c['cells']):.4f} "
            f"flagged {c['flagged']:4d} silent wrong {c['silent wrong']:3d} errors {c['errors']:2d} "
            f"uncertain {c['uncertain']:2d} probes {c['probes']}")


def score(*, probes: bool = False, misses: bool = False) -> Counter[str]:
    expected = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))
    results = [(name, probe["shape"], *check(name, probe)) for name, probe in sorted(expected.items())]
    return by_shape(results, line, probes=probes, misses=misses)


if __name__ == "__main__":
    args = sys.argv[1:]
    score(probes="--probes" in args, misses="--misses" in args)
