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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes6 import score as score_folder  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes7"


def score(*, probes: bool = False, misses: bool = False, corpus: bool = False):
    """Score ``tests/cases/table_probes7`` as :func:`bench.table_probes6.score` scores its set."""
    return score_folder(folder=DIR, probes=probes, misses=misses, corpus=corpus)


if __name__ == "__main__":
    args = sys.argv[1:]
    score(probes="--probes" in args, misses="--misses" in args, corpus="--corpus" in args)
