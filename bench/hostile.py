"""Hostile input: time against input size for every hostile shape, and a whole corpus run.

Part 1 (``--shapes``): for each shape of ``tests/hostile.py`` that has a size, read it with
``textmine.read`` at growing sizes and print the seconds and the growth exponent between the
last two sizes (1.0 = linear; 2.0 = quadratic). Part 2 (``--corpus``): write the hostile corpus,
run ``textmine tag HOSTILE ../shared/corpus -o OUT --workers 2`` as a subprocess, sample the
resident memory of the whole process tree every 50 ms, then check the manifest: every file
present with a status and a message, no traceback, the slowest file.

Usage:
    python bench/hostile.py                # both parts
    python bench/hostile.py --shapes numeral_run html_table
    python bench/hostile.py --corpus
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import hostile  # noqa: E402

#: Shapes whose cost is measured against their size, with the sizes to try.
GROWTH: dict[str, list[int]] = {
    "numeral_run": [2_000, 8_000, 32_000],
    "html_table": [1_250, 5_000, 20_000],
    "heading_run": [3_750, 15_000, 60_000],
    "heading_lines": [12_500, 50_000, 200_000],
    "bracket_run": [12_500, 50_000, 200_000],
    "digit_run": [6_250, 25_000, 100_000],
    "deep_html": [1_250, 5_000, 20_000],
    "pipe_table": [1_250, 5_000, 20_000],
    "long_line": [125_000, 500_000, 2_000_000],
    "nul_bytes": [25_000, 100_000, 400_000],
    "mixed_encodings": [5_000, 20_000, 80_000],
}


def _time_read(name: str, data: bytes) -> tuple[float, str]:
    import textmine
    from textmine.errors import ReadError

    started = time.perf_counter()
    try:
        textmine.read(data, name=name)
        outcome = "read"
    except ReadError as exc:
        outcome = f"ReadError: {exc.message[:60]}"
    return time.perf_counter() - started, outcome


def shapes(names: list[str]) -> None:
    import textmine

    textmine.read("某县2021年政府信息公开工作年度报告\n一、总体情况\n主动公开5条。".encode(), name="warm.txt")
    print(f"{'shape':16s} {'size':>10s} {'bytes':>11s} {'seconds':>8s}  outcome")
    for shape in names:
        times = []
        for size in GROWTH[shape]:
            name, data = hostile.SHAPES[shape](size)
            seconds, outcome = _time_read(name, data)
            times.append((size, seconds))
            print(f"{shape:16s} {size:10,d} {len(data):11,d} {seconds:8.3f}  {outcome}", flush=True)
        (s1, t1), (s2, t2) = times[-2:]
        exponent = math.log(max(t2, 1e-3) / max(t1, 1e-3)) / math.log(s2 / s1)
        print(f"{shape:16s} growth exponent over the last two sizes: {exponent:.2f}", flush=True)


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def corpus(workers: int) -> None:
    import pandas as pd

    with tempfile.TemporaryDirectory(prefix="textmine-hostile-") as tmp:
        folder = Path(tmp) / "hostile"
        paths = hostile.write_corpus(folder)
        inputs = [str(folder)]
        shared = ROOT.parent / "shared" / "corpus"
        if shared.is_dir():
            inputs.append(str(shared))
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "textmine.cli", "tag", *inputs, "-o", str(out), "--quiet", "--workers", str(workers)]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.05)
        stdout, stderr = proc.communicate()
        wall = time.perf_counter() - started
        manifest = pd.read_parquet(out / "manifest.parquet")
        print(f"{len(paths)} hostile files + shared corpus: {len(manifest)} manifest rows, exit code {proc.returncode}, "
              f"{wall:.1f} s wall, peak RSS of the process tree {peak / 2**20:.0f} MB")  # fmt: skip
        print("traceback in stderr:", "Traceback" in stderr)
        print("rows without status or message:", int((manifest["status"].isna() | (manifest["message"] == "")).sum()))
        print("timed out:", int(manifest["message"].str.contains("timed out").sum()))
        slow = manifest.sort_values("seconds", ascending=False).head(5)
        print("slowest:", ", ".join(f"{Path(p).name} {s:.2f} s" for p, s in zip(slow["path"], slow["seconds"], strict=True)))
        hostile_rows = manifest[manifest["path"].str.contains("/hostile/")]
        with pd.option_context("display.width", 200, "display.max_colwidth", 110, "display.max_rows", 100):
            print(hostile_rows.assign(path=hostile_rows["path"].map(lambda p: p.split("/hostile/")[1]))[["path", "status", "message"]].to_string(index=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", nargs="*", help="time these shapes against size (default: all)")
    parser.add_argument("--corpus", action="store_true", help="only the whole-corpus run")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.shapes is not None or not args.corpus:
        shapes(args.shapes or list(GROWTH))
    if args.corpus or args.shapes is None:
        corpus(args.workers)


if __name__ == "__main__":
    main()
