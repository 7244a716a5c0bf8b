"""Typed errors of textmine: each message names the file or value, what was expected and what to do.

Example:
    >>> raise UnsupportedFormatError("a.xls", "format not supported yet")  # doctest: +SKIP
"""

from __future__ import annotations


class TextmineError(Exception):
    """Base class of every error textmine raises on purpose."""


class ReadError(TextmineError, ValueError):
    """An input could not be read into text (empty, binary, undecodable, truncated)."""

    #: How the corpus runner records it in the manifest.
    severity = "error"

    def __init__(self, source: str | None, message: str) -> None:
        self.source = source or "<bytes>"
        self.message = message
        super().__init__(f"{self.source}: {message}")


class UnsupportedFormatError(ReadError):
    """The input's format has no reader (yet)."""


class NoTextLayerError(ReadError):
    """A PDF whose pages hold no usable text (scanned images, or fonts that decode to garbage).

    Not the file's fault: the corpus runner records it as a warning (``--ocr`` may read it).
    """

    severity = "warning"


class LexiconError(TextmineError, ValueError):
    """A lexicon file is missing or malformed."""


class MissingDependencyError(TextmineError, ImportError):
    """An optional dependency is needed; the message gives the pip command."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"this needs the optional package {package!r}: pip install 'textmine[{extra}]'"
        )
