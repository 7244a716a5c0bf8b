"""Shared helpers for tests that read the real reports in ../shared/corpus (never copied)."""

from __future__ import annotations

import json
from pathlib import Path

from textmine.model import Document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
MARKER = "==================== 正文 ====================\n"


def gold_files() -> list[Path]:
    return sorted((CORPUS / "gold").glob("*.json")) if CORPUS.is_dir() else []


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def load_document(rel: str) -> Document:
    """Read a corpus text; the crawler header block becomes ``Document.header``."""
    raw = (CORPUS / rel).read_text(encoding="utf-8")
    header: dict[str, str] = {}
    text = raw
    if MARKER in raw:
        head, text = raw.split(MARKER, 1)
        for line in head.splitlines():
            key, _, value = line.partition(":")
            if value.strip():
                header[key.strip()] = value.strip()
    return Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64, header=header)
