"""Test utility: write synthetic reports whose statistics tables hold known values.

Renders a template of ``lexicons/templates.yaml`` filled with given values in the layouts real
portals and converters produce, generates values that satisfy every HARD identity, injects
known inconsistencies, and wraps a table in a minimal report so the whole pipeline reads it.

Values are a dict ``{(table, row_key, col_key): value}`` where value is an int or Decimal,
``None`` or ``""`` (blank cell), ``"—"`` or ``"/"`` (dash) or ``"无"`` (none word). Rows of the
local template without a row key are keyed ``"~" + label``.

Renderings (:data:`RENDERINGS`): ``html`` (rowspan/colspan grids), ``markdown`` (pipe tables),
``cells`` (one cell per line like the seed), ``flat`` and ``flat_spaced`` (one-line text like
the Pingtan pages) and ``pdf`` (``pdftotext -layout`` look).

Example:
    >>> import random
    >>> values = consistent_values("gov2014", random.Random(1))
    >>> values[("stats", "staff", "value")] == values[("stats", "staff_full_time", "value")] + values[("stats", "staff_part_time", "value")]
    True
"""

from __future__ import annotations

import html as html_lib
import random
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from textmine.lexicons import load_yaml
from textmine.model import Cell

TEMPLATES = ("gov2021", "gov2019", "gov2014", "local")
RENDERINGS = ("html", "markdown", "cells", "flat", "flat_spaced", "pdf")
#: Renderings in which every cell is separated from its neighbours (blank cells visible).
SEPARATED = ("html", "markdown", "cells")
#: Renderings where only numbers (and dashes for pdf) can be shown unambiguously.
FLAT = ("flat", "flat_spaced")

Key = tuple[str, str, str]

#: The Fujian-style local table as printed by Pingtan 2011 (FORMAT.md §1.4), by template label.
LOCAL_LAYOUT = (
    "主动公开信息数",
    "其中：1.网站公开",
    "2.政府公报公开",
    "受理依申请公开信息总数",
    "其中：1.当面申请数",
    "2.传真申请数",
    "3.电子邮件申请数",
    "4.网上申请数",
    "5.信函申请数",
    "6.其它形式申请数",
    "对申请的答复数",
    "其中：1.同意公开答复数",
    "2.同意部分公开答复数",
    "3.否决公开答复数",
    "行政复议数",
    "行政诉讼数",
    "行政申诉数",
)
SECTION_NUMBERS = ("一", "二", "三", "四", "五", "六")


# --------------------------------------------------------------------------------------------
# Template layout
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """A printed row: its key in the values dict, label, unit, columns and group."""

    key: str
    label: str
    cols: tuple[str, ...]
    unit: str | None = None
    group: str | None = None
    header: bool = False


@dataclass(frozen=True)
class Table:
    """A printed table: key, caption, columns (key, label) and rows."""

    key: str
    caption: str
    columns: tuple[tuple[str, str], ...]
    rows: tuple[Row, ...]


def _spec(template: str) -> dict[str, Any]:
    return load_yaml("templates.yaml")["templates"][template]


def layout(template: str) -> tuple[Table, ...]:
    """The tables of ``template`` as printed (optional rows and columns left out).

    >>> [t.key for t in layout("gov2021")]
    ['active', 'requests', 'appeals']
    """
    out = []
    for t in _spec(template)["tables"]:
        columns = tuple((c["key"], str(c["label"])) for c in t["columns"] if not c.get("optional"))
        col_keys = tuple(k for k, _ in columns)
        rows: list[Row] = []
        if template == "local":
            by_label = {str(r["label"]): r for r in t["rows"]}
            for label in LOCAL_LAYOUT:
                r = by_label[label]
                unit = "件" if label in ("行政复议数", "行政诉讼数", "行政申诉数") else "条"
                key = r["key"] if r.get("key") else "~" + label
                rows.append(Row(key, label, col_keys, unit))
        else:
            for r in t["rows"]:
                if r.get("optional"):
                    continue
                cols = tuple(r.get("cols") or col_keys)
                rows.append(
                    Row(str(r["key"]), str(r["label"]), cols, r.get("unit"), r.get("group"), bool(r.get("header")))
                )
        out.append(Table(str(t["key"]), str(t.get("caption", "")), columns, tuple(rows)))
    return tuple(out)


def all_keys(template: str, *, headers: bool = False) -> list[Key]:
    """Every (table, row_key, col_key) cell of the printed template (header rows optional).

    >>> len(all_keys("gov2021"))
    200
    """
    keys = []
    for table in layout(template):
        for row in table.rows:
            if row.header and not headers:
                continue
            for col in row.cols:
                keys.append((table.key, row.key, col))
    return keys


def _label_of(template: str, table: str, col: str) -> str:
    for t in layout(template):
        if t.key == table:
            return dict(t.columns)[col]
    return col


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


def _small(rng: random.Random, *, zero: float = 0.6, high: int = 30, tail: float = 0.15) -> int:
    if rng.random() < zero:
        return 0
    return rng.randint(1, high) if rng.random() >= tail else rng.randint(high, high * 10)


def _money(rng: random.Random) -> Decimal:
    return Decimal(rng.randint(0, 999999)) / 100


def consistent_values(template: str, rng: random.Random, *, blanks: bool = True) -> dict[Key, Any]:
    """Random values of ``template`` that satisfy every HARD identity of FORMAT.md §3.

    Args:
        template: gov2021 | gov2019 | gov2014 | local.
        rng: the random source (seed it for determinism).
        blanks: also print some zero cells as blank, "—", "/" or "无" (they read as 0).

    >>> v = consistent_values("gov2021", random.Random(3), blanks=False)
    >>> v[("appeals", "review", "total")] == sum(v[("appeals", "review", c)] for c in ("upheld", "corrected", "other", "pending"))
    True
    """
    maker = {"gov2021": _gov_new, "gov2019": _gov_new, "gov2014": _gov2014, "local": _local}[template]
    values = maker(template, rng)
    if blanks:
        for key, value in list(values.items()):
            if value == 0 and rng.random() < 0.08:
                values[key] = rng.choice(["", "—", "/", "无"])
    return values


def _gov_new(template: str, rng: random.Random) -> dict[Key, Any]:
    v: dict[Key, Any] = {}
    tables = {t.key: t for t in layout(template)}
    # 表二
    for row in tables["active"].rows:
        if template == "gov2021":
            if row.key in ("rules", "normative_docs"):
                issued = _small(rng, zero=0.5, high=40)
                repealed = _small(rng, zero=0.6, high=20)
                in_force = issued + _small(rng, zero=0.2, high=200)
                v.update({("active", row.key, "issued"): issued, ("active", row.key, "repealed"): repealed,
                          ("active", row.key, "in_force"): in_force})
            elif row.key == "fees":
                v[("active", "fees", "amount")] = _money(rng) if rng.random() < 0.7 else 0
            else:
                v[("active", row.key, "decisions")] = _small(rng, zero=0.3, high=500)
        else:
            if row.key in ("rules", "normative_docs"):
                made = _small(rng, zero=0.5, high=60)
                published = made
                total = published + _small(rng, zero=0.3, high=100)
                v.update({("active", row.key, "made"): made, ("active", row.key, "published"): published,
                          ("active", row.key, "total_published"): total})
            elif row.key == "procurement":
                v[("active", "procurement", "items")] = _small(rng, zero=0.3, high=50)
                v[("active", "procurement", "amount")] = _money(rng)
            else:
                # As in real 2019-format tables: stock of items in the hundreds or thousands,
                # a change that is often 0 and may be negative, decisions in the tens to hundreds.
                for col in row.cols:
                    if col == "prev_items":
                        value = rng.randint(0, 3000) if rng.random() < 0.8 else 0
                    elif col == "change":
                        value = _small(rng, zero=0.5, high=30, tail=0.0)
                        if rng.random() < 0.3:
                            value = -min(value, v[("active", row.key, "prev_items")])
                    else:
                        value = _small(rng, zero=0.3, high=80)
                    v[("active", row.key, col)] = value
    # 表三
    cols6 = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")
    rows = [r.key for r in tables["requests"].rows]
    outcome = rows[rows.index("carried_over") + 1 : rows.index("total_processed")]
    for col in cols6:
        person = col == "natural_person"
        for r in outcome:
            v[("requests", r, col)] = _small(rng, zero=0.75 if person else 0.93, high=12 if person else 3,
                                             tail=0.1 if person else 0.0)
        processed = sum(v[("requests", r, col)] for r in outcome)
        carried_over = _small(rng, zero=0.8, high=4)
        carried_forward = _small(rng, zero=0.8, high=4)
        new = processed + carried_forward - carried_over
        if new < 0:
            carried_forward -= new
            new = 0
        v[("requests", "new_received", col)] = new
        v[("requests", "carried_over", col)] = carried_over
        v[("requests", "total_processed", col)] = processed
        v[("requests", "carried_forward", col)] = carried_forward
    for r in rows:
        v[("requests", r, "total")] = sum(v[("requests", r, c)] for c in cols6)
    # 表四
    for r in ("review", "suit_direct", "suit_after_review"):
        parts = [_small(rng, zero=0.6, high=8) for _ in range(4)]
        for c, p in zip(("upheld", "corrected", "other", "pending"), parts, strict=True):
            v[("appeals", r, c)] = p
        v[("appeals", r, "total")] = sum(parts)
    return v


def _gov2014(template: str, rng: random.Random) -> dict[Key, Any]:
    s: dict[str, Any] = {}
    s["active_items"] = rng.randint(50, 20000)
    s["active_normative"] = rng.randint(0, s["active_items"] // 10)
    s["normative_issued"] = s["active_normative"] + _small(rng, zero=0.5, high=20)
    channels = ["channel_gazette", "channel_website", "channel_weibo", "channel_wechat", "channel_other"]
    s["channel_website"] = s["active_items"]
    for ch in channels:
        if ch != "channel_website":
            s[ch] = rng.randint(0, s["active_items"]) if rng.random() < 0.5 else 0
    s["response_hotspots"] = _small(rng, high=20)
    s["press_conferences"] = _small(rng, high=10)
    s["press_conferences_leaders"] = rng.randint(0, s["press_conferences"])
    s["online_interviews"] = _small(rng, high=10)
    s["online_interviews_leaders"] = rng.randint(0, s["online_interviews"])
    for k in ("interpretations", "weibo_wechat_responses", "other_responses", "complaints"):
        s[k] = _small(rng, high=30)
    for k in ("requests_in_person", "requests_fax", "requests_online", "requests_mail"):
        s[k] = _small(rng, zero=0.4, high=25)
    s["requests_received"] = sum(s[k] for k in ("requests_in_person", "requests_fax", "requests_online", "requests_mail"))
    reply_parts = ["replies_already_public", "replies_granted", "replies_partial", "replies_not_this_body",
                   "replies_not_exist", "replies_amend", "replies_other_route"]
    denied = ["denied_state_secret", "denied_commercial_secret", "denied_privacy", "denied_security",
              "denied_not_gov_info", "denied_other_law"]
    for k in (*reply_parts, *denied):
        s[k] = _small(rng, zero=0.7, high=6)
    s["replies_denied"] = sum(s[k] for k in denied)
    s["replies"] = sum(s[k] for k in reply_parts) + s["replies_denied"]
    s["requests_closed"] = s["replies"]
    s["requests_closed_extended"] = rng.randint(0, s["requests_closed"])
    s["requests_closed_on_time"] = s["requests_closed"] - s["requests_closed_extended"]
    for group in ("reviews", "suits"):
        parts = [f"{group}_upheld", f"{group}_corrected", f"{group}_other"]
        for k in parts:
            s[k] = _small(rng, zero=0.7, high=5)
        s[group] = sum(s[k] for k in parts)
    s["fees"] = Decimal(rng.randint(0, 500)) / 100 if rng.random() < 0.3 else 0
    s["dedicated_bodies"] = rng.randint(0, 3)
    s["reading_points"] = rng.randint(0, 12)
    s["staff_full_time"] = rng.randint(0, 6)
    s["staff_part_time"] = rng.randint(0, 10)
    s["staff"] = s["staff_full_time"] + s["staff_part_time"]
    s["budget"] = Decimal(rng.randint(0, 2000)) / 10 if rng.random() < 0.5 else 0
    s["meetings"] = _small(rng, high=8)
    s["training_sessions"] = _small(rng, high=8)
    s["trainees"] = s["training_sessions"] * rng.randint(1, 60)
    v: dict[Key, Any] = {}
    for row in layout("gov2014")[0].rows:
        if not row.header:
            v[("stats", row.key, "value")] = s[row.key]
    return v


def _local(template: str, rng: random.Random) -> dict[Key, Any]:
    v: dict[Key, Any] = {}
    keys = {row.label: row.key for row in layout("local")[0].rows}
    channels = ["其中：1.当面申请数", "2.传真申请数", "3.电子邮件申请数", "4.网上申请数", "5.信函申请数", "6.其它形式申请数"]
    replies = ["其中：1.同意公开答复数", "2.同意部分公开答复数", "3.否决公开答复数"]
    for col in ("value", "cumulative"):
        extra = 0 if col == "value" else 1

        def put(label: str, value: int, col: str = col) -> None:
            v[("stats", keys[label], col)] = value

        def get(label: str, col: str = col) -> int:
            return v[("stats", keys[label], col)]

        if col == "value":
            web, gazette = rng.randint(10, 3000), _small(rng, zero=0.5, high=20)
            chans = [_small(rng, zero=0.6, high=10) for _ in channels]
            reps = [_small(rng, zero=0.5, high=5) for _ in replies]
            others = [_small(rng, zero=0.7, high=3) for _ in range(3)]
        else:
            web = get("其中：1.网站公开", "value") + rng.randint(0, 50000)
            gazette = get("2.政府公报公开", "value") + _small(rng, zero=0.5, high=30)
            chans = [get(c, "value") + _small(rng, zero=0.5, high=20) * extra for c in channels]
            reps = [get(r, "value") + _small(rng, zero=0.5, high=20) * extra for r in replies]
            others = [get(lab, "value") + _small(rng, zero=0.6, high=5) for lab in ("行政复议数", "行政诉讼数", "行政申诉数")]
        put("其中：1.网站公开", web)
        put("2.政府公报公开", gazette)
        put("主动公开信息数", web + gazette)
        for c, x in zip(channels, chans, strict=True):
            put(c, x)
        put("受理依申请公开信息总数", sum(chans))
        for r, x in zip(replies, reps, strict=True):
            put(r, x)
        put("对申请的答复数", sum(reps))
        for lab, x in zip(("行政复议数", "行政诉讼数", "行政申诉数"), others, strict=True):
            put(lab, x)
    return v


def as_number(value: Any) -> int | Decimal | None:
    """The number a value reads as in a sum (0 for blank/dash/无), ``None`` for text."""
    if isinstance(value, (int, Decimal)):
        return value
    if value is None or value in ("", "—", "/", "无", "-", "－", "／"):
        return 0
    return None


def expected_status(value: Any) -> str:
    """The SCHEMA.md §3 status a rendered value must be read back with."""
    if isinstance(value, (int, Decimal)):
        return "number"
    if value is None or str(value).strip() == "":
        return "blank"
    if value in ("无", "没有"):
        return "none_word"
    return "dash"


def cells_from_values(template: str, values: Mapping[Key, Any]) -> list[Cell]:
    """Cell records as a perfect extractor would return them for ``values``.

    >>> cells_from_values("gov2014", {("stats", "staff", "value"): 3})[0].status
    'number'
    """
    out = []
    for (table, row, col), value in values.items():
        status = expected_status(value)
        label = row[1:] if row.startswith("~") else None
        out.append(
            Cell(
                template=template,
                table=table,
                row_key=None if row.startswith("~") else row,
                col_key=col,
                value=value if status == "number" else None,
                raw=fmt(value),
                status=status,
                label=label,
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# Injectors
# --------------------------------------------------------------------------------------------

#: Where an injected inconsistency must be reported: (kind, key, check_id).
#: kind: "change" (a leaf cell +k), "off_by_one" (a total +1), "blank" (a total left blank).
INJECTIONS: dict[str, tuple[tuple[str, Key, str], ...]] = {
    "gov2021": (
        ("change", ("requests", "granted", "natural_person"), "T3-B"),
        ("change", ("appeals", "suit_direct", "upheld"), "T4-A"),
        ("off_by_one", ("requests", "total_processed", "total"), "T3-B"),
        ("off_by_one", ("requests", "new_received", "natural_person"), "T3-A"),
        ("off_by_one", ("appeals", "review", "total"), "T4-A"),
        ("blank", ("appeals", "review", "total"), "T4-A"),
        ("blank", ("requests", "new_received", "total"), "T3-C"),
    ),
    "gov2014": (
        ("change", ("stats", "reviews_upheld", "value"), "P-5"),
        ("change", ("stats", "requests_online", "value"), "P-1"),
        ("off_by_one", ("stats", "requests_received", "value"), "P-1"),
        ("off_by_one", ("stats", "replies", "value"), "P-3"),
        ("off_by_one", ("stats", "staff", "value"), "P-6"),
        ("blank", ("stats", "staff", "value"), "P-6"),
        ("blank", ("stats", "replies", "value"), "P-3"),
    ),
    "local": (
        ("change", ("stats", "channel_website", "value"), "L-1"),
        ("change", ("stats", "requests_in_person", "cumulative"), "L-2"),
        ("off_by_one", ("stats", "active_items", "value"), "L-1"),
        ("off_by_one", ("stats", "replies", "cumulative"), "L-3"),
        ("blank", ("stats", "active_items", "value"), "L-1"),
        ("blank", ("stats", "requests_received", "cumulative"), "L-2"),
    ),
}
INJECTIONS["gov2019"] = INJECTIONS["gov2021"]


def change_cell(values: Mapping[Key, Any], key: Key, delta: int = 1) -> dict[Key, Any]:
    """A copy of ``values`` with one cell changed by ``delta`` (a blank becomes ``delta``)."""
    out = dict(values)
    out[key] = (as_number(out.get(key)) or 0) + delta
    return out


def off_by_one(values: Mapping[Key, Any], key: Key) -> dict[Key, Any]:
    """A copy of ``values`` with the total ``key`` one too high."""
    return change_cell(values, key, 1)


def blank_cell(values: Mapping[Key, Any], key: Key) -> dict[Key, Any]:
    """A copy of ``values`` with the cell ``key`` left blank."""
    out = dict(values)
    out[key] = ""
    return out


def inject(values: Mapping[Key, Any], kind: str, key: Key, rng: random.Random) -> dict[Key, Any] | None:
    """Apply one injection of :data:`INJECTIONS`; ``None`` when it would not break anything
    (blanking a total that is already 0)."""
    if kind == "change":
        return change_cell(values, key, rng.randint(1, 5))
    if kind == "off_by_one":
        return off_by_one(values, key)
    if kind == "blank":
        if not as_number(values.get(key)):
            return None
        return blank_cell(values, key)
    raise ValueError(f"unknown injection {kind!r}")


# --------------------------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------------------------


def fmt(value: Any) -> str:
    """The printed form of a value ("" for blank)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _grid_value(values: Mapping[Key, Any], key: Key) -> str:
    return fmt(values.get(key))


def _year_label(year: int) -> str:
    return f"{year}年度"


def _tables(template: str, values: Mapping[Key, Any]) -> tuple[Table, ...]:
    return layout(template)


REQUEST_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
OUTCOME_GROUP = "三、本年度办理结果"
COL_ORDER = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total")


def _outcome_rows(table: Table) -> tuple[list[Row], list[Row], list[Row]]:
    keys = [r.key for r in table.rows]
    i, j = keys.index("carried_over") + 1, keys.index("carried_forward")
    return list(table.rows[:i]), list(table.rows[i:j]), list(table.rows[j:])


def _sub_group(row: Row) -> str | None:
    return row.group if row.group and row.group != OUTCOME_GROUP else None


def _active_blocks(table: Table) -> list[tuple[str, list[Row]]]:
    blocks: list[tuple[str, list[Row]]] = []
    for row in table.rows:
        if not blocks or blocks[-1][0] != row.group:
            blocks.append((row.group or "", []))
        blocks[-1][1].append(row)
    return blocks


# ---- HTML ----------------------------------------------------------------------------------


def _td(text: str, *, rowspan: int = 1, colspan: int = 1) -> str:
    attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    return f"<td{attrs}>{html_lib.escape(text)}</td>"


def render_html(template: str, values: Mapping[Key, Any], *, year: int) -> list[str]:
    """Each table as HTML ``<table>`` markup with the spans real portals use.

    >>> "rowspan" in render_html("gov2021", consistent_values("gov2021", random.Random(0)), year=2022)[1]
    True
    """
    out = []
    for table in _tables(template, values):
        rows: list[str] = []
        if table.key == "active":
            width = 1 + max(len(r.cols) for r in table.rows)
            for group, block in _active_blocks(table):
                rows.append("<tr>" + _td(group, colspan=width) + "</tr>")
                cols = block[0].cols
                head = [_td("信息内容")] + [
                    _td(_label_of(template, "active", c), colspan=(width - len(cols)) if i == len(cols) - 1 else 1)
                    for i, c in enumerate(cols)
                ]
                rows.append("<tr>" + "".join(head) + "</tr>")
                for r in block:
                    tds = [_td(r.label)] + [
                        _td(_grid_value(values, ("active", r.key, c)),
                            colspan=(width - len(r.cols)) if i == len(r.cols) - 1 else 1)
                        for i, c in enumerate(r.cols)
                    ]
                    rows.append("<tr>" + "".join(tds) + "</tr>")
        elif table.key == "requests":
            labels = dict(table.columns)
            rows.append("<tr>" + _td(REQUEST_NOTE, rowspan=3, colspan=3) + _td("申请人情况", colspan=7) + "</tr>")
            rows.append("<tr>" + _td(labels["natural_person"], rowspan=2) + _td("法人或其他组织", colspan=5)
                        + _td(labels["total"], rowspan=2) + "</tr>")
            rows.append("<tr>" + "".join(_td(labels[c]) for c in ("commercial", "research", "social_welfare",
                                                                   "legal_services", "other_org")) + "</tr>")
            head, outcome, tail = _outcome_rows(table)

            def vals(r: Row) -> str:
                return "".join(_td(_grid_value(values, ("requests", r.key, c))) for c in COL_ORDER)

            for r in head:
                rows.append("<tr>" + _td(r.label, colspan=3) + vals(r) + "</tr>")
            seen: set[str] = set()
            for i, r in enumerate(outcome):
                cells = _td(OUTCOME_GROUP, rowspan=len(outcome)) if i == 0 else ""
                group = _sub_group(r)
                if group is None:
                    cells += _td(r.label, colspan=2)
                else:
                    if group not in seen:
                        seen.add(group)
                        cells += _td(group, rowspan=sum(1 for x in outcome if _sub_group(x) == group))
                    cells += _td(r.label)
                rows.append("<tr>" + cells + vals(r) + "</tr>")
            for r in tail:
                rows.append("<tr>" + _td(r.label, colspan=3) + vals(r) + "</tr>")
        elif table.key == "appeals":
            labels = [lab for _, lab in table.columns]
            rows.append("<tr>" + _td("行政复议", colspan=5) + _td("行政诉讼", colspan=10) + "</tr>")
            rows.append("<tr>" + "".join(_td(lab, rowspan=2) for lab in labels)
                        + _td("未经复议直接起诉", colspan=5) + _td("复议后起诉", colspan=5) + "</tr>")
            rows.append("<tr>" + "".join(_td(lab) for lab in labels * 2) + "</tr>")
            rows.append("<tr>" + "".join(_td(_grid_value(values, ("appeals", r.key, c))) for r in table.rows
                                         for c, _ in table.columns) + "</tr>")
        else:
            rows.append(_stats_header_html(template, year))
            for r in table.rows:
                unit = r.unit or ""
                tds = [_td(r.label), _td(unit)] + [_td(_grid_value(values, ("stats", r.key, c))) for c in r.cols]
                if r.header:
                    tds = [_td(r.label), _td(""), _td("")]
                rows.append("<tr>" + "".join(tds) + "</tr>")
        out.append('<table border="1">' + "".join(rows) + "</table>")
    return out


def _stats_header_html(template: str, year: int) -> str:
    if template == "local":
        return "<tr>" + "".join(_td(x) for x in ("指标名称", "计量单位", _year_label(year), "历年累计")) + "</tr>"
    return "<tr>" + "".join(_td(x) for x in ("统计指标", "单位", "统计数")) + "</tr>"


# ---- markdown ------------------------------------------------------------------------------


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "／") for c in cells) + " |"


def render_markdown(template: str, values: Mapping[Key, Any], *, year: int) -> list[str]:
    """Each table as a markdown pipe table (spans flattened, group labels on rows of their own)."""
    out = []
    for table in _tables(template, values):
        lines: list[list[str]] = []
        if table.key == "active":
            width = 1 + max(len(r.cols) for r in table.rows)
            for group, block in _active_blocks(table):
                lines.append([group] + [""] * (width - 1))
                cols = block[0].cols
                lines.append(["信息内容"] + [_label_of(template, "active", c) for c in cols] + [""] * (width - 1 - len(cols)))
                for r in block:
                    lines.append([r.label] + [_grid_value(values, ("active", r.key, c)) for c in r.cols]
                                 + [""] * (width - 1 - len(r.cols)))
        elif table.key == "requests":
            labels = dict(table.columns)
            lines.append([REQUEST_NOTE] + [labels[c] for c in COL_ORDER])
            head, outcome, tail = _outcome_rows(table)
            group_done: set[str] = set()
            for r in head:
                lines.append([r.label] + [_grid_value(values, ("requests", r.key, c)) for c in COL_ORDER])
            lines.append([OUTCOME_GROUP] + [""] * 7)
            for r in outcome:
                g = _sub_group(r)
                if g and g not in group_done:
                    group_done.add(g)
                    lines.append([g] + [""] * 7)
                lines.append([r.label] + [_grid_value(values, ("requests", r.key, c)) for c in COL_ORDER])
            for r in tail:
                lines.append([r.label] + [_grid_value(values, ("requests", r.key, c)) for c in COL_ORDER])
        elif table.key == "appeals":
            labels = [lab for _, lab in table.columns]
            lines.append(["行政复议"] + [""] * 4 + ["行政诉讼"] + [""] * 9)
            lines.append([""] * 5 + ["未经复议直接起诉"] + [""] * 4 + ["复议后起诉"] + [""] * 4)
            lines.append(labels * 3)
            lines.append([_grid_value(values, ("appeals", r.key, c)) for r in table.rows for c, _ in table.columns])
        else:
            if template == "local":
                lines.append(["指标名称", "计量单位", _year_label(year), "历年累计"])
            else:
                lines.append(["统计指标", "单位", "统计数"])
            for r in table.rows:
                if r.header:
                    lines.append([r.label, ""] + [""] * len(r.cols))
                else:
                    lines.append([r.label, r.unit or ""] + [_grid_value(values, ("stats", r.key, c)) for c in r.cols])
        width = max(len(x) for x in lines)
        text = [_pipe(lines[0] + [""] * (width - len(lines[0]))), _pipe(["---"] * width)]
        text += [_pipe(x + [""] * (width - len(x))) for x in lines[1:]]
        out.append("\n".join(text))
    return out


# ---- one cell per line (seed) --------------------------------------------------------------


def _cell_line(text: str) -> str:
    return text if text.strip() else " "


def render_cells(template: str, values: Mapping[Key, Any], *, year: int) -> list[str]:
    """One cell per line with empty lines between, like the seed page (blank cell = " ")."""
    out = []
    for table in _tables(template, values):
        cells: list[str] = []
        if table.key == "active":
            for group, block in _active_blocks(table):
                cells.append(group)
                cells += ["信息内容"] + [_label_of(template, "active", c) for c in block[0].cols]
                for r in block:
                    cells += [r.label] + [_grid_value(values, ("active", r.key, c)) for c in r.cols]
        elif table.key == "requests":
            labels = dict(table.columns)
            cells += [REQUEST_NOTE, "申请人情况", labels["natural_person"], "法人或其他组织", labels["total"]]
            cells += [labels[c] for c in COL_ORDER[1:6]]
            head, outcome, tail = _outcome_rows(table)
            done: set[str] = set()
            for r in head:
                cells += [r.label] + [_grid_value(values, ("requests", r.key, c)) for c in COL_ORDER]
            cells.append(OUTCOME_GROUP)
            for r in outcome:
                g = _sub_group(r)
                if g and g not in done:
                    done.add(g)
                    cells.append(g)
                cells += [r.label] + [_grid_value(values, ("requests", r.key, c)) for c in COL_ORDER]
            for r in tail:
                cells += [r.label] + [_grid_value(values, ("requests", r.key, c)) for c in COL_ORDER]
        elif table.key == "appeals":
            labels = [lab for _, lab in table.columns]
            cells += ["行政复议", "行政诉讼"] + labels + ["未经复议直接起诉", "复议后起诉"] + labels * 2
            cells += [_grid_value(values, ("appeals", r.key, c)) for r in table.rows for c, _ in table.columns]
        else:
            cells += (["指 标 名 称", "计量单位", _year_label(year), "历年累计"] if template == "local"
                      else ["统 计 指 标", "单位", "统计数"])
            for r in table.rows:
                if r.header:
                    cells += [r.label, "\u00a0"]
                    continue
                cells += [r.label, r.unit or "\u00a0"] + [_grid_value(values, ("stats", r.key, c)) for c in r.cols]
        out.append("\n\n".join(_cell_line(c) for c in cells))
    return out


# ---- flattened one-line text (Pingtan) -----------------------------------------------------


def render_flat(template: str, values: Mapping[Key, Any], *, year: int, spaced: bool = False) -> list[str]:
    """Each table flattened onto one line: label, unit and numbers with no separators (or single
    spaces when ``spaced``), e.g. ``主动公开信息数条4251516``."""
    sep = " " if spaced else ""
    out = []
    for table in _tables(template, values):
        parts: list[str] = []
        if table.key == "active":
            for group, block in _active_blocks(table):
                parts.append(group + "信息内容" + "".join(_label_of(template, "active", c) for c in block[0].cols))
                for r in block:
                    parts.append(sep.join([r.label] + [_grid_value(values, ("active", r.key, c)) for c in r.cols]))
        elif table.key == "requests":
            labels = dict(table.columns)
            parts.append(REQUEST_NOTE + "申请人情况" + labels["natural_person"] + "法人或其他组织" + labels["total"]
                         + "".join(labels[c] for c in COL_ORDER[1:6]))
            head, outcome, tail = _outcome_rows(table)
            done: set[str] = set()
            for r in head:
                parts.append(sep.join([r.label] + [_grid_value(values, ("requests", r.key, c)) for c in COL_ORDER]))
            parts.append(OUTCOME_GROUP)
            for r in outcome:
                g = _sub_group(r)
                if g and g not in done:
                    done.add(g)
                    parts.append(g)
                parts.append(sep.join([r.label] + [_grid_value(values, ("requests", r.key, c)) for c in COL_ORDER]))
            for r in tail:
                parts.append(sep.join([r.label] + [_grid_value(values, ("requests", r.key, c)) for c in COL_ORDER]))
        elif table.key == "appeals":
            labels = "".join(lab for _, lab in table.columns)
            parts.append("行政复议行政诉讼" + labels + "未经复议直接起诉复议后起诉" + labels + labels)
            parts.append(sep.join(_grid_value(values, ("appeals", r.key, c)) for r in table.rows for c, _ in table.columns))
        else:
            parts.append("指标名称计量单位" + _year_label(year) + "历年累计" if template == "local" else "统计指标单位统计数")
            for r in table.rows:
                if r.header:
                    parts.append(r.label)
                    continue
                parts.append(sep.join([r.label + (r.unit or "")] + [_grid_value(values, ("stats", r.key, c)) for c in r.cols]))
        out.append(sep.join(parts) if spaced else "".join(parts))
    return out


# ---- pdftotext -layout look ----------------------------------------------------------------


def _pad(text: str, width: int) -> str:
    w = sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
    return text + " " * max(1, width - w)


def _spaced_chars(text: str) -> str:
    return " ".join(text)


def render_pdf(template: str, values: Mapping[Key, Any], *, year: int) -> list[str]:
    """``pdftotext -layout``-like text: padded columns, numbers separated by runs of spaces,
    vertical header characters spaced, table 四's 15 numbers on one line."""
    out = []
    for table in _tables(template, values):
        lines: list[str] = []
        if table.key == "active":
            for group, block in _active_blocks(table):
                lines += ["", "              " + group, ""]
                lines.append("       信息内容   " + "    ".join(_label_of(template, "active", c) for c in block[0].cols))
                lines.append("")
                for r in block:
                    nums = "".join(f"{_grid_value(values, ('active', r.key, c)):>11}" for c in r.cols)
                    lines.append(_pad(r.label, 18) + nums)
                    lines.append("")
        elif table.key == "requests":
            lines += [" " * 62 + "申请人情况", "", " " * 57 + "法人或其他组织",
                      "（本列数据的勾稽关系为：第一项加第二项之和， 等", "于第三项加第四项之和）",
                      " " * 45 + "自然人         社会 法律                总计",
                      " " * 51 + "商业 科研", " " * 57 + "公益 服务 其他", " " * 51 + "企业 机构",
                      " " * 57 + "组织 机构", ""]
            head, outcome, tail = _outcome_rows(table)

            def nums(r: Row) -> str:
                return "".join(f"{_grid_value(values, ('requests', r.key, c)):>6}" for c in COL_ORDER)

            for r in head:
                lines.append(_pad(r.label, 56) + nums(r))
            done: set[str] = set()
            for i, r in enumerate(outcome):
                if i == len(outcome) // 3:
                    lines.append(" " + _spaced_chars(OUTCOME_GROUP))
                g = _sub_group(r)
                if g and g not in done:
                    done.add(g)
                    lines.append("                  " + g)
                indent = "                            " if g else "                  "
                lines.append(_pad(indent + r.label, 56) + nums(r))
            for r in tail:
                lines.append(_pad(r.label, 56) + nums(r))
        elif table.key == "appeals":
            lines += ["          行政复议                              行政诉讼", "",
                      "                              未经复议直接起诉                  复议后起诉", "",
                      "结果   结果     其他   尚未",
                      "                    总 计 结果 结果 其他       尚未     结果 结果 其他 尚未",
                      "维持   纠正     结果   审结                                               总计",
                      "                                          总 计",
                      "                        维持 纠正 结果       审结     维持 纠正 结果 审结", "", ""]
            nums = [_grid_value(values, ("appeals", r.key, c)) for r in table.rows for c, _ in table.columns]
            lines.append("    ".join(nums))
        else:
            if template == "local":
                lines.append(_pad("指 标 名 称", 40) + "计量单位    " + _year_label(year) + "    历年累计")
            else:
                lines.append(_pad("统 计 指 标", 50) + "单位    统计数")
            for r in table.rows:
                if r.header:
                    lines.append(r.label)
                    continue
                vals = "".join(f"{_grid_value(values, ('stats', r.key, c)):>12}" for c in r.cols)
                lines.append(_pad(r.label, 50 if template != "local" else 40) + f"{r.unit or '':<4}" + vals)
        out.append("\n".join(lines))
    return out


RENDERERS = {
    "html": render_html,
    "markdown": render_markdown,
    "cells": render_cells,
    "flat": render_flat,
    "flat_spaced": lambda t, v, *, year: render_flat(t, v, year=year, spaced=True),
    "pdf": render_pdf,
}


def render_tables(template: str, values: Mapping[Key, Any], *, rendering: str, year: int) -> list[str]:
    """The template's tables in one rendering of :data:`RENDERINGS`."""
    return RENDERERS[rendering](template, values, year=year)


# --------------------------------------------------------------------------------------------
# Whole reports
# --------------------------------------------------------------------------------------------

SENTENCES = {
    "overview": "本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。",
    "proactive": "我单位通过政府网站等渠道主动公开政府信息，具体情况见下表。",
    "requests": "我单位依法依规办理政府信息公开申请，具体情况见下表。",
    "appeals": "政府信息公开行政复议、行政诉讼情况见下表。",
    "problems": "政府信息公开工作仍存在公开内容不够全面的问题，下一步将进一步加强培训。",
    "other": "本年度无其他需要报告的事项。",
}

NEW_HEADINGS = (
    ("总体情况", "overview", None),
    ("主动公开政府信息情况", "proactive", "active"),
    ("收到和处理政府信息公开申请情况", "requests", "requests"),
    ("政府信息公开行政复议、行政诉讼情况", "appeals", "appeals"),
    ("存在的主要问题及改进情况", "problems", None),
    ("其他需要报告的事项", "other", None),
)
OLD_HEADINGS = (
    ("概述", "overview"),
    ("主动公开政府信息情况", "proactive"),
    ("依申请公开政府信息情况", "requests"),
    ("因政府信息公开申请行政复议、提起行政诉讼的情况", "appeals"),
    ("政府信息公开工作存在的主要问题及改进情况", "problems"),
    ("其他需要报告的事项", "other"),
)

EXTENSIONS = {"html": ".html", "markdown": ".md", "cells": ".txt", "flat": ".txt", "flat_spaced": ".txt",
              "pdf": ".pdftotext.txt"}


def default_year(template: str, rng: random.Random) -> int:
    """A report year of the template's era."""
    return {"gov2021": rng.randint(2021, 2024), "gov2019": rng.randint(2019, 2020),
            "gov2014": rng.randint(2014, 2018), "local": rng.randint(2009, 2013)}[template]


def render_report(
    template: str,
    values: Mapping[Key, Any],
    *,
    rendering: str,
    year: int,
    issuer: str = "某某县人民政府",
) -> tuple[bytes, str]:
    """A minimal whole report (title with year, sections 一…六, the tables) as file bytes.

    Returns:
        (bytes, file name) — the name's extension tells the reader the format.

    >>> data, name = render_report("gov2014", consistent_values("gov2014", random.Random(0)), rendering="cells", year=2016)
    >>> name, "统计表" in data.decode()
    ('某某县人民政府-2016-gov2014-cells.txt', True)
    """
    tables = render_tables(template, values, rendering=rendering, year=year)
    by_key = dict(zip([t.key for t in layout(template)], tables, strict=True))
    title = f"{issuer}{year}年政府信息公开工作年度报告"
    preamble = (f"本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限自{year}年1月1日起"
                f"至{year}年12月31日止。")
    blocks: list[tuple[str, str]] = []  # (kind, text): kind heading | para | table
    if template in ("gov2021", "gov2019"):
        for number, (heading, kind, table) in zip(SECTION_NUMBERS, NEW_HEADINGS, strict=True):
            blocks.append(("heading", f"{number}、{heading}"))
            blocks.append(("para", SENTENCES[kind]))
            if table:
                blocks.append(("table", by_key[table]))
    else:
        for number, (heading, kind) in zip(SECTION_NUMBERS, OLD_HEADINGS, strict=True):
            blocks.append(("heading", f"{number}、{heading}"))
            blocks.append(("para", SENTENCES[kind]))
        caption = f"附件：{issuer}{year}年政府信息公开情况统计表"
        blocks.append(("heading", caption))
        blocks.append(("table", by_key["stats"]))
    name = f"{issuer}-{year}-{template}-{rendering}{EXTENSIONS[rendering]}"
    if rendering == "html":
        body = [f"<h1>{html_lib.escape(title)}</h1>", f"<p>{html_lib.escape(preamble)}</p>"]
        for kind, text in blocks:
            if kind == "heading":
                body.append(f"<p><strong>{html_lib.escape(text)}</strong></p>")
            elif kind == "para":
                body.append(f"<p>{html_lib.escape(text)}</p>")
            else:
                body.append(text)
        doc = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + html_lib.escape(title)
               + "</title></head><body>" + "\n".join(body) + "</body></html>")
        return doc.encode("utf-8"), name
    if rendering == "markdown":
        parts = [f"# {title}", preamble]
        for kind, text in blocks:
            parts.append(f"## {text}" if kind == "heading" else text)
        return ("\n\n".join(parts) + "\n").encode("utf-8"), name
    if rendering in FLAT:
        parts = [title, preamble] + [text for _, text in blocks]
        return ("".join(parts) if rendering == "flat" else " ".join(parts)).encode("utf-8"), name
    parts = [title, "", preamble, ""]
    for _kind, text in blocks:
        parts += [text, ""]
    if rendering == "pdf":
        parts.append("                                   -1-")
    return ("\n".join(parts) + "\n").encode("utf-8"), name


def allowed_values(rendering: str, values: Mapping[Key, Any]) -> dict[Key, Any]:
    """``values`` with blank-like cells replaced where the rendering cannot show them: flat
    text shows numbers only (blank → 0), pdf text shows numbers and dashes (blank → "—")."""
    if rendering in SEPARATED:
        return dict(values)
    out = {}
    for key, value in values.items():
        if isinstance(value, (int, Decimal)):
            out[key] = value
        elif rendering == "pdf":
            out[key] = "—"
        else:
            out[key] = 0
    return out
