"""Time against input size for long runs of Chinese numerals (a hostile shape).

A crafted file can hold tens of thousands of numeral characters in a row. The scan must stay
linear in the run's length: this prints seconds per run length for ``find_numbers`` on the run
alone, the run followed by a measure word, the same in ``mode="all"``, the run broken by a space
every three characters (as PDF text breaks numerals), and a whole ``textmine.read`` of a report holding it,
with the seconds per 1,000 characters (flat when linear).

Usage: python bench/numbers_scaling.py [--sizes 2000 8000 32000]
"""

from __future__ import annotations

import argparse
import time

import textmine
from textmine.numbers import find_numbers

HEAD = "某某县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n共"


def _seconds(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 8000, 32000])
    args = parser.parse_args()
    find_numbers("三件")  # build the scanner outside the timings
    print(f"{'chars':>7} {'run s':>7} {'run+件 s':>9} {'all s':>7} {'spaced s':>8} {'read s':>7} {'read s/1k':>9}")
    for size in args.sizes:
        run = ("一二三四五六七八九十百千万" * (size // 13 + 1))[:size]
        bare = _seconds(lambda run=run: find_numbers("共" + run + "。"))
        unit = _seconds(lambda run=run: find_numbers("共" + run + "件。"))
        every = _seconds(lambda run=run: find_numbers("共" + run + "件。", mode="all"))
        spaced_run = " ".join(run[i : i + 3] for i in range(0, len(run), 3))  # PDF-broken numerals
        spaced = _seconds(lambda r=spaced_run: find_numbers("共" + r + "件。"))
        data = (HEAD + run + "件。\n").encode("utf-8")
        read = _seconds(lambda data=data: textmine.read(data, name="run.txt"))
        print(f"{size:>7} {bare:>7.2f} {unit:>9.2f} {every:>7.2f} {spaced:>8.2f} {read:>7.2f} {read / size * 1000:>9.3f}")


if __name__ == "__main__":
    main()
