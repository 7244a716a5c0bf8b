"""Score the gold30 set as the maintainers score the dev gold: ``textmine tag`` the reports of
``tests/cases/gold30/reports`` into a temp dir, run ``../shared/tools/score_gold.py`` on all five
aspects, and count the error-severity findings (SCHEMA.md §4 ``findings``) on these consistent
reports (every one is a false accusation).

    python bench/gold_probes.py           # a line per report, then the overall figures
    python bench/gold_probes.py --quiet   # the overall figures only (one JSON line)
    python bench/gold_probes.py --dir tests/cases/gold31   # another gold set of the same layout

Per report: meta (year/template/issuer each 0/1), sections F1, cells right/total, facts found/total,
non-facts violated, themes micro-F1 and error findings. Needs ../shared (skips with a message if absent).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "cases" / "gold30"
SCORER = ROOT.parent / "shared" / "tools" / "score_gold.py"
ASPECTS = "meta,sections,cells,facts,themes"


def tag(folder: Path, out: Path) -> None:
    """Run ``textmine tag`` on every report file and crawl table of ``folder`` into ``out`` (a folder
    walk reads report files only, so the crawl tables are named as paths, as a user names them)."""
    tables = sorted(str(p) for p in folder.iterdir() if p.suffix in (".csv", ".jsonl"))
    cmd = [sys.executable, "-m", "textmine", "tag", str(folder), *tables, "-o", str(out), "--quiet"]
    subprocess.run(cmd, check=False, capture_output=True)


def score(out: Path, gold: Path, corpus: Path) -> dict[str, Any]:
    """The scorer's JSON line for the gold files of ``gold``."""
    run = subprocess.run(
        [sys.executable, str(SCORER), str(out), str(gold), str(corpus), ASPECTS],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def errors_by_gold(out: Path, gold: Path) -> dict[str, list[str]]:
    """Error findings per gold id (matched by the manifest path's file name, as the scorer does)."""
    import pandas as pd

    man = pd.read_parquet(out / "manifest.parquet")
    rid_of = {Path(str(p)).name: r for p, r in zip(man["path"], man["report_id"], strict=True)}
    findings = (
        pd.read_parquet(out / "findings.parquet") if (out / "findings.parquet").exists() else None
    )
    got: dict[str, list[str]] = {}
    for gp in sorted(gold.glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        rid = rid_of.get(Path(g["file"]).name)
        rows = (
            []
            if findings is None or rid is None
            else findings[(findings["report_id"] == rid) & (findings["severity"] == "error")]
        )
        got[g["id"]] = [] if len(rows) == 0 else sorted(rows["check_id"].astype(str))
    return got


def per_report(out: Path, gold: Path, corpus: Path) -> dict[str, dict[str, Any]]:
    """The scorer's figures for each gold file alone."""
    rows = {}
    with tempfile.TemporaryDirectory() as one:
        for gp in sorted(gold.glob("*.json")):
            d = Path(one) / gp.stem
            d.mkdir()
            shutil.copy(gp, d / gp.name)
            rows[gp.stem] = score(out, d, corpus)
    return rows


def run(folder: Path = SET, *, each: bool = True) -> dict[str, Any]:
    """Overall figures (and ``per_report`` when ``each``) for the set in ``folder``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        tag(folder / "reports", out)
        total = score(out, folder / "gold", folder)
        errors = errors_by_gold(out, folder / "gold")
        total["error_findings"] = sum(len(v) for v in errors.values())
        total["reports_with_errors"] = sum(1 for v in errors.values() if v)
        if each:
            total["per_report"] = {
                k: {**v, "errors": errors[k]}
                for k, v in per_report(out, folder / "gold", folder).items()
            }
    return total


def main(argv: list[str]) -> int:
    if not SCORER.is_file():
        print(f"skipped: {SCORER} absent (the shared scorer is needed)")
        return 0
    quiet = "--quiet" in argv
    folder = SET
    if "--dir" in argv:
        i = argv.index("--dir")
        if i + 1 >= len(argv):
            print("--dir needs a folder (holding reports/ and gold/)")
            return 2
        folder = Path(argv[i + 1]).resolve()
        if not (folder / "gold").is_dir() or not (folder / "reports").is_dir():
            print(f"--dir {argv[i + 1]}: expected a folder holding reports/ and gold/")
            return 2
    res = run(folder, each=not quiet)
    for rid, r in sorted(res.pop("per_report", {}).items()):
        meta = r["meta"]
        print(
            f"{rid}  meta {meta['year']:.0f}/{meta['template']:.0f}/{meta['issuer']:.0f}  sections {r['sections_f1']:.3f}  "
            f"cells {r['cells_accuracy']:.3f} of {r['cells_total']}  facts {r['facts_recall']:.3f} of {r['facts_total']}  "
            f"non-facts {r['non_facts_violated']}/{r['non_facts_total']}  themes {r['themes_micro_f1']:.3f}  "
            f"errors {len(r['errors'])} {' '.join(r['errors'])}"
        )
    res.pop("sections_per_report", None)
    print(json.dumps(res, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
