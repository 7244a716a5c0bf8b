"""Test utility: the seventh held-out probe set ``tests/cases/probes7`` (issue 10 item 3,
"Sections"), written by hand before textmine read it, on the level-1 section tree in the shapes
the earlier sets (``tests/probe_hand2.py`` … ``tests/probe_hand6.py``) lack:

- whole reports flattened to one line or a few lines (crawls that lost their line breaks), the
  parts joined by nothing, a space or an ideographic space, with run-in headings of every era
  (一、概述 / 一、总体情况 / （一）主动公开 …);
- headings followed directly by their first sentence without punctuation between them, whatever
  word that sentence opens with (在省政府网站…, 区政府办公室…, 部分单位…, 无…), and headings
  closed by ``：`` or ``。``;
- a preamble that lists the report's parts (内容包括概述、主动公开… / 分为以下几个部分：一、…);
- combined problems-and-plans headings of many wordings, and plans introduced only inside the
  problems part (下一步，我局将… / 2024年，我们将… / 今后… / 改进措施：…);
- old-era free-form headings (政府信息公开工作开展情况, 依申请公开办理情况, 咨询处理情况,
  收费及减免情况, 复议诉讼情况, 存在的不足和改进措施, 其他需要报告的事项);
- townships, ministries, provincial departments, counties and cities, 2013–2025.

A township whose report names no county has no province, city or county even when its crawl row's
``来源`` names a county's government (the project's rule: a portal alone may host the reports of
others; see ``textmine.meta._named_host_county``).

Each entry is ``pid -> (text, header, expected)`` with the keys of ``probes2``: metadata, the
level-1 ``kinds`` and ``titles`` (as a careful reader bounds each heading) and whether a
``plans`` part (a section or an item) is there.

``python -m tests.probe_hand7`` rewrites ``tests/cases/probes7/``; the tests and
``bench/probe_meta.py --set probes7`` read those files.

Example:
    >>> text, header, want = PROBES7["f-hbsl-2023-one-line"]
    >>> "\\n" in text.strip(), want["kinds"][0]
    (False, 'overview')
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_sets import LAW, Probe, register, write_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes7"

PROBES7: dict[str, Probe] = {}

#: One part: its number as printed, its heading as printed (with any closing ``：``/``。``),
#: its kind, its text.
Part = tuple[str, str, str, str]


def report(title: str, preamble: str, parts: list[Part], *, sep: str = "", groups: int = 1,
           tail: str = "") -> str:
    """A report's text: the title line, the preamble and each part (number, heading, text)
    joined by ``sep`` (a crawl that lost its line breaks); ``groups`` > 1 keeps that many lines."""
    chunks = [title, preamble] if title else [preamble]
    chunks = [c for c in chunks if c]
    chunks += [f"{num}{head}{sep}{body}" if sep else f"{num}{head}{body}" for num, head, _, body in parts]
    if tail:
        chunks.append(tail)
    if groups <= 1:
        return sep.join(chunks) + "\n"
    size = -(-len(chunks) // groups)
    return "\n".join(sep.join(chunks[k:k + size]) for k in range(0, len(chunks), size)) + "\n"


def add(pid: str, text: str, header: dict[str, str], meta: tuple, parts: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True) -> None:
    """Register a probe; the expected kinds and titles are the parts' (the heading without
    its closing ``：`` or ``。``)."""
    issuer, level, province, city, county, year = meta
    kinds = [k for _, _, k, _ in parts]
    titles = [h.rstrip("：:。") for _, h, _, _ in parts]
    register(PROBES7, pid, text, header, issuer, level, province, city, county, year, kinds, titles, plans=plans)


def six(overview: str, active: str, requests: str, appeals: str, problems: str, other: str, *,
        titles: tuple[str, ...] = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                                   "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况",
                                   "其他需要报告的事项")) -> list[Part]:
    """The six parts of the 2019/2021 formats with these texts."""
    kinds = ("overview", "proactive", "requests", "appeals", "problems", "other")
    nums = ("一、", "二、", "三、", "四、", "五、", "六、")
    return [(n, t, k, b) for n, t, k, b in zip(nums, titles, kinds,
                                               (overview, active, requests, appeals, problems, other), strict=True)]


def seven(overview: str, active: str, requests: str, fees: str, appeals: str, problems: str, other: str, *,
          titles: tuple[str, ...] = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况",
                                     "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
                                     "政府信息公开工作存在的主要问题及改进措施", "其他需要报告的事项")) -> list[Part]:
    """The seven parts of the 2008 format (2008–2018 reports) with these texts."""
    kinds = ("overview", "proactive", "requests", "fees", "appeals", "problems", "other")
    nums = ("一、", "二、", "三、", "四、", "五、", "六、", "七、")
    return [(n, t, k, b) for n, t, k, b in zip(nums, titles, kinds,
                                               (overview, active, requests, fees, appeals, problems, other), strict=True)]


NO_APPEALS = "本年度未发生政府信息公开行政复议、行政诉讼案件。"
NO_OTHER = "本年度未收取信息处理费，无其他需要报告的事项。"
NO_FEES = "本年度未收取任何费用。"

# ============================ whole reports on one line (2019/2021 formats) ============================

# 1. a provincial department, 2021 format, everything on one line without separators
add("f-hbsl-2023-one-line",
    report("湖北省水利厅2023年政府信息公开工作年度报告", LAW + "特编制本报告。", six(
        "2023年，我厅坚持以公开为常态、不公开为例外，全面推进水利政务公开。",
        "全年主动公开政府信息1264条，其中政策文件38件。",
        "全年新收政府信息公开申请41件，均在法定期限内答复。",
        NO_APPEALS,
        "一是政策解读形式较为单一；二是基层水利信息公开不够及时。下一步，我厅将丰富解读形式，加强对市县水利部门的指导。",
        NO_OTHER)),
    {}, ("湖北省水利厅", "department", "湖北省", None, None, 2023), six("", "", "", "", "", ""))

# 2. a county, 2020, one line, parts separated by an ideographic space
add("f-shouxian-2020-ideo",
    report("寿县人民政府2020年政府信息公开工作年度报告", LAW + "现公布寿县人民政府2020年政府信息公开工作年度报告。", six(
        "2020年，寿县人民政府认真贯彻落实《条例》，政务公开工作取得新进展。",
        "本年制发规范性文件5件，全年主动公开政府信息8620条。",
        "本年新收政府信息公开申请23件，办结23件。",
        NO_APPEALS,
        "部分乡镇公开专栏更新不及时。2021年，我们将加强督查通报，推动乡镇按时更新。",
        NO_OTHER), sep="\u3000"),
    {}, ("寿县人民政府", "county", "安徽省", "淮南市", "寿县", 2020), six("", "", "", "", "", ""))

# 3. a city bureau, 2022, one line, the parts' texts opening with words no cue list has
add("f-xtzj-2022-odd-openers",
    report("湘潭市住房和城乡建设局2022年政府信息公开工作年度报告", "", six(
        "局党组高度重视政务公开工作，调整了政务公开工作领导小组。",
        "门户网站全年发布政策文件、工作动态等信息932条。",
        "新收政府信息公开申请17件，其中自然人申请15件。",
        "行政复议和行政诉讼均为0件。",
        "信息公开的主动性还不够强。改进措施：建立信息公开清单，按月调度。",
        "无。")),
    {}, ("湘潭市住房和城乡建设局", "department", "湖南省", "湘潭市", None, 2022), six("", "", "", "", "", ""))

# 4. a township, 2021, one line, a space between the heading and its text
add("f-tangxi-2021-space",
    report("塘栖镇人民政府2021年政府信息公开工作年度报告", LAW + "编制本报告。", six(
        "2021年，我镇坚持以人民为中心，深入推进基层政务公开标准化规范化建设。",
        "全年主动公开政府信息312条。",
        "全年收到政府信息公开申请4件，均按期答复。",
        NO_APPEALS,
        "村务公开与政务公开衔接不够紧密。今后，我镇将统一村级公开栏目，按季度检查。",
        NO_OTHER), sep=" "),
    {"来源": "杭州市临平区人民政府"}, ("塘栖镇人民政府", "township", None, None, None, 2021),
    six("", "", "", "", "", ""))

# 5. a ministry, 2019, a few lines (a crawl kept a break every few parts)
add("f-mee-2019-few-lines",
    report("生态环境部2019年政府信息公开工作年度报告", "本报告由生态环境部依据《条例》编制。", six(
        "2019年，生态环境部深入贯彻落实党中央、国务院关于全面推进政务公开工作的部署要求。",
        "全年主动公开政府信息4120条，发布规范性文件12件。",
        "全年收到政府信息公开申请612件，上年结转18件。",
        "因政府信息公开申请引发行政复议11件，行政诉讼5件。",
        "一是信息公开的规范化水平有待提高；二是依申请公开答复质量需进一步提升。下一步，生态环境部将完善工作制度，强化答复审核。",
        NO_OTHER), groups=3),
    {}, ("生态环境部", "department", None, None, None, 2019), six("", "", "", "", "", ""))

# 6. a district, 2024, one line; the heading of part 四 is a local wording; 五 says only 存在的问题
add("f-pudong-2024-local-titles",
    report("上海市浦东新区人民政府2024年政府信息公开工作年度报告", "", six(
        "2024年，浦东新区以高水平改革开放打造社会主义现代化建设引领区为主线，持续深化政务公开。",
        "全年主动公开政府信息23410条。",
        "全年新收政府信息公开申请1862件。",
        "全年发生政府信息公开行政复议案件37件，行政诉讼案件12件。",
        "基层政务公开标准化规范化建设还需深化。2025年，我区将持续推进基层政务公开。",
        "本年度收取信息处理费0元。",
        titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                "政府信息公开行政复议、行政诉讼情况", "存在的主要问题",
                "其他需要报告的事项"))),
    {}, ("上海市浦东新区人民政府", "district", "上海市", "上海市", "浦东新区", 2024),
    six("", "", "", "", "", "", titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                                         "政府信息公开行政复议、行政诉讼情况", "存在的主要问题",
                                         "其他需要报告的事项")))

# ============================ headings closed by ： or 。, or by nothing ============================

# 7. headings closed by ：, one line
P7 = six("2022年，区市场监管局扎实推进政务公开。", "全年主动公开信息516条。", "全年收到申请9件。", NO_APPEALS,
         "政策解读的针对性不强。下一步，我局将开展图解、视频解读。", NO_OTHER,
         titles=("总体情况：", "主动公开政府信息情况：", "收到和处理政府信息公开申请情况：",
                 "政府信息公开行政复议、行政诉讼情况：", "存在的主要问题及改进情况：", "其他需要报告的事项："))
add("h-wenjiang-scjg-2022-colon",
    report("成都市温江区市场监督管理局2022年政府信息公开工作年度报告", "", P7),
    {}, ("成都市温江区市场监督管理局", "department", "四川省", "成都市", "温江区", 2022), P7)

# 8. headings closed by 。 on a flattened line (the crawl turned each heading line into a sentence)
P8 = six("2021年，我委认真落实政务公开各项要求。", "全年主动公开政府信息688条。", "全年受理政府信息公开申请31件。",
         NO_APPEALS, "公开平台的集约化程度不高。2022年，我委将推进网站集约化建设。", NO_OTHER,
         titles=("总体情况。", "主动公开政府信息情况。", "收到和处理政府信息公开申请情况。",
                 "政府信息公开行政复议、行政诉讼情况。", "存在的主要问题及改进情况。", "其他需要报告的事项。"))
add("h-gzwjw-2021-stop",
    report("广州市卫生健康委员会2021年政府信息公开工作年度报告", "", P8),
    {}, ("广州市卫生健康委员会", "department", "广东省", "广州市", None, 2021), P8)

# 9. the example: custom headings running into sentences that open with 在 / 按照 / 对
P9 = [
    ("一、", "加强组织领导", "measures", "调整充实了政府信息公开工作领导小组，明确专人负责。"),
    ("二、", "主动公开政府信息情况", "proactive", "全年主动公开政府信息2136条。"),
    ("三、", "依法实施政府信息依申请公开", "requests", "在省政府网站建立依申请公开系统，全年受理申请14件。"),
    ("四、", "存在的问题和改进措施", "problems", "对照群众期盼，公开的深度和广度还有差距。下一步，我厅将扩大公开范围。"),
]
add("h-jlgtt-2016-issue-example",
    report("吉林省国土资源厅2016年政府信息公开工作年度报告", "", P9),
    {}, ("吉林省国土资源厅", "department", "吉林省", None, None, 2016), P9)

# 10. level-1 and level-2 run-in headings on one line, the overview's five sub-heads of 2021
P10 = six("（一）主动公开全年主动公开信息412条。（二）依申请公开全年受理申请6件。（三）政府信息管理修订完善信息发布审核制度。"
          "（四）平台建设完成门户网站改版。（五）监督保障将政务公开纳入绩效考核。",
          "本年制发规范性文件2件。", "本年新收申请6件。", NO_APPEALS,
          "主动公开的及时性有待加强。下一步，我县将建立信息发布提醒机制。", NO_OTHER)
add("f-lingqiu-2021-subheads",
    report("灵丘县人民政府2021年政府信息公开工作年度报告", "", P10),
    {}, ("灵丘县人民政府", "county", "山西省", "大同市", "灵丘县", 2021), P10)

# ============================ preambles that list the parts ============================

# 11. 内容包括概述、主动公开… (unnumbered list), flattened
P11 = seven("2014年，我局坚持把信息公开作为转变职能的重要抓手。", "全年主动公开政府信息426条。", "全年受理依申请公开3件。",
            NO_FEES, "本年度未发生行政复议和行政诉讼。", "公开内容不够全面。下一步，我局将完善公开目录。", "无。")
add("p-nmgtjj-2014-unnumbered-list",
    report("内蒙古自治区统计局2014年政府信息公开工作年度报告",
           "本报告由内蒙古自治区统计局根据《中华人民共和国政府信息公开条例》要求编制，内容包括概述、主动公开政府信息情况、"
           "依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议、提起行政诉讼的情况、"
           "政府信息公开工作存在的主要问题及改进措施、其他需要报告的事项。", P11),
    {}, ("内蒙古自治区统计局", "department", "内蒙古自治区", None, None, 2014), P11)

# 12. 全文分为以下几个部分：一、…二、… numbered list in the preamble, then the body, one line
P12 = six("2019年，我市深入贯彻新修订的《条例》。", "全年主动公开政府信息15620条。", "全年新收申请203件。", NO_APPEALS,
          "部分部门答复不规范。下一步，我市将开展答复文书规范化培训。", NO_OTHER)
add("p-zhuzhou-2019-numbered-list",
    report("株洲市人民政府2019年政府信息公开工作年度报告",
           "本报告全文分为以下几个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；"
           "四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。", P12),
    {}, ("株洲市人民政府", "city", "湖南省", "株洲市", None, 2019), P12)

# 13. a list whose items are separated by ， and closed by 等六个部分, lines kept
P13 = six("2020年，我厅不断加大公开力度。", "全年主动公开政府信息2231条。", "全年新收申请56件。", NO_APPEALS,
          "部分处室公开意识不强。2021年，我厅将加强业务培训。", NO_OTHER)
add("p-gxjyt-2020-list-lines",
    report("广西壮族自治区教育厅2020年政府信息公开工作年度报告",
           "本报告包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，"
           "存在的主要问题及改进情况，其他需要报告的事项等六个部分。", P13, sep="\n"),
    {}, ("广西壮族自治区教育厅", "department", "广西壮族自治区", None, None, 2020), P13)

# 14. a 2015 report whose preamble lists parts with 一是…二是… (not headings) and the body one line
P14 = seven("2015年，全县政府信息公开工作稳步推进。", "全年主动公开政府信息3410条。", "全年受理申请12件。", NO_FEES,
            "全年未发生复议诉讼。", "一是公开不够及时；二是内容不够全面。改进措施：加强督查，规范流程。", "无其他需要报告的事项。")
add("p-ningxiang-2015-shi-list",
    report("宁乡县人民政府2015年政府信息公开工作年度报告",
           "本报告主要包括：一是概述，二是主动公开情况，三是依申请公开情况，四是收费减免情况，五是复议诉讼情况，"
           "六是存在的问题及改进措施，七是其他事项。", P14),
    {}, ("宁乡县人民政府", "county", "湖南省", "长沙市", "宁乡县", 2015), P14)

# ============================ combined problems-and-plans headings ============================

COMBINED = [
    "存在的主要问题及改进情况", "存在的问题及改进措施", "存在的主要问题和改进措施", "存在的不足和改进措施",
    "存在的问题和下一步工作打算", "工作中存在的问题及下一步工作计划", "存在问题及整改措施", "主要问题与改进方向",
    "存在的问题与不足及今后努力方向", "问题与不足及下一步工作安排",
]
PLACES = [
    ("j-xianju-2019", "仙居县人民政府", "county", "浙江省", "台州市", "仙居县", 2019),
    ("j-fjrst-2020", "福建省人力资源和社会保障厅", "department", "福建省", None, None, 2020),
    ("j-anci-2018", "廊坊市安次区人民政府", "district", "河北省", "廊坊市", "安次区", 2018),
    ("j-qdsw-2022", "青岛市商务局", "department", "山东省", "青岛市", None, 2022),
    ("j-lanping-2017", "兰坪白族普米族自治县人民政府", "county", "云南省", "怒江傈僳族自治州", "兰坪白族普米族自治县", 2017),
    ("j-gsly-2023", "甘肃省林业和草原局", "department", "甘肃省", None, None, 2023),
    ("j-xiguan-2016", "西关街道办事处", "township", None, None, None, 2016),
    ("j-mofcom-2021", "商务部", "department", None, None, None, 2021),
    ("j-yichun-2024", "宜春市人民政府", "city", "江西省", "宜春市", None, 2024),
    ("j-hntj-2013", "海南省统计局", "department", "海南省", None, None, 2013),
]
#: How the text of the combined part turns to plans, and what precedes the turn.
TURNS = [
    "主要是公开的深度还不够。下一步，我县将拓展公开内容。",
    "一是公开意识有待增强；二是解读质量有待提高。下一步，我厅将开展全员培训。",
    "部分街道公开栏更新滞后。2019年，我们将建立公开栏月检查制度。",
    "信息发布审核不够严格。今后，我局将落实三级审核制度。",
    "基层公开力量薄弱。改进措施：一是充实人员；二是加强培训。",
    "公开平台功能单一。2024年，我局将完成网站集约化改造。",
    "少数社区公开不及时。我街道将在今后的工作中加强督促检查。",
    "依申请公开答复质量有待提升。针对上述问题，我部将健全答复审核机制，加强业务培训。",
    "政策解读的形式还不够丰富。2025年，市政府将推出更多图解和视频解读。",
    "统计数据解读不够通俗。下一步工作中，我局将丰富数据发布形式。",
]

for k, (pid, issuer, level, prov, city, county, year) in enumerate(PLACES):
    subject = f"{year}年，{issuer}"
    modern = year >= 2019
    if modern:
        parts = six(f"{subject}认真贯彻落实《条例》，持续推进政务公开。", f"全年主动公开政府信息{300 + 37 * k}条。",
                    f"全年新收政府信息公开申请{3 + k}件。", NO_APPEALS, TURNS[k], NO_OTHER,
                    titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                            "政府信息公开行政复议、行政诉讼情况", COMBINED[k], "其他需要报告的事项"))
    else:
        parts = seven(f"{subject}认真贯彻落实《条例》，推进政府信息公开。", f"全年主动公开政府信息{300 + 37 * k}条。",
                      f"全年受理依申请公开{3 + k}件。", NO_FEES, "全年未发生行政复议和行政诉讼。", TURNS[k], "无。",
                      titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
                              "因政府信息公开申请行政复议、提起行政诉讼的情况", COMBINED[k], "其他需要报告的事项"))
    # alternate the crawl shapes: one line, one line with spaces, lines kept
    sep = ("", " ", "\n")[k % 3]
    header = {"来源": "兰州市城关区人民政府"} if level == "township" else {}
    add(pid, report(f"{issuer}{year}年政府信息公开工作年度报告", "", parts, sep=sep), header,
        (issuer, level, prov, city, county, year), parts)

# ============================ plans only inside the problems part ============================

# 25. problems heading alone; plans as an unnumbered line 改进措施： inside it, lines kept
P25 = six("2023年，我局持续深化政务公开。", "全年主动公开政府信息388条。", "全年新收申请5件。", NO_APPEALS,
          "一是公开内容不够全面；二是解读形式较为单一。\n改进措施：\n一是完善公开目录；二是丰富解读形式。", NO_OTHER,
          titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                  "政府信息公开行政复议、行政诉讼情况", "存在的主要问题", "其他需要报告的事项"))
add("q-dazhou-jt-2023-gaijin-line",
    report("达州市交通运输局2023年政府信息公开工作年度报告", "", P25, sep="\n"),
    {}, ("达州市交通运输局", "department", "四川省", "达州市", None, 2023), P25)

# 26. no plans at all: a problems part that only names problems (plans must NOT be found)
P26 = six("2020年，我镇按照县政府要求推进政务公开。", "全年主动公开政府信息96条。", "全年未收到政府信息公开申请。",
          NO_APPEALS, "我镇政务公开工作人员少，业务水平不高，公开内容不够丰富。", "无。",
          titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                  "政府信息公开行政复议、行政诉讼情况", "存在的主要问题", "其他需要报告的事项"))
add("q-shuanghe-2020-no-plans",
    report("双河镇人民政府2020年政府信息公开工作年度报告", "", P26),
    {"来源": "西充县人民政府"}, ("双河镇人民政府", "township", None, None, None, 2020), P26, plans=False)

# 27. problems with (一) 存在问题 / (二) 下一步工作 sub-heads, one line
P27 = six("2022年，我委坚持公开透明。", "全年主动公开政府信息620条。", "全年新收申请11件。", NO_APPEALS,
          "（一）存在问题政务新媒体更新频率不高。（二）下一步工作我委将制定政务新媒体管理办法。", NO_OTHER,
          titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                  "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"))
add("q-sxfgw-2022-subheads",
    report("陕西省发展和改革委员会2022年政府信息公开工作年度报告", "", P27),
    {}, ("陕西省发展和改革委员会", "department", "陕西省", None, None, 2022), P27)

# 28. plans as the closing sentence 我们将…: 2018 seven parts, one line joined by spaces
P28 = seven("2018年，我区政府信息公开工作扎实推进。", "全年主动公开政府信息2890条。", "全年受理申请27件。", NO_FEES,
            "全年发生行政复议1件。", "信息公开的规范化程度不高。在新的一年里，我们将进一步规范公开流程。", "无。")
add("q-yuhang-2018-new-year",
    report("杭州市余杭区人民政府2018年政府信息公开工作年度报告", "", P28, sep=" "),
    {}, ("杭州市余杭区人民政府", "district", "浙江省", "杭州市", "余杭区", 2018), P28)

# ============================ old-era free-form headings ============================

# 29. old era, free-form headings, one line
P29 = [
    ("一、", "政府信息公开工作开展情况", "overview", "2013年，我县成立了政府信息公开工作领导小组。"),
    ("二、", "主动公开政府信息情况", "proactive", "全年主动公开政府信息1120条。"),
    ("三、", "依申请公开办理情况", "requests", "全年受理申请8件，全部按时办结。"),
    ("四、", "咨询处理情况", "consultation", "全年接受群众咨询320人次。"),
    ("五、", "收费及减免情况", "fees", "未收取任何费用。"),
    ("六、", "复议诉讼情况", "appeals", "未发生行政复议和行政诉讼。"),
    ("七、", "存在的不足和改进措施", "problems", "公开内容不够规范。下一步，我县将制定公开指南。"),
    ("八、", "其他需要报告的事项", "other", "无。"),
]
add("o-wuyi-2013-freeform",
    report("武义县人民政府2013年政府信息公开工作年度报告", "", P29),
    {}, ("武义县人民政府", "county", "浙江省", "金华市", "武义县", 2013), P29)

# 30. the same headings, a few lines, a township
P30 = [
    ("一、", "政府信息公开工作开展情况", "overview", "我乡高度重视政府信息公开工作。"),
    ("二、", "主动公开政府信息情况", "proactive", "全年主动公开信息86条。"),
    ("三、", "依申请公开办理情况", "requests", "全年未收到申请。"),
    ("四、", "收费及减免情况", "fees", "无。"),
    ("五、", "复议诉讼情况", "appeals", "无。"),
    ("六、", "存在的不足和改进措施", "problems", "信息更新不及时。今后将指定专人负责更新。"),
]
add("o-liangshui-2016-township",
    report("梁水乡人民政府2016年政府信息公开工作年度报告", "", P30, groups=2),
    {"来源": "南江县人民政府"}, ("梁水乡人民政府", "township", None, None, None, 2016), P30)

# 31. old era, (一)… level-2 sub-heads under each part, one line
P31 = seven("（一）组织领导成立领导小组。（二）制度建设制定保密审查制度。", "（一）公开数量全年公开信息715条。（二）公开形式以门户网站为主。",
            "全年受理申请4件。", "未收费。", "无。", "群众参与度不高。下一步，我局将加强宣传。", "无。")
add("o-hzsw-2015-subheads",
    report("湖州市水利局2015年政府信息公开工作年度报告", "", P31),
    {}, ("湖州市水利局", "department", "浙江省", "湖州市", None, 2015), P31)

# 32. old era, measures-style headings (no kind words), one line: kinds by first clause or measures
P32 = [
    ("一、", "加强组织领导，健全工作机制", "measures", "厅领导高度重视，明确办公室为信息公开工作机构。"),
    ("二、", "突出工作重点，扩大主动公开", "proactive", "全年主动公开政府信息1408条。"),
    ("三、", "规范依申请公开", "requests", "全年受理依申请公开19件。"),
    ("四、", "存在的问题和下一步打算", "problems", "公开的深度还不够。下一步，我厅将深化重点领域信息公开。"),
]
add("o-sxjtt-2017-measures",
    report("山西省交通运输厅2017年政府信息公开工作年度报告", "", P32),
    {}, ("山西省交通运输厅", "department", "山西省", None, None, 2017), P32)

# 33. old era, 第一部分 / 第二部分 parts, one line
P33 = [
    ("第一部分", "概述", "overview", "2014年，我市政府信息公开工作在市委、市政府的领导下有序开展。"),
    ("第二部分", "主动公开政府信息情况", "proactive", "全年主动公开政府信息6120条。"),
    ("第三部分", "依申请公开政府信息情况", "requests", "全年受理申请88件。"),
    ("第四部分", "政府信息公开的收费及减免情况", "fees", "未收取费用。"),
    ("第五部分", "因政府信息公开申请行政复议、提起行政诉讼的情况", "appeals", "发生行政复议3件。"),
    ("第六部分", "存在的主要问题及改进措施", "problems", "部分部门公开不主动。我们将加大考核力度。"),
]
add("o-jiujiang-2014-parts",
    report("九江市人民政府2014年政府信息公开工作年度报告", "", P33, sep="\u3000"),
    {}, ("九江市人民政府", "city", "江西省", "九江市", None, 2014), P33)

# ============================ run-in headings before sentences of many openings ============================

# 34. run-in before 区政府办公室 / 部分 / 无 / 政务 …
P34 = six("区政府办公室牵头抓总，各部门分工负责。", "政务公开专栏全年更新信息3520条。", "申请数量较上年有所增加，共收到41件。",
          "复议、诉讼均未发生。", "部分街道对公开工作重视不够。下一步，区政府将把政务公开纳入绩效考核。",
          "信息处理费未收取。")
add("r-yanta-2020-openers",
    report("西安市雁塔区人民政府2020年政府信息公开工作年度报告", "", P34),
    {}, ("西安市雁塔区人民政府", "district", "陕西省", "西安市", "雁塔区", 2020), P34)

# 35. run-in before texts opening with 本机关 / 本年度 / 截至, a space at the joins
P35 = six("本机关坚持以公开为常态，不公开为例外。", "本年度主动公开政府信息211条。", "截至12月31日，共收到申请3件。",
          "本年度无行政复议、行政诉讼。", "信息公开的及时性有待提高。我局将严格执行信息发布时限。", "本年度无其他需要报告的事项。")
add("r-qhsj-2021-benjiguan",
    report("青海省审计厅2021年政府信息公开工作年度报告", "", P35, sep=" "),
    {}, ("青海省审计厅", "department", "青海省", None, None, 2021), P35)

# 36. run-in headings with a heading that ends in 工作 followed by 工作…
P36 = [
    ("一、", "概述", "overview", "我市坚持把政府信息公开作为建设法治政府的重要内容。"),
    ("二、", "主动公开政府信息情况", "proactive", "政府信息公开目录全年新增信息2510条。"),
    ("三、", "依申请公开政府信息情况", "requests", "申请内容主要涉及征地拆迁。"),
    ("四、", "政府信息公开的收费及减免情况", "fees", "依申请公开未收取费用。"),
    ("五、", "因政府信息公开申请行政复议、提起行政诉讼的情况", "appeals", "行政复议2件。"),
    ("六、", "政府信息公开工作存在的主要问题及改进措施", "problems", "工作人员业务水平有待提高。今后要加强培训。"),
    ("七、", "其他需要报告的事项", "other", "无。"),
]
add("r-liuzhou-2016-openers",
    report("柳州市人民政府2016年政府信息公开工作年度报告", "", P36),
    {}, ("柳州市人民政府", "city", "广西壮族自治区", "柳州市", None, 2016), P36)

# 37. a provincial department's 2024 report flattened, with the 2021 table rows run together
P37 = six("2024年，我厅坚持把政务公开作为推进法治政府建设的重要抓手。",
          "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件3124",
          "一、本年新收政府信息公开申请数量2003000023二、上年结转政府信息公开申请数量0000000三、本年度办理结果"
          "（一）予以公开1502000017",
          "行政复议结果维持0结果纠正0", "政策解读质量有待提高。2025年，我厅将推进解读与文件同步起草、同步审签。",
          "本年度未收取信息处理费。")
add("r-jxsft-2024-tables-flat",
    report("江西省司法厅2024年政府信息公开工作年度报告", "", P37),
    {}, ("江西省司法厅", "department", "江西省", None, None, 2024), P37)

# 38. a ministry's bureau, 2025, parts on separate lines but headings run into text
P38 = six("2025年，我局深入贯彻落实党中央、国务院关于政务公开的决策部署。", "全年主动公开政府信息760条。", "全年新收申请58件。",
          NO_APPEALS, "一是公开的精准度有待提升。二是解读的通俗性有待加强。下一步，我局将聚焦企业关切，做好政策解读。", NO_OTHER)
add("r-cnipa-2025-runin-lines",
    report("国家知识产权局2025年政府信息公开工作年度报告", "", P38, sep="\n"),
    {}, ("国家知识产权局", "department", None, None, None, 2025), P38)

# 39. a county, 2019: a heading followed by （一）… directly, one line, the problems part with 一是 items
P39 = six("（一）主动公开全年主动公开信息3218条。（二）依申请公开全年收到申请17件。", "规范性文件本年新制作3件。", "全年新收申请17件。",
          NO_APPEALS, "一是公开不平衡；二是基层力量不足。针对以上问题，我县将统筹推进乡镇政务公开。", NO_OTHER)
add("r-zhenan-2019-subheads",
    report("镇安县人民政府2019年政府信息公开工作年度报告", "", P39),
    {}, ("镇安县人民政府", "county", "陕西省", "商洛市", "镇安县", 2019), P39)

# 40. a township, 2025, the parts joined by a space and the plans part of its own (六 parts + plans split)
P40 = [
    ("一、", "总体情况", "overview", "2025年，我镇持续推进基层政务公开标准化建设。"),
    ("二、", "主动公开政府信息情况", "proactive", "全年主动公开政府信息142条。"),
    ("三、", "收到和处理政府信息公开申请情况", "requests", "全年收到申请2件。"),
    ("四、", "政府信息公开行政复议、行政诉讼情况", "appeals", NO_APPEALS),
    ("五、", "存在的主要问题", "problems", "村级公开不够规范。"),
    ("六、", "下一步工作打算", "plans", "我镇将开展村级公开规范化建设。"),
    ("七、", "其他需要报告的事项", "other", "无。"),
]
add("r-huayuan-2025-plans-part",
    report("花园镇人民政府2025年政府信息公开工作年度报告", "", P40, sep=" "),
    {"来源": "鄂州市华容区人民政府"}, ("花园镇人民政府", "township", None, None, None, 2025), P40)

# 41. an old-era county without a title line; a part 政府信息公开工作存在的问题和 broken by the crawl over a space
P41 = seven("我区坚持依法公开、真实公正、注重实效、有利监督的原则。", "全年主动公开政府信息1623条。", "全年受理依申请公开9件。",
            NO_FEES, "未发生行政复议、行政诉讼。", "公开载体较为单一。下一步，我区将开通政务微博。", "无。",
            titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
                    "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的问题和改进措施", "其他需要报告的事项"))
add("r-jinniu-2014-no-title",
    report("", "成都市金牛区人民政府2014年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》编制。", P41),
    {}, ("成都市金牛区人民政府", "district", "四川省", "成都市", "金牛区", 2014), P41)

# 42. a 2023 county report: problems heading with 及2024年工作打算, one line
P42 = six("2023年，县政府办公室认真履行政务公开主管职责。", "全年主动公开政府信息4120条。", "全年新收申请35件。", NO_APPEALS,
          "部分单位答复不够规范。2024年，县政府办公室将组织答复业务专题培训。", NO_OTHER,
          titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                  "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及2024年工作打算", "其他需要报告的事项"))
add("r-jingning-2023-year-plans",
    report("景宁畲族自治县人民政府2023年政府信息公开工作年度报告", "", P42),
    {}, ("景宁畲族自治县人民政府", "county", "浙江省", "丽水市", "景宁畲族自治县", 2023), P42)


def write(out: Path = OUT) -> None:
    """Write the probe texts and ``expected.json`` to ``out``."""
    write_probes(PROBES7, out)


if __name__ == "__main__":
    write()
