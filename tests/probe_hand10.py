"""Test utility: the tenth held-out probe set ``tests/cases/probes10`` (issue 10: reports as the
rest of the country writes them), written and labelled by hand before textmine read it, in shapes
the earlier sets (``tests/probe_hand2.py`` … ``tests/probe_hand9.py``) do not cover:

- the old free-form era (2008–2012): 2009年度 titles, the seven old parts (概述 … 其他需要报告的事项)
  numbered ``（一）`` or ``1.``/``1、`` at the top level, or without numbers (``<strong>``/``<b>``
  paragraphs of a page, bare lines, ``【概述】``), reworded old parts, Markdown ``#`` headings;
- vertically managed and special bodies: a customs district, provincial, city and district tax
  bureaus of the State Taxation Administration, a provincial meteorological bureau, the financial
  regulator's provincial and city offices (国家金融监督管理总局河南监管局 names no 省), provincial
  communications and postal administrations, a traffic police detachment, 开发区/高新区 committees,
  a street office, a 乡 and a 镇, a housing provident fund centre (南宁住房公积金管理中心 names no 市),
  a city education bureau;
- text damaged as extraction damages it: a space between every CJK character of a title or of the
  headings, hard line wraps in mid-sentence and mid-heading, page numbers and running heads inside
  the text, full-width digits (２０２３年), 〇/○ years, zero-width spaces and NBSP;
- encodings and containers: GBK, GB18030 (a page declaring it), UTF-16 with its BOM, Markdown,
  crawl tables in Parquet and Excel as well as CSV and JSONL, portal pages of other CMS shapes
  (当前位置 breadcrumbs with ``>``, 【字体：大 中 小】, 打印本页 关闭窗口, 分享到, 访问量, 来源：/发布时间：
  lines, a right-column 相关链接 list naming other reports, footers with 主办单位/网站标识码/ICP备);
- titles split or decorated: 《…年度报告》 in the body or as the title line, a title only in a
  page's ``<title>`` with the site's name, a title naming two bodies, a title with the year after
  the body (某某局政府信息公开工作2022年度报告), a title over three lines.

Conventions are those of the earlier sets: the issuer is the full name the report (or its
container: title column, ``<title>``, info lines) gives; provincial and municipal departments and
vertically managed bodies are ``department`` level and take the places their names give (a body
named after a province without 省, 国家金融监督管理总局河南监管局, is in 河南省); a 管委会 of a
development zone is ``city`` level with its city; a report of two bodies has the first-named body
as issuer; a county-level city's government is ``county`` level with its prefecture as city.
``plans`` is False where a report states problems but no measure or intention.

Probes 1–62 (sections A–E, batch A) were written before textmine read any of them; 63–83 (section F,
batch B) after batch A's fixes, 84–99 (section G, batch C) after batch B's, 100–113 (section H,
batch D) after batch C was scored, and 114–120 (section I, batch E: plans in other words) after batch D was
scored, each scored before any further fix.

Each entry is ``pid -> (text, header, expected)``; ``text`` is a string (``.txt`` or ``.html``) or a
recipe of :mod:`tests.probe_sets` (:class:`~tests.probe_sets.Encoded` for GBK, GB18030, UTF-16 and
Markdown files, :class:`~tests.probe_sets.CrawlRow` for crawl tables).

``python -m tests.probe_hand10`` rewrites ``tests/cases/probes10/``; the tests and
``bench/probe_meta.py --set probes10`` read those files.

Example:
    >>> text, header, want = PROBES10["a-jx-xiushui-2009-paren"]
    >>> text.splitlines()[1][:4], want["kinds"][3]
    ('（一）概', 'fees')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_sets import LAW, CrawlRow, Docx, Encoded, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes10"

PROBES10: dict[str, Probe] = {}

#: One part: its heading as printed (number included), its kind, its paragraphs, its bare title.
Part = tuple[str, str, list[str], str]

CN = "一二三四五六七八九十"
K6 = ("overview", "proactive", "requests", "appeals", "problems", "other")
T6 = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况", "其他需要报告的事项")
K7 = ("overview", "proactive", "requests", "fees", "appeals", "problems", "other")
T7 = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "收费及减免情况",
      "因政府信息公开申请行政复议、提起行政诉讼情况", "存在的问题及改进措施", "其他需要报告的事项")
NO_APPEALS = "本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。"
NO_FEES = "本年度未收取政府信息公开相关费用，也未发生减免情况。"
NO_OTHER = "本年度无其他需要报告的事项。"


def parts(bodies: list[list[str] | str], *, kinds: tuple[str, ...] = K6, titles: tuple[str, ...] = T6,
          nums: tuple[str, ...] | None = None) -> list[Part]:
    """Parts numbered 一、二、… (or ``nums``; empty strings for unnumbered parts) with these kinds,
    titles and paragraphs."""
    nums = nums if nums is not None else tuple(f"{c}、" for c in CN[:len(kinds)])
    return [(n + t, k, [b] if isinstance(b, str) else b, t) for n, t, k, b in zip(nums, titles, kinds, bodies, strict=True)]


def lines(head: list[str], ps: list[Part], tail: list[str] | None = None) -> list[str]:
    """The paragraphs of a report: ``head``, each part's heading and paragraphs, ``tail``."""
    out = list(head)
    for heading, _, body, _ in ps:
        out += [heading, *body]
    return out + list(tail or [])


def text(head: list[str], ps: list[Part], tail: list[str] | None = None) -> str:
    """A report as a text file, one paragraph a line."""
    return "\n".join(lines(head, ps, tail)) + "\n"


def add(pid: str, content: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True) -> None:
    """Register a probe; expected kinds and titles are the parts'."""
    issuer, level, province, city, county, year = meta
    register(PROBES10, pid, content, header, issuer, level, province, city, county, year,
             [k for _, k, _, _ in ps], [t for _, _, _, t in ps], plans=plans)


def spaced(s: str) -> str:
    """A line as an extractor prints a letter-spaced run: a space after every character."""
    return " ".join(s)


def wrapped(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs hard-wrapped at ``width`` characters (headings too), as a PDF converter emits them."""
    out: list[str] = []
    for p in paragraphs:
        out += [p[k:k + width] for k in range(0, len(p), width)] or [""]
    return out


def crawl(table: str, columns: list[tuple[str, str]]) -> CrawlRow:
    """A row of a crawl table."""
    return CrawlRow(table, tuple(columns))


def cms_page(title_tag: str, blocks: list[Any], *, site: str, h1: str | None = None, info: str = "",
             related: tuple[str, ...] = (), crumbs: str = "首页 > 政务公开 > 政府信息公开年报",
             charset: str = "utf-8") -> str:
    """A portal page of another CMS: a breadcrumb line, an optional ``<h1>``, an info line
    (来源：… 发布时间：… 访问量：…), 【字体：大 中 小】, the body (a string is a ``<p>``; ``(tag, text)``
    a paragraph whose whole text is a ``<strong>`` or ``<b>`` run, ``(tag, head, rest)`` a run opening the
    paragraph), 打印本页 关闭窗口 and 分享到, a right-column 相关链接 list and a footer."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f"<p>{b}</p>")
        elif len(b) == 2:
            body.append(f"<p><{b[0]}>{b[1]}</{b[0]}></p>")
        else:
            body.append(f"<p><{b[0]}>{b[1]}</{b[0]}>{b[2]}</p>")
    links = "".join(f"<li><a href=\"/a/{i}.html\">{t}</a></li>" for i, t in enumerate(related, 1))
    return (
        f"<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
        f"<title>{title_tag}</title>\n</head>\n<body>\n"
        f"<div class=\"crumb\">当前位置：{crumbs}</div>\n<div class=\"main\">\n<div class=\"left\">\n"
        + (f"<h1>{h1}</h1>\n" if h1 else "")
        + (f"<div class=\"property\">{info}　访问量：1024　【字体：大 中 小】</div>\n" if info else
           "<div class=\"property\">【字体：大 中 小】</div>\n")
        + "<div class=\"content\">\n" + "\n".join(body) + "\n</div>\n"
        "<div class=\"tools\">【打印本页】 【关闭窗口】 分享到：微信 微博 QQ空间</div>\n</div>\n"
        + (f"<div class=\"right\"><h3>相关链接</h3><ul>{links}</ul></div>\n" if related else "")
        + f"</div>\n<div class=\"foot\">主办单位：{site} 承办：{site}办公室 网站标识码：5201000012 "
        "ICP备12001234号-1 公安机关备案号：52010202000123</div>\n</body>\n</html>\n"
    )


def blocks(ps: list[Part], tag: str = "strong", *, inline: bool = False) -> list[Any]:
    """A page's paragraphs: each heading a ``tag`` run (its own paragraph, or opening the first one)."""
    out: list[Any] = []
    for heading, _, body, _ in ps:
        if inline:
            out += [(tag, heading, body[0]), *body[1:]]
        else:
            out += [(tag, heading), *body]
    return out


# ============================ A. the old free-form era (2008–2012) ============================

# 1. Jiangxi, a county 2009: 2009年度 title, the seven parts numbered （一） at the top level
P = parts(["2009年，修水县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，进一步健全工作机构，落实专人负责。",
           "全年主动公开政府信息1260条，其中县政府文件48件。",
           "全年受理政府信息公开申请5件，均已按时答复。",
           NO_FEES, NO_APPEALS,
           ["一是部分单位对政府信息公开工作认识不足；二是公开内容还不够全面。",
            "下一步，我县将加强对各单位的督查考核，进一步拓展公开内容。"],
           NO_OTHER], kinds=K7, titles=T7, nums=tuple(f"（{c}）" for c in CN[:7]))
add("a-jx-xiushui-2009-paren",
    text(["修水县人民政府2009年度政府信息公开工作报告"], P, ["修水县人民政府", "二〇一〇年三月二十五日"]),
    {}, ("修水县人民政府", "county", "江西省", "九江市", "修水县", 2009), P)

# 2. Gansu, a city bureau 2010: parts numbered 1. at the top level, (1) lists inside
P = parts([["2010年，我局把政府信息公开作为推进依法行政的重要内容，成立了由局长任组长的领导小组。",
            "(1)健全制度。制定了信息公开保密审查制度。", "(2)落实责任。明确各科室信息公开职责。"],
           "全年主动公开政府信息186条，其中土地供应、矿业权出让信息92条。",
           "全年受理依申请公开2件，均已答复。",
           NO_FEES, NO_APPEALS,
           "存在的问题是信息更新还不够及时。今后，我局将落实信息发布时限要求，提高公开时效。",
           NO_OTHER], kinds=K7, titles=T7, nums=tuple(f"{i}." for i in range(1, 8)))
add("a-gs-tianshui-gtj-2010-dot",
    text(["天水市国土资源局2010年政府信息公开工作年度报告"], P, ["天水市国土资源局", "2011年3月15日"]),
    {}, ("天水市国土资源局", "department", "甘肃省", "天水市", None, 2010), P)

# 3. Shanxi, a county 2011: a page whose headings are <strong> paragraphs without numbers
P = parts(["2011年，平遥县人民政府以建设服务型政府为目标，扎实推进政府信息公开。",
           "全年主动公开政府信息1580条，其中古城保护、旅游发展信息260条。",
           "全年受理政府信息公开申请3件，已全部答复。",
           NO_FEES, NO_APPEALS,
           "一是个别乡镇公开不及时；二是公开形式单一。下一步，我县将加强乡镇公开工作的督促检查。",
           NO_OTHER], kinds=K7, titles=T7, nums=("",) * 7)
add("a-sx-pingyao-2011-strong",
    cms_page("平遥县人民政府2011年政府信息公开工作年度报告 - 平遥县人民政府网", blocks(P), site="平遥县人民政府",
             h1="平遥县人民政府2011年政府信息公开工作年度报告", info="来源：平遥县人民政府办公室　发布时间：2012-03-28"),
    {}, ("平遥县人民政府", "county", "山西省", "晋中市", "平遥县", 2011), P)

# 4. Heilongjiang, a city government 2012: <b> paragraphs without numbers, the page's <title> only
P = parts(["2012年，牡丹江市人民政府坚持公开为原则、不公开为例外，不断深化政府信息公开工作。",
           "全年主动公开政府信息5320条，其中市政府文件116件。",
           "全年受理政府信息公开申请28件，办结28件。",
           NO_FEES, "全年发生政府信息公开行政复议1件，行政诉讼未发生。",
           "一是公开工作发展不平衡；二是依申请公开答复不够规范。下一步，我市将加强业务培训，规范答复文书。",
           NO_OTHER], kinds=K7, titles=T7, nums=("",) * 7)
add("a-hlj-mudanjiang-2012-b",
    cms_page("牡丹江市人民政府2012年政府信息公开工作年度报告_牡丹江市人民政府", blocks(P, "b"), site="牡丹江市人民政府",
             info="信息来源：牡丹江市人民政府办公室　发布时间：2013-03-30"),
    {}, ("牡丹江市人民政府", "city", "黑龙江省", "牡丹江市", None, 2012), P)

# 5. Hubei, a county-level city 2008 (the first year of the regulations): 【概述】 headings
P = parts(["自2008年5月1日《条例》施行以来，当阳市人民政府成立了政府信息公开工作领导小组，编制了公开指南和目录。",
           "2008年5月至12月，全市主动公开政府信息862条。",
           "共受理政府信息公开申请2件，均已答复。",
           "未收取任何费用。", NO_APPEALS,
           "存在的问题是部分单位公开目录编制不够规范。2009年，我市将进一步规范公开目录，完善工作机制。",
           NO_OTHER], kinds=K7, titles=T7, nums=("【",) * 7)
P = [(h + "】", k, b, t) for h, k, b, t in P]
add("a-hub-dangyang-2008-bracket",
    text(["当阳市人民政府2008年政府信息公开工作年度报告"], P),
    {}, ("当阳市人民政府", "county", "湖北省", "宜昌市", "当阳市", 2008), P)

# 6. Sichuan, a county-level city 2010: five parts numbered （一）
P = parts(["2010年，绵竹市人民政府在灾后恢复重建中坚持把政府信息公开作为重要工作，重建资金、项目信息全部公开。",
           "全年主动公开政府信息2315条，其中灾后重建信息960条。",
           "全年受理政府信息公开申请12件，均按时答复。",
           "全年未发生政府信息公开行政复议和行政诉讼。",
           "一是公开的深度还不够；二是网站互动功能较弱。下一步，我市将进一步完善门户网站功能，深化重点领域公开。"],
          kinds=("overview", "proactive", "requests", "appeals", "problems"),
          titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "因政府信息公开申请行政复议、提起行政诉讼情况",
                  "存在的问题及改进措施"),
          nums=tuple(f"（{c}）" for c in CN[:5]))
add("a-sc-mianzhu-2010-five",
    text(["绵竹市人民政府2010年政府信息公开工作年度报告", LAW + "现将2010年度政府信息公开工作情况报告如下。"], P),
    {}, ("绵竹市人民政府", "county", "四川省", "德阳市", "绵竹市", 2010), P)

# 7. Hebei, a county 2012: parts numbered 1、 at the top level, （1） items inside
P = parts([["2012年，正定县人民政府按照省、市要求，着力抓好以下工作：",
            "（1）加强组织领导。县政府成立了政务公开领导小组。", "（2）完善公开制度。修订了主动公开、依申请公开等制度。"],
           "全年主动公开政府信息2046条。",
           "全年受理政府信息公开申请4件，均已答复。",
           NO_FEES, NO_APPEALS,
           "存在的问题：信息公开的及时性有待提高。改进措施：建立信息发布定期检查制度，确保信息及时更新。",
           NO_OTHER], kinds=K7, titles=T7, nums=tuple(f"{i}、" for i in range(1, 8)))
add("a-hb-zhengding-2012-arabic",
    text(["正定县人民政府2012年政府信息公开工作年度报告"], P, ["正定县人民政府", "2013年3月20日"]),
    {}, ("正定县人民政府", "county", "河北省", "石家庄市", "正定县", 2012), P)

# 8. Jiangsu, a county-level city 2011 in Markdown: # title, ## headings
P = parts(["2011年，如皋市人民政府按照《条例》要求，扎实推进政府信息公开工作。",
           "全年主动公开政府信息3310条。",
           "全年受理政府信息公开申请16件，均已办结。",
           NO_FEES, NO_APPEALS,
           "存在的问题是个别部门公开内容不够详实。下一步，我市将加大考核力度，推动各部门全面公开。",
           NO_OTHER], kinds=K7, titles=T7)
add("a-js-rugao-2011-markdown",
    Encoded("# 如皋市人民政府2011年政府信息公开工作年度报告\n\n"
            + "\n\n".join(f"## {h}\n\n" + "\n\n".join(b) for h, _, b, _ in P) + "\n", suffix=".md"),
    {}, ("如皋市人民政府", "county", "江苏省", "南通市", "如皋市", 2011), P)

# 9. Guangdong, a city bureau 2009: unnumbered headings as bare lines; problems without measures
P = parts(["2009年，韶关市教育局按照市政府的统一部署，认真开展政府信息公开工作。",
           "全年主动公开教育信息426条，其中招生考试信息138条。",
           "全年受理依申请公开3件，均已答复。",
           NO_FEES, NO_APPEALS,
           "一是部分学校对信息公开工作重视不够；二是公开内容更新较慢。",
           NO_OTHER], kinds=K7, titles=T7, nums=("",) * 7)
add("a-gd-shaoguan-jyj-2009-bare",
    text(["韶关市教育局2009年政府信息公开工作年度报告"], P),
    {}, ("韶关市教育局", "department", "广东省", "韶关市", None, 2009), P, plans=False)

# 10. Yunnan, a county in an autonomous prefecture 2010: reworded old parts, a 二〇一一年 signature
P = parts(["2010年，宾川县人民政府认真贯彻《条例》，把政府信息公开作为推进政务公开的重要抓手。",
           "全年主动公开政府信息1174条。",
           "全年受理依申请公开1件，已按时答复，未发生不予公开的情况。",
           "全年未收取检索、复制、邮寄等费用。", NO_APPEALS,
           "主要问题是公开载体较少。下一步，我县将在乡镇设立政府信息查阅点。",
           NO_OTHER], kinds=K7,
          titles=("概述", "主动公开政府信息的情况", "依申请公开政府信息和不予公开政府信息的情况", "政府信息公开的收费及减免情况",
                  "因政府信息公开申请提起行政复议、行政诉讼的情况", "政府信息公开工作存在的主要问题和改进措施", "其他需要报告的事项"))
add("a-yn-binchuan-2010-reworded",
    text(["宾川县人民政府2010年政府信息公开工作年度报告"], P, ["宾川县人民政府", "二〇一一年三月三十日"]),
    {}, ("宾川县人民政府", "county", "云南省", "大理白族自治州", "宾川县", 2010), P)

# 11. Guizhou, a county-level city 2012 in a CSV crawl: the old parts numbered 一、, the text flattened with spaces
P = parts(["2012年，都匀市人民政府认真贯彻《条例》，不断完善政府信息公开工作机制。",
           "全年主动公开政府信息2260条。",
           "全年受理政府信息公开申请6件，均已答复。",
           NO_FEES, NO_APPEALS,
           "存在的问题是信息公开的主动性不够强。下一步，我市将进一步增强公开意识。",
           NO_OTHER], kinds=K7, titles=T7)
add("a-gz-duyun-2012-csv",
    crawl("crawl-a.csv", [("标题", "都匀市人民政府2012年政府信息公开工作年度报告"), ("发布时间", "2013-03-29"),
                          ("链接", "http://www.duyun.gov.cn/zwgk/a/1.html"), ("正文", "　　".join(lines([], P)))]),
    {}, ("都匀市人民政府", "county", "贵州省", "黔南布依族苗族自治州", "都匀市", 2012), P)

# 12. Beijing, a district 2010: full-width digits throughout, parts numbered （一）
P = parts(["２０１０年，昌平区人民政府进一步加强政府信息公开工作，完善了公开、申请、答复等工作流程。",
           "全年主动公开政府信息４２１６条。",
           "全年受理政府信息公开申请１０８件，已答复１０５件。",
           NO_FEES, "全年发生政府信息公开行政复议３件，行政诉讼１件。",
           "一是公开的规范化程度有待提高；二是申请答复的质量有待提升。２０１１年，我区将进一步规范工作流程。",
           NO_OTHER], kinds=K7, titles=T7, nums=tuple(f"（{c}）" for c in CN[:7]))
add("a-bj-changping-2010-fullwidth",
    text(["北京市昌平区人民政府２０１０年政府信息公开工作年度报告"], P),
    {}, ("北京市昌平区人民政府", "district", "北京市", "北京市", "昌平区", 2010), P)

# ============================ B. vertically managed and special bodies ============================

# 13. a customs district, 2022: 我关
P = parts(["2022年，南京海关坚持以习近平新时代中国特色社会主义思想为指导，认真落实海关总署关于政务公开的部署。",
           "全年主动公开政府信息1862条，其中行政处罚信息412条。",
           "全年新收政府信息公开申请38件，上年结转2件，办结40件。",
           "全年发生政府信息公开行政复议2件，均维持。",
           "存在的主要问题是政策解读形式不够丰富。下一步，我关将推出更多图解、短视频解读。",
           NO_OTHER])
add("b-nanjing-customs-2022",
    text(["南京海关2022年政府信息公开工作年度报告", LAW + "编制本报告。"], P),
    {}, ("南京海关", "department", "江苏省", "南京市", None, 2022), P)

# 14. a provincial tax bureau, 2021: 我局, a signature
P = parts(["2021年，国家税务总局湖北省税务局深入贯彻落实中办、国办《关于进一步深化税收征管改革的意见》，全面推进税务政务公开。",
           "全年主动公开税收政策文件、办税指南等信息2316条。",
           "全年新收政府信息公开申请57件，办结57件。",
           "全年发生政府信息公开行政复议1件。",
           "存在的问题是基层税务机关公开水平不平衡。下一步，我局将加强对市县税务局的指导。",
           NO_OTHER])
add("b-hub-tax-2021",
    text([LAW + "编制本报告。"], P, ["国家税务总局湖北省税务局", "2022年1月25日"]),
    {}, ("国家税务总局湖北省税务局", "department", "湖北省", None, None, 2021), P)

# 15. a city tax bureau, 2023: title line
P = parts(["2023年，我局坚持以纳税人缴费人为中心，深化税费政策公开。",
           "全年主动公开信息1140条。",
           "全年新收政府信息公开申请43件。",
           "全年发生政府信息公开行政复议1件，行政诉讼1件。",
           "存在的问题是政策解读的精准度有待提高。下一步，我局将分类推送政策解读。",
           NO_OTHER])
add("b-chengdu-tax-2023",
    text(["国家税务总局成都市税务局2023年政府信息公开工作年度报告"], P),
    {}, ("国家税务总局成都市税务局", "department", "四川省", "成都市", None, 2023), P)

# 16. a district tax bureau, 2022
P = parts(["2022年，国家税务总局西宁市城北区税务局认真落实上级局政务公开工作要求。",
           "全年主动公开信息236条。", "全年新收政府信息公开申请2件。", NO_APPEALS,
           "存在的问题是公开渠道较少。下一步，我局将利用办税服务厅电子屏公开信息。", NO_OTHER])
add("b-xining-chengbei-tax-2022",
    text(["国家税务总局西宁市城北区税务局2022年政府信息公开工作年度报告"], P),
    {}, ("国家税务总局西宁市城北区税务局", "department", "青海省", "西宁市", "城北区", 2022), P)

# 17. a provincial meteorological bureau, 2020
P = parts(["2020年，陕西省气象局认真贯彻落实中国气象局和省政府关于政务公开的工作要求。",
           "全年主动公开天气预报预警、气候公报等信息3120条。",
           "全年新收政府信息公开申请4件。", NO_APPEALS,
           "存在的问题是气象科普解读不够深入。下一步，我局将加强气象政策和科普解读。", NO_OTHER])
add("b-sn-qxj-2020",
    text(["陕西省气象局2020年政府信息公开工作年度报告"], P),
    {}, ("陕西省气象局", "department", "陕西省", None, None, 2020), P)

# 18. the financial regulator's provincial office, 2023: the name carries no 省
P = parts(["2023年，国家金融监督管理总局河南监管局自挂牌以来，认真贯彻落实总局关于政务公开的部署。",
           "全年主动公开行政许可、行政处罚信息1286条。",
           "全年新收政府信息公开申请21件。",
           "全年发生政府信息公开行政复议2件。",
           "存在的问题是政务公开栏目整合尚未完成。下一步，我局将加快栏目整合。", NO_OTHER])
add("b-henan-nfra-2023",
    text(["国家金融监督管理总局河南监管局2023年政府信息公开工作年度报告"], P),
    {}, ("国家金融监督管理总局河南监管局", "department", "河南省", None, None, 2023), P)

# 19. the financial regulator's city office, 2024
P = parts(["2024年，国家金融监督管理总局温州监管分局坚持依法公开，全面推进政务公开。",
           "全年主动公开行政处罚信息86条。", "全年新收政府信息公开申请3件。", NO_APPEALS,
           "存在的问题是公开信息的可读性不强。下一步，我分局将加强解读。", NO_OTHER])
add("b-wenzhou-nfra-2024",
    text([LAW + "编制本报告。"], P, ["国家金融监督管理总局温州监管分局", "2025年1月22日"]),
    {}, ("国家金融监督管理总局温州监管分局", "department", "浙江省", "温州市", None, 2024), P)

# 20. a provincial communications administration, 2019
P = parts(["2019年，我局认真贯彻落实工业和信息化部和省政府关于政务公开的部署，推进信息通信行业政务公开。",
           "全年主动公开政府信息612条，其中电信业务经营许可信息318条。",
           "全年新收政府信息公开申请12件。", NO_APPEALS,
           "存在的问题是行业监管信息公开不够全面。下一步，我局将完善监管信息公开目录。", NO_OTHER])
add("b-gd-ca-2019",
    text(["广东省通信管理局2019年政府信息公开工作年度报告"], P),
    {}, ("广东省通信管理局", "department", "广东省", None, None, 2019), P)

# 21. a provincial postal administration, 2022
P = parts(["2022年，云南省邮政管理局认真落实国家邮政局政务公开工作要求，推进邮政业政务公开。",
           "全年主动公开快递业务经营许可等信息368条。",
           "全年未收到政府信息公开申请。", NO_APPEALS,
           "存在的问题是州市邮政管理局公开工作不平衡。下一步，我局将加强对州市局的指导。", NO_OTHER])
add("b-yn-post-2022",
    text(["云南省邮政管理局2022年政府信息公开工作年度报告", LAW + "编制本报告。"], P),
    {}, ("云南省邮政管理局", "department", "云南省", None, None, 2022), P)

# 22. a traffic police detachment, 2021: title line
P = parts(["2021年，贵阳市公安局交通警察支队深入推进公安交管“放管服”改革，全面推进交通管理信息公开。",
           "全年主动公开交通管理信息2630条。", "全年新收政府信息公开申请46件。",
           "全年发生政府信息公开行政复议3件。",
           "存在的问题是交通违法信息公开的便民性不足。下一步，我支队将优化网上查询服务。", NO_OTHER])
add("b-guiyang-jjzd-2021",
    text(["贵阳市公安局交通警察支队2021年政府信息公开工作年度报告"], P),
    {}, ("贵阳市公安局交通警察支队", "department", "贵州省", "贵阳市", None, 2021), P)

# 23. an economic development zone committee, 2022
P = parts(["2022年，长沙经济技术开发区管理委员会坚持以公开促服务，围绕优化营商环境推进政务公开。",
           "全年主动公开政府信息1260条。", "全年新收政府信息公开申请18件。", NO_APPEALS,
           "存在的问题是企业服务信息公开不够集中。下一步，我区将建设企业服务专栏。", NO_OTHER])
add("b-changsha-jkq-2022",
    text(["长沙经济技术开发区管理委员会2022年政府信息公开工作年度报告"], P),
    {}, ("长沙经济技术开发区管理委员会", "city", "湖南省", "长沙市", None, 2022), P)

# 24. a high-tech zone committee, 2020: named in full only in the signature
P = parts(["2020年，我委认真贯彻落实新修订的《条例》，推进高新区政务公开标准化规范化。",
           "全年主动公开政府信息986条。", "全年新收政府信息公开申请9件。", NO_APPEALS,
           "存在的问题是政策解读不够及时。下一步，我委将做到政策文件与解读同步发布。", NO_OTHER])
add("b-xiangyang-gxq-2020",
    text([], P, ["襄阳高新技术产业开发区管理委员会", "2021年1月28日"]),
    {}, ("襄阳高新技术产业开发区管理委员会", "city", "湖北省", "襄阳市", None, 2020), P)

# 25. a street office, 2023
P = parts(["2023年，丰产路街道办事处在区委、区政府的领导下，扎实推进基层政务公开。",
           "全年公开信息186条。", "全年收到政府信息公开申请1件，已按时答复。", NO_APPEALS,
           "存在的问题是公开栏目更新不及时。下一步，我街道将明确专人负责。", NO_OTHER])
add("b-zhengzhou-fengchanlu-2023",
    text(["郑州市金水区丰产路街道办事处2023年政府信息公开工作年度报告"], P),
    {}, ("郑州市金水区丰产路街道办事处", "township", "河南省", "郑州市", "金水区", 2023), P)

# 26. a 乡, 2022: 我乡, the title names the county
P = parts(["2022年，我乡认真落实基层政务公开标准化规范化要求，围绕乡村振兴推进公开。",
           "全年通过县政府网站乡镇专栏公开信息112条。", "全年未收到政府信息公开申请。", NO_APPEALS,
           "存在的问题是公开内容不够丰富。下一步，我乡将围绕惠民政策加强公开。", NO_OTHER])
add("b-ah-baojia-2022",
    text(["岳西县包家乡人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("岳西县包家乡人民政府", "township", "安徽省", "安庆市", "岳西县", 2022), P)

# 27. a 镇, 2021: 我镇, the full name in the signature; problems without measures
P = parts(["2021年，我镇坚持以人民为中心，推进基层政务公开。",
           "全年公开信息96条。", "全年未收到政府信息公开申请。", NO_APPEALS,
           "存在的问题是公开的及时性有待提高，公开内容还不够丰富。", NO_OTHER])
add("b-hb-wulingshan-2021",
    text([LAW + "编制本报告。"], P, ["兴隆县雾灵山镇人民政府", "2022年1月18日"]),
    {}, ("兴隆县雾灵山镇人民政府", "township", "河北省", "承德市", "兴隆县", 2021), P, plans=False)

# 28. a housing provident fund centre, 2022: the name carries no 市
P = parts(["2022年，南宁住房公积金管理中心认真贯彻落实《条例》，围绕住房公积金归集、提取、贷款推进信息公开。",
           "全年主动公开信息426条，其中年度报告、业务政策68条。",
           "全年新收政府信息公开申请14件。", NO_APPEALS,
           "存在的问题是政策解读的通俗性有待提高。下一步，我中心将用图解方式解读业务政策。", NO_OTHER])
add("b-nanning-gjj-2022",
    text(["南宁住房公积金管理中心2022年政府信息公开工作年度报告"], P),
    {}, ("南宁住房公积金管理中心", "department", "广西壮族自治区", "南宁市", None, 2022), P)

# 29. a city education bureau, 2023
P = parts(["2023年，合肥市教育局坚持以公开促规范，围绕招生入学、教育收费等群众关切推进公开。",
           "全年主动公开信息1830条。", "全年新收政府信息公开申请62件。", "全年发生政府信息公开行政复议2件。",
           "存在的问题是学校信息公开不够规范。下一步，我局将加强对学校的指导。", NO_OTHER])
add("b-hefei-jyj-2023",
    text(["合肥市教育局2023年政府信息公开工作年度报告"], P),
    {}, ("合肥市教育局", "department", "安徽省", "合肥市", None, 2023), P)

# ============================ C. text damaged as extraction damages it ============================

# 30. Jilin, a district 2021: a space between every character of the title's report words and of the headings
P = parts(["2021年，九台区人民政府坚持以人民为中心，全面推进基层政务公开标准化规范化。",
           "全年主动公开政府信息3260条。", "全年新收政府信息公开申请21件，办结21件。", NO_APPEALS,
           "存在的问题是政策解读形式单一。下一步，我区将丰富解读形式。", NO_OTHER],
          nums=tuple(f"{c}、" for c in CN[:6]))
SP = [(h[:2] + spaced(h[2:]), k, b, t) for h, k, b, t in P]
add("c-jl-jiutai-2021-spaced",
    text(["长春市九台区人民政府2021年" + spaced("政府信息公开工作年度报告")], SP),
    {}, ("长春市九台区人民政府", "district", "吉林省", "长春市", "九台区", 2021), P)

# 31. Hunan, a county-level city 2020: PDF text hard-wrapped in mid-sentence and mid-heading
P = parts(["2020年，耒阳市人民政府深入贯彻新修订的《条例》，紧紧围绕市委、市政府中心工作推进政务公开。",
           "全年主动公开政府信息4126条，其中行政规范性文件12件。",
           "全年新收政府信息公开申请33件，上年结转1件，办结34件。",
           "全年发生政府信息公开行政复议2件，行政诉讼1件。",
           "一是基层政务公开标准化建设仍有差距；二是政策解读质量不高。下一步，我市将推进基层公开标准目录全覆盖。",
           NO_OTHER])
add("c-hn-leiyang-2020-wrapped",
    "\n".join(["耒阳市人民政府2020年政府信息公开工作年度报告", *wrapped(lines([], P), 15)]) + "\n",
    {}, ("耒阳市人民政府", "county", "湖南省", "衡阳市", "耒阳市", 2020), P)

# 32. Liaoning, a county-level city 2022: running heads and page numbers inside the text, one page break mid-sentence
P = parts(["2022年，盖州市人民政府坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》，全面推进政务公开。",
           "全年主动公开政府信息2860条，其中政策文件36件。",
           "全年新收政府信息公开申请19件，办结19件。", NO_APPEALS,
           "一是公开的主动性不够；二是解读的针对性不强。下一步，我市将加强督促指导。", NO_OTHER])
HEAD = "盖州市人民政府2022年政府信息公开工作年度报告"
L = lines([], P)
add("c-ln-gaizhou-2022-folios",
    "\n".join([HEAD, *L[:3], "全年主动公开政府信息2860条，", "- 1 -", HEAD, "其中政策文件36件。", *L[4:8], "- 2 -", HEAD,
               *L[8:], "- 3 -"]) + "\n",
    {}, ("盖州市人民政府", "county", "辽宁省", "营口市", "盖州市", 2022), P)

# 33. Shandong, a city bureau 2023: full-width digits in the title and body
P = parts(["２０２３年，济宁市文化和旅游局认真贯彻落实《条例》，围绕文旅惠民推进政务公开。",
           "全年主动公开信息９６８条。", "全年新收政府信息公开申请１２件。", NO_APPEALS,
           "存在的问题是文旅政策解读不够生动。下一步，我局将运用短视频加强解读。", NO_OTHER])
add("c-sd-jining-wlj-2023-fullwidth",
    text(["济宁市文化和旅游局２０２３年政府信息公开工作年度报告"], P),
    {}, ("济宁市文化和旅游局", "department", "山东省", "济宁市", None, 2023), P)

# 34. Inner Mongolia, a district 2022: 二〇二二年度 in the title, no Arabic year in the text
P = parts(["本年度，昆都仑区人民政府坚持以人民为中心，推进政务公开提质增效。",
           "全年主动公开政府信息3120条。", "全年新收政府信息公开申请28件。", "全年发生政府信息公开行政复议1件。",
           "存在的问题是基层公开标准化程度不高。下一步，我区将推进标准化建设。", NO_OTHER])
add("c-nmg-kundulun-2022-cnyear",
    text(["包头市昆都仑区人民政府二〇二二年度政府信息公开工作年度报告"], P),
    {}, ("包头市昆都仑区人民政府", "district", "内蒙古自治区", "包头市", "昆都仑区", 2022), P)

# 35. Ningxia, a county-level city 2011: 二○一一年 with a circle ○, old parts
P = parts(["二○一一年，青铜峡市人民政府认真贯彻《条例》，推进政府信息公开工作。",
           "全年主动公开政府信息1380条。", "全年受理政府信息公开申请2件。", NO_FEES, NO_APPEALS,
           "存在的问题是公开工作的规范化水平不高。下一步，我市将完善公开制度。", NO_OTHER], kinds=K7, titles=T7)
add("c-nx-qingtongxia-2011-circle",
    text(["青铜峡市人民政府二○一一年政府信息公开工作年度报告"], P, ["青铜峡市人民政府", "二○一二年三月二十六日"]),
    {}, ("青铜峡市人民政府", "county", "宁夏回族自治区", "吴忠市", "青铜峡市", 2011), P)

# 36. Tianjin, a district 2019: zero-width spaces in the title, NBSP after the heading numbers
P = parts(["2019年，西青区人民政府深入贯彻新修订的《条例》，推进政务公开标准化规范化。",
           "全年主动公开政府信息4210条。", "全年新收政府信息公开申请56件。", "全年发生政府信息公开行政复议4件，行政诉讼2件。",
           "存在的问题是依申请公开答复质量有待提高。下一步，我区将加强答复审核。", NO_OTHER],
          nums=tuple(f"{c}、\u00a0" for c in CN[:6]))
add("c-tj-xiqing-2019-zwsp",
    text(["天津市西青区\u200b人民政府\u200b2019年政府信息公开\u200b工作年度报告", "\u00a0\u00a0" + LAW + "编制本报告。"], P),
    {}, ("天津市西青区人民政府", "district", "天津市", "天津市", "西青区", 2019), P)

# 37. Xinjiang, a county-level city 2023: spaced headings, 第1页 共2页 folios
P = parts(["2023年，伊宁市人民政府认真贯彻落实《条例》，围绕稳定发展推进政务公开。",
           "全年主动公开政府信息2630条。", "全年新收政府信息公开申请11件。", NO_APPEALS,
           "存在的问题是双语公开不够及时。下一步，我市将配齐双语信息员。", NO_OTHER])
SP = [(spaced(h), k, b, t) for h, k, b, t in P]
L = lines(["伊宁市人民政府2023年政府信息公开工作年度报告"], SP)
add("c-xj-yining-2023-spaced-folio",
    "\n".join([*L[:7], "第 1 页 共 2 页", *L[7:], "第 2 页 共 2 页"]) + "\n",
    {}, ("伊宁市人民政府", "county", "新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市", 2023), P)

# 38. Chongqing, a district 2021: the title wrapped in mid-word over two lines
P = parts(["2021年，武隆区人民政府坚持以人民为中心，推进政务公开工作。",
           "全年主动公开政府信息3560条。", "全年新收政府信息公开申请24件。", "全年发生政府信息公开行政复议1件。",
           "存在的问题是解读回应不够及时。下一步，我区将建立快速回应机制。", NO_OTHER])
add("c-cq-wulong-2021-wraptitle",
    text(["重庆市武隆区人民政府2021年政府信息公", "开工作年度报告"], P),
    {}, ("重庆市武隆区人民政府", "district", "重庆市", "重庆市", "武隆区", 2021), P)

# ============================ D. encodings and containers ============================

# 39. Henan, a county 2019: a GBK text file
P = parts(["2019年，栾川县人民政府深入贯彻新修订的《条例》，围绕全域旅游推进政务公开。",
           "全年主动公开政府信息3380条。", "全年新收政府信息公开申请15件。", NO_APPEALS,
           "存在的问题是政策解读不够通俗。下一步，我县将用群众语言解读政策。", NO_OTHER])
add("d-hen-luanchuan-2019-gbk",
    Encoded(text(["栾川县人民政府2019年政府信息公开工作年度报告"], P), "gbk"),
    {}, ("栾川县人民政府", "county", "河南省", "洛阳市", "栾川县", 2019), P)

# 40. Jiangxi, a county-level city 2022: a GB18030 page that declares its charset
P = parts(["2022年，瑞金市人民政府坚持以人民为中心，围绕红色旅游和乡村振兴推进政务公开。",
           "全年主动公开政府信息4280条。", "全年新收政府信息公开申请26件。", "全年发生政府信息公开行政复议2件。",
           "存在的问题是基层公开标准目录更新不及时。下一步，我市将开展目录动态更新。", NO_OTHER])
add("d-jx-ruijin-2022-gb18030",
    Encoded(cms_page("瑞金市人民政府2022年政府信息公开工作年度报告-瑞金市人民政府", lines([], P), site="瑞金市人民政府",
                     h1="瑞金市人民政府2022年政府信息公开工作年度报告", info="来源：瑞金市人民政府办公室　发布时间：2023-01-16",
                     charset="gb18030"), "gb18030", ".html"),
    {}, ("瑞金市人民政府", "county", "江西省", "赣州市", "瑞金市", 2022), P)

# 41. Shaanxi, a county 2020: a UTF-16 text file with its BOM, CRLF lines
P = parts(["2020年，城固县人民政府认真贯彻落实新修订的《条例》，推进政务公开标准化规范化。",
           "全年主动公开政府信息2960条。", "全年新收政府信息公开申请9件。", NO_APPEALS,
           "存在的问题是公开平台整合不够。下一步，我县将整合公开平台。", NO_OTHER])
add("d-sn-chenggu-2020-utf16",
    Encoded(text(["城固县人民政府2020年政府信息公开工作年度报告"], P).replace("\n", "\r\n"), "utf-16"),
    {}, ("城固县人民政府", "county", "陕西省", "汉中市", "城固县", 2020), P)

# 42. Zhejiang, a county-level city 2023: Markdown with # title, ## parts and ### sub-heads
P = parts([["### （一）主动公开", "2023年，江山市人民政府坚持以公开促落实、促规范、促服务。",
            "### （二）依申请公开", "全年依申请公开办理规范。"],
           "全年主动公开政府信息3620条。", "全年新收政府信息公开申请31件。", NO_APPEALS,
           "存在的问题是解读的针对性有待加强。下一步，我市将围绕企业群众关切加强解读。", NO_OTHER])
add("d-zj-jiangshan-2023-markdown",
    Encoded("# 江山市人民政府2023年政府信息公开工作年度报告\n\n"
            + "\n\n".join(f"## {h}\n\n" + "\n\n".join(b) for h, _, b, _ in P) + "\n", suffix=".md"),
    {}, ("江山市人民政府", "county", "浙江省", "衢州市", "江山市", 2023), P)

# 43–45. a Parquet crawl (English keys): a banner, a title column holding the site's name, a vertical body
P = parts(["2021年，翁牛特旗人民政府认真贯彻落实《条例》，推进基层政务公开。",
           "全年主动公开政府信息2120条。", "全年新收政府信息公开申请8件。", NO_APPEALS,
           "存在的问题是苏木乡镇公开工作不平衡。下一步，我旗将加强指导。", NO_OTHER])
add("d-nmg-wengniute-2021-parquet",
    crawl("crawl-c.parquet", [("title", "翁牛特旗人民政府2021年政府信息公开工作年度报告"), ("pub_date", "2022-01-19"),
                              ("url", "http://www.wnt.gov.cn/a/1.html"), ("source", "翁牛特旗人民政府办公室"),
                              ("content", "\n".join(lines([], P)))]),
    {}, ("翁牛特旗人民政府", "county", "内蒙古自治区", "赤峰市", "翁牛特旗", 2021), P)
P = parts(["2022年，天涯区人民政府坚持以人民为中心，围绕自贸港建设推进政务公开。",
           "全年主动公开政府信息2860条。", "全年新收政府信息公开申请17件。", NO_APPEALS,
           "存在的问题是涉企政策公开不够集中。下一步，我区将建设涉企政策专区。", NO_OTHER])
add("d-hi-tianya-2022-parquet-site",
    crawl("crawl-c.parquet", [("title", "三亚市天涯区人民政府网"), ("pub_date", "2023-01-20"),
                              ("url", "http://www.sanyatianya.gov.cn/a/2.html"), ("source", ""),
                              ("content", "\n".join(lines([], P)))]),
    {}, ("天涯区人民政府", "district", "海南省", "三亚市", "天涯区", 2022), P)
P = parts(["2020年，国家税务总局大连市税务局认真贯彻落实新修订的《条例》，推进税务政务公开。",
           "全年主动公开信息1560条。", "全年新收政府信息公开申请36件。", "全年发生政府信息公开行政复议2件。",
           "存在的问题是基层税务分局公开不规范。下一步，我局将加强指导。", NO_OTHER])
add("d-dalian-tax-2020-parquet",
    crawl("crawl-c.parquet", [("title", "国家税务总局大连市税务局2020年政府信息公开工作年度报告"), ("pub_date", "2021-01-27"),
                              ("url", "http://dalian.chinatax.gov.cn/a/3.html"), ("source", "国家税务总局大连市税务局"),
                              ("content", "\n".join(lines([], P)))]),
    {}, ("国家税务总局大连市税务局", "department", "辽宁省", "大连市", None, 2020), P)

# 46–48. an Excel crawl (Chinese headers): a county-level city, a district of Tibet, a town of Ningxia
P = parts(["2023年，敦煌市人民政府坚持以人民为中心，围绕文旅强市推进政务公开。",
           "全年主动公开政府信息2680条。", "全年新收政府信息公开申请13件。", NO_APPEALS,
           "存在的问题是文旅政策解读不够。下一步，我市将加强文旅政策解读。", NO_OTHER])
add("d-gs-dunhuang-2023-xlsx",
    crawl("crawl-d.xlsx", [("标题", "敦煌市人民政府2023年政府信息公开工作年度报告"), ("发布日期", "2024-01-17"),
                           ("发布机构", "敦煌市人民政府办公室"), ("正文", "\n".join(lines([LAW + "编制本报告。"], P)))]),
    {}, ("敦煌市人民政府", "county", "甘肃省", "酒泉市", "敦煌市", 2023), P)
P = parts(["2021年，桑珠孜区人民政府认真贯彻落实《条例》，推进政务公开工作。",
           "全年主动公开政府信息1260条。", "全年新收政府信息公开申请3件。", NO_APPEALS,
           "存在的问题是公开队伍业务能力不强。下一步，我区将加强培训。", NO_OTHER])
add("d-xz-sangzhutse-2021-xlsx",
    crawl("crawl-d.xlsx", [("标题", "日喀则市桑珠孜区人民政府2021年政府信息公开工作年度报告"), ("发布日期", "2022-01-25"),
                           ("发布机构", ""), ("正文", "\n".join(lines([], P)))]),
    {}, ("日喀则市桑珠孜区人民政府", "district", "西藏自治区", "日喀则市", "桑珠孜区", 2021), P)
P = parts(["2022年，宣和镇人民政府认真落实区委、区政府关于政务公开的部署。",
           "全年公开信息88条。", "全年未收到政府信息公开申请。", NO_APPEALS,
           "存在的问题是公开的及时性不够。下一步，我镇将落实专人负责。", NO_OTHER])
add("d-nx-xuanhe-2022-xlsx",
    crawl("crawl-d.xlsx", [("标题", "中卫市沙坡头区宣和镇人民政府2022年政府信息公开工作年度报告"), ("发布日期", "2023-01-12"),
                           ("发布机构", "中卫市沙坡头区宣和镇人民政府"), ("正文", "\r\n".join(lines([], P)))]),
    {}, ("中卫市沙坡头区宣和镇人民政府", "township", "宁夏回族自治区", "中卫市", "沙坡头区", 2022), P)

# 49. Heilongjiang, a street office 2020 in the CSV crawl
P = parts(["2020年，新阳路街道办事处认真贯彻落实区委、区政府关于政务公开的工作部署。",
           "全年公开信息126条。", "全年收到政府信息公开申请2件。", NO_APPEALS,
           "存在的问题是社区公开不够规范。下一步，我街道将加强对社区的指导。", NO_OTHER])
add("d-hlj-xinyanglu-2020-csv",
    crawl("crawl-a.csv", [("标题", "哈尔滨市道里区新阳路街道办事处2020年政府信息公开工作年度报告"), ("发布时间", "2021-01-22"),
                          ("链接", "http://www.hrbdl.gov.cn/a/2.html"), ("正文", "\n".join(lines([], P)))]),
    {}, ("哈尔滨市道里区新阳路街道办事处", "township", "黑龙江省", "哈尔滨市", "道里区", 2020), P)

# 50–51. a JSONL crawl: an autonomous county whose title column is 【】-decorated, a provincial department 2019
P = parts(["2021年，融水苗族自治县人民政府坚持以人民为中心，推进基层政务公开。",
           "全年主动公开政府信息2280条。", "全年新收政府信息公开申请7件。", NO_APPEALS,
           "存在的问题是少数民族群众获取信息的渠道较少。下一步，我县将在村屯设立公开栏。", NO_OTHER])
add("d-gx-rongshui-2021-jsonl",
    crawl("crawl-e.jsonl", [("title", "【政府信息公开年报】融水苗族自治县人民政府2021年政府信息公开工作年度报告"),
                            ("date", "2022-01-21"), ("url", "http://www.rongshui.gov.cn/a/1.html"),
                            ("content", "\n".join(lines([], P)))]),
    {}, ("融水苗族自治县人民政府", "county", "广西壮族自治区", "柳州市", "融水苗族自治县", 2021), P)
P = parts(["2019年，湖南省交通运输厅深入贯彻新修订的《条例》，推进交通运输领域政务公开。",
           "全年主动公开信息2130条。", "全年新收政府信息公开申请64件。", "全年发生政府信息公开行政复议3件。",
           "存在的问题是重点项目信息公开不够全面。下一步，我厅将完善重大项目公开目录。", NO_OTHER])
add("d-hn-jtt-2019-jsonl",
    crawl("crawl-e.jsonl", [("title", "湖南省交通运输厅2019年政府信息公开工作年度报告"), ("date", "2020-01-20"),
                            ("url", "http://jtt.hunan.gov.cn/a/2.html"), ("content", "\n".join(lines([], P)))]),
    {}, ("湖南省交通运输厅", "department", "湖南省", None, None, 2019), P)

# 52. Jiangsu, a county 2022: another CMS's page, a right-column 相关链接 list naming other reports
P = parts(["2022年，沛县人民政府坚持以人民为中心，全面推进政务公开。",
           "全年主动公开政府信息3960条。", "全年新收政府信息公开申请41件。", "全年发生政府信息公开行政复议3件，行政诉讼1件。",
           "存在的问题是政策解读质量不高。下一步，我县将提高解读质量。", NO_OTHER])
add("d-js-peixian-2022-cms",
    cms_page("沛县人民政府2022年政府信息公开工作年度报告", lines([], P), site="沛县人民政府",
             h1="沛县人民政府2022年政府信息公开工作年度报告", info="来源：沛县人民政府办公室　发布时间：2023-01-18 09:30",
             related=("沛县人民政府2021年政府信息公开工作年度报告", "沛县发展和改革委员会2022年政府信息公开工作年度报告",
                      "徐州市人民政府2022年政府信息公开工作年度报告")),
    {}, ("沛县人民政府", "county", "江苏省", "徐州市", "沛县", 2022), P)

# 53. Sichuan, a county-level city's bureau 2023: a CMS page with no h1, the related list first names another bureau's report
P = parts(["2023年，峨眉山市卫生健康局认真贯彻落实《条例》，围绕医疗卫生服务推进政务公开。",
           "全年主动公开信息468条。", "全年新收政府信息公开申请6件。", NO_APPEALS,
           "存在的问题是医疗机构信息公开不够规范。下一步，我局将加强对医疗机构的指导。", NO_OTHER])
add("d-sc-emeishan-wjj-2023-cms",
    cms_page("峨眉山市卫生健康局2023年政府信息公开工作年度报告-峨眉山市人民政府", lines([], P), site="峨眉山市人民政府",
             info="来源：峨眉山市卫生健康局　发布时间：2024-01-22",
             related=("峨眉山市教育局2023年政府信息公开工作年度报告", "峨眉山市民政局2023年政府信息公开工作年度报告")),
    {}, ("峨眉山市卫生健康局", "department", "四川省", "乐山市", "峨眉山市", 2023), P)

# ============================ E. titles split or decorated ============================

# 54. Guizhou, a county 2021: the title only in the page's <title> with the site's name; 我县 in the body
P = parts(["2021年，我县深入贯彻落实新修订的《条例》，推进基层政务公开标准化规范化。",
           "全年主动公开政府信息2360条。", "全年新收政府信息公开申请10件。", NO_APPEALS,
           "存在的问题是政策解读不够深入。下一步，我县将加强政策解读。", NO_OTHER])
add("e-gz-puding-2021-titletag",
    cms_page("普定县人民政府2021年政府信息公开工作年度报告_普定县人民政府门户网站", lines([], P), site="普定县人民政府",
             info="发布时间：2022-01-24"),
    {}, ("普定县人民政府", "county", "贵州省", "安顺市", "普定县", 2021), P)

# 55. Hunan, a district 2020: no title line; the title quoted 《…》 in the preamble
P = parts(["2020年，芦淞区人民政府认真贯彻落实新修订的《条例》，推进政务公开工作。",
           "全年主动公开政府信息2680条。", "全年新收政府信息公开申请19件。", "全年发生政府信息公开行政复议1件。",
           "存在的问题是基层公开标准化建设有待深化。下一步，我区将推进标准化建设。", NO_OTHER])
add("e-hn-lusong-2020-quoted",
    text(["根据《中华人民共和国政府信息公开条例》规定，特编制《株洲市芦淞区人民政府2020年政府信息公开工作年度报告》。"], P),
    {}, ("株洲市芦淞区人民政府", "district", "湖南省", "株洲市", "芦淞区", 2020), P)

# 56. Jiangxi, a county 2022: the title line itself in 《》
P = parts(["2022年，浮梁县人民政府坚持以人民为中心，围绕茶产业发展推进政务公开。",
           "全年主动公开政府信息2460条。", "全年新收政府信息公开申请8件。", NO_APPEALS,
           "存在的问题是公开形式单一。下一步，我县将丰富公开形式。", NO_OTHER])
add("e-jx-fuliang-2022-guillemets",
    text(["《景德镇市浮梁县人民政府2022年政府信息公开工作年度报告》"], P),
    {}, ("景德镇市浮梁县人民政府", "county", "江西省", "景德镇市", "浮梁县", 2022), P)

# 57. Shaanxi, two bodies in one title (the first is the issuer)
P = parts(["2021年，宝鸡市自然资源局（市林业局）认真贯彻落实《条例》，推进自然资源领域政务公开。",
           "全年主动公开信息1620条。", "全年新收政府信息公开申请48件。", "全年发生政府信息公开行政复议6件，行政诉讼2件。",
           "存在的问题是征地信息公开不够及时。下一步，我局将规范征地信息公开。", NO_OTHER])
add("e-sn-baoji-zrzy-2021-joint",
    text(["宝鸡市自然资源局 宝鸡市林业局", "2021年政府信息公开工作年度报告"], P),
    {}, ("宝鸡市自然资源局", "department", "陕西省", "宝鸡市", None, 2021), P)

# 58. Gansu, a city bureau with a second name in brackets
P = parts(["2022年，嘉峪关市市场监督管理局认真贯彻落实《条例》，推进市场监管领域政务公开。",
           "全年主动公开信息960条，其中行政处罚信息316条。", "全年新收政府信息公开申请12件。", "全年发生政府信息公开行政复议1件。",
           "存在的问题是“双随机、一公开”结果公开不够及时。下一步，我局将规范抽查结果公开。", NO_OTHER])
add("e-gs-jiayuguan-scjg-2022-bracket",
    text(["嘉峪关市市场监督管理局（嘉峪关市知识产权局）2022年政府信息公开工作年度报告"], P),
    {}, ("嘉峪关市市场监督管理局", "department", "甘肃省", "嘉峪关市", None, 2022), P)

# 59. Hubei, a city bureau: the year after the body (…政府信息公开工作2022年度报告)
P = parts(["2022年，荆门市生态环境局认真贯彻落实《条例》，推进生态环境信息公开。",
           "全年主动公开信息820条。", "全年新收政府信息公开申请23件。", "全年发生政府信息公开行政复议1件。",
           "存在的问题是环境信息解读不够。下一步，我局将加强环境信息解读。", NO_OTHER])
add("e-hub-jingmen-sthjj-2022-yearafter",
    text(["荆门市生态环境局政府信息公开工作2022年度报告"], P),
    {}, ("荆门市生态环境局", "department", "湖北省", "荆门市", None, 2022), P)

# 60. Shanxi, a district: the year after the body, 人民政府政府信息公开
P = parts(["2023年，潞州区人民政府坚持以人民为中心，推进政务公开工作。",
           "全年主动公开政府信息3320条。", "全年新收政府信息公开申请27件。", "全年发生政府信息公开行政复议2件。",
           "存在的问题是政策解读形式单一。下一步，我区将丰富解读形式。", NO_OTHER])
add("e-sx-luzhou-2023-yearafter",
    text(["长治市潞州区人民政府政府信息公开工作2023年度报告"], P),
    {}, ("长治市潞州区人民政府", "district", "山西省", "长治市", "潞州区", 2023), P)

# 61. Sichuan, a district: the title over three lines (关于…的 / 年度报告)
P = parts(["2022年，东兴区人民政府深入贯彻落实《条例》，推进政务公开标准化规范化。",
           "全年主动公开政府信息2960条。", "全年新收政府信息公开申请18件。", NO_APPEALS,
           "存在的问题是基层公开不平衡。下一步，我区将加强对乡镇的指导。", NO_OTHER])
add("e-sc-dongxing-2022-threelines",
    text(["内江市东兴区人民政府", "关于2022年政府信息公开工作的", "年度报告"], P),
    {}, ("内江市东兴区人民政府", "district", "四川省", "内江市", "东兴区", 2022), P)

# 62. Shanxi, a county 2023: the <title> holds only the report words and the site ('… | 忻州市五台县人民政府'), 我县 in the body
P = parts(["2023年，我县坚持以人民为中心，全面推进基层政务公开。",
           "全年主动公开政府信息2180条。", "全年新收政府信息公开申请6件。", NO_APPEALS,
           "存在的问题是公开内容不够丰富。下一步，我县将丰富公开内容。", NO_OTHER])
add("e-sx-wutai-2023-titlesite",
    cms_page("2023年政府信息公开工作年度报告 | 忻州市五台县人民政府", lines([], P), site="忻州市五台县人民政府",
             info="发布时间：2024-01-19"),
    {}, ("忻州市五台县人民政府", "county", "山西省", "忻州市", "五台县", 2023), P)


# ============================ F. batch B: written after batch A's fixes, scored before any further fix ============================


def sidebar_page(title_tag: str, paragraphs: list[str], *, site: str, h1: str, sidebar: tuple[str, ...],
                 info: str) -> str:
    """A CMS page whose left column (热点推荐, other reports' titles) comes before the article."""
    links = "".join(f"<li><a href=\"/b/{i}.html\">{t}</a></li>" for i, t in enumerate(sidebar, 1))
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{title_tag}</title>\n</head>\n<body>\n"
        f"<div class=\"crumb\">当前位置：首页 &gt; 信息公开 &gt; 年度报告 &gt; 正文</div>\n"
        f"<div class=\"leftbox\"><h3>热点推荐</h3><ul>{links}</ul></div>\n"
        f"<div class=\"article\"><h1>{h1}</h1>\n<div class=\"property\">{info}　浏览次数：386　【字体：大 中 小】</div>\n"
        f"<div class=\"content\">\n{body}\n</div>\n<div class=\"tools\">【打印本页】 【关闭窗口】</div></div>\n"
        f"<div class=\"foot\">主办单位：{site} 网站标识码：3412210001 皖ICP备05002345号</div>\n</body>\n</html>\n"
    )


# 63. Henan, a county 2010: unnumbered <strong> heads that open their paragraphs (概述。2010年，…)
P = parts(["2010年，郸城县人民政府把政府信息公开作为建设阳光政府的重要举措，健全了工作机制。",
           "全年主动公开政府信息1460条。", "全年受理政府信息公开申请3件，均已答复。", NO_FEES, NO_APPEALS,
           "主要是部分乡镇公开不及时。下一步，我县将加大督查力度。", NO_OTHER], kinds=K7, titles=T7, nums=("",) * 7)
add("f-hen-dancheng-2010-strong-runin",
    cms_page("郸城县人民政府2010年政府信息公开工作年度报告", [("strong", h + "。", b[0]) for h, _, b, _ in P], site="郸城县人民政府",
             h1="郸城县人民政府2010年政府信息公开工作年度报告", info="来源：郸城县人民政府办公室　发布时间：2011-03-25"),
    {}, ("郸城县人民政府", "county", "河南省", "周口市", "郸城县", 2010), P)

# 64. Hubei, a county-level city's bureau 2008: PDF text hard-wrapped at 18 characters (headings too), a running head
P = parts(["自2008年5月1日《条例》施行以来，广水市财政局成立了政府信息公开工作领导小组，明确了办公室为工作机构。",
           "2008年5月至12月，我局主动公开财政政策、预决算等信息236条。",
           "共受理政府信息公开申请1件，已按时答复。", "未收取任何费用。",
           "未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
           "存在的问题是公开内容还不够全面。2009年，我局将进一步扩大财政信息公开范围。"],
          kinds=("overview", "proactive", "requests", "fees", "appeals", "problems"), titles=T7[:6])
L = ["广水市财政局2008年政府信息公开工作年度报告", *wrapped(lines([], P), 18)]
add("f-hub-guangshui-czj-2008-pdfwrap",
    "\n".join([*L[:14], "- 1 -", "广水市财政局2008年政府信息公开工作年度报告", *L[14:], "- 2 -", "广水市财政局", "二〇〇九年三月二十日"]) + "\n",
    {}, ("广水市财政局", "department", "湖北省", "随州市", "广水市", 2008), P)

# 65. Zhejiang, a county 2011 in Markdown: unnumbered **bold** part lines
P = parts(["2011年，仙居县人民政府认真贯彻《条例》，进一步规范政府信息公开工作。",
           "全年主动公开政府信息1860条。", "全年受理政府信息公开申请5件。", NO_FEES, NO_APPEALS,
           "存在的问题是公开形式比较单一。下一步，我县将拓展公开渠道。", NO_OTHER], kinds=K7, titles=T7, nums=("",) * 7)
add("f-zj-xianju-2011-mdbold",
    Encoded("**仙居县人民政府2011年政府信息公开工作年度报告**\n\n"
            + "\n\n".join(f"**{t}**\n\n" + "\n\n".join(b) for _, _, b, t in P) + "\n", suffix=".md"),
    {}, ("仙居县人民政府", "county", "浙江省", "台州市", "仙居县", 2011), P)

# 66. a city tax bureau named only in a JSONL row's source column; the title column holds a menu word; 我局
P = parts(["2022年，我局坚持以纳税人缴费人为中心，全面推进税务政务公开。", "全年主动公开信息2860条。",
           "全年新收政府信息公开申请96件。", "全年发生政府信息公开行政复议4件，行政诉讼1件。",
           "存在的问题是政策解读的精准度有待提高。下一步，我局将分行业推送政策解读。", NO_OTHER])
add("f-shenzhen-tax-2022-source",
    crawl("crawl-e.jsonl", [("title", "政府信息公开年度报告"), ("date", "2023-01-30"), ("url", "https://shenzhen.chinatax.gov.cn/a/3.html"),
                            ("source", "国家税务总局深圳市税务局"), ("content", "\n".join(lines([], P)))]),
    {}, ("国家税务总局深圳市税务局", "department", "广东省", "深圳市", None, 2022), P)

# 67. a central-bank city branch 2018 (old format)
P = parts(["2018年，中国人民银行赣州市中心支行认真贯彻落实总行关于政府信息公开的工作部署。",
           "全年主动公开信息312条。", "全年受理政府信息公开申请2件。", NO_FEES, NO_APPEALS,
           "存在的问题是公开内容的针对性不强。下一步，我行将围绕金融服务加强公开。", NO_OTHER], kinds=K7, titles=T7)
add("f-ganzhou-pbc-2018",
    text(["中国人民银行赣州市中心支行2018年政府信息公开工作年度报告"], P),
    {}, ("中国人民银行赣州市中心支行", "department", "江西省", "赣州市", None, 2018), P)

# 68. a county traffic police brigade 2022, named only in the signature
P = parts(["2022年，我大队认真贯彻落实《条例》，推进交通管理信息公开。", "全年主动公开交通管理信息462条。",
           "全年新收政府信息公开申请5件。", NO_APPEALS, "存在的问题是公开的及时性不够。下一步，我大队将完善发布机制。", NO_OTHER])
add("f-hn-linli-jjdd-2022-sign",
    text([], P, ["临澧县公安局交通警察大队", "2023年1月16日"]),
    {}, ("临澧县公安局交通警察大队", "department", "湖南省", "常德市", "临澧县", 2022), P)

# 69. Shanghai, a street office of a district 2021
P = parts(["2021年，外滩街道办事处认真落实区委、区政府关于政务公开的工作要求。", "全年公开信息236条。",
           "全年收到政府信息公开申请11件。", NO_APPEALS, "存在的问题是公开的主动性不够。下一步，我街道将完善公开清单。", NO_OTHER])
add("f-sh-waitan-2021",
    text(["上海市黄浦区外滩街道办事处2021年政府信息公开工作年度报告"], P),
    {}, ("上海市黄浦区外滩街道办事处", "township", "上海市", "上海市", "黄浦区", 2021), P)

# 70. Jiangsu, an industrial park committee (工业园区: a development zone)
P = parts(["2022年，苏州工业园区管理委员会坚持以人民为中心，围绕优化营商环境推进政务公开。", "全年主动公开政府信息4260条。",
           "全年新收政府信息公开申请88件。", "全年发生政府信息公开行政复议3件，行政诉讼2件。",
           "存在的问题是涉企政策解读不够精准。下一步，我委将推进涉企政策精准推送。", NO_OTHER])
add("f-js-sip-2022",
    text(["苏州工业园区管理委员会2022年政府信息公开工作年度报告"], P),
    {}, ("苏州工业园区管理委员会", "city", "江苏省", "苏州市", None, 2022), P)

# 71. a survey team of the National Bureau of Statistics in a city 2020
P = parts(["2020年，国家统计局宜昌调查队认真贯彻落实新修订的《条例》。", "全年主动公开统计调查数据等信息186条。",
           "全年新收政府信息公开申请2件。", NO_APPEALS, "存在的问题是数据解读不够通俗。下一步，我队将加强数据解读。", NO_OTHER])
add("f-yichang-dcd-2020",
    text(["国家统计局宜昌调查队2020年政府信息公开工作年度报告"], P),
    {}, ("国家统计局宜昌调查队", "department", "湖北省", "宜昌市", None, 2020), P)

# 72. Anhui, a county bureau 2023: a CMS page whose left column lists other reports before the article
P = parts(["2023年，临泉县教育局坚持以公开促规范，围绕招生入学、学生资助推进公开。", "全年主动公开信息528条。",
           "全年新收政府信息公开申请9件。", NO_APPEALS, "存在的问题是学校信息公开不够规范。下一步，我局将加强对学校的指导。", NO_OTHER])
add("f-ah-linquan-jyj-2023-sidebar",
    sidebar_page("临泉县教育局2023年政府信息公开工作年度报告_临泉县人民政府", lines([], P), site="临泉县人民政府",
                 h1="临泉县教育局2023年政府信息公开工作年度报告", info="来源：临泉县教育局　发布时间：2024-01-19",
                 sidebar=("临泉县人民政府2023年政府信息公开工作年度报告", "临泉县财政局2023年政府信息公开工作年度报告")),
    {}, ("临泉县教育局", "department", "安徽省", "阜阳市", "临泉县", 2023), P)

# 73. Guizhou, a town of an autonomous county: 二0二二年度 (a digit zero among Chinese numerals)
P = parts(["本年度，丰乐镇人民政府认真落实基层政务公开标准化规范化要求。", "全年公开信息132条。",
           "全年未收到政府信息公开申请。", NO_APPEALS, "存在的问题是公开内容不够丰富。下一步，我镇将丰富公开内容。", NO_OTHER])
add("f-gz-fengle-2022-zero",
    text(["务川仡佬族苗族自治县丰乐镇人民政府二0二二年度政府信息公开工作年度报告"], P),
    {}, ("务川仡佬族苗族自治县丰乐镇人民政府", "township", "贵州省", "遵义市", "务川仡佬族苗族自治县", 2022), P)

# 74. Hebei, a mining district 2023: 二〇二三年 only in the title, 今年 in the text, an 二〇二四年 signature
P = parts(["今年以来，峰峰矿区人民政府坚持以人民为中心，推进政务公开工作。", "全年主动公开政府信息2260条。",
           "全年新收政府信息公开申请14件。", NO_APPEALS, "存在的问题是基层公开能力不足。下一步，我区将加强培训。", NO_OTHER])
add("f-hb-fengfeng-2023-cnyear",
    text(["邯郸市峰峰矿区人民政府二〇二三年政府信息公开工作年度报告"], P, ["邯郸市峰峰矿区人民政府", "二〇二四年一月十八日"]),
    {}, ("邯郸市峰峰矿区人民政府", "district", "河北省", "邯郸市", "峰峰矿区", 2023), P)

# 75. Shandong, a county-level city 2021: a GBK page without any charset declaration
P = parts(["2021年，禹城市人民政府深入贯彻落实《条例》，推进政务公开标准化规范化。", "全年主动公开政府信息3160条。",
           "全年新收政府信息公开申请22件。", "全年发生政府信息公开行政复议1件。",
           "存在的问题是政策解读不够深入。下一步，我市将加强解读。", NO_OTHER])
add("f-sd-yucheng-2021-gbk-html",
    Encoded(cms_page("禹城市人民政府2021年政府信息公开工作年度报告", lines([], P), site="禹城市人民政府",
                     h1="禹城市人民政府2021年政府信息公开工作年度报告", info="发布时间：2022-01-20").replace(
                         "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n", ""), "gbk", ".html"),
    {}, ("禹城市人民政府", "county", "山东省", "德州市", "禹城市", 2021), P)

# 76. Jilin, a county-level city 2022: a Parquet row whose text column holds the page's HTML body
P = parts(["2022年，延吉市人民政府坚持以人民为中心，推进政务公开工作。", "全年主动公开政府信息3420条。",
           "全年新收政府信息公开申请31件。", "全年发生政府信息公开行政复议2件。",
           "存在的问题是朝汉双语公开不够及时。下一步，我市将加强双语公开。", NO_OTHER])
add("f-jl-yanji-2022-parquet-html",
    crawl("crawl-c.parquet", [("title", "延吉市人民政府2022年政府信息公开工作年度报告"), ("pub_date", "2023-01-18"),
                              ("url", "http://www.yanji.gov.cn/a/4.html"), ("source", "延吉市人民政府办公室"),
                              ("content", "<div class=\"TRS_Editor\">" + "".join(f"<p>{x}</p>" for x in lines([], P)) + "</div>")]),
    {}, ("延吉市人民政府", "county", "吉林省", "延边朝鲜族自治州", "延吉市", 2022), P)

# 77. Guangxi, a district 2022: an Excel row whose title is 【】-decorated with a trailing date, CRLF text
P = parts(["2022年，田阳区人民政府认真贯彻落实《条例》，围绕乡村振兴推进政务公开。", "全年主动公开政府信息2360条。",
           "全年新收政府信息公开申请12件。", NO_APPEALS, "存在的问题是公开内容不够全面。下一步，我区将拓展公开内容。", NO_OTHER])
add("f-gx-tianyang-2022-xlsx",
    crawl("crawl-d.xlsx", [("标题", "【年度报告】百色市田阳区人民政府2022年政府信息公开工作年度报告（2023-01-18）"),
                           ("发布日期", "2023-01-18"), ("发布机构", ""), ("正文", "\r\n".join(lines([], P)))]),
    {}, ("百色市田阳区人民政府", "district", "广西壮族自治区", "百色市", "田阳区", 2022), P)

# 78. Zhejiang, two bodies joined by 、 in one title line (the first is the issuer)
P = parts(["2023年，嘉兴市发展和改革委员会（市能源局）认真贯彻落实《条例》，推进发展改革领域政务公开。",
           "全年主动公开信息1260条。", "全年新收政府信息公开申请36件。", "全年发生政府信息公开行政复议2件。",
           "存在的问题是重大项目信息公开不够及时。下一步，我委将完善重大项目信息公开机制。", NO_OTHER])
add("f-zj-jiaxing-fgw-2023-joint",
    text(["嘉兴市发展和改革委员会、嘉兴市能源局2023年政府信息公开工作年度报告"], P),
    {}, ("嘉兴市发展和改革委员会", "department", "浙江省", "嘉兴市", None, 2023), P)

# 79. Guangdong, a city bureau: the title line opens with the portal's name and a dash
P = parts(["2022年，阳江市统计局认真贯彻落实《条例》，依法依规发布统计数据。", "全年主动公开统计信息320条。",
           "全年新收政府信息公开申请4件。", NO_APPEALS, "存在的问题是数据解读不够通俗。下一步，我局将加强数据解读。", NO_OTHER])
add("f-gd-yangjiang-tjj-2022-portal-dash",
    text(["阳江市人民政府门户网站—阳江市统计局2022年政府信息公开工作年度报告"], P),
    {}, ("阳江市统计局", "department", "广东省", "阳江市", None, 2022), P)

# 80. Hubei, a district: 关于…情况的报告 title over two lines, PDF text wrapped with a running head
P = parts(["2021年，曾都区人民政府坚持以人民为中心，深入推进政务公开标准化规范化。", "全年主动公开政府信息2960条。",
           "全年新收政府信息公开申请19件。", "全年发生政府信息公开行政复议1件。",
           "存在的问题是基层公开标准目录更新不及时。下一步，我区将建立目录动态更新机制。", NO_OTHER])
L = wrapped(lines([], P), 20)
add("f-hub-zengdu-2021-guanyu",
    "\n".join(["随州市曾都区人民政府关于2021年度政府信息公开", "工作情况的报告", *L[:9], "— 1 —",
                "随州市曾都区人民政府关于2021年度政府信息公开工作情况的报告", *L[9:], "— 2 —"]) + "\n",
    {}, ("随州市曾都区人民政府", "district", "湖北省", "随州市", "曾都区", 2021), P)

# 81. Shanxi, a district 2020: NBSP and zero-width spaces inside the headings
P = parts(["2020年，盐湖区人民政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息3020条。",
           "全年新收政府信息公开申请26件。", "全年发生政府信息公开行政复议2件。",
           "存在的问题是依申请公开答复不够规范。下一步，我区将规范答复文书。", NO_OTHER])
NB = [("\u200b" + h.replace("处理", "处理\u00a0").replace("行政复议、", "行政复议、\u200b"), k, b, t) for h, k, b, t in P]
add("f-sx-yanhu-2020-nbsp",
    text(["运城市盐湖区人民政府2020年政府信息公开工作年度报告"], NB),
    {}, ("运城市盐湖区人民政府", "district", "山西省", "运城市", "盐湖区", 2020), P)

# 82. Gansu, a county 2019: a heading wrapped before its last words, a running head and 第 2 页 共 3 页 between heading and body
P = parts(["2019年，徽县人民政府深入贯彻新修订的《条例》，推进政务公开工作。", "全年主动公开政府信息2160条。",
           "全年新收政府信息公开申请8件。", NO_APPEALS, "存在的问题是公开平台整合不够。下一步，我县将整合公开平台。", NO_OTHER])
L = lines(["徽县人民政府2019年政府信息公开工作年度报告"], P)
add("f-gs-huixian-2019-pagebreak",
    "\n".join([*L[:5], "三、收到和处理政府信息公开申", "第 1 页 共 2 页", "徽县人民政府2019年政府信息公开工作年度报告", "请情况",
                *L[6:], "第 2 页 共 2 页"]) + "\n",
    {}, ("徽县人民政府", "county", "甘肃省", "陇南市", "徽县", 2019), P)

# 83. Heilongjiang, a county-level city 2011: eight parts numbered （一）, a separate 下一步工作打算 part
P = parts(["2011年，密山市人民政府按照《条例》要求，扎实推进政府信息公开工作。", "全年主动公开政府信息1620条。",
           "全年受理政府信息公开申请4件。", NO_FEES, NO_APPEALS, "一是公开内容不够全面；二是公开不够及时。",
           "2012年，我市将重点做好以下工作：1、进一步拓展公开内容；2、加强考核。", NO_OTHER],
          kinds=("overview", "proactive", "requests", "fees", "appeals", "problems", "plans", "other"),
          titles=("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼情况",
                  "存在的主要问题", "下一步工作打算", "其他需要报告的事项"), nums=tuple(f"（{c}）" for c in CN[:8]))
add("f-hlj-mishan-2011-eight",
    text(["密山市人民政府2011年政府信息公开工作年度报告"], P),
    {}, ("密山市人民政府", "county", "黑龙江省", "鸡西市", "密山市", 2011), P)


# ============================ G. batch C: written after batch B's fixes, scored before any further fix ============================

# 84. Jiangxi, a county 2009: the title names the place only (永新县2009年度…工作报告), UTF-8 with a BOM
P = parts(["2009年，我县认真贯彻落实《条例》，进一步完善政府信息公开工作机制。", "全年主动公开政府信息1120条。",
           "全年受理政府信息公开申请2件。", NO_FEES, NO_APPEALS,
           "存在的问题是公开的深度不够。2010年，我县将深化重点领域信息公开。", NO_OTHER], kinds=K7, titles=T7)
add("g-jx-yongxin-2009-bom",
    Encoded(text(["永新县2009年度政府信息公开工作报告"], P), "utf-8-sig"),
    {}, ("永新县人民政府", "county", "江西省", "吉安市", "永新县", 2009), P)

# 85. Hunan, a county 2011: old parts, a separate 今后工作打算 part and no 其他 part, a UTF-16 big-endian file
P = parts(["2011年，桃源县人民政府认真贯彻《条例》，扎实推进政府信息公开。", "全年主动公开政府信息1680条。",
           "全年受理政府信息公开申请6件。", NO_FEES, NO_APPEALS, "一是部分单位重视不够；二是公开不够及时。",
           "一是加强督查考核；二是拓展公开渠道。"],
          kinds=("overview", "proactive", "requests", "fees", "appeals", "problems", "plans"),
          titles=(*T7[:5], "存在的主要问题", "今后工作打算"))
add("g-hn-taoyuan-2011-utf16be",
    Encoded(text(["桃源县人民政府2011年政府信息公开工作年度报告"], P), "utf-16-be"),
    {}, ("桃源县人民政府", "county", "湖南省", "常德市", "桃源县", 2011), P)

# 86. Shandong, a customs district 2023 in a GBK CSV crawl (as Excel saves it), title column the title
P = parts(["2023年，青岛海关认真落实海关总署政务公开工作部署，围绕促进外贸稳规模优结构推进公开。", "全年主动公开政府信息2260条。",
           "全年新收政府信息公开申请54件。", "全年发生政府信息公开行政复议3件。",
           "存在的问题是政策解读的针对性不强。下一步，我关将分类解读惠企政策。", NO_OTHER])
add("g-qingdao-customs-2023-gbkcsv",
    CrawlRow("crawl-f.csv", (("标题", "青岛海关2023年政府信息公开工作年度报告"), ("发布日期", "2024-01-26"),
                             ("网址", "http://qingdao.customs.gov.cn/a/1.html"), ("正文", "\n".join(lines([], P)))), "gbk"),
    {}, ("青岛海关", "department", "山东省", "青岛市", None, 2023), P)

# 87. Zhejiang, a county tax bureau 2021 in the same GBK CSV
P = parts(["2021年，国家税务总局桐庐县税务局认真落实上级局政务公开工作要求。", "全年主动公开信息312条。",
           "全年新收政府信息公开申请3件。", NO_APPEALS, "存在的问题是公开形式单一。下一步，我局将丰富公开形式。", NO_OTHER])
add("g-tonglu-tax-2021-gbkcsv",
    CrawlRow("crawl-f.csv", (("标题", "国家税务总局桐庐县税务局2021年政府信息公开工作年度报告"), ("发布日期", "2022-01-21"),
                             ("网址", "http://zhejiang.chinatax.gov.cn/a/2.html"), ("正文", "\n".join(lines([], P)))), "gbk"),
    {}, ("国家税务总局桐庐县税务局", "department", "浙江省", "杭州市", "桐庐县", 2021), P)

# 88. Hubei, a city meteorological bureau 2022
P = parts(["2022年，十堰市气象局认真贯彻落实湖北省气象局和市政府关于政务公开的部署。", "全年主动公开预报预警等信息2860条。",
           "全年未收到政府信息公开申请。", NO_APPEALS, "存在的问题是气象服务信息解读不够。下一步，我局将加强解读。", NO_OTHER])
add("g-shiyan-qxj-2022",
    text(["十堰市气象局2022年政府信息公开工作年度报告"], P),
    {}, ("十堰市气象局", "department", "湖北省", "十堰市", None, 2022), P)

# 89. Sichuan, a city postal administration 2020, named only in the signature
P = parts(["2020年，我局认真贯彻落实国家邮政局和省邮政管理局关于政务公开的工作要求。", "全年主动公开快递业务经营许可等信息126条。",
           "全年新收政府信息公开申请1件。", NO_APPEALS, "存在的问题是行业信息公开不够全面。下一步，我局将完善公开目录。", NO_OTHER])
add("g-mianyang-post-2020-sign",
    text([], P, ["绵阳市邮政管理局", "2021年1月25日"]),
    {}, ("绵阳市邮政管理局", "department", "四川省", "绵阳市", None, 2020), P)

# 90. Zhejiang, a street office of a county-level city 2024
P = parts(["2024年，稠城街道办事处认真落实市委、市政府关于政务公开的部署。", "全年公开信息168条。",
           "全年收到政府信息公开申请4件。", NO_APPEALS, "存在的问题是社区公开不规范。下一步，我街道将加强指导。", NO_OTHER])
add("g-zj-choucheng-2024",
    text(["义乌市稠城街道办事处2024年政府信息公开工作年度报告"], P),
    {}, ("义乌市稠城街道办事处", "township", "浙江省", "金华市", "义乌市", 2024), P)

# 91. Sichuan, a district education bureau 2023: a page declared gb2312 whose bytes hold a GBK-only character (喆)
P = parts(["2023年，成都市武侯区教育局坚持以公开促规范，推进教育领域政务公开。", "全年主动公开信息860条。",
           "全年新收政府信息公开申请17件。", "全年发生政府信息公开行政复议1件。",
           "存在的问题是学校公开不平衡。下一步，我局将加强对学校的指导。", "联系人：王喆，联系电话：028-85000000。"])
add("g-sc-wuhou-jyj-2023-gb2312",
    Encoded(cms_page("成都市武侯区教育局2023年政府信息公开工作年度报告", lines([], P), site="成都市武侯区人民政府",
                     h1="成都市武侯区教育局2023年政府信息公开工作年度报告", info="来源：成都市武侯区教育局　发布时间：2024-01-22",
                     charset="gb2312"), "gbk", ".html"),
    {}, ("成都市武侯区教育局", "department", "四川省", "成都市", "武侯区", 2023), P)

# 92. Shaanxi, a county 2022: the title spaced out with two spaces between characters
P = parts(["2022年，洛川县人民政府坚持以人民为中心，围绕苹果产业推进政务公开。", "全年主动公开政府信息2260条。",
           "全年新收政府信息公开申请9件。", NO_APPEALS, "存在的问题是政策解读不够。下一步，我县将加强解读。", NO_OTHER])
add("g-sn-luochuan-2022-doublespaced",
    text(["洛川县人民政府2022年" + "  ".join("政府信息公开工作年度报告")], P),
    {}, ("洛川县人民政府", "county", "陕西省", "延安市", "洛川县", 2022), P)

# 93. Guangxi, a county 2022: the whole title spaced out, the year written 二〇二二年度
P = parts(["本年度，灵川县人民政府认真贯彻落实《条例》，推进政务公开工作。", "全年主动公开政府信息2430条。",
           "全年新收政府信息公开申请10件。", NO_APPEALS, "存在的问题是公开内容不够丰富。下一步，我县将丰富公开内容。", NO_OTHER])
add("g-gx-lingchuan-2022-spacedcn",
    text([spaced("灵川县人民政府二〇二二年度政府信息公开工作年度报告")], P),
    {}, ("灵川县人民政府", "county", "广西壮族自治区", "桂林市", "灵川县", 2022), P)

# 94. Yunnan, a county 2021: pdftotext output with form feeds between pages and a running head after each
P = parts(["2021年，弥勒市人民政府深入贯彻新修订的《条例》，推进政务公开标准化规范化。", "全年主动公开政府信息3180条。",
           "全年新收政府信息公开申请21件。", "全年发生政府信息公开行政复议1件。",
           "存在的问题是基层公开标准目录运用不够。下一步，我市将加强培训指导。", NO_OTHER])
L = lines(["弥勒市人民政府2021年政府信息公开工作年度报告"], P)
add("g-yn-mile-2021-formfeed",
    "\n".join([*L[:6], "\f弥勒市人民政府2021年政府信息公开工作年度报告", *L[6:10], "\f弥勒市人民政府2021年政府信息公开工作年度报告",
                *L[10:]]) + "\n",
    {}, ("弥勒市人民政府", "county", "云南省", "红河哈尼族彝族自治州", "弥勒市", 2021), P)

# 95. Henan, a county 2020: a tab after the heading numbers, CR-only line ends (old Mac text)
P = parts(["2020年，新县人民政府认真贯彻落实新修订的《条例》，推进政务公开。", "全年主动公开政府信息1960条。",
           "全年新收政府信息公开申请7件。", NO_APPEALS, "存在的问题是公开队伍不稳定。下一步，我县将加强队伍建设。", NO_OTHER],
          nums=tuple(f"{c}、\t" for c in CN[:6]))
add("g-hen-xinxian-2020-tab-cr",
    text(["新县人民政府2020年政府信息公开工作年度报告"], P).replace("\n", "\r"),
    {}, ("新县人民政府", "county", "河南省", "信阳市", "新县", 2020), P)

# 96. Jiangsu, a county-level city 2021: （全文） after the title
P = parts(["2021年，丹阳市人民政府全面贯彻新修订的《条例》，以公开促落实。", "全年主动公开政府信息4120条。",
           "全年新收政府信息公开申请38件。", "全年发生政府信息公开行政复议2件，行政诉讼1件。",
           "存在的问题是解读回应不够及时。下一步，我市将健全回应机制。", NO_OTHER])
add("g-js-danyang-2021-quanwen",
    text(["丹阳市人民政府2021年政府信息公开工作年度报告（全文）"], P),
    {}, ("丹阳市人民政府", "county", "江苏省", "镇江市", "丹阳市", 2021), P)

# 97. Liaoning, a county 2012: old era, headings bold by CSS (<span style="font-weight:bold">) in their own paragraph, no numbers
P = parts(["2012年，岫岩满族自治县人民政府认真贯彻《条例》，推进政府信息公开。", "全年主动公开政府信息1360条。",
           "全年受理政府信息公开申请3件。", NO_FEES, NO_APPEALS,
           "存在的问题是公开载体不够丰富。下一步，我县将建设政府信息查阅室。", NO_OTHER], kinds=K7, titles=T7, nums=("",) * 7)
add("g-ln-xiuyan-2012-cssbold",
    cms_page("岫岩满族自治县人民政府2012年政府信息公开工作年度报告", blocks(P, "span style=\"font-weight:bold\""), site="岫岩满族自治县人民政府",
             h1="岫岩满族自治县人民政府2012年政府信息公开工作年度报告", info="发布时间：2013-03-26").replace(
                 "</span style=\"font-weight:bold\">", "</span>"),
    {}, ("岫岩满族自治县人民政府", "county", "辽宁省", "鞍山市", "岫岩满族自治县", 2012), P)

# 98. Qinghai, a county 2019: the page's text column in a JSONL crawl holds the whole page (chrome and all)
P = parts(["2019年，互助土族自治县人民政府深入贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息2030条。",
           "全年新收政府信息公开申请5件。", NO_APPEALS, "存在的问题是公开平台功能不够完善。下一步，我县将完善平台功能。", NO_OTHER])
add("g-qh-huzhu-2019-jsonl-page",
    crawl("crawl-e.jsonl", [("title", "互助土族自治县人民政府2019年政府信息公开工作年度报告"), ("date", "2020-01-17"),
                            ("url", "http://www.huzhu.gov.cn/a/4.html"),
                            ("content", cms_page("互助土族自治县人民政府2019年政府信息公开工作年度报告_互助县人民政府", lines([], P),
                                                 site="互助土族自治县人民政府", info="来源：县政府办　发布时间：2020-01-17",
                                                 related=("互助土族自治县人民政府2018年政府信息公开工作年度报告",)))]),
    {}, ("互助土族自治县人民政府", "county", "青海省", "海东市", "互助土族自治县", 2019), P)

# 99. Chongqing, a county 2023: the old-style title 关于…的报告 on one line, 第2页/共3页 page lines
P = parts(["2023年，巫溪县人民政府坚持以人民为中心，推进政务公开提质增效。", "全年主动公开政府信息2760条。",
           "全年新收政府信息公开申请16件。", NO_APPEALS, "存在的问题是基层公开能力不足。下一步，我县将加强培训。", NO_OTHER])
L = lines(["巫溪县人民政府关于2023年度政府信息公开工作情况的报告"], P)
add("g-cq-wuxi-2023-slashfolio",
    "\n".join([*L[:7], "第1页/共2页", *L[7:], "第2页/共2页"]) + "\n",
    {}, ("巫溪县人民政府", "county", "重庆市", "重庆市", "巫溪县", 2023), P)


# ============================ H. batch D: written after batch C was scored (nothing to fix), scored before any fix ============================

# 100. Shanxi, a county whose name begins with 乡 (乡宁县)
P = parts(["2021年，乡宁县人民政府坚持以人民为中心，推进政务公开工作。", "全年主动公开政府信息1860条。",
           "全年新收政府信息公开申请6件。", NO_APPEALS, "存在的问题是公开内容不够丰富。下一步，我县将丰富公开内容。", NO_OTHER])
add("h-sx-xiangning-2021", text(["乡宁县人民政府2021年政府信息公开工作年度报告"], P),
    {}, ("乡宁县人民政府", "county", "山西省", "临汾市", "乡宁县", 2021), P)

# 101. Yunnan, a county whose name begins with 镇 (镇雄县), named in the signature only
P = parts(["2022年，我县深入贯彻落实《条例》，推进基层政务公开标准化规范化。", "全年主动公开政府信息2560条。",
           "全年新收政府信息公开申请12件。", NO_APPEALS, "存在的问题是乡镇公开不平衡。下一步，我县将加强指导。", NO_OTHER])
add("h-yn-zhenxiong-2022-sign", text([], P, ["镇雄县人民政府", "2023年1月19日"]),
    {}, ("镇雄县人民政府", "county", "云南省", "昭通市", "镇雄县", 2022), P)

# 102. Sichuan, a district named 市中区 (four cities have one)
P = parts(["2023年，乐山市市中区人民政府坚持以人民为中心，推进政务公开。", "全年主动公开政府信息2860条。",
           "全年新收政府信息公开申请19件。", "全年发生政府信息公开行政复议1件。",
           "存在的问题是政策解读不够。下一步，我区将加强解读。", NO_OTHER])
add("h-sc-leshan-shizhong-2023", text(["乐山市市中区人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("乐山市市中区人民政府", "district", "四川省", "乐山市", "市中区", 2023), P)

# 103. Anhui, a district named 郊区
P = parts(["2022年，铜陵市郊区人民政府认真贯彻落实《条例》，推进政务公开。", "全年主动公开政府信息1960条。",
           "全年新收政府信息公开申请8件。", NO_APPEALS, "存在的问题是公开形式单一。下一步，我区将丰富公开形式。", NO_OTHER])
add("h-ah-tongling-jiaoqu-2022", text(["铜陵市郊区人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("铜陵市郊区人民政府", "district", "安徽省", "铜陵市", "郊区", 2022), P)

# 104. Tianjin, a district named 新区 (a government, not a zone committee)
P = parts(["2021年，滨海新区人民政府深入贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息6860条。",
           "全年新收政府信息公开申请132件。", "全年发生政府信息公开行政复议8件，行政诉讼3件。",
           "存在的问题是依申请公开答复质量有待提高。下一步，我区将加强答复审核。", NO_OTHER])
add("h-tj-binhai-2021", text(["天津市滨海新区人民政府2021年政府信息公开工作年度报告"], P),
    {}, ("天津市滨海新区人民政府", "district", "天津市", "天津市", "滨海新区", 2021), P)

# 105. a maritime safety administration named 中华人民共和国宁波海事局
P = parts(["2022年，宁波海事局认真贯彻落实交通运输部、中华人民共和国海事局关于政务公开的工作部署。", "全年主动公开信息680条。",
           "全年新收政府信息公开申请6件。", NO_APPEALS, "存在的问题是公开的及时性不够。下一步，我局将缩短发布周期。", NO_OTHER])
add("h-ningbo-msa-2022", text(["中华人民共和国宁波海事局2022年政府信息公开工作年度报告"], P),
    {}, ("中华人民共和国宁波海事局", "department", "浙江省", "宁波市", None, 2022), P)

# 106. a district tax bureau of Beijing (朝阳区 is also a district of 长春)
P = parts(["2023年，国家税务总局北京市朝阳区税务局坚持以纳税人缴费人为中心，深化政务公开。", "全年主动公开信息960条。",
           "全年新收政府信息公开申请36件。", "全年发生政府信息公开行政复议2件。",
           "存在的问题是政策解读不够精准。下一步，我局将精准推送政策。", NO_OTHER])
add("h-bj-chaoyang-tax-2023", text(["国家税务总局北京市朝阳区税务局2023年政府信息公开工作年度报告"], P),
    {}, ("国家税务总局北京市朝阳区税务局", "department", "北京市", "北京市", "朝阳区", 2023), P)

# 107. the financial regulator's Sichuan office 2024, named only in a JSONL source column; 我局
P = parts(["2024年，我局认真贯彻落实总局关于政务公开的工作部署，推进金融监管信息公开。", "全年主动公开行政处罚等信息1860条。",
           "全年新收政府信息公开申请42件。", "全年发生政府信息公开行政复议3件。",
           "存在的问题是政策解读不够通俗。下一步，我局将用案例解读监管政策。", NO_OTHER])
add("h-sichuan-nfra-2024-source",
    crawl("crawl-e.jsonl", [("title", "国家金融监督管理总局四川监管局2024年政府信息公开工作年度报告"), ("date", "2025-01-24"),
                            ("url", "https://www.nfra.gov.cn/a/5.html"), ("content", "\n".join(lines([], P)))]),
    {}, ("国家金融监督管理总局四川监管局", "department", "四川省", None, None, 2024), P)

# 108. Hunan, a county 2010 in a Word file: unnumbered old parts as bold paragraphs of body size
P = parts(["2010年，安化县人民政府认真贯彻《条例》，推进政府信息公开。", "全年主动公开政府信息1420条。",
           "全年受理政府信息公开申请2件。", NO_FEES, NO_APPEALS,
           "存在的问题是公开不够及时。下一步，我县将建立信息报送通报制度。", NO_OTHER], kinds=K7, titles=T7, nums=("",) * 7)
add("h-hn-anhua-2010-wordbold",
    Docx((("big", "安化县人民政府2010年政府信息公开工作年度报告"), *[x for h, _, b, _ in P for x in (("bold", h), *b)])),
    {}, ("安化县人民政府", "county", "湖南省", "益阳市", "安化县", 2010), P)

# 109. Guangdong, a county 2022: Markdown from a PDF converter with page comments and --- separators
P = parts(["2022年，紫金县人民政府坚持以人民为中心，推进政务公开。", "全年主动公开政府信息2360条。",
           "全年新收政府信息公开申请11件。", NO_APPEALS, "存在的问题是公开平台功能不完善。下一步，我县将优化平台功能。", NO_OTHER])
L = lines([], P)
add("h-gd-zijin-2022-mdpages",
    Encoded("# 紫金县人民政府2022年政府信息公开工作年度报告\n\n" + "\n\n".join(L[:6]) + "\n\n---\n\n<!-- page 2 -->\n\n"
            + "\n\n".join(L[6:]) + "\n", suffix=".md"),
    {}, ("紫金县人民政府", "county", "广东省", "河源市", "紫金县", 2022), P)

# 110. Jilin, a county 2021 in the CSV crawl: the text keeps the page's 来源/发布时间/浏览次数 line and 【字体】 switch
P = parts(["2021年，抚松县人民政府深入贯彻落实《条例》，推进政务公开。", "全年主动公开政府信息1860条。",
           "全年新收政府信息公开申请7件。", NO_APPEALS, "存在的问题是基层公开能力不足。下一步，我县将加强培训。", NO_OTHER])
add("h-jl-fusong-2021-csvchrome",
    crawl("crawl-a.csv", [("标题", "抚松县人民政府2021年政府信息公开工作年度报告"), ("发布时间", "2022-01-20"),
                          ("链接", "http://www.jlfusong.gov.cn/a/3.html"),
                          ("正文", "\n".join(["来源：抚松县人民政府办公室　发布时间：2022-01-20　浏览次数：312", "【字体：大 中 小】",
                                             *lines([], P), "【打印本页】【关闭窗口】"]))]),
    {}, ("抚松县人民政府", "county", "吉林省", "白山市", "抚松县", 2021), P)

# 111. Guizhou, a county 2020 in the JSONL crawl: an HTML fragment whose lines are separated by <br> only
P = parts(["2020年，三穗县人民政府认真贯彻新修订的《条例》，推进政务公开。", "全年主动公开政府信息1680条。",
           "全年新收政府信息公开申请5件。", NO_APPEALS, "存在的问题是公开内容不够全面。下一步，我县将拓展公开内容。", NO_OTHER])
add("h-gz-sansui-2020-br",
    crawl("crawl-e.jsonl", [("title", "三穗县人民政府2020年政府信息公开工作年度报告"), ("date", "2021-01-22"),
                            ("url", "http://www.gzss.gov.cn/a/6.html"), ("content", "<br/>".join(lines([], P)))]),
    {}, ("三穗县人民政府", "county", "贵州省", "黔东南苗族侗族自治州", "三穗县", 2020), P)

# 112. Hebei, a county 2023: a PDF text whose title spaces out its digits too (2 0 2 3 年)
P = parts(["2023年，涞源县人民政府坚持以人民为中心，推进政务公开工作。", "全年主动公开政府信息1760条。",
           "全年新收政府信息公开申请6件。", NO_APPEALS, "存在的问题是政策解读不够。下一步，我县将加强解读。", NO_OTHER])
add("h-hb-laiyuan-2023-spaceddigits",
    text([spaced("涞源县人民政府2023年政府信息公开工作年度报告")], P),
    {}, ("涞源县人民政府", "county", "河北省", "保定市", "涞源县", 2023), P)

# 113. Hainan, a county-level city 2022: the article title in a <div class="title">, a 索引号 table before the body
P = parts(["2022年，琼海市人民政府坚持以人民为中心，围绕自贸港建设推进政务公开。", "全年主动公开政府信息3260条。",
           "全年新收政府信息公开申请24件。", "全年发生政府信息公开行政复议2件。",
           "存在的问题是涉企政策公开不够集中。下一步，我市将建设政策专区。", NO_OTHER])
add("h-hi-qionghai-2022-divtitle",
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>琼海市人民政府网</title></head><body>\n"
    "<div class=\"crumb\">当前位置：首页 > 政府信息公开 > 政府信息公开年报</div>\n"
    "<table class=\"zwgk\"><tr><td>索引号：</td><td>00829-0200-2023-00012</td><td>发布机构：</td><td>琼海市人民政府办公室</td></tr>"
    "<tr><td>发布日期：</td><td>2023-01-16</td><td>文号：</td><td></td></tr></table>\n"
    "<div class=\"title\">琼海市人民政府2022年政府信息公开工作年度报告</div>\n<div class=\"zoom\">\n"
    + "\n".join(f"<p>{x}</p>" for x in lines([], P)) + "\n</div>\n<div class=\"foot\">主办：琼海市人民政府办公室 琼ICP备05000123号</div>\n"
    "</body></html>\n",
    {}, ("琼海市人民政府", "county", "海南省", None, "琼海市", 2022), P)


# ============================ I. batch E: plans in other words, written after batch D was scored (nothing to fix) ============================

# 114. Gansu, a county 2021: plans as 下步 (without 一)
P = parts(["2021年，民勤县人民政府认真贯彻落实《条例》，推进政务公开。", "全年主动公开政府信息1960条。",
           "全年新收政府信息公开申请6件。", NO_APPEALS, "存在的问题是公开内容不够丰富。下步，我县将围绕防沙治沙等重点领域加大公开力度。", NO_OTHER])
add("i-gs-minqin-2021-xiabu", text(["民勤县人民政府2021年政府信息公开工作年度报告"], P),
    {}, ("民勤县人民政府", "county", "甘肃省", "武威市", "民勤县", 2021), P)

# 115. Jiangxi, a city bureau 2012: an old-era part of its own, 2013年工作思路
P = parts(["2012年，萍乡市商务局认真贯彻《条例》，推进政府信息公开。", "全年主动公开信息236条。", "全年受理政府信息公开申请1件。",
           NO_FEES, NO_APPEALS, "存在的问题是公开不够及时。", "一是完善公开目录；二是加强信息审核。"],
          kinds=("overview", "proactive", "requests", "fees", "appeals", "problems", "plans"),
          titles=(*T7[:5], "存在的问题", "2013年工作思路"))
add("i-jx-pingxiang-swj-2012-silu", text(["萍乡市商务局2012年政府信息公开工作年度报告"], P),
    {}, ("萍乡市商务局", "department", "江西省", "萍乡市", None, 2012), P)

# 116. Hubei, a county 2022: the problems part splits into （一）存在的问题 and （二）改进措施
P = parts(["2022年，竹山县人民政府坚持以人民为中心，推进政务公开。", "全年主动公开政府信息2160条。",
           "全年新收政府信息公开申请9件。", NO_APPEALS,
           ["（一）存在的问题", "政策解读的形式还不够丰富。", "（二）改进措施", "推行图文、音视频等多元化解读方式。"], NO_OTHER])
add("i-hub-zhushan-2022-subparts", text(["竹山县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("竹山县人民政府", "county", "湖北省", "十堰市", "竹山县", 2022), P)

# 117. Inner Mongolia, a banner 2023: plans with 计划 and 拟 (no 将)
P = parts(["2023年，科尔沁左翼中旗人民政府推进基层政务公开标准化规范化。", "全年主动公开政府信息1760条。",
           "全年新收政府信息公开申请4件。", NO_APPEALS,
           "存在的问题是蒙汉双语公开不够及时。2024年，我旗计划配齐双语信息员，拟于上半年完成公开目录更新。", NO_OTHER])
add("i-nmg-kezuozhong-2023-jihua", text(["科尔沁左翼中旗人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("科尔沁左翼中旗人民政府", "county", "内蒙古自治区", "通辽市", "科尔沁左翼中旗", 2023), P)

# 118. Shandong, a city bureau 2020: the intention in the 其他需要报告的事项 part only
P = parts(["2020年，日照市水利局认真贯彻落实新修订的《条例》，推进水利领域政务公开。", "全年主动公开信息420条。",
           "全年新收政府信息公开申请3件。", NO_APPEALS, "存在的问题是公开的及时性有待提高。",
           "2021年，我局将围绕河湖长制、水旱灾害防御等重点工作，进一步加大信息公开力度。"])
add("i-sd-rizhao-slj-2020-other", text(["日照市水利局2020年政府信息公开工作年度报告"], P),
    {}, ("日照市水利局", "department", "山东省", "日照市", None, 2020), P)

# 119. Heilongjiang, a town 2021: what was already done about the problems, no intention
P = parts(["2021年，我乡认真落实基层政务公开要求。", "全年公开信息72条。", "全年未收到政府信息公开申请。", NO_APPEALS,
           "存在的问题是公开栏目更新不及时。针对上述问题，我乡已将信息公开工作纳入年度考核，并明确了专人负责。", NO_OTHER])
add("i-hlj-xingsheng-2021-done", text(["五常市兴盛乡人民政府2021年政府信息公开工作年度报告"], P),
    {}, ("五常市兴盛乡人民政府", "township", "黑龙江省", "哈尔滨市", "五常市", 2021), P, plans=False)

# 120. Guangdong, a district 2019: plans as 我们将 in the problems part
P = parts(["2019年，江门市蓬江区人民政府深入贯彻新修订的《条例》。", "全年主动公开政府信息3860条。",
           "全年新收政府信息公开申请42件。", "全年发生政府信息公开行政复议3件。",
           "存在的问题是依申请公开答复不够规范。我们将建立答复文书模板，规范答复工作。", NO_OTHER])
add("i-gd-pengjiang-2019-women", text(["江门市蓬江区人民政府2019年政府信息公开工作年度报告"], P),
    {}, ("江门市蓬江区人民政府", "district", "广东省", "江门市", "蓬江区", 2019), P)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES10, out)


if __name__ == "__main__":
    write()
