"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes10`` (written
and labelled by ``bench/make_table_probes10.py`` before textmine read them: the official 2021 Word
template saved as plain text by Word (TABs, a cell's line breaks breaking its row); PDF text read
by columns; table 三's applicant columns in other orders; header words broken over lines and
vertical text; cells with footnote marks; table 三 continued under a 续表 line (the Word template
split in two tables); table 四 as two tables; table 三's label columns flattened into one; Excel's
web pages; 2013–2018 counts in labelled lines).

    python bench/table_probes10.py            # a line per shape and the totals
    python bench/table_probes10.py --probes   # and a line per probe
    python bench/table_probes10.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes10.py --corpus   # as the corpus run reads the folder (adjacent years as evidence)

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

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes10"


def score(*, probes: bool = False, misses: bool = False, corpus: bool = False):
    """Score ``tests/cases/table_probes10`` as :func:`bench.table_probes6.score` scores its set."""
    return score_folder(folder=DIR, probes=probes, misses=misses, corpus=corpus)


if __name__ == "__main__":
    args = sys.argv[1:]
    score(probes="--probes" in args, misses="--misses" in args, corpus="--corpus" in args)
