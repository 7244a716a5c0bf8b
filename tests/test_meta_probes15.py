"""Rules found with the fifteenth probe set (tests/cases/probes15: a province's worth of body types
for 宁夏, 甘肃, 青海, 西藏, 海南, 贵州, 黑龙江, 天津 and 重庆, crawls without titles, old part orders, local
names of the 2019 and 2021 parts, bodies created in 2023–2024). Each rule has cases that must match and
cases that must not.

- words in front of a known prefecture (本报告由哈尔滨市) are no prefecture of their own: they do not join
  the place chain put in front of a street office or town named short in a title;
- 总体概况, 基本概况, 工作概况 and 年度概况 name the overview part (as 概况 and 概述 do).
"""

from __future__ import annotations

import pytest

from textmine.meta import _is_place_chain, _with_upper
from textmine.sections import classify_title

# ---------------------------------------------------------------- place chains in front of a short name


def test_a_compiling_sentences_lead_words_do_not_join_the_place_chain() -> None:
    text = "本报告由哈尔滨市香坊区通天街道办事处根据《中华人民共和国政府信息公开条例》编制。"
    assert _with_upper("通天街道办事处", text) == "哈尔滨市香坊区通天街道办事处"
    assert not _is_place_chain("本报告由哈尔滨市香坊区", "通天街道办事处")


@pytest.mark.parametrize(("upper", "name"), [("哈尔滨市香坊区", "通天街道办事处"), ("武汉市江岸区", "二七街道办事处"),
                                             ("西宁市城中区", "南滩街道办事处")])
def test_a_prefecture_and_district_in_front_of_a_street_office_are_its_chain(upper: str, name: str) -> None:
    assert _is_place_chain(upper, name)
    assert _with_upper(name, f"现将{upper}{name}2023年报告予以公布。") == upper + name


# ---------------------------------------------------------------- part titles in local words


@pytest.mark.parametrize("title", ["总体概况", "基本概况", "工作概况", "年度概况", "概况"])
def test_a_general_situation_named_gaikuang_is_the_overview(title: str) -> None:
    assert classify_title(title) == "overview"


@pytest.mark.parametrize(("title", "kind"), [("主动公开概况", "proactive"), ("依申请公开概况", "requests"),
                                             ("行政复议和行政诉讼概况", "appeals")])
def test_a_named_parts_gaikuang_keeps_that_parts_kind(title: str, kind: str) -> None:
    assert classify_title(title) == kind
