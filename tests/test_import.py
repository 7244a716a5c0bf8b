"""`import textmine` is cheap: no jieba, no lexicon, no pandas at import time."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = r"""
import json, sys, time
t = time.perf_counter()
import textmine
elapsed = time.perf_counter() - t
import textmine.lexicons as lx
loaded = [m for m in ("jieba", "pandas", "pyarrow", "sklearn", "yaml") if m in sys.modules]
print(json.dumps({"seconds": elapsed, "loaded": loaded,
                  "yaml_cache": lx.load_yaml.cache_info().currsize,
                  "list_cache": lx.load_list.cache_info().currsize}))
"""


def _probe() -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_import_loads_no_heavy_module_and_no_lexicon():
    info = _probe()
    assert info["loaded"] == [], f"import textmine pulled in {info['loaded']}"
    assert info["yaml_cache"] == 0 and info["list_cache"] == 0


def test_import_is_fast():
    # Best of three runs in fresh interpreters, so a busy machine does not decide the outcome.
    best = min(_probe()["seconds"] for _ in range(3))
    assert best < 0.3, f"import textmine took {best:.3f} s"


def test_public_api_resolves_lazily():
    import textmine

    assert callable(textmine.read) and callable(textmine.tag)
    try:
        textmine.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("unknown attribute did not raise")
