"""Report-level check: a second set of statistics tables the tables stage did not read."""

from __future__ import annotations

from collections.abc import Sequence

from textmine.checks.identities import infer_template
from textmine.checks.spec import check_info, table_label
from textmine.model import Cell, Finding
from textmine.tables.second_set import find_second_set


def check_second_set(text: str, cells: Sequence[Cell], *, template: str | None = None) -> list[Finding]:
    """``TABLE-SECOND-SET``: the report prints a second set of its template's tables after the
    first (its subordinate units', a 汇总 of its townships); ``cells`` hold the first set only.

    >>> check_second_set("详见“收到和处理政府信息公开申请情况”表。", [], template="gov2021")
    []
    """
    template = template or infer_template(cells)
    if template is None:
        return []
    found = find_second_set(text, template, cells)
    if found is None:
        return []
    info = check_info("TABLE-SECOND-SET")
    lead = f", after the line '{found.lead}'" if found.lead else ""
    tables = "、".join(table_label(t) for t in found.tables)
    return [
        Finding(
            check_id="TABLE-SECOND-SET",
            severity=str(info["severity"]),
            message=(
                f"A second set of {template} tables ({tables}) starts at character {found.start} with the heading "
                f"'{found.heading}'{lead}; its {found.cells} values are not in cells and were not checked "
                f"(TABLE-SECOND-SET, {info['en']})."
            ),
            expected="one set of tables",
            found=found.heading,
            start=found.start,
            end=found.start + len(found.heading),
        )
    ]
