"""Write the labelled consistency-check probes of ``tests/cases/checks_probes`` (run once; the files are kept).

Issue 10: a finding accuses a report only when the report is wrong. Each probe is a whole report
(no title line, as crawls give it) built from known values; half are consistent, half carry ONE
planted real inconsistency: a total that does not add up (T3-A, T3-B, T3-C, T4-A), a prose count
that differs from the table (PROSE-TABLE), 结转下年度 not matching next year's 上年结转 of the same
body (T3-E), a negative or fractional 件数 or a negative 收费金额 (T3-D, T2-E). Shapes: 2019 and
2021 formats, cells in CR/LF runs, one cell per line, HTML spans, pipe and tab tables, run-together
rows and lines whose empty cells vanished (``ambiguous``: our reading of these may be wrong), with
prose phrased as other provinces write it (共受理…件、办结…件、答复…件; 收到申请…件次).

    python bench/make_checks_probes.py   # rewrites tests/cases/checks_probes/

``expected.json``: ``{probe: {"file", "template", "shape", "ambiguous", "planted": null | {"check_ids":
[ids that may report it], "cells": [cell keys the finding must name], "severity": the rule's}}}``.
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
    blank_zeros,
    cells_once,
    glue_blanks,
    render_html,
    render_pipe,
    render_run_together,
    render_runs,
    render_tabs,
    report_text,
    requests_grid,
    small_requests,
)
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes"

#: shape → (render a grid, separator between caption and table and between paragraphs, extension, ambiguous)
SHAPES: dict[str, tuple[Any, str, str, bool]] = {
    "crlf": (lambda g: render_runs(g, "\r\n"), "\r\n", "txt", False),
    "cr": (lambda g: render_runs(g, "\r\r"), "\r", "txt", False),
    "lines": (lambda g: "\n".join(cells_once(g)), "\n", "txt", False),
    "html": (render_html, "\n", "html", False),
    "pipe": (render_pipe, "\n\n", "txt", False),
    "tabs": (render_tabs, "\n", "txt", False),
    "run": (render_run_together, "\n", "txt", True),
    "vanish": (lambda g: "\n".join(c for c in cells_once(g) if c), "\n", "txt", True),
    # harder shapes: run-together rows of a large body, HTML rows whose empty <td> were dropped,
    # runs of CR collapsed to one (the empty cells gone with them)
    "runbig": (render_run_together, "\n", "txt", True),
    "htmldrop": (lambda g: render_html([[c for c in row if c[0]] for row in g]), "\n", "html", True),
    "crcollapsed": (lambda g: "\r".join(c for c in cells_once(g) if c) + "\r", "\r", "txt", True),
}

#: Prose as bodies across China write it; {n} 新收, {o} 上年结转, {p} 办理结果总计, {f} 结转下年度.
PROSE = (
    "{y}年，共受理政府信息公开申请{n}件、办结{p}件、答复{p}件。",
    "全年收到政府信息公开申请{n}件次，上年结转{o}件，结转下年度{f}件。",
    "本年度新收政府信息公开申请{n}件，办结政府信息公开申请{p}件。",
    "{y}年共收到申请{n}件，均已按期答复。",
    "全年共答复政府信息公开申请{p}件，上年结转申请{o}件。",
)


def tot(v: dict, row: str) -> int:
    return int(v[("requests", row, "total")] or 0)


def _bump(v: dict, key: tuple[str, str, str], k: int) -> None:
    v[key] = int(v[key] or 0) + k


def plant(kind: str, v: dict, rng: random.Random) -> dict[str, Any]:
    """Break ``v`` in one way; the check ids that may report it and the cell keys they must name."""
    k = rng.randint(1, 3)
    if kind == "T4-A":  # a group total that is not the sum of its results
        _bump(v, ("appeals", "review", "total"), k)
        return {"check_ids": ["T4-A"], "cells": ["appeals.review.total"]}
    if kind == "T3-B":  # 自然人 予以公开 counted, but （七）总计 not raised with it
        _bump(v, ("requests", "granted", "natural_person"), k)
        _bump(v, ("requests", "granted", "total"), k)
        return {"check_ids": ["T3-B"], "cells": ["requests.granted.natural_person", "requests.total_processed.natural_person"]}
    if kind == "T3-A":  # 结转下年度 that breaks 勾稽关系
        _bump(v, ("requests", "carried_forward", "natural_person"), k)
        _bump(v, ("requests", "carried_forward", "total"), k)
        return {"check_ids": ["T3-A"], "cells": ["requests.carried_forward.natural_person"]}
    if kind == "T3-C":  # a row total that is not the sum of its columns
        _bump(v, ("requests", "new_received", "total"), k)
        return {"check_ids": ["T3-C", "T3-A"], "cells": ["requests.new_received.total"]}
    if kind == "T3-D":  # a negative count in table 三 (the sums still add up)
        delta = -1 - int(v[("requests", "rejected_repeat", "natural_person")] or 0)
        for key in (("rejected_repeat", "natural_person"), ("rejected_repeat", "total"), ("total_processed", "natural_person"),
                    ("total_processed", "total"), ("new_received", "natural_person"), ("new_received", "total")):
            _bump(v, ("requests", *key), delta)
        return {"check_ids": ["T3-D"], "cells": ["requests.rejected_repeat.natural_person"]}
    if kind == "T2-E-negative":
        v[("active", "licensing", "decisions" if ("active", "licensing", "decisions") in v else "made")] = -rng.randint(1, 9)
        col = "decisions" if ("active", "licensing", "decisions") in v else "made"
        return {"check_ids": ["T2-E"], "cells": [f"active.licensing.{col}"]}
    if kind == "T2-E-fraction":
        col = "issued" if ("active", "normative_docs", "issued") in v else "made"
        v[("active", "normative_docs", col)] = Decimal(rng.randint(1, 9)) + Decimal("0.5")
        return {"check_ids": ["T2-E"], "cells": [f"active.normative_docs.{col}"]}
    if kind == "T2-E-fee":
        v[("active", "fees", "amount")] = -Decimal(rng.randint(1, 90)) / 10
        return {"check_ids": ["T2-E"], "cells": ["active.fees.amount"]}
    raise ValueError(kind)


def save(out: Path, probes: dict[str, Any], name: str, ext: str, text: str, planted: dict[str, Any] | None,
         **info: Any) -> None:
    """Write probe ``name`` to ``out`` and enter it in ``probes`` (its ``info``, then the planted
    inconsistency, if any, with the severity its check has)."""
    (out / f"{name}.{ext}").write_bytes(text.encode("utf-8"))
    if planted is not None:
        from textmine.checks import check_info

        planted["severity"] = check_info(planted["check_ids"][0])["severity"]
    probes[name] = {"file": f"{name}.{ext}", **info, "planted": planted}


def finish(out: Path, probes: dict[str, Any]) -> None:
    """Write ``out/expected.json`` (every probe's file, shape and planted inconsistency) and say
    how many probes were written."""
    (out / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    planted = sum(1 for p in probes.values() if p["planted"])
    print(f"{len(probes)} probes ({planted} with a planted inconsistency) -> {out}")


def main() -> None:
    rng = random.Random(20261207)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}
    n = 0

    def make(shape: str, template: str, year: int, issuer: str, *, kind: str | None, prose_i: int,
             small: bool = False, carried: dict | None = None, values: dict | None = None,
             extra: dict | None = None, tag: str = "") -> dict:
        nonlocal n
        n += 1
        render, brk, ext, ambiguous = SHAPES[shape]
        v = values if values is not None else consistent_values(template, rng, blanks=False)
        if small or (ambiguous and shape != "runbig"):
            small_requests(rng, v, template, carried=carried)
        elif carried is not None:
            small_requests(rng, v, template, carried=carried)
        planted = None
        prose_values = None
        if kind == "PROSE-TABLE":
            prose_values = {"n": tot(v, "new_received") + rng.randint(1, 4)}
            planted = {"check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]}
        elif kind is not None and kind != "T3-E":
            planted = plant(kind, v, rng)
        if kind == "T3-E":
            planted = {"check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}
        for key, text in (extra or {}).items():
            v[key] = text
        if shape in ("run", "runbig"):
            glue_blanks(v)
        elif shape in ("vanish", "htmldrop", "crcollapsed"):
            blank_zeros(v, rng, share=0.6)
        elif shape in ("crlf", "cr", "tabs"):
            blank_zeros(v, rng, share=0.3)
        fill = {"y": year, "n": tot(v, "new_received"), "o": tot(v, "carried_over"),
                "p": tot(v, "total_processed"), "f": tot(v, "carried_forward")}
        fill.update(prose_values or {})
        prose = PROSE[prose_i % len(PROSE)]
        if kind == "PROSE-TABLE" and "{n}" not in prose:
            prose = PROSE[0]
        grids = [("active", active_grid(template, v)), ("requests", requests_grid(template, v)),
                 ("appeals", appeals_grid(v))]
        tables = [CAPTIONS[k] + brk + render(g) for k, g in grids]
        text = report_text(issuer, year, tables, brk, prose=prose.format(**fill), html=ext == "html")
        label = (kind.lower() if kind else "ok") + tag
        name = f"{n:02d}-{shape}-{template[3:]}-{label}"
        save(OUT, probes, name, ext, text, planted, template=template, shape=shape, ambiguous=ambiguous,
             year=year, issuer=issuer)
        return v

    issuers = iter([
        "浙江省杭州市西湖区人民政府", "江苏省南京市鼓楼区教育局", "广东省深圳市南山区人民政府", "湖北省武汉市洪山区人民政府",
        "四川省成都市武侯区卫生健康局", "山东省青岛市市南区人民政府", "河南省郑州市金水区人民政府", "湖南省长沙市岳麓区人民政府",
        "安徽省合肥市蜀山区人民政府", "福建省厦门市思明区人民政府", "江西省南昌市东湖区人民政府", "陕西省西安市雁塔区人民政府",
        "辽宁省大连市中山区人民政府", "吉林省长春市南关区人民政府", "黑龙江省哈尔滨市道里区人民政府", "云南省昆明市五华区人民政府",
        "贵州省贵阳市南明区人民政府", "广西壮族自治区桂林市秀峰区人民政府", "甘肃省兰州市城关区人民政府", "河北省石家庄市长安区人民政府",
        "山西省太原市迎泽区人民政府", "内蒙古自治区包头市昆都仑区人民政府", "海南省海口市美兰区人民政府", "宁夏回族自治区吴忠市利通区人民政府",
        "青海省西宁市城东区人民政府", "重庆市渝中区司法局", "天津市和平区人民政府", "上海市黄浦区民政局",
        "北京市海淀区交通委员会", "新疆维吾尔自治区克拉玛依市克拉玛依区人民政府", "浙江省宁波市鄞州区东吴镇人民政府",
        "江苏省无锡市梁溪区崇安寺街道办事处", "广东省佛山市顺德区大良街道办事处", "湖北省宜昌市夷陵区小溪塔街道办事处",
        "四川省绵阳市游仙区人民政府", "山东省烟台市芝罘区人民政府", "河南省开封市鼓楼区人民政府", "湖南省株洲市天元区人民政府",
        "安徽省芜湖市镜湖区人民政府", "福建省泉州市鲤城区人民政府", "江西省赣州市章贡区人民政府", "陕西省宝鸡市渭滨区人民政府",
        "辽宁省沈阳市和平区人民政府", "吉林省吉林市昌邑区人民政府", "云南省大理白族自治州大理市人民政府", "贵州省遵义市红花岗区人民政府",
        "甘肃省天水市麦积区人民政府", "河北省保定市竞秀区人民政府", "山西省大同市平城区人民政府", "海南省三亚市天涯区人民政府",
        "浙江省温州市鹿城区人民政府", "江苏省常州市天宁区人民政府", "广东省珠海市香洲区人民政府", "湖北省襄阳市襄城区人民政府",
        "四川省宜宾市翠屏区人民政府", "山东省潍坊市奎文区人民政府", "河南省洛阳市涧西区人民政府", "湖南省衡阳市雁峰区人民政府",
        "安徽省蚌埠市龙子湖区人民政府", "福建省漳州市芗城区人民政府", "江西省九江市浔阳区人民政府", "陕西省咸阳市秦都区人民政府",
        "辽宁省鞍山市铁西区人民政府", "吉林省四平市铁东区人民政府", "云南省曲靖市麒麟区人民政府", "贵州省安顺市西秀区人民政府",
        "甘肃省白银市白银区人民政府", "河北省邯郸市丛台区人民政府", "山西省长治市潞州区人民政府", "海南省儋州市人民政府",
    ])
    plants = ["T4-A", "T3-B", "T3-A", "T3-C", "PROSE-TABLE", "T3-D", "T2-E-negative", "T2-E-fraction", "T2-E-fee"]
    shapes = list(SHAPES)[:8]  # the eight plain shapes (the harder ones follow)
    # single reports: each shape × format once consistent, and planted errors spread over the shapes
    i = 0
    for shape in shapes:
        for template in ("gov2021", "gov2019"):
            year = rng.randint(2021, 2024) if template == "gov2021" else rng.randint(2019, 2020)
            make(shape, template, year, next(issuers), kind=None, prose_i=i)
            kind = plants[i % len(plants)]
            if template == "gov2019" and kind == "T2-E-fee":
                kind = "T2-E-negative"  # the 2019 table 二 has no 收费金额 column
            make(shape, template, year, next(issuers), kind=kind, prose_i=i + 1)
            i += 1
    # further planted errors, so that half of the probes carry one
    for shape, template, kind in (("crlf", "gov2021", "PROSE-TABLE"), ("html", "gov2019", "PROSE-TABLE"),
                                  ("tabs", "gov2021", "T2-E-fee"), ("lines", "gov2021", "T2-E-fraction")):
        year = rng.randint(2021, 2024) if template == "gov2021" else rng.randint(2019, 2020)
        make(shape, template, year, next(issuers), kind=kind, prose_i=i)
        i += 1
    # harder shapes, where our reading may be wrong: each consistent once per format, and planted errors
    hard = (("runbig", "gov2021", None), ("runbig", "gov2019", None), ("runbig", "gov2021", "T3-B"),
            ("runbig", "gov2019", "T4-A"), ("htmldrop", "gov2021", None), ("htmldrop", "gov2019", None),
            ("htmldrop", "gov2021", "T3-C"), ("htmldrop", "gov2019", "T2-E-negative"),
            ("crcollapsed", "gov2021", None), ("crcollapsed", "gov2019", None), ("crcollapsed", "gov2021", "T3-A"),
            ("crcollapsed", "gov2019", "T3-D"))
    for shape, template, kind in hard:
        year = rng.randint(2021, 2024) if template == "gov2021" else rng.randint(2019, 2020)
        make(shape, template, year, next(issuers), kind=kind, prose_i=i)
        i += 1
    # 2019's 本年增/减 printed as signed text (+12, -8), consistent, in three shapes; and the 总计
    # column left blank on the outcome rows (a known habit, FORMAT.md §3.1), consistent
    for shape in ("lines", "html", "run"):
        signed = {("active", "licensing", "change"): "+12", ("active", "penalty", "change"): "-8",
                  ("active", "enforcement", "change"): "－3"}
        make(shape, "gov2019", 2020, next(issuers), kind=None, prose_i=i, extra=signed, tag="-signed")
        i += 1
    for shape, template in (("html", "gov2021"), ("lines", "gov2019"), ("crlf", "gov2021")):
        v = consistent_values(template, rng, blanks=False)
        blank = {k: "" for k in v if k[0] == "requests" and k[2] == "total"
                 and k[1] not in ("new_received", "carried_over", "total_processed", "carried_forward")}
        make(shape, template, 2022 if template == "gov2021" else 2020, next(issuers), kind=None, prose_i=i,
             values=v, extra=blank, tag="-blanktotals")
        i += 1
    # consecutive years of one body: a consistent pair and a pair whose carry-over does not match
    for shape, template, years, broken in (("crlf", "gov2021", (2022, 2023), False), ("html", "gov2021", (2021, 2022), True),
                                           ("lines", "gov2019", (2019, 2020), False), ("pipe", "gov2019", (2019, 2020), True)):
        issuer = next(issuers)
        first = make(shape, template, years[0], issuer, kind=None, prose_i=i, small=True)
        carried = {c: int(first[("requests", "carried_forward", c)] or 0) for c in COLS[:6]}
        if broken:
            col = "natural_person"
            carried = dict(carried)
            carried[col] = carried[col] + 2
        nxt = consistent_values(template, rng, blanks=False)
        for row in ("rules", "normative_docs"):  # table 二 runs on from last year (T2-B)
            if template == "gov2021":
                nxt[("active", row, "repealed")] = min(nxt[("active", row, "repealed")], first[("active", row, "in_force")])
                nxt[("active", row, "in_force")] = (first[("active", row, "in_force")] + nxt[("active", row, "issued")]
                                                    - nxt[("active", row, "repealed")])
        for row in ("licensing", "other_services", "penalty", "enforcement", "fees"):  # T2-D-year
            if template == "gov2019":
                nxt[("active", row, "prev_items")] = first[("active", row, "prev_items")] + first[("active", row, "change")]
        make(shape, template, years[1], issuer, kind="T3-E" if broken else None, prose_i=i + 1, carried=carried,
             values=nxt)
        i += 2
    finish(OUT, probes)


if __name__ == "__main__":
    main()
