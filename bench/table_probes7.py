"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes7`` (written
and labelled by ``bench/make_table_probes7.py`` before textmine read them: ruled and unruled PDFs
(table 三 over two pages, header repeated or not, wrapped labels, merged header cells), text
copied out of PDFs (pdftotext, a viewer's copy with wrapped labels, footers inside tables and
rows split over two lines), the official 2021 Word template filled with empty cells, 0, /, — and
无, Word tables nested or with repeated instead of merged cells, HTML with spans, ``&nbsp;`` and a
table split at a page break; the 2014, 2019 and 2021 eras).

    python bench/table_probes7.py            # a line per shape and the totals
    python bench/table_probes7.py --probes   # and a line per probe
    python bench/table_probes7.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes7.py --corpus   # as the corpus run reads the folder (adjacent years as evidence)

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

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes7"


def score(*, probes: bool = False, misses: bool = False, corpus: bool = False):
    expected = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))
    got = tagged(DIR) if corpus else {name: read(DIR / p["file"]) for name, p in expected.items()}
    results = [(name, probe["shape"], *tally_consistent(got[name], probe["cells"]))
               for name, probe in sorted(expected.items())]
    return by_shape(results, line, probes=probes, misses=misses)


if __name__ == "__main__":
    args = sys.argv[1:]
    score(probes="--probes" in args, misses="--misses" in args, corpus="--corpus" in args)
