"""Write the held-out table probes of ``tests/cases/table_probes11`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10 item 2), in shapes the sets
table_probes3..10 do not hold:

* ``ocr_spaces``: counts with spaces inside from OCR or hand typing (``1 234``, ``2 5``) in TAB rows,
  HTML cells and one cell per line;
* ``zeros_units``: ``0件``/``0.00``/``0.0000`` zeros and ``0.00万元`` amounts, counts with ``件`` and
  ``（件）`` in the heads;
* ``reworded``: other provinces' reworded or abbreviated row labels without numbering (``予以公开``,
  ``国家秘密``, ``本机关不掌握``, ``逾期不补正``…), the 不予公开 reasons in another order, 其他处理's
  items' labels broken over two lines;
* ``narrow_requests``: table 三 printed with only the 总计 column, or with the organisations merged into
  one 法人或其他组织 column (``org_subtotal``);
* ``appeals_totals``: table 四 with only the 总计 of 行政复议 and of the two 行政诉讼 groups;
* ``transposed``: table 三 turned (a row per applicant kind, a column per row label) and table 二
  turned;
* ``image_header``: tables whose header rows were an image (only the row labels and numbers remain;
  table 四 only its line of 15 numbers);
* ``printed_twice``: a 2021 table 三 printed twice (a CMS duplicate);
* ``page_split``: tables cut between rows by a page's running head and folio, in space-separated rows;
* ``markdown_align``: Markdown pipe tables with alignment rows (``|:---|---:|``) and the merged header
  cells empty;
* ``html_nested``: ``<th>`` row labels, ``<thead>``/``<tbody>``, a table inside a layout table's cell,
  the applicant heads as a nested table inside the header cell;
* ``docx_textbox``: the tables inside a Word text box (``w:txbxContent``);
* ``prose_numbers``: prose with 一网通办, 12345, years, phone numbers and counts between the caption and
  the table and in a note row inside the table;
* ``stats2014``: the 2014 table with OCR spaces, in Markdown, reworded;
* ``inconsistent``: probes with planted errors (a row total, a column identity, a table 四 total, a
  2014 identity) that must be found, every other identity holding.

From ministries, provincial departments, vertical bodies, counties and townships of many provinces,
2014–2025. Every probe but the ``inconsistent`` ones is consistent (every identity of FORMAT.md §3
holds), so any error finding on them blames the report for our misreading.

    python bench/make_table_probes11.py   # rewrites tests/cases/table_probes11/

``expected.json``: ``{probe: {"cells": {"table|row|col": [value, status]}, "expected_errors": [check
ids], "file": name, "shape": ...}}``.
"""

from __future__ import annotations

import json
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
    status,
)
from bench.make_table_probes7 import _stable, gov, html_page, old, word_tables  # noqa: E402
from bench.make_table_probes8 import shown, tab_rows, tables_text  # noqa: E402
from bench.make_table_probes10 import plain_html  # noqa: E402
from tests.report_writer import layout  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes11"

Grid = list[list[tuple[str, int, int]]]
APPEAL_COLS = ("upheld", "corrected", "other", "pending", "total")


def grids(template: str, v: dict, **kw) -> list[tuple[str, Grid]]:
    return [("active", active_grid(template, v)), ("requests", requests_grid(template, v, **kw)),
            ("appeals", appeals_grid(v))]


def cells_of(v: dict, keep=lambda k: True) -> dict[str, list]:
    return {"|".join(k): list(status(x)) for k, x in sorted(v.items()) if keep(k)}


# ------------------------------------------------------------------ numbers printed with spaces


def spaced(rng: random.Random):
    """Counts of two digits or more with a space inside (``1 234``, ``2 5``): OCR and hand typing."""

    def show(value: Any) -> str:
        if isinstance(value, Decimal):
            return format(value, "f")
        text = str(value)
        if len(text) >= 4:
            return f"{value:,}".replace(",", " ")
        if len(text) >= 2 and rng.random() < 0.6:
            k = rng.randint(1, len(text) - 1)
            return text[:k] + " " + text[k:]
        return text

    return show


def zero_shown(word: str, unit: str = ""):
    def show(value: Any) -> str:
        if isinstance(value, Decimal):
            return ("0.00" if value == 0 else format(value, "f")) + ("万元" if unit else "")
        if value == 0:
            return word
        return f"{value}{unit}"

    return show


# ------------------------------------------------------------------ reworded table 三


SHORT = {
    "new_received": "本年新收申请数量", "carried_over": "上年结转申请数量", "granted": "予以公开", "partial": "部分公开",
    "denied_state_secret": "国家秘密", "denied_law_prohibited": "法律行政法规禁止公开",
    "denied_three_safety": "危及“三安全一稳定”", "denied_third_party": "保护第三方合法权益",
    "denied_internal_affairs": "三类内部事务信息", "denied_process_info": "四类过程性信息",
    "denied_enforcement_file": "行政执法案卷", "denied_query": "行政查询事项",
    "unable_not_held": "本机关不掌握相关政府信息", "unable_needs_creation": "没有现成信息需要另行制作",
    "unable_unclear": "补正后申请内容仍不明确", "rejected_complaint": "信访举报投诉类申请", "rejected_repeat": "重复申请",
    "rejected_publication": "要求提供公开出版物", "rejected_mass": "无正当理由大量反复申请",
    "rejected_confirm": "要求行政机关确认或重新出具已获取信息",
    "other_no_correction": "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_no_fee": "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_misc": "其他", "other_handling": "其他处理", "total_processed": "办理结果总计",
    "carried_forward": "结转下年度继续办理",
}
GROUPS = {"denied": "不予公开", "unable": "无法提供", "rejected": "不予处理", "other": "其他处理"}


def group_of(key: str) -> str | None:
    head = key.split("_")[0]
    if key == "other_handling":
        return None
    return GROUPS.get(head)


def reworded_rows(template: str, v: dict, *, order: dict[str, list[str]] | None = None,
                  wrap_other: bool = False) -> list[list[str]]:
    """Table 三 as full rows ``[group, label, 7 values]`` with the short unnumbered labels of
    :data:`SHORT`, each group's rows in ``order`` (keys) when given, 其他处理's long labels broken
    over two lines (``wrap_other``)."""
    t = {x.key: x for x in layout(template)}["requests"]
    keys = [r.key for r in t.rows if not (r.header and template == "gov2021")]
    if order:
        for new in order.values():
            idx = [i for i, k in enumerate(keys) if k in new]
            for i, k in zip(idx, new, strict=True):
                keys[i] = k
    rows = [["", "申请人情况"] + ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]]
    for k in keys:
        label = SHORT[k]
        if wrap_other and k in ("other_no_correction", "other_no_fee"):
            label = label.replace("、", "、\n", 1)
        rows.append([group_of(k) or "", label] + [fmt(v[("requests", k, c)]) for c in COLS])
    return rows


def rows_tabs(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(c for c in r) for r in rows)


def rows_lines(rows: list[list[str]]) -> str:
    """One cell a line, empty cells gone, a cell's own line break kept."""
    return "\n".join(c for r in rows for c in r if c)


def rows_html(rows: list[list[str]], *, th_labels: bool = False, head: int = 1) -> str:
    out = ['<table border="1" cellspacing="0">']
    for i, r in enumerate(rows):
        cells = []
        for j, c in enumerate(r):
            text = c.replace("\n", "<br>")
            tag = "th" if (i < head or (th_labels and not c.replace(" ", "").replace(",", "").isdigit() and j < 2)) else "td"
            cells.append(f"<{tag}>{text}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(out + ["</table>"])


# ------------------------------------------------------------------ narrow table 三


def narrow_requests(template: str, v: dict, *, cols: tuple[str, ...]) -> Grid:
    """Table 三 in the official row layout but only the columns ``cols`` (``total``; or
    ``natural_person``, ``org_subtotal``, ``total``)."""
    full = requests_grid(template, v)
    names = {"natural_person": "自然人", "org_subtotal": "法人或其他组织", "total": "总计"}
    head: Grid = [[("项目", 1, 3)] + [(names[c], 1, 1) for c in cols]]
    body = [row[:-7] for row in full[3:]]
    t = {x.key: x for x in layout(template)}["requests"]
    keys = [r.key for r in t.rows if not (r.header and template == "gov2021")]
    out = head
    for lead, k in zip(body, keys, strict=True):
        vals = []
        for c in cols:
            if c == "org_subtotal":
                x = sum(v[("requests", k, o)] or 0 for o in COLS[1:6])
                v[("requests", k, "org_subtotal")] = x
            vals.append((fmt(v[("requests", k, c)]), 1, 1))
        out.append(lead + vals)
    return out


# ------------------------------------------------------------------ table 四 with totals only; turned tables


def appeals_totals(v: dict) -> Grid:
    return [[("行政复议", 1, 1), ("行政诉讼", 1, 2)],
            [("总计", 2, 1), ("未经复议直接起诉", 1, 1), ("复议后起诉", 1, 1)],
            [("总计", 1, 1), ("总计", 1, 1)],
            [(fmt(v[("appeals", r, "total")]), 1, 1) for r in ("review", "suit_direct", "suit_after_review")]]


def transposed_requests(template: str, v: dict) -> list[list[str]]:
    t = {x.key: x for x in layout(template)}["requests"]
    keys = [r.key for r in t.rows if not (r.header and template == "gov2021")]
    names = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    rows = [["申请人情况"] + [SHORT[k] for k in keys]]
    for c, name in zip(COLS, names, strict=True):
        rows.append([name] + [fmt(v[("requests", k, c)]) for k in keys])
    return rows


def transposed_active(v: dict) -> list[list[str]]:
    return [["指标", "规章", "行政规范性文件"],
            ["本年制发件数", fmt(v[("active", "rules", "issued")]), fmt(v[("active", "normative_docs", "issued")])],
            ["本年废止件数", fmt(v[("active", "rules", "repealed")]), fmt(v[("active", "normative_docs", "repealed")])],
            ["现行有效件数", fmt(v[("active", "rules", "in_force")]), fmt(v[("active", "normative_docs", "in_force")])],
            ["行政许可本年处理决定数量", fmt(v[("active", "licensing", "decisions")]), ""],
            ["行政处罚本年处理决定数量", fmt(v[("active", "penalty", "decisions")]), ""],
            ["行政强制本年处理决定数量", fmt(v[("active", "enforcement", "decisions")]), ""],
            ["行政事业性收费本年收费金额（万元）", fmt(v[("active", "fees", "amount")]), ""]]


# ------------------------------------------------------------------ headers as images


def body_only(grid: Grid, heads: int) -> Grid:
    return grid[heads:]


def active_body(template: str, v: dict) -> Grid:
    """Table 二 with its group and head rows gone (an image): the row label and its values."""
    return [row for row in active_grid(template, v) if len(row) > 1 and row[0][0] != "信息内容"]


# ------------------------------------------------------------------ markdown with alignment rows


def pipe_aligned(grid: Grid, *, heads: int, repeat: bool = False) -> str:
    rows = full_rows(grid, repeat=repeat)
    rows = [[c.replace("\n", "") for c in r] for r in rows]
    n = len(rows[0])
    align = "|" + "|".join(":---" if j < n - 7 or n < 8 else "---:" for j in range(n)) + "|"
    out = []
    for i, r in enumerate(rows):
        out.append("| " + " | ".join(r) + " |")
        if i == heads - 1:
            out.append(align)
    return "\n".join(out)


def pipe_rows_aligned(rows: list[list[str]]) -> str:
    n = len(rows[0])
    out = ["| " + " | ".join(c.replace("\n", "") for c in rows[0]) + " |",
           "|" + "|".join(":--" if j < 2 else "--:" for j in range(n)) + "|"]
    out += ["| " + " | ".join(c.replace("\n", "") for c in r) + " |" for r in rows[1:]]
    return "\n".join(out)


# ------------------------------------------------------------------ HTML nested


def nested_head_html(template: str, v: dict) -> str:
    """Table 三 whose applicant head cell holds a nested table of the seven column names."""
    t = {x.key: x for x in layout(template)}["requests"]
    keys = [r.key for r in t.rows if not (r.header and template == "gov2021")]
    inner = ('<table width="100%"><tr><td colspan="7">申请人情况</td></tr><tr><td>自然人</td><td>商业企业</td>'
             '<td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr></table>')
    out = ['<table border="1">', f'<tr><td colspan="2">项目</td><td colspan="7">{inner}</td></tr>']
    grid = requests_grid(template, v)[3:]
    for row, k in zip(grid, keys, strict=True):
        labels = "".join(f'<td rowspan="{rs}" colspan="{cs if cs < 3 else 2}">{x}</td>' for x, rs, cs in row[:-7])
        vals = "".join(f"<td>{fmt(v[('requests', k, c)])}</td>" for c in COLS)
        out.append(f"<tr>{labels}{vals}</tr>")
    return "\n".join(out + ["</table>"])


def in_layout(table: str) -> str:
    return ('<table width="100%" class="layout"><tr><td width="20%" valign="top"><ul><li>机构概况</li>'
            '<li>政策文件</li></ul></td><td valign="top">' + table + "</td></tr></table>")


# ------------------------------------------------------------------ Word text boxes


def textbox_docx(issuer: str, year: int, gs: list[tuple[str, Grid]]) -> bytes:
    """A Word report whose tables each sit inside a text box (VML ``v:textbox``/``w:txbxContent``,
    in ``mc:AlternateContent`` with the DrawingML ``wps:txbx`` choice as Word writes it)."""
    import copy as _copy
    import io

    import docx
    from docx.oxml import parse_xml

    data = word_tables(issuer, year, gs, how="merged")
    document = docx.Document(io.BytesIO(data))
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')
    for table in list(document.tables):
        tbl = table._tbl
        holder = parse_xml(
            f'<w:p {ns}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:txbx><w:txbxContent/></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
            '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent/></v:textbox>'
            '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
        boxes = holder.findall(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}txbxContent")
        tbl.addprevious(holder)
        for box in boxes[1:]:
            box.append(_copy.deepcopy(tbl))
            box.append(parse_xml(f"<w:p {ns}/>"))
        boxes[0].append(tbl)
        boxes[0].append(parse_xml(f"<w:p {ns}/>"))
    return _stable(document)


# ------------------------------------------------------------------ the set


def main() -> None:
    rng = random.Random(20261207 + 11)
    OUT.mkdir(parents=True, exist_ok=True)
    for old_file in OUT.iterdir():
        old_file.unlink()
    probes: dict[str, dict[str, Any]] = {}

    def add(name: str, shape: str, ext: str, data: str | bytes, values: dict, *, errors: tuple[str, ...] = (),
            keep=lambda k: True) -> None:
        (OUT / f"{name}.{ext}").write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        probes[name] = {"file": f"{name}.{ext}", "shape": shape, "expected_errors": list(errors),
                        "cells": cells_of(values, keep)}

    def txt(issuer: str, year: int, parts: list[tuple[str, str]], **kw: Any) -> str:
        return report_text(issuer, year, tables_text(parts, **kw))

    # ---------------------------------------------------------------- OCR spaces inside numbers
    v = gov("gov2021", rng, fees=Decimal("0"), factor=37)
    p = shown(v, spaced(rng))
    add("ocr-spaces-tabs-2022", "ocr_spaces", "txt", txt("中华人民共和国自然资源部", 2022,
        [(k, tab_rows(g)) for k, g in grids("gov2021", p)]), v)
    v = gov("gov2021", rng, fees=Decimal("12.5"), factor=9)
    p = shown(v, spaced(rng))
    add("ocr-spaces-html-2023", "ocr_spaces", "html", html_page("河南省人力资源和社会保障厅", 2023,
        tables_text([(k, plain_html(g)) for k, g in grids("gov2021", p)])), v)
    v = gov("gov2019", rng, procurement=(12, Decimal("356.8")), factor=6)
    p = shown(v, spaced(rng), tables=("requests", "appeals"))
    add("ocr-spaces-tabs-2019", "ocr_spaces", "txt", txt("湖北省襄阳市樊城区人民政府", 2019,
        [(k, tab_rows(g)) for k, g in grids("gov2019", p)]), v)

    # ---------------------------------------------------------------- zeros and units
    v = gov("gov2021", rng, fees=Decimal("0"))
    p = shown(v, zero_shown("0件", unit="件"))
    add("zeros-units-tabs-2022", "zeros_units", "txt", txt("江西省九江市濂溪区人民政府", 2022,
        [(k, tab_rows(g)) for k, g in grids("gov2021", p)]), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    p = shown(v, zero_shown("0.00"))
    add("zeros-decimal-html-2023", "zeros_units", "html", html_page("广西壮族自治区桂林市七星区人民政府", 2023,
        tables_text([(k, plain_html(g)) for k, g in grids("gov2021", p)])), v)
    v = gov("gov2021", rng, fees=Decimal("0"))
    p = shown(v, zero_shown("0"))
    p[("active", "fees", "amount")] = "0.0000"
    heads = {"本年制发件数": "本年制发件数（件）", "本年废止件数": "本年废止件数（件）", "现行有效件数": "现行有效件数（件）"}
    act = [[(heads.get(t, t), rs, cs) for t, rs, cs in row] for row in active_grid("gov2021", p)]
    add("zeros-fees-tabs-2024", "zeros_units", "txt", txt("山东省潍坊市奎文区人民政府", 2024,
        [("active", tab_rows(act)), ("requests", tab_rows(requests_grid("gov2021", p))),
         ("appeals", tab_rows(appeals_grid(p)))]), v)

    # ---------------------------------------------------------------- reworded labels
    denied = ["denied_third_party", "denied_state_secret", "denied_process_info", "denied_law_prohibited",
              "denied_internal_affairs", "denied_three_safety", "denied_query", "denied_enforcement_file"]
    for name, issuer, year, template, how, order, wrap in (
        ("reworded-tabs-2022", "浙江省温州市鹿城区人民政府", 2022, "gov2021", "tabs", None, False),
        ("reworded-reordered-tabs-2023", "江苏省苏州市姑苏区人民政府", 2023, "gov2021", "tabs", {"denied": denied}, False),
        ("reworded-lines-wrapped-2024", "四川省绵阳市涪城区人民政府", 2024, "gov2021", "lines", None, True),
        ("reworded-reordered-html-2021", "陕西省西安市雁塔区人民政府", 2021, "gov2021", "html", {"denied": denied[::-1]}, True),
        ("reworded-tabs-2020", "云南省昆明市五华区人民政府", 2020, "gov2019", "tabs", None, False),
    ):
        v = gov(template, rng, fees=Decimal("0")) if template == "gov2021" else gov(template, rng, procurement=(3, Decimal("88")))
        rows = reworded_rows(template, v, order=order, wrap_other=wrap)
        render = {"tabs": rows_tabs, "lines": rows_lines, "html": rows_html}[how]
        other = {"tabs": tab_rows, "lines": lambda g: "\n".join(c for r in g for c, _, _ in r if c), "html": plain_html}[how]
        parts = [("active", other(active_grid(template, v))), ("requests", render(rows)), ("appeals", other(appeals_grid(v)))]
        if how == "html":
            add(name, "reworded", "html", html_page(issuer, year, tables_text(parts)), v)
        else:
            add(name, "reworded", "txt", report_text(issuer, year, tables_text(parts)), v)

    # ---------------------------------------------------------------- narrow table 三
    for name, issuer, year, template, cols, how in (
        ("narrow-total-tabs-2022", "黑龙江省绥化市北林区人民政府", 2022, "gov2021", ("total",), "tabs"),
        ("narrow-total-html-2023", "甘肃省兰州市城关区人民政府", 2023, "gov2021", ("total",), "html"),
        ("narrow-orgs-tabs-2024", "贵州省贵阳市南明区人民政府", 2024, "gov2021", ("natural_person", "org_subtotal", "total"), "tabs"),
        ("narrow-orgs-html-2019", "吉林省吉林市船营区人民政府", 2019, "gov2019", ("natural_person", "org_subtotal", "total"), "html"),
    ):
        v = gov(template, rng, fees=Decimal("0")) if template == "gov2021" else gov(template, rng, procurement=(2, Decimal("40")))
        req = narrow_requests(template, v, cols=cols)
        render = tab_rows if how == "tabs" else plain_html
        parts = [("active", render(active_grid(template, v))), ("requests", render(req)), ("appeals", render(appeals_grid(v)))]
        def keep(k: tuple, cols: tuple[str, ...] = cols) -> bool:
            return k[0] != "requests" or k[2] in cols

        if how == "html":
            add(name, "narrow_requests", "html", html_page(issuer, year, tables_text(parts)), v, keep=keep)
        else:
            add(name, "narrow_requests", "txt", report_text(issuer, year, tables_text(parts)), v, keep=keep)

    # ---------------------------------------------------------------- table 四 with totals only
    for name, issuer, year, how in (("appeals-totals-tabs-2022", "安徽省安庆市迎江区人民政府", 2022, "tabs"),
                                    ("appeals-totals-html-2023", "福建省泉州市鲤城区人民政府", 2023, "html")):
        v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
        render = tab_rows if how == "tabs" else plain_html
        parts = [("active", render(active_grid("gov2021", v))), ("requests", render(requests_grid("gov2021", v))),
                 ("appeals", render(appeals_totals(v)))]
        page = html_page(issuer, year, tables_text(parts)) if how == "html" else report_text(issuer, year, tables_text(parts))
        add(name, "appeals_totals", "html" if how == "html" else "txt", page, v, keep=lambda k: k[0] != "appeals" or k[2] == "total")

    # ---------------------------------------------------------------- transposed
    v = gov("gov2021", rng, fees=Decimal("0"))
    parts = [("active", tab_rows(active_grid("gov2021", v))), ("requests", rows_tabs(transposed_requests("gov2021", v))),
             ("appeals", tab_rows(appeals_grid(v)))]
    add("transposed-requests-tabs-2022", "transposed", "txt", report_text("湖南省长沙市天心区人民政府", 2022, tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("1.5"), factor=3)
    parts = [("active", rows_html(transposed_active(v))), ("requests", plain_html(requests_grid("gov2021", v))),
             ("appeals", plain_html(appeals_grid(v)))]
    add("transposed-active-html-2023", "transposed", "html", html_page("河北省石家庄市长安区人民政府", 2023, tables_text(parts)), v)

    # ---------------------------------------------------------------- headers lost (images)
    for name, issuer, year, template, how in (
        ("image-header-tabs-2022", "辽宁省沈阳市和平区人民政府", 2022, "gov2021", "tabs"),
        ("image-header-html-2024", "内蒙古自治区包头市昆都仑区人民政府", 2024, "gov2021", "html"),
        ("image-header-spaces-2023", "宁夏回族自治区石嘴山市大武口区人民政府", 2023, "gov2021", "spaces"),
    ):
        v = gov(template, rng, fees=Decimal("0"), factor=rng.choice([1, 4]))
        render = {"tabs": tab_rows, "html": plain_html,
                  "spaces": lambda g: "\n".join(" ".join(c.replace("\n", "") for c in r if c) for r in full_rows(g))}[how]
        parts = [("active", render(active_body(template, v))), ("requests", render(body_only(requests_grid(template, v), 3))),
                 ("appeals", render(body_only(appeals_grid(v), 3)))]
        page = html_page(issuer, year, tables_text(parts)) if how == "html" else report_text(issuer, year, tables_text(parts))
        add(name, "image_header", "html" if how == "html" else "txt", page, v)

    # ---------------------------------------------------------------- printed twice
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    req = tab_rows(requests_grid("gov2021", v))
    parts = [("active", tab_rows(active_grid("gov2021", v))), ("requests", req + "\n" + req), ("appeals", tab_rows(appeals_grid(v)))]
    add("twice-tabs-2022", "printed_twice", "txt", report_text("广东省深圳市福田区人民政府", 2022, tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("0"))
    req = plain_html(requests_grid("gov2021", v))
    parts = [("active", plain_html(active_grid("gov2021", v))), ("requests", req + "\n" + req), ("appeals", plain_html(appeals_grid(v)))]
    add("twice-html-2023", "printed_twice", "html", html_page("重庆市江北区人民政府", 2023, tables_text(parts)), v)

    # ---------------------------------------------------------------- page split with running head and folio
    for name, issuer, year, cut, head, folio in (
        ("pagesplit-spaces-2022", "山西省太原市小店区人民政府", 2022, "（五）不予处理", "小店区人民政府2022年政府信息公开工作年度报告", "— 4 —"),
        ("pagesplit-tabs-2024", "新疆维吾尔自治区克拉玛依市克拉玛依区人民政府", 2024, "（三）不予公开", "政府信息公开工作年度报告", "第 3 页，共 6 页"),
    ):
        v = gov("gov2021", rng, fees=Decimal("0"), factor=rng.choice([2, 5]))
        g = requests_grid("gov2021", v)
        sep = " " if "spaces" in name else "\t"
        rows = full_rows(g)
        lines = [sep.join(c.replace("\n", "") for c in r if (c or sep == "\t")) for r in rows]
        at = next(i for i, r in enumerate(rows) if any(cut in c for c in r))
        lines[at:at] = [folio, "", head]
        body = "\n".join(lines)
        def render(gg: Grid, sep: str = sep) -> str:
            return "\n".join(sep.join(c.replace("\n", "") for c in r if (c or sep == "\t")) for r in full_rows(gg))

        parts = [("active", render(active_grid("gov2021", v))), ("requests", body), ("appeals", render(appeals_grid(v)))]
        add(name, "page_split", "txt", report_text(issuer, year, tables_text(parts)), v)

    # ---------------------------------------------------------------- markdown with alignment rows
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    parts = [("active", pipe_aligned(active_grid("gov2021", v), heads=1)),
             ("requests", pipe_aligned(requests_grid("gov2021", v), heads=3)),
             ("appeals", pipe_aligned(appeals_grid(v), heads=3))]
    add("markdown-align-2022", "markdown_align", "md", "# 湖南省岳阳市云溪区人民政府2022年政府信息公开工作年度报告\n\n"
        + report_text("湖南省岳阳市云溪区人民政府", 2022, tables_text(parts, sep="\n\n"), brk="\n\n"), v)
    v = gov("gov2021", rng, fees=Decimal("0"))
    parts = [("active", pipe_aligned(active_grid("gov2021", v), heads=1)),
             ("requests", pipe_rows_aligned(reworded_rows("gov2021", v))),
             ("appeals", pipe_aligned(appeals_grid(v), heads=3, repeat=True))]
    add("markdown-align-reworded-2023", "markdown_align", "md",
        report_text("江苏省徐州市鼓楼区人民政府", 2023, tables_text(parts, sep="\n\n"), brk="\n\n"), v)
    v = gov("gov2019", rng, procurement=(5, Decimal("120.6")), factor=2)
    parts = [("active", pipe_aligned(active_grid("gov2019", v), heads=1)),
             ("requests", pipe_aligned(requests_grid("gov2019", v), heads=3, repeat=True)),
             ("appeals", pipe_aligned(appeals_grid(v), heads=3))]
    add("markdown-align-2019", "markdown_align", "md",
        report_text("浙江省台州市椒江区人民政府", 2019, tables_text(parts, sep="\n\n"), brk="\n\n"), v)

    # ---------------------------------------------------------------- HTML: <th>, nested tables
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    parts = [("active", plain_html(active_grid("gov2021", v))),
             ("requests", rows_html(reworded_rows("gov2021", v), th_labels=True)),
             ("appeals", plain_html(appeals_grid(v)))]
    add("html-th-labels-2022", "html_nested", "html", html_page("江西省南昌市东湖区人民政府", 2022, tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("3.2"), factor=4)
    parts = [(k, in_layout(plain_html(g))) for k, g in grids("gov2021", v)]
    add("html-in-layout-2023", "html_nested", "html", html_page("山东省济南市历下区人民政府", 2023, tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("0"))
    parts = [("active", plain_html(active_grid("gov2021", v))), ("requests", nested_head_html("gov2021", v)),
             ("appeals", plain_html(appeals_grid(v)))]
    add("html-nested-head-2024", "html_nested", "html", html_page("福建省厦门市思明区人民政府", 2024, tables_text(parts)), v)

    # ---------------------------------------------------------------- Word text boxes
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("docx-textbox-2022", "docx_textbox", "docx", textbox_docx("河南省洛阳市西工区人民政府", 2022, grids("gov2021", v)), v)
    v = gov("gov2019", rng, procurement=(7, Decimal("265.3")))
    add("docx-textbox-2019", "docx_textbox", "docx", textbox_docx("湖北省黄石市黄石港区人民政府", 2019, grids("gov2019", v)), v)

    # ---------------------------------------------------------------- prose numbers near the tables
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    before = {"requests": "2023年，通过“一网通办”平台和12345政务服务便民热线转来申请15件，已计入下表。咨询电话：0731-88886666。",
              "appeals": "（2021年以来累计3件，下表为2023年数据）"}
    add("prose-before-tabs-2023", "prose_numbers", "txt", report_text("湖南省长沙市岳麓区人民政府", 2023, tables_text(
        [(k, tab_rows(g)) for k, g in grids("gov2021", v)], before=before)), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    req = requests_grid("gov2021", v)
    req = req + [[("注：2024年1月1日起施行新的统计口径，12345热线转办件不计入本表。", 1, 10)]]
    add("prose-note-row-html-2024", "prose_numbers", "html", html_page("上海市浦东新区人民政府", 2024, tables_text(
        [("active", plain_html(active_grid("gov2021", v))), ("requests", plain_html(req)), ("appeals", plain_html(appeals_grid(v)))],
        before={"active": "<p>2024年主动公开政府信息3,256条，其中“一网通办”专栏更新418条。</p>"})), v)
    v = gov("gov2019", rng, procurement=(4, Decimal("77.5")))
    before = {"active": "第二十条第（一）项至第（九）项信息均已公开，2019年共计发布12期政府公报。",
              "requests": "2019年5月15日新《条例》施行后，收到申请数量增长30%。"}
    add("prose-before-spaces-2019", "prose_numbers", "txt", report_text("江苏省南通市崇川区人民政府", 2019, tables_text(
        [(k, "\n".join(" ".join(c.replace("\n", "") for c in r if c) for r in full_rows(g))) for k, g in grids("gov2019", v)],
        before=before)), v)

    # ---------------------------------------------------------------- 2014-era tables
    v = old(rng, fees=Decimal("0"), budget=Decimal("8.5"))
    p = shown(v, spaced(rng))
    add("stats-ocr-spaces-2015", "stats2014", "txt", report_text("湖北省武汉市江汉区人民政府", 2015, [
        "附表：政府信息公开情况统计表", tab_rows(stats_grid(p))]), v)
    v = old(rng, fees=Decimal("0"), budget=Decimal("3"))
    add("stats-markdown-2016", "stats2014", "md", report_text("广东省广州市越秀区人民政府", 2016, [
        "附表：政府信息公开情况统计表", pipe_aligned(stats_grid(v), heads=1)], brk="\n\n"), v)
    v = old(rng, fees=Decimal("0"), budget=Decimal("12"))
    add("stats-html-th-2017", "stats2014", "html", html_page("四川省成都市青羊区人民政府", 2017, [
        "<p>附件：政府信息公开情况统计表</p>", rows_html([[c.replace("\n", "") for c in r] for r in full_rows(stats_grid(v))],
                                                th_labels=True)]), v)

    # ---------------------------------------------------------------- inconsistent (planted errors)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    k = ("requests", "granted", "total")
    v[k] = v[k] + 3  # a row total that is not its row's sum (T3-C) and breaks the column too
    add("bad-row-total-tabs-2022", "inconsistent", "txt", report_text("天津市南开区人民政府", 2022, tables_text(
        [(k2, tab_rows(g)) for k2, g in grids("gov2021", v)])), v, errors=("T3-C", "T3-B"))
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    for c in ("natural_person", "total"):  # 结转下年度 off by 2 in both: rows hold, the column identity fails
        v[("requests", "carried_forward", c)] += 2
    add("bad-column-html-2023", "inconsistent", "html", html_page("北京市朝阳区人民政府", 2023, tables_text(
        [(k2, plain_html(g)) for k2, g in grids("gov2021", v)])), v, errors=("T3-A",))
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("appeals", "review", "total")] = v[("appeals", "review", "total")] + 1
    add("bad-appeals-tabs-2024", "inconsistent", "txt", report_text("河北省唐山市路北区人民政府", 2024, tables_text(
        [(k2, tab_rows(g)) for k2, g in grids("gov2021", v)])), v, errors=("T4-A",))
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("requests", "total_processed", "natural_person")] += 4
    v[("requests", "total_processed", "total")] += 4
    add("bad-processed-total-md-2022", "inconsistent", "md", report_text("辽宁省大连市中山区人民政府", 2022, tables_text(
        [(k2, pipe_aligned(g, heads=3 if k2 != "active" else 1)) for k2, g in grids("gov2021", v)], sep="\n\n"), brk="\n\n"),
        v, errors=("T3-B", "T3-A"))
    v = old(rng, fees=Decimal("0"), budget=Decimal("6"))
    v[("stats", "requests_received", "value")] += 5
    add("bad-stats-2016", "inconsistent", "txt", report_text("陕西省咸阳市秦都区人民政府", 2016, [
        "附表：政府信息公开情况统计表", tab_rows(stats_grid(v))]), v, errors=("P-1",))

    for name, p in probes.items():
        for key, (value, st) in p["cells"].items():
            assert st in ("number", "blank", "dash", "none_word"), (name, key, value, st)
    (OUT / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


if __name__ == "__main__":
    main()
