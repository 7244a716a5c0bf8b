"""The statistics-table templates of ``lexicons/templates.yaml`` as typed, cached records.

Templates, tables, rows, columns, label variants and units are data; this module only reads
them and offers the label normalisation every reader shares (:func:`match_key`, cached per
label) and the lookup of the rows a label names (:meth:`TableSpec.rows_named`).

Example:
    >>> spec = get_template("gov2021")
    >>> [t.key for t in spec.tables]
    ['active', 'requests', 'appeals']
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from textmine.errors import LexiconError
from textmine.lexicons import load_yaml

LEXICON = "templates.yaml"

#: Characters that label matching ignores: whitespace, brackets, quotes and marks.
RE_IGNORED = re.compile(r"[\s（）()【】\[\]“”\"'‘’「」、，,：:；;。.．·・/／《》<>〈〉]")
#: The numbering left in a joined head's key after its group's name (``其他处理3其他``).
RE_LEADING_DIGITS = re.compile(r"^[0-9０-９]+")
#: A leading numbering: 一、 （一） (一) 1. 1、 ① and 其中：, possibly repeated.
RE_NUMBERING = re.compile(
    r"^(?:\s*(?:其中[：:]?|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]"
    r"|\d{1,2}[.．、](?!\d)|[①-⑳]))+"
)
#: A trailing parenthetical such as （不同渠道和方式公开相同信息计1条） or （单位：万元）.
RE_TRAILING_PAREN = re.compile(r"[（(][^（）()]*[）)]\s*$")


def strip_label(label: str) -> str:
    """Remove a leading numbering and trailing parentheticals from a printed label.

    >>> strip_label("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）")
    '主动公开政府信息数'
    """
    text = label.strip()
    previous = None
    while previous != text:
        previous = text
        text = RE_TRAILING_PAREN.sub("", text).strip()
    return RE_NUMBERING.sub("", text).strip()


@functools.lru_cache(maxsize=65536)
def match_key(label: str) -> str:
    """The form labels are compared in: no numbering, parentheticals, spaces or marks.

    Cached per label: grid readers normalise the same header and label cells many times.

    >>> match_key("(二) 部分公开（区分处理的，只计这一情形，不计其他情形）")
    '部分公开'
    >>> match_key("3.危及\\"三安全一稳定\\"")
    '危及三安全一稳定'
    """
    return RE_IGNORED.sub("", strip_label(label))


def _match_keys(label: str, variants: tuple[str, ...]) -> tuple[str, ...]:
    """Normalised label and variants without duplicates, longest first."""
    keys = {match_key(x) for x in (label, *variants)} - {""}
    return tuple(sorted(keys, key=lambda k: (-len(k), k)))


#: Words of a column head naming last year's figures printed beside this year's (上年同期, 去年总计).
RE_LAST_YEAR_HEAD = re.compile(r"上年|去年|上一年|同期")


def last_year_head(table: TableSpec, text: str) -> bool:
    """True when ``text``, a column head, names last year's figures (``上年同期``, ``去年总计``) in a table
    none of whose columns is last year's own (the 2019 table 二's 上一年项目数量 is one).

    >>> t = get_template("gov2021").table("requests")
    >>> last_year_head(t, "上年同期"), last_year_head(t, "总计"), last_year_head(get_template("gov2019").table("active"), "上年数")
    (True, False, False)
    """
    if not RE_LAST_YEAR_HEAD.search(match_key(text)):
        return False
    return not any(RE_LAST_YEAR_HEAD.search(k) for c in table.columns for k in (c.label, *c.variants))


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a template table.

    ``role`` guides the split of a flattened digit run when the identities leave several
    readings: ``stock`` (a running total such as 现行有效件数, normally the row's largest
    number), ``small`` (a change or a small count such as 本年增/减, usually short), or
    ``count`` and ``amount`` (采购项目数量 and 采购总金额: the amount per item is near
    ``per_count`` 元).
    """

    key: str
    label: str
    variants: tuple[str, ...] = ()
    unit: str | None = None
    optional: bool = False
    group: str | None = None
    role: str | None = None
    #: for a role ``amount``: the typical amount (元) per item of the row's ``count`` column
    per_count: int | None = None

    @functools.cached_property
    def match_keys(self) -> tuple[str, ...]:
        """Normalised label and variants, longest first (computed once per spec)."""
        return _match_keys(self.label, self.variants)


@dataclass(frozen=True)
class RowSpec:
    """One row of a template table; ``key`` is ``None`` for local rows with no gov2014 key."""

    key: str | None
    label: str
    variants: tuple[str, ...] = ()
    cols: tuple[str, ...] = ()
    unit: str | None = None
    header: bool = False
    optional: bool = False
    group: str | None = None

    @functools.cached_property
    def match_keys(self) -> tuple[str, ...]:
        """Normalised label and variants, longest first (computed once per spec)."""
        return _match_keys(self.label, self.variants)


@dataclass(frozen=True)
class TableSpec:
    """One table of a template: its rows and columns in printed order."""

    key: str
    caption: str
    anchors: tuple[str, ...]
    ordered: bool
    layout: str
    columns: tuple[ColumnSpec, ...]
    rows: tuple[RowSpec, ...]
    headers: tuple[str, ...] = ()

    def column(self, key: str) -> ColumnSpec:
        """The column ``key``; raises ``KeyError`` naming the table when absent."""
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(f"table {self.key!r} has no column {key!r}")

    def rows_named(self, key: str) -> tuple[int, ...]:
        """Indices of the rows a :func:`match_key` names: rows with ``key`` as label or variant,
        else rows whose label (4+ characters) is printed inside ``key``. Memoised per table."""
        memo = self._rows_named
        found = memo.get(key)
        if found is None:
            found = tuple(i for i, r in enumerate(self.rows) if key in r.match_keys) or tuple(
                i for i, r in enumerate(self.rows) if any(len(k) >= 4 and k in key for k in r.match_keys)
            )
            if len(memo) >= 65536:
                memo.clear()
            memo[key] = found
        return found

    @functools.cached_property
    def _rows_named(self) -> dict[str, tuple[int, ...]]:
        return {}

    def row_of_head(self, text: str) -> int | None:
        """The one row a head cell of a table printed turned names, or ``None``. A head may print
        the row's group before the row's own label (``（六）其他处理3.其他``, ``（三）不予公开1.属于国家秘密``):
        the group's name then its row's label (numbered or not) names that row, never the group's own
        row nor the other rows whose words are inside the head.

        >>> t = get_template("gov2021").table("requests")
        >>> [t.rows[t.row_of_head(h)].key for h in ("（六）其他处理3.其他", "（三）不予公开1.属于国家秘密", "（一）予以公开")]
        ['other_misc', 'denied_state_secret', 'granted']
        >>> t.row_of_head("（六）其他处理") is None
        True
        """
        key = match_key(text)
        if not key:
            return None
        for i, row in enumerate(self.rows):
            group = match_key(row.group) if row.group else ""
            if group and key.startswith(group) and RE_LEADING_DIGITS.sub("", key[len(group):]) in row.match_keys:
                return i
        named = self.rows_named(key)
        if len(named) == 1 and not self.rows[named[0]].header:
            return named[0]
        return None

    @functools.cached_property
    def total_columns(self) -> tuple[ColumnSpec, ...]:
        """The columns labelled 总计 (table 四: each group's total), computed once per spec."""
        key = match_key("总计")
        return tuple(c for c in self.columns if match_key(c.label) == key)

    def row_columns(self, row: RowSpec) -> tuple[ColumnSpec, ...]:
        """The columns a row has (its ``cols``, or every non-optional column); memoised per
        ``cols``, the one thing the answer depends on."""
        memo = self._row_columns
        found = memo.get(row.cols)
        if found is None:
            if row.cols:
                found = tuple(self.column(k) for k in row.cols)
            else:
                found = tuple(c for c in self.columns if not c.optional)
            memo[row.cols] = found
        return found

    @functools.cached_property
    def _row_columns(self) -> dict[tuple[str, ...], tuple[ColumnSpec, ...]]:
        return {}


@dataclass(frozen=True)
class TemplateSpec:
    """A template era: its detection markers and tables."""

    key: str
    title: str
    markers: tuple[str, ...]
    tables: tuple[TableSpec, ...] = field(default_factory=tuple)

    def table(self, key: str) -> TableSpec:
        """The table ``key``; raises ``KeyError`` naming the template when absent."""
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(f"template {self.key!r} has no table {key!r}")


def _column(data: dict) -> ColumnSpec:
    return ColumnSpec(
        key=str(data["key"]),
        label=str(data["label"]),
        variants=tuple(str(v) for v in data.get("variants") or ()),
        unit=data.get("unit"),
        optional=bool(data.get("optional", False)),
        group=data.get("group"),
        role=data.get("role"),
        per_count=int(data["per_count"]) if data.get("per_count") is not None else None,
    )


def _row(data: dict) -> RowSpec:
    key = data.get("key")
    return RowSpec(
        key=None if key is None else str(key),
        label=str(data["label"]),
        variants=tuple(str(v) for v in data.get("variants") or ()),
        cols=tuple(str(c) for c in data.get("cols") or ()),
        unit=data.get("unit"),
        header=bool(data.get("header", False)),
        optional=bool(data.get("optional", False)),
        group=data.get("group"),
    )


def _table(data: dict) -> TableSpec:
    return TableSpec(
        key=str(data["key"]),
        caption=str(data.get("caption", "")),
        anchors=tuple(str(a) for a in data.get("anchors") or ()),
        ordered=bool(data.get("ordered", True)),
        layout=str(data.get("layout", "rows")),
        columns=tuple(_column(c) for c in data["columns"]),
        rows=tuple(_row(r) for r in data["rows"]),
        headers=tuple(str(h) for h in data.get("headers") or ()),
    )


@functools.lru_cache(maxsize=1)
def _templates() -> dict[str, TemplateSpec]:
    data = load_yaml(LEXICON)
    try:
        out = {}
        for key, spec in data["templates"].items():
            out[key] = TemplateSpec(
                key=key,
                title=str(spec.get("title", key)),
                markers=tuple(str(m) for m in spec.get("markers") or ()),
                tables=tuple(_table(t) for t in spec["tables"]),
            )
    except (KeyError, TypeError) as exc:
        raise LexiconError(
            f"lexicon {LEXICON!r} is malformed ({exc!r}); expected templates → tables → rows/columns"
        ) from exc
    return out


def template_names() -> tuple[str, ...]:
    """Template keys in the order of the lexicon (newest first).

    >>> template_names()[:2]
    ('gov2021', 'gov2019')
    """
    return tuple(_templates())


def get_template(name: str) -> TemplateSpec:
    """The template ``name``.

    Raises:
        LexiconError: no template of that name (the message lists the known ones).
    """
    templates = _templates()
    if name not in templates:
        raise LexiconError(
            f"unknown template {name!r}; expected one of {', '.join(templates)} "
            f"(defined in lexicons/{LEXICON})"
        )
    return templates[name]


@functools.lru_cache(maxsize=1)
def cell_words() -> dict[str, tuple[str, ...]]:
    """The ``cell_words`` block: dash marks, none words, units, suffix units and zero words
    (longest first)."""
    data = load_yaml(LEXICON).get("cell_words") or {}
    return {
        k: tuple(sorted((str(x) for x in data.get(k) or ()), key=lambda s: (-len(s), s)))
        for k in ("dash", "none_word", "units", "suffix_units", "zero_word", "footnote_mark")
    }


@dataclass(frozen=True)
class StatementSpec:
    """A prose statement about table cells: ``pattern`` captures a number that equals the sum
    of ``cells`` (``(table, row, col)`` keys)."""

    cells: tuple[tuple[str, str, str], ...]
    pattern: re.Pattern[str]


@functools.lru_cache(maxsize=16)
def statement_specs(template: str) -> tuple[StatementSpec, ...]:
    """The ``statements`` of ``template`` in ``templates.yaml`` (empty when it has none).

    >>> [s.cells for s in statement_specs("gov2021")][0]
    (('active', 'normative_docs', 'issued'),)
    """
    data = (load_yaml(LEXICON).get("statements") or {}).get(template) or ()
    out = []
    for item in data:
        try:
            cells = tuple(tuple(str(ref).split(".")) for ref in item["cells"])
            if any(len(c) != 3 for c in cells):
                raise ValueError(f"cell references must be table.row.col, got {item['cells']!r}")
            out.append(StatementSpec(cells, re.compile(str(item["pattern"]))))  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError, re.error) as exc:
            raise LexiconError(
                f"lexicon {LEXICON!r}: statement {item!r} of {template} is malformed ({exc}); "
                "expected {cells: [table.row.col, …], pattern: regex with one group}"
            ) from exc
    return tuple(out)


def column_key(table: TableSpec, text: str) -> str | None:
    """Column named by a header cell: exact label first, then a label inside the cell, outside its
    group's name (a scraper's flattened head joins the levels: ``申请人情况 法人或其他组织 商业企业`` is
    商业企业, never the 其他组织 inside the group's name); a head naming last year's figures
    (``上年同期``, ``去年总计``) names none.

    >>> t = get_template("gov2021").table("requests")
    >>> [column_key(t, h) for h in ("申请人情况 法人或其他组织 商业企业", "法人或其他组织-其他", "申请人情况 总计")]
    ['commercial', 'other_org', 'total']
    >>> [column_key(t, h) for h in ("上年同期总计", "去年", "法人或其他组织")]
    [None, None, None]
    """
    key = match_key(text)
    if not key or any(c.group and key == match_key(c.group) for c in table.columns):
        return None  # a group's head (法人或其他组织) names no one column (其他 is inside its words)
    for col in table.columns:
        if key in col.match_keys:
            return col.key
    if last_year_head(table, text):
        return None  # last year's figures beside this year's (上年同期, 去年总计): no column of this table
    for group in {c.group for c in table.columns if c.group}:
        key = key.replace(match_key(group), "\x00")  # a head joined with its group's name (法人或其他组织 商业企业)
    inside = [(len(k), col.key) for col in table.columns for k in col.match_keys if len(k) >= 2 and k in key]
    return max(inside)[1] if inside else None
