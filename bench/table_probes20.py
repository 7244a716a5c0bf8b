"""Cells and error findings on the held-out table probes of ``tests/cases/table_probes20`` (written
and labelled by ``bench/make_table_probes20.py`` before textmine read them: OCR'd cells in HTML, TAB rows and
the Word template (``O``/``o`` for 0, ``l``/``I`` for 1, a stray space); table 三 turned under a head with no
corner cell; ``—`` cells glued to their neighbours and ``—/—``; the 2021 table 三 with rows run together into
digit runs that only the row's identity splits; a cell per line with CR/LF; a province's own row numbering
(``3.3.2``, a 序号 column); the 2019 table 二 with 本年增/减 signed; table 三 listing only non-zero rows; a 合计
row the template lacks; table 四 with this year's and last year's rows; the tables printed twice (OCR and
text); ambiguous shapes whose cells in doubt are unlabelled; and probes with planted errors).

    python bench/table_probes20.py            # a line per shape and the totals
    python bench/table_probes20.py --probes   # and a line per probe
    python bench/table_probes20.py --misses   # and every wrong cell (``!`` when its note says nothing of it)
    python bench/table_probes20.py --corpus   # as the corpus run reads the folder

Scored by ``bench/table_probes11.py``'s code; columns as in ``bench/table_probes12.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table_probes11 import main  # noqa: E402

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes20"

if __name__ == "__main__":
    main(DIR, sys.argv[1:])
