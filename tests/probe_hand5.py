"""Test utility: the fifth held-out probe set ``tests/cases/probes5`` (issue 10), written by hand,
focused on metadata (issuer, admin level, province, city, county, year).

Shapes the earlier sets (``tests/probe_hand2.py`` … ``tests/probe_hand4.py``) do not try: the only
full name of the issuer inside a quoted document title (《某某市市场监督管理局政府信息公开指南》);
titles with the year after the issuer or in brackets, 年度/二〇一九年度/年 variations; a
government's office reporting on its own work next to a government's report that the office
compiled (本报告由…办公室编制); bodies created or renamed in 2018–2021 (医疗保障局, 退役军人事务局,
乡村振兴局, 林业和草原局, 应急管理局, 政务服务数据管理局, 大数据局, 国土资源局 → 自然资源局);
districts of Shanghai's and Tianjin's new areas; county-level cities of autonomous prefectures;
places whose names hold another place's name (吉林省吉林市, 黄埔 vs 黄浦); annexes naming other
bodies; years only in a statistics period or as 上一年度 with a signature date; texts that open
with a crawl breadcrumb or an 索引号/发布机构/发文日期 table.
Each entry is ``pid -> (text, header, expected)`` with the keys of ``probes2``.

``python -m tests.probe_hand5`` rewrites ``tests/cases/probes5/``; the tests and
``bench/probe_meta.py --set probes5`` read those files.

Example:
    >>> text, header, want = PROBES5["sz-scjg-2020"]
    >>> want["issuer"], want["city"]
    ('深圳市市场监督管理局', '深圳市')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_sets import K6, LAW, T6, Probe, register, write_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes5"

PROBES5: dict[str, Probe] = {}


def add(pid: str, text: str, header: dict[str, str], *args: Any, **kwargs: Any) -> None:
    """Register one probe with its expectations (:func:`tests.probe_sets.register`)."""
    register(PROBES5, pid, text, header, *args, **kwargs)


def mid(n_active: int, n_req: int, *, sep: str = "\n") -> str:
    """Parts 二 to 四 of a 2019/2021-format report, in prose, ``sep`` between lines."""
    return sep.join([
        "二、主动公开政府信息情况",
        f"本年制发规范性文件{n_active % 7 + 1}件，废止1件，现行有效{n_active % 30 + 9}件；行政许可{n_active}件。",
        "三、收到和处理政府信息公开申请情况",
        f"本年新收政府信息公开申请{n_req}件，上年结转0件，办结{n_req}件。",
        "四、政府信息公开行政复议、行政诉讼情况",
        "本年度未发生政府信息公开行政复议和行政诉讼案件。",
    ]) + sep


def tail(problem: str, plan: str, *, sep: str = "\n", end: str = "") -> str:
    """Parts 五 and 六, then ``end`` (a signature or the page's footer)."""
    return sep.join([
        "五、存在的主要问题及改进情况",
        problem + "下一步，" + plan,
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]) + sep + end


# --- first batch: the issuer's full name only once, in a quoted title or a sentence mid-text --

# 1. no title; 我局 throughout; the full name only inside a quoted 《…政府信息公开指南》
add("sz-scjg-2020",
    LAW + "现公布本局2020年度政府信息公开工作年度报告。\n"
    "一、总体情况\n"
    "2020年，我局认真贯彻落实《条例》，及时修订《深圳市市场监督管理局政府信息公开指南》，围绕商事登记、食品安全等重点领域做好公开工作。\n"
    + mid(4231, 87) + tail("依申请公开答复的规范性有待提高。", "我局将加强答复文书审核。"),
    {}, "深圳市市场监督管理局", "department", "广东省", "深圳市", None, 2020, K6, T6)

# 2. no title; 本局 throughout; the full name once in a sentence about the portal's column
add("hebi-yibao-2021",
    "一、总体情况\n"
    "2021年，本局坚持以公开为常态，在鹤壁市医疗保障局门户网站开设医保政策解读专栏，主动公开医保待遇、药品目录等信息。\n"
    + mid(312, 6) + tail("解读形式较为单一。", "本局将增加图解和短视频解读。"),
    {}, "鹤壁市医疗保障局", "department", "河南省", "鹤壁市", None, 2021, K6, T6)

# 3. a county bureau, 我局 throughout, its full name once in the middle, the county's government named first
add("tonglu-yingji-2022",
    "一、总体情况\n"
    "2022年，在县委、县政府的正确领导下，我局围绕安全生产和防灾减灾中心工作，推进政务公开。桐庐县应急管理局将安全生产执法信息纳入主动公开目录。\n"
    + mid(96, 2) + tail("基层应急信息公开不够及时。", "我局将建立执法信息按月公开机制。"),
    {}, "桐庐县应急管理局", "department", "浙江省", "杭州市", "桐庐县", 2022, K6, T6)

# --- second batch: titles with the year after the issuer, in brackets, and 度 variations --

# 4. year in brackets after the title: 政府信息公开工作年度报告（2020年）
add("mianyang-tuijun-2020",
    "绵阳市退役军人事务局政府信息公开工作年度报告（2020年）\n"
    "一、总体情况\n"
    "2020年，我局全面落实退役军人优待抚恤政策公开，主动公开信息426条。\n"
    + mid(426, 3) + tail("政策解读的针对性不强。", "我局将围绕退役军人关切开展精准解读。"),
    {}, "绵阳市退役军人事务局", "department", "四川省", "绵阳市", None, 2020, K6, T6)

# 5. 二〇一九年度 after 工作: 恩施市人民政府政府信息公开工作二〇一九年度报告; a county-level city of an autonomous prefecture
add("enshi-2019",
    "恩施市人民政府政府信息公开工作二〇一九年度报告\n"
    "一、总体情况\n"
    "2019年，恩施市人民政府深入贯彻新修订的《条例》，推进重点领域信息公开。\n"
    + mid(1520, 44) + tail("乡镇公开专栏更新不及时。", "我市将加强对乡镇公开工作的督查。"),
    {}, "恩施市人民政府", "county", "湖北省", "恩施土家族苗族自治州", "恩施市", 2019, K6, T6)

# 6. title with （2019年度） after the report's name; the county-level city of Qiandongnan
add("kaili-2019",
    "凯里市政府信息公开工作年度报告（2019年度）\n"
    "一、总体情况\n"
    "2019年，凯里市人民政府以公开为常态、不公开为例外，全面推进政务公开。\n"
    + mid(890, 21) + tail("部分部门公开意识不强。", "我市将把政务公开纳入绩效考核。"),
    {}, "凯里市人民政府", "county", "贵州省", "黔东南苗族侗族自治州", "凯里市", 2019, K6, T6)

# 7. title: issuer, then 二〇二一年 without 度 and 政务公开 instead of 政府信息公开
add("ynxczx-2021",
    "云南省乡村振兴局二〇二一年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，省乡村振兴局挂牌成立后，我局将巩固拓展脱贫攻坚成果同乡村振兴有效衔接政策作为公开重点。\n"
    + mid(233, 5) + tail("机构改革后公开工作衔接不够顺畅。", "我局将完善公开工作制度。"),
    {}, "云南省乡村振兴局", "department", "云南省", None, None, 2021, K6, T6)

# --- third batch: a government's office and the government --

# 8. a city government's office reporting on its own work (its own 依申请 figures)
add("cq-bgt-2022",
    "重庆市人民政府办公厅2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，市政府办公厅认真履行全市政务公开工作主管部门职责，同时做好本机关政府信息公开工作。\n"
    + mid(388, 61) + tail("本机关公开目录更新不够及时。", "市政府办公厅将按季度更新公开目录。"),
    {}, "重庆市人民政府办公厅", "department", "重庆市", "重庆市", None, 2022, K6, T6)

# 9. a county government's report compiled by its office: the issuer is the government
add("xiuning-2020",
    "本报告由休宁县人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况等六个部分。报告所列数据统计期限自2020年1月1日起至2020年12月31日止。\n"
    "一、总体情况\n"
    "2020年，休宁县人民政府以深化政务公开标准化规范化建设为抓手，推进决策、执行、管理、服务、结果公开。\n"
    + mid(2011, 17) + tail("基层公开标准目录落实不到位。", "县政府将组织乡镇开展目录梳理。"),
    {}, "休宁县人民政府", "county", "安徽省", "黄山市", "休宁县", 2020, K6, T6)

# 10. a county government's office (办公室) reporting on its own work, 本单位 in the body
add("qixian-bgs-2023",
    "祁县人民政府办公室2023年度政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年，本单位认真落实政务公开各项要求，做好县政府常务会议、规范性文件等信息的发布工作。\n"
    + mid(154, 4) + tail("本单位政策解读质量有待提升。", "将加强解读材料审核。"),
    {}, "祁县人民政府办公室", "department", "山西省", "晋中市", "祁县", 2023, K6, T6)

# --- fourth batch: bodies created or renamed by the 2018 reform --

# 11. a provincial 政务服务数据管理局 (2019)
add("gd-zsj-2019",
    "广东省政务服务数据管理局2019年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2019年，我局依托广东政务服务网推进数据资源开放和政务服务事项公开。\n"
    + mid(611, 9) + tail("数据开放的规范化水平有待提升。", "我局将制定公共数据开放目录。"),
    {}, "广东省政务服务数据管理局", "department", "广东省", None, None, 2019, K6, T6)

# 12. a provincial 大数据发展管理局, no title, name in the signature
add("gz-dsj-2020",
    LAW + "编制本报告。\n"
    "一、总体情况\n"
    "2020年，我局围绕大数据战略行动，推进政府数据开放共享信息公开。\n"
    + mid(287, 3) + tail("公开内容的深度不够。", "我局将加强数据开放平台建设。",
                         end="\n贵州省大数据发展管理局\n2021年1月20日\n"),
    {}, "贵州省大数据发展管理局", "department", "贵州省", None, None, 2020, K6, T6)

# 13. a provincial 林业和草原局 (2019) whose body speaks of 省林草局
add("hlj-lincao-2019",
    "黑龙江省林业和草原局2019年度政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2019年，省林草局全面贯彻新修订的《条例》，推进森林防火、林草资源管理等领域信息公开。\n"
    + mid(402, 7) + tail("基层林草部门公开力量薄弱。", "省林草局将开展专题培训。"),
    {}, "黑龙江省林业和草原局", "department", "黑龙江省", None, None, 2019, K6, T6)

# 14. a provincial 应急管理厅 in its first year (2018), old era
add("sc-yingji-2018",
    "四川省应急管理厅2018年政府信息公开工作年度报告\n"
    "一、概述\n"
    "2018年，四川省应急管理厅组建挂牌，我厅在机构改革中同步做好政府信息公开工作。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开信息326条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理依申请公开3件，均按期答复。\n"
    "四、政府信息公开的收费及减免情况\n"
    "未收取任何费用。\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "未发生。\n"
    "六、存在的主要问题及改进措施\n"
    "机构改革期间公开工作衔接不够顺畅。2019年，我厅将健全公开工作机制。\n",
    {}, "四川省应急管理厅", "department", "四川省", None, None, 2018,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施"])

# 15. an old-era 国土资源局 of a city (before the 2019 renaming)
add("xiangtan-guotu-2017",
    "湘潭市国土资源局2017年政府信息公开工作年度报告\n"
    "一、概述\n"
    "2017年，市国土资源局围绕土地供应、矿业权出让等重点工作推进信息公开。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开信息512条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理申请24件，均已办结。\n"
    "四、存在的主要问题及改进措施\n"
    "征地信息公开不够全面。2018年，我局将加强征地信息公开。\n",
    {}, "湘潭市国土资源局", "department", "湖南省", "湘潭市", None, 2017,
    ["overview", "proactive", "requests", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的主要问题及改进措施"])

# 16. the renamed 规划和自然资源局 of a city, 2019, the body names the predecessor bodies
add("chengdu-guizi-2019",
    "成都市规划和自然资源局2019年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2019年是机构改革后市规划和自然资源局正式运行的第一年，原市国土资源局、市规划管理局的公开事项由我局统一承接。\n"
    + mid(1890, 134) + tail("依申请公开量大、办理压力大。", "我局将优化依申请办理流程。"),
    {}, "成都市规划和自然资源局", "department", "四川省", "成都市", None, 2019, K6, T6)

# 17. a national bureau created in 2018 (国家医疗保障局), 2019
add("nhsa-2019",
    "国家医疗保障局2019年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2019年，国家医保局认真贯彻落实《条例》，推进医保目录调整、药品集中带量采购等信息公开。\n"
    + mid(211, 38) + tail("政策解读的及时性有待提高。", "我局将同步发布解读材料。"),
    {}, "国家医疗保障局", "department", None, None, None, 2019, K6, T6)

# 18. a ministry created in 2018 (退役军人事务部), no title, 我部
add("mva-2020",
    LAW + "现公布2020年度政府信息公开工作年度报告。\n"
    "一、总体情况\n"
    "2020年，退役军人事务部坚持以公开为常态，我部推进褒扬纪念、优抚安置等领域信息公开。\n"
    + mid(365, 29) + tail("地方退役军人事务部门公开工作不平衡。", "我部将加强对地方的指导。"),
    {}, "退役军人事务部", "department", None, None, None, 2020, K6, T6)

# --- fifth batch: new areas, and places whose names hold another place's name --

# 19. a bureau of Shanghai's Pudong new area
add("pudong-sthj-2021",
    "上海市浦东新区生态环境局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，区生态环境局推进环境质量、建设项目环评审批等信息公开。\n"
    + mid(3120, 26) + tail("公开信息的可读性不强。", "我局将推出图解环境质量月报。"),
    {}, "上海市浦东新区生态环境局", "department", "上海市", "上海市", "浦东新区", 2021, K6, T6)

# 20. 广州市黄埔区 (not Shanghai's 黄浦区); the body names 黄埔军校旧址
add("huangpu-gz-2021",
    "广州市黄埔区人民政府2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，黄埔区人民政府推进重点领域信息公开，及时发布黄埔军校旧址周边改造项目信息。\n"
    + mid(2650, 112) + tail("部分街道公开专栏内容不全。", "我区将开展专栏规范化整改。"),
    {}, "广州市黄埔区人民政府", "district", "广东省", "广州市", "黄埔区", 2021, K6, T6)

# 21. 吉林省吉林市: the city shares its province's name
add("jilinshi-2020",
    "吉林市人民政府2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年，吉林市人民政府在吉林省人民政府办公厅的指导下，推进疫情防控、复工复产等信息公开。\n"
    + mid(3310, 95) + tail("县（市）区之间工作不平衡。", "我市将加强督导。"),
    {}, "吉林市人民政府", "city", "吉林省", "吉林市", None, 2020, K6, T6)

# 22. a district of Haikou: 海南省 and 海口市 both in the name
add("meilan-2022",
    "海口市美兰区人民政府2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，美兰区人民政府围绕海南自由贸易港建设，推进政务公开。\n"
    + mid(1740, 31) + tail("政策解读不够通俗。", "我区将开展解读能力培训。"),
    {}, "海口市美兰区人民政府", "district", "海南省", "海口市", "美兰区", 2022, K6, T6)

# 23. a district of Jilin city whose name is also a street's: 船营区
add("chuanying-2023",
    "吉林市船营区人民政府2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年，船营区人民政府全面推进基层政务公开标准化规范化。\n"
    + mid(820, 12) + tail("街道公开能力不足。", "我区将加强对街道的业务指导。"),
    {}, "吉林市船营区人民政府", "district", "吉林省", "吉林市", "船营区", 2023, K6, T6)

# --- sixth batch: crawl breadcrumbs and information tables before the text --

# 24. an 索引号/发布机构/发文日期 table before a short title
add("jinan-yibao-2021-page",
    "索引号：11370100MB28512345/2022-00006\n"
    "发布机构：济南市医疗保障局\n"
    "发文日期：2022-01-25\n"
    "主题分类：政务公开\n"
    "2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，我局围绕医保惠民政策，推进政务公开。\n"
    + mid(520, 14) + tail("公开的主动性不够。", "我局将完善公开清单。"),
    {}, "济南市医疗保障局", "department", "山东省", "济南市", None, 2021, K6, T6)

# 25. a crawl breadcrumb (当前位置：首页>>…) before the title naming the issuer in full
add("lishui-tuijun-2022-page",
    "当前位置：首页>>政务公开>>政府信息公开年报>>部门年报\n"
    "丽水市退役军人事务局2022年度政府信息公开工作年度报告\n"
    "发布时间：2023-01-16　　来源：丽水市退役军人事务局　　浏览次数：\n"
    "一、总体情况\n"
    "2022年，我局坚持以公开促落实，推进退役军人服务保障信息公开。\n"
    + mid(188, 2) + tail("网站专栏内容不够丰富。", "我局将丰富专栏内容。"),
    {}, "丽水市退役军人事务局", "department", "浙江省", "丽水市", None, 2022, K6, T6)

# 26. a breadcrumb naming the city's portal, the body a county-level bureau of a county-level city
add("yiwu-jiaoyu-2023-page",
    "首页 > 信息公开 > 政府信息公开年度报告\n"
    "义乌市教育局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年，义乌市教育局推进招生入学、教育收费等信息公开。\n"
    + mid(640, 19) + tail("学校信息公开不够规范。", "我局将开展学校公开工作检查。"),
    {}, "义乌市教育局", "department", "浙江省", "金华市", "义乌市", 2023, K6, T6)

# --- seventh batch: years only in a statistics period or as 上一年度 with a signature date --

# 27. no title; the year only in 统计期限自2019年1月1日至2019年12月31日
add("wuzhong-nongye-2019",
    "本报告中所列数据的统计期限自2019年1月1日至2019年12月31日。\n"
    "一、总体情况\n"
    "本年度，苏州市吴中区农业农村局认真贯彻落实新修订的《条例》，推进涉农补贴等信息公开。\n"
    + mid(174, 1) + tail("涉农信息公开的及时性有待提高。", "我局将规范补贴信息发布。"),
    {}, "苏州市吴中区农业农村局", "department", "江苏省", "苏州市", "吴中区", 2019, K6, T6)

# 28. no year but 上一年度 and the signature date: the year is the year before the signature
add("anqiu-2013",
    "现将安丘市人民政府上一年度政府信息公开工作情况报告如下。\n"
    "一、概述\n"
    "市政府高度重视政府信息公开工作，成立了政府信息公开领导小组。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开信息1105条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理申请8件，均已答复。\n"
    "四、存在的主要问题及改进措施\n"
    "信息更新不够及时。今后，我市将进一步加强信息公开工作。\n"
    "\n安丘市人民政府\n2014年3月20日\n",
    {}, "安丘市人民政府", "county", "山东省", "潍坊市", "安丘市", 2013,
    ["overview", "proactive", "requests", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的主要问题及改进措施"])

# --- eighth batch: annexes and other bodies named in the text --

# 29. a county report whose annex title names the city government's office
add("yongxin-2021",
    "永新县2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，永新县人民政府按照《吉安市人民政府办公室关于做好2021年政府信息公开工作年度报告编制发布工作的通知》要求，推进政务公开。\n"
    + mid(990, 23) + tail("乡镇公开平台建设滞后。", "我县将推进乡镇公开专栏建设。",
                        end="附件：吉安市人民政府办公室关于印发2021年政务公开工作要点的通知\n"),
    {}, "永新县人民政府", "county", "江西省", "吉安市", "永新县", 2021, K6, T6)

# 30. a district bureau of Tianjin's Binhai new area that names the province-level city's bureau first
add("binhai-shangwu-2020",
    "天津市滨海新区商务局2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年，在天津市商务局的指导下，我局推进外资外贸、口岸营商环境等信息公开。\n"
    + mid(270, 4) + tail("公开内容与企业需求契合度不高。", "我局将开展企业需求调研。"),
    {}, "天津市滨海新区商务局", "department", "天津市", "天津市", "滨海新区", 2020, K6, T6)

# 31. a township government whose report cites the county's guide and the county government
add("baisha-town-2022",
    "白沙镇人民政府2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，我镇按照《上杭县人民政府办公室关于印发2022年政务公开工作要点的通知》要求，推进基层政务公开。\n"
    + mid(86, 0) + tail("村务公开不够规范。", "我镇将加强对村的指导。"),
    {"来源": "上杭县人民政府"}, "白沙镇人民政府", "township", "福建省", "龙岩市", "上杭县", 2022, K6, T6)

# 32. a city 大数据局 whose title writes 市大数据局 and whose signature holds the full name
add("zhengzhou-dsj-2021",
    "市大数据局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，我局推进政务数据共享开放信息公开。\n"
    + mid(132, 1) + tail("数据开放目录更新不够及时。", "我局将按季度更新目录。",
                        end="\n郑州市大数据管理局\n2022年1月26日\n"),
    {}, "郑州市大数据管理局", "department", "河南省", "郑州市", None, 2021, K6, T6)

# --- ninth batch (written after the first batch's fixes, measured before any fix it leads to) --

# 33. an 索引号 table whose 发布机构 is a county-level city's government; the title names 市统计局
add("ningxiang-tongji-2022-page",
    "索引号：430182000/2023-01234\n"
    "发布机构：宁乡市人民政府\n"
    "生成日期：2023-01-18\n"
    "市统计局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，我局依法发布统计数据，推进统计信息公开。\n"
    + mid(77, 1) + tail("统计解读不够深入。", "我局将加强统计数据解读。"),
    {}, "宁乡市统计局", "department", "湖南省", "长沙市", "宁乡市", 2022, K6, T6)

# 34. a district whose name recurs in other provinces (朝阳区), the crawler's 来源 the prefecture's government
add("changchun-chaoyang-2021",
    "朝阳区人民政府2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，我区坚持以公开为常态、不公开为例外，推进重点领域信息公开。\n"
    + mid(1430, 52) + tail("街道公开工作不平衡。", "我区将加强业务培训。"),
    {"来源": "长春市人民政府"}, "朝阳区人民政府", "district", "吉林省", "长春市", "朝阳区", 2021, K6, T6)

# 35. a county-level city whose name ends in 城市 (海城市)
add("haicheng-2020",
    "海城市人民政府2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年，海城市人民政府推进疫情防控和复工复产信息公开。\n"
    + mid(1210, 15) + tail("部分乡镇公开内容不全。", "我市将开展专项检查。"),
    {}, "海城市人民政府", "county", "辽宁省", "鞍山市", "海城市", 2020, K6, T6)

# 36. a county before it became a city (彬县, 2016), old era
add("binxian-2016",
    "彬县人民政府2016年政府信息公开工作年度报告\n"
    "一、概述\n"
    "2016年，彬县人民政府认真贯彻《条例》，推进政府信息公开。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开信息846条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理申请5件，均按期答复。\n"
    "四、存在的主要问题及改进措施\n"
    "信息公开的及时性不够。2017年，我县将完善信息发布机制。\n",
    {}, "彬县人民政府", "county", "陕西省", "咸阳市", "彬县", 2016,
    ["overview", "proactive", "requests", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的主要问题及改进措施"])

# 37. a district's government office in Beijing reporting on its own work
add("xicheng-bgs-2021",
    "北京市西城区人民政府办公室2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，区政府办公室做好本机关政府信息公开工作，同时统筹推进全区政务公开。\n"
    + mid(265, 33) + tail("本机关依申请答复质量有待提升。", "将规范答复文书。"),
    {}, "北京市西城区人民政府办公室", "department", "北京市", "北京市", "西城区", 2021, K6, T6)

# 38. a city 政务服务数据管理局, 2021, 市政数局 in the body
add("gz-zsj-2021",
    "广州市政务服务数据管理局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，市政数局推进一网通办事项清单和公共数据开放信息公开。\n"
    + mid(458, 7) + tail("数据开放质量不高。", "我局将完善开放数据标准。"),
    {}, "广州市政务服务数据管理局", "department", "广东省", "广州市", None, 2021, K6, T6)

# 39. a county 医疗保障局: the title writes 县医疗保障局, the crawler's 来源 the county's government
add("ningdu-yibao-2020",
    "县医疗保障局2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年，县医疗保障局围绕医保扶贫、基金监管推进信息公开。\n"
    + mid(205, 0) + tail("公开形式较为单一。", "我局将增加图解解读。"),
    {"来源": "宁都县人民政府"}, "宁都县医疗保障局", "department", "江西省", "赣州市", "宁都县", 2020, K6, T6)

# 40. an autonomous county's 乡村振兴局, 2022
add("zhenning-xczx-2022",
    "镇宁布依族苗族自治县乡村振兴局2022年度政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，县乡村振兴局推进衔接资金项目信息公开。\n"
    + mid(143, 1) + tail("项目信息公开不够及时。", "我局将按月公开衔接资金项目。"),
    {}, "镇宁布依族苗族自治县乡村振兴局", "department", "贵州省", "安顺市", "镇宁布依族苗族自治县", 2022, K6, T6)

# 41. 黄山市黄山区: the district's name repeats the city's, the year first in 二〇二〇年度
add("huangshanqu-2020",
    "二〇二〇年度黄山市黄山区人民政府政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年，黄山区人民政府推进旅游、生态等领域信息公开。\n"
    + mid(960, 11) + tail("乡镇公开栏目更新慢。", "我区将加强督查。"),
    {}, "黄山市黄山区人民政府", "district", "安徽省", "黄山市", "黄山区", 2020, K6, T6)

# 42. 乌鲁木齐市新市区: a district whose name holds 市
add("xinshiqu-2021",
    "乌鲁木齐市新市区人民政府2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，新市区人民政府推进基层政务公开标准化规范化建设。\n"
    + mid(820, 9) + tail("街道公开力量薄弱。", "我区将充实基层公开队伍。"),
    {}, "乌鲁木齐市新市区人民政府", "district", "新疆维吾尔自治区", "乌鲁木齐市", "新市区", 2021, K6, T6)

# 43. 市中区 of Jinan: the title says only 市中区, the crawler's 来源 the city's government
add("jinan-shizhong-2022",
    "市中区人民政府2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，市中区人民政府围绕优化营商环境推进政务公开。\n"
    + mid(1530, 48) + tail("政策解读的针对性不强。", "我区将开展精准解读。"),
    {"来源": "济南市人民政府"}, "市中区人民政府", "district", "山东省", "济南市", "市中区", 2022, K6, T6)

# 44. a street office of Pudong, named formally under the new area's government
add("lujiazui-jd-2020",
    "上海市浦东新区人民政府陆家嘴街道办事处2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年，陆家嘴街道推进居民区事务公开。\n"
    + mid(66, 2) + tail("居民区公开栏更新不及时。", "街道将建立公开栏更新台账。"),
    {}, "上海市浦东新区人民政府陆家嘴街道办事处", "township", "上海市", "上海市", "浦东新区", 2020, K6, T6)

# 45. no title; the year only in the body's opening in Chinese numerals (二〇一三年，我县…) and the signature
add("lintan-2013",
    "一、概述\n"
    "二〇一三年，我县认真贯彻落实《条例》，推进政府信息公开。临潭县人民政府成立了信息公开领导小组。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开信息532条。\n"
    "三、依申请公开政府信息情况\n"
    "全年未收到申请。\n"
    "四、存在的主要问题及改进措施\n"
    "公开内容不够全面。今后，我县将扩大公开范围。\n"
    "\n临潭县人民政府\n二〇一四年三月十日\n",
    {}, "临潭县人民政府", "county", "甘肃省", "甘南藏族自治州", "临潭县", 2013,
    ["overview", "proactive", "requests", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的主要问题及改进措施"])

# 46. a city bureau whose title names it after the year with 度 and a space (2023 年度)
add("hengyang-shuili-2023",
    "2023 年度衡阳市水利局政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年，市水利局推进水旱灾害防御、河湖长制等信息公开。\n"
    + mid(355, 3) + tail("基层水利信息公开不够规范。", "我局将加强对县市区水利部门的指导。"),
    {}, "衡阳市水利局", "department", "湖南省", "衡阳市", None, 2023, K6, T6)

# 47. a provincial department's report whose signature holds two bodies (the department and its
#     政务公开领导小组办公室): the department reports
add("ah-shuili-2021",
    LAW + "编制本报告。\n"
    "一、总体情况\n"
    "2021年，我厅推进水利重点领域信息公开。\n"
    + mid(512, 8) + tail("解读材料质量不高。", "我厅将完善解读机制。",
                        end="\n安徽省水利厅\n安徽省水利厅政务公开领导小组办公室\n2022年1月25日\n"),
    {}, "安徽省水利厅", "department", "安徽省", None, None, 2021, K6, T6)

# 48. a report 统计期限 line that says 上一年度 with dates; the issuer a city's government in the signature
add("zhangye-2015",
    "本报告统计期限为2015年1月1日至2015年12月31日。\n"
    "一、概述\n"
    "市政府高度重视政府信息公开工作，调整充实了领导小组。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开信息2108条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理申请12件。\n"
    "四、存在的主要问题及改进措施\n"
    "公开的及时性不够。2016年，我市将进一步规范公开工作。\n"
    "\n张掖市人民政府\n2016年3月25日\n",
    {}, "张掖市人民政府", "city", "甘肃省", "张掖市", None, 2015,
    ["overview", "proactive", "requests", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的主要问题及改进措施"])


def write(out: Path = OUT) -> None:
    """Write every probe's text and the expectations to ``out``."""
    write_probes(PROBES5, out)


if __name__ == "__main__":
    write()
