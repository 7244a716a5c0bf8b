"""Theme codebook and the lexicon tagger of sentences (SCHEMA.md §6).

The codebook (``lexicons/codebook.yaml``) lists, for each of the sixteen fixed top-level
themes, literal ``terms``, regular-expression ``patterns``, ``exclusions`` (contexts in which a
match does not mean the theme) and ``subthemes`` with their own terms and patterns.

Matching works on character spans, never on tokens, so segmentation cannot hide a term: all
literal terms form one compiled alternation (longest first, so the longer term wins where two
overlap: 权责清单 is matched whole and its 清单 is not matched again), written as a prefix tree,
and each pattern is searched separately. Whitespace is ignored while matching (PDF text wraps
lines inside words), and every span points into the text as given. A theme's exclusions are
searched only in texts where the theme has a match, and :func:`tag_text` stops looking for a
theme once it is found.

Speed: with ``pyahocorasick`` (a dependency), one Aho-Corasick scan of a text finds the terms
(the same leftmost-longest matches as the alternation) and which literal strings the patterns
and exclusions need are present (:func:`textmine.literals.pattern_literals`); a pattern that
lacks them cannot match and is not searched. The structures are built once per codebook.

Example:
    >>> tag_text("召开新闻发布会3次，在线访谈2期。")
    ('interpretation',)
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from textmine.errors import LexiconError
from textmine.literals import best_literals, pattern_literals
from textmine.model import Sentence

logger = logging.getLogger(__name__)

#: The fixed top-level theme ids of SCHEMA.md §6, in their canonical order.
THEME_IDS: tuple[str, ...] = (
    "leadership",
    "institutions",
    "platform_web",
    "platform_media",
    "proactive",
    "key_areas",
    "interpretation",
    "participation",
    "requests",
    "appeals",
    "info_management",
    "training",
    "supervision",
    "services",
    "power_oversight",
    "grassroots",
)

#: Characters ignored while matching (spaces and line breaks inside wrapped PDF text).
RE_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ThemeMatch:
    """One codebook hit: ``text[start:end]`` is where ``term`` was found.

    ``term`` is the codebook term for a literal hit, or the matched characters (whitespace
    removed) for a pattern hit; ``subtheme`` is the sub-theme id or ``None``.
    """

    theme: str
    subtheme: str | None
    term: str
    start: int
    end: int


@dataclass(frozen=True)
class Subtheme:
    """A sub-theme of a top-level theme (id like ``key_areas.budget``)."""

    id: str
    name_zh: str
    name_en: str
    terms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Theme:
    """A top-level theme with its vocabulary."""

    id: str
    name_zh: str
    name_en: str
    definition: str
    terms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    exclusions: tuple[str, ...] = ()
    subthemes: tuple[Subtheme, ...] = ()

    def all_terms(self) -> list[tuple[str, str | None]]:
        """Every literal term of the theme with the sub-theme it belongs to (``None`` = top)."""
        out: list[tuple[str, str | None]] = [(t, None) for t in self.terms]
        for sub in self.subthemes:
            out.extend((t, sub.id) for t in sub.terms)
        return out

    def all_patterns(self) -> list[tuple[str, str | None]]:
        """Every pattern of the theme with the sub-theme it belongs to (``None`` = top)."""
        out: list[tuple[str, str | None]] = [(p, None) for p in self.patterns]
        for sub in self.subthemes:
            out.extend((p, sub.id) for p in sub.patterns)
        return out


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"codebook: {where} must be a list of non-empty strings")
    return tuple(value)


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise LexiconError(
            f"codebook: {where}: pattern {pattern!r} does not compile: {exc}"
        ) from exc


def _prefix_tree(terms: Iterable[str]) -> str:
    """A regex of literal ``terms`` written as a prefix tree, longest term first.

    At each position the longest term printed there matches, exactly as with the alternation
    of the terms sorted longest first, but the engine reads each character once instead of
    trying every term in turn (children of a node start with different characters, so only
    one can go on; the shorter term ending at a node is the fallback).

    >>> _prefix_tree(["权责清单", "权责事项", "清单"])
    '(?:权责(?:事项|清单)|清单)'
    """
    root: dict[str, dict] = {}
    for term in terms:
        node = root
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}  # a term ends here

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(branches) == 1 else body + "?"

    return build(root)


class Codebook:
    """The theme codebook: themes in canonical order and their compiled matchers.

    Build it with :func:`load_codebook` (cached) or :meth:`from_mapping`. Matchers compile
    on first use.

    Example:
        >>> load_codebook().theme_ids[:2]
        ('leadership', 'institutions')
    """

    def __init__(self, themes: Sequence[Theme], *, version: str = "") -> None:
        self.themes: tuple[Theme, ...] = tuple(themes)
        self.version = version
        self._by_id = {t.id: t for t in self.themes}

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Codebook:
        """Validate a parsed codebook YAML and build the codebook.

        Raises:
            LexiconError: a top-level id of SCHEMA.md §6 is missing or unknown, a field has
                the wrong type, a pattern does not compile or a term repeats within a theme.
        """
        if not isinstance(data, Mapping) or not isinstance(data.get("themes"), list):
            raise LexiconError("codebook: expected a mapping with a 'themes' list")
        themes: list[Theme] = []
        for raw in data["themes"]:
            tid = raw.get("id") if isinstance(raw, Mapping) else None
            if tid not in THEME_IDS:
                raise LexiconError(
                    f"codebook: unknown theme id {tid!r}; top-level ids are fixed by SCHEMA.md §6"
                )
            subs = []
            for s in raw.get("subthemes") or []:
                sid = s.get("id", "")
                if not isinstance(sid, str) or not sid.startswith(tid + "."):
                    raise LexiconError(f"codebook: sub-theme id {sid!r} must start with '{tid}.'")
                subs.append(
                    Subtheme(
                        id=sid,
                        name_zh=str(s.get("name_zh", "")),
                        name_en=str(s.get("name_en", "")),
                        terms=_strings(s.get("terms"), f"{sid}.terms"),
                        patterns=_strings(s.get("patterns"), f"{sid}.patterns"),
                    )
                )
            theme = Theme(
                id=tid,
                name_zh=str(raw.get("name_zh", "")),
                name_en=str(raw.get("name_en", "")),
                definition=str(raw.get("definition", "")),
                terms=_strings(raw.get("terms"), f"{tid}.terms"),
                patterns=_strings(raw.get("patterns"), f"{tid}.patterns"),
                exclusions=_strings(raw.get("exclusions"), f"{tid}.exclusions"),
                subthemes=tuple(subs),
            )
            seen: set[str] = set()
            for term, _ in theme.all_terms():
                if term in seen:
                    raise LexiconError(f"codebook: term {term!r} repeats in theme {tid!r}")
                if RE_SPACE.search(term):
                    raise LexiconError(f"codebook: term {term!r} of {tid!r} contains whitespace")
                seen.add(term)
            for pat, _ in theme.all_patterns():
                _compile(pat, tid)
            for pat in theme.exclusions:
                _compile(pat, f"{tid}.exclusions")
            themes.append(theme)
        ids = [t.id for t in themes]
        missing = [t for t in THEME_IDS if t not in ids]
        if missing or len(set(ids)) != len(ids):
            raise LexiconError(f"codebook: themes missing {missing} or listed twice: {ids}")
        order = {t: i for i, t in enumerate(THEME_IDS)}
        themes.sort(key=lambda t: order[t.id])
        return cls(themes, version=str(data.get("version", "")))

    @property
    def theme_ids(self) -> tuple[str, ...]:
        """Theme ids in codebook order."""
        return tuple(t.id for t in self.themes)

    def theme(self, theme_id: str) -> Theme:
        """The theme with id ``theme_id`` (raises ``KeyError`` for an unknown id)."""
        return self._by_id[theme_id]

    def terms(self) -> list[str]:
        """Every literal term of every theme and sub-theme, unique and sorted."""
        return sorted({term for t in self.themes for term, _ in t.all_terms()})

    @functools.cached_property
    def _term_owners(self) -> dict[str, list[tuple[str, str | None]]]:
        owners: dict[str, list[tuple[str, str | None]]] = {}
        for t in self.themes:
            for term, sub in t.all_terms():
                owners.setdefault(term, []).append((t.id, sub))
        return owners

    @functools.cached_property
    def _term_regex(self) -> re.Pattern[str]:
        return re.compile(_prefix_tree(self._term_owners) or r"(?!x)x")

    @functools.cached_property
    def _patterns(self) -> list[tuple[str, str | None, re.Pattern[str]]]:
        return [(t.id, sub, _compile(p, t.id)) for t in self.themes for p, sub in t.all_patterns()]

    @functools.cached_property
    def _exclusions(self) -> dict[str, list[re.Pattern[str]]]:
        return {t.id: [_compile(p, t.id) for p in t.exclusions] for t in self.themes}

    @functools.cached_property
    def _scanner(self) -> _Scanner:
        return _Scanner(self)

    @functools.cached_property
    def _order(self) -> dict[str, int]:
        return {t: i for i, t in enumerate(self.theme_ids)}

    def __getstate__(self) -> dict[str, Any]:
        return {"themes": self.themes, "version": self.version}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["themes"], version=state["version"])  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"Codebook(version={self.version!r}, themes={len(self.themes)})"


@functools.cache
def load_codebook(name: str = "codebook.yaml") -> Codebook:
    """Load and validate the codebook lexicon ``name`` (cached per name).

    Raises:
        LexiconError: the file is missing or invalid.

    >>> load_codebook().theme("training").name_zh
    '培训与宣传'
    """
    from textmine.lexicons import load_yaml

    return Codebook.from_mapping(load_yaml(name))


def codebook_terms(*, codebook: Codebook | None = None) -> list[str]:
    """All literal codebook terms, for a segmenter's user dictionary.

    >>> "权责清单" in codebook_terms()
    True
    """
    return (codebook or load_codebook()).terms()


def _compact(text: str) -> tuple[str, Sequence[int]]:
    """Drop whitespace; return the compact text and the original index of each character."""
    if not RE_SPACE.search(text):
        return text, range(len(text))
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if not ch.isspace():
            chars.append(ch)
            index.append(i)
    return "".join(chars), index


#: The fields of :class:`Sentence` that :func:`tag_sentences` copies, in order (it falls back
#: to ``dataclasses.replace`` when the class has others).
SENTENCE_FIELDS = ("sentence_id", "section_id", "kind", "text", "start", "end", "themes")
#: Most texts whose themes a codebook's scanner remembers (then it forgets them all).
MAX_MEMO = 1 << 15
#: Longest text remembered (a sentence; longer texts seldom repeat): at most about 20 MB.
MEMO_CHARS = 300


class _Gate:
    """What a text must hold for a pattern to match: one string of ``first`` (a pattern is a
    candidate where the scan finds one) and one string of each other set of
    :func:`pattern_literals` (``rest``). The scan finds the strings of both, so a gate is asked
    with the strings found, never by searching the text again. Both empty: any text."""

    __slots__ = ("first", "rest")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        literals = pattern_literals(pattern)
        self.first: frozenset[str] = best_literals(literals) if literals else frozenset()
        self.rest = tuple(req for req in literals if req is not self.first)

    def strings(self) -> set[str]:
        """Every string the gate asks about (the scan looks for them all)."""
        return {*self.first, *(s for req in self.rest for s in req)}

    def holds(self, present: set[str]) -> bool:
        """True when the gate strings ``present`` in a text hold a string of every set of ``rest``."""
        return all(not req.isdisjoint(present) for req in self.rest)


class _Scanner:
    """A codebook's terms and the literals of its patterns, found in a text in one pass.

    Built once per codebook (:attr:`Codebook._scanner`). With ``pyahocorasick`` installed, one
    Aho-Corasick automaton holds every literal term and the most selective set of
    :func:`pattern_literals` of every pattern and exclusion: one scan of a text gives the term
    matches (leftmost-longest, as the term regex finds them) and the literal strings present,
    and a pattern whose literals are absent is not searched. Without it, the term regex finds
    the terms and every pattern is searched.
    """

    def __init__(self, codebook: Codebook) -> None:
        self._codebook = codebook  # its term regex compiles only where there is no automaton
        self.patterns: list[tuple[str, str | None, re.Pattern[str]]] = codebook._patterns
        self._gates = [_Gate(rx) for *_, rx in self.patterns]
        self._exclusions = {
            theme: [(rx, _Gate(rx)) for rx in rxs] for theme, rxs in codebook._exclusions.items()
        }
        # per theme: the exclusions searched in every text, and the others by first-set string
        self._excl_ungated: dict[str, list[int]] = {}
        self._excl_index: dict[str, dict[str, list[int]]] = {}
        for theme, pats in self._exclusions.items():
            index = self._excl_index[theme] = {}
            for j, (_, gate) in enumerate(pats):
                if not gate.first:
                    self._excl_ungated.setdefault(theme, []).append(j)
                for key in gate.first:
                    index.setdefault(key, []).append(j)
        self._excl_keys = {theme: frozenset(index) for theme, index in self._excl_index.items()}
        # each gate's ``rest`` (asked in the loops of :meth:`candidates` and :meth:`exclusions`
        # without a call per gate: most have none or one set)
        self._rests = [g.rest for g in self._gates]
        self._excl_rests = {theme: [(rx, gate.rest) for rx, gate in pats] for theme, pats in self._exclusions.items()}
        self._all = list(range(len(self.patterns)))
        self._ungated = [i for i, g in enumerate(self._gates) if not g.first]
        self._by_key: dict[str, list[int]] = {}  # a string of a pattern's first set → patterns
        for i, gate in enumerate(self._gates):
            for key in gate.first:
                self._by_key.setdefault(key, []).append(i)
        self._automaton = self._build(codebook)
        self._term_themes = {  # each term's themes, once each
            term: tuple(dict.fromkeys(theme for theme, _ in owners))
            for term, owners in codebook._term_owners.items()
        }
        self._order = codebook._order
        self._memo: dict[str, tuple[str, ...]] = {}  # compact text → its themes

    def themes(self, compact: str) -> tuple[str, ...]:
        """The themes of a non-empty compact text, in codebook order (see :func:`tag_text`),
        remembered per text: reports repeat the genre's sentences word for word (本年度未收取
        信息处理费), so a corpus asks for the same text again and again."""
        if len(compact) > MEMO_CHARS:
            return self._themes(compact)
        memo = self._memo
        found = memo.get(compact)
        if found is None:
            found = self._themes(compact)
            if len(memo) >= MAX_MEMO:
                memo.clear()  # bounded: a run's memory must not grow with the corpus
            memo[compact] = found
        return found

    def _themes(self, compact: str) -> tuple[str, ...]:
        """:meth:`themes`, worked out."""
        terms, present = self.scan(compact)
        found: set[str] = set()
        excluded: _Exclusions | None = None
        term_themes = self._term_themes
        for start, end, term in terms:
            for theme in term_themes[term]:
                if theme in found:
                    continue
                if excluded is None:
                    excluded = _Exclusions(self, compact, present)
                if not excluded.covers(theme, start, end):
                    found.add(theme)
        patterns = self.patterns
        for i in self.candidates(compact, present):
            theme, _, rx = patterns[i]
            if theme in found:
                continue  # a pattern cannot add a theme already found
            for m in rx.finditer(compact):
                if m.end() > m.start():
                    if excluded is None:
                        excluded = _Exclusions(self, compact, present)
                    if not excluded.covers(theme, m.start(), m.end()):
                        found.add(theme)
                        break
        if len(found) < 2:
            return tuple(found)
        return tuple(sorted(found, key=self._order.__getitem__))

    def _build(self, codebook: Codebook) -> Any:
        from textmine.wordscan import automaton

        gates = self._gates + [g for pats in self._exclusions.values() for _, g in pats]
        keys = {key: (False, True) for gate in gates for key in gate.strings()}
        for term in codebook._term_owners:
            keys[term] = (True, term in keys)
        built = automaton({key: (key, len(key) - 1, is_term, is_gate) for key, (is_term, is_gate) in keys.items()})
        if built is None:  # the term regex, and every pattern searched
            logger.debug("pyahocorasick is not installed: themes are matched by regex alone")
        return built

    def scan(self, compact: str) -> tuple[list[tuple[int, int, str]], set[str] | None]:
        """The term matches ``(start, end, term)`` of the term regex in ``compact``, and the
        gate strings present (``None``: not known, every pattern may match)."""
        if self._automaton is None:
            regex = self._codebook._term_regex
            return [(m.start(), m.end(), m.group()) for m in regex.finditer(compact)], None
        found = list(self._automaton.iter(compact))
        present = {v[0] for _, v in found if v[3]}
        hits = [(end - v[1], -end - 1, v[0]) for end, v in found if v[2]]
        if len(hits) < 2:
            return [(start, -neg, key) for start, neg, key in hits], present
        hits.sort()  # by start, the longest first
        terms: list[tuple[int, int, str]] = []
        pos = 0
        for start, neg_end, key in hits:  # leftmost-longest, not overlapping: the regex's choice
            if start >= pos:
                pos = -neg_end
                terms.append((start, pos, key))
        return terms, present

    def candidates(self, compact: str, present: set[str] | None) -> list[int]:
        """Indices into :attr:`patterns` of the patterns that may match, in codebook order."""
        if present is None:
            return self._all
        by_key = self._by_key
        found = [i for key in present if key in by_key for i in by_key[key]]
        if self._ungated:
            found += self._ungated
        if not found:
            return found
        rests = self._rests
        out = []
        for i in sorted(set(found)):
            for req in rests[i]:  # _Gate.holds
                if req.isdisjoint(present):
                    break
            else:
                out.append(i)
        return out

    def exclusions(self, theme: str, compact: str, present: set[str] | None) -> list[re.Pattern[str]]:
        """The exclusions of ``theme`` that may match ``compact``."""
        pats = self._exclusions[theme]
        if present is None:
            return [rx for rx, _ in pats]
        keys = self._excl_keys[theme].intersection(present)
        if not keys and theme not in self._excl_ungated:
            return []
        index = self._excl_index[theme]
        found = {j for key in keys for j in index[key]}
        found.update(self._excl_ungated.get(theme, ()))
        rests = self._excl_rests[theme]
        out = []
        for j in sorted(found):
            rx, rest = rests[j]
            for req in rest:  # _Gate.holds
                if req.isdisjoint(present):
                    break
            else:
                out.append(rx)
        return out


class _Exclusions:
    """Where each theme's exclusions match in one compact text, searched on first need.

    ``covers(theme, start, end)`` is true when one exclusion match contains ``start..end``:
    the matches are sorted by start, so a bisect finds those starting at or before ``start``
    and a running maximum of their ends says whether one reaches ``end``. Exclusions that
    cannot match (a literal they need is not ``present``) are not searched.
    """

    def __init__(self, scanner: _Scanner, compact: str, present: set[str] | None) -> None:
        self._scanner = scanner
        self._compact = compact
        self._present = present
        self._spans: dict[str, tuple[list[int], list[int]]] = {}

    def covers(self, theme: str, start: int, end: int) -> bool:
        spans = self._spans.get(theme)
        if spans is None:
            spans = self._spans[theme] = self._search(theme)
        starts, reach = spans
        if not starts:
            return False
        i = bisect.bisect_right(starts, start)
        return i > 0 and reach[i - 1] >= end

    def _search(self, theme: str) -> tuple[list[int], list[int]]:
        compact = self._compact
        patterns = self._scanner.exclusions(theme, compact, self._present)
        if not patterns:
            return [], []
        found = sorted((m.start(), m.end()) for rx in patterns for m in rx.finditer(compact))
        return [s for s, _ in found], list(itertools.accumulate((e for _, e in found), max))


def match_terms(text: str, *, codebook: Codebook | None = None) -> list[ThemeMatch]:
    """Find every codebook term and pattern in ``text`` that no exclusion suppresses.

    Args:
        text: any text (a sentence, a paragraph).
        codebook: the codebook to use (default: :func:`load_codebook`).

    Returns:
        Matches sorted by start, end and theme order; ``text[m.start:m.end]`` is the matched
        text (it equals ``m.term`` for a literal term when ``text`` has no whitespace inside).

    >>> [(m.theme, m.term) for m in match_terms("动态调整权责清单")]
    [('power_oversight', '权责清单')]
    """
    cb = codebook or load_codebook()
    compact, index = _compact(text)
    if not compact:
        return []
    raw: list[tuple[int, int, str, str | None, str]] = []
    owners = cb._term_owners
    scanner = cb._scanner
    terms, present = scanner.scan(compact)
    for start, end, term in terms:
        for theme, sub in owners[term]:
            raw.append((start, end, theme, sub, term))
    patterns = scanner.patterns
    for i in scanner.candidates(compact, present):
        theme, sub, rx = patterns[i]
        for m in rx.finditer(compact):
            if m.end() > m.start():
                raw.append((m.start(), m.end(), theme, sub, m.group()))
    excluded = _Exclusions(scanner, compact, present)
    order = cb._order
    out = {
        ThemeMatch(theme, sub, term, index[s], index[e - 1] + 1)
        for s, e, theme, sub, term in raw
        if not excluded.covers(theme, s, e)
    }
    return sorted(out, key=lambda m: (m.start, m.end, order[m.theme], m.subtheme or "", m.term))


def tag_text(text: str, *, codebook: Codebook | None = None) -> tuple[str, ...]:
    """The themes of ``text``, in codebook order (the themes of :func:`match_terms`).

    >>> tag_text("依申请公开答复质量待进一步提升")
    ('requests',)
    """
    cb = codebook or load_codebook()
    compact = RE_SPACE.sub("", text)  # _compact's text, without the index nobody reads here
    return cb._scanner.themes(compact) if compact else ()


def tag_texts(texts: Iterable[str], *, codebook: Codebook | None = None) -> list[tuple[str, ...]]:
    """:func:`tag_text` over many texts.

    >>> tag_texts(["召开新闻发布会", "无"])
    [('interpretation',), ()]
    """
    cb = codebook or load_codebook()
    return [tag_text(t, codebook=cb) for t in texts]


def tag_sentences(
    sentences: Sequence[Sentence], *, codebook: Codebook | None = None
) -> list[Sentence]:
    """Copies of ``sentences`` with ``themes`` filled by the lexicon tagger.

    >>> s = Sentence(1, None, "overview", "开展政务公开业务培训", 0, 10)
    >>> tag_sentences([s])[0].themes
    ('training',)
    """
    cb = codebook or load_codebook()
    if tuple(f.name for f in dataclasses.fields(Sentence)) != SENTENCE_FIELDS:  # pragma: no cover
        return [dataclasses.replace(s, themes=tag_text(s.text, codebook=cb)) for s in sentences]
    # the constructor itself: dataclasses.replace costs six times as much per sentence
    return [
        Sentence(s.sentence_id, s.section_id, s.kind, s.text, s.start, s.end, tag_text(s.text, codebook=cb))
        for s in sentences
    ]
