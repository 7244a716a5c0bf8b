"""Empty and hostile text given to the readers added in the fourth session's rounds: each gives
nothing (or its documented empty answer) and never raises."""

from __future__ import annotations

import pytest

from textmine.checks.counts import _none_received
from textmine.checks.scope import clause_start
from textmine.ingest.chrome import front_matter
from textmine.meta import _byline, signed_name
from textmine.tables.labels import match_rows
from textmine.tables.registry import get_template
from textmine.tables.step1_regions import free_rows
from textmine.tables.step2_grids import unspill
from textmine.tables.step2_tokens import shaped_value_lines, single_value_lines, stripped_lines
from textmine.tables.step3_readings import header_order

HOSTILE = ["", "\n\n", "其中", "：5件；其中", "---\n一、总体情况\n", "\x00\ufeff", "统计表\n"]


@pytest.mark.parametrize("text", HOSTILE)
def test_new_readers_give_nothing_on_hostile_text(text: str) -> None:
    requests = {t.key: t for t in get_template("gov2021").tables}["requests"]
    stats = get_template("gov2014").table("stats")
    assert front_matter(text) == (0, {})
    assert signed_name(text) is None
    assert _byline(text) is None
    assert header_order(text, requests) is None
    assert free_rows(text) == set()
    assert match_rows(text, stats, 0, len(text), free=True) == []
    assert _none_received(text, {"pattern": "未收到政府信息公开申请"}) == []
    assert shaped_value_lines(text, 0, len(text), [3, 3]) is None
    assert unspill([[text, ""]])[1] == {}
    assert [raw for raw, _ in stripped_lines(text, 0, len(text))] == [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert 0 <= clause_start(text, len(text)) <= len(text)


def test_single_value_lines_on_empty_and_prose() -> None:
    assert single_value_lines("", 0, 0) == []
    assert single_value_lines("收到申请5件\n", 0, 7) is None  # a label with a number: no table of single values


# ---------------------------------------------------------------- the fifth session's readers

FIFTH = [*HOSTILE, "1 2", "\t\t\t", "| |", "总计\t总计", "（）\n2024年1月24日", "Ⅰ ", "ー、", "2O2", "吿"]


@pytest.mark.parametrize("text", FIFTH)
def test_fifth_session_readers_never_raise_on_hostile_text(text: str) -> None:
    from textmine.checks.counts import count_words
    from textmine.meta import _group_government, _survey_team_places, find_issuer
    from textmine.normalize import normalize
    from textmine.sections import find_sections
    from textmine.tables.cells import joined_digits
    from textmine.tables.step2_tokens import _first_cell_digit, _turned_table
    from textmine.tables.step3_readings import header_narrow, header_totals_only

    requests = get_template("gov2021").table("requests")
    appeals = get_template("gov2021").table("appeals")
    assert _turned_table(text, requests, 0, len(text)) == []  # no head line naming five rows
    assert header_totals_only(text, appeals) is None  # no row label printed
    narrow = header_narrow(text, requests)  # 总计 alone names the total column: ['total']
    assert narrow is None or set(narrow) <= {c.key for c in requests.columns}
    got = joined_digits(text)
    assert got is None or got[0] == "".join(ch for ch in text if ch.isdigit())
    m = _first_cell_digit(text)
    assert m is None or text[m.start()].isdigit()
    assert _group_government(text) == text
    assert _survey_team_places(text) == {}
    assert find_issuer(text) is None or isinstance(find_issuer(text), str)
    assert count_words(text) == text  # no count at its end
    out, offsets = normalize(text)
    assert len(offsets) == len(out)
    assert isinstance(find_sections(out), list)
