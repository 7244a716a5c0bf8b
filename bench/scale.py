"""Whole ``textmine tag`` runs on scaled corpora, as a ratio to plain ``jieba.lcut``.

Builds corpora from ../shared/corpus/texts at 1x, 10x, 100x in a temporary folder. Copy k of a
report has every year 20YY in its text shifted by k, so copies are distinct reports and the
cross-year step sees a panel of consecutive years rather than duplicates. For each scale it
runs ``textmine tag`` as a subprocess (``--workers`` 1 and 2), times plain ``jieba.lcut`` (own
``jieba.Tokenizer``, default dictionary) over the same texts in the same run, and prints the
ratio jieba time / textmine time, the 2-worker speed-up and the subprocess peak RSS. It also
times ``import textmine`` in a fresh interpreter.

Usage: python bench/scale.py [--scales 1 10 100] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import logging
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
RE_YEAR = re.compile(r"20([0-4]\d)")  # 2008, 2021 ...


def build(dest: Path, *, scale: int) -> list[str]:
    """Write ``scale`` year-shifted copies of every shared text report; return their texts."""
    texts = []
    for src in sorted((SHARED / "texts").iterdir()):
        base = src.read_text(encoding="utf-8")
        for k in range(scale):
            text = RE_YEAR.sub(lambda m, k=k: str(2000 + int(m.group(1)) + k), base)
            (dest / f"{src.stem}-{k:03d}{src.suffix}").write_text(text, encoding="utf-8")
            texts.append(text)
    return texts


def run_tag(corpus: Path, out: Path, *, workers: int) -> tuple[float, int]:
    """Wall seconds and peak RSS (kB, Linux) of one ``textmine tag`` subprocess."""
    cmd = [sys.executable, "-m", "textmine.cli", "tag", str(corpus), "-o", str(out),
           "--workers", str(workers), "--quiet"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run(cmd, check=False, capture_output=True)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.lcut("初始化")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import textmine"], check=True)
    print(f"import textmine (fresh interpreter, incl. start-up): {time.perf_counter() - t0:.2f} s")
    for scale in args.scales:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "in"
            corpus.mkdir()
            texts = build(corpus, scale=scale)
            mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
            t0 = time.perf_counter()
            for text in texts:
                tok.lcut(text)
            jieba_s = time.perf_counter() - t0
            base = None
            for workers in args.workers:
                seconds, peak = run_tag(corpus, Path(tmp) / f"out{workers}", workers=workers)
                base = base or seconds
                print(f"{scale:>4}x {len(texts):>5} files {mb:6.1f} MB  workers={workers}  "
                      f"tag {seconds:7.2f} s  jieba {jieba_s:6.2f} s  "
                      f"ratio {jieba_s / seconds:.2f}  speed-up {base / seconds:.2f}  "
                      f"peak RSS so far {peak / 1024:.0f} MB")


if __name__ == "__main__":
    main()
