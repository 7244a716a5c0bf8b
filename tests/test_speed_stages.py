"""The speed-ups of the sections, checks, themes and read stages give what the plain loops they
replace gave (issue 12): each is compared with the old form on random and on genre texts."""

from __future__ import annotations

import random
import re

from textmine.checks.scope import (
    _CLAUSE_BREAKS,
    _sentence_subject,
    _without_body_counts,
    clause_start,
)
from textmine.ingest.layout import RE_LETTER_SPACED, letter_spacing_drops
from textmine.model import Fact
from textmine.sections import _ending_stops, _last_chars
from textmine.themes import load_codebook

#: The letter-spaced run as it was written before (``C (S C){3,}``).
OLD_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff、](?:[ \u3000][\u4e00-\u9fff、]){3,}")


def _walk_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] not in _CLAUSE_BREAKS:
        pos -= 1
    return pos


def test_clause_start_is_the_walk_back_to_the_last_break() -> None:
    rng = random.Random(12)
    alphabet = "本局收到申请，,。；;！？!?\n\r 件"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        for pos in range(-1, len(text) + 1):
            assert clause_start(text, pos) == _walk_back(text, pos), (text, pos)
    # a position right after a break starts a clause there; one inside a clause goes back to it
    assert clause_start("收到申请91件，办结90件。", 8) == 8
    assert clause_start("收到申请91件，办结90件。", 11) == 8


def test_clause_start_follows_the_text_asked() -> None:
    a, b = "甲乙，丙丁", "甲乙丙丁"
    assert clause_start(a, 4) == 3
    assert clause_start(b, 4) == 0  # another text: not the breaks remembered for the last one
    assert clause_start(a, 4) == 3


def test_letter_spaced_runs_match_as_before() -> None:
    rng = random.Random(7)
    alphabet = "政府 \u3000、a1\n"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 18)))
        assert [m.span() for m in RE_LETTER_SPACED.finditer(text)] == [
            m.span() for m in OLD_LETTER_SPACED.finditer(text)
        ], text
    assert RE_LETTER_SPACED.search("政 府 信 息 公 开").group() == "政 府 信 息 公 开"
    assert RE_LETTER_SPACED.search("总体情况 主动公开") is None  # words a space apart
    assert letter_spacing_drops("政 府 信") == []  # three characters are no run


def test_ending_stops_hold_every_position_where_an_ending_ends() -> None:
    rng = random.Random(3)
    endings = ("情况", "措施", "问题", "不足")
    last = _last_chars(endings)
    alphabet = "情况措施问题不足和及工作"
    for _ in range(3000):
        window = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        for start, stop in ((2, len(window) + 1), (4, min(len(window), 12)), (0, len(window))):
            want = [p for p in range(start, stop) if window[:p].endswith(endings)]
            got = [p for p in _ending_stops(window, start, stop, last) if window[:p].endswith(endings)]
            assert got == want, (window, start, stop)


def test_ending_stops_without_a_class_ask_every_position() -> None:
    assert _last_chars(("情况", "")) is None  # an empty ending ends every text
    assert _last_chars(()) is None
    assert list(_ending_stops("存在的问题", 1, 4, None)) == [1, 2, 3]
    assert _last_chars(("情况", "措施")).pattern == "[况施]"


def _old_sentence_subject(fact: Fact, text: str, spec: dict) -> tuple[str, str] | None:
    """The substring tests per word that :func:`_sentence_subject` made before (with the units
    asked first and the counts of bodies taken out of their names, as checks14 reads them)."""
    words = [str(w) for key in ("own", "units", "wide") for w in spec.get(key) or ()]
    clause = text[clause_start(text, fact.start): fact.end]
    if any(w in _without_body_counts(clause) for w in words):
        return None
    end = fact.end - len(clause)
    while end > 0 and text[end - 1] in "，,":
        start = clause_start(text, end - 1)
        before = _without_body_counts(text[start: end - 1])
        for word in spec.get("units") or ():
            at = before.find(str(word))
            if at >= 0:
                lead = before[max(0, at - 2): at].lstrip("（(")
                joined = next((str(j) for j in spec.get("joined") or () if lead.endswith(str(j))), None)
                return ("wide", f"{joined}{word}") if joined else ("part", str(word))
        if any(str(w) in before for w in spec.get("own") or ()):
            return None
        wide = next((str(w) for w in spec.get("wide") or () if str(w) in before), None)
        if wide:
            return ("wide", wide)
        end = start
    return None


def test_sentence_subject_as_with_a_test_per_word() -> None:
    specs = [
        {"units": ["下属单位", "局属单位"], "joined": ["及"], "wide": ["本系统", "全县"], "own": ["本机关"]},
        {"units": ["下属单位"], "wide": [], "own": []},
        {"units": [], "wide": ["全市"]},
    ]
    rng = random.Random(5)
    pieces = ["下属单位", "局属单位", "及", "本系统", "全县", "全市", "本机关", "共收到申请", "，", "。", "办结",
              "所属12个单位", "下属五个"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) + "办结9件"
        fact = Fact(1, 1, 9, "件", None, None, "total_processed", "办结9件", len(text) - 4, len(text))
        for spec in specs:
            assert _sentence_subject(fact, text, spec) == _old_sentence_subject(fact, text, spec), (text, spec)
    text = "下属单位共收到申请120件，办结132件。"
    fact = Fact(1, 1, 132, "件", None, None, "total_processed", "办结132件", text.index("办结"), len(text) - 1)
    assert _sentence_subject(fact, text, specs[0]) == ("part", "下属单位")
    assert _sentence_subject(fact, text.replace("下属单位", "本局"), specs[0]) is None


def test_theme_candidates_are_the_patterns_whose_gates_hold() -> None:
    scanner = load_codebook()._scanner
    texts = ["召开新闻发布会3次，在线访谈2期", "依申请公开答复质量待进一步提升", "开展政务公开业务培训",
             "动态调整权责清单", "本年度未收取信息处理费", "无"]
    for text in texts:
        _, present = scanner.scan(text)
        found = sorted({i for key in present if key in scanner._by_key for i in scanner._by_key[key]}
                       | set(scanner._ungated))
        assert scanner.candidates(text, present) == [i for i in found if scanner._gates[i].holds(present)]
        for theme, pats in scanner._exclusions.items():
            keys = scanner._excl_keys[theme].intersection(present)
            if not keys and theme not in scanner._excl_ungated:
                continue
            index = scanner._excl_index[theme]
            ids = sorted({j for key in keys for j in index[key]} | set(scanner._excl_ungated.get(theme, ())))
            want = [pats[j][0] for j in ids if pats[j][1].holds(present)]
            assert scanner.exclusions(theme, text, present) == want
