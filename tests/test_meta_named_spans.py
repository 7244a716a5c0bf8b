"""The scan of :func:`textmine.meta._named_spans` finds exactly what its regex finds."""

from __future__ import annotations

import random

import pytest

from textmine import meta

PIECES = ["江西", "省", "自治区", "市", "州", "盟", "县", "区", "旗", "交通运输厅", "局", "委", "员会",
          "由", "经", "的", "办公室", "处", "法", "条例", "公室", "。", "，", "2022", "a", "人民政府",
          "生态环境局", "综合实验区", "地方税务局", "市场监督管理局", "科", "规定", "所"]
CORES = ["交通运输厅", "局", "委", "生态环境局", "综合实验区地方税务局", "市场监督管理局", "厅"]
LEVELS = [None, "省", "自治区", "市", "州", "盟", "县", "区", "旗"]


def regex_spans(compact: str, core: str, level: str | None) -> list[tuple[int, int]]:
    return [m.span("name") for m in meta._named_regex(core, level).finditer(compact)]


@pytest.mark.parametrize("seed", range(6))
def test_scan_equals_regex_on_generated_texts(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
        core = rng.choice(CORES)
        level = rng.choice(LEVELS)
        assert meta._named_spans(text, core, level) == regex_spans(text, core, level), (text, core, level)


def test_scan_path_is_taken_and_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the regex forbidden, the scan alone answers texts with few places of the core."""
    text = "按照江西省人民政府要求。江西省交通运输厅网站，由江西省交通运输厅负责"
    expected = regex_spans(text, "交通运输厅", "省")
    monkeypatch.setattr(meta, "_named_regex", lambda *a: pytest.fail("regex compiled"))
    assert meta._named_spans(text, "交通运输厅", "省") == expected == [(12, 20), (23, 32)]  # 由 starts the second


@pytest.mark.parametrize(
    ("text", "core", "level"),
    [
        ("江西省交通运输厅法规处", "交通运输厅", "省"),  # an office follows: no name
        ("我省交通运输厅负责", "交通运输厅", "县"),  # no 县/区/旗/市 before the core
        ("江西省2022交通运输厅", "交通运输厅", "省"),  # digits break the run
        ("江西交通运输厅", "交通运输厅", None),  # no place word at all
        ("甲" * 40 + "省交通运输厅", "交通运输厅", "省"),  # the run starts too far back
    ],
)
def test_no_name(text: str, core: str, level: str | None) -> None:
    assert meta._named_spans(text, core, level) == regex_spans(text, core, level) == []


def test_many_places_of_the_core_use_the_regex() -> None:
    text = "，".join(["江西某市某局"] * (meta.SCAN_LIMIT + 3))
    assert meta._named_spans(text, "局", "市") == regex_spans(text, "局", "市") != []
