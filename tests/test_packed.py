"""Columns packed as Arrow bytes without pyarrow (textmine.packed): the arrays pyarrow.array makes."""

from __future__ import annotations

import subprocess
import sys

import pyarrow as pa
import pytest

from textmine.frames import (
    COLUMNS,
    column_kinds,
    columns_to_arrow,
    pack_columns,
    packed_to_arrow,
    table_columns,
)
from textmine.packed import pack, unpack

TYPES = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
         "list<string>": pa.list_(pa.string())}  # fmt: skip

CASES = {
    "string": [["a", "", "政府信息公开", None, "a"], ["x"] * 9, [None, None], [], ["同", "同"], ["é" * 3, None]],
    "int64": [[1, None, -(2**63), 2**63 - 1, 0], [], [None], [7, 7, 7]],
    "float64": [[1.5, None, 2, float("nan"), -0.0, 1e300], [], [None, None], [3, 4]],
    "bool": [[True, False, None, True], [], [False] * 9, [None]],
    "list<string>": [[["a", "b"], [], None, ("c",), ["d", None]], [], [None], [[], []], [["同"]] * 3],
}


def _same(got: pa.Array, expected: pa.Array) -> None:
    assert got.type == expected.type and len(got) == len(expected)
    assert repr(got.to_pylist()) == repr(expected.to_pylist())  # NaN and -0.0 as well (equals says NaN != NaN)
    if expected.type in (pa.int64(), pa.float64()) and len(expected):  # the same 8-byte values, also -0.0
        assert got.buffers()[1].to_pybytes()[: 8 * len(got)] == expected.buffers()[1].to_pybytes()[: 8 * len(got)]
    assert got.null_count == expected.null_count
    assert got.nbytes == expected.nbytes
    # a bitmap only where a value is missing, as pyarrow.array makes it
    assert (got.buffers()[0] is None) == (expected.buffers()[0] is None)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_each_kind_unpacks_to_what_pyarrow_array_makes(kind):
    for values in CASES[kind]:
        (got,) = unpack((kind,), [pack((kind,), [values])])
        _same(got, pa.array(values, type=TYPES[kind]))


@pytest.mark.parametrize("kind", sorted(CASES))
def test_parts_are_joined_in_order_into_one_array(kind):
    parts = [pack((kind,), [values]) for values in CASES[kind]]
    (got,) = unpack((kind,), parts)
    joined = [v for values in CASES[kind] for v in values]
    _same(got, pa.array(joined, type=TYPES[kind]))


def test_values_of_other_types_are_left_to_pyarrow_and_keep_their_place():
    odd = ["a", b"bytes"]  # bytes: pyarrow.array reads them as UTF-8
    n, (column,) = pack(("string",), [odd])
    assert column[0] == "v"
    parts = [pack(("string",), [["x", None]]), (n, (column,)), pack(("string",), [["y"]])]
    (got,) = unpack(("string",), parts)
    assert got.to_pylist() == ["x", None, "a", "bytes", "y"]
    # not packed, so that pyarrow.array refuses them as before: a bool is no int64, 1 no flag
    for kind, values in (("int64", [True]), ("bool", [1]), ("float64", ["1.5"]), ("list<string>", ["ab"])):
        assert pack((kind,), [values])[1][0][0] == "v"
    with pytest.raises(pa.ArrowTypeError):
        unpack(("int64",), [pack(("int64",), [[True]])])


def test_an_unpaired_surrogate_is_left_to_pyarrow():
    assert pack(("string",), [["\ud800"]])[1][0][0] == "v"


def test_a_repeated_string_travels_once():
    n, (column,) = pack(("string",), [["abc"] * 1000])
    assert column == ("r", "abc")
    assert unpack(("string",), [(n, (column,))])[0].to_pylist() == ["abc"] * 1000


def test_parts_of_one_repeated_string_each_join_as_pyarrow_makes_them():
    # a report's id in every row of each part (all parts repeated strings), and mixed with plain parts
    repeated = [["abc"] * 3, ["政府信息公开"] * 2, ["x"], ["é"] * 4]
    for values in (repeated, [*repeated[:2], ["a", None, ""], *repeated[2:]], [[["同"]] * 3, [["a", "b"]] * 2]):
        kind = "list<string>" if isinstance(values[0][0], list) else "string"
        parts = [pack((kind,), [v]) for v in values]
        assert any(p[1][0][0] == "r" for p in parts) or kind != "string"
        (got,) = unpack((kind,), parts)
        expected = pa.array([v for part in values for v in part], type=TYPES[kind])
        _same(got, expected)
        assert [b and b.to_pybytes() for b in got.buffers()] == [b and b.to_pybytes() for b in expected.buffers()]


def test_every_table_packs_to_the_arrow_table_of_its_rows():
    from pathlib import Path

    from textmine.frames import report_rows
    from textmine.pipeline import read

    rows = report_rows(read(Path(__file__).resolve().parents[1] / "corpora" / "qingshan-county-2019.txt"))
    for name in COLUMNS:
        table = rows.get(name) or []
        columns = table_columns(name, table)
        expected = columns_to_arrow(name, columns)
        got = packed_to_arrow(name, [pack_columns(name, columns), pack_columns(name, table_columns(name, []))])
        assert got.equals(expected) and got.schema == expected.schema, name
        assert packed_to_arrow(name, []).equals(columns_to_arrow(name, [() for _ in column_kinds(name)])), name


def test_packing_and_unpacking_never_import_pandas():
    code = (
        "import sys; from textmine.frames import packed_to_arrow, pack_columns, table_columns;"
        "p = pack_columns('manifest', table_columns('manifest', [{'path': 'a', 'bytes': 3}]));"
        "t = packed_to_arrow('manifest', [p]); assert t.num_rows == 1;"
        "print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
