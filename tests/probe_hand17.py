"""Test utility: the seventeenth held-out probe set ``tests/cases/probes17`` (issue 10 item 3,
"sections on unseen reports"), written and labelled by hand before its writer read textmine's
section code and before textmine read the probes. Every probe's difficulty is the section tree, in
the shapes real crawled reports take and the earlier sets have least:

- 2019- and 2021-format reports whose six parts carry the body's own wording: 一、总体情况 then the five
  sub-heads （一）主动公开 … （五）监督保障, one of which repeats a level-1 title; 五、政府信息公开工作存在的
  主要问题及改进情况 split into 存在问题 / 改进措施 sub-heads;
- free-form 2009–2018 reports of ministries and provincial departments with 8–12 parts;
- statistics tables flattened between parts; parts numbered 1. 2. or 第一、; headings that are whole
  sentences ending in 。; an 附表 tail; an 其他需要报告的事项 part that says 无;
- reports in one line and reports hard-wrapped at 30–40 characters; text, Word, PDF and HTML.

Conventions are those of the earlier sets (see ``tests/probe_hand16.py``): titles are the bare level-1
heading titles (number and trailing punctuation stripped); kinds follow SCHEMA.md §1; ``plans`` says
whether the report states what will be done. Batch A (a…) was written and labelled on main's code
(b07abf8) and scored before any fix; batch B (b…) was written after batch A's fixes and batch C (c…) after
batch B's, each scored before any fix of its own (figures in bench/README.md). One label of batch A was corrected with evidence
(a04: a table's caption …情况统计表 opens a section of kind statistics).

``python -m tests.probe_hand17`` rewrites ``tests/cases/probes17/``; the tests and
``bench/probe_meta.py --set probes17`` read those files.

Example:
    >>> text, header, want = PROBES17["a01-hn-chaling-2022-subheads"]
    >>> want["kinds"][0], want["plans"]
    ('overview', True)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import cms_page, wrapped
from tests.probe_hand16 import page, report, row
from tests.probe_sets import LAW, Docx, Pdf, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes17"

PROBES17: dict[str, Probe] = {}

K6 = ("overview", "proactive", "requests", "appeals", "problems", "other")
T6 = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况", "其他需要报告的事项")
#: The same six parts in the wording many bodies use for the fifth.
T6B = (*T6[:4], "政府信息公开工作存在的主要问题及改进情况", T6[5])
K8 = ("overview", "proactive", "requests", "consultation", "fees", "appeals", "problems", "other")
T8 = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开咨询处理情况", "政府信息公开的收费及减免情况",
      "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题和改进措施", "其他需要报告的事项")
SUBS = ("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障")
ARABIC = "123456789"
CN = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


def add(pid: str, content: Any, meta: tuple, kinds: tuple[str, ...] | list[str], titles: tuple[str, ...] | list[str],  # type: ignore[type-arg]
        *, plans: bool = True, header: dict[str, str] | None = None) -> None:
    """Register a probe with its expected level-1 kinds and titles."""
    issuer, level, province, city, county, year = meta
    assert len(kinds) == len(titles), pid
    register(PROBES17, pid, content, header or {}, issuer, level, province, city, county, year,
             list(kinds), list(titles), plans=plans)


def num(titles: tuple[str, ...] | list[str], mark: str = "、") -> list[str]:
    """Headings numbered 一、… 十二、 (``mark`` after the numeral)."""
    return [f"{CN[i]}{mark}{t}" for i, t in enumerate(titles)]


def arabic(titles: tuple[str, ...] | list[str], mark: str = ".") -> list[str]:
    """Headings numbered 1. 2. … (``mark`` after the numeral)."""
    return [f"{ARABIC[i]}{mark}{t}" for i, t in enumerate(titles)]


def overview21(who: str, year: int, active: int, requests: int) -> list[str]:
    """The 2021 format's 总体情况: an opening paragraph, then the five sub-heads each with a paragraph."""
    return [f"{year}年，{who}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《条例》，扎实推进政务公开工作。",
            SUBS[0], f"全年通过门户网站主动公开政府信息{active}条，其中政策文件{active // 10}件，政策解读{active // 40}篇。",
            SUBS[1], f"全年共收到政府信息公开申请{requests}件，均在法定期限内答复。",
            SUBS[2], "严格落实公开前保密审查制度，动态调整主动公开基本目录。",
            SUBS[3], "优化门户网站政府信息公开专栏，及时更新政策文件库。",
            SUBS[4], "将政务公开纳入年度绩效考核，全年组织业务培训2次。"]


def table21_rows(active: int) -> list[str]:
    """The 2021 tables of parts 二 and 三 flattened one row a line (labels and figures as crawls keep them)."""
    return ["第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数", "规章 0 0 0", f"行政规范性文件 {active % 7} 1 {active % 13}",
            "第二十条第（五）项", "信息内容 本年处理决定数量", "行政许可 1268"]


def requests_rows(n: int) -> list[str]:
    """The 2021 table of part 三 flattened one row a line."""
    return ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况 自然人 法人或其他组织 总计",
            f"一、本年新收政府信息公开申请数量 {n} 0 0 0 0 0 {n}", "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
            "三、本年度办理结果", f"（一）予以公开 {n} 0 0 0 0 0 {n}", "（二）部分公开 0 0 0 0 0 0 0",
            "（三）不予公开", "1.属于国家秘密 0 0 0 0 0 0 0", "四、结转下年度继续办理 0 0 0 0 0 0 0"]


# ============================ A. body wording, sub-heads, old ministries, numbering, wraps, containers ============================

# a01. Hunan, a county 2022: 2021 format with the five sub-heads of 总体情况 (（一）主动公开 repeats a part's words);
# 五、 split into （一）存在问题 / （二）改进措施
B = [overview21("县政府", 2022, 1862, 14), ["本年度制发行政规范性文件3件，废止1件，现行有效28件。"],
     ["本年新收政府信息公开申请14件，办结14件。"], ["本年度发生政府信息公开行政复议案件1件，结果维持。"],
     ["（一）存在问题", "一是政策解读形式较单一；二是部分乡镇信息更新不及时。", "（二）改进措施",
      "一是丰富解读形式，推出图解和短视频；二是加强对乡镇的督促指导。"], ["无。"]]
add("a01-hn-chaling-2022-subheads",
    "\n".join(report(["茶陵县人民政府2022年政府信息公开工作年度报告", LAW + "编制本报告。"], num(T6B), B)) + "\n",
    ("茶陵县人民政府", "county", "湖南省", "株洲市", "茶陵县", 2022), K6, T6B)

# a02. Guangdong, a city bureau 2020 in Word (2019 format): parts as plain numbered paragraphs; sub-heads; 五、 split
B = [overview21("市自然资源局", 2020, 2368, 46), ["本年度新制作规范性文件4件，新公开4件。"],
     ["本年新收政府信息公开申请46件，上年结转2件，办结48件。"],
     ["本年度发生政府信息公开行政复议案件3件，行政诉讼案件1件。"],
     ["（一）存在的主要问题", "信息公开的及时性有待提高。", "（二）改进情况", "2021年，我局将建立信息发布台账，逐项跟踪发布时限。"],
     ["本年度无其他需要报告的事项。"]]
add("a02-gd-shantou-zrzyj-2020-docx",
    Docx(tuple(report([("big", "汕头市自然资源局2020年政府信息公开工作年度报告")], num(T6B), B))),
    ("汕头市自然资源局", "department", "广东省", "汕头市", None, 2020), K6, T6B)

# a03. Ministry 2012: ten free-form parts with 咨询 and 收费 parts and a 机构 part; CRLF lines
T = ("概述", "政府信息公开的组织领导和制度建设情况", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开咨询处理情况",
     "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开保密审查情况",
     "政府信息公开工作存在的主要问题和改进措施", "其他需要报告的事项")
B = ["2012年，水利部认真贯彻落实《条例》，把政府信息公开作为推进依法行政的重要内容。",
     "部政府信息公开工作领导小组召开会议2次，修订《水利部政府信息公开办法》。",
     "全年主动公开政府信息4218条，其中通过部门户网站公开3962条。", "全年共受理政府信息公开申请86件，均已按期答复。",
     "全年接受电话、来访咨询1362人次。", "本年度未收取任何费用。", "本年度发生因政府信息公开申请行政复议案件2件，未发生行政诉讼。",
     "坚持先审查、后公开，全年未发生泄密事件。",
     "存在的主要问题是部分流域机构公开工作进展不平衡。2013年，我部将加强对流域机构的指导和检查。", "无。"]
add("a03-mwr-2012-ten-parts",
    "\r\n".join(report(["水利部2012年政府信息公开工作年度报告"], num(T), B)) + "\r\n",
    ("水利部", "department", None, None, None, 2012),
    ("overview", "measures", "proactive", "requests", "consultation", "fees", "appeals", "measures", "problems", "other"), T)

# a04. Jiangsu, a provincial department 2014: nine parts, the 2014 statistics table flattened between 八、 and 九、
T = ("概述", "主动公开政府信息情况", "重点领域政府信息公开情况", "依申请公开政府信息情况", "政府信息公开咨询处理情况",
     "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题和改进措施", "其他需要报告的事项")
STAT14 = ["江苏省交通运输厅2014年政府信息公开情况统计表", "统计指标 单位 统计数", "一、主动公开情况", "（一）主动公开政府信息数 条 1268",
          "其中：主动公开规范性文件数 条 16", "二、回应解读情况", "三、依申请公开情况", "（一）收到申请数 件 38", "四、行政复议数量 件 1",
          "五、行政诉讼数量 件 0", "六、举报投诉数量 件 0", "七、依申请公开信息收取的费用 万元 0", "八、机构建设和保障经费情况",
          "九、政府信息公开会议和培训情况"]
B = [["2014年，省交通运输厅紧紧围绕全省交通运输中心工作，深化政府信息公开。"], ["全年主动公开政府信息1268条。"],
     ["围绕行政审批、财政资金、重大项目公开信息386条。"], ["全年收到政府信息公开申请38件，均已答复。"],
     ["全年接受咨询526人次。"], ["本年度未收取费用。"], ["本年度发生行政复议案件1件。"],
     ["存在的主要问题是公开内容与公众需求还有差距。2015年，我厅将围绕公众关切扩大公开范围。", *STAT14], ["无。"]]
# (label corrected after scoring: a table's caption 某某2014年政府信息公开情况统计表 opens a section of kind
# statistics, SCHEMA.md §1 and tests/probe_hand11.py; first labelled as part of 八)
B = [*B[:7], B[7][:1], STAT14[1:], B[8]]
add("a04-js-jtt-2014-stat-between",
    "\n".join(report(["江苏省交通运输厅2014年政府信息公开工作年度报告"], [*num(T[:8]), STAT14[0], "九、" + T[8]], B)) + "\n",
    ("江苏省交通运输厅", "department", "江苏省", None, None, 2014),
    ("overview", "proactive", "proactive", "requests", "consultation", "fees", "appeals", "problems", "statistics", "other"),
    (*T[:8], STAT14[0], T[8]))

# a05. Shandong, a county 2021: parts numbered 1. 2. …; sub-heads （一）…; one paragraph per line
B = [overview21("县政府", 2021, 1566, 9), ["本年度制发行政规范性文件2件。"], ["本年新收申请9件，办结9件。"],
     ["本年度未发生政府信息公开行政复议、行政诉讼案件。"],
     ["存在的主要问题是基层公开标准化规范化有待加强。下一步，县政府将推进基层政务公开标准目录落地。"], ["无其他需要报告的事项。"]]
add("a05-sd-yishui-2021-arabic",
    "\n".join(report(["沂水县人民政府2021年政府信息公开工作年度报告"], arabic(T6), B)) + "\n",
    ("沂水县人民政府", "county", "山东省", "临沂市", "沂水县", 2021), K6, T6)

# a06. Henan, a city bureau 2022: parts numbered 第一、第二、…
B = [["2022年，市生态环境局认真落实《条例》要求。"], ["全年主动公开环评审批、执法监管等信息826条。"], ["本年新收申请22件，办结22件。"],
     ["本年度发生行政复议案件2件，均维持。"], ["存在的主要问题是公开信息的可读性不强。2023年，我局将加强图解解读。"], ["无。"]]
add("a06-ha-luoyang-sthjj-2022-diyi",
    "\n".join(report(["洛阳市生态环境局2022年政府信息公开工作年度报告"], [f"第{c}、{t}" for c, t in zip("一二三四五六", T6, strict=True)], B)) + "\n",
    ("洛阳市生态环境局", "department", "河南省", "洛阳市", None, 2022), K6, T6)

# a07. Hebei, a provincial department 2011: free-form, headings are whole sentences ending in 。 (thematic), then
# problems and plans parts
T = ("强化组织领导，健全工作机制", "突出公开重点，扎实推进主动公开", "规范办理程序，认真做好依申请公开",
     "存在的问题", "下一步工作打算")
B = ["厅党组高度重视政府信息公开工作，成立了由分管副厅长任组长的领导小组。", "全年主动公开政府信息1026条。",
     "全年受理政府信息公开申请12件，均在规定期限内答复。", "一是公开内容不够全面；二是网站更新不够及时。",
     "2012年，我厅将进一步完善公开目录，加快网站更新。"]
add("a07-he-slt-2011-sentence-heads",
    "\n".join(report(["河北省水利厅2011年政府信息公开工作年度报告"], [f"{h}。" for h in num(T)], B)) + "\n",
    ("河北省水利厅", "department", "河北省", None, None, 2011), ("measures", "proactive", "requests", "problems", "plans"), T)

# a08. Sichuan, a district 2023: the whole report on one line, 2021 sub-heads and the statistics rows inside it
B = ["".join(overview21("区政府", 2023, 2026, 31)), "".join(table21_rows(2026)), "".join(requests_rows(31)),
     "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是政策解读的精准度不够。下一步，区政府将围绕企业和群众关切开展解读。", "无。"]
add("a08-sc-wuhou-2023-oneline-tables",
    "".join(report(["成都市武侯区人民政府2023年政府信息公开工作年度报告"], num(T6), B)),
    ("成都市武侯区人民政府", "district", "四川省", "成都市", "武侯区", 2023), K6, T6)

# a09. Zhejiang, a town 2022: every line hard-wrapped at 34 characters (headings too)
B = ["".join(overview21("镇政府", 2022, 386, 2)), "本年度未制发规范性文件。", "本年新收政府信息公开申请2件，均已答复。",
     "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是公开栏更新不够及时。2023年，我镇将落实专人每月更新公开栏。", "无。"]
add("a09-zj-xinshi-2022-wrap34",
    "\n".join(wrapped(report(["德清县新市镇人民政府2022年政府信息公开工作年度报告"], num(T6B), B), 34)) + "\n",
    ("德清县新市镇人民政府", "township", "浙江省", "湖州市", "德清县", 2022), K6, T6B)

# a10. Anhui, a provincial department 2016: eleven parts (2016 points: 解读回应, 重点领域), hard-wrapped at 38
T = ("概述", "主动公开政府信息情况", "重点领域政府信息公开情况", "政策解读和回应社会关切情况", "依申请公开政府信息情况",
     "政府信息公开咨询处理情况", "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
     "政府信息公开保障情况", "存在的主要问题及改进措施", "其他需要报告的事项")
B = ["2016年，省财政厅按照省政府办公厅政务公开工作要点，全面推进财政信息公开。", "全年主动公开政府信息2863条。",
     "全面公开省级部门预决算和三公经费，督促市县公开预决算。", "全年发布政策解读26篇，回应社会关切18次。",
     "全年收到政府信息公开申请56件，均已答复。", "全年接受咨询1026人次。", "本年度未收取费用。",
     "本年度发生行政复议案件3件，行政诉讼案件1件。", "厅办公室配备专职人员2名。",
     "存在的主要问题是预算公开的细化程度不够。2017年，我厅将推动预算公开到项目。", "无。"]
add("a10-ah-czt-2016-eleven-wrap38",
    "\n".join(wrapped(report(["安徽省财政厅2016年政府信息公开工作年度报告"], num(T), B), 38)) + "\n",
    ("安徽省财政厅", "department", "安徽省", None, None, 2016),
    ("overview", "proactive", "proactive", "response", "requests", "consultation", "fees", "appeals", "other", "problems",
     "other"), T)

# a11. Guizhou, a county 2021: a PDF (width 32), with sub-heads and a 附表 tail (the statistics)
paras = report([], num(T6B),
               [overview21("县政府", 2021, 1368, 6), ["本年度制发行政规范性文件1件。"], ["本年新收政府信息公开申请6件，办结6件。"],
                ["本年度未发生政府信息公开行政复议、行政诉讼案件。"],
                ["存在的主要问题是政务公开专业人员不足。2022年，县政府将加强业务培训。"], ["无。"]],
               ["附表", *requests_rows(6)])
add("a11-gz-cengong-2021-pdf-fubiao",
    Pdf(("岑巩县人民政府", "2021年政府信息公开工作年度报告"), tuple(paras), width=32, lines=30),
    ("岑巩县人民政府", "county", "贵州省", "黔东南苗族侗族自治州", "岑巩县", 2021), (*K6, "statistics"), (*T6B, "附表"))

# a12. Jilin, a city 2019: a portal page, <p> per paragraph, parts as plain <p> numbered heads, sub-heads too
B = [overview21("市政府", 2019, 5628, 68), ["本年度新制作规范性文件12件。"], ["本年新收申请68件，办结68件。"],
     ["本年度发生行政复议案件5件，行政诉讼案件2件。"],
     ["（一）存在的问题", "部分单位对新修订《条例》理解不到位。", "（二）改进措施", "2020年，市政府将组织新《条例》专题培训。"],
     ["本年度无其他需要报告的事项。"]]
add("a12-jl-siping-2019-page",
    page("四平市人民政府2019年政府信息公开工作年度报告", "\n".join(f"<p>{p}</p>" for p in report([], num(T6B), B)), site="四平市人民政府"),
    ("四平市人民政府", "city", "吉林省", "四平市", None, 2019), K6, T6B)

# a13. Ministry 2009: eight parts of the 2008 format (咨询 part), flattened to one line
B = ["2009年，商务部按照《条例》要求，推进政府信息公开工作。", "全年主动公开政府信息6268条。", "全年受理政府信息公开申请168件。",
     "全年接受咨询2186人次。", "本年度未收取费用。", "本年度发生行政复议案件6件，行政诉讼案件2件。",
     "存在的主要问题是公开目录更新不够及时。2010年，我部将完善公开目录动态调整机制。", "无其他需要报告的事项。"]
add("a13-mofcom-2009-flat",
    "".join(report(["商务部2009年政府信息公开工作年度报告"], num(T8), B)),
    ("商务部", "department", None, None, None, 2009), K8, T8)

# a14. Hubei, a provincial department 2018: nine parts, CR lines; part 八 says 无
T = ("概述", "主动公开政府信息情况", "重点领域信息公开情况", "政策解读与回应关切情况", "依申请公开政府信息情况",
     "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施", "其他需要报告的事项")
B = ["2018年，省卫生健康委认真落实政务公开工作要点。", "全年主动公开政府信息1862条。", "公开医疗机构监督检查信息326条。",
     "发布政策解读16篇。", "全年收到政府信息公开申请36件。", "本年度未收取费用。", "本年度发生行政复议案件2件。",
     "主要问题是解读的针对性不强。2019年，我委将加强解读。", "无"]
add("a14-hb-wjw-2018-cr",
    "\r".join(report(["湖北省卫生健康委员会2018年政府信息公开工作年度报告"], num(T), B)) + "\r",
    ("湖北省卫生健康委员会", "department", "湖北省", None, None, 2018),
    ("overview", "proactive", "proactive", "response", "requests", "fees", "appeals", "problems", "other"), T)

# a15. Yunnan, a county bureau 2021: the 2021 tables flattened one row a line between parts 二/三 and 三/四
B = [["2021年，县教育体育局认真贯彻《条例》，推进教育领域政务公开。"], ["全年主动公开政府信息268条。", *table21_rows(268)],
     ["本年新收申请5件，办结5件。", *requests_rows(5)], ["本年度未发生行政复议、行政诉讼案件。"],
     ["存在的主要问题是学校信息公开不够规范。2022年，我局将开展学校信息公开专项检查。"], ["无。"]]
add("a15-yn-luliang-jtj-2021-rows",
    "\n".join(report(["陆良县教育体育局2021年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("陆良县教育体育局", "department", "云南省", "曲靖市", "陆良县", 2021), K6, T6)

# a16. Liaoning, a district 2020: 2019 format, 五、 split into 存在问题 / 改进措施 sub-heads without numbers, flattened
B = ["".join(overview21("区政府", 2020, 1162, 16)), "本年度新制作规范性文件2件。", "本年新收申请16件，办结16件。",
     "本年度发生行政复议案件1件。", "存在问题：部分部门公开信息不够及时。改进措施：2021年，区政府将建立公开时限提醒制度。",
     "无。"]
add("a16-ln-tiexi-2020-flat-unnumbered-subs",
    "".join(report(["沈阳市铁西区人民政府2020年政府信息公开工作年度报告"], num(T6B), B)),
    ("沈阳市铁西区人民政府", "district", "辽宁省", "沈阳市", "铁西区", 2020), K6, T6B)

# a17. Shaanxi, a provincial bureau 2013: twelve parts, part titles in the old formats' words, Word
T = ("概述", "政府信息公开工作机构建设情况", "主动公开政府信息情况", "依申请公开政府信息情况", "不予公开政府信息情况",
     "政府信息公开咨询处理情况", "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
     "政府信息公开保密审查情况", "政府信息公开工作存在的主要问题", "改进措施", "其他需要报告的事项")
B = ["2013年，省地方税务局深入贯彻《条例》。", "局办公室为政府信息公开工作机构，配备专职工作人员3名。", "全年主动公开政府信息962条。",
     "全年受理申请18件。", "本年度不予公开1件，理由为属于国家秘密。", "全年接受咨询628人次。", "本年度未收取费用。",
     "本年度未发生行政复议、行政诉讼。", "坚持先审后发。", "一是公开形式单一；二是基层公开不平衡。",
     "2014年，我局将拓展公开渠道，加强对基层的指导。", "无。"]
add("a17-sn-dsj-2013-twelve-docx",
    Docx((("big", "陕西省地方税务局2013年政府信息公开工作年度报告"), *report([], num(T), B))),
    ("陕西省地方税务局", "department", "陕西省", None, None, 2013),
    ("overview", "other", "proactive", "requests", "requests", "consultation", "fees", "appeals", "measures", "problems",
     "plans", "other"), T)

# a18. Xinjiang, a city 2022: a portal page flattened into one <p>, sub-heads included
B = ["".join(overview21("市政府", 2022, 3268, 27)), "本年度制发行政规范性文件6件。", "本年新收申请27件，办结27件。",
     "本年度发生行政复议案件2件。", "存在的主要问题是双语公开内容不足。2023年，市政府将扩大双语公开。", "无。"]
add("a18-xj-hami-2022-page-onepara",
    cms_page("哈密市人民政府2022年政府信息公开工作年度报告", ["".join(report([], num(T6), B))], site="哈密市人民政府",
             h1="哈密市人民政府2022年政府信息公开工作年度报告"),
    ("哈密市人民政府", "city", "新疆维吾尔自治区", "哈密市", None, 2022), K6, T6)

# a19. Jiangxi, a county 2023: Arabic numbers with 、 (1、2、) and the sub-heads as (1)(2)
B = [["2023年，县政府认真落实《条例》。", "(1)主动公开", "全年主动公开政府信息1326条。", "(2)依申请公开", "全年收到申请8件。"],
     ["本年度制发行政规范性文件2件。"], ["本年新收申请8件，办结8件。"], ["本年度未发生行政复议、行政诉讼。"],
     ["存在的主要问题是公开质量不高。2024年，县政府将开展公开质量评估。"], ["无。"]]
add("a19-jx-anfu-2023-arabic-dun",
    "\n".join(report(["安福县人民政府2023年政府信息公开工作年度报告"], arabic(T6, "、"), B)) + "\n",
    ("安福县人民政府", "county", "江西省", "吉安市", "安福县", 2023), K6, T6)

# a20. Heilongjiang, a county 2015: free-form 8 parts with a statistics table flattened inside part 二 (tab cells)
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开咨询处理情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题和改进措施", "其他需要报告的事项")
B = [["2015年，县政府推进政府信息公开工作。"],
     ["全年主动公开政府信息862条。", "一、主动公开情况\t\t", "（一）主动公开政府信息数\t条\t862", "二、依申请公开情况\t\t",
      "（一）收到申请数\t件\t3", "三、行政复议数量\t件\t0"],
     ["全年受理申请3件。"], ["全年接受咨询126人次。"], ["未收取费用。"], ["未发生。"],
     ["存在的主要问题是公开内容不够丰富。今后，县政府将丰富公开内容。"], ["无。"]]
add("a20-hl-yilan-2015-tab-rows",
    "\n".join(report(["依兰县人民政府2015年政府信息公开工作年度报告"], num(T), B)) + "\n",
    ("依兰县人民政府", "county", "黑龙江省", "哈尔滨市", "依兰县", 2015), K8, T)

# a21. Guangxi, a city bureau 2021: problems and plans sub-heads repeat the part's words (存在的主要问题 / 改进情况)
B = [["2021年，市住房城乡建设局认真贯彻落实《条例》。"], ["全年主动公开政府信息568条。"], ["本年新收申请18件，办结18件。"],
     ["本年度发生行政复议案件1件。"],
     ["（一）政府信息公开工作存在的主要问题", "公开内容不够全面。", "（二）改进情况", "下一步，我局将扩大公开范围。"], ["无。"]]
add("a21-gx-liuzhou-zjj-2021-repeat-subs",
    "\n".join(report(["柳州市住房和城乡建设局2021年政府信息公开工作年度报告"], num(T6B), B)) + "\n",
    ("柳州市住房和城乡建设局", "department", "广西壮族自治区", "柳州市", None, 2021), K6, T6B)

# a22. Qinghai, a provincial department 2010: eight parts, headings closed by 。 and run in on one line
B = ["2010年，省民政厅认真贯彻《条例》。", "全年主动公开政府信息568条。", "全年受理申请6件。", "全年接受咨询328人次。",
     "未收取费用。", "未发生。", "存在的主要问题是公开的及时性不够。2011年，我厅将加强时效管理。", "无。"]
add("a22-qh-mzt-2010-flat-stops",
    "".join(f"{h}。{b}" for h, b in zip(num(T8), B, strict=True)),
    ("青海省民政厅", "department", "青海省", None, None, 2010), K8, T8,
    header={"标题": "青海省民政厅2010年政府信息公开工作年度报告"})

# a23. Inner Mongolia, a banner 2022: CR-separated, sub-heads, 五、 split, and 六、 says 本年度无其他需要报告的事项。
B = [overview21("旗政府", 2022, 1086, 4), ["本年度制发行政规范性文件1件。"], ["本年新收申请4件，办结4件。"], ["未发生。"],
     ["（一）存在的不足", "公开内容的针对性不强。", "（二）下一步工作打算", "2023年，旗政府将围绕群众关切公开信息。"],
     ["本年度无其他需要报告的事项。"]]
add("a23-nmg-zhungeer-2022-cr-subs",
    "\r".join(report(["准格尔旗人民政府2022年政府信息公开工作年度报告"], num(T6B), B)) + "\r",
    ("准格尔旗人民政府", "county", "内蒙古自治区", "鄂尔多斯市", "准格尔旗", 2022), K6, T6B)

# a24. Tianjin, a district bureau 2024 in Word, bold numbered heads; sub-heads bold; 附件 line at the end
B = [overview21("区市场监管局", 2024, 826, 11), ["本年度制发行政规范性文件1件。"], ["本年新收申请11件，办结11件。"],
     ["本年度发生行政复议案件1件。"],
     ["（一）存在的问题", "信息公开的规范化程度不高。", "（二）改进措施", "2025年，我局将对照标准目录规范公开。"], ["无。"]]
blocks: list[Any] = [("big", "天津市滨海新区市场监督管理局2024年政府信息公开工作年度报告")]
for h, b in zip(num(T6B), B, strict=True):
    blocks += [("bold", h), *[("bold", p) if p.startswith("（") and len(p) < 20 else p for p in b]]
blocks += ["附件：2024年政府信息公开工作年度报告统计表"]
add("a24-tj-binhai-scjgj-2024-docx-bold",
    Docx(tuple(blocks)),
    ("天津市滨海新区市场监督管理局", "department", "天津市", "天津市", "滨海新区", 2024), K6, T6B)

# a25. Chongqing, a county 2017: flattened with spaces, eight parts, 其他 part says 无
B = ["2017年，县政府全面推进政务公开。", "全年主动公开政府信息2268条。", "全年受理申请21件。", "全年接受咨询536人次。",
     "未收取费用。", "发生行政复议1件。", "存在的主要问题是基层公开薄弱。2018年，县政府将推进基层公开。", "无。"]
add("a25-cq-fengjie-2017-spaces",
    " ".join(report(["奉节县人民政府2017年政府信息公开工作年度报告"], num(T8), B)),
    ("奉节县人民政府", "county", "重庆市", "重庆市", "奉节县", 2017), K8, T8)

# a26. Fujian excluded; Hainan, a city 2021: PDF wrapped at 30 with sub-heads and a split problems part
B = [overview21("市政府", 2021, 2168, 15), ["本年度制发行政规范性文件5件。"], ["本年新收申请15件，办结15件。"],
     ["本年度发生行政复议案件1件。"],
     ["（一）存在问题", "政策解读质量有待提升。", "（二）改进措施", "2022年，市政府将提升政策解读质量。"], ["无。"]]
add("a26-hi-sanya-2021-pdf30",
    Pdf(("三亚市人民政府", "2021年政府信息公开工作年度报告"), tuple(report([], num(T6B), B)), width=30, lines=32,
        running_head="三亚市人民政府2021年政府信息公开工作年度报告"),
    ("三亚市人民政府", "city", "海南省", "三亚市", None, 2021), K6, T6B)

# a27. Gansu, a township 2023: one line, Arabic numbers 1. 2., sub-heads (一)… in half-width brackets
B = ["2023年，乡政府认真落实《条例》。(一)主动公开全年公开信息186条。(二)依申请公开全年未收到申请。", "未制发规范性文件。",
     "本年度未收到政府信息公开申请。", "未发生。", "存在的主要问题是公开人员业务不熟。2024年，我乡将参加县里培训。", "无"]
add("a27-gs-maiji-2023-oneline-arabic",
    "".join(report(["天水市麦积区甘泉镇人民政府2023年政府信息公开工作年度报告"], arabic(T6), B)),
    ("天水市麦积区甘泉镇人民政府", "township", "甘肃省", "天水市", "麦积区", 2023), K6, T6)

# a28. Beijing, a district commission 2019: 2019 format in a crawl row (jsonl), headings repeated as sub-heads
B = [overview21("区发展改革委", 2019, 468, 7), ["本年度新制作规范性文件1件。"], ["本年新收申请7件，办结7件。"], ["未发生。"],
     ["（一）存在的主要问题", "公开的主动性不够。", "（二）改进情况", "2020年，我委将加强主动公开。"], ["无。"]]
add("a28-bj-haidian-fgw-2019-jsonl",
    row("crawl17.jsonl", "北京市海淀区发展和改革委员会2019年政府信息公开工作年度报告", "\n".join(report([], num(T6B), B)),
        date="2020-03-20"),
    ("北京市海淀区发展和改革委员会", "department", "北京市", "北京市", "海淀区", 2019), K6, T6B)

# a29. Shanxi, a city bureau 2017: crawl row; eight parts; problems and plans as separate parts 七/八, then 九 其他
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题", "改进措施", "其他需要报告的事项")
B = ["2017年，市公安局推进警务公开。", "全年主动公开政府信息1268条。", "全年受理申请28件。", "未收取费用。", "发生行政复议2件。",
     "公开的深度不够。", "2018年，我局将深化警务公开。", "无。"]
add("a29-sx-datong-gaj-2017-jsonl",
    row("crawl17.jsonl", "大同市公安局2017年政府信息公开工作年度报告", "\n".join(report([], num(T), B)), date="2018-03-28"),
    ("大同市公安局", "department", "山西省", "大同市", None, 2017),
    ("overview", "proactive", "requests", "fees", "appeals", "problems", "plans", "other"), T)

# a30. Shanghai, a district 2021: a portal page with <h3> parts and <p><strong> sub-heads, 五、 split
body = []
for h, b in zip(num(T6B), [overview21("区政府", 2021, 3526, 86), ["本年度制发行政规范性文件9件。"], ["本年新收申请86件，办结86件。"],
                             ["本年度发生行政复议案件6件，行政诉讼案件3件。"],
                             ["（一）存在问题", "部分公开信息查找不便。", "（二）改进措施", "2022年，区政府将优化信息公开专栏。"], ["无。"]],
                   strict=True):
    body.append(f"<h3>{h}</h3>")
    body += [f"<p><strong>{p}</strong></p>" if p.startswith("（") and len(p) < 20 else f"<p>{p}</p>" for p in b]
add("a30-sh-putuo-2021-h3-strong",
    page("上海市普陀区人民政府2021年政府信息公开工作年度报告", "\n".join(body), site="上海市普陀区人民政府"),
    ("上海市普陀区人民政府", "district", "上海市", "上海市", "普陀区", 2021), K6, T6B)

# a31. Hunan, a provincial department 2015: wrapped at 36, eight parts, 2014 statistics table flattened between 六 and 七
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开咨询处理情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题和改进措施", "其他需要报告的事项")
B = [["2015年，省国土资源厅深化国土资源信息公开。"], ["全年主动公开政府信息1628条。"], ["全年受理申请68件。"],
     ["全年接受咨询862人次。"], ["未收取费用。"],
     ["发生行政复议6件，行政诉讼2件。", "一、主动公开情况 条 1628", "二、回应解读情况 次 12", "三、依申请公开情况 件 68",
      "四、行政复议数量 件 6", "五、行政诉讼数量 件 2"],
     ["存在的主要问题是征地信息公开不够及时。2016年，我厅将推进征地信息公开平台建设。"], ["无。"]]
add("a31-hn-gtzyt-2015-wrap36-stat",
    "\n".join(wrapped(report(["湖南省国土资源厅2015年政府信息公开工作年度报告"], num(T), B), 36)) + "\n",
    ("湖南省国土资源厅", "department", "湖南省", None, None, 2015), K8, T)

# a32. Jiangsu, a county 2022: each numbered heading followed on its line by two ideographic spaces and its
# paragraph; sub-heads run in (（一）主动公开。全年…)
B = ["2022年，县政府推进政务公开。（一）主动公开。全年主动公开信息1962条。（二）依申请公开。全年收到申请12件。",
     "本年度制发行政规范性文件3件。", "本年新收申请12件，办结12件。", "未发生。",
     "（一）存在问题。公开专栏栏目设置不统一。（二）改进措施。2023年，县政府将统一专栏栏目。", "无。"]
add("a32-js-peixian-2022-idsp",
    "\n".join(f"{h}\u3000\u3000{b}" for h, b in zip(num(T6B), B, strict=True)) + "\n",
    ("沛县人民政府", "county", "江苏省", "徐州市", "沛县", 2022), K6, T6B,
    header={"标题": "沛县人民政府2022年政府信息公开工作年度报告"})

# a33. Ministry 2016: nine parts, headings closed with ：, CR lines; 其他 says 无
T = ("概述", "主动公开政府信息情况", "政策解读和回应社会关切情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题", "改进措施", "其他需要报告的事项")
B = ["2016年，交通运输部按照政务公开工作要点推进公开。", "全年主动公开政府信息3268条。", "发布解读36篇。", "全年受理申请268件。",
     "未收取费用。", "发生行政复议18件，行政诉讼6件。", "公开的系统性不够。", "2017年，我部将建立公开清单。", "无。"]
add("a33-mot-2016-colon",
    "\r".join(report(["交通运输部2016年政府信息公开工作年度报告"], [f"{h}：" for h in num(T)], B)) + "\r",
    ("交通运输部", "department", None, None, None, 2016),
    ("overview", "proactive", "response", "requests", "fees", "appeals", "problems", "plans", "other"), T)

# a34. Hebei, a county 2024: 2021 format, sub-heads, the 2021 tables flattened on the lines between parts, wrapped at 40
B = [overview21("县政府", 2024, 1626, 9), ["本年度制发行政规范性文件2件。", *table21_rows(1626)], ["本年新收申请9件。", *requests_rows(9)],
     ["本年度未发生行政复议、行政诉讼。"], ["存在的主要问题是解读质量不高。2025年，县政府将提升解读质量。"], ["无。"]]
add("a34-he-zhengding-2024-wrap40-tables",
    "\n".join(wrapped(report(["正定县人民政府2024年政府信息公开工作年度报告"], num(T6), B), 40)) + "\n",
    ("正定县人民政府", "county", "河北省", "石家庄市", "正定县", 2024), K6, T6)

# a35. Ningxia, a provincial department 2012: nine free-form parts in rarer words, flattened
T = ("基本情况", "主动公开政府信息的主要内容和形式", "依申请公开政府信息和不予公开政府信息情况", "政府信息公开咨询处理情况",
     "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题",
     "下一步工作打算", "其他需要报告的事项")
B = ["2012年，自治区农牧厅认真贯彻《条例》。", "全年主动公开政府信息826条，主要通过门户网站和公开栏公开。", "全年受理申请5件。",
     "全年接受咨询268人次。", "未收取费用。", "未发生。", "公开内容还不够全面。", "2013年，我厅将扩大公开范围。", "无。"]
add("a35-nx-nmt-2012-flat-nine",
    "".join(report(["宁夏回族自治区农牧厅2012年政府信息公开工作年度报告"], num(T), B)),
    ("宁夏回族自治区农牧厅", "department", "宁夏回族自治区", None, None, 2012),
    ("overview", "proactive", "requests", "consultation", "fees", "appeals", "problems", "plans", "other"), T)

# a36. Tibet, a county 2022: 2021 format, other part says 无 on the heading's line (六、其他需要报告的事项：无。)
B = [overview21("县政府", 2022, 526, 1), ["本年度未制发行政规范性文件。"], ["本年新收申请1件，办结1件。"], ["未发生。"],
     ["存在的主要问题是公开人员力量薄弱。下一步，县政府将充实公开工作力量。"]]
text36 = "\n".join(report([], num(T6[:5]), B))
add("a36-xz-nimu-2022-other-wu",
    "尼木县人民政府2022年政府信息公开工作年度报告\n" + text36 + "\n六、其他需要报告的事项：无。\n",
    ("尼木县人民政府", "county", "西藏自治区", "拉萨市", "尼木县", 2022), K6, T6)


# ============================ B. written after batch A's fixes, scored before any fix of its own ============================

# b01. Jilin, a county 2022: parts numbered 1、2、 with the five （一） sub-heads, a portal page with <p> per line
B = [overview21("县政府", 2022, 1268, 7), ["本年度制发行政规范性文件2件。"], ["本年新收申请7件，办结7件。"], ["未发生。"],
     ["（一）存在的主要问题", "公开内容不够丰富。", "（二）改进措施", "2023年，县政府将丰富公开内容。"], ["无。"]]
add("b01-jl-fusong-2022-page-arabic-dun",
    page("抚松县人民政府2022年政府信息公开工作年度报告", "\n".join(f"<p>{p}</p>" for p in report([], arabic(T6, "、"), B)),
         site="抚松县人民政府"),
    ("抚松县人民政府", "county", "吉林省", "白山市", "抚松县", 2022), K6, T6)

# b02. Hainan, a provincial department 2020 in Word: parts numbered 1． (full-width dot), sub-heads （一）
B = [overview21("省商务厅", 2020, 1526, 23), ["本年度新制作规范性文件3件。"], ["本年新收申请23件，办结23件。"],
     ["本年度发生行政复议案件1件。"], ["存在的主要问题是公开的及时性不够。2021年，我厅将压实发布责任。"], ["无。"]]
add("b02-hi-swt-2020-docx-arabic-fullwidth",
    Docx((("big", "海南省商务厅2020年政府信息公开工作年度报告"), *report([], arabic(T6, "．"), B))),
    ("海南省商务厅", "department", "海南省", None, None, 2020), K6, T6)

# b03. Ministry 2010: nine free-form parts, headings whole sentences closed by 。 on lines of their own
T = ("加强组织领导，完善工作机制", "围绕中心工作，扎实推进主动公开", "健全工作制度，规范依申请公开", "做好咨询服务，方便公众查询",
     "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题", "下一步工作打算", "其他需要报告的事项")
B = ["部政府信息公开领导小组召开会议3次。", "全年主动公开政府信息2862条。", "全年受理申请126件。", "全年接受咨询3260人次。",
     "未收取费用。", "发生行政复议4件。", "公开的深度不够。", "2011年，我部将深化公开。", "无。"]
add("b03-mohrss-2010-sentence-heads",
    "\n".join(report(["人力资源和社会保障部2010年政府信息公开工作年度报告"], [f"{h}。" for h in num(T)], B)) + "\n",
    ("人力资源和社会保障部", "department", None, None, None, 2010),
    ("measures", "proactive", "requests", "consultation", "fees", "appeals", "problems", "plans", "other"), T)

# b04. Xinjiang, a prefecture bureau 2021: one line, the 2021 tables run in between 二/三 and 三/四, sub-heads
B = ["".join(overview21("州交通运输局", 2021, 526, 3)), "".join(["本年度制发行政规范性文件1件。", *table21_rows(526)]),
     "".join(["本年新收申请3件。", *requests_rows(3)]), "未发生。",
     "存在的主要问题是公开栏目更新不及时。下一步，我局将明确专人维护。", "无。"]
add("b04-xj-changji-jtysj-2021-oneline-tables",
    "".join(report(["昌吉回族自治州交通运输局2021年政府信息公开工作年度报告"], num(T6), B)),
    ("昌吉回族自治州交通运输局", "department", "新疆维吾尔自治区", "昌吉回族自治州", None, 2021), K6, T6)

# b05. Guangdong, a provincial department 2013: ten parts hard-wrapped at 32, a 政府信息公开工作保障情况 part
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开咨询处理情况", "政府信息公开保密审查情况",
     "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作保障情况",
     "存在的主要问题和改进措施", "其他需要报告的事项")
B = ["2013年，省环境保护厅推进环境信息公开。", "全年主动公开政府信息1962条。", "全年受理申请86件。", "全年接受咨询626人次。",
     "严格执行先审后发。", "未收取费用。", "发生行政复议3件。", "厅办公室配备专职人员2名，经费列入预算。",
     "存在的主要问题是企业环境信息公开不够。2014年，我厅将推动企业公开。", "无。"]
add("b05-gd-hbt-2013-wrap32-ten",
    "\n".join(wrapped(report(["广东省环境保护厅2013年政府信息公开工作年度报告"], num(T), B), 32)) + "\n",
    ("广东省环境保护厅", "department", "广东省", None, None, 2013),
    ("overview", "proactive", "requests", "consultation", "measures", "fees", "appeals", "other", "problems", "other"), T)

# b06. Hunan, a town 2023: one line numbered 第一、…第六、, the fifth part split 存在问题：/改进措施：
B = ["2023年，镇政府认真落实《条例》。", "本年度未制发规范性文件。", "本年度收到申请1件，已答复。", "未发生。",
     "存在问题：公开栏更新不及时。改进措施：明年，我镇将每月更新公开栏。", "无。"]
add("b06-hn-jinshi-2023-oneline-diyi",
    "".join(f"第{c}、{t}{b}" for c, t, b in zip("一二三四五六", T6B, B, strict=True)),
    ("津市市毛里湖镇人民政府", "township", "湖南省", "常德市", "津市市", 2023), K6, T6B,
    header={"标题": "津市市毛里湖镇人民政府2023年政府信息公开工作年度报告"})

# b07. Shandong, a city 2016: the 2014 statistics table between parts 三 and 四 under its caption, then 四 goes on
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施", "其他需要报告的事项")
CAP = "济宁市人民政府2016年政府信息公开情况统计表"
ROWS = ["统计指标 单位 统计数", "一、主动公开情况", "（一）主动公开政府信息数 条 6268", "二、回应解读情况", "三、依申请公开情况",
        "（一）收到申请数 件 86", "四、行政复议数量 件 5", "五、行政诉讼数量 件 2"]
B = [["2016年，市政府全面推进政务公开。"], ["全年主动公开政府信息6268条。"], ["全年收到申请86件。"], ROWS, ["未收取费用。"],
     ["发生行政复议5件，行政诉讼2件。"], ["存在的主要问题是解读不够。2017年，市政府将加强解读。"], ["无。"]]
add("b07-sd-jining-2016-stat-after-three",
    "\n".join(report(["济宁市人民政府2016年政府信息公开工作年度报告"], [*num(T[:3]), CAP, *[f"{c}、{t}" for c, t in zip("四五六七", T[3:], strict=True)]], B)) + "\n",
    ("济宁市人民政府", "city", "山东省", "济宁市", None, 2016),
    ("overview", "proactive", "requests", "statistics", "fees", "appeals", "problems", "other"), (*T[:3], CAP, *T[3:]))

# b08. Sichuan, a county bureau 2024: text with 附件 line at the end of the file (no table follows)
B = [overview21("县卫生健康局", 2024, 468, 2), ["本年度未制发规范性文件。"], ["本年新收申请2件。"], ["未发生。"],
     ["存在的主要问题是公开内容不够全面。2025年，我局将扩大公开范围。"], ["本年度无其他需要报告的事项。"]]
add("b08-sc-jiange-wjj-2024-annex-last",
    "\n".join(report(["剑阁县卫生健康局2024年政府信息公开工作年度报告"], num(T6), B, ["附件：剑阁县卫生健康局2024年政府信息公开工作年度报告数据表"])) + "\n",
    ("剑阁县卫生健康局", "department", "四川省", "广元市", "剑阁县", 2024), K6, T6)

# b09. Zhejiang, a city bureau 2012: flattened, nine parts, long run-in objects (依申请公开政府信息的办理情况和答复形式)
T = ("概述", "主动公开政府信息的范围和形式", "依申请公开政府信息的办理情况", "政府信息公开咨询处理情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题", "改进措施", "其他需要报告的事项")
B = ["2012年，市财政局认真贯彻《条例》。", "全年主动公开预决算等信息386条。", "全年受理申请16件。", "全年接受咨询126人次。",
     "未收取费用。", "未发生。", "公开的细化程度不够。", "2013年，我局将细化预算公开。", "无。"]
add("b09-zj-wenzhou-czj-2012-flat-long-objects",
    "".join(report(["温州市财政局2012年政府信息公开工作年度报告"], num(T), B)),
    ("温州市财政局", "department", "浙江省", "温州市", None, 2012),
    ("overview", "proactive", "requests", "consultation", "fees", "appeals", "problems", "plans", "other"), T)

# b10. Gansu, a city 2019: a PDF (width 34) with parts numbered 1. and the five sub-heads, running head
B = [overview21("市政府", 2019, 3262, 36), ["本年度新制作规范性文件6件。"], ["本年新收申请36件，办结36件。"],
     ["本年度发生行政复议案件3件。"], ["（一）存在的问题", "部分县区公开不够规范。", "（二）改进措施", "2020年，市政府将加强指导。"],
     ["无。"]]
add("b10-gs-zhangye-2019-pdf-arabic",
    Pdf(("张掖市人民政府", "2019年政府信息公开工作年度报告"), tuple(report([], arabic(T6B), B)), width=34, lines=30,
        running_head="张掖市人民政府2019年政府信息公开工作年度报告"),
    ("张掖市人民政府", "city", "甘肃省", "张掖市", None, 2019), K6, T6B)

# b11. Anhui, a district 2021: CR lines; the sub-heads of 五、 repeat the heading's words (（一）存在的主要问题 / （二）改进情况)
B = [overview21("区政府", 2021, 1862, 22), ["本年度制发行政规范性文件3件。"], ["本年新收申请22件，办结22件。"], ["未发生。"],
     ["（一）存在的主要问题", "解读形式较单一。", "（二）改进情况", "今后，区政府将推出更多图解。"], ["无"]]
add("b11-ah-shushan-2021-cr-repeat",
    "\r".join(report(["合肥市蜀山区人民政府2021年政府信息公开工作年度报告"], num(T6), B)) + "\r",
    ("合肥市蜀山区人民政府", "district", "安徽省", "合肥市", "蜀山区", 2021), K6, T6)

# b12. Guangxi, a provincial department 2017: a portal page with <p><strong> numbered parts, ten parts incl. 保障
T = ("概述", "主动公开政府信息情况", "重点领域信息公开情况", "政策解读与回应关切情况", "依申请公开政府信息情况",
     "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "政务公开工作保障情况",
     "存在的主要问题及改进措施", "其他需要报告的事项")
B = ["2017年，自治区民政厅推进政务公开。", "全年主动公开政府信息1268条。", "公开社会救助信息326条。", "发布解读12篇。",
     "全年受理申请28件。", "未收取费用。", "发生行政复议2件。", "配备专兼职人员5名。",
     "存在的主要问题是基层公开不够规范。2018年，我厅将加强指导。", "无。"]
add("b12-gx-mzt-2017-strong-ten",
    cms_page("广西壮族自治区民政厅2017年政府信息公开工作年度报告", [x for h, b in zip(num(T), B, strict=True) for x in (("strong", h), b)],
             site="广西壮族自治区民政厅", h1="广西壮族自治区民政厅2017年政府信息公开工作年度报告"),
    ("广西壮族自治区民政厅", "department", "广西壮族自治区", None, None, 2017),
    ("overview", "proactive", "proactive", "response", "requests", "fees", "appeals", "other", "problems", "other"), T)


# ============================ C. written after batch B's fixes, scored before any fix of its own ============================

# c01. Heilongjiang, a city bureau 2022: parts 1. with （一） sub-heads on one flattened line, 五 split 存在问题/改进措施
B = ["".join(overview21("市人力资源和社会保障局", 2022, 862, 13)), "本年度制发行政规范性文件2件。", "本年新收申请13件，办结13件。",
     "本年度发生行政复议案件1件。", "（一）存在问题公开内容不够精准。（二）改进措施2023年，我局将围绕群众关切精准公开。", "无。"]
add("c01-hl-qiqihar-rsj-2022-oneline-arabic-subs",
    "".join(report(["齐齐哈尔市人力资源和社会保障局2022年政府信息公开工作年度报告"], arabic(T6B), B)),
    ("齐齐哈尔市人力资源和社会保障局", "department", "黑龙江省", "齐齐哈尔市", None, 2022), K6, T6B)

# c02. Ministry 2014: eleven parts CRLF, one heading a whole sentence 。, the 2014 table between 十 and 十一 under its caption
T = ("概述", "主动公开政府信息情况", "重点领域信息公开情况", "依申请公开政府信息情况", "政府信息公开咨询处理情况",
     "政府信息公开保密审查情况", "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
     "健全制度，强化政府信息公开工作保障", "存在的主要问题和改进措施", "其他需要报告的事项")
CAP = "农业部2014年政府信息公开情况统计表"
ROWS = ["统计指标 单位 统计数", "一、主动公开情况", "（一）主动公开政府信息数 条 5286", "二、回应解读情况", "三、依申请公开情况",
        "四、行政复议数量 件 12", "五、行政诉讼数量 件 3", "六、举报投诉数量 件 0", "七、依申请公开信息收取的费用 万元 0",
        "八、机构建设和保障经费情况", "九、政府信息公开会议和培训情况"]
B = [["2014年，农业部深入推进政府信息公开。"], ["全年主动公开政府信息5286条。"], ["公开农业补贴等信息1268条。"], ["全年受理申请368件。"],
     ["全年接受咨询2860人次。"], ["坚持先审后发。"], ["未收取费用。"], ["发生行政复议12件，行政诉讼3件。"], ["修订公开办法。"],
     ["存在的主要问题是解读不够。2015年，我部将加强解读。"], ROWS, ["无。"]]
heads = [*num(T[:9]), "十、" + T[9], CAP, "十一、" + T[10]]
heads[8] += "。"
add("c02-moa-2014-eleven-stat-crlf",
    "\r\n".join(report(["农业部2014年政府信息公开工作年度报告"], heads, B)) + "\r\n",
    ("农业部", "department", None, None, None, 2014),
    ("overview", "proactive", "proactive", "requests", "consultation", "measures", "fees", "appeals", "measures", "problems",
     "statistics", "other"), (*T[:10], CAP, T[10]))

# c03. Henan, a county 2023: one line, parts 第一、…第六、 after the title, sub-heads （一）…
B = ["".join(overview21("县政府", 2023, 1568, 8)), "本年度制发行政规范性文件2件。", "本年新收申请8件，办结8件。", "未发生。",
     "存在的主要问题是公开不够及时。下一步，县政府将压实发布责任。", "无。"]
add("c03-ha-lankao-2023-oneline-diyi-subs",
    "兰考县人民政府2023年政府信息公开工作年度报告" + "".join(f"第{c}、{t}{b}" for c, t, b in zip("一二三四五六", T6, B, strict=True)),
    ("兰考县人民政府", "county", "河南省", "开封市", "兰考县", 2023), K6, T6)

# c04. Shaanxi, a provincial department 2012: eight parts, 咨询服务 thematic, wrapped at 30, 保障 part
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "完善咨询服务，畅通公众查询渠道", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作保障情况", "存在的主要问题和改进措施")
B = ["2012年，省交通运输厅贯彻《条例》。", "全年主动公开政府信息862条。", "全年受理申请12件。", "全年接受咨询326人次。", "未收取费用。",
     "未发生。", "配备专兼职人员3名。", "存在的主要问题是公开不够全面。2013年，我厅将扩大公开范围。"]
add("c04-sn-jtt-2012-wrap30",
    "\n".join(wrapped(report(["陕西省交通运输厅2012年政府信息公开工作年度报告"], num(T), B), 30)) + "\n",
    ("陕西省交通运输厅", "department", "陕西省", None, None, 2012),
    ("overview", "proactive", "requests", "consultation", "fees", "appeals", "other", "problems"), T)

# c05. Jiangxi, a district 2021 in Word: parts 1、 bold, sub-heads （一） plain, 附件 line at the very end
B = [overview21("区政府", 2021, 1326, 10), ["本年度制发行政规范性文件2件。"], ["本年新收申请10件，办结10件。"], ["未发生。"],
     ["（一）存在的问题", "政策解读不够通俗。", "（二）改进措施", "2022年，区政府将推出图解解读。"], ["无。"]]
blocks = [("big", "南昌市青山湖区人民政府2021年政府信息公开工作年度报告")]
for h, b in zip(arabic(T6B, "、"), B, strict=True):
    blocks += [("bold", h), *b]
blocks += ["附件：青山湖区2021年政府信息公开工作年度报告统计表"]
add("c05-jx-qingshanhu-2021-docx-arabic-annex",
    Docx(tuple(blocks)),
    ("南昌市青山湖区人民政府", "district", "江西省", "南昌市", "青山湖区", 2021), K6, T6B)

# c06. Liaoning, a provincial department 2016: eleven parts flattened, long run-in objects (政府信息的主要内容和公开形式)
T = ("概述", "主动公开政府信息的主要内容和公开形式", "重点领域信息公开情况", "政策解读和回应社会关切情况", "依申请公开政府信息的办理情况",
     "政府信息公开咨询处理情况", "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
     "政府信息公开保密审查情况", "存在的主要问题和改进措施", "其他需要报告的事项")
B = ["2016年，省卫生计生委推进政务公开。", "全年主动公开政府信息1526条，主要通过门户网站公开。", "公开医疗卫生信息326条。",
     "发布解读16篇。", "全年受理申请36件。", "全年接受咨询862人次。", "未收取费用。", "发生行政复议2件。", "坚持先审后发。",
     "存在的主要问题是解读不够通俗。2017年，我委将推出图解。", "无。"]
add("c06-ln-wsjsw-2016-flat-eleven",
    "".join(report(["辽宁省卫生和计划生育委员会2016年政府信息公开工作年度报告"], num(T), B)),
    ("辽宁省卫生和计划生育委员会", "department", "辽宁省", None, None, 2016),
    ("overview", "proactive", "proactive", "response", "requests", "consultation", "fees", "appeals", "measures", "problems",
     "other"), T)

# c07. Yunnan, a town 2022: a portal page; parts 1. in <p><strong>, sub-heads plain; 六 says 无
B = [overview21("镇政府", 2022, 268, 0), ["本年度未制发规范性文件。"], ["本年度未收到政府信息公开申请。"], ["未发生。"],
     ["存在的主要问题是公开人员不足。2023年，我镇将配齐公开人员。"], ["无"]]
add("c07-yn-heqing-xintun-2022-strong-arabic",
    cms_page("鹤庆县辛屯镇人民政府2022年政府信息公开工作年度报告",
             [x for h, b in zip(arabic(T6), B, strict=True) for x in (("strong", h), *b)], site="鹤庆县人民政府"),
    ("鹤庆县辛屯镇人民政府", "township", "云南省", "大理白族自治州", "鹤庆县", 2022), K6, T6)

# c08. Qinghai, a county 2020: PDF wrapped at 36, 2019 format, the 2019 table rows flattened between 二 and 三
B = [overview21("县政府", 2020, 626, 2), ["本年度新制作规范性文件1件。", "第二十条第（一）项", "信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
                                        "规章 0 0 0", "规范性文件 1 1 12"], ["本年新收申请2件。"], ["未发生。"],
     ["存在的主要问题是公开不够规范。2021年，县政府将对照标准目录规范公开。"], ["无。"]]
add("c08-qh-huzhu-2020-pdf-2019rows",
    Pdf(("互助土族自治县人民政府", "2020年政府信息公开工作年度报告"), tuple(report([], num(T6), B)), width=36, lines=34),
    ("互助土族自治县人民政府", "county", "青海省", "海东市", "互助土族自治县", 2020), K6, T6)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES17, out)


if __name__ == "__main__":
    write()
