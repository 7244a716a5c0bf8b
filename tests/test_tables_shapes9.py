"""Table shapes of the held-out probes 8 (issue 10, tables14): tables as CMS exports, editors and
converters of other provinces print them.

* A cell that is only a Chinese zero (零; 〇 and ○ as typed for it) is the number 0; inside a word
  (零星, 二〇二二年) it is no cell (``cells.read_cell``, the ``zero`` token, the value lines of
  ``labels``).
* Thousands grouped by the full-width comma an input method types (``10，740``) are one number;
  a full-width comma that does not group thousands is no number (``1，23``).
* A number opening a line and followed by an enumeration mark and a CJK character (``3、不予公开``,
  ``2.重复申请``) numbers the next row's label: it is never the last cell of the row before.
* An HTML table written into a Markdown or plain text (MinerU prints each table as one line of
  ``<table>…</table>``) is read as a grid, as an HTML page's table is.
* A CMS export that prints each row's label on lines of its own and its cells as a TAB row on
  the next line (empty cells kept as empty pieces) is read by its tabs; a TAB line holding text
  is no such row.
* A number opening a line with its unit and nothing more (``27件 9件 218件`` under a label on a
  line of its own) is a cell; glued to words (``12件事项…``, ``12345热线…``) it opens a sentence.
* A table pasted from a spreadsheet as CSV (``规章,,,27,9,218``; a number holding a comma quoted)
  is read by its commas, and its lines are table rows that a hard-wrapped layout never joins
  (``layout._csv_row``); commas of prose are no cells.
* A pandoc grid table (``+---+`` rules) is one grid whose row is every text line between two
  rules, a cell wrapped over lines joined back (``第二十条第（一`` / ``）项``); a row whose lines
  differ in their number of cells (a spanning cell) is read as plain pipe rows.
"""

from __future__ import annotations

from pathlib import Path

from textmine.ingest.html import embedded_tables
from textmine.ingest.layout import _csv_row
from textmine.ingest.pipe import find_pipe_tables, grid_table_rows
from textmine.ingest.read import read_document
from textmine.pipeline import read
from textmine.tables.cells import read_cell, to_value
from textmine.tables.step2_tokens import _space_tokens, comma_row, read_segment, segment_mode


def _report(tables: str) -> str:
    return ("一、总体情况\n2022年，某某县人民政府坚持以公开为常态。\n" + tables
            + "\n五、存在的主要问题及改进情况\n下一步，将加强培训。\n")


CASES = Path(__file__).resolve().parent / "cases" / "table_probes8"


# ------------------------------------------------------------------ 零 / 〇


def test_chinese_zero_is_zero():
    assert read_cell("零") == (0, "number", None)
    assert read_cell("〇") == (0, "number", None)
    report = read(CASES / "zero-word-tabs-2021.txt")
    zeros = [c for c in report.cell_records if (c.raw or "").strip() == "零"]
    assert len(zeros) > 100 and all(c.value == 0 and c.status == "number" for c in zeros)
    report = read(CASES / "zero-ling-lines-2021.txt")  # one cell per line: 〇 is a value line, no label
    zeros = [c for c in report.cell_records if (c.raw or "").strip() == "〇"]
    assert len(zeros) > 100 and all(c.value == 0 and c.status == "number" for c in zeros)


def test_zero_inside_a_word_is_no_cell():
    assert read_cell("零星")[1] == "text"
    text = "行政复议 二〇二二年 3"
    assert [t.raw for t in _space_tokens(text, 4, len(text))] == []


# ------------------------------------------------------------------ 1，234


def test_full_width_comma_groups_thousands():
    assert to_value("10，740") == 10740 and to_value("1，234，567") == 1234567
    assert read_cell("9，840") == (9840, "number", None)
    text = "公开 9，840 1，200 11，040"
    assert [t.raw for t in _space_tokens(text, 2, len(text))] == ["9，840", "1，200", "11，040"]


def test_full_width_comma_that_groups_nothing_is_no_number():
    assert to_value("1，23") is None and to_value("12，3456") is None
    assert read_cell("1，23")[1] == "text"


# ------------------------------------------------------------------ 3、不予公开


def test_numbering_of_the_next_label_is_no_cell():
    text = "部分公开 0 0 0 0 0 0 0\n3、不予公开 1.属于国家秘密 1 0 0 0 0 0 1"
    assert [t.raw for t in _space_tokens(text, 4, len(text))] == ["0"] * 7
    text = "（四）保护第三方合法权益 0 1 1\n2.重复申请 4 0 4"
    assert [t.raw for t in _space_tokens(text, 12, len(text))] == ["0", "1", "1"]


def test_a_row_continued_on_the_next_line_keeps_its_cells():
    text = "新收 1 2 3 4\n5 6 18\n二、上年结转"
    assert [t.raw for t in _space_tokens(text, 2, len(text))] == ["1", "2", "3", "4", "5", "6", "18"]
    text = "收费 3.5\n其他"
    assert [t.raw for t in _space_tokens(text, 2, len(text))] == ["3.5"]


# ------------------------------------------------------------------ HTML tables inside Markdown


MINERU = ("## 四、政府信息公开行政复议、行政诉讼情况\n\n"
          "<html><body><table><tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>"
          "<tr><td rowspan=\"2\">结果维持</td><td rowspan=\"2\">结果纠正</td><td rowspan=\"2\">其他结果</td>"
          "<td rowspan=\"2\">尚未审结</td><td rowspan=\"2\">总计</td><td colspan=\"5\">未经复议直接起诉</td>"
          "<td colspan=\"5\">复议后起诉</td></tr><tr>" + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td>"
          "<td>尚未审结</td><td>总计</td>" * 2 + "</tr><tr>" + "".join(f"<td>{x}</td>" for x in
          (2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0)) + "</tr></table></body></html>\n\n")


def test_html_table_inside_markdown_is_a_grid():
    doc = read_document(_report(MINERU).encode(), name="a.md")
    assert len(doc.tables) == 1 and doc.tables[0].rows[-1][:5] == ["2", "1", "0", "0", "3"]
    assert "<td" not in doc.text
    report = read(CASES / "mineru-html-md-2021.md")
    assert {c.table for c in report.cell_records if c.status == "number"} == {"active", "requests", "appeals"}


def test_markdown_without_a_whole_table_is_left_as_written():
    text = "正文提到<table>标签但没有闭合。\n下一行"
    assert embedded_tables(text) == (text, [])
    nested = "<table><tr><td><table><tr><td>1</td></tr><tr><td>2</td></tr></table></td></tr></table>"
    assert embedded_tables(nested) == (nested, [])
    one_row = "<table><tr><td>规章</td><td>3</td></tr></table>"
    assert embedded_tables(one_row) == (one_row, [])


# ------------------------------------------------------------------ label lines above a TAB row


def test_tab_row_below_its_label():
    text = "三、本年度办理结\n果\n（一）予以公开\n\t\t\t3\t\t\t\t3\n（二）部分公开"
    end = text.index("（一）予以公开") + len("（一）予以公开")
    assert segment_mode(text, end, len(text), "lines") == "tab_below"


def test_text_line_with_tabs_below_a_label_is_no_cell_row():
    text = "（一）予以公开\n商业企业\t科研机构\t其他\n3\t0\t3"
    end = len("（一）予以公开")
    assert segment_mode(text, end, len(text), "lines") == "lines"
    text = "（一）予以公开 说明\n\t3\t0"
    assert segment_mode(text, len("（一）予以公开"), len(text), "space") == "space"


# ------------------------------------------------------------------ pandoc grid tables


def test_grid_table_row_is_every_line_between_two_rules():
    raw = ("表二\n+--------+------+\n| 第二十条第（一 |      |\n| ）项   |      |\n+========+======+\n"
           "| 行政规范性文 | 12 |\n| 件     |      |\n+--------+------+\n完")
    tables = find_pipe_tables(raw)
    assert [t.rows for t in tables] == [[["第二十条第（一）项", ""], ["行政规范性文件", "12"]]]
    assert raw[tables[0].start:tables[0].end].startswith("+---") and raw[tables[0].end - 1] == "+"


def test_grid_table_with_a_spanning_cell_or_a_lone_rule_stays_as_written():
    spanning = "+----+----+\n| 行政复议  |\n| 维持 | 3  |\n+----+----+"
    assert [t.rows for t in find_pipe_tables(spanning)] == [[["行政复议"], ["维持", "3"]]]
    assert find_pipe_tables("正文\n+------+\n正文") == []
    assert grid_table_rows(["+--+--+", "| a | b |", "| c |", "+--+--+"]) is None


# ------------------------------------------------------------------ 27件 opening a line


def test_number_with_its_unit_opening_a_line_is_a_cell():
    text = "规章\n27件 9件 218件\n行政规范性文件"
    assert [t.raw for t in _space_tokens(text, 2, len(text)) if t.kind == "value"] == ["27", "9", "218"]


def test_number_glued_to_words_opening_a_line_is_a_sentence():
    text = "规章 3\n12件事项已办结"
    assert [t.raw for t in _space_tokens(text, 2, len(text))] == ["3"]
    text = "规章 3\n12345热线受理367件"
    assert [t.raw for t in _space_tokens(text, 2, len(text))] == ["3"]


# ------------------------------------------------------------------ comma-separated rows


def test_comma_separated_row_is_read_by_its_commas():
    text = '一、本年新收政府信息公开申请数量,,,46,5,"1,006",0,0,0,1057\n二、'
    end = len("一、本年新收政府信息公开申请数量")
    assert segment_mode(text, end, len(text), "space") == "comma"
    assert [t.raw for t in read_segment(text, end, len(text), mode="comma")] == ["", "", "46", "5", "1,006", "0",
                                                                                    "0", "0", "1057"]
    assert _csv_row(",,,46,5,6,5,3,5,70") and _csv_row("第二十条第（一）项,,,,")
    report = read(CASES / "csv-rows-2021.txt")
    assert not [f for f in report.finding_records if f.severity == "error"]


def test_commas_of_prose_are_no_cells():
    text = "行政许可,主要涉及规划,建设,交通等领域\n"
    assert segment_mode(text, 4, len(text), "space") == "space"
    assert not comma_row("，共办理3件") and not comma_row(",3")
    assert not _csv_row("北京,上海,广州和深圳") and not _csv_row("主要包括规划,建设,交通,水利等，共3件")
