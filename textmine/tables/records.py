"""The plain records the table stages hand each other (no logic beyond a property).

``step1_regions`` → :class:`Region`; ``step2_tokens`` → :class:`TableTokens` (one
:class:`RowTokens` per row label, :class:`Token` cells); ``step2_grids`` → :class:`FoundRow` (a
grid's cells are already placed by its header); ``step3_readings`` → :class:`TableReadings`
(:class:`RowReadings` with every candidate list of :class:`Piece` cells); ``step4_scoring`` →
:class:`Choice` per row; ``step5_placing`` → :class:`FoundRow` → :class:`~textmine.model.Cell`.

Example:
    >>> Piece("42", 3, 5, split=True).raw
    '42'
    >>> FoundRow(0, None, "主动公开信息数", {"value": FoundCell("425", 3, 6)}).has_values
    True
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textmine.tables.labels import RowHit
from textmine.tables.registry import RowSpec, TableSpec


@dataclass(slots=True)
class Region:
    """Where one template table is printed in the text: ``text[start:end]``; ``printed`` when
    its caption or anchor is printed with its column labels (the table is there in some shape)."""

    table: TableSpec
    start: int
    end: int
    printed: bool = False


#: :attr:`Statement.source` of what the report says about its own cells.
OWN_STATEMENT = "the report's own statement"
#: :attr:`Statement.source` of what the same body's previous report settles.
LAST_YEAR = "the same body's report of the year before"
#: :attr:`Statement.source` of what the same body's next report settles.
NEXT_YEAR = "the same body's report of the year after"


@dataclass(frozen=True, slots=True)
class Statement:
    """A number the report states in prose about its own cells (制发规范性文件3件): ``value``
    equals the sum of ``cells`` (``(table, row, col)``); ``start``/``end`` span the statement.

    ``source`` names where the number comes from, as notes quote it: the report itself, or the
    same body's report of the year before or after (:mod:`textmine.tables.evidence`; span
    ``-1``).
    """

    cells: tuple[tuple[str, str, str], ...]
    value: int
    start: int
    end: int
    source: str = OWN_STATEMENT


@dataclass(slots=True)
class Token:
    """A cell (``kind`` value or blank) or a printed unit (``kind`` unit) with its span."""

    raw: str
    start: int
    end: int
    kind: str  # value | unit


@dataclass(slots=True)
class RowTokens:
    """The tokens printed after one template row's label.

    ``values`` are every value token in printed order; ``fitted`` those that fill the
    template's columns (an empty unit cell before them dropped, values beyond the last column
    left out — an optional column such as 小计 is the next stage's business); ``unit`` is the
    first unit printed in the row; ``mode`` the separator the row is printed with (``tab``,
    ``pipe``, ``lines`` or ``space``).
    """

    hit: RowHit
    values: list[Token]
    fitted: list[Token]
    unit: str | None
    mode: str


@dataclass(slots=True)
class TableTokens:
    """One region tokenised: its rows, the rows the template lacks and the fallbacks.

    ``rows`` — template rows by label; ``extras`` — printed rows whose label the template
    lacks, already keyed by column; ``single`` — the data tokens of a ``single_row`` table
    (table 四); ``value_lines`` — runs of values ending each line, for the order-only fallback
    when the labels are displaced; ``mode`` — the region's default separator; ``run`` — in a
    one-cell-per-line region, the run of line breaks between two cells when longer runs show
    the empty cells (``None``: an empty cell may print no line at all).
    """

    region: Region
    mode: str
    rows: list[RowTokens] = field(default_factory=list)
    extras: list[FoundRow] = field(default_factory=list)
    single: list[Token] = field(default_factory=list)
    value_lines: list[list[Token]] | None = None  # read when the fallback asks (step2_tokens.value_lines)
    run: int | None = None


@dataclass(slots=True)
class Piece:
    """A cell made from (part of) a token: ``raw`` text and its span."""

    raw: str
    start: int
    end: int
    split: bool = False  # True when cut out of a longer digit run


def split_apart(pieces: list[Piece]) -> bool:
    """True when a row's cells were cut out of numbers the report printed apart: a split cell
    beside a number printed whole, or split cells of several numbers printed between separators
    (a gap between their spans). Either way the row may have lost empty cells instead, so how many
    cells each number holds is our guess; the cells of one run printed without separators are not.

    >>> split_apart([Piece("4", 0, 1, True), Piece("4", 1, 2, True), Piece("7", 3, 4, True)])
    True
    >>> split_apart([Piece("4", 0, 1, True), Piece("4", 1, 2, True), Piece("7", 2, 3, True)])
    False
    >>> split_apart([Piece("1", 0, 1, True), Piece("2", 1, 2, True), Piece("30", 3, 5)])
    True
    """
    split = [p for p in pieces if p.split]
    if not split:
        return False
    if any(not p.split and p.raw.strip() for p in pieces):
        return True
    return any(b.start > a.end for a, b in zip(split, split[1:], strict=False))


@dataclass(slots=True)
class Layout:
    """One way a row's value tokens fill columns: the columns, the tokens that fill them, every
    split of digit runs into exactly ``len(cols)`` cells (``[]`` when too few digits) and, when
    blanks are invisible (space-separated or run-together text with fewer values than
    columns), every :class:`Placement` of the values and the line's spacing gaps."""

    cols: list[str]
    values: list[Token]
    splits: list[list[Piece]]
    placements: list[Placement] | None = None
    gaps: list[int] | None = None
    #: a run whose digits can fill every column but whose empty cells may not be printed
    #: (run-together text): its splits into fewer cells are listed on demand
    #: (:func:`~textmine.tables.step3_readings.sparse_splits`)
    hides_blanks: bool = False
    #: the columns the values sit in on their lines (PDF layout text), when the page settles them
    positions: tuple[int, ...] | None = None


@dataclass(slots=True)
class Placement:
    """Cells of a row whose blank cells are not printed: ``pieces`` (the value tokens, or a run
    cut into more cells than tokens when ``split``) at the column indices ``at``."""

    pieces: list[Piece]
    at: tuple[int, ...]
    split: bool = False


@dataclass(slots=True)
class RowReadings:
    """The candidate readings of one row: one :class:`Layout` per column layout (the template's
    columns, or with the optional 小计 column at either place it is printed)."""

    key: str  # row key, or "~" + the normalised label of a local row without a key
    tokens: RowTokens
    layouts: list[Layout]


@dataclass(slots=True)
class TableReadings:
    """Every candidate reading of a region's rows (``single``: table 四's one row, keyed
    ``appeals``, with ``single_keys`` the ``row:col`` keys its cells fill in order)."""

    tokens: TableTokens
    rows: list[RowReadings] = field(default_factory=list)
    single: list[list[Piece]] = field(default_factory=list)
    single_keys: list[str] = field(default_factory=list)
    #: ``single`` lists the readings the line's spacing shows first, most likely first
    single_spaced: bool = False


@dataclass(slots=True)
class Choice:
    """The reading the scoring stage picked for a row: the columns, the cells (one piece per
    column, or fewer when digits run short) and the note that says how it was settled.

    ``placed`` is True when the values' positions were inferred (blanks not printed): every
    cell is then marked inferred with ``note``.
    """

    cols: list[str]
    pieces: list[Piece]
    note: str | None
    placed: bool = False
    #: columns every reading of the row its own identity allows gives the same value (the
    #: chosen one included): an identity that fails on them fails whatever the reading
    agreed: frozenset[str] = frozenset()


#: The note of the cells of a row printed with fewer cells than its columns (empty cells not
#: printed and no position to tell which): they are placed in column order, a guess the
#: checks treat as an unsettled reading (READING-UNCERTAIN, never an error of the report).
SHORT_ROW_NOTE = (
    "row printed with fewer cells than the table has columns: cells placed in column order; "
    "another placement of them may satisfy an identity this one fails"
)


#: Added to the note of a cell of an unsettled row (split or placed) whose value every reading of
#: the row its own identity allows shares: the checks hold it as read (a failed identity whose
#: cells all agree so fails whatever the reading, an error of the report).
AGREED_NOTE = "every reading of the row its identity allows gives this cell the same value"


#: Added to the note of cells cut out of a number printed between separators in a row whose
#: other numbers were printed apart: the row may instead have lost empty cells, so how many
#: cells the number holds is our guess (READING-UNCERTAIN when an identity fails on it).
SPLIT_SEPARATED_NOTE = (
    "a number printed between separators was split to fill the row (its empty cells may not be "
    "printed instead); another placement of them may satisfy an identity this one fails"
)


@dataclass(slots=True)
class FoundCell:
    """A cell read for a column: raw text and where it came from."""

    raw: str
    start: int | None
    end: int | None
    inferred: bool = False
    note: str | None = None
    grid_row: int | None = None
    grid_col: int | None = None


@dataclass(slots=True)
class FoundRow:
    """A template row found in a report with the cells read for its columns."""

    index: int
    row: RowSpec
    label: str
    cells: dict[str, FoundCell] = field(default_factory=dict)
    unit: str | None = None  # unit printed in the row's unit column
    #: where the label was printed and where the row's segment ends (text rows only)
    label_start: int | None = None
    label_end: int | None = None
    seg_end: int | None = None
    #: a printed row the template lacks (``row`` is a key-less stand-in; ``index`` is the
    #: template row it follows)
    extra: bool = False

    @property
    def has_values(self) -> bool:
        """Whether a cell holds anything: :func:`~textmine.tables.cells.read_cell` reads a cell
        ``blank`` exactly when its text is whitespace only (asked of every row several times:
        no generator, no cache lookup)."""
        for c in self.cells.values():
            if c.raw.strip():
                return True
        return False
