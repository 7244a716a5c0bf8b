"""Place names found by prefix in the indexed place table: odd and empty names, and the rules
the index keeps (a short form is not a prefecture before 县; the first province's first short)."""

from __future__ import annotations

import pytest

from textmine.meta import parse_places


@pytest.mark.parametrize("name", ["", "   ", "省", "市", "区", "x" * 500, "中共", "省市场监督管理局"])
def test_names_without_a_place(name):
    assert parse_places(name) == {}


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("吉林市人民政府", {"province": "吉林省", "city": "吉林市"}),  # a city, not the province 吉林
        ("湖北省人民政府", {"province": "湖北省"}),
        ("湖北人社厅", {"province": "湖北省"}),  # a short name not followed by a unit suffix
        ("长沙县人民政府", {"province": "湖南省", "city": "长沙市", "county": "长沙县"}),  # not 长沙(市) + 县
        ("北京市海淀区人民政府", {"province": "北京市", "city": "北京市", "county": "海淀区"}),
    ],
)
def test_places_by_prefix(name, want):
    assert parse_places(name) == want
