"""Score textmine's reading of the original PDFs against the gold of their text versions.

``../shared/corpus/gold/r020.json`` and ``r021.json`` annotate the pdftotext copies of
``originals/r020.pdf`` and ``r021.pdf``. This script tags the PDFs themselves, points copies of
those gold files at the PDFs, and runs the reference scorer (``shared/tools/score_gold.py``).

Usage:
    python bench/originals_gold.py [--shared ../shared]

Prints the scorer's JSON line (meta, sections, cells, facts).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

PAIRS = {"r020": "originals/r020.pdf", "r021": "originals/r021.pdf"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    args = parser.parse_args()
    shared = Path(args.shared)
    corpus = shared / "corpus"
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold"
        gold.mkdir()
        inputs = []
        for rid, original in PAIRS.items():
            record = json.loads((corpus / "gold" / f"{rid}.json").read_text(encoding="utf-8"))
            record["file"] = original
            (gold / f"{rid}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            inputs.append(str(corpus / original))
        out = Path(tmp) / "out"
        subprocess.run(
            [sys.executable, "-m", "textmine", "tag", *inputs, "-o", str(out), "--quiet"], check=True
        )
        scored = subprocess.run(
            [sys.executable, str(shared / "tools" / "score_gold.py"), str(out), str(gold),
             str(corpus), "meta,sections,cells,facts"],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        print(scored.stdout.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
