"""A statistics table printed with every cell a placeholder (—, /, 无) or blank — a body with no
applications — is read as cells with those statuses (SCHEMA.md §3), not left unread; prose that
only mentions the table's labels still gives no cells.

The shapes: one cell per line, TAB rows, pipe rows, HTML, the official 2021 Word template, for
table 三 (2019 and 2021), table 二 and table 四. ``python tests/test_tables_placeholders.py``
prints the score of every shape (cells read with the expected status / cells expected).

Example:
    >>> data, name, expected = placeholder_report("gov2021", "requests", "—", "cells")
    >>> len(expected), set(expected.values())
    (175, {'dash'})
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from report_writer import consistent_values, expected_status, layout, render_report

from textmine.model import Document
from textmine.pipeline import read
from textmine.tables import extract_cells

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_DOCX = ROOT.parent / "shared" / "corpus" / "originals" / "gov2021-template.docx"
MARKS = ("—", "/", "无", "")
RENDERINGS = ("cells", "tabs", "markdown", "html")
CASES = [
    *((t, "requests", m, r) for t in ("gov2021", "gov2019") for m in MARKS for r in RENDERINGS),
    *(("gov2021", "requests", m, "docx") for m in MARKS),
    *(("gov2021", tab, m, r) for tab in ("active", "appeals") for m in ("—", "无") for r in ("cells", "html")),
    ("gov2021", "appeals", "—", "docx"),
]


def _tabs(markdown: bytes) -> bytes:
    """Pipe rows as TAB rows (a page copied from a table: one row a line, cells TAB-separated)."""
    out = []
    for line in markdown.decode("utf-8").splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(set(c) <= set("-: ") for c in cells):
                continue  # the separator row
            line = "\t".join(cells)
        out.append(line)
    return ("\n".join(out) + "\n").encode("utf-8")


def _docx(values: dict) -> bytes:
    """The official blank 2021 Word template filled with ``values`` (as the table probes fill it)."""
    sys.path.insert(0, str(ROOT))
    from bench.make_table_probes4 import filled_template, template_fill
    from bench.make_table_probes7 import _stable

    return _stable(filled_template(template_fill(values)))


def placeholder_report(template: str, table: str, mark: str, rendering: str) -> tuple[bytes, str, dict]:
    """A report whose ``table`` prints ``mark`` in every cell (the other tables numbers), its file
    name, and the expected status of every cell of ``table`` by ``(row, col)``."""
    values = consistent_values(template, random.Random(7), blanks=False)
    for key in values:
        if key[0] == table:
            values[key] = mark
    year = 2023 if template == "gov2021" else 2020
    if rendering == "docx":
        data, name = _docx(values), "某某县人民政府-2023-gov2021.docx"
    elif rendering == "tabs":
        data, name = render_report(template, values, rendering="markdown", year=year)
        data, name = _tabs(data), name.rsplit(".", 1)[0] + ".txt"
    else:
        data, name = render_report(template, values, rendering=rendering, year=year)
    spec = next(t for t in layout(template) if t.key == table)
    expected = {(k[1], k[2]): expected_status(v) for k, v in values.items() if k[0] == table
                and any(r.key == k[1] and not r.header for r in spec.rows)}
    return data, name, expected


def score(template: str, table: str, mark: str, rendering: str) -> tuple[int, int, list[str]]:
    """(cells read with the expected status, cells expected, the report's error findings and
    TABLE-UNREAD / PROSE-TABLE warnings)."""
    data, name, expected = placeholder_report(template, table, mark, rendering)
    report = read(data, name=name)
    got = {(c.row_key, c.col_key): c.status for c in report.cell_records if c.table == table}
    right = sum(1 for k, s in expected.items() if got.get(k) == s)
    bad = [f.check_id for f in report.finding_records
           if f.severity == "error" or f.check_id in ("TABLE-UNREAD", "PROSE-TABLE")]
    return right, len(expected), bad


def _skip_docx(rendering: str) -> None:
    if rendering == "docx":
        pytest.importorskip("docx")
        if not TEMPLATE_DOCX.is_file():
            pytest.skip("../shared/corpus/originals/gov2021-template.docx absent")


@pytest.mark.parametrize(("template", "table", "mark", "rendering"), CASES)
def test_placeholder_table_is_read(template: str, table: str, mark: str, rendering: str) -> None:
    _skip_docx(rendering)
    right, total, bad = score(template, table, mark, rendering)
    assert (right, bad) == (total, [])


# ---------------------------------------------------------------- must not read


def _cells(text: str, table: str = "requests") -> list:
    doc = Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)
    return [c for c in extract_cells(doc, template="gov2021") if c.table == table and c.status != "missing"]


HEAD = "某某县人民政府2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"


@pytest.mark.parametrize("prose", [
    # labels named in sentences, each followed by 无 or —
    "本年新收政府信息公开申请数量：无。上年结转政府信息公开申请数量：无。\n",
    "本年度，一、本年新收政府信息公开申请数量为—，二、上年结转政府信息公开申请数量为—，均未发生。\n",
    # a heading of the table quoted in prose
    "按照“三、收到和处理政府信息公开申请情况”的要求，本机关本年度无申请，予以公开—，不予公开—。\n",
    # labels one a line, but prose after them
    "（一）予以公开\n无此类情形，说明如下。\n（二）部分公开\n无此类情形，说明如下。\n",
])
def test_prose_naming_labels_gives_no_cells(prose: str) -> None:
    assert _cells(HEAD + prose + "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生。\n") == []


def test_two_placeholder_lines_alone_are_not_a_table() -> None:
    """Two labels each with one 无 are a list in prose, not the template's table."""
    text = HEAD + "一、本年新收政府信息公开申请数量\n无\n二、上年结转政府信息公开申请数量\n无\n四、政府信息公开行政复议、行政诉讼情况\n"
    assert _cells(text) == []


def test_placeholder_rows_with_a_text_cell_are_not_read() -> None:
    """A row holding words where a cell goes is prose (or another table), so no cell is taken."""
    rows = "".join(f"{label}\t—\t—\t—\t—\t—\t—\t—\n" for label in LABELS)
    tail = "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生。\n"
    assert _cells(HEAD + rows.replace("—\n", "详见附件\n", 1) + tail) == []
    assert len(_cells(HEAD + rows + tail)) == 7 * len(LABELS)


#: Labels of table 三's first rows (more than half of the template's rows).
LABELS = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开",
          "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密", "2.其他法律行政法规禁止公开",
          "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
          "7.属于行政执法案卷", "8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作"]


@pytest.mark.parametrize("prose", [
    "本年度未发生行政复议、行政诉讼，结果维持 — 件，结果纠正 — 件。\n",
    "行政复议\n结果维持\n—\n结果纠正\n—\n",  # a few dash cells, not the fifteen of the row
])
def test_table_four_needs_every_cell(prose: str) -> None:
    text = "某某县人民政府2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n" + prose + "五、存在的主要问题\n"
    assert _cells(text, "appeals") == []


if __name__ == "__main__":
    totals = [0, 0]
    for case in CASES:
        if case[3] == "docx" and not TEMPLATE_DOCX.is_file():
            continue
        r, n, b = score(*case)
        totals[0] += r
        totals[1] += n
        print(f"{'/'.join(c or 'blank' for c in case):32} {r:4}/{n:<4} {' '.join(b)}")
    print(f"all {totals[0]}/{totals[1]}")
