"""The audit: each defect injected into a written report moves its measure (and the index);
our own uncertainty is reported as such, never against the report."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pytest
from report_writer import consistent_values, off_by_one, render_tables

import textmine
from textmine.audits import (
    EVIDENCE_COLUMNS,
    ISSUER_COLUMNS,
    REPORT_COLUMNS,
    audit,
    days_late,
    deadline,
    defect_scores,
    missing_parts,
    write_audit,
)

BODY = "浙江省星河局"  # a fictional department in a real province
HEADINGS = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项")
TABLE_AFTER = {1: "active", 2: "requests", 3: "appeals"}
PROSE = {
    2021: ["本年度我局把政务公开纳入年度重点工作，调整充实了工作领导小组，明确分管领导和具体经办人员。",
           "围绕财政预决算、重大项目和公共资源配置，在门户网站专栏集中发布各类信息并及时更新。",
           "对申请人提出的每一件申请均登记台账，逐件研究答复口径，在法定期限内出具书面答复。",
           "全年未发生因信息公开引起的行政复议和行政诉讼案件。",
           "个别科室发布信息不够及时，栏目内容更新存在滞后现象，将通过月度通报加以督促。",
           "无其他需要报告的事项。"],
    2022: ["今年局党组两次专题研究公开工作，印发工作要点并将任务分解到各业务处室。",
           "新版网站上线后重新梳理了基础信息目录，规范性文件实现集中统一查询和历史版本留存。",
           "针对涉及第三方权益的申请，书面征求第三方意见后再作出处理决定，办理程序更加规范。",
           "行政复议和行政诉讼情况详见下表，相关案件均已依法处理完毕。",
           "政策解读形式比较单一，图解和视频解读数量偏少，下一步将联合媒体丰富解读方式。",
           "本年度未收取信息处理费。"],
}


def write_report(path, *, year: int, values: dict, prose: list[str], published: str | None,
                 drop: tuple[int, ...] = ()) -> None:
    tables = dict(zip(("active", "requests", "appeals"), render_tables("gov2021", values, rendering="markdown", year=year), strict=True))
    parts = [f"# {BODY}{year}年政府信息公开工作年度报告",
             f"本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"]
    for i, heading in enumerate(HEADINGS):
        if i in drop:
            continue
        parts += [f"## {'一二三四五六'[i]}、{heading}", prose[i]]
        if i in TABLE_AFTER:
            parts.append(tables[TABLE_AFTER[i]])
    if published:
        parts += [BODY, published]
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def values(seed: int) -> dict:
    return consistent_values("gov2021", random.Random(seed), blanks=False)


def linked(prev: dict, cur: dict) -> dict:
    """``prev`` changed so that ``cur`` continues it (carry-over and documents in force agree:
    the cross-year identities hold, so a baseline has no finding)."""
    prev = dict(prev)
    for (table, row, col), value in cur.items():
        if (table, row) == ("requests", "carried_over"):
            prev[(table, "carried_forward", col)] = value
            prev[(table, "carried_over", col)] = 0
            prev[(table, "new_received", col)] = prev[(table, "total_processed", col)] + value
    for row in ("rules", "normative_docs"):
        prev[("active", row, "in_force")] = (cur[("active", row, "in_force")] - cur[("active", row, "issued")]
                                             + cur[("active", row, "repealed")])
    return prev


SCENARIOS = {
    "baseline": {},
    "late": {"published": "2023年3月15日"},
    "copied": {"prose": PROSE[2021]},
    "identity": {"values": off_by_one(values(7), ("requests", "total_processed", "total"))},
    "missing": {"drop": (5,)},
    "blank": {"blank": True},
    "undated": {"published": None},
}


@pytest.fixture(scope="module")
def audits(tmp_path_factory) -> dict:
    """Each scenario: the body's 2021 report, then its 2022 report with one defect injected."""
    out = {}
    for name, change in SCENARIOS.items():
        folder = tmp_path_factory.mktemp(name)
        cur = dict(change.get("values") or values(7))
        write_report(folder / "2021.md", year=2021, values=linked(values(3), values(7)), prose=PROSE[2021],
                     published="2022年1月18日")
        if change.get("blank"):
            zero = next(k for k, v in sorted(cur.items()) if v == 0 and k[0] == "requests" and k[2] != "total")
            cur[zero] = ""
        write_report(folder / "2022.md", year=2022, values=cur, prose=change.get("prose", PROSE[2022]),
                     published=change.get("published", "2023年1月20日"), drop=change.get("drop", ()))
        frames = textmine.tag([folder])
        result = audit(frames)
        out[name] = result.reports.set_index("year").loc[2022], result
    return out


def test_baseline_is_clean(audits) -> None:
    row, result = audits["baseline"]
    assert result.reports["issuer_key"].nunique() == 1
    assert row["identity_errors"] == 0 and row["blank_cells"] == 0 and row["sections_missing"] == 0
    assert row["days_late"] == 0 and row["deadline"] == "2023-01-31"  # a department: 31 January
    assert row["identity_warnings"] == 0 and row["prose_conflicts"] == 0
    assert row["copied_share"] < 0.5  # the legal-basis preamble recurs, the body of the report does not
    assert list(result.reports.columns) == list(REPORT_COLUMNS)


@pytest.mark.parametrize(
    "scenario, measure, moved",
    [
        ("late", "days_late", lambda base, new: base == 0 and new == 43),
        ("copied", "copied_share", lambda base, new: new > 0.9 > base),
        ("identity", "identity_errors", lambda base, new: new > base),
        ("missing", "sections_missing", lambda base, new: (base, new) == (0, 1)),
        ("blank", "blank_cells", lambda base, new: (base, new) == (0, 1)),
    ],
)
def test_an_injected_defect_moves_its_measure_and_the_index(audits, scenario, measure, moved) -> None:
    base, _ = audits["baseline"]
    new, result = audits[scenario]
    assert moved(base[measure], new[measure]), (base[measure], new[measure])
    assert new["index"] < base["index"]
    evidence = result.evidence
    measure_name = {"days_late": "late", "copied_share": "copied", "identity_errors": "identities",
                    "sections_missing": "sections", "blank_cells": "blanks"}[measure]
    rid = new["report_id"]
    linked = evidence[(evidence["report_id"] == rid) & (evidence["measure"] == measure_name)]
    assert len(linked) >= 1 and linked["message"].str.len().min() > 20  # every measure links to its evidence


def test_identity_evidence_names_table_and_row(audits) -> None:
    new, result = audits["identity"]
    ev = result.evidence[(result.evidence["report_id"] == new["report_id"]) & (result.evidence["measure"] == "identities")]
    assert "表三" in set(ev["table"]) and ev["row"].notna().all() and ev["evidence"].notna().all()


def test_missing_date_is_our_uncertainty_not_a_late_report(audits) -> None:
    base, _ = audits["baseline"]
    new, result = audits["undated"]
    assert pd.isna(new["days_late"]) and pd.isna(base["published"]) is False
    ev = result.evidence[(result.evidence["report_id"] == new["report_id"])]
    assert "late" not in set(ev["measure"]) and ev["uncertain"].any()
    assert new["index_weight"] < base["index_weight"]  # the unknown measure is left out, not scored


def test_issuer_table(audits) -> None:
    _, result = audits["late"]
    assert list(result.issuers.columns) == list(ISSUER_COLUMNS)
    row = result.issuers.iloc[0]
    assert (row["first_year"], row["last_year"], row["years_absent"], row["late_reports"]) == (2021, 2022, 0, 1)


@pytest.mark.parametrize(
    "year, level, due",
    [
        (2016, "department", dt.date(2017, 3, 31)),  # old Regulation: every body 31 March
        (2018, "department", dt.date(2019, 3, 31)),  # published in 2019 but before the revision applied
        (2019, "department", dt.date(2020, 1, 31)),  # revised Art. 49: departments 31 January
        (2019, "county", dt.date(2020, 3, 31)),  # a government's own report: 31 March
        (2023, "township", dt.date(2024, 3, 31)),  # not named by Art. 49: the later date, never accused on doubt
        (2023, None, dt.date(2024, 3, 31)),
    ],
)
def test_deadlines(year, level, due) -> None:
    assert deadline(year, level) == due


def test_days_late_and_dates_that_are_not_publication_dates() -> None:
    assert days_late("2020-03-31", 2019, "county")[0] == 0
    assert days_late("2020-04-01", 2019, "county")[0] == 1
    assert days_late("2020-02-01", 2019, "department")[0] == 1
    late, due, doubt = days_late("2019-12-01", 2019, "department")  # inside the report year
    assert late is None and due == "2020-01-31" and "inside the report year" in doubt
    assert days_late(None, 2019, "county")[0] is None


def test_missing_parts_old_era_accepts_content_without_heading() -> None:
    # 2016: no appeals heading, but a sentence on 行政复议 and the table's reviews row
    req, missing = missing_parts(2016, {"overview", "proactive", "requests", "problems"}, set(), "全年无行政复议。", set())
    assert (req, missing) == (4, [])
    req, missing = missing_parts(2016, {"overview", "proactive", "requests"}, set(), "", set())
    assert missing == ["appeals", "problems"]
    # 2021: the format's six sections are required as sections
    assert missing_parts(2021, {"overview", "proactive", "requests", "appeals", "problems"}, {"appeals"}, "", set())[1] == ["other"]


def test_defect_scores_and_index_weights() -> None:
    row = {"identity_errors": 1, "identity_warnings": 2, "prose_conflicts": 4, "blank_cells": 0,
           "copied_share": 0.2, "copied_table": True, "shared_share": None, "sections_required": 6,
           "sections_missing": 3, "days_late": 30}
    s = defect_scores(row)
    assert s["identities"] == pytest.approx(2 / 3) and s["prose"] == 1.0 and s["blanks"] == 0.0
    assert s["copied"] == 0.5  # a table copied unchanged counts at least half
    assert s["shared"] is None and s["sections"] == 0.5 and s["late"] == 0.5


def test_written_tables(audits, tmp_path) -> None:
    _, result = audits["identity"]
    paths = write_audit(result, tmp_path)
    assert {"audit.parquet", "audit.csv", "audit.dta", "audit_issuers.dta", "audit_evidence.csv"} <= set(paths)
    ev = pd.read_parquet(paths["audit_evidence.parquet"])
    assert list(ev.columns) == list(EVIDENCE_COLUMNS)
    assert "span_start" in pd.read_stata(paths["audit_evidence.dta"]).columns  # `end` is reserved in Stata
