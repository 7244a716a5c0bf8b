"""The process pool: results in job order, per-job time limits, crashed workers replaced."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from textmine.corpus import run
from textmine.engines import ordered_map


def _slow_square(n: int) -> int:
    """Sleeps n/10 s for odd n (so later jobs finish first), hangs on 99, dies on 98."""
    if n == 99:
        time.sleep(60)
    if n == 98:
        os._exit(3)
    time.sleep(0.1 if n % 2 else 0.0)
    return n * n


def _late(job: int, limit: float) -> str:
    return f"timeout {job} after {limit}"


def _dead(job: int, code: int | None) -> str:
    return f"crash {job} code {code}"


def test_results_keep_the_order_of_the_jobs():
    jobs = [3, 0, 5, 2, 1, 4]
    got = list(ordered_map(_slow_square, jobs, workers=2, timeout=None, on_crash=_dead))
    assert got == [n * n for n in jobs]


def test_in_process_without_workers_or_timeout():
    assert list(ordered_map(_slow_square, iter([2, 4]), workers=1, timeout=None)) == [4, 16]


def test_a_job_past_the_limit_is_stopped_and_the_run_goes_on():
    started = time.monotonic()
    # the limit counts from when a job is handed over, so it includes a new worker's start-up
    # (the fork server's warm-up and importing this module): 5 s was missed once at a load
    # average of 12 on two cores; 12 s leaves room for that, and 99 still hangs far longer (60 s)
    got = list(ordered_map(_slow_square, [1, 99, 2], workers=1, timeout=12, on_timeout=_late, on_crash=_dead))
    assert got == [1, "timeout 99 after 12", 4]
    assert time.monotonic() - started < 50


def test_a_worker_that_dies_is_recorded_and_replaced():
    got = list(ordered_map(_slow_square, [98, 3, 98, 4], workers=2, timeout=None, on_crash=_dead))
    assert got == ["crash 98 code 3", 9, "crash 98 code 3", 16]


@pytest.mark.parametrize(("kwargs", "message"), [({"workers": 0}, "workers"), ({"timeout": 0}, "timeout")])
def test_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        list(ordered_map(abs, [1], **{"workers": 1, "timeout": None, **kwargs}))


def test_the_corpus_runner_records_a_timed_out_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("某县2020年政府信息公开工作年度报告\n一、总体情况\n主动公开信息5条。", encoding="utf-8")
    # a fresh worker loads the lexicons first: no report is read in a millisecond
    summary = run([folder], tmp_path / "out", timeout=0.001, cross_year=False)
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet")
    assert summary.status["error"] == 1
    assert manifest["message"].iloc[0].startswith("timed out after 0.001 s")
    assert manifest["report_id"].iloc[0] is not None and Path(manifest["path"].iloc[0]).name == "a.txt"


def test_a_main_program_read_from_stdin_can_use_workers(tmp_path):
    """`python - <<EOF` has a main module whose file does not exist: workers must still start."""
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("某县2020年政府信息公开工作年度报告\n一、总体情况\n主动公开信息5条。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("某县2021年政府信息公开工作年度报告\n一、总体情况\n主动公开信息6条。", encoding="utf-8")
    script = (
        "from textmine.corpus import tag\n"
        f"m = tag({str(tmp_path)!r}, workers=2).manifest\n"
        "print(sorted(m['status']))\n"
    )
    result = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "['warning', 'warning']", result.stdout + result.stderr[-2000:]


def test_a_script_without_a_main_guard_can_use_workers(tmp_path):
    """`textmine.tag(...)` at the top level of a script: the workers must not run it again
    (multiprocessing would, and stop it there, and every file would fail)."""
    (tmp_path / "a.txt").write_text("某县2020年政府信息公开工作年度报告\n一、总体情况\n主动公开信息5条。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("某县2021年政府信息公开工作年度报告\n一、总体情况\n主动公开信息6条。", encoding="utf-8")
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import textmine\n"
        "print('script ran', flush=True)\n"
        f"m = textmine.tag({str(tmp_path)!r}, workers=2).manifest\n"
        "print(sorted(m['status']), sorted(m['message'].str[:40]))\n",
        encoding="utf-8",
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "script ran" and len(lines) == 2, result.stdout  # run once, in this process only
    assert lines[1].startswith("['warning', 'warning']"), result.stdout + result.stderr[-2000:]
    assert "died" not in result.stdout


def test_a_function_of_the_main_script_still_reaches_its_workers(tmp_path):
    # a mapped function defined in __main__ needs the script in the workers: it is kept there
    script = tmp_path / "own.py"
    script.write_text(
        "from textmine.engines import ordered_map\n"
        "def double(n): return 2 * n\n"
        "def dead(job, code): return 'dead'\n"
        "if __name__ == '__main__':\n"
        "    print(list(ordered_map(double, [1, 2, 3], workers=2, on_crash=dead)))\n",
        encoding="utf-8",
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[2, 4, 6]"


def test_jobs_queued_behind_a_dead_worker_are_run_again():
    # a worker holds two jobs at a time: the one behind a crash must not be lost
    got = list(ordered_map(_slow_square, [98, 5, 6, 98, 7], workers=1, timeout=30, on_timeout=_late, on_crash=_dead))
    assert got == ["crash 98 code 3", 25, 36, "crash 98 code 3", 49]


def _touch(path: str) -> str:
    Path(path).write_text("done", encoding="utf-8")
    return path


def test_workers_go_on_while_the_caller_is_busy_with_a_result(tmp_path):
    # the caller holds the first result; the later jobs still run (they are served by a thread)
    paths = [str(tmp_path / f"job{k}") for k in range(6)]
    results = ordered_map(_touch, paths, workers=2, timeout=None, on_crash=_dead)
    assert next(results) == paths[0]
    deadline = time.monotonic() + 30
    while not all(Path(p).exists() for p in paths) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(Path(p).exists() for p in paths)
    assert list(results) == paths[1:]


def test_the_fork_server_imports_the_preload_modules_before_it_forks(tmp_path):
    # in a fresh interpreter (this one's fork server may have started already): a worker
    # finds the warm-up module imported, and its lexicons loaded, without importing anything
    (tmp_path / "probe_mod.py").write_text(
        "import sys\n"
        "def seen(_):\n"
        "    from textmine.sections import _lexicon\n"
        "    return ('textmine._warm' in sys.modules, _lexicon.cache_info().currsize)\n",
        encoding="utf-8",
    )
    code = (
        "from textmine.engines import ordered_map\n"
        "import probe_mod\n"
        "def dead(job, code): return 'dead'\n"
        "if __name__ == '__main__':\n"
        "    print(list(ordered_map(probe_mod.seen, [1, 2], workers=2, on_crash=dead, preload=('textmine._warm',))))\n"
    )
    script = tmp_path / "main.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[(True, 1), (True, 1)]"


def test_warming_loads_what_a_report_needs():
    import textmine._warm as warm
    from textmine.lexicons import load_yaml
    from textmine.sections import _lexicon

    _lexicon.cache_clear()
    load_yaml.cache_clear()
    warm.warm()
    assert _lexicon.cache_info().currsize == 1
    assert load_yaml.cache_info().currsize >= 1


def test_warming_compiles_the_body_cues():
    """A report whose title does not name its body needs the body cues: built in the warm-up,
    not once per worker."""
    import textmine._warm as warm
    from textmine.meta import _cue_regexes

    _cue_regexes.cache_clear()
    warm.warm()
    assert _cue_regexes.cache_info().currsize == 1


def test_a_preload_module_that_cannot_be_imported_does_not_stop_the_run():
    # the fork server skips a preload it cannot import; the jobs still run in order
    got = list(ordered_map(_slow_square, [2, 3], workers=2, timeout=30, on_timeout=_late, on_crash=_dead,
                           preload=("textmine_no_such_module",)))
    assert got == [4, 9]


def test_a_warm_up_that_fails_is_logged_not_raised(monkeypatch, caplog):
    import importlib

    import textmine._warm as warm

    def broken(doc):
        raise RuntimeError("a broken lexicon")

    monkeypatch.setattr("textmine.pipeline.analyze", broken)
    with caplog.at_level("WARNING", logger="textmine._warm"):
        importlib.reload(warm)  # what the fork server does: import it
    assert "warming the fork server failed" in caplog.text


def _pid(_job: int) -> int:
    time.sleep(0.02)
    return os.getpid()


def test_a_pool_maps_a_second_round_on_the_workers_of_the_first():
    from textmine.engines import WorkerPool

    with WorkerPool(_pid, workers=2, timeout=30, on_timeout=_late, on_crash=_dead) as pool:
        first = list(pool.map(range(8)))
        second = list(pool.map(range(6)))
    assert len(set(first)) == 2 and os.getpid() not in first  # two worker processes
    assert set(second) <= set(first)  # no new process for the second round


def test_a_pool_round_starts_before_its_first_result_is_asked_for(tmp_path):
    from textmine.engines import WorkerPool

    paths = [str(tmp_path / f"job{k}") for k in range(4)]
    with WorkerPool(_touch, workers=2, timeout=None, on_crash=_dead) as pool:
        assert list(pool.map(paths[:1])) == paths[:1]
        results = pool.map(paths[1:])  # not iterated yet
        deadline = time.monotonic() + 30
        while not all(Path(p).exists() for p in paths) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert all(Path(p).exists() for p in paths)
        assert list(results) == paths[1:]


def test_a_worker_dying_in_a_later_round_is_recorded_and_replaced():
    from textmine.engines import WorkerPool

    with WorkerPool(_slow_square, workers=2, timeout=None, on_crash=_dead) as pool:
        assert list(pool.map([2, 3])) == [4, 9]
        assert list(pool.map([98, 4, 98, 5])) == ["crash 98 code 3", 16, "crash 98 code 3", 25]
        assert list(pool.map([6])) == [36]


def test_a_pool_in_this_process_runs_each_round_lazily():
    from textmine.engines import WorkerPool

    seen = []

    def note(n: int) -> int:
        seen.append(n)
        return -n

    with WorkerPool(note, workers=1, timeout=None) as pool:
        results = pool.map([1, 2])
        assert seen == []
        assert list(results) == [-1, -2] and list(pool.map([3])) == [-3]
    assert seen == [1, 2, 3]


def test_a_closed_pool_or_a_second_map_before_the_first_is_taken_is_refused():
    from textmine.engines import WorkerPool

    pool = WorkerPool(_slow_square, workers=2, timeout=None, on_crash=_dead)
    first = pool.map([2, 3])
    with pytest.raises(RuntimeError, match="busy"):
        pool.map([4])
    assert list(first) == [4, 9]
    pool.close()
    with pytest.raises(RuntimeError, match="closed"):
        pool.map([4])
