"""Write the fourteenth, held-out set of labelled consistency-check probes (``tests/cases/checks_probes14``).

Issue 10 (items 2 and 5: no error finding on a consistent report, every planted error found), in shapes the
first thirteen sets lack, labelled by construction before textmine read them (checks19, one batch):

* prose counts of another scope than the table, on consistent reports: 全市 / 全省 / 全系统 totals beside the
  body's own, 截至年底累计 / 自…以来累计 beside this year's, 网站发布信息 beside 主动公开政府信息, 受理 that
  includes 上年结转, 办理 that includes 结转下年度, last year's count beside this year's in one sentence;
* a sentence that states last year's count (上年为N件) where the corpus holds last year's report with another
  figure: a correction, a PROSE-YEAR warning at most, never an error;
* 2014–2018 统计表 reports whose 依申请 channels (当面 / 传真 / 网络 / 信函) add up to 收到申请数, and one
  whose channels do not (P-1);
* 无 / 未发生 in prose (未发生行政复议、行政诉讼) beside table 四 zeros, and one prose 未发生 beside a table
  四 that counts reviews (PROSE-TABLE);
* planted: a prose total the table contradicts (PROSE-TABLE), a percentage its own counts contradict
  (PROSE-PERCENT), 办理结果总计 ≠ its rows (T3-B), table 四 总计 ≠ its parts (T4-A), last year's 结转下年度 ≠
  this year's 上年结转 of one body on the 2021 template both years (T3-E).

    python bench/make_checks_probes14.py   # rewrites tests/cases/checks_probes14/
    python bench/checks_probes.py --dir tests/cases/checks_probes14
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_checks_probes12 import ROOT, P, Writer, appeals, chain_2021, fill, requests  # noqa: E402


def stats_2014(v: dict, weights: tuple[int, int, int, int]) -> tuple[int, ...]:
    """Split the 统计表's 收到申请数 over 当面 / 传真 / 网络 / 信函 by ``weights`` so that they add up to it
    (the rest goes to the heaviest channel); the channel counts."""
    keys = ("requests_in_person", "requests_fax", "requests_online", "requests_mail")
    total = int(v[("stats", "requests_received", "value")])
    parts = [total * k // sum(weights) for k in weights]
    parts[weights.index(max(weights))] += total - sum(parts)
    for k, n in zip(keys, parts, strict=True):
        v[("stats", k, "value")] = n
    return tuple(parts)


def main() -> None:  # noqa: PLR0915
    w = Writer(ROOT / "tests" / "cases" / "checks_probes14", 20261208)
    W = w.write

    # ================================================================ A. prose of another scope (consistent)
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 6, "partial": 2, "unable_not_held": 3}, o=1, f=1)
    x = fill(v)
    W("crlf", "gov2021", 2022, "江苏省徐州市人民政府办公室", v, label="ok-quanshi-beside-own",
      prose=f"全市各级行政机关共受理政府信息公开申请{x['n'] * 41 + 7}件，市政府办公室本级新收申请{x['n']}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 3, "partial": 1})
    x = fill(v)
    W("html", "gov2021", 2023, "浙江省台州市生态环境局", v, label="ok-quanshi-system-first",
      prose=f"全市生态环境系统共办理政府信息公开申请{x['p'] * 9 + 2}件，其中本局办理{x['p']}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 9, "unable_not_held": 4, "rejected_repeat": 1}, o=2)
    x = fill(v)
    W("lines", "gov2021", 2024, "四川省交通运输厅", v, label="ok-quansheng-total",
      prose=f"全省交通运输系统共收到政府信息公开申请{x['n'] * 23 + 11}件。本厅全年新收申请{x['n']}件，"
            f"上年结转{x['o']}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 5, "partial": 2}, f=2)
    x = fill(v)
    W("tabs", "gov2021", 2022, "湖北省宜昌市西陵区人民政府", v, label="ok-leiji-since-2008",
      prose=f"自2008年以来累计受理政府信息公开申请{x['n'] * 12 + 40}件，本年度新收{x['n']}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 4, "partial": 1, "other_misc": 1}, o=1)
    x = fill(v)
    W("pipe", "gov2021", 2023, "安徽省合肥市蜀山区人民政府", v, label="ok-jiezhi-niandi-leiji",
      prose=f"截至年底，累计主动公开政府信息{x['p'] * 300 + 17}条，累计办理依申请公开{x['p'] * 8 + 3}件。"
            f"本年度共办结申请{x['p']}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 2, "unable_not_held": 1})
    x = fill(v)
    W("crlf", "gov2021", 2024, "河南省洛阳市老城区人民政府", v, label="ok-website-info-not-requests",
      prose=f"全年通过门户网站发布各类信息{x['n'] * 500 + 13}条，其中主动公开政府信息{x['n'] * 200 + 6}条。"
            f"收到政府信息公开申请{x['n']}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 7, "partial": 3, "denied_third_party": 1}, o=3)
    x = fill(v)
    W("html", "gov2021", 2022, "山东省潍坊市奎文区人民政府", v, label="ok-shouli-han-shangnian",
      prose=f"共受理政府信息公开申请{x['no']}件，其中上年度结转{x['o']}件、本年度新收{x['n']}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 8, "partial": 2}, o=1, f=3)
    x = fill(v)
    W("lines", "gov2021", 2023, "福建省泉州市丰泽区人民政府", v, label="ok-banli-han-jiezhuan-xianian",
      prose=f"全年共办理政府信息公开申请{x['p'] + x['f']}件，其中已办结{x['p']}件，结转下年度继续办理{x['f']}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 4, "unable_unclear": 2}, o=2, f=1)
    x = fill(v)
    W("tabs", "gov2021", 2024, "江西省九江市濂溪区人民政府", v, label="ok-shouli-han-jiezhuan-paren",
      prose=f"本年度受理申请{x['no']}件（含上年结转{x['o']}件），办结{x['p']}件，{x['f']}件结转下年度办理。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 10, "partial": 1, "unable_not_held": 3})
    x = fill(v)
    W("crlf", "gov2021", 2022, "湖南省株洲市天元区人民政府", v, label="ok-both-years-one-sentence",
      prose=f"本年度新收政府信息公开申请{x['n']}件，上年度新收{x['n'] + 5}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 3})
    x = fill(v)
    W("pipe", "gov2021", 2023, "广东省人力资源和社会保障厅", v, label="ok-quansheng-renshe",
      prose=f"全省人社系统政务公开平台全年发布信息{x['n'] * 900 + 31}条。本厅收到政府信息公开申请{x['n']}件，"
            f"均已按期答复。")

    # ================================================================ B. last year's figure stated (corrections)
    for tag, fmt, shape, year, issuer, delta in (
        ("B1", "较上年的{m}件{dd}", "crlf", 2022, "河北省邯郸市丛台区人民政府", 2),
        ("B2", "上年为{m}件", "html", 2023, "山西省晋中市榆次区人民政府", -1),
        ("B3", "上年度同期为{m}件", "lines", 2024, "辽宁省鞍山市铁东区人民政府", 3),
    ):
        first = w.new("gov2021")
        requests(first, "gov2021", {"granted": 5, "partial": 2}, f=1)
        W(shape, "gov2021", year - 1, issuer, first, label="ok-pair-first", pair=tag, role="first")
        second = w.new("gov2021")
        requests(second, "gov2021", {"granted": 9, "partial": 1}, o=1)
        chain_2021(first, second)
        m = fill(first)["n"] + delta  # last year's figure as corrected this year
        x = fill(second)
        W(shape, "gov2021", year, issuer, second, label="ok-pair-lastyear-corrected", pair=tag, role="second",
          prose=f"本年度新收政府信息公开申请{x['n']}件，" + fmt.format(m=m, dd=("增加" if x["n"] >= m else "减少") + f"{abs(x['n'] - m)}件") + "。")
    first = w.new("gov2021")
    requests(first, "gov2021", {"granted": 4}, f=2)
    W("tabs", "gov2021", 2022, "吉林省吉林市船营区人民政府", first, label="ok-pair-first", pair="B4", role="first")
    second = w.new("gov2021")
    requests(second, "gov2021", {"granted": 6, "partial": 1}, o=2)
    chain_2021(first, second)
    x = fill(second)
    W("tabs", "gov2021", 2023, "吉林省吉林市船营区人民政府", second, label="ok-pair-lastyear-same", pair="B4",
      role="second", prose=f"本年度新收申请{x['n']}件，上年为{fill(first)['n']}件。")

    # ================================================================ C. 2014–2018 统计表 channels
    for shape, year, issuer, ch in (
        ("crlf", 2014, "陕西省咸阳市秦都区人民政府", (3, 0, 11, 2)),
        ("html", 2015, "甘肃省天水市秦州区人民政府", (0, 0, 27, 0)),
        ("lines", 2016, "云南省曲靖市麒麟区人民政府", (12, 1, 40, 5)),
        ("tabs", 2017, "贵州省遵义市汇川区人民政府", (1, 0, 0, 0)),
        ("pipe", 2018, "黑龙江省齐齐哈尔市龙沙区人民政府", (25, 3, 118, 9)),
    ):
        v = w.new("gov2014")
        stats_2014(v, ch)
        W(shape, "gov2014", year, issuer, v, label="ok-2014-channels-sum")
    v = w.new("gov2014")
    a, _, c, d = stats_2014(v, (4, 0, 19, 1))
    W("crlf", "gov2014", 2016, "宁夏回族自治区吴忠市利通区人民政府", v, label="ok-2014-prose-online",
      prose=f"全年共收到政府信息公开申请{a + c + d}件，其中网络申请{c}件，当面申请{a}件，信函申请{d}件。")
    v = w.new("gov2014")
    stats_2014(v, (6, 1, 30, 2))
    v[("stats", "requests_online", "value")] = int(v[("stats", "requests_online", "value")]) - 3  # 3 short
    W("html", "gov2014", 2017, "青海省海东市乐都区人民政府", v, label="p-1-channels-short",
      planted={"check_ids": ["P-1"], "cells": ["stats.requests_received.value"]})

    # ================================================================ D. 无 in prose, zeros in table 四
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 2, "partial": 1})
    appeals(v, {})
    W("crlf", "gov2021", 2022, "内蒙古自治区包头市青山区人民政府", v, label="ok-weifasheng-both",
      prose="本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 5})
    appeals(v, {"suit_direct": (1, 0, 0, 0)})
    W("html", "gov2021", 2023, "广西壮族自治区柳州市城中区人民政府", v, label="ok-wu-fuyi-one-suit",
      prose="本年度无政府信息公开行政复议案件，发生行政诉讼1件，法院判决维持。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 3, "unable_not_held": 1})
    appeals(v, {})
    W("lines", "gov2021", 2024, "海南省三亚市吉阳区人民政府", v, label="ok-wei-shoudao-fuyi",
      prose="全年未收到政府信息公开方面的行政复议申请，未被提起行政诉讼。")
    v = w.new("gov2019")
    requests(v, "gov2019", {"granted": 4, "partial": 1})
    appeals(v, {})
    W("tabs", "gov2019", 2020, "重庆市綦江区人民政府", v, label="ok-2019-ling-fuyi",
      prose="本年度政府信息公开行政复议、行政诉讼均为零。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 6, "partial": 1})
    appeals(v, {"review": (1, 1, 0, 0)})
    W("pipe", "gov2021", 2022, "西藏自治区日喀则市桑珠孜区人民政府", v, label="prose-table-weifasheng-fuyi",
      planted={"check_ids": [P], "cells": ["appeals.review.total"]},
      prose="本年度未发生政府信息公开行政复议案件。")

    # ================================================================ E. planted: prose totals, percentages
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 8, "partial": 2, "unable_not_held": 2}, o=1)
    x = fill(v)
    W("crlf", "gov2021", 2023, "新疆维吾尔自治区克拉玛依市克拉玛依区人民政府", v, label="prose-table-xinshou",
      planted={"check_ids": [P], "cells": ["requests.new_received.total"]},
      prose=f"本年度新收政府信息公开申请{x['n'] + 4}件，上年结转{x['o']}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 5, "partial": 3, "denied_third_party": 1}, f=1)
    x = fill(v)
    W("html", "gov2021", 2024, "天津市南开区人民政府", v, label="prose-table-banjie",
      planted={"check_ids": [P], "cells": ["requests.total_processed.total"]},
      prose=f"全年共办结政府信息公开申请{x['p'] - 3}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 4, "partial": 1}, o=3)
    x = fill(v)
    W("tabs", "gov2021", 2022, "上海市杨浦区人民政府", v, label="prose-table-shangnian-jiezhuan",
      planted={"check_ids": [P], "cells": ["requests.carried_over.total"]},
      prose=f"本年度新收申请{x['n']}件，上年结转申请{x['o'] + 2}件。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 45, "partial": 5, "unable_not_held": 10}, f=4)  # 60 / 64
    x = fill(v)
    W("lines", "gov2021", 2023, "北京市通州区人民政府", v, label="prose-percent-banjie-rate",
      planted={"check_ids": ["PROSE-PERCENT"], "cells": []},
      prose=f"全年新收申请{x['n']}件，办结{x['p']}件，办结率98.4%。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 12, "partial": 3, "unable_not_held": 5})  # 15 / 20 = 75%
    x = fill(v)
    W("pipe", "gov2021", 2024, "河北省保定市竞秀区人民政府", v, label="prose-percent-gongkai-rate",
      planted={"check_ids": ["PROSE-PERCENT"], "cells": []},
      prose=f"全年办结申请{x['p']}件，其中予以公开和部分公开{x['gp']}件，占比80%。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 30, "partial": 6, "unable_not_held": 4})
    x = fill(v)
    W("crlf", "gov2021", 2022, "江苏省无锡市梁溪区人民政府", v, label="prose-percent-growth",
      planted={"check_ids": ["PROSE-PERCENT"], "cells": []},
      prose=f"全年新收申请{x['n']}件，比上年的32件增长50%。")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 20, "partial": 5, "unable_not_held": 5}, f=5)  # 30 / 35 = 85.7%
    x = fill(v)
    W("html", "gov2021", 2023, "浙江省温州市鹿城区人民政府", v, label="ok-rate-85-7",
      prose=f"全年新收申请{x['n']}件，办结{x['p']}件，办结率85.7%。")

    # ================================================================ F. planted: T3-B, T4-A
    for shape, year, issuer, tmpl in (
        ("crlf", 2022, "安徽省蚌埠市龙子湖区人民政府", "gov2021"),
        ("html", 2020, "江西省赣州市章贡区人民政府", "gov2019"),
        ("tabs", 2024, "山东省烟台市芝罘区人民政府", "gov2021"),
    ):
        v = w.new(tmpl)
        requests(v, tmpl, {"granted": 6, "partial": 2, "unable_not_held": 2}, o=1, f=1)
        v[("requests", "total_processed", "natural_person")] = 12
        v[("requests", "total_processed", "total")] = 12
        v[("requests", "new_received", "natural_person")] = 12
        v[("requests", "new_received", "total")] = 12
        W(shape, tmpl, year, issuer, v, label="t3-b-total-above-rows",
          planted={"check_ids": ["T3-B"], "cells": ["requests.total_processed.natural_person"]})
    for shape, year, issuer, group, vals, bad in (
        ("lines", 2022, "湖南省岳阳市岳阳楼区人民政府", "review", (2, 1, 0, 1), 5),
        ("pipe", 2023, "广东省佛山市禅城区人民政府", "suit_direct", (1, 0, 1, 0), 3),
        ("crlf", 2021, "四川省绵阳市涪城区人民政府", "suit_after_review", (0, 1, 0, 1), 1),
    ):
        v = w.new("gov2021")
        requests(v, "gov2021", {"granted": 4, "partial": 1})
        appeals(v, {group: vals})
        v[("appeals", group, "total")] = bad
        W(shape, "gov2021", year, issuer, v, label=f"t4-a-{group.replace('_', '-')}",
          planted={"check_ids": ["T4-A"], "cells": [f"appeals.{group}.total"]})

    # ================================================================ G. planted: 结转 chain of one body (2021 both years)
    for tag, shape, year, issuer, fwd, over in (
        ("G1", "crlf", 2022, "云南省昆明市五华区人民政府", 3, 1),
        ("G2", "html", 2023, "陕西省宝鸡市渭滨区人民政府", 2, 0),
        ("G3", "lines", 2024, "黑龙江省哈尔滨市南岗区人民政府", 1, 4),
    ):
        first = w.new("gov2021")
        requests(first, "gov2021", {"granted": 6, "partial": 1}, f=fwd)
        W(shape, "gov2021", year - 1, issuer, first, label="ok-pair-first", pair=tag, role="first")
        second = w.new("gov2021")
        requests(second, "gov2021", {"granted": 7, "partial": 2}, o=over)
        chain_2021(first, second)
        W(shape, "gov2021", year, issuer, second, label="t3-e-carried-over", pair=tag, role="second",
          planted={"check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]})
    first = w.new("gov2021")
    requests(first, "gov2021", {"granted": 3, "partial": 2}, f=2)
    W("tabs", "gov2021", 2022, "贵州省贵阳市云岩区人民政府", first, label="ok-pair-first", pair="G4", role="first")
    second = w.new("gov2021")
    requests(second, "gov2021", {"granted": 4}, o=2)
    chain_2021(first, second)
    W("tabs", "gov2021", 2023, "贵州省贵阳市云岩区人民政府", second, label="ok-pair-carried-chain", pair="G4",
      role="second")

    w.finish()


if __name__ == "__main__":
    main()
