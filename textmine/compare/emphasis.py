"""Emphasis: how much of a report (or of any group of reports) is given to each theme.

Example:
    >>> import pandas as pd
    >>> sents = pd.DataFrame({"report_id": ["a", "a"], "sentence_id": [1, 2], "kind": ["plans"] * 2,
    ...     "text": ["加强培训。", "开展培训，回应关切。"], "themes": [["training"], ["training", "interpretation"]]})
    >>> e = emphasis({"sentences": sents})
    >>> e.loc[e.theme == "interpretation", ["count", "total", "share"]].values.tolist()
    [[1.0, 2.0, 0.5]]
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import pandas as pd

from textmine.compare._tables import sentences_with, theme_lists

logger = logging.getLogger(__name__)

#: The units :func:`emphasis` can count in.
UNITS = ("sentence", "chars")


def _theme_order(observed: set[str]) -> list[str]:
    try:
        from textmine.themes import THEME_IDS
    except ImportError:  # pragma: no cover - themes module absent
        THEME_IDS = ()
    return [t for t in THEME_IDS] + sorted(observed - set(THEME_IDS))


def emphasis(
    frames: Any,
    *,
    by: Sequence[str] = ("report_id",),
    unit: str = "sentence",
    kinds: Sequence[str] | None = None,
    drop_boilerplate: bool = False,
    min_issuers: int = 3,
) -> pd.DataFrame:
    """Theme shares per group of sentences, as a tidy long table.

    A sentence carrying two themes counts once for each. With ``unit="sentence"``,
    ``share = count / total`` where ``count`` is the number of the group's sentences with the
    theme and ``total`` the number of the group's sentences; with ``unit="chars"`` both are
    sums of sentence lengths. Every theme of the codebook appears for every group (zero
    counts included), so shares can be compared and averaged directly.

    Args:
        frames: :class:`~textmine.frames.Frames` or a dict of DataFrames (``sentences``, and
            ``reports`` when grouping by a report column).
        by: grouping columns, from ``sentences`` (``report_id``, ``kind``, ``section_id``)
            or ``reports`` (``year``, ``province``, ``admin_level``, ``template``, ``issuer``,
            or any column a user adds).
        unit: ``"sentence"`` or ``"chars"``.
        kinds: keep only sentences of these section kinds.
        drop_boilerplate: first drop sentences that :func:`~textmine.compare.similarity.
            boilerplate_flags` marks (recurring across ≥ ``min_issuers`` issuers).
        min_issuers: passed to ``boilerplate_flags``.

    Returns:
        Columns ``*by, theme, count, total, share``.

    Raises:
        ValueError: unknown ``unit`` or empty ``by``.
        KeyError: a ``by`` column is in neither table.

    >>> emphasis(frames, by=["year", "kind"], kinds=["problems", "plans"])  # doctest: +SKIP
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
    by = list(by)
    if not by:
        raise ValueError("by must name at least one grouping column, e.g. ('report_id',)")
    sents = sentences_with(frames, by)
    if kinds is not None:
        sents = sents.loc[sents["kind"].isin(list(kinds))]
    if drop_boilerplate and len(sents):
        from textmine.compare.similarity import boilerplate_flags

        flags = boilerplate_flags(frames, min_issuers=min_issuers)
        flagged = set(
            zip(
                flags.loc[flags["boilerplate"], "report_id"].astype(str),
                flags.loc[flags["boilerplate"], "sentence_id"].astype(int),
                strict=False,
            )
        )
        keep = [
            (str(r), int(s)) not in flagged
            for r, s in zip(sents["report_id"], sents["sentence_id"], strict=False)
        ]
        logger.info("emphasis: dropped %d boilerplate sentences", len(keep) - sum(keep))
        sents = sents.loc[keep]
    sents = sents.reset_index(drop=True)
    weight = (
        sents["text"].astype(str).str.len().astype(float)
        if unit == "chars"
        else pd.Series(1.0, index=sents.index)
    )
    sents = sents.assign(_w=weight, theme=theme_lists(sents["themes"]))
    totals = sents.groupby(by, dropna=False, sort=True)["_w"].sum().rename("total").reset_index()
    long = sents[[*by, "theme", "_w"]].explode("theme").dropna(subset=["theme"])
    counts = (
        long.groupby([*by, "theme"], dropna=False, sort=True)["_w"]
        .sum()
        .rename("count")
        .reset_index()
    )
    themes = _theme_order(set(long["theme"]))
    grid = totals.merge(pd.DataFrame({"theme": themes}), how="cross")
    out = grid.merge(counts, on=[*by, "theme"], how="left")
    out["count"] = out["count"].fillna(0.0)
    out["share"] = (out["count"] / out["total"]).where(out["total"] > 0)
    out["theme"] = pd.Categorical(out["theme"], categories=themes, ordered=True)
    out = out.sort_values([*by, "theme"]).reset_index(drop=True)
    out["theme"] = out["theme"].astype(str)
    return out[[*by, "theme", "count", "total", "share"]]
