"""Test utility: the probe corpus, reports written for textmine in the shapes of the country.

Fictional bodies of real provinces (provincial departments, ministries, municipal bureaus,
county, district and township governments), 2013–2025, in the three eras, in the shapes that
crawled texts take: no title line (the title sits in the crawler's header or nowhere), a
preamble or straight ``一、总体情况``, the issuer named only in the body (``2022年，某某省民政厅
坚持…``, the signature block, ``本报告由X编制``), short forms (我厅, 省人社厅) beside the full
name, portal names in the header, and bodies flattened onto one line. Each probe has its
expected metadata and level-1 section kinds, written by hand in :data:`PROBES`.

``python tests/probe_writer.py`` rewrites ``tests/cases/probes/`` (one ``.txt`` per probe and
``expected.json``); the tests read those files, so the texts are fixed inputs.

Example:
    >>> text, header = build(PROBES[0])
    >>> "一、总体情况" in text and "标题" not in header
    True
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "cases" / "probes"


@dataclass(frozen=True)
class Probe:
    """One probe report: how its text is shaped and what textmine must read from it.

    ``opening`` is how the body names the issuer first: ``full`` (2022年，<full>坚持…),
    ``self`` (2022年，我厅…), ``short`` (2022年，省交通厅…), ``none`` (no subject sentence);
    ``signature`` puts ``<sign>`` and a date at the end; ``compiled`` adds 本报告由<full>办公室编制;
    ``title`` is ``none``, ``text`` (a title line) or ``header`` (the crawler's 标题);
    ``layout`` is ``lines``, ``flat`` (one line), ``spaced`` (one line, spaces between
    blocks) or ``cr`` (blocks separated by carriage returns); ``preamble`` is ``law`` (根据《条例》…), ``parts`` (a preamble listing the parts)
    or ``none``.
    """

    pid: str
    issuer: str
    level: str
    province: str | None
    city: str | None
    year: int
    self_word: str = "我厅"
    short: str | None = None
    opening: str = "full"
    signature: bool = True
    sign: str | None = None
    compiled: bool = False
    title: str = "none"
    layout: str = "lines"
    preamble: str = "law"
    header: dict[str, str] = field(default_factory=dict)
    problems_heading: str = "存在的主要问题及改进情况"
    plans_cue: str = "下一步"
    county: str | None = None
    named: str | None = None  # the name the opening and signature use, when not the issuer itself
    mention: str | None = None  # a sentence of the body that names the issuer in passing
    period: bool = True  # the preamble states the statistics period

    @property
    def era(self) -> str:
        return "gov2021" if self.year >= 2021 else "gov2019" if self.year >= 2019 else "old"


# (heading, kind) of the level-1 parts, per era
HEADINGS = {
    "gov2021": [("总体情况", "overview"), ("主动公开政府信息情况", "proactive"),
                ("收到和处理政府信息公开申请情况", "requests"), ("政府信息公开行政复议、行政诉讼情况", "appeals"),
                ("存在的主要问题及改进情况", "problems"), ("其他需要报告的事项", "other")],
    "gov2019": [("总体情况", "overview"), ("主动公开政府信息情况", "proactive"),
                ("收到和处理政府信息公开申请情况", "requests"), ("政府信息公开行政复议、行政诉讼情况", "appeals"),
                ("存在的主要问题及改进情况", "problems"), ("其他需要报告的事项", "other")],
    "old": [("概述", "overview"), ("主动公开政府信息情况", "proactive"), ("依申请公开政府信息情况", "requests"),
            ("政府信息公开的收费及减免情况", "fees"), ("因政府信息公开申请行政复议、提起行政诉讼的情况", "appeals"),
            ("政府信息公开工作存在的主要问题及改进情况", "problems"), ("其他需要报告的事项", "other")],
}

BODY = {
    "overview": ("{self}坚持以公开为常态、不公开为例外，调整充实政务公开工作领导小组，明确一名副职分管，"
                 "办公室具体负责日常工作。修订完善信息发布协调、保密审查等制度，编制公开指南和公开目录。"),
    "proactive": ("全年通过门户网站主动公开政府信息{n}条，其中规范性文件{m}件。围绕财政预决算、重大项目、"
                  "社会救助等重点领域及时发布信息，在政务新媒体同步推送政策文件和解读材料。"),
    "requests": ("全年共收到政府信息公开申请{m}件，均在法定期限内办结。其中予以公开{k}件，本机关不掌握相关信息{j}件。"),
    "fees": "本年度未收取任何政府信息公开费用。",
    "appeals": "本年度未发生因政府信息公开引起的行政复议和行政诉讼。",
    "other": "本年度无其他需要报告的事项。",
}

PROBLEMS = "一是政策解读形式还不够丰富，图解、视频等形式运用较少；二是基层业务人员对《条例》掌握不够，答复文书有待规范。"
PLANS = {
    "下一步": "下一步，{self}将丰富解读形式，多用图表图解；加强业务培训，每年至少组织一次专题培训。",
    "改进措施：": "改进措施：{self}将健全解读机制，推动解读与文件同步起草、同步审签；规范答复文书格式。",
    "今后": "今后，{self}将进一步加强门户网站栏目建设，完善信息发布审核流程，提升公开质量。",
    "将": "{next}年，{self}将围绕重点领域持续深化公开，加强政策解读和业务培训，不断提升工作水平。",
    "（二）改进措施": "（二）改进措施\n针对上述问题，{self}将丰富解读形式，加强培训，规范答复。",
}


def _subject(p: Probe) -> str:
    return {"full": p.issuer, "self": p.self_word, "short": p.short or p.self_word, "none": ""}[p.opening]


def build(p: Probe) -> tuple[str, dict[str, str]]:
    """The text and the crawler header of a probe.

    >>> text, header = build(PROBES[1])
    >>> text.splitlines()[-1][:4].isdigit()
    True
    """
    year = p.year
    selfword = p.self_word
    blocks: list[str] = []
    header = dict(p.header)
    title = f"{p.issuer}{year}年政府信息公开工作年度报告"
    if p.title == "text":
        blocks.append(title)
    elif p.title == "header":
        header.setdefault("标题", title)
    if p.preamble == "law":
        blocks.append("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级有关要求，编制本年度报告。"
                      + (f"本报告所列数据统计期限自{year}年1月1日至{year}年12月31日。" if p.period else ""))
    elif p.preamble == "parts":
        blocks.append("本报告内容包括概述、主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题及改进情况、"
                      "其他需要报告的事项等部分。")
    if p.compiled:
        blocks.append(f"本报告由{p.issuer}办公室编制。")
    numbers = "一二三四五六七八"
    headings = HEADINGS[p.era]
    for k, (heading, kind) in enumerate(headings):
        if kind == "problems":
            heading = p.problems_heading if p.era != "old" else heading
        blocks.append(f"{numbers[k]}、{heading}")
        if kind == "overview":
            subject = _subject(p)
            lead = f"{year}年，{subject}" if subject else f"{year}年，"
            blocks.append(lead + BODY["overview"].format(self="" if subject else ""))
            if p.mention:
                blocks.append(p.mention)
        elif kind == "problems":
            blocks.append(PROBLEMS)
            blocks.append(PLANS[p.plans_cue].format(self=selfword, next=year + 1))
        else:
            blocks.append(BODY[kind].format(n=120 + year % 50, m=3 + year % 7, k=2, j=1 + year % 3))
    if p.signature:
        blocks.append(p.sign or p.named or p.issuer)
        blocks.append(f"{year + 1}年1月{10 + year % 15}日")
    if p.layout == "flat":
        text = "".join(blocks)
    elif p.layout == "spaced":
        text = " ".join(blocks)
    elif p.layout == "cr":
        text = "\r".join(blocks) + "\r"
    else:
        text = "\n".join(blocks) + "\n"
    return text, header


def expected(p: Probe) -> dict[str, Any]:
    """What textmine must read from a probe (hand-written, not computed by textmine)."""
    kinds = [kind for _, kind in HEADINGS[p.era]]
    return {"issuer": p.issuer, "admin_level": p.level, "province": p.province, "city": p.city,
            "county": p.county, "year": p.year, "kinds": kinds, "plans": True}


def _p(pid: str, issuer: str, level: str, province: str | None, city: str | None, year: int, **kw: Any) -> Probe:
    return Probe(pid, issuer, level, province, city, year, **kw)


PORTAL = {"来源": "某某市人民政府门户网站"}

PROBES: tuple[Probe, ...] = (
    # --- provincial departments (>= 10 provinces), no title line --------------------------------
    _p("jx-minzheng-2022", "江西省民政厅", "department", "江西省", None, 2022, opening="self"),
    _p("hn-jiaotong-2022", "湖南省交通运输厅", "department", "湖南省", None, 2022, opening="short",
       short="省交通厅", preamble="none"),
    _p("sc-renshe-2021", "四川省人力资源和社会保障厅", "department", "四川省", None, 2021, opening="short",
       short="省人社厅", signature=True),
    _p("hb-shengtai-2023", "河北省生态环境厅", "department", "河北省", None, 2023, opening="full", signature=False),
    _p("sd-zhujian-2020", "山东省住房和城乡建设厅", "department", "山东省", None, 2020, opening="none",
       compiled=True),
    _p("gx-ziran-2019", "广西壮族自治区自然资源厅", "department", "广西壮族自治区", None, 2019, opening="self"),
    _p("yn-weijian-2024", "云南省卫生健康委员会", "department", "云南省", None, 2024, self_word="我委",
       opening="self", plans_cue="将"),
    _p("hlj-nongye-2018", "黑龙江省农业委员会", "department", "黑龙江省", None, 2018, self_word="我委",
       opening="full", layout="flat"),
    _p("sx-shichang-2021", "陕西省市场监督管理局", "department", "陕西省", None, 2021, self_word="我局",
       opening="short", short="省市场监管局"),
    _p("zj-jiaoyu-2016", "浙江省教育厅", "department", "浙江省", None, 2016, opening="self", preamble="parts"),
    _p("gz-yingji-2022", "贵州省应急管理厅", "department", "贵州省", None, 2022, opening="self",
       header=PORTAL, plans_cue="改进措施："),
    _p("ln-tongji-2015", "辽宁省统计局", "department", "辽宁省", None, 2015, self_word="我局", opening="full",
       layout="spaced"),
    _p("nm-shuili-2023", "内蒙古自治区水利厅", "department", "内蒙古自治区", None, 2023, opening="self",
       problems_heading="存在的问题及改进措施"),
    _p("xj-shangwu-2020", "新疆维吾尔自治区商务厅", "department", "新疆维吾尔自治区", None, 2020,
       opening="none", header={"发布机构": "新疆维吾尔自治区商务厅"}),
    _p("gs-caizheng-2017", "甘肃省财政厅", "department", "甘肃省", None, 2017, opening="self", title="header"),
    _p("jl-keji-2025", "吉林省科学技术厅", "department", "吉林省", None, 2025, opening="short", short="省科技厅",
       plans_cue="今后"),
    _p("qh-linye-2014", "青海省林业厅", "department", "青海省", None, 2014, opening="full", preamble="none"),
    _p("hi-yibao-2023", "海南省医疗保障局", "department", "海南省", None, 2023, self_word="我局",
       opening="short", short="省医保局", layout="flat"),
    _p("sx-sifa-2019", "山西省司法厅", "department", "山西省", None, 2019, opening="self", compiled=True,
       signature=False),
    _p("ah-wenlv-2021", "安徽省文化和旅游厅", "department", "安徽省", None, 2021, opening="short",
       short="省文旅厅", plans_cue="（二）改进措施"),
    _p("fj-gonganting-2013", "福建省公安厅", "department", "福建省", None, 2013, opening="self",
       header=PORTAL),
    _p("hub-tuiyi-2024", "湖北省退役军人事务厅", "department", "湖北省", None, 2024, opening="self",
       layout="spaced", plans_cue="将"),
    _p("gd-gongxin-2022", "广东省工业和信息化厅", "department", "广东省", None, 2022, opening="short",
       short="省工信厅", title="header"),
    _p("js-shuiwu-2016", "江苏省国家税务局", "department", "江苏省", None, 2016, self_word="我局",
       opening="self"),
    # --- ministries (national: no province) ----------------------------------------------------
    _p("mot-2021", "交通运输部", "department", None, None, 2021, self_word="我部", opening="full"),
    _p("mee-2019", "生态环境部", "department", None, None, 2019, self_word="我部", opening="self"),
    _p("nbs-2023", "国家统计局", "department", None, None, 2023, self_word="我局", opening="full",
       layout="flat"),
    _p("customs-2016", "海关总署", "department", None, None, 2016, self_word="我署", opening="self"),
    _p("mof-2024", "财政部", "department", None, None, 2024, self_word="我部", opening="self",
       title="header"),
    # --- municipal departments ------------------------------------------------------------------
    _p("ganzhou-sthj-2022", "赣州市生态环境局", "department", "江西省", "赣州市", 2022, self_word="我局",
       opening="self"),
    _p("luoyang-jt-2020", "洛阳市交通运输局", "department", "河南省", "洛阳市", 2020, self_word="我局",
       opening="short", short="市交通局"),
    _p("mianyang-jy-2018", "绵阳市教育局", "department", "四川省", "绵阳市", 2018, self_word="我局",
       opening="full", preamble="none"),
    _p("dalian-mz-2023", "大连市民政局", "department", "辽宁省", "大连市", 2023, self_word="我局",
       opening="self", header=PORTAL),
    _p("bj-shangwu-2021", "北京市商务局", "department", "北京市", "北京市", 2021, self_word="我局",
       opening="full", layout="flat"),
    _p("cq-shuili-2024", "重庆市水利局", "department", "重庆市", "重庆市", 2024, self_word="我局",
       opening="self", plans_cue="今后"),
    _p("liuzhou-scjg-2019", "柳州市市场监督管理局", "department", "广西壮族自治区", "柳州市", 2019,
       self_word="我局", opening="none", compiled=True),
    # --- county, district and township governments -------------------------------------------
    _p("tonglu-2022", "杭州市桐庐县人民政府", "county", "浙江省", "杭州市", 2022, self_word="我县",
       opening="full", county="桐庐县"),
    _p("wugong-2017", "咸阳市武功县人民政府", "county", "陕西省", "咸阳市", 2017, self_word="我县",
       opening="self", county="武功县"),
    _p("yuechi-2020", "广安市岳池县人民政府", "county", "四川省", "广安市", 2020, self_word="我县",
       opening="full", layout="spaced", county="岳池县"),
    _p("jiulong-2023", "广安市岳池县九龙镇人民政府", "township", "四川省", "广安市", 2023, self_word="我镇",
       opening="full", county="岳池县", named="岳池县九龙镇人民政府", sign="广安市岳池县九龙镇人民政府"),
    _p("jiangning-2021", "南京市江宁区人民政府", "district", "江苏省", "南京市", 2021, self_word="我区",
       opening="full", county="江宁区", title="header"),
    _p("yuhu-2015", "湘潭市雨湖区人民政府", "district", "湖南省", "湘潭市", 2015, self_word="我区",
       opening="self", county="雨湖区"),
    _p("dongcheng-jd-2024", "北京市东城区东华门街道办事处", "township", "北京市", "北京市", 2024,
       self_word="我街道", opening="full", county="东城区"),
    _p("xinjin-xiang-2019", "毕节市大方县羊场镇人民政府", "township", "贵州省", "毕节市", 2019, self_word="我镇",
       opening="full", county="大方县", layout="flat"),
    _p("qianxi-2025", "唐山市迁西县人民政府", "county", "河北省", "唐山市", 2025, self_word="我县",
       opening="self", county="迁西县", title="text"),
    # --- harder shapes: the name stated only in passing, short titles and signatures ------------
    _p("hen-shuili-2022", "河南省水利厅", "department", "河南省", None, 2022, opening="short", short="省水利厅",
       signature=False, mention="全年在河南省水利厅门户网站“政府信息公开”专栏更新信息。"),
    _p("fj-tongji-2016", "福建省统计局", "department", "福建省", None, 2016, self_word="我局", opening="self",
       signature=False, mention="依托福建省统计局网站发布统计数据和解读材料。", period=False),
    _p("sc-jiaotong-2024", "四川省交通运输厅", "department", "四川省", None, 2024, opening="self",
       title="header", header={"标题": "省交通运输厅2024年政府信息公开工作年度报告", "来源": "四川省交通运输厅"}),
    _p("jx-renshe-2019", "江西省人力资源和社会保障厅", "department", "江西省", None, 2019, opening="self",
       title="header", header={"标题": "2019年政府信息公开工作年度报告", "发布机构": "江西省人力资源和社会保障厅"}),
    _p("hn-shichang-2013", "湖南省工商行政管理局", "department", "湖南省", None, 2013, self_word="我局",
       opening="self", sign="湖南省工商行政管理局", period=False, preamble="none"),
    _p("xa-zhujian-2021", "西安市住房和城乡建设局", "department", "陕西省", "西安市", 2021, self_word="我局",
       opening="short", short="市住建局", signature=False,
       mention="按照西安市人民政府办公厅要求，西安市住房和城乡建设局网站开设政务公开专栏。"),
    _p("mnr-2020", "自然资源部", "department", None, None, 2020, self_word="我部", opening="self",
       header=PORTAL | {"来源": "中国政府网"}, layout="flat"),
    _p("chengguan-2018", "兰州市城关区人民政府", "district", "甘肃省", "兰州市", 2018, self_word="我区",
       opening="self", county="城关区", signature=False,
       mention="在兰州市城关区人民政府门户网站开设政府信息公开专栏。"),
    # --- carriage returns, 关于 titles, autonomous prefectures, leagues and banners --------------
    _p("hub-jiaotong-2022", "湖北省交通运输厅", "department", "湖北省", None, 2022, opening="self", layout="cr"),
    _p("yanbian-mz-2020", "延边朝鲜族自治州民政局", "department", "吉林省", "延边朝鲜族自治州", 2020,
       self_word="我局", opening="self", layout="cr"),
    _p("hn-minzheng-2023", "湖南省民政厅", "department", "湖南省", None, 2023, opening="self", title="header",
       header={"标题": "湖南省民政厅关于2023年度政府信息公开工作的报告"}),
    _p("kashi-wj-2021", "喀什地区卫生健康委员会", "department", "新疆维吾尔自治区", "喀什地区", 2021,
       self_word="我委", opening="short", short="地区卫健委", signature=True),
    _p("xilin-2016", "锡林郭勒盟行政公署", "city", "内蒙古自治区", "锡林郭勒盟", 2016, self_word="我盟",
       opening="full", preamble="none"),
    _p("arongqi-2024", "呼伦贝尔市阿荣旗人民政府", "county", "内蒙古自治区", "呼伦贝尔市", 2024, self_word="我旗",
       opening="self", county="阿荣旗", layout="cr"),
    _p("baotou-2014", "包头市人民政府", "city", "内蒙古自治区", "包头市", 2014, self_word="我市",
       opening="full"),
)


def analyse_probes(out: Path, table: dict[str, Any]) -> dict[str, Any]:
    """Every probe of ``table`` (id → header and expected values) in folder ``out`` read through
    the whole pipeline with its crawler header, by id."""
    from tests.probe_sets import read_probe

    return {pid: read_probe(out, pid, table[pid]) for pid in sorted(table)}


def write(out: Path = OUT) -> None:
    """Write every probe's text and header, and ``expected.json``, under ``out`` (the
    templated probes and the hand-written ones of ``tests/probe_hand.py``)."""
    from tests.probe_hand import HAND

    out.mkdir(parents=True, exist_ok=True)
    table = {}
    for p in PROBES:
        text, header = build(p)
        (out / f"{p.pid}.txt").write_bytes(text.encode("utf-8"))
        table[p.pid] = {"header": header, "expected": expected(p)}
    for pid, (text, header, want) in HAND.items():
        (out / f"{pid}.txt").write_bytes(text.encode("utf-8"))
        table[pid] = {"header": header, "expected": want}
    (out / "expected.json").write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    write()
