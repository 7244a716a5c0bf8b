"""Reading a PDF as a rendered page: text lines in reading order, ruled tables as grids.

Each page is read with pdfplumber (pdfminer's character boxes). Ruled tables are found from
the page's lines and rectangles; a found table is split into its *data rows* (two or more
distinct cells) and the rest: a run of data rows becomes a grid, with merged cells repeated
in every position they cover and the lines inside a cell rejoined (vertical headers such as
``结 / 果 / 维 / 持`` read ``结果维持``), while single-cell rows, which is how a page frame or a
boxed paragraph looks, stay text. Text outside grids becomes lines, in top-to-bottom order
with the grids. Page numbers (``- 3 -``, ``第3页共6页``) and running headers or footers (the
same line in the top or bottom margin of most pages) are dropped; a grid that continues on the
next page with the same columns is joined to it. Hard wraps are left for
:mod:`textmine.ingest.layout`.

A page set whose text is mostly unmapped glyphs (``(cid:12)``) or characters no Chinese report
is written in (fonts without a usable ToUnicode map give ``¿”¿¡fl‹…``) counts as having no text
layer: :class:`~textmine.errors.NoTextLayerError`, or OCR with ``ocr=True`` when ``tesseract``
and its ``chi_sim`` data are installed.

Example:
    >>> garbage_share("¿¡¥¿¡¥"), garbage_share("一、总体情况 2023年")
    (1.0, 0.0)
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textmine.errors import MissingDependencyError, NoTextLayerError, ReadError
from textmine.ingest.chrome import rules
from textmine.ingest.docx import join_lines
from textmine.ingest.page import Line, RenderedPage, assemble

logger = logging.getLogger(__name__)

#: Most pages read from one PDF.
MAX_PAGES = 1000

#: Share of a page's height counted as its top or bottom margin (running headers, footers).
MARGIN = 0.1

#: Above this share of garbage characters the text layer is unusable.
MAX_GARBAGE = 0.3

#: Fewer visible characters than this over the whole file: no text layer.
MIN_CHARS = 20

#: Seconds allowed to OCR one page.
OCR_TIMEOUT = 120

RE_CID = re.compile(r"\(cid:\d+\)")

#: Characters a Chinese report is written in: CJK, ASCII, general and CJK punctuation,
#: full-width forms, circled numbers, Greek/Cyrillic-free symbols commonly used (√ × ※ ○ ●).
RE_GOOD = re.compile(
    r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u0020-\u007e"
    r"\u2010-\u2027\u2030-\u205e\u2160-\u2188\u2190-\u23ff\u2460-\u24ff\u2500-\u27bf\u00b7\u00d7\u00f7\u00b0]"
)

RE_SPACE = re.compile(r"\s+")
#: Digit runs, masked to compare running headers and footers across pages.
RE_DIGITS = re.compile(r"\d+")


def garbage_share(text: str) -> float:
    """Share of visible characters that no Chinese report is written in (unmapped glyphs).

    >>> garbage_share("(cid:3)(cid:4)")
    1.0
    """
    cids = RE_CID.findall(text)
    visible = RE_SPACE.sub("", RE_CID.sub("", text))
    total = len(visible) + len(cids)
    if not total:
        return 0.0
    bad = len(cids) + sum(1 for ch in visible if not RE_GOOD.match(ch))
    return bad / total


@dataclass
class _Block:
    top: float
    line: Line
    margin: bool = False  # a one-line text block in the page's top or bottom margin
    cut_top: bool = False  # a grid whose first row began on the page before (cut by the page break)
    cut_bottom: bool = False  # a grid whose last row goes on on the next page


#: Vertical rules that run this far past the last (or before the first) horizontal rule: a row
#: cut by the page break, closed where its rules end.
CUT = 2.0
#: Shorter edges are the ends of a thin rectangle, not a rule.
RULE = 3.0


def _cut_lines(page: Any) -> tuple[float | None, float | None]:
    """Where a table row cut by a page break ends at the page's top and bottom: the ends of the
    vertical rules that run past every horizontal rule (``None`` when none do)."""
    # a thin rectangle drawn as a rule also has two edges across it, and a page's frame or
    # background spans the page: neither is a rule of a table
    width, height = float(page.width) * 0.9, float(page.height) * 0.9
    edges = page.edges
    hs = [e["top"] for e in edges if e.get("orientation") == "h" and RULE < e["x1"] - e["x0"] < width]
    vs = [e for e in edges if e.get("orientation") == "v" and RULE < e["bottom"] - e["top"] < height]
    if not hs or len(vs) < 2:
        return None, None
    low, high = max(hs), min(hs)
    below = [e["bottom"] for e in vs if e["bottom"] > low + CUT]
    above = [e["top"] for e in vs if e["top"] < high - CUT]
    return (min(above) if len(above) >= 2 else None), (max(below) if len(below) >= 2 else None)


def _center_in(obj: dict[str, Any], bbox: tuple[float, float, float, float]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _cell_text(chars: list[dict[str, Any]]) -> str:
    from pdfplumber.utils import extract_text

    return join_lines(extract_text(chars).split("\n")) if chars else ""


def _edges(values: list[float], tolerance: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _index(edges: list[float], value: float, tolerance: float = 2.0) -> int:
    for i, edge in enumerate(edges):
        if abs(edge - value) <= tolerance:
            return i
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def _grid_runs(
    table: Any, chars: list[dict[str, Any]]
) -> list[tuple[tuple[float, float, float, float], list[list[str]]]]:
    """The runs of data rows of one found table: ``(bbox, grid)`` for each."""
    cells = [tuple(c) for c in table.cells]
    if not cells:
        return []
    xs = _edges([c[0] for c in cells] + [c[2] for c in cells])
    ys = _edges([c[1] for c in cells] + [c[3] for c in cells])
    if len(xs) < 3 or len(ys) < 2:
        return []
    placed: dict[tuple[int, int], int] = {}
    for k, (x0, top, x1, bottom) in enumerate(cells):
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        for r in range(r0, max(r1, r0 + 1)):
            for c in range(c0, max(c1, c0 + 1)):
                placed.setdefault((r, c), k)
    inside = [ch for ch in chars if _center_in(ch, table.bbox)]
    members: dict[int, list[dict[str, Any]]] = {}
    for ch in inside:
        for k, box in enumerate(cells):
            if _center_in(ch, box):
                members.setdefault(k, []).append(ch)
                break
    texts = {k: _cell_text(members.get(k, [])) for k in range(len(cells))}
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    runs: list[tuple[tuple[float, float, float, float], list[list[str]]]] = []
    current: list[int] = []

    def data_row(r: int) -> bool:
        ids = {placed.get((r, c)) for c in range(n_cols)} - {None}
        return len(ids) >= 2

    def close() -> None:
        while current and not data_row(current[-1]):
            current.pop()  # single-cell rows after the last data row are text
        if current:
            grid = [[texts.get(placed.get((r, c), -1), "") for c in range(n_cols)] for r in current]
            bbox = (xs[0], ys[current[0]], xs[-1], ys[current[-1] + 1])
            if any(any(cell for cell in row) for row in grid):
                runs.append((bbox, grid))
        current.clear()

    for r in range(n_rows):
        if data_row(r):
            current.append(r)
        elif current:
            current.append(r)  # a caption row inside the table (第二十条第（一）项) stays in it
    close()
    return runs


#: A gap between two characters of a line wider than this many font sizes separates two columns.
COLUMN_GAP = 1.5
#: A line with this many column gaps is a row of a table drawn without rules.
COLUMN_GAPS = 2


def _spaced(chars: list[dict[str, Any]]) -> str | None:
    """A text line whose characters stand in columns (a row of a table drawn without rules:
    ``一、本年新收…数量   1435   41   369``) with two spaces at each column gap, as layout text
    prints it, so that its cells stay apart and the line is not joined to the next as a hard
    wrap; ``None`` for a line with fewer than :data:`COLUMN_GAPS` such gaps (prose).

    >>> ch = lambda t, x: {"text": t, "x0": x, "x1": x + 9, "size": 9}
    >>> _spaced([ch("合", 0), ch("计", 9), ch("1", 40), ch("2", 49), ch("0", 80)])
    '合计  12  0'
    >>> _spaced([ch("合", 0), ch("计", 9), ch("1", 40)]) is None
    True
    """
    chars = sorted((c for c in chars if c["text"].strip()), key=lambda c: c["x0"])
    if len(chars) < 2:
        return None
    size = sorted(c["size"] for c in chars)[len(chars) // 2]
    pairs = list(itertools.pairwise(chars))
    wide = [b["x0"] - a["x1"] > COLUMN_GAP * size for a, b in pairs]
    if sum(wide) < COLUMN_GAPS:
        return None
    out = [chars[0]["text"]]
    for (a, b), gap in zip(pairs, wide, strict=True):
        out.append("  " if gap else " " if b["x0"] - a["x1"] > size / 4 else "")
        out.append(b["text"])
    return "".join(out)


def _page_blocks(page: Any) -> list[_Block]:
    chars = [ch for ch in page.chars if ch.get("text", "").strip()]
    runs = []
    top_cut, bottom_cut = _cut_lines(page)
    extra = [y for y in (top_cut, bottom_cut) if y is not None]
    try:
        tables = page.find_tables({"explicit_horizontal_lines": extra} if extra else None)
    except Exception as exc:  # pdfplumber's table finder on odd geometry
        logger.debug("page %s: table finder failed: %s", page.page_number, exc)
        tables = []
    for table in tables:
        runs.extend(_grid_runs(table, chars))
    blocks = [_Block(bbox[1], grid, cut_top=top_cut is not None and abs(bbox[1] - top_cut) <= CUT,
                     cut_bottom=bottom_cut is not None and abs(bbox[3] - bottom_cut) <= CUT) for bbox, grid in runs]
    boxes = [bbox for bbox, _ in runs]
    rest = page.filter(
        lambda obj: obj.get("object_type") != "char" or not any(_center_in(obj, b) for b in boxes)
    )
    height = float(page.height) or 1.0
    for line in rest.extract_text_lines(return_chars=True):
        text = _spaced(line["chars"]) or RE_SPACE.sub(" ", line["text"]).strip()
        if text:
            edge = line["top"] < height * MARGIN or line["bottom"] > height * (1 - MARGIN)
            blocks.append(_Block(float(line["top"]), text, margin=edge))
    blocks.sort(key=lambda b: b.top)
    return blocks


def _furniture(pages: list[list[_Block]]) -> set[str]:
    """Texts of margin lines that repeat on most pages (running headers and footers)."""
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for blocks in pages:
        seen.update({RE_DIGITS.sub("#", b.line) for b in blocks if b.margin and isinstance(b.line, str)})
    # a bare number is not a repeated header: it is a page number only where it counts the pages
    # (:func:`_folios`), else a table's cell that happens to stand near the margin
    return {text for text, n in seen.items() if n >= max(3, len(pages) // 2) and text.strip() != "#"}


def _folios(pages: list[list[_Block]]) -> set[tuple[int, int]]:
    """``(page index, block index)`` of the bare page numbers: margin lines that are a number alone
    and count the pages (number minus page index the same on most pages), not a table's cells.

    >>> b = lambda s: _Block(0.0, s, margin=True)
    >>> sorted(_folios([[b("0")], [b("2"), b("7")], [b("3")], [b("4")]]))
    [(1, 0), (2, 0), (3, 0)]
    >>> _folios([[b("0")], [b("0")], [b("12")], [b("0")], [b("3")]])
    set()
    """
    bare = [(p, k, int(b.line.strip())) for p, blocks in enumerate(pages) for k, b in enumerate(blocks)
            if b.margin and isinstance(b.line, str) and b.line.strip().isdigit() and len(b.line.strip()) <= 4]
    offsets = Counter(n - p for p, _, n in bare if n >= 1)
    if not offsets:
        return set()
    offset, count = offsets.most_common(1)[0]
    if count < max(3, len(pages) // 2):  # as often as a running footer (:func:`_furniture`)
        return set()
    return {(p, k) for p, k, n in bare if n - p == offset}


def _ocr_page(pdf_bytes: bytes, index: int, tesseract: str, label: str) -> list[_Block]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf_bytes)
    try:
        image = doc[index].render(scale=300 / 72).to_pil()
    finally:
        doc.close()
    with tempfile.TemporaryDirectory(prefix="textmine-ocr-") as tmp:
        png = Path(tmp) / "page.png"
        image.save(png)
        try:
            done = subprocess.run(
                [tesseract, str(png), "stdout", "-l", "chi_sim", "--psm", "6"],
                capture_output=True, timeout=OCR_TIMEOUT, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired as exc:
            raise ReadError(label, f"OCR of page {index + 1} timed out after {OCR_TIMEOUT} s") from exc
    if done.returncode:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReadError(label, f"tesseract failed on page {index + 1}: {message[-1] if message else done.returncode}")
    text = done.stdout.decode("utf-8", "replace")
    lines = [RE_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    return [_Block(float(i), line) for i, line in enumerate(lines) if line]


def _tesseract() -> str | None:
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return None
    listed = subprocess.run([tesseract, "--list-langs"], capture_output=True, timeout=30, check=False)
    return tesseract if b"chi_sim" in listed.stdout else None


def render_pdf(
    data: bytes, *, label: str = "<pdf>", ocr: bool = False, max_pages: int = MAX_PAGES
) -> RenderedPage:
    """Render a PDF as text lines and table grids, with the offset where each page starts.

    Raises:
        MissingDependencyError: pdfplumber is not installed (``pip install 'textmine[pdf]'``).
        NoTextLayerError: no page has usable text (and no OCR was asked for or possible).
        ReadError: the file is damaged, encrypted, or has more than ``max_pages`` pages.
    """
    try:
        import pdfplumber
    except ImportError as exc:
        raise MissingDependencyError("pdfplumber", "pdf") from exc
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many types for damaged or encrypted files
        what = "encrypted (password-protected)" if "password" in str(exc).lower() or "encrypt" in type(exc).__name__.lower() else "damaged"
        raise ReadError(label, f"cannot open the PDF: {what} ({type(exc).__name__}: {exc})") from exc
    pages: list[list[_Block]] = []
    try:
        count = len(pdf.pages)
        if count > max_pages:
            raise ReadError(label, f"the PDF has {count} pages, more than the limit of {max_pages}")
        for page in pdf.pages:
            pages.append(_page_blocks(page))
            page.close()
    except ReadError:
        raise
    except Exception as exc:  # pdfminer/pdfplumber fail in many ways on damaged files
        raise ReadError(label, f"cannot read the PDF: damaged ({type(exc).__name__}: {exc})") from exc
    finally:
        try:
            pdf.close()
        except Exception:  # closing re-reads the damaged page tree
            logger.debug("%s: error while closing the PDF", label, exc_info=True)
    text = "\n".join(b.line for blocks in pages for b in blocks if isinstance(b.line, str))
    grids = sum(1 for blocks in pages for b in blocks if not isinstance(b.line, str))
    visible = len(RE_SPACE.sub("", RE_CID.sub("", text)))
    garbage = garbage_share(text)
    if (visible < MIN_CHARS and not grids) or garbage > MAX_GARBAGE:
        why = (
            f"its text decodes to garbage ({garbage:.0%} unmapped or foreign characters: fonts "
            "without a usable ToUnicode map)"
            if visible >= MIN_CHARS
            else "no page has text (a scanned document?)"
        )
        if not ocr:
            raise NoTextLayerError(
                label,
                f"no text layer: {why}; run with --ocr where tesseract-ocr and "
                "tesseract-ocr-chi-sim are installed",
            )
        tesseract = _tesseract()
        if tesseract is None:
            raise NoTextLayerError(
                label,
                f"no text layer: {why}; --ocr needs tesseract with Chinese data "
                "(apt-get install tesseract-ocr tesseract-ocr-chi-sim)",
            )
        pages = [_ocr_page(data, i, tesseract, label) for i in range(len(pages))]
    return _assemble(pages)


def _assemble(pages: list[list[_Block]]) -> RenderedPage:
    furniture = _furniture(pages)
    page_line = rules().page_lines_any
    lines: list[Line] = []
    starts: list[int] = []
    cut = False  # the last grid of the page before ends in a row cut by the page break
    folios = _folios(pages)
    for p, blocks in enumerate(pages):
        kept = [
            b
            for k, b in enumerate(blocks)
            if not (
                isinstance(b.line, str)
                and b.margin
                and (
                    page_line.match(b.line)
                    or RE_DIGITS.sub("#", b.line) in furniture
                    or (p, k) in folios
                )
            )
        ]
        first = kept[0].line if kept else None
        if (
            lines
            and first is not None
            and not isinstance(first, str)
            and not isinstance(lines[-1], str)
            and len(first[0]) == len(lines[-1][0])
        ):
            if cut and kept[0].cut_top:  # one row cut by the page break: its halves rejoined
                joined = [join_lines([a, b]) if a and b else a or b for a, b in zip(lines[-1][-1], first[0], strict=True)]
                first = [joined, *first[1:]]
                lines[-1] = lines[-1][:-1]
            lines[-1] = lines[-1] + first  # the grid goes on: it stays on the page it began
            starts.append(len(lines))
            kept = kept[1:]
        else:
            starts.append(len(lines))
        lines.extend(b.line for b in kept)
        grids = [b for b in kept if not isinstance(b.line, str)]
        cut = bool(kept) and bool(grids) and kept[-1] is grids[-1] and grids[-1].cut_bottom
    return assemble(lines, page_starts=starts, source="pdf")
