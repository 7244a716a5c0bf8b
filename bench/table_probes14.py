"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes14`` (written
and labelled by ``bench/make_table_probes14.py`` before textmine read them: whole 2021 reports pasted
from Excel/WPS as TAB rows with leading empty cells, merged cells repeated, thousands separators and
trailing spaces, zeros as ``-`` or empty rows; table 三 read by columns out of a PDF; the 2019 table 二
with negative 本年增/减; table 四 in two halves one under the other; and probes with planted errors).

    python bench/table_probes14.py            # a line per shape and the totals
    python bench/table_probes14.py --probes   # and a line per probe
    python bench/table_probes14.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes14.py --corpus   # as the corpus run reads the folder

Scored by ``bench/table_probes11.py``'s code; columns as in ``bench/table_probes12.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes11 import main  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes14"

if __name__ == "__main__":
    main(DIR, sys.argv[1:])
