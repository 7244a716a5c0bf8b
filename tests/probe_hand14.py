"""Test utility: the fourteenth held-out probe set ``tests/cases/probes14`` (issue 10,
"generalisation"), written and labelled by hand before its writer read textmine's metadata or
section code, in shapes the earlier sets (``tests/probe_hand2.py`` … ``tests/probe_hand13.py``) lack
or hold rarely:

- wrappers: the report published inside a notice (关于公布/印发…年度报告的通知, its addressees, 现将…
  予以公布 and the office's signature, then the report), a crawl row whose title column names the
  portal's channel, a report signed by a 政务公开工作领导小组办公室;
- bilingual reports: Tibetan, Uyghur, Mongolian or Korean title lines before the Chinese title, a
  Uyghur version after the Chinese text;
- damaged titles and headings: 年度报吿, 年庋, 公幵, the letter O in a year (2O23), headings numbered
  ー、 (a katakana mark read for 一), 一丶, 一，, 一 、;
- bodies: national bureaus under ministries and old names (国家国防科技工业局, 国家煤矿安全监察局), regional
  bureaus whose names give no province (国家能源局西北监管局, 民航西南地区管理局), provincial bodies of State
  Council institutions (山东省地震局), 省政府直属特设机构 (省国资委), 省人民防空办公室, a province's office in
  Beijing, departments of 副省级 and 计划单列 cities, districts whose names other cities share (海州区,
  通州区, 朝阳区), 吉林市 of 吉林省, a 国有林场, a bureau of an 经济技术开发区;
- headings: Roman numerals (Ⅰ、), circled numbers (①), bullets (◆), bold-with-colon run-ins on portal
  pages, numbered and unnumbered parts mixed; problems and plans parts named 不足与改进, 努力方向,
  工作打算, 下一步工作安排; the 2008–2012 era and 2025.

Conventions are those of the earlier sets (see ``tests/probe_hand13.py``): the issuer is the fullest
name the report or its container gives; a government's report signed or published by its office (or
its 政务公开 leading group's office) is the government's; a district or county body takes its
district or county; a vertically managed body is ``department`` with the places its name gives (none
when its name gives a region such as 西北); a 林场 is ``other``; national bodies have no places.
``published`` is the ISO date of publication that the container or an info line states, else the
date under the signature (a wrapping notice's when the report has none of its own); ``template`` is ``None``.

Batch A (sections A–E) was written and labelled on main's code at 4caa101 before its writer read
textmine's metadata or section code and scored before any fix; batch B (section F) was written
after batch A's fixes and scored before its own (the figures are in bench/README.md).

``python -m tests.probe_hand14`` rewrites ``tests/cases/probes14/``; the tests and
``bench/probe_meta.py --set probes14`` read those files.

Example:
    >>> text, header, want = PROBES14["a-yn-luquan-2022-notice"]
    >>> want["county"], want["published"]
    ('禄劝彝族苗族自治县', '2023-01-16')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.probe_hand10 import Part, blocks, cms_page, lines, parts, text
from tests.probe_hand11 import six
from tests.probe_hand12 import old7
from tests.probe_sets import (
    LAW,
    CrawlRow,
    Docx,
    Pdf,
    Probe,
    register,
    write_container_probes,
)

OUT = Path(__file__).resolve().parent / "cases" / "probes14"

PROBES14: dict[str, Probe] = {}

K6 = ("overview", "proactive", "requests", "appeals", "problems", "other")
T6 = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况", "其他需要报告的事项")


def add(pid: str, content: Any, header: dict[str, str], meta: tuple, ps: list[Part], *,  # type: ignore[type-arg]
        plans: bool = True, published: str | None = None, template: str | None = None) -> None:
    """Register a probe; expected kinds and titles are the parts'."""
    issuer, level, province, city, county, year = meta
    register(PROBES14, pid, content, header, issuer, level, province, city, county, year,
             [k for _, k, _, _ in ps], [t for _, _, _, t in ps], plans=plans)
    PROBES14[pid][2]["published"] = published
    PROBES14[pid][2]["template"] = template


def row(table: str, title: str, body: str, *, date: str = "", url: str = "") -> CrawlRow:
    """A crawl row: 标题, 发布日期, 来源网址, 正文."""
    return CrawlRow(table, (("标题", title), ("发布日期", date), ("来源网址", url or "http://www.example.gov.cn/xxgk/3.html"),
                            ("正文", body)))


def numbered(nums: tuple[str, ...], **kw: Any) -> dict[str, Any]:
    """Keyword arguments of :func:`six` for parts numbered ``nums``."""
    return {"nums": nums, **kw}


def seven(overview: str | list[str], year: int, we: str, counts: tuple[int, int], problems: str, plans: str, *,
          titles: tuple[str, ...], nums: tuple[str, ...] | None = None) -> list[Part]:
    """Seven parts of the 2021 format where the plans have a part of their own after the problems."""
    pro = f"{year}年，{we}主动公开政府信息{counts[0]}条，其中规范性文件{max(counts[0] // 200, 1)}件。"
    req = f"本年新收政府信息公开申请{counts[1]}件，上年结转0件，办结{counts[1]}件，均在法定期限内答复。"
    return parts([overview, pro, req, "本年度未发生政府信息公开行政复议、行政诉讼案件。", problems, plans,
                  "本年度未收取信息处理费，无其他需要报告的事项。"],
                 kinds=("overview", "proactive", "requests", "appeals", "problems", "plans", "other"), titles=titles, nums=nums)


# ============================ A. wrappers: notices, channel titles, leading groups ============================

# 1. Yunnan, an autonomous county 2022: the report inside the office's notice that publishes it
P = six("2022年，县人民政府坚持以人民为中心，围绕乡村振兴推进政务公开。", 2022, "县政府", (1388, 6),
        "存在的主要问题是乡镇政务公开工作力量薄弱。2023年，县政府将加强乡镇政务公开队伍建设。")
add("a-yn-luquan-2022-notice",
    text(["禄劝彝族苗族自治县人民政府办公室关于公布禄劝彝族苗族自治县人民政府2022年政府信息公开工作年度报告的通知",
          "各乡镇人民政府、街道办事处，县直各部门：",
          "根据《中华人民共和国政府信息公开条例》规定，现将《禄劝彝族苗族自治县人民政府2022年政府信息公开工作年度报告》予以公布。",
          "禄劝彝族苗族自治县人民政府办公室", "2023年1月16日",
          "禄劝彝族苗族自治县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("禄劝彝族苗族自治县人民政府", "county", "云南省", "昆明市", "禄劝彝族苗族自治县", 2022), P, published="2023-01-16")

# 2. Hunan, a city bureau 2021: 关于印发《…》的通知 by the bureau, the report after it, signed again
P = six("2021年，我局认真贯彻落实新修订的《条例》，围绕自然资源管理和国土空间规划推进政务公开。", 2021, "我局", (842, 37),
        "存在的主要问题是规划公示的及时性不够。2022年，我局将在规划批准后及时公示。")
add("a-hn-changde-zrzy-2021-yinfa",
    text(["关于印发《常德市自然资源和规划局2021年政府信息公开工作年度报告》的通知",
          "局机关各科室、各分局、局属各单位：",
          "现将《常德市自然资源和规划局2021年政府信息公开工作年度报告》印发给你们，请认真贯彻执行。",
          "常德市自然资源和规划局", "2022年1月25日",
          "常德市自然资源和规划局2021年政府信息公开工作年度报告"], P, ["常德市自然资源和规划局", "2022年1月25日"]),
    {}, ("常德市自然资源和规划局", "department", "湖南省", "常德市", None, 2021), P, published="2022-01-25")

# 3. Shaanxi, a county 2023: no title, signed by the county's 政务公开 leading group office
P = six("2023年，我县坚持以习近平新时代中国特色社会主义思想为指导，全面推进基层政务公开标准化规范化。", 2023, "我县", (1642, 11),
        "存在的主要问题是政策解读的形式较为单一。2024年，我县将推出更多图解和视频解读。")
add("a-sn-zhouzhi-2023-lingdaoxiaozu",
    text([], P, ["周至县政务公开工作领导小组办公室", "2024年1月22日"]),
    {}, ("周至县人民政府", "county", "陕西省", "西安市", "周至县", 2023), P, published="2024-01-22")

# 4. Guangdong, a city bureau 2023 in a crawl row whose title column names the portal's channel
P = six("2023年，我局坚持以人民为中心，围绕民生保障推进民政领域政务公开。", 2023, "我局", (516, 4),
        "存在的主要问题是社会救助政策解读不够通俗。2024年，我局将推出社会救助政策问答。")
add("a-gd-shantou-mzj-2023-channel",
    row("crawl-a.csv", "汕头市人民政府门户网站-政府信息公开年报",
        "\n".join(lines([LAW + "编制本报告。"], P, ["汕头市民政局", "2024年1月19日"])), date="2024-01-19"),
    {}, ("汕头市民政局", "department", "广东省", "汕头市", None, 2023), P, published="2024-01-19")

# 5. Hebei, a county 2022: the government's notice number line (…政办〔2023〕3号) above the report title
P = six("2022年，县政府深入贯彻落实《条例》，围绕重点领域推进政务公开。", 2022, "县政府", (1126, 9),
        "存在的主要问题是公开内容的针对性不强。2023年，县政府将围绕群众关切公开信息。")
add("a-he-weixian-2022-wenhao",
    text(["蔚县人民政府办公室", "蔚政办〔2023〕3号", "蔚县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("蔚县人民政府", "county", "河北省", "张家口市", "蔚县", 2022), P)


# ============================ B. bilingual reports ============================

# 6. Tibet, a county 2023: a Tibetan title line before the Chinese title
P = six("2023年，县政府坚持以人民为中心，围绕民生改善推进政务公开。", 2023, "县政府", (684, 2),
        "存在的主要问题是双语政务公开内容不够丰富。2024年，县政府将增加藏汉双语公开内容。")
add("b-xz-gongga-2023-tibetan",
    text(["གོང་དཀར་རྫོང་མི་དམངས་སྲིད་གཞུང་གི་ལོ་ ༢༠༢༣ ལོའི་སྲིད་གཞུང་ཆ་འཕྲིན་གསལ་བསྒྲགས་ལས་དོན་ལོ་འཁོར་སྙན་ཞུ།",
          "贡嘎县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("贡嘎县人民政府", "county", "西藏自治区", "山南市", "贡嘎县", 2023), P)

# 7. Xinjiang, a county-level city 2022: a Uyghur title before, the Uyghur version after the Chinese text
P = six("2022年，市政府认真贯彻落实《条例》，推进政务公开工作。", 2022, "市政府", (1026, 5),
        "存在的主要问题是政务公开双语服务不足。2023年，市政府将加强双语公开。")
UY = ["قەشقەر شەھەرلىك خەلق ھۆكۈمىتىنىڭ 2022-يىللىق ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاش خىزمىتى يىللىق دوكلاتى",
      "بىرىنچى، ئومۇمىي ئەھۋال",
      "2022-يىلى، شەھەرلىك خەلق ھۆكۈمىتى ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاش خىزمىتىنى ئىزچىل ئىلگىرى سۈردى."]
add("b-xj-kashi-2022-uyghur-after",
    text([UY[0], "喀什市人民政府2022年政府信息公开工作年度报告"], P, UY),
    {}, ("喀什市人民政府", "county", "新疆维吾尔自治区", "喀什地区", "喀什市", 2022), P)

# 8. Inner Mongolia, a banner 2023 in Word: a Mongolian-script big title above the Chinese one
P = six("2023年，旗人民政府坚持以人民为中心，推进基层政务公开。", 2023, "旗政府", (1186, 6),
        "存在的主要问题是嘎查村务公开不够规范。2024年，旗政府将加强嘎查村务公开指导。")
add("b-nmg-zhenglan-2023-docx-mongol",
    Docx((("big", "ᠰᠢᠯᠤᠬᠤᠶ ᠬᠦᠬᠡ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ"),
          ("big", "正镶白旗人民政府2023年政府信息公开工作年度报告"), *lines([], P), "正镶白旗人民政府", "2024年1月24日")),
    {}, ("正镶白旗人民政府", "county", "内蒙古自治区", "锡林郭勒盟", "正镶白旗", 2023), P, published="2024-01-24")

# 9. Jilin, an autonomous prefecture 2021: a Korean title line first
P = six("2021年，州政府认真贯彻新修订的《条例》，围绕民族团结进步推进政务公开。", 2021, "州政府", (2106, 16),
        "存在的主要问题是朝汉双语公开内容偏少。2022年，州政府将扩大双语公开范围。")
add("b-jl-yanbian-2021-korean",
    text(["연변조선족자치주인민정부 2021년 정부정보공개사업 년도보고",
          "延边朝鲜族自治州人民政府2021年政府信息公开工作年度报告"], P),
    {}, ("延边朝鲜族自治州人民政府", "city", "吉林省", "延边朝鲜族自治州", None, 2021), P)


# ============================ C. damaged titles and headings ============================

# 10. Henan, a county 2023: 年度报吿 (吿 for 告) in the title
P = six("2023年，县政府坚持以人民为中心，扎实推进政务公开。", 2023, "县政府", (1364, 8),
        "存在的主要问题是政策解读质量不高。2024年，县政府将提升政策解读质量。")
add("c-ha-xixian-2023-baogao-typo",
    text(["息县人民政府2023年政府信息公开工作年度报吿"], P),
    {}, ("息县人民政府", "county", "河南省", "信阳市", "息县", 2023), P)

# 11. Shandong, a city bureau 2022: 年庋 (庋 for 度) and 公幵 (幵 for 开) in an OCR'd title
P = six("2022年，我局围绕医疗保障民生实事推进政务公开。", 2022, "我局", (436, 3),
        "存在的主要问题是医保政策宣传不够深入。2023年，我局将开展医保政策进社区活动。")
add("c-sd-rizhao-ybj-2022-ocr-title",
    text(["日照市医疗保障局2022年政府信息公幵工作年庋报告"], P),
    {}, ("日照市医疗保障局", "department", "山东省", "日照市", None, 2022), P)

# 12. Anhui, a district 2023: the letter O in the title's year (2O23)
P = six("本年度，区政府坚持以人民为中心，推进政务公开提质增效。", 2023, "区政府", (1228, 7),
        "存在的主要问题是基层政务公开专区建设不均衡。下一步，区政府将推进专区建设。")
add("c-ah-jinghu-2023-letter-o",
    text(["芜湖市镜湖区人民政府2O23年政府信息公开工作年度报告"], P),
    {}, ("芜湖市镜湖区人民政府", "district", "安徽省", "芜湖市", "镜湖区", 2023), P)

# 13. Jiangxi, a county 2022: OCR read the 一 of the first heading as ー (a katakana mark)
P = six("2022年，县政府认真落实《条例》，推进政务公开工作。", 2022, "县政府", (986, 4),
        "存在的主要问题是公开信息更新不够及时。2023年，县政府将建立信息更新提醒机制。",
        nums=("ー、", "二、", "三、", "四、", "五、", "六、"))
add("c-jx-anyuan-2022-katakana",
    text(["安远县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("安远县人民政府", "county", "江西省", "赣州市", "安远县", 2022), P)

# 14. Hubei, a city bureau 2021: headings numbered 一丶 (丶 for 、)
P = six("2021年，我局围绕交通运输重点工作推进政务公开。", 2021, "我局", (612, 5),
        "存在的主要问题是重点项目信息公开不够全面。2022年，我局将全面公开重点项目信息。",
        nums=("一丶", "二丶", "三丶", "四丶", "五丶", "六丶"))
add("c-hb-xiangyang-jtj-2021-dian",
    text(["襄阳市交通运输局2021年政府信息公开工作年度报告"], P),
    {}, ("襄阳市交通运输局", "department", "湖北省", "襄阳市", None, 2021), P)

# 15. Guizhou, a county 2020: headings numbered 一， (a comma for 、)
P = six("2020年，县政府深入贯彻新修订的《条例》，推进政务公开工作。", 2020, "县政府", (1094, 3),
        "存在的主要问题是公开目录更新不及时。2021年，县政府将及时更新公开目录。",
        nums=("一，", "二，", "三，", "四，", "五，", "六，"))
add("c-gz-meitan-2020-comma",
    text(["湄潭县人民政府2020年政府信息公开工作年度报告"], P),
    {}, ("湄潭县人民政府", "county", "贵州省", "遵义市", "湄潭县", 2020), P)

# 16. Fujian, a county 2023: headings numbered 一 、 (a space before the mark)
P = six("2023年，县政府坚持以人民为中心，推进政务公开工作。", 2023, "县政府", (1172, 6),
        "存在的主要问题是依申请公开办理规范化程度不高。2024年，县政府将规范办理流程。",
        nums=("一 、", "二 、", "三 、", "四 、", "五 、", "六 、"))
add("c-fj-changting-2023-space-dun",
    text(["长汀县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("长汀县人民政府", "county", "福建省", "龙岩市", "长汀县", 2023), P)


# ============================ D. bodies and places ============================

# 17. A national bureau under a ministry 2022: 国家国防科技工业局
P = six("2022年，国防科工局认真贯彻落实党中央、国务院关于政务公开的决策部署。", 2022, "我局", (296, 3),
        "存在的主要问题是政策解读的深度不够。2023年，我局将加强政策解读。")
add("d-gfkg-2022-national",
    text(["国家国防科技工业局2022年政府信息公开工作年度报告"], P),
    {}, ("国家国防科技工业局", "department", None, None, None, 2022), P)

# 18. A national bureau under its old name 2019: 国家煤矿安全监察局
P = six("2019年，国家煤矿安全监察局深入贯彻新修订的《条例》，推进煤矿安全监察政务公开。", 2019, "我局", (264, 2),
        "存在的主要问题是执法信息公开不够及时。2020年，我局将及时公开执法信息。")
add("d-mkaj-2019-oldname",
    text(["国家煤矿安全监察局2019年政府信息公开工作年度报告"], P),
    {}, ("国家煤矿安全监察局", "department", None, None, None, 2019), P)

# 19. A regional bureau of the National Energy Administration 2023: the name gives a region, not a province
P = six("2023年，我局认真落实国家能源局政务公开工作要求，推进能源监管信息公开。", 2023, "我局", (186, 1),
        "存在的主要问题是监管信息公开的时效性不强。2024年，我局将及时公开监管信息。")
add("d-nea-xibei-2023-regional",
    text(["国家能源局西北监管局2023年政府信息公开工作年度报告"], P),
    {}, ("国家能源局西北监管局", "department", None, None, None, 2023), P)

# 20. A regional civil-aviation administration 2022
P = six("2022年，民航西南地区管理局认真落实中国民用航空局关于政务公开的部署。", 2022, "我局", (214, 2),
        "存在的主要问题是行政许可信息公开不够全面。2023年，我局将全面公开行政许可信息。")
add("d-caac-xinan-2022-regional",
    text(["民航西南地区管理局2022年政府信息公开工作年度报告"], P),
    {}, ("民航西南地区管理局", "department", None, None, None, 2022), P)

# 21. Shandong, the provincial body of a State Council institution 2021: 山东省地震局
P = six("2021年，我局认真落实中国地震局和省政府关于政务公开的部署，推进防震减灾信息公开。", 2021, "我局", (312, 1),
        "存在的主要问题是地震科普信息更新不够及时。2022年，我局将加强科普信息更新。")
add("d-sd-dzj-2021-institution",
    text(["山东省地震局2021年政府信息公开工作年度报告"], P),
    {}, ("山东省地震局", "department", "山东省", None, None, 2021), P)

# 22. Jiangxi, a 省政府直属特设机构 2022: the full name with 人民政府 inside it, 省国资委 in the body
P = six("2022年，省国资委深入贯彻落实《条例》，推进国资监管信息公开。", 2022, "我委", (486, 2),
        "存在的主要问题是国企信息公开的指导不够。2023年，我委将加强对监管企业信息公开的指导。")
add("d-jx-gzw-2022-special",
    text(["江西省人民政府国有资产监督管理委员会2022年政府信息公开工作年度报告"], P),
    {}, ("江西省人民政府国有资产监督管理委员会", "department", "江西省", None, None, 2022), P)

# 23. Guangxi, the regional civil air defence office 2021: an 办公室 that is not the government's office
P = six("2021年，我办深入贯彻新修订的《条例》，推进人防领域政务公开。", 2021, "我办", (204, 1),
        "存在的主要问题是人防工程信息公开不够全面。2022年，我办将全面公开人防工程信息。")
add("d-gx-rfb-2021-office",
    text(["广西壮族自治区人民防空办公室2021年政府信息公开工作年度报告"], P),
    {}, ("广西壮族自治区人民防空办公室", "department", "广西壮族自治区", None, None, 2021), P)

# 24. Sichuan, the province's office in Beijing 2020: 北京 in the name is not the place
P = six("2020年，我办认真贯彻新修订的《条例》，推进政务公开工作。", 2020, "我办", (96, 0),
        "存在的主要问题是公开内容较少。2021年，我办将丰富公开内容。")
add("d-sc-zhujing-2020-beijing",
    text(["四川省人民政府驻北京办事处2020年政府信息公开工作年度报告"], P),
    {}, ("四川省人民政府驻北京办事处", "department", "四川省", None, None, 2020), P)

# 25. Heilongjiang, a department of a 副省级 city 2023
P = six("2023年，我局围绕城市更新和住房保障推进住建领域政务公开。", 2023, "我局", (728, 13),
        "存在的主要问题是保障性住房分配信息公开不够及时。2024年，我局将及时公开分配信息。")
add("d-hlj-harbin-zjj-2023-subprov",
    text(["哈尔滨市住房和城乡建设局2023年政府信息公开工作年度报告"], P),
    {}, ("哈尔滨市住房和城乡建设局", "department", "黑龙江省", "哈尔滨市", None, 2023), P)

# 26. Liaoning, a district of 阜新 2022: 海州区 (Lianyungang has one too)
P = six("2022年，区政府认真落实阜新市关于政务公开的部署，推进政务公开。", 2022, "区政府", (896, 4),
        "存在的主要问题是公开平台互动功能不强。2023年，区政府将完善互动功能。")
add("d-ln-haizhou-2022-samename",
    text(["阜新市海州区人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("阜新市海州区人民政府", "district", "辽宁省", "阜新市", "海州区", 2022), P)

# 27. Jiangsu, a district of 南通 2023: 通州区 (Beijing has one too)
P = six("2023年，区政府坚持以人民为中心，推进政务公开工作。", 2023, "区政府", (1306, 12),
        "存在的主要问题是政策解读互动不足。2024年，区政府将开展政策解读进社区活动。")
add("d-js-tongzhou-2023-samename",
    text(["南通市通州区人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("南通市通州区人民政府", "district", "江苏省", "南通市", "通州区", 2023), P)

# 28. Jilin, a district of 长春 2021 named only 朝阳区 in the title; 长春市 in the signature
P = six("2021年，朝阳区人民政府认真贯彻新修订的《条例》，推进政务公开工作。", 2021, "区政府", (1124, 9),
        "存在的主要问题是基层政务公开标准化程度不高。2022年，区政府将推进标准化建设。")
add("d-jl-chaoyang-2021-signature-city",
    text(["朝阳区人民政府2021年政府信息公开工作年度报告"], P, ["长春市朝阳区人民政府", "2022年1月27日"]),
    {}, ("长春市朝阳区人民政府", "district", "吉林省", "长春市", "朝阳区", 2021), P, published="2022-01-27")

# 29. Jilin, the prefecture-level city of 吉林 2022: the city shares the province's name
P = six("2022年，市政府坚持以人民为中心，推进政务公开标准化规范化。", 2022, "市政府", (2214, 18),
        "存在的主要问题是县区政务公开发展不平衡。2023年，市政府将加强对县区的指导。")
add("d-jl-jilinshi-2022-samename",
    text(["吉林市人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("吉林市人民政府", "city", "吉林省", "吉林市", None, 2022), P)

# 30. Fujian, a state forest farm 2021
P = six("2021年，我场认真落实省林业局关于政务公开的部署，推进林场信息公开。", 2021, "我场", (86, 0),
        "存在的主要问题是公开信息较少。2022年，我场将增加森林经营信息的公开。")
add("d-fj-yangkou-linchang-2021",
    text(["福建省洋口国有林场2021年政府信息公开工作年度报告"], P),
    {}, ("福建省洋口国有林场", "other", "福建省", None, None, 2021), P)

# 31. Anhui, a bureau of a national economic and technological development zone 2023
P = six("2023年，我局围绕开发区财政管理推进政务公开。", 2023, "我局", (142, 0),
        "存在的主要问题是预决算信息公开的细化程度不够。2024年，我局将细化预决算公开。")
add("d-ah-hefei-jkq-czj-2023-zone-bureau",
    text(["合肥经济技术开发区财政局2023年政府信息公开工作年度报告"], P),
    {}, ("合肥经济技术开发区财政局", "department", "安徽省", "合肥市", None, 2023), P)

# 32. Fujian, a department of the 计划单列市 Xiamen 2025
P = six("2025年，我局坚持以人民为中心，围绕财政预决算推进政务公开。", 2025, "我局", (638, 3),
        "存在的主要问题是财政政策解读不够通俗。2026年，我局将推出财政政策图解。")
add("d-fj-xiamen-czj-2025",
    text(["厦门市财政局2025年政府信息公开工作年度报告"], P),
    {}, ("厦门市财政局", "department", "福建省", "厦门市", None, 2025), P)

# 33. Hunan, the provincial local financial supervision bureau 2022
P = six("2022年，我局认真落实《条例》，推进地方金融监管信息公开。", 2022, "我局", (248, 3),
        "存在的主要问题是风险提示信息发布不够及时。2023年，我局将及时发布风险提示。")
add("d-hn-jrj-2022-local-finance",
    text(["湖南省地方金融监督管理局2022年政府信息公开工作年度报告"], P),
    {}, ("湖南省地方金融监督管理局", "department", "湖南省", None, None, 2022), P)


# ============================ E. headings and parts named in other words ============================

# 34. Zhejiang, a county-level city 2022: parts numbered Ⅰ、Ⅱ、…
P = six("2022年，市政府坚持以人民为中心，推进政务公开工作。", 2022, "市政府", (1586, 14),
        "存在的主要问题是政策解读的精准性不够。2023年，市政府将开展精准解读。",
        nums=("Ⅰ、", "Ⅱ、", "Ⅲ、", "Ⅳ、", "Ⅴ、", "Ⅵ、"))
add("e-zj-yueqing-2022-roman",
    text(["乐清市人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("乐清市人民政府", "county", "浙江省", "温州市", "乐清市", 2022), P)

# 35. Guangxi, a county 2023: parts numbered ①②…
P = six("2023年，县政府坚持以人民为中心，推进政务公开工作。", 2023, "县政府", (1066, 5),
        "存在的主要问题是公开平台建设滞后。2024年，县政府将升级公开平台。",
        nums=("①", "②", "③", "④", "⑤", "⑥"))
add("e-gx-yangshuo-2023-circled",
    text(["阳朔县人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("阳朔县人民政府", "county", "广西壮族自治区", "桂林市", "阳朔县", 2023), P)

# 36. Chongqing, a district 2022 page: every part a bold run-in closed by a colon
P = six("2022年，区政府坚持以人民为中心，推进政务公开标准化规范化。", 2022, "区政府", (1908, 21),
        "存在的主要问题是基层政务公开专区作用发挥不够。2023年，区政府将提升专区服务。",
        titles=T6, nums=("一、", "二、", "三、", "四、", "五、", "六、"))
RUN = [(h + "：", k, b, t) for h, k, b, t in P]
add("e-cq-beibei-2022-bold-colon",
    cms_page("重庆市北碚区人民政府2022年政府信息公开工作年度报告", blocks(RUN, inline=True), site="重庆市北碚区人民政府",
             h1="重庆市北碚区人民政府2022年政府信息公开工作年度报告", info="发布时间：2023-01-18　来源：区政府办公室"),
    {}, ("重庆市北碚区人民政府", "district", "重庆市", "重庆市", "北碚区", 2022), RUN, published="2023-01-18")

# 37. Shanxi, a county 2021: parts marked by ◆ bullets, no numbers
P = six("2021年，县政府认真贯彻新修订的《条例》，推进政务公开工作。", 2021, "县政府", (948, 3),
        "存在的主要问题是公开的主动性不够。2022年，县政府将加大主动公开力度。",
        nums=("◆", "◆", "◆", "◆", "◆", "◆"))
add("e-sx-pingyao-2021-bullets",
    text(["平遥县人民政府2021年政府信息公开工作年度报告"], P),
    {}, ("平遥县人民政府", "county", "山西省", "晋中市", "平遥县", 2021), P)

# 38. Hebei, a city bureau 2023: numbered parts with an unnumbered 其他需要报告的事项 at the end
P = six("2023年，我局围绕生态环境保护推进政务公开。", 2023, "我局", (548, 6),
        "存在的主要问题是环评信息公开不够及时。2024年，我局将及时公开环评信息。",
        nums=("一、", "二、", "三、", "四、", "五、", ""))
add("e-he-cangzhou-sthj-2023-mixed",
    text(["沧州市生态环境局2023年政府信息公开工作年度报告"], P),
    {}, ("沧州市生态环境局", "department", "河北省", "沧州市", None, 2023), P)

# 39. Sichuan, a county 2023: 存在的不足与改进方向 and 下一步工作安排 as parts
P = seven("2023年，县政府坚持以人民为中心，推进政务公开。", 2023, "县政府", (1180, 7),
          "政策解读的多样性不足，基层公开专区使用率不高。",
          "一是加强政策解读，二是提升专区使用率，三是加强培训。",
          titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
                  "存在的不足与改进方向", "下一步工作安排", "其他需要报告的事项"))
add("e-sc-pidu-2023-buzu-anpai",
    text(["郫都区人民政府2023年政府信息公开工作年度报告"], P, ["成都市郫都区人民政府", "2024年1月23日"]),
    {}, ("成都市郫都区人民政府", "district", "四川省", "成都市", "郫都区", 2023), P, published="2024-01-23")

# 40. Jiangsu, a city bureau 2022: 问题与不足 then 今后努力方向
P = seven("2022年，我局围绕文化强市建设推进文旅领域政务公开。", 2022, "我局", (446, 2),
          "文旅惠民政策宣传不够深入，公开形式较为单一。",
          "我局将围绕群众关切丰富公开形式，推出更多文旅惠民信息。",
          titles=("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
                  "问题与不足", "今后努力方向", "其他需要报告的事项"))
add("e-js-yangzhou-wlj-2022-nuli",
    text(["扬州市文化广电和旅游局2022年政府信息公开工作年度报告"], P),
    {}, ("扬州市文化广电和旅游局", "department", "江苏省", "扬州市", None, 2022), P)

# 41. Henan, a county 2010: the old seven parts with 存在的不足和2011年工作打算 as the problems part
P = old7("2010年，新县人民政府认真贯彻落实《条例》，扎实推进政府信息公开。", 2010, "县政府", (726, 3),
         "存在的不足是公开信息的时效性不强。2011年，县政府将建立信息报送考核机制。",
         titles=("概述", "主动公开政府信息的情况", "依申请公开政府信息的情况", "政府信息公开的收费及减免情况",
                 "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的不足和2011年工作打算", "其他需要报告的事项"))
add("e-ha-xinxian-2010-dazuan",
    text(["新县人民政府2010年政府信息公开工作年度报告"], P, ["新县人民政府", "二〇一一年三月二十八日"]),
    {}, ("新县人民政府", "county", "河南省", "信阳市", "新县", 2010), P, published="2011-03-28")

# 42. Gansu, a county 2009 as a PDF: the old parts; 2009年度 title
P = old7("2009年，康乐县人民政府认真贯彻落实《条例》，进一步完善政府信息公开工作机制。", 2009, "县政府", (512, 2),
         "存在的主要问题是乡镇公开工作进展不平衡。2010年，县政府将加强对乡镇的督查。")
add("e-gs-kangle-2009-pdf",
    Pdf(("康乐县人民政府2009年度政府信息公开工作年度报告",), tuple(lines([], P)), lines=18),
    {}, ("康乐县人民政府", "county", "甘肃省", "临夏回族自治州", "康乐县", 2009), P)

# 43. Jiangsu, a county-level city 2025 in Word: generic big title, the name in the byline
P = six("2025年，市政府坚持以人民为中心，推进政务公开提质增效。", 2025, "市政府", (1764, 16),
        "存在的主要问题是政务公开数字化水平不高。2026年，市政府将推进政务公开数字化。")
add("e-js-taixing-2025-docx-byline",
    Docx((("big", "2025年政府信息公开工作年度报告"), "泰兴市人民政府", *lines([], P))),
    {}, ("泰兴市人民政府", "county", "江苏省", "泰州市", "泰兴市", 2025), P)


# ============================ F. batch B (written after batch A's fixes, scored before its own) ============================

T7P = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况")

# 44. Shandong, a district bureau of the 计划单列市 Qingdao 2023
P = six("2023年，我局围绕教育民生实事推进教育领域政务公开。", 2023, "我局", (486, 7),
        "存在的主要问题是学校信息公开不够规范。2024年，我局将加强对学校信息公开的指导。")
add("f-sd-shinan-jtj-2023-district-bureau",
    text(["青岛市市南区教育和体育局2023年政府信息公开工作年度报告"], P),
    {}, ("青岛市市南区教育和体育局", "department", "山东省", "青岛市", "市南区", 2023), P)

# 45. Zhejiang, a county-level city created in 2019, its first report 2020
P = six("2020年，市政府在撤镇设市后的第一个完整年度，扎实推进政务公开。", 2020, "市政府", (1286, 6),
        "存在的主要问题是基层政务公开体系尚不健全。2021年，市政府将健全社区政务公开体系。")
add("f-zj-longgang-2020-newcity",
    text(["龙港市人民政府2020年政府信息公开工作年度报告"], P),
    {}, ("龙港市人民政府", "county", "浙江省", "温州市", "龙港市", 2020), P)

# 46. Jiangsu, a bureau of the Suzhou Industrial Park 2022
P = six("2022年，我局围绕就业创业和社会保障推进政务公开。", 2022, "我局", (326, 4),
        "存在的主要问题是社保政策解读不够精准。2023年，我局将开展精准解读。")
add("f-js-sip-ldj-2022-park-bureau",
    text(["苏州工业园区劳动和社会保障局2022年政府信息公开工作年度报告"], P),
    {}, ("苏州工业园区劳动和社会保障局", "department", "江苏省", "苏州市", None, 2022), P)

# 47. Beijing, a district 2021 in a crawl row whose title column is the office's notice
P = six("2021年，区政府深入贯彻新修订的《条例》，全面推进政务公开。", 2021, "区政府", (3126, 86),
        "存在的主要问题是政策解读的针对性不够强。2022年，区政府将提升解读的针对性。")
add("f-bj-chaoyang-2021-notice-row",
    row("crawl-f.jsonl", "北京市朝阳区人民政府办公室关于印发北京市朝阳区人民政府2021年政府信息公开工作年度报告的通知",
        "\n".join(["各街道办事处、各地区办事处，区政府各委、办、局：",
                   "现将《北京市朝阳区人民政府2021年政府信息公开工作年度报告》印发给你们。",
                   "北京市朝阳区人民政府办公室", "2022年1月28日", *lines([], P)]), date="2022-01-28"),
    {}, ("北京市朝阳区人民政府", "district", "北京市", "北京市", "朝阳区", 2021), P, published="2022-01-28")

# 48. Sichuan, an autonomous prefecture 2022: each heading followed by its Tibetan translation
P = six("2022年，州政府坚持以人民为中心，推进政务公开标准化规范化。", 2022, "州政府", (2314, 17),
        "存在的主要问题是县市政务公开发展不平衡。2023年，州政府将加强对县市的指导。")
TIB = ["སྤྱིའི་གནས་ཚུལ།", "འགོ་འཁྲིད་ཀྱིས་གསལ་བསྒྲགས།", "རེ་ཞུ་ལེན་པའི་གནས་ཚུལ།", "བསྐྱར་ཞིབ་དང་ཁ་མཆུ།", "དཀའ་ངལ་དང་ཐབས་ཇུས།", "གཞན་དག"]
BI = [(h, k, [tib, *b], t) for (h, k, b, t), tib in zip(P, TIB, strict=True)]
add("f-sc-aba-2022-tibetan-heads",
    text(["阿坝藏族羌族自治州人民政府2022年政府信息公开工作年度报告",
          "རྔ་བ་བོད་རིགས་ཆ་བ་རིགས་རང་སྐྱོང་ཁུལ་གྱི་ལོ་ ༢༠༢༢ ལོའི་ལོ་འཁོར་སྙན་ཞུ།"], BI),
    {}, ("阿坝藏族羌族自治州人民政府", "city", "四川省", "阿坝藏族羌族自治州", None, 2022), BI)

# 49. Jilin, a county-level city of Yanbian 2023: the Korean version after the Chinese one
P = six("2023年，市政府坚持以人民为中心，推进政务公开工作。", 2023, "市政府", (986, 3),
        "存在的主要问题是双语公开的及时性不够。2024年，市政府将同步发布双语信息。")
add("f-jl-tumen-2023-korean-after",
    text(["图们市人民政府2023年政府信息公开工作年度报告"], P,
         ["도문시인민정부 2023년 정부정보공개사업 년도보고", "1. 총체적 상황", "2023년, 시정부는 정부정보공개사업을 착실히 추진하였다."]),
    {}, ("图们市人民政府", "county", "吉林省", "延边朝鲜族自治州", "图们市", 2023), P)

# 50. Shaanxi, a district 2022: no title; the name only in the sentence that says where the e-version is
P = six("2022年，我区坚持以人民为中心，推进政务公开工作。", 2022, "我区", (1046, 5),
        "存在的主要问题是政务公开专区建设滞后。2023年，我区将完善专区建设。",
        other="本年度未收取信息处理费。本报告电子版可在商洛市商州区人民政府门户网站（http://www.shangzhou.gov.cn）查阅和下载。")
add("f-sn-shangzhou-2022-url-only",
    text([LAW + "编制本报告。"], P),
    {}, ("商洛市商州区人民政府", "district", "陕西省", "商洛市", "商州区", 2022), P)

# 51. Sichuan, a city government's office 2022: its own report (市政府办公室, 我办)
P = six("2022年，市政府办公室认真履行全市政务公开主管部门职责，推进本机关政务公开。", 2022, "我办", (394, 3),
        "存在的主要问题是本机关政策解读的形式单一。2023年，我办将丰富解读形式。")
add("f-sc-yibin-bgs-2022-office-own",
    text(["宜宾市人民政府办公室2022年政府信息公开工作年度报告"], P),
    {}, ("宜宾市人民政府办公室", "department", "四川省", "宜宾市", None, 2022), P)

# 52. Hubei, a county 2023: every part a run-in closed by a colon on one line in a text file
P = six("2023年，县政府坚持以人民为中心，推进政务公开。", 2023, "县政府", (1164, 6),
        "存在的主要问题是公开内容的实用性不强。2024年，县政府将增强公开内容的实用性。")
RUN = [(h + "：" + b[0], k, b[1:], t) for h, k, b, t in P]
add("f-hb-zigui-2023-colon-runin",
    text(["秭归县人民政府2023年政府信息公开工作年度报告"], RUN),
    {}, ("秭归县人民政府", "county", "湖北省", "宜昌市", "秭归县", 2023), P)

# 53. Guangdong, a city 2023: top-level parts numbered 1、 with items （1） under them
P = six(["2023年，市政府坚持以人民为中心，推进政务公开。", "（1）主动公开。全年主动公开政府信息3240条。",
         "（2）依申请公开。全年受理申请126件。"], 2023, "市政府", (3240, 126),
        "存在的主要问题是政策解读质量不高。2024年，市政府将提升解读质量。",
        nums=("1、", "2、", "3、", "4、", "5、", "6、"))
add("f-gd-zhanjiang-2023-arabic-dun",
    text(["湛江市人民政府2023年政府信息公开工作年度报告"], P),
    {}, ("湛江市人民政府", "city", "广东省", "湛江市", None, 2023), P)

# 54. Hunan, a city bureau 2023: 存在的差距和不足, then 2024年工作展望
P = seven("2023年，我局围绕乡村振兴推进农业农村领域政务公开。", 2023, "我局", (616, 4),
          "涉农补贴信息公开不够及时，政策解读不够通俗。",
          "我局将及时公开涉农补贴信息，推出更多图解解读。",
          titles=(*T7P, "存在的差距和不足", "2024年工作展望", "其他需要报告的事项"))
add("f-hn-yueyang-nyj-2023-zhanwang",
    text(["岳阳市农业农村局2023年政府信息公开工作年度报告"], P),
    {}, ("岳阳市农业农村局", "department", "湖南省", "岳阳市", None, 2023), P)

# 55. Anhui, a county 2022: 存在的短板及改进措施 as the problems part
P = six("2022年，县政府坚持以人民为中心，推进政务公开。", 2022, "县政府", (1088, 4),
        "短板是基层政务公开标准化程度不高。2023年，县政府将推进基层标准化建设。",
        titles=(*T7P, "存在的短板及改进措施", "其他需要报告的事项"))
add("f-ah-jinzhai-2022-duanban",
    text(["金寨县人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("金寨县人民政府", "county", "安徽省", "六安市", "金寨县", 2022), P)

# 56. Jiangsu, a regional river-basin authority of a ministry 2021: the name gives no province
P = six("2021年，我局认真落实水利部政务公开工作要求，推进流域水利信息公开。", 2021, "我局", (236, 2),
        "存在的主要问题是流域水情信息公开的时效性不强。2022年，我局将及时公开水情信息。")
add("f-slb-taihu-2021-basin",
    text(["水利部太湖流域管理局2021年政府信息公开工作年度报告"], P),
    {}, ("水利部太湖流域管理局", "department", None, None, None, 2021), P)

# 57. Zhejiang, the tax bureau of a 计划单列市 2022
P = six("2022年，我局认真落实税务总局政务公开工作要求，推进税费政策公开。", 2022, "我局", (512, 9),
        "存在的主要问题是税费政策解读的时效性不强。2023年，我局将同步发布解读。")
add("f-zj-ningbo-tax-2022-cbd",
    text(["国家税务总局宁波市税务局2022年政府信息公开工作年度报告"], P),
    {}, ("国家税务总局宁波市税务局", "department", "浙江省", "宁波市", None, 2022), P)

# 58. Guangxi, a town 2023 in a crawl row titled with the county portal's name; the town signs
P = six("2023年，我镇坚持以人民为中心，推进基层政务公开。", 2023, "我镇", (168, 0),
        "存在的主要问题是村务公开不够规范。2024年，我镇将加强村务公开指导。")
add("f-gx-zouma-2023-portal-title",
    row("crawl-f.jsonl", "昭平县人民政府门户网站", "\n".join(lines([], P, ["昭平县走马镇人民政府", "2024年1月15日"])),
        date="2024-01-16"),
    {}, ("昭平县走马镇人民政府", "township", "广西壮族自治区", "贺州市", "昭平县", 2023), P, published="2024-01-16")

# 59. Liaoning, a district of the 计划单列市 Dalian 2025 in Word
P = six("2025年，区政府坚持以人民为中心，推进政务公开提质增效。", 2025, "区政府", (1862, 19),
        "存在的主要问题是政务公开与政务服务融合不够。2026年，区政府将推进融合。")
add("f-ln-jinzhou-2025-docx",
    Docx((("big", "大连市金州区人民政府2025年政府信息公开工作年度报告"), *lines([], P), "大连市金州区人民政府", "2026年1月20日")),
    {}, ("大连市金州区人民政府", "district", "辽宁省", "大连市", "金州区", 2025), P, published="2026-01-20")

# 60. Hebei, a county 2008 in Word: 二〇〇八年 title, the old parts, the statistics period
P = old7(["本报告统计期限自2008年5月1日起至2008年12月31日止。", "2008年，县政府成立了政府信息公开工作领导小组，编制了公开指南和目录。"],
         2008, "县政府", (436, 1), "存在的主要问题是公开目录不够完善。2009年，县政府将完善公开目录。")
add("f-he-zhuozhou-2008-docx",
    Docx((("big", "涿州市人民政府二〇〇八年政府信息公开工作年度报告"), *lines([], P))),
    {}, ("涿州市人民政府", "county", "河北省", "保定市", "涿州市", 2008), P)

# 61. Henan, a county 2012 as a PDF: 年度报吿 in the title
P = old7("2012年，县政府认真贯彻落实《条例》，扎实推进政府信息公开。", 2012, "县政府", (668, 2),
         "存在的主要问题是部分单位公开意识不强。2013年，县政府将加强考核。")
add("f-ha-lankao-2012-pdf-typo",
    Pdf(("兰考县人民政府2012年政府信息公开工作年度报吿",), tuple(lines([], P)), lines=18),
    {}, ("兰考县人民政府", "county", "河南省", "开封市", "兰考县", 2012), P)

# 62. Yunnan, a city 2024 portal page: the <h1> is the portal's name, the title only in <title> after 网站_
P = six("2024年，市政府坚持以人民为中心，推进政务公开。", 2024, "市政府", (2468, 22),
        "存在的主要问题是数字化公开水平不高。2025年，市政府将推进数字化公开。")
add("f-yn-qujing-2024-h1-portal",
    cms_page("曲靖市人民政府门户网站_曲靖市人民政府2024年政府信息公开工作年度报告", blocks(P), site="曲靖市人民政府",
             h1="曲靖市人民政府门户网站", info="发布时间：2025-01-21　来源：市政府办公室"),
    {}, ("曲靖市人民政府", "city", "云南省", "曲靖市", None, 2024), P, published="2025-01-21")

# 63. Inner Mongolia, a banner 2022: signed by the banner's 政府信息公开工作领导小组 (no 办公室), title without 人民政府
P = six("2022年，我旗坚持以人民为中心，推进基层政务公开。", 2022, "我旗", (964, 3),
        "存在的主要问题是嘎查村务公开不够规范。2023年，我旗将加强指导。")
add("f-nmg-wengniute-2022-group",
    text(["翁牛特旗2022年政府信息公开工作年度报告"], P, ["翁牛特旗政府信息公开工作领导小组", "2023年1月18日"]),
    {}, ("翁牛特旗人民政府", "county", "内蒙古自治区", "赤峰市", "翁牛特旗", 2022), P, published="2023-01-18")


# ============================ G. batch C (written after batch B's fixes, scored before its own) ============================

# 64. Gansu, a county 2023: the report titled as the office's report on the government's work (关于…情况的报告)
P = six("2023年，县政府坚持以人民为中心，推进政务公开。", 2023, "县政府", (1126, 5),
        "存在的主要问题是政策解读不够及时。2024年，县政府将同步开展政策解读。")
add("g-gs-huining-2023-office-report",
    text(["会宁县人民政府办公室关于会宁县2023年度政府信息公开工作情况的报告"], P),
    {}, ("会宁县人民政府", "county", "甘肃省", "白银市", "会宁县", 2023), P)

# 65. Zhejiang, a county-level city 2022: Roman numerals with a full-width space, no mark (Ⅰ　总体情况)
P = six("2022年，市政府坚持以人民为中心，推进政务公开。", 2022, "市政府", (1468, 9),
        "存在的主要问题是公开平台整合不够。2023年，市政府将整合公开平台。",
        nums=("Ⅰ\u3000", "Ⅱ\u3000", "Ⅲ\u3000", "Ⅳ\u3000", "Ⅴ\u3000", "Ⅵ\u3000"))
add("g-zj-zhuji-2022-roman-space",
    text(["诸暨市人民政府2022年政府信息公开工作年度报告"], P),
    {}, ("诸暨市人民政府", "county", "浙江省", "绍兴市", "诸暨市", 2022), P)

# 66. Jiangxi, a county 2021: a colon after the numeral (一：总体情况)
P = six("2021年，县政府认真贯彻新修订的《条例》，推进政务公开。", 2021, "县政府", (1012, 3),
        "存在的主要问题是公开内容不够全面。2022年，县政府将拓展公开内容。",
        nums=("一：", "二：", "三：", "四：", "五：", "六："))
add("g-jx-ruijin-2021-numeral-colon",
    text(["瑞金市人民政府2021年政府信息公开工作年度报告"], P),
    {}, ("瑞金市人民政府", "county", "江西省", "赣州市", "瑞金市", 2021), P)

# 67. Zhejiang, a county survey team of the national statistics bureau 2023: the county named by its stem
P = six("2023年，我队认真落实国家统计局浙江调查总队关于政务公开的部署，推进统计调查信息公开。", 2023, "我队", (96, 0),
        "存在的主要问题是统计数据解读不够。2024年，我队将加强数据解读。")
add("g-zj-tonglu-dcd-2023-stem",
    text(["国家统计局桐庐调查队2023年政府信息公开工作年度报告"], P),
    {}, ("国家统计局桐庐调查队", "department", "浙江省", "杭州市", "桐庐县", 2023), P)

# 68. Yunnan, a provincial department 2024: a 索引号 block with its 发布日期 above the title in a text file
P = six("2024年，我厅围绕文旅强省建设推进政务公开。", 2024, "我厅", (826, 12),
        "存在的主要问题是文旅政策解读不够通俗。2025年，我厅将推出图解解读。")
add("g-yn-wlt-2024-index-block",
    text(["索引号：11530000MB1234567X/2025-00012", "发布机构：云南省文化和旅游厅", "发布日期：2025年01月20日",
          "云南省文化和旅游厅2024年政府信息公开工作年度报告"], P),
    {}, ("云南省文化和旅游厅", "department", "云南省", None, None, 2024), P, published="2025-01-20")

# 69. Sichuan, a department of a 副省级 city named with its province in front 2022
P = six("2022年，我局围绕污染防治攻坚推进生态环境信息公开。", 2022, "我局", (1024, 16),
        "存在的主要问题是环境信息解读不够。2023年，我局将加强环境信息解读。")
add("g-sc-chengdu-sthj-2022-province-prefix",
    text(["四川省成都市生态环境局2022年政府信息公开工作年度报告"], P),
    {}, ("四川省成都市生态环境局", "department", "四川省", "成都市", None, 2022), P)

# 70. Fujian, a county 2023 in Word: bold headings closed by a colon, each a paragraph of its own
P = six("2023年，县政府坚持以人民为中心，推进政务公开。", 2023, "县政府", (968, 4),
        "存在的主要问题是公开形式较为单一。2024年，县政府将丰富公开形式。")
add("g-fj-pinghe-2023-docx-bold-colon",
    Docx((("big", "平和县人民政府2023年政府信息公开工作年度报告"),
          *[p for h, _, body, _ in P for p in (("bold", h + "："), *body)])),
    {}, ("平和县人民政府", "county", "福建省", "漳州市", "平和县", 2023), P)

# 71. Guizhou, a county 2022 portal page whose paragraphs are separated by <br> only
P = six("2022年，县政府坚持以人民为中心，推进政务公开。", 2022, "县政府", (876, 2),
        "存在的主要问题是基层公开不够规范。2023年，县政府将规范基层公开。")
add("g-gz-leishan-2022-br-page",
    "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>雷山县人民政府2022年政府信息公开工作年度报告</title>\n"
    "</head>\n<body>\n<h1>雷山县人民政府2022年政府信息公开工作年度报告</h1>\n<div class=\"info\">发布时间：2023-01-17</div>\n"
    "<div class=\"article\">" + "<br/>\n".join(lines([], P)) + "</div>\n</body>\n</html>\n",
    {}, ("雷山县人民政府", "county", "贵州省", "黔东南苗族侗族自治州", "雷山县", 2022), P, published="2023-01-17")

# 72. Shanxi, a city 2021: no title; 本报告由…政务公开领导小组办公室编制
P = six("2021年，全市认真贯彻新修订的《条例》，推进政务公开标准化规范化。", 2021, "市政府", (2416, 28),
        "存在的主要问题是县区政务公开工作不平衡。2022年，市政府将加强对县区的督导。")
add("g-sx-changzhi-2021-group-compiles",
    text(["本报告由长治市政务公开领导小组办公室根据《中华人民共和国政府信息公开条例》编制。"], P),
    {}, ("长治市人民政府", "city", "山西省", "长治市", None, 2021), P)

# 73. Zhejiang, a city government's liaison office in Shanghai 2022 (联络处)
P = six("2022年，我处认真贯彻落实《条例》，推进政务公开。", 2022, "我处", (64, 0),
        "存在的主要问题是公开内容较少。2023年，我处将丰富公开内容。")
add("g-zj-wenzhou-zhuhu-2022-liaison",
    text(["温州市人民政府驻上海联络处2022年政府信息公开工作年度报告"], P),
    {}, ("温州市人民政府驻上海联络处", "department", "浙江省", "温州市", None, 2022), P)

# 74. Heilongjiang, a farm of the reclamation area 2020
P = six("2020年，我场认真落实上级关于政务公开的部署，推进场务公开。", 2020, "我场", (112, 0),
        "存在的主要问题是公开渠道较少。2021年，我场将拓展公开渠道。")
add("g-hlj-youyi-nongchang-2020",
    text(["黑龙江省友谊农场2020年政府信息公开工作年度报告"], P),
    {}, ("黑龙江省友谊农场", "other", "黑龙江省", None, None, 2020), P)

# 75. Inner Mongolia, a banner 2023: a Mongolian-script line after each Chinese heading in a crawl row
P = six("2023年，旗政府坚持以人民为中心，推进政务公开。", 2023, "旗政府", (1124, 4),
        "存在的主要问题是蒙汉双语公开内容不够丰富。2024年，旗政府将增加双语公开内容。")
MON = ["ᠶᠡᠷᠦᠩᠬᠡᠢ ᠪᠠᠢᠳᠠᠯ", "ᠢᠳᠡᠪᠬᠢᠲᠡᠢ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ", "ᠭᠤᠶᠤᠴᠢᠯᠠᠯ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ", "ᠳᠠᠬᠢᠨ ᠬᠢᠨᠠᠬᠤ", "ᠪᠡᠷᠬᠡᠰ ᠪᠠ ᠠᠷᠭ᠎ᠠ", "ᠪᠤᠰᠤᠳ"]
BI2 = [(h, k, [mon, *b], t) for (h, k, b, t), mon in zip(P, MON, strict=True)]
add("g-nmg-kezuohouqi-2023-mongol-heads",
    row("crawl-g.csv", "科尔沁左翼后旗人民政府2023年政府信息公开工作年度报告",
        "\n".join(lines(["科尔沁左翼后旗人民政府2023年政府信息公开工作年度报告"], BI2)), date="2024-01-25"),
    {}, ("科尔沁左翼后旗人民政府", "county", "内蒙古自治区", "通辽市", "科尔沁左翼后旗", 2023), BI2, published="2024-01-25")


def write(out: Path = OUT) -> None:
    """Write the probe files and ``expected.json`` to ``out``."""
    write_container_probes(PROBES14, out)


if __name__ == "__main__":
    write()
