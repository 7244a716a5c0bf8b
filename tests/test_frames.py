"""Output tables: fixed schemas, exact values, the wide panel view, cross-year findings."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest

from textmine.corpus import run
from textmine.frames import (
    TABLES,
    Frames,
    append_rows,
    cells_from_frame,
    columns,
    read_table,
    to_arrow,
    to_pandas,
    wide_cells,
)
from textmine.model import Cell


def _cell_row(rid, table, row, col, value, status="number", **extra):
    base = {name: None for name in columns("cells")}
    exact = None if value is None else str(value)
    base.update(report_id=rid, template="gov2021", table=table, row_key=row, col_key=col,
                value=None if value is None else float(value), value_exact=exact,
                raw="" if value is None else str(value), status=status, inferred=False)
    base.update(extra)
    return base


def test_empty_tables_keep_their_columns():
    frames = Frames()
    for name in TABLES:
        assert list(frames.table(name).columns) == columns(name)
        assert frames.table(name).empty


def test_rows_missing_columns_give_nulls_and_the_same_table():
    full = [_cell_row("r1", "二", "row1", "col1", 3), _cell_row("r1", "二", "row2", "col1", None, "blank")]
    partial = [{k: v for k, v in row.items() if v is not None} for row in full]
    assert to_arrow("cells", partial).equals(to_arrow("cells", full))
    assert to_arrow("cells", partial).column("value").to_pylist() == [3.0, None]
    assert to_arrow("cells", iter(full)).num_rows == 2
    assert to_arrow("cells", []).num_rows == 0


def test_nullable_integers_stay_integers():
    frame = to_pandas("sections", [{"report_id": "r", "section_id": 1, "parent_id": None, "level": 1}])
    assert str(frame["parent_id"].dtype) == "Int64" and frame["parent_id"].isna().all()


def test_cells_round_trip_exactly():
    rows = [
        _cell_row("a", "active", "fees", "amount", Decimal("7730.28"), unit="万元", start=3, end=10),
        _cell_row("a", "requests", "new_received", "total", 95),
        _cell_row("a", "requests", "carried_over", "total", None, status="blank"),
    ]
    cells = cells_from_frame(to_pandas("cells", rows))
    assert cells[0] == Cell("gov2021", "active", "fees", "amount", Decimal("7730.28"), "7730.28",
                            "number", unit="万元", start=3, end=10)
    assert cells[1].value == 95 and isinstance(cells[1].value, int)
    assert cells[2].value is None and cells[2].status == "blank"


def test_wide_view_one_row_per_report():
    rows = [
        _cell_row("a", "requests", "new_received", "total", 95),
        _cell_row("a", "requests", "carried_over", "total", None, status="blank"),
        _cell_row("b", "requests", "new_received", "total", 7),
        _cell_row("b", "stats", None, None, 3),
    ]
    wide = wide_cells(to_pandas("cells", rows))
    assert list(wide.index) == ["a", "b"]
    assert list(wide.columns) == ["requests.carried_over.total", "requests.new_received.total"]
    assert wide.loc["a", "requests.new_received.total"] == 95
    assert pd.isna(wide.loc["a", "requests.carried_over.total"])
    assert pd.isna(wide.loc["b", "requests.carried_over.total"])


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_append_rows_and_read_table(tmp_path, fmt):
    row = {name: None for name in columns("findings")}
    row.update(report_id="r", check_id="X", severity="warning", message="m", cells=["a.b.c"])
    append_rows(tmp_path, "findings", [row], format=fmt)
    append_rows(tmp_path, "findings", [dict(row, check_id="Y")], format=fmt)
    frame = read_table(tmp_path, "findings")
    assert list(frame["check_id"]) == ["X", "Y"]
    assert list(frame["cells"].iloc[0]) == ["a.b.c"]
    assert read_table(tmp_path, "cells") is None


def test_tag_adds_cross_year_findings(shared_corpus, tmp_path):
    # 平潭综合实验区管委会: 2011 (r001) and 2012 (r004); the 2012 历年累计 does not continue 2011's.
    run([shared_corpus / "texts" / "r001.txt", shared_corpus / "texts" / "r004.txt"], tmp_path / "o")
    findings = read_table(tmp_path / "o", "findings")
    assert "L-5" in set(findings["check_id"])
    alone = tmp_path / "alone"
    run([shared_corpus / "texts" / "r004.txt"], alone)
    assert "L-5" not in set(read_table(alone, "findings")["check_id"])


def _manifest_rows(n, start=0):
    return [{"path": f"f{i}.txt", "report_id": f"{i:016x}", "status": "ok", "message": "x" * (i % 7)}
            for i in range(start, start + n)]


def test_writer_buffers_batches_into_large_row_groups(tmp_path):
    import pyarrow.parquet as pq

    from textmine.frames import TableWriter

    with TableWriter(tmp_path / "big", tables=("manifest",)) as writer:
        for b in range(50):  # 50 batches of 64 files, as a corpus run writes them
            writer.write("manifest", _manifest_rows(64, 64 * b))
    meta = pq.ParquetFile(tmp_path / "big" / "manifest.parquet").metadata
    assert meta.num_row_groups == 1 and meta.num_rows == 3200
    with TableWriter(tmp_path / "small", tables=("manifest",), row_group_rows=1000) as writer:
        for b in range(50):
            writer.write("manifest", _manifest_rows(64, 64 * b))
    small = pq.ParquetFile(tmp_path / "small" / "manifest.parquet")
    sizes = [small.metadata.row_group(i).num_rows for i in range(small.metadata.num_row_groups)]
    assert sizes == [1024, 1024, 1024, 128]  # flushed as soon as 1000 rows were held
    assert small.read().equals(pq.read_table(tmp_path / "big" / "manifest.parquet"))
    assert list(read_table(tmp_path / "small", "manifest")["path"]) == [f"f{i}.txt" for i in range(3200)]


def test_writer_flushes_on_bytes_too(tmp_path):
    import pyarrow.parquet as pq

    from textmine.frames import TableWriter

    with TableWriter(tmp_path, tables=("texts",), row_group_bytes=50_000) as writer:
        for i in range(10):
            writer.write("texts", [{"report_id": str(i), "path": "p", "text": "政" * 10_000}])
    meta = pq.ParquetFile(tmp_path / "texts.parquet").metadata
    assert meta.num_rows == 10 and 3 <= meta.num_row_groups <= 5


def test_sections_table_lists_parts_before_their_sub_heads():
    """A sub-head that shares words with a later part (（一）主动公开 under 总体情况) is listed after
    every level-1 part; reading order is kept within a level and ``start`` gives it back."""
    import textmine
    from textmine.frames import report_rows

    text = (
        "某县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n全年主动公开信息120条。\n"
        "（二）依申请公开\n全年收到申请5件。\n二、主动公开政府信息情况\n略。\n三、存在的主要问题及改进情况\n略。\n"
    )
    rows = report_rows(textmine.read(text.encode("utf-8"), name="t.txt"))["sections"]
    levels = [r["level"] for r in rows]
    assert levels == sorted(levels)  # level by level
    ones = [r for r in rows if r["level"] == 1]
    assert [r["start"] for r in ones] == sorted(r["start"] for r in ones)  # reading order within a level
    titles = [r["title"] for r in rows]
    assert titles.index("主动公开政府信息情况") < titles.index("主动公开")
    assert sorted(r["start"] for r in rows) != [r["start"] for r in rows]  # not reading order overall


def test_a_report_text_given_as_a_path_is_a_clear_error():
    import textmine
    from textmine.errors import ReadError

    with pytest.raises(ReadError, match="line breaks"):
        textmine.read("一、总体情况\n全年主动公开信息120条。")
    with pytest.raises(FileNotFoundError):  # a one-line string is still a path
        textmine.read("no-such-report.txt")
