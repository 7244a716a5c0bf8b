"""Rows sent as columns (Options.columnar): the same files as rows, the parent only joins them."""

from __future__ import annotations

import hashlib
from pathlib import Path

from textmine.corpus import Input, Options, _Pending, process_input
from textmine.frames import TableWriter, column_names, pack_columns, report_rows, table_columns
from textmine.pipeline import read

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "qingshan-county-2019.txt"  # a 2019-format report: its rows carry over


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_table_columns_fill_missing_keys_and_keep_schema_order():
    names = column_names("manifest")
    cols = table_columns("manifest", [{"path": "a"}, {"path": "b", "status": "ok"}])
    assert len(cols) == len(names)
    assert list(cols[names.index("path")]) == ["a", "b"]
    assert list(cols[names.index("status")]) == [None, "ok"]
    assert table_columns("manifest", []) == [() for _ in names]


def test_columns_write_the_same_parquet_bytes_as_rows(tmp_path):
    rows = report_rows(read(SAMPLE))
    with TableWriter(tmp_path / "rows") as writer:
        for name, table in rows.items():
            if name in writer.tables:
                writer.write(name, table)
                writer.write(name, table)
    with TableWriter(tmp_path / "cols") as writer:
        for name, table in rows.items():
            if name in writer.tables:
                joined = [list(a) + list(b) for a, b in zip(table_columns(name, table), table_columns(name, table), strict=True)]
                writer.write_columns(name, joined)
    for path in (tmp_path / "rows").iterdir():
        assert _digest(path) == _digest(tmp_path / "cols" / path.name), path.name


def test_pending_joins_rows_and_columns_in_order(tmp_path):
    rows = report_rows(read(SAMPLE))["sections"]
    assert len(rows) > 2
    pending = _Pending(("sections",))
    pending.add("sections", rows[:1])
    pending.add("sections", table_columns("sections", rows[1:]), columns=True)
    pending.add("sections", [])  # nothing queued
    with TableWriter(tmp_path / "a", tables=("sections",)) as writer:
        pending.flush(writer)
        pending.flush(writer)  # flushed once: a second flush writes nothing
    with TableWriter(tmp_path / "b", tables=("sections",)) as writer:
        writer.write("sections", rows)
    assert _digest(tmp_path / "a" / "sections.parquet") == _digest(tmp_path / "b" / "sections.parquet")
    assert writer.counts["sections"] == len(rows)


def test_a_columnar_result_keeps_what_the_parent_weighs():
    inp = Input(path=str(SAMPLE), display=SAMPLE.as_posix())
    plain = process_input(inp, options=Options())
    sent = process_input(inp, options=Options(columnar=True, compact=True))
    assert sent.columns is not None and plain.columns is None
    for name, table in plain.rows.items():
        assert sent.columns[name] == pack_columns(name, table_columns(name, table))
    assert sent.rows["reports"] == plain.rows["reports"]
    # only the cells the year evidence keeps or asks about travel as rows
    assert 0 < len(sent.rows["cells"]) < len(plain.rows["cells"])
    assert set(sent.rows) == {"reports", "cells"}
    assert sent.compact is not None
