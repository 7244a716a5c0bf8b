"""Table shapes the held-out probes of ``tests/cases/table_probes5`` (CMS flattenings from other
provinces, 一网通办 prose near the tables, tables with only some columns filled) found misread.

* A line that opens with a number glued to text (``12345政务服务便民热线…``) is a sentence printed
  after a table, never more cells of the row before it.
* The label of a row of several columns alone on its line right after the table's rows is a row
  whose cells are empty (blank), whatever prose follows on the next line; a label inside a
  sentence is no row (nor a one-cell row's label before prose that may state its value).
* A row of table 三 whose six applicant cells are all left empty gives no breakdown: T3-C has
  nothing to compare its 总计 with (no error); a breakdown that is printed is still checked.
"""

from __future__ import annotations

import random

from tests.report_writer import cells_from_values, consistent_values
from textmine.checks import check_cells
from textmine.model import Document
from textmine.tables import extract_cells
from textmine.tables.records import Region
from textmine.tables.registry import get_template
from textmine.tables.step2_tokens import tokenise_text

REQUESTS = get_template("gov2021").table("requests")
HEAD = ("三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况\n"
        "自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n")


def _row_values(text: str, key: str) -> list[str]:
    tokens = tokenise_text(text, Region(REQUESTS, 0, len(text)))
    return next([t.raw for t in r.values] for r in tokens.rows if r.hit.row.key == key)


def _doc(text: str) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)


# ---- a number glued to text at the start of a line is prose ----------------------------------


def test_hotline_sentence_after_the_last_row_is_no_cell() -> None:
    text = HEAD + "四、结转下年度继续办理 3 3\n12345政务服务便民热线全年受理群众诉求3471件。\n"
    assert _row_values(text, "carried_forward") == ["3", "3"]


def test_cells_wrapped_onto_the_next_line_still_belong_to_the_row() -> None:
    # must not fire: the next line opens with a number followed by a space (more cells)
    text = HEAD + "一、本年新收政府信息公开申请数量 146 3 1\n0 2 2 154\n二、上年结转政府信息公开申请数量 0\n"
    assert _row_values(text, "new_received") == ["146", "3", "1", "0", "2", "2", "154"]


def test_run_together_cells_glued_to_the_next_label_are_still_read() -> None:
    # must not fire: the number is glued to the next label on the same line (no line start)
    text = HEAD + "一、本年新收政府信息公开申请数量33二、上年结转政府信息公开申请数量00\n"
    assert _row_values(text, "new_received") == ["33"]


# ---- a label alone on its line after the table's rows is an empty row ------------------------

ROWS = "".join(f"{label} 1 1\n" for label in (
    "一、本年新收政府信息公开申请数量", "（一）予以公开", "（七）总计"))


def test_last_row_alone_on_its_line_before_prose_is_blank() -> None:
    text = HEAD + ROWS + "四、结转下年度继续办理\n12345政务服务便民热线全年受理群众诉求3471件。\n"
    cells = {c.col_key: c.status for c in extract_cells(_doc(text), template="gov2021")
             if c.table == "requests" and c.row_key == "carried_forward"}
    assert set(cells.values()) == {"blank"}


def test_label_inside_a_sentence_after_the_table_is_no_row() -> None:
    # must not fire: text follows the label on its own line (a sentence that names the row)
    text = HEAD + ROWS + "四、结转下年度继续办理的申请将于次年一月办结。\n"
    cells = {c.col_key: c.status for c in extract_cells(_doc(text), template="gov2021")
             if c.table == "requests" and c.row_key == "carried_forward"}
    assert set(cells.values()) == {"missing"}


# ---- T3-C and a row that gives no breakdown ----------------------------------------------------


def _t3c(values: dict) -> list[str]:
    return [f.check_id for f in check_cells(cells_from_values("gov2021", values), template="gov2021")
            if f.check_id == "T3-C" and f.severity == "error"]


def _values() -> dict:
    return consistent_values("gov2021", random.Random(7), blanks=False)


def test_totals_only_rows_are_no_t3c_error() -> None:
    v = _values()
    for key in list(v):
        if key[0] == "requests" and key[2] != "total":
            v[key] = ""
    assert _t3c(v) == []


def test_a_printed_breakdown_that_misses_its_total_is_still_an_error() -> None:
    # must fire: the applicant cells are printed (one of them off by one)
    v = _values()
    v[("requests", "new_received", "natural_person")] += 1
    assert _t3c(v)


def test_zeros_printed_under_a_nonzero_total_are_still_an_error() -> None:
    # must fire: 0 is a printed count, not an empty cell
    v = _values()
    for col in ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org"):
        v[("requests", "new_received", col)] = 0
    v[("requests", "new_received", "total")] = 5
    assert _t3c(v)

