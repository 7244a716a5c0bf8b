"""Evaluate the theme tagger and classifier on the shared corpus.

Run from the project root::

    python bench/themes_eval.py                 # lexicon and classifier figures
    python bench/themes_eval.py --untagged /tmp/untagged.txt   # list untagged prose sentences
    python bench/themes_eval.py --no-classifier --errors       # lexicon only, with FP/FN lines
    python bench/themes_eval.py --probes-only                  # probe set only (no corpus needed)
    python bench/themes_eval.py --set tests/cases/theme_probes_heldout9.yaml --errors  # one set only
    python bench/themes_eval.py --unseen theme_probes_heldout9.yaml   # rare themes: lexicon vs + classifier
    python bench/themes_eval.py --variants theme_probes_heldout14.yaml --untouched theme_probes_heldout15.yaml
        # per theme: the lexicon alone, + classifier additions, gated additions, classifier veto

Prints the lexicon tagger's micro/macro F1 and per-theme precision/recall against the gold
``themes`` of ``../shared/corpus/gold``, the share of prose sentences with no theme per
section kind, and the classifier's figures (trained on lexicon labels of non-gold corpus
sentences; and 5-fold GroupKFold cross-validation on the gold itself, grouped by report).

Then the same per-theme figures on the probe set ``tests/cases/theme_probes.yaml`` (sentences in
other provinces' wording, labelled by hand) and on the held-out sets ``theme_probes_heldout.yaml``
``theme_probes_heldout2.yaml`` … ``theme_probes_heldout28.yaml`` and ``theme_probes_heldout39.yaml`` …
``theme_probes_heldout43.yaml``: the lexicon tagger, the classifier trained on the
gold sentences, and the lexicon with the classifier added for the rare themes (where the
lexicon is weakest), so the classifier's use there is measured on text it was not trained on.
Last, per rare theme, the lexicon against the classifier with each labelled set left out in turn
(:func:`rare_report`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PROBES = Path(__file__).resolve().parents[1] / "tests" / "cases" / "theme_probes.yaml"
#: Written after the codebook was tuned on PROBES and never used to tune it.
HELDOUT = PROBES.with_name("theme_probes_heldout.yaml")
#: Sentences in the shapes of other provinces, ministries, townships and departments, labelled
#: before the tagger was run on them (the codebook of lexicons 2026.12.1 was tuned with it in view).
HELDOUT2 = PROBES.with_name("theme_probes_heldout2.yaml")
#: Written after the first round of 2026.12.1 rules (tuned on HELDOUT2); the second round was tuned on it.
HELDOUT3 = PROBES.with_name("theme_probes_heldout3.yaml")
#: Written after the second round of 2026.12.1 rules; the third round was tuned on it.
HELDOUT4 = PROBES.with_name("theme_probes_heldout4.yaml")
#: Written after the third round of 2026.12.1 rules; its errors motivated the clause rule of supervision.
HELDOUT5 = PROBES.with_name("theme_probes_heldout5.yaml")
#: Written and labelled before the tagger was run on it (lexicons 2026.12.1), measured on main first.
HELDOUT6 = PROBES.with_name("theme_probes_heldout6.yaml")
#: Written and labelled after the 2026.12.2 rules were tuned on HELDOUT6, before the tagger was run on it.
HELDOUT7 = PROBES.with_name("theme_probes_heldout7.yaml")
#: Written and labelled after the tuning on HELDOUT7 (lexicons 2026.12.2), before the tagger was run on it.
HELDOUT8 = PROBES.with_name("theme_probes_heldout8.yaml")
#: Written and labelled by SCHEMA §6 before the tagger was run on it (lexicons 2026.12.2), with many
#: hard negatives (a portal as the channel of a count, a hotline's volume, a passing 领导); measured
#: on main first, then the precision round of the codebook was tuned on it.
HELDOUT9 = PROBES.with_name("theme_probes_heldout9.yaml")
#: Written and labelled after the precision round tuned on HELDOUT9, before the tagger was run on it;
#: measured untuned (main and that round alike: P 0.890 R 0.777), then the second round was tuned on it.
HELDOUT10 = PROBES.with_name("theme_probes_heldout10.yaml")
#: Written and labelled after HELDOUT10 was scored, before the second round was tuned on HELDOUT10: on
#: first sight main and the first round P 0.867 R 0.818, the second round 0.860/0.841; one rule fixed
#: after (公开职责范围 is no duty published): 0.871/0.841. Not otherwise tuned on.
HELDOUT11 = PROBES.with_name("theme_probes_heldout11.yaml")
#: Written and labelled by SCHEMA §6 before the tagger was run on it (lexicons 2026.12.3), in the wording
#: of other provinces, ministries, counties and townships, with many hard negatives: main on first sight
#: P 0.923 R 0.935; then the third precision round was tuned on it and on HELDOUT11.
HELDOUT12 = PROBES.with_name("theme_probes_heldout12.yaml")
#: Written and labelled after the third precision round was committed, scored once untuned: that round and
#: main alike P 0.853 R 0.920 F1 0.885. Not tuned on.
HELDOUT13 = PROBES.with_name("theme_probes_heldout13.yaml")
#: Written and labelled by SCHEMA §6 with HELDOUT15 before the tagger was run on either (codebook 2026.12.4),
#: reports of 19 other provinces, ministries, bureaus, counties, townships and 街道, many hard negatives:
#: main P 0.867 R 0.935 F1 0.900; then the fourth precision round was tuned on it and on HELDOUT13 (after: P 0.993
#: R 0.986 F1 0.989).
HELDOUT14 = PROBES.with_name("theme_probes_heldout14.yaml")
#: Written and labelled with HELDOUT14 and kept out of the tuning (the honest unseen measure): main
#: P 0.884 R 0.905 F1 0.894; scored once more after the fourth round was committed: P 0.918 R 0.929 F1 0.923.
HELDOUT15 = PROBES.with_name("theme_probes_heldout15.yaml")
#: Written and labelled by SCHEMA §6 before the tagger was run on it (after the fourth round), 18 provinces,
#: ministries, departments, counties and townships, long sentences and hard negatives; kept out of the tuning
#: of the fifth round (tuned on HELDOUT15 and the gold): main P 0.899 R 0.969 F1 0.933; scored once after the
#: fifth round was committed: P 0.920 R 0.984 F1 0.951.
HELDOUT16 = PROBES.with_name("theme_probes_heldout16.yaml")
#: Written and labelled by SCHEMA §6 with HELDOUT18 before the tagger was run on either (after the fifth
#: round): 21 provinces, ministries, 海关 and 税务, departments, cities, counties, townships, 街道 and 开发区,
#: table captions, statistics prose, 存在的问题 and 下一步 sentences, hard negatives: main P 0.904 R 0.946
#: F1 0.925; then the sixth precision round was tuned on it (two labels corrected to the established coding,
#: noted in the file; after: P 0.980 R 1.000 F1 0.990).
HELDOUT17 = PROBES.with_name("theme_probes_heldout17.yaml")
#: Written and labelled with HELDOUT17 and kept out of the sixth round's tuning: main P 0.911 R 0.941 F1 0.926;
#: scored once more after the sixth round was committed: P 0.929 R 0.948 F1 0.939.
HELDOUT18 = PROBES.with_name("theme_probes_heldout18.yaml")
#: Written and labelled by SCHEMA §6 with HELDOUT20 before the tagger was run on either (after the sixth
#: round): ministries, departments, cities, counties, townships, 街道 and 开发区, 2009–2021, table captions and
#: rows, numbers-only lines, 12345 and 信箱 volumes, portals named as channels, 问题 and 下一步 sentences, hard
#: negatives: main P 0.881 R 0.881 F1 0.881; then the seventh round was tuned on it (two labels corrected to
#: the established coding, noted in the file; after: P 0.981 R 0.981 F1 0.981).
HELDOUT19 = PROBES.with_name("theme_probes_heldout19.yaml")
#: Written and labelled with HELDOUT19 and kept out of the seventh round's tuning: main P 0.884 R 0.944 F1 0.913;
#: scored once more after the seventh round was committed: P 0.885 R 0.951 F1 0.917.
HELDOUT20 = PROBES.with_name("theme_probes_heldout20.yaml")
#: Hard precision cases written and labelled by SCHEMA §6 after the first step of the seventh round, before the
#: tagger was run on them, and used to tune its second step (three labels corrected, noted in the file):
#: main P 0.836 R 0.852 F1 0.844; after: P 0.980 R 0.926 F1 0.952. HELDOUT20 was scored again, still untuned: 0.917.
HELDOUT21 = PROBES.with_name("theme_probes_heldout21.yaml")
#: Hard precision cases for services and training (政务服务, 审批, 窗口, 进驻, 网上办理 and 培训, 学习, 宣传, 讲座 in sentences
#: about other work, beside the same words where the sentence is about them), written and labelled by SCHEMA §6
#: after the seventh round, before the tagger was run on them, and used to tune the eighth round: main P 0.448
#: R 0.867 F1 0.591; after: P 0.830 R 0.978 F1 0.898. HELDOUT20 scored again, still untuned: F1 0.917 -> 0.919.
HELDOUT22 = PROBES.with_name("theme_probes_heldout22.yaml")
#: Written and labelled by SCHEMA §6 with HELDOUT24 before the tagger was run on either and before the codebook
#: was read (after the eighth round), for measuring only, never tuned on: 2008–2014 reports, ministries, 自治区
#: departments, townships and 街道, 事业单位 and vertical bodies, two-theme sentences and terms in passing.
#: Untuned (main): P 0.910 R 0.945 F1 0.927; scored once more after the ninth round: P 0.914 R 0.945 F1 0.929.
HELDOUT23 = PROBES.with_name("theme_probes_heldout23.yaml")
#: Hard precision cases written and labelled with HELDOUT23 (a term in passing, a portal or account as the channel
#: of other work, 领导 in passing, training and publicity in other fields, services bodies doing disclosure work),
#: used to tune the ninth round (one label corrected, noted in the file): main P 0.853 R 0.908 F1 0.880; after:
#: P 0.973 R 0.982 F1 0.977.
HELDOUT24 = PROBES.with_name("theme_probes_heldout24.yaml")
#: Written and labelled by SCHEMA §6 after reading the earlier sets (to avoid their wordings), before the tagger was
#: run on it, and used to tune the tenth round (seven labels corrected to the earlier sets' coding, noted in the
#: file): portals, accounts, boards and hotlines as channels, 领导 in passing, training and 公开 in other senses,
#: ministries, vertical bodies, townships, 2008–2012 and 2021-format prose. Untuned (codebook 2026.12.9): P 0.781
#: R 0.830 F1 0.805 (as first written: P 0.740 R 0.822 F1 0.779); after: P 0.975 R 0.981 F1 0.978.
HELDOUT25 = PROBES.with_name("theme_probes_heldout25.yaml")
#: Written and labelled by SCHEMA §6 before the tagger was run on it (codebook 2026.12.10), in the wording of bodies
#: the earlier sets hold rarely (ministries, provincial departments of 19 provinces, cities, counties, townships,
#: 海关, 税务, 气象, 调查队, 边检; 2010–2025, all three eras), and used to tune the eleventh round. Untuned: P 0.779
#: R 0.820 F1 0.799; after: P 0.939 R 0.983 F1 0.960.
HELDOUT26 = PROBES.with_name("theme_probes_heldout26.yaml")
#: Written and labelled after the first step of the eleventh round, before the tagger was run on it, and scored
#: untuned: codebook 2026.12.10 (main) P 0.809 R 0.753 F1 0.780; with the first step P 0.875 R 0.863 F1 0.869. Its
#: errors then led the round's second step (P 1.000 R 0.973 F1 0.986 after it; no longer independent).
HELDOUT27 = PROBES.with_name("theme_probes_heldout27.yaml")
#: Written and labelled after both steps of the eleventh round, before the tagger was run on it, for measuring only
#: (never tuned): codebook 2026.12.10 (main) P 0.815 R 0.880 F1 0.846; with the round P 0.882 R 0.900 F1 0.891.
HELDOUT28 = PROBES.with_name("theme_probes_heldout28.yaml")
#: Written and labelled by SCHEMA §6 before the tagger was run on it (main be779f3), in the shapes the earlier sets
#: hold least (五公开, 开放日, 舆情, 解读, 基层标准化, 重点领域, 2008–2012 prose, many lines of no theme), and used to tune
#: the sixteenth round (four labels corrected, noted in the file): untuned P 0.931 R 0.971 F1 0.950 as first
#: labelled, P 0.944 R 0.986 F1 0.965 as corrected; after: P 1.000 R 1.000 F1 1.000.
HELDOUT39 = PROBES.with_name("theme_probes_heldout39.yaml")
#: Written and labelled after the sixteenth round's first batch (乡镇/街道, 国务院部门, vertical bodies, 2014–2018), scored
#: before any further fix (P 0.915 R 0.915 F1 0.915 as first labelled; main and the first batch 0.914 as corrected,
#: two labels, noted in the file), then used to tune the round's second batch: P 1.000 R 1.000 F1 1.000.
HELDOUT40 = PROBES.with_name("theme_probes_heldout40.yaml")
#: Written and labelled by SCHEMA §6 before the tagger was run on it (main c2db56a), aimed at the issue's confusions (a
#: portal or account as the channel of a count, hotline volumes, 领导 in passing, a theme word in another sense) and at
#: the rare themes in new wordings; used to tune the seventeenth round.
HELDOUT41 = PROBES.with_name("theme_probes_heldout41.yaml")
#: Written and labelled after the seventeenth round's first batch, scored before any further fix (main and the first
#: batch both P 0.795 R 0.892 F1 0.841), then used to tune the round's second batch.
HELDOUT42 = PROBES.with_name("theme_probes_heldout42.yaml")
#: Whole paragraphs of reports of provinces, ministries, counties and townships cut into sentences as they come (not
#: chosen for a theme), labelled by SCHEMA §6 before the tagger was run on it (main 6e07362); tunes the eighteenth round.
HELDOUT43 = PROBES.with_name("theme_probes_heldout43.yaml")
#: Every held-out set, in the order written.
HELDOUTS = (HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10,
            HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18,
            HELDOUT19, HELDOUT20, HELDOUT21, HELDOUT22, HELDOUT23, HELDOUT24, HELDOUT25, HELDOUT26,
            HELDOUT27, HELDOUT28, HELDOUT39, HELDOUT40, HELDOUT41, HELDOUT42, HELDOUT43)
#: Themes with fewest gold sentences: where a classifier could add what the lexicon misses.
RARE = ("participation", "grassroots", "power_oversight", "appeals", "training", "services")

RE_PUNCT = re.compile(r"[\s\u3000（）()、．.，,：:；;。]")
RE_SPLIT = re.compile(r"(?<=[。；！？;!?])")
#: Sentences that are report boilerplate or contact lines rather than prose about the work.
RE_BOILER = re.compile(
    r"(电话|传真|邮编|邮政编码|地址|电子邮箱|邮箱|网址|联系方式|联系人|如对本报告|本报告(由|所列|中所列)|"
    r"统计期限|特向社会公布|特此报告|年度报告(如下|全文)|下载|附件|附表|单位：|单位:|"
    r"根据《中华人民共和国政府信息公开条例》|根据《政府信息公开条例》|"
    r"编制(本|此)报告|现公布|发布时间|原文链接|来源：|首页|当前位置|打印本页|关闭窗口|"
    r"其他需要(报告|说明)的事项|\d{4}年\d{1,2}月\d{1,2}日$|"
    # fragments of statistics tables that the sentence splitter let through
    r"处理决定数量|勾稽关系|尚未审结|维持纠正|结果纠正|不再处理|区分处理|现成信息|大量反复|其他情形)"
)
SKIP_KINDS = {"preamble", "statistics", "closing"}


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def norm(s: str) -> str:
    """Gold matching key: text without whitespace and common punctuation."""
    return RE_PUNCT.sub("", s)


def load_gold(corpus: Path = CORPUS) -> list[tuple[str, str, tuple[str, ...]]]:
    """``(report_id, sentence, themes)`` for every gold theme annotation."""
    out = []
    for path in sorted((corpus / "gold").glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        for item in g.get("themes", []):
            out.append((g["id"], item["text"], tuple(item["themes"])))
    return out


def report_files(corpus: Path = CORPUS) -> dict[str, Path]:
    """Report id -> text file, from the gold files' ``file`` entries."""
    out = {}
    for path in sorted((corpus / "gold").glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        out[g["id"]] = corpus / g["file"]
    return out


def score(
    gold: list[tuple[str, ...]], pred: list[tuple[str, ...]], labels: tuple[str, ...]
) -> dict:
    """Micro and macro F1 and per-label P/R/F1 of label sets (SCHEMA-style counting)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        for t in gs & ps:
            tp[t] += 1
        for t in ps - gs:
            fp[t] += 1
        for t in gs - ps:
            fn[t] += 1

    def prf(a: int, b: int, c: int) -> tuple[float, float, float]:
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    per = {t: prf(tp[t], fp[t], fn[t]) + (tp[t] + fn[t],) for t in labels}
    micro = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    present = [t for t in labels if tp[t] + fn[t] > 0]
    macro = sum(per[t][2] for t in present) / max(len(present), 1)
    return {"micro": micro, "macro_f1": macro, "per": per}


def load_probes(path: Path = PROBES) -> list[tuple[str, tuple[str, ...]]]:
    """``(sentence, themes)`` of the hand-labelled probe set."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(text, tuple(themes)) for text, themes in data["sentences"]]


def probe_report(probes: list[tuple[str, tuple[str, ...]]], gold: list[tuple[str, str, tuple[str, ...]]] | None,
                 *, errors: bool, classifier: bool, name: str = PROBES.name) -> None:
    """Lexicon (and classifier) figures on a probe set."""
    from textmine.themes import THEME_IDS, tag_text

    texts = [t for t, _ in probes]
    labels = [g for _, g in probes]
    lex = [tag_text(t) for t in texts]
    print(f"\nprobe sentences: {len(probes)} ({name})")
    print_scores("lexicon tagger vs probes", score(labels, lex, THEME_IDS), THEME_IDS)
    if errors:
        print("\n-- lexicon errors on probes (+FP -FN):")
        for (text, g), p in zip(probes, lex, strict=True):
            fp, fn = sorted(set(p) - set(g)), sorted(set(g) - set(p))
            if fp or fn:
                print(f"+{fp} -{fn} | {text}")
    if not classifier or not gold:
        return
    from textmine.classify import ThemeClassifier

    clf = ThemeClassifier(labels=THEME_IDS).fit([t for _, t, _ in gold], [g for _, _, g in gold])
    pred = clf.predict_labels(texts)
    print_scores("classifier trained on the gold sentences vs probes", score(labels, pred, THEME_IDS), THEME_IDS)
    hybrid = [tuple(sorted(set(a) | {t for t in b if t in RARE}, key=THEME_IDS.index)) for a, b in zip(lex, pred, strict=True)]
    res = score(labels, hybrid, THEME_IDS)
    print_scores(f"lexicon + classifier for rare themes {RARE} vs probes", res, THEME_IDS)


def confirm_report(gold: list[tuple[str, str, tuple[str, ...]]], tune: list[tuple[str, tuple[str, ...]]],
                   heldout: list[tuple[str, tuple[str, ...]]], thresholds: tuple[float, ...] = (0.1, 0.2, 0.3)) -> None:
    """The classifier as a precision filter over the lexicon (``ThemeClassifier.confirm``).

    Held-out probes: trained on the gold and the tuning probes. Gold: 5 folds by report,
    each trained on the other reports' gold sentences and both probe sets.
    """
    from textmine.classify import ThemeClassifier
    from textmine.themes import THEME_IDS, tag_text

    print("\n== lexicon themes confirmed by the classifier (ThemeClassifier.confirm)")
    texts = [t for t, _ in heldout]
    lex = [tag_text(t) for t in texts]
    clf = ThemeClassifier(labels=THEME_IDS, C=4.0).fit(
        [t for _, t, _ in gold] + [t for t, _ in tune], [g for _, _, g in gold] + [g for _, g in tune])
    rows = [("lexicon", lex)] + [(f"confirmed, threshold {x}", clf.confirm(texts, lex, threshold=x)) for x in thresholds]
    for name, pred in rows:
        p, r, f = score([g for _, g in heldout], pred, THEME_IDS)["micro"]
        print(f"  held-out probes  {name:26s} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    rids = sorted({r for r, _, _ in gold})
    gold_lex = [tag_text(t) for _, t, _ in gold]
    kept: dict[float, list[tuple[str, ...]]] = {x: [()] * len(gold) for x in thresholds}
    for k in range(5):
        fold = set(rids[k::5])
        train = [i for i, (r, _, _) in enumerate(gold) if r not in fold]
        test = [i for i, (r, _, _) in enumerate(gold) if r in fold]
        model = ThemeClassifier(labels=THEME_IDS, C=4.0).fit(
            [gold[i][1] for i in train] + [t for t, _ in tune + heldout],
            [gold[i][2] for i in train] + [g for _, g in tune + heldout])
        for x in thresholds:
            out = model.confirm([gold[i][1] for i in test], [gold_lex[i] for i in test], threshold=x)
            for i, row in zip(test, out, strict=True):
                kept[x][i] = row
    gold_labels = [g for _, _, g in gold]
    for name, pred in [("lexicon", gold_lex)] + [(f"confirmed, threshold {x}", kept[x]) for x in thresholds]:
        p, r, f = score(gold_labels, pred, THEME_IDS)["micro"]
        print(f"  gold (5-fold)    {name:26s} P {p:.3f} R {r:.3f} F1 {f:.3f}")


RARE_ADD = 0.5  # probability at which the classifier adds a rare theme the lexicon missed
RARE_KEEP = 0.2  # probability below which the classifier drops a rare theme the lexicon found


def _prf(pred: list[bool], truth: list[bool]) -> str:
    """Precision, recall and F1 of one theme's predictions, as the rare-theme reports print them."""
    tp = sum(a and b for a, b in zip(pred, truth, strict=True))
    fp, fn = sum(pred) - tp, sum(truth) - tp
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.2f} R {r:.2f} F1 {2 * p * r / (p + r) if p + r else 0.0:.2f}"


def rare_report(gold: list[tuple[str, str, tuple[str, ...]]], sets: list[tuple[str, list[tuple[str, tuple[str, ...]]]]],
                themes: tuple[str, ...] = RARE) -> None:
    """Per rare theme: the lexicon against the classifier, leave one labelled set out.

    Every probe set and each of five report folds of the gold is predicted by a classifier
    trained on all the other labelled sentences (gold and probes), so no sentence is scored by
    a model that saw it. Printed per theme: the lexicon, the classifier alone (its default
    threshold), the lexicon with the classifier's additions (probability ≥ ``RARE_ADD``) and
    the lexicon confirmed by the classifier (probability ≥ ``RARE_KEEP``). The lexicon was tuned
    on these sets, so its figures flatter it: read the classifier's as what it would add.
    """
    import numpy as np

    from textmine.classify import ThemeClassifier
    from textmine.themes import THEME_IDS, tag_text

    rids = sorted({r for r, _, _ in gold})
    folds = [(f"gold fold {k + 1}", [(t, g) for r, t, g in gold if r in set(rids[k::5])]) for k in range(5)]
    items = [(name, t, g) for name, rows in sets + folds for t, g in rows]
    texts = [t for _, t, _ in items]
    labels = [g for _, _, g in items]
    lex = [tag_text(t) for t in texts]
    proba = np.zeros((len(items), len(THEME_IDS)))
    clf = ThemeClassifier(labels=THEME_IDS, C=4.0)
    for name, _ in sets + folds:
        test = [i for i, (n, _, _) in enumerate(items) if n == name]
        train = [i for i, (n, _, _) in enumerate(items) if n != name]
        model = clf.fit([texts[i] for i in train], [labels[i] for i in train])
        proba[test] = model.predict_proba([texts[i] for i in test])

    def prf(pred: list[bool], theme: str) -> str:
        return _prf(pred, [theme in g for g in labels])

    print(f"\n== rare themes, leave one set out ({len(items)} labelled sentences, {len(sets) + 5} sets)")
    for theme in themes:
        j = THEME_IDS.index(theme)
        has = [theme in row for row in lex]
        n = sum(theme in g for g in labels)
        print(f"  {theme:16s} n={n:3d} lexicon {prf(has, theme)}"
              f" | classifier {prf(list(proba[:, j] >= clf.threshold), theme)}"
              f" | lexicon+clf≥{RARE_ADD} {prf([a or b for a, b in zip(has, proba[:, j] >= RARE_ADD, strict=True)], theme)}"
              f" | lexicon∧clf≥{RARE_KEEP} {prf([a and b for a, b in zip(has, proba[:, j] >= RARE_KEEP, strict=True)], theme)}")


def unseen_report(gold: list[tuple[str, str, tuple[str, ...]]], sets: list[tuple[str, list[tuple[str, tuple[str, ...]]]]],
                  target: str, themes: tuple[str, ...] = RARE) -> None:
    """Per rare theme on one set the lexicon was not tuned on: lexicon against lexicon + classifier.

    The classifier is trained on the gold and every other labelled set, never on ``target``.
    Meant for a set written after the codebook in use (run it with the lexicons of the commit
    before the set was used for tuning), where :func:`rare_report`'s lexicon figures are not
    flattered by tuning.
    """
    from textmine.classify import ThemeClassifier
    from textmine.themes import THEME_IDS, tag_text

    test = dict(sets)[target]
    train = [(t, g) for _, t, g in gold] + [row for name, rows in sets if name != target for row in rows]
    model = ThemeClassifier(labels=THEME_IDS, C=4.0).fit([t for t, _ in train], [g for _, g in train])
    texts = [t for t, _ in test]
    labels = [g for _, g in test]
    lex = [tag_text(t) for t in texts]
    proba = model.predict_proba(texts)

    def f1(pred: list[bool], theme: str) -> str:
        return _prf(pred, [theme in g for g in labels])

    print(f"\n== rare themes on {target} ({len(test)} sentences), classifier trained on the gold and the other sets")
    for theme in themes:
        j = THEME_IDS.index(theme)
        has = [theme in row for row in lex]
        add = [a or b for a, b in zip(has, proba[:, j] >= RARE_ADD, strict=True)]
        keep = [a and b for a, b in zip(has, proba[:, j] >= RARE_KEEP, strict=True)]
        print(f"  {theme:16s} n={sum(theme in g for g in labels):3d} lexicon {f1(has, theme)}"
              f" | lexicon+clf≥{RARE_ADD} {f1(add, theme)} | lexicon∧clf≥{RARE_KEEP} {f1(keep, theme)}")


GATE_ADD = 0.5  # probability at which a rare theme is added when the sentence names one of its terms
VETO = 0.1  # probability below which a lexicon theme is dropped


def _unexcluded_codebook():  # noqa: ANN202 - a textmine.themes.Codebook
    """The codebook without its exclusions: which themes a sentence names at all."""
    import copy

    from textmine.lexicons import load_yaml
    from textmine.themes import Codebook

    data = copy.deepcopy(load_yaml("codebook.yaml"))
    for theme in data["themes"]:
        theme["exclusions"] = []
    return Codebook.from_mapping(data)


def combine(lex: list[tuple[str, ...]], named: list[tuple[str, ...]], proba, classes: tuple[str, ...],  # noqa: ANN001
            variant: str, *, add: float = RARE_ADD, gate: float = GATE_ADD, veto: float = VETO) -> list[tuple[str, ...]]:
    """The lexicon's themes combined with the classifier's probabilities ``proba`` by ``variant``.

    ``lexicon``: as tagged. ``add``: a rare theme is added at probability ≥ ``add``.
    ``gated``: a rare theme is added at probability ≥ ``gate`` only when the sentence names
    one of its terms or patterns (``named``: the themes of the codebook without exclusions), so the
    classifier can overrule an exclusion but never adds a theme the sentence does not name.
    ``veto``: a lexicon theme is dropped at probability < ``veto``.

    >>> combine([("appeals",)], [("appeals", "training")], [[0.05, 0.9]], ("appeals", "training"), "veto")
    [()]
    """
    out = []
    for i, (row, names) in enumerate(zip(lex, named, strict=True)):
        p = dict(zip(classes, proba[i], strict=True))
        got = set(row)
        if variant == "add":
            got |= {t for t in RARE if p.get(t, 0.0) >= add}
        elif variant == "gated":
            got |= {t for t in RARE if t in names and p.get(t, 0.0) >= gate}
        elif variant == "veto":
            got = {t for t in got if p.get(t, 1.0) >= veto}
        out.append(tuple(t for t in classes if t in got))
    return out


VARIANTS = ("lexicon", "add", "gated", "veto")


def variants_report(gold: list[tuple[str, str, tuple[str, ...]]], sets: list[tuple[str, list[tuple[str, tuple[str, ...]]]]],
                    target: str, *, untouched: tuple[str, ...] = (), veto: float = VETO) -> None:
    """Per theme on ``target``: the lexicon alone and with the classifier in each of :data:`VARIANTS`.

    The classifier is trained on the gold and every other labelled set, never on ``target`` nor on
    the sets in ``untouched`` (a set kept for the final untuned measure). Then the same variants on
    the gold, five folds by report, each predicted by a classifier trained on the other reports and
    the probe sets (without ``untouched``).

    Measured in the fourth precision round: no variant gains on both an untuned set and the gold.
    ``add`` and ``gated`` lose precision on HELDOUT14 (main's lexicon, untuned: F1 0.900 -> 0.898 /
    0.900) and HELDOUT15 (0.923 -> 0.920 / 0.912). ``veto`` below 0.3 (the threshold best on HELDOUT14
    with main's lexicon) gains on the short probe sentences (HELDOUT14 0.900 -> 0.914, HELDOUT15 0.923
    -> 0.945) but costs the gold's long report sentences recall (five folds: F1 0.901 -> 0.883,
    R 0.915 -> 0.836), so the tagger stays the lexicon alone.
    """
    from textmine.classify import ThemeClassifier
    from textmine.themes import THEME_IDS, tag_text

    loose = _unexcluded_codebook()
    test = dict(sets)[target]
    train = [(t, g) for _, t, g in gold] + [row for name, rows in sets if name != target and name not in untouched
                                               for row in rows]
    model = ThemeClassifier(labels=THEME_IDS, C=4.0).fit([t for t, _ in train], [g for _, g in train])
    texts = [t for t, _ in test]
    labels = [g for _, g in test]
    lex = [tag_text(t) for t in texts]
    named = [tag_text(t, codebook=loose) for t in texts]
    proba = model.predict_proba(texts)
    preds = {v: combine(lex, named, proba, THEME_IDS, v, veto=veto) for v in VARIANTS}
    res = {v: score(labels, preds[v], THEME_IDS) for v in VARIANTS}
    print(f"\n== {target} ({len(test)} sentences): lexicon and classifier variants "
          f"(add≥{RARE_ADD}, gated≥{GATE_ADD} rare themes named, veto<{veto}); trained without "
          f"{', '.join((target, *untouched))}")
    print("  " + " ".join(f"{v:>20s}" for v in ("micro",) + VARIANTS))
    print("  " + f"{'P / R / F1':>20s} " + " ".join(
        "{:>20s}".format("{:.3f} {:.3f} {:.3f}".format(*res[v]["micro"])) for v in VARIANTS))
    for t in THEME_IDS:
        n = res["lexicon"]["per"][t][3]
        cells = " ".join("{:>20s}".format("P {:.2f} R {:.2f}".format(*res[v]["per"][t][:2])) for v in VARIANTS)
        print(f"  {t:16s} n={n:3d} {cells}")

    rids = sorted({r for r, _, _ in gold})
    probes = [row for name, rows in sets if name not in untouched for row in rows]
    gold_texts = [t for _, t, _ in gold]
    gold_lex = [tag_text(t) for t in gold_texts]
    gold_named = [tag_text(t, codebook=loose) for t in gold_texts]
    gold_proba = [None] * len(gold)
    for k in range(5):
        fold = set(rids[k::5])
        tr = [i for i, (r, _, _) in enumerate(gold) if r not in fold]
        te = [i for i, (r, _, _) in enumerate(gold) if r in fold]
        m = ThemeClassifier(labels=THEME_IDS, C=4.0).fit(
            [gold[i][1] for i in tr] + [t for t, _ in probes], [gold[i][2] for i in tr] + [g for _, g in probes])
        for i, row in zip(te, m.predict_proba([gold[i][1] for i in te]), strict=True):
            gold_proba[i] = row
    gold_labels = [g for _, _, g in gold]
    print("  gold, 5 folds by report: " + " | ".join(
        "{} P {:.3f} R {:.3f} F1 {:.3f}".format(v, *score(gold_labels, combine(gold_lex, gold_named, gold_proba, THEME_IDS, v, veto=veto),
                                                           THEME_IDS)["micro"]) for v in VARIANTS))


def crude_sentences(text: str) -> list[tuple[str, str]]:
    """``(kind, sentence)`` from a crude heading split, for when the pipeline is unavailable."""
    from textmine.sections import classify_title  # may fail: then every kind is "unknown"

    out = []
    kind = "preamble"
    parts = re.split(
        r"([一二三四五六七八九十]{1,3}、[^，。；、\d]{2,24}?(?=[一二三四五六七八九十（(0-9“]|$))",
        text,
    )
    for part in parts:
        m = re.match(r"[一二三四五六七八九十]{1,3}、(.+)", part)
        if m and len(part) <= 28:
            kind = classify_title(m.group(1)) or kind
            continue
        for s in RE_SPLIT.split(part):
            if s.strip():
                out.append((kind, s.strip()))
    return out


def corpus_sentences(corpus: Path = CORPUS) -> list[tuple[str, str, str]]:
    """``(report_id, kind, sentence)`` for every sentence of every gold report's text."""
    out = []
    for rid, path in report_files(corpus).items():
        try:
            import textmine

            report = textmine.read(path)
            sents = [(s.kind, s.text) for s in report.sentences]
            if not sents:
                raise ValueError("no sentences")
        except Exception as exc:  # noqa: BLE001 - fall back to a crude split
            print(
                f"# {rid}: pipeline unavailable ({type(exc).__name__}: {exc}); crude split",
                file=sys.stderr,
            )
            sents = crude_sentences(path.read_text(encoding="utf-8"))
        out.extend((rid, k, s) for k, s in sents)
    return out


def is_prose(kind: str, text: str) -> bool:
    """Prose about the work: not a table, heading, preamble, boilerplate or contact line."""
    if kind in SKIP_KINDS:
        return False
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    digits = len(re.findall(r"\d", text))
    if han < 10 or digits > han * 0.5:
        return False
    return not RE_BOILER.search(text)


def print_scores(title: str, res: dict, labels: tuple[str, ...]) -> None:
    p, r, f = res["micro"]
    print(f"\n== {title}: micro P {p:.3f} R {r:.3f} F1 {f:.3f} | macro F1 {res['macro_f1']:.3f}")
    for t in labels:
        tp_p, tp_r, tp_f, n = res["per"][t]
        print(f"  {t:16s} P {tp_p:.2f} R {tp_r:.2f} F1 {tp_f:.2f}  (gold n={n})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument(
        "--untagged",
        type=Path,
        default=Path("/tmp/textmine_untagged.txt"),
        help="write untagged prose sentences here",
    )
    ap.add_argument("--errors", action="store_true", help="print lexicon FP/FN per gold sentence")
    ap.add_argument("--no-classifier", action="store_true")
    ap.add_argument(
        "--disagree", type=int, default=15, help="sentences where tagger and classifier disagree"
    )
    ap.add_argument("--probes-only", action="store_true", help="only the probe set (no corpus needed)")
    ap.add_argument("--set", dest="sets", type=Path, action="append", default=[], metavar="YAML",
                    help="score the lexicon on this labelled set only (repeatable; no corpus needed)")
    ap.add_argument("--variants", metavar="NAME",
                    help="per theme on this held-out set (file name): the lexicon alone and combined with the "
                         "classifier (add, gated, veto), then the same on the gold in five folds")
    ap.add_argument("--untouched", metavar="NAME", action="append", default=[],
                    help="with --variants: a set the classifier is never trained on (repeatable)")
    ap.add_argument("--veto", type=float, default=VETO, help="with --variants: the veto threshold")
    ap.add_argument("--unseen", metavar="NAME",
                    help="only the rare themes on this held-out set (file name), lexicon vs lexicon + classifier "
                         "trained on the gold and the other sets")
    args = ap.parse_args(argv)
    if args.variants:
        sets = [(path.name, load_probes(path)) for path in (PROBES, *HELDOUTS)]
        variants_report(load_gold(args.corpus), sets, args.variants, untouched=tuple(args.untouched), veto=args.veto)
        return 0
    if args.unseen:
        sets = [(path.name, load_probes(path)) for path in (PROBES, *HELDOUTS)]
        unseen_report(load_gold(args.corpus), sets, args.unseen)
        return 0
    if args.sets:
        for path in args.sets:
            probe_report(load_probes(path), None, errors=args.errors, classifier=False, name=path.name)
        return 0
    if args.probes_only:
        probe_report(load_probes(), None, errors=args.errors, classifier=False)
        for path in HELDOUTS:
            probe_report(load_probes(path), None, errors=args.errors, classifier=False, name=path.name)
        return 0
    if not (args.corpus / "gold").is_dir():
        print(f"corpus not found at {args.corpus}")
        return 1

    from textmine.themes import THEME_IDS, tag_text

    gold = load_gold(args.corpus)
    gold_texts = [t for _, t, _ in gold]
    gold_labels = [g for _, _, g in gold]
    lex = [tag_text(t) for t in gold_texts]
    res_lex = score(gold_labels, lex, THEME_IDS)
    print(f"gold sentences: {len(gold)} in {len({r for r, _, _ in gold})} reports")
    print_scores("lexicon tagger vs gold", res_lex, THEME_IDS)
    if args.errors:
        print("\n-- lexicon errors (+FP -FN):")
        for (rid, text, g), p in zip(gold, lex, strict=True):
            fp = sorted(set(p) - set(g))
            fn = sorted(set(g) - set(p))
            if fp or fn:
                print(f"{rid} +{fp} -{fn} | {_squash(text)}")

    # untagged share per section kind
    sents = corpus_sentences(args.corpus)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    untagged = []
    for rid, kind, text in sents:
        if not is_prose(kind, text):
            continue
        tags = tag_text(text)
        by_kind[kind][0] += 1
        if not tags:
            by_kind[kind][1] += 1
            untagged.append(f"{rid}\t{kind}\t{_squash(text)}")
    total = sum(v[0] for v in by_kind.values())
    none = sum(v[1] for v in by_kind.values())
    print(f"\n== untagged prose sentences: {none}/{total} = {none / max(total, 1):.1%}")
    for kind, (n, u) in sorted(by_kind.items(), key=lambda kv: -kv[1][0]):
        print(f"  {kind:14s} {u:4d}/{n:4d} = {u / max(n, 1):.1%}")
    args.untagged.write_text("\n".join(untagged) + "\n", encoding="utf-8")
    print(f"  (untagged sentences written to {args.untagged})")

    probe_report(load_probes(), gold, errors=args.errors, classifier=not args.no_classifier)
    for path in HELDOUTS:
        probe_report(load_probes(path), gold, errors=args.errors, classifier=not args.no_classifier,
                     name=path.name)
    if not args.no_classifier:
        confirm_report(gold, load_probes(), load_probes(HELDOUT))
        rare_report(gold, [(path.name, load_probes(path)) for path in (PROBES, *HELDOUTS)],
                    ("participation", "power_oversight", "grassroots", "training", "appeals", "services"))
    if args.no_classifier:
        return 0
    import numpy as np
    from sklearn.model_selection import GroupKFold, cross_val_predict

    from textmine.classify import ThemeClassifier

    gold_keys = {norm(t) for t in gold_texts}
    train_texts, train_labels = [], []
    for _, kind, text in sents:
        if not is_prose(kind, text):
            continue
        k = norm(text)
        if not k or any(k in g or g in k for g in gold_keys):
            continue
        train_texts.append(text)
        train_labels.append(tag_text(text))
    clf = ThemeClassifier(labels=THEME_IDS).fit(train_texts, train_labels)
    pred = clf.predict_labels(gold_texts)
    res_clf = score(gold_labels, pred, THEME_IDS)
    print(
        f"\nclassifier training set: {len(train_texts)} lexicon-labelled non-gold prose sentences"
    )
    print_scores("classifier (trained on lexicon labels) vs gold", res_clf, THEME_IDS)

    groups = [rid for rid, _, _ in gold]
    cv = GroupKFold(n_splits=5)
    cv_clf = ThemeClassifier(labels=THEME_IDS)
    Y = cv_clf._binarize(gold_labels)  # indicator matrix in THEME_IDS order
    Yhat = cross_val_predict(cv_clf, gold_texts, Y, groups=groups, cv=cv)
    cv_pred = [
        tuple(t for t, v in zip(THEME_IDS, row, strict=True) if v) for row in np.asarray(Yhat)
    ]
    res_cv = score(gold_labels, cv_pred, THEME_IDS)
    print_scores("classifier 5-fold GroupKFold CV on gold (by report)", res_cv, THEME_IDS)
    lex_cv = score(gold_labels, lex, THEME_IDS)
    print(
        f"  (lexicon on the same gold: micro F1 {lex_cv['micro'][2]:.3f}, macro F1 {lex_cv['macro_f1']:.3f})"
    )

    print("\n-- sentences where lexicon and classifier (lexicon-trained) disagree:")
    shown = 0
    for (rid, text, g), a, b in zip(gold, lex, pred, strict=True):
        if set(a) != set(b) and shown < args.disagree:
            print(f"{rid} gold={list(g)} lex={list(a)} clf={list(b)} | {_squash(text)[:90]}")
            shown += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
