"""Segmenter backends on the corpus texts: speed against plain ``jieba.lcut``, and equality.

Times, over the same texts in one run: plain ``jieba.lcut`` (own ``jieba.Tokenizer``, default
dictionary), :class:`textmine.segment.JiebaSegmenter` and ``RjiebaSegmenter`` (textmine's
dictionary, HMM off), after building each once; prints MB/s, the ratio to jieba.lcut and
whether the two textmine backends gave identical tokens. With ``--compare OUT`` it also times
``textmine compare OUT --level word`` with each backend (the command that segments).

Usage: python bench/segment_speed.py [--repeat 5] [--compare OUT]
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--compare", type=Path, default=None, help="a folder `textmine tag` wrote")
    args = parser.parse_args()
    import jieba

    from textmine.ingest import read_document
    from textmine.segment import get_segmenter

    texts = [read_document(p).text for p in sorted((SHARED / "texts").iterdir())] * args.repeat
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    jieba.setLogLevel(logging.WARNING)
    plain = jieba.Tokenizer()
    plain.lcut("初始化")
    backends = {"jieba.lcut": plain.lcut}
    for name in ("jieba", "rjieba"):
        t0 = time.perf_counter()
        seg = get_segmenter(name).initialize()
        print(f"{name}: built in {time.perf_counter() - t0:.2f} s")
        backends[name] = seg.cut
    tokens = {}
    seconds = {}
    for name, cut in backends.items():
        t0 = time.perf_counter()
        tokens[name] = [cut(t) for t in texts]
        seconds[name] = time.perf_counter() - t0
    for name, s in seconds.items():
        print(f"{name:<11} {s:6.2f} s  {mb / s:6.2f} MB/s  ratio to jieba.lcut {seconds['jieba.lcut'] / s:5.2f}")
    print(f"identical tokens (jieba vs rjieba backend): {tokens['jieba'] == tokens['rjieba']} "
          f"over {sum(map(len, tokens['jieba']))} tokens, {mb:.1f} MB")
    if args.compare:
        for name in ("jieba", "rjieba"):
            with tempfile.TemporaryDirectory() as tmp:
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "textmine.cli", "compare", str(args.compare), "--level",
                                "word", "--segmenter", name, "-o", tmp], check=True, capture_output=True)
                print(f"textmine compare --level word --segmenter {name}: {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
