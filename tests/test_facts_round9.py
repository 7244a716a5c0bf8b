"""Round 9 of prose facts (tests/cases/facts_probes_heldout8.yaml, facts_probes_heldout9.yaml):
a count of percentages (实现“两个100%”, 三个100%) names a slogan of targets: neither the count nor
the percentage is a figure of the year.

Every rule has cases that must match and cases that must not.
"""

from __future__ import annotations

import pytest

from textmine.facts import facts_in


def _f(text: str, template: str | None = "gov2021") -> list[tuple[float, str | None, str | None, str | None, str | None]]:
    return [
        (float(f.value), f.unit, f.qualifier, f.change, f.indicator) for f in facts_in(text, template=template)
    ]


# --- N个 + a percentage: a slogan of targets, not a count and not a rate reached
@pytest.mark.parametrize(
    "text",
    [
        "确保实现“两个100%”目标。",
        "全面实现三个100%。",
        "做到‘两个100%’。",
        "实现“四个 100%”要求。",
    ],
)
def test_count_of_percentages_is_a_slogan(text):
    assert _f(text) == []


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the rates that spell the slogan out are facts
        ("确保实现“两个100%”目标，即依申请公开按时答复率100%、规范性文件公开率100%。", (100, "%", None, None, None)),
        # a count of things before a rate is a count (三个区县 … 100%)
        ("三个区县的公开率100%。", (3, "个", None, None, None)),
        ("三个区县的公开率100%。", (100, "%", None, None, None)),
        # N个 with a clause between it and a percentage counts things
        ("新增专栏3个，占比100%。", (3, "个", None, None, None)),
        ("按时答复率100%，三个部门参与。", (100, "%", None, None, None)),
    ],
)
def test_counts_and_rates_beside_percentages_stay(text, fact):
    assert fact in _f(text)


def test_spelled_out_rates_count_twice():
    got = _f("确保实现“两个100%”目标，即依申请公开按时答复率100%、规范性文件公开率100%。")
    assert got == [(100.0, "%", None, None, None), (100.0, "%", None, None, None)]
