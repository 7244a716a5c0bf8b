"""Walking inputs, running the pipeline on each file, and the manifest of every input.

A corpus run never dies on one bad file and never drops a file silently: every input gets a
``manifest`` row with status ``ok``, ``warning`` or ``error`` and a message. Files are
processed in a deterministic order (sorted paths) by a process pool, and rows are streamed to
disk in batches so memory stays flat.

Example:
    >>> frames = tag(["corpora/"])  # doctest: +SKIP
    >>> frames.manifest["status"].value_counts()  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textmine._version import __version__
from textmine.errors import ReadError, TextmineError
from textmine.frames import (
    OPTIONAL_TABLES,
    TABLES,
    Frames,
    TableWriter,
    lexicon_version,
    report_rows,
)

logger = logging.getLogger(__name__)

#: How many files a worker batch holds (bounds memory of results in flight).
BATCH = 64


@dataclass
class FileResult:
    """What processing one input produced: its manifest row and its output rows."""

    manifest: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class RunSummary:
    """Counts of a corpus run, for the CLI's summary screen."""

    files: int = 0
    ignored: int = 0
    status: dict[str, int] = field(default_factory=lambda: {"ok": 0, "warning": 0, "error": 0})
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    out_dir: str | None = None
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (path, status, message)


def _warnings(report: Any) -> list[str]:
    notes = list(report.document.warnings)
    meta = report.meta
    if not report.sections:
        notes.append("no numbered sections found")
    if meta.year is None:
        notes.append("report year not found")
    if meta.title is None:
        notes.append("title not found")
    if meta.issuer is None:
        notes.append("issuer not found")
    if not report.cell_records:
        notes.append("no statistics table found")
    elif meta.template != "local":  # local tables vary by design: their absent rows are normal
        missing: dict[str, int] = {}
        for cell in report.cell_records:
            if cell.status == "missing":
                missing[cell.table] = missing.get(cell.table, 0) + 1
        for table, n in sorted(missing.items()):
            total = sum(1 for c in report.cell_records if c.table == table)
            if n == total:
                notes.append(f"table {table} of the {meta.template} format not found")
            else:
                notes.append(f"table {table}: {n} of {total} {meta.template} cells not found (status missing)")
    return notes


def _summary(report: Any) -> str:
    meta = report.meta
    return (
        f"{meta.year} report, template {meta.template or 'none'}: {len(report.sections)} sections, "
        f"{len(report.sentences)} sentences, {len(report.fact_records)} facts, "
        f"{len(report.cell_records)} cells, {len(report.finding_records)} findings"
    )


def process_file(path: str | os.PathLike[str], *, display_path: str | None = None) -> FileResult:
    """Run the whole pipeline on one file; never raises for a bad file.

    Returns:
        The manifest row (status ok / warning / error with a message) and, unless the file
        failed, the rows of every output table.
    """
    from textmine.pipeline import read

    started = time.perf_counter()
    shown = display_path or str(path)
    row: dict[str, Any] = {
        "path": shown,
        "report_id": None,
        "status": "ok",
        "message": "",
        "format": Path(path).suffix.lower().lstrip(".") or None,
        "encoding": None,
        "bytes": None,
        "sha256": None,
        "textmine_version": __version__,
        "lexicon_version": lexicon_version(),
    }
    rows: dict[str, list[dict[str, Any]]] = {}
    try:
        data = Path(path).read_bytes()
        row["bytes"] = len(data)
        row["sha256"] = hashlib.sha256(data).hexdigest()
        row["report_id"] = row["sha256"][:16]
        report = read(data, name=str(path))
        row["format"] = report.document.format
        row["encoding"] = report.document.encoding
        rows = report_rows(report, path=shown)
        notes = _warnings(report)
        if notes:
            row["status"] = "warning"
            row["message"] = "; ".join(notes)
        else:
            row["message"] = _summary(report)
    except ReadError as exc:  # the manifest's path column names the file already
        row["status"] = exc.severity
        row["message"] = f"{exc.severity}: {exc.message}"
    except OSError as exc:
        row["status"] = "error"
        row["message"] = f"error: {exc.strerror or exc}"
    except TextmineError as exc:
        row["status"] = "error"
        row["message"] = f"error: {exc}"
    except Exception as exc:  # one bad file must never stop the run
        logger.exception("internal error on %s", shown)
        row["status"] = "error"
        row["message"] = f"error: internal error {type(exc).__name__}: {exc}"
    row["seconds"] = round(time.perf_counter() - started, 4)
    return FileResult(manifest=row, rows=rows)


def _process(args: tuple[str, str]) -> FileResult:
    return process_file(args[0], display_path=args[1])


def _display(path: Path) -> str:
    return path.as_posix()


def iter_results(
    inputs: list[Path], *, workers: int = 1
) -> Iterator[FileResult]:
    """Yield the result of each input in input order, using ``workers`` processes."""
    jobs = [(str(p), _display(p)) for p in inputs]
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield _process(job)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for i in range(0, len(jobs), BATCH):
            yield from pool.map(_process, jobs[i : i + BATCH], chunksize=4)


def run(
    paths: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    format: str = "parquet",
    workers: int = 1,
    cross_year: bool = True,
    texts: bool = False,
    on_file: Callable[[FileResult], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> RunSummary:
    """Tag every report under ``paths`` and write the tables of SCHEMA.md §4 to ``out_dir``.

    Args:
        paths: files and folders; folders are walked for report extensions.
        out_dir: the folder for ``manifest``, ``reports``, ``sections`` … files.
        format: ``"parquet"`` or ``"csv"`` (UTF-8 with BOM).
        workers: worker processes (1 = in this process).
        cross_year: check reports of the same issuer in consecutive years (carry-over,
            running totals, copied tables) and add those findings. Reports are indexed as
            they stream in (:class:`textmine.checks.history.CrossYearIndex`), keeping per
            report only the few cells those checks read.
        texts: also write ``texts``: each report's normalised text, which every span
            (``start``/``end``) points into.
        on_file: called after each file (e.g. to advance a progress bar).
        on_start: called once with the number of inputs.
        engine: ``"local"`` (a process pool of ``workers``) or ``"dask"`` (the same function on
            a Dask cluster: :func:`textmine.engines.dask_map`; the same tables).
        scheduler: for ``engine="dask"``, the address of a running scheduler; by default a
            local cluster of ``workers`` processes is started.

    Raises:
        FileNotFoundError: a given path does not exist.
    """
    from textmine.ingest import walk

    started = time.perf_counter()
    inputs, ignored = walk(paths)
    summary = RunSummary(files=len(inputs), ignored=ignored, out_dir=str(out_dir))
    if on_start:
        on_start(len(inputs))
    tables = TABLES + (OPTIONAL_TABLES if texts else ())
    index = _cross_year_index() if cross_year else None
    with TableWriter(out_dir, format=format, tables=tables) as writer:
        pending: dict[str, list[dict[str, Any]]] = {name: [] for name in tables}
        for n, result in enumerate(_results(inputs, workers=workers, engine=engine, scheduler=scheduler), 1):
            status = result.manifest["status"]
            summary.status[status] += 1
            if status != "ok":
                summary.problems.append((result.manifest["path"], status, result.manifest["message"]))
            pending["manifest"].append(result.manifest)
            for name, rows in result.rows.items():
                if name in pending:
                    pending[name].extend(rows)
            if index is not None:
                index_result(index, result.rows)
            if n % BATCH == 0:
                _flush(writer, pending)
            if on_file:
                on_file(result)
        _flush(writer, pending)
        if index is not None:
            writer.write("findings", cross_year_index_rows(index))
    summary.rows = dict(writer.counts)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _results(inputs: list[Path], *, workers: int, engine: str, scheduler: str | None) -> Iterator[FileResult]:
    """Results in input order from the chosen engine."""
    if engine == "local":
        return iter_results(inputs, workers=workers)
    if engine == "dask":
        from textmine.engines import dask_map

        return dask_map(_process, [(str(p), _display(p)) for p in inputs], workers=workers, scheduler=scheduler)
    raise ValueError(f"engine must be 'local' or 'dask', got {engine!r}")


def _cross_year_index() -> Any:
    from textmine.checks.history import CrossYearIndex

    return CrossYearIndex()


def index_result(index: Any, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Feed one file's output rows (``reports`` and ``cells``) to a
    :class:`~textmine.checks.history.CrossYearIndex`; a report without cells is skipped."""
    cells = rows.get("cells") or ()
    for report in rows.get("reports") or ():
        mine = [c for c in cells if c["report_id"] == report["report_id"]]
        if not mine:
            continue
        index.add(
            report["report_id"],
            issuer=report["issuer"],
            year=report["year"],
            template=report["template"],
            cells=mine,
            stamps=(report["sha256"], report["textmine_version"], report["lexicon_version"]),
        )


def cross_year_index_rows(index: Any) -> list[dict[str, Any]]:
    """The ``findings`` rows of a filled :class:`~textmine.checks.history.CrossYearIndex`."""
    from textmine.frames import finding_row

    out = []
    for rid, finding, (sha256, version, lexicons) in index.finding_rows():
        stamp = {"sha256": sha256, "textmine_version": version, "lexicon_version": lexicons}
        out.append(finding_row(rid, finding, stamp))
    if out:
        logger.info("cross-year checks: %d findings", len(out))
    return out


def cross_year_rows(reports: Any, cells: Any) -> list[dict[str, Any]]:
    """``findings`` rows of the cross-year checks between the reports of two tables.

    Reports are matched by issuer and year (see :func:`textmine.checks.check_cross_year`).

    Args:
        reports: a ``reports`` table (DataFrame).
        cells: the ``cells`` table of the same run.
    """
    import pandas as pd

    from textmine.frames import cell_records

    if reports is None or cells is None or cells.empty:
        return []
    records = cell_records(cells)
    groups = cells.groupby("report_id", sort=False).indices
    index = _cross_year_index()
    for row in reports.itertuples(index=False):
        if row.report_id not in groups or pd.isna(row.year):
            continue
        index.add(
            row.report_id,
            issuer=None if pd.isna(row.issuer) else row.issuer,
            year=int(row.year),
            template=None if pd.isna(row.template) else row.template,
            cells=[records[i] for i in groups[row.report_id]],
            stamps=(row.sha256, row.textmine_version, row.lexicon_version),
        )
    return cross_year_index_rows(index)


def add_cross_year_findings(out_dir: str | os.PathLike[str], *, format: str = "parquet") -> int:
    """Run the cross-year checks on a tagged folder and append their findings; returns how many."""
    from textmine.frames import append_rows, read_table

    rows = cross_year_rows(read_table(out_dir, "reports"), read_table(out_dir, "cells"))
    if rows:
        append_rows(out_dir, "findings", rows, format=format)
    return len(rows)


def _flush(writer: TableWriter, pending: dict[str, list[dict[str, Any]]]) -> None:
    for name in pending:
        if pending[name]:
            writer.write(name, pending[name])
            pending[name] = []


def iter_reports(
    paths: Iterable[str | os.PathLike[str]],
) -> Iterator[tuple[Path, Any, str | None]]:
    """Yield ``(path, report, None)`` for each input, or ``(path, None, message)`` when a file
    cannot be read; the walk is the same as :func:`run`'s.
    """
    from textmine.ingest import walk
    from textmine.pipeline import read

    inputs, _ = walk(paths)
    for path in inputs:
        try:
            yield path, read(path), None
        except (ReadError, OSError) as exc:
            yield path, None, str(exc)


def tag(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    workers: int = 1,
    cross_year: bool = True,
) -> Frames:
    """Tag files and folders in memory and return every output table as DataFrames.

    The same tables as :func:`run` writes, cross-year findings included (``cross_year=False``
    skips them).

    Example:
        >>> frames = tag("corpora")  # doctest: +SKIP
        >>> frames.sections.kind.value_counts()  # doctest: +SKIP
    """
    from textmine.ingest import walk

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    inputs, _ = walk(paths)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    index = _cross_year_index() if cross_year else None
    for result in iter_results(inputs, workers=workers):
        rows["manifest"].append(result.manifest)
        for name, table_rows in result.rows.items():
            if name in rows:
                rows[name].extend(table_rows)
        if index is not None:
            index_result(index, result.rows)
    if index is not None:
        rows["findings"].extend(cross_year_index_rows(index))
    return Frames.from_rows(rows)
