"""Write the thirteenth, held-out set of labelled consistency-check probes (``tests/cases/checks_probes13``).

Written after the twelfth set's fixes (``bench/make_checks_probes12.py``), scored before any further fix: the
same families worded and laid out anew, to tell whether those fixes generalise; labelled by construction before
textmine read them:

* placeholders: table 四 all 不适用, zero rows of table 三 printed ``-``, 2019 采购 ——, 2021 收费金额 无, a 2019
  本年增/减 / beside 0 items; a T3-B break beside ``-`` placeholders;
* the 2019 item chain with －20 and -2 (kept, and last year's -2 ignored);
* prose totals: 共处理 / 回复 / 接收…已答复完毕 / 处理完毕 / 共办理…（其中上年结转…） / 上年结转…已办理完毕… / 撤回;
* rates that round (办结率99.6%, 答复率98.75%, 公开率33.3%) and one that does not;
* renamed bodies (国土资源局 → 自然资源局, 大数据管理局 → 数据局, 地方金融监督管理局 → 地方金融管理局), a 2020 → 2021
  template change, and two district names shared by cities (城关区 of 兰州 and 拉萨, 市中区 of 济南 and 枣庄);
* table 二: fractional 现行有效件数, negative 处理决定数量, negative 收费金额, negative 采购项目数量; signed －3 and 12.50;
* doubtful readings: a run-together row no placement fits (READING-UNCERTAIN), a settled 总计 column that fails
  (T3-A), consistent run and cut runs.

    python bench/make_checks_probes13.py   # rewrites tests/cases/checks_probes13/
    python bench/checks_probes.py --dir tests/cases/checks_probes13
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_checks_probes12 import (  # noqa: E402
    COLS,
    ROOT,
    P,
    U,
    Writer,
    appeals,
    chain_2019,
    chain_2021,
    fill,
    glue,
    requests,
    tot,
    words,
)


def main() -> None:  # noqa: PLR0915
    w = Writer(ROOT / "tests" / "cases" / "checks_probes13", 20261219)
    W = w.write

    # ================================================================ A. placeholders
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 3, "partial": 2})
    appeals(v, {})
    words(v, "appeals", "不适用")
    W("tabs", "gov2021", 2022, "河北省秦皇岛市海港区人民政府", v, label="ok-appeals-bushiyong")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 4, "unable_not_held": 2}, o=1, f=1, org={"granted": 1})
    words(v, "requests", "-", every=True)
    W("html", "gov2021", 2023, "山西省大同市平城区人民政府", v, label="ok-zero-rows-hyphen",
      prose="本年度新收申请{n}件，上年结转{o}件。".format(**fill(v)))
    v = w.new("gov2019")
    requests(v, "gov2019", {"granted": 2, "other_handling": 1})
    v[("active", "procurement", "items")] = "——"
    v[("active", "procurement", "amount")] = "——"
    W("crlf", "gov2019", 2020, "辽宁省营口市站前区人民政府", v, label="ok-2019-procurement-dashdash")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 1, "partial": 1, "rejected_repeat": 1})
    v[("active", "fees", "amount")] = "无"
    W("lines", "gov2021", 2024, "吉林省松原市宁江区人民政府", v, label="ok-fee-wu")
    v = w.new("gov2019")
    requests(v, "gov2019", {"granted": 3})
    v[("active", "fees", "prev_items")] = 0
    v[("active", "fees", "change")] = "/"
    W("pipe", "gov2019", 2019, "黑龙江省大庆市萨尔图区人民政府", v, label="ok-2019-change-slash")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 3, "partial": 1, "unable_not_held": 1})
    v[("requests", "granted", "natural_person")] = 4
    v[("requests", "granted", "total")] = 4
    words(v, "requests", "-", every=True)
    W("crlf", "gov2021", 2022, "江苏省镇江市京口区人民政府", v, label="t3-b-beside-hyphen",
      planted={"check_ids": ["T3-B"], "cells": ["requests.total_processed.natural_person"]})

    # ================================================================ B. the 2019 item chain
    first = w.new("gov2019")
    requests(first, "gov2019", {"granted": 2}, f=2)
    first[("active", "licensing", "prev_items")] = 410
    first[("active", "licensing", "change")] = "－20"
    W("html", "gov2019", 2019, "浙江省嘉兴市南湖区人民政府", first, label="ok-pair-2019-first", pair="B1", role="first")
    second = w.new("gov2019")
    requests(second, "gov2019", {"granted": 3}, o=2)
    chain_2019(first, second)
    W("html", "gov2019", 2020, "浙江省嘉兴市南湖区人民政府", second, label="ok-pair-2019-fullwidth-minus", pair="B1",
      role="second")
    first = w.new("gov2019")
    requests(first, "gov2019", {"granted": 1, "partial": 1}, f=1)
    first[("active", "fees", "prev_items")] = 9
    first[("active", "fees", "change")] = "-2"
    W("lines", "gov2019", 2019, "安徽省芜湖市弋江区人民政府", first, label="ok-pair-2019-first", pair="B2", role="first")
    second = w.new("gov2019")
    requests(second, "gov2019", {"granted": 2}, o=1)
    chain_2019(first, second)
    second[("active", "fees", "prev_items")] = 9
    W("lines", "gov2019", 2020, "安徽省芜湖市弋江区人民政府", second, label="t2-d-year-fees-decrease-ignored", pair="B2",
      role="second", planted={"check_ids": ["T2-D-year"], "cells": ["active.fees.prev_items"]})

    # ================================================================ C. prose totals in words
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 7, "partial": 2, "unable_not_held": 2}, o=2)
    W("crlf", "gov2021", 2023, "福建省南平市延平区人民政府", v, label="ok-chuli-total",
      prose="全年共处理政府信息公开申请{p}件。".format(**fill(v)))
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 5, "rejected_complaint": 2}, f=1)
    W("html", "gov2021", 2024, "江西省景德镇市珠山区人民政府", v, label="ok-jieshou-dafu-wanbi",
      prose="全年接收政府信息公开申请{n}件，已答复完毕{p}件，1件尚在法定答复期限内。".format(**fill(v)))
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 4, "partial": 1}, o=3)
    W("lines", "gov2021", 2022, "山东省淄博市张店区人民政府", v, label="ok-over-completed-alone",
      prose="上年结转申请{o}件，已办理完毕{o}件。本年度新收申请{n}件。".format(**fill(v)))
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 6, "unable_not_held": 3}, o=2)
    W("tabs", "gov2021", 2023, "河南省焦作市解放区人民政府", v, label="ok-banli-qizhong-over",
      prose="共办理政府信息公开申请{no}件（其中上年结转{o}件），均已按期办结。".format(**fill(v)))
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 8, "other_misc": 3})
    W("pipe", "gov2021", 2024, "湖北省十堰市茅箭区人民政府", v, label="ok-withdrawn-three",
      prose="全年回复政府信息公开申请{p}件，其中申请人撤回申请3件。".format(**fill(v)))
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 5, "partial": 2, "denied_third_party": 1})
    W("crlf", "gov2021", 2022, "湖南省郴州市北湖区人民政府", v, label="prose-table-chuli-wanbi",
      planted={"check_ids": [P], "cells": ["requests.total_processed.total"]},
      prose="全年受理政府信息公开申请{n}件，处理完毕{k}件。".format(k=fill(v)["p"] + 2, **fill(v)))
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 3, "unable_not_held": 2}, o=1)
    W("html", "gov2021", 2023, "广东省汕头市金平区人民政府", v, label="prose-table-jieshou",
      planted={"check_ids": [P], "cells": ["requests.new_received.total"]},
      prose="全年接收政府信息公开申请{k}件。".format(k=fill(v)["n"] + 2))
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 4, "partial": 2}, o=2)
    W("lines", "gov2021", 2024, "广西壮族自治区钦州市钦南区人民政府", v, label="prose-table-banli-qizhong-over",
      planted={"check_ids": [P], "cells": ["requests.new_received.total"]},
      prose="共办理政府信息公开申请{k}件（其中上年结转{o}件），均已按期办结。".format(k=fill(v)["no"] + 3, **fill(v)))

    # ================================================================ D. rates
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 200, "partial": 30, "unable_not_held": 19}, o=0, f=1)  # 249 / 250
    W("tabs", "gov2021", 2022, "四川省南充市顺庆区人民政府", v, label="ok-rate-99-6",
      prose="全年收到申请{n}件，办结{p}件，办结率99.6%。".format(**fill(v)))
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 60, "partial": 10, "unable_not_held": 9}, o=2, f=1)  # 79 / 80
    W("pipe", "gov2021", 2023, "贵州省铜仁市碧江区人民政府", v, label="ok-reply-rate-98-75",
      prose="新收申请{n}件、上年结转{o}件，已答复{p}件，答复率98.75%。".format(**fill(v)))
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 1, "unable_not_held": 2})  # 1 / 3
    W("crlf", "gov2021", 2024, "云南省保山市隆阳区人民政府", v, label="ok-open-rate-33-3",
      prose="全年办结申请{p}件，其中予以公开和部分公开{gp}件，公开率33.3%。".format(**fill(v)))
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 200, "partial": 20, "unable_not_held": 20}, f=10)  # 240 / 250
    W("html", "gov2021", 2022, "陕西省延安市宝塔区人民政府", v, label="prose-percent-99-6-of-96",
      planted={"check_ids": ["PROSE-PERCENT"], "cells": []},
      prose="全年收到申请{n}件，办结{p}件，办结率99.6%。".format(**fill(v)))

    # ================================================================ E. renamed bodies, template change, not one body
    first = w.new("gov2019")
    requests(first, "gov2019", {"granted": 3}, f=1)
    W("crlf", "gov2019", 2019, "湖南省衡阳市衡南县国土资源局", first, label="ok-pair-guotu-first", pair="E1", role="first")
    second = w.new("gov2019")
    requests(second, "gov2019", {"granted": 2, "partial": 1}, o=3)
    chain_2019(first, second)
    W("crlf", "gov2019", 2020, "湖南省衡阳市衡南县自然资源局", second, label="t3-e-renamed-ziran", pair="E1", role="second",
      planted={"check_ids": ["T3-E"], "cells": ["requests.carried_over.total"]})
    first = w.new("gov2021")
    requests(first, "gov2021", {"granted": 2})
    W("tabs", "gov2021", 2023, "山东省济宁市大数据管理局", first, label="ok-pair-dashuju-first", pair="E2", role="first")
    second = w.new("gov2021")
    requests(second, "gov2021", {"granted": 3})
    chain_2021(first, second)
    second[("active", "normative_docs", "in_force")] = int(second[("active", "normative_docs", "in_force")]) + 6
    W("tabs", "gov2021", 2024, "山东省济宁市数据局", second, label="t2-b-renamed-shuju", pair="E2", role="second",
      planted={"check_ids": ["T2-B"], "cells": ["active.normative_docs.in_force"]})
    first = w.new("gov2021")
    requests(first, "gov2021", {"granted": 6, "partial": 1})
    m = fill(first)["n"]
    W("lines", "gov2021", 2023, "江苏省地方金融监督管理局", first, label="ok-pair-jinrong-first", pair="E3", role="first")
    second = w.new("gov2021")
    requests(second, "gov2021", {"granted": 9, "partial": 1})
    chain_2021(first, second)
    W("lines", "gov2021", 2024, "江苏省地方金融管理局", second, label="ok-pair-jinrong-yoy", pair="E3", role="second",
      prose="本年度收到政府信息公开申请{n}件，较上年的{m}件增加{d}件。".format(m=m, d=fill(second)["n"] - m, **fill(second)))
    first = w.new("gov2019")
    requests(first, "gov2019", {"granted": 4, "partial": 1}, f=2)
    W("pipe", "gov2019", 2020, "重庆市永川区人民政府", first, label="ok-pair-2020-first", pair="E4", role="first")
    second = w.new("gov2021")
    requests(second, "gov2021", {"granted": 5}, o=2)
    W("html", "gov2021", 2021, "重庆市永川区人民政府", second, label="ok-pair-2021-template-change", pair="E4",
      role="second", prose="本年度新收申请{n}件，上年结转{o}件，共办结{p}件。".format(**fill(second)))
    first = w.new("gov2021")
    requests(first, "gov2021", {"granted": 4}, f=2)
    W("crlf", "gov2021", 2022, "甘肃省兰州市城关区人民政府", first, label="ok-notsame-chengguan-lanzhou", pair="E5",
      role="first")
    second = w.new("gov2021")
    requests(second, "gov2021", {"granted": 1})
    W("crlf", "gov2021", 2023, "西藏自治区拉萨市城关区人民政府", second, label="ok-notsame-chengguan-lhasa", pair="E5",
      role="second", prose="本年度收到申请{n}件，较上年的9件减少8件。".format(**fill(second)))
    first = w.new("gov2021")
    requests(first, "gov2021", {"granted": 3}, f=1)
    first[("active", "rules", "in_force")] = 30
    W("html", "gov2021", 2021, "山东省济南市市中区人民政府", first, label="ok-notsame-shizhong-jinan", pair="E6", role="first")
    second = w.new("gov2021")
    requests(second, "gov2021", {"granted": 2})
    second[("active", "rules", "issued")] = 0
    second[("active", "rules", "repealed")] = 0
    second[("active", "rules", "in_force")] = 2
    W("html", "gov2021", 2022, "山东省枣庄市市中区人民政府", second, label="ok-notsame-shizhong-zaozhuang", pair="E6",
      role="second")

    # ================================================================ F. table 二
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 2})
    v[("active", "rules", "in_force")] = Decimal("3.5")
    W("lines", "gov2021", 2022, "内蒙古自治区通辽市科尔沁区人民政府", v, label="t2-e-fraction-in-force",
      planted={"check_ids": ["T2-E"], "cells": ["active.rules.in_force"]})
    v = w.new("gov2019")
    requests(v, "gov2019", {"granted": 1})
    v[("active", "enforcement", "decisions")] = -1
    W("tabs", "gov2019", 2019, "宁夏回族自治区银川市兴庆区人民政府", v, label="t2-e-negative-decisions-2019",
      planted={"check_ids": ["T2-E"], "cells": ["active.enforcement.decisions"]})
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 2, "partial": 1})
    v[("active", "fees", "amount")] = "-0.8"
    W("crlf", "gov2021", 2023, "青海省西宁市城西区人民政府", v, label="t2-e-negative-fee",
      planted={"check_ids": ["T2-E"], "cells": ["active.fees.amount"]})
    v = w.new("gov2019")
    requests(v, "gov2019", {"granted": 2})
    v[("active", "procurement", "items")] = -2
    W("html", "gov2019", 2020, "新疆维吾尔自治区乌鲁木齐市天山区人民政府", v, label="t2-e-negative-procurement-items",
      planted={"check_ids": ["T2-E"], "cells": ["active.procurement.items"]})
    v = w.new("gov2019")
    requests(v, "gov2019", {"granted": 2})
    v[("active", "fees", "prev_items")] = 12
    v[("active", "fees", "change")] = "－3"
    W("pipe", "gov2019", 2020, "海南省海口市龙华区人民政府", v, label="ok-fee-items-fullwidth-minus")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 1})
    v[("active", "fees", "amount")] = "12.50"
    W("lines", "gov2021", 2024, "天津市河西区人民政府", v, label="ok-fee-two-decimals")

    # ================================================================ G. doubtful readings
    v = w.new("gov2019")
    requests(v, "gov2019", {"granted": 11, "partial": 2, "unable_not_held": 6}, o=1, f=1, org={"granted": 2})
    glue(v)
    W("runcut", "gov2019", 2020, "北京市丰台区人民政府", v, label="ok-runcut-2019")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 21, "partial": 4, "unable_not_held": 13, "rejected_repeat": 2}, o=3, f=2,
             org={"granted": 4, "partial": 1}, org_col="other_org")
    glue(v)
    W("run", "gov2021", 2023, "上海市闵行区人民政府", v, label="ok-run-large")
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 3, "partial": 1}, o=2)
    v[("requests", "carried_over", "total")] = 3
    glue(v)
    W("run", "gov2021", 2024, "浙江省舟山市定海区人民政府", v, label="doubt-carried-over-no-placement",
      planted={"check_ids": [U], "cells": ["requests.carried_over.total"]})
    v = w.new("gov2021")
    requests(v, "gov2021", {"granted": 12, "partial": 3, "unable_not_held": 10}, o=2, f=1, org={"granted": 3})
    v[("requests", "carried_over", "natural_person")] = 4
    v[("requests", "carried_over", "total")] = 4
    glue(v)
    W("run", "gov2021", 2022, "江苏省常州市武进区人民政府", v, label="t3-a-settled-total-column",
      planted={"check_ids": ["T3-A"], "cells": []})

    _ = (COLS, tot)
    w.finish()


if __name__ == "__main__":
    main()
