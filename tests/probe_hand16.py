"""Test utility: the sixteenth held-out probe set ``tests/cases/probes16`` (issue 10 item 3,
"sections on unseen reports"), written and labelled by hand before its writer read textmine's
section code and before textmine read the probes. Every probe's difficulty is the section tree:

- flattened one-line pages whose run-in headings must end exactly where the heading ends
  (四、依法实施政府信息依申请公开在区政府网站建立…; headings ending in 情况/工作/事项/措施 followed by prose
  that starts with 我局, 全年, 本年度, 2023年, 一是);
- headings cut by hard wraps (存在的问题和 / 改进情况), PDF running heads and folios inside a heading;
- preambles that list the report's parts, tables of contents (with and without page numbers);
- combined problems-and-plans parts whose plans half starts with 下一步, 今后, 2024年将, 改进措施：,
  针对上述问题 (kind ``problems``; plans found);
- 2008–2018 free-form reports with parts in rarer words (政府信息公开的主要做法, 公开的主要内容, 咨询处理情况,
  复议诉讼和申诉情况, 收费及减免, 工作中存在的不足, 改进措施);
- statistics tables flattened between parts, whose row labels look like headings (一、本年新收…,
  二、上年结转…, （一）予以公开, 四、结转下年度继续办理 just before 四、政府信息公开行政复议…);
- Word files with bold unnumbered heads, PDFs, portal pages with ``<h3>`` or ``<p><strong>`` heads.

Conventions are those of the earlier sets (see ``tests/probe_hand14.py``). Titles are the bare
level-1 heading titles (number and trailing punctuation stripped); kinds follow SCHEMA.md §1
(主要做法 ``measures``, 咨询 ``consultation``, 收费 ``fees``, a part of its own named 改进措施 ``plans``, a
combined problems-and-plans part ``problems``). ``plans`` says whether the report states what will be
done (a plans part, sub-section or item).

Batch A (a…) was written and labelled on main's code (60144ee) before its writer read textmine's
section code, and scored before any fix; each later batch (B … G) was written after the fixes the
batch before it led to and scored before any fix of its own (the figures are in bench/README.md).
One label was corrected with evidence: Chongqing districts take city 重庆市, as every earlier set
writes them.

``python -m tests.probe_hand16`` rewrites ``tests/cases/probes16/``; the tests and
``bench/probe_meta.py --set probes16`` read those files.

Example:
    >>> text, header, want = PROBES16["a01-yn-dali-sfj-2023-flat"]
    >>> want["kinds"][-1], want["plans"]
    ('other', True)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import cms_page, wrapped
from tests.probe_sets import (
    LAW,
    CrawlRow,
    Docx,
    Pdf,
    Probe,
    pdf_lines,
    register,
    write_container_probes,
)

OUT = Path(__file__).resolve().parent / "cases" / "probes16"

PROBES16: dict[str, Probe] = {}

K6 = ("overview", "proactive", "requests", "appeals", "problems", "other")
T6 = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况", "其他需要报告的事项")
K7 = ("overview", "proactive", "requests", "fees", "appeals", "problems", "other")
T7 = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
      "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施", "其他需要报告的事项")
CN = "一二三四五六七八九十"


def add(pid: str, content: Any, meta: tuple, kinds: tuple[str, ...] | list[str], titles: tuple[str, ...] | list[str],  # type: ignore[type-arg]
        *, plans: bool = True, header: dict[str, str] | None = None) -> None:
    """Register a probe with its expected level-1 kinds and titles."""
    issuer, level, province, city, county, year = meta
    assert len(kinds) == len(titles), pid
    register(PROBES16, pid, content, header or {}, issuer, level, province, city, county, year,
             list(kinds), list(titles), plans=plans)


def num(titles: tuple[str, ...] | list[str], mark: str = "、") -> list[str]:
    """Headings numbered 一、二、… (``mark`` after the numeral)."""
    return [f"{CN[i]}{mark}{t}" for i, t in enumerate(titles)]


def report(head: list[str], heads: list[str], bodies: list[list[str] | str], tail: list[str] | None = None) -> list[str]:
    """The paragraphs of a report: ``head``, each heading and its paragraphs, ``tail``."""
    out = list(head)
    for h, b in zip(heads, bodies, strict=True):
        out += [h, *([b] if isinstance(b, str) else b)]
    return out + list(tail or [])


def row(table: str, title: str, body: str, *, date: str = "") -> CrawlRow:
    """A crawl row: 标题, 发布日期, 链接, 正文."""
    return CrawlRow(table, (("标题", title), ("发布日期", date), ("链接", "http://www.example.gov.cn/xxgk/16.html"),
                            ("正文", body)))


def page(title_tag: str, body_html: str, *, site: str) -> str:
    """A portal page whose article body is ``body_html`` as written (``<h3>``, ``<p>`` …)."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title_tag}_{site}</title>\n</head>\n<body>\n<div class=\"nav\">首页 &gt; 政府信息公开 &gt; 年度报告</div>\n"
        f"<div class=\"article\">\n{body_html}\n</div>\n<div class=\"foot\">主办单位：{site} 网站标识码：4300000016</div>\n"
        "</body>\n</html>\n"
    )


def pdf_across(title: tuple[str, ...], paras: list[str], heading: str, *, width: int, lines: int,
               running_head: str, filler: str) -> Pdf:
    """A PDF whose ``heading`` (a paragraph of ``paras``) is split by a page break: ``filler`` sentences
    are added to the paragraph before it until the heading's first printed line is the last body
    line of a page (so the next page's running head sits inside the heading)."""
    k = paras.index(heading)
    for extra in range(0, 400):
        trial = [*paras[:k - 1], paras[k - 1] + filler * extra, *paras[k:]]
        recipe = Pdf(title, tuple(trial), running_head=running_head, width=width, lines=lines)
        pages = pdf_lines(recipe)
        first = "\u3000\u3000" + heading
        for p in pages:
            body = [t for kind, t in p if kind == "body"]
            if body and first.startswith(body[-1]) and body[-1] != first and len(body[-1]) > 4:
                return recipe
    raise ValueError("no page break inside the heading")


# ============================ A. flattened run-ins, wraps, part lists, combined parts, old words ============================

# a01. Yunnan, a prefecture bureau 2023: the whole page on one line; every heading runs straight into prose
# that starts with 2023年 / 本年度 / 全年 / 我局
H = num(T6)
B = ["2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》，围绕法治政府建设推进政务公开。"
     "（一）主动公开。全年通过州政府门户网站主动公开政府信息156条。（二）依申请公开。本年度共收到政府信息公开申请4件，均按期答复。",
     "本年度制发规范性文件2件，废止1件，现行有效12件。",
     "全年新收政府信息公开申请4件，上年结转0件，予以公开3件，不予公开1件，结转下年度继续办理0件。",
     "我局本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。",
     "2023年我局政府信息公开工作取得一定成效，但仍存在政策解读形式单一等问题。下一步，我局将丰富解读形式，推出图解和短视频解读。",
     "本年度无其他需要报告的事项。"]
add("a01-yn-dali-sfj-2023-flat",
    "".join(report(["大理白族自治州司法局2023年政府信息公开工作年度报告", LAW + "现公布本局2023年政府信息公开工作年度报告。"], H, B)),
    ("大理白族自治州司法局", "department", "云南省", "大理白族自治州", None, 2023), K6, T6)

# a02. Gansu, a district 2012: a flattened old-era page; 三、依法实施政府信息依申请公开 runs into 在区政府网站建立…;
# 六、存在的问题和改进措施 runs into 一是…
T = ("概述", "主动公开政府信息情况", "依法实施政府信息依申请公开", "政府信息公开收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼情况", "存在的问题和改进措施")
B = ["2012年，区政府认真贯彻落实《中华人民共和国政府信息公开条例》，把政府信息公开作为转变政府职能的重要抓手。",
     "全年主动公开政府信息1084条，其中区政府及办公室文件63件，部门动态信息812条。",
     "在区政府网站建立依申请公开受理平台，明确受理机构和办理流程。全年共受理政府信息公开申请7件，均已按期答复。",
     "本年度未收取任何费用，也未发生减免情况。",
     "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "一是部分单位公开信息更新不及时；二是依申请公开办理程序还不够规范。针对以上问题，区政府将加强督查考核，规范办理流程。"]
add("a02-gs-maiji-2012-yishenqing-runin",
    "\n".join(["天水市麦积区人民政府2012年政府信息公开工作年度报告", "".join(report([], num(T), B))]),
    ("天水市麦积区人民政府", "district", "甘肃省", "天水市", "麦积区", 2012),
    ("overview", "proactive", "requests", "fees", "appeals", "problems"), T)

# a03. Sichuan, a district 2018: text extracted from a PDF, every line hard-wrapped at 16 characters,
# so that headings are cut (存在的问题和 / 改进情况)
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的问题和改进情况", "其他需要报告的事项")
B = ["2018年，区政府围绕全区中心工作，深入推进决策、执行、管理、服务、结果公开，政府信息公开工作取得新进展。",
     "全年主动公开政府信息2316条，其中通过区政府门户网站公开1948条，通过政务微博、微信公开368条。",
     "全年共收到政府信息公开申请18件，已全部按期办结，其中同意公开12件，不属于本机关公开范围6件。",
     "本年度未收取政府信息公开相关费用。",
     "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "一是部分部门对政府信息公开工作重视不够；二是政策解读质量有待提高。下一步，区政府将加强培训指导，提高解读质量。",
     "本年度无其他需要报告的事项。"]
add("a03-sc-shunqing-2018-hardwrap",
    "\n".join(["南充市顺庆区人民政府2018年政府信息公开工作年度报告", *wrapped(report([], num(T), B), 16)]) + "\n",
    ("南充市顺庆区人民政府", "district", "四川省", "南充市", "顺庆区", 2018), K7, T)

# a04. Jiangsu, a provincial department 2015: a preamble sentence that lists the report's parts
B = ["2015年，省水利厅认真贯彻落实《条例》和省政府关于政务公开的部署，围绕水利改革发展推进政府信息公开。",
     "全年主动公开政府信息926条，其中规范性文件5件，通过厅门户网站公开883条。",
     "全年共收到政府信息公开申请31件，按时答复31件。",
     "本年度未收取检索、复制、邮寄等费用。",
     "本年度发生因政府信息公开申请行政复议1件，维持原具体行政行为。",
     "存在的主要问题是公开信息的及时性有待提高。2016年，我厅将完善信息发布审核机制，提升公开时效。",
     "无其他需要报告的事项。"]
add("a04-js-slt-2015-preamble-parts",
    "\n".join(report(["江苏省水利厅2015年政府信息公开工作年度报告",
                      "根据《中华人民共和国政府信息公开条例》要求，特向社会公布2015年度江苏省水利厅政府信息公开工作年度报告。"
                      "本报告内容包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、"
                      "因政府信息公开申请行政复议、提起行政诉讼的情况、存在的主要问题及改进措施、其他需要报告的事项。"
                      "本报告中所列数据统计期限自2015年1月1日起至2015年12月31日止。"], num(T7), B)) + "\n",
    ("江苏省水利厅", "department", "江苏省", None, None, 2015), K7, T7)

# a05. Zhejiang, a county 2021: a table of contents with dotted leaders and page numbers before the body
toc = ["目  录", *[f"{h}{'…' * 12}{i + 1}" for i, h in enumerate(num(T6))]]
B = ["2021年，县政府深入贯彻新修订的《条例》，围绕“两山”理念实践推进政务公开，公开质量持续提升。",
     "全年主动公开政府信息4126条，其中规范性文件9件。",
     "本年新收政府信息公开申请36件，上年结转2件，办结38件。",
     "本年度发生政府信息公开行政复议案件1件，结果维持。",
     "存在的主要问题是乡镇政务公开标准化建设有差距。下一步，县政府将推进乡镇公开目录动态更新。",
     "本年度收取信息处理费0元。"]
add("a05-zj-anji-2021-toc",
    "\n".join(report(["安吉县人民政府2021年政府信息公开工作年度报告", *toc], num(T6), B)) + "\n",
    ("安吉县人民政府", "county", "浙江省", "湖州市", "安吉县", 2021), K6, T6)

# a06. Hubei, a city bureau 2022: the combined part's plans half opens with 改进措施： inside one paragraph
B = ["2022年，市生态环境局坚持以人民为中心，围绕污染防治攻坚推进生态环境信息公开。",
     "全年主动公开政府信息682条，其中行政处罚信息146条。",
     "本年新收政府信息公开申请27件，上年结转1件，办结28件。",
     "本年度发生政府信息公开行政复议案件2件，均维持。",
     "存在问题：一是环境信息公开的主动性不够；二是政策解读的针对性不强。改进措施：一是完善环境信息主动公开清单；二是围绕群众关切开展解读。",
     "本年度无其他需要报告的事项。"]
add("a06-hb-jingzhou-sthj-2022-gaijin-colon",
    "\n".join(report(["荆州市生态环境局2022年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("荆州市生态环境局", "department", "湖北省", "荆州市", None, 2022), K6, T6)

# a07. Liaoning, a town 2021: the plans half opens with 针对上述问题
B = ["2021年，镇政府认真贯彻落实《条例》，推进基层政务公开标准化规范化建设。",
     "全年主动公开政府信息268条。",
     "本年度未收到政府信息公开申请。",
     "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "一是公开内容不够丰富；二是工作人员业务水平有待提高。针对上述问题，我镇将加强业务培训，丰富公开内容。",
     "无。"]
add("a07-ln-tengao-2021-zhendui",
    "\n".join(report(["海城市腾鳌镇人民政府2021年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("海城市腾鳌镇人民政府", "township", "辽宁省", "鞍山市", "海城市", 2021), K6, T6)

# a08. Shanxi, a county 2019: the plans half opens with 今后; the part is titled 存在的主要问题及改进情况
B = ["2019年，县政府认真贯彻新修订的《条例》，围绕古城保护和文旅融合推进政务公开。",
     "全年主动公开政府信息1532条。",
     "本年新收政府信息公开申请12件，办结12件。",
     "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "政府信息公开工作还存在一些不足，主要是部分单位公开意识不强，信息发布不够及时。今后，县政府将加强考核，督促各单位及时发布信息。",
     "无其他需要报告的事项。"]
add("a08-sx-pingyao-2019-jinhou",
    "\n".join(report(["平遥县人民政府2019年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("平遥县人民政府", "county", "山西省", "晋中市", "平遥县", 2019), K6, T6)

# a09. Heilongjiang, a provincial department 2023: the plans half is 2024年将… after the problems
B = ["2023年，省农业农村厅坚持以人民为中心，围绕粮食安全和乡村振兴推进政务公开。",
     "全年主动公开政府信息1218条，其中规范性文件6件。",
     "本年新收政府信息公开申请44件，上年结转3件，办结46件，结转下年度1件。",
     "本年度发生政府信息公开行政复议案件3件，行政诉讼案件1件。",
     "存在的主要问题是惠农政策解读不够通俗。2024年将围绕惠农补贴等群众关切事项，推出图解、问答等通俗解读。",
     "本年度无其他需要报告的事项。"]
add("a09-hlj-nynct-2023-2024jiang",
    "\n".join(report(["黑龙江省农业农村厅2023年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("黑龙江省农业农村厅", "department", "黑龙江省", None, None, 2023), K6, T6)

# a10. Guangxi, a county 2009: a free-form report whose parts are named in rarer words
T = ("政府信息公开的主要做法", "公开的主要内容", "依申请公开情况", "咨询处理情况", "复议诉讼和申诉情况", "收费及减免",
     "工作中存在的不足", "改进措施")
B = ["县政府成立了政府信息公开工作领导小组，制定了《阳朔县政府信息公开指南》和《阳朔县政府信息公开目录》。",
     "2009年主动公开政府信息846条，主要包括机构职能、政策法规、规划计划、财政预决算等内容。",
     "全年共受理政府信息公开申请5件，均已按期答复。",
     "全年通过电话、网站等渠道接受公众咨询126人次。",
     "本年度未发生有关政府信息公开的行政复议、行政诉讼和申诉。",
     "本年度未收取政府信息公开相关费用。",
     "一是部分部门对信息公开工作认识不到位；二是公开内容不够全面。",
     "一是加强培训，提高认识；二是扩大公开范围，及时更新公开内容。"]
add("a10-gx-yangshuo-2009-rare-words",
    "\n".join(report(["阳朔县人民政府2009年政府信息公开工作年度报告"], num(T), B)) + "\n",
    ("阳朔县人民政府", "county", "广西壮族自治区", "桂林市", "阳朔县", 2009),
    ("measures", "proactive", "requests", "consultation", "appeals", "fees", "problems", "plans"), T)

# a11. Henan, a county bureau 2021: both statistics tables flattened between the parts, one row a line;
# the last row 四、结转下年度继续办理 stands just above the heading 四、政府信息公开行政复议…
TAB2 = ["第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数", "规章 0 0 0", "行政规范性文件 2 0 14",
        "第二十条第（五）项", "信息内容 本年处理决定数量", "行政许可 1286", "第二十条第（六）项", "信息内容 本年处理决定数量",
        "行政处罚 12", "行政强制 0", "第二十条第（八）项", "信息内容 本年收费金额（单位：万元）", "行政事业性收费 0"]
TAB3 = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况",
        "自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他",
        "一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5", "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
        "三、本年度办理结果", "（一）予以公开 3 0 0 0 0 0 3",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1",
        "（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0", "2.其他法律行政法规禁止公开 0 0 0 0 0 0 0",
        "（四）无法提供 1.本机关不掌握相关政府信息 1 0 0 0 0 0 1", "（五）不予处理 1.信访举报投诉类申请 0 0 0 0 0 0 0",
        "（六）其他处理 0 0 0 0 0 0 0", "（七）总计 5 0 0 0 0 0 5", "四、结转下年度继续办理 0 0 0 0 0 0 0"]
TAB4 = ["行政复议 行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
        "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"]
B = ["2021年，市教育局认真贯彻新修订的《条例》，围绕教育民生推进政务公开。",
     TAB2, ["本年新收政府信息公开申请5件，均按期办结。", *TAB3], TAB4,
     "存在的主要问题是招生入学政策解读不够及时。下一步，我局将在招生政策发布同时推出解读。",
     "本年度无其他需要报告的事项。"]
add("a11-ha-linzhou-jyj-2021-tables-between",
    "\n".join(report(["林州市教育局2021年政府信息公开工作年度报告"], num(T6), [B[0], B[1], B[2], B[3], B[4], B[5]])) + "\n",
    ("林州市教育局", "department", "河南省", "安阳市", "林州市", 2021), K6, T6)

# a12. Sichuan, a town 2022 in Word: the parts as bold paragraphs without numbers
B = ["2022年，镇政府深入贯彻落实《条例》，推进基层政务公开工作。", "（一）主动公开。全年公开政府信息214条。",
     "本年度制发规范性文件0件。", "本年度未收到政府信息公开申请。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是村务公开与政务公开衔接不够。下一步，我镇将推动村务公开栏规范化建设。", "无。"]
blocks12: list[Any] = [("big", "汶川县映秀镇人民政府2022年政府信息公开工作年度报告")]
for t, b in zip(T6, [B[0:2], B[2], B[3], B[4], B[5], B[6]], strict=True):
    blocks12 += [("bold", t), *([b] if isinstance(b, str) else b)]
add("a12-sc-yingxiu-2022-docx-bold",
    Docx((*blocks12, "汶川县映秀镇人民政府", "2023年1月20日")),
    ("汶川县映秀镇人民政府", "township", "四川省", "阿坝藏族羌族自治州", "汶川县", 2022), K6, T6)

# a13. Hunan, a provincial bureau 2020: a portal page whose parts are <h3> heads and sub-heads <p><strong>
B = ["2020年，省林业局认真贯彻新修订的《条例》，围绕林长制和生态保护修复推进政务公开。",
     "全年主动公开政府信息1046条。", "本年新收政府信息公开申请19件，办结19件。",
     "本年度发生政府信息公开行政复议案件1件，结果维持。",
     "存在的主要问题是基层林业信息公开不够规范。2021年，我局将加强对市县林业部门的指导。",
     "无其他需要报告的事项。"]
html = ["<h2>湖南省林业局2020年政府信息公开工作年度报告</h2>"]
for h, b in zip(num(T6), B, strict=True):
    html += [f"<h3>{h}</h3>", "<p><strong>（一）主动公开</strong></p>" if h.startswith("一") else "", f"<p>{b}</p>"]
add("a13-hn-lyj-2020-html-h3",
    page("湖南省林业局2020年政府信息公开工作年度报告", "\n".join(x for x in html if x), site="湖南省林业局"),
    ("湖南省林业局", "department", "湖南省", None, None, 2020), K6, T6)

# a14. Guangdong, a county 2022: a portal page whose headings are <strong> runs opening their paragraph, closed by 。
B = ["2022年，县政府坚持以人民为中心，围绕乡村振兴和营商环境推进政务公开。", "全年主动公开政府信息2284条。",
     "本年新收政府信息公开申请15件，办结15件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "全年政务公开工作仍有短板，主要是政策解读形式较单一。2023年，县政府将推出更多图解和视频解读。",
     "无其他需要报告的事项。"]
add("a14-gd-fogang-2022-strong-runin",
    cms_page("佛冈县人民政府2022年政府信息公开工作年度报告_佛冈县人民政府网",
             [*[("strong", f"{h}。", b) for h, b in zip(num(T6), B, strict=True)]],
             site="佛冈县人民政府", h1="佛冈县人民政府2022年政府信息公开工作年度报告"),
    ("佛冈县人民政府", "county", "广东省", "清远市", "佛冈县", 2022), K6, T6)

# a15. A national bureau 2016: CR-separated lines; eight parts with a 回应社会关切 part
T = ("概述", "主动公开政府信息情况", "回应社会关切情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题和改进措施", "其他需要报告的事项")
B = ["2016年，国家林业局认真贯彻落实国务院办公厅政务公开工作要点，推进林业政务公开。",
     "全年主动公开政府信息3862条，其中通过国家林业局政府网公开3411条。",
     "全年召开新闻发布会14场，回应社会关切问题36个。",
     "全年共收到政府信息公开申请168件，已全部办结。",
     "本年度未收取政府信息公开相关费用。",
     "本年度发生因政府信息公开申请行政复议案件4件，行政诉讼案件2件。",
     "存在的主要问题是政策解读的深度和广度不够。下一步，我局将加强重要政策的解读和回应。",
     "本年度无其他需要报告的事项。"]
add("a15-lyj-2016-cr",
    "\r".join(report(["国家林业局2016年政府信息公开工作年度报告"], num(T), B)) + "\r",
    ("国家林业局", "department", None, None, None, 2016),
    ("overview", "proactive", "response", "requests", "fees", "appeals", "problems", "other"), T)

# a16. Shandong, a city bureau 2014: flattened to one line; headings ending in 工作/情况/措施/事项 run into 我局/全年/本年度
T = ("政府信息公开工作概述", "主动公开政府信息工作", "依申请公开政府信息工作", "政府信息公开收费及减免情况",
     "行政复议和行政诉讼情况", "存在的主要问题和改进措施", "其他需要报告的事项")
B = ["我局高度重视政府信息公开工作，成立了由局长任组长的政府信息公开工作领导小组。",
     "全年主动公开政府信息624条，其中企业登记信息318条。",
     "本年度共受理政府信息公开申请9件，均在规定时限内答复。",
     "我局本年度未收取任何费用。",
     "全年未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "我局政府信息公开工作还存在公开内容不够全面的问题。今后将进一步扩大公开范围。",
     "本年度无其他需要报告的事项。"]
add("a16-sd-zibo-gsj-2014-flat-gongzuo",
    "".join(report(["淄博市工商行政管理局2014年政府信息公开工作年度报告"], num(T), B)),
    ("淄博市工商行政管理局", "department", "山东省", "淄博市", None, 2014), K7, T)

# a17. Chongqing, a district 2023: a PDF in a narrow layout, the heading 五、… split by a page break
# (the running head and the folio between its halves)
T = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
     "政府信息公开工作存在的主要问题及改进情况", "其他需要报告的事项")
B = ["2023年，区政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《条例》，推进政务公开。",
     "全年主动公开政府信息3128条，其中规范性文件11件。",
     "本年新收政府信息公开申请64件，上年结转5件，办结66件，结转下年度3件。",
     "本年度发生政府信息公开行政复议案件2件，行政诉讼案件1件。",
     "存在的主要问题是部分镇街公开内容不够规范。2024年，区政府将开展专项检查，推动整改。",
     "本年度收取信息处理费0元。"]
paras = report([], num(T), B)
add("a17-cq-bishan-2023-pdf-head-in-heading",
    pdf_across(("重庆市璧山区人民政府", "2023年政府信息公开工作年度报告"), paras, "五、" + T[4], width=18, lines=30,
               running_head="重庆市璧山区人民政府2023年政府信息公开工作年度报告", filler="全区各单位按要求及时答复。"),
    ("重庆市璧山区人民政府", "district", "重庆市", "重庆市", "璧山区", 2023), K6, T)

# a18. Jiangxi, a city 2020: the heading 五、… hard-wrapped after 和 in a crawl text (存在的主要问题和 / 改进情况)
B = ["2020年，市政府深入贯彻新修订的《条例》，围绕“六稳”“六保”推进政务公开。", "全年主动公开政府信息6812条。",
     "本年新收政府信息公开申请122件，上年结转6件，办结124件。", "本年度发生政府信息公开行政复议案件5件，行政诉讼案件3件。",
     "存在的主要问题是政策解读质量参差不齐。下一步，市政府将建立解读质量评估机制。", "无其他需要报告的事项。"]
body18 = report(["萍乡市人民政府2020年政府信息公开工作年度报告"], num(T6), B)
body18 = [x.replace("五、存在的主要问题及改进情况", "五、存在的主要问题和\n改进情况") for x in body18]
add("a18-jx-pingxiang-2020-cut-he",
    row("crawl-a.csv", "萍乡市人民政府2020年政府信息公开工作年度报告", "\n".join(body18), date="2021-01-28"),
    ("萍乡市人民政府", "city", "江西省", "萍乡市", None, 2020), K6, (*T6[:4], "存在的主要问题和改进情况", T6[5]))

# a19. Qinghai, a county 2017: the parts listed in a line-per-part 目录 without page numbers, then the body
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施")
B = ["2017年，县政府按照省、州政务公开工作要点，扎实推进政府信息公开工作。", "全年主动公开政府信息986条。",
     "全年共受理政府信息公开申请3件，均已办结。", "本年度未收取任何费用。",
     "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "主要问题是公开信息的质量有待提高。改进措施：加强信息审核，提高公开质量。"]
add("a19-qh-menyuan-2017-toc-plain",
    "\n".join(report(["门源回族自治县人民政府2017年政府信息公开工作年度报告", "目录", *num(T)], num(T), B)) + "\n",
    ("门源回族自治县人民政府", "county", "青海省", "海北藏族自治州", "门源回族自治县", 2017),
    ("overview", "proactive", "requests", "fees", "appeals", "problems"), T)

# a20. Fujian is the dev corpus; Hainan instead, a city bureau 2022: flattened with single spaces between
# paragraphs; combined part whose plans half is 下一步工作打算：
B = ["2022年，我局认真贯彻落实《条例》，围绕旅游消费和文化惠民推进政务公开。", "全年主动公开政府信息532条。",
     "本年新收政府信息公开申请8件，办结8件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题：政务新媒体更新频率不高。下一步工作打算：建立政务新媒体内容更新台账，每周至少更新三次。",
     "本年度无其他需要报告的事项。"]
add("a20-hi-sanya-lwj-2022-space-flat",
    " ".join(report(["三亚市旅游和文化广电体育局2022年政府信息公开工作年度报告"], num(T6), B)),
    ("三亚市旅游和文化广电体育局", "department", "海南省", "三亚市", None, 2022), K6, T6)


# ============================ B. written after batch A's fixes, scored before any further fix ============================

# b01. Hunan, a district 2022: flattened; headings run into prose whose subject is 区政府 / 全区 / 各部门, or which
# opens with 围绕 / 认真
B = ["区政府高度重视政务公开工作，将其纳入全区绩效考核。", "全区各部门围绕重点领域主动公开政府信息3216条。",
     "认真落实依申请公开办理制度，本年新收申请42件，办结40件，结转下年度2件。",
     "各类案件均依法办理，本年度发生行政复议案件1件，结果维持。",
     "围绕公开质量开展自查，发现部分栏目更新不及时。下一步，区政府将建立栏目更新月报制度。",
     "区政府本年度未收取信息处理费。"]
add("b01-hn-kaifu-2022-flat-subjects",
    "".join(report(["长沙市开福区人民政府2022年政府信息公开工作年度报告"], num(T6), B)),
    ("长沙市开福区人民政府", "district", "湖南省", "长沙市", "开福区", 2022), K6, T6)

# b02. Guizhou, a city bureau 2021: flattened; prose after the headings opens with 今年以来 / 一年来 / 截至 / 2021年度
B = ["一年来，市水务局认真贯彻新修订的《条例》，扎实推进水利政务公开。", "今年以来主动公开政府信息418条。",
     "截至12月31日，共收到政府信息公开申请6件，均已办结。", "2021年度未发生政府信息公开行政复议、行政诉讼案件。",
     "今年政务公开工作还存在政策解读不够深入的问题。今后，我局将围绕防汛抗旱等群众关切加强解读。",
     "今年无其他需要报告的事项。"]
add("b02-gz-zunyi-slj-2021-flat-jinnian",
    "".join(report(["遵义市水务局2021年政府信息公开工作年度报告"], num(T6), B)),
    ("遵义市水务局", "department", "贵州省", "遵义市", None, 2021), K6, T6)

# b03. Xinjiang, a city 2020: a crawl text whose headings are hard-wrapped after 、 and 及
B = ["2020年，市政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息2046条。",
     "本年新收政府信息公开申请16件，办结16件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是政务公开队伍专业化水平不高。下一步，市政府将开展政务公开业务培训。", "无。"]
body = report(["哈密市人民政府2020年政府信息公开工作年度报告"], num(T6), B)
body = [x.replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、\n行政诉讼情况")
        .replace("五、存在的主要问题及改进情况", "五、存在的主要问题及\n改进情况")
        .replace("三、收到和处理政府信息公开申请情况", "三、收到和处理政府信息\n公开申请情况") for x in body]
add("b03-xj-hami-2020-wrap-dun-ji",
    row("crawl-b.csv", "哈密市人民政府2020年政府信息公开工作年度报告", "\n".join(body), date="2021-01-29"),
    ("哈密市人民政府", "city", "新疆维吾尔自治区", "哈密市", None, 2020), K6, T6)

# b04. Anhui, a county 2016: PDF text hard-wrapped so that the rest of a heading is long (因政府信息公开 /
# 申请行政复议、提起行政诉讼的情况) or ends a cut word (政府信息公开工作存在的主 / 要问题及改进措施)
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进措施", "其他需要报告的事项")
B = ["2016年，县政府按照省、市政务公开工作部署，全面推进政府信息公开。", "全年主动公开政府信息1864条。",
     "全年共受理政府信息公开申请14件，均已按期答复。", "本年度未收取任何费用。",
     "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "一是公开信息的完整性有待提高；二是网站互动功能不够完善。下一步，县政府将完善网站互动功能。", "无。"]
body = report(["歙县人民政府2016年政府信息公开工作年度报告"], num(T), B)
body = [x.replace("五、因政府信息公开申请", "五、因政府信息公开\n申请").replace("工作存在的主要问题", "工作存在的主\n要问题")
        for x in body]
add("b04-ah-shexian-2016-wrap-long-rest",
    "\n".join(body) + "\n",
    ("歙县人民政府", "county", "安徽省", "黄山市", "歙县", 2016), K7, T)

# b05. Shandong, a provincial department 2019: the preamble says the report is 分为…六个部分
B = ["2019年，省自然资源厅认真贯彻新修订的《条例》，围绕自然资源管理推进政务公开。", "全年主动公开政府信息2648条。",
     "本年新收政府信息公开申请286件，上年结转12件，办结290件，结转下年度8件。",
     "本年度发生政府信息公开行政复议案件21件，行政诉讼案件9件。",
     "存在的主要问题是依申请公开答复的规范性有待提高。2020年，我厅将制定依申请公开答复文书范本。",
     "本年度无其他需要报告的事项。"]
add("b05-sd-zrzyt-2019-preamble-fenwei",
    "\n".join(report(["山东省自然资源厅2019年政府信息公开工作年度报告",
                      "本报告根据《中华人民共和国政府信息公开条例》要求编制，分为总体情况、主动公开政府信息情况、"
                      "收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、"
                      "其他需要报告的事项六个部分。"], num(T6), B)) + "\n",
    ("山东省自然资源厅", "department", "山东省", None, None, 2019), K6, T6)

# b06. Liaoning, a county 2020: 本报告包括以下内容： then the parts listed one a line, numbered; then the body
B = ["2020年，县政府深入贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息1328条。",
     "本年新收政府信息公开申请9件，办结9件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是部分乡镇公开栏更新不及时。2021年，县政府将加强乡镇公开栏管理。", "无其他需要报告的事项。"]
add("b06-ln-kuandian-2020-list-lines",
    "\n".join(report(["宽甸满族自治县人民政府2020年政府信息公开工作年度报告", "本报告包括以下内容：", *num(T6),
                      "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。"], num(T6), B)) + "\n",
    ("宽甸满族自治县人民政府", "county", "辽宁省", "丹东市", "宽甸满族自治县", 2020), K6, T6)

# b07. Jiangsu, a city 2022: a table of contents with sub-entries and page numbers after spaces
toc = ["目录", "一、总体情况 1", "（一）主动公开 1", "（二）依申请公开 2", "二、主动公开政府信息情况 3",
       "三、收到和处理政府信息公开申请情况 4", "四、政府信息公开行政复议、行政诉讼情况 5", "五、存在的主要问题及改进情况 6",
       "六、其他需要报告的事项 7"]
B = [["2022年，市政府坚持以人民为中心，推进政务公开提质增效。", "（一）主动公开", "全年主动公开政府信息8624条。",
      "（二）依申请公开", "全年新收申请312件。"],
     "本年度制发规范性文件18件。", "本年新收政府信息公开申请312件，上年结转21件，办结318件，结转下年度15件。",
     "本年度发生政府信息公开行政复议案件26件，行政诉讼案件12件。",
     "存在的主要问题是基层政务公开标准化程度不一。下一步，市政府将推进基层标准目录动态调整。", "无其他需要报告的事项。"]
add("b07-js-yancheng-2022-toc-subentries",
    "\n".join(report(["盐城市人民政府2022年政府信息公开工作年度报告", *toc], num(T6), B)) + "\n",
    ("盐城市人民政府", "city", "江苏省", "盐城市", None, 2022), K6, T6)

# b08. Hubei, a county bureau 2023: the combined part holds 主要问题 and a line 下一步工作打算 alone, then 一是…
B = ["2023年，县住建局围绕住房保障和城市建设推进政务公开。", "全年主动公开政府信息286条。",
     "本年新收政府信息公开申请5件，办结5件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     ["主要问题：住房保障信息公开不够细。", "下一步工作打算", "一是细化保障房分配信息公开；二是及时公开重点项目进展。"],
     "本年度无其他需要报告的事项。"]
add("b08-hb-zigui-zjj-2023-plans-line",
    "\n".join(report(["秭归县住房和城乡建设局2023年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("秭归县住房和城乡建设局", "department", "湖北省", "宜昌市", "秭归县", 2023), K6, T6)

# b09. Shaanxi, a city bureau 2021: a combined part named 存在的问题及下一步工作计划, plans in 2022年，我们将…
T = (*T6[:4], "存在的问题及下一步工作计划", T6[5])
B = ["2021年，我局坚持以人民为中心，推进人社领域政务公开。", "全年主动公开政府信息746条。",
     "本年新收政府信息公开申请18件，办结18件。", "本年度发生政府信息公开行政复议案件1件，结果维持。",
     "存在的问题是政策解读的通俗性不够。2022年，我们将推出更多图解和问答。", "无。"]
add("b09-sn-baoji-rsj-2021-xiayibu-title",
    "\n".join(report(["宝鸡市人力资源和社会保障局2021年政府信息公开工作年度报告"], num(T), B)) + "\n",
    ("宝鸡市人力资源和社会保障局", "department", "陕西省", "宝鸡市", None, 2021), K6, T)

# b10. Heilongjiang, a county 2010: a portal page whose free-form parts are unnumbered <p><strong> heads in rarer words
T = ("政府信息公开的主要做法", "公开的主要内容", "依申请公开情况", "咨询处理情况", "复议诉讼和申诉情况", "收费及减免",
     "工作中存在的不足", "改进措施")
B = ["县政府将政府信息公开工作纳入重要议事日程，建立了主动公开、依申请公开、保密审查等制度。",
     "2010年共主动公开政府信息1126条，内容涵盖政策法规、规划计划、财政预算、行政许可等。",
     "全年共受理政府信息公开申请3件，均已答复。", "全年接待公众咨询218人次。",
     "全年未发生政府信息公开行政复议、行政诉讼和申诉案件。", "全年未收取任何费用。",
     "一是公开形式比较单一；二是个别单位信息报送不及时。", "一是拓展公开渠道；二是建立信息报送通报制度。"]
add("b10-hlj-hulan-2010-strong-html",
    cms_page("哈尔滨市呼兰区人民政府2010年政府信息公开工作年度报告_哈尔滨市呼兰区人民政府网",
             [x for t, b in zip(T, B, strict=True) for x in (("strong", t), b)],
             site="哈尔滨市呼兰区人民政府", h1="哈尔滨市呼兰区人民政府2010年政府信息公开工作年度报告"),
    ("哈尔滨市呼兰区人民政府", "district", "黑龙江省", "哈尔滨市", "呼兰区", 2010),
    ("measures", "proactive", "requests", "consultation", "appeals", "fees", "problems", "plans"), T)

# b11. Chongqing, a county 2013: 七、工作中存在的不足和改进措施, combined; flattened with spaces
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "工作中存在的不足和改进措施", "其他需要报告的事项")
B = ["2013年，县政府认真落实《条例》，推进政府信息公开。", "全年主动公开政府信息2318条。",
     "全年受理政府信息公开申请11件，办结11件。", "本年度未收取费用。",
     "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "一是公开的及时性有待提高；二是基层公开不够规范。今后，县政府将加强督查，规范基层公开。", "无。"]
add("b11-cq-youyang-2013-budu-space-flat",
    " ".join(report(["酉阳土家族苗族自治县人民政府2013年政府信息公开工作年度报告"], num(T), B)),
    ("酉阳土家族苗族自治县人民政府", "county", "重庆市", "重庆市", "酉阳土家族苗族自治县", 2013), K7, T)

# b12. Gansu, a city bureau 2016: the 2014 statistics table flattened inside part 二, its row labels numbered
# 一、主动公开情况 … 九、政府信息公开会议和培训情况 like the report's own parts
STAT14 = ["统计指标 单位 统计数", "一、主动公开情况", "（一）主动公开政府信息数 条 382", "其中：主动公开规范性文件数 条 3",
          "二、回应解读情况", "（一）回应公众关注热点或重大舆情数 次 4", "三、依申请公开情况", "（一）收到申请数 件 7",
          "四、行政复议数量 件 0", "五、行政诉讼数量 件 0", "六、举报投诉数量 件 0", "七、依申请公开信息收取的费用 万元 0",
          "八、机构建设和保障经费情况", "（一）政府信息公开工作专门机构数 个 1", "九、政府信息公开会议和培训情况",
          "（一）召开政府信息公开工作会议或专题会议数 次 2"]
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施")
B = ["2016年，市卫生计生委认真落实政务公开工作要点。", ["全年主动公开政府信息382条，详见下表。", *STAT14],
     "全年收到政府信息公开申请7件，均已答复。", "本年度未收取费用。",
     "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "存在的主要问题是公开内容不够全面。2017年，我委将扩大公开范围。"]
add("b12-gs-baiyin-wjw-2016-table2014-inside",
    "\n".join(report(["白银市卫生和计划生育委员会2016年政府信息公开工作年度报告"], num(T), B)) + "\n",
    ("白银市卫生和计划生育委员会", "department", "甘肃省", "白银市", None, 2016),
    ("overview", "proactive", "requests", "fees", "appeals", "problems"), T)

# b13. Jilin, a city 2023 in Word: bold numbered heads, sub-heads in plain paragraphs; plans half opens with 2024年将
B = [["2023年，市政府坚持以习近平新时代中国特色社会主义思想为指导，推进政务公开。", "（一）主动公开", "全年公开政府信息4128条。"],
     "本年度制发规范性文件7件。", "本年新收政府信息公开申请58件，办结56件，结转下年度2件。",
     "本年度发生政府信息公开行政复议案件3件。", "存在的主要问题是政策解读形式较单一。2024年将推出更多视频解读和政策问答。",
     "本年度收取信息处理费0元。"]
blocks13: list[Any] = [("big", "通化市人民政府2023年政府信息公开工作年度报告")]
for h, b in zip(num(T6), B, strict=True):
    blocks13 += [("bold", h), *([b] if isinstance(b, str) else b)]
add("b13-jl-tonghua-2023-docx-bold-numbered",
    Docx((*blocks13, "通化市人民政府", "2024年1月19日")),
    ("通化市人民政府", "city", "吉林省", "通化市", None, 2023), K6, T6)

# b14. Hebei, a county 2022: a PDF whose heading 三、… is split by a page break with only a folio between
B = ["2022年，县政府深入贯彻落实《条例》，推进政务公开。", "全年主动公开政府信息1476条。",
     "本年新收政府信息公开申请13件，办结13件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是公开内容的实用性不强。下一步，县政府将围绕企业和群众需求公开信息。", "无其他需要报告的事项。"]
paras = report([], num(T6), B)
recipe = pdf_across(("涞水县人民政府", "2022年政府信息公开工作年度报告"), paras, "三、" + T6[2], width=16, lines=28,
                    running_head="", filler="县政府各部门及时发布信息。")
add("b14-he-laishui-2022-pdf-folio-in-heading",
    Pdf(recipe.title, recipe.paragraphs, running_head=None, folio="第{n}页 共{total}页", width=16, lines=28),
    ("涞水县人民政府", "county", "河北省", "保定市", "涞水县", 2022), K6, T6)

# b15. Inner Mongolia, a banner bureau 2021: a portal page with <h3> parts and <h4> sub-heads
B = ["2021年，旗教育局认真贯彻新修订的《条例》，推进教育领域政务公开。", "全年主动公开政府信息232条。",
     "本年新收政府信息公开申请2件，办结2件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是学校信息公开不够规范。下一步，我局将加强对学校信息公开的指导。", "无。"]
html = ["<h1>鄂托克旗教育局2021年政府信息公开工作年度报告</h1>"]
for h, b in zip(num(T6), B, strict=True):
    html += [f"<h3>{h}</h3>"]
    if h.startswith("一"):
        html += ["<h4>（一）主动公开</h4>", f"<p>{b}</p>", "<h4>（二）依申请公开</h4>", "<p>全年受理申请2件。</p>"]
    else:
        html += [f"<p>{b}</p>"]
add("b15-nmg-etuoke-jyj-2021-html-h3-h4",
    page("鄂托克旗教育局2021年政府信息公开工作年度报告", "\n".join(html), site="鄂托克旗人民政府"),
    ("鄂托克旗教育局", "department", "内蒙古自治区", "鄂尔多斯市", "鄂托克旗", 2021), K6, T6)

# b16. A ministry 2018: CRLF lines; the 2008 format's parts with 依申请公开政府信息和不予公开政府信息情况
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息和不予公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进措施", "其他需要报告的事项")
B = ["2018年，生态环境部认真贯彻落实党中央、国务院关于全面推进政务公开的决策部署。", "全年主动公开政府信息5628条。",
     "全年共收到政府信息公开申请1268件，已全部按期答复。", "本年度未收取政府信息公开相关费用。",
     "本年度发生因政府信息公开申请行政复议案件86件，行政诉讼案件21件。",
     "存在的主要问题是部分司局公开意识有待增强。2019年，我部将加强对各司局的培训。", "无其他需要报告的事项。"]
add("b16-mee-2018-crlf",
    "\r\n".join(report(["生态环境部2018年政府信息公开工作年度报告"], num(T), B)) + "\r\n",
    ("生态环境部", "department", None, None, None, 2018), K7, T)

# b17. Jiangxi, a town 2024: flattened; 五、存在的主要问题及改进情况一是…；二是…。今后…
B = ["2024年，镇政府深入贯彻落实《条例》，推进基层政务公开。", "全年主动公开政府信息186条。",
     "本年度未收到政府信息公开申请。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "一是公开内容不够丰富；二是公开形式较为单一。今后，镇政府将丰富公开内容，拓展公开形式。", "无。"]
add("b17-jx-sanqing-2024-flat-yishi",
    "".join(report(["玉山县三清乡人民政府2024年政府信息公开工作年度报告"], num(T6), B)),
    ("玉山县三清乡人民政府", "township", "江西省", "上饶市", "玉山县", 2024), K6, T6)

# b18. Tibet, a county 2025 (report on 2024): flattened with spaces; 六、其他需要报告的事项 holds numbered items 1. 2.
B = ["2024年，县政府坚持以人民为中心，推进政务公开。", "全年主动公开政府信息624条。",
     "本年新收政府信息公开申请3件，办结3件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是双语公开内容不够丰富。2025年，县政府将增加藏汉双语公开内容。",
     "1.本年度未收取信息处理费。2.本年度人大代表建议和政协提案办理结果已全部公开。3.无其他需要报告的事项。"]
add("b18-xz-nedong-2024-flat-items",
    " ".join(report(["乃东区人民政府2024年政府信息公开工作年度报告"], num(T6), B)),
    ("乃东区人民政府", "district", "西藏自治区", "山南市", "乃东区", 2024), K6, T6)


# ============================ C. written after batch B's fixes, scored before any further fix ============================

# c01. Tianjin, a district bureau 2022: flattened; headings run into prose whose subject is 本机关 / 本单位 / 区政府办公室
B = ["本机关坚持以人民为中心，围绕市场监管重点工作推进政务公开。", "本单位全年主动公开政府信息1226条，其中行政处罚信息864条。",
     "本机关本年新收政府信息公开申请23件，办结23件。", "本单位本年度发生政府信息公开行政复议案件1件，结果维持。",
     "本机关政务公开工作仍存在解读不够深入的问题。下一步，将围绕食品安全等群众关切加强解读。", "本单位无其他需要报告的事项。"]
add("c01-tj-xiqing-scjg-2022-flat-benjiguan",
    "".join(report(["天津市西青区市场监督管理局2022年政府信息公开工作年度报告"], num(T6), B)),
    ("天津市西青区市场监督管理局", "department", "天津市", "天津市", "西青区", 2022), K6, T6)

# c02. Beijing, a district 2020: flattened; prose after the headings opens with 根据 / 按照 / 对照 / 在区政府门户网站
B = ["按照全区政务公开工作要点，区政府扎实推进政务公开。", "根据《条例》第二十条规定，全年主动公开政府信息4286条。",
     "对照办理时限要求，本年新收申请186件全部按期办结。", "按照复议机关要求，本年度行政复议案件8件均已办结。",
     "在区政府门户网站检查中发现部分栏目更新不及时。下一步，区政府将建立栏目巡查机制。", "按照规定，本年度未收取信息处理费。"]
add("c02-bj-fengtai-2020-flat-genju",
    "".join(report(["北京市丰台区人民政府2020年政府信息公开工作年度报告"], num(T6), B)),
    ("北京市丰台区人民政府", "district", "北京市", "北京市", "丰台区", 2020), K6, T6)

# c03. Zhejiang, a provincial department 2011: flattened; 四、依法实施政府信息依申请公开 runs into 在省政府网站建立…;
# 三、积极推进政府信息主动公开 runs into 通过…
T = ("概述", "政府信息公开工作机构建设情况", "积极推进政府信息主动公开", "依法实施政府信息依申请公开",
     "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施")
B = ["2011年，省民政厅认真贯彻《中华人民共和国政府信息公开条例》，政府信息公开工作稳步推进。",
     "厅办公室为政府信息公开工作机构，配备专职人员2名，兼职人员16名。",
     "通过厅门户网站、政务公开栏、新闻发布会等渠道，全年主动公开政府信息1428条。",
     "在省政府网站建立依申请公开受理系统，全年受理申请12件，均已按期答复。",
     "本年度未收取任何费用。", "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "主要问题是公开内容还不够全面。2012年，我厅将进一步扩大公开范围，提高公开质量。"]
add("c03-zj-mzt-2011-flat-yifa",
    "".join(report(["浙江省民政厅2011年政府信息公开工作年度报告"], num(T), B)),
    ("浙江省民政厅", "department", "浙江省", None, None, 2011),
    ("overview", "other", "proactive", "requests", "fees", "appeals", "problems"), T)

# c04. Guangxi, a city 2019: a portal page whose paragraphs are broken by <br>, one heading broken after 和
T = (*T6[:4], "存在的主要问题和改进情况", T6[5])
B = ["2019年，市政府深入贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息5126条。",
     "本年新收政府信息公开申请98件，办结96件，结转下年度2件。", "本年度发生政府信息公开行政复议案件4件，行政诉讼案件2件。",
     "存在的主要问题是基层政务公开规范化程度不高。2020年，市政府将推进基层政务公开标准化建设。", "无其他需要报告的事项。"]
heads = [h.replace("存在的主要问题和改进情况", "存在的主要问题和<br>改进情况") for h in num(T)]
html = "<h1>柳州市人民政府2019年政府信息公开工作年度报告</h1>\n<p>" + "<br>".join(
    x for h, b in zip(heads, B, strict=True) for x in (h, b)) + "</p>"
add("c04-gx-liuzhou-2019-br-cut",
    page("柳州市人民政府2019年政府信息公开工作年度报告", html, site="柳州市人民政府"),
    ("柳州市人民政府", "city", "广西壮族自治区", "柳州市", None, 2019), K6, T)

# c05. Ningxia, a county 2021: the preamble lists the parts separated by ；
B = ["2021年，县政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息1286条。",
     "本年新收政府信息公开申请7件，办结7件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是政策解读的及时性不够。针对上述问题，县政府将做到政策文件与解读材料同步发布。", "无。"]
add("c05-nx-pingluo-2021-preamble-semicolons",
    "\n".join(report(["平罗县人民政府2021年政府信息公开工作年度报告",
                      "报告全文包括以下六个方面：总体情况；主动公开政府信息情况；收到和处理政府信息公开申请情况；"
                      "政府信息公开行政复议、行政诉讼情况；存在的主要问题及改进情况；其他需要报告的事项。"], num(T6), B)) + "\n",
    ("平罗县人民政府", "county", "宁夏回族自治区", "石嘴山市", "平罗县", 2021), K6, T6)

# c06. Shanghai, a district 2023: a table of contents of bare titles with dotted leaders; the body numbered
B = ["2023年，区政府坚持以人民为中心，推进全过程人民民主在政务公开领域的实践。", "全年主动公开政府信息6128条。",
     "本年新收政府信息公开申请824件，上年结转46件，办结832件，结转下年度38件。",
     "本年度发生政府信息公开行政复议案件36件，行政诉讼案件14件。",
     "存在的主要问题是依申请公开答复质量有待提升。2024年，区政府将加强答复文书审核。", "本年度收取信息处理费0元。"]
toc = ["目 录", *[f"{t}{'.' * 20}{i + 1}" for i, t in enumerate(T6)]]
add("c06-sh-minhang-2023-toc-bare",
    "\n".join(report(["上海市闵行区人民政府2023年政府信息公开工作年度报告", *toc], num(T6), B)) + "\n",
    ("上海市闵行区人民政府", "district", "上海市", "上海市", "闵行区", 2023), K6, T6)

# c07. Hainan, a provincial commission 2022: the plans half opens with 针对以上不足，2023年我委将…
B = ["2022年，省卫生健康委坚持以人民为中心，围绕疫情防控和医疗服务推进政务公开。", "全年主动公开政府信息2186条。",
     "本年新收政府信息公开申请64件，办结62件，结转下年度2件。", "本年度发生政府信息公开行政复议案件3件。",
     "一是部分医疗机构信息公开不及时；二是政策解读形式较单一。针对以上不足，2023年我委将加强对医疗机构信息公开的指导。",
     "本年度无其他需要报告的事项。"]
add("c07-hi-wsjkw-2022-zhendui-yishang",
    "\n".join(report(["海南省卫生健康委员会2022年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("海南省卫生健康委员会", "department", "海南省", None, None, 2022), K6, T6)

# c08. Jilin, a county 2022: one line; the combined part holds （一）存在的主要问题 and （二）改进措施 run in
B = ["2022年，县政府深入贯彻落实《条例》，推进政务公开。", "全年主动公开政府信息1624条。",
     "本年新收政府信息公开申请12件，办结12件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "（一）存在的主要问题。一是公开内容不够全面；二是解读不够深入。（二）改进措施。一是扩大公开范围；二是加强政策解读。",
     "无其他需要报告的事项。"]
add("c08-jl-fusong-2022-flat-subparts",
    "".join(report(["抚松县人民政府2022年政府信息公开工作年度报告"], num(T6), B)),
    ("抚松县人民政府", "county", "吉林省", "白山市", "抚松县", 2022), K6, T6)

# c09. Henan, a city bureau 2011: free-form parts in rarer words, numbered 一、…七、
T = ("政府信息公开工作的主要做法", "主动公开政府信息的主要内容", "依申请公开和不予公开情况", "政府信息公开咨询处理情况",
     "政府信息公开收费及减免情况", "复议、诉讼和申诉情况", "工作中存在的不足及改进措施")
B = ["我局成立了政府信息公开工作领导小组，建立健全了主动公开、依申请公开等工作制度。",
     "全年主动公开政府信息586条，主要包括机构职能、政策法规、行政许可、财政资金等。",
     "全年受理政府信息公开申请4件，其中同意公开3件，不予公开1件。", "全年接受群众咨询86人次。",
     "全年未收取任何费用。", "全年未发生政府信息公开行政复议、行政诉讼和申诉案件。",
     "一是公开形式较为单一；二是公开内容不够丰富。下一步，我局将拓展公开形式，丰富公开内容。"]
add("c09-ha-luoyang-jtj-2011-rare-numbered",
    "\n".join(report(["洛阳市交通运输局2011年政府信息公开工作年度报告"], num(T), B)) + "\n",
    ("洛阳市交通运输局", "department", "河南省", "洛阳市", None, 2011),
    ("measures", "proactive", "requests", "consultation", "fees", "appeals", "problems"), T)

# c10. Sichuan, a county 2021: the whole report on one line, the statistics table of part 三 inside it with spaces
TAB = ("申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计 "
       "一、本年新收政府信息公开申请数量 6 0 0 0 0 0 6 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 三、本年度办理结果 "
       "（一）予以公开 4 0 0 0 0 0 4 （二）部分公开 1 0 0 0 0 0 1 （三）不予公开 0 0 0 0 0 0 0 （四）无法提供 1 0 0 0 0 0 1 "
       "（五）不予处理 0 0 0 0 0 0 0 （六）其他处理 0 0 0 0 0 0 0 （七）总计 6 0 0 0 0 0 6 四、结转下年度继续办理 0 0 0 0 0 0 0 ")
B = ["2021年，县政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息1486条。",
     "本年新收政府信息公开申请6件，办结6件。" + TAB, "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是公开目录更新不及时。2022年，县政府将建立目录动态更新机制。", "无。"]
add("c10-sc-jiange-2021-oneline-table",
    "".join(report(["剑阁县人民政府2021年政府信息公开工作年度报告"], num(T6), B)),
    ("剑阁县人民政府", "county", "四川省", "广元市", "剑阁县", 2021), K6, T6)

# c11. Yunnan, a city 2022 in Word: bold unnumbered parts, and the five sub-heads of 总体情况 bold too
B = ["2022年，市政府坚持以人民为中心，推进政务公开。"]
subs = [("bold", "（一）主动公开"), "全年主动公开政府信息3628条。", ("bold", "（二）依申请公开"), "全年新收申请42件。",
        ("bold", "（三）政府信息管理"), "全年清理规范性文件36件。", ("bold", "（四）平台建设"), "完成门户网站改版。",
        ("bold", "（五）监督保障"), "将政务公开纳入绩效考核。"]
rest = ["本年度制发规范性文件8件。", "本年新收政府信息公开申请42件，办结42件。", "本年度发生政府信息公开行政复议案件2件。",
        "存在的主要问题是政务新媒体管理不够规范。下一步，市政府将开展政务新媒体专项整治。", "无其他需要报告的事项。"]
blocks11: list[Any] = [("big", "曲靖市人民政府2022年政府信息公开工作年度报告"), ("bold", T6[0]), B[0], *subs]
for t, b in zip(T6[1:], rest, strict=True):
    blocks11 += [("bold", t), b]
add("c11-yn-qujing-2022-docx-bold-subheads",
    Docx((*blocks11, "曲靖市人民政府", "2023年1月18日")),
    ("曲靖市人民政府", "city", "云南省", "曲靖市", None, 2022), K6, T6)

# c12. Guangdong, a district bureau 2023: a portal page with <p><b> heads and sub-heads
B = ["2023年，区财政局认真落实《条例》，推进预决算公开。", "全年主动公开政府信息318条。",
     "本年新收政府信息公开申请11件，办结11件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是部门预决算公开的细化程度不够。2024年将推动部门预算细化到项目。", "无。"]
blocks12b: list[Any] = []
for h, b in zip(num(T6), B, strict=True):
    blocks12b += [("b", h)]
    if h.startswith("一"):
        blocks12b += [("b", "（一）主动公开"), "全年公开预决算信息126条。", ("b", "（二）依申请公开"), "全年办理申请11件。"]
    blocks12b += [b]
add("c12-gd-nanshan-czj-2023-b-heads",
    cms_page("深圳市南山区财政局2023年政府信息公开工作年度报告", blocks12b, site="深圳市南山区人民政府",
             h1="深圳市南山区财政局2023年政府信息公开工作年度报告"),
    ("深圳市南山区财政局", "department", "广东省", "深圳市", "南山区", 2023), K6, T6)

# c13. Hebei, a county 2023: a narrow PDF whose long headings wrap onto a second line
B = ["2023年，县政府坚持以习近平新时代中国特色社会主义思想为指导，推进政务公开。", "全年主动公开政府信息1368条。",
     "本年新收政府信息公开申请17件，办结17件。", "本年度发生政府信息公开行政复议案件1件。",
     "存在的主要问题是乡镇政务公开专区作用发挥不够。下一步，县政府将推动专区常态化运行。", "本年度无其他需要报告的事项。"]
add("c13-he-zhengding-2023-pdf-narrow",
    Pdf(("正定县人民政府", "2023年政府信息公开工作年度报告"), tuple(report([], num(T6), B)),
        running_head="正定县人民政府2023年政府信息公开工作年度报告", width=14, lines=30),
    ("正定县人民政府", "county", "河北省", "石家庄市", "正定县", 2023), K6, T6)

# c14. Shanxi, a town 2025 (report on 2024): flattened; 事项 and 情况 heads run into 2024年 / 我镇
B = ["2024年，我镇认真贯彻落实《条例》，推进基层政务公开。", "我镇全年主动公开政府信息152条。",
     "我镇本年度未收到政府信息公开申请。", "我镇本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "我镇政务公开工作存在公开栏更新不及时的问题。2025年，我镇将落实专人负责公开栏更新。", "2024年我镇无其他需要报告的事项。"]
add("c14-sx-lingshi-jingsheng-2024-flat-wozhen",
    "".join(report(["灵石县静升镇人民政府2024年政府信息公开工作年度报告"], num(T6), B)),
    ("灵石县静升镇人民政府", "township", "山西省", "晋中市", "灵石县", 2024), K6, T6)


# ============================ D. written after batch C (which needed no fix), scored before any further fix ============================

# d01. Anhui, a county 2022: flattened; prose after the headings opens with a topic noun (规范性文件方面, 申请数量方面)
B = ["我县坚持以人民为中心，推进政务公开。", "规范性文件方面，本年制发4件，废止2件，现行有效36件。",
     "申请数量方面，本年新收申请15件，上年结转1件，办结16件。", "行政复议方面，本年度发生案件1件，结果维持。",
     "公开质量方面还存在差距。下一步，县政府将开展公开质量评估。", "信息处理费方面，本年度未收取。"]
add("d01-ah-susong-2022-flat-fangmian",
    "".join(report(["宿松县人民政府2022年政府信息公开工作年度报告"], num(T6), B)),
    ("宿松县人民政府", "county", "安徽省", "安庆市", "宿松县", 2022), K6, T6)

# d02. Jiangxi, a provincial department 2017: flattened old-era page; the combined part runs into 政府信息公开工作虽然…
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题和改进措施", "其他需要报告的事项")
B = ["2017年，省商务厅认真贯彻落实国务院办公厅政务公开工作要点，推进商务领域政务公开。",
     "全年主动公开政府信息1862条，其中政策文件36件。", "全年共收到政府信息公开申请21件，均已按期答复。",
     "本年度未收取检索、复制、邮寄等费用。", "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "政府信息公开工作虽然取得了一定成效，但仍存在政策解读不够及时的问题。2018年，我厅将建立解读与文件同步起草机制。",
     "无"]
add("d02-jx-swt-2017-flat-suiran",
    "".join(report(["江西省商务厅2017年政府信息公开工作年度报告"], num(T), B)),
    ("江西省商务厅", "department", "江西省", None, None, 2017), K7, T)

# d03. Hubei, a city bureau 2021: flattened; 一、总体情况 runs straight into （一）主动公开。; 六、其他需要报告的事项 into 无。
B = ["（一）主动公开。全年主动公开政府信息526条。（二）依申请公开。全年新收申请9件。（三）政府信息管理。清理规范性文件12件。",
     "本年度制发规范性文件3件。", "本年新收政府信息公开申请9件，办结9件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是公开内容的针对性不强。下一步，我局将围绕企业关切公开信息。", "无。"]
add("d03-hb-xiaogan-swj-2021-flat-subhead-first",
    "".join(report(["孝感市商务局2021年政府信息公开工作年度报告"], num(T6), B)),
    ("孝感市商务局", "department", "湖北省", "孝感市", None, 2021), K6, T6)

# d04. Hunan, a county 2023: the preamble names the parts with their numbers, 一、…，二、…, on its own line
B = ["2023年，县政府坚持以人民为中心，推进政务公开。", "全年主动公开政府信息1726条。",
     "本年新收政府信息公开申请21件，办结21件。", "本年度发生政府信息公开行政复议案件1件。",
     "存在的主要问题是村务公开与政务公开衔接不够。2024年，县政府将推动村务公开规范化。", "无其他需要报告的事项。"]
add("d04-hn-chaling-2023-numbered-list-preamble",
    "\n".join(report(["茶陵县人民政府2023年政府信息公开工作年度报告",
                      "本报告包括：一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况，"
                      "四、政府信息公开行政复议、行政诉讼情况，五、存在的主要问题及改进情况，六、其他需要报告的事项。"], num(T6), B)) + "\n",
    ("茶陵县人民政府", "county", "湖南省", "株洲市", "茶陵县", 2023), K6, T6)

# d05. Gansu, a county 2022: problems without plans (the part says what is wrong and nothing of what will be done)
B = ["2022年，县政府深入贯彻落实《条例》，推进政务公开。", "全年主动公开政府信息986条。",
     "本年新收政府信息公开申请4件，办结4件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "一是部分单位信息发布不及时；二是政策解读形式较单一；三是基层公开不够规范。", "无。"]
add("d05-gs-jingning-2022-problems-only",
    "\n".join(report(["静宁县人民政府2022年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("静宁县人民政府", "county", "甘肃省", "平凉市", "静宁县", 2022), K6, T6, plans=False)

# d06. Qinghai, a provincial department 2020: the combined part holds （一）存在问题 and （二）下一步打算 sub-heads
B = ["2020年，省交通运输厅认真贯彻新修订的《条例》，推进交通运输政务公开。", "全年主动公开政府信息1328条。",
     "本年新收政府信息公开申请18件，办结18件。", "本年度发生政府信息公开行政复议案件1件。",
     ["（一）存在问题", "重点项目建设信息公开不够及时。", "（二）下一步打算", "建立重点项目信息公开台账，按月更新。"],
     "无其他需要报告的事项。"]
add("d06-qh-jtyst-2020-subheads-dayu",
    "\n".join(report(["青海省交通运输厅2020年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("青海省交通运输厅", "department", "青海省", None, None, 2020), K6, T6)

# d07. Xinjiang, a city 2023: ASCII-dot numbers run in on a flattened line (一.总体情况2023年，…)
B = ["2023年，市政府坚持以人民为中心，推进政务公开。", "全年主动公开政府信息2368条。",
     "本年新收政府信息公开申请26件，办结26件。", "本年度发生政府信息公开行政复议案件2件。",
     "存在的主要问题是双语公开内容不够丰富。2024年，市政府将增加双语公开内容。", "无其他需要报告的事项。"]
add("d07-xj-changji-2023-flat-ascii-dot",
    "".join(report(["昌吉市人民政府2023年政府信息公开工作年度报告"], num(T6, "."), B)),
    ("昌吉市人民政府", "county", "新疆维吾尔自治区", "昌吉回族自治州", "昌吉市", 2023), K6, T6)

# d08. Guizhou, a provincial department 2021: a portal page with a contents list of links, then <h3> parts
B = ["2021年，省生态环境厅认真贯彻新修订的《条例》，推进生态环境信息公开。", "全年主动公开政府信息2486条。",
     "本年新收政府信息公开申请96件，办结92件，结转下年度4件。", "本年度发生政府信息公开行政复议案件6件，行政诉讼案件2件。",
     "存在的主要问题是环境信息公开的系统性不强。下一步，我厅将编制环境信息公开清单。", "无其他需要报告的事项。"]
links = "<ul class=\"toc\">" + "".join(f"<li><a href=\"#p{i}\">{h}</a></li>" for i, h in enumerate(num(T6), 1)) + "</ul>"
html = "\n".join(["<h1>贵州省生态环境厅2021年政府信息公开工作年度报告</h1>", links,
                  *[x for i, (h, b) in enumerate(zip(num(T6), B, strict=True), 1)
                    for x in (f"<h3 id=\"p{i}\">{h}</h3>", f"<p>{b}</p>")]])
add("d08-gz-sthjt-2021-html-link-toc",
    page("贵州省生态环境厅2021年政府信息公开工作年度报告", html, site="贵州省生态环境厅"),
    ("贵州省生态环境厅", "department", "贵州省", None, None, 2021), K6, T6)

# d09. Shandong, a district 2019: flattened; the problems heading is 政府信息公开工作存在的问题及下一步工作打算 and runs into 虽然
T = (*T6[:4], "政府信息公开工作存在的问题及下一步工作打算", T6[5])
B = ["2019年，区政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息2146条。",
     "本年新收政府信息公开申请32件，办结32件。", "本年度发生政府信息公开行政复议案件2件。",
     "虽然全区政务公开工作取得一定成效，但仍存在基层公开不够规范的问题。2020年，区政府将推进基层公开标准化。",
     "无其他需要报告的事项。"]
add("d09-sd-laishan-2019-flat-dasuan-suiran",
    "".join(report(["烟台市莱山区人民政府2019年政府信息公开工作年度报告"], num(T), B)),
    ("烟台市莱山区人民政府", "district", "山东省", "烟台市", "莱山区", 2019), K6, T)

# d10. Liaoning, a city bureau 2022: flattened; part 三's statistics table runs into 四、 on the same line
TAB = ("申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
       "一、本年新收政府信息公开申请数量 8 1 0 0 0 0 9 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 三、本年度办理结果"
       "（一）予以公开 6 1 0 0 0 0 7 （二）部分公开 1 0 0 0 0 0 1 （三）不予公开 0 0 0 0 0 0 0 "
       "（四）无法提供 1 0 0 0 0 0 1 （五）不予处理 0 0 0 0 0 0 0 （六）其他处理 0 0 0 0 0 0 0 （七）总计 8 1 0 0 0 0 9"
       "四、结转下年度继续办理 0 0 0 0 0 0 0")
B = ["2022年，市应急管理局认真落实《条例》，推进应急管理领域政务公开。", "全年主动公开政府信息412条。",
     "本年新收政府信息公开申请9件，办结9件。" + TAB, "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是安全生产执法信息公开不够及时。下一步，我局将在执法决定作出后7日内公开。", "无。"]
add("d10-ln-anshan-yjj-2022-flat-table-then-si",
    "".join(report(["鞍山市应急管理局2022年政府信息公开工作年度报告"], num(T6), B)),
    ("鞍山市应急管理局", "department", "辽宁省", "鞍山市", None, 2022), K6, T6)

# d11. Zhejiang, a town 2023: a crawl text whose headings are closed by ： and run into their first sentence
B = ["2023年，镇政府坚持以人民为中心，推进基层政务公开。", "全年主动公开政府信息236条。",
     "本年度收到政府信息公开申请2件，均已办结。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "主要问题是公开形式较单一。今后，我镇将用好村级微信群等渠道。", "无。"]
add("d11-zj-wuzhen-2023-colon-runin",
    row("crawl-d.jsonl", "桐乡市乌镇镇人民政府2023年政府信息公开工作年度报告",
        "\n".join(f"{h}：{b}" for h, b in zip(num(T6), B, strict=True)), date="2024-01-15"),
    ("桐乡市乌镇镇人民政府", "township", "浙江省", "嘉兴市", "桐乡市", 2023), K6, T6)

# d12. Chongqing, a county bureau 2016: the 2008 format with a part 回应社会关切 and the combined part's plans in 今后一个时期
T = ("概述", "主动公开政府信息情况", "回应社会关切情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施", "其他需要报告的事项")
B = ["2016年，县教委认真落实政务公开工作要点，推进教育信息公开。", "全年主动公开政府信息468条。",
     "全年回应社会关切问题26个。", "全年收到政府信息公开申请5件，均已答复。", "本年度未收取费用。",
     "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "存在的主要问题是学校信息公开不够规范。今后一个时期，县教委将加强对学校信息公开的指导。", "无。"]
add("d12-cq-fengjie-jw-2016-jinhou-yigeshiqi",
    "\n".join(report(["奉节县教育委员会2016年政府信息公开工作年度报告"], num(T), B)) + "\n",
    ("奉节县教育委员会", "department", "重庆市", "重庆市", "奉节县", 2016),
    ("overview", "proactive", "response", "requests", "fees", "appeals", "problems", "other"), T)


# ============================ E. written after batch D's fix, scored before any further fix ============================

# e01. Guangxi, a county 2021: flattened; 四、…情况 runs straight into the appeals table's header (行政复议结果维持…)
B = ["2021年，县政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息1168条。",
     "本年新收政府信息公开申请8件，办结8件。",
     "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "存在的主要问题是公开信息的时效性不强。下一步，县政府将建立信息发布时限提醒。", "无。"]
add("e01-gx-rongshui-2021-flat-table-header",
    "".join(report(["融水苗族自治县人民政府2021年政府信息公开工作年度报告"], num(T6), B)),
    ("融水苗族自治县人民政府", "county", "广西壮族自治区", "柳州市", "融水苗族自治县", 2021), K6, T6)

# e02. Hebei, a city bureau 2022: flattened; 五、存在的主要问题及改进情况。（一）存在的问题：…（二）改进措施：…
B = ["2022年，市民政局认真贯彻《条例》，推进民政领域政务公开。", "全年主动公开政府信息482条。",
     "本年新收政府信息公开申请14件，办结14件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "（一）存在的问题：社会救助信息公开不够细化。（二）改进措施：按月公开社会救助对象数量和资金发放情况。", "无。"]
add("e02-he-hengshui-mzj-2022-flat-colon-halves",
    "".join(f"{h}。{b}" for h, b in zip(num(T6), B, strict=True)),
    ("衡水市民政局", "department", "河北省", "衡水市", None, 2022), K6, T6,
    header={"标题": "衡水市民政局2022年政府信息公开工作年度报告"})

# e03. Jiangsu, a county 2020: PDF text cut right after the numbers of two headings (三、 / 收到和处理…)
B = ["2020年，县政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息2016条。",
     "本年新收政府信息公开申请36件，办结36件。", "本年度发生政府信息公开行政复议案件1件。",
     "存在的主要问题是政策解读的针对性不强。2021年，县政府将围绕企业关切开展解读。", "无其他需要报告的事项。"]
body = report(["沭阳县人民政府2020年政府信息公开工作年度报告"], num(T6), B)
body = [x.replace("三、收到", "三、\n收到").replace("五、存在", "五、\n存在") for x in body]
add("e03-js-shuyang-2020-cut-after-number",
    "\n".join(body) + "\n",
    ("沭阳县人民政府", "county", "江苏省", "宿迁市", "沭阳县", 2020), K6, T6)

# e04. Hunan, a city 2022: the plans half opens with 下阶段
B = ["2022年，市政府坚持以人民为中心，推进政务公开。", "全年主动公开政府信息3826条。",
     "本年新收政府信息公开申请68件，办结66件，结转下年度2件。", "本年度发生政府信息公开行政复议案件3件，行政诉讼案件1件。",
     "存在的主要问题是基层政务公开工作力量不足。下阶段，市政府将加强基层政务公开队伍建设。", "无其他需要报告的事项。"]
add("e04-hn-yueyang-2022-xiajieduan",
    "\n".join(report(["岳阳市人民政府2022年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("岳阳市人民政府", "city", "湖南省", "岳阳市", None, 2022), K6, T6)

# e05. Sichuan, a provincial bureau 2023: the plans half opens with 接下来
B = ["2023年，省医保局坚持以人民为中心，推进医疗保障政务公开。", "全年主动公开政府信息864条。",
     "本年新收政府信息公开申请42件，办结42件。", "本年度发生政府信息公开行政复议案件2件。",
     "存在的主要问题是医保政策解读的通俗性不够。接下来，我局将推出医保政策一图读懂系列。", "无其他需要报告的事项。"]
add("e05-sc-ybj-2023-jiexialai",
    "\n".join(report(["四川省医疗保障局2023年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("四川省医疗保障局", "department", "四川省", None, None, 2023), K6, T6)

# e06. Shaanxi, a county 2021: the plans half is 为此，县政府将…
B = ["2021年，县政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息1246条。",
     "本年新收政府信息公开申请11件，办结11件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是部分部门信息报送不及时。为此，县政府将建立信息报送通报制度。", "无。"]
add("e06-sn-qishan-2021-weici",
    "\n".join(report(["岐山县人民政府2021年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("岐山县人民政府", "county", "陕西省", "宝鸡市", "岐山县", 2021), K6, T6)

# e07. Henan, a district 2023: the combined part's halves labelled with the heading's own words (存在问题： / 改进情况：)
B = ["2023年，区政府坚持以人民为中心，推进政务公开。", "全年主动公开政府信息2268条。",
     "本年新收政府信息公开申请31件，办结31件。", "本年度发生政府信息公开行政复议案件2件。",
     ["存在问题：部分街道公开栏目内容更新慢。", "改进情况：建立街道公开栏目月度检查制度，按月通报。"], "无其他需要报告的事项。"]
add("e07-ha-jinshui-2023-gaijinqingkuang-label",
    "\n".join(report(["郑州市金水区人民政府2023年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("郑州市金水区人民政府", "district", "河南省", "郑州市", "金水区", 2023), K6, T6)

# e08. Yunnan, a county 2015: the 2014 statistics table inside part 二 with TAB-separated cells
STAT = ["统计指标\t单位\t统计数", "一、主动公开情况", "（一）主动公开政府信息数\t条\t862", "二、回应解读情况",
        "（一）回应公众关注热点或重大舆情数\t次\t6", "三、依申请公开情况", "（一）收到申请数\t件\t9",
        "八、机构建设和保障经费情况", "（一）政府信息公开工作专门机构数\t个\t1"]
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施")
B = ["2015年，县政府按照省、州部署推进政府信息公开。", ["全年主动公开政府信息862条。", *STAT],
     "全年收到政府信息公开申请9件，均已答复。", "本年度未收取费用。",
     "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "存在的主要问题是公开内容不够全面。2016年，县政府将扩大公开范围。"]
add("e08-yn-yuanyang-2015-table2014-tabs",
    "\n".join(report(["元阳县人民政府2015年政府信息公开工作年度报告"], num(T), B)) + "\n",
    ("元阳县人民政府", "county", "云南省", "红河哈尼族彝族自治州", "元阳县", 2015),
    ("overview", "proactive", "requests", "fees", "appeals", "problems"), T)

# e09. Heilongjiang, a city 2019: flattened; the first heading runs into 自新修订的《条例》施行以来
B = ["自新修订的《条例》施行以来，市政府认真贯彻落实，推进政务公开。", "为进一步提高透明度，全年主动公开政府信息4128条。",
     "自5月15日起，本年新收政府信息公开申请52件，办结52件。", "全年发生政府信息公开行政复议案件3件。",
     "存在的主要问题是政务公开专区建设不均衡。下一步，市政府将推进专区标准化建设。", "无其他需要报告的事项。"]
add("e09-hlj-jiamusi-2019-flat-zi",
    "".join(report(["佳木斯市人民政府2019年政府信息公开工作年度报告"], num(T6), B)),
    ("佳木斯市人民政府", "city", "黑龙江省", "佳木斯市", None, 2019), K6, T6)

# e10. Gansu, a city 2023: a PDF with the folio -3- and a running head, a heading at the top of a page
B = ["2023年，市政府坚持以人民为中心，推进政务公开。" + "全市各部门按要求及时公开政府信息。" * 30,
     "全年主动公开政府信息3268条。", "本年新收政府信息公开申请46件，办结46件。", "本年度发生政府信息公开行政复议案件2件。",
     "存在的主要问题是政务新媒体更新不及时。2024年，市政府将开展政务新媒体常态化检查。", "无其他需要报告的事项。"]
add("e10-gs-jinchang-2023-pdf-folio-dash",
    Pdf(("金昌市人民政府", "2023年政府信息公开工作年度报告"), tuple(report([], num(T6), B)),
        running_head="金昌市人民政府2023年政府信息公开工作年度报告", folio="-{n}-", width=30, lines=24),
    ("金昌市人民政府", "city", "甘肃省", "金昌市", None, 2023), K6, T6)


# ============================ F. written after batch E's fix, scored before any further fix ============================

# f01. Fujian excluded; Jiangxi, a county 2021: flattened; prose after the headings opens with a quotation mark
B = ["“十四五”开局之年，县政府认真贯彻新修订的《条例》，推进政务公开。", "“政务公开专区”全年主动公开政府信息1362条。",
     "“依申请公开”渠道全年新收申请14件，办结14件。", "“零复议零诉讼”，本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "“公开不及时”仍是主要问题。下一步，县政府将建立信息发布时限提醒。", "“无其他需要报告的事项”。"]
add("f01-jx-wannian-2021-flat-quote",
    "".join(report(["万年县人民政府2021年政府信息公开工作年度报告"], num(T6), B)),
    ("万年县人民政府", "county", "江西省", "上饶市", "万年县", 2021), K6, T6)

# f02. Shandong, a city 2020: the preamble lists the parts as （一）…；（二）…； then the body numbers them 一、
B = ["2020年，市政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息5268条。",
     "本年新收政府信息公开申请126件，办结122件，结转下年度4件。", "本年度发生政府信息公开行政复议案件6件，行政诉讼案件3件。",
     "存在的主要问题是政策解读质量有待提高。2021年，市政府将建立解读质量评价机制。", "无其他需要报告的事项。"]
add("f02-sd-weifang-2020-paren-list-preamble",
    "\n".join(report(["潍坊市人民政府2020年政府信息公开工作年度报告",
                      "本报告主要包括以下几个方面的内容：（一）总体情况；（二）主动公开政府信息情况；（三）收到和处理政府信息公开申请情况；"
                      "（四）政府信息公开行政复议、行政诉讼情况；（五）存在的主要问题及改进情况；（六）其他需要报告的事项。"],
                     num(T6), B)) + "\n",
    ("潍坊市人民政府", "city", "山东省", "潍坊市", None, 2020), K6, T6)

# f03. Hubei, a provincial department 2022: contents entries 第一部分 总体情况 …; the body numbers the parts 一、
toc = ["目录", *[f"第{CN[i]}部分 {t}" for i, t in enumerate(T6)]]
B = ["2022年，省教育厅坚持以人民为中心，推进教育政务公开。", "全年主动公开政府信息2628条。",
     "本年新收政府信息公开申请212件，办结206件，结转下年度6件。", "本年度发生政府信息公开行政复议案件12件，行政诉讼案件4件。",
     "存在的主要问题是高校信息公开工作不平衡。2023年，我厅将开展高校信息公开专项检查。", "无其他需要报告的事项。"]
add("f03-hb-jyt-2022-toc-bufen",
    "\n".join(report(["湖北省教育厅2022年政府信息公开工作年度报告", *toc], num(T6), B)) + "\n",
    ("湖北省教育厅", "department", "湖北省", None, None, 2022), K6, T6)

# f04. Inner Mongolia, a city bureau 2023: the plans half opens with 明年
B = ["2023年，市林草局认真贯彻《条例》，推进林草政务公开。", "全年主动公开政府信息268条。",
     "本年新收政府信息公开申请3件，办结3件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是林草资源信息公开不够系统。明年，我局将编制林草资源信息公开清单。", "无。"]
add("f04-nmg-chifeng-lcj-2023-mingnian",
    "\n".join(report(["赤峰市林业和草原局2023年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("赤峰市林业和草原局", "department", "内蒙古自治区", "赤峰市", None, 2023), K6, T6)

# f05. Guizhou, a county 2019: problems and plans as parts of their own (五、存在的主要问题 / 六、下一步工作打算), then 七
T = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
     "存在的主要问题", "下一步工作打算", "其他需要报告的事项")
B = ["2019年，县政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息1126条。",
     "本年新收政府信息公开申请8件，办结8件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "部分单位对新修订的《条例》学习不够深入。", "组织全县政务公开工作人员开展新《条例》专题培训。", "无。"]
add("f05-gz-suiyang-2019-separate-plans-part",
    "\n".join(report(["绥阳县人民政府2019年政府信息公开工作年度报告"], num(T), B)) + "\n",
    ("绥阳县人民政府", "county", "贵州省", "遵义市", "绥阳县", 2019),
    ("overview", "proactive", "requests", "appeals", "problems", "plans", "other"), T)

# f06. Shanxi, a city 2012: 五、政府信息公开工作存在的问题及今后努力方向 runs into 今后 on a flattened line
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "政府信息公开工作存在的问题及今后努力方向")
B = ["2012年，市政府认真贯彻《条例》，推进政府信息公开。", "全年主动公开政府信息3126条。",
     "全年受理政府信息公开申请22件，均已按期答复。", "本年度未收取任何费用。",
     "主要问题是公开内容不够全面。今后，市政府将进一步扩大公开范围。"]
add("f06-sx-datong-2012-flat-nuli-fangxiang",
    "".join(report(["大同市人民政府2012年政府信息公开工作年度报告"], num(T), B)),
    ("大同市人民政府", "city", "山西省", "大同市", None, 2012),
    ("overview", "proactive", "requests", "fees", "problems"), T)

# f07. Liaoning, a county bureau 2021: flattened; 四、因政府信息公开工作被申请行政复议和提起行政诉讼情况 runs into 无
T = (*T6[:3], "因政府信息公开工作被申请行政复议和提起行政诉讼情况", *T6[4:])
B = ["2021年，县自然资源局认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息236条。",
     "本年新收政府信息公开申请6件，办结6件。", "无",
     "存在的主要问题是征地信息公开不够及时。下一步，我局将在征地批复后及时公开。", "无"]
add("f07-ln-xinbin-zrzyj-2021-flat-wu",
    "".join(report(["新宾满族自治县自然资源局2021年政府信息公开工作年度报告"], num(T), B)),
    ("新宾满族自治县自然资源局", "department", "辽宁省", "抚顺市", "新宾满族自治县", 2021), K6, T)

# f08. Zhejiang, a district 2022: flattened with full-width digits in the prose that follows the headings
B = ["２０２２年，区政府坚持以人民为中心，推进政务公开。", "２０２２年主动公开政府信息３２６８条。",
     "２０２２年新收政府信息公开申请４２件，办结４２件。", "２０２２年发生政府信息公开行政复议案件２件。",
     "存在的主要问题是公开质量有待提升。２０２３年，区政府将开展公开质量评估。", "２０２２年无其他需要报告的事项。"]
add("f08-zj-yuecheng-2022-flat-fullwidth",
    "".join(report(["绍兴市越城区人民政府2022年政府信息公开工作年度报告"], num(T6), B)),
    ("绍兴市越城区人民政府", "district", "浙江省", "绍兴市", "越城区", 2022), K6, T6)

# f09. Hainan, a county 2023 in Word: bold numbered parts; inside 五、 a bold unnumbered 下一步工作计划 paragraph
B = ["2023年，县政府坚持以人民为中心，推进政务公开。", "全年主动公开政府信息1036条。",
     "本年新收政府信息公开申请9件，办结9件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。"]
blocks9: list[Any] = [("big", "琼中黎族苗族自治县人民政府2023年政府信息公开工作年度报告")]
for h, b in zip(num(T6)[:4], B, strict=True):
    blocks9 += [("bold", h), b]
blocks9 += [("bold", "五、存在的主要问题及改进情况"), "存在的主要问题是乡镇政务公开专区利用率不高。", ("bold", "下一步工作计划"),
            "推动乡镇政务公开专区与便民服务中心融合。", ("bold", "六、其他需要报告的事项"), "无。"]
add("f09-hi-qiongzhong-2023-docx-bold-plans-sub",
    Docx((*blocks9, "琼中黎族苗族自治县人民政府", "2024年1月22日")),
    ("琼中黎族苗族自治县人民政府", "county", "海南省", None, "琼中黎族苗族自治县", 2023), K6, T6)

# f10. Anhui, a county 2009: an old portal page laid out in a table, each heading in its own cell as <strong>
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "咨询处理情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施")
B = ["2009年，县政府认真贯彻《条例》，推进政府信息公开。", "全年主动公开政府信息862条。",
     "全年受理政府信息公开申请4件，均已答复。", "全年接受咨询126人次。", "本年度未收取任何费用。",
     "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
     "主要问题是公开内容不够丰富。2010年，县政府将丰富公开内容。"]
cells = "".join(f"<tr><td><strong>{h}</strong></td></tr><tr><td>{b}</td></tr>" for h, b in zip(num(T), B, strict=True))
add("f10-ah-jixi-2009-layout-table",
    page("绩溪县人民政府2009年政府信息公开工作年度报告",
         "<table width=\"100%\"><tr><td><strong>绩溪县人民政府2009年政府信息公开工作年度报告</strong></td></tr>" + cells + "</table>",
         site="绩溪县人民政府"),
    ("绩溪县人民政府", "county", "安徽省", "宣城市", "绩溪县", 2009),
    ("overview", "proactive", "requests", "consultation", "fees", "appeals", "problems"), T)

# f11. Jilin, a city bureau 2022: flattened; 二、主动公开政府信息情况 runs into the table's 第二十条第（一）项信息内容…
TAB = ("第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章 0 0 0 行政规范性文件 2 1 16 "
       "第二十条第（五）项信息内容本年处理决定数量行政许可 326 ")
B = ["2022年，市交通运输局认真贯彻《条例》，推进交通运输政务公开。", TAB,
     "本年新收政府信息公开申请12件，办结12件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是行政许可信息公开不够及时。下一步，我局将在许可决定作出后7日内公开。", "无。"]
add("f11-jl-siping-jtj-2022-flat-table-first",
    "".join(report(["四平市交通运输局2022年政府信息公开工作年度报告"], num(T6), B)),
    ("四平市交通运输局", "department", "吉林省", "四平市", None, 2022), K6, T6)


# ============================ G. written after batch F's fix, scored before any further fix ============================

# g01. Jiangsu, a district 2021: one line; a preamble with a contact sentence (；-separated, 电话：…) runs into 一、
B = ["2021年，区政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息3428条。",
     "本年新收政府信息公开申请58件，办结56件，结转下年度2件。", "本年度发生政府信息公开行政复议案件3件。",
     "存在的主要问题是政策解读质量不高。2022年，区政府将建立解读专家库。", "无其他需要报告的事项。"]
add("g01-js-gusu-2021-flat-contact-preamble",
    "".join(report(["苏州市姑苏区人民政府2021年政府信息公开工作年度报告",
                    LAW + "编制本报告。如对本报告有疑问，请与区政务公开办公室联系（地址：苏州市姑苏区人民路1号；邮编：215000；电话：0512-12345678）。"],
                   num(T6), B)),
    ("苏州市姑苏区人民政府", "district", "江苏省", "苏州市", "姑苏区", 2021), K6, T6)

# g02. Guangdong, a city bureau 2022: each heading followed by two ideographic spaces and its paragraph on the same line
B = ["2022年，市人社局坚持以人民为中心，推进人社领域政务公开。", "全年主动公开政府信息826条。",
     "本年新收政府信息公开申请23件，办结23件。", "本年度发生政府信息公开行政复议案件1件。",
     "存在的主要问题是就业政策解读不够通俗。下一步，我局将推出就业政策问答。", "无其他需要报告的事项。"]
add("g02-gd-zhanjiang-rsj-2022-ideographic-space",
    "\n".join(["湛江市人力资源和社会保障局2022年政府信息公开工作年度报告",
               *[f"{h}\u3000\u3000{b}" for h, b in zip(num(T6), B, strict=True)]]) + "\n",
    ("湛江市人力资源和社会保障局", "department", "广东省", "湛江市", None, 2022), K6, T6)

# g03. Henan, a county 2020: flattened; 五、…情况：1.存在问题：…2.改进措施：…
B = ["2020年，县政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息1486条。",
     "本年新收政府信息公开申请12件，办结12件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "1.存在问题：部分乡镇公开内容不规范。2.改进措施：开展乡镇政务公开专项培训。", "无。"]
add("g03-ha-xinxian-2020-flat-colon-numbered-halves",
    "".join(f"{h}：{b}" for h, b in zip(num(T6), B, strict=True)),
    ("新县人民政府", "county", "河南省", "信阳市", "新县", 2020), K6, T6,
    header={"标题": "新县人民政府2020年政府信息公开工作年度报告"})

# g04. Hunan, a provincial department 2023: the combined part's sub-heads （一）主要问题 / （二）2024年工作打算
B = ["2023年，省交通运输厅坚持以人民为中心，推进交通运输政务公开。", "全年主动公开政府信息1826条。",
     "本年新收政府信息公开申请62件，办结60件，结转下年度2件。", "本年度发生政府信息公开行政复议案件4件，行政诉讼案件1件。",
     ["（一）主要问题", "重点项目信息公开的及时性不够。", "（二）2024年工作打算", "按月公开重点项目建设进展。"],
     "无其他需要报告的事项。"]
add("g04-hn-jtt-2023-sub-year-plans",
    "\n".join(report(["湖南省交通运输厅2023年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("湖南省交通运输厅", "department", "湖南省", None, None, 2023), K6, T6)

# g05. Sichuan, a county 2022: the plans half opens with 新的一年
B = ["2022年，县政府坚持以人民为中心，推进政务公开。", "全年主动公开政府信息1268条。",
     "本年新收政府信息公开申请7件，办结7件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是政务公开专区作用发挥不充分。新的一年，县政府将推动专区常态化运行。", "无。"]
add("g05-sc-lizhou-2022-xindeyinian",
    "\n".join(report(["理县人民政府2022年政府信息公开工作年度报告"], num(T6), B)) + "\n",
    ("理县人民政府", "county", "四川省", "阿坝藏族羌族自治州", "理县", 2022), K6, T6)

# g06. Ningxia, a city 2015: a PDF whose long 2008-format heading is split by a page break with the running head between
T = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施", "其他需要报告的事项")
B = ["2015年，市政府认真贯彻《条例》，推进政府信息公开。", "全年主动公开政府信息2368条。",
     "全年受理政府信息公开申请31件，均已答复。", "本年度未收取任何费用。",
     "本年度发生因政府信息公开申请行政复议案件1件。", "存在的主要问题是公开不够及时。2016年，市政府将加强督查。", "无。"]
paras = report([], num(T), B)
add("g06-nx-wuzhong-2015-pdf-head-in-long-heading",
    pdf_across(("吴忠市人民政府", "2015年政府信息公开工作年度报告"), paras, "五、" + T[4], width=20, lines=26,
               running_head="吴忠市人民政府2015年政府信息公开工作年度报告", filler="全市各部门按要求答复。"),
    ("吴忠市人民政府", "city", "宁夏回族自治区", "吴忠市", None, 2015), K7, T)

# g07. Hebei, a city 2018: the ten parts of 2016–2018, CR-separated, with 重点领域 and 政策解读与回应关切 parts
T = ("概述", "主动公开政府信息情况", "重点领域政府信息公开情况", "政策解读与回应关切情况", "依申请公开政府信息情况",
     "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施", "其他需要报告的事项")
B = ["2018年，市政府按照国务院办公厅政务公开工作要点，推进政务公开。", "全年主动公开政府信息6268条。",
     "围绕财政预决算、重大建设项目等重点领域公开信息1862条。", "全年发布政策解读86篇，回应社会关切36次。",
     "全年收到政府信息公开申请168件，均已答复。", "本年度未收取费用。",
     "本年度发生因政府信息公开申请行政复议案件8件，行政诉讼案件3件。",
     "存在的主要问题是解读形式较单一。2019年，市政府将推出更多图解和视频解读。", "无其他需要报告的事项。"]
add("g07-he-cangzhou-2018-nine-parts-cr",
    "\r".join(report(["沧州市人民政府2018年政府信息公开工作年度报告"], num(T), B)) + "\r",
    ("沧州市人民政府", "city", "河北省", "沧州市", None, 2018),
    ("overview", "proactive", "proactive", "response", "requests", "fees", "appeals", "problems", "other"), T)

# g08. Yunnan, a town 2016: a portal page with unnumbered <p><strong> heads; a combined part 存在问题和下步打算 whose plans open 下步
T = ("基本情况", "主动公开情况", "依申请公开情况", "存在问题和下步打算")
B = ["镇政府成立了政务公开工作领导小组，明确专人负责。", "全年通过镇政务公开栏公开信息186条。",
     "全年未收到政府信息公开申请。", "公开形式较单一。下步，我镇将利用微信群扩大公开覆盖面。"]
add("g08-yn-heshun-2016-strong-xiabu",
    cms_page("腾冲市和顺镇人民政府2016年政府信息公开工作年度报告", [x for t, b in zip(T, B, strict=True) for x in (("strong", t), b)],
             site="腾冲市人民政府", h1="腾冲市和顺镇人民政府2016年政府信息公开工作年度报告"),
    ("腾冲市和顺镇人民政府", "township", "云南省", "保山市", "腾冲市", 2016),
    ("overview", "proactive", "requests", "problems"), T)

# g09. Shaanxi, a provincial bureau 2021: flattened; headings run into 为进一步 / 为 / 对
B = ["为进一步提升政务公开质量，省统计局认真贯彻新修订的《条例》。", "为方便公众查阅，全年主动公开政府信息628条。",
     "对收到的政府信息公开申请，本年新收16件，办结16件。", "对照法定要求，本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "对照群众期盼，统计数据解读仍不够通俗。下一步，我局将推出统计数据图解。", "无。"]
add("g09-sn-tjj-2021-flat-wei",
    "".join(report(["陕西省统计局2021年政府信息公开工作年度报告"], num(T6), B)),
    ("陕西省统计局", "department", "陕西省", None, None, 2021), K6, T6)

# g10. Tibet, a prefecture-level city 2023: headings closed by 。 on a flattened line, run into 2023年 / 本年度
B = ["2023年，市政府坚持以人民为中心，推进政务公开。", "2023年主动公开政府信息2168条。",
     "本年度新收政府信息公开申请9件，办结9件。", "本年度未发生政府信息公开行政复议、行政诉讼案件。",
     "存在的主要问题是双语公开内容不够丰富。2024年，市政府将增加双语公开内容。", "本年度无其他需要报告的事项。"]
add("g10-xz-rikaze-2023-flat-fullstop-heads",
    "".join(f"{h}。{b}" for h, b in zip(num(T6), B, strict=True)),
    ("日喀则市人民政府", "city", "西藏自治区", "日喀则市", None, 2023), K6, T6,
    header={"标题": "日喀则市人民政府2023年政府信息公开工作年度报告"})


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES16, out)


if __name__ == "__main__":
    write()
