"""Write the ninth, held-out set of labelled consistency-check probes (``tests/cases/checks_probes9``).

Issue 10 (items 2 and 5: "no error finding on a consistent report; every planted error found"), in
wordings and shapes the first eight sets (``bench/make_checks_probes.py`` … ``…8.py``) lack, labelled
by construction before textmine read them; bodies from ministries to townships of 25+ provinces,
2014–2025 (the 2014-era 统计表, the 2019 and the 2021 formats):

* prose totals in other words: 收到各类…申请, 新收…连同上年结转的…共需办理, 共办理…件 (new and carried)
  其中已办理完毕…剩余…正在办理中, 答复率100%, 主动公开政府信息…条 beside the 2021 tables (no count to
  compare) and beside the 2014 table's 主动公开政府信息数, 通过政府网站公开…条, the 2014 行政复议/行政诉讼 rows;
* withdrawn counts that are never totals (因申请人撤回申请终止办理, 办结…（含申请人撤回申请…件）, 其中申请人
  主动撤回…);
* counts of a part or of a period: 局机关 / 局属事业单位 parts, topics (涉及不动产登记信息…), 截至11月底,
  上半年 / 下半年, 第四季度;
* last year's figures inline (比上年的…件下降…%, 较2021年（…件）增长…%), 同比提高…个百分点 of a rate;
* table 四 in prose (均为未经复议直接起诉, 结果均为维持, 尚未审结, 未发生);
* placeholders (不涉及 in table 三's idle columns, 无此项 in table 四, 不适用 in table 二), fractions and
  signs where they may be (收费金额 0.0150 万元, 2019 本年增/减 -5, 采购总金额 1,234.56);
* tables whose reading is uncertain (lines whose empty cells vanished, CR runs collapsed, HTML rows whose
  empty ``<td>`` were dropped): no error on a consistent one;
* consecutive years (上年结转 = last year's 结转下年度, 2024→2025, a 2014-era year then a 2019 one, the 2019
  上一年项目数量 chain with a negative 本年增/减, 比去年多…件, 上年度…本年度…同比下降…%).

Planted, one real inconsistency each: prose unlike the table in those wordings (PROSE-TABLE, also the
2014 主动公开政府信息数 and 行政复议数量, table 四's 行政复议 and 行政诉讼 of both groups), a negative table 三
count and a fractional table 四 count (T3-D), a fractional 本年处理决定数量, a negative 现行有效件数 and a
fractional 2019 对外公开总数量 (T2-E), T4-A beside 无此项, T3-A beside 不涉及, T3-B / T3-C in uncertain
readings (READING-UNCERTAIN accepted), T3-E 2024→2025, T2-D-year on the fees row, last year's figure
stated wrong (PROSE-YEAR), 同比下降 X% unlike last year's report, and a percentage that does not
recompute from the two counts printed beside it.

    python bench/make_checks_probes9.py   # rewrites tests/cases/checks_probes9/
    python bench/checks_probes.py --dir tests/cases/checks_probes9
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_checks_probes import SHAPES as SHAPES1  # noqa: E402  (the uncertain shapes)
from bench.make_checks_probes import finish, save  # noqa: E402
from bench.make_checks_probes2 import SHAPES, STATS_CAPTION  # noqa: E402  (crlf, lines, html, tabs)
from bench.make_checks_probes3 import pct, tot  # noqa: E402
from bench.make_checks_probes6 import bump  # noqa: E402
from bench.make_table_probes3 import (  # noqa: E402
    APPEAL_COLS,
    CAPTIONS,
    COLS,
    active_grid,
    appeals_grid,
    blank_zeros,
    report_text,
    requests_grid,
    small_requests,
    stats_grid,
)
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes9"

DENIED = ("denied_state_secret", "denied_law_prohibited", "denied_three_safety", "denied_third_party",
          "denied_internal_affairs", "denied_process_info", "denied_enforcement_file", "denied_query")
UNABLE = ("unable_not_held", "unable_needs_creation", "unable_unclear")
REJECTED = ("rejected_complaint", "rejected_repeat", "rejected_publication", "rejected_mass", "rejected_confirm")
#: the 2014 table's rows of requests (zero for a body that received none)
REQ14 = ("requests_received", "requests_in_person", "requests_fax", "requests_online", "requests_mail",
         "requests_closed", "requests_closed_on_time", "requests_closed_extended", "replies",
         "replies_already_public", "replies_granted", "replies_partial", "replies_denied", "denied_state_secret",
         "denied_commercial_secret", "denied_privacy", "denied_security", "denied_not_gov_info", "denied_other_law",
         "replies_not_this_body", "replies_not_exist", "replies_amend", "replies_other_route")


def s14(v: dict, key: str) -> int:
    return int(v[("stats", key, "value")] or 0)


def main() -> None:
    rng = random.Random(20261209)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}
    issuers = iter([
        "交通运输部", "国家林业和草原局", "水利部", "国家统计局", "商务部",
        "北京市规划和自然资源委员会", "上海市住房和城乡建设管理委员会", "天津市市场监督管理委员会",
        "重庆市人力资源和社会保障局", "河北省民政厅", "山西省交通运输厅", "内蒙古自治区卫生健康委员会",
        "辽宁省生态环境厅", "吉林省教育厅", "黑龙江省自然资源厅", "江苏省公安厅", "浙江省财政厅",
        "安徽省农业农村厅", "福建省住房和城乡建设厅", "江西省市场监督管理局", "山东省人力资源和社会保障厅",
        "河南省水利厅", "湖北省交通运输厅", "湖南省自然资源厅", "广东省生态环境厅", "广西壮族自治区民政厅",
        "海南省住房和城乡建设厅", "四川省公安厅", "贵州省教育厅", "云南省财政厅", "西藏自治区卫生健康委员会",
        "陕西省自然资源厅", "甘肃省住房和城乡建设厅", "青海省生态环境厅", "宁夏回族自治区教育厅",
        "新疆维吾尔自治区自然资源厅", "江苏省苏州市人民政府", "浙江省温州市人民政府", "山东省临沂市人民政府",
        "河南省洛阳市人民政府", "湖北省宜昌市人民政府", "湖南省常德市人民政府", "广东省惠州市人民政府",
        "四川省南充市人民政府", "云南省玉溪市人民政府", "陕西省榆林市人民政府", "甘肃省酒泉市人民政府",
        "安徽省阜阳市自然资源和规划局", "福建省莆田市住房和城乡建设局", "江西省上饶市市场监督管理局",
        "河北省唐山市路南区人民政府", "辽宁省锦州市古塔区人民政府", "吉林省延边朝鲜族自治州延吉市人民政府",
        "黑龙江省牡丹江市爱民区人民政府", "广西壮族自治区柳州市城中区人民政府", "贵州省六盘水市钟山区人民政府",
        "湖南省宁乡市人民政府", "江西省南城县人民政府", "四川省射洪市人民政府", "河南省新郑市人民政府",
        "浙江省德清县人民政府", "山东省邹平市人民政府", "安徽省桐城市人民政府", "云南省弥勒市人民政府",
        "贵州省仁怀市人民政府", "福建省福清市人民政府", "湖北省潜江市人民政府", "河北省迁安市人民政府",
        "广东省博罗县人民政府", "江苏省如皋市人民政府", "陕西省神木市人民政府", "甘肃省玉门市人民政府",
        "辽宁省海城市人民政府", "吉林省梅河口市人民政府", "黑龙江省肇东市人民政府", "山西省孝义市人民政府",
        "内蒙古自治区准格尔旗人民政府", "广西壮族自治区北流市人民政府", "青海省格尔木市人民政府",
        "宁夏回族自治区青铜峡市人民政府", "新疆维吾尔自治区库尔勒市人民政府", "海南省琼海市人民政府",
        "浙江省德清县武康街道办事处", "江苏省如皋市白蒲镇人民政府", "湖南省宁乡市花明楼镇人民政府",
        "四川省射洪市太和街道办事处", "山东省邹平市韩店镇人民政府", "广东省博罗县罗阳街道办事处",
        "河南省新郑市龙湖镇人民政府", "福建省福清市龙田镇人民政府", "安徽省桐城市龙眠街道办事处",
        "江西省南城县建昌镇人民政府", "湖北省潜江市园林街道办事处", "云南省弥勒市弥阳街道办事处",
        "贵州省仁怀市茅台镇人民政府", "陕西省神木市滨河新区街道办事处", "甘肃省玉门市玉门镇人民政府",
        "河北省迁安市迁安镇人民政府", "辽宁省海城市腾鳌镇人民政府", "吉林省梅河口市新华街道办事处",
        "黑龙江省肇东市肇东镇人民政府", "山西省孝义市新义街道办事处", "广西壮族自治区北流市北流镇人民政府",
        "海南省琼海市嘉积镇人民政府", "青海省格尔木市河西街道办事处", "宁夏回族自治区青铜峡市小坝镇人民政府",
        "新疆维吾尔自治区库尔勒市萨依巴格街道办事处", "内蒙古自治区准格尔旗薛家湾镇人民政府",
        "国家药品监督管理局", "国家知识产权局", "国家医疗保障局", "中国地震局", "国家铁路局",
        "北京市朝阳区人民政府", "上海市浦东新区人民政府", "天津市滨海新区人民政府", "重庆市万州区人民政府",
        "河北省沧州市人民政府", "山西省运城市人民政府", "辽宁省丹东市人民政府", "吉林省白山市人民政府",
    ])
    n = 0
    shapes_all = {**{k: (*SHAPES[k], False) for k in SHAPES}, **{k: SHAPES1[k] for k in ("vanish", "crcollapsed",
                                                                                          "htmldrop")}}

    def write(shape: str, template: str, year: int, issuer: str, v: dict, *, prose: str, label: str,
              planted: dict | None, pair: str | None = None, role: str | None = None) -> str:
        nonlocal n
        n += 1
        render, brk, ext, ambiguous = shapes_all[shape]
        if template == "gov2014":
            tables = [STATS_CAPTION + brk + render(stats_grid(v))]
        else:
            tables = [CAPTIONS["active"] + brk + render(active_grid(template, v)),
                      CAPTIONS["requests"] + brk + render(requests_grid(template, v)),
                      CAPTIONS["appeals"] + brk + render(appeals_grid(v))]
        text = report_text(issuer, year, tables, brk, prose=prose, html=ext == "html")
        name = f"{n:03d}-{shape}-{template[3:]}-{label}"
        info: dict[str, Any] = {"template": template, "shape": shape, "ambiguous": ambiguous, "year": year,
                                "issuer": issuer}
        if pair:
            info.update(pair=pair, pair_role=role)
        save(OUT, probes, name, ext, text, planted, **info)
        return name

    def new(template: str, *, over: bool = False, fwd: bool = False, at_least: int = 0, none: bool = False,
            carried: dict | None = None) -> dict:
        while True:
            v = consistent_values(template, rng, blanks=False)
            if template == "gov2014":
                return v
            small_requests(rng, v, template, carried=carried)
            if ((not over or tot(v, "carried_over")) and (not fwd or tot(v, "carried_forward"))
                    and not (none and (tot(v, "carried_over") or tot(v, "carried_forward")))
                    and tot(v, "new_received") >= at_least and tot(v, "total_processed") >= at_least):
                return v

    def fill(v: dict) -> dict:
        x = {"n": tot(v, "new_received"), "o": tot(v, "carried_over"), "p": tot(v, "total_processed"),
             "f": tot(v, "carried_forward"), "g": tot(v, "granted"), "pg": tot(v, "partial")}
        x["no"] = x["n"] + x["o"]
        return x

    def follow(first: dict, template: str, *, carry_fix: int = 0, at_least: int = 0, prev_fix: int = 0,
               prev_row: str = "licensing") -> dict:
        """Next year's values of the body of ``first``: 上年结转 = its 结转下年度 (+ ``carry_fix``);
        the 2019 上一年项目数量 = last year's + 本年增/减 (+ ``prev_fix`` on ``prev_row``)."""
        carried = {c: tot(first, "carried_forward", c) for c in COLS[:6]} if ("requests", "carried_forward",
                                                                                "total") in first else None
        if carried and carry_fix:
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
            v[("active", prev_row, "prev_items")] += prev_fix
        return v

    def set_new(v: dict, target: int) -> bool:
        d = target - tot(v, "new_received")
        if tot(v, "granted", "natural_person") + d < 0 or tot(v, "new_received", "natural_person") + d < 0:
            return False
        bump(v, "granted", "natural_person", d)
        return True

    def follow_new(first: dict, target: int, **kw: Any) -> dict:
        while True:
            v = follow(first, "gov2021", **kw)
            if set_new(v, target):
                return v

    def appeals(v: dict, groups: dict[str, tuple[Any, Any, Any, Any]]) -> None:
        for g in ("review", "suit_direct", "suit_after_review"):
            vals = groups.get(g, (0, 0, 0, 0))
            for col, k in zip(APPEAL_COLS[:4], vals, strict=True):
                v[("appeals", g, col)] = k
            v[("appeals", g, "total")] = sum(vals)

    def idle_words(v: dict, word: str) -> None:
        """The idle applicant columns of table 三 (all zero) printed as ``word``."""
        for c in COLS[:6]:
            keys = [k for k in v if k[0] == "requests" and k[2] == c]
            if all(v[k] in (0, None) for k in keys):
                for k in keys:
                    v[k] = word

    P = "PROSE-TABLE"

    # ================================================================ batch A: consistent, one report each
    v = new("gov2021", at_least=2)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-various-kinds", planted=None,
          prose="全年收到各类政府信息公开申请{n}件，涉及规划建设、交通运输等领域。".format(**fill(v)))
    v = new("gov2021", over=True, fwd=True, at_least=2)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-together-with-carried", planted=None,
          prose="2023年新收政府信息公开申请{n}件，连同上年结转的{o}件，共需办理{no}件；已办结{p}件，"
                "结转下一年度{f}件。".format(**fill(v)))
    v = new("gov2021", fwd=True, at_least=2)
    write("lines", "gov2021", 2024, next(issuers), v, label="ok-handled-incl-open", planted=None,
          prose="全年共办理政府信息公开申请{no}件，其中已办理完毕{p}件，剩余{f}件正在办理中。".format(**fill(v)))
    v = new("gov2021", at_least=2, none=True)
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-answer-rate", planted=None,
          prose="受理依申请公开{n}件，已全部按时答复，答复率100%。".format(**fill(v)))
    v = new("gov2021", at_least=1)
    k = rng.randint(300, 4000)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-active-items-2021", planted=None,
          prose="全年主动公开政府信息{k}条，其中规范性文件{j}件；收到政府信息公开申请{n}件。".format(
              k=k, j=rng.randint(3, 30), **fill(v)))
    while True:
        v = new("gov2021", at_least=4)
        x = fill(v)
        w = rng.randint(1, 2)
        if w not in (x["n"], x["p"], x["o"], x["f"]):
            break
    write("html", "gov2021", 2022, next(issuers), v, label="ok-withdrawn-terminated", planted=None,
          prose="全年受理政府信息公开申请{n}件，办结{p}件。另有{w}件因申请人撤回申请终止办理。".format(w=w, **x))
    while True:
        v = new("gov2021", at_least=4)
        x = fill(v)
        w = rng.randint(1, 3)
        if w < x["p"] and w not in (x["n"], x["o"], x["f"]):
            break
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-closed-incl-withdrawn", planted=None,
          prose="全年办结政府信息公开申请{p}件（含申请人撤回申请{w}件）。".format(w=w, **x))
    v = new("gov2021", at_least=4)
    x = fill(v)
    a = rng.randint(1, x["n"] - 1)
    write("tabs", "gov2021", 2024, next(issuers), v, label="ok-parts-bureau-units", planted=None,
          prose="全年共受理政府信息公开申请{n}件。其中，局机关受理{a}件，局属事业单位受理{b}件。".format(
              a=a, b=x["n"] - a, **x))
    v = new("gov2021", at_least=4)
    x = fill(v)
    a = rng.randint(1, x["n"] - 2)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-topics-parts", planted=None,
          prose="全年受理政府信息公开申请{n}件，其中涉及不动产登记信息{a}件、征地拆迁信息{b}件。".format(
              a=a, b=rng.randint(1, x["n"] - a - 1) if x["n"] - a > 1 else 1, **x))
    v = new("gov2021", at_least=5)
    x = fill(v)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-period-november", planted=None,
          prose="截至11月底，共收到政府信息公开申请{m}件，均已按期答复。".format(m=x["n"] - rng.randint(1, 3), **x))
    v = new("gov2021", at_least=4)
    x = fill(v)
    a = rng.randint(1, x["n"] - 1)
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-halves", planted=None,
          prose="上半年收到政府信息公开申请{a}件，下半年收到{b}件，全年共{n}件。".format(a=a, b=x["n"] - a, **x))
    v = new("gov2021", at_least=4)
    x = fill(v)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-quarter", planted=None,
          prose="全年受理政府信息公开申请{n}件，其中第四季度受理{q}件。".format(q=rng.randint(1, x["n"] - 1), **x))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] + rng.randint(2, 9)
    write("crlf", "gov2021", 2024, next(issuers), v, label="ok-inline-last-year-down", planted=None,
          prose="全年新收政府信息公开申请{n}件，比上年的{m}件下降{r}%。".format(m=m, r=pct(m - x["n"], m), **x))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] - rng.randint(1, 4)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-inline-year-bracket-up", planted=None,
          prose="受理政府信息公开申请{n}件，较2021年（{m}件）增长{r}%。".format(m=m, r=pct(x["n"] - m, m), **x))
    v = new("gov2021", at_least=2, none=True)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-rate-points", planted=None,
          prose="全年办结政府信息公开申请{p}件，按时办结率达100%，同比提高2个百分点。".format(**fill(v)))
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 1, 0, 1), "suit_direct": (1, 0, 0, 1)})
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-review-suit-counts", planted=None,
          prose="全年涉及政府信息公开的行政复议3件、行政诉讼2件（均为未经复议直接起诉）。")
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (2, 0, 0, 0), "suit_direct": (0, 0, 0, 1), "suit_after_review": (1, 0, 0, 1)})
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-review-upheld-suit-pending", planted=None,
          prose="行政复议2件，结果均为维持；行政诉讼3件，其中2件尚未审结。")
    v = new("gov2021", at_least=1)
    appeals(v, {})
    write("html", "gov2021", 2024, next(issuers), v, label="ok-no-appeals-happened", planted=None,
          prose="本年度未发生因政府信息公开引起的行政复议和行政诉讼。")
    v = new("gov2021", at_least=2)
    idle_words(v, "不涉及")
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-t3-idle-not-involved", planted=None,
          prose="全年新收政府信息公开申请{n}件。".format(**fill(v)))
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_direct": (1, 0, 0, 0)})
    for col in APPEAL_COLS:
        v[("appeals", "review", col)] = "无此项"
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-t4-no-such-item", planted=None, prose="")
    v = new("gov2021", at_least=1)
    for col in ("issued", "repealed", "in_force"):
        v[("active", "rules", col)] = "不适用"
    v[("active", "fees", "amount")] = Decimal("0.0150")
    write("crlf", "gov2021", 2021, next(issuers), v, label="ok-fee-small-fraction", planted=None, prose="")
    v = new("gov2019", at_least=1)
    v[("active", "licensing", "change")] = "-5" if v[("active", "licensing", "prev_items")] >= 5 else "0"
    v[("active", "procurement", "amount")] = Decimal("356.7")
    write("html", "gov2019", 2020, next(issuers), v, label="ok-2019-negative-change", planted=None,
          prose="本机关实施的行政许可事项较上年减少5项。" if v[("active", "licensing", "change")] == "-5" else "")
    v = new("gov2019", at_least=1)
    v[("active", "procurement", "amount")] = "1,234.56"
    write("lines", "gov2019", 2019, next(issuers), v, label="ok-2019-procurement-comma", planted=None, prose="")

    # the 2014-era table
    v = new("gov2014")
    write("crlf", "gov2014", 2015, next(issuers), v, label="ok-2014-active-items", planted=None,
          prose="全年主动公开政府信息{ai}条，其中主动公开规范性文件{an}条；受理政府信息公开申请{rr}件。".format(
              ai=s14(v, "active_items"), an=s14(v, "active_normative"), rr=s14(v, "requests_received")))
    v = new("gov2014")
    write("html", "gov2014", 2016, next(issuers), v, label="ok-2014-website-channel", planted=None,
          prose="全年通过政府网站公开政府信息{cw}条。".format(cw=s14(v, "channel_website")))
    v = new("gov2014")
    write("lines", "gov2014", 2017, next(issuers), v, label="ok-2014-review-suit", planted=None,
          prose="全年共发生政府信息公开行政复议{rv}件、行政诉讼{sv}件。".format(rv=s14(v, "reviews"),
                                                                 sv=s14(v, "suits")))
    v = new("gov2014")
    write("tabs", "gov2014", 2018, next(issuers), v, label="ok-2014-closed", planted=None,
          prose="全年受理政府信息公开申请{rr}件，办结{cl}件。".format(rr=s14(v, "requests_received"),
                                                       cl=s14(v, "requests_closed")))
    v = new("gov2014")
    for key in REQ14:
        v[("stats", key, "value")] = 0
    write("crlf", "gov2014", 2014, next(issuers), v, label="ok-2014-none-received", planted=None,
          prose="全年未收到政府信息公开申请。")

    # uncertain readings, consistent
    for shape, template, year in (("vanish", "gov2021", 2022), ("crcollapsed", "gov2021", 2023),
                                  ("htmldrop", "gov2019", 2020)):
        v = new(template, at_least=1)
        blank_zeros(v, rng, share=0.6)
        write(shape, template, year, next(issuers), v, label="ok-uncertain", planted=None, prose="")

    # ================================================================ batch A: consistent pairs
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("crlf", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="A1", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("html", "gov2021", 2024, issuer, second, label="ok-pair-carried-named-year", planted=None, pair="A1",
          role="second", prose="2023年结转至本年度的{o}件申请已于一季度全部办结。".format(**fill(second)))

    issuer = next(issuers)
    first = new("gov2021", at_least=10, none=True)
    m = tot(first, "new_received")
    write("tabs", "gov2021", 2024, issuer, first, label="ok-pair-first", planted=None, pair="A2", role="first",
          prose="")
    target = m - max(1, m // 5)
    second = follow_new(first, target)
    write("lines", "gov2021", 2025, issuer, second, label="ok-pair-down-pct-both-stated", planted=None, pair="A2",
          role="second", prose="上年度收到政府信息公开申请{m}件，本年度收到{n}件，同比下降{r}%。".format(
              m=m, r=pct(m - target, m), **fill(second)))

    issuer = next(issuers)
    first = new("gov2014")
    write("lines", "gov2014", 2018, issuer, first, label="ok-pair-first", planted=None, pair="A3", role="first",
          prose="")
    second = new("gov2019", over=True)
    write("html", "gov2019", 2019, issuer, second, label="ok-pair-2014-to-2019", planted=None, pair="A3",
          role="second", prose="上年结转政府信息公开申请{o}件。".format(**fill(second)))

    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("html", "gov2021", 2021, issuer, first, label="ok-pair-first", planted=None, pair="A4", role="first",
          prose="结转下年度继续办理{f}件。".format(**fill(first)))
    second = follow(first, "gov2021", at_least=1)
    write("crlf", "gov2021", 2022, issuer, second, label="ok-pair-both-prose", planted=None, pair="A4",
          role="second", prose="上年结转{o}件，本年新收{n}件。".format(**fill(second)))

    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("lines", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="A5", role="first",
          prose="")
    d = rng.randint(1, 4)
    second = follow_new(first, m + d)
    write("tabs", "gov2021", 2023, issuer, second, label="ok-pair-more-than-last-year", planted=None, pair="A5",
          role="second", prose="全年收到政府信息公开申请{n}件，比去年多{d}件。".format(d=d, **fill(second)))

    issuer = next(issuers)
    first = new("gov2019")
    first[("active", "penalty", "change")] = "-2" if first[("active", "penalty", "prev_items")] >= 2 else "0"
    write("crlf", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="A6", role="first",
          prose="")
    second = follow(first, "gov2019")
    write("html", "gov2019", 2020, issuer, second, label="ok-pair-2019-negative-chain", planted=None, pair="A6",
          role="second", prose="")

    # ================================================================ batch A: planted, one report each
    v = new("gov2021", at_least=2)
    write("crlf", "gov2021", 2023, next(issuers), v, label="prose-various-kinds", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="全年收到各类政府信息公开申请{}件。".format(fill(v)["n"] + 4))
    v = new("gov2021", over=True, at_least=2)
    x = fill(v)
    write("html", "gov2021", 2022, next(issuers), v, label="prose-together-with-carried", planted={
        "check_ids": [P], "cells": ["requests.carried_over.total"]},
        prose="新收政府信息公开申请{n}件，连同上年结转的{oo}件，共需办理{s}件。".format(
            oo=x["o"] + 2, s=x["no"] + 2, **x))
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v)
    write("lines", "gov2021", 2024, next(issuers), v, label="prose-handled-done", planted={
        "check_ids": [P], "cells": ["requests.total_processed.total"]},
        prose="全年共办理政府信息公开申请{no}件，其中已办理完毕{pp}件。".format(pp=x["p"] + 3, **x))
    v = new("gov2021", at_least=4)
    x = fill(v)
    write("tabs", "gov2021", 2023, next(issuers), v, label="prose-received-beside-withdrawn", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="全年收到政府信息公开申请{nn}件，其中申请人主动撤回{w}件。".format(nn=x["n"] + 2, w=1, **x))
    v = new("gov2021", at_least=3)
    x = fill(v)
    a = rng.randint(1, x["n"])
    write("crlf", "gov2021", 2022, next(issuers), v, label="prose-parts-sum-wrong-total", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="全年共受理政府信息公开申请{nn}件。其中，局机关受理{a}件，局属事业单位受理{b}件。".format(
            nn=x["n"] + 5, a=a, b=x["n"] + 5 - a, **x))
    v = new("gov2014")
    write("html", "gov2014", 2016, next(issuers), v, label="prose-2014-active-items", planted={
        "check_ids": [P], "cells": ["stats.active_items.value"]},
        prose="全年主动公开政府信息{}条。".format(s14(v, "active_items") + 30))
    v = new("gov2014")
    write("lines", "gov2014", 2017, next(issuers), v, label="prose-2014-reviews", planted={
        "check_ids": [P], "cells": ["stats.reviews.value"]},
        prose="全年共发生政府信息公开行政复议{}件。".format(s14(v, "reviews") + 2))
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 0, 1, 0)})
    write("tabs", "gov2021", 2022, next(issuers), v, label="prose-review-total", planted={
        "check_ids": [P, "T4-C"], "cells": ["appeals.review.total"]},
        prose="全年涉及政府信息公开的行政复议3件。")
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_direct": (1, 0, 0, 0), "suit_after_review": (0, 1, 0, 0)})
    write("crlf", "gov2021", 2023, next(issuers), v, label="prose-suits-both-groups", planted={
        "check_ids": [P], "cells": ["appeals.suit_direct.total", "appeals.suit_after_review.total"]},
        prose="全年因政府信息公开被提起行政诉讼4件。")
    while True:
        v = new("gov2021", at_least=2)
        cols = [c for c in COLS[1:6] if tot(v, "granted", c) >= 1]
        if cols:
            break
    c = cols[0]
    # a negative count in an applicant column, the sums still holding
    d = -2 - tot(v, "rejected_repeat", c)
    for row, k in (("rejected_repeat", d), ("granted", -d)):
        v[("requests", row, c)] = tot(v, row, c) + k
        v[("requests", row, "total")] = tot(v, row) + k
    write("lines", "gov2021", 2022, next(issuers), v, label="t3-d-negative-org", planted={
        "check_ids": ["T3-D"], "cells": [f"requests.rejected_repeat.{c}"]}, prose="")
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (Decimal("1.5"), 0, 0, 0)})
    write("tabs", "gov2021", 2023, next(issuers), v, label="t3-d-fraction-appeals", planted={
        "check_ids": ["T3-D"], "cells": ["appeals.review.upheld"]}, prose="")
    v = new("gov2021", at_least=1)
    v[("active", "licensing", "decisions")] = Decimal("12.5")
    write("html", "gov2021", 2024, next(issuers), v, label="t2-e-fraction-decisions", planted={
        "check_ids": ["T2-E"], "cells": ["active.licensing.decisions"]}, prose="")
    v = new("gov2021", at_least=1)
    v[("active", "normative_docs", "in_force")] = -4
    write("crlf", "gov2021", 2022, next(issuers), v, label="t2-e-negative-in-force", planted={
        "check_ids": ["T2-E"], "cells": ["active.normative_docs.in_force"]}, prose="")
    v = new("gov2019", at_least=1)
    v[("active", "normative_docs", "total_published")] = Decimal("45.5")
    write("lines", "gov2019", 2020, next(issuers), v, label="t2-e-fraction-2019-total", planted={
        "check_ids": ["T2-E"], "cells": ["active.normative_docs.total_published"]}, prose="")
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_direct": (1, 1, 0, 0)})
    v[("appeals", "suit_direct", "total")] = 3
    for col in APPEAL_COLS:
        v[("appeals", "review", col)] = "无此项"
    write("tabs", "gov2021", 2023, next(issuers), v, label="t4-a-beside-no-such-item", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.suit_direct.total"]}, prose="")
    v = new("gov2021", at_least=2)
    idle_words(v, "不涉及")
    v[("requests", "carried_forward", "natural_person")] = tot(v, "carried_forward", "natural_person") + 1
    v[("requests", "carried_forward", "total")] = tot(v, "carried_forward") + 1
    write("crlf", "gov2021", 2024, next(issuers), v, label="t3-a-beside-not-involved", planted={
        "check_ids": ["T3-A"], "cells": ["requests.carried_forward.natural_person"]}, prose="")
    v = new("gov2021", at_least=2)
    v[("requests", "granted", "natural_person")] = tot(v, "granted", "natural_person") + 2
    v[("requests", "granted", "total")] = tot(v, "granted") + 2
    blank_zeros(v, rng, share=0.6)
    write("vanish", "gov2021", 2022, next(issuers), v, label="t3-b-uncertain", planted={
        # (the planted 予以公开 is raised in 自然人 and in 总计: with the empty cells gone, the 总计 column's T3-B
        # is the failure a reading can point to; first labelled with the 自然人 cells, corrected after batch A)
        "check_ids": ["T3-B"], "cells": ["requests.granted.total", "requests.total_processed.total"]},
        prose="")
    v = new("gov2021", at_least=2)
    v[("requests", "new_received", "total")] = tot(v, "new_received") + 3
    blank_zeros(v, rng, share=0.6)
    write("crcollapsed", "gov2021", 2023, next(issuers), v, label="t3-c-uncertain", planted={
        "check_ids": ["T3-C", "T3-A"], "cells": ["requests.new_received.total"]}, prose="")
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] + rng.randint(3, 9)
    write("html", "gov2021", 2024, next(issuers), v, label="prose-inline-pct-wrong", planted={
        "check_ids": ["PROSE-PERCENT", "PROSE-YEAR", P], "cells": ["requests.new_received.total"]},
        prose="全年新收政府信息公开申请{n}件，比上年的{m}件下降{r}%。".format(
            m=m, r=pct(m - x["n"] + 4, m), **x))

    # ================================================================ batch A: planted pairs
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("html", "gov2021", 2024, issuer, first, label="ok-pair-first", planted=None, pair="B1", role="first",
          prose="")
    second = follow(first, "gov2021", carry_fix=1)
    write("crlf", "gov2021", 2025, issuer, second, label="t3-e-2025", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, prose="", pair="B1", role="second")
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("tabs", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="B2", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("lines", "gov2021", 2023, issuer, second, label="prose-year-last-stated-wrong", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="B2", role="second",
        prose="上年度收到政府信息公开申请{mm}件，本年度收到{n}件。".format(mm=m + 3, **fill(second)))
    issuer = next(issuers)
    first = new("gov2021", at_least=12, none=True)
    m = tot(first, "new_received")
    write("crlf", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="B3", role="first",
          prose="")
    target = m - max(2, m // 4)
    second = follow_new(first, target)
    write("html", "gov2021", 2024, issuer, second, label="prose-year-down-pct-wrong", planted={
        "check_ids": ["PROSE-YEAR", "PROSE-PERCENT"], "cells": ["requests.new_received.total"]}, pair="B3",
        role="second", prose="全年收到政府信息公开申请{n}件，同比下降{r}%。".format(
            r=pct(m - target + 5, m), **fill(second)))
    issuer = next(issuers)
    first = new("gov2019")
    first[("active", "fees", "change")] = "-1" if first[("active", "fees", "prev_items")] >= 1 else "+1"
    write("lines", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="B4", role="first",
          prose="")
    second = follow(first, "gov2019", prev_fix=2, prev_row="fees")
    write("tabs", "gov2019", 2020, issuer, second, label="t2-d-year-fees", planted={
        "check_ids": ["T2-D-year"], "cells": ["active.fees.prev_items"]}, prose="", pair="B4", role="second")
    # ================================================================ batch B
    # (written after batch A's fixes, scored before any change for it) month ranges 1至10月 / 11至12月, 前三季度,
    # 截止10月31日, 需办理…共…件 with a carry-over going on, last year's count before this year's with 增加…件, 去年…今年…,
    # the two counts with a change in 件 and in % (较上年（…件）), 撤回 after 办结, 主动公开 by channel, the 2014
    # table's channels and its 同比 and pairs, 无此项 idle columns, —— fees, 2019 本年增/减 −1 with 减少1项, 纠错 in
    # table 四 prose, 复议后起诉 only, a body's units (局属…家单位) beside 本级; planted twins of each
    v = new("gov2021", at_least=4)
    x = fill(v)
    a = rng.randint(1, x["n"] - 1)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-b-month-ranges", planted=None,
          prose="1至10月受理政府信息公开申请{a}件，11至12月受理{b}件。".format(a=a, b=x["n"] - a, **x))
    v = new("gov2021", at_least=4)
    x = fill(v)
    write("crlf", "gov2021", 2024, next(issuers), v, label="ok-b-three-quarters", planted=None,
          prose="前三季度共受理政府信息公开申请{a}件，全年共受理{n}件。".format(a=rng.randint(1, x["n"] - 1), **x))
    v = new("gov2021", at_least=4)
    x = fill(v)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-b-until-october", planted=None,
          prose="截止10月31日，本机关共收到政府信息公开申请{m}件。".format(m=x["n"] - rng.randint(1, 3), **x))
    v = new("gov2021", over=True, fwd=True, at_least=2)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-b-to-handle-carried-on", planted=None,
          prose="本年度需办理的政府信息公开申请共{no}件，已办结{p}件，{f}件结转至下年度继续办理。".format(**fill(v)))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] - rng.randint(1, 4)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-b-last-then-this-more", planted=None,
          prose="上年度受理政府信息公开申请{m}件，本年度受理{n}件，增加{d}件。".format(m=m, d=x["n"] - m, **x))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] - rng.randint(1, 4)
    write("html", "gov2021", 2024, next(issuers), v, label="ok-b-inline-more-pieces", planted=None,
          prose="全年收到政府信息公开申请{n}件，比上年的{m}件增加{d}件。".format(m=m, d=x["n"] - m, **x))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] + rng.randint(2, 6)
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-b-bracket-last-year-down", planted=None,
          prose="全年受理政府信息公开申请{n}件，较上年（{m}件）下降{r}%。".format(m=m, r=pct(m - x["n"], m), **x))
    v = new("gov2025" if False else "gov2021")
    for key in list(v):
        if key[0] == "requests":
            v[key] = 0
    write("crlf", "gov2021", 2025, "江苏省如皋市白蒲镇人民政府", v, label="ok-b-township-none-2025", planted=None,
          prose="本年度未收到政府信息公开申请。")
    while True:
        v = new("gov2021", at_least=4)
        x = fill(v)
        w = rng.randint(1, 2)
        if w not in (x["n"], x["p"], x["o"], x["f"]):
            break
    write("lines", "gov2021", 2021, next(issuers), v, label="ok-b-withdrawn-after-closed", planted=None,
          prose="全年办结政府信息公开申请{p}件，其中因申请人撤回而终止办理{w}件。".format(w=w, **x))
    v = new("gov2021", at_least=1)
    k = rng.randint(500, 6000)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-b-active-by-channel", planted=None,
          prose=f"全年主动公开各类政府信息{k}条，其中通过门户网站公开{k - rng.randint(10, 300)}条。")
    v = new("gov2014")
    write("tabs", "gov2014", 2016, next(issuers), v, label="ok-b-2014-active-yoy", planted=None,
          prose="全年主动公开政府信息{ai}条，同比增长12.5%。".format(ai=s14(v, "active_items")))
    v = new("gov2014")
    write("crlf", "gov2014", 2017, next(issuers), v, label="ok-b-2014-channels", planted=None,
          prose="受理政府信息公开申请{rr}件，其中网上申请{ro}件、当面申请{rp}件。".format(
              rr=s14(v, "requests_received"), ro=s14(v, "requests_online"), rp=s14(v, "requests_in_person")))
    v = new("gov2014")
    write("html", "gov2014", 2015, next(issuers), v, label="ok-b-2014-review-upheld", planted=None,
          prose="被申请行政复议{rv}件，其中维持具体行政行为{ru}件。".format(rv=s14(v, "reviews"),
                                                          ru=s14(v, "reviews_upheld")))
    v = new("gov2021", at_least=2)
    idle_words(v, "无此项")
    v[("active", "fees", "amount")] = "——"
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-b-no-such-item-idle", planted=None, prose="")
    v = new("gov2019", at_least=1)
    ok_minus = v[("active", "other_services", "prev_items")] >= 1
    v[("active", "other_services", "change")] = "-1" if ok_minus else "0"
    write("tabs", "gov2019", 2020, next(issuers), v, label="ok-b-2019-minus-one", planted=None,
          prose="其他对外管理服务事项减少1项。" if ok_minus else "")
    v = new("gov2021", at_least=1)
    v[("active", "fees", "amount")] = Decimal("12.3456")
    write("crlf", "gov2021", 2024, next(issuers), v, label="ok-b-fee-four-decimals", planted=None, prose="")
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 2, 0, 0), "suit_after_review": (1, 0, 0, 1)})
    write("html", "gov2021", 2022, next(issuers), v, label="ok-b-review-corrected", planted=None,
          prose="全年发生政府信息公开行政复议3件（被纠错2件），行政诉讼均为复议后起诉，共2件。")
    v = new("gov2021", at_least=2)
    x = fill(v)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-b-units-beside-own", planted=None,
          prose="局属{k}家单位共受理政府信息公开申请{u}件；本级受理{n}件，办结{p}件。".format(
              k=rng.randint(3, 9), u=rng.randint(20, 90), **x))
    for shape, template, year in (("htmldrop", "gov2021", 2024), ("vanish", "gov2019", 2019)):
        v = new(template, at_least=1)
        blank_zeros(v, rng, share=0.6)
        write(shape, template, year, next(issuers), v, label="ok-b-uncertain", planted=None, prose="")

    # consistent pairs
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("lines", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="C1", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("crlf", "gov2021", 2023, issuer, second, label="ok-b-pair-last-year-this-year", planted=None, pair="C1",
          role="second", prose="去年共收到政府信息公开申请{m}件，今年收到{n}件。".format(m=m, **fill(second)))
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("html", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="C2", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("tabs", "gov2021", 2024, issuer, second, label="ok-b-pair-years-named", planted=None, pair="C2",
          role="second", prose="2023年受理政府信息公开申请{m}件，2024年受理{n}件。".format(m=m, **fill(second)))
    issuer = next(issuers)
    first = new("gov2014")
    write("crlf", "gov2014", 2016, issuer, first, label="ok-pair-first", planted=None, pair="C3", role="first",
          prose="")
    second = new("gov2014")
    d = rng.randint(1, 9)
    second[("stats", "requests_received", "value")] = s14(first, "requests_received") + d
    second[("stats", "requests_online", "value")] = s14(second, "requests_online") + (
        s14(second, "requests_received") - sum(s14(second, k) for k in ("requests_in_person", "requests_fax",
                                                                        "requests_online", "requests_mail")))
    ok14 = s14(second, "requests_online") >= 0
    write("lines", "gov2014", 2017, issuer, second, label="ok-b-pair-2014-more", planted=None, pair="C3",
          role="second", prose="全年受理政府信息公开申请{rr}件，比上年增加{d}件。".format(
              rr=s14(second, "requests_received"), d=d) if ok14 else "")
    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    write("tabs", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="C4", role="first",
          prose="")
    second = follow(first, "gov2019", at_least=1)
    write("html", "gov2019", 2020, issuer, second, label="ok-b-pair-2019-carried-prose", planted=None, pair="C4",
          role="second", prose="上年度结转的{o}件申请已全部办结。".format(**fill(second)))
    issuer = next(issuers)
    first = new("gov2021", at_least=12, none=True)
    m = tot(first, "new_received")
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="C5", role="first",
          prose="")
    target = m - max(2, m // 6)
    second = follow_new(first, target)
    write("lines", "gov2021", 2023, issuer, second, label="ok-b-pair-same-period-both-pct", planted=None, pair="C5",
          role="second", prose="去年同期受理政府信息公开申请{m}件，今年受理{n}件，同比下降{r}%。".format(
              m=m, r=pct(m - target, m), **fill(second)))

    # planted
    v = new("gov2021", at_least=4)
    x = fill(v)
    write("lines", "gov2021", 2023, next(issuers), v, label="prose-b-after-three-quarters", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="前三季度受理政府信息公开申请{a}件，全年共受理{nn}件。".format(
            a=rng.randint(1, x["n"] - 1), nn=x["n"] + 3, **x))
    v = new("gov2021", over=True, fwd=True, at_least=2)
    x = fill(v)
    write("crlf", "gov2021", 2022, next(issuers), v, label="prose-b-to-handle-wrong", planted={
        "check_ids": [P], "cells": []},
        prose="本年度需办理的政府信息公开申请共{s}件，已办结{p}件，{f}件结转至下年度继续办理。".format(
            s=x["no"] + 2, **x))
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="D1", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("tabs", "gov2021", 2023, issuer, second, label="prose-b-last-year-this-year-wrong", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="D1", role="second",
        prose="去年共收到政府信息公开申请{mm}件，今年收到{n}件。".format(mm=m + 2, **fill(second)))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] - rng.randint(1, 4)
    write("html", "gov2021", 2024, next(issuers), v, label="prose-b-inline-more-pieces-wrong", planted={
        "check_ids": ["PROSE-PERCENT", "PROSE-YEAR", P], "cells": ["requests.new_received.total"]},
        prose="全年收到政府信息公开申请{n}件，比上年的{m}件增加{d}件。".format(m=m, d=x["n"] - m + 2, **x))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] + rng.randint(2, 6)
    write("tabs", "gov2021", 2022, next(issuers), v, label="prose-b-bracket-pct-wrong", planted={
        "check_ids": ["PROSE-PERCENT", "PROSE-YEAR"], "cells": ["requests.new_received.total"]},
        prose="全年受理政府信息公开申请{n}件，较上年（{m}件）下降{r}%。".format(m=m, r=pct(m - x["n"] + 3, m), **x))
    v = new("gov2014")
    write("crlf", "gov2014", 2018, next(issuers), v, label="prose-b-2014-online", planted={
        "check_ids": [P], "cells": ["stats.requests_online.value"]},
        prose="受理政府信息公开申请{rr}件，其中网上申请{ro}件。".format(
            rr=s14(v, "requests_received"), ro=s14(v, "requests_online") + 3))
    issuer = next(issuers)
    first = new("gov2014")
    write("html", "gov2014", 2015, issuer, first, label="ok-pair-first", planted=None, pair="D2", role="first",
          prose="")
    second = new("gov2014")
    write("lines", "gov2014", 2016, issuer, second, label="prose-b-pair-2014-more-wrong", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["stats.requests_received.value"]}, pair="D2", role="second",
        prose="全年受理政府信息公开申请{rr}件，比上年增加{d}件。".format(
            rr=s14(second, "requests_received"),
            d=abs(s14(second, "requests_received") - s14(first, "requests_received")) + 3))
    while True:
        v = new("gov2021", fwd=True, at_least=2)
        cs = [c for c in COLS[1:6] if tot(v, "new_received", c) >= 1 + tot(v, "carried_forward", c)
              and tot(v, "carried_forward", c) == 0]
        if cs:
            break
    c = cs[0]
    v[("requests", "carried_forward", c)] = -1
    v[("requests", "carried_forward", "total")] = tot(v, "carried_forward") - 1
    v[("requests", "new_received", c)] = tot(v, "new_received", c) - 1
    v[("requests", "new_received", "total")] = tot(v, "new_received") - 1
    write("tabs", "gov2021", 2023, next(issuers), v, label="t3-d-b-negative-forward", planted={
        "check_ids": ["T3-D"], "cells": [f"requests.carried_forward.{c}"]}, prose="")
    v = new("gov2021", at_least=1)
    v[("active", "penalty", "decisions")] = -1
    write("crlf", "gov2021", 2022, next(issuers), v, label="t2-e-b-negative-penalty", planted={
        "check_ids": ["T2-E"], "cells": ["active.penalty.decisions"]}, prose="")
    v = new("gov2019", at_least=1)
    v[("active", "licensing", "decisions")] = Decimal("7.5")
    write("html", "gov2019", 2020, next(issuers), v, label="t2-e-b-fraction-2019-decisions", planted={
        "check_ids": ["T2-E"], "cells": ["active.licensing.decisions"]}, prose="")
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_after_review": (0, 1, 0, 1)})
    v[("appeals", "suit_after_review", "total")] = 1
    for col in APPEAL_COLS:
        v[("appeals", "review", col)] = "不涉及"
    write("lines", "gov2021", 2024, next(issuers), v, label="t4-a-b-beside-not-involved", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.suit_after_review.total"]}, prose="")
    v = new("gov2021", at_least=2)
    v[("requests", "granted", "natural_person")] = tot(v, "granted", "natural_person") + 1
    v[("requests", "granted", "total")] = tot(v, "granted") + 1
    blank_zeros(v, rng, share=0.6)
    write("htmldrop", "gov2021", 2023, next(issuers), v, label="t3-b-b-uncertain", planted={
        "check_ids": ["T3-B"], "cells": ["requests.granted.total", "requests.total_processed.total"]}, prose="")
    v = new("gov2021", at_least=2)
    idle_words(v, "无此项")
    v[("requests", "new_received", "total")] = tot(v, "new_received") + 2
    write("crlf", "gov2021", 2022, next(issuers), v, label="t3-c-b-beside-no-such-item", planted={
        "check_ids": ["T3-C", "T3-A"], "cells": ["requests.new_received.total"]}, prose="")
    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    write("lines", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="D3", role="first",
          prose="")
    second = follow(first, "gov2019", carry_fix=2)
    write("crlf", "gov2019", 2020, issuer, second, label="t3-e-b-2019", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, prose="", pair="D3", role="second")
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 1, 0, 0)})
    write("tabs", "gov2021", 2023, next(issuers), v, label="prose-b-review-corrected", planted={
        "check_ids": [P], "cells": ["appeals.review.corrected"]},
        prose="全年发生政府信息公开行政复议2件，其中被纠错2件。")
    while True:
        v = new("gov2021", at_least=4)
        x = fill(v)
        w = 1
        if w not in (x["n"], x["p"], x["o"], x["f"]):
            break
    write("html", "gov2021", 2022, next(issuers), v, label="prose-b-closed-beside-withdrawn", planted={
        "check_ids": [P], "cells": ["requests.total_processed.total"]},
        prose="全年办结政府信息公开申请{pp}件，其中因申请人撤回而终止办理{w}件。".format(pp=x["p"] + 2, w=w, **x))
    issuer = next(issuers)
    first = new("gov2019")
    write("crlf", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="D4", role="first",
          prose="")
    second = follow(first, "gov2019", prev_fix=-1 if first[("active", "other_services", "prev_items")] else 1,
                    prev_row="other_services")
    write("lines", "gov2019", 2020, issuer, second, label="t2-d-year-b-other-services", planted={
        "check_ids": ["T2-D-year"], "cells": ["active.other_services.prev_items"]}, prose="", pair="D4",
        role="second")
    # ================================================================ batch C
    # (written after batch B's fixes, scored before any change for it) the new readings' must-not shapes and
    # their planted twins in whole reports: 2014 channels 信函/传真, a review organ's 审理…其中维持…纠正, 纠错 of
    # suits beside a review, last year's count alone, 上年度共…本年度共…增长…%, 较上年同期（…件）增加…件, half-year
    # ranges 1—6月 / 7—12月, 截至11月20日, 2014 比上年减少, 同比增长…%（上年…件）
    v = new("gov2014")
    write("html", "gov2014", 2017, next(issuers), v, label="ok-c-2014-mail-fax", planted=None,
          prose="受理政府信息公开申请{rr}件，其中信函申请{rm}件、传真申请{rf}件。".format(
              rr=s14(v, "requests_received"), rm=s14(v, "requests_mail"), rf=s14(v, "requests_fax")))
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 0, 0, 0)})
    k = rng.randint(60, 300)
    write("lines", "gov2021", 2023, "四川省南充市司法局", v, label="ok-c-organ-heard", planted=None,
          prose=f"全年共审理行政复议案件{k}件，其中维持{k // 2}件、纠正{k // 10}件。")
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 0, 0, 0), "suit_direct": (1, 1, 0, 0)})
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-c-suit-corrected", planted=None,
          prose="行政复议1件，行政诉讼2件，其中被纠错1件。")
    v = new("gov2021", at_least=3)
    x = fill(v)
    write("tabs", "gov2021", 2024, next(issuers), v, label="ok-c-last-year-alone", planted=None,
          prose="去年同期受理政府信息公开申请{m}件。".format(m=x["n"] + rng.randint(3, 9)))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] - rng.randint(1, 4)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-c-same-period-bracket-pieces", planted=None,
          prose="全年受理政府信息公开申请{n}件，较上年同期（{m}件）增加{d}件。".format(m=m, d=x["n"] - m, **x))
    v = new("gov2021", at_least=4)
    x = fill(v)
    a = rng.randint(1, x["n"] - 1)
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-c-half-year-ranges", planted=None,
          prose="1—6月受理政府信息公开申请{a}件；7—12月受理{b}件。".format(a=a, b=x["n"] - a))
    v = new("gov2021", at_least=4)
    x = fill(v)
    write("crlf", "gov2021", 2024, next(issuers), v, label="ok-c-until-november-20", planted=None,
          prose="截至11月20日，共受理政府信息公开申请{m}件。全年共受理{n}件。".format(m=x["n"] - rng.randint(1, 3), **x))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] - rng.randint(1, 4)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-c-growth-last-in-bracket", planted=None,
          prose="全年共受理政府信息公开申请{n}件，同比增长{r}%（上年{m}件）。".format(m=m, r=pct(x["n"] - m, m), **x))
    issuer = next(issuers)
    first = new("gov2021", at_least=8, none=True)
    m = tot(first, "new_received")
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="E1", role="first",
          prose="")
    target = m + max(1, m // 5)
    second = follow_new(first, target)
    write("html", "gov2021", 2023, issuer, second, label="ok-c-pair-both-totals-pct", planted=None, pair="E1",
          role="second", prose="上年度共收到政府信息公开申请{m}件，本年度共收到{n}件，增长{r}%。".format(
              m=m, r=pct(target - m, m), **fill(second)))
    issuer = next(issuers)
    first = new("gov2014")
    write("tabs", "gov2014", 2015, issuer, first, label="ok-pair-first", planted=None, pair="E2", role="first",
          prose="")
    second = new("gov2014")
    d = s14(first, "requests_received") - s14(second, "requests_received")
    write("lines", "gov2014", 2016, issuer, second, label="ok-c-pair-2014-fewer", planted=None, pair="E2",
          role="second", prose=("全年受理政府信息公开申请{rr}件，比上年减少{d}件。" if d > 0 else
                                "全年受理政府信息公开申请{rr}件，比上年增加{e}件。").format(
              rr=s14(second, "requests_received"), d=d, e=-d))

    # planted
    v = new("gov2014")
    write("crlf", "gov2014", 2018, next(issuers), v, label="prose-c-2014-mail", planted={
        "check_ids": [P], "cells": ["stats.requests_mail.value"]},
        prose="受理政府信息公开申请{rr}件，其中信函申请{rm}件。".format(
            rr=s14(v, "requests_received"), rm=s14(v, "requests_mail") + 2))
    issuer = next(issuers)
    first = new("gov2021", at_least=8, none=True)
    m = tot(first, "new_received")
    write("lines", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="F1", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("tabs", "gov2021", 2024, issuer, second, label="prose-c-pair-both-totals-wrong", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="F1", role="second",
        prose="上年度共收到政府信息公开申请{mm}件，本年度共收到{n}件。".format(mm=m + 5, **fill(second)))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] - rng.randint(1, 4)
    write("html", "gov2021", 2022, next(issuers), v, label="prose-c-same-period-pieces-wrong", planted={
        "check_ids": ["PROSE-PERCENT", "PROSE-YEAR", P], "cells": ["requests.new_received.total"]},
        prose="全年受理政府信息公开申请{n}件，较上年同期（{m}件）增加{d}件。".format(m=m, d=x["n"] - m + 1, **x))
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (2, 1, 0, 0)})
    write("crlf", "gov2021", 2023, next(issuers), v, label="prose-c-review-upheld", planted={
        "check_ids": [P], "cells": ["appeals.review.upheld"]},
        prose="因政府信息公开被申请行政复议3件，其中维持3件。")
    v = new("gov2021", at_least=4)
    x = fill(v)
    a = rng.randint(1, x["n"] - 1)
    write("tabs", "gov2021", 2024, next(issuers), v, label="prose-c-half-years-then-year", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="1—6月受理政府信息公开申请{a}件，7—12月受理{b}件，全年共受理{nn}件。".format(
            a=a, b=x["n"] - a, nn=x["n"] + 2))
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="F2", role="first",
          prose="")
    second = follow(first, "gov2021", carry_fix=1, at_least=1)
    write("lines", "gov2021", 2023, issuer, second, label="t3-e-c-carried-in-prose", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, pair="F2", role="second",
        prose="上年结转政府信息公开申请{o}件。".format(**fill(second)))
    finish(OUT, probes)


if __name__ == "__main__":
    main()
