"""Write the held-out table probes of ``tests/cases/table_probes19`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10 item 2), in two batches (batch B written after
batch A's fixes and scored before any fix of its own), in shapes table_probes3..18 do not hold:

* ``page_split``: a table cut by a PDF page break with a running head and a folio between two rows (``- 3 -``,
  ``第 4 页 共 7 页``, a bare ``3``, a form feed), the header rows not repeated, or repeated after ``续表``;
  table 四's header rows on one page and its counts on the next;
* ``html_heads``: table 三 in HTML whose three header rows are laid out otherwise: 申请人情况 over the whole width
  (the label block's head 项目 on the second row), the organisations in another order (科研机构, 商业企业,
  法律服务机构, 社会公益组织, 其他), or the 法人或其他组织 block before 自然人;
* ``ocr``: tables as OCR gives an image of them: ``O`` for 0 and ``l`` for 1 inside counts, a stray space inside
  a count (TAB cells), space rows with ``O``/``l``;
* ``turned3``: table 三 turned (a line per applicant kind): 2019 in space rows, 2021 in HTML with its groups as a
  first header row over the items (colspan);
* ``stats_extra``: the 2013–2018 统计表 with rows a province adds (5.电子邮件申请数 inside 收到申请数, 接受咨询数 in
  人次 with its 其中 rows, 6.政务新媒体公开政府信息数) and the units 条/件/次/篇/人次/万元 in a column or after the value;
* ``two_sets``: a report holding two table sets, the body's own and its subordinate units' 汇总 (labelled: the
  body's own, the first);
* ``zero_units``: every zero cell written ``0件`` (table 三, 四), ``0条`` (table 二), ``0.00`` (万元), or ``0.0``;
* ``docx_runs``: the official 2021 Word template filled otherwise (python-docx): each count typed as a run after
  the template paragraph's own, its unit ``件`` as a run of its own, a line break before the unit in table 四;
  or table 三's item rows that hold only zeros deleted from the template and table 二's unused cells ``—``;
* ``inconsistent``: planted identity errors that must be found.

Batch B adds: a TAB row cut by the page break (its label on one page, its counts on the next); table 三's HTML
heads with 总计 first; OCR in HTML cells, and TAB rows with ``I`` for 1 and ``o`` for 0 (2019); table 三 (2021)
turned in space rows, each item headed with its group (``（三）不予公开1.属于国家秘密``); the 统计表 with a column
of last year's counts (统计数 | 上年数); two sets in space rows, the second under 表一/表二/表三 captions marked
（汇总）; zeros ``0 件`` with a space and ``0.00万元``; the template with each count in a paragraph after the
cell's empty one; a planted T3-A under OCR'd HTML cells.

Every probe but the ``inconsistent`` ones is consistent, so any error finding on them blames the report
for a misreading. Only cells the report prints are labelled.

    python bench/make_table_probes19.py   # rewrites tests/cases/table_probes19/

``expected.json`` as in ``bench/make_table_probes12.py``.
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_table_probes3 import (  # noqa: E402
    COLS,
    active_grid,
    appeals_grid,
    fmt,
    full_rows,
    report_text,
    requests_grid,
    stats_grid,
)
from bench.make_table_probes4 import TEMPLATE, _unique, template_fill  # noqa: E402
from bench.make_table_probes7 import _stable, gov, html_page, old  # noqa: E402
from bench.make_table_probes8 import shown, tables_text  # noqa: E402
from bench.make_table_probes14 import write_probes  # noqa: E402
from tests.report_writer import layout  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes19"

Grid = list[list[tuple[str, int, int]]]
CAPTIONS = {
    "active": "二、主动公开政府信息情况",
    "requests": "三、收到和处理政府信息公开申请情况",
    "appeals": "四、政府信息公开行政复议、行政诉讼情况",
}


# ------------------------------------------------------------------ printing


def txt(issuer: str, year: int, parts: list[tuple[str, str]]) -> str:
    return report_text(issuer, year, tables_text(parts))


def tab_lines(grid: Grid) -> list[str]:
    return ["\t".join(c.replace("\n", "") for c in row) for row in full_rows(grid)]


def space_lines(grid: Grid) -> list[str]:
    return [" ".join(c.replace("\n", "") for c in row if c) for row in full_rows(grid)]


def tabs(grid: Grid) -> str:
    return "\n".join(tab_lines(grid))


def spaces(grid: Grid) -> str:
    return "\n".join(space_lines(grid))


def page(issuer: str, year: int, parts: list[tuple[str, str]]) -> str:
    out = []
    for key, html in parts:
        out += [f"<p>{CAPTIONS[key]}</p>", html]
    return html_page(issuer, year, out)


def html(grid: Grid, heads: int = 0) -> str:
    """An HTML table with rowspan/colspan; its first ``heads`` rows in ``<th>``."""
    lines = ['<table border="1" cellspacing="0" width="100%">']
    for i, row in enumerate(grid):
        tag = "th" if i < heads else "td"
        cells = []
        for text, rs, cs in row:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<{tag}{attrs}>{text.replace(chr(10), '<br>')}</{tag}>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(lines + ["</table>"])


# ------------------------------------------------------------------ page breaks


def cut(lines: list[str], at: int, brk: list[str]) -> str:
    """The table's lines with ``brk`` (folio, running head, a repeated header …) before line ``at``."""
    return "\n".join(lines[:at] + brk + lines[at:])


def row_index(lines: list[str], start: str) -> int:
    return next(i for i, x in enumerate(lines) if x.startswith(start))


# ------------------------------------------------------------------ table 三's header rows laid out otherwise

ORG_NAMES = {
    "commercial": "商业企业",
    "research": "科研机构",
    "social_welfare": "社会公益组织",
    "legal_services": "法律服务机构",
    "other_org": "其他",
}


def requests_cols(template: str, v: dict, cols: tuple[str, ...], head: Grid) -> Grid:
    """Table 三 with its value columns in the order ``cols`` under ``head`` (rows in the official layout)."""
    g = requests_grid(template, v)
    body = g[3:]
    out: Grid = [list(r) for r in head]
    n = len(COLS)
    for row in body:
        labels, values = row[:-n], row[-n:]
        by = dict(zip(COLS, values, strict=True))
        out.append(labels + [by[c] for c in cols])
    return out


ORDER_B = (
    "natural_person",
    "research",
    "commercial",
    "legal_services",
    "social_welfare",
    "other_org",
    "total",
)
ORDER_C = (
    "commercial",
    "research",
    "social_welfare",
    "legal_services",
    "other_org",
    "natural_person",
    "total",
)


def head_orgs_order() -> Grid:
    return [
        [
            ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
            ("申请人情况", 1, 7),
        ],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [(ORG_NAMES[c], 1, 1) for c in ORDER_B[1:6]],
    ]


def head_applicant_top() -> Grid:
    return [
        [("申请人情况", 1, 10)],
        [("项目", 2, 3), ("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [(ORG_NAMES[c], 1, 1) for c in COLS[1:6]],
    ]


def head_orgs_first() -> Grid:
    return [
        [("项目", 3, 3), ("申请人情况", 1, 7)],
        [("法人或其他组织", 1, 5), ("自然人", 2, 1), ("总计", 2, 1)],
        [(ORG_NAMES[c], 1, 1) for c in ORDER_C[:5]],
    ]


# ------------------------------------------------------------------ OCR


def ocr(rng: random.Random, *, letters: float, space: float):
    """A count as OCR reads an image of it: each 0 an ``O`` and each 1 an ``l`` with chance ``letters``, a
    space inside a count of two digits or more with chance ``space``."""

    def show(x: Any) -> str:
        t = format(x, "f") if isinstance(x, Decimal) else str(x)
        if isinstance(x, Decimal):
            return t
        chars = [
            ("O" if ch == "0" else "l") if ch in "01" and rng.random() < letters else ch for ch in t
        ]
        if len(chars) >= 2 and rng.random() < space:
            at = rng.randrange(1, len(chars))
            chars.insert(at, " ")
        return "".join(chars)

    return show


# ------------------------------------------------------------------ table 三 turned


def turned_rows(template: str, v: dict) -> list[list[str]]:
    """A row per applicant kind, a column per item of table 三 (short labels: the item's own words)."""
    t = {x.key: x for x in layout(template)}["requests"]
    rows = [r for r in t.rows if not r.header]
    head = ["申请人"] + [r.label for r in rows]
    names = {
        "natural_person": "自然人",
        "commercial": "商业企业",
        "research": "科研机构",
        "social_welfare": "社会公益组织",
        "legal_services": "法律服务机构",
        "other_org": "其他",
        "total": "总计",
    }
    return [head] + [[names[c]] + [fmt(v[("requests", r.key, c)]) for r in rows] for c in COLS]


def turned_html(template: str, v: dict) -> str:
    """Table 三 turned, in HTML: a first header row of groups (colspan over their items; a row without a group
    spans both header rows), a second of items, then a row per applicant kind."""
    t = {x.key: x for x in layout(template)}["requests"]
    rows = [r for r in t.rows if not r.header]
    names = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    first = ['<th rowspan="2">申请人情况</th>']
    second = []
    i = 0
    while i < len(rows):
        r = rows[i]
        g = r.group if r.group and r.group != "三、本年度办理结果" else ""
        if not g:
            first.append(f'<th rowspan="2">{r.label}</th>')
            i += 1
            continue
        n = sum(1 for x in rows if x.group == r.group)
        first.append(f'<th colspan="{n}">{g}</th>')
        second += [f"<th>{x.label}</th>" for x in rows[i : i + n]]
        i += n
    lines = [
        '<table border="1">',
        "<tr>" + "".join(first) + "</tr>",
        "<tr>" + "".join(second) + "</tr>",
    ]
    for name, c in zip(names, COLS, strict=True):
        lines.append(
            f"<tr><td>{name}</td>"
            + "".join(f"<td>{fmt(v[('requests', r.key, c)])}</td>" for r in rows)
            + "</tr>"
        )
    return "\n".join(lines + ["</table>"])


# ------------------------------------------------------------------ the 统计表 with a province's extra rows


def stats_extra_grid(
    v: dict,
    extra: dict[str, list[tuple[str, str, str]]],
    *,
    unit_col: bool = True,
    glued: bool = False,
) -> Grid:
    """The 2014 统计表 with ``extra`` rows (label, unit, value) after the row whose key names them."""
    g = stats_grid(v, unit_col=unit_col)
    keys = ["_head"] + [r.key for r in layout("gov2014")[0].rows]
    out: Grid = []
    for key, row in zip(keys, g, strict=True):
        if glued and key != "_head" and len(row) == 3 and row[2][0] not in ("—", ""):
            row = [row[0], ("", 1, 1), (row[2][0] + row[1][0], 1, 1)]
        out.append(row)
        for label, unit, value in extra.get(key, []):
            if not unit_col:
                out.append([(label, 1, 1), (value, 1, 1)])
            elif glued:
                out.append([(label, 1, 1), ("", 1, 1), (value + unit, 1, 1)])
            else:
                out.append([(label, 1, 1), (unit, 1, 1), (value, 1, 1)])
    return out


def with_email(v: dict, rng: random.Random) -> int:
    """A fifth channel (电子邮件) inside 收到申请数: 收到申请数 grows by its count (the replies grow with it)."""
    n = rng.randint(2, 9)
    v[("stats", "requests_received", "value")] += n
    for key in ("requests_closed", "requests_closed_on_time", "replies", "replies_granted"):
        v[("stats", key, "value")] += n
    return n


# ------------------------------------------------------------------ zeros printed with units


def zero_units(v: dict) -> dict:
    """Zeros printed ``0件`` (table 三, 四), ``0条`` (table 二's counts), ``0.00`` (amounts in 万元)."""
    out = dict(v)
    for k, x in v.items():
        if not isinstance(x, (int, Decimal)) or x != 0:
            continue
        if k[0] == "active":
            out[k] = "0.00" if k[1] == "fees" else "0条"
        elif k[0] in ("requests", "appeals"):
            out[k] = "0件"
    return out


def zero_point(v: dict) -> dict:
    return {k: ("0.0" if isinstance(x, (int, Decimal)) and x == 0 else x) for k, x in v.items()}


# ------------------------------------------------------------------ the Word template filled otherwise


def _set_runs(cell, text: str, *, unit: str = "", brk: bool = False) -> None:
    """Type ``text`` as a run after the template paragraph's own (empty) runs, ``unit`` as a run of its own
    (after a line break when ``brk``)."""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = False
    if unit:
        if brk:
            run.add_break()
        p.add_run(unit)


def docx_runs(v: dict, issuer: str, year: int) -> bytes:
    """The template's tables filled run by run: counts with a separate ``件`` run (a line break before it in
    table 四), 万元 amounts bare."""
    import docx

    fill = template_fill(v)
    document = docx.Document(str(TEMPLATE))
    active, requests, appeals = document.tables[:3]
    for row in active.rows:
        cells = _unique(row)
        texts = fill["active"].get(cells[0].text.strip())
        if texts is not None:
            for cell, text in zip(cells[1:], texts, strict=True):
                _set_runs(cell, text)
    data = [row for row in requests.rows if len(_unique(row)) >= 8][-len(fill["requests"]) :]
    for row, texts in zip(data, fill["requests"], strict=True):
        for cell, text in zip(_unique(row)[-7:], texts, strict=True):
            _set_runs(cell, text, unit="件")
    for cell, text in zip(_unique(appeals.rows[-1]), fill["appeals"], strict=True):
        _set_runs(cell, text, unit="件", brk=True)
    _prose(document, issuer, year)
    return _stable(document)


def docx_pruned(v: dict, issuer: str, year: int, drop: set[str]) -> bytes:
    """The template filled cell by cell, table 三's item rows ``drop`` (all zeros) deleted from the table, table
    二's cells left without a count written ``—``."""
    import docx

    fill = template_fill(v)
    document = docx.Document(str(TEMPLATE))
    active, requests, appeals = document.tables[:3]
    for row in active.rows:
        cells = _unique(row)
        texts = fill["active"].get(cells[0].text.strip())
        if texts is not None:
            for cell, text in zip(cells[1:], texts, strict=True):
                cell.text = text or "—"
    data = [row for row in requests.rows if len(_unique(row)) >= 8][-len(fill["requests"]) :]
    rows = [r for r in {x.key: x for x in layout("gov2021")}["requests"].rows if not r.header]
    doomed = []
    for row, texts, r in zip(data, fill["requests"], rows, strict=True):
        for cell, text in zip(_unique(row)[-7:], texts, strict=True):
            cell.text = text
        if r.key in drop:
            doomed.append(row)
    for row in doomed:
        row._tr.getparent().remove(row._tr)
    for cell, text in zip(_unique(appeals.rows[-1]), fill["appeals"], strict=True):
        cell.text = text
    _prose(document, issuer, year)
    return _stable(document)


def _prose(document, issuer: str, year: int) -> None:
    prose = iter(
        [
            f"{year}年，{issuer}坚持以公开为常态、不公开为例外，不断提升政务公开质量。",
            "信息公开的及时性还有差距。",
            "本年度未收取信息处理费。",
        ]
    )
    for paragraph in document.paragraphs:
        if paragraph.text.strip().startswith("（文字描述"):
            paragraph.text = next(prose, "")
        elif paragraph.text.strip() == "政府信息公开工作年度报告格式模板":
            paragraph.text = f"{issuer}{year}年政府信息公开工作年度报告"


def zero_rows(v: dict, rng: random.Random, keys: list[str]) -> set[str]:
    """Set table 三's item rows ``keys`` to zero, moving their counts to 予以公开 (sums unchanged)."""
    for key in keys:
        for c in COLS:
            v[("requests", "granted", c)] += v[("requests", key, c)]
            v[("requests", key, c)] = 0
    return set(keys)


# ------------------------------------------------------------------ the batch


def batch_a(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- PDF page breaks between rows
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    issuer = "黑龙江省齐齐哈尔市龙沙区人民政府"
    lines = space_lines(requests_grid("gov2021", v))
    at = row_index(lines, "2.其他法律行政法规禁止公开")
    req = cut(lines, at, ["- 3 -", f"{issuer}2022年政府信息公开工作年度报告"])
    add(
        "split-no-head-spaces-2022",
        "page_split",
        "txt",
        txt(
            issuer,
            2022,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", req),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    issuer = "甘肃省庆阳市西峰区人民政府"
    lines = tab_lines(requests_grid("gov2021", v))
    at = row_index(lines, "\t\t2.重复申请")
    req = cut(lines, at, ["第 4 页 共 7 页", "续表", *lines[:3]])
    add(
        "split-continued-tabs-2023",
        "page_split",
        "txt",
        txt(
            issuer,
            2023,
            [
                ("active", tabs(active_grid("gov2021", v))),
                ("requests", req),
                ("appeals", tabs(appeals_grid(v))),
            ],
        ),
        v,
    )

    v = gov("gov2019", rng, procurement=(6, Decimal("412.3")), factor=1)
    issuer = "湖南省衡阳市雁峰区人民政府"
    lines = space_lines(requests_grid("gov2019", v))
    at = row_index(lines, "4.保护第三方合法权益")
    req = cut(lines, at, ["3", "\f雁峰区人民政府2019年政府信息公开工作年度报告"])
    add(
        "split-bare-folio-2019",
        "page_split",
        "txt",
        txt(
            issuer,
            2020,
            [
                ("active", spaces(active_grid("gov2019", v))),
                ("requests", req),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    issuer = "福建省莆田市城厢区人民政府"
    lines = space_lines(appeals_grid(v))
    app = cut(lines, 3, ["— 5 —", "\f城厢区2024年政府信息公开工作年度报告"])
    add(
        "split-appeals-2024",
        "page_split",
        "txt",
        txt(
            issuer,
            2024,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", spaces(requests_grid("gov2021", v))),
                ("appeals", app),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- HTML header rows laid out otherwise
    v = gov("gov2021", rng, fees=Decimal("0"), factor=4)
    add(
        "html-orgs-order-2022",
        "html_heads",
        "html",
        page(
            "广西壮族自治区桂林市七星区人民政府",
            2022,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", html(requests_cols("gov2021", v, ORDER_B, head_orgs_order()), 3)),
                ("appeals", html(appeals_grid(v), 3)),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add(
        "html-applicant-top-2023",
        "html_heads",
        "html",
        page(
            "四川省绵阳市涪城区人民政府",
            2023,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", html(requests_cols("gov2021", v, COLS, head_applicant_top()), 3)),
                ("appeals", html(appeals_grid(v), 3)),
            ],
        ),
        v,
    )

    v = gov("gov2019", rng, procurement=(12, Decimal("936.75")), factor=2)
    add(
        "html-orgs-first-2019",
        "html_heads",
        "html",
        page(
            "江苏省无锡市梁溪区人民政府",
            2019,
            [
                ("active", html(active_grid("gov2019", v))),
                ("requests", html(requests_cols("gov2019", v, ORDER_C, head_orgs_first()), 3)),
                ("appeals", html(appeals_grid(v), 3)),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- OCR'd images of the tables
    v = gov("gov2021", rng, fees=Decimal("0"), factor=5)
    p = shown(v, ocr(rng, letters=0.5, space=0.3), tables=("requests", "appeals"))
    add(
        "ocr-tabs-2022",
        "ocr",
        "txt",
        txt(
            "河北省保定市竞秀区人民政府",
            2022,
            [
                ("active", tabs(active_grid("gov2021", v))),
                ("requests", tabs(requests_grid("gov2021", p))),
                ("appeals", tabs(appeals_grid(p))),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    p = shown(v, ocr(rng, letters=0.5, space=0.0), tables=("requests", "appeals"))
    add(
        "ocr-spaces-2023",
        "ocr",
        "txt",
        txt(
            "山西省运城市盐湖区人民政府",
            2023,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", spaces(requests_grid("gov2021", p))),
                ("appeals", spaces(appeals_grid(p))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- table 三 turned
    v = gov("gov2019", rng, procurement=(3, Decimal("58.2")), factor=1)
    add(
        "turned-spaces-2019",
        "turned3",
        "txt",
        txt(
            "云南省曲靖市麒麟区人民政府",
            2020,
            [
                ("active", spaces(active_grid("gov2019", v))),
                ("requests", "\n".join(" ".join(r) for r in turned_rows("gov2019", v))),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add(
        "turned-groups-html-2022",
        "turned3",
        "html",
        page(
            "贵州省六盘水市钟山区人民政府",
            2022,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", turned_html("gov2021", v)),
                ("appeals", html(appeals_grid(v), 3)),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- the 统计表 with a province's rows
    v = old(rng, fees=Decimal("0"), budget=Decimal("6.5"))
    n = with_email(v, rng)
    extra = {
        "requests_mail": [("5.电子邮件申请数", "件", str(n))],
        "replies_other_route": [
            ("（四）接受政府信息公开咨询数", "人次", "326"),
            ("其中：现场咨询数", "人次", "118"),
            ("电话咨询数", "人次", "152"),
            ("网上咨询数", "人次", "56"),
        ],
    }
    add(
        "stats-extra-tabs-2015",
        "stats_extra",
        "txt",
        report_text(
            "浙江省宁波市江北区人民政府",
            2015,
            ["附表：政府信息公开情况统计表", tabs(stats_extra_grid(v, extra))],
        ),
        v,
    )

    v = old(rng, fees=Decimal("0"), budget=Decimal("12.8"))
    extra = {
        "channel_other": [("6.政务新媒体公开政府信息数", "条", str(rng.randint(3, 40)))],
        "trainees": [("（四）接受政府信息公开咨询人次", "人次", "87")],
    }
    add(
        "stats-extra-glued-2017",
        "stats_extra",
        "txt",
        report_text(
            "安徽省芜湖市生态环境局",
            2017,
            [
                "附件：2017年度政府信息公开工作情况统计表",
                spaces(stats_extra_grid(v, extra, glued=True)),
            ],
        ),
        v,
    )

    v = old(rng, fees=Decimal("0"), budget=Decimal("3"))
    n = with_email(v, rng)
    extra = {
        "requests_mail": [
            ("5.电子邮件申请数", "件", str(n)),
            ("其中：依申请公开人次", "人次", str(v[("stats", "requests_received", "value")] + 4)),
        ]
    }
    add(
        "stats-extra-html-2013",
        "stats_extra",
        "html",
        html_page(
            "吉林省吉林市船营区人民政府",
            2013,
            ["<p>附表：政府信息公开情况统计表</p>", html(stats_extra_grid(v, extra))],
        ),
        v,
    )

    # ---------------------------------------------------------------- two table sets in one report
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    w = gov("gov2021", rng, fees=Decimal("2.4"), factor=6)
    own = tables_text(
        [
            ("active", tabs(active_grid("gov2021", v))),
            ("requests", tabs(requests_grid("gov2021", v))),
            ("appeals", tabs(appeals_grid(v))),
        ]
    )
    sub = tables_text(
        [
            ("active", tabs(active_grid("gov2021", w))),
            ("requests", tabs(requests_grid("gov2021", w))),
            ("appeals", tabs(appeals_grid(w))),
        ]
    )
    add(
        "two-sets-tabs-2022",
        "two_sets",
        "txt",
        report_text(
            "陕西省汉中市汉台区人民政府",
            2022,
            own + ["附件：汉台区所属各部门、各镇（街道）政府信息公开工作情况汇总表"] + sub,
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    w = gov("gov2021", rng, fees=Decimal("0"), factor=9)
    own = [
        f"<p>{CAPTIONS[k]}</p>\n{html(g, 3 if k != 'active' else 0)}"
        for k, g in (
            ("active", active_grid("gov2021", v)),
            ("requests", requests_grid("gov2021", v)),
            ("appeals", appeals_grid(v)),
        )
    ]
    sub = [
        f"<p>（{i}）{CAPTIONS[k][2:]}（全市民政系统汇总）</p>\n{html(g, 3 if k != 'active' else 0)}"
        for i, (k, g) in enumerate(
            (
                ("active", active_grid("gov2021", w)),
                ("requests", requests_grid("gov2021", w)),
                ("appeals", appeals_grid(w)),
            ),
            1,
        )
    ]
    add(
        "two-sets-html-2023",
        "two_sets",
        "html",
        html_page(
            "辽宁省锦州市民政局",
            2023,
            [*own, "<p>附：全市民政系统政府信息公开工作情况统计</p>", *sub],
        ),
        v,
    )

    # ---------------------------------------------------------------- zeros 0件 / 0条 / 0.00 / 0.0
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    p = zero_units(v)
    add(
        "zero-units-html-2024",
        "zero_units",
        "html",
        page(
            "河南省开封市鼓楼区人民政府",
            2024,
            [
                ("active", html(active_grid("gov2021", p))),
                ("requests", html(requests_grid("gov2021", p), 3)),
                ("appeals", html(appeals_grid(p), 3)),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    p = zero_point(v)
    add(
        "zero-point-tabs-2025",
        "zero_units",
        "txt",
        txt(
            "山东省淄博市张店区人民政府",
            2025,
            [
                ("active", tabs(active_grid("gov2021", p))),
                ("requests", tabs(requests_grid("gov2021", p))),
                ("appeals", tabs(appeals_grid(p))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- the Word template filled otherwise
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("docx-runs-2022", "docx_runs", "docx", docx_runs(v, "江西省上饶市信州区人民政府", 2022), v)

    v = gov("gov2021", rng, fees=Decimal("1.5"), factor=1)
    dropped = zero_rows(
        v,
        rng,
        [
            "denied_enforcement_file",
            "denied_query",
            "unable_needs_creation",
            "rejected_publication",
            "other_no_fee",
        ],
    )
    for r in ("rules",):
        for c in ("issued", "repealed"):
            v[("active", r, c)] = ""
    printed = {k: x for k, x in v.items() if not (k[0] == "requests" and k[1] in dropped)}
    printed = {k: ("—" if x == "" and k[0] == "active" else x) for k, x in printed.items()}
    add(
        "docx-pruned-2023",
        "docx_runs",
        "docx",
        docx_pruned(v, "湖北省宜昌市西陵区人民政府", 2023, dropped),
        printed,
    )

    # ---------------------------------------------------------------- planted errors
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("requests", "granted", "natural_person")] += (
        5  # the row's 总计 and the column's （七）总计 no longer sum
    )
    issuer = "广东省韶关市浈江区人民政府"
    lines = space_lines(requests_grid("gov2021", v))
    at = row_index(lines, "（二）部分公开")
    req = cut(lines, at, ["- 2 -", f"{issuer}2022年度政府信息公开工作年度报告"])
    add(
        "bad-split-spaces-2022",
        "inconsistent",
        "txt",
        txt(
            issuer,
            2022,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", req),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
        errors=("T3-B", "T3-C"),
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    v[("appeals", "suit_direct", "total")] += 2  # 总计 no longer its four results' sum
    add(
        "bad-orgs-order-2023",
        "inconsistent",
        "html",
        page(
            "新疆维吾尔自治区克拉玛依市克拉玛依区人民政府",
            2023,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", html(requests_cols("gov2021", v, ORDER_B, head_orgs_order()), 3)),
                ("appeals", html(appeals_grid(v), 3)),
            ],
        ),
        v,
        errors=("T4-A",),
    )

    v = old(rng, fees=Decimal("0"), budget=Decimal("4.2"))
    v[("stats", "replies", "value")] += 3  # 申请答复数 no longer its eight kinds' sum
    extra = {"replies_other_route": [("（四）接受政府信息公开咨询数", "人次", "95")]}
    add(
        "bad-stats-extra-2016",
        "inconsistent",
        "txt",
        report_text(
            "青海省海西蒙古族藏族自治州德令哈市人民政府",
            2016,
            ["附表：政府信息公开情况统计表", tabs(stats_extra_grid(v, extra))],
        ),
        v,
        errors=("P-3",),
    )


# ------------------------------------------------------------------ batch B: written after batch A's fixes


ORDER_D = (
    "total",
    "natural_person",
    "commercial",
    "research",
    "social_welfare",
    "legal_services",
    "other_org",
)


def head_total_first() -> Grid:
    """Table 三's heads with 总计 first (over both header rows), then 自然人, then the five organisations."""
    return [
        [("项目", 3, 3), ("申请人情况", 1, 7)],
        [("总计", 2, 1), ("自然人", 2, 1), ("法人或其他组织", 1, 5)],
        [(ORG_NAMES[c], 1, 1) for c in ORDER_D[2:]],
    ]


def turned_group_rows(v: dict) -> list[list[str]]:
    """Table 三 (2021) turned: a line per applicant kind, the head naming each item with its group in front
    (``（三）不予公开1.属于国家秘密``)."""
    t = {x.key: x for x in layout("gov2021")}["requests"]
    rows = [r for r in t.rows if not r.header]
    head = ["申请人情况"]
    for r in rows:
        group = r.group if r.group and r.group != "三、本年度办理结果" else ""
        head.append(f"{group}{r.label}")
    names = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    return [head] + [
        [n] + [fmt(v[("requests", r.key, c)]) for r in rows]
        for n, c in zip(names, COLS, strict=True)
    ]


def row_cut_tabs(grid: Grid, start: str, brk: list[str]) -> str:
    """TAB rows where the row whose label starts with ``start`` is cut by the page break: its label cells
    on one page, its counts (the label columns empty) on the next."""
    lines = tab_lines(grid)
    at = row_index(lines, start)
    pieces = lines[at].split("\t")
    first = next(i for i, x in enumerate(pieces) if i >= 1 and x and x[0].isdigit())
    label = "\t".join(pieces[:first])
    values = "\t" * first + "\t".join(pieces[first:])
    return "\n".join(lines[:at] + [label] + brk + [values] + lines[at + 1 :])


def stats_two_years(v: dict, last: dict) -> Grid:
    """The 2014 统计表 with a column of last year's counts after this year's (统计数 | 上年数)."""
    g = stats_grid(v)
    keys = ["_head"] + [r.key for r in layout("gov2014")[0].rows]
    out: Grid = []
    for key, row in zip(keys, g, strict=True):
        if key == "_head":
            out.append(row + [("上年数", 1, 1)])
        elif row[2][0] == "—":
            out.append(row + [("—", 1, 1)])
        else:
            out.append(row + [(fmt(last[("stats", key, "value")]), 1, 1)])
    return out


def docx_second_paragraph(v: dict, issuer: str, year: int) -> bytes:
    """The template filled with each count in a paragraph of its own after the template cell's empty one."""
    import docx

    fill = template_fill(v)
    document = docx.Document(str(TEMPLATE))
    active, requests, appeals = document.tables[:3]
    for row in active.rows:
        cells = _unique(row)
        texts = fill["active"].get(cells[0].text.strip())
        if texts is not None:
            for cell, text in zip(cells[1:], texts, strict=True):
                cell.add_paragraph(text)
    data = [row for row in requests.rows if len(_unique(row)) >= 8][-len(fill["requests"]) :]
    for row, texts in zip(data, fill["requests"], strict=True):
        for cell, text in zip(_unique(row)[-7:], texts, strict=True):
            cell.add_paragraph(text)
    for cell, text in zip(_unique(appeals.rows[-1]), fill["appeals"], strict=True):
        cell.add_paragraph(text)
    _prose(document, issuer, year)
    return _stable(document)


def zero_spaced_unit(v: dict) -> dict:
    """Zeros printed ``0 件`` (a space before the unit), 万元 amounts ``0.00万元``."""
    out = dict(v)
    for k, x in v.items():
        if isinstance(x, (int, Decimal)) and x == 0:
            out[k] = "0.00万元" if k[1] == "fees" else "0 件"
    return out


def batch_b(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- a row cut by the page break
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    issuer = "内蒙古自治区赤峰市红山区人民政府"
    req = row_cut_tabs(
        requests_grid("gov2021", v),
        "\t（二）部分公开",
        ["- 4 -", f"\f{issuer}2022年政府信息公开工作年度报告"],
    )
    add(
        "row-cut-tabs-2022",
        "page_split",
        "txt",
        txt(
            issuer,
            2022,
            [
                ("active", tabs(active_grid("gov2021", v))),
                ("requests", req),
                ("appeals", tabs(appeals_grid(v))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- 总计 first in HTML heads
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    add(
        "html-total-first-2024",
        "html_heads",
        "html",
        page(
            "宁夏回族自治区银川市金凤区人民政府",
            2024,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", html(requests_cols("gov2021", v, ORDER_D, head_total_first()), 3)),
                ("appeals", html(appeals_grid(v), 3)),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- OCR in HTML cells and TAB rows with I / o
    v = gov("gov2021", rng, fees=Decimal("0"), factor=5)
    p = shown(v, ocr(rng, letters=0.5, space=0.0), tables=("requests", "appeals"))
    add(
        "ocr-html-2023",
        "ocr",
        "html",
        page(
            "海南省儋州市那大镇人民政府",
            2023,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", html(requests_grid("gov2021", p), 3)),
                ("appeals", html(appeals_grid(p), 3)),
            ],
        ),
        v,
    )

    v = gov("gov2019", rng, procurement=(7, Decimal("96.4")), factor=5)
    p = {
        k: (x.replace("l", "I").replace("O", "o") if isinstance(x, str) else x)
        for k, x in shown(
            v, ocr(rng, letters=0.5, space=0.0), tables=("requests", "appeals")
        ).items()
    }
    add(
        "ocr-upper-i-tabs-2019",
        "ocr",
        "txt",
        txt(
            "重庆市万州区人民政府",
            2019,
            [
                ("active", tabs(active_grid("gov2019", v))),
                ("requests", tabs(requests_grid("gov2019", p))),
                ("appeals", tabs(appeals_grid(p))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- table 三 turned, items with their groups
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    add(
        "turned-groups-spaces-2023",
        "turned3",
        "txt",
        txt(
            "天津市河西区人民政府",
            2023,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", "\n".join(" ".join(r) for r in turned_group_rows(v))),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- the 统计表 with last year's column
    last = old(rng, fees=Decimal("0"), budget=Decimal("5"))
    v = old(rng, fees=Decimal("0"), budget=Decimal("7.5"))
    add(
        "stats-two-years-tabs-2016",
        "stats_extra",
        "txt",
        report_text(
            "湖北省荆州市沙市区人民政府",
            2016,
            ["附表：政府信息公开情况统计表", tabs(stats_two_years(v, last))],
        ),
        v,
    )

    # ---------------------------------------------------------------- two sets in space rows, 表一/表二/表三
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    w = gov("gov2021", rng, fees=Decimal("0"), factor=7)
    own = tables_text(
        [
            ("active", spaces(active_grid("gov2021", v))),
            ("requests", spaces(requests_grid("gov2021", v))),
            ("appeals", spaces(appeals_grid(v))),
        ]
    )
    caps = {
        "active": "表一 全区主动公开政府信息情况（汇总）",
        "requests": "表二 全区收到和处理政府信息公开申请情况（汇总）",
        "appeals": "表三 全区政府信息公开行政复议、行政诉讼情况（汇总）",
    }
    sub = tables_text(
        [
            ("active", spaces(active_grid("gov2021", w))),
            ("requests", spaces(requests_grid("gov2021", w))),
            ("appeals", spaces(appeals_grid(w))),
        ],
        captions=caps,
    )
    add(
        "two-sets-spaces-2024",
        "two_sets",
        "txt",
        report_text(
            "黑龙江省大庆市萨尔图区人民政府",
            2024,
            own + ["附件2：萨尔图区各部门、各街道政务公开工作情况汇总表"] + sub,
        ),
        v,
    )

    # ---------------------------------------------------------------- zeros 0 件 and 0.00万元
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    p = zero_spaced_unit(v)
    add(
        "zero-spaced-unit-tabs-2022",
        "zero_units",
        "txt",
        txt(
            "西藏自治区拉萨市城关区人民政府",
            2022,
            [
                ("active", tabs(active_grid("gov2021", p))),
                ("requests", tabs(requests_grid("gov2021", p))),
                ("appeals", tabs(appeals_grid(p))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- the template, counts in a second paragraph
    v = gov("gov2021", rng, fees=Decimal("0.8"), factor=3)
    add(
        "docx-second-paragraph-2024",
        "docx_runs",
        "docx",
        docx_second_paragraph(v, "广东省江门市蓬江区人民政府", 2024),
        v,
    )

    # ---------------------------------------------------------------- planted error
    v = gov("gov2021", rng, fees=Decimal("0"), factor=4)
    v[("requests", "carried_forward", "natural_person")] += (
        3  # 新收 + 上年结转 no longer 办结 + 结转下年度
    )
    v[("requests", "carried_forward", "total")] += 3
    p = shown(v, ocr(rng, letters=0.5, space=0.0), tables=("requests", "appeals"))
    add(
        "bad-ocr-html-2022",
        "inconsistent",
        "html",
        page(
            "江西省景德镇市珠山区人民政府",
            2022,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", html(requests_grid("gov2021", p), 3)),
                ("appeals", html(appeals_grid(p), 3)),
            ],
        ),
        v,
        errors=("T3-A",),
    )


BATCHES = {"A": batch_a, "B": batch_b}


def main() -> None:
    write_probes(OUT, BATCHES, 20261208 + 19)


if __name__ == "__main__":
    main()
