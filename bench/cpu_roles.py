"""CPU seconds by process role of ``textmine tag`` on a scaled corpus, medians of alternating runs.

Each run is sampled from /proc as ``bench/scale.py --cpu`` samples it: the fork server's CPU (its
warm-up ``F``), the workers' CPU together (``W``), the main process's CPU and the part of it after
the first worker appeared (``M``). Runs alternate between 1 and 2 workers (and, with ``--base``,
between this checkout and another), so that a busy spell of the machine hurts all alike; the
medians give ``C = W2 - W1`` and the bounds on the 2-worker speed-up of ``scale.py --cpu``.

    python bench/cpu_roles.py [--scale 10] [--runs 3] [--base DIR:CACHE_DIR]

``--base DIR:CACHE_DIR`` runs another checkout too: ``DIR`` holds its ``textmine`` and
``lexicons`` folders (e.g. ``git archive c2db56a textmine lexicons | tar -x -C DIR``), ``CACHE_DIR``
its own ``TEXTMINE_CACHE_DIR``. Every tag run starts from a folder outside both checkouts
(``python -m`` puts the working folder first on the path).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import SHARED, _proc_sample, _tree, build  # noqa: E402


def one_run(corpus: Path, out: Path, *, workers: int, env: dict[str, str]) -> dict[str, float]:
    """CPU seconds by role (F, W, M, M_after) and wall seconds of one tag run."""
    cmd = [
        sys.executable,
        "-m",
        "textmine",
        "tag",
        str(corpus),
        "-o",
        str(out),
        "--workers",
        str(workers),
        "--quiet",
    ]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=tempfile.gettempdir(), stdout=subprocess.DEVNULL)
    first = None
    main = server_cpu = 0.0
    server = None
    workers_cpu: dict[int, float] = {}
    while proc.poll() is None:
        got = _proc_sample(proc.pid)
        if got is not None:
            main = got[2]
        for pid in _tree(proc.pid):
            if pid == proc.pid or (got := _proc_sample(pid)) is None:
                continue
            with contextlib.suppress(OSError):
                if (
                    server is None
                    and got[0] == proc.pid
                    and b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()
                ):
                    server = pid
            if pid == server:
                server_cpu = got[2]
            elif server is not None and got[0] == server:
                workers_cpu[pid] = got[2]
                if first is None:
                    first = main
        time.sleep(0.01)
    return {"F": server_cpu, "W": sum(workers_cpu.values()), "M": main, "M_after": main - (first or 0.0),
            "wall": time.perf_counter() - started}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--base", help="DIR:CACHE_DIR of another checkout to run alternately")
    args = parser.parse_args()
    if not (SHARED / "texts").is_dir():
        raise SystemExit(f"{SHARED / 'texts'} not found: the benchmark copies the shared corpus")
    plain = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")
    }
    # Python's bytecode cache on, as an installed package has its .pyc files (as scale.py runs tag)
    setups = {"this": {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}}
    if args.base:
        folder, cache = args.base.split(":", 1)
        setups = {"base": {**plain, "PYTHONPATH": folder, "TEXTMINE_CACHE_DIR": cache}, **setups}
    runs: dict[tuple[str, int], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "in"
        corpus.mkdir()
        build(corpus, scale=args.scale)
        for _ in range(args.runs):
            for name, env in setups.items():
                for workers in (1, 2):
                    got = one_run(
                        corpus,
                        Path(tmp) / f"out-{name}-{workers}-{len(runs)}",
                        workers=workers,
                        env=env,
                    )
                    runs.setdefault((name, workers), []).append(got)
                    print(
                        f"  {name} workers={workers}: "
                        + "  ".join(f"{k} {v:.2f}" for k, v in got.items()),
                        flush=True,
                    )
    print(f"medians of {args.runs} runs (CPU seconds; wall seconds last):")
    for name in setups:
        med = {
            w: {k: statistics.median(r[k] for r in runs[name, w]) for k in runs[name, w][0]}
            for w in (1, 2)
        }
        warm, w1, w2, m = med[1]["F"], med[1]["W"], med[2]["W"], med[2]["M_after"]
        c = max(0.0, w2 - w1)
        print(
            f"  {name}: F {warm:.2f}  W1 {w1:.2f}  W2 {w2:.2f}  C {c:.2f}  main {med[1]['M']:.2f} / {med[2]['M']:.2f}  "
            f"M {m:.2f}  Amdahl {(warm + w1) / (warm + c + (w1 - c) / 2):.2f}  "
            f"with M {(warm + w1) / (warm + c + (w1 - c + m) / 2):.2f}  wall {med[1]['wall']:.1f} / {med[2]['wall']:.1f}"
        )


if __name__ == "__main__":
    main()
