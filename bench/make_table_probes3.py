"""Write the held-out table probes of ``tests/cases/table_probes3`` (run once; the files are kept).

Each probe is a whole report (no title line, as crawls give it) whose tables are printed in a shape
crawled reports from across China have: the official 2019 and 2021 layouts with merged cells,
cells separated by runs of CR or LF (an empty cell an empty run), one cell per line with the
header rows repeated after a page break, HTML with rowspan/colspan, markdown pipe tables, tab-
separated rows, run-together rows (digits glued), placeholder words (不适用, 不涉及, 无, —, /),
decimal amounts in 万元, and the 2014 statistics table. Values are consistent (every identity
holds) except in probes whose ``expected_errors`` name the identity they break.

    python bench/make_table_probes3.py   # rewrites tests/cases/table_probes3/

Expected cells go to ``expected.json``: ``{probe: {"cells": {"table|row|col": [value, status]},
"expected_errors": [...], "file": name}}`` with values as strings (decimals keep their digits).
"""

from __future__ import annotations

import json
import random
import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.report_writer import consistent_values, layout  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes3"
COLS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total")
APPEAL_COLS = ("upheld", "corrected", "other", "pending", "total")
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
PLACEHOLDERS = {"不适用": "dash", "—": "dash", "/": "dash", "-": "dash", "无": "none_word", "不涉及": "none_word",
                "无此项": "none_word"}

Cellspec = tuple[str, int, int]  # text, rowspan, colspan


def fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def status(value: Any) -> tuple[str | None, str]:
    text = fmt(value)
    if text == "":
        return None, "blank"
    if text in PLACEHOLDERS:
        return None, PLACEHOLDERS[text]
    return text, "number"


# ------------------------------------------------------------------ grids (rows of spanned cells)


def active_grid(template: str, v: dict) -> list[list[Cellspec]]:
    """Table 二 as the official template lays it out (4 columns, group rows spanning all)."""
    rows: list[list[Cellspec]] = []
    t = {x.key: x for x in layout(template)}["active"]
    if template == "gov2021":
        blocks = [("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["rules", "normative_docs"]),
                  ("第二十条第（五）项", ["本年处理决定数量"], ["licensing"]),
                  ("第二十条第（六）项", ["本年处理决定数量"], ["penalty", "enforcement"]),
                  ("第二十条第（八）项", ["本年收费金额（单位：万元）"], ["fees"])]
    else:
        blocks = [("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], ["rules", "normative_docs"]),
                  ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["licensing", "other_services"]),
                  ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["penalty", "enforcement"]),
                  ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], ["fees"]),
                  ("第二十条第（九）项", ["采购项目数量", "采购总金额"], ["procurement"])]
    labels = {r.key: r.label for r in t.rows}
    cols = {r.key: r.cols for r in t.rows}
    for group, heads, keys in blocks:
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


def requests_header(*, subtotal: bool = False, breaks: bool = False) -> list[list[Cellspec]]:
    """The three header rows of table 三 (``subtotal``: a 小计 column after 其他; ``breaks``: the
    official template's line breaks inside 商业/企业 and 科研/机构)."""
    orgs = [("商业\n企业" if breaks else "商业企业", 1, 1), ("科研\n机构" if breaks else "科研机构", 1, 1),
            ("社会公益组织", 1, 1), ("法律服务机构", 1, 1), ("其他", 1, 1)] + ([("小计", 1, 1)] if subtotal else [])
    return [
        [(NOTE, 3, 3), ("申请人情况", 1, 7 + subtotal)],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5 + subtotal), ("总计", 2, 1)],
        orgs,
    ]


def requests_grid(template: str, v: dict, *, repeat_at: str | None = None, subtotal: bool = False,
                  breaks: bool = False) -> list[list[Cellspec]]:
    """Table 三 in the official layout (a 3-column label block); ``repeat_at`` repeats the
    header rows before that row (a page break in a converted document)."""
    t = {x.key: x for x in layout(template)}["requests"]
    cols = (*COLS[:6], "org_subtotal", "total") if subtotal else COLS
    rows = requests_header(subtotal=subtotal, breaks=breaks)
    body = [r for r in t.rows if not (r.header and r.key == "other_handling" and template == "gov2021")]
    keys = [r.key for r in body]
    n_outcome = keys.index("carried_forward") - keys.index("granted")  # the outcome rows and （七）总计
    seen_groups: set[str] = set()
    for r in body:
        if repeat_at == r.key:
            rows.extend(requests_header(subtotal=subtotal, breaks=breaks))
        vals = [(fmt(v[("requests", r.key, c)]), 1, 1) for c in cols]
        if r.key in ("new_received", "carried_over", "carried_forward"):
            rows.append([(r.label, 1, 3)] + vals)
            continue
        lead: list[Cellspec] = []
        if r.key == "granted":
            lead.append(("三、本年度办理结果", n_outcome, 1))
        if r.key in ("granted", "partial", "total_processed") or (template == "gov2019" and r.key == "other_handling"):
            rows.append(lead + [(r.label, 1, 2)] + vals)
            continue
        group = r.group or ""
        if group not in seen_groups:
            seen_groups.add(group)
            size = sum(1 for x in body if x.group == group)
            lead.append((group, size, 1))
        rows.append(lead + [(r.label, 1, 1)] + vals)
    return rows


def appeals_grid(v: dict, *, breaks: bool = False) -> list[list[Cellspec]]:
    heads = ["结果维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计"] if breaks else ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [
        [("行政复议", 1, 5), ("行政诉讼", 1, 10)],
        [(h, 2, 1) for h in heads] + [("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)],
        [(h, 1, 1) for h in heads + heads],
        [(fmt(v[("appeals", r, c)]), 1, 1) for r in ("review", "suit_direct", "suit_after_review") for c in APPEAL_COLS],
    ]


def appeals_turned_grid(v: dict) -> list[list[Cellspec]]:
    """Table 四 turned: one row per kind of case under one header of the five result columns."""
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    labels = {"review": "行政复议", "suit_direct": "行政诉讼（未经复议直接起诉）", "suit_after_review": "行政诉讼（复议后起诉）"}
    rows = [[("类别", 1, 1)] + [(h, 1, 1) for h in heads]]
    for r, label in labels.items():
        rows.append([(label, 1, 1)] + [(fmt(v[("appeals", r, c)]), 1, 1) for c in APPEAL_COLS])
    return rows


def stats_grid(v: dict, *, unit_col: bool = True) -> list[list[Cellspec]]:
    t = layout("gov2014")[0]
    rows = [[("统计指标", 1, 1)] + ([("单位", 1, 1)] if unit_col else []) + [("统计数", 1, 1)]]
    for r in t.rows:
        if r.header:
            rows.append([(r.label, 1, 1)] + ([("—", 1, 1)] if unit_col else []) + [("—", 1, 1)])
        else:
            rows.append([(r.label, 1, 1)] + ([(r.unit or "", 1, 1)] if unit_col else []) + [(fmt(v[("stats", r.key, "value")]), 1, 1)])
    return rows


# ------------------------------------------------------------------ renderers


def cells_once(grid: list[list[Cellspec]]) -> list[str]:
    """Every cell once in reading order (merged cells once, the cells they cover absent)."""
    return [text for row in grid for text, _, _ in row]


def full_rows(grid: list[list[Cellspec]], *, repeat: bool = False) -> list[list[str]]:
    """The grid with merged cells expanded: the text at its top-left, the covered cells empty."""
    width = max(sum(c for _, _, c in row) for row in grid)
    out: list[list[str | None]] = [[None] * width for _ in grid]
    for i, row in enumerate(grid):
        j = 0
        for text, rs, cs in row:
            while out[i][j] is not None:
                j += 1
            for a in range(rs):
                for b in range(cs):
                    if i + a < len(out):
                        out[i + a][j + b] = text if repeat or not (a or b) else ""
            j += cs
    return [[c or "" for c in row] for row in out]


def render_runs(grid, sep: str) -> str:
    return sep.join(c.replace("\n", "") for c in cells_once(grid)) + sep


def render_run_together(grid) -> str:
    return "".join(cells_once(grid))


def render_html(grid) -> str:
    lines = ["<table border=\"1\">"]
    for row in grid:
        tds = []
        for text, rs, cs in row:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            tds.append(f"<td{attrs}><p>{text}</p></td>")
        lines.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(lines + ["</table>"])


def render_pipe(grid, *, repeat: bool = False) -> str:
    rows = full_rows(grid, repeat=repeat)
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def render_tabs(grid) -> str:
    return "\n".join("\t".join(r) for r in full_rows(grid))


# ------------------------------------------------------------------ reports

CAPTIONS = {"active": "二、主动公开政府信息情况", "requests": "三、收到和处理政府信息公开申请情况",
            "appeals": "四、政府信息公开行政复议、行政诉讼情况"}


def report_text(
    issuer: str, year: int, tables: list[str], brk: str = "\n", *, html: bool = False, prose: str = ""
) -> str:
    """A report around ``tables``: the parts of the 2019/2021 formats (``prose`` ends the overview)."""
    paras = [
        f"根据《中华人民共和国政府信息公开条例》规定，特向社会公布{year}年度政府信息公开工作年度报告。",
        "一、总体情况",
        f"{year}年，{issuer}坚持以公开为常态、不公开为例外，不断提升政务公开质量。{prose}",
        *tables,
        "五、存在的主要问题及改进情况",
        "信息公开的及时性还有差距。下一步，将加强培训，提高公开质量。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
        issuer,
        f"{year + 1}年1月15日",
    ]
    if html:
        body = "\n".join(p if p.startswith("<table") else f"<p>{p}</p>" for p in paras)
        return f"<html><head><meta charset=\"utf-8\"></head><body>\n{body}\n</body></html>\n"
    return brk.join(paras) + brk


def small_requests(rng: random.Random, v: dict, template: str, *, carried: dict | None = None) -> None:
    """A small body's table 三: a handful of requests, natural persons and one kind of org
    (``carried``: last year's 结转下年度 by column, this year's 上年结转)."""
    t = {x.key: x for x in layout(template)}["requests"]
    keys = [r.key for r in t.rows if not (r.header and template == "gov2021")]
    outcome = keys[keys.index("carried_over") + 1: keys.index("total_processed")]
    org = rng.choice(COLS[1:6])
    if carried:
        org = next((c for c in COLS[1:6] if carried.get(c)), org)
    for col in COLS[:6]:
        active = col == "natural_person" or col == org
        for r in outcome:
            v[("requests", r, col)] = rng.choice([0, 0, 0, 0, 1, 2, 3, 4, 11]) if active else 0
        done = sum(v[("requests", r, col)] for r in outcome)
        over = rng.choice([0, 0, 1, 2]) if active else 0
        if carried is not None:
            over = carried.get(col) or 0
        fwd = rng.choice([0, 0, 1]) if active else 0
        new = done + fwd - over
        if new < 0:
            fwd -= new
            new = 0
        v[("requests", "new_received", col)] = new
        v[("requests", "carried_over", col)] = over
        v[("requests", "total_processed", col)] = done
        v[("requests", "carried_forward", col)] = fwd
    for r in keys:
        v[("requests", r, "total")] = sum(v[("requests", r, c)] for c in COLS[:6])


def blank_zeros(v: dict, rng: random.Random, *, share: float, table: str = "requests", word: str = "") -> None:
    for key, value in list(v.items()):
        if key[0] == table and value == 0 and rng.random() < share:
            v[key] = word


def glue_blanks(v: dict) -> None:
    """Run-together rows print the zeros of a row holding a count as empty cells."""
    rows = {(k[0], k[1]) for k in v if k[0] in ("requests",)}
    for t, r in rows:
        keys = [(t, r, c) for c in COLS]
        if any(v[k] not in (0, None, "") for k in keys):
            for k in keys:
                if v[k] == 0:
                    v[k] = ""


def main() -> None:
    rng = random.Random(20261206)
    probes: dict[str, dict[str, Any]] = {}

    def add(name: str, ext: str, text: str, values: dict, *, errors: tuple[str, ...] = ()) -> None:
        (OUT / f"{name}.{ext}").write_bytes(text.encode("utf-8"))
        probes[name] = {"file": f"{name}.{ext}", "expected_errors": list(errors),
                        "cells": {"|".join(k): list(status(val)) for k, val in sorted(values.items())}}

    def tables_of(template, v, render, **kw):
        grids = [("active", active_grid(template, v)), ("requests", requests_grid(template, v, **kw)),
                 ("appeals", appeals_grid(v, breaks=kw.get("breaks", False)))]
        return [(CAPTIONS[k], render(g)) for k, g in grids]

    def join(parts, sep):
        return [c + sep + t for c, t in parts]

    # 1 gov2021, cells in CRLF runs, an empty cell an empty run.
    v = consistent_values("gov2021", rng, blanks=False)
    blank_zeros(v, rng, share=0.5)
    add("crlf-runs-2021", "txt", report_text("青海省海东市乐都区人民政府", 2022,
        join(tables_of("gov2021", v, lambda g: render_runs(g, "\r\n")), "\r\n"), "\r\n"), v)
    # 2 gov2019, cells in runs of CR (three per cell).
    v = consistent_values("gov2019", rng, blanks=False)
    blank_zeros(v, rng, share=0.4)
    add("cr-runs-2019", "txt", report_text("吉林省长春市朝阳区人民政府", 2019,
        join(tables_of("gov2019", v, lambda g: render_runs(g, "\r\r\r")), "\r\r\r"), "\r"), v)
    # 3 gov2021, blank-line separated cells (one cell per paragraph, empty cell an empty paragraph).
    v = consistent_values("gov2021", rng, blanks=False)
    blank_zeros(v, rng, share=0.3)
    add("blankline-cells-2021", "txt", report_text("安徽省交通运输厅", 2023,
        join(tables_of("gov2021", v, lambda g: render_runs(g, "\n\n")), "\n\n"), "\n\n"), v)
    # 4 gov2021, one cell per line with the table 三 header repeated after a page break.
    v = consistent_values("gov2021", rng, blanks=False)
    add("lines-repeated-header-2021", "txt", report_text("福建省漳州市龙海区市场监督管理局", 2024,
        join(tables_of("gov2021", v, lambda g: "\n".join(cells_once(g)), repeat_at="unable_not_held"), "\n"), "\n"), v)
    # 5 gov2019, one cell per line, header repeated, 本年增/减 negative.
    v = consistent_values("gov2019", rng, blanks=False)
    v[("active", "licensing", "change")] = -3
    v[("active", "licensing", "prev_items")] = 146
    add("lines-repeated-header-2019", "txt", report_text("山西省太原市小店区人民政府", 2020,
        join(tables_of("gov2019", v, lambda g: "\n".join(cells_once(g)), repeat_at="denied_third_party"), "\n"), "\n"), v)
    # 6 gov2021, HTML rowspan/colspan, fees 不适用, some dashes.
    v = consistent_values("gov2021", rng, blanks=False)
    v[("active", "fees", "amount")] = "不适用"
    v[("active", "rules", "issued")], v[("active", "rules", "repealed")], v[("active", "rules", "in_force")] = "—", "—", "—"
    blank_zeros(v, rng, share=0.3, word="—")
    add("html-spans-2021", "html", report_text("湖南省岳阳市生态环境局", 2022,
        join(tables_of("gov2021", v, render_html), "\n"), html=True), v)
    # 7 gov2019, HTML, procurement with a decimal amount, a negative change.
    v = consistent_values("gov2019", rng, blanks=False)
    v[("active", "procurement", "items")] = 18
    v[("active", "procurement", "amount")] = Decimal("7321.56")
    v[("active", "penalty", "prev_items")] = 412
    v[("active", "penalty", "change")] = -12
    add("html-spans-2019", "html", report_text("陕西省宝鸡市人民政府办公室", 2019,
        join(tables_of("gov2019", v, render_html), "\n"), html=True), v)
    # 8 gov2021 markdown pipe tables (covered cells empty), 无 and / placeholders.
    v = consistent_values("gov2021", rng, blanks=False)
    v[("active", "rules", "issued")], v[("active", "rules", "repealed")], v[("active", "rules", "in_force")] = "无", "无", "无"
    v[("active", "enforcement", "decisions")] = "/"
    blank_zeros(v, rng, share=0.2, table="appeals", word="/")
    add("pipe-2021", "txt", report_text("广西壮族自治区南宁市兴宁区卫生健康局", 2023,
        join(tables_of("gov2021", v, render_pipe), "\n\n"), "\n"), v)
    # 9 gov2019 markdown, 不涉及 in the 2019 table 二.
    v = consistent_values("gov2019", rng, blanks=False)
    for c in ("made", "published", "total_published"):
        v[("active", "rules", c)] = "不涉及"
    v[("active", "procurement", "items")] = 3
    v[("active", "procurement", "amount")] = Decimal("56.8")
    add("pipe-2019", "txt", report_text("新疆维吾尔自治区昌吉回族自治州呼图壁县人民政府", 2020,
        join(tables_of("gov2019", v, render_pipe), "\n\n"), "\n"), v)
    # 10 gov2021 tab-separated rows.
    v = consistent_values("gov2021", rng, blanks=False)
    blank_zeros(v, rng, share=0.4)
    add("tabs-2021", "txt", report_text("江苏省苏州市吴江区松陵街道办事处", 2021,
        join(tables_of("gov2021", v, render_tabs), "\n"), "\n"), v)
    # 11 gov2021 run-together, small body, decimal fees.
    v = consistent_values("gov2021", rng, blanks=False)
    small_requests(rng, v, "gov2021")
    v[("active", "fees", "amount")] = Decimal("0.15")
    glue_blanks(v)
    add("run-together-2021", "txt", report_text("四川省凉山彝族自治州会理市鹿厂镇人民政府", 2022,
        join(tables_of("gov2021", v, render_run_together), ""), "\n"), v)
    # 12 gov2019 run-together, small body (previous-year pair of 14).
    v = consistent_values("gov2019", rng, blanks=False)
    small_requests(rng, v, "gov2019")
    v[("active", "procurement", "items")] = 4
    v[("active", "procurement", "amount")] = Decimal("87.5")
    glue_blanks(v)
    v2019 = dict(v)
    add("run-together-2019", "txt", report_text("河北省邢台市信都区人民政府", 2019,
        join(tables_of("gov2019", v, render_run_together), ""), "\n"), v)
    # 13 gov2019 run-together, the same body's next year: 上一年项目数量 = last year's + 本年增/减,
    # 上年结转 = last year's 结转下年度.
    v = consistent_values("gov2019", rng, blanks=False)
    small_requests(rng, v, "gov2019",
                   carried={c: v2019[("requests", "carried_forward", c)] for c in COLS[:6]})
    for r in ("licensing", "other_services", "penalty", "enforcement", "fees"):
        prev = v2019[("active", r, "prev_items")]
        ch = v2019[("active", r, "change")]
        v[("active", r, "prev_items")] = (prev or 0) + (ch or 0)
    v[("active", "procurement", "items")] = 21
    v[("active", "procurement", "amount")] = Decimal("1873.5")
    glue_blanks(v)
    add("run-together-2020", "txt", report_text("河北省邢台市信都区人民政府", 2020,
        join(tables_of("gov2019", v, render_run_together), ""), "\n"), v)
    # 14 gov2014 statistics table, one cell per line, decimal 万元.
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "fees", "value")] = Decimal("0.02")
    v[("stats", "budget", "value")] = Decimal("3.5")
    add("lines-2014", "txt", report_text("云南省玉溪市红塔区人民政府", 2016,
        ["附件：政府信息公开情况统计表\n" + "\n".join(cells_once(stats_grid(v)))], "\n"), v)
    # 15 gov2014 statistics table, markdown.
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "budget", "value")] = Decimal("12.80")
    add("pipe-2014", "txt", report_text("辽宁省鞍山市铁东区人民政府", 2017,
        ["政府信息公开情况统计表\n\n" + render_pipe(stats_grid(v))], "\n"), v)
    # 16 gov2021 CR runs, inconsistent: new_received total one more than its columns.
    v = consistent_values("gov2021", rng, blanks=False)
    v[("requests", "new_received", "total")] = v[("requests", "new_received", "total")] + 1
    add("cr-runs-inconsistent-2021", "txt", report_text("宁夏回族自治区银川市金凤区人民政府", 2023,
        join(tables_of("gov2021", v, lambda g: render_runs(g, "\r\r")), "\r\r"), "\r"), v,
        errors=("T3-A", "T3-C"))
    # 17 gov2021 pipe table from a Word reader that repeats a merged cell's text in every cell it covers.
    v = consistent_values("gov2021", rng, blanks=False)
    add("pipe-repeated-merges-2021", "txt", report_text("浙江省温州市瑞安市人民政府", 2022,
        join(tables_of("gov2021", v, lambda g: render_pipe(g, repeat=True)), "\n\n"), "\n"), v)
    # 18 gov2021 one cell per line keeping the template's line breaks inside header cells.
    v = consistent_values("gov2021", rng, blanks=False)
    blank_zeros(v, rng, share=0.3)
    add("lines-inner-breaks-2021", "txt", report_text("重庆市万州区教育委员会", 2023,
        join(tables_of("gov2021", v, lambda g: render_runs(g, "\n\n"), breaks=True), "\n\n"), "\n\n"), v)
    # 19 gov2021 HTML with a 法人或其他组织小计 column.
    v = consistent_values("gov2021", rng, blanks=False)
    for r in {k[1] for k in v if k[0] == "requests"}:
        v[("requests", r, "org_subtotal")] = sum(v[("requests", r, c)] for c in COLS[1:6])
    add("html-subtotal-2021", "html", report_text("黑龙江省齐齐哈尔市龙沙区人民政府", 2024,
        join(tables_of("gov2021", v, render_html, subtotal=True), "\n"), html=True), v)
    # 20 gov2019 HTML with thousands separators and a 万元 suffix inside the amount cell.
    v = consistent_values("gov2019", rng, blanks=False)
    v[("active", "licensing", "prev_items")] = 12309
    v[("active", "procurement", "items")] = 35
    v[("active", "procurement", "amount")] = Decimal("17321.56")
    shown = dict(v)
    shown[("active", "licensing", "prev_items")] = "12,309"
    shown[("active", "procurement", "amount")] = "17,321.56万元"
    text = report_text("贵州省贵阳市观山湖区人民政府", 2020, join(tables_of("gov2019", shown, render_html), "\n"), html=True)
    add("html-thousands-2019", "html", text, v)
    # 21 gov2021 CR runs in full-width digits.
    v = consistent_values("gov2021", rng, blanks=False)
    v[("active", "fees", "amount")] = Decimal("1.2")
    wide = {k: (fmt(x).translate(str.maketrans("0123456789.", "０１２３４５６７８９．")) if x not in (None, "") else x)
            for k, x in v.items()}
    add("cr-fullwidth-2021", "txt", report_text("西藏自治区拉萨市城关区人民政府", 2022,
        join(tables_of("gov2021", wide, lambda g: render_runs(g, "\r\r")), "\r\r"), "\r"), v)
    # 22 gov2019 tab-separated rows, procurement 0.00 and table 三 zeros as 0.
    v = consistent_values("gov2019", rng, blanks=False)
    v[("active", "procurement", "items")] = 0
    v[("active", "procurement", "amount")] = Decimal("0.00")
    add("tabs-2019", "txt", report_text("湖北省十堰市郧阳区人民政府", 2019,
        join(tables_of("gov2019", v, render_tabs), "\n"), "\n"), v)
    # 23 gov2014 statistics table as HTML, without the 单位 column.
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "fees", "value")] = Decimal("0.35")
    add("html-2014", "html", report_text("内蒙古自治区赤峰市松山区人民政府", 2015,
        ["<p>政府信息公开情况统计表</p>\n" + render_html(stats_grid(v, unit_col=False))], html=True), v)
    # 24 gov2021 one cell per line, inconsistent: （七）总计 of 自然人 one short of its outcome rows.
    v = consistent_values("gov2021", rng, blanks=False)
    v[("requests", "granted", "natural_person")] += 1
    v[("requests", "granted", "total")] += 1
    add("lines-inconsistent-2021", "txt", report_text("山东省济南市历下区人民政府", 2024,
        join(tables_of("gov2021", v, lambda g: "\n".join(cells_once(g))), "\n"), "\n"), v, errors=("T3-B",))
    # 25-27 table 四 turned (three rows of five), as HTML, pipe table and one cell per line.
    for name, issuer, year, template, render, ext in (
        ("html-turned-appeals-2021", "河南省洛阳市西工区人民政府", 2023, "gov2021", render_html, "html"),
        ("pipe-turned-appeals-2019", "甘肃省天水市秦州区人民政府", 2020, "gov2019", render_pipe, "txt"),
        ("lines-turned-appeals-2021", "海南省三亚市吉阳区人民政府", 2024, "gov2021", lambda g: "\n".join(cells_once(g)), "txt"),
    ):
        v = consistent_values(template, rng, blanks=False)
        for r in ("review", "suit_direct", "suit_after_review"):
            if v[("appeals", r, "total")] == 0:
                v[("appeals", r, "upheld")] = v[("appeals", r, "total")] = 1
        parts = [(CAPTIONS["active"], render(active_grid(template, v))),
                 (CAPTIONS["requests"], render(requests_grid(template, v))),
                 (CAPTIONS["appeals"], render(appeals_turned_grid(v)))]
        sep = "\n\n" if render is render_pipe else "\n"
        add(name, ext, report_text(issuer, year, join(parts, sep), "\n", html=ext == "html"), v)
    # 28-30 one cell per line where an empty cell prints no line at all (an HTML table's text
    # with empty <td> dropped): the row holds fewer lines than columns.
    for name, issuer, year, template, sep in (
        ("lines-blanks-vanish-2021", "吉林省吉林市船营区人民政府", 2022, "gov2021", "\n"),
        ("lines-blanks-vanish-2019", "江西省九江市濂溪区人民政府", 2020, "gov2019", "\n"),
        ("crlf-blanks-vanish-2021", "四川省绵阳市涪城区人民政府", 2023, "gov2021", "\r\n"),
    ):
        v = consistent_values(template, rng, blanks=False)
        blank_zeros(v, rng, share=0.6)
        parts = join(tables_of(template, v, lambda g, sep=sep: sep.join(c for c in cells_once(g) if c)), sep)
        add(name, "txt", report_text(issuer, year, parts, sep), v)
    # 31 tab rows whose runs of tabs were collapsed to one (the empty cells vanished with them).
    v = consistent_values("gov2021", rng, blanks=False)
    blank_zeros(v, rng, share=0.6)
    parts = join(tables_of("gov2021", v, lambda g: re.sub(r"\t+", "\t", render_tabs(g))), "\n")
    add("tabs-blanks-vanish-2021", "txt", report_text("广东省韶关市浈江区人民政府", 2024, parts, "\n"), v)
    (OUT / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


if __name__ == "__main__":
    main()
