"""Test utility: the twelfth held-out probe set ``tests/cases/probes12`` (issue 10: reports as the
rest of the country writes them), written and labelled by hand before its writer read textmine's
metadata or section code, in shapes the earlier sets (``tests/probe_hand2.py`` …
``tests/probe_hand11.py``) lack or hold rarely:

- the first years (2008–2012): 2008年度 reports whose statistics period starts on 2008年5月1日,
  the old parts under other wordings (所存在的主要问题和改进措施, 政府信息主动公开情况, 咨询处理情况,
  主要做法, a separate 2012年工作打算 part), the ten parts of 2016–2018 (回应解读情况,
  机构建设和保障经费情况, 政府信息公开会议和培训情况);
- bodies of 20 provinces: 自治区 departments and commissions, districts of the four municipalities
  and their bureaus and towns, the five 计划单列市 (深圳, 大连, 宁波, 青岛, 厦门) and districts of
  sub-provincial cities (a 朝阳区 of 长春, a 鼓楼区 of 南京), development-zone committees, street
  offices, towns and 民族乡, 派出机构 (a district public-security 分局, a natural-resources 分局 named
  after its district without 区, a market-supervision 分局 of a district bureau), vertically managed
  bodies (customs and a subordinate customs office, tax, meteorology, postal administration, a
  drug-administration 检查分局, a central-bank branch, a tobacco monopoly bureau, an earthquake
  agency), public enterprises and 事业单位 (water companies, hospitals, schools: the unit is the
  issuer, level ``other``), ministries and bodies directly under the State Council;
- texts as portals and crawlers give them: breadcrumbs, 来源/发布时间/浏览次数 lines, 【字号：大 中 小】
  controls, 打印本页/关闭窗口 tails, titles split over two lines, years written 二〇二三年, issuers
  named only in a 联系方式/地址 line or the signature, the date only under the signature as
  二〇二四年一月十五日; Word files, portal pages, CSV/JSONL crawl rows whose text has no title line.

Conventions are those of the earlier sets (see ``tests/probe_hand10.py`` and
``tests/probe_hand11.py``): the issuer is the fullest name the report or its container gives; a
district or county body takes its district or county; a 管委会 of a development zone is ``city``
level with its city; a 派出机构 or vertically managed body is ``department`` level and takes the
places its name or its address gives; a public enterprise, hospital or school is ``other``;
national bodies have no places. ``published`` is the ISO date of publication that the container
(crawl column, 发布时间 line) states, else the date under the signature; ``template`` is the
statistics-table template where a probe holds a table, else ``None``.

All probes were written and labelled before textmine read any of them, and before their writer read
textmine's metadata code for batch A: 1–88 (sections A–G, batch A) on main's code; 89–104 (section H,
batch B) after batch A's fixes; 105–120 (section I, batch C) after batch B's fix; 121–136 (section J,
batch D) after batch C's fix; 137–152 (section K, batch E) after batch D's fixes; 153–168 (section L,
batch F) after batch E's fixes; 169–184 (section M, batch G) after batch F's fixes (all right as
written); 185–192 (section N, batch H: PDFs, a one-line crawl, hard wraps, bold Word headings) after
batch G (all right as written); each batch scored before any further fix. One label was corrected after
scoring (89: the report never writes the city in front of 新华区人民政府; see its comment).

``python -m tests.probe_hand12`` rewrites ``tests/cases/probes12/``; the tests and
``bench/probe_meta.py --set probes12`` read those files.

Example:
    >>> text, header, want = PROBES12["c-cc-chaoyang-2023-ambiguous"]
    >>> want["province"], want["county"]
    ('吉林省', '朝阳区')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import Part, blocks, cms_page, crawl, lines, parts, text, wrapped
from tests.probe_hand11 import six, tables, with_tables
from tests.probe_sets import LAW, Docx, Pdf, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes12"

PROBES12: dict[str, Probe] = {}


def add(pid: str, content: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True, published: str | None = None, template: str | None = None) -> None:
    """Register a probe; expected kinds and titles are the parts'."""
    issuer, level, province, city, county, year = meta
    register(PROBES12, pid, content, header, issuer, level, province, city, county, year,
             [k for _, k, _, _ in ps], [t for _, _, _, t in ps], plans=plans)
    PROBES12[pid][2]["published"] = published
    PROBES12[pid][2]["template"] = template


def row(table: str, title: str, body: str, *, date: str = "", url: str = "") -> Any:
    """A crawl row: title, date, url and text columns (English names, as many crawlers write them)."""
    return crawl(table, [("title", title), ("date", date), ("url", url or "http://www.example.gov.cn/xxgk/1.html"),
                         ("content", body)])


def portal(crumbs: str, title: list[str], info: str, body: list[str], *, font: str = "【字号：大 中 小】",
           tail: str = "【打印本页】【关闭窗口】") -> str:
    """A portal page as a crawler saves its text: breadcrumb, title line(s), info line, font-size
    control, the body, the print/close tail."""
    return "\n".join([crumbs, *title, info, font, *body, tail]) + "\n"


# ---------------------------------------------------------------- old-era part lists

K7 = ("overview", "proactive", "requests", "fees", "appeals", "problems", "other")
T7_08 = ("概述", "主动公开政府信息的情况", "依申请公开政府信息的情况", "政府信息公开的收费及减免情况",
         "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题和改进措施", "其他需要报告的事项")
K6_08 = ("overview", "proactive", "requests", "fees", "appeals", "problems")
T6_08 = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开收费及减免情况",
         "因政府信息公开申请行政复议、提起行政诉讼情况", "所存在的主要问题和改进措施")
K8_ALT = ("overview", "proactive", "requests", "consultation", "fees", "appeals", "problems", "other")
T8_ALT = ("基本情况", "政府信息主动公开情况", "政府信息依申请公开情况", "政府信息公开咨询处理情况", "政府信息公开收费情况",
          "行政复议和行政诉讼情况", "存在的不足及下一步工作打算", "其他事项")
K6_PLANS = ("overview", "proactive", "requests", "appeals", "problems", "plans")
K5_MEAS = ("overview", "measures", "proactive", "requests", "problems")
T5_MEAS = ("基本情况", "主要做法", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的问题和改进措施")
K10 = ("overview", "proactive", "response", "requests", "fees", "appeals", "other", "other", "problems", "other")
T10 = ("概述", "主动公开政府信息情况", "回应解读情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
       "因政府信息公开申请提起行政复议、行政诉讼的情况", "机构建设和保障经费情况", "政府信息公开会议和培训情况",
       "存在的主要问题及改进措施", "其他需要报告的事项")

NO_FEES = "未收取任何费用，也未发生减免情况。"
NO_APPEALS = "未发生因政府信息公开申请提起的行政复议和行政诉讼案件。"
NO_OTHER = "无其他需要报告的事项。"


def old7(overview: str | list[str], year: int, we: str, counts: tuple[int, int], problems: str | list[str], *,
         titles: tuple[str, ...] = T7_08, nums: tuple[str, ...] | None = None) -> list[Part]:
    """The seven parts of the 2008 format with short bodies."""
    pro = f"{year}年，{we}共主动公开政府信息{counts[0]}条，其中通过政府网站公开{counts[0] - 3}条。"
    req = f"{year}年，{we}共受理政府信息公开申请{counts[1]}件，均已在规定期限内答复。"
    return parts([overview, pro, req, NO_FEES, NO_APPEALS, problems, NO_OTHER], kinds=K7, titles=titles, nums=nums)


def old6(overview: str | list[str], year: int, we: str, counts: tuple[int, int], problems: str | list[str]) -> list[Part]:
    """The six parts of some 2008–2010 reports: 六、所存在的主要问题和改进措施 last, no 其他 part."""
    pro = f"{year}年，{we}主动公开政府信息{counts[0]}条。"
    req = f"{year}年，{we}受理政府信息公开申请{counts[1]}件，已全部办结。"
    return parts([overview, pro, req, NO_FEES, NO_APPEALS, problems], kinds=K6_08, titles=T6_08)


def ten(overview: str, year: int, we: str, counts: tuple[int, int], problems: str) -> list[Part]:
    """The ten parts of 2016–2018 reports that follow the 2014 statistics table's sections."""
    return parts([overview, f"{year}年，{we}主动公开政府信息{counts[0]}条。",
                  f"{year}年，{we}围绕重要政策发布解读稿件{counts[0] // 40}篇，回应社会关切{counts[0] // 90}次。",
                  f"{year}年，{we}共受理依申请公开{counts[1]}件，均按时答复。", NO_FEES, NO_APPEALS,
                  "明确1名工作人员负责政府信息公开日常工作，保障经费纳入年度预算。",
                  f"{year}年，{we}组织政府信息公开业务培训2次，参训120人次。", problems, NO_OTHER],
                 kinds=K10, titles=T10)


# ============================ A. the first years (2008–2012) and the ten parts of 2016–2018 ============================

# 1. Guangxi, a regional commission 2008: the statistics period from 2008年5月1日; date only as 二〇〇九年…
P = old7(["《中华人民共和国政府信息公开条例》自2008年5月1日起施行。本报告统计期限自2008年5月1日起至2008年12月31日止。",
          "我委成立了由主任任组长的政府信息公开工作领导小组，办公室为日常工作机构。"], 2008, "我委", (312, 2),
         "存在的主要问题是公开目录编制不够细。2009年，我委将进一步完善公开目录。")
add("a-gx-mw-2008-first",
    text(["广西壮族自治区民族事务委员会2008年度政府信息公开工作年度报告"], P,
         ["广西壮族自治区民族事务委员会", "二〇〇九年三月二十六日"]),
    {}, ("广西壮族自治区民族事务委员会", "department", "广西壮族自治区", None, None, 2008), P, published="2009-03-26")

# 2. Shanghai, a new-area government 2008: title over two lines, six parts ending 所存在的主要问题和改进措施
P = old6("2008年，浦东新区人民政府以《条例》施行为契机，建立健全政府信息公开工作机制。", 2008, "区政府", (2860, 41),
         "所存在的主要问题是依申请公开办理流程有待规范。下一步，区政府将制定依申请公开办理规程。")
add("a-sh-pudong-2008-six",
    text(["上海市浦东新区人民政府", "2008年政府信息公开工作年度报告"], P),
    {}, ("上海市浦东新区人民政府", "district", "上海市", "上海市", "浦东新区", 2008), P)

# 3. Zhejiang, a city bureau of a 计划单列市 2009: the year as 二〇〇九年 in the title
P = old7("二〇〇九年，宁波市交通局认真贯彻《条例》，政府信息公开工作平稳推进。", 2009, "我局", (426, 5),
         "存在的主要问题是信息更新不够及时。2010年，我局将建立信息更新提醒制度。")
add("a-nb-jtj-2009-cnyear",
    text(["宁波市交通局二〇〇九年政府信息公开工作年度报告"], P),
    {}, ("宁波市交通局", "department", "浙江省", "宁波市", None, 2009), P)

# 4. Liaoning, a district of Dalian 2010: eight parts in other wordings (咨询处理, 不足及下一步工作打算)
P = parts(["2010年，甘井子区人民政府进一步健全政府信息公开工作机制。",
           "全年主动公开政府信息1124条。", "全年受理政府信息公开申请9件，均已答复。",
           "全年接受政府信息公开咨询326人次。", "未收取任何费用。", NO_APPEALS,
           "一是部分部门公开意识不强；二是公开内容不够全面。下一步，区政府将加强督促检查，拓展公开内容。",
           NO_OTHER], kinds=K8_ALT, titles=T8_ALT)
add("a-dl-ganjingzi-2010-eight",
    text(["大连市甘井子区人民政府2010年政府信息公开工作年度报告"], P, ["大连市甘井子区人民政府", "2011年3月28日"]),
    {}, ("大连市甘井子区人民政府", "district", "辽宁省", "大连市", "甘井子区", 2010), P, published="2011-03-28")

# 5. Shandong, a district of Qingdao 2011: problems, then a part of its own for 2012年工作打算
P = parts(["2011年，市南区人民政府坚持以公开为原则、不公开为例外。", "全年主动公开政府信息1580条。",
           "全年受理政府信息公开申请14件。", NO_APPEALS, "存在的问题是公开的深度和广度还不够。",
           "2012年，我区将重点做好财政预决算、“三公”经费等信息公开。"], kinds=K6_PLANS,
          titles=("工作概述", "主动公开情况", "依申请公开情况", "行政复议、诉讼情况", "存在的问题", "2012年工作打算"))
add("a-qd-shinan-2011-plans",
    text(["青岛市市南区人民政府2011年政府信息公开工作年度报告"], P),
    {}, ("青岛市市南区人民政府", "district", "山东省", "青岛市", "市南区", 2011), P)

# 6. Fujian, a district of Xiamen 2012: a 主要做法 part (measures) before the counts
P = parts(["2012年，思明区人民政府认真贯彻落实《条例》。",
           ["（一）加强组织领导。调整充实了政府信息公开工作领导小组。", "（二）完善制度建设。出台了保密审查办法。"],
           "全年主动公开政府信息2036条。", "全年受理政府信息公开申请27件，按时答复率100%。",
           "一是公开信息的时效性不够；二是政策解读不足。2013年，我区将着力提高公开时效，加强政策解读。"],
          kinds=K5_MEAS, titles=T5_MEAS)
add("a-xm-siming-2012-measures",
    text(["厦门市思明区人民政府2012年政府信息公开工作年度报告"], P, ["厦门市思明区人民政府", "2013年3月20日"]),
    {}, ("厦门市思明区人民政府", "district", "福建省", "厦门市", "思明区", 2012), P, published="2013-03-20")

# 7. Guangdong, a district bureau of Shenzhen 2010: no title line; the name only in the signature
P = old7("2010年，我局以推进教育公开为重点，扎实开展政府信息公开工作。", 2010, "我局", (532, 3),
         "存在的主要问题是学校公开工作发展不平衡。下一步，我局将加强对学校公开工作的指导。")
add("a-sz-futian-jyj-2010-sign",
    text([], P, ["深圳市福田区教育局", "二〇一一年三月二十九日"]),
    {}, ("深圳市福田区教育局", "department", "广东省", "深圳市", "福田区", 2010), P, published="2011-03-29")

# 8. Xinjiang, a regional commission 2009: 自治区发展改革委 in the body, the full name in the title
P = old7("2009年，自治区发展改革委认真贯彻落实《条例》，积极推进政府信息公开。", 2009, "自治区发展改革委", (980, 7),
         "存在的问题是公开的主动性有待提高。2010年，我委将进一步加大项目审批信息公开力度。")
add("a-xj-fgw-2009-abbr",
    text(["新疆维吾尔自治区发展和改革委员会2009年政府信息公开工作年度报告"], P),
    {}, ("新疆维吾尔自治区发展和改革委员会", "department", "新疆维吾尔自治区", None, None, 2009), P)

# 9. Tibet, a district of Lhasa 2011: headings numbered 一． with a full-width point
P = old7("2011年，城关区人民政府认真落实《条例》。", 2011, "我区", (640, 2),
         "存在的主要问题是公开形式比较单一。下一步，我区将拓展公开渠道。",
         nums=tuple(f"{c}．" for c in "一二三四五六七"))
add("a-xz-chengguan-2011-dot",
    text(["拉萨市城关区人民政府2011年政府信息公开工作年度报告"], P),
    {}, ("拉萨市城关区人民政府", "district", "西藏自治区", "拉萨市", "城关区", 2011), P)

# 10. Inner Mongolia, a banner 2010: a breadcrumb and an info line above the title
P = old7("2010年，达拉特旗人民政府全面推进政府信息公开工作。", 2010, "我旗", (1320, 6),
         "存在的主要问题是苏木镇公开工作较为薄弱。2011年，我旗将加强对苏木镇的业务指导。")
add("a-nmg-dalad-2010-portal",
    portal("您现在的位置：首页 > 信息公开 > 政府信息公开年报", ["达拉特旗人民政府2010年政府信息公开工作年度报告"],
           "来源：达拉特旗人民政府办公室　发布时间：2011-03-30　浏览次数：862", lines([], P)),
    {}, ("达拉特旗人民政府", "county", "内蒙古自治区", "鄂尔多斯市", "达拉特旗", 2010), P, published="2011-03-30")

# 11. Gansu, a county-level city 2008: the date only under the signature, in Chinese numerals
P = old7(["2008年5月1日《条例》正式施行以来，敦煌市人民政府高度重视政府信息公开工作。",
          "本报告所列数据统计期限为2008年5月1日至2008年12月31日。"], 2008, "我市", (736, 1),
         "存在的主要问题是公开内容不够规范。2009年，我市将进一步规范公开内容。")
add("a-gs-dunhuang-2008-signdate",
    text(["敦煌市人民政府2008年度政府信息公开工作年度报告"], P, ["敦煌市人民政府", "二〇〇九年三月三十一日"]),
    {}, ("敦煌市人民政府", "county", "甘肃省", "酒泉市", "敦煌市", 2008), P, published="2009-03-31")

# 12. Jilin, an autonomous prefecture 2009: 州政府 in the body
P = old7("2009年，延边州政府坚持把政府信息公开作为建设服务型政府的重要内容。", 2009, "州政府", (1860, 12),
         "存在的主要问题是县市公开工作进展不平衡。2010年，州政府将加大督查力度。")
add("a-jl-yanbian-2009-state",
    text(["延边朝鲜族自治州人民政府2009年政府信息公开工作年度报告"], P),
    {}, ("延边朝鲜族自治州人民政府", "city", "吉林省", "延边朝鲜族自治州", None, 2009), P)

# 13. Heilongjiang, a bureau of a sub-provincial city 2011: 本局 and the address line
P = old7("2011年，本局围绕财政预决算公开，认真做好政府信息公开工作。", 2011, "本局", (486, 4),
         "存在的问题是部门预算公开的细化程度不够。下一步，本局将推动部门预算细化公开。")
add("a-hrb-czj-2011-title",
    text(["哈尔滨市财政局2011年政府信息公开工作年度报告"], P,
         ["联系地址：哈尔滨市南岗区中山路181号　邮编：150001　联系电话：0451-12345678"]),
    {}, ("哈尔滨市财政局", "department", "黑龙江省", "哈尔滨市", None, 2011), P)

# 14. Chongqing, a district 2010: parts numbered （一） with sub-items 1. inside
P = old7(["2010年，万州区人民政府认真贯彻落实《条例》。", "1.加强领导。成立了工作领导小组。", "2.健全制度。完善了发布协调制度。"],
         2010, "我区", (1540, 8), "存在的主要问题是公开时效有待提高。2011年，我区将加快信息发布速度。",
         nums=tuple(f"（{c}）" for c in "一二三四五六七"))
add("a-cq-wanzhou-2010-paren",
    text(["重庆市万州区人民政府2010年政府信息公开工作年度报告"], P),
    {}, ("重庆市万州区人民政府", "district", "重庆市", "重庆市", "万州区", 2010), P)

# 15. Shanxi, a city bureau 2012: 市公安局 only in the body; the title names the full body
P = old7("2012年，市公安局把警务公开与政府信息公开结合起来，推进阳光警务。", 2012, "市公安局", (812, 16),
         "存在的主要问题是执法信息公开不够全面。2013年，我局将推进执法信息网上公开。")
add("a-ty-gaj-2012-police",
    text(["太原市公安局2012年政府信息公开工作年度报告"], P, ["太原市公安局", "2013年3月25日"]),
    {}, ("太原市公安局", "department", "山西省", "太原市", None, 2012), P, published="2013-03-25")

# 16. Henan, a city 2016: the ten parts that follow the 2014 statistics table
P = ten("2016年，开封市人民政府深入贯彻落实《条例》和国务院办公厅政务公开工作要点。", 2016, "市政府", (4620, 38),
        "存在的主要问题是政策解读的质量有待提高。2017年，我市将建立政策解读专家库。")
add("a-hen-kaifeng-2016-ten",
    text(["开封市人民政府2016年政府信息公开工作年度报告"], P),
    {}, ("开封市人民政府", "city", "河南省", "开封市", None, 2016), P)

# 17. Hubei, a district 2017: the ten parts, a portal page's text
P = ten("2017年，夷陵区人民政府围绕全区中心工作，扎实推进政务公开。", 2017, "区政府", (3120, 11),
        "存在的主要问题是基层政务公开标准化规范化程度不高。2018年，我区将推进基层政务公开标准化规范化试点。")
add("a-hub-yiling-2017-ten-portal",
    portal("当前位置：首页>政务公开>政府信息公开年度报告", ["宜昌市夷陵区人民政府2017年政府信息公开工作年度报告"],
           "信息来源：夷陵区政府办　发布日期：2018-03-22 09:12　点击数：1536", lines([], P),
           font="字体：[大] [中] [小]", tail="【打印】【关闭】"),
    {}, ("宜昌市夷陵区人民政府", "district", "湖北省", "宜昌市", "夷陵区", 2017), P, published="2018-03-22")

# 18. Yunnan, a district 2012: old parts in a CSV crawl row whose text has no title line
P = old7("2012年，古城区人民政府认真贯彻落实《条例》和省、市工作部署。", 2012, "我区", (906, 3),
         "存在的主要问题是公开内容的实用性不强。2013年，我区将突出公开重点。")
add("a-yn-gucheng-2012-csv",
    row("crawl-a.csv", "丽江市古城区人民政府2012年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2013-03-28",
        url="http://www.ljgucheng.gov.cn/xxgk/2013/328.html"),
    {}, ("丽江市古城区人民政府", "district", "云南省", "丽江市", "古城区", 2012), P, published="2013-03-28")


# ============================ B. autonomous-region departments, municipal districts and their bodies ============================

# 19. Guangxi, a regional commission 2022: the title cut over two lines inside 政府信息公开
P = six("2022年，自治区民族宗教委坚持以习近平新时代中国特色社会主义思想为指导，推进民族宗教领域政务公开。", 2022, "我委", (612, 3),
        "存在的主要问题是政策解读形式不够丰富。下一步，我委将运用图解、视频等方式开展解读。")
add("b-gx-mzzj-2022-splittitle",
    text(["广西壮族自治区民族宗教事务委员会2022年政府信息", "公开工作年度报告"], P),
    {}, ("广西壮族自治区民族宗教事务委员会", "department", "广西壮族自治区", None, None, 2022), P)

# 20. Ningxia, a regional department 2023: title without the body, 二〇二三年度; body 自治区水利厅; signature
P = six("2023年，自治区水利厅认真贯彻落实《条例》，围绕水资源管理、水利工程建设推进政务公开。", 2023, "我厅", (1036, 9),
        "存在的主要问题是基层水利信息公开不够规范。2024年，我厅将加强对市县水利部门的指导。")
add("b-nx-slt-2023-cnyear",
    text(["二〇二三年度政府信息公开工作年度报告"], P, ["宁夏回族自治区水利厅", "二〇二四年一月十八日"]),
    {}, ("宁夏回族自治区水利厅", "department", "宁夏回族自治区", None, None, 2023), P, published="2024-01-18")

# 21. Tibet, a regional department 2021 in a JSONL crawl: text without a title line
P = six("2021年，我厅认真贯彻落实新修订的《条例》，推进交通运输领域政务公开。", 2021, "我厅", (820, 4),
        "存在的主要问题是公开平台功能有待完善。下一步，我厅将优化门户网站栏目设置。")
add("b-xz-jtt-2021-jsonl",
    row("crawl-b.jsonl", "西藏自治区交通运输厅2021年政府信息公开工作年度报告", "\n".join(lines([LAW + "编制本报告。"], P)),
        date="2022-01-25", url="http://jtt.xizang.gov.cn/xxgk/2022/125.html"),
    {}, ("西藏自治区交通运输厅", "department", "西藏自治区", None, None, 2021), P, published="2022-01-25")

# 22. Xinjiang, a regional commission 2022: 自治区卫生健康委 in the body; the full name only in the signature
P = six("2022年，自治区卫生健康委坚持以人民健康为中心，推进卫生健康领域政务公开。", 2022, "自治区卫生健康委", (2140, 26),
        "存在的主要问题是医疗机构公开不够规范。下一步，我委将推进医疗卫生机构信息公开。")
add("b-xj-wjw-2022-abbr-sign",
    text([LAW + "现公布本委2022年政府信息公开工作年度报告。"], P, ["新疆维吾尔自治区卫生健康委员会", "2023年1月16日"]),
    {}, ("新疆维吾尔自治区卫生健康委员会", "department", "新疆维吾尔自治区", None, None, 2022), P, published="2023-01-16")

# 23. Inner Mongolia, a regional department 2023: portal text with breadcrumb, 来源, 字号 and the tail
P = six("2023年，自治区公安厅坚持以公开促规范，深化警务公开。", 2023, "我厅", (1480, 35),
        "存在的主要问题是执法信息公开的及时性有待提高。2024年，我厅将推进执法信息按时公开。")
add("b-nmg-gat-2023-portal",
    portal("首页 > 政务公开 > 法定主动公开内容 > 政府信息公开年报", ["内蒙古自治区公安厅2023年政府信息公开工作年度报告"],
           "来源：内蒙古自治区公安厅　发布时间：2024-01-26　浏览次数：2315", lines([], P)),
    {}, ("内蒙古自治区公安厅", "department", "内蒙古自治区", None, None, 2023), P, published="2024-01-26")

# 24. Shanghai, a district bureau 2023: the title over two lines (body / year and report)
P = six("2023年，区生态环境局围绕生态文明建设，推进生态环境领域政务公开。", 2023, "我局", (864, 12),
        "存在的主要问题是环境信息解读不够通俗。下一步，我局将加强环境信息解读。")
add("b-sh-pudong-sthjj-2023-twolines",
    text(["上海市浦东新区生态环境局", "2023年政府信息公开工作年度报告"], P),
    {}, ("上海市浦东新区生态环境局", "department", "上海市", "上海市", "浦东新区", 2023), P)

# 25. Beijing, a district bureau 2022: 区人力社保局 in the body; the name in 联系方式
P = six("2022年，区人力社保局坚持就业优先，推进人社领域政务公开。", 2022, "区人力社保局", (1260, 18),
        "存在的主要问题是政策宣传的覆盖面不够。下一步，我局将拓展政策宣传渠道。",
        other="本年度未收取信息处理费。联系方式：北京市海淀区人力资源和社会保障局办公室，电话：010-12345678。")
add("b-bj-haidian-rsj-2022-contact", text([LAW + "编制本报告。"], P),
    {}, ("北京市海淀区人力资源和社会保障局", "department", "北京市", "北京市", "海淀区", 2022), P)

# 26. Tianjin, a new-area government 2024: the year as 二〇二四年 in the title
P = six("2024年，滨海新区人民政府深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署。", 2024, "区政府", (6120, 146),
        "存在的主要问题是政策解读的针对性有待增强。2025年，我区将围绕企业关切开展精准解读。")
add("b-tj-binhai-2024-cnyear",
    text(["天津市滨海新区人民政府二〇二四年政府信息公开工作年度报告"], P),
    {}, ("天津市滨海新区人民政府", "district", "天津市", "天津市", "滨海新区", 2024), P)

# 27. Chongqing, a district commission 2023: 区教委 in the body and signature with the full name
P = six("2023年，区教委坚持以人民为中心，推进教育领域政务公开。", 2023, "区教委", (968, 22),
        "存在的主要问题是学校信息公开不够规范。2024年，区教委将加强对学校信息公开的指导。")
add("b-cq-yubei-jw-2023-sign",
    text(["重庆市渝北区教育委员会2023年政府信息公开工作年度报告"], P, ["重庆市渝北区教育委员会", "2024年1月19日"]),
    {}, ("重庆市渝北区教育委员会", "department", "重庆市", "重庆市", "渝北区", 2023), P, published="2024-01-19")

# 28. Shanghai, a town of a district 2022: a portal page
P = six("2022年，七宝镇人民政府认真落实区委、区政府关于政务公开的工作要求。", 2022, "我镇", (412, 2),
        "存在的主要问题是公开内容与群众需求结合不够紧密。下一步，我镇将围绕群众关切丰富公开内容。")
add("b-sh-qibao-2022-page",
    cms_page("上海市闵行区七宝镇人民政府2022年政府信息公开工作年度报告_闵行区人民政府", blocks(P), site="上海市闵行区人民政府",
             h1="上海市闵行区七宝镇人民政府2022年政府信息公开工作年度报告", info="来源：七宝镇　发布时间：2023-01-18"),
    {}, ("上海市闵行区七宝镇人民政府", "township", "上海市", "上海市", "闵行区", 2022), P, published="2023-01-18")

# 29. Beijing, a district 2021: a Word file, the title in two large-font lines
P = six("2021年，密云区人民政府认真贯彻落实新修订的《条例》，围绕生态涵养区建设推进政务公开。", 2021, "区政府", (3860, 72),
        "存在的主要问题是基层政务公开标准化水平有待提升。2022年，我区将深化基层政务公开标准化规范化建设。")
add("b-bj-miyun-2021-docx",
    Docx((("big", "北京市密云区人民政府"), ("big", "2021年政府信息公开工作年度报告"), LAW + "编制本报告。", *lines([], P))),
    {}, ("北京市密云区人民政府", "district", "北京市", "北京市", "密云区", 2021), P)

# 30. Tianjin, a district bureau 2023: CSV crawl, 区市场监管局 in the body, signature
P = six("2023年，区市场监管局坚持以公开促监管，推进市场监管领域政务公开。", 2023, "我局", (1520, 14),
        "存在的主要问题是行政处罚信息公开的及时性不够。下一步，我局将落实行政处罚信息7日内公开要求。")
add("b-tj-jizhou-scjg-2023-csv",
    row("crawl-b.csv", "政府信息公开工作年度报告", "\n".join([*lines([], P), "天津市蓟州区市场监督管理局", "2024年1月22日"]),
        date="2024-01-23"),
    {}, ("天津市蓟州区市场监督管理局", "department", "天津市", "天津市", "蓟州区", 2023), P, published="2024-01-23")


# ============================ C. cities with separate planning and districts of sub-provincial cities ============================

# 31. Shenzhen, a district 2023: 二〇二三年度 in the title, the date only under the signature in Chinese numerals
P = six("2023年，南山区人民政府坚持以人民为中心的发展思想，全面推进政务公开。", 2023, "区政府", (8120, 236),
        "存在的主要问题是政务公开与政务服务融合不够。2024年，我区将推进政务公开与政务服务深度融合。")
add("c-sz-nanshan-2023-cnyear-sign",
    text(["深圳市南山区人民政府二〇二三年度政府信息公开工作年度报告"], P, ["深圳市南山区人民政府", "二〇二四年一月十五日"]),
    {}, ("深圳市南山区人民政府", "district", "广东省", "深圳市", "南山区", 2023), P, published="2024-01-15")

# 32. Shenzhen, a district bureau 2022: no title line; the name in 本报告由…编制
P = six("2022年，我局坚持以公开促落实，围绕住房保障、城市更新推进政务公开。", 2022, "我局", (1360, 58),
        "存在的主要问题是保障性住房分配信息公开不够细。下一步，我局将细化保障性住房分配信息公开。")
add("c-sz-guangming-zjj-2022-compiled",
    text(["本报告由深圳市光明区住房和建设局根据《中华人民共和国政府信息公开条例》要求编制。"], P),
    {}, ("深圳市光明区住房和建设局", "department", "广东省", "深圳市", "光明区", 2022), P)

# 33. Dalian, a city bureau 2022: a portal page whose <title> is the site's name; the h1 is the title
P = six("2022年，市交通运输局认真落实《条例》，推进交通运输领域政务公开。", 2022, "市交通运输局", (1760, 23),
        "存在的主要问题是交通建设项目信息公开不够全面。下一步，我局将完善重大建设项目信息公开。")
add("c-dl-jtj-2022-page",
    cms_page("大连市交通运输局", blocks(P), site="大连市交通运输局", h1="大连市交通运输局2022年政府信息公开工作年度报告",
             info="来源：大连市交通运输局　发布时间：2023-01-17", related=("大连市交通运输局2021年政府信息公开工作年度报告",)),
    {}, ("大连市交通运输局", "department", "辽宁省", "大连市", None, 2022), P, published="2023-01-17")

# 34. Ningbo, a district 2023: portal text whose 来源 is the government's office
P = six("2023年，鄞州区人民政府坚持公开为常态、不公开为例外，推进政务公开提质增效。", 2023, "区政府", (5260, 96),
        "存在的主要问题是政策解读的形式有待创新。2024年，我区将推出更多“图解+视频”解读。")
add("c-nb-yinzhou-2023-office-source",
    portal("首页 > 政府信息公开 > 政府信息公开年报", ["宁波市鄞州区人民政府2023年政府信息公开工作年度报告"],
           "来源：鄞州区人民政府办公室　发布时间：2024-01-19　浏览次数：1206", lines([], P)),
    {}, ("宁波市鄞州区人民政府", "district", "浙江省", "宁波市", "鄞州区", 2023), P, published="2024-01-19")

# 35. Qingdao, a district 2021: JSONL crawl, the text starts with 一、总体情况
P = six("2021年，黄岛区人民政府认真贯彻落实新修订的《条例》，推进政务公开。", 2021, "区政府", (7360, 188),
        "存在的主要问题是部分部门公开质量不高。2022年，我区将开展政务公开质量提升行动。")
add("c-qd-huangdao-2021-jsonl",
    row("crawl-c.jsonl", "青岛市黄岛区人民政府2021年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2022-01-28"),
    {}, ("青岛市黄岛区人民政府", "district", "山东省", "青岛市", "黄岛区", 2021), P, published="2022-01-28")

# 36. Xiamen, a district 2024: a gov2021 table in each of parts 二 to 四 (one cell a line)
P = with_tables(six("2024年，海沧区人民政府深入推进政务公开，围绕营商环境优化公开信息。", 2024, "区政府", (3980, 61),
                    "存在的主要问题是政策解读的精准度不够。2025年，我区将推进政策精准推送。"), tables("gov2021", 31, "cells", 2024))
add("c-xm-haicang-2024-tables",
    text(["厦门市海沧区人民政府2024年政府信息公开工作年度报告"], P),
    {}, ("厦门市海沧区人民政府", "district", "福建省", "厦门市", "海沧区", 2024), P, template="gov2021")

# 37. Chengdu, a district bureau 2023: 区民政局 in the body, 武侯区民政局 in the signature only
P = six("2023年，区民政局围绕基本民生保障，推进民政领域政务公开。", 2023, "区民政局", (736, 5),
        "存在的主要问题是社会救助信息公开不够及时。下一步，我局将按月公开社会救助信息。")
add("c-cd-wuhou-mzj-2023-sign",
    text(["成都市武侯区民政局2023年政府信息公开工作年度报告"], P, ["成都市武侯区民政局", "2024年1月24日"]),
    {}, ("成都市武侯区民政局", "department", "四川省", "成都市", "武侯区", 2023), P, published="2024-01-24")

# 38. Wuhan, a district 2022: a Word file, the title in one large-font paragraph, signature
P = six("2022年，江汉区人民政府坚持以公开促服务，推进政务公开标准化规范化。", 2022, "区政府", (4260, 77),
        "存在的主要问题是基层公开专栏更新不及时。2023年，我区将加强基层公开专栏日常维护。")
add("c-wh-jianghan-2022-docx",
    Docx((("big", "武汉市江汉区人民政府2022年政府信息公开工作年度报告"), *lines([], P), "武汉市江汉区人民政府", "2023年1月20日")),
    {}, ("武汉市江汉区人民政府", "district", "湖北省", "武汉市", "江汉区", 2022), P, published="2023-01-20")

# 39. Xi'an, a district 2023: the title over two lines, cut after the body's name and 2023年
P = six("2023年，雁塔区人民政府坚持以人民为中心，全面推进政务公开。", 2023, "区政府", (5120, 132),
        "存在的主要问题是政务新媒体运营能力不足。2024年，我区将加强政务新媒体队伍建设。")
add("c-xa-yanta-2023-cut",
    text(["西安市雁塔区人民政府2023年", "政府信息公开工作年度报告"], P),
    {}, ("西安市雁塔区人民政府", "district", "陕西省", "西安市", "雁塔区", 2023), P)

# 40. Hangzhou, a district bureau 2024: CSV crawl; the text starts with the preamble; 区卫健局
P = six("2024年，区卫健局坚持以人民健康为中心，推进卫生健康领域政务公开。", 2024, "区卫健局", (1080, 9),
        "存在的主要问题是医疗服务信息公开不够全面。2025年，我局将推进医疗服务价格公开。")
add("c-hz-xihu-wjj-2024-csv",
    row("crawl-c.csv", "杭州市西湖区卫生健康局2024年政府信息公开工作年度报告", "\n".join(lines([LAW + "编制本报告。"], P)),
        date="2025-01-16"),
    {}, ("杭州市西湖区卫生健康局", "department", "浙江省", "杭州市", "西湖区", 2024), P, published="2025-01-16")

# 41. Guangzhou, a district 2023: portal text with the title in 【】 font control and a share line
P = six("2023年，天河区人民政府深入贯彻落实《条例》，围绕高质量发展推进政务公开。", 2023, "区政府", (6890, 312),
        "存在的主要问题是依申请公开答复的规范性有待提高。2024年，我区将规范依申请公开答复文书。")
add("c-gz-tianhe-2023-portal",
    portal("当前位置：首页 > 政务公开 > 政府信息公开年报", ["广州市天河区人民政府2023年政府信息公开工作年度报告"],
           "发布时间：2024-01-29 10:15:32　来源：本网　浏览次数：3521", lines([], P),
           font="【字号：大 中 小】【打印】【关闭】", tail="分享到：微信 微博　扫一扫在手机打开当前页"),
    {}, ("广州市天河区人民政府", "district", "广东省", "广州市", "天河区", 2023), P, published="2024-01-29")

# 42. Jinan, a district 2022: the old-style title with 年度 after the body, signature
P = six("2022年，历下区人民政府深入推进政务公开，助力“强省会”建设。", 2022, "区政府", (4160, 85),
        "存在的主要问题是政策解读的覆盖面不够。2023年，我区将扩大政策解读覆盖面。")
add("c-jn-lixia-2022-sign",
    text(["济南市历下区人民政府2022年度政府信息公开工作年度报告"], P, ["济南市历下区人民政府", "2023年1月18日"]),
    {}, ("济南市历下区人民政府", "district", "山东省", "济南市", "历下区", 2022), P, published="2023-01-18")

# 43. Changchun, a district named 朝阳区 (as Beijing's is) 2023: only 朝阳区 and 长春市 in the body
P = six("2023年，朝阳区人民政府在长春市委、市政府的正确领导下，全面推进政务公开。", 2023, "区政府", (3120, 42),
        "存在的主要问题是基层政务公开工作不平衡。2024年，我区将加强对街道政务公开的指导。")
add("c-cc-chaoyang-2023-ambiguous",
    row("crawl-c.jsonl", "政府信息公开工作年度报告", "\n".join([*lines([], P), "长春市朝阳区人民政府", "2024年1月25日"]),
        date="2024-01-25"),
    {}, ("长春市朝阳区人民政府", "district", "吉林省", "长春市", "朝阳区", 2023), P, published="2024-01-25")

# 44. Nanjing, a district named 鼓楼区 2022: title without the city, the city in the body's preamble
P = six("2022年，鼓楼区人民政府在南京市委、市政府和区委的领导下，扎实推进政务公开。", 2022, "区政府", (4380, 97),
        "存在的主要问题是政务公开专区功能不够完善。2023年，我区将优化政务公开专区功能。")
add("c-nj-gulou-2022-bodycity",
    text(["南京市鼓楼区人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("南京市鼓楼区人民政府", "district", "江苏省", "南京市", "鼓楼区", 2022), P)

# 45. Shenyang, a district 2023: HTML page with <strong> headings running into the first paragraph
P = six("2023年，铁西区人民政府坚持以公开促落实，推进政务公开工作高质量发展。", 2023, "区政府", (3560, 51),
        "存在的主要问题是政策解读的及时性有待提高。2024年，我区将做到政策文件与解读材料同步发布。")
add("c-sy-tiexi-2023-inline",
    cms_page("沈阳市铁西区人民政府2023年政府信息公开工作年度报告", blocks(P, inline=True), site="沈阳市铁西区人民政府",
             info="来源：沈阳市铁西区人民政府　发布时间：2024-01-22"),
    {}, ("沈阳市铁西区人民政府", "district", "辽宁省", "沈阳市", "铁西区", 2023), P, published="2024-01-22")


# ============================ D. zones, street offices, towns, ethnic townships, 派出机构 ============================

# 46. Xiamen, a high-tech zone committee 2022: 火炬管委会 in the body
P = six("2022年，火炬管委会认真贯彻落实《条例》，推进园区政务公开。", 2022, "我委", (1260, 6),
        "存在的主要问题是企业政策解读不够精准。下一步，我委将开展惠企政策精准解读。")
add("d-xm-huoju-2022-zone",
    text(["厦门火炬高技术产业开发区管理委员会2022年政府信息公开工作年度报告"], P),
    {}, ("厦门火炬高技术产业开发区管理委员会", "city", "福建省", "厦门市", None, 2022), P)

# 47. Ningbo, a bonded zone committee 2023: no title; the name in the signature with 二〇二四年 date
P = six("2023年，我委深入推进政务公开，围绕开放型经济建设公开政策信息。", 2023, "我委", (640, 1),
        "存在的主要问题是公开内容的针对性不强。2024年，我委将围绕企业需求调整公开内容。")
add("d-nb-bsq-2023-sign",
    text([], P, ["宁波保税区管理委员会", "二〇二四年一月二十二日"]),
    {}, ("宁波保税区管理委员会", "city", "浙江省", "宁波市", None, 2023), P, published="2024-01-22")

# 48. Qingdao, a high-tech zone committee 2021: CSV crawl
P = six("2021年，青岛高新区管委会认真贯彻落实新修订的《条例》。", 2021, "高新区管委会", (860, 4),
        "存在的主要问题是政务公开专栏内容更新不及时。下一步，我们将建立专栏定期更新机制。")
add("d-qd-gxq-2021-csv",
    row("crawl-d.csv", "青岛高新技术产业开发区管理委员会2021年政府信息公开工作年度报告", "\n".join(lines([], P)),
        date="2022-01-27"),
    {}, ("青岛高新技术产业开发区管理委员会", "city", "山东省", "青岛市", None, 2021), P, published="2022-01-27")

# 49. Chengdu, a high-tech zone committee 2023: 成都高新区 in the body, the full name in the title
P = six("2023年，成都高新区坚持以公开促发展，全面推进政务公开。", 2023, "成都高新区", (4120, 88),
        "存在的主要问题是基层公开能力有待提升。2024年，我区将加强基层政务公开培训。")
add("d-cd-gxq-2023-zone",
    text(["成都高新技术产业开发区管理委员会2023年政府信息公开工作年度报告"], P),
    {}, ("成都高新技术产业开发区管理委员会", "city", "四川省", "成都市", None, 2023), P)

# 50. Shenzhen, a street office 2023: portal text
P = six("2023年，粤海街道办事处在南山区委、区政府的领导下，推进基层政务公开。", 2023, "我街道", (536, 3),
        "存在的主要问题是社区公开栏更新不及时。2024年，我街道将加强社区公开栏管理。")
add("d-sz-yuehai-2023-portal",
    portal("首页 > 南山区政府在线 > 政府信息公开 > 政府信息公开年报", ["深圳市南山区粤海街道办事处2023年政府信息公开工作年度报告"],
           "发布时间：2024-01-12　来源：粤海街道办　浏览次数：468", lines([], P)),
    {}, ("深圳市南山区粤海街道办事处", "township", "广东省", "深圳市", "南山区", 2023), P, published="2024-01-12")

# 51. Dalian, a street office 2022: the title cut over two lines after 街道
P = six("2022年，青泥洼桥街道深入推进基层政务公开标准化规范化建设。", 2022, "我街道", (324, 0),
        "存在的主要问题是公开内容与居民需求结合不够。2023年，我街道将围绕居民关切丰富公开内容。")
add("d-dl-qingniwaqiao-2022-cut",
    text(["大连市中山区青泥洼桥街道", "办事处2022年政府信息公开工作年度报告"], P),
    {}, ("大连市中山区青泥洼桥街道办事处", "township", "辽宁省", "大连市", "中山区", 2022), P)

# 52. Hunan, an ethnic township 2023: 我乡 in the body
P = six("2023年，我乡在隆回县委、县政府的正确领导下，扎实推进基层政务公开。", 2023, "我乡", (186, 0),
        "存在的主要问题是公开内容不够丰富。2024年，我乡将重点做好惠民惠农资金公开。")
add("d-hun-huxingshan-2023-yaozu",
    text(["隆回县虎形山瑶族乡人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("隆回县虎形山瑶族乡人民政府", "township", "湖南省", "邵阳市", "隆回县", 2023), P)

# 53. Sichuan, a town of a county-level city 2022: a JSONL crawl with the text's own title line absent
P = six("2022年，丹景山镇人民政府认真落实彭州市政务公开工作部署。", 2022, "我镇", (268, 1),
        "存在的主要问题是村务公开与政务公开衔接不够。下一步，我镇将推进村务公开规范化。")
add("d-sc-danjingshan-2022-jsonl",
    row("crawl-d.jsonl", "彭州市丹景山镇人民政府2022年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2023-01-30"),
    {}, ("彭州市丹景山镇人民政府", "township", "四川省", "成都市", "彭州市", 2022), P, published="2023-01-30")

# 54. Henan, a town of a county-level city 2023: the date only under the signature in Chinese numerals
P = six("2023年，任村镇人民政府认真贯彻落实《条例》，推进基层政务公开。", 2023, "我镇", (352, 2),
        "存在的主要问题是公开工作人员业务水平不高。2024年，我镇将组织业务培训。")
add("d-hen-rencun-2023-signdate",
    text(["林州市任村镇人民政府2023年政府信息公开工作年度报告"], P, ["林州市任村镇人民政府", "二〇二四年一月十日"]),
    {}, ("林州市任村镇人民政府", "township", "河南省", "安阳市", "林州市", 2023), P, published="2024-01-10")

# 55. Chongqing, a district public-security 分局 2023
P = six("2023年，渝中区分局坚持以公开促规范，深化警务公开。", 2023, "我分局", (520, 12),
        "存在的主要问题是办事指南更新不及时。2024年，我分局将及时更新办事指南。")
add("d-cq-yuzhong-gaj-2023-fenju",
    text(["重庆市公安局渝中区分局2023年政府信息公开工作年度报告"], P),
    {}, ("重庆市公安局渝中区分局", "department", "重庆市", "重庆市", "渝中区", 2023), P)

# 56. Dalian, a natural-resources 分局 named after its district without 区 2022
P = six("2022年，我分局认真落实市局政务公开工作部署，推进自然资源领域政务公开。", 2022, "我分局", (236, 3),
        "存在的主要问题是规划信息公开不够及时。2023年，我分局将及时公开规划审批信息。")
add("d-dl-zrj-ganjingzi-2022-fenju",
    text(["大连市自然资源局甘井子分局2022年政府信息公开工作年度报告"], P),
    {}, ("大连市自然资源局甘井子分局", "department", "辽宁省", "大连市", "甘井子区", 2022), P)

# 57. Heilongjiang, an ethnic township of a county-level city 2023: CSV crawl, 我乡
P = six("2023年，我乡在宁安市委、市政府的正确领导下，推进基层政务公开。", 2023, "我乡", (142, 0),
        "存在的主要问题是公开形式比较单一。下一步，我乡将利用微信公众号拓展公开渠道。")
add("d-hlj-jiangnan-2023-csv",
    row("crawl-d.csv", "宁安市江南朝鲜族满族乡人民政府2023年政府信息公开工作年度报告", "\n".join(lines([], P)),
        date="2024-01-15"),
    {}, ("宁安市江南朝鲜族满族乡人民政府", "township", "黑龙江省", "牡丹江市", "宁安市", 2023), P, published="2024-01-15")

# 58. Xinjiang, a town of a county under a 地区 2022
P = six("2022年，吐木秀克镇人民政府认真落实温宿县政务公开工作部署。", 2022, "我镇", (196, 0),
        "存在的主要问题是双语公开不够。下一步，我镇将推进国家通用语言文字公开。")
add("d-xj-tumuxiuke-2022-town",
    text(["温宿县吐木秀克镇人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("温宿县吐木秀克镇人民政府", "township", "新疆维吾尔自治区", "阿克苏地区", "温宿县", 2022), P)

# 59. Nanjing, a market-supervision 分局 of a district bureau 2023
P = six("2023年，秣陵分局认真落实区市场监管局政务公开工作要求。", 2023, "我分局", (148, 1),
        "存在的主要问题是公开信息数量较少。下一步，我分局将及时公开日常监督检查信息。")
add("d-nj-moling-scjg-2023-fenju",
    text(["南京市江宁区市场监督管理局秣陵分局2023年政府信息公开工作年度报告"], P),
    {}, ("南京市江宁区市场监督管理局秣陵分局", "department", "江苏省", "南京市", "江宁区", 2023), P)


# ============================ E. vertically managed bodies ============================

# 60. Xiamen customs 2022: 厦门海关 in the body; the title names it in full
P = six("2022年，厦门海关认真贯彻落实海关总署关于政务公开的工作部署。", 2022, "厦门海关", (1320, 16),
        "存在的主要问题是政策解读的通俗性不够。下一步，我关将加强政策图解解读。")
add("e-xm-customs-2022",
    text(["中华人民共和国厦门海关2022年政府信息公开工作年度报告"], P),
    {}, ("中华人民共和国厦门海关", "department", "福建省", "厦门市", None, 2022), P)

# 61. A subordinate customs office 2023: its district only in the address line
P = six("2023年，北仑海关在宁波海关党委的领导下，认真贯彻落实政务公开工作要求。", 2023, "我关", (216, 4),
        "存在的主要问题是公开信息的实用性不强。2024年，我关将围绕通关便利公开办事信息。",
        other="本年度未收取信息处理费。地址：浙江省宁波市北仑区明州路1号，邮编：315800。")
add("e-nb-beilun-customs-2023-address",
    text(["北仑海关2023年政府信息公开工作年度报告"], P),
    {}, ("北仑海关", "department", "浙江省", "宁波市", "北仑区", 2023), P)

# 62. Qingdao, a district tax bureau 2022: the name only in the signature
P = six("2022年，我局认真落实国家税务总局和青岛市税务局关于政务公开的工作部署。", 2022, "我局", (412, 3),
        "存在的主要问题是税收政策解读不够及时。2023年，我局将及时开展新出台税收政策解读。")
add("e-qd-laoshan-tax-2022-sign",
    text([LAW + "编制本报告。"], P, ["国家税务总局青岛市崂山区税务局", "2023年1月17日"]),
    {}, ("国家税务总局青岛市崂山区税务局", "department", "山东省", "青岛市", "崂山区", 2022), P, published="2023-01-17")

# 63. Shenzhen, a meteorological bureau 2023: a portal page
P = six("2023年，深圳市气象局认真贯彻落实中国气象局和市委、市政府关于政务公开的工作部署。", 2023, "我局", (986, 2),
        "存在的主要问题是气象灾害预警信息解读不够。2024年，我局将加强预警信息解读。")
add("e-sz-qxj-2023-page",
    cms_page("深圳市气象局2023年政府信息公开工作年度报告-深圳市气象局", blocks(P), site="深圳市气象局",
             info="来源：深圳市气象局　发布时间：2024-01-23"),
    {}, ("深圳市气象局", "department", "广东省", "深圳市", None, 2023), P, published="2024-01-23")

# 64. Guangxi, a county meteorological bureau 2022: CSV crawl without title in the text
P = six("2022年，阳朔县气象局认真落实上级气象部门政务公开工作要求。", 2022, "我局", (64, 0),
        "存在的主要问题是公开内容较少。下一步，我局将及时公开气象服务信息。")
add("e-gx-yangshuo-qxj-2022-csv",
    row("crawl-e.csv", "阳朔县气象局2022年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2023-01-20"),
    {}, ("阳朔县气象局", "department", "广西壮族自治区", "桂林市", "阳朔县", 2022), P, published="2023-01-20")

# 65. Xiamen, a postal administration 2023: 本局 in the body; the name in the contact line
P = six("2023年，本局认真落实国家邮政局和福建省邮政管理局关于政务公开的部署。", 2023, "本局", (186, 1),
        "存在的主要问题是行业监管信息公开不够全面。2024年，本局将加大行业监管信息公开力度。",
        other="本年度未收取信息处理费。联系方式：厦门市邮政管理局综合科，电话：0592-1234567。")
add("e-xm-post-2023-contact", text([LAW + "编制本报告。"], P),
    {}, ("厦门市邮政管理局", "department", "福建省", "厦门市", None, 2023), P)

# 66. Jiangsu, a drug-administration 检查分局 2022
P = six("2022年，苏州检查分局认真贯彻落实省药监局政务公开工作部署。", 2022, "我分局", (236, 2),
        "存在的主要问题是监督检查信息公开不够及时。2023年，我分局将及时公开检查结果。")
add("e-js-yjj-suzhou-2022-fenju",
    text(["江苏省药品监督管理局苏州检查分局2022年政府信息公开工作年度报告"], P),
    {}, ("江苏省药品监督管理局苏州检查分局", "department", "江苏省", "苏州市", None, 2022), P)

# 67. Ningbo, a central-bank branch 2024: JSONL crawl
P = six("2024年，中国人民银行宁波市分行认真贯彻落实总行政务公开工作部署。", 2024, "本行", (520, 11),
        "存在的主要问题是金融政策解读的覆盖面不够。2025年，本行将扩大金融政策宣传覆盖面。")
add("e-pbc-ningbo-2024-jsonl",
    row("crawl-e.jsonl", "中国人民银行宁波市分行2024年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2025-01-24"),
    {}, ("中国人民银行宁波市分行", "department", "浙江省", "宁波市", None, 2024), P, published="2025-01-24")

# 68. Hunan, a provincial tobacco monopoly bureau 2022
P = six("2022年，省烟草专卖局认真贯彻落实国家烟草专卖局政务公开工作要求。", 2022, "我局", (380, 2),
        "存在的主要问题是专卖许可信息公开不够全面。2023年，我局将全面公开专卖许可办理信息。")
add("e-hun-tobacco-2022",
    text(["湖南省烟草专卖局2022年政府信息公开工作年度报告"], P, ["湖南省烟草专卖局", "2023年1月30日"]),
    {}, ("湖南省烟草专卖局", "department", "湖南省", None, None, 2022), P, published="2023-01-30")

# 69. Manzhouli customs 2023: a county-level city under a prefecture (满洲里市 of 呼伦贝尔市)
P = six("2023年，满洲里海关认真贯彻落实海关总署关于政务公开的工作部署。", 2023, "我关", (760, 5),
        "存在的主要问题是口岸通关信息公开不够及时。2024年，我关将及时公开口岸通关信息。")
add("e-manzhouli-customs-2023",
    text(["满洲里海关2023年政府信息公开工作年度报告"], P),
    {}, ("满洲里海关", "department", "内蒙古自治区", "呼伦贝尔市", "满洲里市", 2023), P)

# 70. Ningxia, the regional tax bureau 2021: a Word file with the title in a large-font paragraph
P = six("2021年，国家税务总局宁夏回族自治区税务局认真贯彻落实新修订的《条例》。", 2021, "我局", (1560, 21),
        "存在的主要问题是税费政策解读的精准度不够。2022年，我局将推进税费政策精准推送。")
add("e-nx-tax-2021-docx",
    Docx((("big", "国家税务总局宁夏回族自治区税务局2021年政府信息公开工作年度报告"), *lines([], P))),
    {}, ("国家税务总局宁夏回族自治区税务局", "department", "宁夏回族自治区", None, None, 2021), P)

# 71. Yunnan, the provincial earthquake agency 2023: 省地震局 in the body
P = six("2023年，省地震局认真贯彻落实中国地震局和省委、省政府关于政务公开的工作部署。", 2023, "省地震局", (420, 1),
        "存在的主要问题是防震减灾科普信息公开不够丰富。2024年，我局将丰富科普信息公开。")
add("e-yn-dzj-2023",
    text(["云南省地震局2023年政府信息公开工作年度报告"], P),
    {}, ("云南省地震局", "department", "云南省", None, None, 2023), P)


# ============================ F. public enterprises and 事业单位 (the unit is the issuer) ============================

PUBLIC = ("overview", "proactive", "requests", "problems", "other")
PUBLIC_T = ("总体情况", "主动公开信息情况", "依申请公开情况", "存在的主要问题及改进情况", "其他需要报告的事项")


def public(unit: str, year: int, we: str, subject: str, problem: str) -> list[Part]:
    """The five parts of a public institution's report (公共企事业单位信息公开)."""
    return parts([f"{year}年，{unit}按照公共企事业单位信息公开规定，推进{subject}信息公开。",
                  f"{year}年，{we}通过门户网站、公众号等渠道主动公开信息{year % 100 * 7}条。",
                  f"{year}年，{we}收到信息公开申请2件，均已按时答复。", problem, NO_OTHER], kinds=PUBLIC, titles=PUBLIC_T)


# 72. Shenzhen, a water company 2023
P = public("深圳市水务（集团）有限公司", 2023, "我公司", "供水服务",
           "存在的主要问题是停水信息发布不够及时。2024年，我公司将提前发布计划停水信息。")
add("f-sz-water-2023",
    text(["深圳市水务（集团）有限公司2023年信息公开工作年度报告"], P),
    {}, ("深圳市水务（集团）有限公司", "other", "广东省", "深圳市", None, 2023), P)

# 73. Dalian, a hospital 2022: the name only in the signature
P = public("我院", 2022, "我院", "医疗服务", "存在的主要问题是医疗服务价格公开不够直观。下一步，我院将在门诊大厅设置价格查询屏。")
add("f-dl-hospital-2022-sign",
    text(["2022年度信息公开工作年度报告"], P, ["大连市中心医院", "2023年1月31日"]),
    {}, ("大连市中心医院", "other", "辽宁省", "大连市", None, 2022), P, published="2023-01-31")

# 74. Ningbo, a school 2023: a portal page
P = public("宁波市第二中学", 2023, "我校", "教育教学", "存在的主要问题是招生信息公开渠道单一。2024年，我校将通过公众号同步发布招生信息。")
add("f-nb-school-2023-page",
    cms_page("宁波市第二中学2023年信息公开工作年度报告", blocks(P), site="宁波市第二中学",
             info="来源：宁波市第二中学　发布时间：2024-01-10"),
    {}, ("宁波市第二中学", "other", "浙江省", "宁波市", None, 2023), P, published="2024-01-10")

# 75. Chongqing, a municipal hospital 2022
P = public("重庆市人民医院", 2022, "我院", "医疗服务", "存在的主要问题是就医指南更新不及时。下一步，我院将及时更新就医指南。")
add("f-cq-hospital-2022",
    text(["重庆市人民医院2022年信息公开工作年度报告"], P),
    {}, ("重庆市人民医院", "other", "重庆市", "重庆市", None, 2022), P)

# 76. Shanghai, a district school 2023: CSV crawl
P = public("建平中学", 2023, "我校", "教育教学", "存在的主要问题是收费信息公开不够细。2024年，我校将细化收费项目公开。")
add("f-sh-jianping-2023-csv",
    row("crawl-f.csv", "上海市浦东新区建平中学2023年信息公开工作年度报告", "\n".join(lines([], P)), date="2024-01-12"),
    {}, ("上海市浦东新区建平中学", "other", "上海市", "上海市", "浦东新区", 2023), P, published="2024-01-12")

# 77. Chengdu, a water company 2023: the name in the signature, 二〇二四年 date
P = public("我公司", 2023, "我公司", "供水服务", "存在的主要问题是水质信息公开频次不高。2024年，我公司将按月公开水质检测信息。")
add("f-cd-water-2023-signdate",
    text([], P, ["成都市自来水有限责任公司", "二〇二四年一月二十六日"]),
    {}, ("成都市自来水有限责任公司", "other", "四川省", "成都市", None, 2023), P, published="2024-01-26")

# 78. Guangxi, a regional university 2022: title line; 广西大学 in the body
P = public("广西大学", 2022, "学校", "办学", "存在的主要问题是信息公开清单执行不够到位。2023年，学校将对照清单逐项公开。")
add("f-gx-gxu-2022",
    text(["广西大学2022年信息公开工作年度报告"], P),
    {}, ("广西大学", "other", "广西壮族自治区", None, None, 2022), P)


# ============================ G. ministries and bodies directly under the State Council ============================

# 79. The General Administration of Sport 2022: 体育总局 in the body
P = six("2022年，体育总局认真贯彻落实党中央、国务院关于全面推进政务公开的决策部署。", 2022, "体育总局", (620, 38),
        "存在的主要问题是政策解读的形式不够丰富。2023年，体育总局将创新政策解读方式。")
add("g-sport-2022",
    text(["国家体育总局2022年政府信息公开工作年度报告"], P),
    {}, ("国家体育总局", "department", None, None, None, 2022), P)

# 80. The National Radio and Television Administration 2023: JSONL crawl, 广电总局
P = six("2023年，广电总局坚持以习近平新时代中国特色社会主义思想为指导，推进广播电视领域政务公开。", 2023, "广电总局", (780, 52),
        "存在的主要问题是行政许可信息公开的及时性有待提高。2024年，广电总局将优化许可信息公开流程。")
add("g-nrta-2023-jsonl",
    row("crawl-g.jsonl", "国家广播电视总局2023年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2024-03-28"),
    {}, ("国家广播电视总局", "department", None, None, None, 2023), P, published="2024-03-28")

# 81. The Government Offices Administration 2021: 国管局 in the body
P = six("2021年，国管局认真贯彻落实新修订的《条例》，推进机关事务领域政务公开。", 2021, "国管局", (436, 9),
        "存在的主要问题是公开的主动性有待加强。2022年，国管局将加大主动公开力度。")
add("g-ggj-2021",
    text(["国家机关事务管理局2021年政府信息公开工作年度报告"], P),
    {}, ("国家机关事务管理局", "department", None, None, None, 2021), P)

# 82. The National Administration of Traditional Chinese Medicine 2022: a Word file
P = six("2022年，国家中医药局认真贯彻落实国务院办公厅关于政务公开的工作部署。", 2022, "国家中医药局", (512, 14),
        "存在的主要问题是中医药政策解读不够深入。2023年，我局将加强中医药政策解读。")
add("g-natcm-2022-docx",
    Docx((("big", "国家中医药管理局"), ("big", "2022年政府信息公开工作年度报告"), *lines([], P))),
    {}, ("国家中医药管理局", "department", None, None, None, 2022), P)

# 83. The National Rural Revitalization Administration 2022 (existed 2021–2023)
P = six("2022年，国家乡村振兴局认真落实《条例》，推进巩固拓展脱贫攻坚成果信息公开。", 2022, "我局", (360, 6),
        "存在的主要问题是政策解读的通俗性不够。2023年，我局将推出更多图解解读。")
add("g-nrra-2022",
    text(["国家乡村振兴局2022年政府信息公开工作年度报告"], P),
    {}, ("国家乡村振兴局", "department", None, None, None, 2022), P)

# 84. The Ministry of Civil Affairs 2008: the first year, the old parts, signature in Chinese numerals
P = old7(["《中华人民共和国政府信息公开条例》于2008年5月1日起施行。本报告所列数据的统计期限自2008年5月1日起至2008年12月31日止。",
          "我部成立了政府信息公开工作领导小组，办公厅为政府信息公开工作机构。"], 2008, "我部", (1260, 86),
         "存在的主要问题是部分公开内容不够具体。2009年，我部将进一步细化公开内容。")
add("g-mca-2008-first",
    text(["民政部2008年政府信息公开工作年度报告"], P, ["民政部", "二〇〇九年三月"]),
    {}, ("民政部", "department", None, None, None, 2008), P)

# 85. The National Audit Office 2023: 审计署 in the body; portal text
P = six("2023年，审计署坚持以习近平新时代中国特色社会主义思想为指导，推进审计领域政务公开。", 2023, "审计署", (420, 17),
        "存在的主要问题是审计结果公告的解读不够。2024年，审计署将加强审计结果公告解读。")
add("g-audit-2023-portal",
    portal("首页 > 信息公开 > 政府信息公开年报", ["审计署2023年政府信息公开工作年度报告"],
           "发布时间：2024-03-29　来源：审计署办公厅", lines([], P)),
    {}, ("审计署", "department", None, None, None, 2023), P, published="2024-03-29")

# 86. The State Administration for Market Regulation 2019: the 2019 format, 市场监管总局 in the body
P = six("2019年，市场监管总局认真贯彻落实新修订的《条例》，推进市场监管领域政务公开。", 2019, "市场监管总局", (2860, 412),
        "存在的主要问题是依申请公开办理量大、时限紧。2020年，市场监管总局将优化依申请公开办理流程。")
add("g-samr-2019",
    text(["国家市场监督管理总局2019年政府信息公开工作年度报告"], P),
    {}, ("国家市场监督管理总局", "department", None, None, None, 2019), P)

# 87. The Ministry of Justice 2012: old parts, 司法部 in the body
P = old7("2012年，司法部认真贯彻落实《条例》，推进司法行政政务公开。", 2012, "司法部", (640, 48),
         "存在的主要问题是公开的及时性有待提高。2013年，我部将进一步提高公开时效。")
add("g-moj-2012",
    text(["司法部2012年政府信息公开工作年度报告"], P),
    {}, ("司法部", "department", None, None, None, 2012), P)

# 88. The National Health Commission 2020 (2019 format): 国家卫生健康委 in the body, a gov2019 table in part 二
P = six("2020年，国家卫生健康委坚持以人民为中心，全力做好疫情防控信息公开。", 2020, "国家卫生健康委", (3260, 508),
        "存在的主要问题是依申请公开答复的规范性有待提高。2021年，我委将规范依申请公开答复。")
P = with_tables(P, tables("gov2019", 88, "cells", 2020))
add("g-nhc-2020-tables",
    text(["国家卫生健康委员会2020年政府信息公开工作年度报告"], P),
    {}, ("国家卫生健康委员会", "department", None, None, None, 2020), P, template="gov2019")


# ============================ H. batch B (written after batch A's fixes, scored before any further fix) ============================

# 89. Henan, a district named 新华区 (as three others are): generic crawl title, the city only in the body
P = six("2023年，新华区人民政府在平顶山市委、市政府的正确领导下，扎实推进政务公开。", 2023, "区政府", (2160, 17),
        "存在的主要问题是政务公开队伍专业化水平不高。2024年，我区将加强业务培训。")
add("h-hen-xinhua-2023-ambiguous",
    row("crawl-h.csv", "2023年政府信息公开工作年度报告", "\n".join([*lines([], P), "新华区人民政府", "2024年1月26日"]), date="2024-01-26"),
    # (labelled 平顶山市新华区人民政府 at first; the report never writes that name, and the sets' convention
    # keeps the name as the report gives it (经八路街道办事处 in probes6): corrected after scoring)
    {}, ("新华区人民政府", "district", "河南省", "平顶山市", "新华区", 2023), P, published="2024-01-26")

# 90. The banking and insurance regulator 2019 (existed 2018–2023): 银保监会 in the body
P = six("2019年，银保监会认真贯彻落实新修订的《条例》，推进银行业保险业监管信息公开。", 2019, "银保监会", (1860, 236),
        "存在的主要问题是监管政策解读不够及时。2020年，银保监会将同步发布政策文件和解读材料。")
add("h-cbirc-2019",
    text(["中国银行保险监督管理委员会2019年政府信息公开工作年度报告"], P),
    {}, ("中国银行保险监督管理委员会", "department", None, None, None, 2019), P)

# 91. Its Beijing office 2020
P = six("2020年，北京银保监局认真落实银保监会政务公开工作部署。", 2020, "我局", (312, 9),
        "存在的主要问题是行政处罚信息公开的及时性有待提高。2021年，我局将及时公开行政处罚信息。")
add("h-cbirc-bj-2020",
    text(["中国银行保险监督管理委员会北京监管局2020年政府信息公开工作年度报告"], P),
    {}, ("中国银行保险监督管理委员会北京监管局", "department", "北京市", "北京市", None, 2020), P)

# 92. Xinjiang, a county-level city directly under an autonomous prefecture 2022
P = six("2022年，奎屯市人民政府认真贯彻落实《条例》，推进政务公开。", 2022, "市政府", (1460, 6),
        "存在的主要问题是政策解读形式单一。2023年，我市将丰富政策解读形式。")
add("h-xj-kuitun-2022",
    text(["奎屯市人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("奎屯市人民政府", "county", "新疆维吾尔自治区", "伊犁哈萨克自治州", "奎屯市", 2022), P)

# 93. Tibet, a district of a prefecture-level city 2022: the date only under the signature, with ○
P = six("2022年，桑珠孜区人民政府认真落实政务公开各项工作要求。", 2022, "区政府", (860, 1),
        "存在的主要问题是基层公开能力不足。2023年，我区将加强乡镇（街道）公开工作指导。")
add("h-xz-sangzhutse-2022-signdate",
    text(["日喀则市桑珠孜区人民政府2022年政府信息公开工作年度报告"], P, ["日喀则市桑珠孜区人民政府", "二○二三年二月八日"]),
    {}, ("日喀则市桑珠孜区人民政府", "district", "西藏自治区", "日喀则市", "桑珠孜区", 2022), P, published="2023-02-08")

# 94. Qinghai, an autonomous prefecture 2010: 本报告由州政府办公室编制; the title over two lines
P = old7("2010年，海北州人民政府认真贯彻落实《条例》。", 2010, "州政府", (980, 3),
         "存在的主要问题是县级公开工作不平衡。2011年，州政府将加强对各县的督促指导。")
add("h-qh-haibei-2010-twolines",
    text(["海北藏族自治州人民政府", "2010年政府信息公开工作年度报告", "本报告由海北州人民政府办公室编制。"], P),
    {}, ("海北藏族自治州人民政府", "city", "青海省", "海北藏族自治州", None, 2010), P)

# 95. Yunnan, an ethnic township of an autonomous county 2023: JSONL crawl, 我乡
P = six("2023年，我乡在西盟佤族自治县委、县政府的领导下，推进基层政务公开。", 2023, "我乡", (126, 0),
        "存在的主要问题是公开信息数量较少。2024年，我乡将及时公开惠民资金发放信息。")
add("h-yn-lisuo-2023-jsonl",
    row("crawl-h.jsonl", "西盟佤族自治县力所拉祜族乡人民政府2023年政府信息公开工作年度报告", "\n".join(lines([], P)),
        date="2024-01-18"),
    {}, ("西盟佤族自治县力所拉祜族乡人民政府", "township", "云南省", "普洱市", "西盟佤族自治县", 2023), P, published="2024-01-18")

# 96. Xiamen, a street office 2023: portal text whose date line is written 2024年01月19日
P = six("2023年，禾山街道认真落实湖里区政务公开工作部署。", 2023, "我街道", (420, 2),
        "存在的主要问题是社区公开内容更新不及时。2024年，我街道将督促社区及时更新。")
add("h-xm-heshan-2023-portal",
    portal("当前位置：首页 > 政府信息公开 > 年度报告", ["厦门市湖里区禾山街道办事处2023年政府信息公开工作年度报告"],
           "信息来源：禾山街道　发布日期：2024年01月19日　点击量：356", lines([], P)),
    {}, ("厦门市湖里区禾山街道办事处", "township", "福建省", "厦门市", "湖里区", 2023), P, published="2024-01-19")

# 97. Guangdong, a customs district named after a port 2022: the city in its address line only
P = six("2022年，拱北海关认真贯彻落实海关总署政务公开工作部署。", 2022, "我关", (980, 12),
        "存在的主要问题是通关政策解读不够。2023年，我关将加强通关政策解读。",
        other="本年度未收取信息处理费。地址：广东省珠海市拱北迎宾南路，邮编：519020。")
add("h-gongbei-customs-2022-address",
    text(["拱北海关2022年政府信息公开工作年度报告"], P),
    {}, ("拱北海关", "department", "广东省", "珠海市", None, 2022), P)

# 98. Ningbo, a maritime safety administration 2023: 本局; the name in 本报告由
P = six("2023年，本局认真落实交通运输部海事局政务公开工作要求。", 2023, "本局", (560, 3),
        "存在的主要问题是船舶监管信息公开不够全面。2024年，本局将拓展船舶监管信息公开。")
add("h-nb-msa-2023-compiled",
    text(["本报告由宁波海事局编制。"], P),
    {}, ("宁波海事局", "department", "浙江省", "宁波市", None, 2023), P)

# 99. Ningbo, a rail-transit group company 2022: 我集团 in the body
P = public("宁波市轨道交通集团有限公司", 2022, "我集团", "运营服务",
           "存在的主要问题是运营调整信息发布不够及时。2023年，我集团将提前发布运营调整信息。")
add("h-nb-metro-2022",
    text(["宁波市轨道交通集团有限公司2022年信息公开工作年度报告"], P),
    {}, ("宁波市轨道交通集团有限公司", "other", "浙江省", "宁波市", None, 2022), P)

# 100. Yunnan, a prefecture hospital 2023: a portal page
P = public("大理白族自治州人民医院", 2023, "我院", "医疗服务", "存在的主要问题是预约挂号信息公开渠道较少。2024年，我院将拓展预约渠道。")
add("h-yn-dali-hospital-2023-page",
    cms_page("大理白族自治州人民医院2023年信息公开工作年度报告", blocks(P), site="大理白族自治州人民医院",
             info="来源：院办公室　发布时间：2024-01-25"),
    {}, ("大理白族自治州人民医院", "other", "云南省", "大理白族自治州", None, 2023), P, published="2024-01-25")

# 101. Liaoning, a county-level city of Dalian 2009: 二〇〇九年度, old parts ending 所存在的主要问题和改进措施
P = old6("2009年，庄河市人民政府认真贯彻落实《条例》。", 2009, "我市", (1160, 4),
         "所存在的主要问题是公开内容不够全面。2010年，我市将进一步拓展公开内容。")
add("h-dl-zhuanghe-2009-six",
    text(["庄河市人民政府二〇〇九年度政府信息公开工作年度报告"], P, ["庄河市人民政府", "二〇一〇年三月三十日"]),
    {}, ("庄河市人民政府", "county", "辽宁省", "大连市", "庄河市", 2009), P, published="2010-03-30")

# 102. Guangxi, a town of an autonomous county 2022: title 关于…的报告, the date under the signature
P = six("2022年，朝东镇人民政府认真落实富川瑶族自治县政务公开工作部署。", 2022, "我镇", (236, 0),
        "存在的主要问题是公开形式比较单一。2023年，我镇将利用村务公开栏拓展公开渠道。")
add("h-gx-chaodong-2022-guanyu",
    text(["富川瑶族自治县朝东镇人民政府关于2022年度政府信息公开工作情况的报告"], P,
         ["富川瑶族自治县朝东镇人民政府", "2023年1月16日"]),
    {}, ("富川瑶族自治县朝东镇人民政府", "township", "广西壮族自治区", "贺州市", "富川瑶族自治县", 2022), P, published="2023-01-16")

# 103. Yunnan, an autonomous prefecture's meteorological bureau 2022: CSV crawl, 州气象局 in the body
P = six("2022年，州气象局认真落实云南省气象局政务公开工作要求。", 2022, "州气象局", (236, 1),
        "存在的主要问题是气象服务信息公开不够及时。2023年，我局将及时发布气象服务信息。")
add("h-yn-dali-qxj-2022-csv",
    row("crawl-h.csv", "大理白族自治州气象局2022年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2023-01-19"),
    {}, ("大理白族自治州气象局", "department", "云南省", "大理白族自治州", None, 2022), P, published="2023-01-19")

# 104. The State Taxation Administration 2020: a Word file, the title over two large-font lines
P = six("2020年，税务总局认真贯彻落实《条例》，推进税务领域政务公开。", 2020, "税务总局", (1260, 186),
        "存在的主要问题是税费政策解读的精准性不够。2021年，税务总局将推进政策精准推送。")
add("h-sta-2020-docx",
    Docx((("big", "国家税务总局"), ("big", "2020年政府信息公开工作年度报告"), *lines([], P))),
    {}, ("国家税务总局", "department", None, None, None, 2020), P)


# ============================ I. batch C (written after batch B's fix, scored before any further fix) ============================

# 105. Jilin, a provincial department 2011: no title; the year only in the statistics period; signed with a month
P = old7("本年度，我厅认真贯彻落实《条例》，不断完善政府信息公开工作机制。", 2011, "我厅", (536, 2),
         "存在的主要问题是林业信息公开不够全面。下一步，我厅将进一步扩大公开范围。")
add("i-jl-lyt-2011-period",
    text(["本报告所列数据的统计期限自2011年1月1日起至2011年12月31日止。"], P, ["吉林省林业厅", "二〇一二年三月"]),
    {}, ("吉林省林业厅", "department", "吉林省", None, None, 2011), P)

# 106. Yunnan, an autonomous prefecture 2021: a page whose <h1> breaks the title after the body's name
P = six("2021年，大理州人民政府认真贯彻落实新修订的《条例》，推进政务公开。", 2021, "州政府", (4860, 63),
        "存在的主要问题是县市政务公开发展不平衡。2022年，州政府将加强对县市的指导。")
add("i-yn-dali-2021-h1br",
    cms_page("大理白族自治州人民政府门户网站", blocks(P), site="大理白族自治州人民政府",
             h1="大理白族自治州人民政府<br>2021年政府信息公开工作年度报告", info="来源：大理州人民政府办公室　发布时间：2022-01-25"),
    {}, ("大理白族自治州人民政府", "city", "云南省", "大理白族自治州", None, 2021), P, published="2022-01-25")

# 107. Dalian, a district 2011 in Word: unnumbered bold headings of the old parts, the date in Chinese numerals
P = old7("2011年，中山区人民政府进一步深化政府信息公开工作。", 2011, "我区", (1260, 7),
         "存在的主要问题是公开内容的针对性不强。2012年，我区将围绕群众关切公开信息。", nums=("",) * 7)
add("i-dl-zhongshan-2011-docx-bold",
    Docx((("big", "大连市中山区人民政府2011年政府信息公开工作年度报告"),
          *[b for h, _, body, _ in P for b in (("bold", h), *body)], "大连市中山区人民政府", "二〇一二年三月二十日")),
    {}, ("大连市中山区人民政府", "district", "辽宁省", "大连市", "中山区", 2011), P, published="2012-03-20")

# 108. Hainan, a district 2022: JSONL crawl with a time in the date column, a breadcrumb in the text, generic title
P = six("2022年，吉阳区人民政府认真贯彻落实《条例》，推进政务公开。", 2022, "区政府", (2360, 21),
        "存在的主要问题是政务新媒体更新不及时。2023年，我区将加强政务新媒体管理。")
add("i-hi-jiyang-2022-jsonl",
    row("crawl-i.jsonl", "年报", "\n".join(["首页 > 政务公开 > 年度报告", *lines([], P), "三亚市吉阳区人民政府", "2023年1月18日"]),
        date="2023-01-18 09:00:00"),
    {}, ("三亚市吉阳区人民政府", "district", "海南省", "三亚市", "吉阳区", 2022), P, published="2023-01-18")

# 109. Guizhou, a township of a county in an autonomous prefecture 2021
P = six("2021年，方祥乡人民政府在雷山县委、县政府的领导下，推进基层政务公开。", 2021, "我乡", (156, 0),
        "存在的主要问题是公开内容不够丰富。2022年，我乡将重点公开惠民惠农政策落实情况。")
add("i-gz-fangxiang-2021",
    text(["雷山县方祥乡人民政府2021年政府信息公开工作年度报告"], P),
    {}, ("雷山县方祥乡人民政府", "township", "贵州省", "黔东南苗族侗族自治州", "雷山县", 2021), P)

# 110. Sichuan, a prefecture's bureau 2023: 阿坝州 in the title, the full name under the signature
P = six("2023年，州生态环境局围绕生态保护，推进生态环境领域政务公开。", 2023, "州生态环境局", (436, 3),
        "存在的主要问题是环境信息解读不够。2024年，我局将加强环境信息解读。")
add("i-sc-aba-sthjj-2023-short",
    text(["阿坝州生态环境局2023年政府信息公开工作年度报告"], P, ["阿坝藏族羌族自治州生态环境局", "2024年1月22日"]),
    {}, ("阿坝藏族羌族自治州生态环境局", "department", "四川省", "阿坝藏族羌族自治州", None, 2023), P, published="2024-01-22")

# 111. Gansu, an autonomous county with a long name 2023
P = six("2023年，积石山县人民政府认真贯彻落实《条例》，全力推进灾后恢复重建信息公开。", 2023, "县政府", (1860, 5),
        "存在的主要问题是乡镇公开力量薄弱。2024年，我县将加强乡镇公开队伍建设。")
add("i-gs-jishishan-2023",
    text(["积石山保安族东乡族撒拉族自治县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("积石山保安族东乡族撒拉族自治县人民政府", "county", "甘肃省", "临夏回族自治州", "积石山保安族东乡族撒拉族自治县", 2023), P)

# 112. Hainan, an autonomous county directly under the province 2022
P = six("2022年，保亭县人民政府认真落实政务公开各项工作要求。", 2022, "县政府", (1420, 3),
        "存在的主要问题是政策解读的形式单一。2023年，我县将丰富解读形式。")
add("i-hi-baoting-2022",
    text(["保亭黎族苗族自治县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("保亭黎族苗族自治县人民政府", "county", "海南省", None, "保亭黎族苗族自治县", 2022), P)

# 113. Hubei, a county-level city directly under the province 2021: the info line's date in Chinese numerals
P = six("2021年，仙桃市人民政府认真贯彻落实新修订的《条例》。", 2021, "市政府", (3260, 18),
        "存在的主要问题是基层公开标准化建设有待深化。2022年，我市将深化基层政务公开标准化建设。")
add("i-hub-xiantao-2021-cninfo",
    portal("当前位置：首页 > 政府信息公开 > 年报", ["仙桃市人民政府2021年政府信息公开工作年度报告"],
           "发布日期：二〇二二年一月二十日　来源：市政府办公室", lines([], P)),
    {}, ("仙桃市人民政府", "county", "湖北省", None, "仙桃市", 2021), P, published="2022-01-20")

# 114. Chongqing, an autonomous county 2023: the municipality in front of the county
P = six("2023年，石柱县人民政府坚持以人民为中心，推进政务公开。", 2023, "县政府", (2460, 9),
        "存在的主要问题是公开内容的针对性不强。2024年，我县将围绕群众关切公开信息。")
add("i-cq-shizhu-2023",
    text(["重庆市石柱土家族自治县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("重庆市石柱土家族自治县人民政府", "county", "重庆市", "重庆市", "石柱土家族自治县", 2023), P)

# 115. The Yellow River Conservancy Commission 2021: 黄委 in the body
P = six("2021年，黄委认真贯彻落实水利部政务公开工作部署，推进黄河流域水利信息公开。", 2021, "黄委", (1230, 14),
        "存在的主要问题是流域管理信息公开不够全面。2022年，黄委将拓展流域管理信息公开。")
add("i-yrcc-2021",
    text(["水利部黄河水利委员会2021年政府信息公开工作年度报告"], P),
    {}, ("水利部黄河水利委员会", "department", None, None, None, 2021), P)

# 116. Shaanxi, a city 2010: problems and improvement measures as two parts of their own
P = parts(["2010年，宝鸡市人民政府认真贯彻落实《条例》。", "全年主动公开政府信息3120条。", "全年受理申请12件，均已答复。",
           NO_FEES, NO_APPEALS, "一是部分县区公开工作不平衡；二是公开内容不够全面。",
           "（一）加强督促检查。（二）拓展公开内容。"],
          kinds=("overview", "proactive", "requests", "fees", "appeals", "problems", "plans"),
          titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "收费及减免情况", "行政复议、行政诉讼情况",
                  "存在的主要问题", "改进措施"))
add("i-sn-baoji-2010-measures",
    text(["宝鸡市人民政府2010年政府信息公开工作年度报告"], P),
    {}, ("宝鸡市人民政府", "city", "陕西省", "宝鸡市", None, 2010), P)

# 117. Qingdao, a county-level city's bureau 2024: CSV crawl, 市人社局 in the body, signature
P = six("2024年，市人社局坚持就业优先，推进人社领域政务公开。", 2024, "市人社局", (860, 11),
        "存在的主要问题是政策宣传不够精准。2025年，我局将推进政策精准推送。")
add("i-qd-jiaozhou-rsj-2024-csv",
    row("crawl-i.csv", "胶州市人力资源和社会保障局2024年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2025-01-20"),
    {}, ("胶州市人力资源和社会保障局", "department", "山东省", "青岛市", "胶州市", 2024), P, published="2025-01-20")

# 118. Shenzhen, a district 2020 (the 2019 format) with its tables flattened onto one line each
P = with_tables(six("2020年，龙华区人民政府认真落实新修订的《条例》，推进政务公开。", 2020, "区政府", (5260, 148),
                    "存在的主要问题是依申请公开办理的规范性有待提高。2021年，我区将规范依申请公开办理。"),
                tables("gov2019", 118, "flat", 2020))
add("i-sz-longhua-2020-flat-tables",
    text(["深圳市龙华区人民政府2020年政府信息公开工作年度报告"], P),
    {}, ("深圳市龙华区人民政府", "district", "广东省", "深圳市", "龙华区", 2020), P, template="gov2019")

# 119. Tianjin, a town 2023: title with the district only; the date under the signature in Chinese numerals
P = six("2023年，杨柳青镇人民政府认真落实西青区政务公开工作部署。", 2023, "我镇", (312, 1),
        "存在的主要问题是公开内容不够丰富。2024年，我镇将丰富公开内容。")
add("i-tj-yangliuqing-2023-signdate",
    text(["西青区杨柳青镇人民政府2023年政府信息公开工作年度报告"], P, ["西青区杨柳青镇人民政府", "二〇二四年一月十二日"]),
    {}, ("西青区杨柳青镇人民政府", "township", "天津市", "天津市", "西青区", 2023), P, published="2024-01-12")

# 120. Xiamen, a district bureau 2022: the body named only in the contact sentence (请与…联系)
P = six("2022年，我局认真落实区委、区政府关于政务公开的部署。", 2022, "我局", (412, 2),
        "存在的主要问题是公开的及时性有待提高。2023年，我局将落实信息发布时限要求。",
        other="本年度未收取信息处理费。如对本报告有疑问，请与厦门市集美区教育局办公室联系（电话：0592-6012345）。")
add("i-xm-jimei-jyj-2022-contact", text([LAW + "编制本报告。"], P),
    {}, ("厦门市集美区教育局", "department", "福建省", "厦门市", "集美区", 2022), P)


# ============================ J. batch D (written after batch C's fix, scored before any further fix) ============================

# 121. Guangxi, a city bureau 2023: the year in brackets after the genre's name, 二〇二三年度
P = six("2023年，北海市交通运输局认真落实政务公开工作要求。", 2023, "我局", (620, 4),
        "存在的主要问题是交通项目信息公开不够及时。2024年，我局将及时公开交通建设项目信息。")
add("j-gx-beihai-jtj-2023-bracketyear",
    text(["北海市交通运输局政府信息公开工作年度报告（二〇二三年度）"], P),
    {}, ("北海市交通运输局", "department", "广西壮族自治区", "北海市", None, 2023), P)

# 122. Guangxi, a district 2022: the year before the body in the title
P = six("2022年，青秀区人民政府深入推进政务公开。", 2022, "区政府", (3680, 46),
        "存在的主要问题是基层公开标准化水平不高。2023年，我区将推进基层政务公开标准化。")
add("j-gx-qingxiu-2022-yearfirst",
    text(["2022年度南宁市青秀区人民政府政府信息公开工作年度报告"], P),
    {}, ("南宁市青秀区人民政府", "district", "广西壮族自治区", "南宁市", "青秀区", 2022), P)

# 123. Jiangxi, a county 2009: the year in brackets at the end of an old title; 二〇一〇年 date under the signature
P = old7("2009年，婺源县人民政府认真贯彻落实《条例》，推进政府信息公开。", 2009, "我县", (860, 2),
         "存在的主要问题是公开内容不够全面。2010年，我县将进一步拓展公开内容。")
add("j-jx-wuyuan-2009-bracket",
    text(["婺源县人民政府政府信息公开工作年度报告（2009年）"], P, ["婺源县人民政府", "二〇一〇年三月二十九日"]),
    {}, ("婺源县人民政府", "county", "江西省", "上饶市", "婺源县", 2009), P, published="2010-03-29")

# 124. Shandong, a county-level city 2016: ten parts with 重点领域 and 依申请公开办理 wordings
P = parts(["2016年，寿光市人民政府认真贯彻落实国务院办公厅政务公开工作要点。", "全年主动公开政府信息3260条。",
           "围绕财政资金、保障性住房等重点领域公开信息860条。", "全年受理依申请公开32件，均按时答复。",
           NO_FEES, NO_APPEALS, "存在的主要问题是政策解读的质量不高。2017年，我市将提高政策解读质量。"],
          kinds=("overview", "proactive", "proactive", "requests", "fees", "appeals", "problems"),
          titles=("概述", "主动公开政府信息情况", "重点领域政府信息公开情况", "政府信息依申请公开办理情况",
                  "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题和改进措施"))
add("j-sd-shouguang-2016-keyareas",
    text(["寿光市人民政府2016年政府信息公开工作年度报告"], P),
    {}, ("寿光市人民政府", "county", "山东省", "潍坊市", "寿光市", 2016), P)

# 125. Guangzhou, a zone committee 2023: 南沙开发区 in the body, the full name in the title
P = six("2023年，南沙开发区管委会围绕营商环境建设推进政务公开。", 2023, "我委", (2160, 28),
        "存在的主要问题是涉企政策解读不够精准。2024年，我委将开展涉企政策精准解读。")
add("j-gz-nansha-2023-zone",
    text(["广州南沙经济技术开发区管理委员会2023年政府信息公开工作年度报告"], P),
    {}, ("广州南沙经济技术开发区管理委员会", "city", "广东省", "广州市", None, 2023), P)

# 126. Hebei, a city department 2022: the info line's date differs from the signature's (the info line is publication)
P = six("2022年，市生态环境局围绕蓝天碧水净土保卫战推进信息公开。", 2022, "市生态环境局", (980, 16),
        "存在的主要问题是环境信息解读不够通俗。2023年，我局将推出更多图解。")
add("j-hb-cangzhou-sthjj-2022-twodates",
    portal("当前位置：首页 > 信息公开 > 年度报告", ["沧州市生态环境局2022年政府信息公开工作年度报告"],
           "发布时间：2023-01-30　来源：沧州市生态环境局　浏览次数：512", lines([], P) + ["沧州市生态环境局", "2023年1月28日"]),
    {}, ("沧州市生态环境局", "department", "河北省", "沧州市", None, 2022), P, published="2023-01-30")

# 127. Anhui, a county 2010: headings of the old parts with a trailing colon on their own lines
P = old7("2010年，歙县人民政府坚持以公开促规范，全面推进政府信息公开。", 2010, "我县", (1460, 3),
         "存在的主要问题是个别单位公开意识不强。2011年，我县将加大考核力度。")
colon = [(h + "：", k, b, t) for h, k, b, t in P]
add("j-ah-shexian-2010-colon",
    text(["歙县人民政府2010年政府信息公开工作年度报告"], colon),
    {}, ("歙县人民政府", "county", "安徽省", "黄山市", "歙县", 2010), colon)

# 128. Zhejiang, a town 2023: JSONL crawl; the county only in 在…领导下
P = six("2023年，我镇在德清县委、县政府的正确领导下，推进基层政务公开标准化。", 2023, "我镇", (386, 1),
        "存在的主要问题是村级公开不够规范。2024年，我镇将加强村务公开指导。")
add("j-zj-xinshi-2023-jsonl",
    row("crawl-j.jsonl", "新市镇人民政府2023年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2024-01-22"),
    {}, ("新市镇人民政府", "township", "浙江省", "湖州市", "德清县", 2023), P, published="2024-01-22")

# 129. Heilongjiang, a provincial bureau 2022: the name in 本报告由…编制 at the end of the preamble, 省医保局 in the body
P = six("2022年，省医保局坚持以人民为中心，推进医疗保障领域政务公开。", 2022, "省医保局", (1130, 24),
        "存在的主要问题是医保政策解读不够通俗。2023年，我局将推出医保政策问答。")
add("j-hlj-ybj-2022-compiled",
    text([LAW + "本报告由黑龙江省医疗保障局编制。"], P),
    {}, ("黑龙江省医疗保障局", "department", "黑龙江省", None, None, 2022), P)

# 130. Shanghai, a district bureau 2021: a Word file with the title only in the page header
P = six("2021年，区规划资源局围绕城市更新推进规划资源领域政务公开。", 2021, "我局", (1380, 36),
        "存在的主要问题是规划公示信息更新不及时。2022年，我局将及时更新规划公示信息。")
add("j-sh-jingan-ghzy-2021-docx-header",
    Docx(tuple(lines([], P)), page_header="上海市静安区规划和自然资源局2021年政府信息公开工作年度报告"),
    {}, ("上海市静安区规划和自然资源局", "department", "上海市", "上海市", "静安区", 2021), P)

# 131. Hunan, a city 2012: the old problems-and-plans part split into 存在的问题 and 下一步工作打算
P = parts(["2012年，株洲市人民政府扎实推进政府信息公开。", "全年主动公开政府信息4620条。", "全年受理申请36件。",
           NO_APPEALS, "一是公开内容与群众需求有差距；二是公开形式单一。",
           "2013年，我市将重点推进财政资金、公共资源配置等领域信息公开。"],
          kinds=("overview", "proactive", "requests", "appeals", "problems", "plans"),
          titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "行政复议和行政诉讼情况", "存在的问题",
                  "下一步工作打算"))
add("j-hun-zhuzhou-2012-nextstep",
    text(["株洲市人民政府2012年政府信息公开工作年度报告"], P, ["株洲市人民政府", "2013年3月28日"]),
    {}, ("株洲市人民政府", "city", "湖南省", "株洲市", None, 2012), P, published="2013-03-28")

# 132. Inner Mongolia, a 苏木 of a banner 2022: CSV crawl with a generic title; the name under the signature
P = six("2022年，我苏木在旗委、旗政府的领导下，推进基层政务公开。", 2022, "我苏木", (96, 0),
        "存在的主要问题是公开内容较少。2023年，我苏木将及时公开惠牧政策落实情况。")
add("j-nmg-sumu-2022-csv",
    row("crawl-j.csv", "政府信息公开工作年度报告", "\n".join([*lines([], P), "阿巴嘎旗那仁宝拉格苏木人民政府", "2023年1月16日"]),
        date="2023-01-16"),
    {}, ("阿巴嘎旗那仁宝拉格苏木人民政府", "township", "内蒙古自治区", "锡林郭勒盟", "阿巴嘎旗", 2022), P, published="2023-01-16")

# 133. Beijing, a district 2024: the title names the year as 二〇二四年 and is split before 年度报告
P = six("2024年，朝阳区人民政府坚持以人民为中心，全面推进政务公开。", 2024, "区政府", (9860, 862),
        "存在的主要问题是政务公开与政务服务融合不够。2025年，我区将推进公开与服务融合。")
add("j-bj-chaoyang-2024-cnyear-split",
    text(["北京市朝阳区人民政府二〇二四年政府信息公开工作", "年度报告"], P),
    {}, ("北京市朝阳区人民政府", "district", "北京市", "北京市", "朝阳区", 2024), P)

# 134. The Ministry of Agriculture 2010: old parts, 农业部 in the body
P = old7("2010年，农业部认真贯彻落实《条例》，积极推进农业政务公开。", 2010, "农业部", (5260, 126),
         "存在的主要问题是部分公开信息的时效性不强。2011年，我部将进一步提高信息发布时效。")
add("j-moa-2010",
    text(["农业部2010年政府信息公开工作年度报告"], P),
    {}, ("农业部", "department", None, None, None, 2010), P)

# 135. Ningxia, a county 2023: the body named only in the 联系地址 line, its office
P = six("2023年，我县认真落实政务公开各项要求。", 2023, "我县", (1160, 3),
        "存在的主要问题是政策解读的数量不多。2024年，我县将加强政策解读。",
        other="本年度未收取信息处理费。联系地址：宁夏回族自治区固原市泾源县香水镇人民路1号泾源县人民政府办公室，邮编：756400。")
add("j-nx-jingyuan-2023-address", text([LAW + "编制本报告。"], P),
    {}, ("泾源县人民政府", "county", "宁夏回族自治区", "固原市", "泾源县", 2023), P)

# 136. Xinjiang, a regional bureau 2021: a portal page whose <title> names the report and the site
P = six("2021年，自治区统计局认真贯彻落实新修订的《条例》，推进统计信息公开。", 2021, "我局", (860, 7),
        "存在的主要问题是统计数据解读不够深入。2022年，我局将加强统计数据解读。")
add("j-xj-tjj-2021-page",
    cms_page("新疆维吾尔自治区统计局2021年政府信息公开工作年度报告_新疆维吾尔自治区统计局", blocks(P),
             site="新疆维吾尔自治区统计局", info="来源：自治区统计局　发布时间：2022-01-28"),
    {}, ("新疆维吾尔自治区统计局", "department", "新疆维吾尔自治区", None, None, 2021), P, published="2022-01-28")


# ============================ K. batch E (written after batch D's fixes, scored before any further fix) ============================


def row_en(table: str, title: str, body: str, *, date: str = "", url: str = "") -> Any:
    """A crawl row with the columns many scrapers write: title, publish_time, url, content."""
    return crawl(table, [("title", title), ("publish_time", date), ("url", url or "http://www.example.gov.cn/xxgk/2.html"),
                         ("content", body)])


# 137. Fujian, a district 2023: a crawl CSV with publish_time, the title column generic, the name under the signature
P = six("2023年，芗城区人民政府坚持以公开促落实，推进政务公开。", 2023, "区政府", (2460, 19),
        "存在的主要问题是基层公开专栏维护不到位。2024年，我区将加强专栏维护。")
add("k-fj-xiangcheng-2023-csv",
    row_en("crawl-k.csv", "政府信息公开工作年度报告", "\n".join([*lines([], P), "漳州市芗城区人民政府", "2024年1月23日"]),
           date="2024-01-23 16:20"),
    {}, ("漳州市芗城区人民政府", "district", "福建省", "漳州市", "芗城区", 2023), P, published="2024-01-23")

# 138. Shandong, a district named 市中区 2022: JSONL crawl
P = six("2022年，市中区人民政府认真贯彻落实《条例》，推进政务公开。", 2022, "区政府", (2860, 14),
        "存在的主要问题是政策解读的形式单一。2023年，我区将丰富政策解读形式。")
add("k-sd-zaozhuang-shizhong-2022-jsonl",
    row_en("crawl-k.jsonl", "枣庄市市中区人民政府2022年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2023-01-19"),
    {}, ("枣庄市市中区人民政府", "district", "山东省", "枣庄市", "市中区", 2022), P, published="2023-01-19")

# 139. Shanxi, a district named 城区 2023
P = six("2023年，城区人民政府认真落实晋城市政务公开工作部署。", 2023, "区政府", (1860, 7),
        "存在的主要问题是公开内容的实用性不强。2024年，我区将围绕群众需求公开信息。")
add("k-sx-jincheng-chengqu-2023",
    text(["晋城市城区人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("晋城市城区人民政府", "district", "山西省", "晋城市", "城区", 2023), P)

# 140. Sichuan, a district named 东区 2022
P = six("2022年，东区人民政府认真贯彻落实《条例》。", 2022, "区政府", (2160, 9),
        "存在的主要问题是政务新媒体运营不够规范。2023年，我区将规范政务新媒体运营。")
add("k-sc-panzhihua-dongqu-2022",
    text(["攀枝花市东区人民政府2022年政府信息公开工作年度报告"], P, ["攀枝花市东区人民政府", "2023年1月17日"]),
    {}, ("攀枝花市东区人民政府", "district", "四川省", "攀枝花市", "东区", 2022), P, published="2023-01-17")

# 141. Guangdong, a town of a prefecture-level city without counties 2023
P = six("2023年，小榄镇人民政府认真落实中山市政务公开工作部署。", 2023, "我镇", (860, 4),
        "存在的主要问题是村（社区）公开不够规范。2024年，我镇将加强对村（社区）的指导。")
add("k-gd-zhongshan-xiaolan-2023",
    text(["中山市小榄镇人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("中山市小榄镇人民政府", "township", "广东省", "中山市", None, 2023), P)

# 142. Guangdong, a town of Dongguan 2022: a portal page
P = six("2022年，虎门镇人民政府坚持以公开促服务，推进基层政务公开。", 2022, "我镇", (1260, 11),
        "存在的主要问题是公开信息的解读不够。2023年，我镇将加强政策解读。")
add("k-gd-dongguan-humen-2022-page",
    cms_page("东莞市虎门镇人民政府2022年政府信息公开工作年度报告", blocks(P), site="东莞市虎门镇人民政府",
             info="来源：虎门镇　发布时间：2023-01-16"),
    {}, ("东莞市虎门镇人民政府", "township", "广东省", "东莞市", None, 2022), P, published="2023-01-16")

# 143. Gansu, a town of Jiayuguan (no counties) 2023: the date only under the signature in Chinese numerals
P = six("2023年，文殊镇人民政府认真落实嘉峪关市政务公开工作要求。", 2023, "我镇", (236, 0),
        "存在的主要问题是公开内容较少。2024年，我镇将丰富公开内容。")
add("k-gs-jiayuguan-wenshu-2023-signdate",
    text(["嘉峪关市文殊镇人民政府2023年政府信息公开工作年度报告"], P, ["嘉峪关市文殊镇人民政府", "二〇二四年一月八日"]),
    {}, ("嘉峪关市文殊镇人民政府", "township", "甘肃省", "嘉峪关市", None, 2023), P, published="2024-01-08")

# 144. Hainan, a town of Danzhou (no counties) 2022
P = six("2022年，那大镇人民政府认真落实儋州市政务公开工作部署。", 2022, "我镇", (412, 2),
        "存在的主要问题是公开形式单一。2023年，我镇将利用政务新媒体拓展公开渠道。")
add("k-hi-danzhou-nada-2022",
    text(["儋州市那大镇人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("儋州市那大镇人民政府", "township", "海南省", "儋州市", None, 2022), P)

# 145. Hebei, a county 2008: 本机关 in the body; the name only in 联系单位
P = old7("2008年，本机关认真贯彻落实《条例》，建立健全政府信息公开工作制度。", 2008, "本机关", (560, 1),
         "存在的主要问题是公开工作起步较晚。2009年，我县将进一步完善公开目录。")
add("k-hb-laiyuan-2008-contact",
    text(["二〇〇八年政府信息公开工作年度报告"], P, ["联系单位：涞源县人民政府办公室，电话：0312-7312345。"]),
    {}, ("涞源县人民政府", "county", "河北省", "保定市", "涞源县", 2008), P)

# 146. Shandong, a town named 城关镇 of a county 2021
P = six("2021年，城关镇人民政府认真落实沂水县政务公开工作部署。", 2021, "我镇", (286, 1),
        "存在的主要问题是公开内容不够全面。2022年，我镇将拓展公开内容。")
add("k-sd-yishui-chengguan-2021",
    text(["沂水县城关镇人民政府2021年政府信息公开工作年度报告"], P),
    {}, ("沂水县城关镇人民政府", "township", "山东省", "临沂市", "沂水县", 2021), P)

# 147. Jiangsu, a city department 2023: a page whose <title> is the report and the site joined by ——
P = six("2023年，市水务局认真贯彻落实《条例》，推进水务领域政务公开。", 2023, "市水务局", (760, 6),
        "存在的主要问题是涉水项目信息公开不够及时。2024年，我局将及时公开涉水项目信息。")
add("k-js-yangzhou-swj-2023-title-tag",
    cms_page("扬州市水务局2023年政府信息公开工作年度报告——扬州市水务局", blocks(P), site="扬州市水务局"),
    {}, ("扬州市水务局", "department", "江苏省", "扬州市", None, 2023), P)

# 148. Hunan, a county 2019 (the 2019 format): the title split before 2019年度, a JSONL crawl with publish_time
P = six("2019年，新化县人民政府认真贯彻落实新修订的《条例》。", 2019, "县政府", (1860, 8),
        "存在的主要问题是依申请公开办理不够规范。2020年，我县将规范依申请公开办理流程。")
add("k-hun-xinhua-2019-jsonl",
    row_en("crawl-k.jsonl", "新化县人民政府2019年度政府信息公开工作年度报告",
           "\n".join(["新化县人民政府", "2019年度政府信息公开工作年度报告", *lines([], P)]), date="2020-01-20 10:00:00"),
    {}, ("新化县人民政府", "county", "湖南省", "娄底市", "新化县", 2019), P, published="2020-01-20")

# 149. Chongqing, a district bureau 2022: 区卫生健康委 in the body, 联系方式 with its office
P = six("2022年，区卫生健康委坚持以人民健康为中心，推进卫生健康领域政务公开。", 2022, "区卫生健康委", (960, 12),
        "存在的主要问题是医疗卫生机构公开不够规范。2023年，我委将加强对医疗卫生机构的指导。",
        other="本年度未收取信息处理费。联系方式：重庆市江北区卫生健康委员会办公室，电话：023-67712345。")
add("k-cq-jiangbei-wjw-2022-contact", text([LAW + "编制本报告。"], P),
    {}, ("重庆市江北区卫生健康委员会", "department", "重庆市", "重庆市", "江北区", 2022), P)

# 150. Guangxi, a county-level city's bureau 2023: CSV crawl, the text starting with the preamble and 我局
P = six("2023年，我局认真落实政务公开各项工作要求，推进自然资源领域政务公开。", 2023, "我局", (412, 6),
        "存在的主要问题是不动产登记信息公开不够全面。2024年，我局将完善不动产登记信息公开。")
add("k-gx-guiping-zrzyj-2023-csv",
    row_en("crawl-k.csv", "桂平市自然资源局2023年政府信息公开工作年度报告", "\n".join(lines([LAW + "编制本报告。"], P)),
           date="2024-01-29"),
    {}, ("桂平市自然资源局", "department", "广西壮族自治区", "贵港市", "桂平市", 2023), P, published="2024-01-29")

# 151. Jilin, a county 2012: old parts with a separate 改进措施 part after 存在的问题
P = parts(["2012年，抚松县人民政府认真贯彻落实《条例》。", "全年主动公开政府信息1260条。", "全年受理申请3件。",
           NO_FEES, NO_APPEALS, "一是公开内容不够全面；二是公开不够及时。", "一是拓展公开内容；二是提高公开时效。",
           NO_OTHER],
          kinds=("overview", "proactive", "requests", "fees", "appeals", "problems", "plans", "other"),
          titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
                  "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的问题", "改进措施", "其他需要报告的事项"))
add("k-jl-fusong-2012-eight",
    text(["抚松县人民政府2012年政府信息公开工作年度报告"], P),
    {}, ("抚松县人民政府", "county", "吉林省", "白山市", "抚松县", 2012), P)

# 152. Tibet, a prefecture-level city's bureau 2023: 市教育局 in the body, the full name in the signature
P = six("2023年，市教育局认真贯彻落实《条例》，推进教育领域政务公开。", 2023, "市教育局", (520, 3),
        "存在的主要问题是学校信息公开不够规范。2024年，我局将加强学校信息公开指导。")
add("k-xz-shannan-jyj-2023-sign",
    text([LAW + "编制本报告。"], P, ["山南市教育局", "2024年1月30日"]),
    {}, ("山南市教育局", "department", "西藏自治区", "山南市", None, 2023), P, published="2024-01-30")


# ============================ L. batch F (written after batch E's fixes, scored before any further fix) ============================

# 153. Yunnan, a district 2022: the 2021 tables as Markdown pipes after parts 二 to 四
P = with_tables(six("2022年，盘龙区人民政府认真落实政务公开工作要求。", 2022, "区政府", (3160, 38),
                    "存在的主要问题是政务公开队伍不够稳定。2023年，我区将加强队伍建设。"), tables("gov2021", 153, "markdown", 2022))
add("l-yn-panlong-2022-markdown-tables",
    text(["昆明市盘龙区人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("昆明市盘龙区人民政府", "district", "云南省", "昆明市", "盘龙区", 2022), P, template="gov2021")

# 154. Shandong, a city bureau 2023: an info line with 成文日期 before 发布日期 (publication is the latter)
P = six("2023年，市大数据局围绕数字政府建设推进政务公开。", 2023, "市大数据局", (520, 4),
        "存在的主要问题是公共数据开放不够。2024年，我局将扩大公共数据开放。")
add("l-sd-jinan-dsj-2023-twodates",
    portal("当前位置：首页 > 政务公开 > 年度报告", ["济南市大数据局2023年政府信息公开工作年度报告"],
           "成文日期：2024-01-10　发布日期：2024-01-15　来源：济南市大数据局", lines([], P)),
    {}, ("济南市大数据局", "department", "山东省", "济南市", None, 2023), P, published="2024-01-15")

# 155. Zhejiang, a county bureau 2022: the date under the signature written 2023.1.12
P = six("2022年，我局认真落实政务公开工作要求。", 2022, "我局", (236, 1),
        "存在的主要问题是公开的及时性不够。2023年，我局将及时公开。")
add("l-zj-tiantai-wlj-2022-dotdate",
    text([LAW + "编制本报告。"], P, ["天台县文化和广电旅游体育局", "2023.1.12"]),
    {}, ("天台县文化和广电旅游体育局", "department", "浙江省", "台州市", "天台县", 2022), P, published="2023-01-12")

# 156. Jiangxi, a county 2009: old parts with 存在的不足和今后打算 and 其他 in short
P = parts(["2009年，上犹县人民政府扎实推进政府信息公开。", "全年主动公开政府信息860条。", "全年受理申请2件。", NO_APPEALS,
           "一是公开内容不够全面；二是公开形式单一。今后，我县将拓展公开内容，丰富公开形式。", NO_OTHER],
          kinds=("overview", "proactive", "requests", "appeals", "problems", "other"),
          titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "行政复议和行政诉讼情况", "存在的不足和今后打算", "其他"))
add("l-jx-shangyou-2009-buzu",
    text(["上犹县人民政府2009年政府信息公开工作年度报告"], P),
    {}, ("上犹县人民政府", "county", "江西省", "赣州市", "上犹县", 2009), P)

# 157. A town whose report names no county anywhere 2022: no places
P = six("2022年，马鞍镇人民政府认真落实政务公开各项工作要求。", 2022, "我镇", (186, 0),
        "存在的主要问题是公开内容较少。2023年，我镇将丰富公开内容。")
add("l-maan-2022-noplace",
    text(["马鞍镇人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("马鞍镇人民政府", "township", None, None, None, 2022), P)

# 158. The press, publication, radio, film and television administration 2014 (existed 2013–2018)
P = old7("2014年，新闻出版广电总局认真贯彻落实《条例》，推进政府信息公开。", 2014, "总局", (960, 48),
         "存在的主要问题是行政审批信息公开不够及时。2015年，总局将及时公开行政审批信息。")
add("l-sapprft-2014",
    text(["国家新闻出版广电总局2014年政府信息公开工作年度报告"], P),
    {}, ("国家新闻出版广电总局", "department", None, None, None, 2014), P)

# 159. The insurance regulator's Jiangsu office 2016
P = ten("2016年，江苏保监局认真贯彻落实保监会政务公开工作部署。", 2016, "我局", (420, 6),
        "存在的主要问题是保险消费风险提示发布不够及时。2017年，我局将及时发布风险提示。")
add("l-circ-js-2016-ten",
    text(["中国保险监督管理委员会江苏监管局2016年政府信息公开工作年度报告"], P),
    {}, ("中国保险监督管理委员会江苏监管局", "department", "江苏省", None, None, 2016), P)

# 160. The statistics bureau's Jiangxi survey corps 2022
P = six("2022年，江西调查总队认真落实国家统计局政务公开工作要求。", 2022, "总队", (412, 2),
        "存在的主要问题是调查数据解读不够。2023年，总队将加强调查数据解读。")
add("l-nbs-jx-survey-2022",
    text(["国家统计局江西调查总队2022年政府信息公开工作年度报告"], P),
    {}, ("国家统计局江西调查总队", "department", "江西省", None, None, 2022), P)

# 161. Shenzhen, a tax bureau of a cooperation zone 2023 (前海 is no district)
P = six("2023年，我局认真落实国家税务总局深圳市税务局政务公开工作部署。", 2023, "我局", (312, 4),
        "存在的主要问题是跨境税收政策解读不够。2024年，我局将加强跨境税收政策解读。")
add("l-sz-qianhai-tax-2023",
    text(["国家税务总局深圳市前海税务局2023年政府信息公开工作年度报告"], P),
    {}, ("国家税务总局深圳市前海税务局", "department", "广东省", "深圳市", None, 2023), P)

# 162. Hebei, a county 2022: the 2021-format parts numbered （一） at the top level
P = six("2022年，阜城县人民政府认真贯彻落实《条例》。", 2022, "县政府", (1260, 3),
        "存在的主要问题是政策解读的质量不高。2023年，我县将提高政策解读质量。", nums=tuple(f"（{c}）" for c in "一二三四五六"))
add("l-hb-fucheng-2022-paren",
    text(["阜城县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("阜城县人民政府", "county", "河北省", "衡水市", "阜城县", 2022), P)

# 163. Henan, a city bureau 2023: parts numbered 1、 with （1） items inside
P = six(["2023年，市住房和城乡建设局认真落实政务公开工作要求。", "（1）加强组织领导。", "（2）完善制度建设。"], 2023, "我局", (860, 9),
        "存在的主要问题是住房保障信息公开不够细。2024年，我局将细化住房保障信息公开。", nums=tuple(f"{i}、" for i in range(1, 7)))
add("l-hen-luoyang-zjj-2023-arabic",
    text(["洛阳市住房和城乡建设局2023年政府信息公开工作年度报告"], P),
    {}, ("洛阳市住房和城乡建设局", "department", "河南省", "洛阳市", None, 2023), P)

# 164. Fujian, a county-level city 2024: JSONL crawl, publish_time with a time, the text starting with the preamble
P = six("2024年，晋江市人民政府深入推进政务公开，助力民营经济发展。", 2024, "市政府", (4260, 56),
        "存在的主要问题是涉企政策解读不够精准。2025年，我市将推进涉企政策精准推送。")
add("l-fj-jinjiang-2024-jsonl",
    row("crawl-l.jsonl", "晋江市人民政府2024年政府信息公开工作年度报告", "\n".join(lines([LAW + "编制本报告。"], P)),
        date="2025-01-21 08:30:00"),
    {}, ("晋江市人民政府", "county", "福建省", "泉州市", "晋江市", 2024), P, published="2025-01-21")

# 165. Qinghai, a provincial department 2023: the date under the signature as 2024年元月16日
P = six("2023年，省生态环境厅认真贯彻落实《条例》，推进生态环境信息公开。", 2023, "省生态环境厅", (1120, 15),
        "存在的主要问题是环境信息解读不够。2024年，我厅将加强环境信息解读。")
add("l-qh-sthjt-2023-yuanyue",
    text([LAW + "编制本报告。"], P, ["青海省生态环境厅", "2024年元月16日"]),
    {}, ("青海省生态环境厅", "department", "青海省", None, None, 2023), P, published="2024-01-16")

# 166. Hubei, a county 2021: a Word file with a table of the info (索引号, 发布机构, 发布日期) before the body
P = six("2021年，郧西县人民政府认真贯彻落实新修订的《条例》。", 2021, "县政府", (1960, 6),
        "存在的主要问题是基层公开不够规范。2022年，我县将规范基层公开。")
add("l-hub-yunxi-2021-docx-infotable",
    Docx((("table", [["索引号", "011234567/2022-00012"], ["发布机构", "郧西县人民政府办公室"], ["发布日期", "2022-01-20"]]),
          ("big", "郧西县人民政府2021年政府信息公开工作年度报告"), *lines([], P))),
    {}, ("郧西县人民政府", "county", "湖北省", "十堰市", "郧西县", 2021), P, published="2022-01-20")

# 167. Guizhou, a city 2019 (the 2019 format): the title line joined to the breadcrumb on one line
P = six("2019年，六盘水市人民政府认真贯彻落实新修订的《条例》。", 2019, "市政府", (5120, 31),
        "存在的主要问题是政务公开与政务服务融合不够。2020年，我市将推进公开与服务融合。")
add("l-gz-liupanshui-2019-crumbline",
    "当前位置：首页 > 政务公开 > 年度报告 六盘水市人民政府2019年政府信息公开工作年度报告\n" + "\n".join(lines([], P)) + "\n",
    {}, ("六盘水市人民政府", "city", "贵州省", "六盘水市", None, 2019), P)

# 168. Liaoning, a district 2023: the name only in the 电子版 sentence of the preamble
P = six("2023年，我区坚持以人民为中心，推进政务公开。", 2023, "我区", (2460, 12),
        "存在的主要问题是公开内容的针对性不强。2024年，我区将围绕群众关切公开信息。")
add("l-ln-tiedong-2023-site",
    text(["本报告电子版可在鞍山市铁东区人民政府门户网站查阅。"], P),
    {}, ("鞍山市铁东区人民政府", "district", "辽宁省", "鞍山市", "铁东区", 2023), P)


# ============================ M. batch G (written after batch F's fixes, scored before any further fix) ============================

# 169. Anhui, a county bureau 2023: 县 then 市场 (长丰县市场监督管理局)
P = six("2023年，县市场监管局认真落实政务公开工作要求，推进市场监管领域政务公开。", 2023, "我局", (612, 5),
        "存在的主要问题是行政处罚信息公开不够及时。2024年，我局将及时公开行政处罚信息。")
add("m-ah-changfeng-scjg-2023",
    text(["长丰县市场监督管理局2023年政府信息公开工作年度报告"], P),
    {}, ("长丰县市场监督管理局", "department", "安徽省", "合肥市", "长丰县", 2023), P)

# 170. Jiangsu, a city bureau 2022: 城市 in the department's name
P = six("2022年，市城管局认真落实政务公开工作要求。", 2022, "市城管局", (860, 16),
        "存在的主要问题是城市管理执法信息公开不够全面。2023年，我局将拓展执法信息公开。")
add("m-js-nanjing-cgj-2022",
    text(["南京市城市管理局2022年政府信息公开工作年度报告"], P, ["南京市城市管理局", "2023年1月19日"]),
    {}, ("南京市城市管理局", "department", "江苏省", "南京市", None, 2022), P, published="2023-01-19")

# 171. Anhui, a district named 郊区 2023
P = six("2023年，郊区人民政府认真落实铜陵市政务公开工作部署。", 2023, "区政府", (1260, 4),
        "存在的主要问题是基层公开不够规范。2024年，我区将规范基层公开。")
add("m-ah-tongling-jiaoqu-2023",
    text(["铜陵市郊区人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("铜陵市郊区人民政府", "district", "安徽省", "铜陵市", "郊区", 2023), P)

# 172. Shanxi, a district named 矿区 2022
P = six("2022年，矿区人民政府认真贯彻落实《条例》。", 2022, "区政府", (980, 2),
        "存在的主要问题是政策解读不够。2023年，我区将加强政策解读。")
add("m-sx-yangquan-kuangqu-2022",
    text(["阳泉市矿区人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("阳泉市矿区人民政府", "district", "山西省", "阳泉市", "矿区", 2022), P)

# 173. Inner Mongolia, a mining district 2023
P = six("2023年，白云鄂博矿区人民政府认真落实政务公开工作要求。", 2023, "区政府", (460, 0),
        "存在的主要问题是公开内容不够丰富。2024年，我区将丰富公开内容。")
add("m-nmg-baiyun-2023",
    text(["包头市白云鄂博矿区人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("包头市白云鄂博矿区人民政府", "district", "内蒙古自治区", "包头市", "白云鄂博矿区", 2023), P)

# 174. Inner Mongolia, an autonomous banner 2022
P = six("2022年，鄂温克族自治旗人民政府认真贯彻落实《条例》。", 2022, "旗政府", (1360, 2),
        "存在的主要问题是苏木乡镇公开工作不平衡。2023年，我旗将加强对苏木乡镇的指导。")
add("m-nmg-ewenki-2022",
    text(["鄂温克族自治旗人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("鄂温克族自治旗人民政府", "county", "内蒙古自治区", "呼伦贝尔市", "鄂温克族自治旗", 2022), P)

# 175. Hebei, an autonomous county 2023: CSV crawl with the date column written 2024年01月16日
P = six("2023年，大厂回族自治县人民政府认真落实政务公开工作要求。", 2023, "县政府", (1560, 9),
        "存在的主要问题是政策解读的针对性不强。2024年，我县将增强政策解读针对性。")
add("m-hb-dachang-2023-cndate",
    row("crawl-m.csv", "大厂回族自治县人民政府2023年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2024年01月16日"),
    {}, ("大厂回族自治县人民政府", "county", "河北省", "廊坊市", "大厂回族自治县", 2023), P, published="2024-01-16")

# 176. Ningbo, the city government's general office 2011 reporting its own work
P = old7("2011年，市政府办公厅认真贯彻落实《条例》，做好本机关政府信息公开工作。", 2011, "市政府办公厅", (420, 3),
         "存在的主要问题是公开内容不够丰富。2012年，我厅将进一步丰富公开内容。")
add("m-nb-bgt-2011-office",
    text(["宁波市人民政府办公厅2011年政府信息公开工作年度报告"], P),
    {}, ("宁波市人民政府办公厅", "department", "浙江省", "宁波市", None, 2011), P)

# 177. Zhejiang, a city bureau 2023: 城乡 in the department's name, a portal page
P = six("2023年，市住建局认真落实政务公开工作要求。", 2023, "市住建局", (1320, 21),
        "存在的主要问题是住房保障信息公开不够细。2024年，我局将细化住房保障信息公开。")
add("m-zj-huzhou-zjj-2023-page",
    cms_page("湖州市住房和城乡建设局2023年政府信息公开工作年度报告", blocks(P), site="湖州市住房和城乡建设局",
             info="来源：湖州市住房和城乡建设局　发布时间：2024-01-24"),
    {}, ("湖州市住房和城乡建设局", "department", "浙江省", "湖州市", None, 2023), P, published="2024-01-24")

# 178. Jiangsu, a district named 通州区 (as Beijing's is) 2022: generic title, the city in the body
P = six("2022年，通州区人民政府在南通市委、市政府的正确领导下，推进政务公开。", 2022, "区政府", (2860, 24),
        "存在的主要问题是政务公开专区作用发挥不够。2023年，我区将完善政务公开专区功能。")
add("m-js-tongzhou-2022-ambiguous",
    row("crawl-m.jsonl", "2022年政府信息公开工作年度报告", "\n".join([*lines([], P), "通州区人民政府", "2023年1月20日"]), date="2023-01-20"),
    {}, ("通州区人民政府", "district", "江苏省", "南通市", "通州区", 2022), P, published="2023-01-20")

# 179. Jiangxi, a district named 西湖区 (as Hangzhou's is) 2023
P = six("2023年，西湖区人民政府在南昌市委、市政府的领导下，全面推进政务公开。", 2023, "区政府", (2460, 31),
        "存在的主要问题是基层公开能力不足。2024年，我区将加强基层公开培训。")
add("m-jx-xihu-2023-ambiguous",
    row("crawl-m.jsonl", "年度报告", "\n".join([*lines([], P), "西湖区人民政府", "2024年1月22日"]), date="2024-01-22"),
    {}, ("西湖区人民政府", "district", "江西省", "南昌市", "西湖区", 2023), P, published="2024-01-22")

# 180. Zhejiang, a district named 普陀区 (as Shanghai's is) 2022
P = six("2022年，普陀区人民政府在舟山市委、市政府的正确领导下，推进政务公开。", 2022, "区政府", (1960, 7),
        "存在的主要问题是海岛基层公开不够规范。2023年，我区将加强海岛基层公开指导。")
add("m-zj-putuo-2022-ambiguous",
    text([], P, ["普陀区人民政府", "2023年1月18日"]),
    {}, ("普陀区人民政府", "district", "浙江省", "舟山市", "普陀区", 2022), P, published="2023-01-18")

# 181. Heilongjiang, a district named 郊区 of Jiamusi 2021: the year in the title as 二〇二一年度
P = six("2021年，郊区人民政府认真贯彻落实新修订的《条例》。", 2021, "区政府", (860, 1),
        "存在的主要问题是公开形式单一。2022年，我区将丰富公开形式。")
add("m-hlj-jiamusi-jiaoqu-2021",
    text(["佳木斯市郊区人民政府二〇二一年度政府信息公开工作年度报告"], P),
    {}, ("佳木斯市郊区人民政府", "district", "黑龙江省", "佳木斯市", "郊区", 2021), P)

# 182. Guangdong, a county bureau 2022: 县 then 城市 (怀集县城市管理和综合执法局)
P = six("2022年，我局认真落实政务公开工作要求，推进城市管理领域政务公开。", 2022, "我局", (316, 2),
        "存在的主要问题是执法信息公开不够全面。2023年，我局将拓展执法信息公开。")
add("m-gd-huaiji-cgj-2022",
    text(["怀集县城市管理和综合执法局2022年政府信息公开工作年度报告"], P),
    {}, ("怀集县城市管理和综合执法局", "department", "广东省", "肇庆市", "怀集县", 2022), P)

# 183. Sichuan, a district bureau 2023: the body named in 本报告由…编制 with 区 then 市场
P = six("2023年，我局认真落实政务公开工作要求。", 2023, "我局", (420, 3),
        "存在的主要问题是公开的及时性不够。2024年，我局将及时公开。")
add("m-sc-qingyang-scjg-2023-compiled",
    text(["本报告由成都市青羊区市场监督管理局编制。"], P),
    {}, ("成都市青羊区市场监督管理局", "department", "四川省", "成都市", "青羊区", 2023), P)

# 184. Hunan, a county-level city 2010: 二〇一〇年 title over two lines with the body first
P = old7("2010年，醴陵市人民政府认真贯彻落实《条例》。", 2010, "我市", (1360, 5),
         "存在的主要问题是公开内容不够全面。2011年，我市将进一步拓展公开内容。")
add("m-hun-liling-2010-twolines",
    text(["醴陵市人民政府", "二〇一〇年度政府信息公开工作年度报告"], P, ["醴陵市人民政府", "二〇一一年三月二十八日"]),
    {}, ("醴陵市人民政府", "county", "湖南省", "株洲市", "醴陵市", 2010), P, published="2011-03-28")


# ============================ N. batch H (written after batch G, scored before any further fix) ============================

# 185. Guangxi, a regional bureau 2010 as a PDF: the title over two large lines, folios 第n页
P = old7("2010年，自治区统计局认真贯彻落实《条例》，积极推进统计信息公开。", 2010, "我局", (620, 3),
         "存在的主要问题是统计数据解读不够通俗。2011年，我局将加强统计数据解读。")
add("n-gx-tjj-2010-pdf",
    Pdf(("广西壮族自治区统计局", "2010年政府信息公开工作年度报告"), tuple(lines([], P, ["广西壮族自治区统计局", "二〇一一年三月二十五日"])),
        folio="第{n}页", lines=14),
    {}, ("广西壮族自治区统计局", "department", "广西壮族自治区", None, None, 2010), P, published="2011-03-25")

# 186. Xiamen, a district bureau 2022 as a PDF with a running head naming the report
P = six("2022年，区教育局认真落实政务公开工作要求，推进教育领域政务公开。", 2022, "区教育局", (680, 7),
        "存在的主要问题是学校公开工作不平衡。2023年，我局将加强对学校公开工作的指导。")
add("n-xm-huli-jyj-2022-pdf",
    Pdf(("厦门市湖里区教育局2022年政府信息公开工作年度报告",), tuple(lines([], P)),
        running_head="厦门市湖里区教育局2022年政府信息公开工作年度报告", lines=13),
    {}, ("厦门市湖里区教育局", "department", "福建省", "厦门市", "湖里区", 2022), P)

# 187. Shandong, a county 2012: the whole old report on one crawled line with the portal chrome inline
P = old7("2012年，莒南县人民政府认真贯彻落实《条例》。", 2012, "我县", (1460, 6),
         "存在的主要问题是公开内容的针对性不强。2013年，我县将围绕群众关切公开信息。")
add("n-sd-junan-2012-oneline",
    "当前位置：首页 > 信息公开 > 年度报告 莒南县人民政府2012年政府信息公开工作年度报告 发布时间：2013-03-26 来源：县政府办公室 "
    + "".join(lines([], P)) + " 【打印本页】【关闭窗口】\n",
    {}, ("莒南县人民政府", "county", "山东省", "临沂市", "莒南县", 2012), P, published="2013-03-26")

# 188. Hunan, a city bureau 2016: the ten parts hard-wrapped at 24 characters as a converter emits them
P = ten("2016年，怀化市财政局认真贯彻落实《条例》和国务院办公厅政务公开工作要点，推进财政预决算公开。", 2016, "我局", (980, 12),
        "存在的主要问题是预决算公开的细化程度不够。2017年，我局将推动预决算公开细化到项目。")
add("n-hun-huaihua-czj-2016-wrapped",
    "\n".join(wrapped(["怀化市财政局2016年政府信息公开工作年度报告", *lines([], P)], 24)) + "\n",
    {}, ("怀化市财政局", "department", "湖南省", "怀化市", None, 2016), P)

# 189. Chongqing, a district 2019 in Word: bold unnumbered 2019-format headings, the name only in the signature
P = six("2019年，我区认真贯彻落实新修订的《条例》，推进政务公开。", 2019, "我区", (3260, 41),
        "存在的主要问题是政策解读的质量不高。2020年，我区将提高政策解读质量。", nums=("",) * 6)
add("n-cq-jiulongpo-2019-docx-bold",
    Docx((*[b for h, _, body, _ in P for b in (("bold", h), *body)], "重庆市九龙坡区人民政府", "2020年1月20日")),
    {}, ("重庆市九龙坡区人民政府", "district", "重庆市", "重庆市", "九龙坡区", 2019), P, published="2020-01-20")

# 190. Jilin, an autonomous prefecture's bureau 2023: JSONL, 州 short forms, the full name in 联系方式
P = six("2023年，州教育局认真落实政务公开工作要求，推进教育领域政务公开。", 2023, "州教育局", (560, 4),
        "存在的主要问题是教育政策解读不够。2024年，我局将加强教育政策解读。",
        other="本年度未收取信息处理费。联系方式：延边朝鲜族自治州教育局办公室，电话：0433-2512345。")
add("n-jl-yanbian-jyj-2023-jsonl",
    row("crawl-n.jsonl", "年报", "\n".join(lines([], P)), date="2024-01-25"),
    {}, ("延边朝鲜族自治州教育局", "department", "吉林省", "延边朝鲜族自治州", None, 2023), P, published="2024-01-25")

# 191. Hubei, a county 2018: the ten parts, 2018年度 in the title, the date under the signature
P = ten("2018年，竹山县人民政府认真落实政务公开工作要点。", 2018, "县政府", (2160, 7),
        "存在的主要问题是基层政务公开标准化建设刚起步。2019年，我县将推进基层政务公开标准化。")
add("n-hub-zhushan-2018-ten",
    text(["竹山县人民政府2018年度政府信息公开工作年度报告"], P, ["竹山县人民政府", "2019年3月27日"]),
    {}, ("竹山县人民政府", "county", "湖北省", "十堰市", "竹山县", 2018), P, published="2019-03-27")

# 192. Gansu, a township 2021: the title with the county, flattened with ideographic spaces
P = six("2021年，我镇在临泽县委、县政府的领导下，推进基层政务公开。", 2021, "我镇", (168, 0),
        "存在的主要问题是公开内容不够丰富。2022年，我镇将丰富公开内容。")
add("n-gs-shahe-2021-flat",
    "　　".join(["临泽县沙河镇人民政府2021年政府信息公开工作年度报告", *lines([], P)]) + "\n",
    {}, ("临泽县沙河镇人民政府", "township", "甘肃省", "张掖市", "临泽县", 2021), P)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES12, out)


if __name__ == "__main__":
    write()
