"""The jieba segmenter: our own tokenizer, our dictionary, picklable, global jieba untouched."""

from __future__ import annotations

import pickle

import pytest

from textmine.segment import JiebaSegmenter, Segmenter, _parse_userdict, load_stopwords


@pytest.fixture(scope="module")
def seg() -> JiebaSegmenter:
    return JiebaSegmenter().initialize()


@pytest.mark.parametrize(
    "text, term",
    [
        ("全面推行一网通办，提升服务效率", "一网通办"),
        ("深化放管服改革", "放管服"),
        ("制发行政规范性文件5件", "行政规范性文件"),
        ("本年新收政府信息公开申请12件", "政府信息公开申请"),
        ("推行双随机一公开监管", "双随机一公开"),
    ],
)
def test_domain_terms_stay_whole(seg, text, term):
    assert term in seg.cut(text)


def test_segmenter_is_picklable_and_equivalent(seg):
    text = "县政府办公室作为依申请公开受理机构，全年受理申请4件。"
    clone = pickle.loads(pickle.dumps(seg))
    assert clone._tokenizer is None  # rebuilt lazily in the worker
    assert clone.cut(text) == seg.cut(text)


def test_extra_words_are_added_and_global_jieba_is_untouched():
    import jieba

    word = "试点领域标准目录编制"
    seg = JiebaSegmenter(extra_words=[word])
    assert word in seg.cut(f"完成{word}工作")
    assert word not in jieba.lcut(f"完成{word}工作", HMM=False)
    assert seg._tokenizer is not jieba.dt


def test_protocol_and_sklearn_tokenizer(seg):
    from sklearn.feature_extraction.text import CountVectorizer

    assert isinstance(seg, Segmenter)
    vec = CountVectorizer(tokenizer=seg, token_pattern=None, lowercase=False)
    vec.fit(["推进一网通办", "深化放管服改革"])
    assert {"一网通办", "放管服"} <= set(vec.vocabulary_)


def test_userdict_is_large_and_well_formed():
    from textmine import lexicons

    entries = _parse_userdict(lexicons.read_text("userdict.txt"))
    words = [w for w, _, _ in entries]
    assert len(words) >= 500
    assert len(words) == len(set(words)), "duplicate terms in userdict.txt"
    assert {"一网通办", "放管服", "依申请公开", "行政复议"} <= set(words)


def test_parse_userdict_lines():
    assert _parse_userdict("# c\n一网通办 2000 nz\n\n放管服\n") == [
        ("一网通办", 2000, "nz"),
        ("放管服", None, None),
    ]


def test_stopwords():
    stop = load_stopwords()
    assert "的" in stop and "一网通办" not in stop


def test_every_codebook_term_survives_segmentation(seg):
    """Segmentation and theme matching agree: no codebook term is split by the segmenter."""
    from textmine.themes import codebook_terms

    broken = [t for t in codebook_terms() if t not in seg.cut(f"我们{t}了")]
    assert broken == []
