"""Test utility: a hostile corpus, generated (never committed as binaries).

Each shape is a function ``size -> (file name, bytes)`` so that the benchmark
(``bench/hostile.py``) can time it at growing sizes and the tests can write one copy of each
into a folder. The shapes are those a national crawl brings: empty and random files under
every extension, truncated PDF and Word files, a PDF without a text layer, HTML without a body,
wrong and mixed encodings, NUL bytes, very long lines, a text over the size limit, a Word file
whose XML expands to gigabytes or holds an entity bomb, long runs of numerals, headings and
brackets, deep HTML nesting, and a 20,000-row HTML table.

Example:
    >>> name, data = SHAPES["numeral_run"](1000)
    >>> name, len(data) > 1000
    ('numeral_run.txt', True)
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TITLE = "某某县2021年政府信息公开工作年度报告\n"


def _docx_bytes(body_xml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{W_NS}"><w:body>{body_xml}</w:body></w:document>')
    return out.getvalue()


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def valid_docx() -> bytes:
    return _docx_bytes(_para("某某县2021年政府信息公开工作年度报告") + _para("一、总体情况") + _para("主动公开信息5条。"))


def minimal_pdf(text: str = "Annual report", *, with_text: bool = True) -> bytes:
    """A one-page PDF (Helvetica text, or an empty page without a text layer)."""
    stream = f"BT /F1 11 Tf 72 700 Td ({text}) Tj ET".encode() if with_text else b"0 0 m 100 100 l S"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _zip_bomb(size: int) -> bytes:
    """A .docx whose document.xml expands to ``size`` bytes (streamed, so it costs no memory here)."""
    out = io.BytesIO()
    chunk = (_para("一") * 4096).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as handle:
            handle.write(f'<w:document xmlns:w="{W_NS}"><w:body>'.encode())
            for _ in range(max(1, size // len(chunk))):
                handle.write(chunk)
            handle.write(b"</w:body></w:document>")
    return out.getvalue()


def _entity_bomb(_size: int) -> bytes:
    lol = '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + k)} "{("&" + chr(97 + k) + ";") * 10}">' for k in range(9)
    ) + "]>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", f'{lol}<w:document xmlns:w="{W_NS}"><w:body>{_para("&j;")}</w:body></w:document>')
    return out.getvalue()


def _html_table(rows: int) -> bytes:
    cells = "".join(f'<td style="text-align:center;border:1px solid #000">{{v{k}}}</td>' for k in range(6))
    body = "".join(
        f'<tr><td style="text-align:left">第{i}项：政府信息公开申请办理情况统计指标名称</td>'
        + cells.format(**{f"v{k}": i * k for k in range(6)}) + "</tr>"
        for i in range(rows)
    )  # about 500 bytes a row: 20,000 rows make a 10 MB page
    return f"<html><body><p>{TITLE}</p><p>一、总体情况</p><table>{body}</table></body></html>".encode()


def _random(ext: str) -> Callable[[int], tuple[str, bytes]]:
    return lambda size: (f"random{ext}", random.Random(size).randbytes(size))


def _empty(ext: str) -> Callable[[int], tuple[str, bytes]]:
    return lambda size: (f"empty{ext}", b"")


#: Shape name -> function of a size (its unit depends on the shape) -> (file name, bytes).
SHAPES: dict[str, Callable[[int], tuple[str, bytes]]] = {
    **{f"empty{ext}": _empty(ext) for ext in (".txt", ".md", ".html", ".pdf", ".docx", ".doc", ".csv")},
    **{f"random{ext}": _random(ext) for ext in (".txt", ".md", ".html", ".pdf", ".docx", ".doc", ".jsonl")},
    "truncated_pdf": lambda size: ("truncated.pdf", minimal_pdf()[: max(20, size % 300)]),
    "truncated_docx": lambda size: ("truncated.docx", valid_docx()[: max(30, size % 400)]),
    "pdf_no_text_layer": lambda size: ("scan.pdf", minimal_pdf(with_text=False)),
    "html_without_body": lambda size: ("nobody.html", b"<html><head><title>x</title></head></html>"),
    "gbk_declared_utf8": lambda size: (
        "gbk-as-utf8.html",
        ('<html><head><meta charset="utf-8"></head><body><p>' + TITLE + "一、总体情况 主动公开信息5条。</p></body></html>").encode("gbk"),
    ),
    "mixed_encodings": lambda size: ("mixed.txt", (TITLE + "一、总体情况\n").encode() + "主动公开信息5条。\n".encode("gbk") * max(1, size // 20)),
    "nul_bytes": lambda size: ("nul.txt", (TITLE + "一、总体情况\n").encode() + b"\x00" * size),
    "long_line": lambda size: ("long-line.txt", (TITLE + "主动公开" * (size // 4)).encode()),
    "over_the_limit": lambda size: ("big.txt", (TITLE + "公开。" * (size // 9)).encode()),  # size bytes
    "zip_bomb": lambda size: ("bomb.docx", _zip_bomb(size)),
    "entity_bomb": lambda size: ("entity-bomb.docx", _entity_bomb(size)),
    "numeral_run": lambda size: ("numeral_run.txt", (TITLE + "一、总体情况\n" + "一二三四五六七八九十百千万" * (size // 13) + "三十五件。").encode()),
    "heading_run": lambda size: ("heading_run.txt", (TITLE + "一、总体情况" * (size // 6)).encode()),
    "heading_lines": lambda size: ("heading_lines.txt", (TITLE + "（一）主动公开\n1.发布信息3件。\n" * (size // 20)).encode()),
    "bracket_run": lambda size: ("brackets.txt", (TITLE + "（" * (size // 2) + "）" * (size // 2)).encode()),
    "digit_run": lambda size: ("digits.txt", (TITLE + "一、本年新收政府信息公开申请数量" + "1" * size).encode()),
    "deep_html": lambda size: ("deep.html", ("<html><body>" + "<div>" * size + TITLE + "</div>" * size + "</body></html>").encode()),
    "html_table": lambda size: ("table.html", _html_table(size)),
    "pipe_table": lambda size: ("pipe.md", (TITLE + "| 项目 | 数量 |\n|---|---|\n" + "".join(f"| 第{i}项 | {i} |\n" for i in range(size))).encode()),
    "rtf_as_doc": lambda size: ("rtf.doc", b"{\\rtf1\\ansi " + b"x" * size + b"}"),
    "pdf_as_htm": lambda size: ("pdf.htm", minimal_pdf()),
    "html_as_pdf": lambda size: ("error-page.pdf", b"<!DOCTYPE html><html><body><p>404 Not Found</p></body></html>"),
    "broken_crawl": lambda size: ("crawl.jsonl", ('{"title": "某县2021年政府信息公开工作年度报告", "content": "' + TITLE.strip() + '一、总体情况"}\n{broken\n').encode()),
}

#: The size each shape is written at in the hostile test corpus (the issue's own sizes where it
#: names them: a 32,000-character numeral run, a 20,000-row HTML table, a 50 MB text).
CORPUS_SIZES: dict[str, int] = {
    "numeral_run": 32_000,
    "html_table": 20_000,
    "over_the_limit": 50_000_000,
    "zip_bomb": 1 << 30,
    "long_line": 2_000_000,
    "heading_run": 60_000,
    "heading_lines": 200_000,
    "bracket_run": 200_000,
    "digit_run": 100_000,
    "deep_html": 20_000,
    "pipe_table": 20_000,
    "nul_bytes": 100_000,
    "mixed_encodings": 20_000,
}


def write_corpus(folder: Path, *, sizes: dict[str, int] | None = None, skip: tuple[str, ...] = ()) -> list[Path]:
    """Write one file of every shape into ``folder``; returns the paths."""
    sizes = {**CORPUS_SIZES, **(sizes or {})}
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for shape, make in SHAPES.items():
        if shape in skip:
            continue
        name, data = make(sizes.get(shape, 1000))
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths
