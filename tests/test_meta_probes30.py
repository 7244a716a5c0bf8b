"""Rules found with the thirtieth probe set (tests/cases/probes30: issuer, level, places, year, publication date and
crawl metadata's priority on unseen reports of provincial departments, offices and zone committees). Each rule has
cases that must match and cases that must not.

Found with batch A:

- a development zone's committee named after a county-level unit is that unit's body, level ``county`` with the
  unit as its county, as a zone named after a city (株洲高新区) is the city's: the unit written in full
  (南陵县经济开发区管理委员会) or by its stem when the stem names one county-level unit (县, 市 or 旗) and no prefecture
  (沭阳 → 沭阳县); a stem that is also a prefecture's (长沙: 长沙市, not 长沙县), one several units share (鼓楼) and a
  综合实验区 (平潭) are not.

Found with batch B (written before A's fixes, scored after them):

- such a committee named by its stem is a body's name (a 落款's 义乌经济技术开发区管理委员会 spells out the title's
  义乌经开区管委会) and gives the report its places (not the title's 义乌经开区 read as a district).
"""

from __future__ import annotations

import pytest

from textmine.meta import admin_level, extract_meta, long_form, zone_county
from textmine.model import Document


def _meta(text: str, *, title: str = "") -> tuple:
    doc = Document(
        text=text,
        raw_text="",
        offsets=[],
        sha256="0" * 64,
        header={"标题": title} if title else {},
        source={},
    )
    m = extract_meta(doc, [])
    return m.issuer, m.admin_level, m.province, m.city, m.county


@pytest.mark.parametrize(
    ("name", "county"),
    [
        ("南陵县经济开发区管理委员会", "南陵县"),
        ("沭阳经济技术开发区管理委员会", "沭阳县"),
        ("义乌经济技术开发区管理委员会", "义乌市"),
    ],
)
def test_a_zone_named_after_a_county_is_the_county_s(name: str, county: str) -> None:
    assert zone_county(name)["county"] == county
    assert admin_level(name) == "county"


@pytest.mark.parametrize(
    "name",
    [
        "株洲高新技术产业开发区管理委员会",  # a city's stem
        "长沙经济技术开发区管理委员会",  # 长沙市 and 长沙县: the prefecture's
        "襄阳高新技术产业开发区管理委员会",
        "宜宾临港经济技术开发区管理委员会",  # the city, then the zone's own name
        "平潭综合实验区管委会",  # not a development zone's word
        "鼓楼高新区管委会",  # 鼓楼区 of several cities, and no 县/市/旗
        "南陵县人民政府",  # no zone
        "沭阳县发展和改革委员会",
    ],
)
def test_a_city_s_zone_or_another_body_is_not_a_county_s_zone(name: str) -> None:
    assert zone_county(name) is None
    if "开发区" in name or "高新区" in name:
        assert admin_level(name) == "city"


def test_a_county_zone_s_full_name_spells_out_its_short_title_form() -> None:
    assert long_form("义乌经开区管委会", "义乌经济技术开发区管理委员会")
    assert not long_form("义乌经开区管委会", "义乌市经济和信息化局")
    assert not long_form("株洲高新区管委会", "义乌经济技术开发区管理委员会")


def test_a_county_zone_report_is_placed_by_its_county() -> None:
    body = "一、总体情况\n2022年，管委会在市委、市政府的领导下推进政务公开。\n"
    got = _meta(
        body + "义乌经济技术开发区管理委员会\n2023年1月18日\n",
        title="义乌经开区2022年政府信息公开工作年度报告",
    )
    assert got == ("义乌经济技术开发区管理委员会", "county", "浙江省", "金华市", "义乌市")
    got = _meta(body + "沭阳经济技术开发区管理委员会\n2024年1月19日\n")
    assert got == ("沭阳经济技术开发区管理委员会", "county", "江苏省", "宿迁市", "沭阳县")


def test_a_city_zone_report_stays_the_city_s() -> None:
    body = "一、总体情况\n2022年，管委会在市委、市政府的领导下推进政务公开。\n"
    got = _meta(
        body + "株洲高新技术产业开发区管理委员会\n2023年1月18日\n",
        title="株洲高新区2022年政府信息公开工作年度报告",
    )
    assert got == ("株洲高新技术产业开发区管理委员会", "city", "湖南省", "株洲市", None)
