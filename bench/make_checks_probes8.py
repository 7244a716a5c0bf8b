"""Write the eighth, held-out set of labelled consistency-check probes (``tests/cases/checks_probes8``).

Issue 10 (items 2 and 5: "no error finding on a consistent report; a finding accuses a report
only when the report is wrong"), in wordings and shapes the first seven sets
(``bench/make_checks_probes.py`` … ``…7.py``) lack, labelled by construction before textmine read
them:

* prose totals in other words: 全年共处理…件, 回复…件, 新收…件，加上上年结转…件，合计需办理…件, 共接收…件
  （含上年结转…件）, 依申请公开…件 (new and answered alike), 依申请公开事项…件次, the outcome rows in one
  sentence (予以公开…，部分公开…，不予公开…，无法提供…，不予处理…，其他处理…), 仍在办理…件;
* counts of other things in the same words near the totals: 政务咨询电话, 12345 工单, 人大代表建议 and
  政协提案, 信访件 (受理/办结 of letters), 本机关及所属单位, 全县各行政机关 beside 县政府本级, a 便民服务中心
  that passed requests on (a part);
* counts of another year in a report (2022年共收到…件 in a 2023 report, 去年为…件, 比2022年的…件,
  较上年同期（…件）增加…件);
* approximate words in Chinese (百余件, 数十件, 近千件, …件左右, 同比增长约…%, 基本持平);
* 行政复议 / 行政诉讼 in prose beside table 四 (维持, 纠正, 尚未审结);
* 行政事业性收费 items in the 2019 format said in prose (由上年的…项调整为…项), 依申请公开未收取任何费用
  beside a 行政事业性收费 amount;
* placeholder cells (／, ——, 无, 不适用) in tables 二 and 四; signed 本年增/减 (+3, −2 with U+2212);
  decimal 收费 and 采购 amounts;
* consecutive years of one body (本年继续办理 of year N = 上年结转 of year N+1, a three-year chain, a
  2019-format year then a 2021-format one, the 2019 上一年项目数量 + 本年增/减 chain, 同比增长 X% /
  较上年减少 X件 / 基本持平 against last year's report, 12345 工单同比增长 beside requests that fell).

Planted, one real inconsistency each: 处理/回复/新收/含上年结转/outcome/行政复议 prose unlike the
table (PROSE-TABLE), this year's count beside last year's in one sentence wrong, 同比增长 X% and
较上年减少 X件 unlike last year's report (PROSE-YEAR), 上年结转 unlike last year's 结转下年度 (T3-E, in a
pair and at the end of a three-year chain), 上一年项目数量 unlike last year's (T2-D-year), a
negative 件数 with U+2212 whose sums still hold (T3-D), a fractional 本年制发件数, a negative
收费金额 and a negative 2019 处理决定数量 (T2-E), T4-A beside ——, T3-A and T3-C.

    python bench/make_checks_probes8.py   # rewrites tests/cases/checks_probes8/
    python bench/checks_probes.py --dir tests/cases/checks_probes8
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_checks_probes import finish, save  # noqa: E402
from bench.make_checks_probes2 import SHAPES  # noqa: E402  (crlf, lines, html, tabs)
from bench.make_checks_probes3 import pct, tot  # noqa: E402
from bench.make_checks_probes5 import scale  # noqa: E402
from bench.make_checks_probes6 import FEE_PARA, bump  # noqa: E402
from bench.make_table_probes3 import (  # noqa: E402
    APPEAL_COLS,
    CAPTIONS,
    COLS,
    active_grid,
    appeals_grid,
    report_text,
    requests_grid,
    small_requests,
)
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes8"

DENIED = ("denied_state_secret", "denied_law_prohibited", "denied_three_safety", "denied_third_party",
          "denied_internal_affairs", "denied_process_info", "denied_enforcement_file", "denied_query")
UNABLE = ("unable_not_held", "unable_needs_creation", "unable_unclear")
REJECTED = ("rejected_complaint", "rejected_repeat", "rejected_publication", "rejected_mass", "rejected_confirm")
OTHER21 = ("other_no_correction", "other_no_fee", "other_misc")


def main() -> None:
    rng = random.Random(20261208)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}
    issuers = iter([
        "河北省自然资源厅", "山西省生态环境厅", "辽宁省住房和城乡建设厅", "江苏省商务厅", "浙江省卫生健康委员会",
        "安徽省教育厅", "福建省文化和旅游厅", "江西省应急管理厅", "山东省市场监督管理局", "河南省财政厅",
        "湖北省人力资源和社会保障厅", "湖南省司法厅", "广东省科学技术厅", "海南省民政厅", "四川省审计厅",
        "贵州省统计局", "云南省退役军人事务厅", "陕西省体育局", "甘肃省医疗保障局", "青海省农业农村厅",
        "宁夏回族自治区水利厅", "新疆维吾尔自治区交通运输厅", "广西壮族自治区林业局", "内蒙古自治区商务厅",
        "河北省邯郸市丛台区人民政府", "山西省大同市平城区人民政府", "辽宁省鞍山市铁东区人民政府",
        "江苏省常州市天宁区人民政府", "浙江省嘉兴市南湖区人民政府", "安徽省芜湖市镜湖区人民政府",
        "福建省漳州市芗城区人民政府", "江西省九江市濂溪区人民政府", "山东省潍坊市奎文区人民政府",
        "河南省新乡市红旗区人民政府", "湖北省黄石市黄石港区人民政府", "湖南省岳阳市岳阳楼区人民政府",
        "广东省湛江市赤坎区人民政府", "四川省绵阳市涪城区人民政府", "贵州省遵义市红花岗区人民政府",
        "云南省曲靖市麒麟区人民政府", "陕西省宝鸡市渭滨区人民政府", "甘肃省天水市秦州区人民政府",
        "湖南省攸县人民政府", "江西省崇义县人民政府", "四川省苍溪县人民政府", "河南省淅川县人民政府",
        "浙江省安吉县人民政府", "山东省沂水县人民政府", "安徽省歙县人民政府", "云南省宾川县人民政府",
        "贵州省湄潭县人民政府", "福建省长汀县人民政府", "湖北省秭归县人民政府", "河北省正定县人民政府",
        "广东省仁化县人民政府", "江苏省沭阳县人民政府", "陕西省洛川县人民政府", "甘肃省临泽县人民政府",
        "辽宁省岫岩满族自治县人民政府", "吉林省抚松县人民政府", "黑龙江省五常市人民政府", "山西省平遥县人民政府",
        "内蒙古自治区土默特左旗人民政府", "广西壮族自治区阳朔县人民政府", "青海省湟源县人民政府",
        "宁夏回族自治区贺兰县人民政府", "新疆维吾尔自治区伊宁县人民政府", "海南省屯昌县人民政府",
        "重庆市綦江区人民政府", "天津市西青区人民政府", "上海市闵行区人民政府", "北京市顺义区人民政府",
        "湖南省浏阳市人民政府", "江西省瑞金市人民政府", "四川省都江堰市人民政府", "浙江省义乌市人民政府",
        "山东省寿光市人民政府", "江苏省昆山市人民政府", "福建省晋江市人民政府", "广东省英德市人民政府",
        "吉林省公安厅", "黑龙江省商务厅", "西藏自治区自然资源厅", "重庆市生态环境局", "天津市交通运输委员会",
        "湖北省恩施市人民政府", "贵州省凯里市人民政府", "云南省大理市人民政府", "四川省西昌市人民政府",
        "甘肃省敦煌市人民政府", "海南省五指山市人民政府", "河南省禹州市人民政府",
        "江苏省水利厅", "浙江省交通运输厅", "安徽省民政厅", "福建省自然资源厅", "山东省教育厅", "湖南省商务厅",
        "广东省住房和城乡建设厅", "四川省农业农村厅", "陕西省卫生健康委员会", "云南省文化和旅游厅",
    ])
    n = 0

    def write(shape: str, template: str, year: int, issuer: str, v: dict, *, prose: str, label: str,
              planted: dict | None, fee_para: str | None = None, pair: str | None = None,
              role: str | None = None) -> str:
        nonlocal n
        n += 1
        render, brk, ext = SHAPES[shape]
        tables = [CAPTIONS["active"] + brk + render(active_grid(template, v)),
                  CAPTIONS["requests"] + brk + render(requests_grid(template, v)),
                  CAPTIONS["appeals"] + brk + render(appeals_grid(v))]
        text = report_text(issuer, year, tables, brk, prose=prose, html=ext == "html")
        if fee_para is not None:
            text = text.replace(FEE_PARA, fee_para)
        name = f"{n:02d}-{shape}-{template[3:]}-{label}"
        info: dict[str, Any] = {"template": template, "shape": shape, "ambiguous": False, "year": year,
                                "issuer": issuer}
        if pair:
            info.update(pair=pair, pair_role=role)
        save(OUT, probes, name, ext, text, planted, **info)
        return name

    def new(template: str, *, over: bool = False, fwd: bool = False, at_least: int = 0, none: bool = False,
            no_fwd: bool = False, carried: dict | None = None) -> dict:
        while True:
            v = consistent_values(template, rng, blanks=False)
            small_requests(rng, v, template, carried=carried)
            if ((not over or tot(v, "carried_over")) and (not fwd or tot(v, "carried_forward"))
                    and not (none and (tot(v, "carried_over") or tot(v, "carried_forward")))
                    and not (no_fwd and tot(v, "carried_forward"))
                    and tot(v, "new_received") >= at_least and tot(v, "total_processed") >= at_least):
                return v

    def fill(v: dict) -> dict:
        x = {"n": tot(v, "new_received"), "o": tot(v, "carried_over"), "p": tot(v, "total_processed"),
             "f": tot(v, "carried_forward"), "g": tot(v, "granted"), "pg": tot(v, "partial")}
        x["no"] = x["n"] + x["o"]
        x["den"] = sum(tot(v, r) for r in DENIED)
        x["una"] = sum(tot(v, r) for r in UNABLE)
        x["rej"] = sum(tot(v, r) for r in REJECTED)
        x["oth"] = x["p"] - x["g"] - x["pg"] - x["den"] - x["una"] - x["rej"]
        return x

    def follow(first: dict, template: str, *, carry_fix: int = 0, at_least: int = 0,
               prev_fix: int = 0) -> dict:
        """Next year's values of the body of ``first``: 上年结转 = its 结转下年度 (+ ``carry_fix``);
        the 2019 上一年项目数量 = last year's + 本年增/减 (+ ``prev_fix`` on 行政许可)."""
        carried = {c: tot(first, "carried_forward", c) for c in COLS[:6]}
        if carry_fix:
            col = next((c for c in COLS[:6] if carried[c]), "natural_person")
            carried[col] += carry_fix
        while True:
            v = consistent_values(template, rng, blanks=False)
            small_requests(rng, v, template, carried=carried)
            if tot(v, "new_received") >= at_least:
                break
        if template == "gov2021" and ("active", "rules", "in_force") in first:
            for row in ("rules", "normative_docs"):
                v[("active", row, "repealed")] = min(v[("active", row, "repealed")], first[("active", row, "in_force")])
                v[("active", row, "in_force")] = (first[("active", row, "in_force")] + v[("active", row, "issued")]
                                                  - v[("active", row, "repealed")])
        if template == "gov2019" and ("active", "licensing", "prev_items") in first:
            for row in ("licensing", "other_services", "penalty", "enforcement", "fees"):
                change = first[("active", row, "change")]
                change = int(str(change).replace("−", "-").replace("+", "")) if isinstance(change, str) else change
                v[("active", row, "prev_items")] = first[("active", row, "prev_items")] + change
                if v[("active", row, "change")] < -v[("active", row, "prev_items")]:
                    v[("active", row, "change")] = -v[("active", row, "prev_items")]
            v[("active", "licensing", "prev_items")] += prev_fix
        return v

    def set_new(v: dict, target: int) -> bool:
        """Make ``v``'s 新收 ``target`` (more or fewer 予以公开 of natural persons; T3 still holds);
        False when there are too few to take away."""
        d = target - tot(v, "new_received")
        if tot(v, "granted", "natural_person") + d < 0 or tot(v, "new_received", "natural_person") + d < 0:
            return False
        bump(v, "granted", "natural_person", d)
        return True

    def follow_new(first: dict, target: int, **kw: Any) -> dict:
        """``follow`` with 新收 ``target``."""
        while True:
            v = follow(first, "gov2021", **kw)
            if set_new(v, target):
                return v

    def appeals(v: dict, groups: dict[str, tuple[int, int, int, int]]) -> None:
        for g in ("review", "suit_direct", "suit_after_review"):
            vals = groups.get(g, (0, 0, 0, 0))
            for col, k in zip(APPEAL_COLS[:4], vals, strict=True):
                v[("appeals", g, col)] = k
            v[("appeals", g, "total")] = sum(vals)

    P = "PROSE-TABLE"

    # ================================================================ consistent, one report each
    # A. prose totals in other words
    v = new("gov2021", at_least=2)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-processed-total", planted=None,
          prose="全年共处理政府信息公开申请{p}件，均在法定时限内办结。".format(**fill(v)))
    v = new("gov2021", at_least=2)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-replied", planted=None,
          prose="全年回复政府信息公开申请{p}件。".format(**fill(v)))
    v = new("gov2021", over=True, fwd=True, at_least=2)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-new-plus-carried-sum", planted=None,
          prose="全年新收政府信息公开申请{n}件，加上上年结转{o}件，合计需办理{no}件，已办结{p}件，"
                "结转下年度{f}件。".format(**fill(v)))
    while True:
        v = new("gov2021", over=True, no_fwd=True, at_least=2)
        if tot(v, "carried_forward") == 0:
            break
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-received-incl-carried", planted=None,
          prose="依申请公开方面，全年共接收申请{no}件（含上年结转{o}件），均已依法答复。".format(**fill(v)))
    v = new("gov2021", at_least=5)
    write("crlf", "gov2021", 2024, next(issuers), v, label="ok-outcomes-one-sentence", planted=None,
          prose="全年共答复政府信息公开申请{p}件，其中予以公开{g}件，部分公开{pg}件，不予公开{den}件，"
                "无法提供{una}件，不予处理{rej}件，其他处理{oth}件。".format(**fill(v)))
    v = new("gov2021", at_least=2, none=True)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-on-request-bare", planted=None,
          prose="本年度依申请公开{n}件，全部按期答复。".format(**fill(v)))
    v = new("gov2021", at_least=2)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-matters-times", planted=None,
          prose="全年办理依申请公开事项{p}件次。".format(**fill(v)))
    v = new("gov2021", fwd=True, at_least=2)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-still-in-hand", planted=None,
          prose="截至2023年12月31日，已办结{p}件，仍在办理{f}件。".format(**fill(v)))
    v = new("gov2021", at_least=4)
    x = fill(v)
    a = rng.randint(1, x["n"] - 2)
    b = rng.randint(0, x["n"] - a - 1)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-channels-sum", planted=None,
          prose="全年新收政府信息公开申请{n}件，其中当面申请{a}件、网络申请{b}件、信函申请{c}件。".format(
              a=a, b=b, c=x["n"] - a - b, **x))

    # B. other things counted near the totals
    v = new("gov2021", at_least=2)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-consult-calls", planted=None,
          prose="全年接听政务咨询电话{c}个，受理政府信息公开申请{n}件。".format(c=rng.randint(300, 3000), **fill(v)))
    v = new("gov2021", at_least=2)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-12345-tickets", planted=None,
          prose="全年共办理12345市民服务热线工单{c}件，办结率100%；收到政府信息公开申请{n}件。".format(
              c=rng.randint(500, 9000), **fill(v)))
    v = new("gov2021", at_least=2)
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-deputies-proposals", planted=None,
          prose="全年办理人大代表建议{a}件、政协委员提案{b}件，均按时答复；依申请公开办结{p}件。".format(
              a=rng.randint(10, 60), b=rng.randint(10, 60), **fill(v)))
    v = new("gov2021", at_least=2)
    c = rng.randint(40, 400)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-petitions-words", planted=None,
          prose="全年共受理群众信访件{c}件，办结{c2}件，办结率{rate}%。本年度新收政府信息公开申请{n}件。".format(
              c=c, c2=c - 3, rate=pct(c - 3, c), **fill(v)))
    v = new("gov2021", at_least=4)
    x = fill(v)
    write("html", "gov2021", 2024, next(issuers), v, label="ok-service-centre-part", planted=None,
          prose="全年新收政府信息公开申请{n}件，其中经乡镇便民服务中心转交{k}件。".format(k=rng.randint(1, x["n"] - 1), **x))
    v = new("gov2021", at_least=2)
    x = fill(v)
    write("lines", "gov2021", 2022, "湖南省茶陵县人民政府", v, label="ok-county-own", planted=None,
          prose="全县各行政机关共受理政府信息公开申请{big}件，其中县政府本级受理{n}件，办结{p}件。".format(
              big=x["n"] + rng.randint(20, 200), **x))
    v = new("gov2021", at_least=2)
    x = fill(v)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-body-and-units", planted=None,
          prose="本机关及所属{k}个单位共受理政府信息公开申请{big}件，答复{big}件。".format(
              k=rng.randint(3, 12), big=x["n"] + rng.randint(5, 60), **x))

    # C. counts of another year
    v = new("gov2021", at_least=3)
    x = fill(v)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-two-years-sentence", planted=None,
          prose="2022年共收到政府信息公开申请{m}件，2023年共收到{n}件。".format(m=x["n"] + rng.randint(2, 9), **x))
    v = new("gov2021", at_least=3)
    x = fill(v)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-last-year-was", planted=None,
          prose="本年度新收政府信息公开申请{n}件，去年为{m}件。".format(m=x["n"] + rng.randint(3, 12), **x))
    v = new("gov2021", at_least=4)
    x = fill(v)
    write("lines", "gov2021", 2024, next(issuers), v, label="ok-than-2022", planted=None,
          prose="全年受理申请{n}件，比2022年的{m}件有所增加。".format(m=x["n"] - rng.randint(1, 3), **x))
    v = new("gov2021", at_least=3)
    x = fill(v)
    d = rng.randint(2, 9)
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-same-period-bracket", planted=None,
          prose="全年受理政府信息公开申请{n}件，较上年同期（{m}件）增加{d}件。".format(m=x["n"] - d if x["n"] > d else 1,
                                                                   d=d if x["n"] > d else x["n"] - 1, **x))

    # D. approximate words
    def sized(lo: int, hi: int) -> dict:
        while True:
            v = new("gov2021", at_least=2)
            k = max(1, (lo + hi) // 2 // max(1, tot(v, "new_received")))
            for kk in range(max(1, k - 3), k + 4):
                w = scale({key: val for key, val in v.items()}, kk)
                if lo <= tot(w, "new_received") <= hi:
                    return w

    v = sized(101, 199)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-hundred-odd", planted=None,
          prose="全年受理政府信息公开申请百余件，均已按期答复。")
    v = sized(21, 99)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-dozens", planted=None,
          prose="全年收到政府信息公开申请数十件。")
    v = sized(930, 999)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-nearly-thousand", planted=None,
          prose="全年受理政府信息公开申请近千件。")
    while True:
        v = sized(40, 300)
        r = round(tot(v, "new_received"), -1)
        if 0 < abs(tot(v, "new_received") - r) <= 3:
            break
    write("tabs", "gov2021", 2024, next(issuers), v, label="ok-or-so", planted=None,
          prose=f"全年受理政府信息公开申请{r}件左右。")

    # E. table 四 in prose
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (2, 1, 0, 0), "suit_direct": (1, 0, 0, 1)})
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-review-parts", planted=None,
          prose="全年因政府信息公开被申请行政复议3件，其中维持2件、纠正1件；被提起行政诉讼2件，其中1件尚在审理中。")
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 0, 1, 2), "suit_after_review": (0, 0, 0, 1)})
    write("html", "gov2021", 2022, next(issuers), v, label="ok-review-pending", planted=None,
          prose="本年度发生政府信息公开行政复议4件，尚未审结2件；复议后起诉1件。")
    v = new("gov2019", at_least=1)
    appeals(v, {"review": (0, 0, 0, 1)})
    write("lines", "gov2019", 2020, next(issuers), v, label="ok-review-2019", planted=None,
          prose="发生政府信息公开行政复议案件1件，行政诉讼案件0件。")

    # F. fees and items
    v = new("gov2021", at_least=1)
    v[("active", "fees", "amount")] = Decimal("356.27")
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-no-fee-beside-amount", planted=None,
          prose="依申请公开未收取任何费用。", fee_para="依申请公开未收取任何费用。")
    v = new("gov2019", at_least=1)
    a = v[("active", "fees", "prev_items")]
    v[("active", "fees", "change")] = "−2"
    write("crlf", "gov2019", 2019, next(issuers), v, label="ok-fee-items-prose", planted=None,
          prose=f"本机关实施的行政事业性收费项目由上年的{a}项调整为{a - 2}项。")
    v = new("gov2019", at_least=1)
    v[("active", "licensing", "change")] = "+3"
    v[("active", "penalty", "change")] = "-2" if v[("active", "penalty", "prev_items")] >= 2 else "0"
    v[("active", "procurement", "amount")] = Decimal("12.68")
    write("html", "gov2019", 2020, next(issuers), v, label="ok-signed-change", planted=None, prose="")
    v = new("gov2021", at_least=1)
    v[("active", "fees", "amount")] = Decimal("0.35")
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-fee-fraction", planted=None, prose="")

    # G. placeholders
    v = new("gov2021", at_least=1)
    v[("active", "rules", "issued")] = "／"
    v[("active", "rules", "repealed")] = "／"
    v[("active", "rules", "in_force")] = "／"
    v[("active", "penalty", "decisions")] = "——"
    v[("active", "fees", "amount")] = "不适用"
    appeals(v, {})
    for g in ("review", "suit_direct", "suit_after_review"):
        for col in APPEAL_COLS:
            v[("appeals", g, col)] = "——" if g == "review" else "无"
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-placeholders-mixed", planted=None, prose="")
    v = new("gov2019", at_least=1)
    for row in ("penalty", "enforcement"):
        for col in ("prev_items", "change", "decisions"):
            v[("active", row, col)] = "不适用"
    v[("active", "procurement", "items")] = "／"
    v[("active", "procurement", "amount")] = "／"
    write("tabs", "gov2019", 2020, next(issuers), v, label="ok-placeholders-2019", planted=None, prose="")

    # ================================================================ consistent, pairs of one body
    issuer = next(issuers)
    while True:
        first = new("gov2021", fwd=True)
        if tot(first, "carried_forward") >= 1:
            break
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="G1", role="first",
          prose="另有{f}件申请因需征求第三方意见，本年继续办理至下一年度。".format(**fill(first)))
    second = follow(first, "gov2021", at_least=1)
    write("crlf", "gov2021", 2023, issuer, second, label="ok-pair-carry-words", planted=None, pair="G1",
          role="second", prose="上年结转的{o}件申请均已在本年度办结。".format(**fill(second)))

    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("tabs", "gov2021", 2021, issuer, first, label="ok-chain-first", planted=None, pair="G2", role="first",
          prose="")
    second = follow(first, "gov2021")
    write("lines", "gov2021", 2022, issuer, second, label="ok-chain-second", planted=None, pair="G2", role="second",
          prose="")
    third = follow(second, "gov2021")
    write("html", "gov2021", 2023, issuer, third, label="ok-chain-third", planted=None, pair="G2", role="third",
          prose="")

    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    first[("active", "licensing", "change")] = "+4"
    write("crlf", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="G3", role="first",
          prose="")
    second = follow(first, "gov2019")
    write("tabs", "gov2019", 2020, issuer, second, label="ok-pair-2019-items", planted=None, pair="G3",
          role="second", prose="")

    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    write("lines", "gov2019", 2020, issuer, first, label="ok-pair-first", planted=None, pair="G4", role="first",
          prose="")
    second = follow(first, "gov2021")
    write("html", "gov2021", 2021, issuer, second, label="ok-pair-format-change", planted=None, pair="G4",
          role="second", prose="上年结转政府信息公开申请{o}件。".format(**fill(second)))

    issuer = next(issuers)
    first = new("gov2021", at_least=10, none=True)
    m = tot(first, "new_received")
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="G5", role="first",
          prose="")
    target = m + max(1, m // 4)
    second = follow_new(first, target)
    write("lines", "gov2021", 2023, issuer, second, label="ok-pair-growth-pct", planted=None, pair="G5",
          role="second", prose="全年新收政府信息公开申请{n}件，同比增长{r}%。".format(
              r=pct(target - m, m), **fill(second)))

    issuer = next(issuers)
    first = new("gov2021", at_least=8, none=True)
    m = tot(first, "new_received")
    write("tabs", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="G6", role="first",
          prose="")
    d = rng.randint(1, 3)
    second = follow_new(first, m - d)
    write("html", "gov2021", 2023, issuer, second, label="ok-pair-fewer", planted=None, pair="G6", role="second",
          prose="全年收到政府信息公开申请{n}件，较上年减少{d}件。".format(d=d, **fill(second)))

    issuer = next(issuers)
    first = new("gov2021", at_least=30, none=True)
    m = tot(first, "new_received")
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="G7", role="first",
          prose="")
    second = follow_new(first, m + 1)
    write("tabs", "gov2021", 2023, issuer, second, label="ok-pair-roughly-level", planted=None, pair="G7",
          role="second", prose="全年新收政府信息公开申请{n}件，与去年相比基本持平。".format(**fill(second)))

    issuer = next(issuers)
    first = new("gov2021", at_least=10, none=True)
    m = tot(first, "new_received")
    write("lines", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="G8", role="first",
          prose="")
    target = m + max(2, m // 3)
    second = follow_new(first, target)
    write("html", "gov2021", 2023, issuer, second, label="ok-pair-about-pct", planted=None, pair="G8",
          role="second", prose="全年新收政府信息公开申请{n}件，同比增长约{r}%。".format(
              r=round(Decimal(target - m) * 100 / m), **fill(second)))

    issuer = next(issuers)
    first = new("gov2021", at_least=10, none=True)
    m = tot(first, "new_received")
    write("tabs", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="G9", role="first",
          prose="")
    second = follow_new(first, max(1, m - 4))
    write("crlf", "gov2021", 2023, issuer, second, label="ok-pair-hotline-growth", planted=None, pair="G9",
          role="second", prose="全年办理12345热线工单{c}件，同比增长35%；新收政府信息公开申请{n}件。".format(
              c=rng.randint(800, 5000), **fill(second)))

    issuer = next(issuers)
    first = new("gov2021", at_least=3, none=True)
    m = tot(first, "new_received")
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="G10", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("lines", "gov2021", 2023, issuer, second, label="ok-pair-named-prev-year", planted=None, pair="G10",
          role="second", prose="2022年共收到政府信息公开申请{m}件，本年度新收{n}件。".format(m=m, **fill(second)))

    # ================================================================ planted
    v = new("gov2021", at_least=2)
    write("crlf", "gov2021", 2023, next(issuers), v, label="prose-processed", planted={
        "check_ids": [P], "cells": ["requests.total_processed.total"]},
        prose="全年共处理政府信息公开申请{}件。".format(fill(v)["p"] + 3))
    v = new("gov2021", at_least=4)
    write("html", "gov2021", 2022, next(issuers), v, label="prose-replied", planted={
        "check_ids": [P], "cells": ["requests.total_processed.total"]},
        prose="全年回复政府信息公开申请{}件。".format(fill(v)["p"] - 2))
    v = new("gov2021", over=True, at_least=2)
    x = fill(v)
    write("lines", "gov2021", 2024, next(issuers), v, label="prose-new-plus-carried", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="全年新收政府信息公开申请{nn}件，加上上年结转{o}件，已办结{p}件。".format(nn=x["n"] + 5, **x))
    v = new("gov2021", over=True, at_least=2)
    x = fill(v)
    write("tabs", "gov2021", 2023, next(issuers), v, label="prose-incl-carried", planted={
        "check_ids": [P], "cells": ["requests.carried_over.total"]},
        prose="全年共接收申请{no2}件（含上年结转{oo}件）。".format(no2=x["n"] + x["o"] + 2, oo=x["o"] + 2, **x))
    while True:
        v = new("gov2021", at_least=5)
        if tot(v, "granted"):
            break
    x = fill(v)
    write("crlf", "gov2021", 2022, next(issuers), v, label="prose-outcome-granted", planted={
        "check_ids": [P], "cells": ["requests.granted.total"]},
        prose="全年共答复政府信息公开申请{p}件，其中予以公开{gg}件，部分公开{pg}件。".format(gg=x["g"] + 2, **x))
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 1, 0, 0)})
    write("html", "gov2021", 2023, next(issuers), v, label="prose-review-count", planted={
        "check_ids": [P, "T4-C"], "cells": ["appeals.review.total"]},
        prose="全年因政府信息公开被申请行政复议4件，均维持原行政行为。")
    v = new("gov2021", at_least=3)
    x = fill(v)
    write("lines", "gov2021", 2023, next(issuers), v, label="prose-two-years-own-wrong", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="2022年共收到政府信息公开申请{m}件，2023年共收到{nn}件。".format(m=x["n"] + 7, nn=x["n"] + 3, **x))

    # table values that cannot be
    while True:
        v = new("gov2021", at_least=2)
        cols = [c for c in COLS[1:6] if tot(v, "granted", c) >= 1]
        if cols and tot(v, "denied_state_secret", "natural_person") == 0:
            break
    c = cols[0]
    v[("requests", "denied_state_secret", "natural_person")] = "−1"
    v[("requests", "denied_state_secret", c)] = tot(v, "denied_state_secret", c) + 1
    v[("requests", "granted", "natural_person")] = tot(v, "granted", "natural_person") + 1
    v[("requests", "granted", c)] = tot(v, "granted", c) - 1
    write("tabs", "gov2021", 2022, next(issuers), v, label="t3-d-minus-sign", planted={
        "check_ids": ["T3-D"], "cells": ["requests.denied_state_secret.natural_person"]}, prose="")
    v = new("gov2021", at_least=1)
    v[("active", "normative_docs", "issued")] = Decimal("2.5")
    write("crlf", "gov2021", 2023, next(issuers), v, label="t2-e-fraction-issued", planted={
        "check_ids": ["T2-E"], "cells": ["active.normative_docs.issued"]}, prose="")
    v = new("gov2021", at_least=1)
    v[("active", "fees", "amount")] = "−0.80"
    write("html", "gov2021", 2024, next(issuers), v, label="t2-e-negative-fee", planted={
        "check_ids": ["T2-E"], "cells": ["active.fees.amount"]}, prose="")
    v = new("gov2019", at_least=1)
    v[("active", "penalty", "decisions")] = "-3"
    write("lines", "gov2019", 2020, next(issuers), v, label="t2-e-negative-decisions", planted={
        "check_ids": ["T2-E"], "cells": ["active.penalty.decisions"]}, prose="")
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 0, 0, 0), "suit_direct": (2, 1, 0, 0)})
    v[("appeals", "suit_direct", "total")] = 4
    v[("appeals", "review", "other")] = "——"
    v[("appeals", "review", "pending")] = "——"
    write("tabs", "gov2021", 2022, next(issuers), v, label="t4-a-beside-dashes", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.suit_direct.total"]}, prose="")
    v = new("gov2021", fwd=True, at_least=2)
    v[("requests", "carried_forward", "natural_person")] = tot(v, "carried_forward", "natural_person") + 2
    v[("requests", "carried_forward", "total")] = tot(v, "carried_forward") + 2
    write("crlf", "gov2021", 2023, next(issuers), v, label="t3-a-forward", planted={
        "check_ids": ["T3-A"], "cells": ["requests.carried_forward.natural_person"]}, prose="")
    while True:
        v = new("gov2021", at_least=3)
        if tot(v, "granted") >= 1:
            break
    v[("requests", "granted", "total")] = tot(v, "granted") + 1
    write("html", "gov2021", 2022, next(issuers), v, label="t3-c-granted-total", planted={
        "check_ids": ["T3-C", "T3-B"], "cells": ["requests.granted.total"]}, prose="")

    # across years
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="P1", role="first",
          prose="")
    second = follow(first, "gov2021", carry_fix=2)
    write("tabs", "gov2021", 2023, issuer, second, label="t3-e-pair", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, prose="", pair="P1", role="second")
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("lines", "gov2021", 2021, issuer, first, label="ok-chain-first", planted=None, pair="P2", role="first",
          prose="")
    second = follow(first, "gov2021", )
    while tot(second, "carried_forward") == 0:
        second = follow(first, "gov2021")
    write("html", "gov2021", 2022, issuer, second, label="ok-chain-second", planted=None, pair="P2", role="second",
          prose="")
    third = follow(second, "gov2021", carry_fix=-1)
    write("crlf", "gov2021", 2023, issuer, third, label="t3-e-chain-end", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, prose="", pair="P2", role="third")
    issuer = next(issuers)
    first = new("gov2019")
    write("tabs", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="P3", role="first",
          prose="")
    second = follow(first, "gov2019", prev_fix=5)
    write("lines", "gov2019", 2020, issuer, second, label="t2-d-year-licensing", planted={
        "check_ids": ["T2-D-year"], "cells": ["active.licensing.prev_items"]}, prose="", pair="P3", role="second")
    issuer = next(issuers)
    first = new("gov2021", at_least=10, none=True)
    m = tot(first, "new_received")
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="P4", role="first",
          prose="")
    target = m + max(2, m // 5)
    second = follow_new(first, target)
    write("crlf", "gov2021", 2023, issuer, second, label="prose-year-growth-wrong", planted={
        "check_ids": ["PROSE-YEAR", "PROSE-PERCENT"], "cells": ["requests.new_received.total"]}, pair="P4",
        role="second", prose="全年新收政府信息公开申请{n}件，同比增长{r}%。".format(
            r=pct(target - m + 6, m), **fill(second)))
    issuer = next(issuers)
    first = new("gov2021", at_least=12, none=True)
    m = tot(first, "new_received")
    write("tabs", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="P5", role="first",
          prose="")
    second = follow_new(first, m - 3)
    write("lines", "gov2021", 2023, issuer, second, label="prose-year-fewer-wrong", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="P5", role="second",
        prose="全年收到政府信息公开申请{n}件，较上年减少8件。".format(**fill(second)))
    # ================================================================ batch B
    # (written after batch A's fixes, scored before any change for it) fees said in prose, 件次, 结转 alone
    # after 办结, 不含上年结转, 其中县本级, 自…以来累计, 转入下一年度, …量为, 行政诉讼 of both groups, no review
    # or suit at all, a change in 件 on last year, 去年为 against last year's report, U+2212 in the 2019
    # 本年增/减 chain; planted: fees, 结转, 含上年结转 and 行政诉讼 in prose, changes on last year, a fractional
    # 结转下年度, a negative 采购项目数量, T3-E across the change of format, T4-A beside ／
    v = new("gov2021", at_least=1)
    amt = Decimal(rng.randint(1000, 90000)) / 100
    v[("active", "fees", "amount")] = amt
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-b-admin-fees-prose", planted=None,
          prose=f"全年收取行政事业性收费{amt}万元。")
    v = new("gov2021", at_least=2)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-b-times", planted=None,
          prose="全年收到政府信息公开申请{n}件次。".format(**fill(v)))
    v = new("gov2019", fwd=True, at_least=2)
    write("crlf", "gov2019", 2020, next(issuers), v, label="ok-b-carried-bare", planted=None,
          prose="全年共受理政府信息公开申请{n}件，办结{p}件，结转{f}件。".format(**fill(v)))
    v = new("gov2021", over=True, at_least=2)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-b-excl-carried", planted=None,
          prose="全年新收申请{n}件（不含上年结转{o}件）。".format(**fill(v)))
    v = new("gov2021", at_least=4)
    x = fill(v)
    write("lines", "gov2021", 2022, "江西省铅山县人民政府", v, label="ok-b-county-level-part", planted=None,
          prose="全年受理政府信息公开申请{n}件，其中县本级{k}件。".format(k=rng.randint(1, x["n"] - 1), **x))
    v = new("gov2021", at_least=1)
    x = fill(v)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-b-since-2008", planted=None,
          prose="自2008年以来累计受理政府信息公开申请{cum}件，2023年受理{n}件。".format(cum=x["n"] + rng.randint(50, 500), **x))
    v = new("gov2021", over=True, fwd=True, at_least=2)
    write("html", "gov2021", 2024, next(issuers), v, label="ok-b-turned-over", planted=None,
          prose="全年办理政府信息公开申请{no}件（其中上年结转{o}件），已办结{p}件，{f}件转入下一年度办理。".format(**fill(v)))
    v = new("gov2021", at_least=2)
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-b-volume-is", planted=None,
          prose="全年依申请公开受理量为{n}件。".format(**fill(v)))
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_direct": (1, 0, 0, 1), "suit_after_review": (0, 1, 0, 0), "review": (1, 0, 0, 0)})
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-b-suits-both", planted=None,
          prose="全年因政府信息公开被申请行政复议1件，被提起行政诉讼3件。")
    v = new("gov2021", at_least=1)
    appeals(v, {})
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-b-no-cases", planted=None,
          prose="全年无政府信息公开行政复议、行政诉讼案件。")
    v = new("gov2021", at_least=1)
    v[("active", "fees", "amount")] = Decimal(rng.randint(100, 9000)) / 100
    write("html", "gov2021", 2023, next(issuers), v, label="ok-b-processing-fee-zero", planted=None,
          prose="全年收取信息处理费0元。")
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("tabs", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="B1", role="first",
          prose="")
    k = rng.randint(1, 5)
    second = follow_new(first, m + k)
    write("crlf", "gov2021", 2023, issuer, second, label="ok-b-pair-more-pieces", planted=None, pair="B1",
          role="second", prose="全年收到政府信息公开申请{n}件，比上年增加{k}件。".format(k=k, **fill(second)))
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("lines", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="B2", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("html", "gov2021", 2023, issuer, second, label="ok-b-pair-last-year-was", planted=None, pair="B2",
          role="second", prose="本年度新收政府信息公开申请{n}件，去年为{m}件。".format(m=m, **fill(second)))
    issuer = next(issuers)
    first = new("gov2019")
    first[("active", "licensing", "change")] = "\u22123" if first[("active", "licensing", "prev_items")] >= 3 else "0"
    write("crlf", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="B3", role="first",
          prose="")
    second = follow(first, "gov2019")
    write("tabs", "gov2019", 2020, issuer, second, label="ok-b-pair-minus-sign-chain", planted=None, pair="B3",
          role="second", prose="")

    # planted
    v = new("gov2021", at_least=1)
    amt = Decimal(rng.randint(1000, 90000)) / 100
    v[("active", "fees", "amount")] = amt
    write("crlf", "gov2021", 2022, next(issuers), v, label="prose-b-admin-fees", planted={
        "check_ids": [P], "cells": ["active.fees.amount"]}, prose=f"全年收取行政事业性收费{amt + 10}万元。")
    v = new("gov2019", fwd=True, at_least=2)
    write("html", "gov2019", 2020, next(issuers), v, label="prose-b-carried-bare", planted={
        "check_ids": [P], "cells": ["requests.carried_forward.total"]},
        prose="全年共受理政府信息公开申请{n}件，办结{p}件，结转{ff}件。".format(ff=tot(v, "carried_forward") + 2, **fill(v)))
    v = new("gov2021", over=True, at_least=2)
    x = fill(v)
    write("lines", "gov2021", 2023, next(issuers), v, label="prose-b-turned-over", planted={
        "check_ids": [P], "cells": ["requests.carried_over.total"]},
        prose="全年办理政府信息公开申请{no}件（其中上年结转{oo}件），已办结{p}件。".format(oo=x["o"] + 1, **x))
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_direct": (1, 0, 0, 1), "suit_after_review": (0, 1, 0, 0)})
    write("tabs", "gov2021", 2024, next(issuers), v, label="prose-b-suits", planted={
        "check_ids": [P], "cells": ["appeals.suit_direct.total"]},
        prose="全年因政府信息公开被提起行政诉讼5件。")
    v = new("gov2021", fwd=True, at_least=2)
    v[("requests", "carried_forward", "natural_person")] = Decimal(tot(v, "carried_forward", "natural_person")) + \
        Decimal("0.5")
    v[("requests", "carried_forward", "total")] = Decimal(tot(v, "carried_forward")) + Decimal("0.5")
    write("crlf", "gov2021", 2022, next(issuers), v, label="t3-d-b-fraction-forward", planted={
        "check_ids": ["T3-D", "T3-A"], "cells": ["requests.carried_forward.natural_person"]}, prose="")
    v = new("gov2019", at_least=1)
    v[("active", "procurement", "items")] = "\u22122"
    write("html", "gov2019", 2020, next(issuers), v, label="t2-e-b-negative-procurement", planted={
        "check_ids": ["T2-E"], "cells": ["active.procurement.items"]}, prose="")
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_after_review": (1, 0, 1, 0)})
    v[("appeals", "suit_after_review", "total")] = 3
    for col in APPEAL_COLS:
        v[("appeals", "review", col)] = "／"
    write("lines", "gov2021", 2023, next(issuers), v, label="t4-a-b-beside-slashes", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.suit_after_review.total"]}, prose="")
    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    write("tabs", "gov2019", 2020, issuer, first, label="ok-pair-first", planted=None, pair="Q1", role="first",
          prose="")
    second = follow(first, "gov2021", carry_fix=1)
    write("crlf", "gov2021", 2021, issuer, second, label="t3-e-b-format-change", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, prose="", pair="Q1", role="second")
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="Q2", role="first",
          prose="")
    second = follow_new(first, m + 2)
    write("lines", "gov2021", 2023, issuer, second, label="prose-b-more-pieces-wrong", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="Q2", role="second",
        prose="全年收到政府信息公开申请{n}件，比上年增加6件。".format(**fill(second)))
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="Q3", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("tabs", "gov2021", 2023, issuer, second, label="prose-b-last-year-was-wrong", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="Q3", role="second",
        prose="本年度新收政府信息公开申请{n}件，去年为{m}件。".format(m=m + 4, **fill(second)))
    # ================================================================ batch C
    # (written after batch B's fixes) the new readings' must-not shapes and their planted twins in whole
    # reports: 结转 alone after 新收 only (last year's), after 办结 (next year's); 去年同期为…件; 本机关及所属单位
    # with the table's count; 近…件 within and far; 回复 of other things beside 回复 of requests
    v = new("gov2021", over=True, at_least=2)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-c-carried-after-new-only", planted=None,
          prose="全年新收政府信息公开申请{n}件，结转{o}件。".format(**fill(v)))
    v = new("gov2021", over=True, fwd=True, at_least=2)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-c-carried-after-closed", planted=None,
          prose="上年结转{o}件，本年新收{n}件，办结{p}件，结转{f}件。".format(**fill(v)))
    v = new("gov2021", at_least=2, none=True)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-c-body-and-units-same", planted=None,
          prose="本机关及所属单位共受理政府信息公开申请{n}件，已全部答复。".format(**fill(v)))
    while True:
        v = new("gov2021", at_least=2)
        r = (tot(v, "new_received") // 100 + 1) * 100
        if tot(v, "new_received") >= 0.91 * r and tot(v, "new_received") % 100:
            break
    write("lines", "gov2021", 2024, next(issuers), v, label="ok-c-nearly-hundreds", planted=None,
          prose=f"全年受理政府信息公开申请近{r}件。")
    v = new("gov2021", at_least=2)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-c-replied-messages", planted=None,
          prose="全年回复网站留言{c}条，回复政府信息公开申请{p}件。".format(c=rng.randint(100, 900), **fill(v)))
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="C1", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("tabs", "gov2021", 2023, issuer, second, label="ok-c-pair-same-period-was", planted=None, pair="C1",
          role="second", prose="全年新收政府信息公开申请{n}件，去年同期为{m}件。".format(m=m, **fill(second)))

    # planted
    v = new("gov2021", at_least=3)
    x = fill(v)
    write("lines", "gov2021", 2023, next(issuers), v, label="prose-c-replied-in-sentence", planted={
        "check_ids": [P], "cells": ["requests.total_processed.total"]},
        prose="全年受理政府信息公开申请{n}件，回复{pp}件。".format(pp=x["p"] + 2, **x))
    while True:
        v = new("gov2021", at_least=2)
        r = (tot(v, "new_received") // 100 + 2) * 100
        if tot(v, "new_received") <= 0.8 * r:
            break
    write("crlf", "gov2021", 2022, next(issuers), v, label="prose-c-nearly-far", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose=f"全年受理政府信息公开申请近{r}件。")
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("tabs", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="Q4", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("html", "gov2021", 2023, issuer, second, label="prose-c-same-period-was-wrong", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="Q4", role="second",
        prose="全年新收政府信息公开申请{n}件，去年同期为{mm}件。".format(mm=m - 2, **fill(second)))
    v = new("gov2021", fwd=True, at_least=2)
    write("lines", "gov2021", 2024, next(issuers), v, label="prose-c-carried-after-answered", planted={
        "check_ids": [P], "cells": ["requests.carried_forward.total"]},
        prose="全年受理政府信息公开申请{n}件，答复{p}件，结转{ff}件。".format(ff=tot(v, "carried_forward") + 1,
                                                                    **fill(v)))
    finish(OUT, probes)


if __name__ == "__main__":
    main()
