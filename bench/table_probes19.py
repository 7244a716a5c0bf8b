"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes19`` (written
and labelled by ``bench/make_table_probes19.py`` before textmine read them, two batches: tables cut by PDF page
breaks with a running head and a folio between rows; table 三's HTML header rows laid out otherwise (申请人情况
over the whole width, the organisations in another order, 法人或其他组织 before 自然人); OCR'd tables (``O`` for 0,
``l`` for 1, a space inside a count); table 三 turned (a line per applicant kind); the 2013–2018 统计表 with rows a
province adds (电子邮件申请数, 咨询人次, 政务新媒体); two table sets in one report (the body's own and its units'
汇总); zeros printed ``0件``/``0条``/``0.00``/``0.0``; the Word template filled run by run or with rows deleted; and
probes with planted errors).

    python bench/table_probes19.py            # a line per shape and the totals
    python bench/table_probes19.py --probes   # and a line per probe
    python bench/table_probes19.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes19.py --corpus   # as the corpus run reads the folder
    python bench/table_probes19.py --batch B  # batch B only (written after batch A's fixes)

Scored by ``bench/table_probes11.py``'s code; columns as in ``bench/table_probes12.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes11 import main  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes19"

if __name__ == "__main__":
    main(DIR, sys.argv[1:])
