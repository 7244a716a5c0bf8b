"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes8`` (written
and labelled by ``bench/make_table_probes8.py`` before textmine read them: CMS exports printing a
row's wrapped label apart from its cells, thousands separators in large bodies, cells with their
unit, ``单位：件`` lines and ``注：`` footnotes, captions written otherwise with prose between the
tables, table 二's rows in another order, table 三's rows numbered otherwise, zeros as 零/〇 and
full-width digits, editors' HTML (``<th>``, ``<br>``, ``<span>``, ``&nbsp;``), converters' Markdown
(pandoc pipe tables, MinerU's HTML), the 2014 table with units and separators).

    python bench/table_probes8.py            # a line per shape and the totals
    python bench/table_probes8.py --probes   # and a line per probe
    python bench/table_probes8.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes8.py --corpus   # as the corpus run reads the folder (adjacent years as evidence)

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

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes8"


def score(*, probes: bool = False, misses: bool = False, corpus: bool = False):
    """Score ``tests/cases/table_probes8`` as :func:`bench.table_probes6.score` scores its set."""
    return score_folder(folder=DIR, probes=probes, misses=misses, corpus=corpus)


if __name__ == "__main__":
    args = sys.argv[1:]
    score(probes="--probes" in args, misses="--misses" in args, corpus="--corpus" in args)
