"""The held-out table probes of ``tests/cases/table_probes11`` (written and labelled by
``bench/make_table_probes11.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right but the ``OPEN`` ones (none now; their unread cells would be
``missing`` with a TABLE-MISSING / CELLS-MISSING warning, never a wrong value), none gets an error finding,
and every planted error of the ``inconsistent`` probes is found."""

from __future__ import annotations

import json

import pytest

from bench.table_probes3 import wrong_cells
from bench.table_probes11 import DIR
from tests.test_tables import by_key, make_doc
from textmine.ingest import read_document
from textmine.model import Table
from textmine.pipeline import read
from textmine.tables import extract_cells
from textmine.tables.cells import SPACED_DIGITS_NOTE, joined_digits
from textmine.tables.labels import _own_group_cells, match_rows
from textmine.tables.registry import get_template, match_key
from textmine.tables.step2_grids import read_grids
from textmine.tables.step2_tokens import _first_cell_digit, _turned_table, read_segment
from textmine.tables.step3_readings import header_narrow, header_totals_only

EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))

#: Probes still misread, and how: their unread cells are ``missing`` with a warning, never wrong.
OPEN: dict[str, int] = {}

T21 = get_template("gov2021")
REQUESTS = T21.table("requests")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_cells_and_findings(name):
    probe = EXPECTED[name]
    report = read(DIR / probe["file"])
    wrong, got = wrong_cells(probe, report)
    assert len(wrong) == OPEN.get(name, 0)
    assert all(got.get(tuple(k.split("|"))) is None or got[tuple(k.split("|"))].status == "missing" for k in wrong)
    errors = {f.check_id for f in report.finding_records if f.severity == "error"}
    assert errors == set(probe["expected_errors"])


# ------------------------------------------------------------------ digits apart by spaces in one cell


def test_spaced_digits_in_one_cell_are_one_number():
    assert joined_digits("1 234") == ("1234", None)  # thousands grouped by a space: settled
    assert joined_digits("2 5") == ("25", SPACED_DIGITS_NOTE)  # OCR / typing: flagged
    assert joined_digits("1\u2009234\u2009567") == ("1234567", None)


def test_spaced_digits_not_joined_elsewhere():
    assert joined_digits("25") is None and joined_digits("2 件") is None and joined_digits("1  2") is None
    # a space-separated line keeps its cells apart: only a TAB / pipe / grid cell is one cell
    assert [t.raw for t in read_segment("规章 1 234", 2, 8, mode="space")] == ["1", "234"]
    assert [t.raw for t in read_segment("规章\t1 234\t5", 2, 10, mode="tab")] == ["1234", "5"]


def test_spaced_digits_flagged_in_cells():
    report = read(DIR / "ocr-spaces-tabs-2022.txt")
    got = by_key(report.cell_records)
    grouped = got[("requests", "new_received", "natural_person")]  # printed 1 850
    assert grouped.value == 1850 and grouped.note is None
    broken = [c for c in report.cell_records if c.note == SPACED_DIGITS_NOTE]
    assert broken and all(c.status == "number" and c.value >= 10 for c in broken)


# ------------------------------------------------------------------ table 三 with fewer columns


def test_header_naming_only_total():
    assert header_narrow("项目\t\t\t总计\n", REQUESTS) == ["total"]
    assert header_narrow("项目\t自然人\t法人或其他组织\t总计", REQUESTS) == ["natural_person", "org_subtotal", "total"]


def test_full_or_missing_header_is_not_narrow():
    full = "自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"
    assert header_narrow(full, REQUESTS) is None
    assert header_narrow("", REQUESTS) is None
    assert header_narrow("自然人\t商业企业", REQUESTS) is None  # no total: not a narrow header


def test_narrow_header_read_and_not_when_rows_print_more_cells():
    head = "三、收到和处理政府信息公开申请情况\n项目\t\t\t总计\n"
    rows = "一、本年新收政府信息公开申请数量\t\t\t26\n二、上年结转政府信息公开申请数量\t\t\t5\n"
    got = by_key(extract_cells(make_doc(head + rows), template="gov2021"))
    assert got[("requests", "new_received", "total")].value == 26
    assert got[("requests", "new_received", "natural_person")].status == "missing"
    # a row printing seven cells under a header that names only 总计: the header is not all of it
    seven = "一、本年新收政府信息公开申请数量\t1\t2\t0\t0\t0\t0\t3\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n"
    got = by_key(extract_cells(make_doc(head + seven), template="gov2021"))
    assert got[("requests", "new_received", "natural_person")].value == 1
    assert got[("requests", "new_received", "total")].value == 3


def test_group_printed_as_one_column_is_its_subtotal():
    grid = Table(rows=[["项目", "自然人", "法人或其他组织", "总计"], ["一、本年新收政府信息公开申请数量", "3", "4", "7"]])
    row = read_grids([grid], "gov2021", REQUESTS)[0]
    assert {k: c.raw for k, c in row.cells.items()} == {"natural_person": "3", "org_subtotal": "4", "total": "7"}


def test_group_over_its_members_is_no_column():
    grid = Table(rows=[["项目", "自然人", "法人或其他组织", "", "", "", "", "总计"],
                       ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
                       ["一、本年新收政府信息公开申请数量", "3", "1", "0", "0", "0", "3", "7"]])
    row = read_grids([grid], "gov2021", REQUESTS)[0]
    assert "org_subtotal" not in row.cells and row.cells["other_org"].raw == "3"


# ------------------------------------------------------------------ Word text boxes


def test_tables_in_a_text_box_are_read_once():
    doc = read_document(DIR / "docx-textbox-2022.docx")
    assert len(doc.tables) == 3  # the DrawingML box and its VML fallback: one copy
    assert "结果维持结果纠正" not in doc.text  # the box's cells never glued into its paragraph


def test_word_file_without_text_box_unchanged():
    doc = read_document(DIR.parent / "table_probes10" / "appeals-two-docx-2021.docx")
    assert len(doc.tables) == 4


# ------------------------------------------------------------------ prose between a caption and table 四


def test_table_four_starts_after_a_prose_note():
    region = "（2021年以来累计3件，下表为2023年数据）\n行政复议\n18\t24"
    assert region[_first_cell_digit(region).start():].startswith("18")


def test_table_four_on_one_line_with_its_heads_keeps_its_first_number():
    assert _first_cell_digit("结果维持 总计 3 0 3。2024年将继续努力。").group() == "3"
    assert _first_cell_digit("行政复议\n1，234\t5").group() == "1"  # a comma grouping digits is no sentence


# ------------------------------------------------------------------ labels out of order after their group's cell


def test_label_after_its_own_group_cell():
    row = next(r for r in REQUESTS.rows if r.key == "denied_third_party")
    assert _own_group_cells("（三）不予公开\t", row) and _own_group_cells("不予公开|", row)


def test_label_after_another_group_or_words_is_not_placed():
    row = next(r for r in REQUESTS.rows if r.key == "denied_third_party")
    assert not _own_group_cells("不予处理\t", row) and not _own_group_cells("其中", row)


def test_reordered_reasons_with_quotes_found():
    lines = ["不予公开\t保护第三方合法权益\t0", "不予公开\t国家秘密\t1", "不予公开\t危及“三安全一稳定”\t2"]
    text = "予以公开\t0\n" + "\n".join(lines) + "\n本机关不掌握相关政府信息\t0\n"
    keys = {h.row.key for h in match_rows(text, REQUESTS, 0, len(text))}
    assert {"denied_third_party", "denied_state_secret", "denied_three_safety"} <= keys


def test_abbreviated_labels_and_not_other_rows():
    for label, key in (("国家秘密", "denied_state_secret"), ("行政查询事项", "denied_query"),
                       ("本年新收申请数量", "new_received"), ("办理结果总计", "total_processed")):
        assert [REQUESTS.rows[i].key for i in REQUESTS.rows_named(match_key(label))] == [key]
    for other in ("秘密", "执法案卷查询", "本年申请数量"):  # a fragment or another wording names no row
        assert not REQUESTS.rows_named(match_key(other))


# ------------------------------------------------------------------ turned tables


def test_turned_table_read_by_both_labels():
    heads = "\t".join(["类别", "本年新收申请数量", "上年结转申请数量", "予以公开", "部分公开", "办理结果总计", "结转下年度继续办理"])
    text = heads + "\n自然人\t5\t1\t3\t0\t3\t3\n总计\t6\t1\t4\t0\t4\t3\n"
    rows = {r.row.key: {k: c.raw for k, c in r.cells.items()} for r in _turned_table(text, REQUESTS, 0, len(text))}
    assert rows["total_processed"] == {"natural_person": "3", "total": "4"}


def test_table_with_rows_as_rows_is_not_turned():
    text = "\t".join(["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]) + "\n"
    text += "本年新收申请数量\t5\t0\t0\t0\t0\t1\t6\n予以公开\t3\t0\t0\t0\t0\t1\t4\n"
    assert _turned_table(text, REQUESTS, 0, len(text)) == []


# ------------------------------------------------------------------ a grid printed turned

ACTIVE = T21.table("active")


def _grid_cells(rows: list[list[str]], table=None) -> dict[str, dict[str, str]]:
    found = read_grids([Table(rows=rows)], "gov2021", table or ACTIVE)
    return {r.row.key: {k: c.raw for k, c in r.cells.items()} for r in found}


def test_turned_grid_read_where_the_labels_meet():
    rows = [["指标", "规章", "行政规范性文件"], ["本年制发件数", "32", "14"], ["本年废止件数", "18", "0"],
            ["现行有效件数", "210", "14"], ["行政许可本年处理决定数量", "5", ""]]
    got = _grid_cells(rows)
    assert got["rules"] == {"issued": "32", "repealed": "18", "in_force": "210"}
    assert got["normative_docs"] == {"issued": "14", "repealed": "0", "in_force": "14"}
    assert got["licensing"] == {"decisions": "5"}


def test_grid_with_column_heads_is_not_turned():
    rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "3", "1", "20"], ["行政规范性文件", "4", "0", "9"]]
    assert _grid_cells(rows) == {"rules": {"issued": "3", "repealed": "1", "in_force": "20"},
                                 "normative_docs": {"issued": "4", "repealed": "0", "in_force": "9"}}
    # one head naming a row is no turned table: the data row's column label stays unread
    assert _grid_cells([["指标", "规章"], ["本年制发件数", "32"]]) == {}


# ------------------------------------------------------------------ table 四 with only each group's 总计

APPEALS = T21.table("appeals")


def test_appeals_totals_only_read_as_totals():
    rows = [["行政复议", "行政诉讼", "行政诉讼"], ["总计", "未经复议直接起诉", "复议后起诉"], ["总计", "总计", "总计"], ["22", "18", "14"]]
    assert _grid_cells(rows, APPEALS) == {"review": {"total": "22"}, "suit_direct": {"total": "18"},
                                          "suit_after_review": {"total": "14"}}
    head = "行政复议\t行政诉讼\n总计\t未经复议直接起诉\t复议后起诉\n\t总计\t总计\n"
    assert header_totals_only(head, APPEALS) == ["review:total", "suit_direct:total", "suit_after_review:total"]
    text = "四、政府信息公开行政复议、行政诉讼情况\n" + head + "126\t16\t14\n五、存在的主要问题及改进情况\n"
    got = {(c.row_key, c.col_key): (c.value, c.status) for c in extract_cells(make_doc(text), template="gov2021")
           if c.table == "appeals"}
    assert got[("review", "total")] == (126, "number") and got[("suit_after_review", "total")] == (14, "number")
    assert got[("review", "upheld")] == (None, "missing")


def test_full_or_partial_table_four_is_not_totals_only():
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    full = "行政复议\t行政诉讼\n" + "\t".join(heads) + "\t未经复议直接起诉\t复议后起诉\n" + "\t".join(heads * 2) + "\n"
    assert header_totals_only(full, APPEALS) is None
    assert header_totals_only("行政复议\t行政诉讼\n总计\t未经复议直接起诉\n总计\n", APPEALS) is None
    # a group printed with its total and one other cell is not read as totals
    rows = [["行政复议", "行政复议", "行政诉讼"], ["结果维持", "总计", "未经复议直接起诉"], ["结果维持", "总计", "总计"], ["3", "5", "7"]]
    assert _grid_cells(rows, APPEALS) == {}
    line = "\t".join(str(n) for n in [1, 0, 0, 0, 1, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0])
    got = {(c.row_key, c.col_key): c.value for c in extract_cells(make_doc(
        "四、政府信息公开行政复议、行政诉讼情况\n" + full + line + "\n"), template="gov2021") if c.table == "appeals"}
    assert got[("review", "upheld")] == 1 and got[("suit_direct", "total")] == 2
