"""The table reader is a pipeline of stages named in order; each stage hands plain records on.

Stage k never imports a later stage, the old import paths still work, and every stage can be
run by hand on a region to see what it produced.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from textmine.model import Document
from textmine.tables import extract_cells
from textmine.tables.records import Choice, Region, TableReadings, TableTokens
from textmine.tables.registry import get_template
from textmine.tables.step1_regions import find_regions
from textmine.tables.step2_tokens import tokenise_text
from textmine.tables.step3_readings import enumerate_readings
from textmine.tables.step4_scoring import score_readings
from textmine.tables.step5_placing import place_cells

TABLES = Path(__file__).resolve().parents[1] / "textmine" / "tables"


def _stage(name: str) -> int | None:
    m = re.match(r"step(\d)_", name)
    return int(m.group(1)) if m else None


def test_stages_are_named_in_order_and_import_only_earlier_stages():
    stages = sorted(p.stem for p in TABLES.glob("step*.py"))
    assert [_stage(s) for s in stages] == [1, 2, 2, 3, 4, 5]
    for path in TABLES.glob("step*.py"):
        me = _stage(path.stem)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("textmine.tables.step"):
                other = _stage(node.module.rpartition(".")[2])
                assert other is not None and other < me, f"{path.name} imports {node.module}"


def test_old_import_paths_still_work():
    from textmine.tables import detect_template, template_regions  # noqa: F401
    from textmine.tables.flat import read_segment, split_candidates  # noqa: F401
    from textmine.tables.grid import read_grids  # noqa: F401

    assert callable(read_segment) and callable(read_grids)


def test_each_stage_hands_on_plain_records():
    text = ("二、收到和处理政府信息公开申请情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
            "一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3\n"
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n")
    spec = get_template("gov2021")
    region = next(r for r in find_regions(text, spec) if r.table.key == "requests")
    assert isinstance(region, Region) and text[region.start :].startswith("收到和处理")
    tokens = tokenise_text(text, region)
    assert isinstance(tokens, TableTokens)
    assert [[t.raw for t in r.values] for r in tokens.rows][:2] == [list("3000003"), list("0000000")]
    readings = enumerate_readings(text, tokens)
    assert isinstance(readings, TableReadings) and len(readings.rows) == 2
    choices = score_readings("gov2021", readings)
    assert all(isinstance(c, Choice) for c in choices.values())
    cells = place_cells(text, "gov2021", readings, choices, [])
    new = {c.col_key: c.value for c in cells if c.row_key == "new_received"}
    assert new["natural_person"] == 3 and new["total"] == 3
    doc = Document(text=text, raw_text=text, offsets=list(range(len(text))), sha256="0" * 64)
    same = [c for c in extract_cells(doc, template="gov2021") if c.table == "requests"]
    assert [(c.row_key, c.col_key, c.value, c.status) for c in same] == [
        (c.row_key, c.col_key, c.value, c.status) for c in cells
    ]
