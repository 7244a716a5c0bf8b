"""What a count stated in prose refers to, before it is compared with this year's table: another
year (上年受理…68件), a part of the year (截至11月底), the caseload with requests still open, a running
total over years (累计), withdrawn requests, or new requests with last year's carry-over included
(含上年结转). Used by :func:`textmine.checks.prose.check_prose`; the words are ``prose`` of
``checks.yaml``."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from textmine.checks.scope import _clause_of, clause_start, sentence_start
from textmine.model import Fact

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
    if year is not None and any(int(y) != year for y in _YEAR.findall(clause)):
        return True
    return _dated_by_topic(fact, text, year, spec)


def _dated_by_topic(fact: Fact, text: str, year: int | None, spec: Mapping[str, Any]) -> bool:
    """True when the sentence of ``fact`` opens with a clause that is its date alone (``spec['topic']``) and
    that date is another year than the report's (上年度，…; 2022年，… in a report on 2023), with no clause
    between naming this year (``spec['now']``: 本年度 …, or the report's year): the date is the sentence's topic
    and carries on to its later clauses.

    >>> spec = {"marks": ["上年"], "topic": r"(?:上一?年度?|(?:19|20)\\d{2}\\s*年度?)", "now": ["本年"]}
    >>> t = "上年度，本机关共受理申请15件，办结15件。本年度新收6件。"
    >>> fs = [Fact(i, 1, v, "件", None, None, None, w, t.index(w), t.index(w) + len(w))
    ...       for i, (v, w) in enumerate([(15, "受理申请15件"), (15, "办结15件"), (6, "新收6件")])]
    >>> [_dated_by_topic(f, t, 2023, spec) for f in fs]
    [True, True, False]
    >>> t2 = "2022年，本机关收到申请10件；本年度收到6件。"
    >>> a = Fact(1, 1, 10, "件", None, None, None, "收到申请10件", 9, 16)
    >>> b = Fact(2, 1, 6, "件", None, None, None, "收到6件", 20, 24)
    >>> _dated_by_topic(a, t2, 2023, spec), _dated_by_topic(b, t2, 2023, spec), _dated_by_topic(a, t2, 2022, spec)
    (True, False, False)
    >>> t3 = "上年度结转申请3件，本机关新收申请6件。"
    >>> _dated_by_topic(Fact(1, 1, 6, "件", None, None, None, "新收申请6件", 12, 18), t3, 2023, spec)
    False
    """
    topic = spec.get("topic")
    if not topic:
        return False
    now = tuple(str(w) for w in spec.get("now") or ()) + ((f"{year}年",) if year is not None else ())
    end = clause_start(text, fact.start)
    if any(w in text[end: fact.end] for w in now):
        return False  # the count's own clause names this year
    while end > 0 and text[end - 1] in "，,；;":
        start = clause_start(text, end - 1)
        clause = text[start: end - 1].strip()
        if any(w in clause for w in now):
            return False
        if _compiled(f"(?:{topic})").fullmatch(clause):
            return any(str(m) in clause for m in spec.get("marks") or ()) or (
                year is not None and any(int(y) != year for y in _YEAR.findall(clause)))
        end = start
    return False


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
    return text[sentence_start(text, fact.start): fact.end]


def _running_total(fact: Fact, text: str | None, spec: Mapping[str, Any], *, year: int | None = None) -> bool:
    """True for a running total over several years: a count with 累计 (its qualifier
    ``cumulative``) in a sentence that dates it up to a day or over the years (``spec['marks']``:
    截至2023年底，累计受理…950件), or any count in a sentence that counts since a year before the report's
    ``year`` (``spec['since']``: 2022年以来，共受理… in a report on 2023), unless its clause says it is this
    year's (``spec['this_year']``).

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
    >>> since = {**spec, "since": r"((?:19|20)\\d{2})\\s*年(?:以来|至今)"}
    >>> t3 = "2022年以来，本机关共受理政府信息公开申请19件。"
    >>> d = Fact(4, 1, 19, "件", "total", "政府信息公开申请", "new_received", "受理政府信息公开申请19件", 10, 23)
    >>> _running_total(d, t3, since, year=2023), _running_total(d, t3, since, year=2022), _running_total(d, t3, spec, year=2023)
    (True, False, False)
    """
    if text is None or not spec:
        return False
    clause = _clause_of(fact, text)
    if year is not None and spec.get("since") and not any(str(m) in clause for m in spec.get("this_year") or ()):
        since = _compiled(str(spec["since"])).search(_sentence_before(fact, text))
        if since is not None and int(since.group(1)) < year:
            return True  # 2022年以来，共受理…: a count since an earlier year, 累计 or not
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
