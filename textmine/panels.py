"""The issuer-year panel: one row per body and year, headline indicators of every era on one
set of columns, each value with its provenance.

:func:`panel` takes the tables ``textmine tag`` wrote (a folder, a
:class:`~textmine.frames.Frames` or a dict of DataFrames) and returns one row per issuer key
(:mod:`textmine.issuers`) and year, from the body's first to its last year in the corpus:

* the first columns are ``issuer_key, issuer, admin_level, year, template, report_id, status``
  (SCHEMA.md §4); ``status`` is ``ok`` (one report), ``several`` (more than one distinct report
  for the year: the row uses the one with most numeric cells, ``other_reports`` lists the rest)
  or ``absent`` (no report that year: the row is there, its values empty);
* copies of one report (HTML page and PDF, crawled twice; :mod:`textmine.duplicates`) count
  once: ``copies`` says how many inputs the row stands for;
* every indicator of ``lexicons/panel.yaml`` has a value column, ``<name>_source`` (``cell`` or
  ``fact``) and ``<name>_ref`` (the cell keys summed, or ``fact:<fact_id>``), so each value can
  be checked against what it cites.

Example:
    >>> p = panel("out/")  # doctest: +SKIP
    >>> p[["issuer_key", "year", "status", "requests_new", "requests_new_source"]]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from textmine import lexicons
from textmine.compare._tables import table
from textmine.duplicates import duplicate_groups
from textmine.issuers import issuer_table

logger = logging.getLogger(__name__)

LEXICON = "panel.yaml"

#: The first columns of the panel, in order (SCHEMA.md §4).
KEY_COLUMNS = ("issuer_key", "issuer", "admin_level", "year", "template", "report_id", "status")

#: Columns after the keys and before the indicators.
INFO_COLUMNS = ("province", "city", "county", "admin_code", "copies", "other_reports")

#: Tables :func:`panel` reads from a folder.
INPUT_TABLES = ("reports", "cells", "facts", "sentences")


@functools.lru_cache(maxsize=1)
def indicators() -> dict[str, dict[str, Any]]:
    """The panel's indicators (``lexicons/panel.yaml``), in column order.

    >>> list(indicators())[:3]
    ['active_items', 'normative_docs', 'requests_new']
    """
    data = lexicons.load_yaml(LEXICON)
    out: dict[str, dict[str, Any]] = {}
    for name, spec in (data.get("indicators") or {}).items():
        for field in ("label", "unit", "cells", "facts", "units"):
            if field not in spec:
                raise lexicons.LexiconError(f"lexicon {LEXICON!r}: indicator {name!r} has no {field!r}")
        if len(name) + len("_source") > 32:
            raise lexicons.LexiconError(
                f"lexicon {LEXICON!r}: indicator {name!r} is too long for a Stata name with _source (32 characters)"
            )
        out[str(name)] = spec
    return out


def panel_columns() -> list[str]:
    """All columns of the panel, in order.

    >>> panel_columns()[:7]
    ['issuer_key', 'issuer', 'admin_level', 'year', 'template', 'report_id', 'status']
    """
    cols = [*KEY_COLUMNS, *INFO_COLUMNS]
    for name in indicators():
        cols += [name, f"{name}_source", f"{name}_ref"]
    return cols


def load_frames(source: Any, names: Sequence[str] = INPUT_TABLES) -> dict[str, Any]:
    """The tables ``names`` of ``source``: a folder ``textmine tag`` wrote, a Frames or a dict.

    Raises:
        FileNotFoundError: a folder without a ``reports`` table.
    """
    from textmine.frames import read_table, to_pandas

    if isinstance(source, (str, Path)):
        out: dict[str, Any] = {}
        for name in names:
            frame = read_table(source, name)
            if frame is None:
                if name == "reports":
                    raise FileNotFoundError(
                        f"{source}: no reports table (reports.parquet or reports.csv); "
                        "expected a folder written by `textmine tag`"
                    )
                frame = to_pandas(name, [])
            out[name] = frame
        return out
    out = {}
    for name in names:
        try:
            out[name] = table(source, name)
        except KeyError:
            out[name] = to_pandas(name, [])
    return out


def _partial_markers() -> tuple[str, ...]:
    prose = lexicons.load_yaml("checks.yaml").get("prose") or {}
    return tuple(prose.get("partial_markers") or ())


def _cell_values(cells: Any) -> dict[str, dict[str, tuple[str, float | None]]]:
    """report_id → cell key → (status, value)."""
    out: dict[str, dict[str, tuple[str, float | None]]] = {}
    keyed = cells[cells["row_key"].notna() & cells["col_key"].notna()]
    for rec in keyed[["report_id", "table", "row_key", "col_key", "status", "value"]].itertuples(index=False):
        value = None if rec.value is None or (isinstance(rec.value, float) and math.isnan(rec.value)) else float(rec.value)
        out.setdefault(str(rec.report_id), {}).setdefault(
            f"{rec.table}.{rec.row_key}.{rec.col_key}", (str(rec.status), value)
        )
    return out


def _from_cells(spec: Mapping[str, Any], template: str | None, cells: Mapping[str, tuple[str, float | None]]) -> tuple[float, str] | None:
    for alternative in (spec["cells"].get(template) or []) if template else []:
        keys = str(alternative).split("+")
        got = [cells.get(k) for k in keys]
        if all(g is not None and g[0] == "number" and g[1] is not None for g in got):
            return float(sum(g[1] for g in got if g is not None and g[1] is not None)), str(alternative)
    return None


def _from_facts(spec: Mapping[str, Any], facts: Any, partial: Sequence[str]) -> tuple[float, str] | None:
    wanted = set(spec.get("facts") or [])
    if not wanted or facts is None or facts.empty:
        return None
    units = set(spec.get("units") or [])
    scale = {str(k): float(v) for k, v in (spec.get("scale") or {}).items()}
    need = tuple(spec.get("counted_any") or ())
    values: dict[float, list[int]] = {}
    for rec in facts.itertuples(index=False):
        if rec.indicator not in wanted or rec.unit not in units:
            continue
        if isinstance(rec.qualifier, str) and rec.qualifier or isinstance(rec.change, str) and rec.change:
            continue
        counted = rec.counted if isinstance(rec.counted, str) else ""
        if need and not any(w in counted for w in need):
            continue
        if any(m in counted for m in partial) or rec.value is None or math.isnan(rec.value):
            continue
        value = round(float(rec.value) * scale.get(str(rec.unit), 1.0), 10)
        values.setdefault(value, []).append(int(rec.fact_id))
    if len(values) != 1:
        return None  # no fact, or facts that disagree: leave it empty rather than guess
    (value, ids), = values.items()
    return value, "+".join(f"fact:{i}" for i in sorted(ids))


def _template(report: Mapping[str, Any], cells: Any) -> str | None:
    value = report.get("template")
    if isinstance(value, str) and value:
        return value
    if cells is not None and not cells.empty and "template" in cells:
        found = cells["template"].dropna().astype(str)
        if not found.empty:
            return str(found.value_counts().sort_index().idxmax())
    return None


def panel(source: Any) -> Any:
    """One row per issuer-year, from the tables ``textmine tag`` wrote.

    Args:
        source: a folder written by ``textmine tag``, a :class:`~textmine.frames.Frames` or a
            dict of DataFrames with ``reports``, ``cells``, ``facts`` and ``sentences``.

    Returns:
        A DataFrame with :func:`panel_columns`, sorted by ``issuer_key`` and ``year``. Reports
        without issuer or year cannot be placed and are left out (logged).

    >>> panel({"reports": __import__("textmine.frames").frames.to_pandas("reports", [])}).empty
    True
    """
    import pandas as pd

    frames = load_frames(source)
    reports = frames["reports"].drop_duplicates("report_id").reset_index(drop=True)
    cols = panel_columns()
    if reports.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    ids = issuer_table(reports)
    ids = ids.merge(reports[["report_id", "year"]], on="report_id", how="left")
    dups = duplicate_groups(frames, ids)
    info = ids.merge(dups, on="report_id").merge(
        reports[["report_id", "issuer", "admin_level", "template"]], on="report_id", how="left"
    )
    unplaced = info[info["issuer_key"].isna() | info["year"].isna()]
    if len(unplaced):
        logger.warning("panel: %d reports without issuer or year left out: %s", len(unplaced),
                       ", ".join(unplaced["report_id"].astype(str)))
    info = info[info["issuer_key"].notna() & info["year"].notna()].copy()
    info["year"] = info["year"].astype(int)
    cell_values = _cell_values(frames["cells"])
    cells_by_report = {str(r): g for r, g in frames["cells"].groupby("report_id")}
    facts_by_report = {str(r): g for r, g in frames["facts"].groupby("report_id")}
    partial = _partial_markers()
    specs = indicators()

    rows: list[dict[str, Any]] = []
    for key, group in info.groupby("issuer_key", sort=True):
        kept = group[group["duplicate_of"].isna()]
        latest = group.sort_values(["year", "report_id"]).iloc[-1]
        years = sorted(set(group["year"]))
        for year in range(years[0], years[-1] + 1):
            here = kept[kept["year"] == year]
            base = {
                "issuer_key": key,
                "issuer": latest["issuer"],
                "admin_level": latest["admin_level"],
                "year": year,
                "template": None,
                "report_id": None,
                "status": "absent",
                "province": latest["province"],
                "city": latest["city"],
                "county": latest["county"],
                "admin_code": latest["admin_code"],
                "copies": 0,
                "other_reports": None,
            }
            if here.empty:
                rows.append(base)
                continue
            order = sorted(here["report_id"].astype(str), key=lambda r: (-len(cell_values.get(r, {})), r))
            rid = order[0]
            rec = here[here["report_id"].astype(str) == rid].iloc[0].to_dict()
            base.update(
                issuer=rec["issuer"],
                admin_level=rec["admin_level"],
                template=_template(rec, cells_by_report.get(rid)),
                report_id=rid,
                status="ok" if len(order) == 1 else "several",
                copies=int(group.loc[group["year"] == year, "report_id"].nunique()),
                other_reports=" ".join(order[1:]) or None,
            )
            own_cells = cell_values.get(rid, {})
            own_facts = facts_by_report.get(rid)
            for name, spec in specs.items():
                got = _from_cells(spec, base["template"], own_cells)
                source = "cell"
                if got is None:
                    got, source = _from_facts(spec, own_facts, partial), "fact"
                if got is not None:
                    base[name], base[f"{name}_source"], base[f"{name}_ref"] = got[0], source, got[1]
            rows.append(base)
    out = pd.DataFrame(rows).reindex(columns=cols)
    out["year"] = out["year"].astype("int64")
    out["copies"] = out["copies"].astype("int64")
    for name in specs:
        out[name] = out[name].astype(float)
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].astype("string")
    return out.reset_index(drop=True)


def write_table(frame: Any, out_dir: str | Path, *, name: str = "panel") -> dict[str, Path]:
    """Write ``frame`` as ``name``.parquet, ``name``.csv (UTF-8 with BOM) and ``name``.dta.

    The Stata file is version 118 (Unicode); strings longer than Stata's 2045-byte limit are
    stored as strL; names are already within 32 characters.

    Returns:
        Format → path written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"parquet": out / f"{name}.parquet", "csv": out / f"{name}.csv", "dta": out / f"{name}.dta"}
    frame.to_parquet(paths["parquet"], index=False)
    frame.to_csv(paths["csv"], index=False, encoding="utf-8-sig", lineterminator="\n")
    labels = {name: f"{spec['label']} ({spec['unit']})" for name, spec in indicators().items()}
    to_stata(frame, paths["dta"], labels=labels)
    return paths


#: The time stamp written into ``.dta`` files (Stata stores one; a fixed one keeps output deterministic).
STATA_TIME_STAMP = dt.datetime(2000, 1, 1)

#: Column names that are reserved words in Stata, renamed in ``.dta`` files only.
STATA_RENAMES = {"start": "span_start", "end": "span_end", "in": "in_", "if": "if_", "with": "with_"}


def to_stata(frame: Any, path: str | Path, *, labels: Mapping[str, str] | None = None) -> None:
    """Write a DataFrame to Stata 118: strings with nulls as "", nullable numbers as float,
    booleans as 0/1, columns longer than 2045 bytes as strL, Stata's reserved words renamed
    (:data:`STATA_RENAMES`), and variable labels (cut to Stata's 80 characters).

    Raises:
        ValueError: a column name longer than Stata's 32 characters.
    """
    import pandas as pd

    data = frame.rename(columns=STATA_RENAMES)
    long = [c for c in data.columns if len(str(c)) > 32]
    if long:
        raise ValueError(f"{path}: column names longer than Stata's 32 characters: {', '.join(long)}")
    strl: list[str] = []
    for col in data.columns:
        series = data[col]
        if pd.api.types.is_bool_dtype(series):
            data[col] = series.astype("float64")
        elif pd.api.types.is_numeric_dtype(series):
            data[col] = series.astype("float64")
        else:
            text = series.astype("object").where(series.notna(), "").astype(str)
            data[col] = text
            if text.map(lambda s: len(s.encode("utf-8"))).max() > 2045 if len(text) else False:
                strl.append(col)
    known = {str(STATA_RENAMES.get(k, k)): str(v)[:80] for k, v in (labels or {}).items()}
    data.to_stata(
        path, write_index=False, version=118, convert_strl=strl or None,
        time_stamp=STATA_TIME_STAMP,  # fixed: the same input gives the same bytes
        variable_labels={c: known[c] for c in data.columns if c in known} or None,
    )
