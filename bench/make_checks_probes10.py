"""Write the tenth, held-out set of labelled consistency-check probes (``tests/cases/checks_probes10``).

Issue 10 (items 2 and 5: "no error finding on a consistent report; every planted error found"), in
wordings and shapes the first nine sets (``bench/make_checks_probes.py`` … ``…9.py``) lack, labelled by
construction before textmine read them; bodies from ministries to townships of 30 provinces, 2019–2025
(the 2019 and 2021 formats, and the 2014-era 统计表 for the P-* identities):

* counts of requests in other verbs: 登记 / 接收 N 件; channels 当面 / 网络 / 信函 (or 现场提交 / 网上提交 /
  邮寄) that sum to the total; 予以公开 N 件、部分公开 N 件 (and 无法提供 / 不予处理 / 不予公开 as the sum
  of their table 三 rows) against table 三; 行政复议 N 起 with 维持 / 纠正 against table 四; …件结转下年度
  继续办理; 按时办结率100%; counts of 会议 / 培训 / 发布会 / 热线 that are no table count; last year's count
  (上年度为…件) with no last year's report beside it; 上年度结转的…件 (this year's 上年结转);
* tables with placeholders in whole rows (a table 三 outcome row, a table 四 group, a table 二 row);
  table 三 with its columns in another order (总计 first, the 法人 columns permuted) and with a
  法人或其他组织小计 column; uncertain readings (cells placed by textmine) that may doubt but never accuse;
* consecutive years: 上年结转 = last year's 结转下年度 (stated in prose both years), the 2021 现行有效 chain,
  the 2019 上一年项目数量 chain, last year's count stated in this year's prose.

Planted, one real inconsistency each: every check id a report can break — T3-A, T3-B, T3-C, T3-C-sub,
T3-D, T2-E, T4-A, P-1, P-2, P-3, P-5, P-6, P-7, P-8-max, T3-E, T2-B, T2-D-year, PROSE-YEAR,
PROSE-PERCENT and PROSE-TABLE in the wordings above.

Written in two batches, each labelled before textmine read it; batch B after batch A's fixes, scored
before any change for it.

    python bench/make_checks_probes10.py   # rewrites tests/cases/checks_probes10/
    python bench/checks_probes.py --dir tests/cases/checks_probes10
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
from bench.make_checks_probes9 import DENIED, REJECTED, UNABLE, s14  # noqa: E402
from bench.make_table_probes3 import (  # noqa: E402
    APPEAL_COLS,
    CAPTIONS,
    COLS,
    NOTE,
    active_grid,
    appeals_grid,
    blank_zeros,
    report_text,
    requests_grid,
    small_requests,
    stats_grid,
)
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes10"

OUTCOME21 = ("granted", "partial", *DENIED, *UNABLE, *REJECTED, "other_no_correction", "other_no_fee", "other_misc")
HEADS = {"natural_person": "自然人", "commercial": "商业企业", "research": "科研机构", "social_welfare": "社会公益组织",
         "legal_services": "法律服务机构", "other_org": "其他", "total": "总计"}


def group_sum(v: dict, rows: tuple[str, ...], col: str = "total") -> int:
    return sum(int(v[("requests", r, col)]) for r in rows if isinstance(v[("requests", r, col)], int))


def reordered_grid(template: str, v: dict, order: tuple[str, ...]) -> list:
    """Table 三 with its seven applicant columns printed in ``order`` (总计 may come first; the five
    法人或其他组织 columns stay under their group head, in the order given)."""
    grid = requests_grid(template, v)
    orgs = [c for c in order if c in COLS[1:6]]
    head2: list = []
    for c in order:
        if c in ("natural_person", "total"):
            head2.append((HEADS[c], 2, 1))
        elif c == orgs[0]:
            head2.append(("法人或其他组织", 1, 5))
    header = [[(NOTE, 3, 3), ("申请人情况", 1, 7)], head2, [(HEADS[c], 1, 1) for c in orgs]]
    body = []
    for row in grid[3:]:
        lead, vals = row[:-7], row[-7:]
        by = dict(zip(COLS, vals, strict=True))
        body.append(lead + [by[c] for c in order])
    return header + body


def main() -> None:  # noqa: C901, PLR0915
    rng = random.Random(20261210)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}
    issuers = iter([
        # batch A
        "生态环境部", "国家税务总局", "自然资源部", "国家卫生健康委员会", "国家市场监督管理总局",
        "北京市交通委员会", "上海市生态环境局", "天津市教育委员会", "重庆市民政局", "河北省自然资源厅",
        "山西省教育厅", "内蒙古自治区交通运输厅", "辽宁省人力资源和社会保障厅", "吉林省住房和城乡建设厅",
        "黑龙江省生态环境厅", "江苏省自然资源厅", "浙江省民政厅", "安徽省住房和城乡建设厅", "福建省公安厅",
        "江西省教育厅", "山东省交通运输厅", "河南省自然资源厅", "湖北省民政厅", "湖南省住房和城乡建设厅",
        "广东省教育厅", "广西壮族自治区交通运输厅", "海南省生态环境厅", "四川省民政厅", "贵州省自然资源厅",
        "云南省住房和城乡建设厅", "陕西省交通运输厅", "甘肃省民政厅", "青海省教育厅", "宁夏回族自治区民政厅",
        "新疆维吾尔自治区住房和城乡建设厅", "西藏自治区教育厅", "江苏省无锡市人民政府", "浙江省台州市人民政府",
        "山东省潍坊市人民政府", "河南省南阳市人民政府", "湖北省襄阳市人民政府", "湖南省岳阳市人民政府",
        "广东省江门市人民政府", "四川省绵阳市人民政府", "福建省泉州市自然资源局", "安徽省芜湖市民政局",
        "江西省赣州市住房和城乡建设局", "河北省保定市莲池区人民政府", "辽宁省大连市甘井子区人民政府",
        "贵州省遵义市汇川区人民政府", "云南省曲靖市麒麟区人民政府", "陕西省咸阳市秦都区人民政府",
        "浙江省安吉县人民政府", "江苏省昆山市人民政府", "湖南省浏阳市人民政府", "四川省简阳市人民政府",
        "广东省惠东县人民政府", "山东省寿光市人民政府", "福建省晋江市人民政府", "河南省巩义市人民政府",
        "浙江省安吉县递铺街道办事处", "江苏省昆山市周庄镇人民政府", "湖南省浏阳市大瑶镇人民政府",
        "四川省简阳市射洪坝街道办事处", "广东省惠东县平山街道办事处", "山东省寿光市古城街道办事处",
        "福建省晋江市安海镇人民政府", "河南省巩义市米河镇人民政府", "甘肃省张掖市甘州区人民政府",
        "青海省西宁市城西区人民政府", "宁夏回族自治区银川市兴庆区人民政府", "海南省三亚市吉阳区人民政府",
        "黑龙江省哈尔滨市南岗区人民政府", "吉林省长春市南关区人民政府", "内蒙古自治区包头市昆都仑区人民政府",
        "新疆维吾尔自治区乌鲁木齐市天山区人民政府", "广西壮族自治区桂林市秀峰区人民政府",
        "山西省大同市平城区人民政府", "西藏自治区拉萨市城关区人民政府",
        # batch B
        "国家发展和改革委员会", "工业和信息化部", "农业农村部", "国家能源局", "国家文物局",
        "北京市海淀区人民政府", "上海市闵行区人民政府", "天津市和平区人民政府", "重庆市渝北区人民政府",
        "河北省衡水市人民政府", "山西省晋城市人民政府", "辽宁省鞍山市人民政府", "吉林省四平市人民政府",
        "黑龙江省大庆市人民政府", "江苏省扬州市人民政府", "浙江省嘉兴市人民政府", "安徽省安庆市人民政府",
        "福建省漳州市人民政府", "江西省九江市人民政府", "山东省济宁市人民政府", "河南省许昌市人民政府",
        "湖北省黄冈市人民政府", "湖南省郴州市人民政府", "广东省肇庆市人民政府", "广西壮族自治区玉林市人民政府",
        "海南省儋州市人民政府", "四川省德阳市人民政府", "贵州省安顺市人民政府", "云南省大理白族自治州人民政府",
        "陕西省汉中市人民政府", "甘肃省天水市人民政府", "青海省海东市人民政府", "宁夏回族自治区吴忠市人民政府",
        "新疆维吾尔自治区昌吉回族自治州人民政府", "内蒙古自治区赤峰市人民政府", "西藏自治区日喀则市人民政府",
        "江苏省扬州市邗江区瓜洲镇人民政府", "浙江省嘉兴市南湖区新兴街道办事处", "安徽省安庆市大观区海口镇人民政府",
        "湖北省黄冈市黄州区陈策楼镇人民政府", "广东省肇庆市端州区城东街道办事处", "四川省德阳市旌阳区孝泉镇人民政府",
        "山东省济宁市任城区李营街道办事处", "河南省许昌市建安区灵井镇人民政府", "湖南省郴州市北湖区华塘镇人民政府",
        "江西省九江市濂溪区莲花镇人民政府", "福建省漳州市芗城区浦南镇人民政府", "河北省衡水市桃城区河沿镇人民政府",
        "辽宁省鞍山市铁东区山南街道办事处", "吉林省四平市铁西区地直街道办事处", "云南省大理市下关街道办事处",
        "贵州省安顺市西秀区七眼桥镇人民政府", "陕西省汉中市汉台区铺镇人民政府", "甘肃省天水市秦州区玉泉镇人民政府",
        "国家邮政局", "国家中医药管理局", "中国气象局", "国家移民管理局", "国家粮食和物资储备局",
    ])
    n = 0
    shapes_all = {**{k: (*SHAPES[k], False) for k in SHAPES}, **{k: SHAPES1[k] for k in ("vanish", "crcollapsed",
                                                                                          "htmldrop", "run")}}

    def write(shape: str, template: str, year: int, issuer: str, v: dict, *, prose: str, label: str,
              planted: dict | None, pair: str | None = None, role: str | None = None, order: tuple | None = None,
              subtotal: bool = False) -> str:
        nonlocal n
        n += 1
        render, brk, ext, ambiguous = shapes_all[shape]
        if template == "gov2014":
            tables = [STATS_CAPTION + brk + render(stats_grid(v))]
        else:
            grid = (reordered_grid(template, v, order) if order else requests_grid(template, v, subtotal=subtotal))
            tables = [CAPTIONS["active"] + brk + render(active_grid(template, v)),
                      CAPTIONS["requests"] + brk + render(grid),
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
            carried: dict | None = None, granted: bool = False, partial: bool = False) -> dict:
        while True:
            v = consistent_values(template, rng, blanks=False)
            if template == "gov2014":
                return v
            small_requests(rng, v, template, carried=carried)
            if ((not over or tot(v, "carried_over")) and (not fwd or tot(v, "carried_forward"))
                    and not (none and (tot(v, "carried_over") or tot(v, "carried_forward")))
                    and (not granted or tot(v, "granted")) and (not partial or tot(v, "partial"))
                    and tot(v, "new_received") >= at_least and tot(v, "total_processed") >= at_least):
                return v

    def fill(v: dict) -> dict:
        x = {"n": tot(v, "new_received"), "o": tot(v, "carried_over"), "p": tot(v, "total_processed"),
             "f": tot(v, "carried_forward"), "g": group_sum(v, ("granted",)), "pg": group_sum(v, ("partial",))}
        if ("requests", "unable_not_held", "total") in v:
            x.update(un=group_sum(v, UNABLE), rj=group_sum(v, REJECTED), dn=group_sum(v, DENIED))
        x["no"] = x["n"] + x["o"]
        return x

    def follow(first: dict, template: str, *, carry_fix: int = 0, at_least: int = 0, prev_fix: int = 0,
               prev_row: str = "licensing", force_fix: int = 0) -> dict:
        """Next year's values of the body of ``first``: 上年结转 = its 结转下年度 (+ ``carry_fix``); the
        2021 现行有效 chain (+ ``force_fix`` on 规范性文件); the 2019 上一年项目数量 chain (+ ``prev_fix``)."""
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
            v[("active", "normative_docs", "in_force")] += force_fix
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

    def blank_row(v: dict, word: str, rows: tuple[str, ...] = OUTCOME21) -> str:
        """A zero row of table 三 printed as ``word`` in every column (the first zero row of ``rows``)."""
        row = next(r for r in rows if all(not v[("requests", r, c)] for c in COLS))
        for c in COLS:
            v[("requests", row, c)] = word
        return row

    def channels(k: int) -> tuple[int, int, int]:
        a = rng.randint(0, k)
        b = rng.randint(0, k - a)
        return a, b, k - a - b

    def subtotals(v: dict) -> None:
        for key in [k for k in v if k[0] == "requests" and k[2] == "total"]:
            v[("requests", key[1], "org_subtotal")] = sum(tot(v, key[1], c) for c in COLS[1:6])

    P = "PROSE-TABLE"
    TOTAL_FIRST = ("total", "natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")
    ORGS_PERMUTED = ("natural_person", "research", "commercial", "legal_services", "social_welfare", "other_org", "total")

    # ================================================================ batch A: consistent, one report each
    v = new("gov2021", at_least=2)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-registered", planted=None,
          prose="全年共登记政府信息公开申请{n}件，均已按照法定时限答复。".format(**fill(v)))
    v = new("gov2021", at_least=2)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-accepted-receive", planted=None,
          prose="本年度共接收政府信息公开申请{n}件，较好保障了申请人的合法权益。".format(**fill(v)))
    v = new("gov2021", at_least=3)
    x = fill(v)
    a, b, c = channels(x["n"])
    write("lines", "gov2021", 2024, next(issuers), v, label="ok-channels-sum", planted=None,
          prose="共受理政府信息公开申请{n}件，其中当面申请{a}件、网络申请{b}件、信函申请{c}件。".format(
              a=a, b=b, c=c, **x))
    v = new("gov2021", at_least=3)
    x = fill(v)
    a, b, c = channels(x["n"])
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-channels-submitted-total-last", planted=None,
          prose="申请人通过网上提交申请{b}件，现场提交{a}件，邮寄{c}件，合计{n}件。".format(a=a, b=b, c=c, **x))
    v = new("gov2021", at_least=2, granted=True, partial=True)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-granted-partial", planted=None,
          prose="在已办结的申请中，予以公开{g}件，部分公开{pg}件。".format(**fill(v)))
    v = new("gov2021", at_least=3)
    write("html", "gov2021", 2024, next(issuers), v, label="ok-outcomes-groups", planted=None,
          prose="答复结果为：予以公开{g}件、部分公开{pg}件、无法提供{un}件、不予处理{rj}件。".format(**fill(v)))
    v = new("gov2021", at_least=3)
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-denied-group", planted=None,
          prose="办结政府信息公开申请{p}件，其中不予公开{dn}件。".format(**fill(v)))
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (2, 1, 0, 0)})
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-review-qi-upheld-corrected", planted=None,
          prose="全年发生政府信息公开行政复议3起，其中维持2起、纠正1起。")
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_direct": (2, 0, 0, 0)})
    write("crlf", "gov2021", 2024, next(issuers), v, label="ok-suit-qi-court-upheld", planted=None,
          prose="被提起政府信息公开行政诉讼2起，法院均判决维持。")
    v = new("gov2021", fwd=True, at_least=2)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-forward-continue", planted=None,
          prose="全年受理政府信息公开申请{n}件，{f}件因需补正材料结转下年度继续办理。".format(**fill(v)))
    v = new("gov2021", at_least=2, none=True)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-on-time-rate", planted=None,
          prose="全部申请均在法定期限内办结，按时办结率100%。")
    v = new("gov2021", at_least=2)
    write("tabs", "gov2021", 2024, next(issuers), v, label="ok-meetings-trainings-press", planted=None,
          prose="全年召开新闻发布会{a}场，举办政务公开业务培训{b}期、培训{c}人次，召开政务公开专题会议{e}次；"
                "受理政府信息公开申请{n}件。".format(a=rng.randint(5, 40), b=rng.randint(2, 9),
                                                   c=rng.randint(120, 900), e=rng.randint(2, 8), **fill(v)))
    v = new("gov2021", at_least=3)
    x = fill(v)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-last-year-stated-alone", planted=None,
          prose="全年受理政府信息公开申请{n}件，上年度为{m}件。".format(m=x["n"] + rng.randint(2, 9), **x))
    v = new("gov2021", over=True, at_least=1)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-last-year-carried-closed", planted=None,
          prose="上年度结转的{o}件申请已于本年度全部办结。".format(**fill(v)))
    v = new("gov2021", over=True, at_least=2)
    write("lines", "gov2021", 2024, next(issuers), v, label="ok-new-plus-carried-total", planted=None,
          prose="本年度新收申请{n}件，加上上年度结转{o}件，共计{no}件。".format(**fill(v)))
    v = new("gov2021", at_least=2)
    blank_row(v, "—")
    appeals(v, {"review": (1, 0, 0, 0)})
    for col in APPEAL_COLS:
        v[("appeals", "suit_after_review", col)] = "—"
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-placeholder-rows", planted=None, prose="")
    v = new("gov2021", at_least=2)
    blank_row(v, "/")
    for col in ("issued", "repealed", "in_force"):
        v[("active", "rules", col)] = "/"
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-placeholder-rows-slash", planted=None,
          prose="全年受理政府信息公开申请{n}件。".format(**fill(v)))
    v = new("gov2021", at_least=2)
    write("html", "gov2021", 2024, next(issuers), v, label="ok-total-column-first", planted=None,
          prose="全年受理政府信息公开申请{n}件。".format(**fill(v)), order=TOTAL_FIRST)
    v = new("gov2021", at_least=2)
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-org-columns-permuted", planted=None,
          prose="", order=ORGS_PERMUTED)
    v = new("gov2021", at_least=2)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-total-first-lines", planted=None,
          prose="", order=TOTAL_FIRST)
    v = new("gov2021", at_least=2)
    subtotals(v)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-org-subtotal", planted=None,
          prose="全年收到政府信息公开申请{n}件。".format(**fill(v)), subtotal=True)
    for shape, template, year in (("vanish", "gov2021", 2023), ("crcollapsed", "gov2019", 2019),
                                  ("htmldrop", "gov2021", 2024), ("run", "gov2021", 2022)):
        v = new(template, at_least=1)
        if shape != "run":
            blank_zeros(v, rng, share=0.6)
        write(shape, template, year, next(issuers), v, label="ok-uncertain", planted=None,
              prose="全年受理政府信息公开申请{n}件。".format(**fill(v)))
    v = new("gov2019", at_least=2)
    write("crlf", "gov2019", 2020, next(issuers), v, label="ok-2019-registered-closed", planted=None,
          prose="全年登记政府信息公开申请{n}件，办结{p}件。".format(**fill(v)))
    v = new("gov2021", at_least=1)
    appeals(v, {})
    write("lines", "gov2021", 2025, next(issuers), v, label="ok-township-no-appeals", planted=None,
          prose="本镇全年受理政府信息公开申请{n}件，未发生政府信息公开行政复议、行政诉讼案件。".format(**fill(v)))
    v = new("gov2021", at_least=2)
    write("tabs", "gov2021", 2025, next(issuers), v, label="ok-hotline-satisfaction", planted=None,
          prose=f"政务服务热线全年接听群众来电{rng.randint(2000, 90000)}人次，群众满意率98.5%；申请答复率100%。")
    v = new("gov2021", at_least=4, granted=True)
    x = fill(v)
    write("crlf", "gov2021", 2024, next(issuers), v, label="ok-granted-share-of-closed", planted=None,
          prose="全年办结政府信息公开申请{p}件，其中予以公开{g}件，占办结总数的{s}%。".format(s=pct(x["g"], x["p"]), **x))
    v = new("gov2021", at_least=4)
    x = fill(v)
    write("html", "gov2021", 2025, next(issuers), v, label="ok-2025-less-than-last-year", planted=None,
          prose="2025年共接收政府信息公开申请{n}件，同比减少{k}件。".format(k=rng.randint(1, 5), **x))

    # 2014-era table, consistent: prose on its meetings / trainings / press rows
    v = new("gov2014")
    write("tabs", "gov2014", 2016, next(issuers), v, label="ok-2014-press-training", planted=None,
          prose="全年召开政府信息公开新闻发布会{pc}次，举办各类培训班{ts}次，接受培训人员{tr}人次。".format(
              pc=s14(v, "press_conferences"), ts=s14(v, "training_sessions"), tr=s14(v, "trainees")))
    v = new("gov2014")
    write("crlf", "gov2014", 2018, next(issuers), v, label="ok-2014-channels", planted=None,
          prose="受理政府信息公开申请{rr}件，其中当面申请{a}件、网络申请{b}件、信函申请{c}件、传真申请{d}件。".format(
              rr=s14(v, "requests_received"), a=s14(v, "requests_in_person"), b=s14(v, "requests_online"),
              c=s14(v, "requests_mail"), d=s14(v, "requests_fax")))

    # ================================================================ batch A: consistent pairs
    issuer = next(issuers)
    first = new("gov2021", fwd=True, at_least=2)
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="A1", role="first",
          prose="{f}件结转下年度继续办理。".format(**fill(first)))
    second = follow(first, "gov2021", at_least=1)
    write("html", "gov2021", 2023, issuer, second, label="ok-pair-last-year-carried", planted=None, pair="A1",
          role="second", prose="上年度结转{o}件，本年度新收{n}件。".format(**fill(second)))
    issuer = next(issuers)
    first = new("gov2019")
    first[("active", "other_services", "change")] = ("-1" if first[("active", "other_services", "prev_items")] >= 1
                                                     else "0")
    write("tabs", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="A2", role="first",
          prose="")
    second = follow(first, "gov2019")
    write("lines", "gov2019", 2020, issuer, second, label="ok-pair-2019-chain", planted=None, pair="A2",
          role="second", prose="")
    issuer = next(issuers)
    first = new("gov2021", at_least=8, none=True)
    m = tot(first, "new_received")
    write("lines", "gov2021", 2024, issuer, first, label="ok-pair-first", planted=None, pair="A3", role="first",
          prose="")
    target = m + max(1, m // 4)
    second = follow_new(first, target)
    write("crlf", "gov2021", 2025, issuer, second, label="ok-pair-last-year-then-growth", planted=None, pair="A3",
          role="second", prose="上年度接收政府信息公开申请{m}件，本年度接收{n}件，同比增长{r}%。".format(
              m=m, r=pct(target - m, m), **fill(second)))
    issuer = next(issuers)
    first = new("gov2021")
    write("html", "gov2021", 2021, issuer, first, label="ok-pair-first", planted=None, pair="A4", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("tabs", "gov2021", 2022, issuer, second, label="ok-pair-in-force-chain", planted=None, pair="A4",
          role="second", prose="本年度制发行政规范性文件{i}件，现行有效{k}件。".format(
              i=second[("active", "normative_docs", "issued")], k=second[("active", "normative_docs", "in_force")]))

    # ================================================================ batch A: planted
    v = new("gov2021", at_least=2)
    write("crlf", "gov2021", 2023, next(issuers), v, label="prose-registered", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="全年共登记政府信息公开申请{}件。".format(fill(v)["n"] + 3))
    v = new("gov2021", at_least=4)
    write("html", "gov2021", 2022, next(issuers), v, label="prose-received-receive", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="本年度共接收政府信息公开申请{}件。".format(fill(v)["n"] - 2))
    v = new("gov2021", at_least=3)
    x = fill(v)
    a, b, c = channels(x["n"] + 2)
    write("lines", "gov2021", 2023, next(issuers), v, label="prose-channels-total", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="共受理政府信息公开申请{nn}件，其中当面申请{a}件、网络申请{b}件、信函申请{c}件。".format(
            nn=x["n"] + 2, a=a, b=b, c=c))
    v = new("gov2021", at_least=2, granted=True, partial=True)
    x = fill(v)
    write("tabs", "gov2021", 2024, next(issuers), v, label="prose-granted", planted={
        "check_ids": [P], "cells": ["requests.granted.total"]},
        prose="在已办结的申请中，予以公开{gg}件，部分公开{pg}件。".format(gg=x["g"] + 2, **x))
    v = new("gov2021", at_least=2, granted=True, partial=True)
    x = fill(v)
    write("crlf", "gov2021", 2022, next(issuers), v, label="prose-partial", planted={
        "check_ids": [P], "cells": ["requests.partial.total"]},
        prose="予以公开{g}件、部分公开{pp}件。".format(pp=x["pg"] + 1, **x))
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (2, 1, 0, 0)})
    write("html", "gov2021", 2023, next(issuers), v, label="prose-review-qi-total", planted={
        "check_ids": [P], "cells": ["appeals.review.total"]},
        prose="全年发生政府信息公开行政复议4起。")
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (2, 1, 0, 0)})
    write("lines", "gov2021", 2024, next(issuers), v, label="prose-review-qi-corrected", planted={
        "check_ids": [P], "cells": ["appeals.review.corrected"]},
        prose="全年发生政府信息公开行政复议3起，其中维持1起、纠正2起。")
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v)
    write("tabs", "gov2021", 2022, next(issuers), v, label="prose-forward-continue", planted={
        "check_ids": [P], "cells": ["requests.carried_forward.total"]},
        prose="另有{ff}件结转下年度继续办理。".format(ff=x["f"] + 2))
    v = new("gov2021", over=True, at_least=1)
    x = fill(v)
    write("crlf", "gov2021", 2023, next(issuers), v, label="prose-last-year-carried", planted={
        "check_ids": [P], "cells": ["requests.carried_over.total"]},
        prose="上年度结转的{oo}件申请已于本年度全部办结。".format(oo=x["o"] + 3))
    v = new("gov2021", at_least=3)
    x = fill(v)
    write("html", "gov2021", 2024, next(issuers), v, label="prose-unable-group", planted={
        "check_ids": [P], "cells": ["requests.unable_not_held.total"]},
        prose="答复结果为：予以公开{g}件、部分公开{pg}件、无法提供{uu}件。".format(uu=x["un"] + 2, **x))

    # table identities, each in a shape of this set
    v = new("gov2021", at_least=2)
    bump_col = "natural_person"
    v[("requests", "carried_forward", bump_col)] = tot(v, "carried_forward", bump_col) + 2
    v[("requests", "carried_forward", "total")] = tot(v, "carried_forward") + 2
    write("html", "gov2021", 2022, next(issuers), v, label="t3-a-total-first", planted={
        "check_ids": ["T3-A"], "cells": ["requests.carried_forward.natural_person"]}, prose="", order=TOTAL_FIRST)
    v = new("gov2021", at_least=2)
    v[("requests", "partial", "natural_person")] = tot(v, "partial", "natural_person") + 1
    v[("requests", "partial", "total")] = tot(v, "partial") + 1
    write("tabs", "gov2021", 2023, next(issuers), v, label="t3-b-orgs-permuted", planted={
        "check_ids": ["T3-B"], "cells": ["requests.partial.natural_person", "requests.total_processed.natural_person"]},
        prose="", order=ORGS_PERMUTED)
    v = new("gov2021", at_least=2)
    blank_row(v, "—")
    v[("requests", "new_received", "total")] = tot(v, "new_received") + 2
    write("crlf", "gov2021", 2024, next(issuers), v, label="t3-c-beside-placeholder-row", planted={
        "check_ids": ["T3-C", "T3-A"], "cells": ["requests.new_received.total"]}, prose="")
    v = new("gov2021", at_least=2, granted=True)
    subtotals(v)
    v[("requests", "granted", "org_subtotal")] = tot(v, "granted", "org_subtotal") + 1
    write("html", "gov2021", 2022, next(issuers), v, label="t3-c-sub-subtotal", planted={
        "check_ids": ["T3-C-sub"], "cells": ["requests.granted.org_subtotal"]}, prose="", subtotal=True)
    v = new("gov2021", fwd=True, at_least=2)
    # a negative 结转下年度 in 自然人 with 新收 lowered to keep T3-A
    k = tot(v, "carried_forward", "natural_person") + 1
    for r in ("carried_forward", "new_received"):
        v[("requests", r, "natural_person")] = tot(v, r, "natural_person") - k
        v[("requests", r, "total")] = tot(v, r) - k
    write("lines", "gov2021", 2023, next(issuers), v, label="t3-d-negative-forward", planted={
        "check_ids": ["T3-D"], "cells": ["requests.carried_forward.natural_person"]}, prose="")
    v = new("gov2021", at_least=1)
    v[("active", "fees", "amount")] = Decimal("-0.35")
    write("tabs", "gov2021", 2024, next(issuers), v, label="t2-e-negative-fee", planted={
        "check_ids": ["T2-E"], "cells": ["active.fees.amount"]}, prose="")
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 1, 0, 0), "suit_direct": (1, 0, 0, 0)})
    v[("appeals", "suit_direct", "total")] = 2
    for col in APPEAL_COLS:
        v[("appeals", "suit_after_review", col)] = "—"
    write("crlf", "gov2021", 2022, next(issuers), v, label="t4-a-beside-placeholder-group", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.suit_direct.total"]}, prose="")
    v = new("gov2014")
    v[("stats", "requests_online", "value")] = s14(v, "requests_online") + 2
    write("html", "gov2014", 2016, next(issuers), v, label="p-1-online", planted={
        "check_ids": ["P-1"], "cells": ["stats.requests_received.value", "stats.requests_online.value"]}, prose="")
    v = new("gov2014")
    v[("stats", "reviews_upheld", "value")] = s14(v, "reviews_upheld") + 1
    write("lines", "gov2014", 2017, next(issuers), v, label="p-5-reviews-upheld", planted={
        "check_ids": ["P-5"], "cells": ["stats.reviews.value", "stats.reviews_upheld.value"]}, prose="")
    v = new("gov2014")
    v[("stats", "staff_part_time", "value")] = s14(v, "staff_part_time") + 3
    write("tabs", "gov2014", 2015, next(issuers), v, label="p-6-staff", planted={
        "check_ids": ["P-6"], "cells": ["stats.staff.value", "stats.staff_part_time.value"]}, prose="")
    v = new("gov2014")
    v[("stats", "press_conferences_leaders", "value")] = s14(v, "press_conferences") + 2
    write("crlf", "gov2014", 2018, next(issuers), v, label="p-7-press-leaders", planted={
        "check_ids": ["P-7"], "cells": ["stats.press_conferences_leaders.value", "stats.press_conferences.value"]},
        prose="")

    # planted pairs
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("tabs", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="B1", role="first",
          prose="{f}件结转下年度继续办理。".format(**fill(first)))
    second = follow(first, "gov2021", carry_fix=2, at_least=1)
    write("html", "gov2021", 2023, issuer, second, label="t3-e-last-year-carried-prose", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, pair="B1", role="second",
        prose="上年度结转{o}件，本年度新收{n}件。".format(**fill(second)))
    issuer = next(issuers)
    first = new("gov2021")
    write("crlf", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="B2", role="first",
          prose="")
    second = follow(first, "gov2021", force_fix=3, at_least=1)
    write("lines", "gov2021", 2024, issuer, second, label="t2-b-in-force-chain", planted={
        "check_ids": ["T2-B"], "cells": ["active.normative_docs.in_force"]}, pair="B2", role="second", prose="")
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("html", "gov2021", 2024, issuer, first, label="ok-pair-first", planted=None, pair="B3", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    x = fill(second)
    mm = m + 4
    write("tabs", "gov2021", 2025, issuer, second, label="prose-year-compared-with-last", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="B3", role="second",
        prose="本年度接收政府信息公开申请{n}件，与上年度的{mm}件相比{w}{d}件。".format(
            mm=mm, w="增加" if x["n"] >= mm else "减少", d=abs(x["n"] - mm), **x))
    v = new("gov2021", at_least=4, granted=True)
    x = fill(v)
    wrong = pct(x["g"], x["p"])
    wrong = str(Decimal(wrong) + 7) if Decimal(wrong) <= 90 else str(Decimal(wrong) - 7)
    write("crlf", "gov2021", 2022, next(issuers), v, label="prose-percent-granted-share", planted={
        "check_ids": ["PROSE-PERCENT"], "cells": ["requests.granted.total"]},
        prose="全年办结政府信息公开申请{p}件，其中予以公开{g}件，占办结总数的{s}%。".format(s=wrong, **x))

    # ================================================================ batch B
    # (written after batch A's fixes, scored before any change for it): 登记受理, four channels with 传真,
    # 通过…在线申请 as a part, 同意公开和部分公开 together, 其他处理, 维持原答复 / 责令重新答复, 尚在审理中, 驳回诉讼请求,
    # 截至12月31日…结转下年度, 平均办理时长, 参训人员, 较上年度的…件增长…%, 与上年持平, 无 in whole rows, the 法人
    # columns before 自然人, a 2019 body, a township with no request; planted twins and P-2 / P-3 / P-8-max
    ORGS_FIRST = ("commercial", "research", "social_welfare", "legal_services", "other_org", "natural_person", "total")
    v = new("gov2021", at_least=2)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-b-registered-accepted", planted=None,
          prose="全年共登记受理政府信息公开申请{n}件。".format(**fill(v)))
    v = new("gov2021", at_least=4)
    x = fill(v)
    a, b, c = channels(x["n"])
    d = min(a, 1)
    write("crlf", "gov2021", 2024, next(issuers), v, label="ok-b-four-channels", planted=None,
          prose="收到申请{n}件，其中网上申请{b}件、当面申请{a}件、信函申请{c}件、传真申请{d}件。".format(
              a=a - d, b=b, c=c, d=d, **x))
    v = new("gov2021", at_least=3)
    x = fill(v)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-b-online-part", planted=None,
          prose="依申请公开方面，本年度共接收申请{n}件（其中通过政府网站在线申请{k}件）。".format(
              k=rng.randint(1, x["n"] - 1), **x))
    v = new("gov2021", at_least=3, granted=True, partial=True)
    x = fill(v)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-b-granted-and-partial-together", planted=None,
          prose="同意公开和部分公开的{k}件均已按时答复。".format(k=x["g"] + x["pg"]))
    v = new("gov2021", at_least=3)
    write("tabs", "gov2021", 2024, next(issuers), v, label="ok-b-denied-mainly", planted=None,
          prose="不予公开{dn}件，主要涉及第三方合法权益和过程性信息。".format(**fill(v)))
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 1, 0, 0)})
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-b-review-ordered-reply", planted=None,
          prose="被申请行政复议2起，复议机关维持原答复1起、责令重新答复1起。")
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (1, 0, 0, 1)})
    write("html", "gov2021", 2023, next(issuers), v, label="ok-b-review-pending", planted=None,
          prose="发生行政复议2起（1起尚在审理中）。")
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_direct": (1, 0, 0, 0)})
    write("lines", "gov2021", 2024, next(issuers), v, label="ok-b-suit-dismissed", planted=None,
          prose="行政诉讼1起，法院判决驳回原告诉讼请求。")
    v = new("gov2021", fwd=True, at_least=2)
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-b-forward-dec31", planted=None,
          prose="截至12月31日，尚有{f}件申请在法定答复期限内，结转下年度继续办理。".format(**fill(v)))
    v = new("gov2021", at_least=2, none=True)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-b-average-days", planted=None,
          prose="申请按时办结率100%，平均办理时长8.6个工作日。")
    v = new("gov2021", at_least=2)
    write("html", "gov2021", 2024, next(issuers), v, label="ok-b-trainees-press", planted=None,
          prose="组织开展政务公开培训{a}场次，参训人员{b}人次；召开新闻发布会{c}场。全年受理申请{n}件。".format(
              a=rng.randint(2, 9), b=rng.randint(100, 800), c=rng.randint(3, 30), **fill(v)))
    v = new("gov2021", at_least=6)
    x = fill(v)
    m = x["n"] - rng.randint(1, 4)
    write("lines", "gov2021", 2025, next(issuers), v, label="ok-b-last-year-pct-inline", planted=None,
          prose="全年接收政府信息公开申请{n}件，较上年度的{m}件增长{r}%。".format(m=m, r=pct(x["n"] - m, m), **x))
    v = new("gov2021", at_least=2)
    blank_row(v, "无")
    for col in APPEAL_COLS:
        v[("appeals", "review", col)] = "无"
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-b-none-word-rows", planted=None,
          prose="全年受理政府信息公开申请{n}件。".format(**fill(v)))
    v = new("gov2021", at_least=2)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-b-orgs-before-person", planted=None,
          prose="全年受理政府信息公开申请{n}件。".format(**fill(v)), order=ORGS_FIRST)
    v = new("gov2021", at_least=2)
    write("crlf", "gov2021", 2024, next(issuers), v, label="ok-b-total-first-crlf", planted=None, prose="",
          order=TOTAL_FIRST)
    for shape, template, year in (("crcollapsed", "gov2021", 2022), ("vanish", "gov2019", 2020),
                                  ("htmldrop", "gov2019", 2019)):
        v = new(template, at_least=1)
        blank_zeros(v, rng, share=0.6)
        write(shape, template, year, next(issuers), v, label="ok-b-uncertain", planted=None,
              prose="全年共登记政府信息公开申请{n}件。".format(**fill(v)))
    v = new("gov2019", at_least=3, granted=True)
    write("tabs", "gov2019", 2020, next(issuers), v, label="ok-b-2019-granted-rejected", planted=None,
          prose="予以公开{g}件，不予处理{rj}件。".format(**fill(v)))
    v = new("gov2021")
    for key in [k for k in v if k[0] == "requests"]:
        v[key] = 0
    write("lines", "gov2021", 2020 + 1, next(issuers), v, label="ok-b-township-none", planted=None,
          prose="本年度未收到政府信息公开申请。")
    v = new("gov2021", over=True, at_least=2)
    write("crlf", "gov2021", 2025, next(issuers), v, label="ok-b-new-and-carried-together", planted=None,
          prose="新收和上年结转的申请合计{no}件。".format(**fill(v)))

    # consistent pairs
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("html", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="C1", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("tabs", "gov2021", 2024, issuer, second, label="ok-b-pair-carried-closed", planted=None, pair="C1",
          role="second", prose="上年度结转至本年度的{o}件已全部办结。".format(**fill(second)))
    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    write("lines", "gov2019", 2020, issuer, first, label="ok-pair-first", planted=None, pair="C2", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("crlf", "gov2021", 2021, issuer, second, label="ok-b-pair-2019-to-2021", planted=None, pair="C2",
          role="second", prose="上年结转{o}件。".format(**fill(second)))
    issuer = next(issuers)
    first = new("gov2021", at_least=5, none=True)
    m = tot(first, "new_received")
    write("tabs", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="C3", role="first",
          prose="")
    second = follow_new(first, m)
    write("html", "gov2021", 2023, issuer, second, label="ok-b-pair-level", planted=None, pair="C3", role="second",
          prose="全年受理政府信息公开申请{n}件，与上年持平。".format(**fill(second)))

    # planted
    v = new("gov2021", at_least=2)
    write("lines", "gov2021", 2022, next(issuers), v, label="prose-b-registered-accepted", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="全年共登记受理政府信息公开申请{}件。".format(fill(v)["n"] + 2))
    v = new("gov2021", at_least=4)
    x = fill(v)
    a, b, c = channels(x["n"] + 3)
    write("tabs", "gov2021", 2023, next(issuers), v, label="prose-b-four-channels-total", planted={
        "check_ids": [P], "cells": ["requests.new_received.total"]},
        prose="收到申请{nn}件，其中网上申请{b}件、当面申请{a}件、信函申请{c}件、传真申请0件。".format(
            nn=x["n"] + 3, a=a, b=b, c=c))
    v = new("gov2021", at_least=3)
    x = fill(v)
    write("crlf", "gov2021", 2024, next(issuers), v, label="prose-b-denied-mainly", planted={
        "check_ids": [P], "cells": ["requests.denied_state_secret.total"]},
        prose="不予公开{k}件，主要涉及第三方合法权益和过程性信息。".format(k=x["dn"] + 1))
    v = new("gov2021", at_least=1)
    appeals(v, {"review": (2, 1, 0, 0)})
    write("html", "gov2021", 2022, next(issuers), v, label="prose-b-review-upheld-original", planted={
        "check_ids": [P], "cells": ["appeals.review.upheld"]},
        prose="被申请行政复议3起，复议机关维持原答复3起。")
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_direct": (1, 0, 0, 0), "suit_after_review": (1, 0, 0, 0)})
    write("lines", "gov2021", 2023, next(issuers), v, label="prose-b-suits-qi", planted={
        "check_ids": [P], "cells": ["appeals.suit_direct.total", "appeals.suit_after_review.total"]},
        prose="被提起行政诉讼3起，法院均判决驳回原告诉讼请求。")
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v)
    write("tabs", "gov2021", 2024, next(issuers), v, label="prose-b-forward-dec31", planted={
        "check_ids": [P], "cells": ["requests.carried_forward.total"]},
        prose="截至12月31日，尚有{ff}件申请在法定答复期限内，结转下年度继续办理。".format(ff=x["f"] + 1))
    v = new("gov2021", at_least=4)
    x = fill(v)
    k = x["dn"] if x["dn"] else 1
    wrong = pct(k, x["p"])
    wrong = str(Decimal(wrong) + 9) if Decimal(wrong) <= 90 else str(Decimal(wrong) - 9)
    write("crlf", "gov2021", 2022, next(issuers), v, label="prose-b-percent-denied-share", planted={
        "check_ids": ["PROSE-PERCENT", P] if not x["dn"] else ["PROSE-PERCENT"],
        "cells": ["requests.total_processed.total"]},
        prose="办结申请{p}件，其中不予公开{k}件，占{s}%。".format(k=k, s=wrong, **x))
    v = new("gov2021", at_least=2)
    v[("requests", "carried_over", "legal_services")] = tot(v, "carried_over", "legal_services") + 2
    v[("requests", "carried_over", "total")] = tot(v, "carried_over") + 2
    write("html", "gov2021", 2023, next(issuers), v, label="t3-a-orgs-before-person", planted={
        "check_ids": ["T3-A", "T3-C"], "cells": ["requests.carried_over.legal_services"]}, prose="",
        order=ORGS_FIRST)
    v = new("gov2021", at_least=2, granted=True)
    v[("requests", "granted", "total")] = tot(v, "granted") + 1
    v[("requests", "total_processed", "total")] = tot(v, "total_processed") + 1
    write("crlf", "gov2021", 2024, next(issuers), v, label="t3-b-total-first-crlf", planted={
        "check_ids": ["T3-C", "T3-A"], "cells": ["requests.granted.total"]}, prose="", order=TOTAL_FIRST)
    v = new("gov2021", at_least=2)
    subtotals(v)
    v[("requests", "new_received", "org_subtotal")] = tot(v, "new_received", "org_subtotal") + 2
    write("tabs", "gov2021", 2022, next(issuers), v, label="t3-c-sub-tabs", planted={
        "check_ids": ["T3-C-sub"], "cells": ["requests.new_received.org_subtotal"]}, prose="", subtotal=True)
    v = new("gov2021", at_least=2, granted=True)
    v[("requests", "granted", "natural_person")] = tot(v, "granted", "natural_person") + Decimal("0.5")
    v[("requests", "granted", "total")] = tot(v, "granted") + Decimal("0.5")
    v[("requests", "total_processed", "natural_person")] = tot(v, "total_processed", "natural_person") + Decimal("0.5")
    v[("requests", "total_processed", "total")] = tot(v, "total_processed") + Decimal("0.5")
    v[("requests", "new_received", "natural_person")] = tot(v, "new_received", "natural_person") + Decimal("0.5")
    v[("requests", "new_received", "total")] = tot(v, "new_received") + Decimal("0.5")
    write("lines", "gov2021", 2023, next(issuers), v, label="t3-d-fraction-granted", planted={
        "check_ids": ["T3-D"], "cells": ["requests.granted.natural_person"]}, prose="")
    v = new("gov2019", at_least=1)
    v[("active", "penalty", "decisions")] = Decimal("7.5")
    write("html", "gov2019", 2020, next(issuers), v, label="t2-e-fraction-penalty-2019", planted={
        "check_ids": ["T2-E"], "cells": ["active.penalty.decisions"]}, prose="")
    v = new("gov2021", at_least=1)
    appeals(v, {"suit_after_review": (0, 1, 1, 0)})
    v[("appeals", "suit_after_review", "total")] = 3
    for col in APPEAL_COLS:
        v[("appeals", "review", col)] = "无"
    write("tabs", "gov2021", 2024, next(issuers), v, label="t4-a-after-review-beside-none", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.suit_after_review.total"]}, prose="")
    v = new("gov2014")
    v[("stats", "requests_closed_extended", "value")] = s14(v, "requests_closed_extended") + 2
    write("crlf", "gov2014", 2016, next(issuers), v, label="p-2-closed-extended", planted={
        "check_ids": ["P-2"], "cells": ["stats.requests_closed.value", "stats.requests_closed_extended.value"]},
        prose="")
    v = new("gov2014")
    v[("stats", "replies_not_exist", "value")] = s14(v, "replies_not_exist") + 1
    write("html", "gov2014", 2017, next(issuers), v, label="p-3-replies-not-exist", planted={
        "check_ids": ["P-3"], "cells": ["stats.replies.value", "stats.replies_not_exist.value"]}, prose="")
    v = new("gov2014")
    v[("stats", "channel_website", "value")] = s14(v, "active_items") + 5
    write("lines", "gov2014", 2018, next(issuers), v, label="p-8-max-website", planted={
        "check_ids": ["P-8-max"], "cells": ["stats.channel_website.value"]}, prose="")

    # planted pairs
    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    write("tabs", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="D1", role="first",
          prose="")
    second = follow(first, "gov2019", carry_fix=1, at_least=1)
    write("crlf", "gov2019", 2020, issuer, second, label="t3-e-b-2019", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, pair="D1", role="second", prose="")
    issuer = next(issuers)
    first = new("gov2019")
    write("html", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="D2", role="first",
          prose="")
    second = follow(first, "gov2019", prev_fix=3, prev_row="penalty")
    write("lines", "gov2019", 2020, issuer, second, label="t2-d-year-b-penalty", planted={
        "check_ids": ["T2-D-year"], "cells": ["active.penalty.prev_items"]}, pair="D2", role="second", prose="")
    issuer = next(issuers)
    first = new("gov2021", at_least=6, none=True)
    m = tot(first, "new_received")
    write("crlf", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="D3", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=1)
    write("tabs", "gov2021", 2024, issuer, second, label="prose-year-b-same-period-last", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="D3", role="second",
        prose="全年受理政府信息公开申请{n}件，去年同期受理{mm}件。".format(mm=m - 3 if m > 3 else m + 3,
                                                                   **fill(second)))
    issuer = next(issuers)
    first = new("gov2021", at_least=5, none=True)
    m = tot(first, "new_received")
    write("html", "gov2021", 2021, issuer, first, label="ok-pair-first", planted=None, pair="D4", role="first",
          prose="")
    second = follow_new(first, m + 3)
    write("lines", "gov2021", 2022, issuer, second, label="prose-year-b-level-but-not", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="D4", role="second",
        prose="全年受理政府信息公开申请{n}件，与上年持平。".format(**fill(second)))
    finish(OUT, probes)


if __name__ == "__main__":
    main()
