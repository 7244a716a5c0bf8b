"""Exports for other tools: Stata ``.dta`` files of the output tables.

Stata wants names of at most 32 characters, strings of at most 2,045 bytes (longer ones become
``strL``), no lists and no missing strings. :func:`to_stata` turns a table into that shape
(list columns joined with ``;``, missing strings as ``""``, booleans as 0/1, nullable integers
as doubles with missing) and labels every variable in Chinese from ``lexicons/labels.yaml``.

Example:
    >>> write_stata_folder("out/")  # doctest: +SKIP
    [PosixPath('out/manifest.dta'), PosixPath('out/reports.dta'), ...]
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from textmine.frames import OPTIONAL_TABLES, TABLES, read_table
from textmine.lexicons import load_yaml

logger = logging.getLogger(__name__)

#: The longest string Stata stores as ``str#``; longer ones are written as ``strL``.
STATA_STR_BYTES = 2045
#: The longest variable label Stata takes.
STATA_LABEL_CHARS = 80
#: Stata's reserved words; a column of that name is written with ``_`` after it (``end`` → ``end_``).
STATA_RESERVED = frozenset(
    "aggregate array boolean break byte case catch class colvector complex const continue default "
    "delegate delete do double else eltypedef end enum explicit export external float for friend "
    "function global goto if inline int local long NULL pragma protected quad rowvector short "
    "typedef typename virtual _all _N _skip _b _pi in _pred strL _coef _rc using _cons _se with _n".split()
)


def stata_frame(frame: Any) -> Any:
    """A copy of ``frame`` that Stata can store (see the module docstring).

    >>> import pandas as pd
    >>> stata_frame(pd.DataFrame({"themes": [["a", "b"], []], "ok": [True, None]})).to_dict("list")
    {'themes': ['a;b', ''], 'ok': [1.0, nan]}
    """
    import pandas as pd

    out = pd.DataFrame(index=frame.index)
    for col in frame.columns:
        series = frame[col]
        sample = series.dropna()
        if _is_list(sample):
            out[col] = [";".join(map(str, v)) if v is not None and not _missing(v) else "" for v in series]
        elif pd.api.types.is_bool_dtype(series.dtype) or (len(sample) and isinstance(sample.iloc[0], bool)):
            out[col] = series.map(lambda v: float(v) if not _missing(v) else float("nan")).astype("float64")
        elif pd.api.types.is_integer_dtype(series.dtype) and series.isna().any():
            out[col] = series.astype("float64")
        elif pd.api.types.is_integer_dtype(series.dtype):
            out[col] = series.astype("int64")
        elif pd.api.types.is_float_dtype(series.dtype):
            out[col] = series.astype("float64")
        else:
            out[col] = ["" if _missing(v) else str(v) for v in series]
    return out


def _is_list(sample: Any) -> bool:
    """Whether a column's first value is a list (a list, tuple or array: ``themes``, ``cells``)."""
    return bool(len(sample)) and (isinstance(sample.iloc[0], (list, tuple)) or type(sample.iloc[0]).__name__ == "ndarray")


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        result = pd.isna(value)
        return bool(result) if not hasattr(result, "__len__") else False
    except (TypeError, ValueError):
        return False


def labels() -> dict[str, str]:
    """Column name → Chinese variable label."""
    return dict(load_yaml("labels.yaml")["columns"])


def to_stata(frame: Any, path: str | os.PathLike[str], *, table: str | None = None) -> Path:
    """Write ``frame`` as a Stata 118 ``.dta`` (UTF-8) with Chinese variable labels."""
    data = stata_frame(frame)
    strl = [c for c in data.columns if data[c].dtype == object and data[c].map(lambda s: len(s.encode())).max(initial=0) > STATA_STR_BYTES]
    names = labels()
    variable_labels = {_stata_name(c): names[c][:STATA_LABEL_CHARS] for c in data.columns if c in names}
    data = data.rename(columns=_stata_name)
    strl = [_stata_name(c) for c in strl]
    path = Path(path)
    data.to_stata(
        path, write_index=False, version=118, convert_strl=strl, variable_labels=variable_labels,
        data_label=f"textmine {table}"[:80] if table else None,
    )  # fmt: skip
    return path


def _stata_name(name: str) -> str:
    """The Stata variable name of a column (``end`` → ``end_``; others unchanged)."""
    return f"{name}_" if name in STATA_RESERVED else name


def write_stata_folder(out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write a ``.dta`` beside every table of a folder written by ``textmine tag``."""
    out = Path(out_dir)
    written = []
    for table in TABLES + OPTIONAL_TABLES:
        frame = read_table(out, table)
        if frame is not None:
            written.append(to_stata(frame, out / f"{table}.dta", table=table))
    logger.info("wrote %d Stata files to %s", len(written), out)
    return written
