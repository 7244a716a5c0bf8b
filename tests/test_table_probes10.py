"""The held-out table probes of ``tests/cases/table_probes10`` (written and labelled by
``bench/make_table_probes10.py`` before textmine read them): the official 2021 Word template saved
as plain text, PDF text read by columns, table 三's applicant columns in other orders, broken and
vertical heads, footnote marks, 续表, table 四 as two tables, flattened label columns, Excel web
pages, 2013–2018 labelled lines. Every probe is consistent, so no error finding; every cell is read
right (the probes listed in ``OPEN`` are still misread: see there). Then a case that must match and
one that must not for each rule they led to."""

from __future__ import annotations

import json

import pytest

from bench.table_probes3 import wrong_cells
from bench.table_probes10 import DIR
from textmine.model import Document, Table
from textmine.pipeline import analyze
from textmine.tables.cells import read_cell
from textmine.tables.labels import _heading_line, _words_after, listed_count, match_rows
from textmine.tables.registry import get_template
from textmine.tables.step2_grids import read_grids
from textmine.tables.step3_readings import header_order

EXPECTED = json.loads((DIR / "expected.json").read_text(encoding="utf-8"))

#: Probes still misread, each with why.
OPEN: dict[str, str] = {}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_cells_and_findings(name):
    if name in OPEN:
        pytest.xfail(OPEN[name])
    from textmine.pipeline import read

    probe = EXPECTED[name]
    report = read(DIR / probe["file"])
    wrong, _ = wrong_cells(probe, report)
    assert wrong == []
    assert [f.check_id for f in report.finding_records if f.severity == "error"] == []


def _doc(text: str) -> Document:
    return Document(text=text, raw_text=text, offsets=[], sha256="")


def _tables(template: str = "gov2021") -> dict:
    return {t.key: t for t in get_template(template).tables}


# ---------------------------------------------------------------- a count with a footnote mark


def test_count_with_footnote_mark_is_the_count():
    # must: 12* / 3＊ / 5※ / 2① / 1,234* are the counts; the mark stays in the raw text
    assert [read_cell(x)[:2] for x in ("12*", "3＊", "5※", "2①", "1,234*", "7 *")] == [
        (12, "number"), (3, "number"), (5, "number"), (2, "number"), (1234, "number"), (7, "number")]
    # must not: a mark alone, a mark before a word, a number between marks and digits
    assert [read_cell(x)[1] for x in ("*", "①", "注①", "12*3", "见注*")] == ["text"] * 5


def test_footnote_marked_cells_keep_their_mark():
    from textmine.pipeline import read

    report = read(DIR / EXPECTED["footnote-tabs-2023"]["file"])
    marked = [c for c in report.cell_records if c.status == "number" and c.raw[-1:] in "*＊※①②"]
    assert len(marked) == 5 and all(str(c.value) == c.raw[:-1] for c in marked)
    assert [f for f in report.finding_records if f.check_id == "T3-D"] == []


# ---------------------------------------------------------------- table 三's columns in the header's order


ORGS_FIRST = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\n"
              "\t\t\t法人或其他组织\t\t\t\t\t自然人\t总计\n"
              "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t\n")


def test_header_order_names_the_columns():
    t = _tables()["requests"]
    # must: the organisations first, then 自然人 and 总计; 总计 first; the organisations permuted
    assert header_order(ORGS_FIRST, t) == ["commercial", "research", "social_welfare", "legal_services",
                                           "other_org", "natural_person", "total"]
    assert header_order("总计\t自然人\t法人或其他组织\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他", t)[:2] == [
        "total", "natural_person"]
    assert header_order("自然人\t法人或其他组织\t总计\n科研机构\t商业企业\t法律服务机构\t社会公益组织\t其它", t)[1:3] == [
        "research", "commercial"]
    # must not: the template's order; a column not named; a name printed twice (prose above the table)
    assert header_order("自然人\t法人或其他组织\t总计\n商业\n企业\t科研机构\t社会公益组织\t法律服务机构\t其他", t) is None
    assert header_order("法人或其他组织\t自然人\t总计\n商业企业\t科研机构\t社会公益组织\t其他", t) is None
    assert header_order("其中自然人3件。\n总计\t自然人\t法人或其他组织\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
                        t) is None


def _requests_tab_text(top: tuple[str, ...], orgs: tuple[str, ...]) -> tuple[str, dict]:
    import random
    from decimal import Decimal

    from bench.make_table_probes7 import gov
    from bench.make_table_probes8 import tab_rows
    from bench.make_table_probes10 import reordered_requests

    v = gov("gov2021", random.Random(7), fees=Decimal("0"))
    text = "三、收到和处理政府信息公开申请情况\n" + tab_rows(reordered_requests("gov2021", v, top=top, orgs=orgs))
    return text + "\n四、政府信息公开行政复议、行政诉讼情况\n", v


ORGS = ("commercial", "research", "social_welfare", "legal_services", "other_org")


@pytest.mark.parametrize("top, orgs", [(("orgs", "person", "total"), ORGS), (("total", "person", "orgs"), ORGS),
                                       (("person", "orgs", "total"), ORGS[::-1]),
                                       (("person", "orgs", "total"), ORGS)])  # the last: the template's order
def test_tab_rows_are_read_by_their_header(top, orgs):
    text, v = _requests_tab_text(top, orgs)
    cells = {("requests", c.row_key, c.col_key): c.value for c in analyze(_doc(text)).cell_records
             if c.table == "requests" and c.row_key != "other_handling"}
    assert {k: x for k, x in v.items() if k[0] == "requests" and k[1] != "other_handling"} == cells


# ---------------------------------------------------------------- table 四 printed as two tables


HEADS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def test_table_four_in_two_grids_is_one_row():
    t = _tables()["appeals"]
    review = Table(rows=[["行政复议"] * 5, HEADS, ["1", "0", "0", "1", "2"]], source="docx")
    suits = Table(rows=[["行政诉讼"] * 10, ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5, HEADS + HEADS,
                        ["0", "1", "0", "0", "1", "2", "0", "0", "0", "2"]], source="docx")
    found = {fr.row.key: {k: c.raw for k, c in fr.cells.items()} for fr in read_grids([review, suits], "gov2021", t)}
    # must: the two parts make the three rows
    assert found["review"]["total"] == "2" and found["suit_direct"]["corrected"] == "1"
    assert found["suit_after_review"]["upheld"] == "2"
    # must not: a part whose heads name no row (结果维持 … with no 行政复议 / 行政诉讼 over them)
    bare = Table(rows=[HEADS, ["1", "0", "0", "1", "2"]], source="docx")
    assert read_grids([bare], "gov2021", t) == []


def test_table_four_in_two_tab_tables_is_one_row():
    before, _ = _requests_tab_text(("person", "orgs", "total"), ORGS)
    head = before + "行政复议\n" + "\t".join(HEADS) + "\n1\t0\t0\t1\t2\n"
    suits = "行政诉讼\n未经复议直接起诉\t复议后起诉\n" + "\t".join(HEADS + HEADS) + "\n"
    text = head + suits + "0\t1\t0\t0\t1\t2\t0\t0\t0\t2\n五、存在的主要问题及改进情况\n"
    cells = {(c.row_key, c.col_key): c.value for c in analyze(_doc(text)).cell_records if c.status == "number"}
    # must: fifteen cells from the two parts
    assert cells[("review", "total")] == 2 and cells[("suit_direct", "corrected")] == 1
    assert cells[("suit_after_review", "total")] == 2
    # must not: parts that do not make fifteen cells (a cell lost) are not joined
    short = head + suits + "0\t1\t0\t0\t1\t2\t0\t0\t2\n五、存在的主要问题及改进情况\n"
    cells = {(c.row_key, c.col_key): c.value for c in analyze(_doc(short)).cell_records if c.status == "number"}
    assert ("suit_after_review", "total") not in cells or cells[("suit_after_review", "total")] != 2


# ---------------------------------------------------------------- values printed apart from their labels (a PDF read by columns)


def _colmajor_text(how: str, *, seed: int = 11) -> tuple[str, dict]:
    import random
    from decimal import Decimal

    from bench.make_table_probes3 import appeals_grid, report_text, requests_grid
    from bench.make_table_probes7 import gov
    from bench.make_table_probes8 import tables_text
    from bench.make_table_probes9 import active_grid
    from bench.make_table_probes10 import column_major

    v = gov("gov2021", random.Random(seed), fees=Decimal("0"), factor=2)
    parts = [("active", column_major(active_grid("gov2021", v), labels=1, how=how)),
             ("requests", column_major(requests_grid("gov2021", v), labels=3, how=how)),
             ("appeals", column_major(appeals_grid(v), labels=0, how="rows"))]
    return report_text("某某市某某区人民政府", 2022, tables_text(parts)), v


@pytest.mark.parametrize("how", ["rows", "one", "cols"])
def test_table_three_printed_apart_from_its_labels(how):
    text, v = _colmajor_text(how)
    report = analyze(_doc(text))
    cells = {("requests", c.row_key, c.col_key): c.value for c in report.cell_records
             if c.table == "requests" and c.row_key != "other_handling"}
    # must: every cell, each flagged as placed by order
    assert cells == {k: x for k, x in v.items() if k[0] == "requests" and k[1] != "other_handling"}
    assert all("by order" in (c.note or "") for c in report.cell_records if c.table == "requests" and c.status == "number")
    assert [f.check_id for f in report.finding_records if f.severity == "error"] == []


@pytest.mark.parametrize("how", ["rows", "one", "cols"])
def test_table_two_printed_apart_from_its_labels(how):
    text, v = _colmajor_text(how)
    cells = {("active", c.row_key, c.col_key): c.value for c in analyze(_doc(text)).cell_records if c.table == "active"}
    assert cells == {k: x for k, x in v.items() if k[0] == "active"}


def test_values_apart_from_labels_need_the_rows_shape():
    from textmine.tables.step2_tokens import shaped_value_lines, single_value_lines

    t = "规章\n行政规范性文件\n行政许可\n0 1 5\n2 0 9\n13\n"
    assert [[x.raw for x in line] for line in shaped_value_lines(t, 0, len(t), [3, 3, 1])] == [
        ["0", "1", "5"], ["2", "0", "9"], ["13"]]
    # must not: lines of other widths, or fewer lines than rows
    assert shaped_value_lines(t, 0, len(t), [3, 1, 3]) is None
    assert shaped_value_lines(t, 0, len(t), [3, 3, 1, 1]) is None
    # one value a line: a label between values is not this shape when they must come together
    assert single_value_lines("自然人\n3\n总计\n3\n", 0, 12, together=True) is None
    assert single_value_lines("自然人 3\n总计 3\n", 0, 12) is None


def test_table_three_one_value_a_line_needs_its_identity():
    # must not: when the 总计 column adds up in neither order (one cell changed), nothing is rebuilt
    text, v = _colmajor_text("one")
    key = ("requests", "granted", "natural_person")
    changed = text.replace("\n" + str(v[("requests", "new_received", "total")]) + "\n",
                           "\n" + str(v[("requests", "new_received", "total")] + 1) + "\n", 1)
    assert changed != text
    cells = {c.row_key: c for c in analyze(_doc(changed)).cell_records
             if c.table == "requests" and c.col_key == key[2]}
    assert not any("by order" in (c.note or "") for c in cells.values())


def test_columns_under_heads_fill_every_cell_or_nothing():
    from textmine.tables.step5_placing import _under_heads

    t = _tables()["active"]
    required = [r for r in t.rows if not r.optional]
    cols = "本年制发件数\n1\n2\n本年处理决定数量\n3\n本年处理决定数量\n4\n5\n本年收费金额\n0\n本年废止件数\n0\n0\n现行有效件数\n9\n8\n"
    rows = {fr.row.key: {k: c.raw for k, c in fr.cells.items()} for fr in _under_heads(cols, 0, len(cols), t, required)}
    # must: each head's cells go to the next rows that have its column
    assert rows["rules"] == {"issued": "1", "repealed": "0", "in_force": "9"}
    assert rows["licensing"] == {"decisions": "3"} and rows["enforcement"] == {"decisions": "5"}
    # must not: a value left over, a cell missing, or rows printed label, then cells (no head before each run)
    assert _under_heads(cols + "7\n", 0, len(cols) + 2, t, required) is None
    short = cols.replace("\n8\n", "\n")
    assert _under_heads(short, 0, len(short), t, required) is None
    by_rows = "本年制发件数\n本年废止件数\n现行有效件数\n规章\n1\n0\n9\n行政规范性文件\n2\n0\n8\n"
    assert _under_heads(by_rows, 0, len(by_rows), t, required) is None


# ---------------------------------------------------------------- free 2013–2018 tables in numbered lines


FREE_HEAD = "根据《条例》要求，现公布本机关2014年政府信息公开工作年度报告。\n一、概述\n本机关认真贯彻落实《条例》。\n"
FREE_ROWS = ("（二）收到申请数：15件；其中当面申请数2件、网络申请数0件、信函申请数13件。\n"
             "（三）申请答复数：2件；其中同意公开答复数0件、同意部分公开答复数2件。\n"
             "（四）行政复议数量：5件。\n（五）行政诉讼数量：0件。\n")


def _free_cells(text: str) -> dict[str, object]:
    from textmine.tables import extract_cells

    return {c.row_key: c.value for c in extract_cells(_doc(text)) if c.table == "stats" and c.status == "number"}


def test_section_heading_never_takes_the_row_label_printed_later_with_its_count():
    heading = "二、主动公开政府信息情况\n本年主动公开政府信息，内容涵盖机构职能等。\n三、依申请公开政府信息情况\n"
    # must: the heading and the prose after it give way to the row's own ``label：N条`` line
    cells = _free_cells(FREE_HEAD + heading + "（一）主动公开政府信息数：3831条。\n" + FREE_ROWS)
    assert cells["active_items"] == 3831 and cells["requests_received"] == 15 and cells["reviews"] == 5
    # must: a heading followed by the real row still reads the row
    cells = _free_cells(FREE_HEAD + "二、主动公开政府信息情况\n主动公开政府信息数：120条。\n" + FREE_ROWS)
    assert cells["active_items"] == 120
    # must not: a heading with no labelled row later gives nothing (not a count of its prose)
    cells = _free_cells(FREE_HEAD + "二、主动公开政府信息情况\n本年主动公开政府信息120条，涵盖规划。\n" + FREE_ROWS)
    assert "active_items" not in cells and cells["requests_received"] == 15


def test_section_heading_of_a_free_table_is_no_row():
    rows = ("（一）收到政府信息公开申请：16件；其中当面申请0件、网上申请16件。\n（二）已答复申请：0件；其中同意公开0件、部分公开0件。\n"
            "（三）举报投诉：62件。\n")
    tail = "四、收费及减免情况\n本年度未收取费用。\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n详见上表。\n"
    # must: 行政复议 in section 五's title does not take the rows before it out of their order
    cells = _free_cells(FREE_HEAD + rows + tail)
    assert cells["complaints"] == 62 and "reviews" not in cells and "suits" not in cells
    # must not: in a printed table's lines (a row's count on the next line) a label line is a row
    assert _heading_line("（一）收到申请数\n25\n", 3, 8) and not _words_after("（一）收到申请数\n25\n", 8)


def test_counts_listed_after_qizhong_are_a_free_tables_rows():
    # must: every piece a row label with its count, after the row's ``label：N件``, in any order
    cells = _free_cells(FREE_HEAD + FREE_ROWS.replace("当面申请数2件、网络申请数0件", "网络申请数0件、当面申请数2件"))
    assert (cells["requests_in_person"], cells["requests_online"], cells["requests_mail"]) == (2, 0, 13)
    assert (cells["replies_granted"], cells["replies_partial"]) == (0, 2)
    # must not: a piece that is no row label makes the whole list prose
    cells = _free_cells(FREE_HEAD + FREE_ROWS.replace("、信函申请数13件", "、涉及城建领域13件"))
    assert "requests_in_person" not in cells and "requests_online" not in cells and cells["requests_received"] == 15
    # must not: a list after a count given in prose (no colon), nor in a table printed with its caption
    cells = _free_cells(FREE_HEAD + FREE_ROWS.replace("收到申请数：15件；", "全年收到申请数15件，"))
    assert "requests_in_person" not in cells
    t = get_template("gov2014").table("stats")
    text = "全年收到申请数15件，其中当面申请数2件、网络申请数0件。\n"
    assert not any(listed_count(text, t, h) for h in match_rows(text, t, 0, len(text), free=True))
