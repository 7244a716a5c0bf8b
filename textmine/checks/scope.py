"""The scope of a prose count: whose requests it counts (:func:`_wide_scope`, :func:`_other_bodies`) and
whether the sentence gives the report's own count beside a wider one (:func:`_own_count_is_table`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from textmine.checks.index import fact_decimal
from textmine.model import Fact

_CLAUSE_BREAKS = frozenset("，,。；;！？!?\n\r")


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: right after the last clause break before it.

    >>> clause_start("本局收到申请91件，办结90件。", 12), clause_start("本局收到申请91件", 6)
    (10, 0)
    """
    if pos <= 0:
        return pos
    breaks = _breaks(text)  # the clause breaks before pos: the last one, by bisection
    k = bisect.bisect_left(breaks, pos)
    return breaks[k - 1] + 1 if k else 0


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: right after the last sentence end (。！？ or a line
    break) before it.

    >>> sentence_start("上年度受理8件。本年度收到申请：网上5件，共计5件。", 20), sentence_start("收到申请5件", 3)
    (8, 0)
    """
    start = pos
    while start > 0 and text[start - 1] not in "。！？!?\n\r":
        start -= 1
    return start


#: A clause break (one of :data:`_CLAUSE_BREAKS`).
RE_CLAUSE_BREAK = re.compile("[" + re.escape("".join(sorted(_CLAUSE_BREAKS))) + "]")
#: The last text :func:`_breaks` was asked about and its clause breaks (the text is kept, so
#: asking by identity is safe: the checks ask many times about one report's text).
_last_breaks: tuple[str, list[int]] = ("", [])


def _breaks(text: str) -> list[int]:
    """The offsets of every clause break of ``text``, in order (remembered for the last text)."""
    global _last_breaks
    last = _last_breaks
    if last[0] is text:
        return last[1]
    breaks = [m.start() for m in RE_CLAUSE_BREAK.finditer(text)]
    _last_breaks = (text, breaks)
    return breaks


def _clause_of(fact: Fact, text: str) -> str:
    """The clause that states ``fact``: from the last clause break before it to its end."""
    return text[clause_start(text, fact.start): fact.end]


#: A count of the bodies inside their name (所属12个单位, 下属五个单位): the name without it is the
#: word of ``scope.units`` (所属单位).
RE_BODY_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)个(?=单位|部门|乡镇|街道|镇|科室|处室)")


def _without_body_counts(words: str) -> str:
    """``words`` with the counts of bodies inside bodies' names taken out.

    >>> _without_body_counts("本机关及所属12个单位共受理"), _without_body_counts("下属五个单位")
    ('本机关及所属单位共受理', '下属单位')
    >>> _without_body_counts("受理申请12个")
    '受理申请12个'
    """
    return RE_BODY_COUNT.sub("", words)


def _wide_scope(fact: Fact, text: str | None, spec: Mapping[str, Any]) -> str | None:
    """The word of the fact's clause that names a whole jurisdiction or system (全县, 各级 …;
    ``spec['wide']``), or ``None``.

    >>> t = "全县共受理政府信息公开申请280件，其中县政府本级受理124件。"
    >>> f = Fact(1, 1, 280, "件", None, "政府信息公开申请", "new_received", "受理政府信息公开申请280件", 3, 18)
    >>> _wide_scope(f, t, {"wide": ["全县", "各级"]}), _wide_scope(f, t, {"wide": ["全市"]})
    ('全县', None)
    """
    if text is None or not spec:
        return None
    clause = _clause_of(fact, text)
    return next((str(w) for w in spec.get("wide") or () if str(w) in clause), None)


def _other_bodies(fact: Fact, text: str | None, spec: Mapping[str, Any]) -> tuple[str, str] | None:
    """What the fact's clause says of subordinate bodies (``spec['units']``: 局属单位, 下属单位 …):
    ``("part", word)`` when it counts theirs alone (局属单位共受理83件: not the report's own table),
    ``("wide", words)`` when it counts them together with the body (本局及局属单位, 本机关（含下属单位）:
    a wider scope than a table of the body's own; ``spec['joined']`` are the words that join them),
    else ``None``.

    >>> spec = {"units": ["局属单位", "下属单位"], "joined": ["及", "和", "含"]}
    >>> t = "本局共受理申请72件，局属单位共受理83件；本局及局属单位共受理155件。"
    >>> f = [Fact(i, 1, v, "件", None, None, None, w, t.index(w), t.index(w) + len(w))
    ...      for i, (v, w) in enumerate([(72, "受理申请72件"), (83, "受理83件"), (155, "受理155件")])]
    >>> [_other_bodies(x, t, spec) for x in f]
    [None, ('part', '局属单位'), ('wide', '及局属单位')]
    """
    if text is None or not spec:
        return None
    clause = _without_body_counts(_clause_of(fact, text))
    for word in spec.get("units") or ():
        at = clause.find(str(word))
        if at < 0:
            continue
        before = clause[max(0, at - 2): at].lstrip("（(")
        joined = next((str(j) for j in spec.get("joined") or () if before.endswith(str(j))), None)
        return ("wide", f"{joined}{word}") if joined else ("part", str(word))
    return None


def _own_count_is_table(fact: Fact, facts: Sequence[Fact], text: str, value: Decimal, spec: Mapping[str, Any]) -> bool:
    """True when the sentence of a wide-scope ``fact`` also gives the report's own count (a clause
    with ``spec['own']``: 本级, 本机关 …) in the same unit and that count is the table's ``value``:
    the report says which count its table holds.

    >>> t = "全县共受理政府信息公开申请280件，其中县政府本级受理124件。"
    >>> wide = Fact(1, 1, 280, "件", None, "政府信息公开申请", "new_received", "受理政府信息公开申请280件", 3, 18)
    >>> own = Fact(2, 1, 124, "件", None, "县政府本级受理", None, "县政府本级受理124件", 21, 32)
    >>> spec = {"own": ["本级"]}
    >>> _own_count_is_table(wide, [wide, own], t, Decimal(124), spec), _own_count_is_table(wide, [wide, own], t, Decimal(125), spec)
    (True, False)
    """
    own = tuple(str(w) for w in spec.get("own") or ())
    for other in facts:
        if other is fact or other.unit != fact.unit or not own:
            continue
        lo, hi = sorted((fact.start, other.start))
        if re.search(r"[。！？!?\n\r]", text[lo:hi]):
            continue  # another sentence
        if any(w in _clause_of(other, text) for w in own) and fact_decimal(other.value) == value:
            return True
    return False


def _sentence_subject(fact: Fact, text: str | None, spec: Mapping[str, Any]) -> tuple[str, str] | None:
    """The scope a clause without a subject of its own carries on from the clause before it in the
    same sentence (下属单位共收到申请120件，办结132件: the 办结 clause counts the units' requests too):
    what :func:`_other_bodies` or :func:`_wide_scope` say of the nearest earlier clause that names
    whose requests it counts, ``None`` when the fact's own clause names them (``spec['own']``,
    ``spec['units']``, ``spec['wide']``), when that clause is the body's own, or when none does. A
    sentence ends at 。 ！ ？ ； or a line break.

    >>> spec = {"units": ["下属单位"], "joined": ["及"], "wide": ["本系统"], "own": ["本机关"]}
    >>> t = "本局收到申请91件。下属单位共收到申请120件，办结132件。"
    >>> f = Fact(1, 2, 132, "件", None, None, "total_processed", "办结132件", t.index("办结"), len(t) - 1)
    >>> _sentence_subject(f, t, spec)
    ('part', '下属单位')
    >>> t2 = "本系统共受理申请1134件，办结1090件；本机关受理94件，办结93件。"
    >>> g = Fact(2, 1, 1090, "件", None, None, "total_processed", "办结1090件", t2.index("办结1090"), t2.index("；"))
    >>> h = Fact(3, 1, 93, "件", None, None, "total_processed", "办结93件", t2.index("办结93"), len(t2) - 1)
    >>> _sentence_subject(g, t2, spec), _sentence_subject(h, t2, spec)
    (('wide', '本系统'), None)
    """
    if text is None or not spec:
        return None
    words = _scope_words(spec)
    clause = _clause_of(fact, text)
    if words.any_word is not None and words.any_word.search(_without_body_counts(clause)):
        return None
    end = fact.end - len(clause)  # the start of the fact's clause
    while end > 0 and text[end - 1] in "，,":
        start = clause_start(text, end - 1)
        before = _without_body_counts(text[start: end - 1])
        # the units first: the body joined to its units (本机关及所属单位) names itself as well
        if words.units is not None and words.units.search(before):
            for word in words.unit_words:
                at = before.find(word)
                if at >= 0:
                    lead = before[max(0, at - 2): at].lstrip("（(")
                    joined = next((str(j) for j in spec.get("joined") or () if lead.endswith(str(j))), None)
                    return ("wide", f"{joined}{word}") if joined else ("part", word)
        if words.own is not None and words.own.search(before):
            return None
        if words.wide is not None and words.wide.search(before):
            wide = next((w for w in words.wide_words if w in before), None)
            if wide:
                return ("wide", wide)
        end = start
    return None


class _ScopeWords(NamedTuple):
    """The words of a scope spec (``own``, ``units``, ``wide``) as one alternation each, to ask
    whether a clause holds any of them in one search (``None``: the list is empty, none does)."""

    any_word: re.Pattern[str] | None
    own: re.Pattern[str] | None
    units: re.Pattern[str] | None
    wide: re.Pattern[str] | None
    unit_words: tuple[str, ...]
    wide_words: tuple[str, ...]


#: Scope specs' words by id of the spec (the spec itself is kept in the entry, so its id is not
#: reused by another while the entry lives).
_SCOPE_WORDS: dict[int, tuple[Mapping[str, Any], _ScopeWords]] = {}


def _alternation(words: Sequence[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


def _scope_words(spec: Mapping[str, Any]) -> _ScopeWords:
    """The :class:`_ScopeWords` of ``spec`` (worked out once per spec)."""
    entry = _SCOPE_WORDS.get(id(spec))
    if entry is not None and entry[0] is spec:
        return entry[1]
    own, units, wide = ([str(w) for w in spec.get(key) or ()] for key in ("own", "units", "wide"))
    words = _ScopeWords(_alternation([*own, *units, *wide]), _alternation(own), _alternation(units),
                        _alternation(wide), tuple(units), tuple(wide))
    if len(_SCOPE_WORDS) >= 64:
        _SCOPE_WORDS.clear()
    _SCOPE_WORDS[id(spec)] = (spec, words)
    return words
