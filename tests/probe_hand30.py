"""Test utility: the thirtieth held-out probe set ``tests/cases/probes30`` (issue 10 item 1, issuer, level,
places, year and publication date on unseen reports, and crawl metadata's priority), written and labelled by hand
before its writer read textmine's metadata code or ran textmine on it, in shapes probes18–28 hold least:

- crawl tables (CSV, JSONL, Parquet; one report per row with title, date and url columns) whose row gives the title
  and date: a title column naming the body, generic title columns (政府信息公开年报, 2021年度报告, 政府信息公开工作年度报告),
  a title naming the month of publication (（2024年1月）), and a date column that is the crawl's own day
  (采集日期, crawl_time) rather than the publication's; every crawl row's ``meta_source`` is ``crawl``
  (SCHEMA.md, ``reports``) and every file's ``text``;
- texts that start straight with 一、总体情况 and name the body only in one sentence of the body, where the
  province's whole system is named beside the body itself (全省人社系统 … 山西省人力资源和社会保障厅本级 …);
- 我厅/我局/我委/本机关 with the full name only in the contact line (联系单位/地址 …) or only in 本报告由X编制;
- provincial departments renamed across years (省卫计委 → 省卫生健康委, 省国土资源厅 → 省自然资源厅, 省环境保护厅,
  省卫生厅, 省地方税务局): the report's year decides the name, and a report that mentions the former body
  (原省国土资源厅) is the new body's; a 2017 report on a portal that now bears the new name is the old body's;
- 省直 bodies with 委员会 names (省民族宗教事务委员会, 省发展和改革委员会), 局 with a second plaque
  (云南省林业和草原局（云南省林业局）), 省人民政府办公厅 reporting for itself vs for the province's government;
- 开发区/高新区 管委会 at city level (株洲, 洛阳) and county level (南陵, 沭阳);
- years given only by the statistics period (统计期限为2022年1月1日至12月31日) when the title has no year or names
  the month of publication.

Conventions are those of the earlier sets (``tests/probe_hand26.py``, ``tests/probe_hand28.py``): the issuer is the
fullest name the report or its container writes (a contact line's …办公室 is its department's, probes26); a
government's report signed by its office is the government's (probes11, probes24), an office's report on itself
is the office's, level ``department`` (probes23); a zone committee of a city is ``city`` with its city (probes19,
probes24) and one of a county is ``county`` with its county; a body with a second plaque is named by its first name
(probes26's …文化广电旅游体育局（县文物局）); a provincial department has its province only. ``published`` is the
crawl's publication date, else the date under the signature; a column that is the crawl's own day (采集日期,
crawl_time) is not a publication date. ``template`` is ``None`` (not scored here).

Batch A was written and labelled on main's code at 32a7a1a and scored before any fix (figures in bench/README.md).
Batch B (14 reports) was written after batch A was scored, before A's fixes were run on it, and scored after them
before any fix of its own, in new shapes: a 发布机构 column naming the body over a text of 我厅 only; the body named only
in the 附件 caption of the statistics table, in 本报告电子版可在“X网站”下载 or in 如对本报告有疑问…请与X联系;
municipalities' 委员会 (北京市卫生健康委员会 as 市卫生健康委, 上海市教育委员会 once in a JSONL row, 天津市发展和改革委员会 in a
contact line); renamed bodies of 2010–2017 (省人口计生委, 四川省食品药品监督管理局, 省经信委, 山西省新闻出版广电局); a
county-level city's zone committee (义乌经开区); a title ending with its publication date (2024-01-22) and the year only in
本报告中所列数据的统计期限自…起至…止; an Excel crawl table with a generic title; 西藏自治区人民政府办公厅 on itself.
Batch C (10 reports) was written after batch B's fixes and scored before any fix of its own: the body in brackets
after the title, a title holding the report's year and its publication date, 省国资委 and 自治区住建厅 short titles, a
preamble's 现将省退役军人事务厅…公布如下 (2024, published 2025), bodies and governments of one-character counties (攸县,
泾县, 岚县, 沛县) named only in 本报告由…编制, a contact line, an office's signature or a crawl row's 落款, and a CSV row
with a timestamp date.

``python -m tests.probe_hand30`` rewrites ``tests/cases/probes30/``.

Example:
    >>> text, header, want = PROBES30["a-sx-rst-2023-csv-system"]
    >>> want["issuer"], want["admin_level"], want["meta_source"]
    ('山西省人力资源和社会保障厅', 'department', 'crawl')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import Part, blocks, cms_page, crawl, lines, text
from tests.probe_hand11 import row as row11
from tests.probe_hand11 import six
from tests.probe_hand18 import body, old7, row
from tests.probe_hand24 import word
from tests.probe_sets import LAW, CrawlRow, Pdf, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes30"

PROBES30: dict[str, Probe] = {}


def add(
    pid: str,
    content: Any,
    header: dict[str, str],
    meta: tuple,
    ps: list[Part],
    *,  # type: ignore[type-arg]
    plans: bool = True,
    published: str | None = None,
) -> None:
    """Register a probe; expected kinds and titles are the parts'; ``meta_source`` is ``crawl`` for a crawl row."""
    issuer, level, province, city, county, year = meta
    register(
        PROBES30,
        pid,
        content,
        header,
        issuer,
        level,
        province,
        city,
        county,
        year,
        [k for _, k, _, _ in ps],
        [t for _, _, _, t in ps],
        plans=plans,
    )
    PROBES30[pid][2]["published"] = published
    PROBES30[pid][2]["template"] = None
    PROBES30[pid][2]["meta_source"] = "crawl" if isinstance(content, CrawlRow) else "text"


def jrow(title: str, text_: str, *, date: str, url: str = "") -> CrawlRow:
    """A JSONL crawl row with English keys: title, date, url, text."""
    return CrawlRow(
        "crawl-j.jsonl",
        (
            ("title", title),
            ("date", date),
            ("url", url or "http://www.example.gov.cn/xxgk/30.html"),
            ("text", text_),
        ),
    )


def prow(
    title: str, text_: str, *, date: str, url: str = "", date_key: str = "pub_date"
) -> CrawlRow:
    """A Parquet crawl row: title, ``date_key`` (pub_date, or crawl_time for the crawl's own day), url, content."""
    return crawl(
        "crawl-p.parquet",
        [
            ("title", title),
            (date_key, date),
            ("url", url or "http://www.example.gov.cn/a/30.html"),
            ("content", text_),
        ],
    )


def crow(title: str, text_: str, *, day: str, url: str = "") -> CrawlRow:
    """A CSV crawl row whose only date is the crawl's own day: 标题, 采集日期, 链接, 正文."""
    return CrawlRow(
        "crawl-d.csv",
        (
            ("标题", title),
            ("采集日期", day),
            ("链接", url or "http://www.example.gov.cn/c/30.html"),
            ("正文", text_),
        ),
    )


# ============================ A. batch A ============================

# --- crawl tables: the row's title and date

# 1. Hubei, a provincial department 2022, CSV: the title column names the body; the text starts with 一、总体情况, 我厅
P = six(
    "2022年，我厅在省委、省政府的领导下，围绕社会救助和养老服务推进民政领域政务公开。",
    2022,
    "我厅",
    (512, 14),
    "存在的主要问题是政策解读形式较为单一。2023年，我厅将推出图解和问答。",
)
add(
    "a-hb-mzt-2022-csv-yi-first",
    row(
        "crawl-a.csv",
        "湖北省民政厅2022年政府信息公开工作年度报告",
        body([], P, ["2023年1月18日"]),
        date="2023-01-18",
    ),
    {},
    ("湖北省民政厅", "department", "湖北省", None, None, 2022),
    P,
    published="2023-01-18",
)

# 2. Shanxi, a provincial department 2023, CSV: a generic title column; the body named once, beside the province's system
P = six(
    "2023年，全省人社系统深入贯彻《条例》，共主动公开政府信息1.2万余条；山西省人力资源和社会保障厅本级围绕就业创业和"
    "社会保险推进政务公开。",
    2023,
    "厅本级",
    (836, 41),
    "存在的主要问题是市县公开标准不够统一。2024年，我厅将编制全省人社领域基层公开标准目录。",
)
add(
    "a-sx-rst-2023-csv-system",
    row("crawl-a.csv", "政府信息公开年报", body([], P, ["2024年1月25日"]), date="2024-01-25"),
    {},
    ("山西省人力资源和社会保障厅", "department", "山西省", None, None, 2023),
    P,
    published="2024-01-25",
)

# 3. Zhejiang, a provincial department 2021, JSONL: the title column 2021年度报告; 我厅, the full name only in the contact line
P = six(
    "2021年，我厅在省委、省政府的领导下，围绕交通强省建设推进交通运输领域政务公开。",
    2021,
    "我厅",
    (694, 23),
    "存在的主要问题是重大项目信息公开不够及时。2022年，我厅将按月公开重大项目进展。",
    other="联系单位：浙江省交通运输厅办公室；地址：杭州市西湖区；联系电话：0571-87000000。",
)
add(
    "a-zj-jtt-2021-jsonl-contact",
    jrow("2021年度报告", body([], P, ["2022年1月20日"]), date="2022-01-21"),
    {},
    ("浙江省交通运输厅", "department", "浙江省", None, None, 2021),
    P,
    published="2022-01-21",
)

# 4. Fujian, a provincial bureau 2020, Parquet: a generic title; the body named only in 本报告由…编制
P = six(
    "2020年，我局在省委、省政府的领导下，围绕林长制和生态保护推进林业领域政务公开。",
    2020,
    "我局",
    (438, 6),
    "存在的主要问题是基层林业站公开不够规范。2021年，我局将加强对基层的指导。",
)
add(
    "a-fj-lyj-2020-parquet-bianzhi",
    prow(
        "政府信息公开工作年度报告",
        body(
            [LAW + "本报告由福建省林业局编制，内容包括总体情况、主动公开政府信息情况等。"],
            P,
            ["2021年1月22日"],
        ),
        date="2021-01-22",
    ),
    {},
    ("福建省林业局", "department", "福建省", None, None, 2020),
    P,
    published="2021-01-22",
)

# 5. Gansu, a provincial department 2019, CSV: the new body; the text names the former 原省国土资源厅
P = six(
    "2019年是甘肃省自然资源厅组建后的第一个完整年度，我厅将原省国土资源厅、省测绘地理信息局的公开事项整合为统一的公开目录。",
    2019,
    "我厅",
    (742, 37),
    "存在的主要问题是整合后的公开目录还需细化。2020年，我厅将细化自然资源领域公开目录。",
)
add(
    "a-gs-zrzyt-2019-csv-former",
    row(
        "crawl-a.csv",
        "甘肃省自然资源厅2019年政府信息公开工作年度报告",
        body([], P, ["甘肃省自然资源厅", "2020年1月20日"]),
        date="2020-01-21",
    ),
    {},
    ("甘肃省自然资源厅", "department", "甘肃省", None, None, 2019),
    P,
    published="2020-01-21",
)

# 6. Henan, a provincial commission 2018, JSONL: the reform year; 原省卫生计生委 in the overview
P = six(
    "2018年是机构改革之年，原省卫生计生委的职责整合组建河南省卫生健康委员会，我委平稳做好政务公开工作的衔接。",
    2018,
    "我委",
    (968, 52),
    "存在的主要问题是改革后栏目调整不够及时。2019年，我委将完成网站栏目整合。",
)
add(
    "a-ha-wjw-2018-jsonl-reform",
    jrow(
        "河南省卫生健康委员会2018年政府信息公开工作年度报告",
        body([], P, ["河南省卫生健康委员会", "2019年1月28日"]),
        date="2019-01-29",
    ),
    {},
    ("河南省卫生健康委员会", "department", "河南省", None, None, 2018),
    P,
    published="2019-01-29",
)

# 7. Qinghai, a provincial commission 2022, Parquet: the date column is the crawl's own time; the 落款 has the date
P = six(
    "2022年，我委在省委、省政府的领导下，围绕民族团结进步示范省建设推进民族宗教领域政务公开。",
    2022,
    "我委",
    (186, 2),
    "存在的主要问题是双语公开不够全面。2023年，我委将推进重要政策藏汉双语公开。",
)
add(
    "a-qh-mzw-2022-parquet-crawltime",
    prow(
        "青海省民族宗教事务委员会2022年政府信息公开工作年度报告",
        body([], P, ["青海省民族宗教事务委员会", "2023年1月30日"]),
        date="2025-03-10 08:15:00",
        date_key="crawl_time",
    ),
    {},
    ("青海省民族宗教事务委员会", "department", "青海省", None, None, 2022),
    P,
    published="2023-01-30",
)

# 8. Sichuan, a provincial department 2020, CSV: the only date column is 采集日期 (the crawl's day)
P = six(
    "2020年，我厅在省委、省政府的领导下，围绕交通扶贫和川藏铁路配套工程推进交通运输领域政务公开。",
    2020,
    "我厅",
    (622, 18),
    "存在的主要问题是政策解读不够及时。2021年，我厅将同步发布政策解读。",
)
add(
    "a-sc-jtt-2020-csv-crawlday",
    crow(
        "四川省交通运输厅2020年政府信息公开工作年度报告",
        body([], P, ["四川省交通运输厅", "2021年1月29日"]),
        day="2024-06-03",
    ),
    {},
    ("四川省交通运输厅", "department", "四川省", None, None, 2020),
    P,
    published="2021-01-29",
)

# 9. Jiangxi, a provincial department 2015, Parquet: a generic title, the old seven parts, the name only in the 落款
P = old7(
    "2015年，我厅认真贯彻落实《条例》，围绕水利改革发展和防汛抗旱推进政府信息公开工作。",
    2015,
    "我厅",
    (316, 4),
    "存在的问题是公开内容不够全面。2016年，我厅将扩大主动公开范围。",
)
add(
    "a-jx-slt-2015-parquet-generic",
    prow("政府信息公开年报", body([], P, ["江西省水利厅", "2016年3月18日"]), date="2016-03-21"),
    {},
    ("江西省水利厅", "department", "江西省", None, None, 2015),
    P,
    published="2016-03-21",
)

# 10. Guangdong, a provincial department 2023, JSONL: the title names the month of publication; the period gives the year
P = six(
    [
        "本报告统计期限为2023年1月1日至2023年12月31日。",
        "本年度，我厅在省委、省政府的领导下，围绕污染防治攻坚推进生态环境领域政务公开。",
    ],
    2023,
    "我厅",
    (884, 63),
    "存在的主要问题是环评信息公开的解读不够。2024年，我厅将加强环评信息解读。",
)
add(
    "a-gd-sthjt-2023-jsonl-pubmonth",
    jrow(
        "广东省生态环境厅政府信息公开工作年度报告（2024年1月）",
        body([], P, ["广东省生态环境厅", "2024年1月26日"]),
        date="2024-01-26",
    ),
    {},
    ("广东省生态环境厅", "department", "广东省", None, None, 2023),
    P,
    published="2024-01-26",
)

# 11. Luoyang, a city-level zone committee 2021, JSONL: 洛阳高新区管委会 in the title, the full name in the 落款
P = six(
    "2021年，管委会在市委、市政府的领导下，围绕科技创新和招商引资推进政务公开。",
    2021,
    "管委会",
    (402, 3),
    "存在的主要问题是企业服务信息公开不够集中。2022年，管委会将建设惠企政策专栏。",
)
add(
    "a-ha-luoyang-gxq-2021-jsonl",
    jrow(
        "洛阳高新区管委会2021年政府信息公开工作年度报告",
        body([], P, ["洛阳高新技术产业开发区管理委员会", "2022年1月24日"]),
        date="2022-01-25",
    ),
    {},
    ("洛阳高新技术产业开发区管理委员会", "city", "河南省", "洛阳市", None, 2021),
    P,
    published="2022-01-25",
)

# 12. Hebei, the provincial government 2022, CSV: the province's report signed by 省政府办公厅
P = six(
    "2022年，全省各级行政机关认真贯彻《条例》，围绕京津冀协同发展和优化营商环境推进政务公开。",
    2022,
    "全省",
    (386412, 6218),
    "存在的主要问题是基层公开标准化水平不够均衡。2023年，省政府办公厅将加强对市县的指导。",
)
add(
    "a-he-gov-2022-csv-province",
    row(
        "crawl-a.csv",
        "河北省2022年政府信息公开工作年度报告",
        body([], P, ["河北省人民政府办公厅", "2023年3月30日"]),
        date="2023-03-31",
    ),
    {},
    ("河北省人民政府", "province", "河北省", None, None, 2022),
    P,
    published="2023-03-31",
)

# 13. Hebei, the provincial government's office 2022, CSV: the office's report on itself (本机关)
P = six(
    "2022年，省政府办公厅（本机关）在省委、省政府的领导下，围绕文电办理和政务服务推进本机关政务公开。",
    2022,
    "本机关",
    (218, 36),
    "存在的主要问题是本机关公开目录更新不够及时。2023年，本机关将按季度更新公开目录。",
)
add(
    "a-he-bgt-2022-csv-self",
    row(
        "crawl-a.csv",
        "河北省人民政府办公厅2022年政府信息公开工作年度报告",
        body([], P, ["河北省人民政府办公厅", "2023年1月30日"]),
        date="2023-01-31",
    ),
    {},
    ("河北省人民政府办公厅", "department", "河北省", None, None, 2022),
    P,
    published="2023-01-31",
)

# --- texts that start with 一、 and name the body once

# 14. Liaoning, a provincial commission 2021: starts with 一、总体情况; the name in the overview only, then 我委
P = six(
    "2021年，辽宁省卫生健康委员会坚持以人民为中心，围绕疫情防控和医疗服务推进卫生健康领域政务公开。",
    2021,
    "我委",
    (1206, 88),
    "存在的主要问题是医疗机构信息公开不够统一。2022年，我委将规范医疗机构信息公开。",
)
add(
    "a-ln-wjw-2021-yi-first",
    text([], P, ["2022年1月27日"]),
    {},
    ("辽宁省卫生健康委员会", "department", "辽宁省", None, None, 2021),
    P,
    published="2022-01-27",
)

# 15. Anhui, a provincial department 2022: the system named with the province (安徽省人力资源社会保障系统) beside the body
P = six(
    "2022年，安徽省人力资源社会保障系统认真贯彻《条例》；安徽省人力资源和社会保障厅本级围绕稳就业和社保扩面推进政务公开。",
    2022,
    "厅本级",
    (758, 33),
    "存在的主要问题是政策解读的针对性不够。2023年，我厅将开展政策进企业活动。",
)
add(
    "a-ah-rst-2022-system-named",
    text([], P, ["2023年1月19日"]),
    {},
    ("安徽省人力资源和社会保障厅", "department", "安徽省", None, None, 2022),
    P,
    published="2023-01-19",
)

# 16. Jiangsu, a provincial department 2023, Word: a title without the body; 我厅; the name only in the contact line
P = six(
    "2023年，我厅在省委、省政府的领导下，围绕水安全保障和河湖长制推进水利领域政务公开。",
    2023,
    "我厅",
    (566, 12),
    "存在的主要问题是水利工程信息公开不够全面。2024年，我厅将公开重点工程建设进展。",
    other="联系地址：南京市上海路5号江苏省水利厅办公室；联系电话：025-86338000。",
)
add(
    "a-js-slt-2023-word-contact",
    word("2023年政府信息公开工作年度报告", P, ("2024年1月22日",)),
    {},
    ("江苏省水利厅", "department", "江苏省", None, None, 2023),
    P,
    published="2024-01-22",
)

# 17. Shandong, a provincial bureau 2017: a title without the body; the name only in 本报告由…编制
P = old7(
    "2017年，我局认真贯彻落实《条例》，围绕统计数据发布和统计执法推进政府信息公开工作。",
    2017,
    "我局",
    (284, 9),
    "存在的问题是统计数据解读不够通俗。2018年，我局将开展统计数据图解。",
)
add(
    "a-sd-tjj-2017-bianzhi",
    text(["2017年政府信息公开工作年度报告", "本报告由山东省统计局编制。"], P, ["2018年3月20日"]),
    {},
    ("山东省统计局", "department", "山东省", None, None, 2017),
    P,
    published="2018-03-20",
)

# 18. Inner Mongolia, a regional commission 2020: 本机关; the name only in 本报告由…办公室编制
P = six(
    "2020年，本机关在自治区党委、政府的领导下，围绕项目审批和价格监管推进发展改革领域政务公开。",
    2020,
    "本机关",
    (496, 21),
    "存在的主要问题是项目审批信息公开不够及时。2021年，本机关将按周公开审批结果。",
)
add(
    "a-nm-fgw-2020-bianzhi-office",
    text(
        ["政府信息公开工作年度报告", "本报告由内蒙古自治区发展和改革委员会办公室编制。"],
        P,
        ["2021年1月26日"],
    ),
    {},
    ("内蒙古自治区发展和改革委员会", "department", "内蒙古自治区", None, None, 2020),
    P,
    published="2021-01-26",
)

# 19. Guangdong, a provincial department 2022, PDF: starts with 一、总体情况; the name in one sentence
P = six(
    "2022年，广东省应急管理厅在省委、省政府的领导下，围绕安全生产和防灾减灾推进应急管理领域政务公开。",
    2022,
    "我厅",
    (604, 15),
    "存在的主要问题是执法信息公开不够全面。2023年，我厅将公开执法检查计划和结果。",
)
add(
    "a-gd-yjt-2022-pdf-yi-first",
    Pdf((), tuple(lines([], P, ["2023年1月17日"]))),
    {},
    ("广东省应急管理厅", "department", "广东省", None, None, 2022),
    P,
    published="2023-01-17",
)

# --- renamed provincial departments: the year decides

# 20. Jilin, a provincial department 2017 on the portal that now bears the new name: 省国土资源厅, its full name in the 落款
P = old7(
    "2017年，我厅认真贯彻落实《条例》，围绕土地供应和矿业权出让推进政府信息公开工作。",
    2017,
    "我厅",
    (362, 17),
    "存在的问题是征地信息公开不够及时。2018年，我厅将规范征地信息公开。",
)
add(
    "a-jl-gtzyt-2017-portal-renamed",
    cms_page(
        "吉林省自然资源厅",
        [*blocks(P), "吉林省国土资源厅", "2018年1月25日"],
        site="吉林省自然资源厅",
        h1="省国土资源厅2017年政府信息公开工作年度报告",
        info="来源：吉林省自然资源厅　发布时间：2018-01-26",
    ),
    {},
    ("吉林省国土资源厅", "department", "吉林省", None, None, 2017),
    P,
    published="2018-01-26",
)

# 21. Heilongjiang, a provincial commission 2016: 省卫计委 in the title, the full name in the 落款
P = old7(
    "2016年，我委认真贯彻落实《条例》，围绕医药卫生体制改革和计划生育服务推进政府信息公开工作。",
    2016,
    "我委",
    (428, 26),
    "存在的问题是办事指南公开不够详细。2017年，我委将细化办事指南。",
)
add(
    "a-hl-wsjsw-2016-short",
    text(
        ["省卫计委2016年政府信息公开工作年度报告"],
        P,
        ["黑龙江省卫生和计划生育委员会", "2017年3月24日"],
    ),
    {},
    ("黑龙江省卫生和计划生育委员会", "department", "黑龙江省", None, None, 2016),
    P,
    published="2017-03-24",
)

# 22. Heilongjiang, the same body renamed 2019: 省卫生健康委 in the title, the full name in the 落款
P = six(
    "2019年，我委在省委、省政府的领导下，围绕健康龙江建设推进卫生健康领域政务公开。",
    2019,
    "我委",
    (674, 31),
    "存在的主要问题是公开内容的可读性不够。2020年，我委将增加图解解读。",
)
add(
    "a-hl-wjw-2019-short",
    text(
        ["省卫生健康委2019年政府信息公开工作年度报告"],
        P,
        ["黑龙江省卫生健康委员会", "2020年1月21日"],
    ),
    {},
    ("黑龙江省卫生健康委员会", "department", "黑龙江省", None, None, 2019),
    P,
    published="2020-01-21",
)

# 23. Shaanxi, a provincial department 2009 (its old name): the body only in 本报告由…编制
P = old7(
    "2009年，我厅认真贯彻落实《条例》，围绕污染减排和环境执法推进政府信息公开工作。",
    2009,
    "我厅",
    (212, 7),
    "存在的问题是公开形式较为单一。2010年，我厅将拓展公开渠道。",
)
add(
    "a-sn-hbt-2009-bianzhi",
    text(
        ["2009年政府信息公开工作年度报告", "本报告由陕西省环境保护厅编制。"],
        P,
        ["二〇一〇年三月二十六日"],
    ),
    {},
    ("陕西省环境保护厅", "department", "陕西省", None, None, 2009),
    P,
    published="2010-03-26",
)

# 24. Shandong, a provincial department 2011 (before 卫计委): 省卫生厅 in the title, the full name in the 落款
P = old7(
    "2011年，我厅认真贯彻落实《条例》，围绕公立医院改革推进政府信息公开工作。",
    2011,
    "我厅",
    (246, 11),
    "存在的问题是医疗服务信息公开不够全面。2012年，我厅将公开医疗服务价格。",
)
add(
    "a-sd-wst-2011-short",
    text(["省卫生厅2011年政府信息公开工作年度报告"], P, ["山东省卫生厅", "2012年3月28日"]),
    {},
    ("山东省卫生厅", "department", "山东省", None, None, 2011),
    P,
    published="2012-03-28",
)

# 25. Liaoning, a provincial bureau 2013 (地税, merged in 2018): 我局, the name only in the contact line
P = old7(
    "2013年，我局认真贯彻落实《条例》，围绕税收政策宣传和纳税服务推进政府信息公开工作。",
    2013,
    "我局",
    (338, 5),
    "存在的问题是税收政策解读不够及时。2014年，我局将同步解读新出台的税收政策。",
)
add(
    "a-ln-ds-2013-contact",
    text(
        ["2013年政府信息公开工作年度报告"],
        P,
        ["联系单位：辽宁省地方税务局办公室，联系电话：024-23860000。", "2014年3月25日"],
    ),
    {},
    ("辽宁省地方税务局", "department", "辽宁省", None, None, 2013),
    P,
    published="2014-03-25",
)

# --- 委员会 names, second plaques, offices

# 26. Sichuan, a provincial commission 2020: 我委 only; the full name in the title
P = six(
    "2020年，我委在省委、省政府的领导下，围绕民族地区脱贫攻坚和宗教事务管理推进政务公开。",
    2020,
    "我委",
    (214, 3),
    "存在的主要问题是政策解读不够深入。2021年，我委将加强政策解读。",
)
add(
    "a-sc-mzw-2020",
    text(
        ["四川省民族宗教事务委员会2020年政府信息公开工作年度报告"],
        P,
        ["四川省民族宗教事务委员会", "2021年1月25日"],
    ),
    {},
    ("四川省民族宗教事务委员会", "department", "四川省", None, None, 2020),
    P,
    published="2021-01-25",
)

# 27. Guangxi, a regional commission 2023: 自治区民宗委 in the title, the full name in the 落款
P = six(
    "2023年，我委在自治区党委、政府的领导下，围绕铸牢中华民族共同体意识推进民族宗教领域政务公开。",
    2023,
    "我委",
    (236, 2),
    "存在的主要问题是基层民族工作信息公开不够。2024年，我委将指导市县公开。",
)
add(
    "a-gx-mzw-2023-short",
    text(
        ["自治区民宗委2023年政府信息公开工作年度报告"],
        P,
        ["广西壮族自治区民族宗教事务委员会", "2024年1月23日"],
    ),
    {},
    ("广西壮族自治区民族宗教事务委员会", "department", "广西壮族自治区", None, None, 2023),
    P,
    published="2024-01-23",
)

# 28. Yunnan, a provincial bureau 2021 with a second plaque in the 落款
P = six(
    "2021年，我局在省委、省政府的领导下，围绕林长制和生物多样性保护推进林草领域政务公开。",
    2021,
    "我局",
    (388, 8),
    "存在的主要问题是林草行政许可公开不够及时。2022年，我局将实时公开许可结果。",
)
add(
    "a-yn-lcj-2021-plaque",
    text(
        ["云南省林业和草原局2021年政府信息公开工作年度报告"],
        P,
        ["云南省林业和草原局（云南省林业局）", "2022年1月20日"],
    ),
    {},
    ("云南省林业和草原局", "department", "云南省", None, None, 2021),
    P,
    published="2022-01-20",
)

# 29. Shaanxi, a provincial bureau 2022: 省林草局 in the title; 我局; the full name only in the contact line
P = six(
    "2022年，我局在省委、省政府的领导下，围绕秦岭生态保护推进林草领域政务公开。",
    2022,
    "我局",
    (302, 4),
    "存在的主要问题是秦岭保护信息公开不够集中。2023年，我局将建设秦岭保护专栏。",
    other="联系单位：陕西省林业局办公室；联系电话：029-88000000。",
)
add(
    "a-sn-lyj-2022-contact",
    text(["省林业局2022年政府信息公开工作年度报告"], P, ["2023年1月16日"]),
    {},
    ("陕西省林业局", "department", "陕西省", None, None, 2022),
    P,
    published="2023-01-16",
)

# 30. Jiangxi, the provincial government's office 2023 on itself: 省政府办公厅 in the title, 本机关
P = six(
    "2023年，本机关在省委、省政府的领导下，围绕政务服务和督查工作推进本机关政务公开。",
    2023,
    "本机关",
    (264, 19),
    "存在的主要问题是本机关公开目录不够细。2024年，本机关将细化公开目录。",
)
add(
    "a-jx-bgt-2023-self",
    text(
        ["江西省人民政府办公厅2023年政府信息公开工作年度报告"],
        P,
        ["江西省人民政府办公厅", "2024年1月24日"],
    ),
    {},
    ("江西省人民政府办公厅", "department", "江西省", None, None, 2023),
    P,
    published="2024-01-24",
)

# 31. Hubei, the provincial government's office 2022 on the province's portal: 省政府办公厅 in the h1
P = six(
    "2022年，省政府办公厅在省委、省政府的领导下，围绕文电会务和政务督查推进本机关政务公开。",
    2022,
    "本机关",
    (246, 27),
    "存在的主要问题是本机关政策解读不够及时。2023年，本机关将同步发布政策解读。",
)
add(
    "a-hb-bgt-2022-portal-self",
    cms_page(
        "湖北省人民政府门户网站",
        [*blocks(P), "湖北省人民政府办公厅", "2023年1月29日"],
        site="湖北省人民政府",
        h1="省政府办公厅2022年政府信息公开工作年度报告",
        info="来源：湖北省人民政府办公厅　发布时间：2023-01-30",
    ),
    {},
    ("湖北省人民政府办公厅", "department", "湖北省", None, None, 2022),
    P,
    published="2023-01-30",
)

# --- zone committees

# 32. Hunan, a city-level zone committee 2022: 株洲高新区 in the title; 管委会; the full name in the 落款
P = six(
    "2022年，管委会在市委、市政府的领导下，围绕轨道交通装备产业推进政务公开。",
    2022,
    "管委会",
    (356, 2),
    "存在的主要问题是项目信息公开不够及时。2023年，管委会将按月公开项目进展。",
)
add(
    "a-hn-zhuzhou-gxq-2022",
    text(
        ["株洲高新区2022年政府信息公开工作年度报告"],
        P,
        ["株洲高新技术产业开发区管理委员会", "2023年1月18日"],
    ),
    {},
    ("株洲高新技术产业开发区管理委员会", "city", "湖南省", "株洲市", None, 2022),
    P,
    published="2023-01-18",
)

# 33. Anhui, a county-level zone committee 2022: 南陵经开区 in the title; 县委、县政府 in the text; the full name in the 落款
P = six(
    "2022年，管委会在县委、县政府的领导下，围绕新能源汽车零部件产业推进政务公开。",
    2022,
    "管委会",
    (168, 0),
    "存在的主要问题是企业服务信息公开不够。2023年，管委会将开设惠企政策专栏。",
)
add(
    "a-ah-nanling-jkq-2022",
    text(
        ["南陵经开区2022年政府信息公开工作年度报告"],
        P,
        ["南陵县经济开发区管理委员会", "2023年1月20日"],
    ),
    {},
    ("南陵县经济开发区管理委员会", "county", "安徽省", "芜湖市", "南陵县", 2022),
    P,
    published="2023-01-20",
)

# 34. Jiangsu, a county-level zone committee 2023, Word: the county's name in the full name only
P = six(
    "2023年，管委会在县委、县政府的领导下，围绕园区招商和营商环境推进政务公开。",
    2023,
    "管委会",
    (204, 1),
    "存在的主要问题是政策兑现信息公开不够及时。2024年，管委会将公开政策兑现结果。",
)
add(
    "a-js-shuyang-jkq-2023-word",
    word(
        "沭阳经济技术开发区管理委员会2023年政府信息公开工作年度报告",
        P,
        ("沭阳经济技术开发区管理委员会", "2024年1月19日"),
    ),
    {},
    ("沭阳经济技术开发区管理委员会", "county", "江苏省", "宿迁市", "沭阳县", 2023),
    P,
    published="2024-01-19",
)

# --- years from the statistics period

# 35. Ningxia, a regional department 2022: the title names the month of publication; the period gives the year
P = six(
    [
        "本报告统计期限为2022年1月1日至12月31日。",
        "本年度，我厅在自治区党委、政府的领导下，围绕交通基础设施建设推进政务公开。",
    ],
    2022,
    "我厅",
    (468, 9),
    "存在的主要问题是公路建设信息公开不够全面。2023年，我厅将公开公路建设项目进展。",
)
add(
    "a-nx-jtt-2022-pubmonth",
    text(
        ["宁夏回族自治区交通运输厅政府信息公开工作年度报告（2023年1月）"],
        P,
        ["宁夏回族自治区交通运输厅", "2023年1月28日"],
    ),
    {},
    ("宁夏回族自治区交通运输厅", "department", "宁夏回族自治区", None, None, 2022),
    P,
    published="2023-01-28",
)

# 36. Guizhou, a provincial bureau 2024, Word: a title without a year; 统计期限 gives it
P = six(
    [
        "本报告统计期限为2024年1月1日至2024年12月31日。",
        "本年度，我局在省委、省政府的领导下，围绕统计数据质量推进政务公开。",
    ],
    2024,
    "我局",
    (276, 3),
    "存在的主要问题是数据解读不够通俗。2025年，我局将推出数据可视化解读。",
)
add(
    "a-gz-tjj-2024-word-period",
    word("贵州省统计局政府信息公开工作年度报告", P, ("贵州省统计局", "2025年1月20日")),
    {},
    ("贵州省统计局", "department", "贵州省", None, None, 2024),
    P,
    published="2025-01-20",
)

# 37. Jilin, a provincial department 2021: a crawl-less text with no title; the period and 我厅; the name in 本报告由…编制
P = six(
    [
        "统计期限为2021年1月1日至2021年12月31日。",
        "本年度，我厅在省委、省政府的领导下，围绕黑土地保护推进农业农村领域政务公开。",
    ],
    2021,
    "我厅",
    (392, 6),
    "存在的主要问题是惠农政策解读不够通俗。2022年，我厅将以图解解读惠农政策。",
)
add(
    "a-jl-nyt-2021-period-bianzhi",
    text(["本报告由吉林省农业农村厅编制。"], P, ["2022年1月25日"]),
    {},
    ("吉林省农业农村厅", "department", "吉林省", None, None, 2021),
    P,
    published="2022-01-25",
)

# 38. Guizhou, a provincial commission 2024, Parquet: the 2025 publication; 本机关; the name in the overview only
P = six(
    "2024年，贵州省发展和改革委员会围绕西部大开发和项目审批推进发展改革领域政务公开，本机关全年召开专题会议2次。",
    2024,
    "本机关",
    (712, 28),
    "存在的主要问题是审批信息公开不够及时。2025年，本机关将实时公开审批结果。",
)
add(
    "a-gz-fgw-2024-parquet-overview",
    prow("2024年度报告", body([], P, ["2025年1月23日"]), date="2025-01-24"),
    {},
    ("贵州省发展和改革委员会", "department", "贵州省", None, None, 2024),
    P,
    published="2025-01-24",
)


# ============================ B. batch B ============================
# Written after batch A was scored and before its fixes were run on it; scored after A's fixes, before any fix of
# its own (the generalisation figure). New shapes: a 发布机构 column naming the body over a text of 我厅 only, the
# body named only in the 附件 caption of the statistics table, in 本报告电子版可在“X网站”下载 or in 如对本报告有疑问…
# 请与X联系; municipalities' 委员会 (北京市/上海市/天津市); renamed bodies of 2010–2017 (省人口计生委, 省食品药品监管局,
# 省经信委, 省新闻出版广电局); a county-level city's zone committee; a title ending with its publication date and the
# year only in 本报告中所列数据的统计期限自…起至…止; an Excel crawl table.

# 1. Guizhou, a provincial department 2021, CSV with 发布机构: a generic title; the text says 我厅 only
P = six(
    "2021年，我厅在省委、省政府的领导下，围绕水利工程建设和河湖管护推进水利领域政务公开。",
    2021,
    "我厅",
    (356, 8),
    "存在的主要问题是工程项目信息公开不够及时。2022年，我厅将按季度公开项目进展。",
)
add(
    "b-gz-slt-2021-csv-issuer-column",
    row11(
        "crawl-i.csv",
        "年度报告",
        body([], P, ["2022年1月19日"]),
        date="2022-01-20",
        issuer="贵州省水利厅",
    ),
    {},
    ("贵州省水利厅", "department", "贵州省", None, None, 2021),
    P,
    published="2022-01-20",
)

# 2. Hubei, a provincial department 2023: the name only in the 附件 caption of the statistics table
P = six(
    "2023年，我厅在省委、省政府的领导下，围绕外贸稳规模优结构推进商务领域政务公开。",
    2023,
    "我厅",
    (486, 11),
    "存在的主要问题是外贸政策解读不够及时。2024年，我厅将同步发布外贸政策解读。",
    other="附件：湖北省商务厅2023年政府信息公开工作情况统计表",
)
add(
    "b-hb-swt-2023-annex-caption",
    text(["2023年政府信息公开工作年度报告"], P, ["2024年1月24日"]),
    {},
    ("湖北省商务厅", "department", "湖北省", None, None, 2023),
    P,
    published="2024-01-24",
)

# 3. Henan, a provincial department 2012: the name only in 本报告电子版可在“…网站”下载
P = old7(
    "2012年，我厅认真贯彻落实《条例》，围绕高速公路建设和道路运输管理推进政府信息公开工作。",
    2012,
    "我厅",
    (304, 6),
    "存在的问题是公开内容更新不够及时。2013年，我厅将建立更新机制。",
)
add(
    "b-ha-jtt-2012-website-line",
    text(
        [
            "2012年度政府信息公开工作报告",
            LAW + "本报告电子版可在“河南省交通运输厅网站”（www.hnjt.gov.cn）下载。",
        ],
        P,
        ["二〇一三年三月二十二日"],
    ),
    {},
    ("河南省交通运输厅", "department", "河南省", None, None, 2012),
    P,
    published="2013-03-22",
)

# 4. Zhejiang, a provincial commission 2010 (before 卫计委): 省人口计生委 in the title; 如对本报告有疑问…请与…联系
P = old7(
    "2010年，我委认真贯彻落实《条例》，围绕人口和计划生育利益导向政策推进政府信息公开工作。",
    2010,
    "我委",
    (192, 3),
    "存在的问题是公开形式较为单一。2011年，我委将拓展公开渠道。",
)
add(
    "b-zj-rkjsw-2010-query-line",
    text(
        ["省人口计生委2010年政府信息公开工作年度报告"],
        P,
        [
            "如对本报告有疑问，请与浙江省人口和计划生育委员会办公室联系（电话：0571-87050000）。",
            "2011年3月25日",
        ],
    ),
    {},
    ("浙江省人口和计划生育委员会", "department", "浙江省", None, None, 2010),
    P,
    published="2011-03-25",
)

# 5. Sichuan, a provincial bureau 2015 (before 市场监管): 我局; the name only in the contact line
P = old7(
    "2015年，我局认真贯彻落实《条例》，围绕食品药品安全监管推进政府信息公开工作。",
    2015,
    "我局",
    (642, 21),
    "存在的问题是抽检信息公开不够及时。2016年，我局将按周公开抽检结果。",
)
add(
    "b-sc-sjj-2015-contact",
    text(
        ["2015年政府信息公开工作年度报告"],
        P,
        [
            "联系单位：四川省食品药品监督管理局办公室；地址：成都市青羊区；电话：028-86780000。",
            "2016年3月18日",
        ],
    ),
    {},
    ("四川省食品药品监督管理局", "department", "四川省", None, None, 2015),
    P,
    published="2016-03-18",
)

# 6. Zhejiang, a provincial commission 2017 (before 经济和信息化厅): 省经信委 in the title, the full name in the 落款
P = old7(
    "2017年，我委认真贯彻落实《条例》，围绕数字经济和制造业转型推进政府信息公开工作。",
    2017,
    "我委",
    (418, 7),
    "存在的问题是产业政策解读不够深入。2018年，我委将加强政策解读。",
)
add(
    "b-zj-jxw-2017-short",
    text(
        ["省经信委2017年政府信息公开工作年度报告"], P, ["浙江省经济和信息化委员会", "2018年3月26日"]
    ),
    {},
    ("浙江省经济和信息化委员会", "department", "浙江省", None, None, 2017),
    P,
    published="2018-03-26",
)

# 7. Shanxi, a provincial bureau 2014 (before its merger): 本报告由…编制 after the title, 本局
P = old7(
    "2014年，本局认真贯彻落实《条例》，围绕新闻出版和广播影视管理推进政府信息公开工作。",
    2014,
    "本局",
    (226, 2),
    "存在的问题是行政审批信息公开不够全面。2015年，本局将公开审批全过程。",
)
add(
    "b-sx-xwcbgdj-2014-bianzhi",
    text(
        ["政府信息公开工作年度报告（2014年度）", "本报告由山西省新闻出版广电局编制。"],
        P,
        ["2015年3月27日"],
    ),
    {},
    ("山西省新闻出版广电局", "department", "山西省", None, None, 2014),
    P,
    published="2015-03-27",
)

# 8. Beijing, a municipal commission 2022: 市卫生健康委 in the title; 我委; the full name in the 落款
P = six(
    "2022年，我委在市委、市政府的领导下，围绕疫情防控和医疗服务保障推进卫生健康领域政务公开。",
    2022,
    "我委",
    (1586, 264),
    "存在的主要问题是医疗机构信息公开不够统一。2023年，我委将规范医疗机构信息公开。",
)
add(
    "b-bj-wjw-2022-short",
    text(
        ["市卫生健康委2022年政府信息公开工作年度报告"], P, ["北京市卫生健康委员会", "2023年1月31日"]
    ),
    {},
    ("北京市卫生健康委员会", "department", "北京市", "北京市", None, 2022),
    P,
    published="2023-01-31",
)

# 9. Shanghai, a municipal commission 2020, JSONL: a generic title; 上海市教育委员会 once in the overview
P = six(
    "2020年，上海市教育委员会围绕教育综合改革和疫情期间线上教学推进教育领域政务公开，本机关全年召开专题会议3次。",
    2020,
    "本机关",
    (742, 96),
    "存在的主要问题是招生考试信息解读不够及时。2021年，本机关将同步发布招生政策解读。",
)
add(
    "b-sh-jw-2020-jsonl-overview",
    jrow("政府信息公开工作年度报告", body([], P, ["2021年1月28日"]), date="2021-01-29"),
    {},
    ("上海市教育委员会", "department", "上海市", "上海市", None, 2020),
    P,
    published="2021-01-29",
)

# 10. Tianjin, a municipal commission 2019: 我委; the full name only in the contact line
P = six(
    "2019年，我委在市委、市政府的领导下，围绕港口经济和重大项目推进发展改革领域政务公开。",
    2019,
    "我委",
    (582, 17),
    "存在的主要问题是项目审批信息公开不够及时。2020年，我委将实时公开审批结果。",
    other="联系单位：天津市发展和改革委员会办公室；电话：022-23140000。",
)
add(
    "b-tj-fgw-2019-contact",
    text(["2019年政府信息公开工作年度报告"], P, ["2020年1月21日"]),
    {},
    ("天津市发展和改革委员会", "department", "天津市", "天津市", None, 2019),
    P,
    published="2020-01-21",
)

# 11. Zhejiang, a county-level city's zone committee 2022: 义乌经开区 in the title, the full name in the 落款
P = six(
    "2022年，管委会在市委、市政府的领导下，围绕陆港建设和先进制造推进政务公开。",
    2022,
    "管委会",
    (238, 1),
    "存在的主要问题是项目信息公开不够及时。2023年，管委会将按月公开项目进展。",
)
add(
    "b-zj-yiwu-jkq-2022",
    text(
        ["义乌经开区2022年政府信息公开工作年度报告"],
        P,
        ["义乌经济技术开发区管理委员会", "2023年1月18日"],
    ),
    {},
    ("义乌经济技术开发区管理委员会", "county", "浙江省", "金华市", "义乌市", 2022),
    P,
    published="2023-01-18",
)

# 12. Hunan, a provincial department 2023: the title ends with its publication date; the year only in the period
P = six(
    [
        "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        "本年度，我厅在省委、省政府的领导下，围绕乡村振兴和农业产业化推进农业农村领域政务公开。",
    ],
    2023,
    "我厅",
    (524, 9),
    "存在的主要问题是惠农政策解读不够通俗。2024年，我厅将以图解解读惠农政策。",
)
add(
    "b-hn-nyt-2023-title-date",
    text(
        ["湖南省农业农村厅政府信息公开工作年度报告 2024-01-22"],
        P,
        ["湖南省农业农村厅", "2024年1月22日"],
    ),
    {},
    ("湖南省农业农村厅", "department", "湖南省", None, None, 2023),
    P,
    published="2024-01-22",
)

# 13. Hainan, a provincial department 2022, Excel crawl table: a generic title; the name in the 落款
P = six(
    "2022年，我厅在省委、省政府的领导下，围绕自由贸易港建设推进旅游文化领域政务公开。",
    2022,
    "我厅",
    (412, 6),
    "存在的主要问题是旅游市场监管信息公开不够及时。2023年，我厅将按月公开监管结果。",
)
add(
    "b-hi-lwt-2022-xlsx-generic",
    crawl(
        "crawl-x.xlsx",
        [
            ("标题", "信息公开年报"),
            ("发布日期", "2023-01-29"),
            ("链接", "http://www.example.gov.cn/x/30.html"),
            ("正文", body([], P, ["海南省旅游和文化广电体育厅", "2023年1月28日"])),
        ],
    ),
    {},
    ("海南省旅游和文化广电体育厅", "department", "海南省", None, None, 2022),
    P,
    published="2023-01-29",
)

# 14. Tibet, the regional government's office 2021 on itself: 本厅; the full name in the title and the 落款
P = six(
    "2021年，本厅在自治区党委、政府的领导下，围绕文电办理和政务督查推进本机关政务公开。",
    2021,
    "本厅",
    (196, 12),
    "存在的主要问题是双语公开不够全面。2022年，本厅将推进重要文件藏汉双语公开。",
)
add(
    "b-xz-bgt-2021-self",
    text(
        ["西藏自治区人民政府办公厅2021年政府信息公开工作年度报告"],
        P,
        ["西藏自治区人民政府办公厅", "2022年1月27日"],
    ),
    {},
    ("西藏自治区人民政府办公厅", "department", "西藏自治区", None, None, 2021),
    P,
    published="2022-01-27",
)


# ============================ C. batch C ============================
# Written after batch B's fixes and scored before any fix of its own, in new shapes: the body in brackets after the
# title (政府信息公开工作年度报告（湖南省司法厅）); a title holding both the report's year and its publication date;
# 省国资委 and 自治区住建厅 short titles; a preamble's 现将省退役军人事务厅…公布如下 (2024, published 2025); county
# bodies and governments of one-character counties (攸县, 泾县, 岚县, 沛县) named only in 本报告由…编制, a contact line, a
# 县人民政府办公室 signature or a crawl row's 落款; a CSV row with a timestamp date and a short title.

# 1. Hunan, a provincial department 2022: the body in brackets after the title
P = six(
    "2022年，我厅在省委、省政府的领导下，围绕法治政府建设和公共法律服务推进司法行政领域政务公开。",
    2022,
    "我厅",
    (338, 12),
    "存在的主要问题是行政执法信息公开不够全面。2023年，我厅将公开执法全过程。",
)
add(
    "c-hn-sft-2022-bracket-title",
    text(["政府信息公开工作年度报告（湖南省司法厅）"], P, ["2023年1月20日"]),
    {},
    ("湖南省司法厅", "department", "湖南省", None, None, 2022),
    P,
    published="2023-01-20",
)

# 2. Hubei, a provincial department 2022: the title holds the report's year and the publication date
P = six(
    "2022年，我厅在省委、省政府的领导下，围绕预算公开和财政资金直达推进财政领域政务公开。",
    2022,
    "我厅",
    (624, 19),
    "存在的主要问题是预决算公开的解读不够。2023年，我厅将同步发布预决算解读。",
)
add(
    "c-hb-czt-2022-title-two-dates",
    text(
        ["湖北省财政厅2022年度政府信息公开工作年度报告（2023年1月20日）"],
        P,
        ["湖北省财政厅", "2023年1月20日"],
    ),
    {},
    ("湖北省财政厅", "department", "湖北省", None, None, 2022),
    P,
    published="2023-01-20",
)

# 3. Jiangsu, a provincial commission 2021: 省国资委 in the title, the full name in the 落款
P = six(
    "2021年，我委在省委、省政府的领导下，围绕国企改革三年行动推进国资监管领域政务公开。",
    2021,
    "我委",
    (286, 3),
    "存在的主要问题是国企信息公开不够系统。2022年，我委将完善国企信息公开。",
)
add(
    "c-js-gzw-2021-short",
    text(
        ["省国资委2021年政府信息公开工作年度报告"],
        P,
        ["江苏省人民政府国有资产监督管理委员会", "2022年1月25日"],
    ),
    {},
    ("江苏省人民政府国有资产监督管理委员会", "department", "江苏省", None, None, 2021),
    P,
    published="2022-01-25",
)

# 4. Xinjiang, a regional department 2023: 自治区住建厅 in the title; 我厅; the full name in the 落款
P = six(
    "2023年，我厅在自治区党委、政府的领导下，围绕城市更新和保障性住房推进住房城乡建设领域政务公开。",
    2023,
    "我厅",
    (472, 8),
    "存在的主要问题是保障房分配信息公开不够及时。2024年，我厅将按月公开分配结果。",
)
add(
    "c-xj-zjt-2023-short",
    text(
        ["自治区住建厅2023年政府信息公开工作年度报告"],
        P,
        ["新疆维吾尔自治区住房和城乡建设厅", "2024年1月22日"],
    ),
    {},
    ("新疆维吾尔自治区住房和城乡建设厅", "department", "新疆维吾尔自治区", None, None, 2023),
    P,
    published="2024-01-22",
)

# 5. Shandong, a provincial department 2024 (published 2025): a preamble's 现将省退役军人事务厅…公布如下; the 落款 full
P = six(
    "2024年，我厅在省委、省政府的领导下，围绕退役军人就业创业和优抚政策推进政务公开。",
    2024,
    "我厅",
    (268, 14),
    "存在的主要问题是优抚政策解读不够通俗。2025年，我厅将推出优抚政策问答。",
)
add(
    "c-sd-tyjrt-2024-preamble",
    text(
        [LAW + "现将省退役军人事务厅2024年度政府信息公开工作年度报告公布如下。"],
        P,
        ["山东省退役军人事务厅", "2025年1月21日"],
    ),
    {},
    ("山东省退役军人事务厅", "department", "山东省", None, None, 2024),
    P,
    published="2025-01-21",
)

# 6. Hunan, a county bureau 2023 of a one-character county: the name only in 本报告由…编制
P = six(
    "2023年，我局在县委、县政府的领导下，围绕项目审批和价格监测推进发展改革领域政务公开。",
    2023,
    "我局",
    (184, 1),
    "存在的主要问题是项目信息公开不够及时。2024年，我局将按月公开项目进展。",
)
add(
    "c-hn-youxian-fgj-2023-bianzhi",
    text(
        ["2023年政府信息公开工作年度报告", "本报告由攸县发展和改革局编制。"], P, ["2024年1月17日"]
    ),
    {},
    ("攸县发展和改革局", "department", "湖南省", "株洲市", "攸县", 2023),
    P,
    published="2024-01-17",
)

# 7. Anhui, a county bureau 2022 of a one-character county: 我局; the name only in the contact line
P = six(
    "2022年，我局在县委、县政府的领导下，围绕义务教育均衡和体育惠民推进教育体育领域政务公开。",
    2022,
    "我局",
    (206, 3),
    "存在的主要问题是招生政策解读不够及时。2023年，我局将在招生前发布政策解读。",
    other="联系单位：泾县教育体育局办公室；电话：0563-5020000。",
)
add(
    "c-ah-jingxian-jtj-2022-contact",
    text(["2022年政府信息公开工作年度报告"], P, ["2023年1月16日"]),
    {},
    ("泾县教育体育局", "department", "安徽省", "宣城市", "泾县", 2022),
    P,
    published="2023-01-16",
)

# 8. Shanxi, a one-character county's government 2021: the county's report signed by its office
P = six(
    "2021年，全县各级行政机关认真贯彻《条例》，围绕乡村振兴和营商环境推进政务公开。",
    2021,
    "全县",
    (1486, 7),
    "存在的主要问题是乡镇公开水平不够均衡。2022年，县政府办公室将加强对乡镇的指导。",
)
add(
    "c-sx-lanxian-2021-office",
    text(["岚县2021年政府信息公开工作年度报告"], P, ["岚县人民政府办公室", "2022年1月26日"]),
    {},
    ("岚县人民政府", "county", "山西省", "吕梁市", "岚县", 2021),
    P,
    published="2022-01-26",
)

# 9. Jiangsu, a county bureau 2022, Parquet: a generic title; the name only in the 落款
P = six(
    "2022年，我局在县委、县政府的领导下，围绕安全生产专项整治推进应急管理领域政务公开。",
    2022,
    "我局",
    (158, 0),
    "存在的主要问题是执法信息公开不够全面。2023年，我局将公开执法检查结果。",
)
add(
    "c-js-peixian-yjj-2022-parquet",
    prow("年报", body([], P, ["沛县应急管理局", "2023年1月19日"]), date="2023-01-20"),
    {},
    ("沛县应急管理局", "department", "江苏省", "徐州市", "沛县", 2022),
    P,
    published="2023-01-20",
)

# 10. Fujian, a provincial department 2023, CSV: a short title; the date column a timestamp; the 落款 full
P = six(
    "2023年，我厅在省委、省政府的领导下，围绕法治福建建设推进司法行政领域政务公开。",
    2023,
    "我厅",
    (312, 9),
    "存在的主要问题是公共法律服务信息公开不够集中。2024年，我厅将建设公共法律服务专栏。",
)
add(
    "c-fj-sft-2023-csv-timestamp",
    row(
        "crawl-a.csv",
        "省司法厅2023年政府信息公开工作年度报告",
        body([], P, ["福建省司法厅", "2024年1月18日"]),
        date="2024-01-19 09:30:00",
    ),
    {},
    ("福建省司法厅", "department", "福建省", None, None, 2023),
    P,
    published="2024-01-19",
)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES30, out)


if __name__ == "__main__":
    write()
