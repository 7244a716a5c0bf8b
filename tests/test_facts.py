"""Tests of textmine.facts: hand-written sentences, spans, and the gold facts of the corpus."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest

from textmine.facts import extract_facts, facts_in, guess_era
from textmine.model import Sentence

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
BENCH = Path(__file__).resolve().parents[1] / "bench"

# (sentence, [(value, unit, qualifier, counted, change)])
CASES = [
    ("受理各类政务服务事项140154件", [(140154, "件", None, "各类政务服务事项", None)]),
    ("219项便民服务事项", [(219, "项", None, "便民服务事项", None)]),
    ("财政局、人社局等25个部门", [(25, "个", None, "部门", None)]),
    ("积极搭建五个信息公开平台", [(5, "个", None, "信息公开平台", None)]),
    ("开设窗口26个", [(26, "个", None, "窗口", None)]),
    ("日均办件量达到900件以上", [(900, "件", "more_than", "日均办件量", None)]),
    ("累计主动公开政府信息7700余条", [(7700, "条", "more_than", "主动公开政府信息", None)]),
    ("办理下岗失业人员减免税共计91件", [(91, "件", "total", "下岗失业人员减免税", None)]),
    (
        "其中：当面申请3件、网络申请12件",
        [(3, "件", None, "当面申请", None), (12, "件", None, "网络申请", None)],
    ),
    (
        "现场咨询1600人次，占32.65%",
        [(1600, "人次", None, "现场咨询", None), (Decimal("32.65"), "%", None, "现场咨询", None)],
    ),
    ("受理申请量同比增长12.3%", [(Decimal("12.3"), "%", None, "受理申请量", "increase")]),
    ("收到申请较去年减少5件", [(5, "件", None, "申请", "decrease")]),
    ("满意率比上年提高3个百分点", [(3, "个百分点", None, "满意率", "increase")]),
    ("中心共接待群众咨询283425人(次)", [(283425, "人次", "total", "群众咨询", None)]),
    ("汇聚数据8232万条", [(8232, "万条", None, "数据", None)]),
    ("产生的政府信息公开费用1万元", [(1, "万元", None, "产生的政府信息公开费用", None)]),
    ("有 1 件涉及政府信息公开工作的行政复\n议", [(1, "件", None, "行政复议", None)]),
    ("目前已汇集了60个单位的主动公开的政府信息", [(60, "个", None, "单位", None)]),
    ("共收到70件申请", [(70, "件", "total", "申请", None)]),
    ("2013年刊出政务公开栏12期", [(12, "期", None, "政务公开栏", None)]),
    ("区管委会、县政府公开办主动公开信息数为62条", [(62, "条", None, "区管委会、县政府公开办主动公开信息数", None)]),
    ("先后进行4次专项清理", [(4, "次", None, "专项清理", None)]),
    ("共举办培训班3期，培训人员200人次", [(3, "期", "total", "培训班", None), (200, "人次", None, "培训人员", None)]),
    # QA 2026-11: qualifiers
    ("百分之九十五以上的申请按时办结", [(95, "%", "more_than", "申请", None)]),
    ("申请人满意率达95%以上", [(95, "%", "more_than", "申请人满意率", None)]),
    ("依申请公开约占百分之三十", [(30, "%", "about", "依申请公开", None)]),
    ("依申请公开约占30%", [(30, "%", "about", "依申请公开", None)]),
    ("接待群众约为356.8万人次", [(Decimal("356.8"), "万人次", "about", "群众", None)]),
    # a previous-year baseline gives no fact; the change after it counts the same thing
    ("本年新收申请较2019年的3580条增加432条", [(432, "条", None, "新收申请", "increase")]),
    ("收到申请与上年的120件相比，减少8件", [(8, "件", None, "申请", "decrease")]),
    ("较去年同期的12件下降3件", [(3, "件", None, None, "decrease")]),
    ("与2019年相比增加12件", [(12, "件", None, None, "increase")]),
    # counted phrases
    ("举办3期培训班共计培训200余人", [(3, "期", None, "培训班", None), (200, "人", "more_than", None, None)]),
    ("超过80%的申请在10个工作日内办结", [(80, "%", "more_than", "申请", None)]),
    ("约200人参加培训", [(200, "人", "about", "参加培训", None)]),
    ("较上年减少2件", [(2, "件", None, None, "decrease")]),
    ("重点从五个方面推进政务公开", [(5, "个", None, "方面", None)]),
    # other forms
    ("收取费用¥200", [(200, "元", None, "费用", None)]),
    ("申请量增长两成", [(2, "成", None, "申请量", "increase")]),
    ("申请量下降三成", [(3, "成", None, "申请量", "decrease")]),
    ("申请量翻了一番", [(1, "番", None, "申请量", "increase")]),
    ("差错率控制在千分之五", [(5, "‰", None, "差错率", None)]),
    ("采购零件12套", [(12, "套", None, "采购零件", None)]),
    # 万/亿: kept in the unit when it ends the numeral, read whole when inside it
    ("发布信息1.2万条", [(Decimal("1.2"), "万条", None, "信息", None)]),
    ("接待3万4000人次", [(34000, "人次", None, None, None)]),
    ("发布信息二万三千余条", [(23000, "条", "more_than", "信息", None)]),
]

# issue 11: the counted phrase names the thing counted (a noun phrase), never a bare verb or a
# fragment; a bare verb takes the noun of the previous fact in the same unit, else null
CASES += [
    ("受理政府信息公开申请21件", [(21, "件", None, "政府信息公开申请", None)]),
    (
        "县政府共收到行政复议申请4件，依法办结4件，其中2件依法予以维持，1件予以终止，1件确认违法。",
        [
            (4, "件", "total", "行政复议申请", None),
            (4, "件", None, "依法办结的行政复议申请", None),
            (2, "件", None, "依法予以维持的行政复议申请", None),
            (1, "件", None, "予以终止的行政复议申请", None),
            (1, "件", None, "确认违法的行政复议申请", None),
        ],
    ),
    ("全年共发布152条", [(152, "条", "total", None, None)]),  # what was published is implied
    # a sentence opening with 其中 lists parts of the sentence before it
    (
        "共收到行政复议申请4件。其中：对2件依法予以维持，1件确认违法。",
        [
            (4, "件", "total", "行政复议申请", None),
            (2, "件", None, "依法予以维持的行政复议申请", None),
            (1, "件", None, "确认违法的行政复议申请", None),
        ],
    ),
    ("共收到行政复议申请4件。另有2件予以维持。", [(4, "件", "total", "行政复议申请", None), (2, "件", None, None, None)]),
    # a bare verb takes the object named earlier in the sentence for its unit (举办了14期)
    ("组织全区政务公开业务培训班，全年举办了14期。", [(14, "期", None, "培训班", None)]),
    ("召开新闻发布会，共召开5次。", [(5, "次", "total", "新闻发布会", None)]),
    ("开展业务培训。全年举办了3期。", [(3, "期", None, None, None)]),  # not across a sentence
    ("取消5项", [(5, "项", None, None, None)]),
    ("保留、取消事项5项", [(5, "项", None, "事项", None)]),
    (
        "本年度共收到70件申请，及时依法依规办结69件",
        [(70, "件", "total", "申请", None), (69, "件", None, "依法依规办结的申请", None)],
    ),
    (
        "收到群众诉求348件，现场解决162件",
        [(348, "件", None, "群众诉求", None), (162, "件", None, "现场解决的群众诉求", None)],
    ),
    # a bare verb in another unit, or an event unit, names nothing
    ("举办培训班3期，培训200人", [(3, "期", None, "培训班", None), (200, "人", None, None, None)]),
    ("入库电子证照452149份，调用21525次", [(452149, "份", None, "电子证照", None), (21525, "次", None, None, None)]),
    (
        "共梳理出4个片区权责清单事项各14项，12个区直部门权责清单项共4650项",
        [
            (4, "个", "total", "片区", None),
            (14, "项", None, "权责清单事项", None),
            (12, "个", None, "区直部门", None),
            (4650, "项", "total", "权责清单项", None),
        ],
    ),
    # 5大类 is a count of classes (大类 is the measure word); the 53 项 right after it count
    # the same 服务事项
    ("服务事项5大类53项", [(5, "类", None, "服务事项", None), (53, "项", None, "服务事项", None)]),
    # a clause cut inside a title keeps only what follows the title
    ("印发《2024年度代表建议办理工作总体情况》及主合办人大代表建议50件", [(50, "件", None, "主合办人大代表建议", None)]),
    ("公开《政府信息公开条例》相关信息5条", [(5, "条", None, "《政府信息公开条例》相关信息", None)]),
    ("制作、获取政府信息总数1873条", [(1873, "条", None, "制作、获取政府信息总数", None)]),
    ("受理审批事项117件，办结171件", [(117, "件", None, "审批事项", None), (171, "件", None, "办结的审批事项", None)]),
    ("主动公开政府信息67467条", [(67467, "条", None, "主动公开政府信息", None)]),
    ("安排2名人员兼职从事政府信息公开工作", [(2, "名", None, "人员", None)]),  # not 人员兼职从事…工
    # not 关项目…; the gloss （PPP） belongs to the noun before it (facts6), so the phrase reaches it
    ("公开社会资本合作（PPP）有关项目清单等信息共13条", [(13, "条", "total", "社会资本合作（PPP）有关项目清单等信息", None)]),
    # a comparison set up in an earlier clause still makes a change
    ("与上年相比，收到申请增加5件", [(5, "件", None, "申请", "increase")]),
    ("收到申请34件，同比增加5件", [(34, "件", None, "申请", None), (5, "件", None, "申请", "increase")]),
    ("收到申请34件，办结30件", [(34, "件", None, "申请", None), (30, "件", None, "办结的申请", None)]),
]

# sentences that must give no fact at all
NO_FACTS = [
    "确立了“三个必须、四个一律”的公开原则",
    "根据国办公开办函〔2021〕30号和国务院令第711号",
    "统计期限自2011年1月1日起至2011年12月31日",
    "联系电话：0591-23165370，邮编：350400",
    "一是受人员编制限制，进一步加强统一管理",
    "这是推进政务公开的一项重要工作",
    "《关于支持中小微企业应对疫情度过难关二十条措施的通知》",
    "落实“一个窗口受理，一条龙服务，一次性告知”",
    "在15个工作日内予以答复",
    "贯彻党的二十大和十九届历次全会精神",
    "第二十条第（五）项",
    "3/4的申请当场答复",  # a fraction, not a count
    "零件",
    "经过一番努力",
    "行政诉讼案件数量为零",
    "不同渠道和方式公开相同信息计1条",  # a counting rule of the statistics table
    "不同方式回应同一热点或舆情计1次",
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:20] for c in CASES])
def test_facts_in(sentence: str, expected: list[tuple]) -> None:
    got = [(f.value, f.unit, f.qualifier, f.counted, f.change) for f in facts_in(sentence)]
    assert got == expected


@pytest.mark.parametrize("sentence", NO_FACTS, ids=[s[:16] for s in NO_FACTS])
def test_no_facts(sentence: str) -> None:
    assert facts_in(sentence) == []


@pytest.mark.parametrize(
    "sentence,template,indicator",
    [
        ("县政府共收到行政复议申请4件", "gov2014", "reviews"),
        ("行政复议案件2件", "gov2021", "review"),
        ("行政诉讼9起", "gov2021", "suits"),
        ("全年收到政府信息公开申请34件", "gov2021", "new_received"),
        ("全年收到政府信息公开申请34件", "gov2014", "requests_received"),
        ("其中主动公开政府信息425条", "local", "active_items"),
        ("各乡镇主动公开政府信息122条", "local", "active_townships"),  # a part, not active_items
        ("全年发布政策解读117篇", "gov2021", "interpretations"),
        ("举办新闻发布会3次", "gov2014", "press_conferences"),
        ("培训人员200人次", "gov2014", "trainees"),
        ("举办培训班3期", "gov2014", "training_sessions"),
        ("收取政府信息公开信息处理费 0 元", "gov2021", "processing_fees"),
        ("1件结转下年度继续办理", "gov2021", "carried_forward"),
        ("开设窗口26个", "gov2014", None),
        # QA 2026-11: indicators must not depend on the wording
        ("新收申请153件", "gov2021", "new_received"),
        ("新收申请2件", "gov2021", "new_received"),
        ("收到申请15件", "gov2021", "new_received"),
        ("收到申请15件", "gov2014", "requests_received"),
        ("共收到群众申请3件", "gov2014", "requests_received"),
        # a service hall's applications, not disclosure: the sentence says so (facts5: a bare
        # 受理申请 with no such word is a disclosure request, tests/test_facts_round5.py)
        ("政务服务大厅共受理申请121510件", "gov2014", None),
        ("全年受理申请12件", "gov2014", "requests_received"),
        ("召开新闻发布会12场", "gov2014", "press_conferences"),
        ("召开新闻发布会12场", "gov2021", "press_conferences"),
        ("举办新闻发布会6次", "gov2021", "press_conferences"),
        # suits serves every era: checks.yaml sums appeals.suit_direct + suit_after_review
        ("行政诉讼0件", "gov2021", "suits"),
        ("提起行政诉讼1起", "gov2021", "suits"),
        ("提起行政诉讼1起", "gov2014", "suits"),
        ("举办3期培训班", "gov2014", "training_sessions"),
        ("约200人参加培训", "gov2014", "trainees"),
        ("收到申请人补正材料5份", "gov2021", None),
        # a passive outcome after the counted noun names the part (…结果被纠正: corrected)
        ("全年有1件行政复议案件结果被纠正", "gov2021", "reviews_corrected"),
        ("有2件行政复议案件被撤销", "gov2021", "reviews_corrected"),
        ("有2件行政复议案件被维持", "gov2021", "reviews_upheld"),
        ("有2件行政复议申请被受理", "gov2021", "review"),  # no outcome: the number received
        ("有2件行政复议案件，被纠正的没有", "gov2021", "review"),  # not across a clause
    ],
)
def test_indicator(sentence: str, template: str, indicator: str | None) -> None:
    facts = facts_in(sentence, template=template)
    assert len(facts) == 1
    assert facts[0].indicator == indicator


def test_shares_and_changes_get_no_indicator() -> None:
    facts = facts_in("主动公开政府信息425条，同比增长12%", template="local")
    assert [f.indicator for f in facts] == ["active_items", None]
    assert facts[1].change == "increase"


def test_offsets_and_ids() -> None:
    text = "概述。开设窗口26个，受理申请121510件。"
    sents = [
        Sentence(1, None, "overview", "概述。", 0, 3),
        Sentence(2, None, "overview", "开设窗口26个，受理申请121510件。", 3, len(text)),
    ]
    facts = extract_facts(text, sents)
    assert [f.fact_id for f in facts] == [1, 2]
    assert [f.sentence_id for f in facts] == [2, 2]
    for f in facts:
        assert text[f.start : f.end] == f.text
    assert [f.text for f in facts] == ["开设窗口26个", "受理申请121510件"]


def test_facts_in_offset() -> None:
    facts = facts_in("开设窗口26个", offset=100, sentence_id=7)
    assert (facts[0].start, facts[0].end, facts[0].sentence_id) == (100, 107, 7)


def test_range_fact_keeps_upper() -> None:
    (f,) = facts_in("每次抽查3至5个单位")
    assert (f.value, f.upper, f.unit, f.counted) == (3, 5, "个", "单位")


def test_guess_era() -> None:
    assert guess_era("根据国务院令第711号") == "new"
    assert guess_era("政府信息公开情况统计表 第492号") == "old"
    assert guess_era("没有标记") is None


def test_deterministic() -> None:
    s = "其中：当面申请3件、网络申请12件，约占71.3%，同比增长2倍"
    assert facts_in(s) == facts_in(s)


def _gold_module():
    spec = importlib.util.spec_from_file_location("facts_gold", BENCH / "facts_gold.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_gold_facts_recall_and_non_facts() -> None:
    if not (CORPUS / "gold").is_dir():
        pytest.skip("../shared/corpus not present")
    res = _gold_module().score(CORPUS)
    assert res["total"] > 300
    assert res["recall"] >= 0.9, res["misses"][:10]
    assert res["non_facts_violated"] == 0, res["violations"]


# Probe sentences written for these tests (fictional bodies in the styles of other provinces'
# reports, not copied from the corpus): the counted noun, the change and the indicator.
PROBES = [
    (
        # gov2021 prose of a Guangdong-style city report: every outcome row named in one sentence
        "本机关共新收政府信息公开申请1,236件，上年结转46件；办结1,198件，其中予以公开612件，"
        "部分公开203件，不予公开57件，无法提供241件，不予处理38件，其他处理47件；"
        "结转下年度继续办理84件。",
        "gov2021",
        [
            (1236, "new_received"), (46, "carried_over"), (1198, "total_processed"),
            (612, "granted"), (203, "partial"), (57, "denied"), (241, "unable"),
            (38, "rejected"), (47, "other_handling"), (84, "carried_forward"),
        ],
    ),
    (
        "全年共召开新闻发布会15次，开展在线访谈8期，发布政策解读稿件126篇。",  # Sichuan-style, 2014 era
        "gov2014",
        [(15, "press_conferences"), (8, "online_interviews"), (126, "interpretations")],
    ),
    (
        "全年受理行政复议申请12件，其中维持原行政行为9件，纠正2件。",  # Zhejiang-style
        "gov2014",
        [(12, "reviews"), (9, "reviews_upheld"), (2, "reviews_corrected")],
    ),
    (
        "通过政务微博发布信息3562条，政务微信发布信息2,147条。",  # Gansu-style channels
        "gov2014",
        [(3562, "channel_weibo"), (2147, "channel_wechat")],
    ),
    (
        # closing appeals is not closing requests (no PROSE-TABLE against 申请办结数)
        "县政府共收到行政复议申请4件，依法办结4件。",
        "gov2014",
        [(4, "reviews"), (4, None)],
    ),
    (
        # a part of the topic never takes the topic's indicator
        "收到政府信息公开申请34件，其中企业3件。",
        "gov2021",
        [(34, "new_received"), (3, None)],
    ),
]


@pytest.mark.parametrize("sentence,template,expected", PROBES, ids=[p[0][:12] for p in PROBES])
def test_probe_indicators(sentence: str, template: str, expected: list[tuple]) -> None:
    got = [(f.value, f.indicator) for f in facts_in(sentence, template=template)]
    assert got == expected


def test_probe_counted_and_change() -> None:
    facts = facts_in("全年共收到政府信息公开申请86件，同比增长12.5%。与上年相比，办结申请增加7件。")
    got = [(f.value, f.counted, f.change) for f in facts]
    assert got == [
        (86, "政府信息公开申请", None),
        (Decimal("12.5"), "政府信息公开申请", "increase"),
        (7, "办结申请", "increase"),  # an outcome verb stays: 办结申请 is not 申请
    ]
    facts = facts_in("本机关共新收申请120件，上年结转6件，办结118件。")
    assert [f.counted for f in facts] == ["新收申请", "上年结转", "办结的新收申请"]


def test_a_sentence_opening_with_qizhong_lists_parts_of_the_one_before() -> None:
    text = "县政府共收到行政复议申请4件，依法办结4件。其中：对2件依法予以维持，1件予以终止。全年发布8条。"
    sentences, start = [], 0
    for i, part in enumerate(text.split("。")[:-1]):
        end = start + len(part) + 1
        sentences.append(Sentence(i + 1, None, "appeals", text[start:end], start, end))
        start = end
    facts = extract_facts(text, sentences, template="gov2014")
    got = [(f.value, f.counted, f.indicator) for f in facts]
    assert got == [
        (4, "行政复议申请", "reviews"),
        (4, "依法办结的行政复议申请", None),
        (2, "依法予以维持的行政复议申请", "reviews_upheld"),
        (1, "予以终止的行政复议申请", None),
        (8, None, None),  # a new sentence without 其中: the topic does not carry
    ]


def test_end_shortcuts_never_skip_a_match() -> None:
    """The last-character tests before the change, trail and number-first searches only skip
    searches that cannot match (windows over strings made of the lexicon's own words)."""
    import random

    from textmine.facts import _CHANGE_TAIL, _may_end, _rules

    rules = _rules()
    pieces = ["增加", "减少", "同比", "较上年", "了", "达", "为", "约", " ", "\n", "申请", "行为", "收到",
              "共计", "分别为", "的", "对", "3", "件", "，"]
    rng = random.Random(7)
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for lo in range(len(s) + 1):
            hi = len(s)
            if rules.change.search(s, lo, hi):
                assert _may_end(s, lo, hi, rules.change_ends, _CHANGE_TAIL)
            if rules.number_first_after.search(s, lo, hi):
                assert _may_end(s, lo, hi, rules.number_first_ends)
            if rules.trail.search(s, lo, hi):
                assert s[hi - 1].isspace() or rules.trail_ends is None or s[hi - 1] in rules.trail_ends
