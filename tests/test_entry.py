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
