"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes6`` (written
and labelled by ``bench/make_table_probes6.py`` before textmine read them: 2021 tables flattened
one cell per line, in CR runs, TAB rows and ideographic-space rows; blank cells that vanish;
run-together digit runs (one body's two years); the 2019 table 二 with signed 本年增/减 and decimal
采购总金额; 2014-era tables; tables continued across a page break; HTML with merged cells; Word).

    python bench/table_probes6.py            # a line per shape and the totals
    python bench/table_probes6.py --probes   # and a line per probe
    python bench/table_probes6.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes6.py --corpus   # as the corpus run reads the folder (adjacent years as evidence)

Columns as in ``bench/table_probes5.py``: cells right (value and status); ``flagged`` cells whose
note says the reading is not settled; ``silent wrong`` the wrong cells that say nothing of it;
``errors`` error findings (every probe is consistent: each blames the report for our misreading);
``uncertain`` READING-UNCERTAIN findings.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes3 import by_shape, tagged, tally_consistent  # noqa: E402
from bench.table_probes5 import line  # noqa: E402
from textmine.pipeline import read  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes6"


def score(*, folder: Path = DIR, probes: bool = False, misses: bool = False, corpus: bool = False):
    """Print a line per shape (and per probe, and every wrong cell) of the probes in ``folder``,
    each read alone or, with ``corpus``, as ``textmine tag`` reads the folder."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    got = tagged(folder) if corpus else {name: read(folder / p["file"]) for name, p in expected.items()}
    results = [(name, probe["shape"], *tally_consistent(got[name], probe["cells"]))
               for name, probe in sorted(expected.items())]
    return by_shape(results, line, probes=probes, misses=misses)


if __name__ == "__main__":
    args = sys.argv[1:]
    score(probes="--probes" in args, misses="--misses" in args, corpus="--corpus" in args)
