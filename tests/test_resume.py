"""Resumable runs (``textmine tag … --resume``): the journal of a Parquet run, skipping what an
earlier run wrote (same path and sha256), and a run killed mid-way resumed without duplicate or
lost rows."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from textmine import corpus
from textmine.cli import app
from textmine.corpus import run
from textmine.frames import TABLES, TableWriter, segment_dirs, to_arrow
from textmine.resume import JOURNAL

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "cases" / "probes"


def _folder(tmp_path: Path, probes: int = 10) -> Path:
    """A folder of the bundled reports and the first probes (copies: the test edits it)."""
    folder = tmp_path / "in"
    shutil.copytree(ROOT / "corpora", folder / "corpora")
    (folder / "probes").mkdir()
    for path in sorted(PROBES.glob("*.txt"))[:probes]:
        shutil.copy(path, folder / "probes" / path.name)
    return folder


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    frames = {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}
    frames["manifest"] = frames["manifest"].drop(columns="seconds")
    return frames


def assert_same_tables(a: Path, b: Path) -> None:
    """Every table equal (the manifest's wall-time ``seconds`` aside), no duplicate rows."""
    for name, frame in _tables(a).items():
        other = _tables(b)[name]
        pd.testing.assert_frame_equal(frame, other, obj=name)
    manifest = _tables(b)["manifest"]
    assert not manifest["path"].duplicated().any()
    assert sorted(p.name for p in b.iterdir()) == sorted(p.name for p in a.iterdir())  # no journal left


def _kept_back(out: Path) -> set[str]:
    """Paths of reports with an open cell reading: kept back for the second reading, so a
    resumed run analyses them again (their first reading was not written)."""
    from textmine.tables.evidence import is_open

    cells = pd.read_parquet(out / "cells.parquet")
    reports = pd.read_parquet(out / "reports.parquet")
    notes = [n if isinstance(n, str) else None for n in cells["note"]]
    ids = set(cells.loc[[is_open(n) or "the same body's report" in (n or "") for n in notes], "report_id"])
    return set(reports.loc[reports["report_id"].isin(ids), "path"])


def test_journaled_writer_writes_the_same_bytes(tmp_path):
    rows = [{"path": f"f{k}.txt", "status": "ok", "message": "x" * (k % 7) * 50, "bytes": k} for k in range(40)]
    plain, journaled = tmp_path / "plain", tmp_path / "journaled"
    with TableWriter(plain, tables=("manifest",), row_group_bytes=3000) as writer:
        for k in range(0, 40, 5):
            writer.write("manifest", rows[k : k + 5])
    journal = journaled / JOURNAL
    with TableWriter(journaled, tables=("manifest",), row_group_bytes=3000, journal=journal) as writer:
        for k in range(0, 40, 5):
            writer.write("manifest", rows[k : k + 5])
            if k % 10 == 5:
                writer.checkpoint()
        assert len(segment_dirs(journal)) == 4  # each checkpoint is one complete segment
        assert not (journaled / "manifest.parquet").exists()
    assert (journaled / "manifest.parquet").read_bytes() == (plain / "manifest.parquet").read_bytes()


def test_a_tail_is_read_back_after_the_segments(tmp_path):
    from textmine.frames import read_segments

    journal = tmp_path / JOURNAL
    writer = TableWriter(tmp_path, tables=("manifest",), journal=journal)
    writer.write("manifest", [{"path": "a"}])
    writer.checkpoint()
    writer.save_tail({"manifest": to_arrow("manifest", [{"path": "b"}])})
    assert read_segments(journal, "manifest").column("path").to_pylist() == ["a", "b"]
    writer.write("manifest", [{"path": "b"}])
    writer.checkpoint()  # the tail's rows are in the second segment now
    assert read_segments(journal, "manifest").column("path").to_pylist() == ["a", "b"]


def test_resume_analyses_only_new_files_and_equals_one_run(tmp_path):
    folder = _folder(tmp_path)
    later = sorted(PROBES.glob("*.txt"))[10:16]
    first = run([folder], tmp_path / "out", timeout=None)
    assert first.skipped == 0
    for path in later:
        shutil.copy(path, folder / "probes" / path.name)
    analysed: list[str] = []
    summary = run([folder], tmp_path / "out", timeout=None, resume=True, on_file=lambda r: analysed.append(r.manifest["path"]))
    run([folder], tmp_path / "full", timeout=None)
    new = {(folder / "probes" / p.name).as_posix() for p in later}
    assert new <= set(analysed)
    assert set(analysed) - new <= _kept_back(tmp_path / "full")
    assert summary.skipped == len(list(folder.rglob("*.txt")) + list(folder.rglob("*.html"))) - len(analysed) > 0
    assert_same_tables(tmp_path / "full", tmp_path / "out")
    # resumed again with nothing new: nothing but the kept-back reports is analysed
    analysed.clear()
    run([folder], tmp_path / "out", timeout=None, resume=True, on_file=lambda r: analysed.append(r.manifest["path"]))
    assert set(analysed) <= _kept_back(tmp_path / "full")
    assert_same_tables(tmp_path / "full", tmp_path / "out")


def test_a_changed_file_is_analysed_again_and_its_rows_replaced(tmp_path):
    folder = _folder(tmp_path, probes=4)
    run([folder], tmp_path / "out", timeout=None)
    changed = folder / "corpora" / "gaotai-2016.txt"
    old = pd.read_parquet(tmp_path / "out" / "manifest.parquet").set_index("path").loc[changed.as_posix(), "sha256"]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n附：本报告另有电子版。\n", encoding="utf-8")
    analysed: list[str] = []
    run([folder], tmp_path / "out", timeout=None, resume=True, on_file=lambda r: analysed.append(r.manifest["path"]))
    assert changed.as_posix() in analysed
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet").set_index("path")
    assert manifest.loc[changed.as_posix(), "sha256"] != old
    reports = pd.read_parquet(tmp_path / "out" / "reports.parquet")
    assert (reports["path"] == changed.as_posix()).sum() == 1
    assert old not in set(reports["sha256"])  # the old rows are gone, not kept beside the new
    run([folder], tmp_path / "full", timeout=None)
    assert_same_tables(tmp_path / "full", tmp_path / "out")


def test_a_run_stopped_mid_way_in_process_resumes(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "BATCH", 4)
    monkeypatch.setattr(corpus, "TAIL_SECONDS", 0.0)
    folder = _folder(tmp_path, probes=12)
    calls = []

    def stop(result):
        calls.append(result)
        if len(calls) == 11:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run([folder], tmp_path / "out", timeout=None, on_file=stop)
    assert len(segment_dirs(next((tmp_path / "out" / JOURNAL).glob("g*")))) >= 2
    summary = run([folder], tmp_path / "out", timeout=None, resume=True)
    assert summary.skipped >= 4
    run([folder], tmp_path / "full", timeout=None)
    assert_same_tables(tmp_path / "full", tmp_path / "out")


def test_a_damaged_journal_is_named_and_its_inputs_analysed_again(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(corpus, "BATCH", 4)
    folder = _folder(tmp_path, probes=12)
    calls = []

    def stop(result):
        calls.append(result)
        if len(calls) == 11:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run([folder], tmp_path / "out", timeout=None, on_file=stop)
    gen = next((tmp_path / "out" / JOURNAL).glob("g*"))
    damaged = segment_dirs(gen)[0] / "cells.arrow"
    damaged.write_bytes(damaged.read_bytes()[:40])  # cut short, as by a full disk
    with caplog.at_level("WARNING", logger="textmine.resume"):
        summary = run([folder], tmp_path / "out", timeout=None, resume=True)
    assert summary.skipped == 0
    assert any(gen.name in r.getMessage() and "cannot be read" in r.getMessage() for r in caplog.records)
    run([folder], tmp_path / "full", timeout=None)
    assert_same_tables(tmp_path / "full", tmp_path / "out")


def _journal_has_rows(out: Path) -> bool:
    for gen in (out / JOURNAL).glob("g*"):
        if segment_dirs(gen) or any(p.name.startswith("tail-") and p.suffix == "" for p in gen.iterdir()):
            return True
    return False


@pytest.mark.parametrize("workers", [1, 2])  # 2: the workers send packed columns (textmine.packed)
def test_a_killed_run_resumes_without_duplicate_or_lost_rows(shared_corpus, tmp_path, workers):
    folder = tmp_path / "in"
    for k in range(8):  # more results than a batch (about half are kept back): a segment is saved mid-run
        shutil.copytree(shared_corpus / "texts", folder / f"texts{k}")
    shutil.copytree(ROOT / "corpora", folder / "corpora")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "textmine", "tag", str(folder), "-o", str(out), "--workers", str(workers), "--quiet"]
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if (out / JOURNAL).is_dir() and _journal_has_rows(out):
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before its journal held a batch: nothing was interrupted"
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes
    finally:
        proc.wait(timeout=30)
    assert not (out / "manifest.parquet").exists()
    analysed: list[str] = []
    summary = run([folder], out, resume=True, workers=workers, on_file=lambda r: analysed.append(r.manifest["path"]))
    assert summary.skipped > 0
    run([folder], tmp_path / "full")
    assert_same_tables(tmp_path / "full", out)


def test_resume_on_a_missing_or_empty_folder_is_a_normal_run(tmp_path):
    folder = _folder(tmp_path, probes=2)
    run([folder], tmp_path / "plain", timeout=None)
    (tmp_path / "empty").mkdir()
    for out in (tmp_path / "missing", tmp_path / "empty"):
        summary = run([folder], out, timeout=None, resume=True)
        assert summary.skipped == 0
        for name in TABLES:
            if name != "manifest":
                assert (out / f"{name}.parquet").read_bytes() == (tmp_path / "plain" / f"{name}.parquet").read_bytes()
        assert not (out / JOURNAL).exists()


def test_resume_with_csv_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="resume needs format 'parquet'"):
        run([ROOT / "corpora"], tmp_path / "out", format="csv", resume=True)
    result = CliRunner().invoke(app, ["tag", str(ROOT / "corpora"), "-o", str(tmp_path / "o"), "--format", "csv", "--resume"])
    assert result.exit_code == 2
    assert "--resume" in result.output and "parquet" in result.output


def test_resume_is_documented():
    result = CliRunner().invoke(app, ["tag", "--help"], terminal_width=200)
    assert "--resume" in result.output
    assert "--resume" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_cross_year_findings_are_not_duplicated_on_resume(shared_corpus, tmp_path):
    from textmine.checks.history import _cross_year_checks

    folder = tmp_path / "in"
    shutil.copytree(shared_corpus / "texts", folder)
    first = sorted(folder.glob("*.txt"))
    moved = first[len(first) // 2 :]
    for path in moved:  # the second half comes later
        path.rename(tmp_path / path.name)
    run([folder], tmp_path / "out")
    for path in moved:
        (tmp_path / path.name).rename(folder / path.name)
    run([folder], tmp_path / "out", resume=True)
    run([folder], tmp_path / "full")
    findings = pd.read_parquet(tmp_path / "full" / "findings.parquet")
    assert findings["check_id"].isin({c for c, _ in _cross_year_checks()}).sum() > 0  # the test means something
    assert_same_tables(tmp_path / "full", tmp_path / "out")
    run([folder], tmp_path / "out", resume=True)  # nothing new: the same tables again
    assert_same_tables(tmp_path / "full", tmp_path / "out")


def test_a_resumed_run_stopped_again_resumes(tmp_path, monkeypatch):
    """Stopped, resumed and stopped again (its journal then holds two runs' segments, and the
    first run's finished tables for the second folder): the third run still equals one run."""
    monkeypatch.setattr(corpus, "BATCH", 4)
    monkeypatch.setattr(corpus, "TAIL_SECONDS", 0.0)
    folder = _folder(tmp_path, probes=14)

    def stop_after(n):
        calls = []

        def stop(result):
            calls.append(result)
            if len(calls) == n:
                raise KeyboardInterrupt

        return stop

    with pytest.raises(KeyboardInterrupt):
        run([folder], tmp_path / "out", timeout=None, on_file=stop_after(7))
    with pytest.raises(KeyboardInterrupt):
        run([folder], tmp_path / "out", timeout=None, resume=True, on_file=stop_after(5))
    assert len(list((tmp_path / "out" / JOURNAL).glob("g*"))) == 2
    run([folder], tmp_path / "out", timeout=None, resume=True)
    run([folder], tmp_path / "full", timeout=None)
    assert_same_tables(tmp_path / "full", tmp_path / "out")
    # a finished run resumed, stopped, and resumed: its earlier tables are still used
    shutil.copy(sorted(PROBES.glob("*.txt"))[20], folder / "probes")
    with pytest.raises(KeyboardInterrupt):
        run([folder], tmp_path / "out", timeout=None, resume=True, on_file=stop_after(1))
    summary = run([folder], tmp_path / "out", timeout=None, resume=True)
    assert summary.skipped > 0
    run([folder], tmp_path / "full", timeout=None)
    assert_same_tables(tmp_path / "full", tmp_path / "out")
