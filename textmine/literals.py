"""What literal text a regular expression needs: to skip searching where it cannot match.

:func:`pattern_literals` reads a compiled pattern with the standard library's own regex parser
and lists sets of literal strings of which every non-empty match holds one. A text without
any string of one set has no match, so the pattern need not be searched there. The answer is
never too strong: a case-insensitive pattern, a class such as ``.`` or ``\\d``, an assertion or
a back-reference adds nothing.

:class:`AnyOf` asks a list of patterns together, as one alternation where they can be joined.

Example:
    >>> import re
    >>> [sorted(s) for s in pattern_literals(re.compile("(召开|举办).{0,6}发布会"))]
    [['举办', '召开'], ['发布会']]
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

#: A back-reference or a conditional: a pattern that cannot be joined into an alternation.
RE_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")

#: Largest set of alternative strings :func:`pattern_literals` tracks for one piece of a pattern.
_EXACT_LIMIT = 32
#: Regex operators that repeat the item they hold.
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


def _parse(pattern: re.Pattern[str]) -> Any:
    """The parse tree of ``pattern`` (the standard library's own regex parser)."""
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]  # Python >= 3.11
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse  # type: ignore[no-redef]
    return sre_parse.parse(pattern.pattern, pattern.flags)


# What this module's analyses found for each pattern, kept on disk between processes. Every
# process of a corpus run asks them of the same few hundred lexicon patterns (the theme gates,
# the fact rules, the section cues), and each answer walks the pattern's parse tree made by
# ``re``'s parser in pure Python: a fifth of the fork server's warm-up, before any worker can
# start. The answers depend only on the pattern, its flags, this module's code and the Python
# build, which the file's stamp names; the fork server saves what it worked out
# (:func:`save_cache`, beside the compiled regexes of :mod:`textmine._recache`), every process
# reads it back. ``TEXTMINE_NO_CACHE=1`` turns it off.

_cache_lock = threading.Lock()
#: The file's entries, ``(analysis, pattern, flags)`` -> the answer marshalled (unmarshalled on
#: each use: a caller never shares an answer's sets with another); ``None`` until read.
_stored: dict[tuple[str, Any, int], bytes] | None = None
#: The entries this process used or worked out (what :func:`save_cache` keeps), and how many are new.
_used: dict[tuple[str, Any, int], bytes] = {}
_new = [0]
#: A cache file holding more entries than this keeps only those of the process that writes it.
MAX_STORED = 20_000


def _cache_file() -> Path | None:
    """The cache file of this code and Python build (a file each: checkouts or installs of other
    code that share the folder keep theirs); ``None`` when caches are off."""
    from textmine._recache import cache_dir

    root = cache_dir()
    stamp = _cache_stamp() if root is not None else ""
    if not stamp:
        return None
    return root / f"literals-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.marshal"


def _cache_stamp() -> str:
    """What the stored answers depend on: the Python build (its regex parser) and this module's code."""
    try:
        code = Path(__file__).read_bytes()
    except OSError:  # pragma: no cover - no source file to name the code by: no cache
        return ""
    return f"{sys.version}|{hashlib.sha256(code).hexdigest()}"


def _read_stored() -> dict[tuple[str, Any, int], bytes]:
    """The entries of the cache file (none when caches are off, or the file is missing, damaged
    or of other code)."""
    path = _cache_file()
    if path is None:
        return {}
    stamp = _cache_stamp()
    try:
        got, entries = marshal.loads(path.read_bytes())
        if got == stamp and isinstance(entries, dict):
            return entries
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001, S110 - a damaged or foreign file: work the answers out
        pass
    return {}


def _remembered(analysis: str, pattern: re.Pattern[str], work: Callable[[], Any]) -> Any:
    """``work()``, the answer of ``analysis`` for ``pattern``: read from the cache file when it
    holds it, else worked out (and kept for :func:`save_cache`)."""
    global _stored
    if _stored is None:
        with _cache_lock:
            if _stored is None:
                _stored = _read_stored()
    key = (analysis, pattern.pattern, pattern.flags)
    packed = _stored.get(key)
    if packed is not None:
        _used[key] = packed
        return marshal.loads(packed)
    value = work()
    try:
        packed = marshal.dumps(value)
    except ValueError:  # pragma: no cover - every answer is plain data
        return value
    with _cache_lock:
        if key not in _used:
            _used[key] = packed
            _new[0] += 1
    return value


def save_cache() -> None:
    """Add the answers worked out in this process to the cache file, when some were not in it
    (the fork server calls it after its warm-up); what another process saved meanwhile is kept."""
    path = _cache_file()
    if path is None or not _new[0]:
        return
    stamp = _cache_stamp()
    with _cache_lock:
        used = dict(_used)
        _new[0] = 0
    entries = {**_read_stored(), **used}
    if len(entries) > MAX_STORED:
        entries = used
    from textmine._recache import write_whole
    from textmine.lexicons import _prune

    write_whole(path, marshal.dumps((stamp, entries)))
    _prune(path)  # the last few versions of the code kept


def _charset(items: Any) -> set[str] | None:
    """The characters a character class ``[...]`` matches, when it is a short explicit list."""
    out: set[str] = set()
    for op, av in items:
        if op.name == "LITERAL":
            out.add(chr(av))
        elif op.name == "RANGE" and av[1] - av[0] < _EXACT_LIMIT:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\\d, \\s …), a long range
            return None
    return out if len(out) <= _EXACT_LIMIT else None


def _product(left: set[str], right: set[str]) -> set[str] | None:
    if len(left) * len(right) > _EXACT_LIMIT:
        return None
    return {a + b for a in left for b in right}


def _seq_exact(items: Any) -> set[str] | None:
    """Every string a sequence of regex items can match, when that is a short list."""
    out: set[str] | None = {""}
    for item in items:
        exact = _item_exact(item)
        out = None if exact is None or out is None else _product(out, exact)
        if out is None:
            return None
    return out


def _item_exact(item: Any) -> set[str] | None:
    """Every string one regex item can match, when that is a short list (else ``None``)."""
    op, av = item
    name = op.name
    if name == "LITERAL":
        return {chr(av)}
    if name == "IN":
        return _charset(av)
    if name == "SUBPATTERN":
        return None if av[1] & re.IGNORECASE else _seq_exact(av[3])
    if name == "BRANCH":
        out: set[str] = set()
        for branch in av[1]:
            exact = _seq_exact(branch)
            if exact is None:
                return None
            out |= exact
        return out if len(out) <= _EXACT_LIMIT else None
    if name in _REPEATS and av[1] <= 2:
        one = _seq_exact(av[2])
        if one is None:
            return None
        out, power = set(), {""}
        for count in range(av[1] + 1):
            if count >= av[0]:
                out |= power
            if count < av[1]:
                nxt = _product(power, one)
                if nxt is None:
                    return None
                power = nxt
        return out if len(out) <= _EXACT_LIMIT else None
    return None


def best_literals(requirements: list[frozenset[str]]) -> frozenset[str]:
    """The most selective of :func:`pattern_literals`' sets: the longest shortest string, then
    the fewest strings.

    >>> sorted(best_literals([frozenset({"公开", "发布"}), frozenset({"发布会"})]))
    ['发布会']
    """
    return max(requirements, key=lambda r: (min(map(len, r)), -len(r)))


def _seq_requirements(items: Any) -> list[frozenset[str]]:
    reqs: list[frozenset[str]] = []
    run: set[str] = {""}  # the strings the items since the last unknown item match exactly
    for item in items:
        exact = _item_exact(item)
        joined = None if exact is None else _product(run, exact)
        if joined is not None:
            run = joined
            continue
        if "" not in run:
            reqs.append(frozenset(run))
        run = exact if exact is not None else {""}
        if exact is None:
            reqs.extend(_item_requirements(item))
    if "" not in run:
        reqs.append(frozenset(run))
    return reqs


def _item_requirements(item: Any) -> list[frozenset[str]]:
    op, av = item
    name = op.name
    if name == "SUBPATTERN" and not av[1] & re.IGNORECASE:
        return _seq_requirements(av[3])
    if name == "ATOMIC_GROUP":
        return _seq_requirements(av)
    if name in _REPEATS and av[0] >= 1:
        return _seq_requirements(av[2])
    if name == "BRANCH":
        union: set[str] = set()
        for branch in av[1]:
            reqs = _seq_requirements(branch)
            if not reqs:
                return []
            union |= best_literals(reqs)
        return [frozenset(union)]
    return []  # ANY, a negated class, an assertion (outside the match), a back-reference …


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop every string that contains another one of the set (the shorter one is enough)."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def pattern_literals(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Sets of literal strings of which every non-empty match of ``pattern`` contains one.

    A text that contains no string of one of the sets has no match, so the pattern need not
    be searched there. The list is empty when nothing is known (a pattern that ignores case,
    or is made only of classes like ``.`` and ``\\d``); it never claims too much.

    >>> [sorted(r) for r in pattern_literals(re.compile("(召开|举办)[^，。]{0,6}发布会"))]
    [['举办', '召开'], ['发布会']]
    """
    if pattern.flags & re.IGNORECASE:
        return []
    return _remembered("literals", pattern, lambda: _literals(pattern))


def _literals(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """:func:`pattern_literals`, worked out."""
    try:
        reqs = _seq_requirements(_parse(pattern))
    except (RecursionError, re.error, AttributeError, TypeError, IndexError):  # pragma: no cover
        return []
    out: list[frozenset[str]] = []
    for req in map(_minimal, reqs):
        if req not in out:
            out.append(req)
    return out


#: Zero-width items: a match's first character is the one of the item after them.
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})


def _seq_first(items: Any) -> tuple[set[str], bool, bool] | None:
    """The characters a match of a sequence of regex items may start with, whether a decimal
    digit (``\\d``) may start it, and whether it may be empty; ``None`` when not known."""
    chars: set[str] = set()
    digits = False
    for item in items:
        first = _item_first(item)
        if first is None:
            return None
        chars |= first[0]
        digits = digits or first[1]
        if not first[2]:
            return chars, digits, False
    return chars, digits, True


def _item_first(item: Any) -> tuple[set[str], bool, bool] | None:
    op, av = item
    name = op.name
    if name in _ZERO_WIDTH:
        return set(), False, True  # (an assertion: the next item gives the first character)
    if name == "LITERAL":
        return {chr(av)}, False, False
    if name == "IN":
        chars: set[str] = set()
        digits = False
        for iop, iav in av:
            if iop.name == "LITERAL":
                chars.add(chr(iav))
            elif iop.name == "RANGE" and iav[1] - iav[0] < 256:
                chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
            elif iop.name == "CATEGORY" and iav.name == "CATEGORY_DIGIT":
                digits = True
            else:  # NEGATE, another category, a long range
                return None
        return chars, digits, False
    if name == "SUBPATTERN":
        return None if av[1] & re.IGNORECASE else _seq_first(av[3])
    if name == "ATOMIC_GROUP":
        return _seq_first(av)
    if name in _REPEATS:
        first = _seq_first(av[2])
        return None if first is None else (first[0], first[1], first[2] or av[0] == 0)
    if name == "BRANCH":
        chars, digits, empty = set(), False, False
        for branch in av[1]:
            first = _seq_first(branch)
            if first is None:
                return None
            chars |= first[0]
            digits = digits or first[1]
            empty = empty or first[2]
        return chars, digits, empty
    return None


def _first(pattern: re.Pattern[str]) -> tuple[set[str], bool, bool] | None:
    """:func:`_seq_first` of the whole of ``pattern``; ``None`` when not known."""
    return _remembered("first", pattern, lambda: _first_worked_out(pattern))


def _first_worked_out(pattern: re.Pattern[str]) -> tuple[set[str], bool, bool] | None:
    try:
        return _seq_first(_parse(pattern))
    except (RecursionError, re.error, AttributeError, TypeError, IndexError):  # pragma: no cover
        return None


def first_chars(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One character class of the characters a match of any of ``patterns`` may start with
    (a position where it does not match starts no match of them); ``None`` when that is not
    known for one of them (a class like ``.``, case-insensitive, may match empty).

    >>> first_chars([re.compile("(?<!第)[一二](?=是)"), re.compile(r"(?:人民)?政府|\\d+件")]).pattern
    '[一二人政\\\\d]'
    >>> first_chars([re.compile("a?")]) is None, first_chars([re.compile(".")]) is None
    (True, True)
    """
    chars: set[str] = set()
    digits = False
    for pattern in patterns:
        if pattern.flags & re.IGNORECASE:
            return None
        first = _first(pattern)
        if first is None or first[2]:
            return None
        chars |= first[0]
        digits = digits or first[1]
    if not chars and not digits:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + (r"\d" if digits else "") + "]")


def _pattern_first(pattern: re.Pattern[str]) -> set[str] | None:
    """The characters a match of ``pattern`` may start with; ``None`` when not known or not
    only characters (case-insensitive, may start with a digit class or match empty)."""
    if pattern.flags & re.IGNORECASE:
        return None
    first = _first(pattern)
    if first is None or first[1] or first[2] or not first[0]:
        return None
    return first[0]


class ByFirstChar:
    """A list of patterns indexed by the characters their matches may start with.

    :meth:`at` gives, in list order, the patterns that may match at a position: those that may
    start with the character there, and every pattern whose first character is not known. To
    ask each pattern that may match at a position (the longest match of several, where
    :class:`AnyOf` gives only the first), without asking the many that cannot.

    >>> by_first = ByFirstChar((re.compile("主动公开"), re.compile("(政府)?依申请"), re.compile(r"\\d+")))
    >>> [p.pattern for p in by_first.at("依申请公开")], [p.pattern for p in by_first.at("其他")]
    (['(政府)?依申请', '\\\\d+'], ['\\\\d+'])
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        firsts = [_pattern_first(p) for p in self.patterns]
        chars = set().union(*(f for f in firsts if f is not None))
        #: per character, the patterns that may start there (in list order); other characters: :attr:`rest`
        self._index = {
            ch: tuple(p for p, f in zip(self.patterns, firsts, strict=True) if f is None or ch in f) for ch in chars
        }
        self.rest = tuple(p for p, f in zip(self.patterns, firsts, strict=True) if f is None)

    def at(self, text: str, pos: int = 0) -> tuple[re.Pattern[str], ...]:
        """The patterns that may match at ``pos`` of ``text``, in list order."""
        return self._index.get(text[pos : pos + 1], self.rest)


def may_match(literals: list[frozenset[str]], text: str) -> bool:
    """False when ``text`` lacks every string of one of the sets (then there is no match).

    >>> may_match([frozenset({"附件下载", "相关附件"})], "正文")
    False
    """
    return all(any(s in text for s in req) for req in literals)


def literal_gate(literals: list[frozenset[str]]) -> re.Pattern[str] | None:
    """One regex that matches (at the start) a text holding a string of every set, for
    asking :func:`may_match` in one call; ``None`` when there are no sets (any text may match).

    >>> gate = literal_gate([frozenset({"召开", "举办"}), frozenset({"发布会"})])
    >>> bool(gate.match("今年举办新闻发布会")), bool(gate.match("今年举办培训"))
    (True, False)
    """
    if not literals:
        return None
    parts = ("|".join(re.escape(s) for s in sorted(req)) for req in literals)
    return re.compile("".join(f"(?=.*?(?:{part}))" for part in parts), re.S)



class AnyOf:
    """A list of patterns asked together: the match of the first of them that matches.

    The patterns are joined into one alternation, which tries them left to right at each
    position, so :meth:`match` gives the match of the first pattern in the list that matches
    there, and :meth:`search` the leftmost match (the earlier pattern on a tie), as asking them
    one by one would, in one call. Patterns that cannot be joined (flags, back-references,
    repeated group names) are asked one by one.

    :meth:`match` first asks whether the character at ``pos`` is one a match of any pattern may
    start with (:func:`first_chars`, worked out on the first call): most positions asked start
    none, and that test is one character class.

    >>> any_of = AnyOf((re.compile("ab"), re.compile("a"), re.compile("乙")))
    >>> any_of.match("ac").group(), any_of.search("丙乙").group(), AnyOf(()).match("甲")
    ('a', '乙', None)
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self._first: re.Pattern[str] | None | bool = False  # False: not worked out yet
        self._joined: re.Pattern[str] | None = None
        if self.patterns and not any(
            p.flags & ~re.UNICODE or RE_GROUP_REFERENCE.search(p.pattern) for p in self.patterns
        ):
            try:
                self._joined = re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns))
            except re.error:
                self._joined = None

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The match at ``pos`` of the first pattern that matches there, or None."""
        if self._first is False:
            self._first = first_chars(self.patterns) if self.patterns else None
        if self._first is not None and not self._first.match(text, pos):
            return None  # (no pattern starts with the character at pos)
        if self._joined is not None:
            return self._joined.match(text, pos)
        return next((m for p in self.patterns if (m := p.match(text, pos))), None)

    def search(self, text: str) -> re.Match[str] | None:
        """The leftmost match of any pattern in ``text`` (the earlier pattern on a tie), or None."""
        if self._joined is not None:
            return self._joined.search(text)
        found = [(m.start(), k, m) for k, p in enumerate(self.patterns) if (m := p.search(text))]
        return min(found, key=lambda t: t[:2])[2] if found else None
