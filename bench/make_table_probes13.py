"""Write the held-out table probes of ``tests/cases/table_probes13`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10 item 2), in shapes of crawled 2019/2021 tables
that table_probes3..12 do not hold (one batch, scored untuned on main before any fix):

* ``labels_first``: a PDF extractor's order with every row label first and then every row's numbers
  (table 三 and table 二);
* ``interleaved``: table 四 read column by column, each head followed by its value;
* ``unit_caption``: a ``单位：件`` line or a caption (``表3 …``) between the header rows and the rows;
* ``wrapped_heads``: the applicant heads wrapped over two or three lines (商业 / 企业, 社会 / 公益 / 组织)
  in space-separated and TAB rows;
* ``page_break``: table 三 continued after a form feed and folio, the header repeated under 续表 or not
  repeated at all;
* ``label_cut``: long row labels cut over two lines, the numbers on the first line or on the second;
* ``unit_values``: every count followed by 件 in space-separated rows;
* ``zero_letters``: zeros printed as ``〇`` or as the letter ``O``;
* ``remark_column``: an extra 备注 column (mostly empty, one remark) in table 三 and table 二;
* ``sign_column``: the 2019 table 二 with 本年增/减 split into a sign column (增/减) and its magnitude;
* ``inconsistent``: planted identity errors (T3-C a row's 总计, T3-A a 结转, T4-A a table 四 总计) in the
  shapes above, which must be found.

Every probe but the ``inconsistent`` ones is consistent (every identity of FORMAT.md §3 holds).

    python bench/make_table_probes13.py   # rewrites tests/cases/table_probes13/

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
    active_grid,
    appeals_grid,
    fmt,
    full_rows,
    report_text,
    requests_grid,
)
from bench.make_table_probes7 import gov  # noqa: E402
from bench.make_table_probes8 import is_value, shown, tab_rows, tables_text, with_unit, zero_word  # noqa: E402
from bench.make_table_probes12 import cells_of  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes13"

Grid = list[list[tuple[str, int, int]]]
HEAD_ROWS = 3  # table 三's and table 四's header rows in make_table_probes3's grids


def split_rows(grid: Grid, n: int = HEAD_ROWS) -> tuple[list[list[str]], list[list[str]]]:
    rows = [[c.replace("\n", "") for c in r] for r in full_rows(grid)]
    return rows[:n], rows[n:]


def labels_of(row: list[str]) -> list[str]:
    return [c for c in row if c and not is_value(c)]


def values_of(row: list[str]) -> list[str]:
    return [c for c in row if c and is_value(c)]


def space_line(row: list[str]) -> str:
    return " ".join(c for c in row if c)


def labels_first(grid: Grid, n: int = HEAD_ROWS) -> str:
    """Every header cell a line, every body label a line, then each body row's numbers on a line."""
    head, body = split_rows(grid, n)
    out = [c for r in head for c in r if c]
    out += [c for r in body for c in labels_of(r)]
    out += [" ".join(values_of(r)) for r in body if values_of(r)]
    return "\n".join(out)


def active_labels_first(grid: Grid) -> str:
    """Table 二 as a PDF extractor reads it: every label (block rows, heads, row labels) then the numbers."""
    rows = [[c.replace("\n", "") for c in r] for r in full_rows(grid)]
    out = [c for r in rows for c in labels_of(r)]
    out += [" ".join(values_of(r)) for r in rows if values_of(r)]
    return "\n".join(out)


def appeals_interleaved(v: dict, show=fmt) -> str:
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    cols = ("upheld", "corrected", "other", "pending", "total")
    out = ["行政复议"]
    for h, c in zip(heads, cols, strict=True):
        out += [h, show(v[("appeals", "review", c)])]
    out.append("行政诉讼")
    for r, name in (("suit_direct", "未经复议直接起诉"), ("suit_after_review", "复议后起诉")):
        out.append(name)
        for h, c in zip(heads, cols, strict=True):
            out += [h, show(v[("appeals", r, c)])]
    return "\n".join(out)


WRAPPED_2 = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况",
             "自然人 法人或其他组织 总计",
             "商业 科研 社会公益 法律服务 其他",
             "企业 机构 组织 机构"]
WRAPPED_3_TAB = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
                 "\t自然人\t法人或其他组织\t\t\t\t\t总计",
                 "\t\t商业\t科研\t社会\t法律\t其他",
                 "\t\t企业\t机构\t公益\t服务",
                 "\t\t\t\t组织\t机构"]


def body_space(grid: Grid, n: int = HEAD_ROWS) -> list[str]:
    return [space_line(r) for r in split_rows(grid, n)[1]]


def body_tabs(grid: Grid, n: int = HEAD_ROWS) -> list[str]:
    return ["\t".join(r) for r in split_rows(grid, n)[1]]


def head_tabs(grid: Grid, n: int = HEAD_ROWS) -> list[str]:
    return ["\t".join(r) for r in split_rows(grid, n)[0]]


def head_space(grid: Grid, n: int = HEAD_ROWS) -> list[str]:
    return [space_line(r) for r in split_rows(grid, n)[0]]


def cut_labels(grid: Grid, *, width: int = 14, numbers_first_line: bool = True) -> list[str]:
    """Space rows whose last label longer than ``width`` is cut over two lines, the numbers on the
    first (or the second) line."""
    out = []
    for r in split_rows(grid)[1]:
        labels, values = labels_of(r), values_of(r)
        last = labels[-1] if labels else ""
        if len(last) > width:
            pre = " ".join(labels[:-1] + [last[:width]])
            if numbers_first_line:
                out += [pre + " " + " ".join(values), last[width:]]
            else:
                out += [pre, last[width:] + " " + " ".join(values)]
        else:
            out.append(" ".join(labels + values))
    return out


def with_remarks(grid: Grid, remarks: dict[str, str], *, head_rows: int = HEAD_ROWS) -> Grid:
    """``grid`` with a 备注 column: the header cell spans the header rows; ``remarks`` by row label."""
    out = []
    for i, row in enumerate(grid):
        if i == 0:
            out.append(row + [("备注", head_rows, 1)])
        elif i < head_rows:
            out.append(list(row))
        else:
            label = next((t for t, _, _ in reversed(row) if t and not is_value(t)), "")
            out.append(row + [(remarks.get(label, ""), 1, 1)])
    return out


def active_remarks(grid: Grid, remarks: dict[str, str]) -> Grid:
    """Table 二 with a 备注 column after its values (a block row spans it too)."""
    out = []
    for row in grid:
        if len(row) == 1:
            t, rs, cs = row[0]
            out.append([(t, rs, cs + 1)])
        elif row[0][0] == "信息内容":
            out.append(row + [("备注", 1, 1)])
        else:
            out.append(row + [(remarks.get(row[0][0], ""), 1, 1)])
    return out


def sign_column(v: dict) -> str:
    """The 2019 table 二 in TAB rows with 本年增/减 as a sign cell (增/减, empty for 0) and its magnitude."""
    a = {(k[1], k[2]): x for k, x in v.items() if k[0] == "active"}
    lines = ["第二十条第（一）项", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量"]
    for r, lab in (("rules", "规章"), ("normative_docs", "规范性文件")):
        lines.append("\t".join([lab] + [fmt(a[r, c]) for c in ("made", "published", "total_published")]))

    def signed(x) -> list[str]:
        return ["增" if x > 0 else "减" if x < 0 else "", str(abs(x))]

    for block, rows in (("第二十条第（五）项", (("licensing", "行政许可"), ("other_services", "其他对外管理服务事项"))),
                        ("第二十条第（六）项", (("penalty", "行政处罚"), ("enforcement", "行政强制")))):
        lines += [block, "信息内容\t上一年项目数量\t本年增/减\t\t处理决定数量"]
        for r, lab in rows:
            lines.append("\t".join([lab, fmt(a[r, "prev_items"]), *signed(a[r, "change"]), fmt(a[r, "decisions"])]))
    lines += ["第二十条第（八）项", "信息内容\t上一年项目数量\t本年增/减",
              "\t".join(["行政事业性收费", fmt(a["fees", "prev_items"]), *signed(a["fees", "change"])]),
              "第二十条第（九）项", "信息内容\t采购项目数量\t采购总金额",
              "\t".join(["政府集中采购", fmt(a["procurement", "items"]), fmt(a["procurement", "amount"])])]
    return "\n".join(lines)


def txt(issuer: str, year: int, parts: list[tuple[str, str]]) -> str:
    return report_text(issuer, year, tables_text(parts))


def tab(grid: Grid) -> str:
    return tab_rows(grid)


def batch_a(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- labels first, then numbers
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    parts = [("active", tab(active_grid("gov2021", v))), ("requests", labels_first(requests_grid("gov2021", v))),
             ("appeals", tab(appeals_grid(v)))]
    add("labels-first-requests-2022", "labels_first", "txt", txt("山东省济南市历下区人民政府", 2022, parts), v)
    v = gov("gov2021", rng, fees=Decimal("3.5"), factor=3)
    parts = [("active", active_labels_first(active_grid("gov2021", v))), ("requests", tab(requests_grid("gov2021", v))),
             ("appeals", tab(appeals_grid(v)))]
    add("labels-first-active-2023", "labels_first", "txt", txt("福建省自然资源厅", 2023, parts), v)

    # ---------------------------------------------------------------- table 四 interleaved
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    parts = [("active", tab(active_grid("gov2021", v))), ("requests", tab(requests_grid("gov2021", v))),
             ("appeals", appeals_interleaved(v))]
    add("appeals-interleaved-2022", "interleaved", "txt", txt("江西省赣州市章贡区人民政府", 2022, parts), v)

    # ---------------------------------------------------------------- 单位：件 / a caption between heads and rows
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    rg, ag = requests_grid("gov2021", v), appeals_grid(v)
    parts = [("active", "单位：件\n" + tab(active_grid("gov2021", v))),
             ("requests", "\n".join(head_tabs(rg) + ["单位：件"] + body_tabs(rg))),
             ("appeals", "\n".join(head_tabs(ag) + ["单位：件"] + body_tabs(ag)))]
    add("unit-line-tabs-2022", "unit_caption", "txt", txt("浙江省温州市鹿城区人民政府", 2022, parts), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    rg, ag = requests_grid("gov2021", v), appeals_grid(v)
    parts = [("active", tab(active_grid("gov2021", v))),
             ("requests", "\n".join(head_space(rg) + ["表3 收到和处理政府信息公开申请情况（单位：件）"] + body_space(rg))),
             ("appeals", "\n".join(head_space(ag) + ["表4 政府信息公开行政复议、行政诉讼情况"] + body_space(ag)))]
    add("caption-between-spaces-2023", "unit_caption", "txt", txt("安徽省合肥市蜀山区人民政府", 2023, parts), v)

    # ---------------------------------------------------------------- wrapped heads
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    rg = requests_grid("gov2021", v)
    parts = [("active", tab(active_grid("gov2021", v))), ("requests", "\n".join(WRAPPED_2 + body_space(rg))),
             ("appeals", tab(appeals_grid(v)))]
    add("wrapped-heads-spaces-2022", "wrapped_heads", "txt", txt("四川省成都市锦江区人民政府", 2022, parts), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=4)
    rg = requests_grid("gov2021", v)
    parts = [("active", tab(active_grid("gov2021", v))), ("requests", "\n".join(WRAPPED_3_TAB + body_tabs(rg))),
             ("appeals", tab(appeals_grid(v)))]
    add("wrapped-heads-tabs-2024", "wrapped_heads", "txt", txt("广西壮族自治区教育厅", 2024, parts), v)

    # ---------------------------------------------------------------- page breaks
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    rg = requests_grid("gov2021", v)
    body = body_space(rg)
    lines = head_space(rg) + body[:9] + ["\f— 4 —", ""] + body[9:]
    parts = [("active", tab(active_grid("gov2021", v))), ("requests", "\n".join(lines)), ("appeals", tab(appeals_grid(v)))]
    add("page-break-no-head-2022", "page_break", "txt", txt("湖南省长沙市岳麓区人民政府", 2022, parts), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    rg = requests_grid("gov2021", v)
    body = body_tabs(rg)
    lines = head_tabs(rg) + body[:14] + ["第 5 页 共 9 页", "\f续表"] + head_tabs(rg) + body[14:]
    parts = [("active", tab(active_grid("gov2021", v))), ("requests", "\n".join(lines)), ("appeals", tab(appeals_grid(v)))]
    add("page-break-continued-2023", "page_break", "txt", txt("云南省昆明市五华区人民政府", 2023, parts), v)

    # ---------------------------------------------------------------- labels cut over two lines
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    rg = requests_grid("gov2021", v)
    parts = [("active", tab(active_grid("gov2021", v))),
             ("requests", "\n".join(head_space(rg) + cut_labels(rg, numbers_first_line=True))),
             ("appeals", tab(appeals_grid(v)))]
    add("label-cut-first-2022", "label_cut", "txt", txt("黑龙江省哈尔滨市南岗区人民政府", 2022, parts), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    rg = requests_grid("gov2021", v)
    parts = [("active", tab(active_grid("gov2021", v))),
             ("requests", "\n".join(head_space(rg) + cut_labels(rg, width=12, numbers_first_line=False))),
             ("appeals", tab(appeals_grid(v)))]
    add("label-cut-second-2023", "label_cut", "txt", txt("甘肃省兰州市城关区人民政府", 2023, parts), v)

    # ---------------------------------------------------------------- 件 after the values
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    p = shown(v, with_unit("件"))
    rg = requests_grid("gov2021", p)
    parts = [("active", tab(active_grid("gov2021", p))), ("requests", "\n".join(head_space(rg) + body_space(rg))),
             ("appeals", "\n".join(head_space(appeals_grid(p)) + body_space(appeals_grid(p))))]
    add("unit-values-spaces-2022", "unit_values", "txt", txt("山西省太原市小店区人民政府", 2022, parts), v)

    # ---------------------------------------------------------------- 〇 and O zeros
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    p = shown(v, zero_word("〇"), tables=("requests", "appeals"))
    parts = [(k, tab(g)) for k, g in (("active", active_grid("gov2021", v)), ("requests", requests_grid("gov2021", p)),
                                      ("appeals", appeals_grid(p)))]
    add("zero-circle-tabs-2022", "zero_letters", "txt", txt("吉林省长春市朝阳区人民政府", 2022, parts), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    p = shown(v, zero_word("O"), tables=("requests", "appeals"))
    rg, ag = requests_grid("gov2021", p), appeals_grid(p)
    parts = [("active", tab(active_grid("gov2021", v))), ("requests", "\n".join(head_space(rg) + body_space(rg))),
             ("appeals", "\n".join(head_space(ag) + body_space(ag)))]
    add("zero-letter-o-spaces-2023", "zero_letters", "txt", txt("内蒙古自治区呼和浩特市新城区人民政府", 2023, parts), v)

    # ---------------------------------------------------------------- 备注 column
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    rg = with_remarks(requests_grid("gov2021", v), {"1.信访举报投诉类申请": "已转信访部门办理"})
    parts = [("active", tab(active_remarks(active_grid("gov2021", v), {"行政许可": "含备案事项"}))),
             ("requests", tab(rg)), ("appeals", tab(appeals_grid(v)))]
    add("remark-column-tabs-2022", "remark_column", "txt", txt("海南省海口市美兰区人民政府", 2022, parts), v)
    v = gov("gov2019", rng, procurement=(7, Decimal("265.3")), factor=2)
    rg = with_remarks(requests_grid("gov2019", v), {})
    parts = [("active", tab(active_grid("gov2019", v))), ("requests", tab(rg)), ("appeals", tab(appeals_grid(v)))]
    add("remark-column-2019", "remark_column", "txt", txt("青海省西宁市城中区人民政府", 2019, parts), v)

    # ---------------------------------------------------------------- 2019 sign column
    v = gov("gov2019", rng, procurement=(12, Decimal("530.6")), factor=2)
    parts = [("active", sign_column(v)), ("requests", tab(requests_grid("gov2019", v))), ("appeals", tab(appeals_grid(v)))]
    add("sign-column-2019", "sign_column", "txt", txt("河北省石家庄市长安区人民政府", 2020, parts), v)

    # ---------------------------------------------------------------- planted errors
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("requests", "granted", "total")] += 2  # the row's 总计 no longer its cells' sum
    rg = requests_grid("gov2021", v)
    parts = [("active", tab(active_grid("gov2021", v))), ("requests", "\n".join(WRAPPED_2 + body_space(rg))),
             ("appeals", tab(appeals_grid(v)))]
    # label corrected after scoring: the 总计 column's （七）总计 is no longer the sum of its outcome rows
    # either (予以公开's 总计 is one of them: 92 printed against 94 summed), so T3-B is as right as T3-C
    add("bad-row-total-wrapped-2022", "inconsistent", "txt", txt("宁夏回族自治区吴忠市利通区人民政府", 2022, parts), v,
        errors=("T3-C", "T3-B"))
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    for c in ("natural_person", "total"):
        v[("requests", "carried_forward", c)] += 3  # 新收 + 上年结转 ≠ 办理总计 + 结转下年度
    p = shown(v, zero_word("〇"), tables=("requests", "appeals"))
    parts = [(k, tab(g)) for k, g in (("active", active_grid("gov2021", v)), ("requests", requests_grid("gov2021", p)),
                                      ("appeals", appeals_grid(p)))]
    add("bad-carried-circle-2023", "inconsistent", "txt", txt("贵州省贵阳市南明区人民政府", 2023, parts), v,
        errors=("T3-A",))
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("appeals", "review", "total")] += 1
    parts = [("active", tab(active_grid("gov2021", v))), ("requests", tab(requests_grid("gov2021", v))),
             ("appeals", appeals_interleaved(v))]
    add("bad-appeals-interleaved-2024", "inconsistent", "txt", txt("新疆维吾尔自治区克拉玛依市克拉玛依区人民政府", 2024,
                                                                   parts), v, errors=("T4-A",))


BATCHES = {"A": batch_a}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old_file in OUT.iterdir():
        old_file.unlink()
    probes: dict[str, dict[str, Any]] = {}
    for batch, make in BATCHES.items():
        rng = random.Random(20261207 + 13 + ord(batch))

        def add(name: str, shape: str, ext: str, data: str | bytes, values: dict, *, errors: tuple[str, ...] = (),
                batch: str = batch) -> None:
            assert name not in probes, name
            (OUT / f"{name}.{ext}").write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
            probes[name] = {"batch": batch, "file": f"{name}.{ext}", "shape": shape, "expected_errors": list(errors),
                            "cells": cells_of(values)}

        make(add, rng)
    for name, p in probes.items():
        for key, (value, st) in p["cells"].items():
            assert st in ("number", "blank", "dash", "none_word"), (name, key, value, st)
    (OUT / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


if __name__ == "__main__":
    main()
