"""Write the seventh, held-out set of labelled consistency-check probes (``tests/cases/checks_probes7``).

Issue 10 (items 2 and 5: "no error finding on a consistent report"; table 二 values that cannot
be; placeholder words; prose totals 答复/办结/办理…N件 against 办理结果总计, 受理/收到 against 新收, a
withdrawn count never a total; PROSE-YEAR and the cross-year checks), in shapes the first six
sets (``bench/make_checks_probes.py`` … ``…6.py``) lack:

* prose totals in other words: 全年依申请公开答复…件, 全年累计办结…件 (累计 within the year),
  登记受理…件，其中网上受理…件 (a part, not a total), 办结…件（含上年结转…件）, 除申请人主动撤回的…件外，
  其余…件均已答复 (a withdrawn count and a remainder: neither is a total), 办理结果总计…件 said in
  prose, 其中予以公开…件、部分公开…件 (the outcome rows in prose);
* counts in Chinese numerals past 99 (一百零五件, 两件, 一千二百三十件) and counts with qualifiers
  (…余件, 近…件, 约…件, …多件, 逾…件, 超过…件, 不足…件, 1.2万余件): a qualified number is not exact and
  never an error; a qualified count far from the table is a doubt;
* rates and shares: 按时办结率百分之百, 网上申请占比…%、同比提高…个百分点 (percentage points are not
  a growth of the count), 予以公开…件，占办结总数的…%;
* reports that received nothing (本年度未收到政府信息公开申请, a township's all-zero table), and
  the same sentence beside a table that holds requests;
* the free-form era (2008–2018) with no table and no title line, statistics periods in
  full-width digits, running totals over several years (2019—2022年累计…);
* crawls that start at 一、总体情况 (no title, no preamble), a title line in some;
* ministries (thousands, 万-qualified prose), provincial departments, townships and 街道;
* consecutive years of one body in files of different kinds (HTML then text): 上年结转 = last
  year's 结转下年度 in Chinese numerals, 与上年持平, 较上年翻了一番, 较上年减少近一半;
* table 二 with 暂无 / 未发生 beside 不适用 / 不涉及 / 无此项.

Planted, one real inconsistency each: prose 答复/累计办结/办理/受理 counts and Chinese-numeral counts
unlike the table (PROSE-TABLE), 未收到 beside a table with requests, a qualified count far from the
table, an outcome count in prose unlike the table, a share that does not recompute (PROSE-PERCENT),
与上年持平 / 较上年增长百分之二十 unlike last year's report (PROSE-YEAR), a statistics period of
another year (PERIOD-YEAR), 2019-format tables in a 2022 report (TEMPLATE-YEAR), a negative and a
fractional 件数 (T3-D, T2-E), T3-A in a ministry's table, T3-B beside 不适用, T4-A beside 不涉及, and
上年结转 unlike last year's 结转下年度 across an HTML and a text file (T3-E).
Labelled by construction before textmine was run on them. Consecutive-year pairs are marked in
``expected.json`` by ``pair`` and ``pair_role`` as in the sixth set.

    python bench/make_checks_probes7.py   # rewrites tests/cases/checks_probes7/
    python bench/checks_probes.py --dir tests/cases/checks_probes7
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
from bench.make_checks_probes5 import OLD_PARTS, scale  # noqa: E402
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

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "checks_probes7"

DIGITS = "零一二三四五六七八九"


def cn(n: int, *, liang: bool = False) -> str:
    """``n`` (0–9999) in Chinese numerals as reports write them: 105 → 一百零五, 1230 → 一千二百三十,
    12 → 十二; ``liang``: 2 alone as 两."""
    if n == 2 and liang:
        return "两"
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n - 10] if n > 10 else "")
    out, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d, n = divmod(n, size)
        if d:
            if zero:
                out += "零"
            out += DIGITS[d] + unit
            zero = False
        elif out:
            zero = True
        if not n:
            break
    return out


def main() -> None:
    rng = random.Random(20261207)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    probes: dict[str, dict[str, Any]] = {}
    issuers = iter([
        "甘肃省民政厅", "吉林省交通运输厅", "青海省林业和草原局", "内蒙古自治区水利厅", "黑龙江省农业农村厅",
        "浙江省杭州市余杭区仁和街道办事处", "四川省广元市旺苍县东河镇人民政府", "云南省弥勒市西三镇人民政府",
        "湖南省桑植县八大公山镇人民政府", "江西省婺源县江湾镇人民政府", "安徽省黄山市屯溪区昱东街道办事处",
        "山东省济南市历下区人民政府", "河南省洛阳市西工区人民政府", "湖北省宜昌市西陵区人民政府",
        "广东省韶关市浈江区人民政府", "福建省泉州市鲤城区人民政府", "江苏省南通市崇川区人民政府",
        "辽宁省锦州市古塔区人民政府", "陕西省汉中市汉台区人民政府", "贵州省六盘水市钟山区人民政府",
        "广西壮族自治区北海市海城区人民政府", "海南省琼海市人民政府", "宁夏回族自治区固原市原州区人民政府",
        "新疆维吾尔自治区昌吉市人民政府", "西藏自治区林芝市巴宜区人民政府", "重庆市江北区人民政府",
        "天津市南开区人民政府", "上海市静安区人民政府", "北京市海淀区人民政府", "河北省唐山市路北区人民政府",
        "山西省晋中市榆次区人民政府", "吉林省延吉市人民政府", "黑龙江省牡丹江市东安区人民政府",
        "浙江省台州市椒江区人民政府", "安徽省安庆市迎江区人民政府", "江西省景德镇市珠山区人民政府",
        "山东省泰安市泰山区人民政府", "河南省许昌市魏都区人民政府", "湖北省襄阳市襄城区人民政府",
        "湖南省郴州市北湖区人民政府", "广东省肇庆市端州区人民政府", "四川省乐山市市中区人民政府",
        "云南省昭通市昭阳区人民政府", "陕西省渭南市临渭区人民政府", "甘肃省白银市白银区人民政府",
        "青海省海东市乐都区人民政府", "内蒙古自治区通辽市科尔沁区人民政府", "辽宁省营口市站前区人民政府",
        "福建省龙岩市新罗区人民政府", "贵州省铜仁市碧江区人民政府", "广西壮族自治区梧州市万秀区人民政府",
        "江苏省淮安市清江浦区人民政府", "浙江省丽水市莲都区人民政府", "山东省日照市东港区人民政府",
        "河北省沧州市运河区人民政府", "山西省运城市盐湖区人民政府", "湖南省益阳市赫山区人民政府",
        "四川省达州市通川区人民政府", "云南省保山市隆阳区人民政府", "江西省抚州市临川区人民政府",
        "安徽省宿州市埇桥区人民政府", "湖北省孝感市孝南区人民政府", "河南省南阳市卧龙区人民政府",
        "广东省梅州市梅江区人民政府", "福建省宁德市蕉城区人民政府", "甘肃省酒泉市肃州区人民政府",
        "陕西省延安市宝塔区人民政府", "吉林省白山市浑江区人民政府", "辽宁省盘锦市兴隆台区人民政府",
        "河北省承德市双桥区人民政府", "浙江省衢州市柯城区人民政府", "四川省自贡市自流井区人民政府",
        "湖南省娄底市娄星区人民政府", "江苏省宿迁市宿城区人民政府", "福建省莆田市城厢区人民政府",
        "广东省汕尾市城区人民政府", "贵州省毕节市七星关区人民政府", "云南省丽江市古城区人民政府",
        "甘肃省平凉市崆峒区人民政府", "安徽省六安市金安区人民政府", "江西省萍乡市安源区人民政府",
        "山东省德州市德城区人民政府", "湖北省荆门市东宝区人民政府", "广西壮族自治区钦州市钦南区人民政府",
        "辽宁省朝阳市双塔区人民政府", "黑龙江省鸡西市鸡冠区人民政府", "内蒙古自治区乌海市海勃湾区人民政府",
        "四川省内江市市中区人民政府", "浙江省舟山市定海区人民政府", "河北省衡水市桃城区人民政府",
    ])
    n = 0

    def write(shape: str, template: str, year: int, issuer: str, v: dict | None, *, prose: str, label: str,
              planted: dict | None, fee_para: str | None = None, bare: bool = False, title: bool = False,
              period: str | None = None, pair: str | None = None, role: str | None = None,
              text: str | None = None) -> str:
        """One probe: the report of ``v`` in ``shape`` (``bare``: a crawl that starts at 一、总体情况;
        ``title``: with a title line; ``period``: the statistics-period sentence after the preamble;
        ``text``: a whole report written by the caller)."""
        nonlocal n
        n += 1
        render, brk, ext = SHAPES[shape]
        if text is None:
            assert v is not None
            tables = [CAPTIONS["active"] + brk + render(active_grid(template, v)),
                      CAPTIONS["requests"] + brk + render(requests_grid(template, v)),
                      CAPTIONS["appeals"] + brk + render(appeals_grid(v))]
            text = report_text(issuer, year, tables, brk, prose=prose, html=ext == "html")
            if fee_para is None:
                fees = v.get(("active", "fees", "amount"), 0)
                fee_para = FEE_PARA if template == "gov2019" or not fees else "无其他需要报告的事项。"
            text = text.replace(FEE_PARA, fee_para)
            pre = f"根据《中华人民共和国政府信息公开条例》规定，特向社会公布{year}年度政府信息公开工作年度报告。"
            if period:
                text = text.replace(pre, pre + period)
            if bare:
                text = text.replace(f"<p>{pre}</p>\n", "").replace(pre + brk, "")
            if title:
                head = f"{issuer}{year}年政府信息公开工作年度报告"
                text = text.replace("<body>\n", f"<body>\n<p>{head}</p>\n") if ext == "html" else head + brk + text
        name = f"{n:02d}-{shape}-{template[3:] if template.startswith('gov') else template}-{label}"
        info: dict[str, Any] = {"template": template, "shape": shape, "ambiguous": False, "year": year,
                                "issuer": issuer}
        if pair:
            info.update(pair=pair, pair_role=role)
        save(OUT, probes, name, ext, text, planted, **info)
        return name

    def new(template: str, *, over: bool = False, fwd: bool = False, at_least: int = 0, none: bool = False,
            carried: dict | None = None) -> dict:
        """A small body's consistent values (``over`` / ``fwd``: with a 上年结转 / 结转下年度; ``none``:
        without either)."""
        while True:
            v = consistent_values(template, rng, blanks=False)
            small_requests(rng, v, template, carried=carried)
            if ((not over or tot(v, "carried_over")) and (not fwd or tot(v, "carried_forward"))
                    and not (none and (tot(v, "carried_over") or tot(v, "carried_forward")))
                    and tot(v, "new_received") >= at_least and tot(v, "total_processed") >= at_least):
                return v

    def big(template: str, k: int, **kw: Any) -> dict:
        return scale(new(template, **kw), k)

    def fill(v: dict, year: int) -> dict:
        x = {"y": year, "n": tot(v, "new_received"), "o": tot(v, "carried_over"), "p": tot(v, "total_processed"),
             "f": tot(v, "carried_forward"), "y1": year + 1, "y0": year - 1,
             "g": tot(v, "granted"), "pg": tot(v, "partial")}
        x["no"] = x["n"] + x["o"]
        return x

    def zero_requests(v: dict) -> None:
        for key in list(v):
            if key[0] in ("requests", "appeals"):
                v[key] = 0

    def follow(first: dict, template: str, *, carry_fix: int = 0, at_least: int = 0) -> dict:
        """Next year's values of the body of ``first``: 上年结转 = its 结转下年度 (+ ``carry_fix``)."""
        carried = {c: tot(first, "carried_forward", c) for c in COLS[:6]}
        if carry_fix:
            col = next((c for c in COLS[:6] if carried[c]), "natural_person")
            carried[col] += carry_fix
        while True:
            v = consistent_values(template, rng, blanks=False)
            small_requests(rng, v, template, carried=carried)
            if tot(v, "new_received") >= at_least:
                break
        # table 二 runs on from last year (T2-B; the 2019 format's 上一年项目数量, T2-D-year)
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

    def same_new(first: dict, second: dict) -> None:
        """Make ``second``'s 新收 equal ``first``'s (by more 予以公开 of natural persons)."""
        d = tot(first, "new_received") - tot(second, "new_received")
        assert d >= 0
        if d:
            bump(second, "granted", "natural_person", d)

    # ================================================================ consistent
    # A. prose totals in other words (item 5)
    v = new("gov2021", at_least=2)
    x = fill(v, 2022)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-answered-on-request", planted=None,
          prose="全年依申请公开答复{p}件，均在法定期限内答复。".format(**x))
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v, 2023)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-closed-cumulative-year", planted=None,
          prose="全年累计办结政府信息公开申请{p}件，另有{f}件结转下年度办理。".format(**x))
    v = new("gov2021", at_least=4)
    x = fill(v, 2024)
    x["a"] = rng.randint(1, x["n"] - 1)
    write("lines", "gov2021", 2024, next(issuers), v, label="ok-registered-part-online", planted=None,
          prose="全年登记受理政府信息公开申请{n}件，其中网上受理{a}件。".format(**x))
    v = new("gov2021", over=True, at_least=2)
    x = fill(v, 2022)
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-closed-incl-carried", planted=None,
          prose="全年新收政府信息公开申请{n}件，办结{p}件（含上年结转{o}件）。".format(**x))
    v = new("gov2021", at_least=3, none=True)
    w = rng.randint(1, 2)
    bump(v, "other_misc", "natural_person", w)
    x = fill(v, 2023)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-rest-after-withdrawn", planted=None,
          prose="全年共受理政府信息公开申请{n}件，除申请人主动撤回的{w}件外，其余{r}件均已按期答复。".format(
              w=w, r=x["p"] - w, **x))
    v = new("gov2021", at_least=2)
    x = fill(v, 2022)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-total-processed-words", planted=None,
          prose="本年度新收申请{n}件，办理结果总计{p}件。".format(**x))
    while True:
        v = new("gov2021", at_least=4)
        if tot(v, "granted") and tot(v, "partial"):
            break
    x = fill(v, 2023)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-outcomes-in-prose", planted=None,
          prose="全年办结政府信息公开申请{p}件，其中予以公开{g}件、部分公开{pg}件。".format(**x))
    v = new("gov2019", at_least=2)
    x = fill(v, 2020)
    write("lines", "gov2019", 2020, next(issuers), v, label="ok-answered-2019", planted=None,
          prose="全年共答复政府信息公开申请{p}件。".format(**x))

    # B. Chinese numerals and qualified counts
    v = big("gov2021", rng.randint(6, 12), at_least=3)
    x = fill(v, 2022)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-cn-hundreds", planted=None,
          prose="全年受理政府信息公开申请{}件，办结{}件。".format(cn(x["n"]), cn(x["p"])))
    while True:
        v = new("gov2021", fwd=True, at_least=1)
        if tot(v, "carried_forward") == 2:
            break
    x = fill(v, 2023)
    write("lines", "gov2021", 2023, next(issuers), v, label="ok-cn-liang", planted=None,
          prose=f"另有{cn(2, liang=True)}件申请尚在答复期限内，结转下年度继续办理。")
    v = big("gov2021", rng.randint(40, 90), at_least=3)
    x = fill(v, 2023)
    write("html", "gov2021", 2023, "自然资源部", v, label="ok-cn-thousands", planted=None,
          prose="全年共收到政府信息公开申请{}件。".format(cn(x["n"])))

    def qualified(label: str, shape: str, words: str, fit: Any, k: int) -> None:
        while True:
            v = big("gov2021", k, at_least=2)
            x = fill(v, 2022)
            r = fit(x["n"])
            if r and r > 0:
                break
        write(shape, "gov2021", rng.choice([2021, 2022, 2023, 2024]), next(issuers), v, label=label,
              planted=None, prose=words.format(r=r))

    qualified("ok-about-more-than", "crlf", "全年受理政府信息公开申请{r}余件，均已按期答复。",
              lambda n: n // 10 * 10 if n % 10 else None, rng.randint(5, 12))
    qualified("ok-nearly", "tabs", "全年收到政府信息公开申请近{r}件。",
              lambda n: (n // 10 + 1) * 10 if n % 10 >= 5 else None, rng.randint(5, 12))
    qualified("ok-approx", "lines", "全年受理政府信息公开申请约{r}件。",
              lambda n: round(n, -1) if abs(n - round(n, -1)) <= 3 and n % 10 else None, rng.randint(5, 12))
    qualified("ok-tens-more", "html", "本年度共受理政府信息公开申请{r}多件，办结率100%。",
              lambda n: n // 10 * 10 if n % 10 else None, rng.randint(3, 8))
    qualified("ok-over", "crlf", "全年受理政府信息公开申请逾{r}件。",
              lambda n: n // 10 * 10 if n % 10 else None, rng.randint(5, 12))
    qualified("ok-exceeds", "lines", "全年受理政府信息公开申请超过{r}件。",
              lambda n: n // 10 * 10 if n % 10 else None, rng.randint(5, 12))
    qualified("ok-under", "tabs", "全年受理政府信息公开申请不足{r}件。",
              lambda n: (n // 10 + 1) * 10, rng.randint(1, 2))
    while True:
        v = big("gov2021", rng.randint(700, 1100), at_least=3)
        if tot(v, "new_received") >= 10000 and tot(v, "new_received") % 10000 >= 1000:
            break
    x = fill(v, 2022)
    write("html", "gov2021", 2022, "国家税务总局", v, label="ok-wan-more-than", planted=None,
          prose="全年共收到政府信息公开申请{}万余件，较好地满足了社会公众的信息需求。".format(
              format(Decimal(x["n"] // 1000) / 10, "f")))

    # C. rates and shares
    v = new("gov2021", at_least=2, none=True)
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-rate-cn", planted=None,
          prose="全年受理政府信息公开申请{n}件，按时办结率百分之百。".format(**fill(v, 2023)))
    v = new("gov2021", at_least=4)
    x = fill(v, 2024)
    x["share"], x["pt"] = rng.randint(55, 90), format(Decimal(rng.randint(11, 80)) / 10, "f")
    write("lines", "gov2021", 2024, next(issuers), v, label="ok-share-points", planted=None,
          prose="全年新收政府信息公开申请{n}件，其中网上申请占比{share}%，同比提高{pt}个百分点。".format(**x))
    while True:
        v = new("gov2021", at_least=4)
        if tot(v, "granted"):
            break
    x = fill(v, 2022)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-granted-share", planted=None,
          prose="全年办结政府信息公开申请{p}件，予以公开{g}件，占办结总数的{r}%。".format(r=pct(x["g"], x["p"]), **x))

    # D. nothing received
    v = new("gov2021")
    zero_requests(v)
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-township-none", planted=None,
          prose="本年度未收到政府信息公开申请，未发生政府信息公开行政复议、行政诉讼。")
    v = new("gov2019")
    zero_requests(v)
    write("tabs", "gov2019", 2020, next(issuers), v, label="ok-township-none-2019", planted=None,
          prose="全年无政府信息公开申请。")
    v = new("gov2021")
    zero_requests(v)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-street-none", planted=None, bare=True,
          prose="本年度本街道未收到政府信息公开申请。")

    # E. the free-form era, no title and no table
    for year, shape in ((2009, "crlf"), (2012, "lines"), (2015, "crlf"), (2018, "lines")):
        issuer = next(issuers)
        nn = rng.randint(5, 60)
        g = rng.randint(0, nn)
        paras = {0: f"{year}年，{issuer}认真贯彻《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。",
                 1: f"全年主动公开政府信息{rng.randint(300, 4000)}条。",
                 2: f"全年共受理政府信息公开申请{nn}件，已全部答复，其中同意公开{g}件，"
                    f"不予公开及其他{nn - g}件。",
                 3: "本年度未收取任何费用。",
                 4: "本年度未发生因政府信息公开申请提起行政复议、行政诉讼的情况。",
                 5: "公开内容还不够全面。"}
        brk = SHAPES[shape][1]
        lines: list[str] = []
        for i, head in enumerate(OLD_PARTS):
            lines += [head, paras[i]]
        lines += [issuer, f"{year + 1}年3月{rng.randint(10, 28)}日"]
        write(shape, "free", year, issuer, None, prose="", label=f"ok-free-era-{year}", planted=None,
              text=brk.join(lines) + brk)

    # F. periods, running totals over years, crawls
    v = new("gov2021", at_least=1)
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    write("crlf", "gov2021", 2022, next(issuers), v, label="ok-period-fullwidth", planted=None,
          period="本报告中所列数据的统计期限自２０２２年１月１日起至２０２２年１２月３１日止。".translate(fw),
          prose="全年新收政府信息公开申请{n}件。".format(**fill(v, 2022)))
    v = new("gov2021", at_least=1)
    x = fill(v, 2022)
    x["cum"] = x["n"] + rng.randint(60, 400)
    write("tabs", "gov2021", 2022, next(issuers), v, label="ok-years-running-total", planted=None,
          prose="2019—2022年累计受理政府信息公开申请{cum}件，其中本年度新收{n}件。".format(**x))
    v = new("gov2021", at_least=2)
    write("lines", "gov2021", 2023, "黑龙江省农业农村厅", v, label="ok-bare-department", planted=None, bare=True,
          prose="全年收到政府信息公开申请{n}件，办结{p}件。".format(**fill(v, 2023)))
    v = new("gov2021", at_least=2)
    write("html", "gov2021", 2024, "水利部", v, label="ok-title-ministry", planted=None, title=True,
          prose="全年新收政府信息公开申请{n}件。".format(**fill(v, 2024)))
    v = new("gov2021")
    for row in ("rules", "normative_docs"):
        v[("active", row, "repealed")] = "暂无"
    v[("active", "enforcement", "decisions")] = "未发生"
    v[("active", "fees", "amount")] = "不适用"
    v[("appeals", "suit_after_review", "pending")] = "无此项"
    write("crlf", "gov2021", 2023, next(issuers), v, label="ok-placeholder-words", planted=None, prose="")

    # G. consecutive years, consistent (files of different kinds)
    issuer = next(issuers)
    while True:
        first = new("gov2021", fwd=True)
        if tot(first, "carried_forward") >= 2:
            break
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="G1", role="first",
          prose="全年新收政府信息公开申请{n}件，结转下年度{}件。".format(cn(tot(first, "carried_forward")),
                                                          **fill(first, 2022)))
    second = follow(first, "gov2021")
    write("crlf", "gov2021", 2023, issuer, second, label="ok-pair-carry-cn", planted=None, pair="G1", role="second",
          prose="上年结转的{}件申请已于本年度全部办结。".format(cn(tot(second, "carried_over"))))
    issuer = next(issuers)
    first = new("gov2021", at_least=3, none=True)
    write("tabs", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="G2", role="first",
          prose="")
    while True:
        second = follow(first, "gov2021")
        if tot(second, "new_received") <= tot(first, "new_received"):
            break
    same_new(first, second)
    write("lines", "gov2021", 2023, issuer, second, label="ok-pair-level", planted=None, pair="G2", role="second",
          prose="全年新收政府信息公开申请{n}件，与上年持平。".format(**fill(second, 2023)))
    issuer = next(issuers)
    first = new("gov2021", at_least=3, none=True)
    write("crlf", "gov2021", 2021, issuer, first, label="ok-pair-first", planted=None, pair="G3", role="first",
          prose="")
    while True:
        second = follow(first, "gov2021")
        if tot(second, "new_received") <= 2 * tot(first, "new_received"):
            break
    d = 2 * tot(first, "new_received") - tot(second, "new_received")
    if d:
        bump(second, "granted", "natural_person", d)
    write("html", "gov2021", 2022, issuer, second, label="ok-pair-doubled", planted=None, pair="G3", role="second",
          prose="全年受理政府信息公开申请{n}件，较上年翻了一番。".format(**fill(second, 2022)))
    issuer = next(issuers)
    first = big("gov2021", 6, at_least=3, none=True)
    write("lines", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="G4", role="first",
          prose="")
    target = tot(first, "new_received") // 2 + 1
    while True:
        second = follow(first, "gov2021")
        if tot(second, "new_received") <= target:
            break
    bump(second, "granted", "natural_person", target - tot(second, "new_received"))
    write("tabs", "gov2021", 2024, issuer, second, label="ok-pair-nearly-half", planted=None, pair="G4",
          role="second", prose="全年新收政府信息公开申请{n}件，较上年减少近一半。".format(**fill(second, 2024)))
    issuer = next(issuers)
    first = new("gov2021", at_least=3, none=True)
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="G5", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=2)
    x = fill(second, 2023)
    x["share"], x["pt"] = rng.randint(40, 95), rng.randint(2, 9)
    write("crlf", "gov2021", 2023, issuer, second, label="ok-pair-points", planted=None, pair="G5", role="second",
          prose="全年新收政府信息公开申请{n}件，网上申请占比{share}%，较上年提高{pt}个百分点。".format(**x))

    # ================================================================ planted
    v = new("gov2021", at_least=2)
    x = fill(v, 2022)
    write("lines", "gov2021", 2022, next(issuers), v, label="prose-answered-on-request", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="全年依申请公开答复{}件，均在法定期限内答复。".format(x["p"] + rng.randint(2, 5)))
    v = new("gov2021", at_least=2)
    x = fill(v, 2023)
    write("crlf", "gov2021", 2023, next(issuers), v, label="prose-closed-cumulative-year", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="全年累计办结政府信息公开申请{}件。".format(x["p"] + rng.randint(2, 5)))
    v = new("gov2021", at_least=2)
    x = fill(v, 2024)
    write("html", "gov2021", 2024, next(issuers), v, label="prose-handled", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="全年办理政府信息公开申请{}件。".format(x["p"] + rng.randint(3, 6)))
    v = new("gov2019", at_least=2)
    x = fill(v, 2020)
    write("tabs", "gov2019", 2020, next(issuers), v, label="prose-answered-2019", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="全年共答复政府信息公开申请{}件。".format(x["p"] + rng.randint(2, 4)))
    v = new("gov2021", at_least=4)
    x = fill(v, 2022)
    write("crlf", "gov2021", 2022, next(issuers), v, label="prose-registered", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="全年登记受理政府信息公开申请{}件，其中网上受理{}件。".format(x["n"] + rng.randint(2, 5), x["n"] - 1))
    v = big("gov2021", rng.randint(6, 12), at_least=3)
    x = fill(v, 2023)
    write("lines", "gov2021", 2023, next(issuers), v, label="prose-cn-hundreds", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="全年受理政府信息公开申请{}件。".format(cn(x["n"] + rng.randint(3, 9))))
    while True:
        v = new("gov2021", fwd=True, at_least=1)
        if tot(v, "carried_forward") == 1:
            break
    write("tabs", "gov2021", 2022, next(issuers), v, label="prose-cn-liang-forward", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.carried_forward.total"]},
        prose=f"另有{cn(2, liang=True)}件申请尚在答复期限内，结转下年度继续办理。")
    v = new("gov2021", at_least=3)
    write("crlf", "gov2021", 2023, next(issuers), v, label="prose-none-received", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="本年度未收到政府信息公开申请。")
    v = new("gov2021", at_least=3)
    while tot(v, "new_received") > 60:
        v = new("gov2021", at_least=3)
    write("html", "gov2021", 2022, next(issuers), v, label="prose-qualified-far", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="全年受理政府信息公开申请{}余件。".format((tot(v, "new_received") // 100 + 2) * 100))
    while True:
        v = new("gov2021", at_least=4)
        if tot(v, "granted") >= 1 and tot(v, "partial"):
            break
    x = fill(v, 2024)
    write("lines", "gov2021", 2024, next(issuers), v, label="prose-granted-in-parts", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.granted.total"]},
        prose="全年办结政府信息公开申请{p}件，其中予以公开{gg}件、部分公开{pg}件。".format(gg=x["g"] + 2, **x))
    while True:
        v = new("gov2021", at_least=4)
        if 0 < tot(v, "granted") < tot(v, "total_processed"):
            break
    x = fill(v, 2023)
    right = Decimal(pct(x["g"], x["p"]))
    write("tabs", "gov2021", 2023, next(issuers), v, label="prose-share-wrong", planted={
        "check_ids": ["PROSE-PERCENT"], "cells": ["requests.granted.total"]},
        prose="全年办结政府信息公开申请{p}件，予以公开{g}件，占办结总数的{r}%。".format(
            r=format(min(right + 20, Decimal(99)) if right < 70 else right - 20, "f"), **x))
    # years
    v = new("gov2021", at_least=1)
    write("crlf", "gov2021", 2022, next(issuers), v, label="period-other-year", planted={
        "check_ids": ["PERIOD-YEAR"], "cells": []}, title=True,
        period="本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。", prose="")
    v = new("gov2019", at_least=1)
    write("tabs", "gov2019", 2022, next(issuers), v, label="template-other-year", planted={
        "check_ids": ["TEMPLATE-YEAR"], "cells": []}, title=True, prose="")
    # values that cannot be
    v = new("gov2019", at_least=2)
    v[("requests", "carried_over", "natural_person")] = -1
    v[("requests", "carried_over", "total")] = tot(v, "carried_over") - 1
    v[("requests", "new_received", "natural_person")] = tot(v, "new_received", "natural_person") + 1
    v[("requests", "new_received", "total")] = tot(v, "new_received") + 1
    write("html", "gov2019", 2020, next(issuers), v, label="t3-d-negative-carried", planted={
        "check_ids": ["T3-D"], "cells": ["requests.carried_over.natural_person"]}, prose="")
    v = new("gov2021")
    v[("active", "licensing", "decisions")] = Decimal(rng.randint(10, 400)) + Decimal("0.5")
    write("crlf", "gov2021", 2023, next(issuers), v, label="t2-e-fractional-decisions", planted={
        "check_ids": ["T2-E"], "cells": ["active.licensing.decisions"]}, prose="")
    # identities
    v = big("gov2021", rng.randint(30, 60), at_least=3)
    # (first planted as three 总计 cells 10 too high, labelled T3-A: that is T3-C; replaced before any fix
    # by the 勾稽关系 broken in one column: 新收 10 too high in 自然人 and 总计)
    v[("requests", "new_received", "natural_person")] = tot(v, "new_received", "natural_person") + 10
    v[("requests", "new_received", "total")] = tot(v, "new_received") + 10
    write("html", "gov2021", 2023, "教育部", v, label="t3-a-ministry", planted={
        "check_ids": ["T3-A"], "cells": ["requests.new_received.natural_person"]}, bare=True, prose="")
    v = new("gov2019", at_least=3)
    for r in ("denied_state_secret", "rejected_mass", "unable_unclear"):
        for c in COLS[:6]:
            if v[("requests", r, c)] == 0:
                v[("requests", r, c)] = "不适用"
    v[("requests", "partial", "natural_person")] = tot(v, "partial", "natural_person") + 1
    v[("requests", "partial", "total")] = tot(v, "partial") + 1
    write("lines", "gov2019", 2020, next(issuers), v, label="t3-b-placeholders", planted={
        "check_ids": ["T3-B"], "cells": ["requests.partial.natural_person", "requests.total_processed.natural_person"]},
        prose="")
    v = new("gov2021")
    for col in APPEAL_COLS[:4]:
        v[("appeals", "suit_direct", col)] = rng.randint(1, 3)
    v[("appeals", "suit_direct", "total")] = sum(v[("appeals", "suit_direct", c)] for c in APPEAL_COLS[:4]) + 1
    for col in APPEAL_COLS:
        if v[("appeals", "review", col)] == 0:
            v[("appeals", "review", col)] = "不涉及"
    write("tabs", "gov2021", 2022, next(issuers), v, label="t4-a-beside-none-words", planted={
        "check_ids": ["T4-A"], "cells": ["appeals.suit_direct.total"]}, prose="")
    # across years
    issuer = next(issuers)
    first = new("gov2021", fwd=True)
    write("html", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="P1", role="first",
          prose="")
    second = follow(first, "gov2021", carry_fix=1)
    write("lines", "gov2021", 2023, issuer, second, label="t3-e-html-then-text", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, prose="", pair="P1", role="second")
    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    write("tabs", "gov2019", 2019, issuer, first, label="ok-pair-first", planted=None, pair="P2", role="first",
          prose="")
    second = follow(first, "gov2019", carry_fix=2)
    write("crlf", "gov2019", 2020, issuer, second, label="t3-e-2019-prose", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, pair="P2", role="second",
        prose="上年结转{}件。".format(cn(tot(second, "carried_over"))))
    issuer = next(issuers)
    first = new("gov2021", at_least=3, none=True)
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="P3", role="first",
          prose="")
    while True:
        second = follow(first, "gov2021", at_least=1)
        if tot(second, "new_received") != tot(first, "new_received"):
            break
    write("html", "gov2021", 2023, issuer, second, label="prose-year-level-wrong", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="P3", role="second",
        prose="全年新收政府信息公开申请{n}件，与上年持平。".format(**fill(second, 2023)))
    issuer = next(issuers)
    first = new("gov2021", at_least=5, none=True)
    write("lines", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="P4", role="first",
          prose="")
    second = follow(first, "gov2021", at_least=tot(first, "new_received") + 1)
    write("tabs", "gov2021", 2023, issuer, second, label="prose-year-cn-percent-wrong", planted={
        "check_ids": ["PROSE-YEAR", "PROSE-PERCENT"], "cells": ["requests.new_received.total"]}, pair="P4",
        role="second",
        prose="全年新收政府信息公开申请{n}件，较上年增长百分之{r}。".format(
            r=cn(int(Decimal(pct(tot(second, "new_received") - tot(first, "new_received"),
                                 tot(first, "new_received")))) + 30), **fill(second, 2023)))

    # ================================================================ batch B
    # (written after the fixes of batch A, scored before any change for it) the fixed rules in other
    # words and places: 依申请公开共办理, 尚有…结转至次年, 全年无政府信息公开申请 in the 2019 format, 未收到新的
    # … beside a carry-over, 2016年至2023年累计, 与去年同期持平 / 同比持平, 占全部办结件数的, Chinese numerals
    # in the 2019 format and with 近, a fractional 件数 in table 四, T3-E across the change of format
    v = new("gov2021", at_least=2)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-b-subject-handled", planted=None,
          prose="全年依申请公开共办理{p}件，均按期办结。".format(**fill(v, 2023)))
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v, 2022)
    write("html", "gov2021", 2022, next(issuers), v, label="ok-b-still-carried", planted=None,
          prose="全年办结政府信息公开申请{p}件，尚有{f}件因需征求第三方意见，结转至{y1}年继续办理。".format(**x))
    while True:
        v = new("gov2019", over=True)
        if tot(v, "carried_forward") == 0:
            break
    o = tot(v, "carried_over")
    for key in list(v):
        if key[0] == "requests":
            v[key] = 0
    v[("requests", "carried_over", "natural_person")] = v[("requests", "carried_over", "total")] = o
    v[("requests", "granted", "natural_person")] = v[("requests", "granted", "total")] = o
    v[("requests", "total_processed", "natural_person")] = v[("requests", "total_processed", "total")] = o
    write("lines", "gov2019", 2020, next(issuers), v, label="ok-b-none-new-carried", planted=None,
          prose=f"本年度未收到新的政府信息公开申请，上年结转的{o}件申请已全部办结。")
    v = new("gov2021", at_least=1)
    x = fill(v, 2023)
    x["cum"] = x["n"] + rng.randint(100, 900)
    write("html", "gov2021", 2023, next(issuers), v, label="ok-b-span-to", planted=None,
          prose="2016年至2023年累计受理政府信息公开申请{cum}件。本年度新收申请{n}件。".format(**x))
    while True:
        v = new("gov2021", at_least=4)
        if 0 < tot(v, "granted") < tot(v, "total_processed"):
            break
    x = fill(v, 2024)
    write("crlf", "gov2021", 2024, next(issuers), v, label="ok-b-share-all-closed", planted=None,
          prose="全年办结政府信息公开申请{p}件，予以公开{g}件，占全部办结件数的{r}%。".format(r=pct(x["g"], x["p"]), **x))
    v = big("gov2019", rng.randint(5, 9), at_least=3)
    x = fill(v, 2019)
    write("tabs", "gov2019", 2019, next(issuers), v, label="ok-b-cn-2019", planted=None,
          prose="全年共办结政府信息公开申请{}件。".format(cn(x["p"])))
    while True:
        v = big("gov2021", rng.randint(2, 20), at_least=3)
        if tot(v, "new_received") >= 100 and tot(v, "new_received") % 100 >= 85:
            break
    r = cn((tot(v, "new_received") // 100 + 1) * 100)
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-b-nearly-cn", planted=None,
          prose="全年收到政府信息公开申请近{}件。".format("两" + r[1:] if r.startswith("二") else r))
    issuer = next(issuers)
    first = new("gov2021", at_least=3, none=True)
    write("crlf", "gov2021", 2022, issuer, first, label="ok-pair-first", planted=None, pair="B1", role="first",
          prose="")
    while True:
        second = follow(first, "gov2021")
        if tot(second, "new_received") <= tot(first, "new_received"):
            break
    same_new(first, second)
    write("html", "gov2021", 2023, issuer, second, label="ok-b-pair-same-period-level", planted=None, pair="B1",
          role="second", prose="全年受理政府信息公开申请{n}件，与去年同期持平。".format(**fill(second, 2023)))
    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    write("html", "gov2019", 2020, issuer, first, label="ok-pair-first", planted=None, pair="B2", role="first",
          prose="")
    second = follow(first, "gov2021")
    write("tabs", "gov2021", 2021, issuer, second, label="ok-b-pair-format-change", planted=None, pair="B2",
          role="second", prose="上年结转政府信息公开申请{o}件。".format(**fill(second, 2021)))
    # planted
    v = new("gov2021", at_least=2)
    x = fill(v, 2022)
    write("crlf", "gov2021", 2022, next(issuers), v, label="b-prose-subject-handled", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="全年依申请公开共办理{}件。".format(x["p"] + rng.randint(3, 6)))
    v = new("gov2021", fwd=True, at_least=2)
    x = fill(v, 2023)
    write("lines", "gov2021", 2023, next(issuers), v, label="b-prose-still-carried", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.carried_forward.total"]},
        prose="尚有{}件因需征求第三方意见，结转至{}年继续办理。".format(x["f"] + 2, x["y1"]))
    v = new("gov2019", at_least=2)
    write("html", "gov2019", 2020, next(issuers), v, label="b-prose-none-2019", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose="全年无政府信息公开申请。")
    while True:
        v = new("gov2021", at_least=4)
        if 0 < tot(v, "granted") < tot(v, "total_processed"):
            break
    x = fill(v, 2022)
    right = Decimal(pct(x["g"], x["p"]))
    write("tabs", "gov2021", 2022, next(issuers), v, label="b-prose-share-all-closed", planted={
        "check_ids": ["PROSE-PERCENT"], "cells": ["requests.granted.total"]},
        prose="全年办结政府信息公开申请{p}件，予以公开{g}件，占全部办结件数的{r}%。".format(
            r=format(right + 15 if right < 80 else right - 15, "f"), **x))
    v = big("gov2019", rng.randint(5, 9), at_least=3)
    x = fill(v, 2020)
    write("crlf", "gov2019", 2020, next(issuers), v, label="b-prose-cn-2019", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.total_processed.total"]},
        prose="全年共办结政府信息公开申请{}件。".format(cn(x["p"] + rng.randint(10, 30))))
    v = new("gov2021")
    v[("appeals", "suit_direct", "pending")] = Decimal("1.5")
    v[("appeals", "suit_direct", "upheld")] = Decimal("0.5")
    v[("appeals", "suit_direct", "total")] = sum(v[("appeals", "suit_direct", c)] for c in APPEAL_COLS[:4])
    write("html", "gov2021", 2024, next(issuers), v, label="b-t3-d-fractional-appeals", planted={
        "check_ids": ["T3-D"], "cells": ["appeals.suit_direct.pending"]}, prose="")
    issuer = next(issuers)
    first = new("gov2021", at_least=3, none=True)
    write("tabs", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="B3", role="first",
          prose="")
    while True:
        second = follow(first, "gov2021", at_least=1)
        if tot(second, "new_received") != tot(first, "new_received"):
            break
    write("crlf", "gov2021", 2024, issuer, second, label="b-prose-year-same-period-level", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="B3", role="second",
        prose="全年受理政府信息公开申请{n}件，同比持平。".format(**fill(second, 2024)))
    issuer = next(issuers)
    first = new("gov2019", fwd=True)
    write("html", "gov2019", 2020, issuer, first, label="ok-pair-first", planted=None, pair="B4", role="first",
          prose="")
    second = follow(first, "gov2021", carry_fix=1)
    write("tabs", "gov2021", 2021, issuer, second, label="b-t3-e-format-change", planted={
        "check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]}, pair="B4", role="second",
        prose="上年结转政府信息公开申请{o}件。".format(**fill(second, 2021)))

    # ================================================================ batch C
    # (written after the fixes of batches A and B, for the rules they added, in whole reports: the
    # must-not shapes of the new readings, and qualified changes on last year, found by probing the
    # PROSE-YEAR rule directly, not by a failing probe)
    v = new("gov2021", at_least=2)
    write("crlf", "gov2021", 2023, "河南省信阳市浉河区人民政府", v, label="ok-c-towns-none", planted=None,
          prose="区政府全年新收政府信息公开申请{n}件，各乡镇（街道）均未收到政府信息公开申请。".format(**fill(v, 2023)))
    v = new("gov2021", at_least=3, none=True)
    x = fill(v, 2022)
    write("lines", "gov2021", 2022, next(issuers), v, label="ok-c-another-not-carried", planted=None,
          prose="全年办结政府信息公开申请{p}件，另有{k}件申请经告知后由申请人补正重新提交。".format(k=rng.randint(2, 5), **x))
    v = new("gov2021", at_least=2)
    write("html", "gov2021", 2024, next(issuers), v, label="ok-c-none-appeals-word", planted=None,
          prose="全年新收政府信息公开申请{n}件，未发生因政府信息公开申请引发的行政复议、行政诉讼。".format(**fill(v, 2024)))
    v = new("gov2021", at_least=2)
    write("tabs", "gov2021", 2023, next(issuers), v, label="ok-c-office-handled", planted=None,
          prose="区政府办理政府信息公开申请{p}件，依申请公开答复{p}件。".format(**fill(v, 2023)))
    for label, words in (("ok-c-pair-more-than", "较上年增加{r}余件"), ("ok-c-pair-about-pct", "同比增长约{r}%"),
                         ("ok-c-pair-range", "较上年增加{a}至{b}件")):
        issuer = next(issuers)
        first = big("gov2021", 3, at_least=10, none=True)
        write("crlf" if "pct" in label else "html", "gov2021", 2022, issuer, first, label="ok-pair-first",
              planted=None, pair=label[5:], role="first", prose="")
        while True:
            second = follow(first, "gov2021")
            if tot(second, "new_received") < tot(first, "new_received") + 11:
                break
        d = tot(first, "new_received") + rng.randint(11, 19) - tot(second, "new_received")
        bump(second, "granted", "natural_person", d)
        x = fill(second, 2023)
        diff = x["n"] - tot(first, "new_received")
        r = 10 if "more" in label else round(diff * 100 / tot(first, "new_received"))
        write("lines", "gov2021", 2023, issuer, second, label=label, planted=None, pair=label[5:], role="second",
              prose=("全年新收政府信息公开申请{n}件，" + words + "。").format(r=r, a=diff - 2, b=diff + 3, **x))
    # planted
    v = new("gov2021", at_least=3)
    write("crlf", "gov2021", 2022, next(issuers), v, label="c-prose-none-own", planted={
        "check_ids": ["PROSE-TABLE"], "cells": ["requests.new_received.total"]},
        prose=f"本机关全年未收到政府信息公开申请，各乡镇（街道）共受理申请{rng.randint(20, 90)}件。")
    issuer = next(issuers)
    first = big("gov2021", 3, at_least=10, none=True)
    write("tabs", "gov2021", 2023, issuer, first, label="ok-pair-first", planted=None, pair="C4", role="first",
          prose="")
    while True:
        second = follow(first, "gov2021")
        if tot(second, "new_received") < tot(first, "new_received") + 3:
            break
    bump(second, "granted", "natural_person", tot(first, "new_received") + 3 - tot(second, "new_received"))
    write("lines", "gov2021", 2024, issuer, second, label="c-prose-year-more-than-wrong", planted={
        "check_ids": ["PROSE-YEAR"], "cells": ["requests.new_received.total"]}, pair="C4", role="second",
        prose="全年新收政府信息公开申请{n}件，较上年增加10余件。".format(**fill(second, 2024)))
    finish(OUT, probes)


if __name__ == "__main__":
    main()
