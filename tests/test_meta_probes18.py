"""Rules found with the eighteenth probe set (tests/cases/probes18: issuer and level on unseen crawls of
吉林, 辽宁, 山西, 江西, 安徽, 湖南, 广西, 云南, 内蒙古 and 新疆). Each rule has cases that must match and cases
that must not.

- a title that names the body by an abbreviation with its place (合肥市政府驻京办, 上栗县国资委, 南昌经开区,
  伊宁市税务局, 红河金融监管分局) gives way to the full name the signature or ``本报告由…编制`` spells out
  (:func:`textmine.meta.long_form`: 人民政府 abbreviated 政府 or left out whole), never to an office of the body
  or another body;
- a government's liaison office (…驻北京办事处, …驻上海联络处) is a body a report names itself by;
- 经开区 is a development zone (its 管委会 reports), as 开发区 and 高新区 are;
- two bodies signing together on one line (甲市文化广电和旅游局　甲市体育局): the first reports;
- a national administration's local bureau (国家税务总局上饶市广信区税务局) completes a report's 我局.
"""

from __future__ import annotations

import pytest

from textmine.meta import body_issuers, extract_meta, find_issuer, long_form
from textmine.model import Document
from textmine.sections import find_sections

PARTS = ("一、总体情况\n{we}推进政务公开。\n二、主动公开政府信息情况\n{active}主动公开政府信息120条。\n"
         "三、收到和处理政府信息公开申请情况\n本年新收申请2件。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n"
         "五、存在的主要问题及改进情况\n公开不够及时。下一步将加强。\n六、其他需要报告的事项\n无。\n")


def _meta(text: str):  # noqa: ANN202
    doc = Document(text=text, raw_text=text, offsets=[], sha256="", header={})
    return extract_meta(doc, find_sections(text))


def _report(title: str, *, head: str = "", tail: str = "", we: str = "2022年，我局认真贯彻《条例》，",
            active: str = "2022年，我局") -> str:
    return (title + "\n" if title else "") + head + PARTS.format(we=we, active=active) + tail


# ---------------------------------------------------------------- a title's abbreviation spelt out


@pytest.mark.parametrize(("short", "full"), [
    ("合肥市政府驻京办", "合肥市人民政府驻北京办事处"),
    ("上栗县国资委", "上栗县人民政府国有资产监督管理委员会"),
    ("南昌经开区管委会", "南昌经济技术开发区管理委员会"),
    ("伊宁市税务局", "国家税务总局伊宁市税务局"),
    ("红河金融监管分局", "国家金融监督管理总局红河监管分局"),
])
def test_a_full_name_spells_out_the_titles_abbreviation(short: str, full: str) -> None:
    assert long_form(short, full)


@pytest.mark.parametrize(("short", "full"), [
    ("永宁县人民政府", "永宁县人民政府办公室"),  # the government's office signs for it
    ("合肥市人民政府", "合肥市人民政府驻北京办事处"),  # another body
    ("长治市教育局", "长治市体育局"),
    ("伊宁市税务局", "新疆维吾尔自治区伊宁市税务局"),  # a place in front is _with_upper's, not a system prefix
    ("红河金融监管分局", "国家税务总局红河监管分局"),  # 金融 is not the tax system's word
    ("江西省民政厅", "江西省人民政府办公厅"),  # 民 of 人民政府 is no abbreviation of it
])
def test_an_office_or_another_body_is_no_long_form(short: str, full: str) -> None:
    assert not long_form(short, full)


def test_a_signature_spells_out_a_short_title() -> None:
    text = _report("红河金融监管分局2024年政府信息公开工作年度报告", we="2024年，我分局认真贯彻《条例》，",
                   active="2024年，我分局", tail="国家金融监督管理总局红河监管分局\n2025年1月20日\n")
    meta = _meta(text)
    assert (meta.issuer, meta.province, meta.city) == ("国家金融监督管理总局红河监管分局", "云南省", "红河哈尼族彝族自治州")


def test_a_compiling_line_spells_out_a_liaison_office() -> None:
    text = _report("合肥市政府驻京办2019年政府信息公开工作年度报告", head="本报告由合肥市人民政府驻北京办事处编制。\n",
                   we="2019年，我办认真贯彻《条例》，", active="2019年，我办")
    assert _meta(text).issuer == "合肥市人民政府驻北京办事处"


def test_a_governments_report_signed_by_its_office_stays_the_governments() -> None:
    text = _report("永宁县人民政府2022年政府信息公开工作年度报告", we="2022年，县政府认真贯彻《条例》，",
                   active="2022年，县政府", tail="永宁县人民政府办公室\n2023年1月20日\n")
    assert _meta(text).issuer == "永宁县人民政府"


# ---------------------------------------------------------------- zones, joint signatures, local bureaus


def test_经开区_is_a_zone_governed_by_its_committee() -> None:
    assert find_issuer("南昌经开区2022年政府信息公开工作年度报告") == "南昌经开区管委会"
    assert find_issuer("南昌县2022年政府信息公开工作年度报告") == "南昌县人民政府"
    text = _report("南昌经开区2022年政府信息公开工作年度报告", we="2022年，管委会认真贯彻《条例》，", active="2022年，管委会",
                   tail="南昌经济技术开发区管理委员会\n2023年1月20日\n")
    meta = _meta(text)
    assert (meta.issuer, meta.admin_level, meta.city, meta.county) == ("南昌经济技术开发区管理委员会", "city", "南昌市", None)


def test_the_first_of_two_bodies_signing_together_reports() -> None:
    tail = "无。\n梧州市文化广电和旅游局　梧州市体育局\n2022年1月24日"
    assert body_issuers(tail)[0] == "梧州市文化广电和旅游局"
    assert _meta(_report("", we="2021年，两局认真贯彻《条例》，", active="2021年，两局", tail=tail + "\n")).issuer == "梧州市文化广电和旅游局"


def test_one_body_over_two_lines_is_no_joint_signature() -> None:
    assert body_issuers("无。\n上栗县人民政府国有资产监督管理委员会\n2021年1月25日")[0] == "上栗县人民政府国有资产监督管理委员会"
    assert body_issuers("无。\n某县人民政府办公室\n2024年1月24日")[0] == "某县人民政府"


def test_a_national_administrations_local_bureau_completes_我局() -> None:
    text = _report("", active="2022年，国家税务总局上饶市广信区税务局")
    meta = _meta(text)
    assert (meta.issuer, meta.admin_level, meta.city, meta.county) == ("国家税务总局上饶市广信区税务局", "department", "上饶市", "广信区")


def test_a_national_body_named_in_passing_does_not_complete_我局() -> None:
    text = _report("", active="2022年，我局依托国家税务总局网站")
    assert _meta(text).issuer in (None, "国家税务总局")
