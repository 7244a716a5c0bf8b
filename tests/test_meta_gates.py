"""The body cues of :func:`textmine.meta.body_issuers` are tried only where their gates say they may
start (:data:`textmine.meta.BODY_CUE_STARTS`): the matches must be exactly ``cue.finditer``'s."""

from __future__ import annotations

from pathlib import Path

import pytest

from textmine import meta

ROOT = Path(__file__).resolve().parent

#: Openings the cues must find (each cue at least once), at the start, after a comma, after a
#: blank line, after spaces, in a title, after 现将/公布, with a 在…下 clause or 过去一年来.
MUST = [
    "2022年，江西省民政厅坚持以人民为中心。",
    "某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况",
    "一、总体情况\n\n\n  在市委市政府的正确领导下，某某市生态环境局认真贯彻《条例》。",
    "过去一年来，我厅深入推进政务公开。近年来，省交通运输厅持续推进。",
    "根据《条例》要求，市科委编制了2024年度政务公开工作报告。",
    "现将江西省民政厅2022年政府信息公开工作年度报告公布如下。发布某某县 人民政府 2021年度政府信息公开工作年度报告",
    "本报告由某某省民政厅办公室根据《条例》编制。\n某某局 编制本报告",
    "。2023年度，自治区人民政府坚持…；2021年以来 ，市教育局始终…",
]
#: Texts where no cue matches although the gates' anchors are there (a year, 在, 编制, a title's year).
MUST_NOT = [
    "2022年全年共收到申请12件，在规定期限内答复。",
    "本单位编制的目录已更新，形成制度3项。",
    "关于2023年政府信息公开工作的说明（见附件）",
    "一年来，工作人员在岗位上认真履职。",
]


def _spans(cue, gate, text):
    return ([(m.span(), m.groupdict()) for m in cue.finditer(text)],
            [(m.span(), m.groupdict()) for m in meta._gated_finditer(cue, text, gate)])


def test_gated_cues_find_what_finditer_finds():
    cues, _ = meta._cue_regexes()
    found = set()
    for text in MUST:
        for k, (cue, gate) in enumerate(cues):
            plain, gated = _spans(cue, gate, text)
            assert gated == plain, (k, text)
            if plain:
                found.add(k)
    assert found == set(range(len(cues)))
    for text in MUST_NOT:
        for cue, gate in cues:
            plain, gated = _spans(cue, gate, text)
            assert gated == plain == [], text


def test_gated_cues_same_on_every_test_text():
    """Every text the tests hold (the probe sets, cases, corpora) and its later windows."""
    cues, _ = meta._cue_regexes()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "cases").rglob("*.txt"))]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT.parent / "corpora").rglob("*.txt"))]
    if not texts:
        pytest.skip("no test texts")
    for text in texts:
        for k in range(0, max(len(text), 1), 1500):
            head = text[k : k + 4000]
            for cue, gate in cues:
                plain, gated = _spans(cue, gate, head)
                assert gated == plain


def test_trim_left_finds_the_earliest_place():
    """_trim_left drops the words before the first place a name holds (a province, its short form
    or a prefecture: one search, the least of every name's ``find``)."""
    assert meta._trim_left("现将江西省民政厅") == "江西省民政厅"
    assert meta._trim_left("根据赣州市江西省民政厅") == "赣州市江西省民政厅"  # the city stands first
    assert meta._trim_left("由某某县民政局") == "某某县民政局"  # no place named: a lead word only
    assert meta._trim_left("特此公布某某县民政局") == "特此公布某某县民政局"
    assert meta._trim_left("江西省民政厅") == "江西省民政厅"


def test_compact_removes_what_backslash_s_removes():
    """meta._compact is ``re.sub(r"\\s+", "", text)``: every code point that ``\\s`` matches goes
    (ideographic space, NBSP, \\x1c–\\x1f …), every other stays (a zero-width space is no space)."""
    import re
    import sys

    spaces = "".join(chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\s", chr(c)))
    assert meta._compact("江西" + spaces + "民政厅") == "江西民政厅"
    kept = "江西\u200b民政厅\ufeff"
    assert meta._compact(kept) == kept == re.sub(r"\s+", "", kept)
