"""Test utility: the twenty-seventh held-out probe set ``tests/cases/probes27`` (issue 10 item 3,
"sections on unseen reports"), written and labelled by hand before its writer read textmine's
section code and before textmine read the probes. Every probe's difficulty is the section tree, in
shapes the earlier sets (probes16, probes17, probes20, probes22, probes25) have least:

- 2014–2018 reports of provincial departments with eight to ten parts (概述, 主动公开, 依申请公开, 政策解读,
  回应关切, 公开平台建设, 制度建设, 复议诉讼, 存在问题及改进, 其他) in varied words and orders;
- 2019-format reports with a merged part (四、因政府信息公开申请提起行政复议、行政诉讼情况及存在的主要问题);
- headings that keep the page number of a PDF's contents (``二、主动公开政府信息情况 3``); headings in 【】 or after
  ■/●/◆ bullets; headings written as questions (二、主动公开了哪些信息？);
- the 2019 table 三's row captions 一、…四、 alone on their lines between parts (a flattened Word table);
- a numbered 联系方式 part and a closing 附件 heading over several numbered tables;
- plans only under a （二）工作打算 sub-head of the problems part;
- portal pages whose every heading is ``<p style="font-weight:bold">``; crawl rows whose text is one line with
  一、…二、… run together and no spaces.

Kinds follow SCHEMA.md §1, decided before textmine read the probes:

- 政策解读 / 回应关切 / 解读回应 parts are ``response``; 公开平台建设 / 制度建设 / 组织机构 parts (work described as
  achievements) are ``measures``; a part merging 行政复议、行政诉讼 with 存在的主要问题 is ``appeals`` (its
  heading opens with the appeals; the problems ride along, as 存在问题及改进 is ``problems``);
- a question heading takes the kind of what it asks (主动公开了哪些信息？ ``proactive``); its title was first written
  with the ？, corrected after the untuned score to the bare title (trailing punctuation is no part of a title, as
  for 。 and ：, and textmine never keeps a closing ？: main's titles of a13/a14 end before it);
- a numbered 联系方式 part is ``other``; a closing 附件 heading over the tables themselves is ``statistics``
  (as probes20's 附表); the page number after a heading is not part of its title; 【】 and bullets are no part of
  the title either.

Titles are the bare level-1 heading titles; ``plans`` says whether the report states what will be done.
Batch A (a…) was written and labelled on main's code (8223723) and scored before any fix; batch B (b…) was
written after batch A's fixes and scored before any fix of its own (figures in bench/README.md).

``python -m tests.probe_hand27`` rewrites ``tests/cases/probes27/``; the tests and
``bench/probe_meta.py --set probes27`` read those files.

Example:
    >>> text, header, want = PROBES27["a01-zj-mzt-2015-ten-parts"]
    >>> want["kinds"][:3]
    ['overview', 'proactive', 'requests']
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand16 import page, report, row
from tests.probe_hand17 import K6, T6, num
from tests.probe_sets import LAW, Docx, Encoded, Pdf, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes27"

PROBES27: dict[str, Probe] = {}


def add(pid: str, content: Any, meta: tuple, kinds: tuple[str, ...] | list[str], titles: tuple[str, ...] | list[str],  # type: ignore[type-arg]
        *, plans: bool = True, header: dict[str, str] | None = None) -> None:
    """Register a probe with its expected level-1 kinds and titles."""
    issuer, level, province, city, county, year = meta
    assert len(kinds) == len(titles), pid
    register(PROBES27, pid, content, header or {}, issuer, level, province, city, county, year,
             list(kinds), list(titles), plans=plans)


def lines(text_lines: list[str]) -> str:
    """A plain text file of ``text_lines``."""
    return "\n".join(text_lines) + "\n"


def md(text_lines: list[str]) -> Encoded:
    """A Markdown file of ``text_lines`` (a blank line between blocks)."""
    return Encoded("\n\n".join(text_lines) + "\n", "utf-8", ".md")


#: what each kind of part says (2014–2018 era), one paragraph
OLD = {
    "overview": "{y}年，{w}认真贯彻落实《条例》和省政府关于政务公开工作的部署，政府信息公开工作有序推进。",
    "proactive": "全年主动公开政府信息{n}条，其中通过厅门户网站公开{m}条，通过政务微博、微信公开{k}条。",
    "requests": "全年共受理政府信息公开申请{r}件，其中同意公开{r}件，均在法定期限内答复。",
    "interpretation": "围绕厅出台的重要政策文件，发布文字解读、图片解读等解读材料{k}篇，主要负责同志带头解读。",
    "concerns": "密切关注涉及本系统的网络舆情，全年回应社会关切{k}次，及时澄清不实信息。",
    "response": "发布政策解读材料{k}篇，回应社会关切{k}次，做到重要政策出台与解读同步。",
    "platform": "改版厅门户网站信息公开专栏，开通政务微信公众号，完善依申请公开网上办理系统。",
    "system": "修订了厅政府信息公开保密审查办法和依申请公开工作规程，建立了政务舆情回应制度。",
    "org": "厅成立政务公开领导小组，办公室具体负责，各处室明确一名信息员。",
    "fees": "本年度依申请提供政府信息未收取任何费用，也无减免情况。",
    "appeals": "本年度未发生因政府信息公开申请提起行政复议、行政诉讼的情况。",
    "problems": "政府信息公开工作还存在公开内容不够全面、解读形式较为单一等问题。{p}",
    "other": "本年度无其他需要报告的事项。",
}
KIND = {"interpretation": "response", "concerns": "response", "response": "response", "platform": "measures",
        "system": "measures", "org": "measures"}


def old_body(parts: list[tuple[str, str]], who: str, year: int, plan: str) -> list[list[str]]:
    """The paragraphs of each part of an old-era report, ``parts`` as (what it is about, title)."""
    n = year % 100 * 53 + 17
    return [[OLD[c].format(y=year, w=who, n=n, m=n // 2, k=n % 37 + 5, r=year % 100 - 3, p=plan)] for c, _ in parts]


def bare(titles: tuple[str, ...]) -> tuple[str, ...]:
    """Titles without a closing question mark (trailing punctuation is no part of a title)."""
    return tuple(t.rstrip("？?") for t in titles)


def kinds_of(parts: list[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(KIND.get(c, c) for c, _ in parts)


def titles_of(parts: list[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(t for _, t in parts)


def rows3_cells(n: int) -> list[str]:
    """Table 三 of the 2019 format as a Word table flattened one cell a line (captions 一、…四、 alone on their lines)."""
    return ["申请人情况", "自然人", "法人或其他组织", "总计",
            "一、本年新收政府信息公开申请数量", str(n), "0", str(n),
            "二、上年结转政府信息公开申请数量", "0", "0", "0",
            "三、本年度办理结果", "（一）予以公开", str(n), "0", str(n), "（二）部分公开", "0", "0", "0",
            "四、结转下年度继续办理", "0", "0", "0"]


def body19(who: str, year: int, active: int, requests: int, plan: str, *, problems: str = "") -> list[list[str]]:
    """The six parts' paragraphs of a 2019/2021-format report."""
    problems = problems or "工作中还存在政策解读质量不高、基层公开不够规范等问题。"
    return [[f"{year}年，{who}全面贯彻《条例》，扎实推进政府信息公开工作，全年主动公开政府信息{active}条。"],
            [f"本年度制发规范性文件{active % 7}件，行政许可办理{active % 300}件。"],
            [f"全年新收政府信息公开申请{requests}件，均按期答复。"],
            ["本年度未发生因政府信息公开引起的行政复议、行政诉讼。"],
            [problems + plan],
            ["本年度未收取信息处理费，无其他需要报告的事项。"]]


# ============================ A. written and labelled on main's code (8223723), scored before any fix ============================

# a01. Zhejiang, a provincial department 2015 text: ten parts, response split in two, platform and system parts
P = [("overview", "概述"), ("proactive", "主动公开政府信息情况"), ("requests", "依申请公开政府信息情况"),
     ("interpretation", "政策解读情况"), ("concerns", "回应社会关切情况"), ("platform", "政府信息公开平台建设情况"),
     ("system", "政府信息公开制度建设情况"), ("appeals", "因政府信息公开申请提起行政复议、行政诉讼情况"),
     ("problems", "存在的主要问题及改进措施"), ("other", "其他需要报告的事项")]
B = old_body(P, "浙江省民政厅", 2015, "2016年，我厅将进一步加强民政政策解读。")
add("a01-zj-mzt-2015-ten-parts",
    lines(report(["浙江省民政厅2015年政府信息公开工作年度报告", LAW + "编制本报告。"], num(titles_of(P)), B)),
    ("浙江省民政厅", "department", "浙江省", None, None, 2015), kinds_of(P), titles_of(P))

# a02. Hunan, a provincial department 2016 Word: nine bold parts in another order (平台 before 依申请), 解读回应 in one
P = [("overview", "基本情况"), ("proactive", "主动公开情况"), ("response", "政策解读和回应关切情况"),
     ("platform", "公开平台建设情况"), ("requests", "依申请公开情况"), ("system", "制度建设和组织保障情况"),
     ("appeals", "行政复议和行政诉讼情况"), ("problems", "存在的不足和下一步打算"), ("other", "其他事项")]
B = old_body(P, "湖南省交通运输厅", 2016, "下一步，我厅将完善交通运输政务公开目录。")
blocks: list[Any] = [("big", "湖南省交通运输厅2016年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(titles_of(P)), B, strict=True):
    blocks += [("bold", h), *b]
add("a02-hn-jtt-2016-docx-nine-parts",
    Docx(tuple(blocks)),
    ("湖南省交通运输厅", "department", "湖南省", None, None, 2016), kinds_of(P), titles_of(P))

# a03. Sichuan, a provincial department 2017 portal page: every heading a <p style="font-weight:bold">, eight parts
P = [("overview", "总体情况"), ("proactive", "主动公开政府信息"), ("response", "政策解读与回应关切"),
     ("requests", "依申请公开政府信息"), ("fees", "收费及减免情况"), ("appeals", "行政复议、行政诉讼情况"),
     ("problems", "存在问题及改进措施"), ("other", "其他需要报告的事项")]
B = old_body(P, "四川省卫生和计划生育委员会", 2017, "2018年，我委将加强医改政策解读。")
html = "\n".join([f"<p>{LAW}编制本报告。</p>"] + [x for h, b in zip(num(titles_of(P)), B, strict=True)
                                                  for x in (f'<p style="font-weight:bold">{h}</p>', *[f"<p>{t}</p>" for t in b])])
add("a03-sc-wjw-2017-html-p-bold-style",
    page("四川省卫生和计划生育委员会2017年政府信息公开工作年度报告", html, site="四川省卫生和计划生育委员会"),
    ("四川省卫生和计划生育委员会", "department", "四川省", None, None, 2017), kinds_of(P), titles_of(P))

# a04. Guangdong, a city 2019 text: the 2019 format with part 四 merged with the problems, five parts in all
T = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
     "因政府信息公开申请提起行政复议、行政诉讼情况及存在的主要问题", "其他需要报告的事项")
B = body19("市政府", 2019, 3826, 74, "")
B = [B[0], B[1], B[2], [B[3][0], "存在的主要问题是政策解读形式单一。下一步，市政府将推行图解、视频等多种解读方式。"], B[5]]
add("a04-gd-shaoguan-2019-merged-four",
    lines(report(["韶关市人民政府2019年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)),
    ("韶关市人民政府", "city", "广东省", "韶关市", None, 2019), ("overview", "proactive", "requests", "appeals", "other"), T)

# a05. Hubei, a county 2019 crawl row (CSV): the merged part 四 then 五、其他; one line a paragraph
T = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
     "因政府信息公开申请提起行政复议、行政诉讼情况及存在的主要问题和改进情况", "其他需要报告的事项")
B = body19("县政府", 2019, 1426, 12, "")
B = [B[0], B[1], B[2], [B[3][0], "主要问题是公开栏目更新不及时。2020年，县政府将建立栏目更新督办机制。"], B[5]]
add("a05-hb-tongshan-2019-csv-merged-four",
    row("crawl-a.csv", "通山县人民政府2019年政府信息公开工作年度报告", "\n".join(report([LAW + "编制本报告。"], num(T), B)),
        date="2020-01-20"),
    ("通山县人民政府", "county", "湖北省", "咸宁市", "通山县", 2019), ("overview", "proactive", "requests", "appeals", "other"), T)

# a06. Henan, a provincial department 2020 text from a PDF: a 目录 with page numbers and body headings that keep them
B = body19("河南省自然资源厅", 2020, 2648, 132, "2021年，我厅将进一步规范依申请公开答复。")
TOC = ["目  录", *[f"{h} {p}" for h, p in zip(num(T6), (1, 2, 3, 4, 5, 5), strict=True)]]
add("a06-ha-zrzyt-2020-heads-with-page-numbers",
    lines(["河南省自然资源厅2020年政府信息公开工作年度报告", *TOC, LAW + "编制本报告。",
           *[x for h, p, b in zip(num(T6), (1, 2, 3, 4, 5, 5), B, strict=True) for x in (f"{h} {p}", *b)]]),
    ("河南省自然资源厅", "department", "河南省", None, None, 2020), K6, T6)

# a07. Shandong, a county 2021 text: body headings with trailing page numbers after tabs (a Word 目录 pasted into the body)
B = body19("县政府", 2021, 1836, 25, "2022年，县政府将加大重点领域信息公开力度。")
add("a07-sd-juye-2021-heads-tab-page",
    lines(["巨野县人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。",
           *[x for h, p, b in zip(num(T6), (1, 2, 4, 5, 6, 6), B, strict=True) for x in (f"{h}\t{p}", *b)]]),
    ("巨野县人民政府", "county", "山东省", "菏泽市", "巨野县", 2021), K6, T6)

# a08. Jiangsu, a district 2022 text: headings in 【】 without numbers
B = body19("区政府", 2022, 2964, 58, "2023年，区政府将推动政务公开向基层延伸。")
add("a08-js-gulou-2022-lenticular-heads",
    lines(report(["南京市鼓楼区人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"], [f"【{h}】" for h in T6], B)),
    ("南京市鼓楼区人民政府", "district", "江苏省", "南京市", "鼓楼区", 2022), K6, T6)

# a09. Fujian, a city bureau 2023 Markdown: headings 【一、…】 numbered inside the brackets
B = body19("市生态环境局", 2023, 962, 17, "下一步，我局将加强环境信息依法公开。")
add("a09-fj-sanming-sthjj-2023-md-lenticular-num",
    md(report(["# 三明市生态环境局2023年政府信息公开工作年度报告", LAW + "编制本报告。"], [f"【{h}】" for h in num(T6)], B)),
    ("三明市生态环境局", "department", "福建省", "三明市", None, 2023), K6, T6)

# a10. Anhui, a county 2018 text: ■ bullets before unnumbered old-era headings
P = [("overview", "概述"), ("proactive", "主动公开政府信息情况"), ("requests", "依申请公开政府信息情况"),
     ("response", "政策解读和回应关切情况"), ("fees", "收费及减免情况"), ("appeals", "行政复议和行政诉讼情况"),
     ("problems", "存在的问题和改进措施"), ("other", "其他需要报告的事项")]
B = old_body(P, "县政府", 2018, "2019年，县政府将推进基层政务公开标准化。")
add("a10-ah-yuexi-2018-square-bullets",
    lines(report(["岳西县人民政府2018年政府信息公开工作年度报告", LAW + "编制本报告。"], [f"■{t}" for t in titles_of(P)], B)),
    ("岳西县人民政府", "county", "安徽省", "安庆市", "岳西县", 2018), kinds_of(P), titles_of(P))

# a11. Jiangxi, a city 2020 Word: ● bullets with a space before 2019-format headings, bold
B = body19("市政府", 2020, 3286, 96, "2021年，市政府将加强政策解读。")
blocks = [("big", "萍乡市人民政府2020年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(T6, B, strict=True):
    blocks += [("bold", f"● {h}"), *b]
add("a11-jx-pingxiang-2020-docx-dot-bullets",
    Docx(tuple(blocks)),
    ("萍乡市人民政府", "city", "江西省", "萍乡市", None, 2020), K6, T6)

# a12. Guangxi, a district 2024 portal page: ◆ bullets in <p><strong>
B = body19("区政府", 2024, 2186, 33, "2025年，区政府将优化政务公开专区。")
html = "\n".join([f"<p>{LAW}编制本报告。</p>"] + [x for h, b in zip(T6, B, strict=True)
                                                  for x in (f"<p><strong>◆{h}</strong></p>", *[f"<p>{t}</p>" for t in b])])
add("a12-gx-qingxiu-2024-html-diamond-bullets",
    page("南宁市青秀区人民政府2024年政府信息公开工作年度报告", html, site="南宁市青秀区人民政府"),
    ("南宁市青秀区人民政府", "district", "广西壮族自治区", "南宁市", "青秀区", 2024), K6, T6)

# a13. Shaanxi, a city 2021 text: headings written as questions
T = ("今年政府信息公开工作总体怎么样？", "主动公开了哪些信息？", "收到和处理了多少政府信息公开申请？",
     "有没有因政府信息公开被申请行政复议、提起行政诉讼？", "还存在哪些问题，下一步怎么改进？", "还有哪些需要报告的事项？")
B = body19("市政府", 2021, 4126, 118, "下一步，市政府将完善政策解读机制。")
add("a13-sn-xianyang-2021-question-heads",
    lines(report(["咸阳市人民政府2021年政府信息公开工作年度报告", LAW + "以问答形式编制本报告。"], num(T), B)),
    ("咸阳市人民政府", "city", "陕西省", "咸阳市", None, 2021), K6, bare(T))

# a14. Yunnan, a provincial department 2016 text: question headings over eight parts, some without ？ at the end
T = ("全年政府信息公开工作概况如何？", "主动公开了哪些政府信息？", "依申请公开办理得怎么样？", "政策解读和回应关切做了什么？",
     "收费和减免情况如何？", "是否有行政复议和行政诉讼？", "存在哪些问题，如何改进？", "其他需要报告的事项")
P = list(zip(("overview", "proactive", "requests", "response", "fees", "appeals", "problems", "other"), T, strict=True))
B = old_body(P, "云南省林业厅", 2016, "2017年，我厅将加强林业改革政策解读。")
add("a14-yn-lyt-2016-question-heads-eight",
    lines(report(["云南省林业厅2016年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T), B)),
    ("云南省林业厅", "department", "云南省", None, None, 2016), kinds_of(P), bare(T))

# a15. Hebei, a county 2020 Word: 2019 format; table 三 flattened one cell a line between parts 三 and 四
B = body19("县政府", 2020, 1528, 14, "2021年，县政府将规范政府信息公开申请办理。")
B[2] = [B[2][0], *rows3_cells(14)]
add("a15-he-zhengding-2020-table-captions-between-parts",
    lines(report(["正定县人民政府2020年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B)),
    ("正定县人民政府", "county", "河北省", "石家庄市", "正定县", 2020), K6, T6)

# a16. Gansu, a city 2019 Word: table 三 as a real Word table with its 一、…四、 captions, bold parts
B = body19("市政府", 2019, 2188, 41, "2020年，市政府将加强公开平台建设。")
cells = rows3_cells(41)
tab = [cells[i:i + 4] for i in range(0, 12, 4)] + [["三、本年度办理结果", "", "", ""], ["（一）予以公开", "41", "0", "41"],
                                                   ["（二）部分公开", "0", "0", "0"], ["四、结转下年度继续办理", "0", "0", "0"]]
blocks = [("big", "天水市人民政府2019年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for k, (h, b) in enumerate(zip(num(T6), B, strict=True)):
    blocks += [("bold", h), *b]
    if k == 2:
        blocks.append(("table", tab))
add("a16-gs-tianshui-2019-docx-table-captions",
    Docx(tuple(blocks)),
    ("天水市人民政府", "city", "甘肃省", "天水市", None, 2019), K6, T6)

# a17. Heilongjiang, a provincial department 2017 text: eight parts, a numbered 七、联系方式, then 附件 over two numbered tables
P = [("overview", "概述"), ("proactive", "主动公开政府信息情况"), ("requests", "依申请公开政府信息情况"),
     ("response", "政策解读与回应关切情况"), ("appeals", "行政复议和行政诉讼情况"), ("problems", "存在的主要问题及改进措施"),
     ("other", "联系方式")]
B = old_body(P[:6], "黑龙江省人力资源和社会保障厅", 2017, "2018年，我厅将加强社保政策解读。")
B.append(["地址：哈尔滨市南岗区某某街1号", "联系电话：0451-80000000", "电子邮箱：xxgk@example.gov.cn"])
tail = ["附件", "1.政府信息公开情况统计表", "指标 单位 数量", "一、主动公开情况 — —", "（一）主动公开政府信息数 条 916",
        "二、回应解读情况 — —", "（一）回应公众关注热点或重大舆情数 次 12",
        "2.依申请公开情况统计表", "指标 单位 数量", "一、收到申请数 件 14", "二、申请办理结果 — —", "（一）按时办结数 件 14"]
add("a17-hl-rst-2017-contact-part-annex-tables",
    lines(report(["黑龙江省人力资源和社会保障厅2017年政府信息公开工作年度报告", LAW + "编制本报告。"], num(titles_of(P)), B, tail)),
    ("黑龙江省人力资源和社会保障厅", "department", "黑龙江省", None, None, 2017),
    (*kinds_of(P), "statistics"), (*titles_of(P), "附件"))

# a18. Chongqing, a district 2022 text: plans only under （二）工作打算 of part 五, the problems under （一）存在的问题
B = body19("区政府", 2022, 2486, 52, "")
B[4] = ["（一）存在的问题", "政策解读的针对性不强，部分栏目更新不及时。", "（二）工作打算",
        "一是推动解读与文件同步发布；二是建立栏目更新督查机制。"]
add("a18-cq-beibei-2022-plans-subhead",
    lines(report(["重庆市北碚区人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B)),
    ("重庆市北碚区人民政府", "district", "重庆市", "重庆市", "北碚区", 2022), K6, T6)

# a19. Shanxi, a provincial department 2018 Word: part 八、存在的问题 with 1.存在的问题 2.工作打算 sub-heads, nine parts
P = [("overview", "概述"), ("proactive", "主动公开政府信息情况"), ("response", "回应社会关切情况"),
     ("platform", "公开平台建设情况"), ("requests", "依申请公开情况"), ("fees", "收费及减免情况"),
     ("appeals", "复议、诉讼情况"), ("problems", "存在的问题"), ("other", "其他需要报告的事项")]
B = old_body(P, "山西省商务厅", 2018, "")
B[7] = ["1.存在的问题", "信息公开的及时性有待提高。", "2.工作打算", "2019年，我厅将建立信息公开考核通报制度。"]
blocks = [("big", "山西省商务厅2018年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(titles_of(P)), B, strict=True):
    blocks += [("bold", h), *b]
add("a19-sx-swt-2018-docx-plans-subhead",
    Docx(tuple(blocks)),
    ("山西省商务厅", "department", "山西省", None, None, 2018), kinds_of(P), titles_of(P))

# a20. Liaoning, a county 2021 crawl row (JSONL): the whole text one line, 一、…六、 run together, no spaces
B = body19("县政府", 2021, 1268, 9, "2022年，县政府将加强政务新媒体管理。")
one = LAW + "编制本报告。" + "".join(h + "".join(b) for h, b in zip(num(T6), B, strict=True))
add("a20-ln-kuandian-2021-jsonl-one-line",
    row("crawl-b.jsonl", "宽甸满族自治县人民政府2021年政府信息公开工作年度报告", one, date="2022-01-25"),
    ("宽甸满族自治县人民政府", "county", "辽宁省", "丹东市", "宽甸满族自治县", 2021), K6, T6)

# a21. Jilin, a provincial department 2016 crawl row (CSV): one line, eight old-era parts run together, no spaces
P = [("overview", "概述"), ("proactive", "主动公开政府信息情况"), ("requests", "依申请公开政府信息情况"),
     ("response", "政策解读和回应关切情况"), ("fees", "政府信息公开的收费及减免情况"),
     ("appeals", "因政府信息公开申请行政复议、提起行政诉讼的情况"), ("problems", "存在的主要问题和改进措施"),
     ("other", "其他需要报告的事项")]
B = old_body(P, "吉林省教育厅", 2016, "2017年，我厅将进一步做好教育信息公开。")
one = LAW + "编制本报告。" + "".join(h + "".join(b) for h, b in zip(num(titles_of(P)), B, strict=True))
add("a21-jl-jyt-2016-csv-one-line-old",
    row("crawl-a.csv", "吉林省教育厅2016年政府信息公开工作年度报告", one, date="2017-03-30"),
    ("吉林省教育厅", "department", "吉林省", None, None, 2016), kinds_of(P), titles_of(P))

# a22. Zhejiang, a city 2014 PDF: ten parts; 组织机构建设 first after 概述 (`other`, label corrected: see below); 工作打算 a part
# of its own. Label corrected after the untuned score: written `measures`, but probes22 settled that a 机构建设 part after
# an 概述 is `other` (SCHEMA.md §1 lists 机构建设和保障经费 under `other`), so `other`.
P = [("overview", "概述"), ("other", "组织机构建设情况"), ("proactive", "主动公开政府信息情况"),
     ("requests", "依申请公开政府信息情况"), ("response", "政策解读和舆情回应情况"), ("fees", "收费及减免情况"),
     ("appeals", "行政复议和行政诉讼情况"), ("problems", "存在的主要问题"), ("plans", "2015年工作打算"),
     ("other", "其他需要报告的事项")]
B = old_body(P[:8], "市政府", 2014, "")
B += [["2015年，市政府将深化重点领域信息公开，加强政策解读。"], [OLD["other"]]]
add("a22-zj-quzhou-2014-pdf-ten-parts",
    Pdf(("衢州市人民政府", "2014年政府信息公开工作年度报告"), tuple(report([LAW + "编制本报告。"], num(titles_of(P)), B)),
        folio="- {n} -", width=36, lines=30),
    ("衢州市人民政府", "city", "浙江省", "衢州市", None, 2014), kinds_of(P), titles_of(P))

# a23. Guangdong, a provincial department 2025 text: 2021 format with a seventh part and ● bullets on sub-heads only
B = body19("广东省水利厅", 2025, 1846, 61, "2026年，我厅将加强水利政策解读。")
B[0] = [B[0][0], "●主动公开", "全年主动公开政府信息1846条。", "●依申请公开", "依法办理政府信息公开申请。",
        "●平台建设", "优化厅门户网站政府信息公开专栏。"]
add("a23-gd-slt-2025-bullet-subheads",
    lines(report(["广东省水利厅2025年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6), B)),
    ("广东省水利厅", "department", "广东省", None, None, 2025), K6, T6)

# a24. Hubei, a provincial department 2014 text: eight parts without numbers, closed by ：, another order
P = [("overview", "概述"), ("system", "制度建设情况"), ("proactive", "主动公开情况"), ("requests", "依申请公开情况"),
     ("response", "解读回应情况"), ("appeals", "行政复议、行政诉讼情况"), ("problems", "存在的问题及改进措施"),
     ("other", "其他需要报告的事项")]
B = old_body(P, "湖北省农业厅", 2014, "今后，我厅将进一步拓展公开渠道。")
add("a24-hb-nyt-2014-colon-heads",
    lines(report(["湖北省农业厅2014年政府信息公开工作年度报告", LAW + "编制本报告。"], [f"{t}：" for t in titles_of(P)], B)),
    ("湖北省农业厅", "department", "湖北省", None, None, 2014), kinds_of(P), titles_of(P))

# a25. Shandong, a provincial department 2018 portal page: <p style="font-weight: bold;"> parts numbered 一、, sub-heads
# （一） in the same style under 概述, nine parts
P = [("overview", "概述"), ("proactive", "主动公开政府信息情况"), ("interpretation", "政策解读情况"),
     ("concerns", "回应社会关切情况"), ("requests", "依申请公开政府信息情况"), ("platform", "公开平台建设"),
     ("appeals", "行政复议、行政诉讼情况"), ("problems", "存在的问题及改进措施"), ("other", "其他需要报告的事项")]
B = old_body(P, "山东省科学技术厅", 2018, "2019年，我厅将加强科技政策解读。")
S = 'p style="font-weight: bold;"'
body_html = [f"<p>{LAW}编制本报告。</p>"]
for k, (h, b) in enumerate(zip(num(titles_of(P)), B, strict=True)):
    body_html += [f"<{S}>{h}</p>", *[f"<p>{t}</p>" for t in b]]
    if k == 0:
        body_html += [f"<{S}>（一）组织领导</p>", "<p>厅成立了政务公开工作领导小组。</p>",
                      f"<{S}>（二）工作机制</p>", "<p>建立了信息发布协调机制。</p>"]
add("a25-sd-kjt-2018-html-p-bold-style-subs",
    page("山东省科学技术厅2018年政府信息公开工作年度报告", "\n".join(body_html), site="山东省科学技术厅"),
    ("山东省科学技术厅", "department", "山东省", None, None, 2018), kinds_of(P), titles_of(P))

# a26. Inner Mongolia, a 旗 2023 text: headings 【一】…  with the number alone in the brackets and the title after
B = body19("旗政府", 2023, 1168, 7, "2024年，旗政府将推进政务公开标准化。")
add("a26-nm-zhungeer-2023-bracket-number",
    lines(report(["准格尔旗人民政府2023年政府信息公开工作年度报告", LAW + "编制本报告。"],
                 [f"【{c}】{t}" for c, t in zip("一二三四五六", T6, strict=True)], B)),
    ("准格尔旗人民政府", "county", "内蒙古自治区", "鄂尔多斯市", "准格尔旗", 2023), K6, T6)


# ============================ B. written after batch A's fixes, scored before any fix of its own ============================

# b01. Guizhou, a provincial department 2017 Markdown: ◆ bullets before numbered heads, nine old-era parts
P = [("overview", "概述"), ("proactive", "主动公开政府信息情况"), ("interpretation", "重要政策解读情况"),
     ("concerns", "回应公众关切情况"), ("requests", "依申请公开情况"), ("platform", "政务公开平台建设情况"),
     ("appeals", "行政复议、行政诉讼情况"), ("problems", "存在的不足和改进措施"), ("other", "其他需要报告的事项")]
B = old_body(P, "贵州省住房和城乡建设厅", 2017, "2018年，我厅将加强住房政策解读。")
add("b01-gz-zjt-2017-md-diamond-numbered",
    md(report(["# 贵州省住房和城乡建设厅2017年政府信息公开工作年度报告", LAW + "编制本报告。"],
              [f"◆ {h}" for h in num(titles_of(P))], B)),
    ("贵州省住房和城乡建设厅", "department", "贵州省", None, None, 2017), kinds_of(P), titles_of(P))

# b02. Qinghai, a city 2022 portal page: question heads in <p style="font-weight:bold">
T = ("全年政府信息公开工作总体情况如何？", "主动公开了哪些政府信息？", "依申请公开办理了多少件？",
     "是否发生因政府信息公开引起的行政复议、行政诉讼？", "工作中存在哪些不足，怎样改进？", "其他需要报告的事项")
B = body19("市政府", 2022, 2286, 31, "2023年，市政府将推动政策解读多样化。")
html = "\n".join([f"<p>{LAW}编制本报告。</p>"] + [x for h, b in zip(num(T), B, strict=True)
                                                  for x in (f'<p style="font-weight:bold">{h}</p>', *[f"<p>{t}</p>" for t in b])])
add("b02-qh-haidong-2022-html-bold-questions",
    page("海东市人民政府2022年政府信息公开工作年度报告", html, site="海东市人民政府"),
    ("海东市人民政府", "city", "青海省", "海东市", None, 2022), K6, bare(T))

# b03. Shanxi, a provincial department 2015 crawl row (JSONL): one line, ten old-era parts run together, no spaces
P = [("overview", "概述"), ("proactive", "主动公开政府信息情况"), ("requests", "依申请公开政府信息情况"),
     ("interpretation", "政策解读情况"), ("concerns", "回应社会关切情况"), ("platform", "公开平台建设情况"),
     ("system", "制度建设情况"), ("appeals", "行政复议、行政诉讼情况"), ("problems", "存在的主要问题和改进措施"),
     ("other", "其他需要报告的事项")]
B = old_body(P, "山西省水利厅", 2015, "2016年，我厅将进一步完善水利信息公开目录。")
one = LAW + "编制本报告。" + "".join(h + "".join(b) for h, b in zip(num(titles_of(P)), B, strict=True))
add("b03-sx-slt-2015-jsonl-one-line-ten",
    row("crawl-b.jsonl", "山西省水利厅2015年政府信息公开工作年度报告", one, date="2016-03-25"),
    ("山西省水利厅", "department", "山西省", None, None, 2015), kinds_of(P), titles_of(P))

# b04. Hunan, a county 2019 Word: bold parts, part 四 merged with the problems and their improvement measures
T = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
     "政府信息公开行政复议、行政诉讼情况及存在的主要问题和改进措施", "其他需要报告的事项")
B = body19("县政府", 2019, 1366, 8, "")
B = [B[0], B[1], B[2], [B[3][0], "主要问题是部分单位公开不及时。下一步，县政府将开展季度检查。"], B[5]]
blocks: list[Any] = [("big", "桑植县人民政府2019年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T), B, strict=True):
    blocks += [("bold", h), *b]
add("b04-hn-sangzhi-2019-docx-merged-four",
    Docx(tuple(blocks)),
    ("桑植县人民政府", "county", "湖南省", "张家界市", "桑植县", 2019), ("overview", "proactive", "requests", "appeals", "other"), T)

# b05. Henan, a city bureau 2016 text: nine old-era parts whose heads keep a page number after a space
P = [("overview", "概述"), ("proactive", "主动公开政府信息情况"), ("response", "政策解读和回应关切情况"),
     ("requests", "依申请公开政府信息情况"), ("fees", "收费及减免情况"), ("appeals", "行政复议和行政诉讼情况"),
     ("system", "制度建设情况"), ("problems", "存在的主要问题及改进措施"), ("other", "其他需要报告的事项")]
B = old_body(P, "市财政局", 2016, "2017年，我局将进一步推进预决算公开。")
add("b05-ha-luoyang-czj-2016-heads-space-page",
    lines(["洛阳市财政局2016年政府信息公开工作年度报告", LAW + "编制本报告。",
           *[x for k, (h, b) in enumerate(zip(num(titles_of(P)), B, strict=True)) for x in (f"{h} {k + 1}", *b)]]),
    ("洛阳市财政局", "department", "河南省", "洛阳市", None, 2016), kinds_of(P), titles_of(P))

# b06. Fujian, a district 2023 portal page: <p><strong> parts; plans only under （二）下一步工作打算 of part 五
B = body19("区政府", 2023, 2364, 44, "")
B[4] = ["（一）存在的不足", "部分栏目更新不够及时。", "（二）下一步工作打算", "一是完善栏目更新机制；二是加强政策解读。"]
html = "\n".join([f"<p>{LAW}编制本报告。</p>"] + [x for h, b in zip(num(T6), B, strict=True)
                                                  for x in (f"<p><strong>{h}</strong></p>", *[f"<p>{t}</p>" for t in b])])
add("b06-fj-jinan-2023-html-plans-subhead",
    page("福州市晋安区人民政府2023年政府信息公开工作年度报告", html, site="福州市晋安区人民政府"),
    ("福州市晋安区人民政府", "district", "福建省", "福州市", "晋安区", 2023), K6, T6)

# b07. Jiangsu, a provincial department 2015 text: unnumbered old-era heads in 【】, response and platform parts
P = [("overview", "概述"), ("proactive", "主动公开情况"), ("concerns", "回应关切情况"), ("platform", "公开平台建设"),
     ("requests", "依申请公开情况"), ("appeals", "复议诉讼情况"), ("problems", "存在问题及改进措施"), ("other", "其他事项")]
B = old_body(P, "江苏省环境保护厅", 2015, "2016年，我厅将加大环境信息公开力度。")
add("b07-js-hbt-2015-lenticular-unnumbered",
    lines(report(["江苏省环境保护厅2015年政府信息公开工作年度报告", LAW + "编制本报告。"], [f"【{t}】" for t in titles_of(P)], B)),
    ("江苏省环境保护厅", "department", "江苏省", None, None, 2015), kinds_of(P), titles_of(P))

# b08. Sichuan, a city bureau 2015 text: eight parts, a numbered 八、联系方式, then 附件 over two numbered tables
P = [("overview", "概述"), ("proactive", "主动公开政府信息情况"), ("requests", "依申请公开政府信息情况"),
     ("response", "回应解读情况"), ("fees", "收费及减免情况"), ("appeals", "行政复议和行政诉讼情况"),
     ("problems", "存在的问题和改进措施"), ("other", "联系方式")]
B = old_body(P[:7], "市交通运输局", 2015, "2016年，我局将完善交通信息发布机制。")
B.append(["联系地址：绵阳市涪城区某某路8号", "联系电话：0816-0000000"])
tail = ["附件", "1.绵阳市交通运输局2015年政府信息公开情况统计表", "指标 单位 数量", "一、主动公开情况 — —",
        "（一）主动公开政府信息数 条 612", "2.绵阳市交通运输局2015年依申请公开情况统计表", "指标 单位 数量", "一、收到申请数 件 6"]
add("b08-sc-mianyang-jtj-2015-contact-annex",
    lines(report(["绵阳市交通运输局2015年政府信息公开工作年度报告", LAW + "编制本报告。"], num(titles_of(P)), B, tail)),
    ("绵阳市交通运输局", "department", "四川省", "绵阳市", None, 2015), (*kinds_of(P), "statistics"), (*titles_of(P), "附件"))


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES27, out)


if __name__ == "__main__":
    write()
