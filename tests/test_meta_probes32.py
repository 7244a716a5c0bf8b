"""Rules found with the thirty-second probe set (tests/cases/probes32: issuer, level, places and year on unseen
reports of bodies whose names hold other bodies' names, co-signed towns, villages and communities, public
institutions, old reports, bilingual zones, portal pages and special areas). Each rule has cases that must match and
cases that must not.

- a title's year followed by 发布 (2023年发布的2022年度…, 2025年发布…（2024年度）) is the year of publication, not the
  report's; the report's is the first year not so followed;
- a signature dated in Chinese numerals (二〇一一年三月二十八日) is the signature's date, so a report naming its year
  only as 上年度 is of the year before it;
- a township's Party committee named before the township's government (中共兴坪镇委员会　兴坪镇人民政府) is not the
  reporting body: the government is;
- a name's English rendering set between the signature's name and its date is passed over;
- a village's or community's report is its committee's (小岗村村民委员会, 翠苑一区社区居民委员会: level ``other``), its
  places those written before the village or community (翠苑一区社区 is no district), a 落款 naming its township and
  county its placed form;
- (batch C) a 落款 writing 居委会/村委会 for the committee is its placed form, and such a name is a body's name;
- a company named by its city's stem (兰州威立雅水务（集团）有限责任公司) is that city's;
- a problems part turning to plans with a year in Chinese numerals (二〇一〇年，市政府将…) turns as with digits.
"""

from __future__ import annotations

import pytest

from textmine.items import RE_PLAN_TURN
from textmine.meta import (
    _company_city,
    _first_of_joint,
    admin_level,
    extract_meta,
    find_issuer,
    find_year,
    parse_places,
    placed_form,
    signed_name,
)
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
    return m.issuer, m.admin_level, m.province, m.city, m.county, m.year


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("三门峡市人民政府2023年发布的2022年度政府信息公开工作年度报告", 2022),
        ("邯郸市生态环境局2025年发布政府信息公开工作年度报告（2024年度）", 2024),
        ("某区2023年度政府信息公开工作年度报告（2024年1月发布）", 2023),
        # must NOT: a year that is the report's stays, whatever follows later
        ("某市2024年政府信息公开工作年度报告", 2024),
        ("关于公布某县2021年政府信息公开工作年度报告的通知", 2021),
    ],
)
def test_publication_year_in_title(title: str, year: int) -> None:
    assert find_year(title, "一、总体情况\n全年公开信息。") == year


def test_shangniandu_with_chinese_signature_date() -> None:
    text = "现将我局上年度政府信息公开工作情况报告如下。\n上年度，我局推进公开。\n大同市财政局\n二〇一一年三月二十八日\n"
    assert find_year("大同市财政局政府信息公开工作年度报告", text) == 2010
    # must NOT: a body year still wins over the signature's
    text = "2009年，我局推进公开。\n某局\n二〇一一年三月二十八日\n"
    assert find_year(None, text) == 2009


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("中共兴坪镇委员会兴坪镇人民政府", "兴坪镇人民政府"),
        ("中共外滩街道工作委员会外滩街道办事处", "外滩街道办事处"),
        # must NOT: another place's government, an office, a body alone
        ("中共兴坪镇委员会白沙镇人民政府", "中共兴坪镇委员会白沙镇人民政府"),
        ("兴坪镇人民政府", "兴坪镇人民政府"),
        ("中共息烽县委办公室", "中共息烽县委办公室"),
    ],
)
def test_party_committee_and_government(name: str, want: str) -> None:
    assert _first_of_joint(name) == want


def test_cosigned_title_takes_government_and_signature_places() -> None:
    text = "一、总体情况\n2023年，我镇推进政务公开。\n阳朔县兴坪镇人民政府\n2024年1月17日\n"
    got = _meta(text, title="中共兴坪镇委员会　兴坪镇人民政府2023年政府信息公开工作年度报告")
    assert got == ("阳朔县兴坪镇人民政府", "township", "广西壮族自治区", "桂林市", "阳朔县", 2023)


def test_english_line_under_signature() -> None:
    tail = "无。\n苏州工业园区管理委员会\nSuzhou Industrial Park Administrative Committee\n2024年1月24日"
    assert signed_name(tail) == "苏州工业园区管理委员会"
    got = _meta(
        "一、总体情况\n2023年，园区推进公开。\n" + tail,
        title="苏州工业园区2023年政府信息公开工作年度报告",
    )
    assert got[:2] == ("苏州工业园区管理委员会", "city")
    # must NOT: an English line alone signs for no one; a mixed line is no English rendering
    assert signed_name("无。\nSuzhou Industrial Park\n2024年1月24日") is None
    assert signed_name("无。\n某局SIP办\n2024年1月24日") is None


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("小岗村村民委员会", "other"),
        ("杭州市西湖区翠苑街道翠苑一区社区居民委员会", "other"),
        ("某社区居委会", "other"),
        # must NOT: a government's committee, a rural affairs body
        ("某县农业农村局", "department"),
        ("某市农村工作委员会", "department"),
    ],
)
def test_grassroots_committee_level(name: str, level: str) -> None:
    assert admin_level(name) == level


def test_grassroots_committee_names_and_places() -> None:
    assert find_issuer("翠苑一区社区2023年度信息公开工作报告") == "翠苑一区社区居民委员会"
    assert find_issuer("小岗村2022年度信息公开工作报告") == "小岗村村民委员会"
    assert parse_places("翠苑一区社区居民委员会") == {}
    assert parse_places("凤阳县小溪河镇小岗村村民委员会")["county"] == "凤阳县"
    assert placed_form("小岗村村民委员会", "凤阳县小溪河镇小岗村村民委员会")
    # must NOT: a rural word is no village, a name without its township is no placed form
    assert find_issuer("某县农村2022年度信息公开工作报告") != "某县农村村民委员会"
    assert not placed_form("小岗村村民委员会", "凤阳县小岗村村民委员会")
    text = "一、总体情况\n2023年，本社区推进公开。\n杭州市西湖区翠苑街道翠苑一区社区居民委员会\n2024年1月10日\n"
    got = _meta(text, title="翠苑一区社区2023年度信息公开工作报告")
    assert got == (
        "杭州市西湖区翠苑街道翠苑一区社区居民委员会",
        "other",
        "浙江省",
        "杭州市",
        "西湖区",
        2023,
    )


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("兰州威立雅水务（集团）有限责任公司", "兰州市"),
        # must NOT: no stem, not a company, a stem no city has
        ("威立雅水务有限公司", None),
        ("兰州威立雅水务中心", None),
        ("中国石油天然气股份有限公司", None),
    ],
)
def test_company_city(name: str, city: str | None) -> None:
    assert _company_city(name) == city


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        ("存在的问题是公开不够平衡。二〇一〇年，市政府将加强督促检查。", True),
        ("存在的问题是公开不够平衡。2010年，市政府将加强督促检查。", True),
        # must NOT: a year with no one who will act, a numeral run that is no year
        ("存在的问题是公开不够平衡。二〇一〇年公开信息二百条。", False),
    ],
)
def test_plan_turn_chinese_year(text: str, turns: bool) -> None:
    m = RE_PLAN_TURN.search(text)
    assert (m is not None and "将" in m.group()) == turns


def test_short_committee_signature() -> None:
    """Found with batch C: a community's 落款 writing 居委会 for 居民委员会 is the title's committee, placed."""
    assert placed_form("户部巷社区居民委员会", "武昌区中华路街道户部巷社区居委会")
    text = (
        "一、总体情况\n2022年，本社区推进公开。\n武昌区中华路街道户部巷社区居委会\n2023年1月9日\n"
    )
    got = _meta(text, title="户部巷社区2022年度信息公开工作报告")
    assert got == ("武昌区中华路街道户部巷社区居委会", "other", "湖北省", "武汉市", "武昌区", 2022)
    # must NOT: another community's committee, or one with no township before it
    assert not placed_form("户部巷社区居民委员会", "武昌区中华路街道司门口社区居委会")
    assert not placed_form("户部巷社区居民委员会", "武昌区户部巷社区居委会")
