"""Write the held-out table probes of ``tests/cases/table_probes8`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10, tables from anywhere), in real-world
shapes the earlier sets lack: CMS exports that print a row's label (wrapped over two or three
lines) apart from its cells; thousands separators (``1,234`` and ``1，234``) in large bodies
(10,000+ requests); cells carrying their unit (``3件``, ``0个``, ``12.5万元``); ``单位：件`` lines and
``注：…`` footnotes (with dates and numbers of their own) under captions, between and after tables;
captions written otherwise (``表1``, ``附表2：``, ``（二）…情况``) with prose paragraphs between the
tables; table 二 with its rows in another order than the template; table 三's rows numbered
otherwise (``（1）``, ``①``, ``3、``); zeros written ``零`` or ``〇`` and full-width digits; HTML
with ``<th>``/``<thead>``/``<tbody>``, ``<br>`` inside labels, ``<p><span>`` inside cells and
``&nbsp;`` cells; Markdown from converters (pandoc pipe tables whose merged header runs over two
rows, MinerU's HTML tables inside Markdown); the 2014 statistics table with units and
separators. Every probe is consistent (every identity of FORMAT.md §3 holds): any error finding
blames the report for our misreading.

    python bench/make_table_probes8.py   # rewrites tests/cases/table_probes8/

Expected cells go to ``expected.json`` as in ``table_probes6``: ``{probe: {"cells":
{"table|row|col": [value, status]}, "expected_errors": [], "file": name, "shape": ...}}``.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
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
    full_rows,
    render_pipe,
    report_text,
    requests_grid,
    stats_grid,
    status,
)
from bench.make_table_probes6 import split_grid  # noqa: E402
from bench.make_table_probes7 import gov, html_page, old  # noqa: E402
from tests.report_writer import layout  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes8"

Grid = list[list[tuple[str, int, int]]]


# ------------------------------------------------------------------ how numbers are printed


def thousands(sep: str = ",") -> Callable[[Any], str]:
    """Integers of four digits or more grouped by ``sep`` (``12,345``; ``1，234``)."""

    def show(value: Any) -> str:
        if isinstance(value, int) and abs(value) >= 1000:
            return f"{value:,}".replace(",", sep)
        return format(value, "f") if isinstance(value, Decimal) else str(value)

    return show


def with_unit(unit: str = "件", *, money: str = "万元") -> Callable[[Any], str]:
    """Counts followed by ``unit`` and amounts (decimals) by ``money`` (``3件``, ``12.5万元``)."""

    def show(value: Any) -> str:
        if isinstance(value, Decimal):
            return format(value, "f") + money
        return f"{value}{unit}"

    return show


def zero_word(word: str = "零", rest: Callable[[Any], str] = str) -> Callable[[Any], str]:
    """Zeros written as ``word`` (零, 〇), other values by ``rest``."""

    def show(value: Any) -> str:
        if isinstance(value, int) and value == 0:
            return word
        return rest(value) if not isinstance(value, Decimal) else format(value, "f")

    return show


FULL = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def full_width(rest: Callable[[Any], str] = str) -> Callable[[Any], str]:
    def show(value: Any) -> str:
        text = rest(value) if not isinstance(value, Decimal) else format(value, "f")
        return text.translate(FULL)

    return show


def shown(v: dict, show: Callable[[Any], str], tables: tuple[str, ...] = ("active", "requests", "appeals", "stats"),
          *, keep: Callable[[tuple], bool] = lambda k: False) -> dict:
    """``v`` with every number of ``tables`` printed by ``show`` (placeholders and blanks kept)."""
    out = dict(v)
    for key, value in v.items():
        if key[0] in tables and isinstance(value, (int, Decimal)) and not isinstance(value, bool) and not keep(key):
            out[key] = show(value)
    return out


# ------------------------------------------------------------------ grids reworded


def relabel(grid: Grid, names: dict[str, str]) -> Grid:
    return [[(names.get(t, t), rs, cs) for t, rs, cs in row] for row in grid]


#: Table 三's rows numbered otherwise: （1） for 1., 3、 for （三）, ① for the 不予处理 items.
RENUMBER = {
    "（三）不予公开": "3、不予公开", "（四）无法提供": "4、无法提供", "（五）不予处理": "5、不予处理",
    "（六）其他处理": "6、其他处理", "（一）予以公开": "1、予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "2、部分公开（区分处理的，只计这一情形，不计其他情形）",
    "（七）总计": "7、总计",
    "1.属于国家秘密": "（1）属于国家秘密", "2.其他法律行政法规禁止公开": "（2）其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”": "（3）危及“三安全一稳定”", "4.保护第三方合法权益": "（4）保护第三方合法权益",
    "5.属于三类内部事务信息": "（5）属于三类内部事务信息", "6.属于四类过程性信息": "（6）属于四类过程性信息",
    "7.属于行政执法案卷": "（7）属于行政执法案卷", "8.属于行政查询事项": "（8）属于行政查询事项",
    "1.本机关不掌握相关政府信息": "（1）本机关不掌握相关政府信息", "2.没有现成信息需要另行制作": "（2）没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确": "（3）补正后申请内容仍不明确",
    "1.信访举报投诉类申请": "①信访举报投诉类申请", "2.重复申请": "②重复申请", "3.要求提供公开出版物": "③要求提供公开出版物",
    "4.无正当理由大量反复申请": "④无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息": "⑤要求行政机关确认或重新出具已获取信息",
}


def reordered_active(grid: Grid, order: tuple[int, ...], *, swap_first: bool = False) -> Grid:
    """Table 二's blocks (a 第二十条 row, its column heads and its rows) in ``order``; with
    ``swap_first`` the first block's two rows (规章, 行政规范性文件) swapped."""
    blocks: list[list] = []
    for row in grid:
        if row[0][0].startswith("第二十条"):
            blocks.append([])
        blocks[-1].append(row)
    if swap_first:
        blocks[0][2], blocks[0][3] = blocks[0][3], blocks[0][2]
    return [row for i in order for row in blocks[i]]


# ------------------------------------------------------------------ renderers


def is_value(text: str) -> bool:
    """A printed value (digits, a separator, a unit, 零/〇, a placeholder), not a label."""
    t = text.translate(str.maketrans("０１２３４５６７８９．，", "0123456789.,"))
    for unit in ("万元", "件", "个", "条", "人次", "次", "元"):
        t = t.removesuffix(unit)
    return t in ("零", "〇", "/", "—", "无", "") or t.replace(",", "").replace(".", "").lstrip("+-").isdigit()


def wrap(text: str, width: int) -> list[str]:
    text = text.replace("\n", "")
    return [text[k:k + width] for k in range(0, len(text), width)] or [""]


def label_then_values(grid: Grid, *, width: int, sep: str = " ", keep_empty: bool = False) -> str:
    """A CMS export: each row's labels on lines of their own (wrapped every ``width`` characters),
    then its values on one line joined by ``sep`` (empty cells gone, or kept with ``keep_empty``)."""
    out: list[str] = []
    for row in full_rows(grid):
        labels = [c for c in row if c and not is_value(c)]
        values = [c for c in row if c not in labels and (c or keep_empty)]
        for label in labels:
            out += wrap(label, width)
        if any(values):
            out.append(sep.join(values))
    return "\n".join(out)


def label_then_cells(grid: Grid, *, width: int) -> str:
    """Each cell once on a line of its own, labels wrapped every ``width`` characters, an empty
    cell an empty line (a CMS that prints a ``<td>`` as a paragraph)."""
    out: list[str] = []
    for text in cells_once(grid):
        out += wrap(text, width) if text and not is_value(text) else [text]
    return "\n".join(out)


def tab_rows(grid: Grid) -> str:
    return "\n".join("\t".join(c.replace("\n", "") for c in row) for row in full_rows(grid))


def space_rows(grid: Grid) -> str:
    """One line per row, cells joined by a space, empty cells gone."""
    return "\n".join(" ".join(c.replace("\n", "") for c in row if c) for row in full_rows(grid))


def _label_br(text: str) -> str:
    text = text.replace("\n", "<br/>")
    if len(text) > 12 and "<br" not in text:
        text = text[:len(text) // 2] + "<br>" + text[len(text) // 2:]
    return text


def rich_html(grid: Grid, *, heads: int, spans: bool = True, th: bool = True) -> str:
    """An editor's HTML table: ``<thead>`` with ``<th>`` for the first ``heads`` rows, ``<tbody>``,
    long labels broken by ``<br>``, values in ``<p><span>``, empty cells ``&nbsp;``."""
    out = ['<table class="MsoNormalTable" border="1" cellspacing="0" style="border-collapse:collapse">']
    for i, row in enumerate(grid):
        if i == 0:
            out.append("<thead>")
        if i == heads:
            out.append("</thead><tbody>")
        tag = "th" if th and i < heads else "td"
        cells = []
        for text, rs, cs in row:
            attrs = (f' rowspan="{rs}"' if rs > 1 and spans else "") + (f' colspan="{cs}"' if cs > 1 and spans else "")
            if not text:
                inner = "&nbsp;"
            elif is_value(text):
                inner = f'<p style="text-align:center"><span style="font-family:仿宋_GB2312;font-size:14px">{text}</span></p>'
            else:
                inner = f"<p><span>{_label_br(text)}</span></p>"
            cells.append(f"<{tag}{attrs}>{inner}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def mineru_html(grid: Grid) -> str:
    """MinerU's table in Markdown: one line of HTML, ``<td>`` only, spans kept."""
    rows = []
    for row in grid:
        tds = []
        for text, rs, cs in row:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            tds.append(f"<td{attrs}>{text.replace(chr(10), '')}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return "<html><body><table>" + "".join(rows) + "</table></body></html>"


def pandoc_pipe(grid: Grid, *, heads: int = 1) -> str:
    """A pandoc pipe table: the first row is the header, the other header rows become body rows;
    covered cells empty, ``|`` escaped nowhere (no cell holds one)."""
    rows = full_rows(grid)
    width = len(rows[0])
    out = ["| " + " | ".join(c.replace("\n", "") for c in rows[0]) + " |",
           "|" + "|".join(["---"] * width) + "|"]
    out += ["| " + " | ".join(c.replace("\n", "") for c in r) + " |" for r in rows[1:]]
    return "\n".join(out)


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _wrap_width(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` display columns (a CJK character is two)."""
    out, line = [], ""
    for ch in text.replace("\n", ""):
        if _width(line + ch) > width:
            out.append(line)
            line = ""
        line += ch
    return out + [line]


def pandoc_grid(grid: Grid, *, heads: int = 1, label_width: int = 14) -> str:
    """A pandoc grid table (``+---+`` rules, ``|`` between cells): merged cells repeated in no
    cell (covered cells empty), long cells wrapped over several text lines of their row, the
    header rows above a ``+===+`` rule."""
    rows = full_rows(grid)
    n = len(rows[0])
    widths = []
    for j in range(n):
        widest = max(_width(r[j].replace("\n", "")) for r in rows)
        widths.append(max(3, min(widest, label_width)))
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    for i, row in enumerate(rows):
        cells = [_wrap_width(c, widths[j]) for j, c in enumerate(row)]
        for k in range(max(len(c) for c in cells)):
            parts = []
            for j, c in enumerate(cells):
                text = c[k] if k < len(c) else ""
                parts.append(" " + text + " " * (widths[j] - _width(text)) + " ")
            out.append("|" + "|".join(parts) + "|")
        out.append(rule.replace("-", "=") if i == heads - 1 else rule)
    return "\n".join(out)


def word_html(grid: Grid) -> str:
    """A table as Word's “save as web page” writes it: ``MsoNormal`` paragraphs, ``<o:p>`` marks,
    ``&nbsp;`` in empty cells, widths and styles on every cell."""
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"]
    for row in grid:
        tds = []
        for text, rs, cs in row:
            attrs = (f" rowspan={rs}" if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "")
            if text:
                body = text.replace("\n", "<br>")
                inner = f"<span lang=EN-US style='font-size:10.5pt;font-family:仿宋_GB2312'>{body}<o:p></o:p></span>"
            else:
                inner = "<span lang=EN-US><o:p>&nbsp;</o:p></span>"
            tds.append(f"<td width=64{attrs} valign=top style='width:48.0pt;border:solid windowtext 1.0pt'>"
                       f"<p class=MsoNormal align=center style='text-align:center'>{inner}</p></td>")
        out.append(" <tr style='height:20.0pt'>\n  " + "\n  ".join(tds) + "\n </tr>")
    return "\n".join(out + ["</table>"])


def br_html(grid: Grid, caption: str) -> str:
    """An HTML table with its caption in ``<caption>``, values followed by a stray ``<br>`` and
    empty cells holding only ``<br>``."""
    out = [f"<table border=1><caption>{caption}</caption><tbody>"]
    for row in grid:
        tds = []
        for text, rs, cs in row:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            tds.append(f"<td{attrs}>{text.replace(chr(10), '<br/>')}<br></td>" if text else f"<td{attrs}><br></td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(out + ["</tbody></table>"])


def with_extra_rows(grid: Grid, after: str, extra: list[tuple[str, str]]) -> Grid:
    """Table 二 with rows the template lacks (``行政确认``, ``行政奖励``) printed after the row
    labelled ``after``, each with its own value."""
    out: Grid = []
    for row in grid:
        out.append(row)
        if row[0][0] == after:
            span = row[-1][2]
            out += [[(label, 1, 1), (value, 1, span)] for label, value in extra]
    return out


def with_subtotal(v: dict) -> None:
    """Table 三's 法人或其他组织小计 column (a report that adds it)."""
    for r in sorted({k[1] for k in v if k[0] == "requests"}):  # sorted: the same file on every run
        v[("requests", r, "org_subtotal")] = sum(v[("requests", r, c)] or 0 for c in COLS[1:6])


# ------------------------------------------------------------------ report text


FOOT_REQUESTS = ("注：1.本表统计时间为{year}年1月1日至{year}年12月31日；2.“总计”含本年度新收申请和上年结转申请，"
                 "同一申请人就同一事项多次申请的按1件统计；3.本表数据由{office}提供。")
FOOT_ACTIVE = "注：本年新制发规范性文件均已在门户网站“政策文件”栏目公开，文号见附件2。"
PROSE_BETWEEN = {
    "active": "全年通过门户网站主动公开政府信息{n}条，其中政策文件{m}件，政策解读{k}篇，均已在“政府信息公开”专栏集中公开。",
    "requests": "本年度依申请公开工作总体平稳，申请主要集中在征地拆迁、社会保障和规划建设等领域。",
    "appeals": "本年度因政府信息公开被申请行政复议、提起行政诉讼的情况如下。",
}


def tables_text(parts: list[tuple[str, str]], *, sep: str = "\n", before: dict[str, str] | None = None,
                after: dict[str, str] | None = None, captions: dict[str, str] | None = None) -> list[str]:
    """Each ``(table key, rendered table)`` under its caption, with lines ``before`` (after the
    caption) and ``after`` it."""
    out = []
    for key, body in parts:
        head = (captions or CAPTIONS)[key]
        extra = (before or {}).get(key)
        block = head + sep + (extra + sep if extra else "") + body
        if (after or {}).get(key):
            block += sep + after[key]
        out.append(block)
    return out


def grids_of(template: str, v: dict, **kw) -> list[tuple[str, Grid]]:
    return [("active", active_grid(template, v)), ("requests", requests_grid(template, v, **kw)),
            ("appeals", appeals_grid(v))]


def stats_units(v: dict) -> dict:
    """The 2014 table's counts followed by their row's unit (``425条``, ``3次``, ``0.5万元``)."""
    units = {r.key: r.unit or "" for r in layout("gov2014")[0].rows}
    return {k: (format(x, "f") if isinstance(x, Decimal) else str(x)) + units.get(k[1], "")
            if isinstance(x, (int, Decimal)) and k[0] == "stats" else x for k, x in v.items()}


# ------------------------------------------------------------------ the set


def main() -> None:
    rng = random.Random(20261210)
    OUT.mkdir(parents=True, exist_ok=True)
    for old_file in OUT.iterdir():
        old_file.unlink()
    probes: dict[str, dict[str, Any]] = {}

    def add(name: str, shape: str, ext: str, data: str | bytes, values: dict) -> None:
        (OUT / f"{name}.{ext}").write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        probes[name] = {"file": f"{name}.{ext}", "shape": shape, "expected_errors": [],
                        "cells": {"|".join(k): list(status(val)) for k, val in sorted(values.items())}}

    def render(template: str, p: dict, fn, **kw) -> list[tuple[str, str]]:
        return [(k, fn(g)) for k, g in grids_of(template, p, **kw)]

    office = "区政务服务数据管理局"

    # ---------------------------------------------------------------- CMS: label lines, then values
    v = gov("gov2021", rng, fees=Decimal("4.5"))
    add("cms-label-values-2021", "cms_label_lines", "txt", report_text("湖南省岳阳市岳阳楼区人民政府", 2022, tables_text(
        render("gov2021", v, lambda g: label_then_values(g, width=9)))), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=9)
    add("cms-label-values-narrow-2021", "cms_label_lines", "txt", report_text("贵州省遵义市红花岗区人民政府", 2023, tables_text(
        render("gov2021", v, lambda g: label_then_values(g, width=6)))), v)
    v = gov("gov2021", rng, fees=Decimal("1.2"))
    blank_zeros(v, rng, share=0.5)
    add("cms-label-tabs-2021", "cms_label_lines", "txt", report_text("云南省曲靖市麒麟区人民政府", 2022, tables_text(
        render("gov2021", v, lambda g: label_then_values(g, width=8, sep="\t", keep_empty=True)))), v)
    v = gov("gov2019", rng, procurement=(7, Decimal("512.3")))
    add("cms-label-values-2019", "cms_label_lines", "txt", report_text("广西壮族自治区柳州市城中区人民政府", 2020, tables_text(
        render("gov2019", v, lambda g: label_then_values(g, width=10)))), v)
    v = gov("gov2021", rng, fees=Decimal("0.6"))
    blank_zeros(v, rng, share=0.4)
    add("cms-cell-paragraphs-2021", "cms_label_lines", "txt", report_text("甘肃省天水市秦州区人民政府", 2023, tables_text(
        render("gov2021", v, lambda g: label_then_cells(g, width=7)))), v)

    # ---------------------------------------------------------------- thousands separators, large bodies
    v = gov("gov2021", rng, fees=Decimal("25.8"), factor=317)
    add("thousands-tabs-2021", "thousands", "txt", report_text("广东省深圳市人民政府", 2022, tables_text(
        render("gov2021", shown(v, thousands()), tab_rows))), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=211)
    add("thousands-fullcomma-lines-2021", "thousands", "txt", report_text("上海市浦东新区人民政府", 2023, tables_text(
        render("gov2021", shown(v, thousands("，")), lambda g: "\n".join(cells_once(g))))), v)
    v = gov("gov2021", rng, fees=Decimal("3.9"), factor=143)
    add("thousands-spaces-2021", "thousands", "txt", report_text("浙江省杭州市西湖区人民政府", 2022, tables_text(
        render("gov2021", shown(v, thousands()), space_rows))), v)
    v = gov("gov2021", rng, fees=Decimal("12.5"), factor=97)
    add("thousands-html-2021", "thousands", "html", html_page("江苏省苏州市人民政府", 2024, tables_text(
        render("gov2021", shown(v, thousands()), lambda g: rich_html(g, heads=3 if len(g) > 10 else 1)))), v)
    v = gov("gov2019", rng, procurement=(1234, Decimal("187321.5")), factor=120)
    add("thousands-pipe-2019", "thousands", "md", report_text("四川省成都市人民政府", 2020, tables_text(
        render("gov2019", shown(v, thousands()), pandoc_pipe), sep="\n\n"), "\n\n"), v)

    # ---------------------------------------------------------------- cells with their unit
    v = gov("gov2021", rng, fees=Decimal("12.5"))
    add("units-tabs-2021", "units", "txt", report_text("河北省石家庄市长安区人民政府", 2022, tables_text(
        render("gov2021", shown(v, with_unit()), tab_rows))), v)
    v = gov("gov2021", rng, fees=Decimal("0.35"), factor=4)
    add("units-lines-2021", "units", "txt", report_text("山东省济南市历下区人民政府", 2023, tables_text(
        render("gov2021", shown(v, with_unit("个"), tables=("active",)) | {
            k: x for k, x in shown(v, with_unit("件"), tables=("requests", "appeals")).items() if k[0] != "active"},
            lambda g: "\n".join(cells_once(g))))), v)
    v = gov("gov2019", rng, procurement=(16, Decimal("2310.75")))
    add("units-spaces-2019", "units", "txt", report_text("辽宁省大连市中山区人民政府", 2020, tables_text(
        render("gov2019", shown(v, with_unit("件", money="万元"), tables=("active",)), space_rows))), v)
    v = gov("gov2021", rng, fees=Decimal("7.08"), factor=35)
    add("units-thousands-html-2021", "units", "html", html_page("湖北省武汉市人民政府", 2023, tables_text(
        render("gov2021", shown(v, lambda x: thousands()(x) + ("万元" if isinstance(x, Decimal) else "件")),
               lambda g: rich_html(g, heads=3 if len(g) > 10 else 1)))), v)

    # ---------------------------------------------------------------- 单位 lines and footnotes
    v = gov("gov2021", rng, fees=Decimal("2.4"))
    add("footnotes-tabs-2021", "footnotes", "txt", report_text("江西省南昌市东湖区人民政府", 2022, tables_text(
        render("gov2021", v, tab_rows), before={"requests": "单位：件", "appeals": "单位：件"},
        after={"requests": FOOT_REQUESTS.format(year=2022, office=office), "active": FOOT_ACTIVE})), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=6)
    blank_zeros(v, rng, share=0.3)
    add("footnotes-lines-2021", "footnotes", "txt", report_text("安徽省合肥市蜀山区人民政府", 2023, tables_text(
        render("gov2021", v, lambda g: "\n".join(cells_once(g))), before={"requests": "（单位：件）"},
        after={"requests": FOOT_REQUESTS.format(year=2023, office=office),
               "appeals": "注：表中“总计”为结果维持、结果纠正、其他结果、尚未审结四项之和。"})), v)
    v = gov("gov2019", rng, procurement=(4, Decimal("96.4")))
    add("footnotes-spaces-2019", "footnotes", "txt", report_text("吉林省吉林市船营区人民政府", 2019, tables_text(
        render("gov2019", v, space_rows), before={"active": "单位：件、万元", "requests": "单位：件"},
        after={"requests": FOOT_REQUESTS.format(year=2019, office="区政府办公室"),
               "active": "注：“本年增/减”栏中“+”表示增加，“-”表示减少；2019年度新增行政许可事项12项。"})), v)
    v = gov("gov2021", rng, fees=Decimal("15.2"), factor=28)
    add("footnotes-html-2021", "footnotes", "html", html_page("重庆市渝中区人民政府", 2022, tables_text(
        render("gov2021", v, lambda g: rich_html(g, heads=3 if len(g) > 10 else 1)),
        before={"requests": "<p style=\"text-align:right\">单位：件</p>"},
        after={"requests": "<p>" + FOOT_REQUESTS.format(year=2022, office=office) + "</p>"})), v)

    # ---------------------------------------------------------------- captions otherwise, prose between, rows reordered
    caps1 = {"active": "表1 主动公开政府信息情况", "requests": "表2 收到和处理政府信息公开申请情况",
             "appeals": "表3 政府信息公开行政复议、行政诉讼情况"}
    v = gov("gov2021", rng, fees=Decimal("0.9"))
    prose = {k: s.format(n=4123, m=86, k=37) for k, s in PROSE_BETWEEN.items()}
    add("captions-table-n-2021", "captions", "txt", report_text("内蒙古自治区包头市昆都仑区人民政府", 2022, tables_text(
        render("gov2021", v, tab_rows), captions=caps1, before=prose)), v)
    caps2 = {"active": "附表1：主动公开政府信息情况统计表", "requests": "附表2：收到和处理政府信息公开申请情况统计表",
             "appeals": "附表3：政府信息公开行政复议、行政诉讼情况统计表"}
    v = gov("gov2021", rng, fees=Decimal("3.3"), factor=3)
    add("captions-annex-2021", "captions", "txt", report_text("黑龙江省哈尔滨市南岗区人民政府", 2023, tables_text(
        render("gov2021", v, lambda g: "\n".join(cells_once(g))), captions=caps2)), v)
    caps3 = {"active": "（二）主动公开政府信息情况", "requests": "（三）收到和处理政府信息公开申请情况",
             "appeals": "（四）政府信息公开行政复议、行政诉讼情况"}
    v = gov("gov2021", rng, fees=Decimal("0"))
    parts = [("active", space_rows(reordered_active(active_grid("gov2021", v), (2, 1, 0, 3), swap_first=True))),
             ("requests", space_rows(requests_grid("gov2021", v))), ("appeals", space_rows(appeals_grid(v)))]
    add("captions-reordered-2021", "captions", "txt", report_text("山西省太原市小店区人民政府", 2022, tables_text(
        parts, captions=caps3, before={k: p for k, p in prose.items() if k != "active"})), v)
    v = gov("gov2021", rng, fees=Decimal("6.6"))
    parts = [("active", tab_rows(reordered_active(active_grid("gov2021", v), (0, 2, 1, 3)))),
             ("requests", tab_rows(requests_grid("gov2021", v))), ("appeals", tab_rows(appeals_grid(v)))]
    add("reordered-tabs-2021", "captions", "txt", report_text("陕西省西安市雁塔区人民政府", 2023, tables_text(parts)), v)
    v = gov("gov2019", rng, procurement=(3, Decimal("45.8")))
    parts = [("active", "\n".join(cells_once(reordered_active(active_grid("gov2019", v), (0, 2, 1, 4, 3))))),
             ("requests", "\n".join(cells_once(requests_grid("gov2019", v)))),
             ("appeals", "\n".join(cells_once(appeals_grid(v))))]
    add("reordered-lines-2019", "captions", "txt", report_text("宁夏回族自治区银川市兴庆区人民政府", 2020, tables_text(
        parts, captions=caps1, before=prose)), v)

    # ---------------------------------------------------------------- rows numbered otherwise
    v = gov("gov2021", rng, fees=Decimal("1.0"))
    parts = [("active", tab_rows(active_grid("gov2021", v))),
             ("requests", tab_rows(relabel(requests_grid("gov2021", v), RENUMBER))), ("appeals", tab_rows(appeals_grid(v)))]
    add("renumbered-tabs-2021", "renumbered", "txt", report_text("青海省西宁市城东区人民政府", 2022, tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=5)
    blank_zeros(v, rng, share=0.5)
    parts = [("active", "\n".join(cells_once(active_grid("gov2021", v)))),
             ("requests", "\n".join(cells_once(relabel(requests_grid("gov2021", v), RENUMBER)))),
             ("appeals", "\n".join(cells_once(appeals_grid(v))))]
    add("renumbered-lines-2021", "renumbered", "txt", report_text("新疆维吾尔自治区乌鲁木齐市天山区人民政府", 2023,
                                                                   tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("2.2"))
    parts = [("active", space_rows(active_grid("gov2021", v))),
             ("requests", space_rows(relabel(requests_grid("gov2021", v, subtotal=False), RENUMBER))),
             ("appeals", space_rows(appeals_grid(v)))]
    add("renumbered-spaces-2021", "renumbered", "txt", report_text("海南省海口市龙华区人民政府", 2024, tables_text(parts)), v)

    # ---------------------------------------------------------------- zeros as 零/〇, full-width digits
    v = gov("gov2021", rng, fees=Decimal("0.5"))
    add("zero-word-tabs-2021", "numerals", "txt", report_text("西藏自治区拉萨市城关区人民政府", 2022, tables_text(
        render("gov2021", shown(v, zero_word("零"), tables=("requests", "appeals")), tab_rows))), v)
    v = gov("gov2021", rng, fees=Decimal("8.8"), factor=2)
    add("zero-ling-lines-2021", "numerals", "txt", report_text("河南省郑州市金水区人民政府", 2023, tables_text(
        render("gov2021", shown(v, zero_word("〇")), lambda g: "\n".join(cells_once(g))))), v)
    v = gov("gov2021", rng, fees=Decimal("4.25"), factor=60)
    add("fullwidth-thousands-tabs-2021", "numerals", "txt", report_text("福建省厦门市思明区人民政府", 2022, tables_text(
        render("gov2021", shown(v, full_width(thousands("，"))), tab_rows))), v)

    # ---------------------------------------------------------------- HTML from editors
    v = gov("gov2021", rng, fees=Decimal("0"))
    blank_zeros(v, rng, share=0.6)
    add("html-thead-2021", "html_rich", "html", html_page("天津市河西区人民政府", 2022, tables_text(
        render("gov2021", v, lambda g: rich_html(g, heads=3 if len(g) > 10 else 1)))), v)
    v = gov("gov2019", rng, procurement=(2, Decimal("18.6")))
    add("html-thead-2019", "html_rich", "html", html_page("北京市朝阳区人民政府", 2020, tables_text(
        render("gov2019", v, lambda g: rich_html(g, heads=3 if len(g) > 10 else 1)))), v)
    v = gov("gov2021", rng, fees=Decimal("1.75"), factor=3)
    add("html-td-heads-2021", "html_rich", "html", html_page("吉林省长春市南关区人民政府", 2023, tables_text(
        render("gov2021", v, lambda g: rich_html(g, heads=3 if len(g) > 10 else 1, th=False)))), v)

    # ---------------------------------------------------------------- Markdown from converters
    v = gov("gov2021", rng, fees=Decimal("5.5"))
    add("pandoc-pipe-2021", "markdown", "md", report_text("江苏省南京市鼓楼区人民政府", 2022, tables_text(
        render("gov2021", v, pandoc_pipe), sep="\n\n"), "\n\n"), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=14)
    blank_zeros(v, rng, share=0.4)
    add("mineru-html-md-2021", "markdown", "md", report_text("广东省广州市天河区人民政府", 2023, tables_text(
        render("gov2021", v, mineru_html), sep="\n\n"), "\n\n"), v)
    v = gov("gov2019", rng, procurement=(5, Decimal("73.2")))
    add("mineru-html-md-2019", "markdown", "md", report_text("浙江省温州市鹿城区人民政府", 2020, tables_text(
        render("gov2019", v, mineru_html), sep="\n\n"), "\n\n"), v)

    # ---------------------------------------------------------------- the 2014 statistics table
    v = old(rng, fees=Decimal("0.3"), budget=Decimal("12.5"))
    for key in list(v):
        if isinstance(v[key], int):
            v[key] = v[key] * 37
    add("stats-thousands-2014", "stats2014", "txt", "\n".join([
        "根据《中华人民共和国政府信息公开条例》规定，特向社会公布2016年度政府信息公开工作年度报告。",
        "一、概述", "2016年，江苏省常州市天宁区人民政府认真贯彻落实政府信息公开工作要求。",
        "附表：2016年度政府信息公开情况统计表", tab_rows(stats_grid(shown(v, thousands()))),
        "注：本表统计时间为2016年1月1日至2016年12月31日。",
        "二、存在的主要问题及改进情况", "信息公开的及时性还有差距。", "江苏省常州市天宁区人民政府", "2017年3月20日", ""]), v)
    v = old(rng, fees=Decimal("0"), budget=Decimal("3.6"))
    add("stats-units-2014", "stats2014", "txt", "\n".join([
        "根据《中华人民共和国政府信息公开条例》规定，特向社会公布2015年度政府信息公开工作年度报告。",
        "一、概述", "2015年，浙江省嘉兴市南湖区人民政府认真贯彻落实政府信息公开工作要求。",
        "表1 政府信息公开情况统计表", "单位：条、件、次、万元",
        space_rows(stats_grid(stats_units(v), unit_col=False)),
        "二、存在的主要问题及改进情况", "信息公开的及时性还有差距。", "浙江省嘉兴市南湖区人民政府", "2016年3月25日", ""]), v)


    # ================================================================ batch B (written after batch A's fixes,
    # labelled and scored before any fix it leads to)
    # ---------------------------------------------------------------- 小计 column, merged text repeated by the converter
    v = gov("gov2021", rng, fees=Decimal("9.4"), factor=53)
    with_subtotal(v)
    add("subtotal-pipe-repeat-2021", "subtotal", "md", report_text("江苏省无锡市人民政府", 2023, tables_text(
        [(k, render_pipe(g, repeat=True)) for k, g in grids_of("gov2021", shown(v, thousands()), subtotal=True)],
        sep="\n\n"), "\n\n"), v)
    v = gov("gov2021", rng, fees=Decimal("0.2"))
    with_subtotal(v)
    blank_zeros(v, rng, share=0.3)
    add("subtotal-html-th-2021", "subtotal", "html", html_page("安徽省芜湖市镜湖区人民政府", 2022, tables_text(
        render("gov2021", v, lambda g: rich_html(g, heads=3 if len(g) > 10 else 1), subtotal=True))), v)
    v = gov("gov2021", rng, fees=Decimal("1.1"), factor=4)
    with_subtotal(v)
    add("subtotal-lines-2021", "subtotal", "txt", report_text("湖北省宜昌市西陵区人民政府", 2024, tables_text(
        render("gov2021", v, lambda g: "\n".join(cells_once(g)), subtotal=True))), v)
    # ---------------------------------------------------------------- Word's web page, <br> cells, <caption>
    v = gov("gov2021", rng, fees=Decimal("2.75"))
    blank_zeros(v, rng, share=0.5)
    add("word-html-2021", "html_rich", "html", html_page("山东省青岛市市南区人民政府", 2022, tables_text(
        render("gov2021", v, word_html))), v)
    v = gov("gov2019", rng, procurement=(8, Decimal("356.08")))
    parts = [br_html(g, CAPTIONS[k]) for k, g in grids_of("gov2019", v)]
    add("html-br-caption-2019", "html_rich", "html", html_page("河北省唐山市路北区人民政府", 2020, parts), v)
    # ---------------------------------------------------------------- pandoc grid tables (wrapped cells)
    v = gov("gov2021", rng, fees=Decimal("6.3"))
    add("pandoc-grid-2021", "markdown", "md", report_text("广东省珠海市香洲区人民政府", 2023, tables_text(
        [(k, pandoc_grid(g, heads=3 if k == "requests" else (3 if k == "appeals" else 1)))
         for k, g in grids_of("gov2021", v)], sep="\n\n"), "\n\n"), v)
    # ---------------------------------------------------------------- captions numbered as the report's parts, prose with numbers
    caps4 = {"active": "一、主动公开政府信息情况", "requests": "二、收到和处理政府信息公开申请情况",
             "appeals": "三、政府信息公开行政复议、行政诉讼情况"}
    v = gov("gov2021", rng, fees=Decimal("0"), factor=31)
    said = {"requests": (f"全年共收到政府信息公开申请{v[('requests', 'new_received', 'total')]:,}件，"
                         f"办结{v[('requests', 'total_processed', 'total')]:,}件，按时办结率100%。"),
            "active": "本年度主动公开政府信息12,873条，其中政府网站发布9,214条。"}
    add("captions-parts-2021", "captions", "txt", "\n".join([
        "根据《中华人民共和国政府信息公开条例》规定，特向社会公布2022年度政府信息公开工作年度报告。",
        *tables_text([(k, tab_rows(g)) for k, g in grids_of("gov2021", shown(v, thousands()))],
                     captions=caps4, before=said),
        "四、存在的主要问题及改进情况", "信息公开的及时性还有差距。", "五、其他需要报告的事项", "无。",
        "广西壮族自治区南宁市青秀区人民政府", "2023年1月20日", ""]), v)
    # ---------------------------------------------------------------- 单位 line between the header and the body
    v = gov("gov2021", rng, fees=Decimal("3.0"), factor=2)
    grids = grids_of("gov2021", v)
    req = grids[1][1]
    body_lines = "\n".join(cells_once(req[:3])) + "\n单位：件\n" + "\n".join(cells_once(req[3:]))
    parts = [("active", "\n".join(cells_once(grids[0][1]))), ("requests", body_lines),
             ("appeals", "\n".join(cells_once(grids[2][1])))]
    add("unit-inside-lines-2021", "footnotes", "txt", report_text("四川省绵阳市涪城区人民政府", 2023,
                                                                   tables_text(parts)), v)
    # ---------------------------------------------------------------- table 二 with rows the template lacks
    v = gov("gov2021", rng, fees=Decimal("5.6"))
    grid = with_extra_rows(active_grid("gov2021", v), "行政许可", [("行政确认", "37"), ("行政奖励", "4")])
    grid = with_extra_rows(grid, "行政强制", [("行政检查", "215")])
    add("extra-rows-tabs-2021", "captions", "txt", report_text("湖南省株洲市天元区人民政府", 2022, tables_text(
        [("active", tab_rows(grid)), ("requests", tab_rows(requests_grid("gov2021", v))),
         ("appeals", tab_rows(appeals_grid(v)))])), v)
    v = gov("gov2021", rng, fees=Decimal("0"))
    grid = with_extra_rows(active_grid("gov2021", v), "行政许可", [("行政确认", "12"), ("行政裁决", "0")])
    add("extra-rows-lines-2021", "captions", "txt", report_text("江西省赣州市章贡区人民政府", 2023, tables_text(
        [("active", "\n".join(cells_once(grid))), ("requests", "\n".join(cells_once(requests_grid("gov2021", v)))),
         ("appeals", "\n".join(cells_once(appeals_grid(v))))])), v)
    # ---------------------------------------------------------------- one cell per line with ASCII thousands (2019)
    v = gov("gov2019", rng, procurement=(27, Decimal("12873.4")), factor=88)
    add("thousands-lines-2019", "thousands", "txt", report_text("河南省郑州市人民政府", 2020, tables_text(
        render("gov2019", shown(v, thousands()), lambda g: "\n".join(cells_once(g))))), v)
    # ---------------------------------------------------------------- the 2014 table, labels above their values
    v = old(rng, fees=Decimal("0.8"), budget=Decimal("7.5"))
    add("stats-label-lines-2014", "stats2014", "txt", "\n".join([
        "根据《中华人民共和国政府信息公开条例》规定，特向社会公布2017年度政府信息公开工作年度报告。",
        "一、概述", "2017年，湖南省长沙市岳麓区人民政府认真贯彻落实政府信息公开工作要求。",
        "附件", "政府信息公开情况统计表", label_then_values(stats_grid(stats_units(v), unit_col=False), width=9),
        "二、存在的主要问题及改进情况", "信息公开的及时性还有差距。", "湖南省长沙市岳麓区人民政府", "2018年3月26日", ""]), v)


    # ================================================================ batch C (written after batch B's fixes,
    # labelled and scored before any fix it leads to)
    # ---------------------------------------------------------------- TAB rows with merged text repeated in covered cells
    v = gov("gov2021", rng, fees=Decimal("2.0"))
    add("tab-repeat-merges-2021", "repeated_merges", "txt", report_text("辽宁省沈阳市和平区人民政府", 2022, tables_text(
        [(k, "\n".join("\t".join(c.replace("\n", "") for c in r) for r in full_rows(g, repeat=True)))
         for k, g in grids_of("gov2021", v)])), v)
    # ---------------------------------------------------------------- table 三 continued: 表2（续） and its header again
    v = gov("gov2021", rng, fees=Decimal("0.4"), factor=8)
    top, bottom = split_grid(requests_grid("gov2021", v), "（四）无法提供")
    req = tab_rows(top) + "\n表2（续）\n" + tab_rows(requests_grid("gov2021", v)[:3] + bottom)
    add("continued-tabs-2021", "repeated_merges", "txt", report_text("山东省潍坊市奎文区人民政府", 2023, tables_text(
        [("active", tab_rows(active_grid("gov2021", v))), ("requests", req), ("appeals", tab_rows(appeals_grid(v)))],
        captions=caps1)), v)
    # ---------------------------------------------------------------- HTML whose row labels are <th scope=row>
    v = gov("gov2021", rng, fees=Decimal("3.15"))
    blank_zeros(v, rng, share=0.4)

    def th_rows(grid: Grid) -> str:
        html = rich_html(grid, heads=3 if len(grid) > 10 else 1)
        out = []
        for line in html.split("\n"):
            if line.startswith("<tr><td"):
                line = line.replace("<td", '<th scope="row"', 1).replace("</td>", "</th>", 1)
            out.append(line)
        return "\n".join(out)

    add("html-th-rows-2021", "html_rich", "html", html_page("黑龙江省齐齐哈尔市建华区人民政府", 2022, tables_text(
        render("gov2021", v, th_rows))), v)
    # ---------------------------------------------------------------- comma-separated rows (a spreadsheet pasted as CSV)
    v = gov("gov2021", rng, fees=Decimal("1.8"))
    add("csv-rows-2021", "csv_rows", "txt", report_text("浙江省金华市婺城区人民政府", 2023, tables_text(
        [(k, "\n".join(",".join(c.replace("\n", "") for c in r) for r in full_rows(g))) for k, g in grids_of("gov2021", v)])), v)
    # ---------------------------------------------------------------- 2019 table 二 with full-width signs and thousands
    v = gov("gov2019", rng, procurement=(19, Decimal("1873.2")))
    for r in ("licensing", "other_services", "penalty", "enforcement", "fees"):
        v[("active", r, "prev_items")] = rng.randint(900, 4000)
        v[("active", r, "change")] = rng.choice([-8, -3, 0, 2, 14, 36])
    p = dict(v)
    for key, value in v.items():
        if key[0] == "active" and isinstance(value, int):
            p[key] = ("＋" if key[2] == "change" and value > 0 else "－" if value < 0 else "") + f"{abs(value):,}"
    add("signed-fullwidth-2019", "signed", "txt", report_text("江苏省徐州市鼓楼区人民政府", 2020, tables_text(
        render("gov2019", p, tab_rows))), v)
    # ---------------------------------------------------------------- 零 in space rows; values with units under label lines
    v = gov("gov2021", rng, fees=Decimal("0.7"))
    add("zero-space-rows-2021", "numerals", "txt", report_text("吉林省四平市铁西区人民政府", 2022, tables_text(
        render("gov2021", shown(v, zero_word("零"), tables=("requests", "appeals")), space_rows))), v)
    v = gov("gov2021", rng, fees=Decimal("4.4"), factor=3)
    add("cms-label-units-2021", "cms_label_lines", "txt", report_text("陕西省宝鸡市渭滨区人民政府", 2023, tables_text(
        render("gov2021", shown(v, with_unit()), lambda g: label_then_values(g, width=8)))), v)

    (OUT / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


if __name__ == "__main__":
    main()
