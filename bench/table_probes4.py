"""Cells and error findings on the probes of ``tests/cases/table_probes4`` (written by
``bench/make_table_probes4.py``): consistent 2019/2021 reports and a few 2014 statistics tables as
real tools render them, ruled PDFs read by ``pdftotext -layout`` and by textmine's PDF reader
(pdfplumber), HTML tables of Word and CMS editors, Word files (the official 2021 template filled).

    python bench/table_probes4.py            # a line per shape and the totals
    python bench/table_probes4.py --probes   # and a line per probe
    python bench/table_probes4.py --misses   # and every wrong cell

Cells right means value and status; ``flagged`` cells say their reading is not settled;
``errors`` are error findings (every probe is consistent, so each blames the report for our
misreading); ``uncertain`` counts READING-UNCERTAIN findings. PDFs and Word files are written
to a temporary folder first (PDF probes need matplotlib and a CJK font, Word probes python-docx).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_table_probes4 import OUT as DIR  # noqa: E402
from bench.make_table_probes4 import build  # noqa: E402
from bench.table_probes3 import by_shape, tally_consistent  # noqa: E402
from textmine.pipeline import read  # noqa: E402

EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))


def check(name: str, folder: Path) -> tuple[Counter[str], list[str]]:
    """One probe's counts and its wrong cells (``key: expected -> got``)."""
    probe = EXPECTED[name]
    report = read(build(probe, folder))
    return tally_consistent(report, probe["cells"])


def line(label: str, c: Counter[str]) -> str:
    return (f"{label:26s} {c['right']:5d}/{c['cells']:<6d} {c['right'] / max(1, c['cells']):.3f} "
            f"flagged {c['flagged']:4d} errors {c['errors']:3d} uncertain {c['uncertain']:3d} probes {c['probes']}")


def score(*, probes: bool = False, misses: bool = False) -> Counter[str]:
    with tempfile.TemporaryDirectory() as tmp:
        results = [(name, EXPECTED[name]["shape"], *check(name, Path(tmp))) for name in sorted(EXPECTED)]
    return by_shape(results, line, probes=probes, misses=misses)


if __name__ == "__main__":
    score(probes="--probes" in sys.argv[1:], misses="--misses" in sys.argv[1:])
