"""The ``textmine`` command: a thin layer over the library's public functions.

Only this module prints, draws progress bars or exits.

Example:
    $ textmine tag corpora/ -o out/
    $ textmine eval --gold ../shared/corpus/gold
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import typer

from textmine._version import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Chinese government disclosure annual reports into tidy research tables.\n\n"
    "Example: textmine tag corpora/ -o out/ && textmine compare out/ --by year -o results/",
)

DEFAULT_CORPUS = Path("..") / "shared" / "corpus"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"textmine {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """textmine: deterministic, offline text mining of 政府信息公开工作年度报告."""


@app.command()
def tag(
    paths: list[Path] = typer.Argument(..., help="Report files and/or folders to walk."),
    out: Path = typer.Option(..., "-o", "--out", help="Folder for the output tables."),
    format: str = typer.Option(
        "parquet", "--format",
        help="parquet, csv (UTF-8 with BOM, opens in Excel) or dta (Stata 118 files with Chinese "
        "variable labels, written beside the Parquet tables that other textmine commands read).",
    ),
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Worker processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary."),
    texts: bool = typer.Option(
        False, "--texts", help="Also write `texts`: the normalised text every start/end points into."
    ),
    timeout: float = typer.Option(
        120.0, "--timeout-per-file", min=0,
        help="Seconds one file (or crawl row) may take before it is stopped and recorded as "
        "timed out; 0 for no limit.",
    ),
    ocr: bool = typer.Option(
        False, "--ocr", help="Read PDF pages without a text layer through tesseract (if installed)."
    ),
    max_bytes: int = typer.Option(
        100 * 1024 * 1024, "--max-bytes", min=1, help="Files larger than this are not read (an error)."
    ),
    max_pages: int = typer.Option(1000, "--max-pages", min=1, help="PDFs with more pages are not read."),
    max_chars: int = typer.Option(
        5_000_000, "--max-chars", min=1, help="Texts longer than this are not analysed (an error)."
    ),
    text_column: str | None = typer.Option(
        None, "--text-column", help="Crawl tables: the column with the report text "
        "(default: the first of 内容 正文 全文 content text body html)."
    ),
    title_column: str | None = typer.Option(None, "--title-column", help="Crawl tables: the title column (default 标题/title)."),
    date_column: str | None = typer.Option(
        None, "--date-column", help="Crawl tables: the date column (default 发布日期 发布时间 时间 日期 date)."
    ),
    url_column: str | None = typer.Option(
        None, "--url-column", help="Crawl tables: the URL column (default 访问地址 链接 网址 url link)."
    ),
    issuer_column: str | None = typer.Option(
        None, "--issuer-column", help="Crawl tables: the publishing body (default 发布机构 发布单位 来源 单位 issuer)."
    ),
    engine: str = typer.Option(
        "local", "--engine", help="local (a process pool) or dask (pip install 'textmine[dask]')."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="With --engine dask: a running scheduler's address (default: a local cluster of --workers processes)."
    ),
    resume: bool = typer.Option(
        False, "--resume",
        help="Skip the inputs an earlier run into OUT (finished, or killed mid-way) wrote from the same "
        "bytes (manifest path and sha256) and analyse the rest; the tables equal one run over "
        "everything. Parquet (and dta) only.",
    ),
) -> None:
    """Tag every report under PATHS and write manifest, reports, sections, sentences … to OUT.

    PATHS are report files (.txt .md .html .pdf .docx .doc), folders of them, and crawl tables
    (.csv .tsv .jsonl .parquet .xlsx, one report per row: every row gets a manifest entry
    FILE#row=N).

    Example: textmine tag corpora/ crawl.csv -o out/ --workers 2

    Exit status: 0 when every file was read, 1 when some failed (the rest is still written),
    2 for usage errors.
    """
    from textmine.corpus import run

    if format not in ("parquet", "csv", "dta"):
        raise typer.BadParameter(f"--format must be parquet, csv or dta, got {format!r}")
    if resume and format == "csv":
        raise typer.BadParameter("--resume needs --format parquet or dta (a CSV run keeps no journal)", param_hint="--resume")
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"--engine must be local or dask, got {engine!r}")
    if scheduler and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    if engine == "dask":
        import importlib.util

        from textmine.engines import INSTALL_HINT

        if importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None:
            raise typer.BadParameter(INSTALL_HINT, param_hint="--engine")
    for path in paths:
        if not path.exists():
            raise typer.BadParameter(f"{path} does not exist: check the path", param_hint="PATHS")
    if out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} is a file; give a folder for the tables", param_hint="-o")
    bar = None
    show_bar = not quiet and sys.stderr.isatty()

    def on_start(total: int) -> None:
        nonlocal bar
        if show_bar:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="file", desc="tagging", file=sys.stderr)

    def on_file(result) -> None:  # noqa: ANN001 - FileResult
        if bar is not None:
            bar.update(1)

    summary = run(
        paths, out, format="parquet" if format == "dta" else format, workers=workers, texts=texts, on_start=on_start, on_file=on_file,
        timeout=timeout or None, ocr=ocr, max_bytes=max_bytes, max_pages=max_pages,
        max_chars=max_chars, text_column=text_column, title_column=title_column,
        date_column=date_column, url_column=url_column, issuer_column=issuer_column,
        engine=engine, scheduler=scheduler, resume=resume,
    )  # fmt: skip
    if bar is not None:
        bar.close()
    if format == "dta":
        from textmine.export import write_stata_folder

        write_stata_folder(out)
    if not quiet:
        _print_summary(summary)
    if summary.files == 0:
        typer.echo(
            f"no report files (.txt .md .htm .html .shtml .pdf .docx .doc, or a crawl table "
            f".csv .tsv .jsonl .parquet .xlsx) under "
            f"{', '.join(map(str, paths))}; {_ignored(summary.ignored)}",
            err=True,
        )
        raise typer.Exit(1)
    raise typer.Exit(1 if summary.status["error"] else 0)


def _ignored(paths: list[str], *, shown: int = 5) -> str:
    """``'2 other files ignored (a.xls, b.csv)'``: the files of the folders that are not reports.

    >>> _ignored(["a/x.xls", "a/y.et"])
    '2 other files ignored (a/x.xls, a/y.et)'
    >>> _ignored([])
    '0 other files ignored'
    """
    if not paths:
        return "0 other files ignored"
    more = f", … and {len(paths) - shown} more" if len(paths) > shown else ""
    files = "file" if len(paths) == 1 else "files"
    return f"{len(paths)} other {files} ignored ({', '.join(paths[:shown])}{more})"


def _print_summary(summary) -> None:  # noqa: ANN001 - RunSummary
    s = summary.status
    crawl = f" ({summary.inputs} inputs with crawl rows)" if summary.inputs != summary.files else ""
    typer.echo(
        f"{summary.files} files{crawl} read in {summary.seconds:.1f} s: {s['ok']} ok, "
        f"{s['warning']} with warnings, {s['error']} failed; {_ignored(summary.ignored)}."
    )
    if summary.skipped:
        typer.echo(f"resumed: {summary.skipped} inputs taken from the earlier run (same sha256), not analysed again.")
    rows = ", ".join(f"{name} {n}" for name, n in summary.rows.items())
    typer.echo(f"rows: {rows}")
    for path, status, message in summary.problems[:15]:
        typer.echo(f"  {status:7s} {path}: {message}")
    if len(summary.problems) > 15:
        typer.echo(f"  … and {len(summary.problems) - 15} more (see manifest)")
    typer.echo(f"tables written to {summary.out_dir}")


@app.command(name="eval")
def eval_(
    gold: Path = typer.Option(DEFAULT_CORPUS / "gold", "--gold", help="Folder of gold JSON files."),
    corpus: Path | None = typer.Option(
        None, "--corpus", help="Folder the gold 'file' paths are relative to (default: gold/..)."
    ),
    out: Path | None = typer.Option(
        None, "--out", "-o", help="Score this existing tag output instead of tagging anew."
    ),
    aspects: str = typer.Option(
        "meta,sections,cells,facts,themes", "--aspects", help="Comma-separated aspects to score."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the full scores as JSON."),
) -> None:
    """Score sections, metadata, cells, facts and themes against the gold annotations.

    Example: textmine eval --gold ../shared/corpus/gold
    """
    from textmine.corpus import run
    from textmine.evaluate import load_gold, score

    if not gold.is_dir():
        raise typer.BadParameter(
            f"gold folder {gold} not found: give the folder of gold JSON files with --gold DIR",
            param_hint="--gold",
        )
    corpus = corpus or gold.parent
    wanted = tuple(a.strip() for a in aspects.split(",") if a.strip())
    with tempfile.TemporaryDirectory(prefix="textmine-eval-") as tmp:
        if out is None:
            files = [corpus / g["file"] for g in load_gold(gold)]
            out = Path(tmp)
            run(files, out)
        scores = score(out, gold, aspects=wanted)
    if as_json:
        typer.echo(json.dumps(scores, ensure_ascii=False, indent=1, default=str))
        return
    _print_scores(scores)


def _print_scores(scores: dict) -> None:
    typer.echo(f"reports: {scores.get('reports_found')} of {scores.get('reports_gold')} gold reports tagged")
    for rid, detail in scores.get("per_report", {}).items():
        parts = []
        if "sections" in detail:
            parts.append(f"sections F1 {detail['sections']['f1']:.3f}")
        if "meta" in detail:
            bad = [f"{k} {v}" for k, v in detail["meta"].items() if v is not True]
            parts.append("meta ok" if not bad else "meta: " + "; ".join(bad))
        if "cells" in detail:
            parts.append(f"cells {detail['cells']:.3f}")
        if "facts" in detail:
            parts.append(f"facts recall {detail['facts']['recall']:.3f}")
        typer.echo(f"  {rid:12s} " + " | ".join(parts))
        if "sections" in detail:
            for miss in detail["sections"]["misses"]:
                typer.echo(f"      section miss: {miss}")
            for extra in detail["sections"]["extra"]:
                typer.echo(f"      section extra: {extra}")
    typer.echo("overall:")
    if "meta" in scores:
        typer.echo("  meta: " + ", ".join(f"{k} {v:.3f}" for k, v in scores["meta"].items()))
    for key in ("sections_f1", "cells_accuracy", "facts_recall", "themes_micro_f1"):
        if key in scores:
            typer.echo(f"  {key}: {scores[key]}")
    if "non_facts_violated" in scores:
        typer.echo(f"  non_facts_violated: {scores['non_facts_violated']} of {scores['non_facts_total']}")


def _read_or_exit(path: Path):  # noqa: ANN202 - Report
    from textmine.errors import ReadError
    from textmine.pipeline import read

    if not path.exists():
        raise typer.BadParameter(f"{path} does not exist: check the path", param_hint="FILE")
    if path.is_dir():
        raise typer.BadParameter(
            f"{path} is a folder; give one report file (`textmine tag {path} -o OUT` reads a folder)",
            param_hint="FILE",
        )
    try:
        return read(path)
    except (ReadError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        typer.echo("the file could not be read as a report; see the README's input formats", err=True)
        raise typer.Exit(1) from None


@app.command()
def facts(
    file: Path = typer.Argument(..., help="One report file."),
    indicator_only: bool = typer.Option(False, "--indicators", help="Only facts with a canonical indicator."),
) -> None:
    """Print the numeric facts stated in a report's prose as a readable table.

    Example: textmine facts corpora/gaotai-2016.txt --indicators
    """
    report = _read_or_exit(file)
    frame = report.facts
    if indicator_only:
        frame = frame[frame["indicator"].notna()]
    if frame.empty:
        typer.echo(f"{file}: no numeric facts found")
        return
    shown = frame[["value_exact", "unit", "qualifier", "change", "counted", "indicator", "text"]]
    shown = shown.rename(columns={"value_exact": "value"}).fillna("")
    typer.echo(f"{file}: {len(frame)} facts")
    typer.echo(shown.to_string(index=False))


#: How a cell's status is shown in `textmine tables` (numbers are shown as themselves).
STATUS_MARKS = {"blank": "·", "dash": "—", "none_word": "无", "missing": "∅"}


@app.command()
def tables(file: Path = typer.Argument(..., help="One report file.")) -> None:
    """Show a report's statistics tables as rows × columns, with each cell's status.

    Marks: · blank cell, — dash or slash, 无 the word 无, ∅ not in the report, * a value
    whose split from a run of digits had to be inferred.

    Example: textmine tables corpora/qingshan-county-2019.txt
    """
    report = _read_or_exit(file)
    if not report.cell_records:
        typer.echo(f"{file}: no statistics table found")
        return
    typer.echo(f"{file}: template {report.meta.template}")
    import pandas as pd

    by_table: dict[str, list] = {}
    for cell in report.cell_records:
        by_table.setdefault(cell.table, []).append(cell)
    for table, cells in by_table.items():
        rows: dict[str, dict[str, str]] = {}
        for c in cells:
            row = c.row_key or f"({c.label})"
            if c.status == "number":
                shown = f"{c.value}{'*' if c.inferred else ''}"
            else:
                shown = STATUS_MARKS.get(c.status, c.raw)
            rows.setdefault(row, {})[c.col_key or ""] = shown
        frame = pd.DataFrame.from_dict(rows, orient="index").fillna("")
        typer.echo(f"\n[{table}]")
        typer.echo(frame.to_string())
    counts = pd.Series([c.status for c in report.cell_records]).value_counts()
    typer.echo("\ncells: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command()
def check(
    paths: list[Path] = typer.Argument(..., help="Report files and/or folders."),
    errors_only: bool = typer.Option(False, "--errors", help="Only error-level findings."),
) -> None:
    """Check statistics tables against their identities, prose against tables, and
    consecutive years of the same issuer against each other; print the findings.

    Example: textmine check corpora/ --errors

    Exit status: 0 when every file was read, 1 when some could not be read.
    """
    from textmine.checks import check_cross_year
    from textmine.corpus import iter_reports

    for path in paths:
        if not path.exists():
            raise typer.BadParameter(f"{path} does not exist: check the path", param_hint="PATHS")
    failed = 0
    findings: dict[str, list] = {}
    names: dict[str, str] = {}
    kept = []
    for path, report, error in iter_reports(paths):
        if error is not None:
            failed += 1
            typer.echo(f"error: {error}", err=True)
            continue
        names[report.report_id] = str(path)
        findings.setdefault(report.report_id, []).extend(report.finding_records)
        kept.append((report.report_id, report.meta, report.cell_records, report.fact_records, report.sentences))
    for rid, finding in check_cross_year(kept):
        findings[rid].append(finding)
    total = 0
    for rid, items in findings.items():
        items = [f for f in items if f.severity == "error" or not errors_only]
        if not items:
            continue
        typer.echo(names[rid])
        for f in items:
            typer.echo(f"  {f.severity:7s} {f.check_id:12s} {f.message}")
        total += len(items)
    typer.echo(f"{total} findings in {len(names)} reports")
    if not names and not failed:
        typer.echo(
            f"no report files under {', '.join(map(str, paths))}: give .txt .md .html .pdf .docx .doc "
            "files or folders holding them",
            err=True,
        )
        raise typer.Exit(1)
    raise typer.Exit(1 if failed else 0)


@app.command()
def compare(
    out: Path = typer.Argument(..., help="A folder that `textmine tag` wrote."),
    by: str = typer.Option("year", "--by", help="Grouping column of `reports` (year, province, admin_level, template, issuer)."),
    results: Path = typer.Option(..., "-o", "--results", help="Folder for the result tables."),
    level: str = typer.Option("theme", "--level", help="Keyness level: theme or word."),
    no_boilerplate: bool = typer.Option(False, "--no-boilerplate", help="Drop sentences that recur across issuers first."),
    segmenter: str = typer.Option(
        "jieba", "--segmenter", help="Word segmenter: jieba, or rjieba (same tokens, faster; pip install 'textmine[fast]')."
    ),
) -> None:
    """Compare emphasis across groups: theme shares, keyness, similarity and copying.

    Example: textmine compare out/ --by year -o results/ --level word
    """
    from textmine.compare import compare_command

    if level not in ("theme", "word"):
        raise typer.BadParameter(f"--level must be theme or word, got {level!r}", param_hint="--level")
    from textmine.segment import SEGMENTERS

    if segmenter not in SEGMENTERS:
        raise typer.BadParameter(
            f"--segmenter must be one of {', '.join(sorted(SEGMENTERS))}, got {segmenter!r}"
        )
    from textmine.frames import read_table

    reports = read_table(out, "reports")
    sentences = read_table(out, "sentences")
    if reports is None or sentences is None:
        raise typer.BadParameter(
            f"{out} holds no tables written by `textmine tag`: run `textmine tag REPORTS -o {out}` first",
            param_hint="OUT",
        )
    known = sorted(set(reports.columns) | set(sentences.columns))
    if by not in known:
        raise typer.BadParameter(
            f"{by!r} is not a column of reports or sentences; use one of {', '.join(known)}",
            param_hint="--by",
        )
    if sentences.empty:
        typer.echo(
            f"{out}: no sentences to compare (no report was read): see {out}/manifest for why", err=True
        )
        raise typer.Exit(1)
    written = compare_command(
        out, by=by, results=results, level=level, no_boilerplate=no_boilerplate, segmenter=segmenter
    )
    for name, path in written.items():
        typer.echo(f"{name}: {path}")


def _tag_folder_or_exit(out: Path) -> None:
    from textmine.frames import read_table

    if not out.is_dir() or read_table(out, "reports") is None:
        raise typer.BadParameter(
            f"{out} is not a folder written by `textmine tag` (no reports.parquet or reports.csv)",
            param_hint="OUT",
        )


@app.command()
def panel(
    out: Path = typer.Argument(..., help="A folder that `textmine tag` wrote."),
    results: Path = typer.Option(..., "-o", "--output", help="Folder for panel.parquet, panel.csv and panel.dta."),
) -> None:
    """One row per issuer-year: headline indicators of every era, each with its source.

    Example: textmine panel out/ -o panel/
    """
    from textmine.panels import panel as build_panel
    from textmine.panels import write_table

    _tag_folder_or_exit(out)
    frame = build_panel(out)
    for fmt, path in write_table(frame, results, name="panel").items():
        typer.echo(f"{fmt}: {path}")
    status = frame["status"].value_counts().to_dict() if len(frame) else {}
    typer.echo(
        f"{frame['issuer_key'].nunique() if len(frame) else 0} issuers, {len(frame)} issuer-years "
        f"({', '.join(f'{k} {v}' for k, v in sorted(status.items()))})"
    )


@app.command()
def audit(
    out: Path = typer.Argument(..., help="A folder that `textmine tag` wrote."),
    results: Path = typer.Option(..., "-o", "--output", help="Folder for audit, audit_issuers and audit_evidence (Parquet, CSV, .dta)."),
    html_page: Path = typer.Option(None, "--html", help="Also write the self-contained audit page to this HTML file."),
) -> None:
    """Quality measures per report and per issuer, with the evidence behind each, and an index.

    Example: textmine audit out/ -o audit/ --html audit/audit.html
    """
    from textmine.audits import audit as run_audit
    from textmine.audits import write_audit

    _tag_folder_or_exit(out)
    result = run_audit(out)
    for name, path in write_audit(result, results).items():
        typer.echo(f"{name}: {path}")
    if html_page is not None:
        from textmine.auditpage import audit_page

        html_page.parent.mkdir(parents=True, exist_ok=True)
        html_page.write_text(audit_page(result), encoding="utf-8")
        typer.echo(f"html: {html_page}")
    index = result.reports["index"].dropna()
    if len(index):
        typer.echo(
            f"{len(result.reports)} reports, {len(result.issuers)} issuers; index median {index.median():.1f} "
            f"(min {index.min():.1f}, max {index.max():.1f})"
        )


def main() -> None:
    """Entry point of the ``textmine`` console script."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
