"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes16`` (written
and labelled by ``bench/make_table_probes16.py`` before textmine read them: the 2014–2018 统计表 side by
side, with a 序号 column, with units in the labels, cut by a page break; responsive tables printing each
cell as its head's line then its value's; table 三 turned; 2019-era captions; page breaks with the header
repeated; ``0.0``/``0.00`` zeros; a merged 本年新制作/新公开 column; and probes with planted errors).

    python bench/table_probes16.py            # a line per shape and the totals
    python bench/table_probes16.py --probes   # and a line per probe
    python bench/table_probes16.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes16.py --corpus   # as the corpus run reads the folder

Scored by ``bench/table_probes11.py``'s code; columns as in ``bench/table_probes12.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes11 import main  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes16"

if __name__ == "__main__":
    main(DIR, sys.argv[1:])
