"""Word .docx reading: the official 2021 template filled by python-docx, numbering, spans, bombs."""

from __future__ import annotations

import io
import random
import sys
import zipfile
from pathlib import Path

import pytest

from textmine.errors import ReadError
from textmine.ingest import read_document
from textmine.ingest.docx import join_lines, numeral, render_docx

sys.path.insert(0, str(Path(__file__).parent))
import report_writer as rw  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEMPLATE = SHARED / "corpus" / "originals" / "gov2021-template.docx"

docx = pytest.importorskip("docx")

PROSE = {
    "一、总体情况": "2022年，某某省生态环境厅坚持以公开为常态，全年主动公开政府信息356条。",
    "五、存在的主要问题及改进情况": "存在的问题是政策解读形式单一。下一步，我厅将在2023年6月底前完成制度修订。",
    "六、其他需要报告的事项": "本年度未收取信息处理费。",
}


def _unique_cells(row) -> list:
    seen, out = set(), []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell)
    return out


def _fill_template(values: dict) -> bytes:
    """The official blank template with ``values`` typed into its tables and prose in its sections."""
    document = docx.Document(str(TEMPLATE))
    active, requests, appeals = document.tables[:3]
    by_label = {r.label: r for r in rw.layout("gov2021")[0].rows}
    for row in active.rows:
        cells = _unique_cells(row)
        spec = by_label.get(cells[0].text.strip())
        if spec is not None:
            for cell, col in zip(cells[1:], spec.cols, strict=True):
                cell.text = rw.fmt(values.get(("active", spec.key, col)))
    request_rows = [r for r in rw.layout("gov2021")[1].rows if not r.header]
    data_rows = [row for row in requests.rows if len(_unique_cells(row)) >= 8][-len(request_rows):]
    assert len(data_rows) == len(request_rows)
    for row, spec in zip(data_rows, request_rows, strict=True):
        for cell, col in zip(_unique_cells(row)[-7:], rw.COL_ORDER, strict=True):
            cell.text = rw.fmt(values.get(("requests", spec.key, col)))
    appeal_keys = [(r.key, c) for r in rw.layout("gov2021")[2].rows for c, _ in rw.layout("gov2021")[2].columns]
    for cell, (row_key, col) in zip(_unique_cells(appeals.rows[-1]), appeal_keys, strict=True):
        cell.text = rw.fmt(values.get(("appeals", row_key, col)))
    heading = None
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if text in PROSE:
            heading = text
        elif text.startswith("（文字描述") and heading:
            paragraph.text = PROSE[heading]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.skipif(not TEMPLATE.exists(), reason="../shared/corpus/originals absent")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_filled_official_template_reads_back_every_cell(tmp_path: Path, seed: int) -> None:
    import textmine

    values = rw.consistent_values("gov2021", random.Random(seed), blanks=True)
    values = {k: ("" if v is None else v) for k, v in values.items()}
    path = tmp_path / "某某省生态环境厅2022年政府信息公开工作年度报告.docx"
    path.write_bytes(_fill_template(values))
    report = textmine.read(path)
    assert report.document.format == "docx"
    got = {(c.table, c.row_key, c.col_key): c for c in report.cell_records}
    expected = rw.all_keys("gov2021")
    assert any(rw.expected_status(values.get(k)) == "blank" for k in expected)  # blanks tested
    wrong = []
    for key in expected:
        cell = got.get(key)
        status = rw.expected_status(values.get(key))
        number = rw.as_number(values.get(key)) if status == "number" else None
        if cell is None or cell.status != status or (number is not None and cell.value != number):
            wrong.append((key, values.get(key), cell and (cell.status, cell.value)))
    assert not wrong, wrong[:5]
    kinds = {s.kind for s in report.sections if s.level == 1}
    assert {"overview", "proactive", "requests", "appeals", "problems", "other"} <= kinds
    assert report.meta.template == "gov2021"
    assert any(f.value == 356 for f in report.fact_records)


@pytest.mark.skipif(not TEMPLATE.exists(), reason="../shared/corpus/originals absent")
def test_filled_template_through_the_cli(tmp_path: Path) -> None:
    import pandas as pd

    from textmine.corpus import run

    values = rw.consistent_values("gov2021", random.Random(9), blanks=False)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.docx").write_bytes(_fill_template(values))
    run([tmp_path / "in"], tmp_path / "out")
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet")
    assert manifest.loc[0, "format"] == "docx"
    assert manifest.loc[0, "status"] in ("ok", "warning")
    cells = pd.read_parquet(tmp_path / "out" / "cells.parquet")
    assert (cells["status"] == "number").sum() == len(rw.all_keys("gov2021"))
    assert cells["page"].isna().all()  # pages only for PDFs


# ------------------------------------------------------------------ hand-built packages

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _package(body: str, *, numbering: str | None = None, styles: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')
        if numbering:
            zf.writestr("word/numbering.xml", f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>')
        if styles:
            zf.writestr("word/styles.xml", f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>')
    return out.getvalue()


def _p(text: str, *, num: tuple[int, int] | None = None, style: str | None = None) -> str:
    ppr = ""
    if num or style:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>'
)


def test_list_numbering_is_rendered_into_headings() -> None:
    body = (
        _p("总体情况", num=(5, 0)) + _p("主动公开情况", num=(5, 1)) + _p("依申请公开", num=(5, 1))
        + _p("正文一段。") + _p("主动公开政府信息情况", num=(5, 0)) + _p("平台建设", num=(5, 1))
    )  # fmt: skip
    text = render_docx(_package(body, numbering=NUMBERING)).text
    assert text.split("\n") == [
        "一、总体情况", "（一）主动公开情况", "（二）依申请公开", "正文一段。",
        "二、主动公开政府信息情况", "（一）平台建设",
    ]  # fmt: skip


def test_numbering_through_a_heading_style_and_its_base() -> None:
    styles = (
        '<w:style w:styleId="Base"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
        '<w:style w:styleId="H1"><w:basedOn w:val="Base"/></w:style>'
    )
    text = render_docx(_package(_p("总体情况", style="H1") + _p("不编号"), numbering=NUMBERING, styles=styles)).text
    assert text == "一、总体情况\n不编号"


def test_bullets_and_unknown_lists_add_nothing() -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    )
    text = render_docx(_package(_p("要点", num=(2, 0)) + _p("无定义", num=(9, 0)), numbering=numbering)).text
    assert text == "要点\n无定义"


def test_grid_span_and_vertical_merge_are_expanded() -> None:
    def tc(text: str, *, span: int = 1, vmerge: str | None = None) -> str:
        pr = ""
        if span > 1 or vmerge is not None:
            pr = "<w:tcPr>" + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
            pr += ('<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>") if vmerge else ""
            pr += "</w:tcPr>"
        return f"<w:tc>{pr}{_p(text) if text else '<w:p/>'}</w:tc>"

    table = (
        "<w:tbl>"
        f"<w:tr>{tc('申请人情况', span=3)}</w:tr>"
        f"<w:tr>{tc('三、本年度办理结果', vmerge='restart')}{tc('予以公开')}{tc('5')}</w:tr>"
        f"<w:tr>{tc('', vmerge='continue')}{tc('部分公开')}{tc('')}</w:tr>"
        "</w:tbl>"
    )
    page = render_docx(_package(_p("三、收到和处理政府信息公开申请情况") + table))
    assert page.tables[0].rows == [
        ["申请人情况"] * 3,
        ["三、本年度办理结果", "予以公开", "5"],
        ["三、本年度办理结果", "部分公开", ""],
    ]
    assert page.tables[0].source == "docx"


def test_field_codes_deleted_text_and_fallbacks_are_skipped() -> None:
    body = (
        '<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>正文</w:t></w:r>'
        "<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del></w:p>"
    )
    assert render_docx(_package(body)).text == "正文"


def test_cell_lines_join_without_spaces_between_chinese() -> None:
    assert join_lines(["结", "果", "维", "持"]) == "结果维持"
    assert join_lines(["本年", "2023"]) == "本年2023"
    assert join_lines(["Total", "count"]) == "Total count"


def test_numerals() -> None:
    assert [numeral(n, "chineseCounting") for n in (1, 10, 11, 20, 105, 1010)] == [
        "一", "十", "十一", "二十", "一百零五", "一千零一十",
    ]  # fmt: skip
    assert numeral(3, "lowerRoman") == "iii" and numeral(27, "upperLetter") == "AA"
    assert numeral(7, "decimal") == "7" and numeral(2, "ideographTraditional") == "乙"


# ------------------------------------------------------------------ hostile packages


def test_xml_bomb_is_refused() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("word/document.xml", bomb)
    with pytest.raises(ReadError, match="bomb.docx: document.xml declares a DTD"):
        read_document(out.getvalue(), name="bomb.docx")


def test_zip_bomb_is_refused_without_expanding_it() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<" + b" " * (80 * 1024 * 1024) + b">")
    data = out.getvalue()
    assert len(data) < 1024 * 1024
    with pytest.raises(ReadError, match="zip bomb"):
        read_document(data, name="zipbomb.docx")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04" + b"\x00" * 40, "not a Word .docx file"),
        (_package("")[:200], "not a Word .docx file"),
    ],
    ids=["header-only", "truncated"],
)
def test_damaged_packages_are_errors_naming_the_file(data: bytes, message: str) -> None:
    with pytest.raises(ReadError, match=f"broken.docx: {message}"):
        read_document(data, name="broken.docx")


def test_package_without_document_part() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("content.xml", "<x/>")
    with pytest.raises(ReadError, match="a.docx: .*ZIP archive that is not a Word document"):
        read_document(out.getvalue(), name="a.docx")


def test_an_empty_zip_archive_is_a_zip_without_a_word_document() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w"):
        pass  # an empty archive starts with the end-of-archive record PK\x05\x06
    with pytest.raises(ReadError, match="empty.docx: .*ZIP archive that is not a Word document"):
        read_document(out.getvalue(), name="empty.docx")


def test_docx_under_another_extension_is_read_by_its_content() -> None:
    data = _package(_p("某某县2022年政府信息公开工作年度报告") + _p("一、总体情况"))
    doc = read_document(data, name="attachment.htm")
    assert doc.format == "docx"
    assert any("Word .docx, not HTML" in w for w in doc.warnings)
