"""Tidy output tables: the one place that knows the column names of SCHEMA.md §4.

Every table has ``report_id``, ``sha256``, ``textmine_version`` and ``lexicon_version``; every
row that comes from text carries its ``start``/``end`` span into the report's normalised text.
Schemas are fixed Arrow schemas, so an empty table still has its columns and types, and the
same input always gives the same bytes.

Example:
    >>> from textmine.frames import TABLES
    >>> TABLES[0], TABLES[-1]
    ('manifest', 'findings')
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textmine._version import __version__
from textmine.model import Report

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

    from textmine.packed import Packed

#: Output tables in the order they are written.
TABLES: tuple[str, ...] = (
    "manifest",
    "reports",
    "sections",
    "sentences",
    "facts",
    "cells",
    "items",
    "findings",
)

#: Tables written only on request (``textmine tag --texts``): the normalised text every span
#: points into, one row per report.
OPTIONAL_TABLES: tuple[str, ...] = ("texts",)

_VERSION_COLUMNS = (("sha256", "string"), ("textmine_version", "string"), ("lexicon_version", "string"))

#: Column names and Arrow types of each table (before the version columns).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "manifest": (
        ("path", "string"),
        ("report_id", "string"),
        ("status", "string"),
        ("message", "string"),
        ("format", "string"),
        ("encoding", "string"),
        ("bytes", "int64"),
        ("seconds", "float64"),
    ),
    "reports": (
        ("report_id", "string"),
        ("path", "string"),
        ("title", "string"),
        ("issuer", "string"),
        ("admin_level", "string"),
        ("province", "string"),
        ("city", "string"),
        ("county", "string"),
        ("year", "int64"),
        ("published", "string"),
        ("template", "string"),
        ("chars", "int64"),
        ("sections", "int64"),
        ("sentences", "int64"),
        ("meta_source", "string"),
        ("source_title", "string"),
        ("source_date", "string"),
        ("source_url", "string"),
    ),
    "sections": (
        ("report_id", "string"),
        ("section_id", "int64"),
        ("parent_id", "int64"),
        ("level", "int64"),
        ("number", "string"),
        ("title", "string"),
        ("kind", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("heading_end", "int64"),
        ("page", "int64"),
    ),
    "sentences": (
        ("report_id", "string"),
        ("sentence_id", "int64"),
        ("section_id", "int64"),
        ("kind", "string"),
        ("text", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("themes", "list<string>"),
        ("page", "int64"),
    ),
    "facts": (
        ("report_id", "string"),
        ("fact_id", "int64"),
        ("sentence_id", "int64"),
        ("value", "float64"),
        ("value_exact", "string"),
        ("upper", "float64"),
        ("unit", "string"),
        ("qualifier", "string"),
        ("change", "string"),
        ("counted", "string"),
        ("indicator", "string"),
        ("text", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("page", "int64"),
    ),
    "cells": (
        ("report_id", "string"),
        ("template", "string"),
        ("table", "string"),
        ("row_key", "string"),
        ("col_key", "string"),
        ("value", "float64"),
        ("value_exact", "string"),
        ("raw", "string"),
        ("status", "string"),
        ("unit", "string"),
        ("label", "string"),
        ("inferred", "bool"),
        ("note", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("grid_row", "int64"),
        ("grid_col", "int64"),
        ("page", "int64"),
    ),
    "items": (
        ("report_id", "string"),
        ("item_id", "int64"),
        ("section_id", "int64"),
        ("kind", "string"),
        ("text", "string"),
        ("themes", "list<string>"),
        ("concrete", "bool"),
        ("start", "int64"),
        ("end", "int64"),
    ),
    "texts": (
        ("report_id", "string"),
        ("path", "string"),
        ("text", "string"),
    ),
    "findings": (
        ("report_id", "string"),
        ("check_id", "string"),
        ("severity", "string"),
        ("message", "string"),
        ("expected", "string"),
        ("found", "string"),
        ("cells", "list<string>"),
        ("start", "int64"),
        ("end", "int64"),
    ),
}


def columns(table: str) -> list[str]:
    """Column names of ``table`` in output order.

    Raises:
        KeyError: ``table`` is not one of :data:`TABLES`.
    """
    return [name for name, _ in COLUMNS[table] + _VERSION_COLUMNS]


def arrow_schema(table: str) -> pa.Schema:
    """The fixed Arrow schema of ``table``."""
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "list<string>": pa.list_(pa.string()),
    }
    return pa.schema([(name, types[t]) for name, t in COLUMNS[table] + _VERSION_COLUMNS])


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def _exact(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return str(value)


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return _exact(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def lexicon_version() -> str:
    """The lexicon version stamped on every row (see :func:`textmine.lexicons.lexicon_version`)."""
    from textmine import lexicons

    return lexicons.lexicon_version()


def outline_order(sections: Sequence[Any]) -> list[Any]:
    """Sections in the order the ``sections`` table lists them: the outline level by level (every
    level-1 part in reading order, then every level-2 sub-head, …), so that a report's parts come
    first and a sub-head never stands before the part it only shares words with (under 总体情况,
    （一）主动公开 before 二、主动公开政府信息情况). ``start`` gives reading order back.

    >>> from types import SimpleNamespace as S
    >>> parts = [S(level=1, start=0), S(level=2, start=5), S(level=1, start=9)]
    >>> [(s.level, s.start) for s in outline_order(parts)]
    [(1, 0), (1, 9), (2, 5)]
    """
    return sorted(sections, key=lambda s: (s.level, s.start))


def report_rows(report: Report, *, path: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """All output rows of one report, by table (``manifest`` excluded).

    Example:
        >>> rows = report_rows(report)  # doctest: +SKIP
        >>> rows["sections"][0]["kind"]  # doctest: +SKIP
        'measures'
    """
    rid = report.report_id
    doc = report.document
    stamp = {
        "sha256": doc.sha256,
        "textmine_version": __version__,
        "lexicon_version": lexicon_version(),
    }
    meta = report.meta
    page = doc.page_of
    out: dict[str, list[dict[str, Any]]] = {
        name: [] for name in TABLES + OPTIONAL_TABLES if name != "manifest"
    }
    out["texts"].append(
        {"report_id": rid, "path": path if path is not None else doc.path, "text": doc.text, **stamp}
    )
    out["reports"].append(
        {
            "report_id": rid,
            "path": path if path is not None else doc.path,
            "title": meta.title,
            "issuer": meta.issuer,
            "admin_level": meta.admin_level,
            "province": meta.province,
            "city": meta.city,
            "county": meta.county,
            "year": meta.year,
            "published": meta.published,
            "template": meta.template,
            "chars": len(doc.text),
            "sections": len(report.sections),
            "sentences": len(report.sentences),
            "meta_source": "crawl" if {"title", "date", "issuer"} & doc.source.keys() else "text",
            "source_title": doc.source.get("title"),
            "source_date": doc.source.get("date"),
            "source_url": doc.source.get("url"),
            **stamp,
        }
    )
    for s in outline_order(report.sections):
        out["sections"].append(
            {
                "report_id": rid,
                "section_id": s.section_id,
                "parent_id": s.parent_id,
                "level": s.level,
                "number": s.number,
                "title": s.title,
                "kind": s.kind,
                "start": s.start,
                "end": s.end,
                "heading_end": s.heading_end,
                "page": page(s.start),
                **stamp,
            }
        )
    for s in report.sentences:
        out["sentences"].append(
            {
                "report_id": rid,
                "sentence_id": s.sentence_id,
                "section_id": s.section_id,
                "kind": s.kind,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "themes": list(s.themes),
                "page": page(s.start),
                **stamp,
            }
        )
    for f in report.fact_records:
        out["facts"].append(
            {
                "report_id": rid,
                "fact_id": f.fact_id,
                "sentence_id": f.sentence_id,
                "value": _number(f.value),
                "value_exact": _exact(f.value),
                "upper": _number(f.upper),
                "unit": f.unit,
                "qualifier": f.qualifier,
                "change": f.change,
                "counted": f.counted,
                "indicator": f.indicator,
                "text": f.text,
                "start": f.start,
                "end": f.end,
                "page": page(f.start),
                **stamp,
            }
        )
    for c in report.cell_records:
        out["cells"].append(
            {
                "report_id": rid,
                "template": c.template,
                "table": c.table,
                "row_key": c.row_key,
                "col_key": c.col_key,
                "value": _number(c.value),
                "value_exact": _exact(c.value),
                "raw": c.raw,
                "status": c.status,
                "unit": c.unit,
                "label": c.label,
                "inferred": bool(c.inferred),
                "note": c.note,
                "start": c.start,
                "end": c.end,
                "grid_row": c.grid_row,
                "grid_col": c.grid_col,
                "page": page(c.start) if c.start is not None else None,
                **stamp,
            }
        )
    for it in report.item_records:
        out["items"].append(
            {
                "report_id": rid,
                "item_id": it.item_id,
                "section_id": it.section_id,
                "kind": it.kind,
                "text": it.text,
                "themes": list(it.themes),
                "concrete": bool(it.concrete),
                "start": it.start,
                "end": it.end,
                **stamp,
            }
        )
    for fd in report.finding_records:
        out["findings"].append(finding_row(rid, fd, stamp))
    return out


def finding_row(report_id: str, finding: Any, stamp: Mapping[str, Any]) -> dict[str, Any]:
    """The ``findings`` row of one :class:`~textmine.model.Finding`; ``stamp`` holds the
    ``sha256``/``textmine_version``/``lexicon_version`` columns."""
    return {
        "report_id": report_id,
        "check_id": finding.check_id,
        "severity": finding.severity,
        "message": finding.message,
        "expected": _json(finding.expected),
        "found": _json(finding.found),
        "cells": list(finding.cells),
        "start": finding.start,
        "end": finding.end,
        **stamp,
    }


def read_table(out_dir: str | Path, name: str) -> pd.DataFrame | None:
    """Read table ``name`` that ``textmine tag`` wrote to ``out_dir`` (Parquet or CSV).

    Returns ``None`` when the folder holds no such table.
    """
    import pandas as pd

    out = Path(out_dir)
    for ext in (".parquet", ".csv"):
        path = out / (name + ext)
        if path.exists():
            if ext == ".parquet":
                return pd.read_parquet(path)
            frame = pd.read_csv(path, encoding="utf-8-sig")
            for col, kind in COLUMNS[name]:
                if kind == "list<string>" and col in frame:
                    frame[col] = [json.loads(v) if isinstance(v, str) else [] for v in frame[col]]
            return frame
    return None


def column_names(table: str) -> tuple[str, ...]:
    """The column names of ``table`` in the order of its schema (without importing pyarrow).

    Example:
        >>> column_names("manifest")[:2]
        ('path', 'report_id')
    """
    return tuple(name for name, _ in COLUMNS[table] + _VERSION_COLUMNS)


def table_columns(table: str, rows: Iterable[Mapping[str, Any]]) -> list[Sequence[Any]]:
    """Rows of ``table`` as its columns (one sequence of values per column, in schema order),
    what :func:`to_arrow` turns into Arrow arrays; a key a row leaves out is a missing value.
    The columns of two lists of rows, joined column by column, are the columns of the joined
    rows: a worker process turns its rows into columns, the writing process only joins them.

    Example:
        >>> table_columns("manifest", [{"path": "a.txt"}])[:2]
        [['a.txt'], [None]]
    """
    rows = rows if isinstance(rows, list) else list(rows)
    names = column_names(table)
    try:
        # the rows' values as columns in one C-level pass (every row builder writes every key)
        return list(zip(*map(itemgetter(*names), rows), strict=True)) if rows else [() for _ in names]
    except KeyError:  # rows from elsewhere (a caller's own dicts) may leave columns out
        return [[row.get(name) for row in rows] for name in names]


def columns_to_arrow(table: str, columns: Sequence[Sequence[Any]]) -> pa.Table:
    """Columns of ``table`` (:func:`table_columns`) as an Arrow table with the fixed schema."""
    import pyarrow as pa

    schema = arrow_schema(table)
    arrays = [pa.array(column, type=f.type) for column, f in zip(columns, schema, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)


def column_kinds(table: str) -> tuple[str, ...]:
    """The types of the columns of ``table`` (``string``, ``int64`` …), in schema order."""
    return tuple(kind for _, kind in COLUMNS[table] + _VERSION_COLUMNS)


def pack_columns(table: str, columns: Sequence[Sequence[Any]]) -> Packed:
    """Columns of ``table`` (:func:`table_columns`) packed as Arrow buffers without pyarrow
    (:func:`textmine.packed.pack`): what a worker process sends for the writing process to
    turn into Arrow arrays without converting a value (:func:`packed_to_arrow`).

    Example:
        >>> n, packed = pack_columns("manifest", table_columns("manifest", [{"path": "a.txt"}]))
        >>> n, packed[0][0]
        (1, 'r')
    """
    from textmine.packed import pack

    return pack(column_kinds(table), columns)


def packed_to_arrow(table: str, parts: Sequence[Packed]) -> pa.Table:
    """Packed columns of ``table`` (:func:`pack_columns`), joined in order, as an Arrow table
    with the fixed schema: the same table as :func:`columns_to_arrow` of the joined columns
    (one chunk per column), built without ``pyarrow.array`` (which imports pandas)."""
    import pyarrow as pa

    from textmine.packed import unpack

    return pa.Table.from_arrays(unpack(column_kinds(table), parts), schema=arrow_schema(table))


def to_arrow(table: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Rows of ``table`` as an Arrow table with the fixed schema."""
    return columns_to_arrow(table, table_columns(table, rows))


def to_pandas(table: str, rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Rows of ``table`` as a DataFrame with nullable integer columns."""
    import pandas as pd

    arrow = to_arrow(table, rows)
    return arrow.to_pandas(
        types_mapper={
            __import__("pyarrow").int64(): pd.Int64Dtype(),
            __import__("pyarrow").bool_(): pd.BooleanDtype(),
        }.get
    )


@dataclass
class Frames:
    """The output tables as DataFrames (one attribute-like entry per table of SCHEMA.md §4).

    Example:
        >>> frames = textmine.tag(["corpora/"])  # doctest: +SKIP
        >>> frames.reports[["issuer", "year"]]  # doctest: +SKIP
    """

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def table(self, name: str) -> pd.DataFrame:
        """The DataFrame of table ``name`` (empty with the right columns when no rows)."""
        if name not in self.tables:
            self.tables[name] = to_pandas(name, [])
        return self.tables[name]

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name in TABLES:
            return self.table(name)
        raise AttributeError(name)

    @classmethod
    def from_rows(cls, rows: Mapping[str, list[dict[str, Any]]]) -> Frames:
        """Build frames from rows by table name."""
        return cls({name: to_pandas(name, rows.get(name, [])) for name in TABLES})


def report_frames(report: Report) -> Frames:
    """The output tables of one report (no ``manifest``)."""
    return Frames.from_rows(report_rows(report))


def _write_csv(path: Path, table: str, rows: list[dict[str, Any]], *, append: bool) -> None:
    """Write (or append) rows as CSV; a new file starts with a UTF-8 BOM and the header."""
    frame = to_pandas(table, rows)
    for name, kind in COLUMNS[table]:
        if kind == "list<string>":
            frame[name] = [json.dumps(list(v), ensure_ascii=False) for v in frame[name]]
    frame.to_csv(
        path,
        mode="a" if append else "w",
        header=not append,
        index=False,
        encoding="utf-8" if append else "utf-8-sig",
        lineterminator="\n",
    )


def append_rows(out_dir: str | Path, table: str, rows: list[dict[str, Any]], *, format: str) -> None:
    """Append rows to a table that a finished :class:`TableWriter` wrote."""
    path = Path(out_dir) / f"{table}.{format}"
    if format == "csv":
        _write_csv(path, table, rows, append=path.exists())
        return
    import pyarrow as pa
    import pyarrow.parquet as pq

    parts = [pq.read_table(path)] if path.exists() else []
    pq.write_table(pa.concat_tables([*parts, to_arrow(table, rows)]), path)


#: A Parquet row group is written once a table has buffered this many rows …
ROW_GROUP_ROWS = 50_000
#: … or this many bytes of Arrow data, whichever comes first. Small enough that the buffers
#: of all tables together stay a few MB (memory flat), large enough that a national corpus
#: gives thousands of row groups, not hundreds of thousands (footer and writer metadata).
ROW_GROUP_BYTES = 2 * 1024 * 1024


class TableWriter:
    """Streams rows of every table to ``out_dir`` as Parquet or CSV (UTF-8 with BOM).

    Rows are appended in batches, so memory stays flat however large the corpus: Parquet
    rows are buffered per table as Arrow data and written as one row group whenever a table
    holds :data:`ROW_GROUP_ROWS` rows or :data:`ROW_GROUP_BYTES` bytes (few, large row groups
    keep the file footer and the writer's metadata small), CSV rows are appended at once.
    Table files an earlier run left in ``out_dir`` (Parquet or CSV) are removed first. Call
    :meth:`close` (or use it as a context manager) to finish the files.

    With a ``journal`` folder (Parquet only), a killed run loses no written input: rows are
    kept as Arrow chunks and each :meth:`checkpoint` saves those since the last one as a
    segment (one Arrow IPC file per table, made visible by one atomic rename of its folder:
    a segment exists whole or not at all; :func:`read_segments` reads them back). The same
    chunks go on into the Parquet files as they come, cut into the same row groups as without
    a journal (the same bytes), under a hidden name (``.cells.parquet.part``) that :meth:`close`
    renames once the file is whole: a killed run leaves no table that cannot be read, and the
    end of a run does not encode every table at once. The journal is left to its owner to remove.

    Example:
        >>> with TableWriter("out") as writer:  # doctest: +SKIP
        ...     writer.write("manifest", [{"path": "a.txt", "status": "ok"}])
    """

    def __init__(
        self,
        out_dir: str | Path,
        *,
        format: str = "parquet",
        tables: tuple[str, ...] = TABLES,
        row_group_rows: int = ROW_GROUP_ROWS,
        row_group_bytes: int = ROW_GROUP_BYTES,
        journal: str | Path | None = None,
        packed: bool = False,
    ) -> None:
        if format not in ("parquet", "csv"):
            raise ValueError(f"format must be 'parquet' or 'csv', got {format!r}")
        self.out_dir = Path(out_dir)
        self.format = format
        self.tables = tables
        self.row_group_rows = row_group_rows
        self.row_group_bytes = row_group_bytes
        #: rows become Arrow data through :func:`pack_columns` (as the workers' columns do),
        #: not ``pyarrow.array``: the same files, and this process never imports pandas
        self.packed = packed
        self.out_dir.mkdir(parents=True, exist_ok=True)
        for table in TABLES + OPTIONAL_TABLES:  # an earlier run's tables would be read as ours
            for ext in ("parquet", "csv"):
                (self.out_dir / f"{table}.{ext}").unlink(missing_ok=True)
            self._part(table).unlink(missing_ok=True)  # what a killed run was writing
        self._writers: dict[str, Any] = {}
        self._buffers: dict[str, list[Any]] = {}
        self._buffered: dict[str, tuple[int, int]] = {}  # rows, bytes
        self.counts: dict[str, int] = {name: 0 for name in tables}
        #: the folder of the run's segments (Parquet only), and the chunks not yet in one
        self.journal = Path(journal) if journal is not None and format == "parquet" else None
        self._segment: dict[str, list[Any]] = {}
        self._segments = 0

    def path(self, table: str) -> Path:
        return self.out_dir / f"{table}.{self.format}"

    def _part(self, table: str) -> Path:
        """Where a journaled run writes the Parquet file of ``table`` until :meth:`close`."""
        return self.out_dir / f".{table}.parquet.part"

    def write(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Append ``rows`` to ``table``."""
        if self.format == "csv":
            self.counts[table] += len(rows)
            first = table not in self._writers
            self._writers[table] = True
            _write_csv(self.path(table), table, rows, append=not first)
            return
        if self.packed:
            self.write_packed(table, [pack_columns(table, table_columns(table, rows))])
            return
        self._append(table, to_arrow(table, rows))

    def write_columns(self, table: str, columns: Sequence[Sequence[Any]]) -> None:
        """Append the rows of ``columns`` (:func:`table_columns`) to ``table``: the same file
        as :meth:`write` of those rows, without turning rows into columns here."""
        if self.format == "csv":
            names = column_names(table)
            self.write(table, [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)])
            return
        self._append(table, columns_to_arrow(table, columns))

    def write_packed(self, table: str, parts: Sequence[Packed]) -> None:
        """Append the rows of packed columns (:func:`pack_columns`), joined in order: the same
        file as :meth:`write` of those rows."""
        if self.format == "csv":
            arrow = packed_to_arrow(table, parts)
            self.write(table, arrow.to_pylist())
            return
        self._append(table, packed_to_arrow(table, parts))

    def _append(self, table: str, arrow: pa.Table) -> None:
        self.counts[table] += arrow.num_rows
        if self.journal is not None and arrow.num_rows:
            self._segment.setdefault(table, []).append(arrow)  # the same buffers as the Parquet file's
        self._put(table, arrow)

    def _put(self, table: str, arrow: pa.Table) -> None:
        """Buffer a chunk for the Parquet file, writing a row group when enough is buffered
        (the chunks' rows or their size as built decide the row groups)."""
        if self._writers.get(table) is None:
            import pyarrow.parquet as pq

            path = self._part(table) if self.journal is not None else self.path(table)
            self._writers[table] = pq.ParquetWriter(path, arrow.schema)
            self._buffers[table] = []
        if arrow.num_rows:
            self._buffers[table].append(arrow)
            rows_held, bytes_held = self._buffered.get(table, (0, 0))
            rows_held, bytes_held = rows_held + arrow.num_rows, bytes_held + arrow.nbytes
            self._buffered[table] = (rows_held, bytes_held)
            if rows_held >= self.row_group_rows or bytes_held >= self.row_group_bytes:
                self._flush(table)

    def _flush(self, table: str) -> None:
        import pyarrow as pa

        buffer = self._buffers.get(table)
        if buffer:
            data = pa.concat_tables(buffer)  # chunks are not copied: one row group of them
            self._writers[table].write_table(data, row_group_size=max(data.num_rows, 1))
            buffer.clear()
        self._buffered[table] = (0, 0)

    def checkpoint(self) -> None:
        """Save the rows written since the last checkpoint as the journal's next segment
        (nothing without a journal or without new rows). Call it where the rows written so far
        are those of whole inputs."""
        if self.journal is None or not self._segment:
            return
        import pyarrow as pa

        self._segments += 1
        final = self.journal / f"seg-{self._segments:06d}"
        tmp = self.journal / f"seg-{self._segments:06d}.tmp"
        tmp.mkdir(parents=True)
        for table, chunks in self._segment.items():
            with pa.OSFile(str(tmp / f"{table}.arrow"), "wb") as sink, pa.ipc.new_file(sink, chunks[0].schema) as ipc:
                for arrow in chunks:
                    ipc.write_table(arrow, max_chunksize=max(arrow.num_rows, 1))
        tmp.rename(final)  # the segment appears whole, or not at all
        self._segment = {}
        shutil.rmtree(self.journal / f"tail-{self._segments - 1:06d}", ignore_errors=True)  # now in the segment

    def save_tail(self, tail: Mapping[str, pa.Table]) -> None:
        """Save rows not yet written (``tail``: a table of them by output table, those of whole
        inputs) beside the last segment: what a killed run wrote of the inputs after it. The next
        :meth:`checkpoint` makes it obsolete (the rows are then in the segment)."""
        if self.journal is None:
            return
        import pyarrow as pa

        name = f"tail-{self._segments:06d}"
        tmp = self.journal / f"{name}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for table, arrow in tail.items():
            with pa.OSFile(str(tmp / f"{table}.arrow"), "wb") as sink, pa.ipc.new_file(sink, arrow.schema) as ipc:
                ipc.write_table(arrow)
        shutil.rmtree(self.journal / f"{name}.old", ignore_errors=True)
        if (self.journal / name).exists():
            (self.journal / name).rename(self.journal / f"{name}.old")
        tmp.rename(self.journal / name)
        shutil.rmtree(self.journal / f"{name}.old", ignore_errors=True)

    def close(self) -> None:
        """Finish every file; tables that got no rows are written empty with their columns."""
        for table in self.tables:
            if self._writers.get(table) is None:
                if self.format == "parquet":
                    self._put(table, packed_to_arrow(table, []) if self.packed else to_arrow(table, []))
                else:
                    self.write(table, [])
        if self.format == "parquet":
            for table, writer in self._writers.items():
                if writer is not None:
                    self._flush(table)
                    writer.close()
                    if self.journal is not None:
                        self._part(table).replace(self.path(table))
        self.journal = None
        self._segment = {}
        self._writers = {name: None for name in self.tables}
        self._buffers = {}

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def segment_dirs(journal: str | Path) -> list[Path]:
    """The complete segments a :class:`TableWriter` saved in ``journal``, in order (a segment
    still being written has a ``.tmp`` name and is not one of them)."""
    folder = Path(journal)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and p.name.startswith("seg-") and p.suffix != ".tmp")


def read_segments(journal: str | Path, table: str) -> pa.Table:
    """Table ``table`` of every complete segment in ``journal`` (:func:`segment_dirs`), joined,
    then of the tail saved after the last one (:meth:`TableWriter.save_tail`), if any."""
    import pyarrow as pa

    parts = []
    segments = segment_dirs(journal)
    last = int(segments[-1].name[4:]) if segments else 0
    tail = [Path(journal) / f"tail-{last:06d}"] if (Path(journal) / f"tail-{last:06d}").is_dir() else []
    if not tail and (Path(journal) / f"tail-{last:06d}.old").is_dir():  # killed while replacing it
        tail = [Path(journal) / f"tail-{last:06d}.old"]
    for seg in segments + tail:
        path = seg / f"{table}.arrow"
        if path.exists():
            parts.append(pa.ipc.open_file(pa.memory_map(str(path))).read_all())
    return pa.concat_tables(parts) if parts else arrow_schema(table).empty_table()


def _exact_value(text: Any) -> int | Decimal | None:
    """The exact value written in ``value_exact`` (an int where it has no decimal point)."""
    if text is None:
        return None
    value = Decimal(str(text))
    return int(value) if "." not in str(text) else value


#: The columns of ``cells`` that a :class:`~textmine.model.Cell` is rebuilt from.
_CELL_COLUMNS = (
    "report_id", "template", "table", "row_key", "col_key", "label", "status", "value_exact",
    "raw", "unit", "start", "end", "inferred", "note",
)


def cell_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of a ``cells`` table as plain dicts (missing values ``None``, integers ``int``),
    column by column rather than row by row.

    Example:
        >>> cell_records(to_pandas("cells", []))
        []
    """
    data: dict[str, list[Any]] = {}
    for name in _CELL_COLUMNS:
        column = frame[name]
        mask = column.isna().tolist()
        values = column.astype(object).tolist()
        if name in ("start", "end"):
            values = [int(v) if not m else None for v, m in zip(values, mask, strict=True)]
        elif name == "inferred":
            values = [bool(v) if not m else False for v, m in zip(values, mask, strict=True)]
        elif any(mask):
            values = [None if m else v for v, m in zip(values, mask, strict=True)]
        data[name] = values
    return [dict(zip(_CELL_COLUMNS, row, strict=True)) for row in zip(*data.values(), strict=True)]


def cells_from_frame(frame: pd.DataFrame) -> list[Any]:
    """Rebuild :class:`~textmine.model.Cell` records from rows of a ``cells`` table.

    Values come back exact (from ``value_exact``), so checks run on a written table give the
    same findings as on the live records.
    """
    from textmine.model import Cell

    return [
        Cell(
            template=r["template"],
            table=r["table"],
            row_key=r["row_key"],
            col_key=r["col_key"],
            value=_exact_value(r["value_exact"]),
            raw=r["raw"] or "",
            status=r["status"],
            unit=r["unit"],
            start=r["start"],
            end=r["end"],
            label=r["label"],
            inferred=r["inferred"],
            note=r["note"],
        )
        for r in cell_records(frame)
    ]


def wide_cells(cells: pd.DataFrame) -> pd.DataFrame:
    """One row per report, one column per ``table.row_key.col_key``: the panel-analysis view.

    Values are the cell values (blank, dash, 无 and missing cells are NaN here; the long
    ``cells`` table keeps their statuses). Cells without a row key (local rows with no
    national equivalent) are left out.

    Example:
        >>> wide = wide_cells(frames.cells)  # doctest: +SKIP
        >>> wide["requests.new_received.total"]  # doctest: +SKIP
    """
    import pandas as pd

    keyed = cells[cells["row_key"].notna() & cells["col_key"].notna()].copy()
    if keyed.empty:
        return pd.DataFrame(index=pd.Index([], name="report_id"))
    keyed["key"] = keyed["table"] + "." + keyed["row_key"] + "." + keyed["col_key"]
    wide = keyed.pivot_table(index="report_id", columns="key", values="value", aggfunc="first", dropna=False)
    wide.columns.name = None
    return wide.reindex(columns=sorted(wide.columns))


class AnalysedReport(Report):
    """A :class:`~textmine.model.Report` whose annotations also read as pandas DataFrames.

    The model layer holds plain records only; this output-layer view adds the tables a
    researcher analyses, each built from the report's own records on access.

    Example:
        >>> report = textmine.read("corpora/gaotai-2016.txt")  # doctest: +SKIP
        >>> report.facts[["value", "unit", "counted"]]  # doctest: +SKIP
    """

    def _frame(self, name: str) -> Any:
        return to_pandas(name, report_rows(self)[name])

    @property
    def facts(self) -> Any:
        """The ``facts`` table of this report as a pandas DataFrame."""
        return self._frame("facts")

    @property
    def cells(self) -> Any:
        """The ``cells`` table of this report as a pandas DataFrame."""
        return self._frame("cells")

    @property
    def findings(self) -> Any:
        """The ``findings`` table of this report as a pandas DataFrame."""
        return self._frame("findings")

    @property
    def items(self) -> Any:
        """The ``items`` table of this report as a pandas DataFrame."""
        return self._frame("items")
