"""Table shapes the held-out probes of ``tests/cases/table_probes3`` found misread.

* Table 四 printed turned (行政复议 / 未经复议直接起诉 / 复议后起诉 as three rows of five cells under
  one header of result columns) is read as the template's one row of fifteen; the usual layout
  (the kinds of case as column headers above one row of numbers) is not mistaken for it.
* One cell per line (or per tab) whose empty cells printed nothing: a short row's values are
  placed by the whole table, unless the region shows its empty cells (runs of line breaks, two
  tabs in a row)."""

from __future__ import annotations

import pytest

from tests.table_probes import make_probe
from textmine.pipeline import read
from textmine.tables.step2_tokens import _turned_tokens

HEAD = "结果维持 结果纠正 其他结果 尚未审结 总计\n"
ROWS = {"review": "行政复议", "suit_direct": "行政诉讼（未经复议直接起诉）", "suit_after_review": "行政诉讼（复议后起诉）"}
VALUES = {"review": (1, 0, 0, 1, 2), "suit_direct": (0, 1, 0, 0, 1), "suit_after_review": (2, 0, 0, 0, 2)}


def _turned(shape: str) -> str:
    if shape == "pipe":
        lines = ["| 类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |", "|---|---|---|---|---|---|"]
        lines += [f"| {label} | " + " | ".join(map(str, VALUES[k])) + " |" for k, label in ROWS.items()]
        return "\n".join(lines) + "\n"
    if shape == "lines":
        return "类别\n" + HEAD.replace(" ", "\n") + "".join(
            label + "\n" + "\n".join(map(str, VALUES[k])) + "\n" for k, label in ROWS.items())
    return HEAD + "".join(label + " " + " ".join(map(str, VALUES[k])) + "\n" for k, label in ROWS.items())


def _with_table_four(body: str) -> str:
    import random

    text = make_probe("lf_grid", random.Random(5), issuer="甘肃省民政厅", year=2022).text
    a = text.index("四、政府信息公开行政复议")
    b = text.index("五、存在的主要问题")
    return text[:a] + "四、政府信息公开行政复议、行政诉讼情况\n" + body + text[b:]


@pytest.mark.parametrize("shape", ["pipe", "lines", "space"])
def test_turned_table_four_reads_all_three_kinds_of_case(shape, tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(_with_table_four(_turned(shape)), encoding="utf-8")
    report = read(path)
    got = {(c.row_key, c.col_key): c.value for c in report.cell_records if c.table == "appeals"}
    for row, values in VALUES.items():
        assert tuple(got[(row, c)] for c in ("upheld", "corrected", "other", "pending", "total")) == values
    assert not [f for f in report.finding_records if f.severity == "error" and f.check_id.startswith("T4")]


def test_usual_layout_is_not_read_as_turned():
    usual = "行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n" + HEAD * 3 + "1 0 0 1 2 0 1 0 0 1 2 0 0 0 2\n"
    assert _turned_tokens(usual, 0, len(usual)) is None


def test_turned_rows_short_of_five_cells_are_not_taken():
    # a row that prints fewer than five cells is not a turned table 四 (prose with the words)
    text = "行政复议 1 件\n未经复议直接起诉 0 件，复议后起诉 0 件。"
    assert _turned_tokens(text, 0, len(text)) is None


# ---- one cell per line whose empty cells print no line -------------------------------------


def _layout_of(text: str, row: str):
    from textmine.tables.records import Region
    from textmine.tables.registry import get_template
    from textmine.tables.step2_tokens import tokenise_text
    from textmine.tables.step3_readings import enumerate_readings
    from textmine.tables.step4_scoring import pick_layout

    region = Region(get_template("gov2021").table("requests"), 0, len(text))
    readings = enumerate_readings(text, tokenise_text(text, region))
    return pick_layout(next(r for r in readings.rows if r.key == row))


HEADER_LINES = "\n".join(["申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织",
                          "法律服务机构", "其他"])


def test_short_row_of_lines_without_runs_lists_where_its_values_may_sit():
    # 新收 3 (自然人 2, 科研机构 1): the four empty cells printed no line
    text = HEADER_LINES + "\n一、本年新收政府信息公开申请数量\n2\n1\n3\n二、上年结转政府信息公开申请数量\n0\n0\n0\n0\n0\n0\n0\n"
    layout = _layout_of(text, "new_received")
    assert layout.placements is not None and len(layout.placements) > 1


def test_short_row_of_lines_with_runs_keeps_its_visible_empty_cells():
    # empty cells shown as longer runs of line breaks: the row is read as printed, not placed
    cells = ["2", "", "", "1", "", "", "3"]
    body = "\n\n".join(c if c else "" for c in cells)
    rows = "\n\n".join(["0"] * 7)
    text = (HEADER_LINES.replace("\n", "\n\n") + "\n\n一、本年新收政府信息公开申请数量\n\n" + body
            + "\n\n二、上年结转政府信息公开申请数量\n\n" + rows + "\n\n三、本年度办理结果\n\n（一）予以公开\n\n" + rows + "\n")
    layout = _layout_of(text, "new_received")
    assert layout.placements is None
    assert [t.raw for t in layout.values] == cells


def test_short_tab_row_without_any_empty_tab_cell_lists_its_placements():
    head = "申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
    text = head + "一、本年新收政府信息公开申请数量\t2\t1\t3\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\t\n"
    assert _layout_of(text, "new_received").placements is not None


def test_short_tab_row_in_a_region_that_shows_empty_tab_cells_is_read_as_printed():
    head = "申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
    text = head + "一、本年新收政府信息公开申请数量\t2\t1\t3\n二、上年结转政府信息公开申请数量\t1\t\t0\t0\t0\t0\t1\n"
    assert _layout_of(text, "new_received").placements is None
