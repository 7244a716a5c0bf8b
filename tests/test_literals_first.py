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
