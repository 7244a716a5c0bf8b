"""Write the second, held-out set of labelled consistency-check probes (``tests/cases/checks_probes2``).

Issue 10 (a finding accuses a report only when the report is wrong), in shapes the first set
(``bench/make_checks_probes.py``) does not hold: prose totals as other provinces write them
(共受理/办结/答复…件, 收到…件（含上年结转…件）, 件次), the 2014-era 统计表 (P rules, prose
against it), three consecutive years of one body and a 2019-format year followed by a
2021-format year (T3-E across the format change), fractional and negative 件数 whose sums still
add up (T3-D), negative 收费金额 printed with a full-width minus and a fractional 处理决定数量
(T2-E), the placeholders 不适用 / 不涉及 / 无此项 / 无 in count cells, and withdrawn (撤回) counts
near the totals. Labelled by construction before textmine was run on them.

    python bench/make_checks_probes2.py   # rewrites tests/cases/checks_probes2/
    python bench/checks_probes.py --dir tests/cases/checks_probes2

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
    render_html,
    render_runs,
    render_tabs,
    report_text,
    requests_grid,
    small_requests,
    stats_grid,
)
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes2"

#: shape → (render a grid, separator, extension); every shape here prints its cells apart
SHAPES: dict[str, tuple[Any, str, str]] = {
    "crlf": (lambda g: render_runs(g, "\r\n"), "\r\n", "txt"),
    "lines": (lambda g: "\n".join(cells_once(g)), "\n", "txt"),
    "html": (render_html, "\n", "html"),
    "tabs": (render_tabs, "\n", "txt"),
}

STATS_CAPTION = "附件：政府信息公开情况统计表"


def tot(v: dict, row: str) -> int:
    return int(v[("requests", row, "total")] or 0)


def _bump(v: dict, key: tuple[str, str, str], k: Any) -> None:
    v[key] = (v[key] or 0) + k


def _keep_sums(v: dict, row: str, col: str, delta: Any) -> None:
    """Change ``requests.row.col`` by ``delta`` and every total that holds it (row 总计, （七）总计,
    新收), so that T3-A/B/C still hold."""
    for r in (row, "total_processed", "new_received"):
        _bump(v, ("requests", r, col), delta)
        _bump(v, ("requests", r, "total"), delta)


def main() -> None:
    rng = random.Random(20261208)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}
    issuers = iter([
        "江西省上饶市信州区人民政府", "山西省晋中市榆次区人民政府", "内蒙古自治区赤峰市红山区人民政府", "广西壮族自治区柳州市城中区人民政府",
        "青海省海东市乐都区人民政府", "宁夏回族自治区石嘴山市大武口区人民政府", "西藏自治区拉萨市城关区人民政府", "新疆维吾尔自治区昌吉市人民政府",
        "黑龙江省齐齐哈尔市龙沙区人民政府", "吉林省延边朝鲜族自治州延吉市人民政府", "辽宁省锦州市古塔区人民政府", "河北省唐山市路南区人民政府",
        "河南省新乡市红旗区人民政府", "湖北省荆州市沙市区人民政府", "湖南省岳阳市岳阳楼区人民政府", "安徽省安庆市迎江区人民政府",
        "江苏省扬州市广陵区人民政府", "浙江省嘉兴市南湖区人民政府", "福建省莆田市城厢区人民政府", "广东省汕头市金平区人民政府",
        "四川省南充市顺庆区人民政府", "贵州省六盘水市钟山区人民政府", "云南省玉溪市红塔区人民政府", "陕西省汉中市汉台区人民政府",
        "甘肃省酒泉市肃州区人民政府", "山东省济宁市任城区人民政府", "重庆市万州区农业农村委员会", "天津市河西区市场监督管理局",
        "上海市徐汇区生态环境局", "北京市朝阳区人力资源和社会保障局", "海南省琼海市人民政府", "江西省萍乡市安源区人民政府",
    ])
    n = 0

    def write(shape: str, template: str, year: int, issuer: str, v: dict, *, prose: str, label: str,
              planted: dict | None) -> None:
        nonlocal n
        n += 1
        render, brk, ext = SHAPES[shape]
        if template == "gov2014":
            tables = [STATS_CAPTION + brk + render(stats_grid(v))]
        else:
            grids = [("active", active_grid(template, v)), ("requests", requests_grid(template, v)),
                     ("appeals", appeals_grid(v))]
            tables = [CAPTIONS[k] + brk + render(g) for k, g in grids]
        text = report_text(issuer, year, tables, brk, prose=prose, html=ext == "html")
        name = f"{n:02d}-{shape}-{template[3:]}-{label}"
        save(OUT, probes, name, ext, text, planted, template=template, shape=shape, ambiguous=False, year=year,
             issuer=issuer)

    def new(template: str) -> dict:
        v = consistent_values(template, rng, blanks=False)
        if template != "gov2014":
            small_requests(rng, v, template)
        return v

    def fill(v: dict) -> dict:
        return {"n": tot(v, "new_received"), "o": tot(v, "carried_over"), "p": tot(v, "total_processed"),
                "f": tot(v, "carried_forward"), "g": tot(v, "granted")}

    # A. prose totals as other provinces write them (consistent), and two planted disagreements
    prose_ok = (
        ("crlf", "gov2021", 2022, "全年共受理政府信息公开申请{n}件，办结{p}件，答复{p}件，按时答复率100%。"),
        ("html", "gov2021", 2023, "本年度共办结政府信息公开申请{p}件（含上年结转{o}件）。"),
        ("tabs", "gov2019", 2020, "全年共答复政府信息公开申请{p}件，其中予以公开{g}件。"),
        ("lines", "gov2021", 2021, "本年度受理政府信息公开申请{n}件（不含上年结转{o}件）。"),
        ("crlf", "gov2019", 2019, "全年收到政府信息公开申请{n}件次，结转下年度继续办理{f}件次。"),
        ("html", "gov2021", 2024, "全年共计收到政府信息公开申请{no}件（含上年结转{o}件），已全部办结。"),
    )
    for shape, template, year, prose in prose_ok:
        v = new(template)
        values = fill(v)
        values["no"] = values["n"] + values["o"]
        write(shape, template, year, next(issuers), v, prose=prose.format(**values), label="ok-prose", planted=None)
    v = new("gov2021")
    values = fill(v)
    values["n"] += rng.randint(1, 4)
    write("tabs", "gov2021", 2022, next(issuers), v, label="prose-table-received", prose=(
        "全年共受理政府信息公开申请{n}件，办结{p}件。".format(**values)),
        planted={"check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]})
    v = new("gov2019")
    values = fill(v)
    values["p"] += rng.randint(1, 4)
    write("lines", "gov2019", 2020, next(issuers), v, label="prose-table-closed", prose=(
        "本年度办结政府信息公开申请{p}件。".format(**values)),
        planted={"check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]})

    # B. withdrawn requests near the totals (consistent): a withdrawn count is never a total
    for shape, template, year in (("crlf", "gov2021", 2023), ("html", "gov2019", 2020)):
        v = new(template)
        values = fill(v)
        w = max(values["n"] - 1, 1)
        write(shape, template, year, next(issuers), v, label="ok-withdrawn", planted=None, prose=(
            f"全年共收到政府信息公开申请{values['n']}件，其中申请人主动撤回申请{w}件。"))

    # C. the 2014-era statistics table: consistent twice, three planted HARD failures, one prose
    for shape in ("lines", "html"):
        v = new("gov2014")
        write(shape, "gov2014", rng.randint(2014, 2018), next(issuers), v, label="ok", planted=None, prose=(
            f"全年共受理政府信息公开申请{v[('stats', 'requests_received', 'value')]}件。"))
    for shape, key, check, cells in (
        ("lines", "requests_received", "P-1", ["stats.requests_received.value"]),
        ("tabs", "staff", "P-6", ["stats.staff.value"]),
        ("html", "replies", "P-3", ["stats.replies.value"]),
    ):
        v = new("gov2014")
        _bump(v, ("stats", key, "value"), rng.randint(1, 3))
        write(shape, "gov2014", rng.randint(2014, 2018), next(issuers), v, label=check.lower(), prose="",
              planted={"check_ids": [check], "cells": cells})
    v = new("gov2014")
    write("crlf", "gov2014", 2016, next(issuers), v, label="prose-table", prose=(
        f"全年共受理政府信息公开申请{v[('stats', 'requests_received', 'value')] + rng.randint(2, 5)}件。"),
        planted={"check_ids": ["PROSE-TABLE"], "cells": ["stats.requests_received.value"]})

    # D. consecutive years of one body: three years (the last carry-over broken), and a 2019-format
    # year followed by a 2021-format year (consistent once, broken once)
    def chain(shape: str, templates: tuple[str, ...], years: tuple[int, ...], broken_at: int | None) -> None:
        issuer = next(issuers)
        carried = None
        last: dict | None = None
        for i, (template, year) in enumerate(zip(templates, years, strict=True)):
            v = consistent_values(template, rng, blanks=False)
            if last is not None and template == "gov2021" == last["template"]:
                for row in ("rules", "normative_docs"):  # table 二 runs on from last year (T2-B)
                    v[("active", row, "repealed")] = min(v[("active", row, "repealed")], last[("active", row, "in_force")])
                    v[("active", row, "in_force")] = (last[("active", row, "in_force")] + v[("active", row, "issued")]
                                                      - v[("active", row, "repealed")])
            if last is not None and template == "gov2019" == last["template"]:
                for row in ("licensing", "other_services", "penalty", "enforcement", "fees"):  # T2-D-year
                    v[("active", row, "prev_items")] = last[("active", row, "prev_items")] + last[("active", row, "change")]
            planted = None
            if carried is not None and i == broken_at:
                col = next((c for c in COLS[:6] if carried.get(c)), "natural_person")
                carried = dict(carried)
                carried[col] += rng.randint(1, 3)
                planted = {"check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}
            small_requests(rng, v, template, carried=carried)
            label = "t3-e" if planted else "ok-year"
            write(shape, template, year, issuer, v, label=label, planted=planted, prose="")
            carried = {c: int(v[("requests", "carried_forward", c)] or 0) for c in COLS[:6]}
            last = {**v, "template": template}

    chain("tabs", ("gov2021", "gov2021", "gov2021"), (2021, 2022, 2023), 2)
    chain("crlf", ("gov2019", "gov2021"), (2020, 2021), None)
    chain("html", ("gov2019", "gov2021"), (2020, 2021), 1)

    # E. fractional / negative counts whose sums add up, negative and fractional table 二 values
    v = new("gov2021")
    _keep_sums(v, "granted", "natural_person", Decimal("0.5"))
    write("tabs", "gov2021", 2022, next(issuers), v, label="t3-d-fraction", prose="",
          planted={"check_ids": ["T3-D"], "cells": ["requests.granted.natural_person"]})
    v = new("gov2019")
    old = int(v[("appeals", "review", "corrected")] or 0)
    v[("appeals", "review", "corrected")] = -1
    _bump(v, ("appeals", "review", "total"), -1 - old)
    write("html", "gov2019", 2020, next(issuers), v, label="t3-d-negative", prose="",
          planted={"check_ids": ["T3-D"], "cells": ["appeals.review.corrected"]})
    v = new("gov2021")
    v[("active", "fees", "amount")] = "－" + format(Decimal(rng.randint(11, 99)) / 10, "f")
    write("lines", "gov2021", 2023, next(issuers), v, label="t2-e-fee", prose="",
          planted={"check_ids": ["T2-E"], "cells": ["active.fees.amount"]})
    v = new("gov2021")
    v[("active", "licensing", "decisions")] = Decimal(rng.randint(10, 99)) + Decimal("0.5")
    write("crlf", "gov2021", 2021, next(issuers), v, label="t2-e-fraction", prose="",
          planted={"check_ids": ["T2-E"], "cells": ["active.licensing.decisions"]})

    # F. placeholders in count cells (consistent): 不适用 / 不涉及 / 无此项 / 无 for zeros
    for shape, template, words in (("crlf", "gov2021", ("不适用", "不涉及")), ("html", "gov2019", ("无", "无此项")),
                                   ("lines", "gov2021", ("无此项", "不适用"))):
        v = new(template)
        for key, value in list(v.items()):
            if value == 0 and rng.random() < 0.5:
                v[key] = rng.choice(words)
        write(shape, template, 2022 if template == "gov2021" else 2020, next(issuers), v, label="ok-placeholders",
              planted=None, prose="")
    finish(OUT, probes)


if __name__ == "__main__":
    main()
