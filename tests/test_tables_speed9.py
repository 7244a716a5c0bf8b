"""Speed-ups of table reading (speedTables9) that must compute exactly what the plainer form did.

Each test compares the faster form with what it replaces and names a case that must match and one
that must not; ``bench/tables_same.py`` checks the whole reading on every test document.
"""

from __future__ import annotations

import bisect
import random
from pathlib import Path

import pytest

from textmine.ingest import read_document
from textmine.tables import detect_template, extract_cells
from textmine.tables.labels import RE_BREAK, RE_GAP_SPLIT, RowPatterns, _runs_before_breaks
from textmine.tables.records import FoundCell, FoundRow, Region, TableTokens
from textmine.tables.registry import get_template
from textmine.tables.step2_tokens import (
    _space_tokens,
    _spaced_token_pattern,
    token_pattern,
    value_lines,
    value_lines_at_most,
)
from textmine.tables.step5_placing import _order_may_fill, grids_hold_all

CASES = Path(__file__).parent / "cases"
#: Characters of table text: labels, digits, blanks, line breaks and the gap characters between them.
ALPHABET = "政务公开信息申请数件条0123456789 \t\n、，：（）“”|-—"


def _breaks_by_search(text: str, start: int, end: int) -> list[int]:
    """What RowPatterns counted before: each break searched, placed among the runs by bisection."""
    p = RowPatterns(text, start, end)
    before = {
        bisect.bisect_right(p._runs_original, m.start())
        for m in RE_BREAK.finditer(text, start, end)
    }
    return sorted(before - {0})


def test_break_marks_from_gap_runs_equal_the_search_and_bisection() -> None:
    rnd = random.Random(9)
    for _ in range(2000):
        text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randrange(0, 40)))
        start = rnd.randrange(0, len(text) + 1)
        end = rnd.randrange(start, len(text) + 1)
        pieces = RE_GAP_SPLIT.split(text[start:end])
        solid = pieces[0::2]
        assert _runs_before_breaks(pieces, 0 if solid[0] else 1) == _breaks_by_search(
            text, start, end
        ), text


def test_break_marks_name_the_runs_before_blanks_only() -> None:
    # must match: the blank after 公开 and the line break after 信息 follow runs 2 and 3
    assert _runs_before_breaks(RE_GAP_SPLIT.split("政务、公开 信息\n0"), 0) == [2, 3]
    # must not: a gap of punctuation alone (、，) is no break; a range opening with a blank has no run before it
    assert _runs_before_breaks(RE_GAP_SPLIT.split("政务、公开，信息"), 0) == []
    assert _runs_before_breaks(RE_GAP_SPLIT.split(" 政务"), 1) == []


def test_spaced_tokens_equal_the_tokens_after_each_blank_run() -> None:
    rnd = random.Random(3)
    words = [
        "3",
        "12",
        "0",
        "件",
        "条",
        "无",
        "零",
        "—",
        "-",
        "1,234",
        "12 (含转办)",
        "增加3",
        "不适用",
        "x",
        "其他",
        "  ",
        "\t",
        "\n",
    ]
    for _ in range(3000):
        text = "".join(
            rnd.choice(words) + rnd.choice(["", " ", "  ", "\n"])
            for _ in range(rnd.randrange(1, 12))
        )
        plain = [
            (m.lastgroup, m.span()) for m in token_pattern().finditer(text) if m.lastgroup != "ws"
        ]
        folded = [
            (m.lastgroup, m.span(m.lastgroup)) for m in _spaced_token_pattern().finditer(text)
        ]
        # both stop at the first 'other' (a range ending in blanks gives its last blank to it, folded)
        stop = next((i for i, (g, _) in enumerate(plain) if g == "other"), len(plain))
        stop_f = next((i for i, (g, _) in enumerate(folded) if g == "other"), len(folded))
        assert plain[:stop] == folded[:stop_f], text


def test_space_tokens_read_cells_and_stop_at_text() -> None:
    assert [t.raw for t in _space_tokens("办理 3 0 3\n12345热线受理诉求367件", 2, 24)] == [
        "3",
        "0",
        "3",
    ]
    assert [
        t.raw for t in _space_tokens("  公开 0 零 1\n", 0, 12)
    ] == []  # text first: nothing read


def test_value_lines_bound_never_below_the_lines_read() -> None:
    spec = get_template("gov2021").table("requests")
    texts = [
        "自然人 1 2 3 4 5 6 7\n法人 0 0 0 0 0 0 0\n说明\n",
        "| a | 1 | 2 | 3 | 4 | 5 | 6 | 7 |\n|---|---|\n| b | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
        "本年新收 3\n一行文字\n",
        "",
    ]
    for text in texts:
        tokens = TableTokens(Region(spec, 0, len(text)), "space")
        bound = value_lines_at_most(text, tokens)
        assert bound >= len(value_lines(text, tokens))
        assert value_lines_at_most(text, tokens) == len(
            tokens.value_lines
        )  # once read: the count itself


def test_order_fallback_is_asked_only_with_enough_lines_of_digits() -> None:
    spec = get_template("gov2021").table("requests")
    required = [r for r in spec.rows if not r.optional]
    few = "自然人 1 2 3 4 5 6 7\n"
    many = "".join(f"行{i} 1 2 3 4 5 6 7\n" for i in range(len(required)))
    assert not _order_may_fill(few, TableTokens(Region(spec, 0, len(few)), "space"), required)
    assert _order_may_fill(many, TableTokens(Region(spec, 0, len(many)), "space"), required)


def test_grids_hold_all_only_with_every_row_that_is_not_optional() -> None:
    table = get_template("gov2021").table("appeals")
    rows = [r for r in table.rows if not r.optional]

    def found(n: int) -> list[FoundRow]:
        return [
            FoundRow(table.rows.index(r), r, r.label, {"total": FoundCell("1", None, None)})
            for r in rows[:n]
        ]

    assert grids_hold_all(table, found(len(rows)))
    assert not grids_hold_all(table, found(len(rows) - 1))
    assert not grids_hold_all(table, [])


#: Documents read with grids (HTML, Word, Markdown): every tenth of the table probes, and the dev
#: corpus's Markdown report when ../shared is beside the project.
GRID_FILES = sorted(p for p in CASES.glob("table_probes*/*") if p.suffix in (".html", ".docx"))[
    ::10
] + sorted((Path(__file__).parents[2] / "shared" / "corpus" / "texts").glob("*.md"))


@pytest.mark.parametrize("path", GRID_FILES, ids=lambda p: p.name)
def test_cells_from_whole_grids_equal_the_full_reading(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document whose grids hold whole tables gives the same cells whether its text is read too."""
    doc = read_document(path)
    template = detect_template(doc)
    if template is None or not doc.tables:
        pytest.skip("no table or no grids")
    fast = extract_cells(doc, template=template)
    import textmine.tables as tables

    monkeypatch.setattr(tables, "grids_hold_all", lambda table, rows: False)
    tables._Last.entry = (None, None, [])
    full = extract_cells(doc, template=template)
    assert fast == full


def test_some_grid_documents_take_the_grid_path() -> None:
    """The comparison above is no vacuous one: some of its documents have tables held whole by grids."""
    from textmine.tables.step1_regions import find_regions
    from textmine.tables.step2_grids import read_grids

    held = 0
    for path in GRID_FILES:
        doc = read_document(path)
        template = detect_template(doc)
        if template and doc.tables:
            for region in find_regions(doc.text, get_template(template)):
                held += grids_hold_all(
                    region.table, read_grids(doc.tables, template, region.table, text=doc.text)
                )
    assert held >= 3
