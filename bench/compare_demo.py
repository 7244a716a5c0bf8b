"""Compare the real reports of ../shared/corpus: keyness, similarity, copying, classifiers.

Run from the project root::

    /work/venv/bin/python bench/compare_demo.py [--corpus ../shared/corpus] [--top 10]

Eras follow the template years of SCHEMA.md §2: ``old`` (before 2019: local / gov2014
tables), ``gov2019`` (2019–2020) and ``gov2021`` (2021–). Files are named by their id in the
corpus manifest (r001 …). Nothing is written; everything is printed.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def load(corpus: Path):
    """Tag every report of ``corpus/texts``; fill themes if the pipeline has not yet."""
    import textmine

    frames = textmine.tag([corpus / "texts"])
    sents = frames.sentences
    if sents["themes"].map(len).sum() == 0:
        from textmine.themes import tag_text

        logging.getLogger(__name__).warning(
            "sentences carry no themes yet: tagging them with textmine.themes.tag_text"
        )
        sents["themes"] = [list(tag_text(t)) for t in sents["text"]]
    reports = frames.reports
    reports["file"] = [Path(p).name.split(".")[0] for p in reports["path"]]
    years = reports["year"].astype(float)
    reports["era"] = np.where(years >= 2021, "gov2021", np.where(years >= 2019, "gov2019", "old"))
    return frames


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    pd.set_option("display.width", 200)
    pd.set_option("display.max_columns", 20)
    from textmine.compare import (
        compare_groups,
        copied_share,
        emphasis,
        keyness,
        near_duplicate_sentences,
        report_similarity,
        top_features,
    )

    if not (args.corpus / "texts").is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    frames = load(args.corpus)
    reports = frames.reports
    name = dict(zip(reports["report_id"], reports["file"], strict=False))
    print(
        f"# {len(reports)} reports, {len(frames.sentences)} sentences (tag {time.perf_counter() - t0:.1f}s)"
    )
    print(reports.groupby("era")["file"].agg(lambda s: " ".join(sorted(s))).to_string(), "\n")

    # 1. keyness, three groups
    for level, min_count in (("word", 5), ("theme", 1)):
        t = time.perf_counter()
        k = keyness(frames, by="era", level=level, min_count=min_count)
        print(
            f"## keyness by era, level={level} (log-odds, informative prior, alpha0=1000; {time.perf_counter() - t:.1f}s)"
        )
        for group, part in top_features(k, n=args.top).groupby("group", sort=True):
            feats = ", ".join(
                f"{r.feature} ({r.count_group}, z={r.z:.1f})" for r in part.itertuples()
            )
            print(f"  {group:8s} {feats}")
        print()
    k = keyness(frames, by="era", level="word", method="chi2")
    print("## keyness by era, chi-square (Pearson, no Yates), top 6")
    for group, part in top_features(k, n=6).groupby("group", sort=True):
        print(
            f"  {group:8s} "
            + ", ".join(f"{r.feature} (chi2={r.z**2:.1f})" for r in part.itertuples())
        )
    print()

    # 2. emphasis by era (sentence shares)
    e = emphasis(frames, by=["era"])
    print("## theme shares of sentences by era")
    print(e.pivot_table(index="theme", columns="era", values="share").round(3).to_string(), "\n")

    # 3. similarity
    t = time.perf_counter()
    sim = report_similarity(frames)
    sim["a"], sim["b"] = sim["report_a"].map(name), sim["report_b"].map(name)
    print(f"## most similar report pairs (TF-IDF cosine; {time.perf_counter() - t:.1f}s)")
    print(
        sim.sort_values("cosine", ascending=False)
        .head(8)[["a", "b", "cosine"]]
        .round(3)
        .to_string(index=False),
        "\n",
    )
    t = time.perf_counter()
    nd = near_duplicate_sentences(frames)
    print(
        f"## near-duplicate sentence pairs across reports (Jaccard ≥ 0.8 of char 3-grams): {len(nd)} ({time.perf_counter() - t:.2f}s)"
    )
    ids = {v: k for k, v in name.items()}
    sents = frames.sentences
    for a, b in (("r001", "r002"),):
        ra, rb = ids[a], ids[b]
        pair = nd[
            ((nd.report_a == ra) & (nd.report_b == rb))
            | ((nd.report_a == rb) & (nd.report_b == ra))
        ]
        sa = set(pair.loc[pair.report_a == ra, "sentence_a"]) | set(
            pair.loc[pair.report_b == ra, "sentence_b"]
        )
        n_a = int((sents.report_id == ra).sum())
        cos = sim.loc[((sim.a == a) & (sim.b == b)) | ((sim.a == b) & (sim.b == a)), "cosine"].iloc[
            0
        ]
        print(
            f"  {a} vs {b}: cosine {cos:.3f}; {len(sa)}/{n_a} sentences of {a} matched ({len(sa) / n_a:.0%})"
        )
    print()

    # 4. copied share
    cs = copied_share(frames)
    cs["file"], cs["prev"] = cs["report_id"].map(name), cs["prev_report_id"].map(name)
    pt = cs[cs["issuer"] == "平潭综合实验区管委会"].sort_values("year")
    print(
        "## 平潭综合实验区管委会: share of each report (by chars) copied from its previous report"
    )
    print(
        pt[["file", "year", "prev", "prev_year", "copied_sentences", "sentences", "copied_share"]]
        .round(3)
        .to_string(index=False)
    )
    other = cs[(cs["issuer"] != "平潭综合实验区管委会") & cs["copied_share"].notna()]
    if len(other):
        print(
            other[["issuer", "file", "year", "prev", "copied_share"]]
            .round(3)
            .to_string(index=False)
        )
    print()

    # 5. classifiers
    for features in ("themes", "words"):
        res = compare_groups(frames, by="era", features=features)
        print(f"## {res.summary()}")
        print(f"   folds: {[round(s, 3) for s in res.fold_scores]}")
        for cls, part in res.top_features.groupby("class", sort=True):
            print(
                f"  {cls:8s} "
                + ", ".join(f"{r.feature} ({r.coef:+.2f})" for r in part.head(6).itertuples())
            )
        print()
    print(f"# total {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
