"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes17`` (written
and labelled by ``bench/make_table_probes17.py`` before textmine read them, in two batches: table 三 in HTML
with two header rows and ``1,234`` counts; the Word template filled with ``1，234`` and ``〇``; a hand-made Word
table 三 with only a 法人或其他组织 column; PDF-extracted rows whose label wraps with the values after its
second piece or on a line of their own; ``0件``/``〇`` zeros; the organisation columns all empty or all 0; the
统计表 out of a PDF; table 四's 15 counts on one line; table 四 turned with its 总计 row first; the 2019
政府集中采购 amounts with decimals; and probes with planted errors).

    python bench/table_probes17.py            # a line per shape and the totals
    python bench/table_probes17.py --probes   # and a line per probe
    python bench/table_probes17.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes17.py --corpus   # as the corpus run reads the folder
    python bench/table_probes17.py --batch A  # one batch

Scored by ``bench/table_probes11.py``'s code; columns as in ``bench/table_probes12.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes11 import main  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes17"

if __name__ == "__main__":
    main(DIR, sys.argv[1:])
