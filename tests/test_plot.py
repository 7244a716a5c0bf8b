"""Figures render with Chinese glyphs: the chosen font covers every CJK label; PNG and SVG written."""

from __future__ import annotations

import pandas as pd
import pytest

plt = pytest.importorskip("matplotlib.pyplot")

from textmine import plot  # noqa: E402

FONT = plot.find_cjk_font()
needs_font = pytest.mark.skipif(FONT is None, reason="no CJK font installed (apt-get install fonts-wqy-microhei)")

EMPHASIS = pd.DataFrame({
    "year": [2019, 2019, 2022, 2022], "theme": ["主动公开", "依申请公开", "主动公开", "依申请公开"],
    "share": [0.4, 0.6, 0.3, 0.7],
})  # fmt: skip
KEYNESS = pd.DataFrame({
    "group": ["gov2019", "gov2019", "gov2021", "gov2021"], "feature": ["政务新媒体", "解读", "一网通办", "答复"],
    "z": [3.1, 2.0, 6.8, 4.2],
})  # fmt: skip
PANEL = pd.DataFrame({
    "issuer": ["青山县人民政府"] * 4 + ["华溪县市场监督管理局"] * 4,
    "year": [2017, 2018, 2019, 2021] * 2,
    "template": ["gov2014", "gov2014", "gov2019", "gov2021"] * 2,
    "requests_new": [12, 15, 20, 31, 3, 4, None, 6],
})  # fmt: skip
FINDINGS = pd.DataFrame({"check_id": ["T3-C", "T3-C", "PROSE-TABLE", "CELLS-MISSING"],
                         "severity": ["error", "warning", "warning", "warning"]})  # fmt: skip


@needs_font
@pytest.mark.parametrize(
    ("name", "draw"),
    [
        ("emphasis", lambda: plot.emphasis_heatmap(EMPHASIS, by="year")),
        ("keyness", lambda: plot.keyness_bars(KEYNESS, n=2)),
        ("series", lambda: plot.indicator_series(PANEL, "requests_new", label="新收申请（件）")),
        ("findings", lambda: plot.findings_summary(FINDINGS)),
    ],
)
def test_each_figure_renders_with_a_font_that_covers_its_labels(name, draw, tmp_path):
    fig = draw()
    assert not fig._textmine_font.name.startswith(plot.PLACEHOLDER_FONTS)
    labels = plot._labels(fig)
    assert plot.RE_CJK.search(labels), "the figure has Chinese labels"
    assert plot.covers(fig._textmine_font, labels)
    families = {tuple(t.get_fontfamily()) for t in fig.findobj(lambda a: hasattr(a, "get_fontfamily")) if t.get_text()}
    assert all(f[0] == fig._textmine_font.name for f in families), families
    png, svg = plot.save(fig, tmp_path / name)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
    assert "<svg" in svg.read_text(encoding="utf-8")


@needs_font
def test_the_series_marks_era_breaks():
    fig = plot.indicator_series(PANEL, "requests_new")
    ax = fig.axes[0]
    assert [round(line.get_xdata()[0], 1) for line in ax.lines if line.get_linestyle() == ":"] == [2018.5, 2020.5]
    plt.close(fig)


def test_a_missing_font_says_what_to_install(monkeypatch):
    monkeypatch.setenv("TEXTMINE_FONT", "/nonexistent/font.ttf")
    assert plot.find_cjk_font() is None
    with pytest.raises(plot.MissingFontError, match="fonts-noto-cjk"):
        plot.emphasis_heatmap(EMPHASIS, by="year")


@needs_font
def test_save_refuses_a_label_the_font_cannot_draw(tmp_path):
    fig = plot.emphasis_heatmap(EMPHASIS, by="year")
    fig.axes[0].set_title("\U0002a6a5")  # a CJK Extension B character few fonts have
    if plot.covers(fig._textmine_font, "\U0002a6a5"):
        pytest.skip("this font covers Extension B")
    with pytest.raises(plot.MissingFontError, match="no glyph"):
        plot.save(fig, tmp_path / "x")
