"""Draw a seeded random sample of 200 extracted facts from ../shared/corpus for hand judging.

Usage:
  python bench/facts_precision_sample.py           write/refresh bench/facts_precision_sample.csv
  python bench/facts_precision_sample.py --score   print precision from the judged CSV

Facts come from every report text (texts/ and seed/, archiver header dropped, sentences split
on 。；！？) with extract_facts. The sample is random.Random(20261206).sample of all facts
(issue 11: a new seed, drawn after the counted-phrase rules changed; the 2026-11 sample used
20261125). Columns: report, sentence, value, unit, qualifier, change, counted, text,
judgement, note. The judgement is written by a person reading the sentence: ok,
wrong_value, wrong_unit, wrong_counted, wrong_change or not_a_fact. The counted phrase is
judged right when it names the thing counted as a noun phrase (not a bare verb, not a
fragment), or is empty when the sentence only implies it. Refreshing keeps judgements of
rows that are still drawn with the same counted phrase, qualifier and change (matched on
report, text, value and unit); rows that are new get an empty judgement.
"""

from __future__ import annotations

import csv
import random
import sys
from collections import Counter
from pathlib import Path

from textmine.facts import extract_facts

sys.path.insert(0, str(Path(__file__).resolve().parent))
from facts_gold import body_of, naive_sentences  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
OUT = Path(__file__).resolve().parent / "facts_precision_sample.csv"
SEED = 20261206
SIZE = 200
COLUMNS = ["report", "sentence", "value", "unit", "qualifier", "change", "counted", "text", "judgement", "note"]
JUDGEMENTS = {"ok", "wrong_value", "wrong_unit", "wrong_counted", "wrong_change", "not_a_fact"}


def all_facts() -> list[dict[str, str]]:
    rows = []
    files = sorted((CORPUS / "texts").glob("*")) + sorted((CORPUS / "seed").glob("*"))
    for path in files:
        text = body_of(path.read_text(encoding="utf-8"))
        sentences = naive_sentences(text)
        by_id = {s.sentence_id: s for s in sentences}
        for f in extract_facts(text, sentences):
            sent = by_id[f.sentence_id]
            rows.append(
                {
                    "report": path.name.split(".")[0],
                    "sentence": " ".join(sent.text.split()),
                    "value": str(f.value),
                    "unit": f.unit or "",
                    "qualifier": f.qualifier or "",
                    "change": f.change or "",
                    "counted": f.counted or "",
                    "text": " ".join(f.text.split()),
                    "judgement": "",
                    "note": "",
                }
            )
    return rows


def key(r: dict[str, str]) -> tuple[str, str, str, str]:
    return (r["report"], r["text"], r["value"], r["unit"])


def write_sample() -> None:
    rows = all_facts()
    sample = random.Random(SEED).sample(rows, min(SIZE, len(rows)))
    old = {}
    if OUT.exists():
        with OUT.open(encoding="utf-8", newline="") as fh:
            old = {key(r): r for r in csv.DictReader(fh)}
    kept = 0
    for r in sample:
        prev = old.get(key(r))
        same = all(prev and prev.get(k, "") == r[k] for k in ("counted", "qualifier", "change"))
        if prev and prev.get("judgement") and same:
            r["judgement"], r["note"] = prev["judgement"], prev.get("note", "")
            kept += 1
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(sample)
    print(f"{len(rows)} facts in the corpus; wrote {len(sample)} to {OUT.name} ({kept} judgements kept)")


def score() -> None:
    with OUT.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    judged = [r for r in rows if r["judgement"] in JUDGEMENTS]
    counts = Counter(r["judgement"] for r in judged)
    ok = counts["ok"]
    print(f"judged {len(judged)}/{len(rows)}: {dict(sorted(counts.items()))}")
    if judged:
        print(f"precision = {ok}/{len(judged)} = {ok / len(judged):.3f}")
    value_ok = sum(counts[k] for k in ("ok", "wrong_counted", "wrong_change"))
    if judged:
        print(f"value+unit right (counted aside) = {value_ok}/{len(judged)} = {value_ok / len(judged):.3f}")


if __name__ == "__main__":
    if not CORPUS.is_dir():
        print("../shared/corpus not present")
    elif "--score" in sys.argv:
        score()
    else:
        write_sample()
