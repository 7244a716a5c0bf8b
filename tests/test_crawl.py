"""Crawl tables as corpora: one report per row of a CSV/TSV/JSONL/Parquet/Excel file or DataFrame."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pandas as pd
import pytest
from report_writer import consistent_values, render_report
from typer.testing import CliRunner

from textmine.cli import app
from textmine.corpus import run, tag
from textmine.errors import ReadError
from textmine.ingest.crawl import (
    crawl_rows,
    find_columns,
    looks_like_html,
    names_other_document,
)


def _without_title(data: bytes, rendering: str) -> str:
    """A report as a crawler's text column holds it: no title line (the title is a column)."""
    text = data.decode("utf-8")
    if rendering == "html":
        body = re.search(r"<body>(.*)</body>", text, re.S).group(1)
        return re.sub(r"<h1>.*?</h1>", "", body)
    return text.split("\n", 2)[2]  # markdown: '# title', blank line, then the preamble


#: (title, issuer the title names, template, rendering, year)
ROWS = [
    ("河北省民政厅2022年政府信息公开工作年度报告", "河北省民政厅", "gov2021", "html", 2022),
    ("青川县2020年政府信息公开工作年度报告", "青川县人民政府", "gov2019", "markdown", 2020),
    ("某某市2022年法治政府建设情况报告", None, None, None, 2022),
    ("贵州省交通运输厅2023年政府信息公开工作年度报告", "贵州省交通运输厅", "gov2021", "markdown", 2023),
]


def _crawl_frame() -> pd.DataFrame:
    rng = random.Random(7)
    records = []
    for n, (title, _issuer, template, rendering, year) in enumerate(ROWS, 1):
        if template is None:
            text = "一、总体情况\n2022年，某某市深入推进法治政府建设，制定规章3件。"
        else:
            data, _ = render_report(template, consistent_values(template, rng), rendering=rendering, year=year)
            text = _without_title(data, rendering)
        records.append({
            "标题": title, "时间": f"{year + 1}-01-2{n}", "内容": text, "一级类别": "政府信息公开年报",
            "来源网站": "某某省人民政府门户网站", "访问地址": f"http://www.example.gov.cn/art/{n}.html",
        })  # fmt: skip
    return pd.DataFrame(records)


@pytest.fixture(scope="module")
def crawl_csv(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crawl") / "crawl.csv"
    _crawl_frame().to_csv(path, index=False, encoding="utf-8-sig")
    return path


@pytest.fixture(scope="module")
def crawl_out(crawl_csv, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    run([crawl_csv], out)
    return out


def test_one_manifest_row_per_crawl_row(crawl_csv, crawl_out):
    manifest = pd.read_parquet(crawl_out / "manifest.parquet")
    assert list(manifest["path"]) == [f"{crawl_csv.as_posix()}#row={n}" for n in range(1, len(ROWS) + 1)]
    assert manifest["report_id"].notna().all() and manifest["report_id"].is_unique


def test_issuer_and_year_come_from_the_title_column(crawl_out):
    reports = pd.read_parquet(crawl_out / "reports.parquet").set_index("path")
    by_row = {int(p.rsplit("=", 1)[1]): r for p, r in reports.iterrows()}
    for n, (title, issuer, template, _rendering, year) in enumerate(ROWS, 1):
        if template is None:
            assert n not in by_row  # not an annual report: not analysed
            continue
        row = by_row[n]
        assert row["issuer"] == issuer
        assert row["year"] == year
        assert row["template"] == template
        assert row["title"] == title and row["source_title"] == title
        assert row["meta_source"] == "crawl"
        assert row["source_url"] == f"http://www.example.gov.cn/art/{n}.html"
        assert row["published"] == f"{year + 1}-01-2{n}" == row["source_date"]


def test_html_in_the_text_column_is_read_as_html(crawl_out):
    manifest = pd.read_parquet(crawl_out / "manifest.parquet")
    assert list(manifest["format"][:2]) == ["html", "txt"]
    cells = pd.read_parquet(crawl_out / "cells.parquet")
    reports = pd.read_parquet(crawl_out / "reports.parquet")
    first = reports.loc[reports["path"].str.endswith("#row=1"), "report_id"].item()
    read = cells[(cells["report_id"] == first) & (cells["status"] != "missing")]
    assert len(read) > 100  # the <table>s of the HTML fragment were read as grids


def test_a_row_that_is_not_an_annual_report_is_a_warning(crawl_out):
    manifest = pd.read_parquet(crawl_out / "manifest.parquet")
    row = manifest[manifest["path"].str.endswith("#row=3")].iloc[0]
    assert row["status"] == "warning"
    assert row["message"].startswith("not an annual report")
    assert "法治政府建设情况报告" in row["message"]
    others = manifest[~manifest["path"].str.endswith("#row=3")]
    assert not others["message"].str.contains("not an annual report").any()


def test_the_findings_of_consistent_crawled_reports_are_no_errors(crawl_out):
    findings = pd.read_parquet(crawl_out / "findings.parquet")
    assert not (findings["severity"] == "error").any(), findings[["check_id", "message"]]


@pytest.mark.parametrize("suffix", [".tsv", ".jsonl", ".parquet", ".xlsx"])
def test_other_table_formats_give_the_same_reports(suffix, crawl_out, tmp_path):
    frame = _crawl_frame()
    path = tmp_path / f"crawl{suffix}"
    if suffix == ".tsv":
        frame.to_csv(path, sep="\t", index=False)
    elif suffix == ".jsonl":
        path.write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in frame.to_dict("records")) + "\n",
            encoding="utf-8",
        )
    elif suffix == ".parquet":
        frame.to_parquet(path)
    else:
        pytest.importorskip("openpyxl")
        frame.to_excel(path, index=False)
    out = tmp_path / "out"
    run([path], out, timeout=None)
    expected = pd.read_parquet(crawl_out / "reports.parquet")
    got = pd.read_parquet(out / "reports.parquet")
    assert list(got["report_id"]) == list(expected["report_id"])
    assert list(got["issuer"]) == list(expected["issuer"])
    assert list(got["path"]) == [p.replace(p.split("#")[0], path.as_posix()) for p in expected["path"]]


def test_a_dataframe_is_a_crawl_table_in_the_api():
    frame = _crawl_frame().rename(columns={"内容": "report_body"})
    frames = tag(frame, text_column="report_body", timeout=None)
    assert list(frames.manifest["path"]) == [f"<dataframe>#row={n}" for n in range(1, len(ROWS) + 1)]
    assert frames.reports["issuer"].iloc[0] == "河北省民政厅"


def test_gbk_csv_and_bad_rows(tmp_path):
    path = tmp_path / "gbk.csv"
    frame = pd.DataFrame({
        "title": ["华溪县2016年政府信息公开工作年度报告", "空白"],
        "正文": ["一、概述\n2016年，华溪县主动公开政府信息120条。", ""],
    })  # fmt: skip
    path.write_bytes(frame.to_csv(index=False).encode("gb18030"))
    frames = tag(path, timeout=None)
    manifest = frames.manifest
    assert list(manifest["status"]) == ["warning", "error"]  # no statistics table; no text
    assert manifest["message"].iloc[1] == "no text in column '正文'"
    assert frames.reports["issuer"].iloc[0] == "华溪县人民政府"


def test_broken_json_lines_keep_their_row(tmp_path):
    path = tmp_path / "c.jsonl"
    good = json.dumps({"title": "某县2019年政府信息公开工作年度报告", "content": "一、总体情况\n主动公开信息5条。"}, ensure_ascii=False)
    path.write_text(good + "\n{not json\n[1, 2]\n" + good + "\n", encoding="utf-8")
    manifest = tag(path, timeout=None).manifest
    assert list(manifest["path"]) == [f"{path.as_posix()}#row={n}" for n in range(1, 5)]
    assert list(manifest["status"]) == ["warning", "error", "error", "warning"]
    assert "line 2 is not JSON" in manifest["message"].iloc[1]
    assert "line 3 is not a JSON object" in manifest["message"].iloc[2]


def test_a_table_without_a_text_column_is_one_clear_error(tmp_path):
    path = tmp_path / "links.csv"
    path.write_text("标题,网址\n某县年报,http://x\n", encoding="utf-8")
    manifest = tag(path, timeout=None).manifest
    assert len(manifest) == 1 and manifest["path"].iloc[0] == path.as_posix()
    assert manifest["status"].iloc[0] == "error"
    assert "no text column" in manifest["message"].iloc[0] and "--text-column" in manifest["message"].iloc[0]


def test_a_named_column_must_exist():
    with pytest.raises(ReadError, match="no column '正文稿'"):
        find_columns(["标题", "内容"], label="c.csv", text="正文稿")


def test_columns_are_found_by_name_not_position():
    found = find_columns(["访问地址", "来源网站", " Title ", "CONTENT", "发布时间"], label="c.csv")
    assert found == {"text": "CONTENT", "title": " Title ", "date": "发布时间", "url": "访问地址", "issuer": None}


@pytest.mark.parametrize(
    ("title", "other"),
    [
        ("某某市2022年法治政府建设情况报告", True),
        ("关于印发2023年政务公开工作要点的通知", True),
        ("某县2021年度政府信息公开工作年度报告", False),
        ("某县2009年政府信息公开工作报告", False),
        ("某局2020年政务公开工作年度报告", False),
        ("某县政府信息公开年报（2015）", False),
        ("", False),
        ("首页 > 信息公开", False),  # names no document: the benefit of the doubt
    ],
)
def test_names_other_document(title, other):
    assert names_other_document(title) is other


ANNUAL_OPENINGS = [
    "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，编制本报告。",
    "本年度报告由某省民政厅根据《政府信息公开条例》要求编制，全文包括总体情况等。",
    "首页 > 政务公开 > 年报\n一、总体情况\n2023年，我厅坚持…\n二、主动公开政府信息情况\n",
    "某县农业农村局2023年政府信息公开工作年度报告\n一、总体情况",
]
OTHER_OPENINGS = [
    "2023年，市政府深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下。",
    "一、2023年工作总结\n（一）经济运行平稳。全年地区生产总值增长5.2%。",
    "",
]


@pytest.mark.parametrize("title", ["年度报告", "2024年报", "年度报告（2023年）", "某厅2023年度报告", "年报"])
@pytest.mark.parametrize("opening", ANNUAL_OPENINGS)
def test_a_generic_title_over_an_annual_report_text_is_read(title, opening):
    assert names_other_document(title, opening + "……" * 50) is False


@pytest.mark.parametrize("title", ["年度报告", "2024年报", "某市2023年度报告"])
@pytest.mark.parametrize("opening", OTHER_OPENINGS)
def test_a_generic_title_over_another_text_is_not_read(title, opening):
    assert names_other_document(title, opening) is True


@pytest.mark.parametrize("opening", ANNUAL_OPENINGS)
def test_a_title_naming_another_document_decides_whatever_the_text(opening):
    assert names_other_document("某市2022年法治政府建设情况报告", opening) is True
    assert names_other_document("关于印发2023年政务公开工作要点的通知", opening) is True


def test_the_report_must_say_what_it_is_near_its_start():
    late = "2023年，我局坚持依法行政。" * 400 + "根据《政府信息公开条例》编制本报告。"
    assert names_other_document("年度报告", late) is True


@pytest.mark.parametrize(
    ("text", "html"),
    [("<p>一、总体情况</p>", True), ("<div>a<br>b</div>", True), ("收到申请 < 10 件 > 5 件", False), ("一、总体情况", False)],
)
def test_looks_like_html(text, html):
    assert looks_like_html(text) is html


def test_crawl_rows_are_lazy_and_numbered_from_one(tmp_path):
    path = tmp_path / "big.csv"
    pd.DataFrame({"内容": [f"一、总体情况\n第{n}行" for n in range(1, 1201)]}).to_csv(path, index=False)
    rows = crawl_rows(path)
    first = next(rows)
    assert first.row == 1 and first.text.endswith("第1行")
    assert [r.row for r in rows][-1] == 1200


def test_cli_tags_a_crawl_csv(crawl_csv, tmp_path):
    result = CliRunner().invoke(app, ["tag", str(crawl_csv), "-o", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code == 0, result.output
    manifest = pd.read_parquet(tmp_path / "o" / "manifest.parquet")
    assert len(manifest) == len(ROWS)
    result = CliRunner().invoke(
        app, ["tag", str(crawl_csv), "-o", str(tmp_path / "p"), "--quiet", "--text-column", "正文"]
    )
    assert result.exit_code == 1
    manifest = pd.read_parquet(tmp_path / "p" / "manifest.parquet")
    assert "no column '正文'" in manifest["message"].iloc[0]


def test_json_lines_with_other_keys_keep_their_text(tmp_path):
    """A crawl that changed its keys between pages: each line's own text key is read."""
    path = tmp_path / "c.jsonl"
    lines = [
        {"title": "某县2019年政府信息公开工作年度报告", "content": "一、总体情况\n主动公开信息5条。"},
        {"标题": "某市民政局2020年政府信息公开工作年度报告", "正文": "一、总体情况\n主动公开信息7条。"},
        {"title": "某县2021年政府信息公开工作年度报告", "content": ""},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    rows = list(crawl_rows(path))
    assert [r.text[-9:] for r in rows[:2]] == ["主动公开信息5条。", "主动公开信息7条。"]
    assert rows[1].title == "某市民政局2020年政府信息公开工作年度报告"
    assert rows[2].text == "" and rows[2].error == "no text in column 'content'"  # nothing to read: still a row
    # a column the caller names is never swapped for another
    named = list(crawl_rows(path, text_column="content"))
    assert named[1].error == "no text in column 'content'"
