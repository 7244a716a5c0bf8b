"""Shared plumbing of :mod:`textmine.compare`: reading tables, theme lists and token lists.

Private to the subpackage; every public function of ``compare`` takes a :class:`Frames`
or a plain ``dict`` of DataFrames (as read back from ``textmine tag`` output) and goes
through :func:`table` and :func:`theme_lists` so both shapes work the same.

Example:
    >>> import pandas as pd
    >>> theme_lists(pd.Series(['["requests"]', None]))
    [('requests',), ()]
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

#: A token made only of digits, punctuation, symbols or underscores (dropped from word counts).
RE_NOT_A_WORD = re.compile(r"^[\W\d_]+$")

#: Grouping columns that the ``sentences`` table itself has.
SENTENCE_KEYS = ("report_id", "sentence_id", "section_id", "kind")


def table(frames: Any, name: str) -> pd.DataFrame:
    """Table ``name`` of a :class:`~textmine.frames.Frames` or of a dict of DataFrames.

    Raises:
        KeyError: the dict has no such table.
    """
    if isinstance(frames, Mapping):
        if name not in frames:
            raise KeyError(
                f"no {name!r} table among {sorted(frames)}; pass the tables textmine tag wrote"
            )
        return frames[name]
    return frames.table(name)


def theme_lists(values: Iterable[Any]) -> list[tuple[str, ...]]:
    """Theme ids of each row, whether stored as lists, arrays, JSON text or ``|``-joined text."""
    out: list[tuple[str, ...]] = []
    for value in values:
        if value is None or (isinstance(value, float) and np.isnan(value)):
            out.append(())
        elif isinstance(value, str):
            value = value.strip()
            if not value:
                out.append(())
            elif value.startswith("["):
                out.append(tuple(json.loads(value)))
            else:
                out.append(tuple(v for v in value.split("|") if v))
        else:
            out.append(tuple(str(v) for v in value))
    return out


def sentences_with(frames: Any, columns: Sequence[str]) -> pd.DataFrame:
    """The ``sentences`` table with the ``reports`` columns among ``columns`` joined on.

    Raises:
        KeyError: a column is neither in ``sentences`` nor in ``reports``.
    """
    sents = table(frames, "sentences").copy()
    wanted = [c for c in columns if c not in sents.columns]
    if wanted:
        reports = table(frames, "reports")
        missing = [c for c in wanted if c not in reports.columns]
        if missing:
            raise KeyError(
                f"grouping columns {missing} are neither in sentences nor in reports "
                f"(reports has {list(reports.columns)}); add them to frames.reports first"
            )
        sents = sents.merge(
            reports[["report_id", *wanted]].drop_duplicates("report_id"), on="report_id", how="left"
        )
    return sents


def report_texts(frames: Any) -> pd.Series:
    """Each report's prose: its sentences joined in order, indexed by ``report_id`` (sorted)."""
    sents = table(frames, "sentences")
    if sents.empty:
        return pd.Series(dtype=object, name="text")
    order = sents.sort_values(["report_id", "start" if "start" in sents.columns else "sentence_id"])
    joined = order.groupby("report_id", sort=True)["text"].agg(
        lambda s: "\n".join(str(t) for t in s)
    )
    joined.name = "text"
    return joined


class Analyzer:
    """A picklable text → tokens callable: segment, drop stopwords and non-words.

    Plugs into ``TfidfVectorizer(analyzer=Analyzer(...))``.

    Args:
        segmenter: anything with ``cut(text) -> list[str]`` (default: :class:`JiebaSegmenter`).
        stopwords: tokens to drop (default: ``lexicons/stopwords.txt``; pass ``()`` for none).

    Example:
        >>> Analyzer(segmenter=str.split, stopwords=("的",))("公开 的 2016 信息")
        ['公开', '信息']
    """

    def __init__(self, *, segmenter: Any = None, stopwords: Collection[str] | None = None) -> None:
        self.segmenter = segmenter
        self.stopwords = stopwords
        self._seg: Any = None
        self._stop: frozenset[str] | None = None

    def _ready(self) -> None:
        if self._seg is None:
            if self.segmenter is None:
                from textmine.segment import JiebaSegmenter

                self._seg = JiebaSegmenter()
            else:
                self._seg = self.segmenter
        if self._stop is None:
            if self.stopwords is None:
                from textmine.segment import load_stopwords

                self._stop = load_stopwords()
            else:
                self._stop = frozenset(self.stopwords)

    def __call__(self, text: str) -> list[str]:
        self._ready()
        assert self._stop is not None
        cut = self._seg.cut if hasattr(self._seg, "cut") else self._seg
        return [
            t
            for t in cut(str(text))
            if t.strip() and t not in self._stop and not RE_NOT_A_WORD.match(t)
        ]

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_seg"] = None
        state["_stop"] = None
        return state

    def __repr__(self) -> str:
        return f"Analyzer(segmenter={self.segmenter!r})"
