"""Theme emphasis shares (textmine.compare.emphasis)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from textmine.compare import emphasis
from textmine.frames import Frames, to_pandas

BOILER = "本报告由概述、主动公开政府信息情况、依申请公开情况等部分组成。"


def _frames() -> dict[str, pd.DataFrame]:
    sents = pd.DataFrame(
        {
            "report_id": ["a", "a", "a", "b", "b", "c", "d"],
            "sentence_id": [1, 2, 3, 1, 2, 1, 1],
            "section_id": [1, 1, 2, 1, 2, 1, 1],
            "kind": ["overview", "overview", "plans", "overview", "plans", "overview", "overview"],
            "text": [
                "开展培训两次。",
                "回应关切并开展培训。",
                "加强网站建设。",
                "完善网站。",
                BOILER,
                BOILER,
                BOILER,
            ],
            "themes": [
                ["training"],
                ["training", "interpretation"],
                ["platform_web"],
                ["platform_web"],
                [],
                [],
                [],
            ],
        }
    )
    reports = pd.DataFrame(
        {
            "report_id": ["a", "b", "c", "d"],
            "issuer": ["甲县", "乙县", "丙县", "丁县"],
            "year": [2016, 2016, 2021, 2021],
        }
    )
    return {"sentences": sents, "reports": reports}


def test_sentence_shares_by_report() -> None:
    e = emphasis(_frames())
    assert list(e.columns) == ["report_id", "theme", "count", "total", "share"]
    a = e[e.report_id == "a"].set_index("theme")
    assert a.loc["training", "count"] == 2 and a.loc["training", "total"] == 3
    assert a.loc["training", "share"] == pytest.approx(2 / 3)
    assert a.loc["interpretation", "share"] == pytest.approx(1 / 3)
    assert a.loc["requests", "count"] == 0  # zero-filled: every theme for every group
    assert e.groupby("report_id").size().nunique() == 1


def test_chars_unit_weights_by_length() -> None:
    e = emphasis(_frames(), unit="chars").set_index(["report_id", "theme"])
    lens = [len("开展培训两次。"), len("回应关切并开展培训。"), len("加强网站建设。")]
    assert e.loc[("a", "training"), "count"] == lens[0] + lens[1]
    assert e.loc[("a", "training"), "total"] == sum(lens)
    assert e.loc[("a", "platform_web"), "share"] == pytest.approx(lens[2] / sum(lens))


def test_group_by_report_column_and_kind_filter() -> None:
    e = emphasis(_frames(), by=["year", "kind"], kinds=["plans"])
    assert set(e["kind"]) == {"plans"}
    y16 = e[(e.year == 2016)].set_index("theme")
    assert y16.loc["platform_web", "count"] == 1 and y16.loc["platform_web", "total"] == 2
    y21 = e[(e.year == 2021)]
    assert y21.empty  # 2021 reports have no plans sentences


def test_drop_boilerplate_removes_sentences_shared_by_three_issuers() -> None:
    kept = emphasis(_frames(), by=["year"])
    dropped = emphasis(_frames(), by=["year"], drop_boilerplate=True)
    total = lambda e, y: e.loc[e.year == y, "total"].iloc[0]  # noqa: E731
    assert total(kept, 2016) == 5 and total(dropped, 2016) == 4
    assert total(kept, 2021) == 2
    assert 2021 not in set(dropped["year"])  # both 2021 sentences were boilerplate


def test_accepts_frames_and_json_themes() -> None:
    data = _frames()
    rows = data["sentences"].assign(start=0, end=1).to_dict("records")
    f = Frames(
        {
            "sentences": to_pandas("sentences", rows),
            "reports": to_pandas("reports", data["reports"].to_dict("records")),
        }
    )
    from_frames = emphasis(f, by=["year"])
    csv_like = data["sentences"].assign(themes=[json.dumps(t) for t in data["sentences"]["themes"]])
    from_csv = emphasis({"sentences": csv_like, "reports": data["reports"]}, by=["year"])
    pd.testing.assert_frame_equal(
        from_frames.reset_index(drop=True), from_csv.reset_index(drop=True), check_dtype=False
    )


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="unit"):
        emphasis(_frames(), unit="words")
    with pytest.raises(KeyError, match="province"):
        emphasis(_frames(), by=["province"])


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_compare_command_reads_tag_output(tmp_path, fmt) -> None:
    """``textmine compare OUT --by year``: reads what ``tag`` wrote, writes tidy result tables."""
    from textmine.compare import compare_command
    from textmine.frames import TableWriter

    data = _frames()
    extra = pd.DataFrame(
        [
            {
                "report_id": "d",
                "sentence_id": 2,
                "section_id": 1,
                "kind": "plans",
                "text": "开通政务新媒体。",
                "themes": ["platform_media"],
            }
        ]
    )
    data["sentences"] = pd.concat([data["sentences"], extra], ignore_index=True)
    out = tmp_path / "out"
    with TableWriter(out, format=fmt) as writer:
        writer.write("reports", data["reports"].to_dict("records"))
        writer.write("sentences", data["sentences"].assign(start=0, end=1).to_dict("records"))
    written = compare_command(out, by="year", results=tmp_path / "results")
    assert {
        "emphasis",
        "emphasis_kind",
        "keyness",
        "similarity",
        "near_duplicates",
        "copied_share",
    } <= set(written)
    assert all(p.exists() for p in written.values())
    e = pd.read_csv(written["emphasis"], encoding="utf-8-sig")
    assert list(e.columns) == ["year", "theme", "count", "total", "share"]
    assert e.loc[(e.year == 2016) & (e.theme == "training"), "count"].iloc[0] == 2
    k = pd.read_csv(written["keyness"], encoding="utf-8-sig")
    assert set(k["group"].astype(str)) == {"2016", "2021"}
    no_bp = compare_command(out, by="year", results=tmp_path / "r2", no_boilerplate=True)
    e2 = pd.read_csv(no_bp["emphasis"], encoding="utf-8-sig")
    assert e2.loc[e2.year == 2021, "total"].iloc[0] == 1  # the two boilerplate sentences are gone
    with pytest.raises(FileNotFoundError, match="textmine tag"):
        compare_command(tmp_path / "nowhere", by="year", results=tmp_path / "r3")


def test_figures_use_a_cjk_font_when_plotting_is_installed(tmp_path) -> None:
    """With the plot extra and a CJK font installed, `compare` draws its PNG and SVG figures."""
    pytest.importorskip("matplotlib")
    from textmine.compare import compare_command
    from textmine.frames import TableWriter
    from textmine.plot import find_cjk_font

    if find_cjk_font() is None:
        pytest.skip("no CJK font installed (e.g. apt-get install fonts-wqy-microhei)")
    data = _frames()
    out = tmp_path / "out"
    with TableWriter(out) as writer:
        writer.write("reports", data["reports"].to_dict("records"))
        writer.write("sentences", data["sentences"].assign(start=0, end=1).to_dict("records"))
    written = compare_command(out, by="year", results=tmp_path / "results")
    png = written["emphasis_figure"].read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 5000
    assert written["emphasis_svg"].suffix == ".svg" and written["emphasis_svg"].stat().st_size > 1000
