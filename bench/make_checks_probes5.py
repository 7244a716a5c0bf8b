"""Write the fifth, held-out set of labelled consistency-check probes (``tests/cases/checks_probes5``).

Issue 10 ("no error finding on a consistent report", item 5), in what real reports do that the
first four sets (``bench/make_checks_probes.py`` … ``…4.py``) lack:

* prose that restates table 三 in other words and other sums: 新收 + 上年结转 printed as one count
  (本年度受理…N件，上年结转…件，合计…件; 共办理…N件，其中新收…件、上年结转…件; 共受理…N件（其中上年
  结转…件）; 共办理…N件（含上年结转…件）), 办结率 / 按期答复率, 结转至次年…件, 上年结转…件已全部办结;
* counts of another year or of other bodies in the same sentence (比2022年的…件, 与上年（…件）相比,
  局属单位 / 下属单位 / 全市 beside the body's own count);
* the old free-form era (2009, 2012, 2016) with its numbers only in prose and no table;
* a 2019-format year followed by a 2021-format year of one body (consistent, and a carry-over
  mismatch printed in tab rows);
* a table 三 printed twice: the body's own and then the system's 汇总 (no second table 二/四);
* large bodies: table 三 in the thousands, table 二 处理决定数量 in the thousands, with and without
  thousands separators (23,456), signed 本年增/减 in the thousands, prose counts with separators;
* table 四 with prose on 纠正 and its share (纠错率); 收费 in 元 in prose vs 万元 in the table;
* placeholders 不适用 / 不涉及 / 无此项 in tables 二 and 四 (not only in table 三);
* shares of several outcomes (予以公开…占比…；部分公开…占比…), 公开率 over two outcomes.

Planted, one real inconsistency each: prose 新收 / 办结 / 结转下年度 / 含上年结转 unlike the table,
T3-A/T3-B/T3-C beside placeholders or in the thousands, a negative count in table 四 (T3-D), a
fractional count in table 三 whose sums still hold (T3-D), a negative 本年废止件数 and a
fractional 本年新制作数量 (T2-E), T4-A, a 2014 P-5 sum, and T3-E across the change of format.
Labelled by construction before textmine was run on them.

    python bench/make_checks_probes5.py   # rewrites tests/cases/checks_probes5/
    python bench/checks_probes.py --dir tests/cases/checks_probes5

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
from bench.make_checks_probes2 import SHAPES, _keep_sums  # noqa: E402  (crlf, lines, html, tabs)
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
    stats_grid,
)
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes5"

#: The parts of a report of the old free-form era (2008–2018 without the 2019 template).
OLD_PARTS = ("一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况", "四、政府信息公开的收费及减免情况",
             "五、因政府信息公开申请提起行政复议、行政诉讼的情况", "六、存在的主要问题及改进措施")


def old_report(issuer: str, year: int, paras: dict[int, str], brk: str = "\n") -> str:
    """A report of the free-form era: six parts, each with the prose ``paras`` gives it (by index)."""
    lines = [f"{issuer}{year}年政府信息公开工作年度报告",
             f"本报告根据《中华人民共和国政府信息公开条例》要求，由{issuer}编制。本报告中所列数据的统计期限自"
             f"{year}年1月1日起至{year}年12月31日止。"]
    for i, head in enumerate(OLD_PARTS):
        lines += [head, paras.get(i, "无。")]
    lines += [issuer, f"{year + 1}年3月20日"]
    return brk.join(lines) + brk


def with_commas(n: int) -> str:
    """``n`` with thousands separators as large bodies print it: 23456 → 23,456."""
    return f"{n:,}"


def scale(v: dict, k: int, tables: tuple[str, ...] = ("requests",)) -> dict:
    """Every count of ``tables`` times ``k`` (a large body: every identity still holds)."""
    for key, value in v.items():
        if key[0] in tables and isinstance(value, int):
            v[key] = value * k
    return v


def main() -> None:
    rng = random.Random(20261215)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}
    issuers = iter([
        "河北省承德市双桥区人民政府", "山西省晋中市榆次区人民政府", "内蒙古自治区鄂尔多斯市东胜区人民政府",
        "辽宁省营口市站前区人民政府", "吉林省通化市东昌区人民政府", "黑龙江省齐齐哈尔市龙沙区人民政府",
        "江苏省盐城市亭湖区人民政府", "浙江省嘉兴市南湖区人民政府", "安徽省淮南市田家庵区人民政府",
        "福建省龙岩市新罗区人民政府", "江西省宜春市袁州区人民政府", "山东省济宁市任城区人民政府",
        "河南省平顶山市新华区人民政府", "湖北省孝感市孝南区人民政府", "湖南省益阳市赫山区人民政府",
        "广东省肇庆市端州区人民政府", "广西壮族自治区梧州市万秀区人民政府", "海南省琼海市人民政府",
        "四川省德阳市旌阳区人民政府", "贵州省六盘水市钟山区人民政府", "云南省昭通市昭阳区人民政府",
        "陕西省渭南市临渭区人民政府", "甘肃省武威市凉州区人民政府", "青海省海东市乐都区人民政府",
        "宁夏回族自治区固原市原州区人民政府", "新疆维吾尔自治区昌吉市人民政府", "湖南省自然资源厅",
        "浙江省市场监督管理局", "广东省公安厅", "江苏省人力资源和社会保障厅", "四川省住房和城乡建设厅",
        "山东省生态环境厅", "河南省交通运输厅", "湖北省卫生健康委员会", "安徽省教育厅",
        "福建省泉州市丰泽区人民政府", "江西省抚州市临川区人民政府", "辽宁省本溪市平山区人民政府",
        "吉林省白山市浑江区人民政府", "黑龙江省鸡西市鸡冠区人民政府", "河北省沧州市运河区人民政府",
        "山西省运城市盐湖区人民政府", "陕西省汉中市汉台区人民政府", "甘肃省平凉市崆峒区人民政府",
        "云南省丽江市古城区人民政府", "贵州省毕节市七星关区人民政府", "四川省遂宁市船山区人民政府",
        "重庆市北碚区人民政府", "天津市红桥区人民政府", "上海市长宁区人民政府", "北京市石景山区人民政府",
        "广西壮族自治区北海市海城区人民政府", "湖北省鄂州市鄂城区人民政府", "湖南省娄底市娄星区人民政府",
        "浙江省丽水市莲都区人民政府", "江苏省淮安市清江浦区人民政府", "山东省德州市德城区人民政府",
        "河南省周口市川汇区人民政府", "安徽省宿州市埇桥区人民政府", "广东省韶关市浈江区人民政府",
        "黑龙江省牡丹江市爱民区人民政府", "西藏自治区拉萨市城关区人民政府", "宁夏回族自治区中卫市沙坡头区人民政府",
        "青海省玉树藏族自治州玉树市人民政府", "内蒙古自治区通辽市科尔沁区人民政府", "海南省万宁市人民政府",
        "新疆维吾尔自治区库尔勒市人民政府", "云南省普洱市思茅区人民政府", "贵州省铜仁市碧江区人民政府",
        "四川省广元市利州区人民政府", "湖南省邵阳市双清区人民政府", "江西省吉安市吉州区人民政府",
        "河北省衡水市桃城区人民政府", "山西省阳泉市城区人民政府", "浙江省舟山市定海区人民政府",
    ])
    n = 0

    def relabel(grid: list, names: dict[str, str]) -> list:
        return [[(names.get(c, c), rs, cs) for c, rs, cs in row] for row in grid]

    def tables_of(template: str, v: dict, render: Any, brk: str, *, system: dict | None = None,
                  system_lead: str = "", subtotal: str = "", turned: bool = False, totals: str = "",
                  extra_row: tuple[str, int] | None = None) -> list[str]:
        if template == "gov2014":
            return ["附件：政府信息公开情况统计表" + brk + render(stats_grid(v))]
        requests = requests_grid(template, v, subtotal=bool(subtotal))
        if subtotal:  # the 法人或其他组织 subtotal column under another name (合计)
            requests = relabel(requests, {"小计": subtotal})
        active = active_grid(template, v)
        if extra_row:  # a row the template lacks, after 行政强制 (行政确认, 行政征收 …)
            at = next(i for i, row in enumerate(active) if row[0][0] == "行政强制")
            active.insert(at + 1, [(extra_row[0], 1, 1), (str(extra_row[1]), 1, active[at][1][2])])
        appeals = appeals_turned_grid(v) if turned else appeals_grid(v)
        if totals:  # the totals of tables 三 and 四 headed 合计
            requests, appeals = relabel(requests, {"总计": totals}), relabel(appeals, {"总计": totals})
        out = [CAPTIONS["active"] + brk + render(active), CAPTIONS["requests"] + brk + render(requests)]
        if system is not None:  # the system's 汇总 of table 三 after the body's own
            out.append(system_lead + brk + render(requests_grid(template, system)))
        out.append(CAPTIONS["appeals"] + brk + render(appeals))
        return out

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

    def write_old(year: int, issuer: str, paras: dict[int, str], label: str) -> None:
        nonlocal n
        n += 1
        name = f"{n:02d}-lines-old-{label}"
        save(OUT, probes, name, "txt", old_report(issuer, year, paras), None, template="none", shape="lines",
             ambiguous=False, year=year, issuer=issuer)

    def new(template: str, *, over: bool = False, fwd: bool = False, at_least: int = 0) -> dict:
        """A small body's consistent values; ``over`` / ``fwd``: with a 上年结转 / 结转下年度."""
        while True:
            v = consistent_values(template, rng, blanks=False)
            small_requests(rng, v, template)
            if ((not over or tot(v, "carried_over")) and (not fwd or tot(v, "carried_forward"))
                    and tot(v, "new_received") >= at_least and tot(v, "total_processed") >= at_least):
                return v

    def fill(v: dict, year: int) -> dict:
        x = {"y": year, "n": tot(v, "new_received"), "o": tot(v, "carried_over"), "p": tot(v, "total_processed"),
             "f": tot(v, "carried_forward"), "g": tot(v, "granted"), "pa": tot(v, "partial"), "y1": year + 1,
             "y0": year - 1}
        x["no"] = x["n"] + x["o"]
        return x

    # ---------------------------------------------------------------- consistent
    # A. table 三 restated in other words and other sums (新收 + 上年结转 as one count)
    restated = (
        ("crlf", "gov2021", 2022, "本年度受理政府信息公开申请{n}件，上年结转{o}件，合计{no}件；办结{p}件，结转下年度{f}件。"),
        ("html", "gov2021", 2023, "全年共办理政府信息公开申请{no}件，其中新收{n}件、上年结转{o}件；已办结{p}件，"
                                  "结转下年度{f}件。"),
        ("tabs", "gov2019", 2020, "全年共受理政府信息公开申请{no}件（其中上年结转{o}件），办结{p}件。"),
        ("lines", "gov2021", 2024, "全年共办理政府信息公开申请{no}件（含上年结转{o}件），已办结{p}件，"
                                   "结转下年度继续办理{f}件。"),
        ("crlf", "gov2021", 2022, "全年新收政府信息公开申请{n}件，加上上年结转的{o}件，共需办理{no}件，实际办结{p}件，"
                                  "其余{f}件结转至{y1}年办理。"),
        ("html", "gov2019", 2019, "本年度新收申请{n}件，上年结转{o}件已全部办结，按期答复率100%。"),
        ("tabs", "gov2021", 2022, "全年共收到政府信息公开申请{n}件（不含上年结转{o}件），均已依法答复。"),
    )
    for shape, template, year, prose in restated:
        v = new(template, over=True, fwd="{f}" in prose or "{no}" in prose)
        write(shape, template, year, next(issuers), v, prose=prose.format(**fill(v, year)), label="ok-restated",
              planted=None)
    v = new("gov2021", over=True, fwd=True, at_least=3)
    x = fill(v, 2023)
    x["r"] = pct(x["p"], x["no"])
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-rate", planted=None,
          prose="全年新收政府信息公开申请{n}件，上年结转{o}件，办结{p}件，办结率{r}%，按期答复率100%。".format(**x))

    # B. counts of another year, or of other bodies, in the same sentence as the body's own
    other = (
        ("lines", "gov2021", 2023, "{y}年新收政府信息公开申请{n}件，比{y0}年的{m}件增加{d}件。", 1),
        ("crlf", "gov2021", 2022, "全年共收到政府信息公开申请{n}件，与上年（{m}件）相比有所增加。", 1),
        ("html", "gov2019", 2020, "本年度受理申请{n}件，{y0}年同期为{m}件。", 1),
        ("tabs", "gov2021", 2023, "本局共受理政府信息公开申请{n}件，局属单位共受理{s}件。", 0),
        ("lines", "gov2021", 2022, "本单位全年收到政府信息公开申请{n}件；下属单位收到政府信息公开申请{s}件，均已按时答复。", 0),
        ("crlf", "gov2021", 2024, "全市共收到政府信息公开申请{big}件，市政府本级收到{n}件，均按时答复。", 0),
    )
    for shape, template, year, prose, grew in other:
        v = new(template, at_least=2)
        x = fill(v, year)
        x["m"] = max(x["n"] - rng.randint(1, 3), 0) if grew else x["n"] + rng.randint(3, 9)
        x["d"] = x["n"] - x["m"]
        x["s"] = x["n"] + rng.randint(4, 30)
        x["big"] = x["n"] + rng.randint(50, 900)
        issuer = next(issuers)
        if "本局" in prose:
            issuer = "江西省南昌市市场监督管理局"
        elif "全市" in prose:
            issuer = "江苏省宿迁市人民政府"
        write(shape, template, year, issuer, v, label="ok-other-count", planted=None, prose=prose.format(**x))

    # C. the free-form era: numbers only in prose, no table
    write_old(2009, next(issuers), {
        0: "2009年，我区认真贯彻落实《条例》，政府信息公开工作稳步推进。",
        1: f"全年主动公开政府信息{rng.randint(200, 900)}条，其中通过政府网站公开{rng.randint(100, 199)}条。",
        2: "全年共受理政府信息公开申请12件，其中当面申请5件、网络申请6件、信函申请1件；已答复12件，其中同意公开9件、"
           "同意部分公开1件、不予公开2件。",
        3: "本年度未收取任何费用。",
        4: "全年未发生因政府信息公开申请提起的行政复议和行政诉讼。",
        5: "下一步将加强培训。"}, "ok-no-table")
    write_old(2012, next(issuers), {
        0: "2012年，我区政府信息公开工作在区委、区政府领导下有序开展。",
        1: "全年主动公开政府信息356条。",
        2: "全年共受理政府信息公开申请27件，比2011年的19件增加8件，全部按期答复。",
        4: "因政府信息公开被申请行政复议1件，维持原具体行政行为1件。",
        5: "存在公开不够及时的问题。今后将加强监督。"}, "ok-no-table")
    write_old(2016, next(issuers), {
        0: "2016年，我厅深入推进政务公开，全年主动公开政府信息1,862条。",
        2: "全年共收到政府信息公开申请143件（含上年结转5件），已答复141件，结转2017年办理2件。",
        3: "本年度未收取检索、复制、邮寄等费用。",
        4: "全年发生政府信息公开行政复议3件、行政诉讼1件。"}, "ok-no-table")

    # D. a 2019-format year followed by a 2021-format year of one body (consistent)
    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    write("html", "gov2019", 2020, issuer, first, label="ok-format-change", planted=None,
          prose="全年新收政府信息公开申请{n}件，结转下年度{f}件。".format(**fill(first, 2020)))
    nxt = consistent_values("gov2021", rng, blanks=False)
    small_requests(rng, nxt, "gov2021", carried={c: tot(first, "carried_forward", c) for c in COLS[:6]})
    write("html", "gov2021", 2021, issuer, nxt, label="ok-format-change", planted=None,
          prose="全年新收政府信息公开申请{n}件，上年结转{o}件。".format(**fill(nxt, 2021)))

    # E. table 三 printed twice: the body's own, then the system's 汇总
    for shape, template, year, lead in (("crlf", "gov2021", 2022, "全区政府信息公开申请办理情况汇总如下："),
                                        ("html", "gov2019", 2020, "附：全系统收到和处理政府信息公开申请情况汇总表")):
        v, sys_v = new(template, at_least=1), scale(new(template), 7)
        x = fill(v, year)
        x["big"] = tot(sys_v, "new_received")
        write(shape, template, year, next(issuers), v, label="ok-system-table", planted=None, system=sys_v,
              system_lead=lead, prose="本机关全年收到政府信息公开申请{n}件；全区各单位共收到{big}件。".format(**x))

    # F. large bodies: table 三 and table 二 in the thousands, with and without separators
    v = scale(new("gov2021", at_least=2), 137)
    x = fill(v, 2023)
    write("html", "gov2021", 2023, "广东省广州市公安局", v, label="ok-thousands", planted=None,
          prose="全年共受理政府信息公开申请{}件，办结{}件。".format(with_commas(x["n"]), with_commas(x["p"])))
    v = new("gov2021")
    for row in ("licensing", "penalty", "enforcement"):
        v[("active", row, "decisions")] = with_commas(rng.randint(1200, 98000))
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-decisions-commas", planted=None, prose="")
    v = new("gov2021")
    for row in ("licensing", "penalty"):
        v[("active", row, "decisions")] = rng.randint(1200, 98000)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-decisions-thousands", planted=None, prose="")
    v = new("gov2019")
    v[("active", "licensing", "prev_items")] = 1386
    v[("active", "licensing", "change")] = "-" + with_commas(1203)
    v[("active", "licensing", "decisions")] = with_commas(45210)
    v[("active", "penalty", "change")] = "+1,046"
    write("crlf", "gov2019", 2020, next(issuers), v, label="ok-signed-thousands", planted=None, prose="")

    # G. table 四 with prose on 纠正 and its share; 收费 in 元 in prose, 万元 in the table
    v = new("gov2021")
    for col in APPEAL_COLS:
        v[("appeals", "review", col)] = 0
    v[("appeals", "review", "upheld")], v[("appeals", "review", "corrected")] = rng.randint(3, 9), rng.randint(1, 2)
    v[("appeals", "review", "total")] = v[("appeals", "review", "upheld")] + v[("appeals", "review", "corrected")]
    r, c = v[("appeals", "review", "total")], v[("appeals", "review", "corrected")]
    write("html", "gov2021", 2023, next(issuers), v, label="ok-corrected-share", planted=None,
          prose=f"全年因政府信息公开被申请行政复议{r}件，其中结果纠正{c}件，纠错率{pct(c, r)}%。")
    v = new("gov2021")
    yuan = rng.randint(120, 980)
    v[("active", "fees", "amount")] = Decimal(yuan) / 10000
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-fee-yuan", planted=None,
          prose=f"本年度收取信息处理费{yuan}元。")

    # H. placeholders in tables 二 and 四
    def words_in(v: dict, tables: tuple[str, ...], words: tuple[str, ...]) -> dict:
        for i, (key, value) in enumerate(sorted(v.items())):
            if key[0] in tables and value == 0:
                v[key] = words[i % len(words)]
        return v

    v = new("gov2021")
    v[("active", "fees", "amount")] = "不涉及"
    v[("active", "rules", "issued")], v[("active", "rules", "repealed")], v[("active", "rules", "in_force")] = (
        "不适用", "不适用", "不适用")
    write("lines", "gov2021", 2022, next(issuers), words_in(v, ("appeals",), ("无此项", "不涉及")), label="ok-words-2-4",
          planted=None, prose="")
    v = new("gov2019")
    write("html", "gov2019", 2020, next(issuers), words_in(v, ("active", "appeals"), ("不适用", "无此项")),
          label="ok-words-2-4", planted=None, prose="")
    v = new("gov2021")
    write("tabs", "gov2021", 2024, next(issuers), words_in(v, ("active", "appeals", "requests"), ("不涉及",)),
          label="ok-words-all", planted=None, prose="")
    v = new("gov2021")
    write("crlf", "gov2021", 2023, next(issuers), words_in(v, ("active",), ("无此项", "不适用")), label="ok-words-2-4",
          planted=None, prose="")

    # I. shares of several outcomes, 公开率 over two outcomes
    v = new("gov2021", at_least=4)
    while not (tot(v, "granted") and tot(v, "partial")):
        v = new("gov2021", at_least=4)
    x = fill(v, 2022)
    x["rg"], x["rp"], x["rr"] = pct(x["g"], x["p"]), pct(x["pa"], x["p"]), pct(x["g"] + x["pa"], x["p"])
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-shares", planted=None,
          prose="全年共办结政府信息公开申请{p}件，其中予以公开{g}件，占比{rg}%；部分公开{pa}件，占比{rp}%。".format(**x))
    write("html", "gov2021", 2023, next(issuers), v, label="ok-shares", planted=None,
          prose="全年办结申请{p}件，公开率（含部分公开）为{rr}%。".format(**x))

    # J. the 2014 table beside prose in other words
    v = consistent_values("gov2014", rng, blanks=False)
    s = {k[1]: v[k] for k in v}
    write("tabs", "gov2014", 2017, next(issuers), v, label="ok-2014-prose", planted=None,
          prose=f"全年共受理政府信息公开申请{s['requests_received']}件，比2016年的{int(s['requests_received']) + 7}件"
                f"有所减少；办结{s['requests_closed']}件。")

    # ---------------------------------------------------------------- planted
    # K. prose unlike the table, in other words
    v = new("gov2021", at_least=2)
    x = fill(v, 2023)
    x["n"] += rng.randint(3, 8)
    write("tabs", "gov2021", 2023, next(issuers), v, label="prose-new", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="本年度新收政府信息公开申请{n}件，办结率100%。".format(**x))
    v = new("gov2021", over=True, at_least=2)
    x = fill(v, 2022)
    x["p"] += rng.randint(2, 5)
    write("html", "gov2021", 2022, next(issuers), v, label="prose-closed", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="全年共办结政府信息公开申请{p}件，上年结转{o}件已全部办结。".format(**x))
    v = new("gov2019", fwd=True, at_least=2)
    x = fill(v, 2020)
    x["f"] += rng.randint(2, 4)
    write("crlf", "gov2019", 2020, next(issuers), v, label="prose-forward", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.carried_forward.total"]},
        prose="全年受理政府信息公开申请{n}件，结转下年度继续办理{f}件。".format(**x))
    v = new("gov2021", over=True, at_least=2)
    x = fill(v, 2024)
    x["no"] += rng.randint(3, 6)
    write("lines", "gov2021", 2024, next(issuers), v, label="prose-with-carried", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total", "requests.carried_over.total"]},
        prose="全年共收到政府信息公开申请{no}件（含上年结转{o}件），均已按时答复。".format(**x))
    v = scale(new("gov2021", at_least=2), 113)
    x = fill(v, 2023)
    write("html", "gov2021", 2023, "浙江省杭州市公安局", v, label="prose-thousands", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="全年共受理政府信息公开申请{}件。".format(with_commas(x["n"] + 1000)))

    v = new("gov2021")
    for col in APPEAL_COLS:
        v[("appeals", "review", col)] = 0
    v[("appeals", "review", "upheld")], v[("appeals", "review", "corrected")] = rng.randint(2, 6), rng.randint(1, 2)
    v[("appeals", "review", "total")] = v[("appeals", "review", "upheld")] + v[("appeals", "review", "corrected")]
    r, c = v[("appeals", "review", "total")] + 2, v[("appeals", "review", "corrected")]
    write("crlf", "gov2021", 2024, next(issuers), v, label="prose-review", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["appeals.review.total"]},
        prose=f"全年因政府信息公开被申请行政复议{r}件，其中结果纠正{c}件。")
    v = consistent_values("gov2014", rng, blanks=False)
    s14 = {k[1]: v[k] for k in v}
    write("lines", "gov2014", 2015, next(issuers), v, label="prose-2014", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["stats.requests_received.value"]},
        prose=f"全年共受理政府信息公开申请{int(s14['requests_received']) + 6}件，全部按期办结。")

    # L. identities of table 三 beside placeholders, or in the thousands
    v = new("gov2021", at_least=2)
    v[("requests", "granted", "natural_person")] = tot(v, "granted", "natural_person") + 2
    v[("requests", "granted", "total")] = tot(v, "granted") + 2
    write("lines", "gov2021", 2022, next(issuers), words_in(v, ("requests", "appeals"), ("不适用", "无此项")),
          label="t3-b-words", prose="", planted={
              "check_ids": ["T3-B"], "cells": ["requests.granted.natural_person", "requests.total_processed.natural_person"]})
    v = new("gov2019", at_least=2)
    v[("requests", "new_received", "total")] = tot(v, "new_received") + rng.randint(1, 3)
    write("html", "gov2019", 2020, next(issuers), words_in(v, ("requests",), ("不涉及",)), label="t3-c-words", prose="",
          planted={"check_ids": ["T3-C", "T3-A"], "cells": ["requests.new_received.total"]})
    v = scale(new("gov2021", at_least=2), 211)
    v[("requests", "carried_forward", "natural_person")] = tot(v, "carried_forward", "natural_person") + 100
    v[("requests", "carried_forward", "total")] = tot(v, "carried_forward") + 100
    write("crlf", "gov2021", 2023, next(issuers), v, label="t3-a-thousands", prose="", planted={
        "check_ids": ["T3-A"], "cells": ["requests.carried_forward.natural_person"]})

    # M. values that cannot be
    v = new("gov2021")
    for col in APPEAL_COLS:
        v[("appeals", "review", col)] = 0
    v[("appeals", "review", "upheld")] = rng.randint(3, 6)
    v[("appeals", "review", "pending")] = -1
    v[("appeals", "review", "total")] = v[("appeals", "review", "upheld")] - 1
    write("tabs", "gov2021", 2022, next(issuers), v, label="t3-d-appeals-negative", prose="", planted={
        "check_ids": ["T3-D"], "cells": ["appeals.review.pending"]})
    v = new("gov2021", at_least=2)
    _keep_sums(v, "granted", "natural_person", Decimal("0.5"))
    write("crlf", "gov2021", 2023, next(issuers), v, label="t3-d-fraction", prose="", planted={
        "check_ids": ["T3-D"], "cells": ["requests.granted.natural_person"]})
    v = new("gov2021")
    v[("active", "normative_docs", "repealed")] = -rng.randint(1, 4)
    write("html", "gov2021", 2024, next(issuers), v, label="t2-e-negative-repealed", prose="", planted={
        "check_ids": ["T2-E"], "cells": ["active.normative_docs.repealed"]})
    v = new("gov2019")
    v[("active", "normative_docs", "made")] = Decimal(rng.randint(2, 9)) + Decimal("0.5")
    write("lines", "gov2019", 2019, next(issuers), v, label="t2-e-fraction-made", prose="", planted={
        "check_ids": ["T2-E"], "cells": ["active.normative_docs.made"]})

    # N. table 四 and the 2014 table
    v = new("gov2019")
    v[("appeals", "suit_direct", "total")] = int(v[("appeals", "suit_direct", "total")] or 0) + rng.randint(1, 3)
    write("crlf", "gov2019", 2020, next(issuers), words_in(v, ("appeals",), ("无此项",)), label="t4-a-words", prose="",
          planted={"check_ids": ["T4-A"], "cells": ["appeals.suit_direct.total"]})
    v = consistent_values("gov2014", rng, blanks=False)
    v[("stats", "reviews", "value")] = int(v[("stats", "reviews", "value")]) + rng.randint(2, 5)
    write("html", "gov2014", 2016, next(issuers), v, label="p-5", prose="", planted={
        "check_ids": ["P-5"], "cells": ["stats.reviews.value"]})

    # O. T3-E across the change of format, printed in tab rows
    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    write("tabs", "gov2019", 2020, issuer, first, label="ok-format-change", planted=None, prose="")
    carried = {c: tot(first, "carried_forward", c) for c in COLS[:6]}
    col = next(c for c in COLS[:6] if carried[c])
    carried[col] += 2
    nxt = consistent_values("gov2021", rng, blanks=False)
    small_requests(rng, nxt, "gov2021", carried=carried)
    write("tabs", "gov2021", 2021, issuer, nxt, label="t3-e-format-change", prose="", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]})

    # P. (batch B, written after batch A was scored, before any fix) the carry-over as a part of
    # a 其中 list written with commas, a body and its units together, whole numbers printed with
    # decimals (an Excel export: 12.00), and a planted total that includes the carry-over
    for shape, template, year, prose in (
        ("lines", "gov2021", 2023, "全年共收到政府信息公开申请{no}件，其中新收申请{n}件，上年结转{o}件；办结{p}件。"),
        ("html", "gov2021", 2022, "本年度共受理政府信息公开申请{no}件（其中新收{n}件，上年结转{o}件），已全部办结。"),
    ):
        v = new(template, over=True)
        write(shape, template, year, next(issuers), v, label="ok-restated", planted=None,
              prose=prose.format(**fill(v, year)))
    v = new("gov2021", at_least=2)
    x = fill(v, 2023)
    x["big"] = x["n"] + rng.randint(20, 90)
    write("crlf", "gov2021", 2023, "山东省青岛市自然资源和规划局", v, label="ok-body-and-units", planted=None,
          prose="本局及局属单位共受理政府信息公开申请{big}件，其中本局受理{n}件。".format(**x))
    v = new("gov2021")
    for key, value in list(v.items()):
        if key[0] in ("active", "appeals") and isinstance(value, int):
            v[key] = Decimal(value).quantize(Decimal("0.00"))
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-decimal-whole", planted=None, prose="")
    v = new("gov2019")
    for key, value in list(v.items()):
        if key[0] == "requests" and isinstance(value, int):
            v[key] = Decimal(value).quantize(Decimal("0.0"))
    write("html", "gov2019", 2020, next(issuers), v, label="ok-decimal-whole", planted=None, prose="")
    v = new("gov2021", over=True, at_least=2)
    x = fill(v, 2024)
    x["no"] += rng.randint(2, 5)
    write("crlf", "gov2021", 2024, next(issuers), v, label="prose-with-carried-part", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total", "requests.carried_over.total"]},
        prose="全年共受理政府信息公开申请{no}件，其中上年结转{o}件、新收{n}件。".format(**x))

    # Q. (batch C, written after batch B's fixes, before running) the parts in the next sentence
    # (…N件。其中，新收…), 采购总金额 with separators and decimals, three years of one body across
    # the change of format, and a carry-over that breaks in the last year of a chain
    v = new("gov2021", over=True)
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-restated", planted=None,
          prose="全年共收到政府信息公开申请{no}件。其中，新收{n}件，上年结转{o}件。".format(**fill(v, 2022)))
    v = new("gov2019", at_least=2)
    x = fill(v, 2020)
    x["np"] = tot(v, "new_received", "natural_person")
    x["org"] = x["n"] - x["np"]
    write("crlf", "gov2019", 2020, next(issuers), v, label="ok-parts-next-sentence", planted=None,
          prose="全年共收到政府信息公开申请{n}件。其中，自然人申请{np}件，法人或其他组织申请{org}件。".format(**x))
    v = new("gov2019")
    v[("active", "procurement", "amount")] = "1,873.50"
    v[("active", "licensing", "decisions")] = with_commas(rng.randint(1000, 9999))
    write("crlf", "gov2019", 2019, next(issuers), v, label="ok-amount-commas", planted=None, prose="")
    v = new("gov2021", over=True, at_least=2)
    x = fill(v, 2023)
    x["no"] += rng.randint(3, 6)
    write("html", "gov2021", 2023, next(issuers), v, label="prose-parts-next-sentence", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total", "requests.carried_over.total"]},
        prose="全年共收到政府信息公开申请{no}件。其中，新收{n}件，上年结转{o}件。".format(**x))
    issuer, last = next(issuers), None
    for year, template in ((2020, "gov2019"), (2021, "gov2021"), (2022, "gov2021"), (2023, "gov2021")):
        v = consistent_values(template, rng, blanks=False)
        carried = None if last is None else {c: tot(last, "carried_forward", c) for c in COLS[:6]}
        small_requests(rng, v, template, carried=carried)
        if last is not None and template == "gov2021" and ("active", "rules", "in_force") in last:
            for row in ("rules", "normative_docs"):  # table 二 runs on from last year (T2-B)
                v[("active", row, "repealed")] = min(v[("active", row, "repealed")], last[("active", row, "in_force")])
                v[("active", row, "in_force")] = (last[("active", row, "in_force")] + v[("active", row, "issued")]
                                                  - v[("active", row, "repealed")])
        if year == 2022:  # something to carry into the last year
            col = next(c for c in COLS[:6] if tot(v, "new_received", c))
            for row in ("new_received", "carried_forward"):
                v[("requests", row, col)] = tot(v, row, col) + 2
                v[("requests", row, "total")] = tot(v, row) + 2
        planted = None
        if year == 2023:
            col = next(c for c in COLS[:6] if tot(v, "carried_over", c))
            for row, k in (("carried_over", -1), ("new_received", 1)):  # 上年结转 one short of last year's 结转下年度
                v[("requests", row, col)] = tot(v, row, col) + k
                v[("requests", row, "total")] = tot(v, row) + k
            planted = {"check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}
        x = fill(v, year)
        write("lines", template, year, issuer, v, label="t3-e-chain" if planted else "ok-chain", planted=planted,
              prose="全年新收政府信息公开申请{n}件，上年结转{o}件，结转下年度{f}件。".format(**x))
        last = v

    # R. (batch D, written after batch C's fixes, before running) the 法人或其他组织 subtotal column
    # headed 合计, table 四 turned (a row per kind of case), a withdrawn count inside the total
    def subtotals(v: dict) -> dict:
        for r in {k[1] for k in v if k[0] == "requests"}:
            v[("requests", r, "org_subtotal")] = sum(tot(v, r, c) for c in COLS[1:6])
        return v

    for shape, template, year in (("html", "gov2021", 2022), ("tabs", "gov2019", 2020)):
        write(shape, template, year, next(issuers), subtotals(new(template)), label="ok-org-total", planted=None,
              prose="", subtotal="合计")
    v = subtotals(new("gov2021", at_least=2))
    v[("requests", "new_received", "org_subtotal")] = tot(v, "new_received", "org_subtotal") + 2
    write("crlf", "gov2021", 2023, next(issuers), v, label="t3-c-sub-org-total", prose="", subtotal="合计", planted={
        "check_ids": ["T3-C-sub"], "cells": ["requests.new_received.org_subtotal"]})
    for shape, template, year in (("crlf", "gov2021", 2023), ("tabs", "gov2019", 2019)):
        write(shape, template, year, next(issuers), new(template), label="ok-appeals-turned", planted=None, prose="",
              turned=True)
    v = new("gov2021")
    v[("appeals", "suit_after_review", "total")] = int(v[("appeals", "suit_after_review", "total")] or 0) + 2
    write("lines", "gov2021", 2024, next(issuers), v, label="t4-a-turned", prose="", turned=True, planted={
        "check_ids": ["T4-A"], "cells": ["appeals.suit_after_review.total"]})
    v = new("gov2021", at_least=3)
    x = fill(v, 2022)
    x["w"] = tot(v, "other_misc") if ("requests", "other_misc", "total") in v else 0
    write("html", "gov2021", 2022, next(issuers), v, label="ok-withdrawn-inside", planted=None,
          prose="全年共收到政府信息公开申请{n}件（含申请人撤回的申请{w}件），办结{p}件。".format(**x))

    # S. (batch E, written after batch D's fixes, before running) the totals of tables 三 and 四
    # headed 合计, a row table 二 lacks (行政确认) after 行政强制
    for shape, template, year in (("html", "gov2021", 2023), ("crlf", "gov2021", 2022), ("lines", "gov2019", 2020)):
        write(shape, template, year, next(issuers), new(template), label="ok-he-ji-totals", planted=None, prose="",
              totals="合计")
    for shape in ("html", "lines"):
        write(shape, "gov2021", 2023, next(issuers), new("gov2021"), label="ok-extra-row", planted=None, prose="",
              extra_row=("行政确认", rng.randint(10, 900)))
    v = new("gov2021")
    v[("appeals", "review", "total")] = int(v[("appeals", "review", "total")] or 0) + 1
    write("crlf", "gov2021", 2024, next(issuers), v, label="t4-a-he-ji", prose="", totals="合计", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.review.total"]})
    finish(OUT, probes)


if __name__ == "__main__":
    main()
