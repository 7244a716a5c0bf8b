"""Rules found with the twenty-first probe set (tests/cases/probes21: issuer, level and places on unseen
reports of 内蒙古, 新疆 and the 兵团, 西藏, 青海, 甘肃, 宁夏, 贵州, 云南, 广西, 海南, 黑龙江, 吉林, 辽宁, 天津 and 重庆).
Each rule has cases that must match and cases that must not.

Found with batch A:

- a survey team of the national statistics bureau (国家统计局天水调查队) is a body: 调查队 ends a body's name
  and 我队/本队 is how it names itself (not 我队伍);
- a regiment of a 兵团 division (第一师十团, 一二一团) is a township-level body under its division, named in
  full with the Corps' name in front (新疆生产建设兵团第一师十团); 第八师团结… is no regiment;
- a 行政公署's or a zone committee's liaison office in another city (喀什地区行政公署驻乌鲁木齐办事处) is a
  department, as a government's is;
- a county whose name holds a character that opens a phrase elsewhere (龙胜各族自治县, 全州县, 全椒县) keeps it:
  the lead-word trimming and the 全县/各区 filter stop at a county the division list knows;
- a party organ named with the government body it shares an office with (中共息烽县委办公室 息烽县人民政府
  办公室) does not report under the 条例: the government body does.

Found with batch B (after the rules above):

- a signature line may hold 〇 (第六师一〇三团): it is a character of names as of dates;
- a 苏木 named alone in a title (克尔伦苏木2023年…) is its government, as a 镇 or 乡 is;
- a development zone named after its city's stem may hold its own name of two or three characters
  between (大连长兴岛经济技术开发区, 营口仙人岛…) or a four-character stem (乌鲁木齐经济技术开发区): its city;
- a county whose name several prefectures hold (和平区: 天津市 and 沈阳市) takes the one the text names,
  municipalities included.
"""

from __future__ import annotations

import pytest

from textmine.corps import corps_issuer, corps_places
from textmine.meta import (
    _city_at,
    _clean_body,
    _first_of_joint,
    _named_parent,
    _trim_left,
    admin_level,
    body_issuers,
    extract_meta,
    find_issuer,
    parse_places,
    signed_name,
)
from textmine.model import Document
from textmine.sections import find_sections

PARTS = ("一、总体情况\n{we}推进政务公开。\n二、主动公开政府信息情况\n主动公开政府信息120条。\n"
         "三、收到和处理政府信息公开申请情况\n本年新收申请2件。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n"
         "五、存在的主要问题及改进情况\n公开不够及时。下一步将加强。\n六、其他需要报告的事项\n无。\n")


def _meta(text: str):  # noqa: ANN202
    doc = Document(text=text, raw_text=text, offsets=[], sha256="", header={})
    return extract_meta(doc, find_sections(text))


# ---------------------------------------------------------------- survey teams


@pytest.mark.parametrize(("we", "tail", "issuer", "city", "county"), [
    ("2022年，国家统计局天水调查队认真贯彻落实《条例》，", "", "国家统计局天水调查队", "天水市", None),
    ("2022年，我队认真贯彻落实《条例》，", "国家统计局琼海调查队\n2023年1月13日\n", "国家统计局琼海调查队", None, "琼海市"),
])
def test_a_survey_team_is_a_body(we: str, tail: str, issuer: str, city: str | None, county: str | None) -> None:
    m = _meta(PARTS.format(we=we) + tail)
    assert (m.issuer, m.admin_level, m.city, m.county) == (issuer, "department", city, county)


def test_we_team_is_a_self_reference_but_our_ranks_are_not() -> None:
    assert body_issuers("2022年，我队认真贯彻落实《条例》。") == ["我队"]
    assert body_issuers("2022年，我队伍建设得到加强。") == []


# ---------------------------------------------------------------- 兵团 regiments


@pytest.mark.parametrize(("name", "full"), [
    ("新疆生产建设兵团第一师十团", "新疆生产建设兵团第一师十团"),
    ("第一师阿拉尔市十团", "新疆生产建设兵团第一师阿拉尔市十团"),
    ("兵团第八师一二一团办公室", "新疆生产建设兵团第八师一二一团"),
    ("第八师121团", "新疆生产建设兵团第八师121团"),
])
def test_a_regiment_is_a_township_under_its_division(name: str, full: str) -> None:
    assert corps_issuer(name) == full
    assert admin_level(full) == "township"
    assert corps_places(full)["city"] == full[: full.index("师") + 1]


@pytest.mark.parametrize(("name", "want"), [
    ("第八师团结", None),  # no number before 团
    ("第八师财政局", "新疆生产建设兵团第八师财政局"),  # a division's department stays a department
    ("第一师十团连队", None),  # something after the regiment that is not its office
])
def test_no_regiment_without_a_number_or_with_more_after_it(name: str, want: str | None) -> None:
    assert corps_issuer(name) == want
    if want:
        assert admin_level(want) == "department"


# ---------------------------------------------------------------- liaison offices


@pytest.mark.parametrize("name", ["喀什地区行政公署驻乌鲁木齐办事处", "锡林郭勒盟行政公署驻北京联络处",
                                  "天津市人民政府驻北京办事处", "兰州新区管理委员会驻上海办事处"])
def test_a_liaison_office_is_a_department(name: str) -> None:
    assert admin_level(name) == "department"


@pytest.mark.parametrize(("name", "level"), [("塔城地区行政公署", "city"), ("甘井子区泉水街道办事处", "township")])
def test_a_body_without_a_liaison_office_keeps_its_level(name: str, level: str) -> None:
    assert admin_level(name) == level


# ---------------------------------------------------------------- county names holding lead characters


@pytest.mark.parametrize("name", ["龙胜各族自治县泗水乡人民政府", "全州县人民政府", "全椒县财政局", "全南县教育局"])
def test_a_known_county_keeps_its_characters(name: str) -> None:
    assert _trim_left(name) == name
    assert _clean_body(name) == name


@pytest.mark.parametrize(("name", "trimmed", "clean"), [
    ("由全州县财政局", "全州县财政局", "全州县财政局"),
    ("全县政府", "全县政府", None),
    ("各区直部门", "区直部门", None),  # 各 goes; the name is still no body
])
def test_lead_words_before_a_name_still_go(name: str, trimmed: str, clean: str | None) -> None:
    assert _trim_left(name) == trimmed
    assert _clean_body(name) == clean


def test_an_autonomous_county_with_a_lead_character_gives_its_places() -> None:
    m = _meta("泗水乡2023年政务公开工作年度报告\n" + PARTS.format(we="2023年，我乡") + "龙胜各族自治县泗水乡人民政府\n2024年1月15日\n")
    assert (m.issuer, m.province, m.city, m.county) == ("龙胜各族自治县泗水乡人民政府", "广西壮族自治区", "桂林市", "龙胜各族自治县")


# ---------------------------------------------------------------- party and government offices


@pytest.mark.parametrize(("name", "body"), [
    ("中共息烽县委办公室息烽县人民政府办公室", "息烽县人民政府办公室"),
    ("中共息烽县委办公室、息烽县人民政府办公室", "息烽县人民政府办公室"),
    ("中共凯里市委宣传部凯里市新闻出版局", "凯里市新闻出版局"),
])
def test_the_government_half_of_a_joint_office_reports(name: str, body: str) -> None:
    assert _first_of_joint(name) == body


@pytest.mark.parametrize(("name", "want"), [
    ("中共息烽县委办公室", "中共息烽县委办公室"),  # a party organ alone
    ("中共息烽县委办公室开阳县人民政府办公室", "中共息烽县委办公室开阳县人民政府办公室"),  # another place: no shared office
    ("天津市市场监督管理委员会天津市知识产权局", "天津市市场监督管理委员会"),  # two government bodies: the first
])
def test_no_government_half_without_a_party_organ_of_the_same_place(name: str, want: str) -> None:
    assert _first_of_joint(name) == want


def test_a_joint_title_reports_as_the_government_office() -> None:
    m = _meta("中共息烽县委办公室 息烽县人民政府办公室2023年政府信息公开工作年度报告\n" + PARTS.format(we="2023年，我办"))
    assert (m.issuer, m.admin_level, m.city, m.county) == ("息烽县人民政府办公室", "department", "贵阳市", "息烽县")


# ---------------------------------------------------------------- batch B: 〇 in signatures


def test_a_signature_may_hold_the_numeral_zero() -> None:
    assert signed_name("无。\n第六师一〇三团\n2023年1月19日") == "第六师一〇三团"
    m = _meta(PARTS.format(we="2022年，我团") + "第六师一〇三团\n2023年1月19日\n")
    assert (m.issuer, m.admin_level, m.city) == ("新疆生产建设兵团第六师一〇三团", "township", "新疆生产建设兵团第六师")


def test_a_date_in_chinese_numerals_is_still_no_part_of_the_name() -> None:
    assert signed_name("无。\n某县人民政府\n二〇二四年一月二十四日") == "某县人民政府"


# ---------------------------------------------------------------- 苏木 titles


@pytest.mark.parametrize(("title", "issuer"), [
    ("克尔伦苏木2023年政务公开工作年度报告", "克尔伦苏木人民政府"),
    ("新巴尔虎右旗克尔伦苏木2023年政府信息公开工作年度报告", "新巴尔虎右旗克尔伦苏木人民政府"),
])
def test_a_sumu_alone_is_its_government(title: str, issuer: str) -> None:
    assert find_issuer(title) == issuer


@pytest.mark.parametrize(("title", "issuer"), [
    ("锡林郭勒盟正蓝旗那日图苏木人民政府2022年政府信息公开工作年度报告", "锡林郭勒盟正蓝旗那日图苏木人民政府"),
    ("克尔伦苏木财政所2023年政府信息公开工作年度报告", "克尔伦苏木财政所"),
])
def test_a_sumu_government_or_office_is_not_doubled(title: str, issuer: str) -> None:
    assert find_issuer(title) == issuer


# ---------------------------------------------------------------- zones named after a city's stem


@pytest.mark.parametrize(("name", "city"), [
    ("大连长兴岛经济技术开发区管理委员会", "大连市"),
    ("营口仙人岛经济技术开发区管理委员会", "营口市"),
    ("乌鲁木齐经济技术开发区管理委员会", "乌鲁木齐市"),
    ("呼和浩特经济技术开发区管理委员会", "呼和浩特市"),
    ("哈尔滨经济技术开发区管理委员会", "哈尔滨市"),
])
def test_a_zone_after_its_city_stem_is_in_that_city(name: str, city: str) -> None:
    assert _city_at(name, 0) == city
    assert parse_places(name)["city"] == city


@pytest.mark.parametrize("name", ["长兴岛经济技术开发区管理委员会", "大连长兴岛街道办事处", "大连长兴岛临港工业区管理委员会"])
def test_no_city_without_a_stem_or_a_zone_word(name: str) -> None:
    assert _city_at(name, 0) is None


def test_a_zone_title_short_form_yields_to_the_signed_full_name() -> None:
    m = _meta("长兴岛经济技术开发区管委会2022年政府信息公开工作年度报告\n" + PARTS.format(we="2022年，管委会")
              + "大连长兴岛经济技术开发区管理委员会\n2023年1月17日\n")
    assert (m.issuer, m.admin_level, m.province, m.city) == ("大连长兴岛经济技术开发区管理委员会", "city", "辽宁省", "大连市")


# ---------------------------------------------------------------- a county several prefectures hold


@pytest.mark.parametrize(("text", "province", "city"), [
    ("围绕天津市金街商圈推进基层政务公开。", "天津市", "天津市"),
    ("按照沈阳市的部署推进基层政务公开。", "辽宁省", "沈阳市"),
])
def test_a_shared_district_name_takes_the_prefecture_the_text_names(text: str, province: str, city: str) -> None:
    assert _named_parent(text, "和平区") == (province, city)
    m = _meta("劝业场街道2023年政务公开工作年度报告\n" + PARTS.format(we="2023年，我街道" + text)
              + "和平区劝业场街道办事处\n2024年1月10日\n")
    assert (m.province, m.city, m.county) == (province, city, "和平区")


@pytest.mark.parametrize(("text", "county"), [
    ("推进基层政务公开。", "和平区"),  # neither named
    ("按照天津市和沈阳市的经验推进公开。", "和平区"),  # both named as often: no choice
    ("按照天津市的要求推进公开。", "高台县"),  # one parent only: the name gives it
])
def test_no_parent_named_or_none_to_choose(text: str, county: str) -> None:
    assert _named_parent(text, county) is None
