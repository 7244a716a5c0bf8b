"""Many literal words found in a text in one scan (an Aho-Corasick automaton, where
pyahocorasick is installed; a loop over the words otherwise, with the same answers).

Example:
    >>> word_counts("阿阿阿，广安市", WordSet(["阿阿", "广安市", "南充市"]))
    {'阿阿': 1, '广安市': 1}
    >>> first_named("达州市通川区", Names({"广安市": ["广安"], "达州市": ["达州"]}))
    '达州市'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def automaton(forms: Mapping[str, Any]) -> Any:
    """An Aho-Corasick automaton of the non-empty ``forms``, each with its value (what
    ``automaton.iter`` gives back with a match's end), or None without pyahocorasick."""
    try:
        import ahocorasick
    except ImportError:
        return None
    built = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for form, value in forms.items():
        if form:
            built.add_word(form, value)
    built.make_automaton()
    return built


class WordSet:
    """Words to count with :func:`word_counts`."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(w for w in words if w))
        self.automaton = automaton({w: w for w in self.words})


def word_counts(text: str, words: WordSet) -> dict[str, int]:
    """``text.count(word)`` of every word found in ``text``: each word's occurrences left to
    right, not overlapping, as ``str.count`` takes them."""
    if words.automaton is None:
        return {word: n for word in words.words if (n := text.count(word))}
    counts: dict[str, int] = {}
    free: dict[str, int] = {}  # where each word's next occurrence may start
    for end, word in words.automaton.iter(text):
        start = end - len(word) + 1
        if start >= free.get(word, 0):
            counts[word] = counts.get(word, 0) + 1
            free[word] = end + 1
    return counts


class Names:
    """Names in order, each with other forms (aliases, short forms), for :func:`first_named`."""

    def __init__(self, names: Mapping[str, Iterable[str]]) -> None:
        self.forms = [(name, (name, *others)) for name, others in names.items()]
        self.always: str | None = next((n for n, forms in self.forms if "" in forms), None)
        first: dict[str, tuple[int, str]] = {}  # a form → the first name that has it
        for i, (name, forms) in enumerate(self.forms):
            for form in forms:
                if form and form not in first:
                    first[form] = (i, name)
        self.automaton = automaton(first)
        self._rank = {name: i for i, (name, _) in enumerate(self.forms)}

    def rank(self, name: str) -> int:
        return self._rank[name]


def first_named(text: str, names: Names) -> str | None:
    """The first name (in the order given) one of whose forms stands in ``text``: the name
    of ``next(n for n, forms in names if any(f in text for f in forms))``."""
    if names.automaton is None:
        return next((n for n, forms in names.forms if any(f in text for f in forms)), None)
    best = min((value for _, value in names.automaton.iter(text)), default=None)
    if names.always is not None and (best is None or names.rank(names.always) < best[0]):
        return names.always  # an empty form stands in every text
    return best[1] if best is not None else None
