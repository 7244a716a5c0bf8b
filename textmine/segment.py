"""Word segmentation on a jieba tokenizer that textmine owns.

Never jieba's global tokenizer: :class:`JiebaSegmenter` builds its own ``jieba.Tokenizer``
on first use, loads textmine's domain dictionary (``lexicons/userdict.txt``) plus any extra
words, silences jieba's logger and keeps jieba's model cache in a per-user folder. It is
cheap to construct and picklable (the tokenizer is rebuilt lazily after unpickling), so it
works in worker processes and as scikit-learn's ``tokenizer=``.

:class:`RjiebaSegmenter` is the same segmenter on jieba-rs (``pip install 'textmine[fast]'``),
about ten times faster, with the same dictionary and the same word frequencies and total as
the jieba backend, so that both give the same tokens (tested on the whole corpus).
:func:`get_segmenter` picks a backend by name.

Example:
    >>> seg = get_segmenter("jieba")
    >>> "一网通办" in seg.cut("全面推行一网通办")  # doctest: +SKIP
    True
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

logger = logging.getLogger(__name__)


@runtime_checkable
class Segmenter(Protocol):
    """Anything that turns a text into a list of tokens."""

    def cut(self, text: str) -> list[str]: ...

    def __call__(self, text: str) -> list[str]: ...


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "textmine"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:  # read-only home: fall back to a private temp folder
        path = Path(tempfile.gettempdir()) / f"textmine-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
        path.mkdir(parents=True, exist_ok=True)
    return path


def _parse_userdict(text: str) -> list[tuple[str, int | None, str | None]]:
    """Parse jieba user-dictionary lines ``word [freq] [tag]``; blank and ``#`` lines skipped."""
    entries = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        word = parts[0]
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[2] if len(parts) > 2 else None
        entries.append((word, freq, tag))
    return entries


class JiebaSegmenter:
    """A picklable segmenter owning its own ``jieba.Tokenizer`` with textmine's dictionary.

    Args:
        extra_words: further terms that must stay single tokens (e.g. codebook terms).
        hmm: let jieba guess unknown words with its HMM (off by default: deterministic
            dictionary-only segmentation is easier to reason about).
        userdict: use textmine's domain dictionary (``lexicons/userdict.txt``).
        codebook: also add every term of the theme codebook, so that segmentation never
            splits a term the theme tagger matches.
    """

    def __init__(
        self,
        *,
        extra_words: Iterable[str] = (),
        hmm: bool = False,
        userdict: bool = True,
        codebook: bool = True,
    ) -> None:
        self.extra_words = tuple(sorted(set(extra_words)))
        self.hmm = hmm
        self.userdict = userdict
        self.codebook = codebook
        self._tokenizer: Any = None

    def initialize(self) -> JiebaSegmenter:
        """Build the tokenizer now (otherwise it is built on the first :meth:`cut`)."""
        if self._tokenizer is None:
            tokenizer = _jieba_tokenizer()
            for word, freq, tag in _dictionary(self.userdict, self.codebook, self.extra_words):
                tokenizer.add_word(word, freq, tag)
            self._tokenizer = tokenizer
            logger.debug("jieba tokenizer ready with %d extra words", len(self.extra_words))
        return self

    def cut(self, text: str) -> list[str]:
        """Segment ``text`` into tokens (whitespace tokens dropped)."""
        self.initialize()
        return [t for t in self._tokenizer.lcut(text, HMM=self.hmm) if t.strip()]

    __call__ = cut

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_tokenizer"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(extra_words=<{len(self.extra_words)} words>, hmm={self.hmm}, "
            f"userdict={self.userdict}, codebook={self.codebook})"
        )


def _jieba_tokenizer() -> Any:
    """A fresh, initialised ``jieba.Tokenizer`` with jieba's logger silenced and its model
    cache in textmine's per-user cache folder."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(_cache_dir())
    tokenizer.cache_file = "jieba.textmine.cache"
    tokenizer.initialize()
    return tokenizer


def _dictionary(
    userdict: bool, codebook: bool, extra_words: Iterable[str]
) -> list[tuple[str, int | None, str | None]]:
    """The words every backend adds to jieba's dictionary, in order: ``userdict.txt`` entries
    (with their frequency and tag), then the extra and codebook words (frequency suggested)."""
    entries: list[tuple[str, int | None, str | None]] = []
    if userdict:
        from textmine import lexicons

        entries.extend(_parse_userdict(lexicons.read_text("userdict.txt")))
    words = list(extra_words)
    if codebook:
        from textmine.themes import codebook_terms

        words.extend(codebook_terms())
    entries.extend((word, None, None) for word in sorted(set(words)))
    return entries


#: A dictionary entry no text can reach (private-use characters are never inside a word
#: block), whose frequency carries the difference in dictionary totals between the backends.
_BALLAST = "\U000f0000\U000f0001"


def _rjieba_dictionary(userdict: bool, codebook: bool, extra_words: tuple[str, ...]) -> dict[str, Any]:
    """The entries to give jieba-rs so that it scores words exactly as the jieba backend does.

    jieba and jieba-rs share the default dictionary, but when a word is added jieba adds its
    frequency to the dictionary total without removing the old one, and suggests frequencies
    from that total; jieba-rs keeps the total exact. So the final frequency of every added
    word is taken from a jieba tokenizer built as :class:`JiebaSegmenter` builds it, and the
    difference in totals goes to a ballast entry. Cached per lexicon version in the user cache.
    """
    import jieba

    from textmine import lexicons

    key = hashlib.sha256(
        json.dumps([lexicons.lexicon_version(), jieba.__version__, userdict, codebook, extra_words]).encode()
    ).hexdigest()[:16]
    path = _cache_dir() / f"rjieba-dictionary-{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    entries = _dictionary(userdict, codebook, extra_words)
    tokenizer = _jieba_tokenizer()
    start_total = tokenizer.total
    before = {word: tokenizer.FREQ.get(word, 0) for word, _, _ in entries}
    tags: dict[str, str | None] = {}
    for word, freq, tag in entries:
        tokenizer.add_word(word, freq, tag)
        tags[word] = tag or tags.get(word)
    final = {word: tokenizer.FREQ[word] for word in before}
    exact_total = start_total + sum(final[w] - before[w] for w in final)
    data = {
        "words": [[word, final[word], tags[word]] for word in final],
        "ballast": tokenizer.total - exact_total,
    }
    try:
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:  # a read-only cache only costs the rebuild next time
        logger.debug("could not cache %s", path)
    return data


class RjiebaSegmenter(JiebaSegmenter):
    """:class:`JiebaSegmenter` on jieba-rs (the ``rjieba`` binding): the same options, the same
    dictionary and frequencies, the same tokens, much faster.

    Needs ``pip install 'textmine[fast]'``. Picklable like :class:`JiebaSegmenter`.

    Example:
        >>> RjiebaSegmenter().cut("全面推行一网通办")  # doctest: +SKIP
        ['全面', '推行', '一网通办']
    """

    def initialize(self) -> RjiebaSegmenter:
        """Build the jieba-rs tokenizer now (otherwise it is built on the first :meth:`cut`)."""
        if self._tokenizer is None:
            try:
                import rjieba
            except ImportError as exc:
                raise ImportError(
                    "the rjieba segmenter needs the rjieba package: pip install 'textmine[fast]'"
                ) from exc
            data = _rjieba_dictionary(self.userdict, self.codebook, self.extra_words)
            tokenizer = rjieba.Jieba()
            for word, freq, tag in data["words"]:
                tokenizer.add_word(word, freq, tag)
            if data["ballast"]:
                tokenizer.add_word(_BALLAST, data["ballast"], None)
            self._tokenizer = tokenizer
            logger.debug("rjieba tokenizer ready with %d words added", len(data["words"]))
        return self

    def cut(self, text: str) -> list[str]:
        """Segment ``text`` into tokens (whitespace tokens dropped)."""
        self.initialize()
        return [t for t in self._tokenizer.cut(text, hmm=self.hmm) if t.strip()]

    __call__ = cut


#: Segmenter backends by name (``textmine tag --segmenter NAME``).
SEGMENTERS: dict[str, type[JiebaSegmenter]] = {"jieba": JiebaSegmenter, "rjieba": RjiebaSegmenter}


def get_segmenter(name: str = "jieba", **options: Any) -> JiebaSegmenter:
    """A segmenter backend by name, built with ``options`` (see :class:`JiebaSegmenter`).

    Raises:
        ValueError: ``name`` is not one of :data:`SEGMENTERS`.

    Example:
        >>> get_segmenter("rjieba", hmm=False)
        RjiebaSegmenter(extra_words=<0 words>, hmm=False, userdict=True, codebook=True)
    """
    try:
        return SEGMENTERS[name](**options)
    except KeyError:
        raise ValueError(
            f"unknown segmenter {name!r}; expected one of {', '.join(sorted(SEGMENTERS))}"
        ) from None


def load_stopwords() -> frozenset[str]:
    """The stopword list of ``lexicons/stopwords.txt``."""
    from textmine import lexicons

    return frozenset(lexicons.load_list("stopwords.txt"))
