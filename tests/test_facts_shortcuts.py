"""The speed shortcuts of fact extraction give what the plain searches give.

* ``cut_gate`` / ``total_gate``: a region without any literal of ``cut_after`` (or of
  ``RE_TOTAL``) is not searched;
* ``lead_starts``: the lead pattern is only tried where it can start;
* ``_last_sentence_end``: five ``rfind`` calls instead of a list of every sentence end.

Each is compared with the plain path (the rules with the shortcut set to ``None``) on strings
made of the lexicon's own words, including ones that must not give a number.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from textmine.facts import (
    RE_SENTENCE_END,
    RE_TOTAL,
    SENTENCE_ENDS,
    _facts,
    _last_sentence_end,
    _rules,
    facts_in,
)

#: Pieces that the counted-phrase rules react to: total and cut words (and near misses such as
#: 公共, 共同), lead words, years, sentence ends, numbers and words that are no numbers.
_PIECES = [
    "共", "共计", "公共", "共同", "合计", "总计", "累计", "全年", "今年", "当年", "本年度", "年内",
    "其中", "已经", "已", "2019年", "2020 年度", "19", "20", "此外", "同时", "和", "及", "我县",
    "全市", "、", "是", " ", "\u3000", "\n", "，", "。", "！", "？", "!", "?", "；", "收到", "申请",
    "政府信息公开申请", "行政复议", "依法办结", "受理", "3件", "12件", "26个", "5项", "71.3%",
    "增加", "同比", "较上年", "一网通办", "三同步", "统一", "两三个", "开设窗口", "参加培训",
]


@pytest.fixture(scope="module")
def plain_rules():
    return dataclasses.replace(_rules(), cut_gate=None, total_gate=None, lead_starts=None)


def test_the_rules_in_use_have_their_shortcuts() -> None:
    rules = _rules()
    assert rules.cut_gate is not None and rules.total_gate is not None and rules.lead_starts
    assert rules.total_gate.search("公共服务") and not rules.total_gate.search("收到申请3件")


@pytest.mark.parametrize("era", [None, "old", "new"])
def test_shortcuts_give_the_facts_of_the_plain_searches(plain_rules, era: str | None) -> None:
    rules = _rules()
    rng = random.Random(12)
    for _ in range(4000):
        s = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        assert _facts(s, rules, era, 0, None, 1) == _facts(s, plain_rules, era, 0, None, 1), s


@pytest.mark.parametrize(
    "text",
    ["一网通办", "三同步", "统一", "全面落实三同步要求，推行一网通办。", "全县统一部署。"],
)
def test_words_that_are_no_numbers_give_no_fact(plain_rules, text: str) -> None:
    assert facts_in(text) == [] == _facts(text, plain_rules, None, 0, None, 1)


def test_total_gate_never_hides_a_total() -> None:
    rules = _rules()
    rng = random.Random(3)
    for _ in range(3000):
        s = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6)))
        if RE_TOTAL.search(s):
            assert rules.total_gate.search(s), s
        if rules.cut_after.search(s):
            assert rules.cut_gate.search(s), s


def test_lead_starts_only_where_the_lead_pattern_can() -> None:
    rules = _rules()
    rng = random.Random(5)
    for _ in range(3000):
        s = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 6)))
        for start in range(len(s)):
            if rules.lead.match(s, start):
                ch = s[start]
                assert ch in rules.lead_starts or ch.isspace() or ch.isdecimal(), (s, start)


def test_last_sentence_end_is_the_last_match_of_the_sentence_end_pattern() -> None:
    assert RE_SENTENCE_END.pattern.strip("[]").replace("\\", "") == SENTENCE_ENDS
    rng = random.Random(9)
    for _ in range(3000):
        s = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8)))
        for lo in range(0, len(s) + 1, 2):
            for hi in range(lo, len(s) + 1, 3):
                ends = [m.start() for m in RE_SENTENCE_END.finditer(s, lo, hi)]
                assert _last_sentence_end(s, lo, hi) == (ends[-1] if ends else -1)


def test_a_bare_verb_takes_no_topic_across_a_sentence_end() -> None:
    facts = facts_in("收到行政复议申请4件，依法办结4件。依法办结2件！依法办结1件")
    assert [(f.value, f.counted) for f in facts] == [
        (4, "行政复议申请"),
        (4, "依法办结的行政复议申请"),
        (2, None),
        (1, None),
    ]
