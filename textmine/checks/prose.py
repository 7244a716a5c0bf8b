"""Prose against tables: numbers stated in prose (facts with an ``indicator``) compared with the table (:func:`check_prose`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from textmine.checks.counts import (
    _bare_carried,
    _bare_processed,
    _by_subject,
    _carried_after,
    _listed_total,
    _none_appealed,
    _none_received,
    _other_object,
    _processed_indicator,
    _processed_target,
    joined_kinds,
)
from textmine.checks.doubt import _uncertain_reading, open_multi_row_runs, uncertainty
from textmine.checks.identities import infer_template
from textmine.checks.index import _dec, _Index, _resolve_side, _Side, cell_key, fact_decimal
from textmine.checks.percent import check_percent
from textmine.checks.reference import (
    _any_of,
    _caseload,
    _of_another_year,
    _of_part_of_year,
    _running_total,
    _sentence_before,
    _with_carried_over,
    _withdrawn,
)
from textmine.checks.render import _blank_note, _plain, _side_text, fmt_number
from textmine.checks.scope import (
    _clause_of,
    _other_bodies,
    _own_count_is_table,
    _sentence_subject,
    _wide_scope,
)
from textmine.checks.spec import check_info, checks_spec, table_label
from textmine.model import Cell, Fact, Finding


def _fact_bounds(fact: Fact, bounded: Sequence[str]) -> tuple[Decimal | None, Decimal | None, bool]:
    """(low, high, high_inclusive) the table value must fall in, from value, qualifier, upper."""
    value = fact_decimal(fact.value)
    if fact.upper is not None:
        return value, _dec(fact.upper), True
    q = fact.qualifier
    if q == "more_than":
        if any(mark in (fact.text or "") for mark in bounded):
            # the next step of the last significant digit: 900余 → [900, 1000), 1.2万余 → [1.2, 1.3)
            exponent = value.normalize().as_tuple().exponent if value else 0
            step = Decimal(1).scaleb(int(exponent))
            return value, value + step, False
        return value, None, True
    if q == "less_than":
        return None, value, True
    return value, value, True


#: Magnitude prefixes of units as written (8232万条, 1.86亿元).
MAGNITUDES = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}


def _magnitude(unit: str | None) -> tuple[Decimal, str]:
    """Split a unit into its magnitude and base: ``万条`` → (10000, ``条``), ``件`` → (1, ``件``)."""
    unit = unit or ""
    if len(unit) > 1 and unit[0] in MAGNITUDES:
        return MAGNITUDES[unit[0]], unit[1:]
    return Decimal(1), unit


def _unit_factor(fact_unit: str | None, table_unit: str | None) -> Decimal:
    """Factor turning a prose value into the table's unit (元 → 万元, 1.2万条 → 条 and the like).

    >>> _unit_factor("万条", "条"), _unit_factor("元", "万元"), _unit_factor("件", None)
    (Decimal('10000'), Decimal('0.0001'), Decimal('1'))
    """
    fact_mag, _ = _magnitude(fact_unit)
    table_mag, _ = _magnitude(table_unit)
    return fact_mag / table_mag


def _agrees(fact: Fact, terms: Sequence[Any], bounded: Sequence[str], about: Decimal,
            below: Sequence[str] = ()) -> bool:
    """True when the table value of ``terms`` (their sum) falls within what ``fact`` states: its value
    in the table's unit, widened by its qualifier (see :func:`check_prose`). A count said to be
    nearly a round number (``below``: 近千件, 将近300件) is approached from below: twice the slack
    there (近千件 agrees with 948).

    >>> from types import SimpleNamespace as NS
    >>> from textmine.checks.index import _Term
    >>> cell = _Term(NS(sign=1), Cell("gov2021", "requests", "new_received", "total", 948, "948", "number"))
    >>> near = Fact(1, 1, 1000, "件", "about", None, "new_received", "申请近千件", 0, 5)
    >>> about = Fact(1, 1, 1000, "件", "about", None, "new_received", "申请约1000件", 0, 5)
    >>> _agrees(near, [cell], (), Decimal("0.05"), ("近",)), _agrees(about, [cell], (), Decimal("0.05"), ("近",))
    (True, False)
    """
    table_value = _Side(terms).value
    factor = _unit_factor(fact.unit, terms[0].cell.unit)
    low, high, inclusive = _fact_bounds(fact, bounded)
    low = low * factor if low is not None else None
    high = high * factor if high is not None else None
    if fact.qualifier == "about" and low is not None:
        slack = max(abs(low) * about, Decimal(1))
        under = 2 * slack if any(w in (fact.text or "") for w in below) else slack
        low, high = low - under, low + slack
    return (low is None or table_value >= low) and (
        high is None or (table_value <= high if inclusive else table_value < high)
    )


def _not_respondent(fact: Fact, text: str | None, spec: Mapping[str, Any], indicator: str | None) -> bool:
    """True for a review or suit count whose clause says the body handles the cases (``spec['organ']``:
    办理, 审理 …) and whose sentence names neither the body as respondent nor information disclosure
    (``spec['respondent']``: 被, 信息公开): the cases a review organ handles (全年共办理行政复议案件101件),
    not table 四's.

    >>> spec = {"indicators": ["review"], "organ": ["办理"], "respondent": ["被", "信息公开"]}
    >>> t = "全年共办理行政复议案件101件。因政府信息公开被申请行政复议3件。"
    >>> a = Fact(1, 1, 101, "件", None, "行政复议案件", "review", "办理行政复议案件101件", 4, 16)
    >>> b = Fact(2, 2, 3, "件", None, "行政复议", "review", "被申请行政复议3件", 24, 33)
    >>> _not_respondent(a, t, spec, "review"), _not_respondent(b, t, spec, "review")
    (True, False)
    >>> t = "全年共办理行政复议案件101件，其中维持61件。因政府信息公开被申请行政复议3件，其中维持2件。"
    >>> parts = {**spec, "indicators": ["reviews_upheld"], "parts": ["reviews_upheld"]}
    >>> c = Fact(3, 1, 61, "件", None, "维持", "reviews_upheld", "维持61件", t.index("维持61"), t.index("维持61") + 5)
    >>> d = Fact(4, 2, 2, "件", None, "维持", "reviews_upheld", "维持2件", t.index("维持2件"), t.index("维持2件") + 4)
    >>> _not_respondent(c, t, parts, "reviews_upheld"), _not_respondent(d, t, parts, "reviews_upheld")
    (True, False)
    >>> t = "未发生因政府信息公开引起的行政复议；县司法局受理各类行政复议案件61件。"
    >>> e = Fact(5, 1, 61, "件", None, "行政复议案件", "review", "县司法局受理各类行政复议案件61件", 18, 35)
    >>> _not_respondent(e, t, {**spec, "organ": ["受理"]}, "review")
    True
    >>> t = "本府办理下级机关政府信息公开行政复议案件25件。"
    >>> g = Fact(6, 1, 25, "件", None, "行政复议案件", "review", t[:-1], 0, len(t) - 1)
    >>> _not_respondent(g, t, spec, "review"), _not_respondent(g, t, {**spec, "reviewer": ["下级机关"]}, "review")
    (False, True)
    """
    if text is None or not spec or indicator not in (spec.get("indicators") or ()):
        return False
    sentence = _sentence_before(fact, text)
    where = sentence if indicator in (spec.get("parts") or ()) else _clause_of(fact, text)
    if not any(str(w) in where for w in spec.get("organ") or ()):
        return False  # 发生行政复议1件: a count of cases, whoever decides them
    if any(str(w) in where for w in spec.get("reviewer") or ()) and "被" not in where:
        return True  # 办理下级机关政府信息公开行政复议案件25件: the body reviews others' cases
    # the respondent's words count in the count's own part of the sentence (after its last ；): 未发生因政府信息
    # 公开引起的行政复议；县司法局受理各类行政复议案件61件 speaks of two things
    own = sentence if indicator in (spec.get("parts") or ()) else re.split(r"[；;]", sentence)[-1]
    return not any(str(w) in own for w in spec.get("respondent") or ())


def _of_documents(fact: Fact, text: str | None, spec: Mapping[str, Any], indicator: str | None) -> bool:
    """True for an outcome of requests (予以公开, 不予公开 …) counted in a sentence about documents that names no
    request (``spec['words']``: 规范性文件 …; ``spec['requests']``: 申请): 本年新公开规范性文件11件（1件涉密不予
    公开） withholds a document, it answers no request.

    >>> spec = {"indicators": ["denied"], "words": ["规范性文件"], "requests": ["申请"]}
    >>> t = "新公开规范性文件11件（1件涉密不予公开）。依申请不予公开2件。"
    >>> a = Fact(1, 1, 1, "件", None, "涉密不予公开", "denied", "1件涉密不予公开", 12, 21)
    >>> b = Fact(2, 2, 2, "件", None, "不予公开", "denied", "依申请不予公开2件", 23, 32)
    >>> _of_documents(a, t, spec, "denied"), _of_documents(b, t, spec, "denied")
    (True, False)
    """
    if text is None or not spec or indicator not in (spec.get("indicators") or ()):
        return False
    sentence = _sentence_before(fact, text)
    return (any(str(w) in sentence for w in spec.get("words") or ())
            and not any(str(w) in sentence for w in spec.get("requests") or ()))


def _closed_part(fact: Fact, spec: Mapping[str, Any], indicator: str | None) -> str | None:
    """The indicator of a part of the closed requests a count's own words name (按时办结12件 → 按时办结数; 延期办结…),
    else ``indicator``: such a count is a part of 办结, never the whole.

    >>> spec = {"indicators": ["requests_closed"], "words": {"按时办结": "requests_closed_on_time"}}
    >>> f = Fact(1, 1, 12, "件", None, "按时办结的申请", "requests_closed", "按时办结12件", 0, 8)
    >>> _closed_part(f, spec, "requests_closed"), _closed_part(f, spec, "granted")
    ('requests_closed_on_time', 'granted')
    """
    if indicator not in (spec.get("indicators") or ()):
        return indicator
    words = spec.get("words") or {}
    return next((str(words[w]) for w in words if str(w) in (fact.text or "")), indicator)


def _outcome_of_other_cases(fact: Fact, facts: Sequence[Fact], text: str | None, spec: Mapping[str, Any]) -> bool:
    """True for a review's outcome (``spec['parts']``: 被纠错1件) whose sentence's nearest count of cases
    before it is not a review (``spec['other_heads']``: 行政复议1件，行政诉讼2件，其中被纠错1件 is a suit's).

    >>> spec = {"parts": ["reviews_corrected"], "heads": ["review"], "other_heads": ["suits"]}
    >>> t = "行政复议1件，行政诉讼2件，其中被纠错1件。行政复议2件，其中被纠错1件。"
    >>> fs = [Fact(i, 1, v, "件", None, None, ind, w, t.index(w, at), t.index(w, at) + len(w))
    ...       for i, (v, ind, w, at) in enumerate([(1, "review", "行政复议1件", 0), (2, "suits", "行政诉讼2件", 0),
    ...                                             (1, "reviews_corrected", "被纠错1件", 0),
    ...                                             (2, "review", "行政复议2件", 0),
    ...                                             (1, "reviews_corrected", "被纠错1件", 20)])]
    >>> _outcome_of_other_cases(fs[2], fs, t, spec), _outcome_of_other_cases(fs[4], fs, t, spec)
    (True, False)
    """
    if text is None or not spec or fact.indicator not in (spec.get("parts") or ()):
        return False
    heads = {str(h) for h in spec.get("heads") or ()}
    others = {str(h) for h in spec.get("other_heads") or ()}
    before = [f for f in facts if f.end <= fact.start and f.indicator in heads | others
              and not re.search(r"[。！？!?\n\r]", text[f.end: fact.start])]
    return bool(before) and max(before, key=lambda f: f.end).indicator in others


def _counted_indicator(fact: Fact, spec: Mapping[str, Any]) -> str | None:
    """The indicator of a fact without one whose counted phrase names an amount the table prints
    (``spec``: indicator → ``counted`` words and ``units``): 收取行政事业性收费361.4万元 → admin_fees.

    >>> spec = {"admin_fees": {"counted": ["行政事业性收费"], "units": ["元", "万元"]}}
    >>> f = Fact(1, 1, 361.4, "万元", None, "行政事业性收费", None, "收取行政事业性收费361.4万元", 0, 17)
    >>> g = Fact(2, 1, 315, "元", None, "信息处理费", None, "收取信息处理费315元", 0, 11)
    >>> _counted_indicator(f, spec), _counted_indicator(g, spec)
    ('admin_fees', None)
    """
    if fact.indicator or not spec:
        return None
    for indicator, rule in spec.items():
        if fact.unit in (rule.get("units") or ()) and any(str(w) in (fact.counted or "") for w in rule.get("counted") or ()):
            return str(indicator)
    return None


def check_prose(
    facts: Sequence[Fact], cells: Sequence[Cell], *, template: str | None = None, text: str | None = None,
    year: int | None = None,
) -> list[Finding]:
    """Compare prose facts that carry a canonical ``indicator`` with the table cell they restate.

    Qualifiers are honoured: ``about`` allows the ``prose.about_tolerance`` of checks.yaml
    (近900件 agrees with 897), ``more_than`` needs the table at or above the value and, for
    余/多, below the next step (900余件 → [900, 1000)), ``less_than`` at or below it; exact
    values must be equal. Percentages, changes and counts of a part (the counted phrase names
    one office, one channel or a sub-category: ``prose.partial_markers``) are not compared.

    ``text`` (the report's) lets a received count that says it includes last year's carry-over
    (``98件（含上年结转3件）``, ``prose.with_carried_over``) be compared with 新收 + 上年结转.

    Returns:
        ``PROSE-TABLE`` warnings whose span is the fact's (``READING-UNCERTAIN`` when the table
        cells were placed by a reading that is not settled: the disagreement may be ours).

    >>> check_prose([], [])
    []
    """
    template = template or infer_template(cells)
    if template is None:
        return []
    prose = checks_spec().get("prose") or {}
    mapping = prose.get("indicators") or {}
    about = Decimal(str(prose.get("about_tolerance", 0.05)))
    bounded = tuple(prose.get("bounded_more_than") or ("余", "多"))
    below = tuple(str(w) for w in prose.get("about_below") or ())
    bodies = tuple(str(w) for w in prose.get("counted_bodies") or ())
    partial = tuple(prose.get("partial_markers") or ())
    never = tuple(prose.get("never_totals") or ())
    partial_re, never_re = _any_of(partial), _any_of(never)
    other_year = prose.get("other_year") or {}
    processed = prose.get("processed_totals") or {}
    carried = prose.get("with_carried_over") or {}
    running = prose.get("running_totals") or {}
    part_of_year = prose.get("part_of_year") or {}
    caseload = prose.get("caseload") or {}
    scope = prose.get("scope") or {}
    others = prose.get("other_objects") or {}
    appeals_scope = prose.get("appeals_scope") or {}
    counted_indicators = prose.get("counted_indicators") or {}
    info = check_info("PROSE-TABLE")
    mine = [c for c in cells if c.template == template]
    cur = _Index(mine)
    multi_row = open_multi_row_runs(mine)
    out: list[Finding] = []
    forward_spec = prose.get("carried_forward_after") or {}
    for fact in [*facts, *_none_received(text, prose.get("none_received") or {}),
                 *_none_appealed(text, prose.get("none_appealed") or {})]:
        bare = _bare_processed(fact, facts, processed, template, text, others) or _listed_total(
            fact, facts, text, processed, prose.get("listed_totals") or {}, template)
        counted_as = _counted_indicator(fact, counted_indicators)
        subject = _by_subject(fact, processed, text)
        forward = _carried_after(fact, text, forward_spec) or _bare_carried(
            fact, facts, text, forward_spec, processed.get("verbs") or ())
        if not (fact.indicator or bare or counted_as or subject or forward) or fact.change or fact.unit in ("%", "％"):
            continue
        # the cells the count would be compared with, first: a count with none (the press conferences,
        # the items published …: most prose counts) is passed over before the tests of what it refers
        # to below, which all pass over a count too (each a pure test: the same counts are compared)
        handled = _processed_indicator(fact, processed, template)
        if subject and not handled:
            handled = _processed_target(processed, template, fact.text or "")
        indicator = forward or bare or handled or fact.indicator or counted_as
        closed = _closed_part(fact, prose.get("closed_parts") or {}, indicator)
        with_carried = _with_carried_over(fact, text, carried, template)
        joined = joined_kinds(fact, prose.get("joined_kinds") or {}, mapping, template)
        if joined == []:
            continue  # several kinds together, one of them no cell of this table: no sum to compare
        refs = with_carried or joined or (mapping.get(closed) or {}).get(template)
        if not refs:
            continue
        if partial_re.search(fact.counted or ""):
            continue  # a part of the whole (one office, one channel, a sub-category)
        if bodies and (fact.counted or "").startswith(bodies):
            continue  # a count of bodies (所属12个单位共受理…: 12 units), not of requests
        if _withdrawn(fact, never_re):
            continue  # withdrawn requests: never a total
        if _of_another_year(fact, text, year, other_year):
            continue  # last year's count (上年受理…68件), not this year's table
        if _running_total(fact, text, running, year=year):
            continue  # a running total over several years (截至…底，累计…), not this year's table
        if _of_part_of_year(fact, text, part_of_year):
            continue  # a count of a part of the year (截至11月底…, 上半年…, 第四季度…), not the year's table
        units = _other_bodies(fact, text, scope) or _sentence_subject(fact, text, scope)
        if units and units[0] == "part":
            continue  # the subordinate bodies' count (局属单位共受理…), not the report's own table
        if _other_object(fact, others, indicator):
            continue  # 行政许可申请, 信访件, 热线工单 …: not table 三's requests
        if _of_documents(fact, text, prose.get("documents") or {}, indicator):
            continue  # 新公开11件（1件涉密不予公开）: documents withheld, not requests refused
        indicator = closed
        if _not_respondent(fact, text, appeals_scope, indicator):
            continue  # the cases a review organ handles, not those against the body
        if _outcome_of_other_cases(fact, facts, text, appeals_scope):
            continue  # 行政诉讼2件，其中被纠错1件: the suits' outcome, not the review's
        terms = _resolve_side(refs, col=None, row=None, cur=cur, prev=None)
        if not terms:
            continue
        table_value = _Side(terms).value
        if _agrees(fact, terms, bounded, about, below):
            continue
        if with_carried and handled:
            # requests handled (办理…N件) with the carry-over among them: all the year had to handle
            # (新收 + 上年结转) or those it closed (办理结果总计); agreeing with either is agreeing
            closed = _resolve_side((mapping.get(handled) or {}).get(template) or [], col=None, row=None, cur=cur,
                                   prev=None)
            if closed and _agrees(fact, closed, bounded, about, below):
                continue
        if handled and not with_carried and _caseload(fact, text, caseload):
            # 共办理…89件，其中已办理完毕88件，剩余1件正在办理中: the year's caseload (新收 + 上年结转)
            load = _resolve_side((carried.get("cells") or {}).get(template) or [], col=None, row=None, cur=cur,
                                 prev=None)
            if load and _agrees(fact, load, bounded, about, below):
                continue
        wide = _wide_scope(fact, text, scope) or (units[1] if units else None)
        if wide and text is not None and _own_count_is_table(fact, facts, text, table_value, scope):
            continue  # 全县…280件，其中本级124件: the report says which count is the table's
        vary = "both" if len(terms) > 1 else "row"
        cell_text = _side_text(_Side(terms), template=template, vary=vary)
        qual = {"about": "about ", "more_than": "more than ", "less_than": "less than "}.get(fact.qualifier or "", "")
        message = (
            f"Prose {fact.text.strip()!r} states {qual}{fmt_number(fact.value)}"
            f"{' ' + fact.unit if fact.unit else ''}, but {table_label(terms[0].ref.table)} "
            f"{cell_text} (PROSE-TABLE, {info['en']}){_blank_note(terms, template=template)}."
        )
        if wide:
            message = (f"{message[:-1]}; but the prose counts {wide} (a whole jurisdiction or system), which may "
                       f"be a wider scope than the table's, so the two may not count the same requests.")
        check_id, severity = "PROSE-TABLE", str(info["severity"])
        if _uncertain_reading(terms, multi_row):  # the table cell may be ours to blame, not the report
            doubt = check_info("READING-UNCERTAIN")
            check_id, severity = "READING-UNCERTAIN", str(doubt["severity"])
            message = (
                f"{message[:-1]}; but the table cells were {uncertainty(terms, multi_row)}, so the disagreement may be "
                f"a misreading rather than an error of the report (READING-UNCERTAIN, {doubt['en']})."
            )
        out.append(
            Finding(
                check_id=check_id,
                severity=severity,
                message=message,
                expected=_plain(table_value),
                found=fact.value,
                cells=tuple(cell_key(t.cell) for t in terms),
                start=fact.start,
                end=fact.end,
            )
        )
    refs = {ind: list(by_template.get(template) or ()) for ind, by_template in mapping.items()}
    out.extend(check_percent(facts, text, refs=refs))
    return out
