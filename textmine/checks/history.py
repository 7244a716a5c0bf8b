"""Across years: the same body's consecutive reports (carry-over, running totals, copied tables; :func:`check_cross_year`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from textmine.checks.identities import _applies, _run_identity, infer_template
from textmine.checks.index import _dec, _Index, cell_key
from textmine.checks.spec import checks_spec, table_label
from textmine.meta import normalize_issuer
from textmine.model import Cell, Finding, ReportMeta


def _copy_finding(
    check_id: str, spec: Mapping[str, Any], *, template: str, cur: Sequence[Cell], prev: Sequence[Cell], year: int
) -> Finding | None:
    def numbers(cells: Sequence[Cell]) -> dict[str, Decimal]:
        return {cell_key(c): _dec(c.value) for c in cells if c.status == "number" and c.value is not None}

    a, b = numbers(cur), numbers(prev)
    if not a or a != b:
        return None
    nonzero = sum(1 for v in a.values() if v != 0)
    if nonzero < int(spec.get("min_nonzero", 5)):
        return None
    tables = sorted({k.split(".")[0] for k in a})
    return Finding(
        check_id=check_id,
        severity=str(spec["severity"]),
        message=(
            f"All {len(a)} numbers of {', '.join(table_label(t) for t in tables)} ({nonzero} of them "
            f"non-zero) equal the same body's {year - 1} report ({check_id}, {spec['en']})."
        ),
        expected="numbers that differ from last year",
        found=len(a),
        cells=tuple(sorted(a)),
    )


def check_cross_year(
    reports: Sequence[tuple[str, ReportMeta, Sequence[Cell]]],
) -> list[tuple[str, Finding]]:
    """Checks between reports of the same body (normalised issuer) in consecutive years.

    Covers carry-over (T3-E), running document counts (T2-B, T2-D-year), local running
    totals (L-5) and tables copied unchanged from last year (COPY-TABLE).

    Args:
        reports: (report_id, meta, cells); meta gives issuer and year, the template comes
            from ``meta.template`` or the cells.

    Returns:
        (report_id of the later report, finding) pairs.

    >>> check_cross_year([])
    []
    """
    by_body: dict[str, dict[int, list[tuple[str, str, list[Cell]]]]] = defaultdict(lambda: defaultdict(list))
    for report_id, meta, cells in reports:
        body = normalize_issuer(meta.issuer)
        template = meta.template or infer_template(cells)
        if not body or meta.year is None or template is None:
            continue
        by_body[body][int(meta.year)].append((report_id, template, [c for c in cells if c.template == template]))
    out: list[tuple[str, Finding]] = []
    checks = [(cid, spec) for cid, spec in checks_spec()["checks"].items() if spec.get("scope") == "cross_year"]
    for body in sorted(by_body):
        years = by_body[body]
        for year in sorted(years):
            if year - 1 not in years:
                continue
            for rid, template, cells in years[year]:
                for _prev_id, prev_template, prev_cells in years[year - 1]:
                    cur, prev = _Index(cells), _Index(prev_cells)
                    for check_id, spec in checks:
                        if not (_applies(spec, template) and _applies(spec, prev_template)):
                            continue
                        if spec.get("kind") == "copy":
                            if template == prev_template:
                                f = _copy_finding(check_id, spec, template=template, cur=cells, prev=prev_cells, year=year)
                                if f is not None:
                                    out.append((rid, f))
                            continue
                        for f in _run_identity(check_id, spec, template=template, cur=cur, prev=prev):
                            out.append((rid, f))
    return out

