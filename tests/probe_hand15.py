"""Test utility: the fifteenth held-out probe set ``tests/cases/probes15`` (issue 10,
"generalisation"), written and labelled by hand before its writer read textmine's metadata or
section code, in shapes the earlier sets (``tests/probe_hand2.py`` … ``tests/probe_hand14.py``) hold
rarely:

- a province's worth of body types for provinces the sets have few of (宁夏, 甘肃, 青海, 西藏, 海南, 贵州,
  黑龙江, 天津, 重庆): the regional or provincial department, a bureau directly under a department
  (省直部门的直属局: 药品监督管理局, 文物局, 粮食和物资储备局, 监狱管理局), the city, its bureaus, the county, a
  municipal district, its streets (街道) and towns, districts whose names other provinces' cities share
  (城关区, 河北区);
- crawled texts with no title line that start with 一、总体情况 or in the middle of the preamble
  (…要求，编制本报告。), issuers named only by short forms (我局, 我委, 我街道) with the full name once in the
  body, in a signature or in a 本报告由…编制 line;
- free-form reports of 2013–2018 whose parts come in unusual orders (主要做法 before 主动公开, 存在的问题
  before 依申请公开, 下一步工作打算 as a part of its own), a 咨询 part;
- 2019- and 2021-format reports whose parts are named in local variants (总体概况, 依申请公开办理情况,
  工作中存在的问题及改进措施, 其他需要说明的事项);
- bodies created or renamed in 2023–2024 (数据局, 金融监管局, 疾病预防控制局, 地方金融管理局).

Conventions are those of the earlier sets (see ``tests/probe_hand13.py`` and ``tests/probe_hand14.py``): the
issuer is the fullest name the report or its container gives; a government's report signed or
published by its office is the government's; a district or county body takes its district or county;
a street office or town is ``township`` with its district or county; a vertically managed body is
``department`` with the places its name gives; national bodies have no places. ``published`` is the ISO
date the container or an info line states, else the date under the signature, else ``None``;
``template`` is ``None`` (no statistics tables).

Batch A (section A) was written and labelled on main's code at 60144ee before its writer read
textmine's metadata or section code, and scored before any fix; batch B (section B) was written after
batch A's fixes and scored before its own; batch C likewise after B's, batch D after C's (the figures are
in bench/README.md).

``python -m tests.probe_hand15`` rewrites ``tests/cases/probes15/``; the tests and
``bench/probe_meta.py --set probes15`` read those files.

Example:
    >>> text, header, want = PROBES15["a-tj-wanghailou-2022-hebeiqu"]
    >>> want["province"], want["county"]
    ('天津市', '河北区')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import Part, cms_page, lines, parts, text
from tests.probe_hand11 import six
from tests.probe_sets import (
    LAW,
    CrawlRow,
    Docx,
    Pdf,
    Probe,
    register,
    write_container_probes,
)

OUT = Path(__file__).resolve().parent / "cases" / "probes15"

PROBES15: dict[str, Probe] = {}

MID = "和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，编制本报告。"


def add(pid: str, content: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True, published: str | None = None, template: str | None = None) -> None:
    """Register a probe; expected kinds and titles are the parts'."""
    issuer, level, province, city, county, year = meta
    register(PROBES15, pid, content, header, issuer, level, province, city, county, year,
             [k for _, k, _, _ in ps], [t for _, _, _, t in ps], plans=plans)
    PROBES15[pid][2]["published"] = published
    PROBES15[pid][2]["template"] = template


def row(table: str, title: str, body: str, *, date: str = "", url: str = "") -> CrawlRow:
    """A crawl row: 标题, 发布日期, 网址, 正文."""
    return CrawlRow(table, (("标题", title), ("发布日期", date), ("网址", url or "http://www.example.gov.cn/xxgk/15.html"),
                            ("正文", body)))


# ============================ A. batch A: nine provinces' bodies, crawls without titles, old orders ============================

# 1. Ningxia, a regional commission 2023: the crawl starts in the middle of the preamble; 我委, the full name once
P = six("2023年，宁夏回族自治区发展和改革委员会坚持以习近平新时代中国特色社会主义思想为指导，围绕重大项目和价格收费推进政务公开。",
        2023, "我委", (1436, 21), "存在的主要问题是政策解读的针对性不强。2024年，我委将围绕企业关切开展多形式解读。")
add("a-nx-fgw-2023-midpreamble", text([MID], P), {},
    ("宁夏回族自治区发展和改革委员会", "department", "宁夏回族自治区", None, None, 2023), P)

# 2. Ningxia, a street office of a Yinchuan district 2022 in Word: the title without the city, the full name in the signature
P = six("2022年，我街道在西夏区委、区政府的领导下，围绕社区治理和为民服务推进基层政务公开。", 2022, "我街道", (236, 1),
        "存在的主要问题是社区公开栏更新不及时。2023年，我街道将建立公开栏定期更新制度。")
add("a-nx-wenchanglu-2022-docx",
    Docx((("big", "西夏区文昌路街道办事处2022年政府信息公开工作年度报告"), *lines([], P),
          "银川市西夏区文昌路街道办事处", "2023年1月18日")),
    {}, ("银川市西夏区文昌路街道办事处", "township", "宁夏回族自治区", "银川市", "西夏区", 2022), P, published="2023-01-18")

# 3. Ningxia, a county 2021: the crawl starts with 一、总体情况; signed by the county government's office
P = six("2021年，永宁县人民政府深入贯彻新修订的《条例》，围绕乡村振兴和移民致富推进政务公开。", 2021, "县政府", (1684, 9),
        "存在的主要问题是部分乡镇公开内容不够全面。2022年，县政府将加强对乡镇的业务指导。")
add("a-nx-yongning-2021-starts-yi", text([], P, ["永宁县人民政府办公室", "2022年1月20日"]), {},
    ("永宁县人民政府", "county", "宁夏回族自治区", "银川市", "永宁县", 2021), P, published="2022-01-20")

# 4. Ningxia, a city bureau 2019: the 2019 format's parts in local words
P = six("2019年，吴忠市教育局认真贯彻新修订的《条例》，围绕招生入学、教育收费推进政务公开。", 2019, "我局", (512, 7),
        "主要问题是学校信息公开不够规范。下一步，我局将制定学校信息公开清单。",
        titles=("总体概况", "主动公开政府信息情况", "依申请公开办理情况", "政府信息公开行政复议、行政诉讼情况",
                "工作中存在的问题及改进措施", "其他需要说明的事项"))
add("a-nx-wuzhong-jyj-2019-variants", text(["吴忠市教育局2019年政府信息公开工作年度报告"], P), {},
    ("吴忠市教育局", "department", "宁夏回族自治区", "吴忠市", None, 2019), P)

# 5. Ningxia, a bureau directly under the regional market regulator 2024: a portal page
P = six("2024年，我局坚持以人民为中心，围绕药品安全监管推进政务公开。", 2024, "我局", (604, 5),
        "存在的主要问题是监管信息公开的及时性有待提高。2025年，我局将缩短抽检结果的公开时限。")
T = "宁夏回族自治区药品监督管理局2024年政府信息公开工作年度报告"
add("a-nx-yjj-2024-page",
    cms_page(T + "-宁夏回族自治区药品监督管理局", [p for ln in lines([], P) for p in [ln]], site="宁夏回族自治区药品监督管理局",
             h1=T, info="来源：宁夏回族自治区药品监督管理局　发布时间：2025-01-22"),
    {}, ("宁夏回族自治区药品监督管理局", "department", "宁夏回族自治区", None, None, 2024), P, published="2025-01-22")

# 6. Gansu, the provincial data bureau created in 2024
P = six("2024年是甘肃省数据局组建后的第一年，我局边组建边工作，同步推进政务公开。", 2024, "我局", (186, 2),
        "存在的主要问题是公开栏目还不健全。2025年，我局将完善门户网站信息公开专栏。")
add("a-gs-sjj-2024-new", text(["甘肃省数据局2024年政府信息公开工作年度报告"], P), {},
    ("甘肃省数据局", "department", "甘肃省", None, None, 2024), P)

# 7. Gansu, a street office of Lanzhou's 城关区 2023 in a CSV row titled 2023年度报告 (城关区 is also Lhasa's)
P = six("2023年，兰州市城关区皋兰路街道办事处在区委、区政府的坚强领导下，推进基层政务公开标准化规范化。", 2023, "我街道", (318, 2),
        "存在的主要问题是公开形式较为单一。2024年，我街道将利用社区微信群推送公开信息。")
add("a-gs-gaolanlu-2023-csv",
    row("crawl-a.csv", "2023年度报告", "\n".join([LAW + "编制本报告。", *lines([], P)]), date="2024-01-15"),
    {}, ("兰州市城关区皋兰路街道办事处", "township", "甘肃省", "兰州市", "城关区", 2023), P, published="2024-01-15")

# 8. Gansu, a bureau under the culture and tourism department 2016: 基本情况, 主要做法, … 下一步工作打算 as parts
P = parts(["2016年，甘肃省文物局认真贯彻落实《条例》，把政府信息公开作为依法行政的重要内容。",
           "一是健全工作机构，明确办公室负责日常工作；二是完善公开目录；三是加强网站建设。",
           "全年主动公开政府信息286条，其中文物保护项目审批信息64条。",
           "全年受理政府信息公开申请3件，均按期答复。",
           "存在的问题是公开内容不够全面，更新不够及时。",
           "一是加大文物保护信息公开力度；二是加强业务培训。"],
          kinds=("overview", "measures", "proactive", "requests", "problems", "plans"),
          titles=("基本情况", "主要做法", "主动公开情况", "依申请公开情况", "存在的问题", "下一步工作打算"))
add("a-gs-wwj-2016-order", text(["甘肃省文物局2016年政府信息公开工作年度报告"], P), {},
    ("甘肃省文物局", "department", "甘肃省", None, None, 2016), P)

# 9. Gansu, an autonomous prefecture 2014: the title's short form 临夏州, the full name once; a 咨询 part
P = parts(["2014年，临夏回族自治州人民政府认真贯彻落实《条例》，进一步健全政府信息公开工作机制。",
           "全年主动公开政府信息3215条，其中州政府文件86件。", "全年受理政府信息公开申请12件，全部按期答复。",
           "全年接受群众咨询426人次，均当场或按期答复。", "未收取任何费用。", "未发生因政府信息公开申请行政复议、行政诉讼案件。",
           "存在的主要问题是县市公开工作不平衡。2015年，州政府将加强督查指导。", "无其他需要报告的事项。"],
          kinds=("overview", "proactive", "requests", "consultation", "fees", "appeals", "problems", "other"),
          titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开咨询处理情况", "政府信息公开收费及减免情况",
                  "因政府信息公开申请行政复议、提起行政诉讼情况", "政府信息公开工作存在的主要问题和改进措施", "其他需要报告的事项"))
add("a-gs-linxia-2014-consult", text(["临夏州2014年政府信息公开工作年度报告"], P), {},
    ("临夏回族自治州人民政府", "city", "甘肃省", "临夏回族自治州", None, 2014), P)

# 10. Qinghai, a county 2023 in a JSONL row whose title column is the prefecture portal's name; starts with 一、总体情况
P = six("2023年，县政府坚持以人民为中心，围绕生态保护和民生改善推进政务公开。", 2023, "县政府", (1126, 3),
        "存在的主要问题是藏汉双语公开内容不够丰富。2024年，县政府将增加双语公开内容。")
add("a-qh-chenduo-2023-jsonl-site",
    row("crawl-a.jsonl", "玉树藏族自治州人民政府网", "\n".join(lines([], P, ["称多县人民政府", "2024年1月25日"])), date="2024-01-26"),
    {}, ("称多县人民政府", "county", "青海省", "玉树藏族自治州", "称多县", 2023), P, published="2024-01-26")

# 11. Qinghai, a street office of a Xining district 2022 in a PDF: the title over two lines, a signature
P = six("2022年，南滩街道办事处在城中区委、区政府的领导下，扎实推进基层政务公开。", 2022, "我街道", (208, 0),
        "存在的主要问题是工作人员业务能力不足。2023年，我街道将组织政务公开业务培训。")
add("a-qh-nantan-2022-pdf",
    Pdf(("西宁市城中区南滩街道办事处", "2022年政府信息公开工作年度报告"),
        (*lines([], P), "西宁市城中区南滩街道办事处", "2023年1月16日")),
    {}, ("西宁市城中区南滩街道办事处", "township", "青海省", "西宁市", "城中区", 2022), P, published="2023-01-16")

# 12. Qinghai, the financial regulator's provincial office 2024: starts mid-preamble, the full name once
P = six("2024年，国家金融监督管理总局青海监管局认真贯彻落实总局关于政务公开的部署，依法推进监管信息公开。", 2024, "我局", (362, 4),
        "存在的主要问题是行政处罚信息解读不足。2025年，我局将加强典型案例解读。")
add("a-qh-nfra-2024-midpreamble", text([MID], P), {},
    ("国家金融监督管理总局青海监管局", "department", "青海省", None, None, 2024), P)

# 13. Qinghai, a bureau under the justice department 2020
P = six("2020年，青海省监狱管理局认真贯彻新修订的《条例》，推进狱务公开和政务公开。", 2020, "我局", (148, 1),
        "存在的主要问题是狱务公开的深度不够。2021年，我局将拓展狱务公开内容。")
add("a-qh-jyglj-2020-zhishu", text(["青海省监狱管理局2020年政府信息公开工作年度报告"], P), {},
    ("青海省监狱管理局", "department", "青海省", None, None, 2020), P)

# 14. Tibet, Lhasa's 城关区 2023: the title without the city, 拉萨市城关区 once in the body
P = six("2023年，拉萨市城关区人民政府坚持以人民为中心，全面推进基层政务公开。", 2023, "区政府", (1326, 5),
        "存在的主要问题是社区公开不够规范。2024年，区政府将推进社区政务公开标准化。")
add("a-xz-chengguan-2023-shared", text(["城关区人民政府2023年政府信息公开工作年度报告"], P), {},
    ("拉萨市城关区人民政府", "district", "西藏自治区", "拉萨市", "城关区", 2023), P)

# 15. Tibet, a city bureau 2021 in a CSV row titled with the site's name; the full name only in the signature
P = six("2021年，我局认真贯彻新修订的《条例》，围绕法治政府建设推进政务公开。", 2021, "我局", (264, 2),
        "存在的主要问题是普法信息更新不及时。2022年，我局将及时更新普法栏目。")
add("a-xz-shannan-sfj-2021-csv",
    row("crawl-a.csv", "山南市人民政府网", "\n".join(lines([], P, ["山南市司法局", "2022年1月24日"])), date="2022-01-25"),
    {}, ("山南市司法局", "department", "西藏自治区", "山南市", None, 2021), P, published="2022-01-25")

# 16. Tibet, the regional disease control bureau created in 2024, a Word file whose title is in two large lines
P = six("2024年，我局在自治区卫生健康委的指导下，围绕传染病防控和公共卫生推进政务公开。", 2024, "我局", (96, 0),
        "存在的主要问题是疫情信息发布机制有待完善。2025年，我局将规范传染病疫情信息发布。")
add("a-xz-jkj-2024-docx",
    Docx((("big", "西藏自治区疾病预防控制局"), ("big", "2024年政府信息公开工作年度报告"), *lines([], P))),
    {}, ("西藏自治区疾病预防控制局", "department", "西藏自治区", None, None, 2024), P)

# 17. Tibet, a town of Nyingchi's 巴宜区 2022: the title names the town only, the full name under the text
P = six("2022年，我镇在区委、区政府的领导下，围绕乡村振兴推进基层政务公开。", 2022, "我镇", (164, 0),
        "存在的主要问题是村务公开不够及时。2023年，我镇将督促各村按月公开村务。")
add("a-xz-bayi-town-2022-sign", text(["八一镇人民政府2022年政府信息公开工作年度报告"], P, ["林芝市巴宜区八一镇人民政府", "2023年1月12日"]),
    {}, ("林芝市巴宜区八一镇人民政府", "township", "西藏自治区", "林芝市", "巴宜区", 2022), P, published="2023-01-12")

# 18. Hainan, a street office of Haikou's 美兰区 2023: starts with 一、总体情况, the name in the signature
P = six("2023年，我街道坚持以人民为中心，围绕社区服务推进基层政务公开。", 2023, "我街道", (276, 1),
        "存在的主要问题是公开的及时性不够。2024年，我街道将建立公开事项台账。")
add("a-hi-haidian-2023-starts-yi", text([], P, ["海口市美兰区海甸街道办事处", "2024年1月19日"]), {},
    ("海口市美兰区海甸街道办事处", "township", "海南省", "海口市", "美兰区", 2023), P, published="2024-01-19")

# 19. Hainan, a province-administered autonomous county 2017: 主要措施 and 政策解读 parts, problems and plans as the last part
P = parts(["2017年，琼中黎族苗族自治县人民政府认真贯彻落实《条例》和省政府的部署，推进政务公开。",
           "一是加强组织领导；二是完善制度；三是加强平台建设。", "全年主动公开政府信息2046条。",
           "全年发布政策解读稿件32篇，回应社会关切15次。", "全年受理政府信息公开申请4件，均按时答复。",
           "未发生政府信息公开行政复议、行政诉讼案件。",
           "存在的不足是政策解读质量不高。2018年，县政府将提高解读质量。"],
          kinds=("overview", "measures", "proactive", "response", "requests", "appeals", "problems"),
          titles=("概述", "政府信息公开工作主要措施", "主动公开政府信息情况", "政策解读与回应关切情况", "依申请公开政府信息情况",
                  "政府信息公开行政复议、行政诉讼情况", "存在的不足与下一步打算"))
add("a-hi-qiongzhong-2017-order", text(["琼中黎族苗族自治县人民政府2017年政府信息公开工作年度报告"], P), {},
    ("琼中黎族苗族自治县人民政府", "county", "海南省", None, "琼中黎族苗族自治县", 2017), P)

# 20. Hainan, a provincial department 2020 in a CSV row titled without a body; 我厅, the full name once
P = six("2020年，海南省农业农村厅深入贯彻新修订的《条例》，围绕热带特色高效农业推进政务公开。", 2020, "我厅", (1208, 11),
        "存在的主要问题是涉农政策解读不够通俗。2021年，我厅将推出图解和短视频解读。")
add("a-hi-nyt-2020-csv-generic",
    row("crawl-a.csv", "2020年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2021-01-28"),
    {}, ("海南省农业农村厅", "department", "海南省", None, None, 2020), P, published="2021-01-28")

# 21. Guizhou, a bureau under the development and reform commission 2022
P = six("2022年，我局认真落实《条例》，围绕粮食安全和物资储备推进政务公开。", 2022, "我局", (438, 3),
        "存在的主要问题是储备信息公开范围有待厘清。2023年，我局将编制公开事项清单。")
add("a-gz-lsj-2022-zhishu", text(["贵州省粮食和物资储备局2022年政府信息公开工作年度报告"], P), {},
    ("贵州省粮食和物资储备局", "department", "贵州省", None, None, 2022), P)

# 22. Guizhou, a street office of Guiyang's 观山湖区 2023 in a JSONL row: the short title, the full name in the body
P = six("2023年，贵阳市观山湖区金华园街道办事处坚持以人民为中心，推进基层政务公开。", 2023, "我街道", (342, 2),
        "存在的主要问题是居民参与不够。2024年，我街道将开展政务开放日活动。")
add("a-gz-jinhuayuan-2023-jsonl",
    row("crawl-a.jsonl", "金华园街道2023年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2024-01-18"),
    {}, ("贵阳市观山湖区金华园街道办事处", "township", "贵州省", "贵阳市", "观山湖区", 2023), P, published="2024-01-18")

# 23. Guizhou, a district bureau 2021: no title, the preamble names the body
P = six("2021年，我局坚持以人民为中心，围绕疫情防控和医疗服务推进政务公开。", 2021, "我局", (652, 8),
        "存在的主要问题是卫生健康政策解读不够。2022年，我局将加强政策解读。")
add("a-gz-bozhou-wjj-2021-preamble",
    text([LAW + "现公布遵义市播州区卫生健康局2021年政府信息公开工作年度报告。"], P), {},
    ("遵义市播州区卫生健康局", "department", "贵州省", "遵义市", "播州区", 2021), P)

# 24. Heilongjiang, a district of Daqing 2017: problems before requests, plans a part of their own
P = parts(["2017年，大庆市让胡路区人民政府认真贯彻落实《条例》，扎实推进政府信息公开。",
           "一是完善主动公开目录；二是规范依申请公开流程；三是加强保密审查。",
           "存在的问题是部分部门公开意识不强。",
           "全年受理政府信息公开申请7件，均按期答复。",
           "2018年，区政府将加强考核，推动各部门落实公开责任。"],
          kinds=("overview", "measures", "problems", "requests", "plans"),
          titles=("基本情况", "主要做法", "存在的问题", "依申请公开情况", "下一步工作"))
add("a-hlj-ranghulu-2017-order", text(["让胡路区人民政府2017年政府信息公开工作年度报告"], P), {},
    ("大庆市让胡路区人民政府", "district", "黑龙江省", "大庆市", "让胡路区", 2017), P)

# 25. Heilongjiang, the provincial local financial administration renamed in 2024
P = six("2024年，黑龙江省地方金融管理局按照机构改革要求，持续推进政务公开。", 2024, "我局", (226, 1),
        "存在的主要问题是金融风险提示信息发布不够及时。2025年，我局将及时发布风险提示。")
add("a-hlj-jrglj-2024-renamed", text(["黑龙江省地方金融管理局2024年政府信息公开工作年度报告"], P), {},
    ("黑龙江省地方金融管理局", "department", "黑龙江省", None, None, 2024), P)

# 26. Heilongjiang, a street office of Harbin's 香坊区 2023 in a CSV row: 本报告由…编制 names it
P = six("2023年，我街道坚持以人民为中心，推进基层政务公开。", 2023, "我街道", (198, 0),
        "存在的主要问题是公开内容不够丰富。2024年，我街道将丰富公开内容。")
add("a-hlj-tongtian-2023-csv-compiled",
    row("crawl-a.csv", "通天街道办事处2023年度政府信息公开工作报告",
        "\n".join(["本报告由哈尔滨市香坊区通天街道办事处根据《中华人民共和国政府信息公开条例》编制。", *lines([], P)]), date="2024-01-22"),
    {}, ("哈尔滨市香坊区通天街道办事处", "township", "黑龙江省", "哈尔滨市", "香坊区", 2023), P, published="2024-01-22")

# 27. Tianjin, the municipal data bureau created in 2024
P = six("2024年，天津市数据局坚持边组建、边履职，同步推进政务公开。", 2024, "我局", (158, 1),
        "存在的主要问题是数据资源公开目录尚在编制。2025年，我局将发布公共数据开放目录。")
add("a-tj-sjj-2024-new", text(["天津市数据局2024年政府信息公开工作年度报告"], P), {},
    ("天津市数据局", "department", "天津市", "天津市", None, 2024), P)

# 28. Tianjin, a street office of 河北区 (not 河北省) 2022
P = six("2022年，我街道在区委、区政府的领导下，推进基层政务公开。", 2022, "我街道", (224, 1),
        "存在的主要问题是公开栏目设置不够合理。2023年，我街道将优化公开栏目。")
add("a-tj-wanghailou-2022-hebeiqu",
    text(["河北区望海楼街道办事处2022年政府信息公开工作年度报告"], P, ["天津市河北区望海楼街道办事处", "2023年1月17日"]),
    {}, ("天津市河北区望海楼街道办事处", "township", "天津市", "天津市", "河北区", 2022), P, published="2023-01-17")

# 29. Tianjin, a town of 津南区 2019: the 2019 format's parts in local words
P = six("2019年，八里台镇人民政府认真贯彻新修订的《条例》，推进基层政务公开。", 2019, "镇政府", (412, 2),
        "主要问题是公开的规范性不够。2020年，镇政府将规范公开流程。",
        titles=("总体情况", "主动公开政府信息情况", "依申请公开政府信息办理情况", "因政府信息公开申请行政复议、行政诉讼情况",
                "存在的主要问题及改进措施", "其他需要报告的事项"))
add("a-tj-balitai-2019-variants", text(["天津市津南区八里台镇人民政府2019年政府信息公开工作年度报告"], P), {},
    ("天津市津南区八里台镇人民政府", "township", "天津市", "天津市", "津南区", 2019), P)

# 30. Chongqing, the municipal disease control bureau 2024 on a portal page
P = six("2024年，我局认真贯彻落实《条例》，围绕传染病防控推进政务公开。", 2024, "我局", (214, 2),
        "存在的主要问题是健康科普信息更新不够及时。2025年，我局将加强健康科普信息发布。")
T = "重庆市疾病预防控制局2024年政府信息公开工作年度报告"
add("a-cq-jkj-2024-page",
    cms_page(T, lines([], P), site="重庆市疾病预防控制局", h1=T, info="发布时间：2025-01-20"),
    {}, ("重庆市疾病预防控制局", "department", "重庆市", "重庆市", None, 2024), P, published="2025-01-20")

# 31. Chongqing, a street office of 渝北区 2023: starts with 一、总体情况, the name in the signature
P = six("2023年，龙塔街道坚持以人民为中心，推进基层政务公开。", 2023, "我街道", (302, 3),
        "存在的主要问题是社区公开不够规范。2024年，我街道将规范社区公开。")
add("a-cq-longta-2023-starts-yi", text([], P, ["重庆市渝北区龙塔街道办事处", "2024年1月15日"]), {},
    ("重庆市渝北区龙塔街道办事处", "township", "重庆市", "重庆市", "渝北区", 2023), P, published="2024-01-15")


# ============================ B. batch B: written after batch A's fixes, scored before any further fix ============================

# 1. Ningxia, a township of a Guyuan county 2022: starts with 一、总体情况; 我乡, the full name once
P = six("2022年，泾源县新民乡人民政府在县委、县政府的领导下，围绕乡村振兴推进基层政务公开。", 2022, "我乡", (146, 0),
        "存在的主要问题是村级公开不够规范。2023年，我乡将规范村务公开栏。")
add("b-nx-xinmin-2022-starts-yi", text([], P), {},
    ("泾源县新民乡人民政府", "township", "宁夏回族自治区", "固原市", "泾源县", 2022), P)

# 2. Gansu, a bureau under the provincial market regulator 2023 in Word: the title only in the page header
P = six("2023年，我局坚持以人民为中心，围绕药品安全推进政务公开。", 2023, "我局", (688, 6),
        "存在的主要问题是抽检信息公开不够及时。2024年，我局将按月公开抽检结果。")
add("b-gs-yjj-2023-docx-header",
    Docx(tuple(lines([], P)), page_header="甘肃省药品监督管理局2023年政府信息公开工作年度报告"),
    {}, ("甘肃省药品监督管理局", "department", "甘肃省", None, None, 2023), P)

# 3. Gansu, a bureau of a county-level city 2021 in a CSV row titled with the city's portal; named in the signature
P = six("2021年，我局认真贯彻新修订的《条例》，围绕项目建设和价格监管推进政务公开。", 2021, "我局", (324, 1),
        "存在的主要问题是项目信息公开不够完整。2022年，我局将完善项目信息公开。")
add("b-gs-yumen-fgj-2021-csv",
    row("crawl-b.csv", "玉门市人民政府", "\n".join(lines([], P, ["玉门市发展和改革局", "2022年1月21日"])), date="2022-01-21"),
    {}, ("玉门市发展和改革局", "department", "甘肃省", "酒泉市", "玉门市", 2021), P, published="2022-01-21")

# 4. Qinghai, a prefecture's bureau 2021: the title's short form 海北州民政局, the full name once in the body
P = six("2021年，海北藏族自治州民政局认真贯彻新修订的《条例》，围绕社会救助和养老服务推进政务公开。", 2021, "我局", (402, 2),
        "存在的主要问题是救助信息公开不够细。2022年，我局将细化救助信息公开。")
add("b-qh-haibei-mzj-2021-short", text(["海北州民政局2021年政府信息公开工作年度报告"], P), {},
    ("海北藏族自治州民政局", "department", "青海省", "海北藏族自治州", None, 2021), P)

# 5. Qinghai, a prefecture-level office of the financial regulator 2024
P = six("2024年，我分局认真贯彻落实上级局关于政务公开的部署，推进监管信息公开。", 2024, "我分局", (118, 0),
        "存在的主要问题是公开信息数量较少。2025年，我分局将加强行政许可信息公开。")
add("b-qh-haidong-nfra-2024", text(["国家金融监督管理总局海东监管分局2024年政府信息公开工作年度报告"], P), {},
    ("国家金融监督管理总局海东监管分局", "department", "青海省", "海东市", None, 2024), P)

# 6. Tibet, a city 2018 (the year 那曲地区 became 那曲市): fees after appeals in the old seven parts
P = parts(["2018年，那曲市人民政府认真贯彻落实《条例》，推进政府信息公开工作。", "全年主动公开政府信息1524条。",
           "全年受理政府信息公开申请2件，均按期答复。", "未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
           "未收取任何费用。", "存在的主要问题是基层公开能力不足。2019年，市政府将加强基层培训。", "无其他需要报告的事项。"],
          kinds=("overview", "proactive", "requests", "appeals", "fees", "problems", "other"),
          titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "因政府信息公开申请行政复议、提起行政诉讼情况",
                  "政府信息公开的收费及减免情况", "存在的主要问题和改进措施", "其他需要报告的事项"))
add("b-xz-naqu-2018-fees-late", text(["那曲市人民政府2018年政府信息公开工作年度报告"], P), {},
    ("那曲市人民政府", "city", "西藏自治区", "那曲市", None, 2018), P)

# 7. Hainan, a town of a province-administered county-level city 2023
P = six("2023年，和乐镇人民政府坚持以人民为中心，推进基层政务公开。", 2023, "镇政府", (212, 1),
        "存在的主要问题是公开内容不够丰富。2024年，镇政府将丰富公开内容。")
add("b-hi-hele-2023-town", text(["万宁市和乐镇人民政府2023年政府信息公开工作年度报告"], P), {},
    ("万宁市和乐镇人民政府", "township", "海南省", None, "万宁市", 2023), P)

# 8. Guizhou, a provincial commission 2022: 本委; the crawl starts mid-preamble; the full name in the signature
P = six("2022年，本委坚持以习近平新时代中国特色社会主义思想为指导，围绕民族团结进步推进政务公开。", 2022, "本委", (384, 1),
        "存在的主要问题是政策解读形式单一。2023年，本委将推出双语解读。")
add("b-gz-mzw-2022-benwei-mid",
    text(["精神，结合本委工作实际，编制本报告。"], P, ["贵州省民族宗教事务委员会", "2023年1月19日"]), {},
    ("贵州省民族宗教事务委员会", "department", "贵州省", None, None, 2022), P, published="2023-01-19")

# 9. Guizhou, the financial regulator's office in an autonomous prefecture 2024
P = six("2024年，国家金融监督管理总局黔东南监管分局认真落实上级局政务公开部署。", 2024, "我分局", (96, 0),
        "存在的主要问题是公开信息数量较少。2025年，我分局将加强监管信息公开。")
add("b-gz-qdn-nfra-2024", text([], P), {},
    ("国家金融监督管理总局黔东南监管分局", "department", "贵州省", "黔东南苗族侗族自治州", None, 2024), P)

# 10. Heilongjiang, a bureau under the provincial health commission 2023 in a PDF
P = six("2023年，黑龙江省中医药管理局坚持以人民为中心，围绕中医药传承创新推进政务公开。", 2023, "我局", (204, 1),
        "存在的主要问题是中医药政策解读不够。2024年，我局将加强政策解读。")
add("b-hlj-zyyj-2023-pdf",
    Pdf(("黑龙江省中医药管理局2023年政府信息公开", "工作年度报告"), tuple(lines([], P, ["黑龙江省中医药管理局", "2024年1月26日"]))),
    {}, ("黑龙江省中医药管理局", "department", "黑龙江省", None, None, 2023), P, published="2024-01-26")

# 11. Heilongjiang, a city 2015: 工作开展情况 first, problems and next steps as the last part
P = parts(["2015年，伊春市人民政府认真贯彻落实《条例》，推进政府信息公开。", "全年主动公开政府信息2218条。",
           "全年受理政府信息公开申请9件，均按期答复。", "未发生行政复议和行政诉讼案件。", "未收取费用。",
           "存在的问题是部分单位更新不及时。下步，市政府将加强考核。"],
          kinds=("overview", "proactive", "requests", "appeals", "fees", "problems"),
          titles=("工作开展情况", "主动公开情况", "依申请公开情况", "行政复议和行政诉讼情况", "收费及减免情况", "存在问题及下步打算"))
add("b-hlj-yichun-2015-order", text(["伊春市人民政府2015年政府信息公开工作年度报告"], P), {},
    ("伊春市人民政府", "city", "黑龙江省", "伊春市", None, 2015), P)

# 12. Tianjin, the foreign affairs office 2020 in a JSONL row titled with its short form; 我办, the full name once
P = six("2020年，天津市人民政府外事办公室认真贯彻新修订的《条例》，推进外事领域政务公开。", 2020, "我办", (132, 1),
        "存在的主要问题是公开内容较少。2021年，我办将丰富外事服务信息。")
add("b-tj-wb-2020-jsonl-short",
    row("crawl-b.jsonl", "市政府外办2020年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2021-01-25"),
    {}, ("天津市人民政府外事办公室", "department", "天津市", "天津市", None, 2020), P, published="2021-01-25")

# 13. Tianjin, a street office of 武清区 2021: the 2021 parts in local words
P = six("2021年，杨村街道办事处在区委、区政府的领导下，推进基层政务公开。", 2021, "我街道", (246, 1),
        "主要问题是公开的及时性不够。2022年，我街道将建立公开台账。",
        titles=("总体工作情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
                "存在的主要问题和改进措施", "其他需要报告事项"))
add("b-tj-yangcun-2021-variants", text(["天津市武清区杨村街道办事处2021年政府信息公开工作年度报告"], P), {},
    ("天津市武清区杨村街道办事处", "township", "天津市", "天津市", "武清区", 2021), P)

# 14. Chongqing, a town of an autonomous county 2022: starts with 一、总体情况, the full name once
P = six("2022年，石柱土家族自治县黄水镇人民政府坚持以人民为中心，推进基层政务公开。", 2022, "我镇", (188, 0),
        "存在的主要问题是村务公开不及时。2023年，我镇将督促各村及时公开。")
add("b-cq-huangshui-2022-starts-yi", text([], P, ["黄水镇人民政府", "2023年1月10日"]), {},
    ("石柱土家族自治县黄水镇人民政府", "township", "重庆市", "重庆市", "石柱土家族自治县", 2022), P, published="2023-01-10")

# 15. Chongqing, the municipal healthcare security bureau 2019: the 2019 parts in local words
P = six("2019年，重庆市医疗保障局认真贯彻新修订的《条例》，围绕医保待遇和基金监管推进政务公开。", 2019, "我局", (468, 12),
        "主要问题是医保政策解读不够。2020年，我局将加强政策解读。",
        titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                "因政府信息公开工作被申请行政复议、提起行政诉讼情况", "主要问题和改进情况", "其他需要报告的事项"))
add("b-cq-ybj-2019-variants", text(["重庆市医疗保障局2019年政府信息公开工作年度报告"], P), {},
    ("重庆市医疗保障局", "department", "重庆市", "重庆市", None, 2019), P)

# 16. Ningxia, a university hospital 2022 on a portal page
P = six("2022年，我院坚持公益性，围绕医疗服务推进院务公开和信息公开。", 2022, "我院", (226, 3),
        "存在的主要问题是诊疗信息公开不够及时。2023年，我院将及时更新诊疗信息。")
T = "宁夏医科大学总医院2022年信息公开工作年度报告"
add("b-nx-zongyiyuan-2022-page",
    cms_page(T, lines([], P), site="宁夏医科大学总医院", h1=T, info="发布时间：2023-01-30"),
    {}, ("宁夏医科大学总医院", "other", "宁夏回族自治区", None, None, 2022), P, published="2023-01-30")

# 17. Gansu, a district of Tianshui 2016: 主要工作措施, a 咨询投诉 part and a 工作打算 part
P = parts(["2016年，天水市秦州区人民政府认真贯彻落实《条例》，推进政府信息公开。",
           "一是健全机构；二是完善制度；三是加强平台建设。", "全年主动公开政府信息1406条。",
           "全年受理政府信息公开申请5件，均按期答复。", "全年接受咨询投诉132人次。", "存在的问题是公开内容不够全面。",
           "2017年，区政府将进一步拓展公开内容。"],
          kinds=("overview", "measures", "proactive", "requests", "consultation", "problems", "plans"),
          titles=("基本情况", "主要工作措施", "主动公开情况", "依申请公开情况", "咨询投诉情况", "存在问题", "2017年工作打算"))
add("b-gs-qinzhou-2016-order", text(["天水市秦州区人民政府2016年政府信息公开工作年度报告"], P), {},
    ("天水市秦州区人民政府", "district", "甘肃省", "天水市", "秦州区", 2016), P)

# 18. Tibet, a city data bureau 2025 (the reports of 2025 published in 2026)
P = six("2025年，拉萨市数据局坚持以人民为中心，围绕数字政府建设推进政务公开。", 2025, "我局", (142, 0),
        "存在的主要问题是公共数据开放不足。2026年，我局将扩大公共数据开放。")
add("b-xz-lasa-sjj-2025", text(["拉萨市数据局2025年政府信息公开工作年度报告"], P, ["拉萨市数据局", "2026年1月16日"]), {},
    ("拉萨市数据局", "department", "西藏自治区", "拉萨市", None, 2025), P, published="2026-01-16")


# ============================ C. batch C: written after batch B's fixes, scored before any further fix ============================

# 1. Heilongjiang, a district of the 大兴安岭地区 2022 in Word: the full name only in the signature
P = six("2022年，区政府坚持以人民为中心，围绕林区转型推进政务公开。", 2022, "区政府", (964, 3),
        "存在的主要问题是政策解读不够通俗。2023年，区政府将推出图解解读。")
add("c-hlj-jiagedaqi-2022-docx",
    Docx((("big", "加格达奇区人民政府2022年政府信息公开工作年度报告"), *lines([], P), "大兴安岭地区加格达奇区人民政府", "2023年1月13日")),
    {}, ("大兴安岭地区加格达奇区人民政府", "district", "黑龙江省", "大兴安岭地区", "加格达奇区", 2022), P, published="2023-01-13")

# 2. Tianjin, a street office of 滨海新区 2023 in a GBK CSV row titled with its short name
P = six("2023年，天津市滨海新区新港街道办事处在区委、区政府的领导下，推进基层政务公开。", 2023, "我街道", (286, 1),
        "存在的主要问题是公开形式较为单一。2024年，我街道将丰富公开形式。")
add("c-tj-xingang-2023-csv-gbk",
    CrawlRow("crawl-c.csv", (("标题", "新港街道2023年政府信息公开工作年度报告"), ("发布日期", "2024-01-16"),
                             ("网址", "http://www.tjbh.gov.cn/xxgk/15.html"), ("正文", "\n".join(lines([], P)))), encoding="gbk"),
    {}, ("天津市滨海新区新港街道办事处", "township", "天津市", "天津市", "滨海新区", 2023), P, published="2024-01-16")

# 3. Chongqing, a county commission 2021: starts with 一、总体情况; 县卫生健康委 and 我委, the full name in the signature
P = six("2021年，县卫生健康委坚持以人民为中心，围绕疫情防控和医疗服务推进政务公开。", 2021, "我委", (536, 7),
        "存在的主要问题是医疗服务信息更新不及时。2022年，我委将及时更新医疗服务信息。")
add("c-cq-wuxi-wjw-2021-starts-yi", text([], P, ["重庆市巫溪县卫生健康委员会", "2022年1月18日"]), {},
    ("重庆市巫溪县卫生健康委员会", "department", "重庆市", "重庆市", "巫溪县", 2021), P, published="2022-01-18")

# 4. Guizhou, an autonomous prefecture's bureau 2020: the title's short form 黔南州, the full name once
P = six("2020年，黔南布依族苗族自治州生态环境局认真贯彻新修订的《条例》，围绕污染防治推进政务公开。", 2020, "我局", (588, 6),
        "存在的主要问题是环境信息解读不够。2021年，我局将加强环境信息解读。")
add("c-gz-qiannan-sthj-2020-short", text(["黔南州生态环境局2020年政府信息公开工作年度报告"], P), {},
    ("黔南布依族苗族自治州生态环境局", "department", "贵州省", "黔南布依族苗族自治州", None, 2020), P)

# 5. Qinghai, a street office of a county-level city of 海西州 2023 in a PDF with a running head
P = six("2023年，格尔木市昆仑路街道办事处坚持以人民为中心，推进基层政务公开。", 2023, "我街道", (232, 1),
        "存在的主要问题是社区公开不够规范。2024年，我街道将规范社区公开。")
add("c-qh-kunlunlu-2023-pdf",
    Pdf(("格尔木市昆仑路街道办事处", "2023年政府信息公开工作年度报告"), tuple(lines([], P)),
        running_head="格尔木市昆仑路街道办事处2023年政府信息公开工作年度报告", lines=20),
    {}, ("格尔木市昆仑路街道办事处", "township", "青海省", "海西蒙古族藏族自治州", "格尔木市", 2023), P)

# 6. Ningxia, the regional government's general office 2013: problems before appeals and fees
P = parts(["2013年，自治区人民政府办公厅认真贯彻落实《条例》，扎实推进政府信息公开工作。", "全年主动公开政府信息3048条。",
           "全年受理政府信息公开申请26件，均按期答复。", "存在的主要问题是部分部门公开不及时。2014年，我厅将加强督查。",
           "未发生因政府信息公开申请行政复议、提起行政诉讼的情况。", "未收取任何费用。"],
          kinds=("overview", "proactive", "requests", "problems", "appeals", "fees"),
          titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的主要问题和改进措施",
                  "因政府信息公开申请行政复议、提起行政诉讼情况", "政府信息公开收费及减免情况"))
add("c-nx-bgt-2013-order", text(["宁夏回族自治区人民政府办公厅2013年政府信息公开工作年度报告"], P), {},
    ("宁夏回族自治区人民政府办公厅", "department", "宁夏回族自治区", None, None, 2013), P)

# 7. Hainan, a town of Haikou's 龙华区 2021: the 2021 parts in local words
P = six("2021年，城西镇人民政府在区委、区政府的领导下，推进基层政务公开。", 2021, "镇政府", (198, 0),
        "主要问题是公开内容不够丰富。2022年，镇政府将丰富公开内容。",
        titles=("总体情况", "主动公开情况", "依申请公开情况", "行政复议和行政诉讼情况", "存在的问题和改进措施", "其他需要说明的事项"))
add("c-hi-chengxi-2021-variants", text(["海口市龙华区城西镇人民政府2021年政府信息公开工作年度报告"], P), {},
    ("海口市龙华区城西镇人民政府", "township", "海南省", "海口市", "龙华区", 2021), P)

# 8. Tibet, a district of Shigatse 2019 on a portal page
P = six("2019年，桑珠孜区人民政府深入贯彻新修订的《条例》，推进政务公开。", 2019, "区政府", (842, 2),
        "存在的主要问题是基层公开能力不足。2020年，区政府将加强基层培训。")
T = "日喀则市桑珠孜区人民政府2019年政府信息公开工作年度报告"
add("c-xz-sangzhuzi-2019-page",
    cms_page(T, lines([], P), site="日喀则市桑珠孜区人民政府", h1=T, info="发布时间：2020-01-20"),
    {}, ("日喀则市桑珠孜区人民政府", "district", "西藏自治区", "日喀则市", "桑珠孜区", 2019), P, published="2020-01-20")

# 9. Gansu, the provincial disease control bureau 2024 in a JSONL row with an empty title; 省疾控局, the full name signs
P = six("2024年，省疾控局坚持以人民为中心，围绕传染病防控推进政务公开。", 2024, "我局", (164, 1),
        "存在的主要问题是疫情信息发布不够规范。2025年，我局将规范疫情信息发布。")
add("c-gs-jkj-2024-jsonl-empty",
    row("crawl-c.jsonl", "", "\n".join([LAW + "编制本报告。", *lines([], P), "甘肃省疾病预防控制局", "2025年1月22日"]), date="2025-01-23"),
    {}, ("甘肃省疾病预防控制局", "department", "甘肃省", None, None, 2024), P, published="2025-01-23")

# 10. Chongqing, a municipal office 2020: the title's short form 市政府口岸物流办, 我办, the full name once
P = six("2020年，重庆市人民政府口岸和物流办公室认真贯彻新修订的《条例》，围绕口岸开放推进政务公开。", 2020, "我办", (256, 2),
        "存在的主要问题是公开内容不够丰富。2021年，我办将丰富口岸服务信息。")
add("c-cq-kouan-2020-woban", text(["市政府口岸物流办2020年政府信息公开工作年度报告"], P), {},
    ("重庆市人民政府口岸和物流办公室", "department", "重庆市", "重庆市", None, 2020), P)

# 11. Guizhou, a district of Liupanshui 2014: problems before appeals and fees
P = parts(["2014年，六盘水市钟山区人民政府认真贯彻落实《条例》，推进政府信息公开。", "全年主动公开政府信息1186条。",
           "全年受理政府信息公开申请3件，均按期答复。", "存在的主要问题是公开质量不高。2015年，区政府将提高公开质量。",
           "未发生行政复议、行政诉讼案件。", "未收取费用。"],
          kinds=("overview", "proactive", "requests", "problems", "appeals", "fees"),
          titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的主要问题和改进措施",
                  "行政复议、行政诉讼情况", "收费及减免情况"))
add("c-gz-zhongshan-2014-order", text(["钟山区人民政府2014年政府信息公开工作年度报告"], P), {},
    ("六盘水市钟山区人民政府", "district", "贵州省", "六盘水市", "钟山区", 2014), P)

# 12. Heilongjiang, the financial regulator's office named after the 大兴安岭地区 2024
P = six("2024年，我分局认真落实上级局政务公开工作部署，推进监管信息公开。", 2024, "我分局", (74, 0),
        "存在的主要问题是公开信息数量较少。2025年，我分局将加强行政许可信息公开。")
add("c-hlj-dxal-nfra-2024", text(["国家金融监督管理总局大兴安岭监管分局2024年政府信息公开工作年度报告"], P), {},
    ("国家金融监督管理总局大兴安岭监管分局", "department", "黑龙江省", "大兴安岭地区", None, 2024), P)


# ============================ D. batch D: written after batch C's fixes, scored before any further fix ============================

# 1. Gansu, the financial regulator's office named after an autonomous prefecture's stem 2024
P = six("2024年，我分局认真落实上级局政务公开工作部署，推进监管信息公开。", 2024, "我分局", (88, 0),
        "存在的主要问题是公开信息数量较少。2025年，我分局将加强监管信息公开。")
add("d-gs-gannan-nfra-2024", text(["国家金融监督管理总局甘南监管分局2024年政府信息公开工作年度报告"], P), {},
    ("国家金融监督管理总局甘南监管分局", "department", "甘肃省", "甘南藏族自治州", None, 2024), P)

# 2. Qinghai, the same regulator's office of 海西州 2024 in a CSV row titled with the site's name; named in the signature
P = six("2024年，我分局坚持依法公开，推进行政许可和行政处罚信息公开。", 2024, "我分局", (102, 0),
        "存在的主要问题是政策解读不足。2025年，我分局将加强政策解读。")
add("d-qh-haixi-nfra-2024-csv",
    row("crawl-d.csv", "国家金融监督管理总局", "\n".join(lines([], P, ["国家金融监督管理总局海西监管分局", "2025年1月24日"])), date="2025-01-24"),
    {}, ("国家金融监督管理总局海西监管分局", "department", "青海省", "海西蒙古族藏族自治州", None, 2024), P, published="2025-01-24")

# 3. Gansu, a city government's foreign affairs office 2023: the title's short form 市政府外事办, the full name once
P = six("2023年，兰州市人民政府外事办公室认真贯彻落实《条例》，推进外事领域政务公开。", 2023, "我办", (118, 0),
        "存在的主要问题是公开内容较少。2024年，我办将丰富外事服务信息。")
add("d-gs-lanzhou-wb-2023-short", text(["市政府外事办2023年政府信息公开工作年度报告"], P), {},
    ("兰州市人民政府外事办公室", "department", "甘肃省", "兰州市", None, 2023), P)

# 4. Tianjin, a street office of 南开区 2022: the short title, 本报告由…编制 names it
P = six("2022年，我街道在区委、区政府的领导下，推进基层政务公开。", 2022, "我街道", (204, 1),
        "存在的主要问题是公开栏目更新不及时。2023年，我街道将按月更新公开栏目。")
add("d-tj-xiangyanglu-2022-compiled",
    text(["向阳路街道办事处2022年政府信息公开工作年度报告", "本报告由天津市南开区向阳路街道办事处根据《中华人民共和国政府信息公开条例》编制。"], P),
    {}, ("天津市南开区向阳路街道办事处", "township", "天津市", "天津市", "南开区", 2022), P)

# 5. Ningxia, a street office of 金凤区 2023: the short title, 现将…予以公布 names it
P = six("2023年，我街道坚持以人民为中心，推进基层政务公开。", 2023, "我街道", (226, 0),
        "存在的主要问题是居民知晓度不高。2024年，我街道将加强宣传。")
add("d-nx-manchengbeijie-2023-xianjiang",
    text(["满城北街街道办事处2023年政府信息公开工作年度报告",
          "现将银川市金凤区满城北街街道办事处2023年政府信息公开工作年度报告予以公布。"], P),
    {}, ("银川市金凤区满城北街街道办事处", "township", "宁夏回族自治区", "银川市", "金凤区", 2023), P)

# 6. Guizhou, an autonomous county 2021: 基本概况 first
P = six("2021年，三都水族自治县人民政府深入贯彻新修订的《条例》，推进政务公开。", 2021, "县政府", (1206, 4),
        "存在的主要问题是乡镇公开不够规范。2022年，县政府将规范乡镇公开。",
        titles=("基本概况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
                "存在的主要问题及改进情况", "其他需要报告的事项"))
add("d-gz-sandu-2021-gaikuang", text(["三都水族自治县人民政府2021年政府信息公开工作年度报告"], P), {},
    ("三都水族自治县人民政府", "county", "贵州省", "黔南布依族苗族自治州", "三都水族自治县", 2021), P)

# 7. Gansu, a county 2015: 主要工作做法 before the counts, problems and measures last
P = parts(["2015年，会宁县人民政府认真贯彻落实《条例》，推进政府信息公开。", "一是健全机构；二是完善制度；三是加强培训。",
           "全年主动公开政府信息1328条。", "全年受理政府信息公开申请4件，均按期答复。",
           "存在的问题是公开内容不够全面。2016年，县政府将拓展公开内容。"],
          kinds=("overview", "measures", "proactive", "requests", "problems"),
          titles=("基本情况", "主要工作做法", "主动公开情况", "依申请公开情况", "存在问题及改进措施"))
add("d-gs-huining-2015-zuofa", text(["会宁县人民政府2015年政府信息公开工作年度报告"], P), {},
    ("会宁县人民政府", "county", "甘肃省", "白银市", "会宁县", 2015), P)

# 8. Tibet, a township of 当雄县 2023: starts with 一、总体情况; 我乡, the full name in the signature
P = six("2023年，我乡在县委、县政府的领导下，围绕牧区发展推进基层政务公开。", 2023, "我乡", (96, 0),
        "存在的主要问题是双语公开不够。2024年，我乡将增加藏汉双语公开内容。")
add("d-xz-namuhu-2023-starts-yi", text([], P, ["当雄县纳木湖乡人民政府", "2024年1月8日"]), {},
    ("当雄县纳木湖乡人民政府", "township", "西藏自治区", "拉萨市", "当雄县", 2023), P, published="2024-01-08")


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES15, out)


if __name__ == "__main__":
    write()
