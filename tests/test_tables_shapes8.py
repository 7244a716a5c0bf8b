"""Table shapes of the held-out probes 7 (issue 10, tables12): tables as PDFs print them.

* A PDF table drawn without rules is a page of text lines whose characters stand in columns: a
  line with two or more gaps wider than 1.5 font sizes is a table row, and its gaps become two
  spaces as layout text prints them (``pdf._spaced``), so that its cells stay apart and the line
  is neither joined to the line before as a hard wrap nor glued to a wrapped label
  (``（二）部分公开（区分处理的，只计这一情形，不`` / ``11  0  0`` / ``计其他情形）``). Prose lines, and
  lines with a single wide gap (a signature and its date), keep the text they had.
* A line that is one number is a table cell, never the rest of a hard-wrapped sentence
  (``本年收费金额（单位：万元）`` / ``0.8``: ``layout._joinable_pair``).
* A converter's reading order may print a row's label after its values (``pdftotext`` of a ruled
  table: ``本年增/减`` / ``502`` / ``25`` / ``行政事业性收费``; the cells of （七）总计 and 四、结转下年度
  after 3.其他's, both labels after them): a run of rows with no value after their labels takes
  the value cells right before the first of them that no row before holds, when there are exactly
  as many as the run's columns (``step2_tokens._values_before_labels``).
* Table 四 printed one cell per line with each column group's header lines before its cells: its
  fifteen cells are the lines holding one value, in order, when there are exactly fifteen
  (``step2_tokens._lines_between_headers``).
* A line of numbers apart, or a line ending in three or more of them, is a table row: never joined
  to its neighbour as a hard wrap, and its spaces are never squeezed as a prose line's are (a PDF
  viewer's copy: ``1.申请人无正当理由逾期不补`` / ``正、行政机关不再处理其政府 0 12 0 0 0 0 12``).
  Group headers printed out of place (``（五）不予处理`` between 四's values and its label) are
  passed over when values are read before a label.
* An HTML table whose rowspan/colspan were stripped: a header row that stops short no longer
  stands above its columns, so a data row under it that prints exactly its columns' count of
  cells after its label takes them in template order (``step2_grids._own_cells``); a row whose
  cells before its label name columns (``商业企业 … 其他``) is a header row even though 其他 also
  names 3.其他 (``step2_grids._names_columns``; a merged label repeated, ``（七）总计`` twice, does
  not count).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from textmine.ingest.layout import layout_drops
from textmine.model import Document
from textmine.tables import extract_cells
from textmine.tables.records import Region
from textmine.tables.registry import get_template
from textmine.tables.step2_grids import read_grids
from textmine.tables.step2_tokens import _lines_between_headers, tokenise_text

CASES = Path(__file__).resolve().parent / "cases" / "table_probes7"


def _doc(text: str) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)


def _ch(text: str, x: float, size: float = 9) -> dict:
    return {"text": text, "x0": x, "x1": x + (size if ord(text) > 0x2E7F else size * 0.55), "size": size}


def _line(*cells: tuple[str, float]) -> list[dict]:
    out = []
    for text, x in cells:
        for ch in text:
            out.append(_ch(ch, x))
            x = out[-1]["x1"]
    return out


# ------------------------------------------------------------------ PDF lines in columns


def test_spaced_marks_column_gaps_of_a_table_row() -> None:
    pytest.importorskip("pdfplumber")
    from textmine.ingest.pdf import _spaced

    row = _line(("（一）予以公开", 60), ("287", 250), ("0", 290), ("12", 330))
    assert _spaced(row) == "（一）予以公开  287  0  12"
    values = _line(("0", 250), ("0", 290), ("0", 330))
    assert _spaced(values) == "0  0  0"


def test_spaced_leaves_prose_and_two_cell_lines() -> None:
    pytest.importorskip("pdfplumber")
    from textmine.ingest.pdf import _spaced

    assert _spaced(_line(("全年共收到政府信息公开申请12件，均已按期答复。", 60))) is None
    # a signature and its date: one wide gap only
    assert _spaced(_line(("某区人民政府", 60), ("2024年1月15日", 400))) is None
    # characters a little apart (justified text) are no columns
    justified = [_ch(c, 60 + k * 12) for k, c in enumerate("信息公开的及时性还有差距")]
    assert _spaced(justified) is None


def test_unruled_pdf_table_reads_wrapped_labels() -> None:
    pytest.importorskip("pdfplumber")
    from textmine.pipeline import read

    path = CASES / "pdf-unruled-2019.pdf"
    if not path.is_file():
        pytest.skip("table_probes7 not present")
    cells = {(c.table, c.row_key, c.col_key): c for c in read(path).cell_records}
    partial = [cells[("requests", "partial", col)].value for col in
               ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total")]
    assert partial == [11, 0, 0, 0, 2, 0, 13]


# ------------------------------------------------------------------ a number line is a cell


def test_bare_number_line_is_not_joined_to_the_line_before() -> None:
    prose = "　　本机关全年主动公开政府信息一千余条，涵盖财政预决算、重大项目、公共资源配置等领域的信\n"
    text = prose * 5 + "本年收费金额（单位：万元）本年收费金额（单位：万元）本年收费金额（单位：万元）\n0.8\n"
    drops = layout_drops(text)
    cut = text.index("\n0.8")
    assert not any(s <= cut < e for s, e in drops)


def test_wrapped_prose_is_still_joined() -> None:
    line = "　　本机关全年主动公开政府信息一千余条，涵盖财政预决算、重大项目、公共资源配置等领域的信\n"
    text = line * 5 + "息，并及时更新。\n"
    drops = layout_drops(text)
    last = text.rindex("信\n") + 1
    assert any(s <= last < e for s, e in drops)


# ------------------------------------------------------------------ labels printed after their values

ACTIVE19 = get_template("gov2019").table("active")
REQUESTS21 = get_template("gov2021").table("requests")


def _rows(text: str, spec) -> dict[str, list[str]]:
    toks = tokenise_text(text, Region(spec, 0, len(text)))
    return {r.hit.row.key: [t.raw for t in r.fitted] for r in toks.rows}


def test_label_after_its_values_takes_them() -> None:
    text = ("行政强制\n\n2280\n\n0\n\n0\n第二十条第（八）项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n502\n\n25\n\n"
            "行政事业性收费\n\n第二十条第（九）项\n\n信息内容\n\n采购项目数量\n\n采购总金额\n\n6\n\n318.2\n\n政府集中采购\n\n三、")
    rows = _rows(text, ACTIVE19)
    assert rows["enforcement"] == ["2280", "0", "0"]
    assert rows["fees"] == ["502", "25"]
    assert rows["procurement"] == ["6", "318.2"]


def test_label_after_values_needs_the_exact_count() -> None:
    # three values before a two-column row: whose they are is not shown
    text = "行政强制\n2280\n0\n0\n本年增/减\n502\n25\n7\n行政事业性收费\n第二十条第（九）项"
    assert _rows(text, ACTIVE19)["fees"] == []
    # values the row before holds are its own, not the next row's
    text = "行政强制\n2280\n0\n0\n行政事业性收费\n第二十条第（九）项"
    rows = _rows(text, ACTIVE19)
    assert rows["fees"] == [] and rows["enforcement"] == ["2280", "0", "0"]


def test_two_labels_after_their_values_split_them_in_order() -> None:
    text = ("3.其他\n0\n0\n9\n0\n0\n0\n9\n111\n0\n18\n0\n3\n27\n159\n0\n0\n3\n0\n0\n0\n3\n"
            "（七）总计\n四、结转下年度继续办理\n四、政府信息公开行政复议")
    rows = _rows(text, REQUESTS21)
    assert rows["other_misc"] == ["0", "0", "9", "0", "0", "0", "9"]
    assert rows["total_processed"] == ["111", "0", "18", "0", "3", "27", "159"]
    assert rows["carried_forward"] == ["0", "0", "3", "0", "0", "0", "3"]


def test_two_labels_after_too_few_values_stay_empty() -> None:
    text = ("3.其他\n0\n0\n9\n0\n0\n0\n9\n111\n0\n18\n0\n3\n27\n159\n"
            "（七）总计\n四、结转下年度继续办理\n四、政府信息公开行政复议")
    rows = _rows(text, REQUESTS21)
    assert rows["total_processed"] == [] and rows["carried_forward"] == []


# ------------------------------------------------------------------ table 四 between header lines


def test_table_four_cells_between_group_headers() -> None:
    heads = "结果维\n持\n结果纠\n正\n其他结\n果\n尚未审\n结\n总计\n"
    text = ("四、政府信息公开行政复议、行政诉讼情况\n行政诉讼\n行政复议\n未经复议直接起诉\n" + heads
            + "15\n12\n24\n0\n51\n复议后起诉\n" + heads + "0\n0\n0\n6\n6\n" + heads + "0\n159\n0\n0\n159\n"
            "五、存在的主要问题及改进情况\n")
    cells = {(c.table, c.row_key, c.col_key): c.value for c in extract_cells(_doc(
        "三、收到和处理政府信息公开申请情况\n" + text), template="gov2021") if c.table == "appeals"}
    assert cells[("appeals", "review", "total")] == 51
    assert cells[("appeals", "suit_direct", "pending")] == 6
    assert cells[("appeals", "suit_after_review", "corrected")] == 159


def test_table_four_between_headers_needs_fifteen_cells() -> None:
    text = "总计\n1\n0\n0\n0\n1\n复议后起诉\n总计\n0\n0\n0\n2\n2\n五、"
    assert _lines_between_headers(text, 0, len(text)) is None
    text = "总计\n1\n0\n0\n0\n1\n复议后起诉\n总计\n0\n0\n0\n2\n2\n总计\n0\n0\n0\n0\n0\n五、"
    assert len(_lines_between_headers(text, 0, len(text))) == 15


# ------------------------------------------------------------------ rows of numbers apart

PROSE = "　　本机关全年主动公开政府信息一千余条，涵盖财政预决算、重大项目、公共资源配置等领域的信\n"


def _joined(text: str, at: str) -> bool:
    cut = text.index(at)
    return any(s <= cut < e for s, e in layout_drops(text))


def test_row_of_values_is_not_joined() -> None:
    text = PROSE * 5 + "（二）部分公开（区分处理的，只计本机关全年主动公开政府信息一千余条，涵盖财政预\n0 0 0 0 0 0 0\n这一情形\n"
    assert not _joined(text, "\n0 0 0")
    # a line ending in a row's values is not continued by the next line
    text = PROSE * 5 + "三、 1.属于国家秘密本机关全年主动公开政府信息一千余条，涵盖财政预决算 0 0 0 0 0 0 0\n本年\n"
    assert not _joined(text, "\n本年")


def test_values_end_keeps_spaces_and_prose_loses_them() -> None:
    row = "正、行政机关不再处理其政府 0 12 0 0 0 0 12"
    text = PROSE * 5 + row + "\n"
    drops = layout_drops(text)
    start = text.index(row)
    assert not any(start <= s < start + len(row) for s, _ in drops)
    # a prose line's single space between CJK and a digit still goes
    text = PROSE * 5 + "全年共收到申请 12件，办结12件，均已按期答复。\n"
    start = text.index("申请 12")
    assert any(s == start + 2 for s, _ in layout_drops(text))


def test_group_header_between_values_and_label_is_passed_over() -> None:
    text = ("（七）总计\n224\n0\n2\n6\n0\n2\n234\n0\n2\n0\n0\n2\n0\n4\n（四）无法提供\n（五）不予处理\n"
            "四、结转下年度继续办理\n四、政府信息公开行政复议")
    rows = _rows(text, REQUESTS21)
    assert rows["carried_forward"] == ["0", "2", "0", "0", "2", "0", "4"]
    # other text between is no group header: whose the values are is not shown
    text = ("（七）总计\n224\n0\n2\n6\n0\n2\n234\n0\n2\n0\n0\n2\n0\n4\n注：含转办件\n"
            "四、结转下年度继续办理\n四、政府")
    assert _rows(text, REQUESTS21)["carried_forward"] == []


# ------------------------------------------------------------------ HTML whose spans were stripped

HEADER = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
          ["自然人", "法人或其他组织", "总计"], ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]


def _grid(rows: list[list[str]]) -> list:
    from textmine.model import Table

    width = max(len(r) for r in rows)
    short = tuple(i for i, r in enumerate(rows) if len(r) < width)
    return [Table(rows=[r + [""] * (width - len(r)) for r in rows], short_rows=short, source="html")]


def test_stripped_spans_read_cells_after_the_label() -> None:
    rows = HEADER + [["一、本年新收政府信息公开申请数量", "64", "36", "", "12", "12", "20", "144"],
                     ["三、本年度办理结果", "（一）予以公开", "0", "0", "", "", "0", "", ""],
                     ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "", "8", "", "", "0", "0", "8"],
                     ["3.其他", "", "0", "", "0", "", "12", "12"], ["（七）总计", "68", "36", "0", "12", "12", "20", "148"]]
    found = {r.row.key: {k: c.raw for k, c in r.cells.items()} for r in read_grids(_grid(rows), "gov2021", REQUESTS21)}
    assert found["partial"]["commercial"] == "8" and found["partial"]["total"] == "8"
    assert found["other_misc"]["other_org"] == "12" and found["other_misc"]["natural_person"] == ""
    assert found["total_processed"]["total"] == "148"


def test_full_header_places_cells_by_column() -> None:
    # a header that stands above its columns keeps placing the cells of a short row by it
    header = [["说明", "说明", "说明", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]]
    rows = header + [["（七）总计", "（七）总计", "（七）总计", "5", "1", "0", "0", "0", "0", "6"],
                     ["3.其他", "3.其他", "3.其他", "2", "0"]]
    found = {r.row.key: {k: c.raw for k, c in r.cells.items()} for r in read_grids(_grid(rows), "gov2021", REQUESTS21)}
    assert found["total_processed"]["total"] == "6"
    assert found["other_misc"]["natural_person"] == "2" and found["other_misc"]["total"] == ""
