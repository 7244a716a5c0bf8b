"""Speed-ups of table reading (speedTables8) that must compute exactly what the plainer form did.

Each test compares the faster form with what it replaces and names a case that must match and one
that must not; ``bench/tables_same.py`` checks the whole reading on every test document.
"""

from __future__ import annotations

import gc

import pytest

from textmine.model import Document
from textmine.tables import extract_cells, reading_options

TEXT = "指标名称 计量单位 2011年度 历年累计 主动公开信息数 条 425 1516 行政复议数 条 0 0"


def _doc(text: str = TEXT) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)


def test_reading_pauses_the_collector_and_turns_it_back_on() -> None:
    import textmine.tables.step4_scoring as scoring

    seen = []
    real = scoring.score_readings

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    assert gc.isenabled()
    import textmine.tables as tables

    tables.score_readings, saved = spy, tables.score_readings
    try:
        cells = extract_cells(_doc())
    finally:
        tables.score_readings = saved
    assert seen and not any(seen)  # off while reading
    assert gc.isenabled()  # on again after
    assert [(c.row_key, c.value) for c in cells][:1] == [("active_items", 425)]
    reading_options(_doc(), template="local")
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        extract_cells(_doc())
        reading_options(_doc(), template="local")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_on_after_a_reading_that_raises() -> None:
    import textmine.tables as tables

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    tables.score_readings, saved = boom, tables.score_readings
    try:
        with pytest.raises(RuntimeError):
            extract_cells(_doc())
    finally:
        tables.score_readings = saved
    assert gc.isenabled()


def test_named_patterns_by_the_columns_tuple_are_those_of_their_labels() -> None:
    from textmine.tables.registry import get_template
    from textmine.tables.step2_tokens import _cols_named_patterns, _named_patterns

    for name in ("gov2021", "gov2019", "gov2014", "local"):
        for table in get_template(name).tables:
            for row in table.rows:
                cols = table.row_columns(row)
                want = _named_patterns(tuple((c.label, c.variants) for c in cols))
                assert _cols_named_patterns(cols) is want  # must match: the same patterns
                assert _cols_named_patterns(cols) is want  # asked again: from the table of tuples
    # must not: a tuple equal in content but another object is looked up as itself (never by a
    # stale id), and other columns give other patterns
    t = get_template("gov2021").table("active")
    cols = t.row_columns(t.rows[0])
    copy = tuple(list(cols))
    assert copy is not cols and _cols_named_patterns(copy) is _cols_named_patterns(cols)
    other = get_template("gov2021").table("requests")
    assert _cols_named_patterns(other.row_columns(other.rows[0])) != _cols_named_patterns(cols)


def test_split_number_takes_each_cut_as_the_index_lists_did() -> None:
    import random

    from textmine.tables.records import Token
    from textmine.tables.step3_readings import _cut_pieces, _cut_takers, _split_number

    rng = random.Random(8)
    for _ in range(400):
        raw = rng.choice(["", "-", "+"]) + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 10)))
        raw += rng.choice(["", "", ".5", "元", "万元"])
        k = rng.randint(1, 8)
        tok = Token(raw, 5, 5 + len(raw), "value")
        got = [[(p.raw, p.start, p.end, p.split) for p in cut] for cut in _split_number(tok, k)]
        shape = _cut_pieces(raw, k)
        if k == 1:
            assert got == [[(raw, 5, 5 + len(raw), False)]]
            continue
        if shape is None:  # must not: what cannot be cut gives no cut
            assert got == [] and _cut_takers(raw, k) == ()
            continue
        spans, cuts = shape
        made = [(r, 5 + a, 5 + len(raw) if b is None else 5 + b, True) for r, a, b in spans]
        assert got == [[made[i] for i in cut] for cut in cuts]  # must match the index lists
        assert all(type(c) is list for c in _split_number(tok, k))


def test_identity_gaps_of_one_changed_row_match_them_summed_again() -> None:
    import random
    from decimal import Decimal

    from textmine.tables.step4_scoring import column_identities, identity_gaps

    rng = random.Random(8)
    for template, table in (("gov2021", "requests"), ("gov2019", "requests"), ("local", "stats")):
        identities = column_identities(template, table)
        named = [frozenset(r for lhs, rhs in i for r, _ in (*lhs, *rhs)) for i in identities]
        cells = sorted({x for i in identities for lhs, rhs in i for x in (*lhs, *rhs)})
        rows = sorted({r for r, _ in cells})
        for _ in range(300):
            vals = {x: rng.choice([None, 0, 1, 2, 3, 10, 12, Decimal("2.5"), 10**20]) for x in cells}
            were = identity_gaps(identities, vals.get)
            row = rng.choice(rows)
            for x in cells:
                if x[0] == row:
                    vals[x] = rng.choice([None, 0, 1, 2, 5, Decimal("0.5")])
            # must match: the equations of the changed row summed again, the others as they were
            assert identity_gaps(identities, vals.get, named, row, were) == identity_gaps(identities, vals.get)
    # must not: with a row the identities do not name, nothing is summed again (a changed value of
    # a row they do name is then not seen: the caller names the one row it changed)
    ids = column_identities("local", "stats")
    named = [frozenset(r for lhs, rhs in i for r, _ in (*lhs, *rhs)) for i in ids]
    stale = [(True, 0)] * len(ids)
    assert identity_gaps(ids, {("active_items", "value"): 5}.get, named, "nowhere", stale) == stale
    assert identity_gaps(ids, {("active_items", "value"): 5}.get) != stale


def test_row_patterns_find_what_the_row_pattern_finds_with_absent_keys_and_break_gate() -> None:
    import random

    from textmine.tables.labels import RE_BREAK, RowPatterns, _Absent, _PlainFinder, row_pattern

    rng = random.Random(8)
    chars = list("行政复议数条申请公开其他 \t\n\u300001、（）")
    keys = ["行政复议数", "申请公开", "其他", "复议", "公开申请", "数条"]
    for _ in range(400):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        p = RowPatterns(text, start, end)
        # must match: the marks are those of every break found (the gate skips only ranges without one)
        seg = text[start:end]
        if not (" " in seg or "\t" in seg or "\n" in seg):
            assert not list(RE_BREAK.finditer(text, start, end))
        for key in keys:
            got = [m.span() for m in p.pattern(key).finditer(text, start, end)]
            assert got == [m.span() for m in row_pattern(key).finditer(text, start, end)], (text, start, end, key)
            found = p.pattern(key).search(text, start, end)
            want = row_pattern(key).search(text, start, end)
            assert (found and found.span()) == (want and want.span())
    # an absent key is an _Absent (finds nothing); a key the range holds keeps its finder
    text = "行政复议数 条 0 0"
    p = RowPatterns(text, 0, len(text))
    assert isinstance(p.pattern("申请公开"), _Absent) and p.pattern("申请公开").finditer(text, 0, len(text)) == []
    assert isinstance(p.pattern("行政复议数"), _PlainFinder)
    with pytest.raises(ValueError):
        p.pattern("申请公开").search(text, 0, 3)  # must not: another end than the range's
