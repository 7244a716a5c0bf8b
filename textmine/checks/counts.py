"""What a prose count restates when its own words do not name a table row: answered / closed /
handled requests as 办理结果总计 (by their verb, by a bare clause after a received count, by the
disclosure on request as subject), a count carried on to next year after 另有, a sentence saying no
request was received (新收 0), and counts of other things in the same words (:func:`_other_object`).
Used by :func:`textmine.checks.prose.check_prose`; the words are ``prose`` of ``checks.yaml``."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from textmine.checks.index import fact_decimal
from textmine.checks.scope import clause_start, sentence_start
from textmine.model import Fact

#: A count's number and 件 at the end of its words (受理申请85件 → 受理申请).
RE_COUNT_TAIL = re.compile(r"[\d.,，]+件$")


def count_words(text: str) -> str:
    """A count's words without its number and 件 at their end.

    >>> count_words("共办结114件"), count_words("去年为1,024件"), count_words("办结")
    ('共办结', '去年为', '办结')
    """
    return RE_COUNT_TAIL.sub("", text)


def _completed_verb(words: str, spec: Mapping[str, Any]) -> str | None:
    """The verb of words that say the handling is complete (``spec['completions']`` after one of
    ``spec['verbs']`` or alone: 办理完毕 → 办理, 完毕 → ``''``), else ``None``. A verb is preferred to the
    completion word alone.

    >>> spec = {"verbs": ["办理", "答复"], "completions": ["完毕"]}
    >>> [_completed_verb(w, spec) for w in ("办理完毕", "答复完毕", "完毕", "处理完毕", "办理")]
    ['办理', '答复', '', None, None]
    """
    verbs = tuple(spec.get("verbs") or ())
    alone = None
    for done in spec.get("completions") or ():
        done = str(done)
        if words.endswith(done):
            rest = words[: -len(done)]
            if rest in verbs:
                return rest
            if rest == "":
                alone = rest
    return alone


def _bare_verb(fact: Fact, spec: Mapping[str, Any]) -> str | None:
    """The verb of a clause that is a verb and a count alone (共办结114件 → 办结: ``spec['verbs']``,
    after one of ``spec['bare_prefixes']``), else ``None``.

    >>> spec = {"verbs": ["办结", "答复"], "bare_prefixes": ["共"]}
    >>> [_bare_verb(Fact(1, 1, 9, "件", None, None, None, t, 0, 1), spec) for t in ("共办结114件", "答复9件", "办结申请9件")]
    ['办结', '答复', None]
    """
    head = count_words((fact.text or "").strip())
    for prefix in sorted(spec.get("bare_prefixes") or (), key=len, reverse=True):
        if head.startswith(str(prefix)):
            head = head[len(str(prefix)):]
            break
    done = _completed_verb(head, spec)  # 办理完毕6件: the verb, said to be complete
    if done:
        return done
    return head if head in (spec.get("verbs") or ()) else None


def _processed_target(spec: Mapping[str, Any], template: str, words: str) -> str | None:
    """The indicator a count of answered / closed requests restates in ``template``:
    ``spec['indicator']`` (办理结果总计) in the formats of ``spec['templates']``; in a format that
    prints answered and closed requests as rows of their own (the 2014 table's 申请答复数 and
    申请办结数), the one ``spec['by_template']`` gives for the verb in ``words``; else ``None``.

    >>> spec = {"indicator": "total_processed", "templates": ["gov2021"],
    ...         "by_template": {"gov2014": {"答复": "replies", "办结": "requests_closed"}}}
    >>> _processed_target(spec, "gov2021", "答复"), _processed_target(spec, "gov2014", "共答复")
    ('total_processed', 'replies')
    >>> _processed_target(spec, "gov2014", "办理"), _processed_target(spec, "local", "答复")
    (None, None)
    """
    if template in (spec.get("templates") or ()):
        return str(spec["indicator"])
    verbs = (spec.get("by_template") or {}).get(template) or {}
    return next((str(ind) for verb, ind in verbs.items() if str(verb) in words), None)


def _processed_indicator(fact: Fact, spec: Mapping[str, Any], template: str) -> str | None:
    """The processed total (:func:`_processed_target`) when the fact counts answered / closed / handled requests
    (答复…申请, 办结…申请) without naming their receipt, else ``None``.

    >>> spec = {"verbs": ["答复"], "objects": ["申请"], "receipt": ["收到"], "indicator": "total_processed",
    ...         "templates": ["gov2021"]}
    >>> f = Fact(1, 1, 20, "件", None, "答复政府信息公开申请", "new_received", "答复政府信息公开申请20件", 0, 1)
    >>> _processed_indicator(f, spec, "gov2021"), _processed_indicator(f, spec, "gov2014")
    ('total_processed', None)
    >>> g = Fact(2, 1, 74, "件", None, "政府信息公开申请", "new_received", "答复的政府信息公开申请74件", 0, 1)
    >>> _processed_indicator(g, spec, "gov2021")
    'total_processed'
    >>> keep = {**spec, "verbs": ["办结", "办理"], "keep": ["carried_over"], "keep_when": ["结转"]}
    >>> c = Fact(3, 1, 6, "件", None, "结转至本年度办理的申请", "carried_over", "上年结转至本年度办理的申请6件", 0, 1)
    >>> d = Fact(4, 1, 70, "件", None, "办结的上年结转申请", "carried_over", "办结70件", 0, 1)
    >>> _processed_indicator(c, keep, "gov2021"), _processed_indicator(d, keep, "gov2021")
    (None, 'total_processed')
    """
    if not spec:
        return None
    if fact.indicator in (spec.get("keep") or ()) and (
            not spec.get("keep_when") or any(str(w) in (fact.text or "") for w in spec["keep_when"])):
        return None  # 上年度结转至本年度办理的申请6件: still the carry-over
    if fact.indicator in (spec.get("keep") or ()):
        # a bare verb clause (办结70件) that took the carry-over from its sentence's first count
        verb = _bare_verb(fact, spec)
        return _processed_target(spec, template, verb) if verb else None
    # the verb may precede what is counted (办理政府信息公开申请74件: counted 政府信息公开申请)
    counted = f"{fact.counted or ''} {fact.text or ''}"
    if not any(v in counted for v in spec.get("verbs") or ()):
        return None
    if not any(o in counted for o in spec.get("objects") or ()):
        return None
    if any(r in counted for r in [*(spec.get("receipt") or ()), *(spec.get("exclude") or ())]):
        return None
    if spec.get("units") and fact.unit not in spec["units"]:
        return None
    return _processed_target(spec, template, counted)


def _bare_processed(
    fact: Fact, facts: Sequence[Fact], spec: Mapping[str, Any], template: str, text: str | None = None,
    others: Mapping[str, Any] | None = None,
) -> str | None:
    """The processed total (:func:`_processed_target`) for a bare clause (共办结114件, 答复101件: no counted phrase) that follows,
    in the same sentence, a count of received requests (受理政府信息公开申请110件，…；共办结114件):
    the clause carries on the sentence's subject, the requests, so it states the processed total.
    With the report's ``text``, clauses split at ； are one sentence (no 。 or line break between).

    >>> spec = {"verbs": ["办结", "答复"], "bare_prefixes": ["共"], "indicator": "total_processed",
    ...         "templates": ["gov2021"]}
    >>> got = Fact(1, 7, 110, "件", None, "政府信息公开申请", "new_received", "受理政府信息公开申请110件", 0, 15)
    >>> bare = Fact(2, 7, 114, "件", None, None, None, "共办结114件", 30, 37)
    >>> _bare_processed(bare, [got, bare], spec, "gov2021"), _bare_processed(bare, [bare], spec, "gov2021")
    ('total_processed', None)

    A clause that says the handling is complete (已办理完毕6件: ``spec['completions']``, whose 完毕 is no counted
    phrase) carries on the subject of the caseload counted before it in the sentence too (共需办理9件:
    ``spec['caseload_words']`` under 共); after 上年结转…件 alone it may count those carried requests only.

    >>> spec = {**spec, "verbs": ["办理"], "bare_prefixes": ["已"], "completions": ["完毕"], "caseload_words": ["办理"]}
    >>> load = Fact(3, 7, 9, "件", "total", "需办理", None, "需办理9件", 0, 6)
    >>> over = Fact(4, 7, 3, "件", None, "上年结转", "carried_over", "上年结转3件", 0, 6)
    >>> done = Fact(5, 7, 6, "件", None, "完毕", None, "已办理完毕6件", 10, 17)
    >>> _bare_processed(done, [load, done], spec, "gov2021"), _bare_processed(done, [over, done], spec, "gov2021")
    ('total_processed', None)
    """
    if not spec or fact.indicator or fact.unit != "件":
        return None
    counted = (fact.counted or "").strip()
    # 办理完毕6件 keeps 完毕 as its counted phrase, 答复完毕6件 the verb too
    completed = bool(counted) and _completed_verb(counted, spec) is not None
    if fact.counted and not completed:
        return None
    head = _bare_verb(fact, spec)
    if head is None:
        return None
    if completed and text is not None and text[clause_start(text, fact.start): fact.start].strip() not in (
            "", *(str(p) for p in spec.get("bare_prefixes") or ())):
        return None  # 其中已办理完毕3件: a part of the count before it
    received = ("new_received", "requests_received")
    load_words = tuple(str(w) for w in spec.get("caseload_words") or ()) if completed else ()

    def anchor(f: Fact) -> bool:
        if f.indicator in received:
            return "申请" in (f.counted or "")
        return bool(load_words) and f.indicator is None and f.qualifier == "total" and any(
            w in (f.counted or "") for w in load_words)

    def same_sentence(f: Fact) -> bool:
        if text is not None:
            return not re.search(r"[。！？\n\r]", text[f.end: fact.start])
        return f.sentence_id == fact.sentence_id

    if not any(f.end <= fact.start and anchor(f) and same_sentence(f)
               and not _other_object(f, others or {}, f.indicator) for f in facts):
        return None
    return _processed_target(spec, template, head)


def _listed_total(fact: Fact, facts: Sequence[Fact], text: str | None, spec: Mapping[str, Any],
                  listed: Mapping[str, Any], template: str) -> str | None:
    """The indicator a bare total (共计 / 合计 N件: qualifier ``total``, no counted phrase) restates when it closes
    a list of parts whose sum it is, in a sentence that opens with what is counted before a colon
    (``listed['marks']``): 全年收到政府信息公开申请：网上申请8件、当面申请2件、信函申请1件，共计11件. The total carries
    the sentence's subject: received requests (``spec['receipt']`` and ``spec['objects']`` in the head) are
    ``listed['received']`` (新收), handled ones (``spec['verbs']``) the processed total; else ``None``.

    >>> spec = {"receipt": ["收到"], "objects": ["申请"], "verbs": ["办结"], "indicator": "total_processed",
    ...         "templates": ["gov2021"]}
    >>> listed = {"marks": ["：", ":"], "received": "new_received"}
    >>> t = "全年收到政府信息公开申请：网上申请8件、当面申请2件、信函申请1件，共计11件。"
    >>> fs = [Fact(i, 1, v, "件", q, c, None, w, t.index(w), t.index(w) + len(w)) for i, (v, q, c, w) in enumerate(
    ...     [(8, None, "网上申请", "网上申请8件"), (2, None, "当面申请", "当面申请2件"), (1, None, "信函申请", "信函申请1件"),
    ...      (11, "total", None, "共计11件")])]
    >>> _listed_total(fs[3], fs, t, spec, listed, "gov2021")
    'new_received'
    >>> _listed_total(fs[3], fs, t.replace("收到", "办结"), spec, listed, "gov2021")
    'total_processed'
    >>> _listed_total(fs[3], fs[:2] + fs[3:], t, spec, listed, "gov2021") is None  # the parts do not add up
    True
    >>> _listed_total(fs[3], fs, t.replace("政府信息公开申请", "群众来信"), spec, listed, "gov2021") is None
    True
    """
    if (not listed or text is None or fact.indicator or fact.qualifier != "total" or fact.counted
            or fact.unit != "件"):
        return None
    start = sentence_start(text, fact.start)
    marks = [text.find(str(m), start, fact.start) for m in listed.get("marks") or ()]
    colon = min((m for m in marks if m >= 0), default=-1)
    if colon < 0:
        return None
    head = text[start:colon]
    if re.search(r"\d", head) or not any(str(o) in head for o in spec.get("objects") or ()):
        return None
    parts = [f for f in facts if f.start > colon and f.end <= fact.start and f is not fact]
    if len(parts) < 2 or any(f.unit != fact.unit or f.change for f in parts):
        return None
    if sum(fact_decimal(f.value) for f in parts) != fact_decimal(fact.value):
        return None  # not the sum of the list: another count
    if any(str(r) in head for r in spec.get("receipt") or ()):
        return str(listed.get("received") or "new_received")
    if any(str(v) in head for v in spec.get("verbs") or ()):
        return _processed_target(spec, template, head)
    return None


def _by_subject(fact: Fact, spec: Mapping[str, Any], text: str | None = None) -> bool:
    """True for a count whose subject is the disclosure on request itself, then a verb of handling
    and no counted phrase of its own (全年依申请公开答复75件, 依申请公开共办理75件: ``spec['subjects']``,
    ``spec['bare_prefixes']``, ``spec['verbs']``): the requests handled, so the processed total like
    答复…申请…件. Where the counted phrase was not kept (共办理75件), the clause before the count is read.

    >>> spec = {"subjects": ["依申请公开"], "verbs": ["答复", "办理"], "bare_prefixes": ["共"]}
    >>> _by_subject(Fact(1, 1, 75, "件", None, "依申请公开答复", None, "依申请公开答复75件", 2, 12), spec)
    True
    >>> _by_subject(Fact(2, 1, 75, "件", None, "依申请公开咨询", None, "依申请公开咨询75件", 2, 12), spec)
    False
    >>> t = "全年依申请公开共办理75件。"
    >>> _by_subject(Fact(3, 1, 75, "件", "total", None, None, "办理75件", 8, 13), spec, t)
    True
    >>> _by_subject(Fact(3, 1, 75, "件", "total", None, None, "办理75件", 8, 13), spec, t.replace("依申请公开", "热线"))
    False
    """
    if fact.indicator or fact.unit != "件" or not spec.get("subjects"):
        return False
    phrase = (fact.counted or "").strip()
    if not phrase and text is not None:
        phrase = text[clause_start(text, fact.start): fact.start] + re.sub(r"[\d.,]+件$", "", (fact.text or "").strip())
    prefixes = "|".join(re.escape(str(p)) for p in spec.get("bare_prefixes") or ())
    pattern = (f"(?:{'|'.join(re.escape(str(w)) for w in spec['subjects'])})(?:{prefixes})?"
               f"(?:{'|'.join(re.escape(str(v)) for v in spec.get('verbs') or ())})$")
    return bool(re.search(pattern, phrase))


def _carried_after(fact: Fact, text: str | None, spec: Mapping[str, Any]) -> str | None:
    """The 结转下年度 indicator for a count that opens with 另有 / 尚有 … (``spec['opens']``) and whose
    sentence then carries it to next year (``spec['marks']``) with no other number between
    (另有2件申请尚在答复期限内，结转下年度继续办理), else ``None``.

    >>> spec = {"opens": ["另有"], "marks": ["结转(?:至|到)?(?:下一?年度?|次年)"], "indicator": "carried_forward"}
    >>> t = "全年办结10件，另有2件申请尚在答复期限内，结转下年度继续办理。"
    >>> f = Fact(1, 1, 2, "件", None, "申请尚", None, "2件申请尚", t.index("2件"), t.index("2件") + 5)
    >>> _carried_after(f, t, spec), _carried_after(f, t.replace("另有", "其中"), spec)
    ('carried_forward', None)
    """
    if not spec or text is None or fact.indicator or fact.unit != "件":
        return None
    head = text[clause_start(text, fact.start): fact.start]
    if not any(head.endswith(str(w)) for w in spec.get("opens") or ()):
        return None
    end = fact.end
    while end < len(text) and text[end] not in "。！？!?；;\n\r":
        end += 1
    rest = text[fact.end: end]
    m = re.search("|".join(f"(?:{p})" for p in spec.get("marks") or ()), rest)
    if m is None or re.search(r"\d|[一二三四五六七八九十两]+件", rest[: m.start()]) or "上年" in rest[max(0, m.start() - 2): m.start()]:
        return None
    return str(spec.get("indicator") or "carried_forward")


def _bare_carried(fact: Fact, facts: Sequence[Fact], text: str | None, spec: Mapping[str, Any],
                  verbs: Sequence[str]) -> str | None:
    """The 结转下年度 indicator for a bare clause ``结转N件`` (``spec['bare']``: a clause of the carry-over
    word and the count alone, no 上年) that follows, in the same sentence, a count of requests closed
    or answered (a fact whose words hold one of ``verbs``: 办结, 答复 …): after the year's closed
    requests, what is carried is carried to next year (受理85件，办结86件，结转3件). Without the closed
    count before it (新收85件，结转3件) the clause may be last year's carry-over: not read.

    >>> spec = {"bare": ["结转"], "indicator": "carried_forward"}
    >>> t = "全年共受理申请85件，办结86件，结转3件。"
    >>> got = Fact(1, 1, 85, "件", None, "申请", "new_received", "受理申请85件", 3, 10)
    >>> done = Fact(2, 1, 86, "件", None, None, None, "办结86件", 11, 16)
    >>> f = Fact(3, 1, 3, "件", None, "结转", None, "结转3件", 17, 21)
    >>> _bare_carried(f, [got, done, f], t, spec, ["办结"]), _bare_carried(f, [got, f], t, spec, ["办结"])
    ('carried_forward', None)
    >>> t2 = "全年共受理申请85件，办结86件，上年结转3件。"
    >>> g = Fact(3, 1, 3, "件", None, "结转", None, "结转3件", 19, 23)
    >>> _bare_carried(g, [got, done, g], t2, spec, ["办结"]) is None
    True
    """
    if not spec or text is None or fact.indicator or fact.unit != "件" or not spec.get("bare"):
        return None
    clause = text[clause_start(text, fact.start): fact.end].strip()
    head = count_words(clause)
    if head not in [str(w) for w in spec["bare"]]:
        return None  # 上年结转3件, 结转下年度3件 (read as they say) …

    def closed_before(f: Fact) -> bool:
        return (f.end <= fact.start and not re.search(r"[。！？!?\n\r]", text[f.end: fact.start])
                and any(str(v) in (f.text or "") for v in verbs))

    return str(spec.get("indicator") or "carried_forward") if any(closed_before(f) for f in facts) else None


def _none_received(text: str | None, spec: Mapping[str, Any]) -> list[Fact]:
    """A count of 0 (``spec['indicator']``, 新收) for each sentence saying no request was received at
    all (本年度未收到政府信息公开申请; ``spec['pattern']``), to be compared with the table like a count.

    >>> spec = {"pattern": "(?:未|无)(?:收到)?(?:政府)?信息公开申请(?=[。，]|$)", "indicator": "new_received"}
    >>> [(f.value, f.text) for f in _none_received("本年度未收到政府信息公开申请。", spec)]
    [(0, '未收到政府信息公开申请')]
    >>> _none_received("本年度未收到政府信息公开申请引发的行政复议。", spec)
    []
    """
    if not spec or text is None or not spec.get("pattern"):
        return []
    return [Fact(-1 - i, None, 0, "件", None, "政府信息公开申请", str(spec.get("indicator") or "new_received"),
                 m.group(), m.start(), m.end())
            for i, m in enumerate(re.finditer(str(spec["pattern"]), text))]


def _none_appealed(text: str | None, spec: Mapping[str, Any]) -> list[Fact]:
    """A count of 0 for each kind of case (``spec['kinds']``: 行政复议 → review, 行政诉讼 → suits) that a
    sentence says did not happen at all (未发生因政府信息公开引起的行政复议、行政诉讼案件; the negation
    ``spec['head']`` before a list of kinds that ends the clause), to be compared with table 四 like a
    count. A kind followed by more words (未发生被行政复议纠错的情况: no correction, not no review) is none.

    >>> spec = {"head": "(?:未|无)(?:发生|被提起)?", "kinds": {"行政复议": "review", "行政诉讼": "suits"}}
    >>> [(f.indicator, f.value) for f in _none_appealed("本年度未发生行政复议、行政诉讼案件。", spec)]
    [('review', 0), ('suits', 0)]
    >>> [(f.indicator, f.value) for f in _none_appealed("无行政复议案件，发生行政诉讼1件。", spec)]
    [('review', 0)]
    >>> _none_appealed("未发生被行政复议纠错的情况。", spec), _none_appealed("发生行政复议2件。", spec)
    ([], [])
    """
    kinds = spec.get("kinds") if spec else None
    if not kinds or text is None or not spec.get("head"):
        return []
    kind = "|".join(re.escape(str(k)) for k in kinds)
    pattern = re.compile(f"{spec['head']}((?:{kind})(?:[、和及与或](?:{kind}))*)(?:案件|申请|事项)?(?=[。，,；;！\\s]|$)")
    out: list[Fact] = []
    for m in pattern.finditer(text):
        for word in re.findall(kind, m.group(1)):
            out.append(Fact(-1000 - len(out), None, 0, "件", None, word, str(kinds[word]), m.group(), m.start(), m.end()))
    return out


def _other_object(fact: Fact, spec: Mapping[str, Any], indicator: str | None) -> bool:
    """True when a count of requests names requests of another kind or other things in its counted
    phrase (``spec['words']``: 行政许可申请, 信访件, 12345热线工单 …), not the disclosure requests of
    table 三.

    >>> spec = {"indicators": ["total_processed"], "words": ["行政许可", "信访"]}
    >>> f = Fact(1, 1, 46, "件", None, "办结的行政许可申请", "total_processed", "办结46件", 0, 5)
    >>> g = Fact(2, 1, 46, "件", None, "办结的政府信息公开申请", "total_processed", "办结46件", 0, 5)
    >>> _other_object(f, spec, "total_processed"), _other_object(g, spec, "total_processed")
    (True, False)
    """
    if not spec or indicator not in (spec.get("indicators") or ()):
        return False
    counted = fact.counted or ""
    return any(str(w) in counted for w in spec.get("words") or ())


@functools.lru_cache(maxsize=16)
def _joined_pattern(kinds: tuple[str, ...], conj: str) -> re.Pattern[str]:
    """Two of ``kinds`` joined by ``conj`` (:func:`joined_kinds`): built once per spec, not once per
    count (the names escaped, sorted and joined, and the pattern looked up in ``re``'s cache).

    >>> _joined_pattern(("新收", "上年结转"), "和|及").search("新收和上年结转的申请").groups()
    ('新收', '上年结转')
    """
    names = "|".join(map(re.escape, sorted(kinds, key=len, reverse=True)))
    return re.compile(f"({names})(?:的)?(?:{conj})(?=({names}))")


def joined_kinds(fact: Fact, spec: Mapping[str, Any], mapping: Mapping[str, Any], template: str) -> list[str] | None:
    """The cells a count of several kinds together restates (同意公开和部分公开的8件: 予以公开 + 部分公开;
    新收和上年结转的申请合计56件: 新收 + 上年结转): the cells of every kind its counted phrase joins
    (``spec['kinds']``, joined by ``spec['conj']``); ``[]`` when a kind has no cell in ``template`` (the
    count is not compared), ``None`` when the phrase names one kind or none.

    >>> spec = {"conj": "和|及|、", "kinds": {"同意公开": "granted", "部分公开": "partial", "新收": "new_received"}}
    >>> mapping = {"granted": {"gov2021": ["requests.granted.total"]}, "partial": {"gov2021": ["requests.partial.total"]}}
    >>> f = Fact(1, 1, 8, "件", None, "同意公开和部分公开", "partial", "同意公开和部分公开的8件", 0, 13)
    >>> joined_kinds(f, spec, mapping, "gov2021")
    ['requests.granted.total', 'requests.partial.total']
    >>> joined_kinds(Fact(1, 1, 2, "件", None, "部分公开", "partial", "部分公开2件", 0, 6), spec, mapping, "gov2021") is None
    True
    >>> joined_kinds(Fact(1, 1, 9, "件", None, "新收和部分公开", None, "新收和部分公开9件", 0, 9), spec, mapping, "gov2021")
    []

    A bare clause that took its counted phrase from its sentence's first count (…新收和上年结转申请共94件，
    已办结93件) does not name the kinds in its own words: it is not their sum.

    >>> joined_kinds(Fact(1, 1, 93, "件", None, "办结的新收和部分公开", None, "办结93件", 0, 5), spec, mapping, "gov2021") is None
    True
    """
    kinds = spec.get("kinds") or {}
    if not kinds or not fact.counted:
        return None
    pattern = _joined_pattern(tuple(map(str, kinds)), str(spec.get("conj") or "和"))
    found: list[str] = []
    for m in pattern.finditer(fact.counted):
        if fact.text and m.group(1) not in fact.text:
            return None  # the phrase is the sentence's, not this count's own words
        for word in (m.group(1), m.group(2)):
            if kinds[word] not in found:
                found.append(str(kinds[word]))
    if len(found) < 2:
        return None
    cells = [ref for kind in found for ref in ((mapping.get(kind) or {}).get(template) or ())]
    return cells if all((mapping.get(kind) or {}).get(template) for kind in found) else []
