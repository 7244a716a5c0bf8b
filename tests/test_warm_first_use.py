"""What the fork server's warm-up (:mod:`textmine._warm`) leaves for a worker to do on first use.

Every worker is forked from the warmed fork server; whatever the warm-up did not load, import or
compile, each worker does again on its first reports (the run's first-use cost, paid once per
worker). After the warm-up, reading reports of every template era must load no lexicon, import
no textmine module, and compile none of the template lexicon's patterns (label patterns of
markers, anchors and columns; the wrapped-gap patterns of row labels' characters; statement
patterns; the checks' template tables). Each case runs in
a fresh interpreter, as a fork server does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Reports of every era with tables (the bundled corpus) and prose of many kinds (the probes).
REPORTS = sorted(p for p in (ROOT / "corpora").iterdir() if p.suffix in (".txt", ".html")) + sorted(
    (ROOT / "tests" / "cases" / "probes").glob("*.txt")
)

#: Runs in a fresh interpreter: the warm-up, then a worker's per-document function over ``argv``.
CODE = r"""
import json, sys
import textmine._warm
from textmine.checks import spec
from textmine.corpus import Input, Options, process_input
from textmine.lexicons import load_yaml
from textmine.tables import labels
from textmine.tables.registry import statement_specs

CACHES = {"load_yaml": load_yaml, "statement_specs": statement_specs, "label_pattern": labels.label_pattern,
          "checks_template_labels": spec._template_labels, "checks_template_tables": spec._template_tables,
          "wrapped_gap_taken": labels.wrapped_gap_taken}
modules = {m for m in sys.modules if m.startswith("textmine")}
misses = {name: f.cache_info().misses for name, f in CACHES.items()}
options = Options(compact=True, readings=True, optional=False, columnar=True)
templates = set()
for path in sys.argv[1:]:
    result = process_input(Input(path=path, display=path), options=options)
    assert result.manifest["status"] != "error", result.manifest
    templates.update(r["template"] for r in result.rows.get("reports") or ())
print(json.dumps({
    "imported": sorted({m for m in sys.modules if m.startswith("textmine")} - modules),
    "missed": {name: f.cache_info().misses - misses[name] for name, f in CACHES.items()},
    "templates": sorted(t for t in templates if t),
}))
"""


def _after_warm_up(paths: list[Path]) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CODE, *map(str, paths)], capture_output=True, text=True, timeout=300, check=False
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_after_the_warm_up_reports_of_every_era_load_and_compile_nothing_of_the_lexicons():
    got = _after_warm_up(REPORTS)
    assert {"gov2021", "gov2019", "gov2014", "local"} <= set(got["templates"])  # every era was met
    assert got["imported"] == []
    assert got["missed"] == {name: 0 for name in got["missed"]}


def test_each_template_sample_is_read_as_its_own_era():
    """The warm-up's reports are made from the template lexicon: each is read as its template,
    with cells in every table, so that the warm-up meets every era's tables."""
    from textmine._warm import template_sample
    from textmine.ingest import read_document
    from textmine.pipeline import analyze
    from textmine.tables.registry import get_template, template_names

    for name in template_names():
        report = analyze(read_document(template_sample(name).encode("utf-8"), name=f"{name}.txt"))
        assert report.meta.template == name
        assert {c.table for c in report.cell_records} == {t.key for t in get_template(name).tables}


def test_the_warm_up_compiles_the_wrapped_gap_of_every_row_label_character():
    """A row label wrapped in layout text is checked with one pattern per character after the
    break (:func:`~textmine.tables.labels.wrapped_gap_taken`, some 3 ms each to compile): every
    character of every template's row keys is compiled in the warm-up; the first character of a
    key (never after a break inside it) and characters of no key are not."""
    from textmine._warm import template_gap_chars
    from textmine.tables.registry import get_template, template_names

    chars = template_gap_chars()
    keys = [
        k
        for n in template_names()
        for t in get_template(n).tables
        for r in t.rows
        for k in r.match_keys
    ]
    assert all(set(k[1:]) <= chars for k in keys)
    assert "息" in chars and "持" in chars  # 政府信息…, 维持
    assert "\t" not in chars and "a" not in chars and " " not in chars


def test_the_template_samples_state_the_prose_counts_the_checks_read():
    """Each template sample's overview holds :data:`~textmine._warm.PROSE` (a share, a rate, last
    year's count …), read as facts against the sample's tables: the prose checks run in the
    warm-up, not first in each worker."""
    from textmine._warm import PROSE, template_sample
    from textmine.ingest import read_document
    from textmine.pipeline import analyze

    report = analyze(read_document(template_sample("gov2021").encode("utf-8"), name="gov2021.txt"))
    assert PROSE in report.document.text
    stated = {f.text for f in report.fact_records}
    assert {"办结率100%", "去年为10件", "上年结转3件"} <= stated
