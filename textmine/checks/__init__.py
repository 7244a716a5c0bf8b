"""Consistency checks: which numbers of a report's statistics tables can a researcher trust.

The identities of FORMAT.md §3 are data in ``lexicons/checks.yaml`` (cell references, an
operator, a severity, a one-line explanation); this module is the engine that evaluates them
on :class:`~textmine.model.Cell` records and explains every failure in one sentence.

* :func:`check_cells` — HARD (error) and SOFT (warning) rules within one report's tables.
* :func:`check_prose` — numbers stated in prose (facts with an ``indicator``) against the table.
* :func:`check_cross_year` — the same body's consecutive reports (carry-over, running totals,
  copied tables).

Blank, dash and 无 cells count as 0 in sums, and a finding says when its sums relied on them;
``missing`` cells (the report lacks the row or column) make a rule skip silently, except that a
whole missing table gives one ``TABLE-MISSING`` warning.

Example:
    >>> from textmine.model import Cell
    >>> cells = [Cell("gov2014", "stats", "staff", "value", 5, "5", "number"),
    ...          Cell("gov2014", "stats", "staff_full_time", "value", 2, "2", "number"),
    ...          Cell("gov2014", "stats", "staff_part_time", "value", 2, "2", "number")]
    >>> [f.check_id for f in check_cells(cells) if f.severity == "error"]
    ['P-6']

The package has one module per concept, in the order data flows through them:

* :mod:`~textmine.checks.spec` — the checks lexicon and the printed labels of template rows and columns;
* :mod:`~textmine.checks.index` — cell references of ``checks.yaml`` and the lookup of cells;
* :mod:`~textmine.checks.render` — the one sentence a researcher reads for a failed identity;
* :mod:`~textmine.checks.doubt` — doubts about our own reading (cells placed by an unsettled reading);
* :mod:`~textmine.checks.identities` — the engine over one report's cells;
* :mod:`~textmine.checks.prose`, :mod:`~textmine.checks.history`, :mod:`~textmine.checks.period` — prose against
  tables, consecutive years, and the statistics period and template era;
* :mod:`~textmine.checks.scope` — whose requests a prose count counts (a whole jurisdiction, subordinate units);
* :mod:`~textmine.checks.reference` — what a prose count refers to (another year, part of the year, the caseload,
  a running total, withdrawn requests, the carry-over included);
* :mod:`~textmine.checks.second_set` — a second set of tables after the first, which ``cells`` lack.
"""

from __future__ import annotations

from textmine.checks.doubt import one_doubt_per_table
from textmine.checks.history import check_cross_year
from textmine.checks.identities import check_cells, infer_template
from textmine.checks.index import cell_key, cell_number
from textmine.checks.period import RE_PERIOD, check_period, check_template_year
from textmine.checks.prose import MAGNITUDES, check_prose
from textmine.checks.render import fmt_number
from textmine.checks.second_set import check_second_set
from textmine.checks.spec import (
    BLANKISH,
    LEXICON,
    RE_LABEL_NOISE,
    RE_LABEL_NUMBER,
    RE_TERM,
    RE_TRAILING_PAREN,
    TEMPLATES_LEXICON,
    Number,
    check_ids,
    check_info,
    checks_spec,
    col_label,
    normalize_label,
    row_label,
    table_label,
)
from textmine.meta import normalize_issuer

__all__ = [
    "BLANKISH",
    "LEXICON",
    "MAGNITUDES",
    "Number",
    "RE_LABEL_NOISE",
    "RE_LABEL_NUMBER",
    "RE_PERIOD",
    "RE_TERM",
    "RE_TRAILING_PAREN",
    "TEMPLATES_LEXICON",
    "cell_key",
    "cell_number",
    "check_cells",
    "check_cross_year",
    "check_ids",
    "check_info",
    "check_period",
    "check_prose",
    "check_second_set",
    "check_template_year",
    "checks_spec",
    "col_label",
    "fmt_number",
    "infer_template",
    "normalize_issuer",
    "normalize_label",
    "one_doubt_per_table",
    "row_label",
    "table_label",
]
