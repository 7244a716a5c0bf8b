"""Report-level checks: the statistics period and the template era against the report year."""

from __future__ import annotations

import re

from textmine.checks.spec import check_info
from textmine.model import Finding

#: 统计期限自2019年1月1日起至2019年12月31日止 (the second year may be left out: 至12月31日).
RE_PERIOD = re.compile(
    r"统计(?:期限|时限|时间|期间|区间|周期)[^。\n]{0,12}?(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日"
    r"[^。\n\d]{0,12}?(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日"
)


def check_period(text: str, year: int | None) -> list[Finding]:
    """``PERIOD-YEAR``: the statistics period stated in the report is not its report year.

    >>> [f.check_id for f in check_period("本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。", 2020)]
    ['PERIOD-YEAR']
    >>> check_period("统计期限自2020年1月1日起至2020年12月31日止", 2020)
    []
    """
    if year is None:
        return []
    m = RE_PERIOD.search(text)
    if m is None:
        return []
    years = {int(m.group(1))} | ({int(m.group(2))} if m.group(2) else set())
    if years == {year}:
        return []
    info = check_info("PERIOD-YEAR")
    shown = "–".join(str(y) for y in sorted(years))
    return [
        Finding(
            check_id="PERIOD-YEAR",
            severity=str(info["severity"]),
            message=(
                f"The report is for {year} but its statistics period '{m.group()}' is {shown} "
                f"(PERIOD-YEAR, {info['en']})."
            ),
            expected=year,
            found=min(years) if len(years) == 1 else shown,
            start=m.start(),
            end=m.end(),
        )
    ]


def check_template_year(template: str | None, year: int | None) -> list[Finding]:
    """``TEMPLATE-YEAR``: tables of a format that does not belong to the report year (a 2021+
    report with the 2019-format tables, a 2019/2020 report with the 2021 ones).

    >>> [f.check_id for f in check_template_year("gov2019", 2021)]
    ['TEMPLATE-YEAR']
    >>> check_template_year("gov2019", 2020), check_template_year("gov2021", 2022)
    ([], [])
    """
    if template is None or year is None:
        return []
    info = check_info("TEMPLATE-YEAR")
    era = (info.get("years") or {}).get(template)
    if not era:
        return []
    first, last = era.get("from"), era.get("until")
    if (first is None or year >= int(first)) and (last is None or year <= int(last)):
        return []
    span = f"{first}–{last}" if last else f"{first}–"
    return [
        Finding(
            check_id="TEMPLATE-YEAR",
            severity=str(info["severity"]),
            message=(
                f"The {year} report's tables follow the {template} format (report years {span}) "
                f"(TEMPLATE-YEAR, {info['en']})."
            ),
            expected=None,
            found=template,
        )
    ]

