"""Test utility: the eleventh held-out probe set ``tests/cases/probes11`` (issue 10, items 1, 3 and
6: metadata and sections on reports as the rest of the country writes them), written and labelled
by hand before textmine read it, in shapes the earlier sets (``tests/probe_hand2.py`` …
``tests/probe_hand10.py``) do not cover or cover only once:

- crawl rows whose title column is generic (``年度报告``, ``2024年报``, ``政府信息公开工作年度报告``,
  ``年报``) or empty, whose text starts with the preamble, with ``一、总体情况`` or with a breadcrumb
  line (``首页 > 政务公开 > …``), the issuer named only in a signature block, in ``本报告由X编制`` or
  by a short form (州民政局, 县教委, 我局); the publication date in the row's column or under the
  signature;
- the report of a government published or signed by its office (the government is the issuer,
  its 办公室 only compiles it): a ``发布机构`` column, a signature, ``本报告由…办公室负责编制``;
- bodies of every kind of division: 自治州 short forms (湘西州, 恩施州, 果洛州), 盟 and 旗
  departments (科右前旗 for 科尔沁右翼前旗), 地区 and 行政公署, 神农架林区 and 潜江市 departments,
  六枝特区 (a 特区, in the district range of the division codes), 兵团 divisions, districts and
  counties of the four municipalities and their departments (和平区 of 天津 beside 沈阳's),
  雄安新区 and 两江新区 committees, 东湖新技术开发区, customs under a customs district, a tax
  稽查局, a county meteorological bureau, national bureaus created 2021–2023 (国家疾控局,
  国家数据局, 国家消防救援局, 金融监管总局), the foreign-exchange and securities regulators and their
  provincial offices, provincial departments named only by abbreviations (省发展改革委, 省卫生健康委,
  省市场监管局, 省住建厅, 市人社局);
- sections: ``第一部分：`` headings, ``<strong>`` headings without numbers in the 2021 format, a
  report flattened to one line with custom run-in headings (三、依法实施政府信息依申请公开在厅门户网站…),
  a heading cut over two lines (``五、存在的主要问题和`` / ``改进情况``), an ideographic space after
  the number, a preamble naming the six parts, combined problems-and-plans parts with
  ``（一）存在的主要问题`` ``（二）改进措施`` sub-heads, plans stated in 今后/下一步/2025年将/我们将
  sentences, problems without plans, a report split over two crawl rows.

Conventions are those of the earlier sets (see ``tests/probe_hand10.py``): the issuer is the
fullest name the report or its container gives; a 管委会 is ``city`` level with its city (none for
雄安新区, which no prefecture holds); a body of a province-administered county-level unit (神农架林区,
潜江市) has no city; national bodies have no places. ``published`` is the ISO date of publication
where the report (a crawl column, an info line or the date under the signature) states one.

Split reports: a crawl that stores one report in two rows is read as two documents. Each row is
labelled as what it is (its title names the body and year; the second row holds only the last
parts): textmine must not invent the missing parts, and a corpus user joins rows by URL first.

All probes were written and labelled before textmine read any of them: 1–64 (sections A–D, batch A)
on main's code, 65–88 (section E, batch B) after batch A's fixes, 89–104 (section F, batch C) after
batch B's fixes, 105–120 (section G, batch D: provincial departments and county bureaus crawled,
2013–2020, the 2008-era preamble) after batch C was scored, 121–126 (section H, batch E: whole
crawled reports with their statistics tables flattened, one cell a line, in CR runs or pipes) after
batch D's fix, each scored before any further fix.

``python -m tests.probe_hand11`` rewrites ``tests/cases/probes11/``; the tests and
``bench/probe_meta.py --set probes11`` read those files.

Example:
    >>> text, header, want = PROBES11["c-hun-xiangxi-mzj-2023-short"]
    >>> want["city"], want["admin_level"]
    ('湘西土家族苗族自治州', 'department')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import CN, T6, Part, blocks, cms_page, crawl, lines, parts, text
from tests.probe_sets import LAW, Docx, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes11"

PROBES11: dict[str, Probe] = {}

NONE_APPEALS = "本年度未发生政府信息公开行政复议、行政诉讼案件。"
NONE_OTHER = "本年度未收取信息处理费，无其他需要报告的事项。"


def add(pid: str, content: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True, published: str | None = None) -> None:
    """Register a probe; expected kinds and titles are the parts'; ``published`` the ISO date."""
    issuer, level, province, city, county, year = meta
    register(PROBES11, pid, content, header, issuer, level, province, city, county, year,
             [k for _, k, _, _ in ps], [t for _, _, _, t in ps], plans=plans)
    PROBES11[pid][2]["published"] = published


def six(overview: str | list[str], year: int, we: str, counts: tuple[int, int], problems: str, *,
        appeals: str = NONE_APPEALS, other: str = NONE_OTHER, **kw: Any) -> list[Part]:
    """The six parts of the 2021 format with short bodies: ``we`` is how the body names itself."""
    pro = f"{year}年，{we}主动公开政府信息{counts[0]}条，其中规范性文件{max(counts[0] // 200, 1)}件。"
    req = f"本年新收政府信息公开申请{counts[1]}件，上年结转0件，办结{counts[1]}件，均在法定期限内答复。"
    return parts([overview, pro, req, appeals, problems, other], **kw)


def flat(head: list[str], ps: list[Part], tail: list[str] | None = None, sep: str = "") -> str:
    """A report flattened to one line: every heading runs into its first paragraph."""
    return sep.join(lines(head, ps, tail))


def row(table: str, title: str, body: str, *, date: str = "", url: str = "", issuer: str | None = None) -> Any:
    """A crawl row: 标题, 发布时间, optionally 发布机构, 链接, 正文."""
    cols = [("标题", title), ("发布时间", date)]
    if issuer is not None:
        cols.append(("发布机构", issuer))
    return crawl(table, [*cols, ("链接", url or "http://www.example.gov.cn/zwgk/1.html"), ("正文", body)])


# ============================ A. crawl rows with generic or empty titles ============================

# 1. Anhui, a provincial commission 2023: title 年度报告; text starts with the preamble; 省发展改革委
P = six(["2023年，省发展改革委坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》。",
         "（一）主动公开。围绕重大项目、价格收费等重点领域加大公开力度。"], 2023, "我委", (1860, 14),
        "存在的主要问题是政策解读的针对性不强。下一步，我委将围绕企业关切开展多形式解读。")
add("a-ah-fgw-2023-generic",
    row("crawl-a.csv", "年度报告", "\n".join([LAW + "编制本报告。", *lines([], P), "安徽省发展和改革委员会", "2024年1月22日"]),
        date="2024-01-22", url="http://fzggw.ah.gov.cn/public/7041/1.html"),
    {}, ("安徽省发展和改革委员会", "department", "安徽省", None, None, 2023), P, published="2024-01-22")

# 2. Hubei, an autonomous prefecture's government 2024: title 2024年报; 恩施州 in the body, the full name under it
P = six("2024年，恩施州人民政府深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署。", 2024, "州政府", (5120, 46),
        "存在的主要问题是基层公开标准化还有差距。2025年，我州将推进基层政务公开标准目录动态调整。")
add("a-hub-enshi-2024-nianbao",
    row("crawl-a.jsonl", "2024年报", "\n".join([*lines([], P), "恩施土家族苗族自治州人民政府", "2025年1月20日"]),
        date="2025-01-21"),
    {}, ("恩施土家族苗族自治州人民政府", "city", "湖北省", "恩施土家族苗族自治州", None, 2024), P, published="2025-01-21")

# 3. Sichuan, a provincial department 2022: empty title; a breadcrumb line first; 本报告由…办公室编制
P = six("2022年，我厅坚持以人民为中心的发展思想，围绕就业、社保、人才等重点领域推进政务公开。", 2022, "我厅", (2240, 58),
        "一是政策解读形式不够丰富；二是基层公开不够规范。下一步，我厅将加强业务指导和培训。")
add("a-sc-rst-2022-emptytitle",
    row("crawl-a.csv", "", "\n".join(["首页 > 政务公开 > 政府信息公开年报 > 年度报告",
                                      "本报告由四川省人力资源和社会保障厅办公室根据《中华人民共和国政府信息公开条例》要求编制。",
                                      *lines([], P)]), date="2023-01-29"),
    {}, ("四川省人力资源和社会保障厅", "department", "四川省", None, None, 2022), P, published="2023-01-29")

# 4. Gansu, a prefecture bureau 2023: title without body or year; 州民政局; the full name in the signature
P = six("2023年，州民政局认真落实政务公开各项要求，重点做好社会救助、养老服务等信息公开。", 2023, "州民政局", (386, 3),
        "存在的问题是信息更新不够及时。今后，我局将建立信息发布定期检查机制。")
add("a-gs-linxia-mzj-2023-generic",
    row("crawl-a.csv", "政府信息公开工作年度报告", "\n".join([*lines([], P), "临夏回族自治州民政局", "2024年1月18日"]),
        date="2024-01-19"),
    {}, ("临夏回族自治州民政局", "department", "甘肃省", "临夏回族自治州", None, 2023), P, published="2024-01-19")

# 5. Beijing, a district bureau 2023: title 2023年度报告; text starts with 一、总体情况
P = six("2023年，北京市朝阳区市场监督管理局持续深化政务公开，围绕食品安全、企业登记等重点领域公开信息。", 2023,
        "我局", (3460, 212), "存在的主要问题是依申请公开答复质量有待提升。下一步，我局将规范答复文书，加强法律审核。")
add("a-bj-chaoyang-scjg-2023-niandu",
    row("crawl-a.jsonl", "2023年度报告", "\n".join(lines([], P)), date="2024-01-25"),
    {}, ("北京市朝阳区市场监督管理局", "department", "北京市", "北京市", "朝阳区", 2023), P, published="2024-01-25")

# 6. Inner Mongolia, a banner bureau 2024: title 年报; 我局; 本报告由…负责编制 at the end
P = six("2024年，我局坚持公开为常态、不公开为例外，围绕自然资源管理重点工作推进政务公开。", 2024, "我局", (420, 6),
        "存在的问题是政策解读较少。2025年，我局将围绕国土空间规划、耕地保护等工作加强政策解读。")
add("a-nmg-etuoke-zrj-2024-nianbao",
    row("crawl-a.csv", "年报", "\n".join([*lines([], P), "本报告由鄂托克旗自然资源局负责编制。"]), date="2025-01-24"),
    {}, ("鄂托克旗自然资源局", "department", "内蒙古自治区", "鄂尔多斯市", "鄂托克旗", 2024), P, published="2025-01-24")

# 7. Xinjiang, a prefecture (地区) bureau 2022: empty title, a breadcrumb line, then the title line
P = six("2022年，和田地区教育局认真贯彻落实《条例》，推进教育领域政务公开。", 2022, "我局", (610, 4),
        "存在的问题是公开内容不够全面。下一步，我局将进一步完善教育信息公开目录。")
add("a-xj-hetian-jyj-2022-crumb",
    row("crawl-a.jsonl", "", "\n".join(["首页 > 信息公开 > 法定主动公开内容 > 政府信息公开年报",
                                       "和田地区教育局2022年政府信息公开工作年度报告", *lines([], P)])),
    {}, ("和田地区教育局", "department", "新疆维吾尔自治区", "和田地区", None, 2022), P)

# 8. Chongqing, a county's education commission 2023: 县教委 in the body, the full name in the signature
P = six("2023年，县教委坚持以人民为中心，围绕招生入学、教育收费等群众关心的事项推进公开。", 2023, "县教委", (712, 9),
        "存在的主要问题是学校信息公开不够均衡。下一步，县教委将加强对学校信息公开工作的指导。")
add("a-cq-chengkou-jw-2023-signonly",
    row("crawl-a.csv", "2023年政府信息公开工作年度报告", "\n".join([*lines([], P), "重庆市城口县教育委员会", "2024年1月15日"]),
        date="2024-01-16"),
    {}, ("重庆市城口县教育委员会", "department", "重庆市", "重庆市", "城口县", 2023), P, published="2024-01-16")

# 9. Hebei, the Xiong'an new area committee 2023: title 年度报告（2023年）; 雄安新区管委会 in the body
P = six("2023年，雄安新区管委会坚持高标准高质量推进政务公开，围绕疏解承接、规划建设等重点工作公开信息。", 2023,
        "管委会", (2380, 31), "存在的问题是政策解读的精准度有待提高。下一步，我们将围绕疏解政策加强解读。")
add("a-hb-xiongan-2023-generic",
    row("crawl-a.jsonl", "年度报告（2023年）", "\n".join([*lines([], P), "河北雄安新区管理委员会", "2024年1月"])),
    {}, ("河北雄安新区管理委员会", "city", "河北省", None, None, 2023), P)

# 10. Guizhou, a 特区 2022: the preamble names the place only; the signature the government
P = six("2022年，特区政府认真贯彻落实《条例》，加强组织领导，完善工作机制。", 2022, "特区政府", (1630, 7),
        "存在的问题是基层公开栏目更新不及时。下一步，我们将加强对乡镇（街道）的督促指导。")
add("a-gz-liuzhi-2022-sign",
    row("crawl-a.csv", "2022年政府信息公开年报", "\n".join([LAW + "现将六枝特区2022年度政府信息公开工作情况报告如下。",
                                                        *lines([], P), "六盘水市六枝特区人民政府", "2023年1月30日"]),
        date="2023-01-30"),
    {}, ("六盘水市六枝特区人民政府", "district", "贵州省", "六盘水市", "六枝特区", 2022), P, published="2023-01-30")

# ============================ B. a government's report published by its office ============================

# 11. Henan, a county 2023: the 发布机构 column is the office; the report is the county government's
P = six("2023年，县政府坚持把政务公开作为建设法治政府的重要抓手，统筹推进全县政务公开工作。", 2023, "县政府",
        (3120, 18), "存在的主要问题是部分乡镇公开质量不高。2024年，我县将加强对乡镇的业务培训和考核。")
add("b-hen-gushi-2023-publisher",
    row("crawl-b.csv", "固始县人民政府2023年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2024-01-26",
        issuer="固始县人民政府办公室"),
    {}, ("固始县人民政府", "county", "河南省", "信阳市", "固始县", 2023), P, published="2024-01-26")

# 12. Hunan, a county-level city 2024: the title names the place only; the office signs
P = six("2024年，醴陵市坚持以公开促落实、以公开强监管，全面推进政务公开标准化规范化。", 2024, "市政府",
        (2870, 25), "存在的主要问题是政策解读形式单一。2025年，我市将更多运用图解、视频等形式开展解读。")
add("b-hun-liling-2024-officesign",
    text(["醴陵市2024年政府信息公开工作年度报告"], P, ["醴陵市人民政府办公室", "2025年1月24日"]),
    {}, ("醴陵市人民政府", "county", "湖南省", "株洲市", "醴陵市", 2024), P, published="2025-01-24")

# 13. Guangxi, a city 2023: no title line; the office named as compiler; 全市
P = six("2023年，梧州市人民政府办公室在市委、市政府的坚强领导下，统筹推进全市政务公开工作，政府透明度进一步提升。",
        2023, "市政府门户网站", (6240, 73), "存在的问题是部分县（市、区）公开不够规范。下一步，我市将加强督促检查。")
add("b-gx-wuzhou-2023-compiler",
    text(["本报告由梧州市人民政府办公室负责编制，报告所列数据统计期限自2023年1月1日起至2023年12月31日止。"], P),
    {}, ("梧州市人民政府", "city", "广西壮族自治区", "梧州市", None, 2023), P)

# 14. Liaoning, a county-level city's page 2022: the <title> names the site; 来源 the office
P = six("2022年，我市深入贯彻落实《条例》，围绕重点领域加大公开力度。", 2022, "我市", (2150, 12),
        "存在的问题是公开的及时性有待提高。下一步，我市将完善信息发布审核机制。")
add("b-ln-wafangdian-2022-source",
    cms_page("2022年政府信息公开工作年度报告_瓦房店市人民政府", blocks(P, "strong"), site="瓦房店市人民政府",
             info="来源：瓦房店市人民政府办公室　发布时间：2023-01-30"),
    {}, ("瓦房店市人民政府", "county", "辽宁省", "大连市", "瓦房店市", 2022), P, published="2023-01-30")

# 15. Jiangxi, a county 2025: the office signs, 二〇二六年 date, the body says 县政府
P = six("2025年，县政府以提升政务公开质效为目标，扎实推进基层政务公开标准化规范化建设。", 2025, "县政府", (2410, 8),
        "存在的主要问题是政务公开专区作用发挥不够。下一步，我县将推动政务公开专区与便民服务深度融合。")
add("b-jx-anyuan-2025-officesign",
    text(["安远县人民政府2025年政府信息公开工作年度报告"], P, ["安远县人民政府办公室", "二〇二六年一月二十日"]),
    {}, ("安远县人民政府", "county", "江西省", "赣州市", "安远县", 2025), P, published="2026-01-20")

# ============================ C. bodies of every kind of division ============================

# 16. Hunan, an autonomous prefecture's bureau 2023: 湘西州, 州民政局, the full name in the signature
P = six("2023年，州民政局坚持以人民为中心，围绕湘西州民生保障重点工作，持续推进政务公开。", 2023, "州民政局", (540, 5),
        "存在的问题是政策解读不够通俗。下一步，我局将推出更多图解、问答。")
add("c-hun-xiangxi-mzj-2023-short",
    text([LAW + "编制本报告。"], P, ["湘西土家族苗族自治州民政局", "2024年1月22日"]),
    {}, ("湘西土家族苗族自治州民政局", "department", "湖南省", "湘西土家族苗族自治州", None, 2023), P,
    published="2024-01-22")

# 17. Inner Mongolia, a league bureau 2022: title present; 盟教育局 in the body
P = six("2022年，盟教育局认真落实《条例》，做好教育领域信息公开。", 2022, "我局", (322, 6),
        "存在的问题是旗区教育部门公开不够均衡。下一步，我局将加强对旗区的指导。")
add("c-nmg-alashan-jyj-2022-title", text(["阿拉善盟教育局2022年政府信息公开工作年度报告"], P),
    {}, ("阿拉善盟教育局", "department", "内蒙古自治区", "阿拉善盟", None, 2022), P)

# 18. Heilongjiang, a prefecture's administration 2021: 行署 in the body
P = six("2021年，行署坚持以公开为常态，围绕森林防火、林区转型等重点工作推进公开。", 2021, "行署", (1480, 11),
        "存在的问题是县（区）公开水平参差不齐。2022年，行署将加强考核评估。")
add("c-hlj-dxal-2021-xingshu",
    text(["大兴安岭地区行政公署2021年政府信息公开工作年度报告"], P, ["大兴安岭地区行政公署", "2022年1月28日"]),
    {}, ("大兴安岭地区行政公署", "city", "黑龙江省", "大兴安岭地区", None, 2021), P, published="2022-01-28")

# 19. Hubei, a 林区 bureau 2023: 林区文旅局 in the body, the full name in the signature
P = six("2023年，林区文旅局围绕生态旅游、文化遗产保护等工作加大信息公开力度。", 2023, "我局", (268, 2),
        "存在的问题是公开栏目更新较慢。下一步，我局将明确专人负责栏目更新。")
add("c-hub-snj-wlj-2023-sign", text([], P, ["神农架林区文化和旅游局", "2024年1月25日"]),
    {}, ("神农架林区文化和旅游局", "department", "湖北省", None, "神农架林区", 2023), P, published="2024-01-25")

# 20. Hubei, a province-administered city's bureau 2022
P = six("2022年，潜江市住房和城乡建设局认真落实政务公开要求，重点公开保障性住房、工程建设等信息。", 2022, "我局",
        (455, 7), "存在的问题是公开内容不够细化。下一步，我局将细化公开目录。")
add("c-hub-qianjiang-zjj-2022", text(["潜江市住房和城乡建设局2022年政府信息公开工作年度报告"], P),
    {}, ("潜江市住房和城乡建设局", "department", "湖北省", None, "潜江市", 2022), P)

# 21. Xinjiang, a corps division with its city 2023: 师市 in the body
P = six("2023年，第七师胡杨河市坚持师市合一，统筹推进政务公开工作。", 2023, "师市", (1320, 9),
        "存在的问题是团场公开工作薄弱。下一步，师市将加强对团场的业务指导。")
add("c-xj-bt7-2023-shishi",
    text(["新疆生产建设兵团第七师胡杨河市2023年政府信息公开工作年度报告"], P),
    {}, ("新疆生产建设兵团第七师胡杨河市", "city", "新疆维吾尔自治区", "新疆生产建设兵团第七师", None, 2023), P)

# 22. Shanghai, a district bureau 2024: 区教育局; 本报告由…编制
P = six("2024年，区教育局围绕招生入学、课后服务等群众关切推进政务公开。", 2024, "区教育局", (905, 36),
        "存在的问题是学校公开质量不一。2025年，我局将开展学校信息公开专项检查。")
add("c-sh-jingan-jyj-2024-compiled",
    text(["本报告由上海市静安区教育局编制。" + "报告所列数据统计期限自2024年1月1日起至2024年12月31日止。"], P),
    {}, ("上海市静安区教育局", "department", "上海市", "上海市", "静安区", 2024), P)

# 23. Tianjin, a district commission 2022: the title without 天津市 (沈阳 has a 和平区 too); the signature with it
P = six("2022年，和平区卫生健康委员会围绕疫情防控、医疗服务等重点领域加大公开力度。", 2022, "我委", (1260, 15),
        "存在的问题是公开的及时性不足。下一步，我委将建立信息发布提醒机制。")
add("c-tj-heping-wjw-2022-ambiguous",
    text(["和平区卫生健康委员会2022年政府信息公开工作年度报告"], P, ["天津市和平区卫生健康委员会", "2023年1月20日"]),
    {}, ("天津市和平区卫生健康委员会", "department", "天津市", "天津市", "和平区", 2022), P, published="2023-01-20")

# 24. Chongqing, a national new area's committee 2023
P = six("2023年，两江新区管委会坚持以公开促发展，围绕营商环境、重大项目等重点领域推进公开。", 2023, "管委会",
        (2860, 40), "存在的问题是政策解读的深度不够。下一步，我们将加强政策解读和回应关切。")
add("c-cq-liangjiang-2023",
    text(["重庆两江新区管理委员会2023年政府信息公开工作年度报告"], P),
    {}, ("重庆两江新区管理委员会", "city", "重庆市", "重庆市", None, 2023), P)

# 25. Hubei, a national high-tech zone's committee 2022: 东湖高新区管委会 in the body
P = six("2022年，东湖高新区管委会坚持以公开促服务，持续优化营商环境。", 2022, "管委会", (3410, 52),
        "存在的问题是企业政策公开的集成度不高。下一步，我们将建设惠企政策集中发布平台。")
add("c-hub-donghu-2022-gxq",
    text(["武汉东湖新技术开发区管理委员会2022年政府信息公开工作年度报告"], P),
    {}, ("武汉东湖新技术开发区管理委员会", "city", "湖北省", "武汉市", None, 2022), P)

# 26. a customs office under a customs district, in a county-level city, 2023: 我关
P = six("2023年，昆山海关在南京海关的领导下，认真落实海关政务公开工作要求。", 2023, "我关", (318, 6),
        "存在的问题是公开形式较为单一。下一步，我关将通过新媒体加强政策宣传解读。")
add("c-js-kunshan-customs-2023", text(["昆山海关2023年政府信息公开工作年度报告"], P),
    {}, ("昆山海关", "department", "江苏省", "苏州市", "昆山市", 2023), P)

# 27. a tax inspection bureau of a city tax bureau, 2022
P = six("2022年，我局认真落实国家税务总局关于政务公开的工作部署，依法公开税务稽查信息。", 2022, "我局", (146, 3),
        "存在的问题是案件信息公开的时效性有待提高。下一步，我局将规范重大税收违法失信案件信息公布流程。")
add("c-gz-tax-jicha-2022",
    text(["国家税务总局广州市税务局第一稽查局2022年政府信息公开工作年度报告"], P),
    {}, ("国家税务总局广州市税务局第一稽查局", "department", "广东省", "广州市", None, 2022), P)

# 28. Zhejiang, a county meteorological bureau 2023: the name only in 本报告由…编制
P = six("2023年，我局坚持公开为常态，围绕气象预报预警、防灾减灾等重点工作推进公开。", 2023, "我局", (236, 1),
        "存在的问题是公开内容不够丰富。下一步，我局将增加气象服务信息的公开。")
add("c-zj-anji-qxj-2023-compiled",
    text(["本报告由安吉县气象局根据《中华人民共和国政府信息公开条例》要求编制。"], P),
    {}, ("安吉县气象局", "department", "浙江省", "湖州市", "安吉县", 2023), P)

# 29. a national bureau created in 2023, its first reports 2024
P = six("2024年，国家数据局认真贯彻落实党中央、国务院关于政务公开的决策部署，依法做好政府信息公开工作。", 2024, "我局",
        (186, 12), "存在的问题是政策解读工作有待加强。2025年，我局将围绕数据要素政策加强解读。")
add("c-nda-2024", text(["国家数据局2024年政府信息公开工作年度报告"], P),
    {}, ("国家数据局", "department", None, None, None, 2024), P)

# 30. a national bureau created in 2021, short form in the body, a generic crawl title
P = six("2023年，国家疾控局坚持以人民健康为中心，依法做好传染病防控等信息发布。", 2023, "国家疾控局", (420, 28),
        "存在的问题是公开平台功能有待完善。下一步，我局将优化门户网站信息公开专栏。")
add("c-ndcpa-2023-short",
    row("crawl-c.csv", "2023年政府信息公开工作年度报告", "\n".join([*lines([], P), "国家疾病预防控制局", "2024年1月"])),
    {}, ("国家疾病预防控制局", "department", None, None, None, 2023), P)

# 31. the foreign-exchange administration 2022: 外汇局 in the body
P = six("2022年，外汇局坚持稳中求进，依法公开外汇管理政策法规、统计数据等信息。", 2022, "外汇局", (680, 21),
        "存在的问题是政策解读的通俗性不够。下一步，外汇局将加强政策解读。")
add("c-safe-2022", text(["国家外汇管理局2022年政府信息公开工作年度报告"], P),
    {}, ("国家外汇管理局", "department", None, None, None, 2022), P)

# 32. a provincial branch of the foreign-exchange administration, 2024
P = six("2024年，国家外汇管理局浙江省分局认真落实政务公开要求，依法公开外汇管理政策和行政处罚信息。", 2024, "我分局",
        (215, 4), "存在的问题是信息公开的主动性有待增强。下一步，我分局将加强涉外企业政策宣传。")
add("c-safe-zj-2024", text(["国家外汇管理局浙江省分局2024年政府信息公开工作年度报告"], P),
    {}, ("国家外汇管理局浙江省分局", "department", "浙江省", None, None, 2024), P)

# 33. a provincial office of the securities regulator, 2023: 广东证监局 in the body
P = six("2023年，广东证监局认真落实证监会政务公开工作部署，依法公开行政处罚、监管措施等信息。", 2023, "我局", (312, 17),
        "存在的问题是公开内容的可读性不强。下一步，我局将优化信息呈现方式。")
add("c-csrc-gd-2023",
    text(["中国证券监督管理委员会广东监管局2023年政府信息公开工作年度报告"], P),
    {}, ("中国证券监督管理委员会广东监管局", "department", "广东省", None, None, 2023), P)

# 34. the financial regulator created in 2023
P = six("2023年，金融监管总局坚持以习近平新时代中国特色社会主义思想为指导，依法做好政府信息公开工作。", 2023,
        "金融监管总局", (1340, 86), "存在的问题是政策解读的及时性有待提升。下一步，我们将加强监管政策解读。")
add("c-nfra-2023", text(["国家金融监督管理总局2023年政府信息公开工作年度报告"], P),
    {}, ("国家金融监督管理总局", "department", None, None, None, 2023), P)

# 35. the fire and rescue administration 2024: a generic title line
P = six("2024年，国家消防救援局认真贯彻落实《条例》，依法公开消防安全政策和火灾统计等信息。", 2024, "我局", (264, 9),
        "存在的问题是公开渠道有待拓展。2025年，我局将运用新媒体平台扩大公开覆盖面。")
add("c-fire-2024", text(["2024年政府信息公开工作年度报告"], P, ["国家消防救援局", "2025年1月"]),
    {}, ("国家消防救援局", "department", None, None, None, 2024), P)

# 36. Sichuan, a provincial commission 2023: 省发展改革委 only; the full name in 本报告由…办公室编制
P = six("2023年，省发展改革委认真贯彻落实省委、省政府关于政务公开的部署要求。", 2023, "省发展改革委", (1520, 11),
        "存在的问题是重大项目信息公开的颗粒度不够细。下一步，我委将细化重大项目公开内容。")
add("c-sc-fgw-2023-abbr",
    text(["本报告由四川省发展和改革委员会办公室编制。"], P),
    {}, ("四川省发展和改革委员会", "department", "四川省", None, None, 2023), P)

# 37. Gansu, a provincial commission 2022: 省卫生健康委; the signature
P = six("2022年，省卫生健康委坚持人民至上、生命至上，做好卫生健康领域信息公开。", 2022, "省卫生健康委", (2630, 44),
        "存在的问题是基层医疗机构公开不够规范。下一步，我委将加强对基层的指导。")
add("c-gs-wjw-2022-abbr", text([], P, ["甘肃省卫生健康委员会", "2023年1月28日"]),
    {}, ("甘肃省卫生健康委员会", "department", "甘肃省", None, None, 2022), P, published="2023-01-28")

# 38. Jiangsu, a provincial bureau 2024: 省市场监管局; the full name only in the preamble's title
P = six("2024年，省市场监管局围绕优化营商环境、守牢安全底线推进政务公开。", 2024, "省市场监管局", (3120, 96),
        "存在的问题是执法信息公开的标准化程度不高。下一步，我局将统一执法信息公开标准。")
add("c-js-scjg-2024-abbr",
    text([LAW + "现公布江苏省市场监督管理局2024年政府信息公开工作年度报告。"], P),
    {}, ("江苏省市场监督管理局", "department", "江苏省", None, None, 2024), P)

# 39. Jilin, a provincial department 2023: the crawl title abbreviated (省住建厅), the signature full
P = six("2023年，省住建厅坚持以人民为中心，做好住房保障、城市更新等信息公开。", 2023, "我厅", (1190, 18),
        "存在的问题是政策解读的互动性不强。下一步，我厅将开展在线访谈。")
add("c-jl-zjt-2023-abbrtitle",
    row("crawl-c.jsonl", "省住建厅2023年政府信息公开工作年度报告",
        "\n".join([*lines([], P), "吉林省住房和城乡建设厅", "2024年1月26日"]), date="2024-01-26"),
    {}, ("吉林省住房和城乡建设厅", "department", "吉林省", None, None, 2023), P, published="2024-01-26")

# 40. Henan, a city bureau 2022: 市人社局; the signature
P = six("2022年，市人社局围绕稳就业、保民生推进政务公开。", 2022, "市人社局", (1640, 23),
        "存在的问题是政策服务信息较为分散。下一步，我局将整合就业创业政策集中公开。")
add("c-hen-zhengzhou-rsj-2022-abbr", text([], P, ["郑州市人力资源和社会保障局", "2023年1月30日"]),
    {}, ("郑州市人力资源和社会保障局", "department", "河南省", "郑州市", None, 2022), P, published="2023-01-30")

# 41. Chongqing, a district 2022: the title names the district only; the signature with 重庆市
P = six("2022年，区政府深入推进政务公开，围绕城市更新、民生保障等重点工作公开信息。", 2022, "区政府", (3980, 61),
        "存在的问题是街道公开不够规范。下一步，我区将加强对街道的指导。")
add("c-cq-yuzhong-2022-sign",
    text(["渝中区2022年政府信息公开工作年度报告"], P, ["重庆市渝中区人民政府", "2023年1月19日"]),
    {}, ("重庆市渝中区人民政府", "district", "重庆市", "重庆市", "渝中区", 2022), P, published="2023-01-19")

# 42. Tibet, a prefecture's administration 2023: 行署
P = six("2023年，行署认真落实自治区关于政务公开的部署，围绕边境小康村建设等工作推进公开。", 2023, "行署", (860, 2),
        "存在的问题是县级公开力量薄弱。下一步，行署将加强县级业务培训。")
add("c-xz-ali-2023", text(["阿里地区行政公署2023年政府信息公开工作年度报告"], P),
    {}, ("阿里地区行政公署", "city", "西藏自治区", "阿里地区", None, 2023), P)

# 43. Qinghai, an autonomous prefecture's government 2022: 果洛州 in the title line
P = six("2022年，州政府坚持以公开促落实，围绕生态保护、乡村振兴推进政务公开。", 2022, "州政府", (1470, 4),
        "存在的问题是公开的深度不够。下一步，我州将深化重点领域信息公开。")
add("c-qh-guoluo-2022-short",
    text(["果洛州2022年政府信息公开工作年度报告"], P, ["果洛藏族自治州人民政府", "2023年1月31日"]),
    {}, ("果洛藏族自治州人民政府", "city", "青海省", "果洛藏族自治州", None, 2022), P, published="2023-01-31")

# 44. Inner Mongolia, a banner 2023: 科右前旗 in the body, the full name in the signature
P = six("2023年，科右前旗人民政府坚持以人民为中心，扎实推进政务公开工作。", 2023, "旗政府", (1320, 6),
        "存在的问题是苏木镇公开工作不平衡。下一步，我旗将加强对苏木镇的督导。")
add("c-nmg-kyqq-2023-short", text([], P, ["科尔沁右翼前旗人民政府", "2024年1月20日"]),
    {}, ("科尔沁右翼前旗人民政府", "county", "内蒙古自治区", "兴安盟", "科尔沁右翼前旗", 2023), P, published="2024-01-20")

# 45. Henan, a province-administered county 2023 (still in its prefecture)
P = six("2023年，兰考县人民政府坚持以公开促落实，推进乡村振兴领域信息公开。", 2023, "县政府", (1980, 9),
        "存在的问题是政策解读的形式单一。下一步，我县将丰富解读形式。")
add("c-hen-lankao-2023", text(["兰考县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("兰考县人民政府", "county", "河南省", "开封市", "兰考县", 2023), P)

# 46. Hainan, a prefecture-level city without districts 2023
P = six("2023年，儋州市人民政府围绕海南自由贸易港建设推进政务公开。", 2023, "市政府", (2760, 14),
        "存在的问题是镇级公开能力不足。下一步，我市将加强镇级政务公开专区建设。")
add("c-hi-danzhou-2023", text(["儋州市人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("儋州市人民政府", "city", "海南省", "儋州市", None, 2023), P)

# ============================ D. sections ============================

# 47. Jiangsu, a county-level city 2023: 第一部分： headings
P = six("2023年，昆山市人民政府持续深化政务公开，政府透明度进一步提升。", 2023, "市政府", (4620, 38),
        "存在的主要问题是基层公开标准化建设有待深化。2024年，我市将推进基层政务公开标准目录动态更新。",
        nums=tuple(f"第{c}部分：" for c in CN[:6]))
add("d-js-kunshan-2023-dibufen", text(["昆山市人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("昆山市人民政府", "county", "江苏省", "苏州市", "昆山市", 2023), P)

# 48. Henan, a county-level city's page 2022: 2021-format parts as <strong> paragraphs without numbers
P = six("2022年，新郑市人民政府认真落实《条例》，推进政务公开提质增效。", 2022, "市政府", (2230, 16),
        "存在的问题是政策解读还不够到位。下一步，我市将提高政策解读质量。", nums=("",) * 6)
add("d-hen-xinzheng-2022-strong-nonum",
    cms_page("新郑市人民政府2022年政府信息公开工作年度报告", blocks(P, "strong"), site="新郑市人民政府",
             h1="新郑市人民政府2022年政府信息公开工作年度报告", info="来源：新郑市人民政府办公室　发布时间：2023-01-18"),
    {}, ("新郑市人民政府", "county", "河南省", "郑州市", "新郑市", 2022), P, published="2023-01-18")

# 49. Shandong, a provincial department 2023 flattened to one line: custom run-in headings
P = parts(["2023年，山东省自然资源厅坚持以人民为中心，围绕自然资源管理重点工作推进政务公开。",
           "全年主动公开政府信息2130条，发布政策解读36篇。",
           "在厅门户网站建立依申请公开平台，全年新收政府信息公开申请186件，办结180件。",
           "本年度发生政府信息公开行政复议12件，行政诉讼3件。",
           "存在的问题是公开的精准性不够。下一步，我厅将围绕群众关切精准公开。",
           NONE_OTHER],
          titles=("总体情况", "坚持主动公开政府信息", "依法实施政府信息依申请公开", "政府信息公开行政复议、行政诉讼情况",
                  "存在的主要问题及改进情况", "其他需要报告的事项"))
add("d-sd-zrzyt-2023-flat-runin", flat(["山东省自然资源厅2023年政府信息公开工作年度报告"], P),
    {}, ("山东省自然资源厅", "department", "山东省", None, None, 2023), P)

# 50. Guangdong, a district 2022: a heading cut over two lines (PDF copy)
P = six("2022年，佛山市南海区人民政府坚持以公开促规范、以公开促服务。", 2022, "区政府", (5460, 120),
        "存在的主要问题是部分镇街公开不够及时。下一步，我区将建立镇街公开巡查机制。")
cut = [(h, k, b, t) for h, k, b, t in P]
cut[4] = ("五、存在的主要问题和\n改进情况", "problems", cut[4][2], "存在的主要问题和改进情况")
add("d-gd-nanhai-2022-cut", text(["佛山市南海区人民政府2022年政府信息公开工作年度报告"], cut),
    {}, ("佛山市南海区人民政府", "district", "广东省", "佛山市", "南海区", 2022), cut)

# 51. Zhejiang, a county 2024: an ideographic space after every number
P = six("2024年，开化县人民政府坚持以人民为中心，推进政务公开标准化规范化。", 2024, "县政府", (2860, 21),
        "存在的主要问题是政策解读的互动性不强。2025年，我县将开展“政策进万家”解读活动。",
        nums=tuple(f"{c}、\u3000" for c in CN[:6]))
add("d-zj-kaihua-2024-ideospace", text(["开化县人民政府2024年政府信息公开工作年度报告"], P),
    {}, ("开化县人民政府", "county", "浙江省", "衢州市", "开化县", 2024), P)

# 52. Shaanxi, a city bureau 2023: a preamble naming the six parts on one line
P = six("2023年，汉中市交通运输局认真落实政务公开要求，围绕交通项目建设推进公开。", 2023, "我局", (540, 4),
        "存在的主要问题是公开的主动性不强。下一步，我局将加强重点项目信息公开。")
add("d-sn-hanzhong-jtj-2023-partslist",
    text(["汉中市交通运输局2023年政府信息公开工作年度报告",
          LAW + "编制本报告。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
          "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。"], P),
    {}, ("汉中市交通运输局", "department", "陕西省", "汉中市", None, 2023), P)

# 53. Yunnan, a county 2022: problems and plans as （一） and （二） sub-heads of one part
P = six("2022年，勐海县人民政府扎实推进政务公开，围绕茶产业、乡村振兴等重点工作公开信息。", 2022, "县政府", (1740, 3),
        ["（一）存在的主要问题", "一是部分乡镇公开内容不够全面；二是政策解读形式单一。",
         "（二）改进措施", "一是加强乡镇政务公开业务培训；二是丰富政策解读形式。"])
add("d-yn-menghai-2022-subheads", text(["勐海县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("勐海县人民政府", "county", "云南省", "西双版纳傣族自治州", "勐海县", 2022), P)

# 54. Anhui, a town 2024: plans only in a 2025年将 sentence
P = six("2024年，我镇认真落实基层政务公开要求。", 2024, "我镇", (186, 0),
        "存在的问题是公开栏目更新不及时。2025年将进一步规范公开栏目管理，确保信息及时更新。")
add("d-ah-sanhe-2024-jiang", text(["肥西县三河镇人民政府2024年政府信息公开工作年度报告"], P),
    {}, ("肥西县三河镇人民政府", "township", "安徽省", "合肥市", "肥西县", 2024), P)

# 55. Guizhou, a county bureau 2023: plans only in a 今后 sentence inside 其他需要报告的事项
P = six("2023年，我局认真贯彻落实《条例》，推进医疗保障领域信息公开。", 2023, "我局", (96, 1),
        "存在的问题是公开的信息不够丰富。",
        other="本年度未收取信息处理费。今后，我局将继续围绕医保政策加强宣传解读。")
add("d-gz-zhenning-ybj-2023-jinhou", text(["镇宁布依族苗族自治县医疗保障局2023年政府信息公开工作年度报告"], P),
    {}, ("镇宁布依族苗族自治县医疗保障局", "department", "贵州省", "安顺市", "镇宁布依族苗族自治县", 2023), P)

# 56. Shanxi, a county 2022: problems that were already fixed, no intention
P = six("2022年，我县认真落实政务公开各项要求。", 2022, "我县", (1020, 2),
        "上一年度存在的栏目更新不及时问题已于2022年上半年完成整改。本年度存在的问题是个别单位公开内容不够全面。")
add("d-sx-qinshui-2022-noplans", text(["沁水县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("沁水县人民政府", "county", "山西省", "晋城市", "沁水县", 2022), P, plans=False)

# 57. Jiangxi, a city 2023: run-in headings closed by a colon on their own lines
P = six("2023年，萍乡市人民政府坚持以公开促落实，政务公开工作取得新成效。", 2023, "市政府", (4380, 57),
        "存在的问题是政务新媒体管理有待加强。我们将进一步规范政务新媒体管理。")
colon = [(f"{h}：{b[0]}", k, b[1:], t) for h, k, b, t in P]
add("d-jx-pingxiang-2023-colon-runin", text(["萍乡市人民政府2023年政府信息公开工作年度报告"], colon),
    {}, ("萍乡市人民政府", "city", "江西省", "萍乡市", None, 2023), colon)

# 58. Hebei, a county 2023 split over two crawl rows: the first row holds parts 一 to 四
P = six("2023年，阜平县人民政府扎实推进政务公开，围绕乡村振兴重点工作公开信息。", 2023, "县政府", (1560, 4),
        "存在的主要问题是乡镇公开能力不足。下一步，我县将加强乡镇政务公开队伍建设。")
add("d-hb-fuping-2023-split1",
    row("crawl-d.csv", "阜平县人民政府2023年政府信息公开工作年度报告（一）", "\n".join(lines([], P[:4])), date="2024-01-20",
        url="http://www.fuping.gov.cn/zwgk/2024/1.html"),
    {}, ("阜平县人民政府", "county", "河北省", "保定市", "阜平县", 2023), P[:4], plans=False, published="2024-01-20")

# 59. … and the second row parts 五 and 六
add("d-hb-fuping-2023-split2",
    row("crawl-d.csv", "阜平县人民政府2023年政府信息公开工作年度报告（二）", "\n".join(lines([], P[4:])), date="2024-01-20",
        url="http://www.fuping.gov.cn/zwgk/2024/1_2.html"),
    {}, ("阜平县人民政府", "county", "河北省", "保定市", "阜平县", 2023), P[4:], published="2024-01-20")

# 60. Heilongjiang, a provincial department 2024 in Word: bold headings without numbers, the name in the signature
P = six("2024年，我厅坚持以人民为中心，围绕粮食安全、农业农村现代化推进政务公开。", 2024, "我厅", (1380, 12),
        "存在的主要问题是涉农政策解读不够通俗。2025年，我厅将推出更多图解和短视频解读。", nums=("",) * 6)
add("d-hlj-nynct-2024-docx-bold",
    Docx((("big", "2024年政府信息公开工作年度报告"),
          *[b for h, _, body, _ in P for b in (("bold", h), *body)], "黑龙江省农业农村厅", "2025年1月22日")),
    {}, ("黑龙江省农业农村厅", "department", "黑龙江省", None, None, 2024), P, published="2025-01-22")

# 61. Guangxi, a county 2023: a combined 存在的主要问题及改进措施 part with a 下一步工作打算 paragraph head
P = six("2023年，阳朔县人民政府深入推进政务公开，围绕旅游发展、乡村振兴等重点工作公开信息。", 2023, "县政府", (2060, 8),
        ["主要问题：一是公开内容不够全面；二是解读形式单一。", "下一步工作打算：加强公开目录管理，丰富解读形式。"],
        titles=(*T6[:4], "存在的主要问题及改进措施", T6[5]))
add("d-gx-yangshuo-2023-combined", text(["阳朔县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("阳朔县人民政府", "county", "广西壮族自治区", "桂林市", "阳朔县", 2023), P)

# 62. Hunan, a city 2022 flattened with spaces: the standard headings run into their paragraphs
P = six("2022年，常德市人民政府坚持以公开促落实，全面推进政务公开。", 2022, "市政府", (5230, 82),
        "存在的主要问题是基层公开不够规范。下一步，我市将开展基层政务公开专项督查。")
add("d-hun-changde-2022-flat-spaces",
    row("crawl-d.jsonl", "常德市人民政府2022年政府信息公开工作年度报告", flat([], P, sep="\u3000\u3000"), date="2023-01-29"),
    {}, ("常德市人民政府", "city", "湖南省", "常德市", None, 2022), P, published="2023-01-29")

# 63. Sichuan, a county 2024 whose headings carry the year: 一、2024年政府信息公开工作总体情况
P = six("2024年，苍溪县人民政府坚持以人民为中心，推进政务公开提质增效。", 2024, "县政府", (2180, 11),
        "存在的主要问题是政策解读质量有待提升。我们将在2025年开展政策解读质量提升行动。",
        titles=("2024年政府信息公开工作总体情况", *T6[1:]))
add("d-sc-cangxi-2024-yearhead", text(["苍溪县人民政府2024年政府信息公开工作年度报告"], P),
    {}, ("苍溪县人民政府", "county", "四川省", "广元市", "苍溪县", 2024), P)

# 64. Jilin, a city bureau 2025: the title line and headings start after a breadcrumb and a 发布日期 line
P = six("2025年，吉林市生态环境局坚持公开为常态，围绕环境质量、执法监管推进公开。", 2025, "我局", (820, 6),
        "存在的主要问题是环境信息公开的时效性有待提高。下一步，我局将建立环境信息快速发布机制。")
add("d-jl-jilin-sthjj-2025-crumbdate",
    text(["首页 > 政务公开 > 政府信息公开年报", "吉林市生态环境局2025年政府信息公开工作年度报告",
          "发布日期：2026-01-23　来源：吉林市生态环境局"], P),
    {}, ("吉林市生态环境局", "department", "吉林省", "吉林市", None, 2025), P, published="2026-01-23")


# ============================ E. batch B (written after batch A's fixes, scored before any more) ============================

# 65. Guangxi, the region's government 2023: title 2023年度报告; its 办公厅 compiles; the overview's subject is the government
P = six("2023年，自治区人民政府坚持以人民为中心的发展思想，统筹推进全区政务公开工作，全区各级行政机关政府透明度不断提升。",
        2023, "自治区人民政府门户网站", (8260, 412), "存在的主要问题是基层政务公开质量不平衡。下一步，我们将加强对市县的督促指导。")
add("e-gx-gov-2023-office-compiles",
    row("crawl-e.csv", "2023年度报告", "\n".join(["本报告由广西壮族自治区人民政府办公厅根据《中华人民共和国政府信息公开条例》编制。", *lines([], P)]),
        date="2024-01-30"),
    {}, ("广西壮族自治区人民政府", "province", "广西壮族自治区", None, None, 2023), P, published="2024-01-30")

# 66. Henan, a town 2023: the title names the town only; the county is named in the overview
P = six("2023年，我镇在滑县县委、县政府的正确领导下，认真落实基层政务公开标准化规范化要求。", 2023, "我镇", (212, 0),
        "存在的问题是公开栏目更新不及时。下一步，我镇将明确专人负责。")
add("e-hen-liugu-2023-countyinbody", text(["留固镇人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("留固镇人民政府", "township", "河南省", "安阳市", "滑县", 2023), P)

# 67. Hubei, a county-level city that shares its prefecture's short name: 恩施市
P = six("2023年，恩施市人民政府坚持以公开促落实，推进重点领域信息公开。", 2023, "市政府", (2630, 13),
        "存在的主要问题是乡镇公开不够规范。下一步，我市将加强乡镇政务公开指导。")
add("e-hub-enshishi-2023", text(["恩施市人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("恩施市人民政府", "county", "湖北省", "恩施土家族苗族自治州", "恩施市", 2023), P)

# 68. Qinghai, a prefecture bureau named 海南州 (not 海南省) in its title; the full name signs
P = six("2023年，州生态环境局围绕青海湖流域生态保护推进环境信息公开。", 2023, "我局", (318, 2),
        "存在的问题是环境信息公开的时效性不够。下一步，我局将及时公开环境质量信息。")
add("e-qh-hainanzhou-sthjj-2023",
    text(["海南州生态环境局2023年政府信息公开工作年度报告"], P, ["海南藏族自治州生态环境局", "2024年1月26日"]),
    {}, ("海南藏族自治州生态环境局", "department", "青海省", "海南藏族自治州", None, 2023), P, published="2024-01-26")

# 69. Liaoning, a prefecture city named like Beijing's district: 朝阳市
P = six("2022年，朝阳市人民政府深入推进政务公开，围绕营商环境、民生保障等重点领域公开信息。", 2022, "市政府", (4120, 35),
        "存在的主要问题是政策解读的质量不高。下一步，我市将提高政策解读质量。")
add("e-ln-chaoyangshi-2022", text(["朝阳市人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("朝阳市人民政府", "city", "辽宁省", "朝阳市", None, 2022), P)

# 70. Beijing, a district named like Nantong's: the title 通州区, the signature 北京市通州区
P = six("2023年，区政府围绕城市副中心建设推进政务公开。", 2023, "区政府", (5210, 168),
        "存在的主要问题是街乡公开不够均衡。2024年，我区将推进街乡政务公开标准化。")
add("e-bj-tongzhou-2023-sign",
    text(["通州区人民政府2023年政府信息公开工作年度报告"], P, ["北京市通州区人民政府", "2024年1月31日"]),
    {}, ("北京市通州区人民政府", "district", "北京市", "北京市", "通州区", 2023), P, published="2024-01-31")

# 71. Henan, a district named like four others (鼓楼区): the signature names its city
P = six("2022年，鼓楼区人民政府认真贯彻落实《条例》，推进政务公开。", 2022, "区政府", (1860, 7),
        "存在的主要问题是公开内容不够丰富。下一步，我区将丰富公开内容。")
add("e-hen-gulou-2022-sign",
    text(["鼓楼区人民政府2022年政府信息公开工作年度报告"], P, ["开封市鼓楼区人民政府", "2023年1月18日"]),
    {}, ("开封市鼓楼区人民政府", "district", "河南省", "开封市", "鼓楼区", 2022), P, published="2023-01-18")

# 72. the Yangtze river commission of the water ministry 2022: a basin body, no province
P = six("2022年，长江委认真贯彻落实水利部关于政务公开的部署，依法公开水旱灾害防御、河湖管理等信息。", 2022, "长江委",
        (1260, 9), "存在的问题是政策解读的针对性不强。下一步，长江委将围绕流域管理加强解读。")
add("e-cjw-2022", text(["水利部长江水利委员会2022年政府信息公开工作年度报告"], P),
    {}, ("水利部长江水利委员会", "department", None, None, None, 2022), P)

# 73. the customs administration's Guangdong office 2023
P = six("2023年，海关总署广东分署认真落实海关总署政务公开工作要求。", 2023, "广东分署", (186, 2),
        "存在的问题是公开形式较为单一。下一步，我们将丰富公开形式。")
add("e-customs-gd-2023", text(["海关总署广东分署2023年政府信息公开工作年度报告"], P),
    {}, ("海关总署广东分署", "department", "广东省", None, None, 2023), P)

# 74. the mine safety administration's Shanxi bureau 2022: 山西局
P = six("2022年，国家矿山安全监察局山西局认真落实政务公开要求，依法公开矿山安全监察执法信息。", 2022, "我局", (412, 3),
        "存在的问题是执法信息公开的及时性不够。下一步，我局将及时公开执法信息。")
add("e-nmsa-sx-2022", text(["国家矿山安全监察局山西局2022年政府信息公开工作年度报告"], P),
    {}, ("国家矿山安全监察局山西局", "department", "山西省", None, None, 2022), P)

# 75. Sichuan, a provincial earthquake bureau 2021: the name only in the signature, 我局 in the body
P = six("2021年，我局认真贯彻落实中国地震局和省委、省政府关于政务公开的部署。", 2021, "我局", (236, 1),
        "存在的问题是防震减灾政策解读不够。下一步，我局将加强科普宣传和政策解读。")
add("e-sc-dzj-2021-sign", text([], P, ["四川省地震局", "2022年1月25日"]),
    {}, ("四川省地震局", "department", "四川省", None, None, 2021), P, published="2022-01-25")

# 76. Hunan, a district bureau named without its city in the signature; the city in the overview
P = six("2023年，雨花区教育局在长沙市雨花区委、区政府的领导下，推进教育领域政务公开。", 2023, "我局", (612, 14),
        "存在的问题是学校公开不够规范。下一步，我局将加强对学校的指导。")
add("e-hun-yuhua-jyj-2023", text([], P, ["雨花区教育局", "2024年1月20日"]),
    {}, ("雨花区教育局", "department", "湖南省", "长沙市", "雨花区", 2023), P, published="2024-01-20")

# 77. Tianjin, a town of a district 2024: the full name in the title
P = six("2024年，杨柳青镇认真落实基层政务公开工作要求。", 2024, "我镇", (168, 1),
        "存在的问题是公开内容较少。2025年，我镇将拓展公开内容。")
add("e-tj-yangliuqing-2024", text(["天津市西青区杨柳青镇人民政府2024年政府信息公开工作年度报告"], P),
    {}, ("天津市西青区杨柳青镇人民政府", "township", "天津市", "天津市", "西青区", 2024), P)

# 78. Shandong, a city 2023: the title and the info line on one crawled line
P = six("2023年，临沂市人民政府坚持以人民为中心，推进政务公开提质增效。", 2023, "市政府", (6420, 133),
        "存在的主要问题是政务新媒体管理有待加强。下一步，我市将加强政务新媒体管理。")
add("e-sd-linyi-2023-titleinfo",
    text(["临沂市人民政府2023年政府信息公开工作年度报告　发布时间：2024-01-19　来源：临沂市人民政府办公室　浏览次数：356"], P),
    {}, ("临沂市人民政府", "city", "山东省", "临沂市", None, 2023), P, published="2024-01-19")

# 79. Guizhou, a county 2022: a trailing line after the signature
P = six("2022年，石阡县人民政府推进政务公开，围绕乡村振兴等重点工作公开信息。", 2022, "县政府", (1520, 4),
        "存在的主要问题是公开不够及时。下一步，我县将加强督促检查。")
add("e-gz-shiqian-2022-aftersign",
    text(["石阡县人民政府2022年政府信息公开工作年度报告"], P,
         ["石阡县人民政府", "2023年1月30日", "（如对本报告有任何疑问，请与石阡县人民政府办公室联系，电话：0856-7621234）"]),
    {}, ("石阡县人民政府", "county", "贵州省", "铜仁市", "石阡县", 2022), P, published="2023-01-30")

# 80. Zhejiang, a city bureau 2023: 2021-format parts numbered 1. at the top level, （1） inside
P = six(["2023年，温州市民政局坚持以人民为中心，推进民政领域政务公开。", "（1）健全机制。完善信息发布审核制度。",
         "（2）强化平台。优化门户网站民政专栏。"], 2023, "我局", (740, 12),
        "存在的问题是基层民政信息公开不够规范。下一步，我局将加强业务培训。", nums=tuple(f"{i}." for i in range(1, 7)))
add("e-zj-wenzhou-mzj-2023-arabic", text(["温州市民政局2023年政府信息公开工作年度报告"], P),
    {}, ("温州市民政局", "department", "浙江省", "温州市", None, 2023), P)

# 81. Shaanxi, a county 2024: 六、其他需要报告的事项：无。 on one line; no plans anywhere
P = six("2024年，我县认真落实政务公开要求。", 2024, "我县", (980, 2), "存在的问题是政策解读形式单一。")
colon = [*P[:5], (P[5][0] + "：无。", "other", [], P[5][3])]
add("e-sn-zhouzhi-2024-other-runin", text(["周至县人民政府2024年政府信息公开工作年度报告"], colon),
    {}, ("周至县人民政府", "county", "陕西省", "西安市", "周至县", 2024), colon, plans=False)

# 82. Jiangsu, a city 2022: plans as items in 其他需要报告的事项's sub-part (三）2023年工作打算
P = six("2022年，盐城市人民政府扎实推进政务公开。", 2022, "市政府", (5230, 96),
        "存在的主要问题是基层公开的规范化程度不高。",
        other=["（一）收取信息处理费情况。本年度未收取信息处理费。", "（二）人大代表建议和政协提案办理结果公开情况。全年公开办理结果326件。",
               "（三）2023年工作打算。一是深化重点领域信息公开；二是加强政策解读。"])
add("e-js-yancheng-2022-other-plans", text(["盐城市人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("盐城市人民政府", "city", "江苏省", "盐城市", None, 2022), P)

# 83. Hebei, a county 2023: headings indented with ideographic spaces and a tab after the number
P = six("2023年，围场满族蒙古族自治县人民政府扎实推进政务公开。", 2023, "县政府", (1430, 5),
        "存在的主要问题是公开质量有待提升。下一步，我县将提升公开质量。", nums=tuple(f"\u3000\u3000{c}、\t" for c in CN[:6]))
add("e-hb-weichang-2023-indent", text(["围场满族蒙古族自治县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("围场满族蒙古族自治县人民政府", "county", "河北省", "承德市", "围场满族蒙古族自治县", 2023), P)

# 84. Jilin, a county-level city 2024: crawl title column 政府信息公开工作年度报告（2024年度）
P = six("2024年，珲春市人民政府坚持以公开促落实，推进口岸经济等重点领域信息公开。", 2024, "市政府", (1860, 9),
        "存在的主要问题是政策解读不够及时。下一步，我市将提升解读时效。")
add("e-jl-hunchun-2024-yearbracket",
    row("crawl-e.jsonl", "政府信息公开工作年度报告（2024年度）", "\n".join(lines([], P)), date="2025-01-22",
        issuer="珲春市人民政府"),
    {}, ("珲春市人民政府", "county", "吉林省", "延边朝鲜族自治州", "珲春市", 2024), P, published="2025-01-22")

# 85. Yunnan, a prefecture's government 2022: 关于…的报告 title form
P = six("2022年，州人民政府坚持以人民为中心，推进政务公开。", 2022, "州政府", (3120, 16),
        "存在的主要问题是县市公开不够均衡。下一步，我州将加强对县市的指导。")
add("e-yn-dehong-2022-guanyu",
    text(["德宏傣族景颇族自治州人民政府关于2022年度政府信息公开工作情况的报告"], P),
    {}, ("德宏傣族景颇族自治州人民政府", "city", "云南省", "德宏傣族景颇族自治州", None, 2022), P)

# 86. Anhui, a city bureau 2023 flattened one line, standard heads, a 本报告由 sentence at the end
P = six("2023年，我局围绕住房保障、城市建设推进政务公开。", 2023, "我局", (680, 7),
        "存在的主要问题是公开的精准度不够。下一步，我局将精准公开群众关切信息。")
add("e-ah-bengbu-zjj-2023-flat-compiled",
    row("crawl-e.csv", "年报", flat([], P, ["本报告由蚌埠市住房和城乡建设局编制。"]), date="2024-01-24"),
    {}, ("蚌埠市住房和城乡建设局", "department", "安徽省", "蚌埠市", None, 2023), P, published="2024-01-24")

# 87. Xinjiang, a county in a prefecture (地区) 2022: the title in a bracketed form 【年报】
P = six("2022年，沙雅县人民政府认真贯彻落实《条例》。", 2022, "县政府", (1120, 2),
        "存在的主要问题是公开队伍力量薄弱。下一步，我县将加强队伍建设。")
add("e-xj-shaya-2022-bracket", text(["【年报】沙雅县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("沙雅县人民政府", "county", "新疆维吾尔自治区", "阿克苏地区", "沙雅县", 2022), P)

# 88. Gansu, a county 2023: a combined part whose plans start with 改进措施：
P = six("2023年，岷县人民政府推进政务公开。", 2023, "县政府", (1360, 6),
        ["存在问题：一是公开内容不够全面；二是公开不够及时。", "改进措施：一是完善公开目录；二是建立定期检查制度。"])
add("e-gs-minxian-2023-gaijin", text(["岷县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("岷县人民政府", "county", "甘肃省", "定西市", "岷县", 2023), P)


# ============================ F. batch C (written after batch B's fixes, scored before any more) ============================

# 89. Hunan, a county 2023: the year only in brackets after the genre's name
P = six("2023年，新晃侗族自治县人民政府扎实推进政务公开。", 2023, "县政府", (1240, 4),
        "存在的主要问题是公开内容不够丰富。下一步，我县将丰富公开内容。")
add("f-hun-xinhuang-2023-yearafter",
    text(["新晃侗族自治县人民政府政府信息公开工作年度报告（2023年度）"], P),
    {}, ("新晃侗族自治县人民政府", "county", "湖南省", "怀化市", "新晃侗族自治县", 2023), P)

# 90. Guangdong, a county bureau of an autonomous county 2022: the name in the title with 政务公开
P = six("2022年，连南瑶族自治县教育局认真落实政务公开要求。", 2022, "我局", (264, 2),
        "存在的问题是学校公开不够规范。下一步，我局将加强指导。")
add("f-gd-liannan-jyj-2022-zhengwu",
    text(["连南瑶族自治县教育局2022年度政务公开工作年度报告"], P),
    {}, ("连南瑶族自治县教育局", "department", "广东省", "清远市", "连南瑶族自治县", 2022), P)

# 91. Zhejiang, a street 2023: the title says 街道 without 办事处
P = six("2023年，我街道认真落实基层政务公开要求。", 2023, "我街道", (236, 1),
        "存在的问题是社区公开栏更新不及时。下一步，我街道将加强社区公开栏管理。")
add("f-zj-beigan-2023-jiedao", text(["杭州市萧山区北干街道2023年政府信息公开工作年度报告"], P),
    {}, ("杭州市萧山区北干街道办事处", "township", "浙江省", "杭州市", "萧山区", 2023), P)

# 92. Hubei, a city's public resources trading centre 2022
P = six("2022年，我中心依法公开公共资源交易信息。", 2022, "我中心", (3260, 3),
        "存在的问题是交易信息公开的标准化程度不高。下一步，我中心将统一公开标准。")
add("f-hub-xiangyang-ggzy-2022", text(["襄阳市公共资源交易中心2022年政府信息公开工作年度报告"], P),
    {}, ("襄阳市公共资源交易中心", "department", "湖北省", "襄阳市", None, 2022), P)

# 93. Sichuan, a county 2023: the crawl title ends with a bare date
P = six("2023年，荥经县人民政府推进政务公开。", 2023, "县政府", (1120, 3),
        "存在的主要问题是政策解读不够。下一步，我县将加强政策解读。")
add("f-sc-yingjing-2023-titledate",
    row("crawl-f.csv", "荥经县人民政府2023年政府信息公开工作年度报告 2024-01-20", "\n".join(lines([], P)), date="2024/1/20"),
    {}, ("荥经县人民政府", "county", "四川省", "雅安市", "荥经县", 2023), P, published="2024-01-20")

# 94. Shanxi, a city bureau 2022 published as an attachment: 附件 alone on the first line
P = six("2022年，阳泉市人力资源和社会保障局认真落实政务公开要求。", 2022, "我局", (612, 8),
        "存在的问题是政策解读不够通俗。下一步，我局将推出图解解读。")
add("f-sx-yangquan-rsj-2022-fujian", text(["附件", "阳泉市人力资源和社会保障局2022年政府信息公开工作年度报告"], P),
    {}, ("阳泉市人力资源和社会保障局", "department", "山西省", "阳泉市", None, 2022), P)

# 95. Jiangxi, a county 2024: problems and measures as two level-1 parts, then 其他
P = parts(["2024年，铅山县人民政府推进政务公开。", "2024年，县政府主动公开政府信息1620条。",
           "本年新收政府信息公开申请9件，办结9件。", NONE_APPEALS,
           "一是公开内容不够全面；二是政策解读形式单一。", "一是完善公开目录；二是丰富解读形式。", NONE_OTHER],
          kinds=("overview", "proactive", "requests", "appeals", "problems", "plans", "other"),
          titles=(*T6[:4], "存在的主要问题", "改进措施", "其他需要报告的事项"))
add("f-jx-yanshan-2024-seven", text(["铅山县人民政府2024年政府信息公开工作年度报告"], P),
    {}, ("铅山县人民政府", "county", "江西省", "上饶市", "铅山县", 2024), P)

# 96. Shandong, a county 2022: part 四 reworded
P = six("2022年，莒县人民政府推进政务公开。", 2022, "县政府", (1840, 11),
        "存在的主要问题是公开质量不高。下一步，我县将提升公开质量。", appeals="全年发生政府信息公开行政复议2件，行政诉讼1件。",
        titles=(*T6[:3], "因政府信息公开工作被申请行政复议、提起行政诉讼情况", *T6[4:]))
add("f-sd-juxian-2022-appeals-reworded", text(["莒县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("莒县人民政府", "county", "山东省", "日照市", "莒县", 2022), P)

# 97. Hebei, a city bureau 2023: a publication line with the time of day in the first lines
P = six("2023年，廊坊市生态环境局推进环境信息公开。", 2023, "我局", (940, 5),
        "存在的问题是公开不够及时。下一步，我局将及时公开。")
add("f-hb-langfang-sthjj-2023-pubtime",
    text(["廊坊市生态环境局2023年政府信息公开工作年度报告", "发布时间：2024年01月19日 10:20　　信息来源：廊坊市生态环境局"], P),
    {}, ("廊坊市生态环境局", "department", "河北省", "廊坊市", None, 2023), P, published="2024-01-19")

# 98. Yunnan, a county 2021: ASCII parentheses for the sub-heads, plans in a (二) sub-head
P = six("2021年，禄劝彝族苗族自治县人民政府推进政务公开。", 2021, "县政府", (1360, 3),
        ["(一)存在的主要问题", "公开内容不够全面。", "(二)改进情况", "完善公开目录，加强督促检查。"])
add("f-yn-luquan-2021-ascii", text(["禄劝彝族苗族自治县人民政府2021年政府信息公开工作年度报告"], P),
    {}, ("禄劝彝族苗族自治县人民政府", "county", "云南省", "昆明市", "禄劝彝族苗族自治县", 2021), P)

# 99. Ningxia, a county 2022: the title over two lines, the body on the second
P = six("2022年，同心县人民政府推进政务公开。", 2022, "县政府", (1120, 2),
        "存在的主要问题是基层公开薄弱。下一步，我县将加强基层公开。")
add("f-nx-tongxin-2022-twolines", text(["同心县人民政府", "2022年政府信息公开工作年度报告"], P),
    {}, ("同心县人民政府", "county", "宁夏回族自治区", "吴忠市", "同心县", 2022), P)

# 100. Guangxi, a city 2024: a crawl date column in Chinese
P = six("2024年，贵港市人民政府推进政务公开。", 2024, "市政府", (4120, 33),
        "存在的主要问题是政务公开专区作用发挥不够。2025年，我市将优化政务公开专区。")
add("f-gx-guigang-2024-cndate",
    row("crawl-f.jsonl", "贵港市人民政府2024年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2025年01月21日"),
    {}, ("贵港市人民政府", "city", "广西壮族自治区", "贵港市", None, 2024), P, published="2025-01-21")

# 101. Chongqing, a county's town 2023: the town and county in the title, 重庆市 nowhere
P = six("2023年，我镇认真落实政务公开工作要求。", 2023, "我镇", (146, 0),
        "存在的问题是公开内容较少。下一步，我镇将丰富公开内容。")
add("f-cq-longtan-2023-town", text(["酉阳土家族苗族自治县龙潭镇人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("酉阳土家族苗族自治县龙潭镇人民政府", "township", "重庆市", "重庆市", "酉阳土家族苗族自治县", 2023), P)

# 102. Heilongjiang, a forestry district 2022 (a district of 伊春市)
P = six("2022年，伊春市伊美区人民政府推进政务公开。", 2022, "区政府", (1240, 2),
        "存在的主要问题是公开的主动性不够。下一步，我区将增强公开的主动性。")
add("f-hlj-yimei-2022", text(["伊春市伊美区人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("伊春市伊美区人民政府", "district", "黑龙江省", "伊春市", "伊美区", 2022), P)

# 103. Hainan, a district commission 2023: 我局 in the body, the full name only in the signature
P = six("2023年，我局认真落实政务公开工作要求，推进卫生健康信息公开。", 2023, "我局", (312, 4),
        "存在的问题是公开不够及时。下一步，我局将建立信息发布提醒机制。")
add("f-hi-meilan-wjj-2023-sign", text([], P, ["海口市美兰区卫生健康委员会", "2024年1月22日"]),
    {}, ("海口市美兰区卫生健康委员会", "department", "海南省", "海口市", "美兰区", 2023), P, published="2024-01-22")

# 104. Inner Mongolia, a 苏木 2024: the title with its banner
P = six("2024年，我苏木认真落实基层政务公开要求。", 2024, "我苏木", (98, 0),
        "存在的问题是公开内容不够丰富。2025年，我苏木将丰富公开内容。")
add("f-nmg-bayannuur-sumu-2024", text(["新巴尔虎右旗宝格德乌拉苏木人民政府2024年政府信息公开工作年度报告"], P),
    {}, ("新巴尔虎右旗宝格德乌拉苏木人民政府", "township", "内蒙古自治区", "呼伦贝尔市", "新巴尔虎右旗", 2024), P)


# ============================ G. batch D: provincial departments and county bureaus crawled, 2013–2020 ============================

K7 = ("overview", "proactive", "requests", "fees", "appeals", "problems", "other")
T7B = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
       "因政府信息公开申请提起行政复议、行政诉讼的情况", "政府信息公开工作存在的主要问题及改进措施", "其他需要报告的事项")


def old7(overview: str | list[str], year: int, we: str, counts: tuple[int, int], problems: str) -> list[Part]:
    """The seven parts of the 2008 format with short bodies."""
    pro = f"{year}年，{we}共主动公开政府信息{counts[0]}条。"
    req = f"{year}年，{we}共受理政府信息公开申请{counts[1]}件，均已按期答复。"
    return parts([overview, pro, req, "未收取任何费用。", "未发生因政府信息公开申请提起的行政复议和行政诉讼。", problems,
                  "无其他需要报告的事项。"], kinds=K7, titles=T7B)


def classic(body: str, year: int, site: str = "", contact: str = "") -> str:
    """The 2008-era preamble: what the report holds, the statistics period, where the electronic copy
    is and whom to ask."""
    out = ("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，特向社会公布本年度政府信息公开工作报告。"
           "全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、"
           "因政府信息公开申请提起行政复议和行政诉讼的情况、政府信息公开工作存在的主要问题及改进措施、其他需要报告的事项。"
           f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。")
    if site:
        out += f"本报告的电子版可在{site}门户网站下载。"
    if contact:
        out += f"如对本报告有任何疑问，请与{contact}办公室联系（电话：0000-12345678）。"
    return out


# 105. Henan, a provincial department 2014: generic crawl title; the whole report on one line; 电子版 and 联系 name it
P = old7("2014年，我厅认真贯彻落实《条例》，进一步完善工作机制。", 2014, "我厅", (1260, 14),
         "存在的主要问题是公开内容不够全面。2015年，我厅将进一步拓展公开内容。")
add("g-hen-jyt-2014-classic-flat",
    row("crawl-g.csv", "政府信息公开年度报告", flat([classic("", 2014, "河南省教育厅", "河南省教育厅")], P, sep="　　"),
        date="2015-03-26"),
    {}, ("河南省教育厅", "department", "河南省", None, None, 2014), P, published="2015-03-26")

# 106. Hubei, a provincial department 2015: 本报告是根据…要求，由X编制
P = old7("2015年，我厅坚持以公开为原则，推进商务信息公开。", 2015, "我厅", (860, 6),
         "存在的主要问题是公开的及时性不够。下一步，我厅将建立信息发布提醒机制。")
add("g-hub-swt-2015-compiled",
    text(["本报告是根据《中华人民共和国政府信息公开条例》要求，由湖北省商务厅编制。"
          "本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。"], P),
    {}, ("湖北省商务厅", "department", "湖北省", None, None, 2015), P)

# 107. Jiangxi, a provincial department 2016: the name only in the contact sentence
P = old7("2016年，我厅认真落实《条例》，做好财政信息公开工作。", 2016, "我厅", (1520, 11),
         "存在的主要问题是预决算公开的细化程度不够。下一步，我厅将推动预决算公开细化到项目。")
add("g-jx-czt-2016-contact", text([classic("", 2016, "", "江西省财政厅")], P),
    {}, ("江西省财政厅", "department", "江西省", None, None, 2016), P)

# 108. Guangdong, a provincial department 2017: the name only in the 电子版 sentence
P = old7("2017年，我厅按照省政府的部署，扎实做好水利信息公开工作。", 2017, "我厅", (980, 5),
         "存在的主要问题是公开形式不够多样。下一步，我厅将运用新媒体拓展公开渠道。")
add("g-gd-slt-2017-site", text([classic("", 2017, "广东省水利厅")], P),
    {}, ("广东省水利厅", "department", "广东省", None, None, 2017), P)

# 109. Liaoning, a provincial department 2018: 省民政厅 in the body; the signature after CRLF line ends
P = parts(["2018年，省民政厅深入贯彻落实《条例》，推进民政信息公开。", "2018年，省民政厅主动公开政府信息1120条。",
           "全年受理政府信息公开申请23件，均已答复。", "未收取费用。", "发生行政复议1件。",
           "存在的主要问题是基层民政信息公开不规范。2019年，我厅将加强对基层的指导。", "无。"], kinds=K7, titles=T7B)
add("g-ln-mzt-2018-crlf", "\r\n".join([*lines([], P), "辽宁省民政厅", "2019年3月28日"]) + "\r\n",
    {}, ("辽宁省民政厅", "department", "辽宁省", None, None, 2018), P, published="2019-03-28")

# 110. Guizhou, a provincial commission 2016: only its abbreviation 省卫生计生委 in the body and the contact
P = old7("2016年，省卫生计生委认真落实《条例》，推进卫生计生信息公开。", 2016, "省卫生计生委", (1630, 19),
         "存在的主要问题是政策解读不够。下一步，我委将加强政策解读。")
add("g-gz-wjw-2016-abbr", text([classic("", 2016, "", "贵州省卫生计生委")], P),
    {}, ("贵州省卫生和计划生育委员会", "department", "贵州省", None, None, 2016), P)

# 111. Sichuan, a provincial department 2017 in a JSONL crawl whose title column is the site's name
P = old7("2017年，我厅坚持把政府信息公开作为推进依法行政的重要抓手。", 2017, "我厅", (2130, 31),
         "存在的主要问题是公开的规范性有待提高。下一步，我厅将规范公开流程。")
add("g-sc-gtzyt-2017-sitetitle",
    row("crawl-g.jsonl", "四川省国土资源厅", "\n".join(lines([], P)), date="2018-03-30",
        url="http://www.scdlr.gov.cn/zwgk/ndbg/2018/1.html"),
    {}, ("四川省国土资源厅", "department", "四川省", None, None, 2017), P, published="2018-03-30")

# 112. Zhejiang, a provincial department 2015: the year before the name in the preamble
P = old7("2015年，我厅认真贯彻落实《条例》和《浙江省政府信息公开暂行办法》。", 2015, "我厅", (2260, 27),
         "存在的主要问题是环境信息公开的深度不够。下一步，我厅将深化环境信息公开。")
add("g-zj-hbt-2015-yearfirst",
    text(["根据《中华人民共和国政府信息公开条例》和《浙江省政府信息公开暂行办法》规定，特向社会公布2015年度浙江省环境保护厅政府信息公开年度报告。"], P),
    {}, ("浙江省环境保护厅", "department", "浙江省", None, None, 2015), P)

# 113. Shaanxi, a provincial department 2013: CR-only line ends
P = old7("2013年，我厅认真贯彻《条例》，政府信息公开工作取得新进展。", 2013, "我厅", (680, 3),
         "存在的主要问题是信息公开的主动性不强。下一步，我厅将增强公开意识。")
add("g-sn-lyt-2013-cr", "\r".join(["陕西省林业厅2013年政府信息公开工作年度报告", *lines([], P)]) + "\r",
    {}, ("陕西省林业厅", "department", "陕西省", None, None, 2013), P)

# 114. Yunnan, a provincial bureau 2014: only 云南省工商局 (its common short name) in the 电子版 sentence
P = old7("2014年，我局以推进商事制度改革为契机，做好政府信息公开工作。", 2014, "我局", (1820, 9),
         "存在的主要问题是企业信用信息公开不够全面。下一步，我局将完善企业信用信息公示系统。")
add("g-yn-gsj-2014-short", text([classic("", 2014, "云南省工商局")], P),
    {}, ("云南省工商行政管理局", "department", "云南省", None, None, 2014), P)

# 115. Hunan, a provincial bureau 2016: 省食药监局 in the body, the full name in the signature
P = old7("2016年，省食药监局深入贯彻《条例》，推进食品药品监管信息公开。", 2016, "省食药监局", (2410, 16),
         "存在的主要问题是抽检信息公开不够及时。下一步，我局将及时公布抽检信息。")
add("g-hun-sydj-2016-abbr", text([], P, ["湖南省食品药品监督管理局", "2017年3月30日"]),
    {}, ("湖南省食品药品监督管理局", "department", "湖南省", None, None, 2016), P, published="2017-03-30")

# 116. Anhui, a provincial bureau 2017: 省安监局 compiles; the contact names the full name
P = old7("2017年，省安监局坚持以公开促安全，推进安全生产信息公开。", 2017, "省安监局", (1340, 7),
         "存在的主要问题是事故调查报告公开不够及时。下一步，我局将及时公开事故调查报告。")
add("g-ah-ajj-2017-abbr",
    text(["本报告由省安监局办公室编制。" + classic("", 2017, "", "安徽省安全生产监督管理局")], P),
    {}, ("安徽省安全生产监督管理局", "department", "安徽省", None, None, 2017), P)

# 117. Zhejiang, a county bureau 2015: 本局; the signature with a month only
P = old7("2015年，本局认真落实政府信息公开工作。", 2015, "本局", (216, 1),
         "存在的主要问题是公开内容较少。下一步，本局将丰富公开内容。")
add("g-zj-changxing-nyj-2015-sign", text([], P, ["长兴县农业局", "2016年3月"]),
    {}, ("长兴县农业局", "department", "浙江省", "湖州市", "长兴县", 2015), P)

# 118. Shandong, a county bureau 2019 (the 2019 format): 县人社局; the signature
P = six("2019年，县人社局认真贯彻新修订的《条例》，推进人社领域政务公开。", 2019, "县人社局", (412, 3),
        "存在的主要问题是政策解读不够。下一步，我局将加强政策解读。")
add("g-sd-yuncheng-rsj-2019-abbr", text([], P, ["郓城县人力资源和社会保障局", "2020年1月20日"]),
    {}, ("郓城县人力资源和社会保障局", "department", "山东省", "菏泽市", "郓城县", 2019), P, published="2020-01-20")

# 119. Jiangsu, a county bureau 2018: flattened with ideographic spaces in a crawl row, the old parts
P = old7("2018年，睢宁县民政局认真落实《条例》，推进民政信息公开。", 2018, "我局", (356, 2),
         "存在的主要问题是公开的及时性不够。下一步，我局将及时公开。")
add("g-js-suining-mzj-2018-flat",
    row("crawl-g.csv", "睢宁县民政局2018年度政府信息公开工作年度报告", flat([], P, sep="\u3000"), date="2019-03-29"),
    {}, ("睢宁县民政局", "department", "江苏省", "徐州市", "睢宁县", 2018), P, published="2019-03-29")

# 120. Hunan, a county-level city's bureau 2020 (the 2019 format): generic title, 我局, signature
P = six("2020年，我局认真落实政务公开要求，推进教育信息公开。", 2020, "我局", (520, 6),
        "存在的主要问题是学校公开不够规范。下一步，我局将加强对学校的指导。")
add("g-hun-ningxiang-jyj-2020-generic",
    row("crawl-g.jsonl", "2020年度政府信息公开工作年度报告", "\n".join([*lines([], P), "宁乡市教育局", "2021年1月25日"]),
        date="2021-01-26"),
    {}, ("宁乡市教育局", "department", "湖南省", "长沙市", "宁乡市", 2020), P, published="2021-01-26")


# ============================ H. batch E: whole crawled reports with their statistics tables ============================


def tables(template: str, seed: int, rendering: str, year: int) -> dict[str, str]:
    """The template's tables (filled with consistent values) in one rendering, by table key."""
    import random

    from tests.report_writer import consistent_values, layout, render_tables

    values = consistent_values(template, random.Random(seed))
    rendered = render_tables(template, values, rendering=rendering, year=year)
    return dict(zip([t.key for t in layout(template)], rendered, strict=True))


def with_tables(ps: list[Part], tabs: dict[str, str]) -> list[Part]:
    """The 2019/2021 parts with tables 二, 三, 四 after the paragraphs of parts 二, 三, 四."""
    keys = {1: "active", 2: "requests", 3: "appeals"}
    return [(h, k, [*b, tabs[keys[i]]] if i in keys else b, t) for i, (h, k, b, t) in enumerate(ps)]


# 121. Hubei, a provincial department 2023: the whole report and its tables on one line; signature run on
P = with_tables(six("2023年，我厅围绕粮食安全、乡村振兴推进政务公开。", 2023, "我厅", (1480, 21),
                    "存在的主要问题是涉农政策解读不够通俗。下一步，我厅将推出更多图解解读。"), tables("gov2021", 11, "flat", 2023))
add("h-hub-nynct-2023-flat-tables",
    row("crawl-h.csv", "年度报告", flat([LAW + "编制本报告。"], P, ["湖北省农业农村厅", "2024年1月18日"]), date="2024-01-19"),
    {}, ("湖北省农业农村厅", "department", "湖北省", None, None, 2023), P, published="2024-01-19")

# 122. Shandong, a provincial department 2022: one cell a line with CR line ends; no title; the name in 本报告由
P = with_tables(six("2022年，我厅坚持以人民为中心，推进人社领域政务公开。", 2022, "我厅", (2260, 64),
                    "存在的主要问题是基层经办信息公开不够规范。下一步，我厅将加强基层指导。"), tables("gov2021", 12, "cells", 2022))
add("h-sd-rst-2022-cells-cr",
    row("crawl-h.csv", "", "\r".join(["本报告由山东省人力资源和社会保障厅编制。", *lines([], P)]).replace("\n", "\r"), date="2023-01-30"),
    {}, ("山东省人力资源和社会保障厅", "department", "山东省", None, None, 2022), P, published="2023-01-30")

# 123. Jiangxi, a county 2020 (the 2019 format): the tables flattened with spaces; title in the text
P = with_tables(six("2020年，上犹县人民政府认真贯彻新修订的《条例》。", 2020, "县政府", (1320, 7),
                    "存在的主要问题是公开的规范性不够。下一步，我县将规范公开流程。"), tables("gov2019", 13, "flat_spaced", 2020))
add("h-jx-shangyou-2020-flatspaced",
    row("crawl-h.jsonl", "上犹县人民政府2020年政府信息公开工作年度报告",
        " ".join(["上犹县人民政府2020年政府信息公开工作年度报告", *lines([], P)]), date="2021-01-28"),
    {}, ("上犹县人民政府", "county", "江西省", "赣州市", "上犹县", 2020), P, published="2021-01-28")

# 124. Guangdong, a city bureau 2024: the tables as Markdown pipes inside a text crawl, generic title
P = with_tables(six("2024年，我局围绕交通强市建设推进政务公开。", 2024, "我局", (860, 12),
                    "存在的主要问题是政策解读的互动性不强。2025年，我局将开展在线访谈。"), tables("gov2021", 14, "markdown", 2024))
add("h-gd-shantou-jtj-2024-pipes",
    row("crawl-h.jsonl", "2024年年报", "\n".join([*lines([], P), "汕头市交通运输局", "2025年1月20日"]), date="2025-01-21"),
    {}, ("汕头市交通运输局", "department", "广东省", "汕头市", None, 2024), P, published="2025-01-21")

# 125. Sichuan, a county 2016 (the 2014 statistics table as an annex, one cell a line)
tab = tables("gov2014", 15, "cells", 2016)["stats"]
P = old7("2016年，剑阁县人民政府认真贯彻落实《条例》。", 2016, "县政府", (2140, 5),
         "存在的主要问题是公开的深度不够。下一步，我县将深化重点领域公开。")
# (the caption is the part's title, 附件： left out, as the dev gold writes annex captions; labelled
# 附件：剑阁县… at first, corrected after textmine read it)
P = [*P[:6], ("七、附件：剑阁县人民政府2016年政府信息公开情况统计表", "statistics", [tab], "剑阁县人民政府2016年政府信息公开情况统计表")]
add("h-sc-jiange-2016-annex-cells", text(["剑阁县人民政府2016年政府信息公开工作年度报告"], P),
    {}, ("剑阁县人民政府", "county", "四川省", "广元市", "剑阁县", 2016), P)

# 126. Henan, a provincial department 2021: CR runs between cells (an empty cell an empty run)
P = with_tables(six("2021年，省交通运输厅认真贯彻落实新修订的《条例》。", 2021, "省交通运输厅", (1960, 33),
                    "存在的主要问题是公开平台功能不够完善。下一步，我厅将优化门户网站功能。"), tables("gov2021", 16, "cells", 2021))
add("h-hen-jtt-2021-crruns",
    row("crawl-h.csv", "河南省交通运输厅2021年政府信息公开工作年度报告",
        "\r\r".join(lines([], P)).replace("\n", "\r\r"), date="2022-01-27"),
    {}, ("河南省交通运输厅", "department", "河南省", None, None, 2021), P, published="2022-01-27")


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES11, out)


if __name__ == "__main__":
    write()
