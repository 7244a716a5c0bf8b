"""Round 12 of prose facts (tests/cases/facts_probes_heldout13.yaml and its batch B,
facts_probes_heldout14.yaml): measure words the genre uses and the lexicon lacked (帖 forum posts,
本 books, 组 groups and sets; then 艘/艘次/航次 of maritime bodies, 剂次/人份 of health bodies, 卷 of
archives, 单 of work orders, 则 of news, 档/集 of programmes, 节/堂 of lessons, 面 of banners, 枚 of
seals, 眼/口 of wells, 趟/班次 of transport, 头 of livestock, 段 of audio and road, 毫升), the spoken
numerals 俩 (= 两个) and 仨 (= 三个) before a measure word, the cutting verbs 压减, 压降 and 削减 as
decreases after a comparison; a currency word after ￥ (￥1,256.8万元) belongs to the amount; a
distribution verb (发放, 张贴, 印制, 派发, 分发) before a number is followed by the thing counted
(发放12.6万份宣传资料); 上一年度结转 is 上年结转 (carried_over); 书面申请 is every request (the
Regulations ask for requests in writing); 口 right after 月 is an OCR'd 日; and, after batch C
(facts_probes_heldout15.yaml), 整 closes a 大写 amount in 万元/亿元 (伍万元整) and 前N% after a
ranking (位列全市前10%) is a rank, not a figure.

Every rule has cases that must read and cases that must NOT read.
"""

from __future__ import annotations

import pytest

from textmine.facts import facts_in
from textmine.numbers import iter_quantities


def _facts(text: str, template: str = "gov2021"):
    return [(float(f.value), f.unit, f.change) for f in facts_in(text, template=template)]


# --- 帖, 本, 组 as measure words
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("在政务论坛回复网民帖子2,340帖。", 2340, "帖"),
        ("为各乡镇配发《政府信息公开工作指南》520本。", 520, "本"),
        ("发放宣传手册两千本。", 2000, "本"),
        ("编印办事指南一本通3000本。", 3000, "本"),
        ("组建政策解读宣讲小组36组。", 36, "组"),
        ("“政策问答库”累计收录问答1,820组。", 1820, "组"),
    ],
)
def test_new_measure_words_read(text, value, unit):
    assert (float(value), unit, None) in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "每人回复3帖子。",  # 帖子 is a word
        "编制《政务服务一本通》，实行一本账管理。",  # names and slogans
        "县级1本级预算已公开。",  # 本级
        "做到一本正经。",
        "第一组完成任务。",  # an ordinal
        "成立3组织。",  # 组织
        "一组数据显示，群众满意度持续提升。",  # discourse
    ],
)
def test_new_measure_words_do_not_read(text):
    assert not [f for f in facts_in(text) if f.unit in ("帖", "本", "组")], text


# --- 俩 and 仨 before a measure word
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("镇党政办配备兼职信息员俩人。", 2, "人"),
        ("值班窗口仨人轮岗。", 3, "人"),
    ],
)
def test_spoken_numerals_read(text, value, unit):
    assert (float(value), unit, None) in _facts(text)


@pytest.mark.parametrize("text", ["他们俩一起办理。", "识破各种伎俩。", "哥儿仨都在。"])
def test_spoken_numerals_alone_do_not_read(text):
    assert facts_in(text) == []
    assert list(iter_quantities(text)) == []


# --- 压减, 压降, 削减 after a comparison are decreases; 压减至 states the level reached
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("公开镇级“三公”经费支出18.6万元，较上年压减2.3万元。", 2.3, "万元"),
        ("承诺时限较法定时限平均压减65%。", 65, "%"),
        ("行政成本同比压降12%。", 12, "%"),
        ("审批事项较上年削减15项。", 15, "项"),
    ],
)
def test_cutting_verbs_are_decreases(text, value, unit):
    assert (float(value), unit, "decrease") in _facts(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("会议经费压减至18万元。", 18, "万元"),  # the level reached, not the cut
        ("削减审批事项15项。", 15, "项"),  # no comparison: the items cut are counted
    ],
)
def test_cutting_verbs_without_a_change(text, value, unit):
    assert (float(value), unit, None) in _facts(text)
    assert not [c for _, _, c in _facts(text) if c]


def test_cut_time_limit_is_no_fact():
    # a duration stays no fact, whatever verb cuts it
    assert facts_in("审批时限压减至5个工作日。") == []


# --- measure words of other bodies (set 14)
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全年开展船舶安全检查326艘次，滞留船舶12艘。", 326, "艘次"),
        ("全年开展船舶安全检查326艘次，滞留船舶12艘。", 12, "艘"),
        ("辖区船舶进出港报告4.8万航次。", 4.8, "万航次"),
        ("累计接种新冠病毒疫苗86.3万剂次。", 86.3, "万剂次"),
        ("完成核酸检测120万人份。", 120, "万人份"),
        ("接收现行文件1,236卷。", 1236, "卷"),
        ("12345热线全年派发工单18.6万单。", 18.6, "万单"),
        ("发布政务新闻1,028则。", 1028, "则"),
        ("制作电视节目3档、52集。", 3, "档"),
        ("制作电视节目3档、52集。", 52, "集"),
        ("录制业务微课12节。", 12, "节"),
        ("举办“政策进课堂”活动20堂。", 20, "堂"),
        ("办事群众赠送锦旗15面。", 15, "面"),
        ("收回作废印章36枚。", 36, "枚"),
        ("新打机井42眼，维修水窖116口。", 42, "眼"),
        ("新打机井42眼，维修水窖116口。", 116, "口"),
        ("每日发车1,560班次，新增农村客运班线12趟。", 1560, "班次"),
        ("每日发车1,560班次，新增农村客运班线12趟。", 12, "趟"),
        ("涉及能繁母猪3,620头。", 3620, "头"),
        ("上线音频解读18段。", 18, "段"),
        ("采购口蹄疫疫苗1,200万毫升。", 1200, "万毫升"),
    ],
)
def test_measure_words_of_other_bodies_read(text, value, unit):
    assert (float(value), unit) in [(v, u) for v, u, _ in _facts(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("一则可以提高效率，二则可以方便群众。", "则"),  # a conjunction
        ("元旦春节“两节”期间，加强值班值守。", "节"),
        ("两节期间暂停办理。", "节"),
        ("推行行政审批“三集中”改革。", "集"),
        ("3集中办理。", "集"),  # 集中
        ("持续治理“两面人”问题。", "面"),
        ("县城三面环山。", "面"),
        ("完成5面积测量。", "面"),  # 面积
        ("一眼望去，政务公开栏整齐划一。", "眼"),
        ("一口气完成全部整改。", "口"),
        ("全省12口岸全部公开通关时限。", "口"),  # 口岸
        ("让群众少跑两头。", "头"),
        ("一头连着政府，一头连着群众。", "头"),
        ("发布2头条新闻。", "头"),  # 头条
        ("一段时间以来，申请量持续增长。", "段"),
        ("整理3卷宗。", "卷"),  # 卷宗
        ("1单位未按时公开。", "单"),  # 单位
        ("归档2档案。", "档"),  # 档案
        ("建立3集体经济组织。", "集"),  # 集体
    ],
)
def test_measure_words_of_other_bodies_do_not_read(text, unit):
    assert not [f for f in facts_in(text) if unit in f.unit], text


# --- ￥ with the currency word after the amount
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("区财政局公开政府采购合同金额￥1,256.8万元。", 1256.8, "万元"),
        ("收取信息处理费￥200元。", 200, "元"),
        ("收取信息处理费￥1.2万。", 1.2, "万元"),
    ],
)
def test_currency_sign_and_word_read_once(text, value, unit):
    facts = facts_in(text)
    assert [(float(f.value), f.unit) for f in facts] == [(float(value), unit)]
    assert facts[0].text.endswith(("元", "万")), facts[0].text


def test_currency_sign_before_a_holiday():
    # 元旦 after the amount is a holiday, not the currency word
    (f,) = facts_in("收取信息处理费￥200，元旦期间免费。")
    assert (f.value, f.unit) == (200, "元") and "元旦" not in f.text


# --- a distribution verb before the number: the thing counted follows it
@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("镇政府全年发放12.6万份宣传资料。", 12.6, "宣传资料"),
        ("张贴3,200余张公告。", 3200, "公告"),
        ("印制3000份明白纸。", 3000, "明白纸"),
        ("发放1.2万元慰问金。", 1.2, "慰问金"),
    ],
)
def test_distribution_verb_counts_the_noun_after(text, value, counted):
    got = [f for f in facts_in(text) if abs(float(f.value) - value) < 1e-9]
    assert got and got[0].counted == counted, [(f.counted, f.text) for f in got]


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("发放宣传资料2,000份，张贴公告300张。", 2000, "宣传资料"),  # the noun before the number
        ("发放补贴资金12万元给困难群众。", 12, "补贴资金"),
    ],
)
def test_distribution_verb_noun_before_stays(text, value, counted):
    got = [f for f in facts_in(text) if abs(float(f.value) - value) < 1e-9]
    assert got and got[0].counted == counted, [(f.counted, f.text) for f in got]


def test_distribution_verb_without_a_noun_after():
    (f, _) = facts_in("共发放2,000份，覆盖群众1万人。")
    assert (f.value, f.unit) == (2000, "份") and not f.counted


# --- 上一年度结转, 书面申请
@pytest.mark.parametrize(
    ("text", "value", "indicator", "template"),
    [
        ("上一年度结转申请134件。", 134, "carried_over", "gov2021"),
        ("上一年结转政府信息公开申请3件。", 3, "carried_over", "gov2021"),
        ("全年受理书面申请三十余件。", 30, "requests_received", "local"),
        ("本年度受理书面申请45件。", 45, "new_received", "gov2021"),
        ("收到书面申请12件。", 12, "requests_received", "gov2014"),
    ],
)
def test_indicator_wordings(text, value, indicator, template):
    got = [f for f in facts_in(text, template=template) if abs(float(f.value) - value) < 1e-9]
    assert got and got[0].indicator == indicator, [(f.indicator, f.text) for f in got]


@pytest.mark.parametrize(
    ("text", "value", "template"),
    [
        ("结转下一年度继续办理4件。", 4, "gov2021"),  # carried forward, not over
        ("受理书面申请材料12份。", 12, "gov2014"),  # 申请材料 are papers
        ("本年度受理政务服务事项书面申请1.2万件。", 1.2, "gov2021"),  # a service hall
    ],
)
def test_indicator_wordings_do_not_name(text, value, template):
    got = [f for f in facts_in(text, template=template) if abs(float(f.value) - value) < 1e-9]
    assert got and got[0].indicator not in ("carried_over", "new_received", "requests_received"), [
        (f.indicator, f.text) for f in got
    ]


# --- 口 right after 月 is an OCR'd 日 (a date), never a count
@pytest.mark.parametrize(
    "text",
    ["某某县人民政府\n二O一O年三月十五口", "二0一一年三月十八口", "本报告于2011年3月18口发布。"],
)
def test_misread_day_is_no_count(text):
    assert not [f for f in facts_in(text) if f.unit == "口"], text


@pytest.mark.parametrize(("text", "value"), [("维修水窖116口。", 116), ("全年新打机井3口。", 3)])
def test_wells_are_counted(text, value):
    assert (float(value), "口", None) in _facts(text)


@pytest.mark.parametrize(
    "text", ["宣传二十四节气知识。", "开展廿四节气进社区活动。", "推行3节水措施。"]
)
def test_lessons_do_not_read_from_words_with_jie(text):
    assert not [f for f in facts_in(text) if f.unit == "节"], text


# --- 整 closing a 大写 amount in 万元/亿元 (set 15)
@pytest.mark.parametrize(
    ("text", "value", "unit", "span"),
    [
        ("全年收取检索复制费用伍万元整，均按规定上缴。", 5, "万元", "伍万元整"),
        ("拨付专项经费壹拾贰万元正。", 12, "万元", "壹拾贰万元正"),
        ("收取费用叁佰元整。", 300, "元", "叁佰元整"),
    ],
)
def test_zheng_closes_the_amount(text, value, unit, span):
    (f,) = facts_in(text)
    assert (f.value, f.unit) == (value, unit) and f.text.endswith(span), f.text


@pytest.mark.parametrize("text", ["投入伍万元整理档案。", "投入伍万元正在建设查阅点。"])
def test_zheng_of_a_word_is_not_the_amount(text):
    (f,) = facts_in(text)
    assert (f.value, f.unit) == (5, "万元") and f.text.endswith("伍万元"), f.text


# --- 前N%: a band of a ranking, not a figure (set 15)
@pytest.mark.parametrize("text", ["政务公开考评位列全市前10%。", "排名进入全省前5%。"])
def test_top_band_is_a_rank(text):
    assert facts_in(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("提前10%完成任务。", 10), ("目前10%的申请涉及征收。", 10), ("较前三季度增长10%。", 10)],
)
def test_percent_after_other_qian_stays(text, value):
    assert [float(f.value) for f in facts_in(text) if f.unit == "%"] == [value]
