"""labels.wrapped_gap_taken: the yes/no form of wrapped_gap (possessive runs of blanks) matches
exactly where wrapped_gap does, for any label character that is no blank."""

from __future__ import annotations

import random

from textmine.tables.labels import RowPatterns, wrapped_gap, wrapped_gap_taken

#: The characters the pattern's pieces turn on: blanks, breaks, values, change words, marks.
ALPHABET = [*" \t\n\n01—无零+增加减少人信、.（）x|", "  ", "\n  ", " 0 ", "增加3"]


def test_same_answer_as_wrapped_gap_on_random_text() -> None:
    rng = random.Random(12)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 24)))
        char = rng.choice("人信无零0加x")
        for pos in range(len(text) + 1):
            for end in (len(text), rng.randint(pos, len(text))):
                slow = wrapped_gap(char).match(text, pos, end) is not None
                fast = wrapped_gap_taken(char).match(text, pos, end) is not None
                assert fast == slow, (text, pos, end, char)


def test_a_label_wrapped_around_its_values_is_taken() -> None:
    # a PDF layout prints the row's values between the pieces of its label
    text = "1.本机关不掌握相关政府\n          0    0   0   1\n       信息\n"
    assert wrapped_gap_taken("信").match(text, text.index("\n"))
    assert RowPatterns(text, 0, len(text)).may_wrap("本机关不掌握相关政府信息")


def test_a_line_of_values_then_another_label_is_not_taken() -> None:
    # values, then the next row's numbered label: 人 of 申请人 is not this label's next character
    text = "2.重复申请                0    0   0   0    0    0   0\n                 3.要求提供公开出版物  0\n申请人"
    pos = text.index("申请") + 2
    assert not wrapped_gap_taken("人").match(text, pos)
    assert not wrapped_gap("人").match(text, pos)
