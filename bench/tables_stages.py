"""Where table reading spends its time: CPU milliseconds of each step of ``extract_cells`` over
the dev texts (one warm pass, the least of ``--passes``), and MB/s of their sum.

Usage: python bench/tables_stages.py [--passes K]

Each document's template is detected, then its steps are run one by one as ``extract_cells``
runs them (statements, regions, then per region: tokens, readings, grids, scoring, placing),
each timed on its own; ``match_rows`` (the row labels, part of the tokens step) is timed again
apart, so that the share of label finding shows. Every region is read from its text here, also
one whose grids hold the whole table (which ``extract_cells`` places from its grids alone).
Compare two checkouts with ``PYTHONPATH=/other/checkout``; take shares, not milliseconds, on a
loaded machine.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textmine.ingest import read_document
from textmine.tables import detect_template, extract_cells
from textmine.tables.labels import match_rows
from textmine.tables.registry import get_template
from textmine.tables.step1_regions import find_regions, find_statements
from textmine.tables.step2_grids import read_grids
from textmine.tables.step2_tokens import is_free_table, tokenise_text
from textmine.tables.step3_readings import enumerate_readings
from textmine.tables.step4_scoring import score_readings
from textmine.tables.step5_placing import place_cells

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def one_pass(docs: list[Any]) -> dict[str, float]:
    """CPU seconds of each step over ``docs``."""
    spent: dict[str, float] = {}

    def timed(step: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        c0 = time.process_time()
        out = fn(*args, **kwargs)
        spent[step] = spent.get(step, 0.0) + time.process_time() - c0
        return out

    for doc in docs:
        name = timed("1 detect_template", detect_template, doc)
        if not name:
            continue
        statements = timed("1 find_statements", find_statements, doc.text, name)
        for region in timed("1 find_regions", find_regions, doc.text, get_template(name)):
            free = not region.printed and is_free_table(region.table)
            timed(
                "(2 match_rows)",
                match_rows,
                doc.text,
                region.table,
                region.start,
                region.end,
                free=free,
            )
            tokens = timed("2 tokenise_text", tokenise_text, doc.text, region)
            readings = timed("3 enumerate_readings", enumerate_readings, doc.text, tokens)
            grids = (
                timed("2 read_grids", read_grids, doc.tables, name, region.table, text=doc.text)
                if doc.tables
                else []
            )
            choices = timed(
                "4 score_readings", score_readings, name, readings, statements=statements
            )
            timed("5 place_cells", place_cells, doc.text, name, readings, choices, grids)
    return spent


def main() -> None:
    passes = int(sys.argv[sys.argv.index("--passes") + 1]) if "--passes" in sys.argv else 5
    if not (CORPUS / "texts").is_dir():
        print("../shared/corpus not present")
        return
    docs = [read_document(p) for p in sorted((CORPUS / "texts").iterdir()) if p.is_file()]
    for doc in docs:  # lexicons, templates and patterns built on first use: not timed
        if name := detect_template(doc):
            extract_cells(doc, template=name)
    best: dict[str, float] = {}
    gc.disable()  # as extract_cells reads (its collector paused)
    try:
        for _ in range(passes):
            for step, s in one_pass(docs).items():
                best[step] = min(best.get(step, s), s)
    finally:
        gc.enable()
    total = sum(s for step, s in best.items() if not step.startswith("("))
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    for step in sorted(best, key=lambda k: k.strip("(")):
        print(f"{step:22s} {best[step] * 1000:8.2f} ms {best[step] / total:6.1%}")
    print(
        f"{'sum of the steps':22s} {total * 1000:8.2f} ms = {mb / total:.1f} MB/s ({len(docs)} documents, {mb:.2f} MB)"
    )


if __name__ == "__main__":
    main()
