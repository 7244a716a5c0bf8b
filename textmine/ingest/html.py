"""Rendering an HTML report page as text lines, with every data table kept as a grid.

The page is parsed with selectolax (Lexbor, falling back to its Modest parser). Chrome
elements (script, style, nav, header, footer, forms …, and elements whose id/class names mark
navigation, breadcrumbs, footers or share bars; see ``lexicons/chrome.yaml``) are removed,
the main content container is used when there is an obvious one that holds most of the text,
and the rest is rendered as lines: block elements (p, div, h1-h6, li, tr, br …) start new lines
so headings stay on their own line. A data table is rendered as one line per row with cells
separated by a TAB, after row- and column-spans are expanded; its grid is returned with the
raw span it was rendered to. Layout tables (holding nested tables or long text) are rendered
as ordinary blocks.

Page metadata goes to the page's header, never into the text: an info box table (索引号,
发布机构, 发文机关 …; keys in ``lexicons/chrome.yaml``), the ``<title>`` as ``网页标题`` (the reader
of metadata uses it as the report's title only when it names a report), and the site's own
name as ``网站``: the part of the ``<title>`` beside the report's name that names a government or
body (``县市场监管局2023年…年度报告_祁门县人民政府``), else the footer's ``主办``/``版权所有``.

Example:
    >>> page = render_html("<p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table>")
    >>> page.text
    '一、总体情况\\n规章\\t0'
    >>> page.tables[0].rows, (page.tables[0].start, page.tables[0].end)
    ([['规章', '0']], (7, 11))
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import Any

from textmine import lexicons
from textmine.errors import LexiconError
from textmine.ingest.chrome import LEXICON, rules
from textmine.ingest.page import RenderedPage, RenderedTable, assemble

logger = logging.getLogger(__name__)

__all__ = ["RenderedPage", "RenderedTable", "metadata_box", "render_html", "table_grid"]

#: Elements that start and end a line.
BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table thead tbody tfoot caption section "
    "article aside main blockquote pre center address figure figcaption hr title fieldset "
    "legend details summary".split()
)

#: Bold runs: one that opens a paragraph and ends with 。 or ： is a run-in head, put on its own line.
RUN_IN_TAGS = frozenset({"strong", "b"})
#: A run-in head's text: short, closed by 。 or ：, no sentence break inside.
RE_RUN_IN_HEAD = re.compile(r"^[^。；;，,！？!?]{2,30}[。：:]$")

#: Cells of a layout table render as blocks too.
LAYOUT_CELL_TAGS = frozenset({"td", "th"})

#: Runs of whitespace collapsed to one space (HTML rendering rules, plus the ideographic space).
RE_WS = re.compile(r"[\s\u00a0\u3000\u2002\u2003\u2009\u200b]+")

#: A data table cell longer than this makes the table a layout table.
MAX_DATA_CELL = 300

#: Headings that may hold the report title.
TITLE_TAGS = "h1, h2, h3"

#: The separator between a page title's parts (``标题_网站``, ``网站 - 标题``, ``标题--网站``).
RE_TITLE_SEPARATOR = re.compile(r"\s*(?:(?<!\d)[-_|｜–](?!\d)|——|—)+\s*")
#: A site named in the footer: 主办：某某县人民政府办公室 / 版权所有：某某县人民政府.
RE_FOOTER_SITE = re.compile(r"(?:主办单位|主办|版权所有)\s*[:：]\s*(?P<site>[\u4e00-\u9fff（）()]{3,40}?)(?:办公室|办公厅)?(?=[\s　，,。|｜]|承办|版权|主办|地址|联系|$)")
#: The article <meta> tags of the national standard for government websites (政府网站发展指引:
#: ArticleTitle, PubDate, ContentSource, SiteName) and the header field each fills: the article's
#: title stands for the <title> (often the site's name alone), which a title line of the text outranks.
GOV_META_NAMES = {"articletitle": "网页标题", "pubdate": "发布时间", "contentsource": "来源", "sitename": "网站"}
#: A page's info line, wherever the template puts it (under the title, after the body, in a bar
#: beside 【字体】 and 【打印】): the labelled date of publication.
RE_INFO_DATE = re.compile(r"(?P<key>发布时间|发布日期)\s*[:：]\s*(?P<value>(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?)")
#: Elements of an info box built without a table, and one of them: ``label：value`` (short).
BOX_ITEMS = "li, span, dd, p, em, label"
RE_BOX_ITEM = re.compile(r"^(?P<key>[\u4e00-\u9fff ]{2,8})[:：]\s*(?P<value>[^\s:：]{2,40})$")
#: A part of a page title that names a body (a site's owner), not the report or a column.
RE_BODY_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,40}(?:人民政府|管委会|管理委员会|委员会|厅|局|委|署|部|办|师|[市县区旗])$")


@dataclass(frozen=True)
class _HtmlRules:
    chrome_tags: frozenset[str]
    chrome_names: re.Pattern[str]
    content_names: re.Pattern[str]
    content_min_share: float
    meta_keys: frozenset[str]


@functools.lru_cache(maxsize=1)
def _rules() -> _HtmlRules:
    data = lexicons.load_yaml(LEXICON)
    try:
        return _HtmlRules(
            chrome_tags=frozenset(str(t).lower() for t in data["html_chrome_tags"]),
            chrome_names=re.compile(str(data["html_chrome_names"])),
            content_names=re.compile(str(data["html_content_names"])),
            content_min_share=float(data["html_content_min_share"]),
            meta_keys=frozenset(str(k) for k in data["html_meta_keys"]),
        )
    except (KeyError, TypeError, re.error) as exc:
        raise LexiconError(f"{LEXICON}: bad or missing html_* key: {exc}") from exc


#: Fallback rendering without a parser: script/style blocks, block tags, any tag.
RE_FALLBACK_DROP = re.compile(r"<(script|style|noscript|head)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
RE_FALLBACK_BLOCK = re.compile(
    r"<(?:/?(?:p|div|br|h[1-6]|li|tr|table|section|article)\b)[^>]*>", re.I
)
RE_FALLBACK_TAG = re.compile(r"<[^>]*>")


#: The deepest element nesting parsed as a tree; a deeper page is read by stripping tags (a real
#: page nests a few dozen levels; the parser's time grows with the square of the depth).
MAX_DEPTH = 5000
#: A start or end tag (name and whether it closes itself).
RE_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*?(/?)>")
#: Elements that never nest (void) or whose end tags may be left out (so they are not counted).
NO_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr p li dt dd tr td th "
    "option optgroup thead tbody tfoot colgroup caption rt rp html head body".split()
)


#: The number at the start of a span attribute (``" 2"``, ``"3px"``).
RE_SPAN = re.compile(r"\s*(\d+)")


def nesting_depth(markup: str) -> int:
    """The deepest nesting of elements whose end tags are required (a linear estimate).

    >>> nesting_depth("<div><span>a</span><div><b>b</b></div></div><p>c")
    3
    """
    depth = deepest = 0
    for m in RE_TAG.finditer(markup):
        if m.group(2).lower() in NO_NESTING or m.group(3):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _parse(markup: str) -> Any | None:
    """Parse with selectolax's Lexbor backend, then its Modest backend; ``None`` if neither works."""
    try:
        from selectolax.lexbor import LexborHTMLParser

        return LexborHTMLParser(markup)
    except Exception as exc:  # noqa: BLE001 - any failure of the preferred parser
        logger.debug("lexbor parser unavailable or failed (%s); trying selectolax's Modest", exc)
    try:
        from selectolax.parser import HTMLParser

        return HTMLParser(markup)
    except Exception as exc:  # noqa: BLE001 - Modest is deprecated and may refuse to import
        logger.debug("Modest parser unavailable (%s); falling back to tag stripping", exc)
    return None


def _fallback(markup: str) -> RenderedPage:
    """Render by stripping tags when no parser is available (no table grids, no chrome removal)."""
    import html as stdlib_html

    text = RE_FALLBACK_DROP.sub(" ", markup)
    text = RE_FALLBACK_BLOCK.sub("\n", text)
    text = stdlib_html.unescape(RE_FALLBACK_TAG.sub(" ", text))
    lines = [_collapse(line) for line in text.split("\n")]
    return RenderedPage(
        "\n".join(line for line in lines if line),
        warnings=["HTML read without selectolax: tables are not kept as grids"],
    )


def _collapse(text: str) -> str:
    return RE_WS.sub(" ", text).strip()


def _names(node: Any) -> str:
    attrs = node.attributes or {}
    return f"{attrs.get('id') or ''} {attrs.get('class') or ''}".lower().strip()


def _children(node: Any) -> list[Any]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _text_len(node: Any) -> int:
    return len(_collapse(node.text(deep=True, separator=" ")))


def _non_link_len(node: Any) -> int:
    total = _text_len(node)
    return total - sum(_text_len(a) for a in node.css("a"))


def _has_report_title(node: Any) -> bool:
    markers = rules().report_markers
    return any(any(w in h.text(deep=True) for w in markers) for h in node.css(TITLE_TAGS))


def _inside(node: Any, tags: frozenset[str]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _remove_chrome(body: Any) -> None:
    r = _rules()
    total = max(_text_len(body), 1)
    doomed = []
    stack = list(reversed(_children(body)))
    while stack:
        node = stack.pop()
        tag = node.tag
        if not isinstance(tag, str) or tag.startswith("-"):
            continue
        names = _names(node)
        chrome = False
        if tag in r.chrome_tags:
            chrome = not (
                tag in ("header", "footer") and _inside(node, frozenset({"article", "main"}))
            )
        elif names and r.chrome_names.search(names):
            chrome = True
        if chrome and _text_len(node) <= 0.5 * total and not _has_report_title(node):
            doomed.append(node)  # its subtree goes with it: do not descend
            continue
        stack.extend(reversed(_children(node)))
    for node in doomed:
        node.decompose()


def _content_root(body: Any) -> Any:
    r = _rules()
    total = _non_link_len(body)
    best, best_len = None, -1
    for node in body.traverse(include_text=False):
        if node.tag in ("body", "html") or not isinstance(node.tag, str):
            continue
        names = _names(node)
        if not names or not r.content_names.search(names):
            continue
        length = _non_link_len(node)
        if length > best_len:
            best, best_len = node, length
    if best is None or best_len < r.content_min_share * total:
        return body
    return best


def _is_layout_table(table: Any) -> bool:
    if any(not (nested == table) for nested in table.css("table")):
        return True  # holds a nested table (css() includes the table itself)
    cells = table.css("td, th")
    if len(cells) <= 1:
        return True
    return any(_text_len(cell) > MAX_DATA_CELL for cell in cells)


def _span(value: str | None) -> int:
    """A ``rowspan``/``colspan`` value: 1 when absent or not a number, at most 1000."""
    if not value:
        return 1
    digits = RE_SPAN.match(value)
    return max(1, min(int(digits.group(1)), 1000)) if digits else 1


#: Tags that start a new line inside a table cell (a cell's paragraphs and line breaks).
CELL_BREAKS = frozenset({"p", "div", "br", "li", "ul", "ol", "table", "tr", "td", "th", "h1", "h2", "h3", "h4",
                         "h5", "h6"})


def cell_text(cell: Any) -> str:
    """A cell's text as a browser shows it: inline runs (``<span>``, ``<font>``, ``<b>``, ``<o:p>``)
    joined as they are, so that Word's ``<span>2</span><span>45</span>`` (a number typed in two
    runs) reads ``245``; paragraphs and ``<br>`` apart by a space; whitespace in the markup kept.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> cell_text(LexborHTMLParser("<table><tr><td><p><span>2</span><span>45</span></p><p>3</p></td></tr></table>").css_first("td"))
    '245 3'
    >>> cell_text(LexborHTMLParser("<table><tr><td><span>1</span> <span>2</span></td></tr></table>").css_first("td"))
    '1 2'
    """
    traverse = getattr(cell, "traverse", None)
    if traverse is None:  # the Modest backend: no traversal, one separator between all nodes
        return _collapse(cell.text(deep=True, separator=" "))
    parts: list[str] = []
    for node in traverse(include_text=True):
        if node.tag == "-text":
            parts.append(node.text_content or "")
        elif node.tag in CELL_BREAKS:
            parts.append(" ")
    return _collapse("".join(parts))


def table_grid(table: Any) -> list[list[str]]:
    """Expand a ``<table>`` node's rows into a rectangular grid of cell texts.

    A cell with ``rowspan``/``colspan`` is repeated in every grid position it covers.
    """
    return grid_and_short_rows(table)[0]


def grid_and_short_rows(table: Any) -> tuple[list[list[str]], tuple[int, ...]]:
    """:func:`table_grid` and the rows whose cells (spans included) stop short of the grid's
    width: their empty end is padding, not empty cells the page printed."""
    rows: list[Any] = []
    for child in _children(table):
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in _children(child) if c.tag == "tr")
    grid: dict[tuple[int, int], str] = {}
    row_width: dict[int, int] = {}  # per row, one past its last filled column (spans included)
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in _children(row):
            if cell.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            text = cell_text(cell)
            attributes = cell.attributes or {}
            rowspan, colspan = _span(attributes.get("rowspan")), _span(attributes.get("colspan"))
            for dr in range(min(rowspan, len(rows) - r)):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = text
                row_width[r + dr] = max(row_width.get(r + dr, 0), c + colspan)
            c += colspan
            width = max(width, c)
        width = max(width, row_width.get(r, 0))
    short = tuple(r for r in range(len(rows)) if 0 < row_width.get(r, 0) < width)
    return [[grid.get((r, c), "") for c in range(width)] for r in range(len(rows))], short


#: Characters ignored when a metadata-box label is compared with ``html_meta_keys``.
RE_LABEL_NOISE = re.compile(r"[\s：:]+")


def metadata_box(grid: list[list[str]]) -> dict[str, str] | None:
    """Fields of a disclosure-metadata table (label, value, label, value …), else ``None``.

    >>> metadata_box([["索 引 号：", "123/2023-1", "主题分类：", "政务公开"]])
    {'索引号': '123/2023-1', '主题分类': '政务公开'}
    """
    keys = _rules().meta_keys
    fields: dict[str, str] = {}
    labels = 0
    for row in grid:
        if len(row) % 2:
            return None
        for label, value in zip(row[0::2], row[1::2], strict=True):
            key = RE_LABEL_NOISE.sub("", label)
            if not key:
                continue
            if key not in keys:
                return None
            labels += 1
            if value.strip():
                fields.setdefault(key, value.strip())
    return fields if labels >= 2 else None


class _Renderer:
    def __init__(self) -> None:
        self.lines: list[str | list[list[str]]] = []
        self.captions: dict[int, str] = {}
        self.short_rows: dict[int, tuple[int, ...]] = {}
        self.current: list[str] = []
        self.header: dict[str, str] = {}

    def flush(self) -> None:
        line = _collapse("".join(self.current))
        self.current = []
        if line:
            self.lines.append(line)

    def render(self, root: Any) -> None:
        stack: list[tuple[Any, bool]] = [(root, False)]
        while stack:
            node, closing = stack.pop()
            if closing:
                self.flush()
                continue
            tag = node.tag
            if tag == "-text":
                self.current.append(node.text(deep=False) or "")
                continue
            if not isinstance(tag, str) or tag.startswith("-"):
                continue
            if tag == "br":
                self.flush()
                continue
            if tag == "table" and not _is_layout_table(node):
                self.flush()
                grid, short = grid_and_short_rows(node)
                meta = metadata_box(grid)
                if meta is not None:
                    for key, value in meta.items():
                        self.header.setdefault(key, value)
                elif any(any(cell for cell in row) for row in grid):
                    caption = node.css_first("caption")
                    self.captions[len(self.lines)] = _collapse(caption.text()) if caption else ""
                    self.short_rows[len(self.lines)] = short
                    self.lines.append(grid)
                continue
            if tag in BLOCK_TAGS or tag in LAYOUT_CELL_TAGS or (tag in RUN_IN_TAGS and self._run_in_head(node)):
                self.flush()
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(_children(node)))
        self.flush()

    def _run_in_head(self, node: Any) -> bool:
        """Whether a bold run opens its paragraph and is closed by 。 or ：, as a run-in head is
        (``<p><strong>概述。</strong>2010年，…</p>``): it then gets a line of its own."""
        return not "".join(self.current).strip() and RE_RUN_IN_HEAD.match(_collapse(node.text() or "")) is not None

    def page(self) -> RenderedPage:
        return assemble(self.lines, captions=self.captions, header=self.header, short_rows=self.short_rows)


def page_fields(tree: Any, body: Any) -> dict[str, str]:
    """``网页标题`` (the ``<title>``), ``网站`` (the site's own name) and the fields of an info box
    built of list items or spans (``<li>发文机关：四川省统计局</li>``) of a parsed page.

    The site is the ``<title>`` part beside a report's name that names a body, else the
    footer's 主办/版权所有 (an office hosting for its government counts as the government).
    """
    fields: dict[str, str] = {}
    node = tree.css_first("title")
    title = _collapse(node.text()) if node is not None else ""
    if title:
        fields["网页标题"] = title
    for node in tree.css("meta[name]"):
        # the <meta> tags the national standard for government websites asks of every article page;
        # ArticleTitle is the page's title (a title line of the text still comes first)
        key = GOV_META_NAMES.get((node.attributes.get("name") or "").lower())
        value = _collapse(node.attributes.get("content") or "")
        if key == "网页标题" and value:
            fields[key] = value
        elif key and value:
            fields.setdefault(key, value)
    markers = rules().report_markers
    parts = [p for p in RE_TITLE_SEPARATOR.split(title) if p]
    if len(parts) >= 2 and any(w in "".join(parts) for w in markers):
        sites = [p for p in parts if not any(w in p for w in markers) and RE_BODY_NAME.fullmatch(p)]
        if sites:
            fields["网站"] = sites[-1]
    keys = _rules().meta_keys
    for node in body.css(BOX_ITEMS):
        m = RE_BOX_ITEM.match(_collapse(node.text(deep=True, separator=" ")))
        if m and RE_LABEL_NOISE.sub("", m.group("key")) in keys and m.group("key") != "标题":
            fields.setdefault(RE_LABEL_NOISE.sub("", m.group("key")), m.group("value"))
    # the disclosure-metadata table (索引号 … 发布机构 … 有效性) above the article's container: the
    # content root alone would lose it (the info line outside it: :func:`render_html`)
    for table in body.css("table"):
        if _is_layout_table(table):
            continue
        for key, value in (metadata_box(table_grid(table)) or {}).items():
            fields.setdefault(key, value)
    if "网站" not in fields:
        m = RE_FOOTER_SITE.search(_collapse(body.text(deep=True, separator=" ")[-3000:]))
        if m:
            fields["网站"] = m.group("site")
    return fields


def render_html(markup: str) -> RenderedPage:
    """Render an HTML page as text lines with its data tables as TAB-separated grids.

    Args:
        markup: the decoded page.

    Returns:
        A :class:`RenderedPage`; table spans index its ``text``.

    >>> render_html("<div class='nav'>首页</div><p>正文</p>").text
    '正文'
    """
    depth = nesting_depth(markup)
    if depth > MAX_DEPTH:  # HTML parsers slow down with the square of the nesting
        page = _fallback(markup)
        page.warnings[:] = [
            f"HTML nested {depth:,} elements deep (the limit is {MAX_DEPTH:,}): read by "
            "stripping tags, tables are not kept as grids"
        ]
        return page
    tree = _parse(markup)
    if tree is None:
        return _fallback(markup)
    body = tree.body if tree.body is not None else tree.root
    if body is None:
        return RenderedPage("")
    fields = page_fields(tree, body)
    info = RE_INFO_DATE.search(_collapse(body.text(deep=True, separator=" ")))
    _remove_chrome(body)
    root = _content_root(body)
    renderer = _Renderer()
    renderer.render(root)
    page = renderer.page()
    if info and not any(key in fields for key in ("发布时间", "发布日期")) and (
            re.sub(r"\s+", "", info.group()) not in re.sub(r"\s+", "", page.text)):
        # the info line (来源：… 发布时间：…) outside the article's container or in a removed bar: the
        # text keeps no trace of it, its date goes to the header (one the text keeps is read there)
        fields[info.group("key")] = info.group("value")
    for key, value in fields.items():
        page.header.setdefault(key, value)
    return page


#: An HTML table written into a plain or Markdown text (MinerU and other PDF converters print
#: each table as one line of ``<table>…</table>``, at times inside ``<html><body>``).
RE_EMBEDDED_TABLE = re.compile(
    r"(?:<html>\s*<body>\s*)?<table\b[^>]*>.*?</table\s*>(?:\s*</body>\s*</html>)?", re.I | re.S
)


def embedded_tables(text: str) -> tuple[str, list[RenderedTable]]:
    """``text`` with every HTML table written into it rendered as TAB-separated rows (spans
    expanded, as :func:`render_html` renders a page's tables), and those grids; a table that is
    not a grid of at least two rows (or a nested one) is left as written.

    >>> text, tables = embedded_tables("表一\\n<table><tr><td colspan=2>行政复议</td></tr><tr><td>维持</td><td>0</td></tr></table>\\n完")
    >>> text, tables[0].rows, text[tables[0].start:tables[0].end] == "行政复议\\t行政复议\\n维持\\t0"
    ('表一\\n行政复议\\t行政复议\\n维持\\t0\\n完', [['行政复议', '行政复议'], ['维持', '0']], True)
    """
    if "<table" not in text.lower():
        return text, []
    parts: list[str] = []
    tables: list[RenderedTable] = []
    pos = out_len = 0
    for m in RE_EMBEDDED_TABLE.finditer(text):
        if m.group().lower().count("<table") > 1:
            continue  # nested tables: a layout, not one grid
        tree = _parse(m.group())
        node = tree.css_first("table") if tree is not None else None
        if node is None:
            continue
        grid, short = grid_and_short_rows(node)
        if len(grid) < 2:
            continue
        rows = [[cell.replace("\t", " ").replace("\n", " ") for cell in row] for row in grid]
        block = "\n".join("\t".join(row) for row in rows)
        parts.append(text[pos:m.start()])
        out_len += m.start() - pos
        tables.append(RenderedTable(rows, out_len, out_len + len(block), short_rows=short))
        parts.append(block)
        out_len += len(block)
        pos = m.end()
    if not tables:
        return text, []
    parts.append(text[pos:])
    return "".join(parts), tables
