"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes12`` (written
and labelled by ``bench/make_table_probes12.py`` before textmine read them, in batches: 合计 heads,
other organisation names, table 二 as labelled lines or with its columns reordered, CR runs cut by
a page break, the 2014 table read by columns, 2008–2018 free tables turned or with two pairs a row,
a township's run-together rows, and probes with planted errors).

    python bench/table_probes12.py            # a line per shape and the totals
    python bench/table_probes12.py --probes   # and a line per probe
    python bench/table_probes12.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes12.py --corpus   # as the corpus run reads the folder (adjacent years as evidence)
    python bench/table_probes12.py --batch A  # only the probes of batch A (or B, or A,B)

Scored by ``bench/table_probes11.py``'s code. Columns as in ``bench/table_probes5.py``: cells right
(value and status); ``flagged`` cells whose note says the reading is not settled; ``silent wrong`` the wrong cells that say nothing of it;
``errors`` error findings that blame the report wrongly (on a consistent probe every error finding;
on a probe with planted errors those whose check is not named in its ``expected_errors``);
``missed`` the planted errors not found; ``uncertain`` READING-UNCERTAIN findings.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes11 import main  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes12"

if __name__ == "__main__":
    main(DIR, sys.argv[1:])
