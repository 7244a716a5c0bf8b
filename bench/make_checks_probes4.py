"""Write the fourth, held-out set of labelled consistency-check probes (``tests/cases/checks_probes4``).

Issue 10 ("no error finding on a consistent report", and the checks of item 5), in what real
reports from other provinces do that the first three sets (``bench/make_checks_probes.py``,
``…2.py``, ``…3.py``) lack: prose written many ways (共受理…件，其中当面…件、网络…件；办结…件，其中
予以公开…件; 按时答复率100%; 同比增长12.5%; 较上年减少3件; Chinese numerals), counts of 主动公开信息
by channel, 依申请公开 counts of a sub-unit or of two years in one sentence, counts of training
(人次) and press conferences (场次) that are not table 三, tables with the optional 法人或其他组织
小计 column, tables that leave 总计 blank on the outcome rows (FORMAT.md §3.1, the Shanghai 2019
copy), the 2019 表二 with a signed 本年增/减, the 2021 表二 with 收费 in 万元 with decimals, the
2014 national table with its channels (P-8), consecutive years of one body (T3-E carry-over,
T2-B 现行有效 ≈ last + 制发 − 废止 which is SOFT, the 2019 上一年项目数量 chain), bodies whose tables
are all zeros (two years alike), and prose whose count has another scope (全县共受理… in a county
government's report that prints its own office's table; 各乡镇…). Planted: one real inconsistency
per planted probe (T3-A/T3-B/T3-C printed clearly, a prose total unambiguously ≠ the table, a
negative or fractional 件数, a percentage that does not recompute, a carry-over mismatch across
years, a broken 2019 item chain, a 2014 P-1 sum). Labelled by construction before textmine was
run on them.

    python bench/make_checks_probes4.py   # rewrites tests/cases/checks_probes4/
    python bench/checks_probes.py --dir tests/cases/checks_probes4

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
from bench.make_checks_probes2 import SHAPES  # noqa: E402  (crlf, lines, html, tabs: cells printed apart)
from bench.make_checks_probes3 import pct, tot  # noqa: E402
from bench.make_table_probes3 import (  # noqa: E402
    CAPTIONS,
    COLS,
    active_grid,
    appeals_grid,
    report_text,
    requests_grid,
    small_requests,
    stats_grid,
)
from tests.report_writer import consistent_values, layout  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes4"

CN_DIGITS = "零一二三四五六七八九"


def cn(n: int) -> str:
    """``n`` (0–99) in Chinese numerals as reports write them: 12 → 十二, 40 → 四十."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return (CN_DIGITS[tens] if tens > 1 else "") + "十" + (CN_DIGITS[ones] if ones else "")


def split3(rng: random.Random, n: int) -> tuple[int, int, int]:
    """``n`` in three parts (当面, 网络, 信函) that add up to it."""
    a = rng.randint(0, n)
    b = rng.randint(0, n - a)
    return a, b, n - a - b


def outcome_keys(template: str) -> list[str]:
    keys = [r.key for r in {t.key: t for t in layout(template)}["requests"].rows]
    return keys[keys.index("carried_over") + 1: keys.index("total_processed")]


def main() -> None:
    rng = random.Random(20261214)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}
    issuers = iter([
        "江西省赣州市章贡区人民政府", "湖北省宜昌市西陵区人民政府", "山东省潍坊市奎文区人民政府", "河南省洛阳市涧西区人民政府",
        "浙江省金华市婺城区人民政府", "安徽省芜湖市镜湖区人民政府", "四川省绵阳市涪城区人民政府", "广东省佛山市禅城区人民政府",
        "江苏省常州市天宁区人民政府", "湖南省株洲市芦淞区人民政府", "福建省漳州市芗城区人民政府", "河北省保定市竞秀区人民政府",
        "山西省大同市平城区人民政府", "陕西省宝鸡市渭滨区人民政府", "辽宁省鞍山市铁东区人民政府", "吉林省吉林市船营区人民政府",
        "广西壮族自治区柳州市城中区人民政府", "贵州省遵义市红花岗区人民政府", "云南省曲靖市麒麟区人民政府",
        "甘肃省天水市秦州区人民政府", "内蒙古自治区包头市昆都仑区人民政府", "黑龙江省大庆市萨尔图区人民政府",
        "湖南省岳阳市岳阳楼区人民政府", "江西省九江市浔阳区人民政府", "浙江省台州市椒江区人民政府",
        "山东省泰安市泰山区人民政府", "四川省宜宾市翠屏区人民政府", "河南省新乡市红旗区人民政府",
        "湖北省襄阳市樊城区人民政府", "安徽省安庆市迎江区人民政府", "广东省汕头市金平区人民政府",
        "江苏省南通市崇川区人民政府", "福建省泉州市鲤城区人民政府", "河北省唐山市路北区人民政府",
        "辽宁省锦州市古塔区人民政府", "重庆市万州区民政局", "天津市河西区司法局", "上海市徐汇区统计局",
        "北京市海淀区退役军人事务局", "江西省上饶市信州区人民政府", "广西壮族自治区桂林市秀峰区人民政府",
        "湖南省衡阳市蒸湘区人民政府", "贵州省安顺市西秀区人民政府", "云南省玉溪市红塔区人民政府",
        "陕西省咸阳市秦都区人民政府", "山西省长治市潞州区人民政府", "吉林省四平市铁西区人民政府",
        "四川省南充市顺庆区人民政府", "浙江省湖州市吴兴区人民政府", "江苏省扬州市广陵区人民政府",
        "河南省开封市龙亭区人民政府", "湖北省荆州市沙市区人民政府", "山东省烟台市芝罘区人民政府", "广东省惠州市惠城区人民政府",
        "福建省莆田市城厢区人民政府", "江西省萍乡市安源区人民政府", "安徽省蚌埠市蚌山区人民政府", "湖南省郴州市北湖区人民政府",
        "四川省乐山市市中区人民政府", "云南省大理市人民政府",
        "甘肃省酒泉市肃州区人民政府", "宁夏回族自治区石嘴山市大武口区人民政府", "青海省西宁市城中区人民政府",
        "海南省三亚市吉阳区人民政府", "新疆维吾尔自治区克拉玛依市克拉玛依区人民政府", "黑龙江省佳木斯市向阳区人民政府",
        "吉林省延边朝鲜族自治州延吉市人民政府", "内蒙古自治区赤峰市红山区人民政府",
    ])
    n = 0

    def tables_of(template: str, v: dict, render: Any, brk: str, **kw: Any) -> list[str]:
        if template == "gov2014":
            return ["附件：政府信息公开情况统计表" + brk + render(stats_grid(v))]
        grids = [("active", active_grid(template, v)), ("requests", requests_grid(template, v, **kw)),
                 ("appeals", appeals_grid(v))]
        return [CAPTIONS[k] + brk + render(g) for k, g in grids]

    def write(shape: str, template: str, year: int, issuer: str, v: dict, *, prose: str, label: str,
              planted: dict | None, **kw: Any) -> None:
        nonlocal n
        n += 1
        render, brk, ext = SHAPES[shape]
        text = report_text(issuer, year, tables_of(template, v, render, brk, **kw), brk, prose=prose,
                           html=ext == "html")
        name = f"{n:02d}-{shape}-{template[3:]}-{label}"
        save(OUT, probes, name, ext, text, planted, template=template, shape=shape, ambiguous=False,
             year=year, issuer=issuer)

    def new(template: str, *, at_least: int = 0) -> dict:
        while True:
            v = consistent_values(template, rng, blanks=False)
            if template != "gov2014":
                small_requests(rng, v, template)
                if tot(v, "new_received") >= at_least and tot(v, "total_processed") >= at_least:
                    return v
            else:
                return v

    def fill(v: dict) -> dict:
        return {"n": tot(v, "new_received"), "o": tot(v, "carried_over"), "p": tot(v, "total_processed"),
                "f": tot(v, "carried_forward"), "g": tot(v, "granted"), "pa": tot(v, "partial"),
                "np": tot(v, "new_received", "natural_person"),
                "org": sum(tot(v, "new_received", c) for c in COLS[1:6])}

    def subtotal(v: dict) -> dict:
        for r in {k[1] for k in v if k[0] == "requests"}:
            v[("requests", r, "org_subtotal")] = sum(tot(v, r, c) for c in COLS[1:6])
        return v

    # A. prose written many ways (consistent)
    def channels(v: dict) -> dict:
        x = fill(v)
        x["a"], x["b"], x["c"] = split3(rng, x["n"])
        return x

    prose_ok = (
        ("crlf", "gov2021", 2022, "全年共受理政府信息公开申请{n}件，其中当面申请{a}件、网络申请{b}件、信函申请{c}件；"
                                  "办结{p}件，其中予以公开{g}件、部分公开{pa}件。"),
        ("html", "gov2021", 2023, "全年共收到政府信息公开申请{n}件，同比增长12.5%，按时答复率100%。"),
        ("tabs", "gov2019", 2020, "本年度共受理依申请公开{n}件，较上年减少3件；已全部按期办结，答复率100%。"),
        ("lines", "gov2021", 2024, "{y}年度，本机关新收政府信息公开申请{n}件，上年结转{o}件，办理完毕{p}件，"
                                   "结转下年度继续办理{f}件。"),
        ("crlf", "gov2019", 2019, "全年受理群众依申请公开事项{n}件，全部在法定期限内予以答复，其中予以公开{g}件。"),
        ("html", "gov2021", 2022, "依申请公开方面，全年共计受理申请{n}件，所有申请均在规定时限内办理完毕，"
                                  "共办理{p}件，结转{f}件。"),
    )
    for shape, template, year, prose in prose_ok:
        v = new(template, at_least=3)
        x = channels(v)
        x["y"] = year
        write(shape, template, year, next(issuers), v, prose=prose.format(**x), label="ok-prose", planted=None)
    v = new("gov2021", at_least=2)
    while tot(v, "new_received") > 99:
        v = new("gov2021", at_least=2)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-prose-cn", planted=None,
          prose=f"全年共受理政府信息公开申请{cn(tot(v, 'new_received'))}件，均已按时答复。")

    # B. numbers in prose that are not table 三: channels of 主动公开, training, press conferences
    v = new("gov2021")
    items = rng.randint(300, 5000)
    web = rng.randint(items // 2, items)
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-active-channels", planted=None, prose=(
        f"全年主动公开政府信息{items}条，其中通过门户网站公开{web}条、政务微博发布{rng.randint(20, 400)}条、"
        f"政务微信公众号推送{rng.randint(20, 400)}条、政务新媒体发布{rng.randint(5, 90)}条。"))
    v = new("gov2021")
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-training", planted=None, prose=(
        f"举办政务公开培训{rng.randint(2, 6)}期，培训{rng.randint(80, 600)}人次；召开新闻发布会{rng.randint(3, 20)}场，"
        f"发布政策解读{rng.randint(10, 90)}篇，回应社会关切{rng.randint(5, 40)}次。"))
    v = new("gov2019")
    write("html", "gov2019", 2020, next(issuers), v, label="ok-training", planted=None, prose=(
        f"全年组织政府信息公开业务培训{rng.randint(2, 6)}次，参训人员{rng.randint(80, 600)}人次，"
        f"举办新闻发布会{rng.randint(3, 20)}场次，受理政务热线来电{rng.randint(500, 9000)}件。"))

    # C. 依申请公开 of a sub-unit, of two years in one sentence, and of another scope
    v = new("gov2021", at_least=4)
    x = fill(v)
    x["s"] = rng.randint(1, x["n"] - 1)
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-subunit", planted=None, prose=(
        "全年共受理政府信息公开申请{n}件。其中，区政府办公室受理{s}件，其余由各职能部门受理。".format(**x)))
    v = new("gov2021", at_least=2)
    x = fill(v)
    x["m"] = x["n"] + rng.randint(3, 9)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-two-years", planted=None, prose=(
        "2022年、2023年分别受理政府信息公开申请{m}件、{n}件。".format(**x)))
    v = new("gov2019", at_least=2)
    x = fill(v)
    x["m"] = max(x["n"] - rng.randint(1, 3), 1)
    write("crlf", "gov2019", 2020, next(issuers), v, label="ok-two-years", planted=None, prose=(
        "2019年和2020年受理依申请公开分别为{m}件和{n}件，办结{p}件。".format(**x)))
    v = new("gov2021", at_least=2)
    x = fill(v)
    x["big"] = x["n"] + rng.randint(20, 200)
    write("lines", "gov2021", 2022, next(issuers).replace("区人民政府", "县人民政府"), v, label="ok-county-scope",
          planted=None, prose="全县共受理政府信息公开申请{big}件，其中县政府本级受理{n}件。".format(**x))
    v = new("gov2021", at_least=2)
    x = fill(v)
    x["t"] = x["n"] + rng.randint(5, 40)
    write("crlf", "gov2021", 2023, next(issuers).replace("区人民政府", "县人民政府"), v, label="ok-township-scope",
          planted=None, prose="县政府办公室共受理政府信息公开申请{n}件；各乡镇共受理{t}件，均已按时答复。".format(**x))

    # D. table 三 with the 法人或其他组织 小计 column, and with 总计 left blank on the outcome rows
    for shape, template, year in (("html", "gov2021", 2022), ("tabs", "gov2019", 2020), ("crlf", "gov2021", 2024)):
        v = subtotal(new(template))
        write(shape, template, year, next(issuers), v, label="ok-subtotal", planted=None, prose="", subtotal=True)

    def blank_outcome_totals(v: dict, template: str) -> dict:
        for r in outcome_keys(template):
            v[("requests", r, "total")] = ""
        return v

    for shape, template, year in (("html", "gov2019", 2019), ("crlf", "gov2021", 2022), ("tabs", "gov2021", 2023)):
        v = blank_outcome_totals(new(template), template)
        write(shape, template, year, next(issuers), v, label="ok-blank-totals", planted=None, prose="")

    # E. table 二 values that can be: signed 本年增/减 (2019), 收费 in 万元 with decimals (2021)
    for shape in ("tabs", "crlf"):
        v = new("gov2019")
        v[("active", "licensing", "change")] = "-" + str(rng.randint(1, 9))
        v[("active", "enforcement", "change")] = "+" + str(rng.randint(1, 40))
        v[("active", "procurement", "amount")] = Decimal(rng.randint(100, 999999)) / 100
        write(shape, "gov2019", 2020, next(issuers), v, label="ok-signed", planted=None, prose="")
    for shape, fee in (("html", Decimal(rng.randint(1, 9999)) / 100), ("lines", Decimal(rng.randint(1, 99)) / 10000)):
        v = new("gov2021")
        v[("active", "fees", "amount")] = fee
        write(shape, "gov2021", 2023, next(issuers), v, label="ok-fee-decimals", planted=None, prose="")

    # F. the 2014 national table with its channels (P-8), prose with its parts
    for shape, year in (("lines", 2016), ("html", 2017)):
        v = consistent_values("gov2014", rng, blanks=False)
        s = {k[1]: v[k] for k in v}
        prose = (f"全年主动公开政府信息{s['active_items']}条，其中政府网站公开{s['channel_website']}条。"
                 f"全年共受理政府信息公开申请{s['requests_received']}件，其中当面申请{s['requests_in_person']}件、"
                 f"网络申请{s['requests_online']}件、信函申请{s['requests_mail']}件、传真申请{s['requests_fax']}件；"
                 f"办结{s['requests_closed']}件。")
        write(shape, "gov2014", year, next(issuers), v, label="ok-channels", planted=None, prose=prose)

    # G. bodies whose tables are all zeros (one of them two years alike)
    def zeros(template: str) -> dict:
        v = consistent_values(template, rng, blanks=False)
        return {k: (Decimal(0) if isinstance(val, Decimal) else 0) for k, val in v.items()}

    write("crlf", "gov2019", 2020, next(issuers), zeros("gov2019"), label="ok-zeros", planted=None,
          prose="本年度未收到政府信息公开申请。")
    issuer = next(issuers)
    for year, shape in ((2022, "html"), (2023, "html")):
        write(shape, "gov2021", year, issuer, zeros("gov2021"), label="ok-zeros-year", planted=None,
              prose="全年共受理政府信息公开申请0件。")

    # H. consecutive years of one body
    def run_on(last: dict | None, *, exact: bool) -> dict:
        v = consistent_values("gov2021", rng, blanks=False)
        if last is not None:
            for row in ("rules", "normative_docs"):
                v[("active", row, "repealed")] = min(v[("active", row, "repealed")], last[("active", row, "in_force")])
                v[("active", row, "in_force")] = (last[("active", row, "in_force")] + v[("active", row, "issued")]
                                                  - v[("active", row, "repealed")])
                if not exact:  # a clean-up of old documents that the table's 废止 does not count (T2-B is SOFT)
                    v[("active", row, "in_force")] = max(v[("active", row, "issued")],
                                                         v[("active", row, "in_force")] - rng.randint(5, 30))
        carried = None if last is None else {c: int(last[("requests", "carried_forward", c)] or 0) for c in COLS[:6]}
        small_requests(rng, v, "gov2021", carried=carried)
        return v

    for years, shapes, exact in (((2021, 2022, 2023), ("html", "crlf", "html"), True),
                                 ((2022, 2023), ("tabs", "tabs"), False)):
        issuer, last = next(issuers), None
        for year, shape in zip(years, shapes, strict=True):
            v = run_on(last, exact=exact)
            x = fill(v)
            prose = "" if last is None else "全年新收政府信息公开申请{n}件，上年结转{o}件。".format(**x)
            write(shape, "gov2021", year, issuer, v, prose=prose, label="ok-year" if exact else "ok-year-cleanup",
                  planted=None)
            last = v

    def chain_2019(shape: str, broken: bool) -> None:
        issuer = next(issuers)
        first = new("gov2019")
        first[("active", "licensing", "change")] = -min(rng.randint(1, 9), first[("active", "licensing", "prev_items")])
        write(shape, "gov2019", 2019, issuer, first, prose="", label="ok-chain", planted=None)
        nxt = consistent_values("gov2019", rng, blanks=False)
        small_requests(rng, nxt, "gov2019", carried={c: tot(first, "carried_forward", c) for c in COLS[:6]})
        for row in ("licensing", "other_services", "penalty", "enforcement", "fees"):
            nxt[("active", row, "prev_items")] = first[("active", row, "prev_items")] + first[("active", row, "change")]
        planted = None
        if broken:
            nxt[("active", "enforcement", "prev_items")] += rng.randint(4, 12)
            planted = {"check_ids": ["T2-D-year"], "cells": ["active.enforcement.prev_items"]}
        write(shape, "gov2019", 2020, issuer, nxt, prose="", label="t2-d-year" if broken else "ok-chain",
              planted=planted)

    chain_2019("lines", False)

    # ---------------------------------------------------------------- planted inconsistencies
    # I. identities of table 三 printed clearly
    v = new("gov2021", at_least=2)
    v[("requests", "carried_forward", "natural_person")] = tot(v, "carried_forward", "natural_person") + 3
    v[("requests", "carried_forward", "total")] = tot(v, "carried_forward") + 3
    x = channels(v)
    write("crlf", "gov2021", 2022, next(issuers), v, label="t3-a", planted={
        "check_ids": ["T3-A"], "cells": ["requests.carried_forward.natural_person"]},
        prose="全年共受理政府信息公开申请{n}件，其中当面申请{a}件、网络申请{b}件、信函申请{c}件。".format(**x))
    v = subtotal(new("gov2019"))
    v[("requests", "granted", "natural_person")] = tot(v, "granted", "natural_person") + 2
    v[("requests", "granted", "total")] = tot(v, "granted") + 2
    write("html", "gov2019", 2020, next(issuers), v, label="t3-b-subtotal", prose="", subtotal=True, planted={
        "check_ids": ["T3-B"], "cells": ["requests.granted.natural_person", "requests.total_processed.natural_person"]})
    v = new("gov2021", at_least=2)
    v[("requests", "total_processed", "total")] = tot(v, "total_processed") + rng.randint(2, 5)
    write("tabs", "gov2021", 2023, next(issuers), v, label="t3-c", prose="", planted={
        "check_ids": ["T3-C", "T3-A", "T3-B"], "cells": ["requests.total_processed.total"]})
    v = blank_outcome_totals(new("gov2019", at_least=2), "gov2019")
    v[("requests", "new_received", "natural_person")] = tot(v, "new_received", "natural_person") + 2
    v[("requests", "new_received", "total")] = tot(v, "new_received") + 2
    write("crlf", "gov2019", 2019, next(issuers), v, label="t3-a-blank-totals", prose="", planted={
        "check_ids": ["T3-A"], "cells": ["requests.new_received.natural_person"]})

    # J. prose totals that are unambiguously not the table's
    v = new("gov2021", at_least=2)
    x = channels(v)
    x["n"] += rng.randint(3, 8)
    x["a"] += x["n"] - tot(v, "new_received")
    write("html", "gov2021", 2022, next(issuers), v, label="prose-received", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="全年共受理政府信息公开申请{n}件，其中当面申请{a}件、网络申请{b}件、信函申请{c}件；办结{p}件。".format(**x))
    v = new("gov2019", at_least=2)
    x = fill(v)
    x["p"] += rng.randint(2, 6)
    write("lines", "gov2019", 2020, next(issuers), v, label="prose-closed", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="本年度共收到政府信息公开申请{n}件，办结{p}件，其中予以公开{g}件。".format(**x))
    v = new("gov2021", at_least=2)
    x = fill(v)
    x["n"] += rng.randint(2, 6)
    write("crlf", "gov2021", 2023, next(issuers).replace("区人民政府", "县人民政府"), v, label="prose-own-scope",
          planted={"check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
          prose="本机关全年共受理政府信息公开申请{n}件，同比增长12.5%。".format(**x))

    # K. values that cannot be: a negative 件数 (table 三), a fractional 件数 (table 二)
    v = new("gov2021", at_least=2)
    delta = -1 - tot(v, "rejected_repeat", "natural_person")
    for key in (("rejected_repeat", "natural_person"), ("rejected_repeat", "total"), ("total_processed", "natural_person"),
                ("total_processed", "total"), ("new_received", "natural_person"), ("new_received", "total")):
        v[("requests", *key)] = int(v[("requests", *key)] or 0) + delta
    write("html", "gov2021", 2024, next(issuers), v, label="t3-d-negative", prose="", planted={
        "check_ids": ["T3-D"], "cells": ["requests.rejected_repeat.natural_person"]})
    v = new("gov2021")
    v[("active", "licensing", "decisions")] = Decimal(rng.randint(10, 300)) + Decimal("0.5")
    v[("active", "fees", "amount")] = Decimal(rng.randint(1, 999)) / 100
    write("tabs", "gov2021", 2022, next(issuers), v, label="t2-e-fraction", prose="", planted={
        "check_ids": ["T2-E"], "cells": ["active.licensing.decisions"]})

    # L. a percentage its own counts do not give
    v = new("gov2021", at_least=3)
    while tot(v, "granted") in (0, tot(v, "total_processed")):
        v = new("gov2021", at_least=3)
    x = fill(v)
    x["r"] = pct(x["g"] + 1, x["p"])
    write("lines", "gov2021", 2023, next(issuers), v, label="prose-percent", planted={
        "check_ids": ["PROSE-PERCENT", "PROSE-TABLE"], "cells": ["requests.granted.total", "requests.total_processed.total"]},
        prose="全年共办结政府信息公开申请{p}件，其中予以公开{g}件，占{r}%，按时答复率100%。".format(**x))

    # M. consecutive years: 上年结转 is not last year's 结转下年度; the 2019 item chain broken
    issuer, last = next(issuers), None
    for i, year in enumerate((2022, 2023)):
        v = run_on(last, exact=True)
        planted = None
        if i == 1:
            col = next((c for c in COLS[:6] if tot(v, "carried_over", c)), "natural_person")
            k = rng.randint(1, 3)
            for key in (("carried_over", col), ("carried_over", "total"), ("new_received", col), ("new_received", "total")):
                v[("requests", *key)] = int(v[("requests", *key)] or 0) + (k if key[0] == "carried_over" else -k)
            if tot(v, "new_received", col) < 0:  # keep table 三 valid on its own: only the carry-over is wrong
                for key in (("new_received", col), ("new_received", "total"), ("carried_forward", col), ("carried_forward", "total")):
                    v[("requests", *key)] = int(v[("requests", *key)] or 0) + k
            planted = {"check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}
        write("crlf", "gov2021", year, issuer, v, prose="", label="t3-e" if planted else "ok-year", planted=planted)
        last = v
    chain_2019("html", True)

    # N. the 2014 national table: 收到申请数 not the sum of its channels
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "requests_received", "value")] = int(v[("stats", "requests_received", "value")]) + rng.randint(2, 6)
    write("lines", "gov2014", 2015, next(issuers), v, label="p-1", prose="", planted={
        "check_ids": ["P-1"], "cells": ["stats.requests_received.value"]})

    # O. (written second, before textmine was run on it) other counts of 件 that are not table 三:
    # 行政许可 applications handled, 行政复议 applications, 政务服务 cases, 12345 calls, 人大建议,
    # cumulative counts over years, and a jurisdiction-wide count of every body
    others = (
        ("crlf", "gov2021", 2022, "全年办理行政许可申请{big}件，办结率100%。"),
        ("html", "gov2021", 2023, "区政务服务中心全年受理各类办件{big}件，12345热线受理群众诉求{big2}件，均按时办结。"),
        ("tabs", "gov2019", 2020, "全年办理人大代表建议{k}件、政协委员提案{k2}件，办复率100%。"),
        ("lines", "gov2021", 2023, "截至{y}年底，累计受理政府信息公开申请{big}件。"),
        ("crlf", "gov2021", 2024, "全区各级行政机关共受理政府信息公开申请{big}件，本机关受理{n}件。"),
        ("html", "gov2019", 2020, "2018年至{y}年共受理政府信息公开申请{big}件，其中{y}年受理{n}件。"),
    )
    for shape, template, year, prose in others:
        v = new(template, at_least=2)
        x = fill(v)
        x.update(y=year, big=x["n"] + rng.randint(30, 900), big2=rng.randint(1000, 9000), k=rng.randint(3, 40),
                 k2=rng.randint(3, 40))
        write(shape, template, year, next(issuers), v, label="ok-other-counts", planted=None, prose=prose.format(**x))
    v = new("gov2021", at_least=2)
    x = fill(v)
    x["r"] = tot(v, "new_received") + tot(v, "carried_over")
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-with-carried", planted=None,
          prose="全年共受理政府信息公开申请{r}件（含上年结转{o}件），已全部依法答复。".format(**x))
    # planted: a 行政复议 count in prose that table 四 does not give (FORMAT.md T4-C)
    v = new("gov2021")
    for row in ("suit_direct", "suit_after_review"):
        for col in ("upheld", "corrected", "other", "pending", "total"):
            v[("appeals", row, col)] = 0
    review = int(v[("appeals", "review", "total")] or 0) + rng.randint(2, 5)
    write("tabs", "gov2021", 2023, next(issuers), v, label="prose-review", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["appeals.review.total"]},
        prose=f"全年因政府信息公开被申请行政复议{review}件，未发生行政诉讼。")

    # P. (written third, before textmine was run on it) placeholder words, 答复 and 行政复议/诉讼 in
    # prose, a body with no requests, the 2014 table with dashes; planted: a channel above the
    # total (P-8), a 答复 total, T3-A among dashes
    def dashes(v: dict, words: tuple[str, ...]) -> dict:
        for i, (key, value) in enumerate(sorted(v.items())):
            if value == 0 and key[0] != "stats":
                v[key] = words[i % len(words)]
        return v

    v = new("gov2021", at_least=2)
    x = fill(v)
    dashes(v, ("—", "无", "/"))
    write("html", "gov2021", 2022, next(issuers), v, label="ok-dashes", planted=None,
          prose="全年共答复政府信息公开申请{p}件，均在法定期限内答复，答复率100%。".format(**x))
    v = new("gov2019", at_least=2)
    x = fill(v)
    dashes(v, ("不适用", "无此项"))
    write("crlf", "gov2019", 2020, next(issuers), v, label="ok-dashes", planted=None,
          prose="依申请公开方面，受理{n}件，已答复{p}件，结转下年度{f}件。".format(**x))
    v = new("gov2021")
    rev = int(v[("appeals", "review", "total")] or 0)
    suits = int(v[("appeals", "suit_direct", "total")] or 0) + int(v[("appeals", "suit_after_review", "total")] or 0)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-appeals", planted=None,
          prose=f"因政府信息公开被申请行政复议{rev}起、被提起行政诉讼{suits}起。")
    v = zeros("gov2021")
    for key in list(v):
        if key[0] == "requests":
            v[key] = "—"
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-no-requests", planted=None,
          prose="本年度未收到政府信息公开申请，未发生政府信息公开行政复议、行政诉讼。")
    v = consistent_values("gov2014", rng, blanks=False)
    for ch in ("channel_gazette", "channel_weibo", "channel_wechat", "channel_other"):
        if not v[("stats", ch, "value")]:
            v[("stats", ch, "value")] = "—"
    s14 = {k[1]: v[k] for k in v}
    write("html", "gov2014", 2018, next(issuers), v, label="ok-dash-channels", planted=None,
          prose=f"全年共受理政府信息公开申请{s14['requests_received']}件，答复{s14['replies']}件。")
    # planted
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "channel_weibo", "value")] = int(v[("stats", "active_items", "value")]) + rng.randint(5, 50)
    write("lines", "gov2014", 2017, next(issuers), v, label="p-8-max", prose="", planted={
        "check_ids": ["P-8-max"], "cells": ["stats.channel_weibo.value"]})
    v = new("gov2021", at_least=2)
    x = fill(v)
    x["p"] += rng.randint(2, 6)
    write("crlf", "gov2021", 2024, next(issuers), v, label="prose-answered", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="全年共答复政府信息公开申请{p}件，其中予以公开{g}件。".format(**x))
    v = new("gov2019", at_least=2)
    v[("requests", "carried_forward", "natural_person")] = tot(v, "carried_forward", "natural_person") + 2
    v[("requests", "carried_forward", "total")] = tot(v, "carried_forward") + 2
    write("html", "gov2019", 2019, next(issuers), dashes(v, ("—", "无")), label="t3-a-dashes", prose="", planted={
        "check_ids": ["T3-A"], "cells": ["requests.carried_forward.natural_person"]})
    finish(OUT, probes)


if __name__ == "__main__":
    main()
