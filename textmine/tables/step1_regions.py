"""Stage 1: which template a report uses and where each of its tables is printed.

``detect_template`` names the table format a report uses (the one whose markers it prints
most); ``find_regions`` gives each template table's span of the normalised text, in template
order. A table starts at the first of its anchors (with its column labels printed near it)
after the previous table's start and ends where the next table starts.

Example:
    >>> from textmine.tables.registry import get_template
    >>> text = "二、收到和处理政府信息公开申请情况 自然人 商业企业 总计 一、本年新收政府信息公开申请数量 3 0 3"
    >>> [(r.table.key, r.start, r.end) for r in find_regions(text, get_template("gov2021"))]
    [('active', 0, 2), ('requests', 2, 52), ('appeals', 52, 52)]
"""

from __future__ import annotations

import functools
import heapq
import operator
import re

from textmine.model import Document
from textmine.tables.labels import RowHit, label_pattern, listed_count
from textmine.tables.records import Region, Statement
from textmine.tables.registry import (
    RowSpec,
    TableSpec,
    TemplateSpec,
    get_template,
    statement_specs,
    template_names,
)
from textmine.tables.turned import turned_one_column

#: Fewest distinct markers a template needs to be detected.
MIN_MARKERS = 2
#: How far around an anchor the table's column labels must be printed (characters).
WINDOW_BEFORE, WINDOW_AFTER = 300, 700


def _haystack(doc: Document) -> str:
    grids = "\n".join("\t".join(row) for t in doc.tables for row in t.rows)
    return doc.text + "\n" + grids


def detect_template(doc: Document) -> str | None:
    """The template whose markers the report prints most (``None`` when no table is seen).

    >>> from textmine.model import Document
    >>> t = "第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数"
    >>> detect_template(Document(text=t, raw_text=t, offsets=[], sha256=""))
    'gov2021'
    """
    hay = _haystack(doc)
    best, best_score = None, 0
    for name in template_names():
        spec = get_template(name)
        # markers printed as they are first (a substring test); the label pattern of the others
        # (their characters apart: spaces, line breaks) only while this template can still score
        # more than the best so far (a tie never replaces it)
        score, left = 0, []
        for m in spec.markers:
            key = m.replace(" ", "")
            if key in hay:
                score += 1
            else:
                left.append(key)
        for i, key in enumerate(left):
            if score + len(left) - i <= best_score:
                break
            score += _gapped(key, hay)  # not printed as it is (tested above): the pattern alone
        if score > best_score:
            best, best_score = name, score
    if best_score >= MIN_MARKERS:
        return best
    if len(free_rows(hay)) >= MIN_FREE_ROWS or len(turned_free_rows(hay)) >= MIN_FREE_ROWS:
        return FREE_TEMPLATE
    return None


def turned_free_rows(text: str) -> set[str]:
    r"""The rows of :data:`FREE_TEMPLATE`'s table that a free table printed turned names: a TAB line
    whose every cell names one of its rows (each once), followed by a line of as many values
    (申请总数 | 当面申请 | 已答复 … over 22 | 20 | 2 …).

    >>> sorted(turned_free_rows("申请总数\t当面申请\t网上申请\t已答复\n22\t20\t2\t22\n"))
    ['replies', 'requests_in_person', 'requests_online', 'requests_received']
    >>> turned_free_rows("申请总数\t当面申请\t网上申请\t已答复\n全年共收到22件\n")
    set()
    """
    table = get_template(FREE_TEMPLATE).tables[0]
    return {fr.row.key for fr in turned_one_column(text, table, 0, len(text)) if fr.row.key}


#: The template whose rows a free table of 2013–2018 prints (``项目 | 数量`` with the national
#: table's indicators under their short names: 收到申请数, 同意公开, 不予公开 …).
FREE_TEMPLATE = "gov2014"
#: Fewest of its rows such a table prints, each label with its count after it, to be read as it
#: when no template's markers are printed.
MIN_FREE_ROWS = 4
#: What comes between a free table's row label and its count: a separator (a colon, a tab, a
#: run of spaces, a line break: the next cell; never nothing, as in prose: 当面申请5件), the unit
#: when a column of its own (``件``), then the count (digits, 零, a placeholder).
RE_FREE_VALUE = (r"(?:[^\S\n]*[：:][^\S\n]*|[^\S\n]*\n[^\S\n]*|[^\S\n]+)"
                 r"(?:(?:[条件个人次篇]|人次|万元)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*))?"
                 r"(?:[\d０-９]|[/—无零〇](?![\u4e00-\u9fff]))")


@functools.cache
def _free_row_pattern(name: str) -> re.Pattern[str]:
    """A free table's row label ``name`` (not the end of a longer word) with its count after it,
    compiled once per process (each takes some milliseconds to compile, and :func:`free_rows`
    asks for them only when the label is printed)."""
    return re.compile("(?<![\u4e00-\u9fff])" + re.escape(name) + RE_FREE_VALUE)


def free_rows(text: str) -> set[str]:
    """The rows of :data:`FREE_TEMPLATE`'s table whose label (or a variant) ``text`` prints with a
    count right after it (a table's next cell, ``：25件`` in a list), the label not the end of a
    longer word (同意公开 inside 不同意公开).

    >>> sorted(free_rows("项目\\t数量\\n收到申请数\\t25\\n同意公开\\t18\\n不予公开\\t2\\n行政复议\\t件\\t0"))
    ['replies_denied', 'replies_granted', 'requests_received', 'reviews']
    >>> sorted(free_rows("全年收到申请数25件，其中当面申请5件、网络申请6件；同意公开9件、不予公开2件。"))
    []
    """
    found = set()
    for table in get_template(FREE_TEMPLATE).tables:
        for row in table.rows:
            if row.header or row.key is None:
                continue
            for name in row.match_keys:
                if len(name) > 2 and _free_row_printed(name, text):
                    found.add(row.key)
                    break
                if name in text and "其中" in text and _listed(text, table, row, name):
                    found.add(row.key)
                    break
    return found


def _free_row_printed(name: str, text: str) -> bool:
    """``bool(_free_row_pattern(name).search(text))``, tried only where ``name`` is printed: the
    pattern opens with a look-behind, so the regex engine would try it at every position of the
    text, while a match can only start where the label itself is printed (``str.find``).

    >>> _free_row_printed("收到申请数", "全年收到申请数25件；\\n收到申请数\\t25"), _free_row_printed("收到申请数", "收到申请数25件")
    (True, False)
    >>> _free_row_printed("同意公开", "不同意公开：3")
    False
    """
    at = text.find(name)
    if at < 0:
        return False
    pattern = _free_row_pattern(name)
    while at >= 0:
        if pattern.match(text, at):
            return True
        at = text.find(name, at + 1)
    return False


def _listed(text: str, table: TableSpec, row: RowSpec, name: str) -> bool:
    """Whether ``text`` prints row label ``name`` as a piece of a list of a row's parts after 其中
    (:func:`~textmine.tables.labels.listed_count`: 收到申请数：16件；其中当面申请0件、网上申请16件。).

    >>> t = get_template(FREE_TEMPLATE).table("stats")
    >>> text = "收到申请数：16件；其中当面申请0件、网上申请16件。"
    >>> _listed(text, t, t.rows[t.rows_named("当面申请")[0]], "当面申请")
    True
    >>> _listed("全年收到申请16件，其中当面申请0件、网上申请16件。", t, t.rows[t.rows_named("当面申请")[0]], "当面申请")
    False
    """
    at = text.find(name)
    while at >= 0:
        if listed_count(text, table, RowHit(0, row, at, at + len(name))):
            return True
        at = text.find(name, at + 1)
    return False


def _printed(key: str, text: str) -> bool:
    """Whether :func:`~textmine.tables.labels.label_pattern` of ``key`` finds it in ``text``: a
    key printed as it is (no gap between its characters) is, without the regex.

    >>> _printed("结果维持", "…结果维持…"), _printed("结果维持", "结 果\\n维 持"), _printed("结果维持", "结果纠正")
    (True, True, False)
    """
    return key in text or _gapped(key, text)


def _gapped(key: str, text: str) -> bool:
    """:func:`_printed` of a key known not to be printed as it is in ``text``: only a gapped form
    (its characters apart) can be, which only the label pattern finds (``text`` is not scanned
    for the key as it is a second time).

    >>> _gapped("结果维持", "结 果\\n维 持"), _gapped("结果维持", "结果纠正")
    (True, False)
    """
    pattern = _marker_pattern(key, text)
    return pattern is not None and pattern.search(text) is not None


def _marker_pattern(key: str, hay: str) -> re.Pattern[str] | None:
    """:func:`~textmine.tables.labels.label_pattern` of ``key``, from :data:`_MARKER_PATTERNS`
    once compiled; compiled (and kept) only when every character of ``key`` is printed in ``hay``,
    ``None`` otherwise (it cannot match there)."""
    pattern = _MARKER_PATTERNS.get(key)
    if pattern is None:
        if not _has_chars(key, hay):
            return None
        pattern = _MARKER_PATTERNS[key] = label_pattern(key)
    return pattern


#: :func:`~textmine.tables.labels.label_pattern` of each key :func:`_printed` or :func:`_labelled`
#: compiled, by key: a compiled key is searched at once (one scan, no :func:`_has_chars` first).
_MARKER_PATTERNS: dict[str, re.Pattern[str]] = {}


def _has_chars(key: str, text: str) -> bool:
    """Whether every character of ``key`` is printed somewhere in ``text``: else
    :func:`~textmine.tables.labels.label_pattern` of ``key`` cannot match there, and need not be
    compiled (each takes about a millisecond, on first use).

    >>> _has_chars("结果维持", "持维果结"), _has_chars("结果维持", "结果纠正")
    (True, False)
    """
    return all(ch in text for ch in key)


def template_regions(text: str, spec: TemplateSpec) -> list[tuple[int, int]]:
    """``(start, end)`` of each table of ``spec`` in ``text``, in template order.

    A table starts at the first of its anchors after the previous table's start and ends where
    the next table starts (the last one at the end of the text).
    """
    return _spans(text, spec, [pos for pos, _ in _starts(text, spec)])


class _LastStarts:
    """The starts of the last text and template asked (:func:`_starts`): a report's regions are
    asked by its reading (:func:`find_regions`), its sentence splitting (:func:`template_regions`)
    and the second-set check, each over the whole text. Keyed by the text itself (held here, so
    never mistaken for another) and the template; replaced as one tuple (thread-safe reads)."""

    entry: tuple[str | None, TemplateSpec | None, list[tuple[int | None, bool]]] = (None, None, [])


def _starts(text: str, spec: TemplateSpec) -> list[tuple[int | None, bool]]:
    """Where each table of ``spec`` starts (``None`` when not printed) and whether its column
    labels are printed around that start, in template order (a fresh list: callers may keep it)."""
    last_text, last_spec, last = _LastStarts.entry
    if last_spec is spec and (last_text is text or last_text == text):
        return list(last)
    found = _find_starts(text, spec)
    _LastStarts.entry = (text, spec, found)
    return list(found)


def _find_starts(text: str, spec: TemplateSpec) -> list[tuple[int | None, bool]]:
    """:func:`_starts` worked out."""
    found: list[tuple[int | None, bool]] = []
    cursor = 0
    for table in spec.tables:
        pos, labelled = _table_start(text, table, cursor)
        found.append((pos, labelled))
        if pos is not None:
            cursor = pos + 1
    return found


def _spans(text: str, spec: TemplateSpec, found: list[int | None]) -> list[tuple[int, int]]:
    """``(start, end)`` of each table given where each starts (see :func:`template_regions`)."""
    out = []
    for k, table in enumerate(spec.tables):
        later = [p for p in found[k + 1 :] if p is not None]
        end = later[0] if later else len(text)
        start = found[k]
        if start is None:
            if table.layout == "single_row":
                start = end = len(text)  # no caption: never read another table's digits
            else:
                start = max([p for p in found[:k] if p is not None], default=0)
        out.append((start, max(start, end)))
    return out


def find_regions(text: str, spec: TemplateSpec) -> list[Region]:
    """One :class:`Region` per table of ``spec``, in template order (see :func:`template_regions`);
    ``printed`` when the table's anchor is printed with its column labels around it."""
    found = _starts(text, spec)
    spans = _spans(text, spec, [pos for pos, _ in found])
    return [
        Region(table, start, end, printed)
        for table, (start, end), (_, printed) in zip(spec.tables, spans, found, strict=False)
    ]


def find_statements(text: str, template: str) -> list[Statement]:
    """What the report's prose says about its own table cells (``statements`` of
    ``templates.yaml``), in text order.

    >>> [(s.cells, s.value) for s in find_statements("本年制发行政规范性文件3件，废止1件。", "gov2021")]
    [((('active', 'normative_docs', 'issued'),), 3)]
    """
    out = [
        Statement(spec.cells, int(m.group(1)), m.start(), m.end())
        for spec in statement_specs(template)
        for m in spec.pattern.finditer(text)
    ]
    return sorted(out, key=lambda s: (s.start, s.cells))


def _labelled(text: str, table: TableSpec, pos: int) -> bool:
    """True when at least two column labels (one for one-column tables) are printed around ``pos``."""
    need = min(2, len(table.columns))
    if need <= 0:
        return True
    lo, hi = max(0, pos - WINDOW_BEFORE), min(len(text), pos + WINDOW_AFTER)
    window = text[lo:hi]
    seen = 0
    for col in table.columns:
        for k in col.match_keys:
            if len(k) < 2:
                continue
            # printed as it is (no gap between its characters): found without the regex
            if k not in window:
                pattern = _marker_pattern(k, window)
                if pattern is None or not pattern.search(text, lo, hi):
                    continue
            seen += 1
            if seen >= need:  # enough: the other columns need not be searched
                return True
            break
    return False


def _table_start(text: str, table: TableSpec, cursor: int) -> tuple[int | None, bool]:
    """First anchor occurrence after ``cursor`` with the table's column labels around it, and
    whether they are (:func:`_labelled`).

    Preambles list the section names (…主动公开政府信息情况、收到和处理政府信息公开申请情况…),
    so an anchor alone does not open a table: at least two column labels (one for one-column
    tables) must be printed near it. Falls back to the first anchor occurrence (not labelled).
    """
    # every anchor's occurrences in text order, merged lazily: the text after the first labelled
    # occurrence is not scanned (each anchor's regex runs only as far as the merge asks)
    occurrences = heapq.merge(*(
        map(_START, label_pattern(anchor.replace(" ", "")).finditer(text, cursor)) for anchor in table.anchors
    ))
    first = None
    for pos in occurrences:
        if _labelled(text, table, pos):
            return _past_prose(text, table, pos), True
        if first is None:
            first = pos
    return first, False


def _past_prose(text: str, table: TableSpec, pos: int) -> int:
    """Where the table printed at anchor ``pos`` begins: after the last sentence end (。！？)
    between the anchor and its first column label, if any. A part heading is often the anchor and
    the part's prose (本年度制发规范性文件19件，具体情况见下表。) comes before the grid; a table's
    labels never end a sentence, so that prose is the report's, not the table's.

    >>> from textmine.tables.registry import get_template
    >>> active = get_template("gov2021").tables[0]
    >>> text = "二、主动公开政府信息情况\\n本年度制发行政规范性文件3件，具体情况见下表。\\n信息内容\\n本年制发件数\\n本年废止件数"
    >>> text[_past_prose(text, active, 0):].split()[0]
    '信息内容'
    >>> _past_prose("二、主动公开政府信息情况\\n信息内容\\n本年制发件数。", active, 0)
    0
    """
    hi = min(len(text), pos + WINDOW_AFTER)
    first = hi
    for col in table.columns:
        for k in col.match_keys:
            if len(k) >= 2:
                i = text.find(k, pos, first)
                if i >= 0:
                    first = i
    if first == hi:
        return pos
    end = max(text.rfind(mark, pos, first) for mark in "。！？")
    return pos if end < 0 else end + 1


#: A match's start (``map`` over matches without a Python-level loop).
_START = operator.methodcaller("start")
