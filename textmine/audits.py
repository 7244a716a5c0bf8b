"""The transparency audit: documented quality measures per report and per body, each linked to
the findings and text that support it, and one index combining them.

:func:`audit` takes the tables ``textmine tag`` wrote and returns an :class:`Audit` of three
tables:

``reports`` (one row per report: ``report_id, issuer_key, year`` then the measures, ``index``)
    * ``identity_errors`` / ``identity_warnings``: failed identities of the tables (and between
      the body's consecutive reports), by severity;
    * ``prose_conflicts``: prose figures that contradict the table (PROSE-TABLE);
    * ``blank_cells``: cells left blank in a table that otherwise holds numbers (where zero is
      meant), group-header rows aside;
    * ``copied_share``: share of the prose copied from the body's previous report
      (:func:`textmine.compare.similarity.copied_share` over issuer keys, so a renamed body is
      still one body), ``copied_table`` when every number of a table is last year's;
    * ``shared_share`` / ``shared_with``: the largest share of the prose shared with another
      body's report of the same year;
    * ``sections_missing`` of ``sections_required``: parts of the format in force that year
      that the report lacks;
    * ``published``, ``deadline``, ``days_late``: publication date against the legal deadline
      of that year and body (``lexicons/audit.yaml``);
    * ``uncertain_findings``: findings that rest on a cell we read with doubt, and gaps in our
      reading of the tables: our uncertainty, reported as such and never counted against the
      report;
    * ``index``: 100 × (1 − weighted mean defect), weights in ``lexicons/audit.yaml``.
``issuers`` (one row per issuer key): years covered, years absent, reports late, totals and
    the mean and lowest index.
``evidence`` (one row per item behind a measure): the report, the measure, the finding id, the
    table and row named plainly, one sentence, and the evidence text with its span.

Example:
    >>> result = audit("out/")  # doctest: +SKIP
    >>> result.reports[["issuer_key", "year", "index"]]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textmine import lexicons
from textmine.compare.similarity import copied_share, near_duplicate_sentences
from textmine.duplicates import duplicate_groups
from textmine.issuers import issuer_table
from textmine.panels import load_frames, write_table

logger = logging.getLogger(__name__)

LEXICON = "audit.yaml"

#: Tables :func:`audit` reads.
INPUT_TABLES = ("reports", "cells", "facts", "sentences", "sections", "findings")

#: Copied sentences shorter than this are not shown as evidence (titles, 一、概述).
MIN_EVIDENCE_CHARS = 12

#: Columns of the per-report table, in order.
REPORT_COLUMNS = (
    "report_id", "issuer_key", "year", "issuer", "admin_level", "province", "city", "template",
    "duplicate_of",
    "identity_errors", "identity_warnings", "prose_conflicts", "blank_cells", "numeric_cells",
    "copied_share", "prev_report_id", "prev_year", "copied_table", "shared_share", "shared_with", "shared_flag",
    "sections_required", "sections_missing", "missing_sections",
    "published", "deadline", "days_late", "other_findings", "uncertain_findings",
    "index", "index_weight",
)

#: Columns of the per-issuer table, in order.
ISSUER_COLUMNS = (
    "issuer_key", "issuer", "admin_level", "province", "city", "admin_code", "first_year", "last_year",
    "years_present", "years_absent", "absent_years", "reports", "duplicates", "late_reports",
    "identity_errors", "prose_conflicts", "blank_cells", "mean_copied_share", "max_shared_share",
    "index_mean", "index_min",
)

#: Columns of the evidence table, in order.
EVIDENCE_COLUMNS = (
    "report_id", "measure", "check_id", "severity", "table", "row", "message", "evidence",
    "start", "end", "uncertain",
)


@dataclass
class Audit:
    """The audit's three tables (see the module docstring)."""

    reports: Any
    issuers: Any
    evidence: Any


@functools.lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    """``lexicons/audit.yaml``, checked for its fields.

    >>> sorted(settings()["index"])[:3]
    ['blanks', 'copied', 'identities']
    """
    data = lexicons.load_yaml(LEXICON)
    for field in ("findings", "uncertain_cell_notes", "deadlines", "required_sections", "copy", "index"):
        if field not in data:
            raise lexicons.LexiconError(f"lexicon {LEXICON!r} has no {field!r}; expected the fields of version 1")
    return data


# ---------------------------------------------------------------- deadlines and sections


def deadline(year: int, admin_level: str | None) -> dt.date | None:
    """The legal publication deadline of a report of ``year`` by a body of ``admin_level``.

    >>> deadline(2018, "department"), deadline(2019, "department"), deadline(2019, "county")
    (datetime.date(2019, 3, 31), datetime.date(2020, 1, 31), datetime.date(2020, 3, 31))
    """
    for rule in settings()["deadlines"]:
        first, last = rule.get("first_year"), rule.get("last_year")
        if first is not None and year < int(first) or last is not None and year > int(last):
            continue
        levels = rule.get("levels")
        if levels != "any" and admin_level not in (levels or []):
            continue
        return dt.date(year + 1, int(rule["month"]), int(rule["day"]))
    return None


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def days_late(published: Any, year: Any, admin_level: Any) -> tuple[int | None, str | None, str | None]:
    """``(days_late, deadline, doubt)``: days after the deadline (0 on time), the deadline, and
    why we cannot tell (no date read, or a date before the year ended: not a publication date).

    >>> days_late("2020-02-03", 2019, "department")
    (3, '2020-01-31', None)
    >>> days_late("2019-06-01", 2019, "county")[0] is None
    True
    """
    if year is None or (isinstance(year, float) and math.isnan(year)):
        return None, None, "no report year"
    due = deadline(int(year), admin_level if isinstance(admin_level, str) else None)
    if due is None:
        return None, None, f"no deadline known for report year {int(year)}"
    when = _date(published)
    if when is None:
        return None, due.isoformat(), "no publication date read"
    if when <= dt.date(int(year), 12, 31):
        return None, due.isoformat(), f"date {when.isoformat()} is inside the report year: not a publication date"
    return max(0, (when - due).days), due.isoformat(), None


def required_parts(year: int) -> tuple[str, Mapping[str, Any]]:
    """``(source, parts)`` of the format in force for report ``year`` (empty when none).

    >>> sorted(required_parts(2021)[1])
    ['appeals', 'other', 'overview', 'proactive', 'problems', 'requests']
    """
    for rule in settings()["required_sections"]:
        first, last = rule.get("first_year"), rule.get("last_year")
        if first is not None and year < int(first) or last is not None and year > int(last):
            continue
        return str(rule.get("source", "")), rule.get("parts") or {}
    return "", {}


def missing_parts(
    year: int, kinds: set[str], themes: set[str], text: str, rows: set[str]
) -> tuple[int, list[str]]:
    """``(required, missing)`` parts for a report of ``year`` with section ``kinds``, sentence
    ``themes``, prose ``text`` and numeric-or-empty table ``rows``.

    >>> missing_parts(2021, {"overview", "proactive", "requests", "appeals", "problems"}, set(), "", set())
    (6, ['other'])
    """
    _, parts = required_parts(year)
    missing = []
    for kind, alt in parts.items():
        alt = alt or {}
        if kind in kinds:
            continue
        if alt.get("or_theme") and alt["or_theme"] in themes:
            continue
        if alt.get("or_text") and re.search(str(alt["or_text"]), text):
            continue
        if set(alt.get("or_rows") or []) & rows:
            continue
        missing.append(str(kind))
    return len(parts), missing


# ---------------------------------------------------------------- findings


def _finding_groups() -> dict[str, str]:
    groups = settings()["findings"]
    return {cid: group for group, ids in groups.items() for cid in ids or []}


@functools.lru_cache(maxsize=1)
def _header_rows() -> frozenset[tuple[str, str, str]]:
    """(template, table, row_key) of group-header rows (templates.yaml ``header: true``)."""
    data = lexicons.load_yaml("templates.yaml")["templates"]
    out = set()
    for template, spec in data.items():
        for tab in spec.get("tables") or []:
            name = tab.get("key") or tab.get("name")
            for row in tab.get("rows") or []:
                if row.get("header") and row.get("key"):
                    out.add((template, str(name), str(row["key"])))
    return frozenset(out)


def _table_label(table: str) -> str:
    names = lexicons.load_yaml("checks.yaml").get("table_names") or {}
    return str(names.get(table, table))


def _index(scores: Mapping[str, float | None]) -> tuple[float | None, float]:
    weights = settings()["index"]
    total = sum(float(w["weight"]) for w in weights.values())
    used = {k: s for k, s in scores.items() if s is not None and not (isinstance(s, float) and math.isnan(s))}
    w_known = sum(float(weights[k]["weight"]) for k in used)
    if not w_known:
        return None, 0.0
    defect = sum(float(weights[k]["weight"]) * min(1.0, max(0.0, float(s))) for k, s in used.items())
    return round(100.0 * (1.0 - defect / w_known), 2), round(w_known / total, 4)


def _cap(name: str) -> float:
    return float(settings()["index"][name].get("cap", 1))


def defect_scores(row: Mapping[str, Any]) -> dict[str, float | None]:
    """The defect score in [0, 1] of each index measure of one report row (None when unknown).

    >>> s = defect_scores({"identity_errors": 3, "identity_warnings": 0, "prose_conflicts": 0, "blank_cells": 0,
    ...     "copied_share": None, "copied_table": False, "shared_share": 0.0, "sections_required": 6,
    ...     "sections_missing": 0, "days_late": 0})
    >>> s["identities"], s["copied"], s["late"]
    (1.0, None, 0.0)
    """

    def num(key: str) -> float | None:
        value = row.get(key)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            return None

    copied = num("copied_share")
    if bool(row.get("copied_table")) and row.get("copied_table") is not None:
        copied = max(copied or 0.0, 0.5)
    required = num("sections_required")
    missing = num("sections_missing")
    late = num("days_late")
    errors, warnings = num("identity_errors"), num("identity_warnings")
    return {
        "identities": None if errors is None else min(1.0, (errors + (warnings or 0) / 2) / _cap("identities")),
        "prose": None if num("prose_conflicts") is None else min(1.0, num("prose_conflicts") / _cap("prose")),  # type: ignore[operator]
        "blanks": None if num("blank_cells") is None else min(1.0, num("blank_cells") / _cap("blanks")),  # type: ignore[operator]
        "copied": copied,
        "shared": num("shared_share"),
        "sections": None if not required or missing is None else missing / required,
        "late": None if late is None else min(1.0, late / _cap("late")),
    }


# ---------------------------------------------------------------- the audit


def _uncertain_cells(cells: Any) -> dict[str, set[str]]:
    notes = [str(n) for n in settings()["uncertain_cell_notes"]]
    out: dict[str, set[str]] = {}
    if cells.empty:
        return out
    noted = cells[cells["note"].notna()]
    for rec in noted[["report_id", "table", "row_key", "col_key", "note"]].itertuples(index=False):
        if any(n in str(rec.note) for n in notes):
            out.setdefault(str(rec.report_id), set()).add(f"{rec.table}.{rec.row_key}.{rec.col_key}")
    return out


def _cell_lookup(cells: Any) -> dict[tuple[str, str], Mapping[str, Any]]:
    out: dict[tuple[str, str], Mapping[str, Any]] = {}
    if cells.empty:
        return out
    for rec in cells.to_dict("records"):
        if isinstance(rec.get("row_key"), str) and isinstance(rec.get("col_key"), str):
            out.setdefault((str(rec["report_id"]), f"{rec['table']}.{rec['row_key']}.{rec['col_key']}"), rec)
    return out


def _sentence_at(sentences: Any, rid: str, start: Any) -> tuple[str | None, Any, Any]:
    if start is None or (isinstance(start, float) and math.isnan(start)) or sentences is None:
        return None, None, None
    try:
        own = sentences.get_group(rid)
    except KeyError:
        return None, None, None
    hit = own[(own["start"] <= start) & (own["end"] > start)]
    if hit.empty:
        return None, None, None
    rec = hit.iloc[0]
    return str(rec["text"]), int(rec["start"]), int(rec["end"])


def _shared(frames: Mapping[str, Any], kept: Any, threshold: float) -> dict[str, tuple[float, str, list[tuple[int, str]]]]:
    """report → (largest share of its prose near-duplicated in another body's report of the
    same year, that report, [(sentence_id, text)] of the shared sentences)."""
    sents = frames["sentences"]
    out: dict[str, tuple[float, str, list[tuple[int, str]]]] = {}
    if sents.empty:
        return out
    key_of = dict(zip(kept["report_id"].astype(str), kept["issuer_key"], strict=True))
    for _, group in kept.groupby("year"):
        if group["issuer_key"].nunique() < 2:
            continue
        ids = set(group["report_id"].astype(str))
        sub = sents[sents["report_id"].astype(str).isin(ids)]
        pairs = near_duplicate_sentences({"sentences": sub}, threshold=threshold)
        text = {(str(r), int(s)): str(t) for r, s, t in zip(sub["report_id"], sub["sentence_id"], sub["text"], strict=True)}
        chars: dict[str, int] = {}
        for r, t in zip(sub["report_id"].astype(str), sub["text"].astype(str), strict=True):
            chars[r] = chars.get(r, 0) + len(t)
        hits: dict[tuple[str, str], set[int]] = {}
        for ra, sa, rb, sb in zip(pairs["report_a"], pairs["sentence_a"], pairs["report_b"], pairs["sentence_b"], strict=True):
            ra, rb = str(ra), str(rb)
            if ra == rb or key_of.get(ra) == key_of.get(rb):
                continue
            hits.setdefault((ra, rb), set()).add(int(sa))
            hits.setdefault((rb, ra), set()).add(int(sb))
        for (own, other), sids in sorted(hits.items()):
            share = sum(len(text[(own, s)]) for s in sids) / chars[own] if chars.get(own) else 0.0
            if own not in out or share > out[own][0]:
                out[own] = (share, other, [(s, text[(own, s)]) for s in sorted(sids)])
    return out


def _copied_sentences(frames: Mapping[str, Any], rid: str, prev: str, threshold: float) -> list[tuple[int, str]]:
    sents = frames["sentences"]
    sub = sents[sents["report_id"].astype(str).isin({rid, prev})]
    pairs = near_duplicate_sentences({"sentences": sub}, threshold=threshold)
    own = set()
    for ra, sa, rb, sb in zip(pairs["report_a"], pairs["sentence_a"], pairs["report_b"], pairs["sentence_b"], strict=True):
        if str(ra) == rid and str(rb) == prev:
            own.add(int(sa))
        elif str(rb) == rid and str(ra) == prev:
            own.add(int(sb))
    mine = sub[(sub["report_id"].astype(str) == rid) & sub["sentence_id"].isin(own)].sort_values("sentence_id")
    return [(int(s), str(t)) for s, t in zip(mine["sentence_id"], mine["text"], strict=True)]


def audit(source: Any) -> Audit:
    """Audit every report of ``source`` (a folder ``textmine tag`` wrote, a Frames or a dict).

    Returns:
        An :class:`Audit` with ``reports`` (:data:`REPORT_COLUMNS`), ``issuers``
        (:data:`ISSUER_COLUMNS`) and ``evidence`` (:data:`EVIDENCE_COLUMNS`).
    """
    import pandas as pd

    cfg = settings()
    frames = load_frames(source, INPUT_TABLES)
    reports = frames["reports"].drop_duplicates("report_id").sort_values("report_id").reset_index(drop=True)
    ids = issuer_table(reports)
    base = ids[["report_id", "issuer_key", "admin_code"]].merge(
        reports[["report_id", "year", "issuer", "admin_level", "province", "city", "template", "published"]],
        on="report_id", how="left",
    )
    dups = duplicate_groups(frames, base)
    base = base.merge(dups[["report_id", "duplicate_of"]], on="report_id", how="left")
    cells, findings, sentences, sections = frames["cells"], frames["findings"], frames["sentences"], frames["sections"]
    threshold = float(cfg["copy"]["threshold"])
    groups = _finding_groups()
    unsure = _uncertain_cells(cells)
    lookup = _cell_lookup(cells)
    headers = _header_rows()
    sent_groups = sentences.assign(report_id=sentences["report_id"].astype(str)).groupby("report_id") if not sentences.empty else None
    findings_by, cells_by, sections_by = (
        {str(k): g for k, g in frame.groupby(frame["report_id"].astype(str), sort=False)} if not frame.empty else {}
        for frame in (findings, cells, sections)
    )
    evidence: list[dict[str, Any]] = []

    def add(rid: str, measure: str, *, check_id: Any = None, severity: Any = None, table: Any = None,
            row: Any = None, message: str, text: Any = None, start: Any = None, end: Any = None,
            uncertain: bool = False) -> None:
        evidence.append({"report_id": rid, "measure": measure, "check_id": check_id, "severity": severity,
                         "table": table, "row": row, "message": message, "evidence": text,
                         "start": start, "end": end, "uncertain": uncertain})

    # copying: over issuer keys (renames are one body), duplicates left out
    kept = base[base["duplicate_of"].isna() & base["issuer_key"].notna() & base["year"].notna()].copy()
    keyed_reports = kept[["report_id", "issuer_key", "year"]].rename(columns={"issuer_key": "issuer"})
    kept_ids = set(kept["report_id"].astype(str))
    copy_frames = {"reports": keyed_reports, "sentences": sentences[sentences["report_id"].astype(str).isin(kept_ids)]}
    copied = copied_share(copy_frames, threshold=threshold) if len(kept) else pd.DataFrame()
    copied_by = {str(r["report_id"]): r for r in copied.to_dict("records")} if not copied.empty else {}
    shared = _shared(frames, kept, threshold)

    rows: list[dict[str, Any]] = []
    for rec in base.to_dict("records"):
        rid = str(rec["report_id"])
        source_rid = rec["duplicate_of"] if isinstance(rec["duplicate_of"], str) else rid
        row: dict[str, Any] = {k: rec.get(k) for k in ("report_id", "issuer_key", "year", "issuer", "admin_level",
                                                       "province", "city", "template", "duplicate_of", "published")}
        # findings by group
        own = findings_by.get(rid, findings.iloc[0:0])
        counts = {"identity_errors": 0, "identity_warnings": 0, "prose_conflicts": 0, "other_findings": 0,
                  "uncertain_findings": 0}
        copied_table = False
        for f in own.to_dict("records"):
            cid = str(f["check_id"])
            keys = [str(k) for k in (f.get("cells") if f.get("cells") is not None else [])]
            doubt = bool(set(keys) & unsure.get(rid, set()))
            group = groups.get(cid, "identities")
            first = lookup.get((rid, keys[0])) if keys else None
            table = _table_label(keys[0].split(".")[0]) if keys else None
            row_label = (first.get("label") if first and isinstance(first.get("label"), str) else None) or (
                keys[0].split(".")[1] if keys else None)
            text, start, end = _sentence_at(sent_groups, rid, f.get("start"))
            if text is None and keys:
                parts = []
                for k in list(dict.fromkeys(keys))[:8]:
                    c = lookup.get((rid, k))
                    if c is not None:
                        label = c.get("label") if isinstance(c.get("label"), str) else k.split(".")[1]
                        raw = c.get("raw") if isinstance(c.get("raw"), str) and c.get("raw") else f"({c.get('status')})"
                        parts.append(f"{label} / {k.split('.')[2]}: {raw}")
                text = "; ".join(parts) or None
            if group == "reading_gaps" or doubt:
                counts["uncertain_findings"] += 1
                measure = "uncertain"
            elif group == "identities":
                counts["identity_errors" if f["severity"] == "error" else "identity_warnings"] += 1
                measure = "identities"
            elif group == "prose":
                counts["prose_conflicts"] += 1
                measure = "prose"
            elif group == "copy":
                copied_table = True
                measure = "copied"
            elif group == "blanks":
                measure = "blanks"
            else:
                counts["other_findings"] += 1
                measure = "other"
            add(rid, measure, check_id=cid, severity=f["severity"], table=table, row=row_label,
                message=str(f["message"]), text=text, start=start, end=end, uncertain=measure == "uncertain")
        row.update(counts)
        row["copied_table"] = copied_table
        # blank cells where zero is meant
        own_cells = cells_by.get(rid, cells.iloc[0:0])
        numeric_tables = set(own_cells.loc[own_cells["status"] == "number", "table"]) if not own_cells.empty else set()
        blanks = 0
        if not own_cells.empty:
            for c in own_cells[(own_cells["status"] == "blank") & own_cells["table"].isin(numeric_tables)].to_dict("records"):
                if (c["template"], c["table"], c["row_key"]) in headers:
                    continue
                blanks += 1
                label = c["label"] if isinstance(c.get("label"), str) else c["row_key"]
                add(rid, "blanks", table=_table_label(str(c["table"])), row=label,
                    message=f"{_table_label(str(c['table']))} row {label}, column {c['col_key']}: the cell is blank "
                            "in a table that otherwise holds numbers (0 is meant, or the figure is missing).",
                    start=c.get("start"), end=c.get("end"))
        row["blank_cells"] = blanks
        row["numeric_cells"] = int((own_cells["status"] == "number").sum()) if not own_cells.empty else 0
        # copying from the previous report, shared text with other bodies
        cp = copied_by.get(source_rid)
        row["copied_share"] = None if cp is None or cp["copied_share"] is None or pd.isna(cp["copied_share"]) else round(float(cp["copied_share"]), 4)
        row["prev_report_id"] = cp["prev_report_id"] if cp is not None else None
        row["prev_year"] = cp["prev_year"] if cp is not None and pd.notna(cp["prev_year"]) else None
        if row["copied_share"] and row["prev_report_id"] and rid == source_rid:
            sents = _copied_sentences(frames, rid, str(row["prev_report_id"]), threshold)
            for _sid, text in [x for x in sents if len(x[1]) >= MIN_EVIDENCE_CHARS][:5]:
                add(rid, "copied", message=f"{row['copied_share']:.0%} of the prose repeats the body's "
                    f"{row['prev_year']} report ({row['prev_report_id']}); e.g. this sentence.", text=text)
        sh = shared.get(source_rid)
        row["shared_share"] = round(sh[0], 4) if sh else (0.0 if rid in kept_ids else None)
        row["shared_with"] = sh[1] if sh else None
        row["shared_flag"] = None if row["shared_share"] is None else row["shared_share"] >= float(cfg["copy"]["shared_flag"])
        if sh and sh[0] >= float(cfg["copy"]["shared_flag"]) and rid == source_rid:
            for _sid, text in [x for x in sh[2] if len(x[1]) >= MIN_EVIDENCE_CHARS][:5]:
                add(rid, "shared", message=f"{sh[0]:.0%} of the prose is also in report {sh[1]} of another body "
                    f"for the same year; e.g. this sentence.", text=text)
        # required parts
        year = rec.get("year")
        if year is None or pd.isna(year):
            row["sections_required"], row["sections_missing"], row["missing_sections"] = None, None, None
        else:
            own_sections = sections_by.get(rid, sections.iloc[0:0])
            own_sents = sent_groups.get_group(rid) if sent_groups is not None and rid in sent_groups.groups else None
            if own_sections.empty:
                row["sections_required"], row["sections_missing"], row["missing_sections"] = None, None, None
                add(rid, "uncertain", message="No numbered sections were found in the text: the parts of the "
                    "format were not checked (our reading, not a finding against the report).", uncertain=True)
            else:
                kinds = set(own_sections["kind"].dropna().astype(str))
                themes: set[str] = set()
                text = ""
                if own_sents is not None:
                    for t in own_sents["themes"]:
                        themes.update(t if isinstance(t, (list, tuple)) else list(t) if t is not None and not isinstance(t, str) else [])
                    text = "".join(own_sents["text"].astype(str))
                rows_here = set(own_cells.loc[own_cells["status"] != "missing", "row_key"].dropna().astype(str)) if not own_cells.empty else set()
                required, missing = missing_parts(int(year), kinds, themes, text, rows_here)
                row["sections_required"], row["sections_missing"] = required, len(missing)
                row["missing_sections"] = " ".join(missing) or None
                src, _ = required_parts(int(year))
                for kind in missing:
                    add(rid, "sections", message=f"The report has no part on '{kind}', which {src} requires "
                        f"for report year {int(year)}.", text="sections found: " + ", ".join(sorted(kinds)))
        # publication date
        late, due, doubt = days_late(rec.get("published"), year, rec.get("admin_level"))
        row["deadline"], row["days_late"] = due, late
        if doubt:
            add(rid, "uncertain", message=f"Publication date not judged: {doubt}.", uncertain=True)
        elif late:
            add(rid, "late", message=f"Published {rec.get('published')}, {late} days after the legal deadline "
                f"{due} for a {rec.get('admin_level') or 'body'} report of {int(year)}.", text=str(rec.get("published")))
        row["index"], row["index_weight"] = _index(defect_scores(row))
        rows.append(row)

    out = pd.DataFrame(rows).reindex(columns=list(REPORT_COLUMNS))
    for col in ("identity_errors", "identity_warnings", "prose_conflicts", "blank_cells", "numeric_cells",
                "other_findings", "uncertain_findings", "year", "prev_year", "sections_required",
                "sections_missing", "days_late"):
        out[col] = pd.array([None if v is None or (isinstance(v, float) and math.isnan(v)) else int(v) for v in out[col]], dtype="Int64")
    for col in ("copied_share", "shared_share", "index", "index_weight"):
        out[col] = out[col].astype(float)
    out["copied_table"] = out["copied_table"].astype("boolean")
    out["shared_flag"] = out["shared_flag"].astype("boolean")
    ev = pd.DataFrame(evidence, columns=list(EVIDENCE_COLUMNS))
    for col in ("start", "end"):
        ev[col] = pd.array([None if v is None or (isinstance(v, float) and math.isnan(v)) else int(v) for v in ev[col]], dtype="Int64")
    ev["uncertain"] = ev["uncertain"].astype(bool)
    ev = ev.sort_values(["report_id", "measure", "check_id", "message"], kind="stable", na_position="first").reset_index(drop=True)
    return Audit(reports=_strings(out), issuers=_strings(_issuers(out, base)), evidence=_strings(ev))


def _strings(frame: Any) -> Any:
    for col in frame.columns:
        if frame[col].dtype == object:
            frame[col] = frame[col].astype("string")
    return frame


def _issuers(rows: Any, base: Any) -> Any:
    import pandas as pd

    out = []
    placed = rows[rows["issuer_key"].notna() & rows["year"].notna()]
    codes = dict(zip(base["report_id"], base["admin_code"], strict=True))
    for key, group in placed.groupby("issuer_key", sort=True):
        kept = group[group["duplicate_of"].isna()]
        latest = group.sort_values(["year", "report_id"]).iloc[-1]
        years = sorted(set(int(y) for y in group["year"]))
        absent = [y for y in range(years[0], years[-1] + 1) if y not in years]
        copied = kept["copied_share"].dropna()
        shared = kept["shared_share"].dropna()
        index = kept["index"].dropna()
        out.append({
            "issuer_key": key, "issuer": latest["issuer"], "admin_level": latest["admin_level"],
            "province": latest["province"], "city": latest["city"], "admin_code": codes.get(latest["report_id"]),
            "first_year": years[0], "last_year": years[-1], "years_present": len(years), "years_absent": len(absent),
            "absent_years": " ".join(str(y) for y in absent) or None, "reports": len(kept),
            "duplicates": int(group["duplicate_of"].notna().sum()),
            "late_reports": int((kept["days_late"].fillna(0) > 0).sum()),
            "identity_errors": int(kept["identity_errors"].fillna(0).sum()),
            "prose_conflicts": int(kept["prose_conflicts"].fillna(0).sum()),
            "blank_cells": int(kept["blank_cells"].fillna(0).sum()),
            "mean_copied_share": round(float(copied.mean()), 4) if len(copied) else None,
            "max_shared_share": round(float(shared.max()), 4) if len(shared) else None,
            "index_mean": round(float(index.mean()), 2) if len(index) else None,
            "index_min": round(float(index.min()), 2) if len(index) else None,
        })
    frame = pd.DataFrame(out).reindex(columns=list(ISSUER_COLUMNS))
    for col in ("mean_copied_share", "max_shared_share", "index_mean", "index_min"):
        frame[col] = frame[col].astype(float)
    return frame


def write_audit(result: Audit, out_dir: str | Path) -> dict[str, Path]:
    """Write ``audit``, ``audit_issuers`` and ``audit_evidence`` as Parquet, CSV and Stata.

    Returns:
        ``<table>.<format>`` → path written.
    """
    paths: dict[str, Path] = {}
    for name, frame in (("audit", result.reports), ("audit_issuers", result.issuers), ("audit_evidence", result.evidence)):
        for fmt, path in write_table(frame, out_dir, name=name).items():
            paths[f"{name}.{fmt}"] = path
    return paths
