"""Cells and error findings on the probe reports of ``tests/table_probes.py`` (tables printed as
the rest of the country prints them: CR-separated Word tables, run-together rows, PDF
converters' pipe tables, space-separated rows).

    python bench/table_probes.py [N_PER_SHAPE]      # default 8: 40 probe reports

Prints, per shape, the cells read right (value and status) and the error findings (each probe
is consistent, so every error would blame the report for a misreading).
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.table_probes import probes  # noqa: E402
from textmine.pipeline import read  # noqa: E402


def main(n: int) -> None:
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    uncertain: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for i, probe in enumerate(probes(n)):
            shape = probe.name.split("-")[0]
            path = Path(tmp) / f"probe{i}.txt"
            path.write_bytes(probe.text.encode("utf-8"))
            report = read(path)
            got = {(c.table, c.row_key, c.col_key): c for c in report.cell_records}
            for key, (value, status) in probe.expected.items():
                cell = got.get(key)
                total[shape] += 1
                right[shape] += cell is not None and cell.status == status and cell.value == value
            errors[shape] += sum(1 for f in report.finding_records if f.severity == "error")
            uncertain[shape] += sum(1 for f in report.finding_records if f.check_id == "READING-UNCERTAIN")
    print(f"{'shape':16s} {'probes':>6s} {'cells right':>14s} {'share':>6s} {'errors':>6s} {'uncertain':>9s}")
    for shape in total:
        print(f"{shape:16s} {n:6d} {right[shape]:6d}/{total[shape]:<7d} {right[shape] / total[shape]:6.3f} "
              f"{errors[shape]:6d} {uncertain[shape]:9d}")
    all_right, all_total = sum(right.values()), sum(total.values())
    print(f"{'all':16s} {n * len(total):6d} {all_right:6d}/{all_total:<7d} {all_right / all_total:6.3f} "
          f"{sum(errors.values()):6d} {sum(uncertain.values()):9d}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
