"""Rules found with the nineteenth probe set (tests/cases/probes19: issuer, level and places on unseen
reports of 河北, 河南, 山东, 江苏, 浙江, 广东, 四川, 陕西, 湖北, 北京 and 上海). Each rule has cases that must match
and cases that must not.

- a report with no title that names the body is introduced by its preamble: ``现将X2022年度政府信息公开工作
  （情况）报告如下`` names the body X; a place alone (现将曲阳县2023年…) names the place's government, unless the
  text names that government itself (the text's own form wins: 长宁县人民政府, not 宜宾市长宁县人民政府);
- a title's closing date in brackets may leave out the day (``2019年度…年度报告（2020年1月）``): it is no part
  of the name;
- a title's name gives way to the text's name that is the same body with its places in front
  (粤海街道办事处 / 深圳市南山区人民政府粤海街道办事处: :func:`textmine.meta.placed_form`), never to another body
  that merely ends like it.

Found with batch B (after the rules above):

- a town's report titled ``政务公开和村务公开工作报告`` / ``政务公开暨村务公开工作年度报告`` (村务公开: its villages'
  affairs) is a report title, and those words are no part of the town's name;
- a zone's title may leave out the city its full name starts with (临港经开区管委会 / 宜宾临港经济技术开发区管理
  委员会, :func:`textmine.meta.long_form`), never for a body that is not a zone's committee.
"""

from __future__ import annotations

import pytest

from textmine.meta import (
    RE_OTHER_TITLE,
    RE_TITLE_SUFFIX,
    extract_meta,
    find_issuer,
    long_form,
    placed_form,
)
from textmine.model import Document
from textmine.sections import find_sections

PARTS = ("一、总体情况\n{we}推进政务公开。\n二、主动公开政府信息情况\n主动公开政府信息120条。\n"
         "三、收到和处理政府信息公开申请情况\n本年新收申请2件。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n"
         "五、存在的主要问题及改进情况\n公开不够及时。下一步将加强。\n六、其他需要报告的事项\n无。\n")
CITE = "根据《中华人民共和国政府信息公开条例》和省、市政务公开工作要求，"


def _meta(text: str):  # noqa: ANN202
    doc = Document(text=text, raw_text=text, offsets=[], sha256="", header={})
    return extract_meta(doc, find_sections(text))


def _report(head: str, we: str, tail: str = "") -> str:
    return head + "\n" + PARTS.format(we=we) + tail


# ---------------------------------------------------------------- the preamble names the report


@pytest.mark.parametrize(("head", "issuer", "county"), [
    (CITE + "现将滑县自然资源局2022年度政府信息公开工作情况报告如下。", "滑县自然资源局", "滑县"),
    (CITE + "现将大兴区水务局2021年度政府信息公开工作情况报告如下。", "大兴区水务局", "大兴区"),
    (CITE + "现将曲阳县2023年政府信息公开工作年度报告如下。", "曲阳县人民政府", "曲阳县"),
    (CITE + "现将韩城市农业农村局2020年政府信息公开工作年度报告公布如下。", "韩城市农业农村局", "韩城市"),
])
def test_the_preamble_names_the_body_of_an_untitled_report(head: str, issuer: str, county: str) -> None:
    m = _meta(_report(head, "2022年，我局认真贯彻《条例》，"))
    assert (m.issuer, m.county) == (issuer, county)


def test_a_place_in_the_preamble_yields_to_the_government_the_text_names() -> None:
    head = CITE + "现将宜宾市长宁县2025年政府信息公开工作情况报告如下。"
    assert _meta(_report(head, "2025年，长宁县人民政府坚持以公开为常态，")).issuer == "长宁县人民政府"


@pytest.mark.parametrize("head", [
    CITE + "现将2022年政府信息公开工作年度报告如下。",  # no name before the year
    CITE + "现将我局2022年度政府信息公开工作情况报告如下。",  # a self-reference: resolved from the text
    CITE + "现将本机关2022年政府信息公开工作年度报告如下。",
])
def test_a_preamble_without_a_full_name_names_no_body(head: str) -> None:
    m = _meta(_report(head, "2022年，我局认真贯彻《条例》，", "\n联系方式：莒县自然资源和规划局办公室，电话：0633-6821234。"))
    assert m.issuer == "莒县自然资源和规划局"  # the contact line's, as without the preamble


# ---------------------------------------------------------------- a title's closing month


@pytest.mark.parametrize(("title", "issuer"), [
    ("佛山市南海区住房城乡建设和水利局2019年度政府信息公开工作年度报告（2020年1月）", "佛山市南海区住房城乡建设和水利局"),
    ("绍兴市柯桥区2019年度政府信息公开工作年度报告（2020年1月20日）", "绍兴市柯桥区人民政府"),
    ("绍兴市柯桥区2019年度政府信息公开工作年度报告(2020.1)", "绍兴市柯桥区人民政府"),
])
def test_a_closing_date_in_brackets_is_no_part_of_the_name(title: str, issuer: str) -> None:
    assert find_issuer(title) == issuer


def test_a_part_marker_in_brackets_is_still_removed_and_a_name_in_brackets_kept() -> None:
    assert find_issuer("佛山市南海区人民政府2019年政府信息公开工作年度报告（二）") == "佛山市南海区人民政府"
    assert find_issuer("国家税务总局佛山市南海区税务局（本级）2019年政府信息公开工作年度报告") == "国家税务总局佛山市南海区税务局（本级）"


@pytest.mark.parametrize("title", ["某县2019年政府信息公开工作年度报告（2019年度）", "某县政府信息公开工作年度报告（2020年）",
                                   "某县政府信息公开工作年度报告（12）"])
def test_a_year_alone_or_a_number_in_brackets_is_no_closing_date(title: str) -> None:
    assert not RE_TITLE_SUFFIX.search(title)


# ---------------------------------------------------------------- a title's name with its places in front


@pytest.mark.parametrize(("name", "full"), [
    ("粤海街道办事处", "深圳市南山区人民政府粤海街道办事处"),
    ("武侯区人民政府", "成都市武侯区人民政府"),
    ("历下区教育和体育局", "济南市历下区教育和体育局"),
])
def test_the_same_body_with_its_places_in_front(name: str, full: str) -> None:
    assert placed_form(name, full)


@pytest.mark.parametrize(("name", "full"), [
    ("水务局", "北京市大兴区水务局"),  # a bare department: completed elsewhere, not by its ending
    ("粤海街道办事处", "南山区粤海街道办事处综合办公室"),  # another body
    ("粤海街道办事处", "深圳市南山区人民政府粤海街道办事处"[:-1]),
    ("武侯区人民政府", "成都市武侯区人民政府"[1:]),  # 都市 is no place
    ("长宁县人民政府", "长宁县人民政府"),
])
def test_another_body_or_no_place_is_no_placed_form(name: str, full: str) -> None:
    assert not placed_form(name, full)


def test_a_street_titled_alone_takes_its_full_name_and_places() -> None:
    text = _report("粤海街道2021年政府信息公开工作年度报告",
                   "2021年，深圳市南山区人民政府粤海街道办事处认真贯彻《条例》，")
    m = _meta(text)
    assert (m.issuer, m.admin_level, m.province, m.city, m.county) == (
        "深圳市南山区人民政府粤海街道办事处", "township", "广东省", "深圳市", "南山区")


# ---------------------------------------------------------------- batch B: 村务公开 titles, a zone's city left out


@pytest.mark.parametrize(("title", "issuer"), [
    ("怀柔区雁栖镇2022年政务公开和村务公开工作报告", "怀柔区雁栖镇人民政府"),
    ("新城铺镇2023年政务公开暨村务公开工作年度报告", "新城铺镇人民政府"),
    ("姜山镇2023年政府信息公开及村务公开工作年度报告", "姜山镇人民政府"),
])
def test_a_towns_report_on_village_affairs_names_the_town(title: str, issuer: str) -> None:
    assert find_issuer(title) == issuer


def test_a_village_affairs_title_is_a_report_title_and_its_town_reports() -> None:
    assert RE_OTHER_TITLE.search("怀柔区雁栖镇2022年政务公开和村务公开工作报告")
    m = _meta(_report("怀柔区雁栖镇2022年政务公开和村务公开工作报告", "2022年，我镇坚持政务公开与村务公开同步推进，"))
    assert (m.issuer, m.admin_level, m.province, m.county) == ("怀柔区雁栖镇人民政府", "township", "北京市", "怀柔区")


@pytest.mark.parametrize("title", [
    "东村2022年村务公开工作报告",  # a village's own report: no government information disclosure
    "雁栖镇2022年村务公开情况",
])
def test_village_affairs_alone_is_no_disclosure_report_title(title: str) -> None:
    assert not RE_OTHER_TITLE.search(title)


@pytest.mark.parametrize(("short", "full"), [
    ("临港经开区管委会", "宜宾临港经济技术开发区管理委员会"),
    ("空港经开区管委会", "长沙空港经济技术开发区管理委员会"),
])
def test_a_zones_title_may_leave_out_its_city(short: str, full: str) -> None:
    assert long_form(short, full)


@pytest.mark.parametrize(("short", "full"), [
    ("临港经开区管委会", "宜宾市临港街道办事处"),  # not a zone's committee
    ("临港经开区管委会", "宜宾临港物流园区管理委员会"[:-1]),
    ("高新区管委会", "宜宾市高新区财政局"),
    ("翠屏区财政局", "宜宾翠屏区财政局"),  # a city left out of a county's bureau is another matter
])
def test_no_zone_no_city_left_out(short: str, full: str) -> None:
    assert not long_form(short, full)


def test_a_zone_titled_without_its_city_takes_the_signatures_full_name() -> None:
    text = _report("临港经开区2022年政府信息公开工作年度报告", "2022年，管委会围绕产业招商，",
                   "宜宾临港经济技术开发区管理委员会\n2023年1月19日\n")
    m = _meta(text)
    assert (m.issuer, m.admin_level, m.province, m.city) == ("宜宾临港经济技术开发区管理委员会", "city", "四川省", "宜宾市")
