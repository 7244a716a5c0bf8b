"""Write the held-out table probes of ``tests/cases/table_probes10`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10, generalisation), in shapes the sets
table_probes3..9 do not hold:

* ``word_txt``: the official blank 2021 Word template (``../shared``) filled with python-docx and
  saved as plain text the way Word does it: a row's cells apart by TABs, a cell's own line breaks
  (the template's ``商业\\n企业``) breaking the row over several lines, a vertically merged cell's
  continuation cells empty, a horizontally merged one printed once;
* ``column_major``: text copied out of a PDF whose extractor reads by columns: every column of
  the table top to bottom in turn (its header, then its values), or the label columns first and
  then the numbers row by row (a line per row) or one per line;
* ``column_order``: 2021 table 三 with its applicant columns in other orders (总计 first, the
  法人或其他组织 group before 自然人, the five kinds of organisation permuted) in HTML, TAB rows
  and Word;
* ``broken_heads``: header words broken in narrow cells (``社会\\n公益\\n组织``, ``法人或其\\n他组织``,
  ``总\\n计``), the merged row label 三、本年度办理结果 and table 四's heads printed one character a
  line (vertical text), one cell per line or in TAB rows;
* ``footnotes``: cells carrying a footnote mark (``12*``, ``3＊``, ``5※``, ``2①``) with a ``注：``
  line of its own numbers under the table, in HTML, TAB rows and the Word template;
* ``continued``: table 三 cut at a page break with a ``续表`` / ``（续上表）`` / ``表3（续）`` line,
  its header repeated or not, in TAB rows, HTML and the Word template split in two tables;
* ``appeals_split``: table 四 printed as two tables (行政复议, then 行政诉讼 with its two groups);
* ``path_labels``: table 三's three label columns flattened into one (``三、本年度办理结果（三）不予公开
  1.属于国家秘密``, joined by ``-`` or ``/``);
* ``excel_html``: Excel's “save as web page” tables (``x:num``, ``class=xl65``, ``<col>``, a
  formula total, the hidden ``display:none`` row of empty cells Excel adds);
* ``free_lines``: 2013–2018 counts in labelled lines, several on one line (``收到申请数：25件；
  其中当面申请3件、网络申请20件``);

from ministries, provincial departments, vertical bodies (税务, 海关, 气象), counties and
townships, 2013–2025. Every probe is consistent (every identity of FORMAT.md §3 holds, rows a free
table omits are 0), so any error finding blames the report for our misreading.

    python bench/make_table_probes10.py   # rewrites tests/cases/table_probes10/

Expected cells go to ``expected.json`` as in ``table_probes6``: ``{probe: {"cells":
{"table|row|col": [value, status]}, "expected_errors": [], "file": name, "shape": ...}}``.
"""

from __future__ import annotations

import copy
import io
import json
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_table_probes3 import (  # noqa: E402
    COLS,
    appeals_grid,
    blank_zeros,
    cells_once,
    fmt,
    full_rows,
    report_text,
    requests_grid,
    stats_grid,
    status,
)
from bench.make_table_probes4 import _placed, filled_template, sprinkle, template_fill  # noqa: E402
from bench.make_table_probes6 import split_grid  # noqa: E402
from bench.make_table_probes7 import _stable, gov, html_page, old, word_tables  # noqa: E402
from bench.make_table_probes8 import is_value, shown, tab_rows, tables_text, thousands  # noqa: E402
from bench.make_table_probes9 import FREE_ROWS, active_grid, free_report, free_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes10"

Grid = list[list[tuple[str, int, int]]]


# ------------------------------------------------------------------ Word saved as plain text


def _tc_text(tc) -> str:
    from docx.oxml.ns import qn

    paras = []
    for p in tc.iter(qn("w:p")):
        paras.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(paras)


def word_plain_text(document) -> str:
    """``document`` as Word's “save as plain text” writes it: paragraphs a line each; a table row
    its cells apart by TABs, a cell's paragraphs apart by line breaks (so a cell of two lines breaks
    its row), a vertically merged cell's continuation empty, a horizontally merged cell once."""
    from docx.oxml.ns import qn

    out = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                cells = []
                for tc in tr.iterchildren(qn("w:tc")):
                    merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
                    continued = merge is not None and merge.get(qn("w:val")) in (None, "continue")
                    cells.append("" if continued else _tc_text(tc).replace("\u3000", "").strip())
                out.append("\t".join(cells))
    return "\n".join(out) + "\n"


def template_document(v: dict, issuer: str, year: int):
    """The official 2021 template with ``v`` typed in, the title and prose filled."""
    document = filled_template(template_fill({k: fmt(x) for k, x in v.items()}))
    prose = iter([f"{year}年，{issuer}坚持以公开为常态、不公开为例外，全面推进政务公开。", "信息公开的及时性还有差距。",
                  "本年度未收取信息处理费。"])
    for paragraph in document.paragraphs:
        if paragraph.text.strip().startswith("（文字描述"):
            paragraph.text = next(prose, "")
        elif paragraph.text.strip() == "政府信息公开工作年度报告格式模板":
            paragraph.text = f"{issuer}{year}年政府信息公开工作年度报告"
    return document


def split_docx_table(document, *, cut: str, caption: str, repeat: bool) -> None:
    """Table 三 of the filled template cut in two Word tables before the row whose first cell reads
    ``cut`` (a page break), ``caption`` (续表) in a paragraph between, its three header rows
    repeated on top of the second with ``repeat``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl = document.tables[1]._tbl
    rows = list(tbl.iterchildren(qn("w:tr")))
    at = next(i for i, tr in enumerate(rows) if cut in _tc_text(list(tr.iterchildren(qn("w:tc")))[0])
              or any(cut == _tc_text(tc).strip() for tc in tr.iterchildren(qn("w:tc"))))
    second = copy.deepcopy(tbl)
    for tr in rows[at:]:
        tbl.remove(tr)
    for i, tr in enumerate(list(second.iterchildren(qn("w:tr")))):
        if i < at and not (repeat and i < 3):
            second.remove(tr)
    # a vertical merge cut by the page break starts again below it
    first = [tr for tr in second.iterchildren(qn("w:tr"))][3 if repeat else 0]
    for tc in first.iterchildren(qn("w:tc")):
        merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
        if merge is not None and merge.get(qn("w:val")) in (None, "continue"):
            merge.set(qn("w:val"), "restart")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = caption
    r.append(t)
    p.append(r)
    tbl.addnext(p)
    p.addnext(second)


def mark_docx_cells(document, marks: dict[str, str]) -> None:
    """Append a footnote mark to the cells of the template's tables whose text is a key of
    ``marks`` (the first such cell of each table 三 data row)."""
    from docx.oxml.ns import qn

    for table in document.tables[:3]:
        for tr in table._tbl.iterchildren(qn("w:tr")):
            for tc in tr.iterchildren(qn("w:tc")):
                text = _tc_text(tc).strip()
                if text in marks:
                    ts = list(tc.iter(qn("w:t")))
                    ts[-1].text = (ts[-1].text or "") + marks.pop(text)
                    break


# ------------------------------------------------------------------ PDFs read by columns


def columns_of(grid: Grid) -> list[list[str]]:
    """Each column of ``grid`` top to bottom: the cells whose top-left corner is in it."""
    cells, _, n_cols = _placed(grid)
    out: list[list[str]] = [[] for _ in range(n_cols)]
    for _, c0, _, _, text in sorted(cells):
        if text:
            out[c0].append(text.replace("\n", ""))
    return out


def column_major(grid: Grid, *, labels: int, how: str) -> str:
    """``grid`` as an extractor that reads by columns prints it. ``cols``: every column in turn,
    top to bottom (header then values); ``rows``: the ``labels`` label columns in turn, then the
    value columns' header cells in reading order, then a line of values per data row (joined by a
    space); ``one``: as ``rows`` with every value on a line of its own."""
    cols = columns_of(grid)
    if how == "cols":
        return "\n".join(t for col in cols for t in col)
    out = [t for col in cols[:labels] for t in col]
    rows = full_rows(grid)
    heads = [c for c in cells_once([[(t, rs, cs) for t, rs, cs in row if True] for row in grid])
             if c and not is_value(c)]
    label_texts = set(out)
    out += [h.replace("\n", "") for h in heads if h.replace("\n", "") not in label_texts]
    for row in rows:
        values = [c for c in row[labels:] if is_value(c)]
        if not values or not any(values) or any(c and not is_value(c) for c in row[labels:]):
            continue
        if how == "rows":
            out.append(" ".join(c for c in values if c))
        else:
            out += [c for c in values if c]
    return "\n".join(out)


# ------------------------------------------------------------------ table 三 with its columns in another order


ORG_NAMES = {"commercial": "商业企业", "research": "科研机构", "social_welfare": "社会公益组织",
             "legal_services": "法律服务机构", "other_org": "其他"}


def reordered_requests(template: str, v: dict, *, top: tuple[str, ...], orgs: tuple[str, ...]) -> Grid:
    """Table 三 with the applicant blocks in the order ``top`` (``person``, ``orgs``, ``total``) and
    the organisations in the order ``orgs``."""
    grid = requests_grid(template, v)
    order = []
    for block in top:
        order += {"person": ["natural_person"], "orgs": list(orgs), "total": ["total"]}[block]
    index = [COLS.index(c) for c in order]
    second = {"person": ("自然人", 2, 1), "orgs": ("法人或其他组织", 1, 5), "total": ("总计", 2, 1)}
    head = [grid[0], [second[b] for b in top], [(ORG_NAMES[c], 1, 1) for c in orgs]]
    body = []
    for row in grid[3:]:
        lead, vals = row[:-7], row[-7:]
        body.append(lead + [vals[i] for i in index])
    return head + body


# ------------------------------------------------------------------ broken and vertical header text


BROKEN = {"自然人": "自然\n人", "法人或其他组织": "法人或其\n他组织", "商业企业": "商业\n企业", "科研机构": "科研\n机构",
          "社会公益组织": "社会\n公益\n组织", "法律服务机构": "法律\n服务\n机构", "总计": "总\n计", "其他": "其\n他",
          "申请人情况": "申请人\n情况"}


def vertical(text: str) -> str:
    return "\n".join(text)


def broken_grid(grid: Grid, *, verticals: tuple[str, ...] = (), appeals: bool = False) -> Grid:
    """Header words broken over lines (:data:`BROKEN`), the labels in ``verticals`` one character a
    line, table 四's heads (``appeals``) one character a line."""
    out = []
    for row in grid:
        new = []
        for text, rs, cs in row:
            flat = text.replace("\n", "")
            if flat in verticals or (appeals and flat in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "行政复议")):
                text = vertical(flat)
            elif not appeals and flat in BROKEN:
                text = BROKEN[flat]
            new.append((text, rs, cs))
        out.append(new)
    return out


def lines_raw(grid: Grid) -> str:
    """One cell per line, a cell's own line breaks kept (a PDF viewer's copy), empty cells gone."""
    return "\n".join(c for c in cells_once(grid) if c)


def tab_rows_broken(grid: Grid) -> str:
    """TAB rows where a cell's line break breaks the row (its later lines on lines of their own,
    TABs before them up to the cell's column)."""
    out = []
    for row in full_rows(grid):
        parts = [c.split("\n") for c in row]
        for k in range(max(len(p) for p in parts)):
            out.append("\t".join(p[k] if k < len(p) else "" for p in parts).rstrip("\t"))
    return "\n".join(out)


# ------------------------------------------------------------------ footnote marks


MARKS = ("*", "＊", "※", "①", "②")


def marked(v: dict, rng: random.Random, *, n: int, marks: tuple[str, ...] = MARKS,
           tables: tuple[str, ...] = ("requests",)) -> dict:
    """``v`` printed with a footnote mark after ``n`` of its nonzero counts (the expected value is
    the count)."""
    keys = sorted(k for k, x in v.items() if k[0] in tables and isinstance(x, int) and x)
    p = dict(v)
    for k in rng.sample(keys, min(n, len(keys))):
        p[k] = f"{v[k]}{rng.choice(marks)}"
    return p


FOOT = "注：*含通过政务服务热线转办的申请2件；①其中1件为2022年12月31日前提交；※详见第四部分说明。"


# ------------------------------------------------------------------ HTML


def plain_html(grid: Grid, *, empty: str = "") -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="0">']
    for row in grid:
        tds = []
        for text, rs, cs in row:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            tds.append(f"<td{attrs}>{text.replace(chr(10), '<br>') if text else empty}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(out + ["</table>"])


def excel_html(grid: Grid, *, formula_total: bool = False, shown_as: dict | None = None) -> str:
    """A table as Excel's “save as web page” writes it: ``<col>`` widths, ``class=xl6N`` cells,
    ``x:num`` on numbers (the shown text may carry separators), ``x:str`` on text, a formula on the
    last cell of a row with ``formula_total``, empty cells as ``<td class=xl68></td>``, and the hidden
    row of empty cells Excel writes for misaligned columns."""
    _, _, n_cols = _placed(grid)
    out = ["<table border=0 cellpadding=0 cellspacing=0 width=864 style='border-collapse:collapse;table-layout:fixed;width:648pt'>",
           "".join("<col width=72 style='mso-width-source:userset;width:54pt'>" for _ in range(n_cols))]
    for i, row in enumerate(grid):
        tds = []
        for j, (text, rs, cs) in enumerate(row):
            attrs = (f" colspan={cs}" if cs > 1 else "") + (f" rowspan={rs}" if rs > 1 else "")
            style = " style='height:20.1pt'" if j == 0 else ""
            if not text:
                tds.append(f"<td class=xl68{attrs}{style}></td>")
            elif text.replace(",", "").replace(".", "").lstrip("+-").isdigit():
                raw = text.replace(",", "")
                fmla = f" x:fmla=\"=SUM(D{i + 1}:I{i + 1})\"" if formula_total and j == len(row) - 1 else ""
                tds.append(f"<td class=xl66 align=right{attrs}{style} x:num=\"{raw}\"{fmla}>{text}</td>")
            else:
                tds.append(f"<td class=xl65{attrs}{style} x:str>{text.replace(chr(10), '<br>')}</td>")
        out.append("<tr height=27 style='mso-height-source:userset;height:20.1pt'>\n " + "\n ".join(tds) + "\n</tr>")
    out.append("<![if supportMisalignedColumns]>\n<tr height=0 style='display:none'>\n "
               + "".join("<td width=72 style='width:54pt'></td>" for _ in range(n_cols)) + "\n</tr>\n<![endif]>")
    return "\n".join(out + ["</table>"])


# ------------------------------------------------------------------ table 四 as two tables; flattened labels


def appeals_two(v: dict) -> list[Grid]:
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    cols = ("upheld", "corrected", "other", "pending", "total")
    review = [[("行政复议", 1, 5)], [(h, 1, 1) for h in heads], [(fmt(v[("appeals", "review", c)]), 1, 1) for c in cols]]
    suit = [[("行政诉讼", 1, 10)], [("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)], [(h, 1, 1) for h in heads + heads],
            [(fmt(v[("appeals", r, c)]), 1, 1) for r in ("suit_direct", "suit_after_review") for c in cols]]
    return [review, suit]


def path_rows(grid: Grid, *, joiner: str, heads: int = 3) -> str:
    """TAB rows whose label columns (the cells left of the values) are joined into one cell with
    ``joiner`` (a merged label repeated on every row it spans), the header rows flattened alike."""
    rows = full_rows(grid, repeat=True)
    out = []
    for i, row in enumerate(rows):
        if i < heads:  # the header rows: the label block's text once, then the value columns' heads
            out.append("\t".join([row[0].replace("\n", "") if i == 0 else ""] + [c.replace("\n", "") for c in row[-7:]]))
            continue
        seen: list[str] = []
        for label in row[:-7]:
            if label and label.replace("\n", "") not in seen:
                seen.append(label.replace("\n", ""))
        out.append("\t".join([joiner.join(seen)] + row[-7:]))
    return "\n".join(out)


# ------------------------------------------------------------------ 2013–2018 labelled lines


def free_lines(v: dict, groups: list[list[str]], *, style: int = 0, numbered: bool = True) -> str:
    """Counts in labelled lines, each line a group: its first row ``label：N unit`` and the others
    run on after ``其中`` (``收到申请数：25件；其中当面申请3件、网络申请20件``)."""
    out = []
    for n, keys in enumerate(groups, 1):
        parts = []
        for i, k in enumerate(keys):
            names, unit = FREE_ROWS[k]
            name = names[style % len(names)].removeprefix("其中：")
            value = fmt(v[("stats", k, "value")])
            if i == 0:
                parts.append(f"{name}：{value}{unit}")
            else:
                parts.append(f"{name}{value}{unit}")
        head = f"{'（' + '一二三四五六七八九十'[n - 1] + '）' if numbered else ''}{parts[0]}"
        line = head + ("；其中" + "、".join(parts[1:]) if len(parts) > 1 else "") + "。"
        out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------ the set


def main() -> None:
    import docx

    rng = random.Random(20261207)
    OUT.mkdir(parents=True, exist_ok=True)
    for old_file in OUT.iterdir():
        old_file.unlink()
    probes: dict[str, dict[str, Any]] = {}

    def add(name: str, shape: str, ext: str, data: str | bytes, values: dict) -> None:
        (OUT / f"{name}.{ext}").write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        probes[name] = {"file": f"{name}.{ext}", "shape": shape, "expected_errors": [],
                        "cells": {"|".join(k): list(status(val)) for k, val in sorted(values.items())}}

    def grids(template: str, v: dict) -> list[tuple[str, Grid]]:
        return [("active", active_grid(template, v)), ("requests", requests_grid(template, v)),
                ("appeals", appeals_grid(v))]

    # ---------------------------------------------------------------- Word saved as plain text
    v = gov("gov2021", rng, fees=Decimal("0"))
    add("wordtxt-county-2022", "word_txt", "txt", word_plain_text(template_document(v, "甘肃省天水市麦积区人民政府", 2022)), v)
    v = gov("gov2021", rng, fees=Decimal("3.5"), factor=4)
    sprinkle(v, rng, share=0.5, words=("/", "—"), tables=("requests", "appeals"))
    add("wordtxt-placeholders-2023", "word_txt", "txt",
        word_plain_text(template_document(v, "青海省西宁市城西区人民政府", 2023)), v)
    v = gov("gov2021", rng, fees=Decimal("0"))
    blank_zeros(v, rng, share=1.0)
    blank_zeros(v, rng, share=1.0, table="appeals")
    add("wordtxt-township-2024", "word_txt", "txt", word_plain_text(template_document(v, "云南省大理州宾川县金牛镇人民政府", 2024)), v)
    v = gov("gov2021", rng, fees=Decimal("86.25"), factor=97)
    add("wordtxt-ministry-2023", "word_txt", "txt", word_plain_text(template_document(v, "中华人民共和国农业农村部", 2023)), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    doc = template_document(v, "国家税务总局宁夏回族自治区税务局", 2025)
    split_docx_table(doc, cut="（四）无法提供", caption="续表", repeat=True)
    add("wordtxt-split-tax-2025", "word_txt", "txt", word_plain_text(doc), v)

    # ---------------------------------------------------------------- PDF text read by columns
    for name, issuer, year, template, how, extra in (
        ("colmajor-cols-2022", "山西省晋中市榆次区人民政府", 2022, "gov2021", "cols", {"fees": Decimal("0")}),
        ("colmajor-rows-2023", "内蒙古自治区呼和浩特市赛罕区人民政府", 2023, "gov2021", "rows", {"fees": Decimal("1.2"), "factor": 2}),
        ("colmajor-one-2021", "吉林省延边朝鲜族自治州延吉市人民政府", 2021, "gov2021", "one", {"fees": Decimal("0")}),
        ("colmajor-rows-2019", "黑龙江省齐齐哈尔市龙沙区人民政府", 2019, "gov2019", "rows",
         {"procurement": (9, Decimal("412.6"))}),
        ("colmajor-cols-2020", "海南省三亚市吉阳区人民政府", 2020, "gov2019", "cols", {"procurement": (3, Decimal("58"))}),
        ("colmajor-rows-ministry-2024", "中华人民共和国水利部", 2024, "gov2021", "rows", {"fees": Decimal("0"), "factor": 41}),
    ):
        v = gov(template, rng, **extra)
        parts = [("active", column_major(active_grid(template, v), labels=1, how=how)),
                 ("requests", column_major(requests_grid(template, v), labels=3, how=how)),
                 ("appeals", column_major(appeals_grid(v), labels=0, how="cols" if how == "cols" else "rows"))]
        add(name, "column_major", "txt", report_text(issuer, year, tables_text(parts)), v)

    # ---------------------------------------------------------------- table 三's applicant columns in other orders
    orders = [
        ("colorder-total-first-html-2022", "湖南省株洲市荷塘区人民政府", 2022, ("total", "person", "orgs"),
         ("commercial", "research", "social_welfare", "legal_services", "other_org"), "html"),
        ("colorder-orgs-first-tabs-2023", "西藏自治区拉萨市城关区人民政府", 2023, ("orgs", "person", "total"),
         ("commercial", "research", "social_welfare", "legal_services", "other_org"), "tabs"),
        ("colorder-permuted-html-2024", "新疆维吾尔自治区乌鲁木齐市天山区人民政府", 2024, ("person", "orgs", "total"),
         ("research", "commercial", "legal_services", "social_welfare", "other_org"), "html"),
        ("colorder-permuted-docx-2022", "宁夏回族自治区银川市兴庆区人民政府", 2022, ("person", "orgs", "total"),
         ("other_org", "commercial", "research", "social_welfare", "legal_services"), "docx"),
        ("colorder-total-first-tabs-2021", "重庆市渝中区人民政府", 2021, ("total", "person", "orgs"),
         ("commercial", "social_welfare", "research", "legal_services", "other_org"), "tabs"),
    ]
    for name, issuer, year, top, orgs, how in orders:
        v = gov("gov2021", rng, fees=Decimal("0"), factor=rng.choice([1, 2, 3]))
        req = reordered_requests("gov2021", v, top=top, orgs=orgs)
        gs = [("active", active_grid("gov2021", v)), ("requests", req), ("appeals", appeals_grid(v))]
        if how == "docx":
            add(name, "column_order", "docx", word_tables(issuer, year, gs, how="merged"), v)
        elif how == "html":
            add(name, "column_order", "html", html_page(issuer, year, tables_text([(k, plain_html(g)) for k, g in gs])), v)
        else:
            add(name, "column_order", "txt", report_text(issuer, year, tables_text([(k, tab_rows(g)) for k, g in gs])), v)

    # ---------------------------------------------------------------- broken and vertical header text
    for name, issuer, year, template, how, extra in (
        ("broken-lines-2022", "辽宁省大连市甘井子区人民政府", 2022, "gov2021", "lines", {"fees": Decimal("0")}),
        ("broken-vertical-lines-2023", "广西壮族自治区柳州市城中区人民政府", 2023, "gov2021", "lines",
         {"fees": Decimal("0.8"), "factor": 2}),
        ("broken-tabs-2024", "贵州省遵义市红花岗区人民政府", 2024, "gov2021", "tabs", {"fees": Decimal("0")}),
        ("broken-vertical-tabs-2019", "安徽省芜湖市镜湖区人民政府", 2019, "gov2019", "tabs",
         {"procurement": (4, Decimal("126.5"))}),
        ("broken-vertical-lines-meteo-2022", "四川省气象局", 2022, "gov2021", "lines", {"fees": Decimal("0"), "factor": 1}),
    ):
        v = gov(template, rng, **extra)
        verticals = ("三、本年度办理结果", "（三）不予公开", "（五）不予处理") if "vertical" in name else ()
        req = broken_grid(requests_grid(template, v), verticals=verticals)
        app = broken_grid(appeals_grid(v), appeals="vertical" in name) if "vertical" in name else broken_grid(appeals_grid(v, breaks=True))
        act = active_grid(template, v)
        render = lines_raw if how == "lines" else tab_rows_broken
        parts = [("active", render(act)), ("requests", render(req)), ("appeals", render(app))]
        add(name, "broken_heads", "txt", report_text(issuer, year, tables_text(parts)), v)

    # ---------------------------------------------------------------- footnote marks
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    p = marked(v, rng, n=4)
    add("footnote-html-2022", "footnotes", "html", html_page("江西省赣州市章贡区人民政府", 2022, tables_text(
        [(k, plain_html(g)) for k, g in grids("gov2021", p)], after={"requests": "<p>" + FOOT + "</p>"})), v)
    v = gov("gov2021", rng, fees=Decimal("2.6"), factor=2)
    p = marked(v, rng, n=5, tables=("requests", "appeals"))
    add("footnote-tabs-2023", "footnotes", "txt", report_text("山东省烟台市芝罘区人民政府", 2023, tables_text(
        [(k, tab_rows(g)) for k, g in grids("gov2021", p)], after={"requests": FOOT})), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=5)
    doc = template_document(v, "河北省保定市竞秀区人民政府", 2024)
    counts = sorted({fmt(x) for k, x in v.items() if k[0] == "requests" and isinstance(x, int) and x > 9})
    mark_docx_cells(doc, {c: rng.choice(("*", "＊", "①")) for c in counts[:3]})
    doc.add_paragraph(FOOT)
    add("footnote-template-2024", "footnotes", "docx", _stable(doc), v)
    v = gov("gov2019", rng, procurement=(17, Decimal("2050.3")), factor=2)
    p = marked(v, rng, n=3, marks=("*",), tables=("requests", "active"))
    add("footnote-tabs-2019", "footnotes", "txt", report_text("浙江省金华市婺城区人民政府", 2019, tables_text(
        [(k, tab_rows(g)) for k, g in grids("gov2019", p)], after={"active": "注：*为截至2019年12月31日数据。"})), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=120)
    p = shown(marked(v, rng, n=3), thousands())
    for k, x in p.items():
        if isinstance(x, str) and x[-1:] in MARKS and x[:-1].isdigit():
            p[k] = f"{int(x[:-1]):,}{x[-1]}"
    add("footnote-thousands-html-2023", "footnotes", "html", html_page("中华人民共和国海关总署", 2023, tables_text(
        [(k, plain_html(g)) for k, g in grids("gov2021", p)], after={"requests": "<p>" + FOOT + "</p>"})), v)

    # ---------------------------------------------------------------- table 三 continued (续表)
    for name, issuer, year, template, cut, caption, repeat, how in (
        ("continued-tabs-2022", "陕西省宝鸡市渭滨区人民政府", 2022, "gov2021", "（四）无法提供", "续表", True, "tabs"),
        ("continued-tabs-norepeat-2023", "江苏省常州市天宁区人民政府", 2023, "gov2021", "（五）不予处理", "（续上表）", False, "tabs"),
        ("continued-html-2024", "广东省佛山市禅城区人民政府", 2024, "gov2021", "（六）其他处理", "表3（续）", True, "html"),
        ("continued-html-2020", "湖北省宜昌市西陵区人民政府", 2020, "gov2019", "（三）不予公开", "续表三", False, "html"),
        ("continued-lines-2021", "山西省长治市潞州区人民政府", 2021, "gov2021", "（三）不予公开", "续表", True, "lines"),
    ):
        v = gov(template, rng, fees=Decimal("0")) if template == "gov2021" else gov(template, rng, procurement=(2, Decimal("33.8")))
        blank_zeros(v, rng, share=0.3)
        req = requests_grid(template, v)
        top, bottom = split_grid(req, cut)
        second = req[:3] + bottom if repeat else bottom
        render = {"tabs": tab_rows, "html": plain_html, "lines": lambda g: "\n".join(c.replace("\n", "") for c in cells_once(g))}[how]
        mid = f"<p>{caption}</p>" if how == "html" else caption
        body = render(top) + "\n" + mid + "\n" + render(second)
        parts = [("active", render(active_grid(template, v))), ("requests", body), ("appeals", render(appeals_grid(v)))]
        if how == "html":
            add(name, "continued", "html", html_page(issuer, year, tables_text(parts)), v)
        else:
            add(name, "continued", "txt", report_text(issuer, year, tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("0.3"), factor=2)
    doc = template_document(v, "吉林省长春市南关区人民政府", 2023)
    split_docx_table(doc, cut="（五）不予处理", caption="续表", repeat=True)
    add("continued-template-2023", "continued", "docx", _stable(doc), v)
    v = gov("gov2021", rng, fees=Decimal("0"))
    doc = template_document(v, "浙江省杭州市西湖区转塘街道办事处", 2022)
    split_docx_table(doc, cut="（三）不予公开", caption="（续表）", repeat=False)
    add("continued-template-norepeat-2022", "continued", "docx", _stable(doc), v)

    # ---------------------------------------------------------------- table 四 as two tables
    for name, issuer, year, how in (
        ("appeals-two-html-2022", "福建省南平市建阳区人民政府", 2022, "html"),
        ("appeals-two-tabs-2023", "安徽省合肥市蜀山区人民政府", 2023, "tabs"),
        ("appeals-two-lines-2024", "河南省郑州市金水区人民政府", 2024, "lines"),
        ("appeals-two-docx-2021", "江苏省南京市鼓楼区人民政府", 2021, "docx"),
    ):
        v = gov("gov2021", rng, fees=Decimal("0"), factor=rng.choice([1, 3]))
        review, suit = appeals_two(v)
        render = {"tabs": tab_rows, "html": plain_html, "lines": lambda g: "\n".join(cells_once(g)), "docx": None}[how]
        if how == "docx":
            gs = [("active", active_grid("gov2021", v)), ("requests", requests_grid("gov2021", v)),
                  ("appeals", review)]
            data = word_tables(issuer, year, gs, how="merged")
            document = docx.Document(io.BytesIO(data))
            cells, n_rows, n_cols = _placed(suit)
            table = document.add_table(rows=n_rows, cols=n_cols)
            table.style = "Table Grid"
            for r0, c0, rs, cs, text in cells:
                cell = table.cell(r0, c0)
                if rs > 1 or cs > 1:
                    cell = cell.merge(table.cell(r0 + rs - 1, c0 + cs - 1))
                cell.text = text
            # move the second table right after the first table 四 (before 五、)
            first = document.tables[2]._tbl
            first.addnext(table._tbl)
            add(name, "appeals_split", "docx", _stable(document), v)
            continue
        parts = [("active", render(active_grid("gov2021", v))), ("requests", render(requests_grid("gov2021", v))),
                 ("appeals", render(review) + ("\n" if how != "html" else "\n") + render(suit))]
        if how == "html":
            add(name, "appeals_split", "html", html_page(issuer, year, tables_text(parts)), v)
        else:
            add(name, "appeals_split", "txt", report_text(issuer, year, tables_text(parts)), v)

    # ---------------------------------------------------------------- flattened label columns
    for name, issuer, year, template, joiner in (
        ("pathlabels-joined-2022", "天津市河西区人民政府", 2022, "gov2021", ""),
        ("pathlabels-dash-2023", "上海市徐汇区人民政府", 2023, "gov2021", "-"),
        ("pathlabels-slash-2019", "北京市海淀区人民政府", 2019, "gov2019", "/"),
    ):
        v = gov(template, rng, fees=Decimal("0")) if template == "gov2021" else gov(template, rng, procurement=(6, Decimal("240")))
        parts = [("active", tab_rows(active_grid(template, v))), ("requests", path_rows(requests_grid(template, v), joiner=joiner)),
                 ("appeals", tab_rows(appeals_grid(v)))]
        add(name, "path_labels", "txt", report_text(issuer, year, tables_text(parts)), v)

    # ---------------------------------------------------------------- Excel web pages
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("excel-html-2022", "excel_html", "html", html_page("广东省广州市海珠区人民政府", 2022, tables_text(
        [(k, excel_html(g)) for k, g in grids("gov2021", v)])), v)
    v = gov("gov2021", rng, fees=Decimal("15.2"), factor=60)
    add("excel-html-thousands-2023", "excel_html", "html", html_page("湖北省人力资源和社会保障厅", 2023, tables_text(
        [(k, excel_html(g, formula_total=k == "requests")) for k, g in grids("gov2021", shown(v, thousands()))])), v)
    v = gov("gov2019", rng, procurement=(28, Decimal("3310.45")))
    blank_zeros(v, rng, share=0.5)
    add("excel-html-2019", "excel_html", "html", html_page("四川省成都市锦江区人民政府", 2019, tables_text(
        [(k, excel_html(g)) for k, g in grids("gov2019", v)])), v)
    v = old(rng, fees=Decimal("0"), budget=Decimal("5"))
    add("excel-html-stats-2016", "excel_html", "html", html_page("重庆市万州区人民政府", 2016, [
        "<p>附表：政府信息公开情况统计表</p>", excel_html(stats_grid(v))]), v)

    # ---------------------------------------------------------------- 2013–2018 labelled lines
    free = [
        ("freelines-2014", "湖南省岳阳市岳阳楼区人民政府", 2014,
         [["active_items", "active_normative"], ["requests_received", "requests_in_person", "requests_online", "requests_mail"],
          ["replies", "replies_granted", "replies_partial", "replies_denied"], ["reviews"], ["suits"]], 0, True),
        ("freelines-2016", "国家税务总局江西省税务局", 2016,
         [["requests_received", "requests_online", "requests_in_person"], ["replies", "replies_granted", "replies_not_exist"],
          ["reviews"], ["suits"], ["fees"]], 1, True),
        ("freelines-2018", "中华人民共和国天津海关", 2018,
         [["active_items"], ["requests_received", "requests_online", "requests_mail", "requests_fax"],
          ["replies", "replies_already_public", "replies_granted", "replies_denied", "replies_not_this_body"]], 0, False),
        ("freelines-2013", "河北省承德市双桥区人民政府", 2013,
         [["requests_received", "requests_in_person", "requests_online"], ["replies", "replies_granted", "replies_partial"],
          ["complaints"]], 1, True),
    ]
    for name, issuer, year, groups, style, numbered in free:
        keys = [k for g in groups for k in g]
        v = free_values(rng, keys)
        if "fees" in keys:
            v[("stats", "fees", "value")] = Decimal("0")
        add(name, "free_lines", "txt", free_report(issuer, year, f"{year}年依申请公开情况如下：",
                                                  free_lines(v, groups, style=style, numbered=numbered)), v)

    for name, p in probes.items():
        for key, (value, st) in p["cells"].items():
            assert st in ("number", "blank", "dash", "none_word"), (name, key, value, st)
    (OUT / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


if __name__ == "__main__":
    main()
