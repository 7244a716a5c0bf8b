"""One automaton scan answers what a loop over the words answers."""

from __future__ import annotations

import random

import pytest

from textmine import wordscan

WORDS = ["阿阿", "阿阿阿", "阿", "广安市", "安市", "广安", "南充市", "市市", "x"]
PIECES = ["阿", "广", "安", "市", "南", "充", "，", "x", "广安市"]


def _plain(cls, *args):
    """The same object built as without pyahocorasick."""
    obj = cls(*args)
    obj.automaton = None
    return obj


@pytest.mark.parametrize("seed", range(4))
def test_word_counts_equal_str_count(seed: int) -> None:
    rng = random.Random(seed)
    words, plain = wordscan.WordSet(WORDS), _plain(wordscan.WordSet, WORDS)
    assert words.automaton is not None
    for _ in range(400):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 25)))
        slow = {w: text.count(w) for w in WORDS if text.count(w)}
        assert wordscan.word_counts(text, words) == slow == wordscan.word_counts(text, plain), text


@pytest.mark.parametrize("seed", range(4))
def test_first_named_equals_the_loop(seed: int) -> None:
    rng = random.Random(seed)
    tables = [
        {"广安市": ["广安"], "安市": [], "南充市": ["南充", "充市"], "阿阿阿": ["阿"]},
        {"市市": [], "广安市": ["", "广安"], "南充市": []},  # an empty form: every text holds it
        {"x": ["阿阿"], "阿阿": ["x"]},  # one form, two names: the first
    ]
    for table in tables:
        names, plain = wordscan.Names(table), _plain(wordscan.Names, table)
        for _ in range(300):
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
            slow = next((n for n, forms in table.items() if n in text or any(f in text for f in forms)), None)
            assert wordscan.first_named(text, names) == slow == wordscan.first_named(text, plain), (table, text)


def test_nothing_named() -> None:
    names = wordscan.Names({"广安市": ["广安"]})
    assert wordscan.first_named("南充市", names) is None
    assert wordscan.word_counts("南充市", wordscan.WordSet(["广安市"])) == {}
