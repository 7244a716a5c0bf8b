"""Write the held-out table probes of ``tests/cases/table_probes9`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10, item 2: tables read by the whole
table's arithmetic), in real-world shapes the earlier sets hold rarely:

* the official blank 2021 template (``../shared/corpus/originals/gov2021-template.docx``) filled
  with python-docx: merged cells kept, empty cells, 0s and the placeholders ``/``, ``—``, ``无``,
  ``不适用`` (a county body's 规章 row), thousands in a ministry's body, a cell typed in two runs;
* HTML exported from Word or WPS: rowspan/colspan, numbers and labels inside nested
  ``<p><span>`` (a number split over two runs), a table cut in two ``<table>``s by a page break
  with the header rows repeated or not;
* text extracted from PDFs as ``pdftotext -layout`` lays it out (columns apart by runs of spaces,
  a row's label wrapped over two or three lines with its numbers on the first, middle or last
  line, the folio ``第 3 页 共 5 页`` and a form feed inside a table, headers repeated) and as
  pdfplumber's ``extract_text`` gives it (a space between cells, the numbers on the label's
  second line);
* the 2019 template's table 二 with 本年增/减 printed ``+3``, ``-2``, ``减少2``, ``增加3``;
* 2013–2018 free tables: two-column ``项目|数量`` (or ``项目|单位|数量``) tables with the short
  labels of those years (收到申请数, 同意公开, 部分公开, 不予公开 …) and numbered line lists;
* large bodies (thousands of requests, 收费 in 万元 with decimals), ministries whose 法人或其他组织
  column is split into 商业企业/科研机构/社会公益组织/法律服务机构/其他.

Every probe is consistent (every identity of FORMAT.md §3 holds, rows a free table omits are 0),
so any error finding blames the report for our misreading.

    python bench/make_table_probes9.py   # rewrites tests/cases/table_probes9/

Expected cells go to ``expected.json`` as in ``table_probes8``.
"""

from __future__ import annotations

import json
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_table_probes3 import active_grid as _active_grid  # noqa: E402
from bench.make_table_probes3 import (  # noqa: E402
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
from bench.make_table_probes8 import shown, tab_rows, tables_text, thousands  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes9"

Grid = list[list[tuple[str, int, int]]]


# ------------------------------------------------------------------ values


def active_grid(template: str, v: dict) -> Grid:
    """Table 二 as the template lays it out, four columns wide (a row's last cell spans only to
    the table's edge)."""
    out = []
    for row in _active_grid(template, v):
        extra = sum(cs for _, _, cs in row) - 4
        out.append(row[:-1] + [(row[-1][0], row[-1][1], row[-1][2] - max(0, extra))])
    return out


def placeholders(v: dict, rng: random.Random, *, share: float, words: tuple[str, ...],
                 tables: tuple[str, ...] = ("requests", "appeals")) -> None:
    """Some zero cells of ``tables`` printed as one of ``words`` (they read as 0)."""
    sprinkle(v, rng, share=share, words=words, tables=tables)


def no_rules(v: dict, word: str) -> None:
    """A body without rule-making power: its 规章 row printed ``word`` (/, 不适用, —)."""
    for key in list(v):
        if key[0] == "active" and key[1] == "rules":
            v[key] = word


def is_num(text: str) -> bool:
    t = text.replace(",", "").replace(".", "").lstrip("+-")
    return t.isdigit()


# ------------------------------------------------------------------ PDF text (pdftotext -layout, pdfplumber)


def _dw(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _cut(text: str, chars: int) -> list[str]:
    text = text.replace("\n", "")
    return [text[k:k + chars] for k in range(0, len(text), chars)] or [""]


def layout_text(grid: Grid, *, labels: int, label_chars: list[int], slot: int = 12, head_chars: int = 5,
                valign: str = "top", indent: int = 4, cut_before: dict[str, list[str]] | None = None,
                wide: bool = False) -> list[str]:
    """``grid`` as ``pdftotext -layout`` prints a ruled table: each cell's text at its column's
    position, columns apart by runs of spaces; a label longer than its column wraps over several
    lines and the row's numbers sit on its first (``top``), middle or last (``bottom``) line; a
    label merged over several rows is printed on the middle lines of its span (interleaved with
    the rows' own lines); text in the value columns (headers) wraps every ``head_chars``
    characters. ``cut_before[label]`` lines (a folio, a form feed, a running head) come before the
    row whose own label is ``label``. Positions count characters, a Chinese one as one (as
    pdftotext places text by its x position in character cells); with ``wide`` a Chinese character
    counts two (a table aligned by hand in a monospaced editor)."""
    dw = _dw if wide else len
    cells, n_rows, n_cols = _placed(grid)
    widths = [c * (2 if wide else 1) + 3 for c in label_chars[:labels]] + [slot] * (n_cols - labels)
    starts = [indent]
    for w in widths:
        starts.append(starts[-1] + w)

    def lines_of(c0: int, cs: int, text: str) -> list[str]:
        if not text:
            return []
        if c0 < labels:
            chars = sum(label_chars[c0:min(c0 + cs, labels)]) + (cs - 1) if c0 + cs <= labels else 60
            return _cut(text, chars)
        if is_num(text) or text in ("/", "—", "无", "不适用"):
            return [text]
        return _cut(text, head_chars * cs + (cs - 1) * 2)

    own = {i: [] for i in range(n_rows)}
    tall = []
    for r0, c0, rs, cs, text in cells:
        (own[r0] if rs == 1 else tall).append((r0, c0, rs, cs, text))
    height = {i: max([1] + [len(lines_of(c0, cs, t)) for _, c0, _, cs, t in own[i] if c0 < labels or not is_num(t)])
              for i in range(n_rows)}
    first_line = {}
    k = 0
    for i in range(n_rows):
        first_line[i] = k
        k += height[i]
    canvas: list[dict[int, str]] = [dict() for _ in range(k)]

    def put(line: int, c0: int, cs: int, text: str, right: bool) -> None:
        x0, x1 = starts[c0], starts[min(c0 + cs, n_cols)]
        x = x1 - 2 - dw(text) if right else x0 + (0 if c0 < labels else max(0, (x1 - x0 - 2 - dw(text)) // 2))
        canvas[line][max(x, x0)] = text

    for i in range(n_rows):
        h = height[i]
        at = {"top": 0, "bottom": h - 1, "middle": (h - 1) // 2}[valign]
        for _, c0, _, cs, text in own[i]:
            parts = lines_of(c0, cs, text)
            if c0 >= labels and (is_num(text) or text in ("/", "—", "无", "不适用")):
                put(first_line[i] + at, c0, cs, text, True)
            else:
                for n, part in enumerate(parts):
                    put(first_line[i] + n, c0, cs, part, False)
    for r0, c0, rs, cs, text in tall:
        parts = lines_of(c0, cs, text)
        lo, hi = first_line[r0], first_line[r0 + rs - 1] + height[r0 + rs - 1]
        start = lo + max(0, (hi - lo - len(parts)) // 2)
        for n, part in enumerate(parts):
            put(min(start + n, hi - 1), c0, cs, part, False)
    out: list[str] = []
    row_at = {first_line[i]: i for i in range(n_rows)}
    own_label = {i: next((t for _, c0, _, _, t in sorted(own[i], key=lambda c: c[1]) if t and c0 < labels), "")
                 for i in range(n_rows)}
    for n, spots in enumerate(canvas):
        if n in row_at and cut_before:
            for label, extra in cut_before.items():
                if own_label[row_at[n]] == label:
                    out += extra
        line = ""
        for x in sorted(spots):
            text = spots[x]
            if dw(line) < x:
                line += " " * (x - dw(line))
            elif line:
                line += " "
            line += text
        out.append(line.rstrip())
    return out


def folio(page: int, pages: int, *, head: str = "", ff: bool = True) -> list[str]:
    """A page's end and the next page's top inside a table: the folio ``第 n 页 共 m 页``, a form
    feed, a running head."""
    lines = ["", " " * 30 + f"第 {page} 页 共 {pages} 页", ""]
    if ff:
        lines[-1] = "\f" + (" " * 20 + head if head else "")
    elif head:
        lines.append(" " * 20 + head)
    return lines


def gov_layout(template: str, v: dict, *, valign: str, cut: str | None = None, page: tuple[int, int] = (2, 4),
               head: str = "", repeat: bool = False, narrow: bool = False, wide: bool = False) -> list[tuple[str, str]]:
    """Tables 二, 三, 四 as ``pdftotext -layout`` text; table 三 cut by a page end before the row
    ``cut`` (its header rows again after it with ``repeat``)."""
    lab = [4, 6, 10] if narrow else [5, 8, 14]
    active = layout_text(active_grid(template, v), labels=1, label_chars=[9], slot=18, head_chars=8, valign=valign, wide=wide)
    req = requests_grid(template, v)
    if cut:
        top, bottom = split_grid(req, cut)
        lines = layout_text(top, labels=3, label_chars=lab, valign=valign, wide=wide, head_chars=4) + folio(*page, head=head)
        if repeat:
            lines += layout_text(req[:3], labels=3, label_chars=lab, valign=valign, wide=wide, head_chars=4)
        lines += layout_text(bottom, labels=3, label_chars=lab, valign=valign, wide=wide, head_chars=4)
    else:
        lines = layout_text(req, labels=3, label_chars=lab, valign=valign, wide=wide, head_chars=4)
    appeals = layout_text(appeals_grid(v), labels=0, label_chars=[], slot=7, head_chars=2, indent=0, wide=wide)
    return [("active", "\n".join(active)), ("requests", "\n".join(lines)), ("appeals", "\n".join(appeals))]


def plumber_rows(grid: Grid, *, width: int, second: bool, breaks: dict[str, list[str]] | None = None) -> list[str]:
    """pdfplumber's ``extract_text`` of a ruled table: a line per printed line, the cells of a
    row joined by a space; a label longer than ``width`` characters wraps, and its row's numbers
    come after its first line or (``second``) after its last."""
    out: list[str] = []
    for row in full_rows(grid):
        labels = [c.replace("\n", "") for c in row if c and not (is_num(c) or c in ("/", "—", "无", "不适用"))]
        values = [c for c in row if c and c not in labels]
        for label, extra in (breaks or {}).items():
            if labels and labels[-1] == label:
                out += extra
        if values:  # the labels merged over several rows (a group) print on lines of their own
            for label in labels[:-1]:
                out += _cut(label, width)
            labels = labels[-1:]
        if not values:  # a header row: its cells side by side (each short enough for its column)
            out.append(" ".join(labels))
            continue
        parts = _cut("".join(labels), width) if labels else [""]
        if second:
            out += parts[:-1] + [(parts[-1] + " " + " ".join(values)).strip()]
        else:
            out += [(parts[0] + " " + " ".join(values)).strip()] + parts[1:]
    return out


# ------------------------------------------------------------------ HTML from Word and WPS


def _runs(text: str, split: bool) -> str:
    """A cell's text as Word writes it: a ``<span>`` per run; with ``split`` a number or label of
    two characters or more cut into two runs (Word splits runs at edits and spell marks)."""
    style = "font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体"
    if split and len(text) >= 2:
        k = len(text) // 2
        return (f"<span lang=EN-US style='{style}'>{text[:k]}</span>"
                f"<span lang=EN-US style='{style}'>{text[k:]}</span>")
    return f"<span lang=EN-US style='{style}'>{text}</span>"


def word_table(grid: Grid, *, split: bool = False, wps: bool = False) -> str:
    """A table as Word (or WPS, ``wps``) saves it as a web page: ``<p class=MsoNormal>`` inside
    every cell, text in spans (split in two runs with ``split``), ``&nbsp;`` in empty cells, a
    label's line break as a second paragraph."""
    head = ("<table border=1 cellspacing=0 cellpadding=0 width=580 style='border-collapse:collapse;"
            "mso-table-layout-alt:fixed;border:none;mso-border-alt:solid windowtext .5pt'>")
    out = [head]
    for row in grid:
        tds = []
        for text, rs, cs in row:
            attrs = (f" colspan={cs}" if cs > 1 else "") + (f" rowspan={rs}" if rs > 1 else "")
            if not text:
                body = "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>&nbsp;</span></p>"
            else:
                paras = text.split("\n")
                body = "".join(f"<p class=MsoNormal align=center style='text-align:center;line-height:14.0pt'>"
                               f"{_runs(p, split and (is_num(p) or len(p) > 3))}"
                               f"{'<o:p></o:p>' if not wps else ''}</p>" for p in paras)
                if wps:
                    body = body.replace("<span", "<span><font face='仿宋_GB2312'", 1).replace("</span>", "</font></span>", 1)
            style = "border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"
            tds.append(f"<td width=48{attrs} valign=middle style='{style}'>{body}</td>")
        out.append("<tr style='mso-yfti-irow:0;height:19.85pt'>\n" + "\n".join(tds) + "\n</tr>")
    return "\n".join(out + ["</table>"])


PAGE_BREAK = ("<span lang=EN-US style='font-size:10.5pt;font-family:仿宋_GB2312'><br clear=all "
              "style='page-break-before:always'></span>")


def split_html(grid: Grid, label: str, *, heads: int, repeat: bool, split: bool = False, wps: bool = False) -> str:
    """A table cut in two ``<table>``s by a page break before the row whose cell reads
    ``label`` (a merged cell across the cut continues as an empty cell), its ``heads`` header
    rows repeated on top of the second with ``repeat``."""
    top, bottom = split_grid(grid, label)
    second = grid[:heads] + bottom if repeat else bottom
    return (word_table(top, split=split, wps=wps) + "\n<p class=MsoNormal>" + PAGE_BREAK + "</p>\n"
            + word_table(second, split=split, wps=wps))


# ------------------------------------------------------------------ Word: the official template


def template_doc(v: dict, issuer: str, year: int, *, runs: bool = False, spaced: bool = False) -> bytes:
    """The official blank 2021 template with ``v`` typed into its tables (an empty string leaves
    a cell empty); with ``runs`` each number typed as two runs, with ``spaced`` a number followed
    by a space and centred by a leading one (how cells are often typed)."""
    document = filled_template(template_fill({k: fmt(x) for k, x in v.items()}))
    if runs or spaced:
        for table in document.tables[:3]:
            for row in table.rows:
                for cell in row.cells:
                    text = cell.text
                    if not is_num(text):
                        continue
                    paragraph = cell.paragraphs[0]
                    for r in list(paragraph.runs):
                        r._r.getparent().remove(r._r)
                    if runs and len(text) >= 2:
                        paragraph.add_run(text[:1])
                        paragraph.add_run(text[1:])
                    else:
                        paragraph.add_run(f" {text} ")
    prose = iter([f"{year}年，{issuer}坚持以公开为常态、不公开为例外，全面推进政务公开。", "信息公开的及时性还有差距。",
                  "本年度未收取信息处理费。"])
    for paragraph in document.paragraphs:
        if paragraph.text.strip().startswith("（文字描述"):
            paragraph.text = next(prose, "")
        elif paragraph.text.strip() == "政府信息公开工作年度报告格式模板":
            paragraph.text = f"{issuer}{year}年政府信息公开工作年度报告"
    return _stable(document)


# ------------------------------------------------------------------ 2013–2018 free tables


#: Rows of a free table: the key, the labels used in those years' tables, the unit.
FREE_ROWS = {
    "active_items": (["主动公开政府信息数", "主动公开信息", "主动公开政府信息"], "条"),
    "active_normative": (["其中：主动公开规范性文件数", "其中：规范性文件"], "条"),
    "requests_received": (["收到申请数", "收到政府信息公开申请", "受理申请数"], "件"),
    "requests_in_person": (["当面申请数", "其中：当面申请"], "件"),
    "requests_online": (["网络申请数", "网上申请"], "件"),
    "requests_mail": (["信函申请数", "信函申请"], "件"),
    "requests_fax": (["传真申请数", "传真申请"], "件"),
    "replies": (["申请答复数", "已答复申请", "答复申请数"], "件"),
    "replies_already_public": (["属于已主动公开范围数", "属于已主动公开范围"], "件"),
    "replies_granted": (["同意公开答复数", "同意公开", "同意公开答复"], "件"),
    "replies_partial": (["同意部分公开答复数", "部分公开", "同意部分公开"], "件"),
    "replies_denied": (["不同意公开答复数", "不予公开", "不同意公开"], "件"),
    "replies_not_this_body": (["不属于本行政机关公开数", "不属于本机关公开范围"], "件"),
    "replies_not_exist": (["申请信息不存在数", "申请信息不存在"], "件"),
    "reviews": (["行政复议数量", "行政复议", "被申请行政复议"], "件"),
    "suits": (["行政诉讼数量", "行政诉讼", "被提起行政诉讼"], "件"),
    "complaints": (["举报投诉数量", "举报投诉"], "件"),
    "fees": (["依申请公开信息收取的费用", "收取费用", "收取检索复制费用"], "万元"),
}


def free_values(rng: random.Random, keys: list[str], *, factor: int = 1) -> dict:
    """2014-table values where the rows a free table omits are 0 (so its identities hold with
    only the rows it prints), restricted to ``keys``."""
    v = old(rng, fees=Decimal(rng.randint(0, 300)) / 100)
    s = {k[1]: x for k, x in v.items()}
    for k, x in list(s.items()):
        if isinstance(x, int) and k not in keys:
            s[k] = 0
        elif isinstance(x, int):
            s[k] = x * factor
    chans = [k for k in ("requests_in_person", "requests_fax", "requests_online", "requests_mail") if k in keys]
    if chans:
        s["requests_received"] = sum(s[k] for k in chans)
    parts = [k for k in ("replies_already_public", "replies_granted", "replies_partial", "replies_denied",
                         "replies_not_this_body", "replies_not_exist") if k in keys]
    if parts:
        s["replies"] = sum(s[k] for k in parts)
    if "active_normative" in keys:
        s["active_normative"] = min(s["active_normative"], s["active_items"])
    return {("stats", k, "value"): s[k] for k in keys}


def free_grid(v: dict, keys: list[str], rng: random.Random, *, unit: bool = False, style: int = 0) -> Grid:
    head = [("项目", 1, 1)] + ([("单位", 1, 1)] if unit else []) + [("数量", 1, 1)]
    rows = [head]
    for k in keys:
        names, u = FREE_ROWS[k]
        label = names[style % len(names)]
        if k == "fees" and not unit:
            label += "（万元）"
        rows.append([(label, 1, 1)] + ([(u, 1, 1)] if unit else []) + [(fmt(v[("stats", k, "value")]), 1, 1)])
    return rows


def free_report(issuer: str, year: int, caption: str, table: str, *, sep: str = "\n", html: bool = False) -> str:
    paras = [f"根据《中华人民共和国政府信息公开条例》要求，现公布{issuer}{year}年政府信息公开工作年度报告。",
             "一、概述", f"{year}年，{issuer}认真贯彻落实《条例》，进一步完善政府信息公开工作机制。",
             "二、主动公开政府信息情况", f"{year}年主动公开政府信息，内容涵盖机构职能、政策法规、规划计划等。",
             "三、依申请公开政府信息情况", caption, table,
             "四、政府信息公开的收费及减免情况", "本年度未收取检索、复制、邮寄等费用。",
             "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "详见上表。",
             "六、存在的主要问题及改进措施", "信息公开的主动性还需加强。", issuer, f"{year + 1}年3月20日"]
    if html:
        body = "\n".join(p if p.startswith("<table") else f"<p>{p}</p>" for p in paras)
        return f'<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>\n'
    return sep.join(paras) + sep


def free_list(v: dict, keys: list[str], *, style: int = 0, numbered: bool = True) -> str:
    """The table as a numbered list, one row per line: ``1.收到申请数：25件``."""
    out = []
    for n, k in enumerate(keys, 1):
        names, u = FREE_ROWS[k]
        value = fmt(v[("stats", k, "value")])
        out.append(f"{n}.{names[style % len(names)]}：{value}{u if value not in ('', '/', '—', '无') else ''}"
                   if numbered else f"{names[style % len(names)]}：{value}{u}")
    return "\n".join(out)


# ------------------------------------------------------------------ the set


def main() -> None:
    rng = random.Random(20261215)
    OUT.mkdir(parents=True, exist_ok=True)
    for old_file in OUT.iterdir():
        old_file.unlink()
    probes: dict[str, dict[str, Any]] = {}

    def add(name: str, shape: str, ext: str, data: str | bytes, values: dict) -> None:
        (OUT / f"{name}.{ext}").write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        probes[name] = {"file": f"{name}.{ext}", "shape": shape, "expected_errors": [],
                        "cells": {"|".join(k): list(status(val)) for k, val in sorted(values.items())}}

    # ---------------------------------------------------------------- the official 2021 template filled in Word
    v = gov("gov2021", rng, fees=Decimal("0"))
    placeholders(v, rng, share=0.6, words=("/", "—", "无"))
    no_rules(v, "/")
    add("template-slash-dash-none-2022", "docx_template", "docx", template_doc(v, "湖北省襄阳市樊城区人民政府", 2022), v)
    v = gov("gov2021", rng, fees="不适用")
    no_rules(v, "不适用")
    placeholders(v, rng, share=0.5, words=("不适用", ""))
    add("template-not-applicable-2023", "docx_template", "docx", template_doc(v, "河南省洛阳市西工区人民政府", 2023), v)
    v = gov("gov2021", rng, fees=Decimal("0"))
    blank_zeros(v, rng, share=1.0)
    blank_zeros(v, rng, share=1.0, table="appeals")
    add("template-empty-zeros-2022", "docx_template", "docx", template_doc(v, "四川省德阳市旌阳区人民政府", 2022), v)
    v = gov("gov2021", rng, fees=Decimal("13.75"), factor=83)
    add("template-ministry-2023", "docx_template", "docx", template_doc(v, "中华人民共和国自然资源部", 2023), v)
    v = gov("gov2021", rng, fees=Decimal("2.40"), factor=6)
    add("template-runs-2022", "docx_template", "docx", template_doc(v, "山东省临沂市兰山区人民政府", 2022, runs=True), v)
    v = gov("gov2021", rng, fees=Decimal("0.5"))
    placeholders(v, rng, share=0.3, words=("—",))
    add("template-spaced-2024", "docx_template", "docx", template_doc(v, "江苏省扬州市邗江区人民政府", 2024, spaced=True), v)
    v = gov("gov2021", rng, fees="无", factor=2)
    placeholders(v, rng, share=0.5, words=("无", "0"), tables=("appeals",))
    add("template-none-fees-2023", "docx_template", "docx", template_doc(v, "浙江省台州市椒江区人民政府", 2023), v)
    v = gov("gov2021", rng, fees=Decimal("126.08"), factor=240)
    add("template-province-2022", "docx_template", "docx", template_doc(v, "广东省人力资源和社会保障厅", 2022), v)

    # ---------------------------------------------------------------- Word / WPS web pages
    def grids(template: str, v: dict) -> list[tuple[str, Grid]]:
        return [("active", active_grid(template, v)), ("requests", requests_grid(template, v)),
                ("appeals", appeals_grid(v))]

    v = gov("gov2021", rng, fees=Decimal("3.2"), factor=4)
    placeholders(v, rng, share=0.4, words=("&nbsp;", "/"))
    for key, x in list(v.items()):
        if x == "&nbsp;":
            v[key] = ""
    add("word-html-runs-2022", "html_word", "html", html_page("湖南省衡阳市雁峰区人民政府", 2022, tables_text(
        [(k, word_table(g, split=True)) for k, g in grids("gov2021", v)])), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=9)
    blank_zeros(v, rng, share=0.5)
    parts = [("active", word_table(active_grid("gov2021", v))),
             ("requests", split_html(requests_grid("gov2021", v), "（四）无法提供", heads=3, repeat=True)),
             ("appeals", word_table(appeals_grid(v)))]
    add("word-html-split-repeat-2023", "html_word", "html", html_page("河北省邯郸市丛台区人民政府", 2023, tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("1.05"))
    parts = [("active", word_table(active_grid("gov2021", v))),
             ("requests", split_html(requests_grid("gov2021", v), "5.属于三类内部事务信息", heads=3, repeat=False)),
             ("appeals", word_table(appeals_grid(v)))]
    add("word-html-split-midgroup-2022", "html_word", "html", html_page("山西省太原市小店区人民政府", 2022,
                                                                          tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("0.8"), factor=3)
    placeholders(v, rng, share=0.5, words=("—",))
    parts = [("active", word_table(active_grid("gov2021", v), wps=True)),
             ("requests", split_html(requests_grid("gov2021", v), "（六）其他处理", heads=3, repeat=True, wps=True)),
             ("appeals", word_table(appeals_grid(v), wps=True))]
    add("wps-html-split-2024", "html_word", "html", html_page("安徽省安庆市迎江区人民政府", 2024, tables_text(parts)), v)
    v = gov("gov2019", rng, procurement=(9, Decimal("417.35")), factor=2)
    parts = [("active", word_table(active_grid("gov2019", v), split=True)),
             ("requests", split_html(requests_grid("gov2019", v), "（三）不予公开", heads=3, repeat=True, split=True)),
             ("appeals", word_table(appeals_grid(v), split=True))]
    add("word-html-split-2019", "html_word", "html", html_page("陕西省西安市碑林区人民政府", 2020, tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("45.6"), factor=150)
    parts = [("active", word_table(active_grid("gov2021", shown(v, thousands())))),
             ("requests", split_html(requests_grid("gov2021", shown(v, thousands())), "（五）不予处理", heads=3,
                                     repeat=True)),
             ("appeals", word_table(appeals_grid(shown(v, thousands()))))]
    add("word-html-large-2023", "html_word", "html", html_page("中华人民共和国公安部", 2023, tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("0"))
    placeholders(v, rng, share=0.7, words=("0", "无"))
    parts = [("active", word_table(active_grid("gov2021", v), wps=True)),
             ("requests", word_table(requests_grid("gov2021", v, breaks=True), wps=True)),
             ("appeals", word_table(appeals_grid(v, breaks=True), wps=True))]
    add("wps-html-breaks-2022", "html_word", "html", html_page("贵州省六盘水市钟山区人民政府", 2022, tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("6.66"), factor=2)
    parts = [("active", word_table(active_grid("gov2021", v), split=True)),
             ("requests", split_html(requests_grid("gov2021", v), "（七）总计", heads=3, repeat=False, split=True)),
             ("appeals", word_table(appeals_grid(v), split=True))]
    add("word-html-split-total-2024", "html_word", "html", html_page("福建省泉州市丰泽区人民政府", 2024,
                                                                       tables_text(parts)), v)

    # ---------------------------------------------------------------- pdftotext -layout text
    head = "政府信息公开工作年度报告"
    for name, issuer, year, template, kw, extra in (
        ("layout-top-2022", "江苏省泰州市海陵区人民政府", 2022, "gov2021", {"valign": "top"}, {"fees": Decimal("2.5")}),
        ("layout-bottom-2023", "浙江省湖州市吴兴区人民政府", 2023, "gov2021", {"valign": "bottom"},
         {"fees": Decimal("0"), "factor": 5}),
        ("layout-middle-2022", "山东省德州市德城区人民政府", 2022, "gov2021", {"valign": "middle", "narrow": True},
         {"fees": Decimal("11.2"), "factor": 2}),
        ("layout-folio-2023", "河南省新乡市红旗区人民政府", 2023, "gov2021",
         {"valign": "top", "cut": "（四）无法提供", "page": (3, 5)}, {"fees": Decimal("0.6"), "factor": 3}),
        ("layout-folio-repeat-2024", "湖北省荆州市沙市区人民政府", 2024, "gov2021",
         {"valign": "bottom", "cut": "（五）不予处理", "page": (4, 6), "repeat": True, "head": head},
         {"fees": Decimal("0"), "factor": 12}),
        ("layout-folio-midgroup-2022", "广西壮族自治区桂林市七星区人民政府", 2022, "gov2021",
         {"valign": "middle", "cut": "4.保护第三方合法权益", "page": (2, 5), "narrow": True}, {"fees": Decimal("1.8")}),
        ("layout-2019", "江西省九江市浔阳区人民政府", 2020, "gov2019", {"valign": "top"},
         {"procurement": (12, Decimal("836.4")), "factor": 2}),
        ("layout-folio-2019", "湖南省湘潭市雨湖区人民政府", 2019, "gov2019",
         {"valign": "bottom", "cut": "（三）不予公开", "page": (3, 4), "repeat": True},
         {"procurement": (0, Decimal("0"))}),
        ("layout-ministry-2023", "中华人民共和国生态环境部", 2023, "gov2021",
         {"valign": "top", "cut": "（六）其他处理", "page": (5, 9), "repeat": True, "head": head},
         {"fees": Decimal("0"), "factor": 71}),
    ):
        v = gov(template, rng, **extra)
        if "bottom" in name or "midgroup" in name:
            blank_zeros(v, rng, share=0.4)
        add(name, "pdf_layout", "txt", report_text(issuer, year, tables_text(
            gov_layout(template, v, **kw), sep="\n\n"), "\n\n"), v)
    # ---------------------------------------------------------------- pdfplumber text
    foot = ["第 2 页 共 4 页"]
    v = gov("gov2021", rng, fees=Decimal("3.3"), factor=4)
    add("plumber-second-line-2022", "pdf_plumber", "txt", report_text("辽宁省鞍山市铁东区人民政府", 2022, tables_text([
        ("active", "\n".join(plumber_rows(active_grid("gov2021", v), width=8, second=True))),
        ("requests", "\n".join(plumber_rows(requests_grid("gov2021", v), width=10, second=True,
                                            breaks={"1.本机关不掌握相关政府信息": foot}))),
        ("appeals", "\n".join(plumber_rows(appeals_grid(v), width=30, second=True)))])), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("plumber-first-line-2023", "pdf_plumber", "txt", report_text("吉林省通化市东昌区人民政府", 2023, tables_text([
        ("active", "\n".join(plumber_rows(active_grid("gov2021", v), width=7, second=False))),
        ("requests", "\n".join(plumber_rows(requests_grid("gov2021", v), width=9, second=False,
                                            breaks={"（六）其他处理": ["第 3 页 共 5 页"]}))),
        ("appeals", "\n".join(plumber_rows(appeals_grid(v), width=30, second=False)))])), v)
    v = gov("gov2019", rng, procurement=(5, Decimal("66.5")), factor=3)
    add("plumber-second-line-2019", "pdf_plumber", "txt", report_text("黑龙江省牡丹江市东安区人民政府", 2020, tables_text([
        ("active", "\n".join(plumber_rows(active_grid("gov2019", v), width=8, second=True))),
        ("requests", "\n".join(plumber_rows(requests_grid("gov2019", v), width=10, second=True))),
        ("appeals", "\n".join(plumber_rows(appeals_grid(v), width=30, second=True)))])), v)

    # ---------------------------------------------------------------- 2019 table 二 with 本年增/减 as words and signs
    def signed_words(v: dict, style: str) -> dict:
        p = dict(v)
        for key, x in v.items():
            if key[0] == "active" and key[2] == "change" and isinstance(x, int):
                if style == "sign":
                    p[key] = f"+{x}" if x > 0 else str(x)
                elif style == "words":
                    p[key] = f"增加{x}" if x > 0 else f"减少{-x}" if x < 0 else "0"
                elif key[1] in ("licensing", "penalty"):
                    p[key] = f"+{x}" if x > 0 else str(x)
                else:
                    p[key] = f"增加{x}" if x > 0 else f"减少{-x}" if x < 0 else "0"
        return p

    def stocked(v: dict) -> None:
        for r in ("licensing", "other_services", "penalty", "enforcement", "fees"):
            v[("active", r, "prev_items")] = rng.randint(30, 1500)
            v[("active", r, "change")] = rng.choice([-12, -3, -2, -1, 0, 1, 2, 3, 5, 17])

    for name, issuer, style, render in (
        ("signed-tabs-2019", "江苏省镇江市京口区人民政府", "sign", "tabs"),
        ("signed-words-tabs-2019", "浙江省丽水市莲都区人民政府", "words", "tabs"),
        ("signed-words-html-2019", "安徽省黄山市屯溪区人民政府", "words", "html"),
        ("signed-mixed-layout-2019", "福建省漳州市芗城区人民政府", "mixed", "layout"),
        ("signed-words-lines-2019", "江西省景德镇市珠山区人民政府", "words", "lines"),
    ):
        v = gov("gov2019", rng, procurement=(rng.randint(1, 30), Decimal(rng.randint(100, 99999)) / 10))
        stocked(v)
        p = signed_words(v, style)
        grid = active_grid("gov2019", p)
        body = {"tabs": lambda g: tab_rows(g), "html": lambda g: word_table(g),
                "layout": lambda g: "\n".join(layout_text(g, labels=1, label_chars=[9], slot=18, head_chars=8)),
                "lines": lambda g: "\n".join(cells_once(g))}[render]
        parts = [("active", body(grid)), ("requests", body(requests_grid("gov2019", v))), ("appeals", body(appeals_grid(v)))]
        if render == "html":
            data = html_page(issuer, 2020, tables_text(parts))
        else:
            data = report_text(issuer, 2020, tables_text(parts))
        add(name, "signed2019", "html" if render == "html" else "txt", data, v)

    # ---------------------------------------------------------------- 2013–2018 free tables
    sets = [
        ["requests_received", "replies_granted", "replies_partial", "replies_denied", "replies_not_this_body",
         "replies_not_exist", "reviews", "suits"],
        ["active_items", "requests_received", "requests_in_person", "requests_online", "requests_mail", "replies",
         "replies_granted", "replies_partial", "replies_denied", "reviews", "suits", "fees"],
        ["requests_received", "requests_online", "requests_in_person", "requests_mail", "requests_fax", "replies",
         "replies_already_public", "replies_granted", "replies_partial", "replies_denied", "complaints"],
        ["active_items", "active_normative", "requests_received", "replies", "replies_granted", "replies_partial",
         "replies_denied", "replies_not_exist", "reviews", "suits", "fees"],
    ]
    free = [
        ("free-tabs-2015", "江苏省南通市崇川区人民政府", 2015, 0, 0, "tabs", False, 1),
        ("free-html-2016", "浙江省绍兴市上虞区人民政府", 2016, 1, 1, "html", False, 1),
        ("free-unit-html-2017", "山东省威海市环翠区人民政府", 2017, 2, 0, "html", True, 1),
        ("free-lines-2018", "福建省三明市梅列区人民政府", 2018, 3, 1, "lines", False, 1),
        ("free-spaces-2014", "湖北省黄石市黄石港区人民政府", 2014, 0, 1, "spaces", False, 1),
        ("free-list-2016", "湖南省邵阳市双清区人民政府", 2016, 1, 0, "list", False, 1),
        ("free-list-2013", "广东省惠州市惠城区人民政府", 2013, 3, 2, "list", False, 1),
        ("free-docx-2017", "四川省宜宾市翠屏区人民政府", 2017, 2, 2, "docx", True, 1),
        ("free-large-tabs-2018", "中华人民共和国人力资源和社会保障部", 2018, 1, 2, "tabs", False, 140),
        ("free-layout-2015", "云南省玉溪市红塔区人民政府", 2015, 2, 1, "layout", True, 3),
    ]
    for name, issuer, year, which, style, render, unit, factor in free:
        keys = sets[which]
        v = free_values(rng, keys, factor=factor)
        if factor > 1 and "fees" in keys:
            v[("stats", "fees", "value")] = Decimal("12.35")
        grid = free_grid(v, keys, rng, unit=unit, style=style)
        caption = "政府信息公开情况统计表" if which % 2 else f"{year}年依申请公开情况统计表"
        if render == "docx":
            add(name, "free2014", "docx", word_tables(issuer, year, [(caption, grid)], how="merged"), v)
            continue
        table = {"tabs": lambda g: tab_rows(g), "html": lambda g: word_table(g),
                 "lines": lambda g: "\n".join(cells_once(g)),
                 "spaces": lambda g: "\n".join(" ".join(c for c in r) for r in full_rows(g)),
                 "list": lambda g, v=v, keys=keys, style=style: free_list(v, keys, style=style),
                 "layout": lambda g: "\n".join(layout_text(g, labels=1, label_chars=[12], slot=10, head_chars=4))}[render](grid)
        add(name, "free2014", "html" if render == "html" else "txt",
            free_report(issuer, year, caption, table, html=render == "html"), v)
    # the full 2014 table: layout text with a folio inside it, and a WPS page
    v = old(rng, fees=Decimal("0.35"), budget=Decimal("22.5"))
    lines = layout_text(stats_grid(v), labels=1, label_chars=[22], slot=10, head_chars=4,
                        cut_before={"（三）申请答复数": folio(4, 6, head="政府信息公开情况统计表（续）")})
    add("stats-layout-folio-2016", "free2014", "txt", "\n".join([
        "根据《中华人民共和国政府信息公开条例》规定，特向社会公布2016年度政府信息公开工作年度报告。",
        "一、概述", "2016年，河北省廊坊市广阳区人民政府认真贯彻落实政府信息公开工作要求。",
        "附表：2016年度政府信息公开情况统计表", *lines,
        "二、存在的主要问题及改进情况", "信息公开的及时性还有差距。", "河北省廊坊市广阳区人民政府", "2017年3月20日", ""]), v)
    v = old(rng, fees=Decimal("1.2"), budget=Decimal("8"))
    for key, x in list(v.items()):
        if isinstance(x, int) and not isinstance(x, bool):
            v[key] = x * 23
    v[("stats", "trainees", "value")] = v[("stats", "training_sessions", "value")] * 30
    add("stats-wps-html-2017", "free2014", "html", html_page("中华人民共和国交通运输部", 2017, [
        "<p>附件：政府信息公开情况统计表</p>", word_table(stats_grid(shown(v, thousands(), tables=("stats",))), wps=True)]), v)

    # ---------------------------------------------------------------- large bodies and ministries
    v = gov("gov2021", rng, fees=Decimal("1024.57"), factor=420)
    add("ministry-tabs-thousands-2022", "large", "txt", report_text("中华人民共和国住房和城乡建设部", 2022, tables_text(
        [(k, tab_rows(g)) for k, g in grids("gov2021", shown(v, thousands()))])), v)
    v = gov("gov2021", rng, fees=Decimal("88.4"), factor=260)
    add("ministry-layout-breaks-2023", "large", "txt", report_text("国家市场监督管理总局", 2023, tables_text([
        ("active", "\n".join(layout_text(active_grid("gov2021", v), labels=1, label_chars=[9], slot=18, head_chars=8))),
        ("requests", "\n".join(layout_text(requests_grid("gov2021", v, breaks=True), labels=3, label_chars=[5, 8, 14],
                                           slot=10, head_chars=3, valign="top"))),
        ("appeals", "\n".join(layout_text(appeals_grid(v, breaks=True), labels=0, label_chars=[], slot=7, head_chars=2,
                                          indent=0)))], sep="\n\n"), "\n\n"), v)
    v = gov("gov2021", rng, fees=Decimal("305.125"), factor=530)
    add("ministry-html-2024", "large", "html", html_page("中华人民共和国教育部", 2024, tables_text(
        [(k, word_table(g)) for k, g in grids("gov2021", v)])), v)
    v = gov("gov2019", rng, procurement=(2318, Decimal("145236.88")), factor=310)
    add("ministry-2019-tabs-2020", "large", "txt", report_text("中华人民共和国财政部", 2020, tables_text(
        [(k, tab_rows(g)) for k, g in grids("gov2019", v)])), v)
    v = gov("gov2021", rng, fees=Decimal("12.08"), factor=190)
    add("province-lines-2022", "large", "txt", report_text("浙江省市场监督管理局", 2022, tables_text(
        [(k, "\n".join(cells_once(g))) for k, g in grids("gov2021", shown(v, thousands("，")))])), v)
    v = gov("gov2021", rng, fees=Decimal("0.25"), factor=75)
    add("city-plumber-2023", "large", "txt", report_text("广东省深圳市人民政府办公厅", 2023, tables_text([
        ("active", "\n".join(plumber_rows(active_grid("gov2021", v), width=9, second=True))),
        ("requests", "\n".join(plumber_rows(requests_grid("gov2021", v), width=11, second=True))),
        ("appeals", "\n".join(plumber_rows(appeals_grid(v), width=30, second=True)))])), v)

    # ---------------------------------------------------------------- batch B (written after batch A's first
    # reading, labelled and scored before any fix it leads to): a table aligned by hand in a
    # monospaced editor (a Chinese character two columns wide), blank cells as gaps
    v = gov("gov2021", rng, fees=Decimal("1.5"), factor=3)
    blank_zeros(v, rng, share=0.5)
    add("typed-aligned-2022", "typed_aligned", "txt", report_text("四川省绵阳市游仙区人民政府", 2022, tables_text(
        gov_layout("gov2021", v, valign="top", wide=True), sep="\n\n"), "\n\n"), v)

    # sanity: every probe's own identities (table 三 columns, table 四 rows)
    for name, p in probes.items():
        for key, (value, st) in p["cells"].items():
            assert st in ("number", "blank", "dash", "none_word"), (name, key, value, st)
    (OUT / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


if __name__ == "__main__":
    main()
