"""Table shapes of the held-out probes 6 (issue 10, tables10).

* Rows whose cells are joined by one separator (an ideographic space, a space) and whose empty
  cells keep theirs (two separators around an empty cell) show where the empty cells are: a gap of
  k + 1 spaces between two values holds k empty cells (``spaces_show_blanks``,
  ``_separator_blanks``). A region whose rows squeeze every gap to one space (the empty cells
  gone) or space their values like a PDF layout does not.
  The spaces after a row's last value to the line's end are its trailing empty cells (where the
  region's rows keep them: ``separators_reach_line_ends``), so such a row's values have their columns (``_separator_positions``), and a run of digits between two
  separators is one cell, never cut.
* Filling the fewest applicant columns is the genre's likeliest reading of a table whose empty
  cells are not printed, not proof: where a table that fills other columns passes every identity
  too (two rows whose changes cancel, such as 上年结转 and 结转下年度 both moved to another
  column, or one row whose change touches no identity), the cells it reads otherwise are noted as
  not settled (``swapped_readings``), never picked silently.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from textmine.model import Document
from textmine.pipeline import read
from textmine.tables import extract_cells
from textmine.tables.records import Region, Token
from textmine.tables.registry import get_template
from textmine.tables.step2_tokens import tokenise_text
from textmine.tables.step3_readings import (
    _separator_blanks,
    _separator_positions,
    separators_reach_line_ends,
    spaces_show_blanks,
)
from textmine.tables.step4_scoring import swapped_readings, unsettled_columns

CASES = Path(__file__).resolve().parent / "cases"

REQUESTS = get_template("gov2021").table("requests")
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
LABELS = [
    ("一、本年新收政府信息公开申请数量", "new_received"), ("二、上年结转政府信息公开申请数量", "carried_over"),
    ("（一）予以公开", "granted"), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial"),
    ("1.属于国家秘密", "denied_state_secret"), ("2.其他法律行政法规禁止公开", "denied_law_prohibited"),
    ("3.危及“三安全一稳定”", "denied_three_safety"), ("4.保护第三方合法权益", "denied_third_party"),
    ("5.属于三类内部事务信息", "denied_internal_affairs"), ("6.属于四类过程性信息", "denied_process_info"),
    ("7.属于行政执法案卷", "denied_enforcement_file"), ("8.属于行政查询事项", "denied_query"),
    ("1.本机关不掌握相关政府信息", "unable_not_held"), ("2.没有现成信息需要另行制作", "unable_needs_creation"),
    ("3.补正后申请内容仍不明确", "unable_unclear"), ("1.信访举报投诉类申请", "rejected_complaint"),
    ("2.重复申请", "rejected_repeat"), ("3.要求提供公开出版物", "rejected_publication"),
    ("4.无正当理由大量反复申请", "rejected_mass"), ("5.要求行政机关确认或重新出具已获取信息", "rejected_confirm"),
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other_no_correction"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other_no_fee"),
    ("3.其他", "other_misc"), ("（七）总计", "total_processed"), ("四、结转下年度继续办理", "carried_forward"),
]


def _doc(text: str) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)


def _requests(rows: dict[str, list[str]], sep: str = "\u3000") -> str:
    """Table 三 with one line per row, cells joined by ``sep``, empty cells kept (``""``)."""
    lines = ["三、收到和处理政府信息公开申请情况", NOTE + sep + "申请人情况",
             sep.join(["自然人", "法人或其他组织", "总计"]),
             sep.join(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])]
    lines += [sep.join([label, *rows.get(key, ["0"] * 7)]) for label, key in LABELS]
    return "\n".join(lines) + "\n四、政府信息公开行政复议、行政诉讼情况\n"


def _tokens(text: str):
    start = text.index("三、收到")
    return tokenise_text(text, Region(REQUESTS, start, text.index("四、政府信息公开行政复议")))


#: A small body's table 三 (two requests of a natural person granted and one of a 法律服务机构
#: not held), every zero printed as an empty cell.
SMALL = {
    "new_received": ["2", "", "", "", "1", "", "3"],
    "granted": ["2", "", "", "", "", "", "2"],
    "unable_not_held": ["", "", "", "", "1", "", "1"],
    "total_processed": ["2", "", "", "", "1", "", "3"],
}


def _small() -> dict[str, list[str]]:
    blank = ["", "", "", "", "", "", ""]
    return {key: SMALL.get(key, blank) for _, key in LABELS}


def test_kept_separators_place_the_values_of_a_row() -> None:
    text = "予以公开\u30002\u3000\u3000\u3000\u30000\u30000"  # 2, three empty cells, 0, 0
    values = [Token("2", 5, 6, "value"), Token("0", 10, 11, "value"), Token("0", 12, 13, "value")]
    plain = text.replace("\u3000", " ")
    assert _separator_blanks(plain, values) == [3, 0]  # must fire: 4 spaces hold 3 empty cells
    assert _separator_blanks("予以公开 2 x 0 0", values) is None  # must not: a gap that holds text


def test_a_region_that_keeps_its_empty_cells_is_read_by_its_separators() -> None:
    rows = _small()
    text = _requests(rows).replace("\u3000", " ")
    assert spaces_show_blanks(text, _tokens(text))  # must fire
    got = {(c.row_key, c.col_key): c for c in extract_cells(_doc(text), template="gov2021")
           if c.table == "requests"}
    for key, want in SMALL.items():
        read = [got[(key, col)] for col in ("natural_person", "commercial", "research", "social_welfare",
                                            "legal_services", "other_org", "total")]
        assert [str(c.value) if c.status == "number" else "" for c in read] == want, key
    assert got[("unable_not_held", "legal_services")].value == 1  # the 1 is the 法律服务机构's, not 自然人's


def test_trailing_separators_give_the_columns() -> None:
    values = [Token("2", 5, 6, "value"), Token("0", 8, 9, "value")]
    assert _separator_positions("予以公开 2  0   ", values, [1], 7) == (1, 3)  # must fire: 3 empty cells after
    assert _separator_positions("予以公开 2  0", values, [1], 7) == (4, 6)  # the line ends at the last cell
    assert _separator_positions("予以公开 2  0 件", values, [1], 7) is None  # must not: text after the value
    assert _separator_positions("予以公开 2  0       ", values, [1], 7) is None  # must not: more cells than columns


def test_line_ends_stripped_by_a_crawler_say_nothing_of_trailing_cells() -> None:
    text = _requests(_small()).replace("\u3000", " ")
    assert separators_reach_line_ends(text, _tokens(text))  # must fire: rows end in their separators
    stripped = "\n".join(line.rstrip() for line in text.split("\n"))
    assert not separators_reach_line_ends(stripped, _tokens(stripped))  # must not


def test_a_kept_separator_row_is_not_cut_into_more_cells() -> None:
    rows = _small()
    rows["carried_forward"] = ["36", "", "0", "0", "1", "", "37"]  # 36|0|0|1|37 has digits for 7 cells
    rows["new_received"] = ["38", "", "0", "0", "2", "", "40"]
    rows["total_processed"] = ["2", "", "0", "0", "1", "", "3"]
    text = _requests(rows).replace("\u3000", " ")
    got = {(c.row_key, c.col_key): c for c in extract_cells(_doc(text), template="gov2021") if c.table == "requests"}
    assert [got[("carried_forward", c)].raw for c in ("natural_person", "legal_services", "total")] == ["36", "1", "37"]
    assert got[("carried_forward", "commercial")].status == "blank"


def test_squeezed_spaces_show_no_empty_cells() -> None:
    # the same table with every run of separators squeezed to one (a CMS that collapses spaces)
    rows = {k: [v for v in vals if v] for k, vals in _small().items()}
    text = _requests(rows, " ")
    assert not spaces_show_blanks(text, _tokens(text))  # must not: every gap is one space


def test_pdf_layout_spacing_is_not_read_as_separators() -> None:
    # a PDF layout line spaces values by runs of several spaces: not one separator per cell
    rows = {k: ["     ".join(v for v in vals if v)] if any(vals) else [] for k, vals in _small().items()}
    text = _requests(rows, "    ")
    assert not spaces_show_blanks(text, _tokens(text))


# ---- the fewest applicant columns is a preference, not proof ------------------------------------


def _gaps(*xs: int) -> tuple[Decimal, ...]:
    return tuple(Decimal(x) for x in xs)


def test_two_rows_whose_changes_cancel_are_another_reading() -> None:
    # a 4 that 上年结转 and 结转下年度 may both give to 其他 or to 法律服务机构: T3-A per column
    # (new + carried over − processed − carried forward) holds either way
    deltas = {"carried_over": [_gaps(4, 0), _gaps(0, 4)], "carried_forward": [_gaps(-4, 0), _gaps(0, -4)],
              "granted": [_gaps(0, 0)]}
    assert swapped_readings(deltas, {"carried_over": 0, "carried_forward": 0, "granted": 0}) == {
        "carried_over": {1}, "carried_forward": {1}}  # must fire


def test_changes_that_do_not_cancel_are_no_other_reading() -> None:
    # moving the 4 in one row alone, or two changes of another size, breaks an identity
    deltas = {"carried_over": [_gaps(4, 0), _gaps(0, 4)], "carried_forward": [_gaps(-4, 0), _gaps(0, -3)]}
    assert swapped_readings(deltas, {"carried_over": 0, "carried_forward": 0}) == {}  # must not
    # a reading that changes no equation (0 printed or left blank) is another reading by itself
    same = {"granted": [_gaps(2, 0), _gaps(2, 0)]}
    assert swapped_readings(same, {"granted": 0}) == {"granted": {1}}


def test_a_table_that_fills_one_more_column_leaves_those_cells_open() -> None:
    # table_probes3 crlf-blanks-vanish-2021: 上年结转 4 and 结转下年度 4 of 其他, which the fewest
    # applicant columns would give to 法律服务机构 (a column the table fills anyway) without a word
    probe = CASES / "table_probes3" / "crlf-blanks-vanish-2021.txt"
    cells = {(c.table, c.row_key, c.col_key): c for c in read(probe).cell_records}
    for row in ("carried_over", "carried_forward"):
        for col in ("legal_services", "other_org"):
            cell = cells[("requests", row, col)]
            assert col in (unsettled_columns(cell.note) or set()), (row, col, cell.note)  # must fire
    # the 自然人 column, which every passing table reads the same, is not left open
    assert "natural_person" not in (unsettled_columns(cells[("requests", "new_received", "natural_person")].note)
                                    or set())
