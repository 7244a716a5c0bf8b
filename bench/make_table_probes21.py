"""Write the held-out table probes of ``tests/cases/table_probes21`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10 item 2), in shapes table_probes3..20 do not hold:

* ``stats_remarks``: the 2014-era 统计表 with a 备注 column (remarks in words, one with a number in it), or with
  no unit column and each count carrying its unit (``125条``, ``3次``, ``40人次``, ``1.5万元``);
* ``thousands``: table 三 and 四 of a big city with counts grouped in thousands: ``1,234`` in TAB rows,
  ``1，234`` in space rows, ``1 234`` (a space) in HTML cells;
* ``two_line_heads``: space rows whose column heads are wrapped over two lines (``商业 科研 …`` then
  ``企业 机构 …``; ``结果 结果 其他 尚未`` then ``维持 纠正 结果 审结``);
* ``wps_lines``: the 2021 tables pasted from WPS, every cell on its own line (LF), a merged head printed once per
  column it covers (repeated lines);
* ``br_cells``: HTML with ``<br>`` inside labels and heads (wrapped every few characters) and a count cell with
  its unit after a ``<br>`` (``15<br>件``);
* ``renamed_orgs``: table 三 whose applicant columns are renamed (企业, 科研单位, 社会组织, 律师事务所等, 其他组织);
* ``inconsistent``: one planted identity error each, that must be found.

Every probe but the ``inconsistent`` ones is consistent, so any error finding on them blames the report
for a misreading. Only cells the report prints are labelled.

    python bench/make_table_probes21.py   # rewrites tests/cases/table_probes21/

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
    COLS,
    active_grid,
    appeals_grid,
    fmt,
    full_rows,
    report_text,
    requests_grid,
    stats_grid,
)
from bench.make_table_probes7 import gov, old  # noqa: E402
from bench.make_table_probes8 import relabel, shown, tables_text  # noqa: E402
from bench.make_table_probes14 import write_probes  # noqa: E402
from bench.make_table_probes19 import html, page, space_lines, spaces, tab_lines, tabs  # noqa: E402
from tests.report_writer import layout  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes21"

Grid = list[list[tuple[str, int, int]]]


def txt(issuer: str, year: int, parts: list[tuple[str, str]]) -> str:
    return report_text(issuer, year, tables_text(parts))


# ------------------------------------------------------------------ the 2014 统计表 otherwise


def stats_remarks(v: dict, remarks: dict[str, str]) -> Grid:
    """The 统计表 with a fourth column 备注 holding ``remarks[row key]`` (empty elsewhere)."""
    g = stats_grid(v)
    keys = ["_head"] + [r.key for r in layout("gov2014")[0].rows]
    out: Grid = []
    for key, row in zip(keys, g, strict=True):
        extra = "备注" if key == "_head" else remarks.get(key, "")
        out.append(row + [(extra, 1, 1)])
    return out


def stats_with_units(v: dict) -> Grid:
    """The 统计表 without a unit column, each count printed with its unit (``125条``, ``1.5万元``)."""
    t = layout("gov2014")[0]
    rows: Grid = [[("指标名称", 1, 1), ("数量", 1, 1)]]
    for r in t.rows:
        if r.header:
            rows.append([(r.label, 1, 1), ("", 1, 1)])
        else:
            rows.append(
                [(r.label, 1, 1), (fmt(v[("stats", r.key, "value")]) + (r.unit or ""), 1, 1)]
            )
    return rows


# ------------------------------------------------------------------ thousands


def grouped(sep: str):
    def show(x: Any) -> str:
        if isinstance(x, int) and abs(x) >= 1000:
            return f"{x:,}".replace(",", sep)
        return format(x, "f") if isinstance(x, Decimal) else str(x)

    return show


# ------------------------------------------------------------------ heads on two lines


REQ_HEAD_2 = [
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况",
    "自然人 法人或其他组织 总计",
    "商业 科研 社会公益 法律服务 其他",
    "企业 机构 组织 机构",
]
APP_HEAD_2 = [
    "行政复议 行政诉讼",
    "未经复议直接起诉 复议后起诉",
    "结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计",
    "维持 纠正 结果 审结 维持 纠正 结果 审结 维持 纠正 结果 审结",
]


def two_line_requests(template: str, v: dict) -> str:
    return "\n".join(REQ_HEAD_2 + space_lines(requests_grid(template, v))[3:])


def two_line_appeals(v: dict) -> str:
    return "\n".join(APP_HEAD_2 + space_lines(appeals_grid(v))[3:])


# ------------------------------------------------------------------ WPS: a cell per line


def wps(grid: Grid) -> str:
    """Every cell on its own line, row after row; a merged cell's text once per column it covers in its first
    row (the covered cells of later rows print nothing)."""
    width = max(sum(c for _, _, c in row) for row in grid)
    taken: list[list[bool]] = [[False] * width for _ in grid]
    lines: list[str] = []
    for i, row in enumerate(grid):
        j = 0
        for text, rs, cs in row:
            while taken[i][j]:
                j += 1
            for a in range(rs):
                for b in range(cs):
                    if i + a < len(grid):
                        taken[i + a][j + b] = True
            lines += [text.replace("\n", "")] * cs
            j += cs
    return "\n".join(lines)


# ------------------------------------------------------------------ <br> in cells


def broken(text: str, every: int) -> str:
    """A label wrapped every ``every`` characters (a ``\\n`` the HTML writer turns into ``<br>``)."""
    if not text or text.replace(".", "").isdigit() or len(text) <= every:
        return text
    return "\n".join(text[k : k + every] for k in range(0, len(text), every))


def br_grid(grid: Grid, every: int, unit_rows: int = 0) -> Grid:
    """Labels and heads wrapped every ``every`` characters; in the last ``unit_rows`` rows counts as ``15\\n件``."""
    out: Grid = []
    for i, row in enumerate(grid):
        cells = []
        for t, rs, cs in row:
            if t.isdigit() and i >= len(grid) - unit_rows:
                cells.append((t + "\n件", rs, cs))
            else:
                cells.append((broken(t, every), rs, cs))
        out.append(cells)
    return out


# ------------------------------------------------------------------ renamed applicant columns


RENAMED = {
    "商业企业": "企业",
    "科研机构": "科研单位",
    "社会公益组织": "社会组织",
    "法律服务机构": "律师事务所等",
    "法人或其他组织": "法人或者其他组织",
}


def renamed(grid: Grid) -> Grid:
    g = relabel(grid, RENAMED)
    # the fifth organisation column: 其他 → 其他组织 (only in the head rows: the body's 其他 labels stay)
    return [
        [("其他组织" if (i < 3 and t == "其他") else t, rs, cs) for t, rs, cs in row]
        for i, row in enumerate(g)
    ]


# ------------------------------------------------------------------ the batch


def batch_a(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- 2014 统计表 with 备注 / units in counts
    v = old(rng, fees=Decimal("0"), budget=Decimal("6.5"))
    remarks = {
        "channel_website": "含部门子网站",
        "channel_wechat": "“X发布”公众号",
        "requests_received": "较上年增加3件",
        "fees": "未收费",
        "staff_part_time": "各科室联络员",
    }
    add(
        "stats-remarks-tabs-2015",
        "stats_remarks",
        "txt",
        report_text(
            "福建省泉州市鲤城区人民政府",
            2015,
            ["附件：政府信息公开情况统计表", tabs(stats_remarks(v, remarks))],
        ),
        v,
    )

    v = old(rng, fees=Decimal("0.2"), budget=Decimal("12"))
    remarks = {
        "active_items": "含政府公报",
        "reviews": "无",
        "suits": "无",
        "trainees": "含乡镇人员",
    }
    add(
        "stats-remarks-html-2016",
        "stats_remarks",
        "html",
        page(
            "广东省惠州市惠城区人民政府",
            2016,
            [],
        ).replace(
            "</body>",
            "<p>附件：政府信息公开情况统计表</p>\n"
            + html(stats_remarks(v, remarks), 1)
            + "\n</body>",
        ),
        v,
    )

    v = old(rng, fees=Decimal("1.5"), budget=Decimal("3.8"))
    add(
        "stats-units-spaces-2017",
        "stats_remarks",
        "txt",
        report_text(
            "湖南省岳阳市岳阳楼区人民政府",
            2017,
            ["附表：政府信息公开情况统计表", spaces(stats_with_units(v))],
        ),
        v,
    )

    # ---------------------------------------------------------------- thousands separators
    v = gov("gov2021", rng, fees=Decimal("0"), factor=40)
    p = shown(v, grouped(","), tables=("active", "requests", "appeals"))
    add(
        "thousands-comma-tabs-2022",
        "thousands",
        "txt",
        txt(
            "广东省深圳市福田区人民政府",
            2022,
            [
                ("active", tabs(active_grid("gov2021", p))),
                ("requests", tabs(requests_grid("gov2021", p))),
                ("appeals", tabs(appeals_grid(p))),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=35)
    p = shown(v, grouped("，"), tables=("requests", "appeals"))
    add(
        "thousands-fullwidth-spaces-2023",
        "thousands",
        "txt",
        txt(
            "湖北省武汉市江岸区人民政府",
            2023,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", spaces(requests_grid("gov2021", p))),
                ("appeals", spaces(appeals_grid(p))),
            ],
        ),
        v,
    )

    v = gov("gov2019", rng, procurement=(12, Decimal("3456.7")), factor=30)
    p = shown(v, grouped(" "), tables=("requests", "appeals"))
    add(
        "thousands-space-html-2020",
        "thousands",
        "html",
        page(
            "四川省成都市锦江区人民政府",
            2020,
            [
                ("active", html(active_grid("gov2019", v))),
                ("requests", html(requests_grid("gov2019", p), 3)),
                ("appeals", html(appeals_grid(p), 3)),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- heads on two lines
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add(
        "two-line-heads-2022",
        "two_line_heads",
        "txt",
        txt(
            "河北省石家庄市长安区人民政府",
            2022,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", two_line_requests("gov2021", v)),
                ("appeals", two_line_appeals(v)),
            ],
        ),
        v,
    )

    v = gov("gov2019", rng, procurement=(5, Decimal("120.5")), factor=1)
    add(
        "two-line-heads-2019",
        "two_line_heads",
        "txt",
        txt(
            "山西省大同市平城区人民政府",
            2019,
            [
                ("active", spaces(active_grid("gov2019", v))),
                ("requests", two_line_requests("gov2019", v)),
                ("appeals", two_line_appeals(v)),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- WPS: a cell per line
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add(
        "wps-lines-2021",
        "wps_lines",
        "txt",
        txt(
            "江苏省南通市崇川区人民政府",
            2021,
            [
                ("active", wps(active_grid("gov2021", v))),
                ("requests", wps(requests_grid("gov2021", v))),
                ("appeals", wps(appeals_grid(v))),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    add(
        "wps-lines-2023",
        "wps_lines",
        "txt",
        txt(
            "浙江省金华市婺城区人民政府",
            2023,
            [
                ("active", wps(active_grid("gov2021", v))),
                ("requests", wps(requests_grid("gov2021", v))),
                ("appeals", wps(appeals_grid(v))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- <br> in cells and heads
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add(
        "br-cells-html-2022",
        "br_cells",
        "html",
        page(
            "吉林省长春市南关区人民政府",
            2022,
            [
                ("active", html(br_grid(active_grid("gov2021", v), 6))),
                ("requests", html(br_grid(requests_grid("gov2021", v), 4), 3)),
                ("appeals", html(br_grid(appeals_grid(v), 2, unit_rows=1), 3)),
            ],
        ),
        v,
    )

    v = gov("gov2019", rng, procurement=(2, Decimal("48.6")), factor=2)
    add(
        "br-cells-html-2020",
        "br_cells",
        "html",
        page(
            "黑龙江省牡丹江市东安区人民政府",
            2020,
            [
                ("active", html(br_grid(active_grid("gov2019", v), 5))),
                ("requests", html(br_grid(requests_grid("gov2019", v), 5))),
                ("appeals", html(br_grid(appeals_grid(v), 2))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- renamed applicant columns
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add(
        "renamed-orgs-spaces-2023",
        "renamed_orgs",
        "txt",
        txt(
            "安徽省合肥市庐阳区人民政府",
            2023,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", spaces(renamed(requests_grid("gov2021", v)))),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    add(
        "renamed-orgs-html-2024",
        "renamed_orgs",
        "html",
        page(
            "云南省昆明市五华区人民政府",
            2024,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", html(renamed(requests_grid("gov2021", v)), 3)),
                ("appeals", html(appeals_grid(v), 3)),
            ],
        ),
        v,
    )

    v = gov("gov2019", rng, procurement=(6, Decimal("75.3")), factor=1)
    add(
        "renamed-orgs-tabs-2019",
        "renamed_orgs",
        "txt",
        txt(
            "贵州省遵义市红花岗区人民政府",
            2019,
            [
                ("active", tabs(active_grid("gov2019", v))),
                ("requests", tabs(renamed(requests_grid("gov2019", v)))),
                ("appeals", tabs(appeals_grid(v))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- planted errors
    v = gov("gov2021", rng, fees=Decimal("0"), factor=40)
    v[("requests", "carried_forward", "natural_person")] += (
        3  # 新收 + 上年结转 no longer 办结 + 结转下年度
    )
    v[("requests", "carried_forward", "total")] += 3
    p = shown(v, grouped(","), tables=("requests", "appeals"))
    add(
        "bad-thousands-tabs-2022",
        "inconsistent",
        "txt",
        txt(
            "辽宁省大连市中山区人民政府",
            2022,
            [
                ("active", tabs(active_grid("gov2021", v))),
                ("requests", tabs(requests_grid("gov2021", p))),
                ("appeals", tabs(appeals_grid(p))),
            ],
        ),
        v,
        errors=("T3-A",),
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("appeals", "review", "total")] += 2  # 行政复议's 总计 no longer the sum of its four results
    add(
        "bad-wps-lines-2023",
        "inconsistent",
        "txt",
        txt(
            "山东省青岛市市南区人民政府",
            2023,
            [
                ("active", wps(active_grid("gov2021", v))),
                ("requests", wps(requests_grid("gov2021", v))),
                ("appeals", wps(appeals_grid(v))),
            ],
        ),
        v,
        errors=("T4-A",),
    )


# ------------------------------------------------------------------ batch B: written after batch A was scored


OTHER_PARTS = ("1.申请人撤回申请", "2.逾期未补正", "3.其他情形")


def other_parts(v: dict, rng: random.Random) -> list[tuple[str, list[int]]]:
    """（六）其他处理's counts split into three sub-rows (per column; each column's parts add up to its count)."""
    parts: list[list[int]] = [[], [], []]
    for c in COLS:
        n = v[("requests", "other_handling", c)]
        if c == "total":
            for i in range(3):
                parts[i].append(sum(parts[i]))
            continue
        a = rng.randint(0, n)
        b = rng.randint(0, n - a)
        for i, x in enumerate((a, b, n - a - b)):
            parts[i].append(x)
    return list(zip(OTHER_PARTS, parts, strict=True))


def other_split_lines(lines: list[str], parts, sep: str, lead: int) -> str:
    """``lines`` with the sub-rows ``parts`` after （六）其他处理's line (``lead`` empty label cells before each)."""
    at = next(i for i, x in enumerate(lines) if "（六）其他处理" in x)
    extra = [sep * lead + label + sep + sep.join(str(x) for x in values) for label, values in parts]
    return "\n".join(lines[: at + 1] + extra + lines[at + 1 :])


def wrapped_count(x: Any) -> str:
    """A count too wide for its narrow HTML cell: ``1234`` → ``12\n34``, ``1,234`` → ``1,\n234``."""
    t = x if isinstance(x, str) else str(x)
    if "," in t:
        head, rest = t.split(",", 1)
        return head + ",\n" + rest
    if len(t) >= 4 and t.isdigit():
        return t[:2] + "\n" + t[2:]
    return t


def wps_repeated(grid: Grid) -> str:
    """A cell per line, every merged cell's text in every cell it covers (across and down)."""
    return "\n".join(c.replace("\n", "") for row in full_rows(grid, repeat=True) for c in row)


def stats_grouped_units(v: dict) -> Grid:
    """The 统计表 without a unit column, counts grouped in thousands and carrying their unit (``8,672条``)."""
    g = stats_with_units(shown(v, grouped(","), tables=("stats",)))
    return g


TAB_REQ_HEAD_2 = [
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况",
    "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
    "\t\t\t\t商业\t科研\t社会公益\t法律服务\t其他\t",
    "\t\t\t\t企业\t机构\t组织\t机构\t\t",
]
TAB_APP_HEAD_2 = [
    "行政复议\t\t\t\t\t行政诉讼",
    "\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉",
    "\t".join(["结果", "结果", "其他", "尚未", "总计"] * 3),
    "\t".join(["维持", "纠正", "结果", "审结", ""] * 3),
]


def batch_b(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- 2019 table 三, （六）其他处理 split
    v = gov("gov2019", rng, procurement=(4, Decimal("66.8")), factor=3)
    parts = other_parts(v, rng)
    add(
        "other-split-spaces-2020",
        "other_split",
        "txt",
        txt(
            "广西壮族自治区柳州市城中区人民政府",
            2020,
            [
                ("active", spaces(active_grid("gov2019", v))),
                (
                    "requests",
                    other_split_lines(space_lines(requests_grid("gov2019", v)), parts, " ", 0),
                ),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
    )

    v = gov("gov2019", rng, procurement=(9, Decimal("230.4")), factor=2)
    parts = other_parts(v, rng)
    add(
        "other-split-tabs-2019",
        "other_split",
        "txt",
        txt(
            "江西省赣州市章贡区人民政府",
            2019,
            [
                ("active", tabs(active_grid("gov2019", v))),
                (
                    "requests",
                    other_split_lines(tab_lines(requests_grid("gov2019", v)), parts, "\t", 2),
                ),
                ("appeals", tabs(appeals_grid(v))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- long counts wrapped inside narrow HTML cells
    v = gov("gov2021", rng, fees=Decimal("0"), factor=40)
    p = shown(v, wrapped_count, tables=("requests", "appeals"))
    add(
        "br-digits-html-2023",
        "br_digits",
        "html",
        page(
            "河南省郑州市金水区人民政府",
            2023,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", html(requests_grid("gov2021", p), 3)),
                ("appeals", html(appeals_grid(p), 3)),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=45)
    p = shown(shown(v, grouped(","), tables=("requests",)), wrapped_count, tables=("requests",))
    p = {
        k: (wrapped_count(x) if k[0] == "requests" and isinstance(x, str) else x)
        for k, x in p.items()
    }
    add(
        "br-grouped-html-2022",
        "br_digits",
        "html",
        page(
            "陕西省西安市雁塔区人民政府",
            2022,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", html(requests_grid("gov2021", p), 3)),
                ("appeals", html(appeals_grid(v), 3)),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- WPS, merged cells repeated across and down
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add(
        "wps-repeated-2022",
        "wps_lines",
        "txt",
        txt(
            "湖南省株洲市天元区人民政府",
            2022,
            [
                ("active", wps_repeated(active_grid("gov2021", v))),
                ("requests", wps_repeated(requests_grid("gov2021", v))),
                ("appeals", wps_repeated(appeals_grid(v))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- 统计表: thousands and units in the counts
    v = old(rng, fees=Decimal("0"), budget=Decimal("21.5"))
    add(
        "stats-grouped-units-html-2015",
        "stats_remarks",
        "html",
        page("江苏省苏州市姑苏区人民政府", 2015, []).replace(
            "</body>",
            "<p>附件：政府信息公开情况统计表</p>\n" + html(stats_grouped_units(v), 1) + "\n</body>",
        ),
        v,
    )

    # ---------------------------------------------------------------- TAB heads wrapped over two rows
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add(
        "two-line-heads-tabs-2024",
        "two_line_heads",
        "txt",
        txt(
            "北京市朝阳区人民政府",
            2024,
            [
                ("active", tabs(active_grid("gov2021", v))),
                (
                    "requests",
                    "\n".join(TAB_REQ_HEAD_2 + tab_lines(requests_grid("gov2021", v))[3:]),
                ),
                ("appeals", "\n".join(TAB_APP_HEAD_2 + tab_lines(appeals_grid(v))[3:])),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- planted error
    v = gov("gov2019", rng, procurement=(3, Decimal("12.5")), factor=2)
    v[("requests", "granted", "natural_person")] += (
        5  # the row's 总计 and the column's （七）总计 no longer sum
    )
    parts = other_parts(v, rng)
    add(
        "bad-other-split-2020",
        "inconsistent",
        "txt",
        txt(
            "上海市徐汇区人民政府",
            2020,
            [
                ("active", spaces(active_grid("gov2019", v))),
                (
                    "requests",
                    other_split_lines(space_lines(requests_grid("gov2019", v)), parts, " ", 0),
                ),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
        errors=("T3-B", "T3-C"),
    )


BATCHES = {"A": batch_a, "B": batch_b}


def main() -> None:
    write_probes(OUT, BATCHES, 20261208 + 21)


if __name__ == "__main__":
    main()
