"""Test utility: the fourth held-out probe set ``tests/cases/probes4`` (issue 10), written by hand.

Section structure in hard contexts, as crawled reports from across China come: statistics
tables flattened into the text whose row labels are numbered like headings (2021, 2019 and
2014–2018 formats; one cell a line, cells separated by runs of ``\\r`` or ``\\n``, an empty cell
an empty run), numbered lists inside a part that reuse 一、二、 or write 一是 / （一）, annexes,
quoted document titles, a table of contents or a preamble that lists the parts, signature
blocks and dates, a crawl page's breadcrumbs and related links, heading-like prose (一、二季度,
第一季度, 一方面), a 2021-format 其他需要报告的事项 with sub-headings, four-part reports, heading
numbers that skip or restart, and headings on the same line as their text. Each entry is
``pid -> (text, header, expected)`` with the keys of ``probes3``; the level-1 ``kinds`` and
``titles`` were labelled by reading each text, before textmine read it.

``python -m tests.probe_hand4`` rewrites ``tests/cases/probes4/``; the tests and
``bench/probe_meta.py --set probes4`` read those files.

Example:
    >>> text, header, want = PROBES4["hb-jt-2021-table-n"]
    >>> want["kinds"][2]
    'requests'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_sets import K6, LAW, T6, Probe, register, write_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes4"

PROBES4: dict[str, Probe] = {}


def add(pid: str, text: str, header: dict[str, str], *args: Any, **kwargs: Any) -> None:
    """Register one probe with its expectations (:func:`tests.probe_sets.register`)."""
    register(PROBES4, pid, text, header, *args, **kwargs)


K_OLD = ["overview", "proactive", "requests", "fees", "appeals", "problems"]
T_OLD = ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
         "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施"]


def cells(rows: list[tuple[str, list[str]]], sep: str) -> str:
    """A flattened table: each row label then its cells, one a line (an empty cell an empty line)."""
    out: list[str] = []
    for label, values in rows:
        out.append(label)
        out.extend(values)
    return sep.join(out)


def z(n: int, v: str = "0") -> list[str]:
    """``n`` cells of value ``v``."""
    return [v] * n


def table21_active(sep: str) -> str:
    """The 2021 format's table of part 二, flattened."""
    return cells([
        ("第二十条第（一）项", []), ("信息内容", ["本年制发件数", "本年废止件数", "现行有效件数"]),
        ("规章", z(3)), ("行政规范性文件", ["3", "1", "27"]),
        ("第二十条第（五）项", []), ("信息内容", ["本年处理决定数量"]), ("行政许可", ["412"]),
        ("第二十条第（六）项", []), ("信息内容", ["本年处理决定数量"]), ("行政处罚", ["56"]), ("行政强制", ["0"]),
        ("第二十条第（八）项", []), ("信息内容", ["本年收费金额（单位：万元）"]), ("行政事业性收费", ["0"]),
    ], sep) + sep


def table_requests(sep: str, *, empty: str | None = None) -> str:
    """The 2019/2021 formats' table of part 三, flattened; ``empty`` writes blank cells that way."""
    e = z(7) if empty is None else [empty] * 7
    return cells([
        ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", []),
        ("申请人情况", []), ("自然人", []), ("法人或其他组织", []), ("总计", []),
        ("商业企业", []), ("科研机构", []), ("社会公益组织", []), ("法律服务机构", []), ("其他", []),
        ("一、本年新收政府信息公开申请数量", ["5", "1", "0", "0", "0", "0", "6"]),
        ("二、上年结转政府信息公开申请数量", z(7)),
        ("三、本年度办理结果", []),
        ("（一）予以公开", ["3", "1", "0", "0", "0", "0", "4"]),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", z(7)),
        ("（三）不予公开", []), ("1.属于国家秘密", e), ("2.其他法律行政法规禁止公开", e),
        ("3.危及“三安全一稳定”", e),
        ("（四）无法提供", []), ("1.本机关不掌握相关政府信息", ["2", "0", "0", "0", "0", "0", "2"]),
        ("2.没有现成信息需要另行制作", e),
        ("（五）不予处理", []), ("1.信访举报投诉类申请", e), ("2.重复申请", e),
        ("（六）其他处理", []), ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", e),
        ("（七）总计", ["5", "1", "0", "0", "0", "0", "6"]),
        ("四、结转下年度继续办理", z(7)),
    ], sep) + sep


def table_appeals(sep: str) -> str:
    """The 2019/2021 formats' table of part 四, flattened."""
    return cells([
        ("行政复议", []), ("行政诉讼", []),
        ("结果维持", []), ("结果纠正", []), ("其他结果", []), ("尚未审结", []), ("总计", []),
        ("未经复议直接起诉", []), ("复议后起诉", []),
        ("", z(15)),
    ], sep) + sep


def table19_active(sep: str) -> str:
    """The 2019 format's table of part 二, flattened."""
    return cells([
        ("第二十条第（一）项", []), ("信息内容", ["本年新制作数量", "本年新公开数量", "对外公开总数量"]),
        ("规章", z(3)), ("规范性文件", ["2", "2", "15"]),
        ("第二十条第（五）项", []), ("信息内容", ["上一年项目数量", "本年增/减", "处理决定数量"]),
        ("行政许可", ["12", "-1", "230"]), ("其他对外管理服务事项", z(3)),
        ("第二十条第（六）项", []), ("信息内容", ["上一年项目数量", "本年增/减", "处理决定数量"]),
        ("行政处罚", ["31", "0", "18"]), ("行政强制", z(3)),
        ("第二十条第（九）项", []), ("信息内容", ["采购项目数量", "采购总金额"]), ("政府集中采购", ["4", "86.5"]),
    ], sep) + sep


def table14(sep: str) -> str:
    """The 2014–2018 national statistics table, flattened (统计指标 / 单位 / 统计数)."""
    return cells([
        ("统计指标", ["单位", "统计数"]),
        ("一、主动公开情况", []),
        ("（一）主动公开政府信息数", ["条", "386"]), ("（不同渠道和方式公开相同信息计1条）", []),
        ("其中：主动公开规范性文件数", ["条", "4"]), ("制发规范性文件总数", ["件", "4"]),
        ("（二）通过不同渠道和方式公开政府信息的情况", []),
        ("1.政府公报公开政府信息数", ["条", "0"]), ("2.政府网站公开政府信息数", ["条", "386"]),
        ("3.政务微博公开政府信息数", ["条", "120"]), ("4.政务微信公开政府信息数", ["条", "95"]),
        ("5.其他方式公开政府信息数", ["条", "40"]),
        ("二、回应解读情况", []), ("（一）回应公众关注热点或重大舆情数", ["次", "3"]),
        ("（二）通过不同渠道和方式回应解读的情况", []),
        ("1.参加或举办新闻发布会总次数", ["次", "1"]), ("其中：主要负责同志参加新闻发布会次数", ["次", "1"]),
        ("2.政府网站在线访谈次数", ["次", "2"]),
        ("三、依申请公开情况", []), ("（一）收到申请数", ["件", "7"]), ("1.当面申请数", ["件", "2"]),
        ("2.传真申请数", ["件", "0"]), ("3.网络申请数", ["件", "4"]), ("4.信函申请数", ["件", "1"]),
        ("（二）申请办结数", ["件", "7"]), ("1.按时办结数", ["件", "7"]), ("2.延期办结数", ["件", "0"]),
        ("四、行政复议数量", ["件", "0"]), ("（一）维持具体行政行为数", ["件", "0"]),
        ("五、行政诉讼数量", ["件", "0"]), ("（一）维持具体行政行为或者驳回原告诉讼请求数", ["件", "0"]),
        ("六、举报投诉数量", ["件", "0"]),
        ("七、依申请公开信息收取的费用", ["万元", "0"]),
        ("八、机构建设和保障经费情况", []), ("（一）政府信息公开工作专门机构数", ["个", "1"]),
        ("（二）设置政府信息公开查阅点数", ["个", "2"]),
        ("九、政府信息公开会议和培训情况", []), ("（一）召开政府信息公开工作会议或专题会议数", ["次", "2"]),
        ("（二）举办各类培训班数", ["次", "1"]),
    ], sep) + sep


def body21(org: str, year: int, *, sep: str = "\n", table: str = "n", five: str | None = None,
           six: str | None = None, over: str | None = None) -> str:
    """A whole 2021-format report body from 一、总体情况 to 六、其他需要报告的事项.

    ``table`` ``n`` / ``r`` / ``rr`` (cells one a line, by ``\\n``, ``\\r``, or ``\\r`` runs with
    empty cells as empty runs); ``five`` / ``six`` / ``over`` replace those parts' text.
    """
    tsep = {"n": "\n", "r": "\r", "rr": "\r\r\r"}[table]
    empty = "" if table == "rr" else None
    parts = [
        "一、总体情况",
        over or f"{year}年，{org}坚持以公开为常态、不公开为例外，扎实推进政务公开工作。"
        "（一）主动公开。全年主动公开政府信息365条。（二）依申请公开。全年受理申请6件。",
        "二、主动公开政府信息情况",
        table21_active(tsep) if year >= 2021 else table19_active(tsep),
        "三、收到和处理政府信息公开申请情况",
        table_requests(tsep, empty=empty),
        "四、政府信息公开行政复议、行政诉讼情况",
        table_appeals(tsep),
        "五、存在的主要问题及改进情况",
        five or f"主要问题是政策解读形式较为单一。下一步，{org}将丰富解读形式。",
        "六、其他需要报告的事项",
        six or "本年度未收取信息处理费。",
    ]
    return sep.join(parts) + sep


def old_body(org: str, year: int, *, sep: str = "\n", five: str | None = None) -> str:
    """An old-era (2008–2018) body with six parts 一 to 六."""
    return sep.join([
        "一、概述",
        f"{year}年，{org}认真贯彻落实《中华人民共和国政府信息公开条例》，推进政府信息公开工作。",
        "二、主动公开政府信息情况",
        f"{year}年共主动公开政府信息386条，其中规范性文件4件。",
        "三、依申请公开政府信息情况",
        f"{year}年共受理依申请公开7件，均按时答复。",
        "四、政府信息公开的收费及减免情况",
        "本年度未收取任何费用。",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
        "六、存在的主要问题及改进措施",
        five or "存在的问题是公开内容不够全面。下一步将加强制度建设。",
    ]) + sep


def hdr(issuer: str, year: int) -> dict[str, str]:
    """A crawl header whose title names the issuer and the year."""
    return {"标题": f"{issuer}{year}年政府信息公开工作年度报告"}


MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def dept(pid: str, text: str, issuer: str, province: str, year: int, kinds: list[str], titles: list[str], *,
         plans: bool = True, header: bool = True) -> None:
    """A provincial (or municipality's) department's probe."""
    city = province if province in MUNICIPALITIES else None
    add(pid, text, hdr(issuer, year) if header else {}, issuer, "department", province, city, None, year,
        kinds, titles, plans=plans)


def county(pid: str, text: str, issuer: str, province: str, city: str, name: str, year: int,  # noqa: PLR0913
           kinds: list[str], titles: list[str], *, plans: bool = True) -> None:
    """A county government's probe."""
    add(pid, text, hdr(issuer, year), issuer, "county", province, city, name, year, kinds, titles, plans=plans)


# --- statistics tables flattened into the text, row labels numbered like headings -------------

dept("hb-jt-2021-table-n", LAW + "现公布本厅2021年度报告。\n" + body21("我厅", 2021),
     "河北省交通运输厅", "河北省", 2021, K6, T6)
dept("sd-sl-2022-table-r", (LAW + "现公布本厅2022年度报告。\r" + body21("我厅", 2022, sep="\r", table="r")),
     "山东省水利厅", "山东省", 2022, K6, T6)
dept("ah-mz-2023-table-rr", body21("我厅", 2023, sep="\r", table="rr") + "\r\r\r安徽省民政厅\r2024年1月22日\r",
     "安徽省民政厅", "安徽省", 2023, K6, T6)
county("jx-anyuan-2024-table", body21("县政府", 2024) , "安远县人民政府", "江西省", "赣州市", "安远县", 2024, K6, T6)
dept("hn-gongan-2019-table", LAW + "编制本报告。\n" + body21("我厅", 2019), "河南省公安厅", "河南省", 2019, K6, T6)
county("gs-minqin-2020-table-r", body21("县政府", 2020, sep="\r", table="r"), "民勤县人民政府", "甘肃省", "武威市",
       "民勤县", 2020, K6, T6)

OLD_STAT = [*K_OLD, "statistics"]
county("hun-chaling-2016-annex", old_body("县政府", 2016) + "附件：茶陵县人民政府2016年政府信息公开情况统计表\n"
       + table14("\n"), "茶陵县人民政府", "湖南省", "株洲市", "茶陵县", 2016, OLD_STAT,
       [*T_OLD, "茶陵县人民政府2016年政府信息公开情况统计表"])
dept("zj-sw-2017-fubiao-r", old_body("我厅", 2017, sep="\r") + "附表\r" + table14("\r"), "浙江省商务厅", "浙江省",
     2017, OLD_STAT, [*T_OLD, "附表"])
dept("sc-wj-2015-nocaption", old_body("我委", 2015) + table14("\n"), "四川省卫生和计划生育委员会", "四川省", 2015,
     K_OLD, T_OLD)
county("yn-luliang-2018-caption-tab",
       old_body("县政府", 2018) + "陆良县人民政府政府信息公开情况统计表\n" + table14("\t").replace("\t（", "\n（")
       .replace("\t一、", "\n一、").replace("\t二、", "\n二、").replace("\t三、", "\n三、"),
       "陆良县人民政府", "云南省", "曲靖市", "陆良县", 2018, OLD_STAT, [*T_OLD, "陆良县人民政府政府信息公开情况统计表"])
dept("gd-cz-2014-table-inline", old_body("我厅", 2014) + "附件\n广东省财政厅2014年政府信息公开情况统计表\n"
     + table14(" "), "广东省财政厅", "广东省", 2014, OLD_STAT, [*T_OLD, "广东省财政厅2014年政府信息公开情况统计表"])

# --- numbered lists inside a part --------------------------------------------------------------

dept("hlj-zj-2022-list-restart", body21("我厅", 2022, five="（一）存在的主要问题\n一、政策解读的形式还比较单一。\n"
     "二、基层政务公开标准化建设仍有差距。\n（二）改进情况\n一、丰富解读形式，推出图解、视频等产品。\n"
     "二、加强对市县住房城乡建设部门的业务指导。"), "黑龙江省住房和城乡建设厅", "黑龙江省", 2022, K6, T6)
dept("jl-ny-2021-list-shi", body21("我厅", 2021, five="一是信息发布不够及时；二是公开专栏内容不够丰富。\n"
     "下一步，我厅将：一是建立信息发布台账；二是完善专栏内容；三是加强队伍培训。"), "吉林省农业农村厅", "吉林省", 2021,
     K6, T6)
county("fj-dehua-2015-list-end", old_body("县政府", 2015, five="主要问题：公开内容不够全面，更新不够及时。\n"
       "2016年，我县将着重做好以下工作：\n一、加强组织领导，落实公开责任。\n二、完善公开制度，规范公开程序。\n"
       "三、加强培训，提高工作人员业务水平。"), "德化县人民政府", "福建省", "泉州市", "德化县", 2015, K_OLD, T_OLD)
dept("sx-tj-2020-list-inline", body21("我局", 2020, five="我局将：一、加强政策解读；二、完善依申请公开办理流程；"
     "三、加强业务培训。"), "山西省统计局", "山西省", 2020, K6, T6)
dept("nx-jy-2023-items", body21("我厅", 2023, over="2023年，我厅坚持以公开为常态。\n（一）主动公开\n"
     "1.公开规范性文件3件。\n2.发布政策解读12篇。\n（二）依申请公开\n（1）受理申请6件。\n（2）均按时答复。\n"
     "（三）政府信息管理\n① 开展文件清理。\n② 动态调整公开目录。"), "宁夏回族自治区教育厅", "宁夏回族自治区", 2023, K6, T6)

# --- annexes and quoted document titles ----------------------------------------------------------

county("hb-zigui-2022-annex-end", body21("县政府", 2022) + "附件：秭归县2022年政府信息公开工作年度报告（图解）\n",
       "秭归县人民政府", "湖北省", "宜昌市", "秭归县", 2022, K6, T6)
dept("gz-sl-2021-quoted", body21("我厅", 2021, over="2021年，我厅按照《国务院办公厅政府信息公开工作年度报告格式》"
     "中“三、收到和处理政府信息公开申请情况”的要求统计申请数据。\n《贵州省水利厅政府信息公开指南》\n"
     "《贵州省水利厅主动公开基本目录》\n以上文件均已在门户网站公开。"), "贵州省水利厅", "贵州省", 2021, K6, T6)
dept("cq-gzw-2019-quoted-lines", body21("我委", 2019, six="印发《一、二类企业信息公开目录》，指导出资企业公开信息。"),
     "重庆市人民政府国有资产监督管理委员会", "重庆市", 2019, K6, T6)

# --- a table of contents, or a preamble that lists the parts ----------------------------------

dept("js-mz-2022-toc", "目录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
     "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n"
     + LAW + "现公布本厅2022年度报告。\n" + body21("我厅", 2022), "江苏省民政厅", "江苏省", 2022, K6, T6)
county("sn-lantian-2021-toc-dots", "一、总体情况……………………1\n二、主动公开政府信息情况……………………2\n"
       "三、收到和处理政府信息公开申请情况……………………3\n四、政府信息公开行政复议、行政诉讼情况……………………4\n"
       "五、存在的主要问题及改进情况……………………5\n六、其他需要报告的事项……………………5\n" + body21("县政府", 2021),
       "蓝田县人民政府", "陕西省", "西安市", "蓝田县", 2021, K6, T6)
dept("ln-sj-2013-preamble-parts", "本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、"
     "因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题及改进措施等六部分组成。\n" + old_body("我厅", 2013),
     "辽宁省审计厅", "辽宁省", 2013, K_OLD, T_OLD)
county("gd-huilai-2021-parts-numbered", LAW + "现公布本年度报告，全文包括：一、总体情况；二、主动公开政府信息情况；"
       "三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；"
       "六、其他需要报告的事项。\n" + body21("县政府", 2021), "惠来县人民政府", "广东省", "揭阳市", "惠来县", 2021, K6, T6)

# --- signature blocks, dates and a crawl page's chrome ----------------------------------------

county("gx-pingguo-2022-signature", body21("市政府", 2022) + "\n\n平果市人民政府办公室\n2023年1月18日\n（此件公开发布）\n"
       "联系电话：0776-5822110\n", "平果市人民政府", "广西壮族自治区", "百色市", "平果市", 2022, K6, T6)
dept("qh-lk-2024-signature-cn", body21("我厅", 2024) + "青海省林业和草原局\n二〇二五年一月十五日\n",
     "青海省林业和草原局", "青海省", 2024, K6, T6)
county("hb-zhengding-2023-breadcrumbs", "首页 > 政务公开 > 政府信息公开年报 > 正文\n您当前的位置：首页>信息公开>年度报告\n"
       "字号：大 中 小　打印本页　关闭窗口\n" + body21("县政府", 2023)
       + "上一篇：正定县2022年政府信息公开工作年度报告\n下一篇：正定县2024年政府信息公开工作年度报告\n相关链接\n"
       "政府信息公开指南\n政府信息公开制度\n依申请公开\n主动公开\n", "正定县人民政府", "河北省", "石家庄市", "正定县", 2023,
       K6, T6)
dept("nm-gt-2020-menu-lines", "政府信息公开\n主动公开政府信息\n依申请公开政府信息\n政府信息公开年报\n" + body21("我厅", 2020)
     + "相关文章：\n1.内蒙古自治区自然资源厅2019年政府信息公开工作年度报告\n"
     "2.内蒙古自治区自然资源厅2018年政府信息公开工作年度报告\n", "内蒙古自治区自然资源厅", "内蒙古自治区", 2020, K6, T6)

# --- heading-like sentences in prose ------------------------------------------------------------

dept("fj-tyj-2022-quarters", body21("我局", 2022, over="2022年，我局扎实推进政务公开。\n一、二季度共发布政务信息186条，"
     "三、四季度共发布213条。\n第一季度召开政务公开专题会议1次。\n一方面加强平台建设，另一方面强化监督考核。"),
     "福建省体育局", "福建省", 2022, K6, T6)
county("hun-liuyang-2017-grades", old_body("市政府", 2017).replace(
    "2017年共主动公开政府信息386条，其中规范性文件4件。",
    "2017年共主动公开政府信息386条，其中规范性文件4件。\n一、二、三级政务公开目录已全部编制完成。\n"
    "一方面拓展公开渠道，一方面规范公开内容。"),
    "浏阳市人民政府", "湖南省", "长沙市", "浏阳市", 2017, K_OLD, T_OLD)

# --- 2021 format: 其他需要报告的事项 with sub-headings --------------------------------------------

SIX_SUBS = ("（一）信息处理费收取情况\n本年度未收取信息处理费。\n（二）人大代表建议和政协提案办理结果公开情况\n"
            "全年办理人大代表建议12件、政协提案9件，办理结果均已公开。\n（三）政务公开工作要点落实情况\n"
            "1.推进决策公开。\n2.做好政策解读。")
dept("tj-fgw-2022-six-subs", body21("我委", 2022, six=SIX_SUBS), "天津市发展和改革委员会", "天津市", 2022, K6, T6)
county("zj-anji-2023-six-restart", body21("县政府", 2023, six="一、信息处理费收取情况\n本年度未收取信息处理费。\n"
       "二、人大代表建议和政协提案办理结果公开情况\n全年办理人大代表建议20件、政协提案15件。\n"
       "三、年度工作要点落实情况\n按照年度工作要点逐项落实。"), "安吉县人民政府", "浙江省", "湖州市", "安吉县", 2023, K6, T6)

# --- reports with only four parts ---------------------------------------------------------------

dept("xj-sw-2014-four", "一、概述\n2014年，我厅认真贯彻落实《条例》。\n二、主动公开政府信息情况\n全年主动公开信息215条。\n"
     "三、依申请公开政府信息情况\n全年受理申请3件，均按时答复。\n四、存在的问题和改进措施\n公开内容不够丰富。"
     "下一步将加强信息发布。\n", "新疆维吾尔自治区水利厅", "新疆维吾尔自治区", 2014,
     ["overview", "proactive", "requests", "problems"], ["概述", "主动公开政府信息情况", "依申请公开政府信息情况",
                                                          "存在的问题和改进措施"])
county("hb-weichang-2013-four-plans", "一、基本情况\n2013年，县政府认真贯彻落实《条例》。\n二、主动公开情况\n"
       "全年主动公开信息312条。\n三、依申请公开情况\n全年受理申请2件。\n四、下一步工作打算\n加强公开平台建设。\n",
       "围场满族蒙古族自治县人民政府", "河北省", "承德市", "围场满族蒙古族自治县", 2013,
       ["overview", "proactive", "requests", "plans"], ["基本情况", "主动公开情况", "依申请公开情况", "下一步工作打算"])

# --- heading numbers that skip or restart -------------------------------------------------------

_skip = body21("我局", 2021).replace("四、政府信息公开行政复议", "五、政府信息公开行政复议").replace(
    "五、存在的主要问题", "六、存在的主要问题").replace("六、其他需要报告", "七、其他需要报告")
dept("sc-tj-2021-skip", _skip, "四川省统计局", "四川省", 2021, K6, T6)
_dup = body21("我厅", 2022).replace("六、其他需要报告", "五、其他需要报告")
dept("hn-ly-2022-duplicate", _dup, "湖南省林业局", "湖南省", 2022, K6, T6)
_gap = body21("我局", 2023).replace("三、收到和处理", "四、收到和处理").replace("四、政府信息公开行政复议",
                                                                            "五、政府信息公开行政复议")
_gap = _gap.replace("五、存在的主要问题", "六、存在的主要问题").replace("六、其他需要报告", "七、其他需要报告")
dept("gd-sj-2023-gap-tables", _gap, "广东省审计厅", "广东省", 2023, K6, T6)
_punct = body21("我厅", 2020).replace("三、收到", "三．收到").replace("四、政府", "四 、政府").replace("五、存在", "五.存在")
dept("sh-jt-2020-punct", _punct, "上海市交通委员会", "上海市", 2020, K6, T6)

# --- headings on the same line as their text ----------------------------------------------------

dept("zj-jt-2022-sameline", "一、总体情况 2022年，我厅坚持以公开为常态、不公开为例外。\n二、主动公开政府信息情况。"
     "全年主动公开信息512条，其中规范性文件5件。\n三、收到和处理政府信息公开申请情况：全年新收申请9件，办结9件。\n"
     "四、政府信息公开行政复议、行政诉讼情况 全年未发生行政复议和行政诉讼。\n五、存在的主要问题及改进情况：一是解读不够；"
     "二是更新不及时。下一步，我厅将加强解读。\n六、其他需要报告的事项 无。\n", "浙江省交通运输厅", "浙江省", 2022, K6, T6)
dept("hb-sl-2016-runin", "一、概述2016年，我厅认真贯彻落实《条例》。二、主动公开政府信息情况全年主动公开信息312条。"
     "三、依申请公开政府信息情况全年受理申请5件。四、政府信息公开的收费及减免情况本年度未收取费用。"
     "五、因政府信息公开申请行政复议、提起行政诉讼的情况本年度未发生。六、存在的主要问题及改进措施公开内容不够全面。"
     "下一步将加强制度建设。", "湖北省水利厅", "湖北省", 2016, K_OLD, T_OLD)
dept("jx-sw-2021-flat-cells", body21("我厅", 2021, sep=" ").replace("\n", " "), "江西省商务厅", "江西省", 2021, K6, T6)
dept("sx-rs-2015-named-heads", "一、加强组织领导\n2015年，我厅调整了政府信息公开工作领导小组。\n"
     "二、主动公开政府信息情况\n全年主动公开信息430条。\n"
     "三、依法实施政府信息依申请公开在省政府网站建立依申请公开系统，全年受理申请8件。\n"
     "四、存在的问题和下一步工作\n公开内容不够全面。2016年，我厅将完善公开目录。\n", "陕西省人力资源和社会保障厅", "陕西省",
     2015, ["measures", "proactive", "requests", "problems"],
     ["加强组织领导", "主动公开政府信息情况", "依法实施政府信息依申请公开", "存在的问题和下一步工作"])

# --- more combinations ---------------------------------------------------------------------------

dept("gs-wl-2018-response-table", "一、概述\n2018年，我厅推进政务公开。\n二、主动公开政府信息情况\n全年公开信息268条。\n"
     "三、回应解读情况\n全年发布政策解读8篇。\n四、依申请公开政府信息情况\n全年受理申请4件。\n"
     "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n无。\n六、存在的主要问题及改进措施\n解读不够深入。下一步将加强解读。\n"
     "附件：甘肃省文化和旅游厅2018年政府信息公开情况统计表\n" + table14("\r\r"), "甘肃省文化和旅游厅", "甘肃省", 2018,
     ["overview", "proactive", "response", "requests", "appeals", "problems", "statistics"],
     ["概述", "主动公开政府信息情况", "回应解读情况", "依申请公开政府信息情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
      "存在的主要问题及改进措施", "甘肃省文化和旅游厅2018年政府信息公开情况统计表"])
add("sc-yongfeng-2025-town-rr", body21("镇政府", 2025, sep="\r", table="rr", five="一是公开栏更新不及时。\r二是群众知晓率不高。\r"
    "2026年，镇政府将定期更新公开栏。"), hdr("简阳市永丰街道办事处", 2025), "简阳市永丰街道办事处", "township", "四川省",
    "成都市", "简阳市", 2025, K6, T6)
county("ah-jixi-2019-table-inbody", body21("县政府", 2019, five="存在的问题：\n1、公开内容不够全面。\n2、更新不够及时。\n"
       "改进措施：\n1、加强公开制度建设。\n2、加强业务培训。"), "绩溪县人民政府", "安徽省", "宣城市", "绩溪县", 2019, K6, T6)
dept("yn-ga-2024-quoted-heading-line", body21("我厅", 2024, over="2024年，我厅坚持以公开为常态。\n"
     "“一、总体情况”部分的数据来源于门户网站后台统计。\n组织学习《政府信息公开条例》第一章、第二章有关规定。"),
     "云南省公安厅", "云南省", 2024, K6, T6)


# --- second batch (measured before the fixes it led to) -----------------------------------------

dept("hb-nyt-2022-quarter-lines", body21("我厅", 2022, over="2022年，我厅扎实推进政务公开。\n二、三季度集中发布惠农政策解读26篇。\n"
     "三、四级农业技术推广机构信息全部公开。"), "湖北省农业农村厅", "湖北省", 2022, K6, T6)
county("sd-zouping-2020-grade-line", body21("市政府", 2020).replace("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n"
       "三、四类事项清单已动态调整。\n"), "邹平市人民政府", "山东省", "滨州市", "邹平市", 2020, K6, T6)
dept("gz-jt-2023-runtogether-rows", body21("我厅", 2023).replace("\n", "", 0) .replace(
    table_requests("\n"), table_requests("").replace("（本列", "\n（本列")), "贵州省交通运输厅", "贵州省", 2023, K6, T6)
dept("ah-sj-2016-colon-runin", "一、概述：2016年，我厅认真贯彻落实《条例》。\n二、主动公开政府信息情况：全年主动公开信息268条。\n"
     "三、依申请公开政府信息情况：全年受理申请3件。\n四、政府信息公开的收费及减免情况：未收取费用。\n"
     "五、因政府信息公开申请行政复议、提起行政诉讼的情况：无。\n六、存在的主要问题及改进措施：解读不够深入。下一步将加强解读。\n",
     "安徽省审计厅", "安徽省", 2016, K_OLD, T_OLD)
county("gd-lianshan-2014-two-annexes", old_body("县政府", 2014) + "附件1：连山壮族瑶族自治县2014年政府信息公开情况统计表\n"
       + table14("\n") + "附件2：连山壮族瑶族自治县2014年依申请公开情况统计表\n收到申请数\n3\n",
       "连山壮族瑶族自治县人民政府", "广东省", "清远市", "连山壮族瑶族自治县", 2014, [*K_OLD, "statistics", "statistics"],
       [*T_OLD, "连山壮族瑶族自治县2014年政府信息公开情况统计表", "连山壮族瑶族自治县2014年依申请公开情况统计表"])
dept("ln-jt-2021-fullwidth-space", body21("我厅", 2021).replace("、", "、\u3000", 6), "辽宁省交通运输厅", "辽宁省", 2021, K6, T6)
county("jl-fusong-2022-related-numbered", body21("县政府", 2022) + "相关链接：\n一、抚松县2021年政府信息公开工作年度报告\n"
       "二、抚松县2020年政府信息公开工作年度报告\n", "抚松县人民政府", "吉林省", "白山市", "抚松县", 2022, K6, T6)
dept("hn-fgw-2023-plans-next-step-line", body21("我委", 2023, five="（一）存在的主要问题\n政策解读不够深入。\n"
     "下一步工作打算\n加强政策解读，提高解读质量。"), "河南省发展和改革委员会", "河南省", 2023, K6, T6)


# --- third batch (measured before any fix it leads to) ------------------------------------------

_split = body21("我厅", 2022).replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政\n诉讼情况").replace(
    "五、存在的主要问题及改进情况", "五、存在的主要问题及改进\n情况")
dept("fj-sw-2022-pdf-split-heads", _split, "福建省商务厅", "福建省", 2022, K6, T6)
_running = body21("县政府", 2021).replace("三、收到和处理", "- 2 -\n松阳县人民政府2021年政府信息公开工作年度报告\n三、收到和处理").replace(
    "五、存在的主要问题", "第 3 页 共 4 页\n五、存在的主要问题")
county("zj-songyang-2021-running-headers", _running, "松阳县人民政府", "浙江省", "丽水市", "松阳县", 2021, K6, T6)
_md = body21("我局", 2023)
for _n, _t in zip("一二三四", T6, strict=False):
    _md = _md.replace(f"{_n}、{_t}\n", f"## {_n}、{_t}\n", 1)
for _n, _t in zip("五六", T6[4:], strict=True):
    _md = _md.replace(f"{_n}、{_t}\n", f"**{_n}、{_t}**\n")
dept("sn-tj-2023-markdown-heads", _md, "陕西省统计局", "陕西省", 2023, K6, T6)
county("hun-xiangxiang-2022-chrome-line", "湘乡市2022年政府信息公开工作年度报告\n发布时间：2023-01-18 10:21 来源：湘乡市人民政府办公室 "
       "浏览次数：1268 【字体：大 中 小】\n" + body21("市政府", 2022) + "【打印本页】【关闭窗口】\n",
       "湘乡市人民政府", "湖南省", "湘潭市", "湘乡市", 2022, K6, T6)
dept("sc-gh-2015-split-problems", old_body("我厅", 2015).replace("六、存在的主要问题及改进措施", "六、存在的主要问题及\n改进措施"),
     "四川省国土资源厅", "四川省", 2015, K_OLD, T_OLD)
county("gx-rongshui-2019-only-numbers-line", body21("县政府", 2019).replace("一、总体情况", "一、\n总体情况").replace(
       "二、主动公开政府信息情况", "二、\n主动公开政府信息情况"), "融水苗族自治县人民政府", "广西壮族自治区", "柳州市", "融水苗族自治县",
       2019, K6, T6)


# --- fourth batch (measured before any fix it leads to) -----------------------------------------

county("hb-xiaochang-2022-notice", "孝昌县人民政府办公室关于印发孝昌县2022年政府信息公开工作年度报告的通知\n各乡镇人民政府，县政府各部门：\n"
       "现将《孝昌县2022年政府信息公开工作年度报告》印发给你们，请认真贯彻落实。\n孝昌县人民政府办公室\n2023年1月20日\n"
       "孝昌县2022年政府信息公开工作年度报告\n" + body21("县政府", 2022), "孝昌县人民政府", "湖北省", "孝感市", "孝昌县", 2022,
       K6, T6)
_arabic = body21("我局", 2021)
for _n, _t in zip("一二三四五六", T6, strict=True):
    _arabic = _arabic.replace(f"{_n}、{_t}\n", f"{'一二三四五六'.index(_n) + 1}．{_t}\n", 1)
dept("js-sj-2021-arabic-parts", _arabic.replace("（一）主动公开。", "").replace("（二）依申请公开。", ""), "江苏省审计厅", "江苏省",
     2021, K6, T6)
dept("zj-gh-2022-seven-parts", body21("我厅", 2022).replace("六、其他需要报告的事项", "六、政务公开工作要点落实情况\n"
     "按照年度工作要点，逐项落实。\n七、其他需要报告的事项"), "浙江省自然资源厅", "浙江省", 2022,
     [*K6[:5], "overview", "other"], [*T6[:5], "政务公开工作要点落实情况", "其他需要报告的事项"])
county("sx-pingyao-2016-fu-colon", old_body("县政府", 2016) + "附：政府信息公开情况统计表\n" + table14("\n"),
       "平遥县人民政府", "山西省", "晋中市", "平遥县", 2016, OLD_STAT, [*T_OLD, "政府信息公开情况统计表"])


def md_table(text: str) -> str:
    """A flattened table as a markdown table: each label with its cells one row ``| a | b |``."""
    rows, cur = [], []
    for ln in text.strip("\n").split("\n"):
        if ln and not ln[0].isdigit() and ln not in ("条", "件", "次", "个", "万元"):
            if cur:
                rows.append("| " + " | ".join(cur) + " |")
            cur = [ln]
        else:
            cur.append(ln)
    rows.append("| " + " | ".join(cur) + " |")
    return "\n".join(rows) + "\n"


dept("hn-cz-2017-md-table-nocaption", old_body("我厅", 2017) + md_table(table14("\n")), "河南省财政厅", "河南省", 2017,
     K_OLD, T_OLD)
dept("gs-mz-2022-md-table-2021", body21("我厅", 2022).replace(table_requests("\n"), md_table(table_requests("\n"))),
     "甘肃省民政厅", "甘肃省", 2022, K6, T6)


def write(out: Path = OUT) -> None:
    """Write every probe's text and the expectations to ``out``."""
    write_probes(PROBES4, out)


if __name__ == "__main__":
    write()
