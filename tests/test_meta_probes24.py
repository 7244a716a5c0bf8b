"""Rules found with the twenty-fourth probe set (tests/cases/probes24: issuer, level and places on unseen
reports of cities without districts, 省直辖 units, zone and scenic-area committees, state farms and forest
bodies, 全市/全县 reports, 2008–2010 and OCR'd reports, name-only and date-only crawl titles).
Each rule has cases that must match and cases that must not.

Found with batch A:

- a scenic area's committee (黄山风景区管理委员会, …风景名胜区管委会) is a zone's committee: level ``city``, placed in
  the prefecture its stem names (黄山 → 黄山市; none when the stem is no prefecture's: 泰山, 武夷山);
- a zone's short name in the title (赣江新区管委会, 黄山风景区管委会) is spelt out by a signature that puts the
  province (or city) in front and writes 管理委员会 (江西赣江新区管理委员会);
- a title naming only 全县/全市/全省 (2022年全县政府信息公开工作年度报告: the whole administration's report, compiled
  by the government's office) names no body: the signature does (its office's government);
- a crawl title that is only a date (2022年1月25日: the day it was published) gives no report year;
- OCR text: the letter O read for 〇 in a year or date in Chinese numerals (二OO九年) and 口 for the 日 that closes a
  date line (二O一O年三月十五口).

Found with batch B:

- a bonded port area (保税港区: 青岛前湾保税港区) is a zone like a 保税区: its committee is ``city`` in the city its
  stem names, a bare 保税港区 title names its committee, and 保税港区 is no county.
"""

from __future__ import annotations

import pytest

from textmine.meta import (
    RE_SIGNATURE_DATE_LINE,
    _arabic_years,
    admin_level,
    extract_meta,
    find_issuer,
    find_published,
    find_year,
    long_form,
    parse_places,
)
from textmine.model import Document
from textmine.sections import find_sections

PARTS = ("一、总体情况\n{we}推进政务公开。\n二、主动公开政府信息情况\n主动公开政府信息120条。\n"
         "三、收到和处理政府信息公开申请情况\n本年新收申请2件。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n"
         "五、存在的主要问题及改进情况\n公开不够及时。下一步将加强。\n六、其他需要报告的事项\n无。\n")


def _doc(text: str, header: dict[str, str] | None = None) -> Document:
    return Document(text=text, raw_text=text, offsets=[], sha256="", header=header or {})


def _meta(text: str, header: dict[str, str] | None = None):  # noqa: ANN202
    return extract_meta(_doc(text, header), find_sections(text))


# ---------------------------------------------------------------- scenic areas' committees


@pytest.mark.parametrize(("name", "city"), [
    ("黄山风景区管理委员会", "黄山市"),
    ("黄山风景区管委会", "黄山市"),
    ("泰山风景名胜区管理委员会", None),  # 泰山 names no prefecture
    ("武夷山风景名胜区管委会", None),    # 武夷山市 is a county-level city, not a prefecture
])
def test_a_scenic_area_committee_is_a_zone_committee(name: str, city: str | None) -> None:
    assert admin_level(name) == "city"
    assert parse_places(name).get("city") == city


@pytest.mark.parametrize("name", ["黄山市风景园林局", "黄山市黄山风景区派出所", "杭州市西湖风景名胜区管委会办公室"])
def test_a_scenic_area_s_department_or_office_is_no_committee(name: str) -> None:
    assert admin_level(name) == "department"


def test_a_scenic_area_title_names_its_committee() -> None:
    assert find_issuer("黄山风景区2022年政府信息公开工作年度报告") == "黄山风景区管委会"


# ---------------------------------------------------------------- zones' short names spelt out


@pytest.mark.parametrize(("short", "full"), [
    ("黄山风景区管委会", "黄山风景区管理委员会"),
    ("赣江新区管委会", "江西赣江新区管理委员会"),
    ("赣江新区管委会", "江西省赣江新区管理委员会"),
    ("临港经开区管委会", "宜宾临港经济技术开发区管理委员会"),
])
def test_a_signature_spells_out_a_zone_s_short_name(short: str, full: str) -> None:
    assert long_form(short, full)


@pytest.mark.parametrize(("short", "full"), [
    ("赣江新区管委会", "江西省人民政府办公厅"),      # the province's office, no zone
    ("赣江新区管委会", "江西赣江新区财政金融局"),    # a bureau of the zone
    ("九江新区管委会", "江西赣江新区管理委员会"),    # another zone
    ("黄山风景区管委会", "黄山市人民政府"),
])
def test_another_body_is_no_zone_s_long_form(short: str, full: str) -> None:
    assert not long_form(short, full)


def test_a_zone_report_takes_the_signature_s_full_name() -> None:
    m = _meta("赣江新区2022年政府信息公开工作年度报告\n" + PARTS.format(we="2022年，我委围绕新区建设")
              + "江西赣江新区管理委员会\n2023年1月29日\n")
    assert (m.issuer, m.admin_level, m.province, m.city) == ("江西赣江新区管理委员会", "city", "江西省", None)


# ---------------------------------------------------------------- 全县/全市 reports


@pytest.mark.parametrize("title", ["2022年全县政府信息公开工作年度报告", "全市2021年度政府信息公开工作年度报告",
                                   "二〇二二年全省政府信息公开工作年度报告"])
def test_a_whole_administration_title_names_no_body(title: str) -> None:
    assert find_issuer(title) is None


@pytest.mark.parametrize(("title", "issuer"), [
    ("全椒县2022年政府信息公开工作年度报告", "全椒县人民政府"),  # a county whose name starts with 全
    ("全州县2023年政府信息公开工作年度报告", "全州县人民政府"),
    ("东莞市2022年政府信息公开工作年度报告", "东莞市人民政府"),
])
def test_a_place_named_in_the_title_is_still_its_government(title: str, issuer: str) -> None:
    assert find_issuer(title) == issuer


def test_the_whole_county_report_is_the_government_s_that_its_office_signs() -> None:
    m = _meta("2022年全县政府信息公开工作年度报告\n" + PARTS.format(we="2022年，全县各级行政机关围绕海岛共富")
              + "嵊泗县人民政府办公室\n2023年3月20日\n")
    assert (m.issuer, m.admin_level, m.city, m.county) == ("嵊泗县人民政府", "county", "舟山市", "嵊泗县")


# ---------------------------------------------------------------- date-only crawl titles


@pytest.mark.parametrize("title", ["2022年1月25日", "2022-01-25", " 2022/1/25 "])
def test_a_date_only_title_gives_no_year(title: str) -> None:
    assert find_year(title, "2021年，市政府围绕民生保障推进政务公开。\n某市人民政府\n2022年1月25日") == 2021


@pytest.mark.parametrize(("title", "year"), [
    ("2022年政府信息公开工作年度报告", 2022),
    ("2022年度", 2022),
    ("济源市2021年政府信息公开工作年度报告（2022年1月25日）", 2021),
])
def test_a_title_with_more_than_a_date_keeps_its_year(title: str, year: int) -> None:
    assert find_year(title, "2021年，市政府推进政务公开。") == year


# ---------------------------------------------------------------- OCR: O for 〇, 口 for 日


def test_ocr_o_for_ling_in_chinese_numeral_years() -> None:
    assert _arabic_years("五指山市二OO九年政府信息公开") == "五指山市2009年政府信息公开"
    assert find_issuer("五指山市二OO九年政府信息公开工作年度报告") == "五指山市人民政府"


@pytest.mark.parametrize("text", ["GOOD年", "二OK九年", "COVID年"])
def test_latin_letters_elsewhere_are_no_year(text: str) -> None:
    assert _arabic_years(text) == text


def test_ocr_kou_for_ri_closing_a_date_line() -> None:
    assert find_published(_doc("正文。\n五指山市人民政府\n二O一O年三月十五口\n")) == "2010-03-15"
    assert RE_SIGNATURE_DATE_LINE.fullmatch("二O一O年三月十五口")


def test_kou_inside_a_sentence_is_no_date() -> None:
    assert find_published(_doc("正文。\n二〇一〇年三月十五口岸开放。\n")) is None


def test_a_letter_spaced_ocr_report_is_read() -> None:
    m = _meta("五 指 山 市 二 O O 九 年 政 府 信 息 公\n开 工 作 年 度 报 告\n" + PARTS.format(we="2009年，市政府")
              + "五 指 山 市 人 民 政 府\n二O一O年三月十五口\n")
    assert (m.issuer, m.admin_level, m.county, m.year, m.published) == (
        "五指山市人民政府", "county", "五指山市", 2009, "2010-03-15")


# ---------------------------------------------------------------- found with batch B: bonded port areas


@pytest.mark.parametrize(("name", "city"), [
    ("青岛前湾保税港区管理委员会", "青岛市"),   # the city's stem, the zone's own name, 保税港区
    ("重庆两路寸滩保税港区管理委员会", "重庆市"),
    ("前湾保税港区管委会", None),
])
def test_a_bonded_port_area_committee_is_a_zone_committee(name: str, city: str | None) -> None:
    assert admin_level(name) == "city"
    assert parse_places(name).get("city") == city


@pytest.mark.parametrize("name", ["青岛前湾保税港区海关", "青岛前湾保税港区管委会办公室", "青岛市港口管理局"])
def test_a_bonded_port_area_s_office_or_customs_is_no_committee(name: str) -> None:
    assert admin_level(name) == "department"


def test_a_bonded_port_area_title_names_its_committee() -> None:
    assert find_issuer("青岛前湾保税港区2019年政府信息公开工作年度报告") == "青岛前湾保税港区管委会"
    assert parse_places("青岛前湾保税港区海关").get("county") is None  # 保税港区 is no county
