"""Classifiers that compare groups of reports (textmine.compare.classifiers)."""

from __future__ import annotations

import logging
import pickle
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from textmine.compare import GroupComparison, ThemeShares, compare_groups

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _frames(n_old: int = 6, n_new: int = 6) -> dict[str, pd.DataFrame]:
    rows, reports = [], []
    for r in range(n_old + n_new):
        era = "old" if r < n_old else "new"
        rid = f"r{r:02d}"
        reports.append({"report_id": rid, "era": era, "year": 2012 + r})
        for s in range(6):
            if era == "old":
                themes = ["proactive"] if s % 3 else ["proactive", "training"]
                text = "主动 公开 信息 条" if s % 2 else "主动 公开 培训"
            else:
                themes = ["requests"] if s % 3 else ["requests", "training"]
                text = "依申请 公开 办理" if s % 2 else "依申请 答复 培训"
            rows.append(
                {
                    "report_id": rid,
                    "sentence_id": s + 1,
                    "kind": "overview",
                    "text": text,
                    "themes": themes,
                }
            )
    return {"sentences": pd.DataFrame(rows), "reports": pd.DataFrame(reports)}


def test_separable_themes() -> None:
    res = compare_groups(_frames(), by="era", features="themes", cv=3)
    assert isinstance(res, GroupComparison)
    assert res.accuracy == 1.0 and res.accuracy_std == 0.0
    assert res.baseline == 0.5 and res.n == {"new": 6, "old": 6} and res.cv == 3
    top = res.top_features
    assert list(top.columns) == ["class", "feature", "coef", "rank"]
    first = top[top["rank"] == 1].set_index("class")["feature"].to_dict()
    assert first["new"] == "requests" and first["old"] == "proactive"
    assert "training" not in set(top["feature"])  # equal in both classes: no pull either way
    assert "accuracy 1.000" in res.summary()


def test_words_with_custom_segmenter_and_l1() -> None:
    res = compare_groups(
        _frames(),
        by="era",
        features="words",
        cv=3,
        segmenter=str.split,
        stopwords=(),
        penalty="l1",
        C=10.0,
    )
    assert res.accuracy == 1.0
    feats = set(res.top_features.loc[res.top_features["class"] == "new", "feature"])
    assert feats & {"依申请", "办理", "答复"}
    pickle.loads(pickle.dumps(res.model))  # the fitted pipeline (with its analyzer) pickles


def test_folds_reduced_for_small_class(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="textmine.compare.classifiers"):
        res = compare_groups(_frames(n_old=3, n_new=9), by="era", cv=5)
    assert res.cv == 3 and len(res.fold_scores) == 3
    assert "using 3 folds instead of 5" in caplog.text
    assert res.baseline == pytest.approx(0.75)


def test_errors() -> None:
    with pytest.raises(ValueError, match="at least 2 reports"):
        compare_groups(_frames(n_old=1, n_new=5), by="era")
    with pytest.raises(ValueError, match="features"):
        compare_groups(_frames(), by="era", features="chars")
    with pytest.raises(KeyError, match="province"):
        compare_groups(_frames(), by="province")


def test_deterministic() -> None:
    a = compare_groups(_frames(n_old=5, n_new=7), by="era", cv=4, random_state=3)
    b = compare_groups(_frames(n_old=5, n_new=7), by="era", cv=4, random_state=3)
    assert a.fold_scores == b.fold_scores
    pd.testing.assert_frame_equal(a.top_features, b.top_features)


def test_theme_shares_estimator() -> None:
    docs = [[("a",), ("a", "b"), ()], [("b",)], []]
    est = ThemeShares()
    assert clone(est).get_params() == {"themes": None}
    x = est.fit(docs).transform(docs)
    np.testing.assert_allclose(x, [[2 / 3, 1 / 3], [0, 1], [0, 0]])
    assert est.get_feature_names_out().tolist() == ["a", "b"]
    fixed = ThemeShares(themes=["b", "z"]).fit([])
    np.testing.assert_allclose(fixed.transform([[("a", "b")]]), [[1.0, 0.0]])
    pipe = make_pipeline(ThemeShares(), StandardScaler()).fit(docs)
    assert pipe.transform(docs).shape == (3, 2)
    with pytest.raises(Exception, match="not fitted"):
        ThemeShares().transform(docs)


@pytest.mark.parametrize("features", ["themes", "words"])
def test_corpus_eras_beat_baseline(corpus_frames, features) -> None:
    res = compare_groups(corpus_frames, by="era", features=features)
    assert set(res.n) == {"old", "gov2019", "gov2021"}
    assert res.accuracy > res.baseline
    assert set(res.top_features["class"]) == set(res.n)
