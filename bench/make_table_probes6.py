"""Write the held-out table probes of ``tests/cases/table_probes6`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10, tables from anywhere), in the shapes of
other provinces' portals and crawls: 2021-format tables flattened with each cell on its own line,
in runs of ``\\r``, in TAB rows and in rows of ideographic (full-width) spaces; tables whose blank
cells vanish; run-together digit runs under seven columns where the totals are filled (the report's
own arithmetic decides), one body's two consecutive years among them; the 2019 format with
上一年项目数量 + 本年增/减 (signed ``+14`` / ``-8``) and 政府集中采购 amounts with decimals
(``187321.5万元``); 2014-era statistics tables; tables continued across a page break with the
header repeated (and a page number line between); HTML tables with merged cells (one split in
two ``<table>`` elements at the page break) and Word files. Every probe is consistent (every
identity of FORMAT.md §3 holds): any error finding blames the report for our misreading.

    python bench/make_table_probes6.py   # rewrites tests/cases/table_probes6/

Expected cells go to ``expected.json`` as in ``table_probes3``: ``{probe: {"cells":
{"table|row|col": [value, status]}, "expected_errors": [], "file": name, "shape": ...}}``.
"""

from __future__ import annotations

import io
import json
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_table_probes3 import (  # noqa: E402
    CAPTIONS,
    COLS,
    active_grid,
    appeals_grid,
    blank_zeros,
    cells_once,
    fmt,
    full_rows,
    glue_blanks,
    render_html,
    report_text,
    requests_grid,
    small_requests,
    stats_grid,
    status,
)
from bench.make_table_probes4 import TEMPLATE, _placed, filled_template, template_fill  # noqa: E402
from bench.make_table_probes5 import blank_all_zeros, rows_glued, rows_joined, who_applied  # noqa: E402
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes6"

Grid = list[list[tuple[str, int, int]]]


# ------------------------------------------------------------------ grids cut at a page break


def split_grid(grid: Grid, label: str) -> tuple[Grid, Grid]:
    """``grid`` cut before the row whose cell reads ``label``: a cell spanning the cut ends above
    it and goes on below it as an empty cell (as a page break cuts a merged cell)."""
    cells, n_rows, _ = _placed(grid)
    cut = next(r0 for r0, _, _, _, text in cells if text == label)
    top: dict[int, list[tuple[int, tuple[str, int, int]]]] = {}
    bottom: dict[int, list[tuple[int, tuple[str, int, int]]]] = {}
    for r0, c0, rs, cs, text in cells:
        if r0 + rs <= cut:
            top.setdefault(r0, []).append((c0, (text, rs, cs)))
        elif r0 >= cut:
            bottom.setdefault(r0 - cut, []).append((c0, (text, rs, cs)))
        else:
            top.setdefault(r0, []).append((c0, (text, cut - r0, cs)))
            bottom.setdefault(0, []).append((c0, ("", r0 + rs - cut, cs)))

    def rows(by: dict, n: int) -> Grid:
        return [[c for _, c in sorted(by.get(i, []))] for i in range(n)]

    return rows(top, cut), rows(bottom, n_rows - cut)


def requests_header_rows(template: str, v: dict) -> Grid:
    """The three header rows of table 三 (repeated on the next page)."""
    return requests_grid(template, v)[:3]


# ------------------------------------------------------------------ renderers


def lines(grid: Grid, sep: str = "\n", *, vanish: bool = False) -> str:
    """Each cell once in reading order, one per ``sep`` (an empty cell an empty run; with
    ``vanish`` an empty cell prints nothing at all)."""
    return sep.join(c for c in cells_once(grid) if c or not vanish)


def tab_rows(grid: Grid) -> str:
    return "\n".join("\t".join(c.replace("\n", "") for c in row) for row in full_rows(grid))


def ideographic_rows(grid: Grid, *, vanish: bool) -> str:
    """One line per row, cells joined by an ideographic space (U+3000); the empty cells keep
    their separators unless they ``vanish``."""
    if vanish:
        return rows_joined(grid, "\u3000")
    return "\n".join("\u3000".join(c.replace("\n", "") for c in row) for row in full_rows(grid))


def run_together(grid: Grid) -> str:
    """Every cell glued to the next, the whole table on one line (a PDF converter's text)."""
    return "".join(c.replace("\n", "") for c in cells_once(grid))


def html_cells(grid: Grid) -> str:
    """An HTML table with rowspan/colspan, ``&nbsp;`` in empty cells (Word's web page)."""
    return render_html([[(text or "&nbsp;", rs, cs) for text, rs, cs in row] for row in grid])


# ------------------------------------------------------------------ values


def signed(v: dict) -> dict:
    """The 2019 table 二's 本年增/减 printed signed (``+14``, ``-8``; 0 stays 0)."""
    shown = dict(v)
    for key, value in v.items():
        if key[0] == "active" and key[2] == "change" and isinstance(value, int) and value > 0:
            shown[key] = f"+{value}"
    return shown


def stock(v: dict, rng: random.Random) -> None:
    """A 2019 table 二 with items in stock and a change on most rows, some negative."""
    for r in ("licensing", "other_services", "penalty", "enforcement", "fees"):
        prev = rng.randint(20, 900)
        v[("active", r, "prev_items")] = prev
        v[("active", r, "change")] = rng.choice([-8, -3, 0, 2, 14, 36])


def main() -> None:
    rng = random.Random(20261208)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}

    def add(name: str, shape: str, ext: str, data: str | bytes, values: dict) -> None:
        (OUT / f"{name}.{ext}").write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        probes[name] = {"file": f"{name}.{ext}", "shape": shape, "expected_errors": [],
                        "cells": {"|".join(k): list(status(val)) for k, val in sorted(values.items())}}

    def grids(template: str, v: dict) -> list[tuple[str, Grid]]:
        return [("active", active_grid(template, v)), ("requests", requests_grid(template, v)),
                ("appeals", appeals_grid(v))]

    def tables(template: str, v: dict, render, sep: str = "\n") -> list[str]:
        return [CAPTIONS[k] + sep + render(g) for k, g in grids(template, v)]

    def gov(template: str, *, fees: Decimal | None = None, procurement: tuple[int, Decimal] | None = None) -> dict:
        v = consistent_values(template, rng, blanks=False)
        if template == "gov2021" and fees is not None:
            v[("active", "fees", "amount")] = fees
        if template == "gov2019" and procurement is not None:
            v[("active", "procurement", "items")], v[("active", "procurement", "amount")] = procurement
        return v

    # --- 2021 tables flattened, one cell per line (an empty cell an empty line)
    v = gov("gov2021", fees=Decimal("3.6"))
    blank_zeros(v, rng, share=0.4)
    add("lines-2021", "lines", "txt", report_text("浙江省丽水市莲都区人民政府", 2022, tables("gov2021", v, lines)), v)
    # --- cells in runs of three CR (Word's cell marks), an empty cell an empty run
    v = gov("gov2021", fees=Decimal("0.45"))
    blank_zeros(v, rng, share=0.5)
    add("cr3-runs-2021", "cr_runs", "txt", report_text(
        "湖北省襄阳市樊城区人民政府", 2023, tables("gov2021", v, lambda g: lines(g, "\r\r\r") + "\r\r\r", "\r\r\r"),
        "\r"), v)
    # --- one CR after each cell (an empty cell a lone CR), 2019 with signed changes
    v = gov("gov2019", procurement=(9, Decimal("2310.75")))
    stock(v, rng)
    blank_zeros(v, rng, share=0.5)
    add("cr-single-2019", "cr_runs", "txt", report_text(
        "吉林省白山市浑江区人民政府", 2020, tables("gov2019", signed(v), lambda g: lines(g, "\r") + "\r", "\r"), "\r"), v)
    # --- TAB rows, empty cells kept
    v = gov("gov2021", fees=Decimal("57.3"))
    blank_zeros(v, rng, share=0.6)
    add("tabs-2021", "tabs", "txt", report_text("广东省佛山市南海区人民政府", 2024, tables("gov2021", v, tab_rows)), v)
    # --- ideographic spaces between cells: empty cells kept; empty cells gone (2019)
    v = gov("gov2021", fees=Decimal("8.02"))
    blank_zeros(v, rng, share=0.5)
    add("ideographic-kept-2021", "ideographic", "txt", report_text(
        "福建省泉州市丰泽区人民政府", 2023, tables("gov2021", v, lambda g: ideographic_rows(g, vanish=False)),
        prose=who_applied(v)), v)
    v = gov("gov2019", procurement=(5, Decimal("96.4")))
    blank_all_zeros(v)
    add("ideographic-vanish-2019", "ideographic", "txt", report_text(
        "河南省洛阳市老城区人民政府", 2020, tables("gov2019", v, lambda g: ideographic_rows(g, vanish=True)),
        prose=who_applied(v)), v)
    # --- one cell per line where an empty cell prints no line (2021 LF, 2019 CRLF), space rows
    v = gov("gov2021", fees=Decimal("0.3"))
    blank_zeros(v, rng, share=0.6)
    add("lines-vanish-2021", "blanks_vanish", "txt", report_text(
        "江西省南昌市青山湖区人民政府", 2022, tables("gov2021", v, lambda g: lines(g, vanish=True)),
        prose=who_applied(v)), v)
    v = gov("gov2019", procurement=(0, Decimal("0")))
    blank_zeros(v, rng, share=0.5)
    add("crlf-vanish-2019", "blanks_vanish", "txt", report_text(
        "湖南省衡阳市石鼓区人民政府", 2019, tables("gov2019", v, lambda g: lines(g, "\r\n", vanish=True), "\r\n"),
        "\r\n"), v)
    v = gov("gov2021", fees=Decimal("19.26"))
    blank_all_zeros(v)
    add("space-vanish-2021", "blanks_vanish", "txt", report_text(
        "广西壮族自治区桂林市秀峰区人民政府", 2023, tables("gov2021", v, rows_joined), prose=who_applied(v)), v)
    # --- run-together digit runs under seven columns, totals filled: one body's two years
    v = gov("gov2021", fees=Decimal("0.15"))
    small_requests(rng, v, "gov2021")
    glue_blanks(v)
    last = dict(v)
    issued = v[("active", "normative_docs", "issued")]
    add("run-together-2021", "run_together", "txt", report_text(
        "贵州省安顺市西秀区人民政府", 2021, tables("gov2021", v, run_together, ""),
        prose=who_applied(v) + f"全年制发行政规范性文件{issued}件。"), v)
    v = gov("gov2021", fees=Decimal("2.4"))
    small_requests(rng, v, "gov2021", carried={c: last[("requests", "carried_forward", c)] or 0 for c in COLS[:6]})
    for r in ("rules", "normative_docs"):
        v[("active", r, "in_force")] = (last[("active", r, "in_force")] + v[("active", r, "issued")]
                                        - v[("active", r, "repealed")])
        if v[("active", r, "in_force")] < v[("active", r, "issued")]:
            v[("active", r, "repealed")] = 0
            v[("active", r, "in_force")] = last[("active", r, "in_force")] + v[("active", r, "issued")]
    glue_blanks(v)
    add("run-together-2022", "run_together", "txt", report_text(
        "贵州省安顺市西秀区人民政府", 2022, tables("gov2021", v, run_together, "")), v)
    # 2019 run-together: signed changes glued to their neighbours, procurement with a decimal amount
    v = gov("gov2019", procurement=(21, Decimal("187321.5")))
    small_requests(rng, v, "gov2019")
    glue_blanks(v)
    add("run-together-2019", "run_together", "txt", report_text(
        "云南省大理白族自治州大理市人民政府", 2019, tables("gov2019", v, run_together, ""), prose=who_applied(v)), v)
    # one line per row, digits glued (no prose)
    v = gov("gov2021", fees=Decimal("0"))
    small_requests(rng, v, "gov2021")
    glue_blanks(v)
    add("glued-rows-2024", "run_together", "txt", report_text(
        "吉林省通化市东昌区人民政府", 2024, tables("gov2021", v, rows_glued)), v)
    # --- 2019 table 二 with 上一年项目数量 + 本年增/减 printed signed; procurement in 万元 inside the cell
    v = gov("gov2019", procurement=(12, Decimal("187321.5")))
    stock(v, rng)
    blank_zeros(v, rng, share=0.3)
    shown = signed(v)
    shown[("active", "procurement", "amount")] = "187321.5万元"
    add("lines-signed-2019", "era2019", "txt", report_text(
        "四川省德阳市旌阳区人民政府", 2020, tables("gov2019", shown, lines)), v)
    v = gov("gov2019", procurement=(37, Decimal("5302.08")))
    stock(v, rng)
    shown = signed(v)
    shown[("active", "procurement", "amount")] = "5302.08万元"
    add("tabs-signed-2019", "era2019", "txt", report_text(
        "山西省长治市潞州区人民政府", 2019, tables("gov2019", shown, tab_rows)), v)
    # --- 2014-era statistics table: one cell per line, TAB rows, ideographic spaces, HTML
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "fees", "value")] = Decimal("0.05")
    add("stats-lines-2015", "era2014", "txt", report_text(
        "江苏省徐州市鼓楼区人民政府", 2015, ["附件：政府信息公开情况统计表\n" + lines(stats_grid(v))]), v)
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "budget", "value")] = Decimal("6.25")
    add("stats-tabs-2017", "era2014", "txt", report_text(
        "湖北省黄石市下陆区人民政府", 2017, ["政府信息公开情况统计表\n" + tab_rows(stats_grid(v))]), v)
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "budget", "value")] = Decimal("11.4")
    add("stats-ideographic-2018", "era2014", "txt", report_text(
        "安徽省芜湖市镜湖区人民政府", 2018,
        ["政府信息公开情况统计表\n" + ideographic_rows(stats_grid(v), vanish=False)]), v)
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "fees", "value")] = Decimal("0.6")
    add("stats-html-2016", "era2014", "html", report_text(
        "湖南省郴州市北湖区人民政府", 2016, ["<p>政府信息公开情况统计表</p>\n" + html_cells(stats_grid(v))], html=True), v)
    # --- continued across a page break: header repeated, a page number line between
    v = gov("gov2019", procurement=(4, Decimal("63.5")))
    blank_zeros(v, rng, share=0.3)
    top, bottom = split_grid(requests_grid("gov2019", v), "4.保护第三方合法权益")
    parts = tables("gov2019", v, lines)
    parts[1] = CAPTIONS["requests"] + "\n" + lines(top) + "\n- 4 -\n" + lines(requests_header_rows("gov2019", v) + bottom)
    add("lines-page-break-2019", "page_break", "txt", report_text("陕西省渭南市临渭区人民政府", 2020, parts), v)
    v = gov("gov2021", fees=Decimal("1.05"))
    blank_zeros(v, rng, share=0.5)
    top, bottom = split_grid(requests_grid("gov2021", v), "1.信访举报投诉类申请")
    parts = tables("gov2021", v, tab_rows)
    parts[1] = CAPTIONS["requests"] + "\n" + tab_rows(top) + "\n第 3 页 共 6 页\n" + tab_rows(
        requests_header_rows("gov2021", v) + bottom)
    add("tabs-page-break-2022", "page_break", "txt", report_text("山东省临沂市兰山区人民政府", 2022, parts), v)
    v = gov("gov2021", fees=Decimal("0.8"))
    blank_zeros(v, rng, share=0.4)
    top, bottom = split_grid(requests_grid("gov2021", v), "1.本机关不掌握相关政府信息")
    parts = tables("gov2021", v, lambda g: lines(g, "\r\r") + "\r\r", "\r\r")
    parts[1] = CAPTIONS["requests"] + "\r\r" + lines(top, "\r\r") + "\r\r" + lines(
        requests_header_rows("gov2021", v) + bottom, "\r\r") + "\r\r"
    add("cr-page-break-2022", "page_break", "txt", report_text("黑龙江省牡丹江市东安区人民政府", 2022, parts, "\r"), v)
    # --- HTML: merged cells, &nbsp; in empty cells; table 三 split in two <table> at the page break
    v = gov("gov2021", fees=Decimal("42.75"))
    blank_zeros(v, rng, share=0.4)
    blank_zeros(v, rng, share=0.3, table="appeals", word="—")
    add("html-merged-2023", "html", "html", report_text(
        "内蒙古自治区包头市昆都仑区人民政府", 2023, tables("gov2021", v, html_cells), html=True), v)
    v = gov("gov2019", procurement=(26, Decimal("187321.5")))
    stock(v, rng)
    shown = signed(v)
    shown[("active", "procurement", "amount")] = "187,321.5万元"
    top, bottom = split_grid(requests_grid("gov2019", shown), "（五）不予处理")
    parts = tables("gov2019", shown, html_cells)
    parts[1] = CAPTIONS["requests"] + "\n" + html_cells(top) + "\n" + html_cells(
        requests_header_rows("gov2019", shown) + bottom)
    add("html-split-2019", "html", "html", report_text("广东省江门市蓬江区人民政府", 2020, parts, html=True), v)
    # --- Word: the official 2021 template filled (blank zeros); 2019 tables with merged cells
    import docx

    v = gov("gov2021", fees=Decimal("0.52"))
    blank_zeros(v, rng, share=0.5)
    if TEMPLATE.is_file():
        add("docx-template-2022", "docx", "docx", template_docx(v, "浙江省金华市婺城区人民政府", 2022), v)
    v = gov("gov2019", procurement=(8, Decimal("1873.25")))
    stock(v, rng)
    blank_zeros(v, rng, share=0.4)
    shown = signed(v)
    shown[("active", "procurement", "amount")] = "1873.25万元"
    document = docx.Document()
    for block in report_text("河北省唐山市路北区人民政府", 2020, ["@@"]).split("\n"):
        if block != "@@":
            document.add_paragraph(block)
            continue
        for key, grid in grids("gov2019", shown):
            document.add_paragraph(CAPTIONS[key])
            cells, n_rows, n_cols = _placed(grid)
            table = document.add_table(rows=n_rows, cols=n_cols)
            table.style = "Table Grid"
            for r0, c0, rs, cs, text in cells:
                cell = table.cell(r0, c0)
                if rs > 1 or cs > 1:
                    cell = cell.merge(table.cell(r0 + rs - 1, c0 + cs - 1))
                cell.text = text
    out = io.BytesIO()
    document.save(out)
    add("docx-merged-2020", "docx", "docx", out.getvalue(), v)
    (OUT / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


def template_docx(v: dict, issuer: str, year: int) -> bytes:
    """The official blank 2021 template with ``v`` typed into its tables and prose in its sections."""
    document = filled_template(template_fill({k: fmt(x) for k, x in v.items()}))
    prose = iter([f"{year}年，{issuer}坚持以公开为常态、不公开为例外。{who_applied(v)}", "信息公开的及时性还有差距。",
                  "本年度未收取信息处理费。"])
    for paragraph in document.paragraphs:
        if paragraph.text.strip().startswith("（文字描述"):
            paragraph.text = next(prose, "")
        elif paragraph.text.strip() == "政府信息公开工作年度报告格式模板":
            paragraph.text = f"{issuer}{year}年政府信息公开工作年度报告"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


if __name__ == "__main__":
    main()
