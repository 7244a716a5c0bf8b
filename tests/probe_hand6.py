"""Test utility: the sixth held-out probe set ``tests/cases/probes6`` (issue 10, items 1, 3, 6),
written by hand, on metadata and level-1 section kinds in the shapes the rest of the country
publishes and the earlier sets (``tests/probe_hand2.py`` … ``tests/probe_hand5.py``) lack:

- HTML pages as portals publish them: navigation, breadcrumbs, footers (主办/ICP), an info box
  (a table, a ``<div>`` line or a ``<ul>`` of 发布机构/来源/发文机关/发布日期) and a ``<title>``
  that names the report, only the portal, or the portal after the report (``标题_某某县人民政府``);
- PDF-extracted text: hard line breaks, page numbers (``— 2 —``, ``第2页 共3页``), a running
  page header repeating the title;
- crawl rows without a title line (the text opens with the preamble or with 一、总体情况), a
  title column that takes priority, a 【】-bracketed title column;
- ministries and national bureaus (海关总署, 国家X局), speaking of 我署/我局;
- a department named only as 我厅 in the body, its full name only in 来源 or a signature;
- 新疆生产建设兵团 and its divisions (第X师, 师市合一 第X师X市);
- townships, 街道 and county bureaus published on a county portal;
- old-era (2013–2018) reports with free-form headings.

Conventions of this set: a 兵团 division (师) is a prefecture-level unit: admin level ``city``,
province 新疆维吾尔自治区, city the division's full name (新疆生产建设兵团第八师); a 师市合一
body is named by the division and its city (新疆生产建设兵团第一师阿拉尔市), county ``None``;
the 兵团's own departments have no city. A township's or district's issuer is the name its report
gives (as in ``probes5``: 朝阳区人民政府, 白沙镇人民政府).

Each entry is ``pid -> (text, header, expected)`` with the keys of ``probes2``; an HTML probe's
text is the page's markup and is written as ``pid.html``.

``python -m tests.probe_hand6`` rewrites ``tests/cases/probes6/``; the tests and
``bench/probe_meta.py --set probes6`` read those files.

Example:
    >>> text, header, want = PROBES6["h-hnjt-2022"]
    >>> text.startswith("<!DOCTYPE html>"), want["issuer"]
    (True, '湖南省交通运输厅')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_sets import K6, LAW, T6, Probe, register, write_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes6"

PROBES6: dict[str, Probe] = {}

#: The seven parts of the 2008 format (2008–2018 reports).
K7 = ["overview", "proactive", "requests", "fees", "appeals", "problems", "other"]
T7 = ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
      "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进措施", "其他需要报告的事项"]


def add(pid: str, text: str, header: dict[str, str], *args: Any, **kwargs: Any) -> None:
    """Register one probe with its expectations (:func:`tests.probe_sets.register`)."""
    register(PROBES6, pid, text, header, *args, **kwargs)


def body6(subject: str, n_active: int, n_req: int, problem: str, plan: str) -> list[str]:
    """The paragraphs of a 2019/2021-format report: headings and one sentence each."""
    return [
        "一、总体情况",
        f"{subject}认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。",
        "二、主动公开政府信息情况",
        f"本年制发规范性文件{n_active % 7 + 1}件，废止1件，现行有效{n_active % 30 + 9}件；全年主动公开政府信息{n_active}条。",
        "三、收到和处理政府信息公开申请情况",
        f"本年新收政府信息公开申请{n_req}件，上年结转0件，办结{n_req}件，均在法定期限内答复。",
        "四、政府信息公开行政复议、行政诉讼情况",
        "本年度未发生政府信息公开行政复议和行政诉讼案件。",
        "五、存在的主要问题及改进情况",
        problem + "下一步，" + plan,
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]


def body7(subject: str, n_active: int, n_req: int, problem: str, plan: str) -> list[str]:
    """The paragraphs of a 2008-format report (seven parts)."""
    return [
        "一、概述",
        f"{subject}按照《中华人民共和国政府信息公开条例》要求，进一步健全工作机制，规范公开程序。",
        "二、主动公开政府信息情况",
        f"全年主动公开政府信息{n_active}条，其中通过门户网站公开{n_active - 12}条。",
        "三、依申请公开政府信息情况",
        f"全年受理政府信息公开申请{n_req}件，已全部答复。",
        "四、政府信息公开的收费及减免情况",
        "全年未收取检索、复制、邮寄等费用。",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        "全年未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
        "六、政府信息公开工作存在的主要问题及改进措施",
        problem + "下一步，" + plan,
        "七、其他需要报告的事项",
        "无其他需要报告的事项。",
    ]


def html_page(title_tag: str, *, box: str, paragraphs: list[str], site: str, h1: str | None = None,
              crumbs: str = "首页 &gt; 政务公开 &gt; 政府信息公开年报") -> str:
    """A portal's report page: navigation, breadcrumbs, an optional ``<h1>``, the info ``box``
    markup, the paragraphs, a share bar and the footer of ``site``."""
    head = f"<h1 class=\"article-title\">{h1}</h1>\n" if h1 else ""
    body = "\n".join(f"<p style=\"text-indent:2em\">{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title_tag}</title>\n</head>\n<body>\n"
        "<div class=\"top-nav\"><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a> | "
        "<a href=\"/hdjl\">互动交流</a> | <a href=\"/zwfw\">政务服务</a></div>\n"
        f"<div class=\"position\">当前位置：{crumbs}</div>\n"
        "<div class=\"article\">\n" + head + box + "\n<div class=\"article-content\">\n" + body + "\n</div>\n"
        "<div class=\"share\">分享到：微信 微博 【打印本页】 【关闭窗口】</div>\n</div>\n"
        f"<div class=\"footer\">主办：{site}办公室 版权所有：{site} 网站标识码：1234000001 "
        "ICP备05001234号</div>\n</body>\n</html>\n"
    )


def box_table(pairs: list[tuple[str, str]]) -> str:
    """An info box as a table of label/value pairs, two pairs a row."""
    cells = [f"<td>{k}：</td><td>{v}</td>" for k, v in pairs]
    rows = ["<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)]
    return "<table class=\"xxgk-info\">" + "".join(rows) + "</table>"


def box_line(pairs: list[tuple[str, str]]) -> str:
    """An info box as one ``<div>`` line of spans (来源：… 发布时间：… 浏览次数：…)."""
    spans = "".join(f"<span>{k}：{v}</span>\u3000" for k, v in pairs)
    return f"<div class=\"info\">{spans}<span>浏览次数：</span></div>"


def box_list(pairs: list[tuple[str, str]]) -> str:
    """An info box as a ``<ul>`` of ``label：value`` items."""
    return "<ul class=\"detail-meta\">" + "".join(f"<li>{k}：{v}</li>" for k, v in pairs) + "</ul>"


def pdf_text(pages: list[list[str]], *, width: int = 30, running: str | None = None,
             number: str = "— {n} —", total: bool = False) -> str:
    """Text as a PDF converter extracts it: paragraphs hard-wrapped at ``width`` characters,
    headings on their own lines, each page ending with its number (``number`` with ``{n}`` and
    ``{total}``) and, when ``running`` is given, opening with that running header."""
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        if running and n > 1:
            out.append(running)
        for para in page:
            if len(para) <= width:
                out.append(para)
            else:
                out.extend(para[i:i + width] for i in range(0, len(para), width))
        out.append(number.format(n=n, total=len(pages)))
    del total
    return "\n".join(out) + "\n"


def lines(*parts: str | list[str]) -> str:
    """The parts joined as text lines."""
    flat: list[str] = []
    for part in parts:
        flat.extend([part] if isinstance(part, str) else part)
    return "\n".join(flat) + "\n"


# ===================================== HTML pages =====================================

# 1. a city commission's page: the title in <title> (after it the site) and <h1>; a table info box
add("h-hzfgw-2021",
    html_page("杭州市发展和改革委员会2021年政府信息公开工作年度报告_杭州市发展和改革委员会",
              h1="杭州市发展和改革委员会2021年政府信息公开工作年度报告",
              box=box_table([("索引号", "002489187/2022-00012"), ("主题分类", "综合政务"),
                             ("发布机构", "杭州市发展和改革委员会"), ("发布日期", "2022-01-21")]),
              paragraphs=body6("2021年，本委", 512, 14, "政策解读的形式还不够丰富。", "本委将增加图解解读。"),
              site="杭州市发展和改革委员会"),
    {}, "杭州市发展和改革委员会", "department", "浙江省", "杭州市", None, 2021, K6, T6)

# 2. the <h1> without the issuer; <title> names only the portal; a <div> info line; 我厅 in the body
add("h-hnjt-2022",
    html_page("政府信息公开年报 - 湖南省交通运输厅", h1="2022年政府信息公开工作年度报告",
              box=box_line([("发布机构", "湖南省交通运输厅"), ("发布日期", "2023-01-18")]),
              paragraphs=body6("2022年，我厅", 1320, 27, "公路建设领域公开的及时性有待提升。", "我厅将建立重点项目信息按月公开机制。"),
              site="湖南省交通运输厅"),
    {}, "湖南省交通运输厅", "department", "湖南省", None, None, 2022, K6, T6)

# 3. no title anywhere in the body; a generic <title>; 发文机关 in a <ul> info box; 我局 in the body
add("h-scstj-2020",
    html_page("详细信息", box=box_list([("发文机关", "四川省统计局"), ("成文日期", "2021年01月20日"),
                                        ("发布日期", "2021年01月22日")]),
              paragraphs=body6("2020年，我局", 268, 9, "统计数据解读的通俗性不足。", "我局将开展统计开放日活动。"),
              site="四川省统计局"),
    {}, "四川省统计局", "department", "四川省", None, None, 2020, K6, T6)

# 4. a county bureau on its county's portal: 县市场监管局 in <h1>, the box and the <title>; the
#    county only in the site name (<title> suffix, footer)
add("h-qimen-scjg-2023",
    html_page("县市场监管局2023年政府信息公开工作年度报告_祁门县人民政府",
              h1="县市场监管局2023年政府信息公开工作年度报告",
              box=box_table([("索引号", "11341024MB1582XXXX/2024-00003"), ("发布机构", "县市场监管局"),
                             ("发布日期", "2024-01-26"), ("主题分类", "市场监管")]),
              paragraphs=body6("2023年，我局", 388, 3, "食品安全抽检信息公开不够及时。", "我局将按月公开抽检结果。"),
              site="祁门县人民政府"),
    {}, "祁门县市场监督管理局", "department", "安徽省", "黄山市", "祁门县", 2023, K6, T6)

# 5. the title only in <title>; the body opens with 一、总体情况
add("h-luyang-2020",
    html_page("合肥市庐阳区人民政府2020年政府信息公开工作年度报告",
              box=box_line([("来源", "庐阳区政府办"), ("发布时间", "2021-01-29 10:12")]),
              paragraphs=body6("2020年，庐阳区人民政府", 2230, 61, "部分街道公开专栏更新滞后。", "区政府将加强督查通报。"),
              site="合肥市庐阳区人民政府"),
    {}, "合肥市庐阳区人民政府", "district", "安徽省", "合肥市", "庐阳区", 2020, K6, T6)

# 6. <title> is the portal's own name (not a report); the <h1> names the report
add("h-gdrst-2019",
    html_page("广东省人民政府门户网站",
              h1="广东省人力资源和社会保障厅2019年政府信息公开工作年度报告",
              box=box_line([("来源", "广东省人力资源和社会保障厅"), ("发布时间", "2020-01-31")]),
              paragraphs=body6("2019年，我厅", 986, 112, "依申请公开答复的规范性有待加强。", "我厅将完善答复文书模板。"),
              site="广东省人民政府"),
    {}, "广东省人力资源和社会保障厅", "department", "广东省", None, None, 2019, K6, T6)

# 7. a township's page on its county's portal: the township named alone, the county only in the
#    site name (<title> suffix, footer)
add("h-yantou-2022",
    html_page("岩头镇2022年政府信息公开工作年度报告_永嘉县人民政府",
              h1="岩头镇2022年政府信息公开工作年度报告",
              box=box_table([("发布机构", "岩头镇"), ("发布日期", "2023-01-16")]),
              paragraphs=body6("2022年，我镇", 143, 2, "村务公开与政务公开衔接不够。", "我镇将规范村级公开栏。"),
              site="永嘉县人民政府", crumbs="首页 &gt; 乡镇（街道） &gt; 岩头镇 &gt; 政府信息公开年报"),
    {}, "岩头镇人民政府", "township", "浙江省", "温州市", "永嘉县", 2022, K6, T6)

# 8. a national body, old era (2008 format), a table box
add("h-customs-2017",
    html_page("海关总署2017年政府信息公开工作年度报告",
              h1="海关总署2017年政府信息公开工作年度报告",
              box=box_table([("索引号", "000014040/2018-00031"), ("发布机构", "海关总署"),
                             ("发布日期", "2018-03-28"), ("文号", "")]),
              paragraphs=body7("2017年，海关总署", 3260, 416, "信息公开与业务改革的衔接仍需加强。", "我署将推进通关业务信息公开。"),
              site="海关总署"),
    {}, "海关总署", "department", None, None, None, 2017, K7, T7)

# 9. a national bureau: <h1> without the issuer, 来源 in the info line, 我局 in the body
add("h-nea-2023",
    html_page("2023年政府信息公开工作年度报告--国家能源局", h1="2023年政府信息公开工作年度报告",
              box=box_line([("来源", "国家能源局"), ("发布时间", "2024-01-30")]),
              paragraphs=body6("2023年，我局", 1890, 204, "能源监管信息公开的深度有待拓展。", "我局将完善电力市场监管信息公开。"),
              site="国家能源局"),
    {}, "国家能源局", "department", None, None, None, 2023, K6, T6)

# 10. a 兵团 division's page: the division named 第八师 in the <h1>, 兵团第八师 in the box
add("h-bt8-2021",
    html_page("第八师2021年政府信息公开工作年度报告-第八师石河子市",
              h1="第八师2021年政府信息公开工作年度报告",
              box=box_table([("发布机构", "兵团第八师"), ("发布日期", "2022-01-28")]),
              paragraphs=body6("2021年，第八师", 1460, 23, "团场公开工作发展不平衡。", "师将加强对团场公开工作的指导。"),
              site="第八师石河子市"),
    {}, "新疆生产建设兵团第八师", "city", "新疆维吾尔自治区", "新疆生产建设兵团第八师", None, 2021, K6, T6)

# 11. a 街道 on its district's portal, named alone in the title; the district in the site name
add("h-jingbalu-2024",
    html_page("经八路街道办事处2024年政府信息公开工作年度报告-郑州市金水区人民政府",
              h1="经八路街道办事处2024年政府信息公开工作年度报告",
              box=box_line([("来源", "经八路街道办事处"), ("发布时间", "2025-01-20")]),
              paragraphs=body6("2024年，我街道", 96, 1, "社区公开栏内容更新不及时。", "我街道将建立社区公开台账。"),
              site="郑州市金水区人民政府"),
    {}, "经八路街道办事处", "township", "河南省", "郑州市", "金水区", 2024, K6, T6)

# 12. the 兵团's own commission; 发文机关 in a table box (a key other boxes do not use)
add("h-btfgw-2019",
    html_page("新疆生产建设兵团发展和改革委员会", h1="2019年政府信息公开工作年度报告",
              box=box_table([("发文机关", "新疆生产建设兵团发展和改革委员会"), ("成文日期", "2020-01-22"),
                             ("主题分类", "综合政务"), ("发布日期", "2020-01-23")]),
              paragraphs=body6("2019年，我委", 377, 5, "价格信息公开的时效性不够。", "我委将按周发布重要商品价格。"),
              site="新疆生产建设兵团发展和改革委员会"),
    {}, "新疆生产建设兵团发展和改革委员会", "department", "新疆维吾尔自治区", None, None, 2019, K6, T6)

# 13. old era; the <h1> and <title> without the issuer; 我厅 in the body; the name only in 来源
add("h-sdmz-2016",
    html_page("2016年政府信息公开工作年度报告", h1="2016年政府信息公开工作年度报告",
              box=box_line([("来源", "山东省民政厅"), ("发布时间", "2017-03-29")]),
              paragraphs=[
                  "一、加强组织领导，健全工作机制",
                  "2016年，我厅调整了政府信息公开工作领导小组，明确办公室为信息公开工作机构，配备专职人员2名。",
                  "二、突出工作重点，扩大主动公开",
                  "全年主动公开政府信息1246条，重点公开低保、特困供养、救灾资金等信息。",
                  "三、规范依申请公开办理",
                  "全年受理依申请公开32件，全部按期答复，未收取任何费用。",
                  "四、存在的不足和下一步打算",
                  "主要是公开的深度还不够。下一步，我厅将加强社会救助信息公开。",
              ],
              site="山东省民政厅"),
    {}, "山东省民政厅", "department", "山东省", None, None, 2016,
    ["measures", "proactive", "requests", "problems"],
    ["加强组织领导，健全工作机制", "突出工作重点，扩大主动公开", "规范依申请公开办理", "存在的不足和下一步打算"])

# ===================================== PDF-extracted text =====================================

# 14. a city commission's PDF: wrapped lines, page numbers — n —
add("p-gywjw-2019",
    pdf_text([
        ["贵阳市卫生健康委员会2019年政府信息公开工作年度报告",
         LAW + "现公布贵阳市卫生健康委员会2019年政府信息公开工作年度报告。"] + body6("2019年，市卫生健康委", 733, 18, "", "")[:6],
        body6("", 733, 18, "医疗机构信息公开的覆盖面不够广。", "我委将推动医疗机构院务公开。")[6:],
    ]),
    {}, "贵阳市卫生健康委员会", "department", "贵州省", "贵阳市", None, 2019, K6, T6)

# 15. a district's PDF with the title as a running page header and 第n页 共m页 footers
add("p-beilin-2021",
    pdf_text([
        ["西安市碑林区人民政府2021年政府信息公开工作年度报告"] + body6("2021年，碑林区人民政府", 3012, 88, "", "")[:4],
        body6("", 3012, 88, "", "")[4:8],
        body6("", 3012, 88, "街道公开标准目录落实不到位。", "区政府将开展目录落实专项检查。")[8:],
    ], running="西安市碑林区人民政府2021年政府信息公开工作年度报告", number="第{n}页 共{total}页"),
    {}, "西安市碑林区人民政府", "district", "陕西省", "西安市", "碑林区", 2021, K6, T6)

# 16. a county-level city of an autonomous prefecture, old era, PDF
add("p-yanji-2015",
    pdf_text([
        ["延吉市人民政府2015年政府信息公开工作年度报告", "本报告根据《中华人民共和国政府信息公开条例》要求，由延吉市人民政府办公室编制。"]
        + body7("2015年，延吉市人民政府", 1840, 37, "", "")[:6],
        body7("", 1840, 37, "部分部门对公开工作重视不够。", "市政府将把公开工作纳入绩效考核。")[6:],
    ], number="-{n}-"),
    {}, "延吉市人民政府", "county", "吉林省", "延边朝鲜族自治州", "延吉市", 2015, K7, T7)

# 17. a city bureau's PDF, page numbers alone, the signature at the end
add("p-nnjtj-2024",
    pdf_text([
        ["南宁市交通运输局2024年政府信息公开工作年度报告"] + body6("2024年，我局", 655, 12, "", "")[:6],
        body6("", 655, 12, "交通项目信息公开不够及时。", "我局将按季度公开重点项目进展。")[6:]
        + ["南宁市交通运输局", "2025年1月22日"],
    ], number="{n}"),
    {}, "南宁市交通运输局", "department", "广西壮族自治区", "南宁市", None, 2024, K6, T6)

# 18. a provincial department's PDF without a title: 我厅, the full name only in the signature
add("p-hbsft-2019",
    pdf_text([
        [LAW + "编制本报告。"] + body6("2019年，我厅", 420, 15, "", "")[:6],
        body6("", 420, 15, "公共法律服务信息公开不够系统。", "我厅将编制公共法律服务事项清单。")[6:]
        + ["河北省司法厅", "2020年1月21日"],
    ]),
    {}, "河北省司法厅", "department", "河北省", None, None, 2019, K6, T6)

# 19. a ministry's PDF
add("p-mofcom-2020",
    pdf_text([
        ["商务部2020年政府信息公开工作年度报告"] + body6("2020年，商务部", 2861, 395, "", "")[:6],
        body6("", 2861, 395, "", "")[6:8],
        body6("", 2861, 395, "政策解读的针对性有待增强。", "我部将围绕稳外贸稳外资加强解读。")[8:],
    ]),
    {}, "商务部", "department", None, None, None, 2020, K6, T6)

# 20. a township's PDF: full name with its county-level city in the title
add("p-yabuli-2023",
    pdf_text([
        ["尚志市亚布力镇人民政府2023年政府信息公开工作年度报告"] + body6("2023年，我镇", 88, 0, "", "")[:6],
        body6("", 88, 0, "公开内容以工作动态为主，政策类信息偏少。", "我镇将加强惠农政策公开。")[6:],
    ], number="— {n} —"),
    {}, "尚志市亚布力镇人民政府", "township", "黑龙江省", "哈尔滨市", "尚志市", 2023, K6, T6)

# 21. a prefecture's old-era PDF (2013), 2008 format
add("p-guyuan-2013",
    pdf_text([
        ["固原市人民政府2013年政府信息公开工作年度报告"] + body7("2013年，固原市人民政府", 2105, 19, "", "")[:8],
        body7("", 2105, 19, "个别部门信息更新不及时。", "市政府将加强督查考核。")[8:],
    ]),
    {}, "固原市人民政府", "city", "宁夏回族自治区", "固原市", None, 2013, K7, T7)

# ===================================== crawl rows without a title line =====================================

# 22. opens with the compiling-office preamble; a province's government
add("c-nxzf-2022",
    lines("本报告是根据《中华人民共和国政府信息公开条例》要求，由宁夏回族自治区人民政府办公厅编制的2022年度自治区人民政府政府信息公开工作年度报告。",
          body6("2022年，自治区人民政府", 5230, 166, "公开质量与群众期盼仍有差距。", "自治区政府将深化基层政务公开。")),
    {}, "宁夏回族自治区人民政府", "province", "宁夏回族自治区", None, None, 2022, K6, T6)

# 23. opens with 一、总体情况; the city named in the first sentence
add("c-yichang-2020",
    lines(body6("2020年，宜昌市人民政府", 4120, 97, "公开平台集约化程度不高。", "市政府将推进政府网站集约化。")),
    {}, "宜昌市人民政府", "city", "湖北省", "宜昌市", None, 2020, K6, T6)

# 24. a 【】-bracketed title column; the text opens with 一、总体情况 and says 我局
add("c-glzrj-2021",
    lines(body6("2021年，我局", 530, 41, "自然资源信息公开的规范性不够。", "我局将规范国土空间规划信息公开。")),
    {"标题": "【年度报告】桂林市自然资源局2021年政府信息公开工作年度报告"},
    "桂林市自然资源局", "department", "广西壮族自治区", "桂林市", None, 2021, K6, T6)

# 25. the title column takes priority over a notice the text opens with
add("c-liubei-2022",
    lines("根据《柳州市人民政府办公室关于做好2022年政府信息公开工作年度报告编制发布工作的通知》要求，现将本区2022年政府信息公开工作情况报告如下。",
          body6("2022年，柳北区人民政府", 1211, 35, "街道政务公开专区作用发挥不够。", "区政府将提升专区服务水平。")),
    {"标题": "柳州市柳北区人民政府2022年政府信息公开工作年度报告", "来源": "柳州市人民政府"},
    "柳州市柳北区人民政府", "district", "广西壮族自治区", "柳州市", "柳北区", 2022, K6, T6)

# 26. old era, opens with the preamble naming the compiling office
add("c-doumen-2018",
    lines("本年度报告由珠海市斗门区人民政府办公室根据《中华人民共和国政府信息公开条例》编制。",
          body7("2018年，斗门区人民政府", 2660, 48, "公开的及时性有待提高。", "区政府将加强公开时效管理。")),
    {}, "珠海市斗门区人民政府", "district", "广东省", "珠海市", "斗门区", 2018, K7, T7)

# 27. opens with 一、总体情况; 我厅; the full name only in the signature; the year after it is the signature's
add("c-gsjyt-2025",
    lines(body6("2025年，我厅", 812, 57, "教育收费信息公开不够细。", "我厅将编制教育收费公开清单。"),
          "甘肃省教育厅", "2026年1月20日"),
    {}, "甘肃省教育厅", "department", "甘肃省", None, None, 2025, K6, T6)

# 28. a township's crawl row: 来源 the county's government, 我镇, full name in the signature
add("c-haozhuang-2021",
    lines(body6("2021年，我镇", 64, 0, "公开形式单一。", "我镇将利用微信群公开惠民政策。"),
          "临城县郝庄镇人民政府", "2022年1月18日"),
    {"来源": "临城县人民政府"}, "临城县郝庄镇人民政府", "township", "河北省", "邢台市", "临城县", 2021, K6, T6)

# 29. a county bureau's short title column on its county's crawl row
add("c-yuexi-lyj-2019",
    lines(body6("2019年，我局", 210, 1, "林业项目信息公开不全。", "我局将公开林业补贴发放情况。")),
    {"标题": "县林业局2019年政府信息公开工作年度报告", "来源": "岳西县人民政府"},
    "岳西县林业局", "department", "安徽省", "安庆市", "岳西县", 2019, K6, T6)

# 30. a department named only 我厅 in the body; the full name only in the crawl's 来源
add("c-sxzjt-2023",
    lines(LAW + "现公布2023年度政府信息公开工作年度报告。",
          body6("2023年，我厅", 970, 66, "住房保障信息公开不够及时。", "我厅将按月公开保障性住房分配信息。")),
    {"来源": "陕西省住房和城乡建设厅"}, "陕西省住房和城乡建设厅", "department", "陕西省", None, None, 2023, K6, T6)

# 31. a county government's crawl row with a title column naming the year in brackets
add("c-shuyang-2017",
    lines(body7("2017年，县政府", 3300, 29, "部分乡镇公开工作不够规范。", "县政府将开展专题培训。")),
    {"标题": "【2017年度】沭阳县人民政府政府信息公开工作年度报告"},
    "沭阳县人民政府", "county", "江苏省", "宿迁市", "沭阳县", 2017, K7, T7)

# ===================================== ministries and national bureaus =====================================

# 32. 海关总署 without a title line: 我署, the name in the preamble
add("m-customs-2022",
    lines(LAW + "海关总署编制本报告。",
          body6("2022年，我署", 4410, 512, "海关统计数据解读不够深入。", "我署将定期发布进出口形势解读。")),
    {}, "海关总署", "department", None, None, None, 2022, K6, T6)

# 33. a national bureau's title line
add("m-spb-2022",
    lines("国家邮政局2022年政府信息公开工作年度报告",
          body6("2022年，国家邮政局", 610, 73, "快递市场监管信息公开不够及时。", "我局将按月发布邮政行业运行情况。")),
    {}, "国家邮政局", "department", None, None, None, 2022, K6, T6)

# 34. a national bureau named in a compiling-office sentence (本报告由国家X局办公室编制)
add("m-lswz-2019",
    lines("本报告由国家粮食和物资储备局办公室根据《中华人民共和国政府信息公开条例》编制。",
          body6("2019年，我局", 389, 44, "粮食储备信息公开的时效性有待提高。", "我局将完善储备信息发布制度。")),
    {}, "国家粮食和物资储备局", "department", None, None, None, 2019, K6, T6)

# 35. a national bureau whose body says 民航局; the full name in the signature
add("m-caac-2021",
    lines(LAW + "编制本报告。",
          body6("2021年，民航局", 1205, 131, "行业信息公开的系统性不够。", "民航局将完善航班正常统计公开。"),
          "中国民用航空局", "2022年1月28日"),
    {}, "中国民用航空局", "department", None, None, None, 2021, K6, T6)

# 36. a national bureau: 我局 and a 来源 of its own
add("m-nia-2023",
    lines(body6("2023年，我局", 356, 89, "出入境政策解读的覆盖面不够。", "我局将扩大政策解读发布渠道。")),
    {"来源": "国家移民管理局"}, "国家移民管理局", "department", None, None, None, 2023, K6, T6)

# 37. a national bureau, old era, title line
add("m-ncha-2014",
    lines("国家文物局2014年政府信息公开工作年度报告",
          body7("2014年，国家文物局", 420, 31, "公开信息的实用性有待提升。", "我局将加强文物保护项目信息公开。")),
    {}, "国家文物局", "department", None, None, None, 2014, K7, T7)

# ===================================== 兵团 =====================================

# 38. a 师市合一 division's title line
add("b-alaer-2020",
    lines("第一师阿拉尔市2020年政府信息公开工作年度报告",
          body6("2020年，第一师阿拉尔市", 1320, 11, "团场公开专栏建设滞后。", "师市将推进团场政务公开标准化。")),
    {}, "新疆生产建设兵团第一师阿拉尔市", "city", "新疆维吾尔自治区", "新疆生产建设兵团第一师", None, 2020, K6, T6)

# 39. a division named with the 兵团's full name, old era
add("b-bt10-2016",
    lines("新疆生产建设兵团第十师2016年政府信息公开工作年度报告",
          body7("2016年，第十师", 760, 4, "基层公开工作力量薄弱。", "师将加强团场信息员培训。")),
    {}, "新疆生产建设兵团第十师", "city", "新疆维吾尔自治区", "新疆生产建设兵团第十师", None, 2016, K7, T7)

# 40. a crawl row of a division without a title line, 兵团第六师 in the preamble
add("b-bt6-2023",
    lines("本报告由兵团第六师五家渠市政务公开领导小组办公室编制。",
          body6("2023年，第六师五家渠市", 1744, 20, "政策解读质量不高。", "师市将加强解读材料审核。")),
    {}, "新疆生产建设兵团第六师五家渠市", "city", "新疆维吾尔自治区", "新疆生产建设兵团第六师", None, 2023, K6, T6)

# 41. a 兵团 department
add("b-btczj-2022",
    lines("新疆生产建设兵团财政局2022年政府信息公开工作年度报告",
          body6("2022年，兵团财政局", 298, 7, "预决算信息公开的细化程度不够。", "我局将细化预决算公开。")),
    {}, "新疆生产建设兵团财政局", "department", "新疆维吾尔自治区", None, None, 2022, K6, T6)

# ===================================== townships and county bureaus =====================================

# 42. a county bureau, title with 县 prefix only; 来源 the county portal
add("t-zhenning-jyj-2024",
    lines("县教育局2024年政府信息公开工作年度报告",
          body6("2024年，县教育局", 312, 6, "教育经费信息公开不够细。", "我局将公开学校经费使用情况。")),
    {"来源": "镇宁布依族苗族自治县人民政府"}, "镇宁布依族苗族自治县教育局", "department", "贵州省", "安顺市",
    "镇宁布依族苗族自治县", 2024, K6, T6)

# 43. a town whose title names its county-level city
add("t-huaqiao-2020",
    lines("昆山市花桥镇人民政府2020年政府信息公开工作年度报告",
          body6("2020年，花桥镇", 401, 3, "公开栏目设置不够合理。", "我镇将优化公开栏目。")),
    {}, "昆山市花桥镇人民政府", "township", "江苏省", "苏州市", "昆山市", 2020, K6, T6)

# 44. a township's crawl row: the county only in 来源 and in the text (县委、县政府 and 潜山)
add("t-wangshan-2018",
    lines("一、概述",
          "2018年，在潜山市委、市政府的领导下，我镇按照《条例》要求推进信息公开。",
          body7("", 120, 0, "公开意识有待增强。", "我镇将加强学习培训。")[2:]),
    {"来源": "潜山市人民政府", "标题": "王河镇2018年政府信息公开工作年度报告"},
    "王河镇人民政府", "township", "安徽省", "安庆市", "潜山市", 2018, K7, T7)

# ===================================== old era, free-form headings =====================================

# 45. a prefecture's free-form heads (measures), a count sentence for proactive/requests
add("o-tonghua-2014",
    lines("通化市人民政府2014年政府信息公开工作年度报告",
          "一、强化组织领导，完善工作机制",
          "2014年，市政府调整充实了政府信息公开工作领导小组，各县（市、区）和市直部门明确了分管领导。",
          "二、突出公开重点，扩大公开范围",
          "全年主动公开政府信息6230条，重点公开财政预决算、保障性住房、食品安全等信息。",
          "三、规范依申请公开，保障群众知情权",
          "全年受理依申请公开56件，均在规定期限内答复。",
          "四、存在的问题和2015年工作打算",
          "主要是部分部门公开不够及时。2015年，市政府将进一步加强监督检查。"),
    {}, "通化市人民政府", "city", "吉林省", "通化市", None, 2014,
    ["measures", "proactive", "requests", "problems"],
    ["强化组织领导，完善工作机制", "突出公开重点，扩大公开范围", "规范依申请公开，保障群众知情权", "存在的问题和2015年工作打算"])

# 46. a district (a county until 2015) with short old-era heads; a 工作打算 part of its own
add("o-duilong-2016",
    lines("堆龙德庆区2016年政府信息公开工作年度报告",
          "一、基本情况",
          "2016年，堆龙德庆区人民政府认真贯彻《条例》，撤县设区后及时调整公开目录。",
          "二、主动公开情况",
          "全年主动公开政府信息812条。",
          "三、依申请公开情况",
          "全年未收到依申请公开。",
          "四、复议、诉讼和申诉情况",
          "未发生行政复议、行政诉讼和申诉。",
          "五、存在的主要问题",
          "公开人员业务能力不足。",
          "六、2017年工作打算",
          "下一步，区政府将加强公开人员培训。"),
    {}, "堆龙德庆区人民政府", "district", "西藏自治区", "拉萨市", "堆龙德庆区", 2016,
    ["overview", "proactive", "requests", "appeals", "problems", "plans"],
    ["基本情况", "主动公开情况", "依申请公开情况", "复议、诉讼和申诉情况", "存在的主要问题", "2017年工作打算"])

# 47. a provincial department's free-form heads, (一)-style sub-items under them
add("o-jxslt-2015",
    lines("江西省水利厅2015年政府信息公开工作年度报告",
          "一、政府信息公开工作开展情况",
          "（一）加强组织领导。我厅成立了以厅长为组长的政府信息公开工作领导小组。",
          "（二）完善制度建设。修订了《江西省水利厅政府信息公开实施办法》。",
          "二、主动公开政府信息情况",
          "全年主动公开政府信息583条，其中防汛抗旱信息211条。",
          "三、依申请公开政府信息和不予公开政府信息情况",
          "全年受理依申请公开9件，不予公开1件。",
          "四、政府信息公开的收费及减免情况",
          "未收取任何费用。",
          "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
          "未发生。",
          "六、存在的主要问题和改进措施",
          "信息更新不够及时。下一步，我厅将完善信息发布审核机制。"),
    {}, "江西省水利厅", "department", "江西省", None, None, 2015,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["政府信息公开工作开展情况", "主动公开政府信息情况", "依申请公开政府信息和不予公开政府信息情况",
     "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题和改进措施"])

# 48. old era, the heads as 第一部分 …; a city bureau
add("o-qdhb-2013",
    lines("青岛市环境保护局2013年政府信息公开工作年度报告",
          "第一部分 概述",
          "2013年，市环保局围绕环境质量、建设项目环评审批等信息推进公开。",
          "第二部分 主动公开政府信息情况",
          "全年主动公开政府信息1620条。",
          "第三部分 依申请公开政府信息情况",
          "全年受理依申请公开44件。",
          "第四部分 政府信息公开的收费及减免情况",
          "未收取费用。",
          "第五部分 因政府信息公开申请行政复议、提起行政诉讼的情况",
          "发生行政复议1件，维持原答复。",
          "第六部分 政府信息公开工作存在的主要问题及改进措施",
          "环评信息公开的完整性有待提高。下一步，我局将全文公开环评报告书。"),
    {}, "青岛市环境保护局", "department", "山东省", "青岛市", None, 2013, K7[:6], T7[:6])

# 49. old era, the year written in Chinese numerals in the title
add("o-kaifeng-2017",
    lines("开封市人民政府二〇一七年政府信息公开工作年度报告",
          body7("2017年，开封市人民政府", 3830, 71, "重点领域公开还不够深入。", "市政府将深化重点领域信息公开。")),
    {}, "开封市人民政府", "city", "河南省", "开封市", None, 2017, K7, T7)

# ===================================== more portal shapes =====================================

# 50. a county government's page whose <title> names another page (the list) and whose <h1> is the title
add("h-xiuwu-2025",
    html_page("政府信息公开工作年度报告_修武县人民政府", h1="修武县人民政府2025年政府信息公开工作年度报告",
              box=box_table([("索引号", "005240872/2026-00004"), ("发布机构", "修武县人民政府办公室"),
                             ("成文日期", "2026-01-15"), ("发布日期", "2026-01-16")]),
              paragraphs=body6("2025年，修武县人民政府", 1860, 24, "政策解读的及时性不够。", "县政府将同步发布政策解读。"),
              site="修武县人民政府"),
    {}, "修武县人民政府", "county", "河南省", "焦作市", "修武县", 2025, K6, T6)

# 51. a city department's page: 来源 the department's short name, 我局, the title in <h1>
add("h-cdswj-2018",
    html_page("成都市商务局2018年政府信息公开工作年度报告",
              h1="成都市商务局2018年政府信息公开工作年度报告",
              box=box_line([("信息来源", "市商务局"), ("发布日期", "2019-03-25")]),
              paragraphs=body7("2018年，我局", 842, 15, "公开信息的可读性不强。", "我局将增加图表解读。"),
              site="成都市商务局"),
    {}, "成都市商务局", "department", "四川省", "成都市", None, 2018, K7, T7)

# 52. a township named only 我镇 in the body and 城关镇 in the <h1>; its county in the site name
#     and in the first sentence
add("h-chengguan-2021",
    html_page("城关镇2021年政府信息公开工作年度报告_宁陕县人民政府", h1="城关镇2021年政府信息公开工作年度报告",
              box=box_table([("发布机构", "城关镇人民政府"), ("发布日期", "2022-01-25")]),
              paragraphs=body6("2021年，在宁陕县委、县政府的领导下，我镇", 77, 0, "公开内容不够丰富。", "我镇将加强涉农信息公开。"),
              site="宁陕县人民政府"),
    {}, "城关镇人民政府", "township", "陕西省", "安康市", "宁陕县", 2021, K6, T6)


if __name__ == "__main__":
    write_probes(PROBES6, OUT)
