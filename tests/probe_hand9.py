"""Test utility: the ninth held-out probe set ``tests/cases/probes9`` (issue 10, items 1, 3, 6),
written and labelled by hand before textmine read it, in the containers real reports arrive in,
which the earlier sets (plain text and HTML only) cannot hold:

- Word files (``.docx``, built with python-docx): the title in a large-font centred paragraph, in
  the page header (页眉, not part of the body), in the first table (an info table of
  标题/发布机构/发布日期), or nowhere; one statistics table as a Word table;
- PDFs (drawn by matplotlib with an embedded CJK font): the title centred on the first page,
  paragraphs hard-wrapped, a running head on every later page and page numbers (``— 2 —``,
  ``第2页 共3页``, ``-2-``);
- portal pages with their chrome (navigation, breadcrumbs, info box, footer);
- crawl tables, one report per row: a CSV with Chinese column names and a JSONL with English
  keys; the title column holds the document's title or only the site's name; texts without a
  title line, opening with the preamble or straight with 一、总体情况;

and in shapes the sets under-cover: 22 provinces, ministries and national bureaus, provincial
departments named in the body only by short forms (我厅, 省人社厅, 省卫生健康委), municipal
bureaus, county departments, townships (乡, 民族乡, 镇, 街道, 苏木), 2013–2025, combined headings
(存在的主要问题及改进情况, 存在的问题及改进措施) and plans parts (下一步, 今后, 2024年将,
改进措施：, a ``（二）改进措施`` sub-heading).

Conventions are those of the earlier sets: the issuer is the full name the report (or its
container: title column, page header, info table) gives; a county-level city's government is
``county`` level with its prefecture as city; a township's county is its county or district;
ministries and national bureaus have no province. ``template`` is expected only where a probe
holds a statistics table (else ``None``).

Probes 1–48 (sections A–E) were written before textmine read any of them; 49–62 (F, batch B)
after batch A was scored on main, before any fix; 63–74 (G, batch C) after batch B's fixes, scored
before the next; 75–82 (H, batch D) after batch C's fixes, scored before the next; 83–84 (I,
batch E) keep a crawl shape an ad-hoc check found after batch D (character references left in a
text column), scored before its fix; 85–88 (J, batch F) after that fix, scored before the next.

Each entry is ``pid -> (text, header, expected)``; ``text`` is a string (a ``.txt`` or ``.html``
file) or a recipe of :mod:`tests.probe_sets` (:class:`~tests.probe_sets.Docx`,
:class:`~tests.probe_sets.Pdf`, :class:`~tests.probe_sets.CrawlRow`).

``python -m tests.probe_hand9`` rewrites ``tests/cases/probes9/``; the tests and
``bench/probe_meta.py --set probes9`` read those files.

Example:
    >>> text, header, want = PROBES9["d-gx-jtt-2022-bigtitle"]
    >>> text.blocks[0], want["admin_level"]
    (('big', '广西壮族自治区交通运输厅'), 'department')
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.probe_hand6 import box_list, box_table, html_page
from tests.probe_sets import LAW, CrawlRow, Docx, Pdf, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes9"

PROBES9: dict[str, Probe] = {}

#: One part: its heading as printed (number included), its kind, its paragraphs.
Part = tuple[str, str, list[str]]

CN = "一二三四五六七八九十"
K6 = ("overview", "proactive", "requests", "appeals", "problems", "other")
T6 = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况", "其他需要报告的事项")
K7 = ("overview", "proactive", "requests", "fees", "appeals", "problems", "other")
T7 = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
      "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进措施", "其他需要报告的事项")
NO_APPEALS = "本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。"
NO_FEES = "本年度未收取政府信息公开相关费用。"
NO_OTHER = "本年度无其他需要报告的事项。"
#: The gov2021 table of 第二部分 (规章 and 行政规范性文件 rows), as a Word table.
ACTIVE_2021 = [["第二十条第（一）项", "", "", ""], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
               ["规章", "0", "0", "0"], ["行政规范性文件", "3", "1", "12"]]


def parts(bodies: list[list[str] | str], *, kinds: tuple[str, ...] = K6, titles: tuple[str, ...] = T6,
          nums: tuple[str, ...] | None = None) -> list[Part]:
    """Parts numbered 一、二、… (or ``nums``) with these kinds, titles and paragraphs."""
    nums = nums or tuple(f"{c}、" for c in CN[:len(kinds)])
    return [(n + t, k, [b] if isinstance(b, str) else b) for n, t, k, b in zip(nums, titles, kinds, bodies, strict=True)]


def lines(head: list[str], ps: list[Part], tail: list[str] | None = None) -> list[str]:
    """The paragraphs of a report: ``head``, each part's heading and paragraphs, ``tail``."""
    out = list(head)
    for heading, _, body in ps:
        out += [heading, *body]
    return out + list(tail or [])


def add(pid: str, text: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        template: str | None = None, plans: bool = True) -> None:
    """Register a probe; expected kinds and titles are the parts' (heading without its number)."""
    issuer, level, province, city, county, year = meta
    titles = [re.sub(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分\s*)", "", h) for h, _, _ in ps]
    register(PROBES9, pid, text, header, issuer, level, province, city, county, year,
             [k for _, k, _ in ps], [t.rstrip("：:。") for t in titles], plans=plans)
    PROBES9[pid][2]["template"] = template


def csv_row(title: str, date: str, url: str, text: str) -> CrawlRow:
    """A row of the CSV crawl (Chinese column names)."""
    return CrawlRow("crawl-a.csv", (("标题", title), ("发布时间", date), ("访问地址", url), ("内容", text)))


def jsonl_row(title: str, date: str, url: str, text: str) -> CrawlRow:
    """A row of the JSONL crawl (English keys)."""
    return CrawlRow("crawl-b.jsonl", (("title", title), ("date", date), ("url", url), ("content", text)))


def page(site: str, title_tag: str, pairs: list[tuple[str, str]], paragraphs: list[str], *, h1: str | None = None,
         listed: bool = False) -> str:
    """A portal page with its chrome; the info box as a table (or a list)."""
    box = box_list(pairs) if listed else box_table(pairs)
    return html_page(title_tag, box=box, paragraphs=paragraphs, site=site, h1=h1)


# ============================ A. Word files ============================

# 1. Guangxi, a regional department: title in two large-font lines, 我厅 in the body, a gov2021 table
P = parts([["2022年，我厅坚持以习近平新时代中国特色社会主义思想为指导，认真落实自治区党委、政府关于政务公开的部署。"],
           ["全年主动公开政府信息2316条。", ("table", ACTIVE_2021)],
           "本年新收政府信息公开申请47件，上年结转3件，办结48件。",
           "本年度发生行政复议1件，结果维持。",
           "一是政策解读的形式还不够丰富；二是基层公开队伍业务能力有待提高。下一步，我厅将丰富解读形式，加强业务培训。",
           NO_OTHER])
add("d-gx-jtt-2022-bigtitle",
    Docx((("big", "广西壮族自治区交通运输厅"), ("big", "2022年政府信息公开工作年度报告"),
          LAW + "编制本报告。", *[b for b in lines([], P)])),
    {}, ("广西壮族自治区交通运输厅", "department", "广西壮族自治区", None, None, 2022), P, template="gov2021")

# 2. Yunnan, the health commission: title only in the page header, 省卫生健康委 in the body, signature
P = parts(["2023年，省卫生健康委认真贯彻落实《条例》，把政务公开作为转变作风、优化服务的重要抓手。",
           "全年在门户网站主动公开各类信息1875条，发布政策解读36篇。",
           "全年共收到政府信息公开申请112件，均按时答复。",
           "全年发生政府信息公开行政复议3件、行政诉讼1件。",
           "存在的不足：公开内容的针对性还不够强。改进措施：优化公开目录，围绕群众关切加强主动公开。",
           NO_OTHER])
add("d-yn-wjw-2023-pageheader",
    Docx(tuple(lines([LAW + "现公布2023年度报告。"], P, ["云南省卫生健康委员会", "2024年1月25日"])),
         page_header="云南省卫生健康委员会2023年政府信息公开工作年度报告"),
    {}, ("云南省卫生健康委员会", "department", "云南省", None, None, 2023), P)

# 3. Guizhou, a county government: the title in the first table (an info table)
P = parts(["2021年，湄潭县人民政府坚持以人民为中心，围绕茶产业发展和乡村振兴推进政务公开。",
           "全年主动公开政府信息4120条，其中政策文件86件。",
           "全年受理政府信息公开申请19件，已全部办结。",
           NO_APPEALS,
           "存在的问题是部分乡镇信息更新不及时。下一步，我县将建立乡镇信息更新督查机制。",
           NO_OTHER])
add("d-gz-meitan-2021-infotable",
    Docx((("table", [["标题", "湄潭县人民政府2021年政府信息公开工作年度报告"], ["发布机构", "湄潭县人民政府"],
                     ["发布日期", "2022-01-20"]]), *lines([], P))),
    {}, ("湄潭县人民政府", "county", "贵州省", "遵义市", "湄潭县", 2021), P)

# 4. Jilin, a county bureau: large-font title, 2019 format, plans as 2021年将
P = parts(["2020年，农安县教育局按照县政府统一部署，扎实推进教育领域政务公开。",
           "全年主动公开信息356条，重点公开招生入学、学生资助等信息。",
           "全年收到政府信息公开申请6件，均在法定期限内答复。",
           NO_APPEALS,
           "主要问题是公开信息的时效性有待提高。2021年将严格落实信息发布时限要求。",
           NO_OTHER])
add("d-jl-nongan-jyj-2020-bigtitle",
    Docx((("big", "农安县教育局2020年政府信息公开工作年度报告"), *lines([LAW + "编制本报告。"], P))),
    {}, ("农安县教育局", "department", "吉林省", "长春市", "农安县", 2020), P)

# 5. Shanxi, a provincial department named 省人社厅 in the body, its full name only in the signature
P = parts(["2019年，省人社厅深入贯彻新修订的《条例》，围绕就业创业、社会保险等重点领域推进公开。",
           "全年主动公开政府信息1402条，召开新闻发布会8场。",
           "全年收到政府信息公开申请88件，办结86件，结转下年度2件。",
           "全年发生行政复议2件，均维持原行政行为。",
           "一是公开平台整合不够；二是依申请答复还不够规范。下一步，我厅将整合公开平台，规范答复文书。",
           NO_OTHER])
add("d-sx-rst-2019-short",
    Docx(tuple(lines([], P, ["山西省人力资源和社会保障厅", "2020年1月22日"]))),
    {}, ("山西省人力资源和社会保障厅", "department", "山西省", None, None, 2019), P)

# 6. a ministry: large-font title, 我部, a gov2021 table
P = parts([["2021年，水利部深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署。"],
           ["全年通过部门户网站主动公开信息5630条。", ("table", ACTIVE_2021)],
           "全年新收政府信息公开申请263件，上年结转15件。",
           "全年发生政府信息公开行政复议9件、行政诉讼2件。",
           "存在的问题：政策解读的深度还有差距。今后，我部将加强政策解读，提升公开质量。",
           NO_OTHER])
add("d-mwr-2021-bigtitle",
    Docx((("big", "水利部2021年政府信息公开工作年度报告"), *lines([], P))),
    {}, ("水利部", "department", None, None, None, 2021), P, template="gov2021")

# 7. Hebei, a town: the title in the first table, a one-cell table
P = parts(["2024年，三坡镇人民政府认真落实基层政务公开标准化规范化要求。",
           "全年通过县政府门户网站乡镇专栏主动公开信息168条。",
           "全年未收到政府信息公开申请。",
           NO_APPEALS,
           "公开内容还不够全面。下一步，我镇将完善公开目录，加强村务公开与政务公开衔接。",
           NO_OTHER])
add("d-hb-sanpo-2024-onecell",
    Docx((("table", [["涞水县三坡镇2024年政府信息公开工作年度报告"]]), *lines([], P, ["涞水县三坡镇人民政府", "2025年1月16日"]))),
    {}, ("涞水县三坡镇人民政府", "township", "河北省", "保定市", "涞水县", 2024), P)

# 8. Hunan, a municipal bureau of a county-level city, 2015, old format, 二〇一六年 signature
P = parts(["2015年，醴陵市民政局进一步完善政府信息公开工作机制，明确专人负责。",
           "全年主动公开信息212条，其中低保、救灾等民生信息120条。",
           "全年受理依申请公开2件，均已答复。",
           NO_FEES, NO_APPEALS,
           "公开的及时性还有待加强。下一步，我局将建立信息发布提醒制度。",
           NO_OTHER], kinds=K7, titles=T7)
add("d-hn-liling-mzj-2015-bigtitle",
    Docx((("big", "醴陵市民政局"), ("big", "二〇一五年度政府信息公开工作年度报告"),
          *lines([], P, ["醴陵市民政局", "二〇一六年三月十日"]))),
    {}, ("醴陵市民政局", "department", "湖南省", "株洲市", "醴陵市", 2015), P)

# 9. Sichuan, a county government, 2025, no title anywhere in the file
P = parts(["2025年，长宁县人民政府坚持以公开为常态、不公开为例外，全面推进基层政务公开。",
           "全年主动公开政府信息3015条。",
           "全年新收政府信息公开申请14件，办结14件。",
           NO_APPEALS,
           "存在的问题是政策解读质量不高。2026年将推行政策解读与文件同步起草、同步审签。",
           NO_OTHER])
add("d-sc-changning-2025-notitle",
    Docx(tuple(lines([LAW + "现将宜宾市长宁县2025年政府信息公开工作情况报告如下。"], P))),
    {}, ("长宁县人民政府", "county", "四川省", "宜宾市", "长宁县", 2025), P)

# 10. Xinjiang, a county government, 2013, old format with a page header naming the site
P = parts(["2013年，玛纳斯县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。",
           "全年主动公开政府信息1260条。",
           "全年受理政府信息公开申请3件，均已按时答复。",
           NO_FEES, NO_APPEALS,
           "信息公开的深度和广度还不够。今后，我县将进一步拓展公开领域。",
           NO_OTHER], kinds=K7, titles=T7)
add("d-xj-manas-2013-siteheader",
    Docx((("big", "玛纳斯县人民政府2013年政府信息公开工作年度报告"), *lines([], P)), page_header="玛纳斯县人民政府门户网站"),
    {}, ("玛纳斯县人民政府", "county", "新疆维吾尔自治区", "昌吉回族自治州", "玛纳斯县", 2013), P)

# 11. Shandong, a county bureau named 我局 in the body and in full only in the large title
P = parts(["2022年，我局坚持把政务公开作为服务“三农”的重要抓手，持续推进农业农村领域信息公开。",
           "全年主动公开信息418条，其中惠农补贴信息96条。",
           "全年收到政府信息公开申请4件，均按期答复。",
           NO_APPEALS,
           "存在的主要问题是公开形式较为单一。下一步，我局将运用图解、短视频等形式加强解读。",
           NO_OTHER])
add("d-sd-yinan-nyj-2022-bigtitle",
    Docx((("big", "沂南县农业农村局"), ("big", "2022年政府信息公开工作年度报告"), *lines([], P))),
    {}, ("沂南县农业农村局", "department", "山东省", "临沂市", "沂南县", 2022), P)

# ============================ B. PDFs ============================

# 12. Gansu, a provincial department: running head, — n — folios, 我厅
P = parts(["2021年，我厅认真贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，围绕预算公开、惠民惠农财政补贴资金公开等重点工作，不断加大财政信息公开力度。",
           "全年通过厅门户网站主动公开政府信息1692条，其中预决算信息312条，发布政策解读42篇，回应社会关切17次。",
           "全年共收到政府信息公开申请53件，其中自然人申请41件，法人或其他组织申请12件，均在法定期限内办结。",
           "全年发生政府信息公开行政复议2件，行政诉讼1件，均未被纠错。",
           "一是公开内容的针对性有待加强；二是政策解读的方式还不够丰富。下一步，我厅将聚焦群众关切，丰富解读形式。",
           NO_OTHER])
add("p-gs-czt-2021-running",
    Pdf(("甘肃省财政厅", "2021年政府信息公开工作年度报告"), tuple(lines([LAW + "编制本报告。"], P)),
        running_head="甘肃省财政厅2021年政府信息公开工作年度报告", lines=14),
    {}, ("甘肃省财政厅", "department", "甘肃省", None, None, 2021), P)

# 13. Inner Mongolia, a 苏木: 第n页 共N页 folios, no title, signature
P = parts(["2022年，那仁宝拉格苏木人民政府在旗委、旗政府的领导下，扎实推进基层政务公开工作，畜牧业补贴等信息及时公开。",
           "全年通过旗政府门户网站苏木镇专栏公开信息96条，其中草原生态补奖信息21条。",
           "全年未收到政府信息公开申请。",
           NO_APPEALS,
           "存在的问题是公开信息的蒙汉双语发布不够及时。下一步，我苏木将配齐双语信息员，提高发布时效。",
           NO_OTHER])
add("p-nmg-sumu-2022-folio",
    Pdf((), tuple(lines([], P, ["阿巴嘎旗那仁宝拉格苏木人民政府", "2023年1月12日"])), folio="第{n}页 共{total}页", lines=12),
    {}, ("阿巴嘎旗那仁宝拉格苏木人民政府", "township", "内蒙古自治区", "锡林郭勒盟", "阿巴嘎旗", 2022), P)

# 14. Anhui, a county government 2019: running head is the site's name
P = parts(["2019年，霍山县人民政府深入贯彻落实新修订的《中华人民共和国政府信息公开条例》，以政务公开标准化规范化试点为抓手，推进决策、执行、管理、服务、结果公开。",
           "全年主动公开政府信息6231条，其中政策文件73件，政策解读52篇。",
           "全年收到政府信息公开申请27件，上年结转1件，办结28件。",
           "全年发生政府信息公开行政复议1件，结果维持。",
           "一是公开工作人员变动较大；二是部分单位主动公开意识不强。改进措施：一是加强培训；二是加强考核督查。",
           NO_OTHER])
add("p-ah-huoshan-2019-sitehead",
    Pdf(("霍山县人民政府2019年政府信息公开工作年度报告",), tuple(lines([], P)), running_head="霍山县人民政府信息公开网", lines=13),
    {}, ("霍山县人民政府", "county", "安徽省", "六安市", "霍山县", 2019), P)

# 15. a national bureau: PDF, 我局, -n- folios
P = parts(["2023年，国家林业和草原局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，扎实推进林草领域政务公开。",
           "全年在局政府网主动公开信息4812条，其中政策文件62件。",
           "全年新收政府信息公开申请318件，上年结转22件，办结326件，结转下年度14件。",
           "全年发生政府信息公开行政复议15件，行政诉讼6件。",
           "存在的主要问题是基层林草部门公开工作不平衡。2024年，我局将加强对基层的指导。",
           NO_OTHER])
add("p-forestry-2023-dash",
    Pdf(("国家林业和草原局", "2023年政府信息公开工作年度报告"), tuple(lines([], P)), folio="-{n}-", lines=15),
    {}, ("国家林业和草原局", "department", None, None, None, 2023), P)

# 16. Hunan, a county bureau: running head and folios, short name 县医保局 in the body
P = parts(["2024年，县医保局认真贯彻落实《条例》和上级关于政务公开的部署，围绕医保政策、基金监管等重点领域推进信息公开。",
           "全年主动公开信息286条，其中医保待遇政策68条。",
           "全年收到政府信息公开申请5件，均在法定期限内答复。",
           NO_APPEALS,
           "存在的主要问题是政策解读不够通俗。下一步，我局将用群众看得懂的语言解读政策。",
           NO_OTHER])
add("p-hn-pingjiang-ybj-2024-running",
    Pdf(("平江县医疗保障局2024年政府信息公开工作年度报告",), tuple(lines([], P, ["平江县医疗保障局", "2025年1月20日"])),
        running_head="平江县医疗保障局政府信息公开工作年度报告", lines=12),
    {}, ("平江县医疗保障局", "department", "湖南省", "岳阳市", "平江县", 2024), P)

# 17. Shandong, a county-level city government 2014, old format, a PDF without folios
P = parts(["2014年，寿光市人民政府按照《条例》要求，进一步健全政府信息公开工作机制。",
           "全年主动公开政府信息3450条。",
           "全年受理政府信息公开申请11件，均已答复。",
           NO_FEES, NO_APPEALS,
           "信息公开的规范化水平还需提高。今后，我市将进一步规范公开程序。",
           NO_OTHER], kinds=K7, titles=T7)
add("p-sd-shouguang-2014-nofolio",
    Pdf(("寿光市人民政府2014年政府信息公开工作年度报告",), tuple(lines([], P)), folio=None),
    {}, ("寿光市人民政府", "county", "山东省", "潍坊市", "寿光市", 2014), P)

# 18. Chongqing, a district government 2020: running head and folios
P = parts(["2020年，綦江区人民政府坚持以人民为中心的发展思想，认真贯彻落实新修订的《条例》，推动政务公开工作提质增效。",
           "全年主动公开政府信息5208条，其中行政规范性文件18件。",
           "全年新收政府信息公开申请62件，上年结转4件，办结63件。",
           "全年发生政府信息公开行政复议3件，行政诉讼2件。",
           "一是基层公开标准化建设仍有差距；二是解读回应不够及时。下一步，我区将推进基层标准目录全覆盖。",
           NO_OTHER])
add("p-cq-qijiang-2020-running",
    Pdf(("重庆市綦江区人民政府", "2020年政府信息公开工作年度报告"), tuple(lines([], P)),
        running_head="重庆市綦江区人民政府2020年政府信息公开工作年度报告", lines=13),
    {}, ("重庆市綦江区人民政府", "district", "重庆市", "重庆市", "綦江区", 2020), P)

# 19. Liaoning, a street office: 第n页 folios, title states the district
P = parts(["2023年，山南街道办事处在区委、区政府的领导下，认真落实政务公开各项要求。",
           "全年通过区政府网站街道专栏公开信息132条。",
           "全年收到政府信息公开申请2件，均已按时答复。",
           NO_APPEALS,
           "存在的问题是公开的主动性不够。下一步，我街道将完善公开清单。",
           NO_OTHER])
add("p-ln-shannan-2023-folio",
    Pdf(("鞍山市铁东区山南街道办事处", "2023年政府信息公开工作年度报告"), tuple(lines([], P)), folio="第{n}页", lines=12),
    {}, ("鞍山市铁东区山南街道办事处", "township", "辽宁省", "鞍山市", "铁东区", 2023), P)

# 20. a ministry 2018, old format, running head
P = parts(["2018年，应急管理部组建以来，认真贯彻落实《条例》，把政务公开作为机构改革期间的重要工作。",
           "全年在部门户网站主动公开信息2260条。",
           "全年受理政府信息公开申请138件，已办结131件。",
           "全年未收取任何费用。",
           "全年发生政府信息公开行政复议6件。",
           "主要问题是机构改革期间公开栏目整合尚未完成。下一步，我部将加快整合公开栏目。",
           NO_OTHER], kinds=K7, titles=T7)
add("p-mem-2018-running",
    Pdf(("应急管理部2018年政府信息公开工作年度报告",), tuple(lines([], P)), running_head="应急管理部政府信息公开工作年度报告", lines=12),
    {}, ("应急管理部", "department", None, None, None, 2018), P)

# 21. Hubei, a county government 2016, old format with five parts
P = parts(["2016年，秭归县人民政府围绕县委、县政府中心工作，扎实推进政府信息公开。",
           "全年主动公开政府信息2190条。",
           "全年受理政府信息公开申请8件，均按时答复，未收取费用。",
           "全年未发生政府信息公开行政复议、行政诉讼。",
           "存在的问题及改进措施：个别部门公开不及时。今后，我县将加强考核。"],
          kinds=("overview", "proactive", "requests", "appeals", "problems"),
          titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "行政复议和行政诉讼情况", "存在的问题及改进措施"))
P[-1] = (P[-1][0], P[-1][1], ["个别部门公开不及时。今后，我县将加强考核。"])
add("p-hub-zigui-2016-five",
    Pdf(("秭归县人民政府2016年政府信息公开工作年度报告",), tuple(lines([], P)), lines=11),
    {}, ("秭归县人民政府", "county", "湖北省", "宜昌市", "秭归县", 2016), P)

# ============================ C. portal pages ============================

# 22. Jiangxi, a county bureau on the county portal: the title tag is the site's name
P = parts(["2022年，婺源县农业农村局认真贯彻落实上级关于政务公开的决策部署，围绕乡村振兴推进公开。",
           "全年主动公开信息302条。", "全年收到政府信息公开申请3件，均已答复。", NO_APPEALS,
           "公开内容还不够丰富。下一步，我局将加强涉农政策解读。", NO_OTHER])
add("h-jx-wuyuan-nyj-2022-site",
    page("婺源县人民政府", "婺源县人民政府", [("发布机构", "婺源县农业农村局"), ("发布日期", "2023-01-18")], lines([], P)),
    {}, ("婺源县农业农村局", "department", "江西省", "上饶市", "婺源县", 2022), P)

# 23. Jiangsu, a county-level city: h1 and title tag with the site's name after the title
P = parts(["2021年，江阴市人民政府全面贯彻新修订的《条例》，以高质量公开助推高质量发展。",
           "全年主动公开政府信息8236条。", "全年新收政府信息公开申请206件，上年结转9件。", "全年发生行政复议12件，行政诉讼5件。",
           "存在的主要问题是依申请公开答复质量不够高。下一步，我市将加强答复审核。", NO_OTHER])
add("h-js-jiangyin-2021-h1",
    page("江阴市人民政府", "江阴市人民政府2021年政府信息公开工作年度报告_江阴市人民政府", [("来源", "江阴市人民政府办公室"), ("时间", "2022-01-28")],
         lines([], P), h1="江阴市人民政府2021年政府信息公开工作年度报告"),
    {}, ("江阴市人民政府", "county", "江苏省", "无锡市", "江阴市", 2021), P)

# 24. Zhejiang, a street office: info list, no h1, body names it 递铺街道
P = parts(["2023年，递铺街道认真贯彻落实县委、县政府关于政务公开的工作部署，推进基层政务公开标准化规范化。",
           "全年公开信息158条。", "全年收到政府信息公开申请3件，均已答复。", NO_APPEALS,
           "存在的问题是公开栏目更新不够及时。今后，我街道将落实专人负责。", NO_OTHER])
add("h-zj-dipu-2023-list",
    page("安吉县人民政府", "安吉县递铺街道办事处2023年政府信息公开工作年度报告", [("发布机构", "安吉县递铺街道办事处"), ("发布日期", "2024-01-15")],
         lines([], P), listed=True),
    {}, ("安吉县递铺街道办事处", "township", "浙江省", "湖州市", "安吉县", 2023), P)

# 25. Henan, a county bureau: no box, h1 only
P = parts(["2022年，西峡县财政局认真落实政务公开各项要求，重点推进预决算公开。",
           "全年主动公开信息265条，其中预决算信息118条。", "全年未收到政府信息公开申请。", NO_APPEALS,
           "存在的问题是公开的规范性有待提高。2023年将进一步规范预决算公开格式。", NO_OTHER])
add("h-hen-xixia-czj-2022-h1",
    page("西峡县人民政府", "西峡县财政局2022年政府信息公开工作年度报告", [("信息来源", "西峡县财政局")], lines([], P),
         h1="西峡县财政局2022年政府信息公开工作年度报告"),
    {}, ("西峡县财政局", "department", "河南省", "南阳市", "西峡县", 2022), P)

# 26. Guangdong, a municipal bureau 2019: body says 市教育局
P = parts(["2019年，市教育局坚持以公开促规范、以公开促服务，推进教育领域政务公开。",
           "全年主动公开信息1120条。", "全年收到政府信息公开申请31件。", "全年发生行政复议1件。",
           "存在的问题是学校信息公开不平衡。下一步，我局将加强对学校的指导。", NO_OTHER])
add("h-gd-qingyuan-jyj-2019-short",
    page("清远市人民政府", "清远市教育局2019年政府信息公开工作年度报告_清远市人民政府", [("发布机构", "清远市教育局"), ("发布日期", "2020-01-21")],
         lines([], P)),
    {}, ("清远市教育局", "department", "广东省", "清远市", None, 2019), P)

# 27. a national bureau 2020: 我局, the portal's h1
P = parts(["2020年，国家药品监督管理局认真贯彻落实党中央、国务院决策部署，持续推进药品监管领域政务公开。",
           "全年主动公开信息3120条。", "全年新收政府信息公开申请1560件。", "全年发生行政复议88件，行政诉讼31件。",
           "存在的主要问题是公开的精准度有待提高。下一步，我局将优化公开内容。", NO_OTHER])
add("h-nmpa-2020-h1",
    page("国家药品监督管理局", "国家药品监督管理局2020年政府信息公开工作年度报告", [("发布时间", "2021-01-29")], lines([], P),
         h1="国家药品监督管理局2020年政府信息公开工作年度报告"),
    {}, ("国家药品监督管理局", "department", None, None, None, 2020), P)

# 28. Guangxi, a county government 2017, old format, the title tag only names the site
P = parts(["2017年，阳朔县人民政府认真贯彻《条例》，围绕旅游名县建设推进政府信息公开。",
           "全年主动公开政府信息2650条。", "全年受理政府信息公开申请7件，均已答复。", NO_FEES, NO_APPEALS,
           "信息公开的深度有待加强。下一步，我县将深化重点领域公开。", NO_OTHER], kinds=K7, titles=T7)
add("h-gx-yangshuo-2017-site",
    page("阳朔县人民政府", "阳朔县人民政府门户网站", [("发布机构", "阳朔县人民政府办公室"), ("发布日期", "2018-03-20")], lines([], P)),
    {}, ("阳朔县人民政府", "county", "广西壮族自治区", "桂林市", "阳朔县", 2017), P)

# 29. Hubei, a town of a county-level city in an autonomous prefecture
P = parts(["2024年，团堡镇人民政府坚持以人民为中心，着力推进基层政务公开。",
           "全年公开信息142条。", "全年未收到政府信息公开申请。", NO_APPEALS,
           "存在的主要问题及改进情况：公开内容不够丰富。下一步，我镇将围绕惠民政策加强公开。", NO_OTHER])
P[4] = (P[4][0], P[4][1], ["公开内容不够丰富。下一步，我镇将围绕惠民政策加强公开。"])
add("h-hub-tuanbao-2024-box",
    page("利川市人民政府", "利川市团堡镇2024年政府信息公开工作年度报告_利川市人民政府", [("发布机构", "利川市团堡镇人民政府"), ("发布日期", "2025-01-10")],
         lines([], P)),
    {}, ("利川市团堡镇人民政府", "township", "湖北省", "恩施土家族苗族自治州", "利川市", 2024), P)

# ============================ D. crawl tables ============================

# 30. Shanghai, a town of a district: CSV title column holds the title; the text opens with the preamble
P = parts(["2021年，泗泾镇人民政府认真落实区委、区政府关于政务公开的工作要求。", "全年主动公开信息236条。",
           "全年收到政府信息公开申请9件，均已答复。", NO_APPEALS, "存在的问题是公开的及时性不够。下一步，我镇将加强时效管理。", NO_OTHER])
add("c-sh-sijing-2021-title",
    csv_row("上海市松江区泗泾镇人民政府2021年政府信息公开工作年度报告", "2022-01-26", "https://www.songjiang.gov.cn/a/1.html",
            "\n".join(lines([LAW + "编制本报告。"], P))),
    {}, ("上海市松江区泗泾镇人民政府", "township", "上海市", "上海市", "松江区", 2021), P)

# 31. Zhejiang, a county government 2020: CSV title column is the site's name
P = parts(["2020年，安吉县人民政府深入贯彻新修订的《条例》，推进基层政务公开标准化规范化。", "全年主动公开政府信息6120条。",
           "全年新收政府信息公开申请58件。", "全年发生行政复议3件。", "存在的主要问题是解读形式单一。下一步，我县将丰富解读形式。", NO_OTHER])
add("c-zj-anji-2020-site",
    csv_row("安吉县人民政府门户网站", "2021-01-25", "https://www.anji.gov.cn/a/2.html", "\n".join(lines([], P))),
    {}, ("安吉县人民政府", "county", "浙江省", "湖州市", "安吉县", 2020), P)

# 32. Henan, a county government 2016, old format, the text one flattened line, title column the site's name
P = parts(["2016年，光山县人民政府认真贯彻落实《条例》，扎实推进政府信息公开。", "全年主动公开政府信息1830条。",
           "全年受理政府信息公开申请4件。", NO_FEES, NO_APPEALS, "存在的问题是公开不够及时。今后，我县将加强督查。", NO_OTHER],
          kinds=K7, titles=T7)
add("c-hen-guangshan-2016-flat",
    csv_row("光山县人民政府网", "2017-03-28", "https://www.guangshan.gov.cn/a/3.html", "".join(lines([], P))),
    {}, ("光山县人民政府", "county", "河南省", "信阳市", "光山县", 2016), P)

# 33. Jilin, a county-level city 2025: the text starts straight with 一、总体情况
P = parts(["2025年，蛟河市人民政府持续深化政务公开，围绕优化营商环境推进信息公开。", "全年主动公开政府信息3560条。",
           "全年新收政府信息公开申请16件。", NO_APPEALS, "存在的问题是基层公开能力不足。2026年将加强基层培训。", NO_OTHER])
add("c-jl-jiaohe-2025-straight",
    csv_row("蛟河市2025年政府信息公开工作年度报告", "2026-01-20", "https://www.jiaohe.gov.cn/a/4.html", "\n".join(lines([], P))),
    {}, ("蛟河市人民政府", "county", "吉林省", "吉林市", "蛟河市", 2025), P)

# 34. Guangdong, a county government 2018, old format: the title column holds the title
P = parts(["2018年，大埔县人民政府认真贯彻落实《条例》，不断完善公开机制。", "全年主动公开政府信息1960条。",
           "全年受理政府信息公开申请6件。", NO_FEES, NO_APPEALS, "存在的问题是公开形式单一。下一步，我县将拓展公开渠道。", NO_OTHER],
          kinds=K7, titles=T7)
add("c-gd-dabu-2018-title",
    csv_row("大埔县人民政府2018年政府信息公开工作年度报告", "2019-03-15", "https://www.dabu.gov.cn/a/5.html", "\n".join(lines([], P))),
    {}, ("大埔县人民政府", "county", "广东省", "梅州市", "大埔县", 2018), P)

# 35. Liaoning, a district government 2022: CR-separated text, title column the title
P = parts(["2022年，浑南区人民政府坚持以公开为常态，推进政务公开提质增效。", "全年主动公开政府信息4120条。",
           "全年新收政府信息公开申请85件，上年结转6件。", "全年发生行政复议5件，行政诉讼3件。",
           "存在的问题及改进措施：一是解读质量不高；二是公开平台分散。下一步，我区将整合平台。", NO_OTHER],
          titles=(*T6[:4], "存在的问题及改进措施", T6[5]))
P[4] = (P[4][0], P[4][1], ["一是解读质量不高；二是公开平台分散。下一步，我区将整合平台。"])
add("c-ln-hunnan-2022-cr",
    csv_row("沈阳市浑南区2022年政府信息公开工作年度报告", "2023-01-30", "https://www.hunnan.gov.cn/a/6.html", "\r".join(lines([], P)) + "\r"),
    {}, ("沈阳市浑南区人民政府", "district", "辽宁省", "沈阳市", "浑南区", 2022), P)

# 36. Shandong, a county-level city's bureau 2021: the CSV text column holds HTML
P = parts(["2021年，寿光市自然资源和规划局认真贯彻落实《条例》，推进自然资源领域信息公开。", "全年主动公开信息512条。",
           "全年收到政府信息公开申请22件。", "全年发生行政复议2件。", "存在的主要问题是公开不够精准。下一步，我局将细化公开清单。", NO_OTHER])
add("c-sd-shouguang-zrj-2021-html",
    csv_row("寿光市自然资源和规划局2021年政府信息公开工作年度报告", "2022-01-27", "https://www.shouguang.gov.cn/a/7.html",
            "".join(f"<p>{p}</p>" for p in lines([], P))),
    {}, ("寿光市自然资源和规划局", "department", "山东省", "潍坊市", "寿光市", 2021), P)

# 37. a national bureau 2022 in the JSONL crawl: the title column holds the title
P = parts(["2022年，国家知识产权局认真贯彻落实党中央、国务院关于政务公开的决策部署。", "全年主动公开信息2680条。",
           "全年新收政府信息公开申请402件。", "全年发生行政复议21件，行政诉讼9件。",
           "存在的主要问题是解读的针对性不强。下一步，我局将加强专利商标政策解读。", NO_OTHER])
add("j-cnipa-2022-title",
    jsonl_row("国家知识产权局2022年政府信息公开工作年度报告", "2023-01-30", "https://www.cnipa.gov.cn/a/8.html", "\n".join(lines([], P))),
    {}, ("国家知识产权局", "department", None, None, None, 2022), P)

# 38. a ministry 2019: the title column is the site's name; 我部 in the body, full name only in the signature
P = parts(["2019年，我部深入贯彻落实新修订的《条例》，围绕制造强国和网络强国建设推进政务公开。", "全年主动公开信息3260条。",
           "全年新收政府信息公开申请510件。", "全年发生行政复议30件，行政诉讼12件。",
           "存在的主要问题是公开的规范化水平有待提高。下一步，我部将完善公开制度。", NO_OTHER])
add("j-miit-2019-site",
    jsonl_row("中华人民共和国工业和信息化部", "2020-01-31", "https://www.miit.gov.cn/a/9.html",
              "\n".join(lines([], P, ["工业和信息化部", "2020年1月31日"]))),
    {}, ("工业和信息化部", "department", None, None, None, 2019), P)

# 39. Hunan, a provincial department named 省交通运输厅 and 我厅 in the body, its full name only in the title column
P = parts(["2024年，省交通运输厅认真落实省委、省政府关于政务公开的工作部署。", "全年主动公开信息1360条。",
           "全年新收政府信息公开申请66件。", "全年发生行政复议4件。",
           "存在的主要问题是公开的及时性有待提高。2025年将健全信息发布审核机制。", NO_OTHER])
add("j-hn-jtt-2024-title",
    jsonl_row("湖南省交通运输厅2024年政府信息公开工作年度报告", "2025-01-22", "https://jtt.hunan.gov.cn/a/10.html", "\n".join(lines([], P))),
    {}, ("湖南省交通运输厅", "department", "湖南省", None, None, 2024), P)

# 40. Sichuan, a district government 2021: flattened, no preamble
P = parts(["2021年，郫都区人民政府深入贯彻落实新修订的《条例》，推进政务公开标准化规范化。", "全年主动公开政府信息5120条。",
           "全年新收政府信息公开申请72件。", "全年发生行政复议6件。", "存在的问题是基层公开能力不足。下一步，我区将加强培训。", NO_OTHER])
add("j-sc-pidu-2021-flat",
    jsonl_row("成都市郫都区人民政府2021年政府信息公开工作年度报告", "2022-01-25", "https://www.pidu.gov.cn/a/11.html", "".join(lines([], P))),
    {}, ("成都市郫都区人民政府", "district", "四川省", "成都市", "郫都区", 2021), P)

# 41. Yunnan, an ethnic township 2023: title column is the site's name, signature
P = parts(["2023年，拉乌彝族乡人民政府认真落实基层政务公开要求。", "全年公开信息88条。",
           "全年未收到政府信息公开申请。", NO_APPEALS, "存在的问题是公开人员力量薄弱。下一步，我乡将配齐配强信息员。", NO_OTHER])
add("j-yn-lawu-2023-site",
    jsonl_row("宾川县人民政府门户网站", "2024-01-18", "https://www.binchuan.gov.cn/a/12.html",
              "\n".join(lines([], P, ["宾川县拉乌彝族乡人民政府", "2024年1月18日"]))),
    {}, ("宾川县拉乌彝族乡人民政府", "township", "云南省", "大理白族自治州", "宾川县", 2023), P)

# 42. Guizhou, a county-level city 2013, old format: title column holds the title
P = parts(["2013年，凯里市人民政府认真贯彻《条例》，稳步推进政府信息公开。", "全年主动公开政府信息1520条。",
           "全年受理政府信息公开申请5件。", NO_FEES, NO_APPEALS, "存在的问题是公开的深度不够。今后，我市将深化公开。", NO_OTHER],
          kinds=K7, titles=T7)
add("j-gz-kaili-2013-title",
    jsonl_row("凯里市人民政府2013年政府信息公开工作年度报告", "2014-03-25", "https://www.kaili.gov.cn/a/13.html", "\n".join(lines([], P))),
    {}, ("凯里市人民政府", "county", "贵州省", "黔东南苗族侗族自治州", "凯里市", 2013), P)

# 43. Shanxi, a county-level city 2017, old format: title column names only the year's report
P = parts(["2017年，永济市人民政府按照《条例》要求，不断加大政府信息公开力度。", "全年主动公开政府信息2210条。",
           "全年受理政府信息公开申请3件。", NO_FEES, NO_APPEALS, "存在的问题是公开不够规范。下一步，我市将规范公开流程。", NO_OTHER],
          kinds=K7, titles=T7)
add("j-sx-yongji-2017-bare",
    jsonl_row("2017年政府信息公开工作年度报告", "2018-03-22", "https://www.yongji.gov.cn/a/14.html", "\n".join(lines([], P))),
    {}, ("永济市人民政府", "county", "山西省", "运城市", "永济市", 2017), P)

# 44. Xinjiang, a county-level city's bureau 2024: 我局 and 市教育局 in the body
P = parts(["2024年，市教育局认真贯彻落实自治区、自治州关于政务公开的部署。", "全年主动公开信息410条。",
           "全年收到政府信息公开申请7件。", NO_APPEALS, "存在的问题是学校信息公开不规范。下一步，我局将加强督导。", NO_OTHER])
add("j-xj-yining-jyj-2024-title",
    jsonl_row("伊宁市教育局2024年政府信息公开工作年度报告", "2025-01-23", "https://www.yining.gov.cn/a/15.html", "\n".join(lines([], P))),
    {}, ("伊宁市教育局", "department", "新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市", 2024), P)

# ============================ E. plain texts ============================

# 45. Anhui, a county bureau: no title line, straight into 一、总体情况, plans as 2023年将
P = parts(["2022年，南陵县市场监督管理局认真贯彻落实《条例》，围绕市场主体登记、食品安全等推进公开。", "全年主动公开信息530条。",
           "全年收到政府信息公开申请9件。", NO_APPEALS, "存在的问题是公开形式单一。2023年，我局将运用新媒体加强公开。", NO_OTHER])
add("t-ah-nanling-scjgj-2022-straight", "\n".join(lines([], P)) + "\n",
    {}, ("南陵县市场监督管理局", "department", "安徽省", "芜湖市", "南陵县", 2022), P)

# 46. Hebei, a county government 2021: run-in headings on one flattened line, （二）改进措施 sub-heading
P = parts(["2021年，正定县人民政府坚持以公开为常态，围绕古城保护和文旅融合推进政务公开。", "全年主动公开政府信息4210条。",
           "全年新收政府信息公开申请28件。", NO_APPEALS,
           ["（一）存在的问题", "公开的及时性不够。", "（二）改进措施", "健全信息发布机制，加强培训。"], NO_OTHER])
add("t-hb-zhengding-2021-runin", "".join(lines(["正定县人民政府2021年政府信息公开工作年度报告"], P)) + "\n",
    {}, ("正定县人民政府", "county", "河北省", "石家庄市", "正定县", 2021), P)

# 47. Gansu, a district government 2020: a preamble that lists the parts
P = parts(["2020年，甘州区人民政府认真贯彻落实新修订的《条例》。", "全年主动公开政府信息3320条。",
           "全年新收政府信息公开申请19件。", NO_APPEALS, "存在的问题是解读回应不够及时。今后，我区将加强回应。", NO_OTHER])
add("t-gs-ganzhou-2020-partslist",
    "\n".join(lines(["本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
                     "存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。"],
                    P, ["张掖市甘州区人民政府", "2021年1月28日"])) + "\n",
    {}, ("张掖市甘州区人民政府", "district", "甘肃省", "张掖市", "甘州区", 2020), P)

# 48. a national bureau 2024: no title, 我局 only, full name in 本报告由…编制
P = parts(["2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，推进能源领域政务公开。", "全年主动公开信息1930条。",
           "全年新收政府信息公开申请212件。", "全年发生行政复议11件，行政诉讼4件。",
           "存在的主要问题是公开的系统性有待加强。2025年，我局将加强公开工作统筹。", NO_OTHER])
add("t-nea-2024-compiled", "\n".join(lines(["本报告由国家能源局办公室根据《中华人民共和国政府信息公开条例》编制。"], P)) + "\n",
    {}, ("国家能源局", "department", None, None, None, 2024), P)


# ============================ F. batch B: written after batch A was scored on main, before any fix ============================

# 49. Gansu, a provincial commission: the body says only 我委 / 省发展改革委, its name only in Word's page header
P = parts(["2023年，我委认真贯彻落实省委、省政府关于政务公开的部署，围绕重大项目、价格收费等推进公开。",
           "全年主动公开信息1288条，其中重大建设项目信息216条。",
           "全年收到政府信息公开申请41件，均按时答复。",
           "全年发生行政复议1件。",
           "存在的主要问题是项目信息公开不够全面。下一步，省发展改革委将完善项目信息公开目录。",
           NO_OTHER])
add("f-gs-fgw-2023-pageheader-only",
    Docx(tuple(lines([LAW + "编制本报告。"], P)), page_header="甘肃省发展和改革委员会"),
    {}, ("甘肃省发展和改革委员会", "department", "甘肃省", None, None, 2023), P)

# 50. Hubei, a municipal bureau: an info table of 索引号/发布机构/标题/发布日期, two pairs a row; 我局 in the body
P = parts(["2022年，我局坚持以人民为中心，围绕住房保障、城市更新等领域推进政务公开。",
           "全年主动公开信息690条。", "全年收到政府信息公开申请37件。", "全年发生行政复议2件。",
           "存在的问题是解读不够及时。下一步，我局将同步开展政策解读。", NO_OTHER])
add("f-hub-yichang-zjj-2022-infotable4",
    Docx((("table", [["索引号", "011034567/2023-00012", "发布机构", "宜昌市住房和城乡建设局"],
                     ["标题", "宜昌市住房和城乡建设局2022年政府信息公开工作年度报告", "发布日期", "2023-01-16"]]),
          *lines([], P))),
    {}, ("宜昌市住房和城乡建设局", "department", "湖北省", "宜昌市", None, 2022), P)

# 51. Chongqing, a county government: a Word file whose title is three large lines and a 文号 line
P = parts(["2023年，巫山县人民政府坚持以公开为常态、不公开为例外，推动政务公开提质增效。",
           "全年主动公开政府信息3986条。", "全年新收政府信息公开申请24件。", NO_APPEALS,
           "存在的问题是部分部门公开不及时。2024年将开展政务公开专项督查。", NO_OTHER])
add("f-cq-wushan-2023-threelines",
    Docx((("big", "重庆市巫山县人民政府"), ("big", "2023年政府信息公开"), ("big", "工作年度报告"), *lines([], P))),
    {}, ("重庆市巫山县人民政府", "county", "重庆市", "重庆市", "巫山县", 2023), P)

# 52. Inner Mongolia, a regional bureau: PDF with the title broken over two lines mid-name, a contents page
P = parts(["2023年，内蒙古自治区市场监督管理局深入贯彻落实《条例》，围绕优化营商环境推进市场监管领域政务公开。",
           "全年主动公开信息2960条，其中行政处罚信息1320条。",
           "全年新收政府信息公开申请96件，上年结转5件，办结97件。",
           "全年发生行政复议7件，行政诉讼3件。",
           "存在的主要问题是基层公开标准化水平不高。下一步，我局将加强对盟市的指导。",
           NO_OTHER])
add("f-nmg-scjgj-2023-toc",
    Pdf(("内蒙古自治区市场监督管理局2023年政府信息", "公开工作年度报告"),
        ("目录", "一、总体情况……………………1", "二、主动公开政府信息情况……………………2",
         "三、收到和处理政府信息公开申请情况……………………2", "四、政府信息公开行政复议、行政诉讼情况……3",
         "五、存在的主要问题及改进情况……………………3", "六、其他需要报告的事项……………………4", *lines([], P)),
        running_head="内蒙古自治区市场监督管理局2023年政府信息公开工作年度报告", lines=14),
    {}, ("内蒙古自治区市场监督管理局", "department", "内蒙古自治区", None, None, 2023), P)

# 53. Jiangxi, a municipal bureau: PDF whose only title is the running head on every page, 我局 in the body
P = parts(["2021年，我局认真贯彻落实新修订的《条例》，围绕统计数据发布和解读推进政务公开。",
           "全年主动公开统计信息610条。", "全年收到政府信息公开申请12件。", NO_APPEALS,
           "存在的问题是统计数据解读不够深入。下一步，我局将加强数据解读。", NO_OTHER])
add("f-jx-jiujiang-tjj-2021-headonly",
    Pdf((), tuple(lines([], P, ["九江市统计局", "2022年1月25日"])), running_head="九江市统计局2021年政府信息公开工作年度报告", lines=10),
    {}, ("九江市统计局", "department", "江西省", "九江市", None, 2021), P)

# 54. Yunnan, a provincial department: CSV title column is the department's site, 我厅 in the body, no signature
P = parts(["2022年，我厅认真贯彻落实《条例》，围绕污染防治攻坚战推进生态环境信息公开。",
           "全年主动公开信息1830条，其中环评审批信息420条。", "全年新收政府信息公开申请58件。", "全年发生行政复议6件，行政诉讼2件。",
           "存在的问题是基层环境信息公开不够规范。下一步，我厅将加强对州市的指导。", NO_OTHER])
add("f-yn-sthjt-2022-sitetitle",
    csv_row("云南省生态环境厅", "2023-01-29", "https://sthjt.yn.gov.cn/a/16.html", "\n".join(lines([], P))),
    {}, ("云南省生态环境厅", "department", "云南省", None, None, 2022), P)

# 55. Hunan, a plain township (乡): named 天门乡 in the body, the county only in the CSV title column
P = parts(["2022年，天门乡人民政府认真落实县委、县政府关于基层政务公开的要求。", "全年公开信息76条。",
           "全年未收到政府信息公开申请。", NO_APPEALS, "存在的问题是公开内容较少。下一步，我乡将丰富公开内容。", NO_OTHER])
add("f-hn-tianmen-xiang-2022",
    csv_row("新化县天门乡2022年政府信息公开工作年度报告", "2023-01-12", "https://www.xinhua.gov.cn/a/17.html",
            "\n".join(lines([], P, ["天门乡人民政府", "2023年1月12日"]))),
    {}, ("新化县天门乡人民政府", "township", "湖南省", "娄底市", "新化县", 2022), P)

# 56. Jiangsu, a county-level city's town: the title column names the year only; 高邮市 in the signature
P = parts(["2020年，我镇深入贯彻新修订的《条例》，推进基层政务公开标准化规范化。", "全年公开信息132条。",
           "全年收到政府信息公开申请1件。", NO_APPEALS, "存在的问题是信息员业务能力不足。今后，我镇将加强培训。", NO_OTHER])
add("f-js-linze-2020-bare",
    jsonl_row("2020年度政府信息公开工作年度报告", "2021-01-20", "https://www.gaoyou.gov.cn/a/18.html",
              "\n".join(lines([], P, ["高邮市临泽镇人民政府", "2021年1月20日"]))),
    {}, ("高邮市临泽镇人民政府", "township", "江苏省", "扬州市", "高邮市", 2020), P)

# 57. Henan, a county government: the JSONL text column holds the whole page (chrome and info box)
P = parts(["2023年，光山县人民政府坚持以人民为中心，扎实推进政务公开。", "全年主动公开政府信息4210条。",
           "全年新收政府信息公开申请33件。", "全年发生行政复议2件。", "存在的主要问题是解读形式单一。下一步，我县将丰富解读形式。", NO_OTHER])
add("f-hen-guangshan-2023-wholepage",
    jsonl_row("光山县人民政府2023年政府信息公开工作年度报告", "2024-01-26", "https://www.guangshan.gov.cn/a/19.html",
              page("光山县人民政府", "光山县人民政府2023年政府信息公开工作年度报告_光山县人民政府",
                   [("发布机构", "光山县人民政府办公室"), ("发布日期", "2024-01-26")], lines([], P))),
    {}, ("光山县人民政府", "county", "河南省", "信阳市", "光山县", 2023), P)

# 58. Shanghai, a municipal bureau: a page whose title tag and h1 name no body; the footer's 主办 names it
P = parts(["2021年，我局认真贯彻落实新修订的《条例》，围绕生态环境质量和污染防治推进公开。",
           "全年主动公开信息2420条。", "全年新收政府信息公开申请210件。", "全年发生行政复议18件，行政诉讼7件。",
           "存在的问题是公开的精准度不高。下一步，我局将优化公开目录。", NO_OTHER])
add("f-sh-sthjj-2021-footer",
    page("上海市生态环境局", "2021年政府信息公开工作年度报告", [("发布日期", "2022-01-25")], lines([], P), h1="2021年政府信息公开工作年度报告"),
    {}, ("上海市生态环境局", "department", "上海市", "上海市", None, 2021), P)

# 59. Guangxi, a district government: plans as a level-1 part of its own (六、下一步工作打算), combined problems heading
P = parts(["2019年，武鸣区人民政府认真贯彻落实新修订的《条例》，推进政务公开。", "全年主动公开政府信息2860条。",
           "全年收到政府信息公开申请15件。", NO_APPEALS, "一是公开平台建设滞后；二是人员不足。", "一是加强平台建设；二是充实人员。", NO_OTHER],
          kinds=("overview", "proactive", "requests", "appeals", "problems", "plans", "other"),
          titles=(*T6[:4], "存在的主要问题", "下一步工作打算", "其他需要报告的事项"))
add("f-gx-wuming-2019-planspart",
    csv_row("南宁市武鸣区人民政府2019年政府信息公开工作年度报告", "2020-01-22", "https://www.wuming.gov.cn/a/20.html", "\n".join(lines([], P))),
    {}, ("南宁市武鸣区人民政府", "district", "广西壮族自治区", "南宁市", "武鸣区", 2019), P)

# 60. Shanxi, a district: no year in the title, the year only from the statistics period
P = parts(["本年度，潞州区人民政府认真贯彻落实《条例》，全面推进政务公开。", "本年度主动公开政府信息3120条。",
           "本年度新收政府信息公开申请17件。", NO_APPEALS, "存在的问题是公开质量不高。下一步，我区将加强审核。", NO_OTHER])
add("f-sx-luzhou-2022-period",
    "\n".join(lines(["长治市潞州区人民政府政府信息公开工作年度报告", "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。"], P)) + "\n",
    {}, ("长治市潞州区人民政府", "district", "山西省", "长治市", "潞州区", 2022), P)

# 61. Anhui, a county bureau: a Word file whose big title runs 关于…的报告 and whose body names the bureau 县林业局
P = parts(["2021年，县林业局认真贯彻落实《条例》，围绕林长制改革推进政务公开。", "全年主动公开信息236条。",
           "全年收到政府信息公开申请2件。", NO_APPEALS, "存在的问题是公开信息不够全面。下一步，我局将完善公开目录。", NO_OTHER])
add("f-ah-nanling-lyj-2021-guanyu",
    Docx((("big", "南陵县林业局关于2021年度政府信息公开工作的报告"), *lines([], P))),
    {}, ("南陵县林业局", "department", "安徽省", "芜湖市", "南陵县", 2021), P)

# 62. a ministry's department-level bureau under a ministry (国家X局 managed by a ministry), PDF, -n- folios, 我局
P = parts(["2022年，国家矿山安全监察局认真贯彻落实党中央、国务院关于政务公开的决策部署。", "全年主动公开信息1520条。",
           "全年新收政府信息公开申请66件。", "全年发生行政复议3件。", "存在的主要问题是事故调查信息公开不够及时。2023年，我局将加快公开进度。", NO_OTHER])
add("f-nmsa-2022-pdf",
    Pdf(("国家矿山安全监察局2022年政府信息公开工作年度报告",), tuple(lines([], P)), folio="- {n} -", lines=12),
    {}, ("国家矿山安全监察局", "department", None, None, None, 2022), P)


# ============================ G. batch C: written after batch B's fixes, scored before any further fix ============================

# 63. a State Council commission: PDF in a narrow layout (headings wrap over two lines), 国资委 in the body
P = parts(["2021年，国资委认真贯彻落实党中央、国务院关于全面推进政务公开的决策部署，围绕国资国企改革推进信息公开。",
           "全年在委网站主动公开信息1860条。", "全年新收政府信息公开申请96件，上年结转4件。", "全年发生行政复议5件，行政诉讼2件。",
           "存在的主要问题是解读回应还不够及时。下一步，我委将加强政策解读。", NO_OTHER])
add("g-sasac-2021-narrow",
    Pdf(("国务院国有资产监督管理委员会", "2021年政府信息公开工作年度报告"), tuple(lines([], P)), width=14, lines=22),
    {}, ("国务院国有资产监督管理委员会", "department", None, None, None, 2021), P)

# 64. a national administration named 民航局 in the body: JSONL, title column holds the title
P = parts(["2022年，民航局坚持以人民为中心的发展思想，深入推进民航领域政务公开。", "全年主动公开信息2130条。",
           "全年新收政府信息公开申请188件。", "全年发生行政复议9件。", "存在的主要问题是公开的及时性有待提高。下一步，我局将完善发布机制。", NO_OTHER])
add("g-caac-2022-short",
    jsonl_row("中国民用航空局2022年政府信息公开工作年度报告", "2023-01-30", "https://www.caac.gov.cn/a/21.html", "\n".join(lines([], P))),
    {}, ("中国民用航空局", "department", None, None, None, 2022), P)

# 65. Hebei, a provincial department: the PDF's title in 二〇二〇年 form, 第一部分 headings, 下步 as the plans cue
P = parts(["2020年，河北省应急管理厅认真贯彻落实新修订的《条例》，围绕安全生产和防灾减灾推进信息公开。",
           "全年主动公开信息1260条。", "全年新收政府信息公开申请38件。", "全年发生行政复议2件。",
           "存在的主要问题是基层应急管理部门公开不平衡。下步，我厅将加强对市县的指导。", NO_OTHER],
          nums=("第一部分 ", "第二部分 ", "第三部分 ", "第四部分 ", "第五部分 ", "第六部分 "))
P = [(h, k, b) for h, k, b in P]
add("g-hb-yjt-2020-part",
    Pdf(("河北省应急管理厅", "二〇二〇年政府信息公开工作年度报告"), tuple(lines([], P)), folio="第 {n} 页", lines=12),
    {}, ("河北省应急管理厅", "department", "河北省", None, None, 2020), P)

# 66. Jiangxi, a county human-resources bureau named 县人社局 in the body; Word, big title
P = parts(["2023年，县人社局认真贯彻落实《条例》，围绕就业创业、社会保障推进政务公开。", "全年主动公开信息346条。",
           "全年收到政府信息公开申请8件。", NO_APPEALS, "存在的问题是政策解读不够通俗。下一步，我局将推出图解解读。", NO_OTHER])
add("g-jx-lushan-rsj-2023-short",
    Docx((("big", "庐山市人力资源和社会保障局"), ("big", "2023年政府信息公开工作年度报告"), *lines([], P))),
    {}, ("庐山市人力资源和社会保障局", "department", "江西省", "九江市", "庐山市", 2023), P)

# 67. Anhui, a street office named 街道办 in the body; CSV title column holds the title with 【】 and a date
P = parts(["2024年，我街道办认真落实区委、区政府关于基层政务公开的部署。", "全年公开信息186条。",
           "全年收到政府信息公开申请2件。", NO_APPEALS, "存在的问题是公开内容不够丰富。今后，我街道将丰富公开内容。", NO_OTHER])
add("g-ah-sanxiaokou-2024-bracket",
    csv_row("【年报】合肥市庐阳区三孝口街道办事处2024年政府信息公开工作年度报告（2025-01-15）", "2025-01-15",
            "https://www.ahhfly.gov.cn/a/22.html", "\n".join(lines([], P))),
    {}, ("合肥市庐阳区三孝口街道办事处", "township", "安徽省", "合肥市", "庐阳区", 2024), P)

# 68. Guizhou, a prefecture's bureau: Word with a two-row info table whose title row is 名称, 我局 in the body
P = parts(["2022年，我局认真贯彻落实州委、州政府关于政务公开的部署，围绕民族文化和旅游推进信息公开。", "全年主动公开信息420条。",
           "全年收到政府信息公开申请5件。", NO_APPEALS, "存在的问题是公开形式单一。下一步，我局将加强新媒体公开。", NO_OTHER])
add("g-gz-qdn-wlj-2022-name",
    Docx((("table", [["名称", "黔东南苗族侗族自治州文体广电旅游局2022年政府信息公开工作年度报告"], ["发布机构", "黔东南苗族侗族自治州文体广电旅游局"]]),
          *lines([], P))),
    {}, ("黔东南苗族侗族自治州文体广电旅游局", "department", "贵州省", "黔东南苗族侗族自治州", None, 2022), P)

# 69. Sichuan, a town: a PDF whose running head names the county's site and whose signature is the only name
P = parts(["2021年，我镇认真贯彻落实新修订的《条例》，推进基层政务公开标准化规范化。", "全年通过县政府网站公开信息98条。",
           "全年未收到政府信息公开申请。", NO_APPEALS, "存在的问题是公开人员业务不熟。下一步，我镇将加强培训。", NO_OTHER])
add("g-sc-shuanghe-2021-sign",
    Pdf((), tuple(lines([], P, ["长宁县双河镇人民政府", "2022年1月18日"])), running_head="长宁县人民政府门户网站", lines=10),
    {}, ("长宁县双河镇人民政府", "township", "四川省", "宜宾市", "长宁县", 2021), P)

# 70. Liaoning, a provincial department: combined heading with sub-parts （一）存在的主要问题 （二）改进情况, portal page
P = parts(["2024年，辽宁省自然资源厅认真落实省委、省政府关于政务公开的工作部署。", "全年主动公开信息1520条。",
           "全年新收政府信息公开申请124件。", "全年发生行政复议11件，行政诉讼6件。",
           ["（一）存在的主要问题", "一是公开的精准性不够；二是解读形式单一。", "（二）改进情况", "针对上述问题，我厅将细化公开清单，丰富解读形式。"],
           NO_OTHER])
add("g-ln-zrzyt-2024-subparts",
    page("辽宁省自然资源厅", "辽宁省自然资源厅2024年政府信息公开工作年度报告", [("发布机构", "辽宁省自然资源厅"), ("发布日期", "2025-01-24")], lines([], P)),
    {}, ("辽宁省自然资源厅", "department", "辽宁省", None, None, 2024), P)

# 71. Inner Mongolia, a banner's bureau: JSONL title column is the site's name, the name only in 本报告由…编制
P = parts(["2019年，我局认真贯彻落实新修订的《条例》，推进生态环境领域信息公开。", "全年主动公开信息152条。",
           "全年收到政府信息公开申请1件。", NO_APPEALS, "存在的问题是公开不够及时。2020年将严格落实发布时限。", NO_OTHER])
add("g-nmg-wushen-sthj-2019-compiled",
    jsonl_row("乌审旗人民政府", "2020-01-20", "https://www.wsq.gov.cn/a/23.html",
              "\n".join(lines(["本报告由鄂尔多斯市生态环境局乌审旗分局编制。"], P))),
    {}, ("鄂尔多斯市生态环境局乌审旗分局", "department", "内蒙古自治区", "鄂尔多斯市", "乌审旗", 2019), P)

# 72. Hunan, a municipal bureau, 2013, old format: PDF with a cover page of title and date only
P = parts(["2013年，岳阳市林业局认真贯彻《条例》，稳步推进政府信息公开。", "全年主动公开信息186条。",
           "全年受理政府信息公开申请1件。", NO_FEES, NO_APPEALS, "存在的问题是公开内容不够全面。今后，我局将扩大公开范围。", NO_OTHER],
          kinds=K7, titles=T7)
add("g-hn-yueyang-lyj-2013-cover",
    Pdf(("岳阳市林业局2013年政府信息公开工作年度报告", "", "", "岳阳市林业局", "二〇一四年三月"), tuple(lines([], P)), lines=12),
    {}, ("岳阳市林业局", "department", "湖南省", "岳阳市", None, 2013), P)

# 73. Guangdong, a district government: CR-separated JSONL text, no title; the district named with its city
P = parts(["2023年，广州市番禺区人民政府坚持以人民为中心，扎实推进政务公开。", "全年主动公开政府信息6820条。",
           "全年新收政府信息公开申请210件。", "全年发生行政复议14件，行政诉讼8件。",
           "存在的主要问题是基层公开质量参差不齐。2024年将开展基层政务公开质量提升行动。", NO_OTHER])
add("g-gd-panyu-2023-cr",
    jsonl_row("", "2024-01-29", "https://www.panyu.gov.cn/a/24.html", "\r\n".join(lines([LAW + "编制本报告。"], P))),
    {}, ("广州市番禺区人民政府", "district", "广东省", "广州市", "番禺区", 2023), P)

# 74. Henan, a county government 2025: Word file with the title in the page header and a signature
P = parts(["2025年，我县坚持以公开为常态、不公开为例外，全面推进政务公开。", "全年主动公开政府信息3620条。",
           "全年新收政府信息公开申请21件。", NO_APPEALS, "存在的问题是政策解读不够深入。下一步，我县将加强解读。", NO_OTHER])
add("g-hen-xixia-2025-pageheader",
    Docx(tuple(lines([], P, ["西峡县人民政府", "2026年1月20日"])), page_header="西峡县人民政府2025年政府信息公开工作年度报告"),
    {}, ("西峡县人民政府", "county", "河南省", "南阳市", "西峡县", 2025), P)


# ============================ H. batch D: written after batch C's fixes, scored before any further fix ============================


def strong_page(site: str, title_tag: str, ps: list[Part], *, inline: bool, numbered: bool = True) -> str:
    """A portal page whose part headings are ``<strong>`` runs: on their own paragraph, or opening
    the paragraph of their first sentence (``inline``); without their numbers when not ``numbered``."""
    paragraphs = []
    for heading, _, body in ps:
        shown = heading if numbered else re.sub(r"^[一二三四五六七八九十]+、", "", heading)
        if inline:
            paragraphs += [f"<strong>{shown}</strong>{body[0]}", *body[1:]]
        else:
            paragraphs += [f"<strong>{shown}</strong>", *body]
    return html_page(title_tag, box=box_table([("发布日期", "2023-01-20")]), paragraphs=paragraphs, site=site)


# 75. Zhejiang, a district whose name recurs elsewhere (江北区: 宁波, 重庆): the city only in the body (the issuer is
# the name the report gives, 江北区人民政府, as in probes5)
P = parts(["2022年，江北区人民政府按照宁波市政务公开工作要点，扎实推进政务公开。", "全年主动公开政府信息3860条。",
           "全年新收政府信息公开申请66件。", "全年发生行政复议4件。", "存在的主要问题是基层公开不平衡。下一步，我区将加强指导。", NO_OTHER])
add("h-zj-jiangbei-2022-samename",
    csv_row("江北区2022年政府信息公开工作年度报告", "2023-01-20", "https://www.nbjb.gov.cn/a/25.html", "\n".join(lines([], P))),
    {}, ("江北区人民政府", "district", "浙江省", "宁波市", "江北区", 2022), P)

# 76. Jilin, 朝阳区 of 长春 (also a district of Beijing): the city named only in the signature
P = parts(["2021年，我区深入贯彻新修订的《条例》，推进政务公开标准化规范化。", "全年主动公开政府信息2960条。",
           "全年新收政府信息公开申请41件。", NO_APPEALS, "存在的问题是解读形式单一。今后，我区将丰富解读形式。", NO_OTHER])
add("h-jl-chaoyang-2021-sign",
    Docx(tuple(lines([], P, ["长春市朝阳区人民政府", "2022年1月21日"]))),
    {}, ("长春市朝阳区人民政府", "district", "吉林省", "长春市", "朝阳区", 2021), P)

# 77. Henan, a county-level city of 三门峡: portal page whose headings are <strong> runs opening their paragraphs
P = parts(["2023年，义马市人民政府坚持以人民为中心，全面推进政务公开。", "全年主动公开政府信息2410条。",
           "全年新收政府信息公开申请13件。", NO_APPEALS, "存在的主要问题是政策解读不够深入。下一步，我市将加强解读。", NO_OTHER])
add("h-hen-yima-2023-strong-inline",
    strong_page("义马市人民政府", "义马市人民政府2023年政府信息公开工作年度报告", P, inline=True),
    {}, ("义马市人民政府", "county", "河南省", "三门峡市", "义马市", 2023), P)

# 78. Ningxia, a regional commission named 自治区卫生健康委 in the body: <strong> headings without numbers
P = parts(["2022年，自治区卫生健康委认真贯彻落实《条例》，围绕疫情防控和医改推进信息公开。", "全年主动公开信息1780条。",
           "全年新收政府信息公开申请52件。", "全年发生行政复议3件。", "存在的主要问题是基层医疗机构公开不规范。下一步，我委将加强指导。", NO_OTHER])
add("h-nx-wjw-2022-strong-nonum",
    strong_page("宁夏回族自治区卫生健康委员会", "宁夏回族自治区卫生健康委员会2022年政府信息公开工作年度报告", P, inline=False, numbered=False),
    {}, ("宁夏回族自治区卫生健康委员会", "department", "宁夏回族自治区", None, None, 2022), P)

# 79. Zhejiang, 普陀区 of 舟山 (also a district of Shanghai): PDF with the city in its title
P = parts(["2024年，普陀区人民政府坚持以公开为常态，围绕海洋经济和海岛共富推进政务公开。", "全年主动公开政府信息3320条。",
           "全年新收政府信息公开申请28件。", NO_APPEALS, "存在的问题是海岛乡镇公开力量薄弱。2025年将加强乡镇信息员培训。", NO_OTHER])
add("h-zj-putuo-2024-pdf",
    Pdf(("舟山市普陀区人民政府", "2024年政府信息公开工作年度报告"), tuple(lines([], P)), running_head="舟山市普陀区人民政府", lines=12),
    {}, ("舟山市普陀区人民政府", "district", "浙江省", "舟山市", "普陀区", 2024), P)

# 80. Shaanxi, a county bureau: combined heading 存在的问题和下一步工作打算
P = parts(["2021年，洛川县农业农村局认真贯彻落实《条例》，围绕苹果产业推进涉农信息公开。", "全年主动公开信息268条。",
           "全年收到政府信息公开申请3件。", NO_APPEALS, ["一是公开内容不够丰富；二是更新不够及时。", "下一步，我局将丰富涉农政策公开内容，落实专人按时更新。"], NO_OTHER],
          titles=(*T6[:4], "存在的问题和下一步工作打算", T6[5]))
add("h-sn-luochuan-nyj-2021-combined",
    jsonl_row("洛川县农业农村局2021年政府信息公开工作年度报告", "2022-01-19", "https://www.luochuan.gov.cn/a/26.html", "\n".join(lines([], P))),
    {}, ("洛川县农业农村局", "department", "陕西省", "延安市", "洛川县", 2021), P)

# 81. Qinghai, a prefecture government 2016, old format, Word with the statistics-period sentence and 二〇一六年度 title
P = parts(["2016年，海北藏族自治州人民政府认真贯彻落实《条例》，推进政府信息公开。", "全年主动公开政府信息1320条。",
           "全年受理政府信息公开申请2件。", NO_FEES, NO_APPEALS, "存在的问题是公开的深度不够。今后，我州将深化重点领域公开。", NO_OTHER],
          kinds=K7, titles=T7)
add("h-qh-haibei-2016-cnyear",
    Docx((("big", "海北藏族自治州人民政府"), ("big", "二〇一六年度政府信息公开工作年度报告"), *lines([], P))),
    {}, ("海北藏族自治州人民政府", "city", "青海省", "海北藏族自治州", None, 2016), P)

# 82. Fujian, a township whose report opens with the preamble listing its parts; CSV title column the site's name
P = parts(["2020年，我乡认真贯彻落实新修订的《条例》，推进基层政务公开。", "全年公开信息72条。",
           "全年未收到政府信息公开申请。", NO_APPEALS, "存在的问题是公开栏目更新不及时。下一步，我乡将落实专人负责。", NO_OTHER])
add("h-fj-xiayang-2020-partslist",
    csv_row("南平市延平区人民政府", "2021-01-15", "https://www.ypzf.gov.cn/a/27.html",
            "\n".join(lines(["本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"],
                            P, ["南平市延平区巨口乡人民政府", "2021年1月15日"]))),
    {}, ("南平市延平区巨口乡人民政府", "township", "福建省", "南平市", "延平区", 2020), P)


# ============================ I. batch E: a crawl shape found by an ad-hoc check after batch D ============================

# 83. Hunan, a county government: a crawler stripped the tags but kept the character references
# (&nbsp; between the blocks, &ldquo;&rdquo; around quotations)
P = parts(["2022年，平江县人民政府坚持以公开为常态，深入推进&ldquo;放管服&rdquo;改革信息公开。", "全年主动公开政府信息3120条。",
           "全年新收政府信息公开申请23件。", NO_APPEALS, "存在的问题是解读不够深入。下一步，我县将加强政策解读。", NO_OTHER])
add("i-hn-pingjiang-2022-entities",
    csv_row("平江县人民政府2022年政府信息公开工作年度报告", "2023-01-18", "https://www.pingjiang.gov.cn/a/28.html",
            "&nbsp;&nbsp;".join(lines([], P))),
    {}, ("平江县人民政府", "county", "湖南省", "岳阳市", "平江县", 2022), P)

# 84. a national bureau in the JSONL crawl: &#12288; (ideographic spaces) and &emsp; as the separators
P = parts(["2023年，国家统计局认真贯彻落实党中央、国务院关于政务公开的决策部署。", "全年主动公开统计信息1420条。",
           "全年新收政府信息公开申请140件。", "全年发生行政复议6件。", "存在的主要问题是数据解读不够通俗。下一步，我局将加强数据解读。", NO_OTHER])
add("i-nbs-2023-entities",
    jsonl_row("国家统计局2023年政府信息公开工作年度报告", "2024-01-26", "https://www.stats.gov.cn/a/29.html",
              "&#12288;&#12288;".join(lines([], P)[:6]) + "&emsp;&emsp;" + "&emsp;&emsp;".join(lines([], P)[6:])),
    {}, ("国家统计局", "department", None, None, None, 2023), P)


# ============================ J. batch F: written after batch E's fix, scored before any further fix ============================

# 85. Hubei, a provincial department: JSONL row whose title column holds the site's menu word and whose
# publisher sits under an English "source" key; 我厅 in the body
P = parts(["2021年，我厅认真贯彻落实新修订的《条例》，围绕社会救助、养老服务推进民政领域信息公开。", "全年主动公开信息1120条。",
           "全年新收政府信息公开申请47件。", "全年发生行政复议2件。", "存在的主要问题是基层民政公开不规范。下一步，我厅将加强指导。", NO_OTHER])
add("j-hub-mzt-2021-source",
    CrawlRow("crawl-b.jsonl", (("title", "政府信息公开年报"), ("date", "2022-01-25"), ("url", "https://mzt.hubei.gov.cn/a/30.html"),
                               ("source", "湖北省民政厅"), ("content", "\n".join(lines([], P))))),
    {}, ("湖北省民政厅", "department", "湖北省", None, None, 2021), P)

# 86. Jiangsu, a county-level city's bureau: the whole report inside one cell of a Word layout table
P = parts(["2022年，江阴市统计局认真贯彻落实《条例》，依法依规发布统计数据。", "全年主动公开统计信息236条。",
           "全年收到政府信息公开申请4件。", NO_APPEALS, "存在的问题是数据解读不够。下一步，我局将加强解读。", NO_OTHER])
add("j-js-jiangyin-tjj-2022-layout",
    Docx((("table", [["江阴市统计局2022年政府信息公开工作年度报告\n" + "\n".join(lines([], P))]]),)),
    {}, ("江阴市统计局", "department", "江苏省", "无锡市", "江阴市", 2022), P)

# 87. Shandong, a town: a PDF whose page numbers are bare digits and whose running head is the town's name
P = parts(["2023年，我镇认真落实基层政务公开标准化规范化要求，围绕乡村振兴推进公开。", "全年公开信息148条。",
           "全年收到政府信息公开申请1件。", NO_APPEALS, "存在的问题是公开栏目更新较慢。下一步，我镇将落实专人负责。", NO_OTHER])
add("j-sd-sunji-2023-bare-folio",
    Pdf(("寿光市孙家集街道办事处2023年政府信息公开工作年度报告",), tuple(lines([], P)), running_head="寿光市孙家集街道办事处",
        folio="{n}", lines=10),
    {}, ("寿光市孙家集街道办事处", "township", "山东省", "潍坊市", "寿光市", 2023), P)

# 88. Guangxi, a municipal bureau: CSV row whose text ends with the title line the crawler appended, 市生态环境局 in the body
P = parts(["2020年，市生态环境局认真贯彻落实新修订的《条例》，推进生态环境信息公开。", "全年主动公开信息860条。",
           "全年新收政府信息公开申请26件。", "全年发生行政复议1件。", "存在的问题是环评信息公开不够及时。下一步，我局将缩短公开时限。", NO_OTHER])
add("j-gx-guilin-sthjj-2020-tailtitle",
    csv_row("桂林市生态环境局2020年政府信息公开工作年度报告", "2021-01-28", "https://sthjj.guilin.gov.cn/a/31.html",
            "\n".join(lines([], P, ["桂林市生态环境局2020年政府信息公开工作年度报告"]))),
    {}, ("桂林市生态环境局", "department", "广西壮族自治区", "桂林市", None, 2020), P)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES9, out)


if __name__ == "__main__":
    write()
