"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes18`` (written
and labelled by ``bench/make_table_probes18.py`` before textmine read them, one batch: 2021 tables copied from
Excel as TAB rows with each table's header rows merged into one line; table 三 renumbered (groups ``1、``, items
``（一）``…``（八）``) or abbreviated (予以公开, 部分公开, 不予公开 …); table 二 with 制发/废止/现行有效 in another column
order; a unit after every value (``12件``, ``3条``, ``0.5万元``); Chinese numerals (``三``, ``十二``); blank cells
printed as a single space in space rows; Word-pasted HTML (``<td><p><span>``, ``&nbsp;`` blanks); the 2019
table 三 with 本年新收/上年结转 labels; Markdown pipe tables with an alignment row; and probes with planted errors).

    python bench/table_probes18.py            # a line per shape and the totals
    python bench/table_probes18.py --probes   # and a line per probe
    python bench/table_probes18.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes18.py --corpus   # as the corpus run reads the folder

Scored by ``bench/table_probes11.py``'s code; columns as in ``bench/table_probes12.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes11 import main  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes18"

if __name__ == "__main__":
    main(DIR, sys.argv[1:])
