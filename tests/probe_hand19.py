"""Test utility: the nineteenth held-out probe set ``tests/cases/probes19`` (issue 10 item 1, issuer,
level and places on unseen reports), written and labelled by hand before its writer read textmine's
metadata code or ran textmine on it, for bodies of 河北, 河南, 山东, 江苏, 浙江, 广东, 四川, 陕西, 湖北, 北京 and 上海
in the shapes real crawls take:

- texts with no title whose first line is the preamble naming the body (or only its place) in a long
  ``根据…要求，现将XX县2023年…报告如下`` sentence;
- bodies named only in the closing 联系方式/地址/电话 line (``…县自然资源和规划局办公室，地址：…``);
- 2019 reports titled with both years (``2019年度…（2020年1月）``);
- bodies of the districts of 副省级 cities (济南, 成都, 武汉, 西安, 杭州, 青岛, 深圳, 宁波, 南京);
- bureaus of 县级市 whose names start with the city (昆山市, 义乌市, 都江堰市, 迁安市, 韩城市, 英德市);
- 开发区/高新区/工业园区 committees and a zone's bureau;
- bureaus merged and renamed (卫生和计划生育委员会 → 卫生健康委员会, 环境保护局 → 生态环境局, 国土资源局 →
  自然资源和规划局) named by their names of the report's year;
- towns titled by village affairs (政务公开暨村务公开), their villages named in the text.

Conventions are those of the earlier sets (``tests/probe_hand15.py``, ``tests/probe_hand18.py``): the issuer
is the fullest name the report or its container gives; a government's report signed by its office is the
government's; a body named only in its office's contact line is the body; a district or county body takes
its district or county; a town or street is ``township`` with its county or district; a development zone's
committee is ``city`` with its city; a zone's bureau is ``department`` with the zone's city. ``published``
is the crawl's date, else the date under the signature, else ``None``; ``template`` is ``None``.

Batch A (section A) was written and labelled on main's code at e04a3e7 and scored before any fix; batch B
(section B) was written after batch A's fixes (its writer had then read the metadata code) and scored before
any further fix, to see whether they generalise (figures in bench/README.md).

``python -m tests.probe_hand19`` rewrites ``tests/cases/probes19/``.

Example:
    >>> text, header, want = PROBES19["a-sd-juxian-zrzy-2022-contact"]
    >>> want["issuer"], want["county"]
    ('莒县自然资源和规划局', '莒县')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import Part, text
from tests.probe_hand11 import six
from tests.probe_hand18 import body, old7, row
from tests.probe_sets import LAW, Probe, register, write_container_probes

OUT = Path(__file__).resolve().parent / "cases" / "probes19"

PROBES19: dict[str, Probe] = {}

#: The long citation of a preamble: the regulations, the format notice and the province's and city's requirements.
CITE = ("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发"
        "〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）以及省、市政务公开工作要求，")
#: The 2019 format notice's citation.
CITE19 = "根据新修订的《中华人民共和国政府信息公开条例》（以下简称《条例》）和省、市关于做好政府信息公开工作年度报告的要求，"


def add(pid: str, content: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True, published: str | None = None) -> None:
    """Register a probe; expected kinds and titles are the parts'."""
    issuer, level, province, city, county, year = meta
    register(PROBES19, pid, content, header, issuer, level, province, city, county, year,
             [k for _, k, _, _ in ps], [t for _, _, _, t in ps], plans=plans)
    PROBES19[pid][2]["published"] = published
    PROBES19[pid][2]["template"] = None


# ============================ A. batch A ============================

# 1. Hebei, a county 2023: no title; the first line is the preamble naming only the county; 县政府
P = six("2023年，县政府坚持以习近平新时代中国特色社会主义思想为指导，围绕优化营商环境推进政务公开。", 2023, "县政府", (1426, 8),
        "存在的主要问题是部分乡镇公开内容更新不及时。2024年，县政府将加强对乡镇的业务指导。")
add("a-he-quyang-2023-preamble", row("crawl-a.csv", "政府信息公开工作年度报告",
                                      body([CITE + "现将曲阳县2023年政府信息公开工作年度报告如下。"], P), date="2024-01-19"), {},
    ("曲阳县人民政府", "county", "河北省", "保定市", "曲阳县", 2023), P, published="2024-01-19")

# 2. Henan, a county bureau 2022: no title; the preamble names the bureau; 我局
P = six("2022年，我局围绕耕地保护和不动产登记推进政务公开。", 2022, "我局", (318, 12),
        "存在的主要问题是政策解读形式单一。2023年，我局将增加图解和视频解读。")
add("a-ha-huaxian-zrzy-2022-preamble", text([CITE + "现将滑县自然资源局2022年度政府信息公开工作情况报告如下。"], P), {},
    ("滑县自然资源局", "department", "河南省", "安阳市", "滑县", 2022), P)

# 3. Shandong, a county bureau 2022 named only in its office's contact line (its street 城阳街道 is also a Qingdao district's name)
P = six("2022年，我局坚持依法行政，围绕国土空间规划和自然资源管理推进政务公开。", 2022, "我局", (264, 9),
        "存在的主要问题是规划信息公开的及时性不够。2023年，我局将缩短规划批前公示时限。")
add("a-sd-juxian-zrzy-2022-contact", row("crawl-a.csv", "2022年政府信息公开工作年度报告",
                                          body([], P, ["联系方式：莒县自然资源和规划局办公室，地址：莒县城阳街道青岛路18号，电话：0633-6821234。"]),
                                          date="2023-01-16"), {},
    ("莒县自然资源和规划局", "department", "山东省", "日照市", "莒县", 2022), P, published="2023-01-16")

# 4. Jiangsu, a county commission 2021 named only in 如对本报告有疑问，请与…联系
P = six("2021年，我委围绕疫情防控和医疗服务推进卫生健康政务公开。", 2021, "我委", (486, 7),
        "存在的主要问题是医疗机构信息公开不够规范。2022年，我委将督促医疗机构规范公开。")
add("a-js-shuyang-wjw-2021-contact", row("crawl-b.jsonl", "政府信息公开工作年度报告",
                                          body([], P, ["如对本报告有任何疑问，请与沭阳县卫生健康委员会办公室联系（地址：沭阳县人民中路66号，电话：0527-83521234）。"]),
                                          date="2022-01-25"), {},
    ("沭阳县卫生健康委员会", "department", "江苏省", "宿迁市", "沭阳县", 2021), P, published="2022-01-25")

# 5. Zhejiang, a district 2019 titled with both years (2019年度…（2020年1月）); signed by its office
P = six("2019年，区政府认真贯彻新修订的《条例》，围绕“最多跑一次”改革推进政务公开。", 2019, "区政府", (2168, 21),
        "存在的主要问题是基层政务公开标准化有待深化。2020年，区政府将推进基层公开标准目录全覆盖。")
add("a-zj-keqiao-2019-bothyears", text(["绍兴市柯桥区2019年度政府信息公开工作年度报告（2020年1月）"], P,
                                       ["绍兴市柯桥区人民政府办公室", "2020年1月20日"]), {},
    ("绍兴市柯桥区人民政府", "district", "浙江省", "绍兴市", "柯桥区", 2019), P, published="2020-01-20")

# 6. Guangdong, a district bureau 2019 titled 2019年度…（2020年1月）in a crawl row
P = six("2019年，我局认真贯彻新修订的《条例》，围绕城市更新推进住房和城乡建设领域政务公开。", 2019, "我局", (392, 5),
        "存在的主要问题是工程建设项目信息公开不够全面。2020年，我局将完善项目信息公开。")
add("a-gd-nanhai-zjj-2019-bothyears", row("crawl-b.jsonl", "佛山市南海区住房城乡建设和水利局2019年度政府信息公开工作年度报告（2020年1月）",
                                           body([], P), date="2020-01-31"), {},
    ("佛山市南海区住房城乡建设和水利局", "department", "广东省", "佛山市", "南海区", 2019), P, published="2020-01-31")

# 7. Shandong, a bureau of a 副省级 city's district 2022 titled without the city; 我局
P = six("2022年，我局围绕“双减”和学校体育推进教育政务公开。", 2022, "我局", (256, 14),
        "存在的主要问题是招生入学信息公开的集中度不够。2023年，我局将建设招生信息专栏。")
add("a-sd-lixia-jiaoti-2022-district", text(["历下区教育和体育局2022年政府信息公开工作年度报告"], P), {},
    ("历下区教育和体育局", "department", "山东省", "济南市", "历下区", 2022), P)

# 8. Sichuan, a 副省级 city's district 2021: title the district alone; signed by the government in full
P = six("2021年，区政府坚持以人民为中心，围绕社区发展治理推进政务公开。", 2021, "区政府", (1874, 32),
        "存在的主要问题是社区公开内容不够贴近群众需求。2022年，区政府将开展社区公开需求调查。")
add("a-sc-wuhou-2021-district", text(["武侯区2021年政府信息公开工作年度报告"], P, ["成都市武侯区人民政府", "2022年1月28日"]), {},
    ("成都市武侯区人民政府", "district", "四川省", "成都市", "武侯区", 2021), P, published="2022-01-28")

# 9. Hubei, a 副省级 city's district 2020: crawl row with the district's government in the title, no city
P = six("2020年，区政府统筹疫情防控和经济社会发展，及时公开疫情防控信息。", 2020, "区政府", (2430, 26),
        "存在的主要问题是部分街道公开不够及时。2021年，区政府将加强对街道的督导。")
add("a-hb-jianghan-2020-district", row("crawl-a.csv", "江汉区人民政府2020年政府信息公开工作年度报告", body([], P),
                                        date="2021-01-29"), {},
    ("江汉区人民政府", "district", "湖北省", "武汉市", "江汉区", 2020), P, published="2021-01-29")

# 10. Shaanxi, a street of a 副省级 city's district 2023: 我街道; signature the district and street
P = six("2023年，我街道在区委、区政府的领导下，围绕老旧小区改造推进基层政务公开。", 2023, "我街道", (126, 2),
        "存在的主要问题是社区公开栏更新不及时。2024年，我街道将建立社区公开台账。")
add("a-sn-xiaozhailu-2023-street", text(["小寨路街道2023年政府信息公开工作年度报告"], P, ["雁塔区小寨路街道办事处", "2024年1月12日"]), {},
    ("雁塔区小寨路街道办事处", "township", "陕西省", "西安市", "雁塔区", 2023), P, published="2024-01-12")

# 11. Zhejiang, a bureau of Hangzhou's 西湖区 2022 in full in the title
P = six("2022年，我局围绕食品安全和知识产权保护推进市场监管政务公开。", 2022, "我局", (734, 6),
        "存在的主要问题是行政处罚信息公开的及时性不够。2023年，我局将在七个工作日内公开处罚决定。")
add("a-zj-xihu-scjg-2022-district", text(["杭州市西湖区市场监督管理局2022年政府信息公开工作年度报告"], P), {},
    ("杭州市西湖区市场监督管理局", "department", "浙江省", "杭州市", "西湖区", 2022), P)

# 12. Jiangsu, a county-level city's bureau 2023 (昆山市, of 苏州市): 我局
P = six("2023年，我局围绕保障性住房和物业管理推进住房城乡建设领域政务公开。", 2023, "我局", (412, 18),
        "存在的主要问题是政策解读不够通俗。2024年，我局将推出政策问答。")
add("a-js-kunshan-zjj-2023-xianjishi", row("crawl-a.csv", "昆山市住房和城乡建设局2023年政府信息公开工作年度报告", body([], P),
                                            date="2024-01-22"), {},
    ("昆山市住房和城乡建设局", "department", "江苏省", "苏州市", "昆山市", 2023), P, published="2024-01-22")

# 13. Zhejiang, a county-level city's bureau 2021 (义乌市, of 金华市): 本报告由…编制
P = six("2021年，我局围绕国际贸易综合改革推进商务政务公开。", 2021, "我局", (286, 3),
        "存在的主要问题是外贸政策解读不够及时。2022年，我局将同步发布政策解读。")
add("a-zj-yiwu-shangwu-2021-xianjishi", text(["义乌市商务局2021年政府信息公开工作年度报告",
                                               "本报告由义乌市商务局编制。" + LAW + "现公布本年度报告。"], P), {},
    ("义乌市商务局", "department", "浙江省", "金华市", "义乌市", 2021), P)

# 14. Sichuan, a county-level city's bureau 2022 (都江堰市, of 成都市): signature one line
P = six("2022年，我局围绕灌区水利工程建设推进水务政务公开。", 2022, "我局", (148, 1),
        "存在的主要问题是工程信息公开不够全面。2023年，我局将完善工程项目公开。")
add("a-sc-dujiangyan-shuiwu-2022-xianjishi", row("crawl-b.jsonl", "2022年政府信息公开工作年度报告",
                                                 body([], P, ["都江堰市水务局　2023年1月18日"]), date="2023-01-19"), {},
    ("都江堰市水务局", "department", "四川省", "成都市", "都江堰市", 2022), P, published="2023-01-19")

# 15. Hebei, a county-level city's bureau 2023 (迁安市, of 唐山市) named only in the contact line
P = six("2023年，我局围绕矿山治理和国土空间规划推进政务公开。", 2023, "我局", (198, 6),
        "存在的主要问题是公开形式单一。2024年，我局将利用新媒体发布信息。")
add("a-he-qianan-zrgh-2023-contact", row("crawl-a.csv", "政府信息公开工作年度报告",
                                          body([], P, ["联系方式：迁安市自然资源和规划局办公室；地址：迁安市燕山大路266号；电话：0315-7612345。"]),
                                          date="2024-01-26"), {},
    ("迁安市自然资源和规划局", "department", "河北省", "唐山市", "迁安市", 2023), P, published="2024-01-26")

# 16. Shaanxi, a county-level city's bureau 2020 (韩城市, of 渭南市): preamble names it
P = six("2020年，我局围绕花椒产业和农村人居环境整治推进政务公开。", 2020, "我局", (176, 2),
        "存在的主要问题是惠农政策公开不够精准。2021年，我局将按村推送惠农政策。")
add("a-sn-hancheng-nync-2020-preamble", row("crawl-b.jsonl", "政府信息公开工作年度报告",
                                             body([CITE19 + "现将韩城市农业农村局2020年政府信息公开工作年度报告如下。"], P),
                                             date="2021-01-27"), {},
    ("韩城市农业农村局", "department", "陕西省", "渭南市", "韩城市", 2020), P, published="2021-01-27")

# 17. Guangdong, a county-level city 2022 (英德市, of 清远市): 市政府; the contact line names its office
P = six("2022年，市政府围绕英德红茶产业和乡村振兴推进政务公开。", 2022, "市政府", (1632, 15),
        "存在的主要问题是镇街公开不够均衡。2023年，市政府将加强镇街公开考核。")
add("a-gd-yingde-2022-contact", row("crawl-a.csv", "2022年政府信息公开工作年度报告",
                                     body([], P, ["联系方式：英德市人民政府办公室，地址：英德市英城街道和平中路，电话：0763-2212345。"]),
                                     date="2023-01-30"), {},
    ("英德市人民政府", "county", "广东省", "清远市", "英德市", 2022), P, published="2023-01-30")

# 18. Henan, an economic development zone's committee 2022: title 郑州经开区; the full name signs
P = six("2022年，管委会围绕招商引资和项目建设推进政务公开。", 2022, "管委会", (586, 4),
        "存在的主要问题是公开内容不够全面。2023年，管委会将拓展公开领域。")
add("a-ha-zhengzhou-jingkai-2022-zone", text(["郑州经开区2022年政府信息公开工作年度报告"], P,
                                             ["郑州经济技术开发区管理委员会", "2023年1月17日"]), {},
    ("郑州经济技术开发区管理委员会", "city", "河南省", "郑州市", None, 2022), P, published="2023-01-17")

# 19. Shaanxi, a high-tech zone's committee 2021: preamble names it in full; no title
P = six("2021年，管委会围绕硬科技产业发展推进政务公开。", 2021, "管委会", (968, 9),
        "存在的主要问题是政策兑现信息公开不够及时。2022年，管委会将建立政策兑现公开专栏。")
add("a-sn-xian-gaoxin-2021-preamble", row("crawl-a.csv", "政府信息公开工作年度报告",
                                           body([CITE + "现将西安高新技术产业开发区管理委员会2021年政府信息公开工作年度报告如下。"], P),
                                           date="2022-01-28"), {},
    ("西安高新技术产业开发区管理委员会", "city", "陕西省", "西安市", None, 2021), P, published="2022-01-28")

# 20. Jiangsu, an industrial park's committee 2023: title 苏州工业园区; signed in full
P = six("2023年，管委会围绕开放创新推进政务公开。", 2023, "管委会", (1104, 7),
        "存在的主要问题是企业服务信息分散。2024年，管委会将建设企业服务专区。")
add("a-js-suzhou-yuanqu-2023-zone", text(["苏州工业园区2023年政府信息公开工作年度报告"], P,
                                         ["苏州工业园区管理委员会", "2024年1月25日"]), {},
    ("苏州工业园区管理委员会", "city", "江苏省", "苏州市", None, 2023), P, published="2024-01-25")

# 21. Hebei, a development zone's bureau 2022 (廊坊经济技术开发区财政局): 我局
P = six("2022年，我局围绕预决算公开推进财政政务公开。", 2022, "我局", (96, 0),
        "存在的主要问题是预决算公开的细化程度不够。2023年，我局将细化项目支出公开。")
add("a-he-langfang-kfq-czj-2022-zone", text(["廊坊经济技术开发区财政局2022年政府信息公开工作年度报告"], P), {},
    ("廊坊经济技术开发区财政局", "department", "河北省", "廊坊市", None, 2022), P)

# 22. Henan, a city commission 2017 under its old name (卫生和计划生育委员会), 2008 format
P = old7("2017年，新乡市卫生和计划生育委员会认真贯彻落实《条例》，推进卫生计生信息公开。", 2017, "我委", (512, 6),
         "存在的问题是公开内容不够丰富。2018年，我委将加强医疗服务信息公开。")
add("a-ha-xinxiang-wjw-2017-oldname", text(["新乡市卫生和计划生育委员会2017年政府信息公开工作年度报告"], P), {},
    ("新乡市卫生和计划生育委员会", "department", "河南省", "新乡市", None, 2017), P)

# 23. Hubei, a renamed county-level city's commission 2019: 原…卫生和计划生育局 named in the overview
P = six("2019年，宜都市卫生健康局（原宜都市卫生和计划生育局）认真贯彻新修订的《条例》，推进卫生健康政务公开。", 2019, "我局",
        (238, 3), "存在的主要问题是机构改革后公开目录调整不及时。2020年，我局将完善公开目录。")
add("a-hb-yidu-wjj-2019-renamed", row("crawl-b.jsonl", "2019年政府信息公开工作年度报告", body([], P, ["宜都市卫生健康局", "2020年1月21日"]),
                                       date="2020-01-22"), {},
    ("宜都市卫生健康局", "department", "湖北省", "宜昌市", "宜都市", 2019), P, published="2020-01-22")

# 24. Hubei, a county-level city's bureau 2016 under its old name (环境保护局), 2008 format
P = old7("2016年，我局认真贯彻落实《条例》，推进环境信息公开。", 2016, "我局", (164, 2),
         "存在的问题是建设项目环评信息公开不够及时。2017年，我局将加快环评信息公开。")
add("a-hb-zaoyang-hbj-2016-oldname", row("crawl-a.csv", "枣阳市环境保护局2016年政府信息公开工作年度报告", body([], P),
                                          date="2017-03-15"), {},
    ("枣阳市环境保护局", "department", "湖北省", "襄阳市", "枣阳市", 2016), P, published="2017-03-15")

# 25. Hebei, a town 2023 titled by village affairs (政务公开暨村务公开); its villages named; signed with the county
P = six("2023年，我镇在县委、县政府的领导下，统筹推进政务公开和村务公开，全镇18个行政村全部设立村务公开栏。", 2023, "我镇", (112, 0),
        "存在的主要问题是东平乐村等村的村务公开不够及时。2024年，我镇将按季度检查村务公开。")
add("a-he-xinchengpu-2023-cunwu", text(["新城铺镇2023年政务公开暨村务公开工作年度报告"], P, ["正定县新城铺镇人民政府", "2024年1月8日"]), {},
    ("正定县新城铺镇人民政府", "township", "河北省", "石家庄市", "正定县", 2023), P, published="2024-01-08")

# 26. Sichuan, a town of a 副省级 city's district 2022 titled by village affairs; 战旗村 in the text
P = six("2022年，我镇坚持政务公开与村务公开同步推进，战旗村等村（社区）全面落实“四议两公开”。", 2022, "我镇", (148, 1),
        "存在的主要问题是村（社区）财务公开不够细化。2023年，我镇将细化村级财务公开。")
add("a-sc-tangchang-2022-cunwu", row("crawl-b.jsonl", "唐昌镇2022年度政务公开和村务公开工作报告",
                                      body([], P, ["成都市郫都区唐昌镇人民政府　2023年1月13日"]), date="2023-01-16"), {},
    ("成都市郫都区唐昌镇人民政府", "township", "四川省", "成都市", "郫都区", 2022), P, published="2023-01-16")

# 27. Beijing, a district bureau 2021: no title; the preamble names it without 北京市
P = six("2021年，我局围绕防汛和水环境治理推进水务政务公开。", 2021, "我局", (204, 4),
        "存在的主要问题是河长制信息公开不够全面。2022年，我局将完善河长制信息公开。")
add("a-bj-daxing-shuiwu-2021-preamble", row("crawl-a.csv", "政府信息公开工作年度报告",
                                             body([CITE + "现将大兴区水务局2021年度政府信息公开工作情况报告如下。"], P),
                                             date="2022-01-20"), {},
    ("大兴区水务局", "department", "北京市", "北京市", "大兴区", 2021), P, published="2022-01-20")

# 28. Shanghai, a town 2022 named only in its office's contact line; 我镇
P = six("2022年，我镇围绕乡村振兴和“美丽庭院”建设推进基层政务公开。", 2022, "我镇", (132, 1),
        "存在的主要问题是村居公开内容不够规范。2023年，我镇将制定村居公开清单。")
add("a-sh-zhuanghang-2022-contact", row("crawl-b.jsonl", "2022年政府信息公开工作年度报告",
                                         body([], P, ["联系方式：上海市奉贤区庄行镇人民政府办公室，地址：奉贤区庄行镇南桥路1号，电话：021-57461234。"]),
                                         date="2023-01-18"), {},
    ("上海市奉贤区庄行镇人民政府", "township", "上海市", "上海市", "奉贤区", 2022), P, published="2023-01-18")

# 29. Shandong, a bureau of a 副省级 city's district 2023 with the old commission name nowhere: 青岛市崂山区卫生健康局
P = six("2023年，我局围绕基层医疗卫生服务推进政务公开。", 2023, "我局", (168, 2),
        "存在的主要问题是医疗机构收费信息公开不够全面。2024年，我局将督促医疗机构公开收费项目。")
add("a-sd-laoshan-wjj-2023-district", text(["青岛市崂山区卫生健康局2023年政府信息公开工作年度报告"], P), {},
    ("青岛市崂山区卫生健康局", "department", "山东省", "青岛市", "崂山区", 2023), P)

# 30. Guangdong, a street of 深圳市南山区 2021: title the street alone; full name in the overview
P = six("2021年，深圳市南山区人民政府粤海街道办事处认真贯彻《条例》，围绕科技园区服务推进基层政务公开。", 2021, "我街道", (244, 3),
        "存在的主要问题是社区公开形式单一。2022年，我街道将开设社区公开微信专栏。")
add("a-gd-yuehai-2021-street", row("crawl-a.csv", "粤海街道2021年政府信息公开工作年度报告", body([], P), date="2022-01-24"), {},
    ("深圳市南山区人民政府粤海街道办事处", "township", "广东省", "深圳市", "南山区", 2021), P, published="2022-01-24")


# ============================ B. batch B: written after batch A's fixes, scored before any further fix ============================

# 1. Jiangsu, a street of a 副省级 city's district 2022: title the street alone; signed with the district
P = six("2022年，我街道在区委、区政府的领导下，围绕征地拆迁和安置房建设推进基层政务公开。", 2022, "我街道", (138, 1),
        "存在的主要问题是社区公开不够规范。2023年，我街道将统一社区公开目录。")
add("b-js-chunhua-2022-street", text(["淳化街道2022年政府信息公开工作年度报告"], P, ["南京市江宁区淳化街道办事处", "2023年1月11日"]), {},
    ("南京市江宁区淳化街道办事处", "township", "江苏省", "南京市", "江宁区", 2022), P, published="2023-01-11")

# 2. Henan, a county-level city's bureau 2023: no title; the preamble names it (公布如下)
P = six("2023年，我局围绕食品安全和特种设备安全推进市场监管政务公开。", 2023, "我局", (562, 3),
        "存在的主要问题是行政许可信息公开不够及时。2024年，我局将实时公开许可结果。")
add("b-ha-xinzheng-scjg-2023-preamble", text([CITE + "现将新郑市市场监督管理局2023年政府信息公开工作年度报告公布如下。"], P), {},
    ("新郑市市场监督管理局", "department", "河南省", "郑州市", "新郑市", 2023), P)

# 3. Shandong, a county-level city 2019 titled with the year first and the month of publication
P = six("2019年，市政府认真贯彻新修订的《条例》，围绕蔬菜产业和乡村振兴推进政务公开。", 2019, "市政府", (2046, 11),
        "存在的主要问题是镇街公开不够规范。2020年，市政府将推进镇街公开标准化。")
add("b-sd-shouguang-2019-bothyears", row("crawl-c.jsonl", "2019年度寿光市政府信息公开工作年度报告（2020年1月）", body([], P),
                                          date="2020-01-21"), {},
    ("寿光市人民政府", "county", "山东省", "潍坊市", "寿光市", 2019), P, published="2020-01-21")

# 4. Hubei, a bureau of 武汉市洪山区 2021 named only in 请与…联系
P = six("2021年，我局围绕养老服务和社会救助推进民政政务公开。", 2021, "我局", (214, 2),
        "存在的主要问题是救助信息公开不够及时。2022年，我局将按月公开救助信息。")
add("b-hb-hongshan-mz-2021-contact", row("crawl-c.jsonl", "政府信息公开工作年度报告",
                                          body([], P, ["如对本报告有疑问，请与洪山区民政局办公室联系（电话：027-87651234）。"]), date="2022-01-26"), {},
    ("洪山区民政局", "department", "湖北省", "武汉市", "洪山区", 2021), P, published="2022-01-26")

# 5. Zhejiang, a town of 宁波市鄞州区 2023 titled by village affairs; signed in full
P = six("2023年，我镇统筹推进政务公开和村务公开，各行政村按月公开村级财务。", 2023, "我镇", (156, 0),
        "存在的主要问题是部分村务公开内容不够细化。2024年，我镇将细化村务公开清单。")
add("b-zj-jiangshan-2023-cunwu", text(["姜山镇2023年政务公开暨村务公开工作年度报告"], P, ["宁波市鄞州区姜山镇人民政府", "2024年1月10日"]), {},
    ("宁波市鄞州区姜山镇人民政府", "township", "浙江省", "宁波市", "鄞州区", 2023), P, published="2024-01-10")

# 6. Sichuan, a development zone's committee 2022: crawl title the short form 临港经开区; the full name signs
P = six("2022年，管委会围绕产业招商和园区建设推进政务公开。", 2022, "管委会", (412, 2),
        "存在的主要问题是公开内容不够全面。2023年，管委会将拓展公开领域。")
add("b-sc-yibin-lingang-2022-zone", row("crawl-c.jsonl", "临港经开区2022年政府信息公开工作年度报告",
                                         body([], P, ["宜宾临港经济技术开发区管理委员会", "2023年1月19日"]), date="2023-01-20"), {},
    ("宜宾临港经济技术开发区管理委员会", "city", "四川省", "宜宾市", None, 2022), P, published="2023-01-20")

# 7. Shaanxi, a city bureau 2018 under its old name (国土资源局), 2008 format
P = old7("2018年，汉中市国土资源局认真贯彻落实《条例》，推进国土资源信息公开。", 2018, "我局", (286, 4),
         "存在的问题是征地信息公开不够及时。2019年，我局将加快征地信息公开。")
add("b-sn-hanzhong-gtj-2018-oldname", text(["汉中市国土资源局2018年政府信息公开工作年度报告"], P), {},
    ("汉中市国土资源局", "department", "陕西省", "汉中市", None, 2018), P)

# 8. Guangdong, a bureau of 广州市天河区 2020: no title; the preamble names it in full
P = six("2020年，我局统筹疫情防控信息发布，推进卫生健康政务公开。", 2020, "我局", (368, 5),
        "存在的主要问题是医疗服务信息公开不够集中。2021年，我局将建设医疗服务信息专栏。")
add("b-gd-tianhe-wjj-2020-preamble", row("crawl-c.jsonl", "政府信息公开工作年度报告",
                                          body([CITE19 + "现将广州市天河区卫生健康局2020年政府信息公开工作年度报告公布如下。"], P),
                                          date="2021-01-25"), {},
    ("广州市天河区卫生健康局", "department", "广东省", "广州市", "天河区", 2020), P, published="2021-01-25")

# 9. Shanghai, a district bureau 2023 named only in its office's contact line
P = six("2023年，我局围绕养老服务体系建设推进民政政务公开。", 2023, "我局", (246, 3),
        "存在的主要问题是养老服务信息更新不及时。2024年，我局将按季度更新养老机构信息。")
add("b-sh-xuhui-mz-2023-contact", row("crawl-c.jsonl", "2023年政府信息公开工作年度报告",
                                       body([], P, ["联系方式：上海市徐汇区民政局办公室，地址：徐汇区漕溪北路336号，电话：021-64871234。"]),
                                       date="2024-01-23"), {},
    ("上海市徐汇区民政局", "department", "上海市", "上海市", "徐汇区", 2023), P, published="2024-01-23")

# 10. Beijing, a town of 怀柔区 2022 titled by village affairs, the district in the title
P = six("2022年，我镇坚持政务公开与村务公开同步推进，各村按季度公开村级事务。", 2022, "我镇", (118, 0),
        "存在的主要问题是村务公开栏更新不及时。2023年，我镇将按月检查村务公开栏。")
add("b-bj-yanqi-2022-cunwu", text(["怀柔区雁栖镇2022年政务公开和村务公开工作报告"], P), {},
    ("怀柔区雁栖镇人民政府", "township", "北京市", "北京市", "怀柔区", 2022), P)

# 11. Hebei, a county-level city 2022: no title; the preamble names only the city
P = six("2022年，市政府围绕京津冀协同发展推进政务公开。", 2022, "市政府", (1388, 7),
        "存在的主要问题是部分部门公开不够及时。2023年，市政府将加强督查。")
add("b-he-zhuozhou-2022-preamble", row("crawl-c.jsonl", "政府信息公开工作年度报告",
                                        body([CITE + "现将涿州市2022年政府信息公开工作年度报告如下。"], P), date="2023-01-28"), {},
    ("涿州市人民政府", "county", "河北省", "保定市", "涿州市", 2022), P, published="2023-01-28")

# 12. Jiangsu, a county-level city's bureau 2021 (江阴市, of 无锡市): title, 我局
P = six("2021年，我局围绕“双减”和义务教育招生推进教育政务公开。", 2021, "我局", (324, 6),
        "存在的主要问题是招生政策解读不够及时。2022年，我局将同步发布招生政策解读。")
add("b-js-jiangyin-jyj-2021-xianjishi", text(["江阴市教育局2021年政府信息公开工作年度报告"], P), {},
    ("江阴市教育局", "department", "江苏省", "无锡市", "江阴市", 2021), P)


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES19, out)


if __name__ == "__main__":
    write()
