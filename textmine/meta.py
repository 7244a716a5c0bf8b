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

import functools
import logging
import re
from typing import Any

from textmine import lexicons
from textmine.model import Document, ReportMeta, Section

logger = logging.getLogger(__name__)

LEXICON = "places.yaml"

#: A year in a title or statistics period: ``2016年`` ``2016 年度``.
RE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
#: The statistics period of the preamble: ``统计期限自2016年1月1日`` / ``统计周期为 2024 年 1 月 1 日``.
RE_PERIOD = re.compile(r"统计(?:期限|周期|时限|时间)[^。]{0,8}?((?:19|20)\d\d)\s*年")
#: An Arabic date ``2017年3月7日`` / ``2017-03-07``.
RE_DATE = re.compile(r"((?:19|20)\d\d)\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
#: A date written in Chinese numerals ``二○一二年二月二十日``.
RE_CN_DATE = re.compile(r"([一二三四五六七八九〇○零]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
#: An HTML ``<title>``.
RE_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)

#: Markdown heading marks and a scraper's ``标题:`` key in front of a title line.
RE_TITLE_PREFIX = re.compile(r"^(?:#+\s*|标题\s*[:：]\s*)+")
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
RE_COUNTY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治县|自治旗|县|区|旗|市)")
#: A prefecture not in the table (fictional or new): 明州市 (州/盟 only as 自治州, 地区).
RE_PREFECTURE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治州|地区|盟|市)")
#: A township-level unit: 黄兴镇, 翠苑街道, 某某乡.
RE_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡)")
#: Words that look like a county-level unit but are not one (新区, 开发区, 社区, 市场…).
RE_NOT_COUNTY = re.compile(
    r"(?:新区|开发区|高新区|实验区|示范区|园区|景区|社区|片区|保护区|试验区|自贸区|辖区|市场|城市|都市)$|[局委办厅院所部]"
)

_CN = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, Any]:
    data = lexicons.load_yaml(LEXICON)
    return {
        **data,
        "level_rules": [(r["level"], re.compile(r["pattern"])) for r in data["admin_levels"]],
        "template_rules": [(r["template"], re.compile(r["pattern"])) for r in data["templates"]],
        "noise": re.compile(data["title_noise"]),
    }


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
    preamble_end = sections[0].start if sections else min(len(text), 1500)
    title = find_title(doc)
    header = doc.header or {}
    issuer = find_issuer(title, text[: max(preamble_end, 600)])
    if issuer is None:
        issuer = _header_issuer(header)
    level = admin_level(issuer) if issuer else None
    province, city, county = _places_of(issuer or "", title or "", level)
    return ReportMeta(
        title=title,
        issuer=issuer,
        admin_level=level,
        province=province,
        city=city,
        county=county,
        year=find_year(title, text),
        published=find_published(doc),
        template=find_template(text),
    )


def find_title(doc: Document) -> str | None:
    """The report title: header ``标题``, else the first line(s) with 年度报告, else HTML <title>.

    >>> find_title(Document(text="洪泽区人民政府\\n2023 年政府信息公开工作年度报告\\n正文", raw_text="", offsets=[], sha256=""))
    '洪泽区人民政府2023年政府信息公开工作年度报告'
    """
    head = RE_TITLE_PREFIX.sub("", (doc.header or {}).get("标题", "").strip())
    if head:
        return head
    lines = doc.text[:3000].split("\n")
    for k, line in enumerate(lines):
        title = RE_TITLE_PREFIX.sub("", re.sub(r"\s+", "", line))
        if title.endswith("年度报告") and len(title) <= 60:
            rest = _places()["noise"].sub("", title)
            if len(rest) < 2 or len(title) <= 6:
                prev = next((p for p in reversed(lines[:k]) if p.strip()), "")
                title = RE_TITLE_PREFIX.sub("", re.sub(r"\s+", "", prev)) + title
            return title
    m = RE_HTML_TITLE.search(doc.raw_text or "")
    return RE_TITLE_PREFIX.sub("", re.sub(r"\s+", "", m.group(1))) if m else None


def find_issuer(title: str | None, preamble: str = "") -> str | None:
    """The reporting body named in the title, completed from the preamble.

    A bare place becomes its government (高台县 → 高台县人民政府; a zone → its 管委会); a name
    that the preamble gives with its city in front takes that fuller form.

    >>> find_issuer("洪泽区人民政府2023年政府信息公开工作年度报告", "由淮安市洪泽区人民政府办公室编制")
    '淮安市洪泽区人民政府'
    """
    if not title:
        return None
    places = _places()
    name = places["noise"].sub("", RE_TITLE_PREFIX.sub("", re.sub(r"\s+", "", title)))
    name = re.sub(r"^关于|的?$", "", name).strip("，,：:")
    if not name:
        return None
    for short, full in places["abbreviations"].items():
        if name.endswith(short) and not name.endswith(full):
            name = name[: -len(short)] + full
    if re.search(r"(综合实验区|新区|开发区|高新区)$", name):
        name += "管委会"
    elif re.search(r"[省市县区旗]$", name) or name in places["provinces"]:
        name += "人民政府"
    compact = re.sub(r"\s+", "", preamble)
    for upper in list(places["cities"]) + list(places["provinces"]):
        if not name.startswith(upper) and (upper + name) in compact:
            return upper + name
    return name


def _header_issuer(header: dict[str, str]) -> str | None:
    """The issuer from a ``发布机构``/``发布单位`` header field (when the title names no body)."""
    for key in ("发布机构", "发布单位"):
        value = re.sub(r"\s+", "", header.get(key, ""))
        if value:
            return value
    return None


def admin_level(issuer: str) -> str | None:
    """Admin level of a body from its name's suffix (rules in places.yaml).

    >>> admin_level("高台县人民政府"), admin_level("平潭综合实验区管委会"), admin_level("上海市科学技术委员会")
    ('county', 'city', 'department')
    """
    for level, regex in _places()["level_rules"]:
        if regex.search(issuer):
            return str(level)
    return None


def parse_places(name: str) -> dict[str, str]:
    """Parse the place names at the start of a body's name, left to right.

    Province (a 省/自治区 name, a municipality or a short name 湖北), then prefecture (from
    the table of prefecture-level units, else a name ending in 市/自治州/地区/盟), then a
    county-level unit (县/区/旗/市), then a township (镇/乡/街道). Each level is optional; a
    level is only read where the previous one ended, never by slicing a fixed width.

    >>> parse_places("河南省南阳市卧龙区人民政府")
    {'province': '河南省', 'city': '南阳市', 'county': '卧龙区'}
    >>> parse_places("伊犁哈萨克自治州伊宁县人民政府")
    {'province': '新疆维吾尔自治区', 'city': '伊犁哈萨克自治州', 'county': '伊宁县'}
    >>> parse_places("长沙县黄兴镇人民政府")
    {'province': '湖南省', 'city': '长沙市', 'county': '长沙县', 'township': '黄兴镇'}
    """
    places = _places()
    found: dict[str, str] = {}
    name = re.sub(r"\s+", "", name)
    name = re.sub(r"^中共", "", name)
    if RE_NATIONAL.match(name):
        return found
    pos = 0
    provinces: dict[str, list[str]] = places["provinces"]
    cities: dict[str, dict[str, Any]] = places["cities"]
    # province: a full name, else a short name not followed by a unit suffix (吉林市 is a city)
    for full in sorted(provinces, key=len, reverse=True):
        if name.startswith(full):
            found["province"], pos = full, len(full)
            break
    else:
        if not _city_at(name, 0, cities):
            for full, shorts in provinces.items():
                short = next((x for x in shorts if name.startswith(x)), None)
                if short and name[len(short) : len(short) + 1] not in ("市", "县", "区", "州"):
                    found["province"], pos = full, len(short)
                    break
    province = found.get("province")
    if province in places["municipalities"]:
        found["city"] = province
    else:
        city = _city_at(name, pos, cities)
        if city is None:
            m = RE_PREFECTURE.match(name, pos)
            if m and not RE_NOT_COUNTY.search(m.group()) and m.group() not in places["counties"]:
                rest = name[m.end() :]
                if not m.group().endswith("市") or _county_at(rest, 0) or province:
                    city = m.group()
                    if city.endswith("市") and province and not _county_at(rest, 0):
                        city = None  # 浙江省兰溪市: a county-level city under the province
        if city is not None:
            found["city"] = city
            pos += len(city)
            province = cities.get(city, {}).get("province")
            if province and "province" not in found:
                found["province"] = province
    county = _county_at(name, pos)
    if county:
        found["county"] = county
        pos += len(county)
    township = RE_TOWNSHIP.match(name, pos)
    if township and not RE_NOT_COUNTY.search(township.group()):
        found["township"] = township.group()
    if county and "city" not in found:
        city = places["counties"].get(county, {}).get("city") or _city_of_county(county, cities)
        if city:
            found["city"] = city
            found.setdefault("province", cities.get(city, {}).get("province", ""))
            if not found["province"]:
                del found["province"]
    return {key: found[key] for key in ("province", "city", "county", "township") if key in found}


def _city_at(name: str, pos: int, cities: dict[str, dict[str, Any]]) -> str | None:
    """The longest table prefecture (full name or alias) at ``name[pos:]``, as its full name."""
    best: tuple[int, str] | None = None
    for full, info in cities.items():
        for form in (full, *[a for a in info.get("aliases", []) or [] if a]):
            if name.startswith(form, pos):
                after = name[pos + len(form) : pos + len(form) + 1]
                if form != full and after in ("市", "县", "区", "州", "旗"):
                    continue  # 长沙县 is not 长沙(市) + 县
                if best is None or len(form) > best[0]:
                    best = (len(form), full)
    return best[1] if best else None


def _county_at(name: str, pos: int) -> str | None:
    m = RE_COUNTY.match(name, pos)
    if not m or RE_NOT_COUNTY.search(m.group()) or len(m.group()) < 2:
        return None
    return m.group()


def _city_of_county(county: str, cities: dict[str, dict[str, Any]]) -> str | None:
    """长沙县 → 长沙市: a county named after its prefecture city."""
    stem = re.sub(r"(?:自治县|县)$", "", county)
    if stem != county and stem + "市" in cities:
        return stem + "市"
    return None


def _places_of(issuer: str, title: str, level: str | None) -> tuple[str | None, str | None, str | None]:
    places = _places()
    issuer = RE_TITLE_PREFIX.sub("", issuer)
    if RE_NATIONAL.match(re.sub(r"^中共", "", issuer)):
        return None, None, None  # a national body: no province
    name = places["noise"].sub("", RE_TITLE_PREFIX.sub("", re.sub(r"\s+", "", title)))
    found = parse_places(issuer) or parse_places(name)
    province, city, county = found.get("province"), found.get("city"), found.get("county")
    hay = issuer + title
    if county is None:
        for known, info in places["counties"].items():
            if known in hay:
                county, city = known, city or info["city"]
                break
    if city is None:
        for known, info in places["cities"].items():
            if known in hay or any(a and a in hay for a in info.get("aliases", []) or []):
                city = known
                break
    if province is None and city is not None:
        province = places["cities"].get(city, {}).get("province")
    if province is None:
        for known, shorts in places["provinces"].items():
            if known in hay or any(s in hay for s in shorts):
                province = known
                break
    if city is None and province in places["municipalities"]:
        city = province
    return province, city, county


def find_year(title: str | None, text: str) -> int | None:
    """Report year: from the title, else the statistics period, else the first year in the text.

    >>> find_year(None, "本报告所列数据的统计期限自2016年1月1日起")
    2016
    """
    for source in (title or "",):
        m = RE_YEAR.search(source)
        if m:
            return int(m.group(1))
    m = RE_PERIOD.search(text)
    if m:
        return int(m.group(1))
    m = RE_YEAR.search(text[:2000])
    return int(m.group(1)) if m else None


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
    tail = doc.text[offset:]
    period = [m.span() for m in RE_PERIOD_SPAN.finditer(doc.text, max(offset - 100, 0))]

    def in_period(start: int, end: int) -> bool:
        return any(s <= offset + start and offset + end <= e for s, e in period)

    found: list[tuple[int, str]] = []
    for m in RE_DATE.finditer(tail):
        if not in_period(*m.span()):
            found.append((m.start(), _iso(m.group(1), m.group(2), m.group(3))))
    for m in RE_CN_DATE.finditer(tail):
        if not in_period(*m.span()):
            year = "".join(str(_CN[c]) for c in m.group(1))
            found.append((m.start(), _iso(year, str(_cn_small(m.group(2))), str(_cn_small(m.group(3))))))
    return max(found)[1] if found else None


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
    text = re.sub(r"\s+", "", name or "")
    # The aliases live in checks.yaml, where the cross-year checks first needed them.
    for old, new in (lexicons.load_yaml("checks.yaml").get("issuer_aliases") or {}).items():
        text = text.replace(old, new)
    return text
