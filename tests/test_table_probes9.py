"""The held-out table probes of ``tests/cases/table_probes9`` (written and labelled by
``bench/make_table_probes9.py`` before textmine read them): the official 2021 Word template
filled in with placeholders, Word/WPS web pages (numbers split over runs, tables cut by a page
break), ``pdftotext -layout`` and pdfplumber text, the 2019 table 二's 本年增/减 in words,
2013–2018 free tables and lists, ministries' large bodies. Every probe is consistent, so no
error finding; every cell is read right. Then a case that must match and one that must not for each rule they led to."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from bench.table_probes3 import wrong_cells
from bench.table_probes9 import DIR
from textmine.ingest.html import cell_text, render_html
from textmine.model import Document
from textmine.pipeline import analyze
from textmine.tables import detect_template
from textmine.tables.cells import read_cell
from textmine.tables.positions import column_positions
from textmine.tables.records import Token
from textmine.tables.step1_regions import free_rows
from textmine.tables.step2_tokens import _space_tokens, read_segment

EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_cells_and_findings(name):
    from textmine.pipeline import read

    probe = EXPECTED[name]
    report = read(DIR / probe["file"])
    wrong, _ = wrong_cells(probe, report)
    assert wrong == []
    assert [f.check_id for f in report.finding_records if f.severity == "error"] == []


# ---------------------------------------------------------------- HTML: a cell's text as a browser shows it


def _td(inner: str) -> str:
    return cell_text(LexborHTMLParser(f"<table><tr><td>{inner}</td></tr></table>").css_first("td"))


def test_word_runs_join_into_one_number():
    # must: Word's runs of one number (an edit, a spell mark) are one number
    assert _td("<p class=MsoNormal><span lang=EN-US>2</span><span lang=EN-US>45</span><o:p></o:p></p>") == "245"
    assert _td("<p><span>行政规</span><span>范性文件</span></p>") == "行政规范性文件"
    assert _td("<p><span><font face=仿宋>1</font></span><span>2</span></p>") == "12"


def test_paragraphs_and_breaks_stay_apart():
    # must not: two paragraphs, a <br> or a space between the runs are not one word
    assert _td("<p>2</p><p>45</p>") == "2 45"
    assert _td("12<br>3") == "12 3"
    assert _td("<span>1</span> <span>2</span>") == "1 2"


def test_word_page_runs_read_as_numbers():
    page = render_html("<html><body><table><tr><td><p><span>行政</span><span>许可</span></p></td>"
                       "<td><p><span>1</span><span>20</span></p></td></tr></table></body></html>")
    assert page.tables[0].rows[0] == ["行政许可", "120"]


# ---------------------------------------------------------------- 2013–2018 free tables


def _doc(text: str) -> Document:
    return Document(text=text, raw_text=text, offsets=[], sha256="")


FREE = "2016年依申请公开情况统计表\n项目\t数量\n收到申请数\t25\n同意公开\t18\n部分公开\t3\n不予公开\t4\n行政复议\t0\n"


def test_free_table_is_read_as_the_national_table():
    # must: a 项目|数量 table of the national indicators under their short names
    assert detect_template(_doc(FREE)) == "gov2014"
    assert sorted(free_rows("1.收到申请数：74件\n2.当面申请数：49件\n3.网络申请数：25件\n4.不同意公开答复数：3件")) == [
        "replies_denied", "requests_in_person", "requests_online", "requests_received"]
    cells = {c.row_key: c.value for c in analyze(_doc(FREE)).cell_records if c.status == "number"}
    assert cells == {"requests_received": 25, "replies_granted": 18, "replies_partial": 3, "replies_denied": 4,
                     "reviews": 0}


def test_prose_and_new_templates_are_not_free_tables():
    # must not: prose naming the indicators without counts after them, a 2021 table
    prose = "全年收到申请数量较上年有所增加，同意公开的占多数，部分公开和不予公开的均依法说明理由，未发生行政复议。"
    assert free_rows(prose) == set()
    assert detect_template(_doc(prose)) is None
    t2021 = "第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数\n不予公开\t1\n部分公开\t2\n同意公开\t3\n收到申请数\t4"
    assert detect_template(_doc(t2021)) == "gov2021"


def test_free_rows_compiles_only_labels_the_text_prints():
    # a label's pattern is compiled once, and only when the label is printed: compiling all of
    # them was 0.4 s of CPU in every worker's first reports (and evicted re's own cache)
    from textmine.tables.step1_regions import _free_row_pattern

    _free_row_pattern.cache_clear()
    assert free_rows("本单位本年度工作平稳有序。") == set()
    assert _free_row_pattern.cache_info().currsize == 0  # must not: nothing printed, nothing compiled
    assert free_rows("收到申请数\t25") == {"requests_received"}
    assert 0 < _free_row_pattern.cache_info().currsize <= 2  # must: the printed label (and a variant in it)


def test_list_colon_ends_the_label():
    # must: in a list of label：value lines the value after the colon is the row's cell
    text = "收到申请数：74件\n"
    assert [t.raw for t in read_segment(text, 5, len(text), mode="space") if t.kind == "value"] == ["74"]
    # must not: a colon never turns the prose after a label into cells
    text = "收到申请数：主要集中在征地拆迁领域\n"
    assert [t.raw for t in read_segment(text, 5, len(text), mode="space") if t.kind == "value"] == []


# ---------------------------------------------------------------- 本年增/减 in words


def test_change_words_are_signed_numbers():
    # must: 增加3 is +3, 减少2 is -2 (a cell, a token of a space row)
    assert read_cell("增加3")[:2] == (3, "number")
    assert read_cell("减少2")[:2] == (-2, "number")
    line = "其他对外管理服务事项   249   增加5   74\n"
    assert [t.raw for t in _space_tokens(line, 10, len(line))] == ["249", "增加5", "74"]


def test_change_words_inside_text_are_text():
    # must not: words that only start with 增加/减少, or glued to a word before them
    assert read_cell("减少审批环节")[1] == "text"
    assert read_cell("增加3项服务")[1] == "text"
    line = "新增加5项 3\n"
    assert [t.raw for t in _space_tokens(line, 0, len(line))] == []


# ---------------------------------------------------------------- positions counted in display columns


def test_hand_aligned_columns_counted_in_display_columns():
    # must: lined up by hand (a Chinese character two columns): 4 and 6 go under 1 and 3
    text = "规章" + " " * 12 + "1   2   3\n" + "行政规范性文件  4       6\n"
    rows = [[Token("1", 14, 15, "value"), Token("2", 18, 19, "value"), Token("3", 22, 23, "value")],
            [Token("4", 33, 34, "value"), Token("6", 41, 42, "value")]]
    assert column_positions(text, rows, 3) == [(0, 1, 2), (0, 2)]


def _tokens(text: str, line: int) -> list[Token]:
    import re

    start = sum(len(x) + 1 for x in text.split("\n")[:line])
    body = text.split("\n")[line]
    return [Token(m.group(), start + m.start(), start + m.end(), "value") for m in re.finditer(r"\d+", body)]


def test_pdftotext_columns_keep_character_positions():
    # must not: pdftotext's layout (a Chinese character one column) is read by characters
    text = "规章" + " " * 13 + "1   2   3\n" + "行政规范性文件" + " " * 8 + "4       6\n"
    assert column_positions(text, [_tokens(text, 0), _tokens(text, 1)], 3) == [(0, 1, 2), (0, 2)]
    # nor counted in display columns when characters settle every row (the 4 sits under the 2 there)
    text = "规章" + " " * 13 + "1   2   3\n" + "行政规范性文件" + " " * 8 + "4   5   6\n"
    assert column_positions(text, [_tokens(text, 0), _tokens(text, 1)], 3) == [(0, 1, 2), (0, 1, 2)]


# ---------------------------------------------------------------- a label's parenthetical wrapped around its values


def test_parenthetical_wrapped_around_values_is_the_label():
    from textmine.tables.labels import RE_PAREN_AFTER

    # must: layout text pads the wrapped parenthetical (its row's values on its first line)
    text = ("（二）部分公开（区分处理的，只计这一情形，不计" + " " * 13 + "0" + " " * 23 + "0" + " " * 47 + "0\n"
            + " " * 17 + "其他情形）\n")
    m = RE_PAREN_AFTER.match(text, len("（二）部分公开"))
    assert m and m.group().endswith("其他情形）")


def test_values_then_next_label_are_no_parenthetical():
    from textmine.tables.labels import RE_PAREN_AFTER

    # must not: values after the label, or a parenthetical of another row further on
    text = "（二）部分公开  3  0  3\n（三）不予公开（含部分）  1  0  1\n"
    assert RE_PAREN_AFTER.match(text, len("（二）部分公开")) is None
    long = "（" + "说明" * 41 + "）"
    assert RE_PAREN_AFTER.match("规章" + long, 2) is None


# ---------------------------------------------------------------- prose naming a row is no row


def test_short_row_names_in_prose_are_no_cells():
    # must: a 2014-era report's prose (its meta names the 2014 table) reads no row from sentences
    text = ("2015年政府信息公开工作年度报告\n三、回应解读情况\n全年回应公众关注热点9次。\n"
            "四、依申请公开政府信息情况\n全年共受理政府信息公开申请46件，其中当面申请21件、网络申请25件；"
            "同意公开30件，不予公开3件。\n")
    cells = [c for c in analyze(_doc(text)).cell_records if c.status != "missing"]
    assert cells == []


def test_rows_set_apart_are_still_cells():
    # must not: a printed row (its count set apart, or ending its line) is still read
    text = "政府信息公开情况统计表\n项目\t数量\n收到申请数\t46\n当面申请 21件\n网络申请 25件\n同意公开：30件\n不予公开\n3\n"
    cells = {c.row_key: c.value for c in analyze(_doc(text)).cell_records if c.status == "number"}
    assert cells == {"requests_received": 46, "requests_in_person": 21, "requests_online": 25,
                     "replies_granted": 30, "replies_denied": 3}


def test_short_rows_alone_say_nothing_in_display_columns():
    # must not: without a full row, rows whose labels differ in width make up columns by their shift
    text = "二、上年结转" + " " * 10 + "4" + " " * 24 + "0     4\n" + "（一）予以公开" + " " * 9 + "0     1" + " " * 13 + "3     4\n"
    assert column_positions(text, [_tokens(text, 0), _tokens(text, 1)], 7) == [None, None]


# ---------------------------------------------------------------- rows printed in another order


def _cells(text: str) -> dict[str, int]:
    return {c.row_key: c.value for c in analyze(_doc(text)).cell_records if c.status == "number" and c.table == "stats"}


def test_free_table_rows_in_another_order_are_read_by_their_labels():
    # must: a table line (label at the line's start, only its cells after it) names its row
    # wherever the table prints it (网上申请 before 当面申请, 传真申请 last)
    text = ("2015年依申请公开情况统计表\n项目    单位    数量\n收到政府信息公开申请    件    60\n网上申请    件    0\n"
            "其中：当面申请    件    7\n信函申请    件    53\n传真申请    件    0\n已答复申请    件    9\n"
            "同意公开    件    6\n不予公开    件    3\n举报投诉    件    18\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n无。\n")
    got = _cells(text)
    assert (got["requests_in_person"], got["requests_fax"], got["requests_online"], got["requests_mail"]) == (7, 0, 0, 53)
    assert got["complaints"] == 18


def test_labels_in_prose_are_not_table_lines():
    # must not: a label inside a sentence, or a line with words after its count, is no table row
    text = ("2015年依申请公开情况统计表\n项目    单位    数量\n收到政府信息公开申请    件    60\n网上申请    件    0\n"
            "信函申请    件    53\n已答复申请    件    9\n同意公开    件    6\n不予公开    件    3\n"
            "全年另有当面申请    件    7\n传真申请    件    2，均已答复。\n")
    got = _cells(text)
    assert "requests_in_person" not in got and "requests_fax" not in got
    assert got["requests_mail"] == 53


def test_ordered_table_reads_as_before():
    # must: a table printed in the template's order is matched in that order, line rows or not
    from textmine.tables.labels import match_rows
    from textmine.tables.registry import get_template

    table = get_template("gov2014").table("stats")
    text = "收到申请数    件  6\n当面申请    件  4\n网上申请    件  2\n"
    assert [h.row.key for h in match_rows(text, table, 0, len(text))] == [
        "requests_received", "requests_in_person", "requests_online"]


# ---------------------------------------------------------------- a change in words inside a wrapped label


def test_wrapped_label_around_a_change_in_words():
    # must: the values line between a wrapped label's pieces may hold 增加5 / 减少2 / +3
    from textmine.tables.labels import row_pattern

    assert row_pattern("其他对外管理服务事项").search("其他对外管理服务事        249        增加5        74\n    项")
    assert row_pattern("其他对外管理服务事项").search("其他对外管理服务事        249        +3        74\n    项")
    # must not: words that are not a change (增加审批) are no values line
    assert not row_pattern("其他对外管理服务事项").search("其他对外管理服务事        249        增加审批\n    项")
