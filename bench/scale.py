"""Whole ``textmine tag`` runs on scaled corpora, as a ratio to plain ``jieba.lcut``.

Builds corpora from ../shared/corpus/texts at 1x, 10x, 100x in a temporary folder. Each copy is a
distinct report. With ``--vary issuer`` (default) copy k renames the places of every report
(平潭 → 青禾, 洪泽 → 青禾 …, one invented name per copy), so the corpus holds k bodies that each
have the real multi-year panel of the dev corpus, and the cross-year step compares what it would
compare in a real corpus. With ``--vary year`` copy k shifts every year (2008–2049 not inside a
longer number) by k: copies of one report then form a panel of consecutive years whose tables
are identical (COPY-TABLE fires on every pair), the cross-year step's worst case.

For each scale it prints, in one run:

* plain ``jieba.lcut`` (own ``jieba.Tokenizer``, default dictionary and HMM) over the same texts;
* ``textmine tag`` as a subprocess with ``--workers`` 1 and 2 (``--segmenter`` too when given):
  wall seconds, ratio jieba time / textmine time, 2-worker speed-up, the peak RSS of its main
  process and the peak of the summed RSS of all its processes (sampled from /proc);
* with ``--stages``: the same run in this process (``corpus.run``, one worker) with the time of
  each stage (read, normalise, sections, meta, tables, sentences, themes, items, facts, checks,
  rows, cross-year, write) measured as self time by wrapping the stage functions, plus what
  segmenting every sentence would cost (``tag`` itself never segments).

It also times ``import textmine`` and the first-report latency (a fresh interpreter: import,
lexicons, one report read and analysed).

Usage: python bench/scale.py [--scales 1 10 100] [--workers 1 2] [--vary issuer|year]
       [--stages] [--segmenter jieba|rjieba]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
#: A year 2008–2049 standing alone (not a piece of a longer run of digits).
RE_YEAR = re.compile(r"(?<!\d)20([0-4]\d)(?!\d)")
#: Place names of the dev corpus that name its bodies (province, city, county stems).
RE_PLACE = re.compile("平潭|洪泽|淮安|高台|张掖|上海")
FIRST, SECOND = "青石云金白玉松竹梅兰", "禾桥溪山川湖岭原泉林"


def place(k: int) -> str:
    """The invented place name of copy ``k`` (copy 0 keeps the real names)."""
    return FIRST[k % 10] + SECOND[(k // 10) % 10] + ("" if k < 100 else str(k // 100))


def build(dest: Path, *, scale: int, vary: str = "issuer") -> list[str]:
    """Write ``scale`` distinct copies of every shared text report; return their texts."""
    texts = []
    for src in sorted((SHARED / "texts").iterdir()):
        base = src.read_text(encoding="utf-8")
        for k in range(scale):
            if vary == "year":
                text = RE_YEAR.sub(lambda m, k=k: str(2000 + int(m.group(1)) + k), base)
            else:
                text = RE_PLACE.sub(place(k), base) if k else base
            (dest / f"{src.stem}-{k:03d}{src.suffix}").write_text(text, encoding="utf-8")
            texts.append(text)
    return texts


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            with contextlib.suppress(OSError):
                todo.extend(int(c) for c in (task / "children").read_text().split())
    return out


def _rss_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of ``pid`` in kB; zeros once it is gone."""
    rss = hwm = 0
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    return rss, hwm


_HZ = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _uptime() -> float:
    return float(Path("/proc/uptime").read_text().split()[0])


def _proc_sample(pid: int) -> tuple[int, float, float, float, float] | None:
    """(parent pid, start seconds since boot, CPU seconds of all threads, on-CPU and run-queue
    seconds of all live threads) of ``pid``; ``None`` once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        fields = stat[stat.rindex(")") + 2:].split()
        ppid, utime, stime, start = int(fields[1]), int(fields[11]), int(fields[12]), int(fields[19])
        oncpu = wait = 0.0
        for task in Path(f"/proc/{pid}/task").iterdir():
            run, queued, _ = (task / "schedstat").read_text().split()
            oncpu += int(run) / 1e9
            wait += int(queued) / 1e9
    except (OSError, ValueError):
        return None
    return ppid, start / _HZ, (utime + stime) / _HZ, oncpu, wait


class ProcStat:
    """What the samples of one process of a tag run say (the last sample seen). A plain class:
    the tests load this script without registering it as a module, which a dataclass needs."""

    def __init__(self, role: str, start: float, seen: float, cpu: float, oncpu: float, wait: float) -> None:
        self.role = role  # main, forkserver, worker, other
        self.start = start  # seconds since boot
        self.seen = seen  # uptime at the last sample
        self.cpu = cpu  # utime + stime, all threads (dead ones too)
        self.oncpu = oncpu  # schedstat, live threads: on a CPU
        self.wait = wait  # schedstat, live threads: runnable but waiting for a CPU (load of the machine)
        #: the main process: its CPU seconds when the first worker was seen (the rest competes with them)
        self.cpu_before_workers: float | None = None

    @property
    def life(self) -> float:
        return self.seen - self.start

    @property
    def asleep(self) -> float:
        """Seconds neither on a CPU nor waiting for one: blocked (a worker: waiting for a job)."""
        return max(0.0, self.life - self.oncpu - self.wait)


def run_tag(
    corpus: Path, out: Path, *, workers: int, segmenter: str | None = None
) -> tuple[float, int, int, dict[int, ProcStat]]:
    """Wall seconds, peak RSS of the main process and peak summed RSS of its process tree (kB)
    of one ``textmine tag`` subprocess, sampled from /proc every 20 ms, and the CPU accounting
    of every process of its tree (:class:`ProcStat`). (``ru_maxrss`` of a child is no use here:
    Linux folds the RSS of the forking parent into it at exec.)"""
    cmd = [sys.executable, "-m", "textmine", "tag", str(corpus), "-o", str(out),  # as the console script
           "--workers", str(workers), "--quiet"]
    if segmenter:
        cmd += ["--segmenter", segmenter]
    # Python's bytecode cache on, as an installed package has its .pyc files (a machine that sets
    # PYTHONDONTWRITEBYTECODE would otherwise compile textmine from source in every process)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    main_peak = tree_peak = 0
    procs: dict[int, ProcStat] = {}
    parents: dict[int, int] = {}
    server = None
    while proc.poll() is None:
        main_peak = max(main_peak, _rss_kb(proc.pid)[1])
        tree = _tree(proc.pid)
        tree_peak = max(tree_peak, sum(_rss_kb(p)[0] for p in tree))
        now = _uptime()
        for pid in tree:
            got = _proc_sample(pid)
            if got is None:
                continue
            ppid, start, cpu, oncpu, wait = got
            parents[pid] = ppid
            if server is None and ppid == proc.pid:  # its workers are forks of it: same cmdline
                with contextlib.suppress(OSError):  # (looked at until it has exec'd)
                    if b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes():
                        server = pid
            if pid not in procs:
                procs[pid] = ProcStat("other", start, now, cpu, oncpu, wait)
                main = procs.get(proc.pid)
                if server is not None and ppid == server and main is not None and main.cpu_before_workers is None:
                    main.cpu_before_workers = main.cpu
            else:
                p = procs[pid]
                p.seen, p.cpu, p.oncpu, p.wait = now, cpu, max(p.oncpu, oncpu), max(p.wait, wait)
        time.sleep(0.02)
    for pid, p in procs.items():
        p.role = ("main" if pid == proc.pid else "forkserver" if pid == server
                  else "worker" if parents.get(pid) == server else "other")
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"textmine tag failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    return seconds, main_peak, max(tree_peak, main_peak), procs


def cpu_lines(procs: dict[int, ProcStat], *, base: dict[int, ProcStat] | None) -> list[str]:
    """The CPU accounting of one tag run: CPU seconds by role, each worker's busy share of its
    life (on a CPU or waiting for one, vs blocked waiting for a job), and, against ``base`` (the
    1-worker run), the bounds on the speed-up (see bench/README.md)."""
    by_role = _by_role(procs)
    total = sum(by_role.values())
    parts = "  ".join(f"{role} {by_role[role]:.2f}" for role in ("main", "forkserver", "worker", "other") if role in by_role)
    lines = [f"     CPU s: {parts}  total {total:.2f}"]
    workers = [p for p in procs.values() if p.role == "worker"]
    for n, p in enumerate(sorted(workers, key=lambda p: p.start), 1):
        lines.append(
            f"       worker {n}: life {p.life:5.2f} s  on CPU {p.oncpu:5.2f}  run-queue {p.wait:5.2f}  "
            f"blocked {p.asleep:5.2f}  busy {100 * (1 - p.asleep / p.life) if p.life else 0:5.1f} %"
        )
    if base is not None and len(workers) > 1:
        one = _by_role(base)
        warm, w1 = one.get("forkserver", 0.0), one.get("worker", 0.0)
        first_use = max(0.0, by_role.get("worker", 0.0) - w1) / (len(workers) - 1)  # paid again by each worker
        chain1 = warm + w1
        n = len(workers)
        amdahl = chain1 / (warm + first_use + (w1 - first_use) / n)
        main = next(p for p in procs.values() if p.role == "main")
        after = main.cpu - (main.cpu_before_workers or 0.0)  # what competes with the workers
        with_main = chain1 / (warm + first_use + (w1 - first_use + after) / n)
        lines.append(
            f"     serial: fork server warm-up {warm:.2f} s, first-use cost each worker pays again {first_use:.2f} s "
            f"(workers' CPU {by_role.get('worker', 0.0):.2f} with {n} vs {w1:.2f} with 1); "
            f"Amdahl bound {amdahl:.2f}; with the main process's CPU once the workers run ({after:.2f} s of "
            f"{main.cpu:.2f}) on the same cores {with_main:.2f}"
        )
    return lines


def _by_role(procs: dict[int, ProcStat]) -> dict[str, float]:
    out: dict[str, float] = defaultdict(float)
    for p in procs.values():
        out[p.role] += p.cpu
    return out


def fresh(code: str) -> float:
    """Seconds a fresh interpreter reports for ``code`` (which prints a float)."""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


#: Stage name → functions to time, as (module, attribute) where the caller looks them up.
STAGES: dict[str, list[tuple[str, str]]] = {
    "read": [("textmine.ingest", "read_document")],
    "normalise": [("textmine.ingest.read", "normalize")],
    "sections": [("textmine.sections", "find_sections")],
    "meta": [("textmine.meta", "extract_meta")],
    "tables": [("textmine.tables", "detect_template"), ("textmine.tables", "extract_cells"),
               ("textmine.pipeline", "table_regions")],
    "sentences": [("textmine.sentences", "split_sentences")],
    "themes": [("textmine.themes", "tag_sentences")],
    "items": [("textmine.items", "split_items")],
    "facts": [("textmine.facts", "extract_facts")],
    "checks": [("textmine.checks", "check_cells"), ("textmine.checks", "check_prose"),
               ("textmine.checks", "check_period"), ("textmine.checks", "check_template_year")],
    "rows": [("textmine.corpus", "report_rows")],
    "cross-year": [("textmine.corpus", "index_result"), ("textmine.corpus", "cross_year_index_rows"),
                   ("textmine.corpus", "add_cross_year_findings")],
    # writing: rows or packed columns into Arrow and Parquet, the journal's segments and tails (and,
    # with one worker, a kept-back report's rows packed, and reduced for the cross-year index, as it comes)
    "write": [("textmine.corpus", "_packed_now"),
              ("textmine.frames", "TableWriter.write"), ("textmine.frames", "TableWriter.write_columns"),
              ("textmine.frames", "TableWriter.write_packed"), ("textmine.frames", "TableWriter.close"),
              ("textmine.frames", "TableWriter.checkpoint"), ("textmine.corpus", "_Pending.flush"),
              ("textmine.corpus", "_Pending.snapshot"), ("textmine.frames", "TableWriter.save_tail")],
}


@contextlib.contextmanager
def timed_stages(clock: Callable[[], float] = time.perf_counter) -> Iterator[dict[str, float]]:
    """Wrap every stage function; yields {stage: self seconds} filled while the block runs
    (``clock``: wall time by default, ``time.process_time`` for CPU seconds)."""
    totals: dict[str, float] = defaultdict(float)
    stack: list[float] = []  # time spent in nested stages, per open frame
    patched = []

    def wrap(stage: str, func):
        @functools.wraps(func)
        def timed(*args, **kwargs):
            stack.append(0.0)
            t0 = clock()
            try:
                return func(*args, **kwargs)
            finally:
                spent = clock() - t0
                nested = stack.pop()
                totals[stage] += spent - nested
                if stack:
                    stack[-1] += spent
        return timed

    for stage, targets in STAGES.items():
        for module_name, name in targets:
            owner = importlib.import_module(module_name)
            *classes, attr = name.split(".")
            for cls in classes:  # a method: patch it on its class
                owner = getattr(owner, cls)
            original = getattr(owner, attr, None)
            if original is None:  # an older textmine without this function
                continue
            setattr(owner, attr, wrap(stage, original))
            patched.append((owner, attr, original))
    try:
        yield totals
    finally:
        for owner, attr, original in reversed(patched):
            setattr(owner, attr, original)


def stage_times(corpus: Path, out: Path, mb: float) -> None:
    """One in-process ``corpus.run`` with per-stage self times."""
    from textmine import corpus as corpus_mod
    from textmine.frames import read_table
    from textmine.segment import JiebaSegmenter

    with timed_stages() as totals:
        t0 = time.perf_counter()
        corpus_mod.run([corpus], out, timeout=None)  # in this process, where the timers are
        wall = time.perf_counter() - t0
    shown = sum(totals.values())
    print(f"     stages of one in-process run ({wall:.2f} s, {mb / wall:.2f} MB/s):")
    for stage in STAGES:
        seconds = totals.get(stage, 0.0)
        print(f"       {stage:<11} {seconds:7.2f} s  {100 * seconds / wall:5.1f} %  {mb / seconds if seconds else float('inf'):8.1f} MB/s")
    print(f"       {'other':<11} {wall - shown:7.2f} s  {100 * (wall - shown) / wall:5.1f} %  (file bytes, sha256, manifest, loop)")
    sentences = read_table(out, "sentences")["text"].tolist()
    seg = JiebaSegmenter().initialize()
    t0 = time.perf_counter()
    for text in sentences:
        seg.cut(text)
    print(f"       (segmenting every sentence with JiebaSegmenter would add {time.perf_counter() - t0:.2f} s; tag does not segment)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--vary", choices=("issuer", "year"), default="issuer")
    parser.add_argument("--stages", action="store_true", help="also time each stage in this process")
    parser.add_argument("--cpu", action="store_true",
                        help="CPU accounting of each tag run (by process, workers' blocked time, speed-up bounds)")
    parser.add_argument("--segmenter", default=None, help="pass --segmenter to textmine tag")
    parser.add_argument("--repeat", type=int, default=1,
                        help="time jieba and each tag run this many times, alternating, and keep the fastest "
                             "(on a machine shared with other jobs)")
    args = parser.parse_args()
    if not (SHARED / "texts").is_dir():
        raise SystemExit(f"{SHARED / 'texts'} not found: the benchmark copies the shared corpus")
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.lcut("初始化")
    imp = fresh("import time; t = time.perf_counter(); import textmine; print(time.perf_counter() - t)")
    first = sorted((SHARED / "texts").iterdir())[0]
    latency = fresh(
        "import time; t = time.perf_counter(); import textmine; "
        f"textmine.read({str(first)!r}); print(time.perf_counter() - t)"
    )
    print(f"import textmine {imp:.3f} s; first report ({first.name}) read and analysed "
          f"{latency:.2f} s after start of import")
    for scale in args.scales:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "in"
            corpus.mkdir()
            texts = build(corpus, scale=scale, vary=args.vary)
            mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
            jieba_s = float("inf")
            best: dict[int, tuple[float, int, int, dict[int, ProcStat]]] = {}
            for _ in range(args.repeat):  # alternate, so that a busy spell hurts all alike
                t0 = time.perf_counter()
                for text in texts:
                    tok.lcut(text)
                jieba_s = min(jieba_s, time.perf_counter() - t0)
                for workers in args.workers:
                    got = run_tag(corpus, Path(tmp) / f"out{workers}", workers=workers, segmenter=args.segmenter)
                    if workers not in best or got[0] < best[workers][0]:
                        best[workers] = got
            base = base_procs = None
            for workers in args.workers:
                seconds, peak, tree, procs = best[workers]
                base = base or seconds
                print(f"{scale:>4}x {len(texts):>5} files {mb:6.1f} MB  workers={workers}  "
                      f"tag {seconds:7.2f} s  jieba {jieba_s:6.2f} s  "
                      f"ratio {jieba_s / seconds:.2f}  speed-up {base / seconds:.2f}  "
                      f"peak RSS {peak / 1024:.0f} MB (all processes {tree / 1024:.0f} MB)", flush=True)
                if args.cpu:
                    if workers == 1:
                        base_procs = procs
                    print("\n".join(cpu_lines(procs, base=base_procs if workers > 1 else None)), flush=True)
            if args.stages:
                stage_times(corpus, Path(tmp) / "stages", mb)


if __name__ == "__main__":
    main()
