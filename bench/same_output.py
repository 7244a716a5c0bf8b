"""Compare two folders written by ``textmine tag``: sha256 of every table, the manifest's
``seconds`` (wall time) column dropped.

    python bench/same_output.py /tmp/before /tmp/after [--ignore lexicon_version]

Exits 0 when every table is identical, 1 otherwise (naming the tables that differ). With
``--ignore COLUMN`` (repeatable) tables are compared without that column, e.g. after a lexicon
edit that changes every row's ``lexicon_version`` but nothing else.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pandas as pd


def table_digest(path: Path, ignore: tuple[str, ...] = ()) -> str:
    """sha256 of a table's content (the manifest without its wall-time ``seconds`` column;
    the file's bytes when nothing is ignored)."""
    if path.stem != "manifest" and not ignore:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    frame = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
    drop = [*ignore, "seconds"] if path.stem == "manifest" else list(ignore)
    frame = frame.drop(columns=drop, errors="ignore")
    return hashlib.sha256(frame.to_csv(index=False).encode("utf-8")).hexdigest()


def compare(before: Path, after: Path, ignore: tuple[str, ...] = ()) -> list[str]:
    """Lines ``table: same|DIFFERENT|missing`` for every table in either folder."""
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    out = []
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            out.append(f"{name}: missing in {'before' if not a.exists() else 'after'}")
            continue
        da, db = table_digest(a, ignore), table_digest(b, ignore)
        out.append(f"{name}: {'same' if da == db else 'DIFFERENT'} {da[:16]} {db[:16]}")
    return out


def main(argv: list[str]) -> int:
    ignore = tuple(argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--ignore")
    paths = [a for i, a in enumerate(argv) if a != "--ignore" and (i == 0 or argv[i - 1] != "--ignore")]
    if len(paths) != 2:
        print(__doc__)
        return 2
    lines = compare(Path(paths[0]), Path(paths[1]), ignore)
    print("\n".join(lines))
    return 0 if all(": same" in line for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
