"""Report metadata: title, issuer, admin level, province/city/county, year, publication date
and template era.

Rules and vocabularies are data: places, admin-level suffix rules, template cues and
abbreviations live in ``lexicons/places.yaml``.

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
    issuer = find_issuer(title, text[: max(preamble_end, 600)])
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
    head = (doc.header or {}).get("标题", "").strip()
    if head:
        return head
    lines = doc.text[:3000].split("\n")
    for k, line in enumerate(lines):
        title = re.sub(r"\s+", "", line)
        if title.endswith("年度报告") and len(title) <= 60:
            rest = _places()["noise"].sub("", title)
            if len(rest) < 2 or len(title) <= 6:
                prev = next((p for p in reversed(lines[:k]) if p.strip()), "")
                title = re.sub(r"\s+", "", prev) + title
            return title
    m = RE_HTML_TITLE.search(doc.raw_text or "")
    return re.sub(r"\s+", "", m.group(1)) if m else None


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
    name = places["noise"].sub("", re.sub(r"\s+", "", title))
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


def admin_level(issuer: str) -> str | None:
    """Admin level of a body from its name's suffix (rules in places.yaml).

    >>> admin_level("高台县人民政府"), admin_level("平潭综合实验区管委会"), admin_level("上海市科学技术委员会")
    ('county', 'city', 'department')
    """
    for level, regex in _places()["level_rules"]:
        if regex.search(issuer):
            return str(level)
    return None


def _places_of(issuer: str, title: str, level: str | None) -> tuple[str | None, str | None, str | None]:
    places = _places()
    hay = issuer + title
    county = city = province = None
    for name, info in places["counties"].items():
        if name in hay:
            county, city = name, info["city"]
            break
    if city is None:
        for name, info in places["cities"].items():
            if name in hay or any(a and a in hay for a in info.get("aliases", [])):
                city = name
                break
    if city is not None:
        province = places["cities"].get(city, {}).get("province")
    if province is None:
        for name, shorts in places["provinces"].items():
            if name in hay or any(s in hay for s in shorts):
                province = name
                break
    if city is None and province in places["municipalities"]:
        city = province
    if county is None and level in ("county", "district"):
        m = re.search(r"([\u4e00-\u9fff]{1,4}?(?:县|区|旗))(?:人民政府)?$", issuer)
        if m and not m.group(1).endswith("实验区"):
            county = m.group(1)
            if city and county.startswith(city):
                county = county[len(city) :]
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
    """Publication date (ISO): header ``发布时间``/``时间``, else the last date in the closing lines.

    >>> find_published(Document(text="正文。\\n二○一二年二月二十日", raw_text="", offsets=[], sha256=""))
    '2012-02-20'
    """
    for key in ("发布时间", "时间"):
        value = (doc.header or {}).get(key, "")
        m = RE_DATE.search(value)
        if m:
            return _iso(m.group(1), m.group(2), m.group(3))
    tail = doc.text[-600:]
    found: list[tuple[int, str]] = []
    for m in RE_DATE.finditer(tail):
        found.append((m.start(), _iso(m.group(1), m.group(2), m.group(3))))
    for m in RE_CN_DATE.finditer(tail):
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
