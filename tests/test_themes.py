"""The theme codebook and the lexicon tagger (SCHEMA.md §6)."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest

from textmine.errors import LexiconError
from textmine.lexicons import load_yaml
from textmine.model import Sentence
from textmine.themes import (
    THEME_IDS,
    Codebook,
    ThemeMatch,
    codebook_terms,
    load_codebook,
    match_terms,
    tag_sentences,
    tag_text,
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_codebook()


# -- hand-written sentences: at least three per theme (written for this test, not corpus text)

POSITIVE = [
    ("leadership", "调整充实政务公开工作领导小组，由常务副区长任组长。"),
    ("leadership", "各单位明确一名分管领导和专职人员负责公开工作。"),
    ("leadership", "加强政务公开队伍建设，解决人员流动性大的问题。"),
    ("leadership", "将政务公开工作纳入党组议事日程，主要负责同志亲自部署。"),
    ("institutions", "制定《政府信息公开保密审查办法》，建立发布协调机制。"),
    ("institutions", "及时更新政府信息公开指南和政府信息公开目录。"),
    ("institutions", "印发年度政务公开工作要点，细化任务分工。"),
    ("institutions", "信息发布协调机制尚需完善。"),
    ("platform_web", "完成政府门户网站集约化改版，新增适老化和无障碍功能。"),
    ("platform_web", "在政府信息公开专栏开设重点领域子栏目。"),
    ("platform_web", "优化网站智能搜索和智能问答，全年专栏访问量12万人次。"),
    ("platform_media", "开通政务微博和微信公众号，关停僵尸账号3个。"),
    ("platform_media", "编印政府公报12期，免费发放至各查阅点。"),
    ("platform_media", "在镇政务服务大厅设置电子显示屏和政务公开栏。"),
    ("proactive", "坚持以公开为常态、不公开为例外，全年主动公开政府信息5321条。"),
    ("proactive", "全面推进决策、执行、管理、服务、结果公开。"),
    ("proactive", "及时公开人事任免、机构职能和政府工作报告。"),
    ("key_areas", "公开部门预决算和“三公”经费，接受社会监督。"),
    ("key_areas", "做好重大建设项目批准和实施领域信息公开。"),
    ("key_areas", "及时公开食品药品抽检结果和生态环境质量信息。"),
    ("key_areas", "围绕脱贫攻坚和乡村振兴公开惠农补贴发放情况。"),
    ("interpretation", "召开新闻发布会6场，主要负责同志解读政策3次。"),
    ("interpretation", "通过图解、H5等形式开展政策解读，回应社会关切。"),
    ("interpretation", "加强政务舆情监测，及时回应群众关切热点。"),
    ("participation", "对重大行政决策事项公开征求意见，召开听证会2场。"),
    ("participation", "邀请利益相关方列席常务会议，举办政府开放日活动。"),
    ("participation", "公开人大代表建议和政协提案办理复文86件。"),
    ("requests", "全年收到政府信息公开申请34件，均在法定期限内答复。"),
    ("requests", "规范依申请公开答复文书，统一使用示范文书。"),
    ("requests", "未收取信息处理费。"),
    ("appeals", "因政府信息公开引起的行政复议2件，行政诉讼1件。"),
    ("appeals", "全年未发生政府信息公开行政诉讼案件。"),
    ("appeals", "本机关被复议纠错1件。"),
    ("info_management", "严格落实先审后发和保密审查制度，防止泄密。"),
    ("info_management", "开展规范性文件清理，做好有效性标注和动态更新。"),
    ("info_management", "做好公文公开属性源头认定，落实三审三校。"),
    ("training", "举办政务公开业务培训班2期，培训200人次。"),
    ("training", "采取以会代训、专家授课等方式加强能力建设。"),
    ("training", "开展《条例》宣传周活动，提高干部公开意识。"),
    ("supervision", "将政务公开纳入年度绩效考核，委托第三方评估。"),
    ("supervision", "开展季度检查并通报结果，督促相关单位限期整改。"),
    ("supervision", "对工作不力的单位进行约谈问责。"),
    ("services", "深化放管服改革，推行一网通办和一窗受理。"),
    ("services", "进驻政务服务中心的审批事项达300项。"),
    ("services", "公开办事指南，推进政务服务事项标准化。"),
    ("power_oversight", "动态调整权责清单，推行双随机一公开监管。"),
    ("power_oversight", "落实行政执法公示和执法全过程记录制度。"),
    ("power_oversight", "建设电子监察系统，推动行政权力公开透明运行。"),
    ("grassroots", "推进基层政务公开标准化规范化建设。"),
    ("grassroots", "编制乡镇政务公开标准目录，覆盖26个试点领域。"),
    ("grassroots", "推动村务公开，打通政务公开最后一公里。"),
]


@pytest.mark.parametrize(
    "theme, text", POSITIVE, ids=[f"{t}-{i}" for i, (t, _) in enumerate(POSITIVE)]
)
def test_positive_sentences(theme, text):
    assert theme in tag_text(text)


def test_every_theme_has_three_positive_cases():
    counts = {t: sum(1 for th, _ in POSITIVE if th == t) for t in THEME_IDS}
    assert all(n >= 3 for n in counts.values()), counts


# -- coding rules and exclusions: (text, theme that must NOT be given)

NEGATIVE = [
    # channel only when the channel is the subject
    ("通过门户网站公开政府文件。", "platform_web"),
    ("依托政府网站公布年度预决算报告。", "platform_web"),
    ("在区政府门户网站上主动公开各类政府信息856条。", "platform_web"),
    ("将权责清单公布在政府门户网站上。", "platform_web"),
    # a column at a gate or in a hall is a notice board, not a web column
    ("在政府大院门口设立政务公开专栏。", "platform_web"),
    # one theme per overlapping term
    ("动态调整权责清单。", "services"),
    ("动态调整权责清单。", "supervision"),
    ("聚焦营商环境开展调研。", "services"),
    ("加强政务公开队伍建设。", "training"),
    ("加强政务公开能力建设。", "leadership"),
    # institutions: not the stock phrase, not a rule carried out or cited
    ("不断完善工作机制。", "institutions"),
    ("严格落实保密审查制度。", "institutions"),
    ("按照《政府信息公开条例》的规定办理。", "institutions"),
    ("信息公开工作规范程度参差不齐。", "institutions"),
    ("提升依申请公开答复规范性。", "institutions"),
    # supervision is oversight of disclosure work
    ("舆情风险评估后制定预案。", "supervision"),
    ("保障群众知情权、监督权。", "supervision"),
    ("下一步整改措施如下。", "supervision"),
    ("成立领导小组，负责指导、协调、监督公开工作。", "supervision"),
    # proactive is general disclosure, not an extra label on key-area publications
    ("主动公开政府采购项目信息188条。", "proactive"),
    ("依申请公开政府信息24条。", "proactive"),
    ("为公众提供各单位主动公开的政府信息。", "proactive"),
    # requests vs appeals
    ("未收到政府信息公开行政复议申请。", "requests"),
    ("全年办理因政府信息公开申请引发的行政复议3起。", "requests"),
    ("受理政务服务事项12万件。", "requests"),
    ("及时公开征地告知书。", "requests"),
    # topic lists of a training are not themes of their own
    ("开展保密审查、依申请公开等方面的培训。", "requests"),
    ("开展保密审查、依申请公开等方面的培训。", "info_management"),
    # names and cited titles
    ("政府信息公开办法第十条。", "leadership"),
    ("教育局主动公开信息30条。", "key_areas"),
    ("严格执行《中华人民共和国行政许可法》。", "power_oversight"),
    ("政策信息宣传。", "training"),
    ("营造良好的舆论氛围。", "interpretation"),
    ("将项目审批结果公开。", "services"),
]


@pytest.mark.parametrize(
    "text, theme", NEGATIVE, ids=[f"not-{t}-{i}" for i, (_, t) in enumerate(NEGATIVE)]
)
def test_negative_sentences(text, theme):
    assert theme not in tag_text(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("动态调整权责清单。", ("power_oversight",)),
        ("加强政务公开队伍建设。", ("leadership",)),
        ("加强政务公开能力建设。", ("training",)),
        ("本单位今年工作平稳。", ()),
        ("", ()),
    ],
)
def test_exact_tags(text, expected):
    assert tag_text(text) == expected


def test_channel_as_subject_is_platform_web():
    assert "platform_web" in tag_text("完成政府门户网站改版，新增智能问答功能。")
    assert "platform_web" in tag_text("加强政府网站日常监测。")


def test_institutions_also_gives_the_theme_the_rule_serves():
    tags = tag_text("建立健全依申请公开办理工作机制。")
    assert {"institutions", "requests"} <= set(tags)


# -- spans, order, whitespace


def test_spans_point_at_the_term():
    text = "深化放管服改革，动态调整权责清单，召开新闻发布会3场。"
    matches = match_terms(text)
    assert matches and all(isinstance(m, ThemeMatch) for m in matches)
    for m in matches:
        assert text[m.start : m.end] == m.term
    assert [m.start for m in matches] == sorted(m.start for m in matches)
    terms = {m.term for m in matches}
    assert {"放管服", "权责清单"} <= terms
    assert "清单" not in terms  # the longer term wins


def test_subtheme_is_reported():
    (m,) = [m for m in match_terms("公开部门预决算。") if m.theme == "key_areas"]
    assert m.subtheme == "key_areas.budget"


def test_pattern_spans(codebook):
    text = "今年举办了两场新闻发布会。"
    spans = [
        (m.start, m.end)
        for m in match_terms(text, codebook=codebook)
        if m.theme == "interpretation"
    ]
    assert spans and all(0 <= s < e <= len(text) for s, e in spans)


def test_wrapped_lines_do_not_hide_terms():
    text = "加强政府门户网站及政务新\n媒体日常管理"
    tags = tag_text(text)
    assert "platform_media" in tags
    (m,) = [m for m in match_terms(text) if m.term == "政务新媒体"]
    assert text[m.start : m.end] == "政务新\n媒体"


def test_tags_follow_codebook_order(codebook):
    tags = tag_text("开展业务培训，成立领导小组，公开预决算。", codebook=codebook)
    assert list(tags) == [t for t in codebook.theme_ids if t in tags]
    assert tags == ("leadership", "key_areas", "training")


def test_tag_sentences_returns_copies():
    s = Sentence(1, 2, "overview", "开展政务公开业务培训", 0, 10)
    (out,) = tag_sentences([s])
    assert out.themes == ("training",)
    assert s.themes == () and out is not s
    assert (out.sentence_id, out.section_id, out.kind, out.start, out.end) == (
        1,
        2,
        "overview",
        0,
        10,
    )


def test_tagging_is_deterministic():
    text = "在政府信息公开专栏公开部门预决算，并通过政务微博解读政策。"
    assert len({tuple(match_terms(text)) for _ in range(3)}) == 1


# -- codebook validation


def test_codebook_has_exactly_the_schema_ids(codebook):
    assert codebook.theme_ids == THEME_IDS
    raw_ids = [t["id"] for t in load_yaml("codebook.yaml")["themes"]]
    assert sorted(raw_ids) == sorted(THEME_IDS)
    assert load_yaml("codebook.yaml")["version"]


def test_codebook_fields_and_regexes(codebook):
    raw = load_yaml("codebook.yaml")
    for t in raw["themes"]:
        for key in ("name_zh", "name_en", "definition"):
            assert isinstance(t[key], str) and t[key].strip(), (t["id"], key)
        assert "\n" not in t["definition"]
        for pat in (t.get("patterns") or []) + (t.get("exclusions") or []):
            re.compile(pat)
        for sub in t.get("subthemes") or []:
            assert sub["id"].startswith(t["id"] + ".")
            assert sub["name_zh"] and sub["name_en"]
            for pat in sub.get("patterns") or []:
                re.compile(pat)
    assert sum(len(t.subthemes) for t in codebook.themes) >= 10


def test_no_duplicate_terms_within_a_theme():
    raw = load_yaml("codebook.yaml")
    for t in raw["themes"]:
        terms = list(t.get("terms") or [])
        for sub in t.get("subthemes") or []:
            terms += sub.get("terms") or []
        dups = sorted({x for x in terms if terms.count(x) > 1})
        assert not dups, (t["id"], dups)


def _minimal(ids=THEME_IDS):
    return {"version": "t", "themes": [{"id": i, "terms": [f"词{n}"]} for n, i in enumerate(ids)]}


def test_validation_rejects_unknown_missing_and_bad_data():
    assert Codebook.from_mapping(_minimal()).theme_ids == THEME_IDS
    with pytest.raises(LexiconError, match="unknown theme id"):
        Codebook.from_mapping(_minimal(THEME_IDS + ("weather",)))
    with pytest.raises(LexiconError, match="missing"):
        Codebook.from_mapping(_minimal(THEME_IDS[:-1]))
    bad = _minimal()
    bad["themes"][0]["patterns"] = ["(unclosed"]
    with pytest.raises(LexiconError, match="does not compile"):
        Codebook.from_mapping(bad)
    dup = _minimal()
    dup["themes"][0]["terms"] = ["领导小组", "领导小组"]
    with pytest.raises(LexiconError, match="repeats"):
        Codebook.from_mapping(dup)
    sub = _minimal()
    sub["themes"][0]["subthemes"] = [{"id": "training.x", "terms": ["a"]}]
    with pytest.raises(LexiconError, match="must start with"):
        Codebook.from_mapping(sub)


def test_custom_codebook_is_used():
    data = _minimal()
    data["themes"][THEME_IDS.index("training")]["terms"] = ["练兵"]
    cb = Codebook.from_mapping(data)
    assert tag_text("岗位练兵", codebook=cb) == ("training",)
    assert tag_text("岗位练兵") == ()


def test_codebook_is_cached_and_picklable(codebook):
    assert load_codebook() is codebook
    clone = pickle.loads(pickle.dumps(codebook))
    text = "开展业务培训，公开预决算。"
    assert tag_text(text, codebook=clone) == tag_text(text, codebook=codebook)


# -- segmentation and matching agree


def test_codebook_terms_are_clean():
    terms = codebook_terms()
    assert len(terms) > 300 and terms == sorted(set(terms))
    for t in terms:
        assert not re.search(r"[\s“”\"'《》，。、；：]", t), t


def test_jieba_keeps_every_codebook_term_whole():
    import logging

    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()  # our own instance, never the global one
    terms = codebook_terms()
    for term in sorted(terms, key=len):  # shorter first, so longer terms get the last word
        tokenizer.add_word(term)
    broken = []
    for term in terms:
        sentence = f"今年，{term}，取得成效。"
        if term not in tokenizer.lcut(sentence, HMM=False):
            broken.append(term)
    assert not broken, broken


# -- the real corpus


def _gold():
    out = []
    for path in sorted((CORPUS / "gold").glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        out.extend((item["text"], set(item["themes"])) for item in g.get("themes", []))
    return out


@pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="../shared/corpus not present")
def test_lexicon_micro_f1_on_gold():
    gold = _gold()
    assert len(gold) >= 100
    tp = fp = fn = 0
    per: dict[str, list[int]] = {t: [0, 0, 0] for t in THEME_IDS}
    for text, g in gold:
        p = set(tag_text(text))
        tp += len(p & g)
        fp += len(p - g)
        fn += len(g - p)
        for t in THEME_IDS:
            per[t][0] += t in p and t in g
            per[t][1] += t in p and t not in g
            per[t][2] += t in g and t not in p
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    micro = 2 * precision * recall / (precision + recall)
    f1s = [2 * a / (2 * a + b + c) for a, b, c in per.values() if a + c]
    macro = sum(f1s) / len(f1s)
    assert micro >= 0.8, micro
    assert macro >= 0.7, macro


# -- the literal gates that let the tagger skip patterns (issue 12): never wrong, only faster

LITERAL_CASES = [
    ("(召开|举办)[^，。]{0,6}发布会", [{"召开", "举办"}, {"发布会"}]),
    ("(公开|发布)了?政府信息", [{"公开政府信息", "公开了政府信息", "发布政府信息", "发布了政府信息"}]),
    ("村[（(]居[)）]务公开", [{"村(居)务公开", "村(居）务公开", "村（居)务公开", "村（居）务公开"}]),
    ("(不收费|暂不收费|收取[^，。]{0,8}?费)", [{"不收费", "收取"}]),
    ("讲解.{0,4}政策|政策.{0,4}讲解", [{"讲解", "政策"}]),
    ("(?<!各)(乡镇|村)[^，。]{0,12}公开栏", [{"乡镇", "村"}, {"公开栏"}]),
    ("^(政府)?申请", [{"申请"}]),
    (r"\d+件", [{"件"}]),
]


@pytest.mark.parametrize("pattern, expected", LITERAL_CASES, ids=[p for p, _ in LITERAL_CASES])
def test_pattern_literals(pattern, expected):
    from textmine.literals import pattern_literals

    assert [set(r) for r in pattern_literals(re.compile(pattern))] == expected


@pytest.mark.parametrize("pattern", [r".{2,5}", r"[^，。]+", r"(?i)abc", r"(?i:ab)c?", r"\d+", r"(a|.)b?"])
def test_pattern_literals_claim_nothing_they_cannot_know(pattern):
    from textmine.literals import pattern_literals

    rx = re.compile(pattern)
    for lits in pattern_literals(rx):  # whatever is claimed must hold of a real match
        for text in ("ABC", "abc", "Abc", "a1b", "xyz12", "abcab"):
            for m in rx.finditer(text):
                if m.end() > m.start():
                    assert any(s in m.group() for s in lits), (pattern, text, lits)


def test_every_codebook_literal_is_in_every_match(codebook):
    """On real report sentences, each literal set of a pattern is met by each of its matches."""
    from textmine.literals import pattern_literals

    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "texts").glob("*.txt"))[:6]]
    if not texts:
        pytest.skip("shared corpus not found")
    rxs = [rx for *_, rx in codebook._patterns] + [
        rx for rxs in codebook._exclusions.values() for rx in rxs
    ]
    checked = 0
    for rx in rxs:
        lits = pattern_literals(rx)
        for text in texts:
            for m in rx.finditer(re.sub(r"\s+", "", text)):
                if m.end() > m.start():
                    checked += 1
                    assert all(any(s in m.group() for s in req) for req in lits), (rx.pattern, m.group())
    assert checked > 100


def test_scanner_and_plain_regex_agree(codebook, monkeypatch):
    """With and without pyahocorasick the tagger finds the same themes and matches."""
    pytest.importorskip("ahocorasick")
    texts = [text for _, text in POSITIVE] + [text for text, _ in NEGATIVE]
    texts += [p.read_text(encoding="utf-8")[:4000] for p in sorted((CORPUS / "texts").glob("*.txt"))[:4]]
    fast = Codebook(codebook.themes, version=codebook.version)
    plain = Codebook(codebook.themes, version=codebook.version)
    monkeypatch.setattr("textmine.themes._Scanner._build", lambda self, cb: None)
    assert plain._scanner._automaton is None
    monkeypatch.undo()
    assert fast._scanner._automaton is not None
    for text in texts:
        assert tag_text(text, codebook=fast) == tag_text(text, codebook=plain), text
        assert match_terms(text, codebook=fast) == match_terms(text, codebook=plain), text


def test_remembered_themes_equal_worked_out_themes() -> None:
    """The scanner's memo returns what the scan works out, on first and repeated asks, for
    texts with and without themes, and texts too long to remember."""
    import random

    from textmine import themes as themes_mod

    cb = themes_mod.load_codebook()
    fresh = themes_mod.Codebook(cb.themes, version=cb.version)
    pieces = ["召开新闻发布会", "权责清单", "依申请公开", "无", "本年度未收取信息处理费", "开展", "培训",
              "，", "。", "政务公开", "不", "2022年", "动态调整"]
    rng = random.Random(7)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    texts.append("依申请公开" * 80)  # longer than MEMO_CHARS: worked out every time
    scanner = fresh._scanner
    for text in texts + texts[::-1]:
        assert scanner.themes(text) == scanner._themes(text) == cb._scanner._themes(text)
    assert "依申请公开" * 80 not in scanner._memo
    assert any(scanner._memo.values()) and () in scanner._memo.values()


def test_memo_is_bounded(monkeypatch) -> None:
    from textmine import themes as themes_mod

    monkeypatch.setattr(themes_mod, "MAX_MEMO", 4)
    cb = themes_mod.load_codebook()
    scanner = themes_mod.Codebook(cb.themes, version=cb.version)._scanner
    for i in range(10):
        scanner.themes(f"召开新闻发布会{i}次")
    assert len(scanner._memo) <= 4
    assert scanner.themes("召开新闻发布会9次") == ("interpretation",)


def test_tag_sentences_copies_every_field() -> None:
    """tag_sentences builds Sentence by position: its field list must be the one it copies."""
    import dataclasses

    from textmine import themes as themes_mod
    from textmine.model import Sentence

    assert tuple(f.name for f in dataclasses.fields(Sentence)) == themes_mod.SENTENCE_FIELDS
    s = Sentence(3, 2, "overview", "开展政务公开业务培训", 5, 15, ("stale",))
    (out,) = themes_mod.tag_sentences([s])
    assert out == dataclasses.replace(s, themes=("training",))


def test_term_regex_is_not_compiled_where_the_automaton_scans() -> None:
    """The automaton finds the terms, so the warm-up does not compile the term regex."""
    pytest.importorskip("ahocorasick")
    from textmine import themes as themes_mod

    cb = themes_mod.load_codebook()
    fresh = themes_mod.Codebook(cb.themes, version=cb.version)
    assert themes_mod.tag_text("召开新闻发布会", codebook=fresh) == ("interpretation",)
    assert "_term_regex" not in vars(fresh)


def test_space_regex_drops_what_compact_drops() -> None:
    """tag_text compacts with RE_SPACE.sub, match_terms with str.isspace: the same characters,
    over every code point (surrogates aside)."""
    from textmine import themes as themes_mod

    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert themes_mod.RE_SPACE.sub("", chars) == themes_mod._compact(chars)[0]
    assert themes_mod.tag_text("召开新闻\u3000发布会\n3次") == themes_mod.tag_text("召开新闻发布会3次")


def test_gates_are_asked_with_the_strings_the_scan_found(codebook):
    """A pattern's gate holds where the scan found a string of each of its literal sets, and
    not where one set is missing: the scan looks for every string a gate asks about."""
    import re

    from textmine.themes import _Gate

    gate = _Gate(re.compile("(召开|举办)[^，。]{0,6}发布会"))
    assert gate.first == frozenset({"发布会"}) and gate.rest == (frozenset({"召开", "举办"}),)
    assert gate.holds({"发布会", "举办"}) and not gate.holds({"发布会"})
    scanner = codebook._scanner
    if scanner._automaton is not None:  # every string of every gate is looked for by the scan
        gates = scanner._gates + [g for pats in scanner._exclusions.values() for _, g in pats]
        assert all(s in scanner._automaton and scanner._automaton.get(s)[3] for g in gates for s in g.strings())
