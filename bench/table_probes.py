"""Cells and error findings on the probe reports of ``tests/table_probes.py`` (tables printed as
the rest of the country prints them: CR-separated Word tables, run-together rows, PDF
converters' pipe tables, space-separated rows).

    python bench/table_probes.py [N_PER_SHAPE]          # default 8: 40 probe reports
    python bench/table_probes.py [N_PER_SHAPE] --prose  # the overview states who applied

Prints, per shape, the cells read right (value and status) and the error findings (each probe
is consistent, so every error would blame the report for a misreading). Cells whose note says
the reading is not settled (several readings of a run pass every identity and nothing the report
says decides; the notes of ``uncertain_cell_notes`` in ``lexicons/audit.yaml``) are counted
apart: ``flagged`` cells, of which ``flag wrong`` are wrong; ``silent wrong`` are the wrong cells
that say nothing of it (the honest failures); ``settled`` is the share right among the cells not
flagged. ``findings`` counts READING-UNCERTAIN findings.

With ``--prose`` each probe's overview also states this year's requests by applicant, as many
reports do (收到政府信息公开申请N件，其中自然人申请a件，商业企业申请b件): the evidence the tables
reader weighs after the identities.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.table_probes import Probe, probes  # noqa: E402
from textmine.audits import settings  # noqa: E402
from textmine.model import Cell  # noqa: E402
from textmine.pipeline import read  # noqa: E402
from textmine.tables.step4_scoring import unsettled_columns  # noqa: E402


def uncertain(cell: Cell) -> bool:
    """True when the cell's note says its reading is not settled (for a whole-table note that
    names the columns read otherwise, only those columns)."""
    if not any(m in (cell.note or "") for m in settings()["uncertain_cell_notes"]):
        return False
    named = unsettled_columns(cell.note)
    return named is None or cell.col_key in named


#: How a report names each organisation column when it counts who applied (其他 it does not).
APPLICANT_WORDS = {"commercial": "商业企业", "research": "科研机构", "social_welfare": "社会公益组织",
                   "legal_services": "法律服务机构"}


def applicants_sentence(probe: Probe) -> str:
    """The overview's sentence on this year's requests by applicant (the organisation named when
    one column holds them all)."""
    new = {col: probe.expected[("requests", "new_received", col)][0] or 0 for col in (*APPLICANT_WORDS, "other_org",
                                                                                     "natural_person", "total")}
    orgs = {c: v for c, v in new.items() if c not in ("natural_person", "total") and v}
    said = f"本年度共收到政府信息公开申请{new['total']}件，其中自然人申请{new['natural_person']}件"
    if len(orgs) == 1 and next(iter(orgs)) in APPLICANT_WORDS:
        col, value = next(iter(orgs.items()))
        said += f"，{APPLICANT_WORDS[col]}申请{value}件"
    elif orgs:
        said += f"，法人或其他组织申请{sum(orgs.values())}件"
    return said + "。"


def main(n: int, *, prose: bool = False) -> None:
    count: dict[str, Counter[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, probe in enumerate(probes(n)):
            shape = probe.name.split("-")[0]
            if prose:
                probe.text = probe.text.replace("结果公开。", "结果公开。" + applicants_sentence(probe), 1)
            c = count.setdefault(shape, Counter())
            path = Path(tmp) / f"probe{i}.txt"
            path.write_bytes(probe.text.encode("utf-8"))
            report = read(path)
            got = {(c.table, c.row_key, c.col_key): c for c in report.cell_records}
            for key, (value, status) in probe.expected.items():
                cell = got.get(key)
                ok = cell is not None and cell.status == status and cell.value == value
                flagged = cell is not None and uncertain(cell)
                c["total"] += 1
                c["right"] += ok
                c["flagged"] += flagged
                c["flag wrong"] += flagged and not ok
                c["silent wrong"] += not flagged and not ok
            c["errors"] += sum(1 for f in report.finding_records if f.severity == "error")
            c["findings"] += sum(1 for f in report.finding_records if f.check_id == "READING-UNCERTAIN")
    count["all"] = sum(count.values(), Counter())
    heads = ("flagged", "flag wrong", "silent wrong", "errors", "findings")
    print(f"{'shape':16s} {'probes':>6s} {'cells right':>14s} {'share':>6s} {'settled':>7s} "
          + " ".join(f"{h:>12s}" for h in heads))
    for shape, c in count.items():
        probes_n = n * (len(count) - 1) if shape == "all" else n
        settled = c["total"] - c["flagged"]
        share = (c["right"] - (c["flagged"] - c["flag wrong"])) / settled if settled else 1.0
        print(f"{shape:16s} {probes_n:6d} {c['right']:6d}/{c['total']:<7d} {c['right'] / c['total']:6.3f} "
              f"{share:7.3f} " + " ".join(f"{c[h]:12d}" for h in heads))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--prose"]
    main(int(args[0]) if args else 8, prose="--prose" in sys.argv[1:])
