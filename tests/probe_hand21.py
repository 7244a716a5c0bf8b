"""Test utility: the twenty-first held-out probe set ``tests/cases/probes21`` (issue 10 item 1, issuer,
level and places on unseen reports), written and labelled by hand before its writer read textmine's
metadata code or ran textmine on it, for the provinces the earlier sets hold least (内蒙古 盟/旗, 新疆 and
the 兵团's 师 and 团, 西藏 地区, 青海/甘肃 自治州, 宁夏, 贵州, 云南, 广西, 海南, 黑龙江 林区, 吉林, 辽宁, 天津, 重庆
districts and counties) in the shapes real crawls take:

- crawl rows whose title column is only the portal's column name (政府信息公开年报, 年度报告, 信息公开年报)
  and whose text starts with the body (一、总体情况);
- portal pages whose ``<title>``, breadcrumb and footer name the hosting government (XX市人民政府) while the
  report is one of its departments', named only in the body or the signature;
- vertical bodies (国家税务总局XX市税务局, XX海关, 国家金融监督管理总局XX监管分局, XX市气象局, 国家统计局XX调查队);
- street and 乡 reports titled ``XX街道2023年政务公开工作年度报告``, signed with the district or county;
- 地区行政公署, 林区 districts, 自治县 and a 兵团 regiment (团);
- bodies whose name holds another place (XX市XX新区管理委员会, XX地区行政公署驻乌鲁木齐办事处);
- a joint party and government office (中共XX县委办公室 XX县人民政府办公室);
- reports signed only by the closing 落款 and a date; a 2008–2012 report naming the body only in
  ``本报告由XX编制``.

Conventions are those of the earlier sets (``tests/probe_hand15.py``, ``tests/probe_hand19.py``): the issuer
is the fullest name the report or its container gives (a hosting portal's name is not the report's);
a government's report signed or compiled by its office is the government's; a district or county body
takes its district or county; a town, 乡 or street is ``township`` with its county or district; a 兵团
division (师) is ``city`` with city the division's full name, a regiment (团) is ``township`` under its
division with no county; a 地区 is a city; a development zone's or new area's committee is ``city``
with its city; a 驻外办事处 is ``department`` of the body that sends it; a joint office of a party
committee and a government reports under the 条例 as the government's office (only that half is an
administrative organ). ``published`` is the crawl's or the page's date, else the date under the
signature, else ``None``; ``template`` is ``None``.

Batch A (section A) was written and labelled on main's code at 0f5356d and scored before any fix; batch B
(section B) was written after batch A's fixes (its writer had then read the metadata code) and scored before
any further fix, to see whether they generalise; batch C (section C) likewise after batch B's fixes (figures
in bench/README.md).

``python -m tests.probe_hand21`` rewrites ``tests/cases/probes21/``.

Example:
    >>> text, header, want = PROBES21["a-nmg-helinger-xinqu-2022"]
    >>> want["issuer"], want["admin_level"], want["city"]
    ('呼和浩特市和林格尔新区管理委员会', 'city', '呼和浩特市')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import Part, blocks, cms_page, text
from tests.probe_hand11 import six
from tests.probe_hand18 import body, old7, row
from tests.probe_sets import LAW, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes21"

PROBES21: dict[str, Probe] = {}

#: The 2021 format notice's citation.
CITE = ("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发"
        "〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，")


def add(pid: str, content: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True, published: str | None = None) -> None:
    """Register a probe; expected kinds and titles are the parts'."""
    issuer, level, province, city, county, year = meta
    register(PROBES21, pid, content, header, issuer, level, province, city, county, year,
             [k for _, k, _, _ in ps], [t for _, _, _, t in ps], plans=plans)
    PROBES21[pid][2]["published"] = published
    PROBES21[pid][2]["template"] = None


def page(title_tag: str, ps: list[Part], *, site: str, crumbs: str, info: str = "", tail: tuple[str, ...] = (),
         h1: str | None = None) -> str:
    """A department's report on its government's portal: the ``<title>``, breadcrumb and footer name the portal."""
    return cms_page(title_tag, [*blocks(ps), *tail], site=site, h1=h1, info=info, crumbs=crumbs)


# ============================ A. batch A ============================

# 1. Inner Mongolia, a banner 2023: crawl title the column name; text starts at 一、; 旗政府; signed by its office
P = six("2023年，旗政府坚持以人民为中心，围绕能源产业转型和乡村振兴推进政务公开。", 2023, "旗政府", (1486, 9),
        "存在的主要问题是苏木镇公开内容更新不及时。2024年，旗政府将加强对苏木镇的指导。")
add("a-nmg-yijinhuoluo-2023-column", row("crawl-a.csv", "政府信息公开年报",
                                         body([], P, ["伊金霍洛旗人民政府办公室", "2024年1月22日"]), date="2024-01-26"), {},
    ("伊金霍洛旗人民政府", "county", "内蒙古自治区", "鄂尔多斯市", "伊金霍洛旗", 2023), P, published="2024-01-26")

# 2. Inner Mongolia, a 盟's bureau 2022 on the 行政公署's portal (title tag, crumbs, footer name the portal)
P = six("2022年，我局围绕肉牛产业和高标准农田建设推进农牧领域政务公开。", 2022, "我局", (364, 2),
        "存在的主要问题是惠农惠牧政策解读不够通俗。2023年，我局将推出图解解读。")
add("a-nmg-xinganmeng-nmj-2022-portal",
    page("2022年政府信息公开工作年度报告-兴安盟行政公署", P, site="兴安盟行政公署",
         crumbs="首页 > 政务公开 > 部门信息公开 > 政府信息公开年报", info="发布时间：2023-01-29",
         tail=("兴安盟农牧局", "2023年1月20日")), {},
    ("兴安盟农牧局", "department", "内蒙古自治区", "兴安盟", None, 2022), P, published="2023-01-29")

# 3. 兵团, a regiment 2022: crawl title 年度报告; 我团; the regiment named in the signature
P = six("2022年，我团在师市党委的领导下，围绕棉花产业和职工增收推进政务公开。", 2022, "我团", (212, 0),
        "存在的主要问题是连队公开栏更新不及时。2023年，我团将按月检查连队公开栏。")
add("a-bt-yishi-shituan-2022-regiment", row("crawl-b.jsonl", "年度报告",
                                            body([], P, ["新疆生产建设兵团第一师十团", "2023年1月16日"]), date="2023-01-18"), {},
    ("新疆生产建设兵团第一师十团", "township", "新疆维吾尔自治区", "新疆生产建设兵团第一师", None, 2022), P,
    published="2023-01-18")

# 4. 兵团, a 师市's bureau 2023: title with 第八师石河子市 only, the 兵团 nowhere (label corrected after scoring: the
#    earlier sets and textmine/corps.py write a division's bodies with the Corps' name in front, 新疆生产建设兵团第八师财政局)
P = six("2023年，我局围绕预算公开和惠民惠农资金管理推进财政政务公开。", 2023, "我局", (288, 1),
        "存在的主要问题是团场预决算公开不够细化。2024年，我局将细化团场预决算公开。")
add("a-bt-bashi-czj-2023", text(["第八师石河子市财政局2023年政府信息公开工作年度报告"], P), {},
    ("新疆生产建设兵团第八师石河子市财政局", "department", "新疆维吾尔自治区", "新疆生产建设兵团第八师", None, 2023), P)

# 5. Xinjiang, a 地区行政公署 2021: crawl title 年度报告; 行署; signed by its office
P = six("2021年，行署坚持以人民为中心，围绕边境贸易和民生改善推进政务公开。", 2021, "行署", (2146, 12),
        "存在的主要问题是县市公开工作不够平衡。2022年，行署将加强对县市的督导。")
add("a-xj-tacheng-xingshu-2021", row("crawl-a.csv", "年度报告",
                                     body([], P, ["塔城地区行政公署办公室", "2022年1月25日"]), date="2022-01-27"), {},
    ("塔城地区行政公署", "city", "新疆维吾尔自治区", "塔城地区", None, 2021), P, published="2022-01-27")

# 6. Tibet, a 地区 2011 (now 山南市): 2008 format; the body named only in 本报告由…编制
P = old7("2011年，全区各级各部门认真贯彻落实《条例》，进一步健全政府信息公开工作机制。", 2011, "行署", (1132, 3),
         "存在的问题是县乡公开工作基础薄弱。2012年，将加强对各县的业务培训。")
add("a-xz-shannan-diqu-2011-bianzhi", text(["本报告由山南地区行政公署办公室编制。" + LAW + "现公布2011年度政府信息公开工作报告。"], P), {},
    ("山南地区行政公署", "city", "西藏自治区", "山南地区", None, 2011), P)

# 7. Qinghai, an 自治州's bureau 2022: title the short form 玉树州住建局; the full name signs
P = six("2022年，我局围绕灾后城镇建设和保障性住房推进住房城乡建设领域政务公开。", 2022, "我局", (236, 1),
        "存在的主要问题是工程建设项目公开不够全面。2023年，我局将完善项目公开。")
add("a-qh-yushu-zjj-2022-short", text(["玉树州住建局2022年政府信息公开工作年度报告"], P,
                                      ["玉树藏族自治州住房和城乡建设局", "2023年1月12日"]), {},
    ("玉树藏族自治州住房和城乡建设局", "department", "青海省", "玉树藏族自治州", None, 2022), P, published="2023-01-12")

# 8. Gansu, a 乡 of an 自治州's county 2023 titled 政务公开工作年度报告; signed with the county
P = six("2023年，我乡在县委、县政府的领导下，围绕乡村振兴推进基层政务公开。", 2023, "我乡", (96, 0),
        "存在的主要问题是村务公开不够规范。2024年，我乡将制定村务公开清单。")
add("a-gs-basong-2023-xiang", text(["八松乡2023年政务公开工作年度报告"], P, ["康乐县八松乡人民政府", "2024年1月10日"]), {},
    ("康乐县八松乡人民政府", "township", "甘肃省", "临夏回族自治州", "康乐县", 2023), P, published="2024-01-10")

# 9. Ningxia, a county 2010: 2008 format; no title; named only in 本报告由…县人民政府办公室编制
P = old7("2010年，我县认真贯彻落实《条例》，进一步完善政府信息公开工作制度。", 2010, "县政府", (986, 2),
         "存在的问题是部分部门公开意识不强。2011年，我县将加强督查考核。")
add("a-nx-xiji-2010-bianzhi", row("crawl-b.jsonl", "政府信息公开年报",
                                  body(["本报告由西吉县人民政府办公室编制。" + LAW + "现公布本年度报告。"], P), date="2011-03-28"), {},
    ("西吉县人民政府", "county", "宁夏回族自治区", "固原市", "西吉县", 2010), P, published="2011-03-28")

# 10. Guizhou, a county-level city's tax bureau 2022: crawl title 信息公开年报; 我局; full name signs
P = six("2022年，我局坚持以纳税人缴费人为中心，围绕组合式税费支持政策推进政务公开。", 2022, "我局", (198, 1),
        "存在的主要问题是政策解读的针对性不够。2023年，我局将分行业推送政策解读。")
add("a-gz-xingyi-swj-2022-column", row("crawl-a.csv", "信息公开年报",
                                       body([], P, ["国家税务总局兴义市税务局", "2023年1月17日"]), date="2023-01-19"), {},
    ("国家税务总局兴义市税务局", "department", "贵州省", "黔西南布依族苗族自治州", "兴义市", 2022), P,
    published="2023-01-19")

# 11. Yunnan, a customs 2023: title; 我关
P = six("2023年，我关围绕面向南亚东南亚辐射中心建设和口岸提效推进政务公开。", 2023, "我关", (312, 3),
        "存在的主要问题是通关政策解读不够及时。2024年，我关将同步发布政策解读。")
add("a-yn-kunming-haiguan-2023", text(["昆明海关2023年政府信息公开工作年度报告"], P), {},
    ("昆明海关", "department", "云南省", "昆明市", None, 2023), P)

# 12. Guangxi, a financial regulator's sub-bureau 2024: crawl title 年度报告; 我分局; full name signs
P = six("2024年，我分局认真贯彻落实《条例》，围绕防范化解金融风险推进监管信息公开。", 2024, "我分局", (132, 1),
        "存在的主要问题是行政处罚信息公开不够及时。2025年，我分局将缩短公开时限。")
add("a-gx-baise-jgfj-2024-column", row("crawl-b.jsonl", "年度报告",
                                       body([], P, ["国家金融监督管理总局百色监管分局", "2025年1月20日"]), date="2025-01-22"), {},
    ("国家金融监督管理总局百色监管分局", "department", "广西壮族自治区", "百色市", None, 2024), P, published="2025-01-22")

# 13. Hainan, a survey team of a 省直辖 county-level city 2022: crawl title 信息公开年报; 我队
P = six("2022年，我队认真贯彻落实国家统计局关于政务公开的部署，依法发布统计调查数据。", 2022, "我队", (146, 0),
        "存在的主要问题是数据解读不够通俗。2023年，我队将推出图解数据。")
add("a-hi-qionghai-dcd-2022-column", row("crawl-a.csv", "信息公开年报",
                                         body([], P, ["国家统计局琼海调查队", "2023年1月13日"]), date="2023-01-16"), {},
    ("国家统计局琼海调查队", "department", "海南省", None, "琼海市", 2022), P, published="2023-01-16")

# 14. Heilongjiang, a district of the 伊春 forest region created in 2019 (金林区) 2020: title in full
P = six("2020年，区政府围绕林区转型和森林康养产业推进政务公开。", 2020, "区政府", (846, 2),
        "存在的主要问题是新设区公开目录尚不完善。2021年，区政府将完善公开目录。")
add("a-hlj-jinlin-2020-linqu", text(["伊春市金林区人民政府2020年政府信息公开工作年度报告"], P), {},
    ("伊春市金林区人民政府", "district", "黑龙江省", "伊春市", "金林区", 2020), P)

# 15. Jilin, a county-level city's bureau 2022 on the city's portal (title tag, crumbs and footer 珲春市人民政府)
P = six("2022年，我局围绕跨境电商和边境贸易推进商务政务公开。", 2022, "我局", (186, 1),
        "存在的主要问题是外贸政策公开不够集中。2023年，我局将建设外贸政策专栏。")
add("a-jl-hunchun-swj-2022-portal",
    page("2022年政府信息公开工作年度报告_珲春市人民政府", P, site="珲春市人民政府",
         crumbs="首页 > 信息公开 > 部门 > 珲春市商务局 > 年报", info="发布时间：2023-01-30",
         tail=("珲春市商务局", "2023年1月18日")), {},
    ("珲春市商务局", "department", "吉林省", "延边朝鲜族自治州", "珲春市", 2022), P, published="2023-01-30")

# 16. Liaoning, a street 2023 titled 政务公开工作年度报告; signed with the district
P = six("2023年，我街道在区委、区政府的领导下，围绕老旧小区改造推进基层政务公开。", 2023, "我街道", (154, 1),
        "存在的主要问题是社区公开栏内容单一。2024年，我街道将丰富社区公开内容。")
add("a-ln-quanshui-2023-street", text(["泉水街道2023年政务公开工作年度报告"], P, ["甘井子区泉水街道办事处", "2024年1月9日"]), {},
    ("甘井子区泉水街道办事处", "township", "辽宁省", "大连市", "甘井子区", 2023), P, published="2024-01-09")

# 17. Tianjin, a municipality's office in Beijing 2021: title in full (names 北京)
P = six("2021年，我办围绕服务京津冀协同发展和在京招商推进政务公开。", 2021, "我办", (64, 0),
        "存在的主要问题是公开内容较少。2022年，我办将丰富公开内容。")
add("a-tj-zhujing-ban-2021", text(["天津市人民政府驻北京办事处2021年政府信息公开工作年度报告"], P), {},
    ("天津市人民政府驻北京办事处", "department", "天津市", "天津市", None, 2021), P)

# 18. Chongqing, an autonomous county 2022: crawl title the column name; text starts at 一、; the signature in full
P = six("2022年，县政府坚持以人民为中心，围绕民族团结和乡村振兴推进政务公开。", 2022, "县政府", (1624, 6),
        "存在的主要问题是乡镇公开质量不够高。2023年，县政府将开展乡镇公开评议。")
add("a-cq-pengshui-2022-column", row("crawl-b.jsonl", "政府信息公开年报",
                                     body([], P, ["彭水苗族土家族自治县人民政府", "2023年1月20日"]), date="2023-01-20"), {},
    ("彭水苗族土家族自治县人民政府", "county", "重庆市", "重庆市", "彭水苗族土家族自治县", 2022), P, published="2023-01-20")

# 19. Chongqing, a district bureau 2023 on the district's portal; 我局; the bureau in the signature
P = six("2023年，我局围绕预决算公开和财政资金直达推进财政政务公开。", 2023, "我局", (274, 2),
        "存在的主要问题是部门预决算公开不够细化。2024年，我局将细化到项目。")
add("a-cq-wanzhou-czj-2023-portal",
    page("政府信息公开工作年度报告_重庆市万州区人民政府", P, site="重庆市万州区人民政府",
         crumbs="首页 > 政务公开 > 政府信息公开年报", info="发布时间：2024-01-25",
         tail=("重庆市万州区财政局", "2024年1月19日")), {},
    ("重庆市万州区财政局", "department", "重庆市", "重庆市", "万州区", 2023), P, published="2024-01-25")

# 20. Guizhou, a joint party and government office 2023: both in the title; the government's office reports
P = six("2023年，我办坚持以人民为中心，围绕县政府文件公开和政策解读推进政务公开。", 2023, "我办", (226, 1),
        "存在的主要问题是政策解读形式单一。2024年，我办将推出视频解读。")
add("a-gz-xifeng-lianban-2023-joint", text(["中共息烽县委办公室 息烽县人民政府办公室2023年政府信息公开工作年度报告"], P), {},
    ("息烽县人民政府办公室", "department", "贵州省", "贵阳市", "息烽县", 2023), P)

# 21. Yunnan, a county-level city's bureau 2022 on the city's portal (大理市人民政府); 我局
P = six("2022年，我局围绕“双减”和学校体育推进教育体育政务公开。", 2022, "我局", (318, 4),
        "存在的主要问题是招生信息公开不够集中。2023年，我局将建设招生专栏。")
add("a-yn-dali-jtj-2022-portal",
    page("2022年度政府信息公开工作年度报告 - 大理市人民政府", P, site="大理市人民政府",
         crumbs="首页 > 政府信息公开 > 部门年报", tail=("大理市教育体育局", "2023年1月16日")), {},
    ("大理市教育体育局", "department", "云南省", "大理白族自治州", "大理市", 2022), P, published="2023-01-16")

# 22. Guangxi, a 乡 of an autonomous county 2023 titled 政务公开工作年度报告
P = six("2023年，我乡在县委、县政府的领导下，围绕梯田旅游和乡村振兴推进基层政务公开。", 2023, "我乡", (118, 0),
        "存在的主要问题是村级公开不够及时。2024年，我乡将按月督查村务公开。")
add("a-gx-sishui-2023-xiang", text(["泗水乡2023年政务公开工作年度报告"], P, ["龙胜各族自治县泗水乡人民政府", "2024年1月15日"]), {},
    ("龙胜各族自治县泗水乡人民政府", "township", "广西壮族自治区", "桂林市", "龙胜各族自治县", 2023), P,
    published="2024-01-15")

# 23. Hainan, a prefecture-level city's bureau 2023 on the city's portal (儋州市人民政府)
P = six("2023年，我局围绕热带高效农业和乡村振兴推进农业农村政务公开。", 2023, "我局", (296, 2),
        "存在的主要问题是惠农补贴公开不够及时。2024年，我局将按季度公开补贴发放。")
add("a-hi-danzhou-nyj-2023-portal",
    page("2023年政府信息公开工作年度报告_儋州市人民政府网", P, site="儋州市人民政府",
         crumbs="首页 > 政务公开 > 政府信息公开年报", info="来源：儋州市农业农村局　发布时间：2024-01-24"), {},
    ("儋州市农业农村局", "department", "海南省", "儋州市", None, 2023), P, published="2024-01-24")

# 24. Inner Mongolia, a new area's committee 2022 (its name holds a county's: 和林格尔)
P = six("2022年，管委会围绕数字经济和项目建设推进政务公开。", 2022, "管委会", (412, 2),
        "存在的主要问题是公开内容不够全面。2023年，管委会将拓展公开领域。")
add("a-nmg-helinger-xinqu-2022", text(["呼和浩特市和林格尔新区管理委员会2022年政府信息公开工作年度报告"], P), {},
    ("呼和浩特市和林格尔新区管理委员会", "city", "内蒙古自治区", "呼和浩特市", None, 2022), P)

# 25. Xinjiang, a 地区's office in Urumqi 2023 (its name holds the capital's)
P = six("2023年，我办围绕服务地区招商引资和驻乌人员管理推进政务公开。", 2023, "我办", (58, 0),
        "存在的主要问题是公开内容较少。2024年，我办将丰富公开内容。")
add("a-xj-kashi-zhuwu-ban-2023", row("crawl-a.csv", "政府信息公开年报",
                                     body([], P, ["喀什地区行政公署驻乌鲁木齐办事处", "2024年1月18日"]), date="2024-01-19"), {},
    ("喀什地区行政公署驻乌鲁木齐办事处", "department", "新疆维吾尔自治区", "喀什地区", None, 2023), P,
    published="2024-01-19")

# 26. Gansu, a survey team 2022: crawl title 年度报告; 我队; the full name in the overview
P = six("2022年，国家统计局天水调查队认真贯彻落实《条例》，依法发布住户调查和价格调查数据。", 2022, "我队", (124, 0),
        "存在的主要问题是数据发布形式单一。2023年，我队将推出数据图解。")
add("a-gs-tianshui-dcd-2022", row("crawl-b.jsonl", "年度报告", body([], P), date="2023-01-17"), {},
    ("国家统计局天水调查队", "department", "甘肃省", "天水市", None, 2022), P, published="2023-01-17")

# 27. Jilin, a city meteorological bureau 2021 (the city named like its province): text starts at 一、
P = six("2021年，吉林市气象局认真贯彻落实中国气象局和吉林省气象局关于政务公开的部署。", 2021, "我局", (412, 0),
        "存在的主要问题是预警信息公开渠道不够多。2022年，我局将拓展预警发布渠道。")
add("a-jl-jilinshi-qxj-2021-start", row("crawl-a.csv", "政府信息公开年报", body([], P), date="2022-01-21"), {},
    ("吉林市气象局", "department", "吉林省", "吉林市", None, 2021), P, published="2022-01-21")

# 28. Liaoning, a county-level city's bureau 2021 named only in the 落款
P = six("2021年，我局围绕社会救助和养老服务推进民政政务公开。", 2021, "我局", (206, 1),
        "存在的主要问题是救助信息公开不够及时。2022年，我局将按月公开救助信息。")
add("a-ln-lingyuan-mzj-2021-luokuan", text([], P, ["凌源市民政局", "2022年1月18日"]), {},
    ("凌源市民政局", "department", "辽宁省", "朝阳市", "凌源市", 2021), P, published="2022-01-18")

# 29. Heilongjiang, a town of a 林区 county-level city 2023: crawl title the column name; signature only
P = six("2023年，我镇围绕冰雪旅游和边境小镇建设推进基层政务公开。", 2023, "我镇", (104, 0),
        "存在的主要问题是旅游信息公开不够及时。2024年，我镇将设立旅游信息专栏。")
add("a-hlj-beiji-2023-column", row("crawl-b.jsonl", "政府信息公开年报",
                                   body([], P, ["漠河市北极镇人民政府", "2024年1月11日"]), date="2024-01-12"), {},
    ("漠河市北极镇人民政府", "township", "黑龙江省", "大兴安岭地区", "漠河市", 2023), P, published="2024-01-12")

# 30. Ningxia, a customs 2022: title in full; 我关
P = six("2022年，我关围绕枸杞和葡萄酒出口推进通关便利化信息公开。", 2022, "我关", (186, 1),
        "存在的主要问题是企业服务信息分散。2023年，我关将建设企业服务专栏。")
add("a-nx-yinchuan-haiguan-2022", text(["银川海关2022年政府信息公开工作年度报告"], P), {},
    ("银川海关", "department", "宁夏回族自治区", "银川市", None, 2022), P)

# 31. Tianjin, a district commission 2022 on the district's portal (天津市西青区人民政府)
P = six("2022年，我委围绕疫情防控和基层医疗服务推进卫生健康政务公开。", 2022, "我委", (344, 3),
        "存在的主要问题是医疗机构信息公开不够规范。2023年，我委将督促医疗机构规范公开。")
add("a-tj-xiqing-wjw-2022-portal",
    page("2022年政府信息公开工作年度报告-天津市西青区人民政府", P, site="天津市西青区人民政府",
         crumbs="首页 > 政务公开 > 政府信息公开年报", info="发布时间：2023-01-31",
         tail=("天津市西青区卫生健康委员会", "2023年1月20日")), {},
    ("天津市西青区卫生健康委员会", "department", "天津市", "天津市", "西青区", 2022), P, published="2023-01-31")

# 32. Tibet, a county of the 阿里 地区 2023: crawl title the column name; 县政府; signature only
P = six("2023年，县政府围绕边境小康村建设和神山圣湖保护推进政务公开。", 2023, "县政府", (684, 1),
        "存在的主要问题是乡村公开基础薄弱。2024年，县政府将加强乡村公开培训。")
add("a-xz-pulan-2023-column", row("crawl-a.csv", "政府信息公开年报",
                                  body([], P, ["普兰县人民政府", "2024年1月17日"]), date="2024-01-18"), {},
    ("普兰县人民政府", "county", "西藏自治区", "阿里地区", "普兰县", 2023), P, published="2024-01-18")


# ============================ B. batch B: written after batch A's fixes, scored before any further fix ============================

# 1. Inner Mongolia, a 苏木 2023 titled 政务公开工作年度报告; signed with the banner
P = six("2023年，我苏木在旗委、旗政府的领导下，围绕草原生态保护和牧民增收推进基层政务公开。", 2023, "我苏木", (86, 0),
        "存在的主要问题是嘎查务公开不够及时。2024年，我苏木将按季度检查嘎查务公开。")
add("b-nmg-keerlun-2023-sumu", text(["克尔伦苏木2023年政务公开工作年度报告"], P, ["新巴尔虎右旗克尔伦苏木人民政府", "2024年1月16日"]), {},
    ("新巴尔虎右旗克尔伦苏木人民政府", "township", "内蒙古自治区", "呼伦贝尔市", "新巴尔虎右旗", 2023), P,
    published="2024-01-16")

# 2. 兵团, a regiment 2022 numbered with 〇: crawl title 信息公开年报; 我团; the division and regiment sign
P = six("2022年，我团在师市党委的领导下，围绕设施农业和连队治理推进政务公开。", 2022, "我团", (176, 0),
        "存在的主要问题是连队公开内容不够规范。2023年，我团将统一连队公开目录。")
add("b-bt-liushi-103tuan-2022-regiment", row("crawl-c.jsonl", "信息公开年报",
                                             body([], P, ["第六师一〇三团", "2023年1月19日"]), date="2023-01-20"), {},
    ("新疆生产建设兵团第六师一〇三团", "township", "新疆维吾尔自治区", "新疆生产建设兵团第六师", None, 2022), P,
    published="2023-01-20")

# 3. Tibet, a 地区's bureau 2023 on the 行政公署's portal; 我局; signed
P = six("2023年，我局围绕高原生态保护和污染防治推进生态环境政务公开。", 2023, "我局", (154, 0),
        "存在的主要问题是环境监测信息公开不够及时。2024年，我局将按月公开监测信息。")
add("b-xz-ali-sthjj-2023-portal",
    page("2023年政府信息公开工作年度报告_阿里地区行政公署", P, site="阿里地区行政公署",
         crumbs="首页 > 政务公开 > 部门信息 > 年度报告", info="发布时间：2024-01-29",
         tail=("阿里地区生态环境局", "2024年1月22日")), {},
    ("阿里地区生态环境局", "department", "西藏自治区", "阿里地区", None, 2023), P, published="2024-01-29")

# 4. Qinghai, a county 2022 on its 自治州's portal (果洛藏族自治州人民政府); 县政府; signed
P = six("2022年，县政府围绕三江源生态保护和牧区振兴推进政务公开。", 2022, "县政府", (624, 1),
        "存在的主要问题是乡镇公开基础薄弱。2023年，县政府将加强乡镇公开培训。")
add("b-qh-maduo-2022-portal",
    page("2022年政府信息公开工作年度报告-果洛藏族自治州人民政府", P, site="果洛藏族自治州人民政府",
         crumbs="首页 > 政务公开 > 县（市）信息公开 > 年报", info="发布时间：2023-01-30",
         tail=("玛多县人民政府", "2023年1月18日")), {},
    ("玛多县人民政府", "county", "青海省", "果洛藏族自治州", "玛多县", 2022), P, published="2023-01-30")

# 5. Gansu, a county tax bureau 2022 whose county shares its name with a city and a prefecture (临夏县)
P = six("2022年，我局坚持依法治税，围绕留抵退税和减税降费推进政务公开。", 2022, "我局", (168, 0),
        "存在的主要问题是政策宣传覆盖面不够。2023年，我局将深入乡镇宣讲政策。")
add("b-gs-linxiaxian-swj-2022-column", row("crawl-c.jsonl", "年度报告",
                                           body([], P, ["国家税务总局临夏县税务局", "2023年1月16日"]), date="2023-01-17"), {},
    ("国家税务总局临夏县税务局", "department", "甘肃省", "临夏回族自治州", "临夏县", 2022), P, published="2023-01-17")

# 6. Ningxia, a street 2023 titled 政务公开工作年度报告; signed with the city and district
P = six("2023年，我街道在区委、区政府的领导下，围绕老旧小区改造和社区治理推进基层政务公开。", 2023, "我街道", (142, 0),
        "存在的主要问题是社区公开栏更新不及时。2024年，我街道将按月更新社区公开栏。")
add("b-nx-changsheng-2023-street", text(["长胜街道2023年政务公开工作年度报告"], P, ["石嘴山市大武口区长胜街道办事处", "2024年1月12日"]), {},
    ("石嘴山市大武口区长胜街道办事处", "township", "宁夏回族自治区", "石嘴山市", "大武口区", 2023), P,
    published="2024-01-12")

# 7. Guizhou, a party department with its government brand in brackets 2022 (中共…委宣传部（…新闻出版局）)
P = six("2022年，我局围绕出版物市场管理和版权保护推进政务公开。", 2022, "我局", (72, 0),
        "存在的主要问题是公开内容较少。2023年，我局将丰富公开内容。")
add("b-gz-kaili-xwcbj-2022-joint", text(["中共凯里市委宣传部（凯里市新闻出版局）2022年政府信息公开工作年度报告"], P), {},
    ("凯里市新闻出版局", "department", "贵州省", "黔东南苗族侗族自治州", "凯里市", 2022), P)

# 8. Yunnan, a financial regulator's sub-bureau 2024: crawl title the column name; the full name in the overview
P = six("2024年，国家金融监督管理总局怒江监管分局认真贯彻落实上级部署，依法推进监管信息公开。", 2024, "我分局", (94, 0),
        "存在的主要问题是金融知识宣传公开不够。2025年，我分局将开设金融知识专栏。")
add("b-yn-nujiang-jgfj-2024-column", row("crawl-c.jsonl", "政府信息公开年报", body([], P), date="2025-01-21"), {},
    ("国家金融监督管理总局怒江监管分局", "department", "云南省", "怒江傈僳族自治州", None, 2024), P, published="2025-01-21")

# 9. Guangxi, a city meteorological bureau 2021 on the city's portal (河池市人民政府); 我局; signed
P = six("2021年，我局围绕汛期气象服务和预警信息发布推进气象政务公开。", 2021, "我局", (486, 0),
        "存在的主要问题是预警信息覆盖面不够。2022年，我局将拓展预警发布渠道。")
add("b-gx-hechi-qxj-2021-portal",
    page("2021年度政府信息公开工作年度报告 - 河池市人民政府", P, site="河池市人民政府",
         crumbs="首页 > 政务公开 > 部门年报", tail=("河池市气象局", "2022年1月14日")), {},
    ("河池市气象局", "department", "广西壮族自治区", "河池市", None, 2021), P, published="2022-01-14")

# 10. Hainan, a city bureau 2012: 2008 format; no title; named only in 本报告由…编制
P = old7("2012年，我局认真贯彻落实《条例》，推进林业信息公开。", 2012, "我局", (168, 0),
         "存在的问题是公开内容不够丰富。2013年，我局将加强林业资源信息公开。")
add("b-hi-sanya-lyj-2012-bianzhi", row("crawl-c.jsonl", "信息公开年报",
                                       body(["本报告由三亚市林业局编制。" + LAW + "现公布本年度报告。"], P), date="2013-03-20"), {},
    ("三亚市林业局", "department", "海南省", "三亚市", None, 2012), P, published="2013-03-20")

# 11. Heilongjiang, a 林区 district 2022: crawl title the column name; 区政府; signed by its office
P = six("2022年，区政府围绕森林防火和林下经济推进政务公开。", 2022, "区政府", (512, 0),
        "存在的主要问题是公开内容不够丰富。2023年，区政府将丰富林区民生信息公开。")
add("b-hlj-songling-2022-column", row("crawl-c.jsonl", "政府信息公开年报",
                                      body([], P, ["大兴安岭地区松岭区人民政府办公室", "2023年1月13日"]), date="2023-01-16"), {},
    ("大兴安岭地区松岭区人民政府", "district", "黑龙江省", "大兴安岭地区", "松岭区", 2022), P, published="2023-01-16")

# 12. Jilin, a survey team 2021: text starts at 一、; 我队; signed
P = six("2021年，我队认真贯彻落实国家统计局和吉林调查总队关于政务公开的部署。", 2021, "我队", (132, 0),
        "存在的主要问题是调查数据解读不够深入。2022年，我队将加强数据解读。")
add("b-jl-songyuan-dcd-2021", text([], P, ["国家统计局松原调查队", "2022年1月12日"]), {},
    ("国家统计局松原调查队", "department", "吉林省", "松原市", None, 2021), P, published="2022-01-12")

# 13. Liaoning, a development zone committee 2022: title the short form; the full name signs
P = six("2022年，管委会围绕石化产业和港口建设推进政务公开。", 2022, "管委会", (318, 1),
        "存在的主要问题是项目审批信息公开不够及时。2023年，管委会将实时公开审批结果。")
add("b-ln-changxingdao-2022-zone", text(["长兴岛经济技术开发区管委会2022年政府信息公开工作年度报告"], P,
                                        ["大连长兴岛经济技术开发区管理委员会", "2023年1月17日"]), {},
    ("大连长兴岛经济技术开发区管理委员会", "city", "辽宁省", "大连市", None, 2022), P, published="2023-01-17")

# 14. Tianjin, a street of 和平区 (a district name 沈阳 shares) 2023 titled 政务公开工作年度报告; 天津市 in the text
P = six("2023年，我街道在区委、区政府的领导下，围绕天津市金街商圈提升和社区服务推进基层政务公开。", 2023, "我街道", (188, 1),
        "存在的主要问题是社区公开形式单一。2024年，我街道将开设社区公开微信专栏。")
add("b-tj-quanyechang-2023-street", text(["劝业场街道2023年政务公开工作年度报告"], P, ["和平区劝业场街道办事处", "2024年1月10日"]), {},
    ("和平区劝业场街道办事处", "township", "天津市", "天津市", "和平区", 2023), P, published="2024-01-10")

# 15. Chongqing, a district commission 2023 on the district's portal; signed without 重庆市
P = six("2023年，我委围绕基层医疗卫生服务和健康巴南建设推进卫生健康政务公开。", 2023, "我委", (268, 2),
        "存在的主要问题是医疗机构信息公开不够规范。2024年，我委将规范医疗机构公开。")
add("b-cq-banan-wjw-2023-portal",
    page("2023年政府信息公开工作年度报告_重庆市巴南区人民政府", P, site="重庆市巴南区人民政府",
         crumbs="首页 > 政务公开 > 政府信息公开年报", info="发布时间：2024-01-26",
         tail=("巴南区卫生健康委员会", "2024年1月22日")), {},
    ("巴南区卫生健康委员会", "department", "重庆市", "重庆市", "巴南区", 2023), P, published="2024-01-26")


# ============================ C. batch C: written after batch B's fixes, scored before any further fix ============================

# 1. Inner Mongolia, a banner's bureau 2022 on the banner's portal; 我局; signed
P = six("2022年，我局围绕“双减”和学前教育普及推进教育政务公开。", 2022, "我局", (212, 1),
        "存在的主要问题是招生信息公开不够及时。2023年，我局将提前公开招生方案。")
add("c-nmg-wulateqian-jyj-2022-portal",
    page("2022年政府信息公开工作年度报告_乌拉特前旗人民政府", P, site="乌拉特前旗人民政府",
         crumbs="首页 > 政务公开 > 部门信息公开 > 年报", info="发布时间：2023-01-30",
         tail=("乌拉特前旗教育局", "2023年1月19日")), {},
    ("乌拉特前旗教育局", "department", "内蒙古自治区", "巴彦淖尔市", "乌拉特前旗", 2022), P, published="2023-01-30")

# 2. Xinjiang, the tax bureau of a county-level city named like its 自治州 (昌吉市, 昌吉回族自治州) 2023
P = six("2023年，我局坚持以纳税人缴费人为中心，围绕税费优惠政策直达快享推进政务公开。", 2023, "我局", (206, 1),
        "存在的主要问题是政策解读的针对性不够。2024年，我局将分行业解读政策。")
add("c-xj-changji-swj-2023-column", row("crawl-d.csv", "政府信息公开年报",
                                        body([], P, ["国家税务总局昌吉市税务局", "2024年1月15日"]), date="2024-01-16"), {},
    ("国家税务总局昌吉市税务局", "department", "新疆维吾尔自治区", "昌吉回族自治州", "昌吉市", 2023), P, published="2024-01-16")

# 3. Xinjiang, a county of a 地区 inside an 自治州 (阿勒泰地区 of 伊犁州) 2022: crawl title 年度报告; signed by its office
P = six("2022年，县政府围绕冰雪旅游和边境口岸建设推进政务公开。", 2022, "县政府", (736, 2),
        "存在的主要问题是乡镇公开不够规范。2023年，县政府将规范乡镇公开。")
add("c-xj-buerjin-2022-column", row("crawl-d.csv", "年度报告",
                                    body([], P, ["布尔津县人民政府办公室", "2023年1月17日"]), date="2023-01-18"), {},
    ("布尔津县人民政府", "county", "新疆维吾尔自治区", "阿勒泰地区", "布尔津县", 2022), P, published="2023-01-18")

# 4. Tibet, a district tax bureau 2023: crawl title 信息公开年报; the full name in the overview
P = six("2023年，国家税务总局林芝市巴宜区税务局坚持依法治税，围绕优化税收营商环境推进政务公开。", 2023, "我局", (148, 0),
        "存在的主要问题是双语政策解读不够。2024年，我局将推出藏汉双语解读。")
add("c-xz-bayi-swj-2023-column", row("crawl-e.jsonl", "信息公开年报", body([], P), date="2024-01-19"), {},
    ("国家税务总局林芝市巴宜区税务局", "department", "西藏自治区", "林芝市", "巴宜区", 2023), P, published="2024-01-19")

# 5. Qinghai, a street of a county-level city of an 自治州 2023 titled 政务公开工作年度报告
P = six("2023年，我街道在市委、市政府的领导下，围绕社区服务推进基层政务公开。", 2023, "我街道", (132, 0),
        "存在的主要问题是社区公开栏内容单一。2024年，我街道将丰富社区公开内容。")
add("c-qh-hexi-2023-street", text(["河西街道2023年政务公开工作年度报告"], P, ["德令哈市河西街道办事处", "2024年1月11日"]), {},
    ("德令哈市河西街道办事处", "township", "青海省", "海西蒙古族藏族自治州", "德令哈市", 2023), P, published="2024-01-11")

# 6. Gansu, an autonomous county's bureau 2022 on the county's portal
P = six("2022年，我局围绕高原夏菜和牦牛产业推进农业农村政务公开。", 2022, "我局", (264, 1),
        "存在的主要问题是惠农政策公开不够精准。2023年，我局将按村推送惠农政策。")
add("c-gs-tianzhu-nyj-2022-portal",
    page("政府信息公开工作年度报告-天祝藏族自治县人民政府", P, site="天祝藏族自治县人民政府",
         crumbs="首页 > 信息公开 > 部门 > 年报", info="发布时间：2023-01-29",
         tail=("天祝藏族自治县农业农村局", "2023年1月18日")), {},
    ("天祝藏族自治县农业农村局", "department", "甘肃省", "武威市", "天祝藏族自治县", 2022), P, published="2023-01-29")

# 7. Ningxia, a city meteorological bureau 2022: crawl title 年度报告; 我局; signed
P = six("2022年，我局围绕干旱和冰雹防御推进气象政务公开。", 2022, "我局", (318, 0),
        "存在的主要问题是预警信息进村入户不够。2023年，我局将拓展农村预警发布。")
add("c-nx-wuzhong-qxj-2022-column", row("crawl-e.jsonl", "年度报告",
                                        body([], P, ["吴忠市气象局", "2023年1月10日"]), date="2023-01-12"), {},
    ("吴忠市气象局", "department", "宁夏回族自治区", "吴忠市", None, 2022), P, published="2023-01-12")

# 8. Guizhou, a joint party and government office of a city's district 2023 (both in the title)
P = six("2023年，我办围绕区政府文件公开和政策解读推进政务公开。", 2023, "我办", (188, 1),
        "存在的主要问题是政策解读不够及时。2024年，我办将同步发布解读。")
add("c-gz-zhongshan-lianban-2023-joint", text(["中共六盘水市钟山区委办公室 六盘水市钟山区人民政府办公室2023年政府信息公开工作年度报告"], P), {},
    ("六盘水市钟山区人民政府办公室", "department", "贵州省", "六盘水市", "钟山区", 2023), P)

# 9. Yunnan, a 乡 of an autonomous county 2023 titled 政务公开工作年度报告
P = six("2023年，我乡在县委、县政府的领导下，围绕独龙族整族帮扶成果巩固推进基层政务公开。", 2023, "我乡", (92, 0),
        "存在的主要问题是村务公开不够及时。2024年，我乡将按月检查村务公开。")
add("c-yn-dulongjiang-2023-xiang", text(["独龙江乡2023年政务公开工作年度报告"], P, ["贡山独龙族怒族自治县独龙江乡人民政府", "2024年1月9日"]), {},
    ("贡山独龙族怒族自治县独龙江乡人民政府", "township", "云南省", "怒江傈僳族自治州", "贡山独龙族怒族自治县", 2023), P,
    published="2024-01-09")

# 10. Guangxi, a district 2009: 2008 format; named only in 本报告由…区人民政府办公室编制
P = old7("2009年，全区各级各部门认真贯彻落实《条例》，政府信息公开工作稳步推进。", 2009, "区政府", (1024, 2),
         "存在的问题是部分部门公开不够及时。2010年，将加强督促检查。")
add("c-gx-youjiang-2009-bianzhi", row("crawl-e.jsonl", "信息公开年报",
                                      body(["本报告由百色市右江区人民政府办公室编制。" + LAW + "现公布本年度报告。"], P), date="2010-03-26"), {},
    ("百色市右江区人民政府", "district", "广西壮族自治区", "百色市", "右江区", 2009), P, published="2010-03-26")

# 11. Hainan, a district 2022 named only in the 落款
P = six("2022年，区政府围绕南繁科技城和崖州湾建设推进政务公开。", 2022, "区政府", (1126, 4),
        "存在的主要问题是涉企政策公开不够集中。2023年，区政府将建设涉企政策专栏。")
add("c-hi-yazhou-2022-luokuan", text([], P, ["三亚市崖州区人民政府", "2023年1月16日"]), {},
    ("三亚市崖州区人民政府", "district", "海南省", "三亚市", "崖州区", 2022), P, published="2023-01-16")

# 12. Heilongjiang, a survey team of a 林区 地区 2021: crawl title the column name; 我队; signed
P = six("2021年，我队认真贯彻落实国家统计局和黑龙江调查总队关于政务公开的部署。", 2021, "我队", (118, 0),
        "存在的主要问题是林区调查数据解读不够。2022年，我队将加强数据解读。")
add("c-hlj-dxal-dcd-2021-column", row("crawl-e.jsonl", "政府信息公开年报",
                                      body([], P, ["国家统计局大兴安岭调查队", "2022年1月14日"]), date="2022-01-17"), {},
    ("国家统计局大兴安岭调查队", "department", "黑龙江省", "大兴安岭地区", None, 2021), P, published="2022-01-17")

# 13. Jilin, a street of 朝阳区 (a district name 北京 shares) 2023 titled 政务公开工作年度报告; 长春市 in the text
P = six("2023年，我街道在区委、区政府的领导下，围绕长春市红旗街商圈改造和社区服务推进基层政务公开。", 2023, "我街道", (176, 1),
        "存在的主要问题是社区公开内容不够丰富。2024年，我街道将丰富社区公开内容。")
add("c-jl-hongqi-2023-street", text(["红旗街道2023年政务公开工作年度报告"], P, ["朝阳区红旗街道办事处", "2024年1月12日"]), {},
    ("朝阳区红旗街道办事处", "township", "吉林省", "长春市", "朝阳区", 2023), P, published="2024-01-12")

# 14. Liaoning, a city's office in the provincial capital 2021: title the short form 驻沈办; the full name signs
P = six("2021年，我办围绕服务驻沈企业和招商引资推进政务公开。", 2021, "我办", (46, 0),
        "存在的主要问题是公开内容较少。2022年，我办将丰富公开内容。")
add("c-ln-dandong-zhushen-2021-short", text(["丹东市政府驻沈办2021年政府信息公开工作年度报告"], P,
                                             ["丹东市人民政府驻沈阳办事处", "2022年1月20日"]), {},
    ("丹东市人民政府驻沈阳办事处", "department", "辽宁省", "丹东市", None, 2021), P, published="2022-01-20")

# 15. Tianjin, a 民族乡 whose name holds 各 (孙各庄满族乡) 2023 titled 政务公开工作年度报告
P = six("2023年，我乡在区委、区政府的领导下，围绕民族团结和乡村旅游推进基层政务公开。", 2023, "我乡", (104, 0),
        "存在的主要问题是村务公开不够规范。2024年，我乡将规范村务公开。")
add("c-tj-sungezhuang-2023-xiang", text(["孙各庄满族乡2023年政务公开工作年度报告"], P, ["蓟州区孙各庄满族乡人民政府", "2024年1月8日"]), {},
    ("蓟州区孙各庄满族乡人民政府", "township", "天津市", "天津市", "蓟州区", 2023), P, published="2024-01-08")

# 16. Chongqing, a district bureau 2022 (黔江: a district whose name holds 贵州's short form) named only in the 落款
P = six("2022年，我局围绕社会救助和养老服务推进民政政务公开。", 2022, "我局", (186, 1),
        "存在的主要问题是救助信息公开不够及时。2023年，我局将按月公开救助信息。")
add("c-cq-qianjiang-mzj-2022-luokuan", row("crawl-d.csv", "年度报告",
                                           body([], P, ["黔江区民政局", "2023年1月13日"]), date="2023-01-16"), {},
    ("黔江区民政局", "department", "重庆市", "重庆市", "黔江区", 2022), P, published="2023-01-16")


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES21, out)


if __name__ == "__main__":
    write()
