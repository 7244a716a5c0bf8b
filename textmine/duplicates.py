"""Duplicates of one report, recognised by content: the same report as an HTML page and a PDF
attachment, or crawled twice with different portal chrome, is counted once.

Bytes cannot tell: the HTML page and the PDF differ in every byte. Two reports are copies of
one when they have the same issuer key and year (:mod:`textmine.issuers`), their normalised
prose (sentences joined, whitespace and punctuation removed, digits kept) is nearly the same
(character-shingle Jaccard ≥ ``duplicates.jaccard`` of ``lexicons/issuers.yaml``), and their
numeric table cells never disagree. Two *different* bodies that publish the same text (the
two Pingtan 2011 reports) are not duplicates: they have two keys, and the audit reports their
shared text instead.

Example:
    >>> import pandas as pd
    >>> frames = {"sentences": pd.DataFrame({"report_id": ["a", "b"], "sentence_id": [1, 1],
    ...     "text": ["本年度共收到申请12件，全部办结。", "本年度共收到申请12件,全部办结"]}),
    ...     "cells": pd.DataFrame(columns=["report_id", "table", "row_key", "col_key", "value", "status"])}
    >>> ids = pd.DataFrame({"report_id": ["a", "b"], "issuer_key": ["k", "k"], "year": [2020, 2020]})
    >>> duplicate_groups(frames, ids)[["report_id", "duplicate_of"]].values.tolist()
    [['a', nan], ['b', 'a']]
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Mapping
from typing import Any

from textmine import lexicons
from textmine.compare._tables import table
from textmine.compare.similarity import normalize_for_shingles, shingles

logger = logging.getLogger(__name__)

#: Columns of :func:`duplicate_groups`.
DUPLICATE_COLUMNS = ("report_id", "fingerprint", "duplicate_of", "copies", "jaccard")


@functools.lru_cache(maxsize=1)
def _settings() -> tuple[int, float]:
    data = lexicons.load_yaml("issuers.yaml").get("duplicates") or {}
    return int(data.get("k", 5)), float(data.get("jaccard", 0.9))


def prose_texts(frames: Any) -> dict[str, str]:
    """report_id → its prose as compared: sentences in order, normalised with digits kept.

    >>> import pandas as pd
    >>> prose_texts({"sentences": pd.DataFrame({"report_id": ["a"], "sentence_id": [1], "text": ["共 12 件。"]})})
    {'a': '共12件'}
    """
    sents = table(frames, "sentences")
    out: dict[str, str] = {}
    if sents.empty:
        return out
    ordered = sents.sort_values(["report_id", "sentence_id"])
    for rid, group in ordered.groupby("report_id", sort=True):
        out[str(rid)] = "".join(
            normalize_for_shingles(t, mask_digits=False) for t in group["text"].astype(str)
        )
    return out


def fingerprint(text: str) -> str:
    """First 16 hex digits of the sha256 of normalised prose (equal prose, equal fingerprint).

    >>> fingerprint("") == fingerprint("")
    True
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _numbers(cells: Any) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    if cells is None or cells.empty:
        return out
    num = cells[(cells["status"] == "number") & cells["row_key"].notna() & cells["col_key"].notna()]
    for rec in num[["report_id", "table", "row_key", "col_key", "value"]].itertuples(index=False):
        out.setdefault(str(rec.report_id), {})[f"{rec.table}.{rec.row_key}.{rec.col_key}"] = float(rec.value)
    return out


def _agree(a: Mapping[str, float], b: Mapping[str, float]) -> bool:
    return all(a[k] == b[k] for k in a.keys() & b.keys())


def duplicate_groups(frames: Any, identities: Any) -> Any:
    """Group copies of one report.

    Args:
        frames: the tables ``textmine tag`` wrote (``sentences`` and ``cells`` are used).
        identities: ``report_id, issuer_key, year`` per report (see :func:`textmine.issuers.issuer_table`).

    Returns:
        One row per report: ``report_id``, ``fingerprint`` of its normalised prose,
        ``duplicate_of`` (the report kept for the group, ``None`` for the kept one), ``copies``
        (reports in its group, 1 for a report with no copy) and ``jaccard`` (its similarity to
        the kept report). The kept report is the one with most numeric cells, then most prose,
        then the smallest ``report_id``.
    """
    import pandas as pd

    k, threshold = _settings()
    texts = prose_texts(frames)
    try:
        cells = table(frames, "cells")
    except KeyError:
        cells = None
    numbers = _numbers(cells)
    ids = identities[["report_id", "issuer_key", "year"]].drop_duplicates("report_id")
    rows: dict[str, dict[str, Any]] = {}
    for rid in ids["report_id"].astype(str):
        rows[rid] = {"report_id": rid, "fingerprint": fingerprint(texts.get(rid, "")),
                     "duplicate_of": None, "copies": 1, "jaccard": None}
    keyed = ids[ids["issuer_key"].notna() & ids["year"].notna()]
    for _, group in keyed.groupby(["issuer_key", "year"], sort=True):
        members = sorted(
            group["report_id"].astype(str),
            key=lambda r: (-len(numbers.get(r, {})), -len(texts.get(r, "")), r),
        )
        if len(members) < 2:
            continue
        sets = {r: shingles(texts.get(r, ""), k=k) for r in members}
        kept: list[str] = []
        for rid in members:
            home = None
            for keep in kept:
                a, b = sets[rid], sets[keep]
                jac = len(a & b) / len(a | b) if (a or b) else 0.0
                if texts.get(rid) and jac >= threshold and _agree(numbers.get(rid, {}), numbers.get(keep, {})):
                    home = (keep, jac)
                    break
            if home is None:
                kept.append(rid)
            else:
                rows[rid]["duplicate_of"] = home[0]
                rows[rid]["jaccard"] = round(home[1], 4)
        for keep in kept:
            size = 1 + sum(1 for r in members if rows[r]["duplicate_of"] == keep)
            for r in members:
                if r == keep or rows[r]["duplicate_of"] == keep:
                    rows[r]["copies"] = size
    out = pd.DataFrame([rows[r] for r in sorted(rows)], columns=list(DUPLICATE_COLUMNS))
    out["copies"] = out["copies"].astype("int64")
    out["jaccard"] = out["jaccard"].astype(float)
    logger.info("duplicates: %d of %d reports are copies", int(out["duplicate_of"].notna().sum()), len(out))
    return out
