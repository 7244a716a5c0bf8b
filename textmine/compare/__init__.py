"""Comparing reports: emphasis shares, multi-group keyness, similarity and copying, classifiers.

Every function takes the tables that :func:`textmine.tag` returns (a
:class:`~textmine.frames.Frames`) or a plain dict of DataFrames read back from its output, and
returns a tidy long DataFrame (or, for :func:`compare_groups`, a small result record).
:func:`compare_command` is the body of ``textmine compare OUT --by year -o RESULTS``.

Example:
    >>> from textmine.compare import emphasis, keyness
    >>> frames = textmine.tag(["corpora/"])  # doctest: +SKIP
    >>> emphasis(frames, by=["year"]).head()  # doctest: +SKIP
    >>> keyness(frames, by="year", level="theme").groupby("group").head(5)  # doctest: +SKIP
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pandas as pd

from textmine.compare.classifiers import GroupComparison, ThemeShares, compare_groups
from textmine.compare.emphasis import emphasis
from textmine.compare.keyness import COLUMNS as KEYNESS_COLUMNS
from textmine.compare.keyness import feature_counts, keyness, top_features
from textmine.compare.similarity import (
    boilerplate_flags,
    copied_share,
    near_duplicate_sentences,
    previous_reports,
    report_similarity,
)

logger = logging.getLogger(__name__)

__all__ = [
    "GroupComparison",
    "ThemeShares",
    "boilerplate_flags",
    "compare_command",
    "compare_groups",
    "copied_share",
    "emphasis",
    "feature_counts",
    "keyness",
    "near_duplicate_sentences",
    "previous_reports",
    "report_similarity",
    "top_features",
]


def _load(out_dir: Path, name: str) -> pd.DataFrame:
    try:
        from textmine.evaluate import load_table
    except ImportError:  # pragma: no cover - evaluate is part of the package
        load_table = None
    frame = load_table(out_dir, name) if load_table is not None else None
    if frame is None:
        for ext in (".parquet", ".csv"):
            path = out_dir / f"{name}{ext}"
            if path.exists():
                frame = (
                    pd.read_parquet(path)
                    if ext == ".parquet"
                    else pd.read_csv(path, encoding="utf-8-sig")
                )
                break
    if frame is None:
        raise FileNotFoundError(
            f"no {name}.parquet or {name}.csv in {out_dir}; run `textmine tag CORPUS -o {out_dir}` first"
        )
    return frame


def _write(frame: pd.DataFrame, results: Path, name: str, format: str) -> Path:
    path = results / f"{name}.{format}"
    if format == "parquet":
        frame.to_parquet(path, index=False)
    else:
        frame.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")
    return path


def _figures(emph: pd.DataFrame, keys: pd.DataFrame, *, by: str, results: Path) -> dict[str, Path]:
    """Emphasis heatmap and top-keyness bars as PNG and SVG (needs matplotlib and a CJK font;
    without them the tables are still written and the log says what to install)."""
    from textmine import plot
    from textmine.errors import MissingDependencyError

    try:
        figures = {"emphasis_figure": (lambda: plot.emphasis_heatmap(emph, by=by), "emphasis")}
        if not keys.empty:
            figures["keyness_figure"] = (lambda: plot.keyness_bars(top_features(keys, n=10), n=10), "keyness")
        out: dict[str, Path] = {}
        for name, (draw, stem) in figures.items():
            png, svg = plot.save(draw(), results / stem)
            out[name], out[name.replace("figure", "svg")] = png, svg
        return out
    except (MissingDependencyError, plot.MissingFontError) as exc:
        logger.warning("no figures: %s", exc)
        return {}


def _with_reports(pairs: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """Add issuer and year of ``report_a``/``report_b`` so a pair table reads on its own."""
    meta = reports.drop_duplicates("report_id").set_index("report_id")[["issuer", "year"]]
    out = pairs.copy()
    for side in ("a", "b"):
        ids = out[f"report_{side}"]
        out[f"issuer_{side}"] = ids.map(meta["issuer"])
        out[f"year_{side}"] = ids.map(meta["year"])
    return out


def _with_sentences(pairs: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Add the text of ``sentence_a``/``sentence_b`` to a near-duplicate table."""
    text = sentences.drop_duplicates(["report_id", "sentence_id"]).set_index(["report_id", "sentence_id"])["text"]
    out = pairs.copy()
    for side in ("a", "b"):
        keys = list(zip(out[f"report_{side}"], out[f"sentence_{side}"], strict=True))
        out[f"text_{side}"] = [text.get(k) for k in keys]
    return out


def compare_command(
    out_dir: Path,
    *,
    by: str,
    results: Path,
    level: str = "theme",
    no_boilerplate: bool = False,
    format: str = "csv",
    segmenter: str = "jieba",
) -> dict[str, Path]:
    """Compute the comparison tables from the output of ``textmine tag`` and write them.

    Reads ``reports`` and ``sentences`` (Parquet or CSV) from ``out_dir``; writes to
    ``results``: ``emphasis`` (theme shares by ``by``), ``emphasis_kind`` (by ``by`` and
    section kind), ``keyness`` (each group of ``by`` vs the rest, at ``level``),
    ``similarity`` (report pairs), ``near_duplicates`` (sentence pairs), ``copied_share``
    and, when matplotlib and a CJK font are available, two PNG figures.

    Args:
        out_dir: folder that ``textmine tag`` wrote.
        by: grouping column of ``reports`` (``year``, ``template``, ``province`` …).
        results: folder for the result tables (created).
        level: keyness over ``"theme"`` labels or ``"word"`` tokens.
        no_boilerplate: drop sentences recurring across ≥ 3 issuers from emphasis and keyness.
        format: ``"csv"`` (UTF-8 with BOM) or ``"parquet"``.
        segmenter: word segmenter backend for word keyness and report similarity
            (``"jieba"`` or ``"rjieba"``, see :func:`textmine.segment.get_segmenter`).

    Returns:
        Written files by result name.

    Raises:
        FileNotFoundError: ``out_dir`` lacks the ``reports`` or ``sentences`` table.

    >>> compare_command(Path("out"), by="year", results=Path("results"))  # doctest: +SKIP
    {'emphasis': PosixPath('results/emphasis.csv'), ...}
    """
    if format not in ("csv", "parquet"):
        raise ValueError(f"format must be 'csv' or 'parquet', got {format!r}")
    from textmine.segment import get_segmenter

    seg = get_segmenter(segmenter)
    out_dir, results = Path(out_dir), Path(results)
    results.mkdir(parents=True, exist_ok=True)
    frames: dict[str, Any] = {name: _load(out_dir, name) for name in ("reports", "sentences")}
    if no_boilerplate:
        flags = boilerplate_flags(frames)
        sents = frames["sentences"].sort_values(["report_id", "sentence_id"]).reset_index(drop=True)
        flags = flags.sort_values(["report_id", "sentence_id"]).reset_index(drop=True)
        keep = ~flags["boilerplate"].to_numpy()
        logger.info("compare: dropping %d boilerplate sentences", int((~keep).sum()))
        analysed: dict[str, Any] = {
            "reports": frames["reports"],
            "sentences": sents.loc[keep].reset_index(drop=True),
        }
    else:
        analysed = frames
    reports = analysed["reports"]
    if by in reports and not pd.api.types.is_numeric_dtype(reports[by]):
        # a report with no value for the grouping (no template, no province) is a group of its own
        analysed = dict(analysed, reports=reports.assign(**{by: reports[by].fillna("(none)")}))
    written: dict[str, Path] = {}
    emph = emphasis(analysed, by=[by])
    written["emphasis"] = _write(emph, results, "emphasis", format)
    written["emphasis_kind"] = _write(
        emphasis(analysed, by=[by, "kind"]), results, "emphasis_kind", format
    )
    try:
        keys = keyness(analysed, by=by, level=level, min_count=5 if level == "word" else 1, segmenter=seg)
    except ValueError as exc:  # e.g. a single group: nothing to contrast
        logger.warning("compare: no keyness table (%s)", exc)
        keys = pd.DataFrame(columns=KEYNESS_COLUMNS)
    written["keyness"] = _write(keys, results, "keyness", format)
    written["similarity"] = _write(
        _with_reports(report_similarity(frames, segmenter=seg), frames["reports"]), results, "similarity", format
    )
    written["near_duplicates"] = _write(
        _with_sentences(
            _with_reports(near_duplicate_sentences(frames), frames["reports"]), frames["sentences"]
        ),
        results,
        "near_duplicates",
        format,
    )
    written["copied_share"] = _write(copied_share(frames), results, "copied_share", format)
    written.update(_figures(emph, keys, by=by, results=results))
    logger.info("compare: wrote %d result files to %s", len(written), results)
    return written
