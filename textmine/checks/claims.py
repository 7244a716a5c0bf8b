"""What a report's prose says of last year, for the cross-year checks (:mod:`textmine.checks.history`).

Two kinds of claim, read from a report's facts and sentences (records or output rows):

* a **change on last year** of a table total (全年新收申请139件，较上年增加4件; …117件，同比增长13.8%):
  ``("change", readings, sign, amount, unit, text, start, end, (qualifier, upper))``, ``readings`` the (cell key, this
  year's value) of the count beside the change, which must carry a table indicator, and, when that
  count is a bare clause (办结135件) carrying on its sentence's subject, of the sentence's earlier
  counts too; whether a reading's count is this year's table is checked with the table (PROSE-YEAR);
* **no change** on last year (全年新收申请23件，与上年持平): a change claim of 0 件 on the count right
  before it; 基本持平 (roughly level) is not a claim;
* a value the report says it **restated** (上年结转3件（含…上年报告未计入…）; 上一年项目数量…重新统计为
  591项): ``("restated", cell key, value)``: a cross-year rule on that cell does not question it again
  when the table holds the value the prose gives.

The words are ``prose_year`` of ``checks.yaml``.

Example:
    >>> from textmine.model import Fact, Sentence
    >>> t = "全年新收政府信息公开申请139件，较上年增加4件。"
    >>> facts = [Fact(1, 1, 139, "件", None, "新收政府信息公开申请", "new_received", "新收政府信息公开申请139件", 0, 16),
    ...          Fact(2, 1, 4, "件", None, "新收政府信息公开申请", None, "较上年增加4件", 17, 23, change="increase")]
    >>> year_claims(facts, [Sentence(1, None, "overview", t, 0, len(t))], "gov2021")
    (('change', (('requests.new_received.total', '139'),), 1, '4', '件', '较上年增加4件', 17, 23, (None, None)),)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from textmine.checks.counts import count_words
from textmine.checks.spec import checks_spec

Claim = tuple[Any, ...]


def _get(record: Any, name: str) -> Any:
    """A field of a record or of an output row (a missing value read back as NaN is ``None``)."""
    # (an output row is a plain dict: asked first, without the Mapping ABC's slower isinstance)
    value = record.get(name) if type(record) is dict or isinstance(record, Mapping) else getattr(record, name, None)
    return None if isinstance(value, float) and value != value else value


def _dec(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        out = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return None if out.is_nan() else out


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def claim_cells(template: str) -> frozenset[tuple[str, str, str]]:
    """The cells the change claims of ``template`` may name (kept by the cross-year index)."""
    spec = checks_spec().get("prose_year") or {}
    refs = (checks_spec().get("prose") or {}).get("indicators") or {}
    out: set[tuple[str, str, str]] = set()
    for indicator in spec.get("indicators") or ():
        for ref in (refs.get(indicator) or {}).get(template) or ():
            table, row, col = str(ref).split(".")
            out.add((table, row, col))
    return frozenset(out)


def year_claims(facts: Iterable[Any], sentences: Iterable[Any], template: str | None) -> tuple[Claim, ...]:
    """The claims on last year (see the module docstring) of one report's ``facts`` and ``sentences``."""
    spec = checks_spec().get("prose_year") or {}
    if not template or not spec:
        return ()
    refs = (checks_spec().get("prose") or {}).get("indicators") or {}
    texts = {_get(s, "sentence_id"): (_get(s, "text") or "", int(_get(s, "start") or 0)) for s in sentences}
    facts = sorted(facts, key=lambda f: (int(_get(f, "start") or 0), int(_get(f, "end") or 0)))
    indicators = set(spec.get("indicators") or ())
    last_year = tuple(str(w) for w in spec.get("last_year") or ())
    restated_words = tuple(str(w) for w in spec.get("restated") or ())
    gap = int(spec.get("max_gap", 12))
    level = re.compile(str(spec["level"])) if spec.get("level") else None
    out: list[Claim] = []
    for i, fact in enumerate(facts):
        sid = _get(fact, "sentence_id")
        sentence, offset = texts.get(sid, ("", 0))
        change = _get(fact, "change")
        unit = _get(fact, "unit")
        if level and not change and unit == "件" and _get(fact, "indicator") in indicators and sentence:
            # …23件，与上年持平: no change on last year, said of the count right before it
            after = sentence[int(_get(fact, "end") or 0) - offset:]
            m = level.match(after)
            value = _dec(_get(fact, "value"))
            cells = (refs.get(_get(fact, "indicator")) or {}).get(template) or ()
            if m is not None and value is not None and len(cells) == 1:
                out.append(("change", ((str(cells[0]), _plain(value)),), 1, "0", "件", m.group().lstrip("，, "),
                            int(_get(fact, "end") or 0) + m.start(), int(_get(fact, "end") or 0) + m.end()))
                continue
        prior = _last_years_count_before(fact, facts[:i], sentence, offset, spec, indicators, refs, template, gap)
        if prior is not None:
            out.append(prior)
            continue
        last_value = _last_years_value(fact, facts[:i], sentence, offset, spec, indicators, refs, template, gap)
        if last_value is not None:
            out.append(last_value)
            continue
        if change in ("increase", "decrease") and unit in ("件", "%", "％"):
            # the count the change is about: the last count before it in its sentence (the change's
            # own text may begin with it: 受理申请117件，同比增长13.8%)
            base = next((g for g in reversed(facts[:i]) if _get(g, "sentence_id") == sid
                         and int(_get(g, "end") or 0) <= int(_get(fact, "end") or 0) and not _get(g, "change")), None)
            if base is None or _get(base, "indicator") not in indicators or _get(base, "unit") != "件":
                continue
            between = sentence[int(_get(base, "end")) - offset: int(_get(fact, "end")) - offset]
            if len(between) > gap or not any(w in between for w in last_year):
                continue
            amount = _dec(_get(fact, "value"))
            # a bare clause (办结135件，较上年增加4件) carries on the sentence's subject, so the change may
            # be about an earlier count of the sentence too: each is a reading, and one that agrees clears it
            bases = [base]
            if "申请" not in str(_get(base, "text") or ""):
                bases += [g for g in reversed(facts[:i]) if g is not base and _get(g, "sentence_id") == sid
                          and int(_get(g, "end") or 0) <= int(_get(base, "start") or 0) and not _get(g, "change")
                          and _get(g, "indicator") in indicators and _get(g, "unit") == "件"]
            readings = []
            for g in bases:
                cells = (refs.get(_get(g, "indicator")) or {}).get(template) or ()
                value = _dec(_get(g, "value"))
                if len(cells) == 1 and value is not None:
                    readings.append((str(cells[0]), _plain(value)))
            if not readings or amount is None:
                continue
            upper = _dec(_get(fact, "upper"))
            out.append(("change", tuple(readings), 1 if change == "increase" else -1, _plain(amount),
                        "%" if unit in ("%", "％") else "件", str(_get(fact, "text") or ""),
                        int(_get(fact, "start") or 0), int(_get(fact, "end") or 0),
                        (_get(fact, "qualifier"), None if upper is None else _plain(upper))))
        elif sentence and any(w in sentence for w in restated_words):
            value = _dec(_get(fact, "value"))
            if value is None:
                continue
            for key, rule in (spec.get("restatable") or {}).items():
                if _get(fact, "indicator") in (rule.get("indicators") or ()) or (
                        unit in (rule.get("units") or ()) and any(str(w) in sentence for w in rule.get("words") or ())):
                    rows = rule.get("rows") or {}
                    if rows:
                        row = next((r for label, r in rows.items() if str(label) in sentence), None)
                        if row is None:
                            continue
                        key = str(key).replace("$row", str(row))
                    out.append(("restated", str(key), _plain(value)))
    return tuple(out)


def _last_years_value(fact: Any, before: list[Any], sentence: str, offset: int, spec: Mapping[str, Any],
                      indicators: set[str], refs: Mapping[str, Any], template: str, gap: int) -> Claim | None:
    """Last year's value said right after this year's count (本年度新收申请111件，去年为88件;
    ``spec['last_value']``, not a count of this year's cells such as 上年结转): the change it makes,
    as a change claim on the count before it, or ``None``. An exact count only (去年为80余件 is not).

    >>> from textmine.model import Fact
    >>> spec = {"last_value": "^(?:去年|上年)(?:为|是)?$"}
    >>> t = "本年度新收申请111件，去年为88件。"
    >>> base = Fact(1, 1, 111, "件", None, "新收申请", "new_received", "新收申请111件", 3, 12)
    >>> f = Fact(2, 1, 88, "件", None, "去年", None, "去年为88件", 13, 19)
    >>> refs = {"new_received": {"gov2021": ["requests.new_received.total"]}}
    >>> _last_years_value(f, [base], t, 0, spec, {"new_received"}, refs, "gov2021", 20)
    ('change', (('requests.new_received.total', '111'),), 1, '23', '件', '去年为88件', 13, 19, ('last_value', None))
    >>> g = Fact(2, 1, 3, "件", None, "上年结转", "carried_over", "上年结转3件", 13, 19)
    >>> _last_years_value(g, [base], t, 0, spec, {"new_received"}, refs, "gov2021", 20) is None
    True
    """
    pattern = spec.get("last_value")
    if (not pattern or not sentence or _get(fact, "change") or _get(fact, "indicator") or _get(fact, "unit") != "件"
            or _get(fact, "qualifier") or _get(fact, "upper") is not None):
        return None
    text = str(_get(fact, "text") or "")
    head = count_words(text)
    m = re.match(str(pattern), head)
    if not m:
        return None
    base = _previous_count(fact, before)
    if base is None or _get(base, "indicator") not in indicators or _get(base, "unit") != "件" or _get(base, "qualifier"):
        return None
    if (m.groupdict().get("verb") or "") not in str(_get(base, "text") or ""):
        return None  # 去年同期办结… after 受理…: last year's count of another kind
    if not _adjacent(base, fact, sentence, offset, gap):
        return None
    return _change_claim(base, fact, refs, template)


def _last_years_count_before(fact: Any, before: list[Any], sentence: str, offset: int, spec: Mapping[str, Any],
                             indicators: set[str], refs: Mapping[str, Any], template: str, gap: int) -> Claim | None:
    """This year's count right after last year's count of the same indicator (上年度收到申请88件，本年度
    收到87件; ``spec['last_count']`` opens the earlier count's words): the change the two make, as a change
    claim on this year's count, or ``None``. Exact counts only.

    >>> from textmine.model import Fact
    >>> spec = {"last_count": "^(?:上一?年度?|去年)(?:同期)?(?!度?结转)"}
    >>> t = "上年度收到申请88件，本年度收到87件。"
    >>> last = Fact(1, 1, 88, "件", None, "申请", "new_received", "上年度收到申请88件", 0, 10)
    >>> now = Fact(2, 1, 87, "件", None, "申请", "new_received", "收到87件", 14, 19)
    >>> refs = {"new_received": {"gov2021": ["requests.new_received.total"]}}
    >>> _last_years_count_before(now, [last], t, 0, spec, {"new_received"}, refs, "gov2021", 20)
    ('change', (('requests.new_received.total', '87'),), -1, '1', '件', '上年度收到申请88件', 0, 10, ('last_value', None))
    >>> carried = Fact(1, 1, 3, "件", None, "申请", "new_received", "上年结转申请3件", 0, 8)
    >>> _last_years_count_before(now, [carried], t, 0, spec, {"new_received"}, refs, "gov2021", 20) is None
    True
    """
    pattern = spec.get("last_count")
    indicator = _get(fact, "indicator")
    if (not pattern or not sentence or _get(fact, "change") or indicator not in indicators or _get(fact, "unit") != "件"
            or _get(fact, "qualifier") not in (None, "total") or _get(fact, "upper") is not None):
        return None
    if re.match(str(pattern), count_words(str(_get(fact, "text") or ""))):
        return None  # last year's count itself
    prior = _previous_count(fact, before)
    if (prior is None or _get(prior, "indicator") != indicator or _get(prior, "unit") != "件"
            or _get(prior, "qualifier") not in (None, "total") or _get(prior, "upper") is not None):
        return None
    text = str(_get(prior, "text") or "")
    # the words of last year's count from its clause's start (去年共收到申请86件: the fact's own text may
    # begin at its verb)
    head = sentence[: int(_get(prior, "start") or 0) - offset]
    cut = max(head.rfind(ch) for ch in "，,；;")
    if not re.match(str(pattern), head[cut + 1:] + count_words(text)):
        return None
    if not _adjacent(prior, fact, sentence, offset, gap):
        return None
    return _change_claim(fact, prior, refs, template)


def _previous_count(fact: Any, before: list[Any]) -> Any | None:
    """The last fact of ``fact``'s sentence among ``before`` that ends before it and states no change."""
    sid = _get(fact, "sentence_id")
    return next((g for g in reversed(before) if _get(g, "sentence_id") == sid and not _get(g, "change")
                 and int(_get(g, "end") or 0) <= int(_get(fact, "start") or 0)), None)


def _adjacent(first: Any, then: Any, sentence: str, offset: int, gap: int) -> bool:
    """Whether at most ``gap`` characters and no sentence end stand between two facts of ``sentence``."""
    between = sentence[int(_get(first, "end")) - offset: int(_get(then, "start")) - offset]
    return len(between) <= gap and not re.search(r"[。；;！？]", between)


def _change_claim(this_year: Any, last_year: Any, refs: Mapping[str, Any], template: str) -> Claim | None:
    """The change claim from last year's count to this year's on the one cell this year's count
    restates (the evidence: last year's count), or ``None`` when it restates no single cell."""
    cells = (refs.get(_get(this_year, "indicator")) or {}).get(template) or ()
    now, then = _dec(_get(this_year, "value")), _dec(_get(last_year, "value"))
    if len(cells) != 1 or now is None or then is None:
        return None
    return ("change", ((str(cells[0]), _plain(now)),), 1 if now >= then else -1, _plain(abs(now - then)), "件",
            str(_get(last_year, "text") or ""), int(_get(last_year, "start") or 0), int(_get(last_year, "end") or 0),
            ("last_value", None))


def restated(claims: Iterable[Claim]) -> dict[str, str]:
    """The cells the report says it restated, with the value it gives."""
    return {c[1]: c[2] for c in claims if c[0] == "restated"}


def stated_change_agrees(claim: Claim, now: Decimal, before: Decimal) -> bool | None:
    """Whether a change claim agrees with this year's ``now`` and last year's ``before``; ``None``
    when it cannot be judged (a share of a zero base).

    >>> c = ("change", (("requests.new_received.total", "139"),), 1, "4", "件", "", 0, 0)
    >>> stated_change_agrees(c, Decimal(139), Decimal(135)), stated_change_agrees(c, Decimal(139), Decimal(130))
    (True, False)
    >>> p = ("change", (("requests.new_received.total", "117"),), 1, "13.6", "%", "", 0, 0)
    >>> stated_change_agrees(p, Decimal(117), Decimal(103)), stated_change_agrees(p, Decimal(117), Decimal(90))
    (True, False)
    >>> q = ("change", (("requests.new_received.total", "23"),), 1, "10", "件", "较上年增加10余件", 0, 0, ("more_than", None))
    >>> stated_change_agrees(q, Decimal(23), Decimal(12)), stated_change_agrees(q, Decimal(23), Decimal(16))
    (True, False)
    """
    _, _, sign, amount, unit, text, *rest = claim
    qualifier, upper = rest[2] if len(rest) > 2 else (None, None)
    stated = Decimal(amount)
    if unit == "件":
        actual, step = (now - before) * sign, Decimal(0)
    else:
        if before == 0:
            return None
        actual = (now - before) * 100 / before * sign
        exponent = Decimal(amount).normalize().as_tuple().exponent
        step = Decimal(1).scaleb(min(int(exponent), 0))  # one unit of the last printed digit
    # a qualified change is not exact (较上年增加10余件, 同比增长约30%, 增长超过50%, 增加5至8件): it
    # agrees with every change its words allow
    if upper is not None:
        return stated - step <= actual <= Decimal(upper) + step
    if qualifier == "about":
        tolerance = Decimal(str((checks_spec().get("prose") or {}).get("about_tolerance", 0.05)))
        exponent = stated.normalize().as_tuple().exponent
        # 约30%, 近10件: within the tolerance, or within half a unit of the last significant digit
        return abs(actual - stated) <= max(stated * tolerance, Decimal(1).scaleb(int(exponent)) / 2, step)
    if qualifier == "more_than":
        bounded = tuple((checks_spec().get("prose") or {}).get("bounded_more_than") or ("余", "多"))
        if actual < stated - step:
            return False
        if any(f"{_plain(stated)}{mark}" in (text or "") for mark in bounded):  # 10余件 → [10, 20)
            exponent = stated.normalize().as_tuple().exponent if stated else 0
            return actual < stated + Decimal(1).scaleb(int(exponent)) + step
        return True
    if qualifier == "less_than":
        return actual <= stated + step
    return abs(actual - stated) <= step
