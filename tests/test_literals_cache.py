"""The disk cache of :mod:`textmine.literals`' pattern analyses (what the fork server's warm-up
worked out of the lexicons' patterns, read back by every later process): an answer read back is
the answer worked out; a file of other code, or no cache at all, is never read."""

from __future__ import annotations

import marshal
import re

import pytest

from textmine import literals

PATTERNS = [
    re.compile("(召开|举办).{0,6}发布会"),
    re.compile("(?<!第)[一二](?=是)"),
    re.compile(r"(?:人民)?政府|\d+件"),
    re.compile("a?"),
    re.compile("."),
    re.compile("主动公开", re.I),
    re.compile("压[紧实]{1,2}.{0,2}责任"),
]


@pytest.fixture()
def fresh(monkeypatch, tmp_path):
    """The module's cache state emptied, its file in a folder of this test."""
    monkeypatch.setenv("TEXTMINE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TEXTMINE_NO_CACHE", raising=False)
    monkeypatch.setattr(literals, "_stored", None)
    monkeypatch.setattr(literals, "_used", {})
    monkeypatch.setattr(literals, "_new", [0])
    return tmp_path / "cache"


def _answers():
    return ([literals.pattern_literals(p) for p in PATTERNS], [literals._first(p) for p in PATTERNS],
            literals.first_chars(PATTERNS[:3]).pattern)


def _forget(monkeypatch):
    """A new process: nothing read, nothing worked out yet."""
    monkeypatch.setattr(literals, "_stored", None)
    monkeypatch.setattr(literals, "_used", {})
    monkeypatch.setattr(literals, "_new", [0])


def test_answers_read_back_are_the_answers_worked_out(fresh, monkeypatch):
    worked_out = _answers()
    literals.save_cache()
    assert literals._cache_file().is_file() and literals._cache_file().parent == fresh
    _forget(monkeypatch)

    def no_work(pattern):
        raise AssertionError(f"{pattern.pattern!r} worked out again, not read back")

    monkeypatch.setattr(literals, "_literals", no_work)
    monkeypatch.setattr(literals, "_first_worked_out", no_work)
    assert _answers() == worked_out
    # each use gets its own objects: a caller that changes an answer changes no other's
    first = literals._first(PATTERNS[0])
    first[0].add("X")
    assert "X" not in literals._first(PATTERNS[0])[0]
    literals.save_cache()  # nothing new: the file is not written again


def test_a_file_of_other_code_is_not_read(fresh, monkeypatch):
    worked_out = _answers()
    literals.save_cache()
    path = literals._cache_file()
    stamp, entries = marshal.loads(path.read_bytes())
    key = ("literals", PATTERNS[0].pattern, PATTERNS[0].flags)
    entries[key] = marshal.dumps([frozenset({"别的"})])  # what other code would have answered
    path.write_bytes(marshal.dumps((stamp + "|other code", entries)))
    _forget(monkeypatch)
    calls = []
    real = literals._literals
    monkeypatch.setattr(literals, "_literals", lambda p: calls.append(p) or real(p))
    assert literals.pattern_literals(PATTERNS[0]) == worked_out[0][0]
    assert calls == [PATTERNS[0]]
    # the same file with this code's stamp is read (the entry planted above is served)
    path.write_bytes(marshal.dumps((stamp, entries)))
    _forget(monkeypatch)
    assert literals.pattern_literals(PATTERNS[0]) == [frozenset({"别的"})]


def test_a_damaged_file_is_ignored(fresh, monkeypatch):
    worked_out = _answers()
    literals.save_cache()
    literals._cache_file().write_bytes(b"\x00not marshal")
    _forget(monkeypatch)
    assert _answers() == worked_out


def test_no_cache_reads_and_writes_nothing(fresh, monkeypatch):
    monkeypatch.setenv("TEXTMINE_NO_CACHE", "1")
    assert literals._cache_file() is None
    _answers()
    literals.save_cache()
    assert not fresh.exists()


def test_the_caches_of_two_codes_are_kept_side_by_side(fresh, monkeypatch):
    # checkouts or installs whose textmine.literals differ share the folder: each keeps its file
    worked_out = _answers()
    literals.save_cache()
    mine = literals._cache_file()
    real = literals._cache_stamp
    monkeypatch.setattr(literals, "_cache_stamp", lambda: real() + "|other code")
    _forget(monkeypatch)
    assert _answers() == worked_out
    literals.save_cache()
    other = literals._cache_file()
    assert other != mine and mine.is_file() and other.is_file()
