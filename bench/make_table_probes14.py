"""Write the held-out table probes of ``tests/cases/table_probes14`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10 item 2), in shapes of county and township
portals' reports that table_probes3..13 do not hold (one batch, scored untuned on main before any fix):

* ``excel_paste``: whole 2021 reports whose three tables were pasted from Excel/WPS as TAB rows: one or
  two leading empty cells on every row (the sheet's empty first columns), merged cells repeated in every
  cell they cover (the header's 3 lines with 申请人情况 over two levels of heads, 三、本年度办理结果 down
  its rows, 法人或其他组织 over five columns), counts with thousands separators and trailing spaces;
* ``excel_zeros``: zeros printed ``-`` (the accounting format's `` - ``, with ``" 1,234 "`` counts) or
  left empty in every row whose cells are all 0;
* ``pdf_columns``: table 三 out of a PDF extractor that reads it by columns: the header cells, the row
  labels, then one line per column holding that column's values top to bottom (2021 and 2019);
* ``active_2019``: the 2019 format's table 二 (第二十条第（一）项 … rows) with 本年增/减 negative printed
  ``-12``, ``－12`` or ``−12``, in TAB rows with a leading empty cell and in space-separated rows;
* ``appeals_halves``: table 四 as 16 columns (a label column and the 15 counts) printed in two halves one
  under the other (the page too narrow), cut inside 未经复议直接起诉 or between the 行政诉讼 groups;
* batch B (5 probes, written after batch A's fixes and scored before any fix of its own): ``-`` zeros in
  space rows and in table 三 by columns, table 四's halves behind two empty columns with 行政复议 alone in the
  first, accounting zeros with halves, the 2019 tables behind two empty columns with empty zero rows;
* ``inconsistent``: planted identity errors (T3-A a 结转, T3-B a 总计 row against its outcome rows,
  T4-A a table 四 总计) in the shapes above, which must be found.

Every probe but the ``inconsistent`` ones is consistent (every identity of FORMAT.md §3 holds).

    python bench/make_table_probes14.py   # rewrites tests/cases/table_probes14/

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
    active_grid,
    appeals_grid,
    fmt,
    full_rows,
    report_text,
    requests_grid,
)
from bench.make_table_probes7 import gov  # noqa: E402
from bench.make_table_probes8 import is_value, tables_text  # noqa: E402
from bench.make_table_probes12 import cells_of  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes14"

Grid = list[list[tuple[str, int, int]]]
HEAD_ROWS = 3


def value(text: str) -> bool:
    """A printed value as :func:`bench.make_table_probes8.is_value` knows it, or a ``-`` zero."""
    return is_value(text.strip()) or text.strip() in ("-", "－")


def excel(grid: Grid, *, lead: int = 1, repeat: bool = True, trail: str = "") -> str:
    """TAB rows as a sheet pastes them: ``lead`` empty cells first, merged cells repeated (``repeat``),
    ``trail`` after each value cell."""
    out = []
    for row in full_rows(grid, repeat=repeat):
        cells = [c.replace("\n", "") for c in row]
        cells = [c + trail if c and is_value(c.strip()) else c for c in cells]
        out.append("\t" * lead + "\t".join(cells))
    return "\n".join(out)


def grouped(x: Any, *, pad: bool = True) -> str:
    """A count with thousands separators and a trailing space (``1,234 ``)."""
    if isinstance(x, int):
        return f"{x:,}" + (" " if pad else "")
    return fmt(x)


def accounting(x: Any) -> str:
    """Excel's accounting format copied: `` 1,234 `` and a zero as `` - ``."""
    if isinstance(x, int):
        return " - " if x == 0 else f" {x:,} "
    if isinstance(x, Decimal):
        return " - " if x == 0 else f" {x:,} "
    return fmt(x)


def printed(v: dict, show, tables=("active", "requests", "appeals")) -> dict:
    return {k: (show(x) if k[0] in tables and isinstance(x, (int, Decimal)) else x) for k, x in v.items()}


def dash_labels(v: dict, tables=("active", "requests", "appeals")) -> dict:
    """The labels of an accounting-format print: every zero a dash."""
    return {k: ("-" if k[0] in tables and isinstance(x, (int, Decimal)) and x == 0 else x) for k, x in v.items()}


def empty_zero_rows(v: dict, table: str = "requests") -> dict:
    """Every row of ``table`` whose cells are all 0 printed empty."""
    out = dict(v)
    rows = {k[1] for k in v if k[0] == table}
    for r in rows:
        keys = [k for k in v if k[0] == table and k[1] == r]
        if all(v[k] == 0 for k in keys):
            for k in keys:
                out[k] = ""
    return out


def columns_lines(grid: Grid) -> str:
    """Table 三 read by columns: header cells a line each, row labels a line each, then one line per
    value column with that column's values top to bottom."""
    rows = [[c.replace("\n", "") for c in r] for r in full_rows(grid)]
    head, body = rows[:HEAD_ROWS], rows[HEAD_ROWS:]
    out = [c for r in head for c in r if c]
    out += [c for r in body for c in r if c and not value(c)]
    values = [[c for c in r if c and value(c)] for r in body]
    width = max(len(x) for x in values)
    for j in range(width):
        out.append(" ".join(x[j] for x in values if len(x) > j))
    return "\n".join(out)


HEADS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def appeals_halves(v: dict, *, split: int, label: str = "件数", sep: str = "\t", show=fmt,
                   between: str = "") -> str:
    """Table 四's 16 columns (``label`` and the 15 counts) in two halves one under the other, cut after
    ``split`` counts; each half with its three header lines."""
    cols = [("行政复议", "", h, ("appeals", "review", c)) for h, c in zip(HEADS, APPEAL_COLS, strict=True)]
    cols += [("行政诉讼", "未经复议直接起诉", h, ("appeals", "suit_direct", c)) for h, c in zip(HEADS, APPEAL_COLS, strict=True)]
    cols += [("行政诉讼", "复议后起诉", h, ("appeals", "suit_after_review", c)) for h, c in zip(HEADS, APPEAL_COLS, strict=True)]
    out = []
    for k, half in enumerate((cols[:split], cols[split:])):
        if k and between:
            out.append(between)
        one = [""] + [g for g, _, _, _ in half]
        two = [""] + [s or h for _, s, h, _ in half]
        three = [""] + [h for _, _, h, _ in half]
        vals = [label] + [show(v[key]) for _, _, _, key in half]
        for line in (one, two, three, vals):
            if sep == "\t":
                out.append("\t".join(line))
            else:
                out.append(sep.join(c for c in line if c))
    return "\n".join(out)


def active_2019(v: dict, *, minus: str = "-", lead: int = 1, sep: str = "\t") -> str:
    """The 2019 table 二 with 本年增/减 signed by ``minus``."""
    p = {k: (str(x).replace("-", minus) if k[0] == "active" and k[2] == "change" and isinstance(x, int) else x)
         for k, x in v.items()}
    grid = active_grid("gov2019", p)
    if sep == "\t":
        return excel(grid, lead=lead, repeat=False)
    return "\n".join(sep.join(c.replace("\n", "") for c in r if c) for r in full_rows(grid))


def space_rows(grid: Grid) -> str:
    return "\n".join(" ".join(c.replace("\n", "") for c in r if c) for r in full_rows(grid))


def txt(issuer: str, year: int, parts: list[tuple[str, str]], brk: str = "\n") -> str:
    return report_text(issuer, year, tables_text(parts), brk)


def negative(v: dict) -> dict:
    """Make sure at least two of the 2019 本年增/减 are negative."""
    v[("active", "licensing", "change")] = -abs(v[("active", "licensing", "change")]) or -3
    v[("active", "penalty", "change")] = -abs(v[("active", "penalty", "change")]) or -12
    return v


def batch_a(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- Excel/WPS pastes, whole 2021 reports
    v = gov("gov2021", rng, fees=Decimal("0"), factor=30)
    p = printed(v, grouped)
    parts = [("active", excel(active_grid("gov2021", p))), ("requests", excel(requests_grid("gov2021", p))),
             ("appeals", excel(appeals_grid(p)))]
    add("excel-lead-thousands-2022", "excel_paste", "txt", txt("河北省保定市清苑区人民政府", 2022, parts), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    parts = [("active", excel(active_grid("gov2021", v), lead=2, repeat=False)),
             ("requests", excel(requests_grid("gov2021", v), lead=2)),
             ("appeals", excel(appeals_grid(v), lead=2))]
    add("excel-two-leads-2023", "excel_paste", "txt", txt("江苏省盐城市射阳县人民政府", 2023, parts), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=12)
    p = printed(v, lambda x: grouped(x, pad=False))
    parts = [("active", excel(active_grid("gov2021", p), trail=" ")),
             ("requests", excel(requests_grid("gov2021", p), trail="  ")),
             ("appeals", excel(appeals_grid(p), trail=" "))]
    add("wps-trailing-spaces-2022", "excel_paste", "txt",
        txt("山东省潍坊市寿光市人民政府", 2022, parts, brk="\r\n"), v)

    # ---------------------------------------------------------------- zeros as - or empty rows
    v = gov("gov2021", rng, fees=Decimal("0"), factor=20)
    p = printed(v, accounting)
    parts = [("active", excel(active_grid("gov2021", p), repeat=False)),
             ("requests", excel(requests_grid("gov2021", p))), ("appeals", excel(appeals_grid(p)))]
    add("accounting-dash-2022", "excel_zeros", "txt", txt("浙江省金华市义乌市人民政府", 2022, parts), dash_labels(v))

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    e = empty_zero_rows(v)
    parts = [("active", excel(active_grid("gov2021", v), repeat=False)),
             ("requests", excel(requests_grid("gov2021", e))), ("appeals", excel(appeals_grid(v)))]
    add("empty-zero-rows-township-2022", "excel_zeros", "txt", txt("湖北省宜昌市夷陵区小溪塔街道办事处", 2022, parts), e)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    d = dash_labels(v, tables=("requests", "appeals"))
    parts = [("active", excel(active_grid("gov2021", v), repeat=False)),
             ("requests", excel(requests_grid("gov2021", d), lead=1, repeat=False)),
             ("appeals", excel(appeals_grid(d), repeat=False))]
    add("hyphen-zeros-township-2023", "excel_zeros", "txt", txt("四川省眉山市东坡区太和镇人民政府", 2023, parts), d)

    # ---------------------------------------------------------------- PDF columns as lines
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    parts = [("active", excel(active_grid("gov2021", v), lead=0, repeat=False)),
             ("requests", columns_lines(requests_grid("gov2021", v))), ("appeals", excel(appeals_grid(v), lead=0))]
    add("pdf-columns-2022", "pdf_columns", "txt", txt("河南省洛阳市西工区人民政府", 2022, parts), v)

    v = gov("gov2019", rng, factor=2)
    parts = [("active", active_2019(v, lead=0)), ("requests", columns_lines(requests_grid("gov2019", v))),
             ("appeals", excel(appeals_grid(v), lead=0))]
    add("pdf-columns-2019", "pdf_columns", "txt", txt("陕西省宝鸡市陈仓区人民政府", 2020, parts), v)

    # ---------------------------------------------------------------- the 2019 table 二 with negative 增/减
    v = negative(gov("gov2019", rng, factor=3))
    parts = [("active", active_2019(v, minus="-", lead=1)), ("requests", excel(requests_grid("gov2019", v))),
             ("appeals", excel(appeals_grid(v)))]
    add("active-2019-minus-tabs", "active_2019", "txt", txt("广东省韶关市乐昌市人民政府", 2019, parts), v)

    v = negative(gov("gov2019", rng, factor=2))
    parts = [("active", active_2019(v, minus="－", lead=1)), ("requests", excel(requests_grid("gov2019", v), repeat=False)),
             ("appeals", excel(appeals_grid(v), repeat=False))]
    add("active-2019-fullwidth-minus", "active_2019", "txt", txt("辽宁省鞍山市台安县人民政府", 2020, parts), v)

    v = negative(gov("gov2019", rng, factor=2))
    parts = [("active", active_2019(v, minus="−", sep=" ")), ("requests", space_rows(requests_grid("gov2019", v))),
             ("appeals", space_rows(appeals_grid(v)))]
    add("active-2019-unicode-minus-spaces", "active_2019", "txt", txt("安徽省六安市霍邱县人民政府", 2020, parts), v)

    # ---------------------------------------------------------------- table 四 in two halves
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    parts = [("active", excel(active_grid("gov2021", v), repeat=False)), ("requests", excel(requests_grid("gov2021", v))),
             ("appeals", appeals_halves(v, split=7))]
    add("appeals-halves-tabs-2022", "appeals_halves", "txt", txt("湖南省株洲市醴陵市人民政府", 2022, parts), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=4)
    parts = [("active", space_rows(active_grid("gov2021", v))), ("requests", space_rows(requests_grid("gov2021", v))),
             ("appeals", appeals_halves(v, split=10, sep=" ", label="数量", between="续表"))]
    add("appeals-halves-spaces-2023", "appeals_halves", "txt", txt("江西省九江市都昌县人民政府", 2023, parts), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=25)
    p = printed(v, grouped)
    parts = [("active", excel(active_grid("gov2021", p), repeat=False)), ("requests", excel(requests_grid("gov2021", p))),
             ("appeals", appeals_halves(p, split=8, label=""))]
    add("appeals-halves-thousands-2024", "appeals_halves", "txt", txt("福建省泉州市晋江市人民政府", 2024, parts), v)

    # ---------------------------------------------------------------- planted errors
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    for c in ("natural_person", "total"):
        v[("requests", "carried_forward", c)] += 4  # 新收 + 上年结转 ≠ 办理总计 + 结转下年度
    d = dash_labels(v, tables=("requests", "appeals"))
    parts = [("active", excel(active_grid("gov2021", v), repeat=False)), ("requests", excel(requests_grid("gov2021", d))),
             ("appeals", excel(appeals_grid(d)))]
    add("bad-carried-hyphen-2022", "inconsistent", "txt", txt("山西省晋中市太谷区人民政府", 2022, parts), d,
        errors=("T3-A",))

    v = gov("gov2021", rng, fees=Decimal("0"), factor=20)
    for c in ("natural_person", "total"):
        v[("requests", "granted", c)] += 10  # the row still sums, （七）总计 no longer its outcome rows' sum
    p = printed(v, accounting)
    parts = [("active", excel(active_grid("gov2021", p), repeat=False)),
             ("requests", excel(requests_grid("gov2021", p))), ("appeals", excel(appeals_grid(p)))]
    add("bad-processed-accounting-2023", "inconsistent", "txt", txt("重庆市綦江区人民政府", 2023, parts),
        dash_labels(v), errors=("T3-B",))

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    v[("appeals", "suit_direct", "total")] += 2
    parts = [("active", excel(active_grid("gov2021", v), repeat=False)),
             ("requests", columns_lines(requests_grid("gov2021", v))), ("appeals", appeals_halves(v, split=7))]
    add("bad-appeals-halves-2022", "inconsistent", "txt", txt("吉林省延边朝鲜族自治州延吉市人民政府", 2022, parts), v,
        errors=("T4-A",))


def batch_b(add, rng: random.Random) -> None:
    """Written after batch A's fixes, scored before any fix of its own: do they generalise?"""
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    d = dash_labels(v, tables=("requests", "appeals"))
    parts = [("active", space_rows(active_grid("gov2021", v))), ("requests", space_rows(requests_grid("gov2021", d))),
             ("appeals", space_rows(appeals_grid(d)))]
    add("hyphen-zeros-spaces-2022", "excel_zeros", "txt", txt("广西壮族自治区桂林市阳朔县白沙镇人民政府", 2022, parts), d)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    d = dash_labels(v, tables=("requests",))
    parts = [("active", excel(active_grid("gov2021", v), lead=0, repeat=False)),
             ("requests", columns_lines(requests_grid("gov2021", d))), ("appeals", excel(appeals_grid(v), lead=0))]
    add("pdf-columns-hyphen-2023", "pdf_columns", "txt", txt("贵州省遵义市播州区人民政府", 2023, parts), d)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    parts = [("active", excel(active_grid("gov2021", v), lead=2, repeat=False)),
             ("requests", excel(requests_grid("gov2021", v), lead=2)),
             ("appeals", "\n".join("\t\t" + line for line in appeals_halves(v, split=5, label="").split("\n")))]
    add("appeals-halves-review-alone-2022", "appeals_halves", "txt", txt("云南省大理白族自治州宾川县人民政府", 2022, parts), v)

    v = gov("gov2021", rng, fees=Decimal("0"), factor=15)
    p = printed(v, accounting)
    parts = [("active", excel(active_grid("gov2021", p), repeat=False)), ("requests", excel(requests_grid("gov2021", p))),
             ("appeals", appeals_halves(p, split=10, label="件数"))]
    add("accounting-halves-2023", "appeals_halves", "txt", txt("黑龙江省哈尔滨市五常市人民政府", 2023, parts), dash_labels(v))

    v = negative(gov("gov2019", rng, factor=2))
    e = empty_zero_rows(v)
    parts = [("active", active_2019(v, minus="-", lead=2)), ("requests", excel(requests_grid("gov2019", e), lead=2)),
             ("appeals", excel(appeals_grid(v), lead=2))]
    add("active-2019-two-leads-empty-rows", "active_2019", "txt", txt("甘肃省天水市麦积区人民政府", 2020, parts), e)


BATCHES = {"A": batch_a, "B": batch_b}


def write_probes(out: Path, batches: dict, seed: int) -> None:
    """Write every batch's probes and ``expected.json`` into ``out`` (emptied first); batch b draws from
    ``random.Random(seed + ord(b))``. Shared by the later sets' writers."""
    out.mkdir(parents=True, exist_ok=True)
    for old_file in out.iterdir():
        old_file.unlink()
    probes: dict[str, dict[str, Any]] = {}
    for batch, make in batches.items():
        rng = random.Random(seed + ord(batch))

        def add(name: str, shape: str, ext: str, data: str | bytes, values: dict, *, errors: tuple[str, ...] = (),
                batch: str = batch) -> None:
            assert name not in probes, name
            (out / f"{name}.{ext}").write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
            probes[name] = {"batch": batch, "file": f"{name}.{ext}", "shape": shape, "expected_errors": list(errors),
                            "cells": cells_of(values)}

        make(add, rng)
    for name, p in probes.items():
        for key, (value, st) in p["cells"].items():
            assert st in ("number", "blank", "dash", "none_word"), (name, key, value, st)
    (out / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {out}")


def main() -> None:
    write_probes(OUT, BATCHES, 20261207 + 14)

if __name__ == "__main__":
    main()
