"""The checks lexicon (``lexicons/checks.yaml``) and the printed labels of template rows, columns and tables."""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Any

from textmine.lexicons import load_yaml

LEXICON = "checks.yaml"


TEMPLATES_LEXICON = "templates.yaml"


#: Statuses that read as 0 in a sum but are not zeros (SCHEMA.md §3).
BLANKISH = frozenset({"blank", "dash", "none_word"})


#: A cell reference of checks.yaml: ``[-][prev:]table.row.col[?]`` (row may be ``~label``).
RE_TERM = re.compile(r"^(?P<neg>-)?(?P<prev>prev:)?(?P<table>[a-z_]+)\.(?P<row>[^.]+)\.(?P<col>[^.?]+)(?P<opt>\?)?$")


#: Characters ignored when labels are compared: spaces, brackets, quotes and marks.
RE_LABEL_NOISE = re.compile(r"[\s（）()【】\[\]“”\"'‘’、，,：:；;。.．·/／《》]")


#: A leading numbering of a printed row label: 一、 （一） 1. 1、 其中：
RE_LABEL_NUMBER = re.compile(
    r"^(?:\s*(?:其中[：:]?|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d)))+"
)


#: A trailing parenthetical of a printed label, e.g. （不同渠道和方式公开相同信息计1条）.
RE_TRAILING_PAREN = re.compile(r"[（(][^（）()]*[）)]\s*$")


Number = int | Decimal


def checks_spec() -> dict[str, Any]:
    """The parsed ``lexicons/checks.yaml`` (cached by the lexicon loader).

    >>> "T3-A" in checks_spec()["checks"]
    True
    """
    return load_yaml(LEXICON)


def check_ids() -> tuple[str, ...]:
    """Every stable check id, in the order of ``lexicons/checks.yaml``.

    >>> check_ids()[:3]
    ('T3-A', 'T3-B', 'T3-C')
    """
    return tuple(checks_spec()["checks"])


def check_info(check_id: str) -> dict[str, Any]:
    """Severity, templates and the English/Chinese explanation of one check.

    Raises:
        KeyError: ``check_id`` is not in ``lexicons/checks.yaml``.

    >>> check_info("P-8-max")["severity"]
    'error'
    """
    try:
        return checks_spec()["checks"][check_id]
    except KeyError:
        raise KeyError(f"unknown check id {check_id!r}; known: {', '.join(check_ids())}") from None


@functools.lru_cache(maxsize=65536)
def normalize_label(label: str | None) -> str:
    """A printed row label without numbering, parentheticals, spaces and marks.

    >>> normalize_label("3、信函、传真申请数")
    '信函传真申请数'
    """
    text = (label or "").strip()
    previous = None
    while previous != text:
        previous = text
        text = RE_TRAILING_PAREN.sub("", text).strip()
        text = RE_LABEL_NUMBER.sub("", text).strip()
    return RE_LABEL_NOISE.sub("", text)


@functools.cache
def _template_labels(template: str) -> dict[tuple[str, str, str], str]:
    """Short printed labels of rows and columns: {("row"|"col", table, key): label}."""
    out: dict[tuple[str, str, str], str] = {}
    data = load_yaml(TEMPLATES_LEXICON) or {}
    spec = (data.get("templates") or {}).get(template) or {}
    for table in spec.get("tables") or ():
        for row in table.get("rows") or ():
            if row.get("key"):
                out[("row", table["key"], row["key"])] = _short(str(row["label"]))
        for col in table.get("columns") or ():
            out[("col", table["key"], col["key"])] = _short(str(col["label"]))
    return out


def _short(label: str) -> str:
    text = label.strip()
    previous = None
    while previous != text:
        previous = text
        text = RE_TRAILING_PAREN.sub("", text).strip()
    return RE_LABEL_NUMBER.sub("", text).strip() or label


@functools.cache
def _template_tables(template: str) -> tuple[tuple[str, str], ...]:
    """(table key, caption) of every table of ``template`` in ``templates.yaml``."""
    data = load_yaml(TEMPLATES_LEXICON) or {}
    spec = (data.get("templates") or {}).get(template) or {}
    return tuple((t["key"], str(t.get("caption", t["key"]))) for t in spec.get("tables") or ())


def row_label(template: str, table: str, row: str) -> str:
    """Chinese label of a row for messages (short form).

    >>> row_label("gov2021", "requests", "granted")
    '予以公开'
    """
    if row.startswith("~"):
        return row[1:]
    short = checks_spec().get("short_labels", {}).get("rows", {})
    if row in short:
        return short[row]
    return _template_labels(template).get(("row", table, row), row)


def col_label(template: str, table: str, col: str) -> str:
    """Chinese label of a column for messages (short form).

    >>> col_label("gov2021", "requests", "natural_person")
    '自然人'
    """
    labels = checks_spec().get("short_labels", {})
    own = (labels.get("cols_by_template") or {}).get(template) or {}
    if col in own:
        return own[col]
    short = labels.get("cols", {})
    if col in short:
        return short[col]
    return _template_labels(template).get(("col", table, col), col)


@functools.lru_cache(maxsize=64)
def _single_column(template: str, table: str) -> bool:
    """True for a table with one value column (gov2014 统计表): messages name the row only."""
    from textmine.errors import LexiconError
    from textmine.tables.registry import get_template

    try:
        spec = get_template(template).table(table)
    except (KeyError, LexiconError):
        return False
    return len([c for c in spec.columns if not c.optional]) == 1


def table_label(table: str) -> str:
    """Name of a table in messages (表二, 表三, 表四, 统计表)."""
    return checks_spec().get("table_names", {}).get(table, table)

