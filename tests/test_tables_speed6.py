"""Speed-ups of table reading (speedTables6) that must compute exactly what the plainer form did.

Each test compares the faster form with the definition it replaces on many generated inputs (a
fixed seed), and names a case that must match and one that must not; ``bench/tables_same.py``
checks the whole reading on every test document.
"""

from __future__ import annotations

import random
import re

from textmine.tables.records import Piece, Token
from textmine.tables.step1_regions import _free_row_pattern, _free_row_printed
from textmine.tables.step2_tokens import cell_words, token_pattern
from textmine.tables.step3_readings import _split_number, _split_plans, split_candidates

#: Characters of printed rows: digits, signs, blanks of every kind, dashes, CJK, cell words' pieces.
CHARS = list("0123456789+-.,，（）() \t\n\u3000\xa0—–/／无零〇O件条项万元人次本年收到申请数其中同意公开不予、：:")


def _ws_last(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The token pattern as it was built before: the blank alternative second to last."""
    head = r"(?P<ws>\s+)|"
    assert pattern.pattern.startswith(head)
    body = pattern.pattern[len(head):]
    assert body.endswith(r"|(?P<other>.)")
    return re.compile(body[: -len(r"|(?P<other>.)")] + r"|(?P<ws>\s+)|(?P<other>.)", pattern.flags)


def test_no_cell_word_starts_with_a_blank() -> None:
    # what makes the blank alternative first exact: no other alternative can match at a blank
    for words in cell_words().values():
        for word in words:
            assert word and not word[0].isspace(), word


def test_token_pattern_with_blanks_first_matches_the_old_order() -> None:
    new, old = token_pattern(), _ws_last(token_pattern())
    rng = random.Random(6)
    for _ in range(4000):
        text = "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 25)))
        start = rng.randint(0, len(text))
        got = [(m.lastgroup, m.span()) for m in new.finditer(text, start)]
        want = [(m.lastgroup, m.span()) for m in old.finditer(text, start)]
        assert got == want, text


def test_token_pattern_blank_and_non_blank() -> None:
    assert token_pattern().match(" \t\u3000 3").lastgroup == "ws"  # must match: a run of blanks
    assert token_pattern().match(" \t\u3000 3").group() == " \t\u3000 "
    for text, kind in (("—", "dash"), ("12", "num"), ("件", "unit"), ("无", "none"), ("说", "other")):
        assert token_pattern().match(text).lastgroup == kind  # must not: no blank, never ws


def test_free_row_printed_is_the_pattern_search() -> None:
    rng = random.Random(7)
    names = ["收到申请数", "同意公开", "不予公开", "申请数"]
    for _ in range(3000):
        text = "".join(rng.choice(CHARS) if rng.random() < 0.8 else rng.choice(names)
                       for _ in range(rng.randint(0, 15)))
        for name in names:
            assert _free_row_printed(name, text) == bool(_free_row_pattern(name).search(text)), (name, text)


def test_free_row_printed_needs_the_label_set_apart_from_a_longer_word_and_its_count() -> None:
    assert _free_row_printed("同意公开", "项目\t数量\n同意公开\t18\n")  # must match
    assert not _free_row_printed("同意公开", "项目\t数量\n不同意公开\t18\n")  # must not: inside 不同意公开
    assert not _free_row_printed("同意公开", "同意公开18件")  # must not: prose, no separator


def _split_by_plans(tokens: list[Token], n: int, limit: int = 20000) -> list[list[Piece]]:
    """split_candidates as it was: every plan of :func:`_split_plans`, its tokens' cuts joined."""
    values = [t for t in tokens if t.kind == "value"]
    if len(values) >= n:
        return [[Piece(t.raw, t.start, t.end) for t in values[:n]]]
    out = []
    for plan in _split_plans(tuple(t.raw for t in values), n, limit):
        cand: list[Piece] = []
        for i, (k, j) in enumerate(plan):
            cand += _split_number(values[i], k)[j]
        out.append(cand)
    return out


def test_split_candidates_match_the_plans() -> None:
    rng = random.Random(8)
    raws = ["1", "0", "10", "105", "2040", "3000", "123456", "1203040506", "-12", "1.5", "12元", "—", "无", "0012"]
    for _ in range(3000):
        toks, at = [], rng.randint(0, 5)
        for _ in range(rng.randint(1, 3)):
            raw = rng.choice(raws)
            toks.append(Token(raw, at, at + len(raw), "value"))
            at += len(raw) + rng.randint(0, 2)
        n, limit = rng.randint(1, 9), rng.choice([20000, 3])
        assert split_candidates(toks, n, limit=limit) == _split_by_plans(toks, n, limit), (toks, n, limit)


def test_split_number_shares_pieces_only_within_one_call() -> None:
    tok = Token("1234", 0, 4, "value")
    cuts = _split_number(tok, 2)  # must: the cuts into 2 of 1234, left to right
    assert [[p.raw for p in c] for c in cuts] == [["1", "234"], ["12", "34"], ["123", "4"]]
    three = _split_number(tok, 3)
    assert three[0][0] is three[1][0]  # the same span 1 of both cuts: one piece
    assert three[0][0] is not _split_number(tok, 3)[0][0]  # must not: a later call makes its own
    assert _split_number(Token("0012", 0, 4, "value"), 2) == []  # no cut without leading zeros
