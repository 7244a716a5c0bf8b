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
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textmine.frames import AnalysedReport
from textmine.model import Cell, Document, Report

if TYPE_CHECKING:
    from textmine.tables.records import Statement

logger = logging.getLogger(__name__)


def read(
    source: str | os.PathLike[str] | bytes, *, name: str | None = None, ocr: bool = False,
    evidence: Sequence[Statement] = (),
) -> Report:
    """Read one file (or its bytes) and return the analysed :class:`Report`.

    Args:
        source: a path, or the raw bytes of a report.
        name: a file name for bytes input (used to guess the format and in messages).
        ocr: read PDF pages without a text layer through tesseract (when installed).
        evidence: what the same body's previous report settles about the cells (see
            :func:`analyze`).

    Raises:
        ReadError: the input is empty, binary, undecodable or of an unsupported format.
    """
    from textmine import _recache

    _recache.install(record=False)  # the stages' regexes from the disk cache, before their modules load
    from textmine.ingest import read_document

    return analyze(read_document(source, name=name, ocr=ocr), evidence=evidence)


def analyze(doc: Document, *, evidence: Sequence[Statement] = ()) -> Report:
    """Structure and annotate a :class:`Document` read by :mod:`textmine.ingest`.

    ``evidence``: statements about the cells that the same body's report of the year before
    settles (:func:`textmine.tables.evidence.last_year_statements`); the corpus run passes them
    when it reads again a report whose table reading was not settled.
    """
    from textmine import _recache

    _recache.install(record=False)  # (see read)
    from textmine.meta import extract_meta
    from textmine.sections import find_sections
    from textmine.sentences import split_sentences

    sections = find_sections(doc.text)
    meta = extract_meta(doc, sections)
    cells = _cells(doc, meta.template, evidence)
    exclude = [(t.start, t.end) for t in doc.tables if t.start is not None and t.end is not None]
    exclude += table_regions(doc.text, cells, meta.template)
    sentences = split_sentences(doc.text, sections, exclude=_merge(exclude))
    report = AnalysedReport(
        document=doc, meta=meta, sections=sections, sentences=sentences, cell_records=cells
    )
    if cells and meta.template != cells[0].template:
        # the text cues named no format but a table was read: the tables know its template
        replace_meta(report, template=cells[0].template)
    elif not cells and meta.template is not None:
        # the prose named a table format but no table was read: the report has no template
        replace_meta(report, template=None)
    for stage in ANNOTATORS:
        stage(report)
    return report


def _cells(doc: Document, template: str | None, evidence: Sequence[Statement] = ()) -> list[Cell]:
    """The report's table cells; none at all when no table was found (every cell missing).

    ``template`` is the one the metadata names; when it names none, the tables module detects
    one from the table's own labels (and ``analyze`` then records it in the metadata).
    """
    from textmine.tables import detect_template, extract_cells

    template = template or detect_template(doc)
    cells = extract_cells(doc, template=template, evidence=evidence) if template else []
    if not any(c.status != "missing" for c in cells):
        return []
    return cells


def table_regions(text: str, cells: list[Cell], template: str | None) -> list[tuple[int, int]]:
    """Spans of the statistics tables printed in ``text``: from each table's start to its last
    cell read from the text. Sentences are never cut from these regions.
    """
    if not template or not cells:
        return []
    from textmine.tables import template_regions
    from textmine.tables.registry import get_template

    spec = get_template(template)
    out = []
    for (start, end), table in zip(template_regions(text, spec), spec.tables, strict=True):
        ends = [
            c.end
            for c in cells
            if c.table == table.key and c.end is not None and c.start is not None
            and start <= c.start <= end
        ]
        if ends:
            out.append((start, max(ends)))
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _themes(report: Report) -> None:
    from textmine.themes import tag_sentences

    report.sentences = tag_sentences(report.sentences)


def _items(report: Report) -> None:
    from textmine.items import split_items

    report.item_records = split_items(report.text, report.sections, report.sentences)


def _facts(report: Report) -> None:
    from textmine.facts import extract_facts

    report.fact_records = extract_facts(
        report.text, report.sentences, template=report.meta.template
    )


def _checks(report: Report) -> None:
    from textmine.checks import (
        check_cells,
        check_period,
        check_prose,
        check_second_set,
        check_template_year,
        one_doubt_per_table,
    )

    period = check_period(report.text, report.meta.year)
    if not report.cell_records:
        report.finding_records = period
        return
    template = report.meta.template
    findings = check_cells(report.cell_records, template=template)
    findings += check_prose(report.fact_records, report.cell_records, template=template, text=report.text,
                            year=report.meta.year)
    findings = one_doubt_per_table(findings)
    findings += check_second_set(report.text, report.cell_records, template=template)
    findings += period + check_template_year(template, report.meta.year)
    report.finding_records = findings


ANNOTATORS = [_themes, _items, _facts, _checks]


def replace_meta(report: Report, **changes: object) -> None:
    """Update fields of ``report.meta`` in place (used by annotators that learn metadata)."""
    report.meta = dataclasses.replace(report.meta, **changes)
