"""Test utility: probe reports written out by hand (not from the templates of probe_writer).

Each entry is ``pid -> (text, header, expected)``; ``expected`` has the keys of
:func:`tests.probe_writer.expected`. The wording, order and layout of each text are its own
(old-era custom headings, a hosting portal's header, a ministry's bureau, a township), so the
probe corpus does not only test one template. ``python tests/probe_writer.py`` writes them
with the others.
"""

from __future__ import annotations

from typing import Any

HAND: dict[str, tuple[str, dict[str, str], dict[str, Any]]] = {
    "gd-zhujian-2014-hand": (
        "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布2014年度本厅政府信息公开工作年度报告。"
        "本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼情况、"
        "存在的主要问题及改进措施等部分组成。"
        "一、概述2014年，在省委、省政府的正确领导下，省住房城乡建设厅认真贯彻落实《条例》，调整了厅政务公开领导小组，"
        "印发《广东省住房和城乡建设厅政府信息公开工作规程》。"
        "二、主动公开政府信息情况全年通过厅门户网站主动公开政府信息1862条，其中保障性安居工程信息214条。"
        "三、依申请公开政府信息情况全年共受理政府信息公开申请37件，均按时答复。"
        "四、政府信息公开的收费及减免情况本年度未收取任何费用。"
        "五、因政府信息公开申请行政复议和提起行政诉讼情况本年度发生行政复议1件，维持原答复。"
        "六、存在的主要问题及改进措施主要是信息更新不够及时。2015年，我厅将加强网站栏目管理，提高公开时效。",
        {"标题": "省住房城乡建设厅2014年政府信息公开工作年度报告", "来源": "广东省人民政府门户网站"},
        {"issuer": "广东省住房和城乡建设厅", "admin_level": "department", "province": "广东省", "city": None,
         "county": None, "year": 2014,
         "kinds": ["overview", "proactive", "requests", "fees", "appeals", "problems"], "plans": True},
    ),
    "hen-xinxian-scjg-2019-hand": (
        "本年度报告根据《中华人民共和国政府信息公开条例》要求编制。\n"
        "一、总体情况\n"
        "2019年，我局在县委、县政府的正确领导下，紧紧围绕市场监管中心工作，全面推进政务公开。\n"
        "二、主动公开政府信息情况\n"
        "全年通过县政府门户网站公开行政处罚信息56条、抽检信息32条。\n"
        "三、收到和处理政府信息公开申请情况\n"
        "本年度未收到政府信息公开申请。\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "本年度无。\n"
        "五、存在的主要问题及改进情况\n"
        "一是公开内容不够全面；二是工作人员业务水平有待提高。今后，我局将加强业务学习。\n"
        "六、其他需要报告的事项\n"
        "无。\n"
        "信阳市新县市场监督管理局\n"
        "2020年1月15日\n",
        {"标题": "2019年政府信息公开工作年度报告", "来源": "新县人民政府"},
        {"issuer": "信阳市新县市场监督管理局", "admin_level": "department", "province": "河南省", "city": "信阳市",
         "county": "新县", "year": 2019,
         "kinds": ["overview", "proactive", "requests", "appeals", "problems", "other"], "plans": True},
    ),
    "forestry-2022-hand": (
        "一、总体情况 2022年，国家林业和草原局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》，"
        "全面推进政务公开工作。 二、主动公开政府信息情况 本局制发规章2件、行政规范性文件6件。 "
        "三、收到和处理政府信息公开申请情况 全年新收申请112件。 四、政府信息公开行政复议、行政诉讼情况 被申请行政复议3件。 "
        "五、存在的主要问题及改进情况 政策解读的针对性有待加强。下一步，本局将丰富解读形式。 六、其他需要报告的事项 无。",
        {},
        {"issuer": "国家林业和草原局", "admin_level": "department", "province": None, "city": None, "county": None,
         "year": 2022, "kinds": ["overview", "proactive", "requests", "appeals", "problems", "other"], "plans": True},
    ),
    "ganzhou-xinfeng-2016-hand": (
        "信丰县2016年政府信息公开工作年度报告\n"
        "根据《条例》和《赣州市2016年政务公开工作要点》要求，现将信丰县2016年政府信息公开工作情况报告如下：\n"
        "一、概述\n"
        "2016年，我县按照赣州市政府的统一部署，进一步加强组织领导，健全工作机制。\n"
        "二、主动公开政府信息情况\n"
        "全年主动公开政府信息2310条。\n"
        "三、依申请公开政府信息情况\n"
        "全年受理申请12件。\n"
        "四、政府信息公开的收费及减免情况\n"
        "未收取费用。\n"
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
        "无。\n"
        "六、存在的主要问题和改进措施\n"
        "（一）存在的问题\n"
        "部分单位信息更新不及时。\n"
        "（二）改进措施\n"
        "加强督查考核，定期通报。\n",
        {},
        {"issuer": "信丰县人民政府", "admin_level": "county", "province": "江西省", "city": "赣州市", "county": "信丰县",
         "year": 2016, "kinds": ["overview", "proactive", "requests", "fees", "appeals", "problems"], "plans": True},
    ),
    "jiangshan-town-2025-hand": (
        "一、总体情况\n"
        "2025年，我镇认真贯彻落实上级关于政务公开工作的部署要求，依托镇便民服务中心和村务公开栏推进基层政务公开。\n"
        "二、主动公开政府信息情况\n"
        "全年在县政府门户网站乡镇栏目发布信息86条。\n"
        "三、收到和处理政府信息公开申请情况\n"
        "全年未收到申请。\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "无。\n"
        "五、存在的主要问题及改进情况\n"
        "村务公开栏更新不够及时。2026年，我镇将建立村务公开栏定期更新制度。\n"
        "六、其他需要报告的事项\n"
        "无。\n",
        {"标题": "峡口镇2025年政府信息公开工作年度报告", "来源": "江山市人民政府"},
        {"issuer": "峡口镇人民政府", "admin_level": "township", "province": None, "city": None, "county": None,
         "year": 2025, "kinds": ["overview", "proactive", "requests", "appeals", "problems", "other"], "plans": True},
    ),
    "wuhan-yibao-2021-hand": (
        "根据《中华人民共和国政府信息公开条例》规定，现公布本年度报告。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"
        "一、总体情况\n"
        "市医保局坚持以人民为中心，全面推进医疗保障领域政务公开。\n"
        "二、主动公开政府信息情况\n"
        "全年主动公开信息625条。\n"
        "三、收到和处理政府信息公开申请情况\n"
        "全年收到申请9件，均已办结。\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "无。\n"
        "五、存在的主要问题及改进情况\n"
        "解读形式较为单一。下步工作中，我局将加大图解、视频解读力度。\n"
        "六、其他需要报告的事项\n"
        "无。\n"
        "武汉市医疗保障局\n"
        "2022年1月20日\n",
        {"标题": "市医保局2021年政府信息公开工作年度报告"},
        {"issuer": "武汉市医疗保障局", "admin_level": "department", "province": "湖北省", "city": "武汉市", "county": None,
         "year": 2021, "kinds": ["overview", "proactive", "requests", "appeals", "problems", "other"], "plans": True},
    ),
}
