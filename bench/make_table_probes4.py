"""Write the held-out table probes of ``tests/cases/table_probes4``: tables as real tools render them.

Each probe is a whole report whose statistics tables hold known values satisfying every template
identity (FORMAT.md), rendered the way reports reach us: a ruled PDF (matplotlib draws the cells,
labels wrap inside their column, tables break across pages, some repeat their header rows) read by
``pdftotext -layout`` or by textmine's own PDF reader (pdfplumber); HTML tables as CMS editors and
Word's "save as web page" write them (``<br>`` inside labels, ``&nbsp;`` in empty cells, ``<th>``);
Word files, the 2021 ones filled from the official template. Provinces and levels vary, and so do
blank cells, 0, "/", 无 and decimal 万元 amounts (187321.5).

    python bench/make_table_probes4.py   # rewrites tests/cases/table_probes4/ (needs pdftotext)

Text renderings (pdftotext output, HTML) are kept as files. PDFs and Word files are not: their
recipe is kept in ``expected.json`` and :func:`build` writes the file at test time (matplotlib
with a CJK font for PDFs, python-docx for Word; ``../shared`` for the official template).
Expected cells: ``{probe: {"cells": {"table|row|col": [value, status]}, "expected_errors": [],
"file": name, "shape": ..., "recipe": {...}}}``.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_table_probes3 import (  # noqa: E402
    CAPTIONS,
    COLS,
    active_grid,
    appeals_grid,
    blank_zeros,
    fmt,
    requests_grid,
    small_requests,
    stats_grid,
    status,
)
from tests.report_writer import consistent_values, layout  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "cases" / "table_probes4"
TEMPLATE = ROOT.parent / "shared" / "corpus" / "originals" / "gov2021-template.docx"
FONTS = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
         "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
PAGE_W, PAGE_H, MARGIN = 595.0, 842.0, 56.0

Grid = list[list[list[Any]]]  # rows of [text, rowspan, colspan]


def font_path() -> str | None:
    """A CJK font matplotlib can embed, or None (PDF probes are then skipped)."""
    return next((f for f in FONTS if Path(f).is_file()), None)


# ------------------------------------------------------------------ PDF (matplotlib draws the page)


def _w(ch: str) -> float:
    return 1.0 if ord(ch) > 0x2E7F else 0.55


def wrap(text: str, width: float, size: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points (forced breaks kept)."""
    out: list[str] = []
    for part in text.split("\n"):
        line, used = "", 0.0
        for ch in part:
            if line and used + _w(ch) * size > width:
                out.append(line)
                line, used = "", 0.0
            line += ch
            used += _w(ch) * size
        out.append(line)
    return out


def _placed(grid: Grid) -> tuple[list[tuple[int, int, int, int, str]], int, int]:
    width = max(sum(c[2] for c in row) for row in grid)
    taken: set[tuple[int, int]] = set()
    cells = []
    for i, row in enumerate(grid):
        j = 0
        for text, rs, cs in row:
            while (i, j) in taken:
                j += 1
            for a in range(rs):
                for b in range(cs):
                    taken.add((i + a, j + b))
            cells.append((i, j, rs, cs, text))
            j += cs
    return cells, len(grid), width


class _Pdf:
    """Pages drawn in points from the top left."""

    def __init__(self, font: str) -> None:
        import matplotlib

        matplotlib.use("pdf")
        matplotlib.rcParams["pdf.fonttype"] = 42
        from matplotlib.font_manager import FontProperties

        self.font = FontProperties(fname=font)
        self.pages: list[Any] = []
        self.y = PAGE_H
        self.ax: Any = None

    def new_page(self) -> None:
        from matplotlib.figure import Figure

        fig = Figure(figsize=(PAGE_W / 72, PAGE_H / 72))
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, PAGE_W)
        ax.set_ylim(PAGE_H, 0)
        ax.axis("off")
        self.pages.append(fig)
        self.ax = ax
        self.y = MARGIN
        ax.text(PAGE_W / 2, PAGE_H - 30, f"- {len(self.pages)} -", fontproperties=self.font, size=9, ha="center")

    def text(self, x: float, y: float, s: str, size: float, ha: str = "left") -> None:
        if s:
            self.ax.text(x, y, s, fontproperties=self.font, size=size, ha=ha, va="top")

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.ax.plot([x0, x1], [y0, y1], color="black", lw=0.6, solid_capstyle="butt")

    def paragraph(self, s: str, size: float = 10.5) -> None:
        lines = wrap("　　" + s, PAGE_W - 2 * MARGIN, size)
        for line in lines:
            if self.y + size * 1.6 > PAGE_H - MARGIN:
                self.new_page()
            self.text(MARGIN, self.y, line, size)
            self.y += size * 1.6
        self.y += size * 0.4

    def table(self, grid: Grid, widths: list[float], *, size: float = 9, labels: int = 1, repeat: int = 0,
              ruled: bool = True) -> None:
        cells, n_rows, n_cols = _placed(grid)
        assert len(widths) == n_cols, (len(widths), n_cols)
        xs = [MARGIN]
        for w in widths:
            xs.append(xs[-1] + w)
        lead, pad = size * 1.25, 3.0
        lines = {id(c): wrap(c[4], sum(widths[c[1]:c[1] + c[3]]) - 2 * pad, size) for c in cells}
        heights = [lead + 2 * pad] * n_rows
        for c in cells:
            if c[2] == 1:
                heights[c[0]] = max(heights[c[0]], len(lines[id(c)]) * lead + 2 * pad)
        for c in cells:
            if c[2] > 1:
                need = len(lines[id(c)]) * lead + 2 * pad
                have = sum(heights[c[0]:c[0] + c[2]])
                if need > have:
                    heights[c[0] + c[2] - 1] += need - have
        # row tops page by page; a row that does not fit starts a new page (header rows repeated)
        tops: dict[int, tuple[int, float]] = {}
        page = len(self.pages) - 1
        y = self.y
        r = 0
        bottom = PAGE_H - MARGIN
        while r < n_rows:
            if y + heights[r] > bottom:
                self.new_page()
                page, y = len(self.pages) - 1, self.y
                if repeat and r >= repeat:
                    self._rows(grid, cells, lines, xs, heights, range(repeat), {k: (page, y + sum(heights[:k]))
                               for k in range(repeat)}, size, labels, ruled)
                    y += sum(heights[:repeat])
            tops[r] = (page, y)
            y += heights[r]
            r += 1
        self._rows(grid, cells, lines, xs, heights, range(n_rows), tops, size, labels, ruled)
        self.ax = self.pages[-1].axes[0]
        self.y = y + size

    def _rows(self, grid, cells, lines, xs, heights, rows, tops, size, labels, ruled) -> None:
        lead, pad = size * 1.25, 3.0
        rows = set(rows)
        for c in cells:
            r0, c0, rs, cs, _ = c
            if r0 not in rows:
                continue
            # the cell's parts on each page it reaches
            parts: dict[int, list[float]] = {}
            for r in range(r0, r0 + rs):
                if r not in tops or r not in rows:
                    continue
                p, top = tops[r]
                part = parts.setdefault(p, [top, top])
                part[1] = top + heights[r]
            x0, x1 = xs[c0], xs[c0 + cs]
            for k, (p, (top, bot)) in enumerate(sorted(parts.items())):
                ax = self.pages[p].axes[0]
                if ruled:
                    for args in ((x0, top, x1, top), (x0, bot, x1, bot), (x0, top, x0, bot), (x1, top, x1, bot)):
                        ax.plot([args[0], args[2]], [args[1], args[3]], color="black", lw=0.6)
                if k == 0:
                    text = lines[id(c)]
                    y = top + max(pad, (bot - top - len(text) * lead) / 2)
                    left = c0 < labels and c0 + cs <= labels
                    for line in text:
                        if line:
                            ax.text(x0 + pad if left else (x0 + x1) / 2, y, line, fontproperties=self.font,
                                    size=size, ha="left" if left else "center", va="top")
                        y += lead

    def save(self, path: Path) -> None:
        from matplotlib.backends.backend_pdf import PdfPages

        with PdfPages(path, metadata={"Creator": "textmine probes", "CreationDate": None}) as pdf:
            for fig in self.pages:
                pdf.savefig(fig)


PRINTED = {"blank": "", "dash": "/", "none_word": "无"}


def printed(cells: dict[str, list]) -> dict[tuple[str, ...], str]:
    """The text each expected cell is printed as (its value, or the placeholder of its status)."""
    return {tuple(k.split("|")): value if status == "number" else PRINTED[status]
            for k, (value, status) in cells.items()}


def blocks_of(recipe: dict[str, Any], cells: dict[str, list]) -> list[dict[str, Any]]:
    """The recipe's paragraphs and tables (grids of the printed cell texts)."""
    v = printed(cells)
    if recipe["template"] == "gov2014":
        tables = stats_tables(v, unit_col=recipe["opts"].get("unit_col", True))
    else:
        tables = gov_tables(recipe["template"], v, **recipe["opts"])
    return paragraphs(recipe["issuer"], recipe["year"], tables)


def write_pdf(recipe: dict[str, Any], cells: dict[str, list], path: Path) -> None:
    """The recipe's report as a PDF at ``path`` (paragraphs and ruled tables)."""
    font = font_path()
    if font is None:
        raise RuntimeError("no CJK font for the PDF probes")
    pdf = _Pdf(font)
    pdf.new_page()
    for block in blocks_of(recipe, cells):
        if "p" in block:
            pdf.paragraph(block["p"])
        else:
            pdf.table(block["grid"], block["widths"], size=block.get("size", 9), labels=block.get("labels", 1),
                      repeat=block.get("repeat", 0), ruled=block.get("ruled", True))
    pdf.save(path)


# ------------------------------------------------------------------ Word


def _unique(row) -> list:
    seen, out = set(), []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell)
    return out


def filled_template(fill: dict[str, Any]):
    """The official blank 2021 Word template (``TEMPLATE``) with ``fill`` (:func:`template_fill`)
    typed into its three tables: 表二 by row label, 表三's data rows from the bottom, 表四's last row."""
    import docx

    document = docx.Document(str(TEMPLATE))
    active, requests, appeals = document.tables[:3]
    for row in active.rows:
        cells = _unique(row)
        texts = fill["active"].get(cells[0].text.strip())
        if texts is not None:
            for cell, text in zip(cells[1:], texts, strict=True):
                cell.text = text
    data = [row for row in requests.rows if len(_unique(row)) >= 8][-len(fill["requests"]):]
    for row, texts in zip(data, fill["requests"], strict=True):
        for cell, text in zip(_unique(row)[-7:], texts, strict=True):
            cell.text = text
    for cell, text in zip(_unique(appeals.rows[-1]), fill["appeals"], strict=True):
        cell.text = text
    return document


def write_docx(recipe: dict[str, Any], cells: dict[str, list], path: Path) -> None:
    """The recipe's report as a Word file: the official 2021 template filled (``template``) or
    paragraphs and merged-cell tables written by python-docx."""
    import docx

    if recipe.get("fill"):
        document = filled_template(template_fill(printed(cells)))
        prose = iter(recipe["prose"])
        for paragraph in document.paragraphs:
            if paragraph.text.strip().startswith("（文字描述"):
                paragraph.text = next(prose, "")
            elif paragraph.text.strip() == "政府信息公开工作年度报告格式模板":
                paragraph.text = recipe["title"]
    else:
        document = docx.Document()
        for block in blocks_of(recipe, cells):
            if "p" in block:
                document.add_paragraph(block["p"])
                continue
            cells, n_rows, n_cols = _placed(block["grid"])
            table = document.add_table(rows=n_rows, cols=n_cols)
            table.style = "Table Grid"
            for r0, c0, rs, cs, text in cells:
                cell = table.cell(r0, c0)
                if rs > 1 or cs > 1:
                    cell = cell.merge(table.cell(r0 + rs - 1, c0 + cs - 1))
                cell.text = text
    out = io.BytesIO()
    document.save(out)
    path.write_bytes(out.getvalue())


def chromium() -> str | None:
    """The system Chromium (its print to PDF is how many reports were saved from a portal page)."""
    return next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)


def print_pdf(html: Path, pdf: Path) -> None:
    """``html`` printed to ``pdf`` by headless Chromium (no header or footer lines)."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("no Chromium to print the HTML probes")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", html.as_uri()],
                       check=True, capture_output=True, timeout=120)


def build(probe: dict[str, Any], folder: Path) -> Path:
    """The probe's file in ``folder``: kept text files are copied, PDFs and Word files written."""
    path = folder / probe["file"]
    if "recipe" not in probe:
        shutil.copyfile(OUT / probe["file"], path)
    elif "html" in probe["recipe"]:
        print_pdf(OUT / probe["recipe"]["html"], path)
    elif probe["file"].endswith(".pdf"):
        write_pdf(probe["recipe"], probe["cells"], path)
    else:
        write_docx(probe["recipe"], probe["cells"], path)
    return path


# ------------------------------------------------------------------ reports

PLACEHOLDER_WORDS = ("", "/", "无", "0")


def paragraphs(issuer: str, year: int, tables: list[tuple[str, Grid, dict]]) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [
        {"p": f"根据《中华人民共和国政府信息公开条例》规定，特向社会公布{issuer}{year}年度政府信息公开工作年度报告。"},
        {"p": "一、总体情况"},
        {"p": f"{year}年，{issuer}坚持以公开为常态、不公开为例外，不断提升政务公开质量，及时回应社会关切。"},
    ]
    for caption, grid, opts in tables:
        if caption:
            blocks.append({"p": caption})
        blocks.append({"grid": grid, **opts})
    blocks += [{"p": "五、存在的主要问题及改进情况"},
               {"p": "信息公开的及时性还有差距。下一步，将加强培训，提高公开质量。"},
               {"p": "六、其他需要报告的事项"}, {"p": "本年度未收取信息处理费。"},
               {"p": issuer}, {"p": f"{year + 1}年1月15日"}]
    return blocks


def gov_tables(template: str, v: dict, *, narrow: bool = False, repeat: bool = False, breaks: bool = False,
               size: float = 9, ruled: bool = True) -> list[tuple[str, Grid, dict]]:
    """Tables 二, 三, 四 with column widths (``narrow``: label columns that wrap more)."""
    usable = PAGE_W - 2 * MARGIN
    lab = [28, 56, 96] if narrow else [36, 80, 130]
    val = (usable - sum(lab)) / 7
    a = [usable * 0.34] + [usable * 0.22] * 3
    return [
        (CAPTIONS["active"], _lists(active_grid(template, v), 4), {"widths": a, "labels": 1, "size": size, "ruled": ruled}),
        (CAPTIONS["requests"], _lists(requests_grid(template, v, breaks=breaks)),
         {"widths": lab + [val] * 7, "labels": 3, "repeat": 3 if repeat else 0, "size": size, "ruled": ruled}),
        (CAPTIONS["appeals"], _lists(appeals_grid(v, breaks=breaks)), {"widths": [usable / 15] * 15, "labels": 0,
                                                                        "size": min(size, 8), "ruled": ruled}),
    ]


def stats_tables(v: dict, *, unit_col: bool = True) -> list[tuple[str, Grid, dict]]:
    usable = PAGE_W - 2 * MARGIN
    widths = [usable * 0.64, usable * 0.12, usable * 0.24] if unit_col else [usable * 0.72, usable * 0.28]
    return [("附件：政府信息公开情况统计表", _lists(stats_grid(v, unit_col=unit_col)), {"widths": widths, "labels": 1})]


def _lists(grid, width: int | None = None) -> Grid:
    """The grid as lists; with ``width``, a row's last cell spans only to the table's width."""
    out = [[[t, rs, cs] for t, rs, cs in row] for row in grid]
    for row in out if width else []:
        row[-1][2] -= max(0, sum(c[2] for c in row) - width)
    return out


def sprinkle(v: dict, rng: random.Random, *, share: float, words: tuple[str, ...], tables=("requests", "appeals")) -> None:
    """Print some zero cells as another placeholder (blank, /, 无)."""
    for key, value in list(v.items()):
        if key[0] in tables and value == 0 and rng.random() < share:
            v[key] = rng.choice(words)


def html_report(issuer: str, year: int, tables: list[tuple[str, Grid, dict]], *, style: str) -> str:
    parts = [f"<p>{b['p']}</p>" if "p" in b else html_table(b["grid"], style=style, labels=b.get("labels", 1))
             for b in paragraphs(issuer, year, tables)]
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>' \
           f"{issuer}{year}年政府信息公开工作年度报告</title></head>"
    return head + "<body>\n<div class=\"article\">\n" + "\n".join(parts) + "\n</div></body></html>\n"


def html_table(grid: Grid, *, style: str, labels: int) -> str:
    """A grid as an HTML table: ``word`` (Word's save-as-web-page: MsoNormal spans, &nbsp; in empty
    cells, widths), ``cms`` (an editor's: ``<th>`` header, ``<br>`` in wrapped labels), ``plain``."""
    out = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
           if style == "word" else '<table border="1" width="100%">']
    out.append("<tbody>")
    for i, row in enumerate(grid):
        tds = []
        for text, rs, cs in row:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            shown = text.replace("\n", "<br>") if style == "cms" else text.replace("\n", "")
            if style == "cms" and len(shown) > 12 and "<br>" not in shown:
                shown = shown[:9] + "<br>" + shown[9:]
            if style == "word":
                inner = f'<p class="MsoNormal" align="center"><span lang="EN-US" style="font-size:10.5pt">' \
                        f'{shown or "&nbsp;"}<o:p></o:p></span></p>'
                tds.append(f'<td width="{40 + 20 * cs}" valign="center"{attrs}>{inner}</td>')
            elif style == "cms" and i == 0:
                tds.append(f"<th{attrs}>{shown}</th>")
            else:
                tds.append(f"<td{attrs}>{shown}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(out + ["</tbody></table>"])


def template_fill(v: dict) -> dict[str, Any]:
    """Cell texts of the official 2021 template's three tables (by its row labels)."""
    t = {x.key: x for x in layout("gov2021")}
    active = {r.label: [fmt(v[("active", r.key, c)]) for c in r.cols] for r in t["active"].rows if not r.header}
    rows = [r for r in t["requests"].rows if not r.header]
    requests = [[fmt(v[("requests", r.key, c)]) for c in COLS] for r in rows]
    appeals = [fmt(v[("appeals", r.key, c)]) for r in t["appeals"].rows for c, _ in t["appeals"].columns]
    return {"active": active, "requests": requests, "appeals": appeals}


PLACES = [
    ("河北省石家庄市长安区人民政府", "gov2021", 2022), ("山西省大同市生态环境局", "gov2021", 2023),
    ("内蒙古自治区鄂尔多斯市东胜区交通运输局", "gov2021", 2022), ("辽宁省大连市甘井子区人民政府", "gov2019", 2019),
    ("吉林省延边朝鲜族自治州延吉市人民政府", "gov2019", 2020), ("黑龙江省哈尔滨市道里区人民政府", "gov2021", 2024),
    ("上海市徐汇区教育局", "gov2021", 2023), ("江苏省南京市玄武区玄武门街道办事处", "gov2021", 2021),
    ("浙江省杭州市余杭区人民政府", "gov2019", 2020), ("安徽省合肥市蜀山区人民政府", "gov2021", 2022),
    ("福建省厦门市思明区人民政府", "gov2019", 2019), ("江西省赣州市章贡区人民政府", "gov2021", 2023),
    ("山东省青岛市市南区人民政府", "gov2021", 2022), ("河南省郑州市金水区人民政府", "gov2019", 2020),
    ("湖北省武汉市江岸区人民政府", "gov2021", 2024), ("湖南省长沙市岳麓区人民政府", "gov2021", 2021),
    ("广东省深圳市福田区人民政府", "gov2019", 2019), ("广西壮族自治区柳州市城中区人民政府", "gov2021", 2023),
    ("海南省海口市美兰区人民政府", "gov2021", 2022), ("重庆市渝中区人民政府", "gov2019", 2020),
    ("四川省成都市武侯区人民政府", "gov2021", 2022), ("贵州省遵义市红花岗区人民政府", "gov2021", 2023),
    ("云南省昆明市五华区人民政府", "gov2019", 2019), ("西藏自治区日喀则市桑珠孜区人民政府", "gov2021", 2022),
    ("陕西省西安市碑林区人民政府", "gov2021", 2024), ("甘肃省兰州市城关区人民政府", "gov2019", 2020),
    ("青海省西宁市城东区人民政府", "gov2021", 2023), ("宁夏回族自治区吴忠市利通区人民政府", "gov2021", 2022),
    ("新疆维吾尔自治区乌鲁木齐市天山区人民政府", "gov2019", 2020), ("北京市海淀区市场监督管理局", "gov2021", 2021),
    ("天津市和平区人民政府", "gov2021", 2022), ("国家税务总局某省税务局", "gov2021", 2023),
    ("湖北省宜昌市夷陵区小溪塔街道办事处", "gov2021", 2022), ("四川省宜宾市叙州区柏溪镇人民政府", "gov2019", 2020),
]
OLD = [("山东省淄博市张店区人民政府", 2015), ("江苏省无锡市梁溪区人民政府", 2017), ("浙江省宁波市海曙区人民政府", 2016),
       ("湖南省株洲市芦淞区人民政府", 2018)]


def values_for(template: str, rng: random.Random, k: int) -> dict:
    """Consistent values with this probe's mix of placeholders and amounts."""
    v = consistent_values(template, rng, blanks=False)
    kind = k % 5
    if kind == 0:
        blank_zeros(v, rng, share=0.5)
    elif kind == 1:
        sprinkle(v, rng, share=0.4, words=("/", "无"))
    elif kind == 2:
        small_requests(rng, v, template)
        blank_zeros(v, rng, share=0.3)
    elif kind == 3:
        sprinkle(v, rng, share=0.3, words=("", "/"), tables=("active", "requests", "appeals"))
    if template == "gov2021":
        v[("active", "fees", "amount")] = [Decimal("187321.5"), Decimal("0.35"), 0, Decimal("12.8"), ""][k % 5]
    else:
        v[("active", "procurement", "items")] = [12, 3, 0, 41, 7][k % 5]
        v[("active", "procurement", "amount")] = [Decimal("187321.5"), Decimal("56.8"), 0, Decimal("3027.45"),
                                                  Decimal("915")][k % 5]
    return v


def cells_of(v: dict) -> dict[str, list]:
    return {"|".join(k): list(status(x)) for k, x in sorted(v.items())}


def recipe_of(template: str, issuer: str, year: int, v: dict, opts: dict[str, Any]) -> dict[str, Any]:
    return {"template": template, "issuer": issuer, "year": year, "opts": opts}


def main() -> None:
    if shutil.which("pdftotext") is None or font_path() is None or chromium() is None:
        sys.exit("needs pdftotext (poppler-utils), Chromium and a CJK font")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    rng = random.Random(20261207)
    probes: dict[str, dict[str, Any]] = {}

    def add(name: str, file: str, values: dict, shape: str, *, recipe: dict | None = None, text: str | None = None) -> None:
        if text is not None:
            (OUT / file).write_bytes(text.encode("utf-8"))
        probes[name] = {"file": file, "shape": shape, "expected_errors": [], "cells": cells_of(values)}
        if recipe is not None:
            probes[name]["recipe"] = recipe

    places = iter(PLACES * 2)
    # PDF read by pdftotext -layout (kept) and by pdfplumber (written at test time): 2019/2021
    for shape in ("pdftotext", "pdfplumber"):
        for k in range(12):
            issuer, template, year = next(places)
            v = values_for(template, rng, k)
            opts = {"narrow": k % 3 == 1, "repeat": k % 4 == 2, "breaks": k % 2 == 1, "size": [9, 8, 10.5][k % 3],
                    "ruled": k != 11}
            recipe = recipe_of(template, issuer, year, v, opts)
            name = f"{shape}-{template[3:]}-{k:02d}"
            if shape == "pdftotext":
                with tempfile.TemporaryDirectory() as tmp:
                    pdf = Path(tmp) / "r.pdf"
                    write_pdf(recipe, cells_of(v), pdf)
                    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                                          capture_output=True).stdout.decode("utf-8")
                add(name, f"{name}.txt", v, shape, text=text)
            else:
                add(name, f"{name}.pdf", v, shape, recipe=recipe)
    # old era: the 2014 statistics table as a PDF (both readers) and HTML
    for k, (issuer, year) in enumerate(OLD):
        v = consistent_values("gov2014", rng, blanks=False)
        v[("stats", "fees", "value")] = [Decimal("0.02"), 0, Decimal("1.5"), ""][k]
        recipe = recipe_of("gov2014", issuer, year, v, {"unit_col": k % 2 == 0})
        shape = ("pdftotext", "pdfplumber", "html", "docx")[k]
        name = f"{shape}-2014-{k:02d}"
        if shape == "pdftotext":
            with tempfile.TemporaryDirectory() as tmp:
                pdf = Path(tmp) / "r.pdf"
                write_pdf(recipe, cells_of(v), pdf)
                text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                      capture_output=True).stdout.decode("utf-8")
            add(name, f"{name}.txt", v, shape, text=text)
        elif shape == "pdfplumber":
            add(name, f"{name}.pdf", v, shape, recipe=recipe)
        elif shape == "html":
            add(name, f"{name}.html", v, shape, text=html_report(issuer, year, stats_tables(v, unit_col=False),
                                                                  style="word"))
        else:
            add(name, f"{name}.docx", v, shape, recipe=recipe)
    # HTML: Word's web page, a CMS editor's table, plain
    for k in range(9):
        issuer, template, year = next(places)
        v = values_for(template, rng, k + 2)
        style = ("word", "cms", "plain")[k % 3]
        name = f"html-{style}-{template[3:]}-{k:02d}"
        add(name, f"{name}.html", v, "html",
            text=html_report(issuer, year, gov_tables(template, v, breaks=k % 2 == 0), style=style))
    # the HTML pages printed to PDF by Chromium, read by pdfplumber (printed at test time) and by
    # pdftotext -layout (kept)
    for html in sorted(n for n in probes if n.startswith("html-"))[::2]:
        era = html.split("-")[-2]
        name = f"pdfplumber-chromium-{era}-{html.split('-')[-1]}"
        probes[name] = dict(probes[html], file=f"{name}.pdf", shape="pdfplumber", recipe={"html": probes[html]["file"]})
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "r.pdf"
            print_pdf(OUT / probes[html]["file"], pdf)
            text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                                  capture_output=True).stdout.decode("utf-8")
        name = f"pdftotext-chromium-{era}-{html.split('-')[-1]}"
        add(name, f"{name}.txt", {}, "pdftotext", text=text)
        probes[name]["cells"] = probes[html]["cells"]
    # Word: the official 2021 template filled; 2019 tables written with merged cells
    for k in range(9):
        issuer, template, year = next(places)
        if k < 6:
            template = "gov2021"
        v = values_for(template, rng, k + 1)
        name = f"docx-{template[3:]}-{k:02d}"
        if template == "gov2021" and TEMPLATE.is_file() and k % 3 != 2:
            recipe = {"fill": True, "title": f"{issuer}{year}年政府信息公开工作年度报告",
                      "prose": [f"{year}年，{issuer}坚持以公开为常态、不公开为例外。", "信息公开的及时性还有差距。",
                                "本年度未收取信息处理费。"]}
        else:
            recipe = recipe_of(template, issuer, year, v, {"breaks": k % 2 == 0})
        add(name, f"{name}.docx", v, "docx", recipe=recipe)
    lines = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(p, ensure_ascii=False, sort_keys=True)}"
             for k, p in sorted(probes.items())]
    (OUT / "expected.json").write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{len(probes)} probes, {sum(len(p['cells']) for p in probes.values())} cells -> {OUT}")


if __name__ == "__main__":
    main()
