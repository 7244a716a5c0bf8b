"""Test utility: the twenty-third held-out probe set ``tests/cases/probes23`` (issue 10 item 1, issuer,
level and places on unseen reports), written and labelled by hand before its writer read textmine's
metadata code or ran textmine on it, for bodies of 安徽, 江西, 湖南, 山西, 福建, 上海's districts, 重庆's and
天津's 乡镇, provincial departments and offices (XX省发展和改革委员会, XX省人民政府办公厅), 国务院 departments
and their bureaus (国家XX局), the 计划单列市 (深圳, 厦门, 宁波, 青岛, 大连) and their districts, in shapes the
earlier sets hold least:

- titles that put the year first (``2023年霍邱县政府信息公开工作年度报告``);
- titles wrapped in a notice (``关于印发……的通知``, ``……关于公布……的公告``);
- reports titled only with the year (``2022年度政府信息公开工作年度报告``) whose first sentence says 我委/本局/我厅
  and whose body is named only in the 落款;
- portal pages whose ``<title>`` is the portal's name (``XX区人民政府门户网站``) and whose ``<h1>`` is the report;
- Word files whose first paragraph is an attachment label (``附件1``);
- crawl rows (标题, 发布时间, 链接, 正文) whose url's host is the place's domain;
- a body renamed between two of its reports (卫生和计划生育局 → 卫生健康局, 国土资源局 → 自然资源局).

Conventions are those of the earlier sets (``tests/probe_hand21.py``): the issuer is the fullest name the
report or its container gives (a hosting portal's name is not the report's); a government's report signed
by its office is the government's; a department of a district or county takes its district or county; a
town or 乡 is ``township`` with its county or district; a 县级市 is ``county``; national bodies have no
places; a national bureau's provincial office has its province. ``published`` is the crawl's or the page's
date, else the date under the signature, else ``None``; ``template`` is ``None``.

Batch A (section A) was written and labelled on main's code at d9bb9f0 and scored before any fix; batch B
(section B) was written after batch A's fixes (its writer had then read the metadata code) and scored before
any further fix, to see whether they generalise (figures in bench/README.md).

``python -m tests.probe_hand23`` rewrites ``tests/cases/probes23/``.

Example:
    >>> text, header, want = PROBES23["a-ah-huoqiu-2023-yearfirst"]
    >>> want["issuer"], want["admin_level"], want["city"]
    ('霍邱县人民政府', 'county', '六安市')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import Part, blocks, cms_page, text
from tests.probe_hand11 import six
from tests.probe_hand18 import body, old7, row
from tests.probe_sets import Docx, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes23"

PROBES23: dict[str, Probe] = {}


def add(pid: str, content: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True, published: str | None = None) -> None:
    """Register a probe; expected kinds and titles are the parts'."""
    issuer, level, province, city, county, year = meta
    register(PROBES23, pid, content, header, issuer, level, province, city, county, year,
             [k for _, k, _, _ in ps], [t for _, _, _, t in ps], plans=plans)
    PROBES23[pid][2]["published"] = published
    PROBES23[pid][2]["template"] = None


def portal(site: str, h1: str, ps: list[Part], *, info: str, tail: tuple[str, ...] = ()) -> str:
    """A report on a portal whose ``<title>`` is only the portal's name (XX人民政府门户网站) and whose h1 is the report."""
    return cms_page(f"{site}门户网站", [*blocks(ps), *tail], site=site, h1=h1, info=info,
                    crumbs="首页 > 政府信息公开 > 政府信息公开年报")


def word(label: str, title: str, ps: list[Part], tail: tuple[str, ...] = ()) -> Docx:
    """A Word file whose first paragraph is an attachment label (附件1), then the title in large type."""
    out: list[Any] = [label, ("big", title)]
    for heading, _, paras, _ in ps:
        out += [("bold", heading), *paras]
    return Docx((*out, *tail))


# ============================ A. batch A ============================

# 1. Anhui, a county 2023: the year first in the title, signed by its office
P = six("2023年，县政府坚持以人民为中心，围绕淮河行蓄洪区建设和民生保障推进政务公开。", 2023, "县政府", (2316, 14),
        "存在的主要问题是乡镇公开内容更新不及时。2024年，县政府将加强对乡镇的督导。")
add("a-ah-huoqiu-2023-yearfirst", text(["2023年霍邱县政府信息公开工作年度报告"], P, ["霍邱县人民政府办公室", "2024年1月19日"]), {},
    ("霍邱县人民政府", "county", "安徽省", "六安市", "霍邱县", 2023), P, published="2024-01-19")

# 2. Anhui, a district that shares its city's stem (黄山市黄山区) 2023 in a 关于印发 notice of its office
P = six("2023年，区政府围绕文旅融合和生态保护推进政务公开。", 2023, "区政府", (1648, 6),
        "存在的主要问题是政策解读形式单一。2024年，区政府将推出图解和视频解读。")
add("a-ah-huangshanqu-2023-yinfa",
    text(["关于印发《黄山市黄山区2023年政府信息公开工作年度报告》的通知", "各乡镇人民政府，区政府各部门：",
          "现将《黄山市黄山区2023年政府信息公开工作年度报告》印发给你们，请认真贯彻落实。",
          "黄山市黄山区人民政府办公室", "2024年1月24日", "黄山市黄山区2023年政府信息公开工作年度报告"], P), {},
    ("黄山市黄山区人民政府", "district", "安徽省", "黄山市", "黄山区", 2023), P, published="2024-01-24")

# 3. Anhui, a town 2023: year first in the title; signed in full with its county
P = six("2023年，我镇在县委、县政府的领导下，围绕古镇旅游和乡村振兴推进基层政务公开。", 2023, "我镇", (214, 1),
        "存在的主要问题是村务公开不够规范。2024年，我镇将规范村务公开栏。")
add("a-ah-sanhe-2023-town", text(["2023年三河镇政府信息公开工作年度报告"], P, ["肥西县三河镇人民政府", "2024年1月12日"]), {},
    ("肥西县三河镇人民政府", "township", "安徽省", "合肥市", "肥西县", 2023), P, published="2024-01-12")

# 4. Jiangxi, the provincial development and reform commission 2022: title only the year; 我委; named in the 落款
P = six("2022年，我委认真贯彻落实省委、省政府关于政务公开的部署，围绕重大项目和价格监管推进政务公开。", 2022, "我委", (1862, 37),
        "存在的主要问题是项目审批信息公开不够及时。2023年，我委将推进项目审批全流程公开。")
add("a-jx-fgw-2022-luokuan", text(["2022年度政府信息公开工作年度报告"], P, ["江西省发展和改革委员会", "2023年1月30日"]), {},
    ("江西省发展和改革委员会", "department", "江西省", None, None, 2022), P, published="2023-01-30")

# 5-6. Jiangxi, a county bureau renamed: 安福县卫生和计划生育局 2017 (2008 format) → 安福县卫生健康局 2022
P = old7("2017年，我局认真贯彻落实《条例》，围绕医药卫生体制改革推进政府信息公开。", 2017, "我局", (186, 2),
         "存在的问题是公开内容不够丰富。2018年，我局将加强公共卫生信息公开。")
add("a-jx-anfu-wjj-2017-old", text(["安福县卫生和计划生育局2017年政府信息公开工作年度报告"], P, ["安福县卫生和计划生育局", "2018年3月20日"]), {},
    ("安福县卫生和计划生育局", "department", "江西省", "吉安市", "安福县", 2017), P, published="2018-03-20")
P = six("2022年，我局围绕疫情防控和基层医疗卫生服务推进卫生健康领域政务公开。", 2022, "我局", (342, 3),
        "存在的主要问题是医疗服务信息公开不够全面。2023年，我局将完善医疗机构信息公开。")
add("a-jx-anfu-wjj-2022-new", text(["2022年安福县卫生健康局政府信息公开工作年度报告"], P, ["安福县卫生健康局", "2023年1月16日"]), {},
    ("安福县卫生健康局", "department", "江西省", "吉安市", "安福县", 2022), P, published="2023-01-16")

# 7. Jiangxi, a district of 南昌 2023 on its portal: <title> the portal's name, h1 the report
P = six("2023年，区政府围绕营商环境优化和城市更新推进政务公开。", 2023, "区政府", (2048, 21),
        "存在的主要问题是基层公开标准化不够。2024年，区政府将推进基层政务公开标准化。")
add("a-jx-qingshanhu-2023-portal",
    portal("南昌市青山湖区人民政府", "青山湖区2023年政府信息公开工作年度报告", P, info="发布时间：2024-01-22"), {},
    ("南昌市青山湖区人民政府", "district", "江西省", "南昌市", "青山湖区", 2023), P, published="2024-01-22")

# 8. Hunan, the provincial government's general office 2021: a Word file opening with 附件1
P = six("2021年，我厅认真贯彻落实党中央、国务院和省委、省政府关于政务公开的决策部署。", 2021, "我厅", (2964, 58),
        "存在的主要问题是政策解读的针对性不够强。2022年，我厅将提升政策解读质量。")
add("a-hn-bgt-2021-fujian", word("附件1", "湖南省人民政府办公厅2021年政府信息公开工作年度报告", P), {},
    ("湖南省人民政府办公厅", "department", "湖南省", None, None, 2021), P)

# 9. Hunan, a county-level city 2023 on its portal: <title> the portal's name, h1 the report
P = six("2023年，市政府围绕烟花产业安全和县域经济发展推进政务公开。", 2023, "市政府", (3106, 26),
        "存在的主要问题是部门公开进度不够平衡。2024年，市政府将加强考核。")
add("a-hn-liuyang-2023-portal",
    portal("浏阳市人民政府", "浏阳市2023年政府信息公开工作年度报告", P, info="发布时间：2024-01-29"), {},
    ("浏阳市人民政府", "county", "湖南省", "长沙市", "浏阳市", 2023), P, published="2024-01-29")

# 10-11. Hunan, a county bureau renamed: 桑植县国土资源局 2017 → 桑植县自然资源局 2021 (named only in the 落款)
P = old7("2017年，我局认真贯彻落实《条例》，围绕土地征收和矿产资源管理推进政府信息公开。", 2017, "我局", (128, 4),
         "存在的问题是征地信息公开不够及时。2018年，我局将及时公开征地批后信息。")
add("a-hn-sangzhi-gtj-2017-old", text(["桑植县国土资源局2017年政府信息公开工作年度报告"], P, ["桑植县国土资源局", "2018年3月15日"]), {},
    ("桑植县国土资源局", "department", "湖南省", "张家界市", "桑植县", 2017), P, published="2018-03-15")
P = six("2021年，我局围绕国土空间规划和不动产登记推进自然资源领域政务公开。", 2021, "我局", (236, 6),
        "存在的主要问题是规划信息公开不够直观。2022年，我局将以图文方式公开规划。")
add("a-hn-sangzhi-zrzyj-2021-luokuan", text(["2021年度政府信息公开工作年度报告"], P, ["桑植县自然资源局", "2022年1月20日"]), {},
    ("桑植县自然资源局", "department", "湖南省", "张家界市", "桑植县", 2021), P, published="2022-01-20")

# 12. Shanxi, a county 2023 crawl row: generic title, the county's domain in the url, named in the 落款
P = six("2023年，县政府围绕古城保护和文旅发展推进政务公开。", 2023, "县政府", (1754, 9),
        "存在的主要问题是公开平台栏目设置不够合理。2024年，县政府将优化栏目。")
add("a-sx-pingyao-2023-url", row("crawl-a.csv", "2023年政府信息公开工作年度报告",
                                 body([], P, ["平遥县人民政府办公室", "2024年1月18日"]), date="2024-01-22",
                                 url="http://www.pingyao.gov.cn/zwgk/zfxxgknb/202401/t20240122_1.html"), {},
    ("平遥县人民政府", "county", "山西省", "晋中市", "平遥县", 2023), P, published="2024-01-22")

# 13. Shanxi, the provincial government's general office 2022: title only the year; 我厅; named in the 落款
P = six("2022年，我厅认真贯彻落实省委、省政府关于全面推进政务公开的部署。", 2022, "我厅", (2216, 44),
        "存在的主要问题是政策发布解读联动不够。2023年，我厅将推动解读与文件同步发布。")
add("a-sx-bgt-2022-luokuan", row("crawl-a.csv", "2022年度政府信息公开工作年度报告",
                                 body([], P, ["山西省人民政府办公厅", "2023年1月28日"]), date="2023-01-31",
                                 url="http://www.shanxi.gov.cn/zfxxgk/zfxxgknb/202301/t20230131_2.html"), {},
    ("山西省人民政府办公厅", "department", "山西省", None, None, 2022), P, published="2023-01-31")

# 14. a national bureau's provincial office 2022 (国家矿山安全监察局山西局): 本局
P = six("2022年，本局认真贯彻落实国家矿山安全监察局关于政务公开的部署，围绕煤矿安全监察推进政务公开。", 2022, "本局", (412, 3),
        "存在的主要问题是执法信息公开不够及时。2023年，本局将按月公开监察执法信息。")
add("a-sx-kuangshan-2022", text(["国家矿山安全监察局山西局2022年政府信息公开工作年度报告"], P,
                                ["国家矿山安全监察局山西局", "2023年1月17日"]), {},
    ("国家矿山安全监察局山西局", "department", "山西省", None, None, 2022), P, published="2023-01-17")

# 15. Fujian, a county 2023: year first in the title; named only there and in the 落款
P = six("2023年，县政府围绕山区综合发展和民生保障推进政务公开。", 2023, "县政府", (1408, 7),
        "存在的主要问题是乡镇政务公开专区建设不够完善。2024年，县政府将完善乡镇专区。")
add("a-fj-yongtai-2023-yearfirst", text(["2023年永泰县政府信息公开工作年度报告"], P, ["永泰县人民政府", "2024年1月26日"]), {},
    ("永泰县人民政府", "county", "福建省", "福州市", "永泰县", 2023), P, published="2024-01-26")

# 16. Fujian, a provincial department 2022: title only the year; 本厅; named only in the 落款
P = six("2022年，本厅认真贯彻落实省委、省政府的部署，围绕污染防治攻坚推进生态环境领域政务公开。", 2022, "本厅", (1336, 52),
        "存在的主要问题是环评信息公开不够便捷。2023年，本厅将建设环评信息查询专栏。")
add("a-fj-sthjt-2022-luokuan", text(["2022年度政府信息公开工作年度报告"], P, ["福建省生态环境厅", "2023年1月29日"]), {},
    ("福建省生态环境厅", "department", "福建省", None, None, 2022), P, published="2023-01-29")

# 17. Shanghai, a district's education bureau 2023 on the district portal: <title> the portal, h1 the report
P = six("2023年，我局围绕义务教育优质均衡和招生入学推进教育领域政务公开。", 2023, "我局", (864, 22),
        "存在的主要问题是招生政策解读不够细。2024年，我局将开展招生政策在线答疑。")
add("a-sh-minhang-jyj-2023-portal",
    portal("上海市闵行区人民政府", "上海市闵行区教育局2023年政府信息公开工作年度报告", P, info="发布时间：2024-01-30"), {},
    ("上海市闵行区教育局", "department", "上海市", "上海市", "闵行区", 2023), P, published="2024-01-30")

# 18. Shanghai, a district 2022 titled by its short name, signed by the district government's office
P = six("2022年，区政府围绕疫情防控和复工复产推进政务公开。", 2022, "区政府", (2788, 96),
        "存在的主要问题是公开信息的可读性不够强。2023年，区政府将加强公开信息的可读性。")
add("a-sh-jiading-2022-short", text(["嘉定区2022年政府信息公开工作年度报告"], P, ["上海市嘉定区人民政府办公室", "2023年1月20日"]), {},
    ("上海市嘉定区人民政府", "district", "上海市", "上海市", "嘉定区", 2022), P, published="2023-01-20")

# 19. Chongqing, a town of a county 2023: year first in the title; signed with the county
P = six("2023年，我镇在县委、县政府的领导下，围绕古盐业遗址保护和乡村旅游推进基层政务公开。", 2023, "我镇", (132, 0),
        "存在的主要问题是公开形式不够多样。2024年，我镇将利用微信公众号公开。")
add("a-cq-ningchang-2023-yearfirst", text(["2023年宁厂镇政府信息公开工作年度报告"], P, ["巫溪县宁厂镇人民政府", "2024年1月11日"]), {},
    ("巫溪县宁厂镇人民政府", "township", "重庆市", "重庆市", "巫溪县", 2023), P, published="2024-01-11")

# 20. Chongqing, a 乡 of an autonomous county 2022: a Word file opening with 附件1
P = six("2022年，我乡在县委、县政府的领导下，围绕巩固脱贫成果和乡村振兴推进基层政务公开。", 2022, "我乡", (118, 0),
        "存在的主要问题是村务公开不够及时。2023年，我乡将按月更新村务公开栏。")
add("a-cq-zhongyi-2022-fujian", word("附件1", "石柱土家族自治县中益乡2022年政府信息公开工作年度报告", P,
                                     ("石柱土家族自治县中益乡人民政府", "2023年1月13日")), {},
    ("石柱土家族自治县中益乡人民政府", "township", "重庆市", "重庆市", "石柱土家族自治县", 2022), P, published="2023-01-13")

# 21. Tianjin, a town 2023 on its district's portal: <title> the district portal, h1 the town's report
P = six("2023年，我镇在区委、区政府的领导下，围绕农业现代化和人居环境整治推进基层政务公开。", 2023, "我镇", (146, 1),
        "存在的主要问题是公开内容不够丰富。2024年，我镇将丰富涉农政策公开。")
add("a-tj-dakoutun-2023-portal",
    portal("天津市宝坻区人民政府", "大口屯镇2023年政府信息公开工作年度报告", P, info="发布时间：2024-01-17",
           tail=("宝坻区大口屯镇人民政府", "2024年1月15日")), {},
    ("宝坻区大口屯镇人民政府", "township", "天津市", "天津市", "宝坻区", 2023), P, published="2024-01-17")

# 22. Tianjin, a town 2022: 关于公布 in the title, signed with the district
P = six("2022年，我镇在区委、区政府的领导下，围绕产业园区服务和民生保障推进基层政务公开。", 2022, "我镇", (164, 2),
        "存在的主要问题是公开及时性有待提高。2023年，我镇将建立公开台账。")
add("a-tj-taitou-2022-gongbu", row("crawl-b.jsonl", "台头镇关于公布2022年政府信息公开工作年度报告的公告",
                                   body([], P, ["静海区台头镇人民政府", "2023年1月18日"]), date="2023-01-19"), {},
    ("静海区台头镇人民政府", "township", "天津市", "天津市", "静海区", 2022), P, published="2023-01-19")

# 23. a 国务院 department 2021: title only the year; 本部; named only in the 落款
P = six("2021年，本部坚持以习近平新时代中国特色社会主义思想为指导，围绕稳外贸稳外资推进政务公开。", 2021, "本部", (3250, 312),
        "存在的主要问题是政策解读的互动性不够。2022年，本部将加强政策解读互动。")
add("a-cn-shangwubu-2021-luokuan", text(["2021年政府信息公开工作年度报告"], P, ["商务部", "2022年1月28日"]), {},
    ("商务部", "department", None, None, None, 2021), P, published="2022-01-28")

# 24. a national bureau 2023: the year first in the title
P = six("2023年，国家市场监督管理总局坚持以人民为中心，围绕优化营商环境推进政务公开。", 2023, "我局", (4120, 520),
        "存在的主要问题是基层市场监管信息公开标准不够统一。2024年，我局将推进标准统一。")
add("a-cn-scjgzj-2023-yearfirst", text(["2023年国家市场监督管理总局政府信息公开工作年度报告"], P), {},
    ("国家市场监督管理总局", "department", None, None, None, 2023), P)

# 25. a national bureau 2022 in a Word file opening with 附件1; 本局; the 落款
P = six("2022年，本局认真贯彻落实党中央、国务院关于政务公开的决策部署，围绕知识产权强国建设推进政务公开。", 2022, "本局", (1536, 210),
        "存在的主要问题是专利审查信息公开的便利性不够。2023年，本局将优化审查信息查询。")
add("a-cn-zscqj-2022-fujian", word("附件1", "2022年度政府信息公开工作年度报告", P, ("国家知识产权局", "2023年1月31日")), {},
    ("国家知识产权局", "department", None, None, None, 2022), P, published="2023-01-31")

# 26. Shenzhen (计划单列市) 2022 crawl row: title the city's short form; sz.gov.cn
P = six("2022年，市政府围绕先行示范区建设和营商环境改革推进政务公开。", 2022, "市政府", (18620, 3240),
        "存在的主要问题是数据开放的深度不够。2023年，市政府将扩大数据开放。")
add("a-gd-shenzhen-2022-row", row("crawl-b.jsonl", "深圳市2022年政府信息公开工作年度报告",
                                  body([], P, ["深圳市人民政府办公厅", "2023年1月31日"]), date="2023-02-01",
                                  url="http://www.sz.gov.cn/zfgb/zfxxgknb/202302/t20230201_1.html"), {},
    ("深圳市人民政府", "city", "广东省", "深圳市", None, 2022), P, published="2023-02-01")

# 27. Xiamen, a district 2023 on its portal: <title> the portal, h1 the short name
P = six("2023年，区政府围绕港口物流和生物医药产业推进政务公开。", 2023, "区政府", (1932, 18),
        "存在的主要问题是涉企政策推送不够精准。2024年，区政府将精准推送涉企政策。")
add("a-fj-haicang-2023-portal",
    portal("厦门市海沧区人民政府", "海沧区2023年政府信息公开工作年度报告", P, info="发布时间：2024-01-25",
           tail=("厦门市海沧区人民政府", "2024年1月23日")), {},
    ("厦门市海沧区人民政府", "district", "福建省", "厦门市", "海沧区", 2023), P, published="2024-01-25")

# 28. Ningbo, the city's development and reform commission 2022: 关于公布 in the title; 我委
P = six("2022年，我委围绕重大项目建设和共同富裕示范区建设推进发展改革领域政务公开。", 2022, "我委", (1216, 19),
        "存在的主要问题是规划信息解读不够。2023年，我委将加强规划解读。")
add("a-zj-nb-fgw-2022-gongbu", text(["宁波市发展和改革委员会关于公布2022年政府信息公开工作年度报告的通知"], P,
                                    ["宁波市发展和改革委员会", "2023年1月20日"]), {},
    ("宁波市发展和改革委员会", "department", "浙江省", "宁波市", None, 2022), P, published="2023-01-20")

# 29. Qingdao, a district 2023: year first in the title; named only there and in the 落款
P = six("2023年，区政府围绕西海岸新区建设和港城融合推进政务公开。", 2023, "区政府", (3320, 47),
        "存在的主要问题是镇街公开水平不够均衡。2024年，区政府将加强镇街指导。")
add("a-sd-huangdao-2023-yearfirst", text(["2023年黄岛区政府信息公开工作年度报告"], P, ["青岛市黄岛区人民政府", "2024年1月29日"]), {},
    ("青岛市黄岛区人民政府", "district", "山东省", "青岛市", "黄岛区", 2023), P, published="2024-01-29")

# 30. Dalian, a county-level city 2022 crawl row: title the short name; dlzh.gov.cn; signed by its office
P = six("2022年，市政府围绕海洋经济和乡村振兴推进政务公开。", 2022, "市政府", (1682, 11),
        "存在的主要问题是政务新媒体更新不够及时。2023年，市政府将加强政务新媒体管理。")
add("a-ln-zhuanghe-2022-row", row("crawl-a.csv", "庄河市2022年政府信息公开工作年度报告",
                                  body([], P, ["庄河市人民政府办公室", "2023年1月19日"]), date="2023-01-20",
                                  url="http://www.dlzh.gov.cn/zwgk/zfxxgknb/202301/t20230120_3.html"), {},
    ("庄河市人民政府", "county", "辽宁省", "大连市", "庄河市", 2022), P, published="2023-01-20")

# 31. Shenzhen, a district department 2021: a Word file opening with 附件1; 我局; the 落款
P = six("2021年，我局围绕学位建设和民办教育管理推进教育领域政务公开。", 2021, "我局", (932, 41),
        "存在的主要问题是学位信息公开不够及时。2022年，我局将提前公开学位预警信息。")
add("a-gd-futian-jyj-2021-fujian", word("附件1", "2021年度政府信息公开工作年度报告", P, ("深圳市福田区教育局", "2022年1月25日")), {},
    ("深圳市福田区教育局", "department", "广东省", "深圳市", "福田区", 2021), P, published="2022-01-25")

# 32. Shanxi, a city department 2022 crawl row: 市商务局 only in the body and the 落款; taiyuan.gov.cn in the url
P = six("2022年，市商务局围绕促消费和招商引资推进商务领域政务公开。", 2022, "我局", (368, 2),
        "存在的主要问题是商务政策解读不够。2023年，我局将加强政策解读。")
add("a-sx-taiyuan-swj-2022-url", row("crawl-a.csv", "2022年政府信息公开工作年度报告",
                                     body([], P, ["市商务局", "2023年1月16日"]), date="2023-01-18",
                                     url="http://www.taiyuan.gov.cn/doc/2023/01/18/1.shtml"), {},
    ("太原市商务局", "department", "山西省", "太原市", None, 2022), P, published="2023-01-18")


# ============================ B. batch B ============================
# written after batch A's fixes (its writer had then read the metadata code) and scored before any further fix

# 1. Jiangxi, a county 2023 on its portal: <title> the portal's name, h1 the report with the year first; no 落款
P = six("2023年，县政府围绕稻米产业和民生实事推进政务公开。", 2023, "县政府", (1524, 8),
        "存在的主要问题是政策解读不够通俗。2024年，县政府将推出更多图解。")
add("b-jx-wannian-2023-portal",
    portal("万年县人民政府", "2023年万年县政府信息公开工作年度报告", P, info="发布时间：2024-01-26"), {},
    ("万年县人民政府", "county", "江西省", "上饶市", "万年县", 2023), P, published="2024-01-26")

# 2. Hunan, a district of the capital 2022 on its portal: h1 the short name; no 落款
P = six("2022年，区政府围绕湘江新区建设和高校科创资源转化推进政务公开。", 2022, "区政府", (2410, 33),
        "存在的主要问题是街道公开栏目不够统一。2023年，区政府将统一街道栏目。")
add("b-hn-yuelu-2022-portal",
    portal("长沙市岳麓区人民政府", "岳麓区2022年政府信息公开工作年度报告", P, info="发布时间：2023-01-30"), {},
    ("长沙市岳麓区人民政府", "district", "湖南省", "长沙市", "岳麓区", 2022), P, published="2023-01-30")

# 3. Xiamen, a city bureau 2023 crawl row: 市工业和信息化局 only; the city's portal in the url
P = six("2023年，市工业和信息化局围绕数字经济和制造业高质量发展推进政务公开。", 2023, "我局", (512, 4),
        "存在的主要问题是惠企政策解读不够精准。2024年，我局将开展政策精准推送。")
add("b-fj-xm-gxj-2023-url", row("crawl-c.csv", "2023年政府信息公开工作年度报告",
                                body([], P, ["市工业和信息化局", "2024年1月22日"]), date="2024-01-24",
                                url="https://www.xm.gov.cn/zwgk/zfxxgknb/202401/t20240124_5.htm"), {},
    ("厦门市工业和信息化局", "department", "福建省", "厦门市", None, 2023), P, published="2024-01-24")

# 4. Hunan, a provincial department 2022 crawl row: 省人力资源和社会保障厅 in the 落款; the province's portal in the url
P = six("2022年，我厅围绕稳就业和社会保险扩面推进人力资源社会保障领域政务公开。", 2022, "我厅", (1788, 64),
        "存在的主要问题是社保政策解读不够通俗。2023年，我厅将推出社保政策问答。")
add("b-hn-rst-2022-url", row("crawl-c.csv", "2022年度政府信息公开工作年度报告",
                             body([], P, ["省人力资源和社会保障厅", "2023年1月29日"]), date="2023-01-31",
                             url="http://www.hunan.gov.cn/zfsj/zfxxgknb/202301/t20230131_7.html"), {},
    ("湖南省人力资源和社会保障厅", "department", "湖南省", None, None, 2022), P, published="2023-01-31")

# 5. Tianjin, a town 2022: the year first in the title; signed with the district
P = six("2022年，我镇在区委、区政府的领导下，围绕乡村振兴和营商环境推进基层政务公开。", 2022, "我镇", (156, 1),
        "存在的主要问题是村务公开不够规范。2023年，我镇将规范村务公开。")
add("b-tj-xiditou-2022-yearfirst", text(["2022年西堤头镇政府信息公开工作年度报告"], P, ["北辰区西堤头镇人民政府", "2023年1月16日"]), {},
    ("北辰区西堤头镇人民政府", "township", "天津市", "天津市", "北辰区", 2022), P, published="2023-01-16")

# 6. Chongqing, a town 2023: 关于公布 in the title naming the town in full
P = six("2023年，我镇在县委、县政府的领导下，围绕生态旅游和巩固脱贫成果推进基层政务公开。", 2023, "我镇", (124, 0),
        "存在的主要问题是公开形式单一。2024年，我镇将丰富公开形式。")
add("b-cq-dongan-2023-gongbu", text(["城口县东安镇人民政府关于公布2023年政府信息公开工作年度报告的通知"], P,
                                    ["城口县东安镇人民政府", "2024年1月10日"]), {},
    ("城口县东安镇人民政府", "township", "重庆市", "重庆市", "城口县", 2023), P, published="2024-01-10")

# 7. a national bureau 2022 in a Word file opening with 附件1, titled in full
P = six("2022年，国家铁路局认真贯彻落实党中央、国务院关于政务公开的决策部署，围绕铁路安全监管推进政务公开。", 2022, "我局",
        (864, 37), "存在的主要问题是监管执法信息公开不够全面。2023年，我局将完善执法信息公开。")
add("b-cn-tieluju-2022-fujian", word("附件1", "国家铁路局2022年政府信息公开工作年度报告", P), {},
    ("国家铁路局", "department", None, None, None, 2022), P)

# 8. a 国务院 commission 2023: title only the year; 我委; named only in the 落款
P = six("2023年，我委坚持以习近平新时代中国特色社会主义思想为指导，围绕宏观调控和重大改革推进政务公开。", 2023, "我委",
        (2640, 406), "存在的主要问题是政策解读的及时性有待提升。2024年，我委将推动解读与政策同步。")
add("b-cn-fgw-2023-luokuan", text(["2023年度政府信息公开工作年度报告"], P, ["国家发展和改革委员会", "2024年1月31日"]), {},
    ("国家发展和改革委员会", "department", None, None, None, 2023), P, published="2024-01-31")

# 9. Dalian, a district 2023 on its portal: h1 the short name; no 落款
P = six("2023年，区政府围绕金普新区建设和先进制造业推进政务公开。", 2023, "区政府", (2036, 19),
        "存在的主要问题是涉企信息公开不够集中。2024年，区政府将建设涉企专栏。")
add("b-ln-jinzhou-2023-portal",
    portal("大连市金州区人民政府", "金州区2023年政府信息公开工作年度报告", P, info="发布时间：2024-01-23"), {},
    ("大连市金州区人民政府", "district", "辽宁省", "大连市", "金州区", 2023), P, published="2024-01-23")

# 10. Ningbo, a county-level city 2022 crawl row: its own domain (not a listed portal) in the url
P = six("2022年，市政府围绕智能制造和共同富裕推进政务公开。", 2022, "市政府", (2296, 28),
        "存在的主要问题是基层公开标准化不够。2023年，市政府将推进基层标准化。")
add("b-zj-yuyao-2022-row", row("crawl-c.csv", "余姚市2022年政府信息公开工作年度报告",
                               body([], P, ["余姚市人民政府办公室", "2023年1月18日"]), date="2023-01-19",
                               url="http://www.yy.gov.cn/art/2023/1/19/art_1.html"), {},
    ("余姚市人民政府", "county", "浙江省", "宁波市", "余姚市", 2022), P, published="2023-01-19")

# 11-12. Anhui, a county bureau renamed: 怀远县食品药品监督管理局 2016 (2008 format) → 怀远县市场监督管理局 2022
P = old7("2016年，我局认真贯彻落实《条例》，围绕食品药品安全监管推进政府信息公开。", 2016, "我局", (142, 1),
         "存在的问题是抽检信息公开不够及时。2017年，我局将按月公开抽检结果。")
add("b-ah-huaiyuan-spj-2016-old", text(["怀远县食品药品监督管理局2016年政府信息公开工作年度报告"], P,
                                       ["怀远县食品药品监督管理局", "2017年3月10日"]), {},
    ("怀远县食品药品监督管理局", "department", "安徽省", "蚌埠市", "怀远县", 2016), P, published="2017-03-10")
P = six("2022年，我局围绕市场主体培育和食品安全监管推进市场监管领域政务公开。", 2022, "我局", (468, 5),
        "存在的主要问题是行政处罚信息公开不够及时。2023年，我局将按期公开行政处罚信息。")
add("b-ah-huaiyuan-scjgj-2022-luokuan", text(["2022年度政府信息公开工作年度报告"], P, ["怀远县市场监督管理局", "2023年1月18日"]), {},
    ("怀远县市场监督管理局", "department", "安徽省", "蚌埠市", "怀远县", 2022), P, published="2023-01-18")

# 13. Shanghai, a district bureau 2022 on the district portal: h1 the bureau's short name (no 上海市)
P = six("2022年，我局围绕养老服务和社会救助推进民政领域政务公开。", 2022, "我局", (416, 7),
        "存在的主要问题是养老服务信息公开不够集中。2023年，我局将建设养老服务专栏。")
add("b-sh-huangpu-mzj-2022-portal",
    portal("上海市黄浦区人民政府", "黄浦区民政局2022年政府信息公开工作年度报告", P, info="发布时间：2023-01-28"), {},
    ("黄浦区民政局", "department", "上海市", "上海市", "黄浦区", 2022), P, published="2023-01-28")

# 14. Shanghai, a street 2023 on the district portal: h1 the street; signed with the district government's name
P = six("2023年，我街道在区委、区政府的领导下，围绕商圈治理和旧区改造推进基层政务公开。", 2023, "我街道", (188, 2),
        "存在的主要问题是居民区公开内容不够丰富。2024年，我街道将丰富居民区公开内容。")
add("b-sh-nanjingdonglu-2023-portal",
    portal("上海市黄浦区人民政府", "南京东路街道2023年政府信息公开工作年度报告", P, info="发布时间：2024-01-25",
           tail=("黄浦区人民政府南京东路街道办事处", "2024年1月22日")), {},
    ("黄浦区人民政府南京东路街道办事处", "township", "上海市", "上海市", "黄浦区", 2023), P, published="2024-01-25")


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES23, out)


if __name__ == "__main__":
    write()
