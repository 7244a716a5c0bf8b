"""RowPatterns: the plain label pattern stands in for the wrapped one only where both find the
same labels."""

from __future__ import annotations

import random

import pytest

from textmine.tables.labels import RowPatterns, _PlainFinder, plain_row_pattern, row_pattern

KEYS = ("本机关不掌握相关政府信息", "行政复议数", "其他", "维持", "信息公开", "政府信息公开行政")


def spans(pattern, text, start, end):
    """Spans of ``finditer`` (a regex or what RowPatterns gives)."""
    return [m.span() for m in pattern.finditer(text, start, end)]


def test_plain_where_no_prefix_ends_before_a_break():
    text = "行政复议数 条 0 0\n行政诉讼数 条 1 1\n"  # each line ends with a value
    patterns = RowPatterns(text, 0, len(text))
    assert not patterns.may_wrap("行政复议数")
    assert patterns.pattern("行政复议数") is not row_pattern("行政复议数")
    assert spans(patterns.pattern("行政复议数"), text, 0, len(text)) == [(0, 5)]


def test_wrapped_where_the_label_wraps_around_its_values():
    text = "本机关不掌握相关政府\n    0   1\n信息"
    patterns = RowPatterns(text, 0, len(text))
    assert patterns.may_wrap("本机关不掌握相关政府信息")
    assert patterns.pattern("本机关不掌握相关政府信息") is row_pattern("本机关不掌握相关政府信息")
    assert spans(patterns.pattern("本机关不掌握相关政府信息"), text, 0, len(text)) == [(0, len(text))]


def test_two_blanks_count_as_a_break():
    text = "行政  0\n复议数"
    assert RowPatterns(text, 0, len(text)).may_wrap("行政复议数")


def test_a_break_the_wrapped_gap_cannot_take_is_no_reason():
    text = "本机关不掌握相关政\n府信息 1 0"  # a plain line break inside the label
    patterns = RowPatterns(text, 0, len(text))
    assert not patterns.may_wrap("本机关不掌握相关政府信息")
    assert spans(patterns.pattern("本机关不掌握相关政府信息"), text, 0, len(text)) == [(0, 13)]
    text = "（六）其\n他处理\n2.申请人逾期"  # the next line is another column's text, not the key
    assert not RowPatterns(text, 0, len(text)).may_wrap("其他")
    text = "（六）其\n他处理\n他 1"
    assert RowPatterns(text, 0, len(text)).may_wrap("其他")


def test_the_whole_key_before_a_break_is_no_reason():
    # a break after the full key cannot change the match: no gap of the key lies there
    text = "其他\n处理 1"
    patterns = RowPatterns(text, 0, len(text))
    assert not patterns.may_wrap("其他")
    assert not patterns.may_wrap("信息公开")


def test_a_break_outside_the_range_is_ignored():
    text = "政府信息\n  1 2\n公开 1 2"
    assert RowPatterns(text, 0, len(text)).may_wrap("信息公开")
    assert not RowPatterns(text, 5, len(text)).may_wrap("信息公开")


def test_key_with_a_gap_character_keeps_the_wrapped_pattern():
    assert RowPatterns("", 0, 0).may_wrap("信息、公开")


def test_plain_finder_keeps_the_short_key_rule():
    text = "（六）其他处理 其他 1"
    patterns = RowPatterns(text, 0, len(text))
    assert spans(patterns.pattern("其他"), text, 0, len(text)) == [(8, 10)]
    cut = RowPatterns(text, 0, 5)
    assert spans(cut.pattern("其他"), text, 0, 5) == [(3, 5)]  # nothing follows inside the range


def test_searches_to_another_end_are_refused():
    text = "行政复议数 1"
    with pytest.raises(ValueError, match="searches up to 7"):
        RowPatterns(text, 0, len(text)).pattern("复议").search(text, 0, 5)


def test_positions_outside_the_range_are_refused():
    text = "行政复议数 1"
    with pytest.raises(ValueError, match="outside the range 2..7"):
        RowPatterns(text, 2, len(text)).pattern("复议").search(text, 0, len(text))


PIECES = ("本", "机", "关", "信", "息", "公", "开", "行", "政", "其", "他", "维", "持", "处", "理",
          " ", "  ", "\t", "\n", "、", "（", "）", "0", "1 2", "无", "—", "/")
#: What may sit inside a printed label: gaps, breaks, values lines, another column's text.
BREAKS = ("", "", " ", "  ", "\n", "、\n ", "\n 0  1\n", "  0 1\n", "\n理 ", "\n其他处\n", " 3\n",
          "\n 0\n  ", "\t\t", "\n无 — /\n信 ")


def _printed(rng: random.Random) -> str:
    """A key printed with random breaks between its characters, amid random pieces."""
    key = rng.choice(KEYS)
    cut = "".join(ch + rng.choice(BREAKS) for ch in key[:-1]) + key[-1]
    noise = lambda: "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))  # noqa: E731
    return noise() + cut + noise()


def _random_regions(seed: int):
    """30 random texts of printed keys, each with a random region ``(text, start, end)``."""
    rng = random.Random(seed)
    for _ in range(30):
        text = "".join(_printed(rng) for _ in range(rng.randint(1, 4)))
        start = rng.randint(0, len(text))
        yield text, start, rng.randint(start, len(text))


def _assert_same_searches(got, want, text: str, start: int, end: int, key: str) -> None:
    """``got`` finds what ``want`` finds in the region, searched whole and from every position."""
    assert spans(got, text, start, end) == spans(want, text, start, end), (text, key)
    for cursor in range(start, end + 1):
        a, b = got.search(text, cursor, end), want.search(text, cursor, end)
        assert (a and a.span()) == (b and b.span()), (text, key, cursor)


@pytest.mark.parametrize("seed", range(60))
def test_same_matches_as_the_wrapped_pattern_on_random_texts(seed):
    for text, start, end in _random_regions(seed):
        patterns = RowPatterns(text, start, end)
        for key in KEYS + ("信息", "公开", "信息公开", "政信息"):
            _assert_same_searches(patterns.pattern(key), row_pattern(key), text, start, end, key)


@pytest.mark.parametrize("seed", range(20))
def test_plain_finder_finds_what_the_plain_pattern_finds(seed):
    for text, start, end in _random_regions(seed):
        patterns = RowPatterns(text, start, end)
        for key in KEYS + ("信息", "公开", "政信息", "息"):
            _assert_same_searches(_PlainFinder(patterns, key), plain_row_pattern(key), text, start, end, key)
