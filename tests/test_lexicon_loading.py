"""The YAML lexicons load to the same objects whichever safe parser PyYAML offers."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
import yaml

from textmine.errors import LexiconError
from textmine.lexicons import KEPT_VERSIONS, _parsed_cache, _root, load_yaml, read_text

NAMES = sorted(p.name for p in Path(str(_root())).iterdir() if p.suffix == ".yaml")


@pytest.mark.parametrize("name", NAMES)
def test_fast_loader_gives_the_pure_python_safe_loaders_objects(name):
    assert load_yaml(name) == yaml.safe_load(read_text(name))


def test_the_loader_stays_safe(tmp_path, monkeypatch):
    # a tag that would build a Python object is refused, not executed
    monkeypatch.setattr("textmine.lexicons._root", lambda: tmp_path)
    (tmp_path / "evil.yaml").write_text("x: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    load_yaml.cache_clear()
    try:
        with pytest.raises(LexiconError, match="evil.yaml"):
            load_yaml("evil.yaml")
    finally:
        load_yaml.cache_clear()


def _fresh(monkeypatch, root, cache):
    monkeypatch.setattr("textmine.lexicons._root", lambda: root)
    monkeypatch.setenv("TEXTMINE_CACHE_DIR", str(cache))
    monkeypatch.delenv("TEXTMINE_NO_CACHE", raising=False)
    load_yaml.cache_clear()


def test_a_parsed_lexicon_is_read_back_from_the_disk_cache_while_its_file_is_unchanged(tmp_path, monkeypatch):
    import yaml as pyyaml

    (tmp_path / "mini.yaml").write_text("a: [1, 2.5, 平潭]\nb: {c: null, d: true}\n", encoding="utf-8")
    _fresh(monkeypatch, tmp_path, tmp_path / "cache")
    try:
        first = load_yaml("mini.yaml")
        assert len(list((tmp_path / "cache").glob("lexicon-mini.yaml-*.marshal"))) == 1
        load_yaml.cache_clear()
        monkeypatch.setattr(pyyaml, "load", lambda *a, **k: pytest.fail("parsed again"))
        assert load_yaml("mini.yaml") == first == {"a": [1, 2.5, "平潭"], "b": {"c": None, "d": True}}
        monkeypatch.undo()
        _fresh(monkeypatch, tmp_path, tmp_path / "cache")
        (tmp_path / "mini.yaml").write_text("a: [3]\n", encoding="utf-8")  # changed: parsed again
        assert load_yaml("mini.yaml") == {"a": [3]}
    finally:
        load_yaml.cache_clear()


def test_a_damaged_cache_is_ignored_and_no_cache_is_kept_when_turned_off(tmp_path, monkeypatch):
    (tmp_path / "mini.yaml").write_text("when: 2021-01-02\nx: 1\n", encoding="utf-8")
    _fresh(monkeypatch, tmp_path, tmp_path / "cache")
    try:
        (tmp_path / "cache").mkdir()
        junk = _parsed_cache("mini.yaml", hashlib.sha256((tmp_path / "mini.yaml").read_bytes()).hexdigest())
        junk.write_bytes(b"junk")
        got = load_yaml("mini.yaml")  # a YAML date: not kept on disk, parsed each time
        assert got["x"] == 1 and str(got["when"]) == "2021-01-02"
        assert junk.read_bytes() == b"junk"
        monkeypatch.setenv("TEXTMINE_NO_CACHE", "1")
        monkeypatch.setenv("TEXTMINE_CACHE_DIR", str(tmp_path / "off"))
        load_yaml.cache_clear()
        assert load_yaml("mini.yaml")["x"] == 1
        assert not (tmp_path / "off").exists()
    finally:
        load_yaml.cache_clear()


def test_two_versions_of_a_lexicon_are_kept_side_by_side(tmp_path, monkeypatch):
    # two checkouts (or installs) whose lexicons differ share the cache folder: each reads back
    # its own parsed version, neither makes the other parse its YAML again
    import yaml as pyyaml

    root_a, root_b = tmp_path / "a", tmp_path / "b"
    root_a.mkdir(), root_b.mkdir()
    (root_a / "mini.yaml").write_text("v: 1\n", encoding="utf-8")
    (root_b / "mini.yaml").write_text("v: 2\n", encoding="utf-8")
    try:
        for root in (root_a, root_b):
            _fresh(monkeypatch, root, tmp_path / "cache")
            load_yaml("mini.yaml")
        assert len(list((tmp_path / "cache").glob("lexicon-mini.yaml-*.marshal"))) == 2
        for root, v in ((root_a, 1), (root_b, 2)):
            _fresh(monkeypatch, root, tmp_path / "cache")
            monkeypatch.setattr(pyyaml, "load", lambda *a, **k: pytest.fail("parsed again"))
            assert load_yaml("mini.yaml") == {"v": v}
            monkeypatch.undo()
    finally:
        load_yaml.cache_clear()


def test_only_the_last_versions_of_a_lexicon_are_kept(tmp_path, monkeypatch):
    (tmp_path / "mini.yaml").write_text("v: 0\n", encoding="utf-8")
    (tmp_path / "mini.yaml.extra.yaml").write_text("w: 0\n", encoding="utf-8")
    _fresh(monkeypatch, tmp_path, tmp_path / "cache")
    try:
        load_yaml("mini.yaml.extra.yaml")  # another lexicon whose name starts alike: never pruned
        for v in range(KEPT_VERSIONS + 2):
            (tmp_path / "mini.yaml").write_text(f"v: {v}\n", encoding="utf-8")
            load_yaml.cache_clear()
            load_yaml("mini.yaml")
            for k, path in enumerate(sorted((tmp_path / "cache").glob("lexicon-mini.yaml-*.marshal"))):
                os.utime(path, ns=(k, k))  # older than the one the next round writes
        kept = list((tmp_path / "cache").glob("lexicon-mini.yaml-*.marshal"))
        assert len(kept) == KEPT_VERSIONS
        newest = _parsed_cache("mini.yaml", hashlib.sha256(b"v: %d\n" % (KEPT_VERSIONS + 1)).hexdigest())
        assert newest in kept
        assert len(list((tmp_path / "cache").glob("lexicon-mini.yaml.extra.yaml-*.marshal"))) == 1
    finally:
        load_yaml.cache_clear()
