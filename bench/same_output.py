"""Compare two folders written by ``textmine tag``: sha256 of every table, the manifest's
``seconds`` (wall time) column dropped.

    python bench/same_output.py /tmp/before /tmp/after

Exits 0 when every table is identical, 1 otherwise (naming the tables that differ).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pandas as pd


def table_digest(path: Path) -> str:
    """sha256 of a table's content (the manifest without its wall-time ``seconds`` column)."""
    frame = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
    if path.stem == "manifest":
        frame = frame.drop(columns=["seconds"], errors="ignore")
        return hashlib.sha256(frame.to_csv(index=False).encode("utf-8")).hexdigest()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compare(before: Path, after: Path) -> list[str]:
    """Lines ``table: same|DIFFERENT|missing`` for every table in either folder."""
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    out = []
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            out.append(f"{name}: missing in {'before' if not a.exists() else 'after'}")
            continue
        da, db = table_digest(a), table_digest(b)
        out.append(f"{name}: {'same' if da == db else 'DIFFERENT'} {da[:16]} {db[:16]}")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    lines = compare(Path(argv[0]), Path(argv[1]))
    print("\n".join(lines))
    return 0 if all(": same" in line for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
