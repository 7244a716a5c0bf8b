"""The 新疆生产建设兵团 (the Corps) and its divisions (师) as reporting bodies.

The Corps is a province-level unit inside 新疆维吾尔自治区 and its fourteen divisions are
prefecture-level units, most of them one body with a city (师市合一: 第一师阿拉尔市). Reports
name them in many ways (新疆生产建设兵团第八师, 兵团第八师, 第八师, 第八师石河子市, 第一师阿拉尔市
人民政府); :func:`corps_issuer` gives the one full name, :func:`corps_places` its province and
prefecture (the division). The divisions and their cities are data (``places.yaml``, ``corps``).

Example:
    >>> corps_issuer("第一师阿拉尔市人民政府"), corps_places("兵团第八师")["city"]
    ('新疆生产建设兵团第一师阿拉尔市', '新疆生产建设兵团第八师')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from textmine import lexicons
from textmine.errors import LexiconError

LEXICON = "places.yaml"

#: What may follow a division's name and still name the division itself: its government or the
#: office that compiles its report.
RE_OWN_OFFICE = re.compile(
    r"^(?:人民政府)?(?:办公室|办公厅|(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:领导小组)?(?:办公室)?)?$"
)
#: A regiment (团场) of a division after the division's name: 十团, 一二一团, 121团, 第一四三团 (a township-level unit).
RE_REGIMENT = re.compile(r"^(?P<regiment>第?(?:[一二三四五六七八九十〇零百]{1,5}|\d{1,3})团场?)")
#: A department after a division's or the Corps' name (财政局, 发展和改革委员会).
RE_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{1,20}?(?:局|委员会|委|办公室|办|厅|中心|院)$")


@dataclass(frozen=True)
class _Corps:
    name: str
    short: tuple[str, ...]
    province: str
    divisions: dict[str, str | None]
    pattern: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _corps() -> _Corps:
    data = lexicons.load_yaml(LEXICON)
    try:
        corps = data["corps"]
        name, province = str(corps["name"]), str(corps["province"])
        short = tuple(str(s) for s in corps.get("short") or [])
        divisions = {str(k): (str(v) if v else None) for k, v in corps["divisions"].items()}
    except (KeyError, TypeError, AttributeError) as exc:
        raise LexiconError(f"{LEXICON}: bad or missing corps entry (name, province, divisions): {exc}") from exc
    lead = "|".join(re.escape(x) for x in sorted((name, *short), key=len, reverse=True))
    divs = "|".join(re.escape(d) for d in sorted(divisions, key=len, reverse=True))
    pattern = re.compile(rf"^(?:中共)?(?P<lead>{lead})?(?P<div>{divs})?(?P<rest>.*)$")
    return _Corps(name, short, province, divisions, pattern)


def _parts(name: str) -> tuple[str | None, str, str] | None:
    """``(division, its city or "", the rest)`` of a name of the Corps or a division, else None."""
    corps = _corps()
    m = corps.pattern.match(re.sub(r"\s+", "", name or ""))
    if m is None or not (m.group("lead") or m.group("div")):
        return None
    division, rest = m.group("div"), m.group("rest")
    if division is None:
        if m.group("lead") != corps.name and not rest.startswith(tuple("第")) and not RE_DEPARTMENT.match(rest):
            return None  # 兵团 alone in front of anything else is no name of the Corps
        return None, "", rest
    city = corps.divisions.get(division) or ""
    if city and rest.startswith(city):
        rest = rest[len(city):]
    elif city and rest.startswith(city[:-1]) and not rest.startswith(city[:-1] + "师"):
        rest = rest[len(city) - 1:]  # 第八师石河子 without 市
    else:
        city = ""
    return division, city, rest


def corps_issuer(name: str, *, title: bool = False) -> str | None:
    """The full name of the Corps' body that ``name`` names, else None; with ``title`` the
    rest of ``name`` may be a report's title (第八师2021年政府信息公开工作年度报告).

    >>> corps_issuer("兵团第六师五家渠市政务公开领导小组办公室"), corps_issuer("第八师财政局")
    ('新疆生产建设兵团第六师五家渠市', '新疆生产建设兵团第八师财政局')
    >>> corps_issuer("第八师2021年政府信息公开工作年度报告", title=True), corps_issuer("兵团财政局")
    ('新疆生产建设兵团第八师', '新疆生产建设兵团财政局')
    >>> corps_issuer("第一师十团"), corps_issuer("兵团第八师一二一团办公室")
    ('新疆生产建设兵团第一师十团', '新疆生产建设兵团第八师一二一团')
    >>> corps_issuer("兵团精神"), corps_issuer("第八中学"), corps_issuer("第八师2021年…"), corps_issuer("第八师团结")
    (None, None, None, None)
    """
    parts = _parts(name)
    if parts is None:
        return None
    division, city, rest = parts
    if title:
        rest = re.split(r"(?:19|20)\d\d|[〇○零一二三四五六七八九]{4}年|关于|政府信息公开|政务公开", rest, maxsplit=1)[0]
    head = _corps().name + (division or "") + city
    if division and RE_OWN_OFFICE.match(rest):
        return head
    if division and (m := RE_REGIMENT.match(rest)) and RE_OWN_OFFICE.match(rest[m.end():]):
        return head + m.group("regiment")  # 第一师十团 (its 人民政府 or office signing): the regiment itself
    if RE_DEPARTMENT.match(rest) and not RE_OWN_OFFICE.match(rest):
        return head + rest
    return None


def corps_places(name: str) -> dict[str, str]:
    """The province (新疆维吾尔自治区) and, for a division or its departments, the prefecture
    (the division's full name) of a name of the Corps' bodies, else {}.

    >>> corps_places("新疆生产建设兵团财政局"), corps_places("第十师")["city"]
    ({'province': '新疆维吾尔自治区'}, '新疆生产建设兵团第十师')
    >>> corps_places("石河子市人民政府")
    {}
    """
    parts = _parts(name)
    if parts is None:
        return {}
    division = parts[0]
    found = {"province": _corps().province}
    if division:
        found["city"] = _corps().name + division
    return found
