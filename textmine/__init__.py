"""textmine: deterministic, offline text mining of Chinese government disclosure annual reports.

Importing textmine is cheap: jieba, lexicons and pandas load on first use.

Example:
    >>> import textmine
    >>> report = textmine.read("corpora/gaotai-2016.txt")  # doctest: +SKIP
    >>> report.meta.year  # doctest: +SKIP
    2016
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from textmine._version import __version__

logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:  # pragma: no cover
    from textmine.audits import audit
    from textmine.corpus import tag
    from textmine.panels import panel
    from textmine.pipeline import analyze, read

__all__ = ["__version__", "read", "analyze", "tag", "panel", "audit"]

_LAZY = {
    "read": ("textmine.pipeline", "read"),
    "analyze": ("textmine.pipeline", "analyze"),
    "tag": ("textmine.corpus", "tag"),
    "panel": ("textmine.panels", "panel"),
    "audit": ("textmine.audits", "audit"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'textmine' has no attribute {name!r}")
