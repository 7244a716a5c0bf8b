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
