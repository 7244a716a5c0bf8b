"""Tests of textmine.numbers: the case table in cases/numbers_cases.yaml and round trips."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from textmine.model import Number
from textmine.numbers import FACT_KINDS, find_numbers, iter_quantities, parse_number, to_chinese

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "numbers_cases.yaml").read_text("utf-8"))
FORMS = yaml.safe_load((Path(__file__).parent / "cases" / "numbers_forms.yaml").read_text("utf-8"))
for _table in ("parse", "parse_error", "quantity", "negative"):
    CASES[_table] = CASES[_table] + FORMS[_table]
QUANTITY_KINDS = FACT_KINDS | {"number", "fraction", "duration"}


def _exact(v: object) -> int | Decimal:
    return Decimal(v) if isinstance(v, str) else int(v)  # type: ignore[arg-type]


def _ids(rows: list[list[object]]) -> list[str]:
    return [str(r[0]).replace("\n", "⏎")[:30] or "<empty>" for r in rows]


def test_forms_table_is_large_enough() -> None:
    # issue 11: at least 150 cases for the numeral forms, with strings that must stay non-numbers
    assert sum(len(v) for v in FORMS.values() if isinstance(v, list)) >= 150
    assert len(FORMS["parse_error"]) + len(FORMS["negative"]) >= 50


@pytest.mark.parametrize("text,values", FORMS["all_mode"], ids=_ids(FORMS["all_mode"]))
def test_all_mode(text: str, values: list[object]) -> None:
    found = find_numbers(text, mode="all")
    assert [n.value for n in found] == [_exact(v) for v in values]
    assert all(text[n.start : n.end] == n.text for n in found)


def test_prose_mode_reads_no_bare_chinese_numeral() -> None:
    assert find_numbers("答案是四不是五") == []
    assert find_numbers("答案是四不是五", mode="prose") == []
    with pytest.raises(ValueError, match="unknown mode 'every'"):
        find_numbers("三件", mode="every")


def test_case_table_is_large_enough() -> None:
    total = sum(len(v) for v in CASES.values() if isinstance(v, list))
    negatives = len(CASES["negative"]) + len(CASES["kind"]) + len(CASES["parse_error"])
    assert total >= 300
    assert negatives >= 80


@pytest.mark.parametrize("text,value", CASES["parse"], ids=_ids(CASES["parse"]))
def test_parse_number(text: str, value: object) -> None:
    got = parse_number(text)
    assert got == _exact(value)
    assert not isinstance(got, float)


@pytest.mark.parametrize("row", CASES["parse_error"], ids=_ids(CASES["parse_error"]))
def test_parse_number_rejects(row: list[str]) -> None:
    with pytest.raises(ValueError) as err:
        parse_number(row[0])
    assert repr(row[0]) in str(err.value)


def test_parse_number_rejects_non_strings() -> None:
    with pytest.raises(ValueError, match="expects a string"):
        parse_number(12)  # type: ignore[arg-type]


@pytest.mark.parametrize("row", CASES["quantity"], ids=_ids(CASES["quantity"]))
def test_quantity(row: list[object]) -> None:
    text, value, unit, *rest = row
    kind = rest[0] if len(rest) > 0 else ("count" if unit is not None else "number")
    qualifier = rest[1] if len(rest) > 1 else None
    upper = rest[2] if len(rest) > 2 else None
    found = [n for n in find_numbers(str(text)) if n.kind in QUANTITY_KINDS]
    assert len(found) == 1, found
    n = found[0]
    assert (n.value, n.unit, n.kind, n.qualifier) == (_exact(value), unit, kind, qualifier)
    assert n.upper == (None if upper is None else _exact(upper))
    assert not isinstance(n.value, float)
    assert str(text)[n.start : n.end] == n.text


@pytest.mark.parametrize("text,kind", CASES["kind"], ids=_ids(CASES["kind"]))
def test_kind(text: str, kind: str) -> None:
    numbers = find_numbers(text)
    assert kind in {n.kind for n in numbers}, numbers
    assert not [n for n in numbers if n.kind in FACT_KINDS]


@pytest.mark.parametrize("row", CASES["negative"], ids=_ids(CASES["negative"]))
def test_negative(row: list[str]) -> None:
    text = row[0]
    assert not [n for n in find_numbers(text) if n.kind in FACT_KINDS]
    assert not [n for n in iter_quantities(text) if n.kind in FACT_KINDS]


def test_spans_point_into_text() -> None:
    text = "2016年，中心共接待群众咨询283425人(次)，受理事项140154件，办结率100%。"
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text


def test_find_numbers_order_and_fields() -> None:
    got = find_numbers("其中：当面申请3件、网络申请12件，约占71.3%")
    assert got == [
        Number(3, 7, 9, "3件", "count", None, None, "件"),
        Number(12, 14, 17, "12件", "count", None, None, "件"),
        # 约占: a strong qualifier before a link word (占, 为, 达 …) still qualifies the number
        Number(Decimal("71.3"), 18, 25, "约占71.3%", "percent", "about", None, "%"),
    ]


def test_find_numbers_rejects_non_strings() -> None:
    with pytest.raises(TypeError, match="expects a string"):
        find_numbers(None)  # type: ignore[arg-type]


def test_iter_quantities_skips_non_quantities() -> None:
    got = [n.text for n in iter_quantities("2016年8月，电话12345，第3条，办结171件")]
    assert got == ["171件"]


@pytest.mark.parametrize(
    "n,style,expected",
    [
        (10305, "standard", "一万零三百零五"),
        (12, "standard", "十二"),
        (110, "standard", "一百一十"),
        (2005, "liang", "两千零五"),
        (220000, "liang", "二十二万"),
        (2016, "digits", "二〇一六"),
        (12300, "financial", "壹万贰仟叁佰"),
        (1000100000000, "standard", "一万零一亿"),
        (0, "standard", "零"),
    ],
)
def test_to_chinese(n: int, style: str, expected: str) -> None:
    assert to_chinese(n, style=style) == expected


def test_to_chinese_rejects() -> None:
    with pytest.raises(ValueError, match="non-negative"):
        to_chinese(-1)
    with pytest.raises(ValueError, match="unknown style"):
        to_chinese(5, style="roman")


@settings(max_examples=400, deadline=None)
@given(
    n=st.one_of(st.integers(0, 10**12), st.integers(0, 10**5)),
    style=st.sampled_from(["standard", "liang", "digits", "financial"]),
)
def test_round_trip_chinese(n: int, style: str) -> None:
    assert parse_number(to_chinese(n, style=style)) == n


def _spaced(text: str, cuts: list[int]) -> str:
    """Insert a space at the given positions (PDF extraction breaks numerals like this)."""
    out = list(text)
    for c in sorted({c % (len(text) + 1) for c in cuts}, reverse=True):
        if 0 < c < len(text):
            out.insert(c, " ")
    return "".join(out)


@settings(max_examples=400, deadline=None)
@given(
    n=st.one_of(st.integers(0, 10**12), st.integers(0, 10**5)),
    style=st.sampled_from(["standard", "liang", "financial", "traditional", "mixed"]),
    cuts=st.lists(st.integers(0, 60), max_size=3),
    sign=st.booleans(),
)
def test_round_trip_all_styles(n: int, style: str, cuts: list[int], sign: bool) -> None:
    written = _spaced(to_chinese(n, style=style), cuts)
    assert parse_number(written) == n
    assert parse_number(("负" if sign else "-") + written) == -n


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(1, 10**7),
    style=st.sampled_from(["standard", "liang", "financial", "traditional", "mixed"]),
    cut=st.integers(0, 30),
)
def test_round_trip_all_styles_in_text(n: int, style: str, cut: int) -> None:
    written = to_chinese(n, style=style)
    if style != "mixed":
        written = _spaced(written, [cut])  # 三千 九百 六十五件
    found = [x for x in find_numbers(f"共受理{written}件，") if x.kind == "count"]
    assert len(found) == 1
    value, unit = found[0].value, found[0].unit
    if unit != "件":  # 三千五百万件 is read as 3500 万件, as written
        value *= {"万件": 10**4, "亿件": 10**8}[unit]
    assert value == n


@settings(max_examples=200, deadline=None)
@given(n=st.integers(1, 10**8), unit=st.sampled_from(["件", "条", "人次", "个", "项"]))
def test_round_trip_in_text(n: int, unit: str) -> None:
    text = f"共受理{to_chinese(n)}{unit}"
    found = [x for x in find_numbers(text) if x.kind == "count"]
    assert len(found) == 1
    value = found[0].value
    written = found[0].unit
    if written != unit:  # 三千五百万件 is read as 3500 万件, as written
        assert written == "万" + unit or written == "亿" + unit or written == "万亿" + unit
        value *= {"万": 10**4, "亿": 10**8, "万亿": 10**12}[written[: -len(unit)]]
    assert value == n


@settings(max_examples=200, deadline=None)
@given(n=st.integers(0, 10**9), dec=st.integers(0, 99))
def test_round_trip_arabic(n: int, dec: int) -> None:
    plain = f"{n}.{dec:02d}"
    grouped = f"{n:,}.{dec:02d}"
    assert parse_number(plain) == Decimal(plain)
    assert parse_number(grouped) == Decimal(plain)
    assert parse_number(str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))) == n


def test_a_long_run_of_numeral_characters_yields_no_false_number() -> None:
    # 32,000 numeral characters with no measure word inside: nothing is read from the run,
    # and the real count after it still is (the scan is linear: bench/numbers_scaling.py).
    run = ("一二三四五六七八九十百千万" * 2500)[:32000]
    found = find_numbers("共" + run + "，收到申请三十五件。")
    assert [(n.value, n.unit) for n in found] == [(35, "件")]


def test_the_longest_real_numeral_is_still_read_whole() -> None:
    text = "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九元"
    (number,) = find_numbers(text)
    assert (number.value, number.unit, number.end) == (9999999999999999, "元", len(text))


def test_all_mode_skips_every_protected_phrase() -> None:
    # mode="all" reads bare numerals, but never one inside a protected phrase of the lexicon
    lex = yaml.safe_load(
        (Path(__file__).resolve().parents[1] / "lexicons" / "numerals.yaml").read_text("utf-8")
    )
    phrases = [str(e["text"]) for e in lex["protected"] if not any(c.isdigit() for c in str(e["text"]))]
    assert len(phrases) > 200
    for phrase in phrases:
        found = find_numbers(f"他说{phrase}。", mode="all")
        assert not [n for n in found if n.kind not in ("ordinal", "year", "date")], phrase


@settings(max_examples=200, deadline=None)
@given(n=st.integers(1, 10**8), style=st.sampled_from(["standard", "liang", "financial", "traditional"]))
def test_all_mode_reads_a_bare_numeral(n: int, style: str) -> None:
    written = to_chinese(n, style=style)
    found = find_numbers(f"答案是{written}。", mode="all")
    assert [x.value for x in found] == [n]
    assert find_numbers(f"答案是{written}。") == []  # prose mode: no measure word, no number


def test_all_mode_list_markers_are_ordinals() -> None:
    found = find_numbers("一、总体情况\n二、主动公开", mode="all")
    assert [(n.value, n.kind) for n in found] == [(1, "ordinal"), (2, "ordinal")]


_TRIE_WORDS = {"人": "", "人次": "", "人次数": "(?![a])", "万元": "", "万": "(?![元])", "件": "(?![b])", "a": ""}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="人次数万元件ab ", max_size=8))
def test_unit_trie_matches_the_longest_first_alternation(text: str) -> None:
    """The scanner's measure-word trie matches what the flat longest-first alternation did."""
    import re

    from textmine.numbers import _trie_alt

    flat = "|".join(
        re.escape(w) + cond for w, cond in sorted(_TRIE_WORDS.items(), key=lambda kv: (-len(kv[0]), kv[0]))
    )
    trie = re.compile(f"(?:{_trie_alt(_TRIE_WORDS)})")
    for pos in range(len(text) + 1):
        a, b = re.match(f"(?:{flat})", text[pos:]), trie.match(text[pos:])
        assert (a and a.group(0)) == (b and b.group(0))


_QUAL_ALPHABET = "约近超过不足共计为达占以上左右 \n3"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_QUAL_ALPHABET, max_size=12))
def test_qualifier_shortcuts_never_skip_a_match(text: str) -> None:
    """_qualifier and _after skip their search only where it cannot match: they answer as a
    scanner whose shortcut sets let every search run."""
    import dataclasses

    from textmine.numbers import _after, _qualifier, _scanner

    sc = _scanner()
    every = frozenset(_QUAL_ALPHABET)
    ref = dataclasses.replace(sc, qual_before_ends=every, qual_after_starts=every)
    for pos in range(len(text) + 1):
        assert _qualifier(sc, text, pos, None) == _qualifier(ref, text, pos, None)
        assert _after(sc, text, pos) == _after(ref, text, pos)
