"""Tests of textmine.sentences: spans, sections, kinds, exclusions."""

from __future__ import annotations

import pytest

from tests._corpus import CORPUS, gold_files, load_document, load_gold
from textmine.sections import find_sections
from textmine.sentences import split_sentences


def split(text: str, **kw) -> list:
    return split_sentences(text, find_sections(text), **kw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲。乙！丙？丁", ["甲。", "乙！", "丙？", "丁"]),
        ("甲!乙?丙", ["甲!", "乙?", "丙"]),
        ("一是加强；二是完善。", ["一是加强；", "二是完善。"]),
        ("坚持“公开为常态。”做到及时。", ["坚持“公开为常态。”", "做到及时。"]),
        ("（见附件。）其后。", ["（见附件。）", "其后。"]),
        ("第一段没有句号\n\n第二段。", ["第一段没有句号", "第二段。"]),
        ("这是一个被硬换行打断的很长的句子，它的第一行足够长\n一直到这里才结束。", ["这是一个被硬换行打断的很长的句子，它的第一行足够长\n一直到这里才结束。"]),
        ("签名单位\n2020年1月2日", ["签名单位", "2020年1月2日"]),
        ("  。  ", []),
    ],
    ids=["stops", "half-width", "semicolon", "closing-quote", "closing-bracket", "blank-line",
         "wrapped-line", "short-lines", "punct-only"],
)
def test_split_units(text: str, expected: list[str]) -> None:
    assert [s.text for s in split(text)] == expected


def test_spans_round_trip_and_ids() -> None:
    text = "  前言。\n一、概述\n  我区公开信息425条。  共收到申请2件！\n二、其他需要报告的事项\n无。"
    sents = split(text)
    assert [s.sentence_id for s in sents] == list(range(1, len(sents) + 1))
    for s in sents:
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip()


def test_sections_and_kinds() -> None:
    text = "本报告依据《条例》编制。\n一、概述\n我区公开信息。\n（一）组织领导\n成立领导小组。\n二、其他需要报告的事项\n无。"
    got = [(s.text, s.section_id, s.kind) for s in split(text)]
    assert got == [
        ("本报告依据《条例》编制。", None, "preamble"),
        ("我区公开信息。", 1, "overview"),
        ("成立领导小组。", 2, "overview"),
        ("无。", 3, "other"),
    ]


def test_headings_are_not_sentences_but_run_on_text_is() -> None:
    text = "说明。一、总体情况2021年，我区公开信息。（一）主动公开方面。按照要求公开。"
    got = [s.text for s in split(text)]
    assert got == ["说明。", "2021年，我区公开信息。", "按照要求公开。"]


def test_sentence_never_spans_two_sections() -> None:
    text = "说明。一、概述推进政府信息公开工作是重要举措二、主动公开政府信息情况公开425条。"
    secs = find_sections(text)
    for s in split_sentences(text, secs):
        owners = {sec.section_id for sec in secs if sec.start <= s.start < sec.end and sec.level == 1}
        assert len(owners) <= 1
        assert all(not (sec.start < s.end and s.start < sec.start) for sec in secs)


def test_statistics_sections_and_excluded_spans_have_no_sentences() -> None:
    text = "一、概述\n公开信息。\n二、主动公开政府信息情况\n表格一。表格二。\n后文。\n附件1：政府信息公开情况统计表\n指标名称。数量。"
    table = text.index("表格一")
    sents = split(text, exclude=[(table, table + len("表格一。表格二。"))])
    assert [s.text for s in sents] == ["公开信息。", "后文。"]
    assert all(s.kind != "statistics" for s in sents)


@pytest.mark.parametrize("span", [(-1, 2), (5, 3), (0, 10_000)], ids=["negative", "reversed", "too-long"])
def test_bad_exclude_span_raises(span: tuple[int, int]) -> None:
    with pytest.raises(ValueError, match="exclude span"):
        split("一、概述\n文。", exclude=[span])


def test_closing_lines() -> None:
    text = "一、概述\n文。\n二○一二年二月二十日\n附件下载"
    assert [(s.text, s.kind) for s in split(text)] == [
        ("文。", "overview"), ("二○一二年二月二十日", "closing"), ("附件下载", "closing")]


GOLD = gold_files()


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_corpus_sentences(path) -> None:
    gold = load_gold(path)
    text = load_document(gold["file"]).text
    secs = find_sections(text)
    sents = split_sentences(text, secs)
    assert sents
    stats = [(s.start, s.end) for s in secs if s.kind == "statistics"]
    by_id = {s.section_id: s for s in secs}
    for s in sents:
        assert text[s.start:s.end] == s.text
        assert not any(a <= s.start < b for a, b in stats)
        if s.section_id is not None:
            sec = by_id[s.section_id]
            assert sec.heading_end <= s.start and s.end <= sec.end
    assert [s.start for s in sents] == sorted(s.start for s in sents)


def test_table_of_contents_yields_no_sentences():
    text = (
        "某局年度报告\n目录\n一、总体情况\n二、主动公开政府信息情况\n三、其他需要报告的事项\n"
        "本报告根据《条例》编制。\n一、总体情况\n全年公开信息。\n二、主动公开政府信息情况\n"
        "制发文件1件。\n三、其他需要报告的事项\n无。"
    )
    got = [(s.kind, s.text) for s in split(text)]
    assert got == [
        ("preamble", "某局年度报告"),
        ("preamble", "本报告根据《条例》编制。"),
        ("overview", "全年公开信息。"),
        ("proactive", "制发文件1件。"),
        ("other", "无。"),
    ]
