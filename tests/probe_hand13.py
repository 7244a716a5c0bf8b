"""Test utility: the thirteenth held-out probe set ``tests/cases/probes13`` (issue 10,
"generalisation"), written and labelled by hand before its writer read textmine's metadata or
section code, in shapes the earlier sets (``tests/probe_hand2.py`` … ``tests/probe_hand12.py``) lack
or hold rarely, from the provinces they cover least (Qinghai, Tibet, Xinjiang and the 兵团, Ningxia,
Hainan, Inner Mongolia, Gansu's autonomous prefectures and counties):

- signature blocks with seal words (``（盖章）``, ``（公章）``, ``（代章）``), a 发布单位/发布日期 pair, the
  body and the date on one line, ``特此报告。`` and an 附件 line before the signature, dates written
  with 零 (二零二四年一月十二日);
- bylines: a generic title (``政府信息公开工作年度报告（2023年度）``, ``二〇二二年政府信息公开工作年度报告``)
  followed by the issuer's name and the date on lines of their own; titles of 政务公开工作年度报告,
  ``【2024年度】`` in front, ``（全文）`` behind, full-width digits, a 兵团 师市 split over two lines;
- portal pages with the chrome in unusual places: the breadcrumb after the ``<h1>``, the info line
  at the foot, a 2010 table-layout page, a 公开目录 meta table (索引号/发布机构/发布日期) above a generic
  title, 上一篇/下一篇 links naming the reports of other years, a 扫一扫 QR-code line, a ``<title>`` that
  is the site's name only;
- Word files with a byline under the big title and a signature with (盖章); PDFs with 第 n 页 共 m 页
  folios and 二〇二一年 titles; a Word file whose headings run into their first sentence;
- bodies: 苏木 (我苏木), 街道 in Hainan and Tibet, 师市 short forms, customs under a customs district
  (我关), a provincial meteorological bureau, vertical bureaus of State Council bodies (国家矿山安全监察局
  青海局, 国家粮食和物资储备局青海局), a county tax bureau of an autonomous county, a provincial hospital
  (本院), a zone committee, a 地区 of a historical name (林芝地区, 2011);
- sections: top-level headings numbered ``1.``, headings numbered ``一`` and a space, combined
  problems-and-measures headings with run-in ``（一）存在的问题。`` ``（二）改进措施。`` on one line, plans
  told as 新的一年… or 展望2024年…, old-era thematic headings (加强领导，健全机制 …), old headings
  such as 工作中存在的困难和问题 and 今后工作思路, headings naming the year, a 其他 part with sub-heads,
  statistics tables (gov2021 cells, gov2019 flat, gov2021 Markdown, a gov2014 annex).

Conventions are those of the earlier sets (see ``tests/probe_hand12.py``): the issuer is the fullest
name the report or its container gives; a government's report signed by its office is the
government's; a district or county body takes its district or county; a body of a
province-administered county-level city has no city; a 管委会 is ``city`` level with its city; a
vertically managed body is ``department`` with the places its name gives; a hospital is ``other``;
national bodies have no places. ``published`` is the ISO date of publication that the container or
an info line states, else the date under the signature; ``template`` is the statistics-table
template where a probe holds a table, else ``None``.

All probes were written and labelled before textmine read any of them: 1–61 (sections A–G, batch A)
on main's code at 0f725b2, before their writer read textmine's metadata code; 62–80 (section H,
batch B: TRS <meta> tags, YAML front matter, a 师市 signed over two lines, the 2024 name of a
central-bank branch, a survey corps, a government's general office, a regional government, （一）
top-level parts, 第一部分 heads with a space, a 、-joined combined heading, a seventh plans part,
下步我们将：1.… lists, an HTML crawl cell) after batch A's fixes; each batch scored before any
further fix (the untuned figures are in CHANGELOG.md). One label was corrected after scoring (32:
喀什海关's county, see its comment).

``python -m tests.probe_hand13`` rewrites ``tests/cases/probes13/``; the tests and
``bench/probe_meta.py --set probes13`` read those files.

Example:
    >>> text, header, want = PROBES13["a-qh-geermu-2023-seal"]
    >>> want["city"], want["published"]
    ('海西蒙古族藏族自治州', '2024-01-19')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import Part, lines, parts, text
from tests.probe_hand11 import six, tables, with_tables
from tests.probe_hand12 import old7, ten
from tests.probe_sets import (
    LAW,
    CrawlRow,
    Docx,
    Encoded,
    Pdf,
    Probe,
    register,
    write_container_probes,
)

OUT = Path(__file__).resolve().parent / "cases" / "probes13"

PROBES13: dict[str, Probe] = {}


def add(pid: str, content: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True, published: str | None = None, template: str | None = None) -> None:
    """Register a probe; expected kinds and titles are the parts'."""
    issuer, level, province, city, county, year = meta
    register(PROBES13, pid, content, header, issuer, level, province, city, county, year,
             [k for _, k, _, _ in ps], [t for _, _, _, t in ps], plans=plans)
    PROBES13[pid][2]["published"] = published
    PROBES13[pid][2]["template"] = template


def row(table: str, title: str, body: str, *, date: str = "", url: str = "", encoding: str = "utf-8") -> CrawlRow:
    """A crawl row: 标题, 日期, 网址, 内容."""
    return CrawlRow(table, (("标题", title), ("日期", date), ("网址", url or "http://www.example.gov.cn/zwgk/2.html"),
                            ("内容", body)), encoding)


def page(head: str, body: list[str], *, title_tag: str, foot: str = "") -> str:
    """A portal page: ``head`` is the markup between ``<body>`` and the content (an ``<h1>``, a
    breadcrumb …), ``body`` the content's paragraphs, ``foot`` the markup after it."""
    paras = "\n".join(f"<p>{p}</p>" for p in body)
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title_tag}</title>\n</head>\n<body>\n{head}\n<div class=\"article\">\n{paras}\n</div>\n{foot}\n"
            "</body>\n</html>\n")


# ============================ A. signature blocks: seals, 发布单位, one-line signatures, 零 dates ============================

# 1. Qinghai, a county-level city of an autonomous prefecture 2023: no title, the signature with （盖章）
P = six("2023年，市政府坚持以习近平新时代中国特色社会主义思想为指导，围绕盐湖产业和新能源发展推进政务公开。", 2023, "市政府", (1864, 17),
        "存在的主要问题是基层政务公开专区作用发挥不够。2024年，市政府将提升政务公开专区服务水平。")
add("a-qh-geermu-2023-seal",
    text([LAW + "编制本报告。"], P, ["格尔木市人民政府（盖章）", "二〇二四年一月十九日"]),
    {}, ("格尔木市人民政府", "county", "青海省", "海西蒙古族藏族自治州", "格尔木市", 2023), P, published="2024-01-19")

# 2. Hainan, a district of Sansha 2023: （公章） after the name
P = six("2023年，我区紧紧围绕海洋生态保护和岛礁建设，扎实推进政务公开。", 2023, "我区", (236, 0),
        "存在的主要问题是政务公开人员力量不足。下一步，我区将加强业务培训。")
add("a-hi-xisha-2023-gongzhang",
    text([], P, ["三沙市西沙区人民政府（公章）", "2024年1月26日"]),
    {}, ("三沙市西沙区人民政府", "district", "海南省", "三沙市", "西沙区", 2023), P, published="2024-01-26")

# 3. Ningxia, a district 2022: 发布单位： and 发布日期： lines at the end
P = six("2022年，区政府深入贯彻落实《条例》，围绕转型发展推进政务公开。", 2022, "区政府", (1320, 11),
        "存在的主要问题是政策解读的精准性不够。2023年，区政府将围绕企业和群众关切开展精准解读。")
add("a-nx-dawukou-2022-fabu",
    text([], P, ["发布单位：石嘴山市大武口区人民政府", "发布日期：2023年1月28日"]),
    {}, ("石嘴山市大武口区人民政府", "district", "宁夏回族自治区", "石嘴山市", "大武口区", 2022), P, published="2023-01-28")

# 4. Hainan, an autonomous county 2023: the name and the date on one line
P = six("2023年，县政府坚持以人民为中心，围绕自贸港建设推进政务公开。", 2023, "县政府", (1480, 9),
        "存在的主要问题是乡镇政务公开不够规范。2024年，县政府将加强对乡镇的指导。")
add("a-hi-lingshui-2023-oneline-sign",
    text([LAW + "现公布本年度报告。"], P, ["陵水黎族自治县人民政府　　2024年1月22日"]),
    {}, ("陵水黎族自治县人民政府", "county", "海南省", None, "陵水黎族自治县", 2023), P, published="2024-01-22")

# 5. Tibet, a district bureau 2023: the date written with 零
P = six("2023年，我局围绕食品药品安全和营商环境推进市场监管领域政务公开。", 2023, "我局", (412, 2),
        "存在的主要问题是执法信息公开不够及时。2024年，我局将推进行政处罚信息按时公开。")
add("a-xz-seni-scjg-2023-lingdate",
    text([], P, ["那曲市色尼区市场监督管理局", "二零二四年一月十二日"]),
    {}, ("那曲市色尼区市场监督管理局", "department", "西藏自治区", "那曲市", "色尼区", 2023), P, published="2024-01-12")

# 6. Inner Mongolia, a district 2022: 特此报告。 and an 附件 line before the signature
P = six("2022年，我区认真落实自治区和乌兰察布市关于政务公开的部署。", 2022, "我区", (1096, 6),
        "存在的主要问题是公开内容的针对性不强。2023年，我区将围绕群众关切公开信息。",
        other="本年度未收取信息处理费。特此报告。")
add("a-nmg-jining-2022-tebie",
    text([], P, ["附件：政府信息公开工作年度报告统计表", "乌兰察布市集宁区人民政府", "2023年1月30日"]),
    {}, ("乌兰察布市集宁区人民政府", "district", "内蒙古自治区", "乌兰察布市", "集宁区", 2022), P, published="2023-01-30")

# 7. Gansu, a county 2021: the government's report sealed by its office （代章）
P = six("2021年，县政府认真贯彻落实新修订的《条例》，推进基层政务公开标准化规范化。", 2021, "县政府", (1268, 4),
        "存在的主要问题是公开信息的解读不够。2022年，县政府将加强政策解读。")
add("a-gs-xiahe-2021-daizhang",
    text([], P, ["夏河县人民政府办公室（代章）", "2022年1月24日"]),
    {}, ("夏河县人民政府", "county", "甘肃省", "甘南藏族自治州", "夏河县", 2021), P, published="2022-01-24")

# 8. Xinjiang, a county-level city 2020: 二〇二〇年 in the title, the signature date in Chinese numerals
P = six("2020年，市政府深入贯彻新修订的《条例》，推进政务公开工作。", 2020, "市政府", (1540, 8),
        "存在的主要问题是政务公开工作人员业务水平有待提高。2021年，市政府将加强培训。")
add("a-xj-bole-2020-cnyear-both",
    text(["博乐市人民政府二〇二〇年政府信息公开工作年度报告"], P, ["博乐市人民政府", "二〇二一年一月二十五日"]),
    {}, ("博乐市人民政府", "county", "新疆维吾尔自治区", "博尔塔拉蒙古自治州", "博乐市", 2020), P, published="2021-01-25")

# 9. Inner Mongolia, a 盟 bureau 2023: 本机关 throughout, the full name once in a contact line naming a banner's town
P = six("2023年，本机关围绕林草生态保护修复推进政务公开。", 2023, "本机关", (486, 3),
        "存在的主要问题是林草政策解读形式单一。2024年，本机关将采用图解、短视频等形式解读。",
        other="本年度未收取信息处理费。本机关地址：阿拉善左旗巴彦浩特镇，联系单位：阿拉善盟林业和草原局办公室。")
add("a-nmg-alashan-lcj-2023-benjiguan",
    text([], P),
    {}, ("阿拉善盟林业和草原局", "department", "内蒙古自治区", "阿拉善盟", None, 2023), P)

# 10. Qinghai, an autonomous prefecture 2022 in a crawl row titled generically, signed by its office
P = six("2022年，州政府坚持以生态保护优先，推进三江源地区政务公开。", 2022, "州政府", (1960, 13),
        "存在的主要问题是县乡政务公开发展不平衡。2023年，州政府将加强对县乡的指导。")
add("a-qh-yushu-2022-generic-office",
    row("crawl-a.csv", "政府信息公开工作年度报告", "\n".join(lines([LAW + "编制本报告。"], P, ["玉树藏族自治州人民政府办公室", "2023年1月20日"])),
        date="2023-01-20"),
    {}, ("玉树藏族自治州人民政府", "city", "青海省", "玉树藏族自治州", None, 2022), P, published="2023-01-20")


# ============================ B. bylines, other title shapes ============================

# 11. Inner Mongolia, a banner 2023: a generic title with (2023年度), the name and the date as a byline
P = six("2023年，旗政府坚持以人民为中心，推进基层政务公开。", 2023, "旗政府", (1236, 5),
        "存在的主要问题是苏木镇政务公开不够规范。2024年，旗政府将加强对苏木镇的指导。")
add("b-nmg-chayouqianqi-2023-byline",
    text(["政府信息公开工作年度报告（2023年度）", "察哈尔右翼前旗人民政府", "2024年1月18日"], P),
    {}, ("察哈尔右翼前旗人民政府", "county", "内蒙古自治区", "乌兰察布市", "察哈尔右翼前旗", 2023), P, published="2024-01-18")

# 12. Tibet, a district 2022: 二〇二二年 title, the byline with a Chinese-numeral date
P = six("2022年，区政府认真贯彻落实《条例》，推进政务公开工作。", 2022, "区政府", (860, 3),
        "存在的主要问题是政务公开专栏更新不够及时。2023年，区政府将及时更新专栏内容。")
add("b-xz-karuo-2022-byline-cn",
    text(["二〇二二年政府信息公开工作年度报告", "昌都市卡若区人民政府", "二〇二三年一月二十日"], P),
    {}, ("昌都市卡若区人民政府", "district", "西藏自治区", "昌都市", "卡若区", 2022), P, published="2023-01-20")

# 13. Xinjiang, a 地区 2023: the title split after 二〇二三年
P = six("2023年，行署坚持以习近平新时代中国特色社会主义思想为指导，推进政务公开。", 2023, "行署", (2360, 21),
        "存在的主要问题是县市政务公开工作不平衡。2024年，行署将加强督促指导。")
add("b-xj-aletai-2023-split-cn",
    text(["阿勒泰地区行政公署二〇二三年", "政府信息公开工作年度报告"], P),
    {}, ("阿勒泰地区行政公署", "city", "新疆维吾尔自治区", "阿勒泰地区", None, 2023), P)

# 14. Ningxia, a district 2024: 【2024年度】 in front of the title
P = six("2024年，区政府深入推进政务公开标准化规范化。", 2024, "区政府", (1586, 24),
        "存在的主要问题是政务新媒体互动不够。2025年，区政府将加强政务新媒体建设。")
add("b-nx-xixia-2024-bracket",
    text(["【2024年度】银川市西夏区人民政府政府信息公开工作年度报告"], P),
    {}, ("银川市西夏区人民政府", "district", "宁夏回族自治区", "银川市", "西夏区", 2024), P)

# 15. Sichuan, an autonomous prefecture 2021: full-width digits and （全文）
P = six("2021年，州政府认真贯彻落实新修订的《条例》，围绕民族团结进步推进政务公开。", 2021, "州政府", (2846, 19),
        "存在的主要问题是政策解读的多语种服务不足。2022年，州政府将推出藏汉双语解读。")
add("b-sc-ganzi-2021-quanwen",
    text(["甘孜藏族自治州人民政府２０２１年度政府信息公开工作年度报告（全文）"], P),
    {}, ("甘孜藏族自治州人民政府", "city", "四川省", "甘孜藏族自治州", None, 2021), P)

# 16. Guizhou, a prefecture bureau 2023: a 政务公开工作年度报告 title with the short name, the full name signed
P = six("2023年，州卫生健康局围绕健康黔东南建设推进卫生健康领域政务公开。", 2023, "我局", (736, 6),
        "存在的主要问题是医疗机构院务公开不够规范。2024年，我局将推进医疗卫生机构信息公开。")
add("b-gz-qiandongnan-wjj-2023-zhengwu",
    text(["黔东南州卫生健康局2023年政务公开工作年度报告"], P, ["黔东南苗族侗族自治州卫生健康局", "2024年1月25日"]),
    {}, ("黔东南苗族侗族自治州卫生健康局", "department", "贵州省", "黔东南苗族侗族自治州", None, 2023), P, published="2024-01-25")

# 17. 兵团, a 师市 2022: the title split after the 师市 name; 师市 in the body
P = six("2022年，师市认真贯彻落实兵团关于政务公开的部署，推进政务公开工作。", 2022, "师市", (968, 4),
        "存在的主要问题是团场政务公开不够规范。2023年，师市将加强对团场的指导。")
add("b-bt-13shi-2022-split",
    text(["新疆生产建设兵团第十三师新星市", "2022年政府信息公开工作年度报告"], P),
    {}, ("新疆生产建设兵团第十三师新星市", "city", "新疆维吾尔自治区", "新疆生产建设兵团第十三师", None, 2022), P)

# 18. Hainan, a zone committee 2023: 开发区管委会 in the body
P = six("2023年，开发区管委会围绕自贸港建设和营商环境优化推进政务公开。", 2023, "管委会", (692, 5),
        "存在的主要问题是涉企政策解读不够精准。2024年，管委会将加强涉企政策解读。")
add("b-hi-yangpu-2023-zone",
    text(["洋浦经济开发区管理委员会2023年政府信息公开工作年度报告"], P),
    {}, ("洋浦经济开发区管理委员会", "city", "海南省", None, None, 2023), P)


# ============================ C. portal pages with the chrome in unusual places ============================

# 19. Inner Mongolia, a banner 2023: the breadcrumb after the <h1>, the info line at the foot
P = six("2023年，旗政府坚持以人民为中心，扎实推进政务公开。", 2023, "旗政府", (1342, 7),
        "存在的主要问题是政策解读形式单一。2024年，旗政府将丰富解读形式。")
add("c-nmg-keyouzhongqi-2023-crumb-after",
    page("<h1>科尔沁右翼中旗人民政府2023年政府信息公开工作年度报告</h1>\n"
         "<div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>", lines([], P),
         title_tag="科尔沁右翼中旗人民政府2023年政府信息公开工作年度报告",
         foot="<div class=\"info\">来源：科右中旗人民政府办公室　发布时间：2024-01-22　浏览次数：436</div>\n"
              "<div class=\"tool\">【打印本页】【关闭窗口】</div>"),
    {}, ("科尔沁右翼中旗人民政府", "county", "内蒙古自治区", "兴安盟", "科尔沁右翼中旗", 2023), P, published="2024-01-22")

# 20. Qinghai, an autonomous county 2010: a table-layout page of the time
P = old7("2010年，大通县人民政府认真贯彻落实《条例》，扎实推进政府信息公开工作。", 2010, "县政府", (826, 4),
         "存在的主要问题是公开信息更新不够及时。2011年，县政府将建立信息更新机制。")
CELLS = "".join(f"<tr><td class=\"text\">{p}</td></tr>\n" for p in lines([], P))
add("c-qh-datong-2010-tablelayout",
    "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>大通县政府信息公开网</title>\n</head>\n<body>\n"
    "<table width=\"980\" align=\"center\"><tr><td>您的位置：首页 → 信息公开 → 年度报告</td></tr></table>\n"
    "<table width=\"980\" align=\"center\">\n"
    "<tr><td class=\"title\" align=\"center\">大通回族土族自治县人民政府2010年政府信息公开工作年度报告</td></tr>\n"
    "<tr><td align=\"center\">发布日期：2011-03-31　点击：219次</td></tr>\n"
    + CELLS
    + "<tr><td align=\"right\">【打印此页】【关闭窗口】</td></tr>\n</table>\n"
    "<table width=\"980\" align=\"center\"><tr><td>版权所有：大通回族土族自治县人民政府 青ICP备05000123号</td></tr></table>\n"
    "</body>\n</html>\n",
    {}, ("大通回族土族自治县人民政府", "county", "青海省", "西宁市", "大通回族土族自治县", 2010), P, published="2011-03-31")

# 21. Xinjiang, a prefecture bureau 2022: the 公开目录 meta table above a generic title
P = six("2022年，州生态环境局围绕污染防治攻坚推进生态环境领域政务公开。", 2022, "我局", (624, 8),
        "存在的主要问题是环境信息解读不够通俗。2023年，我局将加强环境信息解读。")
add("c-xj-changji-sthj-2022-meta-table",
    page("<table class=\"meta\">\n<tr><td>索引号：</td><td>011000-0612-2023-0004</td><td>信息分类：</td><td>年度报告</td></tr>\n"
         "<tr><td>发布机构：</td><td>昌吉回族自治州生态环境局</td><td>发布日期：</td><td>2023-01-18</td></tr>\n"
         "<tr><td>文号：</td><td></td><td>有效性：</td><td>有效</td></tr>\n</table>\n"
         "<h2>2022年政府信息公开工作年度报告</h2>", lines([], P), title_tag="2022年政府信息公开工作年度报告"),
    {}, ("昌吉回族自治州生态环境局", "department", "新疆维吾尔自治区", "昌吉回族自治州", None, 2022), P, published="2023-01-18")

# 22. Hainan, a city bureau 2023: 上一篇/下一篇 links naming the reports of other years
P = six("2023年，市教育局围绕教育强市建设推进教育领域政务公开。", 2023, "我局", (528, 4),
        "存在的主要问题是学校信息公开不够规范。2024年，我局将加强对学校的指导。")
add("c-hi-wuzhishan-jyj-2023-prevnext",
    page("<h1>五指山市教育局2023年政府信息公开工作年度报告</h1>\n<div class=\"info\">发布时间：2024-01-24</div>", lines([], P),
         title_tag="五指山市教育局2023年政府信息公开工作年度报告",
         foot="<div class=\"pn\"><p>上一篇：五指山市教育局2022年政府信息公开工作年度报告</p>"
              "<p>下一篇：五指山市教育局2024年政府信息公开工作年度报告</p></div>"),
    {}, ("五指山市教育局", "department", "海南省", None, "五指山市", 2023), P, published="2024-01-24")

# 23. Gansu, an autonomous prefecture 2021: a QR-code line and share links between the title and the body
P = six("2021年，州政府认真贯彻落实新修订的《条例》，推进政务公开标准化规范化。", 2021, "州政府", (2264, 15),
        "存在的主要问题是县市政务公开标准化建设不平衡。2022年，州政府将推进标准化建设。")
add("c-gs-linxia-2021-qrcode",
    page("<h1>临夏回族自治州人民政府2021年政府信息公开工作年度报告</h1>\n"
         "<div class=\"bar\">发布时间：2022-01-27　来源：州政府办公室　【字体：大 中 小】　【打印】</div>\n"
         "<div class=\"qr\">扫一扫在手机打开当前页</div>\n<div class=\"share\">分享到：微信 微博 QQ空间</div>", lines([], P),
         title_tag="临夏回族自治州人民政府2021年政府信息公开工作年度报告"),
    {}, ("临夏回族自治州人民政府", "city", "甘肃省", "临夏回族自治州", None, 2021), P, published="2022-01-27")

# 24. Tibet, a city 2020: <title> is the site's name; the report title is a bold first paragraph
P = six("2020年，市政府深入贯彻新修订的《条例》，推进政务公开工作。", 2020, "市政府", (1840, 12),
        "存在的主要问题是县区政务公开工作不平衡。2021年，市政府将加强对县区的指导。")
add("c-xz-rikaze-2020-site-title",
    page("<div class=\"crumb\">首页 > 政务公开 > 年报</div>",
         ["<strong>日喀则市人民政府2020年政府信息公开工作年度报告</strong>", *lines([], P)], title_tag="日喀则市人民政府"),
    {}, ("日喀则市人民政府", "city", "西藏自治区", "日喀则市", None, 2020), P)

# 25. Ningxia, a county 2023: a saved portal text with the info line and the tail at the foot
P = six("2023年，县政府坚持以人民为中心，推进政务公开工作。", 2023, "县政府", (1268, 6),
        "存在的主要问题是政策解读不够及时。2024年，县政府将同步开展政策解读。")
add("c-nx-pingluo-2023-info-bottom",
    text(["平罗县人民政府2023年政府信息公开工作年度报告"], P,
         ["发布时间：2024-01-20　来源：平罗县人民政府办公室　浏览次数：321", "【打印本页】【关闭窗口】"]),
    {}, ("平罗县人民政府", "county", "宁夏回族自治区", "石嘴山市", "平罗县", 2023), P, published="2024-01-20")


# ============================ D. Word files and PDFs ============================

# 26. Xinjiang, a 地区 2023 in Word: a generic big title, a byline, a signature with （盖章）
P = six("2023年，行署坚持以人民为中心，围绕稳疆兴疆推进政务公开。", 2023, "行署", (2460, 18),
        "存在的主要问题是政务公开工作队伍不够稳定。2024年，行署将加强队伍建设。")
add("d-xj-kashi-2023-docx-byline",
    Docx((("big", "2023年政府信息公开工作年度报告"), "喀什地区行政公署", *lines([], P), "喀什地区行政公署（盖章）", "2024年1月23日")),
    {}, ("喀什地区行政公署", "city", "新疆维吾尔自治区", "喀什地区", None, 2023), P, published="2024-01-23")

# 27. Qinghai, a district 2022 in Word: the title in two big paragraphs
P = six("2022年，区政府认真落实海东市关于政务公开的部署。", 2022, "区政府", (1062, 5),
        "存在的主要问题是公开内容不够全面。2023年，区政府将拓展公开内容。")
add("d-qh-ledu-2022-docx-twobig",
    Docx((("big", "海东市乐都区人民政府"), ("big", "2022年政府信息公开工作年度报告"), *lines([], P))),
    {}, ("海东市乐都区人民政府", "district", "青海省", "海东市", "乐都区", 2022), P)

# 28. Inner Mongolia, a city bureau 2021 as a PDF: 二〇二一年 in the title, 第 n 页 共 m 页
P = six("2021年，我局围绕交通强区建设推进交通运输领域政务公开。", 2021, "我局", (684, 7),
        "存在的主要问题是公路建设项目信息公开不够全面。2022年，我局将全面公开重点项目信息。")
add("d-nmg-hulunbuir-jtj-2021-pdf",
    Pdf(("呼伦贝尔市交通运输局", "二〇二一年政府信息公开工作年度报告"), tuple(lines([], P)), folio="第 {n} 页 共 {total} 页", lines=16),
    {}, ("呼伦贝尔市交通运输局", "department", "内蒙古自治区", "呼伦贝尔市", None, 2021), P)

# 29. Hainan, a county-level city 2012 as a PDF: the old parts, the signature with a Chinese date
P = old7("2012年，琼海市人民政府认真贯彻落实《条例》，推进政府信息公开。", 2012, "市政府", (1126, 7),
         "存在的主要问题是镇级公开工作较为薄弱。2013年，市政府将加强对镇的指导。")
add("d-hi-qionghai-2012-pdf",
    Pdf(("琼海市人民政府2012年政府信息公开工作年度报告",), tuple(lines([], P, ["琼海市人民政府", "二〇一三年三月二十八日"])), lines=18),
    {}, ("琼海市人民政府", "county", "海南省", None, "琼海市", 2012), P, published="2013-03-28")

# 30. Tibet, a district 2023 in Word: every heading runs into its first sentence in the same paragraph
P = six("2023年，区政府围绕乡村振兴和生态保护推进政务公开。", 2023, "区政府", (746, 2),
        "存在的主要问题是村（居）务公开不够规范。2024年，区政府将加强对村（居）的指导。")
add("d-xz-naidong-2023-docx-runin",
    Docx((("big", "山南市乃东区人民政府2023年政府信息公开工作年度报告"),
          *[p for h, _, body, _ in P for p in (h + "。" + body[0], *body[1:])])),
    {}, ("山南市乃东区人民政府", "district", "西藏自治区", "山南市", "乃东区", 2023), P)

# 31. Gansu, a city bureau 2019 as a PDF with a running head and the year only in the title
P = six("本年度，市生态环境局深入贯彻新修订的《条例》，推进生态环境领域政务公开。", 2019, "我局", (592, 6),
        "存在的主要问题是建设项目环评信息公开不够及时。2020年，我局将按时公开环评信息。")
add("d-gs-jiuquan-sthj-2019-pdf",
    Pdf(("酒泉市生态环境局2019年政府信息公开工作年度报告",), tuple(lines([], P)), running_head="酒泉市生态环境局政府信息公开工作年度报告",
        lines=15),
    {}, ("酒泉市生态环境局", "department", "甘肃省", "酒泉市", None, 2019), P)


# ============================ E. bodies little covered ============================

# 32. Xinjiang, a customs office under a customs district 2023: 我关
P = six("2023年，我关在乌鲁木齐海关的领导下，围绕口岸通关便利化推进政务公开。", 2023, "我关", (216, 1),
        "存在的主要问题是通关政策解读不够及时。2024年，我关将及时发布通关政策解读。")
# (labelled county None at first; corrected after scoring: the office is in 喀什市, the county-level city
# its name gives, as probes12 labels 满洲里海关 with 满洲里市)
add("e-xj-kashi-customs-2023",
    text(["喀什海关2023年政府信息公开工作年度报告"], P),
    {}, ("喀什海关", "department", "新疆维吾尔自治区", "喀什地区", "喀什市", 2023), P)

# 33. Tibet, the regional meteorological bureau 2022
P = six("2022年，我局认真落实中国气象局和自治区关于政务公开的部署，推进气象领域政务公开。", 2022, "我局", (388, 0),
        "存在的主要问题是气象预警信息公开渠道不够多。2023年，我局将拓展预警信息发布渠道。")
add("e-xz-qxj-2022",
    text(["西藏自治区气象局2022年政府信息公开工作年度报告"], P),
    {}, ("西藏自治区气象局", "department", "西藏自治区", None, None, 2022), P)

# 34. Qinghai, a vertical bureau of the national mine-safety administration 2023
P = six("2023年，我局坚持人民至上、生命至上，推进矿山安全监察领域政务公开。", 2023, "我局", (264, 1),
        "存在的主要问题是矿山安全执法信息公开不够全面。2024年，我局将全面公开执法信息。")
add("e-qh-kuangshan-2023",
    text(["国家矿山安全监察局青海局2023年政府信息公开工作年度报告"], P),
    {}, ("国家矿山安全监察局青海局", "department", "青海省", None, None, 2023), P)

# 35. Hainan, the tax bureau of an autonomous county 2022
P = six("2022年，我局认真落实上级税务机关政务公开工作要求，推进税费政策公开。", 2022, "我局", (186, 0),
        "存在的主要问题是税费政策解读不够通俗。2023年，我局将开展通俗化解读。")
add("e-hi-qiongzhong-tax-2022",
    text(["国家税务总局琼中黎族苗族自治县税务局2022年政府信息公开工作年度报告"], P),
    {}, ("国家税务总局琼中黎族苗族自治县税务局", "department", "海南省", None, "琼中黎族苗族自治县", 2022), P)

# 36. Qinghai, the provincial hospital 2023: 本院
P = six("2023年，本院坚持以患者为中心，推进院务公开和信息公开。", 2023, "本院", (326, 2),
        "存在的主要问题是医疗服务价格公开不够直观。2024年，本院将在门诊大厅设置价格查询终端。")
add("e-qh-hospital-2023",
    text(["青海省人民医院2023年信息公开工作年度报告"], P),
    {}, ("青海省人民医院", "other", "青海省", None, None, 2023), P)

# 37. Xinjiang, a town of an autonomous prefecture's county 2022: 我镇
P = six("2022年，我镇认真落实县委、县政府关于基层政务公开的部署。", 2022, "我镇", (146, 0),
        "存在的主要问题是村务公开不够规范。2023年，我镇将规范村务公开。")
add("e-xj-qingshuihe-2022-town",
    text(["霍城县清水河镇人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("霍城县清水河镇人民政府", "township", "新疆维吾尔自治区", "伊犁哈萨克自治州", "霍城县", 2022), P)

# 38. Inner Mongolia, a 苏木 2023: 我苏木; the name only in the title
P = six("2023年，我苏木在旗委、旗政府的领导下，围绕牧区振兴推进基层政务公开。", 2023, "我苏木", (132, 0),
        "存在的主要问题是嘎查务公开不够及时。2024年，我苏木将督促嘎查及时公开。")
add("e-nmg-samai-2023-sumu",
    text(["东乌珠穆沁旗萨麦苏木人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("东乌珠穆沁旗萨麦苏木人民政府", "township", "内蒙古自治区", "锡林郭勒盟", "东乌珠穆沁旗", 2023), P)

# 39. Hainan, a street office 2023: 本街道; the full name with city and district in the title
P = six("2023年，本街道在区委、区政府的领导下推进基层政务公开。", 2023, "本街道", (168, 1),
        "存在的主要问题是社区公开栏更新不及时。2024年，本街道将督促社区及时更新。")
add("e-hi-haixiu-2023-street",
    text(["海口市秀英区海秀街道办事处2023年政府信息公开工作年度报告"], P),
    {}, ("海口市秀英区海秀街道办事处", "township", "海南省", "海口市", "秀英区", 2023), P)

# 40. Ningxia, a zone committee 2022: 开发区 in the body, the full name in the signature only
P = six("2022年，开发区围绕产业升级和营商环境推进政务公开。", 2022, "我委", (436, 2),
        "存在的主要问题是惠企政策公开不够集中。2023年，我委将建设惠企政策专栏。")
add("e-nx-yinchuan-kfq-2022-sign",
    text([], P, ["银川经济技术开发区管理委员会", "2023年1月16日"]),
    {}, ("银川经济技术开发区管理委员会", "city", "宁夏回族自治区", "银川市", None, 2022), P, published="2023-01-16")

# 41. Tibet, a street office of a Lhasa district 2022
P = six("2022年，我街道认真落实区委、区政府关于政务公开的工作要求。", 2022, "我街道", (124, 0),
        "存在的主要问题是公开形式比较单一。2023年，我街道将运用微信群等方式公开。")
add("e-xz-dongga-2022-street",
    text(["拉萨市堆龙德庆区东嘎街道办事处2022年政府信息公开工作年度报告"], P),
    {}, ("拉萨市堆龙德庆区东嘎街道办事处", "township", "西藏自治区", "拉萨市", "堆龙德庆区", 2022), P)

# 42. Qinghai, a vertical bureau of the national grain and reserves administration 2022: no title, signed
P = six("2022年，我局认真落实国家粮食和物资储备局关于政务公开的部署，推进垂管系统政务公开。", 2022, "我局", (142, 0),
        "存在的主要问题是物资储备政策解读不够。2023年，我局将加强政策解读。")
add("e-qh-lbj-2022-sign",
    text([LAW + "编制本报告。"], P, ["国家粮食和物资储备局青海局", "2023年1月18日"]),
    {}, ("国家粮食和物资储备局青海局", "department", "青海省", None, None, 2022), P, published="2023-01-18")

# 43. A national body directly under a ministry 2022: 国家药品监督管理局
P = six("2022年，国家药监局坚持以人民为中心，推进药品监管领域政务公开。", 2022, "国家药监局", (3260, 186),
        "存在的主要问题是审评审批信息公开的及时性有待提高。2023年，国家药监局将推进审评审批信息及时公开。")
add("e-nmpa-2022",
    text(["国家药品监督管理局2022年政府信息公开工作年度报告"], P),
    {}, ("国家药品监督管理局", "department", None, None, None, 2022), P)


# ============================ F. sections ============================

# 44. Ningxia, a district 2023: top-level headings numbered 1. with （1） sub-heads
P = six(["2023年，区政府坚持以公开促落实、促规范、促服务。", "（1）主动公开。围绕重点领域加大公开力度。",
         "（2）依申请公开。规范依申请公开办理流程。"], 2023, "区政府", (1426, 12),
        "存在的主要问题是政务公开专区作用发挥不够。2024年，区政府将提升专区服务水平。",
        nums=tuple(f"{n}." for n in range(1, 7)))
add("f-nx-yuanzhou-2023-arabic",
    text(["固原市原州区人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("固原市原州区人民政府", "district", "宁夏回族自治区", "固原市", "原州区", 2023), P)

# 45. Qinghai, an autonomous county 2022: headings numbered 一 and a space
P = six("2022年，县政府认真贯彻落实《条例》，推进政务公开工作。", 2022, "县政府", (986, 3),
        "存在的主要问题是政策解读的形式不够丰富。2023年，县政府将丰富解读形式。",
        nums=tuple(f"{c} " for c in "一二三四五六"))
add("f-qh-menyuan-2022-spacenum",
    text(["门源回族自治县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("门源回族自治县人民政府", "county", "青海省", "海北藏族自治州", "门源回族自治县", 2022), P)

# 46. Xinjiang, a county 2023: a combined problems-and-measures heading with run-in sub-parts on one line
PROB = ("（一）存在的问题。一是政策解读不够深入；二是乡镇公开不够规范。"
        "（二）改进措施。2024年，县政府将加强政策解读，推进乡镇政务公开规范化。")
P = six("2023年，县政府坚持以人民为中心，推进政务公开。", 2023, "县政府", (1180, 5), PROB,
        titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
                "存在的主要问题及改进措施", "其他需要报告的事项"))
P = [(h + b[0], k, b[1:], t) if k == "problems" else (h, k, b, t) for h, k, b, t in P]
P = [(h, k, b or [], t) for h, k, b, t in P]
add("f-xj-wensu-2023-runin-problems",
    text(["温宿县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("温宿县人民政府", "county", "新疆维吾尔自治区", "阿克苏地区", "温宿县", 2023), P)

# 47. Inner Mongolia, a district 2023: plans told as 新的一年…
P = six("2023年，区政府坚持以人民为中心，推进政务公开提质增效。", 2023, "区政府", (1268, 9),
        "存在的主要问题是政务公开的精准度不够。新的一年，区政府将聚焦企业群众需求，提升公开的精准度。")
add("f-nmg-haibowan-2023-xinde",
    text(["乌海市海勃湾区人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("乌海市海勃湾区人民政府", "district", "内蒙古自治区", "乌海市", "海勃湾区", 2023), P)

# 48. Hainan, a county-level city 2023: plans told as 展望2024年…
P = six("2023年，市政府围绕自贸港建设推进政务公开。", 2023, "市政府", (1548, 14),
        "存在的主要问题是基层政务公开标准化水平不高。展望2024年，我市将持续推进基层政务公开标准化规范化。")
add("f-hi-dongfang-2023-zhanwang",
    text(["东方市人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("东方市人民政府", "county", "海南省", None, "东方市", 2023), P)

# 49. Tibet, a 地区 2011 (林芝地区 before it became a city): thematic old-era headings
P = parts(["2011年，地区行署成立了政府信息公开工作领导小组，健全了主动公开、依申请公开、保密审查等制度。",
           "全年主动公开政府信息864条，其中通过政府网站公开712条。",
           "全年受理政府信息公开申请3件，均已按期答复。",
           "一是公开内容不够全面；二是县级公开工作较为薄弱。",
           "2012年，行署将进一步拓展公开内容，加强对各县的指导。"],
          kinds=("measures", "proactive", "requests", "problems", "plans"),
          titles=("加强领导，健全机制", "突出重点，扎实做好主动公开", "规范程序，认真办理依申请公开", "存在的问题", "下一步工作打算"))
add("f-xz-linzhi-2011-themes",
    text(["林芝地区行政公署2011年政府信息公开工作年度报告"], P),
    {}, ("林芝地区行政公署", "city", "西藏自治区", "林芝地区", None, 2011), P)

# 50. Qinghai, an autonomous prefecture 2009: old headings in other wordings
P = parts(["2009年，州政府把政府信息公开作为建设服务型政府的重要内容。", "全年主动公开政府信息1126条。",
           "全年受理政府信息公开申请5件，均已答复。", "全年接受政府信息公开咨询218人次。", "未发生行政复议和行政诉讼。",
           "一是部分县公开意识不强；二是公开的及时性不够。", "2010年，州政府将加强督查，提高公开时效。"],
          kinds=("overview", "proactive", "requests", "consultation", "appeals", "problems", "plans"),
          titles=("政府信息公开工作基本情况", "政府信息主动公开工作开展情况", "政府信息依申请公开办理情况", "政府信息公开咨询情况",
                  "复议和诉讼情况", "工作中存在的困难和问题", "今后工作思路"))
add("f-qh-haixi-2009-unusual",
    text(["海西蒙古族藏族自治州人民政府2009年政府信息公开工作年度报告"], P),
    {}, ("海西蒙古族藏族自治州人民政府", "city", "青海省", "海西蒙古族藏族自治州", None, 2009), P)

# 51. Inner Mongolia, a city 2023: the 其他 part with three sub-heads
P = six("2023年，市政府坚持以人民为中心，推进政务公开。", 2023, "市政府", (2846, 32),
        "存在的主要问题是政策解读的质量不高。2024年，市政府将提高解读质量。",
        other=["（一）收取信息处理费情况。本年度未收取信息处理费。",
               "（二）人大代表建议和政协提案办理结果公开情况。本年度公开建议提案办理复文186件。",
               "（三）年度政务公开工作要点落实情况。已全部落实。"])
add("f-nmg-tongliao-2023-other-subs",
    text(["通辽市人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("通辽市人民政府", "city", "内蒙古自治区", "通辽市", None, 2023), P)

# 52. Xinjiang, a city 2022: headings that name the year
T = ("2022年政府信息公开工作总体情况", "2022年主动公开政府信息情况", "2022年收到和处理政府信息公开申请情况",
     "2022年政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项")
P = six("2022年，市政府坚持以人民为中心，推进政务公开工作。", 2022, "市政府", (2136, 17),
        "存在的主要问题是政务公开平台整合不够。2023年，市政府将整合政务公开平台。", titles=T)
add("f-xj-hami-2022-yeartitles",
    text(["哈密市人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("哈密市人民政府", "city", "新疆维吾尔自治区", "哈密市", None, 2022), P)

# 53. Gansu, an autonomous county 2023: gov2021 tables one cell a line, 存在的问题及整改措施
P = with_tables(six("2023年，县政府坚持以人民为中心，推进政务公开。", 2023, "县政府", (1346, 8),
                    "存在的问题是政策解读不够通俗。2024年，县政府将推出更多图解解读。",
                    titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                            "政府信息公开行政复议、行政诉讼情况", "存在的问题及整改措施", "其他需要报告的事项")),
                tables("gov2021", 31, "cells", 2023))
add("f-gs-tianzhu-2023-tables",
    text(["天祝藏族自治县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("天祝藏族自治县人民政府", "county", "甘肃省", "武威市", "天祝藏族自治县", 2023), P, template="gov2021")

# 54. Ningxia, a county 2020 in a crawl row titled 年报: gov2019 tables flattened, signed
P = with_tables(six("2020年，县政府深入贯彻新修订的《条例》，推进政务公开。", 2020, "县政府", (1124, 6),
                    "存在的主要问题是公开的规范性不够。2021年，县政府将规范公开流程。"), tables("gov2019", 32, "flat_spaced", 2020))
add("f-nx-yongning-2020-tables-flat",
    row("crawl-f.jsonl", "年报", "\n".join(lines([], P, ["永宁县人民政府", "2021年1月26日"])), date="2021-01-27"),
    {}, ("永宁县人民政府", "county", "宁夏回族自治区", "银川市", "永宁县", 2020), P, published="2021-01-27", template="gov2019")

# 55. Hainan, a county-level city 2022: gov2021 tables as Markdown pipes
P = with_tables(six("2022年，市政府围绕航天城建设推进政务公开。", 2022, "市政府", (1622, 11),
                    "存在的主要问题是政务新媒体互动不够。2023年，市政府将加强政务新媒体互动。"), tables("gov2021", 33, "markdown", 2022))
add("f-hi-wenchang-2022-tables-md",
    text(["文昌市人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("文昌市人民政府", "county", "海南省", None, "文昌市", 2022), P, template="gov2021")

# 56. Xinjiang, a county 2015: the ten parts and the 2014 statistics table as an annex
tab = tables("gov2014", 34, "cells", 2016)["stats"]
P = ten("2015年，伊宁县人民政府认真贯彻落实《条例》和国务院办公厅政务公开工作要点。", 2015, "县政府", (1680, 4),
        "存在的主要问题是政策解读不够。2016年，县政府将加强政策解读。")
P = [*P, ("十一、伊宁县人民政府2015年政府信息公开情况统计表", "statistics", [tab], "伊宁县人民政府2015年政府信息公开情况统计表")]
add("f-xj-yining-2015-annex",
    text(["伊宁县人民政府2015年政府信息公开工作年度报告"], P),
    {}, ("伊宁县人民政府", "county", "新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁县", 2015), P, template="gov2014")


# ============================ G. crawl rows ============================

# 57. Qinghai, a county 2023 in JSONL: the text starts with 一、总体情况
P = six("2023年，县政府坚持以生态保护优先，推进政务公开。", 2023, "县政府", (846, 2),
        "存在的主要问题是牧区政务公开覆盖不够。2024年，县政府将推进牧区政务公开。")
add("g-qh-maqin-2023-jsonl",
    row("crawl-g.jsonl", "玛沁县人民政府2023年政府信息公开工作年度报告", "\n".join(lines([], P)), date="2024-01-23"),
    {}, ("玛沁县人民政府", "county", "青海省", "果洛藏族自治州", "玛沁县", 2023), P, published="2024-01-23")

# 58. Tibet, a county 2022 in a CSV titled 2022年度报告: no title in the text, the signature
P = six("2022年，县政府认真贯彻落实《条例》，推进基层政务公开。", 2022, "县政府", (624, 1),
        "存在的主要问题是乡镇政务公开力量薄弱。2023年，县政府将充实乡镇政务公开力量。")
add("g-xz-dingri-2022-csv-generic",
    row("crawl-g.csv", "2022年度报告", "\n".join(lines([], P, ["定日县人民政府", "2023年1月17日"])), date="2023-01-18"),
    {}, ("定日县人民政府", "county", "西藏自治区", "日喀则市", "定日县", 2022), P, published="2023-01-18")

# 59. Inner Mongolia, a county-level city 2021 in a GBK CSV: the name in 本报告由…编制
P = six("2021年，市政府深入贯彻新修订的《条例》，围绕口岸经济推进政务公开。", 2021, "市政府", (1136, 7),
        "存在的主要问题是涉企信息公开不够集中。2022年，市政府将集中公开涉企信息。")
add("g-nmg-erlian-2021-csv-gbk",
    row("crawl-h.csv", "政府信息公开年报", "\n".join(["本报告由二连浩特市人民政府办公室编制。", *lines([], P)]), date="2022-01-25",
        encoding="gbk"),
    {}, ("二连浩特市人民政府", "county", "内蒙古自治区", "锡林郭勒盟", "二连浩特市", 2021), P, published="2022-01-25")

# 60. Hainan, a district 2023 in JSONL: 区政府办 in the body, the government named in 本报告由…编制
P = six("2023年，区政府办认真落实区委、区政府关于政务公开的部署，统筹推进全区政务公开。", 2023, "区政府办", (1356, 10),
        "存在的主要问题是部门政务公开工作不平衡。2024年，区政府办将加强统筹指导。")
add("g-hi-jiyang-2023-zhengfuban",
    row("crawl-g.jsonl", "年度报告", "\n".join(["本报告由三亚市吉阳区人民政府办公室根据《中华人民共和国政府信息公开条例》编制。", *lines([], P)]),
        date="2024-01-19"),
    {}, ("三亚市吉阳区人民政府", "district", "海南省", "三亚市", "吉阳区", 2023), P, published="2024-01-19")

# 61. Xinjiang, a district bureau 2022 in CSV: 区文体广旅局 in the body, the full name once in 联系方式
P = six("2022年，区文体广旅局围绕文旅融合推进政务公开。", 2022, "区文体广旅局", (326, 1),
        "存在的主要问题是文旅政策解读不够。2023年，我局将加强文旅政策解读。",
        other="本年度未收取信息处理费。联系方式：吐鲁番市高昌区文化体育广播电视和旅游局办公室，电话：0995-8521234。")
add("g-xj-gaochang-wtlj-2022-contact",
    row("crawl-g.csv", "年报", "\n".join(lines([], P)), date="2023-01-29"),
    {}, ("吐鲁番市高昌区文化体育广播电视和旅游局", "department", "新疆维吾尔自治区", "吐鲁番市", "高昌区", 2022), P,
    published="2023-01-29")


# ============================ H. batch B (written after batch A's fixes) ============================

# 62. Xinjiang, an autonomous county 2023: a TRS page whose <meta> tags hold the title and the date
P = six("2023年，县政府坚持以人民为中心，推进政务公开。", 2023, "县政府", (986, 4),
        "存在的主要问题是政策解读的针对性不强。2024年，县政府将围绕群众关切开展解读。")
add("h-xj-chabuchaer-2023-trsmeta",
    "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>察布查尔锡伯自治县人民政府</title>\n"
    "<meta name=\"ArticleTitle\" content=\"察布查尔锡伯自治县人民政府2023年政府信息公开工作年度报告\">\n"
    "<meta name=\"PubDate\" content=\"2024-01-25 10:30\">\n<meta name=\"ContentSource\" content=\"县政府办公室\">\n"
    "<meta name=\"SiteName\" content=\"察布查尔锡伯自治县人民政府\">\n</head>\n<body>\n<div class=\"article\">\n"
    + "\n".join(f"<p>{p}</p>" for p in lines([], P)) + "\n</div>\n</body>\n</html>\n",
    {}, ("察布查尔锡伯自治县人民政府", "county", "新疆维吾尔自治区", "伊犁哈萨克自治州", "察布查尔锡伯自治县", 2023), P,
    published="2024-01-25")

# 63. Inner Mongolia, an autonomous banner 2022: a Markdown file with YAML front matter (title, date)
P = six("2022年，旗政府认真贯彻落实《条例》，推进基层政务公开。", 2022, "旗政府", (1046, 3),
        "存在的主要问题是嘎查村务公开不够规范。2023年，旗政府将规范嘎查村务公开。")
add("h-nmg-molidawa-2022-frontmatter",
    Encoded("---\ntitle: 莫力达瓦达斡尔族自治旗人民政府2022年政府信息公开工作年度报告\ndate: 2023-01-19\n"
            "source: http://www.mldw.gov.cn/zwgk/2023/119.html\n---\n\n" + "\n\n".join(lines([], P)) + "\n", suffix=".md"),
    {}, ("莫力达瓦达斡尔族自治旗人民政府", "county", "内蒙古自治区", "呼伦贝尔市", "莫力达瓦达斡尔族自治旗", 2022), P,
    published="2023-01-19")

# 64. Qinghai, a central-bank branch 2024 under its new name (中国人民银行青海省分行)
P = six("2024年，我行认真落实总行关于政务公开的部署，推进金融领域政务公开。", 2024, "我行", (168, 1),
        "存在的主要问题是金融政策解读不够通俗。2025年，我行将开展通俗化解读。")
add("h-qh-pbc-2024",
    text(["中国人民银行青海省分行2024年政府信息公开工作年度报告"], P),
    {}, ("中国人民银行青海省分行", "department", "青海省", None, None, 2024), P)

# 65. Hainan, the provincial survey corps of the national statistics bureau 2022
P = six("2022年，我总队认真落实国家统计局关于政务公开的部署，推进统计调查信息公开。", 2022, "我总队", (236, 0),
        "存在的主要问题是统计数据解读不够深入。2023年，我总队将加强数据解读。")
add("h-hi-nbs-2022",
    text(["国家统计局海南调查总队2022年政府信息公开工作年度报告"], P),
    {}, ("国家统计局海南调查总队", "department", "海南省", None, None, 2022), P)

# 66. Ningxia, the regional government's general office 2023: its own report (自治区政府办公厅 in the body)
P = six("2023年，自治区政府办公厅认真履行全区政务公开工作主管部门职责，推进本机关政务公开。", 2023, "办公厅", (412, 6),
        "存在的主要问题是本机关政策解读的形式不够丰富。2024年，办公厅将丰富解读形式。")
add("h-nx-bgt-2023-own",
    text(["宁夏回族自治区人民政府办公厅2023年政府信息公开工作年度报告"], P),
    {}, ("宁夏回族自治区人民政府办公厅", "department", "宁夏回族自治区", None, None, 2023), P)

# 67. Xinjiang, the regional government 2022: province level, 自治区人民政府 in the body, no title line
P = six("2022年，自治区人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面推进政务公开。", 2022, "自治区人民政府", (8620, 214),
        "存在的主要问题是基层政务公开标准化规范化水平有待提高。2023年，自治区将持续推进基层政务公开标准化规范化。")
add("h-xj-government-2022-sign",
    text([LAW + "编制本报告。"], P, ["新疆维吾尔自治区人民政府", "2023年1月31日"]),
    {}, ("新疆维吾尔自治区人民政府", "province", "新疆维吾尔自治区", None, None, 2022), P, published="2023-01-31")

# 68. Tibet, a county of a 地区 2023: the 2021 parts numbered （一）…（六） at the top level
P = six("2023年，县政府坚持以人民为中心，推进政务公开。", 2023, "县政府", (512, 0),
        "存在的主要问题是公开内容不够丰富。2024年，县政府将丰富公开内容。", nums=tuple(f"（{c}）" for c in "一二三四五六"))
add("h-xz-pulan-2023-paren-top",
    text(["普兰县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("普兰县人民政府", "county", "西藏自治区", "阿里地区", "普兰县", 2023), P)

# 69. Qinghai, an ethnic township 2022: 我乡
P = six("2022年，我乡在县委、县政府的领导下推进基层政务公开。", 2022, "我乡", (96, 0),
        "存在的主要问题是村务公开栏更新不及时。2023年，我乡将督促各村及时更新。")
add("h-qh-gangcha-2022-township",
    text(["循化撒拉族自治县岗察藏族乡人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("循化撒拉族自治县岗察藏族乡人民政府", "township", "青海省", "海东市", "循化撒拉族自治县", 2022), P)

# 70. Hainan, a district bureau 2023: no title, signed; body 区卫健委
P = six("2023年，区卫健委围绕健康美兰建设推进卫生健康领域政务公开。", 2023, "区卫健委", (268, 2),
        "存在的主要问题是医疗机构公开不够规范。2024年，我委将加强对医疗机构的指导。")
add("h-hi-meilan-wjw-2023-sign",
    text([], P, ["海口市美兰区卫生健康委员会", "2024年1月17日"]),
    {}, ("海口市美兰区卫生健康委员会", "department", "海南省", "海口市", "美兰区", 2023), P, published="2024-01-17")

# 71. Qinghai, a county-level city's tax bureau 2022
P = six("2022年，我局认真落实上级税务机关政务公开工作要求。", 2022, "我局", (154, 0),
        "存在的主要问题是税费政策宣传不够深入。2023年，我局将加强政策宣传。")
add("h-qh-geermu-tax-2022",
    text(["国家税务总局格尔木市税务局2022年政府信息公开工作年度报告"], P),
    {}, ("国家税务总局格尔木市税务局", "department", "青海省", "海西蒙古族藏族自治州", "格尔木市", 2022), P)

# 72. Hainan, a district 2023: a combined heading with 、 and plans in its title
T = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
     "存在的主要问题、改进情况及下一步工作打算", "其他需要报告的事项")
P = six("2023年，区政府围绕崖州湾科技城建设推进政务公开。", 2023, "区政府", (1168, 7),
        "一是政策解读不够深入；二是基层公开不够规范。下一步，区政府将加强解读，规范基层公开。", titles=T)
add("h-hi-yazhou-2023-combined",
    text(["三亚市崖州区人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("三亚市崖州区人民政府", "district", "海南省", "三亚市", "崖州区", 2023), P)

# 73. Gansu, a prefecture 2022: a seventh part 2023年工作计划 after 其他
P = [*six("2022年，州政府坚持以人民为中心，推进政务公开。", 2022, "州政府", (2036, 11),
          "存在的主要问题是县市政务公开发展不平衡。"),
     ("七、2023年工作计划", "plans", ["2023年，州政府将推进基层政务公开标准化规范化。"], "2023年工作计划")]
add("h-gs-gannan-2022-seventh",
    text(["甘南藏族自治州人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("甘南藏族自治州人民政府", "city", "甘肃省", "甘南藏族自治州", None, 2022), P)

# 74. Ningxia, a city 2023: problems listed 一是…, then 针对以上问题，下步我们将：1.… 2.…
P = six("2023年，市政府坚持以人民为中心，推进政务公开。", 2023, "市政府", (2246, 16),
        ["一是政策解读质量不高；二是政务新媒体互动不足。", "针对以上问题，下步我们将：", "1.提升政策解读质量。", "2.加强政务新媒体互动。"])
add("h-nx-zhongwei-2023-xiabu",
    text(["中卫市人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("中卫市人民政府", "city", "宁夏回族自治区", "中卫市", None, 2023), P)

# 75. 兵团, a 师市 2023: the signature name over two lines
P = six("2023年，师市认真贯彻落实兵团党委和兵团关于政务公开的部署。", 2023, "师市", (1126, 5),
        "存在的主要问题是团场政务公开不够规范。2024年，师市将加强对团场的指导。")
add("h-bt-7shi-2023-sign-two-lines",
    text([], P, ["新疆生产建设兵团第七师", "胡杨河市", "2024年1月24日"]),
    {}, ("新疆生产建设兵团第七师胡杨河市", "city", "新疆维吾尔自治区", "新疆生产建设兵团第七师", None, 2023), P,
    published="2024-01-24")

# 76. Inner Mongolia, a county 2021: 第一部分 with a space instead of a colon
P = six("2021年，县政府认真贯彻落实新修订的《条例》。", 2021, "县政府", (846, 2),
        "存在的主要问题是公开的及时性不够。2022年，县政府将提高公开时效。",
        nums=tuple(f"第{c}部分 " for c in "一二三四五六"))
add("h-nmg-liangcheng-2021-bufen",
    text(["凉城县人民政府2021年政府信息公开工作年度报告"], P),
    {}, ("凉城县人民政府", "county", "内蒙古自治区", "乌兰察布市", "凉城县", 2021), P)

# 77. Gansu, a county bureau 2023 in a crawl whose content column is the page's HTML, the title column empty
P = six("2023年，县教育局围绕教育均衡发展推进教育领域政务公开。", 2023, "我局", (286, 1),
        "存在的主要问题是学校公开不够规范。2024年，我局将加强对学校的指导。")
add("h-gs-maqu-jyj-2023-htmlcell",
    row("crawl-i.jsonl", "", "<div class=\"content\"><h1>玛曲县教育局2023年政府信息公开工作年度报告</h1>"
        + "".join(f"<p>{p}</p>" for p in lines([], P)) + "</div>", date="2024-01-22"),
    {}, ("玛曲县教育局", "department", "甘肃省", "甘南藏族自治州", "玛曲县", 2023), P, published="2024-01-22")

# 78. Tibet, a city bureau 2021: the statistics period names the year; the title has none
P = six("本年度，我局围绕文旅融合推进政务公开。", 2021, "我局", (346, 1),
        "存在的主要问题是文旅政策解读不够。2022年，我局将加强文旅政策解读。")
add("h-xz-linzhi-wlj-2021-period",
    text(["林芝市文化和旅游局政府信息公开工作年度报告",
          "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"], P),
    {}, ("林芝市文化和旅游局", "department", "西藏自治区", "林芝市", None, 2021), P)

# 79. Hainan, a county-level city 2023: the Word file's title in a centred paragraph split in two, 代章 signature
P = six("2023年，市政府围绕自贸港建设推进政务公开。", 2023, "市政府", (1436, 9),
        "存在的主要问题是基层政务公开不够规范。2024年，市政府将规范基层政务公开。")
add("h-hi-wanning-2023-docx-seal",
    Docx((("big", "万宁市人民政府2023年政府信息公开"), ("big", "工作年度报告"), *lines([], P),
          "万宁市人民政府办公室（代章）", "2024年1月26日")),
    {}, ("万宁市人民政府", "county", "海南省", None, "万宁市", 2023), P, published="2024-01-26")

# 80. Xinjiang, a 地区 bureau 2020 as a PDF: the title on two lines, the date in the running head
P = six("2020年，地区生态环境局深入贯彻新修订的《条例》，推进生态环境领域政务公开。", 2020, "我局", (428, 3),
        "存在的主要问题是环境信息公开不够及时。2021年，我局将及时公开环境信息。")
add("h-xj-hetian-sthj-2020-pdf",
    Pdf(("和田地区生态环境局", "2020年政府信息公开工作年度报告"), tuple(lines([], P, ["和田地区生态环境局", "2021年1月28日"])), lines=15),
    {}, ("和田地区生态环境局", "department", "新疆维吾尔自治区", "和田地区", None, 2020), P, published="2021-01-28")


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES13, out)


if __name__ == "__main__":
    write()
