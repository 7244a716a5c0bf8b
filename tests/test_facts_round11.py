"""Round 11 of prose facts (tests/cases/facts_probes_heldout12.yaml): 中 right after a count and
before a comma is the postposition "among" (不予公开的3件中，…), not the thing counted: the number
counts what stands before it; a bare outcome after a fact naming another outcome of the same
appeal (行政复议维持2件、纠正0件) is that appeal's sibling outcome (纠正的行政复议), not an outcome of
the first outcome; an outcome of administrative suits (行政诉讼维持1件, 行政诉讼尚未审结2件) is not
the number of suits.

Every rule has cases that must match and cases that must not.
"""

from __future__ import annotations

import pytest

from textmine.facts import facts_in


def _one(text: str, value: float, template: str = "gov2021"):
    got = [f for f in facts_in(text, template=template) if abs(float(f.value) - value) < 1e-9]
    assert got, (text, value)
    return got[0]


# --- N件中，: "among the N" — the number counts what stands before it
@pytest.mark.parametrize(
    ("text", "value", "counted", "indicator"),
    [
        ("不予公开的3件中，属于国家秘密1件。", 3, "不予公开", "denied"),
        ("收到的12件申请中，予以公开8件。", 12, "申请", "new_received"),
    ],
)
def test_among_is_not_the_counted_thing(text, value, counted, indicator):
    f = _one(text, value)
    assert f.counted == counted and f.indicator == indicator
    assert not f.text.endswith("中")


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("全年集中，开展培训3次。", 3, None),  # 集中 is a word, not the postposition
        ("1913条政府信息中，主动公开1900条。", 1913, "政府信息"),
    ],
)
def test_among_rule_must_not_cut_words(text, value, counted):
    f = _one(text, value)
    if counted is not None:
        assert f.counted == counted


# --- sibling outcomes in a list of an appeal's results
@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("行政复议维持2件、纠正1件。", 1, "reviews_corrected"),
        ("行政复议情况：复议维持3件，撤销2件。", 2, "reviews_corrected"),
    ],
)
def test_sibling_outcome_takes_the_appeal(text, value, indicator):
    assert _one(text, value).indicator == indicator


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a sibling of a suits outcome is no review outcome (the last fact, not the sentence's topic)
        ("行政复议维持2件；行政诉讼维持1件、纠正3件。", 3),
        # a bare verb after a topic that is no outcome keeps the topic whole
        ("收到行政复议申请4件，依法办结4件。", 4.0),
    ],
)
def test_sibling_outcome_must_not(text, value):
    got = [f for f in facts_in(text, template="gov2021") if abs(float(f.value) - value) < 1e-9]
    assert all(f.indicator not in ("reviews_corrected", "reviews_upheld") for f in got)


# --- outcomes of suits are not the number of suits
def test_suit_outcome_is_not_suits():
    assert _one("行政诉讼维持1件，行政诉讼尚未审结2件。", 1).indicator is None
    assert _one("行政诉讼维持1件，行政诉讼尚未审结2件。", 2).indicator is None


def test_suits_still_named():
    assert _one("被提起行政诉讼2件，其中维持1件。", 2).indicator == "suits"
    assert _one("本年度行政诉讼3件。", 3).indicator == "suits"
