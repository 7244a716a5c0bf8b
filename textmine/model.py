"""Plain records shared by every stage of textmine.

This module imports nothing from the rest of the package. Every record that points at text
carries ``start``/``end``: a character span into the report's *normalised* text
(:attr:`Document.text`), so a researcher can always go back to the words it came from.

Example:
    >>> Section(section_id=1, parent_id=None, level=1, number="一", title="总体情况",
    ...         kind="overview", start=0, end=10, heading_end=6).kind
    'overview'
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

#: Section kinds of SCHEMA.md §1, in their canonical order.
SECTION_KINDS: tuple[str, ...] = (
    "preamble",
    "overview",
    "measures",
    "proactive",
    "response",
    "requests",
    "consultation",
    "fees",
    "appeals",
    "problems",
    "plans",
    "other",
    "statistics",
    "closing",
)

#: Template eras of SCHEMA.md §2 (``None`` means no statistics table was recognised).
TEMPLATES: tuple[str, ...] = ("gov2021", "gov2019", "gov2014", "local")

#: Admin levels of a reporting body.
ADMIN_LEVELS: tuple[str, ...] = (
    "province",
    "city",
    "county",
    "district",
    "township",
    "department",
    "other",
)

#: Cell statuses of SCHEMA.md §3.
CELL_STATUSES: tuple[str, ...] = ("number", "blank", "dash", "none_word", "text", "missing")

#: Manifest statuses.
MANIFEST_STATUSES: tuple[str, ...] = ("ok", "warning", "error")


@dataclass
class Table:
    """A table read from markup (HTML, DOCX, pipe tables) as a grid of strings.

    Row- and column-spans are expanded: a cell spanning two columns appears in both, so every
    row has the same length. ``start``/``end`` is where the table was rendered into the
    normalised text (tab-separated cells, one row per line), or ``None`` before normalisation.
    """

    rows: list[list[str]]
    start: int | None = None
    end: int | None = None
    caption: str = ""
    source: str = "html"  # html | pipe | docx | pdf
    #: rows that printed fewer cells than the grid is wide (HTML rows whose cells stop short:
    #: their empty end is padding, not printed empty cells)
    short_rows: tuple[int, ...] = ()


@dataclass
class Document:
    """One input read into text: the stage between bytes and structure.

    ``raw_text`` is the decoded text as the file gave it (markup removed for HTML, the
    rendering of paragraphs and tables for Word and PDF); ``text`` is the normalised text that
    every span points into; ``offsets[i]`` is the index in ``raw_text`` of ``text[i]``
    (``len(offsets) == len(text)``). ``pages`` (PDF only) holds the index in ``text`` where
    each page starts. ``source`` holds the metadata a crawl table gave for the report
    (``title``, ``date``, ``url``, ``issuer``); it is empty for a file.
    """

    text: str
    raw_text: str
    offsets: list[int]
    sha256: str
    path: str | None = None
    format: str = "txt"  # txt | md | html | pdf | docx | doc
    encoding: str = "utf-8"
    tables: list[Table] = field(default_factory=list)
    header: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    source: dict[str, str] = field(default_factory=dict)

    def page_of(self, start: int) -> int | None:
        """The 1-based page of the text index ``start`` (``None`` when the input has no pages).

        >>> Document("ab", "ab", [0, 1], "", pages=[0, 1]).page_of(1)
        2
        """
        if not self.pages:
            return None
        return max(1, bisect.bisect_right(self.pages, start))

    @property
    def report_id(self) -> str:
        """Stable id of the input bytes: the first 16 hex digits of their sha256."""
        return self.sha256[:16]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` back to :attr:`raw_text` offsets."""
        if start >= len(self.offsets):
            return (len(self.raw_text), len(self.raw_text))
        raw_start = self.offsets[start]
        raw_end = self.offsets[end - 1] + 1 if end > start else raw_start
        return (raw_start, raw_end)


@dataclass
class ReportMeta:
    """Metadata of one report; every field may be ``None`` when the text does not say."""

    title: str | None = None
    issuer: str | None = None
    admin_level: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    year: int | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    template: str | None = None


@dataclass
class Section:
    """A numbered part of a report; ``start``..``end`` covers heading and body."""

    section_id: int
    parent_id: int | None
    level: int
    number: str | None
    title: str
    kind: str
    start: int
    end: int
    heading_end: int


@dataclass
class Sentence:
    """A sentence unit of prose with its section (table regions are never sentences)."""

    sentence_id: int
    section_id: int | None
    kind: str
    text: str
    start: int
    end: int
    themes: tuple[str, ...] = ()


@dataclass
class Number:
    """A number found in text; ``value`` is exact (int or Decimal), never a float."""

    value: int | Decimal
    start: int
    end: int
    text: str
    kind: str  # count | amount | percent | ordinal | year | date | code | ...
    qualifier: str | None = None  # more_than | less_than | about | total | cumulative
    upper: int | Decimal | None = None  # upper bound of a range
    unit: str | None = None


@dataclass
class Fact:
    """A numeric fact stated in prose: what was counted, how many, in which unit."""

    fact_id: int
    sentence_id: int | None
    value: int | Decimal
    unit: str | None
    qualifier: str | None
    counted: str | None
    indicator: str | None
    text: str
    start: int
    end: int
    change: str | None = None  # increase | decrease
    upper: int | Decimal | None = None


@dataclass(slots=True)
class Cell:
    """One cell of a statistics table, mapped to stable template keys (SCHEMA.md §3)."""

    template: str
    table: str
    row_key: str | None
    col_key: str | None
    value: int | Decimal | None
    raw: str
    status: str
    unit: str | None = None
    start: int | None = None
    end: int | None = None
    label: str | None = None
    grid_row: int | None = None
    grid_col: int | None = None
    inferred: bool = False
    note: str | None = None


@dataclass
class Finding:
    """A failed consistency check (SCHEMA.md §4 ``findings``)."""

    check_id: str
    severity: str  # error | warning
    message: str
    expected: Any = None
    found: Any = None
    cells: tuple[str, ...] = ()
    start: int | None = None
    end: int | None = None


@dataclass
class Item:
    """An enumerated problem, plan or measure item."""

    item_id: int
    section_id: int | None
    kind: str
    text: str
    start: int
    end: int
    themes: tuple[str, ...] = ()
    concrete: bool = False


@dataclass
class Report:
    """A structured report: the document, its metadata, sections, sentences and annotations.

    The structure is kept as lists of records (``sections``, ``sentences``, ``fact_records``…).
    :func:`textmine.read` returns a :class:`textmine.frames.AnalysedReport`, which also gives
    the annotations as DataFrames (``facts``, ``cells``, ``findings``, ``items``).
    """

    document: Document
    meta: ReportMeta
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    fact_records: list[Fact] = field(default_factory=list)
    cell_records: list[Cell] = field(default_factory=list)
    finding_records: list[Finding] = field(default_factory=list)
    item_records: list[Item] = field(default_factory=list)

    @property
    def report_id(self) -> str:
        return self.document.report_id

    @property
    def text(self) -> str:
        return self.document.text
