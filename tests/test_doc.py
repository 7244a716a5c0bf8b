"""Legacy Word .doc files: converted by antiword or catdoc when installed, else a clear error."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from textmine.errors import ReadError
from textmine.ingest import read_document
from textmine.ingest.read import OLE_MAGIC

DOC = OLE_MAGIC + b"\x00" * 64 + "WordDocument".encode("utf-16-le") + b"\x00" * 400


def _fake_tool(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def test_without_a_converter_the_error_says_what_to_install(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no antiword, no catdoc
    with pytest.raises(ReadError, match=r"old.doc: \.doc needs antiword \(apt-get install antiword\)"):
        read_document(DOC, name="old.doc")


def test_converter_output_is_read_as_text(monkeypatch, tmp_path: Path) -> None:
    text = "某某县2015年政府信息公开工作年度报告\n一、概述\n全年主动公开政府信息120条。\n"
    _fake_tool(tmp_path, "antiword", f"test -f \"$5\" || exit 3\nprintf '%s' '{text}'\n")
    monkeypatch.setenv("PATH", str(tmp_path) + os.pathsep + os.environ.get("PATH", ""))
    doc = read_document(DOC, name="old.doc")
    assert doc.format == "doc"
    assert doc.text.startswith("某某县2015年政府信息公开工作年度报告")


def test_converter_failure_is_an_error_naming_the_file(monkeypatch, tmp_path: Path) -> None:
    _fake_tool(tmp_path, "antiword", "echo \"$5 is not a Word Document.\" >&2\nexit 1\n")
    monkeypatch.setenv("PATH", str(tmp_path) + os.pathsep + os.environ.get("PATH", ""))
    with pytest.raises(ReadError, match="old.doc: antiword cannot read this .doc: the file is not a Word"):
        read_document(DOC, name="old.doc")


def test_html_saved_as_doc_is_read_as_html() -> None:
    page = "<html><body><p>某某县2015年政府信息公开工作年度报告</p><p>一、概述</p></body></html>"
    doc = read_document(page.encode(), name="report.doc")
    assert doc.format == "html"
    assert any("HTML, not Word .doc" in w for w in doc.warnings)


@pytest.mark.skipif(not __import__("shutil").which("antiword"), reason="antiword not installed")
def test_real_antiword_rejects_a_fake_doc() -> None:
    with pytest.raises(ReadError, match="fake.doc: antiword"):
        read_document(DOC, name="fake.doc")
