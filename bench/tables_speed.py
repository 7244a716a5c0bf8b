"""Throughput of table reading alone (one core): ``detect_template`` + ``extract_cells`` on the
shared corpus texts, already read and normalised.

Usage: python bench/tables_speed.py [--repeat N]

The texts of ../shared/corpus/texts are read once (``read_document``); then every document's
template is detected and its cells extracted, ``--repeat`` times over (default 10, about the
10x corpus of bench/scale.py). Reported as MB/s of the documents' UTF-8 text in CPU time of
this process: the first pass (cold: lexicons, templates and label patterns built on first
use) and the best of three further passes (warm).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from textmine.ingest import read_document
from textmine.tables import detect_template, extract_cells

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def read_tables(docs: list) -> int:
    """Cells of every document (its detected template; none when no table is seen)."""
    cells = 0
    for doc in docs:
        template = detect_template(doc)
        if template:
            cells += len(extract_cells(doc, template=template))
    return cells


def main() -> None:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 10
    if not (CORPUS / "texts").is_dir():
        print("../shared/corpus not present")
        return
    docs = [read_document(p) for p in sorted((CORPUS / "texts").iterdir()) if p.is_file()] * repeat
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    print(f"{len(docs)} documents, {mb:.2f} MB UTF-8; load average {os.getloadavg()[0]:.2f}")
    c0 = time.process_time()
    cells = read_tables(docs)
    cold = time.process_time() - c0
    warm = float("inf")
    for _ in range(3):
        c0 = time.process_time()
        read_tables(docs)
        warm = min(warm, time.process_time() - c0)
    print(f"tables (detect_template + extract_cells): {cells:,} cells; "
          f"cold {cold:.2f} s cpu = {mb / cold:.1f} MB/s, warm {warm:.2f} s cpu = {mb / warm:.1f} MB/s")


if __name__ == "__main__":
    main()
