"""literals.first_chars: the characters a match may start with (a skip list for per-position matching)."""

from __future__ import annotations

import re

import pytest

from textmine.literals import first_chars


def _starts(rx: re.Pattern[str]) -> str:
    return "".join(ch for ch in "甲人政一二是第3３x(（" if rx.match(ch))


@pytest.mark.parametrize(
    ("patterns", "starts"),
    [
        (["政府"], "政"),
        (["(?:人民)?政府"], "人政"),  # an optional group: its first character or the next one's
        (["(?<!第)[一二](?=是)"], "一二"),  # assertions consume nothing
        ([r"\d{1,2}[、.]"], "3３"),  # \d: every decimal digit, full-width too
        (["[（(]\\d", "甲|x"], "甲x(（"),
        (["(?:一|二)+", "第"], "一二第"),
    ],
)
def test_first_chars(patterns: list[str], starts: str) -> None:
    rx = first_chars([re.compile(p) for p in patterns])
    assert rx is not None
    assert _starts(rx) == starts


@pytest.mark.parametrize("pattern", [".", "a?", "(?i)abc", "[^a]b", r"\w+", "(?=x)", "(?!)"])
def test_first_chars_unknown(pattern: str) -> None:
    """A pattern that may start anywhere, or match empty, gives no skip list."""
    assert first_chars([re.compile("政府"), re.compile(pattern)]) is None


def test_sections_stops_cover_every_match() -> None:
    """Every position where a cue, a clause subject or a clause verb of the sections lexicon
    matches is a stop: skipping the others skips no match."""
    from textmine.sections import _lexicon

    lex = _lexicon()
    text = ("加强组织领导调整充实了领导小组2021年，我局全年主动公开政府信息120条，1、2. （3）①在全县各部门"
            "部分单位网站建设县政府门户网站全面改版，局党组研究部署，成立了工作专班，推进政府信息公开")
    stops = set(lex.stops(text, 0, len(text)))
    matched = {p for p in range(len(text))
               if lex.cue_any.match(text, p) or lex.subject_any.match(text, p) or lex.verbs.match(text, p)}
    assert matched and matched <= stops
    assert len(stops) < len(text)  # not every position


def test_by_first_char_gives_the_patterns_that_may_start_there() -> None:
    """ByFirstChar.at: in list order, the patterns whose matches may start with the character
    at the position, and those whose first character is not known (here ``\\d``)."""
    from textmine.literals import ByFirstChar

    pats = [re.compile("主动公开"), re.compile("(政府)?依申请"), re.compile(r"\d+件"), re.compile("政务")]
    by_first = ByFirstChar(pats)
    assert by_first.at("政府依申请公开") == (pats[1], pats[2], pats[3])
    assert by_first.at("甲依申请", 1) == (pats[1], pats[2])
    assert by_first.at("其他事项") == (pats[2],)  # none of the others can start with 其
    assert by_first.at("") == (pats[2],)


def test_known_prefix_is_the_longest_title_of_all() -> None:
    """sections._known_prefix asks only the titles that may start with the window's first
    character: the longest of those is the longest of all the lexicon's titles."""
    from textmine.sections import _known_prefix, _lexicon

    lex = _lexicon()
    for window in ["依申请公开政府信息情况全年受理", "政府信息公开工作概况今年", "主动公开政府信息情况", "收到 和处理政府信息公开申请情况",
                   "其他需要报告的事项无", "全年公开信息"]:
        compact = window.replace(" ", "")
        longest = max((m.end() for rx in lex.titles if (m := rx.match(compact))), default=0)
        got = _known_prefix(window)
        assert len(window[:got].replace(" ", "")) == longest
    assert _known_prefix("全年公开信息") == 0
