"""Statistics tables as keyed cells: templates, every rendering, statuses, units, malformed input,
the seed and the gold cells of the shared corpus."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from textmine.model import Document, Table
from textmine.normalize import normalize
from textmine.tables import detect_template, extract_cells
from textmine.tables.cells import read_cell
from textmine.tables.flat import read_segment, split_candidates
from textmine.tables.registry import get_template, match_key, template_names

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
HEADER_MARK = "==================== 正文 ===================="


def make_doc(text: str, tables: list[Table] | None = None) -> Document:
    text, offsets = normalize(text)
    return Document(
        text=text,
        raw_text=text,
        offsets=offsets,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        tables=tables or [],
    )


def by_key(cells):
    return {(c.table, c.row_key, c.col_key): c for c in cells if c.row_key}


# --------------------------------------------------------------------------- registry

SCHEMA_REQUESTS_2021 = [
    "new_received", "carried_over", "granted", "partial", "denied_state_secret",
    "denied_law_prohibited", "denied_three_safety", "denied_third_party",
    "denied_internal_affairs", "denied_process_info", "denied_enforcement_file", "denied_query",
    "unable_not_held", "unable_needs_creation", "unable_unclear", "rejected_complaint",
    "rejected_repeat", "rejected_publication", "rejected_mass", "rejected_confirm",
    "other_no_correction", "other_no_fee", "other_misc", "total_processed", "carried_forward",
]


def test_templates_have_schema_keys():
    assert template_names() == ("gov2021", "gov2019", "gov2014", "local")
    g21 = get_template("gov2021")
    required = [r.key for r in g21.table("requests").rows if not r.optional]
    assert required == SCHEMA_REQUESTS_2021
    g19 = [r.key for r in get_template("gov2019").table("requests").rows]
    assert len(g19) == 23 and "other_handling" in g19 and "other_misc" not in g19
    assert [r.key for r in g21.table("active").rows] == [
        "rules", "normative_docs", "licensing", "penalty", "enforcement", "fees"]
    assert g21.table("active").column("amount").unit == "万元"
    stats = get_template("gov2014").table("stats")
    assert len(stats.rows) == 65
    assert len({r.key for r in stats.rows}) == 65
    appeals = g21.table("appeals")
    assert [c.key for c in appeals.columns] == ["upheld", "corrected", "other", "pending", "total"]


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("(二) 部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"),
        ("（一）主动公开政府信息数(不同渠道和方式公开相同信息计1条)", "主动公开政府信息数"),
        ("其中:主动公开规范性文件数", "主动公开规范性文件数"),
        ("3.危及“三安全一稳定”", "危及三安全一稳定"),
        ("2、政府公报公开", "政府公报公开"),
    ],
)
def test_match_key(printed, expected):
    assert match_key(printed) == expected


def test_every_template_cell_once_and_missing_when_absent():
    doc = make_doc("本报告没有统计表。")
    assert detect_template(doc) is None
    assert extract_cells(doc) == []
    for name in ("gov2021", "gov2019", "gov2014"):
        cells = extract_cells(doc, template=name)
        keys = Counter((c.table, c.row_key, c.col_key) for c in cells)
        assert all(n == 1 for n in keys.values())
        assert {c.status for c in cells} == {"missing"}
        spec = get_template(name)
        expected = sum(
            len(t.row_columns(r)) for t in spec.tables for r in t.rows if not r.optional
        )
        assert len(cells) == expected
    with pytest.raises(ValueError, match="unknown template"):
        extract_cells(doc, template="gov1999")


# --------------------------------------------------------------------------- cells


@pytest.mark.parametrize(
    "raw, value, status, unit",
    [
        ("", None, "blank", None),
        ("   ", None, "blank", None),
        ("0", 0, "number", None),
        ("—", None, "dash", None),
        ("-", None, "dash", None),
        ("/", None, "dash", None),
        ("／", None, "dash", None),
        ("无", None, "none_word", None),
        ("没有", None, "none_word", None),
        ("见附件", None, "text", None),
        ("251000元", 251000, "number", "元"),
        ("7730.28", Decimal("7730.28"), "number", None),
        ("+14", 14, "number", None),
        ("-8", -8, "number", None),
        ("1,234", 1234, "number", None),
    ],
)
def test_read_cell(raw, value, status, unit):
    assert read_cell(raw) == (value, status, unit)


def test_split_candidates_no_leading_zeros():
    toks = read_segment("条00其中", 0, 5, mode="space")
    assert [[p.raw for p in c] for c in split_candidates(toks, 2)] == [["0", "0"]]
    toks = read_segment("2648-18538行政", 0, 10, mode="space")
    cands = split_candidates(toks, 3)
    readings = [[p.raw for p in c] for c in cands]
    assert ["2648", "-18", "538"] in readings
    assert all("-" not in r[1:] for reading in readings for r in reading)  # sign opens a cell
    assert ["2", "648", "-18538"] in readings


# --------------------------------------------------------------------------- renderings

# A consistent gov2021 table 三 (T3-A/B/C hold) and table 四 (T4-A holds).
T3 = {
    "new_received": [12, 1, 0, 0, 0, 0, 13],
    "granted": [10, 1, 0, 0, 0, 0, 11],
    "unable_not_held": [2, 0, 0, 0, 0, 0, 2],
    "total_processed": [12, 1, 0, 0, 0, 0, 13],
}
T4 = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2]
COLS = ["natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total"]


def t3_values(row: str) -> list[int]:
    return T3.get(row, [0] * 7)


def gov2021_text(sep: str, *, t4: str | None = None) -> str:
    """A gov2021 report whose tables 三 and 四 are printed with ``sep`` between cells."""
    spec = get_template("gov2021")
    lines = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数"]
    lines += ["规章" + sep + sep.join(["0", "0", "0"]), "行政规范性文件" + sep + sep.join(["3", "1", "40"])]
    lines += ["第二十条第（八）项", "信息内容 本年收费金额（单位：万元）", "行政事业性收费" + sep + "12.5"]
    lines += ["三、收到和处理政府信息公开申请情况", "申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计"]
    for row in spec.table("requests").rows:
        if row.optional:
            continue
        lines.append(row.label + sep + sep.join(str(v) for v in t3_values(row.key)))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼 未经复议直接起诉 复议后起诉",
              "结果维持 结果纠正 其他结果 尚未审结 总计 " * 3]
    lines.append(t4 if t4 is not None else sep.join(str(v) for v in T4))
    lines.append("五、存在的主要问题及改进情况 2024年我们将继续努力。")
    return "\n".join(lines) + "\n"


def assert_gov2021(cells, *, inferred_ok: bool = False):
    got = by_key(cells)
    for row, values in T3.items():
        assert [got[("requests", row, c)].value for c in COLS] == values, row
    assert got[("requests", "partial", "total")].value == 0
    assert got[("requests", "other_misc", "natural_person")].status == "number"
    keys = [(r, c) for r in ("review", "suit_direct", "suit_after_review")
            for c in ("upheld", "corrected", "other", "pending", "total")]
    assert [got[("appeals", r, c)].value for r, c in keys] == T4
    assert got[("active", "normative_docs", "in_force")].value == 40
    fees = got[("active", "fees", "amount")]
    assert fees.value == Decimal("12.5") and fees.unit == "万元"
    if not inferred_ok:
        assert not any(c.inferred for c in cells)


def test_space_separated_text():
    doc = make_doc(gov2021_text(" "))
    assert detect_template(doc) == "gov2021"
    cells = extract_cells(doc)
    assert_gov2021(cells)
    cell = by_key(cells)[("requests", "new_received", "natural_person")]
    assert doc.text[cell.start : cell.end] == "12" and cell.label.startswith("一、本年新收")


def test_tab_rows_text():
    assert_gov2021(extract_cells(make_doc(gov2021_text("\t"))))


def test_pipe_table_text():
    text = gov2021_text(" | ").replace("\n规章", "\n| 规章")
    lines = []
    for line in text.split("\n"):
        if " | " in line and not line.startswith("|"):
            line = "| " + line
        lines.append(line + (" |" if line.startswith("|") else ""))
    assert_gov2021(extract_cells(make_doc("\n".join(lines))))


def test_flattened_without_separators_uses_identities():
    text = gov2021_text("", t4="".join(str(v) for v in T4)).replace("\n", "")
    cells = extract_cells(make_doc(text), template="gov2021")
    assert_gov2021(cells, inferred_ok=True)
    got = by_key(cells)
    # 121000013 also reads 1|2|10|0|0|0|13 (row total holds); the column identities decide.
    cell = got[("requests", "new_received", "natural_person")]
    assert cell.inferred and "identit" in cell.note
    assert got[("appeals", "review", "total")].inferred


def test_pdf_layout_text():
    text = """三、收到和处理政府信息公开申请情况
                                                              申请人情况
                                                         法人或其他组织
（本列数据的勾稽关系为：第一项加第二项之和， 等
于第三项加第四项之和）
                                             自然人         社会 法律                总计
                                                   商业 科研
                                                         公益 服务 其他
一、本年新收政府信息公开申请数量                             12    1      0     0   0   0     13
二、上年结转政府信息公开申请数量                              0    0      0     0   0   0     0
                  （一）予以公开                     10    1      0     0   0   0     11
                  （二）部分公开（区分处理的，只计这一情 形，不
                  计其他情形）
                                              0    0      0     0   0   0     0
                            1.属于国家秘密         0     0      0     0   0   0     0
 三 、本 年 度办 理 结果
                            1.本机关不掌握相关政府信息   2    0      0     0   0   0     2
                  （四）无法提供
     （七）总计                             12   1   0   0    0    0   13

                                                                        -3-
四、结转下年度继续办理                            0    0   0   0    0    0   0

     四、政府信息公开行政复议、行政诉讼情况
          行政复议                              行政诉讼
                              未经复议直接起诉                  复议后起诉
结果   结果     其他   尚未
维持   纠正     结果   审结   总 计
1    0      0   0    1   0    0   0   0    0   2   0     0   0   2
"""
    cells = extract_cells(make_doc(text), template="gov2021")
    got = by_key(cells)
    for row in ("new_received", "granted", "unable_not_held", "total_processed"):
        assert [got[("requests", row, c)].value for c in COLS] == T3[row]
    assert got[("requests", "partial", "total")].value == 0
    assert got[("requests", "carried_forward", "natural_person")].value == 0
    assert got[("requests", "denied_query", "total")].status == "missing"
    assert got[("appeals", "suit_after_review", "upheld")].value == 2


def test_one_cell_per_line():
    text = (
        "政府信息公开情况统计表\n(2016年度)\n\xa0\n统 计 指 标\n\n单位\n\n统计数\n\n"
        "一、主动公开情况\n\n\xa0\n\n 120\n\n"
        "  (一)主动公开政府信息数\n    (不同渠道和方式公开相同信息计1条)\n\n100\n\n"
        "      其中:主动公开规范性文件数\n\n 0\n\n"
        "         制发规范性文件总数\n\n \n\n"
        "  (二)通过不同渠道和方式公开政府信息的情况\n\n\xa0\n\n \n\n"
        "     1.政府公报公开政府信息数\n\n —\n\n"
        "     2.政府网站公开政府信息数\n\n 90\n\n"
        "七、依申请公开信息收取的费用\n\n万元\n\n 0.5\n\n"
        "单位负责人: 某某 填报人: 某某\n"
    )
    doc = make_doc(text)
    assert detect_template(doc) is None  # too few markers: the caller names the template
    got = by_key(extract_cells(doc, template="gov2014"))
    assert got[("stats", "active", "value")].value == 120
    assert got[("stats", "active_items", "value")].value == 100
    assert got[("stats", "active_normative", "value")].status == "number"
    assert got[("stats", "active_normative", "value")].value == 0
    assert got[("stats", "normative_issued", "value")].status == "blank"
    assert got[("stats", "channels", "value")].status == "blank"
    assert got[("stats", "channel_gazette", "value")].status == "dash"
    assert got[("stats", "channel_website", "value")].value == 90
    fees = got[("stats", "fees", "value")]
    assert fees.value == Decimal("0.5") and fees.unit == "万元"
    # cut off after 七: later rows are missing, not blank
    assert got[("stats", "trainees", "value")].status == "missing"


LOCAL_ROWS = [
    ("主动公开信息数", "条", 425, 1516),
    ("其中：1.网站公开", "条", 418, 1509),
    ("2.政府公报公开", "条", 7, 7),
    ("受理依申请公开信息总数", "条", 0, 3),
    ("其中：1.当面申请数", "条", 0, 1),
    ("2.传真申请数", "条", 0, 0),
    ("3.电子邮件申请数", "条", 0, 2),
    ("行政复议数", "件", 0, 0),
    ("行政诉讼数", "件", 0, 0),
]


@pytest.mark.parametrize("sep", [" ", ""], ids=["space", "no-separator"])
def test_local_one_line(sep):
    body = sep.join(f"{label}{sep}{unit}{sep}{a}{sep}{b}" for label, unit, a, b in LOCAL_ROWS)
    doc = make_doc(f"附件1：统计表 指标名称{sep}计量单位{sep}2011年度{sep}历年累计{sep}{body} 附件下载")
    assert detect_template(doc) == "local"
    cells = extract_cells(doc)
    got = by_key(cells)
    assert (got[("stats", "active_items", "value")].value, got[("stats", "active_items", "cumulative")].value) == (425, 1516)
    assert got[("stats", "channel_website", "cumulative")].value == 1509
    assert got[("stats", "channel_gazette", "value")].value == 7
    assert got[("stats", "requests_in_person", "cumulative")].value == 1
    assert got[("stats", "reviews", "value")].unit == "件"
    assert got[("stats", "channel_website", "value")].label == "其中：1.网站公开"
    nulls = [c for c in cells if c.row_key is None]
    assert {c.label for c in nulls} == {"3.电子邮件申请数"}
    assert [c.value for c in nulls] == [0, 2]
    assert got[("stats", "requests_mail", "value")].status == "missing"
    if sep == "":
        assert got[("stats", "active_items", "value")].inferred
        assert got[("stats", "active_items", "value")].note


def test_statuses_in_tab_table():
    text = (
        "指标名称\t计量单位\t2011年度\t历年累计\n"
        "主动公开信息数\t条\t\t0\n"
        "其中：1.网站公开\t条\t—\t/\n"
        "2.政府公报公开\t条\t无\t见说明\n"
        "受理依申请公开信息总数\t条\t3\t3\t备注列\n"
        "行政复议数\t件\t0\t0\n"
    )
    got = by_key(extract_cells(make_doc(text), template="local"))
    assert got[("stats", "active_items", "value")].status == "blank"
    assert got[("stats", "active_items", "value")].value is None
    assert got[("stats", "active_items", "cumulative")].status == "number"
    assert got[("stats", "active_items", "cumulative")].value == 0
    assert got[("stats", "channel_website", "value")].status == "dash"
    assert got[("stats", "channel_website", "cumulative")].raw == "/"
    assert got[("stats", "channel_gazette", "value")].status == "none_word"
    gazette = got[("stats", "channel_gazette", "cumulative")]
    assert (gazette.status, gazette.raw) == ("text", "见说明")
    # an extra column is ignored
    assert got[("stats", "requests_received", "cumulative")].value == 3
    assert got[("stats", "suits", "value")].status == "missing"


# --------------------------------------------------------------------------- grids

REQ_HEAD = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def requests_grid() -> Table:
    head = [REQ_HEAD] * 3
    rows = [
        head + ["申请人情况"] * 8,
        head + ["自然人"] + ["法人或其他组织"] * 6 + ["总计"],
        head + ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计", "总计"],
    ]
    spec = get_template("gov2021").table("requests")
    groups = {"（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"}
    for row in spec.rows:
        if row.optional:
            continue
        v = t3_values(row.key)
        cells = [str(x) for x in v[:6]] + [str(sum(v[1:6])), str(v[6])]
        if row.key == "partial":
            cells[0] = ""  # blank cell
        if row.group in groups:
            label = ["三、本年度办理结果", row.group, row.label]
        elif row.group:
            label = [row.group, row.label, row.label]
        else:
            label = [row.label] * 3
        rows.append(label + cells)
    return Table(rows=rows, source="html")


def appeals_grid() -> Table:
    leaf = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return Table(
        rows=[
            ["行政复议"] * 5 + ["行政诉讼"] * 10,
            ["行政复议"] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5,
            leaf * 3,
            [str(v) for v in T4],
        ]
    )


def active_grid() -> Table:
    return Table(
        rows=[
            ["第二十条第（一）项"] * 4,
            ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
            ["规章", "0", "0", "0"],
            ["规范性文件", "5", "5", "60"],
            ["第二十条第（九）项"] * 4,
            ["信息内容", "采购项目数量", "采购总金额", "采购总金额"],
            ["政府集中采购", "1个", "251000元", "251000元"],
        ]
    )


def test_html_grids_with_spans_and_subtotal():
    doc = make_doc("", tables=[active_grid(), requests_grid(), appeals_grid()])
    assert detect_template(doc) == "gov2019"
    got = by_key(extract_cells(doc))
    for row in ("new_received", "granted", "unable_not_held", "total_processed"):
        assert [got[("requests", row, c)].value for c in COLS] == T3[row]
    assert got[("requests", "new_received", "org_subtotal")].value == 1
    assert got[("requests", "partial", "natural_person")].status == "blank"
    assert got[("requests", "denied_state_secret", "total")].value == 0
    cell = got[("requests", "granted", "total")]
    assert cell.start is None and (cell.grid_row, cell.grid_col) == (5, 10)
    assert [got[("appeals", r, "total")].value for r in ("review", "suit_direct", "suit_after_review")] == [1, 0, 2]
    amount = got[("active", "procurement", "amount")]
    assert (amount.value, amount.unit, amount.raw) == (251000, "元", "251000元")
    assert got[("active", "procurement", "items")].value == 1
    assert got[("active", "normative_docs", "total_published")].value == 60
    assert got[("active", "licensing", "decisions")].status == "missing"


def test_grid_offsets_from_rendered_text():
    grid = active_grid()
    rendered = "\n".join("\t".join(r) for r in grid.rows)
    text = "二、主动公开政府信息情况\n" + rendered + "\n"
    grid.start, grid.end = len("二、主动公开政府信息情况\n"), len(text) - 1
    doc = make_doc(text, tables=[grid])
    cell = by_key(extract_cells(doc, template="gov2019"))[("active", "normative_docs", "total_published")]
    assert doc.text[cell.start : cell.end] == "60" and cell.grid_row == 3


def test_gov2014_and_local_grids_with_unit_column():
    g14 = Table(rows=[
        ["统计指标", "单位", "统计数"],
        ["一、主动公开情况", "—", "120"],
        ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "100"],
        ["其中：主动公开规范性文件数", "条", ""],
        ["七、依申请公开信息收取的费用", "万元", "0.3"],
    ])
    got = by_key(extract_cells(make_doc("", tables=[g14]), template="gov2014"))
    assert got[("stats", "active", "value")].value == 120
    assert got[("stats", "active_items", "value")].value == 100
    assert got[("stats", "active_normative", "value")].status == "blank"
    assert got[("stats", "fees", "value")].unit == "万元"
    assert got[("stats", "complaints", "value")].status == "missing"
    local = Table(rows=[
        ["指标名称", "计量单位", "2012年度", "历年累计"],
        ["主动公开信息数", "条", "739", "4359"],
        ["行政申诉、举报数", "件", "0", "/"],
    ])
    got = by_key(extract_cells(make_doc("", tables=[local]), template="local"))
    assert (got[("stats", "active_items", "value")].value, got[("stats", "active_items", "cumulative")].value) == (739, 4359)
    assert got[("stats", "complaints", "cumulative")].status == "dash"


def test_appeals_one_cell_per_line_keeps_blank_cells():
    values = ["1", "", "0", "0", "1"] + ["0"] * 5 + ["2", "0", "0", "0", "2"]
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\n\n行政诉讼\n\n未经复议直接起诉\n\n"
        "复议后起诉\n\n结果维持\n\n结果纠正\n\n其他结果\n\n尚未审结\n\n总计\n\n"
        + "\n\n".join(v or " " for v in values) + "\n\n五、存在的主要问题及改进情况\n"
    )
    got = by_key(extract_cells(make_doc(text), template="gov2021"))
    assert got[("appeals", "review", "corrected")].status == "blank"
    assert got[("appeals", "review", "total")].value == 1
    assert got[("appeals", "suit_after_review", "upheld")].value == 2


def test_appeals_run_that_breaks_t4a_is_still_read():
    # 10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0 printed as one run: T4-A fails, no crash, 15 cells
    text = "四、政府信息公开行政复议、行政诉讼情况 结果维持结果纠正其他结果尚未审结总计 101000000005000 五、"
    cells = [c for c in extract_cells(make_doc(text), template="gov2021") if c.table == "appeals"]
    assert len(cells) == 15 and all(c.status == "number" for c in cells)
    assert all(c.inferred for c in cells)


# --------------------------------------------------------------------------- malformed


def test_malformed_rows_do_not_crash():
    text = gov2021_text(" ")
    text = text.replace("2.重复申请 0 0 0 0 0 0 0\n", "")  # a dropped row
    text = text.replace("3.要求提供公开出版物", "123 3.要求提供公开出版物")  # a number before a label
    cells = extract_cells(make_doc(text), template="gov2021")
    got = by_key(cells)
    assert got[("requests", "rejected_repeat", "total")].status == "missing"
    assert got[("requests", "total_processed", "total")].value == 13
    assert Counter((c.table, c.row_key, c.col_key) for c in cells).most_common(1)[0][1] == 1


def test_table_cut_off_midway():
    full = gov2021_text(" ")
    cut = full[: full.index("（五）不予处理") if "（五）不予处理" in full else full.index("1.信访举报投诉类申请")]
    got = by_key(extract_cells(make_doc(cut), template="gov2021"))
    assert got[("requests", "unable_not_held", "total")].value == 2
    assert got[("requests", "rejected_complaint", "total")].status == "missing"
    assert got[("requests", "carried_forward", "total")].status == "missing"
    assert got[("appeals", "review", "total")].status == "missing"


# --------------------------------------------------------------------------- corpus


def read_report(path: Path) -> Document:
    try:
        from textmine.ingest import read_document  # type: ignore[attr-defined]

        return read_document(path)
    except (ImportError, AttributeError):
        raw = path.read_text(encoding="utf-8")
        i = raw.find(HEADER_MARK)
        drop = [(0, i + len(HEADER_MARK))] if i >= 0 else []
        text, offsets = normalize(raw, drop=drop)
        return Document(text=text, raw_text=raw, offsets=offsets, sha256="", path=str(path))


def score(gold: dict, cells) -> tuple[int, int, list]:
    got = by_key(cells)
    right, wrong = 0, []
    scored = [c for c in gold.get("cells", []) if c.get("row_key") and not c.get("ambiguous")]
    for c in scored:
        p = got.get((c["table"], c["row_key"], c["col_key"]))
        gv = c.get("value")
        same = p is not None and (
            (gv is None and p.value is None)
            or (gv is not None and p.value is not None and abs(float(gv) - float(p.value)) < 1e-6)
        )
        if same and p.status == c["status"]:
            right += 1
        else:
            wrong.append((gold["id"], c["row_key"], c["col_key"], gv, p and p.value))
    return right, len(scored), wrong


needs_corpus = pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="../shared/corpus not present")


@needs_corpus
def test_seed_filled_and_blank_cells():
    gold = json.loads((CORPUS / "gold" / "gaotai-2016.json").read_text(encoding="utf-8"))
    doc = read_report(CORPUS / gold["file"])
    assert detect_template(doc) == "gov2014"
    cells = extract_cells(doc)
    right, total, wrong = score(gold, cells)
    assert total == 30 and right == total, wrong
    got = by_key(cells)
    assert got[("stats", "channel_gazette", "value")].status == "blank"
    assert got[("stats", "active", "value")].value == 67467


@needs_corpus
def test_gold_cells_accuracy():
    right = total = 0
    wrong: list = []
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = read_report(CORPUS / gold["file"].split(";")[-1])
        detected = detect_template(doc)
        assert detected == gold["meta"].get("template"), gold["id"]
        r, t, w = score(gold, extract_cells(doc))
        right, total, wrong = right + r, total + t, wrong + w
    assert total > 2000
    assert right / total >= 0.99, wrong[:10]


# --------------------------------------------------------------------------- round trip


@pytest.mark.parametrize("template", ["gov2021", "gov2019", "gov2014", "local"])
@pytest.mark.parametrize("rendering", ["html", "markdown", "cells", "flat", "flat_spaced", "pdf"])
def test_report_writer_round_trip(template, rendering, tmp_path):
    """Synthetic reports of tests/report_writer.py read back through ingest: exact where the
    rendering separates cells; in flat text every wrong cell is one marked ``inferred`` (e.g.
    table 四's 2|29 vs 22|9 both satisfy T4-A; table 二 has no hard identity)."""
    import random

    rw = pytest.importorskip("report_writer")
    ingest = pytest.importorskip("textmine.ingest")
    if not hasattr(ingest, "read_document"):
        pytest.skip("textmine.ingest.read_document not available")
    wrong, unflagged = [], []
    for seed in range(3):
        rng = random.Random(seed)
        values = rw.allowed_values(rendering, rw.consistent_values(template, rng))
        data, name = rw.render_report(template, values, rendering=rendering, year=rw.default_year(template, rng))
        path = tmp_path / name
        path.write_bytes(data)
        doc = ingest.read_document(path)
        assert detect_template(doc) == template
        cells = {
            (c.table, c.row_key or "~" + (c.label or ""), c.col_key): c
            for c in extract_cells(doc)
        }
        for key, value in values.items():
            cell = cells.get(key)
            status = rw.expected_status(value)
            ok = cell is not None and cell.status == status and (status != "number" or cell.value == value)
            if not ok:
                wrong.append((seed, key, value, cell and cell.value))
                if cell is None or not cell.inferred:
                    unflagged.append((seed, key, value, cell and cell.value))
    assert not unflagged, unflagged[:5]
    if rendering != "flat" or template == "gov2014":
        assert not wrong, wrong[:5]
    else:  # flattened digit runs: table 三 is settled by its row and column identities
        assert not [w for w in wrong if w[1][0] == "requests"], wrong[:5]


def test_local_table_is_not_read_from_prose_that_repeats_its_labels():
    """Prose before the table says 历年累计 and names a channel row; the cells come from the table."""
    text = (
        "截至2012年底历年累计主动公开1204条。其中通过镇政务公开栏公开16条。 "
        "附件：统计表 指标名称 计量单位 2012年度 历年累计 主动公开信息数 条 356 1204 "
        "其中：1.网站公开 条 340 1150 2.政府公报公开 条 0 0 3.政务公开栏公开 条 16 54 "
        "受理依申请公开信息总数 条 3 7 行政复议数 件 0 0"
    )
    doc = Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)
    cells = extract_cells(doc, template="local")
    channel = {c.col_key: c for c in cells if c.label and "公开栏" in c.label}
    assert (channel["value"].value, channel["cumulative"].value) == (16, 54)
    assert not channel["value"].inferred
    assert channel["value"].start > text.index("指标名称")


# --------------------------------------------------------------------------- QA probe reports
# Fictional reports written by QA reviewers (tests/cases/qa_tables): each one pins a defect fix.

QA = Path(__file__).resolve().parent / "cases" / "qa_tables"


def _read(name: str):
    import textmine

    return textmine.read(QA / name)


def _stats(report) -> dict:
    return {c.row_key: c for c in report.cell_records if c.table == "stats" and c.row_key}


def test_prose_labels_without_a_table_give_no_cells():
    # t06 has no table: headings (三、回应解读情况) and prose (涉及个人隐私) are no rows
    report = _read("t06_2015_twelve.txt")
    assert report.cell_records == []
    assert not any(c.status == "blank" for c in report.cell_records)


def test_prose_label_does_not_fake_a_table():
    # t12: "本年新收申请2件，均予以公开" is prose, not a 予以公开 row of blank cells
    report = _read("t12_2021_oldtables.txt")
    requests = [c for c in report.cell_records if c.table == "requests"]
    assert requests and all(c.status == "missing" for c in requests)
    assert any(f.check_id == "TABLE-MISSING" and "表三" in f.message for f in report.finding_records)
    # the real 表二 is still read
    assert any(c.table == "active" and c.status == "number" for c in report.cell_records)


def test_template_comes_from_the_tables_when_meta_names_none():
    report = _read("t10_gbk.htm")
    assert report.meta.template == "gov2014"
    assert {c.template for c in report.cell_records} == {"gov2014"}
    assert any(c.status == "number" for c in report.cell_records)


@pytest.mark.parametrize("name", ["g14_pipe.txt", "g14_spaces.txt", "g14_oneline.txt"])
def test_number_with_a_note_is_text_in_every_rendering(name):
    cell = _stats(_read(name))["requests_in_person"]
    assert (cell.status, cell.value, cell.raw) == ("text", None, "12 (含转办)")


def test_noted_number_and_bad_commas_read_as_text():
    assert read_cell("12 (含转办)") == (None, "text", None)
    assert read_cell("1,18") == (None, "text", None)
    assert read_cell("1,180") == (1180, "number", None)
    line = "当面申请数  件  12 (含转办)  2.传真"
    toks = read_segment(line, 5, line.index("2."), mode="space")
    assert [(t.raw, t.kind) for t in toks] == [("件", "unit"), ("12 (含转办)", "value")]
    toks = read_segment("收到申请数  1,18  3", 5, 16, mode="space")
    assert [t.raw for t in toks] == ["1,18", "3"]


def test_malformed_thousands_in_a_grid_cell_is_text():
    from textmine.tables.grid import read_grids

    grid = Table(rows=[["信息内容", "本年处理决定数量"], ["行政许可", "1,18"], ["行政处罚", "1,520"]])

    found = {r.row.key: r for r in read_grids([grid], "gov2021", get_template("gov2021").table("active"))}
    assert found["licensing"].cells["decisions"].raw == "1,18"
    assert read_cell(found["licensing"].cells["decisions"].raw)[1] == "text"
    assert read_cell(found["penalty"].cells["decisions"].raw)[:2] == (1520, "number")


def test_pdf_row_with_an_invisible_empty_cell_is_placed_not_shifted():
    # 8.属于行政查询事项  1  (商业企业 empty)  0 0 0 0 1
    report = _read("g21_pdf_blank.txt")
    row = {c.col_key: c for c in report.cell_records if c.row_key == "denied_query"}
    assert row["commercial"].status == "blank"
    assert (row["other_org"].value, row["total"].value) == (0, 1)
    assert all(c.inferred and c.note and "empty cell" in c.note for c in row.values())


def test_short_row_is_never_silent():
    # a 7-column row with 6 values and no spacing hint: inferred with a note
    text = ("三、收到和处理政府信息公开申请情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n"
            "（一）予以公开 1 0 0 0 0 1\n（二）部分公开 2 0 0 0 0 0 2\n")
    cells = [c for c in extract_cells(make_doc(text), template="gov2021") if c.row_key == "granted"]
    assert len(cells) == 7 and all(c.inferred and c.note for c in cells)


@pytest.mark.parametrize("name", ["t_extra_pipe.txt", "t_extra_spaces.txt", "t_extra_oneline.txt"])
def test_unknown_extra_row_is_kept_without_a_key(name):
    report = _read(name)
    extra = [c for c in report.cell_records if c.table == "stats" and c.row_key is None]
    assert [(c.label, c.value, c.status) for c in extra] == [("5.电子邮件申请数", 4, "number")]
    stats = _stats(report)
    assert stats["requests_mail"].value == 2 and stats["requests_closed"].value == 20


def test_flattened_run_prefers_a_stock_column_that_is_not_smaller_than_the_flows():
    """693665 under 本年制发件数/本年废止件数/现行有效件数: 69 | 3 | 665, flagged inferred."""
    text = (
        "二、主动公开政府信息情况 第二十条第（一）项 信息内容本年制发件数本年废止件数现行有效件数"
        "规章000行政规范性文件693665第二十条第（五）项信息内容本年处理决定数量行政许可2293"
    )
    doc = Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)
    cells = {(c.row_key, c.col_key): c for c in extract_cells(doc, template="gov2021") if c.table == "active"}
    got = tuple(cells[("normative_docs", k)].value for k in ("issued", "repealed", "in_force"))
    assert got == (69, 3, 665)
    assert all(cells[("normative_docs", k)].inferred for k in ("issued", "repealed", "in_force"))


def test_extra_row_of_a_zero_word_is_still_read():
    """The gate that skips reading cells after an unknown label when no digit follows lets a zero
    word (〇) through: a row the template lacks whose only cell is 〇 is kept (must match)."""
    text = (QA / "t_extra_spaces.txt").read_text(encoding="utf-8").replace(
        "5.电子邮件申请数      件        4", "5.电子邮件申请数      件        〇")
    extra = [c for c in extract_cells(make_doc(text), template="gov2014") if c.table == "stats" and c.row_key is None]
    assert [(c.label, c.value, c.status) for c in extra] == [("5.电子邮件申请数", 0, "number")]


def test_extra_label_without_a_number_is_no_row():
    """An unknown label followed by text without a digit or zero word (a heading, a unit alone)
    is no row (must NOT match), and the gate says so without reading cells."""
    from textmine.tables.step2_tokens import number_mark

    text = (QA / "t_extra_spaces.txt").read_text(encoding="utf-8").replace(
        "5.电子邮件申请数      件        4", "5.电子邮件申请数      件        —")
    extra = [c for c in extract_cells(make_doc(text), template="gov2014") if c.table == "stats" and c.row_key is None]
    assert extra == []
    assert number_mark().search("      件        —\n") is None
    assert number_mark().search("件        ○") is not None


def test_grid_value_cells_are_cached_as_read():
    """Grid cells are asked once per report whether they hold a value (cached per text): the same
    answer as unasked, for value cells (must match) and label cells (must NOT)."""
    from textmine.tables.step2_grids import _is_value

    for cell in ("12", " 3 ", "—", "无", "条", "12 (含转办)", "1 234"):
        assert _is_value(cell) and _is_value.__wrapped__(cell)
    for cell in ("行政许可", "（一）予以公开", "其他"):
        assert not _is_value(cell) and not _is_value.__wrapped__(cell)
