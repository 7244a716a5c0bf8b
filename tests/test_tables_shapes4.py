"""Table shapes the probes of ``tests/cases/table_probes4`` (PDFs read by ``pdftotext -layout``)
found misread.

* A ruled table's empty cells print nothing: a row's values are placed by the columns the page's
  rows make (:mod:`textmine.tables.positions`), never by values glued to their label.
* A label wrapped in its cell prints its row's values between its pieces, and another label
  column's text may sit at the start of its next line (or on a line of its own).
* A short label key (其他) inside a longer word (（六）其他处理) is not the label.
* A table's last row with nothing after it but the next section's heading is blank, prose after a
  label is not.
* Table 四's row of fewer values than cells is read with the empty cells in its widest gaps,
  flagged when several placements fit.
"""

from __future__ import annotations

from textmine.tables.labels import match_rows
from textmine.tables.positions import column_positions
from textmine.tables.records import FoundRow, Region, Token
from textmine.tables.registry import get_template
from textmine.tables.step2_tokens import tokenise_text
from textmine.tables.step3_readings import _spaced_candidates, enumerate_readings
from textmine.tables.step4_scoring import score_readings
from textmine.tables.step5_placing import in_table

REQUESTS = get_template("gov2021").table("requests")


def _tokens(text: str, line: int) -> list[Token]:
    """The number tokens of one line of ``text``."""
    import re

    start = sum(len(x) + 1 for x in text.split("\n")[:line])
    body = text.split("\n")[line]
    return [Token(m.group(), start + m.start(), start + m.end(), "value")
            for m in re.finditer(r"(?<!\S)[\d/无]+(?!\S)", body)]


# ---- column positions ----------------------------------------------------------------------

COLUMNS = (40, 46, 52, 58, 64, 70, 76)


def _line(label: str, cells: list[str], columns: tuple[int, ...] = COLUMNS) -> str:
    """A PDF-layout line: the label, then each cell centred on its column (empty cells print nothing)."""
    out = label
    for col, cell in zip(columns, cells, strict=True):
        if cell:
            at = col - len(cell) // 2
            out = out.ljust(at) + cell
    return out


PAGE = "\n".join([
    _line("一、本年新收", ["146", "3", "1", "0", "2", "2", "154"]),
    _line("二、上年结转", ["4", "", "", "", "", "0", "4"]),
    _line("（一）予以公开", ["0", "", "1", "", "", "3", "4"]),
]) + "\n"


def test_rows_of_a_page_place_their_values_by_column():
    rows = [_tokens(PAGE, i) for i in range(3)]
    assert column_positions(PAGE, rows, 7) == [(0, 1, 2, 3, 4, 5, 6), (0, 5, 6), (0, 2, 5, 6)]


def test_short_rows_alone_make_too_few_columns_to_say_anything():
    rows = [_tokens(PAGE, i) for i in range(1, 3)]
    assert column_positions(PAGE, [[], *rows], 7) == [None, None, None]


def test_values_glued_to_their_labels_say_nothing():
    text = "一、本年新收146 3 1 0 2 2 154\n二、上年结转4 0 4\n"
    rows = [_tokens(text, 0), _tokens(text, 1)]
    assert column_positions(text, rows, 7) == [None, None]


def test_a_page_break_starts_new_columns():
    # page 2 prints the columns further right: its rows are read on their own
    shifted = tuple(c + 9 for c in COLUMNS)
    text = "\n".join([
        _line("a", ["1", "0", "0", "0", "0", "0", "1"]), _line("b", ["3", "", "", "", "", "0", "3"]), "", "",
        _line("x", ["1", "0", "0", "0", "0", "0", "1"], shifted), _line("y", ["2", "", "", "", "", "", "2"], shifted),
    ]) + "\n"
    rows = [t for t in (_tokens(text, i) for i in range(len(text.split("\n")))) if t]
    got = column_positions(text, rows, 7)
    assert got[1] == (0, 5, 6)
    assert got[3] == (0, 6)


def test_positions_place_a_short_row_in_a_whole_report_region():
    head = "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
    text = head + _line("一、本年新收政府信息公开申请数量", ["3", "1", "1", "0", "2", "2", "9"]) + "\n" + _line(
        "二、上年结转政府信息公开申请数量", ["1", "", "", "", "", "0", "1"]) + "\n"
    region = Region(REQUESTS, 0, len(text))
    readings = enumerate_readings(text, tokenise_text(text, region))
    choice = score_readings("gov2021", readings)["carried_over"]
    assert [p.raw for p in choice.pieces] == ["1", "", "", "", "", "0", "1"]
    assert "column positions" in (choice.note or "")


# ---- wrapped labels --------------------------------------------------------------------------

WRAPPED = (
    "               1.本机关不掌握相关政府\n"
    "                                        0    0    0    0    1    0    1\n"
    "               信息\n"
    "               2.没有现成信息需要另行\n"
    "     （四）无法提供                          1    0    0    0    0    0    1\n"
    "               制作\n"
)


def _hits(text: str):
    return {h.row.key: h for h in match_rows(text, REQUESTS, 0, len(text))}


def test_a_label_wrapped_around_its_values_is_found_and_its_values_follow_it():
    hits = _hits(WRAPPED)
    for key in ("unable_not_held", "unable_needs_creation"):
        assert key in hits
        segment = WRAPPED[hits[key].label_end:hits[key].seg_end]
        assert segment.lstrip().startswith(("0", "1"))


def test_another_label_column_on_a_line_of_its_own_inside_a_wrapped_label():
    text = ("               1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请     0  0  0  0  0  0  0\n"
            "               2.申请人逾期未按收费通\n"
            "      （六）其他处理\n"
            "               知要求缴纳费用、行政机关不再处理其政府信息公\n"
            "                                        0    0    0    0    11    0    11\n"
            "               开申请\n"
            "               3.其他          2    0    0    0    0    0    2\n")
    hits = _hits(text)
    assert "other_no_fee" in hits
    assert text[hits["other_misc"].label_start:hits["other_misc"].label_end].endswith("其他")
    assert text.index("3.其他") <= hits["other_misc"].label_start


def test_label_text_is_not_skipped_over_a_line_of_prose():
    # a label broken by a line of prose words (not values) is not a wrapped label
    text = "本机关不掌握相关政府\n今年我们认真贯彻落实政府信息公开条例，主动公开各类信息\n信息  1\n"
    assert "unable_not_held" not in _hits(text)


def test_a_short_key_inside_a_longer_word_is_not_the_label():
    assert "other_misc" not in _hits("（六）其他处理\n")
    assert "other_misc" in _hits("3.其他     2    0    0    0    0    0    2\n")


# ---- the last row of a table ------------------------------------------------------------------


def _row(text: str, label: str, values: bool) -> FoundRow:
    spec = get_template("gov2021").table("active")
    row = next(r for r in spec.rows if r.label == label)
    start = text.index(label)
    fr = FoundRow(spec.rows.index(row), row, label, label_start=start, label_end=start + len(label), seg_end=len(text))
    if values:
        from textmine.tables.records import FoundCell

        pos = text.index("12", start)
        fr.cells[row.cols[0]] = FoundCell("12", pos, pos + 2, False, None)
    return fr


def test_last_row_followed_by_the_next_heading_is_a_printed_row():
    text = "行政规范性文件  12  0  3\n行政许可   12\n行政处罚  12\n行政强制  12\n行政事业性收费\n\n三、收到和处理政府信息公开申请情况\n"
    spec = get_template("gov2021").table("active")
    rows = [_row(text, lab, True) for lab in ("行政许可", "行政处罚", "行政强制")] + [_row(text, "行政事业性收费", False)]
    assert any(f.label == "行政事业性收费" for f in in_table(text, spec, rows))


def test_last_row_followed_by_prose_is_not_a_row():
    text = "行政许可   12\n行政处罚  12\n行政强制  12\n行政事业性收费\n本年度未收取任何费用。\n"
    spec = get_template("gov2021").table("active")
    rows = [_row(text, lab, True) for lab in ("行政许可", "行政处罚", "行政强制")] + [_row(text, "行政事业性收费", False)]
    assert not any(f.label == "行政事业性收费" for f in in_table(text, spec, rows))


# ---- table 四 with fewer values than cells ----------------------------------------------------


def test_table_four_line_puts_the_empty_cell_in_the_widest_gap():
    line = " 1    2    0    3    6    0    /              8    8    4    /    6    48    58\n"
    values = _tokens(line, 0)
    cands = _spaced_candidates(line, values, 15)
    assert [p.raw for p in cands[0]] == ["1", "2", "0", "3", "6", "0", "/", "", "8", "8", "4", "/", "6", "48", "58"]


def test_table_four_line_with_even_spacing_offers_no_spaced_reading():
    line = "1 2 0 3 6 0 / 8 8 4 / 6 48 58\n"
    assert _spaced_candidates(line, _tokens(line, 0), 15) == []


# ---- a PDF table row cut by a page break (pdfplumber) ------------------------------------------


def _two_page_pdf(path, *, cut: bool) -> None:
    """Two pages of a four-column ruled table; with ``cut`` the last row of page 1 goes on at the
    top of page 2 (its vertical rules run to the page's edge, no rule closes it), as Chromium prints it."""
    import matplotlib

    matplotlib.use("pdf")
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    from bench.make_table_probes4 import font_path

    font = FontProperties(fname=font_path())
    xs = [60, 260, 330, 400, 470]

    def page(rows, *, top_open: bool, bottom_open: bool):
        fig = Figure(figsize=(595 / 72, 842 / 72))
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, 595)
        ax.set_ylim(842, 0)
        ax.axis("off")
        y0 = 60 if top_open else 100
        y = y0
        for i, (cells, height) in enumerate(rows):
            last = i == len(rows) - 1
            if not (top_open and i == 0):
                ax.plot([xs[0], xs[-1]], [y, y], color="black", lw=0.6)
            for x in xs:
                ax.plot([x, x], [y, y + height], color="black", lw=0.6)
            for k, text in enumerate(cells):
                if text:
                    ax.text(xs[k] + 3, y + 4, text, fontproperties=font, size=10, va="top")
            y += height
            if last and not bottom_open:
                ax.plot([xs[0], xs[-1]], [y, y], color="black", lw=0.6)
        return fig

    head = (["信息内容", "甲", "乙", "总计"], 20)
    first = [head, (["1.属于国家秘密", "1", "0", "1"], 20), (["2.重复申请", "0", "2", "2"], 20)]
    second = [(["3.要求提供公开出版物", "1", "1", "2"], 20)]
    if cut:
        first.append((["4.无正当理由大量", "3", "", "3"], 722 - 160))
        second.insert(0, (["反复申请", "", "", ""], 20))
    else:
        first.append((["4.无正当理由大量反复申请", "3", "", "3"], 20))
    with PdfPages(path) as pdf:
        pdf.savefig(page(first, top_open=False, bottom_open=cut))
        pdf.savefig(page(second, top_open=cut, bottom_open=False))


def _pdf_rows(tmp_path, *, cut: bool) -> list[str]:
    import pytest

    pytest.importorskip("pdfplumber")
    pytest.importorskip("matplotlib")
    from bench.make_table_probes4 import font_path
    from textmine.ingest import read_document

    if font_path() is None:
        pytest.skip("no CJK font to write the PDF")
    path = tmp_path / "t.pdf"
    _two_page_pdf(path, cut=cut)
    return read_document(path.read_bytes(), name="t.pdf").text.splitlines()


def test_a_row_cut_by_a_page_break_is_rejoined(tmp_path):
    lines = _pdf_rows(tmp_path, cut=True)
    assert "4.无正当理由大量反复申请\t3\t\t3" in lines
    assert not any(line.startswith("反复申请") for line in lines)


def test_rows_closed_on_each_page_are_not_joined(tmp_path):
    lines = _pdf_rows(tmp_path, cut=False)
    assert "4.无正当理由大量反复申请\t3\t\t3" in lines
    assert "3.要求提供公开出版物\t1\t1\t2" in lines


# ---- a count cell holding two cells' values ------------------------------------------------


def test_two_values_in_one_cell_are_an_uncertain_reading_not_an_error():
    from textmine.checks.doubt import _values_of_two_cells

    assert _values_of_two_cells("2 /")
    assert _values_of_two_cells("0 无")
    assert not _values_of_two_cells("2件")
    assert not _values_of_two_cells("见附件 2")
    assert not _values_of_two_cells("12")


# ---- hard wraps inside a table (pdftotext -layout) -----------------------------------------


def test_cell_text_between_table_rows_is_not_joined_as_prose():
    from textmine.ingest.layout import layout_drops

    label = "                  2.申请人逾期未按收费通知要求缴纳\n          他处理\n"
    row = "                  3.其他                        0     2     0        0          2\n"
    text = row + label + row
    first = len(row) + label.index("\n")
    assert not [d for d in layout_drops(text, width=30) if d[0] == first]


def test_the_same_lines_outside_a_table_are_joined():
    from textmine.ingest.layout import layout_drops

    text = "                  2.申请人逾期未按收费通知要求缴纳\n          他处理\n"
    first = text.index("\n")
    assert [d for d in layout_drops(text, width=30) if d[0] == first]
