"""Tables as the rest of the country prints them (issue 10): CR-separated Word tables, run-together
rows whose empty cells vanish, PDF converters' pipe tables, space-separated rows — read by the
whole table's arithmetic. Probe reports are written by ``tests/table_probes.py``."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from tests.table_probes import SHAPES, make_probe, probes
from textmine.model import Document
from textmine.pipeline import read
from textmine.tables import extract_cells
from textmine.tables.step2_tokens import region_run

REQUEST_HEADER = (
    "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
)
ZERO_ROWS = (
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000"
    "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”0000000"
    "4.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息0000000"
    "7.属于行政执法案卷00000008.属于行政查询事项0000000（四）无法提供1.本机关不掌握相关政府信息0000000"
    "2.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000（五）不予处理1.信访举报投诉类申请0000000"
    "2.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请0000000"
    "5.要求行政机关确认或重新出具已获取信息0000000（六）其他处理"
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000"
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000000"
)


def _doc(text: str) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)


def _requests(text: str) -> dict[tuple[str, str], object]:
    return {(c.row_key, c.col_key): c for c in extract_cells(_doc(text), template="gov2021") if c.table == "requests"}


def test_a_run_shorter_than_its_columns_fills_the_total():
    # 33 under seven columns: 自然人 3 … 总计 3, not 自然人 33 with 总计 blank
    text = (REQUEST_HEADER + "一、本年新收政府信息公开申请数量33二、上年结转政府信息公开申请数量0000000"
            "三、本年度办理结果（一）予以公开33" + ZERO_ROWS + "（七）总计33四、结转下年度继续办理0000000")
    cells = _requests(text)
    row = {col: cells[("new_received", col)] for col in ("natural_person", "commercial", "total")}
    assert (row["natural_person"].value, row["total"].value) == (3, 3)
    assert row["commercial"].status == "blank"
    assert all(c.inferred and "empty cell" in (c.note or "") for c in row.values())
    assert (cells[("total_processed", "natural_person")].value, cells[("total_processed", "total")].value) == (3, 3)


def test_separate_values_are_placed_never_cut():
    # a space-separated row 12 12: two cells (自然人, 总计), never 1|2|1|2
    text = (REQUEST_HEADER.replace("其他", "其他\n") + "一、本年新收政府信息公开申请数量 12 12\n"
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n")
    cells = _requests(text)
    assert (cells[("new_received", "natural_person")].value, cells[("new_received", "total")].value) == (12, 12)
    assert cells[("new_received", "commercial")].status == "blank"


def test_a_run_that_fills_every_column_is_not_read_as_holding_empty_cells():
    text = (REQUEST_HEADER + "一、本年新收政府信息公开申请数量3000003二、上年结转政府信息公开申请数量0000000"
            "三、本年度办理结果（一）予以公开3000003" + ZERO_ROWS + "（七）总计3000003四、结转下年度继续办理0000000")
    cells = _requests(text)
    assert [cells[("new_received", c)].value for c in ("natural_person", "commercial", "total")] == [3, 0, 3]
    assert cells[("new_received", "commercial")].status == "number"


def test_cr_separated_word_table_keeps_its_empty_cells(tmp_path):
    text = ("某县2022年政府信息公开工作年度报告\r二、主动公开政府信息情况\r第二十条第（一）项\r\r\r信息内容\r\r\r"
            "本年制发件数\r\r\r本年废止件数\r\r\r现行有效件数\r\r\r规章\r\r\r0\r\r\r\r\r\r0\r\r\r"
            "行政规范性文件\r\r\r\r\r\r3\r\r\r12\r\r\r第二十条第（五）项\r\r\r信息内容\r\r\r本年处理决定数量\r\r\r"
            "行政许可\r\r\r550\r\r\r行政处罚\r\r\r\r\r\r行政强制\r\r\r7\r\r\r三、收到和处理政府信息公开申请情况\r")
    path = tmp_path / "cr.txt"
    path.write_bytes(text.encode("utf-8"))
    cells = {(c.row_key, c.col_key): c for c in read(path).cell_records if c.table == "active"}
    assert [cells[("rules", c)].status for c in ("issued", "repealed", "in_force")] == ["number", "blank", "number"]
    assert [cells[("normative_docs", c)].raw for c in ("issued", "repealed", "in_force")] == ["", "3", "12"]
    assert cells[("licensing", "decisions")].value == 550 and cells[("penalty", "decisions")].status == "blank"


def test_uniform_line_breaks_are_not_read_as_empty_cells():
    # one cell per line with one blank line between cells (the seed's rendering): no run
    text = "规章\n\n0\n\n1\n\n12\n\n规范性文件\n\n3\n\n0\n\n40\n\n行政许可\n\n5\n\n完"
    assert region_run(text, 0, len(text)) is None
    mixed = text.replace("规章\n\n0\n\n1", "规章\n\n0\n\n\n\n1")
    assert region_run(mixed, 0, len(mixed)) == 2


def _score(shape: str, n: int) -> tuple[float, int]:
    ok = total = errors = 0
    for probe in probes(n):
        if not probe.name.startswith(shape + "-"):
            continue
        report = read_text(probe.text)
        got = {(c.table, c.row_key, c.col_key): c for c in report.cell_records}
        for key, (value, status) in probe.expected.items():
            total += 1
            cell = got.get(key)
            ok += cell is not None and cell.status == status and cell.value == value
        errors += sum(1 for f in report.finding_records if f.severity == "error")
    return ok / total, errors


def read_text(text: str):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "probe.txt"
        path.write_bytes(text.encode("utf-8"))
        return read(path)


@pytest.mark.parametrize("shape", [s for s in SHAPES if s != "run_together"])
def test_probe_tables_are_read_whole_and_raise_no_error(shape):
    accuracy, errors = _score(shape, 3)
    assert accuracy == 1.0
    assert errors == 0


def test_run_together_probes_are_mostly_read_and_never_blamed():
    # empty cells that vanish leave some tables ambiguous: most cells are still right, and where
    # the reading may be wrong the finding is READING-UNCERTAIN, never an error against the report
    accuracy, errors = _score("run_together", 4)
    assert accuracy >= 0.9
    assert errors == 0


def test_probes_span_provinces_and_shapes():
    names = [p.name for p in probes(3)]
    assert Counter(n.split("-")[0] for n in names) == dict.fromkeys(SHAPES, 3)
    assert len({n.split("-")[1][:2] for n in names}) >= 10
    probe = make_probe("cr_grid", random.Random(1), issuer="甘肃省民政厅", year=2022)
    assert "\r\r\r" in probe.text and not probe.text.startswith("甘肃省民政厅2022年")


PROCUREMENT = ("二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 "
               "规章 0 0 5 规范性文件 1 1 9 第二十条第（九）项 信息内容 采购项目数量 采购总金额 "
               "政府集中采购{run} 三、收到和处理政府信息公开申请情况")


@pytest.mark.parametrize(("run", "items", "amount"), [
    ("187321.5万元", 18, "7321.5万元"),  # the amount is kept whole: 406万元 per project, not 1.7万元
    ("13575394432.52元", 135, "75394432.52元"),
    ("2246900元", 2, "246900元"),
])
def test_procurement_run_keeps_a_plausible_amount_whole(run, items, amount):
    cells = {c.col_key: c for c in extract_cells(_doc(PROCUREMENT.format(run=run)), template="gov2019")
             if c.row_key == "procurement"}
    assert (cells["items"].value, cells["amount"].raw) == (items, amount)
    assert cells["amount"].inferred


def test_separate_procurement_cells_are_not_re_split():
    cells = {c.col_key: c for c in extract_cells(_doc(PROCUREMENT.format(run=" 1个 246900元")), template="gov2019")
             if c.row_key == "procurement"}
    assert (cells["items"].value, cells["amount"].value) == (1, 246900)
    assert not cells["amount"].inferred


ACTIVE_2021 = ("二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 "
               "规章000行政规范性文件12345第二十条第（五）项 信息内容 本年处理决定数量 行政许可5行政处罚7 "
               "三、收到和处理政府信息公开申请情况 ")


def _normative(text: str) -> list[str]:
    cells = extract_cells(_doc(text), template="gov2021")
    return [c.raw for c in cells if c.row_key == "normative_docs"]


def test_the_reports_own_statement_settles_a_run_the_identities_leave_open():
    # 12345 under 制发 | 废止 | 现行有效: five readings satisfy the table; the prose says 制发1件
    assert _normative("一、总体情况 本年制发行政规范性文件1件。" + ACTIVE_2021) == ["1", "23", "45"]


@pytest.mark.parametrize("prose", ["", "本年共收到申请1件。", "制发行政规范性文件9件。"])
def test_no_statement_or_one_no_reading_meets_leaves_plausibility(prose):
    assert _normative("一、总体情况 " + prose + ACTIVE_2021) == ["12", "3", "45"]


@pytest.mark.parametrize(("prose", "read"), [
    ("目前保留行政许可事项1230项。", ("1226", "4", "521")),  # 上一年项目数量 + 本年增/减 = 1230
    ("", ("122", "6", "4521")),  # nothing said: plausibility
])
def test_the_2019_item_count_is_last_years_items_plus_the_change(prose, read):
    text = ("一、总体情况 " + prose + "二、主动公开政府信息情况 第二十条第（五）项 信息内容 "
            "上一年项目数量 本年增/减 处理决定数量 行政许可12264521 其他对外管理服务事项000 "
            "三、收到和处理政府信息公开申请情况 ")
    cells = {c.col_key: c.raw for c in extract_cells(_doc(text), template="gov2019") if c.row_key == "licensing"}
    assert (cells["prev_items"], cells["change"], cells["decisions"]) == read


@pytest.mark.parametrize(("prose", "found"), [
    ("全年共收到政府信息公开申请15件，办结政府信息公开申请14件。",
     [("new_received", 15), ("total_processed", 14)]),
    ("收到群众来信15件，办结信访事项14件。", []),  # not requests for information
])
def test_statements_about_the_requests_table(prose, found):
    from textmine.tables.step1_regions import find_statements

    got = [(s.cells[0][1], s.value) for s in find_statements(prose, "gov2021") if s.cells[0][0] == "requests"]
    assert got == found
