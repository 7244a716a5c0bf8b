"""Doubts about our own reading: cells placed by a reading another reading may beat.

A failed HARD identity accuses the report only when every cell it reads was printed where we
read it. Cells whose note carries one of the ``uncertain_notes`` markers of READING-UNCERTAIN
in ``checks.yaml`` (a digit run split one way, a row printed with fewer cells than columns and
placed in order, a number printed apart split to fill a row) make the failure a doubt about
the reading (:func:`_uncertain_reading`), said in the words of the lexicon (:func:`uncertainty`).
A count cell read as two cells' values (``2 /``) is such a doubt too (:func:`_two_cells_in_one`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from textmine.checks.index import _Term, cell_key
from textmine.checks.spec import check_info, checks_spec, col_label, row_label, table_label
from textmine.model import Cell, Finding
from textmine.tables.cells import read_cell
from textmine.tables.records import AGREED_NOTE


def _uncertain_reading(terms: Sequence[_Term], multi_row: Mapping[int, int] | None = None) -> bool:
    """True when a cell of a failed identity was inferred (split out of a digit run or placed)
    from a reading the tables stage did not settle, another reading of which would satisfy an
    identity this one fails: the failure may be ours, whatever the other cells (a table printed
    with separators but one run-together row is as uncertain as a wholly run-together one). A
    row printed with fewer cells than columns is as unsettled: its cells were placed in order,
    inferred or not (``uncertain_notes`` of READING-UNCERTAIN in checks.yaml). A cell every
    reading of its row gives the same value (:data:`~textmine.tables.records.AGREED_NOTE`) is
    as printed, whatever the reading: a failure on such cells only is the report's."""
    markers = tuple(check_info("READING-UNCERTAIN").get("uncertain_notes") or ())
    return any(
        t.cell.status != "missing" and any(m in (t.cell.note or "") for m in markers)
        and AGREED_NOTE not in (t.cell.note or "")
        for t in terms
    ) or any(id(t.cell) in (multi_row or {}) for t in terms)


#: Said of a cell split out of a digit run by plausibility (several readings kept, none chosen by
#: an identity) when the run also holds cells of other rows of the template (prose against it).
MULTI_ROW_RUN = ("split out of one run of digits that holds several rows of the table, whose row boundaries "
                 "the reading did not settle")


@functools.lru_cache(maxsize=8)
def _any_mark(marks: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """The search for a text holding any of ``marks`` (one regex alternation of them)."""
    return re.compile("|".join(map(re.escape, marks))).search


def open_multi_row_runs(cells: Iterable[Cell]) -> dict[int, int]:
    """The cells split by plausibility out of a digit run that also holds cells of another row of
    their table (their spans follow each other with nothing between): ``id(cell)`` → the run's
    number (its first cell's offset).

    A run split by plausibility is one whose several readings no identity tells apart; the tables
    stage marks its cells ``another reading of this run would satisfy…`` when another reading
    satisfies the identity of the run (a doubt). A run that holds several rows (table 四's fifteen
    values printed as one string of digits) without that mark fits no reading in which every row
    adds up: the report is wrong in it, but where one row ends is ours, so which row is wrong is
    not known (:func:`one_error_per_run`; prose against such a cell is a doubt).

    >>> note = "digit run split by plausibility: 47 readings fit the identities"
    >>> a = Cell("gov2021", "appeals", "review", "total", 7, "7", "number", start=10, end=11, note=note)
    >>> b = Cell("gov2021", "appeals", "suit_direct", "upheld", 4, "4", "number", start=11, end=12, note=note)
    >>> open_multi_row_runs([a, b]) == {id(a): 10, id(b): 10}
    True
    >>> open_multi_row_runs([a, Cell("gov2021", "appeals", "suit_direct", "upheld", 4, "4", "number", start=12, end=13,
    ...                            note=note)])
    {}
    """
    marks = tuple(check_info("READING-UNCERTAIN").get("open_split_notes") or ())
    if not marks:
        return {}
    marked = _any_mark(marks)  # (one search for a note holding any of the marks)
    open_cells = [c for c in cells if c.status == "number" and marked(c.note or "") and c.start is not None
                  and c.end is not None and AGREED_NOTE not in (c.note or "")]
    if len(open_cells) < 2:
        return {}
    by_start = {(c.table, c.start): c for c in open_cells}
    out: dict[int, int] = {}
    seen: set[int] = set()
    for first in sorted(open_cells, key=lambda c: c.start or 0):
        if id(first) in seen:
            continue
        run, cell = [first], first
        while (nxt := by_start.get((cell.table, cell.end))) is not None and nxt is not cell:
            run.append(nxt)
            cell = nxt
        seen.update(id(c) for c in run)
        if len({c.row_key for c in run}) > 1:
            out.update((id(c), int(first.start or 0)) for c in run)
    return out


def one_error_per_run(check_id: str, spec: Mapping[str, Any], findings: list[Finding],
                      runs: Mapping[str, int]) -> list[Finding]:
    """Fold the errors of ``check_id`` on the cells of one multi-row digit run (``runs``: cell key
    → run, see :func:`open_multi_row_runs`) into one error about the run: the report is wrong in
    it (no reading makes every row add up), but which row is ours to say, so it names every cell
    of the run and the rows this reading fails.

    >>> f = Finding("T4-A", "error", "表四 row 行政复议: 总计 7, but … = 130 (T4-A, t).", cells=("appeals.review.total",))
    >>> g = Finding("T4-A", "error", "表四 row 未经复议直接起诉: x (T4-A, t).", cells=("appeals.suit_direct.total",))
    >>> runs = {"appeals.review.total": 3, "appeals.suit_direct.total": 3, "appeals.suit_direct.upheld": 3}
    >>> [(x.check_id, x.severity, len(x.cells)) for x in one_error_per_run("T4-A", {"en": "t"}, [f, g], runs)]
    [('T4-A', 'error', 3)]
    """
    groups: dict[int, list[int]] = {}
    for i, f in enumerate(findings):
        run = next((runs[k] for k in f.cells if k in runs), None)
        if f.severity == "error" and run is not None:
            groups.setdefault(run, []).append(i)
    if not groups:
        return findings
    folded: dict[int, Finding | None] = {}
    for run, idx in groups.items():
        cells = tuple(k for k, r in runs.items() if r == run)
        heads = "; ".join(findings[i].message.rsplit(" (", 1)[0] for i in idx)
        table = cells[0].split(".", 1)[0]
        folded[idx[0]] = Finding(
            check_id=check_id,
            severity=findings[idx[0]].severity,
            message=(f"{table_label(table)}: the {len(cells)} values printed as one run of digits fit no reading in "
                     f"which every row holds {check_id}, so the report is inconsistent there; which row is wrong "
                     f"depends on where each row ends in the run, which textmine chose by plausibility (this reading: "
                     f"{heads}) ({check_id}, {spec['en']})."),
            expected=findings[idx[0]].expected,
            found=findings[idx[0]].found,
            cells=cells,
            start=findings[idx[0]].start,
            end=findings[idx[-1]].end,
        )
        folded.update((i, None) for i in idx[1:])
    return [folded.get(i, f) for i, f in enumerate(findings) if folded.get(i, f) is not None]


def uncertainty(terms: Sequence[_Term], multi_row: Mapping[int, int] | None = None) -> str:
    """What makes the reading of ``terms`` uncertain, in the words of ``uncertain_notes`` (and
    :data:`MULTI_ROW_RUN` for cells of ``multi_row``, see :func:`open_multi_row_runs`).

    >>> from textmine.checks.index import _Ref
    >>> cell = Cell("gov2021", "requests", "granted", "total", 3, "3", "number",
    ...             note="x; another reading of this run would satisfy an identity this reading fails")
    >>> uncertainty([_Term(_Ref("requests", "granted", "total"), cell)])
    'read from run-together digits whose reading is not settled'
    """
    notes = check_info("READING-UNCERTAIN").get("uncertain_notes") or {}
    said = [str(why) for mark, why in notes.items() if any(mark in (t.cell.note or "") for t in terms)]
    if any(id(t.cell) in (multi_row or {}) for t in terms):
        said.append(MULTI_ROW_RUN)
    return " or ".join(said) or "read in a way that is not settled"


def placed_blank_doubt(
    check_id: str, message: str, terms: Sequence[_Term], *, expected: Any,
    span: tuple[int | None, int | None],
) -> Finding:
    """READING-UNCERTAIN for a blank 总计 (``check_id`` T3-C-blank-total, its ``message``) that our
    reading made: the row printed fewer cells than columns and we placed them, so the blank may be
    ours, not a total the report left out."""
    info, doubt = check_info(check_id), check_info("READING-UNCERTAIN")
    return Finding(
        check_id="READING-UNCERTAIN",
        severity=str(doubt["severity"]),
        message=(f"{message[:-1].rsplit(' (', 1)[0]}, but cells involved were {uncertainty(terms)} "
                 f"(another reading may satisfy the identities), so the blank may be ours rather than the report's "
                 f"(READING-UNCERTAIN, {doubt['en']}; the rule is {check_id}, {info['en']})."),
        expected=expected,
        found=None,
        cells=tuple(cell_key(t.cell) for t in terms),
        start=span[0],
        end=span[1],
    )


def _values_of_two_cells(raw: str) -> bool:
    """True when a text cell is several cell values side by side (``2 /``): a value of the next
    cell read into this one (a PDF's characters placed across a cell's edge), not text the report
    printed in a count cell."""
    parts = raw.split()
    return len(parts) > 1 and all(read_cell(p)[1] in ("number", "dash", "none_word") for p in parts)


def _two_cells_in_one(check_id: str, spec: Mapping[str, Any], *, template: str, cell: Cell) -> Finding:
    info = check_info("READING-UNCERTAIN")
    where = f"{table_label(cell.table)} row {row_label(template, cell.table, cell.row_key or '')} column " \
            f"{col_label(template, cell.table, cell.col_key or '')}"
    return Finding(
        check_id="READING-UNCERTAIN",
        severity=str(info["severity"]),
        message=(f"{where} was read as {cell.raw.strip()!r}, the values of two cells: a neighbouring cell's "
                 f"value may have been read into it, so its reading is not settled "
                 f"(READING-UNCERTAIN, {info['en']}; the rule is {check_id}, {spec['en']})."),
        expected="one value per cell",
        found=cell.raw,
        cells=(cell_key(cell),),
        start=cell.start,
        end=cell.end,
    )


#: Where a doubt's statement of what fails ends and its account of the uncertain reading starts
#: (identity doubts of identities._evaluate, prose doubts of prose.check_prose).
_DOUBT_MARKS = (", but cells involved were ", "; but the table cells were ")


def _doubt_parts(message: str) -> tuple[str, str]:
    """(what fails, why the reading is uncertain) of one READING-UNCERTAIN message."""
    for mark in _DOUBT_MARKS:
        head, sep, tail = message.partition(mark)
        if sep:
            why = tail.split(" (another reading", 1)[0].split(", so the disagreement", 1)[0]
            return head, why
    return message.rstrip("."), ""


def _reasons(why: str) -> list[str]:
    """The reasons a doubt's ``why`` joins with `` or `` (each one of ``uncertain_notes`` or
    :data:`MULTI_ROW_RUN`, in their order in ``why``), or ``[why]`` when it is not such a join: a
    table's one doubt names each reason once, however many of its failures gave it.

    >>> notes = check_info("READING-UNCERTAIN")["uncertain_notes"]
    >>> a, b = list(notes.values())[:2]
    >>> _reasons(f"{a} or {b}") == [a, b], _reasons(a) == [a], _reasons("read oddly")
    (True, True, ['read oddly'])
    """
    known = [str(r) for r in (check_info("READING-UNCERTAIN").get("uncertain_notes") or {}).values()]
    known.append(MULTI_ROW_RUN)
    found = sorted((why.find(r), r) for r in known if r in why)
    pieces = [r for _, r in found]
    return pieces if pieces and " or ".join(pieces) == why else [why]


def one_doubt_per_table(findings: Sequence[Finding], *, shown: int = 5) -> list[Finding]:
    """Fold the READING-UNCERTAIN doubts about one table's identities and prose into one warning.

    One unsettled reading (cells placed in order, a digit run split one way) makes every identity
    through its cells fail at once: the doubt is one, about the table's reading, so it is said
    once, naming each failure (the first ``shown``) and every cell involved, at the span of the
    first; a lone doubt and the doubt that one cell holds two cells' values stay as they are.

    >>> a = Finding("READING-UNCERTAIN", "warning", "表三 column 自然人: x, but cells involved were split (another "
    ...             "reading may satisfy the identities), so … (READING-UNCERTAIN, e; the rule is T3-A, t).",
    ...             cells=("requests.new_received.natural_person",), start=5, end=9)
    >>> b = Finding("READING-UNCERTAIN", "warning", "表三 row 新收: y, but cells involved were split (another "
    ...             "reading may satisfy the identities), so … (READING-UNCERTAIN, e; the rule is T3-C, t).",
    ...             cells=("requests.new_received.total",), start=3, end=4)
    >>> [f.cells for f in one_doubt_per_table([a, b])]
    [('requests.new_received.natural_person', 'requests.new_received.total')]
    """
    groups: dict[str, list[int]] = {}
    for i, f in enumerate(findings):
        if f.check_id == "READING-UNCERTAIN" and f.cells and any(m in f.message for m in _DOUBT_MARKS):
            groups.setdefault(f.cells[0].split(".", 1)[0], []).append(i)
    folded: dict[int, Finding | None] = {}
    info = check_info("READING-UNCERTAIN")
    for table, idx in groups.items():
        if len(idx) < 2:
            continue
        parts = [_doubt_parts(findings[i].message) for i in idx]
        rules = [m.group(1) for i in idx for m in [re.search(r"the rule is ([A-Z0-9-]+)", findings[i].message)] if m]
        if any(findings[i].message.startswith("Prose ") for i in idx):
            rules.append("PROSE-TABLE")
        whys = list(dict.fromkeys(r for _, w in parts if w for r in _reasons(w)))
        said = "; ".join(head for head, _ in parts[:shown])
        more = f"; and {len(parts) - shown} more" if len(parts) > shown else ""
        cells = tuple(dict.fromkeys(c for i in idx for c in findings[i].cells))
        folded[idx[0]] = Finding(
            check_id="READING-UNCERTAIN",
            severity=str(info["severity"]),
            message=(f"{table_label(table)}: {len(idx)} checks fail on cells {' or '.join(whys) or 'read in a way that is not settled'} "
                     f"(another reading may satisfy them), so they may be one misreading rather than errors of the report: "
                     f"{said}{more} (READING-UNCERTAIN, {info['en']}; the rules are {', '.join(dict.fromkeys(rules))})."),
            expected="the identities hold",
            found=f"{len(idx)} fail",
            cells=cells,
            start=findings[idx[0]].start,  # the first failure's span (a prose doubt's lies far from the table)
            end=findings[idx[0]].end,
        )
        for i in idx[1:]:
            folded[i] = None
    out = []
    for i, f in enumerate(findings):
        if i in folded:
            if folded[i] is not None:
                out.append(folded[i])
        else:
            out.append(f)
    return out


def no_soft_doubt_on_impossible_values(found: list[Finding]) -> list[Finding]:
    """``found`` less the SOFT identities (warnings) that use a cell already reported as a value that
    cannot be (a negative or fractional count: a ``nonneg_int`` error such as T2-E or T3-D). The value
    is reported once, as what it is; a doubt computed from it (T2-A: 本年制发 22 exceeds 现行有效 22 +
    本年废止 -3) says nothing more. HARD identities over it stay: a sum that does not add up is an
    error of its own.

    >>> bad = Finding("T2-E", "error", "…", None, -3, cells=("active.normative_docs.repealed",))
    >>> soft = Finding("T2-A", "warning", "…", None, None, cells=("active.normative_docs.issued",
    ...                "active.normative_docs.in_force", "active.normative_docs.repealed"))
    >>> other = Finding("T2-A", "warning", "…", None, None, cells=("active.rules.issued",))
    >>> [f.check_id for f in no_soft_doubt_on_impossible_values([bad, soft, other])]
    ['T2-E', 'T2-A']
    """
    specs = checks_spec()["checks"]
    impossible = {c for f in found if f.severity == "error"
                  and (specs.get(f.check_id) or {}).get("kind") == "nonneg_int" for c in f.cells}
    if not impossible:
        return found
    return [f for f in found if not (f.severity != "error" and (specs.get(f.check_id) or {}).get("kind", "identity")
                                      == "identity" and impossible & set(f.cells))]
