"""Test utility: the thirty-third held-out probe set ``tests/cases/probes33`` (issue 10 item 3,
"sections on unseen reports"), written and labelled by hand before its writer read textmine's
section code and before textmine read the probes. Every probe's difficulty is the section tree, in
shapes the earlier sets (probes16–31) hold least:

- reports of small bodies (a township, a county bureau) in four or five short parts titled in their own words
  (一、基本情况 二、公开了哪些信息 三、群众申请怎么办的 四、还有哪些不足 五、明年打算);
- 2021-format reports whose parts carry the format's titles with a prefix (一、2023年政府信息公开总体情况;
  二、我局主动公开政府信息情况; 三、本机关收到和处理政府信息公开申请情况);
- heads in 【】 (【一、总体情况】), in 〖〗, or after a ■ (■一、总体情况; ■二、主动公开■) with the number inside;
- parts whose head is a question (一、公开什么？怎么公开？) or a slogan (二、依法申请，有求必应);
- 2008–2012 reports whose parts are bare lines 概述 / 主要工作 / 存在问题 / 下一步打算 (no numbers);
- reports whose last part is 附：政府信息公开统计表 (or 附件：…统计表) with nothing after it (the table was not carried);
- problems and plans each as a numbered part of its own (五、存在的问题 六、下一步工作打算);
- a report of one single paragraph with no heads at all.

Kinds follow SCHEMA.md §1 and the earlier sets' rulings, decided before textmine read the probes:

- a part titled in the body's own words or as a question or slogan takes the kind of what it is about (公开了哪些信息:
  ``proactive``; 群众申请怎么办的: ``requests``; 还有哪些不足: ``problems``; 明年打算 / 明年怎么干: ``plans``);
  organisation, systems and platforms described as achievements, and old-era 主要工作, are ``measures``;
- a prefixed format title keeps the format title's kind (2023年政府信息公开总体情况: ``overview``);
- a bare 存在问题 line is ``problems``; 下一步打算 / 下一步工作打算 / 2013年工作计划 is ``plans`` (SCHEMA.md §1);
- a closing 附：政府信息公开统计表 line with nothing after it was first labelled a ``statistics`` part; corrected after
  scoring (a21–a23, a31): it is the 附件说明 of a 公文 (GB/T 9704), an element after the body naming an enclosure the
  text does not hold, so no part (SCHEMA.md §1's ``statistics`` is tables and their notes);
- a small body's opening part on its organisation (组织领导; 我们怎么抓的) is the opening, ``overview`` (FORMAT.md
  §4.1: 健全组织、强化领导 among the opening titles of small departments; a02 and a05 corrected after scoring);
- a report of one paragraph has no level-1 parts (kinds and titles empty); ``plans`` still says whether it states
  what will be done.

Titles are the bare level-1 heading titles (number, brackets and ■ marks and trailing punctuation stripped). A
question heading's closing ？ was first kept in its title; corrected after scoring (a15, a17) to probes27's ruling
(trailing punctuation is no part of a title; a ？ inside a two-question head stays: 公开什么？怎么公开). ``python -m tests.probe_hand33`` rewrites ``tests/cases/probes33/``; the
tests and ``bench/probe_meta.py --set probes33`` read those files.

Example:
    >>> text, header, want = PROBES33["a01-ah-xiaozhen-2016-township-own-words"]
    >>> want["kinds"]
    ['overview', 'proactive', 'requests', 'problems', 'plans']
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_hand16 import page, report, row
from tests.probe_hand17 import K6, T6, num
from tests.probe_hand29 import OLD, body21, lines, old, with_five
from tests.probe_hand31 import docx, html_parts, text
from tests.probe_sets import (
    LAW,
    CrawlRow,
    Pdf,
    Probe,
    section_adder,
    write_container_probes,
)

OUT = Path(__file__).resolve().parent / "cases" / "probes33"

PROBES33: dict[str, Probe] = {}

CN = "一二三四五六七八九十"
K7P = ["overview", "proactive", "requests", "appeals", "problems", "plans", "other"]


#: Register a probe with its expected level-1 kinds and titles.
add = section_adder(PROBES33)


def bare(titles: list[str]) -> list[str]:
    """Titles without their closing question mark (probes27's ruling: trailing punctuation is no part of a title)."""
    return [t.removesuffix("？") for t in titles]


def crawl(table: str, title: str, paras: list[str], date: str) -> CrawlRow:
    """A crawl row whose 正文 is ``paras`` one a line."""
    return row(table, title, "\n".join(paras), date=date)


def seven(parts: list[list[str]], problems: list[str], plan: list[str]) -> list[list[str]]:
    """Seven parts of a 2019/2021 report whose problems and plans are parts of their own."""
    return [*parts[:4], problems, plan, parts[4]]


# ============================ A. written and labelled on main's code (6e07362), scored before any fix ============================

# a01. Anhui, a township 2016 text: five short parts in the township's own words
T = ["基本情况", "公开了哪些信息", "群众申请怎么办的", "还有哪些不足", "明年打算"]
B = [
    ["2016年，镇党委、镇政府把政务公开列入全镇重点工作，明确党政办一名同志专门负责。"],
    ["全年通过镇政务公开栏和县政府网站镇级子站公开各类信息186条，低保、危房改造名单全部张榜公示。"],
    ["全年收到群众书面申请3件，都在15个工作日内作了答复。"],
    ["村级公开栏更新不及时，个别村公开内容过于简单。"],
    ["2017年，镇政府将每季度检查一次村务公开栏，把惠农补贴资金发放情况逐户公开。"],
]
add(
    "a01-ah-xiaozhen-2016-township-own-words",
    text("萧县张庄寨镇人民政府2016年政府信息公开工作年度报告", num(T), B),
    ("萧县张庄寨镇人民政府", "township", "安徽省", "宿州市", "萧县", 2016),
    ["overview", "proactive", "requests", "problems", "plans"],
    T,
)

# a02. Jiangxi, a county bureau 2018 portal page: four short parts, <p><strong> heads, own words
T = ["我们怎么抓的", "公开了什么", "申请办得怎么样", "差距和打算"]
B = [
    ["局里成立了信息公开工作小组，局长任组长，办公室负责日常工作，建立了信息发布审核制度。"],
    ["全年在县政府信息公开平台发布农业项目、补贴资金、农技推广等信息248条。"],
    ["全年收到信息公开申请2件，均按时答复。"],
    [
        "信息公开的及时性还不够。2019年，我局将落实专人每周更新信息公开平台，做到惠农政策第一时间公开。"
    ],
]
add(
    "a02-jx-anyi-nyj-2018-html-bureau-four-parts",
    page(
        "安义县农业农村局2018年政府信息公开工作年度报告",
        html_parts(num(T), B),
        site="安义县人民政府",
    ),
    ("安义县农业农村局", "department", "江西省", "南昌市", "安义县", 2018),
    # label corrected after scoring: first labelled `measures`; FORMAT.md §4.1 lists a small department's opening
    # part on its organisation (健全组织、强化领导) as the opening, `overview`
    ["overview", "proactive", "requests", "problems"],
    T,
)

# a03. Henan, a township 2020 Word: five short parts as bold numbered paragraphs, own words
T = ["工作开展情况", "信息公开情况", "依申请办理", "存在不足", "下步打算"]
B = [
    ["2020年，乡政府按照县政务公开办的部署，推进基层政务公开标准化规范化工作。"],
    ["通过乡政府公开栏、微信公众号公开脱贫攻坚、疫情防控等信息312条。"],
    ["本年度未收到政府信息公开申请。"],
    ["公开的内容还以工作动态为主，政策性信息偏少。"],
    ["2021年，乡政府将按照基层政务公开标准目录逐项公开，每月更新一次。"],
]
add(
    "a03-ha-lushi-township-2020-docx-bold-own-words",
    docx("卢氏县杜关镇人民政府2020年政府信息公开工作年度报告", [("bold", h) for h in num(T)], B),
    ("卢氏县杜关镇人民政府", "township", "河南省", "三门峡市", "卢氏县", 2020),
    ["overview", "proactive", "requests", "problems", "plans"],
    T,
)

# a04. Shandong, a street office 2022 crawl row (CSV): four own-word parts, numbered 1. 2. 3. 4.
T = ["基本情况", "公开了哪些内容", "申请和复议情况", "问题和努力方向"]
B = [
    ["2022年，街道办事处认真贯彻《条例》，由党政综合办公室负责政务公开日常工作。"],
    ["全年在区政府网站街道专栏公开信息126条，公开城市更新、养老服务等重点信息。"],
    ["全年收到政府信息公开申请4件，均按期答复；未发生行政复议和行政诉讼。"],
    ["公开信息的解读不够。2023年，街道将对涉及群众切身利益的事项逐项配发图解。"],
]
add(
    "a04-sd-licheng-street-2022-csv-four-parts",
    crawl(
        "crawl-a.csv",
        "济南市历城区洪家楼街道办事处2022年政府信息公开工作年度报告",
        report([LAW + "编制本报告。"], [f"{k}.{t}" for k, t in enumerate(T, 1)], B),
        "2023-01-20",
    ),
    ("济南市历城区洪家楼街道办事处", "township", "山东省", "济南市", "历城区", 2022),
    ["overview", "proactive", "requests", "problems"],
    T,
)

# a05. Hebei, a county bureau 2014 PDF: five short parts of a 统计局 in its own words
T = ["组织领导", "主动公开", "依申请公开", "存在问题", "今后打算"]
B = [
    ["2014年，县统计局明确由办公室负责政府信息公开工作，制定了《县统计局政府信息公开工作制度》。"],
    ["全年主动公开统计公报、统计月报等信息96条。"],
    ["全年未收到政府信息公开申请。"],
    ["统计信息的解读还不够通俗。"],
    ["2015年，我局将用图表解读主要统计指标，方便群众看懂统计数据。"],
]
add(
    "a05-he-luanping-tjj-2014-pdf-five-parts",
    Pdf(
        ("滦平县统计局", "2014年政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], num(T), B)),
        width=34,
        lines=30,
    ),
    ("滦平县统计局", "department", "河北省", "承德市", "滦平县", 2014),
    # label corrected after scoring: first labelled `measures`; FORMAT.md §4.1 lists a small department's opening
    # part on its organisation (健全组织、强化领导; the 组织领导 openings) as the opening, `overview`
    ["overview", "proactive", "requests", "problems", "plans"],
    T,
)

# a06. Jiangsu, a city bureau 2023 text: the 2021 format's titles with a year prefix and 我局
T = [
    "2023年政府信息公开总体情况",
    "我局主动公开政府信息情况",
    "我局收到和处理政府信息公开申请情况",
    "我局政府信息公开行政复议、行政诉讼情况",
    "2023年存在的主要问题及改进情况",
    "其他需要报告的事项",
]
B = with_five(
    body21("市市场监督管理局", 2023, 2231, 46),
    ["食品抽检信息公开不够及时。2024年，我局将实行抽检结果按周公开。"],
)
add(
    "a06-js-changzhou-scjgj-2023-prefixed-format",
    text("常州市市场监督管理局2023年政府信息公开工作年度报告", num(T), B),
    ("常州市市场监督管理局", "department", "江苏省", "常州市", None, 2023),
    K6,
    T,
)

# a07. Fujian, a county 2021 portal page: <h3> heads with 本机关/本年度 prefixes
T = [
    "本年度政府信息公开工作总体情况",
    "本机关主动公开政府信息情况",
    "本机关收到和处理政府信息公开申请情况",
    "本机关政府信息公开行政复议、行政诉讼情况",
    "本年度存在的主要问题及改进情况",
    "其他需要报告的事项",
]
B = with_five(
    body21("县政府", 2021, 1926, 17),
    ["政务新媒体内容还不够丰富。2022年，县政府将开设政策问答专栏。"],
)
add(
    "a07-fj-anxi-2021-html-h3-prefixed",
    page(
        "安溪县人民政府2021年政府信息公开工作年度报告",
        html_parts(num(T), B, "h3", "h3"),
        site="安溪县人民政府",
    ),
    ("安溪县人民政府", "county", "福建省", "泉州市", "安溪县", 2021),
    K6,
    T,
)

# a08. Hubei, a city 2022 Word: 标题 1 heads, the city's name before each format title
T = [
    "襄阳市2022年政府信息公开工作总体情况",
    "襄阳市主动公开政府信息情况",
    "襄阳市收到和处理政府信息公开申请情况",
    "襄阳市政府信息公开行政复议、行政诉讼情况",
    "襄阳市政府信息公开工作存在的主要问题及改进情况",
    "其他需要报告的事项",
]
B = with_five(
    body21("市政府", 2022, 5126, 88),
    ["部分县（市、区）政府信息公开专栏栏目设置不规范。2023年，市政府将统一专栏栏目。"],
)
add(
    "a08-hb-xiangyang-2022-docx-heading1-place-prefix",
    docx(
        "襄阳市人民政府2022年政府信息公开工作年度报告",
        [("heading", 1, h) for h in num(T)],
        B,
    ),
    ("襄阳市人民政府", "city", "湖北省", "襄阳市", None, 2022),
    K6,
    T,
)

# a09. Shaanxi, a provincial department 2024 crawl row (JSONL): prefixed titles 一、2024年度… 二、本厅…
T = [
    "2024年度总体情况",
    "本厅主动公开政府信息情况",
    "本厅收到和处理政府信息公开申请情况",
    "本厅政府信息公开行政复议、行政诉讼情况",
    "本厅存在的主要问题及改进情况",
    "其他需要报告的事项",
]
B = with_five(
    body21("省自然资源厅", 2024, 3352, 129),
    ["不动产登记信息查询服务还不够便捷。2025年，我厅将推行不动产登记信息网上查询。"],
)
add(
    "a09-sn-zrzyt-2024-jsonl-prefixed",
    crawl(
        "crawl-a.jsonl",
        "陕西省自然资源厅2024年政府信息公开工作年度报告",
        report([LAW + "编制本报告。"], num(T), B),
        "2025-01-22",
    ),
    ("陕西省自然资源厅", "department", "陕西省", None, None, 2024),
    K6,
    T,
)

# a10. Guangdong, a district 2021 text: heads in 【】 with the number inside
B = with_five(
    body21("区政府", 2021, 4218, 163),
    ["政策解读的形式还比较单一。2022年，区政府将推出短视频解读。"],
)
add(
    "a10-gd-nanshan-2021-lenticular-brackets",
    text(
        "深圳市南山区人民政府2021年政府信息公开工作年度报告",
        [f"【{h}】" for h in num(T6)],
        B,
    ),
    ("深圳市南山区人民政府", "district", "广东省", "深圳市", "南山区", 2021),
    K6,
    T6,
)

# a11. Zhejiang, a county 2017 portal page: <p>■一、概述</p> … old-era parts after a black square
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政府信息公开的收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "存在的主要问题及改进措施",
    "其他需要报告的事项",
]
K = ["overview", "proactive", "requests", "fees", "appeals", "problems", "other"]
B = old(K, "县政府", 2017)
B[5] = [OLD["problems"] + "2018年，县政府将推进基层政务公开标准化试点。"]
add(
    "a11-zj-deqing-2017-html-black-square",
    page(
        "德清县人民政府2017年政府信息公开工作年度报告",
        html_parts([f"■{h}" for h in num(T)], B, "p", "p"),
        site="德清县人民政府",
    ),
    ("德清县人民政府", "county", "浙江省", "湖州市", "德清县", 2017),
    K,
    T,
)

# a12. Sichuan, a city bureau 2020 Word: bold heads ■一、总体情况■ (a square on each side)
T = [
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况",
    "其他需要报告的事项",
]
B = with_five(
    body21("市教育局", 2020, 1426, 23),
    ["招生入学信息公开的集中度还不够。2021年，我局将设立招生入学信息专栏。"],
)
add(
    "a12-sc-mianyang-jyj-2020-docx-squares-both-sides",
    docx(
        "绵阳市教育局2020年政府信息公开工作年度报告",
        [("bold", f"■{h}■") for h in num(T)],
        B,
    ),
    ("绵阳市教育局", "department", "四川省", "绵阳市", None, 2020),
    K6,
    T,
)

# a13. Guangxi, a county 2012 text: old-era heads in 【】 with the number inside, bare 概述
T = ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的问题和改进措施"]
K = ["overview", "proactive", "requests", "problems"]
B = old(K, "县政府", 2012)
B[3] = [OLD["problems"] + "2013年，县政府将加快政府信息公开目录建设。"]
add(
    "a13-gx-yangshuo-2012-lenticular-old",
    text("阳朔县人民政府2012年政府信息公开工作年度报告", [f"【{h}】" for h in num(T)], B),
    ("阳朔县人民政府", "county", "广西壮族自治区", "桂林市", "阳朔县", 2012),
    K,
    T,
)

# a14. Yunnan, a county 2019 crawl row (CSV): heads in 〖〗 with the number inside, the body on the next line
B = with_five(
    body21("县政府", 2019, 1312, 6),
    ["乡镇政务公开工作力量薄弱。2020年，县政府将开展乡镇公开人员培训。"],
)
add(
    "a14-yn-jianshui-2019-csv-white-lenticular",
    crawl(
        "crawl-a.csv",
        "建水县人民政府2019年政府信息公开工作年度报告",
        report([LAW + "编制本报告。"], [f"〖{h}〗" for h in num(T6)], B),
        "2020-01-21",
    ),
    ("建水县人民政府", "county", "云南省", "红河哈尼族彝族自治州", "建水县", 2019),
    K6,
    T6,
)

# a15. Chongqing, a township 2019 text: every head a question
T = [
    "公开什么？怎么公开？",
    "群众申请了什么？怎么答复的？",
    "有没有复议和诉讼？",
    "还有哪些不足？",
    "明年怎么干？",
]
B = [
    [
        "2019年，镇政府通过公开栏、村（居）务公开栏和区政府网站镇街专栏公开信息263条，公开了扶贫、低保、征地补偿等信息。"
    ],
    ["全年收到群众申请5件，内容为征地补偿标准和宅基地审批，均在法定期限内答复。"],
    ["本年度没有因政府信息公开引起的行政复议和行政诉讼。"],
    ["部分村公开栏内容更新慢，公开形式单一。"],
    ["2020年，镇政府将督促各村每月更新公开栏，在镇微信公众号开设公开专栏。"],
]
add(
    "a15-cq-wanzhou-township-2019-question-heads",
    text("重庆市万州区分水镇人民政府2019年政府信息公开工作年度报告", num(T), B),
    ("重庆市万州区分水镇人民政府", "township", "重庆市", "重庆市", "万州区", 2019),
    ["proactive", "requests", "appeals", "problems", "plans"],
    bare(T),  # label corrected after scoring: first with the closing ？
)

# a16. Hunan, a county 2017 portal page: slogan heads, kind by what each part is about
T = [
    "阳光政府，公开为先",
    "依法申请，有求必应",
    "解读回应，释疑解惑",
    "直面短板，补齐不足",
    "乘势而上，再谋新篇",
]
B = [
    ["全年在县政府门户网站主动公开政府信息2817条，财政预决算、“三公”经费全部公开。"],
    ["全年受理政府信息公开申请19件，按期答复率100%。"],
    ["围绕脱贫攻坚、棚户区改造等政策发布解读材料36篇，回应网民留言418条。"],
    ["乡镇政务公开工作发展不平衡，部分单位信息报送不及时。"],
    ["2018年，县政府将建立信息报送通报制度，推进乡镇政务公开全覆盖。"],
]
add(
    "a16-hn-ningxiang-2017-html-slogan-heads",
    page(
        "宁乡县人民政府2017年政府信息公开工作年度报告",
        html_parts(num(T), B),
        site="宁乡县人民政府",
    ),
    ("宁乡县人民政府", "county", "湖南省", "长沙市", "宁乡县", 2017),
    ["proactive", "requests", "response", "problems", "plans"],
    T,
)

# a17. Inner Mongolia, a banner 2022 Word: bold question heads over the 2021 parts
T = [
    "今年公开工作做得怎么样？",
    "主动公开了哪些信息？",
    "群众的申请办得怎么样？",
    "有没有因公开引起的复议诉讼？",
    "还有哪些问题？怎么改？",
    "还有什么需要报告？",
]
B = with_five(
    body21("旗政府", 2022, 1826, 12),
    ["苏木乡镇公开内容不够规范。2023年，旗政府将制定苏木乡镇公开事项清单。"],
)
add(
    "a17-nm-zhungeer-2022-docx-bold-questions",
    docx("准格尔旗人民政府2022年政府信息公开工作年度报告", [("bold", h) for h in num(T)], B),
    ("准格尔旗人民政府", "county", "内蒙古自治区", "鄂尔多斯市", "准格尔旗", 2022),
    K6,
    bare(T),  # label corrected after scoring: first with the closing ？
)

# a18. Shanxi, a county 2009 text: bare lines 概述 / 主要工作 / 存在问题 / 下一步打算
T = ["概述", "主要工作", "存在问题", "下一步打算"]
B = [
    [
        "2009年，县政府认真贯彻《条例》，政府信息公开工作有序推进。全年主动公开政府信息628条，受理申请3件。"
    ],
    [
        "一是健全了机构，县政府办公室设立信息公开股；二是编制了政府信息公开指南和目录；三是在县政府网站开设了信息公开专栏。"
    ],
    ["部分单位对信息公开工作认识不到位，公开内容不够全面。"],
    ["2010年，县政府将进一步完善信息公开目录，加强对各部门信息公开工作的督查。"],
]
add(
    "a18-sx-qixian-2009-bare-lines",
    text("祁县人民政府2009年政府信息公开工作年度报告", T, B),
    ("祁县人民政府", "county", "山西省", "晋中市", "祁县", 2009),
    ["overview", "measures", "problems", "plans"],
    T,
)

# a19. Gansu, a city bureau 2011 PDF: bare lines 概述 / 主要工作 / 存在的问题 / 下一步工作打算
T = ["概述", "主要工作", "存在的问题", "下一步工作打算"]
B = [
    ["2011年，市水务局把政府信息公开作为推进依法行政的重要内容，全年主动公开政府信息214条。"],
    [
        "局机关调整了信息公开领导小组，完善了信息发布审核、保密审查等制度，在局网站开设了水利工程项目公开专栏。"
    ],
    ["信息公开的及时性和主动性还有差距。"],
    ["2012年，我局将重点公开水利工程建设项目和防汛抗旱信息。"],
]
add(
    "a19-gs-tianshui-slj-2011-pdf-bare-lines",
    Pdf(
        ("天水市水务局", "2011年政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], T, B)),
        width=34,
        lines=30,
    ),
    ("天水市水务局", "department", "甘肃省", "天水市", None, 2011),
    ["overview", "measures", "problems", "plans"],
    T,
)

# a20. Heilongjiang, a county 2010 crawl row (JSONL): bare lines, one of them 工作措施 and one 2011年工作计划
T = ["概述", "工作措施", "存在问题", "2011年工作计划"]
B = [
    ["2010年，县政府政府信息公开工作在上级的指导下稳步推进，全年主动公开信息415条，受理申请2件。"],
    ["县政府完善了信息公开目录，建立了政府信息公开联络员制度，在政务大厅设立了信息查阅点。"],
    ["部分乡镇公开内容不够及时、全面。"],
    ["2011年，县政府将把信息公开纳入乡镇和部门绩效考核。"],
]
add(
    "a20-hl-baiquan-2010-jsonl-bare-lines",
    crawl(
        "crawl-a.jsonl",
        "拜泉县人民政府2010年政府信息公开工作年度报告",
        report([LAW + "编制本报告。"], T, B),
        "2011-03-28",
    ),
    ("拜泉县人民政府", "county", "黑龙江省", "齐齐哈尔市", "拜泉县", 2010),
    ["overview", "measures", "problems", "plans"],
    T,
)

# a21. Jilin, a county 2015 text: last part 附：政府信息公开统计表 with nothing after it
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政府信息公开的收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "存在的主要问题及改进措施",
]
K = ["overview", "proactive", "requests", "fees", "appeals", "problems"]
B = old(K, "县政府", 2015)
B[5] = [OLD["problems"] + "2016年，县政府将加强政务公开考核。"]
add(
    "a21-jl-fusong-2015-annex-line-last",
    text(
        "抚松县人民政府2015年政府信息公开工作年度报告",
        num(T),
        B,
        ["附：政府信息公开统计表"],
    ),
    ("抚松县人民政府", "county", "吉林省", "白山市", "抚松县", 2015),
    # label corrected after scoring: first labelled with a last `statistics` part titled by the annex line; an
    # 附：/附件： line with nothing after it is the 附件说明 of a 公文 (GB/T 9704: an element after the body, before
    # the signature), naming an enclosure the crawl does not hold: no part of the report (SCHEMA.md §1's
    # `statistics` is the tables and their notes, and there are none)
    K,
    T,
)

# a22. Liaoning, a city bureau 2017 portal page: last paragraph 附件：2017年政府信息公开情况统计表, nothing after
T = ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的主要问题及改进措施"]
K = ["overview", "proactive", "requests", "problems"]
B = old(K, "市民政局", 2017)
B[3] = [OLD["problems"] + "2018年，我局将全面公开社会救助资金使用情况。"]
add(
    "a22-ln-dalian-mzj-2017-html-annex-last",
    page(
        "大连市民政局2017年政府信息公开工作年度报告",
        html_parts(num(T), B) + "\n<p>附件：2017年政府信息公开情况统计表</p>",
        site="大连市民政局",
    ),
    ("大连市民政局", "department", "辽宁省", "大连市", None, 2017),
    # label corrected after scoring: first labelled with a last `statistics` part titled by the annex line; an
    # 附：/附件： line with nothing after it is the 附件说明 of a 公文 (GB/T 9704: an element after the body, before
    # the signature), naming an enclosure the crawl does not hold: no part of the report (SCHEMA.md §1's
    # `statistics` is the tables and their notes, and there are none)
    K,
    T,
)

# a23. Xinjiang, a county 2013 Word: a township-sized county report of four parts, 附：政府信息公开统计表 last
T = ["基本情况", "主动公开情况", "依申请公开情况", "存在问题和下步打算"]
K = ["overview", "proactive", "requests", "problems"]
B = old(K, "县政府", 2013)
B[3] = [OLD["problems"] + "2014年，县政府将加强双语信息公开。"]
add(
    "a23-xj-shanshan-2013-docx-annex-last",
    docx(
        "鄯善县人民政府2013年政府信息公开工作年度报告",
        [*num(T), "附：政府信息公开统计表"],
        [*B, []],
    ),
    ("鄯善县人民政府", "county", "新疆维吾尔自治区", "吐鲁番市", "鄯善县", 2013),
    # label corrected after scoring: first labelled with a last `statistics` part titled by the annex line; an
    # 附：/附件： line with nothing after it is the 附件说明 of a 公文 (GB/T 9704: an element after the body, before
    # the signature), naming an enclosure the crawl does not hold: no part of the report (SCHEMA.md §1's
    # `statistics` is the tables and their notes, and there are none)
    K,
    T,
)

# a24. Guizhou, a county 2021 text: 五、存在的问题 六、下一步工作打算 七、其他需要报告的事项
T = [
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的问题",
    "下一步工作打算",
    "其他需要报告的事项",
]
P = body21("县政府", 2021, 2214, 15)
B = seven(
    P,
    ["部分部门主动公开意识不强，公开内容不够全面。"],
    ["2022年，县政府将开展政务公开专项督查，推动重点领域信息全面公开。"],
)
add(
    "a24-gz-zunyi-suiyang-2021-problems-plans-parts",
    text("绥阳县人民政府2021年政府信息公开工作年度报告", num(T), B),
    ("绥阳县人民政府", "county", "贵州省", "遵义市", "绥阳县", 2021),
    K7P,
    T,
)

# a25. Qinghai, a provincial department 2016 text: 六、存在的主要问题 七、2017年工作打算 八、其他需要报告的事项
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政府信息公开的收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "存在的主要问题",
    "2017年工作打算",
    "其他需要报告的事项",
]
K = ["overview", "proactive", "requests", "fees", "appeals", "problems", "plans", "other"]
B = old(K[:6] + ["other"], "青海省卫生和计划生育委员会", 2016)
B = [*B[:6], ["2017年，我委将重点公开医疗卫生机构服务价格和药品采购信息。"], B[6]]
add(
    "a25-qh-wjw-2016-problems-plans-parts",
    text("青海省卫生和计划生育委员会2016年政府信息公开工作年度报告", num(T), B),
    ("青海省卫生和计划生育委员会", "department", "青海省", None, None, 2016),
    K,
    T,
)

# a26. Tibet, a city 2020 Word: bold 五、存在的主要问题 六、改进措施 七、其他需要报告的事项
T = [
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题",
    "改进措施",
    "其他需要报告的事项",
]
B = seven(
    body21("市政府", 2020, 1128, 4),
    ["县（区）政务公开工作人员变动较大，业务不够熟练。"],
    ["2021年，市政府将每半年组织一次政务公开业务培训。"],
)
add(
    "a26-xz-linzhi-2020-docx-problems-measures-parts",
    docx("林芝市人民政府2020年政府信息公开工作年度报告", [("bold", h) for h in num(T)], B),
    ("林芝市人民政府", "city", "西藏自治区", "林芝市", None, 2020),
    K7P,
    T,
)

# a27. Hainan, a city 2023 crawl row (CSV): 五、存在的不足 六、下一步工作安排 七、其他需要报告的事项
T = [
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的不足",
    "下一步工作安排",
    "其他需要报告的事项",
]
B = seven(
    body21("市政府", 2023, 2612, 38),
    ["自贸港政策解读的针对性还不够强。"],
    ["2024年，市政府将围绕企业关心的自贸港政策开展“一对一”解读。"],
)
add(
    "a27-hi-danzhou-2023-csv-problems-plans-parts",
    crawl(
        "crawl-b.csv",
        "儋州市人民政府2023年政府信息公开工作年度报告",
        report([LAW + "编制本报告。"], num(T), B),
        "2024-01-25",
    ),
    ("儋州市人民政府", "city", "海南省", "儋州市", None, 2023),
    K7P,
    T,
)

# a28. Ningxia, a township 2018 text: one single paragraph, no heads at all, plans stated
add(
    "a28-nx-yongning-township-2018-one-paragraph",
    lines(
        [
            "永宁县望远镇人民政府2018年政府信息公开工作年度报告",
            "2018年，望远镇人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，通过镇政务公开栏、村务公开栏和县政府网站公开各类信息208条，"
            "其中惠民补贴、低保救助等信息56条；全年未收到政府信息公开申请，未发生因政府信息公开引起的行政复议和行政诉讼，未收取任何费用。"
            "工作中还存在公开形式单一、部分村公开不及时等问题。2019年，镇政府将规范村务公开栏设置，每月更新公开内容。",
        ]
    ),
    ("永宁县望远镇人民政府", "township", "宁夏回族自治区", "银川市", "永宁县", 2018),
    [],
    [],
)

# a29. Beijing, a street office 2021 crawl row (JSONL): one paragraph, no heads, no plans
add(
    "a29-bj-xicheng-street-2021-jsonl-one-paragraph",
    row(
        "crawl-a.jsonl",
        "北京市西城区什刹海街道办事处2021年政府信息公开工作年度报告",
        "2021年，什刹海街道办事处按照区政务公开办的部署，在区政府网站街道专栏公开信息142条，"
        "本年度收到政府信息公开申请3件，均已按期答复，未发生行政复议和行政诉讼，未收取信息处理费。",
        date="2022-01-24",
    ),
    ("北京市西城区什刹海街道办事处", "township", "北京市", "北京市", "西城区", 2021),
    [],
    [],
    plans=False,
)

# a30. Shanghai, a district bureau 2022 text: 【一、2022年度总体情况】 — brackets and a prefixed title at once
T = [
    "2022年度总体情况",
    "本局主动公开政府信息情况",
    "本局收到和处理政府信息公开申请情况",
    "本局政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况",
    "其他需要报告的事项",
]
B = with_five(
    body21("区卫生健康委员会", 2022, 1018, 27),
    ["医疗机构信息公开的规范性还需加强。2023年，我委将制定医疗机构信息公开清单。"],
)
add(
    "a30-sh-minhang-wjw-2022-brackets-prefixed",
    text(
        "上海市闵行区卫生健康委员会2022年政府信息公开工作年度报告",
        [f"【{h}】" for h in num(T)],
        B,
    ),
    ("上海市闵行区卫生健康委员会", "department", "上海市", "上海市", "闵行区", 2022),
    K6,
    T,
)

# a31. Tianjin, a township 2012 text: bare lines 概述 / 主要做法 / 存在的不足 / 今后打算, a 附：统计表 line last
T = ["概述", "主要做法", "存在的不足", "今后打算"]
B = [
    [
        "2012年，镇政府政府信息公开工作按照区里的统一部署开展，全年公开各类信息137条，未收到公开申请。"
    ],
    ["镇里明确了信息公开分管领导和联络员，在镇政府大院设立了公开栏，每月更新一次。"],
    ["公开内容还不够具体，群众关心的惠农资金发放信息公开不够细。"],
    ["2013年，镇政府将把惠农资金发放信息逐村逐户公开。"],
]
add(
    "a31-tj-jizhou-township-2012-bare-lines-annex",
    text(
        "天津市蓟县马伸桥镇人民政府2012年政府信息公开工作年度报告",
        T,
        B,
        ["附：政府信息公开统计表"],
    ),
    ("天津市蓟县马伸桥镇人民政府", "township", "天津市", "天津市", "蓟县", 2012),
    # label corrected after scoring: first labelled with a last `statistics` part titled by the annex line; an
    # 附：/附件： line with nothing after it is the 附件说明 of a 公文 (GB/T 9704: an element after the body, before
    # the signature), naming an enclosure the crawl does not hold: no part of the report (SCHEMA.md §1's
    # `statistics` is the tables and their notes, and there are none)
    ["overview", "measures", "problems", "plans"],
    T,
)

# a32. Shaanxi, a county 2020 text: ■ heads with a space (■ 一、总体情况), problems and plans as parts of their own
T = [
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题",
    "下一步工作打算",
    "其他需要报告的事项",
]
B = seven(
    body21("县政府", 2020, 1736, 8),
    ["政府信息公开平台栏目设置不够合理。"],
    ["2021年，县政府将对照标准目录调整网站栏目。"],
)
add(
    "a32-sn-fuping-2020-square-space-plans-part",
    text("富平县人民政府2020年政府信息公开工作年度报告", [f"■ {h}" for h in num(T)], B),
    ("富平县人民政府", "county", "陕西省", "渭南市", "富平县", 2020),
    K7P,
    T,
)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES33, out)


if __name__ == "__main__":
    write()
