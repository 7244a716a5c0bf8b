"""Test utility: the twenty-second held-out probe set ``tests/cases/probes22`` (issue 10 item 3,
"sections on unseen reports"), written and labelled by hand before its writer read textmine's
section code and before textmine read the probes. Every probe's difficulty is the section tree, in
shapes the earlier sets (probes16, probes17, probes20) have least:

- 2019-format reports (the trial template's six parts, 2019–2020) in local words;
- 2008–2012 reports with parts for 依申请公开, 收费及减免, 因政府信息公开申请行政复议、提起行政诉讼,
  工作中存在的主要问题和改进措施 and for 政府信息公开的组织领导 / 机构建设;
- headings as Markdown (``#``, ``##``, ``**bold**``), HTML ``<h2>`` and ``<p><strong>``, Word's built-in
  heading styles, PDF lines with page furniture (running heads, folios);
- parts numbered 第一部分/第二部分, and 一是/二是 enumerations (paragraph openers, not headings:
  SCHEMA.md / FORMAT.md §4.3 call them inline enumerations);
- headings closed by ： or 。, a heading whose title runs into its first sentence on the same line;
- 总体情况 with （一）主动公开 …（五）监督保障 sub-parts that share words with level-1 kinds (level 2);
- a table's caption that repeats its part's words (二、主动公开政府信息情况 inside part 二);
- a report with no headings at all, a township report of four lines.

Conventions are those of the earlier sets (see ``tests/probe_hand16.py``): titles are the bare level-1
heading titles (number and trailing punctuation stripped); kinds follow SCHEMA.md §1 (a first part on
政府信息公开的组织领导和机构建设 is the report's opening, ``overview``, as FORMAT.md §4.1 lists it; a later part
on 机构建设 is ``other``); ``plans`` says whether the report states what will be done. A report without
headings has no level-1 sections. Batch A (a…) was written and labelled on main's code (0f5356d) and
scored before any fix; batch B (b…) was written after batch A's fixes and scored before any fix of its
own; batch C (c…) was written after batch B's fixes and scored before any fix of its own (figures in
bench/README.md).

``python -m tests.probe_hand22`` rewrites ``tests/cases/probes22/``; the tests and
``bench/probe_meta.py --set probes22`` read those files.

Example:
    >>> text, header, want = PROBES22["a01-yn-binchuan-2019-md-hash"]
    >>> want["kinds"][0], want["plans"]
    ('overview', True)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import cms_page
from tests.probe_hand16 import page, report, row
from tests.probe_hand17 import K6, T6, num, table21_rows
from tests.probe_sets import LAW, Docx, Encoded, Pdf, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes22"

PROBES22: dict[str, Probe] = {}

#: the 2008–2012 seven parts
K7 = ("overview", "proactive", "requests", "fees", "appeals", "problems", "other")
T7 = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
      "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作中存在的主要问题和改进措施", "其他需要报告的事项")
#: 总体情况's five sub-heads in the words many bodies use (each shares words with a level-1 kind)
SUBS = ("（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）平台建设情况", "（五）监督保障情况")


def add(pid: str, content: Any, meta: tuple, kinds: tuple[str, ...] | list[str], titles: tuple[str, ...] | list[str],  # type: ignore[type-arg]
        *, plans: bool = True, header: dict[str, str] | None = None) -> None:
    """Register a probe with its expected level-1 kinds and titles."""
    issuer, level, province, city, county, year = meta
    assert len(kinds) == len(titles), pid
    register(PROBES22, pid, content, header or {}, issuer, level, province, city, county, year,
             list(kinds), list(titles), plans=plans)


def overview(who: str, year: int, active: int, requests: int, subs: tuple[str, ...] | list[str] = SUBS) -> list[str]:
    """总体情况: an opening paragraph, then the five sub-heads (as given) each with a paragraph."""
    return [f"{year}年，{who}认真贯彻落实《条例》和上级关于政务公开工作的部署，扎实推进政府信息公开工作。",
            subs[0], f"全年主动公开政府信息{active}条，其中政策文件{active // 12}件，政策解读{active // 50}篇。",
            subs[1], f"全年受理政府信息公开申请{requests}件，全部按期答复。",
            subs[2], "落实公开前保密审查，动态更新政府信息公开目录。",
            subs[3], "优化政府信息公开专栏，整合政务新媒体账号。",
            subs[4], "将政务公开纳入年度考核，组织业务培训2次。"]


def body6(who: str, year: int, active: int, requests: int, plan: str, *, subs: tuple[str, ...] | list[str] = SUBS,
          other: str = "本年度未收取信息处理费。无其他需要报告的事项。") -> list[list[str]]:
    """The six parts' paragraphs of a 2019/2021-format report (``plan``: what will be done, or "")."""
    return [overview(who, year, active, requests, subs),
            [f"本年度制发规范性文件{active % 7}件。", *table21_rows(active)],
            [f"本年新收政府信息公开申请{requests}件，办结{requests}件。"],
            ["本年度未发生政府信息公开行政复议、行政诉讼案件。"],
            [f"主要问题是政策解读形式较为单一，基层公开标准化有待加强。{plan}"],
            [other]]


def body7(who: str, year: int, plan: str) -> list[list[str]]:
    """The seven parts' paragraphs of a 2008–2012 report (``plan``: what will be done, or "")."""
    return [[f"{year}年，{who}按照《条例》要求，加强组织领导，完善工作制度，政府信息公开工作有序开展。"],
            [f"全年主动公开政府信息{year % 100 * 53}条，其中通过政府网站公开{year % 100 * 41}条。"],
            [f"全年受理政府信息公开申请{year % 100}件，其中当面申请3件、网上申请{year % 100 - 3}件，均按期答复。"],
            ["本年度依申请提供政府信息，未收取检索、复制、邮寄等费用。"],
            ["本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。"],
            [f"工作中存在的主要问题是部分单位对信息公开重视不够，公开内容不够全面。{plan}"],
            ["无。"]]


def md(text_lines: list[str]) -> Encoded:
    """A Markdown file of ``text_lines`` (a blank line between blocks)."""
    return Encoded("\n\n".join(text_lines) + "\n", "utf-8", ".md")


# ============================ A. Markdown, <h2>, Word heading styles, PDF furniture, 第一部分, 一是, colons, run-ins ============================

# a01. Yunnan, a county 2019 Markdown: ``#`` title, ``##`` parts in local 2019 words, ``###`` sub-heads
T = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
     "存在的主要问题及改进情况", "其他需要报告的事项")
B = body6("县政府", 2019, 1836, 24, "2020年，县政府将加强政策解读，推进基层政务公开标准化规范化。",
          subs=[f"### {s}" for s in SUBS])
add("a01-yn-binchuan-2019-md-hash",
    md(report(["# 宾川县人民政府2019年政府信息公开工作年度报告", LAW + "编制本报告。"], [f"## {h}" for h in num(T)], B)),
    ("宾川县人民政府", "county", "云南省", "大理白族自治州", "宾川县", 2019), K6, T)

# a02. Guizhou, a district 2020 Markdown: parts as **bold** lines, sub-heads **bold** too; local words
T = ("总体情况", "政府信息主动公开情况", "政府信息公开申请收到和处理情况", "政府信息公开行政复议和行政诉讼情况",
     "存在的问题及改进措施", "其他需要报告的事项")
B = body6("区政府", 2020, 2216, 31, "下一步，区政府将围绕群众关切推出更多图解解读。", subs=[f"**{s}**" for s in SUBS])
add("a02-gz-huichuan-2020-md-bold",
    md(report(["**遵义市汇川区人民政府2020年政府信息公开工作年度报告**", LAW + "编制本报告。"], [f"**{h}**" for h in num(T)], B)),
    ("遵义市汇川区人民政府", "district", "贵州省", "遵义市", "汇川区", 2020), K6, T)

# a03. Hunan, a city 2010 portal page: the seven 2008-era parts in <h2>
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "工作中存在的主要问题和改进措施", "其他需要报告的事项")
html = "".join(f"<h2>{h}</h2>\n" + "".join(f"<p>{p}</p>\n" for p in b)
               for h, b in zip(num(T), body7("市政府", 2010, "2011年，市政府将完善信息公开考核制度，扩大公开范围。"), strict=True))
add("a03-hn-xiangtan-2010-h2",
    page("湘潭市人民政府2010年政府信息公开工作年度报告",
         "<h1>湘潭市人民政府2010年政府信息公开工作年度报告</h1>\n<p>" + LAW + "特发布本报告。</p>\n" + html, site="湘潭市人民政府"),
    ("湘潭市人民政府", "city", "湖南省", "湘潭市", None, 2010), K7, T)

# a04. Shanxi, a county 2011 Word: parts in 标题 1, sub-heads in 标题 2; the first part is 组织领导和机构建设
T = ("政府信息公开的组织领导和机构建设", "主动公开政府信息情况", "依申请公开政府信息情况", "收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼情况", "工作中存在的主要问题和改进措施")
B7 = body7("县政府", 2011, "2012年，我县将加强业务培训，完善考核办法。")
B = [["县政府成立了由常务副县长任组长的政府信息公开工作领导小组，办公室设在县政府办公室。"],
     [("heading", 2, "（一）公开的主要内容"), *B7[1], ("heading", 2, "（二）公开的形式"), "主要通过县政府网站、公开栏和档案馆公开。"],
     B7[2], B7[3], B7[4], B7[5]]
blocks: list[Any] = [("big", "阳城县人民政府2011年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T), B, strict=True):
    blocks += [("heading", 1, h), *b]
add("a04-sx-yangcheng-2011-docx-styles",
    Docx(tuple(blocks)),
    ("阳城县人民政府", "county", "山西省", "晋城市", "阳城县", 2011),
    ("overview", "proactive", "requests", "fees", "appeals", "problems"), T)

# a05. Liaoning, a district 2012 PDF: running head and 第 n 页 共 m 页 folios; a 机构建设 part after 概述
T = ("概述", "政府信息公开机构建设情况", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题和改进措施")
B7 = body7("区政府", 2012, "2013年，区政府将进一步规范依申请公开办理流程，加强督促检查。")
B = [B7[0], ["区政府办公室为政府信息公开工作机构，配备专职工作人员2名、兼职工作人员16名。"], *B7[1:6]]
add("a05-ln-ganjingzi-2012-pdf-furniture",
    Pdf(("大连市甘井子区人民政府", "2012年政府信息公开工作年度报告"), tuple(report([LAW + "编制本报告。"], num(T), B)),
        running_head="甘井子区人民政府2012年政府信息公开工作年度报告", folio="第 {n} 页 共 {total} 页", width=34, lines=14),
    ("大连市甘井子区人民政府", "district", "辽宁省", "大连市", "甘井子区", 2012),
    ("overview", "other", "proactive", "requests", "fees", "appeals", "problems"), T)

# a06. Jilin, a city bureau 2009 text: parts numbered 第一部分 … 第六部分
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题和改进措施")
PARTS = ("第一部分", "第二部分", "第三部分", "第四部分", "第五部分", "第六部分", "第七部分", "第八部分")
add("a06-jl-changchun-rsj-2009-diyibufen",
    "\n".join(report(["长春市人力资源和社会保障局2009年政府信息公开工作年度报告", LAW + "编制本报告。"],
                     [f"{PARTS[i]} {t}" for i, t in enumerate(T)],
                     body7("市人社局", 2009, "2010年，我局将加强政府信息公开目录的更新维护。")[:6])) + "\n",
    ("长春市人力资源和社会保障局", "department", "吉林省", "长春市", None, 2009), K7[:6], T)

# a07. Inner Mongolia, a 旗 2021 crawl row (CSV): half-width (一) sub-heads; 五 lists problems and plans by 一是/二是
B = body6("旗政府", 2021, 1968, 17, "", subs=[s.replace("（", "(").replace("）", ")") for s in SUBS])
B[4] = ["一是政策解读的针对性不够强；二是部分苏木镇公开栏更新不及时。",
        "下一步，旗政府将从以下方面改进：一是丰富解读形式，推出图解和短视频；二是加强对苏木镇的业务指导。"]
add("a07-nm-zhungeer-2021-csv-yishi",
    row("crawl-a.csv", "准格尔旗人民政府2021年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T6), B)), date="2022-01-25"),
    ("准格尔旗人民政府", "county", "内蒙古自治区", "鄂尔多斯市", "准格尔旗", 2021), K6, T6)

# a08. Xinjiang, a county-level city 2022 text: 一是…/二是… open paragraphs of their own under 总体情况 and 五
B = body6("市政府", 2022, 2468, 12, "")
B[0] = ["2022年，市政府认真贯彻落实《条例》，扎实推进政务公开工作。",
        "一是强化组织领导。调整政务公开工作领导小组，明确分管领导和工作人员。",
        "二是抓好主动公开。全年主动公开政府信息2468条。",
        "三是规范依申请公开。全年受理申请12件，均按期答复。",
        "四是加强平台建设。整合政务新媒体账号5个。"]
B[4] = ["存在的主要问题：一是公开内容不够丰富；二是解读质量有待提高。",
        "一是拓展公开内容，围绕重点领域加大公开力度。",
        "二是提升解读质量，2023年每季度开展政策解读评估。"]
add("a08-xj-changji-2022-yishi-lines",
    "\n".join(report(["昌吉市人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B)) + "\n",
    ("昌吉市人民政府", "county", "新疆维吾尔自治区", "昌吉回族自治州", "昌吉市", 2022), K6, T6)

# a09. Jiangxi, a city 2023 portal page: <p><strong> parts; inside 二 the table's caption repeats the part: 二、主动公开政府信息情况
B = body6("市政府", 2023, 5862, 146, "2024年，市政府将加强政策解读和回应关切。")
B[1] = ["全年主动公开政府信息5862条。", "二、主动公开政府信息情况", *table21_rows(5862)]
add("a09-jx-jiujiang-2023-strong-caption-repeat",
    cms_page("九江市人民政府2023年政府信息公开工作年度报告",
             [LAW + "编制本报告。"] + [x for h, b in zip(num(T6), B, strict=True) for x in (("strong", h), *b)],
             site="九江市人民政府"),
    ("九江市人民政府", "city", "江西省", "九江市", None, 2023), K6, T6)

# a10. Chongqing, a district 2024 text: heads closed by 。 and running into their first sentence on the same line
T = T6
B = body6("区政府", 2024, 3862, 96, "2025年，区政府将深化基层政务公开标准化建设。")
lines = ["重庆市渝北区人民政府2024年政府信息公开工作年度报告", LAW + "编制本报告。",
         "一、总体情况。" + B[0][0], *B[0][1:],
         "二、主动公开政府信息情况。" + B[1][0], *B[1][1:],
         "三、收到和处理政府信息公开申请情况。" + B[2][0],
         "四、政府信息公开行政复议、行政诉讼情况" + B[3][0],
         "五、存在的主要问题及改进情况。" + B[4][0],
         "六、其他需要报告的事项。" + B[5][0]]
add("a10-cq-yubei-2024-stop-runin",
    "\n".join(lines) + "\n",
    ("重庆市渝北区人民政府", "district", "重庆市", "重庆市", "渝北区", 2024), K6, T)

# a11. Hebei, a town 2021 text of four lines: title, then three parts each closed by ： and run in
add("a11-he-sanpo-2021-four-lines",
    "涞水县三坡镇人民政府2021年政府信息公开工作年度报告\n"
    "一、主动公开情况：2021年，我镇通过镇政务公开栏和县政府网站主动公开政府信息136条。\n"
    "二、依申请公开情况：全年未收到政府信息公开申请，未发生行政复议、行政诉讼。\n"
    "三、存在问题和下步打算：公开栏更新不够及时。2022年，我镇将明确专人负责，按月更新公开内容。\n",
    ("涞水县三坡镇人民政府", "township", "河北省", "保定市", "涞水县", 2021),
    ("proactive", "requests", "problems"), ("主动公开情况", "依申请公开情况", "存在问题和下步打算"))

# a12. Hainan, a city bureau 2015 text: no headings at all, five paragraphs
add("a12-hi-sanya-swj-2015-no-heads",
    "三亚市水务局2015年政府信息公开工作年度报告\n"
    "2015年，市水务局认真贯彻落实《中华人民共和国政府信息公开条例》，明确办公室负责政府信息公开日常工作。\n"
    "全年通过市政府门户网站主动公开政府信息186条，其中水利工程建设信息42条、防汛抗旱信息58条。\n"
    "全年受理政府信息公开申请3件，均在规定期限内答复，未收取任何费用，未发生行政复议和行政诉讼。\n"
    "我局政府信息公开工作还存在公开内容不够全面、更新不够及时等问题。2016年，我局将建立信息发布审核和更新制度，"
    "进一步扩大公开范围。\n"
    "三亚市水务局\n2016年3月28日\n",
    ("三亚市水务局", "department", "海南省", "三亚市", None, 2015), (), ())

# a13. Qinghai, a district 2019 PDF: running head and − n − folios; 总体情况's sub-heads; 五 states problems only
B = body6("区政府", 2019, 1286, 9, "")
add("a13-qh-ledu-2019-pdf-no-plans",
    Pdf(("海东市乐都区人民政府", "2019年政府信息公开工作年度报告"), tuple(report([LAW + "编制本报告。"], num(T6), B)),
        running_head="海东市乐都区人民政府2019年政府信息公开工作年度报告", folio="- {n} -", width=36, lines=20),
    ("海东市乐都区人民政府", "district", "青海省", "海东市", "乐都区", 2019), K6, T6, plans=False)

# a14. Ningxia, a regional department 2020 Word: parts in 标题 1, the five sub-heads in 标题 2, a caption paragraph per table
B = body6("自治区卫生健康委", 2020, 1468, 42, "2021年，我委将加强卫生健康政策解读。")
blocks = [("big", "宁夏回族自治区卫生健康委员会2020年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T6), B, strict=True):
    blocks += [("heading", 1, h), *[("heading", 2, x) if x in SUBS else x for x in b]]
blocks.insert(blocks.index(("heading", 1, "三、" + T6[2])) + 1, "表2 收到和处理政府信息公开申请情况")
add("a14-nx-wjw-2020-docx-styles-subs",
    Docx(tuple(blocks)),
    ("宁夏回族自治区卫生健康委员会", "department", "宁夏回族自治区", None, None, 2020), K6, T6)

# a15. Heilongjiang, a district 2010 text: seven 2008-era parts closed by ：
add("a15-hl-nangang-2010-colon",
    "\n".join(report(["哈尔滨市南岗区人民政府2010年政府信息公开工作年度报告", LAW + "编制本报告。"],
                     [f"{h}：" for h in num(T7)],
                     body7("区政府", 2010, "2011年，区政府将加快政府信息公开目录系统建设。"))) + "\n",
    ("哈尔滨市南岗区人民政府", "district", "黑龙江省", "哈尔滨市", "南岗区", 2010), K7, T7)

# a16. Shanghai, a district 2025 crawl row (JSONL): 总体情况's sub-heads worded like parts (（一）主动公开政府信息情况 …)
SUBS_LONG = ("（一）主动公开政府信息情况", "（二）依申请公开政府信息情况", "（三）政府信息管理情况", "（四）政府信息公开平台建设情况",
             "（五）政府信息公开监督保障情况")
add("a16-sh-minhang-2025-jsonl-long-subs",
    row("crawl-b.jsonl", "上海市闵行区人民政府2025年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T6),
                         body6("区政府", 2025, 4368, 268, "2026年，区政府将推进政策文件库标准化。", subs=SUBS_LONG))),
        date="2026-01-22"),
    ("上海市闵行区人民政府", "district", "上海市", "上海市", "闵行区", 2025), K6, T6)

# a17. Tianjin, a district 2013 Markdown: **bold** heads closed by 。 that open their paragraph on the same line
T = T7
B7 = body7("区政府", 2013, "2014年，区政府将加强政策解读和舆情回应。")
add("a17-tj-hexi-2013-md-bold-runin",
    md(["# 天津市河西区人民政府2013年政府信息公开工作年度报告", LAW + "编制本报告。"]
       + [f"**{h}。**{b[0]}" for h, b in zip(num(T), B7, strict=True)]),
    ("天津市河西区人民政府", "district", "天津市", "天津市", "河西区", 2013), K7, T)

# a18. Guangdong, a provincial department 2022 portal page: <h2> parts, <h3> sub-heads, captions 表一：… inside the parts
B = body6("省生态环境厅", 2022, 3126, 88, "2023年，我厅将完善环境信息依法披露制度。")
B[1] = ["全年主动公开政府信息3126条。", "表一：主动公开政府信息情况", *table21_rows(3126)]
B[2] = ["表二：收到和处理政府信息公开申请情况", *B[2]]
B[3] = ["表三：政府信息公开行政复议、行政诉讼情况", *B[3]]
html = "".join(f"<h2>{h}</h2>\n" + "".join(f"<h3>{p}</h3>\n" if p in SUBS else f"<p>{p}</p>\n" for p in b)
               for h, b in zip(num(T6), B, strict=True))
add("a18-gd-sthjt-2022-h2-h3-captions",
    page("广东省生态环境厅2022年政府信息公开工作年度报告", f"<h1>广东省生态环境厅2022年政府信息公开工作年度报告</h1>\n{html}",
         site="广东省生态环境厅"),
    ("广东省生态环境厅", "department", "广东省", None, None, 2022), K6, T6)

# a19. A ministry 2019 PDF: 2019 parts in the ministry's words, folio only
T = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
     "政府信息公开工作存在的主要问题及改进情况", "其他需要报告的事项")
add("a19-mwr-2019-pdf-ministry",
    Pdf(("水利部2019年政府信息公开工作年度报告",), tuple(report([LAW + "编制本报告。"], num(T),
                                                              body6("水利部", 2019, 2968, 136, "2020年，水利部将推进水利政务公开标准化。")))),
    ("水利部", "department", None, None, None, 2019), K6, T)

# a20. Hebei, a city 2012 crawl row (CSV): 2008-era parts; 依申请公开 lists 一是/二是 inline; 存在的主要问题和改进措施 split by 一是
B = body7("市政府", 2012, "")
B[2] = ["全年受理政府信息公开申请62件。一是当面申请18件；二是网上申请31件；三是信函申请13件。"]
B[5] = ["工作中存在的主要问题：一是部分单位公开不够及时；二是依申请公开答复不够规范。",
        "改进措施：一是建立信息公开定期检查制度；二是规范答复文书。"]
add("a20-he-shijiazhuang-2012-csv-yishi",
    row("crawl-a.csv", "石家庄市人民政府2012年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T7), B)), date="2013-03-29"),
    ("石家庄市人民政府", "city", "河北省", "石家庄市", None, 2012), K7, T7)

# a21. Shandong, a district 2021 Word: bold parts numbered 第一部分：…
T = T6
B = body6("区政府", 2021, 3012, 76, "2022年，区政府将加强重点领域信息公开。")
blocks = [("big", "青岛市黄岛区人民政府2021年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for i, (h, b) in enumerate(zip(T, B, strict=True)):
    blocks += [("bold", f"{PARTS[i]}：{h}"), *b]
add("a21-sd-huangdao-2021-docx-diyibufen-colon",
    Docx(tuple(blocks)),
    ("青岛市黄岛区人民政府", "district", "山东省", "青岛市", "黄岛区", 2021), K6, T)

# a22. Sichuan, a county-level city 2024 PDF: heads closed by ：, running head and folio
add("a22-sc-xichang-2024-pdf-colon",
    Pdf(("西昌市人民政府", "2024年政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], [f"{h}：" for h in num(T6)],
                     body6("市政府", 2024, 2586, 46, "2025年，市政府将加强政务公开专区建设。"))),
        running_head="西昌市人民政府2024年政府信息公开工作年度报告", folio="{n}", width=36, lines=24),
    ("西昌市人民政府", "county", "四川省", "凉山彝族自治州", "西昌市", 2024), K6, T6)

# a23. Hubei, a town 2023 Markdown: ``##`` parts, 一是 paragraphs under 总体情况
B = body6("镇政府", 2023, 268, 1, "2024年，我镇将规范村务公开栏。")
B[0] = ["2023年，镇政府认真贯彻落实《条例》，推进基层政务公开。", "一是主动公开。全年主动公开政府信息268条。",
        "二是依申请公开。全年受理政府信息公开申请1件。", "三是平台建设。更新镇政务公开栏12期。"]
add("a23-hb-moudao-2023-md-yishi",
    md(report(["# 利川市谋道镇人民政府2023年政府信息公开工作年度报告", LAW + "编制本报告。"], [f"## {h}" for h in num(T6)], B)),
    ("利川市谋道镇人民政府", "township", "湖北省", "恩施土家族苗族自治州", "利川市", 2023), K6, T6)

# a24. Zhejiang, a county 2020 portal page: <p><strong> run-in heads 一、总体情况。 followed by the paragraph in the same <p>
B = body6("县政府", 2020, 2168, 36, "2021年，县政府将深化政务公开“最多跑一次”改革。")
add("a24-zj-anji-2020-strong-runin",
    cms_page("安吉县人民政府2020年政府信息公开工作年度报告",
             [LAW + "编制本报告。"] + [x for h, b in zip(num(T6), B, strict=True) for x in (("strong", h + "。", b[0]), *b[1:])],
             site="安吉县人民政府"),
    ("安吉县人民政府", "county", "浙江省", "湖州市", "安吉县", 2020), K6, T6)


# ============================ B. written after batch A's fixes, scored before any fix of its own ============================

# b01. Anhui, a district 2020 Markdown: parts as ``#`` lines, sub-heads ``##``; the title a **bold** line
B = body6("区政府", 2020, 2868, 57, "2021年，区政府将提升政策解读质量。", subs=[f"## {s}" for s in SUBS])
add("b01-ah-shushan-2020-md-hash-parts",
    md(report(["**合肥市蜀山区人民政府2020年政府信息公开工作年度报告**", LAW + "编制本报告。"], [f"# {h}" for h in num(T6)], B)),
    ("合肥市蜀山区人民政府", "district", "安徽省", "合肥市", "蜀山区", 2020), K6, T6)

# b02. Jiangsu, a city 2009 Word: eight 2008-era parts as bold paragraphs, 咨询 a part of its own
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开咨询情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "工作中存在的主要问题和改进措施", "其他需要报告的事项")
B7 = body7("市政府", 2009, "2010年，市政府将推进政府信息公开目录系统建设。")
B = [*B7[:3], ["全年接受公众咨询1268人次，其中电话咨询812人次。"], *B7[3:]]
blocks = [("big", "苏州市人民政府2009年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T), B, strict=True):
    blocks += [("bold", h), *b]
add("b02-js-suzhou-2009-docx-bold-consult",
    Docx(tuple(blocks)),
    ("苏州市人民政府", "city", "江苏省", "苏州市", None, 2009),
    ("overview", "proactive", "requests", "consultation", "fees", "appeals", "problems", "other"), T)

# b03. Shaanxi, a district 2011 PDF with furniture: the first part 组织领导和机构建设情况 without 政府信息公开
T = ("组织领导和机构建设情况", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题和改进措施", "其他需要报告的事项")
B = body7("区政府", 2011, "2012年，区政府将加强信息公开考核。")
B[0] = ["区政府成立了政府信息公开工作领导小组，区政府办公室设立信息公开科，配备专职人员3名。"]
add("b03-sn-yanta-2011-pdf-organisation",
    Pdf(("西安市雁塔区人民政府", "2011年政府信息公开工作年度报告"), tuple(report([LAW + "编制本报告。"], num(T), B)),
        running_head="雁塔区政府信息公开年报", folio="·{n}·", width=32, lines=18),
    ("西安市雁塔区人民政府", "district", "陕西省", "西安市", "雁塔区", 2011), K7, T)

# b04. Gansu, a district 2019 Word: parts in 标题 1, sub-heads in 标题 2, 五 split into 存在的主要问题 / 改进措施
T = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
     "存在的主要问题及改进情况", "其他需要报告的事项")
B = body6("区政府", 2019, 1586, 14, "")
B[4] = [("heading", 2, "（一）存在的主要问题"), "政策解读形式单一。", ("heading", 2, "（二）改进措施"), "2020年，区政府将丰富解读形式。"]
blocks = [("big", "天水市秦州区人民政府2019年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T), B, strict=True):
    blocks += [("heading", 1, h), *[("heading", 2, x) if x in SUBS else x for x in b]]
add("b04-gs-qinzhou-2019-docx-styles-five-split",
    Docx(tuple(blocks)),
    ("天水市秦州区人民政府", "district", "甘肃省", "天水市", "秦州区", 2019), K6, T)

# b05. Tibet, a district 2022 crawl row (JSONL): every part closed by ： with its first sentence on the same line
B = body6("区政府", 2022, 986, 4, "2023年，区政府将加强双语公开。")
lines = [f"{h}：{b[0]}" if k else h for k, (h, b) in enumerate(zip(num(T6), B, strict=True))]
text = [LAW + "编制本报告。"]
for k, (line, b) in enumerate(zip(lines, B, strict=True)):
    text += [line, *(b if k == 0 else b[1:])]
add("b05-xz-chengguan-2022-jsonl-colon-runin",
    row("crawl-b.jsonl", "拉萨市城关区人民政府2022年政府信息公开工作年度报告", "\n".join(text), date="2023-01-30"),
    ("拉萨市城关区人民政府", "district", "西藏自治区", "拉萨市", "城关区", 2022), K6, T6)

# b06. Guangxi, a city 2012 portal page: <p><strong> 2008-era parts, 一是 paragraphs under 依申请公开, 下一步 with 一是 under 六
B = body7("市政府", 2012, "")
B[2] = ["全年受理政府信息公开申请86件。", "一是规范受理。统一申请表格和受理流程。", "二是按期答复。全部申请均在法定期限内答复。"]
B[5] = ["工作中存在的主要问题是部分单位公开不够及时。", "下一步，市政府将着力做好以下工作：", "一是完善考核制度；", "二是加强业务培训。"]
add("b06-gx-nanning-2012-strong-yishi",
    cms_page("南宁市人民政府2012年政府信息公开工作年度报告",
             [LAW + "编制本报告。"] + [x for h, b in zip(num(T7), B, strict=True) for x in (("strong", h), *b)],
             site="南宁市人民政府"),
    ("南宁市人民政府", "city", "广西壮族自治区", "南宁市", None, 2012), K7, T7)

# b07. Henan, a street 2024 text of five lines: unnumbered parts closed by ： with their text on the same line
add("b07-ha-jinshui-street-2024-bare-colon",
    "郑州市金水区花园路街道办事处2024年政府信息公开工作年度报告\n"
    "总体情况：2024年，街道认真落实《条例》，通过公开栏和区政府网站公开政府信息186条。\n"
    "收到和处理政府信息公开申请情况：全年收到申请2件，均按期答复。\n"
    "存在的主要问题及改进情况：社区公开栏更新不够及时，2025年街道将建立月度更新制度。\n"
    "其他需要报告的事项：无。\n",
    ("郑州市金水区花园路街道办事处", "township", "河南省", "郑州市", "金水区", 2024),
    ("overview", "requests", "problems", "other"), ("总体情况", "收到和处理政府信息公开申请情况", "存在的主要问题及改进情况", "其他需要报告的事项"))

# b08. Beijing, a district commission 2019 PDF: the caption 三、收到和处理政府信息公开申请情况 repeated over part 三's table
B = body6("区卫生健康委", 2019, 768, 35, "2020年，我委将加强医疗卫生信息公开。")
B[2] = ["本年新收政府信息公开申请35件，全部办结。", "三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "申请人情况", "自然人 法人或其他组织 总计"]
add("b08-bj-chaoyang-wjw-2019-pdf-caption-three",
    Pdf(("北京市朝阳区卫生健康委员会", "2019年政府信息公开工作年度报告"), tuple(report([LAW + "编制本报告。"], num(T6), B)),
        running_head="北京市朝阳区卫生健康委员会政府信息公开工作年度报告", folio="- {n} -", width=36, lines=26),
    ("北京市朝阳区卫生健康委员会", "department", "北京市", "北京市", "朝阳区", 2019), K6, T6)

# b09. Shaanxi, a county 2017 crawl row (CSV): no headings, paragraphs only; 下一步 in the last one
add("b09-sn-fengxian-2017-csv-no-heads",
    row("crawl-a.csv", "凤县人民政府2017年政府信息公开工作年度报告",
        "2017年，凤县人民政府按照《条例》要求，进一步健全政府信息公开工作机制。\n"
        "全年通过县政府门户网站主动公开政府信息1268条，其中政策解读26篇。\n"
        "全年受理政府信息公开申请5件，均已按期答复，未收取费用，未发生行政复议和行政诉讼。\n"
        "我县政府信息公开工作还存在基层公开不够规范的问题。下一步，县政府将加强对各镇和部门的业务指导，规范公开内容。",
        date="2018-03-20"),
    ("凤县人民政府", "county", "陕西省", "宝鸡市", "凤县", 2017), (), ())

# b10. Hunan, a county 2021 text: 一是… lines alone as short lead-ins over their paragraphs (not headings) under 总体情况
B = body6("县政府", 2021, 1786, 22, "2022年，县政府将推进基层政务公开标准化规范化。")
B[0] = ["2021年，县政府认真贯彻落实《条例》，扎实推进政务公开工作。",
        "一是加强组织领导", "调整县政务公开工作领导小组，明确专人负责。",
        "二是做好主动公开", "全年主动公开政府信息1786条。",
        "三是规范依申请公开", "全年受理申请22件，均按期答复。"]
add("b10-hn-chaling-2021-yishi-alone",
    "\n".join(report(["茶陵县人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B)) + "\n",
    ("茶陵县人民政府", "county", "湖南省", "株洲市", "茶陵县", 2021), K6, T6)

# b11. Yunnan, a city 2023 Markdown: ``##`` parts, **（一）主动公开。** bold run-in sub-heads with their text
B = body6("市政府", 2023, 3268, 41, "2024年，市政府将加强政策解读。")
B[0] = [B[0][0]] + [f"**{B[0][k]}。**{B[0][k + 1]}" for k in range(1, 11, 2)]
add("b11-yn-qujing-2023-md-bold-runin-subs",
    md(report(["# 曲靖市人民政府2023年政府信息公开工作年度报告", LAW + "编制本报告。"], [f"## {h}" for h in num(T6)], B)),
    ("曲靖市人民政府", "city", "云南省", "曲靖市", None, 2023), K6, T6)

# b12. Zhejiang, a provincial department 2021 portal page: <h2> parts; part 二's table caption repeated in an <h3>
B = body6("省交通运输厅", 2021, 2186, 62, "2022年，我厅将推进交通运输政务公开标准化。")
B[1] = ["全年主动公开政府信息2186条。", ("h3", "二、主动公开政府信息情况"), *table21_rows(2186)]
html = "".join(f"<h2>{h}</h2>\n" + "".join(f"<{p[0]}>{p[1]}</{p[0]}>\n" if isinstance(p, tuple) else f"<p>{p}</p>\n" for p in b)
               for h, b in zip(num(T6), B, strict=True))
add("b12-zj-jtt-2021-h2-caption-h3",
    page("浙江省交通运输厅2021年政府信息公开工作年度报告", f"<h1>浙江省交通运输厅2021年政府信息公开工作年度报告</h1>\n{html}",
         site="浙江省交通运输厅"),
    ("浙江省交通运输厅", "department", "浙江省", None, None, 2021), K6, T6)

# b13. Liaoning, a city 2020 text: parts 第一部分…第六部分, the sub-heads of 总体情况 numbered 一、…五、
B = body6("市政府", 2020, 2468, 37, "2021年，市政府将推进政策文件库建设。",
          subs=["一、主动公开", "二、依申请公开", "三、政府信息管理", "四、政府信息公开平台建设", "五、监督保障"])
add("b13-ln-anshan-2020-diyibufen-over-yi",
    "\n".join(report(["鞍山市人民政府2020年政府信息公开工作年度报告", LAW + "编制本报告。"],
                     [f"{PARTS[i]} {t}" for i, t in enumerate(T6)], B)) + "\n",
    ("鞍山市人民政府", "city", "辽宁省", "鞍山市", None, 2020), K6, T6)

# b14. Henan, a county 2011 PDF: folio ·n· and a running head holding 年度报告; 2008-era parts
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题和改进措施")
add("b14-ha-yichuan-2011-pdf-runninghead",
    Pdf(("伊川县人民政府2011年", "政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], num(T), body7("县政府", 2011, "2012年，县政府将完善政府信息公开制度。")[:6])),
        running_head="伊川县人民政府2011年政府信息公开工作年度报告", folio="·{n}·", width=30, lines=16),
    ("伊川县人民政府", "county", "河南省", "洛阳市", "伊川县", 2011), K7[:6], T)

# b15. Jilin, a city 2010 text: 2008-era heads running straight into their first sentence without punctuation
B = body7("市政府", 2010, "2011年，市政府将加强政府信息公开监督检查。")
add("b15-jl-siping-2010-runin-bare",
    "四平市人民政府2010年政府信息公开工作年度报告\n" + LAW + "编制本报告。\n"
    + "\n".join(f"{h}{b[0]}" for h, b in zip(num(T7), B, strict=True)) + "\n",
    ("四平市人民政府", "city", "吉林省", "四平市", None, 2010), K7, T7)

# b16. Shandong, a provincial department 2025 Word: the title in 标题 1, parts in 标题 2, sub-heads in 标题 3
B = body6("省自然资源厅", 2025, 3586, 186, "2026年，我厅将深化自然资源领域政务公开。")
blocks = [("heading", 1, "山东省自然资源厅2025年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T6), B, strict=True):
    blocks += [("heading", 2, h), *[("heading", 3, x) if x in SUBS else x for x in b]]
add("b16-sd-zrzyt-2025-docx-styles-shifted",
    Docx(tuple(blocks)),
    ("山东省自然资源厅", "department", "山东省", None, None, 2025), K6, T6)

# b17. Guangdong, a county 2022 crawl row (CSV): 总体情况's sub-heads carry the full titles of parts 二 and 三
SUBS_FULL = ("（一）主动公开政府信息情况", "（二）收到和处理政府信息公开申请情况", "（三）政府信息管理情况", "（四）政府信息公开平台建设情况",
             "（五）监督保障情况")
add("b17-gd-boluo-2022-csv-full-subs",
    row("crawl-a.csv", "博罗县人民政府2022年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T6),
                         body6("县政府", 2022, 2368, 45, "2023年，县政府将加强政务公开专区建设。", subs=SUBS_FULL))),
        date="2023-01-18"),
    ("博罗县人民政府", "county", "广东省", "惠州市", "博罗县", 2022), K6, T6)

# b18. Guizhou, a city bureau 2016 portal page: <p><strong> heads closed by 。 (2016-era seven parts), no plans stated
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题", "其他需要报告的事项")
B = body7("市财政局", 2016, "")
add("b18-gz-liupanshui-czj-2016-strong-stop-no-plans",
    cms_page("六盘水市财政局2016年政府信息公开工作年度报告",
             [LAW + "编制本报告。"] + [x for h, b in zip(num(T), B, strict=True) for x in (("strong", h + "。"), *b)],
             site="六盘水市财政局"),
    ("六盘水市财政局", "department", "贵州省", "六盘水市", None, 2016), K7, T, plans=False)


# ============================ C. written after batch B's fixes, scored before any fix of its own ============================

# c01. Jiangxi, a county 2022 Markdown: the title in ``##``, parts in ``###``, sub-heads in ``####``
B = body6("县政府", 2022, 1568, 19, "2023年，县政府将推进乡镇政务公开专区建设。", subs=[f"#### {s}" for s in SUBS])
add("c01-jx-wuyuan-2022-md-h3-parts",
    md(report(["## 婺源县人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"], [f"### {h}" for h in num(T6)], B)),
    ("婺源县人民政府", "county", "江西省", "上饶市", "婺源县", 2022), K6, T6)

# c02. Hunan, a district 2019 portal page: <h2> parts whose number sits in its own <span>
B = body6("区政府", 2019, 2386, 47, "2020年，区政府将完善政策解读机制。")
html = "".join(f"<h2><span>{h[:2]}</span>{h[2:]}</h2>\n" + "".join(f"<p>{p}</p>\n" for p in b) for h, b in zip(num(T6), B, strict=True))
add("c02-hn-yuelu-2019-h2-span",
    page("长沙市岳麓区人民政府2019年政府信息公开工作年度报告", f"<h1>长沙市岳麓区人民政府2019年政府信息公开工作年度报告</h1>\n{html}",
         site="长沙市岳麓区人民政府"),
    ("长沙市岳麓区人民政府", "district", "湖南省", "长沙市", "岳麓区", 2019), K6, T6)

# c03. Qinghai, a district 2012 Word: 2008-era parts in 标题 1 with a 工作机构和人员 part before the problems
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作机构和人员情况", "存在的主要问题和改进措施")
B7 = body7("区政府", 2012, "2013年，区政府将加强基层政府信息公开工作。")
B = [*B7[:5], ["区政府办公室负责政府信息公开日常工作，配备专职人员1名、兼职人员12名。"], B7[5]]
blocks = [("big", "西宁市城东区人民政府2012年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T), B, strict=True):
    blocks += [("heading", 1, h), *b]
add("c03-qh-chengdong-2012-docx-styles-staff",
    Docx(tuple(blocks)),
    ("西宁市城东区人民政府", "district", "青海省", "西宁市", "城东区", 2012),
    ("overview", "proactive", "requests", "fees", "appeals", "other", "problems"), T)

# c04. Sichuan, a city bureau 2023 PDF: 第n页 folios, a running head; 四 in the 2021 guidance's longer words
T = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
     "政府信息公开工作存在的主要问题及改进情况", "其他需要报告的事项")
add("c04-sc-mianyang-jyj-2023-pdf-long-four",
    Pdf(("绵阳市教育和体育局", "2023年政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], num(T), body6("市教体局", 2023, 1286, 58, "2024年，我局将加强教育政策解读。"))),
        running_head="绵阳市教育和体育局2023年政府信息公开工作年度报告", folio="第{n}页", width=35, lines=22),
    ("绵阳市教育和体育局", "department", "四川省", "绵阳市", None, 2023), K6, T)

# c05. Hebei, a county 2024 text: 五 lists problems by 一是 and then 2025年，我们将从以下方面改进：一是…
B = body6("县政府", 2024, 1468, 9, "")
B[4] = ["一是政策解读的形式不够丰富；二是基层公开栏更新不够及时。",
        "2025年，我们将从以下方面改进：一是推出图解、短视频等解读产品；二是建立公开栏月度更新制度。"]
add("c05-he-zhengding-2024-plans-after-list",
    "\n".join(report(["正定县人民政府2024年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B)) + "\n",
    ("正定县人民政府", "county", "河北省", "石家庄市", "正定县", 2024), K6, T6)

# c06. Guangxi, a town 2020 text: no headings; 明年 plans in the last paragraph
add("c06-gx-xingping-2020-no-heads",
    "阳朔县兴坪镇人民政府2020年政府信息公开工作年度报告\n"
    "2020年，兴坪镇人民政府认真贯彻落实新修订的《条例》，推进基层政务公开。\n"
    "全年通过镇政务公开栏和县政府门户网站主动公开政府信息168条，未收到政府信息公开申请。\n"
    "本年度未发生政府信息公开行政复议、行政诉讼，未收取信息处理费。\n"
    "明年，我镇将进一步规范村务公开栏，及时公开惠民政策落实情况。\n",
    ("阳朔县兴坪镇人民政府", "township", "广西壮族自治区", "桂林市", "阳朔县", 2020), (), ())

# c07. Anhui, a city 2021 crawl row (JSONL): part 二 in local words, the table's caption in the format's words
T = ("总体情况", "政府信息主动公开情况", "政府信息公开申请办理情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况",
     "其他需要报告的事项")
B = body6("市政府", 2021, 4268, 121, "2022年，市政府将推进政务公开标准化规范化。")
B[1] = ["全年主动公开政府信息4268条。", "二、主动公开政府信息情况", *table21_rows(4268)]
add("c07-ah-bengbu-2021-jsonl-caption-format-words",
    row("crawl-b.jsonl", "蚌埠市人民政府2021年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T), B)), date="2022-01-28"),
    ("蚌埠市人民政府", "city", "安徽省", "蚌埠市", None, 2021), K6, T)

# c08. Shandong, a district 2022 text: 第一部分：总体情况。 with the first sentence on the same line
B = body6("区政府", 2022, 2668, 66, "2023年，区政府将加强重点领域信息公开。")
lines = ["烟台市福山区人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"]
for i, (h, b) in enumerate(zip(T6, B, strict=True)):
    lines += [f"{PARTS[i]}：{h}。{b[0]}", *b[1:]]
add("c08-sd-fushan-2022-diyibufen-stop-runin",
    "\n".join(lines) + "\n",
    ("烟台市福山区人民政府", "district", "山东省", "烟台市", "福山区", 2022), K6, T6)

# c09. Chongqing, a county 2016 Markdown: **bold** heads closed by 。 on their own lines, the 2016-era seven parts
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进情况", "其他需要报告的事项")
B7 = body7("县政府", 2016, "2017年，县政府将推进决策公开和政策解读。")
add("c09-cq-wulong-2016-md-bold-stop",
    md(report(["# 重庆市武隆区人民政府2016年政府信息公开工作年度报告", LAW + "编制本报告。"], [f"**{h}。**" for h in num(T)], B7)),
    ("重庆市武隆区人民政府", "district", "重庆市", "重庆市", "武隆区", 2016), K7, T)

# c10. Jilin, a town 2023 text of four lines: the title, then three parts 一、…。 closed by 。 with their text
add("c10-jl-erdaobaihe-2023-four-lines-stop",
    "安图县二道白河镇人民政府2023年政府信息公开工作年度报告\n"
    "一、总体情况。2023年，我镇通过镇政务公开栏和县政府网站主动公开政府信息152条，收到政府信息公开申请1件，已按期答复。\n"
    "二、存在的主要问题及改进情况。公开内容不够丰富，2024年我镇将加强惠民政策公开。\n"
    "三、其他需要报告的事项。无。\n",
    ("安图县二道白河镇人民政府", "township", "吉林省", "延边朝鲜族自治州", "安图县", 2023),
    ("overview", "problems", "other"), ("总体情况", "存在的主要问题及改进情况", "其他需要报告的事项"))

# c11. Inner Mongolia, a district 2011 portal page: <p><strong> 2008-era parts, 依申请公开和不予公开, a 机构建设和工作保障 part
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息和不予公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开机构建设和工作保障情况", "工作中存在的主要问题和改进措施")
B7 = body7("区政府", 2011, "2012年，区政府将推进政府信息公开标准化。")
B = [*B7[:5], ["区政府办公室设信息公开科，全年安排工作经费8万元。"], B7[5]]
add("c11-nm-xincheng-2011-strong-staff-funds",
    cms_page("呼和浩特市新城区人民政府2011年政府信息公开工作年度报告",
             [LAW + "编制本报告。"] + [x for h, b in zip(num(T), B, strict=True) for x in (("strong", h), *b)],
             site="呼和浩特市新城区人民政府"),
    ("呼和浩特市新城区人民政府", "district", "内蒙古自治区", "呼和浩特市", "新城区", 2011),
    ("overview", "proactive", "requests", "fees", "appeals", "other", "problems"), T)

# c12. Heilongjiang, a county 2023 Word: bold parts, 一是… as bold lead-in paragraphs of their own (not headings)
B = body6("县政府", 2023, 1368, 7, "2024年，县政府将加强政策解读。")
B[0] = ["2023年，县政府认真贯彻落实《条例》，扎实推进政务公开。", ("bold", "一是强化组织领导。"), "调整县政务公开工作领导小组。",
        ("bold", "二是规范主动公开。"), "全年主动公开政府信息1368条。", ("bold", "三是加强平台建设。"), "更新政府信息公开专栏。"]
blocks = [("big", "五常市人民政府2023年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T6), B, strict=True):
    blocks += [("bold", h), *b]
add("c12-hl-wuchang-2023-docx-bold-yishi",
    Docx(tuple(blocks)),
    ("五常市人民政府", "county", "黑龙江省", "哈尔滨市", "五常市", 2023), K6, T6)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES22, out)


if __name__ == "__main__":
    write()
