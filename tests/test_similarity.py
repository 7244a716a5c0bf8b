"""Similarity, near-duplicate sentences, boilerplate and copying (textmine.compare.similarity)."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textmine.compare import (
    boilerplate_flags,
    copied_share,
    near_duplicate_sentences,
    report_similarity,
)
from textmine.compare.similarity import (
    normalize_for_shingles,
    previous_reports,
    shingles,
    similar_pairs,
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

S1 = "区管委会办公室多次召开会议部署全区政府信息公开工作，并对各乡镇、各有关单位的信息公开工作经办人员进行培训。"
S2 = "各乡镇主动公开政府信息534条，占27%。"
S3 = "在区行政服务中心增设集中查询窗口，为公众提供便捷服务。"
S4 = "政府网站建设有待进一步加强，栏目设置还不够合理。"


def _brute(sets, threshold):
    out = []
    for i, j in itertools.combinations(range(len(sets)), 2):
        a, b = sets[i], sets[j]
        if a and b:
            jac = len(a & b) / len(a | b)
            if jac >= threshold - 1e-12:
                out.append((i, j, jac))
    return out


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(alphabet="abcde", min_size=3, max_size=9), min_size=2, max_size=25),
    st.sampled_from([0.3, 0.5, 0.8, 1.0]),
)
def test_prefix_join_equals_brute_force(texts, threshold) -> None:
    sets = [shingles(t, k=2) for t in texts]
    got = similar_pairs(sets, threshold=threshold)
    want = _brute(sets, threshold)
    assert [(i, j) for i, j, _ in got] == [(i, j) for i, j, _ in want]
    assert all(abs(g[2] - w[2]) < 1e-12 for g, w in zip(got, want, strict=False))


def test_prefix_join_on_sentences_with_edits() -> None:
    rng = random.Random(0)
    base = [S1, S2, S3, S4]
    texts = []
    for _ in range(60):
        t = list(rng.choice(base))
        for _ in range(rng.randrange(4)):
            t[rng.randrange(len(t))] = rng.choice("的了和与及")
        texts.append("".join(t))
    sets = [shingles(normalize_for_shingles(t)) for t in texts]
    assert similar_pairs(sets, threshold=0.7) == _brute(sets, 0.7)


def test_normalize_masks_digits_and_punctuation() -> None:
    assert normalize_for_shingles("2016年，共 12 条。") == "0年共0条"
    assert normalize_for_shingles("2016年，共 12 条。", mask_digits=False) == "2016年共12条"
    assert shingles("ab", k=3) == frozenset({"ab"})


def _frames() -> dict[str, pd.DataFrame]:
    rows = [
        ("a", 1, S1),
        ("a", 2, S2),
        ("a", 3, "无。"),
        ("b", 1, S1.replace("多次", "三次")),
        ("b", 2, S2.replace("534", "1037").replace("27", "21")),
        ("b", 3, "无。"),
        ("b", 4, S4),
        ("c", 1, S1),
        ("c", 2, S3),
        ("d", 1, S1),
        ("d", 2, S4),
    ]
    sents = pd.DataFrame(rows, columns=["report_id", "sentence_id", "text"])
    sents["kind"] = "overview"
    sents["themes"] = [[] for _ in range(len(sents))]
    reports = pd.DataFrame(
        {
            "report_id": ["a", "b", "c", "d"],
            "issuer": [
                "平潭综合实验区管委会",
                "平潭综合实验区管委会",
                "甲县人民政府",
                "乙县人民政府",
            ],
            "year": [2012, 2013, 2013, 2014],
        }
    )
    return {"sentences": sents, "reports": reports}


def test_near_duplicates_across_reports_only() -> None:
    nd = near_duplicate_sentences(_frames(), threshold=0.8)
    assert list(nd.columns) == ["report_a", "sentence_a", "report_b", "sentence_b", "jaccard"]
    pairs = set(zip(nd.report_a, nd.sentence_a, nd.report_b, nd.sentence_b, strict=False))
    assert ("a", 2, "b", 2) in pairs  # only the figures changed
    assert ("a", 1, "c", 1) in pairs and ("c", 1, "d", 1) in pairs
    assert ("b", 4, "d", 2) in pairs
    assert not any(ra == rb for ra, _, rb, _ in pairs)
    assert not any(s == 3 for _, s, _, _ in pairs)  # 无。 is below min_chars
    strict = near_duplicate_sentences(_frames(), threshold=0.8, mask_digits=False)
    assert ("a", 2, "b", 2) not in set(
        zip(strict.report_a, strict.sentence_a, strict.report_b, strict.sentence_b, strict=False)
    )


def test_boilerplate_needs_three_issuers() -> None:
    flags = boilerplate_flags(_frames(), min_issuers=3).set_index(["report_id", "sentence_id"])
    assert flags.loc[("a", 1), "boilerplate"] and flags.loc[("a", 1), "issuers"] == 3
    assert flags.loc[("c", 1), "boilerplate"]
    assert not flags.loc[("b", 4), "boilerplate"]  # two issuers only
    assert not flags.loc[("a", 2), "boilerplate"]  # same issuer twice
    assert len(flags) == len(_frames()["sentences"])


def test_previous_report_and_copied_share() -> None:
    prev = previous_reports(_frames()).set_index("report_id")
    assert prev.loc["b", "prev_report_id"] == "a" and prev.loc["b", "prev_year"] == 2012
    assert pd.isna(prev.loc["a", "prev_report_id"]) and pd.isna(prev.loc["c", "prev_report_id"])
    cs = copied_share(_frames()).set_index("report_id")
    b_chars = [
        len(S1.replace("多次", "三次")),
        len(S2.replace("534", "1037").replace("27", "21")),
        len("无。"),
        len(S4),
    ]
    assert cs.loc["b", "chars"] == sum(b_chars)
    assert cs.loc["b", "copied_sentences"] == 3  # S1', S2' and the short exact 无。
    assert cs.loc["b", "copied_share"] == pytest.approx(sum(b_chars[:3]) / sum(b_chars))
    assert pd.isna(cs.loc["a", "copied_share"])


def test_a_report_under_two_paths_has_one_copied_share_row() -> None:
    frames = _frames()
    reports = frames["reports"]
    frames["reports"] = pd.concat([reports, reports[reports.report_id == "b"]], ignore_index=True)
    assert sorted(previous_reports(frames)["report_id"]) == ["a", "b", "c", "d"]
    cs = copied_share(frames)
    assert sorted(cs["report_id"]) == ["a", "b", "c", "d"]
    assert cs.set_index("report_id").loc["b", "copied_sentences"] == 3


def test_report_similarity_ranks_copies_first() -> None:
    sim = report_similarity(_frames(), segmenter=lambda t: list(t), stopwords=())
    assert list(sim.columns) == ["report_a", "report_b", "cosine"]
    assert len(sim) == 6 and (sim.report_a < sim.report_b).all()
    cos = sim.set_index(["report_a", "report_b"])["cosine"]
    assert cos[("a", "b")] > cos[("a", "c")] > 0
    assert sim["cosine"].between(0, 1).all()


@pytest.fixture(scope="module")
def corpus_frames():
    if not (CORPUS / "manifest.csv").exists():
        pytest.skip("../shared/corpus not present")
    textmine = pytest.importorskip("textmine")
    files = sorted((CORPUS / "texts").glob("r0*.txt"))
    frames = textmine.tag(files)
    names = {
        rid: Path(p).name.split(".")[0]
        for rid, p in zip(frames.reports.report_id, frames.reports.path, strict=False)
    }
    return frames, names


def test_pingtan_2011_pair_is_near_duplicate(corpus_frames) -> None:
    """Acceptance: r001 (管委会) and r002 (县政府), 2011, are near-duplicates."""
    frames, names = corpus_frames
    ids = {v: k for k, v in names.items()}
    sim = report_similarity(frames)
    pair = sim[
        (sim.report_a == min(ids["r001"], ids["r002"]))
        & (sim.report_b == max(ids["r001"], ids["r002"]))
    ]
    assert pair["cosine"].iloc[0] >= 0.9
    nd = near_duplicate_sentences(frames)
    sents = frames.sentences
    r001 = sents[sents.report_id == ids["r001"]]
    matched = set(
        nd.loc[(nd.report_a == ids["r001"]) & (nd.report_b == ids["r002"]), "sentence_a"]
    ) | set(nd.loc[(nd.report_b == ids["r001"]) & (nd.report_a == ids["r002"]), "sentence_b"])
    assert len(matched) / len(r001) > 0.5


def test_pingtan_consecutive_years_copied_share(corpus_frames, capsys) -> None:
    frames, names = corpus_frames
    cs = copied_share(frames)
    cs["file"] = cs.report_id.map(names)
    cs["prev_file"] = cs.prev_report_id.map(names)
    pt = cs[cs.issuer == "平潭综合实验区管委会"].sort_values("year")
    with capsys.disabled():
        print(
            "\n"
            + pt[
                [
                    "file",
                    "year",
                    "prev_file",
                    "prev_year",
                    "copied_sentences",
                    "sentences",
                    "copied_share",
                ]
            ].to_string(index=False)
        )
    assert len(pt) >= 10
    assert pt["copied_share"].iloc[1:].notna().all()
    assert pt["copied_share"].between(0, 1).all() or pt["copied_share"].isna().any()
    # the 2013 report (r007) re-uses the 2012 report with figures updated
    assert pt.loc[pt.file == "r007", "copied_share"].iloc[0] > 0.8


def test_the_predecessor_is_the_same_body_however_its_name_is_written() -> None:
    """With and without the province (as the panel matches them); two counties' 县财政局 stay apart."""
    frames = _frames()
    frames["reports"] = pd.DataFrame(
        {
            "report_id": ["a", "b", "c", "d"],
            "issuer": ["江苏省淮安市洪泽区人民政府", "淮安市洪泽区人民政府", "县财政局", "县财政局"],
            "year": [2022, 2023, 2022, 2023],
            "city": [None, None, "福州市", "福州市"],
            "county": [None, None, "闽侯县", "闽清县"],
        }
    )
    prev = previous_reports(frames).set_index("report_id")
    assert prev.loc["b", "prev_report_id"] == "a" and prev.loc["b", "issuer"] == "淮安市洪泽区人民政府"
    assert pd.isna(prev.loc["d", "prev_report_id"])
