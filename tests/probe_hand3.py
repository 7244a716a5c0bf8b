"""Test utility: the third held-out probe set ``tests/cases/probes3`` (issue 10), written by hand.

Shapes the first two sets (``tests/probe_writer.py``, ``tests/probe_hand.py``,
``tests/probe_hand2.py``) under-cover, as crawled reports from across China come: autonomous
regions' bodies that write 自治区X厅 / 区X厅 / 我厅 and name themselves in full once (in the middle or
only in a signature separated by ``\\r`` or blank lines and followed by a date in 二〇二三年一月 form);
盟, 旗 and 苏木 bodies, 地区行政公署, 林区 and county-level cities under a province; districts,
counties and street offices of the four municipalities; State Council bureaus that are not in the
list of ministries; 开发区 committees; municipal bureaus named by their short form (市市场监管局)
next to their full name; years stated only in the statistics period, in Chinese numerals or by a
signature date; heading variants (第X部分 in the 2021 format, top-level （一）, unnumbered heading
lines, 一．/一 、, headings ending in a colon or a full stop and running into the paragraph,
收费情况, 咨询处理情况, 存在的不足和下一步工作打算, 下一步工作打算 as a part of its own).
Each entry is ``pid -> (text, header, expected)`` with the keys of ``probes2``.

``python -m tests.probe_hand3`` rewrites ``tests/cases/probes3/``; the tests and
``bench/probe_meta.py --set probes3`` read those files.

Example:
    >>> text, header, want = PROBES3["nm-minzheng-2022"]
    >>> want["admin_level"], want["province"]
    ('department', '内蒙古自治区')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_sets import K6, LAW, T6, Probe, register, write_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes3"

PROBES3: dict[str, Probe] = {}


def add(pid: str, text: str, header: dict[str, str], *args: Any, **kwargs: Any) -> None:
    """Register one probe with its expectations (:func:`tests.probe_sets.register`)."""
    register(PROBES3, pid, text, header, *args, **kwargs)




def mid(n_active: int, n_req: int, *, sep: str = "\n") -> str:
    """Parts 二 to 四 of a 2019/2021-format report, in prose (the tables summarised), ``sep`` between lines."""
    return sep.join([
        "二、主动公开政府信息情况",
        f"本年制发行政规范性文件{n_active % 9 + 1}件，废止1件，现行有效{n_active % 40 + 12}件；行政处罚决定{n_active}件。",
        "三、收到和处理政府信息公开申请情况",
        f"本年新收政府信息公开申请{n_req}件，上年结转1件，办结{n_req}件，结转下年度继续办理1件。",
        "四、政府信息公开行政复议、行政诉讼情况",
        "本年度因政府信息公开被申请行政复议1件，结果维持；未发生行政诉讼。",
    ]) + sep


# --- first batch: no title line; the issuer in a signature, once in the middle, or by short forms --

# 1. an autonomous region's department, old Mac line ends (\r only), 我厅 throughout, the full
#    name only in a signature separated by empty lines and dated 二〇二三年一月十八日
add("nm-minzheng-2022",
    "\r".join([
        LAW + "现公布2022年度政府信息公开工作年度报告。报告所列数据统计期限自2022年1月1日起至2022年12月31日止。",
        "一、总体情况",
        "2022年，我厅深入贯彻落实自治区党委、政府关于政务公开的部署要求，围绕民政中心工作，持续推进决策、执行、管理、服务、结果公开。",
        "（一）主动公开。全年通过厅门户网站公开信息1862条，解读政策21件。",
        "（二）依申请公开。全年受理申请37件，均在法定期限内答复。",
        "（三）政府信息管理。开展规范性文件清理，废止4件。",
        "（四）平台建设。优化门户网站社会救助专栏。",
        "（五）监督保障。将政务公开纳入厅机关年度考核。",
    ]) + "\r" + mid(212, 37, sep="\r") + "\r".join([
        "五、存在的主要问题及改进情况",
        "一是基层民政政务公开标准化水平不高；二是政策解读形式较为单一。下一步，我厅将加强对盟市民政部门的指导，丰富图解、视频等解读形式。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
        "",
        "",
        "内蒙古自治区民政厅",
        "二〇二三年一月十八日",
        "",
    ]),
    {}, "内蒙古自治区民政厅", "department", "内蒙古自治区", None, None, 2022, K6, T6)

# 2. text opens with 一、总体情况; 自治区商务厅 in the body, the full name stated once in (三)
add("xz-shangwu-2021",
    "一、总体情况\n"
    "2021年，自治区商务厅认真贯彻落实《条例》，紧紧围绕商务工作重点，扎实做好政务公开各项工作。\n"
    "（一）主动公开。全年主动公开各类信息683条，其中政策文件27件。\n"
    "（二）依申请公开。全年收到依申请公开4件，均按时办结。\n"
    "（三）政府信息管理。西藏自治区商务厅建立公开属性源头认定机制，对拟发文件逐件审核公开属性。\n"
    "（四）平台建设。厅网站开设稳外贸稳外资专栏。\n"
    "（五）监督保障。开展政务公开业务培训1次。\n"
    + mid(45, 4) +
    "五、存在的主要问题及改进情况\n"
    "政务公开队伍专业化水平不高，信息发布不够及时。2022年，我厅将加强培训，提高信息发布时效。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "西藏自治区商务厅", "department", "西藏自治区", None, None, 2021, K6, T6)

# 3. Guangxi department, 2019 format; 自治区人力资源社会保障厅 (the short official form without 和) in the
#    body, the full name in a signature after a blank line, date 2021年1月28日
add("gx-renshe-2020",
    LAW + "编制本报告。\n"
    "一、总体情况\n"
    "2020年，自治区人力资源社会保障厅坚持以公开为常态、不公开为例外，围绕稳就业保就业推进政务公开。\n"
    + mid(88, 56) +
    "五、存在的主要问题及改进情况\n"
    "（一）存在的主要问题\n"
    "部分业务处室对公开工作认识不够到位。\n"
    "（二）改进情况\n"
    "下一步，我厅将进一步压实公开责任，加强业务指导。\n"
    "六、其他需要报告的事项\n"
    "无。\n"
    "\n"
    "广西壮族自治区人力资源和社会保障厅\n"
    "2021年1月28日\n",
    {}, "广西壮族自治区人力资源和社会保障厅", "department", "广西壮族自治区", None, None, 2020, K6, T6)

# 4. Xinjiang department, title with the short form 自治区教育厅, the full name once in the overview
add("xj-jiaoyu-2019",
    "自治区教育厅2019年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2019年，新疆维吾尔自治区教育厅认真贯彻新修订的《条例》，推进教育领域信息公开。全年主动公开信息1120条。\n"
    + mid(30, 19) +
    "五、存在的主要问题及改进情况\n"
    "教育政策解读还不够通俗。2020年，我厅将推出图解、问答等解读产品。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "新疆维吾尔自治区教育厅", "department", "新疆维吾尔自治区", None, None, 2019, K6, T6)

# 5. a city bureau written 市市场监管局 in the body, the higher bodies named first, the full name
#    only in the signature; the problems part ends with 一是…二是 plans
add("yinchuan-scjg-2023",
    LAW + "现发布银川市市场监督管理局2023年度政府信息公开工作年度报告。\n"
    "一、总体情况\n"
    "2023年，在市委、市政府的坚强领导下，在自治区市场监管厅的精心指导下，市市场监管局坚持以人民为中心，全面推进政务公开。\n"
    + mid(1345, 22) +
    "五、存在的主要问题及改进情况\n"
    "主要问题：信息公开的及时性还需提高。改进措施：一是建立信息发布台账；二是加强业务培训。\n"
    "六、其他需要报告的事项\n"
    "本年度无收费情况。\n"
    "银川市市场监督管理局\n"
    "2024年1月15日\n",
    {}, "银川市市场监督管理局", "department", "宁夏回族自治区", "银川市", None, 2023, K6, T6)

# 6. a street office of a municipality's district: the crawler's title has only the street's name
add("zhongguancun-jd-2022",
    "一、总体情况\n"
    "2022年，中关村街道办事处在区委、区政府的领导下，深入推进基层政务公开标准化规范化建设，做好疫情防控信息发布。\n"
    + mid(3, 2) +
    "五、存在的主要问题及改进情况\n"
    "公开内容与群众需求的契合度还需提高。下一步，街道将围绕老旧小区改造等群众关心的事项加大公开力度。\n"
    "六、其他需要报告的事项\n"
    "无。\n"
    "北京市海淀区中关村街道办事处\n"
    "2023年1月\n",
    {"标题": "中关村街道2022年政府信息公开工作年度报告", "来源": "海淀区人民政府"},
    "北京市海淀区中关村街道办事处", "township", "北京市", "北京市", "海淀区", 2022, K6, T6)

# 7. a district bureau of Shanghai, 本局 in the body, the full name once in a portal sentence and the signature
add("minhang-sthj-2021",
    "一、总体情况\n"
    "2021年，本局认真贯彻落实《条例》和市、区关于政务公开的工作要求，推进生态环境领域信息公开。"
    "全年通过闵行区人民政府门户网站主动公开环评审批、行政处罚等信息526条。\n"
    + mid(117, 31) +
    "五、存在的主要问题及改进情况\n"
    "环境信息公开的深度和广度仍需拓展。2022年，本局将进一步完善环境信息公开目录。\n"
    "六、其他需要报告的事项\n"
    "本局未收取信息处理费。\n"
    "\n"
    "上海市闵行区生态环境局\n"
    "二〇二二年一月二十日\n",
    {}, "上海市闵行区生态环境局", "department", "上海市", "上海市", "闵行区", 2021, K6, T6)

# 8. a municipality's new area, old era, 概述 … 2017年工作打算
add("binhai-2016",
    "天津市滨海新区人民政府2016年政府信息公开工作年度报告\n"
    "本报告根据《中华人民共和国政府信息公开条例》要求，由滨海新区政务公开办公室编制。报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n"
    "一、概述\n"
    "2016年，滨海新区认真落实国务院办公厅《2016年政务公开工作要点》，着力推进重点领域信息公开。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开政府信息9865条，其中通过区政府门户网站公开8433条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理政府信息公开申请312件，均已按时答复。\n"
    "四、政府信息公开的收费及减免情况\n"
    "全年未收取任何费用。\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "全年发生行政复议9件，行政诉讼4件。\n"
    "六、存在的主要问题\n"
    "政策解读的数量和质量有待提高，部分单位信息更新不及时。\n"
    "七、2017年工作打算\n"
    "一是加强政策解读；二是强化监督考核；三是推进基层政务公开标准化。\n",
    {}, "天津市滨海新区人民政府", "district", "天津市", "天津市", "滨海新区", 2016,
    ["overview", "proactive", "requests", "fees", "appeals", "problems", "plans"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题", "2017年工作打算"])

# 9. a county of Chongqing, old era, 第X部分 headings, year in Chinese numerals in the title
add("wushan-2018",
    "重庆市巫山县人民政府二〇一八年政府信息公开工作年度报告\n"
    "第一部分 概述\n"
    "2018年，巫山县紧紧围绕脱贫攻坚等中心工作，推进政府信息公开。\n"
    "第二部分 主动公开政府信息情况\n"
    "全年主动公开政府信息4210条。\n"
    "第三部分 依申请公开政府信息情况\n"
    "全年收到申请26件，均按时答复。\n"
    "第四部分 政府信息公开收费及减免情况\n"
    "未收取任何费用。\n"
    "第五部分 因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "无。\n"
    "第六部分 存在的不足和下一步工作打算\n"
    "公开的主动性还不够强。2019年，我县将贯彻新修订的《条例》，全面推进政务公开。\n",
    {}, "重庆市巫山县人民政府", "county", "重庆市", "重庆市", "巫山县", 2018,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的不足和下一步工作打算"])

# 10. a district commission of Chongqing, headings 一．/二． with a full stop and no 情况
add("yuzhong-jiaowei-2024",
    "重庆市渝中区教育委员会2024年政府信息公开工作年度报告\n"
    "一．总体情况\n"
    "2024年，区教委坚持以人民为中心，围绕招生入学、学生资助等群众关切推进公开。\n"
    "二．主动公开政府信息情况\n"
    "本年制发行政规范性文件2件。\n"
    "三．收到和处理政府信息公开申请情况\n"
    "本年新收申请14件，上年结转0件。\n"
    "四．政府信息公开行政复议、行政诉讼情况\n"
    "无。\n"
    "五．存在的主要问题及改进情况\n"
    "政策解读的及时性还需加强。2025年，区教委将在招生政策发布的同时发布解读。\n"
    "六．其他需要报告的事项\n"
    "无。\n",
    {}, "重庆市渝中区教育委员会", "department", "重庆市", "重庆市", "渝中区", 2024, K6, T6)

# --- second batch: county-level units outside the usual mould --

# 11. a county-level city directly under a province (no prefecture): city is None
add("xiantao-2022",
    "仙桃市人民政府2022年政府信息公开工作年度报告\n"
    + LAW + "编制本报告。\n"
    "一、总体情况\n"
    "2022年，市政府坚持以公开促落实、以公开优服务，推进政务公开提质增效。\n"
    + mid(620, 48) +
    "五、存在的主要问题及改进情况\n"
    "基层政务公开标准化规范化水平有待提高。2023年，市政府将持续推进基层政务公开标准目录落地。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "仙桃市人民政府", "county", "湖北省", None, "仙桃市", 2022, K6, T6)

# 12. a forest district (林区) directly under a province: a county-level unit, not a city's district
add("shennongjia-2020",
    "神农架林区人民政府2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年，林区政府认真贯彻落实《条例》，围绕生态保护和疫情防控推进信息公开。\n"
    + mid(96, 11) +
    "五、存在的主要问题及改进情况\n"
    "公开内容不够全面。下一步，林区政府将进一步规范公开流程。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "神农架林区人民政府", "county", "湖北省", None, "神农架林区", 2020, K6, T6)

# 13. a banner (旗) of a league (盟), old era, custom headings and a work plan part
add("alashan-zuoqi-2017",
    "阿拉善盟阿拉善左旗人民政府2017年政府信息公开工作年度报告\n"
    "一、基本情况\n"
    "2017年，阿拉善左旗按照盟行政公署的部署，扎实推进政府信息公开工作。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开政府信息2136条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理申请6件。\n"
    "四、政府信息公开收费情况\n"
    "未收取费用。\n"
    "五、行政复议、行政诉讼情况\n"
    "无。\n"
    "六、存在的问题及2018年工作计划\n"
    "公开的及时性不够。2018年，旗政府将加强监督检查，推进重点领域信息公开。\n",
    {}, "阿拉善盟阿拉善左旗人民政府", "county", "内蒙古自治区", "阿拉善盟", "阿拉善左旗", 2017,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["基本情况", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开收费情况", "行政复议、行政诉讼情况",
     "存在的问题及2018年工作计划"])

# 14. a sumu (苏木), the township-level unit of Inner Mongolia's pastoral areas
add("naritu-sumu-2021",
    "锡林郭勒盟正蓝旗那日图苏木人民政府2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，那日图苏木坚持以公开为常态，围绕草原生态保护补助奖励等惠民政策推进公开。\n"
    + mid(2, 0) +
    "五、存在的主要问题及改进情况\n"
    "工作人员业务能力有待提高。下一步，苏木将加强学习培训。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "锡林郭勒盟正蓝旗那日图苏木人民政府", "township", "内蒙古自治区", "锡林郭勒盟", "正蓝旗", 2021, K6, T6)

# 15. a league's bureau: 盟生态环境局 in the body, full name in a 本报告由…编制 line
add("xingan-sthj-2022",
    "本报告由兴安盟生态环境局根据《中华人民共和国政府信息公开条例》编制。\n"
    "一、总体情况\n"
    "2022年，盟生态环境局围绕污染防治攻坚战，推进环境质量、环评审批、执法监管等信息公开。\n"
    + mid(75, 9) +
    "五、存在的主要问题及改进情况\n"
    "旗县市分局公开工作不平衡。2023年，我局将加强对旗县市分局的指导。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "兴安盟生态环境局", "department", "内蒙古自治区", "兴安盟", None, 2022, K6, T6)

# 16. a prefecture's administrative office (地区行政公署), old era, headings in full stops run in
add("akesu-2015",
    "阿克苏地区行政公署2015年政府信息公开工作年度报告\n"
    "一、概述。2015年，地区行署高度重视政府信息公开工作，调整充实了领导小组。\n"
    "二、主动公开政府信息情况。全年主动公开政府信息3650条。\n"
    "三、依申请公开政府信息情况。全年受理申请15件，均按时答复。\n"
    "四、政府信息公开的收费及减免情况。未收取费用。\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况。无。\n"
    "六、存在的主要问题及改进措施。县市公开工作发展不平衡。下一步，将加强督促检查。\n",
    {}, "阿克苏地区行政公署", "city", "新疆维吾尔自治区", "阿克苏地区", None, 2015,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施"])

# 17. a county-level city of an autonomous prefecture, no title; year only in the statistics period
add("yanji-2013",
    "根据《中华人民共和国政府信息公开条例》要求，延吉市人民政府办公室编制本报告。本报告所列数据的统计期限自2013年1月1日起至2013年12月31日止。\n"
    "一、概述\n"
    "全年，我市进一步健全政府信息公开工作机制，完善公开目录。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开政府信息1876条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理申请9件。\n"
    "四、政府信息公开的收费及减免情况\n"
    "无。\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "无。\n"
    "六、存在的主要问题和改进措施\n"
    "部分部门更新不及时。我市将进一步加强考核。\n",
    {}, "延吉市人民政府", "county", "吉林省", "延边朝鲜族自治州", "延吉市", 2013,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题和改进措施"])

# 18. a county-level city's police bureau in an autonomous prefecture, crawler's 来源 is the city
add("xingyi-gongan-2021",
    "兴义市公安局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，我局认真贯彻落实《条例》，围绕平安兴义建设，推进警务公开。\n"
    + mid(2310, 7) +
    "五、存在的主要问题及改进情况\n"
    "警务公开的互动性还不强。下一步，我局将加强与群众的互动交流。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {"来源": "兴义市人民政府", "发布时间": "2022-01-25"},
    "兴义市公安局", "department", "贵州省", "黔西南布依族苗族自治州", "兴义市", 2021, K6, T6)

# 19. a county bureau, the crawler's title without the county, the name in the signature
add("taoyuan-nongye-2022",
    "一、总体情况\n"
    "2022年，我局坚持以公开为常态，围绕乡村振兴和惠农补贴发放推进政务公开。\n"
    + mid(57, 3) +
    "五、存在的主要问题及改进情况\n"
    "惠农补贴公开的时效性有待提高。2023年，我局将实行惠农补贴发放信息按月公开。\n"
    "六、其他需要报告的事项\n"
    "无。\n"
    "\n"
    "桃源县农业农村局\n"
    "2023年1月16日\n",
    {"标题": "县农业农村局2022年政府信息公开工作年度报告"},
    "桃源县农业农村局", "department", "湖南省", "常德市", "桃源县", 2022, K6, T6)

# 20. a county-level city's government, old era, a 咨询处理情况 part and a 下一步工作打算 part of its own
add("jinjiang-2018",
    "晋江市人民政府2018年政府信息公开工作年度报告\n"
    "一、概述\n"
    "2018年，晋江市政府认真贯彻落实政务公开各项部署，推进决策、执行、管理、服务、结果公开。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开政府信息6543条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理申请88件，均已办结。\n"
    "四、政府信息公开咨询处理情况\n"
    "全年接受公众咨询2310人次。\n"
    "五、政府信息公开收费及减免情况\n"
    "未收取费用。\n"
    "六、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "行政复议3件，行政诉讼1件。\n"
    "七、存在的主要问题\n"
    "政策解读的针对性不强。\n"
    "八、下一步工作打算\n"
    "2019年，我市将贯彻新修订的《条例》，规范依申请公开办理。\n",
    {}, "晋江市人民政府", "county", "福建省", "泉州市", "晋江市", 2018,
    ["overview", "proactive", "requests", "consultation", "fees", "appeals", "problems", "plans"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开咨询处理情况", "政府信息公开收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题", "下一步工作打算"])

# --- third batch: State Council bodies, provincial departments by full name once --

# 21. a State Council ministry, no title, preamble, 我部, run-in （一）（二） and a signature
add("mem-2021",
    "根据《中华人民共和国政府信息公开条例》规定，应急管理部编制了2021年政府信息公开工作年度报告。\n"
    "一、总体情况\n"
    "2021年，我部坚持以习近平新时代中国特色社会主义思想为指导，围绕安全生产和防灾减灾救灾推进政务公开。\n"
    + mid(36, 174) +
    "五、存在的主要问题及改进情况\n"
    "政策解读的精准度需进一步提升。2022年，我部将围绕新修订的安全生产法加强解读。\n"
    "六、其他需要报告的事项\n"
    "本年度未收取信息处理费。\n",
    {}, "应急管理部", "department", None, None, None, 2021, K6, T6)

# 22. a State Council institution not named 部 or 国家…局 (中国气象局)
add("cma-2022",
    "中国气象局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，中国气象局坚持以公开为常态，围绕气象防灾减灾推进政务公开，全年发布预警信息服务公众。\n"
    + mid(12, 41) +
    "五、存在的主要问题及改进情况\n"
    "基层气象部门公开水平不一。下一步，将加强对省级气象部门的指导。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "中国气象局", "department", None, None, None, 2022, K6, T6)

# 23. a State Council national bureau not in any list of ministries, old era, 第X部分
add("gjxfj-2016",
    "国家信访局2016年政府信息公开工作年度报告\n"
    "第一部分 概述\n"
    "2016年，国家信访局认真贯彻《条例》，推进阳光信访建设，网上信访信息全面公开。\n"
    "第二部分 主动公开政府信息情况\n"
    "全年主动公开政府信息286条。\n"
    "第三部分 依申请公开政府信息情况\n"
    "全年受理申请52件。\n"
    "第四部分 政府信息公开的收费及减免情况\n"
    "未收取费用。\n"
    "第五部分 因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "行政复议4件。\n"
    "第六部分 政府信息公开工作存在的主要问题及改进措施\n"
    "公开的主动性有待增强。下一步，我局将进一步拓展公开范围。\n",
    {}, "国家信访局", "department", None, None, None, 2016,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进措施"])

# 24. a new national bureau (国家矿山安全监察局), flattened on one line, headings run in
add("chinamine-2021",
    "国家矿山安全监察局2021年政府信息公开工作年度报告 "
    "一、总体情况 2021年，国家矿山安监局认真贯彻落实党中央、国务院关于政务公开的决策部署，推进矿山安全监管信息公开。"
    "二、主动公开政府信息情况 本年制发行政规范性文件6件。"
    "三、收到和处理政府信息公开申请情况 本年新收申请23件。"
    "四、政府信息公开行政复议、行政诉讼情况 行政复议1件，结果维持。"
    "五、存在的主要问题及改进情况 政策解读的形式还不够丰富。2022年，我局将加强图解解读。"
    "六、其他需要报告的事项 无。",
    {}, "国家矿山安全监察局", "department", None, None, None, 2021, K6, T6)

# 25. a provincial commission under the provincial government, 省国资委 in the body, 2019 format
add("hlj-guoziwei-2019",
    "黑龙江省人民政府国有资产监督管理委员会2019年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2019年，省国资委认真贯彻新修订的《条例》，围绕国资国企改革推进信息公开。\n"
    + mid(14, 6) +
    "五、存在的主要问题及改进情况\n"
    "国有企业信息公开的规范性有待加强。2020年，省国资委将推动监管企业规范公开。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "黑龙江省人民政府国有资产监督管理委员会", "department", "黑龙江省", None, None, 2019, K6, T6)

# 26. a provincial department, page with the portal's chrome and 来源 the short form
add("qh-ziran-2023-page",
    "首页 > 政务公开 > 政府信息公开年报\n"
    "青海省自然资源厅2023年政府信息公开工作年度报告\n"
    "发布时间：2024-01-26 来源：省自然资源厅 浏览次数：316\n"
    "【字体：大 中 小】 打印本页\n"
    "一、总体情况\n"
    "2023年，省自然资源厅坚持以人民为中心，围绕国土空间规划、不动产登记推进公开。\n"
    + mid(48, 29) +
    "五、存在的主要问题及改进情况\n"
    "基层自然资源部门公开标准不统一。2024年，我厅将推进标准目录应用。\n"
    "六、其他需要报告的事项\n"
    "无。\n"
    "主办单位：青海省自然资源厅 技术支持：省信息中心\n",
    {}, "青海省自然资源厅", "department", "青海省", None, None, 2023, K6, T6)

# 27. a provincial department, headings numbered （一）…（六） at the top level
add("gs-weijian-2022",
    "甘肃省卫生健康委员会2022年政府信息公开工作年度报告\n"
    "（一）总体情况\n"
    "2022年，省卫生健康委围绕疫情防控和医改推进政务公开，全年发布疫情防控信息1300余条。\n"
    "（二）主动公开政府信息情况\n"
    "本年制发行政规范性文件8件。\n"
    "（三）收到和处理政府信息公开申请情况\n"
    "本年新收申请61件。\n"
    "（四）政府信息公开行政复议、行政诉讼情况\n"
    "行政复议2件。\n"
    "（五）存在的主要问题及改进情况\n"
    "政策解读的及时性还需提高。下一步，我委将同步发布政策文件和解读材料。\n"
    "（六）其他需要报告的事项\n"
    "无。\n",
    {}, "甘肃省卫生健康委员会", "department", "甘肃省", None, None, 2022, K6, T6)

# 28. a provincial department, 2021 format numbered 第一部分…第六部分
add("yn-jiaotong-2023",
    "云南省交通运输厅2023年政府信息公开工作年度报告\n"
    "第一部分 总体情况\n"
    "2023年，省交通运输厅紧扣交通强省建设，推进重大项目信息公开。\n"
    "第二部分 主动公开政府信息情况\n"
    "本年制发行政规范性文件4件。\n"
    "第三部分 收到和处理政府信息公开申请情况\n"
    "本年新收申请33件。\n"
    "第四部分 政府信息公开行政复议、行政诉讼情况\n"
    "行政复议1件。\n"
    "第五部分 存在的主要问题及改进情况\n"
    "公开的精准度有待提高。2024年，我厅将围绕群众出行需求优化公开内容。\n"
    "第六部分 其他需要报告的事项\n"
    "无。\n",
    {}, "云南省交通运输厅", "department", "云南省", None, None, 2023, K6, T6)

# --- fourth batch: headings without numbers, odd separators, years by signature only --

# 29. a city government, headings on lines of their own without numbers (bold lost in the crawl)
add("zhongshan-2020",
    "中山市人民政府2020年政府信息公开工作年度报告\n"
    "总体情况\n"
    "2020年，中山市政府坚持以公开为常态，围绕疫情防控和复工复产推进公开。\n"
    "主动公开政府信息情况\n"
    "本年新制作规范性文件12件。\n"
    "收到和处理政府信息公开申请情况\n"
    "本年新收申请402件。\n"
    "政府信息公开行政复议、行政诉讼情况\n"
    "行政复议31件，行政诉讼12件。\n"
    "存在的主要问题及改进情况\n"
    "依申请公开答复质量有待提升。2021年，市政府将加强答复规范化建设。\n"
    "其他需要报告的事项\n"
    "无。\n",
    {}, "中山市人民政府", "city", "广东省", "中山市", None, 2020, K6, T6)

# 30. a district government, headings 一 、 with a stray space and ending in a colon
add("wuhua-2023",
    "昆明市五华区人民政府2023年政府信息公开工作年度报告\n"
    "一 、总体情况：\n"
    "2023年，五华区坚持以公开促落实，推进政务公开标准化规范化。\n"
    "二 、主动公开政府信息情况：\n"
    "本年制发行政规范性文件3件。\n"
    "三 、收到和处理政府信息公开申请情况：\n"
    "本年新收申请87件。\n"
    "四 、政府信息公开行政复议、行政诉讼情况：\n"
    "行政复议5件，行政诉讼2件。\n"
    "五 、存在的主要问题及改进情况：\n"
    "基层公开能力有待提升。2024年，我区将加强对街道的培训。\n"
    "六 、其他需要报告的事项：\n"
    "无。\n",
    {}, "昆明市五华区人民政府", "district", "云南省", "昆明市", "五华区", 2023, K6, T6)

# 31. a township, no year in any title: the year is the year before the signature date, stated in the body
add("maipaoquan-2016",
    "马跑泉镇政府信息公开工作年度报告\n"
    "一、概述\n"
    "2016年，我镇认真贯彻落实《条例》，通过政务公开栏、村务公开栏公开各类信息。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开信息412条。\n"
    "三、依申请公开政府信息情况\n"
    "全年未收到政府信息公开申请。\n"
    "四、政府信息公开收费及减免情况\n"
    "无。\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "无。\n"
    "六、存在的主要问题和改进措施\n"
    "公开形式较为单一。\n"
    "天水市麦积区马跑泉镇人民政府\n"
    "二〇一七年三月二十日\n",
    {}, "天水市麦积区马跑泉镇人民政府", "township", "甘肃省", "天水市", "麦积区", 2016,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题和改进措施"], plans=False)

# 32. a street office of a provincial capital's district, preamble listing its parts, blank-line layout
add("wucheng-jd-2021",
    "太原市小店区坞城街道办事处2021年政府信息公开工作年度报告\n\n"
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
    "存在的主要问题及改进情况、其他需要报告的事项六部分组成。\n\n"
    "一、总体情况\n\n"
    "2021年，坞城街道坚持以公开为常态，围绕社区治理和民生服务推进基层政务公开。\n\n"
    + mid(4, 1, sep="\n\n") +
    "五、存在的主要问题及改进情况\n\n"
    "社区公开栏更新不及时。下一步，街道将建立公开栏定期更新制度。\n\n"
    "六、其他需要报告的事项\n\n"
    "无。\n",
    {}, "太原市小店区坞城街道办事处", "township", "山西省", "太原市", "小店区", 2021, K6, T6)

# 33. a city bureau, 市旅文局 short form in the title; the full name in the body once
add("sanya-luwen-2020",
    "市旅文局2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年，三亚市旅游和文化广电体育局围绕国际旅游消费中心建设，推进旅游市场监管信息公开。\n"
    + mid(134, 8) +
    "五、存在的主要问题及改进情况\n"
    "旅游政策解读的覆盖面不广。2021年，我局将开展多语种政策解读。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {"来源": "三亚市人民政府"},
    "三亚市旅游和文化广电体育局", "department", "海南省", "三亚市", None, 2020, K6, T6)

# 34. a district government in a prefecture-level city, 2025, flattened with spaces between parts
add("ansai-2025",
    "延安市安塞区人民政府2025年政府信息公开工作年度报告 "
    "一、总体情况 2025年，安塞区坚持以公开为常态、不公开为例外，推进政务公开提质增效。 "
    + mid(210, 15, sep=" ") +
    "五、存在的主要问题及改进情况 基层公开工作不平衡。2026年，我区将加强对乡镇（街道）的指导。 "
    "六、其他需要报告的事项 无。",
    {}, "延安市安塞区人民政府", "district", "陕西省", "延安市", "安塞区", 2025, K6, T6)

# 35. a county government, the 2019 format, its own 回应解读 part between 二 and 三
add("feixi-2019",
    "肥西县人民政府2019年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2019年，肥西县深入贯彻新修订的《条例》，推进政务公开。\n"
    "二、主动公开政府信息情况\n"
    "本年新制作规范性文件9件。\n"
    "三、政策解读和回应关切情况\n"
    "全年发布政策解读56篇，回应公众关切120余次。\n"
    "四、收到和处理政府信息公开申请情况\n"
    "本年新收申请73件。\n"
    "五、政府信息公开行政复议、行政诉讼情况\n"
    "行政复议4件。\n"
    "六、存在的主要问题及改进情况\n"
    "政策解读质量不高。2020年，我县将提升解读质量。\n"
    "七、其他需要报告的事项\n"
    "无。\n",
    {}, "肥西县人民政府", "county", "安徽省", "合肥市", "肥西县", 2019,
    ["overview", "proactive", "response", "requests", "appeals", "problems", "other"],
    ["总体情况", "主动公开政府信息情况", "政策解读和回应关切情况", "收到和处理政府信息公开申请情况",
     "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"])

# 36. a district government, one flattened line, headings run into the first sentence
add("shibei-2021",
    "青岛市市北区人民政府2021年政府信息公开工作年度报告"
    "一、总体情况2021年，市北区坚持以人民为中心的发展思想，推进政务公开标准化规范化。"
    "二、主动公开政府信息情况本年制发行政规范性文件5件。"
    "三、收到和处理政府信息公开申请情况本年新收申请156件。"
    "四、政府信息公开行政复议、行政诉讼情况行政复议12件，行政诉讼6件。"
    "五、存在的主要问题及改进情况依申请公开答复质量有待提升。2022年，我区将加强答复审核。"
    "六、其他需要报告的事项无。",
    {}, "青岛市市北区人民政府", "district", "山东省", "青岛市", "市北区", 2021, K6, T6)

# 37. a city bureau, old era, 市环保局 in the body, full name in the signature, the year only in 二〇一五年度
add("shijiazhuang-huanbao-2015",
    "二〇一五年度政府信息公开工作年度报告\n"
    "一、概述\n"
    "2015年，市环保局认真贯彻落实《条例》，全面公开大气污染防治信息。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开信息1560条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理申请48件。\n"
    "四、政府信息公开的收费及减免情况\n"
    "无。\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "行政复议3件。\n"
    "六、存在的主要问题及改进措施\n"
    "环境信息公开的及时性有待提高。2016年，我局将加大重点排污单位信息公开力度。\n"
    "\n"
    "石家庄市环境保护局\n"
    "2016年3月25日\n",
    {}, "石家庄市环境保护局", "department", "河北省", "石家庄市", None, 2015,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施"])

# 38. a district bureau whose crawler 来源 is the district government; the ambiguous district name
#     (鼓楼区) made certain by the city in the title
add("gulou-jiaoyu-2022",
    "福州市鼓楼区教育局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，区教育局围绕\"双减\"和招生入学推进政务公开，在福州市鼓楼区人民政府门户网站公开信息385条。\n"
    + mid(12, 26) +
    "五、存在的主要问题及改进情况\n"
    "招生政策解读还不够通俗。下一步，我局将制作图解。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {"来源": "福州市鼓楼区人民政府"},
    "福州市鼓楼区教育局", "department", "福建省", "福州市", "鼓楼区", 2022, K6, T6)

# 39. a prefecture city government, old era 2014, with a 政府信息公开工作机构、人员情况 part and no plans
add("changchun-2014",
    "长春市人民政府2014年政府信息公开工作年度报告\n"
    "一、概述\n"
    "2014年，市政府全面落实《条例》，推进行政权力运行信息公开。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开政府信息11230条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理申请356件。\n"
    "四、政府信息公开的收费及减免情况\n"
    "未收取费用。\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "行政复议18件，行政诉讼9件。\n"
    "六、政府信息公开工作机构、人员情况\n"
    "市政府办公厅设政务公开办公室，配备专职人员6名。\n"
    "七、存在的主要问题\n"
    "部分部门公开不及时、不全面。\n",
    {}, "长春市人民政府", "city", "吉林省", "长春市", None, 2014,
    ["overview", "proactive", "requests", "fees", "appeals", "other", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作机构、人员情况", "存在的主要问题"], plans=False)

# 40. a provincial capital's 办公厅, 2013, headings 一、 with the content of the 2008 guidance
add("nanchang-bgt-2013",
    "南昌市人民政府办公厅2013年政府信息公开工作年度报告\n"
    "一、概述\n"
    "2013年，市政府办公厅认真贯彻落实《条例》，推进政府信息公开。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开政府信息960条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理申请21件。\n"
    "四、政府信息公开的收费及减免情况\n"
    "无。\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "无。\n"
    "六、存在的主要问题及改进措施\n"
    "公开内容的深度不够。今后，我们将进一步深化重点领域信息公开。\n"
    "七、其他需要报告的事项\n"
    "无。\n",
    {}, "南昌市人民政府办公厅", "department", "江西省", "南昌市", None, 2013,
    ["overview", "proactive", "requests", "fees", "appeals", "problems", "other"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施", "其他需要报告的事项"])

# --- fifth batch: traps in the body: other bodies named first, the next year's plans --

# 41. a provincial department, no title, the first bodies named are the provincial government
#     and the State Council; the report cites 国办公开办函〔2021〕30号; the full name once mid-text
add("sc-renshe-2022",
    "根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，"
    "按照四川省人民政府办公厅的工作安排，编制本报告。本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n"
    "一、总体情况\n"
    "2022年，我厅深入贯彻落实党中央、国务院和省委、省政府关于政务公开的决策部署。\n"
    "（一）主动公开。四川省人力资源和社会保障厅全年主动公开信息2430条。\n"
    "（二）依申请公开。全年收到申请126件。\n"
    + mid(43, 126) +
    "五、存在的主要问题及改进情况\n"
    "就业创业政策解读的精准性还需提高。2023年，我厅将推出政策“一图读懂”系列。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "四川省人力资源和社会保障厅", "department", "四川省", None, None, 2022, K6, T6)

# 42. a street office of a provincial capital, the crawler's title only; 我街道 throughout;
#     the problems part named 存在的不足和下一步工作打算 in the 2021 format
add("shenyang-taiyuanjie-2023",
    "一、总体情况\n"
    "2023年，我街道坚持以公开为常态，围绕社区服务推进基层政务公开。\n"
    + mid(2, 1) +
    "五、存在的不足和下一步工作打算\n"
    "公开内容不够丰富。2024年，我街道将围绕养老服务等事项丰富公开内容。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {"标题": "沈阳市和平区太原街街道办事处2023年政府信息公开工作年度报告"},
    "沈阳市和平区太原街街道办事处", "township", "辽宁省", "沈阳市", "和平区", 2023, K6,
    ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
     "存在的不足和下一步工作打算", "其他需要报告的事项"])

# 43. a development zone committee of a prefecture city, the committee named in full in the title
add("wuhu-jingkai-2022",
    "芜湖经济技术开发区管理委员会2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，开发区管委会围绕招商引资和营商环境推进政务公开。\n"
    + mid(31, 5) +
    "五、存在的主要问题及改进情况\n"
    "政策解读的针对性不强。下一步，管委会将聚焦惠企政策加强解读。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "芜湖经济技术开发区管理委员会", "city", "安徽省", "芜湖市", None, 2022, K6, T6)

# 44. a ministry's old-era report flattened on one line, the year only in the statistics period
add("mohrss-2014",
    "本报告根据《中华人民共和国政府信息公开条例》要求，由人力资源和社会保障部办公厅编制。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。"
    "一、概述 全年，我部围绕就业、社会保障等重点工作推进信息公开。"
    "二、主动公开政府信息情况 全年主动公开信息1230条。"
    "三、依申请公开政府信息情况 全年受理申请620件。"
    "四、政府信息公开的收费及减免情况 未收取费用。"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况 行政复议45件，行政诉讼12件。"
    "六、存在的主要问题及改进措施 依申请公开答复还需规范。2015年，我部将进一步规范答复文书。",
    {}, "人力资源和社会保障部", "department", None, None, None, 2014,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施"])


# --- sixth batch: more places and bodies the division lists and name rules must know --

# 45. a town of a municipality's district, no title, 本镇 throughout, the full name once in the
#     middle and a short signature over \r\n line ends
add("chenjia-2022",
    "一、总体情况\r\n"
    "2022年，本镇坚持以公开为常态，围绕乡村振兴推进基层政务公开。\r\n"
    "（一）主动公开。上海市崇明区陈家镇人民政府通过政务公开栏和区政府网站公开信息236条。\r\n"
    + mid(3, 2, sep="\r\n") +
    "五、存在的主要问题及改进情况\r\n"
    "村级公开不够规范。下一步，本镇将指导各村规范村务公开。\r\n"
    "六、其他需要报告的事项\r\n"
    "无。\r\n"
    "陈家镇人民政府\r\n"
    "2023年1月\r\n",
    {}, "上海市崇明区陈家镇人民政府", "township", "上海市", "上海市", "崇明区", 2022, K6, T6)

# 46. a county of Guangxi whose title names the county without 人民政府
add("yangshuo-2019",
    "阳朔县2019年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2019年，县人民政府认真贯彻新修订的《条例》，围绕旅游名县建设推进公开。\n"
    + mid(156, 12) +
    "五、存在的主要问题及改进情况\n"
    "乡镇公开工作较为薄弱。2020年，我县将推进乡镇政务公开标准化。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "阳朔县人民政府", "county", "广西壮族自治区", "桂林市", "阳朔县", 2019, K6, T6)

# 47. an autonomous county (自治县)
add("sanjiang-2024",
    "三江侗族自治县人民政府2024年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2024年，三江侗族自治县坚持以公开促落实，推进政务公开。\n"
    + mid(88, 6) +
    "五、存在的主要问题及改进情况\n"
    "政策解读的覆盖面不广。2025年，我县将用侗语等群众熟悉的方式开展解读。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "三江侗族自治县人民政府", "county", "广西壮族自治区", "柳州市", "三江侗族自治县", 2024, K6, T6)

# 48. a county-level city created in 2019 out of a county (库车县 → 库车市)
add("kuche-2021",
    "库车市人民政府2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，库车市坚持以人民为中心，推进政务公开提质增效。\n"
    + mid(402, 9) +
    "五、存在的主要问题及改进情况\n"
    "公开队伍业务能力不强。2022年，我市将加强培训。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "库车市人民政府", "county", "新疆维吾尔自治区", "阿克苏地区", "库车市", 2021, K6, T6)

# 49. a district of a Tibetan prefecture-level city
add("sangzhutse-2023",
    "日喀则市桑珠孜区人民政府2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年，桑珠孜区认真贯彻落实《条例》，推进政务公开。\n"
    + mid(61, 3) +
    "五、存在的主要问题及改进情况\n"
    "乡镇公开栏更新不及时。下一步，我区将加强督查。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "日喀则市桑珠孜区人民政府", "district", "西藏自治区", "日喀则市", "桑珠孜区", 2023, K6, T6)

# 50. an autonomous region's government, no title, 自治区人民政府 in the body
add("nx-gov-2020",
    "根据《中华人民共和国政府信息公开条例》规定，现公布宁夏回族自治区人民政府2020年政府信息公开工作年度报告。\n"
    "一、总体情况\n"
    "2020年，自治区人民政府坚持以公开为常态，围绕疫情防控、复工复产和脱贫攻坚推进政务公开。\n"
    + mid(36, 210) +
    "五、存在的主要问题及改进情况\n"
    "基层政务公开标准化规范化水平不平衡。2021年，自治区人民政府将加强对市县的指导。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "宁夏回族自治区人民政府", "province", "宁夏回族自治区", None, None, 2020, K6, T6)

# 51. a State Council agency named 署 that no list of ministries holds
add("cidca-2020",
    "国家国际发展合作署2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年，国家国际发展合作署围绕对外援助工作推进政务公开。\n"
    + mid(3, 5) +
    "五、存在的主要问题及改进情况\n"
    "公开内容不够丰富。2021年，我署将加强对外援助政策解读。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "国家国际发展合作署", "department", None, None, None, 2020, K6, T6)

# 52. a State Council commission (国务院国资委), old era, 国资委 in the body
add("sasac-2018",
    "国务院国有资产监督管理委员会2018年政府信息公开工作年度报告\n"
    "一、概述\n"
    "2018年，国资委认真贯彻落实《条例》，推进国资监管信息公开。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开政府信息1860条。\n"
    "三、依申请公开政府信息情况\n"
    "全年受理申请78件。\n"
    "四、政府信息公开的收费及减免情况\n"
    "未收取费用。\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "行政复议6件。\n"
    "六、存在的主要问题及改进措施\n"
    "中央企业信息公开工作有待加强。2019年，国资委将推动中央企业规范信息公开。\n",
    {}, "国务院国有资产监督管理委员会", "department", None, None, None, 2018,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施"])

# 53. a county commission of Chongqing, 本机关 throughout; the county government named before it
add("fengdu-zhujian-2022",
    "一、总体情况\n"
    "2022年，本机关认真贯彻落实县委、县政府关于政务公开的部署。"
    "依托丰都县人民政府门户网站，重庆市丰都县住房和城乡建设委员会开设住房保障、城市更新等专栏，主动公开信息316条。\n"
    + mid(85, 4) +
    "五、存在的主要问题及改进情况\n"
    "住房保障信息公开不够及时。2023年，本机关将实行保障房分配结果实时公开。\n"
    "六、其他需要报告的事项\n"
    "本机关未收取信息处理费。\n",
    {}, "重庆市丰都县住房和城乡建设委员会", "department", "重庆市", "重庆市", "丰都县", 2022, K6, T6)


# --- seventh batch: signatures without a day or followed by a footer, abbreviations in bodies --

# 54. a street office, 本街道 throughout, the name only in a signature dated without a day (2023年1月)
add("xinjiekou-jd-2022",
    "一、总体情况\n"
    "2022年，本街道坚持以公开为常态，围绕老旧小区改造、社区养老等事项推进基层政务公开。\n"
    + mid(1, 3) +
    "五、存在的主要问题及改进情况\n"
    "公开内容不够丰富。下一步，本街道将拓展公开渠道。\n"
    "六、其他需要报告的事项\n"
    "无。\n"
    "\n"
    "南京市秦淮区夫子庙街道办事处\n"
    "2023年1月\n",
    {}, "南京市秦淮区夫子庙街道办事处", "township", "江苏省", "南京市", "秦淮区", 2022, K6, T6)

# 55. a provincial department whose signature, indented with full-width spaces and dated
#     二〇二三年一月, is followed by the portal's footer
add("hub-minzheng-2022-page",
    "一、总体情况\n"
    "2022年，我厅深入贯彻《条例》，围绕民生兜底保障推进民政政务公开。\n"
    + mid(37, 18) +
    "五、存在的主要问题及改进情况\n"
    "基层民政部门公开水平不一。2023年，我厅将加强对市县民政部门的业务指导。\n"
    "六、其他需要报告的事项\n"
    "本年度未收取信息处理费。\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000湖北省民政厅\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000\u3000二〇二三年一月\n"
    "【打印本页】【关闭窗口】\n"
    "扫一扫在手机打开当前页\n",
    {}, "湖北省民政厅", "department", "湖北省", None, None, 2022, K6, T6)

# 56. a city bureau named by its abbreviation in the body (市城管执法局), its full name in the signature
add("gz-chengguan-2021",
    "一、总体情况\n"
    "2021年，市城管执法局坚持以公开为常态，围绕垃圾分类、违法建设治理等群众关切推进公开。\n"
    + mid(5230, 64) +
    "五、存在的主要问题及改进情况\n"
    "执法信息公开的及时性有待提高。2022年，我局将推行执法结果实时公开。\n"
    "六、其他需要报告的事项\n"
    "无。\n"
    "广州市城市管理和综合执法局\n"
    "2022年1月25日\n",
    {}, "广州市城市管理和综合执法局", "department", "广东省", "广州市", None, 2021, K6, T6)

# 57. a district commission of Chongqing, 区卫生健康委 in the body, the full name in a 来源 line
add("jiangbei-weijian-2023-page",
    "当前位置：首页 > 政务公开 > 政府信息公开年报\n"
    "来源：重庆市江北区卫生健康委员会 发布日期：2024-01-19\n"
    "一、总体情况\n"
    "2023年，区卫生健康委围绕健康江北建设，推进卫生健康政务公开。\n"
    + mid(412, 21) +
    "五、存在的主要问题及改进情况\n"
    "政策解读的形式较为单一。2024年，我委将增加视频解读。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "重庆市江北区卫生健康委员会", "department", "重庆市", "重庆市", "江北区", 2023, K6, T6)

# 58. a county government, flattened; sub-heads run in on the same line as their parts;
#     其他需要报告的事项 followed by （一）收费情况
add("lingqiu-2022",
    "灵丘县人民政府2022年政府信息公开工作年度报告 "
    "一、总体情况（一）主动公开。2022年，灵丘县主动公开政府信息3120条。（二）依申请公开。全年收到申请16件。 "
    "二、主动公开政府信息情况 本年制发行政规范性文件4件。 "
    "三、收到和处理政府信息公开申请情况 本年新收申请16件。 "
    "四、政府信息公开行政复议、行政诉讼情况 无。 "
    "五、存在的主要问题及改进情况（一）存在的主要问题。乡镇公开不够规范。（二）改进情况。2023年，我县将推进乡镇标准目录应用。 "
    "六、其他需要报告的事项（一）收费情况。本机关未收取信息处理费。（二）人大代表建议和政协提案办理结果公开情况。全年办理建议提案52件。",
    {}, "灵丘县人民政府", "county", "山西省", "大同市", "灵丘县", 2022, K6, T6)

# 59. a county bureau, old era, 咨询和投诉情况 and 今后工作打算 parts, the year only in 二〇一四年度
add("yongding-jiaoyu-2014",
    "永定区教育局二〇一四年度政府信息公开工作报告\n"
    "一、政府信息公开工作概述\n"
    "全年，我局围绕教育改革发展推进政府信息公开。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开信息215条。\n"
    "三、依申请公开政府信息情况\n"
    "全年未收到申请。\n"
    "四、政府信息公开咨询和投诉情况\n"
    "全年接受咨询86人次，无投诉。\n"
    "五、政府信息公开收费及减免情况\n"
    "无。\n"
    "六、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "无。\n"
    "七、存在的主要问题\n"
    "公开内容不够全面。\n"
    "八、今后工作打算\n"
    "进一步规范公开流程，加强队伍建设。\n",
    {"来源": "张家界市永定区人民政府"},
    "永定区教育局", "department", "湖南省", "张家界市", "永定区", 2014,
    ["overview", "proactive", "requests", "consultation", "fees", "appeals", "problems", "plans"],
    ["政府信息公开工作概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开咨询和投诉情况",
     "政府信息公开收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题", "今后工作打算"])

# 60. a town, 我镇 throughout, its county's portal named before the town's full name
add("chenggu-shangyuanguan-2023",
    "一、总体情况\n"
    "2023年，我镇坚持以公开为常态。依托城固县人民政府门户网站，城固县上元观镇人民政府公开各类信息168条。\n"
    + mid(2, 0) +
    "五、存在的主要问题及改进情况\n"
    "村级公开不够规范。2024年，我镇将加强对村务公开的指导。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "城固县上元观镇人民政府", "township", "陕西省", "汉中市", "城固县", 2023, K6, T6)

# 61. a provincial bureau, no title; the body opens with the higher body's name (省人民政府) and
#     names itself 省统计局; the full name only in the 本报告由…编制 line at the end
add("fj-tongji-2024",
    "根据《中华人民共和国政府信息公开条例》和福建省人民政府办公厅的要求，现公布2024年度政府信息公开工作年度报告。\n"
    "一、总体情况\n"
    "2024年，省统计局认真贯彻落实省委、省政府关于政务公开的部署，推进统计数据公开。\n"
    + mid(6, 15) +
    "五、存在的主要问题及改进情况\n"
    "统计数据解读的深度不够。2025年，我局将加强数据解读。\n"
    "六、其他需要报告的事项\n"
    "无。本报告由福建省统计局办公室编制。\n",
    {}, "福建省统计局", "department", "福建省", None, None, 2024, K6, T6)


# --- eighth batch: heading numbers and wordings outside the usual mould --

# 62. a township whose top-level parts are numbered 1、…6、 (Arabic numerals at the top)
add("dazhuang-2021",
    "柘城县大仵乡人民政府2021年政府信息公开工作年度报告\n"
    "1、总体情况\n"
    "2021年，我乡坚持以公开为常态，通过乡政务公开栏公开各类信息。\n"
    "2、主动公开政府信息情况\n"
    "本年制发规范性文件0件。\n"
    "3、收到和处理政府信息公开申请情况\n"
    "本年未收到政府信息公开申请。\n"
    "4、政府信息公开行政复议、行政诉讼情况\n"
    "无。\n"
    "5、存在的主要问题及改进情况\n"
    "公开栏更新不及时。2022年，我乡将落实专人负责。\n"
    "6、其他需要报告的事项\n"
    "无。\n",
    {}, "柘城县大仵乡人民政府", "township", "河南省", "商丘市", "柘城县", 2021, K6, T6)

# 63. a city bureau, the year before the name in the title, reworded headings (政府信息主动公开情况…)
add("liuzhou-jiaoyu-2017",
    "2017年柳州市教育局政府信息公开工作年度报告\n"
    "一、基本情况\n"
    "2017年，市教育局围绕教育改革推进信息公开。\n"
    "二、政府信息主动公开情况\n"
    "全年主动公开信息612条。\n"
    "三、政府信息依申请公开办理情况\n"
    "全年受理申请11件。\n"
    "四、政府信息公开支出和收费情况\n"
    "无。\n"
    "五、复议、诉讼情况\n"
    "无。\n"
    "六、存在问题及工作打算\n"
    "公开的及时性不够。2018年，我局将加强公开时效管理。\n"
    "七、其他事项\n"
    "无。\n",
    {}, "柳州市教育局", "department", "广西壮族自治区", "柳州市", None, 2017,
    ["overview", "proactive", "requests", "fees", "appeals", "problems", "other"],
    ["基本情况", "政府信息主动公开情况", "政府信息依申请公开办理情况", "政府信息公开支出和收费情况", "复议、诉讼情况",
     "存在问题及工作打算", "其他事项"])

# 64. a county government, each number on a line of its own and its title on the next line
add("jingdezhen-fuliang-2020",
    "浮梁县人民政府2020年政府信息公开工作年度报告\n"
    "一、\n总体情况\n"
    "2020年，浮梁县坚持以公开为常态，推进政务公开。\n"
    "二、\n主动公开政府信息情况\n"
    "本年新制作规范性文件6件。\n"
    "三、\n收到和处理政府信息公开申请情况\n"
    "本年新收申请21件。\n"
    "四、\n政府信息公开行政复议、行政诉讼情况\n"
    "无。\n"
    "五、\n存在的主要问题及改进情况\n"
    "基层公开不够规范。2021年，我县将推进基层标准化。\n"
    "六、\n其他需要报告的事项\n"
    "无。\n",
    {}, "浮梁县人民政府", "county", "江西省", "景德镇市", "浮梁县", 2020, K6, T6)

# 65. a provincial department, 2022, the problems part split into 存在问题 / 改进措施 as parts of their own
add("sn-nongye-2022",
    "陕西省农业农村厅2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，省农业农村厅围绕乡村振兴推进政务公开。\n"
    + mid(19, 27) +
    "五、存在的主要问题\n"
    "政策解读的通俗性不够。\n"
    "六、改进措施\n"
    "一是丰富解读形式；二是加强基层指导。\n"
    "七、其他需要报告的事项\n"
    "无。\n",
    {}, "陕西省农业农村厅", "department", "陕西省", None, None, 2022,
    ["overview", "proactive", "requests", "appeals", "problems", "plans", "other"],
    ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
     "存在的主要问题", "改进措施", "其他需要报告的事项"])

# 66. a prefecture city's government, the title in the crawl header naming the portal before the report
add("qingyang-2019",
    "一、总体情况\n"
    "2019年，庆阳市政府认真贯彻新修订的《条例》，推进政务公开。\n"
    + mid(74, 35) +
    "五、存在的主要问题及改进情况\n"
    "政务公开队伍专业化程度不高。2020年，市政府将加强培训。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {"标题": "庆阳市人民政府门户网站-庆阳市人民政府2019年政府信息公开工作年度报告"},
    "庆阳市人民政府", "city", "甘肃省", "庆阳市", None, 2019, K6, T6)

# 67. a county body whose report title is written 关于…的报告 with the year in the middle
add("zhijiang-shuili-2016",
    "芷江侗族自治县水利局关于2016年度政府信息公开工作的报告\n"
    "一、概述\n"
    "2016年，县水利局围绕水利建设推进信息公开。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开信息132条。\n"
    "三、依申请公开政府信息情况\n"
    "未收到申请。\n"
    "四、政府信息公开的收费及减免情况\n"
    "无。\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
    "无。\n"
    "六、存在的主要问题及改进措施\n"
    "公开内容不够全面。2017年，我局将扩大公开范围。\n",
    {}, "芷江侗族自治县水利局", "department", "湖南省", "怀化市", "芷江侗族自治县", 2016,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施"])

# 68. a district of a municipality, headings 一 总体情况 (a space instead of 、) on lines
add("hedong-2023",
    "天津市河东区人民政府2023年政府信息公开工作年度报告\n"
    "一 总体情况\n"
    "2023年，河东区坚持以人民为中心，推进政务公开。\n"
    "二 主动公开政府信息情况\n"
    "本年制发行政规范性文件3件。\n"
    "三 收到和处理政府信息公开申请情况\n"
    "本年新收申请96件。\n"
    "四 政府信息公开行政复议、行政诉讼情况\n"
    "行政复议4件。\n"
    "五 存在的主要问题及改进情况\n"
    "答复质量有待提升。2024年，我区将加强答复审核。\n"
    "六 其他需要报告的事项\n"
    "无。\n",
    {}, "天津市河东区人民政府", "district", "天津市", "天津市", "河东区", 2023, K6, T6)

# 69. a provincial bureau, the 2021 format with a seventh part for its tables' notes
add("hn-linye-2021",
    "湖南省林业局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，省林业局围绕林长制推进政务公开。\n"
    + mid(23, 9) +
    "五、存在的主要问题及改进情况\n"
    "林业政策解读不够通俗。2022年，我局将推出图解。\n"
    "六、其他需要报告的事项\n"
    "本年度未收取信息处理费。\n"
    "七、政府信息公开情况统计表\n"
    "（见附件）\n",
    {}, "湖南省林业局", "department", "湖南省", None, None, 2021,
    ["overview", "proactive", "requests", "appeals", "problems", "other", "statistics"],
    [*T6, "政府信息公开情况统计表"])


# --- ninth batch: problems and plans parts in the shapes of the country --

# 70. old era flattened; a combined heading with 和…及 that must not be cut at 和
add("linzhou-2016",
    "林州市人民政府2016年政府信息公开工作年度报告"
    "一、概述 2016年，林州市认真贯彻《条例》，推进政府信息公开。"
    "二、主动公开政府信息情况 全年主动公开政府信息2860条。"
    "三、依申请公开政府信息情况 全年受理申请19件。"
    "四、政府信息公开的收费及减免情况 未收取费用。"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况 无。"
    "六、存在的问题和不足及下一步工作打算 2017年，我市将进一步加强政策解读。",
    {}, "林州市人民政府", "county", "河南省", "安阳市", "林州市", 2016,
    ["overview", "proactive", "requests", "fees", "appeals", "problems"],
    ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
     "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的问题和不足及下一步工作打算"])

# 71. a city bureau; the problems part turns to plans at 改进措施： inside one paragraph
add("baoding-shuili-2022",
    "保定市水利局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，市水利局围绕防汛抗旱推进政务公开。\n"
    + mid(8, 3) +
    "五、存在的主要问题及改进情况\n"
    "存在问题：水利工程建设信息公开不够及时。改进措施：建立工程建设信息定期发布机制，每季度公开一次项目进展。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "保定市水利局", "department", "河北省", "保定市", None, 2022, K6, T6)

# 72. a county government; sub-heads （一）存在的不足 / （二）下一步工作打算 under the problems part
add("yongshun-2023",
    "永顺县人民政府2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年，永顺县坚持以公开为常态，推进政务公开。\n"
    + mid(132, 8) +
    "五、存在的主要问题及改进情况\n"
    "（一）存在的不足\n"
    "乡镇公开栏更新不及时。\n"
    "（二）下一步工作打算\n"
    "加强乡镇政务公开专区建设。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "永顺县人民政府", "county", "湖南省", "湘西土家族苗族自治州", "永顺县", 2023, K6, T6)

# 73. a provincial office; the problems part ends with 今后，我们将… (plans without 下一步)
add("jl-zwfw-2020",
    "吉林省政务服务和数字化建设管理局2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年，省政数局围绕“只跑一次”改革推进政务公开。\n"
    + mid(4, 6) +
    "五、存在的主要问题及改进情况\n"
    "政务服务事项公开的标准化程度不高。今后，我们将推进政务服务事项要素标准化公开。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "吉林省政务服务和数字化建设管理局", "department", "吉林省", None, None, 2020, K6, T6)

# 74. a township; problems only, no plan anywhere (plans must not be invented)
add("liushahe-2024",
    "宁乡市流沙河镇人民政府2024年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2024年，我镇通过政务公开栏公开惠民资金发放等信息。\n"
    + mid(1, 0) +
    "五、存在的主要问题及改进情况\n"
    "公开内容不够全面，公开形式较为单一。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "宁乡市流沙河镇人民政府", "township", "湖南省", "长沙市", "宁乡市", 2024, K6, T6, plans=False)

# 75. a district bureau; 2025年，将… without a subject closes the problems part
add("luohu-zhujian-2024",
    "深圳市罗湖区住房和建设局2024年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2024年，区住房建设局围绕城市更新推进政务公开。\n"
    + mid(64, 17) +
    "五、存在的主要问题及改进情况\n"
    "城市更新项目信息公开不够全面。2025年，将完善城市更新项目全流程公开。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "深圳市罗湖区住房和建设局", "department", "广东省", "深圳市", "罗湖区", 2024, K6, T6)


# --- tenth batch: titles as portals publish them --

# 76. the report published inside a notice of the government's office (关于印发…的通知)
add("wuyi-2022-notice",
    "武义县人民政府办公室关于印发武义县2022年政府信息公开工作年度报告的通知\n"
    "各乡镇人民政府、街道办事处，县政府各部门：\n"
    "现将《武义县2022年政府信息公开工作年度报告》印发给你们，请认真贯彻落实。\n"
    "一、总体情况\n"
    "2022年，县政府坚持以公开为常态，推进政务公开提质增效。\n"
    + mid(240, 31) +
    "五、存在的主要问题及改进情况\n"
    "基层公开水平不平衡。2023年，我县将推进基层标准目录应用。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "武义县人民政府", "county", "浙江省", "金华市", "武义县", 2022, K6, T6)

# 77. the year in brackets after the title (（2020年度）)
add("jingning-2020",
    "景宁畲族自治县人民政府政府信息公开工作年度报告（2020年度）\n"
    "一、总体情况\n"
    "2020年，景宁县坚持以公开为常态，推进政务公开。\n"
    + mid(51, 7) +
    "五、存在的主要问题及改进情况\n"
    "解读形式单一。2021年，我县将丰富解读形式。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "景宁畲族自治县人民政府", "county", "浙江省", "丽水市", "景宁畲族自治县", 2020, K6, T6)

# 78. a town of a county-level city in an autonomous prefecture
add("longfeng-2022",
    "恩施市龙凤镇人民政府2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，龙凤镇坚持以公开为常态，推进基层政务公开。\n"
    + mid(2, 1) +
    "五、存在的主要问题及改进情况\n"
    "公开栏更新不及时。下一步，我镇将建立定期更新制度。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "恩施市龙凤镇人民政府", "township", "湖北省", "恩施土家族苗族自治州", "恩施市", 2022, K6, T6)

# 79. a street office named formally under its district's government
add("nanjingdonglu-2023",
    "上海市黄浦区人民政府南京东路街道办事处2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年，南京东路街道坚持以公开为常态，推进基层政务公开。\n"
    + mid(3, 4) +
    "五、存在的主要问题及改进情况\n"
    "公开内容与居民需求契合度不高。2024年，街道将开展公开需求调查。\n"
    "六、其他需要报告的事项\n"
    "无。\n",
    {}, "上海市黄浦区人民政府南京东路街道办事处", "township", "上海市", "上海市", "黄浦区", 2023, K6, T6)


def write(out: Path = OUT) -> None:
    """Write every probe's text and the expectations to ``out``."""
    write_probes(PROBES3, out)


if __name__ == "__main__":
    write()
