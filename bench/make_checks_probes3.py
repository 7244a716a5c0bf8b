"""Write the third, held-out set of labelled consistency-check probes (``tests/cases/checks_probes3``).

Issue 10 (item 5, and "no error finding on a consistent report"), in shapes the first two sets
(``bench/make_checks_probes.py``, ``bench/make_checks_probes2.py``) lack: prose totals as other
provinces write them with their parts (共受理…件，其中…；办结…件；答复…件), prose that names
several years (上年/去年/同比增长 X%), percentages stated beside the counts they are taken of,
the 2019 format's 上一年项目数量 + 本年增/减 running on across a body's years (T2-D-year), table
二 values that cannot be (a negative or fractional 件数, a negative 采购总金额) beside values that
can (a signed 本年增/减, decimal 万元 amounts), the placeholders 不适用 / 不涉及 / 无此项 / — / ／
in every cell position, withdrawn (撤回) counts in prose, tables printed run-together (our reading
is uncertain: a warning at most), three years of one body whose middle year breaks the carry-over
(T3-E), and reports that print two sets of tables (the body itself and its subordinate units),
which must not be checked as one. Labelled by construction before textmine was run on them.

    python bench/make_checks_probes3.py   # rewrites tests/cases/checks_probes3/
    python bench/checks_probes.py --dir tests/cases/checks_probes3

``expected.json`` as in the first set: ``{probe: {"file", "template", "shape", "ambiguous", "year",
"issuer", "planted": null | {"check_ids", "cells", "severity"}}}``.
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_checks_probes import finish, save  # noqa: E402
from bench.make_table_probes3 import (  # noqa: E402
    CAPTIONS,
    COLS,
    active_grid,
    appeals_grid,
    cells_once,
    glue_blanks,
    render_html,
    render_run_together,
    render_runs,
    render_tabs,
    report_text,
    requests_grid,
    small_requests,
)
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes3"

#: shape → (render a grid, separator, extension, our reading may be wrong)
SHAPES: dict[str, tuple[Any, str, str, bool]] = {
    "crlf": (lambda g: render_runs(g, "\r\n"), "\r\n", "txt", False),
    "lines": (lambda g: "\n".join(cells_once(g)), "\n", "txt", False),
    "html": (render_html, "\n", "html", False),
    "tabs": (render_tabs, "\n", "txt", False),
    "run": (render_run_together, "\n", "txt", True),
}

PLACEHOLDER_WORDS = ("不适用", "不涉及", "无此项", "—", "／")


def tot(v: dict, row: str, col: str = "total") -> int:
    return int(v[("requests", row, col)] or 0)


def pct(part: int, whole: int) -> str:
    """``part`` of ``whole`` in per cent, as reports print it (one decimal, trailing .0 dropped)."""
    if not whole:
        return "0"
    text = format((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1")), "f")
    return text[:-2] if text.endswith(".0") else text


def main() -> None:
    rng = random.Random(20261209)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}
    issuers = iter([
        "湖南省交通运输厅", "云南省民政厅", "甘肃省人力资源和社会保障厅", "吉林省生态环境厅", "贵州省自然资源厅",
        "山西省卫生健康委员会", "广西壮族自治区农业农村厅", "河北省市场监督管理局", "陕西省住房和城乡建设厅",
        "四川省成都市新都区人民政府", "黑龙江省牡丹江市东安区人民政府", "浙江省绍兴市越城区人民政府",
        "江苏省徐州市鼓楼区人民政府", "安徽省黄山市屯溪区人民政府", "山东省临沂市兰山区人民政府",
        "河南省南阳市宛城区人民政府", "湖北省黄石市黄石港区人民政府", "福建省三明市三元区人民政府",
        "广东省江门市蓬江区人民政府", "辽宁省丹东市振兴区人民政府", "内蒙古自治区呼伦贝尔市海拉尔区人民政府",
        "宁夏回族自治区银川市兴庆区人民政府", "青海省海西蒙古族藏族自治州德令哈市人民政府", "江西省景德镇市珠山区人民政府",
        "海南省文昌市文城镇人民政府", "新疆维吾尔自治区哈密市伊州区人民政府", "西藏自治区日喀则市桑珠孜区人民政府",
        "重庆市江北区教育委员会", "天津市南开区卫生健康委员会", "上海市静安区财政局", "北京市丰台区水务局",
        "浙江省衢州市柯城区人民政府", "湖南省常德市武陵区人民政府", "云南省保山市隆阳区人民政府",
        "甘肃省张掖市甘州区人民政府", "山东省日照市东港区人民政府", "广东省湛江市赤坎区人民政府",
        "安徽省六安市金安区人民政府", "四川省泸州市江阳区人民政府", "湖北省十堰市茅箭区人民政府",
    ])
    n = 0

    def tables_of(template: str, v: dict, render: Any, brk: str, *, lead: str = "") -> list[str]:
        grids = [("active", active_grid(template, v)), ("requests", requests_grid(template, v)),
                 ("appeals", appeals_grid(v))]
        return [lead + CAPTIONS[k] + brk + render(g) for k, g in grids]

    def write(shape: str, template: str, year: int, issuer: str, v: dict, *, prose: str, label: str,
              planted: dict | None, second: dict | None = None, second_lead: str = "") -> None:
        nonlocal n
        n += 1
        render, brk, ext, ambiguous = SHAPES[shape]
        tables = tables_of(template, v, render, brk)
        if second is not None:
            tables += [second_lead] + tables_of(template, second, render, brk)
        text = report_text(issuer, year, tables, brk, prose=prose, html=ext == "html")
        name = f"{n:02d}-{shape}-{template[3:]}-{label}"
        save(OUT, probes, name, ext, text, planted, template=template, shape=shape, ambiguous=ambiguous,
             year=year, issuer=issuer)

    def new(template: str) -> dict:
        v = consistent_values(template, rng, blanks=False)
        small_requests(rng, v, template)
        return v

    def fill(v: dict) -> dict:
        org = sum(tot(v, "new_received", c) for c in COLS[1:6])
        return {"n": tot(v, "new_received"), "o": tot(v, "carried_over"), "p": tot(v, "total_processed"),
                "f": tot(v, "carried_forward"), "g": tot(v, "granted"), "np": tot(v, "new_received", "natural_person"),
                "org": org, "no": tot(v, "new_received") + tot(v, "carried_over")}

    # A. prose totals with their parts, as other provinces write them (consistent), and two disagreements
    prose_ok = (
        ("crlf", "gov2021", 2022, "全年共受理政府信息公开申请{n}件，其中自然人申请{np}件、法人或其他组织申请{org}件；"
                                  "办结{p}件，结转下一年度继续办理{f}件。"),
        ("html", "gov2021", 2023, "本年度共受理依申请公开{n}件，加上上年结转{o}件，共办结{p}件。"),
        ("tabs", "gov2019", 2020, "全年共收到政府信息公开申请{n}件，答复{p}件，其中予以公开{g}件。"),
        ("lines", "gov2021", 2024, "一年来，共办理政府信息公开申请{p}件，按时办结率100%。"),
    )
    for shape, template, year, prose in prose_ok:
        v = new(template)
        write(shape, template, year, next(issuers), v, prose=prose.format(**fill(v)), label="ok-prose", planted=None)
    v = new("gov2021")
    values = fill(v)
    values["p"] += rng.randint(2, 5)
    write("crlf", "gov2021", 2022, next(issuers), v, label="prose-closed", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="全年共受理政府信息公开申请{n}件，其中自然人申请{np}件；共办结{p}件。".format(**values))
    v = new("gov2019")
    values = fill(v)
    values["p"] += rng.randint(2, 5)
    write("html", "gov2019", 2020, next(issuers), v, label="prose-answered", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="本年度共答复政府信息公开申请{p}件，均在法定期限内答复。".format(**values))

    # B. prose naming several years: last year's numbers are not this year's table
    for shape, template, year, prose in (
        ("tabs", "gov2021", 2023, "全年受理政府信息公开申请{n}件，较上年的{m}件增长{r}%。"),
        ("crlf", "gov2021", 2022, "{y}年共收到政府信息公开申请{n}件，去年同期为{m}件，同比增长{r}%；办结{p}件。"),
        ("lines", "gov2019", 2020, "{y0}年受理申请{m}件，{y}年受理申请{n}件，同比增长{r}%。"),
    ):
        v = new(template)
        values = fill(v)
        values["m"] = max(values["n"] - rng.randint(1, 3), 1)
        values.update(y=year, y0=year - 1, r=pct(values["n"] - values["m"], values["m"]))
        write(shape, template, year, next(issuers), v, prose=prose.format(**values), label="ok-years", planted=None)
    v = new("gov2021")
    values = fill(v)
    values["m"] = values["n"]  # last year's count equals this year's table: it must not excuse this year's
    values["n"] += rng.randint(2, 4)
    write("html", "gov2021", 2024, next(issuers), v, label="prose-years", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="全年共受理政府信息公开申请{n}件，上年为{m}件。".format(**values))

    # C. percentages stated beside the counts they are taken of (consistent)
    for shape, template, year in (("crlf", "gov2021", 2022), ("html", "gov2019", 2019)):
        v = new(template)
        values = fill(v)
        values["r"] = pct(values["g"], values["p"])
        write(shape, template, year, next(issuers), v, label="ok-percent", planted=None, prose=(
            "全年办结政府信息公开申请{p}件，其中予以公开{g}件，占{r}%。".format(**values)))
    v = new("gov2021")
    while tot(v, "granted") in (0, tot(v, "total_processed")):
        v = new("gov2021")
    values = fill(v)
    values["r"] = pct(values["g"] + 1, values["p"])  # a share the counts do not give
    write("tabs", "gov2021", 2023, next(issuers), v, label="prose-percent", planted={
        "check_ids": ["PROSE-PERCENT", "PROSE-TABLE"], "cells": ["requests.granted.total", "requests.total_processed.total"]},
        prose="全年办结政府信息公开申请{p}件，其中予以公开{g}件，占{r}%。".format(**values))

    # D. the 2019 format's 上一年项目数量 + 本年增/减 across a body's years (consistent pair, broken pair)
    def year_pair(shape: str, broken: bool) -> None:
        issuer = next(issuers)
        first = new("gov2019")
        write(shape, "gov2019", 2019, issuer, first, prose="", label="ok-year", planted=None)
        nxt = consistent_values("gov2019", rng, blanks=False)
        small_requests(rng, nxt, "gov2019",  # table 三 carries over from last year (T3-E holds)
                       carried={c: tot(first, "carried_forward", c) for c in COLS[:6]})
        for row in ("licensing", "other_services", "penalty", "enforcement", "fees"):
            nxt[("active", row, "prev_items")] = first[("active", row, "prev_items")] + first[("active", row, "change")]
        planted = None
        if broken:
            nxt[("active", "penalty", "prev_items")] += rng.randint(3, 9)
            planted = {"check_ids": ["T2-D-year"], "cells": ["active.penalty.prev_items"]}
        write(shape, "gov2019", 2020, issuer, nxt, prose="", label="t2-d-year" if broken else "ok-year",
              planted=planted)

    year_pair("tabs", False)
    year_pair("crlf", True)

    # E. table 二 values that cannot be, beside values that can (signed 本年增/减, decimal amounts)
    v = new("gov2019")
    v[("active", "licensing", "change")] = "-" + str(rng.randint(1, 9))
    v[("active", "penalty", "change")] = "+" + str(rng.randint(1, 9))
    v[("active", "procurement", "amount")] = Decimal(rng.randint(1000, 99999)) / 100
    write("lines", "gov2019", 2020, next(issuers), v, label="ok-signed-amounts", prose="", planted=None)
    v = new("gov2021")
    v[("active", "fees", "amount")] = Decimal(rng.randint(1, 99)) / 100
    write("html", "gov2021", 2023, next(issuers), v, label="ok-small-fee", prose="", planted=None)
    v = new("gov2021")
    v[("active", "normative_docs", "in_force")] = -rng.randint(1, 9)
    write("tabs", "gov2021", 2022, next(issuers), v, label="t2-e-negative-count", prose="",
          planted={"check_ids": ["T2-E"], "cells": ["active.normative_docs.in_force"]})
    v = new("gov2019")
    v[("active", "procurement", "items")] = Decimal(rng.randint(1, 30)) + Decimal("0.5")
    write("crlf", "gov2019", 2020, next(issuers), v, label="t2-e-fraction-items", prose="",
          planted={"check_ids": ["T2-E"], "cells": ["active.procurement.items"]})
    v = new("gov2019")
    v[("active", "procurement", "amount")] = "-" + format(Decimal(rng.randint(100, 9999)) / 10, "f")
    write("html", "gov2019", 2019, next(issuers), v, label="t2-e-negative-amount", prose="",
          planted={"check_ids": ["T2-E"], "cells": ["active.procurement.amount"]})

    # F. placeholders in every cell position (every zero cell of every table, totals included)
    def placeholders(v: dict, words: tuple[str, ...]) -> None:
        for i, (key, value) in enumerate(sorted(v.items())):
            if value == 0:
                v[key] = words[i % len(words)]

    for shape, template, year in (("crlf", "gov2021", 2022), ("html", "gov2019", 2020), ("tabs", "gov2021", 2021)):
        v = new(template)
        placeholders(v, PLACEHOLDER_WORDS)
        write(shape, template, year, next(issuers), v, label="ok-placeholders", prose="", planted=None)
    v = new("gov2021")
    v[("requests", "carried_forward", "natural_person")] = tot(v, "carried_forward", "natural_person") + 2
    v[("requests", "carried_forward", "total")] = tot(v, "carried_forward") + 2
    placeholders(v, PLACEHOLDER_WORDS)
    write("lines", "gov2021", 2023, next(issuers), v, label="t3-a-placeholders", prose="",
          planted={"check_ids": ["T3-A"], "cells": ["requests.carried_forward.natural_person"]})

    # G. withdrawn counts in prose: never a total
    for shape, template, year, prose in (
        ("crlf", "gov2021", 2022, "全年共受理政府信息公开申请{n}件，其中申请人撤回申请{w}件。"),
        ("html", "gov2021", 2023, "本年度收到政府信息公开申请{n}件，因申请人主动撤回终止办理{w}件，其余均已办结。"),
        ("lines", "gov2019", 2020, "申请人撤回政府信息公开申请{w}件，全年共受理{n}件。"),
    ):
        v = new(template)
        values = fill(v)
        values["w"] = values["n"] + rng.randint(1, 3)  # a withdrawn count that no table total equals
        write(shape, template, year, next(issuers), v, label="ok-withdrawn", planted=None, prose=prose.format(**values))
    v = new("gov2021")
    values = fill(v)
    values["w"] = values["n"]  # the withdrawn count equals the table: it must not excuse the total
    values["n"] += rng.randint(2, 4)
    write("tabs", "gov2021", 2024, next(issuers), v, label="prose-withdrawn", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="全年共受理政府信息公开申请{n}件，申请人撤回{w}件。".format(**values))

    # H. tables printed run-together (the reading is uncertain): consistent twice, one planted
    for template, year in (("gov2021", 2022), ("gov2019", 2020)):
        v = new(template)
        glue_blanks(v)
        write("run", template, year, next(issuers), v, label="ok-run", prose="", planted=None)
    v = new("gov2021")
    v[("appeals", "review", "total")] = int(v[("appeals", "review", "total")] or 0) + rng.randint(1, 3)
    glue_blanks(v)
    write("run", "gov2021", 2023, next(issuers), v, label="t4-a-run", prose="",
          planted={"check_ids": ["T4-A"], "cells": ["appeals.review.total"]})

    # I. three years of one body: the middle year's 上年结转 is not last year's 结转下年度
    issuer = next(issuers)
    carried = None
    last: dict | None = None
    for i, year in enumerate((2021, 2022, 2023)):
        v = consistent_values("gov2021", rng, blanks=False)
        if last is not None:
            for row in ("rules", "normative_docs"):  # table 二 runs on from last year (T2-B)
                v[("active", row, "repealed")] = min(v[("active", row, "repealed")], last[("active", row, "in_force")])
                v[("active", row, "in_force")] = (last[("active", row, "in_force")] + v[("active", row, "issued")]
                                                  - v[("active", row, "repealed")])
        planted = None
        if i == 1 and carried is not None:
            col = next((c for c in COLS[:6] if carried.get(c)), "natural_person")
            carried = dict(carried)
            carried[col] = carried.get(col, 0) + rng.randint(1, 3)
            planted = {"check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}
        small_requests(rng, v, "gov2021", carried=carried)
        write("html" if i != 1 else "crlf", "gov2021", year, issuer, v, prose="",
              label="t3-e" if planted else "ok-year", planted=planted)
        carried = {c: int(v[("requests", "carried_forward", c)] or 0) for c in COLS[:6]}
        last = v

    # J. two sets of tables: the body itself and its subordinate units, each consistent on its own
    for shape, template, year, lead in (
        ("crlf", "gov2021", 2022, "（二）所属单位政府信息公开情况"),
        ("html", "gov2019", 2020, "附表2：下属事业单位政府信息公开工作情况统计"),
        ("lines", "gov2021", 2023, "局属单位情况如下："),
    ):
        v, sub = new(template), new(template)
        write(shape, template, year, next(issuers), v, label="ok-two-tables", prose="", planted=None,
              second=sub, second_lead=lead)
    v, sub = new("gov2021"), new("gov2021")
    v[("requests", "granted", "natural_person")] = tot(v, "granted", "natural_person") + 2
    v[("requests", "granted", "total")] = tot(v, "granted") + 2
    write("tabs", "gov2021", 2022, next(issuers), v, label="t3-b-two-tables", prose="", second=sub,
          second_lead="（二）所属单位政府信息公开情况",
          planted={"check_ids": ["T3-B"], "cells": ["requests.granted.natural_person",
                                                      "requests.total_processed.natural_person"]})
    finish(OUT, probes)


if __name__ == "__main__":
    main()
