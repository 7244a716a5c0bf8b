"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes15`` (written
and labelled by ``bench/make_table_probes15.py`` before textmine read them: editors' HTML — Word pasted
into a portal's editor, UEditor tables —, the official Word template filled, pandas-flattened and bare
Markdown pipe tables, full-width digits, footnote marks, table 三's applicant columns in another order,
a partial table 二, the 2019 tables copied out of a PDF, last year's figures beside this year's, and
probes with planted errors).

    python bench/table_probes15.py            # a line per shape and the totals
    python bench/table_probes15.py --probes   # and a line per probe
    python bench/table_probes15.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes15.py --corpus   # as the corpus run reads the folder

Scored by ``bench/table_probes11.py``'s code; columns as in ``bench/table_probes12.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes11 import main  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes15"

if __name__ == "__main__":
    main(DIR, sys.argv[1:])
