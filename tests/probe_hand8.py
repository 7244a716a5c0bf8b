"""Test utility: the eighth held-out probe set ``tests/cases/probes8`` (issue 10, items 1, 3, 6),
written by hand before textmine read it, in shapes and places the earlier sets
(``tests/probe_hand2.py`` … ``tests/probe_hand7.py``) lack:

- early free-form reports (2008–2012) with odd heading styles: ``第一章``, ``【一、】``, Markdown bold
  ``**一、…**`` and ``## 一、…`` lines, Arabic and full-width numbers (``1．`` / ``１．``), ``一 `` with a
  space, headings opened by 关于, 一是/二是 prose lines that are not headings;
- custom (invented) old-era headings running into a sentence that opens with a bare verb, and
  known headings running into a sentence that opens with 工作人员;
- issuers named only in a 联系方式/地址 paragraph, in a URL-like footer or in the portal name of a
  crawl row's title column (a crawl that kept the site name instead of the title);
- a government's 办公室 reporting on its own work; townships and 街道 of autonomous counties
  (Qinghai, Yunnan, Chongqing, Hainan); 管委会 of 开发区 / 高新区 / 新区;
- vertically managed bodies (气象局, 海关, 税务局 branches, 通信管理局, 调查总队) and public
  institutions that publish information disclosure reports (a university, a hospital);
- a report whose title names its publication year while its text and statistics period are of
  the year before; a report of two bodies that share one office (合署办公); years only as
  ``二〇一五年``; provinces the earlier sets use little (海南, 青海, 西藏, 天津, 黑龙江, 宁夏, 北京).

Conventions of this set (for a reviewer to confirm):

- a province-administered county-level city or county (海南 五指山市, 琼中黎族苗族自治县) has
  city ``None``;
- a vertically managed body's places are those its name gives (拉萨海关: 西藏自治区, 拉萨市);
- a public institution (大学, 医院) has admin level ``other`` (it is not a government body), its
  places those its name gives;
- a report of two bodies that share one office has the first-named body as issuer;
- the year of a report is the year its text and statistics period report on, even where its
  title names the year of publication;
- a 管委会 of a development zone is ``city`` level with the city its name gives (as in probes3);
- a school year's report (2021-2022学年) has the year the school year begins.

Probes 1–48 were written before textmine read any of them; probes 49–60 (section F) after the
first round of fixes, and scored before the second; probes 61–67 (section G) after the second
round, and scored before the third.

Each entry is ``pid -> (text, header, expected)`` with the keys of ``probes2``.

``python -m tests.probe_hand8`` rewrites ``tests/cases/probes8/``; the tests and
``bench/probe_meta.py --set probes8`` read those files.

Example:
    >>> text, header, want = PROBES8["a-wuzhishan-2009-chapter"]
    >>> text.splitlines()[1][:3], want["kinds"][0]
    ('第一章', 'overview')
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_sets import LAW, Probe, register, write_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes8"

PROBES8: dict[str, Probe] = {}

#: One part: its number as printed, its heading as printed, its kind, its text.
Part = tuple[str, str, str, str]

NO_APPEALS = "本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。"
NO_FEES = "本年度未收取政府信息公开相关费用。"
NO_OTHER = "无其他需要报告的事项。"
K6 = ("overview", "proactive", "requests", "appeals", "problems", "other")
T6 = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况", "其他需要报告的事项")
K7 = ("overview", "proactive", "requests", "fees", "appeals", "problems", "other")
T7 = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
      "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进措施", "其他需要报告的事项")
CN = "一二三四五六七八九十"


def parts(kinds: tuple[str, ...], titles: tuple[str, ...], bodies: tuple[str, ...], *,
          nums: tuple[str, ...] | None = None) -> list[Part]:
    """Parts numbered 一、二、… (or ``nums``) with these kinds, titles and texts."""
    nums = nums or tuple(f"{c}、" for c in CN[:len(kinds)])
    return [(n, t, k, b) for n, t, k, b in zip(nums, titles, kinds, bodies, strict=True)]


def six(*bodies: str, titles: tuple[str, ...] = T6, nums: tuple[str, ...] | None = None) -> list[Part]:
    """The six parts of the 2019/2021 formats."""
    return parts(K6, titles, bodies, nums=nums)


def seven(*bodies: str, titles: tuple[str, ...] = T7, nums: tuple[str, ...] | None = None) -> list[Part]:
    """The seven parts of the 2008 format."""
    return parts(K7, titles, bodies, nums=nums)


def report(head: list[str], ps: list[Part], tail: list[str] | None = None, *, sep: str = "\n",
           wrap: str = "{num}{title}", inline: bool = False) -> str:
    """A report's text: ``head`` lines, each part's heading (formatted by ``wrap``) and text,
    ``tail`` lines; ``inline`` puts a part's text on its heading's line."""
    lines = list(head)
    for num, title, _, body in ps:
        heading = wrap.format(num=num, title=title)
        lines += [heading + body] if inline else [heading, body]
    lines += tail or []
    return sep.join(lines) + "\n"


def add(pid: str, text: str, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True) -> None:
    """Register a probe; expected kinds and titles are the parts' (heading without closing ``：``/``。``)."""
    issuer, level, province, city, county, year = meta
    register(PROBES8, pid, text, header, issuer, level, province, city, county, year,
             [k for _, _, k, _ in ps], [t.rstrip("：:。") for _, t, _, _ in ps], plans=plans)


# ============================ A. odd heading styles of early free-form reports ============================

# 1. Hainan, a province-administered county-level city, 2009, 第一章 … headings
P = parts(("overview", "proactive", "requests", "fees", "appeals", "problems"),
          ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "收费及减免情况", "行政复议和行政诉讼情况",
           "存在的问题和改进措施"),
          ("2009年，五指山市人民政府认真贯彻《中华人民共和国政府信息公开条例》，政府信息公开工作稳步推进。",
           "全年主动公开政府信息1083条，其中通过市政府网站公开926条。",
           "全年共受理政府信息公开申请5件，均已按时答复。",
           "未收取任何费用。",
           "未发生政府信息公开行政复议和行政诉讼案件。",
           "部分单位对信息公开工作重视不够。2010年，我市将加强督促检查，完善考核办法。"),
          nums=("第一章　", "第二章　", "第三章　", "第四章　", "第五章　", "第六章　"))
add("a-wuzhishan-2009-chapter",
    report(["五指山市人民政府2009年政府信息公开工作年度报告"], P),
    {}, ("五指山市人民政府", "county", "海南省", None, "五指山市", 2009), P)

# 2. Qinghai provincial bureau, 2010, 【一、…】 bracketed headings, issuer only in an address paragraph
P = parts(("overview", "proactive", "requests", "fees", "appeals", "problems", "other"),
          ("基本情况", "主动公开情况", "依申请公开情况", "收费及减免情况", "行政复议和行政诉讼情况",
           "存在的问题及改进措施", "其他需要报告的事项"),
          ("2010年，我局按照省政府的统一部署，认真落实政府信息公开各项工作。",
           "全年主动公开林业政策、项目审批等信息214条。",
           "全年收到政府信息公开申请2件，均已答复。",
           NO_FEES, NO_APPEALS,
           "信息更新不够及时。下一步，我局将建立信息报送考核制度。",
           "联系地址：西宁市城西区五四西路33号青海省林业局办公室，邮政编码810008，联系电话0971-6118000。"),
          nums=tuple(f"【{c}、" for c in CN[:7]))
add("a-qhly-2010-bracket",
    report(["根据《中华人民共和国政府信息公开条例》规定，现公布我局2010年政府信息公开工作年度报告。"],
           [(n, t, k, b) for n, t, k, b in P], wrap="{num}{title}】"),
    {}, ("青海省林业局", "department", "青海省", None, None, 2010), P)

# 3. Tianjin district, 2022, Markdown bold headings (a crawl that kept the editor's **)
P = six("2022年，我区坚持以公开为常态、不公开为例外，持续深化政务公开。",
        "全年主动公开政府信息3126条。",
        "全年新收政府信息公开申请58件，结转上年4件。",
        "全年发生政府信息公开行政复议3件，行政诉讼1件。",
        "政策解读的形式仍较单一。下一步，我区将推出图解、视频等多种解读形式。",
        NO_OTHER)
add("a-hexi-2022-markdown-bold",
    report(["**天津市河西区人民政府2022年政府信息公开工作年度报告**", LAW + "编制本报告。"], P, wrap="**{num}{title}**"),
    {}, ("天津市河西区人民政府", "district", "天津市", "天津市", "河西区", 2022), P)

# 4. Ningxia township, 2023, Markdown ## headings
P = six("2023年，闽宁镇人民政府全面落实基层政务公开标准化规范化要求。",
        "全年通过镇政务公开栏、县政府网站镇级专栏主动公开信息286条。",
        "全年未收到政府信息公开申请。",
        NO_APPEALS,
        "公开内容与群众需求结合不够紧密。下一步，我镇将围绕移民搬迁、产业帮扶等重点事项加大公开力度。",
        NO_OTHER)
add("a-minning-2023-markdown-hash",
    report(["# 永宁县闽宁镇人民政府2023年政府信息公开工作年度报告", ""], P, wrap="## {num}{title}"),
    {}, ("永宁县闽宁镇人民政府", "township", "宁夏回族自治区", "银川市", "永宁县", 2023), P)

# 5. Heilongjiang district, 2011, Arabic numbers 1． 2． and 一是/二是 lines inside parts
P = parts(("overview", "proactive", "requests", "fees", "appeals", "problems"),
          ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "收费及减免情况",
           "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施"),
          ("2011年，道里区人民政府进一步加强政府信息公开工作，主要做了以下工作：\n一是健全组织机构，调整了领导小组。\n"
           "二是完善制度，制定了信息发布审核办法。\n三是加强培训，全年培训信息员86人次。",
           "全年主动公开政府信息1735条。",
           "全年受理政府信息公开申请12件，全部按期答复。",
           NO_FEES, NO_APPEALS,
           "一是部分部门公开不够及时；二是公开形式较为单一。2012年，我区将着力解决上述问题。"),
          nums=("1．", "2．", "3．", "4．", "5．", "6．"))
add("a-daoli-2011-arabic",
    report(["哈尔滨市道里区人民政府2011年政府信息公开工作年度报告"], P),
    {}, ("哈尔滨市道里区人民政府", "district", "黑龙江省", "哈尔滨市", "道里区", 2011), P)

# 6. Beijing district bureau, 2012, full-width numbers １． and headings opened by 关于
P = parts(("overview", "proactive", "requests", "fees", "appeals", "problems"),
          ("关于政府信息公开工作的基本情况", "关于主动公开政府信息的情况", "关于依申请公开政府信息的情况",
           "关于收费及减免情况", "关于行政复议和行政诉讼情况", "关于存在的问题及改进措施"),
          ("2012年，我局把政府信息公开作为民政工作的重要内容。",
           "全年主动公开政府信息329条。",
           "全年受理申请4件。",
           NO_FEES, NO_APPEALS,
           "公开信息的实用性有待增强。下一步，我局将重点公开救助、优抚等与群众利益密切相关的信息。"),
          nums=("１．", "２．", "３．", "４．", "５．", "６．"))
add("a-mentougou-mz-2012-fullwidth",
    report(["北京市门头沟区民政局2012年政府信息公开工作年度报告"], P),
    {}, ("北京市门头沟区民政局", "department", "北京市", "北京市", "门头沟区", 2012), P)

# 7. Heilongjiang county, 2008 (the first year), eight parts with a consultation part
P = parts(("overview", "measures", "proactive", "requests", "consultation", "fees", "appeals", "problems"),
          ("概述", "政府信息公开的组织领导和制度建设情况", "主动公开政府信息情况", "依申请公开政府信息情况",
           "政府信息公开咨询处理情况", "政府信息公开的收费及减免情况", "行政复议和行政诉讼情况",
           "存在的主要问题和改进措施"),
          ("2008年是《中华人民共和国政府信息公开条例》施行的第一年。",
           "县政府成立了政府信息公开工作领导小组，制定了《漠河县政府信息公开工作制度》等六项制度。",
           "全年主动公开政府信息612条。",
           "全年受理政府信息公开申请1件。",
           "全年接受群众咨询37人次。",
           "未收取费用。", "未发生行政复议和行政诉讼。",
           "工作人员业务水平有待提高。2009年，我县将加强培训，进一步规范公开工作。"))
add("a-mohe-2008-eight",
    report(["漠河县人民政府2008年政府信息公开工作年度报告"], P),
    {}, ("漠河县人民政府", "county", "黑龙江省", "大兴安岭地区", "漠河县", 2008), P)

# 8. Qinghai city department, 2011, numbers with a space and no 、 (一 概述)
P = seven("2011年，我局认真贯彻落实《条例》。", "全年主动公开信息176条。", "全年未收到申请。", NO_FEES, NO_APPEALS,
          "公开的信息不够全面。下一步，我局将进一步梳理公开目录。", NO_OTHER,
          nums=tuple(f"{c} " for c in CN[:7]))
add("a-xining-jy-2011-space-num",
    report(["西宁市教育局2011年政府信息公开工作年度报告"], P),
    {}, ("西宁市教育局", "department", "青海省", "西宁市", None, 2011), P)

# 9. Tibet county, 2012, headings 一）with a half bracket
P = parts(("overview", "proactive", "requests", "appeals", "problems"),
          ("基本情况", "主动公开情况", "依申请公开情况", "复议诉讼情况", "存在问题及下一步打算"),
          ("2012年，林周县人民政府扎实推进政府信息公开工作。", "全年主动公开信息96条。", "全年未收到申请。",
           "未发生行政复议和行政诉讼。", "信息公开专栏内容较少。下一步，我县将充实公开内容。"),
          nums=("一）", "二）", "三）", "四）", "五）"))
add("a-linzhou-2012-half-bracket",
    report(["林周县人民政府2012年政府信息公开工作年度报告"], P),
    {}, ("林周县人民政府", "county", "西藏自治区", "拉萨市", "林周县", 2012), P)

# 10. Hainan provincial department, 2010, invented headings running into bare-verb sentences
P = parts(("measures", "measures", "proactive", "requests", "problems"),
          ("加强领导，健全机构", "完善制度，规范程序", "主动公开政府信息情况", "依申请公开情况", "存在的问题和改进措施"),
          ("成立了以厅长为组长的政府信息公开工作领导小组，办公室设在厅办公室。",
           "制定了《海南省海洋与渔业厅政府信息公开工作规程》。",
           "全年主动公开政府信息268条。",
           "受理依申请公开2件。",
           "网上公开的及时性不够。下一步，我厅将完善网站信息更新机制。"))
add("a-hnhy-2010-verb-runon",
    report(["海南省海洋与渔业厅2010年政府信息公开工作年度报告"], P, inline=True),
    {}, ("海南省海洋与渔业厅", "department", "海南省", None, None, 2010), P)

# 11. Tianjin county-level body, 2021, known headings running into 工作人员… and 部分…
P = six("2021年，区统计局坚持依法公开、真实公正的原则。",
        "全年主动公开统计信息126条。",
        "工作人员按照法定时限办理申请，全年收到申请3件。",
        NO_APPEALS,
        "工作人员对新《条例》的理解还不够深入。下一步，我局将组织专题学习。",
        NO_OTHER)
add("a-jinghai-tj-2021-staff-runon",
    report(["天津市静海区统计局2021年政府信息公开工作年度报告"], P, inline=True),
    {}, ("天津市静海区统计局", "department", "天津市", "天津市", "静海区", 2021), P)

# 12. Chongqing autonomous county, 2016, 一是/二是 paragraphs opening lines after each heading
P = seven("2016年，县政府认真落实政府信息公开各项要求。\n一是加强组织领导。\n二是完善工作机制。\n三是强化督查考核。",
          "全年主动公开政府信息2358条。", "全年受理依申请公开34件。", NO_FEES, NO_APPEALS,
          "一是部分乡镇公开不规范；二是公开内容深度不够。下一步，我县将加强培训指导。", NO_OTHER)
add("a-youyang-2016-yishi",
    report(["重庆市酉阳土家族苗族自治县人民政府2016年政府信息公开工作年度报告"], P),
    {}, ("重庆市酉阳土家族苗族自治县人民政府", "county", "重庆市", "重庆市", "酉阳土家族苗族自治县", 2016), P)

# 13. Yunnan prefecture bureau, 2020, headings in Markdown bold with the text on the same line
P = six("2020年，州生态环境局认真贯彻落实新修订的《条例》。",
        "全年主动公开环境质量、建设项目环评等信息842条。",
        "全年收到政府信息公开申请11件。",
        "发生行政复议1件，维持原决定。",
        "公开的信息解读不够。下一步，我局将加强政策解读。",
        NO_OTHER)
add("a-xsbn-sthj-2020-bold-inline",
    report(["西双版纳傣族自治州生态环境局2020年政府信息公开工作年度报告"], P, wrap="**{num}{title}**", inline=True),
    {}, ("西双版纳傣族自治州生态环境局", "department", "云南省", "西双版纳傣族自治州", None, 2020), P)

# 14. Heilongjiang city, 2010, headings 第一部分 with odd free-form titles incl. 工作打算
P = parts(("overview", "proactive", "requests", "fees", "appeals", "problems", "plans"),
          ("政府信息公开工作概况", "主动公开政府信息的情况", "依申请公开政府信息的情况", "收费和减免情况",
           "复议诉讼情况", "工作中存在的问题", "2011年工作打算"),
          ("2010年，我市政府信息公开工作在省政府的指导下有序开展。", "全年主动公开信息4216条。",
           "全年受理申请27件。", "未收取费用。", "未发生行政复议和行政诉讼。",
           "个别部门对信息公开认识不足。", "我市将进一步完善信息公开工作制度，加强监督检查。"),
          nums=tuple(f"第{c}部分　" for c in CN[:7]))
add("a-jiamusi-2010-parts",
    report(["佳木斯市人民政府2010年政府信息公开工作年度报告"], P),
    {}, ("佳木斯市人民政府", "city", "黑龙江省", "佳木斯市", None, 2010), P)

# ============================ B. where the issuer is named ============================

# 15. Tibet city, 2021, body says 我市; the issuer only in a URL-like footer
P = six("2021年，我市认真贯彻落实党中央、国务院关于政务公开的决策部署。",
        "全年主动公开政府信息5126条。",
        "全年新收政府信息公开申请19件。",
        NO_APPEALS,
        "基层政务公开工作不平衡。下一步，我市将加强对县（区）的指导。",
        NO_OTHER)
add("b-lasa-2021-url-footer",
    report([LAW + "编制本报告。"], P,
           ["本报告电子版可在拉萨市人民政府门户网站（http://www.lasa.gov.cn）政府信息公开专栏下载。"]),
    {}, ("拉萨市人民政府", "city", "西藏自治区", "拉萨市", None, 2021), P)

# 16. Hainan bureau, 2022, body 我局; the issuer only in 联系方式
P = six("2022年，我局紧紧围绕自由贸易港建设，扎实推进政务公开。",
        "全年主动公开政府信息931条。",
        "全年新收申请26件。",
        NO_APPEALS,
        "公开平台的功能仍需完善。下一步，我局将优化网站信息检索功能。",
        "如对本报告有疑问，请与海口市市场监督管理局办公室联系，地址：海口市美兰区海府路88号，电话：0898-65300000。")
add("b-haikou-scjg-2022-contact",
    report([LAW + "特编制本报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。"], P),
    {}, ("海口市市场监督管理局", "department", "海南省", "海口市", None, 2022), P)

# 17. crawl row whose title column is the portal's name; a county-level city's own report (我市)
P = six("2020年，我市全面贯彻新修订的《条例》，政务公开工作取得新进展。",
        "全年主动公开政府信息2460条。",
        "全年新收申请9件。",
        NO_APPEALS,
        "公开的及时性有待提高。2021年，五大连池市人民政府将加强信息发布时效管理。",
        NO_OTHER)
add("b-wdlc-2020-site-title",
    report([], P, ["五大连池市人民政府", "2021年1月20日"]),
    {"标题": "五大连池市人民政府", "来源": "五大连池市人民政府网"},
    ("五大连池市人民政府", "county", "黑龙江省", "黑河市", "五大连池市", 2020), P)

# 18. crawl row whose title column is the city portal; the report is a bureau's, signed
P = six("2022年，我局坚持以公开促落实、促规范、促服务。",
        "全年主动公开信息512条。",
        "全年新收申请4件。",
        NO_APPEALS,
        "公开内容的针对性还不够强。下一步，我局将围绕群众关注的水环境治理加强公开。",
        NO_OTHER)
add("b-heihe-sthj-2022-site-title",
    report([], P, ["黑河市生态环境局", "2023年1月16日"]),
    {"标题": "黑河市人民政府门户网站", "来源": "黑河市人民政府"},
    ("黑河市生态环境局", "department", "黑龙江省", "黑河市", None, 2022), P)

# 19. crawl row, title column the site name with a suffix, a township report naming its county
P = six("2021年，横沙乡人民政府按照区政府的统一部署，推进基层政务公开标准化规范化。",
        "全年主动公开政府信息156条。",
        "全年未收到政府信息公开申请。",
        NO_APPEALS,
        "公开栏目内容更新不及时。下一步，我乡将落实专人负责。",
        NO_OTHER)
add("b-hengsha-2021-site-title",
    report([LAW + "上海市崇明区横沙乡人民政府编制本报告。"], P),
    {"标题": "上海市崇明区人民政府-政府信息公开", "来源": "崇明区人民政府"},
    ("上海市崇明区横沙乡人民政府", "township", "上海市", "上海市", "崇明区", 2021), P)

# 20. a district government's office reporting on its own work
P = six("2023年，区政府办公室作为全区政务公开工作主管部门，同时做好本机关政府信息公开工作。",
        "本机关全年主动公开信息238条。",
        "本机关全年新收申请6件。",
        NO_APPEALS,
        "本机关政策解读质量有待提高。下一步，区政府办公室将提高解读质量。",
        NO_OTHER)
add("b-nankai-bgs-2023-office",
    report(["天津市南开区人民政府办公室2023年政府信息公开工作年度报告"], P, ["天津市南开区人民政府办公室", "2024年1月25日"]),
    {}, ("天津市南开区人民政府办公室", "department", "天津市", "天津市", "南开区", 2023), P)

# 21. a county government's report compiled by its office (the government is the issuer)
P = six("2022年，琼中黎族苗族自治县人民政府认真贯彻落实《条例》，推进政务公开。",
        "全年主动公开政府信息3015条。",
        "全年新收申请14件。",
        NO_APPEALS,
        "部分乡镇公开专栏建设滞后。下一步，我县将加强乡镇政务公开专区建设。",
        NO_OTHER)
add("b-qiongzhong-2022-compiled",
    report(["本报告由琼中黎族苗族自治县人民政府办公室编制。"], P),
    {}, ("琼中黎族苗族自治县人民政府", "county", "海南省", None, "琼中黎族苗族自治县", 2022), P)

# 22. two bodies that share one office, named jointly in the title
P = six("2019年，我委（局）深入贯彻落实新修订的《条例》。",
        "全年主动公开政府信息1286条。",
        "全年新收申请73件。",
        "发生行政复议4件，行政诉讼2件。",
        "依申请公开答复的规范性需加强。下一步，我委（局）将加强答复审核。",
        NO_OTHER)
add("b-tjscjg-2019-joint",
    report(["天津市市场监督管理委员会 天津市知识产权局2019年政府信息公开工作年度报告"], P),
    {}, ("天津市市场监督管理委员会", "department", "天津市", "天津市", None, 2019), P)

# 23. a report whose title names the publication year; the text and statistics are of 2018
P = seven("2018年，我县认真贯彻落实《条例》，政府信息公开工作有序推进。", "2018年全年主动公开政府信息1763条。",
          "2018年受理依申请公开8件。", NO_FEES, NO_APPEALS,
          "公开的信息质量不高。2019年，我县将进一步提升公开质量。", NO_OTHER)
add("b-datong-qh-2019-title-year",
    report(["大通回族土族自治县2019年政府信息公开工作年度报告",
            "本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。"], P,
           ["大通回族土族自治县人民政府", "2019年3月28日"]),
    {}, ("大通回族土族自治县人民政府", "county", "青海省", "西宁市", "大通回族土族自治县", 2018), P)

# 24. the year only as 二〇一五年, a Hainan autonomous county, signature in Chinese numerals
P = seven("二〇一五年，我县认真贯彻落实《条例》，进一步推进政府信息公开。", "全年主动公开政府信息1408条。",
          "全年受理申请3件。", NO_FEES, NO_APPEALS, "公开工作的规范化水平有待提高。下一步，我县将加强规范化建设。",
          NO_OTHER)
add("b-baisha-2015-cn-year",
    report(["根据《中华人民共和国政府信息公开条例》，现公布白沙黎族自治县人民政府二〇一五年政府信息公开工作年度报告。"
            "本报告统计期限自二〇一五年一月一日起至二〇一五年十二月三十一日止。"], P,
           ["白沙黎族自治县人民政府", "二〇一六年三月二十五日"]),
    {}, ("白沙黎族自治县人民政府", "county", "海南省", None, "白沙黎族自治县", 2015), P)

# ============================ C. townships, 街道 and zones ============================

# 25. Qinghai township of an autonomous county, 2022
P = six("2022年，威远镇人民政府坚持以人民为中心，深入推进基层政务公开。",
        "全年主动公开政府信息198条。",
        "全年收到申请1件，已按期答复。",
        NO_APPEALS,
        "村务公开与政务公开衔接不够。下一步，我镇将推动村级公开栏规范化。",
        NO_OTHER)
add("c-weiyuan-2022-ethnic-town",
    report(["互助土族自治县威远镇人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("互助土族自治县威远镇人民政府", "township", "青海省", "海东市", "互助土族自治县", 2022), P)

# 26. Yunnan 街道 of an autonomous county, 2023, no title (crawl row)
P = six("2023年，鹿阜街道办事处认真落实上级关于政务公开的部署。",
        "全年主动公开信息231条。",
        "全年未收到政府信息公开申请。",
        NO_APPEALS,
        "公开的主动性不强。下一步，我街道将加强公开工作的统筹。",
        NO_OTHER)
add("c-lufu-2023-ethnic-street",
    report([], P, ["石林彝族自治县鹿阜街道办事处", "2024年1月18日"]),
    {"来源": "石林彝族自治县人民政府"},
    ("石林彝族自治县鹿阜街道办事处", "township", "云南省", "昆明市", "石林彝族自治县", 2023), P)

# 27. Yunnan township of a multi-ethnic autonomous county, 2019
P = six("2019年，娜允镇人民政府全面贯彻新修订的《条例》。",
        "全年主动公开信息142条。",
        "全年未收到申请。",
        NO_APPEALS,
        "信息公开人员变动频繁。下一步，我镇将固定专人负责公开工作。",
        NO_OTHER)
add("c-nayun-2019-ethnic-town",
    report(["孟连傣族拉祜族佤族自治县娜允镇人民政府2019年政府信息公开工作年度报告"], P),
    {}, ("孟连傣族拉祜族佤族自治县娜允镇人民政府", "township", "云南省", "普洱市", "孟连傣族拉祜族佤族自治县", 2019), P)

# 28. a development zone committee, Qinghai, 2021
P = six("2021年，西宁经济技术开发区管理委员会坚持把政务公开作为优化营商环境的重要抓手。",
        "全年主动公开政府信息612条。",
        "全年新收申请5件。",
        NO_APPEALS,
        "园区企业政策的公开解读不够。下一步，我委将编制惠企政策清单。",
        NO_OTHER)
add("c-xining-jkq-2021-zone",
    report([LAW + "编制本报告。"], P),
    {}, ("西宁经济技术开发区管理委员会", "city", "青海省", "西宁市", None, 2021), P)

# 29. a high-tech zone committee, Hainan, 2020, short form 高新区管委会 in the body
P = six("2020年，高新区管委会认真贯彻落实新修订的《条例》。",
        "全年主动公开政府信息387条。",
        "全年新收申请2件。",
        NO_APPEALS,
        "公开的信息数量不多。下一步，我委将扩大公开范围。",
        NO_OTHER)
add("c-haikou-gxq-2020-zone",
    report(["海口国家高新技术产业开发区管理委员会2020年政府信息公开工作年度报告"], P),
    {}, ("海口国家高新技术产业开发区管理委员会", "city", "海南省", "海口市", None, 2020), P)

# 30. a new area committee, Liaoning, 2022
P = six("2022年，金普新区管委会深入推进政务公开。",
        "全年主动公开政府信息2846条。",
        "全年新收申请41件。",
        "发生行政复议2件，行政诉讼1件。",
        "基层公开标准化建设有待深化。下一步，新区将推进街道政务公开专区建设。",
        NO_OTHER)
add("c-jinpu-2022-newarea",
    report(["大连金普新区管理委员会2022年政府信息公开工作年度报告"], P),
    {}, ("大连金普新区管理委员会", "city", "辽宁省", "大连市", None, 2022), P)

# 31. Ningxia township, 2016 old format, no title, body names the township and county
P = seven("2016年，黄渠桥镇人民政府在平罗县委、县政府的领导下，认真做好政府信息公开工作。",
          "全年主动公开信息87条。", "全年未收到申请。", NO_FEES, NO_APPEALS,
          "公开形式单一。下一步，我镇将利用微信公众号扩大公开。", NO_OTHER)
add("c-huangquqiao-2016-town",
    report([], P, ["平罗县黄渠桥镇人民政府", "2017年3月20日"]),
    {"来源": "平罗县人民政府"},
    ("平罗县黄渠桥镇人民政府", "township", "宁夏回族自治区", "石嘴山市", "平罗县", 2016), P)

# ============================ D. vertically managed bodies and public institutions ============================

# 32. a provincial meteorological bureau, 2021, 我局 in the body
P = six("2021年，青海省气象局认真贯彻落实中国气象局和省政府关于政务公开的工作部署。",
        "全年主动公开气象预报预警、防灾减灾等信息1412条。",
        "全年新收申请2件。",
        NO_APPEALS,
        "气象政策解读不够深入。下一步，我局将加强气象法规政策解读。",
        NO_OTHER)
add("d-qhqx-2021-vertical",
    report([LAW + "编制本报告。"], P),
    {}, ("青海省气象局", "department", "青海省", None, None, 2021), P)

# 33. a customs district, 2020, 我关
P = six("2020年，拉萨海关在海关总署的统一部署下，扎实推进政务公开。",
        "全年主动公开政府信息356条。",
        "全年新收申请3件。",
        NO_APPEALS,
        "公开的及时性有待提高。下一步，我关将完善信息发布机制。",
        NO_OTHER)
add("d-lasa-customs-2020",
    report(["拉萨海关2020年政府信息公开工作年度报告"], P),
    {}, ("拉萨海关", "department", "西藏自治区", "拉萨市", None, 2020), P)

# 34. a city tax bureau of the State Taxation Administration, 2023
P = six("2023年，国家税务总局海口市税务局坚持以纳税人缴费人为中心，深化税务政务公开。",
        "全年主动公开税收政策、办税指南等信息1582条。",
        "全年新收申请12件。",
        "发生行政复议1件。",
        "政策解读的通俗性有待提高。下一步，我局将推出更多图解、短视频。",
        NO_OTHER)
add("d-haikou-tax-2023-vertical",
    report([LAW + "编制本报告。"], P, ["国家税务总局海口市税务局", "2024年1月30日"]),
    {}, ("国家税务总局海口市税务局", "department", "海南省", "海口市", None, 2023), P)

# 35. a provincial communications administration (MIIT), 2022, title in the header
P = six("2022年，我局认真贯彻落实工业和信息化部关于政务公开的工作要求。",
        "全年主动公开政府信息286条。",
        "全年新收申请7件。",
        NO_APPEALS,
        "公开平台的互动功能较弱。下一步，我局将完善网站互动栏目。",
        NO_OTHER)
add("d-hljca-2022-vertical",
    report([], P),
    {"标题": "黑龙江省通信管理局2022年政府信息公开工作年度报告"},
    ("黑龙江省通信管理局", "department", "黑龙江省", None, None, 2022), P)

# 36. a survey team of the National Bureau of Statistics, 2019
P = six("2019年，国家统计局天津调查总队认真贯彻落实新修订的《条例》。",
        "全年主动公开统计调查数据、统计公报等信息462条。",
        "全年新收申请5件。",
        NO_APPEALS,
        "数据解读不够通俗。下一步，我队将加强数据解读。",
        NO_OTHER)
add("d-tjdcd-2019-vertical",
    report(["国家统计局天津调查总队2019年政府信息公开工作年度报告"], P),
    {}, ("国家统计局天津调查总队", "department", "天津市", "天津市", None, 2019), P)

# 37. a university's information disclosure report (a public institution), 2021
P = parts(("overview", "proactive", "requests", "problems", "other"),
          ("概述", "主动公开情况", "依申请公开和不予公开情况", "工作中存在的主要问题及改进情况", "其他需要报告的事项"),
          ("本学年，海南大学认真贯彻《高等学校信息公开办法》，深入推进校务公开。",
           "全年通过学校门户网站主动公开信息2613条。",
           "全年收到信息公开申请6件，均按期答复。",
           "信息公开的规范化有待提高。下一步，学校将完善信息公开目录。",
           NO_OTHER))
add("d-hainu-2021-university",
    report(["海南大学2021-2022学年信息公开工作年度报告"], P),
    {}, ("海南大学", "other", "海南省", None, None, 2021), P)

# 38. a hospital's report under the rules for public institutions, 2022
P = parts(("overview", "proactive", "requests", "problems"),
          ("总体情况", "主动公开情况", "依申请公开情况", "存在的问题及改进措施"),
          ("2022年，天津市第一中心医院按照《医疗卫生机构信息公开管理办法》要求，做好院务公开工作。",
           "全年通过医院网站、公众号公开医疗服务价格、就医指南等信息635条。",
           "全年收到信息公开申请3件。",
           "信息公开的便民性有待提高。下一步，医院将优化公开栏目。"))
add("d-tjfch-2022-hospital",
    report(["天津市第一中心医院2022年信息公开工作年度报告"], P),
    {}, ("天津市第一中心医院", "other", "天津市", "天津市", None, 2022), P)

# 39. a national administration, 2010 early report, 我局, headings 【】 on their own
P = seven("2010年，中国地震局认真贯彻落实《条例》，进一步加强政府信息公开工作。", "全年主动公开政府信息1176条。",
          "全年受理依申请公开6件。", NO_FEES, NO_APPEALS,
          "信息公开与防震减灾业务结合不够。2011年，我局将加强地震信息公开。", NO_OTHER,
          nums=tuple(f"【{c}】" for c in CN[:7]))
add("d-cea-2010-bracket-number",
    report(["中国地震局2010年政府信息公开工作年度报告"], P),
    {}, ("中国地震局", "department", None, None, None, 2010), P)

# ============================ E. more places and shapes ============================

# 40. Tibet county, 2019 format, body names the county government
P = six("2019年，当雄县人民政府认真贯彻落实新修订的《条例》。",
        "全年主动公开政府信息318条。",
        "全年未收到申请。",
        NO_APPEALS,
        "公开内容不够丰富。下一步，我县将围绕牧民群众关心的惠民政策加强公开。",
        NO_OTHER)
add("e-dangxiong-2019",
    report([], P),
    {"来源": "拉萨市人民政府"},
    ("当雄县人民政府", "county", "西藏自治区", "拉萨市", "当雄县", 2019), P)

# 41. Ningxia city department, 2024, run-in headings with 。, one line
P = six("2024年，市医疗保障局坚持公开为常态。", "全年主动公开政府信息426条。", "全年新收申请8件。", NO_APPEALS,
        "医保政策解读还不够通俗。下一步，我局将开展医保政策进社区活动。", NO_OTHER,
        titles=tuple(t + "。" for t in T6))
add("e-wuzhong-yb-2024-flat",
    report(["吴忠市医疗保障局2024年政府信息公开工作年度报告"], P, sep="", inline=True),
    {}, ("吴忠市医疗保障局", "department", "宁夏回族自治区", "吴忠市", None, 2024), P)

# 42. Beijing township, 2020, title with the year in brackets
P = six("2020年，斋堂镇人民政府认真贯彻落实新修订的《条例》。",
        "全年主动公开政府信息174条。",
        "全年收到申请2件。",
        NO_APPEALS,
        "公开的及时性不够。下一步，我镇将建立公开台账。",
        NO_OTHER)
add("e-zhaitang-2020",
    report(["北京市门头沟区斋堂镇人民政府政府信息公开工作年度报告（2020年）"], P),
    {}, ("北京市门头沟区斋堂镇人民政府", "township", "北京市", "北京市", "门头沟区", 2020), P)

# 43. Hainan city, 2013, the parts closed by 一是… lists; signature only
P = seven("2013年，我市认真贯彻《条例》，政府信息公开工作不断深化。", "全年主动公开政府信息5624条。",
          "全年受理依申请公开43件。", NO_FEES, "发生行政复议1件。",
          "一是公开不够及时；二是解读不够深入。下一步，我市将重点解决上述问题。", NO_OTHER)
add("e-sanya-2013-sign",
    report([LAW + "现公布2013年度政府信息公开工作年度报告。"], P, ["三亚市人民政府", "2014年3月31日"]),
    {}, ("三亚市人民政府", "city", "海南省", "三亚市", None, 2013), P)

# 44. Qinghai provincial government, 2024, title in the header only
P = six("2024年，青海省人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面推进政务公开。",
        "全年主动公开政府信息3.2万条。",
        "全年新收申请412件。",
        "发生行政复议37件，行政诉讼15件。",
        "基层政务公开工作不平衡。下一步，我省将加强对市州的指导。",
        NO_OTHER)
add("e-qinghai-gov-2024",
    report([], P),
    {"标题": "青海省人民政府2024年政府信息公开工作年度报告"},
    ("青海省人民政府", "province", "青海省", None, None, 2024), P)

# 45. Heilongjiang county bureau, 2017, headings with a trailing colon and 工作人员 opening a part
P = seven("2017年，县人社局认真开展政府信息公开工作。", "工作人员及时公开就业创业、社会保险等信息，全年共316条。",
          "全年受理申请2件。", NO_FEES, NO_APPEALS, "工作人员少，公开质量不高。下一步，我局将加强人员配备。",
          NO_OTHER, titles=tuple(t + "：" for t in T7))
add("e-tailai-rs-2017-colon-staff",
    report(["泰来县人力资源和社会保障局2017年政府信息公开工作年度报告"], P, inline=True),
    {}, ("泰来县人力资源和社会保障局", "department", "黑龙江省", "齐齐哈尔市", "泰来县", 2017), P)

# 46. Tibet provincial department, 2018, the title line carries the year as 二〇一八年度
P = seven("二〇一八年，我厅认真落实政府信息公开工作要点。", "全年主动公开政府信息652条。", "全年受理申请5件。",
          NO_FEES, NO_APPEALS, "公开的深度不够。下一步，我厅将加强重点领域信息公开。", NO_OTHER)
add("e-xzjt-2018-cn-title",
    report(["西藏自治区交通运输厅二〇一八年度政府信息公开工作报告"], P),
    {}, ("西藏自治区交通运输厅", "department", "西藏自治区", None, None, 2018), P)

# 47. Liaoning county-level city, 2014, no title, 本报告由…编制 names the government
P = seven("2014年，我市围绕市委、市政府中心工作，扎实推进政府信息公开。", "全年主动公开政府信息2217条。",
          "全年受理申请16件。", NO_FEES, NO_APPEALS, "部分部门重视不够。下一步，我市将加强考核。", NO_OTHER)
add("e-zhuanghe-2014-compiled",
    report(["本报告由庄河市人民政府办公室根据《中华人民共和国政府信息公开条例》编制。"], P),
    {}, ("庄河市人民政府", "county", "辽宁省", "大连市", "庄河市", 2014), P)

# 48. Ningxia autonomous-region department, 2023, headings wrapped in 【】 with the text on the line
P = six("2023年，自治区农业农村厅持续深化政务公开。", "全年主动公开政府信息1031条。", "全年新收申请22件。",
        NO_APPEALS, "公开的精准性有待提高。下一步，我厅将围绕乡村振兴加强公开。", NO_OTHER,
        nums=tuple(f"【{c}、" for c in CN[:6]))
add("e-nxnync-2023-bracket-inline",
    report(["宁夏回族自治区农业农村厅2023年政府信息公开工作年度报告"], P, wrap="{num}{title}】", inline=True),
    {}, ("宁夏回族自治区农业农村厅", "department", "宁夏回族自治区", None, None, 2023), P)


# ============================ F. a second batch, written after the first round of fixes ============================
# (scored before any further fix; see the commit messages)

# 49. custom old-era headings running into sentences that open with a bare verb (no 了, no stop)
P = parts(("measures", "measures", "measures", "measures", "problems"),
          ("加强组织领导", "健全工作机制", "拓宽公开渠道", "强化监督考核", "存在的问题和改进措施"),
          ("调整充实政府信息公开工作领导小组，由分管副县长任组长。",
           "修订完善信息发布审核、保密审查等制度六项。",
           "依托县政府门户网站、政务微博等平台，全年主动公开信息1520条。",
           "将政府信息公开工作纳入年度目标考核，考核结果全县通报。",
           "个别单位更新不及时。下一步，我县将加大督查力度。"))
add("f-gonghe-2013-bare-verbs",
    report(["共和县人民政府2013年政府信息公开工作年度报告"], P, inline=True),
    {}, ("共和县人民政府", "county", "青海省", "海南藏族自治州", "共和县", 2013), P)

# 50. every part's text opens with 工作人员 / 机关工作人员, the headings run in
P = seven("机关工作人员认真学习《条例》，2015年政府信息公开工作有序开展。", "工作人员及时公开政策文件、财政预决算等信息，全年共计318条。",
          "工作人员按规定办理依申请公开2件。", "工作人员未收取任何费用。", NO_APPEALS,
          "工作人员业务能力有待提高。下一步，我局将加强业务培训。", "工作人员无其他需要报告的事项。")
add("f-ledu-cz-2015-staff-runon",
    report(["海东市乐都区财政局2015年政府信息公开工作年度报告"], P, inline=True),
    {}, ("海东市乐都区财政局", "department", "青海省", "海东市", "乐都区", 2015), P)

# 51. formal numerals 壹、贰、 as part numbers (an early report)
P = parts(("overview", "proactive", "requests", "fees", "appeals", "problems"),
          ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "收费及减免情况", "行政复议和行政诉讼情况",
           "存在的问题和改进措施"),
          ("2009年，我局认真贯彻《条例》，各项工作有序推进。", "全年主动公开信息211条。", "全年受理申请1件。",
           NO_FEES, NO_APPEALS, "公开内容不够丰富。2010年，我局将扩大公开范围。"),
          nums=("壹、", "贰、", "叁、", "肆、", "伍、", "陆、"))
add("f-sanya-ly-2009-formal-numerals",
    report(["三亚市旅游局2009年政府信息公开工作年度报告"], P),
    {}, ("三亚市旅游局", "department", "海南省", "三亚市", None, 2009), P)

# 52. a customs district named with 中华人民共和国 in front
P = six("2021年，中华人民共和国大连海关坚持以人民为中心，持续深化关务公开。",
        "全年主动公开政府信息1268条。", "全年新收申请15件。", "发生行政复议1件。",
        "公开的系统性有待加强。下一步，我关将完善公开目录。", NO_OTHER)
add("f-dalian-customs-2021-prc",
    report(["中华人民共和国大连海关2021年政府信息公开工作年度报告"], P),
    {}, ("中华人民共和国大连海关", "department", "辽宁省", "大连市", None, 2021), P)

# 53. a county hospital's report (a public institution of a county)
P = parts(("overview", "proactive", "requests", "problems"),
          ("基本情况", "主动公开情况", "依申请公开情况", "存在的问题及改进措施"),
          ("2023年，医院认真落实《医疗卫生机构信息公开管理办法》。", "全年公开诊疗服务、收费标准等信息206条。",
           "全年未收到信息公开申请。", "公开形式较为单一。下一步，医院将开通微信公开专栏。"))
add("f-huzhu-hospital-2023",
    report(["互助土族自治县人民医院2023年信息公开工作年度报告"], P),
    {}, ("互助土族自治县人民医院", "other", "青海省", "海东市", "互助土族自治县", 2023), P)

# 54. a department report whose page footer names the portal's sponsor (主办单位), not the issuer
P = six("2022年，我局坚持以公开促规范。", "全年主动公开信息402条。", "全年新收申请3件。", NO_APPEALS,
        "公开内容的可读性有待提高。下一步，我局将加强政策图解。", NO_OTHER)
add("f-nyingchi-jt-2022-sponsor-footer",
    report(["林芝市交通运输局2022年政府信息公开工作年度报告"], P,
           ["林芝市交通运输局", "2023年1月28日", "主办单位：林芝市人民政府办公室　技术支持：林芝市大数据中心"]),
    {}, ("林芝市交通运输局", "department", "西藏自治区", "林芝市", None, 2022), P)

# 55. an ethnic township (民族乡), the county named only in the signature
P = six("2020年，我乡认真贯彻落实新修订的《条例》。", "全年主动公开信息96条。", "全年未收到申请。", NO_APPEALS,
        "公开栏内容单一。下一步，我乡将丰富公开内容。", NO_OTHER)
add("f-hualong-2020-ethnic-township",
    report([LAW + "编制本报告。"], P, ["化隆回族自治县塔加藏族乡人民政府", "2021年1月15日"]),
    {"来源": "化隆回族自治县人民政府"},
    ("化隆回族自治县塔加藏族乡人民政府", "township", "青海省", "海东市", "化隆回族自治县", 2020), P)

# 56. the year only in Chinese numerals in the title and the text (二〇一一年度)
P = seven("二〇一一年，我区认真贯彻《条例》。", "全年主动公开政府信息1326条。", "全年受理申请9件。", NO_FEES, NO_APPEALS,
          "公开的及时性有待提高。下一步，我区将完善公开时限要求。", NO_OTHER)
add("f-bayi-2011-cn-year",
    report(["林芝地区林芝县人民政府二〇一一年度政府信息公开工作年度报告"], P),
    {}, ("林芝地区林芝县人民政府", "county", "西藏自治区", "林芝地区", "林芝县", 2011), P)

# 57. a crawl row whose title column is a breadcrumb of the portal
P = six("2024年，我委坚持以人民为中心的发展思想，推进政务公开。", "全年主动公开信息611条。", "全年新收申请12件。", NO_APPEALS,
        "政策解读的精准性有待提高。下一步，我委将加强解读。", NO_OTHER)
add("f-tj-fgw-2024-breadcrumb-title",
    report([], P, ["天津市发展和改革委员会", "2025年1月24日"]),
    {"标题": "首页 > 政务公开 > 政府信息公开年报", "来源": "天津市人民政府"},
    ("天津市发展和改革委员会", "department", "天津市", "天津市", None, 2024), P)

# 58. headings in Markdown bold on their own lines with a colon inside the marks
P = seven("2014年，市卫生局认真落实政府信息公开工作。", "全年主动公开信息512条。", "全年受理申请6件。", NO_FEES, NO_APPEALS,
          "公开的信息不够全面。下一步，我局将完善公开目录。", NO_OTHER, titles=tuple(t + "：" for t in T7))
add("f-haikou-ws-2014-bold-colon",
    report(["海口市卫生局2014年政府信息公开工作年度报告"], P, wrap="**{num}{title}**"),
    {}, ("海口市卫生局", "department", "海南省", "海口市", None, 2014), P)

# 59. a provincial office of the government reporting its own work, 办公厅 (2012)
P = seven("2012年，省政府办公厅认真履行政府信息公开工作主管部门职责。", "全年主动公开政府信息1862条。", "全年受理申请23件。",
          NO_FEES, "发生行政复议1件。", "公开工作的规范化程度有待提高。下一步，我厅将加强规范化建设。", NO_OTHER)
add("f-qhbgt-2012-office",
    report(["青海省人民政府办公厅2012年政府信息公开工作年度报告"], P),
    {}, ("青海省人民政府办公厅", "department", "青海省", None, None, 2012), P)

# 60. a district of a prefecture-level city in Tibet, 2020, title in the header, contact at the end
P = six("2020年，我区认真贯彻落实新修订的《条例》。", "全年主动公开政府信息826条。", "全年新收申请4件。", NO_APPEALS,
        "基层公开力量薄弱。下一步，我区将加强乡镇公开人员培训。",
        "联系单位：林芝市巴宜区人民政府办公室；联系电话：0894-5820000。")
add("f-bayi-2020-contact-unit",
    report([LAW + "编制本报告。"], P),
    {"来源": "林芝市人民政府"},
    ("林芝市巴宜区人民政府", "district", "西藏自治区", "林芝市", "巴宜区", 2020), P)


# ============================ G. a third batch, written after the second round of fixes ============================
# (scored before the third round; see the commit messages)
# 61. a township report whose crawl row's 发布机构 is the district government's office
# 62. a city tax bureau in Tibet; 63. a traffic police detachment (支队), named only in the signature
# 64. Roman numerals Ⅰ、Ⅱ、 as part numbers; 65. ordinals 第一、 as part numbers
# 66. a customs district on the national administration's portal (来源：海关总署); 67. a secondary school
P = six("2021年，我镇认真落实基层政务公开标准化规范化要求。", "全年主动公开信息121条。", "全年未收到申请。", NO_APPEALS,
        "公开内容不够丰富。下一步，我镇将丰富公开内容。", NO_OTHER)
add("g-township-office-publisher", report([], P, ["哈密市伊州区花园乡人民政府", "2022年1月10日"]),
    {"发布机构": "哈密市伊州区人民政府办公室"}, ("哈密市伊州区花园乡人民政府", "township", "新疆维吾尔自治区", "哈密市", "伊州区", 2021), P)
P = six("2022年，国家税务总局拉萨市税务局坚持依法公开。", "全年主动公开信息611条。", "全年新收申请3件。", NO_APPEALS,
        "政策解读不够通俗。下一步，我局将加强解读。", NO_OTHER)
add("g-lasa-tax-2022", report([LAW + "编制本报告。"], P), {}, ("国家税务总局拉萨市税务局", "department", "西藏自治区", "拉萨市", None, 2022), P)
P = six("2020年，我支队认真贯彻落实新修订的《条例》。", "全年主动公开交通管理信息812条。", "全年新收申请21件。", NO_APPEALS,
        "公开的及时性有待提高。下一步，我支队将完善发布机制。", NO_OTHER)
add("g-jjzd-2020-detachment", report([], P, ["银川市公安局交通警察支队", "2021年1月22日"]), {},
    ("银川市公安局交通警察支队", "department", "宁夏回族自治区", "银川市", None, 2020), P)
P = parts(("overview", "proactive", "requests", "problems"), ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的问题及改进措施"),
          ("2010年，我局认真贯彻《条例》。", "全年主动公开信息112条。", "全年受理申请1件。", "公开不够及时。下一步，我局将加强管理。"),
          nums=("Ⅰ、", "Ⅱ、", "Ⅲ、", "Ⅳ、"))
add("g-roman-2010", report(["三沙市海洋局2010年政府信息公开工作年度报告"], P), {}, ("三沙市海洋局", "department", "海南省", "三沙市", None, 2010), P)
P = parts(("overview", "proactive", "requests", "problems"), ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "存在的问题及改进措施"),
          ("2011年，我县认真贯彻《条例》。", "全年主动公开信息312条。", "全年受理申请2件。", "公开不够及时。下一步，我县将加强管理。"),
          nums=("第一、", "第二、", "第三、", "第四、"))
add("g-diyi-2011", report(["乐东黎族自治县人民政府2011年政府信息公开工作年度报告"], P), {},
    ("乐东黎族自治县人民政府", "county", "海南省", None, "乐东黎族自治县", 2011), P)
P = six("2023年，广州海关坚持以人民为中心。", "全年主动公开信息1200条。", "全年新收申请40件。", "发生行政复议2件。",
        "公开的精准度有待提高。下一步，我关将优化公开目录。", NO_OTHER)
add("g-gzcustoms-2023", report([], P), {"来源": "海关总署"}, ("广州海关", "department", "广东省", "广州市", None, 2023), P)
P = seven("2016年，我院认真落实院务公开。", "全年主动公开信息220条。", "全年受理申请1件。", NO_FEES, NO_APPEALS, "公开不够全面。下一步，我院将完善公开目录。", NO_OTHER)
add("g-school-2016", report(["西宁市第一中学2016年信息公开工作年度报告"], P), {}, ("西宁市第一中学", "other", "青海省", "西宁市", None, 2016), P)


def write(out: Path = OUT) -> None:
    """Write the probe texts and ``expected.json`` to ``out``."""
    write_probes(PROBES8, out)


if __name__ == "__main__":
    write()
