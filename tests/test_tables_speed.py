"""Speed-ups of table reading that must compute exactly what the plainer form computed.

Each test compares the faster form with the plain definition it replaces, on many generated
inputs (a fixed seed); ``bench/tables_same.py`` checks the whole reading on every test document.
"""

from __future__ import annotations

import itertools
import operator
import random
from decimal import Decimal

from textmine.tables.labels import RE_GAP_RUN, RE_SOLID_RUN, RowPatterns
from textmine.tables.step4_scoring import _cells_by_row, _num, _row_deltas, identity_rows

#: Characters of printed tables: label characters, gaps of every kind, digits, letters.
CHARS = list("本年新收 \t\n\u3000（）()、，,。.：/0123456789abc“”")


def _runs_by_finditer(text: str, start: int, end: int) -> tuple[list[int], list[int], list[int], str]:
    """The runs of a range as RowPatterns defined them before: one match per run."""
    spans = [m.span() for m in RE_SOLID_RUN.finditer(text, start, end)]
    starts, ends = [a for a, _ in spans], [b for _, b in spans]
    squeezed_starts = list(itertools.accumulate(map(operator.sub, ends, starts), initial=0))
    return starts, ends, squeezed_starts, RE_GAP_RUN.sub("", text[start:end])


def test_row_patterns_runs_match_their_definition() -> None:
    rng = random.Random(12)
    for _ in range(5000):
        text = "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        p = RowPatterns(text, start, end)
        got = (p._runs_original, p._runs_end, p._runs_squeezed, p.squeezed)
        assert got == _runs_by_finditer(text, start, end), (text, start, end)


def test_row_patterns_runs_edges() -> None:
    # empty range, a range of gaps only, gaps at both ends: no empty run is listed
    assert RowPatterns("", 0, 0).squeezed == ""
    p = RowPatterns("（ 、）", 0, 4)
    assert (p._runs_original, p.squeezed) == ([], "")
    p = RowPatterns(" 本年\n新收 ", 0, 7)
    assert (p._runs_original, p._runs_end, p.squeezed) == ([1, 4], [3, 6], "本年新收")


def _row_deltas_by_scan(vectors, cols, row, equations):
    """What :func:`_row_deltas` computed before: the row's terms found by scanning every equation."""
    pos = {c: i for i, c in enumerate(cols)}
    terms = [(k, pos[c], sign) for k, (lhs, rhs, _) in enumerate(equations)
             for side, sign in ((lhs, 1), (rhs, -1)) for r, c in side if r == row and c in pos]
    out = []
    for vector in vectors:
        gaps = [Decimal(0)] * len(equations)
        for k, i, sign in terms:
            if vector[i]:
                gaps[k] += sign * _num(vector[i])
        out.append(tuple(gaps))
    return out


def test_row_deltas_from_cells_by_row_match_the_scan() -> None:
    rng = random.Random(7)
    rows, cols = ["a", "b", "c"], ["x", "y", "z"]
    for _ in range(500):
        equations = [([(rng.choice(rows), rng.choice(cols)) for _ in range(rng.randint(0, 3))],
                      [(rng.choice(rows), rng.choice(cols)) for _ in range(rng.randint(0, 3))], Decimal(0))
                     for _ in range(rng.randint(1, 4))]
        by_row = _cells_by_row(equations)
        for row in rows:
            row_cols = rng.sample(cols, rng.randint(1, 3))
            vectors = [tuple(rng.choice([None, 0, 1, 7, Decimal("2.5")]) for _ in row_cols) for _ in range(3)]
            assert (_row_deltas(vectors, row_cols, by_row.get(row, ()), len(equations))
                    == _row_deltas_by_scan(vectors, row_cols, row, equations))


def test_identity_rows() -> None:
    assert "total_processed" in identity_rows("gov2021", "requests")
    assert identity_rows("gov2021", "active") == frozenset()  # table 二 has no column identity


def test_printed_with_a_compiled_key_matches_the_label_pattern() -> None:
    """``_printed`` asks a key compiled before (kept in ``_MARKER_PATTERNS``) without the
    ``_has_chars`` pre-check: the same answer as the label pattern, before and after compiling."""
    from textmine.tables import step1_regions
    from textmine.tables.labels import label_pattern

    rng = random.Random(7)
    keys = ["本年新收", "新收", "收本年", "年新"]
    for _ in range(3000):
        text = "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 25)))
        for key in keys:
            want = label_pattern(key).search(text) is not None
            assert step1_regions._printed(key, text) is want, (key, text)
    # a key whose characters are all printed, out of order: compiled on first use, never found
    step1_regions._MARKER_PATTERNS.pop("结果维持", None)
    assert step1_regions._printed("结果维持", "持维果结") is False
    assert "结果维持" in step1_regions._MARKER_PATTERNS
    assert step1_regions._printed("结果维持", "持维果结") is False
    assert step1_regions._printed("结果维持", "结 果\n维、持") is True
    # a key not compiled whose characters are not all printed is not compiled
    step1_regions._MARKER_PATTERNS.pop("结果纠正", None)
    assert step1_regions._printed("结果纠正", "结果维持") is False
    assert "结果纠正" not in step1_regions._MARKER_PATTERNS


def test_table_start_takes_the_first_labelled_anchor_of_the_merged_occurrences() -> None:
    """``_table_start`` merges the anchors' occurrences lazily: the earliest labelled one, or the
    earliest of all when none is labelled (as from the sorted list of every occurrence)."""
    from textmine.tables.labels import label_pattern
    from textmine.tables.registry import get_template
    from textmine.tables.step1_regions import _labelled, _table_start

    table = get_template("gov2021").table("appeals")
    anchors = [a.replace(" ", "") for a in table.anchors]
    labels = "结果维持 结果纠正 其他结果 尚未审结 总计"
    filler = "本机关认真做好政府信息公开工作。" * 60  # longer than the window around an anchor
    texts = [
        # a preamble names two anchors, the table opens with a third: that one
        f"{anchors[1]}、{anchors[0]}。{filler}{anchors[2]}\n{labels}\n",
        f"{anchors[0]}{filler}{anchors[1]}\n{labels}\n{anchors[0]}",
        # no column labels anywhere: the earliest occurrence, unlabelled
        f"{filler}{anchors[2]}{filler}{anchors[0]}",
        filler,
    ]
    for text in texts:
        found = sorted(m.start() for a in anchors for m in label_pattern(a).finditer(text, 0))
        labelled = [p for p in found if _labelled(text, table, p)]
        want = (labelled[0], True) if labelled else ((found[0], False) if found else (None, False))
        assert _table_start(text, table, 0) == want
    assert _table_start(texts[0], table, 0)[1] is True
    assert _table_start(texts[0], table, 0)[0] == texts[0].index(anchors[2])
    assert _table_start(texts[2], table, 0) == (len(filler), False)
    assert _table_start(texts[3], table, 0) == (None, False)


def _value_lines_by_finditer(text: str, start: int, end: int, ncols: int) -> list[list]:
    """``_value_lines`` of lines without pipes as it was defined before: every piece of the line
    matched, the trailing run of values kept."""
    from textmine.tables.cells import read_cell
    from textmine.tables.records import Token
    from textmine.tables.step2_tokens import RE_DIGIT, RE_NONSPACE, RE_PIPE_RULE

    out = []
    pos = start
    for line in text[start:end].split("\n"):
        l_start = pos
        pos += len(line) + 1
        if not RE_DIGIT.search(line) or RE_PIPE_RULE.match(line) or line.lstrip().startswith("|"):
            continue
        run = []
        for m in reversed(list(RE_NONSPACE.finditer(line))):
            if read_cell(m.group())[1] == "text":
                break
            run.append(Token(m.group(), l_start + m.start(), l_start + m.end(), "value"))
        run.reverse()
        while len(run) > ncols and read_cell(run[-1].raw)[1] == "blank":
            run.pop()
        if len(run) >= ncols and any(read_cell(t.raw)[1] == "number" for t in run):
            out.append(run[:ncols])
    return out


def test_value_lines_read_from_the_end_match_their_definition() -> None:
    """The trailing run of a line's values, read from its end with ``str.split`` and ``rfind``,
    gives the tokens (texts and offsets) that matching every piece of the line gave, including
    repeated pieces (``3 3 3``), NBSP and ideographic spaces, and lines that end in text."""
    from textmine.tables.step2_tokens import _value_lines

    pieces = ["3", "0", "12", "3", "—", "无", "本年", "新收", "1,234", "12件", "3 (含)"]
    spaces = [" ", "  ", "\t", "\u3000", "\xa0", " \u3000 "]
    rng = random.Random(5)
    for _ in range(3000):
        lines = []
        for _ in range(rng.randint(1, 4)):
            line = rng.choice(["", " ", "\u3000"])
            for _ in range(rng.randint(0, 9)):
                line += rng.choice(pieces) + rng.choice(spaces)
            lines.append(line if rng.random() < 0.5 else line.rstrip())
        text = "\n".join(lines)
        start = rng.randint(0, 3)
        for ncols in (1, 2, 3, 5):
            got = _value_lines(text, min(start, len(text)), len(text), ncols)
            assert got == _value_lines_by_finditer(text, min(start, len(text)), len(text), ncols), (text, ncols)
    # a line that ends in text gives no row; a full row at the end of a long line does
    text = "一、本年新收 3 0 3 合计 说明\n二、上年结转 1 1 2"
    assert [[t.raw for t in row] for row in _value_lines(text, 0, len(text), 3)] == [["1", "1", "2"]]


def test_gapped_is_the_label_pattern_for_a_key_not_printed_as_it_is() -> None:
    """``detect_template`` asks ``_gapped`` of the markers a substring test did not find: the
    same answer as the label pattern there, whether the key is compiled yet or not."""
    from textmine.tables import step1_regions
    from textmine.tables.labels import label_pattern

    rng = random.Random(11)
    keys = ["本年新收", "新收", "收本年", "年新"]
    for _ in range(3000):
        text = "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 25)))
        for key in keys:
            if key not in text:
                assert step1_regions._gapped(key, text) is (label_pattern(key).search(text) is not None), (key, text)
    assert step1_regions._gapped("结果维持", "结 果\n维、持") is True  # printed apart: found
    assert step1_regions._gapped("结果维持", "结果纠正、维护") is False  # not all its characters: never


def _active_short_row(text: str) -> list[tuple[str, str, bool]]:
    from textmine.model import Document
    from textmine.tables import extract_cells
    from textmine.tables.records import SHORT_ROW_NOTE

    doc = Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)
    return [(c.col_key, c.raw, c.note == SHORT_ROW_NOTE) for c in extract_cells(doc, template="gov2021")
            if c.table == "active" and c.row_key == "normative_docs"]


HEAD_2021 = "二、主动公开政府信息情况\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"


def test_a_short_row_beside_a_printed_empty_cell_is_read_as_printed_without_doubt() -> None:
    """``place_rows`` asks whether the table prints its empty cells only for a row with fewer
    cells than columns: another row's empty cell (two tabs in a row) shows that it does, so the
    short row's missing cells are its trailing empty ones, no placement noted."""
    assert _active_short_row(HEAD_2021 + "规章\t1\t\t3\n行政规范性文件\t2\n") == [
        ("issued", "2", False), ("repealed", "", False), ("in_force", "", False)]


def test_a_short_row_of_a_run_together_table_keeps_its_placement_doubt() -> None:
    """A run-together 2019 table shows no empty cell anywhere: a row read with fewer cells than
    columns says its cells were placed in column order (the note the lazy test must keep)."""
    from pathlib import Path

    from textmine.ingest import read_document
    from textmine.tables import extract_cells
    from textmine.tables.records import SHORT_ROW_NOTE

    doc = read_document(Path(__file__).parent / "cases" / "checks_probes" / "46-crcollapsed-2019-ok.txt")
    row = [(c.col_key, c.raw, c.note == SHORT_ROW_NOTE) for c in extract_cells(doc, template="gov2019")
           if c.table == "requests" and c.row_key == "carried_over"]
    assert row[:2] == [("natural_person", "2", True), ("commercial", "0", True)]
    assert row[-1] == ("total", "", True)


def test_an_ordered_label_printed_after_the_next_rows_label_is_not_taken() -> None:
    """``_match_ordered`` asks the next two rows' labels only until one of them is printed before
    the row's: a label after the next row's belongs to another context (no row), one printed in
    order is taken."""
    from textmine.tables.labels import match_rows
    from textmine.tables.registry import get_template

    table = get_template("gov2021").table("requests")
    # one flattened line (no label opens a line of its own, which ``_line_rows`` would take)
    text = "说明 二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1 一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5\n"
    assert [h.row.key for h in match_rows(text, table, 0, len(text))] == ["carried_over"]
    text = "一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5 二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n"
    assert [h.row.key for h in match_rows(text, table, 0, len(text))] == ["new_received", "carried_over"]
