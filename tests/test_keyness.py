"""Multi-group keyness (textmine.compare.keyness)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from textmine.compare import feature_counts, keyness, top_features

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# Toy example: two groups, three words.
#           x   y   z   n
# group A  10   5   1  16
# group B   2   6   8  16
# total    12  11   9  32
TOY = pd.DataFrame(
    {
        "g": ["A", "A", "A", "B", "B", "B"],
        "feature": ["x", "y", "z", "x", "y", "z"],
        "count": [10, 5, 1, 2, 6, 8],
    }
)


def test_log_odds_matches_hand_computation() -> None:
    """Monroe et al. (2008) eq. 16-22 with an informative prior, alpha0 = 32.

    a_w = alpha0 * y_w / n = 32 * y_w / 32 = y_w, so a_x = 12, a_y = 11, a_z = 9, a0 = 32.
    A vs rest (= B), word x:
      delta = log((10 + 12) / (16 + 32 - 10 - 12)) - log((2 + 12) / (16 + 32 - 2 - 12))
            = log(22 / 26) - log(14 / 34)
      var   = 1 / 22 + 1 / 14
    """
    k = keyness(TOY, by="g", alpha0=32.0, min_count=1).set_index(["group", "feature"])
    delta_x = math.log(22 / 26) - math.log(14 / 34)
    se_x = math.sqrt(1 / 22 + 1 / 14)
    assert k.loc[("A", "x"), "delta"] == pytest.approx(delta_x, abs=1e-9)
    assert k.loc[("A", "x"), "se"] == pytest.approx(se_x, abs=1e-9)
    assert k.loc[("A", "x"), "z"] == pytest.approx(delta_x / se_x, abs=1e-9)
    assert k.loc[("A", "x"), "ci_low"] == pytest.approx(
        delta_x - 1.959963984540054 * se_x, abs=1e-9
    )
    assert k.loc[("A", "x"), "ci_high"] == pytest.approx(
        delta_x + 1.959963984540054 * se_x, abs=1e-9
    )
    # word z, A vs rest: log((1 + 9) / (16 + 32 - 1 - 9)) - log((8 + 9) / (16 + 32 - 8 - 9))
    delta_z = math.log(10 / 38) - math.log(17 / 31)
    assert k.loc[("A", "z"), "delta"] == pytest.approx(delta_z, abs=1e-9)
    assert k.loc[("A", "z"), "se"] == pytest.approx(math.sqrt(1 / 10 + 1 / 17), abs=1e-9)
    # B vs rest is the mirror image
    assert k.loc[("B", "x"), "delta"] == pytest.approx(-delta_x, abs=1e-9)
    assert k.loc[("A", "x"), "count_group"] == 10 and k.loc[("A", "x"), "count_other"] == 2
    # rows of a group are sorted by z, strongest first
    assert k.loc["A"].index.tolist() == ["x", "y", "z"]


def test_uniform_and_numeric_priors() -> None:
    k = keyness(TOY, by="g", prior=0.5, min_count=1).set_index(["group", "feature"])
    # a_w = 0.5 for each of 3 words, a0 = 1.5
    expect = math.log(10.5 / (16 + 1.5 - 10.5)) - math.log(2.5 / (16 + 1.5 - 2.5))
    assert k.loc[("A", "x"), "delta"] == pytest.approx(expect, abs=1e-9)
    u = keyness(TOY, by="g", prior="uniform", alpha0=3.0, min_count=1).set_index(
        ["group", "feature"]
    )
    expect = math.log(11 / (16 + 3 - 11)) - math.log(3 / (16 + 3 - 3))
    assert u.loc[("A", "x"), "delta"] == pytest.approx(expect, abs=1e-9)


def test_chi2_matches_scipy_without_yates() -> None:
    from scipy.stats import chi2_contingency

    k = keyness(TOY, by="g", method="chi2", min_count=1).set_index(["group", "feature"])
    stat, p, _, _ = chi2_contingency([[10, 6], [2, 14]], correction=False)
    assert k.loc[("A", "x"), "z"] ** 2 == pytest.approx(stat, abs=1e-9)
    assert k.loc[("A", "x"), "p"] == pytest.approx(p, abs=1e-12)
    assert k.loc[("A", "x"), "z"] > 0 and k.loc[("A", "z"), "z"] < 0
    assert k["se"].isna().all()


def test_pairwise_three_groups_is_antisymmetric() -> None:
    counts = pd.concat(
        [TOY, pd.DataFrame({"g": ["C"] * 3, "feature": ["x", "y", "z"], "count": [4, 4, 4]})]
    )
    k = keyness(counts, by="g", pairwise=True, min_count=1)
    assert set(zip(k.group, k.other, strict=False)) == {
        (a, b) for a in "ABC" for b in "ABC" if a != b
    }
    ab = k[(k.group == "A") & (k.other == "B")].set_index("feature")["delta"]
    ba = k[(k.group == "B") & (k.other == "A")].set_index("feature")["delta"]
    np.testing.assert_allclose(ab.sort_index(), -ba.sort_index(), atol=1e-12)
    rest = keyness(counts, by="g", min_count=1)
    assert set(rest["other"]) == {"rest"} and set(rest["group"]) == {"A", "B", "C"}


def test_min_count_filter_and_errors() -> None:
    k = keyness(TOY, by="g", min_count=12)
    assert set(k["feature"]) == {"x"}  # x: 12, y: 11, z: 9
    with pytest.raises(ValueError, match="method"):
        keyness(TOY, by="g", method="pmi")
    with pytest.raises(ValueError, match="two groups"):
        keyness(TOY[TOY.g == "A"], by="g")
    with pytest.raises(ValueError, match="prior"):
        keyness(TOY, by="g", prior="flat")


def _frames() -> dict[str, pd.DataFrame]:
    sents = pd.DataFrame(
        {
            "report_id": ["a", "a", "b", "b"],
            "sentence_id": [1, 2, 1, 2],
            "kind": ["overview"] * 4,
            "text": [
                "召开 新闻发布会 新闻发布会",
                "公开 123 ，",
                "依申请 公开 办理",
                "依申请 办理",
            ],
            "themes": [["interpretation"], ["proactive"], ["requests"], ["requests"]],
        }
    )
    reports = pd.DataFrame({"report_id": ["a", "b"], "year": [2016, 2022]})
    return {"sentences": sents, "reports": reports}


def test_word_and_theme_counts_from_frames() -> None:
    words = feature_counts(
        _frames(), by="year", level="word", segmenter=str.split, stopwords=("召开",)
    )
    a = words[words.year == 2016].set_index("feature")["count"].to_dict()
    assert a == {"新闻发布会": 2, "公开": 1}  # stopword, digits and punctuation dropped
    themes = feature_counts(_frames(), by="year", level="theme")
    assert themes[themes.year == 2022].set_index("feature")["count"].to_dict() == {"requests": 2}
    k = keyness(_frames(), by="year", level="theme", min_count=1)
    assert k[k.group == "2022"].iloc[0]["feature"] == "requests"


def test_corpus_keyness_three_eras(corpus_frames) -> None:
    k = keyness(corpus_frames, by="era", level="word")
    assert set(k["group"]) == {"old", "gov2019", "gov2021"}
    assert (k["count_group"] + k["count_other"] >= 5).all()
    top = top_features(k, n=10)
    assert top.groupby("group").size().min() == 10
    assert (top["z"] > 0).all()
    # the 2021 template's own wording distinguishes the new era
    assert {"政务公开", "政务新媒体"} & set(top.loc[top.group == "gov2021", "feature"])
    themes = keyness(corpus_frames, by="era", level="theme", min_count=1)
    assert themes["feature"].nunique() >= 10
