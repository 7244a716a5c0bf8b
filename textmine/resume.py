"""Resumable runs: the journal of a run, and what an earlier run wrote of each input.

While a Parquet run goes on, its rows are saved in segments in ``OUT/.textmine-run``
(:meth:`textmine.frames.TableWriter.checkpoint`): a run killed mid-way loses only the inputs
since the last segment. ``textmine tag … --resume`` reads what an earlier run wrote (the
finished tables, or the segments of a killed run) and skips every input whose manifest
``path`` and ``sha256`` are there: its rows are read back and taken in the same order as a
run over everything would take them, so the tables come out equal (the manifest's
``seconds`` aside: they are the earlier run's).

Layout of the journal: one folder per run over the same output (``g0001``, ``g0002`` … a
resumed run adds one), each holding its segments (``seg-000001`` …) and ``tables.json`` (the
tables it writes); ``finals`` holds links to the finished tables a resumed run started from.
The journal is made visible by one rename, and removed once the tables are written.

Example:
    >>> gen, previous = start_journal("out", resume=True, tables=("manifest",))  # doctest: +SKIP
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textmine.frames import OPTIONAL_TABLES, TABLES, read_segments

logger = logging.getLogger(__name__)

#: The journal's folder in the output folder.
JOURNAL = ".textmine-run"


def _generations(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and p.name.startswith("g") and p.name[1:].isdigit())


def start_journal(
    out_dir: str | os.PathLike[str], *, resume: bool, tables: tuple[str, ...]
) -> tuple[Path, Previous | None]:
    """Make the journal folder of a new run in ``out_dir``; with ``resume``, also read what
    the earlier runs there wrote.

    Returns:
        ``(folder, previous)``: where this run's segments go, and what earlier runs wrote
        (``None`` without ``resume``).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    root, tmp, done = out / JOURNAL, out / (JOURNAL + ".tmp"), out / (JOURNAL + ".done")
    for junk in (tmp, done):  # left by a run killed while it made or removed its journal
        shutil.rmtree(junk, ignore_errors=True)
    if resume and root.is_dir():  # a killed run: its segments, and what it started from
        gens = _generations(root)
        gen = root / f"g{(int(gens[-1].name[1:]) if gens else 0) + 1:04d}"
        gen.mkdir()
    else:
        if root.exists():  # a killed run's journal, not this run's
            shutil.rmtree(root)
        gen = tmp / "g0001"
        gen.mkdir(parents=True)
        if resume and (out / "manifest.parquet").exists():  # a finished run: link its tables
            (tmp / "finals").mkdir()
            for name in TABLES + OPTIONAL_TABLES:
                if (out / f"{name}.parquet").exists():
                    os.link(out / f"{name}.parquet", tmp / "finals" / f"{name}.parquet")
        tmp.rename(root)
        gen = root / gen.name
    (gen / "tables.json").write_text(json.dumps(list(tables)), encoding="utf-8")
    return gen, Previous.load(root, tables=tables, exclude=gen) if resume else None


def finish_journal(out_dir: str | os.PathLike[str]) -> None:
    """Remove the journal once the tables are written (first renamed: a run killed while it is
    removed does not read it)."""
    out = Path(out_dir)
    root, done = out / JOURNAL, out / (JOURNAL + ".done")
    if root.exists():
        root.rename(done)
        shutil.rmtree(done, ignore_errors=True)


class _Source:
    """The tables one earlier run wrote (its segments, or finished tables), indexed by path and
    report id as they are asked for."""

    def __init__(self, tables: dict[str, Any], label: str) -> None:
        self.tables = tables
        self.label = label
        self._by_id: dict[str, dict[str, list[int]]] = {}
        self.paths = {p: k for k, p in enumerate(tables["manifest"].column("path").to_pylist())}

    def ids(self, table: str) -> dict[str, list[int]]:
        if table not in self._by_id:
            index: dict[str, list[int]] = {}
            for k, rid in enumerate(self.tables[table].column("report_id").to_pylist()):
                index.setdefault(rid, []).append(k)
            self._by_id[table] = index
        return self._by_id[table]

    def rows(self, table: str, report_id: str) -> list[dict[str, Any]]:
        taken = self.ids(table).get(report_id)
        return self.tables[table].take(taken).to_pylist() if taken else []


class Previous:
    """What earlier runs over the same output wrote, by input: :meth:`match` says whether an
    input can be skipped, :meth:`result` rebuilds its result from the written rows."""

    def __init__(self, sources: list[_Source], tables: tuple[str, ...]) -> None:
        self.sources = sources
        self.tables = tables
        self._cross_year: set[str] | None = None
        #: inputs taken from the earlier runs' rows so far
        self.skipped = 0

    @classmethod
    def load(cls, root: Path, *, tables: tuple[str, ...], exclude: Path | None = None) -> Previous:
        """Read the journal ``root``: the latest run's segments first, then the earlier ones',
        then the finished tables it started from. A run that did not write one of ``tables``
        (``texts``) is left out: its inputs are analysed again."""
        import pyarrow.parquet as pq

        sources = []
        for gen in reversed(_generations(root)):
            if gen == exclude:
                continue
            try:
                written = json.loads((gen / "tables.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if set(tables) <= set(written):
                try:
                    sources.append(_Source({t: read_segments(gen, t) for t in tables}, gen.name))
                except Exception as exc:  # noqa: BLE001 - a damaged segment: analyse its inputs again
                    logger.warning("resume: the journal %s cannot be read (%s); its inputs are analysed again", gen, exc)
        finals = root / "finals"
        if finals.is_dir() and all((finals / f"{t}.parquet").exists() for t in tables):
            try:
                sources.append(_Source({t: pq.read_table(finals / f"{t}.parquet") for t in tables}, "finals"))
            except Exception as exc:  # noqa: BLE001 - an unreadable table: analyse its inputs again
                logger.warning("resume: the earlier tables in %s cannot be read (%s); not used", finals, exc)
        return cls(sources, tables)

    def __len__(self) -> int:
        return sum(len(s.paths) for s in self.sources)

    def match(self, inp: Any, sha256_of: Callable[[Any], str | None]) -> tuple[int, int] | None:
        """Where the rows of ``inp`` are (source, manifest row), when an earlier run wrote them
        from the same bytes (``sha256_of(inp)``: the sha256 of what the run reads of it, ``None``
        when it cannot be read) and not as a report kept back for the second reading; else ``None``."""
        for s, source in enumerate(self.sources):
            k = source.paths.get(inp.display)
            if k is None:
                continue
            sha = source.tables["manifest"].column("sha256")[k].as_py()
            if sha is None or sha256_of(inp) != sha:
                return None
            rid = source.tables["manifest"].column("report_id")[k].as_py()
            if rid and self._kept_back(source, rid):
                return None
            return s, k
        return None

    def _owner(self, source: _Source, report_id: str) -> _Source:
        """The source that holds the analysis of ``report_id``: ``source``, unless it wrote the
        report only under another path before (the same bytes) and that path's rows are elsewhere."""
        for other in [source, *(x for x in self.sources if x is not source)]:
            if any(report_id in other.ids(t) for t in self.tables if t not in ("manifest", "reports")):
                return other
        return source

    def _kept_back(self, source: _Source, report_id: str) -> bool:
        """Whether the report was kept back for the second reading: a cell's reading is open, or
        its note names the same body's neighbouring report."""
        from textmine.tables.evidence import is_open
        from textmine.tables.records import LAST_YEAR, NEXT_YEAR

        owner = self._owner(source, report_id)
        notes = owner.tables["cells"].column("note")
        for note in (notes[i].as_py() for i in owner.ids("cells").get(report_id, ())):
            if is_open(note) or any(mark in (note or "") for mark in (LAST_YEAR, NEXT_YEAR)):
                return True
        return False

    def cross_year_checks(self) -> set[str]:
        if self._cross_year is None:
            from textmine.checks.history import _cross_year_checks

            self._cross_year = {check_id for check_id, _ in _cross_year_checks()}
        return self._cross_year

    def result(self, inp: Any, where: tuple[int, int]) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
        """The manifest row and the output rows of ``inp`` (found by :meth:`match`), read back."""
        s, k = where
        source = self.sources[s]
        manifest = source.tables["manifest"].slice(k, 1).to_pylist()[0]
        rid = manifest["report_id"]
        reports = [r for r in source.rows("reports", rid) if r["path"] == inp.display] if rid else []
        if not reports:
            return manifest, {}
        rows: dict[str, list[dict[str, Any]]] = {"reports": reports}
        owner = self._owner(source, rid)
        for table in self.tables:
            if table in ("manifest", "reports"):
                continue
            got = owner.rows(table, rid)
            if table == "findings":
                got = [f for f in got if f["check_id"] not in self.cross_year_checks()]
            elif table == "texts":
                got = [{**t, "path": inp.display} for t in got]
            rows[table] = got
        return manifest, rows
