"""Test utility: the twenty-fifth held-out probe set ``tests/cases/probes25`` (issue 10 item 3,
"sections on unseen reports"), written and labelled by hand before its writer read textmine's
section code and before textmine read the probes. Every probe's difficulty is the section tree, in
shapes the earlier sets (probes16, probes17, probes20, probes22) have least:

- 政务公开 annual reports whose parts are 决策公开/执行公开/管理公开/服务公开/结果公开, 政策解读与回应关切,
  政务公开平台建设 and then the 2021 format's parts;
- tables of contents (目录) with page numbers in Word (tab leaders) and PDF; a 前言 or 引言 before 一、; a closing
  结语; 注：/说明： note lines after tables; a seventh part after 六、本机关年度工作要点落实情况;
- parts numbered 1. with （1） sub-heads, 2008–2012 reports numbered （一）…（六） with 1. sub-heads;
- the 2021 format's parts as bare table captions with no prose between them;
- problems and plans in one paragraph, plans opened by 下一步/下步/今后/新的一年/2025年 under other part titles;
- a report written as 问：…答：… (no headings), PDF-extracted text whose heading is split by a folio;
- township and street reports of 6–10 lines with unnumbered heads alone on their lines.

Kinds follow SCHEMA.md §1, decided before textmine read the probes:

- a part on 决策公开, 执行公开, 管理公开, 服务公开 or 结果公开 (the 五公开 of a 政务公开 report) is ``proactive``: it reports
  what was made public on the body's own initiative (as the dev gold gives 重点领域政府信息公开情况 ``proactive``);
- 政策解读与回应关切, 政策解读, 回应社会关切 as parts of their own are ``response``;
- 政务公开平台建设 (platform work described as achievements) is ``measures``;
- 本机关年度工作要点落实情况 as a part is ``overview`` (SCHEMA.md §1 and FORMAT.md §4.1 list 工作要点落实情况 there);
- 前言/引言 and the text under it is the preamble and 结语 the closing: neither is a level-1 part (the dev gold lists
  neither); a 目录's entries and 注：/说明： lines are no parts; a report written as 问：…答：… has no headings, so no
  level-1 sections.

Titles are the bare level-1 heading titles (number and trailing punctuation stripped); ``plans`` says whether the
report states what will be done. Batch A (a…) was written and labelled on main's code (be779f3) and scored
before any fix; batch B (b…) was written after batch A's fixes and scored before any fix of its own (figures in
bench/README.md).

``python -m tests.probe_hand25`` rewrites ``tests/cases/probes25/``; the tests and
``bench/probe_meta.py --set probes25`` read those files.

Example:
    >>> text, header, want = PROBES25["a01-zj-deqing-2022-zwgk-wugongkai"]
    >>> want["kinds"][:6]
    ['proactive', 'proactive', 'proactive', 'proactive', 'proactive', 'response']
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import cms_page
from tests.probe_hand16 import page, report, row
from tests.probe_hand17 import K6, T6, num
from tests.probe_sets import LAW, Docx, Encoded, Pdf, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes25"

PROBES25: dict[str, Probe] = {}

#: 五公开 parts of a 政务公开 report
WU = ("决策公开情况", "执行公开情况", "管理公开情况", "服务公开情况", "结果公开情况")
#: the 2008–2012 parts in the words of many counties
T6OLD = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
         "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题和改进措施")
K6OLD = ("overview", "proactive", "requests", "fees", "appeals", "problems")


def add(pid: str, content: Any, meta: tuple, kinds: tuple[str, ...] | list[str], titles: tuple[str, ...] | list[str],  # type: ignore[type-arg]
        *, plans: bool = True, header: dict[str, str] | None = None) -> None:
    """Register a probe with its expected level-1 kinds and titles."""
    issuer, level, province, city, county, year = meta
    assert len(kinds) == len(titles), pid
    register(PROBES25, pid, content, header or {}, issuer, level, province, city, county, year,
             list(kinds), list(titles), plans=plans)


def md(text_lines: list[str]) -> Encoded:
    """A Markdown file of ``text_lines`` (a blank line between blocks)."""
    return Encoded("\n\n".join(text_lines) + "\n", "utf-8", ".md")


def rows2(n: int) -> list[str]:
    """Table 二 of the 2021 format flattened one row a line."""
    return ["第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数", "规章 0 0 0",
            f"行政规范性文件 {n % 9} {n % 4} {n % 23 + 9}", "第二十条第（五）项", "信息内容 本年处理决定数量",
            f"行政许可 {n % 997}", "第二十条第（八）项", "信息内容 本年收费金额（单位：万元）", "行政事业性收费 0"]


def rows3(n: int) -> list[str]:
    """Table 三 of the 2021 format flattened one row a line (short)."""
    return ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况 自然人 法人或其他组织 总计",
            f"一、本年新收政府信息公开申请数量 {n} 0 0 0 0 0 {n}", "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
            "三、本年度办理结果", f"（一）予以公开 {n} 0 0 0 0 0 {n}", "（二）部分公开 0 0 0 0 0 0 0",
            "四、结转下年度继续办理 0 0 0 0 0 0 0"]


def rows4() -> list[str]:
    """Table 四 of the 2021 format flattened one row a line."""
    return ["行政复议 行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"]


def body21(who: str, year: int, active: int, requests: int, plan: str, *, problems: str = "",
           subs: tuple[str, ...] = ("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）平台建设", "（五）监督保障")) -> list[list[str]]:
    """The six parts' paragraphs of a 2021-format report (``plan``: what will be done, or "")."""
    problems = problems or "一年来，我们的工作取得一定成效，但也存在基层公开不够规范、解读形式较为单一等不足。"
    return [[f"{year}年，{who}以习近平新时代中国特色社会主义思想为指导，认真落实《条例》和政务公开工作要点，推动政务公开提质增效。",
             subs[0], f"全年主动公开政府信息{active}条，发布政策解读{active // 60}篇。",
             subs[1], f"全年新收政府信息公开申请{requests}件，均在法定期限内答复。",
             subs[2], "严格落实公开前保密审查，清理历史文件并公布现行有效文件目录。",
             subs[3], "优化政府门户网站政务公开栏目，规范政务新媒体管理。",
             subs[4], "把政务公开纳入绩效考核，开展业务培训3次。"],
            ["信息公开情况如下：", *rows2(active)],
            [f"全年收到政府信息公开申请{requests}件。", *rows3(requests)],
            ["本年度未发生因政府信息公开引起的行政复议、行政诉讼。", *rows4()],
            [problems + plan],
            ["本年度未收取信息处理费。其他无需要报告的事项。"]]


def body08(who: str, year: int, plan: str) -> list[list[str]]:
    """The six parts' paragraphs of a 2008–2012 report (``plan``: what will be done, or "")."""
    return [[f"{year}年，{who}认真贯彻落实《中华人民共和国政府信息公开条例》，健全工作机制，政府信息公开工作稳步推进。"],
            [f"全年主动公开政府信息{year % 100 * 47 + 11}条，主要通过政府网站、政府公报和公开栏公开。"],
            [f"全年受理政府信息公开申请{year % 100 + 2}件，已全部答复。"],
            ["本年度依申请公开政府信息未收取任何费用。"],
            ["本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。"],
            [f"工作中还存在公开内容不够全面、公开形式较为单一等问题。{plan}"]]


def lines(text_lines: list[str]) -> str:
    """A plain text file of ``text_lines``."""
    return "\n".join(text_lines) + "\n"


WUTEXT = {
    "决策": "对涉及群众切身利益的重大行政决策事项实行预公开，全年公开征求意见草案12件，邀请利益相关方列席常务会议4次。",
    "执行": "公开重点项目建设进展和重要政策落实情况，及时发布督查结果和整改情况。",
    "管理": "公开权责清单、行政执法公示信息和“双随机、一公开”抽查结果。",
    "服务": "全面公开政务服务事项办事指南，推行“一网通办”，在线办件率达92%。",
    "结果": "公开年度重点工作任务完成情况、审计发现问题整改结果。",
}


# ============================ A. written and labelled on main's code (be779f3), scored before any fix ============================

# a01. Zhejiang, a county 2022 text: a 政务公开 report whose parts are the 五公开, then 解读回应, 平台, then the 2021 parts
T = (*WU, "政策解读与回应关切", "政务公开平台建设", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
     "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项")
B21 = body21("县政府", 2022, 3268, 57, "下一步，县政府将深化基层政务公开标准化规范化，拓展政策解读形式。")
B = [[WUTEXT["决策"]], [WUTEXT["执行"]], [WUTEXT["管理"]], [WUTEXT["服务"]], [WUTEXT["结果"]],
     ["全年发布政策解读材料86篇，其中图解42篇；回应社会关切问题23个。"],
     ["整合政务新媒体账号7个，政府网站全年发布信息5260条。"], *B21[1:]]
add("a01-zj-deqing-2022-zwgk-wugongkai",
    lines(report(["德清县人民政府2022年政务公开工作年度报告", LAW + "现公布德清县2022年政务公开工作年度报告。"], num(T), B)),
    ("德清县人民政府", "county", "浙江省", "湖州市", "德清县", 2022),
    ("proactive", "proactive", "proactive", "proactive", "proactive", "response", "measures", "proactive", "requests",
     "appeals", "problems", "other"), T)

# a02. Shandong, a city 2023 Markdown: 政务公开 report, 总体情况 with the 五公开 as ``###`` sub-heads, then 解读, 平台, the rest
T = ("总体情况", "政策解读与回应关切", "政务公开平台建设", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
     "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项")
B21 = body21("市政府", 2023, 6186, 211, "新的一年，市政府将围绕优化营商环境加大政策公开和解读力度。")
B = [["2023年，潍坊市坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。",
      "### （一）决策公开", WUTEXT["决策"], "### （二）执行公开", WUTEXT["执行"], "### （三）管理和服务公开", WUTEXT["服务"],
      "### （四）结果公开", WUTEXT["结果"]],
     ["围绕企业和群众关切发布解读材料156篇，召开新闻发布会38场。"],
     ["推进政府网站集约化，政务公开专区实现市县乡全覆盖。"], *B21[1:]]
add("a02-sd-weifang-2023-md-zwgk-subs",
    md(report(["# 潍坊市人民政府2023年政务公开工作年度报告", LAW + "编制本报告。"], [f"## {h}" for h in num(T)], B)),
    ("潍坊市人民政府", "city", "山东省", "潍坊市", None, 2023),
    ("overview", "response", "measures", "proactive", "requests", "appeals", "problems", "other"), T)

# a03. Hubei, a city 2017 Word: a 政务公开 report of the 2016-era, bold parts 推进决策公开 … 存在的问题及下一步工作
T = ("推进决策公开", "推进执行公开", "推进管理和服务公开", "推进结果公开", "加强政策解读", "积极回应社会关切",
     "加强政务公开平台建设", "依申请公开情况", "存在的问题及下一步工作")
B = [[WUTEXT["决策"]], [WUTEXT["执行"]], [WUTEXT["管理"], WUTEXT["服务"]], [WUTEXT["结果"]],
     ["市政府常务会议审议通过的政策文件均同步发布解读材料，全年发布解读62篇。"],
     ["建立舆情收集、研判和回应机制，全年回应社会关切41次。"],
     ["升级市政府门户网站，开通政务微信公众号。"],
     ["全年受理政府信息公开申请28件，均按期答复，未收取费用，未发生行政复议和行政诉讼。"],
     ["我市政务公开工作还存在基层公开不够规范、解读质量不高等问题。2018年，我市将重点抓好以下工作：完善政务公开制度体系，提升解读回应质量。"]]
blocks: list[Any] = [("big", "孝感市人民政府2017年政务公开工作年度报告"), LAW + "现将我市2017年政务公开工作情况报告如下。"]
for h, b in zip(num(T), B, strict=True):
    blocks += [("bold", h), *b]
add("a03-hb-xiaogan-2017-docx-zwgk-2016era",
    Docx(tuple(blocks)),
    ("孝感市人民政府", "city", "湖北省", "孝感市", None, 2017),
    ("proactive", "proactive", "proactive", "proactive", "response", "response", "measures", "requests", "problems"), T)

# a04. Henan, a county 2021 PDF: a 目录 page whose entries end in page numbers after a space, then the parts
TOC = ["目 录", *[f"{h} {p}" for h, p in zip(num(T6), (1, 2, 3, 4, 5, 5), strict=True)]]
add("a04-ha-xinxian-2021-pdf-toc-pages",
    Pdf(("新县人民政府", "2021年政府信息公开工作年度报告"),
        tuple(TOC + report([LAW + "编制本报告。"], num(T6), body21("县政府", 2021, 1968, 13, "2022年，县政府将加强乡镇政务公开专区建设。"))),
        folio="- {n} -", width=36, lines=26),
    ("新县人民政府", "county", "河南省", "信阳市", "新县", 2021), K6, T6)

# a05. Hunan, a city bureau 2024 Word: 目录 with tab-separated page numbers and sub-entries, then parts in 标题 1
B = body21("市医保局", 2024, 866, 24, "2025年，我局将加强医保政策解读和宣传。")
TOC = ["目录", *[f"{h}\t{p}" for h, p in zip(num(T6), (1, 3, 4, 5, 6, 6), strict=True)]]
TOC.insert(2, "（一）主动公开\t1")
TOC.insert(3, "（二）依申请公开\t2")
blocks = [("big", "株洲市医疗保障局2024年政府信息公开工作年度报告"), *TOC, LAW + "编制本报告。"]
for h, b in zip(num(T6), B, strict=True):
    blocks += [("heading", 1, h), *b]
add("a05-hn-zhuzhou-ybj-2024-docx-toc-tabs",
    Docx(tuple(blocks)),
    ("株洲市医疗保障局", "department", "湖南省", "株洲市", None, 2024), K6, T6)

# a06. Guangxi, a city 2022 portal page: an <h3>前言</h3> before 一、 (the preamble), parts in <h3>
B = body21("市政府", 2022, 4086, 96, "今后，市政府将持续推进政务公开标准目录动态调整。")
html = ("<h1>柳州市人民政府2022年政府信息公开工作年度报告</h1>\n<h3>前言</h3>\n<p>" + LAW
        + "结合本市实际，编制本报告。本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。</p>\n"
        + "".join(f"<h3>{h}</h3>\n" + "".join(f"<p>{p}</p>\n" for p in b) for h, b in zip(num(T6), B, strict=True)))
add("a06-gx-liuzhou-2022-h3-qianyan",
    page("柳州市人民政府2022年政府信息公开工作年度报告", html, site="柳州市人民政府"),
    ("柳州市人民政府", "city", "广西壮族自治区", "柳州市", None, 2022), K6, T6)

# a07. Sichuan, a district 2023 Markdown: ``## 引言`` before ``## 一、总体情况``
B = body21("区政府", 2023, 2576, 63, "2024年，区政府将聚焦惠企政策推进精准公开。")
add("a07-sc-wuhou-2023-md-yinyan",
    md(report(["# 成都市武侯区人民政府2023年政府信息公开工作年度报告", "## 引言",
               "本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开工作年度报告格式要求编制，全文包括总体情况、主动公开政府信息情况等六个部分。"],
              [f"## {h}" for h in num(T6)], B)),
    ("成都市武侯区人民政府", "district", "四川省", "成都市", "武侯区", 2023), K6, T6)

# a08. Jiangsu, a county 2013 text: 2008-era parts, then a bare 结语 line and a closing paragraph, then the signature
T = (*T6OLD, "其他需要报告的事项")
B = [*body08("县政府", 2013, "2014年，我县将重点推进财政预决算和“三公”经费公开。"), ["无。"]]
add("a08-js-sheyang-2013-jieyu",
    lines(report(["射阳县人民政府2013年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B,
                 ["结语", "政府信息公开是一项长期工作。我们将以更加务实的作风，把政府信息公开工作不断推向深入。",
                  "射阳县人民政府办公室", "2014年3月25日"])),
    ("射阳县人民政府", "county", "江苏省", "盐城市", "射阳县", 2013), (*K6OLD, "other"), T)

# a09. Jiangxi, a county 2021 text: 注：/说明： lines after the tables of parts 二 and 三
B = body21("县政府", 2021, 2184, 31, "2022年，县政府将加强政策解读的针对性。")
B[1] = [*B[1], "注：本表所列数据统计时间为2021年1月1日至2021年12月31日。"]
B[2] = [*B[2], "说明：本年度申请均为自然人提出，无法人或其他组织申请。", "注：“其他”指通过来访等方式提出的申请。"]
add("a09-jx-wannian-2021-notes-after-tables",
    lines(report(["万年县人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B)),
    ("万年县人民政府", "county", "江西省", "上饶市", "万年县", 2021), K6, T6)

# a10. Hubei, a city bureau 2022 crawl row (CSV): a sixth part 本机关年度工作要点落实情况 and a seventh 其他需要报告的事项
T = (*T6[:5], "本机关年度工作要点落实情况", "其他需要报告的事项")
B = body21("市交通运输局", 2022, 1026, 18, "2023年，我局将进一步加强交通运输领域政策解读。")
B = [*B[:5], ["对照《2022年宜昌市政务公开工作要点》，我局逐项分解任务，全年完成重点工作12项。"], B[5]]
add("a10-hb-yichang-jtj-2022-csv-seven-parts",
    row("crawl-a.csv", "宜昌市交通运输局2022年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T), B)), date="2023-01-20"),
    ("宜昌市交通运输局", "department", "湖北省", "宜昌市", None, 2022), (*K6[:5], "overview", "other"), T)

# a11. Gansu, a county 2020 text: parts numbered 1. and the sub-heads of 总体情况 （1）…（5）
B = body21("县政府", 2020, 1386, 9, "2021年，县政府将加强政务公开培训。",
           subs=("（1）主动公开", "（2）依申请公开", "（3）政府信息管理", "（4）平台建设", "（5）监督保障"))
add("a11-gs-huining-2020-arabic-parts-paren-subs",
    lines(report(["会宁县人民政府2020年政府信息公开工作年度报告", LAW + "编制本报告。"],
                 [f"{i}.{t}" for i, t in enumerate(T6, 1)], B)),
    ("会宁县人民政府", "county", "甘肃省", "白银市", "会宁县", 2020), K6, T6)

# a12. Heilongjiang, a district 2023 text: parts 二、三、四 bare captions followed straight by their table rows
B = body21("区政府", 2023, 2268, 41, "2024年，区政府将推进政策文件库建设。")
B[1], B[2], B[3] = rows2(2268), rows3(41), rows4()
add("a12-hl-daoli-2023-bare-captions",
    lines(report(["哈尔滨市道里区人民政府2023年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B)),
    ("哈尔滨市道里区人民政府", "district", "黑龙江省", "哈尔滨市", "道里区", 2023), K6, T6)

# a13. Yunnan, a county 2023 PDF: problems and plans in one paragraph (…存在的不足。2024年，我们将…)
B = body21("县政府", 2023, 1586, 12, "", problems=(
    "2023年，我县政务公开工作取得了一定成效，但对照上级要求仍存在一些不足，主要是基层公开标准目录更新不及时、"
    "政策解读的通俗性不够。2024年，我们将进一步健全公开目录动态更新机制，多用图表图解、音频视频等方式解读政策。"))
add("a13-yn-yongsheng-2023-pdf-one-paragraph",
    Pdf(("永胜县人民政府", "2023年政府信息公开工作年度报告"), tuple(report([LAW + "编制本报告。"], num(T6), B)),
        running_head="永胜县人民政府2023年政府信息公开工作年度报告", folio="{n}", width=35, lines=28),
    ("永胜县人民政府", "county", "云南省", "丽江市", "永胜县", 2023), K6, T6)

# a14. Anhui, a town 2019 Word (标题 1 parts): 五 opens plans with 下步
T = T6
B = body21("镇政府", 2019, 312, 2, "", problems="我镇政务公开工作存在公开内容不够丰富、更新不够及时的问题。下步，我镇将明确专人负责，每月检查公开栏更新情况。")
blocks = [("big", "歙县雄村镇人民政府2019年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T), B, strict=True):
    blocks += [("heading", 1, h), *b]
add("a14-ah-xiongcun-2019-docx-xiabu",
    Docx(tuple(blocks)),
    ("歙县雄村镇人民政府", "township", "安徽省", "黄山市", "歙县", 2019), K6, T)

# a15. Shanxi, a city bureau 2015 portal page (<p><strong>): 今后 plans under 存在的不足和努力方向
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的不足和努力方向", "其他需要报告的事项")
B = [*body08("市环保局", 2015, ""), ["无。"]]
B[5] = ["我局政府信息公开工作与群众期待相比还有差距，环境监管信息公开不够及时。",
        "今后，我局将建立环境信息公开审核发布制度，按月公开重点排污单位监测信息。"]
add("a15-sx-datong-hbj-2015-strong-jinhou",
    cms_page("大同市环境保护局2015年政府信息公开工作年度报告",
             [LAW + "编制本报告。"] + [x for h, b in zip(num(T), B, strict=True) for x in (("strong", h), *b)],
             site="大同市环境保护局"),
    ("大同市环境保护局", "department", "山西省", "大同市", None, 2015), (*K6OLD, "other"), T)

# a16. Jilin, a district 2020 Markdown: **bold** parts; 五、存在问题和改进措施 opens plans with 新的一年
T = (*T6[:4], "存在问题和改进措施", T6[5])
B = body21("区政府", 2020, 1968, 28, "新的一年，区政府将进一步完善政策解读机制，推动解读与文件同步起草、同步审签、同步发布。")
add("a16-jl-chaoyang-2020-md-bold-xindeyinian",
    md(report(["**长春市朝阳区人民政府2020年政府信息公开工作年度报告**", LAW + "编制本报告。"], [f"**{h}**" for h in num(T)], B)),
    ("长春市朝阳区人民政府", "district", "吉林省", "长春市", "朝阳区", 2020), K6, T)

# a17. Beijing, a district 2024 crawl row (JSONL): 2025年 plans after the problems in a sentence of their own
B = body21("区政府", 2024, 5126, 386, "2025年，区政府将围绕“高效办成一件事”加强办事服务信息公开，进一步规范依申请公开答复。")
add("a17-bj-fengtai-2024-jsonl-year-plans",
    row("crawl-b.jsonl", "北京市丰台区人民政府2024年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T6), B)), date="2025-01-24"),
    ("北京市丰台区人民政府", "district", "北京市", "北京市", "丰台区", 2024), K6, T6)

# a18. Shaanxi, a county bureau 2022 text written as questions and answers (问：… 答：…): no headings
add("a18-sn-hancheng-2022-wenda",
    "韩城市自然资源局2022年政府信息公开工作年度报告\n"
    + LAW + "现以问答形式公布我局2022年政府信息公开工作情况。\n"
    "问：2022年，韩城市自然资源局主动公开了哪些政府信息？\n"
    "答：全年主动公开政府信息426条，主要包括国土空间规划、土地供应、不动产登记办事指南等。\n"
    "问：全年收到和处理政府信息公开申请的情况如何？\n"
    "答：全年新收政府信息公开申请37件，均在法定期限内答复，本年度未收取信息处理费。\n"
    "问：是否发生因政府信息公开引起的行政复议、行政诉讼？\n"
    "答：全年发生行政复议1件，结果维持；未发生行政诉讼。\n"
    "问：工作中还存在哪些问题，下一步如何改进？\n"
    "答：主要是依申请公开答复的规范性有待提高。下一步，我局将制定答复文书范本，加强对承办人员的培训。\n"
    "韩城市自然资源局\n2023年1月16日\n",
    ("韩城市自然资源局", "department", "陕西省", "渭南市", "韩城市", 2022), (), ())

# a19. Guizhou, a county 2021 text extracted from a PDF: part 五's heading split over two lines with a folio between
B = body21("县政府", 2021, 1686, 16, "2022年，县政府将推进政务公开专区标准化建设。")
L = ["湄潭县人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。"]
for k, (h, b) in enumerate(zip(num(T6), B, strict=True)):
    if k == 4:
        L += ["五、存在的主要问题及改进", "— 4 —", "情况", *b]
    else:
        L += [h, *b]
add("a19-gz-meitan-2021-split-head-folio",
    lines(L),
    ("湄潭县人民政府", "county", "贵州省", "遵义市", "湄潭县", 2021), K6, T6)

# a20. Guangdong, a town 2023 text of nine lines: four unnumbered heads alone on their lines
add("a20-gd-shijiao-2023-nine-lines",
    "清城区石角镇人民政府2023年政府信息公开工作年度报告\n"
    "总体情况\n"
    "2023年，石角镇通过镇政务公开栏和区政府门户网站主动公开政府信息218条。\n"
    "政府信息公开申请办理情况\n"
    "全年收到政府信息公开申请3件，均按期答复，未发生行政复议和行政诉讼。\n"
    "存在问题及改进措施\n"
    "村级公开栏更新不够及时。下一步，我镇将每季度对各村公开栏进行检查。\n"
    "其他事项\n"
    "无。\n",
    ("清城区石角镇人民政府", "township", "广东省", "清远市", "清城区", 2023),
    ("overview", "requests", "problems", "other"), ("总体情况", "政府信息公开申请办理情况", "存在问题及改进措施", "其他事项"))

# a21. Shanghai, a street 2022 text of seven lines: three unnumbered heads closed by nothing, one paragraph each
add("a21-sh-jiangpu-street-2022-seven-lines",
    "上海市杨浦区江浦路街道办事处2022年政府信息公开工作年度报告\n"
    "主动公开情况\n"
    "2022年，街道通过区政府门户网站街道专栏主动公开政府信息156条，更新社区公开栏48期。\n"
    "依申请公开情况\n"
    "全年收到政府信息公开申请5件，均已按期答复。\n"
    "问题和打算\n"
    "主要问题是居民区公开内容不够丰富。2023年，街道将推动居务公开与政务公开衔接。\n",
    ("上海市杨浦区江浦路街道办事处", "township", "上海市", "上海市", "杨浦区", 2022),
    ("proactive", "requests", "problems"), ("主动公开情况", "依申请公开情况", "问题和打算"))

# a22. Hebei, a county 2010 text: the parts numbered （一）…（六）, sub-heads 1. 2.
B = body08("县政府", 2010, "2011年，我县将完善政府信息公开考核办法。")
B[0] = [*B[0], "1.组织领导", "县政府成立了政府信息公开工作领导小组。", "2.制度建设", "制定了政府信息公开保密审查等制度。"]
B[1] = [*B[1], "1.公开的主要内容", "重点公开财政预决算、征地拆迁等信息。", "2.公开的形式", "通过县政府网站、公开栏和档案馆公开。"]
add("a22-he-luanping-2010-paren-parts-arabic-subs",
    lines(report(["滦平县人民政府2010年政府信息公开工作年度报告", LAW + "编制本报告。"], [f"（{c}）{t}" for c, t in zip("一二三四五六", T6OLD, strict=True)], B)),
    ("滦平县人民政府", "county", "河北省", "承德市", "滦平县", 2010), K6OLD, T6OLD)

# a23. Liaoning, a city bureau 2009 Word: bold parts numbered （一）…（六）, plain 1. sub-heads, a 改进措施 paragraph
B = body08("市教育局", 2009, "")
B[1] = [*B[1], "1.主动公开的数量", "全年主动公开教育信息426条。", "2.主动公开的途径", "通过局门户网站和新闻媒体公开。"]
B[5] = ["工作中存在的主要问题是公开内容更新不够及时。", "改进措施：2010年，我局将建立信息公开定期检查制度。"]
blocks = [("big", "锦州市教育局2009年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for c, h, b in zip("一二三四五六", T6OLD, B, strict=True):
    blocks += [("bold", f"（{c}）{h}"), *b]
add("a23-ln-jinzhou-jyj-2009-docx-paren-parts",
    Docx(tuple(blocks)),
    ("锦州市教育局", "department", "辽宁省", "锦州市", None, 2009), K6OLD, T6OLD)

# a24. Inner Mongolia, a 旗 2024 portal page: <p><strong> parts, a 政务公开 report (五公开, 解读回应, 平台, then the 2021 parts)
T = ("决策公开", "执行和结果公开", "管理和服务公开", "政策解读与回应关切", "政务公开平台建设", "主动公开政府信息情况",
     "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项")
B21 = body21("旗政府", 2024, 1486, 6, "2025年，旗政府将加强蒙汉双语政策解读。")
B = [[WUTEXT["决策"]], [WUTEXT["执行"], WUTEXT["结果"]], [WUTEXT["管理"], WUTEXT["服务"]],
     ["全年发布政策解读材料46篇，回应群众关切19件。"], ["规范政务新媒体账号3个，更新政务公开专区栏目。"], *B21[1:]]
add("a24-nm-keshiketeng-2024-strong-zwgk",
    cms_page("克什克腾旗人民政府2024年政务公开工作年度报告",
             [LAW + "编制本报告。"] + [x for h, b in zip(num(T), B, strict=True) for x in (("strong", h), *b)],
             site="克什克腾旗人民政府"),
    ("克什克腾旗人民政府", "county", "内蒙古自治区", "赤峰市", "克什克腾旗", 2024),
    ("proactive", "proactive", "proactive", "response", "measures", "proactive", "requests", "appeals", "problems", "other"), T)

# a25. Chongqing, a county 2022 Word: bold parts; 二、三、四 bare captions over Word tables, 注： lines after the tables
B = body21("县政府", 2022, 1786, 23, "2023年，县政府将优化政府信息公开平台。")
B[1] = [("table", [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"], ["行政规范性文件", "5", "2", "31"]]),
        "注：行政规范性文件数据含县政府及县政府办公室制发文件。"]
B[2] = [("table", [["申请人情况", "自然人", "法人或其他组织", "总计"], ["一、本年新收政府信息公开申请数量", "23", "0", "23"]]),
        "说明：表中“法人或其他组织”栏合并统计。"]
B[3] = [("table", [["行政复议", "行政诉讼"], ["0", "0"]])]
blocks = [("big", "石柱土家族自治县人民政府2022年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T6), B, strict=True):
    blocks += [("bold", h), *b]
add("a25-cq-shizhu-2022-docx-caption-tables-notes",
    Docx(tuple(blocks)),
    ("石柱土家族自治县人民政府", "county", "重庆市", "重庆市", "石柱土家族自治县", 2022), K6, T6)

# a26. Ministry-level: a national administration 2020 PDF with a 目录 listing sub-entries and page numbers after dot leaders
B = body21("国家林业和草原局", 2020, 1568, 143, "2021年，我局将加强林草政策解读。")
TOC = ["目录"] + [f"{h}{'…' * 8}{p}" for h, p in zip(num(T6), (1, 2, 4, 5, 6, 7), strict=True)]
add("a26-forestry-2020-pdf-toc-dots",
    Pdf(("国家林业和草原局", "2020年政府信息公开工作年度报告"), tuple(TOC + report([LAW + "编制本报告。"], num(T6), B)),
        folio="— {n} —", width=36, lines=30),
    ("国家林业和草原局", "department", None, None, None, 2020), K6, T6)


# ============================ B. written after batch A's fixes, scored before any fix of its own ============================

# b01. Anhui, a county 2019 Word (标题 1): a 政务公开 report whose first part is 推进“五公开”工作情况, then 解读回应 and 平台
T = ("推进“五公开”工作情况", "政策解读和回应关切情况", "政务公开平台建设情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
     "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项")
B21 = body21("县政府", 2019, 1468, 21, "2020年，县政府将全面推进基层政务公开标准化规范化。")
B = [[WUTEXT["决策"], WUTEXT["执行"], WUTEXT["结果"]], ["全年发布政策解读38篇，回应关切问题12个。"],
     ["县政府门户网站完成集约化迁移。"], *B21[1:]]
blocks = [("big", "黟县人民政府2019年政务公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T), B, strict=True):
    blocks += [("heading", 1, h), *b]
add("b01-ah-yixian-2019-docx-wugongkai-quoted",
    Docx(tuple(blocks)),
    ("黟县人民政府", "county", "安徽省", "黄山市", "黟县", 2019),
    ("proactive", "response", "measures", "proactive", "requests", "appeals", "problems", "other"), T)

# b02. Tianjin, a street 2024 text of eight lines: heads 主动公开 / 依申请公开 / 存在的问题及下步打算 alone on their lines
add("b02-tj-xiaobailou-street-2024-eight-lines",
    "天津市和平区小白楼街道办事处2024年政府信息公开工作年度报告\n"
    "2024年，街道认真贯彻落实《条例》，推进基层政务公开。\n"
    "主动公开\n"
    "通过区政府网站街道专栏主动公开政府信息132条，更新社区公开栏36期。\n"
    "依申请公开\n"
    "全年未收到政府信息公开申请。\n"
    "存在的问题及下步打算\n"
    "公开内容以工作动态为主，惠民政策公开不足。下步，街道将梳理惠民政策清单并按季度公开。\n",
    ("天津市和平区小白楼街道办事处", "township", "天津市", "天津市", "和平区", 2024),
    ("proactive", "requests", "problems"), ("主动公开", "依申请公开", "存在的问题及下步打算"))

# b03. Hunan, a town 2020 text of ten lines: heads 工作概述 / 主动公开工作 / 依申请公开工作 / 监督保障 / 下步工作打算
add("b03-hn-huaminglou-2020-ten-lines",
    "宁乡市花明楼镇人民政府2020年政府信息公开工作年度报告\n"
    "工作概述\n"
    "2020年，花明楼镇认真贯彻新修订的《条例》，明确党政办负责政府信息公开日常工作。\n"
    "主动公开工作\n"
    "全年通过镇政务公开栏和市政府门户网站主动公开政府信息246条。\n"
    "依申请公开工作\n"
    "全年收到政府信息公开申请2件，均按期答复。\n"
    "监督保障\n"
    "将政务公开纳入对村（社区）的年度考核。\n"
    "下步工作打算\n"
    "2021年，我镇将推进村务公开与政务公开有效衔接。\n",
    ("宁乡市花明楼镇人民政府", "township", "湖南省", "长沙市", "宁乡市", 2020),
    ("overview", "proactive", "requests", "measures", "plans"), ("工作概述", "主动公开工作", "依申请公开工作", "监督保障", "下步工作打算"))

# b04. Tianjin, a district 2022 Markdown: a ``## 目录`` of linked entries with page numbers, then ``##`` parts
B = body21("区政府", 2022, 3126, 74, "2023年，区政府将加强重大决策预公开。")
TOC = ["## 目录", "\n".join(f"- [{h}](#part{k}) …… {p}" for k, (h, p) in enumerate(zip(num(T6), (1, 2, 3, 4, 5, 5), strict=True), 1))]
add("b04-tj-nankai-2022-md-toc-links",
    md(report(["# 天津市南开区人民政府2022年政府信息公开工作年度报告", *TOC, LAW + "编制本报告。"], [f"## {h}" for h in num(T6)], B)),
    ("天津市南开区人民政府", "district", "天津市", "天津市", "南开区", 2022), K6, T6)

# b05. Qinghai, a city bureau 2016 Word: a bold 前言 before 一、, the 2008-era parts in bold, a bold 结语 at the end
T = (*T6OLD, "其他需要报告的事项")
B = [*body08("市住房和城乡建设局", 2016, "2017年，我局将推进保障性住房分配信息公开。"), ["无。"]]
blocks = [("big", "西宁市住房和城乡建设局2016年政府信息公开工作年度报告"), ("bold", "前言"),
          LAW + "编制本报告。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。"]
for h, b in zip(num(T), B, strict=True):
    blocks += [("bold", h), *b]
blocks += [("bold", "结语"), "我局将继续深入贯彻《条例》，不断提高政府信息公开工作水平。"]
add("b05-qh-xining-zjj-2016-docx-qianyan-jieyu",
    Docx(tuple(blocks)),
    ("西宁市住房和城乡建设局", "department", "青海省", "西宁市", None, 2016), (*K6OLD, "other"), T)

# b06. Ningxia, a city 2023 portal page (<h2>): 六、落实上级年度政务公开工作要点情况, 七、其他需要报告的事项
T = (*T6[:5], "落实上级年度政务公开工作要点情况", "其他需要报告的事项")
B = body21("市政府", 2023, 2868, 52, "2024年，市政府将深化政务公开标准化建设。")
B = [*B[:5], ["对照自治区政务公开工作要点，逐项明确责任单位，各项任务均已完成。"], B[5]]
html = "".join(f"<h2>{h}</h2>\n" + "".join(f"<p>{p}</p>\n" for p in b) for h, b in zip(num(T), B, strict=True))
add("b06-nx-shizuishan-2023-h2-seven-parts",
    page("石嘴山市人民政府2023年政府信息公开工作年度报告", f"<h1>石嘴山市人民政府2023年政府信息公开工作年度报告</h1>\n{html}",
         site="石嘴山市人民政府"),
    ("石嘴山市人民政府", "city", "宁夏回族自治区", "石嘴山市", None, 2023), (*K6[:5], "overview", "other"), T)

# b07. Hainan, a county 2022 Word of plain paragraphs: parts numbered 1、 with the sub-heads of 总体情况 （1）…（5）
B = body21("县政府", 2022, 1268, 8, "2023年，县政府将提升政策解读质量。",
           subs=("（1）主动公开", "（2）依申请公开", "（3）政府信息管理", "（4）平台建设", "（5）监督保障"))
blocks = [("big", "琼中黎族苗族自治县人民政府2022年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for i, (h, b) in enumerate(zip(T6, B, strict=True), 1):
    blocks += [f"{i}、{h}", *b]
add("b07-hi-qiongzhong-2022-docx-arabic-dun",
    Docx(tuple(blocks)),
    ("琼中黎族苗族自治县人民政府", "county", "海南省", None, "琼中黎族苗族自治县", 2022), K6, T6)

# b08. Sichuan, a city 2011 PDF: parts numbered （一）…（七）, 1. 2. sub-heads under 主动公开
T = (*T6OLD, "其他需要报告的事项")
B = [*body08("市政府", 2011, "2012年，市政府将加强政府信息公开监督考核。"), ["无。"]]
B[1] = [*B[1], "1.公开的数量", "全年主动公开政府信息528条。", "2.公开的方式", "主要通过市政府网站和政府公报公开。"]
add("b08-sc-suining-2011-pdf-paren-parts",
    Pdf(("遂宁市人民政府", "2011年政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], [f"（{c}）{t}" for c, t in zip("一二三四五六七", T, strict=True)], B)),
        folio="第{n}页", width=34, lines=24),
    ("遂宁市人民政府", "city", "四川省", "遂宁市", None, 2011), (*K6OLD, "other"), T)

# b09. Zhejiang, a city 2021 portal page: bare captions 二、三、四 over <table>s, no prose between them
B = body21("市政府", 2021, 4268, 133, "2022年，市政府将推进政策文件库标准化。")
TBL = {1: "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>2</td></tr></table>",
       2: "<table><tr><td>申请人情况</td><td>自然人</td><td>总计</td></tr><tr><td>一、本年新收政府信息公开申请数量</td><td>133</td><td>133</td></tr></table>",
       3: "<table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>0</td><td>0</td></tr></table>"}
html = "".join(f"<p><strong>{h}</strong></p>\n" + (TBL[k] + "\n" if k in TBL else "".join(f"<p>{p}</p>\n" for p in b))
               for k, (h, b) in enumerate(zip(num(T6), B, strict=True)))
add("b09-zj-shaoxing-2021-page-bare-caption-tables",
    page("绍兴市人民政府2021年政府信息公开工作年度报告", f"<h1>绍兴市人民政府2021年政府信息公开工作年度报告</h1>\n{html}",
         site="绍兴市人民政府"),
    ("绍兴市人民政府", "city", "浙江省", "绍兴市", None, 2021), K6, T6)

# b10. Hebei, a provincial department 2021 crawl row (CSV): 五、存在的不足及改进方向, problems and plans in one paragraph
T = (*T6[:4], "存在的不足及改进方向", T6[5])
B = body21("省应急管理厅", 2021, 1326, 47, "", problems=(
    "对照新形势新要求，我厅政府信息公开工作还存在一些不足，如安全生产执法信息公开的及时性有待提高，"
    "2022年，我们将建立执法信息公开台账，按月公开执法检查结果，同时加强政策解读。"))
add("b10-he-yjglt-2021-csv-one-paragraph",
    row("crawl-a.csv", "河北省应急管理厅2021年政府信息公开工作年度报告", "\n".join(report([LAW + "编制本报告。"], num(T), B)),
        date="2022-01-26"),
    ("河北省应急管理厅", "department", "河北省", None, None, 2021), K6, T)

# b11. Shandong, a county bureau 2023 portal page written as 问：/答： in <p><strong> runs: no headings
QA = [("问：2023年，我局主动公开政府信息的情况怎样？", "答：全年主动公开政府信息318条，其中政策文件12件。"),
      ("问：收到和处理政府信息公开申请的情况怎样？", "答：全年新收申请9件，均按期答复。"),
      ("问：工作中有哪些不足？今后怎么做？", "答：主要是解读形式单一。今后，我局将多用图解、短视频解读政策。")]
add("b11-sd-shouguang-njj-2023-wenda-strong",
    cms_page("寿光市农业农村局2023年政府信息公开工作年度报告",
             [LAW + "以问答形式编制本报告。"] + [x for q, a in QA for x in (("strong", q), a)], site="寿光市农业农村局"),
    ("寿光市农业农村局", "department", "山东省", "潍坊市", "寿光市", 2023), (), ())

# b12. Jilin, a county 2022 text extracted from a PDF: part 三's heading split by a running folio 第 2 页 共 5 页
B = body21("县政府", 2022, 1168, 14, "2023年，县政府将加强基层政务公开指导。")
L = ["汪清县人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"]
for k, (h, b) in enumerate(zip(num(T6), B, strict=True)):
    L += (["三、收到和处理政府信息公开申", "第 2 页 共 5 页", "请情况"] if k == 2 else [h]) + b
add("b12-jl-wangqing-2022-split-head-page-of",
    lines(L),
    ("汪清县人民政府", "county", "吉林省", "延边朝鲜族自治州", "汪清县", 2022), K6, T6)

# b13. Shanxi, a county 2019 text: notes numbered 1. 2. after table 三 (注：1.… 2.…)
B = body21("县政府", 2019, 986, 11, "2020年，县政府将规范依申请公开办理流程。")
B[2] = [*B[2], "注：", "1.本表“其他”指通过来访方式提出的申请。", "2.本年度无结转至下年度继续办理的申请。"]
add("b13-sx-pingyao-2019-numbered-notes",
    lines(report(["平遥县人民政府2019年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B)),
    ("平遥县人民政府", "county", "山西省", "晋中市", "平遥县", 2019), K6, T6)

# b14. Shaanxi, a city 2018 JSONL row: separate 存在的主要问题 and 改进措施 parts (2016-era), 今后 plans in the latter
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题", "改进措施", "其他需要报告的事项")
B = body08("市政府", 2018, "")
B[5] = ["政策解读的形式不够丰富，基层政务公开标准化有待推进。"]
B = [*B, ["今后，市政府将加快基层政务公开标准化规范化试点成果推广。"], ["无。"]]
add("b14-sn-baoji-2018-jsonl-separate-plans",
    row("crawl-b.jsonl", "宝鸡市人民政府2018年政府信息公开工作年度报告", "\n".join(report([LAW + "编制本报告。"], num(T), B)),
        date="2019-03-28"),
    ("宝鸡市人民政府", "city", "陕西省", "宝鸡市", None, 2018), (*K6OLD, "plans", "other"), T)

# b15. Guangdong, a district 2020 Markdown: a 政务公开 report with **bold** parts 推进决策公开 … and the 2019 parts
T = ("推进决策公开", "推进执行和结果公开", "推进管理和服务公开", "加强政策解读和回应关切", "主动公开政府信息情况",
     "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项")
B21 = body21("区政府", 2020, 2586, 88, "下一步，区政府将推进政务公开专区建设。")
B = [[WUTEXT["决策"]], [WUTEXT["执行"], WUTEXT["结果"]], [WUTEXT["管理"], WUTEXT["服务"]], ["全年发布解读56篇。"], *B21[1:]]
add("b15-gd-nanshan-2020-md-bold-zwgk",
    md(report(["**深圳市南山区人民政府2020年政务公开工作年度报告**", LAW + "编制本报告。"], [f"**{h}**" for h in num(T)], B)),
    ("深圳市南山区人民政府", "district", "广东省", "深圳市", "南山区", 2020),
    ("proactive", "proactive", "proactive", "response", "proactive", "requests", "appeals", "problems", "other"), T)

# b16. Heilongjiang, a district 2008 text: the first year's parts （一）…（六） with 1. sub-heads under 概述, 下一步 plans
B = body08("区政府", 2008, "下一步，我区将进一步完善政府信息公开目录和指南。")
B[0] = [*B[0], "1.加强组织领导", "成立了区政府信息公开工作领导小组。", "2.完善公开制度", "建立了信息发布保密审查制度。"]
add("b16-hl-hulan-2008-paren-parts-first-year",
    lines(report(["呼兰区人民政府2008年政府信息公开工作年度报告", LAW + "编制本报告。"],
                 [f"（{c}）{t}" for c, t in zip("一二三四五六", T6OLD, strict=True)], B)),
    ("呼兰区人民政府", "district", "黑龙江省", "哈尔滨市", "呼兰区", 2008), K6OLD, T6OLD)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES25, out)


if __name__ == "__main__":
    write()
