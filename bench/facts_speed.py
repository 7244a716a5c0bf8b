"""Throughput of fact extraction on the corpus text (one core), compared with jieba.lcut.

Usage: python bench/facts_speed.py [--repeat N] [--no-jieba]

The corpus texts of ../shared/corpus (texts/ and seed/) are concatenated and repeated
(default 10 times, about 2.4 MB of UTF-8) and run through
  * textmine.numbers.find_numbers (every number)
  * textmine.facts.facts_in on the whole text (no segmentation)
  * textmine.facts.extract_facts with a naive 。；！？ sentence split (split time included)
  * jieba.lcut on the same text (a private jieba.Tokenizer, dictionary loaded beforehand;
    left out with --no-jieba, for quick comparisons of two checkouts)
Each is run 3 times; the best run is reported as MB/s of UTF-8, both in CPU time of this
process (process_time, what one core achieves) and in wall time (affected by machine load).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from textmine.facts import extract_facts, facts_in
from textmine.model import Sentence
from textmine.numbers import find_numbers

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
RE_END = re.compile(r"[。；！？]")


def corpus_text() -> str:
    files = sorted((CORPUS / "texts").glob("*")) + sorted((CORPUS / "seed").glob("*"))
    return "".join(p.read_text(encoding="utf-8") for p in files if p.is_file())


def split(text: str) -> list[Sentence]:
    out, start = [], 0
    for m in RE_END.finditer(text):
        out.append(Sentence(len(out) + 1, None, "other", text[start : m.end()], start, m.end()))
        start = m.end()
    if start < len(text):
        out.append(Sentence(len(out) + 1, None, "other", text[start:], start, len(text)))
    return out


def best(fn: Callable[[], object], runs: int = 3) -> tuple[float, float, object]:
    cpu = wall = float("inf")
    result = None
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        result = fn()
        cpu = min(cpu, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - w0)
    return cpu, wall, result


def main() -> None:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 10
    if not CORPUS.is_dir():
        print("../shared/corpus not present")
        return
    text = corpus_text() * repeat
    mb = len(text.encode("utf-8")) / 1e6
    print(f"text: {mb:.2f} MB UTF-8, {len(text):,} characters; load average {os.getloadavg()[0]:.2f}")
    facts_in("开设窗口26个")  # build the scanners (lexicons are read once, on first use)

    rows = []
    cpu, wall, res = best(lambda: find_numbers(text))
    rows.append(("find_numbers", cpu, wall, f"{len(res):,} numbers"))
    cpu, wall, res = best(lambda: facts_in(text))
    rows.append(("facts_in (no segmentation)", cpu, wall, f"{len(res):,} facts"))
    cpu, wall, res = best(lambda: extract_facts(text, split(text), template="gov2014"))
    rows.append(("extract_facts (naive split)", cpu, wall, f"{len(res):,} facts"))
    facts_cpu = rows[1][1]

    try:
        import jieba
    except ImportError:
        jieba = None
    if "--no-jieba" in sys.argv:
        jieba = None
    if jieba is not None:
        logging.getLogger("jieba").setLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.tmp_dir = tempfile.mkdtemp(prefix="textmine-jieba-")
        tok.initialize()
        cpu, wall, res = best(lambda: tok.lcut(text), runs=2)
        rows.append(("jieba lcut (private Tokenizer)", cpu, wall, f"{len(res):,} tokens"))
    print(f"{'what':<32} {'MB/s cpu':>9} {'MB/s wall':>10}  result")
    for name, cpu, wall, note in rows:
        print(f"{name:<32} {mb / cpu:>9.1f} {mb / wall:>10.1f}  {note}")
    if jieba is not None:
        print(f"facts_in is {rows[-1][1] / facts_cpu:.1f}x the speed of jieba lcut (cpu time)")


if __name__ == "__main__":
    main()
