"""Plumbing of the scale work: the segmenter choice on the command line, the benchmark corpus."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from textmine.cli import app
from textmine.corpus import run


def test_compare_with_rjieba_writes_the_same_tables(bundled_corpus, tmp_path):
    pytest.importorskip("rjieba", reason="pip install 'textmine[fast]'")
    run([bundled_corpus], tmp_path / "out")
    runner = CliRunner()
    outputs = {}
    for name in ("jieba", "rjieba"):
        result = runner.invoke(app, ["compare", str(tmp_path / "out"), "--by", "template", "--level", "word",
                                     "--segmenter", name, "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        outputs[name] = {t: (tmp_path / name / f"{t}.csv").read_bytes() for t in ("keyness", "similarity")}
    assert outputs["jieba"] == outputs["rjieba"]
    assert len(outputs["jieba"]["keyness"].splitlines()) > 10  # word keyness was computed


def test_unknown_segmenter_is_a_usage_error(bundled_corpus, tmp_path):
    run([bundled_corpus / "gaotai-2016.txt"], tmp_path / "out")
    result = CliRunner().invoke(app, ["compare", str(tmp_path / "out"), "--segmenter", "thulac", "-o", str(tmp_path / "r")])
    assert result.exit_code == 2 and "jieba, rjieba" in result.output


def test_bench_copies_are_distinct_reports_of_distinct_bodies(shared_corpus, tmp_path):
    """bench/scale.py: copy k renames the places, so k bodies each carry the real panel."""
    import importlib.util
    from pathlib import Path

    import textmine

    spec = importlib.util.spec_from_file_location("scale", Path(__file__).parents[1] / "bench" / "scale.py")
    scale = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scale)
    texts = scale.build(tmp_path, scale=3)
    assert len(set(texts)) == len(texts) == 3 * len(list((shared_corpus / "texts").iterdir()))
    issuers = {textmine.read(p).meta.issuer for p in sorted(tmp_path.glob("r001-*"))}
    assert len(issuers) == 3 and None not in issuers
    (tmp_path / "y").mkdir()
    shifted = scale.build(tmp_path / "y", scale=2, vary="year")
    assert textmine.read(tmp_path / "y" / "r001-001.txt").meta.year == 1 + textmine.read(tmp_path / "y" / "r001-000.txt").meta.year
    assert shifted[0] != shifted[1]
