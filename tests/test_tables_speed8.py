"""Speed-ups of table reading (speedTables8) that must compute exactly what the plainer form did.

Each test compares the faster form with what it replaces and names a case that must match and one
that must not; ``bench/tables_same.py`` checks the whole reading on every test document.
"""

from __future__ import annotations

import gc

import pytest

from textmine.model import Document
from textmine.tables import extract_cells, reading_options

TEXT = "指标名称 计量单位 2011年度 历年累计 主动公开信息数 条 425 1516 行政复议数 条 0 0"


def _doc(text: str = TEXT) -> Document:
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)


def test_reading_pauses_the_collector_and_turns_it_back_on() -> None:
    import textmine.tables.step4_scoring as scoring

    seen = []
    real = scoring.score_readings

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    assert gc.isenabled()
    import textmine.tables as tables

    tables.score_readings, saved = spy, tables.score_readings
    try:
        cells = extract_cells(_doc())
    finally:
        tables.score_readings = saved
    assert seen and not any(seen)  # off while reading
    assert gc.isenabled()  # on again after
    assert [(c.row_key, c.value) for c in cells][:1] == [("active_items", 425)]
    reading_options(_doc(), template="local")
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        extract_cells(_doc())
        reading_options(_doc(), template="local")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_on_after_a_reading_that_raises() -> None:
    import textmine.tables as tables

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    tables.score_readings, saved = boom, tables.score_readings
    try:
        with pytest.raises(RuntimeError):
            extract_cells(_doc())
    finally:
        tables.score_readings = saved
    assert gc.isenabled()
