"""Dump what table reading gives on every test document, and compare two dumps: the check that
a speed change to ``textmine.tables`` leaves its output exactly as it was.

    python bench/tables_same.py dump /tmp/before.jsonl          # on the old checkout
    python bench/tables_same.py dump /tmp/after.jsonl           # on the new one
    python bench/tables_same.py compare /tmp/before.jsonl /tmp/after.jsonl

``dump`` reads every file of ../shared/corpus/texts, corpora/, tests/cases/table_probes*,
tests/cases/probes*, tests/cases/checks_probes* and tests/cases/qa_tables (or the folders
given after the output path) and writes one JSON line per document: its detected template,
every field of every cell of ``extract_cells`` (values typed: ``int`` or ``Decimal`` text) in
order, and ``reading_options``; a file ``read_document`` refuses (a crawl table, which holds many
reports) gets a line naming the refusal. ``compare`` exits 0 when both dumps are identical line for
line, 1 otherwise (naming the first documents that differ).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus" / "texts"


def default_folders() -> list[Path]:
    """The test sets whose table reading must not change."""
    cases = ROOT / "tests" / "cases"
    folders = [SHARED, ROOT / "corpora"]
    folders += sorted(cases.glob("table_probes*"))
    folders += sorted(cases.glob("probes*")) + sorted(cases.glob("checks_probes*")) + [cases / "qa_tables"]
    return [f for f in folders if f.is_dir()]


def _plain(value: object) -> object:
    """A JSON-safe form that keeps int, Decimal and tuple apart."""
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def dump_document(path: Path) -> dict:
    """Template, cells and reading options of one document."""
    from textmine.errors import TextmineError
    from textmine.ingest import read_document
    from textmine.tables import detect_template, extract_cells, reading_options

    name = str(path.relative_to(path.parents[1]))
    try:
        doc = read_document(path)
    except TextmineError as exc:  # a crawl table (many reports in one file) and the like
        return {"file": name, "refused": type(exc).__name__}
    template = detect_template(doc)
    record: dict = {"file": name, "template": template}
    if template:
        record["cells"] = [_plain(list(dataclasses.astuple(c))) for c in extract_cells(doc, template=template)]
        record["options"] = [[list(k), _plain(v)] for k, v in reading_options(doc, template=template).items()]
    return record


def dump(out: Path, folders: list[Path]) -> int:
    """Write one JSON line per document file of ``folders``; returns the number of documents."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for folder in folders:
            for path in sorted(folder.iterdir()):
                if path.is_file() and path.suffix != ".json" and not path.name.startswith("README"):
                    fh.write(json.dumps(dump_document(path), ensure_ascii=False, sort_keys=True) + "\n")
                    n += 1
    return n


def compare(a: Path, b: Path) -> list[str]:
    """The documents whose lines differ between two dumps (empty when identical)."""
    la = a.read_text(encoding="utf-8").splitlines()
    lb = b.read_text(encoding="utf-8").splitlines()
    out = [f"documents: {len(la)} vs {len(lb)}"] if len(la) != len(lb) else []
    for x, y in zip(la, lb, strict=False):
        if x != y:
            out.append(json.loads(x)["file"])
    return out


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "dump":
        folders = [Path(f) for f in argv[2:]] or default_folders()
        print(f"{dump(Path(argv[1]), folders)} documents written to {argv[1]}")
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        diff = compare(Path(argv[1]), Path(argv[2]))
        print("identical" if not diff else "DIFFERENT: " + ", ".join(diff[:20]))
        return 1 if diff else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
