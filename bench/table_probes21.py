"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes21`` (written
and labelled by ``bench/make_table_probes21.py`` before textmine read them: the 2014-era 统计表 with a 备注
column or with each count carrying its unit; counts grouped in thousands (``1,234``, ``1，234``, ``1 234``);
column heads wrapped over two space rows; 2021 tables pasted from WPS, a cell per line with merged heads repeated;
HTML with ``<br>`` inside labels, heads and count cells; table 三 with its applicant columns renamed (企业,
科研单位, 社会组织 …); and probes with planted errors).

    python bench/table_probes21.py            # a line per shape and the totals
    python bench/table_probes21.py --probes   # and a line per probe
    python bench/table_probes21.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes21.py --corpus   # as the corpus run reads the folder

Scored by ``bench/table_probes11.py``'s code; columns as in ``bench/table_probes12.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes11 import main  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes21"

if __name__ == "__main__":
    main(DIR, sys.argv[1:])
