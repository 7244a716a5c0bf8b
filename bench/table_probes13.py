"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes13`` (written
and labelled by ``bench/make_table_probes13.py`` before textmine read them: labels first then numbers,
table 四 interleaved, 单位：件 lines and captions between heads and rows, wrapped heads, page breaks with
or without the header repeated, labels cut over two lines, 件 after values, 〇/O zeros, a 备注 column,
the 2019 本年增/减 as a sign column, and probes with planted errors).

    python bench/table_probes13.py            # a line per shape and the totals
    python bench/table_probes13.py --probes   # and a line per probe
    python bench/table_probes13.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes13.py --corpus   # as the corpus run reads the folder

Scored by ``bench/table_probes11.py``'s code; columns as in ``bench/table_probes12.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes11 import main  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes13"

if __name__ == "__main__":
    main(DIR, sys.argv[1:])
