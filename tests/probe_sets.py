"""What the hand-written probe sets share (``tests/probe_hand2.py`` …): registering a probe with
its expectations, writing a set to its folder, and the six parts of the national formats.

Example:
    >>> probes = {}
    >>> register(probes, "p1", "某县…", {}, "某县人民政府", "county", "某省", "某市", "某县", 2022, K6, T6)
    >>> probes["p1"][2]["admin_level"]
    'county'
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: One probe: its text, its crawler header, what a careful reader says of it.
Probe = tuple[str, dict[str, str], dict[str, Any]]

#: The six level-1 parts of the 2019 and 2021 formats: kinds and titles.
K6 = ["overview", "proactive", "requests", "appeals", "problems", "other"]
T6 = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况", "其他需要报告的事项"]
#: The preamble's citation of the regulations.
LAW = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，"


def register(probes: dict[str, Probe], pid: str, text: str, header: dict[str, str], issuer: str,  # noqa: PLR0913
             level: str, province: str | None, city: str | None, county: str | None, year: int,
             kinds: list[str], titles: list[str], *, plans: bool = True) -> None:
    """Register one probe with its expectations in ``probes``."""
    probes[pid] = (text, header, {"issuer": issuer, "admin_level": level, "province": province, "city": city,
                                  "county": county, "year": year, "kinds": kinds, "plans": plans,
                                  "titles": titles})


def suffix(text: str) -> str:
    """The file suffix of a probe's text: ``.html`` for a page's markup, else ``.txt``.

    >>> suffix("<!DOCTYPE html><html></html>"), suffix("一、总体情况")
    ('.html', '.txt')
    """
    return ".html" if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")) else ".txt"


def probe_file(folder: Path, pid: str) -> Path:
    """The file of probe ``pid`` in ``folder`` (its ``.html`` page when there is one, else ``.txt``)."""
    page = folder / f"{pid}.html"
    return page if page.exists() else folder / f"{pid}.txt"


def write_probes(probes: dict[str, Probe], out: Path) -> None:
    """Write every probe's text (``pid.txt``, or ``pid.html`` for a page) and the expectations
    (``expected.json``) to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    table = {}
    for pid, (text, header, want) in sorted(probes.items()):
        (out / f"{pid}{suffix(text)}").write_bytes(text.encode("utf-8"))
        table[pid] = {"expected": want, "header": header}
    (out / "expected.json").write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
