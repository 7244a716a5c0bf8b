"""PDF reading: the original PDFs of r020/r021 against their gold, pages, furniture, no text layer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textmine.errors import NoTextLayerError, ReadError
from textmine.ingest import read_document
from textmine.ingest.pdf import garbage_share

pytest.importorskip("pdfplumber")

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
ORIGINALS = [CORPUS / "originals" / f"{rid}.pdf" for rid in ("r020", "r021")]


def _pdf(pages: list[list[tuple[float, str]]], *, width: int = 595, height: int = 842) -> bytes:
    """A minimal PDF: each page a list of ``(y, text)`` lines in Helvetica (WinAnsi bytes)."""
    objects: list[bytes] = []
    kids = []
    font_id = 3 + 2 * len(pages)
    for i, lines in enumerate(pages):
        page_id, content_id = 3 + 2 * i, 4 + 2 * i
        kids.append(f"{page_id} 0 R")
        stream = b"".join(
            b"BT /F1 11 Tf 72 %d Td (" % int(y)
            + text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            + b") Tj ET\n"
            for y, text in lines
        )
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Contents {content_id} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    head = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(head + objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref)
    return out


def _body(n: int) -> list[tuple[float, str]]:
    return [(700 - 20 * k, f"Paragraph {n}.{k} of the annual report on open government information.") for k in range(8)]


def test_running_headers_footers_and_page_numbers_are_dropped() -> None:
    pages = [
        [(810, "Annual Report 2023 of the Example Bureau"), *_body(n), (30, f"- {n} -")] for n in (1, 2, 3, 4)
    ]
    doc = read_document(_pdf(pages), name="report.pdf")
    assert doc.format == "pdf"
    assert "Annual Report 2023" not in doc.text
    assert "- 2 -" not in doc.text and "- 4 -" not in doc.text
    assert "Paragraph 3.5" in doc.text
    assert len(doc.pages) == 4
    assert doc.page_of(doc.text.index("Paragraph 1.0")) == 1
    assert doc.page_of(doc.text.index("Paragraph 3.2")) == 3
    assert doc.page_of(doc.text.index("Paragraph 4.7")) == 4


def test_a_line_repeated_in_the_body_is_not_furniture() -> None:
    pages = [[(700, "Same sentence in the body on every page."), *_body(n)[1:]] for n in (1, 2, 3)]
    doc = read_document(_pdf(pages), name="report.pdf")
    assert doc.text.count("Same sentence in the body") == 3


def test_page_number_pattern_only_in_the_margin() -> None:
    pages = [[*_body(1), (400, "- 7 -")]]  # mid-page: not a page number position
    assert "- 7 -" in read_document(_pdf(pages), name="a.pdf").text


def test_pdf_without_text_is_a_no_text_layer_warning(tmp_path: Path) -> None:
    import pandas as pd

    from textmine.corpus import run

    blank = _pdf([[], []])
    with pytest.raises(NoTextLayerError, match="scan.pdf: no text layer.*--ocr"):
        read_document(blank, name="scan.pdf")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.pdf").write_bytes(blank)
    run([tmp_path / "in"], tmp_path / "out")
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet")
    assert manifest.loc[0, "status"] == "warning"
    assert manifest.loc[0, "message"].startswith("no text layer")


def test_garbage_text_layer_is_not_analysed() -> None:
    garbage = "¿”¿¡fl‹…ÆÐ¾÷ÛÞ" * 6
    pages = [[(700 - 20 * k, garbage) for k in range(10)]]
    with pytest.raises(NoTextLayerError, match="decodes to garbage"):
        read_document(_pdf(pages), name="bad-fonts.pdf")


def test_garbage_share() -> None:
    assert garbage_share("一、总体情况。2023年主动公开政府信息1136条（含规章）") == 0.0
    assert garbage_share("(cid:1)(cid:2)(cid:3)一") > 0.7
    assert garbage_share("") == 0.0
    assert garbage_share("Ãƒâ€" * 10) > 0.5


@pytest.mark.parametrize("data", [b"%PDF-1.4\n%garbage", b"%PDF-1.4\n" + b"\x00" * 500], ids=["short", "nuls"])
def test_damaged_pdf_is_an_error_naming_the_file(data: bytes) -> None:
    with pytest.raises(ReadError, match="broken.pdf: cannot open the PDF: damaged"):
        read_document(data, name="broken.pdf")


def test_page_limit() -> None:
    from textmine.ingest.pdf import render_pdf

    with pytest.raises(ReadError, match="has 3 pages, more than the limit of 2"):
        render_pdf(_pdf([_body(1)] * 3), label="long.pdf", max_pages=2)


def test_pdf_named_htm_is_read_as_pdf() -> None:
    doc = read_document(_pdf([_body(1)]), name="attachment.htm")
    assert doc.format == "pdf"
    assert "PDF, not HTML" in doc.warnings[0]


def test_html_error_page_named_pdf_is_read_as_html_with_a_warning() -> None:
    doc = read_document(b"<!DOCTYPE html><html><body><p>404 Not Found</p></body></html>", name="a.pdf")
    assert doc.format == "html"
    assert any("HTML, not PDF" in w for w in doc.warnings)


# ------------------------------------------------------------------ real reports


def _gold(rid: str) -> dict:
    return json.loads((CORPUS / "gold" / f"{rid}.json").read_text(encoding="utf-8"))


@pytest.mark.skipif(not all(p.exists() for p in ORIGINALS), reason="../shared/corpus/originals absent")
@pytest.mark.parametrize("path", ORIGINALS, ids=lambda p: p.stem)
def test_original_pdfs_agree_with_the_gold_of_their_text_versions(path: Path) -> None:
    import textmine

    gold = _gold(path.stem)
    report = textmine.read(path)
    got = {(c.template, c.table, c.row_key, c.col_key): c for c in report.cell_records}
    cells = [g for g in gold["cells"] if not g.get("ambiguous")]
    right = 0
    for g in cells:
        c = got.get((g["template"], g["table"], g["row_key"], g["col_key"]))
        if c is not None and c.status == g["status"] and (
            g.get("value") is None or (c.value is not None and float(c.value) == float(g["value"]))
        ):
            right += 1
    assert right / len(cells) >= 0.99, (right, len(cells))
    kinds = [s.kind for s in report.sections if s.level == 1]
    assert kinds == [s["kind"] for s in gold["sections"] if s.get("level", 1) == 1][: len(kinds)]
    assert report.meta.year == gold["meta"]["year"]
    assert report.meta.issuer == gold["meta"]["issuer"]


@pytest.mark.skipif(not all(p.exists() for p in ORIGINALS), reason="../shared/corpus/originals absent")
def test_original_pdf_pages_are_kept_for_provenance() -> None:
    import textmine

    report = textmine.read(ORIGINALS[0])
    doc = report.document
    assert len(doc.pages) == 5
    found = report.cells[report.cells["status"] != "missing"]
    assert found["page"].between(1, 5).all()
    pages = [doc.page_of(s.start) for s in report.sentences]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == 5
    first = next(c for c in report.cell_records if (c.table, c.row_key, c.col_key) == ("requests", "new_received", "total"))
    assert doc.page_of(first.start) == 3  # the requests table starts on page 3
    appeals = [c for c in report.cell_records if c.table == "appeals" and c.start is not None]
    assert {doc.page_of(c.start) for c in appeals} == {4}
    assert "- 1 -" not in doc.text and "- 3 -" not in doc.text
    assert doc.page_of(doc.text.index("六、其他需要报告的事项")) == 5


# ------------------------------------------------------------------ OCR (optional)

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def _scanned_pdf() -> bytes:
    import io

    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 40)
    image = Image.new("RGB", (1654, 2339), "white")
    draw = ImageDraw.Draw(image)
    lines = ["一、总体情况", "2022年，全县主动公开政府信息1136条，", "受理政府信息公开申请21件。", "二、主动公开政府信息情况"]
    for i, line in enumerate(lines):
        draw.text((150, 200 + 80 * i), line, fill="black", font=font)
    out = io.BytesIO()
    image.save(out, "PDF", resolution=200)
    return out.getvalue()


@pytest.mark.skipif(not FONT.exists(), reason="fonts-wqy-microhei not installed (needed to draw the scan)")
def test_scanned_pdf_needs_ocr_and_reads_with_it() -> None:
    from textmine.ingest.pdf import _tesseract

    data = _scanned_pdf()
    with pytest.raises(NoTextLayerError, match="no page has text"):
        read_document(data, name="scan.pdf")
    if _tesseract() is None:
        with pytest.raises(NoTextLayerError, match="apt-get install tesseract-ocr tesseract-ocr-chi-sim"):
            read_document(data, name="scan.pdf", ocr=True)
        pytest.skip("tesseract with chi_sim not installed")
    doc = read_document(data, name="scan.pdf", ocr=True)
    assert "一、总体情况" in doc.text
    assert "1136" in doc.text and "21件" in doc.text
    assert doc.pages == [0]
