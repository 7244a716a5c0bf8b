"""Write the held-out table probes of ``tests/cases/table_probes5`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10, tables from anywhere), in shapes the
earlier probe sets lack: the flattenings of other provinces' CMS (one line per table row with the
cells joined by a space or an ideographic space and the empty cells gone, the whole table on one
line, rows glued without separators), tables with only some columns filled (the 总计 column only,
自然人 and 总计 only), 2014-era and 2019-era tables flattened, zeros printed as 0 next to blank
cells, decimal 万元 amounts, and 一网通办 / 12345 hotline prose with its own numbers right before and
between the tables. Some overviews state who applied (the report's own wording, which a reader may
weigh where the arithmetic leaves the reading open). Every probe is consistent (every identity of
FORMAT.md §3 holds): any error finding blames the report for our misreading.

    python bench/make_table_probes5.py   # rewrites tests/cases/table_probes5/

Expected cells go to ``expected.json`` as in ``table_probes3``: ``{probe: {"cells":
{"table|row|col": [value, status]}, "expected_errors": [], "file": name, "shape": ...}}``.
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
    CAPTIONS,
    COLS,
    active_grid,
    appeals_grid,
    appeals_turned_grid,
    blank_zeros,
    cells_once,
    full_rows,
    glue_blanks,
    report_text,
    requests_grid,
    small_requests,
    stats_grid,
    status,
)
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes5"

#: Prose a portal prints near its tables: numbers of its own that are no table cell.
SERVICE_PROSE = [
    "依托“一网通办”平台，全年网上受理政务服务事项12563件，办结率100%，群众满意率99.8%。",
    "12345政务服务便民热线全年受理群众诉求3471件，按时办结3402件。",
    "全年通过政务新媒体发布信息836条，阅读量达21万人次。",
]


# ------------------------------------------------------------------ renderers (blanks vanish)


def rows_joined(grid, sep: str = " ") -> str:
    """One line per grid row, its cells joined by ``sep``; empty cells print nothing and their
    separators collapse (a CMS that squeezes whitespace)."""
    return "\n".join(sep.join(c.replace("\n", "") for c in row if c.strip()) for row in full_rows(grid))


def one_line(grid) -> str:
    """The whole table on one line, cells joined by a space, empty cells gone (a crawler's text)."""
    return " ".join(c.replace("\n", "") for c in cells_once(grid) if c.strip())


def rows_glued(grid) -> str:
    """One line per grid row, its cells glued without separators (a PDF converter's text)."""
    return "\n".join("".join(c.replace("\n", "") for c in row) for row in full_rows(grid))


def rows_tabbed(grid) -> str:
    """One line per grid row, cells TAB-separated, empty cells kept (0 and blank tell apart)."""
    return "\n".join("\t".join(c.replace("\n", "") for c in row) for row in full_rows(grid))


# ------------------------------------------------------------------ values


def blank_all_zeros(v: dict, table: str = "requests") -> None:
    """Every zero of ``table`` left blank (bodies that fill only the cells that hold a count)."""
    for key, value in list(v.items()):
        if key[0] == table and value == 0:
            v[key] = ""


def only_totals(v: dict) -> None:
    """Table 三 with the applicant columns left empty: only 总计 filled (zeros there printed 0)."""
    for key in list(v):
        if key[0] == "requests" and key[2] != "total":
            v[key] = ""


def person_and_total(v: dict) -> None:
    """Table 三 of a body whose requests all came from natural persons: 自然人 and 总计 filled,
    the organisation columns empty."""
    for key in list(v):
        if key[0] == "requests" and key[2] in COLS[1:6]:
            v[key] = ""
    for key in [k for k in v if k[0] == "requests" and k[2] == "total"]:
        v[key] = v[(key[0], key[1], "natural_person")]


def who_applied(v: dict) -> str:
    """The overview's sentence on this year's requests by applicant, as many reports word it."""
    num = lambda k: v[("requests", "new_received", k)] or 0  # noqa: E731
    orgs = sum(num(c) for c in COLS[1:6])
    said = f"全年共收到政府信息公开申请{num('total')}件，其中自然人申请{num('natural_person')}件"
    if orgs:
        said += f"，法人或其他组织申请{orgs}件"
    return said + "。"


def main() -> None:
    rng = random.Random(20261207)
    OUT.mkdir(parents=True, exist_ok=True)
    probes: dict[str, dict[str, Any]] = {}

    def add(name: str, shape: str, text: str, values: dict) -> None:
        (OUT / f"{name}.txt").write_bytes(text.encode("utf-8"))
        probes[name] = {"file": f"{name}.txt", "shape": shape, "expected_errors": [],
                        "cells": {"|".join(k): list(status(val)) for k, val in sorted(values.items())}}

    def tables(template: str, v: dict, render, *, turned: bool = False, between: str = "") -> list[str]:
        grids = [("active", active_grid(template, v)), ("requests", requests_grid(template, v)),
                 ("appeals", appeals_turned_grid(v) if turned else appeals_grid(v))]
        out = []
        for k, g in grids:
            out.append(CAPTIONS[k] + "\n" + render(g))
            if k == "requests" and between:
                out.append(between)
        return out

    def gov(template: str, *, fees: Decimal | None = None) -> dict:
        v = consistent_values(template, rng, blanks=False)
        if template == "gov2021" and fees is not None:
            v[("active", "fees", "amount")] = fees
        if template == "gov2019":
            v[("active", "procurement", "amount")] = fees if fees is not None else Decimal("316.45")
        return v

    # --- one line per row, cells joined by one space, empty cells gone (Hubei/Hunan-style CMS)
    for i, (issuer, year, template) in enumerate((
        ("湖北省宜昌市夷陵区人民政府", 2022, "gov2021"),
        ("湖南省常德市武陵区农业农村局", 2020, "gov2019"),
        ("江西省赣州市章贡区人民政府", 2023, "gov2021"),
    )):
        v = gov(template, fees=Decimal("23.47"))
        blank_all_zeros(v)
        prose = who_applied(v) if i != 1 else ""
        add(f"space-rows-blank-zeros-{year}", "space_rows", report_text(issuer, year, tables(template, v, rows_joined),
            prose=prose), v)
    # the same with zeros printed as 0 next to blank cells (some zeros blank, some 0)
    for issuer, year, template in (("广东省惠州市惠阳区人民政府", 2022, "gov2021"),
                                   ("浙江省台州市黄岩区司法局", 2019, "gov2019")):
        v = gov(template)
        blank_zeros(v, rng, share=0.5)
        add(f"space-rows-mixed-zeros-{year}", "space_rows", report_text(issuer, year, tables(template, v, rows_joined),
            prose=who_applied(v)), v)
    # --- ideographic spaces between cells (Guizhou/Yunnan CMS), empty cells gone, table 四 turned
    for issuer, year, template in (("贵州省遵义市汇川区人民政府", 2021, "gov2021"),
                                   ("云南省曲靖市麒麟区人民政府", 2020, "gov2019")):
        v = gov(template, fees=Decimal("0.86"))
        blank_all_zeros(v)
        add(f"ideographic-rows-{year}", "ideographic_rows",
            report_text(issuer, year, tables(template, v, lambda g: rows_joined(g, "\u3000"), turned=True),
                        prose=who_applied(v)), v)
    # --- the whole table on one line (a crawler's text), small bodies, zeros blank
    for i, (issuer, year, template) in enumerate((("山东省潍坊市寒亭区固堤街道办事处", 2022, "gov2021"),
                                                  ("河南省周口市川汇区人民政府", 2019, "gov2019"),
                                                  ("安徽省六安市金安区卫生健康委员会", 2023, "gov2021"))):
        v = gov(template, fees=Decimal("5.2"))
        small_requests(rng, v, template)
        glue_blanks(v)
        prose = who_applied(v) if i != 2 else ""
        add(f"one-line-small-{year}", "one_line", report_text(issuer, year, tables(template, v, one_line),
            prose=prose), v)
    # --- rows glued without separators, one line per row (2019 era and 2021), small bodies
    for issuer, year, template in (("河北省保定市竞秀区人民政府", 2020, "gov2019"),
                                   ("黑龙江省大庆市让胡路区人民政府", 2022, "gov2021")):
        v = gov(template, fees=Decimal("12.35"))
        small_requests(rng, v, template)
        glue_blanks(v)
        add(f"glued-rows-{year}", "glued_rows", report_text(issuer, year, tables(template, v, rows_glued),
            prose=who_applied(v)), v)
    # --- only some columns filled: 总计 only; 自然人 and 总计 only (TAB rows keep the empty cells)
    v = gov("gov2021", fees=Decimal("47.08"))
    only_totals(v)
    add("totals-only-tabs-2022", "some_columns", report_text("江苏省南通市崇川区人民政府", 2022,
        tables("gov2021", v, rows_tabbed)), v)
    v = gov("gov2021", fees=Decimal("0.5"))
    person_and_total(v)
    add("person-total-tabs-2023", "some_columns", report_text("福建省三明市沙县区人民政府", 2023,
        tables("gov2021", v, rows_tabbed)), v)
    v = gov("gov2019")
    person_and_total(v)
    blank_all_zeros(v)
    add("person-total-space-2020", "some_columns", report_text("四川省南充市顺庆区人民政府", 2020,
        tables("gov2019", v, rows_joined), prose=who_applied(v)), v)
    # --- 2014-era statistics table flattened: one line per row, glued; one line per row spaced; all on one line
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "fees", "value")] = Decimal("0.03")
    v[("stats", "budget", "value")] = Decimal("8.75")
    add("stats-glued-2016", "era2014", report_text("山西省晋中市榆次区人民政府", 2016,
        ["附表：政府信息公开情况统计表\n" + rows_glued(stats_grid(v))]), v)
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "budget", "value")] = Decimal("15.6")
    add("stats-space-rows-2017", "era2014", report_text("辽宁省锦州市古塔区人民政府", 2017,
        ["政府信息公开情况统计表\n" + rows_joined(stats_grid(v))]), v)
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "fees", "value")] = Decimal("0.12")
    add("stats-one-line-2018", "era2014", report_text("吉林省四平市铁西区人民政府", 2018,
        ["附件 政府信息公开情况统计表 " + one_line(stats_grid(v, unit_col=False))]), v)
    # --- 一网通办 / hotline prose right before and between the tables, 2019 and 2021, space rows
    for issuer, year, template in (("上海市闵行区人民政府", 2021, "gov2021"),
                                   ("天津市河西区人民政府", 2019, "gov2019"),
                                   ("重庆市渝北区人民政府", 2024, "gov2021")):
        v = gov(template, fees=Decimal("1836.4"))
        blank_all_zeros(v)
        parts = tables(template, v, rows_joined, between=SERVICE_PROSE[1])
        add(f"service-prose-{year}", "service_prose",
            report_text(issuer, year, parts, prose=SERVICE_PROSE[0] + SERVICE_PROSE[2] + who_applied(v)), v)
    # --- 0 vs blank with visible separators (TAB rows), decimal 万元 in both eras
    for issuer, year, template, fee in (("陕西省咸阳市秦都区人民政府", 2022, "gov2021", Decimal("203.75")),
                                        ("甘肃省兰州市城关区人民政府", 2020, "gov2019", Decimal("0.08"))):
        v = gov(template, fees=fee)
        blank_zeros(v, rng, share=0.5)
        blank_zeros(v, rng, share=0.5, table="appeals")
        add(f"tabs-zero-blank-{year}", "zero_blank", report_text(issuer, year, tables(template, v, rows_tabbed)), v)
    (OUT / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


if __name__ == "__main__":
    main()
