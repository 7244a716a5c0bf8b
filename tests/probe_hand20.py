"""Test utility: the twentieth held-out probe set ``tests/cases/probes20`` (issue 10 item 3,
"sections on unseen reports"), written and labelled by hand before its writer read textmine's
section code and before textmine read the probes. Every probe's difficulty is the section tree, in
shapes the earlier sets (probes16, probes17) have least:

- 2021-format reports whose parts carry the prescribed numbers 一、…六、 but the body's own words in
  other orders (政府信息公开申请收到和处理情况, 政府信息主动公开情况, 行政诉讼、行政复议情况, 主要问题和改进情况);
- 2016–2018 reports with the 2016-era parts (概述 … 存在的主要问题及改进情况, 其他需要报告的事项) written as
  bold paragraphs or plain lines without numbers;
- 其他需要报告的事项 parts holding 收费 and 人大代表建议/政协委员提案 sub-parts (numbered （一） or 1.);
- a closing 附表/附件 list of several tables (a bare list is no part; an 附表 heading over the tables'
  rows is the statistics part);
- 专栏 boxes (【专栏1】, 专栏2：) between parts, which belong to the part before them;
- reports whose parts are numbered （一）（二） and their sub-heads 1. 2.;
- text, Word, PDF, portal pages and CSV/JSONL crawl rows from 15 provinces and every level, 2014–2024.

Conventions are those of the earlier sets (see ``tests/probe_hand16.py``): titles are the bare level-1
heading titles (number and trailing punctuation stripped); kinds follow SCHEMA.md §1; ``plans`` says
whether the report states what will be done. Batch A (a…) was written and labelled on main's code
(b5c65b3) and scored before any fix; batch B (b…) was written after batch A's fixes and scored before any
fix of its own (figures in bench/README.md).

``python -m tests.probe_hand20`` rewrites ``tests/cases/probes20/``; the tests and
``bench/probe_meta.py --set probes20`` read those files.

Example:
    >>> text, header, want = PROBES20["a01-zj-yuhang-2022-order"]
    >>> want["kinds"][0], want["plans"]
    ('overview', True)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import cms_page, wrapped
from tests.probe_hand16 import page, report, row
from tests.probe_hand17 import K6, T6, T6B, num, overview21
from tests.probe_sets import LAW, Docx, Pdf, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes20"

PROBES20: dict[str, Probe] = {}

#: the 2016-era seven parts
K7 = ("overview", "proactive", "requests", "fees", "appeals", "problems", "other")
T7 = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
      "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进情况", "其他需要报告的事项")
#: the 2017–2018 ten parts (回应解读, 机构建设和保障经费, 会议和培训)
K10 = ("overview", "proactive", "response", "requests", "fees", "appeals", "other", "other", "problems", "other")
T10 = ("概述", "主动公开政府信息情况", "回应解读情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
       "因政府信息公开申请行政复议、提起行政诉讼的情况", "机构建设和保障经费情况", "政府信息公开会议和培训情况",
       "存在的主要问题及改进情况", "其他需要报告的事项")
PAREN = ("（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）")


def add(pid: str, content: Any, meta: tuple, kinds: tuple[str, ...] | list[str], titles: tuple[str, ...] | list[str],  # type: ignore[type-arg]
        *, plans: bool = True, header: dict[str, str] | None = None) -> None:
    """Register a probe with its expected level-1 kinds and titles."""
    issuer, level, province, city, county, year = meta
    assert len(kinds) == len(titles), pid
    register(PROBES20, pid, content, header or {}, issuer, level, province, city, county, year,
             list(kinds), list(titles), plans=plans)


def paren(titles: tuple[str, ...] | list[str]) -> list[str]:
    """Headings numbered （一）…（十）."""
    return [f"{PAREN[i]}{t}" for i, t in enumerate(titles)]


def body21(who: str, year: int, active: int, requests: int, plan: str, other: list[str] | None = None) -> list[list[str]]:
    """The six parts' paragraphs of a 2021-format report (``plan`` the sentence of part 五 that says what will be done)."""
    return [overview21(who, year, active, requests), [f"本年度制发行政规范性文件{active % 9}件，废止1件。"],
            [f"本年新收政府信息公开申请{requests}件，上年结转1件，办结{requests + 1}件。"],
            ["本年度发生政府信息公开行政复议案件1件，结果维持；未发生行政诉讼案件。"],
            [f"存在的主要问题是政策解读的针对性不够强。{plan}"], other or ["无。"]]


def other_subs(mark: str = "paren") -> list[str]:
    """A 2021-era 其他需要报告的事项 part holding 收费 and 人大建议/政协提案 sub-parts."""
    heads = ["收取信息处理费情况", "人大代表建议和政协委员提案办理结果公开情况", "年度工作要点落实情况"]
    heads = [f"{PAREN[i]}{h}" if mark == "paren" else f"{i + 1}.{h}" for i, h in enumerate(heads)]
    return [heads[0], "依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。",
            heads[1], "本年度承办人大代表建议12件、政协委员提案18件，办理复文均已按规定公开。",
            heads[2], "对照年度政务公开工作要点，各项任务均已按期完成。"]


def box(n: int, title: str, text: str, style: str = "bracket") -> list[str]:
    """A 专栏 box between parts: its head line and its paragraph."""
    head = f"【专栏{n}】{title}" if style == "bracket" else f"专栏{n}：{title}"
    return [head, text]


# ============================ A. local part words, unnumbered 2016-era heads, 其他 sub-parts, 附表, 专栏, （一）parts ============================

# a01. Zhejiang, a district 2022: the prescribed numbers with local words in other orders
T = ("总体情况", "主动公开政府信息情况", "政府信息公开申请收到和处理情况", "政府信息公开行政复议和行政诉讼情况", "存在的主要问题和改进情况",
     "其他需要报告的事项")
add("a01-zj-yuhang-2022-order",
    "\n".join(report(["杭州市余杭区人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T),
                     body21("区政府", 2022, 3268, 86, "2023年，区政府将推出更多图解和视频解读。"))) + "\n",
    ("杭州市余杭区人民政府", "district", "浙江省", "杭州市", "余杭区", 2022), K6, T)

# a02. Sichuan, a county 2021 in Word: bold numbered heads in local words; 六 without 的
T = ("总体情况", "主动公开政府信息情况", "依申请公开政府信息收到和处理情况", "行政复议、行政诉讼情况", "主要问题及改进情况",
     "其他需要报告事项")
blocks: list[Any] = [("big", "三台县人民政府2021年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(num(T), body21("县政府", 2021, 2156, 32, "下一步，县政府将加强政策解读队伍建设。"), strict=True):
    blocks += [("bold", h), *b]
add("a02-sc-santai-2021-docx-local",
    Docx(tuple(blocks)),
    ("三台县人民政府", "county", "四川省", "绵阳市", "三台县", 2021), K6, T)

# a03. Shandong, a district 2023: a PDF; 政府信息主动公开情况 / 政府信息依申请公开情况 / …引起的…
T = ("总体情况", "政府信息主动公开情况", "政府信息依申请公开情况", "政府信息公开引起的行政复议、行政诉讼情况",
     "政府信息公开工作中存在的主要问题及改进情况", "其他需要报告的事项")
add("a03-sd-licheng-2023-pdf-order",
    Pdf(("济南市历城区人民政府", "2023年政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], num(T), body21("区政府", 2023, 2968, 54, "2024年，我区将健全解读回应机制。"))),
        width=34, lines=32),
    ("济南市历城区人民政府", "district", "山东省", "济南市", "历城区", 2023), K6, T)

# a04. Hubei, a district 2024 crawl row (CSV): 六 holds 收费, 人大建议 and 工作要点 sub-parts numbered （一）
add("a04-hb-yiling-2024-csv-other-subs",
    row("crawl-a.csv", "宜昌市夷陵区人民政府2024年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T6),
                         body21("区政府", 2024, 2416, 38, "2025年，区政府将加强政策解读。", other_subs()))),
        date="2025-01-20"),
    ("宜昌市夷陵区人民政府", "district", "湖北省", "宜昌市", "夷陵区", 2024), K6, T6)

# a05. Guangxi, a county 2023 portal page: parts in <p><strong>; 六 holds sub-parts numbered 1. 2. 3.
add("a05-gx-yangshuo-2023-strong-other-arabic",
    cms_page("阳朔县人民政府2023年政府信息公开工作年度报告",
             [LAW + "编制本报告。"] + [x for h, b in zip(num(T6), body21("县政府", 2023, 1368, 12,
                                                                     "2024年，县政府将规范乡镇公开专栏。",
                                                                     other_subs("arabic")), strict=True)
                                      for x in (("strong", h), *b)], site="阳朔县人民政府"),
    ("阳朔县人民政府", "county", "广西壮族自治区", "桂林市", "阳朔县", 2023), K6, T6)

# a06. Henan, a county 2016 in Word: the seven 2016-era parts as bold paragraphs without numbers
B7 = [["2016年，县政府认真贯彻《条例》，把政府信息公开作为转变政府职能的重要抓手。"], ["全年主动公开政府信息1862条，其中规范性文件12件。"],
      ["全年受理政府信息公开申请18件，均已按期答复。"], ["本年度未收取任何费用。"], ["本年度未发生行政复议、行政诉讼案件。"],
      ["存在的主要问题是部分单位更新不及时。2017年，我县将建立更新督查通报制度。"], ["无。"]]
blocks = [("big", "西峡县人民政府2016年政府信息公开工作年度报告"), LAW + "编制本报告。"]
for h, b in zip(T7, B7, strict=True):
    blocks += [("bold", h), *b]
add("a06-ha-xixia-2016-docx-bold-bare",
    Docx(tuple(blocks)),
    ("西峡县人民政府", "county", "河南省", "南阳市", "西峡县", 2016), K7, T7)

# a07. Gansu, a county 2017 in Word: the ten 2017-era parts bold without numbers, sub-heads （一） bold too
B10 = [["2017年，县政府以推进五公开为重点，扎实做好政府信息公开工作。"],
       [("bold", "（一）主动公开的主要内容"), "全年主动公开政府信息2046条。", ("bold", "（二）主动公开的主要形式"), "主要通过县政府门户网站公开。"],
       ["全年发布政策解读16篇，回应社会关切12次。"], ["全年受理申请9件，均已答复。"], ["未收取费用。"], ["未发生。"],
       ["县政府办公室配备专职人员2名，工作经费纳入预算。"], ["全年组织培训2次，培训人员210人次。"],
       ["存在的主要问题是公开内容不够全面。2018年，县政府将扩大重点领域公开。"], ["无。"]]
blocks = [("big", "秦安县人民政府2017年政府信息公开工作年度报告")]
for h, b in zip(T10, B10, strict=True):
    blocks += [("bold", h), *b]
add("a07-gs-qinan-2017-docx-bold-ten",
    Docx(tuple(blocks)),
    ("秦安县人民政府", "county", "甘肃省", "天水市", "秦安县", 2017), K10, T10)

# a08. Heilongjiang, a district 2018 text: the 2016-era parts as plain lines without numbers (bold lost in the crawl)
add("a08-hl-daoli-2018-bare-lines",
    "\n".join(report(["哈尔滨市道里区人民政府2018年政府信息公开工作年度报告", LAW + "现公布本区2018年政府信息公开工作年度报告。"],
                     list(T7), B7[:1] + [["全年主动公开政府信息2362条。"], *B7[2:5],
                                         ["存在的主要问题是解读形式单一。2019年，我区将丰富解读形式。"], ["无。"]])) + "\n",
    ("哈尔滨市道里区人民政府", "district", "黑龙江省", "哈尔滨市", "道里区", 2018), K7, T7)

# a09. Guangdong, a district 2017 portal page: unnumbered <p><strong> heads; a closing 附件 list of two tables (no part)
html = ["<p>" + LAW + "编制本报告。</p>"]
for h, b in zip(T7, [["2017年，区政府全面推进政务公开。"], ["全年主动公开政府信息3026条。"], ["全年受理申请46件。"], ["未收取费用。"],
                     ["发生行政复议2件。"], ["存在的主要问题是基层公开不够规范。2018年，我区将开展基层公开标准化试点。"], ["无。"]],
                strict=True):
    html += [f"<p><strong>{h}</strong></p>", *(f"<p>{x}</p>" for x in b)]
html += ["<p>附件：1.佛山市南海区2017年政府信息公开情况统计表</p>", "<p>2.佛山市南海区2017年依申请公开政府信息情况统计表</p>"]
add("a09-gd-nanhai-2017-strong-bare-annex-list",
    page("佛山市南海区人民政府2017年政府信息公开工作年度报告", "\n".join(html), site="佛山市南海区人民政府"),
    ("佛山市南海区人民政府", "district", "广东省", "佛山市", "南海区", 2017), K7, T7)

# a10. Jiangsu, a town 2015 text: seven numbered parts, then 附表 over the rows of two tables (statistics)
stat = ["附表", "1.震泽镇2015年主动公开政府信息情况统计表", "统计指标 单位 统计数", "主动公开政府信息数 条 326", "其中：规范性文件数 条 2",
        "2.震泽镇2015年依申请公开政府信息情况统计表", "统计指标 单位 统计数", "收到申请数 件 3", "其中：当面申请数 件 2"]
add("a10-js-zhenze-2015-fubiao-two-tables",
    "\n".join(report(["苏州市吴江区震泽镇人民政府2015年政府信息公开工作年度报告"], num(T7),
                     [["2015年，镇政府认真落实《条例》。"], ["全年主动公开政府信息326条。"], ["全年受理申请3件。"], ["未收取费用。"],
                      ["未发生。"], ["存在的主要问题是公开内容不够丰富。2016年，我镇将扩大公开范围。"], ["无。"]], stat)) + "\n",
    ("苏州市吴江区震泽镇人民政府", "township", "江苏省", "苏州市", "吴江区", 2015), (*K7, "statistics"), (*T7, "附表"))

# a11. Anhui, a city 2019 PDF: 2019 format, a closing 附件 list of three tables (no part)
add("a11-ah-wuhu-2019-pdf-annex-list",
    Pdf(("芜湖市人民政府", "2019年政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], num(T6), body21("市政府", 2019, 5268, 126, "2020年，市政府将完善解读回应机制。"),
                     ["附件：1.主动公开政府信息情况统计表", "2.收到和处理政府信息公开申请情况统计表",
                      "3.政府信息公开行政复议、行政诉讼情况统计表"])), width=36, lines=34),
    ("芜湖市人民政府", "city", "安徽省", "芜湖市", None, 2019), K6, T6)

# a12. Zhejiang, a provincial department 2020 text: 【专栏1】 and 【专栏2】 boxes between parts
B = body21("厅", 2020, 1862, 26, "2021年，我厅将围绕财政政策加强解读。")
B[1] = [*B[1], *box(1, "“三服务”政策解读", "全年围绕减税降费发布解读12篇。"), *box(2, "预决算公开", "全省部门预决算全部公开。")]
add("a12-zj-czt-2020-zhuanlan",
    "\n".join(report(["浙江省财政厅2020年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("浙江省财政厅", "department", "浙江省", None, None, 2020), K6, T6)

# a13. Shaanxi, a city bureau 2022 portal page: <h3> parts, 专栏 boxes in <p><strong> (专栏1：)
html = ["<p>" + LAW + "编制本报告。</p>"]
B = body21("局", 2022, 968, 22, "2023年，我局将加强环境信息公开。")
B[0] = [*B[0][:3], *box(1, "环境质量信息公开", "每月发布空气质量排名。", "colon"), *B[0][3:]]
for i, (h, b) in enumerate(zip(num(T6), B, strict=True)):
    html.append(f"<h3>{h}</h3>")
    for x in b:
        html.append(f"<p><strong>{x}</strong></p>" if x.startswith(("（", "专栏")) else f"<p>{x}</p>")
    if i == 1:
        html += ["<p><strong>专栏2：建设项目环评公示</strong></p>", "<p>全年公示建设项目环评文件86件。</p>"]
add("a13-sn-xian-sthjj-2022-h3-zhuanlan",
    page("西安市生态环境局2022年政府信息公开工作年度报告", "\n".join(html), site="西安市生态环境局"),
    ("西安市生态环境局", "department", "陕西省", "西安市", None, 2022), K6, T6)

# a14. Ministry 2018 text: eight 2018-era parts numbered, 【专栏】 boxes between 二 and 三 and between 四 and 五
T = ("概述", "主动公开政府信息情况", "回应解读情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进情况", "其他需要报告的事项")
B = [["2018年，交通运输部深入贯彻《条例》，全面推进交通运输政务公开。"],
     ["全年主动公开政府信息5268条。", *box(1, "“放管服”改革信息公开", "公开部本级权责清单。")],
     ["全年发布政策解读46篇，回应社会关切62次。"], ["全年受理申请268件。", *box(2, "网约车新政解读", "发布解读文章和图解6篇。")],
     ["未收取费用。"], ["发生行政复议16件，行政诉讼5件。"], ["存在的主要问题是解读的及时性不够。2019年，我部将加强解读。"], ["无。"]]
add("a14-mot-2018-zhuanlan-eight",
    "\n".join(report(["交通运输部2018年政府信息公开工作年度报告"], num(T), B)) + "\n",
    ("交通运输部", "department", None, None, None, 2018),
    ("overview", "proactive", "response", "requests", "fees", "appeals", "problems", "other"), T)

# a15. Hebei, a city 2021 text: parts numbered （一）…（六）, sub-heads 1. … 5. under （一）
sub = ["2021年，市政府坚持以习近平新时代中国特色社会主义思想为指导，推进政务公开。", "1.主动公开", "全年主动公开政府信息6268条。",
       "2.依申请公开", "全年收到申请168件。", "3.政府信息管理", "动态调整公开目录。", "4.政府信息公开平台建设", "优化门户网站。",
       "5.监督保障", "纳入绩效考核。"]
B = body21("市政府", 2021, 6268, 168, "2022年，市政府将加强解读。")
B[0] = sub
add("a15-he-baoding-2021-paren-arabic",
    "\n".join(report(["保定市人民政府2021年政府信息公开工作年度报告"], paren(T6), B)) + "\n",
    ("保定市人民政府", "city", "河北省", "保定市", None, 2021), K6, T6)

# a16. Hebei, a district 2020 in Word: parts （一） bold, sub-heads 1. plain; 五 split 1.存在问题 2.改进措施
B = body21("区政府", 2020, 1682, 26, "")
B[0] = sub
B[4] = ["1.存在问题", "政策解读不够深入。", "2.改进措施", "2021年，区政府将建立解读专家库。"]
blocks = [("big", "石家庄市鹿泉区人民政府2020年政府信息公开工作年度报告")]
for h, b in zip(paren(T6), B, strict=True):
    blocks += [("bold", h), *b]
add("a16-he-luquan-2020-docx-paren",
    Docx(tuple(blocks)),
    ("石家庄市鹿泉区人民政府", "district", "河北省", "石家庄市", "鹿泉区", 2020), K6, T6)

# a17. Shandong, a district 2022 crawl row (JSONL): parts （一）, 五 split 1./2.
B = body21("区政府", 2022, 2268, 42, "")
B[4] = ["1.存在的主要问题", "基层公开标准化有待深化。", "2.改进措施", "2023年，区政府将推进基层公开标准化。"]
add("a17-sd-chengyang-2022-jsonl-paren",
    row("crawl-b.jsonl", "青岛市城阳区人民政府2022年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], paren(T6B), B)), date="2023-01-18"),
    ("青岛市城阳区人民政府", "district", "山东省", "青岛市", "城阳区", 2022), K6, T6B)

# a18. Sichuan, a district 2024 PDF: local words for 五, 六 holding 收费 and 人大建议 sub-parts
T = (*T6[:4], "政府信息公开工作存在的问题和改进措施", "其他需要报告的事项")
add("a18-sc-cuiping-2024-pdf-other-subs",
    Pdf(("宜宾市翠屏区人民政府", "2024年政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], num(T), body21("区政府", 2024, 2068, 36, "2025年，区政府将优化政策文件库。",
                                                          other_subs()))), width=36, lines=34),
    ("宜宾市翠屏区人民政府", "district", "四川省", "宜宾市", "翠屏区", 2024), K6, T)

# a19. Anhui, a county 2014 text: the 2014 seven parts; a closing 附件 list of two tables (no part)
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题和改进措施", "其他需要报告的事项")
add("a19-ah-huaiyuan-2014-annex-list",
    "\n".join(report(["怀远县人民政府2014年政府信息公开工作年度报告"], num(T),
                     [["2014年，县政府认真贯彻《条例》。"], ["全年主动公开政府信息1268条。"], ["全年受理申请12件。"], ["未收取费用。"],
                      ["未发生。"], ["存在的主要问题是公开不够及时。2015年，我县将强化督查。"], ["无。"]],
                     ["附件：1.怀远县2014年政府信息公开情况统计表", "2.怀远县2014年依申请公开情况统计表"])) + "\n",
    ("怀远县人民政府", "county", "安徽省", "蚌埠市", "怀远县", 2014), K7, T)

# a20. Guangdong, a town 2021 crawl row (CSV): local words for 三 and 四
T = ("总体情况", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开行政诉讼、行政复议情况", "存在的主要问题及改进情况",
     "其他需要报告的事项")
add("a20-gd-beijiao-2021-csv-order",
    row("crawl-a.csv", "佛山市顺德区北滘镇人民政府2021年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T), body21("镇政府", 2021, 968, 8, "2022年，我镇将加强村居公开指导。"))),
        date="2022-01-25"),
    ("佛山市顺德区北滘镇人民政府", "township", "广东省", "佛山市", "顺德区", 2021), K6, T)

# a21. National bureau 2024 portal page: <strong> parts, 五 split （一）存在的主要问题 （二）改进措施, 六 with 收费 sub-part
B = body21("国家林业和草原局", 2024, 1568, 62, "", other_subs())
B[4] = ["（一）存在的主要问题", "政策解读的覆盖面不够广。", "（二）改进措施", "2025年，我局将加强重点政策解读。"]
add("a21-lcj-2024-strong-subs",
    cms_page("国家林业和草原局2024年政府信息公开工作年度报告",
             [x for h, b in zip(num(T6), B, strict=True) for x in (("strong", h), *b)], site="国家林业和草原局"),
    ("国家林业和草原局", "department", None, None, None, 2024), K6, T6)

# a22. Shandong, a provincial department 2016 in Word: the seven parts bold without numbers; 附表 heading over rows (statistics)
blocks = [("big", "山东省教育厅2016年政府信息公开工作年度报告")]
for h, b in zip(T7, [["2016年，省教育厅推进教育信息公开。"], ["全年主动公开政府信息1468条。"], ["全年受理申请36件。"], ["未收取费用。"],
                     ["发生行政复议3件。"], ["存在的主要问题是高校信息公开不够均衡。2017年，我厅将加强对高校的督导。"], ["无。"]],
                strict=True):
    blocks += [("bold", h), *b]
blocks += [("bold", "附表"), ("table", [["统计指标", "单位", "统计数"], ["主动公开政府信息数", "条", "1468"],
                                        ["收到申请数", "件", "36"]])]
add("a22-sd-jyt-2016-docx-bold-fubiao",
    Docx(tuple(blocks)),
    ("山东省教育厅", "department", "山东省", None, None, 2016), (*K7, "statistics"), (*T7, "附表"))

# a23. Guangxi, a city 2018 crawl row (JSONL): ten 2018-era parts numbered, a 专栏 box between 三 and 四
B = [x[:] for x in B10]
B[1] = ["全年主动公开政府信息4268条。"]
B[2] = [*B[2], *box(1, "重大项目建设信息公开", "公开重大建设项目批准和实施信息126条。")]
add("a23-gx-liuzhou-2018-jsonl-zhuanlan",
    row("crawl-b.jsonl", "柳州市人民政府2018年政府信息公开工作年度报告",
        "\n".join(report(["2018年，" + LAW + "编制本报告。"], num(T10), B)), date="2019-03-20"),
    ("柳州市人民政府", "city", "广西壮族自治区", "柳州市", None, 2018), K10, T10)

# a24. Gansu, a district 2019 portal page: parts （一） in <p><strong>, sub-heads 1. plain; 附件 list of two tables
B = body21("区政府", 2019, 1268, 16, "2020年，区政府将规范公开目录。")
B[0] = sub
add("a24-gs-maiji-2019-strong-paren-annex",
    cms_page("天水市麦积区人民政府2019年政府信息公开工作年度报告",
             [x for h, b in zip(paren(T6), B, strict=True) for x in (("strong", h), *b)]
             + ["附件：1.主动公开政府信息情况统计表", "2.收到和处理政府信息公开申请情况统计表"], site="天水市麦积区人民政府"),
    ("天水市麦积区人民政府", "district", "甘肃省", "天水市", "麦积区", 2019), K6, T6)

# a25. Sichuan, a district bureau 2023 text wrapped at 34: local words; 六 holds 1./2./3. sub-parts
T = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "行政复议、行政诉讼情况", "存在的主要问题及改进情况",
     "其他需要报告的事项")
add("a25-sc-cuiping-jyj-2023-wrap34",
    "\n".join(wrapped(report(["宜宾市翠屏区教育局2023年政府信息公开工作年度报告"], num(T),
                             body21("局", 2023, 568, 6, "2024年，我局将加强学校公开指导。", other_subs("arabic"))), 34)) + "\n",
    ("宜宾市翠屏区教育局", "department", "四川省", "宜宾市", "翠屏区", 2023), K6, T)

# a26. Hubei, a town 2016 text: the seven parts as plain lines without numbers ending in ：
add("a26-hb-xiaoxita-2016-bare-colon",
    "\n".join(report(["宜昌市夷陵区小溪塔街道办事处2016年政府信息公开工作年度报告"], [t + "：" for t in T7],
                     [["2016年，街道办事处认真贯彻《条例》。"], ["全年主动公开政府信息268条。"], ["全年受理申请2件。"], ["未收取费用。"],
                      ["未发生。"], ["存在的主要问题是公开人员不足。2017年，我街道将配齐人员。"], ["无。"]])) + "\n",
    ("宜昌市夷陵区小溪塔街道办事处", "township", "湖北省", "宜昌市", "夷陵区", 2016), K7, T7)


# ============================ B. written after batch A's fixes, scored before any fix of its own ============================

# b01. Hebei, a county 2022 text (CRLF): local words for 三, 四 and 五
T = ("总体情况", "主动公开政府信息情况", "政府信息公开申请办理情况", "因政府信息公开引发的行政复议、行政诉讼情况",
     "工作中存在的主要问题及改进情况", "其他需要报告的事项")
add("b01-he-shexian-2022-crlf-local",
    "\r\n".join(report(["涉县人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T),
                       body21("县政府", 2022, 1468, 16, "2023年，县政府将拓展解读渠道。"))) + "\r\n",
    ("涉县人民政府", "county", "河北省", "邯郸市", "涉县", 2022), K6, T)

# b02. Jiangxi, a county 2018 in Word: ten parts bold without numbers, a closing 附件 list of two tables as plain paragraphs
blocks = [("big", "于都县人民政府2018年政府信息公开工作年度报告")]
for h, b in zip(T10, B10, strict=True):
    blocks += [("bold", h), *b]
blocks += ["附件：1.于都县2018年政府信息公开情况统计表", "2.于都县2018年依申请公开政府信息情况统计表"]
add("b02-jx-yudu-2018-docx-bold-annex-list",
    Docx(tuple(blocks)),
    ("于都县人民政府", "county", "江西省", "赣州市", "于都县", 2018), K10, T10)

# b03. Hubei, a city 2021 portal page: <strong> parts, a 【专栏】 box in <strong> between 三 and 四, 六 with （一）（二）（三） sub-parts
B = body21("市政府", 2021, 6868, 186, "2022年，市政府将完善政策解读机制。", other_subs())
B[2] = [*B[2], ("strong", "【专栏1】依申请公开办理规范化"), "制定依申请公开办理流程，统一答复文书格式。"]
add("b03-hb-xiangyang-2021-strong-zhuanlan",
    cms_page("襄阳市人民政府2021年政府信息公开工作年度报告",
             [x for h, b in zip(num(T6), B, strict=True) for x in (("strong", h), *b)], site="襄阳市人民政府"),
    ("襄阳市人民政府", "city", "湖北省", "襄阳市", None, 2021), K6, T6)

# b04. Zhejiang, a district 2020 PDF: parts （一）…（六） with 1.…5. under 总体情况; a closing 附件 list of three tables
B = body21("区政府", 2020, 2568, 38, "2021年，区政府将加强基层公开指导。")
B[0] = sub
add("b04-zj-lucheng-2020-pdf-paren-annex",
    Pdf(("温州市鹿城区人民政府", "2020年政府信息公开工作年度报告"),
        tuple(report([LAW + "编制本报告。"], paren(T6), B,
                     ["附件：1.主动公开政府信息情况统计表", "2.收到和处理政府信息公开申请情况统计表", "3.行政复议、行政诉讼情况统计表"])),
        width=36, lines=34),
    ("温州市鹿城区人民政府", "district", "浙江省", "温州市", "鹿城区", 2020), K6, T6)

# b05. Henan, a city bureau 2016 crawl row (CSV): seven numbered parts, then 附表：1.…统计表 over the rows of two tables
stat = ["附表：1.洛阳市财政局2016年主动公开政府信息情况统计表", "统计指标 单位 统计数", "主动公开政府信息数 条 862",
        "2.洛阳市财政局2016年依申请公开政府信息情况统计表", "统计指标 单位 统计数", "收到申请数 件 12"]
add("b05-ha-luoyang-czj-2016-csv-fubiao-inline",
    row("crawl-a.csv", "洛阳市财政局2016年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], num(T7),
                         [["2016年，市财政局推进预决算公开。"], ["全年主动公开政府信息862条。"], ["全年受理申请12件。"], ["未收取费用。"],
                          ["未发生。"], ["存在的主要问题是公开形式单一。2017年，我局将推出图解。"], ["无。"]], stat)),
        date="2017-03-21"),
    ("洛阳市财政局", "department", "河南省", "洛阳市", None, 2016), (*K7, "statistics"), (*T7, "附表"))

# b06. Sichuan, a provincial department 2017 text: ten parts as plain lines without numbers, a 专栏1： box inside 主动公开
B = [x[:] for x in B10]
B[0] = ["2017年，省水利厅以推进五公开为重点，扎实做好水利政务公开。"]
B[1] = ["全年主动公开政府信息1668条。", *box(1, "河长制信息公开", "公开省级河长名单和河长制工作进展。", "colon")]
B[1] = [x if not isinstance(x, tuple) else x[1] for x in B[1]]
B[6] = ["厅办公室配备专职人员2名，工作经费纳入预算。"]
B[8] = ["存在的主要问题是公开内容不够全面。2018年，我厅将扩大重点领域公开。"]
add("b06-sc-slt-2017-bare-lines-zhuanlan",
    "\n".join(report(["四川省水利厅2017年政府信息公开工作年度报告"], list(T10), B)) + "\n",
    ("四川省水利厅", "department", "四川省", None, None, 2017), K10, T10)

# b07. Guangdong, a district 2023 crawl row (JSONL): parts （一）, restarts （一）… under 总体情况 and under 五
B = body21("区政府", 2023, 1968, 28, "")
B[4] = ["（一）存在的主要问题", "解读的通俗性不够。", "（二）改进措施", "2024年，区政府将推出图解和短视频解读。"]
add("b07-gd-xinhui-2023-jsonl-paren-two-restarts",
    row("crawl-b.jsonl", "江门市新会区人民政府2023年政府信息公开工作年度报告",
        "\n".join(report([LAW + "编制本报告。"], paren(T6), B)), date="2024-01-19"),
    ("江门市新会区人民政府", "district", "广东省", "江门市", "新会区", 2023), K6, T6)

# b08. Jiangsu, a street 2024 portal page: <p><b> parts, a 【专栏】 box without a number, 六 with 1. 2. 3. sub-parts
B = body21("街道", 2024, 468, 2, "2025年，我街道将规范社区公开栏。", other_subs("arabic"))
B[1] = [*B[1], "【专栏】便民服务事项公开", "公开街道便民服务事项36项。"]
add("b08-js-moling-2024-b-zhuanlan",
    cms_page("南京市江宁区秣陵街道办事处2024年政府信息公开工作年度报告",
             [x for h, b in zip(num(T6), B, strict=True) for x in (("b", h), *b)], site="南京市江宁区人民政府"),
    ("南京市江宁区秣陵街道办事处", "township", "江苏省", "南京市", "江宁区", 2024), K6, T6)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES20, out)


if __name__ == "__main__":
    write()
