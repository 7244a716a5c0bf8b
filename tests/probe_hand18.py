"""Test utility: the eighteenth held-out probe set ``tests/cases/probes18`` (issue 10 item 1, issuer
and level on unseen reports), written and labelled by hand before its writer read textmine's metadata
code or ran textmine on it, for the provinces the earlier sets hold fewest of (吉林, 辽宁, 山西, 江西, 安徽,
湖南, 广西, 云南, 内蒙古, 新疆) and in the shapes real crawls take:

- crawl rows whose text starts in the middle of the report with no title line and names the body only
  as 我局/我委/本机关/我镇/两局, plus once in full deep in the text or in the closing signature;
- signatures with the body and the date on one line or over two; ``本报告由…编制`` with a short form;
- bodies whose name contains another body's name (市人民政府办公室, 县人民政府国有资产监督管理委员会,
  市人民政府驻北京办事处, 自治区人民政府国有资产监督管理委员会);
- reports co-signed by two bodies (the first-named is the issuer, as ``tests/probe_hand10.py`` has it);
- 2013–2016 reports titled only ``2014年度报告`` or ``年度报告`` in the crawl's title column;
- 金融监管分局, 海关, 税务局 and 气象局 named by their stems;
- towns and streets whose names collide with counties or cities elsewhere (永安镇, 城厢镇, 太原街街道).

Conventions are those of the earlier sets (``tests/probe_hand15.py``): the issuer is the fullest name
the report or its container gives; a government's report signed by its office is the government's; a
district or county body takes its district or county; a town or street is ``township`` with its
county or district; a vertical body is ``department`` with the places its name gives; a development
zone's committee is ``city`` with its city. ``published`` is the crawl's date, else the date under the
signature, else ``None``; ``template`` is ``None``.

Batch A (section A) was written and labelled on main's code at 180a9f8 and scored before any fix; batch B
(section B) was written after batch A's fixes and scored before any further fix, to see whether they
generalise (figures in bench/README.md).

``python -m tests.probe_hand18`` rewrites ``tests/cases/probes18/``.

Example:
    >>> text, header, want = PROBES18["a-hn-yongan-2022-collision"]
    >>> want["province"], want["county"]
    ('湖南省', '浏阳市')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import K7, NO_APPEALS, NO_FEES, NO_OTHER, Part, lines, parts, text
from tests.probe_hand11 import six
from tests.probe_sets import LAW, CrawlRow, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes18"

PROBES18: dict[str, Probe] = {}

MID = "和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，编制本报告。"


def add(pid: str, content: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True, published: str | None = None) -> None:
    """Register a probe; expected kinds and titles are the parts'."""
    issuer, level, province, city, county, year = meta
    register(PROBES18, pid, content, header, issuer, level, province, city, county, year,
             [k for _, k, _, _ in ps], [t for _, _, _, t in ps], plans=plans)
    PROBES18[pid][2]["published"] = published
    PROBES18[pid][2]["template"] = None


def row(table: str, title: str, body: str, *, date: str = "", url: str = "") -> CrawlRow:
    """A crawl row: 标题, 发布日期, 网址, 正文."""
    return CrawlRow(table, (("标题", title), ("发布日期", date), ("网址", url or "http://www.example.gov.cn/xxgk/18.html"),
                            ("正文", body)))


def body(head: list[str], ps: list[Part], tail: list[str] | None = None) -> str:
    """A crawl row's text: one paragraph a line."""
    return "\n".join(lines(head, ps, tail))


def old7(overview: str, year: int, we: str, counts: tuple[int, int], problems: str) -> list[Part]:
    """The seven parts of the 2008 format (概述 … 其他需要报告的事项) with short bodies."""
    pro = f"{year}年，{we}主动公开政府信息{counts[0]}条。"
    req = f"{year}年，共受理政府信息公开申请{counts[1]}件，均已按时答复。"
    return parts([overview, pro, req, NO_FEES, NO_APPEALS, problems, NO_OTHER], kinds=K7,
                 titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "收费及减免情况",
                         "因政府信息公开申请行政复议、提起行政诉讼情况", "存在的问题及改进措施", "其他需要报告的事项"))


# ============================ A. batch A ============================

# 1. Jilin, a city commission 2022: a CSV row with a generic title; starts at 一、; 我委, the full name once in part 2
P = six("2022年，我委坚持以习近平新时代中国特色社会主义思想为指导，围绕项目审批和价格收费推进政务公开。", 2022,
        "四平市发展和改革委员会", (826, 6), "存在的主要问题是政策解读形式单一。2023年，我委将丰富图解、视频解读。")
add("a-jl-siping-fgw-2022-midrow", row("crawl-a.csv", "政府信息公开工作年度报告", body([], P), date="2023-01-19"), {},
    ("四平市发展和改革委员会", "department", "吉林省", "四平市", None, 2022), P, published="2023-01-19")

# 2. Liaoning, 铁岭县 (not 铁岭市) 2023: starts mid-preamble; signed by its office, name and date on one line
P = six("2023年，县政府围绕优化营商环境和乡村振兴推进政务公开，全面落实新修订的《条例》。", 2023, "县政府", (1532, 11),
        "存在的主要问题是部分乡镇公开不够及时。2024年，县政府将加强对乡镇的督导。")
add("a-ln-tielingxian-2023-oneline", row("crawl-a.csv", "2023年政府信息公开工作年度报告",
                                          body([MID], P, ["铁岭县人民政府办公室　2024年1月16日"]), date="2024-01-17"), {},
    ("铁岭县人民政府", "county", "辽宁省", "铁岭市", "铁岭县", 2023), P, published="2024-01-17")

# 3. Shanxi, a city's SASAC 2021 (its name contains 长治市人民政府): title line, 我委
P = six("2021年，长治市人民政府国有资产监督管理委员会深入贯彻《条例》，围绕国企改革推进政务公开。", 2021, "我委", (214, 1),
        "存在的主要问题是监管企业信息公开不够全面。2022年，我委将督促监管企业完善信息公开。")
add("a-sx-changzhi-gzw-2021-title", text(["长治市人民政府国有资产监督管理委员会2021年政府信息公开工作年度报告"], P), {},
    ("长治市人民政府国有资产监督管理委员会", "department", "山西省", "长治市", None, 2021), P)

# 4. Jiangxi, a county SASAC 2020: crawl title in the short form 县国资委; 本机关; signature over two lines
P = six("2020年，本机关认真贯彻落实《条例》，围绕国有资产监管和国企改革推进政务公开。", 2020, "本机关", (96, 0),
        "存在的主要问题是公开内容不够丰富。2021年，本机关将加强国企改革信息公开。")
add("a-jx-shangli-gzw-2020-twoline",
    row("crawl-b.jsonl", "上栗县国资委2020年政府信息公开工作年度报告",
        body([], P, ["上栗县人民政府国有资产监督管理委员会", "2021年1月25日"]), date="2021-01-26"), {},
    ("上栗县人民政府国有资产监督管理委员会", "department", "江西省", "萍乡市", "上栗县", 2020), P, published="2021-01-26")

# 5. Anhui, a city's Beijing office 2019: title 市政府驻京办, full name in 本报告由…编制
P = six("2019年，我办认真贯彻新修订的《条例》，围绕招商引资和服务在京企业推进政务公开。", 2019, "我办", (58, 0),
        "存在的主要问题是公开信息数量偏少。2020年，我办将加强招商活动信息公开。")
add("a-ah-hefei-zhujingban-2019",
    text(["合肥市政府驻京办2019年政府信息公开工作年度报告", "本报告由合肥市人民政府驻北京办事处编制。" + LAW + "现公布本年度报告。"], P),
    {}, ("合肥市人民政府驻北京办事处", "department", "安徽省", "合肥市", None, 2019), P)

# 6. Hunan, a city government's office reporting on itself 2022: 我办
P = six("2022年，株洲市人民政府办公室认真落实《条例》，做好市政府文件公开和政策解读工作。", 2022, "我办", (412, 3),
        "存在的主要问题是政策解读的质量有待提升。2023年，我办将加强解读材料审核。")
add("a-hn-zhuzhou-bangongshi-2022", text(["株洲市人民政府办公室2022年政府信息公开工作年度报告"], P, ["株洲市人民政府办公室", "2023年1月28日"]),
    {}, ("株洲市人民政府办公室", "department", "湖南省", "株洲市", None, 2022), P, published="2023-01-28")

# 7. Guangxi, a report co-signed by two city bureaus 2021: no title; 两局; both bodies in the signature
P = six("2021年，两局认真贯彻落实《条例》，围绕文化惠民和全民健身推进政务公开。", 2021, "两局", (388, 2),
        "存在的主要问题是公开栏目更新不够及时。2022年，两局将建立栏目定期维护制度。")
add("a-gx-wuzhou-cosigned-2021", row("crawl-a.csv", "2021年政府信息公开工作年度报告",
                                      body([], P, ["梧州市文化广电和旅游局　梧州市体育局", "2022年1月24日"]), date="2022-01-25"), {},
    ("梧州市文化广电和旅游局", "department", "广西壮族自治区", "梧州市", None, 2021), P, published="2022-01-25")

# 8. Hunan, a town of 浏阳市 2022 whose name is a Fujian city's (永安市): 我镇, the full name in the signature
P = six("2022年，我镇在市委、市政府的领导下，围绕乡村振兴推进基层政务公开。", 2022, "我镇", (164, 0),
        "存在的主要问题是村务公开栏更新不及时。2023年，我镇将规范村级公开。")
add("a-hn-yongan-2022-collision", text(["永安镇2022年政府信息公开工作年度报告"], P, ["浏阳市永安镇人民政府", "2023年1月12日"]), {},
    ("浏阳市永安镇人民政府", "township", "湖南省", "长沙市", "浏阳市", 2022), P, published="2023-01-12")

# 9. Guangxi, a town of 武鸣区 2023 named like Putian's 城厢区: crawl row, 我镇, signature one line
P = six("2023年，我镇坚持以人民为中心，围绕民生事项推进基层政务公开标准化规范化。", 2023, "我镇", (142, 1),
        "存在的主要问题是公开形式单一。2024年，我镇将利用微信群推送公开信息。")
add("a-gx-chengxiang-2023-collision", row("crawl-b.jsonl", "城厢镇2023年政府信息公开工作年度报告",
                                           body([], P, ["南宁市武鸣区城厢镇人民政府 2024年1月10日"]), date="2024-01-11"), {},
    ("南宁市武鸣区城厢镇人民政府", "township", "广西壮族自治区", "南宁市", "武鸣区", 2023), P, published="2024-01-11")

# 10. Liaoning, a street of Shenyang's 和平区 2021 named 太原街 (太原 is Shanxi's capital)
P = six("2021年，太原街街道办事处在和平区委、区政府的领导下，推进基层政务公开。", 2021, "我街道", (203, 2),
        "存在的主要问题是社区公开不够规范。2022年，我街道将制定社区公开清单。")
add("a-ln-taiyuanjie-2021-street", text(["沈阳市和平区太原街街道办事处2021年政府信息公开工作年度报告"], P), {},
    ("沈阳市和平区太原街街道办事处", "township", "辽宁省", "沈阳市", "和平区", 2021), P)

# 11. Jilin, customs by its stem 2020: crawl title 长春海关, 我关
P = six("2020年，我关坚持以习近平新时代中国特色社会主义思想为指导，围绕促进外贸稳增长推进政务公开。", 2020, "长春海关", (276, 4),
        "存在的主要问题是政策解读针对性不强。2021年，我关将加强对企业的政策宣讲。")
add("a-jl-changchun-haiguan-2020", row("crawl-a.csv", "长春海关2020年政府信息公开工作年度报告", body([], P), date="2021-01-22"), {},
    ("长春海关", "department", "吉林省", "长春市", None, 2020), P, published="2021-01-22")

# 12. Inner Mongolia, customs by its stem 2023 with a title line
P = six("2023年，呼和浩特海关认真贯彻落实《条例》，围绕口岸营商环境推进政务公开。", 2023, "我关", (318, 6),
        "存在的主要问题是公开信息的可读性有待提高。2024年，我关将增加图解解读。")
add("a-nm-huhehaote-haiguan-2023", text(["呼和浩特海关2023年政府信息公开工作年度报告"], P), {},
    ("呼和浩特海关", "department", "内蒙古自治区", "呼和浩特市", None, 2023), P)

# 13. Yunnan, a financial regulator's branch 2024 named 红河金融监管分局 in the title; the full name signs
P = six("2024年，我分局认真贯彻落实《条例》，围绕金融消费者权益保护推进政务公开。", 2024, "我分局", (152, 3),
        "存在的主要问题是行政处罚信息公开的及时性有待提高。2025年，我分局将缩短公开时限。")
add("a-yn-honghe-jinrong-2024", text(["红河金融监管分局2024年政府信息公开工作年度报告"], P,
                                     ["国家金融监督管理总局红河监管分局", "2025年1月20日"]), {},
    ("国家金融监督管理总局红河监管分局", "department", "云南省", "红河哈尼族彝族自治州", None, 2024), P, published="2025-01-20")

# 14. Jilin, 延边金融监管分局 2023 in a crawl row: 我分局, the full name in 本报告由…编制
P = six("2023年，我分局按照上级部署推进政务公开，做好机构改革期间的信息公开衔接。", 2023, "我分局", (97, 1),
        "存在的主要问题是机构改革后公开目录尚待完善。2024年，我分局将完善公开目录。")
add("a-jl-yanbian-jinrong-2023", row("crawl-b.jsonl", "延边金融监管分局2023年政府信息公开工作年度报告",
                                      body(["本报告由国家金融监督管理总局延边监管分局编制。" + LAW + "现公布本年度报告。"], P),
                                      date="2024-01-30"), {},
    ("国家金融监督管理总局延边监管分局", "department", "吉林省", "延边朝鲜族自治州", None, 2023), P, published="2024-01-30")

# 15. Xinjiang, a city tax bureau 2021 (伊宁市, not 伊宁县): the title's stem, the full name signs
P = six("2021年，我局认真贯彻落实《条例》，围绕减税降费推进政务公开。", 2021, "我局", (245, 2),
        "存在的主要问题是涉税信息公开的针对性不强。2022年，我局将分行业推送政策。")
add("a-xj-yining-shuiwu-2021", text(["伊宁市税务局2021年政府信息公开工作年度报告"], P, ["国家税务总局伊宁市税务局", "2022年1月18日"]), {},
    ("国家税务总局伊宁市税务局", "department", "新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市", 2021), P, published="2022-01-18")

# 16. Jiangxi, a district tax bureau 2022 of 广信区 (the former 上饶县): crawl row, 我局, full name in part 2
P = six("2022年，我局坚持依法行政，围绕组合式税费支持政策推进政务公开。", 2022, "国家税务总局上饶市广信区税务局", (188, 1),
        "存在的主要问题是政策解读不够通俗。2023年，我局将制作政策问答。")
add("a-jx-guangxin-shuiwu-2022", row("crawl-a.csv", "政府信息公开工作年度报告", body([], P), date="2023-01-29"), {},
    ("国家税务总局上饶市广信区税务局", "department", "江西省", "上饶市", "广信区", 2022), P, published="2023-01-29")

# 17. Inner Mongolia, a city weather bureau 2020: 我局; full name once in the overview
P = six("2020年，通辽市气象局认真贯彻落实《条例》，围绕气象防灾减灾推进政务公开。", 2020, "我局", (134, 0),
        "存在的主要问题是预警信息公开渠道不够多。2021年，我局将拓展预警发布渠道。")
add("a-nm-tongliao-qixiang-2020", row("crawl-b.jsonl", "2020年政府信息公开工作年度报告", body([MID.replace("和《", "《")], P),
                                       date="2021-01-15"), {},
    ("通辽市气象局", "department", "内蒙古自治区", "通辽市", None, 2020), P, published="2021-01-15")

# 18. Hunan, a county weather bureau 2019: signature one line
P = six("2019年，我局认真贯彻新修订的《条例》，推进气象政务公开。", 2019, "我局", (76, 0),
        "存在的主要问题是公开内容不够丰富。2020年，我局将加强气候信息公开。")
add("a-hn-qidong-qixiang-2019", text([], P, ["祁东县气象局　2020年1月15日"]), {},
    ("祁东县气象局", "department", "湖南省", "衡阳市", "祁东县", 2019), P, published="2020-01-15")

# 19. Shanxi, a city government 2014 in a crawl row titled 2014年度报告 (2008 format)
P = old7("2014年，晋城市人民政府认真贯彻落实《条例》，不断深化政府信息公开工作。", 2014, "市政府", (3216, 28),
         "存在的问题是部分单位公开不够及时。2015年，市政府将加强督查考核。")
add("a-sx-jincheng-2014-yearonly", row("crawl-a.csv", "2014年度报告", body([], P), date="2015-03-20"), {},
    ("晋城市人民政府", "city", "山西省", "晋城市", None, 2014), P, published="2015-03-20")

# 20. Anhui, a county government 2015 in a crawl row titled 年度报告: 县政府; the full name in the signature
P = old7("2015年，县政府认真贯彻落实《条例》，推进政府信息公开。", 2015, "县政府", (1842, 7),
         "存在的问题是公开内容不够全面。2016年，县政府将拓展公开领域。")
add("a-ah-susong-2015-nianduonly", row("crawl-b.jsonl", "年度报告", body([], P, ["宿松县人民政府", "2016年3月25日"]),
                                        date="2016-03-28"), {},
    ("宿松县人民政府", "county", "安徽省", "安庆市", "宿松县", 2015), P, published="2016-03-28")

# 21. Hunan, a county-level city's bureau 2016 titled 2016年度报告; 本报告由汨罗市民政局编制
P = old7("2016年，我局认真贯彻落实《条例》，推进民政信息公开。", 2016, "我局", (186, 2),
         "存在的问题是公开形式单一。2017年，我局将加强网站公开。")
add("a-hn-miluo-minzheng-2016", row("crawl-a.csv", "2016年度报告",
                                     body(["本报告由汨罗市民政局编制。" + LAW + "现公布本年度报告。"], P), date="2017-03-10"), {},
    ("汨罗市民政局", "department", "湖南省", "岳阳市", "汨罗市", 2016), P, published="2017-03-10")

# 22. Yunnan, a city bureau 2023: 本报告由市生态环境局编制 (short form); the full name once in part 2
P = six("2023年，我局围绕污染防治攻坚推进生态环境信息公开。", 2023, "玉溪市生态环境局", (468, 5),
        "存在的主要问题是环评信息公开的及时性不够。2024年，我局将缩短环评公示时限。")
add("a-yn-yuxi-sthj-2023-shortbian", row("crawl-b.jsonl", "2023年政府信息公开工作年度报告",
                                          body(["本报告由市生态环境局编制。" + LAW + "现公布本年度报告。"], P), date="2024-01-26"), {},
    ("玉溪市生态环境局", "department", "云南省", "玉溪市", None, 2023), P, published="2024-01-26")

# 23. Inner Mongolia, a district government's office reporting on itself 2021 (赤峰市红山区人民政府办公室)
P = six("2021年，我办认真贯彻《条例》，做好区政府文件公开和政策解读工作。", 2021, "我办", (196, 1),
        "存在的主要问题是解读的及时性不够。2022年，我办将同步起草解读材料。")
add("a-nm-hongshan-bangongshi-2021", text(["赤峰市红山区人民政府办公室2021年政府信息公开工作年度报告"], P), {},
    ("赤峰市红山区人民政府办公室", "department", "内蒙古自治区", "赤峰市", "红山区", 2021), P)

# 24. Inner Mongolia, a banner 2023: starts at 一、; 旗政府; signature over two lines
P = six("2023年，旗政府围绕生态保护和乡村振兴推进政务公开。", 2023, "旗政府", (1288, 6),
        "存在的主要问题是苏木镇公开不够规范。2024年，旗政府将加强业务培训。")
add("a-nm-keyouqianqi-2023-twoline", row("crawl-a.csv", "2023年政府信息公开工作年度报告",
                                          body([], P, ["科尔沁右翼前旗人民政府", "2024年1月22日"]), date="2024-01-23"), {},
    ("科尔沁右翼前旗人民政府", "county", "内蒙古自治区", "兴安盟", "科尔沁右翼前旗", 2023), P, published="2024-01-23")

# 25. Xinjiang, a county-level city 2022 (昌吉市 in 昌吉回族自治州): 市政府
P = six("2022年，市政府认真贯彻落实《条例》，围绕稳就业保民生推进政务公开。", 2022, "市政府", (1564, 9),
        "存在的主要问题是部分部门公开不及时。2023年，市政府将加强考核。")
add("a-xj-changji-shi-2022", text(["昌吉市2022年政府信息公开工作年度报告"], P, ["昌吉市人民政府", "2023年1月30日"]), {},
    ("昌吉市人民政府", "county", "新疆维吾尔自治区", "昌吉回族自治州", "昌吉市", 2022), P, published="2023-01-30")

# 26. Anhui, a district renamed 2020 (湾沚区, the former 芜湖县) 2021: 区政府; signed by its office on one line
P = six("2021年，区政府认真贯彻落实《条例》，推进政务公开。", 2021, "区政府", (1024, 4),
        "存在的主要问题是基层公开不够规范。2022年，区政府将推进基层公开标准化。")
add("a-ah-wanzhi-2021-office", row("crawl-b.jsonl", "2021年政府信息公开工作年度报告",
                                    body([MID], P, ["芜湖市湾沚区人民政府办公室　2022年1月21日"]), date="2022-01-21"), {},
    ("芜湖市湾沚区人民政府", "district", "安徽省", "芜湖市", "湾沚区", 2021), P, published="2022-01-21")

# 27. Jilin, a township of 吉林市丰满区 2022: 我乡; signature and date on one line
P = six("2022年，我乡在区委、区政府的领导下，推进基层政务公开。", 2022, "我乡", (88, 0),
        "存在的主要问题是村务公开不够规范。2023年，我乡将规范村务公开。")
add("a-jl-jiangnanxiang-2022-oneline", text(["江南乡2022年政府信息公开工作年度报告"], P, ["丰满区江南乡人民政府 2023年1月10日"]), {},
    ("丰满区江南乡人民政府", "township", "吉林省", "吉林市", "丰满区", 2022), P, published="2023-01-10")

# 28. Hunan, a prefecture 2019 titled by its short form 湘西州: 州政府; the full name in the overview
P = six("2019年，湘西土家族苗族自治州人民政府认真贯彻新修订的《条例》，推进政务公开。", 2019, "州政府", (2864, 17),
        "存在的主要问题是县市公开不够均衡。2020年，州政府将加强督导。")
add("a-hn-xiangxi-2019-short", row("crawl-a.csv", "湘西州2019年政府信息公开工作年度报告", body([], P), date="2020-01-31"), {},
    ("湘西土家族苗族自治州人民政府", "city", "湖南省", "湘西土家族苗族自治州", None, 2019), P, published="2020-01-31")

# 29. Guangxi, the region's SASAC 2020: title 自治区国资委; 我委; the full name in the signature
P = six("2020年，我委认真贯彻《条例》，围绕国资国企改革推进政务公开。", 2020, "我委", (322, 2),
        "存在的主要问题是企业信息公开不够全面。2021年，我委将推动企业信息公开。")
add("a-gx-gzw-2020-short", text(["自治区国资委2020年政府信息公开工作年度报告"], P,
                                ["广西壮族自治区人民政府国有资产监督管理委员会", "2021年1月29日"]), {},
    ("广西壮族自治区人民政府国有资产监督管理委员会", "department", "广西壮族自治区", None, None, 2020), P, published="2021-01-29")

# 30. Jiangxi, a development zone's committee 2022: title 南昌经开区, full name in the signature
P = six("2022年，管委会认真贯彻落实《条例》，围绕招商引资和营商环境推进政务公开。", 2022, "管委会", (642, 3),
        "存在的主要问题是公开内容不够全面。2023年，管委会将拓展公开领域。")
add("a-jx-nanchang-jingkai-2022", text(["南昌经开区2022年政府信息公开工作年度报告"], P, ["南昌经济技术开发区管理委员会", "2023年1月20日"]), {},
    ("南昌经济技术开发区管理委员会", "city", "江西省", "南昌市", None, 2022), P, published="2023-01-20")


# ============================ B. batch B: written after batch A's fixes, scored before any further fix ============================

# 1. Shanxi, a city's foreign affairs office 2022: title 市政府外办; the full name signs
P = six("2022年，我办认真贯彻落实《条例》，围绕对外交流推进政务公开。", 2022, "我办", (64, 0),
        "存在的主要问题是公开信息数量偏少。2023年，我办将加强外事服务信息公开。")
add("b-sx-datong-waiban-2022", text(["大同市政府外办2022年政府信息公开工作年度报告"], P, ["大同市人民政府外事办公室", "2023年1月16日"]), {},
    ("大同市人民政府外事办公室", "department", "山西省", "大同市", None, 2022), P, published="2023-01-16")

# 2. Jilin, a city's office in the provincial capital 2021: title 驻长春办; 本报告由…编制
P = six("2021年，我办认真贯彻《条例》，围绕服务在长企业推进政务公开。", 2021, "我办", (41, 0),
        "存在的主要问题是公开内容不够丰富。2022年，我办将加强工作动态公开。")
add("b-jl-baishan-zhuchangban-2021",
    row("crawl-c.jsonl", "白山市政府驻长春办2021年政府信息公开工作年度报告",
        body(["本报告由白山市人民政府驻长春办事处编制。" + LAW + "现公布本年度报告。"], P), date="2022-01-27"), {},
    ("白山市人民政府驻长春办事处", "department", "吉林省", "白山市", None, 2021), P, published="2022-01-27")

# 3. Liaoning, 盘锦金融监管分局 2024: signature over two lines
P = six("2024年，我分局认真贯彻落实《条例》，围绕防范化解金融风险推进政务公开。", 2024, "我分局", (118, 2),
        "存在的主要问题是政策解读形式单一。2025年，我分局将增加图解。")
add("b-ln-panjin-jinrong-2024", text(["盘锦金融监管分局2024年政府信息公开工作年度报告"], P,
                                     ["国家金融监督管理总局盘锦监管分局", "2025年1月22日"]), {},
    ("国家金融监督管理总局盘锦监管分局", "department", "辽宁省", "盘锦市", None, 2024), P, published="2025-01-22")

# 4. Hunan, a county-level city's tax bureau 2023: title 浏阳市税务局, crawl row, signature one line
P = six("2023年，我局围绕优化税收营商环境推进政务公开。", 2023, "我局", (206, 1),
        "存在的主要问题是政策推送不够精准。2024年，我局将分类推送政策。")
add("b-hn-liuyang-shuiwu-2023", row("crawl-c.jsonl", "浏阳市税务局2023年政府信息公开工作年度报告",
                                     body([], P, ["国家税务总局浏阳市税务局　2024年1月18日"]), date="2024-01-19"), {},
    ("国家税务总局浏阳市税务局", "department", "湖南省", "长沙市", "浏阳市", 2023), P, published="2024-01-19")

# 5. Anhui, customs by its stem 2022 in a crawl row: 我关
P = six("2022年，我关认真贯彻落实《条例》，围绕促进外贸保稳提质推进政务公开。", 2022, "我关", (142, 1),
        "存在的主要问题是企业关注的信息公开不够及时。2023年，我关将加快公开。")
add("b-ah-wuhu-haiguan-2022", row("crawl-c.jsonl", "芜湖海关2022年政府信息公开工作年度报告", body([MID], P), date="2023-01-30"), {},
    ("芜湖海关", "department", "安徽省", "芜湖市", None, 2022), P, published="2023-01-30")

# 6. Yunnan, two city bureaus co-sign on one line (a half-width space) 2022: no title
P = six("2022年，两局认真贯彻落实《条例》，围绕就业和医保推进政务公开。", 2022, "两局", (512, 4),
        "存在的主要问题是政策解读不够通俗。2023年，两局将制作政策问答。")
add("b-yn-puer-cosigned-2022", row("crawl-c.jsonl", "2022年政府信息公开工作年度报告",
                                    body([], P, ["普洱市人力资源和社会保障局 普洱市医疗保障局", "2023年1月19日"]), date="2023-01-20"), {},
    ("普洱市人力资源和社会保障局", "department", "云南省", "普洱市", None, 2022), P, published="2023-01-20")

# 7. Guangxi, a high-tech zone's committee 2022: title 北海高新区; the full name signs
P = six("2022年，管委会认真贯彻落实《条例》，围绕产业发展推进政务公开。", 2022, "管委会", (356, 2),
        "存在的主要问题是公开内容不够全面。2023年，管委会将拓展公开领域。")
add("b-gx-beihai-gaoxin-2022", text(["北海高新区2022年政府信息公开工作年度报告"], P, ["北海高新技术产业开发区管理委员会", "2023年1月18日"]), {},
    ("北海高新技术产业开发区管理委员会", "city", "广西壮族自治区", "北海市", None, 2022), P, published="2023-01-18")

# 8. Jiangxi, a county SASAC 2021: title 县国资委; signature the full name, one line
P = six("2021年，本机关认真贯彻《条例》，推进国资监管信息公开。", 2021, "本机关", (72, 0),
        "存在的主要问题是公开内容不够丰富。2022年，本机关将加强国企信息公开。")
add("b-jx-anfu-gzw-2021", text(["安福县国资委2021年政府信息公开工作年度报告"], P, ["安福县人民政府国有资产监督管理委员会　2022年1月21日"]), {},
    ("安福县人民政府国有资产监督管理委员会", "department", "江西省", "吉安市", "安福县", 2021), P, published="2022-01-21")

# 9. Inner Mongolia, a league's weather bureau 2020: 本报告由锡林郭勒盟气象局编制 in a crawl row
P = six("2020年，我局认真贯彻落实《条例》，围绕牧区气象服务推进政务公开。", 2020, "我局", (98, 0),
        "存在的主要问题是公开渠道较少。2021年，我局将拓展公开渠道。")
add("b-nm-xilinguole-qixiang-2020", row("crawl-c.jsonl", "2020年政府信息公开工作年度报告",
                                         body(["本报告由锡林郭勒盟气象局编制。" + LAW + "现公布本年度报告。"], P), date="2021-01-20"), {},
    ("锡林郭勒盟气象局", "department", "内蒙古自治区", "锡林郭勒盟", None, 2020), P, published="2021-01-20")

# 10. Xinjiang, a tax bureau named in full only in part 2 2022: 我局, generic crawl title
P = six("2022年，我局坚持依法治税，围绕减税降费推进政务公开。", 2022, "国家税务总局奎屯市税务局", (164, 1),
        "存在的主要问题是涉税信息公开不够及时。2023年，我局将缩短公开时限。")
add("b-xj-kuitun-shuiwu-2022", row("crawl-c.jsonl", "政府信息公开工作年度报告", body([], P), date="2023-01-28"), {},
    ("国家税务总局奎屯市税务局", "department", "新疆维吾尔自治区", "伊犁哈萨克自治州", "奎屯市", 2022), P, published="2023-01-28")

# 11. Hunan, a county 2015 in a crawl row titled 年度报告, signed by its office over two lines (2008 format)
P = old7("2015年，县政府认真贯彻落实《条例》，推进政府信息公开。", 2015, "县政府", (1436, 5),
         "存在的问题是部分单位公开不及时。2016年，县政府将加强督查。")
add("b-hn-sangzhi-2015-nianduonly", row("crawl-c.jsonl", "年度报告", body([], P, ["桑植县人民政府办公室", "2016年3月18日"]),
                                         date="2016-03-21"), {},
    ("桑植县人民政府", "county", "湖南省", "张家界市", "桑植县", 2015), P, published="2016-03-21")

# 12. Anhui, a town of 肥西县 named like Hebei's 三河市 2023: 我镇; signature one line
P = six("2023年，我镇在县委、县政府的领导下，围绕古镇保护推进基层政务公开。", 2023, "我镇", (176, 1),
        "存在的主要问题是村务公开不够规范。2024年，我镇将规范村务公开。")
add("b-ah-sanhe-2023-collision", text(["三河镇2023年政府信息公开工作年度报告"], P, ["肥西县三河镇人民政府 2024年1月9日"]), {},
    ("肥西县三河镇人民政府", "township", "安徽省", "合肥市", "肥西县", 2023), P, published="2024-01-09")


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES18, out)


if __name__ == "__main__":
    write()
