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


def _slow_place_chain(upper: str, name: str) -> bool:
    """meta._is_place_chain without its last-character shortcut."""
    found = meta.parse_places(upper + name)
    if not found.get("county") or not upper.endswith(found["county"]):
        return False
    city = found.get("city", "")
    if city and city not in meta._places()["cities"] and any(
            city.endswith(c) for table in meta._uppers() for c in table if len(c) < len(city)):
        return False  # words in front of a known place (本报告由哈尔滨市) are no prefecture of their own
    chain = "".join(found[k] for k in ("province", "city", "county") if k in found)
    return chain.endswith(upper) and len(upper) >= len(found["county"])


UPPER_PIECES = ["武汉市", "江岸区", "湖北省", "长沙县", "浦东新区", "伊宁县", "伊犁哈萨克自治州", "某", "市",
                "县", "区", "旗", "镇", "开发区", "南阳市", "卧龙区", "二七街道", "鄂尔多斯市", "准格尔旗", "自治县"]


@pytest.mark.parametrize("seed", range(3))
def test_place_chain_shortcut_equals_the_parse(seed: int) -> None:
    rng = random.Random(seed)
    names = ["二七街道办事处", "黄兴镇人民政府", "人民政府", "市场监督管理局"]
    for _ in range(300):
        upper = "".join(rng.choice(UPPER_PIECES) for _ in range(rng.randint(1, 4)))
        name = rng.choice(names)
        assert meta._is_place_chain(upper, name) == _slow_place_chain(upper, name), (upper, name)
        county = meta.parse_places(upper + name).get("county")
        assert not county or county[-1] in meta.COUNTY_ENDS


def test_place_chain_cases() -> None:
    assert meta._is_place_chain("武汉市江岸区", "二七街道办事处")
    assert not meta._is_place_chain("武汉市江岸", "二七街道办事处")  # not a county's end
    assert not meta._is_place_chain("湖北省", "二七街道办事处")  # no county


def _slow_find_issuer_upper(name: str, preamble: str) -> str:
    """find_issuer's last step as it was: try every prefecture and province in turn."""
    places = meta._places()
    compact = "".join(preamble.split())
    for upper in list(places["cities"]) + list(places["provinces"]):
        if not name.startswith(upper) and (upper + name) in compact:
            return upper + name
    return name


@pytest.mark.parametrize("seed", range(3))
def test_texts_before_equals_trying_every_upper(seed: int) -> None:
    rng = random.Random(seed)
    places = meta._places()
    uppers = list(places["cities"])[:40] + list(places["provinces"])[:10]
    names = ["洪泽区人民政府", "人民政府", "统计局", "某县人民政府"]
    for _ in range(200):
        name = rng.choice(names)
        preamble = "".join(rng.choice([*uppers, name, "由", "编制", "，", " ", "\n", "市", "省"])
                           for _ in range(rng.randint(0, 12)))
        longest = meta._longest_upper()
        before = meta._texts_before(name, "".join(preamble.split()), longest=longest)
        fast = next((u + name for u in list(places["cities"]) + list(places["provinces"])
                     if u in before and not name.startswith(u)), name)
        assert fast == _slow_find_issuer_upper(name, preamble), (name, preamble)


def test_find_issuer_takes_the_preamble_city() -> None:
    assert meta.find_issuer("洪泽区人民政府2023年政府信息公开工作年度报告", "由淮安市洪泽区人民政府办公室编制") == "淮安市洪泽区人民政府"
    assert meta.find_issuer("洪泽区人民政府2023年政府信息公开工作年度报告", "洪泽区人民政府办公室编制") == "洪泽区人民政府"


def test_mentioned_city_equals_counting_each_city() -> None:
    cities = meta._places()["cities"]
    names = list(cities)[:30]
    rng = random.Random(5)

    def slow(text: str, province: str | None) -> str | None:
        counts = {}
        for city, info in cities.items():
            if province and info.get("province") != province:
                continue
            if n := text.count(city):
                counts[city] = n
        return min(counts, key=lambda k: (-counts[k], text.find(k))) if counts else None

    provinces = [None] + sorted({info.get("province") for info in cities.values() if info.get("province")})[:5]
    for _ in range(300):
        text = "".join(rng.choice([*names, "我县", "，", "按照"]) for _ in range(rng.randint(0, 10)))
        province = rng.choice(provinces)
        assert meta._mentioned_city(text, province) == slow(text, province), (text, province)
    assert meta._mentioned_city("我县", None) is None


def test_places_of_equals_the_loops_over_the_tables() -> None:
    """_places_of's scans name the first county, prefecture and province of the tables' order
    that the old loops named."""
    places = meta._places()
    counties = list(places["counties"])
    cities = list(places["cities"])
    provinces = list(places["provinces"])
    rng = random.Random(11)
    for _ in range(300):
        hay = "".join(rng.choice([*rng.sample(counties, 3), *rng.sample(cities, 3), *rng.sample(provinces, 2),
                                  "人民政府", "政府信息公开", "，"]) for _ in range(rng.randint(0, 6)))
        county = next((k for k in places["counties"] if k in hay), None)
        city = next((k for k, info in places["cities"].items()
                     if k in hay or any(a and a in hay for a in info.get("aliases", []) or [])), None)
        province = next((k for k, shorts in places["provinces"].items() if k in hay or any(s in hay for s in shorts)), None)
        names = meta._place_names()
        assert meta.wordscan.first_named(hay, names[0]) == county, hay
        assert meta.wordscan.first_named(hay, names[1]) == city, hay
        assert meta.wordscan.first_named(hay, names[2]) == province, hay
