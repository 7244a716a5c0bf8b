"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes9`` (written
and labelled by ``bench/make_table_probes9.py`` before textmine read them: the official 2021 Word
template filled in with placeholders (/, —, 无, 不适用), empty cells and numbers typed in two runs;
Word/WPS web pages with nested ``<p><span>``, numbers split over runs and tables cut in two by a
page break; ``pdftotext -layout`` text with wrapped labels (numbers on their first, middle or last
line) and a folio inside table 三; pdfplumber text; the 2019 table 二's 本年增/减 as ``+3``/``减少2``;
2013–2018 free ``项目|数量`` tables and numbered lists; ministries' large bodies).

    python bench/table_probes9.py            # a line per shape and the totals
    python bench/table_probes9.py --probes   # and a line per probe
    python bench/table_probes9.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes9.py --corpus   # as the corpus run reads the folder (adjacent years as evidence)

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

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes9"


def score(*, probes: bool = False, misses: bool = False, corpus: bool = False):
    """Score ``tests/cases/table_probes9`` as :func:`bench.table_probes6.score` scores its set."""
    return score_folder(folder=DIR, probes=probes, misses=misses, corpus=corpus)


if __name__ == "__main__":
    args = sys.argv[1:]
    score(probes="--probes" in args, misses="--misses" in args, corpus="--corpus" in args)
