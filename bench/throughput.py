"""Throughput and memory of the whole pipeline, as a ratio to plain ``jieba.lcut``.

Runs ``textmine.read`` (ingest, structure, themes, items, facts, tables, checks) on every
text report of ../shared/corpus and corpora/, repeated ``--repeat`` times, and plain
``jieba.lcut`` (its own ``jieba.Tokenizer``, default dictionary, HMM on) over the same decoded
texts in the same run. Also times a corpus run with ``--workers`` processes writing Parquet.

Usage: python bench/throughput.py [--repeat 5] [--workers 2]
"""

from __future__ import annotations

import argparse
import logging
import resource
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def inputs() -> list[Path]:
    from textmine.ingest import walk

    paths = [ROOT / "corpora"] + ([SHARED / "texts", SHARED / "seed"] if SHARED.exists() else [])
    files, _ = walk(paths)
    return [p for p in files if p.suffix.lower() not in (".pdf", ".docx", ".doc")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    import jieba

    import textmine
    from textmine.corpus import run
    from textmine.ingest import read_document

    files = inputs()
    data = [p.read_bytes() for p in files]
    texts = [read_document(b, name=str(p)).text for b, p in zip(data, files, strict=True)]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6 * args.repeat
    chars = sum(len(t) for t in texts) * args.repeat

    # warm both up (jieba dictionary, lexicons, regexes), then time.
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.lcut(texts[0])
    textmine.read(data[0], name=str(files[0]))

    t0 = time.process_time()
    for _ in range(args.repeat):
        for text in texts:
            tok.lcut(text)
    jieba_s = time.process_time() - t0

    t0 = time.process_time()
    for _ in range(args.repeat):
        for b, p in zip(data, files, strict=True):
            textmine.read(b, name=str(p))
    tm_s = time.process_time() - t0

    out = Path(tempfile.mkdtemp(prefix="tm-bench-"))
    folder = out / "in"
    folder.mkdir()
    for k in range(args.repeat):
        for p in files:
            shutil.copy(p, folder / f"{k:03d}-{p.name}")
    t0 = time.perf_counter()
    summary = run([folder], out / "tables", workers=args.workers)
    wall = time.perf_counter() - t0
    shutil.rmtree(out)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"inputs: {len(files)} reports x {args.repeat} = {mb:.2f} MB, {chars:,} characters")
    print(f"jieba.lcut:              {mb / jieba_s:6.2f} MB/s  ({jieba_s:.2f} s CPU)")
    print(f"textmine.read (full):    {mb / tm_s:6.2f} MB/s  ({tm_s:.2f} s CPU)")
    print(f"ratio textmine / jieba:  {jieba_s / tm_s:6.2f}x")
    print(
        f"textmine tag, {args.workers} workers: {summary.files} files in {wall:.2f} s wall "
        f"= {summary.files / wall:.1f} files/s, {mb / wall:.2f} MB/s"
    )
    print(f"peak RSS of this process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
