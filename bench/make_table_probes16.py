"""Write the held-out table probes of ``tests/cases/table_probes16`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10 item 2), one batch scored untuned on main
before any fix, in shapes table_probes3..15 do not hold:

* ``stats_side``: the 2014–2018 provincial 统计表 (统计指标 | 单位 | 统计数, rows 一、主动公开情况 …
  八、机构建设和保障经费情况, units 条/件/次/篇/个/人/万元) printed in two halves side by side on a landscape
  page (six columns: the second half's rows beside the first's), in TAB rows and HTML;
* ``stats_seq``: the same table with a 序号 column of row numbers before 统计指标 (TAB rows), and with
  the unit in the label (``主动公开政府信息数（条）``) over two columns (space rows);
* ``stats_page``: the 2014 table cut by a page break, its header line repeated after a folio;
* ``label_value``: a portal's responsive (mobile) table: every cell a line of its column's head followed
  by a line of its value (label⏎value⏎label⏎value), each row's own label on a line before them; 2021;
* ``transposed3``: table 三 turned: one row per applicant kind (自然人 … 总计), one column per item
  (HTML and TAB rows);
* ``titles2019``: the 2021 tables under the captions 2019-era reports print (``表1 …统计表``), numbered
  from 1 so that 表2 is table 三;
* ``page_header``: table 二 (TAB rows) and table 三 (space rows) cut by a page break with a folio between
  and the header rows repeated;
* ``decimal_zeros``: zero counts printed ``0.0`` or ``0.00`` (space rows and TAB rows);
* ``merged_active``: a 2021 table 二 whose 本年新制作/本年新公开 columns are one column
  (``本年新制作、新公开数量``) beside 现行有效件数: the merged column is 本年制发, 本年废止 is not printed;
* ``inconsistent``: a planted T3-A in the responsive shape and a planted P-1 in the side-by-side 统计表.

Every probe but the ``inconsistent`` ones is consistent, so any error finding on them blames the report
for a misreading. Only cells the report prints are labelled.

    python bench/make_table_probes16.py   # rewrites tests/cases/table_probes16/

``expected.json`` as in ``bench/make_table_probes12.py``.
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
    APPEAL_COLS,
    COLS,
    active_grid,
    appeals_grid,
    fmt,
    full_rows,
    render_html,
    report_text,
    requests_grid,
    stats_grid,
)
from bench.make_table_probes7 import gov, html_page, old  # noqa: E402
from bench.make_table_probes8 import tables_text  # noqa: E402
from bench.make_table_probes12 import cells_of  # noqa: E402
from tests.report_writer import layout  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes16"

Grid = list[list[tuple[str, int, int]]]
STATS_HEAD = "政府信息公开情况统计表"


def grids3(v: dict, template: str = "gov2021") -> list[tuple[str, Grid]]:
    return [("active", active_grid(template, v)), ("requests", requests_grid(template, v)), ("appeals", appeals_grid(v))]


def tabs(grid: Grid) -> str:
    return "\n".join("\t".join(c.replace("\n", "") for c in row) for row in full_rows(grid))


def spaces(grid: Grid) -> str:
    return "\n".join(" ".join(c.replace("\n", "") for c in row if c) for row in full_rows(grid))


def txt(issuer: str, year: int, parts: list[tuple[str, str]], *, captions: dict | None = None) -> str:
    return report_text(issuer, year, tables_text(parts, captions=captions))


def shown(v: dict, show) -> dict:
    return {k: (show(x) if isinstance(x, (int, Decimal)) else x) for k, x in v.items()}


# ------------------------------------------------------------------ the 2014–2018 统计表


def stats_rows(v: dict) -> list[list[str]]:
    """The 统计表's rows (统计指标, 单位, 统计数) with its header line first."""
    return [[c for c, _, _ in row] for row in stats_grid(v)]


def stats_side_by_side(v: dict) -> list[list[str]]:
    """The 统计表 in two halves side by side: the first half's rows on the left, the rest beside them."""
    rows = stats_rows(v)
    head, body = rows[0], rows[1:]
    half = (len(body) + 1) // 2
    left, right = body[:half], body[half:]
    out = [head + head]
    for i, row in enumerate(left):
        out.append(row + (right[i] if i < len(right) else ["", "", ""]))
    return out


def stats_seq(v: dict) -> list[list[str]]:
    rows = stats_rows(v)
    return [["序号"] + rows[0]] + [[str(i)] + r for i, r in enumerate(rows[1:], 1)]


def stats_unit_in_label(v: dict) -> list[list[str]]:
    units = {r.label: r.unit for r in layout("gov2014")[0].rows}
    out = [["统计指标", "统计数"]]
    for label, _unit, value in stats_rows(v)[1:]:
        u = units.get(label)
        out.append([f"{label}（{u}）" if u else label, value])
    return out


def html_rows(rows: list[list[str]]) -> str:
    return "<table border=\"1\">\n" + "\n".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "\n</table>"


def old_report(issuer: str, year: int, table: str, *, brk: str = "\n") -> str:
    return report_text(issuer, year, ["附表：" + STATS_HEAD, table], brk)


# ------------------------------------------------------------------ the responsive (mobile) table


def responsive(key: str, v: dict) -> str:
    """Every cell its column head's line then its value's line; each row's label on a line first."""
    t = {x.key: x for x in layout("gov2021")}
    out: list[str] = []
    if key == "active":
        heads = {"issued": "本年制发件数", "repealed": "本年废止件数", "in_force": "现行有效件数",
                 "decisions": "本年处理决定数量", "amount": "本年收费金额（单位：万元）"}
        group = ""
        for r in t["active"].rows:
            if r.group != group:
                group = r.group
                out.append(group)
            out.append(r.label)
            for c in r.cols:
                out += [heads[c], fmt(v[("active", r.key, c)])]
    elif key == "requests":
        names = {"natural_person": "自然人", "commercial": "商业企业", "research": "科研机构",
                 "social_welfare": "社会公益组织", "legal_services": "法律服务机构", "other_org": "其他", "total": "总计"}
        group = None
        for r in t["requests"].rows:
            if r.header:
                out.append(r.label)
                continue
            if r.group and r.group != group and r.group != "三、本年度办理结果":
                out.append(r.group)
            group = r.group
            if r.key == "granted":
                out.append("三、本年度办理结果")
            out.append(r.label)
            for c in COLS:
                out += [names[c], fmt(v[("requests", r.key, c)])]
    else:
        heads = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结", "total": "总计"}
        for r, label in (("review", "行政复议"), ("suit_direct", "行政诉讼 未经复议直接起诉"),
                         ("suit_after_review", "行政诉讼 复议后起诉")):
            out.append(label)
            for c in APPEAL_COLS:
                out += [heads[c], fmt(v[("appeals", r, c)])]
    return "\n".join(out)


# ------------------------------------------------------------------ table 三 turned


def requests_transposed(v: dict) -> list[list[str]]:
    """A row per applicant kind, a column per item of table 三 (its labels with their group's)."""
    t = {x.key: x for x in layout("gov2021")}["requests"]
    rows = [r for r in t.rows if not r.header]
    head = ["申请人情况"]
    for r in rows:
        group = r.group if r.group and r.group not in ("三、本年度办理结果",) else ""
        head.append(f"{group}{r.label}")
    names = {"natural_person": "自然人", "commercial": "法人或其他组织-商业企业", "research": "法人或其他组织-科研机构",
             "social_welfare": "法人或其他组织-社会公益组织", "legal_services": "法人或其他组织-法律服务机构",
             "other_org": "法人或其他组织-其他", "total": "总计"}
    out = [head]
    for c in COLS:
        out.append([names[c]] + [fmt(v[("requests", r.key, c)]) for r in rows])
    return out


# ------------------------------------------------------------------ page breaks with the header repeated


def cut_rows(text: str, at: int, header: list[str], folio: str) -> str:
    lines = text.split("\n")
    return "\n".join(lines[:at] + [folio] + header + lines[at:])


# ------------------------------------------------------------------ merged 本年新制作/新公开


def active_merged(v: dict) -> Grid:
    g = active_grid("gov2021", v)
    out: Grid = []
    for row in g:
        texts = [c for c, _, _ in row]
        if texts[:1] == ["信息内容"] and "本年制发件数" in texts:
            out.append([("信息内容", 1, 1), ("本年新制作、新公开数量", 1, 2), ("现行有效件数", 1, 1)])
        elif texts and texts[0] in ("规章", "行政规范性文件"):
            out.append([row[0], (row[1][0], 1, 2), row[3]])
        else:
            out.append(row)
    return out


# ------------------------------------------------------------------ the set


def build(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- 2014–2018 统计表
    v = old(rng, fees=Decimal("0"), budget=Decimal("12.5"))
    add("stats-side-tabs-2015", "stats_side", "txt",
        old_report("江苏省交通运输厅", 2015, "\n".join("\t".join(r) for r in stats_side_by_side(v))), v)

    v = old(rng, fees=Decimal("0.02"), budget=Decimal("30"))
    add("stats-side-html-2017", "stats_side", "html",
        html_page("湖南省民政厅", 2017, ["<p>附件：" + STATS_HEAD + "</p>", html_rows(stats_side_by_side(v))]), v)

    v = old(rng, fees=Decimal("0"), budget=Decimal("6"))
    add("stats-seq-tabs-2016", "stats_seq", "txt",
        old_report("四川省人力资源和社会保障厅", 2016, "\n".join("\t".join(r) for r in stats_seq(v))), v)

    v = old(rng, fees=Decimal("0"), budget=Decimal("4.8"))
    add("stats-unit-label-spaces-2018", "stats_seq", "txt",
        old_report("河南省自然资源厅", 2018, "\n".join(" ".join(r) for r in stats_unit_in_label(v))), v)

    v = old(rng, fees=Decimal("0"), budget=Decimal("15"))
    body = "\n".join("\t".join(r) for r in stats_rows(v))
    add("stats-page-break-2016", "stats_page", "txt",
        old_report("福建省住房和城乡建设厅", 2016, cut_rows(body, 30, ["统计指标\t单位\t统计数"], "- 7 -")), v)

    # ---------------------------------------------------------------- responsive: label⏎value
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("label-value-2022", "label_value", "txt",
        txt("贵州省遵义市汇川区人民政府", 2022, [(k, responsive(k, v)) for k in ("active", "requests", "appeals")]), v)

    v = gov("gov2021", rng, fees=Decimal("1.5"), factor=7)
    add("label-value-2023", "label_value", "txt",
        txt("山东省青岛市市场监督管理局", 2023, [(k, responsive(k, v)) for k in ("active", "requests", "appeals")]), v)

    # ---------------------------------------------------------------- table 三 turned
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    g = grids3(v)
    add("requests-turned-html-2022", "transposed3", "html",
        html_page("浙江省杭州市西湖区人民政府", 2022,
                  ["<p>二、主动公开政府信息情况</p>", render_html(g[0][1]),
                   "<p>三、收到和处理政府信息公开申请情况</p>", html_rows(requests_transposed(v)),
                   "<p>四、政府信息公开行政复议、行政诉讼情况</p>", render_html(g[2][1])]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    g = grids3(v)
    add("requests-turned-tabs-2023", "transposed3", "txt",
        txt("甘肃省天水市秦州区人民政府", 2023,
            [("active", tabs(g[0][1])), ("requests", "\n".join("\t".join(r) for r in requests_transposed(v))),
             ("appeals", tabs(g[2][1]))]), v)

    # ---------------------------------------------------------------- the 2021 tables under 2019-era captions
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    caps = {"active": "表1 主动公开政府信息情况统计表", "requests": "表2 收到和处理政府信息公开申请情况统计表",
            "appeals": "表3 政府信息公开行政复议、行政诉讼情况统计表"}
    add("titles-2019-tabs-2021", "titles2019", "txt",
        txt("广西壮族自治区南宁市青秀区人民政府", 2021, [(k, tabs(x)) for k, x in grids3(v)], captions=caps), v)

    # ---------------------------------------------------------------- page breaks with the header repeated
    v = gov("gov2021", rng, fees=Decimal("0"), factor=4)
    g = grids3(v)
    act = tabs(g[0][1])
    lines = act.split("\n")
    at = next(i for i, x in enumerate(lines) if x.startswith("第二十条第（六）项"))
    act = "\n".join(lines[:at] + ["第 3 页 共 8 页"] + lines[at:])
    req = spaces(g[1][1])
    rl = req.split("\n")
    at = next(i for i, x in enumerate(rl) if x.startswith("4.保护第三方合法权益"))
    head = rl[:3]
    req = "\n".join(rl[:at] + ["— 4 —"] + head + rl[at:])
    add("page-header-repeat-2022", "page_header", "txt",
        txt("吉林省长春市朝阳区人民政府", 2022, [("active", act), ("requests", req), ("appeals", tabs(g[2][1]))]), v)

    # ---------------------------------------------------------------- zeros printed 0.0 / 0.00
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    p = shown(v, lambda x: "0.0" if x == 0 else fmt(x))
    add("zeros-one-decimal-spaces-2022", "decimal_zeros", "txt",
        txt("云南省昆明市五华区人民政府", 2022, [(k, spaces(x)) for k, x in grids3(p)]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    p = shown(v, lambda x: "0.00" if x == 0 else fmt(x))
    add("zeros-two-decimals-tabs-2023", "decimal_zeros", "txt",
        txt("黑龙江省哈尔滨市道里区人民政府", 2023, [(k, tabs(x)) for k, x in grids3(p)]), v)

    # ---------------------------------------------------------------- 本年新制作/新公开 merged
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    labels = {k: x for k, x in v.items() if not (k[0] == "active" and k[2] == "repealed")}
    g = grids3(v)
    add("active-merged-column-tabs-2022", "merged_active", "txt",
        txt("安徽省合肥市庐阳区人民政府", 2022, [("active", tabs(active_merged(v))), ("requests", tabs(g[1][1])),
                                        ("appeals", tabs(g[2][1]))]), labels)

    # ---------------------------------------------------------------- planted errors
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    for c in ("natural_person", "total"):
        v[("requests", "carried_over", c)] += 2  # 新收 + 上年结转 ≠ 办理总计 + 结转下年度
    add("bad-label-value-2023", "inconsistent", "txt",
        txt("河北省石家庄市长安区人民政府", 2023, [(k, responsive(k, v)) for k in ("active", "requests", "appeals")]), v,
        errors=("T3-A",))

    v = old(rng, fees=Decimal("0"), budget=Decimal("9"))
    v[("stats", "requests_received", "value")] += 4  # 收到申请数 no longer its channels' sum
    add("bad-stats-side-2017", "inconsistent", "txt",
        old_report("陕西省水利厅", 2017, "\n".join("\t".join(r) for r in stats_side_by_side(v))), v, errors=("P-1",))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old_file in OUT.iterdir():
        old_file.unlink()
    probes: dict[str, dict[str, Any]] = {}
    rng = random.Random(20261207 + 16)

    def add(name: str, shape: str, ext: str, data: str, values: dict, *, errors: tuple[str, ...] = ()) -> None:
        assert name not in probes, name
        (OUT / f"{name}.{ext}").write_text(data, encoding="utf-8")
        probes[name] = {"batch": "A", "file": f"{name}.{ext}", "shape": shape, "expected_errors": list(errors),
                        "cells": cells_of(values)}

    build(add, rng)
    for name, p in probes.items():
        for key, (value, st) in p["cells"].items():
            assert st in ("number", "blank", "dash", "none_word"), (name, key, value, st)
    (OUT / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


if __name__ == "__main__":
    main()
