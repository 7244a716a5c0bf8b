"""The YAML lexicons load to the same objects whichever safe parser PyYAML offers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from textmine.errors import LexiconError
from textmine.lexicons import _root, load_yaml, read_text

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
        assert list((tmp_path / "cache").glob("lexicon-mini.yaml.marshal"))
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
        (tmp_path / "cache" / "lexicon-mini.yaml.marshal").write_bytes(b"junk")
        got = load_yaml("mini.yaml")  # a YAML date: not kept on disk, parsed each time
        assert got["x"] == 1 and str(got["when"]) == "2021-01-02"
        assert (tmp_path / "cache" / "lexicon-mini.yaml.marshal").read_bytes() == b"junk"
        monkeypatch.setenv("TEXTMINE_NO_CACHE", "1")
        monkeypatch.setenv("TEXTMINE_CACHE_DIR", str(tmp_path / "off"))
        load_yaml.cache_clear()
        assert load_yaml("mini.yaml")["x"] == 1
        assert not (tmp_path / "off").exists()
    finally:
        load_yaml.cache_clear()
