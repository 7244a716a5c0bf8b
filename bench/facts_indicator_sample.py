"""Draw a seeded random sample of 100 facts for labelling by hand with the indicator they should
carry, and score the extracted indicators against those labels.

Usage:
  python bench/facts_indicator_sample.py           write/refresh bench/facts_indicator_sample.csv
  python bench/facts_indicator_sample.py --score   indicator recall and precision, and the share
                                                   of all facts that carry an indicator

Facts come from every report text of ../shared/corpus (texts/ and seed/, sentences split on
。；！？, as bench/facts_precision_sample.py). The sample is random.Random(20261207).sample of all
facts. The CSV has no column with the extracted indicator: a person reads the sentence and
writes in ``gold_indicator`` the id the fact should carry (an id of lexicons/indicators.yaml:
a row of a statistics table of any era, SCHEMA.md §2, or a prose indicator listed there), or
``none``. Shares (%) and changes carry none by design. ``--score`` extracts the facts again
and compares (matched on report, text, value and unit):
  recall    = facts whose extracted indicator equals the label / facts labelled with an id
  precision = facts whose extracted indicator equals the label / facts with an extracted id
Refreshing keeps the labels of rows that are still drawn.

``--holdout`` works on bench/facts_indicator_holdout.csv instead: 100 more facts
(random.Random(20261208)) drawn from those not in the first sample, labelled after the alias
list was extended with the first sample's misses, so that its figures are not fitted to them.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

from textmine.facts import extract_facts

sys.path.insert(0, str(Path(__file__).resolve().parent))
from facts_gold import body_of, naive_sentences  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FIRST = Path(__file__).resolve().parent / "facts_indicator_sample.csv"
HOLDOUT = Path(__file__).resolve().parent / "facts_indicator_holdout.csv"
OUT = HOLDOUT if "--holdout" in sys.argv else FIRST
SEED = 20261208 if "--holdout" in sys.argv else 20261207
SIZE = 100
COLUMNS = ["report", "sentence", "value", "unit", "change", "counted", "text", "gold_indicator", "note"]


def all_facts() -> list[dict[str, str]]:
    rows = []
    files = sorted((CORPUS / "texts").glob("*")) + sorted((CORPUS / "seed").glob("*"))
    for path in files:
        text = body_of(path.read_text(encoding="utf-8"))
        sentences = naive_sentences(text)
        by_id = {s.sentence_id: s for s in sentences}
        for f in extract_facts(text, sentences):
            rows.append(
                {
                    "report": path.name.split(".")[0],
                    "sentence": " ".join(by_id[f.sentence_id].text.split()),
                    "value": str(f.value),
                    "unit": f.unit or "",
                    "change": f.change or "",
                    "counted": f.counted or "",
                    "text": " ".join(f.text.split()),
                    "indicator": f.indicator or "none",
                }
            )
    return rows


def key(r: dict[str, str]) -> tuple[str, str, str, str]:
    return (r["report"], r["text"], r["value"], r["unit"])


def write_sample() -> None:
    rows = all_facts()
    if OUT == HOLDOUT:
        with FIRST.open(encoding="utf-8", newline="") as fh:
            first = {key(r) for r in csv.DictReader(fh)}
        rows = [r for r in rows if key(r) not in first]
    sample = random.Random(SEED).sample(rows, min(SIZE, len(rows)))
    old = {}
    if OUT.exists():
        with OUT.open(encoding="utf-8", newline="") as fh:
            old = {key(r): r for r in csv.DictReader(fh)}
    out = []
    for r in sample:
        prev = old.get(key(r), {})
        out.append({c: r.get(c, "") for c in COLUMNS[:-2]} | {
            "gold_indicator": prev.get("gold_indicator", ""), "note": prev.get("note", "")})
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(out)
    print(f"{len(rows)} facts; wrote {len(out)} to {OUT.name} ({sum(bool(r['gold_indicator']) for r in out)} labels kept)")


def score() -> None:
    rows = all_facts()
    got = {key(r): r["indicator"] for r in rows}
    share = sum(r["indicator"] != "none" for r in rows)
    print(f"facts with an indicator: {share}/{len(rows)} = {share / len(rows):.3f}")
    with OUT.open(encoding="utf-8", newline="") as fh:
        labelled = [r for r in csv.DictReader(fh) if r["gold_indicator"]]
    gold_pos = [r for r in labelled if r["gold_indicator"] != "none"]
    pred_pos = [r for r in labelled if got.get(key(r), "none") != "none"]
    hit = [r for r in gold_pos if got.get(key(r)) == r["gold_indicator"]]
    print(f"labelled {len(labelled)}: {len(gold_pos)} should carry an id, {len(pred_pos)} carry one")
    if gold_pos:
        print(f"recall    = {len(hit)}/{len(gold_pos)} = {len(hit) / len(gold_pos):.3f}")
    if pred_pos:
        right = [r for r in pred_pos if got.get(key(r)) == r["gold_indicator"]]
        print(f"precision = {len(right)}/{len(pred_pos)} = {len(right) / len(pred_pos):.3f}")
    for r in labelled:
        g, p = r["gold_indicator"], got.get(key(r), "none")
        if g != p:
            print(f"  {r['report']} {r['value']}{r['unit']} {r['counted']!r}: label {g}, extracted {p}")


if __name__ == "__main__":
    if not CORPUS.is_dir():
        print("../shared/corpus not present")
    elif "--score" in sys.argv:
        score()
    else:
        write_sample()
