"""The Dask engine: the same per-document function on a cluster, the same tables."""

from __future__ import annotations

import hashlib

import pytest
from typer.testing import CliRunner

from textmine.cli import app
from textmine.corpus import run
from textmine.frames import TABLES, read_table

pytest.importorskip("distributed", reason="pip install 'textmine[dask]'")


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def _digests(out) -> dict[str, str]:
    digests = {}
    for name in TABLES:
        if name == "manifest":  # wall seconds per file differ between runs
            frame = read_table(out, name).drop(columns="seconds")
            digests[name] = hashlib.sha256(frame.to_csv(index=False).encode()).hexdigest()
        else:
            digests[name] = hashlib.sha256((out / f"{name}.parquet").read_bytes()).hexdigest()
    return digests


def test_dask_tables_equal_local_tables(cluster, shared_corpus, tmp_path):
    local = run([shared_corpus], tmp_path / "local")
    remote = run([shared_corpus], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    assert remote.files == local.files > 20 and remote.status == local.status
    assert _digests(tmp_path / "dask") == _digests(tmp_path / "local")
    assert len(read_table(tmp_path / "dask", "findings")) > 0


def test_cli_engine_dask_on_a_running_scheduler(cluster, bundled_corpus, tmp_path):
    result = CliRunner().invoke(app, ["tag", str(bundled_corpus), "-o", str(tmp_path / "o"), "--quiet",
                                      "--engine", "dask", "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    run([bundled_corpus], tmp_path / "local")
    assert _digests(tmp_path / "o") == _digests(tmp_path / "local")


def test_engine_usage_errors(bundled_corpus, tmp_path):
    runner = CliRunner()
    bad = runner.invoke(app, ["tag", str(bundled_corpus), "-o", str(tmp_path / "o"), "--engine", "spark"])
    assert bad.exit_code == 2 and "local or dask" in bad.output
    lone = runner.invoke(app, ["tag", str(bundled_corpus), "-o", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:1"])
    assert lone.exit_code == 2 and "--engine dask" in lone.output
    with pytest.raises(ValueError, match="engine must be 'local' or 'dask'"):
        run([bundled_corpus], tmp_path / "o", engine="ray")


def test_dask_map_keeps_order_across_partitions(cluster):
    from textmine.engines import dask_map

    jobs = list(range(37))
    assert list(dask_map(str, jobs, scheduler=cluster.scheduler_address, partition_size=3)) == [str(j) for j in jobs]
    assert list(dask_map(str, [], scheduler=cluster.scheduler_address)) == []


def test_missing_dask_names_the_extra(monkeypatch):
    import sys

    from textmine.engines import dask_map

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ImportError, match=r"pip install 'textmine\[dask\]'"):
        list(dask_map(str, [1]))
