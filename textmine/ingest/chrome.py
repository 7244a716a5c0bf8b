"""Portal chrome and archiver furniture: found as drop ranges over the raw text.

Chrome is whatever a web portal or a crawler wrapped around the report: breadcrumbs, share
buttons, font-size switches, footers (主办/承办, Copyright, ICP备…号, 网站标识码), and the header
block an archiver wrote above a saved page. Patterns are data in ``lexicons/chrome.yaml``.

Nothing is deleted here: :func:`find_chrome` returns ``(start, end)`` ranges of the raw text
that the reader passes to :func:`textmine.normalize.normalize`, so offsets stay exact. Values
that chrome carries (the archiver's 标题/发布时间/发布机构, a breadcrumb's 来源 and 时间) are
returned as header fields before the text holding them is dropped.

Rules, in order:
1. an archiver header block at the very start (``标题: …`` … ``==== 正文 ====``, or the same
   key-value lines without the divider) is dropped and its fields parsed; other header lines
   near the start (``发布时间：`` ``发布日期：`` ``来源：`` ``发布机构：``) are parsed and kept
   (:func:`leading_header`);
2. short lines (``max_chrome_line``) matching ``lines``, link bars (``a | b | c``) and lines made
   only of page-metadata ``fields`` and ``tokens`` are dropped anywhere; ``edge_lines`` (地址,
   电话 …) only inside the chrome block at the top or bottom, because a report's own contact
   lines use the same words;
   a related-links list that ends the content (a ``related_list`` caption such as 相关链接, then
   only short lines without sentence punctuation: the titles of other pages) is dropped too;
3. inside lines: a breadcrumb lead-in at the start of a line (the page title after it is
   kept), tail chrome such as ``来源：X 附件下载`` at the end, and ``anywhere`` patterns.

Example:
    >>> raw = "您现在的位置：首页 >> 年报\\n高台县2016年政府信息公开工作年度报告\\n版权所有"
    >>> result = find_chrome(raw)
    >>> [raw[s:e] for s, e in result.drops]
    ['您现在的位置：首页 >> 年报\\n', '\\n版权所有']
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from textmine import lexicons
from textmine.errors import LexiconError
from textmine.ingest.spans import SpanSet, line_spans
from textmine.literals import AnyOf, best_literals, literal_gate, may_match, pattern_literals

logger = logging.getLogger(__name__)

LEXICON = "chrome.yaml"

#: The bars between the items of a link bar (``a | b ｜ c``).
RE_BAR = re.compile(r"[|｜]")

#: Characters that separate items on a chrome line (spaces, bars, brackets, dots).
RE_SEPARATORS = re.compile(r"[\s|｜·•/\\\-–—_:：,，;；>»\[\]【】()（）]+")


@dataclass
class Chrome:
    """Drop ranges over the raw text and the header fields found in the chrome."""

    drops: list[tuple[int, int]] = field(default_factory=list)
    header: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Rules:
    max_line: int
    prose_guard: re.Pattern[str]
    lines: tuple[re.Pattern[str], ...]
    edge_lines: tuple[re.Pattern[str], ...]
    link_bar_items: int
    link_bar_item_chars: int
    related_caption: re.Pattern[str]
    related_item_chars: int
    related_items: int
    fields: tuple[re.Pattern[str], ...]
    tokens: re.Pattern[str]
    anywhere: tuple[re.Pattern[str], ...]
    breadcrumb: re.Pattern[str]
    title_window: int
    line_end: re.Pattern[str]
    archive_field: re.Pattern[str]
    archive_end: re.Pattern[str]
    archive_max_lines: int
    leading_line: re.Pattern[str]
    leading_field: re.Pattern[str]
    leading_max_lines: int
    report_markers: tuple[str, ...]
    page_lines: tuple[re.Pattern[str], ...]
    heading_starts: tuple[re.Pattern[str], ...]
    #: the same lists as one pattern each, to ask "does any of them match?" in one call
    lines_any: AnyOf
    edge_lines_any: AnyOf
    page_lines_any: AnyOf
    heading_starts_any: AnyOf
    #: what a text must hold for ``line_end`` / each ``anywhere`` / ``fields`` pattern to match
    #: there (:func:`_safe_literals`, asked with ``in`` on long texts, as one regex on lines)
    line_end_literals: list[frozenset[str]]
    anywhere_literals: tuple[list[frozenset[str]], ...]
    anywhere_gates: tuple[re.Pattern[str] | None, ...]
    fields_gates: tuple[re.Pattern[str] | None, ...]
    fields_literals: tuple[list[frozenset[str]], ...]
    #: a text without a match of this holds no match of any ``fields`` or ``anywhere`` pattern
    fields_or_anywhere: re.Pattern[str] | None


def _compile(pattern: Any, where: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(str(pattern), flags)
    except re.error as exc:
        raise LexiconError(f"{LEXICON}: bad regex in {where!r}: {pattern!r} ({exc})") from exc


def _safe_literals(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """:func:`~textmine.literals.pattern_literals` without the sets that hold a space.

    Patterns are skipped where a text lacks their literals; in :func:`_meta_line` they run on
    the line with earlier matches replaced by a space, which can join text into a new string
    only around that space.
    """
    return [
        req for req in pattern_literals(pattern)
        if not any(ch.isspace() for text in req for ch in text)
    ]


def _gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """:func:`~textmine.literals.literal_gate` of :func:`_safe_literals` (``None``: ``pattern``
    may match anywhere)."""
    return literal_gate(_safe_literals(pattern))


def _any_gate(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """A regex found in every text where one of ``patterns`` matches: the strings of their most
    selective literal sets (``None`` when one of them needs no literal)."""
    strings: set[str] = set()
    for pattern in patterns:
        found = _safe_literals(pattern)
        if not found:
            return None
        strings |= best_literals(found)
    return re.compile("|".join(re.escape(s) for s in sorted(strings)))


def _may(gate: re.Pattern[str] | None, text: str) -> bool:
    return gate is None or gate.match(text) is not None


@functools.lru_cache(maxsize=1)
def rules() -> _Rules:
    """The compiled rules of ``lexicons/chrome.yaml`` (loaded once, on first use).

    Raises:
        LexiconError: the file lacks a key or holds a bad regex.
    """
    data = lexicons.load_yaml(LEXICON)
    try:
        many = lambda key: tuple(_compile(p, key) for p in data[key])  # noqa: E731
        tokens = "|".join(f"(?:{p})" for p in data["tokens"])
        bar = data["link_bar"]
        header = data["archive_header"]
        return _Rules(
            max_line=int(data["max_chrome_line"]),
            prose_guard=_compile(data["prose_guard"], "prose_guard"),
            lines=many("lines"),
            edge_lines=many("edge_lines"),
            link_bar_items=int(bar["min_items"]),
            link_bar_item_chars=int(bar["max_item_chars"]),
            related_caption=_compile(data["related_list"]["caption"], "related_list.caption"),
            related_item_chars=int(data["related_list"]["max_item_chars"]),
            related_items=int(data["related_list"]["max_items"]),
            fields=many("fields"),
            tokens=_compile(tokens, "tokens"),
            anywhere=many("anywhere"),
            breadcrumb=_compile(data["breadcrumb"], "breadcrumb", re.M),
            title_window=int(data["title_window"]),
            line_end=_compile(data["line_end"], "line_end"),
            archive_field=_compile(header["field"], "archive_header.field"),
            archive_end=_compile(header["end"], "archive_header.end"),
            archive_max_lines=int(header["max_lines"]),
            leading_line=_compile(data["leading_header"]["line"], "leading_header.line"),
            leading_field=_compile(data["leading_header"]["field"], "leading_header.field"),
            leading_max_lines=int(data["leading_header"]["max_lines"]),
            report_markers=tuple(str(w) for w in data["report_markers"]),
            page_lines=many("page_lines"),
            heading_starts=many("heading_starts"),
            lines_any=AnyOf(many("lines")),
            edge_lines_any=AnyOf(many("edge_lines")),
            page_lines_any=AnyOf(many("page_lines")),
            heading_starts_any=AnyOf(many("heading_starts")),
            line_end_literals=_safe_literals(_compile(data["line_end"], "line_end")),
            anywhere_literals=tuple(_safe_literals(p) for p in many("anywhere")),
            anywhere_gates=tuple(_gate(p) for p in many("anywhere")),
            fields_gates=tuple(_gate(p) for p in many("fields")),
            fields_literals=tuple(_safe_literals(p) for p in many("fields")),
            fields_or_anywhere=_any_gate([*many("fields"), *many("anywhere")]),
        )
    except (KeyError, TypeError) as exc:
        raise LexiconError(
            f"{LEXICON}: missing or malformed key {exc}; see the file's comments"
        ) from exc


#: YAML front matter keys a scraper writes above a Markdown or text file, and the header field each
#: is (``title`` → 标题, ``date`` → 发布时间, ``source``/``url`` → 原文链接, ``publisher`` → 发布机构).
FRONT_MATTER_KEYS = {"title": "标题", "date": "发布时间", "published": "发布时间", "pubdate": "发布时间",
                     "publish_time": "发布时间", "source": "原文链接", "url": "原文链接", "link": "原文链接",
                     "publisher": "发布机构", "author": "发布机构"}
#: A front matter's line: ``key: value`` (the value may be quoted).
RE_FRONT_MATTER_LINE = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*$")


def front_matter(raw: str) -> tuple[int, dict[str, str]]:
    """A YAML front matter block (``---`` lines around ``key: value`` lines) at the very start of
    ``raw``: ``(end, fields)`` with the keys a scraper writes mapped to header fields, else ``(0, {})``.

    >>> front_matter("---\\ntitle: 某县2022年年报\\ndate: 2023-01-19\\n---\\n\\n一、总体情况")
    (42, {'标题': '某县2022年年报', '发布时间': '2023-01-19'})
    >>> front_matter("---\\n一、总体情况\\n---\\n"), front_matter("一、总体情况\\n---\\n")
    ((0, {}), (0, {}))
    """
    if not raw.startswith("---"):
        return 0, {}
    spans = line_spans(raw)
    if raw[spans[0][0] : spans[0][1]].strip() != "---":
        return 0, {}
    fields: dict[str, str] = {}
    for start, end in spans[1 : rules().archive_max_lines]:
        line = raw[start:end].strip()
        if line == "---":
            return (min(end + 1, len(raw)), fields) if fields else (0, {})
        match = RE_FRONT_MATTER_LINE.match(line)
        if not match:
            return 0, {}
        key = FRONT_MATTER_KEYS.get(match.group("key").lower())
        value = match.group("value").strip("\"'")
        if key and value:
            fields.setdefault(key, value)
    return 0, {}


def archive_header(raw: str) -> tuple[int, dict[str, str]]:
    """Find an archiver header block at the start of ``raw`` (or a YAML front matter, :func:`front_matter`).

    Returns:
        ``(end, fields)``: the block is ``raw[:end]`` (``end == 0`` when there is none) and
        ``fields`` maps its keys to their non-empty values.

    >>> archive_header("标题: 某报告\\n文号: \\n==== 正文 ====\\n正文内容")
    (26, {'标题': '某报告'})
    """
    end, fields = front_matter(raw)
    if end:
        return end, fields
    r = rules()
    fields = {}
    for index, (start, end) in enumerate(line_spans(raw)):
        if index >= r.archive_max_lines:
            break
        line = raw[start:end].strip()
        if index == 0 and not r.archive_field.match(line):
            return 0, {}
        if r.archive_end.match(line):
            return min(end + 1, len(raw)), fields
        match = r.archive_field.match(line)
        if match and match.group("value").strip():
            fields.setdefault(match.group("key"), match.group("value").strip())
    return 0, {}


def leading_header(raw: str) -> tuple[int, dict[str, str]]:
    """Key-value header lines near the start of ``raw`` (``lexicons/chrome.yaml`` ``leading_header``).

    Two forms:

    - the scraper block: key-value lines with the archiver's keys from the very first line
      (``标题: …`` / ``发布时间: …`` …), with or without the ``==== 正文 ====`` divider; it is
      chrome and ``end`` covers it (the divider form is :func:`archive_header`);
    - lines such as ``发布时间：2023-01-18`` / ``发布日期：…`` / ``来源：…`` / ``发布机构：…``
      among the first ``max_lines`` lines: only parsed (``end`` stays 0), the text keeps them.

    Returns:
        ``(end, fields)``: the scraper block is ``raw[:end]`` (``end == 0`` when there is none);
        ``fields`` maps keys to their first non-empty value.

    >>> leading_header("标题: 某报告\\n发布时间: 2023-01-18\\n正文")
    (25, {'标题': '某报告', '发布时间': '2023-01-18'})
    >>> leading_header("某县2022年政府信息公开工作年度报告\\n发布日期：2023-01-16\\n正文")
    (0, {'发布日期': '2023-01-16'})
    """
    end, fields = archive_header(raw)
    if end:
        return end, fields
    r = rules()
    spans = line_spans(raw)
    # the scraper block without its divider: archiver fields from the first line on
    block_end = 0
    block: dict[str, str] = {}
    count = 0
    for start, stop in spans[: r.archive_max_lines]:
        match = r.archive_field.match(raw[start:stop].strip())
        if not match:
            break
        count += 1
        if match.group("value").strip():
            block.setdefault(match.group("key"), match.group("value").strip())
        block_end = min(stop + 1, len(raw))
    if count >= 2 and "标题" in block:
        return block_end, block
    for start, stop in spans[: r.leading_max_lines]:
        line = raw[start:stop].strip()
        if not r.leading_line.match(line):
            continue
        for match in r.leading_field.finditer(line):
            value = match.group("value").strip()
            if value:
                fields.setdefault(match.group("key"), value)
    return 0, fields


def _field_values(match: re.Match[str]) -> dict[str, str]:
    return {k: v.strip() for k, v in match.groupdict().items() if v and v.strip()}


def _meta_line(line: str, r: _Rules) -> tuple[int, int, dict[str, str]] | None:
    """If ``line`` holds only fields, tokens and separators return (fields, tokens, values)."""
    if r.fields_or_anywhere is not None and not r.fields_or_anywhere.search(line):
        rest, n_tokens = r.tokens.subn(" ", line)  # no field nor anywhere pattern can match
        return None if RE_SEPARATORS.sub("", rest) else (0, n_tokens, {})
    values: dict[str, str] = {}
    n_fields = 0
    rest = line
    # a pattern whose literals are not in the line cannot match it (nor the line as changed)
    for pattern, gate in zip(r.fields, r.fields_gates, strict=True):
        if not _may(gate, line):
            continue
        for match in pattern.finditer(rest):
            n_fields += 1
            for key, value in _field_values(match).items():
                values.setdefault(key, value)
        rest = pattern.sub(" ", rest)
    rest, n_tokens = r.tokens.subn(" ", rest)
    for pattern, gate in zip(r.anywhere, r.anywhere_gates, strict=True):
        if _may(gate, line):
            rest, n = pattern.subn(" ", rest)
            n_tokens += n
    if RE_SEPARATORS.sub("", rest):
        return None
    return n_fields, n_tokens, values


def _is_link_bar(line: str, r: _Rules) -> bool:
    if line.startswith("|") or line.count("|") + line.count("｜") < r.link_bar_items - 1:
        return False
    items = [item.strip() for item in RE_BAR.split(line)]
    items = [item for item in items if item]
    return len(items) >= r.link_bar_items and all(len(i) <= r.link_bar_item_chars for i in items)


def classify_line(line: str) -> tuple[str | None, dict[str, str]]:
    """Classify one stripped line as ``"blank"``, ``"chrome"``, ``"edge"`` or ``None`` (content).

    Returns:
        The class and any header fields the line carries.

    >>> classify_line("设为首页 | 加入收藏 | 联系我们")[0]
    'chrome'
    """
    r = rules()
    if not line:
        return "blank", {}
    if len(line) > r.max_line or r.prose_guard.search(line):
        return None, {}
    if r.lines_any.search(line) or _is_link_bar(line, r):
        return "chrome", {}
    meta = _meta_line(line, r)
    if meta is not None:
        n_fields, n_tokens, values = meta
        if n_tokens >= 1 and n_fields >= 1 or n_fields >= 2 or n_tokens >= 2:
            return "chrome", values
        if n_fields or n_tokens:
            return "edge", values
    if r.edge_lines_any.search(line):
        return "edge", {}
    return None, {}


def _run_end(raw: str, pos: int, r: _Rules, values: dict[str, str]) -> int:
    """Extend a run of fields/tokens from ``pos``; collect field values; return its end."""
    while True:
        best: re.Match[str] | None = None
        start = pos
        while start < len(raw) and raw[start] in " \t\u3000":
            start += 1
        for pattern in (*r.fields, r.tokens):
            match = pattern.match(raw, start)
            if match and match.end() > start and (best is None or match.end() > best.end()):
                best = match
        if best is None:
            return pos
        for key, value in _field_values(best).items():
            values.setdefault(key, value)
        pos = best.end()


def _breadcrumb(
    raw: str, start: int, end: int, r: _Rules, header: dict[str, str]
) -> tuple[list[tuple[int, int]], bool]:
    """Drops for a breadcrumb lead-in at ``raw[start:end]``'s start (the page title is kept).

    Returns:
        The drop ranges and whether a run of page-metadata fields followed the title.
    """
    match = r.breadcrumb.match(raw, start, end)
    if not match:
        return [], False
    path_end = match.end()
    window_end = min(end, path_end + r.title_window)
    first: re.Match[str] | None = None
    for pattern in r.fields:
        found = pattern.search(raw, path_end, window_end)
        if found and (first is None or found.start() < first.start()):
            first = found
    if first is None:
        return [(start, path_end)], False
    values: dict[str, str] = {}
    run_end = _run_end(raw, first.start(), r, values)
    for key, value in values.items():
        header.setdefault(key, value)
    title_end = first.start()
    while title_end > path_end and raw[title_end - 1] in " \t\u3000":
        title_end -= 1
    title = raw[path_end:title_end]
    body = _skip_space(raw, run_end, end)
    if title and raw.startswith(title, body):
        # the page title repeated as the first words of the body: keep only the body's copy
        return [(start, body)], True
    # keep one whitespace character between the kept title and the body
    return [(start, path_end), (min(title_end + 1, body), body)], True


def _breadcrumb_with_fields(raw: str, start: int, end: int, r: _Rules) -> bool:
    """True when a breadcrumb at ``raw[start:end]``'s start is followed by fields and more text."""
    drops, fields = _breadcrumb(raw, _skip_space(raw, start, end), end, r, {})
    return fields and bool(raw[drops[-1][1] : end].strip())


def _skip_space(raw: str, start: int, end: int) -> int:
    while start < end and raw[start] in " \t\u3000":
        start += 1
    return start


def _line_end(
    raw: str, start: int, end: int, r: _Rules, header: dict[str, str]
) -> tuple[int, int] | None:
    """Tail chrome at the end of a line: ``[来源：X ]附件下载``."""
    text = raw[start:end].rstrip()
    if not may_match(r.line_end_literals, text):
        return None
    stop = start + len(text)
    tail = None
    for match in r.line_end.finditer(raw, start, stop):
        if match.end() == stop:
            tail = match
    if tail is None:
        return None
    drop_start = tail.start()
    if drop_start > start and not raw[drop_start - 1].isspace():
        return None
    # extend backwards over a run of fields (来源：X 时间：Y) just before the tail token
    values: dict[str, str] = {}
    for pattern, literals in zip(r.fields, r.fields_literals, strict=True):
        if not may_match(literals, raw[start:drop_start]):
            continue  # no match of the pattern can lie there
        for match in pattern.finditer(raw, start, drop_start):
            gap = raw[match.end() : drop_start]
            if not gap.strip() and (match.start() == start or raw[match.start() - 1].isspace()):
                values.update(_field_values(match))
                drop_start = match.start()
                break
    for key, value in values.items():
        header.setdefault(key, value)
    while drop_start > start and raw[drop_start - 1] in " \t\u3000":
        drop_start -= 1
    return drop_start, stop


def _related_list(raw: str, spans: list[tuple[int, int]], kinds: list[str | None], lead: int, tail: int,
                  r: _Rules) -> range:
    """The lines of a related-links list that ends the content (``相关链接`` and the short titles
    under it, up to the trailing block ``tail``), or an empty range.

    >>> text = "六、其他需要报告的事项\\n无。\\n相关链接\\n某县2021年政府信息公开工作年度报告\\n主办单位：某县人民政府"
    >>> spans = line_spans(text)
    >>> kinds = [classify_line(text[s:e].strip())[0] for s, e in spans]
    >>> list(_related_list(text, spans, kinds, 0, 4, rules()))
    [2, 3]
    """
    for i in range(max(lead, tail - r.related_items - 1), tail):
        if kinds[i] in ("edge", None) and r.related_caption.search(raw[spans[i][0] : spans[i][1]].strip()):
            items = [raw[s:e].strip() for s, e in spans[i + 1 : tail]]
            if items and all(len(t) <= r.related_item_chars and not r.prose_guard.search(t) and not re.search(r"[，,]", t)
                             for t in items):
                return range(i, tail)
    return range(0)


def find_chrome(raw: str, *, protect: Iterable[tuple[int, int]] = (), start: int = 0) -> Chrome:
    """Find the chrome of ``raw`` (see the module docstring for the rules).

    Args:
        raw: the decoded text (for HTML, its text rendering).
        protect: raw spans never touched (rendered tables).
        start: chrome is looked for from here on (after an archiver header).

    Returns:
        A :class:`Chrome` with drop ranges and header fields.

    >>> find_chrome("报告正文。\\n【字体：大 中 小】【关闭窗口】").drops
    [(5, 22)]
    """
    r = rules()
    protected = SpanSet(protect)
    result = Chrome()
    spans = [(s, e) for s, e in line_spans(raw) if e > start or s >= start]
    kinds: list[str | None] = []
    for s, e in spans:
        if protected.overlaps(s, max(e, s + 1)):
            kinds.append(None)
            continue
        kind, values = classify_line(raw[max(s, start) : e].strip())
        if kind == "chrome" and _breadcrumb_with_fields(raw, max(s, start), e, r):
            kind, values = None, {}  # a one-line page: breadcrumb, title, fields, body
        kinds.append(kind)
        if kind in ("chrome",):
            for key, value in values.items():
                result.header.setdefault(key, value)
    drop_line = [kind == "chrome" for kind in kinds]
    # patterns searched line by line below that cannot match anywhere in ``raw`` are skipped
    line_end = may_match(r.line_end_literals, raw)
    anywhere = [
        p for p, lits in zip(r.anywhere, r.anywhere_literals, strict=True) if may_match(lits, raw)
    ]
    # leading block: blank/chrome/edge lines before the first content line
    lead = 0
    while lead < len(kinds) and kinds[lead] in ("blank", "chrome", "edge"):
        lead += 1
    if any(kinds[i] == "chrome" for i in range(lead)):
        for i in range(lead):
            drop_line[i] = kinds[i] != "blank" or drop_line[i]
    # trailing block: from its first chrome line to the end
    tail = len(kinds)
    while tail > lead and kinds[tail - 1] in ("blank", "chrome", "edge"):
        tail -= 1
    first_chrome = next((i for i in range(tail, len(kinds)) if kinds[i] == "chrome"), None)
    if first_chrome is not None:
        for i in range(first_chrome, len(kinds)):
            drop_line[i] = True
    for i in _related_list(raw, spans, kinds, lead, tail, r):
        drop_line[i] = True
    for i, (s, e) in enumerate(spans):
        if drop_line[i]:
            # drop the line with one adjoining newline (the following one, or for the last
            # line the preceding one) so no empty line is left behind
            if e < len(raw):
                result.drops.append((max(s, start), e + 1))
            else:
                result.drops.append((max(s - 1, start), e))
            continue
        if kinds[i] == "blank" or protected.overlaps(s, max(e, s + 1)):
            continue
        s = max(s, start)
        result.drops.extend(_breadcrumb(raw, _skip_space(raw, s, e), e, r, result.header)[0])
        tail_drop = _line_end(raw, s, e, r, result.header) if line_end else None
        if tail_drop:
            result.drops.append(tail_drop)
        for pattern in anywhere:
            result.drops.extend(m.span() for m in pattern.finditer(raw, s, e))
    # an edge line with field values that was dropped in a chrome block also gives its values
    for i, (s, e) in enumerate(spans):
        if drop_line[i] and kinds[i] == "edge":
            for key, value in classify_line(raw[s:e].strip())[1].items():
                result.header.setdefault(key, value)
    result.drops.sort()
    return result


def looks_like_report(text: str) -> bool:
    """True when ``text`` contains one of the ``report_markers`` words.

    >>> looks_like_report("网站首页 新闻中心"), looks_like_report("2023年政府信息公开工作年度报告")
    (False, True)
    """
    return any(word in text for word in rules().report_markers)
