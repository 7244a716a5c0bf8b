"""Write the eleventh, held-out set of labelled consistency-check probes (``tests/cases/checks_probes11``).

Issue 10 (items 2 and 5: "no error finding on a consistent report; every planted error found"), in
shapes the first ten sets (``bench/make_checks_probes.py`` … ``…10.py``) lack, labelled by construction
before textmine read them (one batch); bodies of 31 provinces and national bodies, 2015–2025:

* prose percentages: 办结率 (办结 over 新收 + 上年结转), 公开率 (予以公开 + 部分公开 over 办结), 按时办结率 in
  the 2014 统计表, 同比增长 / 同比下降 x% with both years' counts stated in the sentence;
* counts of 政府信息 by channel (门户网站 / 政务公众号 / 政务微博 / 公开栏), overlapping or summing to a stated total,
  that are no count of table 一 (2021) — and in the 2014 统计表 channels whose sum exceeds 主动公开政府信息数;
* 行政复议 / 行政诉讼 of the body as respondent (table 四) beside its caseload as 复议机关 or the courts' caseload;
* 依申请 counts of the whole county or its system (全县 / 全系统) beside the 本级 count the table holds;
* table 一 (2019) with 本年新制作 / 本年新公开 / 对外公开总数量 (the total holding earlier years' documents) and table 一
  (2021) whose 现行有效 is not 制发 − 废止 of the year;
* the 2014–2018 统计表 with prose restating its rows;
* consecutive-year pairs across the template change (a 2020 report in the 2019 format, then 2021):
  上年结转 = last year's 结转下年度; 同比 against last year's 新收; 现行有效 with no 2020 现行有效 to chain.

Planted, one real inconsistency each: PROSE-PERCENT, PROSE-YEAR, PROSE-TABLE in those wordings, T3-A/B/C/D,
T3-E across the template change, T4-A beside 复议机关 prose, T2-B, T2-D, T2-D-year, T2-E, P-1, P-2, P-3, P-5.

    python bench/make_checks_probes11.py   # rewrites tests/cases/checks_probes11/
    python bench/checks_probes.py --dir tests/cases/checks_probes11
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_checks_probes import finish, save  # noqa: E402
from bench.make_checks_probes2 import SHAPES, STATS_CAPTION  # noqa: E402
from bench.make_checks_probes3 import pct, tot  # noqa: E402
from bench.make_checks_probes6 import bump  # noqa: E402
from bench.make_table_probes3 import (  # noqa: E402
    APPEAL_COLS,
    CAPTIONS,
    COLS,
    active_grid,
    appeals_grid,
    report_text,
    requests_grid,
    small_requests,
    stats_grid,
)
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes11"
P = "PROSE-TABLE"
ISSUERS = [
    "交通运输部", "水利部", "国家林业和草原局", "国家医疗保障局", "国家统计局",
    "北京市朝阳区人民政府", "上海市浦东新区人民政府", "天津市滨海新区人民政府", "重庆市江北区人民政府",
    "河北省邢台市人民政府", "山西省长治市人民政府", "内蒙古自治区鄂尔多斯市人民政府", "辽宁省锦州市人民政府",
    "吉林省延边朝鲜族自治州人民政府", "黑龙江省牡丹江市人民政府", "江苏省南通市人民政府", "浙江省金华市人民政府",
    "安徽省蚌埠市人民政府", "福建省莆田市人民政府", "江西省上饶市人民政府", "山东省临沂市人民政府",
    "河南省洛阳市人民政府", "湖北省宜昌市人民政府", "湖南省常德市人民政府", "广东省韶关市人民政府",
    "广西壮族自治区柳州市人民政府", "海南省海口市美兰区人民政府", "四川省宜宾市人民政府", "贵州省毕节市人民政府",
    "云南省红河哈尼族彝族自治州人民政府", "西藏自治区林芝市人民政府", "陕西省宝鸡市人民政府", "甘肃省酒泉市人民政府",
    "青海省海西蒙古族藏族自治州人民政府", "宁夏回族自治区石嘴山市人民政府", "新疆维吾尔自治区伊犁哈萨克自治州人民政府",
    "河北省正定县人民政府", "山西省平遥县人民政府", "江苏省沭阳县人民政府", "浙江省桐庐县人民政府",
    "安徽省肥西县人民政府", "福建省长汀县人民政府", "江西省婺源县人民政府", "山东省曹县人民政府",
    "河南省兰考县人民政府", "湖北省秭归县人民政府", "湖南省凤凰县人民政府", "广东省博罗县人民政府",
    "四川省郫都区人民政府", "贵州省湄潭县人民政府", "云南省腾冲市人民政府", "陕西省富平县人民政府",
    "甘肃省临洮县人民政府", "广西壮族自治区阳朔县人民政府", "江苏省南通市市场监督管理局", "浙江省金华市生态环境局",
    "山东省临沂市自然资源和规划局", "河南省洛阳市民政局", "湖北省宜昌市人力资源和社会保障局",
    "湖南省常德市住房和城乡建设局", "四川省宜宾市交通运输局", "河北省正定县正定镇人民政府",
    "浙江省桐庐县富春江镇人民政府", "山东省曹县倪集街道办事处", "河南省兰考县城关镇人民政府",
    "江西省婺源县紫阳镇人民政府", "福建省长汀县汀州镇人民政府", "湖南省凤凰县沱江镇人民政府",
    "安徽省肥西县上派镇人民政府", "贵州省湄潭县湄江街道办事处", "国家药品监督管理局", "国家知识产权局",
]


def main() -> None:  # noqa: C901, PLR0915
    rng = random.Random(20261211)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}
    issuers = iter(ISSUERS)
    n = 0
    shapes = ["crlf", "lines", "html", "tabs"]

    def write(template: str, year: int, issuer: str, v: dict, *, prose: str, label: str,
              planted: dict | None, pair: str | None = None, role: str | None = None) -> str:
        nonlocal n
        n += 1
        shape = shapes[n % 4]
        render, brk, ext = SHAPES[shape]
        if template == "gov2014":
            tables = [STATS_CAPTION + brk + render(stats_grid(v))]
        else:
            tables = [CAPTIONS["active"] + brk + render(active_grid(template, v)),
                      CAPTIONS["requests"] + brk + render(requests_grid(template, v)),
                      CAPTIONS["appeals"] + brk + render(appeals_grid(v))]
        text = report_text(issuer, year, tables, brk, prose=prose, html=ext == "html")
        name = f"{n:03d}-{shape}-{template[3:]}-{label}"
        info: dict[str, Any] = {"template": template, "shape": shape, "ambiguous": False, "year": year,
                                "issuer": issuer}
        if pair:
            info.update(pair=pair, pair_role=role)
        save(OUT, probes, name, ext, text, planted, **info)
        return name

    def new(template: str, *, fwd: bool = False, over: bool = False, at_least: int = 0, none: bool = False,
            granted: bool = False, carried: dict | None = None) -> dict:
        while True:
            v = consistent_values(template, rng, blanks=False)
            if template == "gov2014":
                return v
            small_requests(rng, v, template, carried=carried)
            if ((not fwd or tot(v, "carried_forward")) and (not over or tot(v, "carried_over"))
                    and not (none and (tot(v, "carried_over") or tot(v, "carried_forward")))
                    and (not granted or tot(v, "granted"))
                    and tot(v, "new_received") >= at_least and tot(v, "total_processed") >= at_least):
                return v

    def fill(v: dict) -> dict:
        x = {"n": tot(v, "new_received"), "o": tot(v, "carried_over"), "p": tot(v, "total_processed"),
             "f": tot(v, "carried_forward"), "g": tot(v, "granted"), "pg": tot(v, "partial")}
        x["no"] = x["n"] + x["o"]
        x["gp"] = x["g"] + x["pg"]
        return x

    def appeals(v: dict, groups: dict[str, tuple[int, int, int, int]]) -> None:
        for g in ("review", "suit_direct", "suit_after_review"):
            vals = groups.get(g, (0, 0, 0, 0))
            for col, k in zip(APPEAL_COLS[:4], vals, strict=True):
                v[("appeals", g, col)] = k
            v[("appeals", g, "total")] = sum(vals)

    def s14(v: dict, key: str) -> int:
        return int(v[("stats", key, "value")] or 0)

    def carried_of(first: dict) -> dict:
        return {c: tot(first, "carried_forward", c) for c in COLS[:6]}

    def set_new(v: dict, target: int) -> bool:
        d = target - tot(v, "new_received")
        if tot(v, "granted", "natural_person") + d < 0 or tot(v, "new_received", "natural_person") + d < 0:
            return False
        bump(v, "granted", "natural_person", d)
        return True

    def off(s: str, k: Decimal = Decimal(6)) -> str:
        """A percentage ``k`` points off ``s`` (down when it is high)."""
        d = Decimal(s)
        return str(d + k) if d + k <= 100 else str(d - k)

    # ================================================================ consistent, one report each
    # 办结率: 办结 over 新收 + 上年结转 (all closed, then some carried forward)
    v = new("gov2021", at_least=2, none=True)
    write("gov2021", 2022, next(issuers), v, label="ok-closed-rate-100", planted=None,
          prose="全年共受理政府信息公开申请{n}件，办结{p}件，办结率100%。".format(**fill(v)))
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v)
    write("gov2021", 2023, next(issuers), v, label="ok-closed-rate-with-forward", planted=None,
          prose="本年度新收和上年结转申请共{no}件，已办结{p}件，办结率{r}%，其余{f}件结转下年度办理。".format(
              r=pct(x["p"], x["no"]), **x))
    v = new("gov2021", at_least=3)
    x = fill(v)
    write("gov2021", 2024, next(issuers), v, label="ok-open-rate", planted=None,
          prose="全年办结申请{p}件，其中予以公开和部分公开{gp}件，公开率{r}%。".format(r=pct(x["gp"], x["p"]), **x))
    v = new("gov2021", at_least=3, granted=True)
    x = fill(v)
    write("gov2021", 2025, next(issuers), v, label="ok-granted-share-of-received", planted=None,
          prose="予以公开{g}件，占全部办结申请的{r}%。".format(r=pct(x["g"], x["p"]), **x))
    # 同比 with both years' counts in one sentence
    v = new("gov2021", at_least=8)
    x = fill(v)
    m = x["n"] - max(1, x["n"] // 8)
    write("gov2021", 2022, next(issuers), v, label="ok-yoy-growth-both-counts", planted=None,
          prose="本年度收到政府信息公开申请{n}件，上年度为{m}件，同比增长{r}%。".format(m=m, r=pct(x["n"] - m, m), **x))
    v = new("gov2021", at_least=4)
    x = fill(v)
    m = x["n"] + rng.randint(2, 9)
    write("gov2021", 2023, next(issuers), v, label="ok-yoy-fall-from-to", planted=None,
          prose="依申请公开数量由上年的{m}件下降至{n}件，同比下降{r}%。".format(m=m, r=pct(m - x["n"], m), **x))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] - 2
    write("gov2021", 2024, next(issuers), v, label="ok-yoy-years-named", planted=None,
          prose="2024年共收到申请{n}件，较2023年的{m}件增长{r}%。".format(m=m, r=pct(2, m), **x))
    # channels of 政府信息 (no count of table 一)
    v = new("gov2021", at_least=1)
    a, b, c = rng.randint(800, 3000), rng.randint(200, 900), rng.randint(30, 200)
    write("gov2021", 2022, next(issuers), v, label="ok-channels-info-sum", planted=None,
          prose=f"全年主动公开政府信息{a + b + c}条，其中通过政府门户网站公开{a}条、政务公众号发布{b}条、"
                f"政务公开栏张贴{c}条。")
    v = new("gov2021", at_least=1)
    a = rng.randint(1500, 4000)
    write("gov2021", 2023, next(issuers), v, label="ok-channels-info-overlap", planted=None,
          prose=f"全年主动公开政府信息{a}条，其中通过门户网站公开{a - 12}条，通过政务微信公众号同步推送{a // 2}条，"
                f"通过政务微博发布{a // 3}条。")
    v = new("gov2021", at_least=1)
    write("gov2021", 2024, next(issuers), v, label="ok-channels-info-counts-only", planted=None,
          prose="门户网站发布各类信息{a}条，“{i}发布”公众号推送信息{b}条，更新村务公开栏{c}期。".format(
              a=rng.randint(300, 900), b=rng.randint(100, 400), c=rng.randint(4, 24), i="政务"))
    v = new("gov2021", at_least=2)
    rules = v[("active", "normative_docs", "in_force")]
    write("gov2021", 2025, next(issuers), v, label="ok-channels-and-docs", planted=None,
          prose=f"在政府网站公开规范性文件{rules + 7}件，现行有效规范性文件均已在“政策文件”栏目集中公开。")
    # 行政复议 / 行政诉讼: the body as respondent vs as reviewer
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 0, 0, 0)})
    write("gov2021", 2022, next(issuers), v, label="ok-reviewer-caseload", planted=None,
          prose=f"本机关作为行政复议机关，全年共收到行政复议申请{rng.randint(60, 200)}件，受理{rng.randint(40, 59)}件，其中涉及政府信息公开的{rng.randint(3, 9)}件；"
                "本机关因政府信息公开被申请行政复议1件。")
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_direct": (1, 0, 0, 1)})
    write("gov2021", 2023, next(issuers), v, label="ok-court-caseload-and-own", planted=None,
          prose=f"全市法院共审结政府信息公开类行政案件{rng.randint(20, 60)}件；以本机关为被告的政府信息公开行政诉讼2件，"
                "其中1件判决维持、1件尚未审结。")
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (0, 1, 0, 0), "suit_after_review": (1, 0, 0, 0)})
    write("gov2021", 2024, next(issuers), v, label="ok-review-corrected-then-suit", planted=None,
          prose="因政府信息公开被申请行政复议1件，复议机关决定责令重新答复；复议后被提起行政诉讼1件，法院判决驳回诉讼请求。"
                f"本府办理下级机关政府信息公开行政复议案件{rng.randint(5, 30)}件。")
    v = new("gov2021", at_least=1)
    appeals(v, {})
    write("gov2021", 2025, next(issuers), v, label="ok-no-appeals-reviewer-caseload", planted=None,
          prose=f"本年度未发生因政府信息公开引起的行政复议、行政诉讼；县司法局受理各类行政复议案件{rng.randint(10, 80)}件。")
    # 依申请 counts of a sub-unit (the table holds 本级)
    v = new("gov2021", at_least=2)
    x = fill(v)
    write("gov2021", 2022, next(issuers), v, label="ok-county-wide-and-own", planted=None,
          prose="全县各单位共收到政府信息公开申请{w}件，其中县政府本级收到{n}件（见下表）。".format(w=x["n"] + rng.randint(20, 90), **x))
    v = new("gov2021", at_least=2)
    x = fill(v)
    write("gov2021", 2023, next(issuers), v, label="ok-system-and-own", planted=None,
          prose="全市市场监管系统共办理依申请公开{w}件；本局机关新收申请{n}件，办结{p}件。".format(w=x["n"] + rng.randint(30, 120), **x))
    v = new("gov2021", at_least=2)
    x = fill(v)
    write("gov2021", 2024, next(issuers), v, label="ok-towns-then-own", planted=None,
          prose="各乡镇（街道）、县直部门共受理申请{w}件，县政府办公室受理{n}件。".format(w=x["n"] * 3 + rng.randint(5, 40), **x))
    # table 一 (2021): 现行有效 not 制发 − 废止 of the year
    v = new("gov2021", at_least=1)
    v[("active", "normative_docs", "issued")] = 6
    v[("active", "normative_docs", "repealed")] = 9
    v[("active", "normative_docs", "in_force")] = 84
    write("gov2021", 2022, next(issuers), v, label="ok-in-force-stock", planted=None,
          prose="本年度制发规范性文件6件，废止9件，现行有效84件。")
    v = new("gov2021", at_least=1)
    v[("active", "rules", "issued")] = 0
    v[("active", "rules", "repealed")] = 2
    v[("active", "rules", "in_force")] = 17
    write("gov2021", 2023, next(issuers), v, label="ok-rules-none-issued", planted=None, prose="")
    # table 一 (2019): 本年新制作 / 本年新公开 / 对外公开总数量
    v = new("gov2019", at_least=1)
    v[("active", "normative_docs", "made")] = 12
    v[("active", "normative_docs", "published")] = 11
    v[("active", "normative_docs", "total_published")] = 236
    write("gov2019", 2019, next(issuers), v, label="ok-2019-total-holds-earlier", planted=None,
          prose="本年新制作规范性文件12件，新公开11件（1件涉密不予公开），对外公开规范性文件总数236件。")
    v = new("gov2019", at_least=1)
    for col, k in (("made", 0), ("published", 0), ("total_published", 45)):
        v[("active", "rules", col)] = k
    write("gov2019", 2020, next(issuers), v, label="ok-2019-nothing-new", planted=None, prose="")
    v = new("gov2019", at_least=2)
    x = fill(v)
    write("gov2019", 2020, next(issuers), v, label="ok-2019-closed-rate", planted=None,
          prose="全年共收到政府信息公开申请{n}件，按期办结率100%，{p}件已答复完毕。".format(**x))
    # 2014–2018 统计表: prose restating its rows
    v = new("gov2014")
    write("gov2014", 2015, next(issuers), v, label="ok-2014-on-time-rate", planted=None,
          prose="全年收到申请{rr}件，办结{c}件，其中按时办结{t}件，按时办结率{r}%。".format(
              rr=s14(v, "requests_received"), c=s14(v, "requests_closed"), t=s14(v, "requests_closed_on_time"),
              r=pct(s14(v, "requests_closed_on_time"), s14(v, "requests_closed"))))
    v = new("gov2014")
    write("gov2014", 2016, next(issuers), v, label="ok-2014-channels-overlap", planted=None,
          prose="主动公开政府信息{a}条，其中通过政府网站公开{w}条、政府公报公开{g}条。".format(
              a=s14(v, "active_items"), w=s14(v, "channel_website"), g=s14(v, "channel_gazette")))
    v = new("gov2014")
    write("gov2014", 2017, next(issuers), v, label="ok-2014-reviews-prose", planted=None,
          prose="因政府信息公开被申请行政复议{r}件，被提起行政诉讼{s}件。".format(
              r=s14(v, "reviews"), s=s14(v, "suits")))
    v = new("gov2014")
    write("gov2014", 2018, next(issuers), v, label="ok-2014-normative-share", planted=None,
          prose="制发规范性文件{k}件，主动公开{j}件。".format(k=s14(v, "normative_issued"), j=s14(v, "active_normative")))
    v = new("gov2014")
    write("gov2014", 2017, next(issuers), v, label="ok-2014-replies-granted-rate", planted=None,
          prose="答复申请{r}件，其中同意公开{g}件、同意部分公开{pg}件。".format(
              r=s14(v, "replies"), g=s14(v, "replies_granted"), pg=s14(v, "replies_partial")))

    # ================================================================ consistent pairs across 2020 → 2021
    for tag, prose2 in (("C1", "上年结转{o}件申请已于本年度全部办结。"), ("C2", ""),
                        ("C3", "本年度新收申请{n}件，上年结转{o}件。")):
        issuer = next(issuers)
        first = new("gov2019", fwd=True, at_least=1)
        write("gov2019", 2020, issuer, first, label="ok-pair-2020-first", planted=None, pair=tag, role="first",
              prose="{f}件申请结转至2021年继续办理。".format(**fill(first)))
        second = new("gov2021", at_least=1, carried=carried_of(first))
        write("gov2021", 2021, issuer, second, label="ok-pair-2021-carried-over", planted=None, pair=tag,
              role="second", prose=prose2.format(**fill(second)))
    issuer = next(issuers)
    first = new("gov2019", at_least=6, none=True)
    m = tot(first, "new_received")
    write("gov2019", 2020, issuer, first, label="ok-pair-2020-first", planted=None, pair="C4", role="first", prose="")
    while True:
        second = new("gov2021", at_least=1, none=True)
        if set_new(second, m + 3):
            break
    write("gov2021", 2021, issuer, second, label="ok-pair-2021-yoy", planted=None, pair="C4", role="second",
          prose="本年度收到申请{n}件，较上年的{m}件增长{r}%。".format(m=m, r=pct(3, m), **fill(second)))
    issuer = next(issuers)
    first = new("gov2019", at_least=1)
    write("gov2019", 2020, issuer, first, label="ok-pair-2020-first", planted=None, pair="C5", role="first", prose="")
    second = new("gov2021", at_least=1, carried=carried_of(first))
    second[("active", "normative_docs", "in_force")] = first[("active", "normative_docs", "total_published")] + 40
    write("gov2021", 2021, issuer, second, label="ok-pair-2021-in-force-no-chain", planted=None, pair="C5",
          role="second", prose="")

    # ================================================================ planted
    v = new("gov2021", at_least=2, none=True)
    x = fill(v)
    x["p2"] = x["p"] - 1
    write("gov2021", 2022, next(issuers), v, label="prose-percent-closed-rate", planted={
        "check_ids": ["PROSE-PERCENT"], "cells": []},
        prose="全年共受理政府信息公开申请{n}件，办结{n}件，办结率{r}%。".format(r=off(pct(x["n"], x["n"])), **x))
    v = new("gov2021", at_least=3)
    x = fill(v)
    write("gov2021", 2023, next(issuers), v, label="prose-percent-open-rate", planted={
        "check_ids": ["PROSE-PERCENT"], "cells": []},
        prose="全年办结申请{p}件，其中予以公开和部分公开{gp}件，公开率{r}%。".format(r=off(pct(x["gp"], x["p"]), Decimal(11)),
                                                                     **x))
    v = new("gov2021", at_least=8)
    x = fill(v)
    m = x["n"] - max(1, x["n"] // 8)
    write("gov2021", 2024, next(issuers), v, label="prose-percent-yoy-both-counts", planted={
        "check_ids": ["PROSE-PERCENT", "PROSE-YEAR"], "cells": []},
        prose="本年度收到政府信息公开申请{n}件，上年度为{m}件，同比增长{r}%。".format(
            m=m, r=off(pct(x["n"] - m, m), Decimal(9)), **x))
    v = new("gov2014")
    on, cl = s14(v, "requests_closed_on_time"), s14(v, "requests_closed")
    write("gov2014", 2016, next(issuers), v, label="prose-percent-2014-on-time", planted={
        "check_ids": ["PROSE-PERCENT"], "cells": []},
        prose=f"申请办结{cl}件，其中按时办结{on}件，按时办结率{off(pct(on, cl), Decimal(13))}%。")
    v = new("gov2021", at_least=2)
    x = fill(v)
    write("gov2021", 2022, next(issuers), v, label="prose-table-own-beside-county", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="全县各单位共收到政府信息公开申请{w}件，其中县政府本级收到{k}件。".format(w=x["n"] + 60, k=x["n"] + 2))
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 0, 0, 0)})
    write("gov2021", 2023, next(issuers), v, label="prose-table-review-respondent", planted={
        "check_ids": [P], "cells": ["appeals.review.total"]},
        prose=f"本机关作为行政复议机关办理复议案件{rng.randint(40, 90)}件；本机关因政府信息公开被申请行政复议3件。")
    v = new("gov2021", at_least=2)
    x = fill(v)
    write("gov2021", 2024, next(issuers), v, label="prose-table-closed-with-rate", planted={
        "check_ids": [P], "cells": ["requests.total_processed.total"]},
        prose="全年共受理政府信息公开申请{no}件，办结{k}件，办结率100%。".format(k=x["p"] + 3, **x) if not x["f"] else
        "全年办结政府信息公开申请{k}件，按时办结率100%。".format(k=x["p"] + 3))
    v = new("gov2014")
    write("gov2014", 2017, next(issuers), v, label="prose-table-2014-received", planted={
        "check_ids": [P], "cells": ["stats.requests_received.value"]},
        prose="全年共收到政府信息公开申请{k}件，均按规定予以答复。".format(k=s14(v, "requests_received") + 4))
    # table 三 identities beside the new prose
    v = new("gov2021", at_least=2)
    v[("requests", "carried_forward", "natural_person")] = tot(v, "carried_forward", "natural_person") + 2
    v[("requests", "carried_forward", "total")] = tot(v, "carried_forward") + 2
    write("gov2021", 2022, next(issuers), v, label="t3-a-forward-with-rate", planted={
        "check_ids": ["T3-A"], "cells": ["requests.carried_forward.total"]},
        prose="全年办结申请{p}件，办结率100%。".format(**fill(v)))
    v = new("gov2021", at_least=3, granted=True)
    v[("requests", "granted", "total")] = tot(v, "granted") + 1
    write("gov2021", 2023, next(issuers), v, label="t3-c-granted-total-open-rate", planted={
        "check_ids": ["T3-C", "T3-B"], "cells": ["requests.granted.total"]},
        prose="予以公开{g}件。".format(g=tot(v, "granted") - 1))
    v = new("gov2021", at_least=3)
    v[("requests", "total_processed", "natural_person")] = tot(v, "total_processed", "natural_person") + 1
    v[("requests", "total_processed", "total")] = tot(v, "total_processed") + 1
    v[("requests", "new_received", "natural_person")] = tot(v, "new_received", "natural_person") + 1
    v[("requests", "new_received", "total")] = tot(v, "new_received") + 1
    write("gov2021", 2024, next(issuers), v, label="t3-b-processed-not-rows", planted={
        "check_ids": ["T3-B"], "cells": ["requests.total_processed.natural_person"]}, prose="")
    v = new("gov2021", at_least=2)
    o_np = tot(v, "carried_over", "natural_person")
    v[("requests", "carried_over", "natural_person")] = -1
    v[("requests", "new_received", "natural_person")] = tot(v, "new_received", "natural_person") + o_np + 1
    v[("requests", "carried_over", "total")] = sum(tot(v, "carried_over", c) for c in COLS[:6])
    v[("requests", "new_received", "total")] = sum(tot(v, "new_received", c) for c in COLS[:6])
    write("gov2021", 2025, next(issuers), v, label="t3-d-negative-carried-over", planted={
        "check_ids": ["T3-D"], "cells": ["requests.carried_over.natural_person"]}, prose="")
    # table 四
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (2, 1, 0, 1)})
    v[("appeals", "review", "total")] = 5
    write("gov2021", 2022, next(issuers), v, label="t4-a-review-beside-reviewer-prose", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.review.total"]},
        prose=f"本机关作为复议机关全年审结行政复议案件{rng.randint(30, 90)}件。")
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_direct": (1, 1, 0, 0), "suit_after_review": (0, 0, 1, 0)})
    v[("appeals", "suit_direct", "total")] = 1
    write("gov2021", 2023, next(issuers), v, label="t4-a-suit-direct-low", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.suit_direct.total"]}, prose="")
    # table 二
    v = new("gov2019", at_least=1)
    v[("active", "normative_docs", "made")] = 4
    v[("active", "normative_docs", "published")] = 9
    v[("active", "normative_docs", "total_published")] = 7
    write("gov2019", 2020, next(issuers), v, label="t2-d-published-over-total", planted={
        "check_ids": ["T2-D"], "cells": ["active.normative_docs.published"]}, prose="")
    v = new("gov2021", at_least=1)
    v[("active", "enforcement", "decisions")] = -3
    write("gov2021", 2024, next(issuers), v, label="t2-e-negative-enforcement", planted={
        "check_ids": ["T2-E"], "cells": ["active.enforcement.decisions"]}, prose="")
    # 2014 identities
    v = new("gov2014")
    v[("stats", "requests_fax", "value")] = s14(v, "requests_fax") + 3
    write("gov2014", 2015, next(issuers), v, label="p-1-fax", planted={
        "check_ids": ["P-1"], "cells": ["stats.requests_received.value", "stats.requests_fax.value"]}, prose="")
    v = new("gov2014")
    v[("stats", "requests_closed_on_time", "value")] = s14(v, "requests_closed_on_time") + 2
    write("gov2014", 2016, next(issuers), v, label="p-2-on-time", planted={
        "check_ids": ["P-2"], "cells": ["stats.requests_closed.value", "stats.requests_closed_on_time.value"]},
        prose="")
    v = new("gov2014")
    v[("stats", "replies_other_route", "value")] = s14(v, "replies_other_route") + 2
    write("gov2014", 2017, next(issuers), v, label="p-3-other-route", planted={
        "check_ids": ["P-3"], "cells": ["stats.replies.value", "stats.replies_other_route.value"]}, prose="")
    v = new("gov2014")
    v[("stats", "reviews_corrected", "value")] = s14(v, "reviews_corrected") + 1
    write("gov2014", 2018, next(issuers), v, label="p-5-reviews-corrected", planted={
        "check_ids": ["P-5"], "cells": ["stats.reviews.value", "stats.reviews_corrected.value"]}, prose="")
    # planted pairs across 2020 → 2021
    issuer = next(issuers)
    first = new("gov2019", fwd=True, at_least=1)
    write("gov2019", 2020, issuer, first, label="ok-pair-2020-first", planted=None, pair="D1", role="first", prose="")
    c = carried_of(first)
    col = next(k for k in COLS[:6] if c[k])
    c[col] += 2
    second = new("gov2021", at_least=1, carried=c)
    write("gov2021", 2021, issuer, second, label="t3-e-carried-over-2021", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, pair="D1", role="second", prose="")
    issuer = next(issuers)
    first = new("gov2019", fwd=True, at_least=1)
    write("gov2019", 2020, issuer, first, label="ok-pair-2020-first", planted=None, pair="D2", role="first",
          prose="{f}件申请结转至2021年继续办理。".format(**fill(first)))
    second = new("gov2021", at_least=1, none=True)
    write("gov2021", 2021, issuer, second, label="t3-e-none-carried-2021", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, pair="D2", role="second", prose="")
    issuer = next(issuers)
    first = new("gov2019", at_least=6, none=True)
    m = tot(first, "new_received")
    write("gov2019", 2020, issuer, first, label="ok-pair-2020-first", planted=None, pair="D3", role="first", prose="")
    while True:
        second = new("gov2021", at_least=1, none=True)
        if set_new(second, m + 4):
            break
    write("gov2021", 2021, issuer, second, label="prose-year-last-year-count", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="D3", role="second",
        prose="本年度收到申请{n}件，较上年的{mm}件增加{d}件。".format(mm=m + 2, d=2, **fill(second)))
    issuer = next(issuers)
    first = new("gov2021", at_least=1)
    write("gov2021", 2021, issuer, first, label="ok-pair-2021-first", planted=None, pair="D4", role="first", prose="")
    second = new("gov2021", at_least=1, carried=carried_of(first))
    for row in ("rules", "normative_docs"):
        second[("active", row, "repealed")] = min(second[("active", row, "repealed")], first[("active", row, "in_force")])
        second[("active", row, "in_force")] = (first[("active", row, "in_force")] + second[("active", row, "issued")]
                                               - second[("active", row, "repealed")])
    second[("active", "rules", "in_force")] += 5
    write("gov2021", 2022, issuer, second, label="t2-b-rules-in-force", planted={
        "check_ids": ["T2-B"], "cells": ["active.rules.in_force"]}, pair="D4", role="second", prose="")
    issuer = next(issuers)
    first = new("gov2019", at_least=1)
    write("gov2019", 2019, issuer, first, label="ok-pair-2019-first", planted=None, pair="D5", role="first", prose="")
    second = new("gov2019", at_least=1, carried=carried_of(first))
    for row in ("licensing", "other_services", "penalty", "enforcement", "fees"):
        change = first[("active", row, "change")]
        change = int(str(change).replace("−", "-").replace("+", "")) if isinstance(change, str) else change
        second[("active", row, "prev_items")] = first[("active", row, "prev_items")] + change
        if second[("active", row, "change")] < -second[("active", row, "prev_items")]:
            second[("active", row, "change")] = -second[("active", row, "prev_items")]
    second[("active", "fees", "prev_items")] += 4
    write("gov2019", 2020, issuer, second, label="t2-d-year-fees", planted={
        "check_ids": ["T2-D-year"], "cells": ["active.fees.prev_items"]}, pair="D5", role="second", prose="")
    finish(OUT, probes)


if __name__ == "__main__":
    main()
