"""The fork server's warm-up hides what it loaded from the cyclic garbage collector (gc.freeze)."""

from __future__ import annotations

import subprocess
import sys


def test_warm_up_freezes_what_it_loaded() -> None:
    code = (
        "import gc; before = gc.get_freeze_count(); import textmine._warm; "
        "from textmine.themes import load_codebook; "
        "print(before, gc.get_freeze_count(), gc.is_tracked(load_codebook()))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    before, after, tracked = out.stdout.split()
    assert before == "0"
    assert int(after) > 10_000  # the lexicons and matchers, not a handful of objects
    assert tracked == "True"  # still an object the collector knows; only kept out of its passes


def test_importing_textmine_freezes_nothing() -> None:
    """Only the warm-up module does work at import; the package itself leaves the collector alone."""
    code = "import gc; import textmine, textmine.pipeline, textmine.corpus; print(gc.get_freeze_count())"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "0"
