"""Test utility: the twenty-ninth held-out probe set ``tests/cases/probes29`` (issue 10 item 3,
"sections on unseen reports"), written and labelled by hand before its writer read textmine's
section code and before textmine read the probes. Every probe's difficulty is the section tree, in
shapes the earlier sets (probes16–27) hold least:

- run-in heads on flattened lines where the heading runs straight into its first sentence with no
  punctuation at all, the sentence opening with words other than a year (围绕, 严格, 按照, 我厅, 依托);
- heads cut by a hard wrap mid-title (plain text wrapped at a fixed width, a narrow PDF column);
- parts numbered in mixed systems inside one report (一、 then （二） then 三. then (四));
- heads bold in HTML with the number outside the bold (``<p>一、<strong>总体情况</strong></p>``, ``<b>``, and an
  ``<h3>`` preceded by its number in the same ``<div>``);
- Word files whose heads are the built-in heading styles (标题 1/标题 2) without numbers;
- PDFs with running heads and page numbers between a head and its body (the head the last line of a page);
- a preamble listing the parts (in a sentence, with 一、…六、 inline, or one numbered item a line closed by ；);
- 结语/结束语, an 附件 list of attachments and 说明： lines after the last part;
- combined problems-and-plans heads in new wordings (存在的不足和今后打算, 问题与展望, 工作中存在的问题及下一步工作
  安排, 存在问题与下步打算);
- plans only as a sentence in the problems part (2025年，我局将…; 下步，…; 今后将…);
- reports with no plans at all, some of which look back on last year's 改进措施 (must NOT find plans);
- lists inside a part numbered like parts (一、…二、… restarting inside a part; must NOT become parts);
- quoted names with 一、 inside (《一、二级建造师…》, “三、收到和处理政府信息公开申请情况”表; must NOT be heads).

Kinds follow SCHEMA.md §1 and the earlier sets' rulings, decided before textmine read the probes:

- a combined problems-and-plans head is ``problems`` (SCHEMA.md §1: "when problems and improvements share a
  heading, use ``problems``"), plans found in it as a sub-section or item;
- a Word 标题 2 sub-head under a part is a sub-section (level 2), never a level-1 part;
- 结语/结束语 and its paragraph close the report (probes25's ruling: neither is a level-1 part); an 附件 line that
  only lists attachments (probes20's ruling) and 说明： lines (probes25's ruling) are no parts;
- 依法实施政府信息依申请公开 (an old-era wording) is ``requests``; 加强组织领导和制度建设 is ``measures`` (system work
  described as achievements); 问题与展望 is ``problems``.

Titles are the bare level-1 heading titles (number and trailing punctuation stripped); ``plans`` says whether the
report states what will be done (a look back at last year's measures is not a plan). Batch A (a…) was written and
labelled on main's code (c2db56a) and scored before any fix; batch B (b…) was written after batch A's fixes (882d306)
and scored before any fix of its own (figures in bench/README.md), in new shapes: a portal article that is one <p>
with run-in heads, full-width indents wrapped at 15 (其他需要报告的事 / 项), 一、 then 2.–6., a bold number before a plain
title and <span style="font-weight:bold"> titles, 标题 2 sub-heads of 总体情况 in other words (政务公开平台建设, 加强监督保障)
and 存在的不足/下一步工作打算, a PDF folio 第 n 页 共 m 页, a preamble naming the parts 、-separated (…等六个方面), 附件：
over a list then the signature, 存在的困难和下一步工作思路 and 不足与改进方向, plans opened by 新的一年 and 下阶段, a 2009
report of problems only and a 2022 report whose improvements are all done (no plans), a list 一、二、三、 inside part 一
(its 二、 has the next part's number), lines opening with 一、二季度 and “一、总体情况”部分.

``python -m tests.probe_hand29`` rewrites ``tests/cases/probes29/``; the tests and
``bench/probe_meta.py --set probes29`` read those files.

Example:
    >>> text, header, want = PROBES29["a05-hb-xiaogan-2020-mixed-numbering"]
    >>> want["kinds"][:3]
    ['overview', 'proactive', 'requests']
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand16 import page, report, row
from tests.probe_hand17 import K6, T6, num
from tests.probe_sets import (
    LAW,
    Docx,
    Pdf,
    Probe,
    pdf_lines,
    section_adder,
    write_container_probes,
)

OUT = Path(__file__).resolve().parent / "cases" / "probes29"

PROBES29: dict[str, Probe] = {}


#: Register a probe with its expected level-1 kinds and titles.
add = section_adder(PROBES29)


def lines(text_lines: list[str]) -> str:
    """A plain text file of ``text_lines``."""
    return "\n".join(text_lines) + "\n"


def wrap(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs hard-wrapped at ``width`` characters a line, as text copied out of a PDF or a fixed-width mail."""
    return [p[k : k + width] for p in paragraphs for k in range(0, len(p), width)]


def head_at_foot(
    title: tuple[str, ...],
    paras: list[str],
    heading: str,
    filler: str,
    *,
    width: int,
    lines: int,
    running_head: str,
    folio: str = "- {n} -",
) -> Pdf:
    """A PDF whose ``heading`` (a paragraph of ``paras``) is printed as the last line of a page, so that the
    next page's running head and this page's folio stand between the head and its body: ``filler``
    sentences are added to the paragraph before it until that is so."""
    k = paras.index(heading)
    for extra in range(0, 400):
        trial = [*paras[: k - 1], paras[k - 1] + filler * extra, *paras[k:]]
        recipe = Pdf(
            title, tuple(trial), running_head=running_head, folio=folio, width=width, lines=lines
        )
        for p in pdf_lines(recipe):
            body = [t for kind, t in p if kind == "body"]
            if body and body[-1] == "\u3000\u3000" + heading:
                return recipe
    raise ValueError("no page ends on the heading")


#: what each part says in a 2019/2021-format report, one paragraph each (the problems part is given per probe)
def body21(who: str, year: int, active: int, requests: int) -> list[list[str]]:
    """The paragraphs of parts 一 to 四 and 六 of a 2019/2021-format report (part 五 is inserted by the probe)."""
    return [
        [
            f"{year}年，{who}深入贯彻《条例》，围绕中心工作推进决策、执行、管理、服务、结果公开，全年主动公开政府信息{active}条。"
        ],
        [
            f"本年度制发规范性文件{active % 9}件，废止{active % 4}件，现行有效{active % 9 + 11}件；行政许可处理决定{active % 500}件。"
        ],
        [f"本年度新收政府信息公开申请{requests}件，上年结转{requests % 3}件，均在法定期限内办结。"],
        ["本年度未发生因政府信息公开申请引起的行政复议和行政诉讼。"],
        ["本年度未收取信息处理费，无其他需要报告的事项。"],
    ]


def with_five(parts: list[list[str]], five: list[str]) -> list[list[str]]:
    """The six parts of a 2019/2021 report: parts 一–四, then ``five`` (the problems part), then 六."""
    return [*parts[:4], five, parts[4]]


#: old-era (2008–2018) paragraphs by what a part is about
OLD = {
    "overview": "{y}年，{w}以《条例》为依据，把政府信息公开作为转变作风、建设服务型机关的重要抓手，各项工作稳步推进。",
    "proactive": "全年主动公开政府信息{n}条，其中机构职能类{a}条、业务动态类{b}条、规划计划类{c}条。",
    "requests": "全年共受理政府信息公开申请{r}件，已全部办结，其中同意公开{r}件。",
    "fees": "本年度在提供政府信息过程中未收取检索、复制、邮寄等费用。",
    "appeals": "本年度没有发生针对本机关政府信息公开的行政复议和行政诉讼。",
    "response": "围绕重要政策发布解读稿件{k}篇，回应网民关切{k}次。",
    "measures": "调整充实了政府信息公开工作领导小组，修订完善了保密审查、依申请公开等工作制度。",
    "problems": "工作中还存在主动公开内容不够丰富、信息更新不够及时等问题。",
    "other": "本年度无其他需要报告的事项。",
}


def old(kinds: list[str], who: str, year: int) -> list[list[str]]:
    """One paragraph for each part of an old-era report."""
    n = year % 100 * 41 + 23
    return [
        [
            OLD[k].format(
                y=year, w=who, n=n, a=n // 5, b=n // 2, c=n // 7, r=year % 100 % 9 + 2, k=n % 29 + 4
            )
        ]
        for k in kinds
    ]


K8 = ["overview", "proactive", "requests", "response", "fees", "appeals", "problems", "other"]


# ============================ A. written and labelled on main's code (c2db56a), scored before any fix ============================

# a01. Anhui, a provincial department 2016 crawl row (CSV): one line; old-era heads in uncommon words, each running
# straight into its first sentence with no punctuation (四、依法实施政府信息依申请公开在省政府网站建立…)
P = [
    ("overview", "概述", "我厅认真贯彻《条例》和省政府部署，推动政府信息公开工作规范运行。"),
    (
        "measures",
        "加强组织领导和制度建设",
        "厅成立由分管厅领导任组长的政府信息公开工作领导小组，修订了保密审查办法。",
    ),
    (
        "proactive",
        "突出重点做好主动公开",
        "围绕耕地保护、土地征收等群众关注事项，全年主动公开政府信息1386条。",
    ),
    (
        "requests",
        "依法实施政府信息依申请公开",
        "在省政府网站建立依申请公开网上受理平台，全年受理申请47件，均按时答复。",
    ),
    ("fees", "政府信息公开收费及减免情况", "按照规定本年度未收取任何费用。"),
    (
        "appeals",
        "因政府信息公开申请行政复议、提起行政诉讼情况",
        "全年发生行政复议2件，经复议维持原答复。",
    ),
    (
        "problems",
        "存在的主要问题和改进措施",
        "部分处室对公开工作重视不够。2017年，我厅将建立政府信息公开考核制度。",
    ),
    ("other", "其他需要报告的事项", "无。"),
]
one = (
    LAW
    + "编制本报告。"
    + "".join(f"{h}{b}" for h, (_, _, b) in zip(num([t for _, t, _ in P]), P, strict=True))
)
add(
    "a01-ah-gtzyt-2016-csv-run-in-no-punct",
    row("crawl-a.csv", "安徽省国土资源厅2016年政府信息公开工作年度报告", one, date="2017-03-28"),
    ("安徽省国土资源厅", "department", "安徽省", None, None, 2016),
    [k for k, _, _ in P],
    [t for _, t, _ in P],
)

# a02. Jiangxi, a county 2021 crawl row (JSONL): one line; the six parts run straight into sentences opening with
# 围绕 / 严格 / 依托 / 本机关 / 对照 / 按照 — no year, no punctuation after the head
B = [
    "围绕县委县政府中心工作，全年主动公开政府信息2126条。",
    "严格执行规范性文件统一登记制度，本年度制发规范性文件4件，废止1件。",
    "依托县政府门户网站受理政府信息公开申请，全年新收申请19件，均按期答复。",
    "本机关全年未发生因政府信息公开引起的行政复议、行政诉讼。",
    "对照《条例》要求，我县政府信息公开工作还存在基层公开不够规范等问题。2022年，县政府将开展乡镇政务公开专项检查。",
    "按照国务院办公厅有关规定，本年度未收取信息处理费。",
]
one = LAW + "编制本报告。" + "".join(h + b for h, b in zip(num(T6), B, strict=True))
add(
    "a02-jx-anyuan-2021-jsonl-run-in-word-openers",
    row("crawl-b.jsonl", "安远县人民政府2021年政府信息公开工作年度报告", one, date="2022-01-20"),
    ("安远县人民政府", "county", "江西省", "赣州市", "安远县", 2021),
    K6,
    T6,
)

# a03. Fujian, a city bureau 2015 text copied from a PDF: every paragraph hard-wrapped at 18 characters, so
# 五、因政府信息公开申请行政复议、提起行政诉讼的情况 breaks mid-title (行政诉讼的情况 on the next line)
P6 = ["overview", "proactive", "requests", "fees", "appeals", "problems", "other"]
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政府信息公开的收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "存在的主要问题及改进措施",
    "其他需要报告的事项",
]
B = old(P6, "市人力资源和社会保障局", 2015)
B[5] = [OLD["problems"] + "2016年，我局将进一步规范社保信息发布流程。"]
add(
    "a03-fj-zhangzhou-rsj-2015-hard-wrap-18",
    lines(
        [
            "漳州市人力资源和社会保障局",
            "2015年政府信息公开工作年度报告",
            *wrap(report([LAW + "编制本报告。"], num(T), B), 18),
        ]
    ),
    ("漳州市人力资源和社会保障局", "department", "福建省", "漳州市", None, 2015),
    P6,
    T,
)

# a04. Guangxi, a city 2021 PDF in a narrow column (16 characters a line): the long 2021 heads wrap mid-title
B = with_five(
    body21("市政府", 2021, 3584, 88),
    ["政策解读的针对性不强。2022年，市政府将推行政策解读与文件同步发布。"],
)
add(
    "a04-gx-wuzhou-2021-pdf-narrow-wrap",
    Pdf(
        ("梧州市人民政府", "2021年政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], num(T6), B)),
        folio="— {n} —",
        width=16,
        lines=34,
    ),
    ("梧州市人民政府", "city", "广西壮族自治区", "梧州市", None, 2021),
    K6,
    T6,
)

# a05. Hubei, a city 2020 text: parts numbered in mixed systems (一、 （二） 三. (四) 五、 六．)
B = with_five(
    body21("市政府", 2020, 4236, 132),
    ["基层政务公开标准化建设仍需加强。2021年，市政府将推进基层政务公开标准目录全覆盖。"],
)
H = [
    f"一、{T6[0]}",
    f"（二）{T6[1]}",
    f"三.{T6[2]}",
    f"(四){T6[3]}",
    f"五、{T6[4]}",
    f"六．{T6[5]}",
]
add(
    "a05-hb-xiaogan-2020-mixed-numbering",
    lines(report(["孝感市人民政府2020年政府信息公开工作年度报告", LAW + "编制本报告。"], H, B)),
    ("孝感市人民政府", "city", "湖北省", "孝感市", None, 2020),
    K6,
    T6,
)

# a06. Hunan, a county 2012 text: old-era parts in mixed systems (一、 二、 3. （四） 五、 6、), one sub-list （一）（二） in 概述
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政府信息公开的收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "存在的主要问题和改进措施",
]
K = ["overview", "proactive", "requests", "fees", "appeals", "problems"]
B = old(K, "县政府", 2012)
B[0] += [
    "（一）加强组织领导",
    "县政府办公室具体承办政府信息公开工作。",
    "（二）完善工作制度",
    "建立了信息发布审核制度。",
]
B[5] = [OLD["problems"] + "今后将进一步充实公开内容，加快信息更新。"]
H = [f"一、{T[0]}", f"二、{T[1]}", f"3.{T[2]}", f"（四）{T[3]}", f"五、{T[4]}", f"6、{T[5]}"]
add(
    "a06-hn-chaling-2012-mixed-old",
    lines(report(["茶陵县人民政府2012年政府信息公开工作年度报告", LAW + "编制本报告。"], H, B)),
    ("茶陵县人民政府", "county", "湖南省", "株洲市", "茶陵县", 2012),
    K,
    T,
)

# a07. Shandong, a city 2021 portal page: <p>一、<strong>总体情况</strong></p> — the number outside the bold
B = with_five(
    body21("市政府", 2021, 5128, 206),
    ["政务新媒体管理有待加强。2022年，市政府将开展政务新媒体常态化检查。"],
)
html = "\n".join(
    [f"<p>{LAW}编制本报告。</p>"]
    + [
        x
        for c, t, b in zip("一二三四五六", T6, B, strict=True)
        for x in (f"<p>{c}、<strong>{t}</strong></p>", *[f"<p>{s}</p>" for s in b])
    ]
)
add(
    "a07-sd-rizhao-2021-html-number-outside-strong",
    page("日照市人民政府2021年政府信息公开工作年度报告", html, site="日照市人民政府"),
    ("日照市人民政府", "city", "山东省", "日照市", None, 2021),
    K6,
    T6,
)

# a08. Henan, a provincial department 2017 portal page: <p>一、<b>概述</b></p>, eight old-era parts
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政策解读与回应关切情况",
    "收费及减免情况",
    "行政复议和行政诉讼情况",
    "存在的主要问题和改进措施",
    "其他需要报告的事项",
]
B = old(K8, "河南省商务厅", 2017)
B[6] = [OLD["problems"] + "2018年，我厅将加强商务政策解读。"]
html = "\n".join(
    [f"<p>{LAW}编制本报告。</p>"]
    + [
        x
        for c, t, b in zip("一二三四五六七八", T, B, strict=True)
        for x in (f"<p>{c}、<b>{t}</b></p>", *[f"<p>{s}</p>" for s in b])
    ]
)
add(
    "a08-ha-swt-2017-html-number-outside-b",
    page("河南省商务厅2017年政府信息公开工作年度报告", html, site="河南省商务厅"),
    ("河南省商务厅", "department", "河南省", None, None, 2017),
    K8,
    T,
)

# a09. Sichuan, a county 2019 portal page: <div>二、<h3>主动公开政府信息情况</h3></div> — the number before the <h3>
B = with_five(
    body21("县政府", 2019, 1876, 23),
    ["政府信息公开专栏更新不及时。下一步，县政府将建立专栏月度巡查机制。"],
)
html = "\n".join(
    [f"<p>{LAW}编制本报告。</p>"]
    + [
        x
        for c, t, b in zip("一二三四五六", T6, B, strict=True)
        for x in (f'<div class="tt">{c}、<h3>{t}</h3></div>', *[f"<p>{s}</p>" for s in b])
    ]
)
add(
    "a09-sc-pengxi-2019-html-number-before-h3",
    page("蓬溪县人民政府2019年政府信息公开工作年度报告", html, site="蓬溪县人民政府"),
    ("蓬溪县人民政府", "county", "四川省", "遂宁市", "蓬溪县", 2019),
    K6,
    T6,
)

# a10. Jiangsu, a city bureau 2022 Word: parts in 标题 1 without numbers, the five sub-heads of 总体情况 and
# 存在的问题/改进措施 in 标题 2 without numbers
B = with_five(body21("市住房和城乡建设局", 2022, 1624, 37), [])
blocks: list[Any] = [
    ("big", "无锡市住房和城乡建设局2022年政府信息公开工作年度报告"),
    LAW + "编制本报告。",
]
for k, (t, b) in enumerate(zip(T6, B, strict=True)):
    blocks += [("heading", 1, t), *b]
    if k == 0:
        for s, p in (
            ("主动公开", "全年主动公开住房保障、建筑市场等信息1624条。"),
            ("依申请公开", "依法办理政府信息公开申请37件。"),
            ("政府信息管理", "开展政府信息公开属性动态调整。"),
            ("平台建设", "优化局门户网站信息公开专栏。"),
            ("监督保障", "将政务公开纳入年度考核。"),
        ):
            blocks += [("heading", 2, s), p]
    if k == 4:
        blocks += [
            ("heading", 2, "存在的问题"),
            "部分专栏内容更新不够及时。",
            ("heading", 2, "改进措施"),
            "建立专栏内容季度核查机制，确保信息及时更新。",
        ]
add(
    "a10-js-wuxi-zjj-2022-docx-heading-styles",
    Docx(tuple(blocks)),
    ("无锡市住房和城乡建设局", "department", "江苏省", "无锡市", None, 2022),
    K6,
    T6,
)

# a11. Shaanxi, a provincial department 2016 Word: eight old-era parts in 标题 1 without numbers, no sub-heads
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政策解读和回应社会关切情况",
    "政府信息公开收费及减免情况",
    "行政复议、行政诉讼情况",
    "存在的主要问题及改进措施",
    "其他需要报告的事项",
]
B = old(K8, "陕西省水利厅", 2016)
B[6] = [OLD["problems"] + "2017年，我厅将进一步完善水利信息公开目录。"]
blocks = [("big", "陕西省水利厅2016年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for t, b in zip(T, B, strict=True):
    blocks += [("heading", 1, t), *b]
add(
    "a11-sn-slt-2016-docx-heading1-old",
    Docx(tuple(blocks)),
    ("陕西省水利厅", "department", "陕西省", None, None, 2016),
    K8,
    T,
)

# a12. Zhejiang, a county 2020 PDF: running head and folio between 三、收到和处理政府信息公开申请情况 and its body
B = with_five(
    body21("县政府", 2020, 2316, 45),
    ["信息公开的主动性有待增强。2021年，县政府将完善政务公开清单。"],
)
paras = report([LAW + "编制本报告。"], num(T6), B)
add(
    "a12-zj-anji-2020-pdf-running-head-after-head",
    head_at_foot(
        ("安吉县人民政府", "2020年政府信息公开工作年度报告"),
        paras,
        "三、收到和处理政府信息公开申请情况",
        "县政府持续推进重点领域信息公开。",
        width=34,
        lines=28,
        running_head="安吉县人民政府2020年政府信息公开工作年度报告",
    ),
    ("安吉县人民政府", "county", "浙江省", "湖州市", "安吉县", 2020),
    K6,
    T6,
)

# a13. Hebei, a provincial department 2014 PDF: old-era parts; running head and folio between 六、存在的主要问题和改进措施
# and its body
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政府信息公开收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "存在的主要问题和改进措施",
    "其他需要报告的事项",
]
K = ["overview", "proactive", "requests", "fees", "appeals", "problems", "other"]
B = old(K, "河北省环境保护厅", 2014)
B[5] = [OLD["problems"] + "2015年，我厅将加大环境质量信息公开力度。"]
paras = report([LAW + "编制本报告。"], num(T), B)
add(
    "a13-he-hbt-2014-pdf-running-head-after-old-head",
    head_at_foot(
        ("河北省环境保护厅", "2014年政府信息公开工作年度报告"),
        paras,
        "六、存在的主要问题和改进措施",
        "我厅严格落实信息发布保密审查制度。",
        width=34,
        lines=28,
        running_head="河北省环境保护厅政府信息公开年报",
    ),
    ("河北省环境保护厅", "department", "河北省", None, None, 2014),
    K,
    T,
)

# a14. Guangdong, a district 2021 text: the preamble lists the six parts in one sentence
B = with_five(
    body21("区政府", 2021, 3328, 64),
    ["政策解读形式较为单一。2022年，区政府将推出图解、音视频解读产品。"],
)
pre = (
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
    "存在的主要问题及改进情况、其他需要报告的事项六个部分组成。"
)
add(
    "a14-gd-nanshan-2021-preamble-lists-parts",
    lines(
        report(
            ["深圳市南山区人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。" + pre],
            num(T6),
            B,
        )
    ),
    ("深圳市南山区人民政府", "district", "广东省", "深圳市", "南山区", 2021),
    K6,
    T6,
)

# a15. Shanxi, a city 2013 text: the preamble lists the parts with 一、…六、 inline on one line
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政府信息公开的收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "存在的主要问题和改进措施",
]
K = ["overview", "proactive", "requests", "fees", "appeals", "problems"]
B = old(K, "市政府", 2013)
B[5] = [OLD["problems"] + "2014年，市政府将进一步规范依申请公开办理程序。"]
pre = "报告内容包括：" + "；".join(num(T)) + "。"
add(
    "a15-sx-datong-2013-preamble-inline-numbered",
    lines(
        report(
            ["大同市人民政府2013年政府信息公开工作年度报告", LAW + "编制本报告。", pre], num(T), B
        )
    ),
    ("大同市人民政府", "city", "山西省", "大同市", None, 2013),
    K,
    T,
)

# a16. Yunnan, a county 2019 text: the preamble lists the parts one a line, each closed by ； (the last by 。)
B = with_five(
    body21("县政府", 2019, 1214, 6),
    ["乡镇政务公开专栏建设相对滞后。2020年，县政府将推进乡镇专栏规范化建设。"],
)
pre = ["本报告分为以下六个部分：", *[f"{h}；" for h in num(T6)[:-1]], num(T6)[-1] + "。"]
add(
    "a16-yn-eryuan-2019-preamble-lines-semicolon",
    lines(
        report(
            ["洱源县人民政府2019年政府信息公开工作年度报告", LAW + "编制本报告。", *pre], num(T6), B
        )
    ),
    ("洱源县人民政府", "county", "云南省", "大理白族自治州", "洱源县", 2019),
    K6,
    T6,
)

# a17. Beijing, a district 2022 text: a 结语 heading and its paragraph after the last part (no part)
B = with_five(
    body21("区政府", 2022, 4126, 318),
    ["依申请公开答复的规范性有待提升。2023年，区政府将开展答复文书质量评查。"],
)
tail = [
    "结语",
    "2023年，区政府将继续以公开促落实、以公开促规范、以公开促服务，推动政务公开工作再上新台阶。",
]
add(
    "a17-bj-fengtai-2022-closing-jieyu",
    lines(
        report(
            ["北京市丰台区人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"],
            num(T6),
            B,
            tail,
        )
    ),
    ("北京市丰台区人民政府", "district", "北京市", "北京市", "丰台区", 2022),
    K6,
    T6,
)

# a18. Chongqing, a district 2019 text: an 附件 line listing attachments and 说明： lines after 六、 (no parts)
B = with_five(
    body21("县政府", 2019, 1768, 15), ["部分部门公开意识不强。下一步，县政府将加强业务培训。"]
)
tail = [
    "附件：1.2019年度政府信息公开工作情况统计表",
    "2.2019年度依申请公开办理情况明细表",
    "说明：本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。",
    "说明：本报告电子版可在县政府门户网站政府信息公开专栏下载。",
]
add(
    "a18-cq-wulong-2019-annex-list-and-notes",
    lines(
        report(
            ["重庆市武隆区人民政府2019年政府信息公开工作年度报告", LAW + "编制本报告。"],
            num(T6),
            B,
            tail,
        )
    ),
    ("重庆市武隆区人民政府", "district", "重庆市", "重庆市", "武隆区", 2019),
    K6,
    T6,
)

# a19. Heilongjiang, a city 2016 text: eight old-era parts then 结束语 and 说明 lines
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政策解读和回应关切情况",
    "收费及减免情况",
    "行政复议和行政诉讼情况",
    "存在的问题及改进措施",
    "其他需要报告的事项",
]
B = old(K8, "市政府", 2016)
B[6] = [OLD["problems"] + "2017年，市政府将完善政府信息公开考核办法。"]
tail = [
    "结束语",
    "新的一年，市政府将继续深入贯彻《条例》，不断提升政府信息公开工作水平。",
    "说明：本报告中所列数据统计期限为2016年1月1日至2016年12月31日。",
]
add(
    "a19-hl-mudanjiang-2016-closing-jieshuyu-notes",
    lines(
        report(
            ["牡丹江市人民政府2016年政府信息公开工作年度报告", LAW + "编制本报告。"],
            num(T),
            B,
            tail,
        )
    ),
    ("牡丹江市人民政府", "city", "黑龙江省", "牡丹江市", None, 2016),
    K8,
    T,
)

# a20. Gansu, a provincial department 2018 text: eight parts, 七、存在的不足和今后打算 (plans in the combined head)
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政策解读和回应关切情况",
    "收费及减免情况",
    "行政复议和行政诉讼情况",
    "存在的不足和今后打算",
    "其他需要报告的事项",
]
B = old(K8, "甘肃省交通运输厅", 2018)
B[6] = ["一是公开内容的深度不够；二是政策解读形式单一。2019年，我厅将丰富解读形式，提高公开质量。"]
add(
    "a20-gs-jtyst-2018-shortcomings-and-future",
    lines(
        report(["甘肃省交通运输厅2018年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)
    ),
    ("甘肃省交通运输厅", "department", "甘肃省", None, None, 2018),
    K8,
    T,
)

# a21. Ningxia, a city 2021 text: 五、问题与展望
T = [*T6[:4], "问题与展望", T6[5]]
B = with_five(
    body21("市政府", 2021, 2638, 41),
    ["政府信息公开的精准度还不够高。展望2022年，市政府将围绕群众关切，加大重点领域信息公开力度。"],
)
add(
    "a21-nx-shizuishan-2021-problems-and-outlook",
    lines(
        report(["石嘴山市人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)
    ),
    ("石嘴山市人民政府", "city", "宁夏回族自治区", "石嘴山市", None, 2021),
    K6,
    T,
)

# a22. Hainan, a city bureau 2019 text: 五、工作中存在的问题及下一步工作安排, its problems and plans in （一）（二）
T = [*T6[:4], "工作中存在的问题及下一步工作安排", T6[5]]
B = with_five(
    body21("市旅游和文化广电体育局", 2019, 986, 9),
    [
        "（一）存在的问题",
        "信息公开的及时性有待提高。",
        "（二）下一步工作安排",
        "建立信息发布提醒机制，确保信息及时公开。",
    ],
)
add(
    "a22-hi-sanya-lwj-2019-problems-next-arrangements",
    lines(
        report(
            ["三亚市旅游和文化广电体育局2019年政府信息公开工作年度报告", LAW + "编制本报告。"],
            num(T),
            B,
        )
    ),
    ("三亚市旅游和文化广电体育局", "department", "海南省", "三亚市", None, 2019),
    K6,
    T,
)

# a23. Guizhou, a county 2023 text: 五、存在问题与下步打算
T = [*T6[:4], "存在问题与下步打算", T6[5]]
B = with_five(
    body21("县政府", 2023, 1986, 27),
    ["基层政务公开标准化水平不高。下步，县政府将推动乡镇政务公开标准目录落地。"],
)
add(
    "a23-gz-meitan-2023-problems-and-next-plans",
    lines(
        report(["湄潭县人民政府2023年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)
    ),
    ("湄潭县人民政府", "county", "贵州省", "遵义市", "湄潭县", 2023),
    K6,
    T,
)

# a24. Xinjiang, a prefecture bureau 2024 text: part 五 titled 存在的主要问题 only; plans a sentence 2025年，我局将…
T = [*T6[:4], "存在的主要问题", T6[5]]
B = with_five(
    body21("州生态环境局", 2024, 764, 5),
    [
        "环境信息公开的主动性还需增强。2025年，我局将围绕环境质量、执法监管等重点领域持续加大公开力度。"
    ],
)
add(
    "a24-xj-changji-sthjj-2024-plans-sentence-year",
    lines(
        report(
            ["昌吉回族自治州生态环境局2024年政府信息公开工作年度报告", LAW + "编制本报告。"],
            num(T),
            B,
        )
    ),
    ("昌吉回族自治州生态环境局", "department", "新疆维吾尔自治区", "昌吉回族自治州", None, 2024),
    K6,
    T,
)

# a25. Jilin, a county 2020 text: part 五 titled 存在的不足; plans a sentence opening 下步，
T = [*T6[:4], "存在的不足", T6[5]]
B = with_five(
    body21("县政府", 2020, 1348, 12),
    ["政策解读的深度和广度有待拓展。下步，县政府将邀请专家学者参与政策解读。"],
)
add(
    "a25-jl-fusong-2020-plans-sentence-xiabu",
    lines(
        report(["抚松县人民政府2020年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)
    ),
    ("抚松县人民政府", "county", "吉林省", "白山市", "抚松县", 2020),
    K6,
    T,
)

# a26. Inner Mongolia, a city 2017 text: old-era part 七、存在的问题; plans a sentence opening 今后将
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政策解读和回应关切情况",
    "收费及减免情况",
    "行政复议和行政诉讼情况",
    "存在的问题",
    "其他需要报告的事项",
]
B = old(K8, "市政府", 2017)
B[6] = [OLD["problems"] + "今后将进一步拓宽公开渠道，提高信息发布的时效性。"]
add(
    "a26-nm-wuhai-2017-plans-sentence-jinhou",
    lines(
        report(["乌海市人民政府2017年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)
    ),
    ("乌海市人民政府", "city", "内蒙古自治区", "乌海市", None, 2017),
    K8,
    T,
)

# a27. Qinghai, a county 2010 text: six old-era parts without a problems part and no plans at all
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政府信息公开的收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "其他需要报告的事项",
]
K = ["overview", "proactive", "requests", "fees", "appeals", "other"]
add(
    "a27-qh-huangyuan-2010-no-plans",
    lines(
        report(
            ["湟源县人民政府2010年政府信息公开工作年度报告", LAW + "编制本报告。"],
            num(T),
            old(K, "县政府", 2010),
        )
    ),
    ("湟源县人民政府", "county", "青海省", "西宁市", "湟源县", 2010),
    K,
    T,
    plans=False,
)

# a28. Tianjin, a district 2021 text: part 五 states problems and looks back on last year's 改进措施, no plans
T = [*T6[:4], "存在的主要问题及改进情况", T6[5]]
B = with_five(
    body21("区政府", 2021, 2748, 53),
    [
        "针对上年度报告提出的改进措施，区政府本年度已全部落实，政务公开专区完成标准化改造。"
        "当前仍存在个别部门公开不够及时的问题。"
    ],
)
add(
    "a28-tj-xiqing-2021-looking-back-no-plans",
    lines(
        report(
            ["天津市西青区人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B
        )
    ),
    ("天津市西青区人民政府", "district", "天津市", "天津市", "西青区", 2021),
    K6,
    T,
    plans=False,
)

# a29. Liaoning, a provincial department 2015 text: 七、存在的主要问题 with problems only, no plans anywhere
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政策解读和回应关切情况",
    "收费及减免情况",
    "行政复议和行政诉讼情况",
    "存在的主要问题",
    "其他需要报告的事项",
]
B = old(K8, "辽宁省农业委员会", 2015)
B[6] = [
    "一是部分业务处室公开意识不强；二是信息公开内容的深度不够，群众关注的热点信息公开不够及时。"
]
add(
    "a29-ln-nyw-2015-problems-only-no-plans",
    lines(
        report(["辽宁省农业委员会2015年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)
    ),
    ("辽宁省农业委员会", "department", "辽宁省", None, None, 2015),
    K8,
    T,
    plans=False,
)

# a30. Shanghai, a district 2021 text: inside part 二 a list numbered 一、二、三、 like parts (must not become parts)
B = with_five(
    body21("区政府", 2021, 6128, 412),
    ["部分栏目内容更新不够及时。2022年，区政府将建立栏目更新通报制度。"],
)
B[1] = [
    B[1][0],
    "全年重点领域信息公开情况如下：",
    "一、财政预决算信息公开86条；",
    "二、重大建设项目信息公开41条；",
    "三、公共资源配置信息公开137条。",
]
add(
    "a30-sh-jiading-2021-list-numbered-like-parts",
    lines(
        report(
            ["上海市嘉定区人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B
        )
    ),
    ("上海市嘉定区人民政府", "district", "上海市", "上海市", "嘉定区", 2021),
    K6,
    T6,
)

# a31. Jiangxi, a provincial department 2016 text: part 七 lists its problems as 一、二、 sentences (no parts) and
# plans as a 2017年 sentence
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政策解读和回应关切情况",
    "收费及减免情况",
    "行政复议和行政诉讼情况",
    "存在的主要问题和改进措施",
    "其他需要报告的事项",
]
B = old(K8, "江西省卫生和计划生育委员会", 2016)
B[6] = [
    "一、部分处室对政府信息公开工作的认识还不到位，主动公开的意识不强。",
    "二、信息公开内容与群众的需求还有差距，解读材料不够通俗。",
    "2017年，我委将加强业务培训，提高政策解读的通俗性。",
]
add(
    "a31-jx-wjw-2016-problems-numbered-like-parts",
    lines(
        report(
            ["江西省卫生和计划生育委员会2016年政府信息公开工作年度报告", LAW + "编制本报告。"],
            num(T),
            B,
        )
    ),
    ("江西省卫生和计划生育委员会", "department", "江西省", None, None, 2016),
    K8,
    T,
)

# a32. Hebei, a city bureau 2022 text (hard-wrapped crawl): lines that open with 《一、二级建造师…》 and
# “三、收到和处理政府信息公开申请情况”表 (quoted names, not heads)
B = with_five(
    body21("市住房和城乡建设局", 2022, 1468, 26),
    ["政策解读材料的可读性不强。2023年，我局将推出图解政策产品。"],
)
B[1] = [B[1][0], "本年度转发", "《一、二级建造师注册管理办法》等3件文件，在局门户网站集中公开。"]
B[2] = [
    B[2][0],
    "“三、收到和处理政府信息公开申请情况”表中，结转下年度继续办理的2件已于2023年1月办结。",
]
add(
    "a32-he-tangshan-zjj-2022-quoted-names",
    lines(
        report(
            ["唐山市住房和城乡建设局2022年政府信息公开工作年度报告", LAW + "编制本报告。"],
            num(T6),
            B,
        )
    ),
    ("唐山市住房和城乡建设局", "department", "河北省", "唐山市", None, 2022),
    K6,
    T6,
)

# a33. Tibet, a city 2019 text from a fixed-width mail: hard-wrapped at 12 characters, so 三、收到和处理政府信息公开申请情况,
# 四、政府信息公开行政复议、行政诉讼情况 and 五、存在的主要问题及改进情况 all break mid-title
B = with_five(
    body21("市政府", 2019, 1126, 4),
    ["政务公开队伍业务能力有待提升。2020年，市政府将举办政务公开业务培训班。"],
)
add(
    "a33-xz-linzhi-2019-hard-wrap-12",
    lines(
        [
            "林芝市人民政府2019年政府信息公开工作年度报告",
            *wrap(report([LAW + "编制本报告。"], num(T6), B), 12),
        ]
    ),
    ("林芝市人民政府", "city", "西藏自治区", "林芝市", None, 2019),
    K6,
    T6,
)


# ============================ B. written after batch A's fixes, scored before any fix of its own ============================

# b01. Hunan, a provincial department 2017 portal page: the whole article one <p>; old-era heads run straight into
# sentences opening with 主要包括 / 严格 / 共 / 我厅 (no punctuation after the head)
P = [
    ("overview", "概述", "我厅把政府信息公开作为密切联系群众的重要举措，工作稳步推进。"),
    (
        "proactive",
        "主动公开政府信息情况",
        "主要包括机构职能、政策法规、规划计划和人事信息，全年公开1128条。",
    ),
    ("requests", "依申请公开政府信息情况", "严格按照法定时限办理，全年受理申请21件，均已答复。"),
    ("fees", "政府信息公开的收费及减免情况", "我厅未收取任何费用。"),
    (
        "appeals",
        "因政府信息公开申请行政复议、提起行政诉讼的情况",
        "共发生行政复议1件，维持原答复。",
    ),
    (
        "problems",
        "存在的主要问题和改进措施",
        "公开的及时性有待提高。2018年，我厅将完善信息发布审核流程。",
    ),
]
one = (
    LAW
    + "编制本报告。"
    + "".join(f"{h}{b}" for h, (_, _, b) in zip(num([t for _, t, _ in P]), P, strict=True))
)
add(
    "b01-hn-sft-2017-html-one-p-run-in",
    page("湖南省司法厅2017年政府信息公开工作年度报告", f"<p>{one}</p>", site="湖南省司法厅"),
    ("湖南省司法厅", "department", "湖南省", None, None, 2017),
    [k for k, _, _ in P],
    [t for _, t, _ in P],
)

# b02. Guangdong, a county 2022 text copied from a PDF with full-width indents, wrapped at 15, so that
# 其他需要报告的事项 breaks as 其他需要报告的事 / 项 and 政府信息公开行政复议、行政诉讼情况 breaks too
B = with_five(
    body21("县政府", 2022, 1562, 19),
    ["政务公开专区建设有待加强。2023年，县政府将推进专区标准化建设。"],
)
add(
    "b02-gd-fogang-2022-fullwidth-indent-wrap-15",
    lines(
        [
            "佛冈县人民政府2022年政府信息公开工作年度报告",
            *wrap(["\u3000\u3000" + p for p in report([LAW + "编制本报告。"], num(T6), B)], 15),
        ]
    ),
    ("佛冈县人民政府", "county", "广东省", "清远市", "佛冈县", 2022),
    K6,
    T6,
)

# b03. Anhui, a city 2021 text: 一、 for the first part, then 2. 3. 4. 5. 6. for the others (Arabic after Chinese)
B = with_five(
    body21("市政府", 2021, 3126, 72),
    ["基层公开质量不高。2022年，市政府将开展基层政务公开质量评估。"],
)
H = [f"一、{T6[0]}", *[f"{n}.{t}" for n, t in zip("23456", T6[1:], strict=True)]]
add(
    "b03-ah-chuzhou-2021-chinese-then-arabic",
    lines(report(["滁州市人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。"], H, B)),
    ("滁州市人民政府", "city", "安徽省", "滁州市", None, 2021),
    K6,
    T6,
)

# b04. Zhejiang, a provincial department 2023 portal page: the number bold and the title not
# (<p><strong>一、</strong>总体情况</p>), and <span style="font-weight:bold"> titles after a plain number
B = with_five(
    body21("浙江省财政厅", 2023, 2468, 57),
    ["预决算公开的细化程度有待提高。2024年，我厅将推动预决算公开细化到项目。"],
)
heads = [
    f"<p><strong>{c}、</strong>{t}</p>"
    if k % 2 == 0
    else f'<p>{c}、<span style="font-weight:bold">{t}</span></p>'
    for k, (c, t) in enumerate(zip("一二三四五六", T6, strict=True))
]
html = "\n".join(
    [f"<p>{LAW}编制本报告。</p>"]
    + [x for h, b in zip(heads, B, strict=True) for x in (h, *[f"<p>{s}</p>" for s in b])]
)
add(
    "b04-zj-czt-2023-html-bold-number-plain-title",
    page("浙江省财政厅2023年政府信息公开工作年度报告", html, site="浙江省财政厅"),
    ("浙江省财政厅", "department", "浙江省", None, None, 2023),
    K6,
    T6,
)

# b05. Sichuan, a city bureau 2021 Word: 标题 1 parts without numbers; 标题 2 sub-heads of 总体情况 in other words
# (政务公开平台建设, 加强监督保障) and 存在的不足 / 下一步工作打算 under part 五
B = with_five(body21("市教育局", 2021, 1126, 33), [])
blocks: list[Any] = [("big", "德阳市教育局2021年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for k, (t, b) in enumerate(zip(T6, B, strict=True)):
    blocks += [("heading", 1, t), *b]
    if k == 0:
        for s_, p_ in (
            ("主动公开情况", "全年主动公开教育信息1126条。"),
            ("依申请公开情况", "依法办理申请33件。"),
            ("政府信息管理情况", "动态调整公开属性。"),
            ("政务公开平台建设", "优化局网站专栏。"),
            ("加强监督保障", "将政务公开纳入考核。"),
        ):
            blocks += [("heading", 2, s_), p_]
    if k == 4:
        blocks += [
            ("heading", 2, "存在的不足"),
            "栏目更新不及时。",
            ("heading", 2, "下一步工作打算"),
            "建立栏目巡查机制。",
        ]
add(
    "b05-sc-deyang-jyj-2021-docx-heading2-other-words",
    Docx(tuple(blocks)),
    ("德阳市教育局", "department", "四川省", "德阳市", None, 2021),
    K6,
    T6,
)

# b06. Shandong, a county 2018 PDF: old-era parts; the folio 第 1 页 共 2 页 and the running head between
# 五、因政府信息公开申请行政复议、提起行政诉讼的情况 and its body
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政府信息公开的收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "存在的主要问题和改进措施",
]
K = ["overview", "proactive", "requests", "fees", "appeals", "problems"]
B = old(K, "县政府", 2018)
B[5] = [OLD["problems"] + "2019年，县政府将加强政务公开培训。"]
paras = report([LAW + "编制本报告。"], num(T), B)
add(
    "b06-sd-yishui-2018-pdf-page-of-total",
    head_at_foot(
        ("沂水县人民政府", "2018年政府信息公开工作年度报告"),
        paras,
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        "县政府持续规范信息发布。",
        width=34,
        lines=26,
        running_head="沂水县政府信息公开年度报告",
        folio="第 {n} 页 共 {total} 页",
    ),
    ("沂水县人民政府", "county", "山东省", "临沂市", "沂水县", 2018),
    K,
    T,
)

# b07. Henan, a district 2020 text: the preamble names the parts 、-separated with 等六个方面 on one line after 主要包括
B = with_five(
    body21("区政府", 2020, 2286, 35),
    ["信息公开的规范化水平有待提升。2021年，区政府将开展政务公开规范化检查。"],
)
pre = "报告主要包括" + "、".join(T6[:-1]) + "以及" + T6[-1] + "等六个方面。"
add(
    "b07-ha-erqi-2020-preamble-six-aspects",
    lines(
        report(
            ["郑州市二七区人民政府2020年政府信息公开工作年度报告", LAW + "编制本报告。", pre],
            num(T6),
            B,
        )
    ),
    ("郑州市二七区人民政府", "district", "河南省", "郑州市", "二七区", 2020),
    K6,
    T6,
)

# b08. Fujian, a county 2023 text: 附件： alone, then a numbered list of attachments, then the signature block
B = with_five(
    body21("县政府", 2023, 1764, 21),
    ["政策解读的精准度不够。2024年，县政府将推行政策解读“三同步”。"],
)
tail = [
    "附件：",
    "1.政府信息公开申请办理情况表",
    "2.政府信息公开行政复议、行政诉讼情况表",
    "永春县人民政府",
    "2024年1月18日",
]
add(
    "b08-fj-yongchun-2023-annex-list-signature",
    lines(
        report(
            ["永春县人民政府2023年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B, tail
        )
    ),
    ("永春县人民政府", "county", "福建省", "泉州市", "永春县", 2023),
    K6,
    T6,
)

# b09. Yunnan, a city 2022 text: 五、存在的困难和下一步工作思路
T = [*T6[:4], "存在的困难和下一步工作思路", T6[5]]
B = with_five(
    body21("市政府", 2022, 2616, 38),
    ["基层政务公开人员力量薄弱。下一步，市政府将加强基层政务公开队伍建设。"],
)
add(
    "b09-yn-qujing-2022-difficulties-next-ideas",
    lines(
        report(["曲靖市人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)
    ),
    ("曲靖市人民政府", "city", "云南省", "曲靖市", None, 2022),
    K6,
    T,
)

# b10. Gansu, a county 2021 text: 五、不足与改进方向
T = [*T6[:4], "不足与改进方向", T6[5]]
B = with_five(
    body21("县政府", 2021, 1186, 7),
    ["政务新媒体更新频率不高。2022年，县政府将建立政务新媒体月度通报制度。"],
)
add(
    "b10-gs-huining-2021-shortfalls-and-direction",
    lines(
        report(["会宁县人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)
    ),
    ("会宁县人民政府", "county", "甘肃省", "白银市", "会宁县", 2021),
    K6,
    T,
)

# b11. Jiangsu, a city office 2024 text: part 五 titled 存在的主要问题; plans a sentence opening 新的一年，我办将
T = [*T6[:4], "存在的主要问题", T6[5]]
B = with_five(
    body21("市政府办公室", 2024, 1864, 48),
    ["政务公开工作的数字化水平不高。新的一年，我办将推进政务公开数字化转型。"],
)
add(
    "b11-js-nantong-ban-2024-plans-new-year",
    lines(
        report(
            ["南通市人民政府办公室2024年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B
        )
    ),
    ("南通市人民政府办公室", "department", "江苏省", "南通市", None, 2024),
    K6,
    T,
)

# b12. Shaanxi, a district 2023 text: part 五 存在的主要问题; plans a sentence opening 下阶段，
T = [*T6[:4], "存在的主要问题", T6[5]]
B = with_five(
    body21("县政府", 2023, 1342, 11),
    ["政策解读的通俗性不够。下阶段，县政府将推出图解和短视频解读。"],
)
add(
    "b12-sn-fengxiang-2023-plans-next-stage",
    lines(
        report(
            ["宝鸡市凤翔区人民政府2023年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B
        )
    ),
    ("宝鸡市凤翔区人民政府", "district", "陕西省", "宝鸡市", "凤翔区", 2023),
    K6,
    T,
)

# b13. Guizhou, a county 2009 text: five old-era parts, 五、存在的主要问题 with problems only, no plans
T = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "存在的主要问题",
]
K = ["overview", "proactive", "requests", "appeals", "problems"]
B = old(K, "县政府", 2009)
B[4] = ["部分部门对政府信息公开工作认识不足，公开内容不够全面，更新不够及时。"]
add(
    "b13-gz-jianhe-2009-problems-only-no-plans",
    lines(
        report(["剑河县人民政府2009年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)
    ),
    ("剑河县人民政府", "county", "贵州省", "黔东南苗族侗族自治州", "剑河县", 2009),
    K,
    T,
    plans=False,
)

# b14. Hubei, a city 2022 text: part 五 存在的主要问题及改进情况 only reports what was done about last year's problems
T = [*T6[:4], "存在的主要问题及改进情况", T6[5]]
B = with_five(
    body21("市政府", 2022, 3012, 66),
    [
        "上年度报告指出的政策解读形式单一问题，本年度已通过推出图解、视频解读等方式完成整改。本年度未发现新的突出问题。"
    ],
)
add(
    "b14-hb-yichang-2022-improvements-done-no-plans",
    lines(
        report(["宜昌市人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)
    ),
    ("宜昌市人民政府", "city", "湖北省", "宜昌市", None, 2022),
    K6,
    T,
    plans=False,
)

# b15. Jilin, a city 2019 text: inside part 一 a list numbered 一、二、三、 (its 二、 has the next part's number)
B = with_five(
    body21("市政府", 2019, 2468, 29),
    ["公开平台的集约化程度不高。2020年，市政府将推进政府网站集约化。"],
)
B[0] = [
    B[0][0],
    "全年重点做了以下工作：",
    "一、完善了政务公开制度体系；",
    "二、规范了政府信息公开申请办理；",
    "三、加强了政策解读和回应关切。",
]
add(
    "b15-jl-tonghua-2019-list-in-part-one",
    lines(
        report(["通化市人民政府2019年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B)
    ),
    ("通化市人民政府", "city", "吉林省", "通化市", None, 2019),
    K6,
    T6,
)

# b16. Hebei, a county 2020 text hard-wrapped at 20: lines opening with 一、二季度 and “一、总体情况”部分 (no heads)
B = with_five(
    body21("县政府", 2020, 1624, 14),
    ["部分单位公开不够及时。2021年，县政府将实行政务公开季度通报。"],
)
B[1] = [
    B[1][0] + "其中一季度公开312条，二季度公开405条；全年按季度发布重点领域信息，",
    "一、二季度发布数量较上年增长18%。",
]
B[5] = [
    "本报告“一、总体情况”部分所列数据均来源于县政府门户网站。",
    "“一、总体情况”部分统计期限与报告期一致。",
]
add(
    "b16-he-luanping-2020-series-and-quoted-part",
    lines(
        report(["滦平县人民政府2020年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B)
    ),
    ("滦平县人民政府", "county", "河北省", "承德市", "滦平县", 2020),
    K6,
    T6,
)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES29, out)


if __name__ == "__main__":
    write()
