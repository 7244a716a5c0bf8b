"""Error findings on the labelled consistency-check probes of ``tests/cases/checks_probes``
(written by ``bench/make_checks_probes.py``; issue 10: a finding accuses a report only when the
report is wrong).

    python bench/checks_probes.py          # a line per probe and the totals
    python bench/checks_probes.py --quiet  # the totals only
    python bench/checks_probes.py --dir tests/cases/checks_probes2  # the held-out second set

The folder is read as the corpus run reads it (consecutive years of one body are compared).
Per probe: ``errors`` the error findings, ``wrong`` those that blame the report for what it does
not do (every error on a consistent probe; on a probe with a planted inconsistency, an error
whose check id cannot report it), ``found`` whether the planted inconsistency is reported with
one of its check ids (at the rule's severity, or READING-UNCERTAIN on an ambiguous shape) naming
its cells, ``warn`` the warnings that question the numbers (PROSE-TABLE, T3-E, READING-UNCERTAIN
and the SOFT identities) on a consistent probe, or on a planted probe those that do not report
the planted inconsistency.

Totals: precision of error findings (right / all), recall of planted inconsistencies, false
errors on consistent probes, errors on ambiguous shapes that are not the planted one.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DIR = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes"

#: Warnings that question a report's numbers (not the reading's notes on missing tables and cells).
DOUBTS = ("PROSE-TABLE", "PROSE-PERCENT", "PROSE-YEAR", "T3-E", "READING-UNCERTAIN", "T2-A", "T2-B", "T2-C", "T2-D", "T2-D-year", "COPY-TABLE",
          "P-4", "P-8-sum", "P-9", "P-10", "L-5")


def findings_by_probe(folder: Path = DIR) -> dict[str, list[dict[str, Any]]]:
    """Each probe's findings (check_id, severity, cells, message) as the corpus run writes them."""
    import pandas as pd

    from textmine.corpus import run

    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        run([folder], tmp, format="parquet", timeout=None)
        reports = pd.read_parquet(Path(tmp) / "reports.parquet")
        findings = pd.read_parquet(Path(tmp) / "findings.parquet")
    out: dict[str, list[dict[str, Any]]] = {}
    for name, probe in expected.items():
        rid = reports[reports.path.str.endswith(probe["file"])].report_id.iloc[0]
        rows = findings[findings.report_id == rid]
        out[name] = [{"check_id": r.check_id, "severity": r.severity, "cells": list(r.cells if r.cells is not None else ()),
                      "message": r.message} for r in rows.itertuples()]
    return out


def judge(probe: dict[str, Any], found: list[dict[str, Any]]) -> Counter[str]:
    """The counts of one probe (see the module docstring)."""
    c: Counter[str] = Counter()
    planted = probe.get("planted")
    allowed = set(planted["check_ids"]) if planted else set()
    for f in found:
        if f["severity"] != "error":
            if f["check_id"] in DOUBTS:
                if not planted:
                    c["warn"] += 1
                elif not (f["check_id"] in allowed | {"READING-UNCERTAIN"} and set(planted["cells"]) <= set(f["cells"])):
                    c["warn beside planted"] += 1  # a doubt that is not the report of the planted error
            continue
        c["errors"] += 1
        if f["check_id"] in allowed:
            c["right"] += 1
        else:
            c["wrong"] += 1
            if probe["ambiguous"]:
                c["ambiguous wrong"] += 1
    if planted:
        c["planted"] += 1
        ids = set(planted["check_ids"]) | ({"READING-UNCERTAIN"} if probe["ambiguous"] else set())
        hit = [f for f in found if f["check_id"] in ids and set(planted["cells"]) <= set(f["cells"])]
        c["found"] += bool(hit)
        c["found at severity"] += any(
            f["severity"] == planted["severity"] or f["check_id"] == "READING-UNCERTAIN" for f in hit
        )
    else:
        c["consistent"] += 1
        c["false error probes"] += c["errors"] > 0
    return c


def misjudged(probe: dict[str, Any], found: list[dict[str, Any]]) -> str | None:
    """Why the findings of one probe fall short of the set's bar, or None: an error that accuses
    the report of what is not wrong, a planted inconsistency not reported at its severity, or an
    error on a consistent probe (the held-out tests assert this is None for every probe)."""
    c = judge(probe, found)
    errors = [f["message"] for f in found if f["severity"] == "error"]
    if c["wrong"]:
        return f"wrong errors: {errors}"
    if probe["planted"] and not (c["found"] == 1 and c["found at severity"] == 1):
        return f"planted inconsistency not reported at its severity: {[f['message'] for f in found]}"
    if not probe["planted"] and c["errors"]:
        return f"errors on a consistent probe: {errors}"
    return None


def score(*, quiet: bool = False, folder: Path = DIR) -> Counter[str]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    got = findings_by_probe(folder)
    total: Counter[str] = Counter()
    if not quiet:
        print(f"{'probe':34s} {'planted':14s} {'errors':>6s} {'wrong':>5s} {'found':>5s} {'warn':>4s}  error ids")
    for name, probe in expected.items():
        c = judge(probe, got[name])
        total += c
        if not quiet:
            planted = probe["planted"]["check_ids"][0] if probe["planted"] else "-"
            ids = ",".join(sorted({f["check_id"] for f in got[name] if f["severity"] == "error"}))
            print(f"{name:34s} {planted:14s} {c['errors']:6d} {c['wrong']:5d} "
                  f"{('yes' if c['found'] else 'NO') if probe['planted'] else '':>5s} {c['warn'] + c['warn beside planted']:4d}  {ids}")
    precision = total["right"] / total["errors"] if total["errors"] else 1.0
    recall = total["found"] / total["planted"] if total["planted"] else 1.0
    print(f"probes {len(expected)} (consistent {total['consistent']}, planted {total['planted']}): "
          f"error findings {total['errors']}, right {total['right']}, precision {precision:.3f}; "
          f"planted found {total['found']}/{total['planted']} (recall {recall:.3f}, at the rule's severity "
          f"{total['found at severity']}); false errors on consistent probes {total['false error probes']} probes; "
          f"wrong errors on ambiguous shapes {total['ambiguous wrong']}; doubting warnings on consistent probes "
          f"{total['warn']}, beside the planted one on planted probes {total['warn beside planted']}")
    return total


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="the totals only")
    parser.add_argument("--dir", type=Path, default=DIR, help="a folder of probes with its expected.json")
    args = parser.parse_args()
    score(quiet=args.quiet, folder=args.dir.resolve())
