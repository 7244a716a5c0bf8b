"""The sections lexicon's lists asked as one alternation (literals.AnyOf) give what asking them in order gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from textmine.literals import AnyOf
from textmine.sections import _lexicon

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "texts"
HAND = "一、总体情况2023年，我局认真贯彻《条例》。二、强化平台建设门户网站全面改版本年新收政府信息公开申请数量33"


def _texts() -> list[str]:
    texts = [HAND]
    if SHARED.is_dir():
        texts += [p.read_text(encoding="utf-8")[:4000] for p in sorted(SHARED.glob("*.txt"))[:6]]
    return texts


@pytest.mark.parametrize("name", ["table_rows", "cues", "subjects", "titles"])
def test_one_alternation_matches_like_the_list_in_order(name):
    patterns = getattr(_lexicon(), name)
    combined = AnyOf(patterns)
    for text in _texts():
        for pos in range(len(text)):
            first = next((m for p in patterns if (m := p.match(text, pos))), None)
            got = combined.match(text, pos)
            assert (got is None) == (first is None), (name, text[pos : pos + 20])
            if first is not None:
                assert got.span() == first.span(), (name, text[pos : pos + 20])


def test_lists_that_cannot_be_joined_are_asked_one_by_one():
    patterns = [re.compile(r"(a)\1"), re.compile("b")]
    combined = AnyOf(patterns)
    assert combined.match("aa").group() == "aa"
    assert combined.match("b").group() == "b"
    assert combined.match("ab") is None
    assert combined.search("xxb").group() == "b"


def test_search_gives_the_leftmost_match_the_earlier_pattern_on_a_tie():
    for patterns in ([re.compile("乙丙"), re.compile("乙")], [re.compile(r"(x)\1"), re.compile("y")]):
        combined = AnyOf(patterns)
        for text in ("甲乙丙", "乙", "甲", "yxx", "xxy", ""):
            spans = [(m.start(), k, m.span()) for k, p in enumerate(patterns) if (m := p.search(text))]
            got = combined.search(text)
            assert (got.span() if got else None) == (min(spans)[2] if spans else None), text


@pytest.mark.parametrize(
    "line",
    ["一、概述……………3", "二、主动公开情况 12", "三、附表", "（一）主动公开 . . . 5", "四、行政复议\u3000\u3000７",
     "五、问题——10", "1、工作概况....", "本年新收政府信息公开申请数量 5 0 0 0 0 0 5", "第一部分 概述_____", "12 34", "…", ""],
)
def test_toc_tail_is_where_the_tail_regex_starts(line):
    """sections._toc_tail searches RE_TOC_TAIL only in the line's closing run of leader, space and
    digit characters: the line without its tail is the one the regex's substitution gives."""
    from textmine.sections import RE_TOC_TAIL, _toc_tail

    assert line[: _toc_tail(line)] == RE_TOC_TAIL.sub("", line)


def test_toc_tail_agrees_with_the_regex_on_every_line_of_the_texts():
    import random

    from textmine.sections import RE_TOC_TAIL, _toc_tail

    rng = random.Random(12)
    alphabet = " \t\u3000.．…·•‥_-—0123456789０５一概述情况、\r"
    lines = [line for text in _texts() for line in text.split("\n")]
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    assert all(line[: _toc_tail(line)] == RE_TOC_TAIL.sub("", line) for line in lines)
