"""From a document to an annotated report: the stages in one place, in order.

``read`` = ingest + ``analyze``. ``analyze`` runs the structure stages (sections, sentences,
metadata) and then the annotators (themes, facts, tables, checks, items). Each stage takes
the previous stages' plain records and returns new ones; nothing here reads files except
through :mod:`textmine.ingest`.

Example:
    >>> report = read("corpora/gaotai-2016.txt")  # doctest: +SKIP
    >>> [s.kind for s in report.sections][:3]  # doctest: +SKIP
    ['measures', 'proactive', 'requests']
"""

from __future__ import annotations

import dataclasses
import logging
import os

from textmine.model import Document, Report

logger = logging.getLogger(__name__)


def read(source: str | os.PathLike[str] | bytes, *, name: str | None = None) -> Report:
    """Read one file (or its bytes) and return the analysed :class:`Report`.

    Args:
        source: a path, or the raw bytes of a report.
        name: a file name for bytes input (used to guess the format and in messages).

    Raises:
        ReadError: the input is empty, binary, undecodable or of an unsupported format.
    """
    from textmine.ingest import read_document

    return analyze(read_document(source, name=name))


def analyze(doc: Document) -> Report:
    """Structure and annotate a :class:`Document` read by :mod:`textmine.ingest`."""
    from textmine.meta import extract_meta
    from textmine.sections import find_sections
    from textmine.sentences import split_sentences

    sections = find_sections(doc.text)
    exclude = [(t.start, t.end) for t in doc.tables if t.start is not None and t.end is not None]
    sentences = split_sentences(doc.text, sections, exclude=exclude)
    meta = extract_meta(doc, sections)
    report = Report(document=doc, meta=meta, sections=sections, sentences=sentences)
    for stage in ANNOTATORS:
        stage(report)
    return report


def _themes(report: Report) -> None:
    from textmine.themes import tag_sentences

    report.sentences = tag_sentences(report.sentences)


def _items(report: Report) -> None:
    from textmine.items import split_items

    report.item_records = split_items(report.text, report.sections, report.sentences)


ANNOTATORS = [_themes, _items]


def replace_meta(report: Report, **changes: object) -> None:
    """Update fields of ``report.meta`` in place (used by annotators that learn metadata)."""
    report.meta = dataclasses.replace(report.meta, **changes)
