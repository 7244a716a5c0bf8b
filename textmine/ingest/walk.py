"""Expanding files and folders into the list of report inputs.

Example:
    >>> walk(["../shared/corpus/seed"])  # doctest: +SKIP
    ([PosixPath('../shared/corpus/seed/gaotai-2016.txt')], 0)
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

logger = logging.getLogger(__name__)

#: File extensions that are read as reports (compared case-insensitively).
REPORT_EXTENSIONS: tuple[str, ...] = (
    ".txt",
    ".md",
    ".htm",
    ".html",
    ".shtml",
    ".pdf",
    ".docx",
    ".doc",
)

#: Word-processor formats that may hold a report but are not read: walked so that the
#: manifest says what to do with them (save as .docx or PDF) instead of a silent skip.
UNREADABLE_REPORT_EXTENSIONS: tuple[str, ...] = (".wps", ".rtf")


def _hidden(name: str) -> bool:
    """Dot files and folders, and Office lock files (``~$report.docx``)."""
    return name.startswith(".") or name.startswith("~$")


def _documentation(name: str) -> bool:
    """A folder's own README/LICENSE files describe the corpus; they are not reports."""
    stem = name.rsplit(".", 1)[0].upper()
    return stem in ("README", "LICENSE", "CHANGELOG")


def walk(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Path]]:
    """Expand files and folders into report inputs.

    Folders are walked recursively; files with a report extension (or a word-processor format
    that is not read, ``.wps``/``.rtf``, so that its error is recorded) are kept, hidden files and
    folders are skipped, and other files (including a folder's README/LICENSE) are counted as
    ignored. A path given explicitly as a file is
    always kept, whatever its extension (so a manifest can record why it failed).

    Args:
        paths: files and folders.

    Returns:
        ``(inputs, ignored)``: the inputs sorted by POSIX path without duplicates, and the
        non-hidden files in the folders that were not reports (sorted), so that a run can name
        what it left out.

    Raises:
        FileNotFoundError: a path does not exist.

    >>> walk([])
    ([], [])
    """
    found: dict[str, Path] = {}
    ignored: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_file():
            found.setdefault(path.as_posix(), path)
            continue
        if not path.is_dir():
            raise FileNotFoundError(
                f"{path}: no such file or folder (expected a report file or a folder of reports)"
            )
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not _hidden(d))
            for name in sorted(files):
                if _hidden(name):
                    continue
                child = Path(root) / name
                suffix = child.suffix.lower()
                if suffix in (*REPORT_EXTENSIONS, *UNREADABLE_REPORT_EXTENSIONS) and not _documentation(name):
                    found.setdefault(child.as_posix(), child)
                else:
                    ignored.append(child)
    inputs = [found[key] for key in sorted(found)]
    # a file also given explicitly is an input, not ignored
    ignored = sorted((p for p in ignored if p.as_posix() not in found), key=Path.as_posix)
    logger.debug("walk: %d inputs, %d other files ignored", len(inputs), len(ignored))
    return inputs, ignored
