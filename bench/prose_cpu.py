"""CPU seconds of the prose checks (:func:`textmine.checks.check_prose`) over a scaled corpus.

Reads every report of the corpus once as a worker does (after the fork server's warm-up), keeping
the arguments each report gives ``check_prose``; then times ``check_prose`` over all of them,
the least of ``--repeat`` passes, and prints the number of findings with a digest of them (the
same digest for two checkouts: the same findings).

    python bench/prose_cpu.py [--scale 10] [--repeat 7]
    PYTHONPATH=/other/checkout TEXTMINE_CACHE_DIR=/tmp/other-cache python bench/prose_cpu.py

Run it from outside the checkouts (see ``bench/cpu_roles.py`` for another checkout's folder).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import SHARED, build  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    if not (SHARED / "texts").is_dir():
        raise SystemExit(f"{SHARED / 'texts'} not found: the benchmark copies the shared corpus")
    import textmine._warm  # noqa: F401 - the fork server's warm-up
    import textmine.checks as checks
    from textmine.corpus import Input, Options, process_input

    calls = []
    original = checks.check_prose

    def kept(*a, **k):
        calls.append((a, k))
        return original(*a, **k)

    checks.check_prose = kept  # the pipeline looks it up in textmine.checks at each report
    options = Options(compact=False, readings=True, optional=False, columnar=False)
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp), scale=args.scale)
        for path in sorted(Path(tmp).iterdir()):
            process_input(Input(path=str(path), display=path.name), options=options)
    checks.check_prose = original
    best, out = float("inf"), []
    for _ in range(args.repeat):
        started = time.process_time()
        out = [original(*a, **k) for a, k in calls]
        best = min(best, time.process_time() - started)
    digest = hashlib.sha256(repr(out).encode("utf-8")).hexdigest()[:16]
    print(
        f"textmine from {Path(textmine._warm.__file__).parent}: check_prose over {len(calls)} reports "
        f"{best:.3f} s of CPU (least of {args.repeat}); {sum(map(len, out))} findings, digest {digest}"
    )


if __name__ == "__main__":
    main()
