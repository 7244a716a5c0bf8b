"""Across years: the same body's consecutive reports (carry-over, running totals, copied tables).

:class:`CrossYearIndex` is the streaming form: a corpus run feeds it each report as it is read
(:meth:`CrossYearIndex.add`) and asks for the findings once at the end. Per report it keeps
only what the cross-year rules of ``checks.yaml`` read: the few cells their formulas name (a
whole table only where a rule runs over every row, as L-5 does), and for COPY-TABLE a digest
of the table's numbers instead of the numbers. Reports are indexed by normalised issuer and
year, so only consecutive years of one body are compared and the work and memory grow with
the number of reports, not with its square. :func:`check_cross_year` is the one-shot form over
a list of reports.

Example:
    >>> index = CrossYearIndex()
    >>> index.add("r1", issuer="某县人民政府", year=2020, template="gov2021", cells=[])
    >>> index.findings()
    []
"""

from __future__ import annotations

import hashlib
import marshal
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import Any

from textmine.checks.claims import claim_cells, restated, stated_change_agrees, year_claims
from textmine.checks.identities import _applies, _run_identity, infer_template
from textmine.checks.index import _Index, _parse_term
from textmine.checks.spec import BLANKISH, checks_spec, row_label, table_label
from textmine.issuers import body_key
from textmine.model import Cell, Finding

#: A cell as the index keeps it: (table, row_key, col_key, label, status, exact value text,
#: raw, start, end); the label only for a row without key, the raw text only for blank cells
#: (nothing else reads them), and a report's cells marshalled and compressed together.
CompactCell = tuple[str, str | None, str | None, str | None, str, str | None, str, int | None, int | None]


@dataclass(frozen=True)
class _Copy:
    """What COPY-TABLE needs of one report: a digest of its numbers by cell key, and their keys."""

    digest: bytes
    keys: tuple[str, ...]
    nonzero: int


@dataclass(frozen=True)
class _Entry:
    report_id: str
    template: str
    cells: bytes  # zlib(marshal(tuple of CompactCell))
    copy: _Copy | None
    stamps: Any
    claims: tuple[Any, ...] = ()  # what the prose says of last year (textmine.checks.claims)


def _cross_year_checks() -> list[tuple[str, Mapping[str, Any]]]:
    return [(cid, spec) for cid, spec in checks_spec()["checks"].items() if spec.get("scope") == "cross_year"]


def _terms(raw_terms: Iterable[Any]) -> Iterable[str]:
    for raw in raw_terms:
        if isinstance(raw, Mapping) and "first_present" in raw:
            for alternative in raw["first_present"]:
                yield from (str(t) for t in alternative)
        else:
            yield str(raw)


@lru_cache(maxsize=16)
def _wanted(template: str) -> tuple[frozenset[tuple[str, str, str]], frozenset[str]]:
    """The cell keys the cross-year identities of ``template`` read, and the tables they read
    whole (a rule over every row, or a row named by its label)."""
    keys: set[tuple[str, str, str]] = set()
    tables: set[str] = set()
    for _check_id, spec in _cross_year_checks():
        if not _applies(spec, template) or spec.get("kind") in ("copy", "prose_year"):
            continue
        rows = spec.get("each_row") or [None]
        cols = spec.get("each_col") or [None]
        for formula in spec["formulas"]:
            for text in _terms([*formula["lhs"], *formula["rhs"]]):
                for row in rows:
                    for col in cols:
                        term = text if col is None else text.replace("$col", col)
                        ref = _parse_term(term.replace("$row", "~") if row == "*" else term.replace("$row", row or ""))
                        if row == "*" or ref.row.startswith("~"):
                            tables.add(ref.table)
                        else:
                            keys.add((ref.table, ref.row, ref.col))
    if any(_applies(spec, template) and spec.get("kind") == "prose_year" for _, spec in _cross_year_checks()):
        keys |= claim_cells(template)  # the totals the prose's change on last year may name
    return frozenset(keys), frozenset(tables)


def _exact_value(text: Any) -> int | Decimal | None:
    """A ``value_exact`` string of the ``cells`` table back as an int or a Decimal."""
    if text is None:
        return None
    value = Decimal(str(text))
    return int(value) if "." not in str(text) else value


def _as_tuple(cell: Cell | Mapping[str, Any]) -> tuple[Any, ...]:
    """(template, table, row_key, col_key, label, status, value, raw, start, end) of a
    :class:`Cell` or of a row of the ``cells`` table; a row's value stays its ``value_exact``
    text (see :func:`_value`)."""
    if type(cell) is Cell:  # the common case, without the abstract Mapping test below
        return (
            cell.template, cell.table, cell.row_key, cell.col_key, cell.label,
            cell.status, cell.value, cell.raw, cell.start, cell.end,
        )
    if type(cell) is dict or isinstance(cell, Mapping):
        get = cell.get
        return (
            cell["template"], cell["table"], get("row_key"), get("col_key"), get("label"),
            cell["status"], get("value_exact"), get("raw") or "", get("start"), get("end"),
        )
    return (
        cell.template, cell.table, cell.row_key, cell.col_key, cell.label,
        cell.status, cell.value, cell.raw, cell.start, cell.end,
    )


#: The fields of a ``cells`` row that :func:`_as_tuple` reads, in its order.
_ROW_FIELDS = itemgetter("template", "table", "row_key", "col_key", "label", "status", "value_exact", "raw",
                         "start", "end")


def _as_tuples(cells: Iterable[Cell | Mapping[str, Any]]) -> list[tuple[Any, ...]]:
    """:func:`_as_tuple` of every cell; a row (dict) that has every field is read with one call."""
    out = []
    for cell in cells:
        if type(cell) is dict:
            try:
                row = _ROW_FIELDS(cell)
            except KeyError:  # a row without some optional field: read one by one
                out.append(_as_tuple(cell))
                continue
            out.append(row if row[7] else (*row[:7], "", *row[8:]))  # (raw None -> "", as _as_tuple)
        else:
            out.append(_as_tuple(cell))
    return out


def _exact_text(value: Any) -> str | None:
    """A cell value from :func:`_as_tuple` as exact text (``value_exact`` stays as it is)."""
    if value is None or isinstance(value, str):
        return value
    return format(value, "f") if isinstance(value, Decimal) else str(int(value))


def _canonical(value: Any) -> str:
    """One spelling per number (``1.50`` and ``1.5``, ``Decimal(100)`` and ``100`` alike)."""
    if type(value) is int:
        return str(value)
    if isinstance(value, str):
        if "." not in value:
            return str(int(value))
        value = Decimal(value)
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else str(value.normalize())
    return str(int(value))


class CrossYearIndex:
    """Reports indexed by normalised issuer and year, for the checks between consecutive years.

    Covers carry-over (T3-E), running document counts (T2-B, T2-D-year), local running
    totals (L-5) and tables copied unchanged from last year (COPY-TABLE). Reports without an
    issuer, a year or a template are not kept. Findings come out in a fixed order: by body,
    then year, then the order reports were added (or ``seq``).

    Example:
        >>> index = CrossYearIndex()
        >>> for rid, year, cum in (("a", 2012, 4359), ("b", 2013, 3620)):
        ...     cells = [Cell("local", "stats", "active_items", "value", 100, "100", "number"),
        ...              Cell("local", "stats", "active_items", "cumulative", cum, str(cum), "number")]
        ...     index.add(rid, issuer="某县人民政府", year=year, template="local", cells=cells)
        >>> [(rid, f.check_id) for rid, f in index.findings()]
        [('b', 'L-5')]
    """

    def __init__(self) -> None:
        self._by_body: dict[str, dict[int, list[tuple[Any, int, _Entry]]]] = defaultdict(lambda: defaultdict(list))
        self._added = 0
        self._keys: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per distinct key set

    def __len__(self) -> int:
        return self._added

    def add(
        self,
        report_id: str,
        *,
        issuer: str | None,
        year: int | None,
        template: str | None,
        cells: Iterable[Cell | Mapping[str, Any]],
        stamps: Any = None,
        seq: Any = None,
        places: Mapping[str, Any] | None = None,
        facts: Iterable[Any] = (),
        sentences: Iterable[Any] = (),
    ) -> None:
        """Index one report (:func:`compact_report`, then :meth:`insert`).

        Args:
            report_id: the id its findings carry.
            issuer, year: matched across reports (the issuer by :func:`~textmine.issuers.body_key`).
            template: its template era; ``None`` takes the one most of its cells carry.
            cells: its table cells, as :class:`Cell` records or rows of the ``cells`` table.
            stamps: anything, handed back with the report's findings by :meth:`finding_rows`.
            seq: sort key among the reports of one body and year (default: the order added).
            places: the report's ``province``, ``city`` and ``county``, which complete an issuer
                that does not spell out its place (see :func:`~textmine.issuers.body_key`).
            facts: its prose facts (records or rows): with ``sentences``, what the prose says of
                last year (:func:`~textmine.checks.claims.year_claims`; PROSE-YEAR).
            sentences: its sentences (records or rows).
        """
        compact = compact_report(
            report_id, issuer=issuer, year=year, template=template, cells=cells, stamps=stamps, places=places,
            facts=facts, sentences=sentences,
        )
        if compact is not None:
            self.insert(compact, seq=seq)

    def insert(self, compact: CompactReport, *, seq: Any = None) -> None:
        """Index a report already reduced by :func:`compact_report` (e.g. in a worker process)."""
        entry = compact.entry
        if entry.copy is not None:  # one tuple per distinct key set across the corpus
            keys = self._keys.setdefault(entry.copy.keys, entry.copy.keys)
            if keys is not entry.copy.keys:
                entry = replace(entry, copy=replace(entry.copy, keys=keys))
        self._by_body[compact.body][compact.year].append((self._added if seq is None else seq, self._added, entry))
        self._added += 1

    def findings(self) -> list[tuple[str, Finding]]:
        """(report_id of the later report, finding) pairs of every consecutive-year pair."""
        return [(entry.report_id, f) for entry, f in self._findings()]

    def finding_rows(self) -> list[tuple[str, Finding, Any]]:
        """(report_id, finding, stamps given to :meth:`add`) of every consecutive-year pair."""
        return [(entry.report_id, f, entry.stamps) for entry, f in self._findings()]

    def _findings(self) -> Iterable[tuple[_Entry, Finding]]:
        checks = _cross_year_checks()
        for body in sorted(self._by_body):
            years = self._by_body[body]
            indexes: dict[int, _Index] = {}  # built once per report of this body
            for year in sorted(years):
                if year - 1 not in years:
                    continue
                prevs = [e for *_, e in sorted(years[year - 1], key=lambda t: (t[0], t[1]))]
                for *_, entry in sorted(years[year], key=lambda t: (t[0], t[1])):
                    cur = _index_of(entry, indexes)
                    restated_cells = restated(entry.claims)
                    for prev_entry in prevs:
                        prev = _index_of(prev_entry, indexes)
                        for check_id, spec in checks:
                            if not (_applies(spec, entry.template) and _applies(spec, prev_entry.template)):
                                continue
                            if spec.get("kind") == "prose_year":
                                for f in _prose_year(check_id, spec, entry.claims, cur=cur, prev=prev, year=year):
                                    yield entry, f
                                continue
                            if spec.get("kind") == "copy":
                                if entry.template == prev_entry.template:
                                    f = _copy_finding(check_id, spec, cur=entry.copy, prev=prev_entry.copy, year=year)
                                    if f is not None:
                                        yield entry, f
                                continue
                            for f in _run_identity(check_id, spec, template=entry.template, cur=cur, prev=prev):
                                if not _said_restated(f, restated_cells, cur):
                                    yield entry, f


@dataclass(frozen=True)
class CompactReport:
    """What the cross-year checks keep of one report: its body, year and compact cells.

    Small and picklable, so that worker processes can reduce their reports and the process
    that holds the :class:`CrossYearIndex` only inserts them.
    """

    body: str
    year: int
    entry: _Entry


def compact_report(
    report_id: str,
    *,
    issuer: str | None,
    year: int | None,
    template: str | None,
    cells: Iterable[Cell | Mapping[str, Any]],
    stamps: Any = None,
    places: Mapping[str, Any] | None = None,
    facts: Iterable[Any] = (),
    sentences: Iterable[Any] = (),
) -> CompactReport | None:
    """Reduce one report to what :class:`CrossYearIndex` keeps (see :meth:`CrossYearIndex.add`);
    ``None`` for a report without a normalised issuer, a year or a template.

    >>> compact_report("r1", issuer=None, year=2020, template="gov2021", cells=[]) is None
    True
    """
    if year is None:
        return None
    body = body_key(issuer, year=int(year), **(places or {}))
    if not body:
        return None
    rows = _as_tuples(cells)
    if template is None:
        template = infer_template([Cell(r[0], r[1], r[2], r[3], None, r[7], r[5]) for r in rows])
        if template is None:
            return None
    keys, tables = _wanted(template)
    kept: list[CompactCell] = []
    numbers: dict[str, str] = {}
    for tpl, table, row_key, col_key, label, status, value, raw, start, end in rows:
        if tpl != template:
            continue
        if table in tables or (table, row_key, col_key) in keys:
            kept.append((
                table, row_key, col_key, label if row_key is None else None, status,
                _exact_text(value), raw if status in BLANKISH else "", start, end,
            ))
        if status == "number" and value is not None:
            row = row_key if row_key is not None else (label or "")
            # (_canonical's value, without the call where it is a whole number already: an int,
            # or a cells row's value_exact of digits alone)
            numbers[f"{table}.{row}.{col_key}"] = (
                str(value) if type(value) is int or (type(value) is str and value.isdigit() and value.isascii()
                                                      and (value[0] != "0" or value == "0"))
                else _canonical(value)
            )
    copy = None
    if numbers:
        ordered = tuple(sorted(numbers))
        digest = hashlib.sha256("\x1f".join(f"{k}\x1e{numbers[k]}" for k in ordered).encode("utf-8")).digest()
        copy = _Copy(digest, ordered, sum(1 for v in numbers.values() if v != "0"))
    claims = year_claims(facts, sentences, template) if facts else ()
    entry = _Entry(report_id, template, zlib.compress(marshal.dumps(tuple(kept)), 1), copy, stamps, claims)
    return CompactReport(body, int(year), entry)


def _index_of(entry: _Entry, indexes: dict[int, _Index]) -> _Index:
    if id(entry) not in indexes:
        indexes[id(entry)] = _Index(_cells(entry))
    return indexes[id(entry)]


def _cells(entry: _Entry) -> list[Cell]:
    return [
        Cell(entry.template, table, row_key, col_key, _exact_value(value), raw, status,
             start=start, end=end, label=label)
        for table, row_key, col_key, label, status, value, raw, start, end in _compact_cells(entry)
    ]


def _compact_cells(entry: _Entry) -> tuple[CompactCell, ...]:
    return marshal.loads(zlib.decompress(entry.cells))


def _said_restated(finding: Finding, restated_cells: Mapping[str, str], cur: _Index) -> bool:
    """True when a cross-year finding questions a cell the report says it restated (its prose gives
    the value the table holds, with words such as 上年报告未计入 or 重新统计): the report explains the
    difference from last year, so it is not questioned again."""
    for key, value in restated_cells.items():
        if key not in finding.cells:
            continue
        table, row, col = key.split(".")
        held = cur.get(table, row, col)
        if held is not None and held.value is not None and Decimal(str(held.value)) == Decimal(value):
            return True
    return False


def _prose_year(
    check_id: str, spec: Mapping[str, Any], claims: Sequence[Any], *, cur: _Index, prev: _Index, year: int
) -> Iterable[Finding]:
    """PROSE-YEAR: each change on last year the prose states (:func:`~textmine.checks.claims.year_claims`)
    against this year's and last year's table, when the count beside the change is this year's table."""
    for claim in claims:
        if claim[0] != "change":
            continue
        _, readings, sign, amount, unit, text, start, end, *rest = claim
        judged = []  # the readings whose count is this year's table, with both years' values
        for key, stated_now in readings:
            table, row, col = key.split(".")
            now, before = cur.get(table, row, col), prev.get(table, row, col)
            if now is None or before is None or now.value is None or before.value is None:
                continue
            if now.status != "number" or before.status != "number":
                continue
            now_v, before_v = Decimal(str(now.value)), Decimal(str(before.value))
            if now_v != Decimal(stated_now):
                continue  # the count beside the change is not this year's table: PROSE-TABLE's to say
            judged.append((key, now, now_v, before_v))
        if not judged or any(stated_change_agrees(claim, n, b) is not False for _, _, n, b in judged):
            continue  # nothing to judge, or a reading under which the change holds
        key, now, now_v, before_v = judged[0]
        table, row, col = key.split(".")
        label = f"{table_label(table)} {row_label(now.template, table, row)}"
        if unit == "件":
            computed = f"{_plain_number(now_v)} − {_plain_number(before_v)} = {_plain_number(now_v - before_v)}"
        else:
            share = ((now_v - before_v) * 100 / before_v).quantize(Decimal("0.1"))
            computed = f"({_plain_number(now_v)} − {_plain_number(before_v)}) / {_plain_number(before_v)} = {share}%"
        said = f"{'no change' if Decimal(amount) == 0 else 'a change of ' + ('+' if sign > 0 else '−') + amount + unit}"
        if rest and rest[-1] and rest[-1][0] == "last_value":  # 去年为88件: last year's count itself
            said = f"last year's count {_plain_number(now_v - sign * Decimal(amount))} ({said})"
        yield Finding(
            check_id=check_id,
            severity=str(spec["severity"]),
            message=(
                f"Prose {text.strip()!r} states {said}"
                f" on last year, but "
                f"{label} is {_plain_number(now_v)} and the same body's {year - 1} report gives "
                f"{_plain_number(before_v)}: {computed} ({check_id}, {spec['en']}); last year's table may have been "
                f"restated or counted otherwise, so this is a doubt, not an error of this report."
            ),
            expected=computed,
            found=f"{'+' if sign > 0 else '-'}{amount}{unit}",
            cells=(key,),
            start=start,
            end=end,
        )


def _plain_number(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")


def _copy_finding(
    check_id: str, spec: Mapping[str, Any], *, cur: _Copy | None, prev: _Copy | None, year: int
) -> Finding | None:
    if cur is None or prev is None or cur.digest != prev.digest or cur.keys != prev.keys:
        return None
    if cur.nonzero < int(spec.get("min_nonzero", 5)):
        return None
    tables = sorted({k.split(".")[0] for k in cur.keys})
    return Finding(
        check_id=check_id,
        severity=str(spec["severity"]),
        message=(
            f"All {len(cur.keys)} numbers of {', '.join(table_label(t) for t in tables)} ({cur.nonzero} of them "
            f"non-zero) equal the same body's {year - 1} report ({check_id}, {spec['en']})."
        ),
        expected="numbers that differ from last year",
        found=len(cur.keys),
        cells=cur.keys,
    )


def check_cross_year(
    reports: Sequence[tuple[Any, ...]],
) -> list[tuple[str, Finding]]:
    """Checks between reports of the same body (:func:`~textmine.issuers.body_key`) in consecutive years.

    Covers carry-over (T3-E), running document counts (T2-B, T2-D-year), local running
    totals (L-5) and tables copied unchanged from last year (COPY-TABLE).

    Args:
        reports: (report_id, meta, cells) or (report_id, meta, cells, facts, sentences); meta gives
            issuer and year, the template comes from ``meta.template`` or the cells; facts and
            sentences give what the prose says of last year (PROSE-YEAR).

    Returns:
        (report_id of the later report, finding) pairs.

    >>> check_cross_year([])
    []
    """
    index = CrossYearIndex()
    for report_id, meta, cells, *prose in reports:
        places = {"province": meta.province, "city": meta.city, "county": meta.county}
        facts, sentences = (prose + [(), ()])[:2]
        index.add(report_id, issuer=meta.issuer, year=meta.year, template=meta.template, cells=cells, places=places,
                  facts=facts, sentences=sentences)
    return index.findings()
