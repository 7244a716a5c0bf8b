"""Normalisation keeps an exact map back to the raw text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textmine.normalize import LOOKALIKES, normalize


@pytest.mark.parametrize(
    "raw, text",
    [
        ("２０１６年", "2016年"),
        ("ＡＢＣ＠ｇｏｖ．ｃｎ", "ABC@gov．cn"),
        ("百分之３５％", "百分之35%"),
        ("一、\u3000概述", "一、 概述"),
        ("a\u00a0b", "a b"),
        ("行\r\n政", "行\n政"),
        ("零\u200b宽\ufeff字符", "零宽字符"),
        ("（一）保留中文标点：，。", "（一）保留中文标点：，。"),
        ("收费１．２万元", "收费1.2万元"),
        ("1．加强解读　２．完善", "1．加强解读 2．完善"),
    ],
    ids=["fullwidth-digits", "fullwidth-latin", "fullwidth-percent", "ideographic-space",
         "nbsp", "crlf", "zero-width", "cjk-punctuation-kept",
         "fullwidth-decimal-point", "fullwidth-list-point-kept"],
)
def test_normalize_cases(raw, text):
    assert normalize(raw)[0] == text


def test_drop_ranges_and_offsets():
    raw = "当前位置：首页\n一、概述\n正文"
    text, offsets = normalize(raw, drop=[(0, 8)])
    assert text == "一、概述\n正文"
    assert [raw[i] for i in offsets] == list(text)


def test_overlapping_and_out_of_range_drops():
    text, offsets = normalize("abcdef", drop=[(1, 3), (2, 4), (5, 99), (-3, 0)])
    assert text == "ae"
    assert offsets == [0, 4]


@given(st.text(max_size=200), st.lists(st.tuples(st.integers(-5, 210), st.integers(-5, 210)), max_size=5))
def test_offsets_always_point_at_the_source_character(raw, drops):
    text, offsets = normalize(raw, drop=drops)
    assert len(text) == len(offsets)
    assert offsets == sorted(set(offsets))
    for ch, i in zip(text, offsets, strict=False):
        src = raw[i]
        assert (ch == src or ch == " " or ord(src) - ord(ch) == 0xFEE0 or (src, ch) == ("\r", "\n")
                or src.translate(LOOKALIKES) == ch)


def test_a_lone_carriage_return_is_a_line_break():
    # crawled Word tables end every cell in \r; \r\n stays one line break
    text, offsets = normalize("规章\r\r\r0\r\r\r\r\r\r0\r\n完")
    assert text == "规章\n\n\n0\n\n\n\n\n\n0\n完"
    assert normalize("a\r\nb")[0] == "a\nb" and normalize("a\r\r\nb")[0] == "a\nb"


# ---------------------------------------------------------------- characters read for the genre's key words


@pytest.mark.parametrize(("raw", "text"), [
    ("某县2O23年政府信息公开工作年度报告", "某县2023年政府信息公开工作年度报告"),  # OCR: the letter O in a year
    ("202o 年", "2020 年"),
    ("政府信息公开工作年度报吿", "政府信息公开工作年度报告"),  # 吿, a variant of 告
    ("政府信息公幵工作年庋报告", "政府信息公开工作年度报告"),  # 幵 for 开, 庋 for 度 after 公 / 年
])
def test_lookalikes_in_the_genre_s_key_words_are_read_as_those_words(raw: str, text: str) -> None:
    out, offsets = normalize(raw)
    assert out == text and len(offsets) == len(raw)


@pytest.mark.parametrize("raw", ["Office2O23年", "ABC 2O2O", "1O月", "O2O3年", "2O2", "庋藏", "幵", "POS2O23"])
def test_letters_and_rare_characters_elsewhere_are_kept(raw: str) -> None:
    assert normalize(raw)[0] == raw


def test_lookalike_pattern_finds_what_the_branch_per_position_form_found() -> None:
    """The lookalike pattern opens each branch with its character (speed); it matches where the
    form with its conditions first (lookbehinds before the character) matched."""
    import random
    import re

    from textmine.normalize import RE_LOOKALIKE

    before = re.compile(r"吿|(?<=年)庋|(?<=公)幵|(?<![A-Za-z\d])(?=[12][\dOo]{3}\s*年)(?=[12][\dOo]{0,2}[Oo])[12][\dOo]{3}")
    rng = random.Random(7)
    alphabet = "12O0o9年 a吿庋幵公Xx\n3"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in RE_LOOKALIKE.finditer(text)] == [m.span() for m in before.finditer(text)], text
