"""Throughput of table reading alone (one core): ``detect_template`` + ``extract_cells`` on the
shared corpus texts, already read and normalised, as MB/s and as a ratio to plain ``jieba.lcut``.

Usage: python bench/tables_speed.py [--repeat N] [--passes K] [--no-jieba]

The texts of ../shared/corpus/texts are read once (``read_document``); then every document's
template is detected and its cells extracted, ``--repeat`` times over (default 10, about the
10x corpus of bench/scale.py). Reported as MB/s of the documents' UTF-8 text in CPU time of
this process: the first pass (cold: lexicons, templates and label patterns built on first
use) and the best of ``--passes`` further passes (warm, default 3). Unless ``--no-jieba``, plain
``jieba.lcut`` (own ``jieba.Tokenizer``, default dictionary, HMM on) segments the same texts
once per warm pass, alternating with it, and the ratio of the best jieba CPU time to the best
warm table time is printed (above 1: tables read faster than jieba segments).
"""

from __future__ import annotations

import logging
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


def _option(name: str, default: int) -> int:
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def main() -> None:
    repeat, passes = _option("--repeat", 10), _option("--passes", 3)
    if not (CORPUS / "texts").is_dir():
        print("../shared/corpus not present")
        return
    docs = [read_document(p) for p in sorted((CORPUS / "texts").iterdir()) if p.is_file()] * repeat
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    print(f"{len(docs)} documents, {mb:.2f} MB UTF-8; load average {os.getloadavg()[0]:.2f}")
    segment = None
    if "--no-jieba" not in sys.argv:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.lcut("初始化")  # the dictionary is loaded here, not timed
        segment = tokenizer.lcut
    c0 = time.process_time()
    cells = read_tables(docs)
    cold = time.process_time() - c0
    warm = jieba_s = float("inf")
    for _ in range(passes):  # alternating, so that a busy spell of the machine hurts both alike
        c0 = time.process_time()
        read_tables(docs)
        warm = min(warm, time.process_time() - c0)
        if segment is not None:
            c0 = time.process_time()
            for doc in docs:
                segment(doc.text)
            jieba_s = min(jieba_s, time.process_time() - c0)
    print(f"tables (detect_template + extract_cells): {cells:,} cells; "
          f"cold {cold:.2f} s cpu = {mb / cold:.1f} MB/s, warm {warm:.2f} s cpu = {mb / warm:.1f} MB/s")
    if segment is not None:
        print(f"jieba.lcut: {jieba_s:.2f} s cpu = {mb / jieba_s:.1f} MB/s; ratio jieba / tables {jieba_s / warm:.2f}")


if __name__ == "__main__":
    main()
