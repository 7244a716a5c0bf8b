"""Score textmine.facts on the held-out facts probes (tests/cases/facts_probes_heldout.yaml).

Each probe is a sentence (or a short run of text) written in the style of a report from
somewhere in China, with the facts a careful reader finds in it and the substrings that must
not become facts (document numbers, dates, slogans, ordinals, phone numbers …).

Usage: python bench/facts_probes.py [--misses] [--set PATH]  (e.g. tests/cases/facts_probes_heldout2.yaml,
… _heldout3.yaml, … _heldout4.yaml, … _heldout5.yaml, … _heldout6.yaml, … _heldout7.yaml, … _heldout8.yaml,
… _heldout9.yaml, … _heldout10.yaml, … _heldout11.yaml, … _heldout12.yaml,
… _heldout13.yaml, … _heldout14.yaml, … _heldout15.yaml, … _heldout16.yaml)

Prints:
- recall: expected facts found with the same value and unit, the same qualifier and change
  where the probe gives one (no change where it gives none), and text overlapping (one
  normalised span inside the other, as bench/facts_gold.py);
- counted: of the facts found, how many name the counted thing (overlapping the probe's);
- indicator: of the expected facts that name a canonical indicator, how many are found with it;
- non-facts violated: ``not`` substrings that hold the numeral of an extracted fact.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

import yaml

from textmine.facts import facts_in
from textmine.model import Fact
from textmine.numbers import iter_quantities

SET = Path(__file__).resolve().parents[1] / "tests" / "cases" / "facts_probes_heldout.yaml"
RE_DROP = re.compile(r"[\s\u3000（）()、．.，,：:；;。“”]")


def norm(s: object) -> str:
    """NFKC, then drop whitespace and punctuation (like bench/facts_gold.py's norm)."""
    return RE_DROP.sub("", unicodedata.normalize("NFKC", str(s or "")))


def overlaps(a: object, b: object) -> bool:
    x, y = norm(a), norm(b)
    return bool(x) and bool(y) and (x in y or y in x)


def matches(gold: dict, f: Fact) -> bool:
    """Same value, unit, qualifier (where given), change, and overlapping text."""
    if abs(float(f.value) - float(gold["value"])) >= 1e-6:
        return False
    if norm(f.unit) != norm(gold.get("unit")):
        return False
    if gold.get("qualifier") and f.qualifier != gold["qualifier"]:
        return False
    if f.change != gold.get("change"):
        return False
    return overlaps(f.text, gold["text"])


def number_spans(text: str, f: Fact) -> list[tuple[int, int]]:
    """Where the numeral of ``f`` stands in ``text`` (the quantity of the same value and
    unit inside the fact's span); the fact's whole span when none is found."""
    spans = [
        (q.start, q.end)
        for q in iter_quantities(text)
        if f.start <= q.start
        and q.end <= f.end
        and q.unit == f.unit
        and abs(float(q.value) - float(f.value)) < 1e-6
    ]
    return spans or [(f.start, f.end)]


def load(path: Path = SET) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def score(path: Path = SET) -> dict:
    """Recall, counted and indicator accuracy, non-fact violations over the probe set."""
    total = hit = counted_total = counted_ok = ind_total = ind_ok = 0
    nf_total = nf_bad = 0
    misses: list[tuple[str, dict, list]] = []
    wrong_counted: list[tuple[str, str, str | None]] = []
    wrong_indicator: list[tuple[str, str, str | None]] = []
    violations: list[tuple[str, str, str]] = []
    probes = load(path)
    for p in probes:
        text = p["text"]
        facts = facts_in(text, template=p.get("template"))
        used: set[int] = set()
        for g in p.get("facts") or []:
            total += 1
            cand = [f for f in facts if f.fact_id not in used and matches(g, f)]
            f = cand[0] if cand else None
            if "indicator" in g:
                ind_total += 1
                if f is not None and f.indicator == g["indicator"]:
                    ind_ok += 1
                elif f is not None:
                    wrong_indicator.append((p["id"], g["indicator"], f.indicator))
            if f is None:
                misses.append(
                    (p["id"], g, [(x.value, x.unit, x.qualifier, x.change, x.text) for x in facts])
                )
                continue
            used.add(f.fact_id)
            hit += 1
            if g.get("counted"):
                counted_total += 1
                if overlaps(f.counted, g["counted"]):
                    counted_ok += 1
                else:
                    wrong_counted.append((p["id"], g["counted"], f.counted))
        for bad in p.get("not") or []:
            nf_total += 1
            lo = text.find(bad)
            hi = lo + len(bad)
            # the numeral of a fact read from the substring (三公经费 as a counted phrase is
            # fine, 三公 read as a count of 公 is not)
            hits = [f for f in facts if any(a < hi and b > lo for a, b in number_spans(text, f))]
            if hits:
                nf_bad += 1
                violations.append((p["id"], bad, hits[0].text))
    return {
        "probes": len(probes),
        "total": total,
        "found": hit,
        "recall": hit / max(total, 1),
        "counted_ok": counted_ok,
        "counted_total": counted_total,
        "indicator_ok": ind_ok,
        "indicator_total": ind_total,
        "indicator_accuracy": ind_ok / max(ind_total, 1),
        "non_facts_total": nf_total,
        "non_facts_violated": nf_bad,
        "misses": misses,
        "wrong_counted": wrong_counted,
        "wrong_indicator": wrong_indicator,
        "violations": violations,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list misses and wrong labels")
    ap.add_argument("--set", type=Path, default=SET, help="probe file (YAML)")
    args = ap.parse_args()
    r = score(args.set)
    print(f"probes: {r['probes']}")
    print(f"facts found: {r['found']}/{r['total']} recall={r['recall']:.3f}")
    print(f"counted named: {r['counted_ok']}/{r['counted_total']}")
    print(
        f"indicator right: {r['indicator_ok']}/{r['indicator_total']} "
        f"accuracy={r['indicator_accuracy']:.3f}"
    )
    print(f"non_facts violated: {r['non_facts_violated']}/{r['non_facts_total']}")
    for v in r["violations"]:
        print("  violated:", v)
    if args.misses:
        for m in r["misses"]:
            print("  missed:", m[0], m[1]["value"], m[1].get("unit"), m[1]["text"], "| got:", m[2])
        for w in r["wrong_indicator"]:
            print("  indicator:", w)
        for w in r["wrong_counted"]:
            print("  counted:", w)


if __name__ == "__main__":
    main()
