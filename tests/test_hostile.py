"""A hostile corpus (generated here, see ``tests/hostile.py``) run with two workers: every file in
the manifest with a status and a message that names its problem; nothing dies, hangs or leaks.

Timing and memory are measured by ``python bench/hostile.py``, not asserted here.
"""

from __future__ import annotations

import os
from pathlib import Path

import hostile
import pandas as pd
import pytest

from textmine.corpus import run
from textmine.ingest.crawl import is_crawl_table

#: What the manifest must say of each hostile file: (status, words its message contains).
EXPECTED: dict[str, tuple[str, str]] = {
    "empty.txt": ("error", "empty"),
    "empty.md": ("error", "empty"),
    "empty.html": ("error", "empty"),
    "empty.pdf": ("error", "empty"),
    "empty.docx": ("error", "empty"),
    "empty.doc": ("error", "empty"),
    "empty.csv": ("error", "empty"),
    "random.txt": ("error", "binary"),
    "random.md": ("error", "binary"),
    "random.html": ("error", "binary"),
    "random.pdf": ("error", "not a PDF file"),
    "random.docx": ("error", "not a Word .docx file"),
    "random.doc": ("error", "binary"),
    "random.jsonl": ("error", ""),
    "truncated.pdf": ("error", "PDF"),
    "truncated.docx": ("error", "Word"),
    "scan.pdf": ("warning", "no text layer"),
    "nobody.html": ("error", "no text"),
    "nul.txt": ("error", "NUL"),
    "mixed.txt": ("error", "decode"),
    "big.txt": ("error", "limit"),
    "bomb.docx": ("error", "bomb"),
    "entity-bomb.docx": ("error", "entit"),
    "deep.html": ("warning", "nested"),
    "rtf.doc": ("error", "RTF"),
    "error-page.pdf": ("warning", "HTML"),
    "pdf.htm": ("warning", "no text layer"),
}


@pytest.fixture(scope="module")
def manifest(tmp_path_factory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("hostile")
    paths = hostile.write_corpus(folder)
    out = tmp_path_factory.mktemp("out")
    crawls = [p for p in paths if is_crawl_table(p)]  # crawl tables are named, not found in folders
    summary = run([folder, *crawls], out, workers=2)
    frame = pd.read_parquet(out / "manifest.parquet")
    frame["name"] = [Path(p.split("#")[0]).name for p in frame["path"]]
    frame.attrs["written"] = sorted(p.name for p in paths)
    assert summary.inputs == len(frame)
    assert not [p for p in os.listdir(out) if not p.endswith(".parquet")]  # no temp files left
    return frame


def test_every_hostile_file_is_in_the_manifest(manifest):
    assert sorted(set(manifest["name"])) == manifest.attrs["written"]
    assert manifest["status"].isin(["ok", "warning", "error"]).all()
    assert (manifest["message"].str.len() > 5).all()


def test_nothing_crashed_or_timed_out(manifest):
    messages = " ".join(manifest["message"])
    assert "internal error" not in messages
    assert "timed out" not in messages
    assert "worker process died" not in messages


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_message_names_the_problem(manifest, name):
    status, words = EXPECTED[name]
    row = manifest[manifest["name"] == name].iloc[0]
    assert row["status"] == status, row["message"]
    assert words.lower() in row["message"].lower(), row["message"]


@pytest.mark.parametrize("name", ["numeral_run.txt", "heading_run.txt", "heading_lines.txt", "brackets.txt",
                                  "digits.txt", "table.html", "pipe.md", "long-line.txt"])  # fmt: skip
def test_long_runs_are_read(manifest, name):
    row = manifest[manifest["name"] == name].iloc[0]
    assert row["status"] in ("ok", "warning"), row["message"]


def test_a_broken_crawl_line_keeps_its_row(manifest):
    rows = manifest[manifest["name"] == "crawl.jsonl"].sort_values("path")
    assert list(rows["path"].str.rsplit("#", n=1).str[1]) == ["row=1", "row=2"]
    assert list(rows["status"]) == ["warning", "error"]
