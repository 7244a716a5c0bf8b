"""Classifiers that compare groups of reports: what distinguishes them, with evidence.

:func:`compare_groups` fits a regularised logistic regression on per-report features (theme
shares, or TF-IDF of words) to predict a group label (year band, template era, admin level …),
scores it by stratified cross-validation against the majority-class baseline, and reads the
features that push towards each class off the coefficients of a model fitted on all reports.
Everything is a scikit-learn estimator: :class:`ThemeShares` turns theme lists into a share
matrix and works inside ``Pipeline``/``GridSearchCV``.

Example:
    >>> result = compare_groups(frames, by="era", features="themes")  # doctest: +SKIP
    >>> result.accuracy, result.baseline  # doctest: +SKIP
    (0.85, 0.5)
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from textmine.compare._tables import Analyzer, table, theme_lists

logger = logging.getLogger(__name__)


class ThemeShares(TransformerMixin, BaseEstimator):
    """Turn each document's list of sentence theme lists into theme shares.

    Input: a sequence of documents, each a sequence of theme-id tuples (one per sentence).
    Output: a dense array ``(n_documents, n_themes)`` whose cell is the share of the
    document's sentences carrying the theme. Themes are learnt in ``fit`` (sorted); themes
    unseen in ``fit`` are ignored.

    Args:
        themes: a fixed list of theme ids (default: learnt from the data).

    >>> ThemeShares().fit_transform([[("a",), ("a", "b")], [()]]).tolist()
    [[1.0, 0.5], [0.0, 0.0]]
    """

    def __init__(self, *, themes: Sequence[str] | None = None) -> None:
        self.themes = themes

    def fit(self, X: Any, y: Any = None) -> ThemeShares:
        if self.themes is not None:
            self.themes_ = list(self.themes)
        else:
            self.themes_ = sorted({t for doc in X for sent in doc for t in sent})
        self.n_features_in_ = len(self.themes_)
        return self

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "themes_")
        index = {t: k for k, t in enumerate(self.themes_)}
        out = np.zeros((len(X), len(self.themes_)))
        for r, doc in enumerate(X):
            doc = list(doc)
            for sent in doc:
                for t in set(sent):
                    if t in index:
                        out[r, index[t]] += 1
            if doc:
                out[r] /= len(doc)
        return out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "themes_")
        return np.asarray(self.themes_, dtype=object)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        return tags


@dataclass
class GroupComparison:
    """What :func:`compare_groups` found.

    Attributes:
        by: the grouping column.
        features: ``"themes"`` or ``"words"``.
        accuracy: mean cross-validated accuracy.
        accuracy_std: its standard deviation over folds.
        fold_scores: the accuracy of each fold.
        baseline: accuracy of always predicting the majority class.
        n: number of reports per class.
        cv: the number of folds actually used.
        top_features: tidy ``class, feature, coef, rank``: the features with the largest
            coefficients towards each class (for two classes, the first class gets the most
            negative coefficients, sign flipped).
        model: the pipeline fitted on all reports.
    """

    by: str
    features: str
    accuracy: float
    accuracy_std: float
    fold_scores: list[float]
    baseline: float
    n: dict[str, int]
    cv: int
    top_features: pd.DataFrame
    model: Any = field(repr=False, default=None)

    def summary(self) -> str:
        """One line: accuracy ± std vs baseline, and class sizes."""
        sizes = ", ".join(f"{k}={v}" for k, v in self.n.items())
        return (
            f"{self.by} from {self.features}: accuracy {self.accuracy:.3f} ± {self.accuracy_std:.3f} "
            f"({self.cv}-fold) vs majority baseline {self.baseline:.3f}; n: {sizes}"
        )


def _report_labels(frames: Any, by: str) -> pd.Series:
    reports = table(frames, "reports")
    if by in reports.columns:
        labels = reports.set_index("report_id")[by]
    else:
        sents = table(frames, "sentences")
        if by not in sents.columns:
            raise KeyError(f"{by!r} is neither a reports nor a sentences column")
        labels = sents.groupby("report_id")[by].agg(
            lambda s: s.mode().iloc[0] if len(s.mode()) else None
        )
    labels = labels.dropna()
    labels.index = labels.index.astype(str)
    return labels.astype(str).sort_index()


def compare_groups(
    frames: Any,
    *,
    by: str,
    features: str = "themes",
    cv: int = 5,
    C: float = 1.0,
    penalty: str = "l2",
    random_state: int = 0,
    top_n: int = 10,
    segmenter: Any = None,
    stopwords: Collection[str] | None = None,
) -> GroupComparison:
    """Cross-validate a linear classifier of reports into the groups of ``by``.

    Features are per-report theme shares (standardised; coefficients are per standard
    deviation of a share) or TF-IDF of the segmenter's tokens (``min_df=2``). The classifier is
    ``LogisticRegression`` (L2 or L1, ``C``) scored by stratified ``cv``-fold cross-validation
    with shuffling fixed by ``random_state``; when the smallest class has fewer reports than
    ``cv`` the folds are reduced to its size (a warning is logged).

    Args:
        frames: :class:`~textmine.frames.Frames` or dict with ``reports`` and ``sentences``.
        by: the label column (a ``reports`` column, such as ``template`` or an added era).
        features: ``"themes"`` or ``"words"``.
        cv: folds wanted.
        C: inverse regularisation strength.
        penalty: ``"l2"`` or ``"l1"``.
        random_state: seed of the fold shuffling (and of the solver).
        top_n: features listed per class.
        segmenter: the segmenter for ``features="words"``.
        stopwords: the stopwords for ``features="words"``.

    Raises:
        ValueError: unknown ``features``/``penalty``, fewer than two classes, or a class with
            a single report (no stratified split is possible).

    >>> compare_groups(frames, by="era", features="words").summary()  # doctest: +SKIP
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if features not in ("themes", "words"):
        raise ValueError(f"features must be 'themes' or 'words', got {features!r}")
    if penalty not in ("l1", "l2"):
        raise ValueError(f"penalty must be 'l1' or 'l2', got {penalty!r}")
    labels = _report_labels(frames, by)
    sents = table(frames, "sentences")
    sents = sents.loc[sents["report_id"].astype(str).isin(labels.index)]
    sents = sents.sort_values(["report_id", "sentence_id"])
    ids = labels.index.tolist()
    if features == "themes":
        grouped = {
            rid: theme_lists(g["themes"])
            for rid, g in sents.groupby(sents["report_id"].astype(str), sort=True)
        }
        X: Any = [grouped.get(rid, []) for rid in ids]
        first: Any = [ThemeShares(), StandardScaler()]
    else:
        grouped_text = sents.groupby(sents["report_id"].astype(str), sort=True)["text"].agg(
            lambda s: "\n".join(map(str, s))
        )
        X = [grouped_text.get(rid, "") for rid in ids]
        first = [
            TfidfVectorizer(analyzer=Analyzer(segmenter=segmenter, stopwords=stopwords), min_df=2)
        ]
    y = labels.to_numpy()
    classes, sizes = np.unique(y, return_counts=True)
    n = {str(c): int(k) for c, k in zip(classes, sizes, strict=False)}
    if len(classes) < 2:
        raise ValueError(f"compare_groups needs at least two classes of {by!r}, found {n}")
    folds = min(cv, int(sizes.min()))
    if folds < 2:
        raise ValueError(
            f"class sizes {n}: each class of {by!r} needs at least 2 reports for cross-validation"
        )
    if folds < cv:
        logger.warning(
            "compare_groups: smallest class of %r has %d reports; using %d folds instead of %d",
            by,
            sizes.min(),
            folds,
            cv,
        )
    solver = "saga" if penalty == "l1" else "lbfgs"
    clf = (
        LogisticRegression(
            C=C,
            l1_ratio=1.0 if penalty == "l1" else 0.0,
            solver=solver,
            max_iter=5000,
            random_state=random_state,
        )
        if _has_l1_ratio()
        else LogisticRegression(
            C=C, penalty=penalty, solver=solver, max_iter=5000, random_state=random_state
        )
    )
    pipe = make_pipeline(*first, clf)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=random_state)
    scores = cross_val_score(pipe, X, y, cv=splitter, scoring="accuracy")
    pipe.fit(X, y)
    names = np.asarray(pipe[0].get_feature_names_out(), dtype=str)
    model = pipe[-1]
    coef = model.coef_
    rows = []
    if coef.shape[0] == 1:
        per_class = [(model.classes_[0], -coef[0]), (model.classes_[1], coef[0])]
    else:
        per_class = list(zip(model.classes_, coef, strict=False))
    for cls, w in per_class:
        order = np.lexsort((names, -w))[:top_n]
        for rank, k in enumerate(order, start=1):
            if w[k] <= 0:
                break
            rows.append({"class": str(cls), "feature": names[k], "coef": float(w[k]), "rank": rank})
    return GroupComparison(
        by=by,
        features=features,
        accuracy=float(scores.mean()),
        accuracy_std=float(scores.std()),
        fold_scores=[float(s) for s in scores],
        baseline=float(sizes.max() / sizes.sum()),
        n=n,
        cv=folds,
        top_features=pd.DataFrame(rows, columns=["class", "feature", "coef", "rank"]),
        model=pipe,
    )


def _has_l1_ratio() -> bool:
    """scikit-learn ≥ 1.8 deprecates ``penalty=`` in favour of ``l1_ratio``."""
    import sklearn

    major, minor = (int(p) for p in sklearn.__version__.split(".")[:2])
    return (major, minor) >= (1, 8)
