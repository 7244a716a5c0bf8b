"""Prose against tables: numbers stated in prose (facts with an ``indicator``) compared with the table (:func:`check_prose`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from textmine.checks.counts import (
    _bare_carried,
    _bare_processed,
    _by_subject,
    _carried_after,
    _none_received,
    _other_object,
    _processed_indicator,
    _processed_target,
)
from textmine.checks.doubt import _uncertain_reading, open_multi_row_runs, uncertainty
from textmine.checks.identities import infer_template
from textmine.checks.index import _dec, _Index, _resolve_side, _Side, cell_key, fact_decimal
from textmine.checks.percent import check_percent
from textmine.checks.render import _blank_note, _plain, _side_text, fmt_number
from textmine.checks.scope import (
    _clause_of,
    _other_bodies,
    _own_count_is_table,
    _sentence_subject,
    _wide_scope,
    clause_start,
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


_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _of_another_year(fact: Fact, text: str | None, year: int | None, spec: Mapping[str, Any]) -> bool:
    """True when the clause that states ``fact`` dates it to another year than the report's: it names
    last year (``spec['marks']``: 上年受理…68件, 去年同期…) or a year other than ``year``
    (2022年受理…68件 in a report on 2023). Words that name a cell of this year's table
    (``spec['this_year']``: 上年结转) are not dates.

    >>> spec = {"marks": ["上年", "去年"], "this_year": ["上年结转"]}
    >>> t = "全年受理申请71件，上年受理申请68件，上年结转2件。"
    >>> facts = [Fact(i, 1, v, "件", None, None, None, w, t.index(w), t.index(w) + len(w))
    ...          for i, (v, w) in enumerate([(71, "受理申请71件"), (68, "受理申请68件"), (2, "上年结转2件")])]
    >>> [_of_another_year(f, t, 2023, spec) for f in facts]
    [False, True, False]
    >>> t2 = "2022年受理申请68件，2023年受理申请71件。"
    >>> f68 = Fact(1, 1, 68, "件", None, None, None, "受理申请68件", 5, 12)
    >>> f71 = Fact(2, 1, 71, "件", None, None, None, "受理申请71件", 18, 25)
    >>> _of_another_year(f68, t2, 2023, spec), _of_another_year(f71, t2, 2023, spec)
    (True, False)
    """
    if text is None or not spec:
        return False
    clause = _clause_of(fact, text)  # the clause only, not the text before it
    for word in spec.get("this_year") or ():
        clause = clause.replace(str(word), "")
    if any(str(m) in clause for m in spec.get("marks") or ()):
        return True
    return year is not None and any(int(y) != year for y in _YEAR.findall(clause))


@functools.lru_cache(maxsize=8)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _of_part_of_year(fact: Fact, text: str | None, spec: Mapping[str, Any]) -> bool:
    """True when the clause that states ``fact``, or an earlier clause of its sentence it carries on
    from, dates it to a part of the year (``spec['marks']``: 截至11月底, 上半年, 第四季度, 1—11月): a count
    of a period, not the year's table. The walk back stops at a clause that names the whole year
    (``spec['whole']``: 上半年…，下半年…，全年共61件 is the year's).

    >>> spec = {"marks": "截至(?:1[01]|[1-9])月|上半年|下半年|第[一二三四]季度", "whole": ["全年"]}
    >>> t = "截至11月底，共收到申请77件。上半年收到22件，下半年收到39件，全年共61件，其中第四季度受理9件。"
    >>> facts = [Fact(i, 1, v, "件", None, None, None, w, t.index(w), t.index(w) + len(w))
    ...          for i, (v, w) in enumerate([(77, "收到申请77件"), (39, "收到39件"), (61, "共61件"), (9, "受理9件")])]
    >>> [_of_part_of_year(f, t, spec) for f in facts]
    [True, True, False, True]
    >>> t2 = "截至12月31日，共收到申请80件。"
    >>> _of_part_of_year(Fact(1, 1, 80, "件", None, None, None, "收到申请80件", 9, 16), t2, spec)
    False
    """
    if text is None or not spec or not spec.get("marks"):
        return False
    marks = _compiled(str(spec["marks"]))
    whole = tuple(str(w) for w in spec.get("whole") or ())
    start, end = clause_start(text, fact.start), fact.end
    while True:
        clause = text[start:end]
        if marks.search(clause):
            return True
        if any(w in clause for w in whole):
            return False
        if start <= 0 or text[start - 1] not in "，,":
            return False
        end = start - 1
        start = clause_start(text, end)


def _caseload(fact: Fact, text: str | None, spec: Mapping[str, Any]) -> bool:
    """True for a count of requests handled (``spec['verbs']``: 办理) whose sentence goes on to say some
    are still open (``spec['open']``: 正在办理, 剩余, 结转 …): the count is the year's caseload.

    >>> spec = {"verbs": ["办理"], "open": ["正在办理", "剩余"]}
    >>> t = "全年共办理申请89件，其中已办理完毕88件，剩余1件正在办理中。全年共办理申请89件，均已办结。"
    >>> a = Fact(1, 1, 89, "件", None, None, None, "办理申请89件", 3, 10)
    >>> b = Fact(2, 2, 89, "件", None, None, None, "办理申请89件", t.rindex("办理申请"), t.rindex("办理申请") + 7)
    >>> _caseload(a, t, spec), _caseload(b, t, spec)
    (True, False)
    """
    if text is None or not spec or not any(str(v) in (fact.text or "") for v in spec.get("verbs") or ()):
        return False
    rest = text[fact.end:]
    stop = re.search(r"[。；;！？!?\n\r]", rest)
    rest = rest[: stop.start() if stop else None]
    return any(str(w) in rest for w in spec.get("open") or ())


def _sentence_before(fact: Fact, text: str) -> str:
    """The sentence that states ``fact``, from its start to the fact's end."""
    start = fact.start
    while start > 0 and text[start - 1] not in "。！？!?\n\r":
        start -= 1
    return text[start: fact.end]


def _running_total(fact: Fact, text: str | None, spec: Mapping[str, Any]) -> bool:
    """True for a running total over several years: a count with 累计 (its qualifier
    ``cumulative``) in a sentence that dates it up to a day or over the years (``spec['marks']``:
    截至2023年底，累计受理…950件), unless its clause says it is this year's (``spec['this_year']``).

    >>> spec = {"marks": ["截至", "历年"], "this_year": ["全年"]}
    >>> t = "截至2023年底，累计受理政府信息公开申请950件；全年累计受理申请45件。"
    >>> a = Fact(1, 1, 950, "件", "cumulative", "政府信息公开申请", "new_received", "受理政府信息公开申请950件", 10, 27)
    >>> b = Fact(2, 1, 45, "件", "cumulative", "申请", "new_received", "受理申请45件", 32, 38)
    >>> _running_total(a, t, spec), _running_total(b, t, spec)
    (True, False)
    >>> span = {**spec, "span": r"\\d{4}\\s*年?\\s*[—–－\\-~～至到]\\s*\\d{4}\\s*年"}
    >>> t2 = "2019—2022年累计受理政府信息公开申请476件。"
    >>> c = Fact(3, 1, 476, "件", "cumulative", "政府信息公开申请", "new_received", "受理政府信息公开申请476件", 11, 28)
    >>> _running_total(c, t2, span), _running_total(c, t2, spec)
    (True, False)
    """
    if text is None or not spec:
        return False
    clause = _clause_of(fact, text)
    if fact.qualifier != "cumulative" and "累计" not in clause:
        return False
    if any(str(m) in clause for m in spec.get("this_year") or ()):
        return False
    before = _sentence_before(fact, text)
    if spec.get("span") and re.search(str(spec["span"]), before):
        return True  # 2019—2022年累计受理…: over the years of a span
    return any(str(m) in before for m in spec.get("marks") or ())


def _withdrawn(fact: Fact, never: re.Pattern[str]) -> bool:
    """True for a count of withdrawn requests: the fact's own words say so (申请人撤回申请3件), or its
    counted phrase does where it is printed in them. A counted phrase carried over from an earlier
    clause (申请人撤回申请3件，全年共受理75件: 受理75件 inherits 撤回) does not make a total withdrawn.

    >>> never = _any_of(("撤回",))
    >>> _withdrawn(Fact(1, 1, 3, "件", None, "申请人撤回申请", None, "申请人撤回申请3件", 0, 9), never)
    True
    >>> _withdrawn(Fact(2, 1, 75, "件", None, "受理的申请人撤回申请", "new_received", "受理75件", 12, 16), never)
    False
    """
    own = fact.text or ""
    counted = fact.counted or ""
    return bool(never.search(own) or (counted and counted in own and never.search(counted)))


@functools.lru_cache(maxsize=64)
def _any_of(marks: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a text when one of ``marks`` is in it (never for no marks). A mark that
    ends with 办 (公开办, 政府办: an office) is not found where the 办 opens a verb (依申请公开办结,
    区政府办理: the handling, not the office).

    >>> m = _any_of(("公开办", "其中"))
    >>> bool(m.search("县政务公开办受理")), bool(m.search("依申请公开办结")), bool(m.search("其中办理"))
    (True, False, True)
    """
    if not marks:
        return re.compile("(?!)")
    return re.compile("|".join(re.escape(str(m)) + ("(?![结理件])" if str(m).endswith("办") else "") for m in marks))


def _with_carried_over(fact: Fact, text: str | None, spec: Mapping[str, Any], template: str) -> list[str] | None:
    """The cells a received count restates when the report says right after it that it includes
    last year's carry-over (``…98件（含上年结转3件）``: 新收 + 上年结转), else ``None``.

    >>> spec = {"marks": ["含上年结转"], "indicators": ["new_received"],
    ...         "cells": {"gov2021": ["requests.new_received.total", "requests.carried_over.total"]}}
    >>> f = Fact(1, 1, 98, "件", "total", "申请", "new_received", "收到申请98件", 0, 7)
    >>> _with_carried_over(f, "收到申请98件（含上年结转3件）", spec, "gov2021")
    ['requests.new_received.total', 'requests.carried_over.total']
    >>> _with_carried_over(f, "收到申请98件（不含上年结转3件）", spec, "gov2021") is None
    True
    """
    if not text or not spec or fact.indicator not in (spec.get("indicators") or ()):
        return None
    cells = (spec.get("cells") or {}).get(template)
    after = text[fact.end: fact.end + 12].lstrip(" \u3000（(，,")
    if cells and any(after.startswith(str(m)) for m in spec.get("marks") or ()):
        return [str(c) for c in cells]
    if cells and _carry_over_in_parts(text, fact.end, spec.get("parts") or {}):
        return [str(c) for c in cells]
    return None


def _carry_over_in_parts(text: str, end: int, spec: Mapping[str, Any]) -> bool:
    """True when the list of parts right after a count (``spec['opens']``: 其中) breaks it into this
    year's new requests and last year's carry-over: the list's first part is the carry-over
    (``spec['carried']``: 上年结转), or it is the new requests (``spec['new']``: 新收) and a later part of
    the same list is the carry-over. The list ends at 。 ； a line break, or the bracket it opened in;
    it may open the next sentence when the count ends its own (…123件。其中，新收118件，上年结转5件。).

    >>> spec = {"opens": ["其中"], "carried": ["上年结转"], "new": ["新收"]}
    >>> t = "共办理申请63件，其中新收61件、上年结转2件；已办结61件。"
    >>> _carry_over_in_parts(t, t.index("63件") + 3, spec)
    True
    >>> t = "共受理申请111件（其中上年结转4件），办结110件。"
    >>> _carry_over_in_parts(t, t.index("111件") + 4, spec)
    True
    >>> t = "全年共收到申请123件。其中，新收118件，上年结转5件。"
    >>> _carry_over_in_parts(t, t.index("123件") + 4, spec)
    True
    >>> t = "共受理申请50件，其中网络申请40件，办结48件，上年结转2件已办结。"
    >>> _carry_over_in_parts(t, t.index("50件") + 3, spec)
    False
    """
    if not spec:
        return False
    rest = text[end: end + 80]
    lead = len(rest) - len(rest.lstrip(" \u3000（(，,"))
    if not lead and rest[:1] == "。":  # the count ends its sentence and the next one lists its parts
        lead = 1
    bracket = any(ch in "（(" for ch in rest[:lead])
    rest = rest[lead:]
    opens = next((str(o) for o in spec.get("opens") or () if rest.startswith(str(o))), None)
    if opens is None:
        return False
    rest = rest[len(opens):].lstrip(" \u3000，,：:")
    stop = re.search(r"[。；;\n\r]" + (r"|[）)]" if bracket else ""), rest)
    parts = [p.strip(" \u3000：:") for p in re.split(r"[、，,]", rest[: stop.start() if stop else None])]
    carried = tuple(str(m) for m in spec.get("carried") or ())
    new = tuple(str(m) for m in spec.get("new") or ())
    if not parts or not carried:
        return False
    if parts[0].startswith(carried):
        return True
    return parts[0].startswith(new) and any(p.startswith(carried) for p in parts[1:])


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
    """
    if text is None or not spec or indicator not in (spec.get("indicators") or ()):
        return False
    sentence = _sentence_before(fact, text)
    where = sentence if indicator in (spec.get("parts") or ()) else _clause_of(fact, text)
    if not any(str(w) in where for w in spec.get("organ") or ()):
        return False  # 发生行政复议1件: a count of cases, whoever decides them
    return not any(str(w) in sentence for w in spec.get("respondent") or ())


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
    for fact in [*facts, *_none_received(text, prose.get("none_received") or {})]:
        bare = _bare_processed(fact, facts, processed, template, text, others)
        counted_as = _counted_indicator(fact, counted_indicators)
        subject = _by_subject(fact, processed, text)
        forward = _carried_after(fact, text, forward_spec) or _bare_carried(
            fact, facts, text, forward_spec, processed.get("verbs") or ())
        if not (fact.indicator or bare or counted_as or subject or forward) or fact.change or fact.unit in ("%", "％"):
            continue
        if partial_re.search(fact.counted or ""):
            continue  # a part of the whole (one office, one channel, a sub-category)
        if bodies and (fact.counted or "").startswith(bodies):
            continue  # a count of bodies (所属12个单位共受理…: 12 units), not of requests
        if _withdrawn(fact, never_re):
            continue  # withdrawn requests: never a total
        if _of_another_year(fact, text, year, other_year):
            continue  # last year's count (上年受理…68件), not this year's table
        if _running_total(fact, text, running):
            continue  # a running total over several years (截至…底，累计…), not this year's table
        if _of_part_of_year(fact, text, part_of_year):
            continue  # a count of a part of the year (截至11月底…, 上半年…, 第四季度…), not the year's table
        units = _other_bodies(fact, text, scope) or _sentence_subject(fact, text, scope)
        if units and units[0] == "part":
            continue  # the subordinate bodies' count (局属单位共受理…), not the report's own table
        handled = _processed_indicator(fact, processed, template)
        if subject and not handled:
            handled = _processed_target(processed, template, fact.text or "")
        indicator = forward or bare or handled or fact.indicator or counted_as
        if _other_object(fact, others, indicator):
            continue  # 行政许可申请, 信访件, 热线工单 …: not table 三's requests
        if _not_respondent(fact, text, appeals_scope, indicator):
            continue  # the cases a review organ handles, not those against the body
        if _outcome_of_other_cases(fact, facts, text, appeals_scope):
            continue  # 行政诉讼2件，其中被纠错1件: the suits' outcome, not the review's
        with_carried = _with_carried_over(fact, text, carried, template)
        refs = with_carried or (mapping.get(indicator) or {}).get(template)
        if not refs:
            continue
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
