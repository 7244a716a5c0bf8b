"""detect_template counts a template's unprinted markers by regex only while it can still beat
the best template so far: the same template as counting every marker of every template."""

from __future__ import annotations

import random

from textmine.model import Document
from textmine.tables import detect_template
from textmine.tables.labels import label_pattern
from textmine.tables.registry import get_template, template_names
from textmine.tables.step1_regions import MIN_MARKERS, free_rows


def _exhaustive(text: str) -> str | None:
    best, best_score = None, 0
    for name in template_names():
        keys = [m.replace(" ", "") for m in get_template(name).markers]
        score = sum(1 for k in keys if label_pattern(k).search(text))
        if score > best_score:
            best, best_score = name, score
    if best_score >= MIN_MARKERS:
        return best
    return "gov2014" if len(free_rows(text)) >= 4 else None


def _doc(text: str) -> Document:
    return Document(text=text, raw_text=text, offsets=[], sha256="")


def test_same_template_as_counting_every_marker() -> None:
    rng = random.Random(3)
    markers = [m for name in template_names() for m in get_template(name).markers]
    for _ in range(400):
        picked = rng.sample(markers, rng.randint(0, 8))
        # some printed as they are, some spaced out or broken over lines (found by the regex only)
        text = "\n".join(m if rng.random() < 0.5 else " ".join(m) for m in picked)
        assert detect_template(_doc(text)) == _exhaustive(text), picked


def test_a_tie_keeps_the_first_template_and_spaced_markers_count() -> None:
    first, second = template_names()[:2]
    a, b = (get_template(n).markers for n in (first, second))
    only_a = [m for m in a if m not in b][:2]
    only_b = [m for m in b if m not in a][:2]
    text = "\n".join([" ".join(m) for m in only_a] + only_b)  # two each: the first keeps it
    assert detect_template(_doc(text)) == first
    text = "\n".join(only_a[:1] + [" ".join(m) for m in only_b])  # second template wins on spaced markers
    assert detect_template(_doc(text)) == second
