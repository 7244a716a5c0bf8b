"""Crawl tables as corpora: one report per row of a CSV, TSV, JSONL, Parquet or Excel file.

Researchers' crawlers write a table with the report's text in one column and the listing's
title, date, URL and publishing body in others. The columns are found by name (the first
match of :data:`COLUMN_NAMES`, compared without case and spaces) or named by the caller. Each
row becomes a :class:`CrawlRow`; a row that cannot be used (no text, a broken JSON line) keeps
its place with an ``error`` so that every row reaches the manifest.

Example:
    >>> import pandas as pd
    >>> df = pd.DataFrame({"标题": ["某县2022年政府信息公开工作年度报告"], "内容": ["一、总体情况"]})
    >>> [(r.row, r.title) for r in crawl_rows(df, label="df")]
    [(1, '某县2022年政府信息公开工作年度报告')]
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textmine.errors import MissingDependencyError, ReadError
from textmine.ingest.encoding import decode

logger = logging.getLogger(__name__)

#: File extensions read as crawl tables (one report per row).
CRAWL_EXTENSIONS: tuple[str, ...] = (".csv", ".tsv", ".jsonl", ".ndjson", ".parquet", ".xlsx")

#: The column names that hold each field, in order of preference.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("内容", "正文", "全文", "content", "text", "body", "html"),
    "title": ("标题", "title"),
    "date": ("发布日期", "发布时间", "时间", "日期", "date", "published", "publish_time", "publish_date", "pubdate",
             "pub_date", "pub_time", "release_time", "release_date"),
    "url": ("访问地址", "链接", "网址", "url", "link"),
    "issuer": ("发布机构", "发布单位", "来源", "单位", "issuer", "publisher", "source"),
}

#: How many rows a CSV chunk holds (bounds memory on large crawls).
CHUNK_ROWS = 500

#: An HTML fragment: a few block or table tags (a crawl's text column often holds the page body).
RE_HTML_TAG = re.compile(r"<(?:p|div|table|tr|td|br|span|section|article|h[1-6]|html|body)\b[^>]*>", re.I)

#: A title that names a government information disclosure report (年度报告, 工作报告, 年报).
RE_ANNUAL_TITLE = re.compile(r"(?:信息公开|政务公开).*(?:报告|年报)|信息公开年报")

#: A title that names a report (…报告, …年报) or another kind of document (…方案, …要点, …通知).
RE_DOCUMENT_TITLE = re.compile(r"(?:报告|年报|方案|要点|通知|意见|办法|规定|公告|总结|计划)")

#: A title that names only a year's report (年度报告, 2024年报, 年度报告（2023年）): a portal's
#: listing of disclosure annual reports often titles them so, and only the text tells.
RE_GENERIC_TITLE = re.compile(r"年度(?:工作)?报告|年报")

#: The text of a disclosure annual report says so near its start: it names itself (政府信息公开
#: 工作年度报告, 信息公开年报), says it was compiled under the Regulations (《…政府信息公开条例》…
#: 本报告/年度报告), or opens a part of the template (二、主动公开政府信息情况).
RE_ANNUAL_TEXT = re.compile(
    r"信息公开(?:工作)?年度报告|信息公开年报|政府信息公开条例》[^。]{0,120}?(?:本|年度)报告"
    r"|本(?:年度)?报告[^。]{0,60}?政府信息公开"
    r"|[一二三四五六七八九][、.．]\s*(?:主动公开政府信息(?:的)?情况|收到和处理政府信息公开申请情况)"
)

#: How far into the text the report must say what it is.
ANNUAL_TEXT_CHARS = 3000


@dataclass(frozen=True)
class CrawlRow:
    """One row of a crawl table: the report's text and the listing's metadata.

    ``row`` counts data rows from 1 (the header line is not a row). ``error`` is set, and
    ``text`` empty, when the row cannot be used.
    """

    row: int
    text: str = ""
    title: str | None = None
    date: str | None = None
    url: str | None = None
    issuer: str | None = None
    error: str | None = None

    def source(self) -> dict[str, str]:
        """The crawl's metadata fields that are set (``title``, ``date``, ``url``, ``issuer``)."""
        return {k: v for k in ("title", "date", "url", "issuer") if (v := getattr(self, k))}


def is_crawl_table(path: str | Path) -> bool:
    """Whether a file is read as a crawl table (by its extension).

    >>> is_crawl_table("listing.CSV"), is_crawl_table("report.txt")
    (True, False)
    """
    return Path(path).suffix.lower() in CRAWL_EXTENSIONS


def looks_like_html(text: str) -> bool:
    """Whether a crawl cell holds HTML markup rather than plain text.

    >>> looks_like_html("<p>一、总体情况</p><p>二、主动公开</p>"), looks_like_html("a < b > c")
    (True, False)
    """
    return len(RE_HTML_TAG.findall(text[:20000], 0)) >= 2 or bool(RE_HTML_TAG.match(text.lstrip()))


def names_other_document(title: str | None, text: str | None = None) -> bool:
    """Whether a listing's title names a document that is not a disclosure annual report.

    A title that names a report or another document (报告, 方案, 要点 …) but not government
    information disclosure is another document; a title that names nothing is given the
    benefit of the doubt. A title that names only a year's report (年度报告, 2024年报) is
    decided by the ``text``: it is the annual report when the text says so near its start.

    >>> names_other_document("某市2022年法治政府建设情况报告")
    True
    >>> names_other_document("某市2022年政府信息公开工作年度报告"), names_other_document("首页")
    (False, False)
    >>> opening = "根据《中华人民共和国政府信息公开条例》规定，编制本报告。"
    >>> names_other_document("年度报告", opening), names_other_document("年度报告", "2023年，我市坚持…")
    (False, True)
    """
    if not title:
        return False
    compact = re.sub(r"\s+", "", title)
    if RE_ANNUAL_TITLE.search(compact) or not RE_DOCUMENT_TITLE.search(compact):
        return False
    if text and RE_GENERIC_TITLE.search(compact):
        return not RE_ANNUAL_TEXT.search(text, 0, ANNUAL_TEXT_CHARS)
    return True


def find_columns(columns: list[str], *, label: str, **named: str | None) -> dict[str, str | None]:
    """Map each field (text, title, date, url, issuer) to a column of the table.

    Args:
        columns: the table's column names.
        label: the table's name for messages.
        named: columns the caller named (``text="正文"``); they must exist.

    Raises:
        ReadError: a named column is absent, or no text column is found.

    >>> find_columns(["标题", "时间", "内容", "来源网站"], label="c.csv")["date"]
    '时间'
    """
    by_key = {_key(c): c for c in reversed(columns)}
    found: dict[str, str | None] = {}
    for name, candidates in COLUMN_NAMES.items():
        chosen = named.get(name)
        if chosen is not None:
            if chosen not in columns:
                raise ReadError(
                    label, f"no column {chosen!r} for the {name} (the columns are {', '.join(map(str, columns))})"
                )
            found[name] = chosen
            continue
        found[name] = next((by_key[_key(c)] for c in candidates if _key(c) in by_key), None)
    if found["text"] is None:
        raise ReadError(
            label,
            f"no text column: looked for {', '.join(COLUMN_NAMES['text'])} among "
            f"{', '.join(map(str, columns)) or 'no columns'}; name it with --text-column",
        )
    return found


def _key(name: Any) -> str:
    return re.sub(r"\s+", "", str(name)).lower()


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    text = str(value).strip()
    return text or None


def _row(n: int, record: Mapping[str, Any], columns: dict[str, str | None]) -> CrawlRow:
    values = {name: _cell(record.get(col)) if col is not None else None for name, col in columns.items()}
    text = values.pop("text") or ""
    error = None if text else f"no text in column {columns['text']!r}"
    return CrawlRow(row=n, text=text, error=error, **values)


def crawl_rows(
    source: str | Path | Any,
    *,
    label: str | None = None,
    text_column: str | None = None,
    title_column: str | None = None,
    date_column: str | None = None,
    url_column: str | None = None,
    issuer_column: str | None = None,
) -> Iterator[CrawlRow]:
    """Yield the rows of a crawl table (a file path or a pandas DataFrame), one per report.

    Args:
        source: a ``.csv`` ``.tsv`` ``.jsonl`` ``.parquet`` ``.xlsx`` file, or a DataFrame.
        label: the name used in messages (default: the path, or ``<dataframe>``).
        text_column: the text column (default: the first of :data:`COLUMN_NAMES` found).
        title_column: the title column.
        date_column: the date column.
        url_column: the URL column.
        issuer_column: the publishing body's column.

    Raises:
        ReadError: the table cannot be read at all, or has no text column.
        MissingDependencyError: an ``.xlsx`` file without ``openpyxl`` installed.
    """
    named = {"text": text_column, "title": title_column, "date": date_column,
             "url": url_column, "issuer": issuer_column}  # fmt: skip
    if not isinstance(source, (str, Path)):
        yield from _frame_rows(source, label or "<dataframe>", named, start=1)
        return
    path = Path(source)
    label = label or path.as_posix()
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _jsonl_rows(path, label, named)
    elif suffix in (".csv", ".tsv"):
        yield from _csv_rows(path, label, named, sep="\t" if suffix == ".tsv" else ",")
    elif suffix == ".parquet":
        yield from _parquet_rows(path, label, named)
    elif suffix == ".xlsx":
        yield from _excel_rows(path, label, named)
    else:
        raise ReadError(label, f"not a crawl table (expected one of {', '.join(CRAWL_EXTENSIONS)})")


def _frame_rows(frame: Any, label: str, named: dict[str, str | None], *, start: int) -> Iterator[CrawlRow]:
    columns = find_columns([str(c) for c in frame.columns], label=label, **named)
    frame = frame.rename(columns={c: str(c) for c in frame.columns})
    for n, record in enumerate(frame.to_dict("records"), start):
        yield _row(n, record, columns)


def _csv_rows(path: Path, label: str, named: dict[str, str | None], *, sep: str) -> Iterator[CrawlRow]:
    import pandas as pd

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(label, f"cannot read the file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReadError(label, "the crawl table is empty")
    text = decode(data, name=label).text
    try:
        chunks = pd.read_csv(
            io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, chunksize=CHUNK_ROWS
        )
        start = 1
        for chunk in chunks:
            yield from _frame_rows(chunk, label, named, start=start)
            start += len(chunk)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeError, ValueError) as exc:
        raise ReadError(label, f"cannot parse the table: {exc}") from exc


def _jsonl_rows(path: Path, label: str, named: dict[str, str | None]) -> Iterator[CrawlRow]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(label, f"cannot read the file: {exc.strerror or exc}") from exc
    lines = [line for line in decode(data, name=label).text.splitlines() if line.strip()]
    if not lines:
        raise ReadError(label, "the crawl table is empty")
    records: list[dict[str, Any] | str] = []
    for k, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            records.append(f"line {k} is not JSON ({exc.msg} at column {exc.colno})")
            continue
        records.append(record if isinstance(record, dict) else f"line {k} is not a JSON object")
    keys: list[str] = []
    for record in records:
        if isinstance(record, dict):
            keys.extend(str(k) for k in record if str(k) not in keys)
    columns = find_columns(keys, label=label, **named)
    for n, record in enumerate(records, 1):
        if isinstance(record, str):
            yield CrawlRow(row=n, error=record)
        else:
            fields = {str(k): v for k, v in record.items()}
            yield _row(n, fields, record_columns(fields, columns, named=named))


def record_columns(
    record: Mapping[str, Any], columns: dict[str, str | None], *, named: Mapping[str, str | None]
) -> dict[str, str | None]:
    """The columns of one schemaless record (a JSON line): each field the caller did not name
    is read from the file's column when this record fills it, else from the first column of
    :data:`COLUMN_NAMES` that this record fills, or has (crawlers change keys between pages).

    >>> cols = {"text": "content", "title": "title", "date": None, "url": None, "issuer": None}
    >>> record_columns({"正文": "一、总体情况", "title": "t"}, cols, named={})["text"]
    '正文'
    >>> record_columns({"正文": "x"}, cols, named={"text": "content"})["text"]
    'content'
    """
    chosen = dict(columns)
    by_key = {_key(k): k for k in reversed(list(record))}
    for name, column in columns.items():
        if named.get(name) is not None or (column is not None and _cell(record.get(column)) is not None):
            continue
        present = [by_key[_key(c)] for c in COLUMN_NAMES[name] if _key(c) in by_key]
        filled = [c for c in present if _cell(record[c]) is not None]
        chosen[name] = (filled or present or [column])[0]
    return chosen


def _parquet_rows(path: Path, label: str, named: dict[str, str | None]) -> Iterator[CrawlRow]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise ReadError(label, f"cannot read the Parquet file: {exc}") from exc
    columns = find_columns(handle.schema_arrow.names, label=label, **named)
    start = 1
    try:
        for batch in handle.iter_batches(batch_size=CHUNK_ROWS):
            for n, record in enumerate(batch.to_pylist(), start):
                yield _row(n, record, columns)
            start += batch.num_rows
    except (pa.ArrowException, OSError) as exc:
        raise ReadError(label, f"cannot read the Parquet file after row {start - 1}: {exc}") from exc


def _excel_rows(path: Path, label: str, named: dict[str, str | None]) -> Iterator[CrawlRow]:
    import pandas as pd

    try:
        import openpyxl  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError("openpyxl", "xlsx") from exc
    try:
        frame = pd.read_excel(path, dtype=str, keep_default_na=False)
    except Exception as exc:  # openpyxl raises many types on damaged workbooks
        raise ReadError(label, f"cannot read the workbook: {type(exc).__name__}: {exc}") from exc
    yield from _frame_rows(frame, label, named, start=1)
