"""Percentages stated beside the counts they are taken of (:func:`check_percent`).

Reports give a part's share right after the part, in a sentence that states the whole first:
``办结政府信息公开申请71件，其中予以公开3件，占4.2%``. The share must be the part over the whole
to the precision printed (one unit of the last printed digit: rounding and cutting off both pass).
The arithmetic is the report's own, so no reading of ours is involved; the finding names the
table cells the two counts restate, when they restate one.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from textmine.checks.index import fact_decimal
from textmine.checks.render import fmt_number
from textmine.checks.spec import check_info
from textmine.model import Fact, Finding

PERCENT_UNITS = ("%", "％")


def _step(value: Decimal) -> Decimal:
    """One unit of the last printed digit: ``4.2`` → 0.1, ``50`` → 1."""
    exponent = int(value.as_tuple().exponent)
    return Decimal(1).scaleb(min(exponent, 0))


def _number_start(fact: Fact) -> int:
    """Where the number of a percentage or of a change in 件 starts (a fact's text may open with
    what it counts, or with its verb: 增加5件 → at 5)."""
    m = re.search(r"[\d.]+\s*(?:[%％]|件)\s*$", fact.text or "")
    return fact.end - len(m.group(0)) if m else fact.start


def _named_whole(gap: str, spec: Mapping[str, Any]) -> str | None:
    """The verb of the whole a share names (占办结总数的 → 办结; ``spec['named']``), or ``None``.

    >>> spec = {"named": ["办结", "受理"]}
    >>> _named_whole("占办结总数的", spec), _named_whole("占受理申请总数的比例为", spec), _named_whole("占", spec)
    ('办结', '受理', None)
    """
    pattern = _named_whole_pattern(tuple(str(w) for w in spec.get("named") or ()))
    if pattern is None:
        return None
    m = pattern.fullmatch(gap)
    return m.group(1) if m else None


@functools.lru_cache(maxsize=16)
def _named_whole_pattern(named: tuple[str, ...]) -> re.Pattern[str] | None:
    """The pattern of :func:`_named_whole` for the verbs ``named`` (built once per spec, not once
    per percentage); ``None`` for none.

    >>> _named_whole_pattern(("办结",)).fullmatch("占办结总数的").group(1), _named_whole_pattern(())
    ('办结', None)
    """
    words = "|".join(re.escape(w) for w in named)
    if not words:
        return None
    return re.compile(f"占(?:全部|全年)?({words})[^\\d%％]{{0,6}}?(?:总数|总量|总件数|件数)的?(?:比例|比重)?为?")


#: A fact's end (the key of the last fact before a percentage).
_END = operator.attrgetter("end")


def _share_of(pct: Fact, facts: Sequence[Fact], spec: Mapping[str, Any], text: str | None) -> tuple[Fact, Fact] | None:
    """(part, whole) of a percentage: the count printed right before it (joined by one of
    ``spec['joins']``: ，占 / ，占比), and the count its sentence states before one of
    ``spec['part_marks']`` (其中) and the part."""
    joins = tuple(str(j) for j in spec.get("joins") or ())
    at = _number_start(pct)
    before = [f for f in facts if f.end <= at and f.unit not in PERCENT_UNITS and not f.change]
    if not before or text is None:
        return None
    part = max(before, key=_END)
    gap = re.sub(r"[\s，,、：:]", "", text[part.end: at])
    if part.unit is None:
        return None
    named = _named_whole(gap, spec)
    if named is not None:
        # 予以公开5件，占办结总数的41.7%: the whole is the sentence's earlier count of what the share names
        for whole in sorted((f for f in before if f.end <= part.start), key=lambda f: -f.end):
            if re.search(r"[。！？\n\r]", text[whole.end: part.start]):
                return None
            if whole.unit == part.unit and named in (whole.text or ""):
                return (part, whole) if fact_decimal(whole.value) >= fact_decimal(part.value) else None
        return None
    if gap not in joins:
        return None
    marks = tuple(str(m) for m in spec.get("part_marks") or ())
    for whole in sorted((f for f in before if f.end <= part.start), key=lambda f: -f.end):
        between = text[whole.end: part.start]
        if re.search(r"[。！？\n\r]", between):
            return None
        if whole.unit == part.unit and any(m in between for m in marks):
            return (part, whole) if fact_decimal(whole.value) >= fact_decimal(part.value) else None
    return None


def _named_rate(pct: Fact, facts: Sequence[Fact], spec: Mapping[str, Any], text: str | None) -> tuple[Fact, Fact] | None:
    """(part, whole) of a rate named by what it measures (``spec['rates']``: 办结率, 公开率, 按时办结率) printed right
    after the count of that (the part: its words name the rate's stem) and the count before it in the sentence (the
    whole: its words do not): 受理申请113件，办结113件，办结率100%; 办结申请127件，其中予以公开和部分公开7件，公开率5.5%.

    >>> spec = {"rates": ["办结", "公开"]}
    >>> t = "受理申请113件，办结113件，办结率94%。"
    >>> def at(i, t, w, value, unit="件"):
    ...     return Fact(i, 1, value, unit, None, None, None, w, t.index(w), t.index(w) + len(w))
    >>> whole, part, pct = at(1, t, "受理申请113件", 113), at(2, t, "办结113件", 113), at(3, t, "办结率94%", 94, "%")
    >>> [f.text for f in _named_rate(pct, [whole, part, pct], spec, t)]
    ['办结113件', '受理申请113件']
    >>> t2 = "受理申请113件，上年度为113件，办结率94%。"
    >>> other, pct2 = at(2, t2, "上年度为113件", 113), at(3, t2, "办结率94%", 94, "%")
    >>> _named_rate(pct2, [at(1, t2, "受理申请113件", 113), other, pct2], spec, t2) is None
    True
    """
    stems = sorted((str(w) for w in spec.get("rates") or ()), key=len, reverse=True)
    if not stems or text is None:
        return None
    at = _number_start(pct)
    before = [f for f in facts if f.end <= at and f.unit not in PERCENT_UNITS and not f.change]
    if not before:
        return None
    part = max(before, key=_END)
    gap = re.sub(r"[\s，,、；;]", "", text[part.end: at])
    m = _named_rate_pattern(tuple(stems)).fullmatch(gap)
    if m is None or m.group(1) not in (part.text or ""):
        return None
    earlier = [f for f in before if f.end <= part.start]
    if not earlier:
        return None
    whole = max(earlier, key=_END)
    if (re.search(r"[。！？\n\r]", text[whole.end: part.start]) or whole.unit != part.unit
            or m.group(1) in (whole.text or "") or fact_decimal(whole.value) < fact_decimal(part.value)):
        return None
    return part, whole


def _inline_change(pct: Fact, facts: Sequence[Fact], spec: Mapping[str, Any], text: str | None) -> tuple[Fact, Decimal] | None:
    r"""(this year's count, last year's) of a change in per cent printed after this year's count with last
    year's beside it (``spec['inline_last']``: 新收申请100件，比上年的104件下降3.8%), or ``None``.

    >>> spec = {"inline_last": r"^[，,]?(?:比|较)(?:上年|(?:19|20)\d{2}年)(?:的|（)?(\d+)件）?[，,]?(增长|下降)$"}
    >>> t = "新收申请100件，比上年的104件下降3.8%。"
    >>> now = Fact(1, 1, 100, "件", None, "申请", "new_received", "新收申请100件", 0, 9)
    >>> pct = Fact(2, 1, Decimal("3.8"), "%", None, None, None, "下降3.8%", 17, 23, change="decrease")
    >>> _inline_change(pct, [now, pct], spec, t)[1]
    Decimal('104')
    """
    pattern = spec.get("inline_last")
    if not pattern or text is None or pct.change not in ("increase", "decrease"):
        return None
    at = _number_start(pct)
    before = [f for f in facts if f.end <= at and f.unit == "件" and not f.change and not f.qualifier]
    if not before:
        return None
    # this year's count is the last before the change, or the one before it when last year's count
    # was read as a count of its own (较2021年（97件）增长…)
    for now in sorted(before, key=_END, reverse=True)[:2]:
        m = re.match(str(pattern), text[now.end: at])
        if m is not None:
            return now, Decimal(next(g for g in m.groups() if g))
    return None


def _inline_change_finding(pct: Fact, facts: Sequence[Fact], spec: Mapping[str, Any], text: str | None,
                           info: Mapping[str, Any], refs: Mapping[str, Sequence[str]] | None) -> list[Finding]:
    """The ``PROSE-PERCENT`` finding for a change (in per cent or in 件) printed with last year's count
    beside this year's (:func:`_inline_change`) that the two counts do not give, else nothing."""
    inline = _inline_change(pct, facts, spec, text)
    if inline is None or not inline[1]:
        return []
    now, last = inline
    sign = 1 if pct.change == "increase" else -1
    in_pieces = pct.unit == "件"
    change = (fact_decimal(now.value) - last) * (1 if in_pieces else 100 / last) * sign
    stated = fact_decimal(pct.value)
    if change == stated if in_pieces else abs(change - stated) < _step(stated):
        return []
    unit = "件" if in_pieces else "%"
    return [Finding(
        check_id="PROSE-PERCENT",
        severity=str(info["severity"]),
        message=(f"Prose states a change of {'+' if sign > 0 else '-'}{fmt_number(pct.value)}{unit} on "
                 f"last year's {fmt_number(last)} for {now.text.strip()!r}, but from {fmt_number(last)} to "
                 f"{fmt_number(now.value)} is {fmt_number((change * sign).quantize(Decimal('0.01')))}{unit} "
                 f"(PROSE-PERCENT, {info['en']})."),
        expected=(change * sign).quantize(Decimal("0.01")),
        found=pct.value,
        cells=tuple((refs or {}).get(now.indicator or "") or ()),
        start=pct.start,
        end=pct.end,
    )]


@functools.lru_cache(maxsize=16)
def _named_rate_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of :func:`_named_rate` for the rate stems ``stems`` (longest first), built once
    per spec, not once per percentage.

    >>> _named_rate_pattern(("按时办结", "办结")).fullmatch("其按时办结率为").group(1)
    '按时办结'
    """
    return re.compile(f"(?:其|总体|综合)?({'|'.join(map(re.escape, stems))})率(?:为|达|达到)?")


def check_percent(
    facts: Sequence[Fact], text: str | None, *, refs: Mapping[str, Sequence[str]] | None = None
) -> list[Finding]:
    """``PROSE-PERCENT`` warnings for shares that are not their part over their whole.

    ``refs`` maps an indicator to the table cells it restates (for the finding's ``cells``).

    >>> t = "办结政府信息公开申请71件，其中予以公开3件，占5.6%。"
    >>> whole = Fact(1, 1, 71, "件", None, "办结政府信息公开申请", "total_processed", "办结政府信息公开申请71件", 0, 13)
    >>> part = Fact(2, 1, 3, "件", None, "予以公开", "granted", "予以公开3件", 16, 22)
    >>> pct = Fact(3, 1, Decimal("5.6"), "%", None, "予以公开", None, "予以公开3件，占5.6%", 16, 28)
    >>> [f.check_id for f in check_percent([whole, part, pct], t)]
    ['PROSE-PERCENT']
    >>> ok = Fact(3, 1, Decimal("4.2"), "%", None, "予以公开", None, "予以公开3件，占4.2%", 16, 28)
    >>> check_percent([whole, part, ok], t.replace("5.6", "4.2"))
    []
    """
    info = check_info("PROSE-PERCENT")
    spec = info.get("shares") or {}
    out: list[Finding] = []
    for pct in facts:
        if pct.unit in (*PERCENT_UNITS, "件") and pct.change and pct.qualifier is None and pct.upper is None:
            out.extend(_inline_change_finding(pct, facts, spec, text, info, refs))
            continue
        if pct.unit not in PERCENT_UNITS or pct.change or pct.qualifier in ("about", "more_than", "less_than"):
            continue
        pair = _share_of(pct, facts, spec, text)
        rate = None if pair is not None else _named_rate(pct, facts, spec, text)
        if pair is None and rate is not None and not (fact_decimal(pct.value) == 100
                                                      and fact_decimal(rate[0].value) < fact_decimal(rate[1].value)):
            # (a rate of 100% over fewer closed than received is said of the requests due: 按期办结率100%)
            pair = rate
        if pair is None:
            continue
        part, whole = pair
        if fact_decimal(whole.value) == 0:
            continue
        share = fact_decimal(part.value) * 100 / fact_decimal(whole.value)
        stated = fact_decimal(pct.value)
        if abs(share - stated) < _step(stated):
            continue
        cells = tuple(c for f in (part, whole) for c in ((refs or {}).get(f.indicator or "") or ()))
        out.append(Finding(
            check_id="PROSE-PERCENT",
            severity=str(info["severity"]),
            message=(f"Prose states {fmt_number(pct.value)}% for {part.text.strip()!r} of {whole.text.strip()!r}, but "
                     f"{fmt_number(part.value)} of {fmt_number(whole.value)} is {fmt_number(share.quantize(Decimal('0.01')))}% "
                     f"(PROSE-PERCENT, {info['en']})."),
            expected=share.quantize(Decimal("0.01")),
            found=pct.value,
            cells=cells,
            start=pct.start,
            end=pct.end,
        ))
    return out
