"""Write the held-out table probes of ``tests/cases/table_probes15`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10 item 2), in shapes table_probes3..14 do not
hold, in two batches (batch A scored untuned on main before any fix; batch B written after A's fixes
and scored before any fix of its own):

* ``html_editor``: the 2021 tables as portals' editors save them: Word pasted into the editor
  (``class=MsoNormal`` paragraphs, unquoted attributes, ``<o:p>`` and ``lang=EN-US`` spans, the
  ``supportMisalignedColumns`` row of empty zero-height cells after the last row) or UEditor's
  ``<tr class="firstRow">`` tables with ``<br/>`` in labels; the 申请人情况 header in 3 rows, the
  template's note cell empty, empty cells ``&nbsp;``;
* ``docx_template``: the official Word template (``../shared/corpus/originals/gov2021-template.docx``)
  filled with python-docx: values, cells left blank, ``0`` and ``/``, full-width digits;
* ``markdown``: pipe tables as a scraper writes them from ``pandas.read_html`` (merged cells repeated in
  every cell they cover, the three header rows flattened into one header line of joined names), and
  pipe tables without outer pipes with ``:-:`` alignment rows;
* ``full_width``: every digit full width (``１２３``) in TAB rows;
* ``footnote_marks``: counts carrying a note's mark (``12*``, ``3①``, ``5※``, HTML ``12<sup>①</sup>``)
  with the note under the table holding numbers of its own;
* ``reordered_applicants``: table 三 with the seven applicant columns in another order than the
  template's (the organisations first, 自然人 and 总计 last; the organisations reversed), each named
  by its own header;
* ``partial_active``: table 二 with only the rows the body has (a township without 规章 or 行政许可;
  a bureau without 行政处罚), the missing rows and blocks left out entirely;
* ``pdf_2019``: the 2019 format's tables copied out of a PDF: space rows, long labels wrapped with the
  numbers on the label's first or last line, ``+``-signed 本年增/减, a decimal 采购总金额;
* ``last_year``: a report with last year's figures too: a 上年同期 column after table 三's 总计, or last
  year's whole table 三 printed after (or before) this year's under its own caption;
* ``inconsistent``: planted identity errors (T3-A, T3-C, T4-A, T3-B) in the shapes above.

Every probe but the ``inconsistent`` ones is consistent (every identity of FORMAT.md §3 holds), so any
error finding on them blames the report for a misreading. Only cells the report prints are labelled
(the rows a partial table 二 leaves out, and last year's cells, are not).

    python bench/make_table_probes15.py   # rewrites tests/cases/table_probes15/

``expected.json`` as in ``bench/make_table_probes12.py``.
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_table_probes3 import (  # noqa: E402
    COLS,
    NOTE,
    active_grid,
    appeals_grid,
    fmt,
    full_rows,
    report_text,
    requests_grid,
)
from bench.make_table_probes4 import filled_template, template_fill  # noqa: E402
from bench.make_table_probes7 import _stable, gov, html_page  # noqa: E402
from bench.make_table_probes8 import is_value, tables_text  # noqa: E402
from bench.make_table_probes14 import write_probes  # noqa: E402
from tests.report_writer import layout  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes15"

Grid = list[list[tuple[str, int, int]]]
FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")
CAPTIONS = {"active": "二、主动公开政府信息情况", "requests": "三、收到和处理政府信息公开申请情况",
            "appeals": "四、政府信息公开行政复议、行政诉讼情况"}


# ------------------------------------------------------------------ values


def blank_org_zeros(v: dict, rng: random.Random, share: float = 0.7) -> dict:
    """A copy of ``v`` whose zero cells of table 三's organisation columns are left empty (``share``)."""
    out = dict(v)
    for k, x in v.items():
        if k[0] == "requests" and k[2] in COLS[1:6] and x == 0 and rng.random() < share:
            out[k] = ""
    return out


def printed(v: dict, show, tables=("active", "requests", "appeals")) -> dict:
    """``v`` as printed by ``show`` (numbers only; blanks and placeholders kept)."""
    return {k: (show(x) if k[0] in tables and isinstance(x, (int, Decimal)) else x) for k, x in v.items()}


def marked(v: dict, marks: dict[tuple, str]) -> dict:
    """Counts carrying a footnote mark after them."""
    return {k: (fmt(x) + marks[k] if k in marks else x) for k, x in v.items()}


def pick_marks(v: dict, rng: random.Random, signs: tuple[str, ...]) -> dict[tuple, str]:
    """A few non-zero cells of table 三 (and one of table 二) to carry ``signs``."""
    keys = sorted(k for k, x in v.items() if k[0] == "requests" and isinstance(x, int) and x > 0)
    chosen = rng.sample(keys, len(signs) - 1)
    act = sorted(k for k, x in v.items() if k[0] == "active" and isinstance(x, int) and x > 0)
    chosen.append(rng.choice(act))
    return dict(zip(chosen, signs, strict=True))


# ------------------------------------------------------------------ grids


BLOCKS_2021 = [("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["rules", "normative_docs"]),
               ("第二十条第（五）项", ["本年处理决定数量"], ["licensing"]),
               ("第二十条第（六）项", ["本年处理决定数量"], ["penalty", "enforcement"]),
               ("第二十条第（八）项", ["本年收费金额（单位：万元）"], ["fees"])]


def active_partial(v: dict, keep: set[str]) -> Grid:
    """The 2021 table 二 with only the rows of ``keep`` (a block with none of them left out)."""
    t = {x.key: x for x in layout("gov2021")}["active"]
    labels = {r.key: r.label for r in t.rows}
    cols = {r.key: r.cols for r in t.rows}
    rows: Grid = []
    for group, heads, keys in BLOCKS_2021:
        keys = [k for k in keys if k in keep]
        if not keys:
            continue
        rows.append([(group, 1, 4)])
        span = 4 - len(heads)
        head = [("信息内容", 1, 1)] + [(h, 1, 1) for h in heads]
        if len(heads) < 3:
            head[-1] = (head[-1][0], 1, 1 + span)
        rows.append(head)
        for k in keys:
            cells = [(labels[k], 1, 1)] + [(fmt(v[("active", k, c)]), 1, 1) for c in cols[k]]
            if len(cols[k]) < 3:
                cells[-1] = (cells[-1][0], 1, 1 + span)
            rows.append(cells)
    return rows


ORG_NAMES = {"commercial": "商业企业", "research": "科研机构", "social_welfare": "社会公益组织",
             "legal_services": "法律服务机构", "other_org": "其他"}


def requests_reordered(template: str, v: dict, order: list[str]) -> Grid:
    """Table 三 with its applicant columns in ``order`` (the five organisations kept together under
    法人或其他组织), each column named by its own header."""
    base = requests_grid(template, v)
    body = base[3:]
    orgs = [c for c in order if c in ORG_NAMES]
    first_org = order.index(orgs[0])
    head1: list[tuple[str, int, int]] = []
    for i, c in enumerate(order):
        if c in ORG_NAMES:
            if i == first_org:
                head1.append(("法人或其他组织", 1, 5))
            continue
        head1.append(("自然人" if c == "natural_person" else "总计", 2, 1))
    head = [[(NOTE, 3, 3), ("申请人情况", 1, 7)], head1, [(ORG_NAMES[c], 1, 1) for c in orgs]]
    out: Grid = head
    for row in body:
        labels = row[:-7]
        vals = dict(zip(COLS, row[-7:], strict=True))
        out.append(labels + [vals[c] for c in order])
    return out


def with_last_year(grid: Grid, last: dict, head: str = "上年同期") -> Grid:
    """Table 三 with a column of last year's 总计 after this year's."""
    out = [list(r) for r in grid]
    out[0].append((head, 3, 1))
    t = {x.key: x for x in layout("gov2021")}["requests"]
    keys = [r.key for r in t.rows if not r.header]
    for row, key in zip(out[3:], keys, strict=True):
        row.append((fmt(last[("requests", key, "total")]), 1, 1))
    return out


# ------------------------------------------------------------------ renderers


def word_paste_html(grid: Grid, *, width: int = 602) -> str:
    """A table as Word pastes it into a portal's editor: unquoted attributes, ``MsoNormal`` paragraphs,
    ``<o:p>`` spans, an empty cell ``<o:p>&nbsp;</o:p>``, and the row of empty zero-height cells Word
    writes after the last row (``supportMisalignedColumns``)."""
    n = max(sum(c for _, _, c in row) for row in grid)
    w = width // n
    out = [f"<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width={width} "
           "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>"]
    for i, row in enumerate(grid):
        out.append(f"<tr style='mso-yfti-irow:{i};height:20.1pt'>")
        for text, rs, cs in row:
            attrs = f" width={w * cs}" + (f" rowspan={rs}" if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "")
            style = " valign=center style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt;height:20.1pt'"
            if not text:
                inner = "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
            elif is_value(text):
                inner = (f"<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US "
                         f"style='font-size:10.5pt;font-family:\"Times New Roman\"'>{text}<o:p></o:p></span></p>")
            else:
                inner = (f"<p class=MsoNormal align=center style='text-align:center'><span "
                         f"style='font-size:10.5pt;font-family:仿宋_GB2312'>{text.replace(chr(10), '')}</span>"
                         "<span lang=EN-US><o:p></o:p></span></p>")
            out.append(f"  <td{attrs}{style}>{inner}</td>")
        out.append("</tr>")
    out.append("<![if !supportMisalignedColumns]>")
    out.append("<tr height=0>" + "".join(f"<td width={w} style='border:none'></td>" for _ in range(n)) + "</tr>")
    out.append("<![endif]>")
    out.append("</table>")
    return "\n".join(out)


def ueditor_html(grid: Grid, *, blank_note: bool = False) -> str:
    """UEditor's table: ``<tbody>``, the first row ``class="firstRow"``, ``<td>`` with width, valign and
    ``word-break``, labels broken by ``<br/>``, empty cells ``&nbsp;``; ``blank_note`` leaves the
    template's note cell empty."""
    out = ['<table width="100%" border="1" cellspacing="0" cellpadding="0"><tbody>']
    for i, row in enumerate(grid):
        tr = '<tr class="firstRow">' if i == 0 else "<tr>"
        tds = []
        for text, rs, cs in row:
            if blank_note and text == NOTE:
                text = ""
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            inner = "&nbsp;" if not text else text.replace("\n", "<br/>")
            tds.append(f'<td width="{60 * cs}" valign="middle" align="center"{attrs} style="word-break: break-all;">{inner}</td>')
        out.append(tr + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def sup_html(grid: Grid, marks: dict[str, str]) -> str:
    """An editor's table whose marked counts print the mark as ``<sup>``."""
    html = ueditor_html(grid)
    for text, mark in marks.items():
        html = html.replace(f">{text}</td>", f">{text[: -len(mark)]}<sup>{mark}</sup></td>")
    return html


def tabs(grid: Grid, *, repeat: bool = False) -> str:
    return "\n".join("\t".join(c.replace("\n", "") for c in row) for row in full_rows(grid, repeat=repeat))


def pandas_pipe(grid: Grid, heads: int) -> str:
    """``pandas.read_html(...).to_markdown()`` joined by a scraper: merged cells repeated in every
    cell they cover, the ``heads`` header rows flattened into one header line (the distinct names of
    each column joined by a space), an index column of row numbers."""
    rows = [[c.replace("\n", "") for c in r] for r in full_rows(grid, repeat=True)]
    head = []
    for j in range(len(rows[0])):
        names: list[str] = []
        for r in rows[:heads]:
            if r[j] and r[j] not in names:
                names.append(r[j])
        head.append(" ".join(names) if names else f"Unnamed: {j}")
    out = ["|    | " + " | ".join(head) + " |", "|---:|" + "|".join([":---"] * len(head)) + "|"]
    for i, r in enumerate(rows[heads:]):
        out.append(f"| {i:2d} | " + " | ".join(c if c else "nan" for c in r) + " |")
    return "\n".join(out)


def bare_pipe(grid: Grid) -> str:
    """A pipe table without outer pipes, its first row the header, a ``:-:`` alignment row; merged cells
    at their top-left cell, the cells they cover empty."""
    rows = [[c.replace("\n", "") for c in r] for r in full_rows(grid)]
    out = [" | ".join(rows[0]), " | ".join([":-:"] * len(rows[0]))]
    out += [" | ".join(r) for r in rows[1:]]
    return "\n".join(out)


def wrap(text: str, width: int) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)] or [""]


def pdf_rows(grid: Grid, *, width: int, numbers_last: bool) -> str:
    """A PDF copy: a row's cells joined by spaces, each label cut every ``width`` characters over lines,
    the row's numbers after the first or (``numbers_last``) the last piece of its last label."""
    out: list[str] = []
    for row in full_rows(grid):
        cells = [c.replace("\n", "") for c in row if c]
        labels = [c for c in cells if not is_value(c)]
        values = [c for c in cells if is_value(c)]
        pieces = [p for label in labels for p in wrap(label, width)]
        if not pieces:
            out.append(" ".join(values))
            continue
        if not values:
            out += pieces
            continue
        if numbers_last:
            out += pieces[:-1] + [pieces[-1] + " " + " ".join(values)]
        else:
            out += [" ".join(labels[:-1] + [wrap(labels[-1], width)[0]]) + " " + " ".join(values)]
            out += wrap(labels[-1], width)[1:]
    return "\n".join(out)


def txt(issuer: str, year: int, parts: list[tuple[str, str]], *, brk: str = "\n", after: dict | None = None,
        captions: dict | None = None) -> str:
    return report_text(issuer, year, tables_text(parts, after=after, captions=captions), brk)


def page(issuer: str, year: int, tables: list[tuple[str, str]], *, after: dict | None = None) -> str:
    parts = []
    for key, html in tables:
        parts += [f"<p>{CAPTIONS[key]}</p>", html]
        if after and key in after:
            parts.append(f"<p>{after[key]}</p>")
    return html_page(issuer, year, parts)


def md(issuer: str, year: int, parts: list[tuple[str, str]]) -> str:
    blocks = [f"## {CAPTIONS[k]}\n\n{body}" for k, body in parts]
    return f"# {issuer}{year}年政府信息公开工作年度报告\n\n" + report_text(issuer, year, blocks, "\n\n")


def docx_report(shown: dict, issuer: str, year: int) -> bytes:
    """The official blank 2021 template with ``shown`` (each cell's printed text) typed into its
    tables and prose in its sections."""
    document = filled_template(template_fill(shown))
    prose = iter([f"{year}年，{issuer}坚持以公开为常态、不公开为例外，不断提升政务公开质量。", "信息公开的及时性还有差距。",
                  "本年度未收取信息处理费。"])
    for paragraph in document.paragraphs:
        if paragraph.text.strip().startswith("（文字描述"):
            paragraph.text = next(prose, "")
        elif paragraph.text.strip() == "政府信息公开工作年度报告格式模板":
            paragraph.text = f"{issuer}{year}年政府信息公开工作年度报告"
    return _stable(document)


def grids3(v: dict, template: str = "gov2021") -> list[tuple[str, Grid]]:
    return [("active", active_grid(template, v)), ("requests", requests_grid(template, v)), ("appeals", appeals_grid(v))]


def only(v: dict, keep_active: set[str]) -> dict:
    """The labels of a report whose table 二 prints only the rows of ``keep_active``."""
    return {k: x for k, x in v.items() if k[0] != "active" or k[1] in keep_active}


# ------------------------------------------------------------------ batches


def batch_a(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- editors' HTML
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    add("html-wordpaste-county-2022", "html_editor", "html",
        page("湖南省永州市江华瑶族自治县人民政府", 2022, [(k, word_paste_html(g)) for k, g in grids3(v)]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    b = blank_org_zeros(v, rng)
    add("html-ueditor-blanknote-2023", "html_editor", "html",
        page("青海省海东市乐都区人民政府", 2023,
             [("active", ueditor_html(active_grid("gov2021", b))),
              ("requests", ueditor_html(requests_grid("gov2021", b), blank_note=True)),
              ("appeals", ueditor_html(appeals_grid(b)))]), b)

    # ---------------------------------------------------------------- the official Word template filled
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    s = blank_org_zeros(v, rng, share=1.0)
    for k in ("licensing", "penalty", "enforcement"):
        s[("active", k, "decisions")] = "/"
    s[("active", "rules", "issued")] = s[("active", "rules", "repealed")] = s[("active", "rules", "in_force")] = "/"
    add("docx-template-slash-2022", "docx_template", "docx", docx_report(s, "四川省凉山彝族自治州昭觉县民政局", 2022), s)

    v = gov("gov2021", rng, fees=Decimal("0.35"), factor=11)
    add("docx-template-fullwidth-2023", "docx_template", "docx",
        docx_report(printed(v, lambda x: fmt(x).translate(FULL)), "内蒙古自治区赤峰市红山区人民政府", 2023), v)

    # ---------------------------------------------------------------- Markdown
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    g = grids3(v)
    add("md-pandas-flat-head-2022", "markdown", "md",
        md("广东省清远市英德市人民政府", 2022, [("active", pandas_pipe(g[0][1], 2)), ("requests", pandas_pipe(g[1][1], 3)),
                                          ("appeals", pandas_pipe(g[2][1], 3))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=4)
    g = grids3(v)
    add("md-bare-pipes-2023", "markdown", "md",
        md("浙江省丽水市遂昌县人民政府", 2023, [(k, bare_pipe(x)) for k, x in g]), v)

    # ---------------------------------------------------------------- full-width digits, footnote marks
    v = gov("gov2021", rng, fees=Decimal("1.2"), factor=40)
    p = printed(v, lambda x: fmt(x).translate(FULL))
    add("fullwidth-tabs-2022", "full_width", "txt",
        txt("河南省周口市鹿邑县人民政府", 2022, [(k, tabs(x)) for k, x in grids3(p)]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=5)
    m = marked(v, pick_marks(v, rng, ("*", "①", "※", "①")))
    note = {"requests": "注：*含通过信函提交的申请2件；①其中3件为同一申请人重复申请；※含2022年12月31日前收到、2023年办结的申请。"}
    add("footnote-marks-tabs-2023", "footnote_marks", "txt",
        txt("安徽省阜阳市临泉县人民政府", 2023, [(k, tabs(x)) for k, x in grids3(m)], after=note), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    marks = pick_marks(v, rng, ("①", "②", "*"))
    m = marked(v, marks)
    sup = {fmt(v[k]) + s: s for k, s in marks.items()}
    add("footnote-sup-html-2022", "footnote_marks", "html",
        page("江西省上饶市鄱阳县人民政府", 2022, [(k, sup_html(x, sup)) for k, x in grids3(m)],
             after={"requests": "注：①含上年结转申请1件。②已于2023年1月10日前全部答复。"}), v)

    # ---------------------------------------------------------------- applicant columns in another order
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    order = ["commercial", "research", "social_welfare", "legal_services", "other_org", "natural_person", "total"]
    add("applicants-orgs-first-tabs-2022", "reordered_applicants", "txt",
        txt("山东省临沂市沂水县人民政府", 2022, [("active", tabs(active_grid("gov2021", v))),
                                        ("requests", tabs(requests_reordered("gov2021", v, order))),
                                        ("appeals", tabs(appeals_grid(v)))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    order = ["natural_person", "other_org", "legal_services", "social_welfare", "research", "commercial", "total"]
    add("applicants-reversed-html-2023", "reordered_applicants", "html",
        page("福建省南平市建阳区人民政府", 2023, [("active", ueditor_html(active_grid("gov2021", v))),
                                       ("requests", ueditor_html(requests_reordered("gov2021", v, order))),
                                       ("appeals", ueditor_html(appeals_grid(v)))]), v)

    # ---------------------------------------------------------------- table 二 with only the body's rows
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    keep = {"normative_docs", "penalty", "enforcement", "fees"}
    add("active-partial-township-tabs-2022", "partial_active", "txt",
        txt("湖北省恩施土家族苗族自治州利川市谋道镇人民政府", 2022,
            [("active", tabs(active_partial(v, keep))), ("requests", tabs(requests_grid("gov2021", v))),
             ("appeals", tabs(appeals_grid(v)))]), only(v, keep))

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    keep = {"rules", "normative_docs", "licensing", "fees"}
    add("active-partial-bureau-html-2023", "partial_active", "html",
        page("广西壮族自治区百色市发展和改革委员会", 2023,
             [("active", word_paste_html(active_partial(v, keep))), ("requests", word_paste_html(requests_grid("gov2021", v))),
              ("appeals", word_paste_html(appeals_grid(v)))]), only(v, keep))

    # ---------------------------------------------------------------- the 2019 format out of a PDF
    v = gov("gov2019", rng, factor=2, procurement=(14, Decimal("356.82")))
    p = printed(v, lambda x: f"+{x}" if isinstance(x, int) and x > 0 else fmt(x), tables=())
    for k, x in v.items():
        if k[0] == "active" and k[2] == "change" and isinstance(x, int) and x > 0:
            p[k] = f"+{x}"
    g = grids3(p, "gov2019")
    add("pdf-2019-wrapped-first-2020", "pdf_2019", "txt",
        txt("陕西省汉中市城固县人民政府", 2020, [(k, pdf_rows(x, width=14, numbers_last=False)) for k, x in g]), v)

    v = gov("gov2019", rng, factor=3, procurement=(6, Decimal("1204.5")))
    g = grids3(v, "gov2019")
    add("pdf-2019-wrapped-last-2019", "pdf_2019", "txt",
        txt("吉林省四平市梨树县人民政府", 2019, [(k, pdf_rows(x, width=12, numbers_last=True)) for k, x in g]), v)

    # ---------------------------------------------------------------- last year's figures too
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    last = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("last-year-column-tabs-2022", "last_year", "txt",
        txt("江苏省徐州市沛县人民政府", 2022, [("active", tabs(active_grid("gov2021", v))),
                                      ("requests", tabs(with_last_year(requests_grid("gov2021", v), last))),
                                      ("appeals", tabs(appeals_grid(v)))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    last = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("last-year-table-after-2023", "last_year", "txt",
        txt("黑龙江省齐齐哈尔市龙沙区人民政府", 2023,
            [(k, tabs(x)) for k, x in grids3(v)],
            after={"appeals": "附：2022年度收到和处理政府信息公开申请情况（供对比）\n" + tabs(requests_grid("gov2021", last))}), v)

    # ---------------------------------------------------------------- planted errors
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    for c in ("natural_person", "total"):
        v[("requests", "carried_over", c)] += 3  # 新收 + 上年结转 ≠ 办理总计 + 结转下年度
    add("bad-carried-wordpaste-2022", "inconsistent", "html",
        page("贵州省毕节市织金县人民政府", 2022, [(k, word_paste_html(g)) for k, g in grids3(v)]), v, errors=("T3-A",))

    v = gov("gov2021", rng, fees=Decimal("0"), factor=4)
    # the row's 总计 no longer its columns' sum (T3-C), the 总计 column's （七）总计 no longer its outcome rows' (T3-B)
    v[("requests", "granted", "total")] += 5
    order = ["commercial", "research", "social_welfare", "legal_services", "other_org", "natural_person", "total"]
    add("bad-rowsum-reordered-2023", "inconsistent", "txt",
        txt("河北省邯郸市魏县人民政府", 2023, [("active", tabs(active_grid("gov2021", v))),
                                      ("requests", tabs(requests_reordered("gov2021", v, order))),
                                      ("appeals", tabs(appeals_grid(v)))]), v, errors=("T3-C", "T3-B"))


def with_compare(grid: Grid, this: dict, last: dict) -> Grid:
    """Table 三 with two columns after its 总计: last year's 总计 (上年同期) and the change (同比增减)."""
    out = [list(r) for r in grid]
    out[0] += [("上年同期", 3, 1), ("同比增减", 3, 1)]
    t = {x.key: x for x in layout("gov2021")}["requests"]
    keys = [r.key for r in t.rows if not r.header]
    for row, key in zip(out[3:], keys, strict=True):
        a, b = this[("requests", key, "total")], last[("requests", key, "total")]
        row += [(fmt(b), 1, 1), (f"{a - b:+d}" if a != b else "0", 1, 1)]
    return out


def batch_b(add, rng: random.Random) -> None:
    """Written after batch A's fixes, scored before any fix of its own: do they generalise?"""
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    keep = {"normative_docs", "penalty", "enforcement", "fees"}
    b = blank_org_zeros(v, rng, share=1.0)
    add("html-wordpaste-township-2024", "html_editor", "html",
        page("云南省红河哈尼族彝族自治州建水县临安镇人民政府", 2024,
             [("active", word_paste_html(active_partial(b, keep))), ("requests", word_paste_html(requests_grid("gov2021", b))),
              ("appeals", word_paste_html(appeals_grid(b)))]), only(b, keep))

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    m = marked(v, pick_marks(v, rng, ("①", "②", "*")))
    s = blank_org_zeros(m, rng, share=0.5)
    s[("active", "fees", "amount")] = "/"
    s[("active", "licensing", "decisions")] = "/"
    labels = {k: (v[k] if isinstance(x, str) and x and x[0].isdigit() else x) for k, x in s.items()}
    add("docx-template-marks-mixed-2024", "docx_template", "docx",
        docx_report(s, "宁夏回族自治区固原市原州区人民政府", 2024), labels)

    v = gov("gov2019", rng, factor=2, procurement=(9, Decimal("88.6")))
    g = grids3(v, "gov2019")
    add("md-pandas-2019", "markdown", "md",
        md("新疆维吾尔自治区昌吉回族自治州呼图壁县人民政府", 2020,
           [("active", pandas_pipe(g[0][1], 2)), ("requests", pandas_pipe(g[1][1], 3)),
            ("appeals", pandas_pipe(g[2][1], 3))]), v)

    v = gov("gov2021", rng, fees=Decimal("0.8"), factor=25)
    p = printed(v, lambda x: fmt(x).translate(FULL))
    add("fullwidth-ueditor-2024", "full_width", "html",
        page("广东省湛江市雷州市人民政府", 2024, [(k, ueditor_html(x)) for k, x in grids3(p)]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    order = ["total", "natural_person", "legal_services", "other_org", "commercial", "research", "social_welfare"]
    add("applicants-total-first-bare-pipes-2023", "reordered_applicants", "md",
        md("辽宁省朝阳市喀喇沁左翼蒙古族自治县人民政府", 2023,
           [("active", bare_pipe(active_grid("gov2021", v))), ("requests", bare_pipe(requests_reordered("gov2021", v, order))),
            ("appeals", bare_pipe(appeals_grid(v)))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    last = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("last-year-compare-wordpaste-2024", "last_year", "html",
        page("山西省长治市潞州区人民政府", 2024,
             [("active", word_paste_html(active_grid("gov2021", v))),
              ("requests", word_paste_html(with_compare(requests_grid("gov2021", v), v, last))),
              ("appeals", word_paste_html(appeals_grid(v)))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    last = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    overview = ("2023年，本机关收到政府信息公开申请情况与上年对比如下。\n表1 2022年度收到和处理政府信息公开申请情况（上年）\n"
                + tabs(requests_grid("gov2021", last)))
    add("last-year-table-before-2023", "last_year", "txt",
        report_text("浙江省台州市三门县人民政府", 2023,
                    [overview] + tables_text([(k, tabs(x)) for k, x in grids3(v)])), v)

    v = gov("gov2019", rng, factor=2, procurement=(3, Decimal("45.27")))
    v[("active", "fees", "change")] = -2
    g = grids3(v, "gov2019")
    body = pdf_rows(g[1][1], width=13, numbers_last=False).split("\n")
    cut = len(body) // 2
    parts = [("active", pdf_rows(g[0][1], width=13, numbers_last=False)),
             ("requests", "\n".join(body[:cut] + ["— 3 —", "政府信息公开工作年度报告"] + body[cut:])),
             ("appeals", pdf_rows(g[2][1], width=13, numbers_last=False))]
    add("pdf-2019-folio-2020", "pdf_2019", "txt", txt("湖北省黄冈市麻城市人民政府", 2020, parts), v)

    # ---------------------------------------------------------------- planted errors
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("appeals", "review", "total")] += 1  # 行政复议's 总计 no longer its four results' sum
    g = grids3(v)
    add("bad-appeals-pandas-md-2023", "inconsistent", "md",
        md("吉林省白山市抚松县人民政府", 2023, [("active", pandas_pipe(g[0][1], 2)), ("requests", pandas_pipe(g[1][1], 3)),
                                         ("appeals", pandas_pipe(g[2][1], 3))]), v, errors=("T4-A",))

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    for c in ("natural_person", "total"):
        v[("requests", "granted", c)] += 6  # the row still sums; （七）总计 no longer its outcome rows' sum
    add("bad-processed-docx-2023", "inconsistent", "docx", docx_report(v, "江西省抚州市南城县人民政府", 2023), v,
        errors=("T3-B",))


BATCHES = {"A": batch_a, "B": batch_b}


def main() -> None:
    write_probes(OUT, BATCHES, 20261207 + 15)

if __name__ == "__main__":
    main()
