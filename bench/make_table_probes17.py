"""Write the held-out table probes of ``tests/cases/table_probes17`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10 item 2), in two batches (batch B written after
batch A's fixes and scored before any fix of its own), in shapes table_probes3..16 do not hold:

* ``html_two_heads``: table 三 in HTML whose header is two rows, not three (``<th>`` cells: 项目 and
  自然人 and 总计 over both rows, 法人或其他组织 over the five organisations), counts with thousands
  separators (``1,234``), 2021 and 2019;
* ``docx_filled``: the official 2021 Word template filled with ``1，234`` (a full-width comma) and ``〇``
  zeros; a hand-made Word report whose table 三 has only 自然人 | 法人或其他组织 | 总计 (older drafts: the
  organisations as one subtotal) under merged cells;
* ``pdf_wrap``: table 三 (and the 2014–2018 统计表) as a PDF extractor gives it: a long row label wrapped
  over two lines, the row's values after the label's second piece or on a line of their own;
* ``zero_marks``: zeros printed ``0件`` beside bare counts (space rows), ``〇`` in HTML cells;
* ``org_column``: the five organisation columns of table 三 all empty (TAB rows and space rows) or all 0;
* ``stats_units``: the 2014–2018 统计表 with its unit column, 依申请公开 split 当面/传真/网络/信函, in a PDF
  extractor's lines (label wrapped, unit and value on the second line);
* ``appeals_flat``: table 四 with its 15 counts flattened onto one line (values only), after header lines
  or straight under its caption;
* ``total_first``: table 四 turned (a row per result, a column per kind of case) with its 总计 row first;
* ``procurement``: the 2019 table 二 with 政府集中采购 amounts carrying decimals (``187321.5``, ``7,321.50万元``);
* ``inconsistent``: planted identity errors that must be found.

Every probe but the ``inconsistent`` ones is consistent, so any error finding on them blames the report
for a misreading. Only cells the report prints are labelled.

    python bench/make_table_probes17.py   # rewrites tests/cases/table_probes17/

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
    APPEAL_COLS,
    COLS,
    active_grid,
    appeals_grid,
    fmt,
    full_rows,
    report_text,
    requests_grid,
    stats_grid,
)
from bench.make_table_probes7 import gov, html_page, old, word_tables  # noqa: E402
from bench.make_table_probes8 import shown, tables_text  # noqa: E402
from bench.make_table_probes11 import narrow_requests  # noqa: E402
from bench.make_table_probes14 import write_probes  # noqa: E402
from bench.make_table_probes15 import docx_report  # noqa: E402
from tests.report_writer import layout  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes17"

Grid = list[list[tuple[str, int, int]]]
ORGS = COLS[1:6]
CAPTIONS = {"active": "二、主动公开政府信息情况", "requests": "三、收到和处理政府信息公开申请情况",
            "appeals": "四、政府信息公开行政复议、行政诉讼情况"}


# ------------------------------------------------------------------ printing


def grouped(sep: str = ","):
    """Counts with a thousands separator (``1,234``; decimals keep their digits)."""
    def show(x: Any) -> str:
        if isinstance(x, Decimal):
            whole, _, frac = format(x, "f").partition(".")
            return f"{int(whole):,}".replace(",", sep) + (f".{frac}" if frac else "")
        return f"{x:,}".replace(",", sep)
    return show


def zero_as(word: str, rest=fmt):
    return lambda x: word if x == 0 else rest(x)


def tabs(grid: Grid) -> str:
    return "\n".join("\t".join(c.replace("\n", "") for c in row) for row in full_rows(grid))


def spaces(grid: Grid) -> str:
    return "\n".join(" ".join(c.replace("\n", "") for c in row if c) for row in full_rows(grid))


def txt(issuer: str, year: int, parts: list[tuple[str, str]]) -> str:
    return report_text(issuer, year, tables_text(parts))


def page(issuer: str, year: int, parts: list[tuple[str, str]]) -> str:
    out = []
    for key, html in parts:
        out += [f"<p>{CAPTIONS[key]}</p>", html]
    return html_page(issuer, year, out)


def th_html(grid: Grid, heads: int) -> str:
    """An HTML table, its first ``heads`` rows in ``<th>`` cells, spans as attributes, no ``<p>``."""
    lines = ['<table border="1" cellspacing="0" cellpadding="0" style="width:100%">', "<tbody>"]
    for i, row in enumerate(grid):
        tag = "th" if i < heads else "td"
        cells = []
        for text, rs, cs in row:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<{tag}{attrs}>{text.replace(chr(10), '<br/>')}</{tag}>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(lines + ["</tbody></table>"])


# ------------------------------------------------------------------ table 三 with two header rows


def requests_two_heads(template: str, p: dict) -> Grid:
    """Table 三 whose header is two rows: 项目 (3 columns), 自然人 and 总计 over both rows, 法人或其他组织
    over the five organisations on the second."""
    g = requests_grid(template, p)
    head: Grid = [[("项目", 2, 3), ("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
                  [("商业企业", 1, 1), ("科研机构", 1, 1), ("社会公益组织", 1, 1), ("法律服务机构", 1, 1), ("其他", 1, 1)]]
    return head + g[3:]


# ------------------------------------------------------------------ PDF-extracted lines


def label_rows(template: str, p: dict, cols: tuple[str, ...] = COLS) -> list[tuple[str, str, list[str]]]:
    """Table 三's rows as (a group's name when the row opens it, label as printed, the row's cells as
    printed) in template order; a merged group cell's text comes out on a line of its own first."""
    t = {x.key: x for x in layout(template)}["requests"]
    out = []
    seen: set[str] = set()
    for r in t.rows:
        if r.header:
            continue
        lead = ""
        if r.group and r.group not in seen:
            seen.add(r.group)
            if r.group != "三、本年度办理结果":
                lead = r.group
        if r.key == "granted":
            lead = "三、本年度办理结果"
        out.append((lead, r.label, [fmt(p[("requests", r.key, c)]) for c in cols]))
    return out


def wrapped(label: str, values: list[str], *, width: int, where: str) -> list[str]:
    """A label cut every ``width`` characters; the values after its last piece (``second``), after its first
    (``first``) or on a line of their own (``own``)."""
    pieces = [label[i:i + width] for i in range(0, len(label), width)]
    vals = " ".join(x for x in values if x)
    if where == "own":
        return pieces + [vals]
    if where == "first":
        return [f"{pieces[0]} {vals}"] + pieces[1:]
    return pieces[:-1] + [f"{pieces[-1]} {vals}"]


NARROW_NAMES = {"natural_person": "自然人", "org_subtotal": "法人或其他组织", "total": "总计"}
REQ_HEAD_LINES = ["申请人情况", "自然人", "法人或其他组织", "总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他"]


def pdf_requests(template: str, p: dict, *, width: int, where: str, cols: tuple[str, ...] = COLS) -> str:
    lines = list(REQ_HEAD_LINES) if cols == COLS else ["申请人情况", " ".join(NARROW_NAMES[c] for c in cols)]
    for lead, label, values in label_rows(template, p, cols):
        lines += [lead] if lead else []
        lines += wrapped(label, values, width=width, where=where)
    return "\n".join(lines)


def pdf_stats(p: dict, *, width: int, where: str) -> str:
    """The 统计表 out of a PDF: 统计指标 | 单位 | 统计数, long labels cut, unit and value after the cut."""
    lines = ["统计指标 单位 统计数"]
    for row in stats_grid(p)[1:]:
        label, unit, value = (c for c, _, _ in row)
        lines += wrapped(label, [unit, value], width=width, where=where)
    return "\n".join(lines)


APPEAL_HEAD_LINES = ["行政复议", "行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计", "未经复议直接起诉 复议后起诉",
                     "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计"]


def appeals_flat(p: dict, *, heads: bool, sep: str = " ") -> str:
    vals = sep.join(fmt(p[("appeals", r, c)]) for r in ("review", "suit_direct", "suit_after_review")
                    for c in APPEAL_COLS)
    return "\n".join((APPEAL_HEAD_LINES if heads else []) + [vals])


# ------------------------------------------------------------------ table 四 turned, 总计 first


def appeals_total_first(p: dict, *, heads: tuple[str, ...] = ("结果", "行政复议", "行政诉讼（未经复议直接起诉）",
                                                                 "行政诉讼（复议后起诉）"), total: str = "总计") -> Grid:
    heads = [(h, 1, 1) for h in heads]
    names = {"total": total, "upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结"}
    rows: Grid = [heads]
    for c in ("total", "upheld", "corrected", "other", "pending"):
        rows.append([(names[c], 1, 1)] + [(fmt(p[("appeals", r, c)]), 1, 1)
                                          for r in ("review", "suit_direct", "suit_after_review")])
    return rows


# ------------------------------------------------------------------ the organisation columns


def orgs_blank(v: dict) -> dict:
    """Every organisation cell of table 三 printed empty (a body with no organisation applicant: give it
    :func:`persons_only` values, so that 总计 is the persons' count)."""
    out = dict(v)
    for k in list(out):
        if k[0] == "requests" and k[2] in ORGS:
            out[k] = ""
    return out


def persons_only(v: dict) -> dict:
    """Table 三 of a body only natural persons applied to: the organisations 0, 总计 the persons'."""
    out = dict(v)
    for k in list(out):
        if k[0] == "requests" and k[2] in ORGS:
            out[k] = 0
    for k in list(out):
        if k[0] == "requests" and k[2] == "total":
            out[k] = out[("requests", k[1], "natural_person")]
    return out


def narrow_grid(template: str, v: dict) -> Grid:
    """Table 三 with one 法人或其他组织 column (its org_subtotal set in ``v``), header in two rows."""
    g = narrow_requests(template, v, cols=("natural_person", "org_subtotal", "total"))
    return [[("项目", 2, 3), ("申请人情况", 1, 3)], [("自然人", 1, 1), ("法人或其他组织", 1, 1), ("总计", 1, 1)]] + g[1:]


def printed_grid(grid: Grid, show) -> Grid:
    """``grid`` with every whole-number cell printed by ``show``."""
    return [[(show(int(t)) if t.isdigit() else t, rs, cs) for t, rs, cs in row] for row in grid]


def keep_narrow(k: tuple) -> bool:
    return k[0] != "requests" or k[2] in ("natural_person", "org_subtotal", "total")


def only(v: dict, keep) -> dict:
    return {k: x for k, x in v.items() if keep(k)}


# ------------------------------------------------------------------ 2019 table 二 with units


def active_2019_spaces(p: dict, unit: str = "万元") -> str:
    """The 2019 table 二 in space rows, the procurement amount followed by its unit."""
    lines = spaces(active_grid("gov2019", p)).split("\n")
    return "\n".join(x + unit if x.startswith("政府集中采购") else x for x in lines)


# ------------------------------------------------------------------ batches


def batch_a(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- HTML, two header rows, 1,234
    v = gov("gov2021", rng, fees=Decimal("0"), factor=60)
    p = shown(v, grouped(","))
    add("two-heads-th-2022", "html_two_heads", "html",
        page("内蒙古自治区包头市昆都仑区人民政府", 2022,
             [("active", th_html(active_grid("gov2021", p), 0)), ("requests", th_html(requests_two_heads("gov2021", p), 2)),
              ("appeals", th_html(appeals_grid(p), 3))]), v)

    v = gov("gov2019", rng, procurement=(18, Decimal("7321.5")), factor=40)
    p = shown(v, grouped(","))
    add("two-heads-th-2019", "html_two_heads", "html",
        page("辽宁省鞍山市铁东区人民政府", 2019,
             [("active", th_html(active_grid("gov2019", p), 0)), ("requests", th_html(requests_two_heads("gov2019", p), 2)),
              ("appeals", th_html(appeals_grid(p), 3))]), v)

    # ---------------------------------------------------------------- the Word template, 1，234 and 〇
    v = gov("gov2021", rng, fees=Decimal("0"), factor=45)
    p = shown(v, zero_as("〇", grouped("，")))
    add("template-fullcomma-2023", "docx_filled", "docx", docx_report(p, "江西省九江市浔阳区人民政府", 2023), v)

    # ---------------------------------------------------------------- hand-made Word, 法人或其他组织 only
    v = gov("gov2019", rng, procurement=(3, Decimal("46.8")))
    g = [(CAPTIONS["active"], active_grid("gov2019", v)), (CAPTIONS["requests"], narrow_grid("gov2019", v)),
         (CAPTIONS["appeals"], appeals_grid(v))]
    add("handmade-subtotal-2019", "docx_filled", "docx",
        word_tables("山西省晋中市榆次区人民政府", 2019, g, how="merged"), only(v, keep_narrow))

    # ---------------------------------------------------------------- PDF: labels wrapped
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("pdf-wrap-second-2022", "pdf_wrap", "txt",
        txt("湖北省襄阳市樊城区人民政府", 2022,
            [("active", spaces(active_grid("gov2021", v))), ("requests", pdf_requests("gov2021", v, width=14, where="second")),
             ("appeals", spaces(appeals_grid(v)))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    add("pdf-wrap-own-2023", "pdf_wrap", "txt",
        txt("广东省佛山市南海区人民政府", 2023,
            [("active", spaces(active_grid("gov2021", v))), ("requests", pdf_requests("gov2021", v, width=12, where="own")),
             ("appeals", spaces(appeals_grid(v)))]), v)

    v = gov("gov2019", rng, procurement=(5, Decimal("320.45")), factor=2)
    add("pdf-wrap-own-2019", "pdf_wrap", "txt",
        txt("重庆市九龙坡区人民政府", 2020,
            [("active", spaces(active_grid("gov2019", v))), ("requests", pdf_requests("gov2019", v, width=13, where="own")),
             ("appeals", spaces(appeals_grid(v)))]), v)

    # ---------------------------------------------------------------- zeros 0件 / 〇
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    p = shown(v, zero_as("0件"), tables=("requests", "appeals"))
    add("zero-jian-spaces-2022", "zero_marks", "txt",
        txt("海南省三亚市吉阳区人民政府", 2022, [("active", spaces(active_grid("gov2021", v))),
                                         ("requests", spaces(requests_grid("gov2021", p))),
                                         ("appeals", spaces(appeals_grid(p)))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    p = shown(v, zero_as("〇"))
    add("zero-circle-html-2024", "zero_marks", "html",
        page("宁夏回族自治区石嘴山市大武口区人民政府", 2024,
             [("active", th_html(active_grid("gov2021", p), 0)), ("requests", th_html(requests_grid("gov2021", p), 3)),
              ("appeals", th_html(appeals_grid(p), 3))]), v)

    # ---------------------------------------------------------------- organisation columns empty / 0
    v = orgs_blank(persons_only(gov("gov2021", rng, fees=Decimal("0"), factor=1)))
    add("orgs-blank-tabs-2023", "org_column", "txt",
        txt("青海省海东市乐都区人民政府", 2023, [(k, tabs(g)) for k, g in
                                      (("active", active_grid("gov2021", v)), ("requests", requests_grid("gov2021", v)),
                                       ("appeals", appeals_grid(v)))]), v)

    v = persons_only(gov("gov2021", rng, fees=Decimal("0"), factor=1))
    add("orgs-zero-spaces-2022", "org_column", "txt",
        txt("西藏自治区林芝市巴宜区人民政府", 2022, [(k, spaces(g)) for k, g in
                                        (("active", active_grid("gov2021", v)), ("requests", requests_grid("gov2021", v)),
                                         ("appeals", appeals_grid(v)))]), v)

    # ---------------------------------------------------------------- the 统计表 out of a PDF
    v = old(rng, fees=Decimal("0"), budget=Decimal("8.5"))
    add("stats-pdf-wrap-2016", "stats_units", "txt",
        report_text("江苏省商务厅", 2016, ["附表：政府信息公开情况统计表", pdf_stats(v, width=16, where="second")]), v)

    # ---------------------------------------------------------------- table 四 flattened
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    add("appeals-flat-heads-2022", "appeals_flat", "txt",
        txt("安徽省芜湖市镜湖区人民政府", 2022, [("active", tabs(active_grid("gov2021", v))),
                                         ("requests", tabs(requests_grid("gov2021", v))),
                                         ("appeals", appeals_flat(v, heads=True))]), v)

    # ---------------------------------------------------------------- table 四 turned, 总计 first
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("appeals-total-first-tabs-2023", "total_first", "txt",
        txt("山东省烟台市芝罘区人民政府", 2023, [("active", tabs(active_grid("gov2021", v))),
                                         ("requests", tabs(requests_grid("gov2021", v))),
                                         ("appeals", tabs(appeals_total_first(v)))]), v)

    # ---------------------------------------------------------------- 2019 procurement decimals
    v = gov("gov2019", rng, procurement=(18, Decimal("187321.5")), factor=1)
    add("procurement-unit-2019", "procurement", "txt",
        txt("浙江省温州市鹿城区人民政府", 2020, [("active", active_2019_spaces(v)),
                                         ("requests", spaces(requests_grid("gov2019", v))),
                                         ("appeals", spaces(appeals_grid(v)))]), v)

    # ---------------------------------------------------------------- planted errors
    v = gov("gov2021", rng, fees=Decimal("0"), factor=50)
    v[("requests", "granted", "natural_person")] += 10  # the row's 总计 and the column's （七）总计 no longer sums
    p = shown(v, grouped(","))
    add("bad-two-heads-2022", "inconsistent", "html",
        page("河南省洛阳市涧西区人民政府", 2022,
             [("active", th_html(active_grid("gov2021", p), 0)), ("requests", th_html(requests_two_heads("gov2021", p), 2)),
              ("appeals", th_html(appeals_grid(p), 3))]), v, errors=("T3-B", "T3-C"))


def batch_b(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- organisation columns empty in space rows
    v = orgs_blank(persons_only(gov("gov2021", rng, fees=Decimal("0"), factor=2)))
    add("orgs-blank-spaces-2022", "org_column", "txt",
        txt("吉林省四平市铁西区人民政府", 2022, [(k, spaces(g)) for k, g in
                                      (("active", active_grid("gov2021", v)), ("requests", requests_grid("gov2021", v)),
                                       ("appeals", appeals_grid(v)))]), v)

    # ---------------------------------------------------------------- the Word template, organisations blank
    v = orgs_blank(persons_only(gov("gov2021", rng, fees=Decimal("0"), factor=3)))
    add("template-orgs-blank-2024", "docx_filled", "docx", docx_report(v, "福建省莆田市荔城区人民政府", 2024), v)

    # ---------------------------------------------------------------- hand-made Word 2021, 法人或其他组织 only, 1,234
    v = gov("gov2021", rng, fees=Decimal("0"), factor=70)
    gp = [(CAPTIONS["active"], printed_grid(active_grid("gov2021", v), grouped(","))),
          (CAPTIONS["requests"], printed_grid(narrow_grid("gov2021", v), grouped(","))),
          (CAPTIONS["appeals"], printed_grid(appeals_grid(v), grouped(",")))]
    add("handmade-subtotal-2021", "docx_filled", "docx",
        word_tables("广西壮族自治区桂林市七星区人民政府", 2022, gp, how="merged"), only(v, keep_narrow))

    # ---------------------------------------------------------------- HTML, the subtotal column under two header rows
    v = gov("gov2019", rng, procurement=(7, Decimal("1250.75")), factor=1)
    narrow = narrow_grid("gov2019", v)
    add("two-heads-subtotal-html-2020", "html_two_heads", "html",
        page("黑龙江省齐齐哈尔市龙沙区人民政府", 2020,
             [("active", th_html(active_grid("gov2019", v), 0)), ("requests", th_html(narrow, 2)),
              ("appeals", th_html(appeals_grid(v), 3))]), only(v, keep_narrow))

    # ---------------------------------------------------------------- PDF wraps: 2019 values after the cut with 1,234; narrow
    v = gov("gov2019", rng, procurement=(2, Decimal("96.3")), factor=35)
    p = shown(v, grouped(","), tables=("requests", "appeals"))
    add("pdf-wrap-second-2019", "pdf_wrap", "txt",
        txt("河北省保定市竞秀区人民政府", 2019,
            [("active", spaces(active_grid("gov2019", v))), ("requests", pdf_requests("gov2019", p, width=10, where="second")),
             ("appeals", spaces(appeals_grid(p)))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    narrow_requests("gov2021", v, cols=("natural_person", "org_subtotal", "total"))  # sets org_subtotal
    add("pdf-narrow-own-2024", "pdf_wrap", "txt",
        txt("陕西省宝鸡市渭滨区人民政府", 2024,
            [("active", spaces(active_grid("gov2021", v))),
             ("requests", pdf_requests("gov2021", v, width=11, where="own", cols=("natural_person", "org_subtotal", "total"))),
             ("appeals", spaces(appeals_grid(v)))]), only(v, keep_narrow))

    # ---------------------------------------------------------------- the 统计表 out of a PDF, unit and value on their own line
    v = old(rng, fees=Decimal("0"), budget=Decimal("3.2"))
    add("stats-pdf-own-2015", "stats_units", "txt",
        report_text("湖南省卫生和计划生育委员会", 2015, ["附表：政府信息公开情况统计表", pdf_stats(v, width=15, where="own")]), v)

    # ---------------------------------------------------------------- table 四: values only on one line; turned in HTML and 2019
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    add("appeals-flat-values-2023", "appeals_flat", "txt",
        txt("四川省绵阳市涪城区人民政府", 2023, [("active", tabs(active_grid("gov2021", v))),
                                         ("requests", tabs(requests_grid("gov2021", v))),
                                         ("appeals", appeals_flat(v, heads=False, sep="\t"))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("appeals-total-first-html-2022", "total_first", "html",
        page("江苏省徐州市云龙区人民政府", 2022,
             [("active", th_html(active_grid("gov2021", v), 0)), ("requests", th_html(requests_grid("gov2021", v), 3)),
              ("appeals", th_html(appeals_total_first(v), 1))]), v)

    v = gov("gov2019", rng, procurement=(0, Decimal("0")), factor=1)
    add("appeals-total-first-spaces-2019", "total_first", "txt",
        txt("贵州省六盘水市钟山区人民政府", 2020, [("active", spaces(active_grid("gov2019", v))),
                                          ("requests", spaces(requests_grid("gov2019", v))),
                                          ("appeals", spaces(appeals_total_first(v)))]), v)

    # ---------------------------------------------------------------- 2019 procurement decimals in HTML, 0件 zeros
    v = gov("gov2019", rng, procurement=(26, Decimal("187321.50")), factor=1)
    p = shown(v, grouped(","), tables=("active",))
    p = shown(p, zero_as("0件"), tables=("requests",))
    add("procurement-html-2019", "procurement", "html",
        page("山东省潍坊市奎文区人民政府", 2019,
             [("active", th_html(active_grid("gov2019", p), 0)), ("requests", th_html(requests_grid("gov2019", p), 3)),
              ("appeals", th_html(appeals_grid(p), 3))]), v)

    # ---------------------------------------------------------------- 〇 zeros and 1，234 in space rows
    v = gov("gov2021", rng, fees=Decimal("0"), factor=55)
    p = shown(v, zero_as("〇", grouped("，")), tables=("requests", "appeals"))
    add("zero-circle-spaces-2023", "zero_marks", "txt",
        txt("云南省曲靖市麒麟区人民政府", 2023, [("active", spaces(active_grid("gov2021", v))),
                                         ("requests", spaces(requests_grid("gov2021", p))),
                                         ("appeals", spaces(appeals_grid(p)))]), v)

    # ---------------------------------------------------------------- planted: table 四 flattened, a group's 总计 off
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("appeals", "suit_direct", "total")] += 3  # 总计 no longer its four results' sum
    add("bad-appeals-flat-2022", "inconsistent", "txt",
        txt("浙江省绍兴市越城区人民政府", 2022, [("active", tabs(active_grid("gov2021", v))),
                                         ("requests", tabs(requests_grid("gov2021", v))),
                                         ("appeals", appeals_flat(v, heads=True))]), v, errors=("T4-A",))


def batch_c(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- PDF: the values after the label's first piece
    v = gov("gov2021", rng, fees=Decimal("0"), factor=30)
    p = shown(v, grouped(","), tables=("requests", "appeals"))
    add("pdf-wrap-first-2022", "pdf_wrap", "txt",
        txt("辽宁省锦州市古塔区人民政府", 2022,
            [("active", spaces(active_grid("gov2021", v))), ("requests", pdf_requests("gov2021", p, width=12, where="first")),
             ("appeals", spaces(appeals_grid(p)))]), v)

    # ---------------------------------------------------------------- table 四 values only, space-separated, 〇 zeros
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    p = shown(v, zero_as("〇"), tables=("appeals",))
    add("appeals-flat-circle-2021", "appeals_flat", "txt",
        txt("内蒙古自治区赤峰市红山区人民政府", 2021, [("active", tabs(active_grid("gov2021", v))),
                                           ("requests", tabs(requests_grid("gov2021", v))),
                                           ("appeals", appeals_flat(p, heads=False))]), v)

    # ---------------------------------------------------------------- table 四 turned: 类别 heads, 合计 first
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("appeals-turned-heji-2023", "total_first", "txt",
        txt("湖北省荆州市沙市区人民政府", 2023, [("active", tabs(active_grid("gov2021", v))),
                                         ("requests", tabs(requests_grid("gov2021", v))),
                                         ("appeals", tabs(appeals_total_first(
                                             v, heads=("类别", "行政复议", "未经复议直接起诉", "复议后起诉"), total="合计")))]), v)

    # ---------------------------------------------------------------- Word: merged cells repeated, two header rows, 0件
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    p = shown(v, zero_as("0件"), tables=("requests",))
    g = [(CAPTIONS["active"], active_grid("gov2021", v)), (CAPTIONS["requests"], requests_two_heads("gov2021", p)),
         (CAPTIONS["appeals"], appeals_grid(v))]
    add("handmade-repeated-2022", "docx_filled", "docx", word_tables("新疆维吾尔自治区克拉玛依市克拉玛依区人民政府", 2022, g,
                                                                   how="repeated"), v)

    # ---------------------------------------------------------------- the 统计表 with unit and value after the first piece
    v = old(rng, fees=Decimal("0"), budget=Decimal("11"))
    add("stats-pdf-first-2017", "stats_units", "txt",
        report_text("广东省生态环境厅", 2017, ["附表：政府信息公开情况统计表", pdf_stats(v, width=14, where="first")]), v)

    # ---------------------------------------------------------------- planted: T3-A in a PDF wrap
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    for c in ("natural_person", "total"):
        v[("requests", "carried_forward", c)] += 2  # 新收 + 上年结转 ≠ 办理总计 + 结转下年度
    add("bad-pdf-wrap-2023", "inconsistent", "txt",
        txt("江西省上饶市信州区人民政府", 2023,
            [("active", spaces(active_grid("gov2021", v))), ("requests", pdf_requests("gov2021", v, width=12, where="own")),
             ("appeals", spaces(appeals_grid(v)))]), v, errors=("T3-A",))


BATCHES = {"A": batch_a, "B": batch_b, "C": batch_c}


def main() -> None:
    write_probes(OUT, BATCHES, 20261208 + 17)


if __name__ == "__main__":
    main()
