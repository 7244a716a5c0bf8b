"""Write the held-out table probes of ``tests/cases/table_probes7`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10, tables of every era from the files real
reports arrive in), every probe consistent (every identity of FORMAT.md §3 holds, so that any
error finding blames the report for our misreading):

* ``pdf_ruled``: PDFs drawn by matplotlib (CJK font embedded) with ruled tables, read by
  textmine's PDF reader: a 2021 table 三 running over two pages with its header rows repeated or
  not, a page footer ``第 n 页 共 m 页``, labels that wrap inside their cell, the merged header
  cells (法人或其他组织 over five columns), a table 二 with 规章/行政规范性文件 rows, the 2019
  table 二, the 2014 statistics table cut by a page break;
* ``pdf_unruled``: the same tables without rules (columns aligned by whitespace only);
* ``pdf_text``: text as copied out of a PDF: ``pdftotext`` (reading order, no ``-layout``) and
  ``pdftotext -layout`` of the probes' own PDFs, and a PDF viewer's copy written here: each cell
  on its own line, row labels wrapped mid-label, a page footer and a running head inside table 三,
  the numbers of one row split over two lines;
* ``docx``: the official 2021 Word template (``../shared``) filled with empty cells, 0, ``/``,
  ``—`` and 无, a paragraph of prose between tables; Word files whose tables are nested in a
  layout table, or whose merged cells are written as repeated text instead of gridSpan/vMerge;
* ``html``: rowspan/colspan, ``&nbsp;`` cells, a table 三 split in two ``<table>`` at a page break
  (header repeated or not, the cut inside the 办理结果 block), the 2014 table.

Counts run from many zeros to tens of thousands (a table 三 or 四 scaled by a whole factor keeps
every identity).

    python bench/make_table_probes7.py   # rewrites tests/cases/table_probes7/ (needs pdftotext)

Expected cells go to ``expected.json`` as in ``table_probes6``: ``{probe: {"cells":
{"table|row|col": [value, status]}, "expected_errors": [], "file": name, "shape": ...}}``.
"""

from __future__ import annotations

import copy
import io
import json
import random
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_table_probes3 import (  # noqa: E402
    CAPTIONS,
    active_grid,
    appeals_grid,
    blank_zeros,
    fmt,
    full_rows,
    report_text,
    requests_grid,
    stats_grid,
    status,
)
from bench.make_table_probes4 import (  # noqa: E402
    PAGE_H,
    PAGE_W,
    TEMPLATE,
    _lists,
    _Pdf,
    _placed,
    filled_template,
    font_path,
    gov_tables,
    html_table,
    paragraphs,
    sprinkle,
    stats_tables,
    template_fill,
)
from bench.make_table_probes5 import who_applied  # noqa: E402
from bench.make_table_probes6 import html_cells, requests_header_rows, split_grid  # noqa: E402
from tests.probe_sets import stable_zip  # noqa: E402
from tests.report_writer import consistent_values  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes7"

Grid = list[list[tuple[str, int, int]]]


# ------------------------------------------------------------------ values


def scaled(v: dict, factor: int, tables: tuple[str, ...] = ("requests", "appeals")) -> None:
    """Every count of ``tables`` times ``factor`` (sums stay sums: every identity still holds)."""
    for key, value in list(v.items()):
        if key[0] in tables and isinstance(value, int):
            v[key] = value * factor


def gov(template: str, rng: random.Random, *, fees: Decimal | int | None = None,
        procurement: tuple[int, Decimal] | None = None, factor: int = 1) -> dict:
    v = consistent_values(template, rng, blanks=False)
    if template == "gov2021" and fees is not None:
        v[("active", "fees", "amount")] = fees
    if template == "gov2019" and procurement is not None:
        v[("active", "procurement", "items")], v[("active", "procurement", "amount")] = procurement
    if factor > 1:
        scaled(v, factor)
    return v


def old(rng: random.Random, **decimals: Decimal) -> dict:
    v = consistent_values("gov2014", rng, blanks=False)
    for key, value in decimals.items():
        v[("stats", key, "value")] = value
    return v


# ------------------------------------------------------------------ PDF


class Pdf(_Pdf):
    """:class:`bench.make_table_probes4._Pdf` with the folio ``第 n 页 共 m 页`` (drawn when the
    page count is known) and an optional running head on every page after the first."""

    def __init__(self, font: str, *, head: str | None = None) -> None:
        super().__init__(font)
        self.head = head

    def new_page(self) -> None:
        from matplotlib.figure import Figure

        fig = Figure(figsize=(PAGE_W / 72, PAGE_H / 72))
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, PAGE_W)
        ax.set_ylim(PAGE_H, 0)
        ax.axis("off")
        self.pages.append(fig)
        self.ax = ax
        self.y = 56.0
        if self.head and len(self.pages) > 1:
            ax.text(PAGE_W / 2, 30, self.head, fontproperties=self.font, size=9, ha="center", va="top")

    def save(self, path: Path) -> None:
        for n, fig in enumerate(self.pages, 1):
            fig.axes[0].text(PAGE_W / 2, PAGE_H - 30, f"第 {n} 页 共 {len(self.pages)} 页", fontproperties=self.font,
                             size=9, ha="center")
        super().save(path)


def pdf_bytes(blocks: list[dict[str, Any]], *, head: str | None = None) -> bytes:
    """Paragraphs and tables (``{"grid", "widths", ...}`` as :func:`gov_tables` gives them) drawn
    as a PDF."""
    font = font_path()
    if font is None:
        raise RuntimeError("no CJK font for the PDF probes")
    pdf = Pdf(font, head=head)
    pdf.new_page()
    for block in blocks:
        if "p" in block:
            pdf.paragraph(block["p"])
        else:
            pdf.table(block["grid"], block["widths"], size=block.get("size", 9), labels=block.get("labels", 1),
                      repeat=block.get("repeat", 0), ruled=block.get("ruled", True))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.pdf"
        pdf.save(path)
        return path.read_bytes()


def gov_blocks(issuer: str, year: int, template: str, v: dict, *, before: str = "", between: str = "",
               **opts: Any) -> list[dict[str, Any]]:
    """A report's paragraphs and tables; ``before`` a prose paragraph ahead of table 三 (it moves
    the page break), ``between`` one after table 二."""
    blocks = paragraphs(issuer, year, gov_tables(template, v, **opts))
    at = next(i for i, b in enumerate(blocks) if b.get("p") == CAPTIONS["requests"])
    extra = [{"p": p} for p in (between, before) if p]
    return blocks[:at] + extra + blocks[at:]


def old_blocks(issuer: str, year: int, v: dict, *, lead: int = 0, unit_col: bool = True, ruled: bool = True
               ) -> list[dict[str, Any]]:
    """The 2014-era report: ``lead`` prose paragraphs push the statistics table over a page break."""
    tables = [(c, g, {**o, "ruled": ruled}) for c, g, o in stats_tables(v, unit_col=unit_col)]
    blocks = paragraphs(issuer, year, tables)
    filler = [{"p": f"{year}年，我区围绕重点领域信息公开，持续深化政务公开，在财政预决算、重大建设项目、公共资源配置、"
                    "社会公益事业建设等领域主动公开政府信息，并通过政府网站、政务微博和政务微信及时发布。"}] * lead
    return blocks[:3] + filler + blocks[3:]


def pdftotext(pdf: bytes, *, layout: bool = False) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.pdf"
        path.write_bytes(pdf)
        return subprocess.run(["pdftotext", *(["-layout"] if layout else []), "-enc", "UTF-8", str(path), "-"],
                              check=True, capture_output=True).stdout.decode("utf-8")


def plumber_text(pdf: bytes) -> str:
    """The text a PDF viewer copies (pdfplumber's ``extract_text``: each printed line, the cells
    of a row joined by a space, a wrapped label's lines apart), page after page."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() for page in document.pages) + "\n"


# ------------------------------------------------------------------ a PDF viewer's copy


def wrapped(text: str, width: int) -> list[str]:
    """``text`` cut every ``width`` characters (a label wrapped inside its cell)."""
    text = text.replace("\n", "")
    return [text[k:k + width] for k in range(0, len(text), width)] or [""]


def viewer_cells(grid: Grid, *, width: int, breaks: dict[str, list[str]] | None = None) -> list[str]:
    """Each cell once in reading order, a line per wrapped line of its text (labels longer than
    ``width`` characters wrap), empty cells printing nothing; the lines of ``breaks[label]`` come
    before the row whose first label is ``label`` (a page footer and running head)."""
    out: list[str] = []
    for row in grid:
        first = next((t for t, _, _ in row if t), "")
        for label, extra in (breaks or {}).items():
            if first == label or row[0][0] == label:
                out += extra
        for text, _, _ in row:
            if text:
                out += wrapped(text, width) if not text.replace(".", "").lstrip("+-").isdigit() else [text]
    return out


def viewer_rows(grid: Grid, *, width: int, split: set[str], breaks: dict[str, list[str]] | None = None) -> list[str]:
    """One line per row: its labels, then its numbers separated by spaces; a long label wraps
    (its rest on the next line, before the numbers); the numbers of a row in ``split`` break over
    two lines; ``breaks`` as in :func:`viewer_cells`."""
    out: list[str] = []
    for row in full_rows(grid):
        labels = [c.replace("\n", "") for c in row if c and not c.replace(".", "").lstrip("+-").isdigit()
                  and c not in ("/", "—", "无")]
        values = [c for c in row if c and c not in labels]
        for label, extra in (breaks or {}).items():
            if labels and labels[0] == label:
                out += extra
        text = "".join(labels)
        parts = wrapped(text, width) if text else []
        if any(c for c in row if c) is False:
            continue
        if not parts:
            parts = [""]
        if labels and labels[-1] in split and len(values) > 3:
            out += parts[:-1] + [(parts[-1] + " " + " ".join(values[:4])).strip(), " ".join(values[4:])]
        else:
            out += parts[:-1] + [(parts[-1] + " " + " ".join(values)).strip()]
    return out


# ------------------------------------------------------------------ Word


#: Digits typed full width (an input method left in full-width mode).
FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def template_docx(v: dict, issuer: str, year: int, *, between: str, counts: dict | None = None) -> bytes:
    """The official blank 2021 template with ``v`` typed into its tables (an empty string leaves a
    cell empty), prose in its sections and ``between`` as a paragraph after table 二."""
    document = filled_template(template_fill({k: fmt(x) for k, x in v.items()}))
    counts = {k: x if isinstance(x, int) else 0 for k, x in (counts or v).items()}
    prose = iter([f"{year}年，{issuer}坚持以公开为常态、不公开为例外。{who_applied(counts)}", "信息公开的及时性还有差距。",
                  "本年度未收取信息处理费。"])
    for paragraph in document.paragraphs:
        if paragraph.text.strip().startswith("（文字描述"):
            paragraph.text = next(prose, "")
        elif paragraph.text.strip() == "政府信息公开工作年度报告格式模板":
            paragraph.text = f"{issuer}{year}年政府信息公开工作年度报告"
    table = document.tables[0]._tbl
    note = copy.deepcopy(document.paragraphs[0]._p)
    table.addnext(note)
    from docx.text.paragraph import Paragraph

    Paragraph(note, document.paragraphs[0]._parent).text = between
    return _stable(document)


def _stable(document: Any) -> bytes:
    """The saved Word file with fixed zip dates (the same bytes every run)."""
    return stable_zip(document.save)


def word_tables(issuer: str, year: int, grids: list[tuple[str, Grid]], *, how: str) -> bytes:
    """A Word report with ``grids`` as tables: ``nested`` puts each table inside the one cell of a
    layout table; ``repeated`` writes merged cells as separate cells each holding the text (no
    gridSpan or vMerge), ``covered`` as their first cell with the cells they covered empty,
    ``merged`` merges them (python-docx: gridSpan and vMerge)."""
    import docx

    document = docx.Document()
    for block in paragraphs(issuer, year, [(c, g, {}) for c, g in grids]):
        if "p" in block:
            document.add_paragraph(block["p"])
            continue
        cells, n_rows, n_cols = _placed(block["grid"])
        if how == "nested":
            outer = document.add_table(rows=1, cols=1)
            holder = outer.cell(0, 0)
            holder.paragraphs[0].text = ""
            table = holder.add_table(rows=n_rows, cols=n_cols)
        else:
            table = document.add_table(rows=n_rows, cols=n_cols)
        table.style = "Table Grid"
        for r0, c0, rs, cs, text in cells:
            if how == "covered":  # no merge at all: the cells a merged cell covered left empty
                table.cell(r0, c0).text = text
                continue
            if how == "repeated":
                for a in range(rs):
                    for b in range(cs):
                        table.cell(r0 + a, c0 + b).text = text
                continue
            cell = table.cell(r0, c0)
            if rs > 1 or cs > 1:
                cell = cell.merge(table.cell(r0 + rs - 1, c0 + cs - 1))
            cell.text = text
    return _stable(document)


# ------------------------------------------------------------------ HTML


def html_page(issuer: str, year: int, parts: list[str]) -> str:
    """A portal page: the report's paragraphs with ``parts`` (HTML tables, captions) in place of
    its tables."""
    paras = [f"<p>根据《中华人民共和国政府信息公开条例》规定，特向社会公布{year}年度政府信息公开工作年度报告。</p>",
             "<p>一、总体情况</p>", f"<p>{year}年，{issuer}坚持以公开为常态、不公开为例外，不断提升政务公开质量。</p>",
             *parts, "<p>五、存在的主要问题及改进情况</p>", "<p>信息公开的及时性还有差距。</p>",
             "<p>六、其他需要报告的事项</p>", "<p>本年度未收取信息处理费。</p>", f"<p>{issuer}</p>",
             f"<p>{year + 1}年1月15日</p>"]
    return ('<html><head><meta charset="utf-8"></head><body><div class="TRS_Editor">\n' + "\n".join(paras)
            + "\n</div></body></html>\n")


def unspanned(grid: Grid) -> Grid:
    """The grid with its rowspan/colspan attributes stripped (a crawler's cleaned HTML): each cell
    one cell, the cells it covered absent, so rows under a merged cell print fewer cells."""
    return [[(t, 1, 1) for t, _, _ in row] for row in grid]


# ------------------------------------------------------------------ the set


def main() -> None:
    rng = random.Random(20261209)
    OUT.mkdir(parents=True, exist_ok=True)
    for old_file in OUT.iterdir():
        old_file.unlink()
    probes: dict[str, dict[str, Any]] = {}

    def add(name: str, shape: str, ext: str, data: str | bytes, values: dict) -> None:
        (OUT / f"{name}.{ext}").write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        probes[name] = {"file": f"{name}.{ext}", "shape": shape, "expected_errors": [],
                        "cells": {"|".join(k): list(status(val)) for k, val in sorted(values.items())}}

    long_prose = ("全年通过政府门户网站主动公开政府信息，围绕财政预决算、重大建设项目批准和实施、公共资源配置、"
                  "社会公益事业建设、乡村振兴、生态环境保护等重点领域，及时准确发布信息，并在政务新媒体同步推送。")

    # ---------------------------------------------------------------- ruled PDFs (pdfplumber)
    v = gov("gov2021", rng, fees=Decimal("3.5"), factor=23)
    blank_zeros(v, rng, share=0.5)
    add("pdf-ruled-repeat-2021", "pdf_ruled", "pdf", pdf_bytes(gov_blocks(
        "浙江省绍兴市越城区人民政府", 2022, "gov2021", v, before=long_prose, repeat=True, breaks=True)), v)
    v = gov("gov2021", rng, fees=0)
    sprinkle(v, rng, share=0.5, words=("/",))
    add("pdf-ruled-norepeat-2021", "pdf_ruled", "pdf", pdf_bytes(gov_blocks(
        "江苏省盐城市亭湖区人民政府", 2023, "gov2021", v, before=long_prose * 2, narrow=True),
        head="亭湖区2023年政府信息公开工作年度报告"), v)
    v = gov("gov2021", rng, fees="—")
    for c in ("issued", "repealed", "in_force"):
        v[("active", "rules", c)] = "/"
    sprinkle(v, rng, share=0.4, words=("无", "—"))
    add("pdf-ruled-active-2021", "pdf_ruled", "pdf", pdf_bytes(gov_blocks(
        "四川省南充市顺庆区人民政府", 2024, "gov2021", v, between="本年度我区未制发规章。", narrow=True, size=8)), v)
    v = gov("gov2019", rng, procurement=(14, Decimal("2873.46")), factor=5)
    blank_zeros(v, rng, share=0.3)
    add("pdf-ruled-2019", "pdf_ruled", "pdf", pdf_bytes(gov_blocks(
        "河南省开封市龙亭区人民政府", 2020, "gov2019", v, before=long_prose, narrow=True)), v)
    v = old(rng, fees=Decimal("0.12"), budget=Decimal("18.5"))
    add("pdf-ruled-2014", "pdf_ruled", "pdf", pdf_bytes(old_blocks("山东省烟台市芝罘区人民政府", 2016, v, lead=9)), v)
    # ---------------------------------------------------------------- unruled PDFs
    v = gov("gov2021", rng, fees=Decimal("12.6"))
    add("pdf-unruled-2021", "pdf_unruled", "pdf", pdf_bytes(gov_blocks(
        "湖南省常德市武陵区人民政府", 2022, "gov2021", v, ruled=False)), v)
    v = gov("gov2021", rng, fees=0, factor=41)
    add("pdf-unruled-break-2021", "pdf_unruled", "pdf", pdf_bytes(gov_blocks(
        "广东省东莞市人民政府", 2023, "gov2021", v, before=long_prose, ruled=False, repeat=True)), v)
    v = gov("gov2019", rng, procurement=(3, Decimal("45.8")))
    add("pdf-unruled-2019", "pdf_unruled", "pdf", pdf_bytes(gov_blocks(
        "辽宁省锦州市古塔区人民政府", 2019, "gov2019", v, ruled=False)), v)
    v = old(rng, fees=Decimal("0"), budget=Decimal("4.2"))
    add("pdf-unruled-2014", "pdf_unruled", "pdf", pdf_bytes(old_blocks(
        "河北省保定市竞秀区人民政府", 2017, v, unit_col=False, ruled=False)), v)
    # ---------------------------------------------------------------- text copied out of PDFs
    v = gov("gov2021", rng, fees=Decimal("0.8"), factor=3)
    add("pdftotext-raw-2021", "pdf_text", "txt", pdftotext(pdf_bytes(gov_blocks(
        "安徽省蚌埠市蚌山区人民政府", 2022, "gov2021", v, before=long_prose))), v)
    v = gov("gov2019", rng, procurement=(6, Decimal("318.2")))
    add("pdftotext-raw-2019", "pdf_text", "txt", pdftotext(pdf_bytes(gov_blocks(
        "黑龙江省大庆市萨尔图区人民政府", 2020, "gov2019", v, narrow=True))), v)
    v = gov("gov2021", rng, fees=Decimal("6.75"), factor=12)
    add("pdftotext-layout-unruled-2021", "pdf_text", "txt", pdftotext(pdf_bytes(gov_blocks(
        "福建省莆田市城厢区人民政府", 2023, "gov2021", v, before=long_prose, ruled=False)), layout=True), v)
    footer = ["第 3 页 共 5 页", "城厢区人民政府政府信息公开工作年度报告"]
    for name, issuer, year, template, render in (
        ("viewer-cells-2021", "江西省上饶市信州区人民政府", 2022, "gov2021", "cells"),
        ("viewer-rows-2021", "山西省晋中市榆次区人民政府", 2023, "gov2021", "rows"),
        ("viewer-rows-2019", "陕西省咸阳市秦都区人民政府", 2020, "gov2019", "rows"),
    ):
        v = gov(template, rng, fees=Decimal("1.6"), procurement=(11, Decimal("960.5")), factor=7)
        at = "（三）不予公开" if render == "cells" else "（四）无法提供"
        if render == "cells":
            grids = [viewer_cells(active_grid(template, v), width=8),
                     viewer_cells(requests_grid(template, v), width=6, breaks={at: footer}),
                     viewer_cells(appeals_grid(v), width=4)]
        else:
            split = {"（一）予以公开", "1.本机关不掌握相关政府信息", "（七）总计"}
            grids = [viewer_rows(active_grid(template, v), width=10, split=set()),
                     viewer_rows(requests_grid(template, v), width=9, split=split, breaks={at: footer}),
                     viewer_rows(appeals_grid(v), width=12, split=set())]
        parts = [CAPTIONS[k] + "\n" + "\n".join(g) for k, g in zip(("active", "requests", "appeals"), grids, strict=True)]
        add(name, "pdf_text", "txt", report_text(issuer, year, parts), v)
    v = old(rng, fees=Decimal("0.3"), budget=Decimal("9"))
    add("viewer-cells-2014", "pdf_text", "txt", "\n".join(
        ["根据《中华人民共和国政府信息公开条例》规定，特向社会公布2015年度政府信息公开工作年度报告。", "一、概述",
         "2015年，我县持续推进政府信息公开。", "附件：政府信息公开情况统计表",
         *viewer_cells(stats_grid(v), width=10, breaks={"（一）主动公开情况": [], "四、行政复议数量": [
             "第 4 页 共 6 页"]}),
         "贵州省黔东南苗族侗族自治州凯里市人民政府", "2016年3月20日"]) + "\n", v)
    # ---------------------------------------------------------------- Word
    if TEMPLATE.is_file():
        for name, issuer, year, words, share in (
            ("docx-template-empty-2022", "湖北省荆州市沙市区人民政府", 2022, ("",), 0.9),
            ("docx-template-zero-2023", "吉林省四平市铁西区人民政府", 2023, (), 0.0),
            ("docx-template-slash-2021", "广西壮族自治区玉林市玉州区人民政府", 2021, ("/",), 0.8),
            ("docx-template-dash-none-2024", "云南省曲靖市麒麟区人民政府", 2024, ("—", "无"), 0.6),
        ):
            v = gov("gov2021", rng, fees=Decimal("0.25") if share else 0, factor=1 + 6 * (share == 0.8))
            if words:
                sprinkle(v, rng, share=share, words=words, tables=("active", "requests", "appeals"))
            add(name, "docx", "docx", template_docx(v, issuer, year, between="注：本表数据统计期限为1月1日至12月31日。"), v)
    v = gov("gov2021", rng, fees=Decimal("2.2"))
    blank_zeros(v, rng, share=0.5)
    add("docx-nested-2022", "docx", "docx", word_tables("甘肃省天水市麦积区人民政府", 2022, [
        (CAPTIONS["active"], _lists(active_grid("gov2021", v), 4)), (CAPTIONS["requests"], requests_grid("gov2021", v)),
        (CAPTIONS["appeals"], appeals_grid(v))], how="nested"), v)
    v = gov("gov2019", rng, procurement=(2, Decimal("38.6")), factor=4)
    add("docx-repeated-2020", "docx", "docx", word_tables("重庆市江北区人民政府", 2020, [
        (CAPTIONS["active"], _lists(active_grid("gov2019", v), 4)), (CAPTIONS["requests"], requests_grid("gov2019", v)),
        (CAPTIONS["appeals"], appeals_grid(v))], how="repeated"), v)
    v = old(rng, fees=Decimal("0.05"), budget=Decimal("3"))
    add("docx-nested-2014", "docx", "docx", word_tables("山西省临汾市尧都区人民政府", 2016, [
        ("附件：政府信息公开情况统计表", stats_grid(v))], how="nested"), v)
    # ---------------------------------------------------------------- HTML
    v = gov("gov2021", rng, fees=Decimal("15.3"), factor=9)
    blank_zeros(v, rng, share=0.5)
    top, bottom = split_grid(requests_grid("gov2021", v), "5.属于三类内部事务信息")
    add("html-split-norepeat-2021", "html", "html", html_page("宁夏回族自治区石嘴山市大武口区人民政府", 2022, [
        f"<p>{CAPTIONS['active']}</p>", html_cells(active_grid("gov2021", v)), f"<p>{CAPTIONS['requests']}</p>",
        html_cells(top), html_cells(bottom), f"<p>{CAPTIONS['appeals']}</p>", html_cells(appeals_grid(v))]), v)
    v = gov("gov2019", rng, procurement=(31, Decimal("12874.3")))
    sprinkle(v, rng, share=0.5, words=("—",))
    top, bottom = split_grid(requests_grid("gov2019", v), "（四）无法提供")
    add("html-split-repeat-2019", "html", "html", html_page("西藏自治区林芝市巴宜区人民政府", 2020, [
        f"<p>{CAPTIONS['active']}</p>", html_table(_lists(active_grid("gov2019", v), 4), style="cms", labels=1),
        f"<p>{CAPTIONS['requests']}</p>", html_table(_lists(top), style="word", labels=3), "<p>&nbsp;</p>",
        html_table(_lists(requests_header_rows("gov2019", v) + bottom), style="word", labels=3),
        f"<p>{CAPTIONS['appeals']}</p>", html_cells(appeals_grid(v))]), v)
    v = gov("gov2021", rng, fees="不适用", factor=2)
    sprinkle(v, rng, share=0.6, words=("", "/"), tables=("active", "requests", "appeals"))
    add("html-nbsp-2023", "html", "html", html_page("青海省海西蒙古族藏族自治州格尔木市人民政府", 2023, [
        f"<p>{CAPTIONS['active']}</p>", html_cells(active_grid("gov2021", v)), f"<p>{CAPTIONS['requests']}</p>",
        html_cells(requests_grid("gov2021", v, breaks=True)), f"<p>{CAPTIONS['appeals']}</p>",
        html_cells(appeals_grid(v, breaks=True))]), v)
    v = old(rng, fees=Decimal("0"), budget=Decimal("27.35"))
    add("html-2014", "html", "html", html_page("海南省三亚市天涯区人民政府", 2018, [
        "<p>附件：政府信息公开情况统计表</p>", html_cells(stats_grid(v))]).replace(
        "二、", "二、").replace("<p>一、总体情况</p>", "<p>一、概述</p>"), v)
    # ================================================================ batch B (written after batch A was scored)
    # ---------------------------------------------------------------- a PDF viewer's text (pdfplumber's)
    v = gov("gov2021", rng, fees=Decimal("4.4"), factor=6)
    blank_zeros(v, rng, share=0.3, table="appeals", word="/")
    add("plumber-text-2021", "pdf_text", "txt", plumber_text(pdf_bytes(gov_blocks(
        "广西壮族自治区北海市海城区人民政府", 2022, "gov2021", v, before=long_prose, repeat=True))), v)
    v = gov("gov2019", rng, procurement=(8, Decimal("77.25")))
    add("plumber-text-2019", "pdf_text", "txt", plumber_text(pdf_bytes(gov_blocks(
        "内蒙古自治区赤峰市红山区人民政府", 2020, "gov2019", v, narrow=True))), v)
    v = old(rng, fees=Decimal("0.4"), budget=Decimal("15"))
    add("pdftotext-raw-2014", "pdf_text", "txt", pdftotext(pdf_bytes(old_blocks(
        "浙江省台州市椒江区人民政府", 2017, v, lead=9))), v)
    v = gov("gov2019", rng, procurement=(0, Decimal("0")), factor=2)
    add("pdftotext-raw-unruled-2019", "pdf_text", "txt", pdftotext(pdf_bytes(gov_blocks(
        "江苏省常州市天宁区人民政府", 2019, "gov2019", v, ruled=False))), v)
    # ---------------------------------------------------------------- PDFs
    v = gov("gov2019", rng, procurement=(17, Decimal("5408.9")), factor=3)
    add("pdf-unruled-break-2019", "pdf_unruled", "pdf", pdf_bytes(gov_blocks(
        "湖北省孝感市孝南区人民政府", 2020, "gov2019", v, before=long_prose, ruled=False, repeat=True, narrow=True,
        size=8)), v)
    v = gov("gov2021", rng, fees=Decimal("0.06"), factor=17)
    sprinkle(v, rng, share=0.5, words=("—",), tables=("active", "requests", "appeals"))
    add("pdf-ruled-narrow-2021", "pdf_ruled", "pdf", pdf_bytes(gov_blocks(
        "四川省乐山市市中区人民政府", 2023, "gov2021", v, before=long_prose * 3, narrow=True, breaks=True, size=10.5),
        head="乐山市市中区人民政府"), v)
    # ---------------------------------------------------------------- Word
    if TEMPLATE.is_file():
        v = gov("gov2021", rng, fees=Decimal("1.5"), factor=11)
        wide = {k: fmt(x).translate(FULL_WIDTH) for k, x in v.items()}
        add("docx-template-fullwidth-2022", "docx", "docx", template_docx(
            wide, "河南省南阳市宛城区人民政府", 2022, between="（注：数据统计时间为2022年1月1日至12月31日）",
            counts=v), v)
    v = gov("gov2021", rng, fees=Decimal("3"), factor=2)
    blank_zeros(v, rng, share=0.4)
    top, bottom = split_grid(requests_grid("gov2021", v), "1.信访举报投诉类申请")
    add("docx-split-2021", "docx", "docx", word_tables("辽宁省沈阳市和平区人民政府", 2021, [
        (CAPTIONS["active"], _lists(active_grid("gov2021", v), 4)), (CAPTIONS["requests"], top),
        ("", requests_header_rows("gov2021", v) + bottom), (CAPTIONS["appeals"], appeals_grid(v))], how="merged"), v)
    # ---------------------------------------------------------------- HTML whose spans were stripped
    v = gov("gov2021", rng, fees=Decimal("22.8"), factor=4)
    blank_zeros(v, rng, share=0.5)
    add("html-ragged-2022", "html", "html", html_page("黑龙江省佳木斯市向阳区人民政府", 2022, [
        f"<p>{CAPTIONS['active']}</p>", html_cells(unspanned(active_grid("gov2021", v))),
        f"<p>{CAPTIONS['requests']}</p>", html_cells(unspanned(requests_grid("gov2021", v))),
        f"<p>{CAPTIONS['appeals']}</p>", html_cells(unspanned(appeals_grid(v)))]), v)
    # ================================================================ batch C (written after batch B was fixed)
    v = gov("gov2021", rng, fees=Decimal("0.9"), factor=8)
    add("plumber-text-unruled-2021", "pdf_text", "txt", plumber_text(pdf_bytes(gov_blocks(
        "山东省潍坊市奎文区人民政府", 2024, "gov2021", v, before=long_prose, ruled=False, narrow=True))), v)
    v = gov("gov2019", rng, procurement=(23, Decimal("1093.6")), factor=13)
    add("pdftotext-layout-break-2019", "pdf_text", "txt", pdftotext(pdf_bytes(gov_blocks(
        "安徽省安庆市迎江区人民政府", 2020, "gov2019", v, before=long_prose * 2, repeat=True, narrow=True)),
        layout=True), v)
    v = gov("gov2021", rng, fees=Decimal("8.8"))
    blank_zeros(v, rng, share=0.6)
    add("docx-covered-empty-2023", "docx", "docx", word_tables("江西省九江市浔阳区人民政府", 2023, [
        (CAPTIONS["active"], _lists(active_grid("gov2021", v), 4)), (CAPTIONS["requests"], requests_grid("gov2021", v)),
        (CAPTIONS["appeals"], appeals_grid(v))], how="covered"), v)
    v = old(rng, fees=Decimal("1.25"), budget=Decimal("30"))
    add("pdf-ruled-break-2014", "pdf_ruled", "pdf", pdf_bytes(old_blocks(
        "陕西省汉中市汉台区人民政府", 2015, v, lead=5, unit_col=False)), v)
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    sprinkle(v, rng, share=0.5, words=("无",), tables=("active", "requests", "appeals"))
    add("viewer-cells-none-2022", "pdf_text", "txt", report_text("湖南省益阳市赫山区人民政府", 2022, [
        CAPTIONS[k] + "\n" + "\n".join(viewer_cells(g, width=7, breaks={"（五）不予处理": ["第 2 页 共 4 页"]}))
        for k, g in (("active", active_grid("gov2021", v)), ("requests", requests_grid("gov2021", v)),
                     ("appeals", appeals_grid(v)))]), v)
    (OUT / "expected.json").write_text(json.dumps(probes, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


if __name__ == "__main__":
    main()
