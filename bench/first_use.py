"""What a worker compiles on first use after the fork server's warm-up (issue 12).

Every worker of ``textmine tag`` is forked from the warmed fork server (:mod:`textmine._warm`);
a regex the warm-up did not compile (nor find in the regex cache it loaded) is compiled in full
by each worker at its first use: part of the first-use cost ``C`` of ``bench/scale.py --cpu``,
paid again by every further worker. This script imports ``textmine._warm`` in a fresh
interpreter (as the fork server does), then runs a worker's per-document function (the options
of a run of several workers) over the scaled corpus twice, and prints for each pass its CPU
seconds and the regexes compiled in full (not served by the regex cache) with their CPU seconds;
the first pass pays the first-use cost, the second none (its difference also holds the memos a
pass fills, e.g. the theme tags of a sentence met before). With ``--list`` each compile is named
by the textmine function that asked for it.

    python bench/first_use.py [--scale 10] [--half] [--list]
    PYTHONPATH=/other/checkout TEXTMINE_CACHE_DIR=/tmp/other-cache python bench/first_use.py

Run it twice for a checkout (the first run fills its regex cache); give each checkout its own
``TEXTMINE_CACHE_DIR``, and run it from outside the checkout (``python -m`` and ``-c`` put the
working folder first on the path). ``--half`` reads every second file, as each of two workers does.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import SHARED, build  # noqa: E402


def _asker(stack: list[traceback.FrameSummary]) -> str:
    """The innermost textmine function on ``stack`` (outside the regex cache)."""
    for frame in reversed(stack):
        if "textmine" in frame.filename and "_recache" not in frame.filename:
            return f"{Path(frame.filename).name}:{frame.lineno} {frame.name}"
    return "?"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument(
        "--half", action="store_true", help="every second file (one of two workers' share)"
    )
    parser.add_argument("--list", action="store_true", help="name the function behind each compile")
    args = parser.parse_args()
    if not (SHARED / "texts").is_dir():
        raise SystemExit(f"{SHARED / 'texts'} not found: the benchmark copies the shared corpus")
    t0 = time.process_time()
    import textmine._warm  # noqa: F401 - the fork server's warm-up

    warm = time.process_time() - t0
    from re import _compiler

    import textmine
    from textmine import _recache
    from textmine.corpus import Input, Options, process_input

    cached = _recache._state.get("cached", {})
    serve = _compiler.compile  # the regex cache's (or re's own when the cache is off)
    spent, asked = [0.0], Counter()

    def compile(pattern, flags=0):
        if (pattern, flags) in cached:
            return serve(pattern, flags)  # served from the cache: no compile
        started = time.process_time()
        try:
            return serve(pattern, flags)
        finally:
            spent[0] += time.process_time() - started
            asked[_asker(traceback.extract_stack(limit=12)[:-1])] += 1

    _compiler.compile = compile
    options = Options(compact=True, readings=True, optional=False, columnar=True)
    print(f"textmine from {Path(textmine.__file__).parent}; warm-up {warm:.3f} s of CPU")
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp), scale=args.scale)
        files = sorted(Path(tmp).iterdir())[:: 2 if args.half else 1]
        for n in (1, 2):
            spent[0] = 0.0
            asked.clear()
            started = time.process_time()
            for path in files:
                process_input(Input(path=str(path), display=path.name), options=options)
            print(
                f"  pass {n}: {len(files)} reports {time.process_time() - started:.3f} s of CPU; "
                f"regexes compiled in full {sum(asked.values())} ({spent[0]:.3f} s)"
            )
            if args.list:
                for where, count in asked.most_common():
                    print(f"    {count:4d}  {where}")


if __name__ == "__main__":
    main()
