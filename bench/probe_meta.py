"""Metadata and section accuracy on the probe corpus (``tests/cases/probes``).

Run from the project root::

    python bench/probe_meta.py            # accuracy per field, and every miss
    python bench/probe_meta.py --quiet    # accuracy only

The probes are reports written for textmine (fictional bodies of real provinces, 2013–2025,
no title lines, issuers named only in the body, flattened layouts; see
``tests/probe_writer.py``). Each is read through the whole pipeline with its crawler header,
and its issuer, admin level, province, city, year, level-1 section kinds and whether a
``plans`` part (section or item) was found are compared with the hand-written expectations.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "cases" / "probes"
FIELDS = ("issuer", "admin_level", "province", "city", "year")


def read_probe(pid: str, header: dict[str, str]):  # noqa: ANN201 - a textmine Report
    """The analysed report of one probe, its crawler header applied."""
    from textmine.ingest import read_document
    from textmine.pipeline import analyze

    doc = read_document(PROBES / f"{pid}.txt")
    doc.header = {**doc.header, **header}
    return analyze(doc)


def observed(report) -> dict:  # noqa: ANN001
    """The fields compared with the expectations."""
    m = report.meta
    kinds = [s.kind for s in report.sections if s.level == 1]
    plans = any(s.kind == "plans" for s in report.sections) or bool((report.items["kind"] == "plans").any())
    return {"issuer": m.issuer, "admin_level": m.admin_level, "province": m.province, "city": m.city,
            "year": m.year, "kinds": kinds, "plans": plans}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print accuracy only")
    args = parser.parse_args(argv)
    table = json.loads((PROBES / "expected.json").read_text(encoding="utf-8"))
    right = dict.fromkeys((*FIELDS, "issuer+level", "kinds", "plans"), 0)
    misses: list[str] = []
    for pid, entry in sorted(table.items()):
        want = entry["expected"]
        got = observed(read_probe(pid, entry["header"]))
        for key in (*FIELDS, "kinds", "plans"):
            if got[key] == want[key]:
                right[key] += 1
            else:
                misses.append(f"{pid:22s} {key:11s} expected {want[key]!r} got {got[key]!r}")
        right["issuer+level"] += got["issuer"] == want["issuer"] and got["admin_level"] == want["admin_level"]
    n = len(table)
    print(f"probe reports: {n}")
    for key, value in right.items():
        print(f"  {key:13s} {value:3d}/{n} = {value / n:.3f}")
    if not args.quiet and misses:
        print("\nmisses:")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
