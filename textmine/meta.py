"""Report metadata: title, issuer, admin level, province/city/county, year, publication date
and template era.

Rules and vocabularies are data: places, admin-level suffix rules, template cues and
abbreviations live in ``lexicons/places.yaml``.

Places are parsed from the issuer's name from left to right (:func:`parse_places`): a
province (省 / 自治区 / a municipality), then a prefecture (市 / 州 / 盟 / 地区, looked up in
the table of all prefecture-level units, which also gives the province), then a county-level
unit (县 / 区 / 旗 / 市), then a township (镇 / 乡 / 街道). A body of the State Council or the
central government (国务院…, 国家…局, 中华人民共和国…部) is national: its admin level is
``department`` and province, city and county are ``None``.

Example:
    >>> from textmine.model import Document
    >>> doc = Document(text="高台县2016年政府信息公开工作年度报告\\n正文", raw_text="", offsets=[], sha256="0" * 64)
    >>> m = extract_meta(doc, [])
    >>> (m.issuer, m.admin_level, m.province, m.city, m.year)
    ('高台县人民政府', 'county', '甘肃省', '张掖市', 2016)
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
import re
from collections.abc import Iterator
from typing import Any

from textmine import divisions, lexicons, wordscan
from textmine.corps import corps_issuer, corps_places
from textmine.ingest.docx import PAGE_HEADER
from textmine.model import Document, ReportMeta, Section

logger = logging.getLogger(__name__)

LEXICON = "places.yaml"

#: A year in a title or statistics period: ``2016年`` ``2016 年度``.
RE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
#: The statistics period of the preamble: ``统计期限自2016年1月1日`` / ``统计周期为 2024 年 1 月 1 日``.
RE_PERIOD = re.compile(r"统计(?:期限|周期|时限|时间|区间|范围)[^。]{0,8}?((?:19|20)\d\d)\s*年")
#: An Arabic date ``2017年3月7日`` / ``2017-03-07``.
RE_DATE = re.compile(r"((?:19|20)\d\d)\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
#: A date written in Chinese numerals ``二○一二年二月二十日``.
#: An OCR reading may print 〇 as the letter O and a closing 日 as 口 (二OO九年三月十五口).
RE_CN_DATE = re.compile(r"([一二三四五六七八九〇○零0OΟ]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})(?:日|口(?=\s*$))", re.M)
#: A title that ends otherwise: ``…政府信息公开工作的报告`` ``…政务公开年报`` ``…信息公开工作2022年度报告``
#: ``…关于2022年度政府信息公开工作情况的报告``, a town's ``…政务公开和村务公开工作报告`` (村务公开: its villages' affairs).
RE_OTHER_TITLE = re.compile(r"(?:政府信息公开|信息公开|政务公开)(?:[和暨及与]村务公开)?(?:工作)?(?:(?:19|20)\d\d\s*年度?)?(?:情况)?的?(?:年度)?(?:报告|年报)$")
#: A crawler's key-value line: ``栏目：…`` ``来源:…``.
RE_KEY_VALUE = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]")
#: Header fields that may name the reporting body (a portal's info box, a crawl's columns).
ISSUER_KEYS = ("发布机构", "发文机关", "发布单位", "来源", "信息来源")
#: Header fields that name the body whose site hosts the report: the issuer fields and the
#: page's own site (``网站``, read by the HTML reader from its <title> or footer), never an issuer.
HOST_KEYS = (*ISSUER_KEYS, "网站")
#: An HTML ``<title>``.
RE_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)

#: A page's field in 【】 (``【发布时间：2023-01-18】`` ``【来源：某县人民政府】``), at either end of a crawled
#: title, is the page's chrome, never part of the title.
FIELD_BRACKET = r"【\s*[\u4e00-\u9fff]{2,6}\s*[:：][^】]{1,30}】"
#: Markdown heading and emphasis marks, a scraper's ``标题:`` key or a page's 【field】 in front of a title line.
RE_TITLE_PREFIX = re.compile(r"^(?:#+\s*|\*{1,3}\s*|标题\s*[:：]\s*|" + FIELD_BRACKET + r"\s*|【[^】]{1,12}】\s*|\[[^\]]{1,12}\]\s*)+")
#: Markdown emphasis or a page's 【field】 closing a title line (``**某县2022年政府信息公开工作年度报告**``), a date in brackets
#: (the day may be left out: ``2019年度…年度报告（2020年1月）`` names the month it was published),
#: or the part marker of a report a crawl split over rows (``…年度报告（二）``, ``（续）``, ``（之一）``).
RE_TITLE_SUFFIX = re.compile(
    r"\s*(?:\*{1,3}|" + FIELD_BRACKET + r"|[（(\[【]\s*(?:19|20)\d\d\s*[-./年]\s*\d{1,2}\s*(?:[-./]\s*\d{1,2}\s*日?|月(?:\s*\d{1,2}\s*日)?)?\s*[）)\]】]"
    r"|[（(]\s*(?:[一二三四五六七八九十]|[1-9]|[上中下续]|之[一二三四五六七八九十])\s*[）)])\s*$")
#: A statistics period: a date range (``2019年1月1日起至2019年12月31日止`` ``2022年1月1日至12月31日``)
#: and the clause after 统计期限/统计周期; dates inside it are never the publication date.
RE_PERIOD_SPAN = re.compile(
    r"(?:(?:19|20)\d\d\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*(?:起|开始)?\s*(?:至|到|—|－|~|～)"
    r"\s*(?:(?:19|20)\d\d\s*[年\-/.]\s*)?\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*止?)"
    r"|统计(?:期限|周期|时限|时间|区间)[^。\n]{0,60}"
)
#: Header keys that hold the publication date, in order of preference.
PUBLISHED_KEYS = ("发布时间", "发布日期", "时间", "日期")
#: A publication-date line in the first lines of the text: ``发布日期：2023-01-16``.
RE_PUBLISHED_LINE = re.compile(r"^\s*(?:发布时间|发布日期)\s*[:：]\s*(.+)$", re.M)
#: A national body (State Council, its ministries, commissions and bureaus): no province.
RE_NATIONAL = re.compile(r"^(?:国务院|国家|中华人民共和国|中央|最高人民)")
#: A county-level unit at the parse position: 卧龙区, 伊宁县, 石狮市, 科尔沁右翼前旗.
RE_COUNTY = re.compile(r"[\u4e00-\u9fff]{1,13}?(?:自治县|自治旗|县|区|旗|市)")
#: The last characters of a county-level unit's name (:data:`RE_COUNTY`).
COUNTY_ENDS = frozenset("县区旗市")
#: A prefecture not in the table (fictional or new): 明州市 (州/盟 only as 自治州, 地区).
RE_PREFECTURE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治州|地区|盟|市)")
#: A township-level unit: 黄兴镇, 翠苑街道, 某某乡, 那日图苏木 (Inner Mongolia's pastoral townships).
RE_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡|苏木)")
#: Words that look like a county-level unit but are not one (新区, 开发区, 社区, 市场…).
RE_NOT_COUNTY = re.compile(
    r"(?:新区|开发区|高新区|实验区|示范区|园区|景区|社区|片区|保护区|保税区|保税港区|试验区|自贸区|辖区|市场|城市|都市)$|[局委办厅院所部]"
)

#: A place's level word (省, 市 …): alone before a suffix it is a short form (省市场…), not a name.
RE_LEVEL_WORDS = frozenset("省市县区州盟旗")
#: Words that end like a township but are not one (住房和城乡, 城乡): in department names.
RE_NOT_TOWNSHIP = re.compile(r"城乡$|[和与及]")

_CN = {"〇": 0, "○": 0, "零": 0, "0": 0, "O": 0, "Ο": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _compact(text: str) -> str:
    """``text`` without whitespace: ``re.sub(r"\\s+", "", text)`` at C speed (``str.split`` splits at
    the characters ``\\s`` matches in a str pattern, those of ``str.isspace``: every code point agrees).

    >>> _compact(" 江西省\\u3000民政厅\\n\\t2023年 ")
    '江西省民政厅2023年'
    """
    return "".join(text.split())


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, Any]:
    data = lexicons.load_yaml(LEXICON)
    return {
        **data,
        "level_rules": [(r["level"], re.compile(r["pattern"])) for r in data["admin_levels"]],
        "template_rules": [(r["template"], re.compile(r["pattern"])) for r in data["templates"]],
        "noise": re.compile(data["title_noise"]),
        # longest short form first: 民族宗教委 is 民族宗教事务委员会, not 民族宗 + 教委 (教育委员会)
        "abbreviations": dict(sorted(data["abbreviations"].items(), key=lambda kv: -len(kv[0]))),
        "body": _body_regex(data["body_suffixes"]),
        "self_ref": re.compile(data["self_references"]),
        "national": frozenset(data["national_bodies"]),
        "portal": re.compile(data["portal_words"]),
    }


def _body_regex(suffixes: list[str]) -> str:
    """The alternation of body-name suffixes, longest first (``人民政府办公厅|…|厅|局``)."""
    return "(?:" + "|".join(re.escape(x) for x in sorted(suffixes, key=len, reverse=True)) + ")"


def extract_meta(doc: Document, sections: list[Section]) -> ReportMeta:
    """Read the metadata of one report from its header, title, preamble and tables.

    Args:
        doc: the document (``doc.header`` from the crawler block is used when present).
        sections: its sections (the preamble is the text before the first one).

    Returns:
        A :class:`ReportMeta`; fields the text does not give are ``None``.

    >>> extract_meta(Document(text="", raw_text="", offsets=[], sha256="0" * 64), []).year is None
    True
    """
    text = doc.text
    if "网站" not in doc.header and (site := _url_site(doc.source.get("url", ""))):
        # a crawl row's url on a government's own portal (www.taiyuan.gov.cn): that government's site
        doc = dataclasses.replace(doc, header={**doc.header, "网站": site})
    preamble_end = sections[0].start if sections else min(len(text), 1500)
    title = find_title(doc)
    issuer = resolve_issuer(doc, title, text[: max(preamble_end, 600)])
    issuer = _site_full_name(issuer, doc.header or {})
    issuer = _corps_body(issuer, title, doc.header or {}) or issuer
    issuer = _full_county_form(issuer, text)
    if issuer is None and (signed := signed_name(text)):
        issuer = corps_issuer(signed)  # a 兵团 division or 师市 signs its report (新疆生产建设兵团第七师 / 胡杨河市)
    level = admin_level(issuer) if issuer else None
    province, city, county = _places_of(issuer or "", title or "", level)
    if county and city is None:
        # a county whose prefecture the name does not give (永定区 names two): the hosting
        # portal's (来源：张家界市永定区人民政府), else the prefecture the report names
        host = _host_places(doc.header or {}, county)
        if host.get("city"):
            province, city = host.get("province", province), host["city"]
        elif named := _named_parent(text, county):
            province, city = named  # 和平区 of 天津市 or of 沈阳市: the one the report names
        else:
            city = _mentioned_city(text, province)
        if city and province is None:
            province = _places()["cities"][city].get("province")
    if level == "township" and county is None and (
        (host := _named_host_county(doc.header or {}, text)) or (host := _site_county(doc.header or {}))
        or (host := _leading_county(text[:3000]))
    ):
        province, city, county = host.get("province"), host.get("city"), host["county"]
    if issuer and level in ("department", "other") and province is None and not _national(issuer):
        # a vertically managed office named after a port or district (北仑海关): its own address line,
        # which fills what the name leaves open but never erases the district the name gives (白云区教育局)
        address = _address_places(text)
        if address[0] or county is None:
            province, city, county = address
    year = find_year(title, text)
    issuer = _era_name(issuer, title, year)
    if county and not divisions.county_parents(county):
        county = divisions.short_form_county(county) or county  # 玉龙县 → 玉龙纳西族自治县, its official name
    return ReportMeta(
        title=title,
        issuer=issuer,
        admin_level=level,
        province=province,
        city=city,
        county=county,
        year=year,
        published=find_published(doc),
        template=find_template(text),
    )


#: A government portal's url: the label before ``.gov.cn`` (``http://www.taiyuan.gov.cn/doc/1.shtml``).
RE_GOV_HOST = re.compile(r"^(?:https?://)?(?:www\.)?(?P<label>[a-z0-9-]+)\.gov\.cn(?::\d+)?(?:/|$)", re.I)


def _url_site(url: str) -> str | None:
    """The government whose own portal a url is on (``portal_hosts`` of lexicons/places.yaml: the
    provinces' and major cities' www.X.gov.cn; else a county-level government's, spelt as the pinyin
    of its name where that spells one unit only: :func:`textmine.divisions.portal_county`), else None;
    a department's site or a subdomain (fgw.taiyuan.gov.cn) names no government.

    >>> _url_site("http://www.taiyuan.gov.cn/doc/2023/01/18/1.shtml"), _url_site("https://www.sz.gov.cn/a.html")
    ('太原市人民政府', '深圳市人民政府')
    >>> _url_site("http://fgw.taiyuan.gov.cn/a.html"), _url_site("http://www.example.gov.cn/1.html"), _url_site("")
    (None, None, None)
    >>> _url_site("http://www.fugu.gov.cn/xxgk/1.html"), _url_site("http://www.wuyuan.gov.cn/1.html")  # 婺源, 五原
    ('府谷县人民政府', None)
    """
    m = RE_GOV_HOST.match(url.strip())
    if not m:
        return None
    label = m.group("label").lower()
    place = (_places().get("portal_hosts") or {}).get(label) or divisions.portal_county(label)
    return place + "人民政府" if place else None


def _site_full_name(issuer: str | None, header: dict[str, str]) -> str | None:
    """The issuer as the page's own site names it when that is the same name with its province or
    city in front (a report of 青山湖区人民政府 on the portal of 南昌市青山湖区人民政府): the fuller name
    of the same body; a site that names another body (the government hosting a department's
    report) changes nothing.

    >>> _site_full_name("青山湖区人民政府", {"网站": "南昌市青山湖区人民政府"})
    '南昌市青山湖区人民政府'
    >>> _site_full_name("青山湖区教育局", {"网站": "南昌市青山湖区人民政府"}), _site_full_name("区人民政府", {"网站": "某市人民政府"})
    ('青山湖区教育局', '区人民政府')
    """
    site = _compact(header.get("网站", ""))
    if not issuer or len(site) <= len(issuer) or not site.endswith(issuer):
        return issuer
    own, full, prefix = parse_places(issuer), parse_places(site), parse_places(site[: -len(issuer)])
    if not own or not prefix or "county" in prefix:
        return issuer  # the prefix is not a province or city
    # the prefix holds the issuer's own places (a county two cities hold, 朝阳区, takes the site's)
    return site if all(full.get(k) == v for k, v in (*own.items(), *prefix.items())) else issuer


#: The body's own address in its contact paragraph: 地址：浙江省宁波市北仑区明州路1号.
RE_ADDRESS = re.compile(r"(?:联系地址|通讯地址|通信地址|办公地址|单位地址|地址)\s*[:：]\s*(?P<address>[^，,。；;\n]{4,60})")


def _full_county_form(issuer: str | None, text: str) -> str | None:
    """The issuer with its autonomous county written in full when the report writes it so (a title's
    长阳县人民政府, a 落款's 长阳土家族自治县人民政府: the fuller name of the same body), else ``issuer``.

    >>> _full_county_form("长阳县人民政府", "…\\n长阳土家族自治县人民政府\\n2023年1月20日")
    '长阳土家族自治县人民政府'
    >>> _full_county_form("玉龙县农业农村局", "…\\n玉龙县农业农村局"), _full_county_form("府谷县人民政府", "府谷县人民政府")
    ('玉龙县农业农村局', '府谷县人民政府')
    """
    short = _county_at(issuer, 0) if issuer else None
    if not short or divisions.county_parents(short) or not (full := divisions.short_form_county(short)):
        return issuer
    written = full + issuer[len(short) :]  # type: ignore[index]
    return written if written in _compact(text) else issuer


def _era_name(issuer: str | None, title: str | None, year: int | None) -> str | None:
    """The issuer as its title writes it when that is the official name of the report's year
    (``era_names``: 宁波市交通局 in 2009, before 交通局 became 交通运输局), else ``issuer``.

    >>> _era_name("宁波市交通运输局", "宁波市交通局二〇〇九年政府信息公开工作年度报告", 2009)
    '宁波市交通局'
    >>> _era_name("宁波市交通运输局", "宁波市交通局2015年政府信息公开工作年度报告", 2015)
    '宁波市交通运输局'
    """
    if not (issuer and title and year):
        return issuer
    abbreviations = _places()["abbreviations"]
    for short, last in (_places().get("era_names") or {}).items():
        full = abbreviations.get(short)
        if full and year <= last and issuer.endswith(full):
            old = issuer[: -len(full)] + short
            if old in _compact(title) and parse_places(old):
                return old
    return issuer


def _national(issuer: str) -> bool:
    """Whether a body is a central one (国家…局, 中华人民共和国…部, 审计署): it has no places."""
    national = _places()["national"]
    return bool(RE_NATIONAL.match(re.sub(r"^中共", "", issuer))) or issuer in national or any(
        issuer.startswith(n) for n in national)


def _address_places(text: str) -> tuple[str | None, str | None, str | None]:
    """(province, city, county) of the first address line of the text that names a place.

    >>> _address_places("六、其他\\n地址：浙江省宁波市北仑区明州路1号，邮编：315800。")
    ('浙江省', '宁波市', '北仑区')
    >>> _address_places("联系电话：0574-12345678")
    (None, None, None)
    """
    for m in RE_ADDRESS.finditer(text):
        found = parse_places(m.group("address"))
        if found.get("province"):
            return found.get("province"), found.get("city"), found.get("county")
    return None, None, None


def _corps_body(issuer: str | None, title: str | None, header: dict[str, str]) -> str | None:
    """The full name of a body of the 兵团 the issuer, the title or a header field names
    (第一师阿拉尔市人民政府, 第八师2021年…年度报告, 发布机构：兵团第八师), else None.

    >>> _corps_body("第一师阿拉尔市人民政府", None, {}), _corps_body(None, "第八师2021年政府信息公开工作年度报告", {})
    ('新疆生产建设兵团第一师阿拉尔市', '新疆生产建设兵团第八师')
    >>> _corps_body("石河子市人民政府", None, {"发布机构": "兵团第八师"}), _corps_body(None, None, {"来源": "兵团第八师"})
    (None, '新疆生产建设兵团第八师')
    """
    if issuer:
        return corps_issuer(issuer) or (corps_issuer(title or "", title=True) if corps_places(issuer) else None)
    return corps_issuer(title or "", title=True) or next(
        (found for key in ISSUER_KEYS if (found := corps_issuer(header.get(key, "")))), None)


def _host_places(header: dict[str, str], county: str) -> dict[str, str]:
    """The places of the crawl header's publishing body when it lies in ``county``, else {}.

    >>> _host_places({"来源": "张家界市永定区人民政府"}, "永定区")["city"]
    '张家界市'
    >>> _host_places({"来源": "龙岩市人民政府"}, "永定区")["city"], _host_places({"来源": "三明市人民政府"}, "永定区")
    ('龙岩市', {})
    """
    for key in HOST_KEYS:
        found = parse_places(_compact(header.get(key, "")))
        if found.get("county") == county:
            return found
        if "county" not in found and (found.get("province"), found.get("city")) in divisions.county_parents(county):
            return found  # 来源：龙岩市人民政府 for 永定区: the prefecture that has such a district
    return {}


def _named_host_county(header: dict[str, str], text: str) -> dict[str, str]:
    """The places of the county-level government whose portal publishes a township's report
    (来源：上杭县人民政府), when the report itself names that county; else {}. A portal alone
    is not the township's county: it may host the reports of others.

    >>> _named_host_county({"来源": "上杭县人民政府"}, "按照上杭县政务公开要点，我镇…")["city"]
    '龙岩市'
    >>> _named_host_county({"来源": "上杭县人民政府"}, "我镇按照县政府要求…"), _named_host_county({}, "上杭县")
    ({}, {})
    """
    for key in HOST_KEYS:
        found = _county_government(header.get(key, ""), office=True)
        if found and found["county"] in _compact(text):
            return found
    return {}


#: A township's report names the county that leads it: ``在滑县县委、县政府的正确领导下``
#: ``在中共平阴县委、平阴县人民政府的坚强领导下``.
RE_LEADING_COUNTY = re.compile(
    r"在(?:中共)?(?P<county>[\u4e00-\u9fff]{1,12}?(?:自治县|自治旗|县|区|旗|市))(?:[县区旗市])?委(?:员会)?[、，,和及与]?\s*"
    r"(?:(?P=county)|[县区旗市])?(?:人民)?政府的?(?:正确|坚强|有力|统一)?领导下"
)


def _leading_county(text: str) -> dict[str, str]:
    """The places of the county whose party committee and government a township's report says it
    works under, when the division list knows one unit of that name; else {}.

    >>> _leading_county("2023年，我镇在滑县县委、县政府的正确领导下，推进政务公开。")["city"]
    '安阳市'
    >>> _leading_county("在县委、县政府的领导下"), _leading_county("在鼓楼区委、区政府的领导下")
    ({}, {})
    """
    m = RE_LEADING_COUNTY.search(text)
    if not m:
        return {}
    county = m.group("county")
    province, city = _county_parent(county, None)
    if province is None:
        return {}
    return {"province": province, "city": city or None, "county": county}


def _site_county(header: dict[str, str]) -> dict[str, str]:
    """The places of the county-level government whose own site publishes a township's page
    (``网站``: the site named in the page's <title> or footer), else {}. Unlike a crawl's 来源
    (which may label a prefecture's portal or a list of several), a county's own site
    publishes the reports of its own townships and 街道.

    >>> _site_county({"网站": "永嘉县人民政府"})["city"], _site_county({"来源": "永嘉县人民政府"})
    ('温州市', {})
    >>> _site_county({"网站": "温州市人民政府"}), _site_county({"网站": "永嘉县教育局"})
    ({}, {})
    """
    return _county_government(header.get("网站", ""))


def _county_government(name: str, *, office: bool = False) -> dict[str, str]:
    """The places of ``name`` when it names a county-level government (with ``office``, its
    office too: 上杭县人民政府办公室), else {}.

    >>> _county_government("上杭县人民政府")["county"], _county_government("上杭县人民政府办公室")
    ('上杭县', {})
    """
    name = _compact(name)
    found = parse_places(name)
    government = r"[\u4e00-\u9fff]+人民政府(?:办公室)?" if office else r"[\u4e00-\u9fff]+人民政府"
    if "township" in found or not found.get("county") or not re.fullmatch(government, name):
        return {}
    return found


def resolve_issuer(doc: Document, title: str | None, preamble: str = "") -> str | None:
    """The reporting body: from the title (the crawler's 标题 first), a plausible header
    ``发布机构``/``来源``, else the body of the report; short forms made full.

    Candidates in order of trust: the title, the header field (never a portal or website
    name), the signature block, ``本报告由X编制``, the subject of the opening sentence
    (``2022年，某某省民政厅坚持…``), a report named in the text, a self-reference (我厅). The
    first candidate wins; when it is a short form (省人社厅, 我厅, 市生态环境局) it is
    replaced by the full name a later candidate or the text states, or completed with the
    report's province/city.

    >>> d = Document(text="2022年，我厅坚持公开为常态。\\n江西省民政厅\\n2023年1月20日", raw_text="", offsets=[], sha256="")
    >>> resolve_issuer(d, None)
    '江西省民政厅'
    """
    text = doc.text
    header = doc.header or {}
    candidates: list[str] = []
    named = find_issuer(title, preamble) if title else None
    place_report = None  # 现将曲阳县2023年…报告如下: the place's government, unless the text names it itself
    if not (named and _is_body(named)) and (m := RE_PREAMBLE_REPORT.search(_compact(preamble))):
        # no title names the body: the preamble's 现将X2023年…报告如下 does (a place alone: its government)
        stated = find_issuer(m.group("title"), preamble)
        if stated and _is_body(stated) and not _is_short(stated):
            if re.search(_places()["body"] + "$", RE_YEAR.split(m.group("title"))[0]):
                named = stated
            else:
                place_report = stated
    if named and _is_body(named):
        candidates.append(named)
    from_header = _header_issuer(header)
    in_body = body_issuers(text)
    if candidates and not _is_short(named or ""):
        # the title names the body in full: the body's own words are not needed, unless they
        # spell out the title's abbreviation (红河金融监管分局 / 国家金融监督管理总局红河监管分局)
        # or put its places in front (粤海街道办事处 / 深圳市南山区人民政府粤海街道办事处)
        longer = next((c for c in in_body if long_form(named or "", c) or placed_form(named or "", c)), None)
        return _with_upper(longer or _fuller(named or "", [from_header] if from_header else []), text)
    if from_header and not (named and _is_body(named)) and (
            _department_of(in_body, from_header) or _branch_of(in_body, from_header)):
        from_header = None  # 来源：某某县人民政府 hosts the report of its 某某县市场监督管理局
    if from_header:
        candidates.append(from_header)
    candidates += in_body
    if place_report and not any(not _is_short(c) for c in candidates):
        candidates.insert(0, place_report)
    if not candidates:
        if named and _is_body(named):
            return named
        return _named_body(text) if RE_GENERIC_SELF.search(text) else None
    first = candidates[0]
    if not _is_short(first):
        return _with_upper(_fuller(first, candidates[1:]), text)
    if longer := next((c for c in candidates[1:] if long_form(first, c)), None):
        return longer  # 红河金融监管分局 spelt out in the signature
    core = _core_of_short(first)
    for other in candidates[1:]:
        if not _is_short(other) and _compatible(core, other):
            return other
    full = _complete_short(first, text, header)
    if full is None:
        full = next((site for site in _site_owners(header) if _compatible(core, site)), None)
    if full is None and _places()["self_ref"].fullmatch(first):
        # 我办 whose name the report never states: another self-reference may resolve (我区)
        for other in dict.fromkeys(m.group(0) for m in _places()["self_ref"].finditer(text[:6000])):
            if other != first and (full := _complete_short(other, text, header)):
                return full
        return None
    return full or first


#: Header fields that may name the body whose site or letterhead carries the report: the site
#: of a portal page's footer (版权所有/主办), a crawl title column that kept only the site's name,
#: a Word file's page header.
SITE_KEYS = ("网站", "标题", PAGE_HEADER)


def _site_owners(header: dict[str, str]) -> list[str]:
    """Full body names the header gives as the owner of the site or letterhead (not a portal's
    name, not a document's title). They complete a report's self-reference (我厅, 我委) that the
    text never states in full, when the suffix fits: a site may host other bodies' reports.

    >>> _site_owners({"标题": "云南省生态环境厅", "网站": "某某市人民政府门户网站"})
    ['云南省生态环境厅']
    >>> _site_owners({"标题": "云南省生态环境厅2022年政府信息公开工作年度报告"})
    []
    """
    places = _places()
    found = []
    for key in SITE_KEYS:
        value = _compact(header.get(key, ""))
        if (value and len(value) <= 40 and not places["portal"].search(value) and not _names_document(value)
                and _is_body(value) and not _is_short(value) and (parse_places(value) or value in places["national"])):
            found.append(value)
    return found


#: A self-reference without a body's suffix (本机关, 本单位, 我单位), not the 2021 table's row 本机关不掌握….
RE_GENERIC_SELF = re.compile(r"(?:本|我)(?:机关|单位)(?!不掌握)")


def _named_body(text: str) -> str | None:
    """The one body a report that calls itself 本机关 names in full with its places, as the
    actor of a sentence: not a portal (某某县人民政府门户网站) nor a channel (依托/通过…), most often.

    >>> _named_body("依托甲县人民政府门户网站，重庆市丰都县住房和城乡建设委员会开设专栏。本机关将…")
    '重庆市丰都县住房和城乡建设委员会'
    >>> _named_body("本机关依托丰都县人民政府网站公开信息。") is None
    True
    """
    places = _places()
    compact = re.sub(r"《[^》]{0,60}》", "《》", _compact(text))
    pattern = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]))(?P<name>[\u4e00-\u9fff]{2,30}?" + places["body"] + ")")
    counts: dict[str, int] = {}
    first_at: dict[str, int] = {}
    for m in pattern.finditer(compact):
        name = _trim_left(m.group("name"))
        after, before = compact[m.end() : m.end() + 6], compact[max(0, m.start("name") - 3) : m.start("name")]
        if places["portal"].match(after) or re.match(r"门户|网|官网|政务", after) or re.search(r"依托|通过|登录|在$", before):
            continue
        found = parse_places(name)
        if not found or admin_level(name) is None or RE_LEAD_WORDS.match(name):
            continue
        if set(found) <= {"county", "township"} and not divisions.county_parents(found.get("county", "")):
            continue  # 本机关认真贯彻落实县委: no place the division list knows
        counts[name] = counts.get(name, 0) + 1
        first_at.setdefault(name, m.start())
    if not counts:
        return None
    return min(counts, key=lambda k: (-counts[k], first_at[k]))


def _with_upper(name: str, text: str) -> str:
    """``name`` with the province or city in front when the text states it so (洪泽区人民政府 →
    淮安市洪泽区人民政府)."""
    if not name:
        return name
    compact = _compact(text[:4000] + text[-400:])
    found = _occurrences(name, compact)
    for table in _uppers():  # prefectures first, then provinces; the longest name at the first place
        for i in found:
            for size in range(min(i, 12), 1, -1):
                upper = compact[i - size : i]
                if upper in table and not name.startswith(upper):
                    return upper + name
    if not parse_places(name).get("county"):
        for i in found:  # a township's county (and its prefecture): 武汉市江岸区 + 二七街道办事处
            for size in range(min(i, 14), 2, -1):
                upper = compact[i - size : i]
                if _is_place_chain(upper, name):
                    return upper + name
    return name


def _occurrences(word: str, text: str) -> list[int]:
    """Start of every occurrence of ``word`` in ``text``, left to right, not overlapping."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


def _is_place_chain(upper: str, name: str) -> bool:
    """Whether ``upper`` is nothing but the places (prefecture, county) that ``upper + name``
    parses to, ending with a county: 武汉市江岸区 before 二七街道办事处."""
    if upper[-1:] not in COUNTY_ENDS:
        return False  # a county name ends in a level word (RE_COUNTY): no parse needed
    found = parse_places(upper + name)
    if not found.get("county") or not upper.endswith(found["county"]):
        return False
    city = found.get("city", "")
    if city and city not in _places()["cities"] and any(
            city.endswith(c) for table in _uppers() for c in table if len(c) < len(city)):
        return False  # 本报告由哈尔滨市, 报告本报告由天津市: words in front of a known place are no prefecture of their own
    chain = "".join(found[k] for k in ("province", "city", "county") if k in found)
    return chain.endswith(upper) and len(upper) >= len(found["county"])


@functools.lru_cache(maxsize=1)
def _uppers() -> tuple[frozenset[str], frozenset[str]]:
    """Prefecture names and province names that may stand in front of a body's name."""
    places = _places()
    return frozenset(places["cities"]), frozenset(places["provinces"])


def _department_of(body: list[str], header: str) -> bool:
    """Whether the body's own name (its first full candidate) is a body within the government a
    header names: the host of the report, not its author (header 某某县人民政府, body
    某某县市场监督管理局; header 赣州市人民政府, body 信丰县人民政府 of 赣州市).

    >>> _department_of(["高台县市场监督管理局"], "高台县人民政府"), _department_of(["我局"], "高台县人民政府")
    (True, False)
    """
    first = next((b for b in body if not _is_short(b)), None)
    first = _fuller(first, body) if first else None  # 横沙乡人民政府 that the report also calls 上海市崇明区横沙乡人民政府
    level = admin_level(header)
    if first is None or first == header or level not in ("province", "city", "county", "district", "township"):
        return False
    place = re.sub(r"(?:人民政府|管委会|管理委员会|行政公署)$", "", header)
    if place and first.startswith(place):
        return True
    mine, theirs = parse_places(first), parse_places(header)
    key = {"province": "province", "city": "city", "county": "county", "district": "county",
           "township": "township"}.get(level)
    return bool(key and theirs.get(key) and mine.get(key) == theirs.get(key) and admin_level(first) != level)


def _branch_of(body: list[str], header: str) -> bool:
    """Whether the body's own name (its first full candidate) is a local body with places while
    the header names a national body: the national portal hosts its branches' reports (来源：海关总署,
    body 广州海关).

    >>> _branch_of(["广州海关"], "海关总署"), _branch_of(["我署"], "海关总署"), _branch_of(["海关总署"], "海关总署")
    (True, False, False)
    """
    first = next((b for b in body if not _is_short(b)), None)
    if first is None or first == header or not (header in _places()["national"] or RE_NATIONAL.match(header)):
        return False
    return bool(parse_places(first) or _local_bureau(first))


def _is_body(name: str) -> bool:
    """Whether a name ends like a body (人民政府, 厅, 局, 委员会 …) or is a bare place."""
    return bool(re.search(_places()["body"] + "$", name)) or admin_level(name) is not None


def _fuller(name: str, others: list[str]) -> str:
    """``name`` or a later candidate that is the same body with a place in front."""
    for other in others:
        if other != name and other.endswith(name) and not _is_short(other):
            return other
    return name


def placed_form(name: str, full: str) -> bool:
    """Whether ``full`` is ``name`` with its places in front (and their government, as a street's
    office names it): 深圳市南山区人民政府粤海街道办事处 for 粤海街道办事处, 成都市武侯区人民政府 for 武侯区人民政府;
    a body of another kind that merely ends like ``name`` is not (某县人民政府办公室 / 办公室).

    >>> placed_form("粤海街道办事处", "深圳市南山区人民政府粤海街道办事处"), placed_form("武侯区人民政府", "成都市武侯区人民政府")
    (True, True)
    >>> placed_form("水务局", "北京市大兴区水务局"), placed_form("粤海街道办事处", "南山区粤海街道办事处综合办公室")
    (False, False)
    >>> placed_form("教育局", "中共某某县委教育局")
    False
    >>> placed_form("小岗村村民委员会", "凤阳县小溪河镇小岗村村民委员会"), placed_form("小岗村村民委员会", "某某小岗村村民委员会")
    (True, False)
    >>> placed_form("户部巷社区居民委员会", "武昌区中华路街道户部巷社区居委会")
    True
    """
    spelt = re.sub(r"居委会$", "居民委员会", re.sub(r"村委会$", "村民委员会", full))  # 居委会 is 居民委员会 written short
    if RE_GRASSROOTS_COMMITTEE.search(name) and not parse_places(name) and len(spelt) > len(name) and spelt.endswith(name):
        # a village's or community's committee placed by its township and county (凤阳县小溪河镇小岗村村民委员会)
        prefix = spelt[: -len(name)]
        return bool(re.search(r"(?:镇|乡|街道|苏木)(?:人民政府|办事处)?$", prefix)) and bool(parse_places(prefix).get("county"))
    if not name or len(full) <= len(name) or not full.endswith(name) or not parse_places(name):
        return False
    prefix = re.sub(r"人民政府$", "", full[: -len(name)])
    return bool(prefix) and prefix[-1] in RE_LEVEL_WORDS and bool(parse_places(prefix)) and \
        "".join(parse_places(prefix).get(k, "") for k in ("province", "city", "county")).endswith(prefix)


def long_form(short: str, full: str) -> bool:
    """Whether ``full`` spells out the body that a title's abbreviated name ``short`` names: the
    same place first and the short form's characters in order (合肥市政府驻京办 / 合肥市人民政府驻北京
    办事处, 上栗县国资委 / 上栗县人民政府国有资产监督管理委员会, 南昌经开区管委会 / 南昌经济技术开发区管理
    委员会), or a vertical body's system prefix left out (伊宁市税务局 / 国家税务总局伊宁市税务局) or its
    word moved into the stem (红河金融监管分局 / 国家金融监督管理总局红河监管分局). The short form's last
    character stays among the full name's last three (办 of 办事处, 委 of 委员会); an office of the body
    (某县人民政府 / 某县人民政府办公室) or another body (某县人民政府 / 某县人民政府驻京办) is no long form.

    >>> long_form("合肥市政府驻京办", "合肥市人民政府驻北京办事处"), long_form("伊宁市税务局", "国家税务总局伊宁市税务局")
    (True, True)
    >>> long_form("红河金融监管分局", "国家金融监督管理总局红河监管分局")
    True
    >>> long_form("永宁县人民政府", "永宁县人民政府办公室"), long_form("合肥市人民政府", "合肥市人民政府驻北京办事处")
    (False, False)
    >>> long_form("长治市教育局", "长治市教育局"), long_form("长治市教育局", "长治市体育局")
    (False, False)
    >>> long_form("江西省民政厅", "江西省人民政府办公厅")  # a contact line's office
    False
    >>> long_form("临港经开区管委会", "宜宾临港经济技术开发区管理委员会"), long_form("临港经开区管委会", "宜宾市临港街道办事处")
    (True, False)
    >>> long_form("义乌经开区管委会", "义乌经济技术开发区管理委员会"), long_form("义乌经开区管委会", "义乌市经济和信息化局")
    (True, False)
    """
    if len(full) <= len(short) or not short or not (parse_places(full) or RE_NATIONAL.match(full) or zone_county(full)):
        return False  # (a county's zone named by the county's stem, 义乌经济技术开发区管理委员会, has its places too)
    if full.endswith(short):
        return bool(RE_NATIONAL.match(full[: -len(short)]))  # the system prefix (国家税务总局) only
    national = next((n for n in sorted(_places()["national"], key=len, reverse=True)
                     if full.startswith(n) and len(full) > len(n) + 2), "")
    if national:  # 国家金融监督管理总局 + 红河监管分局: the short form is the rest with the system's word in it
        rest = full[len(national):]
        if (rest[0] == short[0] and rest[-1] == short[-1] and _in_order(rest, short)
                and all(ch in national for ch in _left_out(short, rest))):
            return True
    # 人民政府 is abbreviated 政府 or left out whole, never to 民 (江西省民政厅 is no 江西省人民政府办公厅)
    for spelt in dict.fromkeys((full.replace("人民政府", "政府"), full.replace("人民政府", ""))):
        if spelt and short[0] == spelt[0] and short[-1] in spelt[-3:] and _in_order(short, spelt):
            return True
    # a zone's title leaves out the city or province its name starts with (临港经开区管委会 / 宜宾临港经济技术开发区
    # 管理委员会, 赣江新区管委会 / 江西赣江新区管理委员会)
    if RE_ZONE_BODY.search(full):
        provinces = _places()["provinces"]
        for upper in (*_uppers()[0], *provinces):
            shorts = provinces.get(upper) or [upper[:-1] if upper.endswith("市") else upper]
            for lead in dict.fromkeys((upper, *shorts)):
                rest = full[len(lead):]
                if (len(lead) >= 2 and full.startswith(lead) and rest and short[0] == rest[0] and short[-1] in rest[-3:]
                        and _in_order(short, rest)):
                    return True
    return False


#: A development zone's committee (…开发区管理委员会, …高新区管委会).
RE_ZONE_BODY = re.compile(r"(?:开发区|高新区|经开区|新区|工业园区|园区|保税区|保税港区|风景名胜区|风景区)(?:管理委员会|管委会)$")


def _in_order(part: str, whole: str) -> bool:
    """Whether the characters of ``part`` stand in ``whole`` in the same order (others between them).

    >>> _in_order("人社厅", "人力资源和社会保障厅"), _in_order("社人厅", "人力资源和社会保障厅")
    (True, False)
    """
    chars = iter(whole)
    return all(ch in chars for ch in part)


def _left_out(longer: str, shorter: str) -> str:
    """The characters of ``longer`` that a left-to-right match of ``shorter`` skips."""
    out, k = [], 0
    for ch in longer:
        if k < len(shorter) and ch == shorter[k]:
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def _is_short(name: str) -> bool:
    """A name without its place: 我厅, 本局, 省人社厅, 市生态环境局, 县卫健委.

    >>> _is_short("省民政厅"), _is_short("江西省民政厅"), _is_short("我厅"), _is_short("交通运输部")
    (True, False, True, False)
    """
    places = _places()
    if places["self_ref"].fullmatch(name):
        return True
    if name in places["national"] or RE_NATIONAL.match(name):
        return False
    m = RE_SHORT_PLACE.match(name)
    return (bool(m) or _bare_department(name)) and not parse_places(name)


def _bare_department(name: str) -> bool:
    """A department named without any place (市场监督管理局, 统计局): not a national body."""
    national = _places()["national"]
    return (admin_level(name) == "department" and len(name) >= 3 and not RE_NATIONAL.match(name)
            and not any(name.startswith(n) for n in national) and not _places()["self_ref"].fullmatch(name))


#: A short form's place word: 省民政厅, 市生态环境局, 县卫健委, 自治区民委.
RE_SHORT_PLACE = re.compile(r"^(?P<place>自治区|省|市|州|盟|县|区|旗)(?!场|域)(?=[\u4e00-\u9fff]{2})")


def _expand(core: str) -> str:
    """A department's name with its abbreviation expanded (人社厅 → 人力资源和社会保障厅)."""
    for short, full in _places()["abbreviations"].items():
        if core.endswith(short) and not core.endswith(full):
            return core[: -len(short)] + full
    return core


def _core_of_short(name: str) -> str:
    """The department part of a short form, expanded (省人社厅 → 人力资源和社会保障厅; 我厅 → 厅)."""
    m = _places()["self_ref"].fullmatch(name)
    if m:
        return m.group("suffix")
    return _expand(RE_SHORT_PLACE.sub("", name))


#: Self-references by a place's own suffix (我县, 我区, 我镇, 我街道): they name that place's government.
GOVERNMENT_SELF = frozenset({"县", "区", "市", "旗", "镇", "乡", "街道"})

#: The government words after a place's name (某县人民政府, 某街道办事处).
RE_GOVERNMENT_END = re.compile(r"(?:人民政府|办事处)$")


def _compatible(core: str, full: str) -> bool:
    """Whether a full name can be the body a short form names (same department or suffix, or
    an abbreviation of its department: 旅文局 of 三亚市旅游和文化广电体育局), placed by its name
    or a national administration's local bureau.

    >>> _compatible("局", "国家税务总局上饶市广信区税务局"), _compatible("局", "国家税务总局")
    (True, True)
    >>> _compatible("局", "税务局"), _compatible("厅", "国家税务总局上饶市广信区税务局")
    (False, False)
    """
    ends = _expand(full).endswith(core) or (core == "委" and full.endswith("委员会"))
    ends = ends or (core in GOVERNMENT_SELF and RE_GOVERNMENT_END.sub("", full).endswith(core))  # 我县: 某县人民政府
    ends = ends or abbreviates(core, _department_part(full))
    # a national administration's local bureau (国家税务总局上饶市广信区税务局) is placed by its rest
    return ends and bool(parse_places(full) or full in _places()["national"] or _local_bureau(full))


def _department_part(full: str) -> str:
    """A body's name without the places in front (三亚市旅游和文化广电体育局 → 旅游和文化广电体育局)."""
    rest = full
    for place in parse_places(full).values():  # only the places the name writes (not an implied province)
        rest = rest[len(place):] if rest.startswith(place) else rest
    return rest


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is an abbreviation of the department name ``name``: it keeps the
    name's first character and its suffix (局, 厅, 委 for 委员会) and takes its other characters
    from the name in their order, as Chinese abbreviations do.

    >>> abbreviates("旅文局", "旅游和文化广电体育局"), abbreviates("市场监管局", "市场监督管理局")
    (True, True)
    >>> abbreviates("文旅局", "旅游和文化广电体育局"), abbreviates("公安局", "公共资源交易管理局")
    (False, False)
    >>> abbreviates("卫生健康委", "卫生健康委员会"), abbreviates("卫生健康委", "卫生健康委")
    (True, False)

    In a government office's abbreviation 政府 stands for 人民政府 and a last 办 for 办公室 (as 委 for
    委员会): 政府口岸物流办 abbreviates 人民政府口岸和物流办公室.

    >>> abbreviates("政府口岸物流办", "人民政府口岸和物流办公室"), abbreviates("政府口岸物流办", "人民政府外事办公室")
    (True, False)
    """
    full, name = name, re.sub(r"^人民政府(?=[\u4e00-\u9fff]{2})", "政府", re.sub(r"(?:委员会|办公室)$", lambda m: m.group(0)[0], name))
    if short == name != full:
        return len(short) >= 3  # 卫生健康委: the commission's name with only 员会 left out
    if len(short) < 3 or len(short) >= len(name) or short[0] != name[0] or short[-1] != name[-1]:
        return False
    return _in_order(short[1:-1], name[1:-1])


#: The place words a body named by a short form starts with, by the short form's place word
#: (市交通局 names a 市 or 州 or 盟 body); None: any place.
PLACE_WORDS = {
    "省": ("省", "自治区", "市"), "自治区": ("省", "自治区", "市"),
    "市": ("市", "州", "盟"), "州": ("市", "州", "盟"), "盟": ("市", "州", "盟"),
    "县": ("县", "区", "旗", "市"), "区": ("县", "区", "旗", "市"), "旗": ("县", "区", "旗", "市"),
    None: ("省", "自治区", "市", "州", "盟", "县", "区", "旗"),
}
#: What may not follow a body's name: an office inside it (…局办公室), or a law (…法, …条例).
RE_NOT_BODY_END = re.compile("[\u4e00-\u9fff]{0,2}(?:办公室|处|科|所)|公室|公厅|法|规定|条例")
#: The run of CJK characters at a position.
RE_CJK_RUN = re.compile("[\u4e00-\u9fff]*")
#: Characters after which a body's name may start inside a CJK run (由…, 经…).
NAME_LEADS = frozenset("由为是在与和及经向对将了的")
#: A text with more places ``core`` could end a name than this is searched by regex (then
#: compiled once per core and level and cached by ``re``), a text with fewer by :func:`_scan_named`.
SCAN_LIMIT = 8


def _named_regex(core: str, level: str | None) -> re.Pattern[str]:
    """The regex of :func:`_named_spans` (compiling it costs about 3 ms: four CJK classes)."""
    return re.compile(
        "(?:^|(?<=[^\u4e00-\u9fff])|(?<=[由为是在与和及经向对将了的]))(?P<name>[\u4e00-\u9fff]{2,14}?"
        + "(?:" + "|".join(PLACE_WORDS[level if level in PLACE_WORDS else None]) + ")"
        + "[\u4e00-\u9fff]{0,16}?" + re.escape(core) + ")(?!" + RE_NOT_BODY_END.pattern + ")"
    )


def _named_spans(compact: str, core: str, level: str | None) -> list[tuple[int, int]]:
    """Spans of the names of bodies ending in ``core`` in ``compact``: a CJK run start (or a
    lead word such as 由) with 2-14 characters, a place word of ``level`` (see
    :data:`PLACE_WORDS`), 0-16 characters and ``core``, shortest first, not overlapping, and
    not followed by an office or a law's word (:data:`RE_NOT_BODY_END`).

    >>> _named_spans("。江西省交通运输厅负责，由江西省交通运输厅法规处", "交通运输厅", "省")
    [(1, 9)]
    """
    ends = []
    at = compact.find(core)
    while at >= 0 and len(ends) <= SCAN_LIMIT:
        if RE_NOT_BODY_END.match(compact, at + len(core)) is None:
            ends.append(at)
        at = compact.find(core, at + 1)
    if not ends:
        return []
    if len(ends) > SCAN_LIMIT or not core:
        return [m.span("name") for m in _named_regex(core, level).finditer(compact)]
    return _scan_named(compact, core, PLACE_WORDS[level if level in PLACE_WORDS else None], ends)


def _scan_named(compact: str, core: str, places: tuple[str, ...], ends: list[int]) -> list[tuple[int, int]]:
    """:func:`_named_spans` without compiling its regex, from the positions ``ends`` where
    ``core`` stands and may end a name: the regex's choices (leftmost start, then the
    shortest head, the place words in order, the shortest middle) tried in the same order."""
    starts = sorted({s for p in ends for s in range(max(p - 33, 0), p - 2)})
    spans: list[tuple[int, int]] = []
    pos = 0
    for s in starts:
        if s < pos:
            continue
        if s > 0 and "\u4e00" <= compact[s - 1] <= "\u9fff" and compact[s - 1] not in NAME_LEADS:
            continue
        run = RE_CJK_RUN.match(compact, s).end()
        found = None
        for n1 in range(2, min(14, run - s) + 1):
            for place in places:
                if compact.startswith(place, s + n1):
                    q = s + n1 + len(place)
                    last = min(q + 16, max(run, q))
                    found = next((p for p in ends if q <= p <= last), None)
                    break  # place words start with different characters: one can match here
            if found is not None:
                break
        if found is not None:
            pos = found + len(core)
            spans.append((s, pos))
    return spans


def _complete_short(name: str, text: str, header: dict[str, str]) -> str | None:
    """The full name of a short form, from the text, else from the report's place.

    >>> _complete_short("省交通厅", "按照江西省人民政府要求。江西省交通运输厅网站", {})
    '江西省交通运输厅'
    >>> _complete_short("我局", "赣州市生态环境局2022年…我局将", {})
    '赣州市生态环境局'
    """
    places = _places()
    core = _core_of_short(name)
    if core in ("县", "区", "市", "镇", "乡", "旗", "府", "街道"):
        return _own_government(_compact(text), core)
    counts: dict[str, int] = {}
    first_at: dict[str, int] = {}
    compact = _compact(text)
    compact = RE_QUOTED_TITLE.sub(_mask_title, compact)  # titles name no body, but the body's own guide does
    self_ref = places["self_ref"].fullmatch(name) is not None
    short_place = RE_SHORT_PLACE.match(name)
    level = short_place.group("place") if short_place and not self_ref else None
    for start, end in _named_spans(compact, core, level):
        full = _trim_left(compact[start:end])
        if core == "委" and compact.startswith("员会", end):
            full += "员会"  # 我委: 广东省卫生健康委员会
        if not full or re.search(r"小组|工作组|专班", full) or not _compatible(core, full) or re.search(r"人民政府(办公厅|办公室)$", full) and core in ("厅", "办"):
            continue
        if level in ("省", "自治区") and "province" not in parse_places(full):
            continue
        if level in ("省", "自治区") and set(parse_places(full)) - {"province"}:
            continue
        counts[full] = counts.get(full, 0) + 1
        first_at.setdefault(full, start)
    if counts:  # as the text names it, its abbreviation expanded (云南省工商局 → 云南省工商行政管理局)
        return _expand(min(counts, key=lambda k: (-counts[k], first_at[k])))
    if self_ref:
        return None
    if level is None or level in ("县", "区", "旗"):  # the place of the government hosting the report
        return _host_place_name(core, header, level=level)
    host = _host_place_name(core, header, level=level) if level == "市" else None
    if host and (county := parse_places(host).get("county")) and county.endswith("市"):
        return host  # 市统计局 on the portal of 宁乡市人民政府, a county-level city: 宁乡市统计局
    place = _report_place(compact, header, level or "")
    return place + core if place else host


#: A quoted document title (masked when short forms are completed: a title names no body).
RE_QUOTED_TITLE = re.compile(r"《[^》]{0,60}》")
#: The body's own disclosure guide or catalogue as the object of its revision
#: (修订《深圳市市场监督管理局政府信息公开指南》): the one quoted title that names the reporting body.
RE_OWN_GUIDE = re.compile(r"(?:修订|修改|更新|编制|重新编制|完善|制定|调整)(?:了|完善)?《(?P<body>[\u4e00-\u9fff]{3,30})"
                          r"政府信息公开(?:指南|目录)》$")


def _mask_title(m: re.Match[str]) -> str:
    """A quoted title masked (``《※※※》``), except the body named by its own revised guide.

    >>> RE_QUOTED_TITLE.sub(_mask_title, "修订《甲市统计局政府信息公开指南》，执行《乙市统计局规定》")
    '修订《甲市统计局※※※※※※※※》，执行《※※※※※※※》'
    >>> RE_QUOTED_TITLE.sub(_mask_title, "学习《甲市统计局政府信息公开指南》")
    '学习《※※※※※※※※※※※※※》'
    """
    own = RE_OWN_GUIDE.search(m.string, max(0, m.start() - 8), m.end())
    if own and own.end() == m.end():
        body = own.group("body")
        return "《" + body + "※" * (len(m.group()) - 2 - len(body)) + "》"
    return "《" + "※" * (len(m.group()) - 2) + "》"


def _host_place_name(core: str, header: dict[str, str], *, level: str | None = None) -> str | None:
    """``core`` with the place of the government whose portal hosts the report in front
    (来源：南昌市人民政府, 市场监督管理局 → 南昌市市场监督管理局), or None; with ``level`` (县统计局)
    only a host of that level.

    >>> _host_place_name("市场监督管理局", {"来源": "南昌市人民政府"}), _host_place_name("统计局", {})
    ('南昌市市场监督管理局', None)
    >>> _host_place_name("统计局", {"发布机构": "宁乡市人民政府"}, level="市")
    '宁乡市统计局'
    """
    for key in HOST_KEYS:
        host = _compact(header.get(key, ""))
        place = re.sub(r"人民政府(?:办公室|办公厅)?$", "", host)
        if place != host and (level is None or place.endswith(level)) and parse_places(place + core):
            return place + core
    return None


def _own_government(text: str, suffix: str) -> str | None:
    """我县 / 我区 / 本市 → the government of that place the report names most often.

    >>> _own_government("某某县人民政府办公室。高台县人民政府。全县。高台县人民政府", "县")
    '高台县人民政府'
    """
    unit = {"府": "(?:县|区|市|镇|乡|旗)"}.get(suffix, re.escape(suffix))
    counts: dict[str, int] = {}
    first_at: dict[str, int] = {}
    for m in re.finditer(r"(?P<name>[\u4e00-\u9fff]{1,16}?" + unit + r")(?P<gov>人民政府|管委会|管理委员会)(?!办公|的)", text):
        full = _trim_left(m.group("name"))
        if re.match(r"[全各该本我某对向在由把将为与和及经]", full) or len(full) < 3 or not (parse_places(full) or full in _places()["cities"]):
            continue
        if RE_NOT_COUNTY.search(full) and not RE_ZONE.search(full):
            continue  # 某某片区管委会, 某某社区: not the reporting government
        full += "管委会" if m.group("gov") != "人民政府" else "人民政府"
        counts[full] = counts.get(full, 0) + 1
        first_at.setdefault(full, m.start())
    if not counts:
        places = _places()
        for known in [*places["cities"], *places["counties"]]:
            if known.endswith(suffix) or (suffix == "区" and RE_ZONE.search(known)):
                n = text.count(known)
                if n:
                    counts[known + ("管委会" if RE_ZONE.search(known) else "人民政府")] = n
                    first_at[known + ("管委会" if RE_ZONE.search(known) else "人民政府")] = text.find(known)
    if not counts:
        return None
    return min(counts, key=lambda k: (-counts[k], first_at[k]))


#: A development zone governed by a 管委会: 综合实验区, 新区, 开发区, 高新区.
RE_ZONE = re.compile(r"(?:综合实验区|新区|开发区|高新区|保税区)$")


def _named_parent(text: str, county: str) -> tuple[str, str] | None:
    """Of the prefectures (or municipalities) that hold a county of the name ``county`` (和平区: 天津市 and
    沈阳市), the ``(province, prefecture)`` the text names most often, else None.

    >>> _named_parent("围绕天津市金街商圈推进公开。", "和平区"), _named_parent("围绕金街推进公开。", "和平区")
    (('天津市', '天津市'), None)
    >>> _named_parent("按照天津市的要求", "高台县") is None  # one parent only: the name gives it
    True
    """
    parents = divisions.county_parents(county)
    if len(parents) < 2:
        return None
    counts = {parent: text.count(parent[1]) for parent in parents}
    best = max(counts, key=lambda p: (counts[p], -text.find(p[1])))
    return best if counts[best] and sum(counts[p] == counts[best] for p in counts) == 1 else None


def _mentioned_city(text: str, province: str | None) -> str | None:
    """The prefecture (of ``province`` when known) a report names most often, or None.

    >>> _mentioned_city("按照广安市政务公开工作要点，我县…广安市", None)
    '广安市'
    """
    cities = _places()["cities"]
    found = wordscan.word_counts(text, _city_words())
    counts = {
        city: found[city]
        for city, info in cities.items()
        if city in found and not (province and info.get("province") != province)
    }
    if not counts:
        return None
    return min(counts, key=lambda k: (-counts[k], text.find(k)))


@functools.lru_cache(maxsize=1)
def _city_words() -> wordscan.WordSet:
    """The prefecture names, to count in one scan."""
    return wordscan.WordSet(_places()["cities"])


@functools.lru_cache(maxsize=1)
def _place_form_regex() -> re.Pattern[str]:
    """Any province name, province short form or prefecture name: a search finds where the first
    of them starts (the least ``name.find`` of them all), in one scan."""
    places = _places()
    forms = [*places["provinces"], *(s for shorts in places["provinces"].values() for s in shorts), *places["cities"]]
    # longest first; names of one length in their own order (not the set's, which changes with the
    # process's hash seed), so that the pattern is the same in every process and its compiled form
    # is found in the regex cache (two names of one length never match at the same place)
    return re.compile("|".join(map(re.escape, sorted(set(forms), key=lambda f: (-len(f), f)))))


def _trim_left(name: str) -> str:
    """Drop words before the place a full name starts with (现将江西省民政厅 → 江西省民政厅).

    >>> _trim_left("现将江西省民政厅"), _trim_left("龙胜各族自治县泗水乡人民政府"), _trim_left("由全州县财政局")
    ('江西省民政厅', '龙胜各族自治县泗水乡人民政府', '全州县财政局')
    """
    places = _places()
    first = _place_form_regex().search(name)  # the earliest place (province, its short form, city)
    best = first.start() if first else None
    if best is None:
        # a county the division list knows keeps the characters that look like lead words (龙胜各族自治县, 全州县)
        county = parse_places(name).get("county") or ""
        at = name.find(county) if county and divisions.county_parents(county) else -1
        # (a lead word at or after the county's start is inside or after the name: nothing to drop)
        m = re.search(r"(?:全|各|本|我|由|将|现|对|在|按|经|根|据|照)(?=[\u4e00-\u9fff])", name)
        return name[m.end() :] if m and m.end() < len(name) - 3 and not (at >= 0 and m.start() >= at) else name
    if any(name[:best].endswith(n) for n in places["national"]):
        best -= next(len(n) for n in sorted(places["national"], key=len, reverse=True) if name[:best].endswith(n))
    return name[best:]  # 国家税务总局海口市税务局: a national body's local branch keeps its name


def _report_place(text: str, header: dict[str, str], level: str) -> str | None:
    """The province (for 省 short forms) or city (市) a report names most often, header first."""
    places = _places()
    hay = "".join(header.get(k, "") for k in (*HOST_KEYS, "标题")) + "\n" + text
    counts: dict[str, int] = {}
    if level in ("省", "自治区"):
        for full in places["provinces"]:
            if full in places["municipalities"]:
                continue
            n = hay.count(full)
            if n:
                counts[full] = n
    elif level in ("市", "州", "盟"):
        for full in [*places["municipalities"], *places["cities"]]:
            n = hay.count(full)
            if n:
                counts[full] = n
    if not counts:
        return None
    return min(counts, key=lambda k: (-counts[k], hay.find(k)))


#: Where a body names itself in its own report (groups ``org``); the body regex fills ``{B}``.
BODY_CUES = (
    # 本报告由某某省民政厅办公室编制 / 由…负责编制
    r"本(?:年度)?报告(?:[^。由]{0,60}?[，,])?由(?P<org>[\u4e00-\u9fff（）()]{2,40}?){B}(?:办公室|办公厅|政务公开办公室|政务公开办|信息公开办)?"
    r"(?:负责|牵头|组织|汇总|综合|统一|会同)?(?:(?:根据|按照|依据)[^。]{0,60}?)?(?:编制|编写|起草|制作|汇总)",
    # 2022年，某某省民政厅坚持… / 2022年以来，我厅认真… / 在…领导下，省交通厅始终…
    r"(?:(?:19|20)\d\d\s*年(?:度|以来|来)?\s*[，,]\s*|(?:^|[\n。；，,\s])\s*(?:在[^，。\n]{2,40}下\s*[，,]\s*"
    r"|(?:一年来|过去一年|本年度|今年以来|近年来)\s*[，,]\s*|^))"
    r"(?:(?:19|20)\d\d\s*年(?:度|以来|来)?\s*[，,]?\s*)?"
    r"(?P<org>(?:中共)?[\u4e00-\u9fff]{1,30}?){B}(?=\s*(?:(?:19|20)\d\d\s*年度?\s*)?(?:党组|党委|党工委)?(?:政务公开|政府信息公开|信息公开)?(?:工作)?"
    r"(?:坚持|认真|深入|全面|紧紧|紧扣|按照|围绕|以|在|积极|持续|进一步|严格|始终|高度|把|不断|扎实|聚焦|立足|主动|继续|"
    r"切实|贯彻|落实|共|全力|大力|着力|对照|根据|依据|结合|牢固|突出|强化|加强|做好|充分|秉持|遵循|锚定|将|深化|"
    r"不折不扣|着眼|严格落实|高标准|以人民|认真贯彻))",
    # …的要求，市科委编制了2024年度政务公开工作报告
    r"(?:^|[\n。；，,])\s*(?P<org>[\u4e00-\u9fff（）()]{2,40}?){B}\s*(?:负责|组织|认真)?(?:编制|编写|形成)(?:了|完成)?\s*"
    r"(?:本|(?:19|20)\d\d\s*年度?)[^。]{0,16}?报告",
    # 现将某某省民政厅2022年政府信息公开工作年度报告公布如下
    r"(?:^|[\n。，,：:]|现将|现公布|公布|发布|编制|印发)\s*(?P<org>[\u4e00-\u9fff（）()]{2,40}?){B}\s*(?:19|20)\d\d\s*年度?"
    r"(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?报告",
)
#: Where each of :data:`BODY_CUES` can start, found from its anchor (None: the cue starts with a
#: literal and ``finditer`` skips to it by itself): ``(anchor, run, starts)`` triples. A cue's
#: match holds an anchor (编制/编写/形成; the title's ``2022年政府信息公开…``; the 2022年， or the
#: comma or space before the 在/一年来 of an opening clause) and starts on a character of ``starts``
#: at most one character before the run of ``run`` characters (names, spaces) that ends at the
#: anchor (at the anchor itself when there is no run). The gate may let
#: through starts the cue rejects, never the other way round: the cue itself decides at every
#: gated start (:func:`_gated_finditer`), so the matches are those of ``cue.finditer``, found
#: without trying the cue at every comma of the text. (An anchor that ``finditer`` skips because
#: it overlaps an earlier one starts inside a word, where no cue starts.)
BODY_CUE_STARTS: tuple[tuple[tuple[str, str, str], ...] | None, ...] = (
    None,
    ((r"(?:19|20)\d\d\s*年(?:度|以来|来)?\s*[，,]", "", "12"),
     (r"[\n。；，,\s](?:在|一年来|过去一年|本年度|今年以来|近年来)", r"\s", r"\n。；，,\s")),
    ((r"编制|编写|形成", r"\s\u4e00-\u9fff（）()", r"\n。；，,"),),
    ((r"(?:19|20)\d\d\s*年度?(?:政府信息公开|政务公开|信息公开)", r"\s\u4e00-\u9fff（）()", r"\n。，,：:现公发编印"),),
)
#: Where a report's contact paragraph names the body (its office) that answers for the report:
#: ``联系地址：西宁市…33号青海省林业局办公室，邮编…`` / ``请与海口市市场监督管理局办公室联系``.
CONTACT_CUES = (
    r"(?:联系地址|通讯地址|通信地址|办公地址|地址|联系单位|联系部门|联系方式)\s*[:：][^。\n]{0,30}?(?P<org>(?![号楼室层座栋])[\u4e00-\u9fff（）()]{2,40}?){B}"
    r"(?:办公室|办公厅|政务公开办公室|政务公开办|信息公开办|[\u4e00-\u9fff]{1,6}?[科处股室])?(?=\s*(?:[，,；;。（(]|$|邮|联系|电话))",
    r"(?:请与|可与|请联系|请致电|请咨询)\s*(?P<org>[\u4e00-\u9fff（）()]{2,40}?){B}"
    r"(?:办公室|办公厅|政务公开办公室|政务公开办|信息公开办)?\s*(?:联系|咨询|[，,（(]|电话)",
)
#: The word printed in brackets after a body's name in place of its stamp (a signature or a byline):
#: （盖章）, （公章）, （签章）, an office's （代章） …
SEAL_WORD = r"[（(](?:盖章|公章|印章|代章|签章|章|印)[）)]"
#: A signature block at the end: a body's name alone on a line (or after 。), then a date (the day may be left out).
#: The name may carry the word for its seal (:data:`SEAL_WORD`).
RE_SIGNATURE_TAIL = (
    r"(?:^|[\n。！\s])(?P<org>[\u4e00-\u9fff（）()]{2,40}?){B}(?:\s*" + SEAL_WORD + r")?\s*\n?\s*"
    r"(?:(?:19|20)\d\d\s*年\s*(?:\d{1,2}|元)\s*月(?:\s*\d{1,2}\s*日)?|[一二三四五六七八九〇○零]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?"
    r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})\s*$"
)
#: The ends of a public enterprise's name (公共企事业单位信息公开): a body only in a signature block.
SIGNING_COMPANY = r"有限责任公司|有限公司|股份公司|集团公司|(?<=[\u4e00-\u9fff）)])公司"
#: The compiling office at the end of a body's name in ``本报告由…编制`` (X县人民政府办公室 → X县人民政府,
#: 人力资源和社会保障部办公厅 → 人力资源和社会保障部). A government's general office (X人民政府办公厅)
#: compiles and reports on its own work, unless the sentence names the government's report
#: (``RE_GOVERNMENTS_REPORT``).
RE_COMPILING_OFFICE = re.compile(
    r"(?:(?<=人民政府)|(?<=管委会)|(?<=[厅局委部署]))(?:办公室|政务公开办公室|政务公开办|信息公开办"
    r"|(?:政务公开|政府信息公开|信息公开)(?:工作)?领导小组(?:办公室)?)$|(?<=[部署])办公厅$"
)
#: A place's leading group for government information disclosure or its office (周至县政务公开工作领导小组
#: 办公室): it signs or compiles the report of the place's government, as the government's office does.
RE_LEADING_GROUP = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,20}?(?:省|自治区|市|州|盟|县|区|旗))(?:人民政府)?(?:政务公开|政府信息公开|信息公开)"
    r"(?:工作)?领导小组(?:办公室)?$"
)


def _group_government(name: str) -> str:
    """The government whose leading group (or its office) a name is, else the name.

    >>> _group_government("周至县政务公开工作领导小组办公室"), _group_government("周至县财政局")
    ('周至县人民政府', '周至县财政局')
    >>> _group_government("县政务公开工作领导小组办公室")
    '县政务公开工作领导小组办公室'
    """
    m = RE_LEADING_GROUP.match(_compact(name))
    if not m or not parse_places(m.group("place")):
        return name
    return m.group("place") + "人民政府"


#: After ``由X人民政府办公厅编制``: the report it compiles is the government's (…编制的2022年度自治区
#: 人民政府政府信息公开工作年度报告), not the office's own.
RE_GOVERNMENTS_REPORT = re.compile(
    r"的?\s*(?:(?:19|20)\d\d\s*年度?)?[\u4e00-\u9fff]{0,12}?(?<!办公厅)(?:人民政府|省政府|市政府|区政府|县政府)"
    r"(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)"
)
#: A preamble that names the report it introduces (现将滑县自然资源局2022年度政府信息公开工作情况报告如下 /
#: 现将曲阳县2023年政府信息公开工作年度报告公布如下): the name before the year is the reporting body, or
#: the place whose government reports.
RE_PREAMBLE_REPORT = re.compile(
    r"现将(?P<title>[\u4e00-\u9fff（）()]{2,40}?(?:19|20)\d\d年度?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?"
    r"(?:情况)?的?(?:年度)?(?:报告|年报))"
)
#: Words in front of a name that are not part of it (found by a cue's left edge): also the
#: ``本报告由`` of a compiling sentence (本报告由安吉县气象局根据…编制 names 安吉县气象局).
RE_LEAD_WORDS = re.compile(r"^(?:中共)?(?:本(?:年度)?报告(?:由|系|是)?|现将|现|特|经|由|在|今年|全年|同时|此外|另外|其中|一年来|近年来|本年度|今年以来)")


@functools.lru_cache(maxsize=1)
def _cue_regexes() -> tuple[list[tuple[re.Pattern[str], re.Pattern[str] | None]], re.Pattern[str]]:
    body = _places()["body"]
    cues = [(re.compile(c.replace("{B}", "(?P<suffix>" + body + ")")), _compile_gate(g))
            for c, g in zip(BODY_CUES, BODY_CUE_STARTS, strict=True)]
    # a public enterprise signs its own report too (成都市自来水有限责任公司 / 二〇二四年一月二十六日): only
    # in the signature, where a name alone on a line above the date can be nothing but the author
    sig = re.compile(RE_SIGNATURE_TAIL.replace("{B}", "(?P<suffix>" + SIGNING_COMPANY + "|" + body + ")"))
    return cues, sig


@functools.lru_cache(maxsize=1)
def _contact_regexes() -> list[re.Pattern[str]]:
    body = _places()["body"]
    return [re.compile(c.replace("{B}", "(?P<suffix>" + body + ")"), re.M) for c in CONTACT_CUES]


_Gate = tuple[tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]], ...]


def _compile_gate(gate: tuple[tuple[str, str, str], ...] | None) -> _Gate | None:
    """A :data:`BODY_CUE_STARTS` entry compiled: (anchor, run backwards, start character)."""
    if gate is None:
        return None
    return tuple((re.compile(anchor), re.compile(f"[{run}]*") if run else None, re.compile(f"[{starts}]"))
                 for anchor, run, starts in gate)


def _cue_starts(text: str, gate: _Gate) -> list[int]:
    """Where a cue gated by ``gate`` may start in ``text`` (a superset, in order)."""
    starts = {0}
    backwards = None
    for anchor, run, first in gate:
        for a in anchor.finditer(text):
            lo = a.start()
            if run is not None:
                backwards = backwards or text[::-1]
                k = len(text) - lo
                lo -= run.match(backwards, k).end() - k
            starts.update(m.start() for m in first.finditer(text, max(lo - 1, 0), a.start() + 1))
    return sorted(starts)


def _gated_finditer(cue: re.Pattern[str], text: str, gate: _Gate | None) -> Iterator[re.Match[str]]:
    """``cue.finditer(text)``, trying the cue only where ``gate`` says it may start
    (:data:`BODY_CUE_STARTS`).

    >>> cue = re.compile(r"(?:^|，)(?P<org>[甲乙]+)局编制")
    >>> gate = _compile_gate(((r"编制", "甲乙局", "，"),))
    >>> [m.group("org") for m in _gated_finditer(cue, "甲局编制，乙局编制，丙", gate)]
    ['甲', '乙']
    """
    if gate is None:
        yield from cue.finditer(text)
        return
    end = 0
    for start in _cue_starts(text, gate):
        if start >= end and (m := cue.match(text, start)):
            yield m
            end = m.end()


def body_issuers(text: str) -> list[str]:
    """Names the reporting body gives itself in the text, most trusted first.

    The signature block, ``本报告由X编制``, the subject of the opening sentences, a report
    named in the text, then a self-reference (我厅, 本局). Names are returned as written
    (short forms included) without duplicates.

    >>> body_issuers("2022年，我厅坚持以人民为中心。\\n本报告由湖南省民政厅办公室编制。\\n湖南省民政厅\\n2023年1月20日")
    ['湖南省民政厅', '我厅']
    """
    cues, sig = _cue_regexes()
    places = _places()
    found: list[str] = []
    tail = text[-400:].rstrip()
    signed = signed_name(tail) or ""
    if (first := _first_of_joint(signed)) != signed and admin_level(first) == "department":
        found.append(first)  # two bodies sign together (甲市文化广电和旅游局 甲市体育局): the first reports
    bare = _without_latin_lines(tail)  # a name's English rendering set under it, before the date
    for signature in dict.fromkeys((tail, _joined_signature(tail), bare)):  # a name set over two lines, joined
        m = sig.search(signature)
        if m and _clean_body(name := _group_government(RE_COMPILING_OFFICE.sub("", m.group("org") + m.group("suffix")))):
            found.append(name)  # 某某县人民政府办公室 signs for 某某县人民政府
            break
    head = text[:4000]
    byline = _byline(head)
    if byline:  # 政府信息公开工作年度报告（2023年度） / 某某旗人民政府 / 2024年1月18日
        found.append(RE_COMPILING_OFFICE.sub("", byline))
    matches = [(k, m) for k, (cue, gate) in enumerate(cues) for m in _gated_finditer(cue, head, gate)]
    # the governments the opening sentences speak as (2023年，自治区人民政府坚持…)
    speakers = [m.group("org") + m.group("suffix") for k, m in matches if k == 1]
    for k, m in matches:
        name = m.group("org") + m.group("suffix")
        if k in (0, 2):  # 本报告由X县人民政府办公室编制 / X办公室编制本报告: the office compiles, the body reports
            name = RE_COMPILING_OFFICE.sub("", name)
            if name.endswith("人民政府办公厅") and (
                    RE_GOVERNMENTS_REPORT.match(head, m.end()) or _speaks_as_government(name[: -len("办公厅")], speakers)):
                name = name[: -len("办公厅")]  # …办公厅编制的2022年度自治区人民政府政府信息公开工作年度报告
        found.append(name)
    # the contact paragraph (often after the last part) names the body's office: least trusted
    for cue in _contact_regexes():
        for part in (head, text[-1500:] if len(text) > len(head) else ""):
            found += [RE_COMPILING_OFFICE.sub("", m.group("org") + m.group("suffix")) for m in cue.finditer(part)]
    out: list[str] = []
    for name in found:
        name = _clean_body(_group_government(name))
        if name and name not in out:
            out.append(name)
    if not out:
        m = places["self_ref"].search(head)
        if m:
            out.append(m.group(0))
    return out


#: The date line that closes a signature block (2024年1月24日, 二〇二四年一月二十四日, 2024-01-24).
RE_SIGNATURE_DATE_LINE = re.compile(
    r"(?:(?:19|20)\d\d\s*年\s*(?:\d{1,2}|元)\s*月(?:\s*\d{1,2}\s*日)?|[一二三四五六七八九〇○零OΟ]{4}年[一二三四五六七八九十]{1,2}月"
    r"(?:[一二三四五六七八九十]{1,3}[日口])?|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})"
)


#: A line wholly in Latin letters: a name's English rendering (Suzhou Industrial Park Administrative Committee).
RE_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .,'&()\-]{3,80}")


def signed_name(text: str) -> str | None:
    """The name printed above the date that closes a report, its lines joined (a long name set
    over two lines: 新疆生产建设兵团第七师 / 胡杨河市), else None.

    >>> signed_name("无。\\n新疆生产建设兵团第七师\\n胡杨河市\\n2024年1月24日\\n")
    '新疆生产建设兵团第七师胡杨河市'
    >>> signed_name("无。\\n某县人民政府\\n2024年1月24日"), signed_name("本年度无其他事项。\\n联系电话：1234")
    ('某县人民政府', None)
    >>> signed_name("无。\\n（盖章）\\n2024年1月24日") is None  # the seal's word alone names no one
    True

    An English rendering set between the name and the date is passed over:

    >>> signed_name("无。\\n某开发区管理委员会\\nAdministrative Committee of X Zone\\n2024年1月24日")
    '某开发区管理委员会'
    >>> signed_name("无。\\nAdministrative Committee of X Zone\\n2024年1月24日") is None
    True
    """
    lines = [_compact(line) for line in text[-400:].strip().split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 2 or not RE_SIGNATURE_DATE_LINE.fullmatch(lines[-1]):
        return None
    names: list[str] = []
    for line in reversed(lines[:-1]):
        if not names and RE_LATIN_NAME.fullmatch(line):
            continue  # the name's English rendering under it (a zone's committee writing for investors)
        if len(names) == 2 or not re.fullmatch(r"[\u4e00-\u9fff〇（）()]{2,30}", line):  # 〇: 第六师一〇三团
            break
        names.insert(0, line)
    name = "".join(names)
    return name if name and not re.fullmatch(SEAL_WORD, name) else None


def _without_latin_lines(tail: str) -> str:
    """``tail`` without the lines written wholly in Latin letters (a name's English rendering).

    >>> _without_latin_lines("无。\\n某开发区管理委员会\\nAdministrative Committee of X Zone\\n2024年1月24日")
    '无。\\n某开发区管理委员会\\n2024年1月24日'
    """
    return "\n".join(line for line in tail.split("\n") if not RE_LATIN_NAME.fullmatch(line.strip()))


def _joined_signature(tail: str) -> str:
    """``tail`` with a signature's name set over two lines joined into one line."""
    name = signed_name(tail)
    lines = tail.rstrip().split("\n")
    if not name or len(lines) < 3 or _compact(lines[-3]) + _compact(lines[-2]) != name:
        return tail
    return "\n".join([*lines[:-3], name, lines[-1]])


#: A title line among the first lines of a report: it names a report (报告, 年报).
RE_TITLE_LINE = re.compile(r"(?:报告|年报)(?:[（(][^）)]{0,12}[）)])?$")


@functools.lru_cache(maxsize=1)
def _byline_regex() -> re.Pattern[str]:
    body = _places()["body"]
    return re.compile(r"(?P<org>[\u4e00-\u9fff（）()]{2,40}?" + body + r")(?:" + SEAL_WORD + r")?")


def _byline(head: str) -> str | None:
    """The body named alone on the line under the report's title, as a byline is printed (the
    title names no body: 政府信息公开工作年度报告（2023年度） / 某某旗人民政府 / 2024年1月18日).

    >>> _byline("二〇二二年政府信息公开工作年度报告\\n昌都市卡若区人民政府\\n二〇二三年一月二十日\\n一、总体情况")
    '昌都市卡若区人民政府'
    >>> _byline("某县人民政府2022年政府信息公开工作年度报告\\n一、总体情况\\n县人民政府") is None
    True
    """
    lines = [_compact(line) for line in head[:1500].split("\n")[:10]]
    lines = [line for line in lines if line]
    for prev, line in itertools.pairwise(lines):
        if RE_TITLE_LINE.search(prev) and len(prev) <= 60 and (m := _byline_regex().fullmatch(line)):
            return m.group("org")
    return None


#: A government named by its level alone: 自治区人民政府, 省政府, 市人民政府.
RE_LEVEL_GOVERNMENT = re.compile(r"^(?:省|自治区|市|州|盟|区|县|旗)(?:人民)?政府$")


def _speaks_as_government(government: str, speakers: list[str]) -> bool:
    """Whether an opening sentence of the report speaks as ``government`` itself (its full name or
    its level alone: 2023年，自治区人民政府坚持…), so that its 办公厅 only compiles the report.

    >>> _speaks_as_government("广西壮族自治区人民政府", ["自治区人民政府"])
    True
    >>> _speaks_as_government("河北省人民政府", ["省政府办公厅", "本厅"]), _speaks_as_government("河北省人民政府", [])
    (False, False)
    """
    for speaker in speakers:
        speaker = RE_LEAD_WORDS.sub("", _compact(speaker))
        if speaker == government or RE_LEVEL_GOVERNMENT.match(speaker):
            return True
    return False


def _clean_body(name: str) -> str | None:
    """A candidate name without lead words, or None when it is not a body's name."""
    name = _compact(name)
    name = RE_LEAD_WORDS.sub("", name)
    places = _places()
    if places["self_ref"].fullmatch(name):
        return name
    if len(name) < 3 or len(name) > 40 or re.search(r"[《》“”\"]|以来|期间|全年|工作|同志|成立|了|的|等", name):
        return None
    if re.match(r"[全各该]", name) and not _known_county_at_start(name):
        return None  # 全县政府, 各区直部门: not one body (全州县人民政府 is one)
    m = RE_SHORT_PLACE.match(name)
    if m and re.fullmatch(places["body"], name[m.end() :]):
        return None  # 区办公室, 县政府: no department named
    trimmed = _trim_left(name)
    if trimmed != name and (parse_places(trimmed) or _is_short(trimmed)):
        name = trimmed
    if not (parse_places(name) or _is_short(name) or name in places["national"] or RE_NATIONAL.match(name)
            or zone_county(name)):  # 义乌经济技术开发区管理委员会: a county's zone named by the county's stem
        return None
    for short, full in places["abbreviations"].items():
        if name.endswith(short) and not name.endswith(full):
            name = name[: -len(short)] + full
    return name


def _known_county_at_start(name: str) -> bool:
    """Whether ``name`` starts with a county the division list knows (全州县, 全椒县, 龙胜各族自治县).

    >>> _known_county_at_start("全州县人民政府"), _known_county_at_start("全县人民政府")
    (True, False)
    """
    county = parse_places(name).get("county") or ""
    return bool(county) and name.startswith(county) and bool(divisions.county_parents(county))


def find_title(doc: Document) -> str | None:
    """The report title: header ``标题``, else the first line(s) with 年度报告, else HTML <title>.

    >>> find_title(Document(text="洪泽区人民政府\\n2023 年政府信息公开工作年度报告\\n正文", raw_text="", offsets=[], sha256=""))
    '洪泽区人民政府2023年政府信息公开工作年度报告'
    """
    head = _bare_title((doc.header or {}).get("标题", "").strip())
    if head and _names_document(head):
        return _report_part(head)
    lines = doc.text[:3000].split("\n")
    for k, line in enumerate(lines):
        title = _bare_title(_compact(line))
        if RE_KEY_VALUE.match(title):
            continue  # 栏目：政府信息公开年报 is a crawler's field, not the title
        if k == 0 and not (title.endswith("年度报告") or RE_OTHER_TITLE.search(title)):
            title = _flat_title(title) or title  # a flattened text: the title runs into the body
        if (title.endswith("年度报告") or RE_OTHER_TITLE.search(title)) and len(title) <= 60:
            rest = _places()["noise"].sub("", title)
            prev = next((p for p in reversed(lines[:k]) if p.strip()), "")
            if len(rest) < 2 or len(title) <= 6:
                title = _bare_title(_compact(prev)) + title
            elif (head := _title_head(prev)) and not parse_places(rest) and parse_places(find_issuer(head + title) or ""):
                title = head + title  # 某自治区民族宗教事务委员会2022年政府信息 / 公开工作年度报告: one title cut in two
            return _report_part(title)  # 某市人民政府门户网站—某市统计局2022年…年度报告: the report's part
    printed = _bare_title(_compact((doc.header or {}).get(PAGE_HEADER, "")))
    if _names_report(printed):
        return printed  # a Word file's page header (页眉) that prints the title on every page
    m = RE_HTML_TITLE.search(doc.raw_text or "")
    page = (doc.header or {}).get("网页标题") or (m.group(1) if m else "")
    title = _report_part(RE_TITLE_PREFIX.sub("", _compact(page)))
    return title if _names_report(title) else None  # 详细信息, 某某省人民政府门户网站: not a title


#: A line that cannot be the first half of a title cut over two lines: sentence punctuation, a
#: breadcrumb's separators, a crawler's field.
RE_NOT_TITLE_HEAD = re.compile(r"[。，,；;：:！？!?>＞»|｜]")


def _title_head(line: str) -> str | None:
    """The first half of a title cut over two lines (``大连市中山区青泥洼桥街道`` before
    ``办事处2022年政府信息公开工作年度报告``): a short line without sentence punctuation that names
    a place; None for anything else.

    >>> _title_head("广西壮族自治区民族宗教事务委员会2022年政府信息"), _title_head("根据《条例》，编制本报告。")
    ('广西壮族自治区民族宗教事务委员会2022年政府信息', None)
    """
    head = _bare_title(_compact(line))
    if not 4 <= len(head) <= 40 or RE_NOT_TITLE_HEAD.search(head) or not parse_places(head):
        return None
    return head


def _bare_title(line: str) -> str:
    """A title line without the Markdown marks, scraper key or bracketed column name around it.

    >>> _bare_title("**某县2022年政府信息公开工作年度报告**"), _bare_title("## 标题：某县年报")
    ('某县2022年政府信息公开工作年度报告', '某县年报')
    """
    return RE_TITLE_SUFFIX.sub("", RE_TITLE_PREFIX.sub("", line))


#: A title that names a document: a report (报告, 年报), another kind of paper or a year.
RE_DOCUMENT = re.compile(r"报告|年报|公告|通知|(?:19|20)\d\d|[〇○零一二]{4}")


def _names_document(title: str) -> bool:
    """Whether a crawl's title column names a document, not only the site it was taken from
    (``五大连池市人民政府``, ``黑河市人民政府门户网站``, ``某区人民政府-政府信息公开``: the site's name
    the crawler kept when the page had no title of its own).

    >>> _names_document("某县2022年政府信息公开工作年度报告"), _names_document("黑河市人民政府门户网站")
    (True, False)
    """
    return bool(RE_DOCUMENT.search(title))


def _names_report(title: str) -> bool:
    """Whether a page's title names a report (ends with 年度报告/年报 or the genre's name), not
    only a site or a column.

    >>> _names_report("某县2020年政府信息公开工作年度报告"), _names_report("广东省人民政府门户网站")
    (True, False)
    """
    return bool(title) and len(title) <= 60 and (title.endswith(("年度报告", "年报")) or bool(RE_OTHER_TITLE.search(title)))


#: The separator between a page's title and its site's name in a crawled title (``网站-标题``, ``标题_网站``).
RE_SITE_SEPARATOR = re.compile(r"\s*(?:(?<!\d)(?:[-_|｜–]|——|—)(?!\d))\s*")


def _report_part(title: str) -> str:
    """The report's own title out of a crawled page title that joins it to the site's name.

    >>> _report_part("庆阳市人民政府门户网站-庆阳市人民政府2019年政府信息公开工作年度报告")
    '庆阳市人民政府2019年政府信息公开工作年度报告'
    >>> _report_part("某县2019-2020年政府信息公开工作年度报告"), _report_part("某县2019年政府信息公开工作年度报告")
    ('某县2019-2020年政府信息公开工作年度报告', '某县2019年政府信息公开工作年度报告')
    """
    parts = [p for p in RE_SITE_SEPARATOR.split(title) if p]
    if len(parts) < 2:
        return title
    reports = [p for p in parts if RE_OTHER_TITLE.search(p) or p.endswith("年度报告")]
    return reports[0] if len(reports) == 1 else title


#: A title at the start of a flattened text: no sentence punctuation before the genre's ending.
RE_FLAT_TITLE = re.compile(r"[^。；;，,：:《》\n]{2,54}?(?:年度报告|年报|(?:公开|工作|情况)的?报告)")
#: Words that open a sentence, never a title (现将…年度报告公布如下).
RE_NOT_TITLE_START = re.compile(r"^(?:现将|现|根据|按照|依据|依照|本|特|经|为)")


def _flat_title(line: str) -> str | None:
    """The title that opens a flattened text (望江县2014年政府信息公开工作年度报告一、…), or None.

    >>> _flat_title("望江县2014年政府信息公开工作年度报告一、健全机制"), _flat_title("现将本局2014年度报告公布")
    ('望江县2014年政府信息公开工作年度报告', None)
    >>> _flat_title("平阳县人民政府关于2015年度政府信息公开工作的报告一、加强组织领导")
    '平阳县人民政府关于2015年度政府信息公开工作的报告'
    """
    m = RE_FLAT_TITLE.match(line)
    if not m or RE_NOT_TITLE_START.match(line):
        return None
    return m.group()


#: A notice that publishes a report (…关于印发/公布…): ``named`` is the body in the report's own title.
RE_NOTICE = re.compile(r"关于(?:印发|公布|发布|公开)(?:《)?(?P<named>[^《》]*?)(?:》)?(?:的(?:通知|公告))?$")


#: A government (or, once its office is taken off, a government's office) as the author of ``…关于…的报告``.
RE_GOVERNMENT_AUTHOR = re.compile(r"(?:人民政府|政府|行政公署)$")


def find_issuer(title: str | None, preamble: str = "") -> str | None:
    """The reporting body named in the title, completed from the preamble.

    A bare place becomes its government (高台县 → 高台县人民政府; a zone → its 管委会); a name
    that the preamble gives with its city in front takes that fuller form.

    >>> find_issuer("洪泽区人民政府2023年政府信息公开工作年度报告", "由淮安市洪泽区人民政府办公室编制")
    '淮安市洪泽区人民政府'
    >>> find_issuer("武义县人民政府办公室关于印发武义县2022年政府信息公开工作年度报告的通知")
    '武义县人民政府'
    >>> find_issuer("会宁县人民政府办公室关于会宁县2023年度政府信息公开工作情况的报告")
    '会宁县人民政府'
    >>> find_issuer("翠苑一区社区2023年度信息公开工作报告"), find_issuer("小岗村2022年度信息公开工作报告")
    ('翠苑一区社区居民委员会', '小岗村村民委员会')
    """
    if not title:
        return None
    places = _places()
    name = _bare_title(_compact(title))
    while (cleaner := places["noise"].sub("", name)) != name:  # 政府信息公开工作2022年度报告: twice
        name = cleaner
    if m := RE_NOTICE.search(name):  # X办公室关于印发Y年度报告的通知: the report is Y's
        name = m.group("named") or RE_COMPILING_OFFICE.sub("", name[: m.start()])
    elif (k := name.find("关于", 1)) > 0 and (subject := name[k + 2 :]) and parse_places(subject):
        # X县人民政府办公室关于X县2023年度政府信息公开工作情况的报告: a government's office reports on the
        # work of the place it serves; a department's report on its place's work is the department's own
        name = subject if RE_GOVERNMENT_AUTHOR.search(RE_COMPILING_OFFICE.sub("", name[:k])) else name[:k]
    name = _first_of_joint(re.sub(r"^关于|关于$|的?$", "", name).strip("，,：:"))
    if not name:
        return None
    for short, full in places["abbreviations"].items():
        if name.endswith(short) and not name.endswith(full):
            name = name[: -len(short)] + full
    if re.fullmatch(r"全[省市县区州盟旗镇乡]", name):
        return None  # 2022年全县政府信息公开工作年度报告: the whole county's report names no body (its 落款 does)
    if re.search(r"(综合实验区|新区|开发区|经开区|高新区|工业园区|保税区|保税港区|风景名胜区|风景区)$", name):
        name += "管委会"
    elif name.endswith("社区"):
        name += "居民委员会"  # a community reports through its residents' committee, not a government (社区 ends in 区)
    elif re.search(r"(?<![农乡])村$", name):
        name += "村民委员会"  # a village through its villagers' committee
    elif re.search(r"[省市县区旗镇乡州]$", name) or name in places["provinces"]:
        name += "人民政府"
    elif name.endswith("街道"):
        name += "办事处"
    elif name.endswith("苏木"):
        name += "人民政府"  # 苏木 (an Inner Mongolian township) reports as its government, as a 镇 or 乡 does
    name = _full_prefecture(name)
    before = _texts_before(name, _compact(preamble), longest=_longest_upper())
    if before:
        for upper in list(places["cities"]) + list(places["provinces"]):
            if upper in before and not name.startswith(upper):  # (upper + name) in the preamble
                return upper + name
    return name


#: A party committee's organ (中共某县委办公室, 某市委宣传部, 中共某县委统战部) followed by a body of the same place.
RE_PARTY_AND_GOVERNMENT = re.compile(
    r"^(?:中共|中国共产党)?(?P<place>[\u4e00-\u9fff]{1,12}?(?:省|自治区|市|州|盟|县|区|旗))委(?:员会)?"
    r"(?:办公室|办|[\u4e00-\u9fff]{2,8}?部|[\u4e00-\u9fff]{2,10}?委员会办公室)[、，,/／]?(?P<body>[\u4e00-\u9fff（）()]{4,40})$"
)


#: A town's, 乡's, street's or county's Party committee (中共某镇委员会, 某街道党工委) named before the government of
#: the same place (某镇人民政府, 某街道办事处): the two sign a township's report together.
RE_PARTY_COMMITTEE_AND_GOVERNMENT = re.compile(
    r"^(?:中共|中国共产党)?(?P<place>[\u4e00-\u9fff]{1,14}?(?:镇|乡|街道|苏木|县|区|市|旗))"
    r"(?:委员会|工作委员会|党委|党工委|委)[、，,/／\s]?(?P<body>[\u4e00-\u9fff]{2,30}?(?:人民政府|办事处))$"
)


def _first_of_joint(name: str) -> str:
    """Of the issuer part of a title that two bodies sharing one office publish together, each
    named in full with its own places (``天津市市场监督管理委员会天津市知识产权局``), the first body;
    any other name as it is.

    >>> _first_of_joint("天津市市场监督管理委员会天津市知识产权局")
    '天津市市场监督管理委员会'
    >>> _first_of_joint("嘉兴市发展和改革委员会、嘉兴市能源局")
    '嘉兴市发展和改革委员会'
    >>> _first_of_joint("上海市浦东新区人民政府陆家嘴街道办事处"), _first_of_joint("国家税务总局海口市税务局")
    ('上海市浦东新区人民政府陆家嘴街道办事处', '国家税务总局海口市税务局')

    A party organ named with the government body it shares an office with (中共某县委办公室 某县人民政府
    办公室, 中共某市委宣传部、某市新闻出版局) is not the reporting body: only the government half falls
    under the 条例.

    >>> _first_of_joint("中共息烽县委办公室息烽县人民政府办公室"), _first_of_joint("中共息烽县委办公室")
    ('息烽县人民政府办公室', '中共息烽县委办公室')

    So is a town's Party committee named before the town's government (a title both sign):

    >>> _first_of_joint("中共兴坪镇委员会兴坪镇人民政府"), _first_of_joint("兴坪镇人民政府")
    ('兴坪镇人民政府', '兴坪镇人民政府')
    """
    if (m := RE_PARTY_COMMITTEE_AND_GOVERNMENT.match(name)) and m.group("body").startswith(m.group("place")):
        return m.group("body")
    if (m := RE_PARTY_AND_GOVERNMENT.match(name)) and m.group("body").startswith(m.group("place")) and (
            re.search(_places()["body"] + "$", m.group("body")) and parse_places(m.group("body"))):
        return m.group("body")
    for m in re.finditer(_places()["body"], name):
        first, second = name[: m.end()], name[m.end() :].lstrip("、，,/／ ")  # 甲局、乙局: two bodies
        if len(second) < 4 or not parse_places(first) or not re.search(_places()["body"] + "$", second):
            continue
        theirs = parse_places(second)
        if (theirs.get("province") or theirs.get("city") or theirs.get("county")) and second.startswith(
                _province_at(second) or _city_at(second, 0) or "\0"):
            return first
    return name


def _texts_before(word: str, text: str, *, longest: int) -> set[str]:
    """Every string of up to ``longest`` characters that stands right before an occurrence of
    ``word`` in ``text`` (``""`` included): ``x + word in text`` exactly when ``x`` is one.

    >>> sorted(_texts_before("局", "甲乙局丙局", longest=2))
    ['', '丙', '乙', '局丙', '甲乙']
    """
    out: set[str] = set()
    i = text.find(word)
    while i >= 0:
        out.update(text[i - k : i] for k in range(min(i, longest) + 1))
        i = text.find(word, i + 1)
    return out


@functools.lru_cache(maxsize=1)
def _longest_upper() -> int:
    """The longest prefecture or province name."""
    places = _places()
    return max(map(len, [*places["cities"], *places["provinces"]]), default=0)


def _full_prefecture(name: str) -> str:
    """A name that starts with an autonomous prefecture's short form, written out in full
    (黔东南州人民政府 → 黔东南苗族侗族自治州人民政府)."""
    m = RE_SHORT_PREFECTURE.match(name)
    full = _autonomous_prefecture(m.group("stem")) if m else None
    return full + name[m.end():] if full and m else name


#: The short form of an autonomous prefecture: its place name and 州 (恩施州, 黔东南州).
RE_SHORT_PREFECTURE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,3}?)州(?!市)")


def _autonomous_prefecture(stem: str) -> str | None:
    """The one 自治州 of the place table whose name starts with ``stem`` (恩施 → 恩施土家族苗族自治州)."""
    found = [c for c in _places()["cities"] if c.endswith("自治州") and c.startswith(stem)]
    return found[0] if len(found) == 1 else None


def _header_issuer(header: dict[str, str]) -> str | None:
    """The issuer from a header field (``发布机构``, ``发布单位``, ``来源``), when it names a body.

    A portal or website (``来源：某某市人民政府门户网站``) is not an issuer.

    >>> _header_issuer({"来源": "某某市人民政府门户网站"}), _header_issuer({"发布机构": "江西省民政厅"})
    (None, '江西省民政厅')
    """
    places = _places()
    for key in ISSUER_KEYS:
        value = _compact(header.get(key, ""))
        if not value or places["portal"].search(value) or len(value) > 40:
            continue
        if _is_body(value) and (parse_places(value) or _is_short(value) or value in places["national"]
                                or RE_NATIONAL.match(value)):
            return RE_COMPILING_OFFICE.sub("", _expand(value))  # 某某县人民政府办公室 posts for 某某县人民政府
    return None


def admin_level(issuer: str) -> str | None:
    """Admin level of a body from its name's suffix (rules in places.yaml).

    >>> admin_level("高台县人民政府"), admin_level("平潭综合实验区管委会"), admin_level("上海市科学技术委员会")
    ('county', 'city', 'department')
    """
    if issuer in _places()["national"]:
        return "department"
    for level, regex in _places()["level_rules"]:
        if regex.search(issuer):
            if level == "city" and _county_level_city(issuer):
                return "county"
            if level == "county" and _prefecture_district(issuer):
                return "district"  # 碑林区 is a district of 西安市; 神农架林区 is a forestry area
            if level == "city" and zone_county(issuer):
                return "county"  # 南陵县经济开发区管理委员会: a county's zone, as its county is
            return str(level)
    return None


#: A development zone's committee whose name is a place, maybe the zone's own name, and the zone's word
#: (南陵县经济开发区管理委员会, 沭阳经济技术开发区管理委员会, 株洲高新区管委会).
RE_ZONE_COMMITTEE = re.compile(
    r"^(?P<head>[\u4e00-\u9fff]{2,8}?)(?:国家级?)?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区"
    r"|工业园区)(?:管理委员会|管委会)$"
)


def zone_county(issuer: str) -> dict[str, str] | None:
    """The places of a development zone's committee named after a county-level unit (county, and its
    province and prefecture where the national list gives one): the zone is that county's, as a zone
    named after a city (株洲高新区) is the city's. The unit is written in full (南陵县经济开发区) or by its stem
    when the stem names one county-level unit (县, 市 or 旗) and no prefecture (沭阳 → 沭阳县, 义乌 → 义乌市);
    a 综合实验区 or 新区 (平潭综合实验区) is not a county's zone.

    >>> zone_county("沭阳经济技术开发区管理委员会")["county"], zone_county("南陵县经济开发区管理委员会")["county"]
    ('沭阳县', '南陵县')
    >>> zone_county("株洲高新技术产业开发区管理委员会"), zone_county("长沙经济技术开发区管理委员会"), zone_county("平潭综合实验区管委会")
    (None, None, None)
    """
    m = RE_ZONE_COMMITTEE.match(_compact(issuer))
    if not m:
        return None
    head = m.group("head")
    found = parse_places(head)
    if found.get("county"):
        return found if head.endswith(found["county"]) else None  # the zone's own name after the county: not known
    if found.get("city") or found.get("province") or _city_at(head, 0) or head + "市" in _places()["cities"]:
        return None  # named after a prefecture (株洲, 长沙: 长沙县 is not meant) or a province
    units = [(province, city, head + suffix) for suffix in "县市旗" for province, city in divisions.county_parents(head + suffix)]
    if len(units) != 1:
        return None  # 鼓楼: several units, or none
    province, city, county = units[0]
    return {k: v for k, v in (("province", province), ("city", city), ("county", county)) if v}


def _prefecture_district(issuer: str) -> bool:
    """Whether a government named after a …林区 is a prefecture's district (西安市碑林区), not a
    province's forestry area (神农架林区): the national list gives it a prefecture.

    >>> _prefecture_district("西安市碑林区人民政府"), _prefecture_district("神农架林区人民政府")
    (True, False)
    """
    county = parse_places(issuer).get("county", "")
    parents = divisions.county_parents(county) if county.endswith("区") else []
    return bool(parents) and all(city for _, city in parents)


def _county_level_city(issuer: str) -> bool:
    """Whether a government named after a 市 is a county-level city's (海安市人民政府, 石狮市):
    the 市 is a county of the national division list and not a prefecture of the place table."""
    county = parse_places(issuer).get("county", "")
    return (county.endswith("市") and re.sub(r"人民政府$", "", issuer).endswith(county)
            and county not in _places()["cities"] and bool(divisions.county_parents(county)))


def parse_places(name: str) -> dict[str, str]:
    """Parse the place names at the start of a body's name, left to right (cached; see
    :func:`_parse_places`).

    >>> parse_places("河南省南阳市卧龙区人民政府")
    {'province': '河南省', 'city': '南阳市', 'county': '卧龙区'}

    A village's or community's committee has the places written before the village or community
    (翠苑一区社区 is no 区):

    >>> parse_places("翠苑一区社区居民委员会"), parse_places("凤阳县小溪河镇小岗村村民委员会")["county"]
    ({}, '凤阳县')
    """
    if m := RE_GRASSROOTS_COMMITTEE.search(name):  # the places end with the township (or county) before it
        name = name[: max((b.end() for b in RE_GRASSROOTS_UPPER.finditer(name, 0, m.start())), default=0)]
    return dict(_parse_places(name)) if name else {}


#: A village's or a community's committee at the end of a name (小岗村村民委员会, 翠苑一区社区居民委员会).
RE_GRASSROOTS_COMMITTEE = re.compile(r"(?:社区|村)(?:居民委员会|村民委员会|居委会|村委会)$")
#: The words that end the places before a village or community (its township, else its county).
RE_GRASSROOTS_UPPER = re.compile(r"街道|镇|乡|苏木|县|旗|市")


@functools.lru_cache(maxsize=4096)
def _parse_places(name: str) -> tuple[tuple[str, str], ...]:
    """Parse the place names at the start of a body's name, left to right.

    Province (a 省/自治区 name, a municipality or a short name 湖北), then prefecture (from
    the table of prefecture-level units, else a name ending in 市/自治州/地区/盟), then a
    county-level unit (县/区/旗/市), then a township (镇/乡/街道). Each level is optional; a
    level is only read where the previous one ended, never by slicing a fixed width.

    >>> dict(_parse_places("河南省南阳市卧龙区人民政府"))
    {'province': '河南省', 'city': '南阳市', 'county': '卧龙区'}
    >>> dict(_parse_places("伊犁哈萨克自治州伊宁县人民政府"))
    {'province': '新疆维吾尔自治区', 'city': '伊犁哈萨克自治州', 'county': '伊宁县'}
    >>> dict(_parse_places("长沙县黄兴镇人民政府"))
    {'province': '湖南省', 'city': '长沙市', 'county': '长沙县', 'township': '黄兴镇'}
    >>> dict(_parse_places("西盟佤族自治县力所拉祜族乡人民政府"))["county"]
    '西盟佤族自治县'
    """
    places = _places()
    found: dict[str, str] = {}
    name = _compact(name)
    name = re.sub(r"^中共", "", name)
    if RE_NATIONAL.match(name):
        return ()
    if corps := corps_places(name):  # 新疆生产建设兵团第八师: the division is the prefecture
        return tuple(corps.items())
    pos = 0
    cities: dict[str, dict[str, Any]] = places["cities"]
    # province: a full name, else a short name not followed by a unit suffix (吉林市 is a city)
    full = _province_at(name)
    if full:
        found["province"], pos = full, len(full)
    elif not _city_at(name, 0) and (short := _province_short_at(name)):
        found["province"], pos = short
    province = found.get("province")
    if province in places["municipalities"]:
        found["city"] = province
    else:
        city = _city_at(name, pos)
        if city is None:
            m = RE_PREFECTURE.match(name, pos)
            whole = _county_at(name, pos)  # 西盟佤族自治县 is one county, not the 盟 西盟 and a 佤族自治县
            if m and whole and len(whole) > m.end() - pos:
                m = None
            if m and not RE_NOT_COUNTY.search(m.group()) and m.group() not in places["counties"]:
                rest = name[m.end() :]
                if not m.group().endswith("市") or _county_at(rest, 0) or province:
                    city = m.group()
                    if city.endswith("市") and province and not _county_at(rest, 0):
                        city = None  # 浙江省兰溪市: a county-level city under the province
        if city is not None:
            found["city"] = city
            pos += len(city)
            province = cities.get(city, {}).get("province") or _successor_province(city)
            if province and "province" not in found:
                found["province"] = province
    county = _county_at(name, pos)
    if county:
        found["county"] = county
        pos += len(county)
    township = RE_TOWNSHIP.match(name, pos)
    if township and not RE_NOT_COUNTY.search(township.group()) and not RE_NOT_TOWNSHIP.search(township.group()):
        found["township"] = township.group()
    if county and "city" not in found:
        city = places["counties"].get(county, {}).get("city") or _city_of_county(county, cities)
        if city is None:
            province, city = _county_parent(county, found.get("province"))
            if province:
                found.setdefault("province", province)
        if city:
            found["city"] = city
            found.setdefault("province", cities.get(city, {}).get("province", ""))
            if not found["province"]:
                del found["province"]
    return tuple((key, found[key]) for key in ("province", "city", "county", "township") if key in found)


def _successor_province(prefecture: str) -> str | None:
    """The province of a 地区 that became the prefecture-level city of the same name (林芝地区 →
    林芝市, 2015; 海东地区 → 海东市, 2013), from that city's row of the place table, else None.

    >>> _successor_province("林芝地区"), _successor_province("某某地区")
    ('西藏自治区', None)
    """
    if not prefecture.endswith("地区"):
        return None
    return _places()["cities"].get(prefecture[: -len("地区")] + "市", {}).get("province")


def _city_at(name: str, pos: int) -> str | None:
    """The longest table prefecture (full name or alias) at ``name[pos:]``, as its full name."""
    forms, longest = _city_forms()
    for size in range(min(longest, len(name) - pos), 0, -1):
        for full, alias in forms.get(name[pos : pos + size], ()):
            if alias and name[pos + size : pos + size + 1] in ("市", "县", "区", "州", "旗"):
                continue  # 长沙县 is not 长沙(市) + 县
            return full
    if (m := RE_SHORT_PREFECTURE.match(name, pos)) and (full := _autonomous_prefecture(m.group("stem"))):
        return full
    if m := RE_CITY_ZONE.match(name, pos):
        stem, cities = m.group("stem"), _places()["cities"]
        # a development zone named after its city's stem, its own name of two or three characters between
        # (乌鲁木齐经济技术开发区, 大连长兴岛经济技术开发区): the lazy stem may stop inside a longer one
        for size in (4, 3, 2):
            if name[pos:pos + size] + "市" in cities and RE_ZONE_AFTER_STEM.match(name, pos + size):
                return name[pos:pos + size] + "市"
        if stem + "市" in cities:
            return stem + "市"  # 芜湖经济技术开发区, 拉萨海关, 南宁住房公积金管理中心: named after its city
        # named after an autonomous prefecture, a 地区 or a 盟 by its stem: (…总局)黔东南监管分局, 阿里监管分局;
        # not a stem that also names a county-level city, its seat (喀什海关 is 喀什市's, not 喀什地区's)
        if divisions.county_parents(stem + "市"):
            return None
        return _autonomous_prefecture(stem) or next((stem + s for s in ("地区", "盟") if stem + s in cities), None)
    return None


#: A development zone, new area, customs district or another vertically managed or special body
#: named after its prefecture city without 市: 芜湖经济技术开发区, 长沙高新区, 海口国家高新技术产业开发区,
#: 大连金普新区, 苏州工业园区, 拉萨海关, 南宁住房公积金管理中心, (国家金融监督管理总局)温州监管分局, 宁波海事局.
RE_CITY_ZONE = re.compile(
    r"(?P<stem>[\u4e00-\u9fff]{2,4}?)(?:[\u4e00-\u9fff]{2}(?=经济技术开发区|高新技术产业开发区))?(?:国家级?)?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|综合保税区|保税港区|保税区|经开区"
    r"|工业园区|风景名胜区|风景区|[\u4e00-\u9fff]{0,3}?新区|海关$|住房公积金管理中心$|监管分局$|检查分局$|海事局$|调查队$)"
)


#: After a city's stem: a development zone's own name (none, or two or three characters) and its word.
RE_ZONE_AFTER_STEM = re.compile(
    r"(?:[\u4e00-\u9fff]{2,3}?)?(?:国家级?)?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|综合保税区|保税港区|经开区)"
)


def _province_at(name: str) -> str | None:
    """The (longest) full province name ``name`` starts with."""
    provinces = _places()["provinces"]
    _, _, longest = _province_forms()
    return next((name[:k] for k in range(min(longest, len(name)), 0, -1) if name[:k] in provinces), None)


def _province_short_at(name: str) -> tuple[str, int] | None:
    """(full name, length of the short name) of the first province in table order whose first
    short name that ``name`` starts with (湖北, 湘) is not followed by a unit suffix (吉林市 is a
    city): the province's other short names are not tried."""
    index, longest, _ = _province_forms()
    firsts: dict[int, tuple[int, int, str]] = {}  # province order → (short order, length, full)
    for size in range(1, min(longest, len(name)) + 1):
        for order, short_order, full in index.get(name[:size], ()):
            if order not in firsts or short_order < firsts[order][0]:
                firsts[order] = (short_order, size, full)
    for order in sorted(firsts):
        _, size, full = firsts[order]
        if name[size : size + 1] not in ("市", "县", "区", "州"):
            return full, size
    return None


@functools.lru_cache(maxsize=1)
def _province_forms() -> tuple[dict[str, list[tuple[int, int, str]]], int, int]:
    """Short name → [(province order, short name order, full name)] of the place table, the
    longest short name's length and the longest full name's length."""
    provinces: dict[str, list[str]] = _places()["provinces"]
    index: dict[str, list[tuple[int, int, str]]] = {}
    for order, (full, shorts) in enumerate(provinces.items()):
        for short_order, short in enumerate(shorts):
            if short:
                index.setdefault(short, []).append((order, short_order, full))
    return index, max(map(len, index), default=0), max(map(len, provinces), default=0)


@functools.lru_cache(maxsize=1)
def _city_forms() -> tuple[dict[str, list[tuple[str, bool]]], int]:
    """Every written form of the place table's prefectures (full names and aliases) →
    [(full name, is an alias)] in table order, and the longest form's length."""
    forms: dict[str, list[tuple[str, bool]]] = {}
    for full, info in _places()["cities"].items():
        for form in (full, *[a for a in info.get("aliases", []) or [] if a]):
            forms.setdefault(form, []).append((full, form != full))
    return forms, max(map(len, forms), default=0)


def _county_at(name: str, pos: int) -> str | None:
    """The county-level unit at ``name[pos:]``; a bare level word is no name (省市场监督管理局 has
    none, 市中区 is one)."""
    m = RE_COUNTY.match(name, pos)
    if not m or len(m.group()) < 2 or m.group()[:-1] in RE_LEVEL_WORDS or m.group() == "自治区":
        return None  # 自治区 alone is a region's level word (自治区商务厅), like 省
    after = name[m.end() : m.end() + 1]
    if m.group().endswith("市") and after in ("区", "县") and divisions.county_parents(m.group() + after):
        return m.group() + after  # 新市区 (乌鲁木齐市), not 新市
    if m.group().endswith("市") and after == "市" and divisions.county_parents(m.group() + after):
        return m.group() + after  # 津市市 (常德市): a county-level city whose own name ends in 市
    if RE_NOT_COUNTY.search(m.group()) and not divisions.county_parents(m.group()):
        return None  # 开发区, 市场 …; but 浦东新区 is a county-level unit of the division list
    if (m.group().endswith("市") and name.startswith(("镇", "乡", "街道"), m.end())
            and not divisions.county_parents(m.group())):
        return None  # 新市镇, 城市乡: a town's own name, no county-level city the division list knows
    return m.group()


#: Where the name of a national body ends (国家矿山安全监察局, 国务院X委员会), before its local bureau's name.
RE_NATIONAL_BODY_END = re.compile(r"总局|总署|局|署|委员会|部")


def _local_bureau(issuer: str) -> dict[str, str]:
    """The places of a national administration's local bureau (国家税务总局广东省税务局 →
    广东省): the name after the national body's own name, parsed as a body's name.

    >>> _local_bureau("国家税务总局广东省税务局")["province"], _local_bureau("国家税务总局")
    ('广东省', {})
    >>> _local_bureau("中华人民共和国大连海关")["city"], _local_bureau("中华人民共和国外交部")
    ('大连市', {})
    >>> _local_bureau("国家矿山安全监察局山西局"), _local_bureau("国家药品监督管理局药品审评中心")
    ({'province': '山西省'}, {})
    """
    national = _places()["national"]
    head = next((n for n in sorted(national, key=len, reverse=True) if issuer.startswith(n)), None)
    head = head or ("中华人民共和国" if issuer.startswith("中华人民共和国") else None)  # 中华人民共和国大连海关
    if head is None and RE_NATIONAL.match(issuer) and (m := RE_NATIONAL_BODY_END.search(issuer, 2)):
        head = issuer[: m.end()]  # a national body the list lacks, then its local bureau: 国家矿山安全监察局|山西局
    rest = issuer[len(head):] if head else ""
    return (parse_places(rest) or _customs_places(rest) or _survey_team_places(rest)) if len(rest) >= 3 else {}


#: A national statistics bureau's survey team named by its county's stem (国家统计局|桐庐调查队).
RE_SURVEY_TEAM = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,4}?)调查队$")


def _survey_team_places(rest: str) -> dict[str, str]:
    """The places of a survey team named by a county-level unit's stem without its level word
    (桐庐调查队 → 桐庐县), when the stem names one unit of the national list; a stem that names
    several (鼓楼: 鼓楼区 of four cities) gives none.

    >>> _survey_team_places("桐庐调查队")["county"], _survey_team_places("鼓楼调查队"), _survey_team_places("桐庐税务局")
    ('桐庐县', {}, {})
    """
    m = RE_SURVEY_TEAM.match(rest)
    if not m:
        return {}
    found = [(province, city, m.group("stem") + suffix) for suffix in "县市旗区"
             for province, city in divisions.county_parents(m.group("stem") + suffix)]
    if len(found) != 1:
        return {}
    province, city, county = found[0]
    return {k: v for k, v in (("province", province), ("city", city), ("county", county)) if v}


def _county_parent(county: str, province: str | None) -> tuple[str | None, str | None]:
    """(province, prefecture) of a county-level unit from the national division list, when the
    name is one unit's (of the given province); 鼓楼区 alone names four and gives none.

    >>> _county_parent("兰考县", None) in ((None, None), ("河南省", "开封市"))
    True
    """
    # (an autonomous county written short, 玉龙县: the parents of the one unit it shortens)
    parents = {pc for pc in divisions.county_parents(county) or divisions.renamed_parents(county)
               or divisions.county_parents(divisions.short_form_county(county) or "")
               if province is None or pc[0] == province}
    if len(parents) != 1:
        return None, None
    (prov, city), = parents
    return prov, city or None


def _city_of_county(county: str, cities: dict[str, dict[str, Any]]) -> str | None:
    """长沙县 → 长沙市: a county named after its prefecture city."""
    stem = re.sub(r"(?:自治县|县)$", "", county)
    if stem != county and stem + "市" in cities:
        return stem + "市"
    return None


#: A prefecture department's branch in one of its counties (鄂尔多斯市生态环境局乌审旗分局).
RE_BRANCH = re.compile(r"(?:局|委员会|委)(?P<county>[\u4e00-\u9fff]{1,10}?(?:县|区|旗|市))分局$")


def _places_of(issuer: str, title: str, level: str | None) -> tuple[str | None, str | None, str | None]:
    places = _places()
    issuer = _bare_title(issuer)
    if (RE_NATIONAL.match(re.sub(r"^中共", "", issuer)) or issuer in places["national"]
            or any(issuer.startswith(n) for n in places["national"])):  # 中国人民银行赣州市中心支行
        local = _local_bureau(issuer)
        if not local:
            return None, None, None  # a national body: no province
        return local.get("province"), local.get("city"), local.get("county")
    name = places["noise"].sub("", _bare_title(_compact(title)))
    # (a county's zone named by the county's stem, 沭阳经济技术开发区管理委员会: the county's places, not a title's)
    found = parse_places(issuer) or zone_county(issuer) or parse_places(name) or _customs_places(issuer)
    province, city, county = found.get("province"), found.get("city"), found.get("county")
    hay = issuer + title
    counties, cities, provinces = _place_names()
    if county is None and (known := wordscan.first_named(hay, counties)):
        county, city = known, city or places["counties"][known]["city"]
    if county is None and city and (branch := RE_BRANCH.search(issuer)) and any(
            c == city for _, c in divisions.county_parents(branch.group("county"))):
        county = branch.group("county")  # 鄂尔多斯市生态环境局乌审旗分局: the branch's county
    if county is None and province and (bare := RE_BARE_BRANCH.search(issuer)):
        city, county = _bare_branch_places(bare.group("stem"), province, city)
    if city is None:
        city = wordscan.first_named(hay, cities)
    if city is None and province is None and level == "other":
        city = _company_city(issuer)
    if province is None and city is not None:
        province = places["cities"].get(city, {}).get("province")
    if province is None:
        province = wordscan.first_named(hay, provinces)
    if province is None and (zone := next((z for z in places.get("zones", {}) if issuer.startswith(z)), None)):
        # 洋浦经济开发区管理委员会: a zone its province runs, named without the province
        province, city = places["zones"][zone]["province"], city or places["zones"][zone].get("city")
    if city is None and province in places["municipalities"]:
        city = province
    if level == "city":
        county = None  # a prefecture-level body (a zone's or new area's 管委会: 两江新区) holds no county
    return province, city, county


#: A company's name: a place, a trade name, the trade and the company's form (有限责任公司, 集团公司).
RE_COMPANY = re.compile(r"(?:有限责任公司|有限公司|股份公司|集团公司|公司)$")


def _company_city(issuer: str) -> str | None:
    """The city a company's name starts with by its stem (兰州威立雅水务（集团）有限责任公司: 兰州市), when exactly one
    prefecture-level city has that stem, else None: a company registers under its place's name, the level word
    left out.

    >>> _company_city("兰州威立雅水务（集团）有限责任公司"), _company_city("威立雅水务有限公司"), _company_city("兰州市第一医院")
    ('兰州市', None, None)
    """
    if not RE_COMPANY.search(issuer):
        return None
    found = [city for city in _places()["cities"]
             if city.endswith("市") and len(city) >= 3 and issuer.startswith(city[:-1])]
    return found[0] if len(found) == 1 else None


#: A branch (分局, 检查分局, 监管分局) of a body named after its place without the level word:
#: 大连市自然资源局甘井子分局 (甘井子区), 江苏省药品监督管理局苏州检查分局 (苏州市).
RE_BARE_BRANCH = re.compile(r"(?:局|委员会|委)(?P<stem>[\u4e00-\u9fff]{2,8}?)(?<![县区旗市])分局$")


def _bare_branch_places(stem: str, province: str, city: str | None) -> tuple[str | None, str | None]:
    """(city, county) of a branch named by ``stem`` (its place without 市/区/县/旗, maybe followed by
    its kind: 苏州检查, 甘井子): under a city body, a county-level unit of that city; under a
    provincial body, a prefecture of that province. Only a place the parent body holds is taken.

    >>> _bare_branch_places("苏州检查", "江苏省", None)
    ('苏州市', None)
    >>> _bare_branch_places("甘井子", "辽宁省", "大连市"), _bare_branch_places("第一检查", "江苏省", None)
    (('大连市', '甘井子区'), (None, None))
    """
    for k in range(min(len(stem), 6), 1, -1):
        place = stem[:k]
        if city:
            for suffix in "区县市旗":
                if any(c == city for _, c in divisions.county_parents(place + suffix)):
                    return city, place + suffix
        elif _places()["cities"].get(place + "市", {}).get("province") == province:
            return place + "市", None
    return city, None


#: A customs office named after its place without the place's level word (昆山海关, 张家港海关).
RE_CUSTOMS = re.compile(r"^(?:中华人民共和国)?(?P<place>[\u4e00-\u9fff]{2,4})海关$")


def _customs_places(issuer: str) -> dict[str, str]:
    """The places of a customs office named after a county-level city without its 市 (昆山海关 →
    江苏省, 苏州市, 昆山市), when the division list knows exactly one such city; else none (黄埔海关,
    拱北海关 are named after districts or ports, and a prefecture's customs, 南京海关, is found by
    its city's alias).

    >>> _customs_places("昆山海关") in ({}, {"province": "江苏省", "city": "苏州市", "county": "昆山市"})
    True
    >>> _customs_places("拱北海关"), _customs_places("昆山市税务局")
    ({}, {})
    """
    m = RE_CUSTOMS.match(issuer)
    if not m:
        return {}
    county = m.group("place") + "市"
    parents = divisions.county_parents(county)
    if len(parents) != 1:
        return {}
    province, city = parents[0]
    return {"province": province, "city": city, "county": county} if city else {"province": province, "county": county}


@functools.lru_cache(maxsize=1)
def _place_names() -> tuple[wordscan.Names, wordscan.Names, wordscan.Names]:
    """Counties, prefectures (with their aliases) and provinces (with their short names) in
    table order, to find the first one a name holds in one scan."""
    places = _places()
    return (
        wordscan.Names({known: () for known in places["counties"]}),
        wordscan.Names({known: [a for a in info.get("aliases", []) or [] if a] for known, info in places["cities"].items()}),
        wordscan.Names({known: list(shorts) for known, shorts in places["provinces"].items()}),
    )


#: The year an opening sentence or a named report speaks of: ``2022年，我厅…`` ``2022年度政府信息公开``.
RE_BODY_YEAR = re.compile(
    r"(?:^|[\n。；])\s*(?:[\u4e00-\u9fff]{0,12}?)((?:19|20)\d\d)\s*年(?:度|以来)?\s*[，,]"
    r"|((?:19|20)\d\d)\s*年度?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?报告"
    r"|本(?:年度|报告期)[（(]?((?:19|20)\d\d)"
)
#: A year that is not the report's: a law's revision or enactment, a document number.
RE_OTHER_YEAR = re.compile(r"^\s*年?\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:修订|修正|颁布|公布|施行|起施行|印发)|^[〕\]]")


def find_year(title: str | None, text: str) -> int | None:
    """Report year: from the title, else the statistics period, else the year the opening
    sentences speak of (``2022年，…``), else the year before the signature date, else the first
    year in the text that is not a law's revision (``2019年修订的《条例》``).

    >>> find_year(None, "本报告所列数据的统计期限自2016年1月1日起")
    2016
    >>> find_year(None, "根据2019年修订的《条例》编制本报告。\\n2022年，我局坚持…")
    2022
    >>> find_year(None, "根据2019年修订的《条例》编制本报告。一、总体情况\\n全年公开…\\n某某局\\n2023年1月20日")
    2022
    """
    title, text = _arabic_years(title or ""), _arabic_years(text)
    if RE_DATE_ONLY.fullmatch(title):
        title = ""  # a crawl's title column holding only the day it was published (2022年1月25日) names no report year
    period = RE_PERIOD.search(text)
    m = _report_year_in_title(title) or RE_SCHOOL_YEAR.search(title)
    if m:
        year = int(m.group(1))
        if period and int(period.group(1)) == year - 1 and _signed_year(text) == year:
            return year - 1  # a title that names the year of publication (2019年…报告, 统计期限2018年, signed 2019)
        return year
    if period:
        return int(period.group(1))
    if m := RE_SCHOOL_YEAR.search(text[:2000]):
        return int(m.group(1))
    for m in RE_BODY_YEAR.finditer(text[:4000]):
        year = next(g for g in m.groups() if g)
        if not RE_OTHER_YEAR.match(text, m.end(m.lastindex or 0) + 0):
            return int(year)
    if signed := _signed_year(text):
        return signed - 1
    for m in RE_YEAR.finditer(text[:2000]):
        if not RE_OTHER_YEAR.match(text, m.end() - 1) and not RE_OTHER_YEAR.match(text, m.end()):
            before = text[max(0, m.start() - 1) : m.start()]
            if before not in "〔[（(第":
                return int(m.group(1))
    m = RE_YEAR.search(text[:2000])
    return int(m.group(1)) if m else None


#: A year the title names as the year of publication, not the report's: （2024年发布）, 2023年发布的2022年度…,
#: 2025年1月发布.
RE_PUBLISHED_YEAR_AFTER = re.compile(r"\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?\s*(?:发布|公布|印发)")


def _report_year_in_title(title: str) -> re.Match[str] | None:
    """The first year the title names that is not its year of publication (2024年发布的2023年度报告), or None.

    >>> _report_year_in_title("某局2025年发布政府信息公开工作年度报告（2024年度）").group(1)
    '2024'
    >>> _report_year_in_title("某局2024年政府信息公开工作年度报告").group(1), _report_year_in_title("2024年发布")
    ('2024', None)
    """
    return next((m for m in RE_YEAR.finditer(title) if not RE_PUBLISHED_YEAR_AFTER.match(title, m.end())), None)


#: A title that is only a date (a crawl row's title column that kept the publication day).
RE_DATE_ONLY = re.compile(r"\s*(?:19|20)\d\d\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*")


#: A school year (a school's report): ``2021-2022学年`` is the report of the year it begins in.
RE_SCHOOL_YEAR = re.compile(r"((?:19|20)\d\d)\s*[-—－~～至]\s*(?:19|20)\d\d\s*学年")


def _signed_year(text: str) -> int | None:
    """The year of the date that closes the text (a signature's date), or None.

    >>> _signed_year("正文。\\n某县人民政府\\n2019年3月28日"), _signed_year("正文。2019年3月28日，我县召开会议。")
    (2019, None)
    >>> _signed_year("正文。\\n某市财政局\\n2011年三月二十八日")
    2011
    """
    tail = text[-300:]
    dates = list(RE_DATE.finditer(tail))
    if dates and re.fullmatch(r"\s*", tail[dates[-1].end() :]):
        return int(dates[-1].group(1))
    # a signature dated in Chinese numerals (二〇一一年三月二十八日), its year already in digits (2011年三月二十八日)
    if m := RE_SIGNED_CN_DATE.search(tail):
        return int(m.group(1))
    return None


#: A closing date whose month and day are in Chinese numerals (its year written in digits by ``_arabic_years``).
RE_SIGNED_CN_DATE = re.compile(r"((?:19|20)\d\d)\s*年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日\s*$")


#: A year written in Chinese numerals: 二〇二二年 / 二○二二年度, and 二0二二年 (a typed digit 0 for 〇).
RE_CN_YEAR = re.compile(r"[一二][〇○零0OΟ一二三四五六七八九]{3}(?=\s*年)")


def _arabic_years(text: str) -> str:
    """``text`` with years in Chinese numerals written in digits (二〇二二年 → 2022年), same length.

    >>> _arabic_years("二〇二二年，我委坚持"), _arabic_years("二0二二年度")
    ('2022年，我委坚持', '2022年度')
    """
    if "〇" not in text and "○" not in text and "零" not in text and "0" not in text and "O" not in text:
        return text
    return RE_CN_YEAR.sub(lambda m: "".join(str(_CN[c]) for c in m.group()), text)


def find_published(doc: Document) -> str | None:
    """Publication date (ISO).

    In order: a header field (``发布时间`` ``发布日期`` ``时间`` ``日期``), a ``发布时间：`` /
    ``发布日期：`` line among the first lines of the text, else the last date in the closing
    lines. A date of the statistics period (``统计期限自…至…``, ``…起至…止``) is never taken.

    >>> find_published(Document(text="正文。\\n二○一二年二月二十日", raw_text="", offsets=[], sha256=""))
    '2012-02-20'
    >>> find_published(Document(text="统计期限自2019年1月1日起至2019年12月31日止。", raw_text="", offsets=[], sha256="")) is None
    True
    """
    header = doc.header or {}
    for key in PUBLISHED_KEYS:
        m = RE_DATE.search(header.get(key, ""))
        if m:
            return _iso(m.group(1), m.group(2), m.group(3))
    head = "\n".join(doc.text[:1500].split("\n")[:15])
    for line in RE_PUBLISHED_LINE.finditer(head):
        m = RE_DATE.search(line.group(1))
        if m:
            return _iso(m.group(1), m.group(2), m.group(3))
    offset = max(len(doc.text) - 600, 0)
    tail = RE_YUANYUE.sub(r"\1年1月", doc.text[offset:])  # 2024年元月16日: 元月 is January (same length)
    period = [m.span() for m in RE_PERIOD_SPAN.finditer(doc.text, max(offset - 100, 0))]

    def in_period(start: int, end: int) -> bool:
        return any(s <= offset + start and offset + end <= e for s, e in period)

    def dates_event(start: int, end: int) -> bool:
        # 《条例》于2008年5月1日起施行, 自2019年5月15日起: the date of an event in a sentence, not of the report
        return bool(RE_EVENT_AFTER.match(tail, end) or RE_EVENT_BEFORE.search(tail[max(start - 3, 0):start]))

    found: list[tuple[int, str]] = []
    for m in RE_DATE.finditer(tail):
        if not in_period(*m.span()) and not dates_event(*m.span()):
            found.append((m.start(), _iso(m.group(1), m.group(2), m.group(3))))
    for m in RE_CN_DATE.finditer(tail):
        if not in_period(*m.span()) and not dates_event(*m.span()):
            year = "".join(str(_CN[c]) for c in m.group(1))
            found.append((m.start(), _iso(year, str(_cn_small(m.group(2))), str(_cn_small(m.group(3))))))
    return max(found)[1] if found else None


#: 元月, January, in a date written with digits (2024年元月16日).
RE_YUANYUE = re.compile(r"((?:19|20)\d\d)\s*年元月(?=\s*\d{1,2}\s*日)")
#: What follows the date of an event told in a sentence (施行, 起, 以来, 前): never a publication date.
RE_EVENT_AFTER = re.compile(r"\s*(?:起|施行|正式|开始|以来|之前|以前|前|后|至|到|止|召开|举行|颁布|修订|通过)")
#: What stands right before such a date (于, 自, 从, 截至).
RE_EVENT_BEFORE = re.compile(r"(?:于|自|从|截至|截止|在)\s*$")


def _cn_small(numeral: str) -> int:
    if numeral == "十":
        return 10
    if numeral.startswith("十"):
        return 10 + _CN[numeral[1]]
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return _CN[tens] * 10 + (_CN[ones] if ones else 0)
    return _CN[numeral]


def _iso(year: str, month: str, day: str) -> str:
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def find_template(text: str) -> str | None:
    """Template era of the report's statistics table (SCHEMA.md §2), or None without a table.

    >>> find_template("信息内容 本年制发件数 本年废止件数 现行有效件数"), find_template("无表格")
    ('gov2021', None)
    """
    for template, regex in _places()["template_rules"]:
        if regex.search(text):
            return str(template)
    return None


def normalize_issuer(name: str | None) -> str:
    """An issuer name for matching: no spaces, aliases of ``checks.yaml`` applied.

    >>> normalize_issuer("平潭综合实验区 管理委员会")
    '平潭综合实验区管委会'
    """
    text = _compact(name or "")
    # The aliases live in checks.yaml, where the cross-year checks first needed them.
    for old, new in (lexicons.load_yaml("checks.yaml").get("issuer_aliases") or {}).items():
        text = text.replace(old, new)
    return text
