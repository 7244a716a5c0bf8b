"""Write the held-out table probes of ``tests/cases/table_probes12`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10 item 2), in shapes the sets
table_probes3..11 do not hold, in batches (each scored before the fixes it led to):

Batch A

* ``sum_heads``: table 三's and table 四's 总计 columns headed ``合计`` (or ``小计``/``合计`` mixed), as
  many provinces' templates print them, in TAB rows, HTML and Word;
* ``org_heads``: the five organisation columns under other names (企业, 科研院所, 社会组织, 律师事务所,
  其他组织) in TAB rows and a Word table with merged header cells;
* ``active_inline``: table 二 printed as one labelled line per row (``规章：本年制发0件，本年废止0件，
  现行有效12件``; 2019: ``行政许可：上一年项目数量45项，本年增/减-3，处理决定数量1203件``,
  ``政府集中采购：采购项目数量12个，采购总金额187321.5万元``);
* ``active_columns``: table 二 with its value columns in another order, the header saying which
  (现行有效件数 first; 2019: 本年增/减 before 上一年项目数量);
* ``cr_pages``: one cell a CR run (an empty cell an empty run) with table 三 cut by a form feed and a
  folio, its header repeated; the 2019 table in CRLF runs with negative 本年增/减 and ``187321.5``;
* ``column_major_2014``: the 2014 statistics table as a PDF extractor reads it by columns (every label,
  then every unit, then every count; or the labels, then a line of counts);
* ``free_turned``: 2008–2018 free tables turned (a header row of labels such as 申请总数, 当面申请,
  已答复, 同意公开, then one row of counts) in TAB rows and HTML;
* ``free_pairs``: 2008–2018 free tables with two label/count pairs a row (项目|数量|项目|数量);
* ``township_runs``: a township's tiny 2021 table 三 as run-together rows (zeros of a row holding a
  count printed as nothing, 总计 filled: ``（一）予以公开22``) with table 二's rows of 不涉及/无此项;
* ``inconsistent``: planted identity errors (a row's 总计, a 结转 column identity, a table 四 合计,
  a 2014 收到申请数) in the shapes above, which must be found as errors.

Batch B (written after batch A's fixes, scored before any fix of its own: do they generalise?)

* ``active_columns``: table 二's columns reordered one cell a line and in a Word table;
* ``active_inline``: table 二 as sentences without colons (``规章本年制发3件、本年废止0件、…``) and with
  a colon after each column's words (``上一年项目数量：45项；本年增/减：-3项；…``);
* ``column_major_2014``: the 2014 table read by columns with a folio (``— 2 —``) inside its labels;
  the 2014 table in CR runs;
* ``free_turned``: turned free tables with a row of units between the names and the counts, and
  in a Word table; ``free_pairs``: three label/count pairs a row;
* ``heads_mixed``: table 三 in a Word table with 合计 first and the organisations renamed; in HTML
  with ``<th>`` heads and no 申请人情况 row; in space-separated rows under a one-line head
  (项目 自然人 企业 … 合计);
* ``thousands_decimals``: large bodies' counts with ``,`` and amounts such as ``1,873.21`` and
  ``187,321.5`` (TAB and HTML);
* ``inconsistent``: a table 四 合计 in Word, a （七）总计 column sum under reordered heads, a
  收到申请数 of a turned free table, a 上年结转 breaking T3-A in CRLF runs.

Batch C (written after batch B's fixes, scored before any fix of its own)

* a turned free table printing every channel (当面, 传真, 网上, 信函) with a planted 收到申请数 (P-1);
  a turned free table with a units row in HTML; 2019 table 二 as sentences whose short labels are
  glued to their words; the 2014 table's counts as ``unit count`` lines with a folio (``— 3 —``)
  between them; table 二 reordered in CR runs (2019, signed 本年增/减); a township's Word report with
  不涉及, 合计 and renamed organisations.

From ministries, provincial departments, vertical bodies, counties, districts, towns and
sub-districts of many provinces, 2010–2025. Every probe but the ``inconsistent`` ones is
consistent (every identity of FORMAT.md §3 holds), so any error finding on them blames the report
for our misreading.

    python bench/make_table_probes12.py   # rewrites tests/cases/table_probes12/

``expected.json``: ``{probe: {"batch": "A", "cells": {"table|row|col": [value, status]},
"expected_errors": [check ids], "file": name, "shape": ...}}``.
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
    active_grid,
    appeals_grid,
    cells_once,
    fmt,
    glue_blanks,
    report_text,
    requests_grid,
    small_requests,
    stats_grid,
    status,
)
from bench.make_table_probes7 import gov, html_page, old, word_tables  # noqa: E402
from bench.make_table_probes8 import relabel, shown, tab_rows, tables_text, thousands  # noqa: E402
from bench.make_table_probes9 import free_report, free_values  # noqa: E402
from bench.make_table_probes10 import column_major, plain_html, reordered_requests  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes12"

Grid = list[list[tuple[str, int, int]]]


def grids(template: str, v: dict, **kw: Any) -> list[tuple[str, Grid]]:
    return [("active", active_grid(template, v)), ("requests", requests_grid(template, v, **kw)),
            ("appeals", appeals_grid(v))]


def cells_of(v: dict, keep=lambda k: True) -> dict[str, list]:
    return {"|".join(k): list(status(x)) for k, x in sorted(v.items()) if keep(k)}


# ------------------------------------------------------------------ 合计 heads, other organisation names

SUM_HEADS = {"总计": "合计"}
ORG_HEADS = {"商业企业": "企业", "科研机构": "科研院所", "社会公益组织": "社会组织", "法律服务机构": "律师事务所",
             "其他": "其他组织"}


def appeals_sum_heads(v: dict, word: str = "合计") -> Grid:
    return relabel(appeals_grid(v), {"总计": word})


# ------------------------------------------------------------------ table 二 as labelled lines

LABELS_2021 = {"rules": "规章", "normative_docs": "行政规范性文件", "licensing": "行政许可", "penalty": "行政处罚",
               "enforcement": "行政强制", "fees": "行政事业性收费"}
LABELS_2019 = {"rules": "规章", "normative_docs": "规范性文件", "licensing": "行政许可",
               "other_services": "其他对外管理服务事项", "penalty": "行政处罚", "enforcement": "行政强制",
               "fees": "行政事业性收费", "procurement": "政府集中采购"}


def inline_active(template: str, v: dict) -> str:
    a = {(k[1], k[2]): fmt(x) for k, x in v.items() if k[0] == "active"}
    out = []
    if template == "gov2021":
        for r in ("rules", "normative_docs"):
            out.append(f"{LABELS_2021[r]}：本年制发{a[r, 'issued']}件，本年废止{a[r, 'repealed']}件，"
                       f"现行有效{a[r, 'in_force']}件")
        for r in ("licensing", "penalty", "enforcement"):
            out.append(f"{LABELS_2021[r]}：本年处理决定数量{a[r, 'decisions']}件")
        out.append(f"行政事业性收费：本年收费金额{a['fees', 'amount']}万元")
        return "\n".join(out)
    for r in ("rules", "normative_docs"):
        out.append(f"{LABELS_2019[r]}：本年新制作数量{a[r, 'made']}件，本年新公开数量{a[r, 'published']}件，"
                   f"对外公开总数量{a[r, 'total_published']}件")
    for r in ("licensing", "other_services", "penalty", "enforcement"):
        out.append(f"{LABELS_2019[r]}：上一年项目数量{a[r, 'prev_items']}项，本年增/减{a[r, 'change']}，"
                   f"处理决定数量{a[r, 'decisions']}件")
    out.append(f"行政事业性收费：上一年项目数量{a['fees', 'prev_items']}项，本年增/减{a['fees', 'change']}")
    out.append(f"政府集中采购：采购项目数量{a['procurement', 'items']}个，采购总金额{a['procurement', 'amount']}万元")
    return "\n".join(out)


def signed_changes(v: dict, rng: random.Random) -> None:
    """The 2019 table 二's 本年增/减 made signed (some negative, some 0, some positive)."""
    for r in ("licensing", "other_services", "penalty", "enforcement", "fees"):
        prev = v[("active", r, "prev_items")]
        v[("active", r, "change")] = rng.choice([-3, -1, 0, 2, 5, -12]) if prev > 12 else rng.choice([0, 1])


# ------------------------------------------------------------------ table 二 with its columns reordered


def permuted_active(grid: Grid, perm: tuple[int, ...]) -> Grid:
    """Rows of four single cells (label and three values, or 信息内容 and three heads) with their value
    cells in the order ``perm`` (indices into the three)."""
    out = []
    for row in grid:
        if len(row) == 4 and all(rs == 1 and cs == 1 for _, rs, cs in row):
            row = [row[0]] + [row[1 + i] for i in perm]
        out.append(row)
    return out


# ------------------------------------------------------------------ CR runs with a page break


def cr_runs(grid: Grid, *, sep: str = "\r", cut_rows: int | None = None, folio: str = "") -> str:
    """Every cell once (merged cells once) followed by ``sep``, an empty cell an empty run; with
    ``cut_rows`` a form feed and ``folio`` before that row (a page break)."""
    if cut_rows is None:
        return "".join(c.replace("\n", "") + sep for c in cells_once(grid))
    head = "".join(c.replace("\n", "") + sep for c in cells_once(grid[:cut_rows]))
    tail = "".join(c.replace("\n", "") + sep for c in cells_once(grid[cut_rows:]))
    return head + "\f" + folio + sep + tail


def repeat_index(grid: Grid) -> int:
    """The row where the header rows start again (``requests_grid(repeat_at=…)``)."""
    first = grid[0][0][0]
    return next(i for i, row in enumerate(grid) if i > 0 and row and row[0][0] == first)


def stats_label_column(v: dict) -> str:
    """The 2014 table (label, unit, count) as an extractor reading by columns prints it: every label,
    then the value columns' heads, then a line ``unit count`` per row (``— —`` for a group row)."""
    rows = [[t for t, _, _ in row] for row in stats_grid(v)]
    return "\n".join([r[0].replace("\n", "") for r in rows] + [" ".join(rows[0][1:])]
                     + [" ".join(r[1:]) for r in rows[1:]])


# ------------------------------------------------------------------ 2008–2018 free tables

FREE_LABELS = {
    "active_items": "主动公开政府信息", "active_normative": "其中：规范性文件", "requests_received": "申请总数",
    "requests_in_person": "当面申请", "requests_online": "网上申请", "requests_mail": "信函申请",
    "requests_fax": "传真申请", "replies": "已答复", "replies_granted": "同意公开", "replies_partial": "同意部分公开",
    "replies_denied": "不予公开", "replies_not_this_body": "不属于本机关公开范围", "replies_not_exist": "信息不存在",
    "reviews": "行政复议", "suits": "行政诉讼", "complaints": "举报投诉", "fees": "收取费用（万元）",
}


def free_turned(v: dict, keys: list[str], *, received: str = "申请总数") -> Grid:
    names = dict(FREE_LABELS, requests_received=received)
    return [[(names[k], 1, 1) for k in keys], [(fmt(v[("stats", k, "value")]), 1, 1) for k in keys]]


def free_pairs(v: dict, keys: list[str]) -> Grid:
    rows: Grid = [[("项目", 1, 1), ("数量", 1, 1), ("项目", 1, 1), ("数量", 1, 1)]]
    cells = [(FREE_LABELS[k], fmt(v[("stats", k, "value")])) for k in keys]
    if len(cells) % 2:
        cells.append(("", ""))
    for (a, x), (b, y) in zip(cells[::2], cells[1::2], strict=True):
        rows.append([(a, 1, 1), (x, 1, 1), (b, 1, 1), (y, 1, 1)])
    return rows


# ------------------------------------------------------------------ run-together rows


def run_rows(grid: Grid) -> str:
    """A line per grid row, its cells glued (merged cells once)."""
    return "\n".join("".join(t.replace("\n", "") for t, _, _ in row) for row in grid)


# ------------------------------------------------------------------ the set


def batch_a(add, rng: random.Random) -> None:
    def txt(issuer: str, year: int, parts: list[tuple[str, str]], **kw: Any) -> str:
        return report_text(issuer, year, tables_text(parts, **kw))

    # ---------------------------------------------------------------- 合计 heads
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    parts = [("active", tab_rows(active_grid("gov2021", v))),
             ("requests", tab_rows(relabel(requests_grid("gov2021", v), SUM_HEADS))),
             ("appeals", tab_rows(appeals_sum_heads(v)))]
    add("sumheads-tabs-2022", "sum_heads", "txt", txt("江西省赣州市章贡区人民政府", 2022, parts), v)
    v = gov("gov2021", rng, fees=Decimal("2.35"), factor=5)
    parts = [("active", plain_html(active_grid("gov2021", v))),
             ("requests", plain_html(relabel(requests_grid("gov2021", v), SUM_HEADS))),
             ("appeals", plain_html(appeals_sum_heads(v, "小计")))]
    add("sumheads-html-2023", "sum_heads", "html", html_page("安徽省市场监督管理局", 2023, tables_text(parts)), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    gs = [("active", active_grid("gov2021", v)), ("requests", relabel(requests_grid("gov2021", v), SUM_HEADS)),
          ("appeals", appeals_sum_heads(v))]
    add("sumheads-docx-2024", "sum_heads", "docx", word_tables("湖南省株洲市荷塘区人民政府", 2024, gs, how="merged"), v)

    # ---------------------------------------------------------------- other organisation names
    v = gov("gov2021", rng, fees=Decimal("0"), factor=4)
    parts = [("active", tab_rows(active_grid("gov2021", v))),
             ("requests", tab_rows(relabel(requests_grid("gov2021", v), ORG_HEADS))),
             ("appeals", tab_rows(appeals_grid(v)))]
    add("orgheads-tabs-2022", "org_heads", "txt", txt("广东省佛山市南海区人民政府", 2022, parts), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=7)
    gs = [("active", active_grid("gov2021", v)), ("requests", relabel(requests_grid("gov2021", v), ORG_HEADS)),
          ("appeals", appeals_grid(v))]
    add("orgheads-docx-2023", "org_heads", "docx", word_tables("中华人民共和国生态环境部", 2023, gs, how="merged"), v)

    # ---------------------------------------------------------------- table 二 as labelled lines
    v = gov("gov2021", rng, fees=Decimal("187321.5"), factor=6)
    parts = [("active", inline_active("gov2021", v)), ("requests", tab_rows(requests_grid("gov2021", v))),
             ("appeals", tab_rows(appeals_grid(v)))]
    add("inline-active-2022", "active_inline", "txt", txt("国家税务总局浙江省税务局", 2022, parts), v)
    v = gov("gov2019", rng, procurement=(12, Decimal("187321.5")), factor=2)
    signed_changes(v, rng)
    parts = [("active", inline_active("gov2019", v)), ("requests", tab_rows(requests_grid("gov2019", v))),
             ("appeals", tab_rows(appeals_grid(v)))]
    add("inline-active-2019", "active_inline", "txt", txt("四川省交通运输厅", 2019, parts), v)

    # ---------------------------------------------------------------- table 二 columns reordered
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    parts = [("active", tab_rows(permuted_active(active_grid("gov2021", v), (2, 0, 1)))),
             ("requests", tab_rows(requests_grid("gov2021", v))), ("appeals", tab_rows(appeals_grid(v)))]
    add("active-cols-tabs-2023", "active_columns", "txt", txt("山东省青岛市市南区人民政府", 2023, parts), v)
    v = gov("gov2019", rng, procurement=(3, Decimal("46.8")))
    signed_changes(v, rng)
    parts = [("active", plain_html(permuted_active(active_grid("gov2019", v), (1, 0, 2)))),
             ("requests", plain_html(requests_grid("gov2019", v))), ("appeals", plain_html(appeals_grid(v)))]
    add("active-cols-html-2020", "active_columns", "html", html_page("河北省邯郸市丛台区人民政府", 2020,
        tables_text(parts)), v)

    # ---------------------------------------------------------------- CR runs, page break
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    rg = requests_grid("gov2021", v, repeat_at="unable_not_held")
    cut = repeat_index(rg)
    parts = [("active", cr_runs(active_grid("gov2021", v))),
             ("requests", cr_runs(rg, cut_rows=cut, folio="- 3 -")), ("appeals", cr_runs(appeals_grid(v)))]
    add("cr-pagebreak-2022", "cr_pages", "txt", txt("浙江省杭州市余杭区良渚街道办事处", 2022, parts, sep="\r"), v)
    v = gov("gov2019", rng, procurement=(31, Decimal("187321.5")), factor=4)
    signed_changes(v, rng)
    rg = requests_grid("gov2019", v, repeat_at="rejected_complaint")
    cut = repeat_index(rg)
    parts = [("active", cr_runs(active_grid("gov2019", v), sep="\r\n")),
             ("requests", cr_runs(rg, sep="\r\n", cut_rows=cut, folio="第 4 页 共 7 页")),
             ("appeals", cr_runs(appeals_grid(v), sep="\r\n"))]
    add("crlf-pagebreak-2019", "cr_pages", "txt", report_text("福建省福州市人民政府", 2019,
        tables_text(parts, sep="\r\n"), brk="\r\n"), v)

    # ---------------------------------------------------------------- 2014 table by columns
    v = old(rng, fees=Decimal("0"), budget=Decimal("4.5"))
    add("stats-columns-2015", "column_major_2014", "txt", report_text("吉林省长春市朝阳区人民政府", 2015, [
        "附表：政府信息公开情况统计表", column_major(stats_grid(v), labels=1, how="cols")]), v)
    v = old(rng, fees=Decimal("0.12"), budget=Decimal("20"))
    add("stats-columns-rows-2017", "column_major_2014", "txt", report_text("江苏省无锡市梁溪区人民政府", 2017, [
        "附件：政府信息公开情况统计表", column_major(stats_grid(v, unit_col=False), labels=1, how="rows")]), v)

    # ---------------------------------------------------------------- free tables turned
    keys = ["requests_received", "requests_in_person", "requests_online", "requests_mail", "replies",
            "replies_granted", "replies_partial", "replies_denied", "replies_not_this_body", "replies_not_exist"]
    v = free_values(rng, keys, factor=3)
    add("free-turned-tabs-2012", "free_turned", "txt", free_report("黑龙江省哈尔滨市道里区人民政府", 2012,
        "表1：依申请公开情况", tab_rows(free_turned(v, keys))), v)
    keys = ["active_items", "active_normative", "requests_received", "requests_in_person", "requests_online",
            "replies", "replies_granted", "replies_partial", "replies_denied", "reviews", "suits"]
    v = free_values(rng, keys, factor=2)
    add("free-turned-html-2010", "free_turned", "html", free_report("甘肃省天水市秦州区人民政府", 2010,
        "2010年政府信息公开情况统计", plain_html(free_turned(v, keys, received="受理申请总数")), html=True), v)

    # ---------------------------------------------------------------- free tables with two pairs a row
    keys = ["active_items", "active_normative", "requests_received", "requests_in_person", "requests_online",
            "requests_mail", "replies", "replies_granted", "replies_partial", "replies_denied", "reviews", "suits",
            "complaints"]
    v = free_values(rng, keys)
    add("free-pairs-tabs-2013", "free_pairs", "txt", free_report("山西省大同市平城区人民政府", 2013,
        "政府信息公开情况统计表", tab_rows(free_pairs(v, keys))), v)
    keys = ["active_items", "requests_received", "requests_in_person", "requests_online", "replies",
            "replies_granted", "replies_partial", "replies_not_exist", "reviews", "suits", "fees"]
    v = free_values(rng, keys, factor=4)
    add("free-pairs-html-2011", "free_pairs", "html", free_report("云南省曲靖市麒麟区人民政府", 2011,
        "政府信息公开工作统计表", plain_html(free_pairs(v, keys)), html=True), v)

    # ---------------------------------------------------------------- township run-together rows
    for name, issuer, year in (("township-runs-2022", "湖南省浏阳市大围山镇人民政府", 2022),
                               ("township-runs-2024", "四川省成都市双流区黄甲街道办事处", 2024)):
        v = gov("gov2021", rng, fees=Decimal("0"))
        small_requests(rng, v, "gov2021")
        for c in ("issued", "repealed", "in_force"):
            v[("active", "rules", c)] = "不涉及"
        v[("active", "enforcement", "decisions")] = "无此项"
        v[("active", "fees", "amount")] = "不适用"
        for r in ("review", "suit_direct", "suit_after_review"):
            for c in ("upheld", "corrected", "other", "pending", "total"):
                v[("appeals", r, c)] = 0
        glue_blanks(v)
        parts = [("active", tab_rows(active_grid("gov2021", v))), ("requests", run_rows(requests_grid("gov2021", v))),
                 ("appeals", tab_rows(appeals_grid(v)))]
        add(name, "township_runs", "txt", txt(issuer, year, parts), v)

    # ---------------------------------------------------------------- inconsistent
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("requests", "partial", "total")] += 2  # a row total that is not its row's sum: T3-C, and T3-B's column
    parts = [(k, cr_runs(g)) for k, g in grids("gov2021", v)]
    add("bad-rowtotal-cr-2023", "inconsistent", "txt", txt("内蒙古自治区呼和浩特市赛罕区人民政府", 2023, parts, sep="\r"),
        v, errors=("T3-C", "T3-B"))
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    v[("appeals", "suit_direct", "total")] += 1
    parts = [("active", plain_html(active_grid("gov2021", v))),
             ("requests", plain_html(relabel(requests_grid("gov2021", v), SUM_HEADS))),
             ("appeals", plain_html(appeals_sum_heads(v)))]
    add("bad-appeals-sumheads-2022", "inconsistent", "html", html_page("海南省海口市龙华区人民政府", 2022,
        tables_text(parts)), v, errors=("T4-A",))
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    for c in ("natural_person", "total"):
        v[("requests", "new_received", c)] += 3  # rows hold; 新收 + 结转 ≠ 办理 + 结转下年度
    gs = [("active", active_grid("gov2021", v)), ("requests", relabel(requests_grid("gov2021", v), ORG_HEADS)),
          ("appeals", appeals_grid(v))]
    add("bad-column-docx-2022", "inconsistent", "docx", word_tables("青海省西宁市城中区人民政府", 2022, gs, how="merged"),
        v, errors=("T3-A",))
    v = old(rng, fees=Decimal("0"), budget=Decimal("2"))
    v[("stats", "requests_received", "value")] += 4
    add("bad-stats-columns-2016", "inconsistent", "txt", report_text("广西壮族自治区南宁市青秀区人民政府", 2016, [
        "附表：政府信息公开情况统计表", stats_label_column(v)]), v, errors=("P-1",))


def inline_active_b(template: str, v: dict) -> str:
    """Table 二 as sentences of another style: 2021 without a colon, cells apart by 、; 2019 with a
    colon after each column's words and ； between cells."""
    a = {(k[1], k[2]): fmt(x) for k, x in v.items() if k[0] == "active"}
    out = []
    if template == "gov2021":
        for r in ("rules", "normative_docs"):
            out.append(f"{LABELS_2021[r]}本年制发{a[r, 'issued']}件、本年废止{a[r, 'repealed']}件、现行有效{a[r, 'in_force']}件；")
        for r in ("licensing", "penalty", "enforcement"):
            out.append(f"{LABELS_2021[r]}本年处理决定数量{a[r, 'decisions']}件；")
        out.append(f"行政事业性收费本年收费金额{a['fees', 'amount']}万元。")
        return "\n".join(out)
    for r in ("rules", "normative_docs"):
        out.append(f"{LABELS_2019[r]} 本年新制作数量：{a[r, 'made']}件；本年新公开数量：{a[r, 'published']}件；"
                   f"对外公开总数量：{a[r, 'total_published']}件")
    for r in ("licensing", "other_services", "penalty", "enforcement"):
        out.append(f"{LABELS_2019[r]} 上一年项目数量：{a[r, 'prev_items']}项；本年增/减：{a[r, 'change']}项；"
                   f"处理决定数量：{a[r, 'decisions']}件")
    out.append(f"行政事业性收费 上一年项目数量：{a['fees', 'prev_items']}项；本年增/减：{a['fees', 'change']}项")
    out.append(f"政府集中采购 采购项目数量：{a['procurement', 'items']}个；采购总金额：{a['procurement', 'amount']}万元")
    return "\n".join(out)


def lines_of(grid: Grid) -> str:
    """One cell a line (merged cells once, a cell's own line break gone)."""
    return "\n".join(t.replace("\n", "") for t in cells_once(grid))


def free_turned_units(v: dict, keys: list[str]) -> Grid:
    units = {"fees": "万元", "active_items": "条", "active_normative": "条"}
    names = dict(FREE_LABELS, fees="收取费用")
    return [[(names[k], 1, 1) for k in keys], [(units.get(k, "件"), 1, 1) for k in keys],
            [(fmt(v[("stats", k, "value")]), 1, 1) for k in keys]]


def free_triples(v: dict, keys: list[str]) -> Grid:
    rows: Grid = [[("项目", 1, 1), ("数量", 1, 1)] * 3]
    cells = [(FREE_LABELS[k], fmt(v[("stats", k, "value")])) for k in keys]
    while len(cells) % 3:
        cells.append(("", ""))
    for i in range(0, len(cells), 3):
        rows.append([(t, 1, 1) for pair in cells[i:i + 3] for t in pair])
    return rows


def th_two_heads(template: str, v: dict) -> str:
    """Table 三 in HTML with ``<th>`` heads of two rows (no 申请人情况 row), the organisations renamed."""
    head = [[("项目", 2, 3), ("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
            [(ORG_HEADS[n], 1, 1) for n in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")]]
    html = plain_html(head + requests_grid(template, v)[3:]).split("\n")
    for i in (1, 2):
        html[i] = html[i].replace("<td", "<th").replace("</td>", "</th>")
    return "\n".join(html)


def space_one_head(template: str, v: dict) -> str:
    """Table 三 in space-separated rows under a one-line head, zeros printed, labels without spaces."""
    out = ["项目 自然人 企业 科研院所 社会组织 律师事务所 其他组织 合计"]
    from tests.report_writer import layout as _layout
    t = {x.key: x for x in _layout(template)}["requests"]
    for r in t.rows:
        if r.header and template == "gov2021":
            continue
        out.append(" ".join([r.label.replace(" ", "")] + [fmt(v[("requests", r.key, c)]) for c in
                                                        ("natural_person", "commercial", "research", "social_welfare",
                                                         "legal_services", "other_org", "total")]))
    return "\n".join(out)


def batch_b(add, rng: random.Random) -> None:
    def txt(issuer: str, year: int, parts: list[tuple[str, str]], **kw: Any) -> str:
        return report_text(issuer, year, tables_text(parts, **kw))

    # ---------------------------------------------------------------- table 二 columns reordered
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    parts = [("active", lines_of(permuted_active(active_grid("gov2021", v), (1, 2, 0)))),
             ("requests", tab_rows(requests_grid("gov2021", v))), ("appeals", tab_rows(appeals_grid(v)))]
    add("active-cols-lines-2022", "active_columns", "txt", txt("贵州省遵义市红花岗区人民政府", 2022, parts), v, batch="B")
    v = gov("gov2021", rng, fees=Decimal("35.6"), factor=3)
    gs = [("active", permuted_active(active_grid("gov2021", v), (2, 1, 0))), ("requests", requests_grid("gov2021", v)),
          ("appeals", appeals_grid(v))]
    add("active-cols-docx-2024", "active_columns", "docx", word_tables("辽宁省民政厅", 2024, gs, how="merged"), v,
        batch="B")

    # ---------------------------------------------------------------- table 二 as sentences, other styles
    v = gov("gov2021", rng, fees=Decimal("12.08"), factor=2)
    parts = [("active", inline_active_b("gov2021", v)), ("requests", tab_rows(requests_grid("gov2021", v))),
             ("appeals", tab_rows(appeals_grid(v)))]
    add("inline-active-b-2023", "active_inline", "txt", txt("河南省郑州市金水区人民政府", 2023, parts), v, batch="B")
    v = gov("gov2019", rng, procurement=(57, Decimal("2630.75")), factor=3)
    signed_changes(v, rng)
    parts = [("active", inline_active_b("gov2019", v)), ("requests", tab_rows(requests_grid("gov2019", v))),
             ("appeals", tab_rows(appeals_grid(v)))]
    add("inline-active-b-2019", "active_inline", "txt", txt("湖北省卫生健康委员会", 2019, parts), v, batch="B")

    # ---------------------------------------------------------------- 2014 table by columns with a folio; CR runs
    v = old(rng, fees=Decimal("0"), budget=Decimal("6.8"))
    col = column_major(stats_grid(v), labels=1, how="cols").split("\n")
    col[30:30] = ["— 2 —", "\f"]
    add("stats-columns-folio-2016", "column_major_2014", "txt", report_text("陕西省宝鸡市渭滨区人民政府", 2016, [
        "附表：政府信息公开情况统计表", "\n".join(col)]), v, batch="B")
    v = old(rng, fees=Decimal("0.05"), budget=Decimal("15"))
    add("stats-cr-2014", "column_major_2014", "txt", report_text("新疆维吾尔自治区乌鲁木齐市天山区人民政府", 2014, [
        "附表：政府信息公开情况统计表", cr_runs(stats_grid(v))]), v, batch="B")

    # ---------------------------------------------------------------- free tables: units row, Word, three pairs
    keys = ["active_items", "requests_received", "requests_in_person", "requests_online", "requests_mail", "replies",
            "replies_granted", "replies_partial", "replies_denied", "fees"]
    v = free_values(rng, keys, factor=2)
    add("free-turned-units-2013", "free_turned", "txt", free_report("西藏自治区拉萨市城关区人民政府", 2013,
        "政府信息公开情况统计表", tab_rows(free_turned_units(v, keys))), v, batch="B")
    keys = ["requests_received", "requests_in_person", "requests_online", "replies", "replies_granted",
            "replies_denied", "replies_not_exist", "reviews", "suits"]
    v = free_values(rng, keys, factor=5)
    add("free-turned-docx-2014", "free_turned", "docx", word_tables("重庆市渝中区人民政府", 2014,
        [("requests", free_turned(v, keys, received="收到申请总数"))], how="merged"), v, batch="B")
    keys = ["active_items", "active_normative", "requests_received", "requests_in_person", "requests_online",
            "requests_mail", "replies", "replies_granted", "replies_partial", "replies_denied", "replies_not_this_body",
            "reviews", "suits", "complaints"]
    v = free_values(rng, keys, factor=3)
    add("free-triples-tabs-2012", "free_pairs", "txt", free_report("宁夏回族自治区银川市兴庆区人民政府", 2012,
        "政府信息公开情况统计表", tab_rows(free_triples(v, keys))), v, batch="B")

    # ---------------------------------------------------------------- table 三 heads mixed
    v = gov("gov2021", rng, fees=Decimal("0"), factor=4)
    rg = relabel(reordered_requests("gov2021", v, top=("total", "person", "orgs"),
                                    orgs=("commercial", "research", "social_welfare", "legal_services", "other_org")),
                 {**SUM_HEADS, **ORG_HEADS})
    gs = [("active", active_grid("gov2021", v)), ("requests", rg), ("appeals", appeals_sum_heads(v))]
    add("heads-mixed-docx-2022", "heads_mixed", "docx", word_tables("中华人民共和国交通运输部", 2022, gs, how="merged"),
        v, batch="B")
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    parts = [("active", plain_html(active_grid("gov2021", v))), ("requests", th_two_heads("gov2021", v)),
             ("appeals", plain_html(appeals_grid(v)))]
    add("heads-th-html-2023", "heads_mixed", "html", html_page("上海市黄浦区人民政府", 2023, tables_text(parts)), v,
        batch="B")
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    parts = [("active", tab_rows(active_grid("gov2021", v))), ("requests", space_one_head("gov2021", v)),
             ("appeals", tab_rows(appeals_sum_heads(v)))]
    add("heads-one-line-spaces-2024", "heads_mixed", "txt", txt("北京市海淀区人民政府", 2024, parts), v, batch="B")

    # ---------------------------------------------------------------- thousands and decimals
    v = gov("gov2021", rng, fees=Decimal("1873.21"), factor=60)
    p = shown(v, thousands(","))
    p[("active", "fees", "amount")] = "1,873.21"
    add("thousands-tabs-2022", "thousands_decimals", "txt", txt("国家市场监督管理总局", 2022,
        [(k, tab_rows(g)) for k, g in grids("gov2021", p)]), v, batch="B")
    v = gov("gov2019", rng, procurement=(1204, Decimal("187321.5")), factor=25)
    signed_changes(v, rng)
    p = shown(v, thousands(","))
    p[("active", "procurement", "amount")] = "187,321.5"
    add("thousands-html-2019", "thousands_decimals", "html", html_page("天津市人民政府办公厅", 2019,
        tables_text([(k, plain_html(g)) for k, g in grids("gov2019", p)])), v, batch="B")

    # ---------------------------------------------------------------- inconsistent
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("appeals", "suit_after_review", "total")] += 2
    gs = [("active", active_grid("gov2021", v)), ("requests", relabel(requests_grid("gov2021", v), SUM_HEADS)),
          ("appeals", appeals_sum_heads(v))]
    add("bad-appeals-docx-2023", "inconsistent", "docx", word_tables("湖北省宜昌市西陵区人民政府", 2023, gs, how="merged"),
        v, errors=("T4-A",), batch="B")
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    for c in ("natural_person", "total"):
        v[("requests", "granted", c)] += 1  # rows hold; （七）总计 is no longer its column's sum
    rg = reordered_requests("gov2021", v, top=("person", "total", "orgs"),
                            orgs=("research", "commercial", "social_welfare", "legal_services", "other_org"))
    parts = [("active", tab_rows(permuted_active(active_grid("gov2021", v), (2, 0, 1)))), ("requests", tab_rows(rg)),
             ("appeals", tab_rows(appeals_grid(v)))]
    add("bad-processed-reordered-2022", "inconsistent", "txt", txt("陕西省西安市碑林区人民政府", 2022, parts), v,
        errors=("T3-B",), batch="B")
    keys = ["requests_received", "requests_in_person", "requests_online", "requests_mail", "replies",
            "replies_granted", "replies_partial", "replies_denied"]
    v = free_values(rng, keys, factor=2)
    v[("stats", "requests_received", "value")] += 3
    # label corrected after scoring: this free table prints no 传真申请 row, so 收到申请数 above the printed
    # channels' sum may be that unprinted channel's: P-1 cannot be asserted, no error is right (see
    # bad-free-turned-fax-2016 in batch C for the planted error with every channel printed)
    add("bad-free-turned-2015", "inconsistent", "txt", free_report("辽宁省鞍山市铁东区人民政府", 2015,
        "依申请公开情况统计", tab_rows(free_turned(v, keys))), v, errors=(), batch="B")
    v = gov("gov2019", rng, procurement=(9, Decimal("318.4")), factor=2)
    for c in ("natural_person", "total"):
        v[("requests", "carried_over", c)] += 2
    parts = [(k, cr_runs(g, sep="\r\n")) for k, g in grids("gov2019", v)]
    add("bad-carried-crlf-2020", "inconsistent", "txt", report_text("重庆市万州区人民政府", 2020,
        tables_text(parts, sep="\r\n"), brk="\r\n"), v, errors=("T3-A",), batch="B")


def inline_glued_2019(v: dict) -> str:
    a = {(k[1], k[2]): fmt(x) for k, x in v.items() if k[0] == "active"}
    out = []
    for r in ("rules", "normative_docs"):
        out.append(f"{LABELS_2019[r]}本年新制作数量{a[r, 'made']}件，本年新公开数量{a[r, 'published']}件，"
                   f"对外公开总数量{a[r, 'total_published']}件。")
    for r in ("licensing", "other_services", "penalty", "enforcement"):
        out.append(f"{LABELS_2019[r]}上一年项目数量{a[r, 'prev_items']}项，本年增/减{a[r, 'change']}项，"
                   f"处理决定数量{a[r, 'decisions']}件。")
    out.append(f"行政事业性收费上一年项目数量{a['fees', 'prev_items']}项，本年增/减{a['fees', 'change']}项。")
    out.append(f"政府集中采购采购项目数量{a['procurement', 'items']}个，采购总金额{a['procurement', 'amount']}万元。")
    return "\n".join(out)


def batch_c(add, rng: random.Random) -> None:
    keys = ["requests_received", "requests_in_person", "requests_fax", "requests_online", "requests_mail", "replies",
            "replies_granted", "replies_partial", "replies_denied"]
    v = free_values(rng, keys, factor=2)
    v[("stats", "requests_received", "value")] += 3
    add("bad-free-turned-fax-2016", "inconsistent", "txt", free_report("吉林省吉林市昌邑区人民政府", 2016,
        "依申请公开情况统计", tab_rows(free_turned(v, keys))), v, errors=("P-1",), batch="C")
    keys = ["active_items", "requests_received", "requests_in_person", "requests_online", "replies",
            "replies_granted", "replies_denied", "replies_not_this_body", "fees"]
    v = free_values(rng, keys, factor=3)
    add("free-turned-units-html-2011", "free_turned", "html", free_report("湖南省常德市武陵区人民政府", 2011,
        "政府信息公开情况统计表", plain_html(free_turned_units(v, keys)), html=True), v, batch="C")
    v = gov("gov2019", rng, procurement=(6, Decimal("187321.5")), factor=2)
    signed_changes(v, rng)
    parts = [("active", inline_glued_2019(v)), ("requests", tab_rows(requests_grid("gov2019", v))),
             ("appeals", tab_rows(appeals_grid(v)))]
    add("inline-glued-2019", "active_inline", "txt", report_text("江苏省南京市玄武区人民政府", 2019,
        tables_text(parts)), v, batch="C")
    v = old(rng, fees=Decimal("0"), budget=Decimal("9.5"))
    text = stats_label_column(v).split("\n")
    text[90:90] = ["— 3 —"]
    add("stats-unit-lines-folio-2018", "column_major_2014", "txt", report_text("贵州省安顺市西秀区人民政府", 2018, [
        "附表：政府信息公开情况统计表", "\n".join(text)]), v, batch="C")
    v = gov("gov2019", rng, procurement=(14, Decimal("96.25")), factor=3)
    signed_changes(v, rng)
    parts = [("active", cr_runs(permuted_active(active_grid("gov2019", v), (2, 1, 0)))),
             ("requests", cr_runs(requests_grid("gov2019", v))), ("appeals", cr_runs(appeals_grid(v)))]
    add("active-cols-cr-2020", "active_columns", "txt", report_text("广东省韶关市浈江区人民政府", 2020,
        tables_text(parts, sep="\r")), v, batch="C")
    v = gov("gov2021", rng, fees=Decimal("0"))
    small_requests(rng, v, "gov2021")
    for c in ("issued", "repealed", "in_force"):
        v[("active", "rules", c)] = "不涉及"
    v[("active", "fees", "amount")] = "不涉及"
    gs = [("active", active_grid("gov2021", v)), ("requests", relabel(requests_grid("gov2021", v), {**SUM_HEADS, **ORG_HEADS})),
          ("appeals", appeals_sum_heads(v))]
    add("township-docx-2023", "sum_heads", "docx", word_tables("河北省保定市清苑区臧村镇人民政府", 2023, gs, how="merged"),
        v, batch="C")


BATCHES = {"A": batch_a, "B": batch_b, "C": batch_c}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old_file in OUT.iterdir():
        old_file.unlink()
    probes: dict[str, dict[str, Any]] = {}
    for batch, make in BATCHES.items():
        rng = random.Random(20261207 + 12 + ord(batch))

        def add(name: str, shape: str, ext: str, data: str | bytes, values: dict, *, errors: tuple[str, ...] = (),
                keep=lambda k: True, batch: str = batch) -> None:  # noqa: B008
            assert name not in probes, name
            (OUT / f"{name}.{ext}").write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
            probes[name] = {"batch": batch, "file": f"{name}.{ext}", "shape": shape, "expected_errors": list(errors),
                            "cells": cells_of(values, keep)}

        make(add, rng)
    for name, p in probes.items():
        for key, (value, st) in p["cells"].items():
            assert st in ("number", "blank", "dash", "none_word"), (name, key, value, st)
    (OUT / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


if __name__ == "__main__":
    main()
