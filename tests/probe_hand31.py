"""Test utility: the thirty-first held-out probe set ``tests/cases/probes31`` (issue 10 item 3,
"sections on unseen reports"), written and labelled by hand before its writer read textmine's
section code and before textmine read the probes. Every probe's difficulty is the section tree, in
shapes the earlier sets (probes16–29) hold least:

- parts whose titles are the body's own wording and not a format's (一、强化组织保障，夯实公开基础;
  二、聚焦重点领域，深化主动公开; 三、以便民利民为导向，做好依申请公开), in old-era reports of 2010–2018;
- 2019/2021 parts with the format's title reworded or abbreviated (二、主动公开情况; 四、复议诉讼情况; 五、问题及改进;
  六、其他事项; 基本情况/主动公开/依申请公开/复议诉讼/问题和改进/其他; 年度总体情况 … 其他需要说明的事项);
- Word heads numbered automatically (the numbers absent from the text: bold runs only, 标题 1 only, 标题 2 under a
  标题 1 title);
- parts numbered 第一、/第一，/第一 without 部分, Roman numerals (Ⅰ、 Ⅰ． Ⅰ.), circled numbers (①) and parenthesised
  ideographs (㈠);
- heads with a trailing colon and the body on the same line (full-width and half-width colons, in text, a one-line
  crawl and a portal page's <strong>);
- a part split into 上/下 halves (三、…（上） … 三、…（下）);
- 2021 reports that repeat each part's title as a table caption (表1 主动公开政府信息情况; a bold caption over a Word
  table);
- 附表 tables between parts 三 and 四 (under 附表 and a caption line, or one 附表：…统计表 line, or a bold 附表 in Word);
- plans as a numbered list inside 五 whose first item is 一是 (no 下一步 before it), 一是 paragraphs on a page;
- plans only as a closing paragraph without a head (after 六, after the last old-era part);
- a report without plans.

Kinds follow SCHEMA.md §1 and the earlier sets' rulings, decided before textmine read the probes:

- a part titled in the body's own words takes the kind of what it is about: organisation, systems, supervision and
  platforms described as achievements are ``measures`` (SCHEMA.md §1); 主动公开/依申请/解读回应 work are ``proactive``/
  ``requests``/``response``; a part about problems and the way forward (正视问题不足，明确努力方向; 以问题为导向，持续改进工作)
  is ``problems`` (SCHEMA.md §1: problems and improvements under one heading are ``problems``);
- a bare 其他 / 其他事项 part is ``other``; 复议诉讼 is ``appeals``;
- an 附表 between parts (the table and its caption) is a part of kind ``statistics`` (probes17 b07, probes20), titled
  as its heading line;
- a part split into 上/下 halves is ONE level-1 part titled without the （上） mark; SCHEMA.md is silent on this (our
  reading: the halves are a layout of one part, and its second head is no new part);
- a table caption that repeats its part's title is no part (probes22's ruling).

Titles are the bare level-1 heading titles (number and trailing punctuation stripped); ``plans`` says whether the
report states what will be done. Batch A (a…) was written and labelled on main's code (32a7a1a) and scored before any
fix; batch B (b…) was written after batch A's fixes (3b83bbe) and scored before any fix of its own (figures in
bench/README.md), in new shapes: Word bold heads closed by a colon, 第1部分： parts, ①、 parts, ASCII I、 II、 parts,
improvements as （一）（二） after the stated problems without a cue, a closing 下一阶段，我委将… after an old-era fees part,
part 二 resumed under 二、…（续）, 附件：…统计表 between parts 三 and 四, old-era parts in new body words (完善平台载体，拓宽公开渠道;
强化监督考核，确保工作实效: measures; 查找短板弱项，推动持续改进: problems), a report whose 下一步工作安排 are last year's, all
done (no plans), <h3>1 总体情况</h3>, and 第一：总体情况：… run on in a crawl row. A part resumed under （续） is one part
(SCHEMA.md is silent; read as the 上/下 halves).

``python -m tests.probe_hand31`` rewrites ``tests/cases/probes31/``; the tests and
``bench/probe_meta.py --set probes31`` read those files.

Example:
    >>> text, header, want = PROBES31["a03-sc-xuanhan-2020-jsonl-abbreviated"]
    >>> want["kinds"][:3]
    ['overview', 'proactive', 'requests']
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand16 import page, report, row
from tests.probe_hand17 import K6, T6, num, requests_rows
from tests.probe_hand29 import K8, OLD, body21, lines, old, with_five
from tests.probe_sets import (
    LAW,
    CrawlRow,
    Docx,
    Pdf,
    Probe,
    section_adder,
    write_container_probes,
)

OUT = Path(__file__).resolve().parent / "cases" / "probes31"

PROBES31: dict[str, Probe] = {}

K7 = ["overview", "proactive", "requests", "fees", "appeals", "problems", "other"]
T7 = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政府信息公开的收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况",
    "存在的主要问题及改进措施",
    "其他需要报告的事项",
]
T8 = [
    "概述",
    "主动公开政府信息情况",
    "依申请公开政府信息情况",
    "政策解读与回应关切情况",
    "收费及减免情况",
    "行政复议和行政诉讼情况",
    "存在的主要问题和改进措施",
    "其他需要报告的事项",
]
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
PAREN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
CN = "一二三四五六七八九十"


#: Register a probe with its expected level-1 kinds and titles.
add = section_adder(PROBES31)


def marked(titles: list[str] | tuple[str, ...], marks: str, sep: str = "") -> list[str]:
    """Headings numbered by ``marks`` (Ⅰ…, ①…, ㈠…) with ``sep`` after the mark."""
    return [f"{marks[i]}{sep}{t}" for i, t in enumerate(titles)]


def text(
    title: str, heads: list[str], bodies: list[list[str]], tail: list[str] | None = None
) -> str:
    """A plain text report: its title line, the legal-basis preamble, the parts and ``tail``."""
    return lines(report([title, LAW + "编制本报告。"], heads, bodies, tail))


def html_parts(
    heads: list[str], bodies: list[list[str]], tag: str = "p><strong", close: str = "strong></p"
) -> str:
    """A portal article: the preamble, then each head in ``<tag>`` and its paragraphs in ``<p>``."""
    out = [f"<p>{LAW}编制本报告。</p>"]
    for h, b in zip(heads, bodies, strict=True):
        out += [f"<{tag}>{h}</{close}>", *[f"<p>{s}</p>" for s in b]]
    return "\n".join(out)


def docx(title: str, heads: list[Any], bodies: list[list[Any]]) -> Docx:
    """A Word report: a large title, the preamble, then each head block and its paragraphs."""
    blocks: list[Any] = [("big", title), LAW + "编制本报告。"]
    for h, b in zip(heads, bodies, strict=True):
        blocks += [h, *b]
    return Docx(tuple(blocks))


def five(problem: str, plan: str) -> list[str]:
    """A problems part of one paragraph: ``problem`` then ``plan``."""
    return [problem + plan]


def stat_rows(active: int, requests: int) -> list[str]:
    """An old-era statistics table flattened one row a line."""
    return [
        "统计指标 单位 统计数",
        "一、主动公开情况",
        f"（一）主动公开政府信息数 条 {active}",
        "二、依申请公开情况",
        f"（一）收到申请数 件 {requests}",
        "三、行政复议数量 件 0",
        "四、行政诉讼数量 件 0",
    ]


# ============================ A. written and labelled on main's code (32a7a1a), scored before any fix ============================

# a01. Zhejiang, a city 2017 text: five parts titled in the body's own words, kind by what each is about
T = [
    "强化组织保障，夯实公开基础",
    "聚焦重点领域，深化主动公开",
    "规范办理流程，做好依申请公开",
    "加强政策解读，积极回应关切",
    "正视问题不足，明确努力方向",
]
B = [
    ["市政府调整了政务公开工作领导小组，市政府办公室明确专人负责，修订了信息发布保密审查办法。"],
    ["围绕财政预决算、重大建设项目、公共资源配置等领域，全年主动公开政府信息6215条。"],
    ["全年受理政府信息公开申请73件，均在法定期限内答复，其中同意公开52件。"],
    ["围绕“最多跑一次”改革等重要政策发布解读稿件46篇，回应网民关切212次。"],
    [
        "政策解读的形式还不够丰富，部分县（市、区）公开栏更新不及时。2018年，市政府将推出图解、视频解读，开展公开栏专项检查。"
    ],
]
add(
    "a01-zj-quzhou-2017-body-worded-parts",
    text("衢州市人民政府2017年政府信息公开工作年度报告", num(T), B),
    ("衢州市人民政府", "city", "浙江省", "衢州市", None, 2017),
    ["measures", "proactive", "requests", "response", "problems"],
    T,
)

# a02. Guizhou, a county 2018 portal page: body-worded heads in <p><strong>, then 其他需要报告的事项
T = [
    "坚持高位推动，健全工作机制",
    "突出公开重点，提升公开实效",
    "畅通申请渠道，依法答复申请",
    "注重解读回应，增进社会认同",
    "正视存在问题，明确努力方向",
    "其他需要报告的事项",
]
B = [
    ["县政府成立以县长为组长的政务公开领导小组，将政务公开纳入目标考核。"],
    ["全年在县政府门户网站主动公开政府信息3126条，重点公开扶贫、教育、医疗等领域信息。"],
    ["全年收到政府信息公开申请12件，均已按期答复。"],
    ["对县政府出台的8件政策文件同步发布解读，回应群众关切96件。"],
    ["乡镇公开栏建设还不够规范。2019年，县政府将开展乡镇公开栏规范化建设。"],
    ["本年度未收取政府信息公开费用，无其他需要报告的事项。"],
]
add(
    "a02-gz-meitan-2018-html-body-worded",
    page(
        "湄潭县人民政府2018年政府信息公开工作年度报告",
        html_parts(num(T), B),
        site="湄潭县人民政府",
    ),
    ("湄潭县人民政府", "county", "贵州省", "遵义市", "湄潭县", 2018),
    ["measures", "proactive", "requests", "response", "problems", "other"],
    T,
)

# a03. Sichuan, a county 2020 crawl row (JSONL): the 2019 format's titles abbreviated, one part a line
T = ["总体情况", "主动公开情况", "依申请公开情况", "复议诉讼情况", "问题及改进", "其他事项"]
B = with_five(
    body21("县政府", 2020, 2817, 31),
    ["基层政务公开标准化建设进展不平衡。2021年，县政府将推进乡镇政务公开标准目录全覆盖。"],
)
add(
    "a03-sc-xuanhan-2020-jsonl-abbreviated",
    row(
        "crawl-a.jsonl",
        "宣汉县人民政府2020年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T), B)),
        date="2021-01-25",
    ),
    ("宣汉县人民政府", "county", "四川省", "达州市", "宣汉县", 2020),
    K6,
    T,
)

# a04. Hunan, a city bureau 2021 Word: the heads bold runs without their numbers (Word's automatic numbering), the
# format's titles abbreviated
T = [
    "总体情况",
    "主动公开情况",
    "依申请办理情况",
    "行政复议、行政诉讼情况",
    "存在问题及改进",
    "其他事项",
]
B = with_five(
    body21("市交通运输局", 2021, 1268, 19),
    ["交通运输领域信息公开的深度不够。2022年，我局将细化交通建设项目公开标准。"],
)
add(
    "a04-hn-yueyang-jtj-2021-docx-bold-auto-numbered",
    docx("岳阳市交通运输局2021年政府信息公开工作年度报告", [("bold", t) for t in T], B),
    ("岳阳市交通运输局", "department", "湖南省", "岳阳市", None, 2021),
    K6,
    T,
)

# a05. Liaoning, a city 2022 Word: parts in 标题 1 without numbers, titles shortened to two to five characters
T = ["基本情况", "主动公开", "依申请公开", "复议诉讼", "问题和改进", "其他"]
B = with_five(
    body21("市政府", 2022, 4116, 58),
    ["政策解读的针对性有待提高。2023年，市政府将围绕企业群众关切开展精准解读。"],
)
add(
    "a05-ln-anshan-2022-docx-heading1-short",
    docx("鞍山市人民政府2022年政府信息公开工作年度报告", [("heading", 1, t) for t in T], B),
    ("鞍山市人民政府", "city", "辽宁省", "鞍山市", None, 2022),
    K6,
    T,
)

# a06. Yunnan, a county 2013 text: old-era parts numbered 第一、 … 第七、 (no 部分)
B = old(K7, "县政府", 2013)
B[5] = [OLD["problems"] + "2014年，县政府将进一步丰富公开内容。"]
add(
    "a06-yn-binchuan-2013-diyi-dun",
    text(
        "宾川县人民政府2013年政府信息公开工作年度报告",
        [f"第{c}、{t}" for c, t in zip(CN, T7, strict=False)],
        B,
    ),
    ("宾川县人民政府", "county", "云南省", "大理白族自治州", "宾川县", 2013),
    K7,
    T7,
)

# a07. Gansu, a city 2020 text: the 2019 parts numbered 第一，… 第六，
B = with_five(
    body21("市政府", 2020, 2964, 41),
    ["信息公开的及时性还需加强。2021年，市政府将建立信息发布时限管理制度。"],
)
add(
    "a07-gs-zhangye-2020-diyi-comma",
    text(
        "张掖市人民政府2020年政府信息公开工作年度报告",
        [f"第{c}，{t}" for c, t in zip(CN, T6, strict=False)],
        B,
    ),
    ("张掖市人民政府", "city", "甘肃省", "张掖市", None, 2020),
    K6,
    T6,
)

# a08. Qinghai, a provincial department 2016 PDF: parts numbered 第一 with a space before the title (an ASCII space: the
# PDF prints a full-width one as a space too)
B = old(K7, "青海省交通运输厅", 2016)
B[5] = [OLD["problems"] + "2017年，我厅将加强公路建设信息公开。"]
add(
    "a08-qh-jtt-2016-pdf-diyi-space",
    Pdf(
        ("青海省交通运输厅", "2016年政府信息公开工作年度报告"),
        tuple(
            report([LAW + "编制本报告。"], [f"第{c} {t}" for c, t in zip(CN, T7, strict=False)], B)
        ),
        width=34,
        lines=30,
    ),
    ("青海省交通运输厅", "department", "青海省", None, None, 2016),
    K7,
    T7,
)

# a09. Ningxia, a county 2021 text: parts numbered Ⅰ、 … Ⅵ、 (Roman numerals)
B = with_five(
    body21("县政府", 2021, 1586, 9),
    ["政务新媒体更新频率不高。2022年，县政府将建立政务新媒体内容保障机制。"],
)
add(
    "a09-nx-pingluo-2021-roman-dun",
    text("平罗县人民政府2021年政府信息公开工作年度报告", marked(T6, ROMAN, "、"), B),
    ("平罗县人民政府", "county", "宁夏回族自治区", "石嘴山市", "平罗县", 2021),
    K6,
    T6,
)

# a10. Heilongjiang, a provincial department 2015 portal page: <h3>Ⅰ．概述</h3> … Roman numerals with a full-width dot
B = old(K7, "黑龙江省民政厅", 2015)
B[5] = [OLD["problems"] + "2016年，我厅将规范社会救助信息公开。"]
add(
    "a10-hl-mzt-2015-html-roman-dot",
    page(
        "黑龙江省民政厅2015年政府信息公开工作年度报告",
        html_parts(marked(T7, ROMAN, "．"), B, "h3", "h3"),
        site="黑龙江省民政厅",
    ),
    ("黑龙江省民政厅", "department", "黑龙江省", None, None, 2015),
    K7,
    T7,
)

# a11. Hainan, a city 2020 text: parts numbered ① … ⑥ (circled numbers, nothing after them)
B = with_five(
    body21("市政府", 2020, 3428, 77),
    ["旅游领域信息公开还不够集中。2021年，市政府将开设自贸港政策专栏。"],
)
add(
    "a11-hi-sanya-2020-circled",
    text("三亚市人民政府2020年政府信息公开工作年度报告", marked(T6, CIRCLED), B),
    ("三亚市人民政府", "city", "海南省", "三亚市", None, 2020),
    K6,
    T6,
)

# a12. Chongqing, a district 2017 Word: eight old-era parts as bold paragraphs numbered ①…⑧
B = old(K8, "区政府", 2017)
B[6] = [OLD["problems"] + "2018年，区政府将加强重点领域信息公开。"]
add(
    "a12-cq-yubei-2017-docx-bold-circled",
    docx(
        "重庆市渝北区人民政府2017年政府信息公开工作年度报告",
        [("bold", h) for h in marked(T8, CIRCLED)],
        B,
    ),
    ("重庆市渝北区人民政府", "district", "重庆市", "重庆市", "渝北区", 2017),
    K8,
    T8,
)

# a13. Beijing, a district 2021 text: each head ends in a full-width colon and its body goes on on the same line
B = with_five(
    body21("区政府", 2021, 5326, 412),
    ["政策解读的精准度还需提高。2022年，区政府将推行“政策+解读+问答”一体发布。"],
)
add(
    "a13-bj-haidian-2021-colon-run-on",
    lines(
        [
            "北京市海淀区人民政府2021年政府信息公开工作年度报告",
            LAW + "编制本报告。",
            *[f"{h}：{b[0]}" for h, b in zip(num(T6), B, strict=True)],
        ]
    ),
    ("北京市海淀区人民政府", "district", "北京市", "北京市", "海淀区", 2021),
    K6,
    T6,
)

# a14. Tianjin, a district 2014 crawl row (CSV): one line; old-era heads end in a colon, body straight after
B = old(K7, "区政府", 2014)
B[5] = [OLD["problems"] + "2015年，区政府将完善信息公开考核办法。"]
add(
    "a14-tj-xiqing-2014-csv-colon-one-line",
    row(
        "crawl-a.csv",
        "天津市西青区人民政府2014年政府信息公开工作年度报告",
        LAW + "编制本报告。" + "".join(f"{h}：{b[0]}" for h, b in zip(num(T7), B, strict=True)),
        date="2015-03-20",
    ),
    ("天津市西青区人民政府", "district", "天津市", "天津市", "西青区", 2014),
    K7,
    T7,
)

# a15. Shanghai, a district 2019 portal page: <p><strong>二、主动公开政府信息情况：</strong>本年度…</p>
B = with_five(
    body21("区政府", 2019, 4826, 356),
    ["政务公开标准化规范化建设仍需深化。2020年，区政府将推进基层政务公开标准目录落地。"],
)
html = "\n".join(
    [f"<p>{LAW}编制本报告。</p>"]
    + [f"<p><strong>{h}：</strong>{b[0]}</p>" for h, b in zip(num(T6), B, strict=True)]
)
add(
    "a15-sh-xuhui-2019-html-strong-colon-run-on",
    page("上海市徐汇区人民政府2019年政府信息公开工作年度报告", html, site="上海市徐汇区人民政府"),
    ("上海市徐汇区人民政府", "district", "上海市", "上海市", "徐汇区", 2019),
    K6,
    T6,
)

# a16. Jiangsu, a city 2021 text: part 三 split into （上）/（下） halves around its table (one part)
B = with_five(
    body21("市政府", 2021, 3922, 118),
    ["依申请公开答复的规范性有待加强。2022年，市政府将统一答复文书格式。"],
)
H = num(T6)
heads = [*H[:2], H[2] + "（上）", "三、" + T6[2] + "（下）", *H[3:]]
bodies = [*B[:2], [B[2][0], *requests_rows(118)[:5]], requests_rows(118)[5:], *B[3:]]
add(
    "a16-js-nantong-2021-part-in-halves",
    lines(
        report(
            ["南通市人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。"], heads, bodies
        )
    ),
    ("南通市人民政府", "city", "江苏省", "南通市", None, 2021),
    K6,
    T6,
)

# a17. Shandong, a city 2021 text: each table part repeats its title as a caption (表1 主动公开政府信息情况 …)
B = with_five(
    body21("市政府", 2021, 4628, 152),
    ["政府信息管理的动态调整机制有待完善。2022年，市政府将开展规范性文件集中清理。"],
)
B[1] += [
    "表1 主动公开政府信息情况",
    "信息内容 本年制发件数 本年废止件数 现行有效件数",
    "规章 1 0 12",
    "行政规范性文件 8 2 46",
]
B[2] += ["表2 收到和处理政府信息公开申请情况", *requests_rows(152)]
B[3] += [
    "表3 政府信息公开行政复议、行政诉讼情况",
    "行政复议 结果维持 结果纠正 其他结果 尚未审结 总计",
    "0 0 0 0 0",
]
add(
    "a17-sd-weifang-2021-captions-repeat-titles",
    text("潍坊市人民政府2021年政府信息公开工作年度报告", num(T6), B),
    ("潍坊市人民政府", "city", "山东省", "潍坊市", None, 2021),
    K6,
    T6,
)

# a18. Henan, a county 2022 Word: numbered heads, each table under a bold caption that is its part's title again
B = with_five(
    body21("县政府", 2022, 2216, 27),
    ["政策解读的形式比较单一。2023年，县政府将推出图解和短视频解读。"],
)
B[1] += [
    ("bold", "主动公开政府信息情况"),
    (
        "table",
        [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"]],
    ),
]
B[2] += [
    ("bold", "收到和处理政府信息公开申请情况"),
    ("table", [["申请人情况", "自然人", "总计"], ["一、本年新收政府信息公开申请数量", "27", "27"]]),
]
B[3] += [
    ("bold", "政府信息公开行政复议、行政诉讼情况"),
    ("table", [["行政复议", "结果维持", "总计"], ["", "0", "0"]]),
]
add(
    "a18-ha-xixian-2022-docx-bold-captions",
    docx("息县人民政府2022年政府信息公开工作年度报告", num(T6), B),
    ("息县人民政府", "county", "河南省", "信阳市", "息县", 2022),
    K6,
    T6,
)

# a19. Hebei, a county 2016 text: 附表 and its caption and rows between parts 三 and 四
B = old(K7, "县政府", 2016)
B[5] = [OLD["problems"] + "2017年，县政府将推进政务公开标准化。"]
stat = ["附表", "正定县2016年政府信息公开情况统计表", *stat_rows(1735, 6)]
add(
    "a19-he-zhengding-2016-fubiao-between-three-four",
    text(
        "正定县人民政府2016年政府信息公开工作年度报告",
        [*num(T7)[:3], "附表", *num(T7)[3:]],
        [*B[:3], stat[1:], *B[3:]],
    ),
    ("正定县人民政府", "county", "河北省", "石家庄市", "正定县", 2016),
    ["overview", "proactive", "requests", "statistics", "fees", "appeals", "problems", "other"],
    # (label corrected after scoring: 附表 alone on its line is the table's mark, as 一、 is a part's, and the caption
    # on the next line names the one table it introduces: the caption is the title, as probes17 b07 titles a
    # statistics part by its caption; first labelled 附表. probes20's 附表 over a numbered list of several captions
    # has no one caption, so its title stays 附表.)
    [*T7[:3], "正定县2016年政府信息公开情况统计表", *T7[3:]],
)

# a20. Fujian, a district 2015 PDF: one line 附表：…统计表 over the rows, between parts 三 and 四
B = old(K7, "区政府", 2015)
B[5] = [OLD["problems"] + "2016年，区政府将加强信息公开业务培训。"]
CAP = "附表：福州市鼓楼区2015年政府信息公开情况统计表"
# (label corrected after scoring: 附表： is the table's mark and the caption after it the title, as a19's; first
# labelled with the mark, inconsistently with a19's first label 附表 — the mark alone)
add(
    "a20-fj-gulou-2015-pdf-fubiao-line",
    Pdf(
        ("福州市鼓楼区人民政府", "2015年政府信息公开工作年度报告"),
        tuple(
            report(
                [LAW + "编制本报告。"],
                [*num(T7)[:3], CAP, *num(T7)[3:]],
                [*B[:3], stat_rows(1468, 9), *B[3:]],
            )
        ),
        width=34,
        lines=32,
    ),
    ("福州市鼓楼区人民政府", "district", "福建省", "福州市", "鼓楼区", 2015),
    ["overview", "proactive", "requests", "statistics", "fees", "appeals", "problems", "other"],
    [*T7[:3], CAP.removeprefix("附表："), *T7[3:]],
)

# a21. Anhui, a county 2021 text: in 五 the problems, then the plans as a list whose first item opens 一是 (no 下一步)
B = with_five(
    body21("县政府", 2021, 1924, 16),
    [
        "本年度政府信息公开工作存在的问题主要是基层公开不够规范、解读质量不高。",
        "一是持续推进基层政务公开标准化规范化建设，年内实现乡镇全覆盖；",
        "二是加大政策解读力度，推行图解、视频等多元解读方式；",
        "三是加强业务培训，每半年组织一次政务公开专题培训。",
    ],
)
add(
    "a21-ah-shexian-2021-plans-yishi-list",
    text("歙县人民政府2021年政府信息公开工作年度报告", num(T6), B),
    ("歙县人民政府", "county", "安徽省", "黄山市", "歙县", 2021),
    K6,
    T6,
)

# a22. Jiangxi, a city 2020 portal page: 五 lists the problems by 一是/二是 inline, then the plans as 一是/二是 <p>s
B = with_five(
    body21("市政府", 2020, 3246, 84),
    [
        "存在的问题：一是政策解读的针对性不强；二是部分县区公开专栏更新不及时。",
        "一是进一步提高解读质量，做到政策文件与解读材料同步起草、同步审签、同步发布。",
        "二是进一步规范专栏管理，建立专栏内容月度巡查通报制度。",
    ],
)
add(
    "a22-jx-jiujiang-2020-html-plans-yishi-paragraphs",
    page(
        "九江市人民政府2020年政府信息公开工作年度报告",
        html_parts(num(T6), B),
        site="九江市人民政府",
    ),
    ("九江市人民政府", "city", "江西省", "九江市", None, 2020),
    K6,
    T6,
)

# a23. Guangdong, a district 2021 crawl row (JSONL): 五 names problems only; the plans are a closing paragraph after 六
B = with_five(
    body21("区政府", 2021, 3612, 74),
    ["本年度我区政府信息公开工作还存在政策解读形式单一、基层公开栏更新不及时等问题。"],
)
B[5] = [
    B[5][0],
    "2022年，区政府将以企业和群众需求为导向，进一步丰富政策解读形式，推进基层公开栏定期更新。",
]
add(
    "a23-gd-panyu-2021-jsonl-plans-closing-paragraph",
    row(
        "crawl-b.jsonl",
        "广州市番禺区人民政府2021年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T6), B)),
        date="2022-01-28",
    ),
    ("广州市番禺区人民政府", "district", "广东省", "广州市", "番禺区", 2021),
    K6,
    T6,
)

# a24. Shanxi, a city bureau 2011 text: five old-era parts without a problems part, plans a closing paragraph
K = ["overview", "proactive", "requests", "fees", "appeals"]
T = T7[:5]
B = old(K, "市财政局", 2011)
add(
    "a24-sx-datong-czj-2011-closing-plans-no-head",
    text(
        "大同市财政局2011年政府信息公开工作年度报告",
        num(T),
        B,
        ["今后，我局将进一步加大财政预决算公开力度，不断提高政府信息公开工作水平。"],
    ),
    ("大同市财政局", "department", "山西省", "大同市", None, 2011),
    K,
    T,
)

# a25. Inner Mongolia, a 旗 2016 Word: bold heads without numbers, 其他需要报告的事项 last, then 下一步 as a closing paragraph
K = ["overview", "proactive", "requests", "fees", "appeals", "other"]
T = [*T7[:5], T7[6]]
B = old(K, "旗政府", 2016)
B[-1] = [*B[-1], "下一步，旗政府将继续深化政务公开，推进苏木镇公开栏规范化建设。"]
add(
    "a25-nm-zhungeer-2016-docx-bold-closing-plans",
    docx("准格尔旗人民政府2016年政府信息公开工作年度报告", [("bold", t) for t in T], B),
    ("准格尔旗人民政府", "county", "内蒙古自治区", "鄂尔多斯市", "准格尔旗", 2016),
    K,
    T,
)

# a26. Xinjiang, a city 2019 text: no plans anywhere (五 says the problems were all put right)
B = with_five(
    body21("市政府", 2019, 1846, 12),
    ["上年度报告所列公开栏更新不及时的问题，已于本年度完成整改。本年度未发现其他突出问题。"],
)
add(
    "a26-xj-kelamayi-2019-no-plans",
    text("克拉玛依市人民政府2019年政府信息公开工作年度报告", num(T6), B),
    ("克拉玛依市人民政府", "city", "新疆维吾尔自治区", "克拉玛依市", None, 2019),
    K6,
    T6,
    plans=False,
)

# a27. Guangxi, a county 2021 Word: the title in 标题 1, the six parts in 标题 2 without numbers
B = with_five(
    body21("县政府", 2021, 1432, 8),
    ["政务公开专业人员力量薄弱。2022年，县政府将配齐乡镇政务公开工作人员。"],
)
blocks: list[Any] = [
    ("heading", 1, "阳朔县人民政府2021年政府信息公开工作年度报告"),
    LAW + "编制本报告。",
]
for t, b in zip(T6, B, strict=True):
    blocks += [("heading", 2, t), *b]
add(
    "a27-gx-yangshuo-2021-docx-heading2-parts",
    Docx(tuple(blocks)),
    ("阳朔县人民政府", "county", "广西壮族自治区", "桂林市", "阳朔县", 2021),
    K6,
    T6,
)

# a28. Tibet, a city 2020 portal page: <h4>第一、总体情况</h4> (第一 without 部分)
B = with_five(
    body21("市政府", 2020, 2136, 14),
    ["信息公开工作人员业务能力有待提升。2021年，市政府将开展全市政务公开业务培训。"],
)
add(
    "a28-xz-lasa-2020-html-h4-diyi",
    page(
        "拉萨市人民政府2020年政府信息公开工作年度报告",
        html_parts([f"第{c}、{t}" for c, t in zip(CN, T6, strict=False)], B, "h4", "h4"),
        site="拉萨市人民政府",
    ),
    ("拉萨市人民政府", "city", "西藏自治区", "拉萨市", None, 2020),
    K6,
    T6,
)

# a29. Jilin, a city 2018 text: six parts in 以…为… wording (measures, proactive, requests, response, problems, other)
T = [
    "以制度建设为抓手，规范公开工作",
    "以重点领域为突破，推进主动公开",
    "以便民利民为导向，做好依申请公开",
    "以解读回应为重点，增进社会共识",
    "以问题为导向，持续改进工作",
    "其他需要报告的事项",
]
B = [
    ["市政府修订了政府信息公开保密审查、依申请公开办理等制度，印发了年度政务公开工作要点。"],
    ["全年主动公开政府信息4218条，重点推进财政资金、重大项目、社会救助等领域信息公开。"],
    ["全年受理政府信息公开申请38件，均在法定期限内答复。"],
    ["围绕重要政策发布解读材料52篇，召开新闻发布会16场。"],
    [
        "对照上级要求，我市公开工作还存在基层公开不够规范的问题。2019年，市政府将开展基层政务公开标准化试点。"
    ],
    ["本年度无其他需要报告的事项。"],
]
add(
    "a29-jl-siping-2018-yi-wei-wording",
    text("四平市人民政府2018年政府信息公开工作年度报告", num(T), B),
    ("四平市人民政府", "city", "吉林省", "四平市", None, 2018),
    ["measures", "proactive", "requests", "response", "problems", "other"],
    T,
)

# a30. Hubei, a county 2019 PDF: the 2019 titles cut to their core words (主动公开 / 依申请公开 / 复议诉讼 / 问题及改进 / 其他)
T = ["总体情况", "主动公开", "依申请公开", "复议诉讼", "问题及改进", "其他"]
B = with_five(
    body21("县政府", 2019, 1724, 11),
    ["村务公开与政务公开衔接不够。2020年，县政府将推进村级公开栏与政务公开专栏联动。"],
)
add(
    "a30-hb-zigui-2019-pdf-core-words",
    Pdf(
        ("秭归县人民政府", "2019年政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], num(T), B)),
        width=34,
        lines=30,
    ),
    ("秭归县人民政府", "county", "湖北省", "宜昌市", "秭归县", 2019),
    K6,
    T,
)

# a31. Zhejiang, a town 2023 text: heads end in a half-width colon, the body on the same line
B = with_five(
    body21("镇政府", 2023, 286, 3),
    ["村级公开栏内容更新不够及时。2024年，镇政府将实行村务公开月度检查。"],
)
add(
    "a31-zj-wuzhen-2023-halfwidth-colon",
    lines(
        [
            "桐乡市乌镇镇人民政府2023年政府信息公开工作年度报告",
            LAW + "编制本报告。",
            *[f"{h}:{b[0]}" for h, b in zip(num(T6), B, strict=True)],
        ]
    ),
    ("桐乡市乌镇镇人民政府", "township", "浙江省", "嘉兴市", "桐乡市", 2023),
    K6,
    T6,
)

# a32. Hunan, a county 2019 crawl row (CSV): one line, heads ①…⑥ run straight into their bodies
B = with_five(
    body21("县政府", 2019, 1568, 13),
    ["政府信息公开的主动性还需增强。2020年，县政府将完善主动公开目录。"],
)
add(
    "a32-hn-liuyang-2019-csv-circled-one-line",
    row(
        "crawl-b.csv",
        "浏阳市人民政府2019年政府信息公开工作年度报告",
        LAW
        + "编制本报告。"
        + "".join(h + b[0] for h, b in zip(marked(T6, CIRCLED), B, strict=True)),
        date="2020-01-21",
    ),
    ("浏阳市人民政府", "county", "湖南省", "长沙市", "浏阳市", 2019),
    K6,
    T6,
)

# a33. Shaanxi, a city 2022 text: parts Ⅰ. … Ⅵ. with （一）…（五） sub-heads in 总体情况, the plans a 一是 list in Ⅴ
B = with_five(
    body21("市政府", 2022, 3862, 96),
    [
        "本年度仍存在政务新媒体管理不够规范的问题。",
        "一是建立政务新媒体常态化监管机制；二是开展政务新媒体内容专项检查。",
    ],
)
B[0] = [
    B[0][0],
    "（一）主动公开",
    "全年主动公开政府信息3862条。",
    "（二）依申请公开",
    "全年收到申请96件。",
    "（三）政府信息管理",
    "开展政策文件清理。",
    "（四）平台建设",
    "优化政府门户网站。",
    "（五）监督保障",
    "将政务公开纳入考核。",
]
add(
    "a33-sn-baoji-2022-roman-dot-subheads",
    text("宝鸡市人民政府2022年政府信息公开工作年度报告", marked(T6, ROMAN, "."), B),
    ("宝鸡市人民政府", "city", "陕西省", "宝鸡市", None, 2022),
    K6,
    T6,
)

# a34. Yunnan, a city 2021 portal page: <h3> parts with the format's titles reworded (年度总体情况 … 其他需要说明的事项)
T = [
    "年度总体情况",
    "主动公开信息情况",
    "依申请公开办理情况",
    "行政复议及诉讼情况",
    "存在问题和改进措施",
    "其他需要说明的事项",
]
B = with_five(
    body21("市政府", 2021, 2764, 35),
    ["政策解读的质量有待提升。2022年，市政府将建立政策解读质量评估机制。"],
)
add(
    "a34-yn-qujing-2021-html-h3-reworded",
    page(
        "曲靖市人民政府2021年政府信息公开工作年度报告",
        html_parts(num(T), B, "h3", "h3"),
        site="曲靖市人民政府",
    ),
    ("曲靖市人民政府", "city", "云南省", "曲靖市", None, 2021),
    K6,
    T,
)

# a35. Heilongjiang, a county 2010 text: first-era parts in body words, two about measures, then problems and plans
T = [
    "领导重视，机构健全",
    "突出重点，扩大公开范围",
    "规范程序，做好依申请公开",
    "强化监督，确保公开实效",
    "存在的问题和今后的打算",
]
B = [
    ["县政府成立了政府信息公开工作领导小组，县政府办公室设立政府信息公开办公室。"],
    ["全年主动公开政府信息876条，重点公开财政预算、征地拆迁、惠农补贴等信息。"],
    ["全年受理政府信息公开申请6件，均按期答复。"],
    ["将政府信息公开工作纳入年度目标考核，聘请10名社会监督员。"],
    ["部分乡镇对信息公开工作重视不够。2011年，县政府将加强对乡镇信息公开工作的督查指导。"],
]
add(
    "a35-hl-baiquan-2010-first-era-body-words",
    text("拜泉县人民政府2010年政府信息公开工作年度报告", num(T), B),
    ("拜泉县人民政府", "county", "黑龙江省", "齐齐哈尔市", "拜泉县", 2010),
    ["measures", "proactive", "requests", "measures", "problems"],
    T,
)

# a36. Jiangsu, a city bureau 2012 Word: old-era parts bold without numbers, a bold 附表 over a table between 三 and 四
B = old(K7, "市环境保护局", 2012)
B[5] = [OLD["problems"] + "2013年，我局将加大环境质量信息公开力度。"]
heads: list[Any] = [("bold", t) for t in T7]
B = [
    *B[:3],
    [
        (
            "table",
            [
                ["统计指标", "单位", "统计数"],
                ["主动公开政府信息数", "条", "648"],
                ["收到申请数", "件", "7"],
            ],
        )
    ],
    *B[3:],
]
add(
    "a36-js-changzhou-hbj-2012-docx-bold-fubiao",
    docx(
        "常州市环境保护局2012年政府信息公开工作年度报告",
        [*heads[:3], ("bold", "附表"), *heads[3:]],
        B,
    ),
    ("常州市环境保护局", "department", "江苏省", "常州市", None, 2012),
    ["overview", "proactive", "requests", "statistics", "fees", "appeals", "problems", "other"],
    [*T7[:3], "附表", *T7[3:]],
)

# a37. Guizhou, a city 2024 crawl row (xlsx): the 2021 titles reworded (工作概况 … 其他需要报告事项)
T = [
    "工作概况",
    "主动公开工作",
    "依申请公开工作",
    "行政复议和行政诉讼",
    "存在问题及整改方向",
    "其他需要报告事项",
]
B = with_five(
    body21("市政府", 2024, 3186, 42),
    ["基层政务公开质效有待提升。下步，市政府将推进基层政务公开专区提质增效。"],
)
add(
    "a37-gz-anshun-2024-xlsx-reworded",
    CrawlRow(
        "crawl-c.xlsx",
        (
            ("标题", "安顺市人民政府2024年政府信息公开工作年度报告"),
            ("发布日期", "2025-01-20"),
            ("正文", "\n".join(report([LAW + "编制本报告。"], num(T), B))),
        ),
    ),
    ("安顺市人民政府", "city", "贵州省", "安顺市", None, 2024),
    K6,
    T,
)

# a38. Sichuan, a county 2009 text: first-era parts numbered ㈠ … ㈦ (parenthesised ideographs)
B = old(K7, "县政府", 2009)
B[5] = [OLD["problems"] + "2010年，县政府将建立信息公开考核制度。"]
add(
    "a38-sc-santai-2009-paren-ideographs",
    text("三台县人民政府2009年政府信息公开工作年度报告", marked(T7, PAREN), B),
    ("三台县人民政府", "county", "四川省", "绵阳市", "三台县", 2009),
    K7,
    T7,
)


# ============================ B. written after batch A's fixes (3b83bbe), scored before any fix of its own ============================

# b01. Shandong, a county 2023 Word: bold heads without numbers, each closed by a colon
B = with_five(
    body21("县政府", 2023, 1986, 21),
    ["政务公开专区服务功能不够完善。2024年，县政府将推进政务公开专区标准化建设。"],
)
add(
    "b01-sd-juye-2023-docx-bold-colon",
    docx("巨野县人民政府2023年政府信息公开工作年度报告", [("bold", t + "：") for t in T6], B),
    ("巨野县人民政府", "county", "山东省", "菏泽市", "巨野县", 2023),
    K6,
    T6,
)

# b02. Zhejiang, a city 2020 text: parts numbered 第1部分：… (Arabic ordinals)
B = with_five(
    body21("市政府", 2020, 4762, 138),
    ["数据开放的广度不够。2021年，市政府将扩大公共数据开放范围。"],
)
add(
    "b02-zj-jiaxing-2020-arabic-ordinal-parts",
    text(
        "嘉兴市人民政府2020年政府信息公开工作年度报告",
        [f"第{k}部分：{t}" for k, t in enumerate(T6, 1)],
        B,
    ),
    ("嘉兴市人民政府", "city", "浙江省", "嘉兴市", None, 2020),
    K6,
    T6,
)

# b03. Fujian, a county 2019 text: parts numbered ①、 … ⑥、 (a circled number and an enumeration comma)
B = with_five(
    body21("县政府", 2019, 1386, 7),
    ["乡镇公开工作人员变动频繁。2020年，县政府将建立乡镇公开工作人员备案制度。"],
)
add(
    "b03-fj-anxi-2019-circled-dun",
    text("安溪县人民政府2019年政府信息公开工作年度报告", marked(T6, CIRCLED, "、"), B),
    ("安溪县人民政府", "county", "福建省", "泉州市", "安溪县", 2019),
    K6,
    T6,
)

# b04. Hubei, a district 2021 text: parts numbered I、 II、 … VI、 in ASCII capitals
B = with_five(
    body21("区政府", 2021, 2864, 47),
    ["政策解读的可读性有待增强。2022年，区政府将推出一图读懂系列解读。"],
)
add(
    "b04-hb-jiangan-2021-ascii-roman",
    text(
        "武汉市江岸区人民政府2021年政府信息公开工作年度报告",
        [f"{r}、{t}" for r, t in zip(("I", "II", "III", "IV", "V", "VI"), T6, strict=True)],
        B,
    ),
    ("武汉市江岸区人民政府", "district", "湖北省", "武汉市", "江岸区", 2021),
    K6,
    T6,
)

# b05. Jiangxi, a county 2022 text: 五 states the problems, then the improvements as （一）…（二）… without a cue
B = with_five(
    body21("县政府", 2022, 1746, 18),
    [
        "本年度我县政府信息公开工作仍存在基层公开内容不够丰富的问题。",
        "（一）持续丰富基层公开内容，推动村级公开栏每月更新。",
        "（二）加强政务公开业务培训，每季度开展一次专题培训。",
    ],
)
add(
    "b05-jx-xinfeng-2022-paren-plans-no-cue",
    text("信丰县人民政府2022年政府信息公开工作年度报告", num(T6), B),
    ("信丰县人民政府", "county", "江西省", "赣州市", "信丰县", 2022),
    K6,
    T6,
)

# b06. Henan, a city commission 2015 Word: old-era bold heads, the last part fees; 下一阶段，我委将… closes the report
K = ["overview", "proactive", "requests", "appeals", "fees"]
T = [T7[0], T7[1], T7[2], T7[4], T7[3]]
B = old(K, "市发展和改革委员会", 2015)
B[-1] = [*B[-1], "下一阶段，我委将进一步规范价格信息和项目审批信息公开。"]
add(
    "b06-ha-kaifeng-fgw-2015-docx-closing-xiajieduan",
    docx("开封市发展和改革委员会2015年政府信息公开工作年度报告", [("bold", t) for t in T], B),
    ("开封市发展和改革委员会", "department", "河南省", "开封市", None, 2015),
    K,
    T,
)

# b07. Guangdong, a city 2021 text: part 二 resumes after a page break under 二、主动公开政府信息情况（续）
B = with_five(
    body21("市政府", 2021, 5268, 246),
    ["政务新媒体内容质量参差不齐。2022年，市政府将开展政务新媒体内容质量评估。"],
)
heads = [*num(T6)[:2], "二、主动公开政府信息情况（续）", *num(T6)[2:]]
bodies = [
    B[0],
    [B[1][0], "信息内容 本年制发件数 本年废止件数 现行有效件数", "规章 0 0 3"],
    ["行政规范性文件 9 2 41", "行政许可 本年处理决定数量 2268"],
    *B[2:],
]
add(
    "b07-gd-shantou-2021-part-continued",
    lines(
        report(
            ["汕头市人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。"], heads, bodies
        )
    ),
    ("汕头市人民政府", "city", "广东省", "汕头市", None, 2021),
    K6,
    T6,
)

# b08. Sichuan, a county 2017 text: 附件：…统计表 over the rows between parts 三 and 四
B = old(K7, "县政府", 2017)
B[5] = [OLD["problems"] + "2018年，县政府将开展政务公开标准化试点。"]
CAP = "大邑县2017年政府信息公开情况统计表"
add(
    "b08-sc-dayi-2017-fujian-between-three-four",
    text(
        "大邑县人民政府2017年政府信息公开工作年度报告",
        [*num(T7)[:3], "附件：" + CAP, *num(T7)[3:]],
        [*B[:3], stat_rows(1562, 8), *B[3:]],
    ),
    ("大邑县人民政府", "county", "四川省", "成都市", "大邑县", 2017),
    ["overview", "proactive", "requests", "statistics", "fees", "appeals", "problems", "other"],
    [*T7[:3], CAP, *T7[3:]],
)

# b09. Yunnan, a city 2016 text: old-era parts in new body words (平台载体, 监督考核: measures; 查找短板弱项: problems)
T = [
    "加强组织领导，健全工作机制",
    "突出公开重点，深化主动公开",
    "依法规范办理，做好依申请公开",
    "完善平台载体，拓宽公开渠道",
    "强化监督考核，确保工作实效",
    "查找短板弱项，推动持续改进",
]
B = [
    ["市政府调整了政务公开领导小组，明确了各部门政务公开工作职责。"],
    ["全年主动公开政府信息3862条，重点公开财政预决算、保障性住房等信息。"],
    ["全年受理政府信息公开申请41件，均按期答复。"],
    ["改版市政府门户网站信息公开专栏，开通政务微博和微信公众号。"],
    ["将政务公开纳入年度目标考核，开展专项督查2次。"],
    ["部分县区公开栏更新不及时。2017年，市政府将建立公开栏季度检查通报制度。"],
]
add(
    "b09-yn-baoshan-2016-new-body-words",
    text("保山市人民政府2016年政府信息公开工作年度报告", num(T), B),
    ("保山市人民政府", "city", "云南省", "保山市", None, 2016),
    ["measures", "proactive", "requests", "measures", "measures", "problems"],
    T,
)

# b10. Shanxi, a county 2023 text: no plans; 五 looks back on last year's 下一步工作安排 as done
B = with_five(
    body21("县政府", 2023, 1286, 6),
    [
        "上年度报告提出的下一步工作安排已全部落实：乡镇政务公开专区已建成，业务培训已完成。本年度未发现新的问题。"
    ],
)
add(
    "b10-sx-pingyao-2023-last-year-plans-done",
    text("平遥县人民政府2023年政府信息公开工作年度报告", num(T6), B),
    ("平遥县人民政府", "county", "山西省", "晋中市", "平遥县", 2023),
    K6,
    T6,
    plans=False,
)

# b11. Guangxi, a city 2022 portal page: <h3>1 总体情况</h3> (an Arabic number and a space), titles reworded
T = ["总体情况", "主动公开情况", "依申请公开情况", "复议诉讼情况", "问题及改进", "其他事项"]
B = with_five(
    body21("市政府", 2022, 3468, 52),
    ["政务公开标准目录动态更新不够及时。2023年，市政府将建立目录季度更新机制。"],
)
add(
    "b11-gx-liuzhou-2022-html-arabic-space",
    page(
        "柳州市人民政府2022年政府信息公开工作年度报告",
        html_parts([f"{k} {t}" for k, t in enumerate(T, 1)], B, "h3", "h3"),
        site="柳州市人民政府",
    ),
    ("柳州市人民政府", "city", "广西壮族自治区", "柳州市", None, 2022),
    K6,
    T,
)

# b12. Hunan, a district 2020 crawl row (CSV): 第一：总体情况 … with the body after the colon on the same line
B = with_five(
    body21("区政府", 2020, 2642, 36),
    ["政策解读的及时性有待提高。2021年，区政府将实行政策文件与解读材料同步发布。"],
)
add(
    "b12-hn-yuelu-2020-csv-diyi-colon-run-on",
    row(
        "crawl-b.csv",
        "长沙市岳麓区人民政府2020年政府信息公开工作年度报告",
        "\n".join(
            [
                LAW + "编制本报告。",
                *[f"第{c}：{t}：{b[0]}" for c, t, b in zip(CN, T6, B, strict=False)],
            ]
        ),
        date="2021-01-26",
    ),
    ("长沙市岳麓区人民政府", "district", "湖南省", "长沙市", "岳麓区", 2020),
    K6,
    T6,
)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES31, out)


if __name__ == "__main__":
    write()
