"""Keyness for many groups: weighted log-odds with an informative Dirichlet prior, or chi-square.

The log-odds method is Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 16–22. For a
feature ``w`` in group ``i`` against ``j`` (the rest of the corpus, or one other group)::

    delta = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
    var   ≈ 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
    z     = delta / sqrt(var);   95% CI = delta ± 1.96 · sqrt(var)

with ``a0 = Σ_w a_w``. The informative prior sets ``a_w = alpha0 · y_w / n`` (the feature's
share of the whole corpus, all features counted before the ``min_count`` filter); ``"uniform"``
sets ``a_w = alpha0 / V``; a number sets ``a_w`` to that number for every feature.

The chi-square alternative is Pearson's statistic of the 2×2 table
``[[y_iw, n_i − y_iw], [y_jw, n_j − y_jw]]`` **without** Yates' continuity correction (as
``scipy.stats.chi2_contingency(..., correction=False)``); then ``delta`` is the log ratio of the
two relative frequencies (each count + 0.5), ``z = sign(delta)·sqrt(chi2)``, and ``se`` and the
CI are null.

Example:
    >>> counts = pd.DataFrame({"g": ["a", "a", "b", "b"], "feature": ["x", "y", "x", "y"],
    ...                        "count": [30, 10, 10, 30]})
    >>> k = keyness(counts, by="g", min_count=1)
    >>> k.loc[k.group == "a", "feature"].tolist()
    ['x', 'y']
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Collection
from typing import Any

import numpy as np
import pandas as pd

from textmine.compare._tables import Analyzer, sentences_with, theme_lists

logger = logging.getLogger(__name__)

#: Output columns of :func:`keyness`.
COLUMNS = [
    "group",
    "other",
    "feature",
    "count_group",
    "count_other",
    "delta",
    "se",
    "z",
    "ci_low",
    "ci_high",
    "p",
]

#: Two-sided 95% normal quantile.
Z95 = 1.959963984540054


def feature_counts(
    frames: Any,
    *,
    by: str,
    level: str = "word",
    segmenter: Any = None,
    stopwords: Collection[str] | None = None,
) -> pd.DataFrame:
    """Counts of words or theme labels per group: columns ``by, feature, count``.

    Words come from the segmenter (default :class:`~textmine.segment.JiebaSegmenter`) with
    stopwords (default ``lexicons/stopwords.txt``) and digit/punctuation-only tokens dropped;
    themes are the ``themes`` labels of each sentence. Sentences whose group is null are left out.

    Raises:
        ValueError: unknown ``level``.

    >>> feature_counts(frames, by="year", level="theme").head()  # doctest: +SKIP
    """
    if level not in ("word", "theme"):
        raise ValueError(f"level must be 'word' or 'theme', got {level!r}")
    sents = sentences_with(frames, [by])
    sents = sents.loc[sents[by].notna()]
    counts: dict[Any, Counter[str]] = {}
    if level == "theme":
        units = theme_lists(sents["themes"])
    else:
        analyze = Analyzer(segmenter=segmenter, stopwords=stopwords)
        units = [analyze(t) for t in sents["text"].astype(str)]
    for group, toks in zip(sents[by], units, strict=False):
        counts.setdefault(group, Counter()).update(toks)
    rows = [(g, f, c) for g in sorted(counts, key=str) for f, c in sorted(counts[g].items())]
    return pd.DataFrame(rows, columns=[by, "feature", "count"])


def _prior(totals: np.ndarray, prior: str | float, alpha0: float) -> np.ndarray:
    n = totals.sum()
    if isinstance(prior, str):
        if prior == "informative":
            return alpha0 * totals / n
        if prior == "uniform":
            return np.full(totals.shape, alpha0 / len(totals))
        raise ValueError(f"prior must be 'informative', 'uniform' or a number, got {prior!r}")
    if float(prior) <= 0:
        raise ValueError(f"a numeric prior must be > 0, got {prior!r}")
    return np.full(totals.shape, float(prior))


def _log_odds(
    yi: np.ndarray, ni: float, yj: np.ndarray, nj: float, a: np.ndarray
) -> dict[str, np.ndarray]:
    a0 = a.sum()
    delta = np.log((yi + a) / (ni + a0 - yi - a)) - np.log((yj + a) / (nj + a0 - yj - a))
    se = np.sqrt(1.0 / (yi + a) + 1.0 / (yj + a))
    z = delta / se
    from scipy.stats import norm

    return {
        "delta": delta,
        "se": se,
        "z": z,
        "ci_low": delta - Z95 * se,
        "ci_high": delta + Z95 * se,
        "p": 2 * norm.sf(np.abs(z)),
    }


def _chi2(yi: np.ndarray, ni: float, yj: np.ndarray, nj: float) -> dict[str, np.ndarray]:
    from scipy.stats import chi2 as chi2_dist

    n = ni + nj
    obs = np.stack([yi, ni - yi, yj, nj - yj])
    col = np.stack([yi + yj, n - yi - yj])
    exp = np.stack([ni * col[0], ni * col[1], nj * col[0], nj * col[1]]) / n
    with np.errstate(divide="ignore", invalid="ignore"):
        stat = np.where(exp > 0, (obs - exp) ** 2 / exp, 0.0).sum(axis=0)
    delta = np.log((yi + 0.5) / (ni + 0.5)) - np.log((yj + 0.5) / (nj + 0.5))
    nan = np.full(yi.shape, np.nan)
    return {
        "delta": delta,
        "se": nan,
        "z": np.sign(delta) * np.sqrt(stat),
        "ci_low": nan,
        "ci_high": nan,
        "p": chi2_dist.sf(stat, 1),
    }


def keyness(
    frames_or_counts: Any,
    *,
    by: str,
    level: str = "word",
    prior: str | float = "informative",
    alpha0: float = 1000.0,
    min_count: int = 5,
    method: str = "log_odds",
    pairwise: bool = False,
    segmenter: Any = None,
    stopwords: Collection[str] | None = None,
) -> pd.DataFrame:
    """Features that distinguish each group from the rest (and from each other group).

    Args:
        frames_or_counts: :class:`~textmine.frames.Frames` / dict of tables, or a counts
            table with columns ``by, feature, count`` (see :func:`feature_counts`).
        by: grouping column (of ``sentences`` or ``reports``, e.g. ``year``, ``template``,
            or one a user adds such as an era).
        level: ``"word"`` (segmenter tokens) or ``"theme"`` (theme labels).
        prior: ``"informative"`` (``a_w = alpha0 · corpus share``), ``"uniform"``
            (``a_w = alpha0 / V``) or a number used as every ``a_w``.
        alpha0: total prior mass for ``"informative"`` and ``"uniform"``.
        min_count: keep a feature in a comparison only if ``count_group + count_other`` ≥ this.
        method: ``"log_odds"`` (Monroe et al. 2008) or ``"chi2"`` (Pearson, no Yates).
        pairwise: compare every ordered pair of groups instead of each group with the rest.
        segmenter: word segmenter for ``level="word"`` (default JiebaSegmenter).
        stopwords: tokens to drop (default ``lexicons/stopwords.txt``).

    Returns:
        Tidy rows ``group, other, feature, count_group, count_other, delta, se, z, ci_low,
        ci_high, p`` (``other`` is ``"rest"`` or the other group; groups as strings), sorted by
        group, other and ``z`` descending: the top rows of a group are its key features.

    Raises:
        ValueError: unknown ``method``, ``level`` or ``prior``, or fewer than two groups.

    >>> keyness(frames, by="era", level="word").groupby("group").head(10)  # doctest: +SKIP
    """
    if method not in ("log_odds", "chi2"):
        raise ValueError(f"method must be 'log_odds' or 'chi2', got {method!r}")
    if isinstance(frames_or_counts, pd.DataFrame):
        counts = frames_or_counts
        missing = {by, "feature", "count"} - set(counts.columns)
        if missing:
            raise ValueError(
                f"a counts table needs columns {by!r}, 'feature', 'count'; missing {sorted(missing)}"
            )
    else:
        counts = feature_counts(
            frames_or_counts, by=by, level=level, segmenter=segmenter, stopwords=stopwords
        )
    wide = counts.pivot_table(
        index=by, columns="feature", values="count", aggfunc="sum", fill_value=0
    )
    wide = wide.sort_index(axis=0, key=lambda s: s.astype(str)).sort_index(axis=1)
    groups = [str(g) for g in wide.index]
    if len(groups) < 2:
        raise ValueError(f"keyness needs at least two groups of {by!r}, found {groups}")
    y = wide.to_numpy(dtype=float)
    features = wide.columns.astype(str).to_numpy()
    totals = y.sum(axis=0)
    a = _prior(totals, prior, alpha0)
    nrow = y.sum(axis=1)
    frames_out = []
    comparisons: list[tuple[int, int | None]] = (
        [(i, j) for i in range(len(groups)) for j in range(len(groups)) if i != j]
        if pairwise
        else [(i, None) for i in range(len(groups))]
    )
    for i, j in comparisons:
        yi, ni = y[i], nrow[i]
        if j is None:
            yj, nj, other = totals - yi, nrow.sum() - ni, "rest"
        else:
            yj, nj, other = y[j], nrow[j], groups[j]
        stats = _log_odds(yi, ni, yj, nj, a) if method == "log_odds" else _chi2(yi, ni, yj, nj)
        keep = (yi + yj) >= min_count
        part = pd.DataFrame(
            {
                "group": groups[i],
                "other": other,
                "feature": features[keep],
                "count_group": yi[keep].astype("int64"),
                "count_other": yj[keep].astype("int64"),
                **{k: v[keep] for k, v in stats.items()},
            }
        )
        frames_out.append(
            part.sort_values(["z", "feature"], ascending=[False, True], kind="mergesort")
        )
    out = pd.concat(frames_out, ignore_index=True) if frames_out else pd.DataFrame(columns=COLUMNS)
    return out[COLUMNS].reset_index(drop=True)


def top_features(table: pd.DataFrame, *, n: int = 10, column: str = "z") -> pd.DataFrame:
    """The ``n`` rows with the highest ``column`` for each (group, other) of a keyness table.

    >>> top_features(keyness(frames, by="year"), n=5)  # doctest: +SKIP
    """
    ordered = table.sort_values(
        ["group", "other", column], ascending=[True, True, False], kind="mergesort"
    )
    return ordered.groupby(["group", "other"], sort=False).head(n).reset_index(drop=True)
