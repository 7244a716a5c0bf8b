"""The issuer-year panel from hand-made frames: eras on one set of columns, provenance, absent
years, duplicates counted once, renames joined, blanks never zero; written as Parquet, CSV, .dta."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from textmine.frames import to_pandas
from textmine.panels import KEY_COLUMNS, indicators, panel, panel_columns, write_table

ZONE = "平潭综合实验区管委会"
SENT_A = "本年度我区继续深化政务公开，围绕重点领域主动公开政府信息，并按时办结全部申请。"
SENT_B = "我区进一步规范依申请公开办理流程，答复均在法定期限内作出，未发生行政复议。"


def report(rid: str, issuer: str, year: int, template: str | None, **kw: object) -> dict:
    return {"report_id": rid, "issuer": issuer, "year": year, "template": template,
            "admin_level": kw.get("admin_level", "city"), "province": "福建省", **kw}


def cell(rid: str, template: str, key: str, value: float | None, status: str = "number") -> dict:
    table, row, col = key.split(".")
    return {"report_id": rid, "template": template, "table": table, "row_key": row, "col_key": col,
            "value": value, "raw": "" if value is None else str(value), "status": status, "inferred": False}


def fact(rid: str, fid: int, indicator: str, value: float, unit: str, **kw: object) -> dict:
    return {"report_id": rid, "fact_id": fid, "sentence_id": 1, "indicator": indicator, "value": value,
            "unit": unit, "counted": kw.pop("counted", "主动公开政府信息"), **kw}


def sentences(rid: str, *texts: str) -> list[dict]:
    return [{"report_id": rid, "sentence_id": i + 1, "text": t} for i, t in enumerate(texts)]


def frames(reports: list[dict], cells: list[dict], facts: list[dict], sents: list[dict]) -> dict:
    return {"reports": to_pandas("reports", reports), "cells": to_pandas("cells", cells),
            "facts": to_pandas("facts", facts), "sentences": to_pandas("sentences", sents)}


@pytest.fixture()
def series() -> dict:
    """A zone's reports 2017 (gov2014), 2019 (gov2021, published twice), 2020 under the long
    name; 2018 missing; and the county government of the same island, 2017."""
    reps = [
        report("r2017", ZONE, 2017, "gov2014"),
        report("r2019", ZONE, 2019, "gov2021"),
        report("r2019pdf", ZONE, 2019, "gov2021"),  # the same report as a PDF attachment
        report("r2020", "平潭综合实验区管理委员会", 2020, "gov2021"),  # long form of the name
        report("county", "平潭县人民政府", 2017, "gov2014", admin_level="county", city="福州市", county="平潭县"),
    ]
    cells = [
        cell("r2017", "gov2014", "stats.active_items.value", 2122),
        cell("r2017", "gov2014", "stats.requests_received.value", 7),
        cell("r2017", "gov2014", "stats.replies_denied.value", 1),
        cell("r2017", "gov2014", "stats.reviews.value", 0),
        cell("r2017", "gov2014", "stats.fees.value", None, "blank"),
        cell("county", "gov2014", "stats.requests_received.value", 3),
        cell("r2019", "gov2021", "requests.new_received.total", 23),
        cell("r2019", "gov2021", "requests.carried_over.total", 2),
        cell("r2019pdf", "gov2021", "requests.new_received.total", 23),
        cell("r2020", "gov2021", "requests.new_received.total", None, "blank"),  # blank: not zero
    ]
    denied = ["state_secret", "law_prohibited", "three_safety", "third_party", "internal_affairs",
              "process_info", "enforcement_file", "query"]
    cells += [cell("r2019", "gov2021", f"requests.denied_{d}.total", i % 2) for i, d in enumerate(denied)]
    cells += [cell("r2020", "gov2021", f"requests.denied_{d}.total", 1) for d in denied[:-1]]
    cells.append(cell("r2020", "gov2021", "requests.denied_query.total", None, "dash"))
    facts = [
        fact("r2019", 3, "active_items", 514, "条"),  # the gov2021 table has no such total
        fact("r2019", 4, "processing_fees", 200, "元", counted="收取信息处理费"),
        fact("r2020", 1, "new_received", 21, "件", counted="收到政府信息公开申请"),
        fact("r2020", 2, "active_items", 600, "条"),
        fact("r2020", 5, "active_items", 610, "条"),  # disagrees with fact 2: left empty
        fact("r2017", 6, "active_items", 2000, "条", qualifier="more_than"),
    ]
    sents = (sentences("r2017", SENT_A) + sentences("r2019", SENT_A, SENT_B)
             + sentences("r2019pdf", SENT_A, SENT_B.replace("，", ",")) + sentences("r2020", SENT_B)
             + sentences("county", SENT_A))
    return frames(reps, cells, facts, sents)


def test_first_columns_follow_the_schema() -> None:
    cols = panel_columns()
    assert tuple(cols[:7]) == KEY_COLUMNS == (
        "issuer_key", "issuer", "admin_level", "year", "template", "report_id", "status")
    for name in indicators():
        assert f"{name}_source" in cols and f"{name}_ref" in cols
        assert len(f"{name}_source") <= 32  # a Stata name


def test_one_row_per_issuer_year_with_absent_years(series: dict) -> None:
    p = panel(series)
    zone = p[p["issuer_key"] == "福建省平潭综合实验区管委会"]
    assert zone["year"].tolist() == [2017, 2018, 2019, 2020]  # renamed 2020 joins; 2018 explicit
    absent = zone[zone["year"] == 2018].iloc[0]
    assert absent["status"] == "absent" and pd.isna(absent["report_id"]) and pd.isna(absent["requests_new"])
    assert set(zone.loc[zone["year"] != 2018, "status"]) == {"ok"}
    county = p[p["issuer_key"] == "福建省福州市平潭县人民政府"]
    assert county["year"].tolist() == [2017]  # a different body with a similar name: its own key
    assert list(p.columns) == panel_columns()


def test_duplicate_counted_once(series: dict) -> None:
    p = panel(series).set_index(["issuer_key", "year"])
    row = p.loc[("福建省平潭综合实验区管委会", 2019)]
    assert row["copies"] == 2 and row["status"] == "ok"
    assert row["report_id"] in {"r2019", "r2019pdf"} and pd.isna(row["other_reports"])
    assert row["report_id"] == "r2019"  # the copy with more numeric cells is kept


def test_two_different_reports_of_one_year_are_not_folded(series: dict) -> None:
    series["sentences"] = pd.concat([series["sentences"], to_pandas("sentences", sentences("r2019pdf", "完全不同的另一份报告正文，内容涉及别的事项和别的数字。"))])
    series["sentences"] = series["sentences"][~((series["sentences"]["report_id"] == "r2019pdf") & (series["sentences"]["text"] != "完全不同的另一份报告正文，内容涉及别的事项和别的数字。"))]
    p = panel(series).set_index(["issuer_key", "year"])
    row = p.loc[("福建省平潭综合实验区管委会", 2019)]
    assert row["status"] == "several" and row["other_reports"] == "r2019pdf"


def test_eras_map_onto_one_column_with_provenance(series: dict) -> None:
    p = panel(series).set_index(["issuer_key", "year"])
    old = p.loc[("福建省平潭综合实验区管委会", 2017)]
    new = p.loc[("福建省平潭综合实验区管委会", 2019)]
    assert old["template"] == "gov2014" and new["template"] == "gov2021"
    assert (old["requests_new"], old["requests_new_source"], old["requests_new_ref"]) == (7, "cell", "stats.requests_received.value")
    assert (new["requests_new"], new["requests_new_source"], new["requests_new_ref"]) == (23, "cell", "requests.new_received.total")
    assert new["denied"] == 4 and new["denied_ref"].count("+") == 7  # eight rows summed
    assert old["denied"] == 1 and old["denied_ref"] == "stats.replies_denied.value"
    # the 2014 table has no carried-over row: empty, not zero (an era break)
    assert pd.isna(old["requests_carried_over"]) and new["requests_carried_over"] == 2


def test_fact_fills_what_the_table_lacks(series: dict) -> None:
    p = panel(series).set_index(["issuer_key", "year"])
    new = p.loc[("福建省平潭综合实验区管委会", 2019)]
    assert (new["active_items"], new["active_items_source"], new["active_items_ref"]) == (514, "fact", "fact:3")
    assert math.isclose(new["processing_fees"], 0.02) and new["processing_fees_source"] == "fact"  # 200 元 = 0.02 万元
    old = p.loc[("福建省平潭综合实验区管委会", 2017)]
    assert old["active_items_source"] == "cell" and old["active_items"] == 2122  # the cell wins over 2000余条


def test_blank_dash_and_disagreeing_facts_are_never_values(series: dict) -> None:
    p = panel(series).set_index(["issuer_key", "year"])
    y2020 = p.loc[("福建省平潭综合实验区管委会", 2020)]
    # the table's 新收 is blank: the prose fact fills it, marked as a fact
    assert (y2020["requests_new"], y2020["requests_new_source"]) == (21, "fact")
    assert pd.isna(y2020["denied"])  # one of the eight rows is a dash: no sum
    assert pd.isna(y2020["active_items"]) and pd.isna(y2020["active_items_source"])  # 600 vs 610
    y2017 = p.loc[("福建省平潭综合实验区管委会", 2017)]
    assert pd.isna(y2017["processing_fees"])  # a blank fee cell is not 0


def test_written_in_three_formats(series: dict, tmp_path) -> None:
    p = panel(series)
    paths = write_table(p, tmp_path, name="panel")
    assert sorted(paths) == ["csv", "dta", "parquet"]
    back = pd.read_parquet(paths["parquet"])
    assert back.equals(p) or back.shape == p.shape
    csv = pd.read_csv(paths["csv"], encoding="utf-8-sig")
    assert list(csv.columns) == panel_columns() and len(csv) == len(p)
    dta = pd.read_stata(paths["dta"])
    assert list(dta.columns[:7]) == list(KEY_COLUMNS) and len(dta) == len(p)
    assert dta.loc[dta["year"] == 2019, "requests_new"].iloc[0] == 23
    # same input, same bytes
    again = write_table(panel(series), tmp_path / "again", name="panel")
    assert again["csv"].read_bytes() == paths["csv"].read_bytes()
    assert again["dta"].read_bytes() == paths["dta"].read_bytes()  # the Stata time stamp is fixed


def test_empty_input_gives_the_columns() -> None:
    p = panel({"reports": to_pandas("reports", [])})
    assert p.empty and list(p.columns) == panel_columns()


def test_copies_whose_numbers_disagree_are_two_reports(series: dict) -> None:
    cells = series["cells"].copy()
    cells.loc[(cells["report_id"] == "r2019pdf") & (cells["row_key"] == "new_received"), "value"] = 24
    series["cells"] = cells
    row = panel(series).set_index(["issuer_key", "year"]).loc[("福建省平潭综合实验区管委会", 2019)]
    assert row["status"] == "several" and row["copies"] == 2
