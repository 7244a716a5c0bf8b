"""What the hand-written probe sets share (``tests/probe_hand2.py`` …): registering a probe with
its expectations, writing a set to its folder, the six parts of the national formats, and the
containers a probe may arrive in (a Word file, a PDF, a text file in another encoding or in Markdown,
a row of a CSV/JSONL/Parquet/Excel crawl table) with the reading of a probe as ``textmine tag`` reads
that input.

Example:
    >>> probes = {}
    >>> register(probes, "p1", "某县…", {}, "某县人民政府", "county", "某省", "某市", "某县", 2022, K6, T6)
    >>> probes["p1"][2]["admin_level"]
    'county'
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

#: One probe: its text, its crawler header, what a careful reader says of it.
Probe = tuple[str, dict[str, str], dict[str, Any]]

#: The six level-1 parts of the 2019 and 2021 formats: kinds and titles.
K6 = ["overview", "proactive", "requests", "appeals", "problems", "other"]
T6 = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况", "其他需要报告的事项"]
#: The preamble's citation of the regulations.
LAW = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，"


def stable_zip(save: Callable[[IO[bytes]], object]) -> bytes:
    """What ``save`` writes (a Word or Excel file: a zip), its members sorted and dated 2024-01-01,
    so that the same document gives the same bytes on every run.

    >>> import zipfile, io
    >>> def save(fh):
    ...     with zipfile.ZipFile(fh, "w") as z:
    ...         z.writestr("b.xml", "b"); z.writestr("a.xml", "a")
    >>> stable_zip(save) == stable_zip(save)
    True
    """
    raw = io.BytesIO()
    save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            member = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()

def register(probes: dict[str, Probe], pid: str, text: str, header: dict[str, str], issuer: str,  # noqa: PLR0913
             level: str, province: str | None, city: str | None, county: str | None, year: int,
             kinds: list[str], titles: list[str], *, plans: bool = True) -> None:
    """Register one probe with its expectations in ``probes``."""
    probes[pid] = (text, header, {"issuer": issuer, "admin_level": level, "province": province, "city": city,
                                  "county": county, "year": year, "kinds": kinds, "plans": plans,
                                  "titles": titles})


def section_adder(probes: dict[str, Probe]) -> Callable[..., None]:
    """The ``add`` of a section probe set writing into ``probes``: ``add(pid, content, meta, kinds, titles, *,
    plans=True, header=None)`` registers a probe with ``meta`` = (issuer, level, province, city, county, year) and its
    expected level-1 kinds and titles (as many of each).

    >>> got: dict[str, Probe] = {}
    >>> section_adder(got)("p1", "一、总体情况", ("某县人民政府", "county", None, None, None, 2023), ["overview"], ["总体情况"])
    >>> got["p1"][2]["kinds"], got["p1"][2]["plans"]
    (['overview'], True)
    """

    def add(pid: str, content: Any, meta: tuple, kinds: tuple[str, ...] | list[str],  # type: ignore[type-arg]
            titles: tuple[str, ...] | list[str], *, plans: bool = True, header: dict[str, str] | None = None) -> None:
        issuer, level, province, city, county, year = meta
        assert len(kinds) == len(titles), pid
        register(probes, pid, content, header or {}, issuer, level, province, city, county, year, list(kinds),
                 list(titles), plans=plans)

    return add


def suffix(text: str) -> str:
    """The file suffix of a probe's text: ``.html`` for a page's markup, else ``.txt``.

    >>> suffix("<!DOCTYPE html><html></html>"), suffix("一、总体情况")
    ('.html', '.txt')
    """
    return ".html" if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")) else ".txt"


def probe_file(folder: Path, pid: str) -> Path:
    """The file of probe ``pid`` in ``folder`` (its ``.html`` page when there is one, else ``.txt``)."""
    page = folder / f"{pid}.html"
    return page if page.exists() else folder / f"{pid}.txt"


def write_probes(probes: dict[str, Probe], out: Path) -> None:
    """Write every probe's text (``pid.txt``, or ``pid.html`` for a page) and the expectations
    (``expected.json``) to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    table = {}
    for pid, (text, header, want) in sorted(probes.items()):
        (out / f"{pid}{suffix(text)}").write_bytes(text.encode("utf-8"))
        table[pid] = {"expected": want, "header": header}
    (out / "expected.json").write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")


# ---------------------------------------------------------------- containers: Word, PDF, crawl tables
#
# A probe of a held-out set may arrive in the containers real reports come in. Its ``text`` is
# then a recipe instead of a string: a :class:`Docx`, a :class:`Pdf` or a :class:`CrawlRow`.
# :func:`write_probes` writes the file the recipe describes (``pid.docx``, ``pid.pdf``, or one row of
# a crawl table shared by several probes) and records it in ``expected.json`` under ``file`` (and
# ``row`` for a crawl row); :func:`read_probe` reads a probe as ``textmine tag`` reads that input.


@dataclass(frozen=True)
class Docx:
    """A Word file: ``blocks`` in order, each a paragraph (a string), a large-font centred paragraph
    (``("big", text)``), a bold paragraph of body size (``("bold", text)``), a paragraph in Word's built-in
    heading style (``("heading", level, text)``: 标题 1, 标题 2 …) or a table (``("table", rows)``,
    rows of cell texts); ``page_header`` is
    the text of the section's page header (Word's 页眉), not part of the body.

    >>> Docx(("一、总体情况",)).blocks[0]
    '一、总体情况'
    """

    blocks: tuple[Any, ...]
    page_header: str | None = None


@dataclass(frozen=True)
class Pdf:
    """A PDF drawn as a word processor prints a report: ``title`` lines centred in a large font on the
    first page, then ``paragraphs`` hard-wrapped at ``width`` characters a line (first line indented
    two characters), ``lines`` lines a page; ``running_head`` is printed at the top of every page
    after the first and ``folio`` (``{n}`` the page, ``{total}`` the pages) at the foot of every page.

    >>> Pdf(("标题",), ("正文。",)).width
    36
    """

    title: tuple[str, ...]
    paragraphs: tuple[str, ...]
    running_head: str | None = None
    folio: str | None = "— {n} —"
    width: int = 36
    lines: int = 34


@dataclass(frozen=True)
class Encoded:
    """A text file (``suffix`` ``.txt``, ``.html`` or ``.md``) written in ``encoding`` instead of
    UTF-8: ``gbk``, ``gb18030``, ``utf-8-sig`` (with a BOM), ``utf-16`` (little-endian) or ``utf-16-be``,
    both with their byte order mark.

    >>> Encoded("一、总体情况", "utf-16").bytes()[:2]
    b'\xff\xfe'
    """

    text: str
    encoding: str = "utf-8"
    suffix: str = ".txt"

    def bytes(self) -> bytes:
        """The file's bytes."""
        if self.encoding == "utf-16":
            return b"\xff\xfe" + self.text.encode("utf-16-le")
        if self.encoding == "utf-16-be":
            return b"\xfe\xff" + self.text.encode("utf-16-be")
        return self.text.encode(self.encoding)


@dataclass(frozen=True)
class CrawlRow:
    """One row of a crawl table ``table`` (``name.csv``, ``name.jsonl``, ``name.parquet`` or
    ``name.xlsx``, one report per row): the row's columns in order (the text column among them);
    a CSV table is written in the ``encoding`` of its first row (``gbk`` as Excel saves it in China)."""

    table: str
    columns: tuple[tuple[str, str], ...]
    encoding: str = "utf-8"


def container_suffix(text: Any) -> str:
    """The file suffix of a probe: ``.docx``, ``.pdf``, the crawl table's, or :func:`suffix`.

    >>> container_suffix(Docx(("x",))), container_suffix(CrawlRow("c.jsonl", ()))
    ('.docx', '.jsonl')
    """
    if isinstance(text, Docx):
        return ".docx"
    if isinstance(text, Pdf):
        return ".pdf"
    if isinstance(text, CrawlRow):
        return Path(text.table).suffix
    if isinstance(text, Encoded):
        return text.suffix
    return suffix(text)


def docx_bytes(recipe: Docx) -> bytes:
    """The Word file of a recipe (python-docx), with fixed dates so that it is the same every time."""
    import datetime

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    stamp = datetime.datetime(2024, 1, 1)
    document.core_properties.created = document.core_properties.modified = stamp
    document.core_properties.last_printed = stamp
    if recipe.page_header:
        document.sections[0].header.paragraphs[0].text = recipe.page_header
    for block in recipe.blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
        elif block[0] == "big":
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(block[1])
            run.font.size, run.font.bold = Pt(22), True
        elif block[0] == "bold":
            document.add_paragraph().add_run(block[1]).font.bold = True
        elif block[0] == "heading":
            document.add_heading(block[2], level=block[1])
        elif block[0] == "table":
            rows = block[1]
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for i, row in enumerate(rows):
                for j, value in enumerate(row):
                    table.cell(i, j).text = value
        else:
            raise ValueError(f"unknown Word block {block[0]!r}: expected a string, ('big', text), ('bold', text), ('heading', level, text) or ('table', rows)")
    return stable_zip(document.save)


#: CJK fonts matplotlib can embed in a PDF (the first that exists is used).
FONTS = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
         "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def cjk_font() -> str | None:
    """A CJK font file for drawing PDFs, or None (PDF probes cannot be rebuilt then)."""
    return next((f for f in FONTS if Path(f).is_file()), None)


def pdf_lines(recipe: Pdf) -> list[list[tuple[str, str]]]:
    """The pages of a recipe: each a list of ``(kind, text)`` lines, kind ``title``, ``body``,
    ``head`` (the running head) or ``folio``.

    >>> pages = pdf_lines(Pdf(("标题",), ("甲" * 40,), width=36))
    >>> texts = [t for _, t in pages[0]]
    >>> texts[0], texts[1] == "\\u3000\\u3000" + "甲" * 34, texts[2], texts[-1]
    ('标题', True, '甲甲甲甲甲甲', '— 1 —')
    """
    body: list[tuple[str, str]] = [("title", t) for t in recipe.title]
    for paragraph in recipe.paragraphs:
        text = "\u3000\u3000" + paragraph
        body += [("body", text[k:k + recipe.width]) for k in range(0, len(text), recipe.width)]
    chunks = [body[k:k + recipe.lines] for k in range(0, len(body), recipe.lines)] or [[]]
    pages = []
    for n, chunk in enumerate(chunks, 1):
        page = [("head", recipe.running_head)] if recipe.running_head and n > 1 else []
        page += chunk
        if recipe.folio:
            page.append(("folio", recipe.folio.format(n=n, total=len(chunks))))
        pages.append(page)
    return pages


def pdf_bytes(recipe: Pdf) -> bytes:
    """The PDF of a recipe, drawn by matplotlib with a CJK font embedded (TrueType)."""
    import io

    import matplotlib

    matplotlib.use("pdf")
    matplotlib.rcParams["pdf.fonttype"] = 42
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    font = cjk_font()
    if font is None:
        raise RuntimeError(f"no CJK font to draw a PDF probe (looked for {', '.join(FONTS)})")
    prop = FontProperties(fname=font)
    width, height = 595.0, 842.0
    out = io.BytesIO()
    with PdfPages(out, metadata={"Creator": "textmine probes", "CreationDate": None}) as pdf:
        for page in pdf_lines(recipe):
            fig = Figure(figsize=(width / 72, height / 72))
            ax = fig.add_axes((0, 0, 1, 1))
            ax.set_xlim(0, width)
            ax.set_ylim(height, 0)
            ax.axis("off")
            y = 90.0
            for kind, text in page:
                if kind == "head":
                    ax.text(width / 2, 50, text, fontproperties=prop, size=9, ha="center", va="top")
                elif kind == "folio":
                    ax.text(width / 2, height - 40, text, fontproperties=prop, size=9, ha="center")
                elif kind == "title":
                    ax.text(width / 2, y, text, fontproperties=prop, size=18, ha="center", va="top")
                    y += 30
                else:
                    ax.text(72, y, text, fontproperties=prop, size=12, ha="left", va="top")
                    y += 20
            pdf.savefig(fig)
    return out.getvalue()


def crawl_table_bytes(name: str, rows: list[CrawlRow]) -> bytes:
    """A crawl table of ``rows`` (in order): CSV with a header line, one JSON object a line, a
    Parquet file (pyarrow) or an Excel workbook (openpyxl, one sheet, a header row).

    >>> crawl_table_bytes("c.jsonl", [CrawlRow("c.jsonl", (("标题", "t"), ("内容", "x")))]).decode()
    '{"标题": "t", "内容": "x"}\\n'
    """
    if name.endswith(".jsonl"):
        return "".join(json.dumps(dict(r.columns), ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    if name.endswith(".parquet"):
        return _parquet_bytes(rows)
    if name.endswith(".xlsx"):
        return _xlsx_bytes(rows)
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow([k for k, _ in rows[0].columns])
    for r in rows:
        writer.writerow([v for _, v in r.columns])
    return out.getvalue().encode(rows[0].encoding)


def _parquet_bytes(rows: list[CrawlRow]) -> bytes:
    """A Parquet file of ``rows`` (string columns, in the first row's order)."""
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    names = [k for k, _ in rows[0].columns]
    table = pa.table({k: [dict(r.columns).get(k) for r in rows] for k in names})
    out = io.BytesIO()
    pq.write_table(table, out)
    return out.getvalue()


def _xlsx_bytes(rows: list[CrawlRow]) -> bytes:
    """An Excel workbook of ``rows`` (a header row, then one row a report), dated so that it is the
    same every time."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    names = [k for k, _ in rows[0].columns]
    sheet.append(names)
    for r in rows:
        sheet.append([dict(r.columns).get(k) for k in names])
    stamp = datetime.datetime(2024, 1, 1)
    book.properties.created = book.properties.modified = stamp
    return stable_zip(book.save)


def container_bytes(text: Any, probes: dict[str, Probe] | None = None) -> bytes:
    """The bytes of a probe's file: its text, or the file its recipe describes (a crawl row: the
    whole table, all ``probes`` that are rows of it in id order)."""
    if isinstance(text, Docx):
        return docx_bytes(text)
    if isinstance(text, Pdf):
        return pdf_bytes(text)
    if isinstance(text, Encoded):
        return text.bytes()
    if isinstance(text, CrawlRow):
        rows = [t for _, (t, _, _) in sorted((probes or {}).items()) if isinstance(t, CrawlRow) and t.table == text.table]
        return crawl_table_bytes(text.table, rows)
    return text.encode("utf-8")


def write_container_probes(probes: dict[str, Probe], out: Path) -> None:
    """Write a set whose probes may be containers: each probe's file and ``expected.json`` (with
    ``file`` and, for a crawl row, ``row``, counted from 1 in the table's id order)."""
    out.mkdir(parents=True, exist_ok=True)
    table: dict[str, Any] = {}
    rows: dict[str, int] = {}
    for pid, (text, header, want) in sorted(probes.items()):
        entry: dict[str, Any] = {"expected": want, "header": header}
        if isinstance(text, CrawlRow):
            rows[text.table] = rows.get(text.table, 0) + 1
            entry |= {"file": text.table, "row": rows[text.table]}
            if rows[text.table] == 1:
                (out / text.table).write_bytes(container_bytes(text, probes))
        else:
            entry["file"] = f"{pid}{container_suffix(text)}"
            (out / entry["file"]).write_bytes(container_bytes(text))
        table[pid] = entry
    (out / "expected.json").write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")


def read_probe(folder: Path, pid: str, entry: dict[str, Any]) -> Any:
    """The analysed report of probe ``pid`` of a set: its file (``entry["file"]``, else
    :func:`probe_file`) read as ``textmine tag`` reads it, a crawl row with the table's title, date
    and issuer given priority, and the entry's crawler header applied. A crawl row that ``tag``
    would skip as another document is an ``AssertionError``."""
    from textmine.corpus import _crawl_meta
    from textmine.ingest import read_document
    from textmine.ingest.crawl import crawl_rows, looks_like_html, names_other_document
    from textmine.pipeline import analyze

    path = folder / entry["file"] if "file" in entry else probe_file(folder, pid)
    if "row" in entry:
        row = next(r for r in crawl_rows(path) if r.row == entry["row"])
        assert not names_other_document(row.title, row.text), f"{pid}: tag skips row {row.row} ({row.title!r})"
        doc = read_document(row.text.encode("utf-8"), name=f"{path.name}#row={row.row}",
                            format="html" if looks_like_html(row.text) else "txt")
        _crawl_meta(doc, row)
    else:
        doc = read_document(path)
    doc.header = {**doc.header, **entry["header"]}
    return analyze(doc)
