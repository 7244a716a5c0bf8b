"""Word segmentation on a jieba tokenizer that textmine owns.

Never jieba's global tokenizer: :class:`JiebaSegmenter` builds its own ``jieba.Tokenizer``
on first use, loads textmine's domain dictionary (``lexicons/userdict.txt``) plus any extra
words, silences jieba's logger and keeps jieba's model cache in a per-user folder. It is
cheap to construct and picklable (the tokenizer is rebuilt lazily after unpickling), so it
works in worker processes and as scikit-learn's ``tokenizer=``.

Example:
    >>> seg = JiebaSegmenter()
    >>> "一网通办" in seg.cut("全面推行一网通办")  # doctest: +SKIP
    True
"""

from __future__ import annotations

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
            import jieba

            logging.getLogger("jieba").setLevel(logging.WARNING)
            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.tmp_dir = str(_cache_dir())
            tokenizer.cache_file = "jieba.textmine.cache"
            tokenizer.initialize()
            if self.userdict:
                from textmine import lexicons

                for word, freq, tag in _parse_userdict(lexicons.read_text("userdict.txt")):
                    tokenizer.add_word(word, freq, tag)
            words = list(self.extra_words)
            if self.codebook:
                from textmine.themes import codebook_terms

                words.extend(codebook_terms())
            for word in sorted(set(words)):
                tokenizer.add_word(word)
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
            f"JiebaSegmenter(extra_words=<{len(self.extra_words)} words>, hmm={self.hmm}, "
            f"userdict={self.userdict}, codebook={self.codebook})"
        )


def load_stopwords() -> frozenset[str]:
    """The stopword list of ``lexicons/stopwords.txt``."""
    from textmine import lexicons

    return frozenset(lexicons.load_list("stopwords.txt"))
