"""Fuzzing the binary readers (Word, PDF): damaged, truncated and mutated files raise ReadError.

A modest number of examples runs in CI; set ``TEXTMINE_FUZZ_EXAMPLES=10000`` for a long run.
"""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textmine.errors import ReadError
from textmine.ingest import read_document

EXAMPLES = int(os.environ.get("TEXTMINE_FUZZ_EXAMPLES", "150"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(xml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", xml)
    return out.getvalue()


VALID_DOCX = _docx(
    f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>'
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc>"
    '<w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc>'
    "</w:tr></w:tbl></w:body></w:document>"
)


def _read(data: bytes, name: str) -> None:
    try:
        read_document(data, name=name)
    except ReadError as exc:
        assert name in str(exc)


def _mutate(data: bytes, edits: list[tuple[int, int]], cut: int) -> bytes:
    buf = bytearray(data[: max(1, len(data) - cut)])
    for pos, value in edits:
        buf[pos % len(buf)] = value
    return bytes(buf)


EDITS = st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 255)), max_size=12)


@SETTINGS
@given(edits=EDITS, cut=st.integers(0, 400))
def test_mutated_docx_packages(edits, cut) -> None:
    _read(_mutate(VALID_DOCX, edits, cut), "fuzz.docx")


XML_PIECES = st.sampled_from(
    ["<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>",
     "<w:tc>", "</w:tc>", '<w:gridSpan w:val="99999"/>', "<w:vMerge/>", '<w:numPr><w:numId w:val="1"/></w:numPr>',
     "<w:br/>", "<w:tab/>", "一", "0", "&amp;", "<![CDATA[x]]>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"]
)  # fmt: skip


@SETTINGS
@given(st.lists(XML_PIECES, max_size=60))
def test_generated_docx_xml(pieces) -> None:
    xml = f'<w:document xmlns:w="{W_NS}"><w:body>' + "".join(pieces) + "</w:body></w:document>"
    _read(_docx(xml), "gen.docx")


pdfplumber = pytest.importorskip("pdfplumber")


PDF_TEXT = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n"
    b"4 0 obj\n<< /Length 60 >>\nstream\nBT /F1 11 Tf 72 700 Td (Annual report of the bureau) Tj ET\nendstream\nendobj\n"
    b"5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


@SETTINGS
@given(edits=EDITS, cut=st.integers(0, 300))
def test_mutated_pdfs(edits, cut) -> None:
    _read(_mutate(PDF_TEXT, edits, cut), "fuzz.pdf")


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]))
def test_random_bytes_behind_binary_magic(body, magic) -> None:
    for name in ("x.pdf", "x.docx", "x.txt"):
        if magic.startswith(b"\xd0") and name != "x.txt":
            continue  # .doc conversion runs an external tool: covered in test_doc.py
        _read(magic + body, name)
