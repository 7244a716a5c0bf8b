"""Test utility: the thirty-second held-out probe set ``tests/cases/probes32`` (issue 10 item 1: issuer, level,
places and year on unseen reports), written and labelled by hand before its writer read textmine's metadata code or
ran textmine on it, in shapes probes18–30 hold least:

- bodies whose names contain another body's name (市人民政府办公室 and 市人民政府国有资产监督管理委员会 beside
  市人民政府; 县人民政府新闻办公室 beside 县委宣传部; 区政务服务数据管理局 beside 区人民政府);
- towns, 乡 and streets whose report the 党委/党工委 and the 人民政府/办事处 sign together;
- village and community reports (村民委员会, 社区居民委员会);
- public institutions (a hospital, a school, a water company) and a 住房公积金中心;
- 2009–2012 reports whose year is written only in Chinese numerals, or only as 上年度 beside the signature's date;
- development zones whose title and issuer line are in English beside Chinese;
- titles naming the year of publication beside the report's year (2024年发布 … 2023年度);
- portal pages with breadcrumbs ending in the body and 索引号/发布机构 boxes naming the portal's owner;
- bodies of the 兵团, 林区, 矿区 (a district's name) and 自治州 departments named by the prefecture's short form.

Conventions are those of the earlier sets (``tests/probe_hand28.py``): the issuer is the fullest name the report
writes; a government's report signed by its office is the government's, while the office's own report is the
office's (``department``); a town, 乡 or street is ``township`` with its county or district; a public institution
or a village/community committee is ``other`` with the places the report determines (as probes12 has the
institutions); a 住房公积金中心 is ``department`` (probes12); a zone's committee of a city is ``city`` (probes30); a
兵团 division's body carries the Corps' name (probes21); a body of 神农架林区 has no city (probes28); a 自治州's body
is ``department`` with the prefecture as its city, named in full. A 发布机构 box naming the portal's owner does not
override the body the report names. ``published`` is the date under the signature (or the page's, which agrees),
``template`` ``None``.

Batch A (36) was written and labelled on main's code at 8993552 and scored before any fix (figures in bench/README.md).
Batch B (9) was written after batch A's fixes (its writer had then read the metadata code) and scored before any fix of
its own, in new shapes: a party organ with the government's plaque in brackets (中共沂水县委宣传部（沂水县人民政府新闻办公室）),
a community of a district several cities share named with its city in the 落款, a village in a crawl row, 二〇一〇年度 in
a title over digits in the body, 上一年度 with a digit signature date, a county-level city's 人民医院, an English title
line before the Chinese one, a street whose title names its 党工委 and 办事处, and an h1 with 2025年1月发布 beside a
发布机构 box naming another body. Batch C (6) was written after B was scored and scored before any fix of its own:
a regiment and a 林区 town co-signed with their Party committees, a town's 党委 on one line with its government, a
village under a town's 发布机构 box, a community signing with 居委会, a title with its publication date in brackets.
No label was corrected.

``python -m tests.probe_hand32`` rewrites ``tests/cases/probes32/``.

Example:
    >>> text, header, want = PROBES32["a-zj-huzhou-bgs-2023-own"]
    >>> want["issuer"], want["admin_level"]
    ('湖州市人民政府办公室', 'department')
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.probe_hand10 import Part, blocks, cms_page, lines, text
from tests.probe_hand11 import six
from tests.probe_hand12 import public
from tests.probe_hand18 import body, old7, row
from tests.probe_hand24 import word
from tests.probe_sets import LAW, Pdf, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes32"

PROBES32: dict[str, Probe] = {}

DIGITS = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))


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
    """Register a probe; expected kinds and titles are the parts'."""
    issuer, level, province, city, county, year = meta
    register(
        PROBES32,
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
    PROBES32[pid][2]["published"] = published
    PROBES32[pid][2]["template"] = None


def cn(ps: list[Part]) -> list[Part]:
    """Parts whose paragraphs write every year in Chinese numerals (2009年 → 二〇〇九年).

    >>> cn([("一、概述", "overview", ["2009年，市政府推进公开。"], "概述")])[0][2]
    ['二〇〇九年，市政府推进公开。']
    """

    def year(s: str) -> str:
        return re.sub(r"(20\d\d)年", lambda m: "".join(DIGITS[d] for d in m.group(1)) + "年", s)

    return [(h, k, [year(p) for p in paras], t) for h, k, paras, t in ps]


def page(
    h1: str, ps: list[Part], *, crumbs: str, info: str, site: str, tail: tuple[str, ...] = ()
) -> str:
    """A portal page: breadcrumbs, the report's h1, an info box (索引号/发布机构/发布时间), the parts, the tail."""
    return cms_page(
        f"{h1}-{site}", [*blocks(ps), *tail], site=site, h1=h1, info=info, crumbs=crumbs
    )


# ============================ A. batch A ============================

# --- bodies whose names contain another body's name

# 1. Zhejiang, a city government's office 2023 reporting for itself (本办)
P = six(
    "2023年，本办在市委、市政府的领导下，围绕市政府文件公开和政策解读推进政务公开，指导全市政务公开工作。",
    2023,
    "本办",
    (642, 12),
    "存在的主要问题是政策解读的针对性不强。2024年，本办将加强对市政府文件的解读。",
)
add(
    "a-zj-huzhou-bgs-2023-own",
    text(
        ["湖州市人民政府办公室2023年政府信息公开工作年度报告"],
        P,
        ["湖州市人民政府办公室", "2024年1月22日"],
    ),
    {},
    ("湖州市人民政府办公室", "department", "浙江省", "湖州市", None, 2023),
    P,
    published="2024-01-22",
)

# 2. Shandong, the city's government 2022 signed by its office (the government's report)
P = six(
    "2022年，潍坊市人民政府认真贯彻《条例》，围绕优化营商环境和重大项目建设推进政务公开。",
    2022,
    "市政府",
    (3864, 96),
    "存在的主要问题是基层公开标准化水平不均衡。2023年，市政府将加强对县市区的指导。",
)
add(
    "a-sd-weifang-2022-signed-office",
    text(
        ["潍坊市人民政府2022年政府信息公开工作年度报告"],
        P,
        ["潍坊市人民政府办公室", "2023年1月30日"],
    ),
    {},
    ("潍坊市人民政府", "city", "山东省", "潍坊市", None, 2022),
    P,
    published="2023-01-30",
)

# 3. Hubei, a city's 国资委 whose name holds 武汉市人民政府
P = six(
    "2022年，我委在市委、市政府的领导下，围绕国有企业改革和国有资产监管推进政务公开。",
    2022,
    "我委",
    (236, 3),
    "存在的主要问题是国有企业信息公开不够全面。2023年，我委将督促市属企业公开经营信息。",
)
add(
    "a-hb-wuhan-gzw-2022",
    text(
        ["武汉市人民政府国有资产监督管理委员会2022年政府信息公开工作年度报告"],
        P,
        ["武汉市人民政府国有资产监督管理委员会", "2023年1月16日"],
    ),
    {},
    ("武汉市人民政府国有资产监督管理委员会", "department", "湖北省", "武汉市", None, 2022),
    P,
    published="2023-01-16",
)

# 4. Sichuan, a city's 金融工作办公室 of 2017 whose name holds 成都市人民政府; old seven parts
P = old7(
    "2017年，我办认真贯彻落实《条例》，围绕金融服务实体经济和防范金融风险推进政府信息公开。",
    2017,
    "我办",
    (184, 2),
    "存在的问题是金融政策解读不够。2018年，我办将加强政策解读。",
)
add(
    "a-sc-chengdu-jrb-2017",
    text(
        ["成都市人民政府金融工作办公室2017年政府信息公开工作年度报告"],
        P,
        ["成都市人民政府金融工作办公室", "2018年3月20日"],
    ),
    {},
    ("成都市人民政府金融工作办公室", "department", "四川省", "成都市", None, 2017),
    P,
    published="2018-03-20",
)

# 5. Jiangxi, a county government's 新闻办 2023 that shares its staff with the 县委宣传部
P = six(
    "2023年，县委宣传部（县人民政府新闻办公室）在县委、县政府的领导下，围绕新闻发布和政策解读推进政务公开。",
    2023,
    "我办",
    (96, 1),
    "存在的主要问题是新闻发布会频次不高。2024年，我办将按季度举办新闻发布会。",
)
add(
    "a-jx-yudu-xwb-2023",
    text(
        ["于都县人民政府新闻办公室2023年政府信息公开工作年度报告"],
        P,
        ["于都县人民政府新闻办公室", "2024年1月19日"],
    ),
    {},
    ("于都县人民政府新闻办公室", "department", "江西省", "赣州市", "于都县", 2023),
    P,
    published="2024-01-19",
)

# 6. Guangdong, a district's 政务服务数据管理局 2023: 区人民政府 written throughout the overview
P = six(
    "2023年，我局在区委、区人民政府的领导下，承担区人民政府政务公开办公室的日常工作，围绕“一网通办”推进政务公开。",
    2023,
    "我局",
    (318, 6),
    "存在的主要问题是数据开放目录更新不够及时。2024年，我局将按月更新数据开放目录。",
)
add(
    "a-gd-tianhe-zsj-2023",
    text(
        ["广州市天河区政务服务数据管理局2023年政府信息公开工作年度报告"],
        P,
        ["广州市天河区政务服务数据管理局", "2024年1月25日"],
    ),
    {},
    ("广州市天河区政务服务数据管理局", "department", "广东省", "广州市", "天河区", 2023),
    P,
    published="2024-01-25",
)

# 7. Jilin, a prefecture's government office 2021 reporting for itself; the prefecture in full
P = six(
    "2021年，州政府办公室在州委、州政府的领导下，围绕州政府文件公开和双语公开推进政务公开。",
    2021,
    "州政府办公室",
    (512, 8),
    "存在的主要问题是双语公开不够全面。2022年，州政府办公室将扩大朝汉双语公开范围。",
)
add(
    "a-jl-yanbian-bgs-2021-own",
    text(
        ["延边朝鲜族自治州人民政府办公室2021年政府信息公开工作年度报告"],
        P,
        ["延边朝鲜族自治州人民政府办公室", "2022年1月27日"],
    ),
    {},
    ("延边朝鲜族自治州人民政府办公室", "department", "吉林省", "延边朝鲜族自治州", None, 2021),
    P,
    published="2022-01-27",
)

# --- towns, 乡 and streets signed by the Party committee and the government together

# 8. Jiangsu, a town 2022: the 落款 names 中共…镇委员会 over the town's government
P = six(
    "2022年，我镇在镇党委的领导下，围绕古镇保护和文旅融合推进基层政务公开。",
    2022,
    "我镇",
    (214, 2),
    "存在的主要问题是村级公开栏更新不够及时。2023年，我镇将按月更新村级公开栏。",
)
add(
    "a-js-zhouzhuang-2022-cosigned",
    text(
        ["周庄镇2022年政府信息公开工作年度报告"],
        P,
        ["中共昆山市周庄镇委员会", "昆山市周庄镇人民政府", "2023年1月18日"],
    ),
    {},
    ("昆山市周庄镇人民政府", "township", "江苏省", "苏州市", "昆山市", 2022),
    P,
    published="2023-01-18",
)

# 9. Hunan, a 民族乡 2023: the Party committee and the government sign on one line
P = six(
    "2023年，我乡在县委、县政府的领导下，围绕瑶族文化传承和乡村振兴推进基层政务公开。",
    2023,
    "我乡",
    (124, 0),
    "存在的主要问题是公开内容不够丰富。2024年，我乡将增加惠民政策公开。",
)
add(
    "a-hn-wenming-2023-one-line",
    text(
        ["文明瑶族乡2023年政府信息公开工作年度报告"],
        P,
        ["中共汝城县文明瑶族乡委员会　汝城县文明瑶族乡人民政府", "2024年1月15日"],
    ),
    {},
    ("汝城县文明瑶族乡人民政府", "township", "湖南省", "郴州市", "汝城县", 2023),
    P,
    published="2024-01-15",
)

# 10. Guangxi, a town 2023 whose title begins with the Party committee
P = six(
    "2023年，我镇在县委、县政府的领导下，围绕漓江保护和乡村旅游推进基层政务公开。",
    2023,
    "我镇",
    (168, 1),
    "存在的主要问题是旅游信息公开不够及时。2024年，我镇将及时发布旅游服务信息。",
)
add(
    "a-gx-xingping-2023-title-cosigned",
    text(
        ["中共兴坪镇委员会　兴坪镇人民政府2023年政府信息公开工作年度报告"],
        P,
        ["阳朔县兴坪镇人民政府", "2024年1月17日"],
    ),
    {},
    ("阳朔县兴坪镇人民政府", "township", "广西壮族自治区", "桂林市", "阳朔县", 2023),
    P,
    published="2024-01-17",
)

# 11. Shanghai, a street 2022: 党工委 and 办事处 sign together
P = six(
    "2022年，我街道在区委、区政府的领导下，围绕历史风貌保护和社区治理推进基层政务公开。",
    2022,
    "我街道",
    (186, 2),
    "存在的主要问题是居民区公开栏内容较少。2023年，我街道将丰富居民区公开内容。",
)
add(
    "a-sh-waitan-2022-dgw",
    text(
        ["外滩街道2022年政府信息公开工作年度报告"],
        P,
        ["中共上海市黄浦区外滩街道工作委员会", "上海市黄浦区外滩街道办事处", "2023年1月20日"],
    ),
    {},
    ("上海市黄浦区外滩街道办事处", "township", "上海市", "上海市", "黄浦区", 2022),
    P,
    published="2023-01-20",
)

# 12. Beijing, a street 2021 crawl row: the 落款 names the 党工委 first, then the office
P = six(
    "2021年，望京街道在区委、区政府的领导下，围绕国际化社区建设和接诉即办推进基层政务公开。",
    2021,
    "我街道",
    (232, 4),
    "存在的主要问题是外文信息公开不足。2022年，我街道将增加中英文双语服务信息。",
)
add(
    "a-bj-wangjing-2021-row-dgw",
    row(
        "crawl-a.csv",
        "望京街道2021年政府信息公开工作年度报告",
        body(
            [],
            P,
            [
                "中共北京市朝阳区委望京街道工作委员会",
                "北京市朝阳区人民政府望京街道办事处",
                "2022年1月21日",
            ],
        ),
        date="2022-01-21",
    ),
    {},
    ("北京市朝阳区人民政府望京街道办事处", "township", "北京市", "北京市", "朝阳区", 2021),
    P,
    published="2022-01-21",
)

# --- village and community reports

# 13. Zhejiang, a community committee 2023: the 落款 names the city, district and street
P = public(
    "翠苑一区社区",
    2023,
    "本社区",
    "社区事务",
    "存在的主要问题是线上公开渠道较少。2024年，本社区将通过公众号同步公开。",
)
add(
    "a-zj-cuiyuan-sq-2023",
    text(
        ["翠苑一区社区2023年度信息公开工作报告"],
        P,
        ["杭州市西湖区翠苑街道翠苑一区社区居民委员会", "2024年1月10日"],
    ),
    {},
    ("杭州市西湖区翠苑街道翠苑一区社区居民委员会", "other", "浙江省", "杭州市", "西湖区", 2023),
    P,
    published="2024-01-10",
)

# 14. Anhui, a village committee 2022
P = public(
    "小岗村",
    2022,
    "本村",
    "村务",
    "存在的主要问题是村级财务公开不够细。2023年，本村将按月公开村级财务明细。",
)
add(
    "a-ah-xiaogang-cun-2022",
    text(["小岗村2022年度信息公开工作报告"], P, ["凤阳县小溪河镇小岗村村民委员会", "2023年1月9日"]),
    {},
    ("凤阳县小溪河镇小岗村村民委员会", "other", "安徽省", "滁州市", "凤阳县", 2022),
    P,
    published="2023-01-09",
)

# --- public institutions

# 15. Hebei, a city hospital 2023
P = public(
    "石家庄市第一医院",
    2023,
    "我院",
    "医疗服务",
    "存在的主要问题是价格信息公开不够直观。2024年，我院将在门诊大厅设置价格查询屏。",
)
add(
    "a-he-sjz-yiyuan-2023",
    text(["石家庄市第一医院2023年信息公开工作年度报告"], P, ["石家庄市第一医院", "2024年1月26日"]),
    {},
    ("石家庄市第一医院", "other", "河北省", "石家庄市", None, 2023),
    P,
    published="2024-01-26",
)

# 16. Shaanxi, a school 2024
P = public(
    "西安市第一中学",
    2024,
    "我校",
    "教育教学",
    "存在的主要问题是招生信息发布渠道单一。2025年，我校将通过公众号同步发布。",
)
add(
    "a-sn-xian-yizhong-2024",
    text(["西安市第一中学2024年信息公开工作年度报告"], P, ["西安市第一中学", "2025年1月14日"]),
    {},
    ("西安市第一中学", "other", "陕西省", "西安市", None, 2024),
    P,
    published="2025-01-14",
)

# 17. Gansu, a water company 2023 in a Word file
P = public(
    "兰州威立雅水务（集团）有限责任公司",
    2023,
    "我公司",
    "供水服务",
    "存在的主要问题是停水信息发布不够及时。2024年，我公司将提前24小时发布计划停水信息。",
)
add(
    "a-gs-lanzhou-water-2023-word",
    word(
        "兰州威立雅水务（集团）有限责任公司2023年信息公开工作年度报告",
        P,
        ("兰州威立雅水务（集团）有限责任公司", "2024年1月29日"),
    ),
    {},
    ("兰州威立雅水务（集团）有限责任公司", "other", "甘肃省", "兰州市", None, 2023),
    P,
    published="2024-01-29",
)

# 18. Fujian, a 住房公积金中心 2022
P = six(
    "2022年，我中心在市委、市政府的领导下，围绕住房公积金缴存和提取服务推进政务公开。",
    2022,
    "我中心",
    (276, 5),
    "存在的主要问题是政策解读形式单一。2023年，我中心将推出图解和短视频解读。",
)
add(
    "a-fj-xiamen-gjj-2022",
    text(
        ["厦门市住房公积金中心2022年政府信息公开工作年度报告"],
        P,
        ["厦门市住房公积金中心", "2023年1月20日"],
    ),
    {},
    ("厦门市住房公积金中心", "department", "福建省", "厦门市", None, 2022),
    P,
    published="2023-01-20",
)

# --- 2009-2012: years in Chinese numerals, or 上年度

# 19. Jilin, a city 2009: the title and every paragraph write the year in Chinese numerals
P = cn(
    old7(
        "2009年，市政府认真贯彻落实《条例》，围绕老工业基地振兴推进政府信息公开。",
        2009,
        "市政府",
        (2146, 14),
        "存在的问题是公开工作发展不够平衡。2010年，市政府将加强督促检查。",
    )
)
add(
    "a-jl-siping-2009-cn",
    text(
        ["四平市人民政府二〇〇九年政府信息公开工作年度报告"],
        P,
        ["四平市人民政府", "二〇一〇年三月三十日"],
    ),
    {},
    ("四平市人民政府", "city", "吉林省", "四平市", None, 2009),
    P,
    published="2010-03-30",
)

# 20. Shanxi, a city bureau 2010: the year written only as 上年度, beside the 2011 signature date
P = old7(
    "上年度，我局认真贯彻落实《条例》，围绕财政预算公开推进政府信息公开。",
    2010,
    "我局",
    (186, 2),
    "存在的问题是预算公开不够细化。今年，我局将细化部门预算公开。",
)
P = [(h, k, [p.replace("2010年", "上年度") for p in paras], t) for h, k, paras, t in P]
add(
    "a-sx-datong-czj-2010-shangniandu",
    text(
        ["大同市财政局政府信息公开工作年度报告", "现将我局上年度政府信息公开工作情况报告如下。"],
        P,
        ["大同市财政局", "二〇一一年三月二十八日"],
    ),
    {},
    ("大同市财政局", "department", "山西省", "大同市", None, 2010),
    P,
    published="2011-03-28",
)

# 21. Guizhou, a city 2011 in a PDF: 二〇一一年度 in the title
P = cn(
    old7(
        "2011年，市政府认真贯彻落实《条例》，围绕工业强市和城镇化推进政府信息公开。",
        2011,
        "市政府",
        (1864, 9),
        "存在的问题是部门公开进度不够平衡。2012年，市政府将加强考核。",
    )
)
add(
    "a-gz-liupanshui-2011-pdf-cn",
    Pdf(
        ("六盘水市人民政府", "二〇一一年度政府信息公开工作年度报告"),
        tuple(lines([], P, ["六盘水市人民政府", "二〇一二年三月二十六日"])),
    ),
    {},
    ("六盘水市人民政府", "city", "贵州省", "六盘水市", None, 2011),
    P,
    published="2012-03-26",
)

# 22. Heilongjiang, a county 2012: 《…年政府信息公开工作报告》 with the year in numerals only in the title
P = cn(
    old7(
        "2012年，县政府认真贯彻落实《条例》，围绕现代农业和生态保护推进政府信息公开。",
        2012,
        "县政府",
        (1246, 6),
        "存在的问题是公开形式不够丰富。2013年，县政府将拓展公开渠道。",
    )
)
add(
    "a-hl-huma-2012-cn",
    text(
        ["呼玛县人民政府二〇一二年政府信息公开工作报告"],
        P,
        ["呼玛县人民政府", "二〇一三年三月二十二日"],
    ),
    {},
    ("呼玛县人民政府", "county", "黑龙江省", "大兴安岭地区", "呼玛县", 2012),
    P,
    published="2013-03-22",
)

# --- English issuer lines beside Chinese

# 23. Jiangsu, an industrial park 2023: bilingual title and issuer line
P = six(
    "2023年，园区管委会围绕营商环境和外资服务推进政务公开，为投资者提供中英文政策信息。",
    2023,
    "园区",
    (1286, 24),
    "存在的主要问题是外文信息更新不够及时。2024年，园区将同步发布重要政策的英文版本。",
)
add(
    "a-js-sip-2023-english",
    text(
        [
            "苏州工业园区2023年政府信息公开工作年度报告",
            "Annual Report on Government Information Disclosure of Suzhou Industrial Park, 2023",
            "发布单位 Issuer：苏州工业园区管理委员会 Suzhou Industrial Park Administrative Committee",
        ],
        P,
        [
            "苏州工业园区管理委员会",
            "Suzhou Industrial Park Administrative Committee",
            "2024年1月24日",
        ],
    ),
    {},
    ("苏州工业园区管理委员会", "city", "江苏省", "苏州市", None, 2023),
    P,
    published="2024-01-24",
)

# 24. Fujian, a high-tech zone 2022: the English name first on the issuer line
P = six(
    "2022年，我委围绕高新技术产业和对外开放推进政务公开，面向境外投资者发布双语政策指南。",
    2022,
    "我委",
    (468, 3),
    "存在的主要问题是双语政策解读不足。2023年，我委将扩大双语解读范围。",
)
add(
    "a-fj-xiamen-torch-2022-english",
    text(
        [
            "厦门火炬高技术产业开发区管理委员会2022年政府信息公开工作年度报告",
            "Issuer: Xiamen Torch Hi-tech Industrial Development Zone Administrative Committee"
            "（厦门火炬高技术产业开发区管理委员会）",
        ],
        P,
        ["厦门火炬高技术产业开发区管理委员会", "2023年1月31日"],
    ),
    {},
    ("厦门火炬高技术产业开发区管理委员会", "city", "福建省", "厦门市", None, 2022),
    P,
    published="2023-01-31",
)

# --- titles naming the year of publication

# 25. Chongqing, a district 2023: （2024年发布）in the title
P = six(
    "2023年，九龙坡区人民政府在区委的领导下，围绕城市更新和营商环境推进政务公开。",
    2023,
    "区政府",
    (2368, 46),
    "存在的主要问题是镇街公开质量不够均衡。2024年，区政府将加强镇街培训。",
)
add(
    "a-cq-jiulongpo-2023-fabu",
    text(
        ["重庆市九龙坡区人民政府2023年度政府信息公开工作年度报告（2024年发布）"],
        P,
        ["重庆市九龙坡区人民政府", "2024年1月30日"],
    ),
    {},
    ("重庆市九龙坡区人民政府", "district", "重庆市", "重庆市", "九龙坡区", 2023),
    P,
    published="2024-01-30",
)

# 26. Hebei, a city bureau 2024: the publication year first, the report's year in brackets
P = six(
    "2024年，我局在市委、市政府的领导下，围绕大气污染防治和环评审批推进生态环境领域政务公开。",
    2024,
    "我局",
    (624, 11),
    "存在的主要问题是环境信息公开的解读不够。2025年，我局将同步发布环境质量解读。",
)
add(
    "a-he-handan-sthj-2024-pubyear-first",
    text(
        ["邯郸市生态环境局2025年发布政府信息公开工作年度报告（2024年度）"],
        P,
        ["邯郸市生态环境局", "2025年1月20日"],
    ),
    {},
    ("邯郸市生态环境局", "department", "河北省", "邯郸市", None, 2024),
    P,
    published="2025-01-20",
)

# 27. Henan, a city 2022 crawl row: 2023年发布的2022年度报告
P = six(
    "2022年，市政府围绕黄河流域生态保护和高质量发展推进政务公开。",
    2022,
    "市政府",
    (2864, 38),
    "存在的主要问题是政务新媒体互动不足。2023年，市政府将加强政务新媒体管理。",
)
add(
    "a-ha-sanmenxia-2022-row-fabu",
    row(
        "crawl-a.csv",
        "三门峡市人民政府2023年发布的2022年度政府信息公开工作年度报告",
        body([], P, ["三门峡市人民政府", "2023年1月28日"]),
        date="2023-01-28",
    ),
    {},
    ("三门峡市人民政府", "city", "河南省", "三门峡市", None, 2022),
    P,
    published="2023-01-28",
)

# --- breadcrumbs and 发布机构 boxes naming the portal's owner

# 28. Anhui, a county bureau on the county's portal: the box names the county's government
P = six(
    "2023年，我局在县委、县政府的领导下，围绕预算公开和惠民惠农补贴推进财政领域政务公开。",
    2023,
    "我局",
    (286, 2),
    "存在的主要问题是补贴资金公开不够及时。2024年，我局将按季度公开补贴发放情况。",
)
add(
    "a-ah-huoqiu-czj-2023-box",
    page(
        "霍邱县财政局2023年政府信息公开工作年度报告",
        P,
        crumbs="首页 > 政务公开 > 政府信息公开年报 > 县财政局",
        info="索引号：11341522003140386Q/202401-00012　发布机构：霍邱县人民政府　发布时间：2024-01-19",
        site="霍邱县人民政府",
        tail=("霍邱县财政局", "2024年1月19日"),
    ),
    {},
    ("霍邱县财政局", "department", "安徽省", "六安市", "霍邱县", 2023),
    P,
    published="2024-01-19",
)

# 29. Shandong, a city bureau on the city's portal: a generic h1, the box names the government's office
P = six(
    "2022年，市审计局在市委、市政府的领导下，围绕审计结果公告和整改情况推进审计领域政务公开。",
    2022,
    "我局",
    (146, 1),
    "存在的主要问题是审计整改信息公开不够全面。2023年，我局将公开整改结果。",
)
add(
    "a-sd-jining-sjj-2022-box",
    page(
        "2022年政府信息公开工作年度报告",
        P,
        crumbs="首页 > 政务公开 > 部门信息公开 > 市审计局 > 年度报告",
        info="索引号：113708000043xxxx/2023-00007　发布机构：济宁市人民政府办公室　发布时间：2023-01-17",
        site="济宁市人民政府",
        tail=("济宁市审计局", "2023年1月17日"),
    ),
    {},
    ("济宁市审计局", "department", "山东省", "济宁市", None, 2022),
    P,
    published="2023-01-17",
)

# 30. Henan, a 乡 on the county's portal: breadcrumbs end with the 乡; the box names the county's office
P = six(
    "2021年，我乡在县委、县政府的领导下，围绕乡村振兴和人居环境整治推进基层政务公开。",
    2021,
    "我乡",
    (98, 0),
    "存在的主要问题是村务公开不够规范。2022年，我乡将统一村务公开栏格式。",
)
add(
    "a-ha-luyi-chengjiao-2021-box",
    page(
        "城郊乡2021年政府信息公开工作年度报告",
        P,
        crumbs="首页 > 政务公开 > 政府信息公开年报 > 乡镇 > 城郊乡",
        info="索引号：LY-2022-000031　发布机构：鹿邑县人民政府办公室　发布时间：2022-01-24",
        site="鹿邑县人民政府",
        tail=("鹿邑县城郊乡人民政府", "2022年1月24日"),
    ),
    {},
    ("鹿邑县城郊乡人民政府", "township", "河南省", "周口市", "鹿邑县", 2021),
    P,
    published="2022-01-24",
)

# --- 兵团, 林区, 矿区, 自治州 departments

# 31. 兵团, a 师市's bureau 2023: 第十三师新星市 in the title and the 落款
P = six(
    "2023年，我局在师市党委的领导下，围绕义务教育和职业教育推进教育领域政务公开。",
    2023,
    "我局",
    (164, 1),
    "存在的主要问题是团场学校公开不够均衡。2024年，我局将加强对团场学校的指导。",
)
add(
    "a-bt-13shi-jyj-2023",
    text(
        ["第十三师新星市教育局2023年政府信息公开工作年度报告"],
        P,
        ["第十三师新星市教育局", "2024年1月23日"],
    ),
    {},
    (
        "新疆生产建设兵团第十三师新星市教育局",
        "department",
        "新疆维吾尔自治区",
        "新疆生产建设兵团第十三师",
        None,
        2023,
    ),
    P,
    published="2024-01-23",
)

# 32. Hubei, a 林区 bureau 2022
P = six(
    "2022年，我局在林区党委、林区政府的领导下，围绕生态旅游和文化遗产保护推进文旅领域政务公开。",
    2022,
    "我局",
    (212, 1),
    "存在的主要问题是旅游服务信息更新不够及时。2023年，我局将建立旅游信息动态更新机制。",
)
add(
    "a-hb-shennongjia-wlj-2022",
    text(
        ["神农架林区文化和旅游局2022年政府信息公开工作年度报告"],
        P,
        ["神农架林区文化和旅游局", "2023年1月13日"],
    ),
    {},
    ("神农架林区文化和旅游局", "department", "湖北省", None, "神农架林区", 2022),
    P,
    published="2023-01-13",
)

# 33. Shanxi, the district named 矿区 of 阳泉 2020
P = six(
    "2020年，矿区人民政府在区委的领导下，围绕资源型地区转型和老旧小区改造推进政务公开。",
    2020,
    "区政府",
    (1128, 8),
    "存在的主要问题是街道公开工作基础薄弱。2021年，区政府将加强街道政务公开培训。",
)
add(
    "a-sx-yangquan-kuangqu-2020",
    text(
        ["阳泉市矿区人民政府2020年政府信息公开工作年度报告"],
        P,
        ["阳泉市矿区人民政府", "2021年1月28日"],
    ),
    {},
    ("阳泉市矿区人民政府", "district", "山西省", "阳泉市", "矿区", 2020),
    P,
    published="2021-01-28",
)

# 34. Inner Mongolia, 白云鄂博矿区 2022 crawl row: the title names the 矿区 alone
P = six(
    "2022年，矿区人民政府在矿区党委的领导下，围绕稀土产业和生态修复推进政务公开。",
    2022,
    "区政府",
    (864, 5),
    "存在的主要问题是政策解读不够通俗。2023年，区政府将以图解方式解读政策。",
)
add(
    "a-nm-baiyunebo-2022-row",
    row(
        "crawl-a.csv",
        "白云鄂博矿区2022年政府信息公开工作年度报告",
        body([], P, ["包头市白云鄂博矿区人民政府", "2023年1月19日"]),
        date="2023-01-19",
    ),
    {},
    ("包头市白云鄂博矿区人民政府", "district", "内蒙古自治区", "包头市", "白云鄂博矿区", 2022),
    P,
    published="2023-01-19",
)

# 35. Guizhou, a prefecture's bureau 2023: the short form 黔东南州 in the title, the full name in the 落款
P = six(
    "2023年，我局在州委、州政府的领导下，围绕生态环境保护督察整改推进生态环境领域政务公开。",
    2023,
    "我局",
    (392, 4),
    "存在的主要问题是环境执法信息公开不够及时。2024年，我局将在7个工作日内公开执法结果。",
)
add(
    "a-gz-qiandongnan-sthj-2023-short",
    text(
        ["黔东南州生态环境局2023年政府信息公开工作年度报告"],
        P,
        ["黔东南苗族侗族自治州生态环境局", "2024年1月26日"],
    ),
    {},
    ("黔东南苗族侗族自治州生态环境局", "department", "贵州省", "黔东南苗族侗族自治州", None, 2023),
    P,
    published="2024-01-26",
)

# 36. Xinjiang, a prefecture's bureau 2024 crawl row: 伊犁州 in the title, the preamble naming the full prefecture
P = six(
    "2024年，我局在州党委、州人民政府的领导下，围绕口岸经济和农业现代化推进农业农村领域政务公开。",
    2024,
    "我局",
    (286, 2),
    "存在的主要问题是惠农政策解读不够通俗。2025年，我局将推出双语图解。",
)
add(
    "a-xj-yili-nyj-2024-preamble",
    row(
        "crawl-a.csv",
        "伊犁州农业农村局2024年政府信息公开工作年度报告",
        body(
            [LAW + "现将伊犁哈萨克自治州农业农村局2024年度政府信息公开工作年度报告公布如下。"],
            P,
            ["伊犁哈萨克自治州农业农村局", "2025年1月22日"],
        ),
        date="2025-01-22",
    ),
    {},
    (
        "伊犁哈萨克自治州农业农村局",
        "department",
        "新疆维吾尔自治区",
        "伊犁哈萨克自治州",
        None,
        2024,
    ),
    P,
    published="2025-01-22",
)


# ============================ B. batch B ============================
# (written after batch A's fixes, its writer having read the metadata code; scored before any fix of its own)

# 1. Shandong, a party organ with the government's plaque in brackets in the title: the government office reports
P = six(
    "2022年，我办在县委、县政府的领导下，围绕新闻发布和舆情回应推进政务公开。",
    2022,
    "我办",
    (88, 0),
    "存在的主要问题是政策解读不够及时。2023年，我办将在文件印发后3日内发布解读。",
)
add(
    "b-sd-yishui-xwb-2022-bracket",
    text(
        ["中共沂水县委宣传部（沂水县人民政府新闻办公室）2022年政府信息公开工作年度报告"],
        P,
        ["沂水县人民政府新闻办公室", "2023年1月20日"],
    ),
    {},
    ("沂水县人民政府新闻办公室", "department", "山东省", "临沂市", "沂水县", 2022),
    P,
    published="2023-01-20",
)

# 2. Fujian, a community of a district whose name several cities share: the 落款 names the city
P = public(
    "北大社区",
    2023,
    "本社区",
    "社区事务",
    "存在的主要问题是居民知晓率不高。2024年，本社区将在楼道张贴公开信息。",
)
add(
    "b-fj-beida-sq-2023-shared-district",
    text(
        ["鼓楼区华大街道北大社区2023年信息公开工作报告"],
        P,
        ["福州市鼓楼区华大街道北大社区居民委员会", "2024年1月12日"],
    ),
    {},
    ("福州市鼓楼区华大街道北大社区居民委员会", "other", "福建省", "福州市", "鼓楼区", 2023),
    P,
    published="2024-01-12",
)

# 3. Jiangsu, a village 2021 crawl row: the county-level city and town only in the 落款 (a 村务公开 title is another
#    document, which tag skips by design: not a probe of this set)
P = public(
    "东山村",
    2021,
    "本村",
    "村务",
    "存在的主要问题是公开内容不够细。2022年，本村将逐笔公开村级支出。",
)
add(
    "b-js-dongshan-cun-2021-row",
    row(
        "crawl-a.csv",
        "东山村2021年度信息公开工作报告",
        body([], P, ["宜兴市丁蜀镇东山村村民委员会", "2022年1月14日"]),
        date="2022-01-14",
    ),
    {},
    ("宜兴市丁蜀镇东山村村民委员会", "other", "江苏省", "无锡市", "宜兴市", 2021),
    P,
    published="2022-01-14",
)

# 4. Hebei, a county bureau 2010: 二〇一〇年度 in the title, the body's years in digits, signed 2011
P = old7(
    "2010年，我局认真贯彻落实《条例》，围绕义务教育均衡推进政府信息公开。",
    2010,
    "我局",
    (146, 1),
    "存在的问题是公开形式单一。2011年，我局将拓展公开渠道。",
)
add(
    "b-he-zhengding-jyj-2010-cn-title",
    text(
        ["正定县教育局二〇一〇年度政府信息公开工作年度报告"], P, ["正定县教育局", "2011年3月25日"]
    ),
    {},
    ("正定县教育局", "department", "河北省", "石家庄市", "正定县", 2010),
    P,
    published="2011-03-25",
)

# 5. Liaoning, a city bureau 2011: 本机关上一年度, no year anywhere but the signature's
P = old7(
    "上一年度，本机关认真贯彻落实《条例》，围绕社会保障推进政府信息公开。",
    2011,
    "本机关",
    (132, 3),
    "存在的问题是公开时效性不强。今年，本机关将提高公开时效。",
)
P = [(h, k, [p.replace("2011年", "上一年度") for p in paras], t) for h, k, paras, t in P]
add(
    "b-ln-anshan-rsj-2011-shangyi",
    text(
        ["鞍山市人力资源和社会保障局政府信息公开工作年度报告"],
        P,
        ["鞍山市人力资源和社会保障局", "2012年3月15日"],
    ),
    {},
    ("鞍山市人力资源和社会保障局", "department", "辽宁省", "鞍山市", None, 2011),
    P,
    published="2012-03-15",
)

# 6. Sichuan, a county-level city's hospital 2023: 会理市人民医院 (a name holding 会理市人民…)
P = public(
    "会理市人民医院",
    2023,
    "我院",
    "医疗服务",
    "存在的主要问题是收费信息公开不够直观。2024年，我院将上线收费查询。",
)
add(
    "b-sc-huili-yiyuan-2023",
    text(["会理市人民医院2023年信息公开工作年度报告"], P, ["会理市人民医院", "2024年1月19日"]),
    {},
    ("会理市人民医院", "other", "四川省", "凉山彝族自治州", "会理市", 2023),
    P,
    published="2024-01-19",
)

# 7. Tianjin, a zone 2021: the English title first, then the Chinese
P = six(
    "2021年，我委围绕投资促进和营商环境推进政务公开，向境外投资者发布英文版政策汇编。",
    2021,
    "我委",
    (564, 6),
    "存在的主要问题是英文信息更新不够及时。2022年，我委将同步更新英文政策。",
)
add(
    "b-tj-teda-2021-english-first",
    text(
        [
            "2021 Annual Report on Government Information Disclosure, TEDA Administrative Commission",
            "天津经济技术开发区管理委员会2021年政府信息公开工作年度报告",
        ],
        P,
        ["天津经济技术开发区管理委员会", "2022年1月28日"],
    ),
    {},
    ("天津经济技术开发区管理委员会", "city", "天津市", "天津市", None, 2021),
    P,
    published="2022-01-28",
)

# 8. Guangdong, a street 2022: the title names the 党工委 and the 办事处; the district in the 落款
P = six(
    "2022年，我街道在区委、区政府的领导下，围绕城中村治理和民生服务推进基层政务公开。",
    2022,
    "我街道",
    (204, 3),
    "存在的主要问题是公开栏更新不够及时。2023年，我街道将按月更新。",
)
add(
    "b-gd-shipai-2022-title-dgw",
    text(
        ["中共石牌街道工作委员会　石牌街道办事处2022年政府信息公开工作年度报告"],
        P,
        ["广州市天河区石牌街道办事处", "2023年1月16日"],
    ),
    {},
    ("广州市天河区石牌街道办事处", "township", "广东省", "广州市", "天河区", 2022),
    P,
    published="2023-01-16",
)

# 9. Hunan, a city's government 2024 on a page: 2025年1月发布 in the h1, the box names the city's big data bureau
P = six(
    "2024年，市政府在市委的领导下，围绕产业发展和民生实事推进政务公开。",
    2024,
    "市政府",
    (3126, 64),
    "存在的主要问题是县市区公开质量不够均衡。2025年，市政府将加强考核。",
)
add(
    "b-hn-changde-2024-page-fabu",
    page(
        "常德市人民政府2025年1月发布2024年度政府信息公开工作年度报告",
        P,
        crumbs="首页 > 政务公开 > 政府信息公开年报 > 市政府",
        info="索引号：CD-2025-00012　发布机构：常德市数据局　发布时间：2025-01-22",
        site="常德市人民政府",
        tail=("常德市人民政府", "2025年1月22日"),
    ),
    {},
    ("常德市人民政府", "city", "湖南省", "常德市", None, 2024),
    P,
    published="2025-01-22",
)


# ============================ C. batch C ============================
# (written after batch B was scored, scored before any fix of its own)

# 1. 兵团, a regiment 2023: the regiment's Party committee and the regiment sign together
P = six(
    "2023年，我团在师党委的领导下，围绕连队建设和职工增收推进基层政务公开。",
    2023,
    "我团",
    (136, 0),
    "存在的主要问题是连队公开栏更新不够及时。2024年，我团将按月更新连队公开栏。",
)
add(
    "c-bt-3shi-45tuan-2023-cosigned",
    text(
        ["第三师四十五团2023年政府信息公开工作年度报告"],
        P,
        ["中共第三师四十五团委员会", "新疆生产建设兵团第三师四十五团", "2024年1月18日"],
    ),
    {},
    (
        "新疆生产建设兵团第三师四十五团",
        "township",
        "新疆维吾尔自治区",
        "新疆生产建设兵团第三师",
        None,
        2023,
    ),
    P,
    published="2024-01-18",
)

# 2. Hubei, a town of the 林区 2022: the town's Party committee and government on one line
P = six(
    "2022年，我镇在林区党委、林区政府的领导下，围绕生态保护和特色农业推进基层政务公开。",
    2022,
    "我镇",
    (118, 0),
    "存在的主要问题是公开内容不够丰富。2023年，我镇将增加惠民政策公开。",
)
add(
    "c-hb-songbai-2022-one-line",
    text(
        ["松柏镇2022年政府信息公开工作年度报告"],
        P,
        ["中共神农架林区松柏镇委员会　神农架林区松柏镇人民政府", "2023年1月12日"],
    ),
    {},
    ("神农架林区松柏镇人民政府", "township", "湖北省", None, "神农架林区", 2022),
    P,
    published="2023-01-12",
)

# 3. Hunan, a town 2023: 党委 (short) and the government on one line
P = six(
    "2023年，我镇在县委、县政府的领导下，围绕瑶族文化和生态旅游推进基层政务公开。",
    2023,
    "我镇",
    (102, 0),
    "存在的主要问题是公开形式单一。2024年，我镇将通过公众号同步公开。",
)
add(
    "c-hn-sanjiangkou-2023-dangwei",
    text(
        ["三江口瑶族镇2023年政府信息公开工作年度报告"],
        P,
        ["汝城县三江口瑶族镇党委　汝城县三江口瑶族镇人民政府", "2024年1月16日"],
    ),
    {},
    ("汝城县三江口瑶族镇人民政府", "township", "湖南省", "郴州市", "汝城县", 2023),
    P,
    published="2024-01-16",
)

# 4. Zhejiang, a village on the town's page: the box names the town's government
P = public(
    "下姜村", 2023, "本村", "村务", "存在的主要问题是村民线上查阅不便。2024年，本村将开通线上查阅。"
)
add(
    "c-zj-xiajiang-cun-2023-box",
    page(
        "下姜村2023年度信息公开工作报告",
        P,
        crumbs="首页 > 政务公开 > 村（社区）公开 > 下姜村",
        info="索引号：CA-2024-0031　发布机构：淳安县枫树岭镇人民政府　发布时间：2024-01-11",
        site="淳安县人民政府",
        tail=("淳安县枫树岭镇下姜村村民委员会", "2024年1月11日"),
    ),
    {},
    ("淳安县枫树岭镇下姜村村民委员会", "other", "浙江省", "杭州市", "淳安县", 2023),
    P,
    published="2024-01-11",
)

# 5. Hubei, a community 2022 signed by its 居委会 (short form)
P = public(
    "户部巷社区",
    2022,
    "本社区",
    "社区事务",
    "存在的主要问题是老年居民知晓率不高。2023年，本社区将上门宣讲。",
)
add(
    "c-hb-hubuxiang-sq-2022-jwh",
    text(
        ["户部巷社区2022年度信息公开工作报告"],
        P,
        ["武昌区中华路街道户部巷社区居委会", "2023年1月9日"],
    ),
    {},
    ("武昌区中华路街道户部巷社区居委会", "other", "湖北省", "武汉市", "武昌区", 2022),
    P,
    published="2023-01-09",
)

# 6. Yunnan, a county 2019: the title with the publication date in brackets after the report's year
P = six(
    "2019年，县政府在县委的领导下，围绕脱贫攻坚和边境开放推进政务公开。",
    2019,
    "县政府",
    (1684, 12),
    "存在的主要问题是乡镇公开不够规范。2020年，县政府将加强指导。",
)
add(
    "c-yn-mengla-2019-bracket-date",
    text(
        ["勐腊县人民政府2019年度政府信息公开工作年度报告（2020年3月31日发布）"],
        P,
        ["勐腊县人民政府", "2020年3月31日"],
    ),
    {},
    ("勐腊县人民政府", "county", "云南省", "西双版纳傣族自治州", "勐腊县", 2019),
    P,
    published="2020-03-31",
)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES32, out)


if __name__ == "__main__":
    write()
