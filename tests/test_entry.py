"""The console script's entry: ``textmine tag`` starts the workers' fork server first."""

from __future__ import annotations

import subprocess
import sys

import pytest

from textmine import corpus
from textmine._entry import WARM, _needs_workers


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["tag", "corpora", "-o", "out"], True),
        (["tag", "corpora", "-o", "out", "--workers", "2"], True),
        (["tag", "--help"], False),
        (["tag", "corpora", "-o", "out", "--engine", "dask"], False),
        (["tag", "corpora", "-o", "out", "--engine=dask"], False),
        (["compare", "out", "-o", "res"], False),
        (["panel", "tag"], False),  # 'tag' as a later argument is not the command
        ([], False),
    ],
)
def test_which_runs_start_the_fork_server_early(args, expected):
    assert _needs_workers(args) is expected


def test_the_early_warm_up_is_the_corpus_runners():
    assert WARM == corpus.WARM


def test_python_m_textmine_tags_with_workers(tmp_path):
    (tmp_path / "a.txt").write_text("某县2020年政府信息公开工作年度报告\n一、总体情况\n主动公开信息5条。", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "textmine", "tag", str(tmp_path / "a.txt"), "-o", str(out), "--workers", "2", "--quiet"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert (out / "manifest.parquet").exists() and (out / "reports.parquet").exists()


def _tag_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "textmine", "tag", *args], capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_a_tag_run_ends_with_its_exit_status_and_complete_tables(tmp_path, fmt):
    # the process leaves without tearing down the interpreter (_entry._end): the status and
    # every table must be what the command made of them
    import pandas as pd

    from textmine.frames import read_table

    good = "某县2020年政府信息公开工作年度报告\n一、总体情况\n主动公开信息5条。"
    (tmp_path / "a.txt").write_text(good, encoding="utf-8")
    ok = _tag_cli(str(tmp_path / "a.txt"), "-o", str(tmp_path / "ok"), "--format", fmt)
    assert ok.returncode == 0, ok.stderr[-2000:]
    assert "files" in ok.stdout and "tables written to" in ok.stdout  # the summary, flushed
    (tmp_path / "b.pdf").write_bytes(b"not a pdf at all")
    bad = _tag_cli(str(tmp_path / "a.txt"), str(tmp_path / "b.pdf"), "-o", str(tmp_path / "bad"), "--format", fmt,
                   "--workers", "2", "--quiet")
    assert bad.returncode == 1, bad.stderr[-2000:]
    manifest = read_table(tmp_path / "bad", "manifest")
    assert isinstance(manifest, pd.DataFrame)
    assert sorted(manifest.status) == ["error", "ok"] or sorted(manifest.status) == ["error", "warning"]
    assert len(read_table(tmp_path / "bad", "sentences")) == len(read_table(tmp_path / "ok", "sentences")) > 0


def test_tag_usage_errors_and_help_keep_their_exit_status(tmp_path):
    assert _tag_cli(str(tmp_path / "missing"), "-o", str(tmp_path / "out")).returncode == 2
    helped = _tag_cli("--help")
    assert helped.returncode == 0 and "--workers" in helped.stdout
    assert _tag_cli(str(tmp_path), "-o", str(tmp_path / "out")).returncode == 1  # no report files


@pytest.mark.parametrize(("code", "status", "said"), [(None, 0, ""), (0, 0, ""), (3, 3, ""), ("stopped", 1, "stopped")])
def test_ending_a_tag_run_flushes_and_keeps_the_status(tmp_path, code, status, said):
    script = (
        "import sys\nfrom textmine import _entry\n"
        "print('summary line', end='')\n"  # left in the buffer: _end must flush it
        f"_entry._end({code!r})\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == status and out.stdout == "summary line" and said in out.stderr
