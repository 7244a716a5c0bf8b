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

import contextlib
import dataclasses
import functools
import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
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
    column_names,
    lexicon_version,
    pack_columns,
    report_rows,
    table_columns,
)
from textmine.ingest.crawl import (
    CrawlRow,
    crawl_rows,
    is_crawl_table,
    looks_like_html,
    names_other_document,
)
from textmine.ingest.pdf import MAX_PAGES
from textmine.ingest.read import MAX_CHARS

logger = logging.getLogger(__name__)

#: How many files a worker batch holds (bounds memory of results in flight).
BATCH = 64

#: A run journals the rows of its unwritten batch once this many seconds have passed since the
#: last save (:meth:`textmine.frames.TableWriter.save_tail`; what a killed run loses at most):
#: each save converts the whole unwritten batch, so saving every few inputs of a fast run would
#: cost more than the analysis it keeps.
TAIL_SECONDS = 5.0

#: What the fork server of the worker processes imports first: the lexicons and matchers,
#: loaded once for all workers (:mod:`textmine._warm`).
WARM = ("textmine._warm",)

#: Seconds one input may take by default before it is stopped (``--timeout-per-file``).
DEFAULT_TIMEOUT = 120.0

#: The largest input file read by default, in bytes (``--max-bytes``).
DEFAULT_MAX_BYTES = 100 * 1024 * 1024

#: The most PDF pages and text characters read by default (``--max-pages``, ``--max-chars``).
DEFAULT_MAX_PAGES = MAX_PAGES
DEFAULT_MAX_CHARS = MAX_CHARS


@dataclass
class FileResult:
    """What processing one input produced: its manifest row and its output rows."""

    manifest: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: What the cross-year index keeps of each report (:func:`~textmine.checks.history.compact_report`),
    #: when the worker reduced them (:attr:`Options.compact`); ``None`` when it did not.
    compact: list[Any] | None = None
    #: For a report whose open rows carry over between years (:attr:`Options.readings`), every
    #: reading its table rows allow, by template (:func:`textmine.tables.reading_options`).
    readings: dict[str, Any] | None = None
    #: The output rows as packed columns (:func:`textmine.frames.pack_columns`), by table, when
    #: the worker packed them (:attr:`Options.columnar`); ``rows`` then keeps only the
    #: ``reports`` rows and the cells the year evidence weighs (:func:`_weighed_rows`), or, with
    #: :attr:`years`, what it asks of a held report (:func:`_evidence_rows`).
    columns: dict[str, Any] | None = None
    #: What the year evidence keeps of each report (:func:`textmine.lastyear.year_entries`), when
    #: the worker computed it (:attr:`Options.compact`); ``None`` when it did not.
    years: list[Any] | None = None


@dataclass
class RunSummary:
    """Counts of a corpus run, for the CLI's summary screen."""

    files: int = 0
    inputs: int = 0  # manifest rows: a crawl table gives one per row
    ignored: list[str] = field(default_factory=list)  # files in the folders that are not reports
    status: dict[str, int] = field(default_factory=lambda: {"ok": 0, "warning": 0, "error": 0})
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    out_dir: str | None = None
    skipped: int = 0  # inputs an earlier run wrote (``resume``): not analysed again
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


@dataclass(frozen=True)
class Options:
    """How each input is read (passed to the workers with every job)."""

    ocr: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    max_pages: int = DEFAULT_MAX_PAGES
    max_chars: int = DEFAULT_MAX_CHARS
    #: Whether the worker reduces its reports for the cross-year index itself: with several
    #: workers the one process that writes the files would otherwise do it for all of them.
    compact: bool = False
    #: What the same body's report of the year before settles about the cells (the second
    #: reading of :mod:`textmine.lastyear`).
    evidence: tuple[Any, ...] = ()
    #: Whether a report whose open rows carry over between years also sends back every reading
    #: its table rows allow (:attr:`FileResult.readings`), for the second reading's evidence.
    readings: bool = False
    #: Whether the result keeps the optional tables' rows (``texts``: the whole normalised
    #: text); a run that does not write them spares the worker sending them.
    optional: bool = True
    #: Whether the worker sends its rows as columns packed as Arrow buffers
    #: (:attr:`FileResult.columns`, :func:`textmine.frames.pack_columns`), ready for the Parquet
    #: writer: the one process that writes the files then converts no value (nor imports
    #: pandas, which ``pyarrow.array`` does), and a few strings are pickled, sent and unpickled
    #: per column rather than one object per value.
    columnar: bool = False


@dataclass(frozen=True)
class Input:
    """One report to process: a file, or one row of a crawl table.

    ``path`` is the file on disk; ``display`` is what the manifest's ``path`` says
    (``crawl.csv#row=12`` for a row). A crawl row carries its text and the crawl's metadata.
    """

    path: str
    display: str
    row: CrawlRow | None = None
    error: str | None = None  # a crawl table that cannot be read at all


def _base_row(inp: Input) -> dict[str, Any]:
    fmt = None if inp.row is not None else (Path(inp.path).suffix.lower().lstrip(".") or None)
    return {
        "path": inp.display,
        "report_id": None,
        "status": "ok",
        "message": "",
        "format": fmt,
        "encoding": None,
        "bytes": None,
        "sha256": None,
        "textmine_version": __version__,
        "lexicon_version": lexicon_version(),
    }


def _input_bytes(inp: Input, options: Options) -> tuple[bytes, str | None]:
    """The bytes of an input and the format to read them as (``None``: guess)."""
    if inp.row is not None:
        text = inp.row.text
        return text.encode("utf-8"), ("html" if looks_like_html(text) else "txt")
    size = Path(inp.path).stat().st_size
    if size > options.max_bytes:
        raise ReadError(
            inp.path,
            f"the file has {size:,} bytes, more than the limit of {options.max_bytes:,} "
            "(raise it with --max-bytes)",
        )
    return Path(inp.path).read_bytes(), None


def process_input(inp: Input, *, options: Options = Options()) -> FileResult:
    """Run the whole pipeline on one input (a file or a crawl row); never raises for bad input.

    Returns:
        The manifest row (status ok / warning / error with a message) and, unless the input
        failed or is not an annual report, the rows of every output table.
    """
    from textmine import _recache

    _recache.install(record=False)  # in a process of its own (a run in one process), as textmine.read does
    from textmine.ingest import read_document
    from textmine.pipeline import analyze

    started = time.perf_counter()
    row = _base_row(inp)
    rows: dict[str, list[dict[str, Any]]] = {}
    readings = None
    try:
        if inp.error is not None:
            raise ReadError(None, inp.error)
        if inp.row is not None and inp.row.error is not None:
            raise ReadError(None, inp.row.error)
        data, fmt = _input_bytes(inp, options)
        _stamp(row, data)
        if inp.row is not None and names_other_document(inp.row.title, inp.row.text):
            row["format"] = fmt
            row["status"] = "warning"
            row["message"] = f"not an annual report (title {inp.row.title!r}); not analysed"
            return FileResult(manifest=_timed(row, started), rows={})
        doc = read_document(
            data, name=inp.display if inp.row is not None else inp.path, format=fmt,
            ocr=options.ocr, max_pages=options.max_pages, max_chars=options.max_chars,
        )  # fmt: skip
        if inp.row is not None:
            _crawl_meta(doc, inp.row)
        report = analyze(doc, evidence=options.evidence)
        if options.readings and not options.evidence:
            readings = _open_readings(doc, report)
        row["format"] = report.document.format
        row["encoding"] = report.document.encoding
        rows = report_rows(report, path=inp.display)
        if not options.optional:
            for name in OPTIONAL_TABLES:
                rows.pop(name, None)
        notes = _warnings(report)
        if notes:
            row["status"] = "warning"
            row["message"] = "; ".join(notes)
        else:
            row["message"] = _summary(report)
    except ReadError as exc:  # the manifest's path column names the file already
        row["status"] = exc.severity
        row["message"] = exc.message
    except OSError as exc:
        row["status"] = "error"
        row["message"] = str(exc.strerror or exc)
    except TextmineError as exc:
        row["status"] = "error"
        row["message"] = str(exc)
    except (MemoryError, RecursionError) as exc:
        row["status"] = "error"
        row["message"] = f"the input is too large or too deeply nested to analyse ({type(exc).__name__})"
    except Exception as exc:  # one bad file must never stop the run
        logger.exception("internal error on %s", inp.display)
        row["status"] = "error"
        row["message"] = f"internal error {type(exc).__name__}: {exc}"
    compact = compact_reports(rows) if options.compact else None
    years = None
    if options.compact and options.readings and not options.evidence:  # a second reading's are not asked
        from textmine.lastyear import year_entries

        years = year_entries(rows)
    columns = None
    if options.columnar:
        columns = {name: pack_columns(name, table_columns(name, table)) for name, table in rows.items()}
        # with the year evidence's entries made here, the writing process weighs only what it asks
        # of a held report (its reports and open cells, a few columns), not every carried cell
        rows = _weighed_rows(rows) if years is None else _evidence_rows(rows)
    return FileResult(
        manifest=_timed(row, started), rows=rows, compact=compact, readings=readings, columns=columns, years=years
    )  # fmt: skip


def _weighed_rows(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """What the writing process weighs of a result sent as columns: its ``reports`` rows and the
    cells the year evidence keeps or asks about (rows that carry over, readings that are open)."""
    from textmine.lastyear import CARRIED
    from textmine.tables.evidence import is_open

    cells = [c for c in rows.get("cells") or () if (c["table"], c["row_key"]) in CARRIED or is_open(c.get("note"))]
    return {"reports": rows.get("reports") or [], "cells": cells}


def _open_readings(doc: Any, report: Any) -> dict[str, Any] | None:
    """Every reading the table rows of ``report`` allow, when a row whose reading is open
    carries over between years (what a neighbouring year's evidence weighs); ``None`` otherwise.
    Read here, where the document is at hand, instead of reading the file again at the end."""
    from textmine.lastyear import CARRIED
    from textmine.tables.evidence import is_open

    # the row first: a set lookup, where a cell's note is searched for every open-reading phrase
    if not any((c.table, c.row_key) in CARRIED and is_open(c.note) for c in report.cell_records):
        return None
    from textmine.tables import reading_options

    template = report.meta.template
    try:
        return {template: reading_options(doc, template=template)}
    except Exception:  # noqa: BLE001 - no evidence rather than no report
        logger.debug("row readings of %s failed", doc.path, exc_info=True)
        return None


def _stamp(row: dict[str, Any], data: bytes) -> None:
    """Fill a manifest row's ``bytes``, ``sha256`` and ``report_id`` from the input's bytes."""
    row["bytes"] = len(data)
    row["sha256"] = hashlib.sha256(data).hexdigest()
    row["report_id"] = row["sha256"][:16]


def _timed(row: dict[str, Any], started: float) -> dict[str, Any]:
    row["seconds"] = round(time.perf_counter() - started, 4)
    return row


def _crawl_meta(doc: Any, crawl: CrawlRow) -> None:
    """Give the crawl table's title, date and issuer priority over what the text says."""
    doc.source = crawl.source()
    if crawl.title:
        doc.header["标题"] = crawl.title
    if crawl.date:
        doc.header["发布时间"] = crawl.date
    if crawl.issuer:
        doc.header["发布机构"] = crawl.issuer


def process_file(
    path: str | os.PathLike[str], *, display_path: str | None = None, options: Options = Options()
) -> FileResult:
    """Run the whole pipeline on one file; never raises for a bad file (see :func:`process_input`)."""
    return process_input(Input(path=str(path), display=display_path or str(path)), options=options)


def _process(job: tuple[Input, Options]) -> FileResult:
    return process_input(job[0], options=job[1])


def _failed(job: tuple[Input, Options], message: str) -> FileResult:
    """The manifest row of an input whose worker was stopped (time-out) or died."""
    inp, options = job
    row = _base_row(inp)
    try:
        _stamp(row, _input_bytes(inp, options)[0])
    except (OSError, ReadError):
        pass
    row["status"] = "error"
    row["message"] = message
    row["seconds"] = None
    return FileResult(manifest=row)


def _timed_out(job: tuple[Input, Options], limit: float) -> FileResult:
    return _failed(job, f"timed out after {limit:g} s (raise the limit with --timeout-per-file)")


def _crashed(job: tuple[Input, Options], code: int | None) -> FileResult:
    hint = " (killed: out of memory?)" if code in (-9, 137) else ""
    return _failed(job, f"the worker process died with exit code {code}{hint}")


def _display(path: Path) -> str:
    return path.as_posix()


def expand_inputs(
    paths: Iterable[str | os.PathLike[str]] | Any, **columns: str | None
) -> tuple[Iterator[Input], int, list[str]]:
    """The inputs under ``paths``: files, folders walked for reports, crawl tables row by row.

    A crawl table (``.csv`` ``.tsv`` ``.jsonl`` ``.parquet`` ``.xlsx`` given as a file, or a
    pandas DataFrame) gives one input per row; ``columns`` (``text_column`` …) name its
    columns. A table that cannot be read gives one input that carries the error.

    Returns:
        ``(inputs, files, ignored)``: the inputs (lazily, crawl rows read as they are
        needed), the number of files found and the other files ignored in folders (paths).
    """
    from textmine.ingest import walk

    frames = [p for p in paths if not isinstance(p, (str, os.PathLike))]
    inputs, ignored = walk([p for p in paths if isinstance(p, (str, os.PathLike))])

    def generate() -> Iterator[Input]:
        for n, frame in enumerate(frames, 1):
            yield from _crawl_inputs(frame, f"<dataframe{'' if len(frames) == 1 else n}>", columns)
        for path in inputs:
            if is_crawl_table(path):
                yield from _crawl_inputs(path, _display(path), columns)
            else:
                yield Input(path=str(path), display=_display(path))

    return generate(), len(inputs) + len(frames), [_display(p) for p in ignored]


def _crawl_inputs(source: Any, label: str, columns: dict[str, str | None]) -> Iterator[Input]:
    path = str(source) if isinstance(source, (str, os.PathLike)) else label
    count = 0
    try:
        for crawl in crawl_rows(source, label=label, **columns):
            count += 1
            yield Input(path=path, display=f"{label}#row={crawl.row}", row=crawl)
    except TextmineError as exc:
        message = exc.message if isinstance(exc, ReadError) else str(exc)
        yield Input(path=path, display=label if not count else f"{label}#row={count + 1}", error=message)


def iter_results(
    inputs: Iterable[Input | Path],
    *,
    workers: int = 1,
    timeout: float | None = None,
    options: Options = Options(),
) -> Iterator[FileResult]:
    """Yield the result of each input in input order, using ``workers`` processes.

    With a ``timeout`` every input runs in a worker process (so that it can be stopped), also
    with ``workers=1``; an input past the limit is recorded as ``error: timed out after N s``.
    """
    jobs = (
        (inp if isinstance(inp, Input) else Input(path=str(inp), display=_display(Path(inp))), options)
        for inp in inputs
    )
    with _mapper(workers=workers, engine="local", scheduler=None, timeout=timeout) as mapped:
        yield from mapped(jobs)


def run(
    paths: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    format: str = "parquet",
    workers: int = 1,
    cross_year: bool = True,
    texts: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
    ocr: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_chars: int = DEFAULT_MAX_CHARS,
    text_column: str | None = None,
    title_column: str | None = None,
    date_column: str | None = None,
    url_column: str | None = None,
    issuer_column: str | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    resume: bool = False,
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
            report only the few cells those checks read. A report whose table reading is open
            is kept back and read again at the end with what the same body's report of the
            year before settles (:mod:`textmine.lastyear`); its rows are then written last.
        texts: also write ``texts``: each report's normalised text, which every span
            (``start``/``end``) points into.
        timeout: seconds one input may take before it is stopped and recorded as
            ``error: timed out``; ``None`` for no limit (then ``workers=1`` runs in this process).
        ocr: read PDF pages without a text layer through tesseract (when installed).
        max_bytes: a file larger than this many bytes is an error naming the limit.
        max_pages: a PDF with more pages is an error.
        max_chars: a text with more characters is an error.
        text_column: the crawl tables' text column (found by name when not given; see
            :mod:`textmine.ingest.crawl`).
        title_column: the crawl tables' title column.
        date_column: the crawl tables' date column.
        url_column: the crawl tables' URL column.
        issuer_column: the crawl tables' publishing-body column.
        on_file: called after each input (e.g. to advance a progress bar).
        on_start: called once with the number of files (a crawl table counts once).
        engine: ``"local"`` (a process pool of ``workers``) or ``"dask"`` (the same function on
            a Dask cluster: :func:`textmine.engines.dask_map`; the same tables).
        scheduler: for ``engine="dask"``, the address of a running scheduler; by default a
            local cluster of ``workers`` processes is started.
        resume: skip every input that an earlier run into ``out_dir`` (finished, or killed
            mid-way) wrote from the same bytes (manifest ``path`` and ``sha256``); its rows
            are read back, so the tables equal those of one run over everything (the
            manifest's ``seconds`` of those inputs are the earlier run's). Parquet only: a
            Parquet run journals its rows in ``out_dir/.textmine-run`` as it goes
            (:mod:`textmine.resume`), so a killed run loses at most one batch of inputs.

    Raises:
        FileNotFoundError: a given path does not exist.
        ValueError: ``resume`` with ``format="csv"``.
    """
    if resume and format != "parquet":
        raise ValueError(f"resume needs format 'parquet' (--resume with --format parquet or dta), got {format!r}")
    started = time.perf_counter()
    inputs, files, ignored = expand_inputs(
        list(paths), text_column=text_column, title_column=title_column,
        date_column=date_column, url_column=url_column, issuer_column=issuer_column,
    )  # fmt: skip
    summary = RunSummary(files=files, ignored=ignored, out_dir=str(out_dir))
    if on_start:
        on_start(files)
    tables = TABLES + (OPTIONAL_TABLES if texts else ())
    # rows as columns wherever several worker processes send them; the cells the cross-year index
    # needs are then reduced there too (the rows sent no longer hold them all). One worker (a time
    # limit with --workers 1) sends rows: this process, otherwise idle on the second core, turns
    # them into columns and reduces them, off the worker's path (which is the run's length)
    columnar = format == "parquet" and (workers > 1 or engine != "local")
    options = Options(
        ocr=ocr, max_bytes=max_bytes, max_pages=max_pages, max_chars=max_chars,
        compact=cross_year and (columnar or workers > 1 or engine == "dask"), readings=cross_year, optional=texts,
        columnar=columnar,
    )  # fmt: skip
    engaged = contextlib.ExitStack()
    # the worker processes first: they fork as soon as the fork server is warm, while this process
    # loads what it needs itself (the cross-year checks, the writer)
    mapped = engaged.enter_context(_mapper(workers=workers, engine=engine, scheduler=scheduler, timeout=timeout))
    with engaged:
        index = _cross_year_index() if cross_year else None
        if workers > 1 or timeout is not None or engine != "local":
            # while the workers start, this process loads what writing needs, on a core of its own
            ahead = functools.partial(_load_ahead, writer=format == "parquet", cross_year=cross_year)
            threading.Thread(target=ahead, name="textmine-load-ahead", daemon=True).start()
        journal, previous = None, None
        if format == "parquet":
            from textmine.resume import start_journal

            journal, previous = start_journal(out_dir, resume=resume, tables=tables)
        _write(
            out_dir, format=format, tables=tables, journal=journal, previous=previous, inputs=inputs, mapped=mapped,
            options=options, cross_year=cross_year, index=index, summary=summary, on_file=on_file,
            workers_done=engaged.close,
        )  # fmt: skip
    if journal is not None:
        from textmine.resume import finish_journal

        finish_journal(out_dir)
    summary.skipped = previous.skipped if previous is not None else 0
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _write(
    out_dir: str | os.PathLike[str], *, format: str, tables: tuple[str, ...], journal: Any, previous: Any,
    inputs: Iterable[Input], mapped: Callable[[Iterable[tuple[Input, Options]]], Iterator[FileResult]],
    options: Options, cross_year: bool, index: Any, summary: RunSummary,
    on_file: Callable[[FileResult], None] | None, workers_done: Callable[[], None],
) -> None:
    """Take every input's final result and write the tables (:func:`run`'s loop); once the last
    result is in, ``workers_done()`` stops the workers before the last writes."""
    # Parquet tables are built from packed columns also of rows (a worker's of one in this process):
    # ``pyarrow.array`` would import pandas on its first call, a third of a second of this process
    packed = format == "parquet"
    with TableWriter(out_dir, format=format, tables=tables, journal=journal, packed=packed) as writer, \
            _FrozenAfterFirst() as frozen:  # fmt: skip
        pending = _Pending(tables, packed=packed)
        seen: set[str] = set()
        results = _final_results(
            inputs, mapped=mapped, options=options, evidence=cross_year, on_file=on_file, previous=previous,
            pack_held=packed,
        )  # fmt: skip
        saved = time.perf_counter()
        for result, batch_done in results:
            _take(result, summary, pending, index, seen)
            frozen.first_done()
            if batch_done:
                pending.flush(writer)
                writer.checkpoint()
                _release_arrow()
                saved = time.perf_counter()
            elif journal is not None and time.perf_counter() - saved >= TAIL_SECONDS:
                writer.save_tail(pending.snapshot())
                _release_arrow()
                saved = time.perf_counter()
        workers_done()
        pending.flush(writer)
        if index is not None:
            writer.write("findings", cross_year_index_rows(index))
    summary.rows = dict(writer.counts)


class _FrozenAfterFirst:
    """For the length of a run, what the first input loaded into this process (lexicons, compiled
    regexes, matchers, pyarrow: objects that live as long as the run) is kept out of the cyclic
    garbage collector's sight (:func:`gc.freeze`), as the fork server does for its workers
    (:mod:`textmine._warm`): every full collection of the run would otherwise walk all of it
    again. Given back to the collector at the end (:func:`gc.unfreeze`); nothing is frozen when
    the caller froze objects itself.

    Example:
        >>> before = gc.get_freeze_count()
        >>> with _FrozenAfterFirst() as frozen:
        ...     frozen.first_done()
        >>> gc.get_freeze_count() == before
        True
    """

    def __init__(self) -> None:
        self._frozen = False
        self._done = False

    def __enter__(self) -> _FrozenAfterFirst:
        return self

    def first_done(self) -> None:
        """Freeze what is loaded now (the first call only)."""
        if self._done:
            return
        self._done = True
        if not gc.get_freeze_count():
            gc.freeze()
            self._frozen = True

    def __exit__(self, *exc: object) -> None:
        if self._frozen:
            gc.unfreeze()
            self._frozen = False


def _release_arrow() -> None:
    """Hand the memory Arrow freed (a batch's tables, once saved) back to the system: its
    allocator keeps freed pages for reuse, and the main process's RSS would otherwise rise to
    the most a batch ever needed and stay there."""
    if "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()


def _first_results(
    mapped: Callable[[Iterable[tuple[Input, Options]]], Iterator[FileResult]],
    inputs: Iterable[Input], options: Options, previous: Any,
) -> Iterator[tuple[Input, FileResult, bool]]:
    """Each input with its result in input order, and whether it was analysed now: an input
    that ``previous`` (:class:`textmine.resume.Previous`) holds is not sent to the workers, its
    result is rebuilt from the rows written of it when its turn comes."""
    waiting: deque[tuple[Input, Any]] = deque()

    def sha256_of(inp: Input) -> str | None:
        try:
            return None if inp.error is not None else hashlib.sha256(_input_bytes(inp, options)[0]).hexdigest()
        except (OSError, ReadError):
            return None

    def replayed(inp: Input, where: Any) -> FileResult:
        manifest, rows = previous.result(inp, where)
        return FileResult(manifest=manifest, rows=rows)

    def jobs() -> Iterator[tuple[Input, Options]]:
        for inp in inputs:
            where = previous.match(inp, sha256_of) if previous is not None else None
            waiting.append((inp, where))
            if where is None:
                yield inp, options

    for result in mapped(jobs()):
        while waiting[0][1] is not None:
            inp, where = waiting.popleft()
            yield inp, replayed(inp, where), False
        yield waiting.popleft()[0], result, True
    while waiting:
        inp, where = waiting.popleft()
        yield inp, replayed(inp, where), False


def _final_results(
    inputs: Iterable[Input], *, mapped: Callable[[Iterable[tuple[Input, Options]]], Iterator[FileResult]],
    options: Options, evidence: bool, on_file: Callable[[FileResult], None] | None = None, previous: Any = None,
    pack_held: bool = False,
) -> Iterator[tuple[FileResult, bool]]:
    """Each input's final result, with whether a batch of :data:`BATCH` results ends with it.

    With ``evidence``, a report whose table reading is open is kept back and, once every input
    was read once, read again with what the same body's reports of the years around settle
    (:mod:`textmine.lastyear`); those come last. ``on_file`` is called once per input, when it
    was first read. An input that ``previous`` holds (``resume``) is not analysed again: its
    written rows are taken in its place (``on_file`` is not called for it). With ``pack_held``
    a result kept back as rows is packed when it comes (:func:`_packed_now`), not at the end.
    """
    years = _year_evidence() if evidence else None
    given = 0  # results given so far: a batch is BATCH of them (reports kept back do not count)
    with _OptionsReader(options) as read_options, _Held() as held:
        for inp, result, analysed in _first_results(mapped, inputs, options, previous):
            if not analysed:
                previous.skipped += 1
            elif on_file:
                on_file(result)
            if years is not None:
                if result.readings is not None:
                    read_options.know(inp, result.readings)
                years.add(result.rows, source=inp, entries=result.years)
                if _is_open(result.rows):  # read again once every report was read once
                    held.add(inp, _packed_now(result) if pack_held else result)
                    continue
            given += 1
            yield result, given % BATCH == 0
        if years is None or not len(held):
            return
        said = [years.statements_for(rows, options_of=read_options, source=inp) for inp, rows in held.questions()]
        jobs = [(inp, dataclasses.replace(options, evidence=s)) for inp, s in zip(held.inputs, said, strict=True) if s]
        # the second reading starts now, on the same workers, while the results before it are written
        again = mapped(jobs) if jobs else iter(())
        for k, s in enumerate(said):
            result = next(again) if s else None
            if result is None or result.manifest["status"] == "error":
                # no evidence, or a second reading that failed (timed out, its worker died): the first
                result = held.result(k)
            yield result, (k + 1) % BATCH == 0


@contextlib.contextmanager
def _mapper(
    *, workers: int, engine: str, scheduler: str | None, timeout: float | None
) -> Iterator[Callable[[Iterable[tuple[Input, Options]]], Iterator[FileResult]]]:
    """A function mapping (input, options) jobs to results in order on the chosen engine, for
    the length of the block: the local engine keeps the same warmed worker processes for every
    call (the second reading runs on the workers of the first), Dask starts a map per call."""
    if engine == "local":
        from textmine.engines import WorkerPool

        with WorkerPool(
            _process, workers=workers, timeout=timeout, on_timeout=_timed_out, on_crash=_crashed, preload=WARM
        ) as pool:  # fmt: skip
            yield pool.start().map  # the workers start now, before the first jobs are listed
        return
    if engine == "dask":
        from textmine.engines import dask_map

        def mapped(jobs: Iterable[tuple[Input, Options]]) -> Iterator[FileResult]:
            jobs = list(jobs)
            return iter(dask_map(_process, jobs, workers=min(workers, max(1, len(jobs))), scheduler=scheduler))

        yield mapped
        return
    raise ValueError(f"engine must be 'local' or 'dask', got {engine!r}")


#: The columns of a held report's rows that the year evidence reads (:func:`_evidence_rows`).
_ASKED = {"reports": ("report_id", "issuer", "year", "template", "province", "city", "county"),
          "cells": ("report_id", "table", "row_key", "note")}


def _evidence_rows(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """What the year evidence asks of a held report (:meth:`~textmine.lastyear.YearEvidence.statements_for`):
    its ``reports`` rows and its cells whose reading is open, with only the columns it reads
    (:data:`_ASKED`: a corpus run keeps these for every held report until its end)."""
    from textmine.tables.evidence import is_open

    def asked(table: str, row: dict[str, Any]) -> dict[str, Any]:
        return {k: row.get(k) for k in _ASKED[table]}

    return {"reports": [asked("reports", r) for r in rows.get("reports") or ()],
            "cells": [asked("cells", c) for c in rows.get("cells") or () if is_open(c.get("note"))]}


#: The first results held for the second reading stay in memory while their inputs total at
#: most this many bytes; the others wait in a temporary file. A held result in memory takes
#: several times its input's bytes: with 2 MB of inputs the main process's peak RSS was 148 MB at
#: 10x and 174 MB at 100x (`bench/scale.py --scales 10 100 --workers 1`), with none 132 and 147,
#: with 256 KB 132 and 153, for about 0.04 s of CPU saved at 10x. A bound, not a share of the corpus.
HELD_IN_MEMORY = 256 * 1024


class _Held:
    """The first results of the inputs read again at the end of a run, kept in memory up to
    :data:`HELD_IN_MEMORY` bytes of their inputs, the others in a temporary file (in a large
    corpus they may be many) and read back one by one; in memory for each only what the year
    evidence asks of it (:func:`_evidence_rows`). A result kept in memory is neither pickled
    nor read back (most of a run's, or all, when the corpus is not large).

    Example:
        >>> with _Held() as held:  # doctest: +SKIP
        ...     held.add(inp, result)
        ...     [inp.display for inp, _ in held]
    """

    def __init__(self, in_memory: int | None = None) -> None:
        self._file: Any = None
        self.inputs: list[Input] = []
        self._offsets: list[int | None] = []  # where in the file; None: in memory
        self._kept: dict[int, FileResult] = {}
        self._room = HELD_IN_MEMORY if in_memory is None else in_memory  # input bytes still kept in memory
        self._asks: list[bytes] = []  # zlib(pickle(_evidence_rows(...))): a few hundred bytes each

    def __enter__(self) -> _Held:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()

    def __len__(self) -> int:
        return len(self.inputs)

    def add(self, inp: Input, result: FileResult) -> None:
        size = result.manifest.get("bytes") or 0
        if size <= self._room:
            self._room -= size
            self._kept[len(self._offsets)] = result
            self._offsets.append(None)
        else:
            if self._file is None:
                self._file = tempfile.TemporaryFile(prefix="textmine-held-")
            self._file.seek(0, os.SEEK_END)
            self._offsets.append(self._file.tell())
            pickle.dump(result, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.inputs.append(inp)
        self._asks.append(zlib.compress(pickle.dumps(_evidence_rows(result.rows), protocol=pickle.HIGHEST_PROTOCOL), 1))

    def questions(self) -> Iterator[tuple[Input, dict[str, list[dict[str, Any]]]]]:
        """Each held input with what the year evidence asks of it, without reading the file."""
        for inp, asked in zip(self.inputs, self._asks, strict=True):
            yield inp, pickle.loads(zlib.decompress(asked))  # noqa: S301 - this run's own data

    def result(self, k: int) -> FileResult:
        """The ``k``-th held result (read from the file unless kept in memory)."""
        if self._offsets[k] is None:
            return self._kept[k]
        self._file.seek(self._offsets[k])
        return pickle.load(self._file)  # noqa: S301 - this run's own file

    def __iter__(self) -> Iterator[tuple[Input, FileResult]]:
        for k, inp in enumerate(self.inputs):
            yield inp, self.result(k)


def _packed_now(result: FileResult) -> FileResult:
    """A result that came as rows (one worker, which sends rows: :func:`run`), kept back for the
    second reading, made what several workers send: its rows packed as columns for the Parquet
    writer, its reports reduced for the cross-year index, and only what the year evidence weighs
    kept as rows (:func:`_weighed_rows`, which holds every open cell: the same questions).
    Done when the result comes, while the worker reads on and this process would wait, rather
    than at the end of the run, after the worker's last reading, when every kept-back result
    (often half of a corpus) is written; smaller to keep, too. The tables written are the same."""
    if result.columns is not None or not result.rows:
        return result
    rows = result.rows
    columns = {name: pack_columns(name, table_columns(name, table)) for name, table in rows.items()}
    compact = result.compact if result.compact is not None else compact_reports(rows)
    return dataclasses.replace(result, rows=_weighed_rows(rows), columns=columns, compact=compact)


def _year_evidence() -> Any:
    from textmine.lastyear import YearEvidence

    return YearEvidence()


def _is_open(rows: dict[str, list[dict[str, Any]]]) -> bool:
    from textmine.lastyear import open_rows

    return open_rows(rows)


class _OptionsReader:
    """Every reading the rows of an input's tables allow (read once per input and template).

    What the workers read already (:meth:`know`) waits in a temporary file until it is asked
    for, not in memory: a large corpus has many reports whose reading is open.
    """

    def __init__(self, options: Options) -> None:
        self.options = options
        self.seen: dict[tuple[str, str], Any] = {}
        #: where the workers' readings of an input (``display``) are in the file, by template
        self._known: dict[str, dict[str, int]] = {}
        self._file: Any = None

    def __enter__(self) -> _OptionsReader:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()

    def know(self, inp: Input, readings: dict[str, Any]) -> None:
        """Keep what a worker read of ``inp``: every reading its rows allow, by template."""
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="textmine-readings-")
        self._file.seek(0, os.SEEK_END)
        self._known[inp.display] = {template: self._file.tell() for template in readings}
        pickle.dump(readings, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def __call__(self, inp: Input, template: str) -> Any:
        key = (inp.display, template)
        offset = self._known.get(inp.display, {}).get(template)
        if offset is not None:
            self._file.seek(offset)
            return pickle.load(self._file)[template]  # noqa: S301 - this run's own file
        if key not in self.seen:
            self.seen[key] = {}
            try:
                from textmine.ingest import read_document
                from textmine.tables import reading_options

                data, fmt = _input_bytes(inp, self.options)
                doc = read_document(
                    data, name=inp.display if inp.row is not None else inp.path, format=fmt,
                    ocr=self.options.ocr, max_pages=self.options.max_pages, max_chars=self.options.max_chars,
                )  # fmt: skip
                self.seen[key] = reading_options(doc, template=template)
            except Exception:  # noqa: BLE001 - no evidence from an input that cannot be read again
                logger.debug("reading %s again failed", inp.display, exc_info=True)
        return self.seen[key]


def _take(
    result: FileResult, summary: RunSummary | None, pending: _Pending, index: Any, seen: set[str]
) -> None:
    """Count one input's result (in ``summary``, when given) and queue its rows for writing (and
    for the cross-year index). A report whose ``report_id`` is in ``seen`` (the same bytes under
    another path) adds its manifest and ``reports`` rows only: its analysis is already queued."""
    if summary is not None:
        summary.inputs += 1
        status = result.manifest["status"]
        summary.status[status] += 1
        if status != "ok":
            summary.problems.append((result.manifest["path"], status, result.manifest["message"]))
    pending.add("manifest", [result.manifest])
    ids = {row["report_id"] for row in result.rows.get("reports") or ()}
    repeat = bool(ids) and ids <= seen
    seen |= ids
    for name, rows in (result.rows if result.columns is None else result.columns).items():
        if name == "reports" or not repeat:
            pending.add(name, rows, packed=result.columns is not None)
    if index is not None and not repeat:
        index_result(index, result)


def _load_ahead(*, writer: bool, cross_year: bool) -> None:
    """Load, in a thread while the workers start, what this process needs once the first results
    come instead of then, while the workers run: pyarrow's Parquet writer and an empty table's
    conversion from packed columns (:func:`~textmine.frames.packed_to_arrow`),
    and with ``cross_year`` the cross-year index, the year evidence and the issuer names' lexicon."""
    try:
        if writer:
            import pyarrow.parquet  # noqa: F401

            from textmine.frames import packed_to_arrow

            packed_to_arrow("manifest", [])
        if cross_year:
            from textmine.issuers import body_key
            from textmine.tables import evidence  # noqa: F401

            _cross_year_index()
            _year_evidence()
            body_key("某县人民政府", year=2020)
    except Exception:  # noqa: BLE001 - the writer itself reports a missing library
        logger.debug("loading the writer and the cross-year checks ahead failed", exc_info=True)


def _cross_year_index() -> Any:
    from textmine.checks.history import CrossYearIndex

    return CrossYearIndex()


def compact_reports(rows: dict[str, list[dict[str, Any]]]) -> list[Any]:
    """One file's output rows (``reports`` and ``cells``) reduced to what the cross-year index
    keeps (:func:`~textmine.checks.history.compact_report`); a report without cells is skipped."""
    from textmine.checks.history import compact_report

    # each table's rows by report, in one pass (a crawl file holds many reports)
    by_report: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name in ("cells", "facts", "sentences"):
        for row in rows.get(name) or ():
            by_report.setdefault(row["report_id"], {}).setdefault(name, []).append(row)
    out = []
    for report in rows.get("reports") or ():
        own = by_report.get(report["report_id"], {})
        mine = own.get("cells")
        if not mine:
            continue
        compact = compact_report(
            report["report_id"],
            issuer=report["issuer"],
            year=report["year"],
            template=report["template"],
            cells=mine,
            stamps=(report["sha256"], report["textmine_version"], report["lexicon_version"]),
            places={k: report.get(k) for k in ("province", "city", "county")},
            # what the prose says of last year (PROSE-YEAR, restated values)
            facts=own.get("facts", []),
            sentences=own.get("sentences", []),
        )
        if compact is not None:
            out.append(compact)
    return out


def index_result(index: Any, result: FileResult) -> None:
    """Feed one file's reports to a :class:`~textmine.checks.history.CrossYearIndex`."""
    for compact in compact_reports(result.rows) if result.compact is None else result.compact:
        index.insert(compact)


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


def cross_year_rows(reports: Any, cells: Any, facts: Any = None, sentences: Any = None) -> list[dict[str, Any]]:
    """``findings`` rows of the cross-year checks between the reports of two tables.

    Reports are matched by issuer and year (see :func:`textmine.checks.check_cross_year`).

    Args:
        reports: a ``reports`` table (DataFrame).
        cells: the ``cells`` table of the same run.
        facts: its ``facts`` table, if written: with ``sentences``, what the prose says of last year
            (PROSE-YEAR, restated values).
        sentences: its ``sentences`` table, if written.
    """
    import pandas as pd

    from textmine.frames import cell_records

    if reports is None or cells is None or cells.empty:
        return []
    records = cell_records(cells)
    groups = cells.groupby("report_id", sort=False).indices
    prose: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    if facts is not None and sentences is not None and not facts.empty:
        for at, frame in enumerate((facts, sentences)):  # (a missing value reads as NaN: never a claim)
            for row in frame.to_dict("records"):
                prose.setdefault(row["report_id"], ([], []))[at].append(row)
    index = _cross_year_index()
    seen: set[str] = set()
    for row in reports.itertuples(index=False):
        if row.report_id not in groups or pd.isna(row.year) or row.report_id in seen:
            continue  # no cells, no year, or the same bytes under another path
        seen.add(row.report_id)
        index.add(
            row.report_id,
            issuer=None if pd.isna(row.issuer) else row.issuer,
            year=int(row.year),
            template=None if pd.isna(row.template) else row.template,
            cells=[records[i] for i in groups[row.report_id]],
            stamps=(row.sha256, row.textmine_version, row.lexicon_version),
            places={k: getattr(row, k, None) for k in ("province", "city", "county")},
            facts=prose.get(row.report_id, ((), ()))[0],
            sentences=prose.get(row.report_id, ((), ()))[1],
        )
    return cross_year_index_rows(index)



def add_cross_year_findings(out_dir: str | os.PathLike[str], *, format: str = "parquet") -> int:
    """Run the cross-year checks on a tagged folder and append their findings; returns how many."""
    from textmine.frames import append_rows, read_table

    rows = cross_year_rows(read_table(out_dir, "reports"), read_table(out_dir, "cells"),
                           read_table(out_dir, "facts"), read_table(out_dir, "sentences"))
    if rows:
        append_rows(out_dir, "findings", rows, format=format)
    return len(rows)


class _Pending:
    """Output rows waiting to be written, by table: lists of rows, rows a caller turned into
    columns, or columns a worker packed (:attr:`FileResult.columns`); a table written from
    columns or packed columns is the same file as from the rows they came from. Tables not in
    ``tables`` are dropped. With ``packed``, rows are packed here too before they are written
    (:func:`~textmine.frames.pack_columns`), so that nothing is converted by ``pyarrow.array``.

    Example:
        >>> pending = _Pending(("manifest",))
        >>> pending.add("manifest", [{"path": "a.txt"}]); pending.rows("manifest")
        [{'path': 'a.txt'}]
    """

    def __init__(self, tables: tuple[str, ...], *, packed: bool = False) -> None:
        self._parts: dict[str, list[tuple[str, Any]]] = {name: [] for name in tables}
        self.packed = packed

    def add(self, table: str, data: Any, *, columns: bool = False, packed: bool = False) -> None:
        """Queue rows (a list of dicts), or with ``columns`` the columns of rows, or with
        ``packed`` their packed columns."""
        if table not in self._parts:
            return
        if packed:
            if data[0]:
                self._parts[table].append(("packed", data))
        elif len(data[0]) if columns and data else len(data):
            self._parts[table].append(("columns" if columns else "rows", data))

    def rows(self, table: str) -> list[dict[str, Any]]:
        """The rows queued for ``table`` (queued as rows only)."""
        return [row for kind, rows in self._parts[table] if kind == "rows" for row in rows]

    def _joined(self, name: str) -> list[list[Any]]:
        joined: list[list[Any]] = [[] for _ in column_names(name)]
        for kind, data in self._parts[name]:
            for column, values in zip(joined, data if kind == "columns" else table_columns(name, data), strict=True):
                column.extend(values)
        return joined

    def _packs(self, name: str) -> list[Any]:
        """The queued parts of ``name`` packed, in order; neighbouring rows (the manifest's, one
        per input) packed together. What was packed stays queued packed (a :meth:`snapshot`
        does not pack the same rows again at the next one or at :meth:`flush`)."""
        packs: list[Any] = []
        rows: list[dict[str, Any]] = []
        for kind, data in self._parts[name]:
            if kind == "rows":
                rows.extend(data)
                continue
            if rows:
                packs.append(pack_columns(name, table_columns(name, rows)))
                rows = []
            packs.append(data if kind == "packed" else pack_columns(name, data))
        if rows:
            packs.append(pack_columns(name, table_columns(name, rows)))
        self._parts[name] = [("packed", data) for data in packs]
        return packs

    def _arrow(self, name: str) -> Any:
        from textmine.frames import columns_to_arrow, packed_to_arrow

        if self.packed or any(kind == "packed" for kind, _ in self._parts[name]):
            return packed_to_arrow(name, self._packs(name))
        return columns_to_arrow(name, self._joined(name))

    def snapshot(self) -> dict[str, Any]:
        """What is queued, as an Arrow table by output table (queued stays queued)."""
        return {name: self._arrow(name) for name, parts in self._parts.items() if parts}

    def flush(self, writer: TableWriter) -> None:
        """Write what is queued, one write per table, and forget it."""
        for name, parts in self._parts.items():
            if not parts:
                continue
            if all(kind == "rows" for kind, _ in parts) and not self.packed:
                writer.write(name, [row for _, rows in parts for row in rows])
            elif self.packed or any(kind == "packed" for kind, _ in parts):
                writer.write_packed(name, self._packs(name))
            else:
                writer.write_columns(name, self._joined(name))
            self._parts[name] = []


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
    timeout: float | None = DEFAULT_TIMEOUT,
    ocr: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_chars: int = DEFAULT_MAX_CHARS,
    text_column: str | None = None,
    title_column: str | None = None,
    date_column: str | None = None,
    url_column: str | None = None,
    issuer_column: str | None = None,
) -> Frames:
    """Tag files and folders in memory and return every output table as DataFrames.

    The same tables as :func:`run` writes, cross-year findings included (``cross_year=False``
    skips them), with the same options. ``paths`` may also hold pandas DataFrames: each is a
    crawl table, one report per row (``text_column=`` … name its columns when their names are
    not the usual ones).

    Example:
        >>> frames = tag("corpora")  # doctest: +SKIP
        >>> frames.sections.kind.value_counts()  # doctest: +SKIP
        >>> tag(crawl_df, text_column="正文").manifest.path[0]  # doctest: +SKIP
        '<dataframe>#row=1'
    """
    if isinstance(paths, (str, os.PathLike)) or not isinstance(paths, Iterable) or hasattr(paths, "columns"):
        paths = [paths]
    inputs, _, _ = expand_inputs(
        list(paths), text_column=text_column, title_column=title_column,
        date_column=date_column, url_column=url_column, issuer_column=issuer_column,
    )  # fmt: skip
    options = Options(
        ocr=ocr, max_bytes=max_bytes, max_pages=max_pages, max_chars=max_chars, readings=cross_year, optional=False
    )  # fmt: skip
    pending = _Pending(TABLES)
    with _mapper(workers=workers, engine="local", scheduler=None, timeout=timeout) as mapped:
        index = _cross_year_index() if cross_year else None
        seen: set[str] = set()
        for result, _ in _final_results(inputs, mapped=mapped, options=options, evidence=cross_year):
            _take(result, None, pending, index, seen)
    rows = {name: pending.rows(name) for name in TABLES}
    if index is not None:
        rows["findings"].extend(cross_year_index_rows(index))
    return Frames.from_rows(rows)
