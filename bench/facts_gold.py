"""Score textmine.facts against the gold facts of ../shared/corpus/gold (like score_gold.py).

Sentences come without the sections module: the report text after the archiver header
(``==================== 正文 ====================``) is split on 。；！？.

Usage: python bench/facts_gold.py [--misses]
Prints recall of gold facts (same value, unit and qualifier where gold has one, text
overlapping) and how many gold non_facts strings yield a fact.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from textmine.facts import extract_facts
from textmine.model import Fact, Sentence

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
HEADER_END = "==================== 正文 ===================="
RE_SENTENCE_END = re.compile(r"[。；！？]")


def norm(s: object) -> str:
    """Normalise like score_gold.py: drop whitespace and （）()、．.，,：:；;。."""
    return re.sub(r"[\s\u3000（）()、．.，,：:；;。]", "", str(s or ""))


def body_of(text: str) -> str:
    """The report text after the archiver's header block (if any)."""
    i = text.find(HEADER_END)
    return text[i + len(HEADER_END) :] if i >= 0 else text


def naive_sentences(text: str) -> list[Sentence]:
    """Split on 。；！？ (the end mark stays with its sentence)."""
    out, start = [], 0
    for m in RE_SENTENCE_END.finditer(text):
        out.append(Sentence(len(out) + 1, None, "other", text[start : m.end()], start, m.end()))
        start = m.end()
    if start < len(text):
        out.append(Sentence(len(out) + 1, None, "other", text[start:], start, len(text)))
    return out


def report_facts(path: Path) -> tuple[str, list[Fact]]:
    text = body_of(path.read_text(encoding="utf-8"))
    return text, extract_facts(text, naive_sentences(text))


def found(gold: dict, facts: list[Fact]) -> bool:
    for f in facts:
        if abs(float(f.value) - float(gold["value"])) >= 1e-6:
            continue
        if norm(f.unit) != norm(gold.get("unit")):
            continue
        a, b = norm(f.text), norm(gold["text"])
        if not (a in b or b in a):
            continue
        if gold.get("qualifier") and f.qualifier != gold["qualifier"]:
            continue
        return True
    return False


def score(corpus: Path = CORPUS) -> dict:
    """Recall and non-fact violations over every gold file."""
    total = hit = nf_total = nf_bad = 0
    misses: list[tuple[str, str]] = []
    violations: list[tuple[str, str, str]] = []
    for gp in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        _, facts = report_facts(corpus / gold["file"])
        for g in gold.get("facts", []):
            total += 1
            if found(g, facts):
                hit += 1
            else:
                misses.append((gold["id"], g["text"]))
        texts = [norm(f.text) for f in facts]
        for s in gold.get("non_facts", []):
            nf_total += 1
            bad = [t for t in texts if t and t in norm(s)]
            if bad:
                nf_bad += 1
                violations.append((gold["id"], s, bad[0]))
    return {
        "recall": hit / max(total, 1),
        "found": hit,
        "total": total,
        "non_facts_violated": nf_bad,
        "non_facts_total": nf_total,
        "misses": misses,
        "violations": violations,
    }


def main() -> None:
    res = score()
    print(f"gold facts found: {res['found']}/{res['total']} recall={res['recall']:.4f}")
    print(f"non_facts violated: {res['non_facts_violated']}/{res['non_facts_total']}")
    for v in res["violations"]:
        print("  violated:", v)
    if "--misses" in sys.argv:
        for m in res["misses"]:
            print("  missed:", m)


if __name__ == "__main__":
    main()
