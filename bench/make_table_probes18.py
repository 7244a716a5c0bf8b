"""Write the held-out table probes of ``tests/cases/table_probes18`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10 item 2), one batch, in shapes table_probes3..17 do
not hold:

* ``excel_tabs``: 2021 tables copied from Excel into a CMS: TAB rows, each table's header rows merged into one
  line (a column's stacked head cells run together: ``申请人情况法人或其他组织商业企业``);
* ``renumbered``: table 三 whose groups are numbered ``1、``…``7、`` and the 不予公开 items ``（一）``…``（八）``, or
  the groups kept ``（三）`` and the items ``（一）``…``（八）`` too;
* ``abbreviated``: table 三's result rows without numbers and long words (予以公开, 部分公开, 不予公开 …, 总计);
* ``active_order``: table 二 with 制发件数 / 废止件数 / 现行有效件数 in another column order (heads say which);
* ``units``: a unit after every value (``12件``, ``3条``, ``0.5万元``);
* ``cn_numerals``: counts under 100 in Chinese numerals (``三``, ``十二``, ``二十五``), larger in digits;
* ``space_blank``: space-separated rows whose blank cells are printed as a single space;
* ``html_nested``: ``<tr><td><p><span>..</span></p></td>`` cells with ``&nbsp;`` blanks;
* ``short_2019``: the 2019 table 三 with 本年新收 / 上年结转 / 结转下年度 as its row labels;
* ``markdown``: tables in a Markdown pipe layout with an alignment row (``| :--- | :---: |``);
* ``inconsistent``: planted identity errors that must be found.

Every probe but the ``inconsistent`` ones is consistent, so any error finding on them blames the report
for a misreading. Only cells the report prints are labelled.

    python bench/make_table_probes18.py   # rewrites tests/cases/table_probes18/

``expected.json`` as in ``bench/make_table_probes12.py``.
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_table_probes3 import (  # noqa: E402
    active_grid,
    appeals_grid,
    blank_zeros,
    full_rows,
    report_text,
    requests_grid,
)
from bench.make_table_probes7 import gov, html_page  # noqa: E402
from bench.make_table_probes8 import relabel, shown, tables_text, with_unit  # noqa: E402
from bench.make_table_probes14 import write_probes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes18"

Grid = list[list[tuple[str, int, int]]]
CAPTIONS = {"active": "二、主动公开政府信息情况", "requests": "三、收到和处理政府信息公开申请情况",
            "appeals": "四、政府信息公开行政复议、行政诉讼情况"}
HEAD_ROWS = {"requests": 3, "appeals": 3}


# ------------------------------------------------------------------ printing


def txt(issuer: str, year: int, parts: list[tuple[str, str]]) -> str:
    return report_text(issuer, year, tables_text(parts))


def tabs(grid: Grid) -> str:
    return "\n".join("\t".join(c.replace("\n", "") for c in row) for row in full_rows(grid))


def spaces(grid: Grid) -> str:
    return "\n".join(" ".join(c.replace("\n", "") for c in row if c) for row in full_rows(grid))


def merged_head_tabs(grid: Grid, heads: int) -> str:
    """Excel → CMS: the first ``heads`` rows become one TAB line, each column's stacked head cells run
    together (a merged cell's text once per column it covers, repeats in a column dropped); then TAB rows."""
    rep = full_rows(grid[:heads], repeat=True)
    line = []
    for j in range(len(rep[0])):
        parts: list[str] = []
        for i in range(heads):
            t = rep[i][j].replace("\n", "")
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        line.append("".join(parts))
    # the label block's columns: the note once, the columns it covers empty
    for j in range(1, len(line)):
        if line[j] == line[0]:
            line[j] = ""
    body = full_rows(grid)[heads:]
    return "\n".join(["\t".join(line)] + ["\t".join(c.replace("\n", "") for c in row) for row in body])



def space_blank_rows(grid: Grid, first_value: int) -> str:
    """Space-separated rows; label cells printed when not empty, every value cell printed, an empty value
    cell as a single space (so a blank shows as a run of three spaces)."""
    out = []
    for row in full_rows(grid):
        labels = [c.replace("\n", "") for c in row[:first_value] if c]
        values = [c if c else " " for c in row[first_value:]]
        if not any(v.strip() for v in values) and labels:
            out.append(" ".join(labels + [v for v in row[first_value:] if v]))
            continue
        out.append(" ".join(labels + values))
    return "\n".join(out)


def nested_html(grid: Grid) -> str:
    """A Word-pasted HTML table: ``<td><p><span>..</span></p></td>``, empty cells ``&nbsp;``."""
    lines = ['<table class="MsoNormalTable" border="1" cellspacing="0" style="border-collapse:collapse">', "<tbody>"]
    for row in grid:
        tds = []
        for text, rs, cs in row:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            inner = text.replace("\n", "</span></p><p><span>") if text else "&nbsp;"
            tds.append(f'<td{attrs} valign="center"><p class="MsoNormal" align="center"><span style="font-family:'
                       f'仿宋_GB2312;font-size:10.5pt">{inner}</span></p></td>')
        lines.append('<tr style="height:20pt">' + "".join(tds) + "</tr>")
    return "\n".join(lines + ["</tbody></table>"])


def page(issuer: str, year: int, parts: list[tuple[str, str]]) -> str:
    out = []
    for key, html in parts:
        out += [f"<p>{CAPTIONS[key]}</p>", html]
    return html_page(issuer, year, out)


def markdown(grid: Grid, align: str = ":---:") -> str:
    """A Markdown pipe table: the grid's first row as the head, an alignment row, then every other row
    (merged cells' covered cells empty)."""
    rows = [[c.replace("\n", "") for c in r] for r in full_rows(grid)]
    n = len(rows[0])
    aligns = [":---"] + [align] * (n - 1)
    lines = ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join(aligns) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


CN = "〇一二三四五六七八九"


def cn_numeral(n: int) -> str:
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


def cn_small(x):
    if isinstance(x, int) and 0 < x < 100:
        return cn_numeral(x)
    return format(x, "f") if isinstance(x, Decimal) else str(x)


# ------------------------------------------------------------------ relabelled grids

ABBREV = {"（一）予以公开": "予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "部分公开",
          "（三）不予公开": "不予公开", "（四）无法提供": "无法提供", "（五）不予处理": "不予处理",
          "（六）其他处理": "其他处理", "（七）总计": "总计"}

DENIED = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
          "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
PAREN = "一二三四五六七八"
ITEMS_PAREN = {x: f"（{PAREN[int(x[0]) - 1]}）{x[2:]}" for x in DENIED}
for _x in ("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "1.信访举报投诉类申请",
           "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
           "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
           "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"):
    ITEMS_PAREN[_x] = f"（{PAREN[int(_x[0]) - 1]}）{_x[2:]}"
GROUPS_ARABIC = {"（一）予以公开": "1、予以公开",
                 "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "2、部分公开（区分处理的，只计这一情形，不计其他情形）",
                 "（三）不予公开": "3、不予公开", "（四）无法提供": "4、无法提供", "（五）不予处理": "5、不予处理",
                 "（六）其他处理": "6、其他处理", "（七）总计": "7、总计"}
SHORT_2019 = {"一、本年新收政府信息公开申请数量": "本年新收", "二、上年结转政府信息公开申请数量": "上年结转",
              "四、结转下年度继续办理": "结转下年度"}


def active_reordered(template: str, v: dict, order: tuple[int, int, int], heads: tuple[str, str, str]) -> Grid:
    """Table 二 with the 第二十条第（一）项 block's three value columns in ``order`` (indices into
    制发/废止/现行有效), headed ``heads`` (already in that order)."""
    g = active_grid(template, v)
    out: Grid = []
    in_block = False
    for row in g:
        if row[0][0].startswith("第二十条"):
            in_block = row[0][0] == "第二十条第（一）项"
            out.append(row)
            continue
        if in_block and len(row) == 4:
            if row[0][0] == "信息内容":
                out.append([row[0]] + [(h, 1, 1) for h in heads])
            else:
                out.append([row[0]] + [row[1 + i] for i in order])
            continue
        out.append(row)
    return out


def printed_grid(grid: Grid, show) -> Grid:
    def p(t: str) -> str:
        if t.isdigit():
            return show(int(t))
        try:
            return show(Decimal(t)) if t and t.replace(".", "", 1).isdigit() else t
        except Exception:  # pragma: no cover
            return t
    return [[(p(t), rs, cs) for t, rs, cs in row] for row in grid]


# ------------------------------------------------------------------ the batch


def batch_a(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- Excel → CMS, heads merged into one line
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    add("excel-tabs-2021", "excel_tabs", "txt",
        txt("黑龙江省哈尔滨市道里区人民政府", 2021,
            [("active", tabs(active_grid("gov2021", v))),
             ("requests", merged_head_tabs(requests_grid("gov2021", v), 3)),
             ("appeals", merged_head_tabs(appeals_grid(v), 3))]), v)

    v = gov("gov2021", rng, fees=Decimal("1.2"), factor=1)
    add("excel-tabs-2023", "excel_tabs", "txt",
        txt("甘肃省民政厅", 2023,
            [("active", tabs(active_grid("gov2021", v))),
             ("requests", merged_head_tabs(requests_grid("gov2021", v), 3)),
             ("appeals", merged_head_tabs(appeals_grid(v), 3))]), v)

    # ---------------------------------------------------------------- renumbered rows
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    g = relabel(relabel(requests_grid("gov2021", v), GROUPS_ARABIC), ITEMS_PAREN)
    add("renumbered-arabic-groups-2022", "renumbered", "txt",
        txt("湖南省长沙市岳麓区人民政府", 2022,
            [("active", tabs(active_grid("gov2021", v))), ("requests", tabs(g)), ("appeals", tabs(appeals_grid(v)))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    g = relabel(requests_grid("gov2021", v), ITEMS_PAREN)
    add("renumbered-paren-items-2023", "renumbered", "txt",
        txt("福建省厦门市思明区人民政府", 2023,
            [("active", spaces(active_grid("gov2021", v))), ("requests", spaces(g)),
             ("appeals", spaces(appeals_grid(v)))]), v)

    # ---------------------------------------------------------------- abbreviated result rows
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    g = relabel(requests_grid("gov2021", v), ABBREV)
    add("abbreviated-tabs-2022", "abbreviated", "txt",
        txt("广西壮族自治区南宁市青秀区人民政府", 2022,
            [("active", tabs(active_grid("gov2021", v))), ("requests", tabs(g)), ("appeals", tabs(appeals_grid(v)))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=4)
    g = relabel(requests_grid("gov2021", v), ABBREV)
    add("abbreviated-html-2024", "abbreviated", "html",
        page("四川省成都市武侯区人民政府", 2024,
             [("active", nested_html(active_grid("gov2021", v))), ("requests", nested_html(g)),
              ("appeals", nested_html(appeals_grid(v)))]), v)

    # ---------------------------------------------------------------- table 二's columns reordered
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    a = active_reordered("gov2021", v, (2, 0, 1), ("现行有效件数", "本年制发件数", "本年废止件数"))
    add("active-order-tabs-2022", "active_order", "txt",
        txt("江苏省南京市鼓楼区人民政府", 2022,
            [("active", tabs(a)), ("requests", tabs(requests_grid("gov2021", v))), ("appeals", tabs(appeals_grid(v)))]), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    a = active_reordered("gov2021", v, (1, 0, 2), ("废止件数", "制发件数", "现行有效件数"))
    add("active-order-spaces-2023", "active_order", "txt",
        txt("河北省石家庄市长安区人民政府", 2023,
            [("active", spaces(a)), ("requests", spaces(requests_grid("gov2021", v))),
             ("appeals", spaces(appeals_grid(v)))]), v)

    # ---------------------------------------------------------------- a unit after every value
    v = gov("gov2021", rng, fees=Decimal("0.5"), factor=1)
    p = shown(v, with_unit("件", money="万元"), tables=("requests", "appeals"))
    p = shown(p, with_unit("条", money="万元"), tables=("active",))
    add("units-every-cell-2022", "units", "txt",
        txt("山西省太原市小店区人民政府", 2022,
            [("active", spaces(active_grid("gov2021", p))), ("requests", spaces(requests_grid("gov2021", p))),
             ("appeals", spaces(appeals_grid(p)))]), v)

    # ---------------------------------------------------------------- Chinese numerals
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    p = shown(v, cn_small, tables=("requests", "appeals"))
    add("cn-numerals-tabs-2021", "cn_numerals", "txt",
        txt("云南省大理白族自治州大理市人民政府", 2021,
            [("active", tabs(active_grid("gov2021", v))), ("requests", tabs(requests_grid("gov2021", p))),
             ("appeals", tabs(appeals_grid(p)))]), v)

    # ---------------------------------------------------------------- blanks as a single space
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    blank_zeros(v, rng, share=0.6)
    blank_zeros(v, rng, share=0.6, table="appeals")
    add("space-blank-2022", "space_blank", "txt",
        txt("贵州省贵阳市南明区人民政府", 2022,
            [("active", spaces(active_grid("gov2021", v))), ("requests", space_blank_rows(requests_grid("gov2021", v), 3)),
             ("appeals", space_blank_rows(appeals_grid(v), 0))]), v)

    # ---------------------------------------------------------------- nested HTML with &nbsp; blanks
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    blank_zeros(v, rng, share=0.5)
    add("html-nested-nbsp-2023", "html_nested", "html",
        page("浙江省杭州市西湖区人民政府", 2023,
             [("active", nested_html(active_grid("gov2021", v))), ("requests", nested_html(requests_grid("gov2021", v))),
              ("appeals", nested_html(appeals_grid(v)))]), v)

    # ---------------------------------------------------------------- 2019 table 三 with short row labels
    v = gov("gov2019", rng, procurement=(4, Decimal("215.6")), factor=2)
    g = relabel(requests_grid("gov2019", v), SHORT_2019)
    add("short-2019-spaces-2019", "short_2019", "txt",
        txt("安徽省合肥市蜀山区人民政府", 2020,
            [("active", spaces(active_grid("gov2019", v))), ("requests", spaces(g)), ("appeals", spaces(appeals_grid(v)))]), v)

    # ---------------------------------------------------------------- Markdown pipes with an alignment row
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add("markdown-2022", "markdown", "txt",
        txt("吉林省长春市朝阳区人民政府", 2022,
            [("active", markdown(active_grid("gov2021", v))), ("requests", markdown(requests_grid("gov2021", v))),
             ("appeals", markdown(appeals_grid(v), "---:"))]), v)

    v = gov("gov2019", rng, procurement=(9, Decimal("1320.8")), factor=1)
    add("markdown-2019", "markdown", "txt",
        txt("陕西省西安市雁塔区人民政府", 2019,
            [("active", markdown(active_grid("gov2019", v))), ("requests", markdown(requests_grid("gov2019", v))),
             ("appeals", markdown(appeals_grid(v)))]), v)

    # ---------------------------------------------------------------- planted errors
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("requests", "granted", "natural_person")] += 5  # the row's 总计 and the column's （七）总计 no longer sum
    add("bad-excel-tabs-2022", "inconsistent", "txt",
        txt("辽宁省大连市中山区人民政府", 2022,
            [("active", tabs(active_grid("gov2021", v))),
             ("requests", merged_head_tabs(requests_grid("gov2021", v), 3)),
             ("appeals", merged_head_tabs(appeals_grid(v), 3))]), v, errors=("T3-B", "T3-C"))

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    v[("appeals", "review", "total")] += 2  # 总计 no longer its four results' sum
    p = shown(v, with_unit("件", money="万元"), tables=("requests", "appeals"))
    add("bad-units-2023", "inconsistent", "txt",
        txt("河南省郑州市金水区人民政府", 2023,
            [("active", spaces(active_grid("gov2021", v))), ("requests", spaces(requests_grid("gov2021", p))),
             ("appeals", spaces(appeals_grid(p)))]), v, errors=("T4-A",))


BATCHES = {"A": batch_a}


def main() -> None:
    write_probes(OUT, BATCHES, 20261208 + 18)


if __name__ == "__main__":
    main()
