"""Write the sixth, held-out set of labelled consistency-check probes (``tests/cases/checks_probes6``).

Issue 10 ("no error finding on a consistent report"; "a finding accuses a report only when the
report is wrong: if our own reading is uncertain, say so as uncertainty"), in shapes the first
five sets (``bench/make_checks_probes.py`` … ``…5.py``) lack:

* prose that states table 三's counts in other words: 全年共受理…件，其中当面…、网络…、信函…; 办结率100%
  beside a 结转下年度 (the carried requests are within their time limit); 截至12月31日…; 截至报告
  编制时 the carried requests were closed; 累计 (since the 条例, of proactive items); withdrawn
  requests (申请人主动撤回, 因申请人撤回终止办理); 结转下年度继续办理 / 结转至次年继续办理;
* prose naming last year's count in words: 较上年增加N件, 与上年相比增长x%, 同比下降x%, checked
  against last year's report of the same body in the same folder (consecutive-year pairs);
* prose about other bodies' counts (全区各单位共受理…, 下属单位…, 本系统…, 各县（市、区）…, a whole
  sentence about other bodies with no own count);
* counts of other things in the same words (信访件, 政务服务事项办件, 12345热线工单, 人大建议/政协
  提案, a 司法局's 行政复议案件, 群众来信, 行政许可申请);
* fees: 收费 0 with 未收取任何费用; the 2019 table's 行政事业性收费 row (items, not money) beside
  未收取任何费用; 万元 in the table and 元 in prose;
* table 四 with all of 维持/纠正/其他/尚未审结 filled, in the official and the turned layout, with
  prose that names each;
* consecutive years of one body: 上年结转 = last year's 结转下年度; the 2019 table's 上一年项目数量 =
  last year's 上一年项目数量 + 本年增/减; and pairs whose numbers legitimately differ (a 上年结转
  restated in prose, a 上一年项目数量 restated after a 权责清单 revision).

Planted, one real inconsistency each: prose counts unlike the table in the new wordings
(PROSE-TABLE, also the body's own count beside other bodies'), prose says a fee was charged while
the table's 收费 is 0, 较上年增加N件 / 同比增长x% unlike last year's report, T4-A (a wrong 总计 of
table 四), T3-A/T3-B/T3-C beside the new prose, T3-E (上年结转 unlike last year's 结转下年度), and the
2019 table's 上一年项目数量 unlike last year's 上一年项目数量 + 本年增/减 (T2-D-year).
Labelled by construction before textmine was run on them. Consecutive-year pairs are marked in
``expected.json`` by ``pair`` (the same id on both reports of a pair) and ``pair_role``
(``first`` / ``second``).

    python bench/make_checks_probes6.py   # rewrites tests/cases/checks_probes6/
    python bench/checks_probes.py --dir tests/cases/checks_probes6
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
from bench.make_table_probes3 import (  # noqa: E402
    APPEAL_COLS,
    CAPTIONS,
    COLS,
    active_grid,
    appeals_grid,
    appeals_turned_grid,
    report_text,
    requests_grid,
    small_requests,
)
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes6"

#: The 其他需要报告的事项 paragraph report_text writes (replaced where a probe's fees say otherwise).
FEE_PARA = "本年度未收取信息处理费。"


def bump(v: dict, row: str, col: str, k: int) -> None:
    """Add ``k`` to ``requests.row.col`` and to every total that holds it (the row's 总计, （七）总计
    and 新收 of the column and of 总计): T3-A/B/C still hold."""
    for r in {row, "total_processed", "new_received"}:
        for c in (col, "total"):
            v[("requests", r, c)] = tot(v, r, c) + k


def main() -> None:
    rng = random.Random(20261216)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}
    issuers = iter([
        "河北省保定市莲池区人民政府", "山西省大同市平城区人民政府", "内蒙古自治区包头市昆都仑区人民政府",
        "辽宁省鞍山市铁东区人民政府", "吉林省四平市铁西区人民政府", "黑龙江省佳木斯市向阳区人民政府",
        "江苏省镇江市京口区人民政府", "浙江省湖州市吴兴区人民政府", "安徽省芜湖市镜湖区人民政府",
        "福建省三明市三元区人民政府", "江西省九江市浔阳区人民政府", "山东省潍坊市奎文区人民政府",
        "河南省新乡市红旗区人民政府", "湖北省荆州市沙市区人民政府", "湖南省岳阳市岳阳楼区人民政府",
        "广东省湛江市赤坎区人民政府", "广西壮族自治区柳州市城中区人民政府", "海南省儋州市人民政府",
        "四川省绵阳市涪城区人民政府", "贵州省遵义市红花岗区人民政府", "云南省曲靖市麒麟区人民政府",
        "陕西省宝鸡市金台区人民政府", "甘肃省天水市秦州区人民政府", "青海省西宁市城中区人民政府",
        "宁夏回族自治区吴忠市利通区人民政府", "新疆维吾尔自治区克拉玛依市克拉玛依区人民政府",
        "湖北省自然资源厅", "江西省市场监督管理局", "广西壮族自治区公安厅", "河北省人力资源和社会保障厅",
        "云南省住房和城乡建设厅", "陕西省生态环境厅", "贵州省交通运输厅", "四川省卫生健康委员会",
        "山西省教育厅", "福建省漳州市芗城区人民政府", "江西省赣州市章贡区人民政府", "辽宁省丹东市振兴区人民政府",
        "吉林省辽源市龙山区人民政府", "黑龙江省大庆市萨尔图区人民政府", "河北省邢台市信都区人民政府",
        "山西省长治市潞州区人民政府", "陕西省咸阳市秦都区人民政府", "甘肃省张掖市甘州区人民政府",
        "云南省玉溪市红塔区人民政府", "贵州省安顺市西秀区人民政府", "四川省南充市顺庆区人民政府",
        "重庆市沙坪坝区人民政府", "天津市河西区人民政府", "上海市杨浦区人民政府", "北京市丰台区人民政府",
        "广西壮族自治区桂林市秀峰区人民政府", "湖北省黄石市黄石港区人民政府", "湖南省常德市武陵区人民政府",
        "浙江省金华市婺城区人民政府", "江苏省常州市天宁区人民政府", "山东省聊城市东昌府区人民政府",
        "河南省商丘市梁园区人民政府", "安徽省蚌埠市蚌山区人民政府", "广东省江门市蓬江区人民政府",
        "黑龙江省绥化市北林区人民政府", "西藏自治区日喀则市桑珠孜区人民政府", "宁夏回族自治区石嘴山市大武口区人民政府",
        "青海省海西蒙古族藏族自治州德令哈市人民政府", "内蒙古自治区赤峰市红山区人民政府", "海南省文昌市人民政府",
        "新疆维吾尔自治区哈密市伊州区人民政府", "云南省大理市人民政府", "贵州省凯里市人民政府",
        "四川省宜宾市翠屏区人民政府", "湖南省衡阳市雁峰区人民政府", "江西省上饶市信州区人民政府",
    ])
    n = 0

    def tables_of(template: str, v: dict, render: Any, brk: str, *, turned: bool = False) -> list[str]:
        appeals = appeals_turned_grid(v) if turned else appeals_grid(v)
        return [CAPTIONS["active"] + brk + render(active_grid(template, v)),
                CAPTIONS["requests"] + brk + render(requests_grid(template, v)),
                CAPTIONS["appeals"] + brk + render(appeals)]

    def write(shape: str, template: str, year: int, issuer: str, v: dict, *, prose: str, label: str,
              planted: dict | None, fee_para: str | None = None, turned: bool = False,
              pair: str | None = None, role: str | None = None) -> str:
        nonlocal n
        n += 1
        render, brk, ext = SHAPES[shape]
        text = report_text(issuer, year, tables_of(template, v, render, brk, turned=turned), brk, prose=prose,
                           html=ext == "html")
        if fee_para is None:  # the stock 未收取 sentence only where the table's fees say so
            fees = v.get(("active", "fees", "amount"), 0)
            fee_para = FEE_PARA if template == "gov2019" or not fees else "无其他需要报告的事项。"
        text = text.replace(FEE_PARA, fee_para)
        name = f"{n:02d}-{shape}-{template[3:]}-{label}"
        info: dict[str, Any] = {"template": template, "shape": shape, "ambiguous": False, "year": year,
                                "issuer": issuer}
        if pair:
            info.update(pair=pair, pair_role=role)
        save(OUT, probes, name, ext, text, planted, **info)
        return name

    def new(template: str, *, over: bool = False, fwd: bool = False, at_least: int = 0,
            carried: dict | None = None) -> dict:
        """A small body's consistent values; ``over`` / ``fwd``: with a 上年结转 / 结转下年度."""
        while True:
            v = consistent_values(template, rng, blanks=False)
            small_requests(rng, v, template, carried=carried)
            if ((not over or tot(v, "carried_over")) and (not fwd or tot(v, "carried_forward"))
                    and tot(v, "new_received") >= at_least and tot(v, "total_processed") >= at_least):
                return v

    def fill(v: dict, year: int) -> dict:
        x = {"y": year, "n": tot(v, "new_received"), "o": tot(v, "carried_over"), "p": tot(v, "total_processed"),
             "f": tot(v, "carried_forward"), "y1": year + 1, "y0": year - 1,
             "np": tot(v, "new_received", "natural_person")}
        x["no"], x["org"] = x["n"] + x["o"], x["n"] - x["np"]
        return x

    def channels(total: int) -> tuple[int, int, int]:
        """当面 / 网络 / 信函 counts that add up to ``total``."""
        a = rng.randint(0, total)
        b = rng.randint(0, total - a)
        return a, b, total - a - b

    def follow(first: dict, template: str, *, at_least: int = 0, carry_fix: int = 0) -> dict:
        """Next year's values of the body of ``first``: 上年结转 = its 结转下年度 (+ ``carry_fix``
        in the first column that has one), table 二 running on (T2-B; T2-D-year)."""
        carried = {c: tot(first, "carried_forward", c) for c in COLS[:6]}
        if carry_fix:
            col = next((c for c in COLS[:6] if carried[c]), "natural_person")
            carried[col] += carry_fix
        while True:
            v = consistent_values(template, rng, blanks=False)
            small_requests(rng, v, template, carried=carried)
            if tot(v, "new_received") >= at_least and tot(v, "new_received") != tot(first, "new_received"):
                break
        if template == "gov2021" and ("active", "rules", "in_force") in first:
            for row in ("rules", "normative_docs"):
                v[("active", row, "repealed")] = min(v[("active", row, "repealed")], first[("active", row, "in_force")])
                v[("active", row, "in_force")] = (first[("active", row, "in_force")] + v[("active", row, "issued")]
                                                  - v[("active", row, "repealed")])
        if template == "gov2019" and ("active", "licensing", "prev_items") in first:
            for row in ("licensing", "other_services", "penalty", "enforcement", "fees"):
                v[("active", row, "prev_items")] = (first[("active", row, "prev_items")]
                                                    + first[("active", row, "change")])
                if v[("active", row, "change")] < -v[("active", row, "prev_items")]:
                    v[("active", row, "change")] = -v[("active", row, "prev_items")]
        return v

    def yoy(now: int, before: int) -> str:
        return pct(abs(now - before), before)

    # ================================================================ consistent
    # A. table 三 in other words
    v = new("gov2021", fwd=True, at_least=3)
    x = fill(v, 2022)
    a, b, c = channels(x["n"])
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-channels-rate", planted=None,
          prose=f"全年共受理政府信息公开申请{x['n']}件，其中当面申请{a}件、网络申请{b}件、信函申请{c}件，"
                f"办结率100%，{x['f']}件在法定期限内结转下年度继续办理。")
    v = new("gov2021", at_least=3)
    x = fill(v, 2023)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-persons", planted=None,
          prose="全年共受理政府信息公开申请{n}件，其中自然人申请{np}件、法人或其他组织申请{org}件。".format(**x))
    v = new("gov2019", fwd=True, at_least=2)
    x = fill(v, 2020)
    write("tabs", "gov2019", 2020, next(issuers), v, label="ok-as-of-dec31", planted=None,
          prose="截至{y}年12月31日，已办结政府信息公开申请{p}件，另有{f}件尚在法定答复期限内，结转下年度继续办理。".format(**x))
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v, 2023)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-closed-since", planted=None,
          prose="全年新收政府信息公开申请{n}件，办结率100%。截至报告编制时，结转的{f}件申请已全部办结。".format(**x))
    v = new("gov2021", at_least=2)
    x = fill(v, 2022)
    x["cum"] = x["n"] + rng.randint(120, 900)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-cumulative", planted=None,
          prose="《条例》施行以来，累计受理政府信息公开申请{cum}件，累计办结率100%；本年度新收申请{n}件。".format(**x))
    v = new("gov2021", at_least=2)
    x = fill(v, 2024)
    x["items"] = rng.randint(1500, 9000)
    write("html", "gov2021", 2024, next(issuers), v, label="ok-cumulative-items", planted=None,
          prose="截至12月31日，累计主动公开政府信息{items}条。全年受理政府信息公开申请{n}件，均在法定期限内答复。".format(**x))
    v = new("gov2021")
    v[("active", "normative_docs", "in_force")] = v[("active", "normative_docs", "issued")] + rng.randint(20, 90)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-in-force", planted=None,
          prose="截至2023年12月31日，现行有效行政规范性文件{}件，本年制发{}件。".format(
              v[("active", "normative_docs", "in_force")], v[("active", "normative_docs", "issued")]))
    while True:
        v = new("gov2019", at_least=2)
        if not tot(v, "carried_forward"):
            break
    x = fill(v, 2019)
    write("lines", "gov2019", 2019, next(issuers), v, label="ok-all-closed", planted=None,
          prose="全年受理政府信息公开申请{n}件，截至12月31日已全部办结。".format(**x))

    # B. other bodies' counts
    v = new("gov2021", at_least=2)
    x = fill(v, 2022)
    x["big"] = x["n"] + rng.randint(40, 400)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-district-all", planted=None,
          prose="全区各单位共受理政府信息公开申请{big}件，其中区政府本级受理{n}件。".format(**x))
    v = new("gov2021", at_least=1)
    x = fill(v, 2023)
    x["s"], x["sp"] = x["n"] + rng.randint(5, 60), x["p"] + rng.randint(5, 60)
    write("lines", "gov2021", 2023, "湖南省长沙市生态环境局", v, label="ok-subordinate", planted=None,
          prose="本局全年收到政府信息公开申请{n}件。下属单位共收到政府信息公开申请{s}件，办结{sp}件。".format(**x))
    v = new("gov2021", at_least=1)
    x = fill(v, 2024)
    x["sys"], x["sysp"] = x["n"] * 9 + rng.randint(30, 300), x["p"] * 9 + rng.randint(30, 300)
    write("html", "gov2021", 2024, "河南省税务局", v, label="ok-system", planted=None,
          prose="本系统共受理政府信息公开申请{sys}件，办结{sysp}件；其中本机关受理{n}件、办结{p}件。".format(**x))
    v = new("gov2021")
    x = fill(v, 2022)
    x["big"], x["bp"] = x["n"] + rng.randint(100, 700), x["p"] + rng.randint(100, 700)
    write("tabs", "gov2021", 2022, "山东省临沂市兰山区人民政府", v, label="ok-others-only", planted=None,
          prose="全区各乡镇（街道）、各部门共受理政府信息公开申请{big}件，办结{bp}件，按时办结率100%。".format(**x))
    v = new("gov2021", at_least=1)
    x = fill(v, 2023)
    x["big"] = x["n"] + rng.randint(200, 2000)
    write("crlf", "gov2021", 2023, "广东省佛山市人民政府", v, label="ok-counties", planted=None,
          prose="各区共受理政府信息公开申请{big}件；市政府本级新收申请{n}件。".format(**x))

    # C. counts of other things in the same words
    v = new("gov2021", at_least=1)
    x = fill(v, 2022)
    x["xf"] = rng.randint(80, 900)
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-petitions", planted=None,
          prose="全年共受理信访件{xf}件，办结{xf}件，办结率100%。全年新收政府信息公开申请{n}件。".format(**x))
    v = new("gov2021", at_least=1)
    x = fill(v, 2023)
    x["sx"], x["bj"] = rng.randint(300, 1500), rng.randint(20000, 90000)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-services", planted=None,
          prose="梳理公布政务服务事项{sx}项，全年受理办件{bj}件，按时办结率100%。".format(**x))
    v = new("gov2021", at_least=1)
    x = fill(v, 2024)
    x["gd"] = rng.randint(3000, 40000)
    x["gdp"] = x["gd"] - rng.randint(1, 50)
    write("crlf", "gov2021", 2024, next(issuers), v, label="ok-hotline", planted=None,
          prose="全年受理12345热线工单{gd}件，办结{gdp}件，办结率{r}%。".format(r=pct(x["gdp"], x["gd"]), **x))
    v = new("gov2021", at_least=1)
    x = fill(v, 2023)
    x["jy"], x["ta"] = rng.randint(20, 120), rng.randint(20, 120)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-proposals", planted=None,
          prose="全年共承办人大代表建议{jy}件、政协委员提案{ta}件，办结率100%，建议提案办理复文全部公开。".format(**x))
    v = new("gov2021")
    for col in APPEAL_COLS:
        v[("appeals", "review", col)] = 0
    x = fill(v, 2022)
    x["fy"] = rng.randint(60, 400)
    x["wc"], x["jz"] = x["fy"] - rng.randint(10, 40), rng.randint(3, 9)
    write("lines", "gov2021", 2022, "浙江省宁波市司法局", v, label="ok-review-cases", planted=None,
          prose="全年共办理行政复议案件{fy}件，其中维持{wc}件、纠正{jz}件。".format(**x))
    v = new("gov2021", at_least=1)
    x = fill(v, 2023)
    x["lx"], x["ly"] = rng.randint(100, 700), rng.randint(200, 3000)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-letters", planted=None,
          prose="全年收到群众来信{lx}件次，答复网民留言{ly}条；收到政府信息公开申请{n}件。".format(**x))
    v = new("gov2021", at_least=1)
    x = fill(v, 2022)
    x["xk"] = int(v[("active", "licensing", "decisions")] or 0) + rng.randint(10, 200)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-licence-applications", planted=None,
          prose="全年依法受理行政许可申请{xk}件，办结{xk}件。".format(**x))

    # D. fees
    v = new("gov2021")
    v[("active", "fees", "amount")] = 0
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-fee-none", planted=None, prose="",
          fee_para="本年度未收取任何费用。")
    v = new("gov2019")
    write("crlf", "gov2019", 2020, next(issuers), v, label="ok-fee-items-2019", planted=None, prose="",
          fee_para="本机关在办理政府信息公开申请过程中未收取任何费用。")
    v = new("gov2021")
    yuan = rng.randint(105, 980)
    v[("active", "fees", "amount")] = Decimal(yuan) / 10000
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-fee-yuan", planted=None, prose="",
          fee_para=f"本年度依法收取信息处理费{yuan}元。")
    v = new("gov2021")
    v[("active", "fees", "amount")] = "0.00"
    write("html", "gov2021", 2024, next(issuers), v, label="ok-fee-zero-decimals", planted=None, prose="",
          fee_para="依据《政府信息公开信息处理费管理办法》，本年度未向申请人收取信息处理费。")

    # E. withdrawn requests (in 其他处理 / 其他)
    v = new("gov2021", at_least=1)
    w = rng.randint(1, 3)
    bump(v, "other_misc", "natural_person", w)
    x = fill(v, 2023)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-withdrawn", planted=None,
          prose="全年收到政府信息公开申请{n}件，其中申请人主动撤回申请{w}件；办结{p}件。".format(w=w, **x))
    v = new("gov2019", at_least=1)
    w = rng.randint(1, 2)
    bump(v, "other_handling", "natural_person", w)
    x = fill(v, 2020)
    write("tabs", "gov2019", 2020, next(issuers), v, label="ok-withdrawn", planted=None,
          prose="全年新收申请{n}件，{w}件因申请人撤回申请终止办理，其余均已答复。".format(w=w, **x))

    # F. requests carried to next year
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v, 2022)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-forward", planted=None,
          prose="全年新收政府信息公开申请{n}件，办结{p}件，结转下年度继续办理{f}件。".format(**x))
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v, 2024)
    write("lines", "gov2021", 2024, next(issuers), v, label="ok-forward-next-year", planted=None,
          prose="另有{f}件因尚在法定答复期限内，结转至{y1}年继续办理。".format(**x))

    # G. table 四 with all four outcomes
    v = new("gov2021")
    for r in ("review", "suit_direct"):
        for col in APPEAL_COLS[:4]:
            v[("appeals", r, col)] = rng.randint(1, 4)
        v[("appeals", r, "total")] = sum(v[("appeals", r, c)] for c in APPEAL_COLS[:4])
    a4 = {c: v[("appeals", "review", c)] for c in APPEAL_COLS}
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-appeals-four", planted=None,
          prose="全年因政府信息公开被申请行政复议{total}件，其中结果维持{upheld}件、结果纠正{corrected}件、"
                "其他结果{other}件、尚未审结{pending}件。".format(**a4))
    v = new("gov2019")
    for col in APPEAL_COLS[:4]:
        v[("appeals", "suit_after_review", col)] = rng.randint(1, 3)
    v[("appeals", "suit_after_review", "total")] = sum(v[("appeals", "suit_after_review", c)] for c in APPEAL_COLS[:4])
    write("html", "gov2019", 2020, next(issuers), v, label="ok-appeals-four", planted=None,
          prose="复议后起诉{}件，尚未审结{}件。".format(v[("appeals", "suit_after_review", "total")],
                                                v[("appeals", "suit_after_review", "pending")]))
    v = new("gov2021")
    for r in ("review", "suit_direct", "suit_after_review"):
        for col in APPEAL_COLS[:4]:
            v[("appeals", r, col)] = rng.randint(0, 5)
        v[("appeals", r, "total")] = sum(v[("appeals", r, c)] for c in APPEAL_COLS[:4])
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-appeals-turned", planted=None, prose="", turned=True)

    # H. consecutive-year pairs, consistent
    # H1 上年结转 = last year's 结转下年度; 较上年增加N件
    issuer = next(issuers)
    first = new("gov2021", fwd=True, at_least=1)
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="H1", role="first",
          prose="全年新收政府信息公开申请{n}件，结转下年度{f}件。".format(**fill(first, 2022)))
    second = follow(first, "gov2021", at_least=tot(first, "new_received") + 1)
    x = fill(second, 2023)
    x["d"] = x["n"] - tot(first, "new_received")
    write("crlf", "gov2021", 2023, issuer, second, label="ok-pair-more", planted=None, pair="H1", role="second",
          prose="全年新收政府信息公开申请{n}件，较上年增加{d}件；上年结转{o}件。".format(**x))
    # H2 与上年相比增长x%
    issuer = next(issuers)
    first = new("gov2021", at_least=2)
    write("html", "gov2021", 2021, issuer, first, label="ok-pair-first", planted=None, pair="H2", role="first",
          prose="全年共收到政府信息公开申请{n}件。".format(**fill(first, 2021)))
    second = follow(first, "gov2021", at_least=tot(first, "new_received") + 1)
    x = fill(second, 2022)
    write("html", "gov2021", 2022, issuer, second, label="ok-pair-growth", planted=None, pair="H2", role="second",
          prose="全年共收到政府信息公开申请{n}件，与上年相比增长{r}%。".format(
              r=yoy(x["n"], tot(first, "new_received")), **x))
    # H3 同比下降x%
    issuer = next(issuers)
    first = new("gov2021", at_least=6)
    write("tabs", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="H3", role="first",
          prose="全年新收政府信息公开申请{n}件。".format(**fill(first, 2023)))
    while True:
        second = follow(first, "gov2021", at_least=1)
        if tot(second, "new_received") < tot(first, "new_received"):
            break
    x = fill(second, 2024)
    write("tabs", "gov2021", 2024, issuer, second, label="ok-pair-decline", planted=None, pair="H3", role="second",
          prose="全年新收政府信息公开申请{n}件，同比下降{r}%。".format(r=yoy(x["n"], tot(first, "new_received")), **x))
    # H4 the 2019 table: 上一年项目数量 = last year's + 本年增/减, and the sum in prose
    issuer = next(issuers)
    first = new("gov2019")
    write("lines", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="H4", role="first",
          prose="")
    second = follow(first, "gov2019")
    now = second[("active", "licensing", "prev_items")] + second[("active", "licensing", "change")]
    write("lines", "gov2019", 2020, issuer, second, label="ok-pair-items", planted=None, pair="H4", role="second",
          prose=f"本年度行政许可事项共{now}项。")
    # H5 a 上年结转 restated in prose (a request received on 31 December, registered in January)
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="H5", role="first",
          prose="全年新收政府信息公开申请{n}件，结转下年度{f}件。".format(**fill(first, 2022)))
    second = follow(first, "gov2021", carry_fix=1)
    x = fill(second, 2023)
    write("crlf", "gov2021", 2023, issuer, second, label="ok-pair-restated-carry", planted=None, pair="H5",
          role="second",
          prose="上年结转{o}件（含{y0}年12月31日收到、本年1月登记的1件，上年报告未计入，本年度一并统计）。".format(**x))
    # H6 the 2019 table's 上一年项目数量 restated after a 权责清单 revision (said in prose)
    issuer = next(issuers)
    first = new("gov2019")
    first[("active", "licensing", "prev_items")] = rng.randint(200, 900)
    write("html", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="H6", role="first",
          prose="")
    second = follow(first, "gov2019")
    second[("active", "licensing", "prev_items")] += rng.randint(20, 60)
    write("html", "gov2019", 2020, issuer, second, label="ok-pair-restated-items", planted=None, pair="H6",
          role="second",
          prose="因权责清单调整，行政许可上一年项目数量按调整后的清单重新统计为{}项。".format(
              second[("active", "licensing", "prev_items")]))

    # ================================================================ planted
    v = new("gov2021", at_least=3)
    x = fill(v, 2022)
    k = rng.randint(3, 6)
    a, b, c = channels(x["n"] + k)
    write("lines", "gov2021", 2022, next(issuers), v, label="prose-channels", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose=f"全年共受理政府信息公开申请{x['n'] + k}件，其中当面申请{a}件、网络申请{b}件、信函申请{c}件。")
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v, 2023)
    write("crlf", "gov2021", 2023, next(issuers), v, label="prose-closed-rate", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="全年办结政府信息公开申请{}件，办结率100%。".format(x["p"] + rng.randint(2, 5)))
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v, 2024)
    write("html", "gov2021", 2024, next(issuers), v, label="prose-forward", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.carried_forward.total"]},
        prose="全年新收政府信息公开申请{n}件，结转下年度继续办理{ff}件。".format(ff=x["f"] + rng.randint(2, 4), **x))
    v = new("gov2021", at_least=2)
    x = fill(v, 2022)
    x["big"] = x["n"] + rng.randint(60, 300)
    write("tabs", "gov2021", 2022, next(issuers), v, label="prose-own-among-others", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="全区各单位共受理政府信息公开申请{big}件，其中区政府本级受理{nn}件。".format(
            nn=x["n"] + rng.randint(3, 7), **x))
    v = new("gov2021", over=True, at_least=1)
    x = fill(v, 2023)
    write("crlf", "gov2021", 2023, next(issuers), v, label="prose-carried-words", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.carried_over.total"]},
        prose="上年度结转至本年度办理的申请{oo}件，本年度新收申请{n}件。".format(oo=x["o"] + rng.randint(2, 4), **x))
    v = new("gov2021")
    v[("active", "fees", "amount")] = 0
    # (first written as planted; relabelled consistent before any fix: the table's 行政事业性收费
    # 本年收费金额 is the body's administrative fees, not the 信息处理费 of requests, which the 2021
    # format reports in 其他需要报告的事项; the planted fee probe is the last one of the set)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-info-fee-charged", planted=None, prose="",
          fee_para=f"本年度共收取信息处理费{rng.randint(120, 900)}元。")
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v, 2022)
    write("html", "gov2021", 2022, next(issuers), v, label="prose-as-of-dec31", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="截至12月31日，共办结政府信息公开申请{}件。".format(x["p"] + rng.randint(3, 6)))
    v = new("gov2021")
    v[("appeals", "review", "upheld")], v[("appeals", "review", "corrected")] = rng.randint(2, 5), rng.randint(1, 2)
    v[("appeals", "review", "other")], v[("appeals", "review", "pending")] = rng.randint(1, 2), rng.randint(1, 3)
    v[("appeals", "review", "total")] = sum(v[("appeals", "review", c)] for c in APPEAL_COLS[:4]) + 2
    write("crlf", "gov2021", 2023, next(issuers), v, label="t4-a-review", prose="", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.review.total"]})
    v = new("gov2019")
    for col in APPEAL_COLS[:4]:
        v[("appeals", "suit_after_review", col)] = rng.randint(1, 3)
    v[("appeals", "suit_after_review", "total")] = sum(
        v[("appeals", "suit_after_review", c)] for c in APPEAL_COLS[:4]) - 1
    write("tabs", "gov2019", 2020, next(issuers), v, label="t4-a-after-review", prose="", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.suit_after_review.total"]})
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v, 2022)
    v[("requests", "carried_forward", "natural_person")] = tot(v, "carried_forward", "natural_person") + 2
    v[("requests", "carried_forward", "total")] = tot(v, "carried_forward") + 2
    write("lines", "gov2021", 2022, next(issuers), v, label="t3-a-forward", planted={
        "check_ids": ["T3-A"], "cells": ["requests.carried_forward.natural_person"]},
        prose="全年新收政府信息公开申请{n}件，办结{p}件，结转下年度继续办理{ff}件。".format(ff=x["f"] + 2, **x))
    v = new("gov2021", at_least=2)
    w = rng.randint(1, 3)
    bump(v, "other_misc", "natural_person", w)
    v[("requests", "other_misc", "total")] = tot(v, "other_misc") + 1
    x = fill(v, 2023)
    write("crlf", "gov2021", 2023, next(issuers), v, label="t3-c-withdrawn", planted={
        "check_ids": ["T3-C", "T3-B"], "cells": ["requests.other_misc.total"]},  # the 总计 column's T3-B fails too
        prose="全年收到政府信息公开申请{n}件，其中申请人撤回{w}件。".format(w=w, **x))
    v = new("gov2021", at_least=3)
    v[("requests", "granted", "natural_person")] = tot(v, "granted", "natural_person") + 1
    v[("requests", "granted", "total")] = tot(v, "granted") + 1
    write("html", "gov2021", 2024, next(issuers), v, label="t3-b-rate", planted={
        "check_ids": ["T3-B"], "cells": ["requests.granted.natural_person", "requests.total_processed.natural_person"]},
        prose="全年共受理政府信息公开申请{n}件，办结率100%。".format(**fill(v, 2024)))

    # planted across a pair (the first year is consistent)
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("tabs", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="K1", role="first",
          prose="")
    second = follow(first, "gov2021", carry_fix=2)
    write("tabs", "gov2021", 2023, issuer, second, label="t3-e-pair", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, prose="", pair="K1", role="second")
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("lines", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="K2", role="first",
          prose="全年新收政府信息公开申请{n}件，结转下年度继续办理{f}件。".format(**fill(first, 2023)))
    second = follow(first, "gov2021", carry_fix=-1 if tot(first, "carried_forward") > 1 else 1)
    write("lines", "gov2021", 2024, issuer, second, label="t3-e-pair-prose", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, pair="K2", role="second",
        prose="全年新收政府信息公开申请{n}件，上年结转{o}件。".format(**fill(second, 2024)))
    issuer = next(issuers)
    first = new("gov2019")
    first[("active", "licensing", "prev_items")] = rng.randint(100, 900)
    write("crlf", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="K3", role="first",
          prose="")
    second = follow(first, "gov2019")
    second[("active", "licensing", "prev_items")] += rng.choice([-7, -3, 4, 9])
    write("crlf", "gov2019", 2020, issuer, second, label="t2-d-year-licensing", planted={
        "check_ids": ["T2-D-year"], "cells": ["active.licensing.prev_items"]}, prose="", pair="K3", role="second")
    issuer = next(issuers)
    first = new("gov2019")
    first[("active", "fees", "prev_items")] = rng.randint(20, 90)
    first[("active", "fees", "change")] = -rng.randint(1, 5)
    write("tabs", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="K4", role="first",
          prose="")
    second = follow(first, "gov2019")
    second[("active", "fees", "prev_items")] = first[("active", "fees", "prev_items")]  # the decrease left out
    write("tabs", "gov2019", 2020, issuer, second, label="t2-d-year-fees", planted={
        "check_ids": ["T2-D-year"], "cells": ["active.fees.prev_items"]}, prose="", pair="K4", role="second")
    issuer = next(issuers)
    first = new("gov2021", at_least=2)
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="K5", role="first",
          prose="全年新收政府信息公开申请{n}件。".format(**fill(first, 2022)))
    second = follow(first, "gov2021", at_least=tot(first, "new_received") + 1)
    x = fill(second, 2023)
    # (PROSE-YEAR, the check written for these two probes after the untuned run, added to the ids
    # that may report them; the cells are those first labelled)
    write("html", "gov2021", 2023, issuer, second, label="prose-more-than-last-year", planted={
        "check_ids": ["PROSE-YEAR", "PROSE-TABLE"], "cells": ["requests.new_received.total"]}, pair="K5",
        role="second",
        prose="全年新收政府信息公开申请{n}件，较上年增加{d}件。".format(
            d=x["n"] - tot(first, "new_received") + rng.randint(3, 6), **x))
    issuer = next(issuers)
    first = new("gov2021", at_least=5)
    write("crlf", "gov2021", 2021, issuer, first, label="ok-pair-first", planted=None, pair="K6", role="first",
          prose="全年共受理政府信息公开申请{n}件。".format(**fill(first, 2021)))
    second = follow(first, "gov2021", at_least=tot(first, "new_received") + 2)
    x = fill(second, 2022)
    right = Decimal(yoy(x["n"], tot(first, "new_received")))
    write("crlf", "gov2021", 2022, issuer, second, label="prose-growth-wrong", planted={
        "check_ids": ["PROSE-YEAR", "PROSE-PERCENT", "PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        pair="K6",
        role="second", prose="全年共受理政府信息公开申请{n}件，同比增长{r}%。".format(r=right * 2 + 10, **x))
    # the fees of table 二 (行政事业性收费) stated in prose: the same amount, and an amount beside a 0
    v = new("gov2021")
    wan = Decimal(rng.randint(1200, 98000)) / 100
    v[("active", "fees", "amount")] = wan
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-admin-fees", planted=None, prose="",
          fee_para=f"全年共收取行政事业性收费{wan}万元，已全部缴入国库。")
    v = new("gov2021")
    v[("active", "fees", "amount")] = 0
    write("html", "gov2021", 2023, next(issuers), v, label="prose-admin-fees", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["active.fees.amount"]}, prose="",
        fee_para=f"全年共收取行政事业性收费{Decimal(rng.randint(1200, 98000)) / 100}万元，已全部缴入国库。")

    # ================================================================ batch B
    # (written after the fixes of batch A, scored before any change for it) the same shapes in other
    # words: 接收, 比上年同期, 申请数量较去年下降, 县政府办公室 beside 全县各单位（部门）, 各镇（街道）, 未发生
    # 行政事业性收费, 建议和提案, 12345转办件, 引发行政复议, 作为复议机关审结, 上年度结转的…已全部办结, a
    # carry-over corrected in prose (误填…现予更正)
    v = new("gov2021", at_least=2)
    x = fill(v, 2022)
    x["big"] = x["n"] + rng.randint(30, 300)
    write("crlf", "gov2021", 2022, "湖南省株洲市荷塘区人民政府", v, label="ok-b-office-among-units", planted=None,
          prose="全区各单位（部门）共受理政府信息公开申请{big}件，其中区政府办公室受理{n}件。".format(**x))
    v = new("gov2021", at_least=1)
    x = fill(v, 2023)
    x["big"] = x["n"] + rng.randint(30, 300)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-b-towns", planted=None,
          prose="各镇（街道）共受理政府信息公开申请{big}件，办结率100%。".format(**x))
    v = new("gov2021")
    v[("active", "fees", "amount")] = 0
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-b-no-admin-fees", planted=None, prose="",
          fee_para="本年度未发生行政事业性收费，未收取信息处理费。")
    v = new("gov2021", at_least=1)
    x = fill(v, 2024)
    x["jy"] = rng.randint(40, 160)
    write("html", "gov2021", 2024, next(issuers), v, label="ok-b-proposals", planted=None,
          prose="本机关共收到人大代表建议和政协委员提案{jy}件，均已办结。全年收到政府信息公开申请{n}件。".format(**x))
    v = new("gov2021", at_least=1)
    x = fill(v, 2023)
    x["zb"] = rng.randint(500, 9000)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-b-hotline-transfers", planted=None,
          prose="全年办理12345热线转办件{zb}件，办结{zb}件。".format(**x))
    v = new("gov2021")
    v[("appeals", "review", "upheld")], v[("appeals", "review", "pending")] = rng.randint(1, 3), rng.randint(0, 2)
    v[("appeals", "review", "corrected")] = v[("appeals", "review", "other")] = 0
    v[("appeals", "review", "total")] = v[("appeals", "review", "upheld")] + v[("appeals", "review", "pending")]
    suits = v[("appeals", "suit_direct", "total")] + v[("appeals", "suit_after_review", "total")]
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-b-appeals-caused", planted=None,
          prose="因政府信息公开申请引发行政复议{}件、行政诉讼{}件。".format(v[("appeals", "review", "total")], suits))
    v = new("gov2021")
    for col in APPEAL_COLS:
        v[("appeals", "review", col)] = 0
    write("lines", "gov2021", 2023, "四川省成都市人民政府办公厅", v, label="ok-b-review-organ", planted=None,
          prose=f"作为复议机关，全年审结行政复议案件{rng.randint(200, 900)}件。")
    v = new("gov2021", over=True, at_least=1)
    x = fill(v, 2022)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-b-carried-closed", planted=None,
          prose="上年度结转的{o}件申请已于本年度全部办结；本年度新收申请{n}件。".format(**x))
    issuer = next(issuers)
    first = new("gov2021", at_least=2)
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="B1", role="first",
          prose="全年共接收政府信息公开申请{n}件。".format(**fill(first, 2022)))
    second = follow(first, "gov2021", at_least=tot(first, "new_received") + 1)
    x = fill(second, 2023)
    write("crlf", "gov2021", 2023, issuer, second, label="ok-b-pair-same-period", planted=None, pair="B1",
          role="second", prose="全年共接收政府信息公开申请{n}件，比上年同期增加{d}件。".format(
              d=x["n"] - tot(first, "new_received"), **x))
    issuer = next(issuers)
    first = new("gov2021", at_least=8)
    write("tabs", "gov2021", 2021, issuer, first, label="ok-pair-first", planted=None, pair="B2", role="first",
          prose="")
    while True:
        second = follow(first, "gov2021", at_least=1)
        if tot(second, "new_received") < tot(first, "new_received"):
            break
    x = fill(second, 2022)
    write("tabs", "gov2021", 2022, issuer, second, label="ok-b-pair-amount-down", planted=None, pair="B2",
          role="second", prose="全年收到政府信息公开申请{n}件，申请数量较去年下降{r}%。".format(
              r=yoy(x["n"], tot(first, "new_received")), **x))
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("html", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="B3", role="first",
          prose="")
    second = follow(first, "gov2021", carry_fix=1)
    x = fill(second, 2024)
    write("html", "gov2021", 2024, issuer, second, label="ok-b-pair-carry-corrected", planted=None, pair="B3",
          role="second", prose="上年结转{o}件（上年度报告中误填为{w}件，现予更正）。".format(w=x["o"] - 1, **x))
    # planted
    v = new("gov2021", at_least=2)
    x = fill(v, 2023)
    write("lines", "gov2021", 2023, next(issuers), v, label="b-prose-received", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="全年共接收政府信息公开申请{}件，均已按时答复。".format(x["n"] + rng.randint(3, 6)))
    issuer = next(issuers)
    first = new("gov2021", at_least=2)
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="B4", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=tot(first, "new_received") + 1)
    x = fill(second, 2023)
    write("html", "gov2021", 2023, issuer, second, label="b-pair-same-period-wrong", planted={
        "check_ids": ["PROSE-YEAR", "PROSE-TABLE"], "cells": ["requests.new_received.total"]}, pair="B4",
        role="second", prose="全年共接收政府信息公开申请{n}件，比上年同期增加{d}件。".format(
            d=x["n"] - tot(first, "new_received") + rng.randint(2, 5), **x))
    v = new("gov2021", at_least=2)
    x = fill(v, 2022)
    x["big"] = x["n"] + rng.randint(30, 300)
    write("crlf", "gov2021", 2022, "江苏省扬州市广陵区人民政府", v, label="b-prose-own-among-towns", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="全区共受理政府信息公开申请{big}件，其中区政府本级受理{nn}件。".format(nn=x["n"] + rng.randint(2, 5), **x))
    v = new("gov2021")
    wan = Decimal(rng.randint(1200, 98000)) / 100
    v[("active", "fees", "amount")] = wan
    write("tabs", "gov2021", 2024, next(issuers), v, label="b-prose-admin-fees-other", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["active.fees.amount"]}, prose="",
        fee_para=f"本年度收取行政事业性收费{wan + 100}万元。")
    issuer = next(issuers)
    first = new("gov2019")
    first[("active", "penalty", "prev_items")] = rng.randint(300, 900)
    first[("active", "penalty", "change")] = rng.randint(3, 12)
    write("lines", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="B5", role="first",
          prose="")
    second = follow(first, "gov2019")
    second[("active", "penalty", "prev_items")] = first[("active", "penalty", "prev_items")]  # the increase left out
    write("lines", "gov2019", 2020, issuer, second, label="b-t2-d-year-penalty", planted={
        "check_ids": ["T2-D-year"], "cells": ["active.penalty.prev_items"]}, prose="", pair="B5", role="second")
    finish(OUT, probes)


if __name__ == "__main__":
    main()
