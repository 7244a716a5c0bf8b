"""Panel and audit end to end: on the bundled corpus and (skipped cleanly when absent) on the
real reports of ../shared/corpus. Every panel value equals the cells or facts it cites."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from typer.testing import CliRunner

import textmine
from textmine.audits import audit
from textmine.cli import app
from textmine.panels import indicators, panel

ZONE = "福建省平潭综合实验区管委会"
COUNTY = "福建省福州市平潭县人民政府"


def assert_values_equal_what_they_cite(p: pd.DataFrame, frames) -> int:
    """Every value of every row is the sum of the cells it cites, or the facts it cites."""
    cells = frames.cells if hasattr(frames, "cells") else frames["cells"]
    facts = frames.facts if hasattr(frames, "facts") else frames["facts"]
    cell_value = {
        (str(r.report_id), f"{r.table}.{r.row_key}.{r.col_key}"): (r.status, r.value)
        for r in cells.itertuples(index=False)
    }
    fact_value = {(str(r.report_id), int(r.fact_id)): (r.value, r.unit) for r in facts.itertuples(index=False)}
    checked = 0
    for row in p.to_dict("records"):
        for name, spec in indicators().items():
            value, source, ref = row[name], row[f"{name}_source"], row[f"{name}_ref"]
            if pd.isna(value):
                assert pd.isna(source) and pd.isna(ref), (row["report_id"], name)
                continue
            rid = str(row["report_id"])
            if source == "cell":
                got = [cell_value[(rid, k)] for k in str(ref).split("+")]
                assert all(status == "number" for status, _ in got), (rid, name, got)
                assert math.isclose(sum(v for _, v in got), value), (rid, name, ref)
            else:
                assert source == "fact", (rid, name, source)
                scale = spec.get("scale") or {}
                for part in str(ref).split("+"):
                    fv, unit = fact_value[(rid, int(part.removeprefix("fact:")))]
                    assert math.isclose(fv * float(scale.get(unit, 1)), value), (rid, name, ref)
            checked += 1
    return checked


@pytest.fixture(scope="module")
def bundled_frames(bundled_corpus):
    return textmine.tag([bundled_corpus])


def test_bundled_corpus_panel_and_audit(bundled_frames) -> None:
    p = panel(bundled_frames)
    reports = bundled_frames.reports.drop_duplicates("report_id")
    placed = reports[reports["issuer"].notna() & reports["year"].notna()]
    assert set(p.loc[p["status"] != "absent", "report_id"]) == set(placed["report_id"])
    assert assert_values_equal_what_they_cite(p, bundled_frames) > 10
    a = audit(bundled_frames)
    assert len(a.reports) == len(reports) and a.reports["index"].notna().all()
    assert set(a.issuers["issuer_key"]) == set(p["issuer_key"])


def test_cli_panel_and_audit(bundled_corpus, tmp_path) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    assert runner.invoke(app, ["tag", str(bundled_corpus), "-o", str(out), "--quiet"]).exit_code == 0
    res = runner.invoke(app, ["panel", str(out), "-o", str(tmp_path / "panel")])
    assert res.exit_code == 0, res.output
    assert {p.name for p in (tmp_path / "panel").iterdir()} == {"panel.parquet", "panel.csv", "panel.dta"}
    res = runner.invoke(app, ["audit", str(out), "-o", str(tmp_path / "audit"), "--html", str(tmp_path / "a.html")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "audit" / "audit_issuers.dta").exists() and (tmp_path / "a.html").stat().st_size > 1000
    bad = runner.invoke(app, ["panel", str(tmp_path / "nothing"), "-o", str(tmp_path / "x")])
    assert bad.exit_code == 2 and "textmine tag" in bad.output


@pytest.fixture(scope="module")
def shared_panel(corpus_frames):
    return panel(corpus_frames)


def test_pingtan_series_one_key_each_year_once(shared_panel, corpus_frames, shared_corpus) -> None:
    manifest = pd.read_csv(shared_corpus / "manifest.csv")
    for agency, key in (("平潭综合实验区管委会", ZONE), ("平潭县人民政府", COUNTY)):
        years = sorted(int(y) for y in manifest.loc[manifest["agency"] == agency, "report_year"])
        series = shared_panel[shared_panel["issuer_key"] == key]
        present = series[series["status"] != "absent"]
        assert sorted(present["year"]) == years  # every year of the body present once
        assert series["year"].tolist() == list(range(years[0], years[-1] + 1))  # gaps are explicit rows
        assert set(series.loc[~series["year"].isin(years), "status"]) <= {"absent"}
    assert shared_panel.groupby(["issuer_key", "year"]).size().max() == 1


def test_shared_corpus_values_equal_their_cells_or_facts(shared_panel, corpus_frames) -> None:
    assert assert_values_equal_what_they_cite(shared_panel, corpus_frames) > 200
    # eras meet in one column: the zone's requests over 2011-2025 come from local, gov2019 and gov2021 tables
    zone = shared_panel[(shared_panel["issuer_key"] == ZONE) & shared_panel["requests_new"].notna()]
    assert {"local", "gov2019", "gov2021"} <= set(zone["template"])


def test_the_two_pingtan_2011_reports_are_flagged(corpus_frames) -> None:
    a = audit(corpus_frames).reports
    y2011 = a[(a["year"] == 2011) & a["issuer_key"].isin([ZONE, COUNTY])]
    assert len(y2011) == 2 and y2011["shared_flag"].all()
    ids = set(y2011["report_id"])
    assert set(y2011["shared_with"]) == ids  # each names the other
    top = a.sort_values("shared_share", ascending=False).head(2)
    assert set(top["report_id"]) == ids  # the pair that shares most text in the corpus
    assert a["index"].notna().all() and len(a) == corpus_frames.reports["report_id"].nunique()


def test_same_report_as_html_page_and_pdf_text_is_counted_once(tmp_path) -> None:
    import random

    from report_writer import consistent_values, render_report

    values = consistent_values("gov2021", random.Random(11), blanks=False)
    issuer = "湖南省星沙县人民政府"  # fictional body, real province
    for rendering in ("html", "pdf"):
        data, name = render_report("gov2021", values, rendering=rendering, year=2022, issuer=issuer)
        (tmp_path / name).write_bytes(data)
    other, name = render_report("gov2021", consistent_values("gov2021", random.Random(12), blanks=False),
                                rendering="html", year=2023, issuer=issuer)
    (tmp_path / name).write_bytes(other)
    frames = textmine.tag([tmp_path])
    assert frames.reports["report_id"].nunique() == 3  # three different files
    p = panel(frames)
    assert p["year"].tolist() == [2022, 2023] and p["issuer_key"].nunique() == 1
    row = p[p["year"] == 2022].iloc[0]
    assert row["copies"] == 2 and row["status"] == "ok"
    assert row["requests_new"] == values[("requests", "new_received", "total")]
    a = audit(frames)
    assert a.reports["duplicate_of"].notna().sum() == 1
    assert a.issuers.iloc[0]["reports"] == 2 and a.issuers.iloc[0]["duplicates"] == 1
