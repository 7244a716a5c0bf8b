"""The held-out table probes of ``tests/cases/table_probes17`` (written and labelled by
``bench/make_table_probes17.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right, none gets an error finding, and every planted error of the
``inconsistent`` probes is found."""

from __future__ import annotations

import pytest

from bench.table_probes17 import DIR
from tests.table_probe_cases import cells_and_findings_test
from textmine.ingest import read_document
from textmine.model import Table
from textmine.tables import extract_cells
from textmine.tables.registry import get_template
from textmine.tables.step2_grids import read_grid
from textmine.tables.turned import turned_single_row

APPEALS = get_template("gov2021").table("appeals")


test_probe_cells_and_findings = cells_and_findings_test(DIR)


# ------------------------------------------------------------------ table 四 turned: a row per result, its 总计 first

TURNED_HEAD = ["结果", "行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]
TURNED_ROWS = [["总计", "7", "3", "1"], ["结果维持", "4", "1", "0"], ["结果纠正", "1", "0", "0"],
               ["其他结果", "2", "0", "1"], ["尚未审结", "0", "2", "0"]]


def _cells(rows) -> dict[tuple[str, str], str]:
    return {(fr.row.key, col): c.raw for fr in rows for col, c in fr.cells.items()}


@pytest.mark.parametrize("sep", ["\t", " "])
def test_turned_appeals_read_where_labels_meet(sep):
    text = "\n".join(sep.join(r) for r in [TURNED_HEAD, *TURNED_ROWS]) + "\n"
    got = _cells(turned_single_row(text, APPEALS, 0, len(text)))
    assert got[("review", "total")] == "7" and got[("review", "upheld")] == "4"  # 总计 first is still 总计
    assert got[("suit_direct", "pending")] == "2" and got[("suit_after_review", "other")] == "1"
    assert len(got) == 15


def test_turned_appeals_in_a_grid():
    got = _cells(read_grid(Table(rows=[TURNED_HEAD, *TURNED_ROWS], source="html"), "gov2021", APPEALS))
    assert got[("review", "total")] == "7" and got[("suit_direct", "total")] == "3" and len(got) == 15


def test_turned_appeals_whole_report():
    body = "\n".join("\t".join(r) for r in [TURNED_HEAD, *TURNED_ROWS])
    text = "四、政府信息公开行政复议、行政诉讼情况\n" + body + "\n五、存在的主要问题及改进情况\n无。\n"
    cells = {(c.row_key, c.col_key): c.value for c in extract_cells(read_document(text.encode("utf-8"), name="r.txt"), template="gov2021")
             if c.table == "appeals"}
    assert cells[("review", "total")] == 7 and cells[("suit_after_review", "upheld")] == 0


def test_appeals_in_their_usual_layout_are_not_turned():
    usual = ("行政复议\t\t\t\t\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
             + "\t".join(["1", "0", "0", "1", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"]) + "\n")
    assert turned_single_row(usual, APPEALS, 0, len(usual)) == []


def test_turned_appeals_missing_a_result_row_are_not_read_by_labels():
    rows = [TURNED_HEAD, *TURNED_ROWS[:-1]]  # 尚未审结 not printed: no row whole
    text = "\n".join("\t".join(r) for r in rows) + "\n"
    assert turned_single_row(text, APPEALS, 0, len(text)) == []



# ------------------------------------------------------------------ a cut label with its cells after the first piece

REQUESTS = get_template("gov2021").table("requests")
STATS = get_template("gov2014").table("stats")


def _rows(text: str, table) -> dict[str, list[str]]:
    from textmine.tables.records import Region
    from textmine.tables.step2_tokens import tokenise_text

    got = tokenise_text(text, Region(table, 0, len(text)))
    return {r.hit.row.key: [t.raw for t in r.values] for r in got.rows}


def test_cells_after_the_first_piece_of_a_cut_label_are_its_rows():
    text = ("一、本年新收政府信息公开 5 1 0 0 0 0 6\n申请数量\n二、上年结转政府信息公开 1 0 0 0 0 0 1\n申请数量\n"
            "三、本年度办理结果\n（一）予以公开 6 1 0 0 0 0 7\n")
    rows = _rows(text, REQUESTS)
    assert rows["new_received"] == ["5", "1", "0", "0", "0", "0", "6"]
    assert rows["carried_over"] == ["1", "0", "0", "0", "0", "0", "1"]


def test_unit_and_count_after_the_first_piece_of_a_cut_stats_label():
    text = "1.参加或举办新闻发布会总次 次 2\n数\n其中：主要负责同志参加新闻发 次 1\n布会次数\n2.政府网站在线访谈次数 次 0\n"
    rows = _rows(text, STATS)
    assert rows["press_conferences"] == ["2"] and rows["press_conferences_leaders"] == ["1"]
    assert rows["online_interviews"] == ["0"]


def test_one_blank_after_another_rows_text_is_no_wrap():
    # the label's pieces end before its cells: the next row's first piece is not inside this label
    text = ("一、本年新收政府信息\n公开申请数量 5 1 0 0 0 0 6\n二、上年结转政府信息\n公开申请数量 1 0 0 0 0 0 1\n"
            "三、本年度办理结果\n（一）予以公开 6 1 0 0 0 0 7\n")
    rows = _rows(text, REQUESTS)
    assert rows["new_received"] == ["5", "1", "0", "0", "0", "0", "6"]
    assert rows["carried_over"] == ["1", "0", "0", "0", "0", "0", "1"]


# ------------------------------------------------------------------ hard wraps: a 统计表 row is no prose line


def test_unit_value_line_ends_a_table_row():
    from textmine.ingest.layout import RE_UNIT_VALUE_END

    assert RE_UNIT_VALUE_END.search("（一）主动公开政府信息数（不 条 9614")
    assert RE_UNIT_VALUE_END.search("（二）通过不同渠道和方式公开 — —")
    assert not RE_UNIT_VALUE_END.search("全年通过门户网站主动公开政府信息 9614")  # the count, its unit on the next line
    assert not RE_UNIT_VALUE_END.search("本年度共收到政府信息公开申请21件")


def test_hard_wrapped_prose_is_joined_but_a_stats_row_is_kept():
    from textmine.ingest.layout import layout_drops

    prose = "  本报告根据《中华人民共和\n国政府信息公开条例》编制。\n" * 6
    row = "（一）主动公开政府信息数（不 条 9614\n同渠道和方式公开相同信息计1\n条）\n"
    raw = prose + row
    drops = layout_drops(raw, width=14)
    at = len(prose) + row.index("\n")
    assert any(raw[a:b] == "\n" for a, b in drops if a < len(prose))  # prose still rejoined
    assert not any(a <= at < b for a, b in drops)  # the row's line break kept
    assert not any(a < at and b > len(prose) and " " in raw[a:b] for a, b in drops)  # and its blanks


# ------------------------------------------------------------------ a cut label's last piece after its values is no unit


def test_label_rest_after_the_values_is_no_unit():
    from textmine.tables.records import Region
    from textmine.tables.step2_tokens import tokenise_text

    text = "7.属于行政执法案 0 0 0 0 0 0 0\n卷\n8.属于行政查询事 0 0 4 0 0 0 4\n项\n（四）无法提供\n"
    rows = {r.hit.row.key: r for r in tokenise_text(text, Region(REQUESTS, 0, len(text))).rows}
    assert [t.raw for t in rows["denied_query"].values] == ["0", "0", "4", "0", "0", "0", "4"]
    assert rows["denied_query"].unit is None


def test_unit_cell_on_the_values_line_stays_a_unit():
    from textmine.tables.records import Region
    from textmine.tables.step2_tokens import tokenise_text

    text = "1.参加或举办新闻发布会总次 次 2\n数\n2.政府网站在线访谈次数 次 0\n"
    rows = {r.hit.row.key: r for r in tokenise_text(text, Region(STATS, 0, len(text))).rows}
    assert rows["press_conferences"].unit == "次"
