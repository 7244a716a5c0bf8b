"""Output columns packed as the bytes of Arrow arrays, built without pyarrow.

A worker process of a corpus run packs the columns of its rows (:func:`pack`): strings as
their UTF-8 bytes and lengths, numbers as 8-byte values, flags and the presence of each value
as one byte each. The process that writes the files joins the packed columns of many reports
with a few ``bytes.join`` and makes one Arrow array of each column over those bytes
(:func:`unpack`): it converts no value again, and never calls ``pyarrow.array`` on Python
values, which imports pandas on its first call (to ask whether a value is a pandas object: a
quarter of a second, and more memory, in the one process every result passes through). Packed
bytes also pickle, travel and unpickle as a few strings rather than one object per value.

The arrays are the ones ``pyarrow.array`` makes of the same values (a test compares them, and
their buffers), so the files written are the same bytes. A column whose values are not of the
plain types of its kind (``str``; ``int``; ``float`` or ``int``; ``bool``; a list or tuple of
``str``; ``None`` for a missing value) is kept as its values and left to ``pyarrow.array``
(which converts or refuses it as before).

Example:
    >>> n, packed = pack(("string", "int64"), [["a", None], [1, 2]])
    >>> n, packed[1]
    (2, ('b', 0, None, b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00'))
    >>> unpack(("string", "int64"), [(n, packed)])[0].to_pylist()
    ['a', None]
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence
from itertools import chain
from typing import Any

#: A packed column of ``n`` values: ``("b", missing, presence, *payload)`` (``presence``: one
#: byte per value, 1 where it is there, or ``None`` when none is missing; ``payload``: the
#: strings' lengths and bytes, the numbers' 8-byte values, one byte per flag, or a list
#: column's lengths and its packed strings), ``("r", string)`` for a string column that holds
#: one string in every row (a report's id, sha256, versions), or ``("v", values)`` for values
#: left to ``pyarrow.array``.
Column = tuple[Any, ...]

#: Packed columns of one table: (number of rows, one packed column per column).
Packed = tuple[int, tuple[Column, ...]]

_NONE = type(None)
#: Arrow's buffers are little-endian; ``array`` writes the machine's order.
_NATIVE = sys.byteorder == "little"


def _presence(values: Sequence[Any]) -> tuple[int, bytes | None]:
    missing = values.count(None)
    return missing, bytes([v is not None for v in values]) if missing else None


def _types(values: Sequence[Any]) -> set[type]:
    return set(map(type, values))


def _strings(values: Sequence[Any]) -> Column | None:
    if values and type(values[0]) is str and values.count(values[0]) == len(values):
        try:
            values[0].encode()
        except UnicodeEncodeError:
            return None
        return ("r", values[0])  # one string in every row (a report's id, sha256, versions)
    try:  # the common case, in one pass at C speed: every value a str (a None or another type raises)
        encoded = list(map(str.encode, values))
    except TypeError:
        if not _types(values) <= {str, _NONE}:
            return None
        encoded = None
    except UnicodeEncodeError:  # an unpaired surrogate: pyarrow.array says what is wrong
        return None
    if encoded is not None:
        return ("b", 0, None, array("i", map(len, encoded)).tobytes(), b"".join(encoded))
    missing, present = _presence(values)
    try:
        encoded = [b"" if v is None else v.encode() for v in values]
    except UnicodeEncodeError:
        return None
    return ("b", missing, present, array("i", map(len, encoded)).tobytes(), b"".join(encoded))


def _numbers(values: Sequence[Any], code: str, kinds: set[type]) -> Column | None:
    if not _types(values) <= kinds:
        return None
    missing, present = _presence(values)
    try:
        data = array(code, [0 if v is None else v for v in values] if missing else values)
    except OverflowError:
        return None
    return ("b", missing, present, data.tobytes())


def _flags(values: Sequence[Any]) -> Column | None:
    if not _types(values) <= {bool, _NONE}:
        return None
    missing, present = _presence(values)
    return ("b", missing, present, bytes([v is True for v in values]))


def _string_lists(values: Sequence[Any]) -> Column | None:
    if not _types(values) <= {list, tuple, _NONE}:
        return None
    missing, present = _presence(values)
    child = _strings(list(chain.from_iterable(v for v in values if v is not None)))
    if child is None:
        return None
    return ("b", missing, present, array("i", [0 if v is None else len(v) for v in values]).tobytes(), child)


_PACKERS = {
    "string": _strings,
    "int64": lambda values: _numbers(values, "q", {int, _NONE}),
    "float64": lambda values: _numbers(values, "d", {float, int, _NONE}),
    "bool": _flags,
    "list<string>": _string_lists,
}


def pack(kinds: Sequence[str], columns: Sequence[Sequence[Any]]) -> Packed:
    """The columns of a table (one sequence of values per column; ``kinds`` their types as in
    :data:`textmine.frames.COLUMNS`) packed as bytes.

    Example:
        >>> pack(("bool",), [[True, None, False]])
        (3, (('b', 1, b'\\x01\\x00\\x01', b'\\x01\\x00\\x00'),))
    """
    n = len(columns[0]) if columns else 0
    out = []
    for kind, values in zip(kinds, columns, strict=True):
        values = values if isinstance(values, (list, tuple)) else list(values)
        column = _PACKERS[kind](values) if _NATIVE else None
        out.append(("v", values) if column is None else column)
    return n, tuple(out)


_TYPES: dict[str, Any] = {}

#: Bytes 0 and 1 as the digits "0" and "1" (a presence or flag byte string read as a binary number).
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def _arrow_type(kind: str) -> Any:
    if not _TYPES:
        import pyarrow as pa

        _TYPES.update({"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
                       "list<string>": pa.list_(pa.string())})  # fmt: skip
    return _TYPES[kind]


def _bits(flags: bytes) -> bytes:
    """One byte per value (0 or 1) as Arrow's bitmap: bit i of the result is byte i."""
    if not flags:
        return b""
    return int(flags.translate(_DIGITS)[::-1], 2).to_bytes((len(flags) + 7) // 8, "little")


def _offsets(lengths: bytes | array) -> Any:
    """Arrow's offsets of values of ``lengths`` (four-byte integers): ``n + 1`` running totals
    from 0, summed by numpy (which pyarrow loads) rather than one Python integer at a time."""
    import numpy as np
    import pyarrow as pa

    sizes = np.frombuffer(lengths, dtype=np.int32)
    if int(sizes.sum(dtype=np.int64)) > 2**31 - 1:
        raise OverflowError("the values of one column are over 2 GB")
    out = np.zeros(len(sizes) + 1, dtype=np.int32)
    np.cumsum(sizes, out=out[1:])
    return pa.py_buffer(out)


def _repeated(size: int, column: Column) -> tuple[bytes, bytes]:
    """The string lengths (4-byte integers) and the bytes of a ``("r", string)`` column of ``size`` values."""
    data = column[1].encode()
    return len(data).to_bytes(4, "little") * size, data * size


def _joined(kind: str, sizes: Sequence[int], columns: Sequence[Column]) -> Any:
    """One Arrow array of the packed ``columns`` of ``sizes`` values each (none of them ``"v"``)."""
    import pyarrow as pa

    n = sum(sizes)
    tags = [c[0] for c in columns]
    plain = tags.count("b") == len(tags)
    missing = sum([c[1] for c in columns]) if plain else sum([c[1] for c in columns if c[0] == "b"])
    bitmap = None
    if missing:
        present = b"".join(
            c[2] if c[0] == "b" and c[1] else b"\x01" * size for size, c in zip(sizes, columns, strict=True)
        )  # fmt: skip
        bitmap = pa.py_buffer(_bits(present))
    if kind == "string":
        if plain:
            lengths = b"".join([c[3] for c in columns])
            data = b"".join([c[4] for c in columns])
        elif "b" not in tags:  # one string per part (a report's id, sha256, versions): lengths repeated by numpy
            import numpy as np

            encoded = [c[1].encode() for c in columns]
            each = np.fromiter(map(len, encoded), dtype=np.int32, count=len(encoded))
            lengths = np.repeat(each, np.asarray(sizes, dtype=np.int64)).tobytes()
            data = b"".join(map(bytes.__mul__, encoded, sizes))
        else:  # in one pass: a repeated string is encoded once for its lengths and its bytes
            pieces = [(c[3], c[4]) if c[0] == "b" else _repeated(size, c) for size, c in zip(sizes, columns, strict=True)]
            lengths = b"".join([p[0] for p in pieces])
            data = b"".join([p[1] for p in pieces])
        return pa.Array.from_buffers(_TYPES[kind], n, [bitmap, _offsets(lengths), pa.py_buffer(data)], missing)
    if kind == "list<string>":
        counts = [array("i", c[3]) for c in columns]
        strings = _joined("string", [sum(mine) for mine in counts], [c[4] for c in columns])
        lengths = array("i", b"".join([c[3] for c in columns]))
        return pa.Array.from_buffers(_TYPES[kind], n, [bitmap, _offsets(lengths)], missing, children=[strings])
    data = b"".join([c[3] for c in columns])
    if kind == "bool":
        data = _bits(data)
    return pa.Array.from_buffers(_TYPES[kind], n, [bitmap, pa.py_buffer(data)], missing)


def unpack(kinds: Sequence[str], parts: Sequence[Packed]) -> list[Any]:
    """One Arrow array per column of the packed ``parts`` of a table, joined in order (one
    chunk each, as ``pyarrow.array`` makes of the joined values)."""
    import pyarrow as pa

    parts = parts or [pack(kinds, [() for _ in kinds])]
    sizes = [n for n, _ in parts]
    out = []
    for k, kind in enumerate(kinds):
        _arrow_type(kind)
        columns = [packed[k] for _, packed in parts]
        if "v" not in [c[0] for c in columns]:
            out.append(_joined(kind, sizes, columns))
            continue
        arrays = []  # runs of packed columns, and values left to pyarrow.array, in order
        run_sizes: list[int] = []
        run: list[Column] = []
        for size, column in zip(sizes, columns, strict=True):
            if column[0] != "v":
                run_sizes.append(size)
                run.append(column)
                continue
            if run:
                arrays.append(_joined(kind, run_sizes, run))
                run_sizes, run = [], []
            arrays.append(pa.array(column[1], type=_TYPES[kind]))
        if run:
            arrays.append(_joined(kind, run_sizes, run))
        out.append(arrays[0] if len(arrays) == 1 else pa.concat_arrays(arrays))
    return out
