"""Corpus runs: every input in the manifest, bad files recorded not fatal, deterministic bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from textmine.cli import app
from textmine.corpus import process_file, run, tag
from textmine.frames import TABLES, columns

BUNDLED = Path(__file__).resolve().parents[1] / "corpora"

REPORT = (
    "某县2020年政府信息公开工作年度报告\n\n"
    "一、总体情况\n2020年，我县主动公开政府信息1200条。\n\n"
    "二、主动公开政府信息情况\n全年召开新闻发布会5场。\n"
)


@pytest.fixture()
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "full.txt").write_bytes((BUNDLED / "qingshan-county-2019.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (folder / "index.html").write_text(
        "<html><head><title>首页</title></head><body><p>欢迎访问本站</p></body></html>",
        encoding="utf-8",
    )
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return folder


def test_every_input_appears_in_the_manifest(messy, tmp_path):
    summary = run([messy], tmp_path / "out")
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet")
    names = sorted(Path(p).name for p in manifest["path"])
    assert names == ["binary.txt", "empty.txt", "full.txt", "good.txt", "index.html", "scan.pdf"]
    assert [Path(p).name for p in summary.ignored] == ["notes.csv", "photo.jpg"]  # named, sorted
    status = dict(zip((Path(p).name for p in manifest["path"]), manifest["status"], strict=False))
    assert status["full.txt"] == "ok"
    assert status["good.txt"] == "warning"  # a report without a statistics table
    assert status["empty.txt"] == "error"
    assert status["binary.txt"] == "error"
    assert status["scan.pdf"] == "error"
    assert status["index.html"] == "warning"
    messages = dict(zip((Path(p).name for p in manifest["path"]), manifest["message"], strict=False))
    assert "empty" in messages["empty.txt"]
    assert "binary" in messages["binary.txt"]
    assert "damaged" in messages["scan.pdf"]  # a truncated PDF
    assert "no statistics table" in messages["good.txt"]
    assert "198 cells" in messages["full.txt"]
    assert all(str(messy) in p for p in manifest["path"])


def test_all_tables_written_with_contract_columns(messy, tmp_path):
    run([messy], tmp_path / "out")
    for name in TABLES:
        frame = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        assert list(frame.columns) == columns(name)
        for col in ("report_id", "textmine_version", "lexicon_version", "sha256"):
            assert col in frame.columns


def test_report_id_is_stable_for_the_same_bytes(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(REPORT, encoding="utf-8")
    b.write_text(REPORT, encoding="utf-8")
    ra, rb = process_file(a), process_file(b)
    assert ra.manifest["report_id"] == rb.manifest["report_id"]
    assert ra.manifest["report_id"] == hashlib.sha256(REPORT.encode()).hexdigest()[:16]


def test_the_same_bytes_under_two_paths_are_analysed_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    source = Path(__file__).resolve().parents[1] / "corpora" / "gaotai-2016.txt"
    for name in ("a.txt", "b.txt"):
        (folder / name).write_bytes(source.read_bytes())
    once = tag(source, timeout=None)
    twice = tag(folder, timeout=None)
    assert len(twice.manifest) == len(twice.reports) == 2  # one row per path
    for name in ("sections", "sentences", "facts", "cells", "items", "findings"):
        assert len(getattr(twice, name)) == len(getattr(once, name)), name  # not twice the rows
    run([folder], tmp_path / "out", workers=1)
    cells = pd.read_parquet(tmp_path / "out" / "cells.parquet")
    assert len(cells) == len(once.cells) and not cells.duplicated(["table", "row_key", "col_key"]).any()


def test_cross_year_findings_of_a_report_under_two_paths_once(shared_corpus, tmp_path):
    from textmine.corpus import cross_year_rows
    from textmine.frames import read_table

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("r001", "r004"):  # 平潭综合实验区 2011 and 2012: L-5 findings between them
        data = (shared_corpus / "texts" / f"{name}.txt").read_bytes()
        (folder / f"{name}-a.txt").write_bytes(data)
        (folder / f"{name}-b.txt").write_bytes(data)
    run([folder], tmp_path / "out", workers=1)
    findings = read_table(tmp_path / "out", "findings")
    cross = findings[findings["check_id"] == "L-5"]
    assert len(cross) and not cross.duplicated(["report_id", "message"]).any()
    again = cross_year_rows(read_table(tmp_path / "out", "reports"), read_table(tmp_path / "out", "cells"))
    assert sorted(r["message"] for r in again) == sorted(cross["message"])


def _digests(folder: Path) -> dict[str, str]:
    out = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith("manifest"):
            frame = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
            out[path.name] = hashlib.sha256(
                frame.drop(columns=["seconds"]).to_csv(index=False).encode()
            ).hexdigest()
        else:
            out[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_two_runs_give_identical_bytes(bundled_corpus, tmp_path, fmt):
    run([bundled_corpus], tmp_path / "one", format=fmt)
    run([bundled_corpus], tmp_path / "two", format=fmt)
    # The manifest's `seconds` column is wall time, the one non-deterministic value.
    assert _digests(tmp_path / "one") == _digests(tmp_path / "two")


def test_workers_do_not_change_the_output(bundled_corpus, tmp_path):
    run([bundled_corpus], tmp_path / "serial", workers=1)
    run([bundled_corpus], tmp_path / "pool", workers=2)
    assert _digests(tmp_path / "serial") == _digests(tmp_path / "pool")


def test_csv_has_bom_and_reads_back(messy, tmp_path):
    run([messy], tmp_path / "out", format="csv")
    raw = (tmp_path / "out" / "reports.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(tmp_path / "out" / "reports.csv", encoding="utf-8-sig")
    assert sorted(frame["year"].dropna()) == [2019, 2020]


def test_bundled_corpus_reads_without_errors(bundled_corpus):
    frames = tag([bundled_corpus])
    assert len(frames.manifest) >= 6
    assert (frames.manifest["status"] != "error").all(), frames.manifest[["path", "message"]]
    assert frames.reports["year"].notna().all()
    assert len(frames.sections) > 20 and len(frames.sentences) > 100


def test_shared_corpus_every_file_accounted_for(shared_corpus, tmp_path):
    summary = run([shared_corpus], tmp_path / "out")
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet")
    files = [p for p in shared_corpus.rglob("*") if p.is_file()]
    report_like = [
        p for p in files
        if p.suffix.lower() in {".txt", ".md", ".pdf", ".html", ".docx"} and p.stem != "README"
    ]
    assert len(manifest) == len(report_like)
    assert len(summary.ignored) == len(files) - len(report_like)
    texts = manifest[manifest["path"].str.contains("/texts/|/seed/")]
    assert (texts["status"] != "error").all(), texts[["path", "message"]]


class TestCli:
    runner = CliRunner()

    def test_exit_0_when_every_file_read(self, tmp_path):
        (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
        result = self.runner.invoke(app, ["tag", str(tmp_path / "r.txt"), "-o", str(tmp_path / "o")])
        assert result.exit_code == 0, result.output
        assert "1 files read" in result.output

    def test_exit_1_when_some_failed_but_rest_written(self, messy, tmp_path):
        result = self.runner.invoke(app, ["tag", str(messy), "-o", str(tmp_path / "o")])
        assert result.exit_code == 1
        assert "failed" in result.output
        assert len(pd.read_parquet(tmp_path / "o" / "reports.parquet")) >= 1

    def test_exit_2_on_usage_errors(self, tmp_path):
        missing = self.runner.invoke(app, ["tag", str(tmp_path / "nope"), "-o", str(tmp_path / "o")])
        assert missing.exit_code == 2
        bad_format = self.runner.invoke(
            app, ["tag", str(tmp_path), "-o", str(tmp_path / "o"), "--format", "xlsx"]
        )
        assert bad_format.exit_code == 2
        no_out = self.runner.invoke(app, ["tag", str(tmp_path)])
        assert no_out.exit_code == 2


def test_compare_command_writes_results(bundled_corpus, tmp_path):
    run([bundled_corpus], tmp_path / "out")
    runner = CliRunner()
    result = runner.invoke(
        app, ["compare", str(tmp_path / "out"), "--by", "template", "-o", str(tmp_path / "res")]
    )
    assert result.exit_code == 0, result.output
    emphasis = pd.read_csv(tmp_path / "res" / "emphasis.csv", encoding="utf-8-sig")
    assert set(emphasis["template"].dropna()) >= {"gov2021", "gov2019"}
    pairs = pd.read_csv(tmp_path / "res" / "similarity.csv", encoding="utf-8-sig")
    assert {"issuer_a", "year_a", "issuer_b", "year_b"} <= set(pairs.columns)
    assert pairs["issuer_a"].notna().all()
    assert (emphasis["share"].between(0, 1)).all()
    bad = runner.invoke(app, ["compare", str(tmp_path), "-o", str(tmp_path / "r2")])
    assert bad.exit_code == 2


class TestInspectCommands:
    runner = CliRunner()

    def test_facts_prints_a_table(self, bundled_corpus):
        result = self.runner.invoke(app, ["facts", str(bundled_corpus / "gaotai-2016.txt")])
        assert result.exit_code == 0, result.output
        assert "受理各类政务服务事项" in result.output and "140154" in result.output
        assert "三个必须" not in result.output

    def test_tables_shows_statuses(self, bundled_corpus):
        result = self.runner.invoke(app, ["tables", str(bundled_corpus / "gaotai-2016.txt")])
        assert result.exit_code == 0, result.output
        assert "template gov2014" in result.output
        assert "15689" in result.output and "·" in result.output  # the seed's blank cells

    def test_check_reports_the_seed_channel_inconsistency(self, bundled_corpus):
        result = self.runner.invoke(app, ["check", str(bundled_corpus / "gaotai-2016.txt")])
        assert result.exit_code == 0, result.output
        assert "P-8-max" in result.output

    def test_bad_files_exit_1(self, tmp_path):
        (tmp_path / "empty.txt").write_bytes(b"")
        for command in ("facts", "tables"):
            assert self.runner.invoke(app, [command, str(tmp_path / "empty.txt")]).exit_code == 1
        assert self.runner.invoke(app, ["check", str(tmp_path)]).exit_code == 1
        assert self.runner.invoke(app, ["facts", str(tmp_path / "nope.txt")]).exit_code == 2


def test_a_table_cut_off_mid_way_is_a_warning_naming_the_missing_cells(tmp_path):
    text = (BUNDLED / "qingshan-county-2019.txt").read_text(encoding="utf-8")
    cut = text.index("（五）不予处理")  # table 三 stops after （四）; tables 四 and the prose after go too
    path = tmp_path / "cut.txt"
    path.write_text(text[:cut], encoding="utf-8")
    result = process_file(path)
    assert result.manifest["status"] == "warning"
    assert "table requests" in result.manifest["message"] and "missing" in result.manifest["message"]
    cells = {(r["table"], r["row_key"], r["col_key"]): r["status"] for r in result.rows["cells"]}
    assert cells[("requests", "rejected_repeat", "total")] == "missing"
    assert cells[("requests", "granted", "total")] == "number"


class TestUsageErrors:
    runner = CliRunner()

    def test_empty_folder_is_not_a_success(self, tmp_path):
        (tmp_path / "in").mkdir()
        (tmp_path / "in" / "photo.jpg").write_bytes(b"\xff\xd8")
        result = self.runner.invoke(app, ["tag", str(tmp_path / "in"), "-o", str(tmp_path / "o")])
        assert result.exit_code == 1 and "no report files" in result.output
        assert self.runner.invoke(app, ["check", str(tmp_path / "in")]).exit_code == 1

    def test_out_must_not_be_a_file_and_inputs_must_be_files(self, tmp_path, bundled_corpus):
        target = tmp_path / "x.txt"
        target.write_text("keep me", encoding="utf-8")
        result = self.runner.invoke(app, ["tag", str(bundled_corpus), "-o", str(target)])
        assert result.exit_code == 2 and target.read_text(encoding="utf-8") == "keep me"
        assert self.runner.invoke(app, ["facts", str(bundled_corpus)]).exit_code == 2

    def test_compare_rejects_unknown_grouping_and_empty_output(self, tmp_path, bundled_corpus):
        run([bundled_corpus / "gaotai-2016.txt"], tmp_path / "o")
        bad = self.runner.invoke(app, ["compare", str(tmp_path / "o"), "--by", "foo", "-o", str(tmp_path / "r")])
        assert bad.exit_code == 2 and "not a column" in bad.output
        assert not (tmp_path / "r").exists()
        (tmp_path / "none").mkdir()
        run([tmp_path / "none"], tmp_path / "o2")
        empty = self.runner.invoke(app, ["compare", str(tmp_path / "o2"), "-o", str(tmp_path / "r2")])
        assert empty.exit_code == 1


def test_stale_tables_of_another_format_are_removed(bundled_corpus, tmp_path):
    run([bundled_corpus / "gaotai-2016.txt"], tmp_path / "o")
    run([bundled_corpus / "qingshan-county-2019.txt"], tmp_path / "o", format="csv")
    assert not list((tmp_path / "o").glob("*.parquet"))
    reports = pd.read_csv(tmp_path / "o" / "reports.csv", encoding="utf-8-sig")
    assert list(reports["year"]) == [2019]


def test_api_tag_includes_cross_year_findings(shared_corpus):
    from textmine.corpus import tag as tag_frames

    files = [shared_corpus / "texts" / "r001.txt", shared_corpus / "texts" / "r004.txt"]
    assert "L-5" in set(tag_frames(files).findings["check_id"])
    assert "L-5" not in set(tag_frames(files, cross_year=False).findings["check_id"])


def test_manifest_message_does_not_repeat_the_path(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    row = process_file(tmp_path / "empty.txt").manifest
    assert row["message"].startswith("empty file") and str(tmp_path) not in row["message"]


def test_texts_table_holds_what_every_span_points_into(bundled_corpus, tmp_path):
    run([bundled_corpus], tmp_path / "plain")
    assert not (tmp_path / "plain" / "texts.parquet").exists()
    run([bundled_corpus], tmp_path / "o", texts=True)
    texts = pd.read_parquet(tmp_path / "o" / "texts.parquet").set_index("report_id")["text"]
    for table in ("sentences", "facts"):
        frame = pd.read_parquet(tmp_path / "o" / f"{table}.parquet")
        assert all(texts[r.report_id][r.start : r.end] == r.text for r in frame.itertuples())
    cells = pd.read_parquet(tmp_path / "o" / "cells.parquet").dropna(subset=["start"])
    assert all(texts[r.report_id][int(r.start) : int(r.end)].strip() == r.raw.strip() for r in cells.itertuples())


def test_a_worker_sends_the_optional_tables_only_when_the_run_writes_them(tmp_path):
    from textmine.corpus import Options

    path = tmp_path / "a.txt"
    path.write_text("某县2020年政府信息公开工作年度报告\n一、总体情况\n主动公开信息5条。", encoding="utf-8")
    kept = process_file(path)  # the library default: every table's rows
    spared = process_file(path, options=Options(optional=False))
    assert kept.rows["texts"][0]["text"].startswith("某县2020年")
    assert "texts" not in spared.rows
    assert {k: v for k, v in kept.rows.items() if k != "texts"} == spared.rows


@pytest.mark.parametrize("texts", [False, True])
def test_the_texts_table_is_written_with_workers_only_when_asked(bundled_corpus, tmp_path, texts):
    run([bundled_corpus], tmp_path / "out", workers=2, texts=texts)
    assert (tmp_path / "out" / "texts.parquet").exists() is texts
    if texts:
        frame = pd.read_parquet(tmp_path / "out" / "texts.parquet")
        assert len(frame) == len(pd.read_parquet(tmp_path / "out" / "reports.parquet")) > 0


def test_iter_results_gives_each_input_in_order_in_this_process_or_in_workers(tmp_path):
    from textmine.corpus import iter_results

    paths = []
    for k in range(3):
        path = tmp_path / f"{k}.txt"
        path.write_text(f"某县{2019 + k}年政府信息公开工作年度报告\n一、总体情况\n主动公开信息{k + 5}条。", encoding="utf-8")
        paths.append(path)
    alone = [r.manifest["path"] for r in iter_results(paths)]
    assert alone == [p.as_posix() for p in paths]
    pooled = list(iter_results(paths, workers=2, timeout=60))
    assert [r.manifest["path"] for r in pooled] == alone
    assert [r.rows["reports"][0]["year"] for r in pooled] == [2019, 2020, 2021]


def test_an_in_process_run_never_imports_pandas_and_writes_what_workers_write(bundled_corpus, tmp_path):
    import subprocess
    import sys

    # one worker without a time limit runs in this process: its rows are packed as a worker's are
    # (pyarrow.array would import pandas, a third of a second of CPU)
    code = (
        "import sys; from textmine.corpus import run;"
        f"run([{str(bundled_corpus)!r}], {str(tmp_path / 'alone')!r}, workers=1, timeout=None);"
        "print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
    run([bundled_corpus], tmp_path / "pool", workers=2)
    assert _digests(tmp_path / "alone") == _digests(tmp_path / "pool")


def test_a_csv_run_in_process_writes_rows_as_before(bundled_corpus, tmp_path):
    run([bundled_corpus], tmp_path / "alone", format="csv", workers=1, timeout=None)
    run([bundled_corpus], tmp_path / "pool", format="csv", workers=2)
    assert _digests(tmp_path / "alone") == _digests(tmp_path / "pool")


def test_a_snapshot_of_the_queued_rows_leaves_the_written_file_the_same(tmp_path):
    from textmine.corpus import _Pending
    from textmine.frames import TableWriter

    first = [{"path": f"{k}.txt", "status": "ok", "bytes": k} for k in range(3)]
    later = [{"path": "late.txt", "status": "warning", "message": "缺表"}]
    for name, snapshot in (("plain", False), ("snapped", True)):
        with TableWriter(tmp_path / name, tables=("manifest",), packed=True) as writer:
            pending = _Pending(("manifest",), packed=True)
            pending.add("manifest", first)
            if snapshot:
                assert pending.snapshot()["manifest"].num_rows == 3
            pending.add("manifest", later)
            pending.flush(writer)
            assert pending.snapshot() == {}  # written: nothing queued
    assert (tmp_path / "plain" / "manifest.parquet").read_bytes() == (tmp_path / "snapped" / "manifest.parquet").read_bytes()


def test_a_run_freezes_what_it_loaded_only_for_its_length(tmp_path):
    import gc

    from textmine import corpus

    seen = []
    original = corpus._take

    def take(*args):  # the frozen count while the run takes its second input
        seen.append(gc.get_freeze_count())
        return original(*args)

    # an earlier test of this process may have imported the fork server's warm-up, which freezes
    # what it loaded (textmine._warm): start from nothing frozen, as a fresh process does
    was_frozen = gc.get_freeze_count()
    gc.unfreeze()
    corpus._take = take
    try:
        run([BUNDLED], tmp_path / "out", workers=1, timeout=None)
        after = gc.get_freeze_count()
    finally:
        corpus._take = original
        if was_frozen:
            gc.freeze()
    assert seen[0] == 0 and seen[1] > 0  # frozen once the first input is in
    assert after == 0  # and given back to the collector at the end


def test_a_run_leaves_what_the_caller_froze_frozen(tmp_path):
    import gc

    gc.freeze()
    try:
        assert gc.get_freeze_count() > 0
        run([BUNDLED / "gaotai-2016.txt"], tmp_path / "out", workers=1, timeout=None)
        assert gc.get_freeze_count() > 0  # not given back (an unfreeze would leave none)
    finally:
        gc.unfreeze()
