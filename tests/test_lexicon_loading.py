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
