"""Rules found with the twenty-third probe set (tests/cases/probes23: issuer, level and places on unseen
reports of 安徽, 江西, 湖南, 山西, 福建, 上海, 重庆, 天津, provincial and national bodies and the 计划单列市).
Each rule has cases that must match and cases that must not.

Found with batch A:

- a page's own site (its <title> or footer) that names the issuer with the issuer's own city or province in
  front (a report of 青山湖区 on the portal of 南昌市青山湖区人民政府) gives the fuller name of the same body; a
  site that names another body (the government hosting a department's report) or another place changes nothing;
- a crawl row's url on a government's own portal (www.taiyuan.gov.cn, the hosts of ``portal_hosts`` in
  lexicons/places.yaml) makes that government the report's site, as a page's <title> does: a short form
  (市商务局) takes its city; a department's site or a subdomain (fgw.taiyuan.gov.cn) names no government, and
  the url is never the issuer.
"""

from __future__ import annotations

import pytest

from textmine.meta import _site_full_name, _url_site, extract_meta
from textmine.model import Document
from textmine.sections import find_sections

PARTS = ("一、总体情况\n{we}推进政务公开。\n二、主动公开政府信息情况\n主动公开政府信息120条。\n"
         "三、收到和处理政府信息公开申请情况\n本年新收申请2件。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n"
         "五、存在的主要问题及改进情况\n公开不够及时。下一步将加强。\n六、其他需要报告的事项\n无。\n")


def _meta(text: str, header: dict[str, str] | None = None, source: dict[str, str] | None = None):  # noqa: ANN202
    doc = Document(text=text, raw_text=text, offsets=[], sha256="", header=header or {}, source=source or {})
    return extract_meta(doc, find_sections(text))


# ---------------------------------------------------------------- the site's fuller name


@pytest.mark.parametrize(("issuer", "site", "full"), [
    ("青山湖区人民政府", "南昌市青山湖区人民政府", "南昌市青山湖区人民政府"),
    ("闵行区教育局", "上海市闵行区教育局", "上海市闵行区教育局"),
    ("霍邱县人民政府", "安徽省六安市霍邱县人民政府", "安徽省六安市霍邱县人民政府"),
    ("朝阳区人民政府", "长春市朝阳区人民政府", "长春市朝阳区人民政府"),  # a name two cities hold: the site's
])
def test_the_own_site_gives_the_fuller_name(issuer: str, site: str, full: str) -> None:
    assert _site_full_name(issuer, {"网站": site}) == full


@pytest.mark.parametrize(("issuer", "site"), [
    ("青山湖区教育局", "南昌市青山湖区人民政府"),   # a department on its government's portal
    ("青山湖区人民政府", "南昌市人民政府"),          # the city's portal hosting the district's report
    ("教育局", "上海市闵行区教育局"),                # a bare name: no place of its own to match
    ("区人民政府", "某某市某区人民政府"),
    ("霍邱县人民政府", "合肥市霍邱县人民政府"),      # a city that does not hold the county
    ("青山湖区人民政府", ""),
])
def test_a_site_naming_another_body_or_place_changes_nothing(issuer: str, site: str) -> None:
    assert _site_full_name(issuer, {"网站": site}) == issuer


def test_a_district_report_on_its_own_portal_takes_the_portal_name() -> None:
    m = _meta("青山湖区2023年政府信息公开工作年度报告\n" + PARTS.format(we="2023年，区政府围绕营商环境"),
              {"网站": "南昌市青山湖区人民政府"})
    assert (m.issuer, m.admin_level, m.city, m.county) == ("南昌市青山湖区人民政府", "district", "南昌市", "青山湖区")


# ---------------------------------------------------------------- a crawl url's government portal


@pytest.mark.parametrize(("url", "site"), [
    ("http://www.taiyuan.gov.cn/doc/2023/01/18/1.shtml", "太原市人民政府"),
    ("https://www.SZ.gov.cn/zfgb/a.html", "深圳市人民政府"),
    ("http://shanxi.gov.cn/zfxxgk/1.html", "山西省人民政府"),
])
def test_a_portal_url_names_its_government(url: str, site: str) -> None:
    assert _url_site(url) == site


@pytest.mark.parametrize("url", [
    "http://fgw.taiyuan.gov.cn/a.html",           # a department's subdomain
    "http://www.example.gov.cn/xxgk/1.html",       # a host the lexicon does not hold
    "http://www.taiyuan.com.cn/a.html",            # not a government domain
    "http://www.example.org/?u=www.sz.gov.cn",     # the host is not the portal
    "",
])
def test_other_urls_name_no_government(url: str) -> None:
    assert _url_site(url) is None


def test_a_city_short_form_takes_the_url_portal_city() -> None:
    text = PARTS.format(we="2022年，市商务局围绕促消费") + "市商务局\n2023年1月16日\n"
    m = _meta(text, source={"url": "http://www.taiyuan.gov.cn/doc/2023/01/18/1.shtml"})
    assert (m.issuer, m.admin_level, m.province, m.city) == ("太原市商务局", "department", "山西省", "太原市")
    assert _meta(text).province is None  # without the url nothing names the city


def test_a_url_portal_is_never_the_issuer_nor_outranks_the_page_site() -> None:
    text = PARTS.format(we="2022年，我局围绕重点工作") + "\n"
    m = _meta(text, source={"url": "http://www.sz.gov.cn/a.html"})
    assert m.issuer != "深圳市人民政府"
    m = _meta(PARTS.format(we="2022年，市商务局围绕促消费") + "市商务局\n",
              {"网站": "大同市人民政府"}, {"url": "http://www.taiyuan.gov.cn/a.html"})
    assert m.city == "大同市"
