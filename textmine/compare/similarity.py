"""Similarity and copying: report-level TF-IDF cosine and sentence-level near-duplicates.

Sentence near-duplicates use exact Jaccard similarity of character 3-gram shingles, found by
an *All-Pairs* prefix-filtered self-join (Bayardo, Ma & Srikant 2007) rather than by
comparing every sentence with every other: shingles are ordered rarest first, each
sentence is indexed under the first ``|s| - ceil(t·|s|) + 1`` of its shingles only, and a pair
is verified only if it shares an indexed shingle and passes the length filter
``|small| ≥ t·|large|``. Every pair with Jaccard ≥ ``t`` is found (no false negatives, unlike
MinHash) and the work grows with the number of *similar* pairs, not with the square of the
number of sentences, so the same code runs on thousands of reports. (A sentence repeated
verbatim in N reports still yields N·(N−1)/2 pairs: that is the output, not overhead.)

Before shingling, whitespace and punctuation are removed and, by default, every run of
digits becomes ``0``, so a sentence copied with only its figures or year changed still counts.

Example:
    >>> sents = pd.DataFrame({"report_id": ["a", "b"], "sentence_id": [1, 1],
    ...     "text": ["进一步加强政府信息公开工作的组织领导。", "进一步加强政府信息公开工作的组织领导！"]})
    >>> near_duplicate_sentences({"sentences": sents})[["report_a", "report_b", "jaccard"]].values.tolist()
    [['a', 'b', 1.0]]
"""

from __future__ import annotations

import bisect
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from typing import Any

import numpy as np
import pandas as pd

from textmine.compare._tables import Analyzer, report_texts, table
from textmine.issuers import body_key

logger = logging.getLogger(__name__)

#: Characters removed before shingling: whitespace, punctuation and symbols.
RE_SHINGLE_DROP = re.compile(r"[\W_]+")

#: Runs of digits, masked to ``0`` when ``mask_digits`` is on.
RE_DIGITS = re.compile(r"\d+")

PAIR_COLUMNS = ["report_a", "sentence_a", "report_b", "sentence_b", "jaccard"]


def normalize_for_shingles(text: str, *, mask_digits: bool = True) -> str:
    """Text as compared: no whitespace or punctuation, digit runs masked to ``0``.

    >>> normalize_for_shingles("2016年，共公开 1,234 条。")
    '0年共公开0条'
    """
    text = RE_SHINGLE_DROP.sub("", str(text))
    return RE_DIGITS.sub("0", text) if mask_digits else text


def shingles(text: str, *, k: int = 3) -> frozenset[str]:
    """The set of character ``k``-grams of ``text`` (the whole text if it is shorter).

    >>> shingles("政务公开", k=3) == {"政务公", "务公开"}
    True
    """
    if len(text) <= k:
        return frozenset([text]) if text else frozenset()
    return frozenset(text[i : i + k] for i in range(len(text) - k + 1))


def similar_pairs(
    sets: Sequence[frozenset[str]],
    *,
    threshold: float,
    allow: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int, float]]:
    """All index pairs ``(i, j)``, ``i < j``, whose sets have Jaccard ≥ ``threshold``.

    Prefix-filtered self-join (see the module docstring); ``allow(i, j)`` can veto a pair
    before it is verified (e.g. pairs within one report).

    Raises:
        ValueError: ``threshold`` is not in (0, 1].

    >>> similar_pairs([frozenset("abc"), frozenset("abd"), frozenset("abc")], threshold=0.9)
    [(0, 2, 1.0)]
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold!r}")
    df: Counter[str] = Counter()
    for s in sets:
        df.update(s)
    rank = {tok: r for r, (tok, _) in enumerate(sorted(df.items(), key=lambda kv: (kv[1], kv[0])))}
    records = [sorted(rank[t] for t in s) for s in sets]
    order = sorted((i for i in range(len(sets)) if records[i]), key=lambda i: (len(records[i]), i))
    index: dict[int, list[int]] = defaultdict(list)
    out: list[tuple[int, int, float]] = []
    eps = 1e-12
    for x in order:
        rec = records[x]
        size = len(rec)
        prefix = size - math.ceil(threshold * size - eps) + 1
        min_size = threshold * size - eps
        seen: set[int] = set()
        for tok in rec[:prefix]:
            for y in index[tok]:
                if y in seen or len(records[y]) < min_size:
                    continue
                seen.add(y)
                a, b = (y, x) if y < x else (x, y)
                if allow is not None and not allow(a, b):
                    continue
                inter = len(sets[a] & sets[b])
                jac = inter / (len(sets[a]) + len(sets[b]) - inter)
                if jac >= threshold - eps:
                    out.append((a, b, jac))
            index[tok].append(x)
    out.sort()
    return out


def _sentence_sets(
    sents: pd.DataFrame, *, k: int, min_chars: int, mask_digits: bool
) -> tuple[pd.DataFrame, list[frozenset[str]]]:
    norm = (
        sents["text"].astype(str).map(lambda t: normalize_for_shingles(t, mask_digits=mask_digits))
    )
    keep = norm.str.len() >= min_chars
    kept = sents.loc[keep].reset_index(drop=True)
    sets = [shingles(t, k=k) for t in norm[keep]]
    return kept, sets


def near_duplicate_sentences(
    frames: Any,
    *,
    threshold: float = 0.8,
    k: int = 3,
    min_chars: int = 12,
    mask_digits: bool = True,
    same_report: bool = False,
) -> pd.DataFrame:
    """Sentence pairs whose character ``k``-gram Jaccard similarity is ≥ ``threshold``.

    Scales to thousands of reports: candidates come from a prefix-filtered inverted index
    (no comparison of all pairs of sentences); every candidate is verified exactly.

    Args:
        frames: :class:`~textmine.frames.Frames` or a dict with a ``sentences`` table.
        threshold: minimum Jaccard similarity of the shingle sets.
        k: shingle length in characters.
        min_chars: sentences shorter than this (after removing punctuation) are skipped:
            stock phrases such as 无 would otherwise match everywhere.
        mask_digits: compare with every digit run replaced by ``0``.
        same_report: also return pairs inside one report.

    Returns:
        Tidy pairs ``report_a, sentence_a, report_b, sentence_b, jaccard`` with
        ``(report_a, sentence_a) < (report_b, sentence_b)``.

    >>> near_duplicate_sentences(frames, threshold=0.9)  # doctest: +SKIP
    """
    sents = table(frames, "sentences")[["report_id", "sentence_id", "text"]]
    sents = sents.sort_values(["report_id", "sentence_id"]).reset_index(drop=True)
    kept, sets = _sentence_sets(sents, k=k, min_chars=min_chars, mask_digits=mask_digits)
    rids = kept["report_id"].astype(str).tolist()
    allow = None if same_report else (lambda a, b: rids[a] != rids[b])
    pairs = similar_pairs(sets, threshold=threshold, allow=allow)
    logger.debug("%d near-duplicate sentence pairs among %d sentences", len(pairs), len(sets))
    if not pairs:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(
                    PAIR_COLUMNS, ["string", "Int64", "string", "Int64", "float64"], strict=False
                )
            }
        )
    a, b, jac = (list(v) for v in zip(*pairs, strict=False))
    return pd.DataFrame(
        {
            "report_a": kept["report_id"].to_numpy()[a],
            "sentence_a": kept["sentence_id"].to_numpy()[a],
            "report_b": kept["report_id"].to_numpy()[b],
            "sentence_b": kept["sentence_id"].to_numpy()[b],
            "jaccard": np.asarray(jac, dtype=float),
        }
    )


def report_similarity(
    frames: Any,
    *,
    segmenter: Any = None,
    stopwords: Collection[str] | None = None,
    min_cosine: float = 0.0,
) -> pd.DataFrame:
    """Pairwise TF-IDF cosine similarity of reports over textmine's tokens.

    Each report's prose is its sentences joined; tokens come from the segmenter
    (default :class:`~textmine.segment.JiebaSegmenter`) with stopwords and tokens made only
    of digits or punctuation removed. The pair table is quadratic in the number of reports;
    use ``min_cosine`` to keep only close pairs on a big corpus.

    Returns:
        Tidy pairs ``report_a, report_b, cosine`` with ``report_a < report_b``.

    >>> report_similarity(frames).sort_values("cosine").tail(1)  # doctest: +SKIP
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = report_texts(frames)
    if len(texts) < 2:
        return pd.DataFrame(
            {
                "report_a": pd.Series(dtype="string"),
                "report_b": pd.Series(dtype="string"),
                "cosine": pd.Series(dtype=float),
            }
        )
    vec = TfidfVectorizer(analyzer=Analyzer(segmenter=segmenter, stopwords=stopwords))
    x = vec.fit_transform(texts.tolist())
    sim = (x @ x.T).toarray()
    ids = texts.index.to_numpy()
    ia, ib = np.triu_indices(len(ids), k=1)
    out = pd.DataFrame(
        {"report_a": ids[ia], "report_b": ids[ib], "cosine": np.clip(sim[ia, ib], 0.0, 1.0)}
    )
    return out.loc[out["cosine"] >= min_cosine].reset_index(drop=True)


def _issuers(frames: Any) -> dict[str, str]:
    """report_id → issuer, the report's own id where the issuer is unknown."""
    reports = table(frames, "reports")
    out: dict[str, str] = {}
    for rid, issuer in zip(
        reports["report_id"], reports.get("issuer", pd.Series([None] * len(reports))), strict=False
    ):
        out[str(rid)] = str(issuer) if isinstance(issuer, str) and issuer.strip() else f"<{rid}>"
    return out


def boilerplate_flags(
    frames: Any,
    *,
    min_issuers: int = 3,
    threshold: float = 0.8,
    k: int = 3,
    min_chars: int = 12,
    mask_digits: bool = True,
) -> pd.DataFrame:
    """Flag sentences that recur, near-exactly, in reports of ≥ ``min_issuers`` issuers.

    A sentence's issuers are its own report's issuer plus those of every report holding a
    near-duplicate of it (Jaccard ≥ ``threshold``, see :func:`near_duplicate_sentences`);
    there is no chaining through third sentences. A report without an issuer counts as an
    issuer of its own.

    Returns:
        One row per sentence: ``report_id, sentence_id, issuers`` (how many distinct issuers)
        and ``boilerplate`` (bool).

    >>> boilerplate_flags(frames, min_issuers=3).boilerplate.mean()  # doctest: +SKIP
    """
    sents = table(frames, "sentences")[["report_id", "sentence_id"]].reset_index(drop=True)
    issuer = _issuers(frames)
    pairs = near_duplicate_sentences(
        frames, threshold=threshold, k=k, min_chars=min_chars, mask_digits=mask_digits
    )
    who: dict[tuple[str, int], set[str]] = defaultdict(set)
    for ra, sa, rb, sb in zip(
        pairs["report_a"], pairs["sentence_a"], pairs["report_b"], pairs["sentence_b"], strict=False
    ):
        ka, kb = (str(ra), int(sa)), (str(rb), int(sb))
        who[ka].add(issuer.get(kb[0], f"<{kb[0]}>"))
        who[kb].add(issuer.get(ka[0], f"<{ka[0]}>"))
    counts = []
    for rid, sid in zip(sents["report_id"], sents["sentence_id"], strict=False):
        key = (str(rid), int(sid))
        own = issuer.get(key[0], f"<{key[0]}>")
        counts.append(len(who.get(key, set()) | {own}))
    out = sents.copy()
    out["issuers"] = np.asarray(counts, dtype="int64")
    out["boilerplate"] = out["issuers"] >= min_issuers
    return out


def previous_reports(frames: Any) -> pd.DataFrame:
    """Each report's predecessor: the same body's report of the latest earlier year (bodies
    matched as the panel matches them, :func:`textmine.issuers.body_key`).

    Reports without issuer or year have none. When a year is missing from the corpus the
    predecessor is the latest earlier one (``prev_year`` shows the gap); when an issuer has
    several reports in one year, the one with the smallest ``report_id`` is used.

    Returns:
        ``report_id, issuer, year, prev_report_id, prev_year``, one row per ``report_id`` (a report
        under two paths has two ``reports`` rows).
    """
    every = table(frames, "reports").drop_duplicates("report_id")
    reports = every[["report_id", "issuer", "year"]].copy()
    reports["_body"] = [_body(row, every) for row in range(len(every))]
    reports = reports.sort_values(["_body", "year", "report_id"], na_position="last").reset_index(drop=True)
    # one pass over the sorted table: per body, the first report of the previous distinct year
    first_of_year: dict[tuple[str, int], str] = {}
    for rid, body, year in zip(reports["report_id"], reports["_body"], reports["year"], strict=True):
        if body and pd.notna(year):
            first_of_year.setdefault((body, int(year)), str(rid))
    years_of: dict[str, list[int]] = {}
    for body, year in first_of_year:
        years_of.setdefault(body, []).append(year)
    prev_id: list[Any] = []
    prev_year: list[Any] = []
    for body, year in zip(reports["_body"], reports["year"], strict=True):
        pid, pyear = None, None
        if body and pd.notna(year):
            years = years_of[body]  # ascending: the table is sorted by body, year
            k = bisect.bisect_left(years, int(year))
            if k > 0:
                pyear = years[k - 1]
                pid = first_of_year[(body, pyear)]
        prev_id.append(pid)
        prev_year.append(pyear)
    reports = reports.drop(columns="_body")
    reports["prev_report_id"] = pd.array(prev_id, dtype="string")
    reports["prev_year"] = pd.array(
        [None if v is None else int(v) for v in prev_year], dtype="Int64"
    )
    return reports


def _body(row: int, reports: pd.DataFrame) -> str:
    """The body key of ``reports``' row ``row`` (:func:`textmine.issuers.body_key`); ``""`` without issuer."""
    fields = {k: reports[k].iloc[row] for k in ("issuer", "province", "city", "county") if k in reports.columns}
    year = reports["year"].iloc[row]
    return body_key(fields.pop("issuer", None), year=None if pd.isna(year) else int(year), **fields)


def copied_share(
    frames: Any,
    *,
    threshold: float = 0.8,
    k: int = 3,
    min_chars: int = 12,
    mask_digits: bool = True,
) -> pd.DataFrame:
    """Per report: the share of its prose (by characters) copied from its previous report.

    The previous report is the same issuer's report of the latest earlier year (see
    :func:`previous_reports`). A sentence counts as copied when it near-duplicates a sentence
    of that report (Jaccard ≥ ``threshold`` of character shingles after masking digits);
    sentences shorter than ``min_chars`` count only when they recur exactly. Work is one small
    join per report, so it grows linearly with the corpus.

    Returns:
        ``report_id, issuer, year, prev_report_id, prev_year, sentences, copied_sentences,
        chars, copied_chars, copied_share`` (``copied_share`` is null without a previous report).

    >>> copied_share(frames)[["year", "copied_share"]]  # doctest: +SKIP
    """
    prev = previous_reports(frames)
    sents = table(frames, "sentences")[["report_id", "sentence_id", "text"]].copy()
    sents["report_id"] = sents["report_id"].astype(str)
    sents["norm"] = (
        sents["text"].astype(str).map(lambda t: normalize_for_shingles(t, mask_digits=mask_digits))
    )
    by_report = {
        rid: g.sort_values("sentence_id").reset_index(drop=True)
        for rid, g in sents.groupby("report_id", sort=True)
    }
    rows = []
    for row in prev.itertuples(index=False):
        rid = str(row.report_id)
        own = by_report.get(rid, sents.iloc[0:0])
        chars = int(own["text"].astype(str).str.len().sum())
        copied = np.zeros(len(own), dtype=bool)
        if isinstance(row.prev_report_id, str) and row.prev_report_id in by_report:
            other = by_report[row.prev_report_id]
            long_own = own["norm"].str.len() >= min_chars
            long_other = other["norm"].str.len() >= min_chars
            short_other = set(other.loc[~long_other, "norm"])
            copied[(~long_own & own["norm"].isin(short_other)).to_numpy()] = True
            own_idx = np.flatnonzero(long_own.to_numpy())
            sets = [shingles(t, k=k) for t in own.loc[long_own, "norm"]]
            n_own = len(sets)
            sets += [shingles(t, k=k) for t in other.loc[long_other, "norm"]]
            for a, _b, _ in similar_pairs(
                sets, threshold=threshold, allow=lambda a, b, n=n_own: a < n <= b
            ):
                copied[own_idx[a]] = True
            copied_chars = int(own.loc[copied, "text"].astype(str).str.len().sum())
            share: float | None = copied_chars / chars if chars else None
        else:
            copied_chars, share = 0, None
        rows.append(
            {
                "report_id": rid,
                "issuer": row.issuer,
                "year": row.year,
                "prev_report_id": row.prev_report_id
                if isinstance(row.prev_report_id, str)
                else None,
                "prev_year": row.prev_year,
                "sentences": len(own),
                "copied_sentences": int(copied.sum()),
                "chars": chars,
                "copied_chars": copied_chars,
                "copied_share": share,
            }
        )
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    out["prev_year"] = out["prev_year"].astype("Int64")
    out["copied_share"] = out["copied_share"].astype(float)
    return out.sort_values(["issuer", "year", "report_id"], na_position="last").reset_index(
        drop=True
    )
