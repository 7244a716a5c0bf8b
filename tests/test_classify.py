"""The supervised theme classifier follows scikit-learn's estimator contract."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.model_selection import GroupKFold, KFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.utils.estimator_checks import parametrize_with_checks

from textmine.classify import ThemeClassifier, squash_spaces
from textmine.themes import THEME_IDS

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# Hand-written training sentences (not corpus text): three themes, several phrasings each.
TRAIN = [
    ("召开新闻发布会，解读政策文件", ("interpretation",)),
    ("举办新闻发布会两场", ("interpretation",)),
    ("开展在线访谈并解读政策", ("interpretation",)),
    ("回应社会关切，做好政策解读", ("interpretation",)),
    ("组织政务公开业务培训", ("training",)),
    ("举办培训班，培训工作人员", ("training",)),
    ("开展专题培训和以会代训", ("training",)),
    ("加强业务培训，提高能力", ("training",)),
    ("公开部门预决算和三公经费", ("key_areas",)),
    ("公开财政预算和决算信息", ("key_areas",)),
    ("做好预决算公开工作", ("key_areas",)),
    ("推进政府采购和预算公开", ("key_areas",)),
    ("举办培训班并召开新闻发布会", ("training", "interpretation")),
    ("公开预决算并开展政策解读", ("key_areas", "interpretation")),
]
X = [t for t, _ in TRAIN]
Y = [y for _, y in TRAIN]


@parametrize_with_checks([ThemeClassifier()])
def test_sklearn_compatible_estimator(estimator, check):
    check(estimator)


@pytest.fixture(scope="module")
def fitted() -> ThemeClassifier:
    return ThemeClassifier(labels=THEME_IDS).fit(X, Y)


def test_fit_returns_self_and_learns_state():
    clf = ThemeClassifier()
    assert clf.fit(X, Y) is clf
    assert list(clf.classes_) == ["interpretation", "key_areas", "training"]
    assert hasattr(clf, "vectorizer_") and hasattr(clf, "estimator_")


def test_init_only_stores_parameters():
    clf = ThemeClassifier(C=3.0, threshold=0.4, min_df=2)
    assert clf.get_params()["C"] == 3.0
    assert not any(k.endswith("_") for k in vars(clf))
    clone(clf)  # clone succeeds only if __init__ stores parameters verbatim


def test_predict_shapes_and_labels(fitted):
    test = ["召开新闻发布会解读政策", "开展业务培训", "公开部门预决算"]
    ind = fitted.predict(test)
    assert ind.shape == (3, len(THEME_IDS)) and set(np.unique(ind)) <= {0, 1}
    proba = fitted.predict_proba(test)
    assert proba.shape == ind.shape and np.all((proba >= 0) & (proba <= 1))
    labels = fitted.predict_labels(test)
    assert labels[0] == ("interpretation",)
    assert labels[1] == ("training",)
    assert labels[2] == ("key_areas",)
    for row, labs in zip(ind, labels, strict=True):
        assert tuple(np.asarray(THEME_IDS)[row.astype(bool)]) == labs


def test_indicator_matrix_input_equals_label_tuples():
    labels = ["interpretation", "key_areas", "training"]
    a = ThemeClassifier(labels=labels).fit(X, Y)
    Ymat = np.array([[int(lab in y) for lab in labels] for y in Y])
    b = ThemeClassifier(labels=labels).fit(X, Ymat)
    test = ["召开发布会", "培训班"]
    np.testing.assert_allclose(a.predict_proba(test), b.predict_proba(test))
    assert list(ThemeClassifier().fit(X, Ymat).classes_) == [0, 1, 2]


def test_deterministic():
    a = ThemeClassifier().fit(X, Y).predict_proba(X)
    b = ThemeClassifier().fit(X, Y).predict_proba(X)
    np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize(
    "params, x, y, match",
    [
        ({"C": 0}, X, Y, "C must be"),
        ({"threshold": 1.5}, X, Y, "threshold"),
        ({}, "一句话", Y, "not a single string"),
        ({}, [1, 2], [("a",), ("b",)], "only strings"),
        ({}, X[:3], Y, "samples"),
        ({"labels": ["a", "b"]}, X, np.zeros((len(X), 3)), "columns"),
    ],
)
def test_fit_validation(params, x, y, match):
    with pytest.raises(ValueError, match=match):
        ThemeClassifier(**params).fit(x, y)


def test_pickle_roundtrip(fitted):
    clone_ = pickle.loads(pickle.dumps(fitted))
    np.testing.assert_array_equal(clone_.predict_proba(X), fitted.predict_proba(X))


def test_pipeline_and_cross_validate():
    pipe = Pipeline(
        [
            ("clean", FunctionTransformer(lambda xs: [squash_spaces(x) for x in xs])),
            ("clf", ThemeClassifier(labels=["interpretation", "key_areas", "training"])),
        ]
    )
    Ymat = np.array(
        [[int(lab in y) for lab in ("interpretation", "key_areas", "training")] for y in Y]
    )
    res = cross_validate(
        pipe, X, Ymat, cv=KFold(3, shuffle=True, random_state=0), scoring="f1_micro"
    )
    assert res["test_score"].shape == (3,)
    assert np.all(res["test_score"] > 0.3)
    pipe.set_params(clf__C=5.0)
    assert pipe.get_params()["clf__C"] == 5.0


def test_cross_validate_with_label_tuples():
    res = cross_validate(
        ThemeClassifier(labels=["interpretation", "key_areas", "training"]),
        X,
        Y,
        cv=KFold(2, shuffle=True, random_state=0),
    )
    assert np.all(np.isfinite(res["test_score"]))


class _CharTokenizer:
    """A picklable tokenizer stand-in (the project's JiebaSegmenter plugs in the same way)."""

    def __call__(self, text: str) -> list[str]:
        return [text[i : i + 2] for i in range(len(text) - 1)]


def test_tokenizer_callable_plugs_in():
    clf = ThemeClassifier(tokenizer=_CharTokenizer()).fit(X, Y)
    assert clf.vectorizer_.tokenizer is clf.tokenizer
    assert "training" in clf.predict_labels(["举办培训班"])[0]
    pickle.loads(pickle.dumps(clf))


def test_with_jieba_segmenter():
    seg_mod = pytest.importorskip("textmine.segment")
    from textmine.themes import codebook_terms

    seg = seg_mod.JiebaSegmenter(extra_words=codebook_terms())
    clf = ThemeClassifier(tokenizer=seg).fit(X, Y)
    assert "interpretation" in clf.predict_labels(["召开新闻发布会"])[0]
    again = pickle.loads(pickle.dumps(clf))
    assert again.predict_labels(["召开新闻发布会"]) == clf.predict_labels(["召开新闻发布会"])


@pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="../shared/corpus not present")
def test_grouped_cross_validation_on_gold():
    texts, labels, groups = [], [], []
    for path in sorted((CORPUS / "gold").glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        for item in g.get("themes", []):
            texts.append(item["text"])
            labels.append(tuple(item["themes"]))
            groups.append(g["id"])
    clf = ThemeClassifier(labels=THEME_IDS)
    Ymat = clf._binarize(labels)
    res = cross_validate(clf, texts, Ymat, groups=groups, cv=GroupKFold(5), scoring="f1_micro")
    assert res["test_score"].mean() >= 0.6, res["test_score"]


def test_confirm_keeps_plausible_themes_only():
    clf = ThemeClassifier().fit(["召开新闻发布会", "开展业务培训", "公开部门预算"] * 4,
                                [("interpretation",), ("training",), ("key_areas",)] * 4)
    lexicon = [("interpretation", "training"), ("key_areas",), ()]
    out = clf.confirm(["举办新闻发布会", "公开部门决算", "无"], lexicon, threshold=0.5)
    assert out == [("interpretation",), ("key_areas",), ()]
    # a theme the classifier never saw is kept; threshold 0 keeps everything
    assert clf.confirm(["举办新闻发布会"], [("grassroots",)], threshold=0.9) == [("grassroots",)]
    assert clf.confirm(["举办新闻发布会"], [("training",)], threshold=0.0) == [("training",)]


def test_confirm_needs_one_label_set_per_sentence():
    clf = ThemeClassifier().fit(["召开新闻发布会", "开展业务培训"] * 3, [("interpretation",), ("training",)] * 3)
    with pytest.raises(ValueError, match="one per sentence"):
        clf.confirm(["a", "b"], [("training",)])
