"""The sections lexicon's lists asked as one alternation give what asking them in order gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from textmine.sections import _any_of, _lexicon

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "texts"
HAND = "一、总体情况2023年，我局认真贯彻《条例》。二、强化平台建设门户网站全面改版本年新收政府信息公开申请数量33"


def _texts() -> list[str]:
    texts = [HAND]
    if SHARED.is_dir():
        texts += [p.read_text(encoding="utf-8")[:4000] for p in sorted(SHARED.glob("*.txt"))[:6]]
    return texts


@pytest.mark.parametrize("name", ["table_rows", "cues", "subjects", "titles"])
def test_one_alternation_matches_like_the_list_in_order(name):
    patterns = getattr(_lexicon(), name)
    combined = _any_of(patterns)
    for text in _texts():
        for pos in range(len(text)):
            first = next((m for p in patterns if (m := p.match(text, pos))), None)
            got = combined.match(text, pos)
            assert (got is None) == (first is None), (name, text[pos : pos + 20])
            if first is not None:
                assert got.span() == first.span(), (name, text[pos : pos + 20])


def test_lists_that_cannot_be_joined_are_asked_one_by_one():
    patterns = [re.compile(r"(a)\1"), re.compile("b")]
    combined = _any_of(patterns)
    assert combined.match("aa").group() == "aa"
    assert combined.match("b").group() == "b"
    assert combined.match("ab") is None
