"""The jieba segmenter: our own tokenizer, our dictionary, picklable, global jieba untouched."""

from __future__ import annotations

import pickle

import pytest

from textmine.segment import (
    SEGMENTERS,
    JiebaSegmenter,
    RjiebaSegmenter,
    Segmenter,
    _parse_userdict,
    get_segmenter,
    load_stopwords,
)


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


# ---- backends: jieba-rs gives the jieba backend's tokens -------------------------------------------


@pytest.fixture(scope="module")
def fast() -> RjiebaSegmenter:
    pytest.importorskip("rjieba", reason="pip install 'textmine[fast]'")
    return get_segmenter("rjieba").initialize()


def test_get_segmenter_by_name():
    assert set(SEGMENTERS) == {"jieba", "rjieba"}
    seg = get_segmenter("jieba", hmm=True, codebook=False)
    assert type(seg) is JiebaSegmenter and seg.hmm and not seg.codebook
    assert type(get_segmenter("rjieba")) is RjiebaSegmenter  # built lazily: no rjieba needed yet
    with pytest.raises(ValueError, match="unknown segmenter 'pkuseg'; expected one of jieba, rjieba"):
        get_segmenter("pkuseg")


def test_rjieba_missing_names_the_extra(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "rjieba", None)  # import rjieba now raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'textmine\[fast\]'"):
        RjiebaSegmenter().cut("公开")


@pytest.mark.parametrize(
    "text",
    [
        "全面推行一网通办，提升服务效率",
        "制发行政规范性文件5件，废止2件。",
        # a near-tie that jieba settles only because it never subtracts a replaced word's
        # frequency from its dictionary total: jieba-rs must be given the same total
        "开展网上公开试点工作，完善收支审计工作机制",
        "2023年受理申请 12 件（同比增长 3.5%），www.example.gov.cn 于2024-01-10发布",
        "ABC123 公开 ｜ 第三方评估 ── 二〇二三年",
    ],
)
def test_rjieba_tokens_equal_jieba_tokens(seg, fast, text):
    assert fast.cut(text) == seg.cut(text)


def test_rjieba_keeps_domain_terms_and_pickles(fast):
    from textmine.themes import codebook_terms

    assert [t for t in codebook_terms() if t not in fast.cut(f"我们{t}了")] == []
    clone = pickle.loads(pickle.dumps(fast))
    assert clone._tokenizer is None and clone.cut("推行双随机一公开监管") == fast.cut("推行双随机一公开监管")
    assert isinstance(fast, Segmenter)


def test_rjieba_equals_jieba_on_random_strings(seg, fast):
    import random

    rng = random.Random(7)
    alphabet = list("政府信息公开申请件条年度报告一网通办试点工作审计") + list("abXY019.%-+#&_ ,，。、\n\t（）《》：“”") + ["\u3000", "１", "😀"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(500)]
    assert [t for t in texts if fast.cut(t) != seg.cut(t)] == []


def test_rjieba_equals_jieba_on_the_whole_corpus(seg, fast, shared_corpus, bundled_corpus):
    """Every report of ../shared/corpus/texts and of the bundled corpus, raw and normalised:
    identical token lists."""
    from textmine.ingest import read_document

    paths = sorted((shared_corpus / "texts").iterdir()) + sorted(
        p for p in bundled_corpus.iterdir() if p.suffix in (".txt", ".html")
    )
    compared = 0
    for path in paths:
        doc = read_document(path)
        for text in (doc.text, doc.raw_text):
            assert fast.cut(text) == seg.cut(text), path.name
        compared += len(doc.text)
    assert compared > 100_000  # about 108,000 characters of normalised text
