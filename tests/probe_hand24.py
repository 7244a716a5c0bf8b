"""Test utility: the twenty-fourth held-out probe set ``tests/cases/probes24`` (issue 10 item 1, issuer,
level and places on unseen reports), written and labelled by hand before its writer read textmine's
metadata code or ran textmine on it, in the shapes the earlier sets hold least:

- cities without districts or counties (东莞, 中山, 儋州, 嘉峪关) and their towns, streets and bureaus;
- 省直辖 county-level units (仙桃, 潜江, 天门, 济源, 海南's 琼中黎族苗族自治县 and 五指山市) and their towns;
- scenic-area, new-area, bonded-zone and port committees (黄山风景区, 天津港保税区, 赣江新区) and 浦东新区's 镇/街道;
- state farms and forest bodies (农垦, 林业局, 国有林场);
- a government's consolidated report on its whole administration (全市/全县……年度报告, compiled and signed by
  its 办公室: the issuer is the government) next to the same office's own report (the issuer is the office);
- 2008–2010 reports (2008年5月1日至12月31日 periods, 二〇〇八年度 titles);
- OCR'd PDF text (letter spacing, 〇/O and 口/日 confusions, a title broken over two lines) and a PDF;
- crawl rows whose title column is only the body's name (no 年度报告) or only a date, and JSONL rows whose
  source column (来源) names the hosting portal, not the body;
- bureaus with long official names and their standard short names (人社局, 住建局) in the same report.

Conventions are those of the earlier sets (``tests/probe_hand23.py``): the issuer is the fullest name the
report or its container gives (a hosting portal's name is not the report's); a government's report signed
by its office is the government's; a town or street is ``township`` with its county or district; a city
without counties (东莞, 中山, 儋州, 嘉峪关) is ``city`` and its towns have that city and no county; a 省直辖
county-level unit is ``county`` with no city; a zone's or new area's committee is ``city`` with the city that
hosts it (none when the province runs it); a state farm or forest farm is ``other``. ``published`` is the
crawl's or the page's date, else the date under the signature, else ``None``; ``template`` is ``None``.

Batch A (section A) was written and labelled on main's code at be779f3 and scored before any fix; batch B
(section B) was written after batch A's fixes and scored before any further fix, to see whether they
generalise (figures in bench/README.md).

``python -m tests.probe_hand24`` rewrites ``tests/cases/probes24/``.

Example:
    >>> text, header, want = PROBES24["a-gd-dongguan-2022-quanshi"]
    >>> want["issuer"], want["admin_level"], want["city"], want["county"]
    ('东莞市人民政府', 'city', '东莞市', None)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import Part, blocks, cms_page, lines, spaced, text
from tests.probe_hand11 import six
from tests.probe_hand18 import body, old7, row
from tests.probe_sets import CrawlRow, Docx, Pdf, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes24"

PROBES24: dict[str, Probe] = {}

#: the first sentence of a report of the 2008 regulations' first year
Y2008 = "本报告所列数据的统计期限自2008年5月1日起至2008年12月31日止。"


def add(pid: str, content: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True, published: str | None = None) -> None:
    """Register a probe; expected kinds and titles are the parts'."""
    issuer, level, province, city, county, year = meta
    register(PROBES24, pid, content, header, issuer, level, province, city, county, year,
             [k for _, k, _, _ in ps], [t for _, _, _, t in ps], plans=plans)
    PROBES24[pid][2]["published"] = published
    PROBES24[pid][2]["template"] = None


def portal(site: str, h1: str, ps: list[Part], *, info: str, tail: tuple[str, ...] = ()) -> str:
    """A report on the hosting government's portal: ``<title>`` the portal's name, h1 the report."""
    return cms_page(f"{site}门户网站", [*blocks(ps), *tail], site=site, h1=h1, info=info,
                    crumbs="首页 > 政府信息公开 > 政府信息公开年报")


def word(title: str, ps: list[Part], tail: tuple[str, ...] = ()) -> Docx:
    """A Word file: the title in large type, bold part heads, the signature."""
    out: list[Any] = [("big", title)]
    for heading, _, paras, _ in ps:
        out += [("bold", heading), *paras]
    return Docx((*out, *tail))


def jrow(table: str, title: str, text_: str, *, date: str, source: str, url: str = "") -> CrawlRow:
    """A JSONL crawl row: 标题, 来源 (the portal that hosts the page, not the body), 发布日期, 链接, 正文."""
    return CrawlRow(table, (("标题", title), ("来源", source), ("发布日期", date),
                            ("链接", url or "http://www.example.gov.cn/zwgk/24.html"), ("正文", text_)))


# ============================ A. batch A ============================

# 1-2. Dongguan (no districts): the city's consolidated report compiled by its office, then the office's own
P = six("2022年，全市各级行政机关认真贯彻落实《条例》，围绕制造业当家和营商环境推进政务公开。", 2022, "全市", (46218, 2874),
        "存在的主要问题是镇街公开水平不够均衡。2023年，市政府办公室将加强对镇街的指导。")
add("a-gd-dongguan-2022-quanshi", text(["东莞市2022年政府信息公开工作年度报告"], P, ["东莞市人民政府办公室", "2023年3月28日"]), {},
    ("东莞市人民政府", "city", "广东省", "东莞市", None, 2022), P, published="2023-03-28")
P = six("2022年，本办认真落实市委、市政府关于政务公开的部署，做好市政府文件公开和政策解读。", 2022, "本办", (864, 31),
        "存在的主要问题是政策解读形式不够多样。2023年，本办将增加图解和视频解读。")
add("a-gd-dongguan-bgs-2022-own", text(["东莞市人民政府办公室2022年政府信息公开工作年度报告"], P,
                                      ["东莞市人民政府办公室", "2023年1月30日"]), {},
    ("东莞市人民政府办公室", "department", "广东省", "东莞市", None, 2022), P, published="2023-01-30")

# 3. Dongguan, a town 2023 on the city's portal: h1 the town's short name; signed in full
P = six("2023年，我镇在市委、市政府的领导下，围绕电子信息产业和城市更新推进基层政务公开。", 2023, "我镇", (1264, 17),
        "存在的主要问题是村（社区）公开栏更新不够及时。2024年，我镇将按月更新公开栏。")
add("a-gd-dongguan-changan-2023-portal",
    portal("东莞市人民政府", "长安镇2023年政府信息公开工作年度报告", P, info="发布时间：2024-01-26",
           tail=("东莞市长安镇人民政府", "2024年1月24日")), {},
    ("东莞市长安镇人民政府", "township", "广东省", "东莞市", None, 2023), P, published="2024-01-26")

# 4. Zhongshan (no districts), a street 2022 crawl row titled only with the body's name
P = six("2022年，我街道在市委、市政府的领导下，围绕老城区更新和社区治理推进基层政务公开。", 2022, "我街道", (286, 3),
        "存在的主要问题是社区公开内容不够丰富。2023年，我街道将丰富社区公开内容。")
add("a-gd-zhongshan-shiqi-2022-nameonly", row("crawl-a.csv", "中山市石岐街道办事处",
                                              body([], P, ["中山市石岐街道办事处", "2023年1月17日"]), date="2023-01-19"), {},
    ("中山市石岐街道办事处", "township", "广东省", "中山市", None, 2022), P, published="2023-01-19")

# 5. Zhongshan, a bureau 2021: the title gives the short name (人社局), the 落款 the full one
P = six("2021年，我局围绕稳就业和社会保险扩面推进人力资源社会保障领域政务公开。", 2021, "我局", (612, 9),
        "存在的主要问题是社保政策解读不够通俗。2022年，我局将推出社保政策问答。")
add("a-gd-zhongshan-rsj-2021-short", text(["中山市人社局2021年政府信息公开工作年度报告"], P,
                                         ["中山市人力资源和社会保障局", "2022年1月21日"]), {},
    ("中山市人力资源和社会保障局", "department", "广东省", "中山市", None, 2021), P, published="2022-01-21")

# 6. Jiayuguan (no counties) 2008: 二〇〇八年度 title; the first period 5月1日至12月31日
P = old7(Y2008 + "市政府认真贯彻落实《条例》，成立了政府信息公开工作领导小组。", 2008, "市政府", (1126, 7),
         "存在的问题是部分单位公开意识不强。2009年，市政府将加强督查考核。")
add("a-gs-jiayuguan-2008-lingba", text(["嘉峪关市人民政府二〇〇八年度政府信息公开工作年度报告"], P,
                                      ["嘉峪关市人民政府办公室", "二〇〇九年三月二十日"]), {},
    ("嘉峪关市人民政府", "city", "甘肃省", "嘉峪关市", None, 2008), P, published="2009-03-20")

# 7. Jiayuguan, a town 2022 in a Word file: title the short name, signed in full
P = six("2022年，我镇在市委、市政府的领导下，围绕戈壁农业和乡村旅游推进基层政务公开。", 2022, "我镇", (168, 0),
        "存在的主要问题是村务公开形式单一。2023年，我镇将利用微信群公开村务。")
add("a-gs-jiayuguan-yuquan-2022-word", word("峪泉镇2022年政府信息公开工作年度报告", P, ("嘉峪关市峪泉镇人民政府", "2023年1月12日")), {},
    ("嘉峪关市峪泉镇人民政府", "township", "甘肃省", "嘉峪关市", None, 2022), P, published="2023-01-12")

# 8. Danzhou (no districts), a town 2023 JSONL row: 来源 names the city's portal
P = six("2023年，我镇在市委、市政府的领导下，围绕渔港经济和海岛旅游推进基层政务公开。", 2023, "我镇", (196, 1),
        "存在的主要问题是涉渔政策解读不够。2024年，我镇将加强涉渔政策宣传解读。")
add("a-hi-danzhou-baimajing-2023-source", jrow("crawl-b.jsonl", "白马井镇2023年度政府信息公开工作年度报告",
                                               body([], P, ["儋州市白马井镇人民政府", "2024年1月15日"]), date="2024-01-18",
                                               source="儋州市人民政府门户网站"), {},
    ("儋州市白马井镇人民政府", "township", "海南省", "儋州市", None, 2023), P, published="2024-01-18")

# 9. Danzhou 2022 as a PDF: the title broken over two lines (儋州市2022年政府信息公开 / 工作年度报告)
P = six("2022年，市政府围绕自由贸易港建设和西部中心城市建设推进政务公开。", 2022, "市政府", (3864, 42),
        "存在的主要问题是部门公开进度不够平衡。2023年，市政府将加强考核。")
add("a-hi-danzhou-2022-pdf", Pdf(("儋州市2022年政府信息公开", "工作年度报告"), tuple(lines([], P, ["儋州市人民政府", "2023年1月31日"]))),
    {}, ("儋州市人民政府", "city", "海南省", "儋州市", None, 2022), P, published="2023-01-31")

# 10. Xiantao (省直辖), a town 2022: year-last title with the short name; signed in full
P = six("2022年，我镇在市委、市政府的领导下，围绕无纺布产业和乡村振兴推进基层政务公开。", 2022, "我镇", (236, 2),
        "存在的主要问题是公开内容不够全面。2023年，我镇将完善公开目录。")
add("a-hub-xiantao-pengchang-2022", text(["彭场镇2022年政府信息公开工作年度报告"], P, ["仙桃市彭场镇人民政府", "2023年1月13日"]), {},
    ("仙桃市彭场镇人民政府", "township", "湖北省", None, "仙桃市", 2022), P, published="2023-01-13")

# 11. Qianjiang (省直辖) 2010: the 2008 format
P = old7("2010年，市政府认真贯彻落实《条例》，进一步完善政府信息公开工作机制。", 2010, "市政府", (1458, 12),
         "存在的问题是公开内容不够全面。2011年，市政府将进一步拓展公开内容。")
add("a-hub-qianjiang-2010-old", text(["潜江市2010年政府信息公开工作年度报告"], P, ["潜江市人民政府", "2011年3月25日"]), {},
    ("潜江市人民政府", "county", "湖北省", None, "潜江市", 2010), P, published="2011-03-25")

# 12. Tianmen (省直辖) 2023 on its portal: h1 the report
P = six("2023年，市政府围绕纺织服装产业和城市建设推进政务公开。", 2023, "市政府", (2618, 25),
        "存在的主要问题是政策解读的深度不够。2024年，市政府将加强政策解读。")
add("a-hub-tianmen-2023-portal", portal("天门市人民政府", "天门市2023年政府信息公开工作年度报告", P, info="发布时间：2024-01-29"), {},
    ("天门市人民政府", "county", "湖北省", None, "天门市", 2023), P, published="2024-01-29")

# 13. Tianmen, a bureau 2022 in a Word file: the title gives 市住建局, the 落款 the full name
P = six("2022年，我局围绕老旧小区改造和建筑市场监管推进住房城乡建设领域政务公开。", 2022, "我局", (418, 6),
        "存在的主要问题是项目信息公开不够及时。2023年，我局将及时公开项目信息。")
add("a-hub-tianmen-zjj-2022-short", word("天门市住建局2022年度政府信息公开工作年度报告", P,
                                         ("天门市住房和城乡建设局", "2023年1月18日")), {},
    ("天门市住房和城乡建设局", "department", "湖北省", None, "天门市", 2022), P, published="2023-01-18")

# 14. Jiyuan (省直辖) 2021 crawl row titled only with a date; the government named only in the 落款
P = six("2021年，市政府围绕产城融合示范区建设和民生保障推进政务公开。", 2021, "市政府", (2146, 19),
        "存在的主要问题是镇（街道）公开标准化不够。2022年，市政府将推进基层标准化。")
add("a-ha-jiyuan-2021-dateonly", row("crawl-a.csv", "2022年1月25日", body([], P, ["济源市人民政府办公室", "2022年1月25日"]),
                                     date="2022-01-25"), {},
    ("济源市人民政府", "county", "河南省", None, "济源市", 2021), P, published="2022-01-25")

# 15. Jiyuan, a town 2023: the short name in the title, signed in full
P = six("2023年，我镇在市委、市政府的领导下，围绕矿山生态修复和乡村振兴推进基层政务公开。", 2023, "我镇", (182, 1),
        "存在的主要问题是村务公开不够规范。2024年，我镇将规范村务公开。")
add("a-ha-jiyuan-kejing-2023", text(["克井镇2023年政府信息公开工作年度报告"], P, ["济源市克井镇人民政府", "2024年1月16日"]), {},
    ("济源市克井镇人民政府", "township", "河南省", None, "济源市", 2023), P, published="2024-01-16")

# 16. Qiongzhong (海南 省直辖 autonomous county), a town 2023 on the county's portal
P = six("2023年，我镇在县委、县政府的领导下，围绕热带特色农业和黎苗文化旅游推进基层政务公开。", 2023, "我镇", (214, 1),
        "存在的主要问题是公开形式不够多样。2024年，我镇将利用新媒体公开。")
add("a-hi-qiongzhong-yinggen-2023-portal",
    portal("琼中黎族苗族自治县人民政府", "营根镇2023年政府信息公开工作年度报告", P, info="发布时间：2024-01-22",
           tail=("琼中黎族苗族自治县营根镇人民政府", "2024年1月19日")), {},
    ("琼中黎族苗族自治县营根镇人民政府", "township", "海南省", None, "琼中黎族苗族自治县", 2023), P, published="2024-01-22")

# 17. Wuzhishan (海南 省直辖) 2009 OCR'd text: letter-spaced title broken over two lines, 〇 read as O, 日 as 口
P = old7("2009年，市政府认真贯彻落实《条例》，建立健全政府信息公开制度。", 2009, "市政府", (862, 3),
         "存在的问题是公开信息更新不够及时。2010年，市政府将加强网站维护。")
add("a-hi-wuzhishan-2009-ocr", text([spaced("五指山市二OO九年政府信息公"), spaced("开工作年度报告")], P,
                                    [spaced("五指山市人民政府"), "二O一O年三月十五口"]), {},
    ("五指山市人民政府", "county", "海南省", None, "五指山市", 2009), P, published="2010-03-15")

# 18. Huangshan scenic area's committee 2022: 黄山风景区管委会 in the title, the full name in the 落款
P = six("2022年，我委围绕景区保护管理和智慧旅游推进政务公开。", 2022, "我委", (736, 4),
        "存在的主要问题是旅游服务信息公开不够集中。2023年，我委将建设游客服务专栏。")
add("a-ah-huangshan-fjq-2022", text(["黄山风景区管委会2022年政府信息公开工作年度报告"], P,
                                   ["黄山风景区管理委员会", "2023年1月20日"]), {},
    ("黄山风景区管理委员会", "city", "安徽省", "黄山市", None, 2022), P, published="2023-01-20")

# 19. Pudong, a town 2022 on the district's portal: h1 the town's short name, signed in full
P = six("2022年，我镇在区委、区政府的领导下，围绕古镇保护和城市化建设推进基层政务公开。", 2022, "我镇", (342, 4),
        "存在的主要问题是村居公开内容不够丰富。2023年，我镇将丰富村居公开内容。")
add("a-sh-pudong-chuansha-2022-portal",
    portal("上海市浦东新区人民政府", "川沙新镇2022年政府信息公开工作年度报告", P, info="发布时间：2023-01-20",
           tail=("上海市浦东新区川沙新镇人民政府", "2023年1月18日")), {},
    ("上海市浦东新区川沙新镇人民政府", "township", "上海市", "上海市", "浦东新区", 2022), P, published="2023-01-20")

# 20. Pudong, a street 2023 JSONL row titled only with the street's name; 来源 the district's portal
P = six("2023年，我街道在区委、区政府的领导下，围绕滨江贯通和老旧小区改造推进基层政务公开。", 2023, "我街道", (198, 2),
        "存在的主要问题是居民区公开栏目不够统一。2024年，我街道将统一居民区公开栏目。")
add("a-sh-pudong-tangqiao-2023-nameonly", jrow("crawl-b.jsonl", "塘桥街道",
                                               body([], P, ["浦东新区塘桥街道办事处", "2024年1月19日"]), date="2024-01-22",
                                               source="上海浦东门户网站"), {},
    ("浦东新区塘桥街道办事处", "township", "上海市", "上海市", "浦东新区", 2023), P, published="2024-01-22")

# 21. Tianjin's port bonded zone committee 2021: 我委; named in the title and the 落款
P = six("2021年，我委围绕航运物流和保税贸易推进政务公开。", 2021, "我委", (524, 3),
        "存在的主要问题是涉企政策解读不够精准。2022年，我委将开展政策精准推送。")
add("a-tj-baoshuiqu-2021", text(["天津港保税区管理委员会2021年政府信息公开工作年度报告"], P,
                               ["天津港保税区管理委员会", "2022年1月28日"]), {},
    ("天津港保税区管理委员会", "city", "天津市", "天津市", None, 2021), P, published="2022-01-28")

# 22. Jiangxi's 赣江新区 (a national new area run by the province) 2022: the 落款 gives the full name
P = six("2022年，我委围绕新区开发建设和产业招商推进政务公开。", 2022, "我委", (1184, 8),
        "存在的主要问题是公开平台整合不够。2023年，我委将整合公开平台。")
add("a-jx-ganjiang-2022", text(["赣江新区2022年政府信息公开工作年度报告"], P, ["江西赣江新区管理委员会", "2023年1月29日"]), {},
    ("江西赣江新区管理委员会", "city", "江西省", None, None, 2022), P, published="2023-01-29")

# 23. Guangdong's provincial land-reclamation bureau 2017 (2008 format): 本局
P = old7("2017年，本局认真贯彻落实《条例》，围绕垦区改革发展推进政府信息公开。", 2017, "本局", (312, 2),
         "存在的问题是农场信息公开不够规范。2018年，本局将指导农场规范公开。")
add("a-gd-nongken-2017-old", text(["广东省农垦总局2017年政府信息公开工作年度报告"], P, ["广东省农垦总局", "2018年3月22日"]), {},
    ("广东省农垦总局", "department", "广东省", None, None, 2017), P, published="2018-03-22")

# 24. Hebei's provincial forest farm 2022: a state forest farm (other); 我场
P = six("2022年，我场围绕森林防火和林业生态建设推进政务公开。", 2022, "我场", (96, 0),
        "存在的主要问题是公开内容不够丰富。2023年，我场将增加生态建设信息公开。")
add("a-he-saihanba-2022", text(["河北省塞罕坝机械林场2022年政府信息公开工作年度报告"], P, ["河北省塞罕坝机械林场", "2023年1月16日"]), {},
    ("河北省塞罕坝机械林场", "other", "河北省", None, None, 2022), P, published="2023-01-16")

# 25. Zhejiang, a county forestry bureau 2018 crawl row titled only with the bureau's name
P = old7("2018年，我局认真贯彻落实《条例》，围绕林权改革和森林资源保护推进政府信息公开。", 2018, "我局", (142, 1),
         "存在的问题是林权信息公开不够及时。2019年，我局将及时公开林权流转信息。")
add("a-zj-suichang-lyj-2018-nameonly", row("crawl-a.csv", "遂昌县林业局",
                                           body(["遂昌县林业局2018年政府信息公开工作年度报告"], P,
                                                ["遂昌县林业局", "2019年1月25日"]), date="2019-01-28"), {},
    ("遂昌县林业局", "department", "浙江省", "丽水市", "遂昌县", 2018), P, published="2019-01-28")

# 26-27. Zhejiang, 嵊泗县: the consolidated 全县 report its office compiles (only the 落款 names the county),
#        then the office's own report
P = six("2022年，全县各级行政机关围绕海岛共富和渔业转型推进政务公开。", 2022, "全县", (6214, 23),
        "存在的主要问题是乡镇政务公开水平不够均衡。2023年，县政府办公室将加强业务培训。")
add("a-zj-shengsi-2022-quanxian", text(["2022年全县政府信息公开工作年度报告"], P, ["嵊泗县人民政府办公室", "2023年3月20日"]), {},
    ("嵊泗县人民政府", "county", "浙江省", "舟山市", "嵊泗县", 2022), P, published="2023-03-20")
P = six("2022年，本办围绕县政府文件公开和政策解读推进政务公开。", 2022, "本办", (386, 5),
        "存在的主要问题是解读材料不够丰富。2023年，本办将丰富解读形式。")
add("a-zj-shengsi-bgs-2022-own", text(["嵊泗县人民政府办公室2022年度政府信息公开工作年度报告"], P,
                                     ["嵊泗县人民政府办公室", "2023年1月17日"]), {},
    ("嵊泗县人民政府办公室", "department", "浙江省", "舟山市", "嵊泗县", 2022), P, published="2023-01-17")

# 28. Dongguan, a bureau 2009: 2009年度 title, the first full year of the regulations
P = old7("2009年，我局认真贯彻落实《条例》，围绕土地管理和矿产资源管理推进政府信息公开。", 2009, "我局", (214, 3),
         "存在的问题是征地信息公开不够及时。2010年，我局将及时公开征地信息。")
add("a-gd-dongguan-gtj-2009-old", text(["东莞市国土资源局2009年度政府信息公开工作年度报告"], P,
                                      ["东莞市国土资源局", "2010年3月12日"]), {},
    ("东莞市国土资源局", "department", "广东省", "东莞市", None, 2009), P, published="2010-03-12")



# ============================ B. batch B ============================
# written after batch A's fixes (its writer had then read the metadata code) and scored before any further fix

# 1. Zhoushan's national new area 2015: the title's short name, the 落款 with the province
P = six("2015年，我委围绕海洋经济发展示范区建设和港口物流推进政务公开。", 2015, "我委", (684, 5),
        "存在的主要问题是公开内容不够系统。2016年，我委将完善公开目录。")
add("b-zj-zhoushan-xinqu-2015", text(["舟山群岛新区2015年政府信息公开工作年度报告"], P,
                                     ["浙江舟山群岛新区管理委员会", "2016年3月18日"]), {},
    ("浙江舟山群岛新区管理委员会", "city", "浙江省", "舟山市", None, 2015), P, published="2016-03-18")

# 2. Qingdao's bonded port area committee 2019: 保税港区 (not 保税区) in the name
P = six("2019年，我委围绕港航物流和国际贸易推进政务公开。", 2019, "我委", (412, 2),
        "存在的主要问题是通关政策解读不够。2020年，我委将加强政策解读。")
add("b-sd-qianwan-2019", text(["青岛前湾保税港区管理委员会2019年政府信息公开工作年度报告"], P,
                              ["青岛前湾保税港区管理委员会", "2020年1月20日"]), {},
    ("青岛前湾保税港区管理委员会", "city", "山东省", "青岛市", None, 2019), P, published="2020-01-20")

# 3. Dongguan, a street 2022 crawl row titled only with an ISO date
P = six("2022年，我街道在市委、市政府的领导下，围绕老城更新和社区治理推进基层政务公开。", 2022, "我街道", (248, 2),
        "存在的主要问题是社区公开栏目不够统一。2023年，我街道将统一公开栏目。")
add("b-gd-dongguan-guancheng-2022-dateonly", row("crawl-c.csv", "2023-01-20",
                                                 body([], P, ["东莞市莞城街道办事处", "2023年1月18日"]), date="2023-01-20"), {},
    ("东莞市莞城街道办事处", "township", "广东省", "东莞市", None, 2022), P, published="2023-01-20")

# 4. Dongguan, a bureau 2022 JSONL row: title with 市生态环境局 only; 来源 the city's portal
P = six("2022年，我局围绕污染防治攻坚和环评审批改革推进生态环境领域政务公开。", 2022, "我局", (936, 12),
        "存在的主要问题是环境信息公开不够集中。2023年，我局将建设环境信息专栏。")
add("b-gd-dongguan-sthjj-2022-source", jrow("crawl-d.jsonl", "市生态环境局2022年政府信息公开工作年度报告", body([], P),
                                            date="2023-01-29", source="东莞市人民政府门户网站"), {},
    ("东莞市生态环境局", "department", "广东省", "东莞市", None, 2022), P, published="2023-01-29")

# 5. Zhongshan, a bureau 2008: a crawl row titled 二〇〇八年度…; the first period; named only in the 落款
P = old7(Y2008 + "我局成立了政府信息公开工作领导小组，编制了公开指南和目录。", 2008, "我局", (326, 1),
         "存在的问题是公开目录不够完善。2009年，我局将完善公开目录。")
add("b-gd-zhongshan-czj-2008-lingba", row("crawl-c.csv", "二〇〇八年度政府信息公开工作年度报告",
                                          body([], P, ["中山市财政局", "二〇〇九年三月十日"]), date="2009-03-12"), {},
    ("中山市财政局", "department", "广东省", "中山市", None, 2008), P, published="2009-03-12")

# 6. Danzhou, a bureau 2020: the title's short name (旅文局), the 落款's full one
P = six("2020年，我局围绕旅游市场复苏和公共文化服务推进政务公开。", 2020, "我局", (274, 3),
        "存在的主要问题是旅游信息公开不够及时。2021年，我局将及时发布旅游信息。")
add("b-hi-danzhou-lwj-2020-short", text(["儋州市旅文局2020年政府信息公开工作年度报告"], P,
                                       ["儋州市旅游和文化广电体育局", "2021年1月22日"]), {},
    ("儋州市旅游和文化广电体育局", "department", "海南省", "儋州市", None, 2020), P, published="2021-01-22")

# 7. Danzhou's consolidated 全市 report 2021 JSONL row: 来源 the city's portal; its office signs
P = six("2021年，全市各级行政机关围绕自由贸易港建设推进政务公开。", 2021, "全市", (8624, 57),
        "存在的主要问题是镇级政务公开水平不够均衡。2022年，市政府办公室将加强对镇的指导。")
add("b-hi-danzhou-2021-quanshi", jrow("crawl-d.jsonl", "2021年度全市政府信息公开工作年度报告",
                                      body([], P, ["儋州市人民政府办公室", "2022年3月25日"]), date="2022-03-28",
                                      source="儋州市人民政府门户网站"), {},
    ("儋州市人民政府", "city", "海南省", "儋州市", None, 2021), P, published="2022-03-28")

# 8. Xiantao, a bureau 2022 on the city's portal: h1 the short form 市教育局
P = six("2022年，我局围绕义务教育均衡发展和招生入学推进教育领域政务公开。", 2022, "我局", (368, 4),
        "存在的主要问题是招生信息解读不够。2023年，我局将加强招生政策解读。")
add("b-hub-xiantao-jyj-2022-portal", portal("仙桃市人民政府", "市教育局2022年政府信息公开工作年度报告", P,
                                            info="发布时间：2023-01-19", tail=("仙桃市教育局", "2023年1月17日")), {},
    ("仙桃市教育局", "department", "湖北省", None, "仙桃市", 2022), P, published="2023-01-19")

# 9. Qianjiang's consolidated report 2022: 全市…（2022年度） title; the office signs
P = six("2022年，全市各级行政机关围绕龙虾产业和营商环境推进政务公开。", 2022, "全市", (5236, 31),
        "存在的主要问题是部门公开质量不够均衡。2023年，市政府办公室将开展季度检查。")
add("b-hub-qianjiang-2022-quanshi", text(["全市政府信息公开工作年度报告（2022年度）"], P, ["潜江市人民政府办公室", "2023年3月15日"]), {},
    ("潜江市人民政府", "county", "湖北省", None, "潜江市", 2022), P, published="2023-03-15")

# 10. Xiantao's government office, its own report 2022: 本办
P = six("2022年，本办围绕市政府文件公开和政策解读推进政务公开。", 2022, "本办", (312, 4),
        "存在的主要问题是解读形式不够丰富。2023年，本办将推出图解。")
add("b-hub-xiantao-bgs-2022-own", text(["仙桃市人民政府办公室2022年政府信息公开工作年度报告"], P,
                                      ["仙桃市人民政府办公室", "2023年1月16日"]), {},
    ("仙桃市人民政府办公室", "department", "湖北省", None, "仙桃市", 2022), P, published="2023-01-16")

# 11. Tianmen 2009: 二〇〇九年度 title
P = old7("2009年，市政府认真贯彻落实《条例》，完善政府信息公开工作制度。", 2009, "市政府", (1168, 6),
         "存在的问题是部分单位公开不够及时。2010年，市政府将加强督查。")
add("b-hub-tianmen-2009-lingjiu", text(["天门市人民政府二〇〇九年度政府信息公开工作年度报告"], P,
                                      ["天门市人民政府", "二〇一〇年三月二十六日"]), {},
    ("天门市人民政府", "county", "湖北省", None, "天门市", 2009), P, published="2010-03-26")

# 12. Wuzhishan, a 乡 2023 JSONL row titled only with the 乡's name; 来源 the city's portal
P = six("2023年，我乡在市委、市政府的领导下，围绕茶叶产业和生态旅游推进基层政务公开。", 2023, "我乡", (126, 0),
        "存在的主要问题是村务公开不够及时。2024年，我乡将按月公开村务。")
add("b-hi-wuzhishan-shuiman-2023-nameonly", jrow("crawl-d.jsonl", "水满乡人民政府",
                                                 body([], P, ["五指山市水满乡人民政府", "2024年1月12日"]), date="2024-01-15",
                                                 source="五指山市人民政府门户网站"), {},
    ("五指山市水满乡人民政府", "township", "海南省", None, "五指山市", 2023), P, published="2024-01-15")

# 13. Qiongzhong, a bureau 2022: the title's 琼中县 short form, the 落款's full name
P = six("2022年，我局围绕森林资源保护和热带雨林国家公园建设推进政务公开。", 2022, "我局", (156, 1),
        "存在的主要问题是林业政策解读不够。2023年，我局将加强林业政策解读。")
add("b-hi-qiongzhong-lyj-2022-short", text(["琼中县林业局2022年政府信息公开工作年度报告"], P,
                                          ["琼中黎族苗族自治县林业局", "2023年1月13日"]), {},
    ("琼中黎族苗族自治县林业局", "department", "海南省", None, "琼中黎族苗族自治县", 2022), P, published="2023-01-13")

# 14. Inner Mongolia's key state forest administration 2021: 本局
P = six("2021年，本局围绕天然林保护和国有林区改革推进政务公开。", 2021, "本局", (482, 2),
        "存在的主要问题是林区民生信息公开不够。2022年，本局将加强林区民生信息公开。")
add("b-nm-daxinganling-2021", text(["内蒙古大兴安岭重点国有林管理局2021年政府信息公开工作年度报告"], P,
                                   ["内蒙古大兴安岭重点国有林管理局", "2022年1月26日"]), {},
    ("内蒙古大兴安岭重点国有林管理局", "department", "内蒙古自治区", None, None, 2021), P, published="2022-01-26")

# 15. Fujian, a county-level city's state forest farm 2022 (other)
P = six("2022年，我场围绕森林经营和林下经济推进政务公开。", 2022, "我场", (64, 0),
        "存在的主要问题是公开内容不够丰富。2023年，我场将增加森林经营信息。")
add("b-fj-jianou-lc-2022", text(["建瓯市国有林场2022年政府信息公开工作年度报告"], P, ["建瓯市国有林场", "2023年1月10日"]), {},
    ("建瓯市国有林场", "other", "福建省", "南平市", "建瓯市", 2022), P, published="2023-01-10")

# 16. Pudong, a town 2021 as a PDF: the title in two lines (the body's name, then the report)
P = six("2021年，我镇在区委、区政府的领导下，围绕港城融合和乡村振兴推进基层政务公开。", 2021, "我镇", (286, 3),
        "存在的主要问题是公开形式不够多样。2022年，我镇将丰富公开形式。")
add("b-sh-pudong-gaoqiao-2021-pdf", Pdf(("上海市浦东新区高桥镇人民政府", "2021年政府信息公开工作年度报告"),
                                        tuple(lines([], P, ["上海市浦东新区高桥镇人民政府", "2022年1月20日"]))), {},
    ("上海市浦东新区高桥镇人民政府", "township", "上海市", "上海市", "浦东新区", 2021), P, published="2022-01-20")

# 17. Jiayuguan 2010 OCR'd text: the title letter-spaced with ideographic spaces, 〇 read as 0 in the signature date
P = old7("2010年，市政府认真贯彻落实《条例》，进一步规范依申请公开工作。", 2010, "市政府", (1312, 9),
         "存在的问题是公开载体不够丰富。2011年，市政府将拓展公开载体。")
add("b-gs-jiayuguan-2010-ocr", text(["\u3000".join("嘉峪关市2010年政府信息公开工作年度报告")], P,
                                   ["\u3000".join("嘉峪关市人民政府"), "二0一一年三月十八口"]), {},
    ("嘉峪关市人民政府", "city", "甘肃省", "嘉峪关市", None, 2010), P, published="2011-03-18")


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES24, out)


if __name__ == "__main__":
    write()
